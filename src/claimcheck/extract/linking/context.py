"""Is this the same fact? Two mentions of a figure (or a date) linked by their context.

A restated figure often names its subject in other words the second time ("Zambia owed its
official bilateral creditors $6.3 billion" ... "the $6.8 billion that Zambia owed to foreign
governments"), puts the figure before the noun, or gives its year as "last year's". A head
noun cannot link those; the *context* can: the words around each mention, weighted by how
rare they are in the document, the names around it and the period it resolves to.

The API is small and stable::

    ctx = context_of(claim, document)          # a Context: what surrounds one mention
    link = same_fact(context_of(a, doc), context_of(b, doc))
    if link is not None: ...                   # a Link: its score, shared words, reason
    conflict(ca, cb)                           # why two mentions cannot be one fact, or None

* :func:`context_of` reads the mention's sentence (without the figure's own words) and the
  heading its block sits under: content words lower-cased, light-stemmed ("payment" and
  "paying" are ``pay``, "listing" and "listed" ``list``), hyphen compounds split
  ("school-age": ``school``, ``age``), stop words dropped; each word weighted by its rarity
  in the document (inverse sentence frequency: a word in 2 sentences of 80 weighs about 3.3,
  one in 40 of 80 about 0.7; a word in more than a quarter of the sentences weighs nothing).
  Also the names (capitalised words, acronyms; not a source's after "according to"; for a
  sentence that names nothing, those of the sentence before it in its paragraph that does,
  shared but never set against the other's: "Trinity House will ... The corporation's 62
  lighthouses") and the periods: years, months, "per year" ("annual", "annually"; a single year's amount is an
  annual one, unless paid "one-off"), "last year"/"this year" and
  "last year's" from the publication date, fiscal years ("in 2024/25", "fiscal 2024", "the
  year to 30 June 2025" is 2024/25).
* :func:`conflict` says why two mentions cannot state one fact whatever their words share:
  other periods, other names in the same place (each side names something the other never
  does), a change or comparison in either sentence ("from X to Y", "from X to the Y", "up from",
  "rose", "lowering", "than"; not a burden that "falls on" someone), a forecast or target against an outturn, a part against a total, one flow against
  another (imports / exports), two groups of one thing ("rural" / "urban polling stations":
  each qualified by a word the other sentence lacks), other dimensions (money of another
  currency, a length against an area), a range.
* :func:`same_fact` links two mentions with no conflict whose shared weight (rare words
  count, common ones hardly) reaches :data:`STRONG`. A caller that found the two to be the
  only figures of their measure and period in the document says so (``alone``): that counts
  :data:`ALONE`, half a link, however the two are worded. Silence is preferred to a
  doubtful link.
* :func:`own_names` are the names one mention gives that the other never names (nor its
  heading): a place or body that may narrow it to a part.
* "monthly" or "weekly" before a source ("the monthly statistics", "a weekly bulletin") is
  the source's schedule, not a period; a country a sentence takes from the one before it is
  also its adjective ("Thailand": "Thai").

The rules that compare values (NU003) and dates (DT001) use it next to their own subject
agreement; what is "the same value" stays theirs.
"""

from __future__ import annotations

import functools
import math
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any, Iterator, Mapping, Sequence, TypeVar

from claimcheck import lazyre as re
from claimcheck.data.calendar import MONTH_NAMES
from claimcheck.document import Document
from claimcheck.extract.subjects import (
    CHOSEN_PART_WORDS,
    EQUIVALENT_AFTER,
    IN_PHRASE,
    ORDINAL_AFTER,
    PERIOD_LABEL,
    clause_bounds,
    record_remarks,
    described_year,
    mask_embedded,
    own_clause,
)
from claimcheck.extract.stems import IRREGULAR, stem
from claimcheck.extract.text import of_document, sentence_bounds
from claimcheck.text import has_any, ignorecase_fold

__all__ = [
    "ALONE",
    "IRREGULAR",
    "STRONG",
    "Context",
    "Link",
    "conflict",
    "conflicts",
    "content_stems",
    "context_of",
    "document_weights",
    "acts_reversed",
    "acts_said",
    "regions_apart",
    "regions_said",
    "described_alike",
    "outlets_of",
    "equivalent_nouns",
    "forecast_said",
    "noun_sets",
    "own_names",
    "periods_of",
    "same_fact",
    "shared_weight",
    "same_name",
    "same_noun_set",
    "stem",
]

#: the shared weight a link needs (about two words each in two or three sentences of a
#: document of 80, or three somewhat rarer ones)
STRONG = 6.0
#: the weight of two figures being the only two of their measure (a counted noun, a unit, a
#: currency) and period in a document, no other value of it near theirs: half a link, the
#: other half their words, names and heading must give (:func:`same_fact`'s ``alone``)
ALONE = STRONG / 2

_STOP = frozenset(
    """a an the of in on at to for by with from as is are was were be been being that this which
    it its their there they them these those has have had will would could should can may might
    than more less about over under up down nearly almost some around roughly also and or but
    not no nor so yet such each every other another all any both only just into onto out per
    who whom whose what when where while how why one two three four five six seven eight nine
    ten eleven twelve hundred thousand million billion trillion percent per cent year years
    month months week weeks day days said says say according its our we he she his her i you
    then than once still even very much many most same own new first last next during before
    after since until between among through across against within without via do does did
    done make made because although though however whereas whether if else again further
    thus therefore here now today like actually basically really literally okay yeah anyway maybe
    perhaps probably""".split()  # (the last: a speaker's fillers, "which is like 40 bytes")
)

#: the units and scale words a figure is written with ("kilotonnes", "km"): not context
_UNIT_WORDS = frozenset(
    """tonne tonnes ton tons kilotonne kilotonnes megatonne megatonnes metric kilometre kilometres
    kilometer kilometers km square sq metre metres meter meters mile miles hectare hectares acre
    acres litre litres liter liters gallon gallons barrel barrels usd eur gbp dollar dollars euro
    euros pound pounds yen yuan renminbi rupee rupees franc francs gw mw kw gwh twh mwh kwh watt
    watts gigawatt gigawatts megawatt megawatts terawatt hour hours bn mn m k""".split()
)

_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*[A-Za-z]|[A-Za-z]")
# a capital first, what stands before it tested after it (``(?<![\w’'])(?:[A-Z][a-z’'&.-]*[a-z]|
# [A-Z]{2,}[a-z]?)…`` tried a look-behind at every place; a capital first skips to the capitals)
_NAME = re.compile(r"[A-Z](?<![\w’'][A-Z])(?:[a-z’'&.-]*[a-z]|[A-Z]+[a-z]?)(?:\s+(?:of\s+)?[A-Z][a-z’'&.-]*[a-z])*")


def content_stems(text: str) -> list[str]:
    """The content-word stems of a text, as :func:`context_of` reads them (stop words, units
    and months left out, hyphen compounds split)."""
    return _words(text)


_PARTS = re.compile(r"[-’']")
_NOT_CONTENT = _STOP | _UNIT_WORDS | MONTH_NAMES


def _stems_of(token: str) -> tuple[str, ...]:
    """A word's stems, worked out once (:data:`_TOKEN_STEMS`)."""
    known = _TOKEN_STEMS
    stems = known.get(token)
    if stems is None:
        if len(known) >= _TOKEN_STEMS_MAX:
            known.clear()
        stems = known[token] = _token_stems(token)
    return stems


def _words(text: str) -> list[str]:
    """Content-word stems of a text, hyphen compounds split ("school-age": school, age)."""
    out: list[str] = []
    for token in _WORD.findall(text):
        out.extend(_stems_of(token))
    return out


def _stem_set(text: str) -> set[str]:
    """``set(_words(text))``, each distinct word looked up once."""
    tokens = set(_WORD.findall(text))
    known = _TOKEN_STEMS
    try:
        # every word's stems known (most words of a document, after its first sentences):
        # joined in C, in the order the loop below would add them
        return set().union(*map(known.__getitem__, tokens))
    except KeyError:
        pass
    out: set[str] = set()
    for token in tokens:
        stems = known.get(token)  # :func:`_stems_of`, its look-up inline (a call a word)
        if stems is None:
            stems = _stems_of(token)
        if stems:  # a stop word, a unit, a month has none
            out.update(stems)
    return out


#: the stems of each word written (:func:`_token_stems`): a document's words are read for
#: every sentence's weights and again for each figure's context, mostly the same words
_TOKEN_STEMS: dict[str, tuple[str, ...]] = {}
_TOKEN_STEMS_MAX = 1 << 16


def _token_stems(token: str) -> tuple[str, ...]:
    """The content-word stems of one word of :data:`_WORD` (of each part of a compound)."""
    parts = _PARTS.split(token) if ("-" in token or "’" in token or "'" in token) else (token,)
    out: list[str] = []
    for part in parts:
        p = part.lower()
        if len(p) < 3 or p in _NOT_CONTENT:
            continue
        out.append(stem(p))
    return tuple(out)


def _period_words(periods: frozenset[str]) -> set[str]:
    """The years a text names as words ("@2024/25"), weighted like words: a fiscal year the
    document names twice ties two figures more than the year it is all about."""
    return {"@" + p for p in periods if p[:1].isdigit()}


# ----------------------------------------------------------------------- the document's words
@dataclass(frozen=True)
class DocumentWords:
    """How many sentences of a document hold each word stem, and the headings above blocks."""

    sentences: int
    frequency: Mapping[str, int]
    headings: Mapping[tuple[int, int], str]  # (article, block) -> the heading above it
    published: Any = None
    names: frozenset[str] = frozenset()  # capitalised words written inside a sentence
    lowered: frozenset[str] = frozenset()  # words the document writes in lower case
    targets: frozenset[tuple[int, int]] = frozenset()  # (article, block) under a heading of targets
    #: heading text -> the names it gives its section's subject (:func:`_heading_names`)
    subjects: Mapping[str, frozenset[str]] = field(default_factory=dict)

    def weight(self, word: str) -> float:
        """A word's rarity in the document: log(N / n) for a word in n of N sentences; 0 for
        one in more than a quarter of them (and a word the document never has weighs as one
        in a single sentence)."""
        n = max(1, self.frequency.get(word, 1))
        if self.sentences >= 8 and n * 4 > self.sentences:
            return 0.0
        return math.log((self.sentences + 1) / n)


#: ``(?<![\w’'-])[a-z][a-z]+(?![\w’'-])`` with its first letter matched first (the scan
#: skips to the lower-case letters; what stands before it is tested after it)
_LOWER_WORD = re.compile(r"[a-z](?<![\w’'-][a-z])[a-z]+(?![\w’'-])")
#: a sentence that may name a year: a digit, or "last / this / next year" (``\d|year`` with
#: re.IGNORECASE, its first character matched first: no letter but y folds to y, e, a or r)
_YEARS_HINT = re.compile(r"[\dYy](?:(?<=\d)|(?<=[Yy])[Ee][Aa][Rr])")


