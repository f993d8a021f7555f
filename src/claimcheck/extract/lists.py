"""Member lists: which countries, organisations, companies, places or people make up a group.

A list is read wherever it is written in body prose, in the prose of footnotes and in bullet
lists, in every format:

* as the subject of a membership verb: "Venezuela, South Africa, …, and Senegal have joined
  the ILRS", "A, B and C have since signed the accord", "… are the founding members of",
  "… founded / make up / form / belong to";
* after a group and an inclusion verb: "the project included twelve … countries (A, …)",
  "The alliance now comprises: A, B and C", "The pact, made up of A, B and C, …";
* after a named group: a colon ("Seven ports handle the trade: A, B, …"), a parenthesis
  after a counted group ("the three founders (A, B and C)"), "namely", dashes ("five hubs —
  A, B, C, D and E —"), "are/were" ("The founders of the pact were A, B and C"), the passive
  ("The pact was founded by A, B and C"), a counted appositive ("three members, A, B and C,"),
  an apposition after a definite plural of any noun, wherever it ends the clause ("Residents
  of the pilot islands, A, B, C and D, saved …"), a parenthesis after a counted group that
  says whose its members are ("residents of four islands (A, B, C and D)") and after a
  definite singular noun ("results from the pilot (A, B, C and D)", "the Nordic copper pilot
  group (…)", three names or more) or a definite plural after a preposition, nearer than the
  plural the clause opens with ("Rangers in the pilot parks (…)", "signed by all Forum members
  (…)": "all … members" are the whole membership, whatever they did, not signatories); a counted group with a participle after its noun ("the
  four operators carrying the largest liabilities (…)"), or a relative clause with no "that"
  whose subject is a pronoun ("the four mills we visited, A, B, C and D,"); "of" before a
  counted group says whose or what of it is meant ("our survey of the five harbours (…)")
  unless a word that takes a share stands before it ("a handful of", "the largest of");
* after a body's noun and "of": "a consortium of A, B and C", "A cross-government working
  group of A, B, C and D was set up" (the words before the noun are the group's), not "a
  group of A, B and C researchers";
* in a bullet list under a lead-in sentence ending with ":" (its count may follow its group:
  "Lines that stopped in winter (four in all):", "there are five of them:"; ``list_item`` blocks, or items
  whose source opens with a bullet or ``<li>``; nested items and continuation paragraphs are
  skipped), and in bullets run into one paragraph by text readers ("…: • A • B • C"). An
  item naming a body and what of it is meant ("the African Union mission", "the Rotterdam
  port authority") is that body; a lead-in may open with its date ("On 4 May the three
  missions …:", "In March 2024 the ports …:", which dates the list). Under a lead-in that
  counts its subject ("Four bridges were rebuilt:") items may mix names and noun phrases of
  up to fourteen words; under one that counts kinds of something ("four kinds of work:")
  each item is a noun phrase, perhaps with an aside after a comma; an item's second paragraph, indented under it, is no item.

Counted things after a colon or in a parenthesis may each end in a relative clause ("rain
gardens that hold water, …": the item is its noun phrase), run long when each opens with a
determiner ("the line from Ashby to Brill, the branch to Cole, and …"), and hold an "and"
of their own in the last item when the list's own "and" comes before a determiner ("…,
review of appeals and the queue for printing and posting"); "at three points:" counts
places, "rose three points" a measure. A remark in brackets after an item's words, lower
case with no comma or "and" ("the seller's name (checked against an ID card)"), is no item. A
counted noun may be followed by where they are beside ("the three wells nearest the landfill:",
"closest to", "next to"); "are those at A, B, …" names sites one to a place, as "are at" does,
while "are in" and countries names where things are, some to a country (not counted). A participle aside after an item ("the savanna
elephant, listed as endangered, and …") is no item. Members may each be dated ("South
Dakota in 2016, Colorado in 2018 and …"). A counted noun may be followed by an adjective and
its object ("the four banks responsible for most closures, A, B, …,") or by "whose" ("the
three countries whose herds were listed (A, B, C and D)"). A counted noun that ends in a
place ("39 buoys in the Pacific, the Atlantic and the Caribbean") lists where the things
are when the count disagrees: no members.

Things counted by a definite subject are read after "are"/"were" in any sentence of a
paragraph, after an opening phrase and with a colon after the verb ("In our survey, the four
criteria most boards add were: an upper age limit, …"); "found" there is what someone found,
not a founding.

A run of three names or more joined by a final conjunction is read wherever a sentence holds
one ("Money came from A, B, C and D", "A, B and C asked …", "the councils of A, B and C", names
before a body's noun), uncounted, its group the plural noun beside it when there is one (not
after "including", "such as", "other", nor names that say what a noun after them is of,
"Oxford and Leeds researchers", nor a name ending in its acronym). Members may be written
with what they are ("the Danish firm Havgrid", "the county town of Pelham") or what they
are there for ("Ana Ruiz for the tenants"), and joined by "plus". A Markdown table whose
header's first cell says what its rows are ("Member state", "Partner") lists its first
column, counted by the sentence right before it when that counts the header's noun (a
sentence that opens with its bare count and says what they did, "Three clubs made a profit:",
names a group of its own, and the list stands there, as over bullets); bullets
under a lead-in that counts nothing are a list of their names.

Counts are also read where they are written away from the noun's front: "the following
four ministries:" after an earlier count in the same lead-in; "comprises four hospitals with
1,161 beds between them:" (a verb of what a body is made of and its counted object, words of
the object's own after it); "A, B, C and D (the trust's three sixth-form centres)", a counted
group in brackets after the list; "both of the trust's schools", "all three of its depots"
(the whole group); "the member states — five in all —"; "one of the borough's three pools (A,
B and C)" (a share taken of a group the parenthesis names in full); and from the next
sentence after a run of names ("All six of them …", "Between them the four founding schools
…"). An item that opens a list of its own ("the cities of A, B and C, and the transport
authority") leaves the count open. Amounts shared out name by name ("£5.0 million for A,
£3.6 million for B and £2.6 million for C") list the names; "A, B and C joined in 2021" names
a time, not a group. A firm's legal form may hold a slash ("Nordvind A/S").

Each list knows its ``group`` (what it is a list of: "ports that handle the trade",
"founders of the pact", "the ILRS"), its ``role`` (members, founders, signatories) and its
``declared_count`` when a count governs it ("the three founders (…)", "Seven ports …:",
"a dozen firms"). A *partial* list ("including", "such as", "among them", "like", "e.g.",
"notably", "etc.", "and others", "two of the three …", "more than five countries (…)") is
read, so that no other reading takes it for a whole one, and is not emitted: every consumer
(LS001, LS002, the registry rules) compares whole lists. An approximate count is no count.

After a count written into a compound and a colon ("a seven-member committee: the region,
the city of Porto Celeste, … and the Residents First Coalition"), members may be named by what
they are, each a determiner's noun phrase (a count inside one, "the two parish councils",
leaves the number open). Otherwise items must be proper names: countries (pycountry, plus common short names such as "Russia",
"UK", "Turkey"), organisations (acronyms, names with an organisation word such as "Agency",
"Department", "Union") and, where the group is named, other capitalised names ("Port of
Rotterdam", "Acme Rail", "Ana Ruiz"); years, lower-case words, identifiers such as
"CVE-2016-6304" and sentence adverbs are not. A list must be clean up to its final "and"/"or";
an "and" that may sit inside a name ("the Department of Health and Human Services, GSA and
OPM") leaves the count open (a count outside every reading, as many items as read or one
more for each such "and", is kept: "two agencies (…)" there disagrees either way), but not one whose acronym follows it ("HM Revenue and Customs
(HMRC)", "the Food and Agriculture Organization of the United Nations (FAO)") nor an
ampersand ("Marks & Spencer, Tesco and Aldi"): a list goes on after its last conjunction
only inside a name. "X, which brings together A, B and C, launched …" lists X's members; in a clause opened by
"whether", "if" or "that" the group is that clause's subject ("We ask whether the board, made
up of A, B and C, …"). An item of a list cut by semicolons may say more of itself after a comma ("the
Army (Heer), including the new home regiments; the Navy (Marine); …"): that is not the list's;
its name stands before the comma ("Ines Costa of Skerry Ferries, its chair;") or after a
description ("a former harbour master, Ewan Rolfe;"). Lists need three items, or two with a declared count. An aside in
parentheses after a member ("Venezuela (providing access to ground stations)") is dropped.

A member may be written with the post or trade it holds before its name, with a
determiner, a possessive or none ("the orchestra's chief executive Lotte Brandvik", "board
chair Ruth Okafor", "the academic Dr Noor Saleh"): the member is the person, a name of two
capitalised words or more, and a title ("Dr", "Professor", "Sir") is no part of it. A post
named by its place and then its holder ("the Archbishop of Lenz, Johannes Vell,") is one
member, and an indefinite apposition between names ("Jorunn Veld, a retired inspector,
Arvid Naess, …") is no member of its own.

Members are normalised to one display form: pycountry's ``common_name`` when it has one
(``Venezuela``, ``Iran``, ``South Korea``), else its ``name`` (``Russian Federation``,
``South Africa``); organisations and names keep their written form without a leading "the".
``raw_members`` keeps them as written. ``as_of`` comes from "As of July 2024" or a leading
"In 2021," in the sentence; "So far" / "To date" give ``as_of_text`` and, when the document
has one, the publication date.
"""

from __future__ import annotations

from claimcheck import lazyre as re
import bisect
from functools import lru_cache
from typing import Any, Iterable, Iterator, NamedTuple, Sequence

from claimcheck.claims.models import MemberListClaim, PartialDate
from claimcheck.data.numberwords import ONES, TENS, pick
from claimcheck.data.posts import post_heads_pattern
from claimcheck.document import Block, BlockKind, Document
from claimcheck.extract.acronym_letters import fit
from claimcheck.extract.text import TextUnit, sentence_bounds
from claimcheck.text import has_any, ignorecase_fold

__all__ = ["country_name", "describe_group", "extract_member_lists", "find_member_lists", "parse_list", "recognise"]

_ALIASES = {
    "russia": "RU",
    "turkey": "TR",
    "türkiye": "TR",
    "turkiye": "TR",
    "uk": "GB",
    "u.k.": "GB",
    "britain": "GB",
    "great britain": "GB",
    "england": "GB",
    "us": "US",
    "u.s.": "US",
    "usa": "US",
    "u.s.a.": "US",
    "america": "US",
    "united states of america": "US",
    "uae": "AE",
    "u.a.e.": "AE",
    "prc": "CN",
    "mainland china": "CN",
    "south korea": "KR",
    "north korea": "KP",
    "dprk": "KP",
    "rok": "KR",
    "ivory coast": "CI",
    "burma": "MM",
    "holland": "NL",
    "czech republic": "CZ",
    "macedonia": "MK",
    "swaziland": "SZ",
    "cape verde": "CV",
    "east timor": "TL",
    "vatican": "VA",
    "vatican city": "VA",
    "taiwan": "TW",
    "palestine": "PS",
    "laos": "LA",
    "syria": "SY",
    "vietnam": "VN",
    "iran": "IR",
    "bolivia": "BO",
    "venezuela": "VE",
    "tanzania": "TZ",
    "moldova": "MD",
    "brunei": "BN",
    "kosovo": "XK",
    "u.s": "US",
    "u.k": "GB",
    "u.a.e": "AE",
    "u.s.a": "US",
}
_ORG_WORD = re.compile(
    r"\b(?:Agency|Administration|Alliance|Association|Authority|Bank|Bureau|Center|Centre|"
    r"Commission|Committee|Community|Company|Consortium|Corporation|Council|Forum|Foundation|"
    r"Fund|Group|Institute|Institution|Ministry|Organi[sz]ation|Programme|Secretariat|Union|"
    r"University|Academy|Observatory|Laboratory|Society|Department|Office|Service|Services|Board|"
    r"Court|Trust|Parliament|Congress|Senate|Corps|Force|Navy|Army|Party|Museum|Library|Hospital|College|School|"
    r"Airport|Port|Inc\.?|Ltd\.?|Corp\.?|LLC|GmbH|AG|SA|plc)\b"
)
#: a word that says what kind of body a name is ("Agency", "Trust"): for the rules, which read
#: "the Trust" as the short name of "the Canal & River Trust"
ORG_WORD = _ORG_WORD
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,7}$")
_NUMBER_WORDS = {
    **pick(ONES, "two", "nineteen"),
    "twenty": 20,
    "dozen": 12,
    "a dozen": 12,
    "half a dozen": 6,
    "both": 2,
    **pick(TENS, "thirty", "fifty"),
}
#: words that a number after them makes a grade, rank or model, not a count: "Level 4 staff",
#: "Tier 2 suppliers", "Year 9 pupils" (capitalised, as a code's name is; a few also in lower
#: case, which no prose puts before a count: "tier 2 suppliers", but not "at that stage 4 firms")
_LABEL_WORDS = (
    "Level",
    "Tier",
    "Grade",
    "Class",
    "Type",
    "Category",
    "Phase",
    "Stage",
    "Band",
    "Year",
    "Step",
    "Group",
)
_LABEL_WORDS_LOWER = ("tier", "grade", "category", "band")
#: a number that is part of a code or a label, never a count: one joined to letters by a hyphen
#: ("GS-15 roles", "A-320 aircraft", "COVID-19 patients") or after a label word ("Level 4")
_NOT_A_CODE = r"(?<![A-Za-z]-)" + "".join(rf"(?<!\b(?-i:{w})\s)" for w in (*_LABEL_WORDS, *_LABEL_WORDS_LOWER))
#: (a count in digits is a whole number: not the "040" or the "1" of "1,040", nor a decimal's
#: part, nor the number of a code, _NOT_A_CODE)
_COUNT = (
    _NOT_A_CODE
    + r"(?:(?<![\d.,])\d{1,3}(?![\d]|[.,]\d|\s+(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)|"
    + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
    + r"|twenty-\w+|thirty-\w+)"
)
#: adverbs that end in "s", never a counted plural noun: "two cycles afterwards", "three
#: steps backwards"
_NOT_S_ADVERB = r"(?!(?:afterwards|towards|backwards|forwards|upwards|downwards|onwards|sideways|always|perhaps|nowadays|besides|whereas|thus)\b)"
_COLLECTIVE = r"(?:countries|members|member\s+states|states|nations|partners|signatories|participants|economies|organi[sz]ations|agencies|parties|governments)"

# LIST (have|has) joined GROUP · LIST are members of GROUP · LIST joined GROUP
_AFTER_LIST = re.compile(
    r"\s+(?:(?:have|has|had)\s+(?:now\s+|already\s+|also\s+|all\s+|since\s+|officially\s+|formally\s+)?"
    r"(?:joined|signed(?:\s+(?:up\s+to|on\s+to|onto))?|ratified|endorsed|become\s+(?:members|partners|signatories|parties)\s+(?:of|to|in))"
    r"|(?:are|were)\s+(?:now\s+|all\s+|also\s+)?(?:the\s+)?(?:(?:full\s+|founding\s+|original\s+|current\s+|only\s+)?members|signatories|partners|participants|parties|founders|co-?founders)\s+(?:of|to|in)"
    r"|(?:(?:have|has|had)\s+(?:since\s+|jointly\s+|together\s+)?)?(?:co-?founded|founded|established|set\s+up|created|launched)"
    r"|(?:make|made)\s+up|(?:belong|belonged)\s+to|(?:together\s+)?(?:form|formed)"
    r"|joined|signed|ratified)\s+(?P<group>(?:the\s+)?[^\s,.;:()]+(?:\s+[^\s,.;:()]+){0,9})"
)
# GROUP includes [COUNT] [adjectives] countries (LIST) / : LIST / LIST
_BEFORE_LIST = re.compile(
    r"(?P<verb>\b(?:now\s+)?(?:includes|included|include|comprises|comprised|comprise|counts|counted|"
    r"brings\s+together|brought\s+together|consists\s+of|consisted\s+of|is\s+made\s+up\s+of|"
    r"was\s+made\s+up\s+of|has\s+grown\s+to|had\s+grown\s+to|numbers|numbered|made\s+up\s+of|composed\s+of|"
    r"is\s+composed\s+of|was\s+composed\s+of|comprising|consisting\s+of|gathers|gathered|unites|united|"
    r"groups|grouped|links|linked|connects|connected|spans|spanned))"
    rf"\s+(?:(?P<count>{_COUNT})\s+)?(?:(?:[a-z][\w-]*\s+){{0,4}}{_COLLECTIVE}\s*)?(?P<open>\(|:\s*|—\s*|–\s*)?",
    re.I,
)
# a word every match of _AFTER_LIST holds (as written: the pattern heeds case), one of
# _BEFORE_LIST's (in lower case: it does not), one of _MEMBERS_OF's (as written)
_AFTER_LIST_WORDS = (
    "joined",
    "signed",
    "ratified",
    "endorsed",
    "become",
    "members",
    "signatories",
    "partners",
    "participants",
    "parties",
    "founders",
    "founded",
    "established",
    "set",
    "created",
    "launched",
    "make",
    "made",
    "belong",
    "form",
)
_BEFORE_LIST_WORDS = (
    "includ",
    "compris",
    "counts",  # the verb's forms, not "count" (in "country" and "account", which most paragraphs hold)
    "counted",
    "together",
    "consist",
    "made",
    "grown",
    "numbers",
    "numbered",
    "composed",
    "gathers",
    "gathered",
    "unites",
    "united",
    "groups",
    "grouped",
    "links",
    "linked",
    "connects",
    "connected",
    "spans",
    "spanned",
)
_MEMBERS_OF_WORDS = ("member", "signatories", "partners", "participants")
_MEMBERS_OF = re.compile(
    r"\b(?:the\s+)?(?:members|member\s+states|signatories|partners|participants)\s+of\s+(?P<group>(?:the\s+)?[A-Z][^\s,.;:()]*(?:\s+[^\s,.;:()]+){0,6}?)\s+"
    r"(?:are|were|include|included|now\s+include)\s*:?\s+",
)
_INTRO = re.compile(
    r"^(?:(?:(?:As\s+of|By|Since|In|Until|At\s+the\s+end\s+of)\s+[^,]{1,40}|So\s+far|To\s+date|Currently|Today|Now|At\s+present|Thus|Therefore|However|Meanwhile),\s*"
    r"|(?:As\s+of|By|Since|In|Until)\s+(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?\d{4}\s+"
    # "On 9 December the three missions …", "On May 4, 2024 the …"
    r"|(?:On|By|Since|Until)\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})(?:,?\s+\d{4})?,?\s+(?=[a-z]))",
    re.I,
)
_AS_OF = re.compile(
    r"\b(?:as\s+of|by|at\s+the\s+end\s+of)\s+(?P<d>[A-Z][a-z]+\.?\s+\d{4}|\d{4}|[A-Z][a-z]+\s+\d{1,2},\s+\d{4})", re.I
)
_SO_FAR = re.compile(r"\b(?:so\s+far|to\s+date|as\s+of\s+now|as\s+of\s+today|at\s+present|currently)\b", re.I)
_SPLIT = re.compile(r"\s*,\s*(?:and\s+|or\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+or\s+|\s+as\s+well\s+as\s+|\s*;\s*")
_GROUP_STOP = re.compile(
    r"\s+(?:in|on|at|since|by|during|as|after|before|when|while|which|who|that|with|to|for|over|under|because|so|and|but|although|though|from)\b.*$"
)


@lru_cache(maxsize=4096)
def country_name(raw: str) -> str | None:
    """The display name of a country written as ``raw``, or None."""
    key = re.sub(r"\s+", " ", raw.strip().strip(".,;:")).strip()
    if key.lower().startswith("the "):
        key = key[4:]
    if not key or not key[0].isupper():
        return None
    table = _countries()
    code = _ALIASES.get(key.lower())
    if code:
        name = table["alpha_2"].get(code.lower())
        if name is None:
            return "Kosovo" if code == "XK" else None
        return name
    if len(key) <= 3:
        return None  # "CAN", "AND", "IN" are codes, not names in running text
    return table["lookup"].get(key.lower())


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, str]]:
    """pycountry's country look-ups as two tables of display names: by lower-case alpha-2
    code (``countries.get(alpha_2=...)``) and by any lower-case field value, the first
    field pycountry's ``countries.lookup`` tries winning. Kept in the cache folder
    (claimcheck.cache), tied to pycountry's installed table, so a run need not import
    pycountry and read its table."""
    from claimcheck import cache

    def build() -> dict[str, dict[str, str]]:
        import pycountry

        db = pycountry.countries
        everything = list(db)  # loads the table and its indices

        def display(c: Any) -> str:
            name: str = getattr(c, "common_name", None) or c.name
            return name

        lookup: dict[str, str] = {}
        for index in db.indices.values():
            for value, c in index.items():
                lookup.setdefault(value, display(c))
        for c in everything:  # fields pycountry does not index, after the indexed ones
            for k in db.no_index:
                v = c._fields.get(k)
                if v is not None:
                    lookup.setdefault(v.lower(), display(c))
        return {"alpha_2": {value: display(c) for value, c in db.indices["alpha_2"].items()}, "lookup": lookup}

    table = cache.package_file("pycountry", "databases", "iso3166-1.json")
    return build() if table is None else cache.load_or_build("countries", [table], build)


def recognise(raw: str) -> tuple[str, str] | None:
    """``(kind, display)`` for a country or organisation written as ``raw``, else None."""
    item = re.sub(r"\s+", " ", raw.strip())
    if not item:
        return None
    name = country_name(item)
    if name:
        return "country", name
    bare = item[4:] if item.lower().startswith("the ") else item
    if not bare or not bare[0].isupper() or len(bare) > 90:
        return None
    if _ACRONYM.match(bare) and bare not in ("I", "A"):
        return "organisation", bare
    if _ORG_WORD.search(bare) and all(
        w[:1].isupper() or w in ("of", "for", "and", "the", "on", "de", "&") for w in bare.split()
    ):
        return "organisation", bare
    return None


