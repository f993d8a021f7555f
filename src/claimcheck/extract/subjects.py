"""What a numeric claim is about: the subject key NU003 compares before it compares values.

"57 of the 92 libraries" and "the top five libraries" both count libraries, but not the
same libraries; "750 leaks in January" and "about 500 leaks in a typical month" are not
one figure either. A figure's subject (:class:`~claimcheck.claims.models.ClaimSubject`)
is read from its own *clause* (the sentence cut at ";", at ", but" / ", yet" / ", while",
and at dashes), so a name or a year in another clause of the sentence does not count:

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
from claimcheck import lazyre as re

from claimcheck.claims.models import ClaimSubject
from claimcheck.data.calendar import MONTHS
from claimcheck.text import singular

__all__ = ["clause_bounds", "numeric_subject", "periods", "thing_key"]

_CLAUSE_CUT = re.compile(
    r";|:\s|\s[—–]\s|—|,\s+(?:but|yet|while|whereas|although|though|and|so|which|who)\b|\(|\)",
    re.IGNORECASE,
)
_DETERMINERS = frozenset("the a an of and or its their these those this that".split())
_PART_WORDS = frozenset(
    """top first last largest biggest smallest highest lowest greatest oldest newest youngest
    richest poorest fastest longest shortest tallest busiest best worst leading other another
    additional new remaining extra further each every per average typical median only just
    these those such several""".split()
)
# words of a counted thing that make it a part or another group ("23 new proposals")
_PART_IN_THING = _PART_WORDS - {"each", "every", "per", "only", "just", "these", "those", "such", "several"} | {
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
_TOTAL_OF = re.compile(
    r"\b(?:total|number|sum|tally|count|all|group|team|set|list|pool|network)\s+of\s*(?:the\s+)?$", re.IGNORECASE
)
_HYPOTHETICAL = re.compile(
    r"\b(?:for\s+example|for\s+instance|e\.\s?g\.|say,|suppose|supposing|imagine|assume|assuming|"
    r"hypothetical(?:ly)?|if|unless|otherwise|would|could|might|let's|let\s+us|consider|instead|"
    r"(?:in|from)\s+(?:this|our|the|that)\s+example|to\s+illustrate|illustrat\w*|scenario|recall)\b",
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
_MATH_AROUND = re.compile(r"[=×*/^]|\s[+−-]\s")
_UNITS_T = r"(?:second|minute|hour|day|night|week|month|year|quarter|decade|season|term|session)s?"
_PERIOD_RES = (
    re.compile(r"\b(?:1[89]\d\d|20\d\d|2100)s?\b"),
    re.compile(
        r"\b(?:last|this|next|past|previous|same|coming|current|prior|following|preceding|first|second|"
        r"third|fourth|final|fiscal|calendar|financial|academic|school)\s+(?:\w+[\s-]+)?" + _UNITS_T + r"\b|"
        r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d+)[\s-]+" + _UNITS_T + r"[\s-]+period\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:per|a|an|each|every|in\s+a|in\s+an)\s+(?:typical\s+|average\s+|given\s+|single\s+|normal\s+)?"
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
    re.compile(r"\bQ[1-4]\b|\b(?:spring|summer|autumn|fall|winter)\b", re.IGNORECASE),
)
_NAME = re.compile(r"\b[A-Z][\w’'&.-]*[\w]|\b[A-Z]\b")
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
    """The clause of the sentence ``text[sent_start:sent_end]`` holding offset ``pos``."""
    s, e = sent_start, sent_end
    for m in _CLAUSE_CUT.finditer(text, sent_start, sent_end):
        if m.end() <= pos:
            s = m.end()
        elif m.start() >= pos:
            e = m.start()
            break
    return s, e


_ASIDE = re.compile(r"\([^()]*\)")
_GOES_ON = re.compile(r"[ \t]+[a-z]")  # "(grid spacing) of about": the sentence goes on, no comma


def _over_asides(text: str, sent_start: int, sent_end: int, cs: int) -> int:
    """Where a clause starts when a closed aside comes before its figure: "a horizontal
    resolution (grid spacing) of about 100 km" is one clause, the aside within it."""
    while cs > sent_start and text[cs - 1] == ")" and _GOES_ON.match(text, cs):
        opened = text.rfind("(", sent_start, cs - 1)
        if opened < 0 or ")" in text[opened + 1 : cs - 1]:
            break
        cs = clause_bounds(text, sent_start, sent_end, opened)[0]
    return cs


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
    r"more\s+than|less\s+than|up\s+to|almost|just|only|approximately)?\s*$",
    re.IGNORECASE,
)