@of_document
def document_weights(document: Document) -> DocumentWords:
    """The word statistics of ``document`` (read once per document; the last few are kept)."""
    freq: dict[str, int] = {}
    counted: Counter[str] = Counter()
    count = 0
    headings: dict[tuple[int, int], str] = {}
    names: set[str] = set()
    lowered: set[str] = set()
    capitals: set[str] = set()  # capitalised words of the running text ("Ellerby" of "Ellerby's hall")
    for article in document.articles:
        heading = article.title or ""
        for i, block in enumerate(article.blocks):
            kind = getattr(block.kind, "value", block.kind)
            if kind in ("heading", "title"):
                heading = block.text
                continue
            headings[(article.index, i)] = heading
            if not block.is_prose:
                continue
            text = block.text
            starts = sentence_bounds(text) + [len(text)]
            # the whole block at once: a sentence starts after a space, so no word of the
            # pattern runs over two sentences or looks across their bound
            lowered.update(_LOWER_WORD.findall(text))
            capitals.update(_CAPITAL_WORD.findall(text))
            for s, e in zip(starts, starts[1:]):
                sentence = text[s:e]
                seen = _stem_set(sentence)
                if _YEARS_HINT.search(sentence):  # only years weigh as words (_period_words)
                    seen |= _period_words(periods_of(sentence, document.metadata.publication_date))
                names.update(_names(sentence))
                if not seen:
                    continue
                count += 1
                counted.update(seen)  # freq[w] += 1 for each word, counted in C
    freq.update(counted)  # a plain dict, its words in the order first counted
    # (under "Targets", "Goals", "2030 objectives": every figure is an aim, read once here)
    aims = {h for h in set(headings.values()) if _TARGETS_HEADING.search(h)}
    targets = frozenset(place for place, heading in headings.items() if heading in aims)
    subjects = _heading_names(set(headings.values()), names, lowered, capitals)
    dw = DocumentWords(
        count,
        freq,
        headings,
        document.metadata.publication_date,
        frozenset(names),
        frozenset(lowered),
        targets,
        subjects,
    )
    return dw


#: a heading's number: "2.", "3.1", "IV.", "B."
_HEADING_NUMBER = re.compile(r"\s*(?:\d+(?:\.\d+)*\.?|[IVX]+\.|[A-Z]\.)\s+")


#: a capitalised word of running text (its possessive left out)
_CAPITAL_WORD = re.compile(r"\b[A-Z][a-z]{2,}\b")


def _heading_names(
    headings: set[str], names: set[str], lowered: set[str], capitals: set[str]
) -> dict[str, frozenset[str]]:
    """The subject each heading names ("2. The Harthill Navigation", "Case study: Lake
    Orra"): the words of its names, its number left out, that the document's sentences
    write capitalised and never in lower case ("Harthill", "Orra"; not "Navigation" when
    the text says "the navigation", nor the words of a heading written in title case)."""
    written = {re.sub(r"['’]s?$", "", w) for n in names for w in n.split()} | capitals
    out: dict[str, frozenset[str]] = {}
    for h in headings:
        if not h or not any(c.isupper() for c in h[1:]):
            continue
        text = _HEADING_NUMBER.sub("", h, count=1) if _HEADING_NUMBER.match(h) else h
        words = {
            w.rstrip("'’").removesuffix("'s").removesuffix("’s")
            for n in _names(text, frozenset(names), frozenset(lowered))
            for w in n.split()
        }
        kept = frozenset(w for w in words if w in written and w.lower() not in lowered and w.lower() not in _STOP)
        if kept:
            out[h] = kept
    return out


# ----------------------------------------------------------------------------- one mention
@dataclass(frozen=True)
class Context:
    """What surrounds one mention: see :func:`context_of`."""

    words: Mapping[str, float]  # stem -> weight (the sentence's content words)
    what: frozenset[str]  # stems of what the figure counts or measures ("x ray unit")
    near: frozenset[str]  # stems of the figure's clause (within reach of it)
    qualifiers: frozenset[str]  # the words before the head of a counted thing ("rural polling")
    heading: frozenset[str]  # stems of the heading the mention sits under
    names: frozenset[str]  # names written in the sentence (not its first word)
    periods: frozenset[str]  # "2024", "2024/25", "june", "per year", ...
    marks: frozenset[str]  # "change", "forecast", "part", "range", "import", "export", ...
    dimension: str  # "count", "money:USD", "quantity:<unit dimension>", "date", ""
    sentence: str = ""
    place: tuple[int, int | None, str | None] = field(default=(0, None, None))  # article, block, note
    #: what a sentence that names nothing is about: the names of the sentence before it in its
    #: paragraph (:func:`_antecedent`); shared like names, never set against the other's
    inherited: frozenset[str] = frozenset()
    #: the regions its clause names by a compass point ("in the north", "the southern
    #: provinces"): a scope set against another such region, never against a name (a
    #: "south-western county" may be Devon)
    regions: frozenset[str] = frozenset()
    #: what its section's heading names as the section's subject ("3. The Beldon Canal":
    #: Beldon): a case or a place the figure belongs to, set against another section's
    subject: frozenset[str] = frozenset()


_CHANGE = re.compile(
    r"\bfrom\b[^.;:]{0,60}?\bto\b\s*(?:the\s+)?(?:[$€£¥]|\d|about|around|some|nearly|almost|over|more|less|just)"
    r"|\b(?:up|down)\s+from\b"
    # (a burden that "falls mostly on" someone is no change)
    r"|\b(?:fall|falls|falling)\b(?!\s+(?:[a-z]+ly\s+|hardest\s+|heaviest\s+)?(?:on|upon)\b)"
    r"|\b(?:rose|risen|rise|rises|rising|fell|fallen|grew|grown|grows|"
    r"growing|increased?|increases|increasing|decreased?|decreases|decreasing|declined?|declines|declining|"
    r"dropped|drop|drops|doubled|tripled|halved|climbed|slipped|jumped|surged|plunged|shrank|shrunk|"
    r"lower(?:s|ed|ing)|"
    r"expanded|contracted|cut\s+by|compared\s+with|compared\s+to|versus|vs\.?)\b|(?<!more\s)(?<!less\s)(?<!fewer\s)(?<!rather\s)(?<!other\s)\bthan\b"
    # (a record said of the figure is no change of it: "a higher total than any previous
    # year", "larger than in any earlier season", "larger than ever"; the clause may be cut
    # short after "any")
    r"(?!\s+(?:(?:in|during|for|at)\s+)?any\b|\s+ever\b)",
    re.IGNORECASE,
)
#: a change said in a clause (:func:`conflict`'s "change"), for a rule that reads a whole sentence
CHANGE = _CHANGE
#: a comparison whose object is a named level and its figure, right before the figure ("deeper
#: than the minimum of", "higher than its 2019 peak of about", "above ... than the legal limit
#: at"): what is compared is the other thing; the figure states that level's value
_NAMED_REFERENCE = re.compile(
    r"\bthan\s+(?:the|its|their|our|his|her|this|that)\s+(?:[\w'’-]+\s+){1,4}?(?:of|at)\s+"
    r"(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|just\s+)?[$€£¥]?$",
    re.IGNORECASE,
)
#: an aim said as a bare verb opening its item or sentence: "Achieve 12,000 monthly
#: visitors", "Reach 120,000 views", "Extend session duration to 15 minutes" (a target
#: list's items)
_AIM_OPENING = (
    r"^\W*(?:achieve|reach|attain|hit)\b"
    r"|^\W*(?:increase|raise|reduce|cut|lower|extend|grow|boost|double|halve|bring\s+down)\b[^.;:]{0,40}?\bto\b"
)
AIM_OPENING = re.compile(_AIM_OPENING, re.IGNORECASE)
_FORECAST = re.compile(
    r"\b(?:forecasts?|forecast(?:ed|ing)|projections?|expects?|expecting|targets?|targeted|targeting|"
    # a level set for the thing, not what it is: "the staffing benchmark … is 216", "its goal of 40",
    # "the 2025 ceiling for herring was 577,000 tonnes"
    r"benchmarks?|goals?|ambitions?|quotas?|ceilings?|"
    r"aims\s+to|aimed\s+(?:at|to)|aiming|plans\s+to|planning|budgeted|estimated?\s+to|"
    r"(?:is|are|was|were|be|been)\s+(?:expected|projected|planned|scheduled|due)|(?:expected|projected|planned|scheduled)\s+to|"
    # (a plan said with "to be": "the ministry is to employ 610", "were to open in May")
    r"(?:is|are|was|were)\s+(?:due\s+)?to\s+(?!date\b)[a-z]+|"
    r"will|would|shall|by\s+20\d\d|intends?|intended|pledged?|promised?|proposed?|could|(?-i:may)|might|should)\b"
    # a level to be set, a bare verb ("lower the threshold to £250,000", "raise its cap to 40"):
    # asked for or planned, no outturn
    r"|\b(?:lower|raise|reduce|cut|increase|extend|bring\s+down)\s+(?:the|its|their|this|that)\b[^.;:]{0,40}?\bto\b(?!\s+(?:be|do|make|meet|pay|cover|help|reach|allow)\b)"
    # an aim said as a bare verb opening its item or sentence (:data:`AIM_OPENING`)
    r"|" + _AIM_OPENING,
    re.IGNORECASE,
)
#: a heading over targets: figures under "Targets", "Goals", "Objectives", "2030 targets"
_TARGETS_HEADING = re.compile(r"\b(?:targets?|goals?|objectives?|aims?|ambitions?)\b", re.IGNORECASE)
_PART = re.compile(
    r"\b(?:of\s+which|including|includes|included|among\s+them|such\s+as|share|part|portion|fraction|"
    r"alone|mostly|some\s+of|half\s+of|most\s+of)\b",
    re.IGNORECASE,
)
_FLOWS = {
    "import": re.compile(r"\bimport(?:s|ed|ing|er|ers)?\b|\binto\b", re.IGNORECASE),
    "export": re.compile(
        r"\bexport(?:s|ed|ing|er|ers)?\b|\b(?:sales?|shipments?)\s+abroad\b|\boverseas\s+sales\b"
        r"|\b(?:sold|sell|sells|selling|shipped|ships|shipping)\b[^.;:]{0,60}?\b(?:abroad|overseas)\b",
        re.IGNORECASE,
    ),
    "production": re.compile(r"\bprodu(?:ce|ced|ces|cing|ction)\b|\boutput\b", re.IGNORECASE),
    "consumption": re.compile(r"\bconsum(?:e|ed|es|ing|ption)\b|\bdemand\b", re.IGNORECASE),
}