def _strip_asides(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Pieces of ``text[start:end]`` outside parentheses."""
    out: list[tuple[int, int]] = []
    depth = 0
    seg = start
    for i in range(start, end):
        ch = text[i]
        if ch == "(":
            if depth == 0 and i > seg:
                out.append((seg, i))
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
            if depth == 0:
                seg = i + 1
    if depth == 0 and seg < end:
        out.append((seg, end))
    return out


#: a sentence end written without its space, as text taken from a web page can have it
#: ("… and the Information Service.Its first task …"): a list ends there
# (the full stop first, the letters before it looked back at: the engine skips to each full
# stop instead of trying the look-behind at every character)
_GLUED_END = re.compile(r"\.(?<=[a-z][a-z]\.)(?=[A-Z][a-z])")


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Item spans of a comma list in ``text[start:end]``, asides removed."""
    flat: list[tuple[int, int]] = []
    for a, b in _strip_asides(text, start, end):
        pos = a
        for m in _SPLIT.finditer(text, a, b):
            flat.append((pos, m.start()))
            pos = m.end()
        flat.append((pos, b))
    out = []
    for a, b in flat:
        while a < b and text[a] in " \u00a0":
            a += 1
        while b > a and text[b - 1] in " \u00a0":
            b -= 1
        if b > a:
            out.append((a, b))
    return out


def _known_compound(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Re-join "Bosnia and Herzegovina", "Trinidad and Tobago" split at "and"."""
    out: list[tuple[int, int]] = []
    for it in items:
        if out:
            joined = text[out[-1][0] : it[1]]
            if " and " in joined and country_name(joined) and not country_name(text[it[0] : it[1]]):
                out[-1] = (out[-1][0], it[1])
                continue
        out.append(it)
    return out


def _count(raw: str | None) -> int | None:
    if not raw:
        return None
    raw = raw.lower()
    if raw.isdigit():
        return int(raw)
    if raw in _NUMBER_WORDS:
        return _NUMBER_WORDS[raw]
    m = re.match(r"(twenty|thirty)-(\w+)", raw)
    units = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
    if m and m.group(2) in units:
        return _NUMBER_WORDS[m.group(1)] + units[m.group(2)]
    return None


def _clean_group(raw: str) -> str:
    g = _GROUP_STOP.sub("", raw.strip())
    return g.strip().rstrip(".,;:")


def _sentence_start(text: str, pos: int, starts: list[int]) -> int:
    s = 0
    for st in starts:
        if st <= pos:
            s = st
    return s


def _sentence_end(text: str, pos: int, starts: list[int]) -> int:
    """Where the sentence holding ``pos`` ends, without its stop and the spaces before it."""
    nxt = [st for st in starts if st > pos]
    end = nxt[0] if nxt else len(text)
    while end > pos and text[end - 1] in " \n.":
        end -= 1
    return end


# ----------------------------------------------------------------------------- names
_CONNECTORS = frozenset(
    "of for the on de du des la le les von van der den da di del dos y al el bin ibn upon & und et og och".split()
)
_NOT_FIRST = frozenset(
    "The This These Those That Our We It Its They Their He She His Her I In On At For But A An If When While "
    "Some Many Most All Each Every Other Others Both No Not Yes Also Then There Here What Which Who How Why "
    "Among Including Such Like And Or Of To By As From With Without Since Until After Before During Only Just "
    "First Second Third Last Next One Two Three Four Five Six Seven Eight Nine Ten Later Earlier Recently "
    "Currently Today Now Meanwhile However Moreover Furthermore Finally Eventually Initially Originally Together "
    "Thus Therefore Hence Still Yet Again Instead Overall Previously Subsequently Ultimately Similarly Likewise "
    "Altogether Notably Separately Elsewhere Thereafter Afterwards So Please See Note".split()
)
_MONTHS_DAYS = frozenset(
    "January February March April May June July August September October November December Jan Feb Mar Apr "
    "Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)
_ASIDE = re.compile(r"\s*\([^()]*\)|\s*\[[^\[\]]*\]|[\u00b9\u00b2\u00b3\u2070-\u2079]+")


_SLASHED_CAPITALS = re.compile(r"[A-Z]{1,3}(?:/[A-Z]{1,3})+")


def _token_ok(t: str) -> bool:
    """A capitalised word of a name: "Łódź", "O'Neill", "U.S.", "AT&T", "G20", "Tianwen-3"."""
    if _SLASHED_CAPITALS.fullmatch(t):
        return True  # "A/S", "S/A": a firm's legal form
    if "/" in t:
        # "Leipzig/Halle", "Dallas/Fort": two names of one place or body joined by a slash
        parts = t.split("/")
        return len(parts) == 2 and all(p[:1].isupper() and _token_ok(p) for p in parts)
    if not t or not all(ch.isalnum() or ch in ".'’&-" for ch in t):
        return False
    if t[0].isupper():
        return True
    # "3M": a digit first, then a capital
    return t[0].isdigit() and any(ch.isupper() for ch in t)


def proper_name(raw: str) -> bool:
    """A short run of capitalised words ("Port of Rotterdam", "Acme Corp", "Nils Berg")."""
    toks = raw.split()
    if not 1 <= len(toks) <= 6:
        return False
    if toks[0] in ("A", "An") and len(toks) >= 2 and toks[1][:1].isupper() and toks[1] not in _NOT_FIRST:
        pass  # "An Giang", "A Coruña": the article's letters open the name
    elif toks[0] in _NOT_FIRST or toks[0][0].islower() or toks[-1][0].islower() or toks[-1] == "&":
        return False
    for k, t in enumerate(toks):
        if t in _CONNECTORS:
            continue
        if k and k == len(toks) - 1 and t.isdigit() and len(t) <= 2 and toks[k - 1][:1].isupper():
            continue  # "Estlink 1", "Terminal 2": a name numbered in a series
        if not _token_ok(t) or t.rstrip(".") in _MONTHS_DAYS or sum(ch.isdigit() for ch in t) >= 3:
            return False  # "CVE-2016-6304", "GH-787": identifiers, not names
    return not any(ch.isdigit() for ch in toks[0]) or any(ch.isalpha() for ch in toks[0])


@lru_cache(maxsize=1)
def _subdivisions() -> frozenset[str]:
    """Names of the states and provinces that follow a city after a comma ("Austin, Texas")."""
    from claimcheck import cache

    def build() -> frozenset[str]:
        import pycountry

        out = set()
        for cc in ("US", "CA", "AU", "IN", "BR", "MX"):
            for sub in pycountry.subdivisions.get(country_code=cc) or ():
                out.add(sub.name.lower())
        return frozenset(out)

    # reading pycountry's subdivision table takes a short run's twentieth of a second: the
    # names are kept in the cache folder (claimcheck.cache), tied to the installed table
    table = cache.package_file("pycountry", "databases", "iso3166-2.json")
    if table is None:
        return build()
    return frozenset(cache.load_or_build("subdivisions", [table], build))


def _subdivision(raw: str) -> bool:
    return raw.strip().strip(".").lower() in _subdivisions()


#: the full stop of a word written short inside a name ("St. Anne's", "Mt. Elgon", "Dr.
#: Ike Obi", "Acme Inc. Europe"): one name with the stop or without it
_SHORT_WORD_STOP = re.compile(
    r"\b(?P<word>Dr|Mr|Mrs|Ms|Mx|Prof|St|Mt|Ft|Jr|Sr|Co|Inc|Ltd|Corp|Bros|Lt|Capt|Rev|Hon|Gen|Col|Sen|Rep|Gov)\.(?=\s)"
)
#: a title before a person's name
_TITLE = re.compile(r"^(?:Dr|Prof|Professor|Sir|Dame|Mr|Mrs|Ms|Mx|Dr\.|Prof\.|Mr\.|Mrs\.|Ms\.)\s+(?=[A-Z])")


@lru_cache(maxsize=4096)
def _member(raw: str, general: bool) -> tuple[str, str] | None:
    """``(kind, display)`` of one list item, or None. Kept per item text: the readers of a
    sentence try the same pieces of it again (a run of names from each of its capitals, the
    pieces after an anchor), and the answer is the item's alone."""
    # (an aside needs a bracket or a superscript digit, which is not ASCII)
    item = (_ASIDE.sub("", raw) if "(" in raw or "[" in raw or not raw.isascii() else raw).strip()
    item = item.strip(".,;:").strip()
    if not item:
        return None
    if "." in item:
        item = _SHORT_WORD_STOP.sub(r"\g<word>", item)  # "St. Anne's" is "St Anne's", "Dr. Ike Obi" "Dr Ike Obi"
    rec = recognise(item)
    if rec:
        return rec
    bare = item[4:] if item[:4].lower() == "the " else item
    owned = _COUNTRY_OWNER.match(bare)
    if (
        general
        and owned
        and (recognise(owned.group("owner")) or ("",))[0] == "country"
        and proper_name(owned.group("rest"))
    ):
        return "name", owned.group("rest")  # "Italy's ANEF": the body, whose country is said
    if (
        general
        and ignorecase_fold(item).endswith(_PLACE_NOUN_ENDS)
        and (place := _NAME_AND_PLACE_NOUN.match(item))
        and proper_name(place.group("name"))
    ):
        # "the Doñana marshes", "the Danube Delta": a place named with what it is, one
        # member however the noun is written ("the Nile delta" / "the Nile Delta")
        return "name", place.group("name")
    if general and proper_name(bare):
        # "Dr Owen Price" and "Owen Price": one person, the title no part of the name
        return "name", _TITLE.sub("", bare) if len(bare.split()) >= 3 else bare
    if general and (place_of := _PLACE_OF.match(item)) and proper_name(place_of.group("name")):
        return "name", place_of.group("name")  # "the city of Mirel": the place
    if general and (described := _DESCRIBED_NAME.match(item)) and _describing_nouns(described.group("desc")):
        # "the utility Vestkyst Energi", "the port operator DP World": what the member is,
        # then its name; the member is the name ("Vestkyst Energi" in another list)
        named = _member(described.group("name"), general)
        if named is not None and named[0] != "described":
            return named
    if general and (role := _ROLE_AND_PERSON.match(item)) and _role_nouns(role.group("desc")):
        # "the orchestra's chief executive Lotte Brandvik", "violinist Ada Kroll", "the
        # academic Noor Saleh": a person written with the post or trade they hold; the
        # member is the person (a name of two capitalised words or more)
        named = _member(role.group("name"), general)
        if named is not None and named[0] == "name":
            return named
    if general and " and " in bare and (acr := _TRAILING_ACRONYM.search(raw)) and _NAME_WITH_AND.match(bare):
        # "HM Revenue and Customs (HMRC)": a name with "and" in it, its acronym after it
        if fit(acr.group(1), bare) == "fits":
            return "organisation", bare
    if general and "," in bare and all(proper_name(p.strip()) for p in bare.split(",")):
        return "name", bare  # "Lyon, France" in a list whose items are cut by semicolons
    if general and _DESCRIBED_BODY.match(item):
        # "the harbour authority", "the county council": a body described, not named, among
        # named ones (parse_list keeps a list only with two named members)
        return "described", bare
    return None


_TRAILING_ACRONYM = re.compile(r"\(\s*(?P<acr>[A-Z][A-Za-z&]{1,9})\s*\)\s*$")
#: a member written with what it is before its name: "the utility Vestkyst Energi", "the
#: state broadcaster NRK" (one or two lower-case words between "the" and a capital)
_DESCRIBED_NAME = re.compile(
    r"^(?:the|its|their)\s+(?:(?-i:[A-Z][a-z]+)\s+)?(?P<desc>(?:[a-z][a-z-]*\s+){1,2})(?P<name>[A-Z0-9][^\s].*)$"
)
#: a person written with the post or trade they hold before the name, with a determiner, a
#: possessive or none: "the orchestra's chief executive Lotte Brandvik", "board chair Ruth
#: Okafor", "the academic Dr Noor Saleh" (the name is two capitalised words or more)
_ROLE_AND_PERSON = re.compile(
    r"^(?:(?:the|its|their|his|her|our)\s+|(?:the\s+)?(?-i:[A-Za-z][\w-]*)(?:['’]s|(?<=s)['’])\s+)?"
    r"(?P<desc>(?:(?-i:[a-z][a-z-]*)\s+){1,3})"
    r"(?P<name>(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*)){1,3})$"
)
#: words that end a post's noun but are no post: how, when or where someone is
_NOT_A_ROLE = re.compile(r"(?:ly|ern|est|ed|ing|ous|ful|less|able|ible|wide)$")
_NOT_ROLE_HEADS = frozenset("former upper lower inner outer greater latter other new old late then".split())


def _role_nouns(desc: str) -> bool:
    """Are the words before a person's name a post or trade ("chief executive", "the former
    ombudsman", "academic", "trade unionist"), not a verb or words of how or where ("met",
    "visited", "northern") nor small words ("report by")?"""
    words = desc.split()
    head = words[-1]
    if any(w in _SMALL_WORDS or w in _CLAUSE_VERBS or w in _CLAUSE_WORDS for w in words):
        return False
    if any(w.endswith("s") and not w.endswith(("ss", "us", "ics")) for w in words):
        return False  # "brings together", "chairs": a verb's -s (a post is singular: "board chair")
    return len(head) > 3 and not _NOT_A_ROLE.search(head) and head not in _NOT_ROLE_HEADS


#: words of a clause, not of a post: "which brings together Acme Water"
_CLAUSE_WORDS = frozenset(
    "which who whom whose that together also then now both all each while when where as not only "
    "jointly alongside including plus".split()
)
#: short verbs that may stand before a name in a clause ("met Ana Ruiz", "told Ola Berg")
_CLAUSE_VERBS = frozenset(
    "met told saw hired named asked chose thanked said says sent gave made won lost beat joined left led "
    "leads replaced succeeded appointed elected include includes included were was are is be been has have had".split()
)
#: a place named with what kind of place it is before "of": "the city of Mirel", "the
#: borough of Ashby" (the member is the place's name)
#: a name, then "in" and the place where it is: "St Brennan's in Kent", "Harbourlight in West Cumbria"
_NAME_IN_PLACE = re.compile(
    r"^(?P<name>(?:the\s+)?(?-i:[A-Z])[\w'’.&-]*(?:\s+(?-i:[A-Z])[\w'’.&-]*){0,4})\s+in\s+"
    r"(?P<place>(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2})$"
)


def _located(text: str, sa: int, sb: int) -> int | None:
    """Where the place after a name starts ("Harbourlight| in Cumbria"), when the item is a
    proper name, "in" and a proper name; else None."""
    seg = text[sa:sb]
    lead = _CONJ_LEAD.match(seg.lstrip())
    m = _NAME_IN_PLACE.match(seg.strip()[lead.end() if lead else 0 :])
    if m is None or not proper_name(re.sub(r"^the\s+", "", " ".join(m.group("name").split()))):
        return None
    if not proper_name(re.sub(r"^the\s+", "", m.group("place"))):
        return None
    cut = [c.start() for c in _IN_WORD.finditer(seg)]
    return sa + cut[-1] if cut else None


_IN_WORD = re.compile(r"\s+in\s+")


_PLACE_OF = re.compile(
    r"^(?:the\s+)?(?:[a-z][a-z-]*\s+){0,2}(?:city|town|village|borough|county|district|municipality|province|region|"
    r"island|port|capital)\s+of\s+"
    r"(?P<name>[A-Z][^\s].*)$"
)
#: the endings of words that say how or where a thing is, not what it is ("the northern
#: Netherlands", "the rural Midlands", "the historic Hanseatic League")
_NOT_A_KIND = re.compile(r"(?:ern|al|ic|ish|ese|ian|ous|ive|ful|less|able|ible|ly|est|ed|er|wide)$")
_SMALL_WORDS = frozenset(
    "of for in on at to by from with and or but as than then new old same other whole entire".split()
)


def _describing_nouns(desc: str) -> bool:
    """Are the words before a name nouns of what it is ("utility", "port operator"), not
    words of how or where it is ("northern", "former", "upper") nor small words ("city
    of")? Agent nouns in -er/-or are kinds ("the retailer", "the insurer")."""
    words = desc.split()
    head = words[-1]
    if any(w in _SMALL_WORDS for w in words):
        return False
    if _NOT_A_KIND.search(head) and not re.search(r"(?:[^e]er|or|ier)$", head):
        return False
    return head not in ("former", "upper", "lower", "inner", "outer", "greater", "latter", "other")


_NAME_WITH_AND = re.compile(r"^[A-Z][\w'’.&-]*(?:\s+(?:(?:and|of|for|the|on|&)\s+)?[A-Z][\w'’.&-]*)+$")


# a body named after its country's possessive: "Italy's ANEF", "Norway's Equinor"
_COUNTRY_OWNER = re.compile(r"^(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})['’]s\s+(?P<rest>[A-Z].*)$")
# a place named with the noun of what it is: "the Doñana marshes", "the Exe estuary", "the
# Rhine valley" (the name alone is the member)
_NAME_AND_PLACE_NOUN = re.compile(
    r"^(?:the\s+)?(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})\s+"
    r"(?i:marsh(?:es)?|wetlands?|estuary|delta|valley|basin|lagoon|peninsula|plains?|"
    r"uplands|highlands|lowlands|mountains|hills|moors?|fens|dunes|river)$"
)
#: how every match of ``_NAME_AND_PLACE_NOUN`` ends (its item is stripped: no line break
#: before ``$``), in lower case: an item that ends otherwise is not tried
_PLACE_NOUN_ENDS = (
    "marsh", "marshes", "wetland", "wetlands", "estuary", "delta", "valley", "basin", "lagoon", "peninsula",
    "plain", "plains", "uplands", "highlands", "lowlands", "mountains", "hills", "moor", "moors", "fens",
    "dunes", "river",
)  # fmt: skip
# a body described by its kind: "the" and up to three lower-case words ending in a noun of
# an organisation
_DESCRIBED_BODY = re.compile(
    r"^the\s+(?:[a-z][a-z-]*\s+){1,3}(?:authority|council|agency|board|company|ministry|department|trust|"
    r"commission|committee|association|union|office|service|regulator|government|administration|"
    r"directorate|inspectorate|court|police|university|hospital|operator|institute)$"
)


def _name_prefix(text: str, a: int, b: int, general: bool) -> tuple[int, tuple[str, str]] | None:
    """The longest run of words at ``text[a:b]``'s start that is a member, followed by lower-case
    words or punctuation: "Boise in Idaho" → "Boise"."""
    words = list(re.finditer(r"[^\s,;:]+", text[a:b]))
    for k in range(min(len(words), 7), 0, -1):
        end = a + words[k - 1].end()
        rest = text[end:b].lstrip()
        if k < len(words) and rest[:1].isupper():
            continue
        rec = _member(text[a:end], general)
        if rec:
            return end, rec
    return None


# ----------------------------------------------------------------------------- list parsing
_PARTIAL_ITEM = re.compile(
    r"^(?:etc\b\.?|others?\b|many\s+(?:more|others)\b|more\b|so\s+on\b|several\s+others\b|among\s+others\b|"
    r"other\s+\w+|the\s+like\b|the\s+rest\b|similar\b|smaller\b|further\b|additional\b|a\s+(?:few|handful|number)\b|"
    r"to\s+name\s+(?:but\s+)?a\s+few\b|for\s+example\b|for\s+instance\b|among\s+them\b)",
    re.I,
)
_PARTIAL_TAIL = re.compile(
    r"^\s*(?:\)\s*)?,?\s*(?:etc\b|and\s+(?:many\s+)?(?:others|more)\b|among\s+others\b|and\s+so\s+on\b|"
    r"to\s+name\s+(?:but\s+)?a\s+few\b|or\s+others\b|and\s+other\s|among\s+them\b|for\s+example\b|for\s+instance\b|…|\.\.\.)",
    re.I,
)
_CONJ_LEAD = re.compile(r"^(?:and|or|as\s+well\s+as|plus|&)\s+", re.I)
_CONJ_IN = re.compile(r"\s+(?:and|or|as\s+well\s+as|plus|&)\s+")


#: the marks :func:`_segments` reads: brackets, semicolons and commas
_SEGMENT_MARKS = re.compile(r"[()\[\];,]")


def _segments(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The pieces of ``text[a:b]`` between its semicolons outside brackets, or else its
    commas (not a thousands separator's), each without the spaces around it."""
    depth = 0
    semis: list[int] = []
    commas: list[int] = []
    for m in _SEGMENT_MARKS.finditer(text, a, b):  # the marks only, not every character
        i = m.start()
        ch = text[i]
        if ch in "([":
            depth += 1
        elif ch in ")]" and depth:
            depth -= 1
        elif depth == 0 and ch == ";":
            semis.append(i)
        elif depth == 0 and ch == "," and not (i + 1 < b and text[i + 1].isdigit() and text[i - 1 : i].isdigit()):
            commas.append(i)
    cuts = semis or commas
    out = []
    pos = a
    for c in cuts + [b]:
        x, y = pos, c
        while x < y and text[x] in " \u00a0\n":
            x += 1
        while y > x and text[y - 1] in " \u00a0\n":
            y -= 1
        out.append((x, y))
        pos = c + 1
    return out


#: the date an item ends with, when that member did what the list is of ("Colorado in
#: 2018", "Oslo since March 2021", "Ghana (2019)" is an aside already)
_ITEM_DATE = re.compile(
    r"(?<=[\w.])\s+(?:in|since|from|on|by)\s+(?:(?:early|mid|late)-?\s*)?(?:\d{1,2}\s+)?"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?"
    r"(?:19|20)\d\d\s*$"
)

_NEXT, _STOP, _FAIL = 0, 1, 2  # what a segment of a list says: read on, the list ends, no list


def _one_name_with_and(seg: str, inner: list[re.Match[str]]) -> bool:
    """Is a list item with a conjunction inside it, and more items after it, one name: its
    only conjunctions ampersands ("Canal & River Trust", "Marks & Spencer"), or its acronym
    after it counting the words on both sides of its "and" ("the Food and Agriculture
    Organization (FAO)")?"""
    if all(m.group(0).strip() == "&" for m in inner):
        return True
    acr = _TRAILING_ACRONYM.search(seg)
    if acr is None:
        return False
    bare = re.sub(r"^the\s+", "", seg[: acr.start()].strip(), flags=re.I)
    return bool(_LONG_NAME_WITH_AND.match(bare)) and fit(acr.group("acr"), bare) == "fits"


#: the head of a body's name that says what it deals with after "of", "for" or "on"
_BODY_OF_HEAD = (
    r"(?:Department|Ministry|Minister|Secretary|Committee|Commission|Office|Institute|Centre|Council|"
    r"School|Faculty|Board|Agency|Directorate)"
)
#: a body's name of two fields joined by "and": "the Department of Agriculture and Rural
#: Affairs", "the Centre for Ageing and Health" (capitalised words on both sides); in a run
#: of names (which counts nothing) one name
_BODY_OF_TWO_FIELDS = re.compile(
    rf"^(?:the\s+)?(?:[A-Z][\w'’-]*\s+){{0,3}}{_BODY_OF_HEAD}\s+(?:for|of|on)\s+(?:the\s+)?"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}$"
)
#: a name of capitalised words with "and" and other small words between them, up to twelve words
_LONG_NAME_WITH_AND = re.compile(
    r"^(?=(?:\S+\s+){0,11}\S+$)[A-Z][\w'’.&-]*(?:\s+(?:(?:and|of|for|the|on|&)\s+)*[A-Z][\w'’.&-]*)+$"
)
#: a description before a name, in an item cut by semicolons: "a retired judge, Anne Byrne"
_DESCRIPTION = re.compile(r"(?:a|an|the|its|their)\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*\s*$")
#: a name of two capitalised words or more
_PERSON_OR_BODY = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:of\s+|the\s+)*[A-Z][\w'’.-]*)+\s*$")
#: what an item cut by semicolons says of itself after a comma ("the Army, including …;")
_ITEM_ASIDE = re.compile(r",\s+(?:including|which|who|whose|where|with)\s")


#: a segment that says what the item before it is, with an indefinite article and lower-case
#: words: "a retired fisheries inspector", "an economist" (an apposition, no member of its
#: own; not "a trade body founded by Canopy Foods", which goes on with names)
_INDEFINITE_ASIDE = re.compile(r"^(?-i:a|an)\s+(?-i:[a-z][\w'’-]*)(?:\s+(?-i:[a-z][\w'’-]*)){0,8}$")


#: a post named by its place or body: "the Archbishop of Lenz", "the Mayor of Ashby", "the
#: Chief Executive of Acme Rail"
_POST_OF = re.compile(
    r"(?:the\s+)?(?:(?-i:[A-Z][a-z]+)\s+){0,2}?(?:Archbishop|Bishop|Mayor|Lord\s+Mayor|President|Chair|Chairman|Chairwoman|"
    r"Governor|Minister|Secretary|Director|Executive|Dean|Rector|Provost|Chancellor|Vice-Chancellor|Duke|Duchess|"
    r"Earl|Ambassador|Commissioner|Head|Leader|Speaker|Mufti|Rabbi|Imam|Chief|Principal|Warden|Master)\s+of\s+\S.*"
)
#: a person's name: two to four capitalised words (a title may open it)
_PERSON_NAME = re.compile(r"(?:(?:Dr|Prof|Professor|Sir|Dame|Mr|Mrs|Ms)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}")


class _ListRead:
    """The state of :func:`parse_list` while it reads the segments of a region in turn."""

    def __init__(self, text: str, segs: list[tuple[int, int]], closed: bool, general: bool) -> None:
        self.text, self.segs, self.closed, self.general = text, segs, closed, general
        self.items: list[tuple[int, int, tuple[str, str]]] = []
        self.partial = self.ambiguous = self.final = False
        # how many more items the "and"s that may sit inside names would make, read as the
        # list's own (see :func:`_open_count`)
        self.inner_ands = 0
        # items cut by semicolons may each say more of themselves after a comma
        self.semis = any(text[y : y + 1] == ";" for _, y in segs)

    def segment(self, idx: int, sa: int, sb: int) -> int:
        text = self.text
        if sa >= sb:
            return _FAIL
        if self.semis and (aside := _ITEM_ASIDE.search(text, sa, sb)):
            # "the Army (Heer), including the new home regiments; the Navy (Marine); …": what
            # one item holds, not a partial list
            sb = aside.start()
        if self.semis and "," in text[sa:sb] and not _member(_CONJ_LEAD.sub("", text[sa:sb]), self.general):
            sa, sb = self._named_part(sa, sb)
        if (dated := _ITEM_DATE.search(text, sa, sb)) and not _CONJ_IN.search(text, sa, dated.start()):
            # "South Dakota in 2016, Colorado in 2018 and …": when each member did it
            sb = dated.start()
        if self.general and "in" in text[sa:sb] and (located := _located(text, sa, sb)) is not None:
            # "St Brennan's in Kent", "Harbourlight in Cumbria": a body named with where it
            # is; the member is the name ("Harbourlight" in another list)
            sb = located
        seg = text[sa:sb]
        lead = _CONJ_LEAD.match(seg)
        if _PARTIAL_ITEM.match(seg[lead.end() :] if lead else seg):
            self.partial = self.final = True
            return _STOP
        last = idx == len(self.segs) - 1
        if (
            not lead
            and self.items
            and _POST_OF.match(text, self.items[-1][0], self.items[-1][1])
            and _PERSON_NAME.fullmatch(seg)
        ):
            # "the Archbishop of Lenz, Johannes Vell, and …": a post, then who holds it (one member)
            self.items[-1] = (sa, sb, ("name", _TITLE.sub("", seg)))
            return _NEXT
        if not lead and not last and self.items and _INDEFINITE_ASIDE.match(seg) and not _CONJ_IN.search(seg):
            return _NEXT  # "Jorunn Veld, a retired inspector, Arvid Naess …": what the name before is
        if lead and lead.group(0).lower().startswith("or") and not last and self.items:
            return _NEXT  # "the North Island, or Te Ika-a-Māui, and …": another name for the item before
        if lead:
            return self._after_conjunction(sa + lead.end(), sb)
        inner = list(_CONJ_IN.finditer(seg))
        whole = _member(seg, self.general)
        if inner and not (whole and whole[0] == "country"):
            return self._inner_conjunction(idx, sa, sb, inner, whole)
        if whole:
            self.items.append((sa, sb, whole))
            return _NEXT
        if (qualified := _qualified_name(text, sa, sb, self.general)) is not None:
            self.items.append((sa, qualified[0], qualified[1]))  # "Ana Ruiz for the upstream state"
            return _NEXT
        if self.closed:
            return _FAIL
        if last and len(self.items) >= 2:
            got = _name_prefix(text, sa, sb, self.general)
            if got:
                self.items.append((sa, got[0], got[1]))
                self.final = True
                return _STOP
        return _FAIL

    def _named_part(self, sa: int, sb: int) -> tuple[int, int]:
        """The name in an item cut by semicolons that says more of itself after a comma: the
        name before the comma ("Mark Tierney of the ferry board, its chair"), or the name a
        description opens ("a retired judge, Anne Byrne"); else the item as it stands."""
        text = self.text
        comma = text.find(",", sa, sb)
        lead = _CONJ_LEAD.match(text[sa:comma])
        if _member(text[sa + (lead.end() if lead else 0) : comma], self.general):
            return sa, comma
        if _DESCRIPTION.match(text, sa + (lead.end() if lead else 0), comma):
            x = comma + 1
            while x < sb and text[x] == " ":
                x += 1
            y = text.find(",", x, sb)
            y = sb if y < 0 else y
            if _member(text[x:y], self.general) and _PERSON_OR_BODY.match(text, x, y):
                return x, y
        return sa, sb

    def _after_conjunction(self, sa: int, sb: int) -> int:
        """The last item, after "and"/"or": the whole segment, or (an open list) the name it
        starts with."""
        rec = _member(self.text[sa:sb], self.general)
        if rec:
            self.items.append((sa, sb, rec))
        elif not self.closed:
            got = _name_prefix(self.text, sa, sb, self.general)
            if not got:
                return _FAIL
            self.items.append((sa, got[0], got[1]))
        else:
            return _FAIL
        self.final = True
        return _STOP

    def _split_at(
        self, sa: int, sb: int, inner: list[re.Match[str]]
    ) -> tuple[int, int, tuple[str, str], int, int, tuple[str, str]] | None:
        """The first conjunction inside the segment with a member on either side."""
        text, general = self.text, self.general
        seg = text[sa:sb]
        for m in inner:
            lend = m.start()
            if (dated := _ITEM_DATE.search(seg, 0, lend)) is not None:
                lend = dated.start()  # "Oslo in 2021 and Kiel in 2022"
            if general and (located := _located(seg, 0, lend)) is not None:
                lend = located  # "Fenmere in Lincolnshire and …": the name, not its place
            left = _member(seg[:lend], general)
            if not left and (q := _qualified_name(text, sa, sa + lend, general)) is not None:
                lend, left = q[0] - sa, q[1]
            if not left:
                continue
            ra = sa + m.end()
            rend = sb
            if (dated := _ITEM_DATE.search(text, ra, sb)) is not None:
                rend = dated.start()
            if general and (located := _located(text, ra, rend)) is not None:
                rend = located
            right = _member(text[ra:rend], general)
            if right is None and (q := _qualified_name(text, ra, rend, general)) is not None:
                rend, right = q
            if right is None and not self.closed:
                got = _name_prefix(text, ra, sb, general)
                if got:
                    rend, right = got
            if right:
                return (sa, sa + lend, left, ra, rend, right)
        return None

    def _inner_conjunction(
        self, idx: int, sa: int, sb: int, inner: list[re.Match[str]], whole: tuple[str, str] | None
    ) -> int:
        """A segment with "and" inside: the list's last two items, or one name with an "and"."""
        text, items = self.text, self.items
        split = self._split_at(sa, sb, inner)
        if split is None:
            if whole:
                items.append((sa, sb, whole))
                return _NEXT
            # "…, Denver and Boise in Idaho": no final conjunction found
            return _FAIL
        nxt = self.segs[idx + 1] if idx + 1 < len(self.segs) else None
        nxt_text = re.sub(r"^the\s+", "", text[nxt[0] : nxt[1]]) if nxt else ""
        if nxt_text[:1].isupper():
            if whole:
                # "the Department of Health and Human Services, GSA and OPM": an "and"
                # inside a name, or a list of its own? Read as one name, count nothing;
                # but an ampersand, or an acronym after the name that spells it with its
                # "and" ("Marks & Spencer, …", "the Food and Agriculture Organization
                # (FAO), …"), is plainly inside one name: a list goes on after its last
                # item's conjunction only in its own name
                if not _one_name_with_and(text[sa:sb], inner):
                    self.ambiguous = True
                    self.inner_ands += len(inner)
                items.append((sa, sb, whole))
                return _NEXT
            # "Denver and Boise, Idaho", "Crowdsourcing and Citizen Science, Agile/Lean, …":
            # the list does not end where the "and" says
            return _FAIL
        items.append((split[0], split[1], split[2]))
        items.append((split[3], split[4], split[5]))
        self.final = True
        return _STOP

    def place_and_state(self) -> bool:
        """ "Washington, D.C.", "Portland, Oregon, Austin, Texas": a place and its state cut by
        a comma read as two members; the list stands, its count does not."""
        text = self.text
        for (a1, b1, _r1), (a2, b2, _r2) in zip(self.items, self.items[1:]):
            if re.fullmatch(r"(?:[A-Z]\.){2,}", text[a2:b2].strip()) or (
                _subdivision(text[a2:b2]) and not _subdivision(text[a1:b1])
            ):
                return True
        return False

    def more_after(self, end: int) -> bool:
        """A closed region holding more than the list that was read: "(A and B, C, D)"."""
        text = self.text
        rest = [seg for seg in self.segs if seg[0] >= end]
        if not rest or _PARTIAL_TAIL.match(text[end : min(len(text), end + 40)]):
            return False
        alias = len(rest) == 1 and re.match(r"or\s+(?:the\s+)?[A-Z]", text[rest[0][0] : rest[0][1]])
        return not alias and any(text[x:y][:1].isupper() or _CONJ_LEAD.match(text[x:y]) for x, y in rest)


#: what a member is there for, after its name: "for the upstream state", "on heart failure",
#: "representing the tenants" (lower-case words to the item's end)
_QUALIFIER = re.compile(
    r"\s+(?:for|on|representing|from)\s+(?:(?:the|a|an|its|their)\s+)?[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){0,5}$"
)


def _qualified_name(text: str, a: int, b: int, general: bool) -> tuple[int, tuple[str, str]] | None:
    """A member named, then what it is there for: "Ana Ruiz for the upstream state",
    "MindTrack on adolescent mental health" (the member is the name)."""
    q = _QUALIFIER.search(text, a, b)
    if q is None or q.start() <= a:
        return None
    rec = _member(text[a : q.start()], general)
    return (q.start(), rec) if rec is not None and rec[0] != "described" else None


def parse_list(text: str, a: int, b: int, *, closed: bool, general: bool = True) -> dict[str, Any] | None:
    """Items of a list written in ``text[a:b]``.

    ``closed``: the region holds the list alone (a parenthesis, a bullet list); otherwise the
    list starts at ``a`` and text may follow it ("…, Denver and Boise, where prices rose").
    Returns ``{"items": [(start, end, (kind, display))], "partial", "ambiguous", "end"}`` or None
    when the region does not start with a clean list of names."""
    return _parse_segments(text, a, b, _segments(text, a, b), closed=closed, general=general)


def _parse_segments(
    text: str, a: int, b: int, segs: list[tuple[int, int]], *, closed: bool, general: bool
) -> dict[str, Any] | None:
    """:func:`parse_list` on the region's pieces ``segs`` (``_segments(text, a, b)``, which a
    reader of many regions of one sentence may find once for all of them: :class:`_Cuts`)."""
    read = _ListRead(text, segs, closed, general)
    for idx, (sa, sb) in enumerate(segs):
        step = read.segment(idx, sa, sb)
        if step == _FAIL:
            return None
        if step == _STOP:
            break
    items = read.items
    if not items or sum(rec[0] != "described" for _, _, rec in items) < 2:
        return None  # bodies described, not named, need two named ones with them
    place_and_state = read.place_and_state()
    ambiguous = read.ambiguous or place_and_state
    end = items[-1][1]
    if closed and read.final and not read.partial and read.more_after(end):
        return None
    if not read.final and not closed and end != segs[-1][1]:
        # an open list without "and": only when every piece up to the region's end is a name
        return None
    partial = read.partial or bool(_PARTIAL_TAIL.match(text[end : min(len(text), end + 40)]))
    more = _as_well_as(text, items, end, b, closed=closed, general=general)
    if more is not None:
        extra, end, more_partial = more
        items = items + extra
        partial = partial or more_partial
    return {
        "items": items,
        "partial": partial,
        "ambiguous": ambiguous,
        "end": end,
        "inner_ands": None if place_and_state else read.inner_ands,
    }


def _open_count(parsed: dict[str, Any], declared: int | None) -> int | None:
    """The count that governs a parsed list, ``declared``, unless how many items the list
    has is open and may be that count: an "and" that may sit inside a name ("the Department
    of Health and Human Services, GSA and OPM") makes as many items as read, or one more for
    each such "and"; a count outside that span ("three partners: the A Hospital and Health
    Service, B, C and D", four or five) disagrees with every reading, and is kept. A place and
    its state cut by a comma ("Portland, Oregon, Austin, Texas") leaves it open whatever it is."""
    if not parsed["ambiguous"] or declared is None:
        return declared
    extra = parsed.get("inner_ands")
    n = len(parsed["items"])
    if extra is None or n <= declared <= n + extra:
        return None
    return declared


#: "…, as well as (by) …", "…, together with …" after a list: more members follow
_AS_WELL_AS_TAIL = re.compile(
    r"\s*,?\s*(?:as\s+well\s+as\s+(?:by\s+|with\s+|from\s+)?|together\s+with\s+|along\s+with\s+|plus\s+)", re.I
)
_AND_TAIL = re.compile(r"\s*,?\s*and\s+", re.I)


def _as_well_as(
    text: str, items: list[tuple[int, int, tuple[str, str]]], end: int, b: int, *, closed: bool, general: bool
) -> tuple[list[tuple[int, int, tuple[str, str]]], int, bool] | None:
    """The members after a list that goes on with "as well as" or "together with" ("along
    with"): "A, B and C, as well as D"
    (or "A, B as well as C and D", where the "and" after the last member read goes on).
    Returns (more items, new end, partial): partial when what follows is no member ("as
    well as by the city council"), so the list is not read as a whole one; None when the
    list does not go on."""
    tail = _AS_WELL_AS_TAIL.match(text, end, b)
    if tail is None and len(items) >= 2:
        before = text[items[-2][1] : items[-1][0]]
        if re.fullmatch(r"\s*,?\s*as\s+well\s+as\s+", before, re.I):
            tail = _AND_TAIL.match(text, end, b)
    if tail is None:
        return None
    rest = parse_list(text, tail.end(), b, closed=closed, general=general)
    if rest is not None:
        return list(rest["items"]), rest["end"], bool(rest["partial"])
    if closed:
        rec = _member(text[tail.end() : b], general)
        got = (b, rec) if rec else None
    else:
        got = _name_prefix(text, tail.end(), b, general)
    if got is None:
        return [], end, True
    return [(tail.end(), got[0], got[1])], got[0], False


# ----------------------------------------------------------------------------- group, count, completeness
_PLURAL = (
    _NOT_S_ADVERB + r"(?!(?:years|months|weeks|days|hours|minutes|seconds|decades|centuries|times|quarters|percent|"
    r"dollars|euros|pounds|miles|kilometres|kilometers|metres|meters|tonnes|tons|pages|words|lines)\b"
    # (steps, ways, things and points are counted things right before a list: "four steps:
    # …", "stalls at three points: …"; not a measure, "rose three points")
    r"|(?:steps|ways|things|points)\b(?!\s*(?::|$)))(?:[a-z][a-z-]*[a-z](?<!\bis)(?<!\bwas)(?<!\bhas)(?<!\bdoes)(?<!\bthis)(?<!\bits)(?<!\bus)(?<!\bas)(?<!ss)(?<!\bthus)(?<!\bplus)(?<!\bvia)s|people|staff|children|men|women|consortia)"
)
_DET = r"(?:(?:the|its|their|his|her|our|these|those|all|all\s+the|(?:the\s+)?(?P<owner>(?:(?-i:[A-Z])[\w.-]*\s+){0,3}[\w.-]+)['’]s?)\s+)"
_APPROX = r"(?:(?P<approx>about|around|nearly|almost|roughly|some|over|more\s+than|at\s+least|fewer\s+than|less\s+than|up\s+to|approximately|just\s+under|just\s+over)\s+)"
_ADJ = (
    r"(?:(?!(?:are|were|is|was|have|has|had|of|in|that|which|who|and|or|to|with|by|for|on|at|from)\b)"
    # no plural noun among the adjectives ("three firms make chips"), but a plural owner may
    # be one ("four growers' associations")
    r"(?:[\w-]+s['’]|(?![\w-]*[^su\W]s\b)[\w-]+)\s+){0,3}?"
)
#: an adverb after a counted noun that says the count is the whole of what follows: the
#: list names them all ("four services above all: A, B, C and D", "six sites in all")
_WHOLE_COUNT_ADVERB = (
    r"\s+(?:above\s+all|most\s+of\s+all|first\s+and\s+foremost|in\s+all|in\s+total|all\s+told|altogether)"
)
#: the prepositions that may open what a counted noun is of, for or towards before its list
#: ("three routes into teaching:", "four paths towards net zero:", "two disputes between the
#: ports (…)", "five claims against the insurer:")
_POST_PREPOSITIONS = (
    # (not "between them", "among them": how a count is shared, "64 beds between them")
    r"(?!(?:between|among|amongst)\s+(?:them|us|you|themselves|ourselves)\b)"
    r"(?:in|on|at|from|for|with|to|into|onto|across|along|around|behind|beside|within|between|against|"
    r"towards|toward|about|through|over|beyond|among|after|before|under"
    # (what they stand outside or above: "four groups outside the scheme:", "three wrecks off
    # the coast:", "two schools without heating (…)")
    r"|outside|inside|without|above|below|beneath|off|alongside"
    # (where they are beside: "the three wells nearest the landfill:", "the two stops closest to
    # the stadium (…)")
    r"|near|nearest(?:\s+to)?|closest\s+to|close\s+to|next\s+to)"
)
#: a comma between two lower-case words of one phrase, the noun after it still to come
#: (coordinate adjectives: "tiered, sugar-based designs"), no conjunction after it
_ADJECTIVE_COMMA = r"(?<=[a-z]),(?=\s+(?!(?:and|or|but|which|who|that)\b)(?-i:[a-z][\w-]*)\s+(?-i:[a-z]))"
#: a past participle after a counted noun, adverbs of degree perhaps before it ("banned",
#: "used", "most widely used", "heavily grazed"): which of the things the count means
_PARTICIPLE = (
    r"(?:(?-i:most|least|more|less)\s+)?(?:(?-i:[a-z]{3,}ly)\s+)?"
    r"(?-i:[a-z]{3,}(?:ed|en)|used|[a-z]{2,}(?:wn|ld|lt|pt|ught|ade|one))"
)
_APPOS = re.compile(
    rf"(?:^|\b){_DET}?{_APPROX}?(?P<count>{_COUNT})\s+(?P<adj>{_ADJ})(?P<noun>{_PLURAL})"
    rf"(?P<post>\s+(?!in\s+(?:all|total)\b)(?:of|{_POST_PREPOSITIONS}|that|which|who|whose)\s+(?:[^,;:()\d]|\b(?:19|20)\d\d\b"
    # (a comma between two adjectives of one noun: "three countries with tiered, sugar-based
    # designs", "four towns with old, leaking mains")
    rf"|{_ADJECTIVE_COMMA}){{1,70}}?"
    # a participle and a year may lead it: "the four pesticides banned outdoors in 2018",
    # adverbs of degree before it: "the three drugs most widely used on wards", "the two
    # routes heavily used by freight"
    rf"|\s+{_PARTICIPLE}(?:\s+(?-i:[a-z]{{3,}}))?\s+(?:in|on|at|from|by|since|under|until|after|before|for|as)\s+"
    r"(?:[^,;:()\d]|\b(?:19|20)\d\d\b){1,40}?"
    # or an adjective and its object: "the four banks responsible for most closures", "the
    # three regions most dependent on tourism"
    r"|\s+(?:(?-i:most|least|more|less)\s+)?(?-i:[a-z]{3,}(?:ble|ant|ent|ive|ous))\s+(?:for|to|in|on|with|of|from|about)\s+"
    r"(?:[^,;:()\d]|\b(?:19|20)\d\d\b){1,40}?"
    # or a present participle and its object: "the four operators carrying the largest liabilities"
    r"|\s+(?-i:[a-z]{3,}ing)\s+(?-i:the|a|an|their|its|most|more|over)\s+(?:[^,;:()\d]|\b(?:19|20)\d\d\b){1,40}?"
    # or a relative clause with no "that", its subject a pronoun: "the four sites we visited",
    # "the three regions we looked at most closely", "the five markets it reports on"
    r"|\s+(?-i:we|they|it|I|you|he|she)(?:\s+(?-i:[a-z]{2,})){1,5}?"
    # or words that only point back at a group met before: "the five countries taking part",
    # "the three firms involved", "the four sites concerned"
    r"|\s+(?-i:taking\s+part|involved|concerned|in\s+question|participating|affected)"
    # or a past participle alone that says which of them the writer's work took: "the four
    # ports studied (…)", "the five councils surveyed, A, B, …," (a relative clause cut short)
    rf"|\s+{_PARTICIPLE}(?=\s*,?\s*$))?"
    # an adverb of the whole count may end it: "four services above all: …", "six in all"
    rf"(?:{_WHOLE_COUNT_ADVERB})?\s*,?\s*$",
    re.I,
)
#: a phrase after a counted noun that says which of them, not of what other things the list
#: may name: a participle ("banned in 2018") or a purpose ("for early care")
_WHICH_ONES = re.compile(rf"\s+(?:for\s|{_PARTICIPLE}\s)", re.I)
# every _APPOS holds its count: a digit or one of these words
_COUNT_WORDS = (*_NUMBER_WORDS, "dozen", "twenty", "thirty")
#: the words of ``_COUNT_WORDS`` that hold none of the others, once each: a text holds one
#: of ``_COUNT_WORDS`` exactly when it holds one of these ("seventeen" holds "seven", "half a
#: dozen" "dozen"), and a text without a count is read for 20 words, not 29
_COUNT_WORD_CORES = tuple(dict.fromkeys(w for w in _COUNT_WORDS if not any(o != w and o in w for o in _COUNT_WORDS)))
_ANY_DIGIT = re.compile(r"\d")


def _post_words(ap: re.Match[str]) -> str:
    """What follows a counted noun, read for words that pick some of the group (see
    :func:`_said_of_group`)."""
    return _said_of_group(ap.group("post") or "")


def _said_of_group(words: str) -> str:
    """``words`` after a counted noun (what follows it, or what its members do) without a
    share of what the members do something to ("the three countries that supply most of the
    honey", "Three groups bear most of the cost": all three, most of the honey or the cost)
    and without the "most" of a degree ("Two habits matter most"): words that may then
    still pick some of the group."""
    return _SUPERLATIVE_MOST.sub("", _OBJECT_SHARE.sub("", words))


#: "most" or "least" of a superlative ("the regions hit most severely", "the sites we know
#: least about"): a degree, not a share of the group ("most of them")
_SUPERLATIVE_MOST = re.compile(r"\b(?:most|least)\b(?!\s+of\b)", re.I)


def _appos(left: str) -> re.Match[str] | None:
    """``_APPOS.search(left)``, not tried on words without a count. A later count that
    "the following" points at is the one the list answers ("a delegation of 28 firms with
    officials from the following four ministries:"), not an earlier count whose words run on
    to it."""
    if not _may_count(left):
        return None
    m = _APPOS.search(left)
    if m is not None:
        following = _FOLLOWING_COUNT.search(left, m.end("count"))
        if following is not None:
            return _APPOS.search(left, following.start()) or m
    return m


def _may_count(text: str) -> bool:
    """Can ``text`` hold a ``_COUNT``: a digit, or one of its words (``_COUNT_WORDS``, in
    lower case)? A pattern that needs a count is not tried on words without one."""
    return _ANY_DIGIT.search(text) is not None or has_any(ignorecase_fold(text), _COUNT_WORD_CORES)


#: "the following four": a count the words after it point at
_FOLLOWING_COUNT = re.compile(rf"\b(?:the\s+)?following\s+(?={_COUNT}\s)", re.I)


#: a figure with a unit of measure in what a counted subject did, no count of things: "in
#: the 26 GHz band", "above 3.5 GHz", "plants over 50 MW"
_MEASURE_IN_PRED = r"\b\d+(?:[.,]\d+)?\s?(?-i:[kMGTP]?(?:Hz|W|Wh|V|bps))\b"
#: a word before a count that says the count is exact, not a share: "Only three states have …",
#: "Just two firms bid …", "Exactly four ports …"
_EXACTLY = r"(?:(?:only|exactly|just(?!\s+(?:under|over)\b))\s+)"
_LEAD_COUNT = re.compile(
    rf"^{_DET}?{_EXACTLY}?{_APPROX}?(?P<count>{_COUNT})\s+(?P<adj>{_ADJ})(?P<noun>{_PLURAL})\b(?P<pred>(?:[^\d;()]|\b(?:19|20)\d\d\b|{_MEASURE_IN_PRED})*)$",
    re.I,
)
_NP = re.compile(
    rf"^{_DET}?(?P<adj>{_ADJ})(?P<noun>{_PLURAL})(?P<post>\s+(?:of|in|on|at|from|for|with|across|that|which|who|whose|behind|to"
    # (a participle and its agent: "the agencies recognised by the central bank")
    r"|(?-i:[a-z]{3,}(?:ed|en))\s+by)\s+[^,;:()]{1,70}?)?\s*,?\s*$",
    re.I,
)
_GROUP_NOUNS = (
    r"^(?:members|partners|countries|states|nations|founders|signatories|participants|parties|companies|firms|"
    r"agencies|organi[sz]ations|institutions|ports|cities|towns|regions|provinces|allies|sponsors|shareholders|"
    r"owners|operators|governments|economies|banks|utilities|universities|airlines|carriers|suppliers|"
    r"manufacturers|makers|producers|exporters|importers|members|hubs|sites|clubs|teams|unions|bodies|"
    r"associations|federations|charities|foundations|providers|councils|authorities|municipalities|bidders)$"
)
# the apposition between commas or between dashes: "A, B and C — the three ports of the compact — publish …"
_APPOS_AFTER = re.compile(
    rf"(?:,|\s[—–])\s+(?:the|its|their|all|all\s+the|(?:the\s+)?(?P<owner>[\w.-]+(?:\s+[\w.-]+)?)['’]s)\s+{_APPROX}?(?:(?P<count>{_COUNT})\s+)?(?P<adj>{_ADJ})(?P<noun>{_PLURAL})"
    # (a participle may lead the phrase after the noun: "the four product groups named in the law")
    r"(?P<post>\s+(?:(?:still|now|currently|then|left|remaining|yet)\s+|[a-z]{3,}(?:ed|en)\s+)?(?:of|in|on|at|from|for|with|across|that|which|who|whose|behind|to|under|by)\s+[^,;:()—–]{1,70}?"
    # or a present participle: "the two breweries still brewing", "the three firms running the depots"
    r"|\s+(?:(?:still|now|currently)\s+)?(?-i:[a-z]{2,}[^aeiou\W]ing)\b[^,;:()—–]{0,60}?)?(?:,|\s[—–])",
    re.I,
)
# a plural noun of those who do something ("donors", "lenders", "investors"): after an
# owner ("the fund's donors (A, B and C)") it names the owner's members like a group noun
_AGENT_NOUN = re.compile(r"^[a-z]{3,}(?:er|or)s$", re.I)
_HAS_PLURAL = re.compile(rf"\b{_PLURAL}\b")
_PARTIAL_WORDS = re.compile(
    r"\b(?:includ\w*|such\s+as|among|amongst|like|e\.g\.?|for\s+example|for\s+instance|notably|especially|"
    r"in\s+particular|others|several|some|many|most|few|more\s+than|at\s+least|over|also|too|"
    r"primarily|mainly|mostly|chiefly|a\s+number\s+of|a\s+handful\s+of|a\s+few|two|three|four|five|six|seven|eight|nine|ten|"
    # (a word inside a compound, "a two-year process", "the six-member board", says no part)
    r"example|examples|instance|instances|(?<=\ba\s)case|(?<=\bone\s)case|(?<=\bin\s)case|cases|(?<=\ba\s)sample|samples)\b"
    r"(?!-\w)",
    re.I,
)
# a share of what the counted subject does something to ("hold most of the slots"): it
# quantifies the object, not the group
_OBJECT_SHARE = re.compile(
    r"\b(?:most|much|many|some|several|part|half|a\s+third|two\s+thirds|a\s+quarter)\s+of\s+(?:the|its|their|them)\b",
    re.I,
)
_SHARE_OF_END = re.compile(rf"{_OBJECT_SHARE.pattern}\s+(?:[\w-]+\s+){{0,2}}?[\w-]+\s*$", re.I)
# words that narrow a group ("the new members", "the largest ports"): such a list is whole for
# its own group, which is not the same as the group without the word
SUBSET_WORDS = frozenset(
    "other top largest biggest smallest leading main major key prominent notable new newest newer latest recent "
    "additional remaining further first last early earliest later founding original current former previous "
    "next final initial".split()
)
# a body named by a collective noun: "a consortium of A, B and C", "the joint venture
# between A, B and C"; the noun as written in lower case (a capital starts a name: "the
# Group of Seven")
_BODY_NOUNS = (
    "consortium",
    "coalition",
    "alliance",
    "joint venture",
    "partnership",
    "syndicate",
    "bloc",
    "club",
    "league",
    "federation",
    "pool",
    "network",
    "panel",
    "bench",
    "cluster",
    "compact",
    "pact",
    "forum",
    "group",
    "committee",
    "task force",
    "taskforce",
)
_COLLECTIVE_BODY = "(?:" + "|".join(n.replace(" ", r"\s+") for n in _BODY_NOUNS) + ")"
_BODY_OF = re.compile(
    rf"(?:^|(?<=\s))(?-i:[Aa]|[Aa]n|[Tt]he|[Ii]ts|[Tt]heir)\s+(?P<mods>(?:(?:new|joint|three-way|four-way|five-way|[\w-]+-led)\s+)?"
    # lower-case words that say which body ("a cross-government working group of …")
    rf"(?:(?!(?:of|between|and|or|to|in|on)\s)(?-i:[a-z][\w-]*)\s+){{0,2}}?)(?P<noun>{_COLLECTIVE_BODY})"
    r"\s+(?:of|between)\s+(?=(?:the\s+)?[A-Z])"
)
# the last word of each: what a text must hold for _BODY_OF to match
_BODY_OF_WORDS = tuple(n.split()[-1] for n in _BODY_NOUNS)
# "of" after a body's noun ("the consortium of …", "the group of …") names the body, not
# some of a group
_SOME_OF = re.compile(
    rf"\b(?:{_COUNT}|some|most|many|several|few|none|each|any|both|either|neither|all\s+but\s+\w+|half|part|"
    r"among|amongst|"
    # "of" after a word that takes a share or one of a group ("the majority of", "a handful of",
    # "the largest of", "the first of"); after any other noun "of" says whose or what of the
    # group is meant ("residents of four islands (A, …)", "our comparison of the five
    # jurisdictions (A, …)", "a consortium of"), and the group is whole
    r"(?:part|portion|proportion|fraction|share|third|quarter|fifth|tenth|majority|minority|rest|remainder|bulk|"
    r"handful|number|couple|pair|selection|sample|subset|one|all|first|second|last|[a-z]{2,}est)\s+of)"
    r"\s+(?:of\s+)?$",
    re.I,
)
_PART_OF = re.compile(rf"\b(?:{_COUNT}|some|most|many|several|few|half|part)\s+of\s+$", re.I)
# whose the counted group is, between "of" and it: "three of Line 2's [14 stations]",
# "two of its [five plants]"
_OWNER = r"(?:\b(?:its|their|our|his|her)|(?<!\S)(?:[A-Z0-9][\w.&-]*\s+){0,3}[A-Z0-9][\w.&-]*['’]s?)"
_OWNER_END = re.compile(_OWNER + r"\s+$")


# "three of Line 2's 14 stations, A, B and C": some of an owner's counted group
_SOME_OF_OWNED = re.compile(
    rf"\b(?:{_COUNT}|some|most|many|several|few|half)\s+of\s+{_OWNER}\s+(?:[\w-]+\s+){{0,3}}?{_PLURAL}\s*,?\s*$",
    re.I,
)


# "of" / "among" opening the clause: nothing before it says how many of the group are meant
_LEADING_OF = re.compile(r"^\s*(?:[Oo]f|[Aa]mong(?:st)?)\s+$")


def _some_of(before: str) -> bool:
    """Does ``before`` end in "some of", "three of" (perhaps "three of Line 2's"): the
    counted group after it is a whole a part of which is named?"""
    if _LEADING_OF.match(before):
        return False  # "Of the six countries (A, …, F), those with …": the clause's part comes after
    if _SOME_OF.search(before):
        return True
    owner = _OWNER_END.search(before)
    return owner is not None and _SOME_OF.search(before[: owner.start()]) is not None


# "… from the G7 (A, B, …)", "the Quad (…)", "the consortium (…)": a named body before a
# parenthesis that lists its members
_NAMED_BODY_SHORT = re.compile(
    r"(?:^|(?<=\s))(?:(?P<the>the|The)\s+)?(?P<name>G\d{1,2}\+?|[A-Z][A-Z0-9&]{1,7}|(?<=the\s)[A-Z][a-z]+|"
    rf"(?<=[Tt]he\s){_COLLECTIVE_BODY})\s*$"
)
_NAMED_BODY_END = re.compile(
    r"(?P<the>[Tt]he)\s+(?P<name>(?:[A-Z][\w'’-]*\s+)(?:(?:of|for|and|the|on|&)\s+|[A-Z][\w'’-]*\s+){0,5}?[A-Z][\w'’-]*)\s*$"
)
_FOUNDER = re.compile(
    # (not "found", what someone found: "the faults inspectors found most often")
    # (nor "the Ardent Foundation", "the Water Initiative": bodies; "foundation members" are founders)
    r"\b(?:found(?:ed|ing|ers?)\b|foundation\s+members?\b|co-?found\w*|initiat(?!ives?\b)\w*|original|originally|"
    r"establish\w*|creat\w*|set\s+up|launch\w*)\b",
    re.I,
)
_SIGN = re.compile(r"\bsign\w*|\bratif\w*|\bendors\w*", re.I)
_ANCHORS = re.compile(
    # every anchor starts with one of these characters: tested first, a place that cannot
    # start one is passed over at once instead of trying the eight anchors in turn
    r"(?=[(:,\s—–])(?:"
    r"(?P<paren>\()"
    r"|(?P<colon>:)(?=\s)"
    # (a verb of what a whole is made of, after a comma, names the whole as "namely" does:
    # "a panel of three judges, comprising A, B and C")
    r"|(?P<namely>,?\s+(?:namely|viz\.|i\.e\.|that\s+is|(?:comprising|consisting\s+of|made\s+up\s+of|composed\s+of)(?=\s+(?:the\s+)?[A-Z]))[,:]?\s+)"
    # (a hyphen set between spaces is a dash in plain typing: "six members - A, B, … -")
    r"|(?P<dash>\s*(?:—|–|\s--)\s*|(?<=[\w,)’'])[ \t]-[ \t](?=(?:the\s+)?[A-Z]))"
    # (the members may be named by whose they are: "whose five members are the environment
    # ministries of A, B and C")
    r"|(?P<be>\s+(?:are|were)\s+(?:now\s+|currently\s+|today\s+)?(?:the\s+following:?\s+)?(?:(?:at|in|based\s+in|located\s+in|those\s+(?:at|of))\s+|"
    r"the\s+(?:[a-z-]+\s+){0,2}(?:ministries|governments|departments|agencies|administrations|authorities)\s+of\s+)?)(?=(?:the\s+)?[A-Z])"
    r"|(?P<by>\s+(?:was|were|is|are|has\s+been|had\s+been)\s+(?:(?:jointly|originally|first)\s+)?(?:(?:co-?)?founded|established|created|set\s+up|"
    r"launched|initiated|formed|signed|ratified|endorsed|joined)(?:\s+in\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)?\s+by\s+)(?=(?:the\s+)?[A-Z])"
    # (a place's preposition may open the list: "from four bases, at Caernarfon, Welshpool and …")
    # (or "those of", an apposition naming the counted things by whose they are: "its six
    # member banks, those of A, B, …")
    r"|(?P<comma>,\s+(?:(?:at|in|based\s+in|located\s+in|those\s+of)\s+)?)(?=(?:the\s+)?[A-Z])"
    r"|(?P<partial>,?\s+(?:including|such\s+as|like|among\s+them|among\s+which|amongst\s+them|notably|especially|"
    r"in\s+particular|e\.g\.,?|for\s+example,?|for\s+instance,?)\s+)(?=(?:the\s+)?[A-Z])"
    r")",
)

#: where an anchor may start: a character every anchor starts with (a colon or a comma
#: before a space), and after a space only the words an anchor may open with (a superset of
#: the anchors' openings). Python's ``re``
#: passes over the characters outside a pattern's first character class at once, which it
#: cannot do for ``_ANCHORS``'s leading lookahead: it tried the eight anchors at every
#: place; :func:`_anchor_matches` tries them only where this finds a place
_ANCHOR_START = re.compile(
    r"[(:,\s—–](?:(?<=[(—–])|(?<=[:,])(?=\s)|(?=\s*(?:[—–]|--|-[ \t]|namely|viz\.|i\.e\.|that\s+is|are|were|was|is|has\s+been|"
    r"comprising|consisting|made\s+up|composed|"
    r"had\s+been|including|such\s+as|like|among|notably|especially|in\s+particular|e\.g\.|for\s+example|"
    r"for\s+instance)))"
)


def _anchor_matches(text: str, s0: int, s1: int) -> Iterator[re.Match[str]]:
    """``_ANCHORS.finditer(text, s0, s1)``: the same matches, each tried only at a place
    ``_ANCHOR_START`` finds (no anchor matches an empty string, so each search goes on from
    the end of the last match, as ``finditer`` does)."""
    start = _ANCHOR_START.search
    anchor = _ANCHORS.match
    pos = s0
    while True:
        c = start(text, pos, s1)
        if c is None:
            return
        m = anchor(text, c.start(), s1)
        if m is None:
            pos = c.start() + 1
        else:
            yield m
            pos = m.end()


_HAVE = re.compile(
    r"^(?:the\s+|its\s+|their\s+|his\s+|her\s+|our\s+)?(?P<subj>[\w'’. -]{2,60}?)"
    # an aside set off by commas between the subject and its verb: ", formed in 2015,"
    r"(?:\s*,\s+(?:formed|founded|created|set\s+up|established|launched|based|which|headquartered)\b[^,;:]{1,60},)?"
    r"\s+(?:now\s+|still\s+|then\s+|already\s+)?(?:has|have|had|counts|counted|numbers|numbered|"
    r"comprises|comprised|includes|included|consists\s+of|consisted\s+of|brings\s+together|brought\s+together|"
    r"lists|listed|names|named|links|linked|joins|connects|connected|unites|united|groups|grouped|gathers|gathered|"
    r"hosts|hosted|operates|operated|runs|ran|owns|owned|covers|covered|was\s+founded\s+by|was\s+set\s+up\s+by|was\s+created\s+by|grew\s+to|has\s+grown\s+to|"
    r"(?:is|are|was|were)\s+(?:owned|run|backed|funded|financed|operated|led)\s+by)\s*$",
    re.I,
)


#: a word that picks some of a group, right before the count of a counted noun ("the other
#: two dimensions", "its remaining three partners", "the first four")
_WHICH_BEFORE_COUNT = re.compile(r"\b([a-z]+)\s*$", re.I)


def _which_ones(group: str, before: str) -> tuple[str, str]:
    """The group and the words before its count, a word that picks some of the group moved
    from those words into it ("we limit the other" + "dimensions": "other dimensions"): the
    list names those members, not the whole group (see :data:`SUBSET_WORDS`)."""
    m = _WHICH_BEFORE_COUNT.search(before)
    if m is None or m.group(1).lower() not in SUBSET_WORDS:
        return group, before
    return f"{m.group(1).lower()} {group}", before[: m.start()]


def _with_subject(group: str, before: str) -> str:
    """ "The pact has three founders (…)": the founders *of the pact*; "the other three
    founders" (:func:`_which_ones`) some of them."""
    group, before = _which_ones(group, before)
    m = _HAVE.match(before.strip())
    if (
        m
        and len(m.group("subj").split()) <= 8
        and not re.search(r"\b(?:we|i|you|they|it|he|she)\b", m.group("subj"), re.I)
    ):
        subj = m.group("subj").strip()
        return f"{group} of {'the ' if before.strip()[:4].lower() == 'the ' else ''}{subj}"
    return group


#: a phrase of when or where between a verb and its "by" ("founded in 2011 by", "signed in
#: Lisbon on 13 December 2007 by", "set up last year by")
_WHEN_WHERE = r"(?:\s+(?:(?:in|on|at|during|from|last|this|early|late)\s+[\w'’-]+(?:\s+(?-i:[A-Z0-9])[\w'’-]*){0,2}))?"
_FOUNDED_BY = re.compile(
    rf"\b(?:(?:co-?)?founded|set\s+up|created|established|launched|initiated){_WHEN_WHERE}{_WHEN_WHERE}\s+by\b", re.I
)
_SIGNED_BY = re.compile(rf"\b(?:(?:co-?)?signed|ratified|endorsed){_WHEN_WHERE}{_WHEN_WHERE}\s+by\b", re.I)


def _role_after(left: str, group: str, before: str = "") -> str:
    """The role of a group named after a verb ("founded by four cities: …", "signed by
    three operators: …": founders, signatories), else the role its own words give.
    ``before`` is the text before the group's clause when the verb's "by" ends it ("The
    trio was founded in 2011 by" + "four players: …")."""
    tail = before.rstrip()
    if re.match(r"all\s+(?:the\s+)?(?:[\w-]+\s+){0,2}members\b", group, re.I):
        return role_of(group)  # "signed by all Council members (…)": the whole membership, whatever it did
    if _FOUNDED_BY.search(left) or (f := _FOUNDED_BY.search(tail)) and f.end() == len(tail):
        return "founders"
    if _SIGNED_BY.search(left) or (g := _SIGNED_BY.search(tail)) and g.end() == len(tail):
        return "signatories"
    return role_of(group)


#: a past participle after a group's noun: "appointed", "chosen", "built", "made"
PARTICIPLE_AFTER_NOUN = _PARTICIPLE_AFTER_NOUN = re.compile(
    r"(?-i:[a-z]{3,}(?:ed|en)|[a-z]{2,}(?:wn|ld|lt|pt|ught|ade|one))"
)


def describe_group(group: str, role: str = "members") -> str:
    """How messages name what a list is of: "ports that handle the trade" as it stands, a
    group named by a name ("the station", "ILRS") as "members of the station"."""
    words = group.split()
    head: list[str] = []
    for w in words:
        if w.lower() in _POST_WORDS or w in _CLAUSE_PRONOUNS:
            break
        if head and _PARTICIPLE_AFTER_NOUN.fullmatch(w) and re.fullmatch(_PLURAL, head[-1]):
            break  # "commissioners appointed in 2022": what was done to them, after their noun
        head.append(w)
    if (
        words
        and words[0][:1].islower()
        and words[0] != "the"
        and head
        and len(head) <= 4
        and (re.fullmatch(_PLURAL, head[-1]) or head[-1] in ("people", "staff"))
    ):
        return group
    if head and len(head) <= 3 and (head[0] in ("most", "least") or re.fullmatch(r"[a-z]+est", head[-1])):
        return group  # a counted superlative with no noun: "3 most effective", "4 largest"
    return f"{role or 'members'} of {group}"


def role_of(text: str) -> str:
    if _FOUNDER.search(text):
        return "founders"
    if _SIGN.search(text):
        return "signatories"
    return "members"


_CLAUSE_PRONOUNS = frozenset("we they I you".split())
_POST_WORDS = frozenset(
    "of in on at from for with across along around that which who whose to by under behind beside into onto within "
    "between against towards toward about through over beyond among after before near nearest closest close next".split()
)  # (the prepositions of _POST_PREPOSITIONS, "of", "by" and the relative pronouns)
# adverbs that may open what follows a group's noun ("the four locks still in use")
_POST_ADVERBS = frozenset("still now currently then left remaining yet".split())


#: a range of small numbers ("1-5", "3–4"): neither end counts anything
_SMALL_RANGE = re.compile(r"(?<![\w.,])\d{1,2}[ \t]*[-–][ \t]*\d{1,2}(?![\w.,])")
_SENTENCE_CUT = re.compile(r"[.!?][\d\u00b9\u00b2\u00b3\u2070-\u2079]*[\"”’)\]]*\s+(?=[A-Z\"“])")


#: words before a count that only say it is the whole: "A total of four firms bid: …"
_A_TOTAL_OF = re.compile(rf"(?:a\s+total\s+of|all\s+told,?|altogether,?)\s+(?={_COUNT}\s)", re.I)


_WHOSE = r"(?P<det>(?:the\s+)?[\w.-]+(?:\s+[A-Z][\w.-]*){0,2}['’]s?(?=\s)|the|its|their|our|his|her)"
_BOTH_OF = re.compile(rf"\bboth\s+of\s+{_WHOSE}\s+", re.I)
_ALL_N_OF = re.compile(rf"\ball\s+(?P<n>{_COUNT})\s+of\s+{_WHOSE}\s+", re.I)


_COUNT_IN_ALL_ASIDE = re.compile(
    rf"\b(?P<det>the|its|their)\s+(?P<np>(?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*s)\s*(?:—|–|,|\()\s*(?P<n>{_COUNT})\s+"
    r"(?:in\s+all|in\s+total|altogether|all\s+told)\s*(?:—|–|,|\))\s*",
    re.I,
)


def _clean_left(left: str) -> str:
    lw = left.strip()
    cuts = [
        m.end()
        for m in _SENTENCE_CUT.finditer(lw)
        if not re.search(r"\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|No|U\.S|e\.g|i\.e|etc|vs)\.$", lw[: m.start() + 1])
    ]
    if cuts:
        lw = lw[cuts[-1] :]  # a sentence end the splitter missed ("… twice.5 Three countries …")
    lw = re.sub(r"\s*\((?:[^()]{1,40})\)", "", lw)  # "the Ports Association (NAPA)": an aside, not the group
    lw = _SMALL_RANGE.sub("range", lw)  # "a 1-5 rating scale": its 5 ends a range, no count
    intro = _INTRO.match(lw)
    if intro:
        lw = lw[intro.end() :]
    total = _A_TOTAL_OF.match(lw)
    if total:
        lw = lw[total.end() :]  # "A total of four firms bid:": four firms
    # "both of the trust's schools", "all three of its mills": the whole counted group, not a
    # share of it ("two of the three mills")
    # "the member states — five in all — in turn": the count put before its noun
    # (each of these three needs a count, "both" among them: words without one are left as
    # they are, and no cut below adds one)
    counted = _may_count(lw)
    if counted:
        lw = _COUNT_IN_ALL_ASIDE.sub(lambda m: f"{m.group('det')} {m.group('n')} {m.group('np')} ", lw)
        lw = _BOTH_OF.sub(lambda m: f"{m.group('det')} two ", lw)
        lw = _ALL_N_OF.sub(lambda m: f"{m.group('det')} {m.group('n')} ", lw)
    if counted and "," in lw and (source := _SOURCE_TAIL.search(lw)) is not None:
        # "Six states have yet to act, according to the latest tally:", "…, the regulator
        # says:": who counted them, no part of the group
        lw = lw[: source.start()]
    lead = re.match(
        r"^(?:[A-Z][^,;:()]{0,60},|(?:Later|Earlier|Today|Now|Then|Since\s+then|Meanwhile|Currently|Eventually|"
        rf"Finally|Recently|Initially|Originally))\s+(?=(?:the|its|their|our|these|all|(?i:{_COUNT}))\s)",
        lw,
    )
    if lead:
        lw = lw[lead.end() :]  # "As agreed, the host cities …", "Before work starts, three agencies …"
    # "six clubs since 2015:", "four members so far:": when, not which
    if counted and _may_end_in_time(lw) and (when := _TIME_AFTER_NOUN.search(lw)) is not None:
        lw = lw[: when.start("time")]
    return lw.strip().rstrip(",").strip()


#: who gives a count, after a comma at the end of its clause: "…, according to the
#: Commission's latest tally", "…, the regulator says", "…, by the union's count"
_SOURCE_TAIL = re.compile(
    r",\s+(?:according\s+to\s+[^,;:()]{1,80}"
    r"|by\s+(?:the\s+|its\s+|their\s+|our\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,4}\s+(?:count|tally|reckoning|estimate)"
    r"|(?:the\s+|its\s+|their\s+)?(?:[\w'’.-]+\s+){0,4}?(?-i:[a-z]+)\s+(?:says|said|reports|reported|estimates|finds|found|counts|counted)"
    r")\s*$"
)


def _may_end_in_time(text: str) -> bool:
    """Can ``_TIME_AFTER_NOUN`` match ``text``: does it end (before its closing spaces) with
    a digit or the last word of one of the pattern's words of time?"""
    tail = ignorecase_fold(text.rstrip()[-8:])
    return tail[-1:].isdigit() or tail.endswith(_TIME_ENDS)


#: the last words of ``_TIME_AFTER_NOUN``'s words of time, in lower case
_TIME_ENDS = ("far", "date", "present", "year", "today", "now")
#: words of time after a counted noun, before the list: "the same six clubs since 2015",
#: "four partners in 2024", "three members so far" (they date the list, not the group)
_TIME_AFTER_NOUN = re.compile(
    rf"\b{_COUNT}\s+(?:(?![\w-]*(?:s|ed)\s)[\w-]+\s+){{0,2}}?[a-z][\w-]*[a-z]s(?P<time>\s*,?\s+(?:(?:since|in|from|until|by|as\s+of|"
    r"at\s+the\s+(?:start|end)\s+of)\s+(?:(?:early|mid|late)[- ]?)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d(?:[–-]\d{2,4})?|"
    r"so\s+far|to\s+date|at\s+present|this\s+year|last\s+year|today|now))\s*$",
    re.I,
)


#: a participle opening the words after a group's noun ("named in the law", "banned outdoors in 2018")
_PARTICIPLE_POST = re.compile(
    rf"\s*{_PARTICIPLE}(?:\s+(?:[a-z]{{3,}}\s+)?(?:in|by|under|on|at|for|from|since|until|after|before)\s|\s*,?\s*$)"
)


#: an adjective and its object after a noun: "responsible for most closures", "most dependent on tourism"
_ADJECTIVE_POST = re.compile(
    r"\s*(?:(?:most|least|more|less)\s+)?[a-z]{3,}(?:ble|ant|ent|ive|ous)\s+(?:for|to|in|on|with|of|from|about)\s"
)


def _group_text(*given: str) -> str:
    parts = list(given)
    if (
        len(parts) == 3
        and parts[2]
        and parts[2].split()
        and parts[2].split()[0].lower() not in _POST_WORDS | _POST_ADVERBS
        and not _PARTICIPLE_POST.match(parts[2])  # "named in the law", "banned outdoors in 2018"
        and not re.match(r"\s*[a-z]{3,}ing\s", parts[2])  # "carrying the largest liabilities"
        and not _ADJECTIVE_POST.match(parts[2])  # "responsible for most closures"
    ):
        parts[2] = "that " + parts[2].strip()  # "ports handle the trade" → "ports that handle the trade"
    g = " ".join(p.strip() for p in parts if p and p.strip())
    g = re.sub(r"\s+", " ", g).strip(" ,")
    return g


_DASH_END = re.compile(r"\s*(?:—|–|\s--)\s*|(?<=\w)[ \t]-[ \t](?=[a-z])")


class _Group(NamedTuple):
    """What an anchored list is a list of, read from the words before it."""

    text: str | None
    declared: int | None
    complete: bool
    head: str
    np_: re.Match[str] | None = None
    # a body named before a parenthesis ("the G7 (…)"): "countries" when its list must name
    # countries alone (a name or an acronym may be anything: "HTTP (GET, POST and PUT)"),
    # "names" when a collective noun names it ("the consortium (…)"), "counted" when its name
    # ends in a count ("the Big Four (…)": its members may be firms, its count is declared)
    named: str | None = None


def _clause_start(text: str, s0: int, i: int, kind: str | None) -> int:
    """Where the clause that ends at the anchor ``text[i]`` starts (after ";", "(", ": " …)."""
    cs = s0
    # a short aside inside the clause ("three drugs for migraine (CM): …") does not end it
    # (_clean_left drops it from the group's words)
    clause = _SHORT_ASIDE.sub(lambda m: " " * len(m.group(0)), text[s0:i])
    for sep in (";", "(", ")") if kind not in ("paren", "comma") else (";", ")") if kind == "paren" else (";",):
        k = clause.rfind(sep)
        if k >= 0 and s0 + k + 1 > cs:
            cs = s0 + k + 1
    if kind != "colon":
        k = clause.rfind(": ")
        if k >= 0 and s0 + k + 2 > cs:
            cs = s0 + k + 2
    if kind in ("be", "colon", "paren", "dash") and (whose := list(_WHOSE_OPENING.finditer(clause))):
        # "…, the Working Group, whose five members are A, B and C": the relative clause
        # holds the count of the members listed
        cs = max(cs, s0 + whose[-1].end())
    if kind == "colon" and (rel := list(_RELATIVE_OPENING.finditer(clause))):
        # "…, after a tender in which three consortia bid: A, B and C": the relative clause
        # holds the count and what its members did
        cs = max(cs, s0 + rel[-1].end())
    return cs


_WHOSE_OPENING = re.compile(r",\s+whose\s+(?=\S+\s)")
#: the body a relative "whose" clause is of, a name or "the" and a noun: "the Carpathian
#: Working Group, whose …", "The board, whose …"
_WHOSE_OWNER = re.compile(
    r"(?:^|(?<=\s))(?P<owner>(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+){0,5}[A-Z][\w'’-]*|[Tt]he\s+[a-z][\w-]*)\s*,\s+whose\s+$"
)
_RELATIVE_OPENING = re.compile(r"\b(?:in|at|for|from|by|during|under)\s+which\s+(?=(?:the\s+)?\S+\s)")


_SHORT_ASIDE = re.compile(r"\([^()]{1,40}\)")


def _counted_apposition(left: str) -> bool:
    """ "The pact has three members, Chile, Peru and Ghana, and …": only after a count, and
    not "the four largest cities of Auckland, Christchurch, …" (where "of" opens the list)."""
    ap = _appos(left)
    if not ap or ap.group("approx") or _some_of(left[: ap.start()]) or _SOME_OF_OWNED.search(left):
        return False
    return not re.match(r"\s+of\s+(?!the\b)[A-Z]", ap.group("post") or "")


def _counted_name(left: str) -> bool:
    """ "the Big Four, A, B and C, …": a body whose name ends in its count, then its members."""
    body = _named_body(left, True)
    return body is not None and body.named == "counted" and left.endswith(body.head.strip())


def _owned_apposition(left: str) -> bool:
    """ "The consortium's partners, A, B and C, have asked …", "The owners of the line, A, B
    and C, agreed …": a determined group noun, a kind of member, before the list."""
    if _PARTIAL_WORDS.search(left) or _SOME_OF_OWNED.search(left):
        return False
    np_ = _NP.match(left)
    if np_ is not None and np_.group("owner"):
        return True
    # a definite plural of any noun names a group too, wherever it ends the clause ("the
    # stations, A, B, C and D, have …", "Residents of the pilot islands, A, B, C and D,
    # saved …"), with three members or more (see _anchored)
    if np_ is not None and re.match(r"(?:the|its|their)\s", left, re.I):
        return True
    return _DEFINITE_NP_END.search(left) is not None


def _anchor_region(text: str, m: re.Match[str], kind: str | None, s1: int) -> tuple[tuple[int, int], bool] | None:
    """Where the list after the anchor may stand, and whether that region holds it alone."""
    i = m.start()
    if kind == "paren":
        depth = 0
        close = -1
        for j in range(i, min(len(text), i + 600)):
            if text[j] == "(":
                depth += 1
            elif text[j] == ")":
                depth -= 1
                if depth == 0:
                    close = j
                    break
        if close == -1:
            return None
        region, closed = (m.end(), close), True
    elif kind == "dash":
        nd = _DASH_END.search(text, m.end(), s1)
        region, closed = ((m.end(), nd.start()), True) if nd else ((m.end(), s1), False)
    else:
        end = s1
        while end > m.end() and text[end - 1] in " \n":
            end -= 1
        if end > m.end() and text[end - 1] in ".!?":
            end -= 1
        region, closed = (m.end(), end), False
    lead_in = re.match(r"\s*(?:those|that)\s+of\s+", text[region[0] : region[1]])
    if lead_in and kind in ("colon", "dash", "namely", "comma"):
        region = (region[0] + lead_in.end(), region[1])  # "four banks: those of China, …"
    place = _PLACE_LEAD_IN.match(text, region[0], region[1])
    if place and kind == "colon":
        region = (place.end(), region[1])  # "four depots: at A, B and C", as after a comma
    return region, closed


#: "at" opening a list after a colon: "the four yards it kept: at A, B and C" (sites at
#: places, one each; not "in", where what is counted may be many to a place: "six workshops:
#: in Leeds, York and Hull")
_PLACE_LEAD_IN = re.compile(r"\s*(?:at|based\s+at|located\s+at)\s+(?=(?:the\s+)?[A-Z])")


def _owned(group: str, owner: str) -> str:
    return f"{group} of {'the ' if owner[:1].islower() else ''}{owner}"


def _group_of_apposition(
    text: str,
    kind: str | None,
    left: str,
    ap: re.Match[str],
    region: tuple[int, int],
    closed: bool,
    s1: int,
    complete: bool,
) -> _Group:
    """ "the three founders (A, B and C)", "three countries — A, B and C — voted against"."""
    group = _group_text(ap.group("adj"), ap.group("noun"), ap.group("post") or "")
    count = None if ap.group("approx") else _count(ap.group("count"))
    if kind == "paren" and _OTHER_PLURAL_END.search(ap.group("post") or ""):
        count = None  # "five visits to the sites (A, B and C)": the sites, not the visits, perhaps
    # words before the count ("including the three founders (…)") do not touch it
    # (a superlative's "most" after a count is no share: "the four most-requested languages")
    if _PARTIAL_WORDS.search(_group_text(_SUPERLATIVE_MOST.sub("", ap.group("adj")), _post_words(ap))) or ap.group(
        "approx"
    ):
        complete = False  # "more than five countries (A, B and C)": some of them
    if ap.group("owner"):
        group = _owned(group, ap.group("owner"))
    else:
        group = _with_subject(group, left[: ap.start()])
    if (
        kind in ("paren", "dash")
        and ap.start() == 0
        and not ap.group("post")
        and closed
        and not ap.group("owner")
        and " of " not in group
    ):
        # "Three countries (A, B and C) voted against the motion": what they did is the group
        after = region[1] + 1
        if kind == "dash":
            nd = _DASH_END.match(text, region[1])
            after = nd.end() if nd else after
        pred = re.match(r"\s*([a-z][^.;:()!?]{0,80})", text[after:s1])
        if pred and len(pred.group(1).split()) <= 10:
            group = _group_text(ap.group("adj"), ap.group("noun"), pred.group(1).split(",")[0])
    return _Group(group, count, complete, ap.group(0))


_PLURAL_END = re.compile(rf"(?<![\w-]){_PLURAL}\s*$")
#: a place's preposition and a determined plural noun after a counted noun: what a
#: parenthesis after them may list instead of the things counted ("five visits to the
#: sites (…)"; not a relative clause's object, "the three yards that build its destroyers (…)")
_OTHER_PLURAL_END = re.compile(
    rf"^\s+(?:to|at|in|on|from|across|along|around|behind|with)\s+(?:the|these|those|its|their|our)\s+(?:[a-z-]+\s+)?{_PLURAL}\s*$"
)


def _paren_lead_count(left: str) -> re.Match[str] | None:
    """The count leading the sentence that a parenthesis lists, when no nearer plural noun
    can own the parenthesis: "Six states have cut their grants since 2023 (A, B, …)"."""
    near = _PLURAL_END.search(left)
    lead = _LEAD_COUNT.match(left)
    if near is None:
        return lead
    # "Three carriers hold most of the slots (A, B, C and D)": the nearer plural is a share
    # of a whole ("most of the …"), not things to name, and the counted subject is a kind of
    # member ("Three firms make chips for phones (…)" stays the phones')
    if (
        lead
        and near.start() > lead.end("noun")
        and re.match(_GROUP_NOUNS, lead.group("noun"), re.I)
        and not re.match(_GROUP_NOUNS, near.group(0).strip(), re.I)
        and _SHARE_OF_END.search(left)
    ):
        return lead
    return None


def _lead_count_group(lc: re.Match[str], left: str, complete: bool, np_: re.Match[str] | None) -> _Group:
    """ "Three countries voted against: A, B and C": the count leading the sentence and
    what its members did; some of them only when a partial word comes with them."""
    group = _group_text(lc.group("adj"), lc.group("noun"), lc.group("pred"))
    count = None if lc.group("approx") else _count(lc.group("count"))
    if _PARTIAL_WORDS.search(_group_text(lc.group("adj"), _said_of_group(lc.group("pred")))):
        return _Group(group, None, False, left, np_)
    return _Group(group, count, complete, left, np_)


_RELATIVE_POST = re.compile(r"\s+(?:that|which|who|whose|(?-i:[a-z]{3,}(?:ed|en))\s+by)\s", re.I)


def _noun_phrase_group(kind: str | None, left: str, np_: re.Match[str], complete: bool) -> _Group:
    """The group a plural noun phrase names ("the partners of the pact (…)"), or the body
    named last when the noun is no group ("leaders from the G7 (A, B, …)")."""
    if (
        kind == "paren"
        and not re.match(_GROUP_NOUNS, np_.group("noun"), re.I)
        # a body in a relative clause after the noun is no owner of the parenthesis: "the
        # lenders whose loans count for the HFA (A, B, …)", "the labs accredited by the TSB (…)"
        and not _RELATIVE_POST.match(np_.group("post") or "")
    ):
        body = _named_body(left, complete)
        if body is not None:
            return body
    group = _group_text(np_.group("adj"), np_.group("noun"), np_.group("post") or "")
    if np_.group("owner"):
        group = _owned(group, np_.group("owner"))
    return _Group(group, None, complete and not _PARTIAL_WORDS.search(left), left, np_)


#: a counted plural and the first of the places it is in, before a comma ("29 short
#: interviews in Jacksonville", "offices at Leeds"): the list that follows names places
_PLACES_AFTER_COUNT = re.compile(
    r"\b\d[\d,]*\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+s\s+(?:in|at|across)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}$"
)


def _group_of_noun(
    text: str, kind: str | None, left: str, region: tuple[int, int], closed: bool, s1: int, complete: bool
) -> _Group | None:
    """The group before a colon, a dash, a parenthesis, "namely" or "are": a counted plural
    noun, a count leading the sentence, a plural noun phrase or a clause with a plural."""
    if kind == "comma" and _PLACES_AFTER_COUNT.search(left):
        return None  # "29 interviews in Jacksonville, Kansas City, …": where they were, not what
    ap = _appos(left)
    if kind == "paren" and ap is None:
        # "Early results from the pilot (A, B, C and D)": a definite singular noun right
        # before the parenthesis is what it is made of, nearer than a plural before it
        ds = _DEFINITE_SINGULAR_END.search(left)
        if (
            ds
            and not _PARTIAL_WORDS.search(ds.group(0))
            and _named_body(left, complete) is None
            and _paren_lead_count(left) is None  # "Five orchestras lost their grant (…)": the five
        ):
            return _Group(" ".join(ds.group("np").split()), None, complete, ds.group(0), None, "names")
        # "Rangers in the pilot parks (A, B, C and D) said …", "signed by all Council members
        # (…)": a definite plural right before the parenthesis, after a preposition, is what it
        # lists, nearer than the plural the clause opens with
        dp = _DEFINITE_PLURAL_AFTER_PREPOSITION.search(left)
        if (
            dp
            and not _PARTIAL_WORDS.search(dp.group("np"))
            and not re.search(r"\bother\b", dp.group("np"), re.I)
            and _paren_lead_count(left) is None
        ):
            group = " ".join(dp.group("np").split())
            if dp.group("owner"):
                group = _owned(re.sub(r"^(?:the\s+)?\S+['’]s?\s+", "", group), dp.group("owner"))
            return _Group(group, None, complete, dp.group("np"), None, "definite")
    if kind in ("paren", "dash") and (sup := _COUNTED_SUPERLATIVE.search(left)):
        # "The four largest (A, B, C and D) now hold …": a counted superlative with no noun,
        # the group its members top (the noun was named before)
        return _Group(" ".join(sup.group("sup").split()), _count(sup.group("count")), complete, sup.group(0))
    if kind == "paren":
        lc = _paren_lead_count(left)
    else:
        lc = _LEAD_COUNT.match(left) if kind in ("colon", "dash", "namely") else None
    np_ = _NP.match(left) if kind in ("be", "paren", "namely", "dash", "colon", "comma") else None
    if (
        kind == "comma"
        and not ap
        and not (np_ and (np_.group("owner") or re.match(r"(?:the|its|their)\s", left, re.I)))
    ):
        # "Residents of the pilot islands, A, B, C and D, saved …": the definite plural that
        # ends the clause is the group (see _owned_apposition)
        dn = _DEFINITE_NP_END.search(left)
        if dn:
            return _Group(" ".join(dn.group("np").split()), None, complete, dn.group(0), None)
    if ap and (_some_of(left[: ap.start()]) or _SOME_OF_OWNED.search(left)):
        return None  # "two of the three protocols — A and B": some of a counted group
    if ap and (kind != "be" or ap.start() == 0):
        return _group_of_apposition(text, kind, left, ap, region, closed, s1, complete)._replace(np_=np_)
    if lc and len(lc.group("pred").split()) <= 14:
        return _lead_count_group(lc, left, complete, np_)
    if kind == "be":
        cs_ = _COUNTED_SUBJECT.match(left)
        if cs_ and not _some_of(left[: cs_.start("count")]):
            # "the four most crowded [prisons] [last year] were A, B, C and D": a counted subject,
            # its noun or only its adjectives, and a time or a place after it
            group = " ".join(cs_.group("rest").split())
            # "most" of a superlative ("the four most crowded") is no share ("most of them")
            partial = cs_.group("approx") or _PARTIAL_WORDS.search(re.sub(r"\b(?:most|least)\s+(?!of\b)", "", group))
            return _Group(group, None if partial else _count(cs_.group("count")), complete and not partial, left)
    if np_:
        return _noun_phrase_group(kind, left, np_, complete)
    if kind in ("colon", "namely") and _HAS_PLURAL.search(left) and len(left.split()) <= 16:
        return _Group(left, None, complete and not _PARTIAL_WORDS.search(left), left, np_)
    if kind == "be" and not ap:
        # "The resort towns most affected by the cap were A, B, C and D": a definite plural
        # noun and what narrows it, the whole subject of "were"
        dn = _DEFINITE_NP_END.search(left)
        if dn and dn.start() == 0 and not _PARTIAL_WORDS.search(re.sub(r"\b(?:most|least)\s+(?!of\b)", "", left)):
            return _Group(" ".join(dn.group("np").split()), None, complete, left, np_)
    if kind in ("paren", "dash", "colon", "comma"):
        # "the G7 (A, B, …)", "the MED5 — A, B, … —", "the Quad: A, B, …", "the Big Four, A, B, …"
        body = _named_body(left, complete)
        if body is not None and (kind == "paren" or body.named in ("countries", "counted")):
            if kind != "comma" or body.named == "counted":
                return body
    if kind == "colon" and _KEY_LABEL.match(left) and re.match(r"\s*(?:[-*•]\s*)?" + re.escape(left) + r"\s*:", text):
        # a key-facts label opening its line: "Panel: Judge A, Judge B and Judge C"
        return _Group(left, None, complete and not _PARTIAL_WORDS.search(left), left, np_)
    if kind == "paren":
        # "the prisons most under pressure (A, B, C and D)", "The islands under the heaviest
        # pressure (…)": a definite plural noun and what narrows it, then its members
        dn = _DEFINITE_NP_END.search(left)
        if dn and not _PARTIAL_WORDS.search(re.sub(r"\b(?:most|least)\s+(?!of\b)", "", dn.group(0))):
            group = " ".join(dn.group("np").split())
            if dn.group("owner"):
                group = _owned(re.sub(r"^\S+['’]s?\s+", "", group), dn.group("owner"))
            return _Group(group, None, complete, dn.group(0), None, "definite")
    return None


#: a definite count and a superlative with no noun, the whole clause before a parenthesis
#: or a dash: "The four largest", "its three most profitable", "the two least used"
_COUNTED_SUPERLATIVE = re.compile(
    rf"^(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?P<count>{_COUNT})\s+(?P<sup>(?:most|least)\s+[a-z][\w-]+|(?-i:[a-z]{{2,}}est))\s*$",
    re.I,
)
_DEFINITE_SINGULAR_END = re.compile(
    # (a name may say which: "the Nordic copper pilot group (A, B, C and D)")
    r"(?:^|(?<=\s))(?P<np>(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[A-Z][a-z]+\s+(?=[A-Z]?[a-z])){0,2}(?:[a-z][\w-]*\s+){0,2}(?![\w-]*(?:s|ly)\b)[a-z][\w-]{2,})\s*$"
)


# a counted subject before "are" / "were": "the four most crowded", "The four most visited islands
# last year", "its three largest yards in 2024"; adjectives (a superlative's "most" among them),
# the noun if any, and up to four words of time or place
_COUNTED_SUBJECT = re.compile(
    rf"^(?:(?:In|During|Over|Across|Of|Among|For)\s+[^,]{{1,40}}?,?\s+)??{_DET}{_APPROX}?(?P<count>{_COUNT})"
    rf"(?P<rest>(?:\s+[a-z][\w-]*)(?:\s+[a-z\d][\w-]*){{0,8}})\s*$",
    re.I,
)
# a key-facts label: one to four words, a capital first, no digits, no sentence ("Panel",
# "Member states", "Ports of call")
_KEY_LABEL = re.compile(r"^[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}$")
# a definite plural noun phrase ending a clause, with up to five words that narrow it ("the
# prisons most under pressure", "The locks most in need of repair", "the consortium's member
# countries")
_DEFINITE_NP_END = re.compile(
    rf"(?:^|(?<=\s))(?P<np>(?:The\s+|{_DET})(?:[a-z][\w-]*\s+){{0,2}}?{_PLURAL}(?:\s+[a-z][\w-]*){{0,5}}?)\s*,?\s*$"
)
#: a preposition and a definite plural noun phrase ending the clause, the noun last and up
#: to two words before it ("in the pilot parks", "by all Council members", "from the
#: league's clubs"): what a parenthesis right after it lists
_DEFINITE_PLURAL_AFTER_PREPOSITION = re.compile(
    r"(?<=\s)(?-i:in|at|from|of|for|to|with|by|on|across|between|among|within|under|behind|against)\s+"
    rf"(?P<np>(?:all\s+)?{_DET}(?:[\w-]+\s+){{0,2}}?{_PLURAL}|all\s+(?:[\w-]+\s+){{0,2}}?{_PLURAL})\s*$"
)
_NOUN_PHRASE_END = re.compile(rf"(?<![\w-])(?:{_DET}?(?:[\w-]+\s+){{0,3}}?{_PLURAL})\s*,?\s*$", re.I)


def _named_body(left: str, complete: bool) -> _Group | None:
    """ "… leaders from the G7 (A, B, …)", "the Quad (…)", "the consortium (…)": a body named
    by an acronym, an organisation's name or (after "the") a collective noun."""
    m = _NAMED_BODY_SHORT.search(left)
    if m is None:
        # "the Baltic Grid Alliance": the name after the last "the" that starts one
        for the in reversed(list(re.finditer(r"(?:^[Tt]he|(?<=\s)the)\s+(?=[A-Z])", left))):
            m = _NAMED_BODY_END.match(left, the.start())
            if m:
                break
    if m is None:
        return None
    name = m.group("name")
    if name[:1].islower():
        if not m.group("the"):
            return None
        kind = "names"
    elif (
        " " in name
        and (recognise(name) or ("", ""))[0] != "organisation"
        and not (name.split()[-1].lower() in _NUMBER_WORDS or name.split()[-1].isdigit())
    ):
        return None  # "Northern Europe (…)": a place, not a body with members ("the Pacific Four" is one)
    elif " " in name and name.split()[-1].lower() in _NUMBER_WORDS:
        kind = "counted"  # "the Big Four (…)": its count says how many, its members may be firms
    else:
        kind = "countries"
    before = left[max(0, m.start() - 30) : m.start()]
    partial = _PARTIAL_WORDS.search(before) or _PART_OF.search(before)
    group = f"the {name}" if m.group("the") else name
    return _Group(group, None, complete and not partial, m.group(0), None, kind)


def _anchor_group(
    text: str, kind: str | None, left: str, region: tuple[int, int], closed: bool, s1: int, complete: bool
) -> _Group | None:
    """What the list is a list of, or ``None`` when the words before it name no group."""
    if kind == "by":
        # "The pact was founded by Chile, Peru and Ghana"
        if len(left.split()) > 8 or not left[:1].isupper() and not left.lower().startswith("the "):
            return None
        return _Group(left, None, complete and not _PARTIAL_WORDS.search(left), left)
    if kind == "partial":
        np_ = _NOUN_PHRASE_END.search(left)
        return _Group(np_.group(0), None, False, left, np_) if np_ else None
    return _group_of_noun(text, kind, left, region, closed, s1, complete)


def _anchored_record(
    text: str, m: re.Match[str], cs: int, left: str, grp: _Group, count: int | None, parsed: dict[str, Any]
) -> dict[str, Any]:
    """The record of a list found after an anchor, its span from the group's words."""
    kind = m.lastgroup
    i = m.start()
    items = parsed["items"]
    start = cs + (len(text[cs:i]) - len(text[cs:i].lstrip()))
    hs = text.rfind(grp.head.strip(), cs, i) if grp.head else -1
    if hs >= 0:
        start = hs
    end = items[-1][1]
    if kind == "paren" and text[end : end + 1] == ")":
        end += 1
    group = grp.text
    return {
        "start": start,
        "end": max(end, items[-1][1]),
        "group": group if kind == "by" else re.sub(r"^the\s+", "", group or "", flags=re.I),
        "members": tuple(rec[1] for _, _, rec in items),
        "raw_members": tuple(text[a:b] for a, b, _ in items),
        "declared_count": count,
        "complete": grp.complete,
        "role": role_of(m.group(0)) if kind == "by" else _role_after(left, group or "", text[max(0, cs - 60) : cs]),
        "items_span": (items[0][0], items[-1][1]),
        "ambiguous": parsed["ambiguous"],
    }


#: a counted noun's words ending in a place's preposition and a name, before the comma of
#: an apposition: "the three inlets of the lagoon at Lido, …", "four depots in Brinley, …",
#: "39 buoys in the Pacific, the Atlantic and …"
_PLACE_NAME_END = re.compile(
    r"\s(?:at|in|across|near|along|around|from|on)\s+(?:the\s+)?(?P<name>(?!The\b)[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s*$"
)


def _place_first(text: str, cs: int, i: int, items: list[Any], count: int) -> tuple[list[Any], int | None, str]:
    """The items of a counted apposition whose noun ends in a place's preposition and a
    name ("the three inlets of the lagoon at Lido, Malamocco and Chioggia"): that name may
    be the list's first member or where the things counted are. Read with it when the
    count then agrees; otherwise the count is not compared (a count of things and the
    places they are in, "five interviews in Leeds, Cardiff and Derry")."""
    pm = _PLACE_NAME_END.search(text, cs, i)
    if pm is None:
        return items, count, ""
    rec = _member(pm.group("name"), True)
    if rec is None or count != len(items) + 1:
        return items, None, ""
    return [(pm.start("name"), pm.end("name"), rec), *items], count, pm.group(0).strip()


#: a transcript's speaker label, a person's name alone before the colon that opens their
#: words ("Mike Lund: …"); the names after it that the speech goes on from are people
#: addressed ("Ana, Rui or Eva, any questions?"), not a group's members
_SPEAKER_LABEL = re.compile(r"\s*(?-i:[A-Z][a-z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){1,3}\s*")
_SPEECH_GOES_ON = re.compile(r",\s+(?-i:[a-z])")
#: the last word of a body's name, which a label of its members may end in ("Port Board:")
_BODY_HEADS = frozenset(
    """board trust council group committee commission alliance union panel team partners members
    consortium coalition forum network league association federation foundation authority agency
    bank fund company institute ministry office club society""".split()
)


#: a parenthesis that opens with where or whom the things counted came from ("replies to
#: both threads (from A, B and C)", "three grants (by the city, the county and a trust)"):
#: its names are their sources or authors, not the things counted
_IN_PLACES_OPENING = re.compile(r"\s*(?:in|across|throughout)\s+(?:the\s+)?[A-Z]")
_IN_PLACES_AFTER_BE = re.compile(r"\b(?:in|based\s+in|located\s+in)\s+$")
_SOURCE_OPENING = re.compile(r"\s*(?:from|by)\s", re.I)


#: a counted noun that goes to other things before the list ("five visits to the sites"):
#: the names after it may be those things
_TO_PLACES_END = re.compile(r"\b(?:to|towards|into)\s+(?:the|its|their)\s+(?:[a-z-]+\s+){0,2}[a-z-]+s\s*$")


_AMONG_THE = re.compile(r"^(?:Among|Amongst)\s+(?=the\s)")


#: a share taken of a determined group: "one of the", "two of its", "some of the port's"
_SHARE_OF_GROUP = re.compile(
    rf"\b(?:{_COUNT}|one|some|most|many|several|few|none|each|any|either|neither)\s+of\s+"
    r"(?=(?:the|its|their|our|(?-i:[A-Z])[\w.&-]*['’]s?)\s)",
    re.I,
)


def _last_share_of(left: str) -> int | None:
    """Where the determined group after the last share word of ``left`` starts ("the
    borough's three pools" in "to close one of the borough's three pools"), else None."""
    found = list(_SHARE_OF_GROUP.finditer(left))
    return found[-1].end() if found else None


#: a counted pick from a larger counted pool, right before a list: "three winners from 64
#: entries", "two finalists out of 40 bids", "five sites among the 30 visited"
_PICKED_FROM = re.compile(
    rf"(?P<picked>\b(?P<n>{_COUNT})\s+(?:(?-i:[a-z][\w-]*)\s+){{0,2}}?(?-i:[a-z][\w-]*s))\s+(?:from|out\s+of|among)\s+"
    rf"(?:the\s+|some\s+|about\s+|over\s+|more\s+than\s+|nearly\s+)?(?P<pool>{_COUNT}|\d{{1,3}}(?:,\d{{3}})*)\s+"
    r"(?:(?-i:[a-z][\w-]*)\s+){0,3}?(?-i:[a-z][\w-]*)\s*$",
    re.I,
)


#: a date that ends the clause before a colon: "on 14 March 2025", "in May 2024", "last year"
_CLAUSE_DATE_END = re.compile(
    r",?\s+(?:(?:on|in|during)\s+(?:(?:early|mid|late)[- ]?)?(?:\d{1,2}\s+)?"
    r"(?:(?-i:[A-Z][a-z]+)\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d\d|last\s+year|this\s+year)\s*$",
    re.I,
)
#: a clause of time or condition closing the words before a colon: "has four powers at its
#: disposal when a tenant falls behind:", "uses three tools if a strike is called:" (when the
#: things counted before it are used; the list after the colon names them)
_CLAUSE_WHEN_END = re.compile(
    r",?\s+(?:when|whenever|once|if|unless)\s+(?-i:[a-z][\w'’-]*)(?:\s+(?-i:[a-z][\w'’-]*)){1,8}\s*$"
)
#: a verb of choosing some from a pool: "selected", "chose", "shortlisted", "picked"
_CHOOSING = re.compile(
    r"\b(?:select|chose|choos|pick|shortlist|award|nominat|nam(?:e|ed|ing)\b|admit|accept)\w*\s", re.I
)


def _large_pool(picked: re.Match[str]) -> bool:
    """Is the pool of a pick large beside it ("three winners from 64 entries"), as a field of
    entries is, not a few sources the ones picked came from ("two experts from four
    universities", which the list may name)?"""
    n = _count(picked.group("n")) or 0
    pool = _count(picked.group("pool")) or int(picked.group("pool").replace(",", ""))
    return n >= 1 and pool >= 10 and pool >= 3 * n


#: a dash that may open a list no second dash closes: spaced, or a word in lower case after it
_OPEN_DASH = re.compile(r"(?:\s.*|.*\s|[—–][a-z])", re.S)


def _anchored(text: str, s0: int, s1: int) -> Iterator[dict[str, Any]]:
    """Lists introduced by a parenthesis, a colon, "namely", a dash, "are/were" or a
    partial-list word ("including", "such as") after a named group."""
    for m in _anchor_matches(text, s0, s1):
        kind = m.lastgroup
        i = m.start()
        cs = _clause_start(text, s0, i, kind)
        left = _clean_left(text[cs:i])
        if kind == "paren":
            # "Among the agencies that count (A, B, C, D and E), France …": the clause picks one
            # of the group the parenthesis lists whole (as "Of the six countries (…)" does)
            left = _AMONG_THE.sub("", left)
        whose = _WHOSE_OWNER.search(text, s0, cs)
        if kind == "colon" and (when := _CLAUSE_DATE_END.search(left)) is not None and when.start() > 0:
            # "Six parties signed the agreement on 14 March 2025: A, B, …": when they did it
            left = left[: when.start()]
        if kind == "colon" and (cond := _CLAUSE_WHEN_END.search(left)) is not None and cond.start() > 0:
            # "The board has four options when a tenant falls behind: A, B, …": when they apply
            left = left[: cond.start()]
        if (
            kind in ("colon", "paren", "dash")
            and _may_count(left)
            and (picked := _PICKED_FROM.search(left)) is not None
            and _CHOOSING.search(left[: picked.start()])
            and _large_pool(picked)
        ):
            # "selected three winners from 64 entries: A, B and C": the ones picked are listed
            left = left[: picked.end("picked")]
        if "of " in left:
            # "the pair of rival operators, A, B and C, …": the operators, two of them (the
            # count is read after, _collective_count)
            left = _COLLECTIVE_OF_NOUN.sub("the ", left)
        if not left or (
            kind == "comma" and not (_counted_apposition(left) or _owned_apposition(left) or _counted_name(left))
        ):
            continue
        where = _anchor_region(text, m, kind, s1)
        if where is None:
            continue
        region, closed = where
        parsed = parse_list(text, region[0], region[1], closed=closed, general=True)
        if parsed is None and (
            kind in ("paren", "colon", "namely")
            or (kind == "dash" and (closed or _OPEN_DASH.fullmatch(text, m.start(), m.end() + 1)))
        ):
            # "three priority crops — barley, oats and rye —", "…, namely hedging and walling"
            # (a dash no second dash closes opens a list to the sentence's end, as a colon does,
            # when it stands between words: not inside a code or a range, "OMB A–130", "M–05–04")
            parsed = _counted_things(text, kind, left, region, closed, s1)
        if parsed is None:
            continue
        items = parsed["items"]
        if (
            kind == "colon"
            and _SPEAKER_LABEL.fullmatch(text, s0, i)
            and text[s0:i].split()[-1].lower() not in _BODY_HEADS
            and _SPEECH_GOES_ON.match(text, parsed["end"])
        ):
            continue  # "Mike Lund: Ana, Rui or Eva, any questions?": a speaker addressing people
        if kind == "comma" and not re.match(r"\s*(?:[,.;)]|$)", text[parsed["end"] : parsed["end"] + 2]):
            continue  # "the last 18 months, HTTPS and HSTS use rose": no apposition closes
        if (
            kind == "comma"
            and not _counted_apposition(left)
            and not re.match(r",\s+(?:have\s+|has\s+|had\s+)?[a-z]", text[parsed["end"] : parsed["end"] + 12])
        ):
            continue  # an uncounted apposition stands before its verb: "The owners, A, B and C, agreed"
        grp = _anchor_group(text, kind, left, region, closed, s1, not parsed["partial"])
        if grp is None and kind in ("paren", "dash") and (share := _last_share_of(left)) is not None:
            # "to close one of the borough's three pools (A, B and C)": the parenthesis names the
            # whole counted group a share is taken of, when it names as many as the count
            whole = _anchor_group(text, kind, left[share:], region, closed, s1, not parsed["partial"])
            if whole is not None and whole.declared == len(items):
                grp = whole
        if kind == "colon" and (grp is None or grp.declared is None):
            grp = _of_counted_group(text[cs:i], not parsed["partial"]) or grp
        if kind in ("colon", "paren", "dash") and (grp is None or grp.declared is None) and not parsed["partial"]:
            grp = _body_sized_group(text[cs:i]) or grp  # "a jury of 5: A, B, …"
        if grp is None:
            continue
        if whose and grp.text and " of " not in grp.text and len(grp.text.split()) <= 3:
            # "the Working Group, whose five members are …": the members of the group
            owner = re.sub(r"^[Tt]he\s+", "", whose.group("owner"))
            grp = grp._replace(text=_owned(re.sub(r"^the\s+", "", grp.text, flags=re.I), owner))
        count = _open_count(parsed, grp.declared)
        min_items = 2 if count is not None else 3
        if len(items) < min_items:
            continue
        if count is not None and (count < 2 or count > 60):
            count = None
        if count is not None and kind in ("colon", "paren") and _TO_PLACES_END.search(left):
            count = None  # "five visits to the sites: A, B and C": the sites, perhaps, not the visits
        if count is not None and kind == "colon" and _IN_PLACES_OPENING.match(text, region[0]):
            count = None  # "five workshops: in Leeds, York and Hull": where they were, some to a place
        if (
            count is not None
            and kind == "be"
            and _IN_PLACES_AFTER_BE.search(m.group(0))
            and all(rec[0] == "country" for _, _, rec in items)
        ):
            count = None  # "The six ports are in Spain, Italy and Greece": where they are, some to a country
        if count is not None and kind == "paren" and _SOURCE_OPENING.match(text, m.end()):
            count = None  # "replies to both threads (from A, B and C)": who gave them, not the threads
        if kind == "comma" and count is not None:
            items, count, place = _place_first(text, cs, i, items, count)
            parsed = {**parsed, "items": items}
            if place and grp.text:  # "inlets of the lagoon at Lido": the name is a member, not the group's
                grp = grp._replace(text=" ".join(grp.text.replace(place, " ").split()))
            if count is None and len(items) < 3:
                continue  # "39 buoys in the Pacific, the Atlantic and …": places, and too few for a list
        if (
            count is None
            and kind == "paren"
            and not grp.named
            and not (grp.np_ and re.search(_GROUP_NOUNS, grp.np_.group("noun"), re.I))
            and not (
                grp.np_
                and (grp.np_.group("owner") or re.match(r"the\s", grp.np_.group(0), re.I))
                and (_AGENT_NOUN.match(grp.np_.group("noun")) or _definite_of_names(grp.np_, items))
            )
        ):
            continue  # "doc improvements (A, B and C)": credits, not members
        if grp.named == "countries" and any(rec[0] != "country" for _, _, rec in items):
            continue  # "HTTP (GET, POST and PUT)": an acronym's parts, not its members
        yield _anchored_record(text, m, cs, left, grp, count, parsed)


#: a count standing alone for some of a group named before it, what they did, then a
#: colon: "Of our nine members, four have left since 2019: …", "Among the 30 towns
#: surveyed, three, all of them coastal, had no bank left: …"
_OF_COUNTED = re.compile(
    rf"^\s*(?:Of|Among|Amongst)\s+(?:the|our|its|their|these|those|all)\s+(?:{_COUNT}\s+)?"
    rf"(?P<noun>(?:[a-z][\w-]*\s+){{0,2}}?{_PLURAL})(?P<which>(?:\s+[a-z][\w'’-]*){{0,4}}),\s+"
    rf"{_APPROX}?(?P<count>{_COUNT})(?:,\s+[^,:;()]{{1,30}},)?\s+"
    r"(?P<pred>(?:have|has|had|were|are|was|did|do|still|now|also|already|then|each|all|[a-z]{3,}(?:ed|en))\b"
    r"(?:[^\d;:()]|\b(?:19|20)\d\d\b){0,120})$"
)


#: bodies of people or members whose size may be written after the noun
_SIZED_BODY = (
    r"(?:jury|panel|board|committee|commission|council|team|delegation|crew|cast|group|consortium|coalition|"
    r"alliance|partnership|network|bench|tribunal|task\s*force|working\s+group|steering\s+group|cabinet|trust)"
)
#: a body's size after its noun, right before its list: "a jury of 5:", "a panel of five
#: members (…)", "The jury (5 members) consisted of", "a board of seven, made up of"
_BODY_SIZED = re.compile(
    rf"\b(?P<det>an?|the|its|their|this)\s+(?P<mods>(?:(?-i:[a-z][\w-]*)\s+){{0,2}}?)(?P<body>{_SIZED_BODY})\s+"
    rf"(?:\(\s*(?P<n1>{_COUNT})(?:\s+(?:members|people|jurors|judges|seats))?\s*\)|of\s+(?P<n2>{_COUNT})"
    r"(?:\s+(?:members|people|jurors|judges))?)"
    r"\s*(?:,?\s*(?:(?:which|that|who)\s+)?(?:(?:consist(?:s|ed)|(?:is|was|are|were)\s+(?:made\s+up|composed))\s+of|"
    r"comprise[sd]?|made\s+up\s+of|composed\s+of|(?:is|was|are|were))\s*|,\s*)?$",
    re.I,
)


#: a participle clause after a comma that ends a lead-in: what was done to the group, and when
_PARTICIPLE_TAIL = re.compile(r",\s+(?-i:[a-z]{3,}(?:ed|en))\b[^,:;()]{0,80}$")


def _body_sized_group(clause: str) -> _Group | None:
    """The group and count of a body whose size is written after its noun, right before its
    list ("a jury of 5: A, B, …", "The jury (5 members) consisted of A, …"), else None."""
    m = _BODY_SIZED.search(clause)
    if m is None or _PARTIAL_WORDS.search(clause[max(0, m.start() - 30) : m.start()]):
        return None
    body = " ".join((m.group("mods") + m.group("body")).split())
    return _Group(f"members of the {body}", _count(m.group("n1") or m.group("n2")), True, m.group(0))


def _of_counted_group(clause: str, complete: bool) -> _Group | None:
    """The group of a count that stands alone after the group it is part of ("Of the six
    ports, three have built shore power since 2022: A, B and C"): that many of the group,
    the ones that did what the clause says, named after the colon."""
    m = _OF_COUNTED.match(clause)
    if m is None or _PARTIAL_WORDS.search(m.group("pred")):
        return None
    group = _group_text("", m.group("noun"), m.group("pred"))
    count = None if m.group("approx") else _count(m.group("count"))
    return _Group(group, count, complete and count is not None, m.group(0))


def _definite_of_names(np_: re.Match[str], items: list[Any]) -> bool:
    """ "The English counties (Dorset, Wiltshire and Devon)", "the three sponsors' home
    towns (…)": a definite plural noun phrase, the whole clause before the parenthesis, of
    any noun, with three names or more in it (no description among them) names the members
    of the group it speaks of again, as a group noun does."""
    return len(items) >= 3 and all(rec[0] in ("country", "name", "organisation") for _, _, rec in items)


# a thing named by a short noun phrase: one to three words of letters, lower case but for
# the sentence's first, no article, pronoun or verb of a clause among them
_THING = re.compile(r"^(?:[A-Z][a-z-]+|[a-z][a-z-]+)(?:\s+[a-z][a-z-]+){0,2}$")
_NOT_THING = re.compile(
    r"\b(?:the|a|an|this|these|those|its|their|our|is|are|was|were|be|been|has|have|had|will|would|can|"
    r"could|may|might|must|should|not|which|who|that|it|they|we|he|she)\b",
    re.I,
)


# an item of a list of things in a parenthesis or after a colon: up to six words, no
# figure, no verb or pronoun of a clause ("household income", "the rent level of the
# municipality")
_THING_LOOSE = re.compile(r"^[A-Za-z][A-Za-z-]*(?:\s+[A-Za-z][A-Za-z-]*){0,5}$")
_CLAUSE_WORD = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|not|which|who|"
    r"whom|that|it|they|we|he|she|i|you|etc|others|other|more|such|including|e\.g|like)\b",
    re.I,
)


#: examples of a list's last item after it, with no comma: "… and cleaner fish such as wrasse"
_EXAMPLES_OF_LAST = re.compile(r"(?<=[a-z])\s+(?:such\s+as|including|like|notably)\s+(?=[a-z])")
_KIND_NOUN = re.compile(r"(?:kinds|types|sorts|forms|categories|classes|varieties|groups)$", re.I)


#: what may narrow a counted noun before a colon: a short phrase with a preposition or a
#: participle ("four priorities for the evaluation:", "three tests named in the rules:")
_NARROWING_POST = re.compile(
    rf"\s+(?!in\s+(?:all|total)\b)(?:{_POST_PREPOSITIONS}\s+(?:the\s+|its\s+|their\s+|this\s+|each\s+)?"
    r"|(?:named|listed|set\s+out|identified|cited|mentioned|proposed|agreed)\s+(?:[a-z]+\s+){0,3})"
    r"[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}"
)


#: what may follow a counted noun of things before its list and say only which of them:
#: a relative clause with a pronoun for its subject and no "that" ("the four types it
#: tested (…)", "the three methods we compared:"), or words that point back at a group met
#: before ("the five stages involved:")
_THINGS_POST = re.compile(
    r"\s+(?:(?-i:we|they|it|I|you|he|she)(?:\s+(?-i:[a-z]{2,})){1,4}|taking\s+part|involved|concerned|in\s+question)"
)
#: "of" and a lower-case noun phrase of up to six words after a counted noun before a
#: colon: what the things counted are parts or kinds of ("the six stages of the graduated
#: return to play:", "four strands of the council's work:")
_OF_THINGS_POST = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|this\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,5}")


#: a verb and its object after a counted subject leading the sentence, before a colon or
#: "namely": "Four reasons explain the fall", "Two agencies share the work" (two to six
#: words in lower case, the first no preposition or conjunction)
_VERB_OBJECT = re.compile(
    r"^\s+(?!(?:of|in|on|at|from|for|with|to|by|and|or|but|that|which|who|whose|such|including|like|"
    r"among|are|were|is|was|have|has|had|each|all|both)\b)(?-i:[a-z]{3,})(?:\s+(?-i:[a-z][a-z-]*)){1,5}\s*,?\s*$",
    re.I,
)


#: a state said of a leading count with "are" and a predicate adjective or participle, and
#: what for ("Four crops are eligible for the subsidy:", "Three substrates are approved:",
#: "Two rules were dropped in 2024:"), or one verb alone ("Four crops qualify:", "Two
#: exceptions apply:"): the list after the colon names the things counted
_COUNT_STATE = re.compile(
    r"^\s+(?:(?:are|were)\s+(?:now\s+|also\s+|currently\s+|still\s+)?"
    r"(?-i:[a-z]{3,}(?:ed|en|ble|pt|ct|ic|ous|al|ant|ent|ive))"
    r"(?:\s+(?:for|to|from|under|by|in|at|on|as)\s+(?-i:[a-z][a-z-]*)(?:\s+(?-i:[a-z][a-z-]*)){0,3})?"
    r"|(?!(?:are|were|is|was|have|has|had|each|all|both|too|only|also)\b)(?-i:[a-z]{3,}))\s*,?\s*$",
    re.I,
)


def _lead_verb_object(left: str) -> re.Match[str] | None:
    """ "Three factors drove the rise", "Two agencies share the work": a count leading the
    clause, its plural noun, then a verb and its object that holds no count, no plural noun without a determiner
    (the list after "Four farms grow crops:" may name the crops) and no partial word; the
    list after a colon or "namely" then names the things counted."""
    lc = _LEAD_COUNT.match(left)
    if (
        lc is None
        or lc.group("approx")
        or not (_VERB_OBJECT.match(lc.group("pred")) or _COUNT_STATE.match(lc.group("pred")))
    ):
        return None
    if lc.group("count").lower() == "both" or re.search(r"\b(?:same|single|one)\b", lc.group("pred"), re.I):
        # "Both regulators face the same difficulty: a lab in one country, …": a pair met
        # before, and one thing they share that the list spells out
        return None
    pred = lc.group("pred")
    words = re.findall(r"[\w-]+", pred.lower())
    if _ANY_DIGIT.search(pred) or any(w in _COUNT_WORDS for w in words) or _PARTIAL_WORDS.search(_said_of_group(pred)):
        return None
    # (a plural after a determiner is a known whole the things act on: "lengthened the queues";
    # what is the subject's own may be what the list breaks down: "Three lenders cut their
    # rates: the fixed rate, …")
    if _BARE_PLURAL.search(pred.lower()) or re.search(r"\b(?:its|their|our|his|her|my|your)\b", pred, re.I):
        return None
    return lc


#: a plural noun with no determiner before it: "grow crops", "make cheap parts"
_BARE_PLURAL = re.compile(
    # (nor one after a preposition: what a noun before it is of, "the fall in visits", "demand
    # for loans", not the verb's object)
    rf"(?<!\bthe)(?<!\bthese)(?<!\bthose)(?<!\bin)(?<!\bof)(?<!\bfor)(?<!\bon)(?<!\bat)(?<!\bto)(?<!\bby)"
    rf"(?<!\bwith)(?<!\bfrom)(?<!\bacross)(?<!\bamong)(?<!\binto)\s+{_PLURAL}\b"
)


def _counted_things(
    text: str, kind: str, left: str, region: tuple[int, int], closed: bool, s1: int
) -> dict[str, Any] | None:
    """A list of things, not names, under a counted plural noun: "depends on three parameters
    (rent, household income, household size and the local rent level)", "The scheme covers
    four fibres: wool, linen, silk and jute." Read only when the noun right before the
    parenthesis or the colon is counted (a lead count), with two to twelve items, one "and"
    or "or" only, before the last, and every item a short noun phrase."""
    ap = _appos(left)
    lead = ap is None and kind in ("colon", "namely") and _lead_verb_object(left) is not None
    if lead:
        ap = _LEAD_COUNT.match(left)  # "Four reasons explain the fall: …", "…, namely …"
    elif ap is not None and _some_of(left[: ap.start()]):
        return None
    if ap is None or ap.group("approx"):
        return None
    if left[: ap.start("count")].endswith(("-", "/", ".")):
        return None  # "2025-11-20 Fewer ladders": a date's last figure, no count
    if ap.group("noun").lower() == "points" and not re.search(r"\b(?:at|in|on)\s+$", left[: ap.start("count")]):
        return None  # "rose four points: …": a measure; "stall at three points: …" are places
    # what the noun is of only when it names a kind: "three kinds of cargo (…)"
    post = None if lead else ap.group("post")
    if (
        post
        and not (
            (_KIND_NOUN.match(ap.group("noun")) or kind == "colon")
            and re.fullmatch(r"\s+of\s+[a-z]+(?:\s+[a-z]+)?", post)
        )
        and not (kind == "colon" and _NARROWING_POST.fullmatch(post))
        and not (ap.group("count") and _WHICH_ONES.match(post))
        and not _THINGS_POST.fullmatch(post)
        and not (kind == "colon" and _OF_THINGS_POST.fullmatch(post))
    ):
        return None  # "five visits to the sites (…)": the sites, perhaps, not the visits
    a, b = region
    n = _before_closing_clause(text, a, len(text[a:b].rstrip().rstrip(".").rstrip()))
    text = _blank_conjunction_asides(text, a, a + n)
    kept = (
        _thing_items(text, a, n, 12, _THING_LOOSE, _CLAUSE_WORD)
        or _serial_items(text, a, n)
        or _infinitive_items(text, a, n)
        or _semicolon_items(text, a, n)
    )
    tail = None if kept else _EXAMPLES_OF_LAST.search(text, a, a + n)
    if tail is not None and re.search(r"\s(?:and|or)\s", text[a : tail.start()]):
        # "…, freshwater baths and cleaner fish such as wrasse and lumpfish": examples of the
        # last thing, not more things (the list ends at its last "and" before them)
        n = tail.start() - a
        kept = _thing_items(text, a, n, 12, _THING_LOOSE, _CLAUSE_WORD) or _serial_items(text, a, n)
    if kept and any(_describes(text[x:y]) for x, y, _ in kept):
        return None  # "the two plans — costly, slow and unpopular —": how they are, not what
    if kept and all(_PREPOSITION_ITEM.match(rec[1]) for _, _, rec in kept) and not re.match(_TO_VERB, kept[0][2][1]):
        return None  # "two waves: to lenders, to brokers and to insurers": whom, not the waves
    kept = _without_asides(kept)
    if lead and any(re.search(r"\b[A-Z]", text[x:y]) for x, y, _ in kept):
        # "Three regions joined the pilot: the northern Netherlands, …": names described, not
        # things; a count leading the clause is compared only with things in lower case
        return None
    return {"items": kept, "partial": False, "ambiguous": False, "end": kept[-1][1]} if kept else None


#: a clause after a list's last item that says something of the whole, opened by a comma and
#: "with", "while", "whereas" or "but": "…, evening classes and online study, with students free
#: to mix them", "…, soup and stew, but no dessert"
_CLOSING_CLAUSE = re.compile(r",\s+(?:with|while|whereas|but)\s")
_LAST_CONJUNCTION = re.compile(r"\s(?:and|or)\s")


def _before_closing_clause(text: str, a: int, n: int) -> int:
    """The length of the list in ``text[a:a + n]`` without a closing clause after its last
    item (``_CLOSING_CLAUSE`` after the list's "and" or "or"): the clause is no item ("four
    routes: day release, evening classes and online study, with students free to mix them"
    names three)."""
    conj = _LAST_CONJUNCTION.search(text, a, a + n)
    if conj is None:
        return n
    tail = _CLOSING_CLAUSE.search(text, conj.end(), a + n)
    return n if tail is None else tail.start() - a


#: a short aside between the last "and" of a list and its last item: "…, a trainee scheme
#: and, since 2024, an apprenticeship", "… and, more recently, drones"
_CONJUNCTION_ASIDE = re.compile(r"(?:(?<=\sand)|(?<=\sor)),\s+[^,;:()\n]{1,30}?,(?=\s)")


def _blank_conjunction_asides(text: str, a: int, b: int) -> str:
    """``text`` with the asides after a list's conjunction in ``text[a:b]`` blanked out
    (spaces of the same length, so every offset still holds): the item after it is the
    last, the aside no item of its own."""
    for m in [
        *_CONJUNCTION_ASIDE.finditer(text, a, b),
        *_ACRONYM_ASIDE.finditer(text, a, b),
        *_WORDS_ASIDE.finditer(text, a, b),
    ]:
        text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    return text


#: an acronym in brackets after an item's words: "Departure Prohibition Orders (DPOs)", "the
#: tax office (ATO)": the item's short name, no separator of the list
_ACRONYM_ASIDE = re.compile(r"(?<=[\w.])\s+\((?-i:[A-Z][A-Za-z&]{1,7})\)")
#: a remark in brackets after an item's words, lower-case words with no comma or "and": "the
#: seller's name (checked against an ID card)", "the fee (if any)": said of the item, no item
_WORDS_ASIDE = re.compile(r"(?<=[\w.’'])\s+\((?-i:[a-z])(?![^()]*\band\b)[^(),;:]{1,60}\)")


#: an item opening with a preposition: who or where the things counted go to, not them
_PREPOSITION_ITEM = re.compile(r"(?:to|for|from|in|at|on|by|with|into|under)\s", re.I)
#: "to" and a verb: not a determiner, a plural noun or a participle ("to the regions", "to
#: schemes with …", "to authorised trusts"; "to discuss", "to exceed" are verbs)
_TO_VERB = r"to\s+(?!(?:the|a|an|its|their|this|these|those|each|all|any|some|every)\b)(?![a-z]*(?:[^su]s|[^e]ed)\b)[a-z]{2,}\s"
#: where a list of infinitives parts: a comma (with its conjunction) or a conjunction, then
#: "to" and a verb ("to finance …, to meet …, and to report …")
_INFINITIVE_SEP = re.compile(rf"(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?={_TO_VERB})")


def _infinitive_items(text: str, a: int, n: int) -> list[tuple[int, int, tuple[str, str]]]:
    """The items of a counted list of aims or duties written as infinitives: "four
    obligations: to finance the collection, to meet targets for reuse and recycling, and
    to report each year on what was sold" counts three. Every item opens with "to" and a
    verb, and may hold words of a clause ("what they sold"); two to twelve items of up to
    twenty words, no semicolon, colon or bracket; else []."""
    lead = len(text[a : a + n]) - len(text[a : a + n].lstrip())
    a, n = a + lead, n - lead
    span = text[a : a + n].replace("\n", " ")
    if not re.match(_TO_VERB, span) or re.search(r"[;:()\[\]]", span):
        return []
    bounds = [0]
    for m in _INFINITIVE_SEP.finditer(span):
        bounds.extend((m.start(), m.end()))
    bounds.append(len(span))
    kept = []
    for x, y in zip(bounds[::2], bounds[1::2]):
        item = span[x:y].strip()
        if not item or len(item.split()) > 20:
            return []
        kept.append((a + x, a + x + len(item), ("thing", item)))
    return kept if 2 <= len(kept) <= 12 else []


#: an item that only singles out part of the item before it: "changes to the rules, above
#: all a lower tackle height, and …", "…, in particular …", "…, notably …"
_ASIDE_ITEM = re.compile(
    r"(?:above\s+all|in\s+particular|notably|especially|chiefly|mainly|mostly|principally|particularly|"
    r"for\s+example|for\s+instance|e\.g\.|i\.e\.)\s"
    # or says how the item before is known or placed: "the savanna elephant, listed as
    # endangered, and …", "a pilot farm, based in Fife, …"
    # (a participle in "-en" is one of the verbs that make it: "children in care" and "women in
    # science" are things of the list, not asides)
    r"|(?-i:[a-z]{3,}ed|[a-z]*(?:taken|chosen|written|given|driven|broken|spoken|hidden|fallen|gotten|frozen|"
    r"stolen|proven|woken|ridden|risen|shaken|bitten|beaten|eaten|sworn|drawn|grown|known|shown|thrown|flown)"
    r"|built|held|kept|seen|run)\s+(?:as|in|at|by|on|since|under|from)\s",
    re.I,
)


def _without_asides(kept: list[tuple[int, int, tuple[str, str]]]) -> list[tuple[int, int, tuple[str, str]]]:
    """The items of a list of things without those, after the first, that open with a word
    singling out part of the item before ("above all", "in particular") or with a participle
    that says how it is known or placed ("listed as endangered"): an aside of that item,
    not one more thing."""
    return [it for k, it in enumerate(kept) if k == 0 or not _ASIDE_ITEM.match(it[2][1])]


#: an item that says who the next one is, not a member: "our host", "my colleague here"
_OWNED_ROLE = re.compile(r"(?:our|my|your|his|her|their)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}")


def _without_appositions(record: dict[str, Any]) -> dict[str, Any]:
    """A list of names without the items that only describe the name after them ("A, B,
    our co-host here, C, and D": "our co-host here" is C, not a fifth member): an item of
    lower-case words opening with a possessive, right before a name, in a list whose other
    items are all names."""
    raw = record["raw_members"]
    drop = {k for k in range(len(raw) - 1) if _OWNED_ROLE.fullmatch(raw[k].strip()) and raw[k + 1][:1].isupper()}
    if not drop or not all(raw[k][:1].isupper() for k in range(len(raw)) if k not in drop):
        return record
    keep = [k for k in range(len(raw)) if k not in drop]
    return {
        **record,
        "members": tuple(record["members"][k] for k in keep),
        "raw_members": tuple(raw[k] for k in keep),
    }


# "The three conditions treated most often are cellulitis, pneumonia, …": a counted
# definite subject, what narrows it (no verb of its own), "are"/"were", then things
_COPULA_THINGS = re.compile(
    # (no "^": matched at each sentence's start, where "^" would match the first one only)
    rf"\s*(?:(?:In|During|Over|Across|Among|For)\s+[^,.]{{1,40}}?,\s+)?"
    # (a clause may report it: "Our survey found that the three most effective were …")
    r"(?:(?:[A-Z][\w'’-]*)(?:\s+[\w'’-]+){0,6}?\s+(?:found|finds|shows?|showed|suggests?|suggested|concluded|concludes|"
    r"reports?|reported|says?|said|notes?|noted)\s+that\s+)?"
    rf"(?:the|its|their)\s+(?P<count>{_COUNT})\s+"
    r"(?P<rest>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,7}?)"
    # (a colon may follow the verb: "the four criteria most boards add were: …")
    r"\s+(?:are|were)(?:\s*:)?\s+(?=[a-z])",
    re.I,
)
#: words after a list of things that end it: ", though …", ", which …", " but …"
_THINGS_END = re.compile(
    r",?\s+(?:(?:in|on|at|by|for|from|under|through|with|to|of)\s+(?:which|whom)|though|although|while|whereas|"
    r"but|which|where|who|whose|with|each|all\s+of)\b|[.;:!?]"
)
#: one word that says how a thing is, not what it is: a list of them describes ("The two
#: plans are costly, slow and unpopular"), it names nothing
_ADJECTIVE_END = re.compile(r"(?:ous|ive|ful|less|able|ible|ly|est)$")
_PLAIN_ADJECTIVES = frozenset(
    """slow fast quick high low cheap dear simple clear weak strong small large big new old poor rich safe
    risky hard easy late early short long good bad free open closed full empty rare common unpopular popular
    unfair fair unclear complex vague narrow wide broad""".split()
)


#: nouns that end as a superlative or an adjective does ("rest", "interest", "initiative"):
#: things, not how things are
_NOUNS_LIKE_ADJECTIVES = frozenset(
    """rest test interest forest request protest harvest contest quest nest chest west guest arrest crest
    inquest unrest manifest bequest digest pest priest initiative incentive objective alternative directive
    representative executive detective motive narrative archive explosive sedative""".split()
)


def _describes(item: str) -> bool:
    """Is the item one word that says how something is ("costly", "slow"), not a noun that
    only ends like one ("rest", "interest")?"""
    word = item.strip().lower()
    return (
        " " not in word
        and word not in _NOUNS_LIKE_ADJECTIVES
        and (word in _PLAIN_ADJECTIVES or _ADJECTIVE_END.search(word) is not None)
    )


#: a relative clause with a pronoun for its subject ending a counted subject's words
_PRONOUN_CLAUSE_END = re.compile(r"(?<=[a-z])\s+(?:we|they|I|you)(?:\s+[a-z][\w'’-]*){1,4}$")


def _copula_things(text: str, s0: int, s1: int) -> Iterator[dict[str, Any]]:
    """A counted subject and, after "are"/"were", the things it counts, in lower case:
    "The three conditions treated most often at home are cellulitis, pneumonia, heart
    failure and chronic lung disease, though …" (names after "are" are read as anchored
    lists). Three to twelve items, every one a short noun phrase; a list of single
    describing words is no list of things."""
    m = _COPULA_THINGS.match(text, s0, s1) if _may_count(text[s0:s1]) else None  # it needs a count
    # "most" of a superlative ("treated most often") is no share ("most of them")
    if (
        m is None
        # (a relative clause with a pronoun for its subject only says which: "the four
        # scenarios we met most often were …")
        or _CLAUSE_WORD.search(_PRONOUN_CLAUSE_END.sub("", m.group("rest")))
        or _PARTIAL_WORDS.search(re.sub(r"\b(?:most|least)\s+(?!of\b)", "", m.group("rest")))
    ):
        return
    a = m.end()
    if re.match(r"\s*(?:those|that)\s", text[a : a + 8]):
        return  # "The six ports are those in Spain, …": the things again, by where they are
    end = _THINGS_END.search(text, a, s1)
    b = end.start() if end else s1
    # (a possessive or a serial comma in an item: "an upper age limit below NICE's, …, and a limit")
    kept = _without_asides(
        _thing_items(text, a, b - a, 12, _THING_LOOSE, _CLAUSE_WORD) or _serial_items(text, a, b - a)
    )
    describing = [it for it in kept if _describes(it[2][1])]
    if not kept or 2 * len(describing) >= len(kept):
        return
    count = _count(m.group("count"))
    if count is None or not 2 <= count <= 60:
        return
    group = " ".join(m.group("rest").split())
    start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
    r = _record(text, kept, start, kept[-1][1], group, count)
    r.update(complete=True, role=role_of(group))
    yield r


# an item of a counted list of things written with more than letters: a possessive, a
# figure inside a name ("the Dutch 113 line", "Germany's helpline"), up to eight words
_SERIAL_ITEM = re.compile(r"^[A-Za-z0-9][\w'’-]*(?:\s+[\w'’-]+){0,7}$")
_CAPITALISED = re.compile(r"\b[A-Z]")
_LAST_SERIAL_ITEM = re.compile(r"^[A-Za-z0-9][\w'’-]*(?:\s+[\w'’-]+){0,11}$")
_SERIAL_SEP = re.compile(r",\s+(?:(?P<last>and|or)\s+)?")


_QUOTE_MARKS = re.compile(r"(?<![\w'’])[\"“‘]|[\"”’](?![\w'’])")


#: a determiner opening a noun phrase
_DETERMINER_OPENING = re.compile(r"(?:the|a|an|its|their|his|her|our)\s", re.I)
#: a relative clause after an item's noun, to the item's end: "… that channel water away"
_RELATIVE_TAIL = re.compile(r"(?<=[a-z])\s+(?:that|which|who)\s+[a-z][\w'’ -]*$")
#: the conjunction before a list's last item, and one after it inside the item
_AND_OR = re.compile(r"\s(?:and|or)\s")
_AND_DETERMINER = re.compile(r"\s(?:and|or)\s+(?=(?:the|a|an|its|their)\s)")


def _final_conjunction(span: str, last: int) -> re.Match[str] | None:
    """The "and"/"or" before a list's last item in ``span`` (no serial comma), whose last
    comma ends at ``last``: the only one; or, when the last item holds another after a
    preposition ("the backlog of appeals and the queue for printing and posting"), the
    first after the last comma that a determiner follows, with no other before it."""
    ands = list(_AND_OR.finditer(span))
    if len(ands) == 1:
        return ands[0]
    tail = [m for m in ands if m.start() >= last]
    if len(tail) != len(ands) or len(tail) < 2:
        return None
    first = _AND_DETERMINER.match(span, tail[0].start())
    if first is None or any(_AND_DETERMINER.match(span, m.start()) for m in tail[1:]):
        return None
    if not re.search(r"\s(?:for|of|in|on|at|to|from|with)\s", span[first.end() : tail[1].start()]):
        return None  # "… and the ferry and the bus": which "and" ends the list is not said
    return first


def _serial_items(text: str, a: int, n: int) -> list[tuple[int, int, tuple[str, str]]]:
    """The items of a counted list of things that :func:`_thing_items` leaves: one whose
    items hold a figure or a possessive ("the Dutch 113 line, Germany's helpline and the
    Irish line"), or one written with a serial comma, whose last ", and" is the only
    separator that is a conjunction, so an "and" inside an item ("health and social care,
    business administration, and engineering") stays in it. Two to twelve items, no
    number with a comma, no bracket, colon or semicolon; else []."""
    span = text[a : a + n].replace("\n", " ")
    if re.search(r"[;:()\[\]]|\d,\d", span):
        return []
    seps = list(_SERIAL_SEP.finditer(span))
    serial = bool(seps) and seps[-1].group("last") is not None and all(not m.group("last") for m in seps[:-1])
    if serial:
        cuts = [(m.start(), m.end()) for m in seps]
    else:
        ands = _final_conjunction(span, seps[-1].end() if seps else 0)
        if ands is None or any(m.group("last") for m in seps) or (seps and seps[-1].start() > ands.start()):
            return []
        cuts = [(m.start(), m.end()) for m in seps] + [(ands.start(), ands.end())]
    items = []
    pos = 0
    for x, y in cuts:
        items.append((pos, x))
        pos = y
    items.append((pos, len(span)))
    if not 2 <= len(items) <= 12:
        return []
    kept = []
    # items that each open with a determiner are noun phrases however long ("the line from
    # Ashby to Brill, the branch to Cole, and the freight route to Dunmore")
    determined = all(_DETERMINER_OPENING.match(span[x:y].strip()) for x, y in items)
    for k, (x, y) in enumerate(items):
        item = span[x:y].strip()
        # a relative clause says which of a thing is meant ("rain gardens that hold water"):
        # the item is its noun phrase
        item = _RELATIVE_TAIL.sub("", item)
        # the last item may say more of itself ("and a small grant passed on through the
        # national body"): a longer noun phrase, still with no word of a clause
        shape = _LAST_SERIAL_ITEM if k == len(items) - 1 or determined else _SERIAL_ITEM
        # (a name in quotation marks is one word of the item: a "hot house" world)
        bare = _QUOTE_MARKS.sub("", item)
        if re.fullmatch(r"[\"“‘].*[\"”’]", item):
            return []  # a term in quotation marks ("“shared pathways” or SSPs"): a name given, no item
        if not shape.match(bare) or _CLAUSE_WORD.search(bare):
            return []
        if not determined and not _SERIAL_ITEM.match(item) and len(_CAPITALISED.findall(item)) > 1:
            return []  # a long run of names ("… in England A Youth Pathways Trust report"): no noun phrase
        x = x + (len(span[x:y]) - len(span[x:y].lstrip()))
        kept.append((a + x, a + x + len(item), ("thing", item)))
    return kept


def _things_before(text: str, a0: int, end: int) -> list[tuple[int, int, tuple[str, str]]]:
    """The items of a list of things ("sugary drinks, processed meats, sweets and sauces")
    that the whole sentence start up to ``end`` holds: three or more short noun phrases,
    one "and" or "or" only, before the last (a pair inside an item, "research and
    development, marketing and sales", would be read as two items)."""
    kept = _thing_items(text, a0, len(text[a0:end].rstrip().rstrip(",")), 60, _THING, _NOT_THING)
    if kept:  # the sentence's capital is not the thing's
        a, b, (kind, item) = kept[0]
        kept[0] = (a, b, (kind, item[:1].lower() + item[1:]))
    return kept


#: one thing of a list whose items part at semicolons: a short phrase of words, figures
#: among them ("people aged 60 or over"), "and" or "or" inside it
_SEMICOLON_THING = re.compile(r"^[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,9}$")
_SEMICOLON_SEP = re.compile(r";\s*(?:(?:and|or)\s+)?")


def _semicolon_items(text: str, a: int, n: int) -> list[tuple[int, int, tuple[str, str]]]:
    """The items of ``text[a:a + n]`` as things parted at semicolons ("four groups: older
    people; children in full-time education; and pregnant women"), the last after "; and",
    "; or" or a bare semicolon: three to twelve short phrases, none a clause (no verb of
    being, no pronoun: "costs rose; two were funded" is not read), no colon, bracket or line
    break; else []."""
    span = text[a : a + n]
    if span.count(";") < 2 or re.search(r"[:()\[\]\n]", span):
        return []
    kept = []
    pos = a
    for m in [*_SEMICOLON_SEP.finditer(text, a, a + n), None]:
        end = m.start() if m else a + n
        item = text[pos:end].strip()
        x = pos + (len(text[pos:end]) - len(text[pos:end].lstrip()))
        if not _SEMICOLON_THING.match(item) or _CLAUSE_WORD.search(item):
            return []
        kept.append((x, x + len(item), ("thing", item)))
        pos = m.end() if m else pos
    return kept if 3 <= len(kept) <= 12 else []


def _thing_items(
    text: str, a: int, n: int, most: int, item_ok: re.Pattern[str], clause: re.Pattern[str]
) -> list[tuple[int, int, tuple[str, str]]]:
    """The items of ``text[a:a + n]`` as a list of things: three to ``most`` items, one
    "and" or "or" only, before the last, no figure, bracket, colon or semicolon, every item
    matching ``item_ok`` with no word of ``clause``; else []."""
    span = text[a : a + n]
    if len(re.findall(r"\s(?:and|or)\s", span)) != 1 or re.search(r"[;:()\d\[\]\n]", span):
        return []
    items = _items(text, a, a + n)
    if not 3 <= len(items) <= most:
        return []
    kept = []
    for x, y in items:
        item = text[x:y]
        if not item_ok.match(item) or clause.search(item):
            return []
        kept.append((x, y, ("thing", item)))
    return kept


def _members_before(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int, tuple[str, str]]]:
    """The items of a list that ends before its verb, read from the last one back: each a
    member; the first may open with words that are not part of it ("So far Venezuela"),
    so its last words are tried; the list stops at the first item that is no member."""
    kept: list[tuple[int, int, tuple[str, str]]] = []
    for a, b in reversed(items):
        rec = _member(text[a:b], True)
        if rec is None:
            words = list(re.finditer(r"\S+", text[a:b]))
            for k in range(1, len(words)):
                a2 = a + words[k].start()
                rec = _member(text[a2:b], True)
                if rec:
                    kept.append((a2, b, rec))
                    break
            break
        kept.append((a, b, rec))
    kept.reverse()
    return kept