def _measured(text: str, clause_start: int, start: int, complement: str) -> str:
    """What a quantity or amount measures: "4.2 GW of solar capacity", "a capacity of
    4.2 GW" ("of solar capacity", "capacity of"); "" when the clause does not say."""
    if complement:
        cw = [w for w in re.findall(r"[a-z0-9]+", complement.lower().replace("-", " ")) if w not in _DETERMINERS]
        if cw:
            cw[-1] = singular(cw[-1])
            return "of " + " ".join(cw)
    m = _MEASURED_BEFORE.search(text, clause_start, start)
    if m:
        words = [w for w in re.findall(r"[a-z0-9]+", m.group(1).lower().replace("-", " ")) if w not in _DETERMINERS]
        if words:
            return " ".join(words) + " of"
    return ""


#: "a second lane", "a second term": an ordinal before a noun, not a span of time
_ORDINAL_AFTER = re.compile(
    r"\s+(?!(?:of|and|or|but|in|on|at|to|for|than|per|ago|later|earlier|before|after|across|through|over|"
    r"into|from|by|with|under|along|during|while|when|since|until|as|is|was|are|were|each|every|or|so|the)\b)[a-z]"
)


def periods(text: str) -> tuple[str, ...]:
    """The periods a text names ("2024", "per month", "last year"), as subjects write them."""
    return _periods(text)


def _periods(clause: str) -> tuple[str, ...]:
    found: set[str] = set()
    for rx in _PERIOD_RES:
        for m in rx.finditer(clause):
            p = re.sub(r"\s+", " ", m.group(0).lower())
            if re.fullmatch(r"an? second", p) and _ORDINAL_AFTER.match(clause, m.end()):
                continue
            p = re.sub(r"^(?:a|an|each|every|in a|in an) (?:typical |average |given |single |normal )?", "per ", p)
            p = re.sub(r"^(annual|annually|yearly)$", "per year", p)
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
            found.add(p)
    return tuple(sorted(found))


@functools.cache
def _country_words() -> frozenset[str]:
    import pycountry

    out: set[str] = set()
    for c in pycountry.countries:
        for attr in ("name", "common_name"):
            name = getattr(c, attr, None)
            if name and "," not in name and len(name.split()) == 1:
                out.add(name)
    return frozenset(out)


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
        if w.lower() in MONTHS:
            continue
        if len(w) < 2:
            continue
        if m.start() == first_word_at and not _first_word_is_name(text, m):
            continue  # the sentence's first word is capitalised anyway
        out.add(w)
    return tuple(sorted(out))


def numeric_subject(
    text: str,
    start: int,
    end: int,
    sent_start: int,
    sent_end: int,
    *,
    thing: str | None = None,
    thing_end: int | None = None,
) -> ClaimSubject:
    """The subject of the figure at ``text[start:end]`` (its counted thing ending at
    ``thing_end``), read from its clause of the sentence ``text[sent_start:sent_end]``."""
    cs, ce = clause_bounds(text, sent_start, sent_end, start)
    cs = _over_asides(text, sent_start, sent_end, cs)
    clause = text[cs:ce]
    tail = thing_end if thing_end is not None else end
    complement = _complement(text, tail)
    before = _ASIDE.sub(" ", text[cs:start])
    if thing:
        what = thing_key(thing, complement)
    else:  # a quantity or an amount: what it measures, when said
        what = _measured(before, 0, len(before), complement)
    part: str | None = None
    # the words right before the figure, hedges included ("the top ten", "two of the three")
    left = list(re.finditer(r"[A-Za-z]+", before))[-3:]
    for t in reversed(left):
        w = t.group(0)
        if w.lower() in _PART_WORDS and not (w[0].isupper() and _NAME_GOES_ON.match(before, t.end())):
            part = w.lower()
            break
    if part is None and _PARTITIVE.search(before) and not _TOTAL_OF.search(before):
        part = "of"
    if part is None and thing:
        for w in re.findall(r"[a-z]+", thing.lower()):
            if w in _PART_IN_THING:
                part = w
                break
    if part is None:
        around = text[max(cs, start - 3) : start] + text[tail : min(ce, tail + 3)]
        if _MATH_AROUND.search(around):
            part = "arithmetic"
    if part is None:
        opened = text.rfind("(", sent_start, start)
        if opened != -1 and ")" not in text[opened:start] and ")" in text[tail:sent_end]:
            part = "parenthetical"  # "(Word document, 6 pages)": a detail of something else
    sentence = text[sent_start:sent_end]
    hypothetical = bool(_HYPOTHETICAL.search(sentence) or _HYPOTHETICAL_OPENING.match(text))
    period = _periods(before + " " + text[tail:ce])
    scope = _names(text, cs, ce, sent_start, (start, tail))
    own = set(re.findall(r"[a-z]+", (thing or "").lower())) | set(what.split())
    words = sorted(
        {w for w in _WORD.findall(clause.lower()) if w not in _STOP and w not in own and w not in _NUMBER_WORDS}
    )
    return ClaimSubject(what=what, scope=scope, period=period, part=part, hypothetical=hypothetical, words=tuple(words))