#: acts done to what a figure counts, in pairs of reverses ("bought 42 vessels" / "scrapped
#: 46 vessels", "opened 120 clinics" / "closed 135 clinics", "recruited 310 midwives" /
#: "lost 340 midwives"): two figures whose clauses say two of them are two facts, however
#: alike the rest. A class's own words are one act ("opened" / "launched").
_ACTS = {
    "acquired": re.compile(
        r"\b(?:buy|buys|buying|bought|purchas(?:e|ed|es|ing)|acquir(?:e|ed|es|ing))\b", re.IGNORECASE
    ),
    "disposed": re.compile(
        r"\b(?:sell|sells|selling|sold|scrap(?:s|ped|ping)?|decommission(?:s|ed|ing)?|dispos(?:e|ed|es|ing)\s+of|"
        r"mothball(?:s|ed|ing)?)\b",
        re.IGNORECASE,
    ),
    "opened": re.compile(
        r"\b(?:open(?:ed|s)?|launch(?:ed|es)?|set\s+up|establish(?:ed|es)?)\b(?!\s+(?:to|on|for|until)\b)",
        re.IGNORECASE,
    ),
    "closed": re.compile(
        r"\b(?:clos(?:e|ed|es|ing)|shut(?:s|\s+down)?|demolish(?:ed|es)?|abolish(?:ed|es)?)\b", re.IGNORECASE
    ),
    "hired": re.compile(
        r"\b(?:hir(?:e|ed|es|ing)|recruit(?:s|ed|ing)?|took\s+on|appoint(?:s|ed|ing)?)\b", re.IGNORECASE
    ),
    "lost": re.compile(
        r"\b(?:lost|loses?|losing|shed(?:s|ding)?|laid\s+off|lay(?:s|ing)?\s+off|dismiss(?:ed|es|ing)?|made\s+redundant)\b",
        re.IGNORECASE,
    ),
    "granted": re.compile(r"\b(?:approv(?:e|ed|es|ing)|grant(?:s|ed|ing)?|accept(?:s|ed|ing)?)\b", re.IGNORECASE),
    "refused": re.compile(
        r"\b(?:reject(?:s|ed|ing)?|refus(?:e|ed|es|ing)|denied|den(?:y|ies)|turn(?:ed|s)?\s+down)\b", re.IGNORECASE
    ),
    "backed": re.compile(r"\b(?:sign(?:s|ed|ing)?|endors(?:e|ed|es|ing)|support(?:s|ed|ing)?)\b", re.IGNORECASE),
    "opposed": re.compile(
        r"\b(?:oppos(?:e|ed|es|ing)|criticis(?:e|ed|es|ing)|criticiz(?:e|ed|es|ing)|object(?:ed|s|ing)\s+to)\b",
        re.IGNORECASE,
    ),
}
#: a verb of holding ("has 36 libraries", "runs 42 vessels", "employs 8,400 staff"): a stock,
#: which an act on some of it (:data:`_ACTS`: "has closed 31 libraries") does not restate;
#: not an auxiliary ("has closed", "had been")
_STOCK = re.compile(
    r"\b(?:has|have|had|runs?|operates?|operated|owns?|owned|employs?|employed|maintains?|maintained|"
    r"keeps?|kept|holds?|held)\b(?!\s+(?:been|[a-z]+ed|built|shut|lost|sold|bought|shed|made|taken|grown|fallen|risen)\b)",
    re.IGNORECASE,
)
#: what may stand between a verb and its object figure: a few words, no verb of their own
#: ("closed some 31", "bought another 42", "employs about 8,400")
_NEAR_BEFORE = re.compile(r"(?:\s+(?:[a-z]+|[$€£¥]))?(?:\s+[a-z]+){0,2}\s*[$€£¥]?", re.IGNORECASE)
#: a passive after a figure's noun: "31 libraries were closed", "42 vessels have been sold"
_PASSIVE = re.compile(
    r"(?:\s+[a-z-]+){0,3}?\s+(?:were|was|are|is|have\s+been|has\s+been|had\s+been|being|been)\s+(?:[a-z]+ly\s+)?",
    re.IGNORECASE,
)
#: a count said as a compound before its noun: "580-bed", "240-member"
_COMPOUND = re.compile(r"\d-[A-Za-z]+$")
#: a figure's noun before its verb: "24 universities signed", "120 rural clinics closed"
_DOER = re.compile(r"(?:\s+[a-z-]+){1,3}?\s+(?=[a-z])", re.IGNORECASE)
#: the acts said to or of a stock (:data:`_STOCK`), set apart from it
_ACTS_ON_STOCK = frozenset({"acquired", "disposed", "opened", "closed", "hired", "lost"})
#: each act's reverse (:data:`_ACTS`)
_REVERSE = {"acquired": "disposed", "opened": "closed", "hired": "lost", "granted": "refused", "backed": "opposed"}
_REVERSE.update({v: k for k, v in list(_REVERSE.items())})


@functools.lru_cache(maxsize=1 << 14)
def acts_said(sentence: str, text: str) -> frozenset[str]:
    """The acts (:data:`_ACTS`) the own clause of the figure ``text`` says of it; with none,
    "stock" for a verb of holding (:data:`_STOCK`: "the service has 36 libraries")."""
    at = sentence.find(text)
    if at < 0:
        return frozenset()
    # the verb whose object the figure is: before it, nothing but its own words between
    # ("has closed 31 branches", "bought some 42 vessels"), or a passive after its noun
    # ("31 libraries were closed"); not a verb of its noun's ("the 580-bed hospital opened")
    before = re.split(r"[,;:()]", sentence[max(0, at - 60) : at])[-1]
    after = re.split(r"[,;:()]", sentence[at + len(text) : at + len(text) + 60], maxsplit=1)[0]
    passive = _PASSIVE.match(after)
    tail = after[passive.end() :] if passive else ""
    # (or the figure's noun its subject, "24 universities signed the charter"; not a count
    # said as a compound, whose noun is another's: "the 580-bed hospital opened")
    doer = None if _COMPOUND.search(text) else _DOER.match(after)
    verb = after[doer.end() :] if doer else ""

    def said(rx: re.Pattern[str]) -> bool:
        return (
            any(_NEAR_BEFORE.fullmatch(before, m.end()) for m in rx.finditer(before))
            or bool(rx.match(tail))
            or bool(rx.match(verb))
        )

    acts = frozenset(act for act, rx in _ACTS.items() if said(rx))
    return acts or (frozenset({"stock"}) if said(_STOCK) else acts)


def acts_reversed(a: frozenset[str], b: frozenset[str]) -> bool:
    """Does one clause say an act (:func:`acts_said`) and the other its reverse, neither
    saying both ("bought" / "scrapped", "opened" / "closed"), or one a stock and the other
    an act that adds to or takes from it ("has 36 libraries" / "has closed 31 libraries")?"""
    if a & b:
        return False
    if (a == {"stock"} and b & _ACTS_ON_STOCK) or (b == {"stock"} and a & _ACTS_ON_STOCK):
        return True  # "has 36 libraries" / "has closed 31 libraries": a stock and an act on some
    return any(_REVERSE.get(x) in b and _REVERSE.get(x) not in a for x in a)


_YEAR = re.compile(r"(?<![\d/.-])(1[89]\d\d|20\d\d)(?:\s*[/–-]\s*(\d{2,4}))?(?![\d])")
_FISCAL = re.compile(r"\b(?:fiscal|financial|FY)\s*(?:year\s+)?(20\d\d)\b", re.IGNORECASE)
_YEAR_TO = re.compile(
    r"\b(?:year|twelve\s+months|12\s+months)\s+(?:to|ending|ended)\s+(?:\d{1,2}\s+)?([A-Z][a-z]+)\s+(?:\d{1,2},?\s+)?(20\d\d)",
)
#: a period picked out by its place in a series, as :func:`periods_of` reads it ("in its
#: first year", "the first twelve months", "the second half of 2024", "its third quarter")
_ORDINAL_SPAN = re.compile(
    r"\b(first|second|third|fourth|final)\s+(?:(?:full|calendar|financial|whole|complete)\s+)?"
    r"(years?|half|quarters?|(?:twelve|12|six|6)\s+months|terms?|seasons?)\b",
    re.IGNORECASE,
)
_ORDINAL_WORDS = ("first", "second", "third", "fourth", "final")
#: a quarter or a half by its label ("Q3 2023", "in H1"), read as :data:`_ORDINAL_SPAN` reads
#: "the third quarter"
_QUARTER_LABEL = re.compile(r"\b(Q(?=[1-4])|H(?=[12]))([1-4])\b")
_RELATIVE = re.compile(r"\b(last|this|previous|past|next)\s+year(?:['’]s)?\b", re.IGNORECASE)
_PER = re.compile(r"\b(?:per|a|an|each|every)\s+(year|month|week|day|quarter|hour|second)\b", re.IGNORECASE)
_PER_WORDS = ("year", "month", "week", "day", "quarter", "hour", "second")  # one is in every _PER match
#: "of" right after "a quarter": a share of something ("a quarter of the 1.5 million units")
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
#: a rate said by an adjective or adverb ("the annual bill", "cost £3 billion annually"),
#: as subjects read it
_PER_ADJECTIVE = re.compile(r"\b(annual|annually|yearly|monthly|weekly|daily|quarterly|hourly)\b", re.IGNORECASE)
_ADJECTIVE_PER = {"annual": "year", "annually": "year", "yearly": "year", "monthly": "month", "weekly": "week"}
_ADJECTIVE_PER.update(daily="day", quarterly="quarter", hourly="hour")
_ADJECTIVE_WORDS = ("annual", "yearly", "monthly", "weekly", "daily", "quarterly", "hourly")
#: the noun after a frequency adjective that makes it the schedule of a source, not the
#: period of a figure: "according to the monthly statistics", "a quarterly bulletin" ("the
#: monthly bill" stays a rate). A yearly one stays: a figure from "the annual survey" is a
#: year's, and a year's amount is an annual one (:func:`_periods_conflict`)
_SCHEDULE = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:statistics|stats|reports?|bulletins?|surveys?|reviews?|releases?|returns|"
    r"publications?|updates?|meetings?|conferences?|newsletters?|editions?|digests?|briefings?)\b"
)
_YEARLY = frozenset({"annual", "annually", "yearly"})
_ONCE = re.compile(r"\bone[- ](?:off|time)\b|\blump[- ]sum\b", re.IGNORECASE)
_MONTH_WORD = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|December)\b")