def find_member_lists(text: str, sentence_starts: list[int] | None = None) -> list[dict[str, Any]]:
    """Member lists in ``text``: dicts with span, group, members, raw_members, declared_count,
    complete, role."""
    starts = sentence_starts if sentence_starts is not None else sentence_bounds(text)
    found: list[dict[str, Any]] = [
        *_lists_joined(text, starts),
        *_lists_apposed(text, starts),
        *_lists_named_apposed(text, starts),
        *_lists_introduced(text, starts),
        *_lists_members_of(text, starts),
        *_lists_body_of(text, starts),
        *_lists_chaired_with(text, starts),
        *_lists_agents(text, starts),
        *_lists_hyphen_counted(text, starts),
        *_lists_restated(text, starts),
        *_lists_collective(text, starts),
        *_lists_other_counted(text, starts),
        *_lists_counted_of_them(text, starts),
        *_lists_names_noun(text, starts),
        *_lists_pointed_back(text, starts),
        *_lists_counted_in_parens(text, starts),
        *_lists_listed_before(text, starts),
    ]

    # lists after a parenthesis, a colon, "namely", a dash, "are": "the three founders (A, B and C)"
    # (a sentence end written without its space is one too: "… Service.Its first task …")
    bounds = sorted({*starts, *(m.end() for m in _GLUED_END.finditer(text)), len(text)})
    for s0, s1 in zip(bounds, bounds[1:]):
        found.extend(_anchored(text, s0, s1))
        found.extend(_copula_things(text, s0, s1))

    # bullets run into one paragraph (text and PDF text): "… four ports: • A • B • C"
    for m in _INLINE_BULLETS.finditer(text):
        bullets = _inline_bullets(text, m, starts)
        if bullets:
            found.append(bullets)
    # names run into a list wherever a sentence holds one, read last (every reading above
    # names the group better): "paid for by A, B, C and D", "A, B and C agreed to …"
    found.extend(_lists_bare(text, starts))

    # one record per list: the first reading wins (the patterns above are in order of trust)
    out: list[dict[str, Any]] = []
    for r in found:
        a, b = r["items_span"]
        if any(a < ob and oa < b for oa, ob in (o["items_span"] for o in out)):
            continue
        out.append(r)
    out = [_without_appositions(r) if len(r["members"]) == len(r.get("raw_members", ())) else r for r in out]
    for r in out:
        r["group"] = re.sub(r"^The\s+", "the ", r["group"].strip())  # a sentence's capital is not the name's
        if any(_PLURAL_OF_NAMES.match(m) for m in r.get("raw_members", ())):
            # "the cities of A, B and C, and the transport authority": a list inside the list,
            # its own "and" read as the outer one's; how many members it names is open
            r["declared_count"] = None
            r["ambiguous"] = True
        if r.get("declared_count") is None and r.get("complete", True) and not r.get("ambiguous"):
            r["declared_count"] = (
                _collective_count(text, r, starts) or _count_after(text, r) or _sized_before(text, r, starts)
            )
    out.sort(key=lambda r: (r["start"], -r["end"]))
    return out


