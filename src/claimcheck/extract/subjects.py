"""What a numeric claim is about: the subject key NU003 compares before it compares values.

"57 of the 92 libraries" and "the top five libraries" both count libraries, but not the
same libraries; "750 leaks in January" and "about 500 leaks in a typical month" are not
one figure either. A figure's subject (:class:`~claimcheck.claims.models.ClaimSubject`)
is read from its own *clause* (the sentence cut at ";", at ", but" / ", yet" / ", while",
at ", according to" and at dashes), so a name or a year in another clause of the sentence does not count:

* ``what`` -- the counted noun phrase, lower case, hyphens as spaces, the head noun in the
  singular, with an "of" complement kept ("species of lichen-forming fungi");
* ``scope`` -- the names written in the clause (capitalised words and acronyms that are
  not the sentence's first word): "OpenOffice", "Stewart Island", "Stripe";
* ``period`` -- years, months and periods ("last year", "per second", "each year", "a
  typical month", "to date") written in the clause;
* ``part`` -- a word that makes the figure a part, a ranking or another group: "the top
  ten", "the six largest", "other", "new", "additional", "two of the three", "one of 24";
* ``hypothetical`` -- the sentence is a worked example or a supposition ("for example",
  "if", "suppose", "would");
* ``words`` -- the clause's other content words, to tell whether two bare counts ("26
  organizations", "35 organizations") share any context at all.
"""

from __future__ import annotations

import functools
from typing import Sequence

from claimcheck import lazyre as re

from claimcheck.claims.models import ClaimSubject
from claimcheck.data.calendar import MONTHS
from claimcheck.text import has_any, ignorecase_fold, singular
from claimcheck.extract.numbers import QUALIFIERS
from claimcheck.extract.currency import SYMBOLS, letters_mark_amount

__all__ = [
    "CHOSEN_PART_WORDS",
    "IN_PHRASE",
    "clause_bounds",
    "country_words",
    "described_year",
    "mask_embedded",
    "numeric_subject",
    "own_clause",
    "part_in_thing",
    "periods",
    "thing_key",
]

#: (", according to ..." names the source, whose words are no period or context of the
#: figure before it: "41,300 pumps in 2025, according to the ministry's monthly statistics";
#: ", most of them ..." / ", half of which ..." says something of some of the figure's
#: things, with its own period: "owns 8,450 homes, most of them bought in 2002")
_CLAUSE_CUT = re.compile(
    r";|:\s|\s[—–]\s|—|,\s+(?:but|yet|while|whereas|although|though|and|so|which|who|according\s+to)\b|\(|\)"
    r"|,\s+(?:most|many|some|all|half|none|few|several|each|both|one|two|three|four|five|\d[\d,.]*%?)\s+of\s+"
    r"(?:them|which|whom|these|those|it)\b",
    re.IGNORECASE,
)
_DASH = re.compile(r"\s[—–]\s|—")
_DETERMINERS = frozenset("the a an of and or its their these those this that".split())
_PART_WORDS = frozenset(
    """top first last largest biggest smallest highest lowest greatest oldest newest youngest
    richest poorest fastest longest shortest tallest busiest best worst leading other another
    additional new remaining extra further each every per average typical median just
    these those such several""".split()
)
# ("only" before a figure is emphasis, not a part: "only 43% of voters took part", "the only
# three bridges" are all of them; "only 12 of the 40" is a part by its "of the")
# words of a counted thing that make it a part or another group ("23 new proposals")
#: the words of a counted thing that name a set the text itself picked ("18 example cities",
#: "40 sampled farms", "the 12 selected schools"): a part of a larger whole, but one fixed set
#: however often it is named, unlike a ranking ("the 10 largest ports") or another group
#: ("12 other members") that its count or its sentence defines anew
CHOSEN_PART_WORDS = frozenset({"example", "sample", "sampled", "selected", "chosen", "featured"})
_PART_IN_THING = _PART_WORDS - {"each", "every", "per", "just", "these", "those", "such", "several"} | {
    "more",
    "fewer",
    "non",
    "unretired",
    "retired",
    "active",
    "inactive",
    "example",
    "sample",
    "sampled",
    "selected",
    "featured",
    "chosen",
}
_COUNT_BEFORE = re.compile(
    r"(?:^|\s)(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})[ \t]+$", re.IGNORECASE
)
_PREPOSITIONS = frozenset("in at for from with by on across into to within throughout".split())
_PARTITIVE = re.compile(
    r"(?:\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    r"hundreds?|thousands?|dozens?|most|some|many|few|several|all|none|each|any|half|majority|minority|share|"
    r"portion|part|fraction|percent|per\s+cent|rest|remainder)%?\s+(?:of|out\s+of)|%\s+of|\bamong|\bout\s+of)"
    r"(?:\s+(?:the|these|those|its|their|our|all))?\s*$",
    re.IGNORECASE,
)
#: a capitalised word followed by another starts a name ("New Zealand", "Top Gear"): its
#: first word is no part word
_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z]")
#: an owner before a group's size: "the FAA's" 138 systems, "the city's" 40 libraries,
#: "Food Banks Canada's" members
OWNER = r"(?:(?:[A-Z][\w&.-]*(?:[ \t]+[A-Z][\w&.-]*){0,3}|[a-z]{3,})['’]s[ \t]+)"
#: right after a figure: it counts some of a group ("14 of the 22 councils", "90 of them",
#: "58 of the agency's 138 systems")
_SOME_OF_AFTER = re.compile(
    r"[ \t]+(?:out[ \t]+)?of[ \t]+(?:(?:the|its|their|our|his|her|all)[ \t]+)?(?:"
    + OWNER
    + r"?\d|(?:them|these|those)\b)",
    re.IGNORECASE,
)
_ALL_LAST = re.compile(r"\ball[ \t]*$", re.IGNORECASE)
_TOTAL_OF = re.compile(
    r"\b(?:total|number|sum|tally|count|all|group|team|set|list|pool|network)\s+of\s*(?:the\s+)?$", re.IGNORECASE
)
# a worked example or a modal: a supposition wherever it stands in the figure's clause
_SUPPOSING = (
    r"for\s+example|for\s+instance|e\.\s?g\.|say,|hypothetical(?:ly)?|would|could(?!\s+not\b|n[’']t)|might|"
    r"(?:in|from)\s+(?:this|our|the|that)\s+example|to\s+illustrate|scenario"
)
_HYPOTHETICAL = re.compile(
    r"\b(?:" + _SUPPOSING + r"|suppose|supposing|imagine|assume|assuming|if|unless|otherwise|let's|let\s+us|"
    r"consider|illustrat\w*|recall)\b",
    re.IGNORECASE,
)
# after the figure in its clause, a condition ("the €2 billion will be recovered only if
# demand grows") bears on what is said of the figure, not on the figure; a modal or an
# example still makes it a supposition ("a 500 MW plant, run flat out, would produce ...")
_SUPPOSED_AFTER = re.compile(r"\b(?:" + _SUPPOSING + r")\b", re.IGNORECASE)
#: a phrase set off by a comma after a figure whose noun opens a relative clause of its own
#: (", for a route that ...", ", in a town which ..."): what follows is that noun's
_OTHER_NOUNS_CLAUSE = re.compile(
    r",[ \t]+(?:for|to|on|in|at|with|from|by|across|along)[ \t]+(?:a|an|the|its|their|one)[ \t]+"
    r"(?:[\w-]+[ \t]+){0,2}?[\w-]+[ \t]+(?:that|which|who|where)\b",
    re.IGNORECASE,
)
# a paragraph that opens with a supposition is a worked example throughout
_HYPOTHETICAL_OPENING = re.compile(
    r"^\W*(?:if|suppose|supposing|imagine|assume|assuming|for\s+example|for\s+instance|consider|say|let's|let\s+us)\b",
    re.IGNORECASE,
)
_NUMBER_WORDS = frozenset(
    """zero one two three four five six seven eight nine ten eleven twelve twenty thirty forty
    fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions
    billion billions trillion trillions dozen dozens half quarter""".split()
)
#: the words of a fraction in words ("two-thirds of a million", "a fifth of a billion")
_FRACTION_WORDS = frozenset("third thirds quarters fifth fifths sixth sixths eighth eighths tenth tenths".split())
_MATH_AROUND = re.compile(r"[=×*/^]|\s[+−-]\s")
_UNITS_T = r"(?:second|minute|hour|day|night|week|month|year|quarter|decade|season|term|session)s?"
_PERIOD_RES = (
    # (a year glued to "end", "mid", "pre" … where PDF text lost the hyphen at a line's end:
    # "at end2022", "mid2024")
    # (and to a fiscal or calendar year's label, "FY2023/24", "CY2022")
    re.compile(r"(?:\b|(?<=end)|(?<=mid)|(?<=pre)|(?<=post)|(?<=FY)|(?<=CY))(?:1[89]\d\d|20\d\d|2100)s?\b"),
    re.compile(
        r"\b(?:last|this|next|past|previous|same|coming|current|prior|following|preceding|first|second|"
        r"third|fourth|final|fiscal|calendar|financial|academic|school)\s+(?:\w+[\s-]+)?" + _UNITS_T + r"\b|"
        r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d+)[\s-]+" + _UNITS_T + r"[\s-]+period\b|"
        # "FY2023/24", "FY 2024": "fiscal year" abbreviated (read as "fiscal year" below)
        r"\b(?-i:FY)(?=[ \t]?(?:19|20)\d\d)",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:(?:per|a|an|each|every|in\s+a|in\s+an)\s+(?:typical\s+|average\s+|given\s+|single\s+|normal\s+)?"
        r"|(?:per|every)\s+(?:\d+|two|three|four|five|six|ten|twelve|few)\s+)"  # "every 10 minutes": a rate
        + _UNITS_T
        + r"\b",
        re.IGNORECASE,
    ),
    re.compile(r"\b(?:annually|annual|yearly|daily|weekly|monthly|quarterly|hourly|nightly)\b", re.IGNORECASE),
    re.compile(
        r"\b(?:to\s+date|so\s+far|thus\s+far|since|until|through(?=\s+(?:the\s+end\b|\d{4}\b|[A-Z][a-z]+\s+\d{4}\b))|by\s+then|at\s+the\s+time|at\s+its\s+peak|"
        r"at\s+launch|at\s+the\s+start|at\s+the\s+end|ago|in\s+total|per\s+capita)\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:" + "|".join(sorted((m for m in MONTHS if len(m) > 3), key=len, reverse=True)) + r")\b", re.IGNORECASE
    ),
    # "this summer" / "last winter" as one period (read from the publication date by the
    # rules), a season alone as itself
    # ("Q3" and "H1" are "the third quarter" and "the first half", as written in words)
    re.compile(
        r"\bQ[1-4]\b|\b(?-i:H[12])\b|\b(?:(?:this|last)\s+)?(?:spring|summer|autumn|fall|winter)\b", re.IGNORECASE
    ),
    # "the first half of 2024" / "the second half": two halves of one year are two periods
    re.compile(r"\b(?:first|second|latter)\s+half\b", re.IGNORECASE),
)
_UNIT_NAMES = (
    "second",
    "minute",
    "hour",
    "day",
    "night",
    "week",
    "month",
    "year",
    "quarter",
    "decade",
    "season",
    "term",
    "session",
)
#: for each of _PERIOD_RES, words one of which every match holds (in a text case-folded as
#: re.IGNORECASE reads it; the years' digits as written): a clause with none skips the pattern
_PERIOD_NEEDS: tuple[tuple[str, ...], ...] = (
    ("1", "2"),
    (*_UNIT_NAMES, "fy"),
    _UNIT_NAMES,
    ("annual", "yearly", "daily", "weekly", "monthly", "quarterly", "hourly", "nightly"),
    (
        "date",
        "far",
        "since",
        "until",
        "through",
        "then",
        "time",
        "peak",
        "launch",
        "start",
        "end",
        "ago",
        "total",
        "capita",
    ),
    tuple(m for m in MONTHS if len(m) > 3),
    ("q1", "q2", "q3", "q4", "h1", "h2", "spring", "summer", "autumn", "fall", "winter"),
    ("half",),
)
assert len(_PERIOD_NEEDS) == len(_PERIOD_RES)  # one entry per shape: a new shape needs its words
#: letters glued to an amount's digits ("R1", "Rs5", "K38.6")
_GLUED_SYMBOL = re.compile(r"([A-Z][A-Za-z]{0,2})\d[\d.,]*$")