def _split_year(first: int, second: str) -> str:
    end = int(second) if len(second) == 4 else (first // 100) * 100 + int(second)
    return f"{first}/{end % 100:02d}" if end == first + 1 else f"{first}-{end}"


def periods_of(text: str, published: Any = None) -> frozenset[str]:
    """The periods a sentence names, resolved: "2024", "2024/25" (for "in 2024/25", "fiscal
    2024/25" and "the year to 30 June 2025"), month names, "per year" (also "annual",
    "annually", "yearly"; "monthly" is "per month"); "last year" and "last year's" as the
    year before the publication year, "this year" as that year (left as written with no
    publication date), but not "the last year for which figures exist"."""
    found: set[str] = set()
    taken: list[tuple[int, int]] = []
    # cheap exact tests first: each pattern below needs one of these words
    folded = ignorecase_fold(text)
    for m in _YEAR_TO.finditer(text) if "year" in text or "months" in text else ():
        end = int(m.group(2))
        month = m.group(1).lower()
        if month.startswith("dec"):
            found.add(str(end))
        else:
            found.add(f"{end - 1}/{end % 100:02d}")
        taken.append(m.span())
    for m in _YEAR.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        first = int(m.group(1))
        if m.group(2):
            found.add(_split_year(first, m.group(2)))
        else:
            found.add(str(first))
    year = getattr(published, "year", None)
    remarks = record_remarks(text)
    for m in _RELATIVE.finditer(text) if "year" in folded else ():
        if described_year(text, m.start(), m.end()):
            continue  # "2023, the last year for which figures exist"
        if any(s <= m.start() < e for s, e in remarks):
            continue  # "a higher total than any previous year": the years it beat
        which = m.group(1).lower()
        if year is None:
            found.add(f"{which} year")
        elif which == "next":
            found.add(str(year + 1))
        else:
            found.add(str(year if which == "this" else year - 1))
    for m in _PER.finditer(text) if has_any(folded, _PER_WORDS) else ():
        if m.group(0)[:1] in "aA" and m.group(1).lower() == "second" and ORDINAL_AFTER.match(text, m.end()):
            continue  # "a second full-length runway": an ordinal before a noun, no rate
        if m.group(0)[:1] in "aA" and m.group(1).lower() == "quarter" and _OF_AFTER.match(text, m.end()):
            continue  # "a quarter of the containers": a share, no rate
        found.add("per " + m.group(1).lower())
    for m in _PER_ADJECTIVE.finditer(text) if has_any(folded, _ADJECTIVE_WORDS) else ():
        if _SCHEDULE.match(text, m.end()) and m.group(1).lower() not in _YEARLY:
            continue  # "the government's monthly statistics": how often a source appears
        found.add("per " + _ADJECTIVE_PER[m.group(1).lower()])
    for m in _ORDINAL_SPAN.finditer(text) if has_any(folded, _ORDINAL_WORDS) else ():
        span = m.group(2).lower()
        span = {"twelve months": "year", "12 months": "year", "six months": "half", "6 months": "half"}.get(span, span)
        found.add(f"{m.group(1).lower()} {span.rstrip('s')}")  # "the first twelve months" is "first year"
    for m in _QUARTER_LABEL.finditer(text) if "Q" in text or "H" in text else ():
        # "Q3 2023" is "the third quarter", "H1" "the first half": set against another ordinal
        found.add(f"{_ORDINAL_WORDS[int(m.group(2)) - 1]} {'quarter' if m.group(1) == 'Q' else 'half'}")
    if _ONCE.search(text):
        found.add("once")  # "a one-off grant": paid once, no year's rate
    for m in _MONTH_WORD.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        if m.group(1) == "May" and not re.search(r"\d", text[max(0, m.start() - 4) : m.end() + 6]):
            continue  # "may" the verb at a sentence start
        found.add(m.group(1).lower())
    return frozenset(found)


def _unscheduled(periods: frozenset[str], dated: str, sentence: str) -> frozenset[str]:
    """``periods`` without a rate that only a source's schedule gave: a clause window cut
    before the noun ("... according to the government's monthly") reads "monthly" as the
    figure's rate, which the whole sentence shows to be the statistics' ("monthly
    statistics"); a rate the window also says otherwise ("a month", "annual budget") stays."""
    drop = set()
    for m in _PER_ADJECTIVE.finditer(dated):
        per = "per " + _ADJECTIVE_PER[m.group(1).lower()]
        if per not in periods or per in drop:
            continue
        if m.group(1).lower() in _YEARLY:
            continue  # (see _SCHEDULE)
        said = [x for x in _PER_ADJECTIVE.finditer(sentence) if x.group(1).lower() == m.group(1).lower()]
        if said and all(_SCHEDULE.match(sentence, x.end()) for x in said):
            drop.add(per)
    if not drop:
        return periods
    kept = {"per " + p.group(1).lower() for p in _PER.finditer(dated)}  # "a month" said as well
    return frozenset(p for p in periods if p not in drop or p in kept)


#: a preposition right before a count of things: the set an act covers ("series of daily
#: readings for 18 cities", "weekly meals across 300 homes"), never a flow of them
_SET_BEFORE = re.compile(
    r"\b(?:for|across|among|in|over|covering)\s+(?:(?:all|each|every|the|its|their|our|these|those)\s+){0,2}$",
    re.IGNORECASE,
)


def _adjectives_not_rates(periods: frozenset[str], dated: str) -> frozenset[str]:
    """``periods`` without the rates a frequency adjective alone gave a count of things after
    a preposition: "monthly series of daily readings for 18 cities" reads the series and the
    readings by month and day, not the 18 cities, which are as many each day as each month.
    A rate the clause says in words ("a month", "per day") stays."""
    kept = {"per " + p.group(1).lower() for p in _PER.finditer(dated)}
    said = {"per " + _ADJECTIVE_PER[m.group(1).lower()] for m in _PER_ADJECTIVE.finditer(dated)}
    return frozenset(p for p in periods if p not in said or p in kept)


def _names(sentence: str, known: frozenset[str] = frozenset(), lowered: frozenset[str] = frozenset()) -> frozenset[str]:
    """Names in a sentence: capitalised words and acronyms not opening it (or opening it
    when a possessive or another capital follows, "Zambia's", "Global Fund", or when the
    document writes it capitalised inside a sentence too, ``known``, or never writes it in
    lower case: ``lowered``, the lower-case words of the document)."""
    out: set[str] = set()
    lead = len(sentence) - len(sentence.lstrip(" \t\n\"“‘'("))  # what opens it before its first word
    for m in _NAME.finditer(sentence):
        name = m.group(0)
        first = m.start() <= lead
        if (
            first
            and " " not in name
            and sentence[m.end() : m.end() + 2] not in ("'s", "’s")
            and name not in known
            and (not lowered or name.lower() in lowered or sentence[m.end() : m.end() + 1] == ",")
        ):
            continue  # a capitalised first word, unless the document never writes it lower-case ("Third," is none)
        if first and " " not in name and name not in known and _COMMON_OPENING.fullmatch(name):
            continue  # "Officers concede ...": a plural of doers
        if first and " " not in name and _GERUND_OPENING.match(sentence, m.start()):
            continue  # "Maintaining the 221 traps costs ...": a verb and its object
        if sentence[m.end() : m.end() + 1] == "$":
            continue  # "US$60,000", "NZ$4 million": a currency's sign, not a named subject
        if name in MONTHS_TITLE or name.lower() in _STOP or PERIOD_LABEL.fullmatch(name):
            continue  # (a period's label, "FY" of "FY2023/24", "Q3", is no name)
        if first and " " in name and name.split(" ", 1)[0].lower() in _STOP:
            # the capitalised word a sentence opens with is no part of the name after it:
            # "In Ahmedabad, ..." names Ahmedabad, "The New Zealand quota" New Zealand
            name = name.split(" ", 1)[1].lstrip()
            if name.lower() in _STOP or name in MONTHS_TITLE:
                continue
        out.add(name.rstrip("'’"))
    return frozenset(out)


#: a sentence's first word that is a plural of doers ("Officers", "Supporters", "Residents"):
#: a common word, not a name, however seldom the document writes it in lower case
_COMMON_OPENING = re.compile(r"[A-Z][a-z]{2,}(?:ers|ors|ists|ants|ents|ians)")


#: a sentence that opens on a gerund and its object ("Maintaining the fleet", "Keeping all
#: fourteen locks"): the verb of its subject clause, not a name ("Reading Borough Council",
#: "Beijing's" never take a determiner next)
_GERUND_OPENING = re.compile(
    r"[A-Z][a-z]{2,}ing\s+(?:the|a|an|its|their|our|this|these|those|all|every|each|some|more)\s"
)


MONTHS_TITLE = frozenset(
    "January February March April May June July August September October November December".split()
)


def _dimension(claim: Any) -> str:
    """What a mention measures in: counts, money of a currency, a quantity of a unit (the
    caller converts quantities to base units first, as NU003 does, so that a unit is a
    dimension; pint is not loaded here)."""
    kind = getattr(claim, "kind", "")
    if kind == "money":
        return f"money:{claim.currency}"
    if kind == "quantity":
        return f"quantity:{claim.unit}"
    return str(kind)


#: how far around a figure its clause is read for names, periods and marks (a long clause
#: may name a plan and its years well before the figure it ends on)
_BEFORE, _AFTER = 90, 60


def _without(sentence: str, text: str) -> tuple[str, str, str, str]:
    """The sentence without the figure's words; the figure's own clause without them
    (:func:`~claimcheck.extract.subjects.own_clause`: its opening phrase or relative clause,
    whose marks and periods are its own), within :data:`_BEFORE` / :data:`_AFTER`
    characters of it; that with the sentence's opening adverbial ("In 2023/24, A grew ...,
    and B ...": the opening dates each clause); and the whole clause so, for the names."""
    at = sentence.find(text)
    if at < 0:
        return sentence, sentence, sentence, sentence
    end = at + len(text)
    rest = sentence[:at] + " " + sentence[end:]
    cs, ce = clause_bounds(sentence, 0, len(sentence), at)
    os_, oe = own_clause(sentence, cs, ce, at, end)
    return rest, *_clause_around(sentence, os_, oe, at, end), _clause_around(sentence, cs, ce, at, end)[1]


def _clause_around(sentence: str, cs: int, ce: int, at: int, end: int) -> tuple[str, str]:
    """The clause ``sentence[cs:ce]`` without the figure at ``[at, end)``, near it, and that
    dated by the sentence's opening adverbial (:func:`_without`)."""
    lead = _OF_LEAD.match(sentence, cs)
    if lead is not None and lead.end() >= end:
        ce = (
            lead.end() - 1
        )  # "Of the 1.3 million pupils in Turkey, a large share will ...": the main clause is not the figure's
    cs, ce = max(cs, at - _BEFORE), min(max(ce, end), end + _AFTER)
    equivalent = EQUIVALENT_AFTER.search(sentence, end, ce)
    if equivalent is not None and _DIGIT.search(sentence, equivalent.end(), equivalent.end() + 80):
        ce = equivalent.start()  # "14 TWh in 2022, roughly the yearly demand of 3 million homes": the homes' words
    clause = sentence[cs:at] + " " + sentence[end:ce]
    opening = _OPENING.match(sentence)
    dated = clause
    # (a clause that gives its own year is not dated by the opening: "Since the 2019 cut
    # ..., and a fund of 17.7 trillion kroner at the close of 2024 ...")
    if opening is not None and cs >= opening.end() and not _YEAR.search(clause):
        dated = opening.group(0) + " " + clause
    return clause, dated


_DIGIT = re.compile(r"\d")
_OPENING = re.compile(
    r"\W*(?:in|of|for|during|over|throughout|across|at|by|since)\b" + IN_PHRASE + r"{0,90},", re.IGNORECASE
)
#: a clause opening "Of the ... ," (the figure it holds is not the main clause's subject)
_OF_LEAD = re.compile(r"\s*of\s+" + IN_PHRASE + r"{0,120},", re.IGNORECASE)
#: a figure that is some of what follows it ("12 of the 40 schools"); a figure followed by
#: "of which", "including" or "among them" is the whole the next figure breaks down, no part
#: itself ("The station cost £7.2 million, of which £1.5m came from a grant": the £7.2m)
_PART_AFTER = re.compile(r"\s+of\s+(?:the|its|their|these|those)\b", re.IGNORECASE)
_PART_BEFORE = re.compile(
    r"\b(?:share|part|portion|fraction|some|most|half)\s+of\s+(?:the\s+|its\s+|their\s+)?\S*$"
    # "Of that, £2.9 million went to ...", "Of these, 41 ...": a part of what was just said
    r"|^\W*of\s+(?:that|this|these|those|them|it|which|the\s+total|the\s+sum)\s*,?\s*$",
    re.IGNORECASE,
)


#: who a figure is attributed to ("according to World Bank data"; a speaker: "in Okafor's
#: words", "in the words of the minister", "as Okafor put it"): its source, not what it is
#: of, so no name that sets it apart from a restatement attributed to no one
_ATTRIBUTION = re.compile(
    r"\baccording\s+to\s+[^,;:.()]*|\bin\s+the\s+words\s+of\s+[^,;:.()]*"
    r"|\bin\s+(?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'.-]*?['’]s?\s+(?:own\s+)?words\b"
    r"|\bas\s+(?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'.-]*\s+put\s+it\b",
    re.IGNORECASE,
)
#: a cheap test before :data:`_ATTRIBUTION`
_ATTRIBUTION_HINTS = ("ccording", "words", "put it")


def _unattributed(text: str) -> str:
    """``text`` without the source a figure is attributed to (:data:`_ATTRIBUTION`)."""
    return _ATTRIBUTION.sub(" ", text) if any(h in text for h in _ATTRIBUTION_HINTS) else text


def context_of(claim: Any, document: Document) -> Context:
    """The context of one mention (any claim with a ``sentence`` and ``text``: a figure, a
    date): its sentence's content words weighted by rarity in ``document``, the words of
    what it counts or measures, its heading's words; the names and the periods of its
    clause (with the sentence's opening adverbial), what marks it as a change, a forecast,
    a part, a flow or a range, and its dimension."""
    dw = document_weights(document)
    sentence = claim.sentence or claim.text
    rest, clause, dated, named = _without(sentence, claim.text)
    # (a phrase between the subject and its verb dates the subject's past, not the figure:
    # "The bridge, opened in 1974, carries 38,500 vehicles a day")
    at = sentence.find(claim.text)
    masked = mask_embedded(sentence, 0, at) if at > 0 else sentence
    periods = periods_of(dated if masked is sentence else _without(masked, claim.text)[2], dw.published)
    if periods and has_any(ignorecase_fold(dated), _ADJECTIVE_WORDS):
        periods = _unscheduled(periods, dated, sentence)
        if getattr(claim, "thing", None) and at > 0 and _SET_BEFORE.search(sentence, max(0, at - 30), at):
            periods = _adjectives_not_rates(periods, dated)
    words = {w: dw.weight(w) for w in _words(rest)}
    for w in _countries(rest):  # "Dutch" and "the Netherlands" are one word here
        words.setdefault(w, dw.weight(w))
    words.update((w, dw.weight(w)) for w in _period_words(periods))
    heading = (
        frozenset(_words(dw.headings.get((claim.article, claim.block), ""))) if claim.block is not None else frozenset()
    )
    subject = getattr(claim, "subject", None)
    thing = getattr(claim, "thing", "") or ""
    # (what it counts or measures, and the head noun its own phrase quantifies: "the
    # 54-metre embankment", "The premium was £1.4 billion")
    what = " ".join(
        p for p in (thing, subject.what if subject is not None else "", getattr(subject, "measures", "")) if p
    )
    marks: set[str] = set()
    if _changes(clause, sentence, claim.text):
        marks.add("change")
    if forecast_said(sentence, claim.text) or (claim.block is not None and (claim.article, claim.block) in dw.targets):
        marks.add("forecast")  # (under a heading of targets, every figure is one)
    at = sentence.find(claim.text)
    partitive = at >= 0 and bool(
        _PART_AFTER.match(sentence, at + len(claim.text)) or _PART_BEFORE.search(sentence[max(0, at - 30) : at])
    )
    if (subject is not None and subject.part) or partitive:
        marks.add("part")
        if not partitive and subject is not None and subject.part in CHOSEN_PART_WORDS:
            marks.add("chosen:" + subject.part)  # "18 example cities": a set the text picked
    if subject is not None and subject.hypothetical:
        marks.add("hypothetical")
    if getattr(claim, "low", None) is not None or getattr(claim, "high", None) is not None:
        marks.add("range")
    for flow, rx in _FLOWS.items():
        if rx.search(clause) or rx.search(what):
            marks.add(flow)
    marks.update("act:" + act for act in acts_said(sentence, claim.text))
    names = _names(_unattributed(named), dw.names, dw.lowered)
    inherited: frozenset[str] = frozenset()
    if not names and claim.footnote is None and not _names(sentence, dw.names, dw.lowered):
        # a sentence that names nothing ("The corporation's sixty-two lighthouses", "the four
        # machines had exported") goes on about what its paragraph last named
        inherited = _antecedent(document, claim, sentence)
        for name in inherited:
            words.update((w, dw.weight(w)) for w in _words(name) if w not in words)
            # ("Thailand" named before: "Thai farmers" of the other sentence name it too)
            words.update((w, dw.weight(w)) for w in _countries(name) if w not in words)
    return Context(
        words=words,
        what=frozenset(_words(what)),
        near=frozenset(_words(clause)),
        qualifiers=frozenset(_words(thing)[:-1] if thing else _words(subject.what if subject is not None else "")[:-1]),
        heading=heading,
        names=names,
        inherited=inherited,
        periods=periods,
        marks=frozenset(marks),
        dimension=_dimension(claim),
        sentence=sentence,
        place=(claim.article, claim.block, claim.footnote),
        regions=regions_said(sentence, claim.text),
        subject=dw.subjects.get(dw.headings.get((claim.article, claim.block), ""), frozenset())
        if claim.block is not None
        else frozenset(),
    )


#: an outturn set against a forecast or a target it names without its figure ("reached 4.6 Mt,
#: below the forecast", "beat expectations"): the figure is what came, not the forecast
_MEASURED_AGAINST = re.compile(
    r"\b(?:below|above|than|beat(?:s|ing)?|miss(?:ed|es|ing)?|exceed(?:ed|s|ing)?|short\s+of|against|"
    r"in\s+line\s+with|ahead\s+of|behind)\s+(?:(?:the|its|their|official|earlier|original|ministry's)\s+)*"
    r"(?:forecasts?|projections?|targets?|expectations?|goals?|budget)\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=1 << 14)
def forecast_said(sentence: str, text: str) -> bool:
    """Does the clause of the figure ``text`` say a forecast, a plan or a target, not what
    came ("the ministry forecast exports of 5 Mt", "is expected to reach", "a goal of 40")?
    One reading for the linker's mark and for :func:`~claimcheck.extract.linking.figures.same_figure`."""
    return bool(_FORECAST.search(_MEASURED_AGAINST.sub(" ", _without(sentence, text)[1])))


#: a region of a country said by its compass point, in lower case ("in the north", "across
#: the south-east", "the northern provinces"): a scope like a name. Not a side or part of a
#: thing ("the north wing", "the east entrance", "the south stand")
_REGION = re.compile(
    r"\b(?:in|across|of|for|from|throughout|to)\s+the\s+"
    r"(?P<point>(?:north|south)(?:[- ]?(?:east|west))?|east|west|midlands)\b"
    r"(?![- ](?:side|end|wing|face|entrance|gate|pole|star|door|stand|tower|bank|block|facing|bound)\b)"
    r"|\b(?P<adjective>(?:north|south)(?:[- ]?(?:east|west))?ern|eastern|western)\s+"
    r"(?=(?:region|province|district|state|area|county|counties|part|zone|territor|governorate|prefecture)\w*\b)",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=1 << 14)
def regions_said(sentence: str, text: str) -> frozenset[str]:
    """The regions (:func:`_regions`) the clause of the figure ``text`` names."""
    return _regions(_without(sentence, text)[3])


def regions_apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """Do two clauses name two regions by compass points (:func:`regions_said`), none in
    common ("in the north" / "in the south")? A region against a name is no conflict."""
    return bool(a and b and not a & b)


def _regions(text: str) -> frozenset[str]:
    """The regions ``text`` names by a compass point (:data:`_REGION`), each as "the
    <point>" in lower case, the adjective read as its point ("northern" -> "the north")."""
    if "th" not in text and "st" not in text:
        return frozenset()
    out: set[str] = set()
    for m in _REGION.finditer(text):
        point = (m.group("point") or m.group("adjective").lower().removesuffix("ern")).lower()
        out.add("the " + re.sub(r"^(north|south)[- ]?(?=east|west)", r"\1-", point))
    return frozenset(out)


def _changes(clause: str, sentence: str, text: str) -> bool:
    """Does the clause say a change or a comparison of the figure? Not the "than" of a
    comparison whose object names the level the figure gives ("roots often reach deeper than
    the minimum of 30 cm", "tolls are higher than the old toll of €14"): the figure is that
    level's value, stated as a fact; a bare bound ("deeper than 30 cm") and any other change
    word of the clause ("rose to €14, more than the old toll of €11") still are."""
    said = [m.group(0).lower() for m in _CHANGE.finditer(clause)]
    if not said:
        return False
    at = sentence.find(text)
    if "than" in said and at > 0 and _NAMED_REFERENCE.search(sentence[max(0, at - 90) : at]):
        said.remove("than")
    return bool(said)


#: how many sentences back a sentence that names nothing looks for what its paragraph named
_ANTECEDENT_REACH = 2
#: a speaker's label opening a paragraph ("**Lena Hart**: Yes."): who speaks, not what about
_SPEAKER = re.compile(r"^\W*[A-Z][\w.'’ -]{0,40}?\W*:\s")


def _antecedent(document: Document, claim: Any, sentence: str) -> frozenset[str]:
    """The names of the nearest sentence before ``sentence`` in its paragraph that names
    anything, at most :data:`_ANTECEDENT_REACH` sentences back ("Trinity House will convert
    its rock stations. The corporation's 62 lighthouses also need ...": the corporation is
    Trinity House); none for a sentence that opens its paragraph or stands in a note, and
    not a speaker's label ("**Lena Hart**: Yes.")."""
    if claim.block is None or claim.article is None or not sentence:
        return frozenset()
    try:
        text = document.articles[claim.article].blocks[claim.block].text
    except (IndexError, AttributeError):
        return frozenset()
    at = text.find(sentence)
    if at <= 0:
        return frozenset()
    dw = document_weights(document)
    starts = [s for s in sentence_bounds(text) if s < at]
    for s, e in list(zip(starts, [*starts[1:], at]))[::-1][:_ANTECEDENT_REACH]:
        before = _SPEAKER.sub(" ", text[s:e]) if s == 0 else text[s:e]
        found = _names(_unattributed(before), dw.names, dw.lowered)
        if found:
            return found
    return frozenset()


# ------------------------------------------------------------------------------- two mentions
@dataclass(frozen=True)
class Link:
    """Two mentions taken for one fact: the shared weight, the words shared, and why."""

    score: float
    shared: tuple[str, ...]
    reason: str


_FLOW_MARKS = frozenset(_FLOWS)


def _acts_marked(cx: Context) -> frozenset[str]:
    return frozenset(m[4:] for m in cx.marks if m[:4] == "act:")


def _years(periods: frozenset[str]) -> set[int]:
    out: set[int] = set()
    for p in periods:
        m = re.fullmatch(r"(\d{4})(?:/(\d\d))?", p)
        if m:
            out.add(int(m.group(1)))
            if m.group(2):
                out.add(int(m.group(1)) + 1)
    return out


#: a period picked out by its place in a series ("first year", "second half", "third quarter")
_ORDINAL_PERIOD = re.compile(r"(?:first|second|third|fourth|final|latter) ")


def ordinal_period(period: str) -> bool:
    """Is ``period`` (as :func:`claimcheck.extract.subjects.periods` writes it) one picked
    out by its place in a series ("first year", "second half")? Two such differ as two
    years do."""
    return bool(_ORDINAL_PERIOD.match(period))


def _periods_conflict(a: frozenset[str], b: frozenset[str]) -> bool:
    ya, yb = {p for p in a if p[:1].isdigit()}, {p for p in b if p[:1].isdigit()}
    if ya and yb and ya != yb:
        split_a, split_b = {p for p in ya if "/" in p}, {p for p in yb if "/" in p}
        if split_a and split_b and split_a != split_b:
            return True
        if not (split_a or split_b) or not _years(frozenset(ya)) & _years(frozenset(yb)):
            return True
        if (split_a and not split_b and len(yb) > 0 and not yb <= {str(y) for y in _years(frozenset(split_a))}) or (
            split_b and not split_a and not ya <= {str(y) for y in _years(frozenset(split_b))}
        ):
            return True
    if bool(ya) != bool(yb) and any(" year" in p and not p.startswith("per") and not ordinal_period(p) for p in a | b):
        return True  # "last year" unresolved against a year, or against none
    ma, mb = a & MONTH_NAMES, b & MONTH_NAMES
    if ma and mb and ma != mb:
        return True
    oa, ob = {p for p in a if ordinal_period(p)}, {p for p in b if ordinal_period(p)}
    if oa and ob and oa != ob:
        return True  # "in its first year" / "in its second year"; "the first half" / "the second half"
    pa, pb = {p for p in a if p.startswith("per ")}, {p for p in b if p.startswith("per ")}
    if {frozenset(pa), frozenset(pb)} == {frozenset({"per year"}), frozenset()} and "once" not in a | b:
        # a year's amount is the annual one: "€1.04 billion in 2023" / "€1.17 billion a year in
        # 2023"; "its annual budget" / "its budget for 2025"; a fiscal or school year is one
        # year too ("£7,600 a year in 2023-24" / "£8,300 in 2023-24": "2023/24", while a span
        # of years is "2023-2025") (an undated rate against no year at all stays apart)
        return len(ya | yb) != 1
    return pa != pb


def conflict(a: Context, b: Context) -> str | None:
    """Why ``a`` and ``b`` cannot state one fact whatever their words share, or None."""
    return next(_conflicts(a, b), None)


def conflicts(a: Context, b: Context) -> tuple[str, ...]:
    """Every reason :func:`conflict` knows why ``a`` and ``b`` cannot state one fact, in
    the order it tests them (its answer is the first): what a learned pair decision reads
    as features."""
    return tuple(_conflicts(a, b))


def _conflicts(a: Context, b: Context) -> Iterator[str]:
    if a.dimension != b.dimension:
        yield "other dimensions"
    if a.place == b.place and a.place[1] is not None:
        yield "one paragraph"
    if _periods_conflict(a.periods, b.periods):
        yield "other periods"
    for mark in ("change", "part", "range", "hypothetical"):
        if mark in a.marks or mark in b.marks:
            if mark == "part" and _one_chosen_set(a, b):
                continue
            yield mark
    if ("forecast" in a.marks) != ("forecast" in b.marks):
        yield "a forecast against an outturn"
    fa, fb = a.marks & _FLOW_MARKS, b.marks & _FLOW_MARKS
    if fa and fb and not fa & fb:
        yield "other flows"
    if acts_reversed(_acts_marked(a), _acts_marked(b)):
        yield "reverse acts"  # "bought 42 vessels" / "scrapped 46 vessels"
    qa, qb = a.qualifiers - set(b.words), b.qualifiers - set(a.words)
    if qa and qb:
        yield "other groups"  # "rural polling stations" / "urban polling stations"
    if regions_apart(a.regions, b.regions):
        yield "other regions"  # "wind capacity in the north" / "in the south"
    if a.names and b.names:
        own_a = {n for n in a.names if not _named_in(n, b)}
        own_b = {n for n in b.names if not _named_in(n, a)}
        if own_a and own_b:
            yield "other names"
    if subjects_apart(a, b):
        yield "other sections' subjects"


def _one_chosen_set(a: Context, b: Context) -> bool:
    """Are ``a`` and ``b`` both counts of one set the text picked, named by the same word
    and the same thing ("across 18 example cities" / "for 18 example cities"), and a part
    by nothing else? Then their "part" marks do not set them apart: each names the same
    chosen set, not two parts of a whole."""
    chosen_a = {m for m in a.marks if m.startswith("chosen:")}
    return (
        bool(chosen_a)
        and chosen_a == {m for m in b.marks if m.startswith("chosen:")}
        and bool(a.what)
        and a.what == b.what
    )


#: a name in the possessive: what owns the figure's thing ("Edinburgh's wardens")
_OWNERS = re.compile(r"\b([A-Z][\w-]+)['’]s\b")


def subjects_apart(a: Context, b: Context) -> bool:
    """Do ``a`` and ``b`` stand in two sections, each about a case its heading names ("2.
    The Harthill Navigation" / "3. The Beldon Canal", "Case study: Lake Orra" / "Case
    study: Tamsin Bay"), neither sentence naming the other's case? Then each figure is its
    own case's, not one fact said twice. A section whose heading names nothing (a summary,
    "What restoration returns") is set apart from none."""
    only_a, only_b = a.subject - b.subject, b.subject - a.subject
    if not (only_a and only_b):
        return False
    if set(_OWNERS.findall(a.sentence)) & set(_OWNERS.findall(b.sentence)):
        return False  # both figures are one owner's ("Edinburgh's wardens" / "Edinburgh's first year")
    return not any(_named_in(n, b) for n in only_a) and not any(_named_in(n, a) for n in only_b)


# ------------------------------------------------------------------- a figure taken as given
#: a modal verb: what a sentence supposes or recommends of a figure it takes as given
_MODAL = re.compile(r"\b(?:would|could|should|might|may|must)\b", re.IGNORECASE)
#: a modal or a future of which a figure taken as given may be the subject
_GIVEN_MODAL = re.compile(r"\b(?:would|could|should|might|may|must|will|shall)\b", re.IGNORECASE)
#: a figure that opens its sentence in a definite phrase closed by a comma: "At its annual
#: capacity of 12,000 tonnes, the plant could ...", "Of the 1,240 members who voted, ..."
_GIVEN_OPENING = re.compile(
    r"\W*(?:[A-Z][a-z]+\s+(?=(?:at|of|with|for|among|from|on|across|in|over|between|against)\s))?"
    r"(?:at|of|with|for|among|from|given|on|across|in|over|between|against)\s+(?:all\s+)?(?:the|its|their|this|these|those|our|"
    r"[A-Z][\w’'-]*['’]s)\s+[^,;:()]*$",
    re.IGNORECASE,
)
#: before a figure, a definite subject: "all 298 stations", "the network's 48 members"
_GIVEN_SUBJECT = re.compile(
    r"(?:\ball(?:\s+(?:the|its|their|of\s+the))?|\b(?:the|its|their|these|those|our)|['’]s)\s+"
    r"(?:(?:some|about|around|nearly|almost|roughly|over|more\s+than)\s+)?$",
    re.IGNORECASE,
)
#: after a figure, its noun phrase and then the modal it is the subject of ("298 core
#: stations should ..."), no relative clause between ("the 300 homes that would be built")
_MODAL_AFTER = re.compile(
    r"(?:[^,;:.()\d](?!\b(?:that|which|who|whom|whose|to|if|when)\b)){0,60}?(?P<modal>\b(?:would|could|should|might|may|must|"
    r"will|shall)\b)",
    re.IGNORECASE,
)
#: a relative clause without its pronoun, the modal its verb: a subject right after a word that
#: is no preposition, then the modal ("the 40 stations the city will open", "the 300 homes
#: it would build"; not "the 24 arches on the viaduct will need ...")
_BARE_RELATIVE_MODAL = re.compile(
    r"\b(?!(?:in|on|at|of|for|from|across|by|with|under|over|near|along|into|between|among|around|through|"
    r"within|outside|inside|beyond|against)\b)[\w’'-]+\s+(?:the|a|an|its|their|our|this|it|they|we|he|she|you)\s+"
    r"(?:[\w’'-]+\s+){0,2}(?:would|could|should|might|may|must|will|shall)\b",
    re.IGNORECASE,
)
#: what makes a figure itself one to come, or a supposition, before its modal: "the 300
#: new homes", "the planned 40 stations", "if", "for example", "by 2030"
_TO_COME = re.compile(
    r"\b(?:new|extra|additional|further|more|planned|proposed|projected|expected|forecast\w*|target\w*|"
    r"will|aim\w*|pledge\w*|promise\w*|potential|possible|up\s+to|by\s+(?:19|20)\d\d|if|unless|suppose|"
    r"supposing|imagine|assum\w*|for\s+(?:example|instance)|e\.\s?g\.|say,|hypothetical\w*|scenario\w*|"
    r"illustrat\w*|consider|otherwise)\b",
    re.IGNORECASE,
)


def taken_as_given(sentence: str, text: str) -> bool:
    """Is the figure ``text`` of a sentence with a modal one the sentence takes as given, a record,
    the modal saying what follows from it or what should be done with it? Either it stands
    in a definite phrase that opens the sentence and ends at a comma ("At its annual
    capacity of 12,000 tonnes, the plant could treat ...", "Of the 1,240 members who
    answered, most would ..."), or it is the definite subject of the modal right after its
    noun and what qualifies it ("all 298 core stations should be surveyed", "the trust's 48
    depots could close", "the 1.7 million households connected in Denmark will all see
    ...", "Keeping all fourteen locks at the flight in order will cost ..."); the opening
    phrase may start on a participle ("Spread across its 372 lawyers, the caseload ...").
    Not when the words up to the modal make the figure one to come or a
    supposition ("the 300 new homes would", "the planned 40 stations", "if", "for
    example"), nor a figure in a relative clause of the modal ("the 300 homes that would
    be built")."""
    at = sentence.find(text)
    if at < 0 or not _GIVEN_MODAL.search(sentence, at):
        return False
    end = at + len(text)
    before = sentence[:at]
    if _GIVEN_OPENING.match(before):
        comma = sentence.find(",", end)
        phrase = sentence[:comma] if comma >= 0 else ""
        if phrase and len(phrase) - end <= 60 and not _MODAL.search(phrase) and not _TO_COME.search(phrase):
            return True
    if not _GIVEN_SUBJECT.search(before, max(0, at - 30)):
        return False
    m = _MODAL_AFTER.match(sentence, end)
    # (never the verb of a relative clause without its pronoun: "the 40 stations the city will open")
    return (
        m is not None
        and not _TO_COME.search(sentence, 0, m.start("modal"))
        and not _BARE_RELATIVE_MODAL.search(sentence, end, m.end())
    )


#: a worked example or an outright supposition before a figure ("suppose", "for example"):
#: a condition alone ("if", "unless") is not one (:func:`definite_given`)
_SUPPOSED = re.compile(
    r"\b(?:for\s+(?:example|instance)|e\.\s?g\.|say,|suppos\w*|imagine|assum\w*|hypothetical\w*|scenario\w*|"
    r"illustrat\w*|consider|let['’]?s|let\s+us)\b",
    re.IGNORECASE,
)
#: what ends a figure's noun phrase: a clause mark, or a relative pronoun or verb after its noun
_PHRASE_END = re.compile(r"[,;:.()]|\s(?:that|which|who|is|are|was|were|will|would|could|should|might|may)\b")
#: what ends the clause a figure's noun phrase opens (its relative clause with it)
_CLAUSE_END = re.compile(r"[,;:.()]")


def definite_given(sentence: str, text: str) -> bool:
    """Is the figure ``text`` of ``sentence`` a definite noun phrase, a thing already known,
    whatever the sentence supposes of it: a determiner right before it ("the", "its", "all",
    an owner's "'s"; a hedge may stand between), nothing in its noun phrase that makes it one
    to come ("new", "planned", "by 2030"), no modal in the clause it opens ("the 263 buoys
    that could be laid") and no worked example or outright supposition before it ("If the
    £421m deal is signed ...", "of the 113,000 or so places the programme paid for, few
    would ..."; not "Suppose the 400 new homes ...", "the 300 extra beds planned")."""
    at = sentence.find(text)
    if at < 0:
        return False
    before = sentence[:at]
    det = _GIVEN_SUBJECT.search(before, max(0, at - 30))
    if det is None or _SUPPOSED.search(before):
        return False
    end = at + len(text)
    stop = _PHRASE_END.search(sentence, end)
    clause = _CLAUSE_END.search(sentence, end)
    return not (
        _TO_COME.search(before[det.start() :] + sentence[end : stop.start() if stop else len(sentence)])
        or _GIVEN_MODAL.search(sentence, end, clause.start() if clause else len(sentence))
    )


# ------------------------------------------------------------------- a figure pointed back to
#: a demonstrative right before a figure ("That £45 million", "those 44 schools", "the
#: same 1,100"): "that" only where it cannot open a clause ("found that 44 schools ..."): at
#: the sentence's start or after a preposition; or a sentence that opens on "These" or
#: "Those" and its noun, the figure in apposition after a comma ("Those bills, some $121
#: billion, pay …")
POINTED_BACK = re.compile(
    r"(?:\b(?:this|these|those|the\s+same)|(?:^|[.;:]\s+|^(?:but|and|yet|so)\s+|\b(?:of|from|with|for|on|to|in|by|"
    r"beyond|than|within|all|spend|spent|spending)\s+)that)\s+[$€£¥]?$"
    r"|^(?:these|those)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?,\s+(?:(?:some|about|around|roughly|nearly|almost)\s+)?[$€£¥]?$",
    re.IGNORECASE,
)

#: what a figure pointed back to may be said as, and the pointer with it (:func:`pointer_conflict`)
POINTED_TAKES = frozenset({"change", "part", "range", "hypothetical", "forecast"})


def pointed_back(sentence: str, text: str) -> bool:
    """Does the writer point back to the figure ``text`` of ``sentence`` as one already
    given: a demonstrative right before it (:data:`POINTED_BACK`)?"""
    at = sentence.find(text)
    return at >= 0 and bool(POINTED_BACK.search(sentence[max(0, at - 40) : at]))


_BASE_HEDGE = r"(?:(?:about|around|some|nearly|almost|roughly|approximately|just\s+(?:over|under)|only)\s+)?"
#: the words right before a figure that make it the base a change or comparison starts from
#: ("up from 2,310", "down from about 450", "compared with 97", "against 1.2 million in
#: 2023", "than the 2019 level of"): what the sentence's other figure is set against
_BASE_BEFORE = re.compile(
    r"(?:\b(?:up|down|rising|falling|risen|fallen|rose|fell|increased?|decreased?|grew|grown|climbed|dropped)\s+from"
    r"|\b(?:compared\s+(?:with|to)|against|versus|vs\.?|than)(?:\s+(?:the|its|their)\s+[\w-]*(?:\s+[\w-]+)?\s+(?:of|at))?)"
    r"\s+" + _BASE_HEDGE + r"[$€£¥]?$",
    re.IGNORECASE,
)
#: "from 2,310 to 2,940": the figure after "from" with "to" and another figure after it
_FROM_BEFORE = re.compile(r"\bfrom\s+" + _BASE_HEDGE + r"[$€£¥]?$", re.IGNORECASE)
_TO_AFTER = re.compile(r"^[^.;:\d]{0,40}?\bto\s+" + _BASE_HEDGE + r"(?:the\s+)?[$€£¥]?\d", re.IGNORECASE)


#: before a figure, a definite noun phrase that names it by what it is or does: "the 2023
#: figure of", "the line's 2023 average of", "The loss of", "Apapa's average dwell of"
#: (:func:`restated_back`); not a part of it ("the rest of", "the top 3 of")
_RESTATING_BEFORE = re.compile(
    r"(?:\b(?:the|its|their|our)|[A-Za-z]['’]s)\s+((?:[\w-]+\s+){0,3}?)(?:of|at)\s+"
    + _BASE_HEDGE
    + r"(?:[A-Z]{0,3}[$€£¥])?$",
    re.IGNORECASE,
)
_PART_NOUN = re.compile(
    r"\b(?:rest|remainder|share|half|most|top|bottom|majority|minority|fraction|proportion|part|portion|one|each|"
    r"some|any|none|first|last|cost|price|value|sum)\b",
    re.IGNORECASE,
)
#: right before a definite phrase: a word that sets its figure against another
_SET_AGAINST = re.compile(
    r"\b(?:from|than|against|versus|vs\.?|over|beyond|above|below|exceed\w*|compared\s+(?:with|to)|unlike|besides)\s*$",
    re.IGNORECASE,
)


def restated_back(sentence: str, text: str) -> bool:
    """Does ``sentence`` restate its figure ``text`` as one already given, in a definite noun
    phrase that names the thing (:func:`definite_given`: "the 124 countries enrolled at
    end-2022", "the first unit's C$7.9 billion") or names the figure by what it is or does
    ("The 2024 figure of 86 million trips", "the line's 2023 average of 4,700 riders", "The
    loss of 817 branches since 2010")? Not a base a comparison starts from
    (:func:`comparison_base`), nor a phrase a word sets against another ("than the 2023
    figure of", "up from the 85"), nor a part of the figure ("the rest of", "the cost of").
    Weaker than a pointer (:func:`pointed_back`): the caller asks for the period said again."""
    at = sentence.find(text)
    if at < 0 or comparison_base(sentence, text):
        return False
    before = sentence[max(0, at - 60) : at]
    m = _RESTATING_BEFORE.search(before)
    if m is not None:
        if _PART_NOUN.search(m.group(1)) or _SET_AGAINST.search(before[: m.start()]):
            return False
        return True
    det = _GIVEN_SUBJECT.search(before)
    return det is not None and not _SET_AGAINST.search(before[: det.start()]) and definite_given(sentence, text)


def comparison_base(sentence: str, text: str) -> bool:
    """Is the figure ``text`` the base a change or comparison in ``sentence`` starts from:
    "up from 2,310", "down from about 450", "compared with $97 billion", "from 1,200 to
    1,500" (the 1,200), "than the 2019 level of 80"? The sentence's level is the other figure."""
    at = sentence.find(text)
    if at < 0:
        return False
    before = sentence[max(0, at - 50) : at]
    if _BASE_BEFORE.search(before):
        return True
    return bool(_FROM_BEFORE.search(before) and _TO_AFTER.match(sentence, at + len(text)))


_F = TypeVar("_F", bound=Any)


def pointed_to(earlier: Sequence[_F], value: float | None = None) -> _F | None:
    """Which of ``earlier`` (figures of one measure before a figure the writer points back
    to, :func:`pointed_back`, nearest first; each with its ``sentence`` and ``text``) the
    pointer restates: the nearest, save that a sentence giving a level and the base it
    changed from ("exported 2,940 tonnes in 2025, up from 2,310 tonnes in 2024. Those 2,490
    tonnes ...") is pointed to by its level, not by the base its last figure is: a base is
    passed over when a figure of its sentence is not one, unless it has the pointer's own
    ``value`` ("compared with $6.1 million ... Of that $6.1 million" names the base). None
    when there is no figure."""
    for i, c in enumerate(earlier):
        if (
            c.value != value
            and comparison_base(c.sentence, c.text)
            and any(o.sentence == c.sentence and not comparison_base(o.sentence, o.text) for o in earlier[i + 1 :])
        ):
            continue
        return c
    return None


def pointer_conflict(earlier: Context, pointer: Context, text: str = "") -> str | None:
    """Why a figure the writer points back to (``pointer``: :func:`pointed_back`) cannot
    restate ``earlier``, the figure it points to, or None: :func:`conflict`, save that the
    pointer takes the earlier figure as it was said, a change, a part, a band, a possibility
    or a plan ("lost 1.8 metres of bed level between 2005 and 2023. That 1.6-metre drop";
    "28.8 million adults could benefit … those 26.8 million adults"), may name it a change
    itself ("this 12% rise") and may follow it in one paragraph: only what sets the two
    apart (periods, names, groups, flows, dimensions) still does. Not symmetric: the
    pointer is the later mention.

    Given the pointer's figure as written (``text``), the pointer's sentence after it says
    what became of the figure, not what it is: a name or a flow written there only ("Those
    2,490 tonnes flooded a market in which demand had barely grown"; "Those bills, some $121
    billion, make the firms larger holders of US debt") sets nothing apart; one before the
    figure or in what it counts ("those 2,600 Welsh homes", "those 300 tonnes of imports")
    still does."""
    a = replace(earlier, place=(earlier.place[0], None, None), marks=earlier.marks - POINTED_TAKES)
    marks = pointer.marks - {"change"}
    names = pointer.names
    at = pointer.sentence.find(text) if text else -1
    if at >= 0:
        own = pointer.sentence[: at + len(text)]
        what = " ".join(sorted(pointer.what))
        marks = frozenset(m for m in marks if m not in _FLOW_MARKS or _FLOWS[m].search(own) or _FLOWS[m].search(what))
        names = frozenset(n for n in names if n in own or stem(n.lower()) in pointer.what)
    b = replace(pointer, marks=marks, names=names)
    return conflict(a, b)


_DEMONYM_ENDINGS = ("ian", "ese", "ish", "ean", "an", "i", "ic", "n")
_PLACE_ENDINGS = ("", "a", "ia", "y", "ay", "land", "and", "e", "o", "en", "ain")


def same_name(x: str, y: str) -> bool:
    """Are two names one, a place and the adjective of it ("Norway" / "Norwegian", "China"
    / "Chinese", "Poland" / "Polish", "Zambia" / "Zambian")? They share a beginning of at
    least three letters and half the shorter; what is left of one is an ending of places,
    of the other an ending of such adjectives ("Austria" / "Australia" are two)."""
    return x == y or _same_name(x, y)


@functools.lru_cache(maxsize=8192)
def _same_name(x: str, y: str) -> bool:
    """:func:`same_name` of two names written differently, read once per pair (the rules
    ask it of every pair of figures they compare)."""
    x, y = x.lower(), y.lower()
    if x == y:
        return True
    if _ADJECTIVE_OF.get(x) == y or _ADJECTIVE_OF.get(y) == x:
        return True  # "Dutch" / "Netherlands": an adjective its country's name does not spell
    if not x.isalpha() or not y.isalpha() or min(len(x), len(y)) < 4:
        return False
    n = 0
    while n < min(len(x), len(y)) and x[n] == y[n]:
        n += 1
    if n < 3 or n * 2 < min(len(x), len(y)):
        return False
    rx, ry = x[n:], y[n:]
    return _place_and_adjective(rx, ry) or _place_and_adjective(ry, rx)


def _place_and_adjective(place: str, adjective: str) -> bool:
    """Are these the ends of a place and its adjective ("ay" / "egian", "y" / "")?"""
    if place not in _PLACE_ENDINGS or place == adjective:
        return False
    if adjective == "":
        return place == "y"  # "Germany" / "German"
    return len(adjective) <= 5 and adjective.endswith(_DEMONYM_ENDINGS)


#: the adjectives of countries that their names do not spell ("Dutch" / "the Netherlands",
#: "Swiss" / "Switzerland"): the regular ones ("Norwegian", "Polish") are :func:`same_name`'s
IRREGULAR_ADJECTIVES = {
    "Dutch": ("Netherlands", "Holland"),
    "Swiss": ("Switzerland",),
    "British": ("Britain", "United Kingdom", "UK"),
    "French": ("France",),
    "Greek": ("Greece",),
    "Irish": ("Ireland",),
    "Welsh": ("Wales",),
    "Scottish": ("Scotland",),
    "English": ("England",),
    "Danish": ("Denmark",),
    "Swedish": ("Sweden",),
    "Finnish": ("Finland",),
    "Turkish": ("Turkey", "Türkiye"),
    "Thai": ("Thailand",),
    "Belgian": ("Belgium",),
    "Portuguese": ("Portugal",),
    "Filipino": ("Philippines",),
    "Cypriot": ("Cyprus",),
    "Lebanese": ("Lebanon",),
    "Afghan": ("Afghanistan",),
    "Peruvian": ("Peru",),
    "Argentine": ("Argentina",),
    "Argentinian": ("Argentina",),
    "American": ("United States", "America", "US", "USA"),
    "Emirati": ("United Arab Emirates", "UAE"),
    "Icelandic": ("Iceland",),
    "Czech": ("Czechia", "Czech Republic"),
    "Slovak": ("Slovakia",),
    "Slovene": ("Slovenia",),
    "Croatian": ("Croatia",),
}
_COUNTRY_OF = {place: adjective for adjective, places in IRREGULAR_ADJECTIVES.items() for place in places}
_ADJECTIVE_OF = {place.lower(): adjective.lower() for place, adjective in _COUNTRY_OF.items()}
_COUNTRY_NAMES = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, _COUNTRY_OF), key=len, reverse=True)) + r")\b")
_COUNTRY_INITIALS = tuple(sorted({place[:2] for place in _COUNTRY_OF}))