#: an item that opens a list of its own: "the cities of Marrowick", "the boroughs of Ash"
_PLURAL_OF_NAMES = re.compile(r"^(?:the\s+)?(?-i:[a-z][\w-]*\s+)?(?-i:[a-z][\w-]*[^s\W]s)\s+of\s+(?-i:[A-Z])")


# "(six towns: A, B, C, D and E)": a count, its noun and a colon opening a parenthesis
_PAREN_COUNTED = re.compile(
    rf"\((?P<count>{_COUNT})\s+(?P<noun>(?-i:(?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*[^s\W]s))\s*(?::|—|–)\s*", re.I
)


def _lists_counted_in_parens(text: str, starts: list[int]) -> Iterator[dict[str, Any]]:
    """A parenthesis that counts and lists what it says of the name before it: "The Alpine
    Water Network (six towns: A, B, C, D and E) was set up …", "the panel (three judges —
    A, B and C)". The count governs the names in the parenthesis."""
    if "(" not in text:
        return
    for m in _PAREN_COUNTED.finditer(text):
        close = text.find(")", m.end())
        if close < 0:
            continue
        parsed = parse_list(text, m.end(), close, closed=True)
        if parsed is None or len(parsed["items"]) < 2:
            continue
        kept = parsed["items"]
        r = _record(
            text,
            kept,
            m.start(),
            close + 1,
            m.group("noun").lower(),
            _open_count(parsed, _count(m.group("count"))),
        )
        r.update(complete=not parsed["partial"], ambiguous=parsed["ambiguous"])
        yield r


