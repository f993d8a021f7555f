from __future__ import annotations

from typing import Iterable

from claimcheck import lazyre as re
from claimcheck.claims.models import MemberListClaim
from claimcheck.document import BlockKind, Document, Location
from claimcheck.extract.lists import describe_group
from claimcheck.extract.numbers import find_numbers
from claimcheck.findings.model import Finding, Severity
from claimcheck.rules.base import CheckContext, Rule


class DeclaredCountMismatch(Rule):
    """A list declares how many members it has, and enumerates a different number.

    The count must govern the list: "the three founders (A, B and C)", "Seven ports handle
    the trade: A, …", "The pact has four members:" over a bullet list, "a dozen firms", "the
    12 countries of the bloc (…)", a collective noun ("the trio of A, B and C", "a pair of
    operators, A and B,"), a counted name ("the Big Four (…)", "the G7 (…)" when it lists
    countries alone), a count after the list ("A, B, C and D, the four yards still in the
    competition, …", "A, B and C: these two ports …"; also of things, not names: "wool,
    linen, silk, hemp and jute, the four fibres covered by the scheme, …", with one "and"
    only; and in a parenthesis or after a colon under a counted noun, "tested on five
    skills (navigation, radio procedure, night landing and engine failure)", "three kinds
    of cargo (…)", with a purpose or a participle after the noun, "four target groups for
    free travel: …", or what they stand outside, above or without, "four groups outside
    the scheme: …", "the three vaccines withdrawn in 2019 (…)"; not "five visits to the
    sites (…)", which may list the sites), a count after a lead-in's group over bullets
    ("Lines that stopped in winter (four in all):", "there are five of them:") and a counted subject ("the four most crowded were A, B, C and D"; over bullets, "the four
    pressures mentioned most often were:", whose items may be things: "rent and housing
    costs;", "food prices;"; a lead-in may end in words that point at its bullets, "four
    priorities for 2025, listed below:", "as follows:", or only point back at a counted
    sentence, "The fund has three aims. These are:"); a place's
    preposition may open the list ("from four bases, at A, B and C"), and "three of Line
    2's 14 stations, A, B and C" counts three of a larger group. An adverb after the counted
    noun that makes the count the whole ("four services above all:", "six sites in all:")
    and a share of what the members do something to ("the three countries that supply most
    of the honey, A, B, C and D,", "Three groups bear most of the cost: …") or the "most"
    of a degree ("Two habits matter most: …") leave the count whole. A past participle
    alone after the counted noun says which of them ("the four ports studied (…)"), a
    clause of time or condition before the colon says when they apply ("four options when
    a tenant falls behind: …"), and a clause after the last item opened by ", with", ",
    while", ", whereas" or ", but" is said of the whole list, no item ("…, evening classes
    and online study, with students free to mix them"). A relative clause counts the
    members of the body before it ("the Working Group, whose five members are A, B, …"),
    and members may be named by whose they are ("are the environment ministries of A, B and
    C"). A count may stand alone after the group it is part of ("Of our nine clubs, four
    have closed since 2021: A, B and C", with an aside after it, "six, roughly one in four,
    had …:"), a superlative may be counted with no noun ("The four largest (A, B and C)"),
    a counted subject of "were" may be narrowed by a pronoun clause or reported ("the
    four risks we heard of most were …", "found that the three cheapest were …"), items
    may be infinitives ("four duties: to keep …, to publish … and to report …"), an aside
    may stand after the last "and" ("… and, since 2024, a degree apprenticeship"), and "at"
    may open a list of sites after a colon ("four depots: at A, B and C"); "in" there says
    where things were, some to a place ("five workshops: in A, B and C"), and items that
    all open with a preposition say whom or where ("two waves: to lenders, to brokers and
    to insurers"): neither is compared. A partial list ("the 12 members, including A, B and C",
    "two of the three ports — A and B", "more than five countries (…)") is not counted, nor
    is a list whose count an "and" inside a name leaves open.

    A counted list of things after a colon may hold a figure or a possessive in its items
    ("five services: the Dutch 113 line, Germany's helpline and …"), and one written with a
    serial comma keeps an "and" inside an item ("four sectors: health and social care,
    retail, and engineering" counts three). Its last item may be a longer noun phrase ("and
    a small grant passed on each spring by the regional branch"), and examples after it
    with no comma are that item's ("… and cover crops such as rye and vetch" counts cover
    crops once). A counted noun of something before a colon ("four sources of income:",
    "three strands of work:") counts the things listed after it; one that goes to other
    things ("five visits to the sites: A, B and C") does not count the names after it.
    Under a lead-in that counts its subject ("Four bridges were rebuilt after the floods:")
    each bullet is one of the things counted, named or described in a noun phrase of up to
    fourteen words with no word of a clause ("the old packhorse bridge at Kettlewell;",
    "Grinton Bridge."); a second paragraph of an item, indented under it, is no item. A
    lead-in whose last words count what its bullets are ("members were asked three
    questions:", "The museum reaches visitors in three ways:", "four goals for the decade:")
    counts items of any length, questions, instructions or phrases, but not after a word of
    time, place or share ("over three seasons:", "Highlights from the four regions:"; "on"
    or "for" after a verb whose object they open, "rests on three measures:", "calls for
    four changes:", is no such word), not
    steps, examples or a measure, and not items that open as statements ("The budget is too
    small."), which are said of the things; a list broken by a code block with an item after
    it may go on, and is not counted. Bullets that each open with a count of their own
    ("two parallel offices:" over "- Two payroll teams", "- Two help desks", …) are numbers
    of things, not the things counted, and are not compared; nor is a bound ("at least two
    cycles:") or a span of time before an adverb ("two cycles afterwards:").

    A number that is part of a code is no count: one joined to letters by a hyphen ("three
    GS-15 policy roles", "A-320 aircraft", "COVID-19 patients") or after a label word in
    capitals ("Level 4 staff", "Tier 2 suppliers", "Year 9 pupils"); a count before the code
    ("three GS-15 roles") still counts.

    A count is no count of the items when the items are a breakdown of it, each with a
    figure, adding up to it ("35 vessels: 11 large ones, 15 medium-sized ones and 9 small
    ferries"; one that does not add up is still reported), or when it counts people one by
    one, more than a list of their kinds in the plural ("27 people: licensing officers,
    police leads and residents' groups"; "three groups: farmers and fishers" counts kinds);
    and with one item more than the count, an item that opens with a bare pair joined by
    "and" right after an item whose last words take objects ("controls on moving plants,
    wood and bark out of the area, and …") may close an inner list: not compared (a pair that
    opens with a determiner, "the date and time of the sale", is an item of its own, as its
    neighbours are). A count outside every reading of a list whose "and" may sit inside a name
    ("three partners: the A Hospital and Health Service, B, C and D", four or five) is compared. Bullets
    that stop at one still ending with a semicolon or a comma were cut (a page break in text
    taken from a PDF): their count is not compared either.

    A count of things and the places they were in ("29 interviews in Leeds, Cardiff, Derry,
    Perth, and Truro") names places, not the things counted: not compared; nor is a bullet
    list whose items count several things each ("ten APIs are on the site:" over "1. The
    census APIs: these three APIs give …", "2. The scorecard API …", "3. … six datasets"):
    the count is of those things, not of the items. A counted noun whose words end in a
    place's preposition and a name before the list ("the three inlets of the lagoon at
    Lido, Malamocco and Chioggia", "four depots in Brinley, Castor, Dunmore and Elwick")
    has that name for its first member when the count then agrees; otherwise its count is
    not compared (things and the places they are in). A short aside between a counted
    noun and its colon ("three drugs for migraine (CM): …") does not part them, and a count
    in a relative clause before the colon is read there ("after a tender in which three
    consortia bid: A, B and C").

    A count may also stand in a parenthesis before a colon ("the network (six towns: A, B,
    …)"), in a compound of the subject ("the eight-nation initiative, made up of …"), in a
    heading right above a lead-in that counts nothing ("## The five panel members" over "The
    minister appointed:"), after a counted noun and words of time ("six clubs since 2015:"),
    summing a list up after it ("A, B, C and the council, five funders in all,"), in the
    clause after it pointing back ("…; the four sponsors put in …" after "A, B and C sponsor
    it", "All six of them visited …", also opening the next paragraph), and in the sentence
    right before a table whose header names what its rows are ("The five partners share the
    budget as shown below."). A count word inside a compound ("a two-year tender") is no
    part of a group.

    Counts in words and elsewhere are read too: "both hatcheries (A, B and C)", "half a
    dozen ports (…)"; the rest of a group counted by itself ("three quarries shut; the other
    two, A, B and C, still cut granite", "the remaining two (…)"); an apposition with a
    present participle ("A, B and C, the two quarries still cutting granite, …"); things
    between a pair of dashes or after "namely" under a counted noun ("the three grazing
    species — sheep, goats, ponies and alpacas —"), but not words of how things are ("the two
    timetables — costly, slow and unpopular —"); a list that goes on with "as well as" or
    "together with" ("five libraries: A, B and C, as well as D" names four; one going on
    with no name, "as well as by a private collector", "along with a handful of workshops",
    is not counted); "A total of four firms bid: …"; a sentence that points back at the one
    count of the sentence before it ("Four orchards entered the trial. They were A, B and
    C."), or a footnote that only names the members the sentence citing it counts ("The
    survey covered four estuaries.[^1]" over "[^1]: The Dee, the Ribble and the Wyre.", not
    under works such as "two studies", whose names are authors); bullets that open with a path in code ("Pool::drain empties …") or name one body
    twice are not one member each; and, in Markdown, a heading that counts
    a group over a table whose first column names them ("The three lighthouses restored"
    over four rows; the header row and a "Total" row are no members, a column of years or a
    repeated name is no list).

    Members may be written with the post or trade they hold before their names ("the
    orchestra's chief executive Lotte Brandvik", "board chair Ruth Okafor", "the academic Dr
    Noor Saleh"), with an indefinite apposition after a name ("Jorunn Veld, a retired
    inspector, …", no member of its own), or as a post and its holder ("the Mayor of Ashby,
    Tom Hale," one member). A count may stand right after the list in a clause of its own
    (", all five appointed after auditions", ", and both operators renewed …", ", both of
    them owned by …"; a noun there is the list's own or one of what its members do), in a
    compound before a body's noun ("a four-party coalition of A, B and C"), after a body's
    noun ("a jury of 5: …", "a panel of three (…)", "The jury (5 members) consisted of …", "a
    board of four members, appointed in 2024:" over bullets), with a collective that has a
    word before it ("a mediation trio of …"), and before a colon after a counted clause and
    its date ("Six parties signed the agreement on 14 March 2025: …"). A count of some picked
    from a large pool names the picked ("selected three winners from 64 entries: …"), not a
    few sources ("two experts from four universities: …"). A figure before a month is a
    date, no count ("the protocol of 2 September").

    ## Why is this bad?
    "Twelve countries (…)" followed by eleven names means a name was lost or the count is
    out of date; readers count.

    ## Example
    ```markdown
    As of 2024, the station included four countries (Egypt, Serbia and Thailand).
    ```

    Use instead:
    ```markdown
    As of 2024, the station included three countries (Egypt, Serbia and Thailand).
    ```
    """

    code = "LS002"
    name = "declared-count-mismatch"
    severity = Severity.error
    needs = ("member_list",)

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        for claim in ctx.claims.of_kind("member_list"):
            n = claim.declared_count
            if n is None or n == len(claim.members):
                continue
            if _items_counted(ctx.document, claim, claim.raw_members or claim.members):
                continue  # "ten APIs:" over items of "These three APIs …", "six datasets …"
            if _not_the_lists_count(claim, n) or _unfinished(ctx.document, claim):
                continue
            # a run of names counted from the next sentence ("All six of them …") names no group
            what = describe_group(claim.group, getattr(claim, "role", "members")) if claim.group.strip() else "members"
            yield self.finding(
                claim,
                f"the list declares {n} {what} but names {len(claim.members)}",
                related=_places(ctx.document, claim),
                help="fix the count or the list",
                subject=f"{claim.group} {n} {len(claim.members)}",
            )