@functools.lru_cache(maxsize=1024)
def _countries(text: str) -> tuple[str, ...]:
    """The stems of the irregular adjectives of the countries ``text`` names by their
    names ("the Netherlands" -> "dutch"), so that a sentence that says the adjective and
    one that says the country share a word."""
    if not has_any(text, _COUNTRY_INITIALS):
        return ()
    return tuple({stem(_COUNTRY_OF[m.group(0)].lower()) for m in _COUNTRY_NAMES.finditer(text)})


#: an acronym: two to six capitals ("EU", "IMF")
_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")


def _short_form(name: str, sentence: str) -> bool:
    """Is ``name`` the short form of an acronym ``sentence`` writes, or the other way round:
    the last word of a body's name, capitalised after "the" ("across the Union" / "the EU";
    "the Fund" / "the IMF": the acronym's last letter is its initial)?"""
    if name.isupper():
        last = name[-1]
        return any(m.group(1)[0] == last for m in _THE_NAME.finditer(sentence))
    if len(name) < 4 or not name.isalpha() or not name[0].isupper() or not name[1:].islower():
        return False
    return any(m.group(0)[-1] == name[0] for m in _ACRONYM.finditer(sentence))


#: a body named by the last word of its name: "the Union", "the Fund"
_THE_NAME = re.compile(r"\bthe\s+([A-Z][a-z]{3,})\b(?!\s+[A-Z])")