def _glued_amount(word: str, text: str, end: int) -> bool:
    """Is a name's word a currency's letters glued to an amount ("R12.4" of "R12.4 billion",
    "R1" of "R1,200"), not a name with a number ("R21", "K9")? As the money reader says
    (:func:`~claimcheck.extract.currency.letters_mark_amount`)."""
    g = _GLUED_SYMBOL.match(word)
    if g is None or g.group(1) not in SYMBOLS:
        return False
    return letters_mark_amount(g.group(1), text, end - len(word) + g.end(1))


#: a capitalised word or acronym, or a name written with a capital inside ("rescEU", "eBay",
#: "easyJet"; not "mRNA", "kWh")
_NAME = re.compile(r"\b[A-Z][\w’'&.-]*[\w]|\b[A-Z]\b|\b(?:[a-z]{2,6}[A-Z]|[a-z][A-Z][a-z]{2})[A-Za-z]*\b")
_ORDINALS = ("first", "second", "third", "fourth")
#: periods by their labels, as they are said in words
_LABELLED_PERIODS = {"fy": "fiscal year"} | {f"q{i}": f"{w} quarter" for i, w in enumerate(_ORDINALS, 1)}
_LABELLED_PERIODS |= {f"h{i}": f"{w} half" for i, w in enumerate(_ORDINALS[:2], 1)}
#: a period's label written like a name: a fiscal or calendar year ("FY2023", "FY", "CY2022"),
#: a quarter or a half ("Q3", "H1"): no name of a scope
PERIOD_LABEL = re.compile(r"(?:FY|CY)(?:(?:19|20)?\d\d)?|Q[1-4]|H[12]")
_NOT_NAMES = frozenset(
    """The A An And Or But If In On At By For Of To From With As It Its This That These Those
    There Their They We Our You Your He She His Her I Mr Mrs Ms Dr Some Most Many More All
    Each Every Other Another One Two Three Four Five Six Seven Eight Nine Ten Not No Yes So
    Yet While When Where Which Who What How Why Although Though Because Since Until After
    Before During Over Under About Nearly Almost Only Just Even Also Still Then Now Today""".split()
)
_WORD = re.compile(r"[a-z][a-z-]{3,}")
_STOP = frozenset(
    """that this these those there their they them with from into onto over under about
    than then when where which while what have has had having were been being will would
    could should shall might must also only just even still more most less least much many
    some such each every other another very into upon your ours ourselves here same both
    either neither just does doing done said says according""".split()
)
_OF_COMPLEMENT = re.compile(r"\s+of\s+((?:[A-Za-z][\w-]*\s+){0,3}[A-Za-z][\w-]*)")
_COMPLEMENT_STOP = frozenset(
    "the a an which that who whom whose these those this its their our his her them it in on at by for to from with as and or but".split()
)


def clause_bounds(text: str, sent_start: int, sent_end: int, pos: int) -> tuple[int, int]:
    """The clause of the sentence ``text[sent_start:sent_end]`` holding offset ``pos``.

    What a clause reports ("A poll of 38 firms found that most expect prices to fall";
    "the 36-firm poll showed that few could say") is another statement: a figure's clause
    ends at the "that" opening the reported content, whose modals, changes and periods are
    not the figure's."""
    s, e = sent_start, sent_end
    cuts = list(_CLAUSE_CUT.finditer(text, sent_start, sent_end))
    # an aside between two dashes that does not hold the figure ("logs about 400 faults —
    # most of them minor — in a typical month") cuts nothing: the clause runs on past it
    dashes = [k for k, m in enumerate(cuts) if _DASH.fullmatch(m.group(0))]
    aside = {
        k
        for x, y in zip(dashes, dashes[1:])
        if y == x + 1 and not cuts[x].end() <= pos < cuts[y].start()
        for k in (x, y)
    }
    for k, m in enumerate(cuts):
        if k in aside:
            continue
        if m.end() <= pos:
            if (embedded := _EMBEDDED.match(text, m.start(), pos)) is not None and embedded.end() <= pos:
                continue  # "The depot, which opened in 2011, houses 214 buses": the main clause's
            s = m.end()
        elif m.start() >= pos:
            e = m.start()
            break
    that = text.find(" that ", pos, e)
    if that != -1 and (r := _REPORTED.search(text, max(pos, that - 16), e)) is not None:
        e = r.start("that")
    return s, e