def _places(document: Document, claim: MemberListClaim) -> list[tuple[Location, str]]:
    """Where a list whose members stand on lines of their own (bullets, table rows) names its
    first member, and the heading right above its lead-in when that heading counts the group."""
    out: list[tuple[Location, str]] = []
    if claim.article is None or claim.block is None or claim.article >= len(document.articles):
        return out
    blocks = document.articles[claim.article].blocks
    first = (claim.raw_members or claim.members or ("",))[0]
    if first and first not in (claim.text or ""):
        for b in blocks[claim.block + 1 : claim.block + 3]:
            if (at := b.text.find(first)) >= 0:
                out.append((document.locate(b, at), "first member here"))
                break
    if claim.block > 0 and blocks[claim.block - 1].kind in (BlockKind.heading, BlockKind.title):
        above = blocks[claim.block - 1]
        if str(claim.declared_count) in above.text or re.search(
            r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", above.text, re.I
        ):
            out.append((document.locate(above, 0), "count here"))
    return out


# a count of several things in a list item: "These three APIs give …", "six datasets that …"
_SEVERAL = re.compile(
    r"\b(?:[2-9]|[1-9]\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen)\s+"
    r"(?:[A-Za-z-]+\s+){0,2}?([A-Za-z-]*[a-z]s)\b",
    re.IGNORECASE,
)