#: the opening of a body's name whose words run on in a list of their own: "Department for
#: Environment, Food and Rural Affairs", "Ministry of Housing, Communities and …"
_BODY_NAME_OPENING = re.compile(rf"^(?:the\s+)?{_BODY_OF_HEAD}\s+(?:for|of|on)\s+(?:the\s+)?[A-Z][\w'’-]*$")
# where a run of names may start: a capitalised word (or "the", a word of what it is and a
# name: "the Danish firm Havgrid") after no other name's letter
_BARE_START = re.compile(
    r"(?<![\w'’&.-])(?P<lead>(?:the|its|their)\s+(?:[A-Z][a-z]+\s+)?(?:[a-z][a-z-]*\s+){0,2})?(?P<cap>[A-Z])[\w'’.&-]*"
)
#: plural nouns of bodies and places that names stand before ("the Ardmore and Belcarra
#: councils", "Erie and Lackawanna counties"); other nouns take names as what they are of
_BODIES_NAMED_BEFORE = re.compile(
    r"councils|companies|firms|ports|airports|universities|hospitals|banks|utilities|airlines|operators|trusts|"
    r"charities|foundations|municipalities|boroughs|counties|districts|towns|cities|villages|states|provinces|"
    r"regions|countries|clubs|governments|ministries|agencies|authorities|groups|estuaries|rivers|islands"
)
# the body the names belong to, right after them: "A, B and C of the steering group"
_BARE_OF_AFTER = re.compile(
    r"\s+of\s+(?P<body>the\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)(?=\s*(?:[,.;:)]|$|\s+(?:on|in|at|for|and)\b))"
)
# a plural noun right after the list names what its members are: "…, Erie and Lackawanna counties"
_BARE_NOUN_AFTER = re.compile(r"\s+(?P<noun>(?-i:[a-z][a-z-]+[^s\W]s))\b(?!\s+(?:of|and)\b)")
# the noun phrase right before the list says what its members are: "the councils of", "the
# partners (", "its three operators,", "by the insurers"; the count inside it is left to the
# readers that know a count governs the list
_BARE_NOUN_BEFORE = re.compile(
    rf"(?:the|its|their|our|all|both|these|those|(?-i:[A-Z][\w.-]*)['’]s?)\s+(?:{_COUNT}\s+)?"
    r"(?P<np>(?-i:(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*[^s\W]s))(?:\s+of)?\s*[:,(—–]?\s*$",
    re.I,
)
# a run of names that is the verb's or the preposition's partial object: "including", "such as"
_BARE_PARTIAL = re.compile(
    r"\b(?:includ\w*|such\s+as|among(?:st)?(?:\s+them)?|like|e\.g\.?|for\s+example|for\s+instance|notably|"
    r"especially|in\s+particular|other|others|also|several|some|many|most|either|neither|whether|"
    r"versus|vs\.?|than)\s*[:,(—–]?\s*(?:(?:the|its|their|[a-z][\w'’-]*)\s+){0,4}(?:of\s+)?$",
    re.I,
)