def _named_in(name: str, other: Context) -> bool:
    """Is ``name`` (or a word of it, possessive or not, or the adjective of it) in the other
    mention's sentence (or among the names it took from its paragraph)?"""
    said = f"{other.sentence} {' '.join(other.inherited)}"  # (names taken from its paragraph too)
    if name in said:
        return True
    bare = name.removeprefix("the ").removeprefix("The ").removesuffix("'s").removesuffix("’s")
    if bare in IRREGULAR_ADJECTIVES and any(p in said for p in IRREGULAR_ADJECTIVES[bare]):
        return True  # "Dutch recycling plants" / "recyclers in the Netherlands"
    if bare in _COUNTRY_OF and _COUNTRY_OF[bare] in said:
        return True
    if _short_form(bare, said):
        return True
    if " " not in name and any(same_name(name, n) for n in other.names | other.inherited):
        return True
    # (a word of the name without its possessive: "Ireland's Treasury" is named where
    # "Ireland" is)
    parts = [_bare_word(p) for p in name.split() if p[0].isupper() and p.lower() not in _STOP]
    return any(p in said for p in parts if len(p) > 3)


def own_names(a: Context, b: Context) -> frozenset[str]:
    """The names ``a``'s clause gives that ``b``'s sentence (and what it took from its
    paragraph) never names: a place, a body or a programme that may narrow ``a`` to a part
    of what ``b`` is about ("in Scotland", "at Harwick"); not one whose words ``b``'s heading
    says (what its section is about)."""
    return frozenset(n for n in a.names if not _named_in(n, b) and not set(_words(n)) <= b.heading)