def _items_counted(document: Document, claim: MemberListClaim, members: tuple[str, ...]) -> bool:
    """Does a bullet item of the list (one of the list items right after the block that
    declares the count, holding a member) count several of the things the list counts
    ("ten APIs …:" over "The census APIs: these three APIs give …")? Then the declared
    count is of those things, not of the items."""
    article, block = claim.article, claim.block
    if article is None or block is None or article >= len(document.articles):
        return False
    counted = {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z-]+", claim.group)}
    blocks = document.articles[article].blocks
    for b in blocks[block + 1 : block + 1 + len(members)]:
        if b.kind is not BlockKind.list_item:
            break
        if any(m and m in b.text for m in members) and any(
            m.group(1).lower().rstrip("s") in counted for m in _SEVERAL.finditer(b.text)
        ):
            return True
    return False


# a member that opens with a figure of its own: "11 major vessels", "nine small ferries"
_COUNTED_MEMBER = re.compile(
    r"(?:about|around|some|nearly|almost|over|under|more than|fewer than|just)?[ \t]*"
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens|hundreds)\b",
    re.IGNORECASE,
)
# a member that names a kind of people or things in the plural: "venue operators", "residents' groups"
_PLURAL_KIND = re.compile(
    r"(?:the[ \t]+)?[a-z][\w'’-]*(?:[ \t]+[\w'’-]+){0,4}?[ \t]+?(?:[a-z][\w-]*[a-rt-z]s|[a-z][\w-]*ies|people|staff|"
    r"children|women|men|police|[a-z][\w-]*s['’])$|[a-z][\w-]*[a-rt-z]s",
)
#: counted nouns of people one by one ("27 people", "40 households"), which a list of plural
#: kinds ("farmers, fishers and shopkeepers") sorts rather than names
_PEOPLE_NOUNS = frozenset(
    "people persons individuals interviewees respondents participants informants households families "
    "residents volunteers staff workers employees experts officials delegates visitors students pupils "
    "patients stakeholders users customers members attendees candidates applicants".split()
)
# an item's words that take a list of objects of their own: a preposition or a gerund
# ("controls on moving plants", "limits on the sale of sand") a few words before its end
_TAKES_OBJECTS = re.compile(r"\b(?:on|of|for|to|from|with|in|about|[a-z]{3,}ing)(?:[ \t]+[\w'’-]+){1,3}$")
#: (a bare pair: one that opens with a determiner, "the date and time of the sale", "a name
#: and address", is a noun phrase of its own, as its neighbours are, not objects of the item before)
_INNER_AND = re.compile(
    r"^(?!(?:the|a|an|its|their|his|her|our|your|this|that|these|those|each|every|any)[ \t])"
    r"[a-z][\w'’-]*(?:[ \t]+[a-z][\w'’-]*)?[ \t]+and[ \t]+[a-z]"
)