# an item that is a post, not a member: what a person named just before is ("Vice President",
# "Chief Engineer of X", "Director of Y")
_ROLE_ITEM = re.compile(
    r"(?:(?:Vice|Deputy|Chief|Senior|Executive|Assistant|Acting|Former|Principal|Managing)[- ])*"
    + post_heads_pattern()
    + r"\b"
)


def _is_post(text: str, start: int, end: int) -> bool:
    """Is the item ``text[start:end]`` a post alone ("Vice President", "Director of Y"), not a
    member named with a title ("Professor Ann Lee")?"""
    m = _ROLE_ITEM.match(text, start, end)
    return m is not None and (m.end() == end or re.match(r"\s+(?:of|at|for|to)\b", text[m.end() : end]) is not None)


#: an amount and what it goes to, before a name: "£5.0 million for CARDIO-Link", "40 per cent
#: to Arden Rail", "€2m from the Corby Fund"
_AMOUNT_FOR = re.compile(
    r"(?<![\w.,])(?:[£$€]\s?\d[\d,.]*(?:\s*(?:million|billion|bn|m|k)\b)?|\d[\d,.]*\s*(?:per\s+cent|%|"
    r"(?:million|billion)\s+(?:pounds|euros|dollars)))\s+(?:for|to|from)\s+(?=(?:the\s+)?(?-i:[A-Z]))",
    re.I,
)


def _blank_amounts(text: str, s0: int, s1: int) -> str:
    """``text`` with the amounts before the names of a sentence blanked out when it shares
    something out name by name ("£5.0 million for A, £3.6 million for B and £2.6 million for
    C": a list of A, B and C), two amounts or more; else ``text`` as it is."""
    if not _ANY_DIGIT.search(text, s0, s1):
        return text  # every amount holds a digit
    found = list(_AMOUNT_FOR.finditer(text, s0, s1))
    if len(found) < 2:
        return text
    out = list(text)
    for m in found:
        out[m.start() : m.end()] = " " * (m.end() - m.start())
    return "".join(out)


#: the conjunctions that may join a run of names ("A, B and C", "A and B as well as C")
_BARE_JOINS = re.compile(r"\s(?:and|as\s+well\s+as|plus|&)\s")
#: a name with no comma after it that a list goes on from: "A and B as well as C"
_BARE_MORE = re.compile(r"[^,.;:]{1,60}\s(?:as\s+well\s+as|plus)\s")
#: a full stop that ends a short word or an initial ("U.S.", "J."), not the sentence (read
#: on the last three characters of the run: all the pattern looks at, a slice's start
#: reading as its \b does; ``search(text, pos)`` would look before ``pos``)
_BARE_SHORT_END = re.compile(r"(?:\b[A-Z]|\.[A-Za-z])\.$")


def _trimmed(text: str, x: int, y: int) -> tuple[int, int]:
    """``(x, y)`` without the spaces at either end, as :func:`_segments` cuts its pieces."""
    while x < y and text[x] in " \u00a0\n":
        x += 1
    while y > x and text[y - 1] in " \u00a0\n":
        y -= 1
    return x, y


class _Cuts:
    """:func:`_segments` of the regions of one sentence that start at its capitals, the comma
    cuts found once per region end rather than once per capital. A region with no semicolon
    and no bracket is cut at each comma that is no thousands separator, which depends on the
    region's end only (``i + 1 < b``): the pieces after a capital's first cut are those of
    any region with the same end. A sentence holding a bracket is cut by ``_segments`` itself
    (a bracket before a capital is not counted by a region that starts after it)."""

    def __init__(self, text: str, s0: int, s1: int, sentence: str) -> None:
        self.text, self.s0, self.s1 = text, s0, s1
        self.plain = not any(ch in sentence for ch in "()[]")
        self.commas: list[int] | None = None  # found at the first region read
        self.by_end: dict[int, tuple[list[int], list[tuple[int, int]]]] = {}

    def segments(self, a: int, b: int) -> list[tuple[int, int]]:
        """``_segments(self.text, a, b)`` for a region with no semicolon in it."""
        text = self.text
        if not self.plain:
            return _segments(text, a, b)
        if self.commas is None:
            self.commas = []
            i = text.find(",", self.s0, self.s1)
            while i >= 0:
                self.commas.append(i)
                i = text.find(",", i + 1, self.s1)
        found = self.by_end.get(b)
        if found is None:
            cuts = [
                i
                for i in self.commas
                if i < b and not (i + 1 < b and text[i + 1].isdigit() and text[i - 1 : i].isdigit())
            ]
            tails = [_trimmed(text, c + 1, d) for c, d in zip(cuts, [*cuts[1:], b])]
            found = self.by_end[b] = (cuts, tails)
        cuts, tails = found
        k = bisect.bisect_right(cuts, a)
        return [_trimmed(text, a, cuts[k] if k < len(cuts) else b), *tails[k:]]


def _lists_bare(text: str, starts: list[int]) -> Iterator[dict[str, Any]]:
    """Names run into a list wherever a sentence holds one, however it is introduced: as the
    subject of any verb ("A, B, C and D agreed a common fare"), after a preposition ("paid
    for by A, B, C and D"), after a body's plural noun and "of" ("the councils of A, B, C and
    D"), with what each is before its name ("the Danish firm Havgrid") and going on with "as
    well as" or "plus". Three names or more, joined by a final conjunction; no count is read
    (the readers above read counts where one governs the list) and the group is the plural
    noun just before or just after the names, when there is one. A list after "including",
    "such as", "other", "between", "from" and the like is partial or no membership: not
    read."""
    if "," not in text and " as well as " not in text and " plus " not in text:
        return
    bounds = sorted({*starts, len(text)})
    written = text
    for s0, s1 in zip(bounds, bounds[1:]):
        text = _blank_amounts(written, s0, s1)
        sentence = text[s0:s1]
        joins = len(_BARE_JOINS.findall(sentence))
        if not joins or (sentence.count(",") < 1 and joins < 2):
            continue  # "A, B and C" or "A and B as well as C"
        # what each capital's reading needs of the sentence, found once for all of them:
        # whether "as well as" or "plus" may follow a name, the first bracket (none before a
        # capital, none left open there), the next semicolon and colon (the list's end)
        more_words = "plus" in sentence or "well" in sentence
        first_open = sentence.find("(")
        first_open = -1 if first_open < 0 else s0 + first_open
        semi = colon = s0 - 1
        cuts = _Cuts(text, s0, s1, sentence)
        pos = s0
        while pos < s1:
            m = _BARE_START.search(text, pos, s1)
            if m is None:
                break
            pos = m.end()
            a = m.start()
            if text.find(",", a, min(s1, a + 90)) < 0 and not (more_words and _BARE_MORE.match(text, a, s1)):
                continue
            if 0 <= first_open < a and text.count("(", s0, a) > text.count(")", s0, a):
                continue  # a parenthesis is read by what stands before it ("Northern Europe (A, B and C)")
            if semi < a:
                semi = text.find(";", a, s1) % (s1 + 1)  # (none: s1)
            if colon < a:
                colon = text.find(":", a, s1) % (s1 + 1)
            stop = min(semi, colon)
            while stop > a and (
                text[stop - 1] in " \n"
                or (text[stop - 1] == "." and not _BARE_SHORT_END.search(text[max(a, stop - 3) : stop]))
            ):
                stop -= 1  # the sentence's full stop is no part of its last name ("… and AgeWell.")
            parsed = _parse_segments(text, a, stop, cuts.segments(a, stop), closed=False, general=True)
            if parsed is None and m.group("lead"):
                a = m.start("cap")  # "the pilot in Allegheny, …": the names start at the capital
                parsed = _parse_segments(text, a, stop, cuts.segments(a, stop), closed=False, general=True)
            if parsed is not None and parsed["ambiguous"]:
                if all(" and " not in text[x:y] or _BODY_OF_TWO_FIELDS.match(text[x:y]) for x, y, _ in parsed["items"]):
                    # "…, the Ministry of Health and Welfare, Bellmoor Trust and …": a body of two
                    # fields is one name, and a run of names counts nothing to leave open
                    parsed = {**parsed, "ambiguous": False}
                else:
                    # no tail of the list read from a name inside it ("Welfare, GSA and OPM"
                    # lacks its first members)
                    pos = max(pos, parsed["end"])
            if parsed is None or len(parsed["items"]) < 3 or parsed["partial"] or parsed["ambiguous"]:
                continue
            kept = parsed["items"]
            if (
                any(rec[0] == "described" for _, _, rec in kept[:-1])
                or sum(rec[0] != "described" for _, _, rec in kept) < 3
            ):
                continue  # bodies described, not named, only last ("…, C and the county council") after three names
            pos = max(pos, parsed["end"])
            before = text[s0:a]
            if _BARE_PARTIAL.search(before) or _PARTIAL_TAIL.match(text, parsed["end"]):
                continue
            if _BODY_NAME_OPENING.search(text[kept[0][0] : kept[0][1]]):
                continue  # "the Department for Environment, Food and Rural Affairs": one body's name
            if any(_is_post(text, s, e) for s, e, _ in kept[1:]):
                continue  # "Ada Lum, Vice President and Chief Engineer of X": one person and her posts
            last = text[kept[-1][0] : kept[-1][1]]
            if re.search(r"\(\s*[A-Z][A-Za-z&]{1,9}\s*\)[\s.,;:]*$", last) or re.match(
                r"\s*\(\s*[A-Z][A-Za-z&]{1,9}\s*\)", text[kept[-1][1] :]
            ):
                continue  # "the Standing Committee on Plants, Animals and Food (PAFF)": one body's name
            group = ""
            after = _BARE_NOUN_AFTER.match(text, kept[-1][1])
            if after is not None and not _BODIES_NAMED_BEFORE.fullmatch(after.group("noun")):
                continue  # "Harvard, Yale and Stanford researchers": names of what the noun is of
            if after is not None and not _DEMONYM_END.search(text[kept[0][0] : kept[0][1]].split()[0]):
                group = after.group("noun")
            elif (np_ := _BARE_NOUN_BEFORE.search(before)) is not None and (
                not np_.group(0).rstrip(" :,(—–").endswith(" of")
                or _BODIES_NAMED_BEFORE.fullmatch(np_.group("np").split()[-1])
            ):
                group = np_.group("np")  # "the councils of A, B and C"; not "the libraries of A, B and C"
                if _PART_OF.search(before[: np_.start()]):
                    continue  # "Three of the five largest writers, A, B and C, …": some of the group
            if not group and (owner := _BARE_OF_AFTER.match(text, kept[-1][1])) is not None:
                group = owner.group("body")  # "approved by A, B and C of the steering group"
            r = _record(text, kept, a, kept[-1][1], group, None)
            r.update(role=_role_after(before[-60:], group))
            yield r


# a count right after a list that sums it up: "A, B, C and D, five funders in all, …"
_COUNT_IN_ALL = re.compile(
    rf",\s+(?P<count>{_COUNT})\s+(?:[a-z][\w-]*\s+){{0,2}}?[a-z][\w-]*s\s+(?:in\s+all|in\s+total|altogether|all\s+told)\b",
    re.I,
)
# the clause after a list pointing back at its members by count: "All six of them visited …",
# "; the four sponsors put in …", "Both of them …"
_COUNT_POINTS_BACK = re.compile(
    rf"\s*(?:[.;]\s+|,\s+and\s+)(?:(?P<between>between\s+them,?\s+|together,?\s+)?"
    rf"(?:all|the)\s+(?P<count>{_COUNT})\s+(?:of\s+them\b|(?:(?-i:[a-z][\w-]*)\s+)?(?P<noun>[a-z][\w-]*s)\b)"
    rf"|(?P<both>both)\s+of\s+them\b|all\s+(?P<bare>{_COUNT})\s+(?=[a-z]{{3,}}(?:ed|[^s\W]s)?\s))",
    re.I,
)


# a clause right after a list (a comma, or ", and") that opens by counting its members:
# "…, all five appointed after auditions", "…, all four of them …", "…, and both operators
# renewed …" (a noun there must be the list's own, or a noun of what its members do)
_COUNT_RIGHT_AFTER = re.compile(
    rf"\s*,\s+(?:and\s+)?(?:all\s+(?P<count>{_COUNT})\s+(?:of\s+them\b|(?=(?-i:[a-z]{{3,}})(?:ed|en)\s))"
    rf"|(?P<both>both)\s+(?:of\s+them\b|(?:(?-i:[a-z][\w-]*)\s+)?(?P<noun>(?-i:[a-z][\w-]*s))\s+(?-i:[a-z]{{3,}})))",
    re.I,
)


def _count_after(text: str, r: dict[str, Any]) -> int | None:
    """A count that sums up a list just after it ("A, B, C and D, five funders in all,") or
    opens the next clause pointing back at its members ("All six of them visited …", "the
    four sponsors put in …" after "A, B and C sponsor it", "Both of them …"); a noun there
    must be the list's own (its group's head, or the agent noun of the verb after the list)."""
    end = r["items_span"][1]
    if end > 0 and text[end - 1] in ".;" and end - 1 > r["items_span"][0]:
        end -= 1  # a run of names read up to its sentence's full stop: the stop ends it
    if (m := _COUNT_IN_ALL.match(text, end)) is not None:
        return _count(m.group("count"))
    if (m := _COUNT_RIGHT_AFTER.match(text, end)) is not None:
        # "A, B, C and D, all five appointed in 2020", "A, B and C, and both operators
        # renewed …": a clause right after the list opens by counting its members
        noun = (m.group("noun") or "").lower()
        if not noun or noun in {w.lower() for w in r["group"].split()} or _AGENT_NOUN.match(noun):
            return 2 if m.group("both") else _count(m.group("count"))
    clause = text[end : end + 80]
    cut = re.search(r"[.;]", clause)
    clause = clause[: cut.start()] if cut else clause
    m = _COUNT_POINTS_BACK.match(text, end + len(clause))
    if m is None:
        return None
    if m.group("both"):
        return 2
    if m.group("bare"):
        return _count(m.group("bare"))
    noun = (m.group("noun") or "").lower()
    if noun and not m.group("between"):  # "Between them the four founding schools had …": the list's own
        heads = {w.lower() for w in r["group"].split()}
        verb = re.match(r"\s*(?:(?:also|jointly|together|now|still|all|each)\s+)?([a-z]{3,})", clause)
        stem = verb.group(1).removesuffix("s") if verb else ""
        agents = {stem + "s", stem + "rs", stem + "ers", stem + "ors"} if stem else set()
        if noun not in heads and noun not in agents:
            return None
    return _count(m.group("count"))


# "the other two, A and B, …", "the remaining three (A, B and C)": a count with no noun of its own
_OTHER_COUNTED = re.compile(rf"\bthe\s+(?:other|remaining)\s+(?P<count>{_COUNT})\s*(?P<mark>,|\(|:|\s[—–])\s*", re.I)
# the counted noun of the sentence before it names what they are: "Three breweries closed"
_COUNTED_NOUN = re.compile(rf"\b{_COUNT}\s+(?:{_ADJ})(?P<noun>{_PLURAL})\b", re.I)


def _lists_other_counted(text: str, starts: list[int]) -> Iterator[dict[str, Any]]:
    """THE OTHER N, LIST, …: "three breweries closed; the other two, Hallam and Greystone,
    still brew": the list is the rest of a group, counted by itself."""
    if "other" not in text and "remaining" not in text:
        return
    for m in _OTHER_COUNTED.finditer(text):
        s0 = _sentence_start(text, m.start(), starts)
        s1 = _sentence_end(text, m.end(), starts)
        closed = m.group("mark") == "("
        b = text.find(")", m.end(), s1) if closed else s1
        if b < 0:
            continue
        got = parse_list(text, m.end(), b, closed=closed)
        if got is None or got["partial"] or got["ambiguous"]:
            continue
        kept = got["items"]
        nouns = list(_COUNTED_NOUN.finditer(text, s0, m.start()))
        group = f"other {nouns[-1].group('noun')}" if nouns else "others"
        yield _record(text, kept, m.start(), kept[-1][1], group, _count(m.group("count")))


# "We looked at three of them: A, B and C", "two of them (A and B)": a count of some of a
# group named before, then the ones counted
_COUNT_OF_THEM = re.compile(rf"\b(?P<count>{_COUNT})\s+of\s+them\s*(?P<mark>:|\()\s*", re.I)


def _lists_counted_of_them(text: str, starts: list[int]) -> Iterator[dict[str, Any]]:
    """N OF THEM: LIST: "Several countries enrol by default; we looked at three of them:
    A, B and C": the list names every one of the N picked (of a group named before), so
    its count is compared; its group is the pick ("three of them"), no whole group."""
    if "of them" not in text:
        return
    for m in _COUNT_OF_THEM.finditer(text):
        s1 = _sentence_end(text, m.end(), starts)
        closed = m.group("mark") == "("
        b = text.find(")", m.end(), s1) if closed else s1
        if b < 0:
            continue
        end = b
        while not closed and end > m.end() and text[end - 1] in " \n.!?":
            end -= 1
        got = parse_list(text, m.end(), end, closed=closed)
        if got is None or got["partial"] or got["ambiguous"] or len(got["items"]) < 2:
            continue
        kept = got["items"]
        count = _count(m.group("count"))
        yield _record(text, kept, m.start(), kept[-1][1], f"{m.group('count').lower()} of them", count)


# the A, B and C NOUNS: names before the plural noun of what they are, "the Ardmore and
# Belcarra councils"; only nouns of bodies a name alone can stand for
_NAMES_NOUN = re.compile(
    r"\bthe\s+(?P<names>(?-i:[A-Z])[^()\n;:,]{0,60}?(?:,\s+(?-i:[A-Z])[^()\n;:,]{0,60}?)*,?\s+and\s+(?-i:[A-Z])[^()\n;:,]{0,60}?)"
    r"\s+(?P<noun>councils|companies|firms|ports|airports|universities|hospitals|banks|utilities|airlines|operators|"
    r"trusts|charities|foundations|consortia|municipalities|boroughs|counties|districts)\b",
    re.I,
)
#: the nouns of ``_NAMES_NOUN``, one of which each match holds (in lower case)
_NAMES_NOUN_WORDS = (
    "councils", "companies", "firms", "ports", "universities", "hospitals", "banks", "utilities", "airlines",
    "operators", "trusts", "charities", "foundations", "consortia", "municipalities", "boroughs", "counties",
    "districts",
)  # fmt: skip
# an adjective of a people, not a name ("the French and German firms"): its endings
_DEMONYM_END = re.compile(r"(?:ish|ese|ian|ean|ic|an|ch|i|ern|al)$")
# a list that goes on after the noun: "the A and B companies, together with C"
_GOES_ON = re.compile(
    r"\s*,?\s*(?:together\s+with|along\s+with|as\s+well\s+as|and\s+others?\b|and\s+other\b|among\s+others\b|plus\b)",
    re.I,
)


def _lists_names_noun(text: str, starts: list[int]) -> Iterator[dict[str, Any]]:
    """THE A, B AND C NOUNS: "the Ardmore and Belcarra councils run the pilots": the names
    are the bodies the noun says they are, the list uncounted."""
    if " and " not in text or not has_any(ignorecase_fold(text), _NAMES_NOUN_WORDS):
        return
    for m in _NAMES_NOUN.finditer(text):
        a, b = m.span("names")
        got = parse_list(text, a, b, closed=True)
        if got is None or got["partial"] or got["ambiguous"] or _GOES_ON.match(text, m.end()):
            continue
        kept = got["items"]
        if any(rec[0] == "described" or _DEMONYM_END.search(text[x:y].split()[0]) for x, y, rec in kept):
            continue
        yield _record(text, kept, m.start(), m.end(), m.group("noun").lower(), None)


# "They were A, B and C.", "These are: A, B and C." opening a sentence
_POINTER_SENTENCE = re.compile(r"(?:They|These|Those)\s+(?:are|were)\s*:?\s+(?=(?:the\s+)?[A-Z])")
# what makes a count no count of the whole group: "more than four", "some of the four"
_NOT_WHOLE_BEFORE = re.compile(
    r"\b(?:about|around|nearly|almost|roughly|some|over|more\s+than|at\s+least|fewer\s+than|less\s+than|up\s+to|"
    r"approximately|of|among|including|another|other|first|last)\s*$",
    re.I,
)


def _lists_pointed_back(text: str, starts: list[int]) -> Iterator[dict[str, Any]]:
    """A COUNTED SENTENCE. THEY WERE LIST.: "Four councils took part in the pilot. They were
    Ardmore, Belcarra and Cullane." The list fills its sentence, and the sentence before it
    counts one plural noun only (two counts leave "they" open)."""
    if "They" not in text and "These" not in text and "Those" not in text:
        return
    for k, s0 in enumerate(starts):
        if k == 0:
            continue
        m = _POINTER_SENTENCE.match(text, s0)
        if m is None:
            continue
        p0 = starts[k - 1]
        counted = list(_COUNTED_NOUN.finditer(text, p0, s0))
        if len(counted) != 1 or len(_ANY_DIGIT.findall(text[p0:s0])) > len(counted[0].group(0)):
            continue
        c = counted[0]
        if _NOT_WHOLE_BEFORE.search(text[p0 : c.start()]) or _PARTIAL_WORDS.search(text[p0:s0].replace(c.group(0), "")):
            continue
        end = _sentence_end(text, m.end(), starts)
        b = end
        while b > m.end() and text[b - 1] in " \n.":
            b -= 1
        got = parse_list(text, m.end(), b, closed=True)
        if got is None or got["partial"] or got["ambiguous"]:
            continue
        count_word = re.match(rf"{_COUNT}", c.group(0), re.I)
        count = _count(count_word.group(0)) if count_word else None
        group = " ".join(c.group(0)[count_word.end() if count_word else 0 :].split())
        yield _record(text, got["items"], s0, b, group, count)


#: a plural noun phrase that says its list repeats one the reader has met: "all the values
#: listed in point 1:", "the criteria set out above (", "the aforementioned collections —"
_LISTED_BEFORE = re.compile(
    r"(?<![\w-])(?P<group>(?:all\s+(?:of\s+)?)?(?:the|these|those|our|its|their)\s+"
    r"(?:(?P<pre>aforementioned|above-?mentioned|afore-?said|previously\s+(?:listed|named|mentioned))\s+)?"
    r"(?:(?-i:[a-z][\w-]*)\s+){0,2}(?-i:[a-z][\w-]*[^s\W]s|criteria|phenomena|media|data|people)"
    r"(?P<post>\s+(?:(?:that|which)\s+(?:were|are|we)\s+)?(?:listed|named|set\s+out|mentioned|given|outlined|enumerated|identified)"
    r"\s+(?:above|earlier|before|previously|in\s+(?:point|section|paragraph|chapter|part|step|item)\s+[\w.]*\w"
    r"|in\s+the\s+(?:introduction|summary|(?:(?-i:[a-z][\w-]*)\s+)?(?:section|paragraph|chapter|part))))?)"
    r"\s*(?P<mark>:|\(|—|–)\s*",
    re.I,
)
_LISTED_CUE = re.compile(
    r"\b(?:above|earlier|before|previously|aforementioned|aforesaid|introduction|summary|section|paragraph|chapter|part|point|step|item)\b",
    re.I,
)


def _lists_listed_before(text: str, starts: list[int]) -> Iterator[dict[str, Any]]:
    """A list whose noun phrase says it repeats one given before ("all the values listed in
    point 1: privacy, fairness and justice", "the aforementioned collections (textiles,
    ceramics and prints)", "the measures set out above — …"): a whole list of names or
    things, marked ``listed_before`` so that :func:`extract_member_lists` looks for the list
    it repeats (:func:`claimcheck.extract.linking.restated_run`). Not "some of", "two of"
    the ones listed, nor a partial list ("such as")."""
    if not _LISTED_CUE.search(text):
        return
    for m in _LISTED_BEFORE.finditer(text):
        if not (m.group("pre") or m.group("post")):
            continue
        before = text[max(0, m.start() - 40) : m.start()]
        if _some_of(before) or _PART_OF.search(before):
            continue  # "two of the criteria listed above: …": some picked
        a = m.end()
        if m.group("mark") == "(":
            close = text.find(")", a)
            b = close if close > a else -1
        else:
            b = _sentence_end(text, a, starts)
            dash = re.compile(r"\s(?:—|–)\s|—|–").search(text, a, b) if m.group("mark") != ":" else None
            b = dash.start() if dash else b
        if b <= a:
            continue
        while b > a and text[b - 1] in " \n.,;":
            b -= 1
        got = parse_list(text, a, b, closed=True)
        if got is not None and not got["partial"] and not got["ambiguous"] and got["end"] >= b - 1:
            kept = got["items"]
        else:
            n = b - a
            kept = _thing_items(text, a, n, 12, _THING_LOOSE, _CLAUSE_WORD) or _serial_items(text, a, n)
        if not kept or len(kept) < 2 or _PARTIAL_WORDS.search(text[a:b]):
            continue
        record = _record(text, kept, m.start(), b, " ".join(m.group("group").split()), None)
        record["listed_before"] = True
        yield record


# collective nouns that count ("the trio of A, B and C", "a quartet of ports: …")
_COLLECTIVES = {
    "pair": 2,
    "duo": 2,
    "trio": 3,
    "triad": 3,
    "troika": 3,
    "quartet": 4,
    "quintet": 5,
    "sextet": 6,
    "septet": 7,
    "octet": 8,
}
_COLLECTIVE_NOUN = "(?:" + "|".join(_COLLECTIVES) + ")"
#: a word may say which one: "a mediation trio of", "the founding quartet of"
_WHICH_COLLECTIVE = r"(?:(?!of\b|and\b)(?-i:[a-z][\w-]*)\s+)?"
_COLLECTIVE_OF = re.compile(
    rf"\b(?:the|a|this|that|its|their)\s+{_WHICH_COLLECTIVE}(?P<coll>{_COLLECTIVE_NOUN})\s+of\s+(?=(?:the\s+)?[A-Z])",
    re.I,
)
_COLLECTIVE_OF_NOUN = re.compile(rf"\b(?:the|a|this|that)\s+{_COLLECTIVE_NOUN}\s+of\s+(?=[a-z])", re.I)
# the count a collective noun or a counted name gives the list right after it: "the trio of",
# "a trio of countries, namely", "The pair of rival operators,", "the Big Four (", "the G5 ("
_COUNTED_LEAD = re.compile(
    rf"\b(?:(?:the|a|this|that|its|their)\s+{_WHICH_COLLECTIVE}(?P<coll>{_COLLECTIVE_NOUN})(?:\s+of(?:\s+(?!of\b)[a-z][\w-]*){{0,3}})?"
    rf"|the\s+(?:[A-Z][a-z]+\s+)?(?P<word>Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twelve)|the\s+G(?P<g>\d{{1,2}}))"
    r"\s*(?:,?\s*(?:namely|that\s+is|i\.e\.)[,:]?|:|\(|—|–|,)?\s*$",
    re.I,
)


def _sized_before(text: str, r: dict[str, Any], starts: list[int]) -> int | None:
    """The size of a body written after its noun right before the list ("The jury (5
    members) consisted of A, B, …"), else None."""
    a = r["items_span"][0]
    s0 = _sentence_start(text, a, starts)
    grp = _body_sized_group(text[max(s0, a - 90) : a])
    return grp.declared if grp is not None else None


def _collective_count(text: str, r: dict[str, Any], starts: list[int]) -> int | None:
    """The count a collective noun or a counted name right before a list declares ("the
    trio of A, B, C and D": 3), else None."""
    a = r["items_span"][0]
    s0 = _sentence_start(text, a, starts)
    m = _COUNTED_LEAD.search(text[max(s0, a - 80) : a])
    if m is None:
        return None
    if m.group("coll"):
        return _COLLECTIVES[m.group("coll").lower()]
    if m.group("g"):
        # "the G7 (…)" counts countries: a list that adds the EU or the African Union keeps
        # its count open
        return int(m.group("g")) if all(country_name(x) for x in r["raw_members"]) else None
    return _count(m.group("word"))


def _lists_collective(text: str, starts: list[int]) -> Iterator[dict[str, Any]]:
    """the COLLECTIVE of LIST: "the trio of Russia, Ukraine and Romania" (a list "of" would
    otherwise read as some of a group)."""
    if not has_any(ignorecase_fold(text), tuple(_COLLECTIVES)):
        return
    for m in _COLLECTIVE_OF.finditer(text):
        s1 = next((st for st in starts if st > m.end()), len(text))
        parsed = parse_list(text, m.end(), s1, closed=False, general=True)
        if parsed is None or len(parsed["items"]) < 2 or parsed["partial"]:
            continue
        kept = parsed["items"]
        r = _record(text, kept, m.start(), kept[-1][1], m.group("coll").lower(), None)
        r.update(ambiguous=parsed["ambiguous"])
        yield r


#: the list is the object of a verb that gathers members, not the subject of the verb after it
_OBJECT_OF_INCLUSION = re.compile(
    r"\b(?:brings\s+together|brought\s+together|includes|included|comprises|comprised|unites|united|gathers|"
    r"gathered|groups|grouped|consists\s+of|consisted\s+of|is\s+made\s+up\s+of|was\s+made\s+up\s+of)\s+(?:the\s+)?$"
)


#: a time and nothing else where a group should stand: "in 2021", "in September 2021", "last year"
_TIME_ONLY = re.compile(
    r"(?:(?:in|on|by|since|during|from|until|before|after)\s+)?(?:the\s+)?(?:(?:early|late|mid|spring|summer|autumn|"
    r"winter|january|february|march|april|may|june|july|august|september|october|november|december|\d{1,2})[\s,-]+)*"
    r"(?:(?:19|20)\d\d(?:[/–-]\d\d)?|last\s+year|this\s+year|last\s+month|that\s+year)",
    re.I,
)


def _subject_apposed(before: str) -> bool:
    """Do the words before a run of names end in a counted or owned group and a comma (the
    names its apposition: "The quartet's four players, A, B, …")? Then the verb after the
    names is the group's, and the list is read as the apposition."""
    head = before.rstrip()
    if not head.endswith(","):
        return False
    head = head[:-1]
    return _counted_apposition(head) or _owned_apposition(head)


def _lists_joined(text: str, starts: list[int]) -> Iterator[dict[str, Any]]:
    """LIST have joined GROUP: "A, B and C have joined the pact"."""
    if not has_any(text, _AFTER_LIST_WORDS):
        return  # a word every match holds is missing
    for m in _AFTER_LIST.finditer(text):
        s0 = _sentence_start(text, m.start(), starts)
        kept = _members_before(text, _known_compound(text, _items(text, s0, m.start())))
        if len(kept) < 3:
            continue
        group = _clean_group(m.group("group"))
        if not group or _TIME_ONLY.fullmatch(group):
            continue  # "A, B and C joined in 2021": when, not what they joined
        raw_group = m.group("group")
        end = m.start("group") + len(group) if raw_group.startswith(group) else m.end("group")
        before = text[s0 : kept[0][0]]
        if _OBJECT_OF_INCLUSION.search(before):
            continue  # "the forum, which brings together A, B and C, launched a plan": the forum launched it
        if _subject_apposed(before):
            continue  # "The four players, A, B, C and D, have set up a fund": the apposition's reading
        verb = text[kept[-1][1] : m.start("group")]
        complete = not (_PARTIAL_WORDS.search(before) or re.search(r"\balso\b", verb))
        r = _record(text, kept, kept[0][0], end, group, None)
        r.update(complete=complete, role=role_of(verb))
        yield r


# LIST are the N NOUN [that …].: "Kenya, Uganda and Ghana are the three countries that host …"
_COPULA_COUNT = re.compile(
    rf"\s+(?:are|were)\s+(?:the|its|their|(?:the\s+)?(?P<owner>[\w.-]+(?:\s+[\w.-]+)?)['’]s)\s+{_APPROX}?(?P<count>{_COUNT})\s+(?P<adj>{_ADJ})(?P<noun>{_PLURAL})"
    r"(?P<post>\s+(?:of|in|on|at|from|for|with|across|that|which|who|whose|behind|to)\s+[^,;:()—–.]{1,90}?)?(?=\s*(?:[.;]|$))",
    re.I,
)