def _bare_word(word: str) -> str:
    """A word without its possessive ending ("Ireland's" -> "Ireland")."""
    return re.sub(r"['’]s?$", "", word)


# --------------------------------------------------------------- nouns for one thing
def _word_sets(name: str) -> tuple[tuple[tuple[str, ...], ...], ...]:
    """The sets of a word-set file in ``claimcheck.data`` (one set a line, members separated
    by "|", text after "#" a comment), each member as the stems :func:`context_of` reads it
    with, in the order written, repeats dropped; a line of fewer than two members is none."""
    from claimcheck.cache import package_text

    sets: list[tuple[tuple[str, ...], ...]] = []
    for line in package_text("claimcheck.data", name).splitlines():
        members = [tuple(_words(m)) for m in line.split("#", 1)[0].split("|")]
        members = [m for m in members if m]
        if len(set(members)) > 1:
            sets.append(tuple(dict.fromkeys(members)))
    return tuple(sets)


@functools.cache
def equivalent_nouns() -> tuple[tuple[tuple[str, ...], ...], ...]:
    """The sets of nouns an editor takes for one thing (``data/equivalent_nouns.txt``, its
    header says what goes in), each member as the stems :func:`context_of` reads it with
    ("penalty charge notice": ``penalty``, ``charg``, ``notic``). Read on first use: only
    NU003 asks for it."""
    return _word_sets("equivalent_nouns.txt")