def _not_the_lists_count(claim: MemberListClaim, n: int) -> bool:
    """Is the declared count no count of the list's members?

    - every member opens with a figure of its own and the figures add up to the count ("35
      vessels: 11 major vessels, 15 medium-sized ones and 9 small ferries"): the list is a
      breakdown of the count, not its items (one that does not add up is still reported);
    - the count is of people one by one ("27 people", "40 households"), larger than the list,
      and every member names a kind of them in the plural ("licensing officers, police leads
      and residents' groups"): the list sorts the people, it does not name them ("three
      groups: farmers and fishers", "four complaints: damp walls; …" count their items);
    - one more member than the count, where an item opens with a bare pair joined by
      "and" right after an item whose last words take objects ("controls on moving chestnut
      plants, wood and bark out of affected areas, and …"): an inner list of objects may
      close in it, and how many items the outer list has is open."""
    members = [m.strip() for m in (claim.raw_members or claim.members)]
    if len(members) < 2:
        return False
    if all(_COUNTED_MEMBER.match(m) for m in members):
        firsts = [next(iter(find_numbers(m)), None) for m in members]
        # (a breakdown that does not add up to the count still disagrees with it)
        return all(f is not None for f in firsts) and sum(f.value for f in firsts if f) == n
    group = {w.lower() for w in re.findall(r"[A-Za-z]+", claim.group)}
    if n > len(members) and group & _PEOPLE_NOUNS and all(_PLURAL_KIND.fullmatch(m) for m in members):
        return True
    if n + 1 == len(members):
        # (not the last item: "…, and wood and bark" closes the outer list itself)
        # (the item before is one thing, no pair of its own: "weaving and dyeing, pottery and
        # glazing, …" lists pairs)
        return any(
            _INNER_AND.match(members[i])
            and _TAKES_OBJECTS.search(members[i - 1])
            and not re.search(r"\band\b", members[i - 1])
            for i in range(1, len(members) - 1)
        )
    return False


def _unfinished(document: Document, claim: MemberListClaim) -> bool:
    """Do the list's items stop at one that still ends with a semicolon or a comma (the
    next block no item: a page break or a blank line cut the list, as text taken from a PDF
    reads)? Then the items read are not all of them, and the count is not compared."""
    article, block = claim.article, claim.block
    if article is None or block is None or article >= len(document.articles):
        return False
    blocks = document.articles[article].blocks
    last = None
    for b in blocks[block + 1 :]:
        if b.kind is not BlockKind.list_item:
            break
        last = b
    return last is not None and last.text.rstrip().endswith((";", ","))