def _lists_apposed(text: str, starts: list[int]) -> Iterator[dict[str, Any]]:
    """LIST, the [N] NOUN [of …], VERB: "Koper, Rijeka and Pula, the three ports of the
    compact, publish …"; LIST are the N NOUN …: "Koper, Rijeka and Pula are the three
    ports of the compact."."""
    copula = (
        list(_COPULA_COUNT.finditer(text))
        if (" are " in text or " were " in text) and _may_count(text)  # it needs a count
        else []
    )
    apposed = list(_APPOS_AFTER.finditer(text))
    # "A, B, C and D (the trust's three sixth-form centres), which …": the parenthesis closes
    # the apposition, whatever follows it
    bracketed = len(apposed)
    apposed += list(_APPOS_PAREN.finditer(text)) if "(" in text else []
    pointed = list(_POINTER_AFTER.finditer(text)) if "these" in text or "those" in text else []
    for k, m in enumerate([*apposed, *pointed, *copula]):
        closed = k >= len(apposed) + len(pointed)  # "… are the three ports.": the sentence ends it, no verb after
        if bracketed <= k < len(apposed):
            pass
        elif len(apposed) <= k < len(apposed) + len(pointed):
            if m.group("count") is None:
                continue  # "A, B and C: these two ports take …": the count points back
        elif not closed and (
            not re.match(r"\s*[a-z]", text[m.end() : m.end() + 3]) or re.match(r"\s*(?:and|or|but)\b", text[m.end() :])
        ):
            continue
        if closed and m.group("count") is None:
            continue
        s0 = _sentence_start(text, m.start(), starts)
        head = text[s0 : m.start()]
        intro = _INTRO.match(head)
        a0 = s0 + (intro.end() if intro else 0)
        kept = _members_before(text, _known_compound(text, _items(text, a0, m.start())))
        if len(kept) < 2 and m.group("count") and not m.group("approx") and not closed:
            # "Sugary drinks, processed meats, sweets and sauces, the four product groups
            # named in the law, are …": things, not names, counted by the apposition
            kept = _things_before(text, a0, m.start())
        if len(kept) < 2 or not re.search(r"\s(?:and|or)\s", text[kept[-2][1] : kept[-1][0] + 1]):
            continue
        count = None if m.group("approx") else _count(m.group("count"))
        if len(kept) < (2 if count is not None else 3):
            continue
        group = _group_text(m.group("adj"), m.group("noun"), m.group("post") or "")
        if not group:  # "A, B and C: these two take …"
            group = " ".join(m.group(0).strip(" ,:—–").split())
        if m.group("owner"):
            group = _owned(group, m.group("owner"))  # "…, the law's three sponsors, …"
        # what the members do, in a relative clause ("…, the five provinces that report more
        # than half of the cases, …"), says nothing of how whole the list is
        post = _RELATIVE.split(m.group("post") or "", maxsplit=1)[0]
        complete = not (_PARTIAL_WORDS.search(_group_text(m.group("adj"), post)) or m.group("approx"))
        complete = complete and not _PARTIAL_WORDS.search(text[s0 : kept[0][0]])
        r = _record(text, kept, kept[0][0], m.end() - (0 if closed else 1), group, count)
        r.update(complete=complete, role=role_of(group))
        yield r


_RELATIVE = re.compile(r"\s(?:that|which|who|whose)\s", re.I)
# LIST (the OWNER's N NOUN [of …]): a counted group in brackets right after the list
_APPOS_PAREN = re.compile(
    rf"\s*\((?:the|its|their|all|(?:the\s+)?(?P<owner>[\w.-]+(?:\s+[\w.-]+)?)['’]s)\s+{_APPROX}?(?P<count>{_COUNT})\s+"
    rf"(?P<adj>{_ADJ})(?P<noun>{_PLURAL})(?P<post>\s+(?:of|in|on|at|from|for|with|across|that|which|who|to|under|by)\s+[^,;:()]{{1,70}}?)?\)",
    re.I,
)
# LIST: these N [NOUN] VERB …, LIST — those N …: a count pointing back at the list before it
_POINTER_AFTER = re.compile(
    rf"(?:,|:|\s[—–])\s+(?:these|those)\s+(?P<owner>(?!))?(?P<approx>(?!))?(?P<count>{_COUNT})\s+(?:(?P<adj>{_ADJ})(?P<noun>{_PLURAL})(?P<post>(?!))?,?\s+)?(?=[a-z])",
    re.I,
)

# LIST, the group of … known as the NAME, VERB: the group is the name
_APPOS_NAMED = re.compile(
    r",\s+(?:the|a|an)\s+[^,;:()]{0,80}?\b(?:known\s+as|called|dubbed|nicknamed)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,4}),"
)


def _lists_named_apposed(text: str, starts: list[int]) -> Iterator[dict[str, Any]]:
    """LIST, the group … known as the NAME, VERB: "Chile, Peru and Ghana, the coastal states
    known as the Pacific Three, asked …"."""
    if "known" not in text and "called" not in text and "dubbed" not in text:
        return  # a word every match holds is missing
    for m in _APPOS_NAMED.finditer(text):
        if not re.match(r"\s*[a-z]", text[m.end() : m.end() + 3]):
            continue
        s0 = _sentence_start(text, m.start(), starts)
        intro = _INTRO.match(text[s0 : m.start()])
        a0 = s0 + (intro.end() if intro else 0)
        kept = _members_before(text, _known_compound(text, _items(text, a0, m.start())))
        if len(kept) < 3 or not re.search(r"\s(?:and|or)\s", text[kept[-2][1] : kept[-1][0] + 1]):
            continue
        r = _record(text, kept, kept[0][0], m.end() - 1, m.group("name"), None)
        r.update(complete=not _PARTIAL_WORDS.search(text[s0 : kept[0][0]]), role="members")
        yield r


#: a relative pronoun ending a subject before an inclusion verb: "the forum, which [brings together]"
_RELATIVE_SUBJECT = re.compile(r"\s*,?\s+(?:which|that|who)(?:\s+now|\s+still|\s+also)?\s*$", re.I)


#: a body's noun phrase that ends by counting its members after "of": "a panel of three
#: judges", "the committee of four MPs"
_OF_COUNTED_END = re.compile(rf"\bof\s+{_COUNT}\s+(?:[\w-]+\s+){{0,2}}[\w-]+s$", re.I)


#: the words before a subordinate clause's subject, to its last "whether", "if", "that" or
#: "because" (with no comma after it): "We ask whether ", "It is not clear if "
_SUBORDINATE_OPENING = re.compile(
    r"^[^,;:()]*?\b(?:whether|if|that|because|although)\s+(?![^,;:()]*\b(?:whether|if|that|because|although)\b)", re.I
)


def _lists_introduced(text: str, starts: list[int]) -> Iterator[dict[str, Any]]:
    """GROUP includes [N countries] (LIST) | : LIST | LIST."""
    if not has_any(ignorecase_fold(text), _BEFORE_LIST_WORDS):
        return  # a word every match holds is missing
    for m in _BEFORE_LIST.finditer(text):
        if m.group("verb")[:1].isupper():
            continue  # "the United Kingdom": a name, not the verb
        s0 = _sentence_start(text, m.start(), starts)
        list_start = m.end()
        if m.group("open") and m.group("open").startswith("("):
            close = text.find(")", list_start)
            if close == -1:
                continue
            parsed = parse_list(text, list_start, close, closed=True)
        else:
            end = _sentence_end(text, list_start, starts)
            while end > list_start and text[end - 1] in " \n;":
                end -= 1  # "…, backs a weekly cap;" closing a bullet: no item after it
            parsed = parse_list(text, list_start, end, closed=False)
        if parsed is None or len(parsed["items"]) < 3:
            continue
        kept = parsed["items"]
        head = text[s0 : m.start()]
        lead = len(head) - len(head.lstrip())
        intro = _INTRO.match(head.lstrip())
        skip = lead + (intro.end() if intro else 0)
        rel = _RELATIVE_SUBJECT.search(head)
        if rel:
            # "the forum, which brings together A, B and C, launched …": the noun the
            # relative pronoun stands for is what brings them together
            head = head[: rel.start()]
            intro = _INTRO.match(head.lstrip())
            skip = lead + (intro.end() if intro else 0)
        subject = head[skip:].strip().rstrip(",")
        if (clause := _SUBORDINATE_OPENING.match(subject)) is not None and clause.end() < len(subject):
            # "We ask whether the ministry's panel, made up of A, B and C, …": the subject of
            # the clause the list is in, not the words that open it
            subject = subject[clause.end() :]
        if subject.endswith(" and"):
            # "The Realm, one of 16 realms, is the area the Queen rules, and comprises A, B
            # and C": a second verb of the sentence's subject, the noun phrase it opens with
            first = re.match(r"^(?:[Tt]he\s+)?[A-Z][^,;:()]{1,60}?(?=,)", subject)
            subject = first.group(0) if first and len(first.group(0).split()) <= 8 else subject
        if not subject or len(subject.split()) > 14:
            continue
        if m.group("count") is None and _OF_COUNTED_END.search(subject):
            continue  # "a panel of three judges, comprising A, B and C": the judges, read as after "namely" (_anchored)
        end = kept[-1][1]
        if m.group("open") and m.group("open").startswith("(") and text[end : end + 1] == ")":
            end += 1
        count = _count(m.group("count"))
        if count is None and (
            hyphen := re.search(
                rf"(?:^|,\s+)(?:the|a|an|its|their)\s+(?P<count>{_COUNT})-{_HYPHEN_NOUN}(?:\s+[\w-]+){{0,5}}$",
                subject,
                re.I,
            )
        ):
            count = _count(hyphen.group("count"))  # "The eight-nation initiative, made up of A, …"
        count = _open_count(parsed, count)
        verb = m.group("verb").lower()
        # (a count inside a compound names the body, "the eight-nation initiative": no part of it)
        complete = not parsed["partial"] and not _PARTIAL_WORDS.search(
            re.sub(rf"\b{_COUNT}-[a-z]+", "", subject, flags=re.I)
        )
        if "includ" in verb and count is None:
            complete = False  # "The members include A, B and C": some of them
        r = _record(text, kept, s0 + skip, end, subject, count)
        r.update(complete=complete, role=role_of(subject), ambiguous=parsed["ambiguous"])
        yield r


# "the same five (A, B, C, D and E)", "these four — A, B, C and D —", "All four — …": a group counted before,
# named again by its count alone and listed in brackets or between dashes
_RESTATED = re.compile(
    rf"\b(?P<det>the\s+same|these|those(?:\s+same)?|all(?:\s+the)?|the)\s+(?P<count>{_COUNT})(?P<open>\s*\(|\s*(?:—|–)|\s--)\s*",
    re.I,
)


def _lists_restated(text: str, starts: list[int]) -> Iterator[dict[str, Any]]:
    """the same N (LIST) | these N — LIST —: a list that restates a group counted earlier;
    its group is the words that point back ("the same five"), which LS001 resolves to the
    list they restate."""
    if "(" not in text and "—" not in text and "–" not in text and "--" not in text:
        return  # every match opens with a parenthesis or a dash
    if not _may_count(text):
        return  # and holds a count
    for m in _RESTATED.finditer(text):
        s1 = _sentence_end(text, m.end(), starts)
        if "(" in m.group("open"):
            close = text.find(")", m.end(), s1)
        else:
            nd = _DASH_END.search(text, m.end(), s1)
            close = nd.start() if nd else -1
        if close == -1:
            continue
        parsed = parse_list(text, m.end(), close, closed=True, general=True)
        if parsed is None or len(parsed["items"]) < 2:
            continue
        count = _count(m.group("count"))
        group = re.sub(r"\s+", " ", f"{m.group('det')} {m.group('count')}").lower()
        r = _record(text, parsed["items"], m.start(), close + (1 if "(" in m.group("open") else 0), group, count)
        r.update(complete=not parsed["partial"], role="members", ambiguous=parsed["ambiguous"])
        yield r


def _lists_members_of(text: str, starts: list[int]) -> Iterator[dict[str, Any]]:
    """the members of GROUP are LIST."""
    if not has_any(text, _MEMBERS_OF_WORDS):
        return  # a word every match holds is missing
    for m in _MEMBERS_OF.finditer(text):
        list_start = m.end()
        end = _sentence_end(text, list_start, starts)
        semi = text.find(";", list_start, end)  # "… and HMRC should report; whether …": the clause ends
        parsed = parse_list(text, list_start, end if semi < 0 else semi, closed=False)
        if parsed is None or len(parsed["items"]) < 3:
            continue
        kept = parsed["items"]
        complete = not parsed["partial"] and "includ" not in m.group(0).lower()
        r = _record(text, kept, m.start(), kept[-1][1], _clean_group(m.group("group")), None)
        r.update(complete=complete, role=role_of(m.group(0)))
        yield r


# LIST own / operate / fund … the THING: "A, B and C jointly own the mine" lists the owners of
# the mine (the verb names their role, so funders and operators of one thing stay apart)
_AGENT_VERBS = {
    "own": "owners",
    "co-own": "owners",
    "operate": "operators",
    "run": "operators",
    "fund": "funders",
    "finance": "financiers",
    "back": "backers",
    "sponsor": "sponsors",
}
_AGENT = re.compile(
    r"\s+(?:(?:now|still|jointly|together|also)\s+)?(?P<verb>" + "|".join(_AGENT_VERBS) + ")"
    r"(?:s|ed)?\s+(?P<group>(?:the|its|their)\s+[^\s,.;:()]+(?:\s+[^\s,.;:()]+){0,5})"
)


def _lists_agents(text: str, starts: list[int]) -> Iterator[dict[str, Any]]:
    """LIST own the THING: "Acme, Globex and Initech jointly own the smelter" (owners of the
    smelter); "also" makes the list partial."""
    if not has_any(text, _AGENT_VERBS):
        return  # a word every match holds is missing
    for m in _AGENT.finditer(text):
        s0 = _sentence_start(text, m.start(), starts)
        kept = _members_before(text, _known_compound(text, _items(text, s0, m.start())))
        if len(kept) < 3 or not re.search(r"\s(?:and|&)\s", text[kept[-2][1] : kept[-1][0] + 1]):
            continue
        group = _clean_group(m.group("group"))
        if len(group.split()) < 2:
            continue
        before = text[s0 : kept[0][0]]
        if _subject_apposed(before):
            continue  # "The three owners, A, B and C, jointly run the mill": the apposition's reading
        complete = not (_PARTIAL_WORDS.search(before) or re.search(r"\balso\b", m.group(0)))
        r = _record(
            text, kept, kept[0][0], m.start("group") + len(group), f"{_AGENT_VERBS[m.group('verb')]} of {group}", None
        )
        r.update(complete=complete, role="members")
        yield r


# a count written into a compound: "the five-party arrangement", "a six-member council"
_HYPHEN_NOUN = (
    r"(?:member|party|country|nation|state|partner|company|firm|city|port|bank|club|team|union|utility|"
    r"operator|carrier|airline|government|province|region|agency|strong)"
)
_HYPHEN_COUNTED = rf"\b(?P<count>{_COUNT})-(?P<noun>{_HYPHEN_NOUN})\s+(?P<group>(?:[a-z][\w-]*\s+){{0,2}}?[a-z][\w-]*)"
# what every match of _HYPHEN_GROUP holds, found at the speed of its literal hyphen
_HYPHEN_NOUN_AFTER = re.compile(rf"-{_HYPHEN_NOUN}", re.I)
_HYPHEN_GROUP = re.compile(
    # (a colon or a parenthesis may follow the group's last word at once: "committee:")
    _HYPHEN_COUNTED + r"(?:\s*,?\s+|(?=[:(]))(?:(?:is|was|are|were|has\s+been)\s+)?"
    r"(?P<link>signed\s+by|made\s+up\s+of|composed\s+of|comprising|consisting\s+of|formed\s+by|set\s+up\s+by|"
    r"between|among|of|in|with|\(|:|—|–)\s*(?:the\s+following:?\s*)?",
    re.I,
)
_HYPHEN_LEAD = re.compile(
    _HYPHEN_COUNTED + r"\s+(?:(?:is|was|are|were|has\s+been)\s+)?(?:made\s+up\s+of|composed\s+of|comprises|"
    r"consists\s+of|includes|brings\s+together|has\s+these\s+members)?\s*$",
    re.I,
)


def _hyphen_group(noun: str, group: str) -> str:
    """ "party", "arrangement" → "parties of the arrangement"."""
    noun = noun.lower()
    if noun == "strong":  # "a six-strong team": its members
        return f"members of the {group}"
    plural = noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun + "s"
    return f"{plural} of the {group}"


def _lists_hyphen_counted(text: str, starts: list[int]) -> Iterator[dict[str, Any]]:
    """N-NOUN GROUP (signed by | of | in | ( | : | —) LIST: "the five-party arrangement signed
    by A, B, …", "the three-country pilot in A, B and C", "a six-nation bloc (A, …)"."""
    if "-" not in text or not _HYPHEN_NOUN_AFTER.search(text):
        return  # every match has a hyphen and a counted noun right after it ("-party")
    for m in _HYPHEN_GROUP.finditer(text):
        link = m.group("link")
        s1 = _sentence_end(text, m.end(), starts)
        if link == "(":
            close = text.find(")", m.end())
            if close == -1:
                continue
            parsed = parse_list(text, m.end(), close, closed=True)
        elif link in ("—", "–"):
            nd = _DASH_END.search(text, m.end(), s1)
            parsed = parse_list(text, m.end(), nd.start() if nd else s1, closed=bool(nd))
        else:
            parsed = parse_list(text, m.end(), s1, closed=False)
        if parsed is None and link == ":":
            # "a seven-member committee: the region, the city of X, … and the Y": members
            # named by what they are, after a colon that the count introduces
            yield from _kinds_counted(text, m, s1, starts)
            continue
        if parsed is None or len(parsed["items"]) < 2:
            continue
        s0 = _sentence_start(text, m.start(), starts)
        before = text[s0 : m.start()]
        complete = not parsed["partial"] and not (_PART_OF.search(before) or _PARTIAL_WORDS.search(before[-30:]))
        count = _open_count(parsed, _count(m.group("count")))
        kept = parsed["items"]
        r = _record(text, kept, m.start(), kept[-1][1], _hyphen_group(m.group("noun"), m.group("group")), count)
        r.update(complete=complete, role=role_of(link), ambiguous=parsed["ambiguous"])
        yield r


# a member named by what it is: "the region", "the city of Porto Celeste", "its two unions"
_KIND_ITEM = re.compile(r"^(?:the|its|their|a|an)\s+[^,;:()]{2,60}$", re.I)