#: a character of a phrase that runs on to the next comma, semicolon, colon or parenthesis:
#: the comma of a figure's thousands ("With 1,400 MW of capacity,") cuts no phrase
IN_PHRASE = r"(?:[^,;:()]|(?<=\d),(?=\d))"
#: a sentence's opening phrase up to its comma, led by a preposition ("With a ceiling of
#: 20,000 tonnes in each area,", "At its peak of 310 staff,"): no verb of its own
_LEAD_PHRASE = re.compile(
    r"\W*(?:with|without|at|in|of|for|after|before|during|under|over|across|since|given|despite|from)\b"
    + IN_PHRASE
    + r"{0,120}?,\s",
    re.IGNORECASE,
)
#: a relative pronoun opening a clause ("a unit that handled", "a plant which would hold");
#: not "that" before a noun it determines ("that July", "that year")
_RELATIVE = re.compile(
    r"\b(?:that|which|who|whose)\s+(?!(?:year|month|week|day|time|period|quarter|season|summer|winter|spring|"
    r"autumn|January|February|March|April|May|June|July|August|September|October|November|December)s?\b)",
    re.IGNORECASE,
)
#: the modal verbs: a figure's own clause that has one supposes it (:data:`_MODAL`)
_MODAL_WORDS = r"would|could|will|might|(?-i:may)|should|shall|can|must"
#: a finite verb of the main clause after a relative clause ("... in 2023 would save")
_FINITE = re.compile(rf"\b(?:{_MODAL_WORDS}|is|are|was|were|has|have|had)\b", re.IGNORECASE)
#: a change "from" one level "to" the figure ("from 359 tonnes at the end of 2023 to ")
_FROM_TO = re.compile(
    r"\bfrom\s+" + IN_PHRASE + r"*?\d" + IN_PHRASE + r"*?\s(?P<to>to)\s+(?:about\s+|some\s+|around\s+|nearly\s+)?$",
    re.IGNORECASE,
)
#: a relative clause right after a figure's noun phrase ("484 tonnes of gold that the bank held")
_HEADS_RELATIVE = re.compile(r"(?:\s+(?!(?:that|which|who)\b)[\w’'-]+){0,4}?\s+(?:that|which|who)\s", re.IGNORECASE)
_MODAL = re.compile(rf"\b(?:{_MODAL_WORDS})\b", re.IGNORECASE)
#: a verb in the past tense, or a year written as the time of what a clause says
_PAST = re.compile(
    r"\b(?:[a-z]{3,}ed|was|were|had|held|rose|fell|grew|sold|took|made|paid|spent|saw|built|ran|gave|got|"
    r"kept|brought|bought|won|lost|met|dealt)\b|\b(?:in|during|over|throughout|for|of)\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)
_VERB_WORDS = re.compile(r"\b(?:[a-z]{3,}ed|is|are|was|were|has|have|had|would|could|will|can)\b", re.IGNORECASE)


def own_clause(text: str, cs: int, ce: int, start: int, end: int) -> tuple[int, int]:
    """The part of the clause ``text[cs:ce]`` that is the figure's at ``[start, end)`` own,
    whose modals, forecasts, ordinals and periods are the figure's: an opening phrase
    holding it ("With a ceiling of 20,000 tonnes in each area, the farms could ...": the
    ceiling is no supposition), or a relative clause holding it that says what was
    ("Closing a unit that handled 148 births in 2023 would save ...": a past verb or a year
    there, so the main clause's "would" is not the births'), or the level reached after
    "from" another figure "to" it; else the whole clause. A
    relative clause with no past in it ("a plant that holds 30,000 tonnes would cost ...")
    stays with its main clause, and one with its own modal ("a plant that would hold ...")
    keeps it."""
    # "taking its holdings from 359 tonnes at the end of 2023 to 448 tonnes at the end of
    # 2024": the level reached, dated, is its own, not dated by the starting level's year
    # (undated, "rose from 14% to 26% in ten years", it stays the change's end)
    moved = _FROM_TO.search(text, max(cs, start - 120), start)
    if moved is not None and _PERIOD_RES[0].search(text, end, min(ce, end + 40)):
        cs = moved.start("to")
    lead = _LEAD_PHRASE.match(text, cs, ce)
    if lead is not None and end <= lead.end() - 2 and not _VERB_WORDS.search(text, cs, start):
        return cs, lead.end() - 2
    head = _HEADS_RELATIVE.match(text, end, ce)
    if head is not None:  # "The 484 tonnes that the bank held at the close of last year would ..."
        modal = _MODAL.search(text, head.end(), ce)
        e = modal.start() if modal is not None else ce
        if modal is not None and _PAST.search(text, head.end(), e):
            return cs, e
    rel = None
    # (not a relative clause closed before the figure: "The depot, which opened in 2011,
    # houses 214 buses")
    for m in _RELATIVE.finditer(mask_embedded(text, cs, start), cs, start):
        rel = m
    if rel is None:
        return cs, ce
    fin = _FINITE.search(text, end, ce)
    e = fin.start() if fin is not None else ce
    own = text[rel.start() : start] + " " + text[end:e]
    return (rel.start(), e) if _PAST.search(own) and not _MODAL.search(own) else (cs, ce)


#: a verb of saying, finding or thinking and the "that" opening what it reports (not "that
#: year", "that survey": a determiner before a noun of time or of a source)
_REPORTED = re.compile(
    r"\b(?:found|finds?|show(?:s|ed|n)?|said|says|told|tells|thinks?|thought|believes?|believed|knew|knows|"
    r"wrote|writes|[a-z]{3,}ed)\s+(?P<that>that)\s+(?!(?:year|month|week|day|time|period|quarter|season|"
    r"survey|report|study|poll|figure|number|total|amount|date|decade|summer|winter|spring|autumn)s?\b)",
    re.IGNORECASE,
)


def thing_key(thing: str, complement: str = "") -> str:
    """The counted thing as a key: lower case, hyphens as spaces, the head singular."""
    words = [w for w in re.findall(r"[a-z0-9]+", thing.lower().replace("-", " ")) if w not in _DETERMINERS]
    if not words:
        return ""
    words[-1] = singular(words[-1])
    key = " ".join(words)
    if complement:
        cw = [w for w in re.findall(r"[a-z0-9]+", complement.lower().replace("-", " ")) if w not in _DETERMINERS]
        if cw:
            cw[-1] = singular(cw[-1])
            key += " of " + " ".join(cw)
    return key


def _complement(text: str, end: int) -> str:
    """An "of" phrase right after a counted thing: "species | of lichen-forming fungi"."""
    m = _OF_COMPLEMENT.match(text, end)
    if not m:
        return ""
    words = []
    for w in m.group(1).split():
        if w.lower() in _COMPLEMENT_STOP or not w[:1].isalpha():
            break
        words.append(w)
    return " ".join(words)


_MEASURED_BEFORE = re.compile(
    r"(?:^|\s)((?:[A-Za-z][\w-]*\s+)?[A-Za-z][\w-]*)\s+of\s+(?:about|around|some|nearly|roughly|over|"
    r"(?:no\s+|not\s+)?(?:more|less|fewer)\s+than|up\s+to|almost|just|only|approximately|at\s+(?:most|least)|"
    r"well\s+(?:over|under|above|below)|under|below|above)?\s*$",
    re.IGNORECASE,
)


_AT_BEFORE = re.compile(
    r"(?:^|\s)((?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*),?\s+at\s+(?:about|around|some|nearly|roughly|over|"
    r"more\s+than|less\s+than|up\s+to|almost|just|only|approximately)?\s*$"
)
#: words naming the measure of an amount, not what it is of: "the dose price of $3.90" is
#: the price of a dose
_MEASURE_WORDS = frozenset("price cost fee value amount sum figure bill tag".split())


def _measured(text: str, clause_start: int, start: int, complement: str) -> str:
    """What a quantity or amount measures: "4.2 GW of solar capacity", "a capacity of
    4.2 GW" ("of solar capacity", "capacity of"), "the dose price of $3.90" and "each dose,
    at $3.40" ("dose of"); "" when the clause does not say."""
    if complement:
        cw = [w for w in re.findall(r"[a-z0-9]+", complement.lower().replace("-", " ")) if w not in _DETERMINERS]
        if cw:
            cw[-1] = singular(cw[-1])
            return "of " + " ".join(cw)
    m = _MEASURED_BEFORE.search(text, clause_start, start)
    if m:
        words = [w for w in re.findall(r"[a-z0-9]+", m.group(1).lower().replace("-", " ")) if w not in _DETERMINERS]
        if len(words) > 1 and words[-1] in _MEASURE_WORDS and words[0] not in _MEASURE_WORDS:
            return singular(words[0]) + " of"  # "dose price of": of a dose, as "each dose, at"
        if words:
            return " ".join(words) + " of"
    m = _AT_BEFORE.search(text, clause_start, start)
    if m:  # "each R21 dose, at $3.40": lower-case words, names are the scope
        words = [w for w in m.group(1).replace("-", " ").split() if w.islower() and w not in _DETERMINERS]
        words = [w for w in words if w not in _PART_WORDS and w not in _MEASURE_WORDS]
        if words and words[-1] not in _NOT_MEASURED and not words[-1].endswith(("ing", "ed")):
            return " ".join(words[-2:-1] + [singular(words[-1])]) + " of"  # as "a capacity of 4 GW"
    return ""


#: words before "at" that are not a thing measured ("priced at", "stood at", "estimated at")
_NOT_MEASURED = frozenset(
    """priced stood stands stand valued estimated put pegged set capped fixed held kept sold
    bought traded closed opened peaked bottomed levelled leveled came come comes arrived
    look looked looking is was are were be been being it this that which them rate rates
    rated""".split()
)


#: "a second lane", "a second term": an ordinal before a noun, not a span of time
ORDINAL_AFTER = _ORDINAL_AFTER = re.compile(
    r"\s+(?!(?:of|and|or|but|in|on|at|to|for|than|per|ago|later|earlier|before|after|across|through|over|"
    r"into|from|by|with|under|along|during|while|when|since|until|as|is|was|are|were|each|every|or|so|the)\b)[a-z]"
)


#: words before "a year", "a decade" that make it a span of time, not "per year": "more than
#: a decade", "within a year", "nearly a century", "half a year"
_SPAN_BEFORE = re.compile(r"\b(?:than|over|within|nearly|almost|half|after|about|around|under)\s+$", re.IGNORECASE)


def periods(text: str) -> tuple[str, ...]:
    """The periods a text names ("2024", "per month", "last year"), as subjects write them."""
    return _periods(text)


_SEASON = re.compile(r"spring|summer|autumn|fall|winter")
#: another figure's span of time right before "a year" / "per week" (the figure itself is
#: taken out of the text read): the rate is that span's
_SPAN_RATE_BEFORE = re.compile(
    r"(?:\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|hundred))[\s-]+(?:seconds?|minutes?|hours?|days?|nights?|weeks?|"
    r"months?|shifts?|sessions?)[ \t]+$",
    re.IGNORECASE,
)
#: a season said as what something is done ahead of, not as the figure's time
_AHEAD_OF = re.compile(r"\b(?:before|ahead\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
#: what describes "the last year" as one of a series ("the last year for which figures
#: exist", "the previous year of the survey")
_YEAR_DESCRIBED = re.compile(r"\s+(?:for|in|of|on|before|when|that|which|whose|with)\b", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def described_year(text: str, start: int, end: int) -> bool:
    """Is the "last year" / "previous year" at ``text[start:end]`` a year described by
    what follows it ("2023, the last year for which figures exist"), not the year before
    the publication's?"""
    return bool(_THE_BEFORE.search(text, max(0, start - 6), start)) and bool(_YEAR_DESCRIBED.match(text, end))


#: a year said as its months ("the first twelve months", "the past 12 months")
_TWELVE_MONTHS = re.compile(r"\b(?:twelve|12)[ -]months?\b")
#: half a year said as its months after an ordinal ("the first six months")
_SIX_MONTHS = re.compile(r"^(first|second) (?:six|6)[ -]months?$")


def _periods(clause: str, join: int = 0) -> tuple[str, ...]:
    """The periods of ``clause``; ``join``: where the words after a figure start (the
    figure taken out), which no span of time ("more than a decade") reaches across."""
    found: set[str] = set()
    folded = ignorecase_fold(clause)
    remarks = record_remarks(clause)
    for i, (rx, needs) in enumerate(zip(_PERIOD_RES, _PERIOD_NEEDS)):
        if not has_any(clause if i == 0 else folded, needs):
            continue  # a word every match holds is missing
        for m in rx.finditer(clause):
            if any(s <= m.start() < e for s, e in remarks):
                continue  # "a higher total than any previous year": the years it beat
            p = re.sub(r"\s+", " ", m.group(0).lower())
            if re.fullmatch(r"an? second", p) and _ORDINAL_AFTER.match(clause, m.end()):
                continue
            if p.startswith(("a ", "an ")) and _SPAN_BEFORE.search(clause, max(join, m.start() - 12), m.start()):
                continue  # "its smallest crop in more than a decade": a span of time, no rate
            if p.startswith(("a ", "an ", "per ", "each ", "every ")) and _SPAN_RATE_BEFORE.search(
                clause, max(0, m.start() - 30), m.start()
            ):
                continue  # "recorders who sit 15 to 30 days a year": the rate of another figure's days
            if _SEASON.fullmatch(p) and _AHEAD_OF.search(clause, max(0, m.start() - 16), m.start()):
                continue  # "not enough to build a buffer before the summer": another deed's time
            if p in ("last year", "previous year", "past year") and described_year(clause, m.start(), m.end()):
                continue  # "2023, the last year for which figures exist": no year before publication
            p = re.sub(r"^(?:a|an|each|every|in a|in an) (?:typical |average |given |single |normal )?", "per ", p)
            p = re.sub(r"^(annual|annually|yearly)$", "per year", p)
            p = _LABELLED_PERIODS.get(p, p)  # "FY", "Q3", "H1" as said in words
            p = {
                "daily": "per day",
                "weekly": "per week",
                "monthly": "per month",
                "quarterly": "per quarter",
                "hourly": "per hour",
                "nightly": "per night",
            }.get(p, p)
            if p.startswith("per ") and p.endswith("s"):
                p = p[:-1]
            # twelve months are a year: "in the first twelve months" / "in its first year",
            # "over the past 12 months" / "over the past year"
            p = _TWELVE_MONTHS.sub("year", p)
            p = _SIX_MONTHS.sub(r"\1 half", p)  # "the second six months" / "the second half"
            found.add(p)
    return tuple(sorted(found))


def country_words() -> frozenset[str]:
    """The one-word names of the countries ("Djibouti", "Tunisia", "Canada"), as pycountry
    gives them."""
    return _country_words()


@functools.cache
def _country_words() -> frozenset[str]:
    # kept in the cache folder (claimcheck.cache), tied to pycountry's table: a run need
    # not import pycountry and read it
    from claimcheck import cache

    def build() -> list[str]:
        import pycountry

        out: set[str] = set()
        for c in pycountry.countries:
            for attr in ("name", "common_name"):
                name = getattr(c, attr, None)
                if name and "," not in name and len(name.split()) == 1:
                    out.add(name)
        return sorted(out)

    table = cache.package_file("pycountry", "databases", "iso3166-1.json")
    return frozenset(build() if table is None else cache.load_or_build("country-words", [table], build))


def _first_word_is_name(text: str, m: re.Match[str]) -> bool:
    """A sentence's first word names something when it is an acronym, a country, a
    possessive ("Acme's") or the start of a run of capitalised words ("Con Edison")."""
    w = m.group(0)
    base = re.sub(r"[’']s$", "", w)
    if len(base) > 1 and base.isupper():
        return True
    if base != w or base in _country_words():
        return True
    nxt = re.match(r"[ \t]+([A-Z][a-z])", text[m.end() : m.end() + 4])
    return bool(nxt)


def _names(text: str, cs: int, ce: int, sent_start: int, skip: tuple[int, int]) -> tuple[str, ...]:
    out: set[str] = set()
    first = re.match(r"\W*", text[sent_start:ce])
    first_word_at = sent_start + (first.end() if first else 0)
    for m in _NAME.finditer(text, cs, ce):
        if skip[0] <= m.start() < skip[1]:
            continue
        w = re.sub(r"[’']s$", "", m.group(0)).rstrip(".")
        if w in _NOT_NAMES or w.capitalize() in _NOT_NAMES:
            continue
        if PERIOD_LABEL.fullmatch(w):
            continue  # "FY2023/24", "Q3", "H1": a period, said in letters
        if w.lower() in MONTHS:
            continue
        if w in SYMBOLS or w + text[m.end() : m.end() + 1] in SYMBOLS or _glued_amount(w, text, m.end()):
            continue  # "GH₵2.3 billion", "R1,200": a currency's letters, no name ("R21 dose" is one)
        if len(w) < 2:
            continue
        if m.start() == first_word_at and not _first_word_is_name(text, m):
            continue  # the sentence's first word is capitalised anyway
        out.add(w)
    return tuple(sorted(out))


def _without_parentheses(sentence: str, start: int, end: int) -> str | None:
    """The sentence with every parenthesis that does not hold ``sentence[start:end]`` blanked
    out (offsets kept), or None when it has none to blank."""
    if "(" not in sentence:
        return None
    out = sentence
    for m in _PARENTHESIS.finditer(sentence):
        if m.start() <= start < m.end():
            continue
        out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end() :]
    return out if out != sentence else None


_PARENTHESIS = re.compile(r"\([^()]*\)")


#: a number in digits that is not a year nor part of a name ("R21", "2Africa"): "down from
#: 1.14 million in 2023" has a figure (no claim: of what?) that the period 2023 is nearer to
_BARE_FIGURE = re.compile(r"(?<![\w.,/-])(?!(?:1[89]\d\d|20\d\d|2100)(?![\d,.]*\d))\d[\d,.]*\d?(?![\w-])")


def _bare_figures(text: str, cs: int, ce: int) -> list[tuple[int, int]]:
    """The figures in digits of ``text[cs:ce]``, not the days of dates ("31 March", "March 31")."""
    out = []
    for m in _BARE_FIGURE.finditer(text, cs, ce):
        after = _WORD_AFTER.match(text, m.end())
        before = _WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
        if (after and after.group(1).lower() in MONTHS) or (before and before.group(1).lower() in MONTHS):
            continue
        out.append((m.start(), m.end()))
    return out


_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?\s+$")


#: words between two figures that set them against each other ("577,000 tonnes, down from
#: 739,000 tonnes for 2024"; "$3.90 compares with $9.30 for RTS,S"): each keeps its own
#: period and names; without them ("5.3 million tonnes in 2005, worth $8 billion") the
#: figures share their clause's
_CONTRAST = re.compile(
    # a bare "from" only before a figure that is no year ("from 412 to 388", "from about £3
    # million"), not a noun's own phrase ("48,200 samples from wild birds in 2024", "1.2
    # million tonnes from Brazil in 2023")
    r"\b(?:(?:down|up|rising|falling|fell|rose|increased|decreased|grew)\s+from|"
    # (or before the end of the span searched: the figure stands right there)
    r"from(?=\s+(?:[A-Za-z]+\s+){0,2}(?:[£$€¥]|US\$|\d(?!\d{3}\b))|\s+(?:[A-Za-z]+\s+){0,2}$)|compared?\s+(?:with|to)|"
    r"compares\s+(?:with|to)|against|versus|vs\.?|than|while|whereas|after|before|as\s+against|"
    # "540,000 deliveries in 2025 were roughly triple its 2024 total of 180,000": a multiple
    # of the other figure
    r"twice|double|triple|treble|quadruple|(?:two|three|four|five|six|seven|eight|nine|ten)\s+times|"
    # "1.4 billion letters in 2000 and 110 million in 2024": a figure that leaves out its noun
    # and gives its own period is set against the one before
    r"(?<=\d{4}\s)and(?=\s+(?:(?:about|some|nearly|almost|roughly|over|just)\s+)?$))\b",
    re.IGNORECASE,
)
_COMPOUND = re.compile(r"\d-[A-Za-z]")


def _window(
    cs: int,
    ce: int,
    start: int,
    end: int,
    others: Sequence[tuple[int, int]],
    text: str = "",
    to_contrast: bool = False,
) -> tuple[int, int]:
    """The part of the clause ``[cs, ce)`` that is the figure's at ``[start, end)``: up to
    halfway to a figure set against it (:data:`_CONTRAST`), or with ``to_contrast`` (for its
    periods) to the contrast word when it stands further on ("A of grain in 2024, compared
    with B in 2021": 2024 is A's however near B it stands); a figure written as a compound
    before its noun ("the 104-municipality zone received 3,200 complaints in the first
    year") ends at the next figure."""
    ws, we = cs, ce
    compound = bool(_COMPOUND.search(text, start, end))
    for s, e in others:
        if s == start:
            continue
        if cs <= e <= start and _CONTRAST.search(text, e, start):
            cut = (e + start) // 2
            if to_contrast:
                cut = max(cut, *(c.start() for c in _CONTRAST.finditer(text, e, start)))
            ws = max(ws, cut)
        elif end <= s < ce and (compound or (m := _CONTRAST.search(text, end, s)) is not None):
            cut = (end + s + 1) // 2
            if to_contrast and not compound and m is not None:
                cut = max(cut, m.start())
            we = min(we, cut)
        elif end <= s < ce and (q := EQUIVALENT_AFTER.search(text, end, s)) is not None:
            we = min(we, q.start())  # "51 GWh in 2023, roughly the yearly use of 18,000 homes"
    return ws, we


#: a remark that the figure is a record ("a larger total than in any earlier year", "higher than
#: ever", "more than any other season", "its highest since 2010"): no comparison or ordinal that sets it apart from a
#: restatement of it
_RECORD_REMARK = re.compile(
    r"\b(?:[a-z]+er|more|less|fewer)\s+(?:[a-z]+\s+){0,2}?than\s+(?:(?:in|during|for|at)\s+)?(?:any|ever)\b[^,;:.]*"
    # ("its highest since the federation was founded", "the most since 2010")
    r"|\b(?:its|their|the)\s+(?:[a-z]+est|most|fewest|least)\s+(?:[a-z]+\s+)?since\b[^,;:.]*",
    re.IGNORECASE,
)


def record_remarks(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that remark a figure is a record (:data:`_RECORD_REMARK`): their
    periods ("than any previous year") are the ones it beat, not its own."""
    return [m.span() for m in _RECORD_REMARK.finditer(text)] if "than" in text or "since" in text else []


#: an appositive that gives a figure's equivalent in another figure ("14 TWh in 2022, roughly
#: the yearly demand of 3 million homes", "£2 billion, or £40 a head"): its words, periods
#: and names are the equivalent's, not the figure's
EQUIVALENT_AFTER = re.compile(
    r",\s+(?:roughly|about|around|approximately|nearly|almost|or|equivalent\s+to|the\s+equivalent\s+of|"
    r"enough\s+(?:to|for)|the\s+same\s+as)\b",
    re.IGNORECASE,
)


#: what may lead a count that opens its clause without a determiner ("Nine members",
#: "Some 40 members")
_BARE_LEAD = re.compile(
    r"\W*(?:(?:about|around|some|nearly|almost|only|just|over|more\s+than|fewer\s+than|at\s+least)\s+)?",
    re.IGNORECASE,
)
#: "of the board", "of its staff", "of Norvia's board": the group a count is taken from
_OF_GROUP = re.compile(r"\s+of\s+(?:the|its|their|his|her|our|[A-Z])")


_PERIOD_GOES_ON = re.compile(
    r"\s+(?:year|month|week|quarter|season|decade|summer|winter|spring|autumn)(?:['’]s)?\b(?!\s+(?:of|in)\b)",
    re.IGNORECASE,
)


def part_in_thing(thing: str) -> str | None:
    """The word of a counted thing that makes it a part, an addition or another group
    ("23 new proposals", "three other members"), or None."""
    return next((w for w in re.findall(r"[a-z]+", thing.lower()) if w in _PART_IN_THING), None)


#: a verb in the past or a form of "be" / "have" right before a figure ("those orchestras
#: totalled £61.4 million"): what stands before it is the clause's subject
_VERB_BEFORE = re.compile(r"[a-z]{2,}[^e\W]ed|[a-z]+lled|was|were|had|stood|came|reached", re.IGNORECASE)
#: words that point back to a group already named ("those orchestras"), not to a part of it
_ANAPHORIC = frozenset({"these", "those", "such"})
#: determiners that open a figure's noun phrase ("the £2.4 billion scheme")
_OPENERS = frozenset({"the", "a", "an", "its", "their", "our", "his", "her"})


def _part_word_before(before: str) -> str | None:
    """A word among the last three before the figure that makes it a part, a ranking or
    another group ("the top ten", "two of the three"), up to a preposition ("declared such
    markets in 140 municipalities": "such" is the markets')."""
    left = list(re.finditer(r"[A-Za-z]+", before))[-3:]
    for k, t in enumerate(reversed(left)):
        w = t.group(0)
        if w.lower() in _PREPOSITIONS:
            return None
        if k == 1 and left[-1].group(0).lower() in _OPENERS and w.lower() not in _PART_WORDS:
            # "With these conditions, the £2.4 billion scheme": the determiner opens the
            # figure's own phrase; a part word before the noun it follows is another phrase's
            return None
        if k == 0 and _VERB_BEFORE.fullmatch(w) and len(left) == 3 and left[0].group(0).lower() in _ANAPHORIC:
            # "the grant to those orchestras totalled £61.4 million": "those" points back to a
            # group already named, the subject of the verb; the figure is no part of anything
            return None
        if w.lower() in _PART_WORDS and not (w[0].isupper() and _NAME_GOES_ON.match(before, t.end())):
            if " ".join(before[t.start() :].lower().split()) in QUALIFIERS:
                continue  # "just over 2.4 million": a hedge, not a part
            if _PERIOD_GOES_ON.match(before, t.end()):
                continue  # "last year's 2,400 kilometres", "its output last year, some 2.3 TWh": a period, not a part
            return w.lower()
    return None


#: a parenthesis that gives the whole ("Dredging by reach, 2024 (total 2.6 million m³)",
#: "(all 28 routes)", "(all routes: 16,900 pupils)", "(shares of 12,400 thousand tonnes)",
#: "(in all, 1,230 staff)")
_WHOLE_IN_PARENTHESES = re.compile(
    r"\s*(?:(?:a|the|in)\s+)?(?:total(?:ling|led|s)?|all|altogether|combined|overall|shares\s+of|"
    r"(?:per\s*cent|percent|%)\s+of)\b(?:(?:\s+[A-Za-z-]+){1,3}\s*[:=])?[\s,:=of]*(?:the\s+|its\s+|their\s+)?"
    r"(?:about|around|some|nearly|almost|over|roughly)?\s*$",
    re.IGNORECASE,
)


#: a key-facts line's label right before its figure: "Small ruminants immunised last year:
#: 3.2 million", "- Waste collected each month in 2024: 85,000 tonnes"
_LABEL = re.compile(
    r"[ \t]*(?:[-•*▪–][ \t]*)?(?P<label>[A-Z][^:;.!?\n]{2,80}):[ \t]*"
    r"(?:(?:about|around|some|nearly|almost|roughly|over|more\s+than|fewer\s+than|less\s+than|up\s+to)[ \t]+)?[$€£¥]?[ \t]*$",
    re.IGNORECASE,
)


_SENTENCE_OPENING = re.compile(
    r"(?:the|a|an|this|that|these|those|its|their|our|his|her|we|it|they|there|in|on|at|by|for|of)\b", re.IGNORECASE
)


def _label_of(text: str, sent_start: int, start: int) -> str:
    """The label a figure stands right after, at the start of its sentence or line ("Small
    ruminants immunised last year: 3.2 million"), whose period is the figure's; "" when
    there is none."""
    line_start = max(sent_start, text.rfind("\n", 0, start) + 1)
    m = _LABEL.fullmatch(text, line_start, start)
    if m is None:
        return ""
    label = m.group("label")
    # a label is short and opens with no determiner; "The Union sent its largest mission to
    # West Africa in a decade: 146 observers" is a sentence before its colon
    if len(label.split()) > 12 or _SENTENCE_OPENING.match(label):
        return ""
    return label


def _glossed(text: str, sent_start: int, start: int) -> str:
    """The words a parenthesis that gives the whole glosses ("Maintenance dredging by reach,
    2024" of "... 2024 (total 2.6 million m³)"), whose period is the figure's; "" when the
    figure stands in no such parenthesis."""
    opened = text.rfind("(", sent_start, start)
    if opened == -1 or ")" in text[opened:start] or not _WHOLE_IN_PARENTHESES.match(text, opened + 1, start):
        return ""
    return text[sent_start:opened]


#: a count written as a compound modifier: "450-bed", "269-ship", "12-member"
_COMPOUND_COUNT = re.compile(r"\d-[A-Za-z]+$")


def _part(
    text: str, clause: tuple[int, int], sentence: tuple[int, int], start: int, tail: int, thing: str | None
) -> str | None:
    """What makes the figure at ``text[start:tail]`` a part of something rather than the
    whole it seems to be (:attr:`ClaimSubject.part`), tried in turn: a part word before it,
    the size of each of several ("two 600 MW units"), a partitive ("of the"), a part word in
    its counted thing, a term of arithmetic, a detail in parentheses; None when none is."""
    cs, ce = clause
    before = text[cs:start]
    # (a count said as a compound before a noun, "the new 450-bed hospital", "the largest
    # 269-ship navy": a part word before it is the noun's, not the count's)
    part = None if _COMPOUND_COUNT.search(text, start, tail) else _part_word_before(before)
    if part is None and _COUNT_BEFORE.search(before):
        part = "each"  # "two 600 MW units": the size of each, not of the whole
    if part is None and _PARTITIVE.search(before) and not _TOTAL_OF.search(before):
        part = "of"
    if part is None and thing:
        part = part_in_thing(thing)
    if part is None and _SOME_OF_AFTER.match(text, tail) and not _ALL_LAST.search(before):
        part = "of"  # "14 of the 22 councils", "2,310 of them": some of a group ("all 35 of them": all)
    if part is None and thing and _BARE_LEAD.fullmatch(before) and _OF_GROUP.match(text, tail):
        part = "of"  # "Nine members of the board voted": some of them ("The 11 members of" are all)
    if part is None:
        around = text[max(cs, start - 3) : start] + text[tail : min(ce, tail + 3)]
        if _MATH_AROUND.search(around):
            part = "arithmetic"
    if part is None and _BOUNDED_AFTER.match(text, tail, min(ce, tail + 70)):
        part = "bounded"  # "23.4 million txs with data of 42 bytes or less": those of a band
    if part is None:
        opened = text.rfind("(", sentence[0], start)
        if (
            opened != -1
            and ")" not in text[opened:start]
            and ")" in text[tail : sentence[1]]
            and not _WHOLE_IN_PARENTHESES.match(text, opened + 1, start)
            and not _gloss(text, sentence, opened, start, tail)
            and text[sentence[0] : opened].strip(" \t\n\"“‘'")
        ):
            # "(Word document, 6 pages)": a detail of something else; not a sentence written in
            # parentheses ("(The survey covered all 8,950 homes ...)"), nor a figure that opens
            # its parenthesis, the value of what stands before it ("the contract (£64.10 per MWh)")
            part = "parenthetical"
    return part


#: a noun right before a parenthesis, which a figure opening the parenthesis glosses ("the
#: contract (£64.10 per MWh)"; not "by month, 2024 (2.4 million trips in all)")
_GLOSSED_NOUN = re.compile(r"[a-z]{3,}['’]?s?[ \t]*$")
#: a figure and its unit right before a parenthesis: the figure in it is a conversion ("1,600
#: kilometres (990 mi)"), no gloss of a noun
_FIGURE_BEFORE = re.compile(r"\d[\d,.]*[ \t]*[A-Za-z]+[ \t]*$")
#: the sentence going on after a closing parenthesis, in lower case ("(£64.10 per MWh) is")
_GOES_ON = re.compile(r"[^)]*\)[ \t]+(?-i:[a-z])")


def _gloss(text: str, sentence: tuple[int, int], opened: int, start: int, tail: int) -> bool:
    """Does the figure at ``start`` open the parenthesis at ``opened``, right after a noun of
    a sentence that goes on after it ("the contract (£64.10 per MWh) is ...", "The depot
    (some 241 buses) needs ...")? It gives that noun's value; not a conversion of a figure
    ("1,600 kilometres (990 mi)"), nor a label's amount in a list ("Bob's revenue (3 BTC)")."""
    return bool(
        _OPENS_PARENTHESIS.fullmatch(text, opened + 1, start)
        and _GLOSSED_NOUN.search(text, sentence[0], opened)
        and not _FIGURE_BEFORE.search(text, sentence[0], opened)
        and _GOES_ON.match(text, tail, sentence[1])
    )


#: what may stand between a parenthesis and the figure that opens it: a hedge, a currency
_OPENS_PARENTHESIS = re.compile(
    r"\s*(?:(?:about|around|some|nearly|almost|roughly|over|under|more\s+than|less\s+than|fewer\s+than|"
    r"up\s+to|at\s+least|just)\s+)?[$€£¥]?\s*",
    re.IGNORECASE,
)


#: a bound on another measure after the counted noun ("txs with data of 42 bytes or less",
#: "firms with more than 250 staff", "households aged 65 and over", "between 43 and 83
#: bytes"): the figure counts those of a band, a part of the things counted elsewhere
_BOUNDED_AFTER = re.compile(
    r"[^,;:()\d]{1,45}?\b(?:"
    r"\d[\d,.]*\s*(?:[^\W\d]+\s+){0,2}?(?:or\s+(?:less|fewer|more|over|under|above|below|older|younger)|and\s+(?:over|above|older))\b"
    r"|between\s+\d[\d,.]*\s+and\s+\d"
    r"|(?:more|fewer|less)\s+than\s+[£$€]?\d|at\s+least\s+[£$€]?\d"
    r")",
    re.IGNORECASE,
)


#: a sentence's opening adverbial, up to its comma: "In 2023,", "Of the world's cocoa in the
#: 2023/24 season,", "Over the summer of 2025,"
_OPENING = re.compile(
    r"\W*(?:in|of|for|during|over|throughout|across|at|by|since)\b" + IN_PHRASE + r"{0,90},", re.IGNORECASE
)
_NOW_WORDS = re.compile(r"\b(?:now|today|currently|presently|nowadays|at\s+present)\b", re.IGNORECASE)


_ACCORDING_TO = re.compile(r",\s+according\s+to\b", re.IGNORECASE)


def _attributed_years(text: str, ce: int, sent_end: int) -> tuple[str, ...]:
    """The years of the source a figure is attributed to, when its own clause gives none
    ("640 volunteers, according to its report for 2021": 2021); not the source's other
    words ("its monthly statistics" is no rate of the figure)."""
    said = _ACCORDING_TO.match(text, ce)
    if not said:
        return ()
    # the source's own clause only ("..., according to the operator, and the city wants
    # its fleet electric by 2035": 2035 is the city's)
    cut = _CLAUSE_CUT.search(text, said.end(), sent_end)
    end = cut.start() if cut else sent_end
    return tuple(
        sorted({m.group(0) for m in _PERIOD_RES[0].finditer(text, said.end(), end) if not m.group(0).endswith("s")})
    )


#: a phrase set between commas after a sentence's subject, before its verb, that says when
#: the subject came to be what it is: a participle or a relative clause of its opening,
#: building, founding, purchase ("The bridge, opened by the council in 1974, carries ...",
#: "The depot, which opened in 2011, houses ..."); not one that says what the subject
#: applies to ("Tier 4, which applies to locomotives built from 2015, limits ..."); the
#: verb after it is in lower case
_EMBEDDED = re.compile(
    r",[ \t]+(?:(?:which|who|that)[ \t]+(?:(?:was|were|had[ \t]+been|has[ \t]+been)[ \t]+)?)?"
    r"(?:opened|built|founded|commissioned|completed|launched|established|rebuilt|bought|acquired|installed|"
    r"constructed|created|inaugurated|set[ \t]+up|started|begun|formed|introduced|renovated|refurbished|"
    r"upgraded|extended|modernised|modernized|converted|designed|renamed|taken[ \t]+over|privatised|privatized)\b"
    + IN_PHRASE
    + r"{0,120}?,[ \t]+(?=(?-i:[a-z]))",
    re.IGNORECASE,
)


#: a year or a month: what dates a phrase (a span, "which covers a site for a year", says
#: what the subject is, and stays)
_DATED = re.compile(
    r"\b(?:1[89]\d\d|20\d\d)\b|\b(?-i:" + "|".join(m.capitalize() for m in MONTHS if len(m) > 3) + r")\b"
)


def mask_embedded(text: str, sent_start: int, start: int) -> str:
    """``text`` with each phrase of :data:`_EMBEDDED` that ends before ``start`` in the
    sentence starting at ``sent_start`` and gives a year or a month blanked out (the same
    length, its offsets kept): what it dates is the subject's past, not the figure at
    ``start``."""
    spans = [(m.start(), m.end()) for m in _EMBEDDED.finditer(text, sent_start, start) if _DATED.search(m.group(0))]
    if not spans:
        return text
    out = []
    last = 0
    for s, e in spans:
        out.append(text[last:s])
        out.append(", " + " " * (e - s - 4) + ", ")
        last = e
    out.append(text[last:])
    return "".join(out)


def _opening_periods(text: str, sent_start: int, cs: int, ce: int) -> tuple[str, ...]:
    """The periods of the sentence's opening adverbial, for a figure in a later clause of it
    that names none ("Of the 4.4 million tonnes in the 2023/24 season, A grew 1.8 million,
    and B about 530,000 tonnes": B's crop is of 2023/24 too); none for a clause "now" or
    "today"."""
    if cs <= sent_start:
        return ()
    m = _OPENING.match(text, sent_start, cs)
    if m is None or _NOW_WORDS.search(text, cs, ce):
        return ()
    return _periods(m.group(0))


#: a determiner right before a figure, and a name and a noun right after it: the figure
#: modifies the named thing ("the €2.1 billion Krk bridge", "the 1.2 GW Kestrel plant")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|this|that)\s+$", re.IGNORECASE)
_NAME_AND_NOUN_AFTER = re.compile(r"\s+(?:[A-Z][\w’'&.-]*\s+){1,3}[a-z]{3,}\b")


def _modifies_a_name(text: str, start: int, tail: int) -> bool:
    """Is the figure at ``text[start:tail]`` written before the named thing it sizes ("the
    €2.1 billion Krk bridge opened in 2020": the year dates the opening)?"""
    return bool(_DETERMINER_BEFORE.search(text, max(0, start - 8), start) and _NAME_AND_NOUN_AFTER.match(text, tail))


def numeric_subject(
    text: str,
    start: int,
    end: int,
    sent_start: int,
    sent_end: int,
    *,
    thing: str | None = None,
    thing_end: int | None = None,
    others: Sequence[tuple[int, int]] = (),
) -> ClaimSubject:
    """The subject of the figure at ``text[start:end]`` (its counted thing ending at
    ``thing_end``), read from its clause of the sentence ``text[sent_start:sent_end]``.

    ``others``: the spans of the other figures of the text. A parenthesis that does not hold
    the figure is left out of its clause ("a resolution (grid spacing) of about 100 km"), and
    in a clause with figures set against each other (:data:`_CONTRAST`) the periods and
    names between them are shared out, each to the figure it is nearest, a period written
    before the clause's first figure to every figure ("For 2025 ... 577,000 tonnes, down
    from 739,000 tonnes for 2024": 2024 is the second figure's); a figure written as a
    compound before its noun has none written after it ("the 104-municipality zone
    received 3,200 complaints in the first year": the first year is the complaints'; "the
    2,900-metre bridge opened in 2022": the year dates the opening)."""
    tail = thing_end if thing_end is not None else end
    masked = _without_parentheses(text[sent_start:sent_end], start - sent_start, tail - sent_start)
    opening = bool(_HYPOTHETICAL_OPENING.match(text))
    if masked is not None:  # read from the sentence without its other parentheses
        text = masked + text[sent_end : sent_end + 200]
        shift = sent_start
        start, end, tail, sent_start, sent_end = start - shift, end - shift, tail - shift, 0, sent_end - shift
        others = [(s - shift, e - shift) for s, e in others]
    cs, ce = clause_bounds(text, sent_start, sent_end, start)
    clause = text[cs:ce]
    complement = _complement(text, tail)
    if thing:
        what = thing_key(thing, complement)
    else:  # a quantity or an amount: what it measures, when said
        what = _measured(text, cs, start, complement)
    part = _part(text, (cs, ce), (sent_start, sent_end), start, tail, thing)
    # a supposition up to the end of the figure's clause: one in a later clause ("0.58
    # million tonnes shows what is at stake: with higher prices it would have ...") is
    # another statement, and "could not" says what did not happen
    # (read after the figure only up to the end of its own phrase or relative clause:
    # :func:`own_clause`)
    os_, oe = own_clause(text, cs, ce, start, tail)
    # (a relative clause of another noun, in a phrase set off after the figure ("received
    # 140,000 bids, for a plot that anyone could once buy"), says what that noun could do,
    # not what the figure might be)
    after = max(oe, end)
    other = _OTHER_NOUNS_CLAUSE.search(text, end, after)
    hypothetical = bool(
        _HYPOTHETICAL.search(text, sent_start, start)
        or _SUPPOSED_AFTER.search(text, end, other.start() if other is not None else after)
        or opening
    )
    others = [*others, *_bare_figures(text, cs, ce)]
    ws, we = _window(cs, ce, start, tail, others, text)
    # ("The depot, which opened in 2011, houses 214 buses": the year is the opening's)
    ptext = mask_embedded(text, sent_start, start)
    lead = ""
    if ws > cs:  # a period before the clause's first figure is every figure's
        first = min((s for s, _ in others if cs <= s < start), default=start)
        lead = ptext[cs:first] + " "
    # "the 2,900-metre bridge opened in 2022": the year dates the opening, not the length
    pe = tail if _COMPOUND.search(text, start, end) or _modifies_a_name(text, start, tail) else we
    if pe == we and others:
        pe = _window(cs, ce, start, tail, others, text, to_contrast=True)[1]
    # "16.1 million tonnes in 2022, up from 15.4 million tonnes in 2019": a period before the
    # contrast word is the figure's before it, however near the one after it stands
    ps = max(ws, _window(cs, ce, start, tail, others, text, to_contrast=True)[0]) if others else ws
    # (and within the figure's own phrase or relative clause: "Closing a unit that handled
    # 148 births in 2023 would save £1.9 million a year": the year is the saving's)
    ps, pe = max(ps, os_), max(min(pe, oe), tail)
    before = lead + ptext[ps:start] + " "
    period = (
        _periods(before + text[tail:pe], len(before))
        or _opening_periods(ptext, sent_start, cs, ce)
        or _periods(_glossed(text, sent_start, start))
        or _periods(_label_of(text, sent_start, start))
        or _attributed_years(text, ce, sent_end)
    )
    scope = _names(text, ws, we, sent_start, (start, tail))
    own = set(re.findall(r"[a-z]+", (thing or "").lower())) | set(what.split())
    # (the fraction a figure is written with is none of its subject's words: "a third of a
    # million cubic metres"; an ordinal outside it is, "the third runway")
    fraction = _FRACTION_WORDS.intersection(_WORD.findall(text[start:end].lower()))
    words = sorted(
        {
            w
            for w in _WORD.findall(_RECORD_REMARK.sub(" ", clause).lower())
            if w not in _STOP and w not in own and w not in _NUMBER_WORDS and w not in fraction
        }
    )
    measures = measured_noun(text, start, tail, sent_start, sent_end, thing)
    return ClaimSubject(
        what=what,
        scope=scope,
        period=period,
        part=part,
        hypothetical=hypothetical,
        words=tuple(words),
        measures=measures,
    )


# ------------------------------------------------------------------ what a figure measures
#: words that end a noun phrase read after a figure or before it (prepositions, conjunctions,
#: verbs of being, relative words): "1,580 km² of seabed | to towed gear"
_PHRASE_STOP = frozenset(
    """to in on at for from with by into onto over under across within between among about
    and or but nor as than that which who whom whose where when while is are was were be been
    being has have had will would could should may might must can do does did not no so if
    per each every this these those its their his her our your my the a an of off out up
    down around through during since until after before behind beyond against toward towards
    too also just only now then there here""".split()
)
_HEAD_WORD = re.compile(r"[A-Za-z][a-z-]*[a-z]")
#: "the 18,900-tonne allowance", "the 54-metre embankment", "the £1,250 million transaction":
#: the noun phrase right after a figure written before its noun
_NOUN_AFTER = re.compile(r"[ \t]+((?:[a-z][a-z-]*[a-z][ \t]+){0,2}[a-z][a-z-]*[a-z])\b")
#: "an embankment 45 metres high": the noun a dimension is given of
_DIMENSION_AFTER = re.compile(r"[ \t]+(?:high|long|wide|deep|tall|thick|across|in\s+(?:length|height|diameter))\b")
_PHRASE_END = re.compile(r"\s*(?:[,.;:)]|$|(?:to|in|on|at|for|from|with|by|and|or|of|as|that|which|is|was|were|are)\b)")
_NOUN_BEFORE = re.compile(r"\b([A-Za-z][a-z-]*[a-z])[ \t]+$")
#: "the fund's £3.2m": the owner of the figure
_OWNER_BEFORE = re.compile(r"\bthe[ \t]+([a-z][a-z-]*[a-z])['’]s?[ \t]+$", re.IGNORECASE)
#: "The premium was £1.4 billion", "The fund, set up in 2023, is worth £2.6 million": a
#: subject and a verb that gives its size
_SUBJECT_VERB_BEFORE = re.compile(
    r"\b([A-Za-z][a-z-]*[a-z])(?:[ \t]*,[^,;:]{1,90},)?[ \t]+(?:now[ \t]+)?"
    r"(?:is|was|are|were|stands?[ \t]+at|stood[ \t]+at|came[ \t]+to|comes?[ \t]+to|amounted[ \t]+to|"
    r"amounts?[ \t]+to|totall?ed|totals?|reached|reaches|is[ \t]+worth|was[ \t]+worth|"
    r"is[ \t]+put[ \t]+at|was[ \t]+put[ \t]+at|is[ \t]+valued[ \t]+at|was[ \t]+valued[ \t]+at)"
    r"[ \t]+(?:(?:about|around|some|nearly|roughly|almost|just|only|approximately|over|under|"
    r"(?:more|less)[ \t]+than)[ \t]+)?[$€£¥]?$",
    re.IGNORECASE,
)
#: "a capacity of 4 GW", "a total allowable catch of 18,400 tonnes", "benefit outgo of £124m"
_NOUN_OF_BEFORE = re.compile(
    r"\b([A-Za-z][a-z-]*[a-z])[ \t]+of[ \t]+(?:(?:about|around|some|nearly|roughly|almost|just|only|"
    r"approximately|over|under|up[ \t]+to|(?:more|less|fewer)[ \t]+than)[ \t]+)?[$€£¥]?$",
    re.IGNORECASE,
)
#: the hedges a figure may carry between the words that say its measure and its digits
_HEDGE = (
    r"(?:(?:about|around|some|nearly|roughly|almost|just|only|approximately|an[ \t]+estimated|"
    r"over|under|up[ \t]+to|(?:more|less|fewer)[ \t]+than)[ \t]+)?"
)
#: a verb that says what its object measures ("the station cost £7.2 million", "a scheme
#: budgeted at £3.2m", "the contract, priced at $40m"): the verb's noun
_VERB_MEASURE_BEFORE = re.compile(
    r"\b(costs?|costing|budgeted[ \t]+at|priced[ \t]+at|valued[ \t]+at|insured[ \t]+for|"
    r"weighs|weighed|weighing|measures|measured|measuring)[ \t]+" + _HEDGE + r"[$€£¥]?$",
    re.IGNORECASE,
)
#: ... each verb's noun
_VERB_MEASURES = {
    "cost": "cost",
    "costs": "cost",
    "costing": "cost",
    "budgeted": "budget",
    "priced": "price",
    "valued": "valuation",
    "insured": "insurance",
    "weighs": "weight",
    "weighed": "weight",
    "weighing": "weight",
    "measures": "size",
    "measured": "size",
    "measuring": "size",
}
#: a label the figure is the value of, at the start of a line, a bullet or a cell ("Total
#: cost: £2.8m", "- Length: 2.6 km", "**Beds:** 36"): the label's head
_LABEL_BEFORE = re.compile(
    r"(?:^|\n|\|)[ \t]*(?:[-*+•][ \t]+)?(?:\*\*|__)?([A-Za-z][A-Za-z -]{0,40}[a-z])(?:\*\*|__)?[ \t]*:"
    r"(?:\*\*|__)?[ \t]*" + _HEDGE + r"[$€£¥]?$",
    re.IGNORECASE,
)
#: a noun and, after a comma, the figure that gives its size ("the whole site, about 200
#: acres, ..."; "its workforce, some 3,100, ..."): the noun
_APPOSED_BEFORE = re.compile(
    r"\b(?i:the|its|their|our|this|that|[a-z]+['’]s)[ \t]+(?:[a-z-]+[ \t]+){0,2}?([a-z][a-z-]*[a-z]),[ \t]+"
    + _HEDGE
    + r"[$€£¥]?$"
)
#: money said "in" what it is paid as ("£42.6 million in new research grants", "$3bn in
#: loans"): that noun phrase
_SUMMED = re.compile(r"\b(?:between\s+them|together|combined|altogether|in\s+all|in\s+total)\b", re.IGNORECASE)
_MONEY_IN = re.compile(r"[ \t]+in[ \t]+(?!the\b|a\b|an\b|\d)")
#: a word after a noun that ends the figure's phrase without being a noun ("the 2,700-metre
#: runway overnight", "the 40-bed home today"): time adverbs
_ADVERBS = frozenset(
    """overnight today tonight tomorrow yesterday again already still soon later early late once twice
    ago alone instead too""".split()
)
#: heads that say how a figure is given, not what it measures ("a total of", "a figure of")
_NO_HEAD = frozenset(
    """total sum figure amount number level value estimate rate average maximum minimum
    peak record some all most part share half third quarter fifth tenth one two three four
    five six seven eight nine ten million billion trillion thousand hundred year years
    month months week weeks day days hour hours""".split()
)


def _head_of(words: list[str]) -> str:
    """The head of a noun phrase read left to right: its last word, singular, lower case."""
    words = [w for w in words if w.lower() not in _PHRASE_STOP]
    if not words:
        return ""
    head = singular(words[-1].lower())
    return "" if head in _NO_HEAD or head in _NUMBER_WORDS else head


#: words that end a noun phrase after its first word: a verb of the past no "-ed" marks, or
#: a pronoun ("62% of the crossings left on time", "58% of passengers said they ..."); so
#: does a participle in "-ing" after a plural
_PHRASE_ENDS = frozenset(
    """said says say left took made went came got kept lost paid held ran found saw felt told gave
    became stood fell rose grew sold bought brought won they it we he she""".split()
)


def _phrase_after(text: str, at: int, limit: int) -> list[str]:
    """The words of a noun phrase starting at ``text[at:]`` up to the first stop word or
    punctuation (names inside it kept: "the Callan Shelf marine protected area"), or a verb
    or pronoun after its first word (:data:`_PHRASE_ENDS`)."""
    out: list[str] = []
    for m in re.finditer(r"[ \t]*([A-Za-z][\w’'-]*)|([^A-Za-z \t])", text[at:limit]):
        if m.group(2) is not None:
            break
        w = m.group(1)
        if out and w.lower() in _PHRASE_ENDS:
            break
        if out and w.lower().endswith("ing") and out[-1].endswith("s") and not out[-1].endswith("ss"):
            break  # a participle after a plural: "of the city's journeys running late" (not "public spending")
        if w.lower() in _PHRASE_STOP:
            if out or w.lower() not in ("the", "a", "an", "its", "their", "this", "these", "those"):
                break
            continue
        out.append(w.removesuffix("'s").removesuffix("’s"))
        if len(out) >= 5:
            break
    # a participle that ends the phrase goes on with another ("of seabed closed to ..."),
    # one inside it qualifies the head ("the marine protected area")
    while len(out) > 1 and out[-1].lower().endswith("ed") and out[-1].lower() != "seabed":
        out.pop()
    return out


def measured_noun(text: str, start: int, end: int, sent_start: int, sent_end: int, thing: str | None = None) -> str:
    """The head noun the figure at ``text[start:end]`` quantifies, read from its own
    phrase: the counted thing of a count ("24,600 premises": premise); "1,580 km² of
    seabed" (seabed); "the 18,900-tonne allowance", "the £1,250 million transaction"
    (allowance, transaction); "an embankment 45 metres high" (embankment); "the fund's
    £3.2m" (fund); "The premium was £1.4 billion", "The X Fund, set up in 2023, is worth
    £2.6 million" (premium, fund); "a total allowable catch of 18,400 tonnes" (catch).
    "" when its phrase names none."""
    if thing:
        return _head_of(_HEAD_WORD.findall(thing))
    lo = max(sent_start, start - 120)
    before = text[lo:start]
    figure = text[start:end]
    # written before its noun: "the 54-metre embankment", "a £2bn scheme"
    determined = re.search(r"\b(?:the|a|an|its|their|this|that|[a-z]+['’]s)[ \t]+[$€£¥]?$", before, re.IGNORECASE)
    if re.search(r"\d-[A-Za-z]", figure) or determined:
        m = _NOUN_AFTER.match(text, end, sent_end)
        if m:
            # two words only when the phrase ends there ("the 54-metre earth embankment
            # and ..."); else the first ("the 18,900-tonne allowance left too ...")
            two = re.match(r"[ \t]+([a-z][a-z-]*[a-z])[ \t]+([a-z][a-z-]*[a-z])\b", text[end:sent_end])
            one = re.match(r"[ \t]+([a-z][a-z-]*[a-z])\b", text[end:sent_end])
            words = [one.group(1)] if one else []
            if (
                two
                and two.group(2) not in _PHRASE_STOP
                and two.group(2) not in _ADVERBS
                and _PHRASE_END.match(text[end:sent_end], two.end())
            ):
                words = [two.group(1), two.group(2)]
            head = _head_of(words)
            if head and not head.endswith(("ed", "ing", "ly")):
                return head
    m = re.match(r"[ \t]+of[ \t]+", text[end:sent_end])
    if m:
        head = _head_of(_phrase_after(text, end + m.end(), sent_end))
        if head:
            return head
    if _DIMENSION_AFTER.match(text, end, sent_end):
        m = _NOUN_BEFORE.search(before)
        if m:
            head = _head_of([m.group(1)])
            if head:
                return head
    for rx in (_OWNER_BEFORE, _NOUN_OF_BEFORE, _SUBJECT_VERB_BEFORE):
        m = rx.search(before)
        if m:
            head = _head_of([m.group(1)]) or _rate_of(before, m.start(1))
            if head:
                return head
    return _measure_said_around(text, start, end, sent_start, sent_end)


#: words before "rate" that say which rate of a thing, not what it is a rate of
_RATE_ADJECTIVES = frozenset(
    """annual average overall current new old same underlying headline basic standard base
    higher lower high low top full reduced final initial previous latest national local""".split()
)


def _rate_of(before: str, at: int) -> str:
    """What a rate ("rate" at ``before[at:]``) is a rate of, said by the noun before it: "a
    cancellation rate of 3.6%" (cancellation), "the vacancy rate was 7%" (vacancy); "" for
    a bare rate or another head."""
    if not re.match(r"rates?\b", before[at:], re.IGNORECASE):
        return ""
    m = re.search(r"\b([a-z][a-z-]*[a-z])[ \t]+$", before[:at])
    if not m or m.group(1) in _PHRASE_STOP or m.group(1) in _RATE_ADJECTIVES or m.group(1).endswith("ly"):
        return ""
    return _head_of([m.group(1)])


def _measure_said_around(text: str, start: int, end: int, sent_start: int, sent_end: int) -> str:
    """The measure of a figure whose phrase names no head noun, said by the words around
    it: the verb whose object it is ("the station cost £7.2 million": cost; "budgeted at
    £3.2m": budget), the label it is the value of ("Total cost: £2.8m": cost), the noun it
    stands in apposition to ("the whole site, about 200 acres": site), or what an amount
    is paid in ("£42.6 million in research grants": grant). "" when none."""
    before = text[max(sent_start, start - 120) : start]
    m = _VERB_MEASURE_BEFORE.search(before)
    if m:
        return _VERB_MEASURES[m.group(1).split()[0].lower()]
    # a label: read on the figure's own line (a bullet's or a cell's start)
    line = text[max(0, text.rfind("\n", 0, start) + 1, start - 80) : start]
    m = _LABEL_BEFORE.search(line)
    if m:
        head = _head_of(m.group(1).split())
        if head:
            return head
    m = _APPOSED_BEFORE.search(before)
    if m:
        head = _head_of([m.group(1)])
        if head and not head.endswith(("ed", "ing", "ly")):
            return head
    if re.match(r"[$€£¥]", text[start:end]) or re.search(r"[$€£¥][ \t]*$", before):
        m = _MONEY_IN.match(text, end, sent_end)
        if m:
            words = _phrase_after(text, m.end(), sent_end)
            rest = text[m.end() : sent_end]
            # (not a sum over several holders: "£46,300 in grants between them")
            if not _SUMMED.search(rest[: rest.find(words[-1]) + len(words[-1]) + 30] if words else ""):
                head = _head_of(words)
                if head:
                    return head
    return ""