@functools.lru_cache(maxsize=1 << 12)
def noun_sets(stems: frozenset[str]) -> Mapping[int, frozenset[tuple[str, ...]]]:
    """The sets of :func:`equivalent_nouns` that a group of stems (what a figure counts)
    says a member of, each with the members said (a phrase's stems all there)."""
    out: dict[int, frozenset[tuple[str, ...]]] = {}
    if not stems:
        return out
    for k, members in enumerate(equivalent_nouns()):
        said = frozenset(m for m in members if stems.issuperset(m))
        if said:
            out[k] = said
    return out


@functools.cache
def equivalent_measures() -> tuple[frozenset[tuple[str, ...]], ...]:
    """The sets of words an editor takes for one measure ("cost" / "price" / "bill";
    ``data/equivalent_measures.txt``, its header says what goes in), each member as the
    stems :func:`context_of` reads it with. Read on first use: only NU003 asks for it."""
    return tuple(frozenset(members) for members in _word_sets("equivalent_measures.txt"))


def same_measure(a: str, b: str) -> bool:
    """Do two head nouns (``ClaimSubject.measures``) name one measure: the same word, or two
    members of one set of :func:`equivalent_measures` ("cost" / "price")?"""
    sa, sb = tuple(_words(a)), tuple(_words(b))
    if not sa or not sb:
        return False
    return sa == sb or any(sa in members and sb in members for members in equivalent_measures())


def same_noun_set(a: frozenset[str], b: frozenset[str]) -> bool:
    """Do two groups of stems say two members of one set of :func:`equivalent_nouns`
    ("homes" / "households"; "penalty charge notices" / "fines")?"""
    sa, sb = noun_sets(a), noun_sets(b)
    return any(k in sb and not sa[k] & sb[k] for k in sa)


#: what cuts a sentence into stretches whose neighbouring words may describe one thing
_STRETCH = re.compile(r"[,;:()\[\]—–]|\s-\s")


def _word_pairs(sentence: str) -> frozenset[frozenset[str]]:
    """The pairs of lower-case content words (stems) next to each other in ``sentence``,
    stop words and figures skipped, never across a comma, a colon, a bracket or a
    capitalised word ("the ferry operator runs": ferry + operator, operator + run)."""
    out: set[frozenset[str]] = set()
    for stretch in _STRETCH.split(sentence):
        words: list[str | None] = []
        for token in _WORD.findall(stretch):
            # (a capitalised word is a name's, or opens the sentence: names are the other
            # test, :func:`described_alike` reads descriptions)
            words.extend((None,) if token[:1].isupper() else _stems_of(token))
        out.update(frozenset((x, y)) for x, y in zip(words, words[1:]) if x and y and x != y)
    return frozenset(out)


def described_alike(a: Context, b: Context, least: float = ALONE / 2) -> bool:
    """Do the two sentences describe one holder or one act in the same two words, next to
    each other in each (either order), neither of them what either figure counts, each of
    weight ``least`` or more: "the ferry operator runs 42 vessels" / "the ferry operator
    deploys 46 ships"; "Nine universities signed the charter" / "the charter was signed by
    11 universities". How an editor knows one subject that has no capitalised name, as a
    name both sentences give is known (a bare noun, "36 organizations", needs one or the
    other). A word both count is no description; a word one counts may be ("36 libraries"
    / "31 branches of the library service")."""
    counted = a.what & b.what  # (what one counts may describe the other's holder: "the library service")
    keen = {w for w in set(a.words) & set(b.words) if w not in counted and min(a.words[w], b.words[w]) >= least}
    if len(keen) < 2:
        return False
    pairs = _word_pairs(a.sentence) & _word_pairs(b.sentence)
    return any(p <= keen for p in pairs)


#: nouns that count the places of a network whatever it is ("31 branches of the library
#: service", "the chain's 120 outlets"): what they count is the kind their sentence names
_OUTLETS = frozenset(_words("branches outlets"))


def outlets_of(a: Context, b: Context) -> bool:
    """Does one figure count the branches or outlets (:data:`_OUTLETS`) of the kind the
    other counts, that kind named in its own sentence ("All 31 branches of the city's
    library service" / "the service's 36 libraries")? One counted thing in two nouns, as
    two nouns of one set (:func:`same_noun_set`) are."""
    for x, y in ((a, b), (b, a)):
        if x.what and x.what <= _OUTLETS | x.qualifiers and y.what and not y.what & x.what and y.what <= set(x.words):
            return True
    return False


def _equivalent_weight(a: Context, b: Context) -> float:
    """The weight of what two mentions count said in two nouns of one set
    (:func:`equivalent_nouns`): as one word both share, the lighter of the two nouns, twice
    when both count it ("2,400 homes" / "the 2,400 households"), half as much again when one
    counts it and the other's clause names it. Nothing for a set whose one member both say
    (that word is shared already)."""
    score = 0.0
    ta, tb = noun_sets(a.what), noun_sets(b.what)
    na, nb = noun_sets(a.near), noun_sets(b.near)
    for k in set(ta) | set(tb):
        ma, mb = ta.get(k) or na.get(k), tb.get(k) or nb.get(k)
        if not ma or not mb or ma & mb:
            continue
        weight = min(_member_weight(a, ma), _member_weight(b, mb))
        score += weight * (2.0 if k in ta and k in tb else 1.5)
    return score


def _member_weight(cx: Context, members: frozenset[tuple[str, ...]]) -> float:
    """The weight of the rarest word of the members a mention says (0 for common words)."""
    return max((cx.words.get(w, 0.0) for m in members for w in m), default=0.0)


def shared_weight(a: Context, b: Context, *, equivalents: bool = False) -> float:
    """The weight of what ``a`` and ``b`` share, as :func:`same_fact` counts it (without
    asking :func:`conflict`): each shared word at the lighter of its two weights, twice when
    both count or measure it, half again when one counts it and the other's clause names
    it; a heading word found in the other's sentence at half; with ``equivalents``, two
    nouns of one set as a word in common (when another word of weight is shared)."""
    shared = set(a.words) & set(b.words)
    score = 0.0
    if equivalents and any(not w.startswith("@") and min(a.words[w], b.words[w]) > 0 for w in shared):
        # (never a link alone, nor with a year alone: another word of weight both say)
        score += _equivalent_weight(a, b)
    for w in shared:
        weight = min(a.words[w], b.words[w])
        if w in a.what and w in b.what:
            weight *= 2  # what both count or measure
        elif (w in a.what and w in b.near) or (w in b.what and w in a.near):
            weight *= 1.5  # what one measures, named in the other's clause ("the quotas add up to")
        score += weight
    for w in (a.heading & set(b.words)) - shared:
        score += 0.5 * b.words[w]
    for w in (b.heading & set(a.words)) - shared:
        score += 0.5 * a.words[w]
    return score


def same_fact(
    a: Context, b: Context, strong: float = STRONG, *, alone: bool = False, equivalents: bool = False
) -> Link | None:
    """A link when ``a`` and ``b`` have no :func:`conflict` and share enough rare context:
    the weights of the shared words reach ``strong`` (a word of what both count or measure
    counts twice: "the 46 mobile X-ray units" / "the fleet of 54 X-ray vans"; a word of one
    mention's heading found in the other's sentence counts half). The shared weight, not
    the number of shared words, decides.

    ``alone`` says the caller found the two to be the only figures of their measure and
    period in the document (:data:`ALONE`): how an editor knows "the same figure" however
    it is worded, so it counts as context of its own, :data:`ALONE` of weight.

    ``equivalents``: what the two count said in two nouns an editor takes for one thing
    ("homes" / "households", :func:`equivalent_nouns`) counts as a word they share, when
    they share another word of weight besides a year: never a link alone (NU003's)."""
    if conflict(a, b) is not None:
        return None
    score = (ALONE if alone else 0.0) + shared_weight(a, b, equivalents=equivalents)
    if score < strong:
        return None
    words = tuple(sorted(set(a.words) & set(b.words), key=lambda w: (-min(a.words[w], b.words[w]), w)))
    reason = f"share {', '.join(words[:4])}" + (" (alone of their measure and period)" if alone else "")
    return Link(round(score, 2), words, reason)