def _kinds_counted(text: str, m: re.Match[str], s1: int, starts: list[int]) -> Iterator[dict[str, Any]]:
    """A list after "a seven-member committee:" whose members are named by what they are
    ("the region, the city of Porto Celeste, the hotel federation … and the Residents First
    Coalition"): every item a determiner's noun phrase, three or more, the last after "and";
    a count in an item ("the two parish councils") leaves the number of members open."""
    end = s1
    while end > m.end() and text[end - 1] in " \n.":
        end -= 1
    region = text[m.end() : end]
    if _PARTIAL_WORDS.search(region.split(",")[0]) or re.search(r"\b(?:including|such\s+as|among|etc)\b", region, re.I):
        return
    pieces = [p for p in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", region) if p]
    if len(pieces) < 3 or not re.search(r"\sand\s+\S+[^,]*$", region):
        return
    if not all(_KIND_ITEM.match(p) for p in pieces) or any(" and " in p for p in pieces):
        return
    kept = []
    at = m.end()
    for p in pieces:
        a = text.index(p, at)
        at = a + len(p)
        kept.append((a, at, ("kind", re.sub(r"^(?:the|its|their)\s+", "", p, flags=re.I))))
    counted = any(re.search(rf"\b(?:{_COUNT})\b", p, re.I) for p in pieces)
    count = None if counted else _count(m.group("count"))
    r = _record(text, kept, m.start(), kept[-1][1], _hyphen_group(m.group("noun"), m.group("group")), count)
    r.update(complete=True, role=role_of(m.group("link")))
    yield r


#: what may follow the last member of a body's list: the sentence's punctuation, or its verb
#: ("… and Delta Freight won the bid", "… and HMRC should report"), never a noun the names
#: describe ("a group of Harvard, Yale and Stanford researchers")
_BODY_LIST_END = re.compile(
    r"\s*(?:[,.;:)!?\]]|$|(?:was|were|is|are|has|have|had|will|would|should|could|can|may|must|might|also|now|then|"
    r"still|jointly|together|did|does|do|met|meets|meet|said|says|set|won|wins|ran|runs|[a-z]{2,}ed)\b)"
)


def _lists_body_of(text: str, starts: list[int]) -> Iterator[dict[str, Any]]:
    """a consortium of LIST: "owned by a consortium of A, B and C", "the joint venture between
    A, B and C", "A cross-government working group of A, B, C and D was set up". The group is
    the collective noun with the words before it that say which ("the consortium", "the
    cross-government working group"); a list that goes on ("… and others", "…, among
    them") is partial."""
    if not has_any(text, _BODY_OF_WORDS):
        return  # a word every match holds is missing
    for m in _BODY_OF.finditer(text):
        list_start = m.end()
        end = _sentence_end(text, list_start, starts)
        semi = text.find(";", list_start, end)  # "… and HMRC should report; whether …": the clause ends
        parsed = parse_list(text, list_start, end if semi < 0 else semi, closed=False)
        if parsed is None or len(parsed["items"]) < 3:
            continue
        kept = parsed["items"]
        if not _BODY_LIST_END.match(text, kept[-1][1]):
            continue  # "a group of Harvard, Yale and Stanford researchers": names of a noun after them
        before = text[_sentence_start(text, m.start(), starts) : m.start()]
        complete = not parsed["partial"] and not _PARTIAL_WORDS.search(before[-30:])
        noun = " ".join((m.group("mods") + m.group("noun")).split())
        # "a four-party coalition of A, B and C": a count written into a compound of the
        # body's words counts its members
        counted = re.search(rf"\b(?P<count>{_COUNT})-{_HYPHEN_NOUN}\b", m.group("mods"), re.I)
        count = None if counted is None else _open_count(parsed, _count(counted.group("count")))
        r = _record(text, kept, m.start(), kept[-1][1], f"the {noun}", count)
        r.update(complete=complete, role="members")
        yield r


#: a body, its chair, then its other members after "with": "The panel is chaired by A, with
#: B and C as members", "the inquiry, led by A, with B and C as its other members"
_CHAIRED_WITH = re.compile(
    rf"(?:^|(?<=\s))(?-i:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?)\s+(?P<body>(?:(?-i:[a-z][\w-]*)\s+){{0,2}}?{_SIZED_BODY}|inquiry|review)"
    # (when or where it was set up may come between: "a review panel in May 2024, chaired by")
    r"(?:\s+(?:in|on|at|from|since|for)\s+[^,;:()]{1,30}?)?"
    r"\s*,?\s+(?:(?:is|was|will\s+be|has\s+been|had\s+been)\s+)?(?:co-?chaired|chaired|led|headed)\s+by\s+"
    r"(?P<chair>(?:the\s+)?[A-Z][^,;:()]{1,60}?),\s+with\s+(?P<rest>(?:the\s+)?[A-Z][^;:()]{1,200}?)\s+as\s+"
    r"(?:its\s+|the\s+|fellow\s+)?(?:other\s+|fellow\s+)?(?:(?-i:[a-z][\w-]*)\s+)?members\b",
    re.I,
)


def _lists_chaired_with(text: str, starts: list[int]) -> Iterator[dict[str, Any]]:
    """A body's chair and its other members after "with … as members": "The review board is
    chaired by A, with B and C as members", "the panel, led by A, with B, C and D as its other
    members". The members are the chair and the others, all of them (the count is left open)."""
    if "members" not in text or " by " not in text:
        return
    for m in _CHAIRED_WITH.finditer(text):
        chair = _member(m.group("chair"), True)
        parsed = parse_list(text, m.start("rest"), m.end("rest"), closed=True)
        if chair is None or chair[0] == "described" or parsed is None or parsed["partial"]:
            continue
        kept = [(m.start("chair"), m.end("chair"), chair), *parsed["items"]]
        r = _record(text, kept, m.start(), m.end(), "the " + " ".join(m.group("body").split()), None)
        yield r


_INLINE_BULLETS = re.compile(r":\s+(?P<b>[•●▪◦‣]|-(?=\s))\s+")


def _inline_bullets(text: str, m: re.Match[str], starts: list[int]) -> dict[str, Any] | None:
    bullet = m.group("b")
    sep = re.compile(rf"\s+{re.escape(bullet)}\s+")
    pos = m.end()
    pieces: list[tuple[int, int]] = []
    for n in sep.finditer(text, pos):
        pieces.append((pos, n.start()))
        pos = n.end()
        if len(pieces) > 60:
            return None
    pieces.append((pos, len(text)))
    items = []
    for a, b in pieces:
        head = _LEAD_IN_ITEM.match(text[a:b])
        if not head:
            return None
        rec = _member(head.group("name"), True)
        if rec is None:
            return None
        items.append((a + head.start("name"), a + head.end("name"), rec))
    s0 = _sentence_start(text, m.start(), starts)
    left = _clean_left(text[s0 : m.start()])
    info = _lead_in(left)
    if info is None or not info["complete"]:
        return None
    if len(items) < (2 if info["count"] is not None else 3):
        return None
    start = text.find(left, s0) if left else s0
    r = _record(text, items, max(start, s0), m.start(), info["group"], info["count"])
    r["role"] = info["role"]
    return r


def _record(
    text: str, kept: list[tuple[int, int, tuple[str, str]]], start: int, end: int, group: str, count: int | None
) -> dict[str, Any]:
    return {
        "start": start,
        "end": max(end, kept[-1][1]),
        "group": group,
        "members": tuple(rec[1] for _, _, rec in kept),
        "raw_members": tuple(text[a:b] for a, b, _ in kept),
        "declared_count": count,
        "complete": True,
        "role": "members",
        "ambiguous": False,
        "items_span": (kept[0][0], kept[-1][1]),
    }


def _as_of(sentence: str, unit: TextUnit) -> tuple[PartialDate | None, str | None]:
    from claimcheck.extract.dates import find_dates  # the extractors load each other only when a run needs them

    m = _AS_OF.search(sentence)
    if m:
        ds = [d for d in find_dates(m.group(0), infer_years=False) if d.date is not None]
        if ds:
            return ds[0].date, m.group(0)
    # "In 2023, …", "In March 2024 the ports …": the sentence's date
    m = re.match(r"(?:In|During|At\s+the\s+(?:start|end)\s+of)\s+(?:[A-Z][a-z]+\.?\s+)?\d{4}(?=,|\s+[a-z])", sentence)
    if m:
        ds = [d for d in find_dates(m.group(0), infer_years=False) if d.date is not None]
        if ds:
            return ds[0].date, m.group(0)
    m = _SO_FAR.search(sentence)
    if m:
        pub = unit.doc.metadata.publication_date
        as_of = PartialDate(year=pub.year, month=pub.month, day=pub.day) if pub else None
        return as_of, m.group(0)
    return None, None


_URL_IN_TEXT = re.compile(r"https?://\S+?(?=[.,;]?(?:\s|$))")


def _regions(unit: TextUnit) -> list[tuple[int, int]]:
    if not unit.in_footnote:
        return [(0, len(unit.text))]
    from claimcheck.extract.citations import footnote_parts  # the extractors load each other only when a run needs them

    out = []
    for p in footnote_parts(unit.text):
        if p.kind == "prose":
            out.append((p.start, p.end))
            continue
        # "…, https://example.org/x. The alliance's members are A, B and C.": a remark after the URL
        urls = list(_URL_IN_TEXT.finditer(unit.text[p.start : p.end]))
        if urls:
            after = p.start + urls[-1].end()
            m = re.match(r"[.,;]?\s+(?=[A-Z])", unit.text[after : p.end])
            if m and len(unit.text[after : p.end].split()) >= 4:
                out.append((after + m.end(), p.end))
    return out


#: a person's title or a place's word written short with a full stop ("Dr. Ike Obi", "Mrs.
#: Ola Berg", "St. Anne's", "Mt. Kenya"): the stop ends no item's name
_DOTTED_TITLE = (
    r"(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx|Messrs|Rev|Hon|Gen|Col|Capt|Lt|Sgt|Sen|Rep|Gov|Amb|Fr|St|Mt|Ft)\.\s+(?=[A-Z]))?"
)
_LEAD_IN_ITEM = re.compile(rf"^\s*(?P<name>{_DOTTED_TITLE}[^:—–(,.;]+?)\s*(?:$|[:—–(,.;]|\s-\s)")


_BULLET_BEFORE = re.compile(
    r"(?:(?:^|\n)[ \t>]*(?:[-*+•▪‣◦]|\d{1,3}[.)])[ \t]+|<li\b[^>]*>\s*(?:<(?!/?li\b)[^>]+>\s*)*)$", re.I
)


def _is_item(doc: Document, block: Block, kinds: type[BlockKind]) -> bool:
    """A bullet or numbered item: a ``list_item`` block, or (for readers that do not class
    blocks yet) a block whose source opens with a bullet marker or an ``<li>``."""
    if block.kind == kinds.list_item:
        return True
    if block.kind != kinds.paragraph or doc.source is None:
        return False
    try:
        at = block.source_map.to_file(0)
    except Exception:
        return False
    return bool(_BULLET_BEFORE.search(doc.source.text[max(0, at - 80) : at]))


def _opens_with_marker(doc: Document, block: Block) -> bool:
    """Does the Markdown block's source line open with a bullet or a number (or is it not
    known)? An item's second paragraph, indented under it, opens with none."""
    if doc.source is None:
        return True
    try:
        at = block.source_map.to_file(0)
    except Exception:
        return True
    src = doc.source.text
    return bool(_LINE_MARKER.match(src, src.rfind("\n", 0, at) + 1, at))


#: a bullet or a number opening a Markdown line (a quote's ">" may stand before it)
_LINE_MARKER = re.compile(r"[ \t>]*(?:[-*+•▪‣◦]|\d{1,3}[.)])[ \t]")
#: what stands before a Markdown block's content on its first line: indentation, a quote's
#: ">", a bullet or a number
_CONTENT_LEAD = re.compile(r"[ \t>]*(?:(?:[-*+•▪‣◦]|\d{1,3}[.)])[ \t]+)?")


def _content_column(doc: Document, block: Block) -> int:
    """The column a Markdown block's content starts at on its source line, after its
    indentation and its marker: the nesting an item or an item's paragraph has. The
    block's own column is where its text starts, which emphasis or a link opening the item
    moves ("- **Other news:** …" is an item of the outer list, not one indented two more).
    Other formats, and a block whose source is not known, keep their own column."""
    col = block.location.column
    if doc.format != "markdown" or doc.source is None:
        return col
    try:
        at = block.source_map.to_file(0)
    except Exception:
        return col
    src = doc.source.text
    start = src.rfind("\n", 0, at) + 1
    m = _CONTENT_LEAD.match(src, start, at)
    return m.end() - start + 1 if m is not None else col


def _bullet_item(text: str, loose: bool = False) -> tuple[str, tuple[str, str]] | None:
    """(as written, (kind, member)) of one bullet item: a name, a body and what of it is
    meant ("the African Union mission"), or a member described, not named ("the regional
    agriculture directorate;", kind "described"); None for an item that is neither. With
    ``loose`` an item of any length is one described thing (a question, an instruction, a
    paragraph under a bold head), for a lead-in that counts its items (:func:`_counted_items`)."""
    m = _LEAD_IN_ITEM.match(text)
    if m and text.startswith("::", m.end("name")):
        return None  # "Child::try_wait is …": a path in code, not a name
    if loose:
        whole = text.strip().rstrip(";,.").strip()
        return (whole, ("described", whole)) if whole else None
    rec = _member(m.group("name"), True) if m else None
    if rec is None and m:
        rec = _named_with_noun(m.group("name"))
    if rec is None:
        described = re.sub(r"^the\s+", "", text.strip().rstrip(";,.").strip(), flags=re.I)
        if not described or (len(described.split()) > 14 and not loose):
            return None
        rec = ("described", described)
    return (m.group("name").strip() if m else rec[1], rec)


def _bullet_items(unit: TextUnit, loose: bool = False) -> list[tuple[str, tuple[str, str]]] | None:
    """The items of the bullet list under the lead-in ``unit`` (nested items and an item's
    second paragraph skipped), or None when one is no member (``loose``: see
    :func:`_bullet_item`). A list nested in an item ends at the item's next paragraph, set
    left of the nested items: the items of the outer list after it are not the nested
    list's."""
    blocks = unit.doc.articles[unit.article].blocks
    names: list[tuple[str, tuple[str, str]]] = []
    col0 = None
    for blk in blocks[(unit.block or 0) + 1 :]:
        col = _content_column(unit.doc, blk)
        if not _is_item(unit.doc, blk, BlockKind):
            if col0 is not None and col0 > 1 and col >= col0 and unit.doc.format == "markdown":
                continue  # a second paragraph of an item, indented under it
            break
        if col0 is not None and unit.doc.format == "markdown" and not _opens_with_marker(unit.doc, blk):
            if col < col0:
                break  # the enclosing item's next paragraph, left of the items: the list has ended
            continue  # a second paragraph of an item, read as an item of its own
        if col0 is None:
            col0 = col
        elif col > col0 and unit.doc.format != "html":
            continue  # a nested item
        elif col < col0 and unit.doc.format != "html":
            break
        item = _bullet_item(blk.text, loose)
        if item is None:
            return None
        names.append(item)
        if len(names) > 60:
            return None
    return names


def _bullets(unit: TextUnit) -> dict[str, Any] | None:
    """A lead-in paragraph ending with ":" and the bullet items under it, each opening with a
    name (:func:`_named_bullets`) or each one of the things its last words count
    (:func:`_counted_items`)."""
    if unit.block is None or _may_go_on(unit) or _that_subject(unit):
        return None
    r = _named_bullets(unit) or _counted_items(unit)
    if r is not None and r["declared_count"] is not None and all(_OWN_COUNT.match(m) for m in r["raw_members"]):
        # every item counts things of its own ("two separate systems:" over "- Two content
        # stores", "- Two desks", …): each item is a number of things, not one of those the
        # lead-in counts
        return None
    return r


#: an item that opens with a count of its own: "Two separate desks", "3 spare pumps"
_OWN_COUNT = re.compile(rf"^(?:{_COUNT}|one)\s", re.I)


def _that_subject(unit: TextUnit) -> bool:
    """Does the lead-in end in a counted subject of a "that" clause, whose verbs open the
    bullets ("We urge that the four boards:" over "- publish …", "- fund …")? Then the
    bullets are what the group should do, not its members."""
    text = unit.text.rstrip()
    if not text.endswith(":"):
        return False
    left = text[unit.sentence_span(len(text) - 1)[0] : len(text) - 1]
    m = _COUNTED_ITEMS_END.search(left)
    if m is None or m.group("post"):
        return False
    # "that the state and the": the counted noun opens the clause; "that we had": its object
    clause = re.search(r"\bthat\s+((?:[\w'’-]+\s+){0,5})$", left[: m.start("count")], re.I)
    return clause is not None and not re.search(
        r"\b(?:we|they|it|he|she|i|you|has|have|had|is|are|was|were|to|do|does|did)\b", clause.group(1), re.I
    )


def _may_go_on(unit: TextUnit) -> bool:
    """Does an item follow right after what ends the list under the lead-in ``unit`` (a code
    block, a note that is no lead-in of its own)? Then the list may go on after it."""
    blocks = unit.doc.articles[unit.article].blocks
    j = (unit.block or 0) + 1
    while j < len(blocks) and (_is_item(unit.doc, blocks[j], BlockKind) or blocks[j].location.column > 1):
        j += 1
    if j < len(blocks) and j > (unit.block or 0) + 1 and blocks[j].text[:1].islower():
        return True  # the last item's words go on below it (a wrapped line read as a paragraph)
    return (
        j + 1 < len(blocks)
        and j > (unit.block or 0) + 1
        and _is_item(unit.doc, blocks[j + 1], BlockKind)
        and blocks[j].kind not in _HEADINGS
        and not blocks[j].text.rstrip().endswith(":")
    )


#: a lead-in that ends in the things it counts: "we had three high-level goals", "this comes
#: down to three main bottlenecks", "They asked three questions", "… are:" after them
#: (the words between the count and its noun are its adjectives: never a determiner, a pronoun,
#: a verb or "then", which start a clause of their own: "with bootloader 12 then your choices
#: are:" counts no choices, the 12 is the bootloader's number)
_COUNTED_ITEMS_END = re.compile(
    rf"(?:^|(?P<before>[\w'’-]+)\s+)(?:(?:the|its|their|our|these|those|his|her|all(?:\s+the)?)\s+)?(?P<count>{_COUNT})\s+(?P<adj>(?:(?!(?:with|of|in|for|to|and|or|by|at|on|from|then|so|thus|now|the|a|an|your|my|our|their|its|his|her|this|that|these|those|we|you|they|it|is|are|was|were|has|have|had|can|will|would)\s)[a-z][\w-]*\s+){{0,2}}?)"
    rf"(?P<noun>{_NOT_S_ADVERB}[a-z][a-z-]*[a-z]s)(?:\s+(?:are|were))?"
    r"(?P<post>\s+(?:for|in|of|to(?!\s+(?:the|a|an|its|their|our|his|her)\b))(?:\s+[\w'’-]+){1,4})?\s*$",
    re.I,
)
#: a word before the count that makes it a time, a place, a share or a bound, not the items:
#: "over three years:", "from the four regions:", "about five things:", "at least two cycles:"
_NOT_ITEMS_BEFORE = frozenset(
    "over during for in across from after before within at on by of with between among into under per than least "
    "about around nearly almost some roughly approximately first last past next top".split()
)
#: counted nouns of time or measure: never the items under them
_MEASURE_NOUNS = frozenset(
    "years months weeks days hours minutes seconds decades centuries times percent points miles kilometres "
    "kilometers metres meters dollars euros pounds".split()
)
#: an item that opens as a statement (a subject and its verb): "it moves the depot …", "the
#: old yard will be sold …" — something said of the things counted, not one of them
_STATEMENT_ITEM = re.compile(
    r"^(?:(?:it|they|we|he|she|i|you|there)\s+[a-z]"
    r"|(?:the|a|an|this|that|these|those|its|their|our|his|her|each|every|all|some|no)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:is|are|was|were|will|would|can|could|may|might|must|should|has|have|had|does|do|did)\b"
    r"|(?:[\w'’-]+\s+){1,3}?(?:is|are|was|were|went|came|has|had|got|fell|rose)\b(?!.*\?\s*$)"
    r"|(?:nobody|everyone|no\s+one)\s)",
    re.I,
)


def _count_after_word(left: str) -> bool:
    """Does the lead-in end in a count after a word of time, place or share ("Highlights
    from the four regions", "over three years", "about five things")? Then what its items
    describe is not what it counts."""
    m = _COUNTED_ITEMS_END.search(left)
    before = ((m.group("before") if m else "") or "").lower()
    if m is not None and before in ("on", "for") and _VERB_TAKING_OBJECT.search(left, 0, m.start("before")):
        return False  # "rests on three measures", "calls for four changes": the verb's object, no time or place
    return m is not None and before in _NOT_ITEMS_BEFORE and not (before == "in" and m.group("noun").lower() == "ways")


#: a verb whose object follows "on" or "for" ("the plan rests on three measures:", "focuses on
#: three areas:", "the union calls for four changes:"): what follows is what it counts, not a
#: time or a place ("took place on three days:", "ran for two years:" stay words of time)
_VERB_TAKING_OBJECT = re.compile(
    r"\b(?:rest|rely|relie|depend|hinge|focus|focuss|centre|center|concentrate|build|built|draw|drew|agree|settle|"
    r"call|ask|argue|press|push|campaign|lobby|appeal|plead|vote|opt)(?:s|es|ed|d|ing)?\s+$",
    re.I,
)


def _counted_items(unit: TextUnit) -> dict[str, Any] | None:
    """A lead-in whose last words count the things its bullets are ("we had three goals:",
    "They asked three questions:", "The contract can end in three ways:") over items of any
    length: questions, instructions, phrases, a paragraph each. Not a count after a word of
    time, place or share ("over three years:", "from four regions:", "about five things:"), of
    a measure ("three weeks:"), a partial lead-in ("three examples:", "some of the five
    aims:"), a count in a clause the bullets go on ("We urge that the four boards:" over
    "- publish …", "- fund …"), steps, numbered or not (a step may run on over items), items that
    open as statements ("it moves …", "the yard will be sold …": said of the things, not
    them), nor a list that may go on after something set between its items."""
    if unit.in_footnote or unit.block is None or not unit.text.rstrip().endswith(":"):
        return None
    text = unit.text.rstrip()
    s0 = unit.sentence_span(len(text) - 1)[0]
    colon = len(text) - 1
    below = _POINTS_BELOW.search(text, s0, colon)
    colon = below.start() if below else colon
    left = _clean_left(text[s0:colon])
    m = _COUNTED_ITEMS_END.search(left)
    if m is None or _LEAD_PARTIAL.search(left) or _PARTIAL_WORDS.search(m.group("adj")):
        return None
    noun = m.group("noun").lower()
    if noun in _MEASURE_NOUNS or noun == "steps" or _count_after_word(left):
        return None

    count = _count(m.group("count"))
    names = _bullet_items(unit, loose=True)
    if count is None or count < 2 or names is None or len(names) < 2:
        return None
    if len({rec for _, rec in names}) < len(names) or any(_STATEMENT_ITEM.match(raw) for raw, _ in names):
        return None
    start = text.find(left, s0) if left else s0
    return {
        "start": max(start, s0),
        "end": colon,
        "group": _group_text(m.group("adj"), m.group("noun")),
        "members": tuple(rec[1] for _, rec in names),
        "raw_members": tuple(n for n, _ in names),
        "declared_count": count,
        "complete": True,
        "role": "members",
    }


def _named_bullets(unit: TextUnit) -> dict[str, Any] | None:
    """A lead-in paragraph ending with ":" and the bullet items under it, each opening with a name."""
    if unit.in_footnote or unit.block is None or not unit.text.rstrip().endswith(":"):
        return None
    names = _bullet_items(unit)
    if names is None or len({rec for _, rec in names}) < len(names):
        return None  # a name twice: the items are not one member each
    # a member described, not named, only under a lead-in that counts members (below)
    unnamed = sum(1 for _, rec in names if rec[0] == "described")
    if len(names) < 2:
        return None
    text = unit.text.rstrip()
    s0 = unit.sentence_span(len(text) - 1)[0]
    colon = len(text) - 1
    # "four priorities for 2025, listed below:", "three steps, as follows:": the words that
    # point at the bullets are no part of the group
    below = _POINTS_BELOW.search(text, s0, colon)
    colon = below.start() if below else colon
    left = _clean_left(text[s0:colon])
    if _POINTER_LEAD.fullmatch(left) and s0 > 0:
        # "The fund has three aims. These are:": the sentence before names what is counted
        p0 = unit.sentence_span(s0 - 1)[0]
        s0, colon = p0, p0 + len(text[p0:s0].rstrip().rstrip("."))
        left = _clean_left(text[s0:colon])
    info = _counted_after_lead(text[s0:colon]) or _lead_in(left)
    if (info is None or info["count"] is None) and (sized := _body_sized_group(_PARTICIPLE_TAIL.sub("", left))):
        # "overseen by a supervisory board of five members, appointed in March for four years:"
        info = {"group": sized.text, "count": sized.declared, "complete": True, "role": role_of(left)}
    if (
        info is None
        and len(names) >= 3
        and not unnamed
        and not _LEAD_PARTIAL.search(left)
        # "There are three steps:": a count _lead_in refused
        and not re.search(rf"\b{_COUNT}\s+(?:[a-z-]+\s+)?[a-z]+s\b", left, re.I)
    ):
        # "The full jury signed the report:" over three names or more: a list of names
        # whatever the lead-in says of them, uncounted (its group left open)
        subject = _LEAD_SUBJECT.match(left)
        group = re.sub(r"^The\s", "the ", subject.group("np")) if subject else ""
        info = {"group": group, "count": None, "complete": True, "role": role_of(left)}
    if info is not None and info["count"] is None and info["complete"] and s0 == 0:
        # "## The 5 panel members" over "The minister appointed the following people:": the
        # heading right above the lead-in counts what its bullets name
        counted = _heading_count(unit)
        if counted is not None:
            info = dict(info, count=counted[0], group=info["group"] or counted[1])
    if info is None or (info["count"] is None and len(names) < 3):
        return None
    if unnamed and not info.get("counted_members") and not (info.get("things") and _things_only(names)):
        if not (info.get("things") and _phrases_only(names)):
            return None  # things, not members, only under a count of them ("the three causes cited most were:")
        if _count_after_word(left):
            return None  # "Highlights from the four regions:": the things are not what is counted
    start = text.find(left, s0) if left else s0
    return {
        "start": max(start, s0),
        "end": colon,
        "group": info["group"],
        "members": tuple(rec[1] for _, rec in names),
        "raw_members": tuple(n for n, _ in names),
        "declared_count": info["count"],
        "complete": info["complete"],
        "role": info["role"],
    }


def _heading_count(unit: TextUnit) -> tuple[int, str] | None:
    """The count and group of a heading right above a lead-in paragraph that counts a group
    ("The three estuaries studied", "4. Five partner towns"), else None."""
    if unit.block is None or unit.block == 0:
        return None
    above = unit.doc.articles[unit.article].blocks[unit.block - 1]
    if above.kind not in _HEADINGS or not _COUNTED_HEADING.match(above.text.strip()):
        return None
    heading = _lead_in(_clean_left(re.sub(r"^\d+(?:\.\d+)*\.?\s+", "", above.text.strip())))
    if heading is None or not heading["complete"] or heading["count"] is None:
        return None
    return heading["count"], heading["group"]


#: the noun phrase a lead-in opens with before a verb of membership: "The steering group
#: is made up of", "The panel comprises"
_LEAD_SUBJECT = re.compile(
    r"^(?P<np>(?:the|its|our|their)\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)\s+(?:is|are|was|were|now)?\s*"
    r"(?:made\s+up\s+of|compris\w*|consist\w*\s+of|includ\w*|ha[sd]|have)\s*$",
    re.I,
)
#: a verb of what a body is made of and its counted object, words of the object's own after
#: it: "comprises four hospitals with 1,161 beds between them", "brings together five cities
#: committed to …" (not "includes": a share may follow)
_VERB_COUNTED = re.compile(
    r"\b(?:compris(?:es|ed|ing)|consist(?:s|ed|ing)?\s+of|made\s+up\s+of|composed\s+of|"
    r"brings?\s+together|brought\s+together|unites|united|gathers|gathered)\s+"
    rf"{_APPROX}?(?P<count>{_COUNT})\s+(?P<adj>{_ADJ})(?P<noun>{_PLURAL})\b(?P<post>[^:;()]*)$",
    re.I,
)
#: a lead-in that names only some of what its bullets list: "Examples include:", "among them:"
_LEAD_PARTIAL = re.compile(
    r"\b(?:includ\w*|such\s+as|among|amongst|for\s+example|for\s+instance|notably|e\.g\.|examples?|some|several|"
    r"other|others|many|most|few|selected|typical|like)\b",
    re.I,
)
#: a lead-in that only points back at the sentence before it: "These are:", "They were:"
_POINTER_LEAD = re.compile(r"(?:these|they|those)\s+(?:are|were)", re.I)
#: words at the end of a lead-in that point at the bullets under it
_POINTS_BELOW = re.compile(
    r",?\s+(?:as\s+follows|(?:listed|set\s+out|shown|given|described|summarised|summarized|outlined)\s+below|below)\s*$",
    re.I,
)


def _things_only(names: list[tuple[str, tuple[str, str]]]) -> bool:
    """Is every bullet item a short noun phrase of things ("higher bus fares;", "school
    closures"), perhaps with an aside after a comma ("solid-wall insulation, internal or
    external;")? A sentence or a clause is no item of a counted list."""
    return all(
        rec[0] == "described" and _THING_LOOSE.match(h) and not _CLAUSE_WORD.search(h)
        for _, rec in names
        for h in (_item_head(rec[1]),)
    )


def _item_head(item: str) -> str:
    """A bullet item's words before its first comma: what it is, an aside after it."""
    return item.split(",", 1)[0].strip()


def _phrases_only(names: list[tuple[str, tuple[str, str]]]) -> bool:
    """Is every bullet item a name or a noun phrase of at most fourteen words with
    no word of a clause in it ("a further phase of the Harbour scheme off the east pier;")?
    Under a lead-in that counts its subject ("Three projects won funding in the spring
    round:") each such item is one of the things counted, named or described."""
    return all(
        rec[0] != "described" or (len(rec[1].split()) <= 14 and not _CLAUSE_WORD.search(rec[1])) for _, rec in names
    )


_NAME_AND_NOUN = re.compile(
    r"^(?:the\s+)?(?P<name>[A-Z][\w&.’'-]*(?:\s+(?:of\s+|the\s+|and\s+)*[A-Z][\w&.’'-]*)*)(?:\s+[a-z][a-z-]+){1,2}$"
)


def _named_with_noun(item: str) -> tuple[str, str] | None:
    """ "the African Union mission", "the Carter Center delegation": a named body and one
    lower-case noun saying what of it is meant (its mission, its delegation): the body."""
    m = _NAME_AND_NOUN.match(item.strip())
    return _member(m.group("name"), True) if m else None


#: a count given after the lead-in's group, in brackets or as "… of them": "Operators that
#: deliver on fewer days (six in all):", "In the valley there are five of them:"
_COUNT_AFTER_LEAD = re.compile(
    rf"(?:\s*\((?P<count>{_COUNT})\s+(?:in\s+all|in\s+total|altogether|all\s+told)\)"
    rf"|(?:^|\s)(?:there\s+(?:are|were)\s+|(?:are|were)\s+)?(?P<them>{_COUNT})\s+of\s+them)\s*$",
    re.I,
)


def _counted_after_lead(lead: str) -> dict[str, Any] | None:
    """A lead-in whose count follows its group (:data:`_COUNT_AFTER_LEAD`): what
    :func:`_lead_in` gives, with that count."""
    after = _COUNT_AFTER_LEAD.search(lead.rstrip())
    if after is None or _PARTIAL_WORDS.search(lead[: after.start()]):
        return None
    rest = _clean_left(lead[: after.start()])
    info = _lead_in(rest) if after.group("count") and rest else None
    return {
        "group": info["group"] if info else ("items" if after.group("them") else rest),
        "count": _count(after.group("count") or after.group("them")),
        "complete": True,
        "role": info["role"] if info else "members",
    }


#: a lead-in ending in a counted noun of steps or ways (read as counted things only in a
#: sentence: "Recovery has four steps: rest, …")
_STEPS_END = re.compile(r"\b(?:steps|ways|things)\s*$", re.I)


def _lead_in(left: str) -> dict[str, Any] | None:
    """What a lead-in sentence before a bullet list names: group, count, completeness, role."""
    if _STEPS_END.search(left):
        return None  # "There are three steps:" over bullets: instructions, each may run on
    hy = _HYPHEN_LEAD.search(left)
    if hy and not _PART_OF.search(left[: hy.start()]) and not _PARTIAL_WORDS.search(left[: hy.start()]):
        # "The basin's six-member water council is made up of:": its members, counted
        return {
            "group": _hyphen_group(hy.group("noun"), hy.group("group")),
            "count": _count(hy.group("count")),
            "complete": True,
            "role": "members",
            "counted_members": True,
        }
    ap = _appos(left)
    lc = _LEAD_COUNT.match(left)
    np_ = _NP.match(left)
    count = None
    complete = True
    things = False
    if ap and (_some_of(left[: ap.start()]) or _SOME_OF_OWNED.search(left)):
        return None
    if ap:
        group = _group_text(ap.group("adj"), ap.group("noun"), ap.group("post") or "")
        if ap.group("owner"):
            group = f"{group} of {'the ' if ap.group('owner')[:1].islower() else ''}{ap.group('owner')}"
        else:
            group = _with_subject(group, left[: ap.start()])
        count = None if ap.group("approx") else _count(ap.group("count"))
        complete = not (_PARTIAL_WORDS.search(_group_text(ap.group("adj"), _post_words(ap))) or ap.group("approx"))
        post = ap.group("post") or ""
        # the counted noun ends the lead-in ("three priorities for the coming year:"): its
        # items may be things, not names
        things = not post or bool(_NARROWING_POST.fullmatch(post) or _WHICH_ONES.match(post))
        # "four kinds of work:", "three types of grant:": what the kinds are of
        things = things or bool(
            _KIND_NOUN.match(ap.group("noun")) and re.fullmatch(r"\s+of\s+[a-z]+(?:\s+[a-z]+)?", post)
        )
    elif lc and len(lc.group("pred").split()) <= 14:
        # "the four causes cited most often were:": the counted subject of the lead-in
        # (as long a predicate as a lead count before a colon in a sentence, _group_of_noun)
        pred = re.sub(r"\s+(?:are|were)\s*$", "", lc.group("pred"))
        group = _group_text(lc.group("adj"), lc.group("noun"), pred)
        if pred != lc.group("pred") and re.match(r"\s*[a-z]{3,}(?:ed|en)\s", pred):
            group = _group_text(lc.group("adj") + lc.group("noun") + pred)  # "causes cited most often", no "that"
        count = None if lc.group("approx") else _count(lc.group("count"))
        # "most" of a superlative ("mentioned most often") is no share ("most of them")
        if _PARTIAL_WORDS.search(re.sub(r"\b(?:most|least)\s+(?!of\b)", "", _group_text(lc.group("adj"), pred))):
            complete, count = False, None
        things = True
    elif (vc := _VERB_COUNTED.search(left)) and not _PARTIAL_WORDS.search(
        re.sub(r"\b(?:most|least)\s+(?!of\b)", "", vc.group("post"))
    ):
        # "The group comprises four hospitals with 1,161 beds between them:", "The network brings
        # together five cities committed to district heat by 2040:": the verb's counted object,
        # whatever words of its own follow the noun, is what the bullets name
        group = _with_subject(_group_text(vc.group("adj"), vc.group("noun")), left[: vc.start()])
        count = None if vc.group("approx") else _count(vc.group("count"))
    elif np_ or (_HAS_PLURAL.search(left) and len(left.split()) <= 16):
        group = _group_text(np_.group("adj"), np_.group("noun"), np_.group("post") or "") if np_ else left
        complete = not _PARTIAL_WORDS.search(left)
    else:
        return None
    return {
        "group": re.sub(r"^the\s+", "", group, flags=re.I),
        "count": count,
        "complete": complete,
        "role": _role_after(left, group),
        "things": things and count is not None,
    }


def _claim(unit: TextUnit, r: dict[str, Any]) -> MemberListClaim:
    s, e = r["start"], r["end"]
    sentence = unit.sentence_at(s)
    as_of, as_of_text = _as_of(sentence, unit)
    return MemberListClaim(
        **unit.common(s, e),
        group=r["group"],
        members=r["members"],
        raw_members=r["raw_members"],
        declared_count=r["declared_count"],
        as_of=as_of,
        as_of_text=as_of_text,
        role=r.get("role", "members"),
    )


#: a heading that opens with a count of a group: "The three estuaries studied", "4. Five partner towns"
_COUNTED_HEADING = re.compile(rf"^(?:\d+(?:\.\d+)*\.?\s+)?(?:the\s+)?{_COUNT}\s+[a-z]", re.I)
#: a table row that sums or gathers the others, not a member: "Total", "All regions", "Other"
_SUMMARY_ROW = re.compile(
    r"^(?:total|totals|subtotal|sum|all|overall|average|mean|median|other|others|combined|grand\s+total)\b", re.I
)


#: the readers whose table blocks are whole rows under a header row (HTML gives single cells,
#: a Word table may have no header row)
_ROW_FORMATS = frozenset({"markdown"})


_HEADINGS = frozenset({BlockKind.heading, BlockKind.title})


def _table_members(blocks: Sequence[Block], i: int) -> list[tuple[str, tuple[str, str]]] | None:
    """The first cells of the table rows right after block ``i`` (its header row skipped,
    rows that sum the others too), when every one is a name and none repeats; else None."""
    rows = []
    for blk in blocks[i + 1 :]:
        if blk.kind != BlockKind.table:
            break
        rows.append(blk.text.split(" | ")[0].strip())
    names: list[tuple[str, tuple[str, str]]] = []
    for cell in rows[1:]:
        if _SUMMARY_ROW.match(cell):
            continue
        rec = _member(cell, True)
        if rec is None or rec[0] == "described" or any(rec[1] == r[1] for _, r in names):
            return None
        names.append((cell, rec))
    return names if len(names) >= 2 else None


def _counted_table(doc: Document, article: int, i: int) -> MemberListClaim | None:
    """A heading that counts a group ("The three estuaries studied") over a table whose
    first column names them: the table's rows are the members, the heading's count the
    declared one."""
    blocks = doc.articles[article].blocks
    head = blocks[i]
    # only readers that keep a table row in one block, its cells joined by " | "
    if doc.format not in _ROW_FORMATS or not _COUNTED_HEADING.match(head.text.strip()):
        return None
    names = _table_members(blocks, i)
    if names is None:
        return None
    text = head.text.strip()
    left = _clean_left(re.sub(r"^\d+(?:\.\d+)*\.?\s+", "", text))
    info = _lead_in(left)
    if info is None or info["count"] is None or not info["complete"]:
        return None
    unit = TextUnit(doc=doc, article=article, text=head.text, owner=head, block=i)
    start = head.text.find(left) if left in head.text else 0
    return _claim(
        unit,
        {
            "start": max(start, 0),
            "end": len(head.text.rstrip()),
            "group": info["group"],
            "members": tuple(rec[1] for _, rec in names),
            "raw_members": tuple(n for n, _ in names),
            "declared_count": info["count"],
            "role": info["role"],
        },
    )


#: a header cell that says what kind of member a table's first column names ("Member state",
#: "Partner", "Founding council", "Club"): lower-case words after the first, no figure
_MEMBER_HEADER = re.compile(r"^(?-i:[A-Z][a-z]+)(?:\s+(?-i:[a-z][a-z-]*)){0,2}$")
#: header words of a first column that is no list of members: years, measures, rows of a story
_NOT_MEMBER_HEADER = re.compile(
    r"\b(?:year|years|date|period|quarter|month|indicator|measure|item|category|type|kind|metric|variable|"
    r"stage|step|phase|option|scenario|change|source|status|feature|criterion|region|area|sector|field)\b",
    re.I,
)


def _header_table(doc: Document, article: int, i: int) -> MemberListClaim | None:
    """A table whose header's first cell says what its rows are ("Member state", "Partner")
    and whose first column names them, three or more, none repeated: the rows are the
    members of that kind (a list of the group, as a sentence would give it). A sentence
    right before the table that counts the header's noun ("The five partners of the project
    share a budget, as shown below.") declares the count."""
    blocks = doc.articles[article].blocks
    head = blocks[i]
    if doc.format not in _ROW_FORMATS or head.kind != BlockKind.table:
        return None
    header = head.text.split(" | ")[0].strip()
    if not _MEMBER_HEADER.match(header) or _NOT_MEMBER_HEADER.search(header):
        return None
    names = _table_members(blocks, i - 1)
    if names is None or len(names) < 3:
        return None
    noun = header.lower()
    group = noun if noun.endswith("s") else noun[:-1] + "ies" if re.search(r"[^aeiou]y$", noun) else noun + "s"
    count = None
    lead: Block | None = None
    if i > 0 and blocks[i - 1].kind not in _HEADINGS and blocks[i - 1].kind != BlockKind.table:
        last = noun.split()[-1]
        before = blocks[i - 1].text
        counted = re.search(
            rf"\b(?P<count>{_COUNT})\s+(?:[a-z-]+\s+){{0,2}}?{re.escape(last)}s?\b(?![^.]*\b(?:including|such\s+as)\b)",
            before.split(". ")[-1],
            re.I,
        )
        if counted is not None:
            count = _count(counted.group("count"))
            # "Three clubs made a profit:" over the table: the sentence opens with its bare
            # count and says what the rows did, a group of its own (as it is over bullets)
            info = _lead_in(_clean_left(before.split(". ")[-1].strip().rstrip(":.")))
            if (
                info
                and info["count"] == count
                and info["group"].startswith(f"{group} that ")
                and re.match(rf"{_COUNT}\s", before.split(". ")[-1].strip(), re.I)
            ):
                group = info["group"]
                lead = blocks[i - 1]
    unit = TextUnit(doc=doc, article=article, text=head.text, owner=head, block=i)
    start, end = 0, len(head.text.rstrip())
    if lead is not None:
        # the list stands where the sentence counts it, as a lead-in over bullets does
        unit = TextUnit(doc=doc, article=article, text=lead.text, owner=lead, block=i - 1)
        start = lead.text.rfind(before.split(". ")[-1].strip())
        start, end = max(start, 0), len(lead.text.rstrip())
    return _claim(
        unit,
        {
            "start": start,
            "end": end,
            "group": group,
            "members": tuple(rec[1] for _, rec in names),
            "raw_members": tuple(n for n, _ in names),
            "declared_count": count,
            "role": "founders" if re.match(r"^found", noun) else "members",
        },
    )


def _tables_before(unit: TextUnit | None, doc: Document, done: dict[tuple[int, int], int]) -> Iterator[MemberListClaim]:
    """Counted tables (:func:`_counted_table`) among the blocks not read yet that come
    before ``unit`` (every block left of its article when ``unit`` is None or a note)."""
    for art in doc.articles:
        key = (id(doc), art.index)
        if unit is not None and art.index > unit.article:
            break
        upto = (
            unit.block if unit is not None and unit.block is not None and art.index == unit.article else len(art.blocks)
        )
        start = done.get(key, 0)
        for i in range(start, upto):
            if art.blocks[i].kind in _HEADINGS:
                claim = _counted_table(doc, art.index, i)
                if claim is not None:
                    yield claim
            elif art.blocks[i].kind == BlockKind.table and (i == 0 or art.blocks[i - 1].kind != BlockKind.table):
                if i > 0 and art.blocks[i - 1].kind in _HEADINGS and _counted_table(doc, art.index, i - 1):
                    continue  # read with the heading that counts it
                claim = _header_table(doc, art.index, i)
                if claim is not None:
                    yield claim
        done[key] = max(start, upto)


#: works a note cites, not members it names: its names are their authors ("Two studies
#: found this.[^1]" over "Ruiz, Lee and Chen.")
_WORKS = re.compile(
    r"(?:studies|reports|papers|surveys|articles|reviews|sources|books|analyses|evaluations|documents|"
    r"publications|interviews|authors|researchers|experts|cases|examples|trials|polls)",
    re.I,
)
#: a note that is a list and nothing else, perhaps after "These were" or "They are"
_NOTE_POINTER = re.compile(r"^\s*(?:(?:They|These|Those)\s+(?:are|were)\s*:?\s+)?")


def _note_list(unit: TextUnit) -> MemberListClaim | None:
    """A footnote that only names members ("The Dee, the Ribble, the Wyre and the Lune.")
    under the one counted noun of the sentence that cites it ("The survey covered four
    estuaries.[^1]"): a list of that noun, with its count."""
    text = unit.text
    if unit.footnote is None or not (" and " in text or "," in text) or len(text) > 400:
        return None
    refs = [r for r in unit.doc.articles[unit.article].refs if r.label == unit.footnote]
    if len(refs) != 1:
        return None
    block = unit.doc.articles[unit.article].blocks[refs[0].block]
    starts = sentence_bounds(block.text)
    off = min(refs[0].offset, max(0, len(block.text) - 1))
    k = max(0, bisect.bisect_right(starts, off) - 1)
    s0 = starts[k]
    if k and off - s0 < 3:
        s0 = starts[k - 1]  # the mark stands after the sentence's full stop
    sentence = block.text[s0:off]
    counted = list(_COUNTED_NOUN.finditer(sentence))
    if (
        len(counted) != 1
        or _NOT_WHOLE_BEFORE.search(sentence[: counted[0].start()])
        or _WORKS.fullmatch(counted[0].group("noun"))
    ):
        return None
    m = _NOTE_POINTER.match(text)
    a = m.end() if m else 0
    b = len(text.rstrip().rstrip(".").rstrip())
    got = parse_list(text, a, b, closed=True)
    if got is None or got["partial"] or got["ambiguous"] or got["end"] < b:
        return None
    c = counted[0]
    count_word = re.match(_COUNT, c.group(0), re.I)
    group = " ".join(c.group(0)[count_word.end() if count_word else 0 :].split())  # "lifeboat stations"
    r = _record(text, got["items"], a, b, group, _count(count_word.group(0)) if count_word else None)
    return _claim(unit, r)


#: a paragraph that opens pointing back at the list that ended the one before: "All six of
#: them visited …", "The four of them …", "Both of them …"
_NEXT_PARAGRAPH_COUNT = re.compile(
    rf"^\s*(?:(?:All|The)\s+(?P<count>{_COUNT})\s+of\s+them\b|All\s+(?P<bare>{_COUNT})\s+(?=[a-z]{{3,}}\s)|(?P<both>Both)\s+of\s+them\b)"
)


def _count_in_next_paragraph(unit: TextUnit) -> int | None:
    """The count of a paragraph that opens by pointing back at the list ending the
    paragraph before it ("All six of them visited the site"), else None."""
    if unit.block is None or unit.footnote is not None:
        return None
    blocks = unit.doc.articles[unit.article].blocks
    if unit.block + 1 >= len(blocks) or not blocks[unit.block + 1].is_prose:
        return None
    m = _NEXT_PARAGRAPH_COUNT.match(blocks[unit.block + 1].text)
    if m is None:
        return None
    return 2 if m.group("both") else _count(m.group("count") or m.group("bare"))


def _listed_earlier(unit: TextUnit, r: dict[str, Any], earlier: Sequence[TextUnit]) -> MemberListClaim | None:
    """The list a list that says it repeats one ("all the values listed in point 1: …")
    restates, as a claim of the same group, when the text before it holds one
    (:func:`claimcheck.extract.linking.restated_run` decides): in its own paragraph, then
    in the paragraphs before it in its article, nearest first."""
    from claimcheck.extract.linking import restated_run

    raw = [_ASIDE.sub("", m).strip() for m in r["raw_members"]]
    shown = {" ".join(x.lower().split()).removeprefix("the "): d for x, d in zip(raw, r["members"])}
    places = [(unit, r["start"])] + [(u, len(u.text)) for u in reversed(earlier[-_EARLIER_UNITS:])]
    for u, end in places:
        if u.article != unit.article:
            break
        spans = restated_run(u.text, end, raw)
        if spans is None:
            continue
        members = []
        for x, y in spans:
            item = u.text[x:y]
            key = " ".join(item.lower().split()).removeprefix("the ")
            members.append(shown.get(key) or (_member(item, True) or ("thing", item))[1])
        kept = [(x, y, ("thing", name)) for (x, y), name in zip(spans, members)]
        return _claim(u, _record(u.text, kept, spans[0][0], spans[-1][1], r["group"], None))
    return None


#: how many paragraphs back a list that says it repeats one looks for it
_EARLIER_UNITS = 400


def extract_member_lists(units: Iterable[TextUnit]) -> Iterator[MemberListClaim]:
    done: dict[tuple[int, int], int] = {}
    docs: list[Document] = []
    earlier: list[TextUnit] = []  # the body's paragraphs read so far, for lists that repeat one
    for unit in units:
        if not docs or docs[-1] is not unit.doc:
            docs.append(unit.doc)
            earlier = []
        if unit.footnote is None:
            earlier.append(unit)
        yield from _tables_before(unit, unit.doc, done)
        text = unit.text
        bullets = _bullets(unit)
        if bullets and bullets["complete"]:
            yield _claim(unit, bullets)
        noted = _note_list(unit) if unit.footnote is not None else None
        if noted is not None:
            yield noted
            continue
        if "," not in text and " and " not in text and ";" not in text:
            continue  # (items may part at semicolons alone: "four groups: A; B; C")
        for r0, r1 in _regions(unit):
            view = text[:r1]
            for r in find_member_lists(view):
                if r["start"] < r0 or not r["complete"]:
                    continue  # partial lists are read, so no other reading takes them for whole ones
                if (
                    r["declared_count"] is None
                    and not r.get("ambiguous")
                    and not re.search(r"(?:^|[.!?;])\s+[A-Z0-9\"“]", text[r["items_span"][1] :])
                ):
                    r["declared_count"] = _count_in_next_paragraph(unit)
                if r.get("listed_before"):
                    restated = _listed_earlier(unit, r, earlier[:-1] if unit.footnote is None else earlier)
                    if restated is not None:
                        yield restated
                yield _claim(unit, r)
    for doc in docs:
        yield from _tables_before(None, doc, done)
