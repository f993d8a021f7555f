"""When two stated numbers are the same quantity written differently, and when not.

The numbers side of claimcheck's one "same fact" decision. Two questions, kept apart:

**Do two claims state the same fact?** Every link first passes the same gates
(:func:`_comparable`): other paragraphs; neither a part, ranking, sub-group or
hypothetical; no two named things ("the Port of Koper" / "the Port of Rijeka"), no two
doers of one verb, no other ordinals, comparisons or two reported estimates; not "now"
against "before"; not a target against a record. Then one of three links:

* :func:`same_figure` -- the subjects (:class:`~claimcheck.claims.models.ClaimSubject`) agree:
  the same measure of the same thing, for the same scope and period;
* :func:`restated` -- the same fact in other words: clauses that share content words, a
  named place or body, the period, with values within a factor of two;
* :func:`group_size_alike` -- a group's size ("the 164-strong mission") and the count of
  its members given with it named ("the mission: 146 observers").

Before comparing, :func:`resolve_subjects` fills in what a document leaves unsaid (a bare
noun that can only be the qualified one, an undated figure of a thing given one date),
and :func:`in_base_units` writes quantities of several units of one dimension in base
units.

**Do their values agree?** :func:`agree` (rounding, bounds, hedges), :func:`rounded_alike`
(equal at the precision both are written to) and :func:`hedged_alike` (a hedged figure
within a step of its last digit).

Other families (dates, lists) can take the gates' vocabulary from here (paragraphs, parts,
hypotheticals, names, periods); the subject of a numeric claim is read by
:mod:`claimcheck.extract.subjects`.
"""

from __future__ import annotations

import bisect
import functools
from claimcheck import lazyre as re
from typing import AbstractSet, Any, Iterable, Protocol, Sequence, TypeVar

from claimcheck.claims.models import ClaimSubject, CountClaim, NumericClaim, QuantityClaim
from claimcheck.extract.linking.context import (
    AIM_OPENING,
    acts_reversed,
    acts_said,
    content_stems,
    regions_apart,
    regions_said,
    same_name,
    same_noun_set,
)
from claimcheck.extract.subjects import CHOSEN_PART_WORDS, clause_bounds, own_clause
from claimcheck.text import singular

_LOWER_BOUND = {"more than", "over", "at least"}
_UPPER_BOUND = {"less than", "under", "up to", "at most"}
_ROUGH = {"about", "nearly"}

#: a kind of numeric claim: what goes into resolve_subjects comes out
_C = TypeVar("_C", bound=NumericClaim)


def agree(a_value: float, a_qual: str | None, b_value: float, b_qual: str | None, rounding: float = 0.05) -> bool:
    """Could both statements be true of one quantity?"""
    if b_value == 0 and a_value == 0:
        return True
    close = abs(a_value - b_value) <= rounding * max(abs(a_value), abs(b_value))
    if close:
        return True
    for (v1, q1), (v2, _q2) in (((a_value, a_qual), (b_value, b_qual)), ((b_value, b_qual), (a_value, a_qual))):
        if q1 in _LOWER_BOUND and v2 >= v1:
            return True
        if q1 in _UPPER_BOUND and v2 <= v1:
            return True
        if q1 in _ROUGH and abs(v1 - v2) <= 0.15 * max(v1, v2):
            return True
    return False


_WRITTEN_NUMBER = re.compile(r"(\d[\d,]*)(?:\.(\d+))?")


class Written(Protocol):
    """A figure as written: a claim, or a figure read from a title (``numeric.Mention``)."""

    @property
    def value(self) -> float: ...
    @property
    def written(self) -> str: ...
    @property
    def qualifier(self) -> str | None: ...


def _precision(claim: Written) -> float | None:
    """The place of the last digit written, in the claim's units ("61.6 million": 100,000;
    "1,150": 10; "4,000": 1,000); a whole number in words is written to its last figure
    like digits ("six hundred and ten": 10; "five and a half million": 100,000; "sixteen":
    1), but not a dozen or a plural scale ("dozens", "hundreds"); None for other notations."""
    m = _WRITTEN_NUMBER.fullmatch((claim.written or "").split(" ")[0].strip())
    if m is None and claim.value and _WORDS_WRITTEN.fullmatch(claim.written or ""):
        return _words_precision(claim)
    if m is None or claim.value == 0:
        return None
    digits = m.group(1).replace(",", "")
    if m.group(2):
        place = 10.0 ** -len(m.group(2))
    else:
        place = 10.0 ** (len(digits) - len(digits.rstrip("0"))) if digits.strip("0") else 1.0
    number = float(digits + ("." + m.group(2) if m.group(2) else ""))
    if number == 0:
        return None
    return place * abs(claim.value) / number


#: a number written in words only (no digit, no dozen, no plural scale: "hundreds")
_WORDS_WRITTEN = re.compile(r"(?!.*(?:dozen|\d|hundreds|thousands|millions|billions))[A-Za-z -]+")


def _words_precision(claim: Written) -> float | None:
    from claimcheck.extract.numbers import parse_words

    parsed = parse_words(claim.written or "")
    if parsed is None or parsed[1] != len(claim.written or "") or parsed[0] <= 0:
        return None
    number = parsed[0]
    whole = round(number)
    if abs(number - whole) > 1e-9:
        return None
    place = 1.0
    while whole and whole % 10 == 0:
        whole //= 10
        place *= 10
    return place * abs(claim.value) / number


def in_range(r: Any, x: Any) -> bool:
    """Is ``r`` a range ("5,000 to 50,000", a title's "3.6–3.8 GHz") and ``x`` a single figure
    within it, ends included?"""
    low, high = getattr(r, "low", None), getattr(r, "high", None)
    if low is None or high is None or getattr(x, "low", None) is not None:
        return False
    return bool(low <= x.value <= high)


def rounded_alike(a: Written, b: Written) -> bool:
    """Could both figures be one value written at their precisions? Neither hedged, both in
    digits: rounded to the coarser one's last digit they must be equal ("4.23 million" and
    "4.2 million" are; "61.6 million" and "64.1 million" are not, though within 5% of each
    other); a number in words is written to its last figure ("six hundred and ten" is not
    640). Hedged figures are left to :func:`agree`."""
    if a.qualifier or b.qualifier:
        return True
    pa, pb = _precision(a), _precision(b)
    if pa is None or pb is None:
        return True
    unit = max(pa, pb)
    return abs(a.value - b.value) <= unit / 2 * 1.0001


def hedged_alike(a: Written, b: Written) -> bool:
    """Could a hedged figure ("about", "nearly", "some", "an estimated") be the other one
    rounded to the digits it is written with? "Some 900 thousand" is 850,000 to 950,000
    (half a step of its last digit either side), not 1.05 million, though within the 15%
    :func:`agree` allows an "about"; "an estimated 80,000" is not "an estimated 90,000";
    a hedge never narrows below 5% ("about 100" is anything from 95 to 105, and within
    :func:`agree`'s 15% when the other is written more loosely). Unhedged pairs, numbers in
    words and bounds are left to :func:`agree`."""
    hedged = [c for c in (a, b) if c.qualifier in _ROUGH]
    if not hedged:
        return True
    places = [_precision(c) for c in (a, b)]
    if any(p is None for p in places):
        return True
    coarser = max(p for p in places if p is not None)
    size = max(abs(a.value), abs(b.value))
    if all(p is not None and p * 100 <= abs(c.value) for p, c in zip(places, (a, b))):
        # both written to three significant digits or more ("about 60,500" / "61,500"): the
        # hedge rounds its last digit, it does not make a careful figure a loose one
        return abs(a.value - b.value) <= max(coarser, 0.01 * size) * 1.0001
    allowed = max(coarser / 2, 0.05 * size)
    return abs(a.value - b.value) <= allowed * 1.0001


def thing_key(thing: str) -> tuple[str, frozenset[str]]:
    """Head noun (singular) and the other content words of a counted thing."""
    words = re.findall(r"[\w]+", thing.lower())
    words = [w for w in words if w not in {"the", "a", "an", "of", "and", "other", "new", "more"}]
    if not words:
        return "", frozenset()
    return singular(words[-1]), frozenset(words[:-1])


def same_thing(a: str, b: str) -> bool:
    ha, wa = thing_key(a)
    hb, wb = thing_key(b)
    if not ha or ha != hb:
        return False
    if not wa or not wb:
        return wa == wb
    return len(wa & wb) / min(len(wa), len(wb)) >= 0.5


def stated(claim: NumericClaim) -> str:
    """A numeric claim as the text states it: qualifier, number, what it counts."""
    parts = [claim.qualifier, claim.written if claim.kind != "money" else claim.text]
    thing = getattr(claim, "thing", None)
    if thing and thing not in claim.text:
        parts.append(thing)
    return " ".join(p for p in parts if p)


_ORDINALS = frozenset(
    "first second third fourth fifth sixth seventh eighth ninth tenth latest previous earlier later".split()
)
_COMPARATIVES = frozenset("lower higher larger smaller bigger greater fewer longer shorter".split())
_ATTRIBUTION = frozenset(
    """concluded conclude concludes estimated estimate estimates found finds reported reports
    suggests suggested projected projects forecast forecasts predicted predicts calculated
    modelled modeled according""".split()
)


#: a comparative right after another figure of the clause and its unit ("were 0.2 ºC
#: higher", "came in 3% lower"): that figure's comparison
_COMPARED_FIGURE = re.compile(
    r"\d(?:[\d.,]*\d)?\s*(?:%|[^\s\d]{1,12})?\s+(" + "|".join(sorted(_COMPARATIVES)) + r")\b", re.IGNORECASE
)


def _compared(c: NumericClaim, words: set[str]) -> bool:
    """Does the clause of ``c`` make it a comparison ("had a lower reach", "40 fewer
    beds")? Not by a comparative that follows another figure of the sentence: "Across 18
    cities, our estimates were on average 0.2 ºC higher" compares the degrees, while the
    18 cities are what the comparison covers."""
    said = words & _COMPARATIVES
    if not said:
        return False
    at = c.sentence.find(c.text)
    own = range(at, at + len(c.text)) if at >= 0 else range(0)
    others = {m.group(1).lower() for m in _COMPARED_FIGURE.finditer(c.sentence) if m.start() not in own}
    return bool(said - others)


def same_figure(a: NumericClaim, b: NumericClaim, *, by_size: bool = True) -> bool:
    """Do two numeric claims state the same measure of the same thing, for the same scope
    and period? Silence is preferred to a doubtful link, so every test must pass:

    * they stand in different paragraphs (a paragraph that gives two values of one thing
      is describing two things: a part and a whole, two years, two groups);
    * neither is a part, a ranking or another group ("the top five", "57 of the 92",
      "other", "new", "additional"; two additions said alike, "50 new silos" / "55 new
      silos", are one), a worked example or a hypothetical ("for example",
      "if", "would"), or a term of arithmetic;
    * their clauses do not set them apart: other ordinals ("the first Q&A" / "the third"),
      a comparison ("a lower reach"), or two reported estimates ("concluded", "found");
    * their clauses name the same periods (both none, or the same years, months, "per
      second", "last year") and no two different sets of names (OpenOffice / LibreOffice);
    * counts count the same thing, written alike ("5G base stations"); a bare noun
      ("people", "proposals") also needs a name and two words of context in common, or
      both values at least 100 and within a factor of two of each other (not with
      ``by_size=False``: for a noun the document counts as a measure, see NU003; nor for
      "people" whose clauses share no name and no word: "over 300 people came to the
      party" / "57 teams with 166 people" are two groups); a
      quantity must say what it measures ("4.2 GW of capacity", "a capacity of 4.2 GW").
    """
    if not _comparable(a, b):
        return False
    sa, sb = a.subject, b.subject
    assert sa is not None and sb is not None  # _comparable requires both
    if sa.period != sb.period:
        return False
    if sa.what != sb.what:
        # "11 countries" / "13 member countries" of one named body in one period: one thing
        short, long_ = sorted((sa.what, sb.what), key=len)
        if not (short and long_.endswith(" " + short) and sa.period and sa.scope and set(sa.scope) == set(sb.scope)):
            return False
        return True
    if _specific(getattr(a, "thing", "")) and _specific(getattr(b, "thing", "")):
        # "5G base stations": specific enough to be one thing, when both say it (a bare
        # "two companies" read as "two analytics companies" may be two of them)
        return True
    if a.kind == "quantity" and not sa.what:
        return False  # "16GB", "2,000 kilometres": a measure of nothing said
    # a large figure of the same thing, off by less than half, is a restatement gone
    # wrong more often than a second fact ("156 million buildings" / "234 million buildings")
    low, high = sorted((abs(a.value), abs(b.value)))
    if by_size and low >= 100 and high <= 2 * low and not _bare_people(sa, sb):
        return True
    # one thing of one named scope ("the R21 dose" / "each R21 dose"; "Norvia's board members")
    if sa.what and sa.scope and set(sa.scope) == set(sb.scope):
        return True
    # a bare noun ("people", "credits", "pages") is one thing only in one named context
    return bool(set(sa.scope) & set(sb.scope)) and len(set(sa.words) & set(sb.words)) >= 2


#: nouns that say only that the things counted are human beings, not which of them
_PEOPLE = frozenset({"people", "person", "persons", "individual", "individuals"})


def _bare_people(sa: ClaimSubject, sb: ClaimSubject) -> bool:
    """Are two counts of "people" said with nothing else in common: no name, no word of
    their clauses ("over 300 people came to the party" / "57 teams with 166 people")? A
    count of people is of a group the rest of its clause says (who came, who answered,
    who died), so its size alone does not make two such counts one."""
    return sa.what in _PEOPLE and not (set(sa.scope) & set(sb.scope)) and not (set(sa.words) & set(sb.words))


def comparable(a: NumericClaim, b: NumericClaim, *, names: bool = True) -> bool:
    """The tests every link of two figures passes, whatever else ties them (for the context
    links of NU003, :mod:`claimcheck.extract.linking`); ``names=False`` leaves the names of
    the two clauses to the caller (the linker reads them near each figure)."""
    if names:
        return _comparable(a, b)
    if a.article == b.article and a.block == b.block and a.footnote == b.footnote:
        return False
    if _anaphoric(a) or _anaphoric(b):
        return False
    sa, sb = a.subject, b.subject
    if sa is None or sb is None or _parted(sa.part, sb.part, chosen=True) or sa.hypothetical or sb.hypothetical:
        return False
    return not _two_named(a, b) and not _set_apart(a, b)


#: part words that say an addition ("50 new silos", "1,200 additional nurses"): two figures
#: that both say it of one thing and period state one addition
_ADDED = frozenset({"new", "additional", "extra", "further"})


def _parted(pa: str | None, pb: str | None, chosen: bool = False) -> bool:
    """Is either figure a part, a ranking or another group that the other is not: two
    additions said alike ("50 new silos" / "55 new silos") are one fact; with ``chosen``
    (the context links, which also weigh the values and the sentences), so may be two
    counts of one set the text picked ("across 18 example cities" / "for 18 example
    cities", :data:`CHOSEN_PART_WORDS`), though a text may pick more than one ("Figure 2
    shows four example cities"); any other part is left alone."""
    if not (pa or pb):
        return False
    return not (pa == pb and (pa in _ADDED or (chosen and pa in CHOSEN_PART_WORDS)))


def other_times(a: NumericClaim, b: NumericClaim, published: int | None = None) -> bool:
    """Do the two figures' clauses date them differently (see :func:`_other_times`;
    ``published``, the publication year, sets a figure said in the present apart from one
    dated two years or more before it)?"""
    return _other_times(a, b, published)


def _comparable(a: NumericClaim, b: NumericClaim) -> bool:
    """The tests every link of two figures must pass, whatever else ties them: other
    paragraphs, no part or hypothetical, no two different named things (:func:`_named_apart`),
    no clause that sets them apart (:func:`_set_apart`)."""
    if a.article == b.article and a.block == b.block and a.footnote == b.footnote:
        return False
    if _anaphoric(a) or _anaphoric(b):
        return False
    sa, sb = a.subject, b.subject
    if sa is None or sb is None:
        return False
    if _parted(sa.part, sb.part) or sa.hypothetical or sb.hypothetical:
        return False
    return not _named_apart(a, b) and not _set_apart(a, b)


def _anaphoric(c: NumericClaim) -> bool:
    """Is it a count of "such" things ("6.8 million such lines"), whose kind the text said
    before it: two of them may count two kinds, and the sentence alone does not say which?"""
    return (getattr(c, "thing", "") or "").lower().startswith("such ")


#: adjectives that say a counted thing comes in kinds, not which: "three different types"
_KINDS = frozenset("different various distinct separate similar possible".split())


def _specific(thing: str | None) -> bool:
    """Is a counted thing named in two words or more besides :data:`_KINDS` ("5G base
    stations", not "different types")?"""
    words = (thing or "").split()
    while words and words[0].lower() in _KINDS:
        words.pop(0)
    return len(words) >= 2


def specific_thing(thing: str | None) -> bool:
    """Is a counted thing named in two words or more ("5G base stations", not "hives")?"""
    return _specific(thing)


def _named_apart(a: NumericClaim, b: NumericClaim) -> bool:
    """Do the two clauses name two different things: other names in each (unless one
    clause's name, or the adjective of it, "Ukraine" / "Ukrainian", stands in the other, or
    its name stands in the other's sentence, "the Overture dataset, including 156
    million buildings in the United States" / "the Overture dataset's 156 million
    buildings", and the two sentences name the same periods, "500 leaks in a typical month"
    / "750 leaks in January"), or names sharing a word (:func:`_two_named`)?"""
    sa, sb = a.subject, b.subject
    assert sa is not None and sb is not None
    # (a name inside the counted thing is the count's too: "164 Turkish offshore fish farms")
    scope_a, scope_b = (*sa.scope, *_thing_names(a)), (*sb.scope, *_thing_names(b))
    if scope_a and scope_b and not any(same_name(x, y) for x in scope_a for y in scope_b):
        if not (
            set(scope_b) & _sentence_names(a.sentence) or set(scope_a) & _sentence_names(b.sentence)
        ) or _sentence_periods(a.sentence) != _sentence_periods(b.sentence):
            return True
    return _two_named(a, b)  # "the Port of Koper" / "the Port of Rijeka": one word of the names in common


def _thing_names(c: NumericClaim) -> tuple[str, ...]:
    """The capitalised words of what a count counts ("Turkish offshore fish farms": Turkish)."""
    return _names_in(getattr(c, "thing", "") or "")


@functools.lru_cache(maxsize=4096)
def _names_in(thing: str) -> tuple[str, ...]:
    """:func:`_thing_names` of one counted thing, read once (it is asked for every pair of
    figures compared)."""
    return tuple(_CAPITALISED.findall(thing)) if thing else ()


_CAPITALISED = re.compile(r"\b[A-Z][a-z]{2,}\b")


def _attributed(c: NumericClaim, words: set[str]) -> bool:
    """Is the figure given as what someone reported or estimated ("the ministry estimated
    …", "one study found …")? "An estimated 80,000" is only a hedge on the figure, as
    "about" is: no one's estimate set against another's."""
    reported = words & _ATTRIBUTION
    if reported == {"estimated"} and re.search(
        r"\bestimated\s+(?:at\s+)?(?:some\s+|about\s+|around\s+)?" + re.escape(c.text.split()[0]), c.sentence
    ):
        return False
    return bool(reported)


def _set_apart(a: NumericClaim, b: NumericClaim) -> bool:
    """Does what the clauses say around the figures make them two facts?"""
    sa, sb = a.subject, b.subject
    assert sa is not None and sb is not None
    wa, wb = set(sa.words) - _since_ordinals(a), set(sb.words) - _since_ordinals(b)
    if (wa & _own_ordinals(a)) != (wb & _own_ordinals(b)) or _compared(a, wa) or _compared(b, wb):
        return True  # "the first event" / "the third event"; "had a lower reach"
    if _attributed(a, wa) and _attributed(b, wb):
        return True  # two reported estimates ("one study concluded ..., another found ...")
    if (_NOW.search(a.sentence) and _PAST.search(b.sentence)) or (_NOW.search(b.sentence) and _PAST.search(a.sentence)):
        return True  # "before the reform a ticket cost €2.40" / "a ticket now costs €2.80"
    if _intended(a.sentence, a.text) != _intended(b.sentence, b.text):
        return True  # a plan or target against what was done ("planned 400 buses" / "ran 250")
    if _forecast(a.sentence, a.text) != _forecast(b.sentence, b.text):
        return True  # a forecast against the outturn ("forecast exports of 5 Mt" / "exports reached 4.6 Mt")
    if acts_reversed(acts_said(a.sentence, a.text), acts_said(b.sentence, b.text)):
        return True  # an act and its reverse ("bought 42 vessels" / "scrapped 46 vessels")
    if regions_apart(regions_said(a.sentence, a.text), regions_said(b.sentence, b.text)):
        return True  # "the northern provinces harvested 2.4 Mt" / "the southern provinces 2.9 Mt"
    if a.kind == "count" and _capacity(a.sentence, a.text) != _capacity(b.sentence, b.text):
        return True  # what a place can take against what came ("holds 14,000 fans" / "watched by 41,000")
    if _other_group(a, b) or _other_group(b, a):
        return True  # "applications" / "applications from men"; "wells" / "wells in rural areas"
    if _said_of_themselves(a, b) or _said_of_themselves(b, a):
        return True  # "4,512 people answered" / "3,000 people answered saying they cycle"
    if _two_doers(a, b):
        return True  # "the metro carried 92 million passengers" / "the buses carried 98 million"
    if a.kind == "count" and _sampled(a.sentence, a.text) != _sampled(b.sentence, b.text):
        return True  # "of the 412 schools in our sample" / "inspectors visited 389 schools"
    if _against_threshold(a.sentence) != _against_threshold(b.sentence):
        return True  # "earnings of £14,000 are well above the trigger" / "the £10,000 trigger"
    if _criterion(a) != _criterion(b):
        return True  # "ships with 200 to 300 metres of length pay ..." / "the average ship was 180 metres"
    fa, fb = _flows_of(tuple(sa.words)), _flows_of(tuple(sb.words))
    return bool(fa and fb and not fa & fb)  # "imported 2.1 million tonnes" / "exports reached 2.6 million tonnes"


#: a value set against a threshold the sentence names without its figure: "well above the
#: trigger", "below the legal limit", "exceeds the cap", "under the ceiling"
_AGAINST_THRESHOLD = re.compile(
    r"\b(?:above|below|over|under|beneath|exceeds?|exceeded|exceeding|within|short\s+of|breach(?:es|ed)?)\s+"
    r"(?:the|a|its|their|this|that)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:trigger|threshold|limit|cap|ceiling|floor|cut-?off|minimum|maximum|allowance)\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=65536)
def _against_threshold(sentence: str) -> bool:
    """Does the sentence set a value against a threshold it names without its figure ("their
    combined earnings of £14,000 are well above the trigger", "emissions stayed below the
    legal limit")? Its figure is what was measured, not the threshold: against a figure
    that gives a threshold ("the £10,000 trigger") it is another fact, while two such
    sentences, or two that give thresholds, are compared."""
    return bool(_AGAINST_THRESHOLD.search(sentence))


#: things named by a plural noun and "with" right before a figure: the figure says which
#: of them a rule or a count takes ("turbines with 80 to 120 metres of rotor diameter",
#: "wells with at least 40 metres of depth"), not how large they are
_CRITERION_BEFORE = re.compile(
    r"\b[A-Za-z]{2,}[a-rt-z]s\s+with\s+(?:(?:more|less|fewer)\s+than\s+|at\s+(?:least|most)\s+|up\s+to\s+|over\s+|under\s+|between\s+)?$"
)


def _criterion(c: NumericClaim) -> bool:
    """Does a range or a bound set a class of things ("ships with 200 to 300 metres of
    length", "boats with at least 12 metres of hull length")? Such a figure is a criterion,
    never a measurement of those things: against a value measured of them ("the average ship
    was 180 metres long") it is another fact; two criteria are compared, as are two
    measurements."""
    if not (c.low is not None and c.high is not None) and c.qualifier not in _LOWER_BOUND | _UPPER_BOUND:
        return False
    at = c.sentence.find(c.text)
    return at > 0 and bool(_CRITERION_BEFORE.search(c.sentence[max(0, at - 60) : at]))


#: a count said of a sample ("in our sample", "our sample of", "we sampled", "the sampled
#: schools"): a group drawn for a study, not the whole the other figure counts
_SAMPLE = re.compile(r"\b(?:sampled|sample)\b", re.IGNORECASE)


@functools.lru_cache(maxsize=65536)
def _sampled(sentence: str, text: str) -> bool:
    """Is the figure's own clause about a sample ("Of the 412 schools in our sample, 187
    ...", "Our sample of 412 schools", "We sampled 412 schools")? Two counts of one noun,
    one of a sample and one not, are two groups (a subset and the whole, or two subsets)."""
    from claimcheck.extract.subjects import clause_bounds

    at = sentence.find(text)
    if at < 0:
        return False
    cs, ce = clause_bounds(sentence, 0, len(sentence), at)
    # ("Of the 412 schools in our sample, 187 had ...": the opening phrase is the figure's own)
    if cs > 0 and sentence[:cs].rstrip().endswith(","):
        cs = 0
    return bool(_SAMPLE.search(sentence, cs, ce))


def _own_ordinals(c: NumericClaim) -> frozenset[str]:
    return _ordinals_in_own_clause(c.sentence, c.text)


@functools.lru_cache(maxsize=65536)
def _ordinals_in_own_clause(sentence: str, text: str) -> frozenset[str]:
    """The ordinals (:data:`_ORDINALS`) of the figure's own clause (:func:`own_clause`): "the
    second winter" in the main clause is not the figure's when the figure stands in an
    opening phrase or a relative clause of its own."""
    at = sentence.find(text)
    if at < 0:
        return _ORDINALS
    cs, ce = clause_bounds(sentence, 0, len(sentence), at)
    cs, ce = own_clause(sentence, cs, ce, at, at + len(text))
    # (a comparison after the figure is the other figure's: "43% of products were out of
    # stock, against a rate of under 10% a year earlier")
    compared = _COMPARED_AFTER.search(sentence, at + len(text), ce)
    if compared is not None:
        ce = compared.start()
    return _ORDINALS & set(re.findall(r"[a-z]+", sentence[cs:ce].lower()))


#: a comparison that opens after a figure, at a comma: ", against", ", compared with", ", up
#: from", ", a lower rate than"
_COMPARED_AFTER = re.compile(
    r",\s*(?:against|compared\s+(?:with|to)|up\s+from|down\s+from|versus|vs\.?|"
    r"(?:an?\s+)?(?:lower|higher|smaller|larger|bigger|greater)\s+(?:[a-z]+\s+){0,2}?than)\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=65536)
def _flows_of(words: tuple[str, ...]) -> frozenset[str]:
    """The flows (:data:`_ONE_MEASURE`) a clause's words name."""
    return _content(words, 3) & frozenset(_ONE_MEASURE.values())


def _two_doers(a: NumericClaim, b: NumericClaim) -> bool:
    """Do the two figures follow one verb with two different doers, each missing from the
    other's sentence ("The Bilbao metro carried 92 million passengers" / "Bilbao's buses
    carried 98 million passengers")?"""
    da, db = _doer(a.sentence, a.text), _doer(b.sentence, b.text)
    if da is None or db is None or da[1] != db[1] or singular(da[0]) == singular(db[0]):
        return False
    return singular(da[0]) not in _lower_singulars(b.sentence) and singular(db[0]) not in _lower_singulars(a.sentence)


#: the noun and verb right before a figure ("metro carried", "buses carried about"), past a
#: phrase set between commas ("the tunnel, a mile upstream, carries", "the bridge, opened in
#: 1974, carries")
_DOER_BEFORE = re.compile(
    r"\b([a-z]{3,})['’]?s?(?:,[^,;:()]{1,100},)?\s+([a-z]{3,}(?:ed|s))\s+(?:(?:about|around|some|nearly|almost|roughly|over|more\s+than|"
    r"fewer\s+than|less\s+than|at\s+least|close\s+to|only|just)\s+)?[$€£¥]?$"
)


def written_before(sentence: str, text: str, reach: int) -> str | None:
    """The up to ``reach`` characters of ``sentence`` right before the first ``text`` in it
    (the figure as written), or None when the sentence does not hold it."""
    at = sentence.find(text)
    return None if at < 0 else sentence[max(0, at - reach) : at]


@functools.lru_cache(maxsize=65536)
def _doer(sentence: str, text: str) -> tuple[str, str] | None:
    before = written_before(sentence, text, 60)
    if before is None:
        return None
    m = _DOER_BEFORE.search(before)
    if m is None or m.group(1) in _NOT_DOERS:
        return None
    return m.group(1), m.group(2)


_NOT_DOERS = frozenset("the and but which that who its their this these those also then now still has was".split())


@functools.lru_cache(maxsize=65536)
def _lower_singulars(sentence: str) -> frozenset[str]:
    return frozenset(singular(w) for w in re.findall(r"[a-z]+", sentence.lower()))


def _two_named(a: NumericClaim, b: NumericClaim) -> bool:
    """Do the two clauses share a word of their names but each name something the other's
    sentence never does ("Helvetia Rail" / "Alpina Rail", "the Port of Koper" / "the Port
    of Rijeka")?"""
    sa, sb = a.subject, b.subject
    assert sa is not None and sb is not None
    na, nb = set(sa.scope), set(sb.scope)
    if not na & nb:
        return False  # (disjoint names are :func:`_comparable`'s own test)
    wa, wb = _lower_words(a.sentence), _lower_words(b.sentence)
    only_a = {n for n in na - nb if not any(same_name(n, m) for m in nb - na)}  # "Norway" / "Norwegian"
    only_b = {n for n in nb - na if not any(same_name(n, m) for m in na - nb)}
    # (the word each says alone stands in one name with a word both say, "Alpina Rail": a
    # name of another clause, "the Dunmore coast" beside "Carrow Bank", names another thing,
    # not another Carrow Bank)
    shared = na & nb
    return any(n.lower() not in wb and _named_with(a.sentence, n, shared) for n in only_a) and any(
        n.lower() not in wa and _named_with(b.sentence, n, shared) for n in only_b
    )


#: a name of one or more capitalised words, "of" or "of the" between them ("the Port of Koper")
_NAME_PHRASE = re.compile(r"[A-Z][\w’'&.-]*(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Z][\w’'&.-]*)*")


@functools.lru_cache(maxsize=65536)
def _name_phrases(sentence: str) -> tuple[frozenset[str], ...]:
    """The words of each name written in ``sentence`` (possessives cut: "Carrow Bank's")."""
    return tuple(
        frozenset(re.sub(r"[’']s$", "", w).rstrip(".") for w in m.group(0).split())
        for m in _NAME_PHRASE.finditer(sentence)
    )


def _named_with(sentence: str, word: str, others: AbstractSet[str]) -> bool:
    """Does ``word`` stand in one name of ``sentence`` with one of ``others``?"""
    return any(word in words and words & others for words in _name_phrases(sentence))


@functools.lru_cache(maxsize=65536)
def _lower_words(sentence: str) -> frozenset[str]:
    return frozenset(re.sub(r"[’']s$", "", w) for w in re.findall(r"[\w’'&.-]*\w", sentence.lower()))


#: a word of forecasting (no modal: a figure a modal takes as given is a record, "the
#: €3.1 billion visitors spent would fund ...")
_FORECAST_WORD = re.compile(
    r"\b(?:forecasts?|forecast(?:ed|ing)|projections?|projected|predicts?|predicted|predictions?|outlook|"
    r"expects?|expected|expecting|budgeted)\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=65536)
def _forecast(sentence: str, text: str) -> bool:
    """Does the figure's own clause, between the commas around it, forecast it ("the
    ministry forecast coal exports of 5 Mt", "output is projected at 4 Mt"), not report it?"""
    at = sentence.find(text)
    if at < 0 or not _FORECAST_WORD.search(sentence):
        return False
    cs, ce = clause_bounds(sentence, 0, len(sentence), at)
    os_, oe = own_clause(sentence, cs, ce, at, at + len(text))
    before = re.split(r"[,;:]", sentence[os_:at])[-1]  # (not a later clause's: "Even with the 2.6 GW
    after = re.split(r"[,;:]", sentence[at + len(text) : oe], maxsplit=1)[0]  # ..., the operator expects")
    return bool(_FORECAST_WORD.search(before + " " + after))


@functools.lru_cache(maxsize=65536)
def aim_apart(a: NumericClaim, b: NumericClaim) -> bool:
    """Is one figure an aim or a limit a rule sets, said right before it ("a cap of 25 per
    cent", "a target of 5 GW") or a threshold said needed right after it ("the 70 per cent
    coverage needed", "the 60% quorum required"), and the other not?"""
    return (_aim_before(a) or _needed_after(a)) != (_aim_before(b) or _needed_after(b))


#: a threshold: the figure and its noun, then what is needed ("the 70 per cent coverage needed")
_NEEDED_AFTER = re.compile(r"(?!\s+(?:of|who|that|which)\b)(?:\s+[a-z][\w-]*){0,2}?\s+(?:needed|required|necessary)\b")


def _needed_after(c: NumericClaim) -> bool:
    at = c.sentence.find(c.text)
    return at >= 0 and bool(_NEEDED_AFTER.match(c.sentence, at + len(c.text)))


def _aim_before(c: NumericClaim) -> bool:
    at = c.sentence.find(c.text)
    return at >= 0 and bool(_INTENDED_BEFORE.search(c.sentence[max(0, at - 60) : at]))


def _intended(sentence: str, text: str) -> bool:
    """An aim, not a record: a target word right before the figure ("planned 400 buses", "a
    target of 5 GW", "aims for 300") or among the first words after it in its own clause
    ("400 buses are planned", "a 269-ship navy as the goal"); not a target word that
    governs something else ("The flood plan covered 212 communes") or stands in a later
    clause ("Even with the 1.6 GW of projects, the ministry expects to need turbines")."""
    at = sentence.find(text)
    if at < 0:
        return False
    if _INTENDED_BEFORE.search(sentence[max(0, at - 60) : at]):
        return True
    if _asked_change(sentence, at) or AIM_OPENING.match(sentence):
        return True  # (an item of a target list: "Achieve 12,000 monthly visitors")
    after = re.split(r"[,;:]", sentence[at + len(text) :], maxsplit=1)[0]
    return any(w in _INTENDED for w in re.findall(r"[a-z]+", after.lower())[:5])


#: a change asked for: a verb of change that opens the sentence (a recommendation's
#: imperative, "Raise the reserve ...", "- cut the fee ...") or follows "should" / "must"
_ASKED_CHANGE = re.compile(
    r"^\W*(?:(?:\w+\s+){0,3}?(?:should|must|ought\s+to|needs?\s+to)\s+)?"
    r"(?:raise|increase|lift|cut|reduce|lower|double|triple|halve|expand|extend|boost|widen|shorten|tighten|relax)\b",
    re.IGNORECASE,
)
#: the value a change goes to, right before the figure: "to at least", "to about", "to"
_CHANGE_TO_BEFORE = re.compile(
    r"\bto\s+(?:(?:at\s+least|at\s+most|about|around|some|roughly|no\s+(?:more|less|fewer)\s+than)\s+)?[$€£¥]?$",
    re.IGNORECASE,
)


def _asked_change(sentence: str, at: int) -> bool:
    """Is the figure at ``at`` the value a change asked for goes to ("raise the reserve from 8
    million to at least 15 million litres", "the agency should cut the fee to £40")? That
    value is a proposal, not a record; the value it goes from ("from 8 million") is the
    present one and stays compared, and so does a change that was made ("raised the reserve
    to 15 million")."""
    return bool(_CHANGE_TO_BEFORE.search(sentence, max(0, at - 20), at) and _ASKED_CHANGE.search(sentence, 0, at))


#: words right before a figure that make it a capacity, not a use: "holds 14,000 fans",
#: "a capacity of 31 million passengers", "can take 300 ships"
_CAPACITY_BEFORE = re.compile(
    r"\b(?:holds?|seats?|accommodates?|sleeps|capacity\s+(?:of|for)|room\s+for|space\s+for|"
    r"(?:can|could)\s+(?:take|hold|carry|seat|handle|accommodate|house|store)|designed\s+(?:for|to\s+\w+)|"
    r"built\s+for)\s+(?:(?:about|around|some|nearly|almost|roughly|over|more\s+than|up\s+to|at\s+least|"
    r"only|just)\s+)?[$€£¥]?$",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=65536)
def _capacity(sentence: str, text: str) -> bool:
    """A capacity, not a use: a capacity word right before the figure ("the stadium holds
    14,000 fans", "a capacity of 31 million passengers"). Read for counts ("the fund holds
    €3.4 billion" is its size)."""
    before = written_before(sentence, text, 40)
    return before is not None and bool(_CAPACITY_BEFORE.search(before))


_NAME_WORD = re.compile(r"(?<![\w’'])[A-Z][\w’'&.-]*\w")


@functools.lru_cache(maxsize=65536)
def _sentence_names(sentence: str) -> frozenset[str]:
    """The capitalised words of a sentence after its first, without a possessive "'s"."""
    found = [re.sub(r"[’']s$", "", m.group(0)) for m in _NAME_WORD.finditer(sentence)]
    first = _NAME_WORD.match(sentence.lstrip())
    if first and not re.match(r"[ \t]+[A-Z]", sentence.lstrip()[first.end() :]):
        found = found[1:]  # the sentence's first word is capitalised anyway, unless a name goes on
    return frozenset(found)


@functools.lru_cache(maxsize=65536)
def _opening_name(sentence: str) -> frozenset[str]:
    """The capitalised word a sentence opens with, without a possessive "'s" (which the
    subject leaves out of its names: it is capitalised anyway)."""
    first = _NAME_WORD.match(sentence.lstrip())
    return frozenset({re.sub(r"[’']s$", "", first.group(0))}) if first else frozenset()


@functools.lru_cache(maxsize=65536)
def _sentence_periods(sentence: str) -> tuple[str, ...]:
    from claimcheck.extract.subjects import periods

    return periods(sentence)


#: words that make a figure an aim, not a record: a target against an actual figure is no
#: restatement
_INTENDED = frozenset(
    """target targets targeted targeting aims aimed goal goals plan plans planned planning
    wants wanted pledge pledged pledges promise promised promises intends intended intend
    ambition objective objectives envisaged envisages expects expected""".split()
)
#: words right before a figure that make it an aim ("planned 400 buses", "a target of 5 GW",
#: "aims for 300")
_INTENDED_BEFORE = re.compile(
    r"\b(?:targets?|targeted|targeting|aims?|aimed|goal|plans?|planned|pledged?|pledges|promised?|promises|"
    r"wants?|wanted|intends?|intended|envisag\w+|objective|ambition|"
    # a limit a rule sets ("a cap of 25 per cent of reserves", "capped at 40%", "a legal limit
    # of 3,000 permits"): a rule's figure, not a measured one ("a ceiling of" may restate an
    # advised "no more than": a bound, compared)
    r"caps?|capped|(?:upper|lower|legal|statutory)\s+limit)"
    r"(?:\s+(?:of|to|is|was|for|at|reach|hit|have|build|buy|add|hire|open))*"
    r"(?:\s+(?:about|around|some|nearly|roughly|over|more\s+than|up\s+to|at\s+least|an?|the))?\s*[$€£¥]?$",
    re.IGNORECASE,
)
#: a group a figure's clause narrows it to: "from men", "to children", "in rural areas",
#: "among farmers" (a preposition and a plural noun, an adjective allowed before it); a
#: number of them says where the whole comes from ("146 observers from nine countries")
_GROUP = re.compile(
    r"\W*(?:from|to|for|among|amongst|in)\s+(?:the\s+|its\s+|their\s+|all\s+)?"
    r"(?:(?!(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|several|many)\b)[a-z]+\s+)?"
    r"(men|women|children|people|[a-z]{3,}(?<![su]s)(?<!is)s)\b"
)
#: "from abroad", "from overseas": the foreign part of a whole
_FROM_ABROAD = re.compile(r"\W*(?:from\s+|who\s+came\s+from\s+)?(?:abroad|overseas)\b")
_NOT_GROUPS = frozenset(
    """years months weeks days hours minutes seconds decades times terms cents dollars euros
    pounds tonnes tons metres meters kilometres kilometers miles units levels points figures
    numbers terms others things ways lines parts words goes does makes takes gives comes
    means seems remains includes brings puts gets sets runs""".split()
)


def _other_group(a: NumericClaim, b: NumericClaim) -> bool:
    """Does ``a``'s clause narrow its figure to a group (a plural noun after a preposition,
    near the figure) that ``b``'s sentence never names?"""
    groups = _groups(a.sentence, a.text, getattr(a, "thing", "") or "")
    if not groups:
        return False
    other = {singular(w) for w in re.findall(r"[a-z]+", b.sentence.lower())}
    if other & {"overseas", "foreign", "foreigner"}:
        other.add("abroad")
    return bool(groups - other)


#: people counted by what they said of themselves ("answered saying they cycle to work",
#: "who said they would vote", "reporting that they had moved"): the verb within a few words
#: of the count, "they" or "themselves" after it
_SAID_THEY = re.compile(
    r"\b(?:who\s+)?(?:said|saying|say|reported|reporting|indicated|indicating|answered|answering|replied|replying|"
    r"stated|stating|told\s+us|identified|identifying|described|describing|considered|considering)"
    r"\s+(?:that\s+)?(?:they|themselves)\b([^.;:!?]*)"
)
#: a count of a whole group named before the figure ("the 412 members", "all 90 staff", "its
#: 30 pilots"): what they said is said of every one of them, not of a part
_WHOLE_BEFORE = re.compile(r"\b(?:the|all|all\s+the|its|their|our|his|her|these|those)\s+$", re.IGNORECASE)


def _said_of_themselves(a: NumericClaim, b: NumericClaim) -> bool:
    """Is ``a`` a count of people narrowed by what they said of themselves ("nearly 3,000
    people responded saying they cycle to work": those of the 4,512 who answered who said
    so), which ``b``'s sentence does not say of its people?"""
    said = _what_they_said(a.sentence, a.text)
    if not said:
        return False
    return not said <= _lower_singulars(b.sentence)


@functools.lru_cache(maxsize=65536)
def _what_they_said(sentence: str, text: str) -> frozenset[str]:
    """The content words of what the people a count counts said of themselves, right after
    the count in its sentence (empty when the sentence says nothing so)."""
    at = sentence.find(text)
    if at < 0 or _WHOLE_BEFORE.search(sentence, max(0, at - 12), at):
        return frozenset()
    low = sentence.lower()
    end = at + len(text)
    m = _SAID_THEY.search(low, end, min(len(low), end + 60 + 120))
    if m is None or m.start() - end > 60 or re.search(r"[,;:(]", low[end : m.start()]):
        return frozenset()
    return _content(re.findall(r"[a-z]+", m.group(1)), 4)


@functools.lru_cache(maxsize=65536)
def _groups(sentence: str, text: str, thing: str) -> frozenset[str]:
    from claimcheck.extract.subjects import clause_bounds

    at = sentence.find(text)
    if at < 0:
        return frozenset()
    cs, ce = clause_bounds(sentence, 0, len(sentence), at)
    own = {singular(w) for w in re.findall(r"[a-z]+", (text + " " + thing).lower())}
    out = set()
    low = sentence.lower()
    end = at + len(text) + (len(thing) + 1 if thing and thing not in text else 0)
    # right after the figure and its noun, at the clause's start, or right after the noun
    # where it comes before the figure ("applications from men came to 0.9 million")
    places = {end, cs}
    head = thing.lower().split()[-1] if thing.strip() else ""
    if head:
        places.update(m.end() for m in re.finditer(rf"\b{re.escape(head)}\b", low[:at]) if m.start() >= cs)
    for p in places:
        if _FROM_ABROAD.match(low, p, ce):
            out.add("abroad")  # "5,400 visitors from abroad"
    for m in (_GROUP.match(low, p, ce) for p in places):
        if m is None:
            continue
        w = m.group(1)
        if w in _NOT_GROUPS or singular(w) in own:
            continue
        out.add(singular(w))
    return frozenset(out)


_SINCE_ORDINAL = re.compile(
    r"\b(?:since|from|after)\s+(?:its|their|the|his|her|our)\s+(" + "|".join(sorted(_ORDINALS)) + r")\b", re.IGNORECASE
)


#: "as a third enhancement, we …": the order of what the writer did, not which thing is counted
_AS_AN_ORDINAL = re.compile(r"\bas\s+an?\s+(" + "|".join(sorted(_ORDINALS)) + r")\b", re.IGNORECASE)
#: an ordinal that names a period ("in the first year", "its third quarter", "the first twelve
#: months", "its first full year", "the second half of 2024"): the subject's
#: period says it (when it is the figure's), it picks out no thing
_ORDINAL_PERIOD = re.compile(
    r"\b(" + "|".join(sorted(_ORDINALS)) + r")\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"eighteen|twenty|thirty|\d{1,3}|full|calendar|financial|fiscal|school|academic|whole|complete)\s+)?"
    r"(?:year|quarter|month|week|day|half|term|season|decade)s?\b",
    re.IGNORECASE,
)
#: "per second", "3.2 cubic metres a second.": a unit of time, no ordinal
_A_SECOND = re.compile(
    r"\b(?:per|each|every|a)\s+second\b(?=\s*(?:[.,;:)]|$|and\b|or\b|in\b|at\b))|\bper\s+second\b", re.IGNORECASE
)
_ANOTHER_ORDINAL = re.compile(r"\b(?:an?)\s+(" + "|".join(sorted(_ORDINALS)) + r")\b", re.IGNORECASE)


#: an ordinal opening a sentence, before a comma ("Second, the fund ...", "Third,"): a point
#: of the writer's list
_OPENING_ORDINAL = re.compile(
    r"\W*(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:ly)?,", re.IGNORECASE
)


def _since_ordinals(claim: NumericClaim) -> frozenset[str]:
    return _loose_ordinals(claim.sentence, claim.text)


@functools.lru_cache(maxsize=65536)
def _loose_ordinals(sentence: str, text: str) -> frozenset[str]:
    """Ordinals that do not pick out which of several things a figure is about: one that
    only dates its period ("raised €12.5bn since its first auction": when the count
    starts; "in the first year"), "a second …" after the figure ("the road's 18 km will get a second lane":
    another thing added, not the road), "as a third …" ("as a third step, we mapped
    156 million buildings": the order of what the writer did), and one opening the
    sentence before a comma ("Third, it sent its 54 vans ...": the writer's third point)."""
    spans = [(m.start(), m.end(), m.group(1).lower()) for m in _SINCE_ORDINAL.finditer(sentence)]
    spans += [(m.start(), m.end(), m.group(1).lower()) for m in _ORDINAL_PERIOD.finditer(sentence)]
    spans += [(m.start(), m.end(), m.group(1).lower()) for m in _AS_AN_ORDINAL.finditer(sentence)]
    spans += [(m.start(), m.end(), "second") for m in _A_SECOND.finditer(sentence)]
    m = _OPENING_ORDINAL.match(sentence)
    if m:  # "Third, it put the fleet of 54 vans ...": the order of the writer's points
        spans.append((m.start(1), m.end(1), m.group(1).lower()))
    at = sentence.find(text)
    if at >= 0:
        spans += [(m.start(), m.end(), m.group(1).lower()) for m in _ANOTHER_ORDINAL.finditer(sentence, at + len(text))]
    if not spans:
        return frozenset()
    other = sentence.lower()
    for s, e, _ in sorted(spans, reverse=True):
        other = other[:s] + " " * (e - s) + other[e:]
    return frozenset(w for _, _, w in spans if not re.search(rf"\b{w}\b", other))


_GENERIC = frozenset(
    """about also been being both does each even from have into just like made make many more most
    much only other over same some such than that their them then there these they this those
    through very were what when where which while will with would year years total around""".split()
)


def _content(words: Iterable[str], shortest: int) -> frozenset[str]:
    """Content words (not generic ones) of at least ``shortest`` letters, singular, a verb
    of a flow as the flow it names (:data:`_ONE_MEASURE`: "pump", "draws" are "abstraction")."""
    return frozenset(
        _ONE_MEASURE.get(w, w)
        for w in (singular(w) for w in words if len(w) >= shortest and w not in _GENERIC and w not in ("the", "and"))
    )


def _flows(*forms: str) -> dict[str, str]:
    """The table entries of one flow: ``_flows("abstraction", "pump draw ...")``."""
    name, words = forms
    return {w: name for w in (name, *words.split())}


#: verbs and nouns that name one flow in other words ("the plain pumps 1.2 billion m³" /
#: "the plain draws 1.5 km³"): read as the flow, in a clause's words and as what a quantity
#: measures when the verb before it is all that says it
_ONE_MEASURE: dict[str, str] = {
    **_flows(
        "abstraction",
        "pump pumped pumping draw drew drawn drawing withdraw withdrew withdrawn withdrawal "
        "abstract abstracted extract extracted extraction",
    ),
    **_flows("import", "imported importing"),
    **_flows("export", "exported exporting"),
    **_flows("production", "produce produced producing output generate generated generating"),
    **_flows("consumption", "consume consumed consuming"),
    **_flows("emission", "emit emitted emitting"),
}


def _what_words(what: str | None) -> list[str]:
    return re.findall(r"[a-z]{3,}", (what or "").lower())


def context_words(claim: NumericClaim) -> frozenset[str]:
    """The content words of a figure's clause and of what it measures, singular, without the
    words of the figure itself ("miles", "metres")."""
    s = claim.subject
    if s is None:  # figures are compared only with a subject read
        return frozenset()
    own = {singular(w) for w in re.findall(r"[a-z]+", claim.text.lower())}  # "miles", "metres"
    own -= {singular(w) for w in re.findall(r"[a-z]+", (s.what or "").lower())}  # not "buildings"
    return (_content(s.words, 4) | _content(_what_words(s.what), 4)) - own


def restated(a: NumericClaim, b: NumericClaim, published: int | None = None) -> bool:
    """Is ``b`` a restatement of ``a`` in other words ("its approved battery pipeline stood at
    1.3 GW" ... "the 1.6 GW of approved battery projects")? Beyond :func:`_comparable`: the
    periods do not differ (the same, or one clause names none), the two clauses share three
    content words (or two, one of them in what either measures; or they name the same place
    or body and share two words or the same period), what each measures does not name two
    things ("gas mains" / "water mains"), counts count the same thing and at least ten of it,
    and the values are within a factor of two (a slip changes a digit, not the scale of the
    fact) or one is the other with two digits swapped (:func:`transposed`); an undated rate
    of money or of a count ("per year") is no restatement of one said for no period; with
    ``published``, the publication year, a figure said in the present is none of one dated
    two years or more before it (:func:`_other_times`)."""
    if not near_values(a.value, b.value):
        return False  # (first: the cheapest test, asked of every pair of a topic)
    low, high = sorted((abs(a.value), abs(b.value)))
    if not _comparable(a, b) or _other_times(a, b, published):
        return False
    sa, sb = a.subject, b.subject
    assert sa is not None and sb is not None  # _comparable requires both
    if not isinstance(a, QuantityClaim) and (  # (a quantity's unit may be the rate: "4.1 m³ per second")
        _rate_against_no_period(sa.period, sb.period) or _rate_against_no_period(sb.period, sa.period)
    ):
        return False  # "reserved $75k per year for travel" / "sponsored the event with $100,000"
    if isinstance(a, CountClaim) and isinstance(b, CountClaim) and (low < 10 or not same_thing(a.thing, b.thing)):
        return False  # "two batches" / "three batches"; "city councils" / "regional councils"
    if measured_apart(a, b) or measured_apart(a, b, modified=True):
        return False  # "miles of gas mains" / "miles of water mains": two things measured
    wa, wb = measured_words(a), measured_words(b)
    if _measures_another(a, b, wb) or _measures_another(b, a, wa):
        return False  # "the pipeline is 612 km long" / "the pipeline's 621-km service road"
    if high > 2 * low and not context_words(a) & context_words(b) - {n.lower() for n in sa.scope}:
        return False  # digits swapped across a factor of two need a word in common besides names
    return _same_context(a, b, wa | wb)


def measured_words(claim: NumericClaim) -> frozenset[str]:
    """The content words of what a figure measures: its subject's ``what`` ("of approved
    battery projects"), else the noun a hyphenated figure modifies ("a 45-minute check-in"),
    the owner before it or the verb of a flow (:func:`_measured_words`)."""
    s = claim.subject
    return context_words_of(s.what if s is not None else None) or _measured_words(claim)


def measured_apart(a: NumericClaim, b: NumericClaim, *, modified: bool = False) -> bool:
    """Do two figures say they measure two different things: "miles of gas mains" / "miles of
    water mains", "a weekly 30-minute call" / "a weekly 45-minute review", "the 40-tonne
    truck" / "the 60-tonne crane" (neither's words all the other's)? A figure that says
    nothing of what it measures ("the call lasted 45 minutes") is apart from none.
    ``modified``: only the nouns the two figures are written before count ("the 40-tonne
    truck"), not an "of" phrase after them ("480 km of arterial roads" / "the 350 miles of
    arterial roadway covered" may be one network in other words), save two of one noun
    each that no set of :func:`~claimcheck.extract.linking.context.equivalent_nouns`
    joins ("tonnes of apples" / "tonnes of pears": two goods)."""
    da, db = _dimension_said(a), _dimension_said(b)
    if da and db and da != db:
        return True  # "blades more than 115 metres long" / "a foundation 90 metres across"
    if modified:
        wa, wb = _modified_noun(a), _modified_noun(b)
        oa, ob = (context_words_of(c.subject.what if c.subject is not None else None) for c in (a, b))
        if len(oa) == 1 == len(ob) and oa != ob and not same_noun_set(_stems(oa), _stems(ob)):
            return True  # "4,120 tonnes of apples" / "4,210 tonnes of pears": one noun each, two goods
    else:
        wa, wb = measured_words(a), measured_words(b)
    return bool(wa and wb and not (wa <= wb or wb <= wa))


def _stems(words: AbstractSet[str]) -> frozenset[str]:
    """The linker's stems of some words (:func:`~claimcheck.extract.linking.context.content_stems`)."""
    return frozenset(content_stems(" ".join(sorted(words))))


#: the words after a length that say which of a thing's sizes it is ("115 metres long", "90
#: metres across", "12 m in diameter", "40 feet high"), by the size they name
_DIMENSION_WORDS = {
    **dict.fromkeys(("long", "length", "lengthwise"), "length"),
    **dict.fromkeys(("wide", "across", "width", "broad", "breadth", "diameter", "wingspan", "span"), "width"),
    **dict.fromkeys(("high", "tall", "height"), "height"),
    **dict.fromkeys(("deep", "depth"), "depth"),
    **dict.fromkeys(("thick", "thickness"), "thickness"),
}
_DIMENSION_AFTER = re.compile(r"\s+(?:in\s+)?([a-z]+)\b")


def _dimension_said(claim: NumericClaim) -> str | None:
    """Which size of a thing a length says, by the word right after it ("115 metres long":
    length, "90 metres across": width, "12 m in diameter"), else None."""
    if claim.kind != "quantity":
        return None
    at = claim.sentence.find(claim.text)
    if at < 0:
        return None
    m = _DIMENSION_AFTER.match(claim.sentence, at + len(claim.text))
    return _DIMENSION_WORDS.get(m.group(1)) if m else None


def _rate_against_no_period(a: Sequence[str], b: Sequence[str]) -> bool:
    """Is ``a`` a rate with no date ("per year", "per month") and ``b`` said for no period at
    all? A yearly budget and a one-off sum are two facts (as in
    :func:`claimcheck.extract.linking.conflict`: an undated rate against no year stays apart)."""
    return not b and bool(a) and all(p.startswith("per ") for p in a)


def near_values(x: float, y: float) -> bool:
    """Could two values be one figure restated with a slip: within a factor of two, or two
    digits swapped (:func:`transposed`)?"""
    x, y = (x if x >= 0 else -x), (y if y >= 0 else -y)
    low, high = (x, y) if x <= y else (y, x)  # (no calls: it is asked of every pair of a topic)
    return low != 0 and (high <= 2 * low or (high <= 10 * low and transposed(low, high)))


def transposed(x: float, y: float) -> bool:
    """Are two values one figure with two of its digits swapped ("820 million" / "0.28
    billion", "14,000" / "41,000"): the same significant digits in another order, within
    a factor of ten?"""
    low, high = sorted((abs(x), abs(y)))
    if low == 0 or high > 10 * low or low == high:
        return False
    da, db = significant(low), significant(high)
    return len(da) >= 2 and da != db and sorted(da) == sorted(db)


def significant(v: float) -> str:
    """The significant digits of a value ("820000000.0" and "0.28" give "82", "28")."""
    return f"{v:.6e}".split("e")[0].replace(".", "").rstrip("0")


def _measures_another(a: NumericClaim, b: NumericClaim, wb: frozenset[str]) -> bool:
    """Does ``b`` say what it measures only by the noun its hyphenated figure modifies or
    the owner before it ("the pipeline's 621-km service road"), a noun ``a``'s clause,
    which says nothing of what it measures, never names?"""
    sa, sb = a.subject, b.subject
    assert sa is not None and sb is not None
    if not wb or sb.what or sa.what or _measured_words(a) or wb <= frozenset(_ONE_MEASURE.values()):
        return False
    return not wb & context_words(a)


def group_size_alike(group: NumericClaim, members: NumericClaim) -> bool:
    """May ``members`` (a count of people or things that make up a group, "146 observers")
    give the size of the group a figure is of ("the 164-strong mission")? The caller has
    found the group named with the count; beyond :func:`_comparable`, the same periods (a
    size "as of June" may have changed since: a group grows), at least ten members, and
    values within a factor of two."""
    if not _comparable(group, members) or _other_times(group, members):
        return False
    assert group.subject is not None and members.subject is not None  # _comparable requires both
    if set(group.subject.period) != set(members.subject.period):
        return False
    low, high = sorted((abs(group.value), abs(members.value)))
    return low >= 10 and high <= 2 * low


def _other_times(a: NumericClaim, b: NumericClaim, published: int | None = None) -> bool:
    """Do the two figures' clauses date them differently: two different periods, or a
    period against "now" ("250 ships in 2019" / "today the 296-ship navy"), or, with
    ``published`` (the publication year), a date two years or more before it against a
    clause in the present (:func:`_stale_against_present`: "the network had 310 stations
    in 2016" / "its 420 stations carry ...")?"""
    sa, sb = a.subject, b.subject
    assert sa is not None and sb is not None
    if sa.period and sb.period and set(sa.period) != set(sb.period):
        return True
    return bool(
        (sa.period and not sb.period and _NOW.search(b.sentence))
        or (sb.period and not sa.period and _NOW.search(a.sentence))
        or present_against_stale(a, b, published)
    )


#: how many years before the publication year a dated figure's last year must be for a
#: clause in the present to be of another time (its year ended two years or more before
#: the publication year began): a figure of last year, or of the year before when the text
#: is published in January, may still be the latest one a writer has ("4,870 miles at the
#: end of 2024" / "still have nearly 4,780 miles", published in 2025)
_STALE_YEARS = 3
_YEAR_IN = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _stale_period(period: Sequence[str], published: int | None) -> bool:
    """Does a figure's period name only years that ended two years or more before the
    publication year ``published`` began (:data:`_STALE_YEARS`; no rate, "per day", and no
    span that runs on, "since 2016")?"""
    if published is None or not period or any(p.startswith(("per ", "since")) for p in period):
        return False
    years = [int(y) for p in period for y in _YEAR_IN.findall(p)]
    return bool(years) and max(years) <= published - _STALE_YEARS


def present_against_stale(a: NumericClaim, b: NumericClaim, published: int | None) -> bool:
    """Is one figure undated in a clause in the present and the other dated two years or
    more before the publication year ``published`` (:func:`_stale_against_present`)?"""
    return _stale_against_present(a, b, published) or _stale_against_present(b, a, published)


def _stale_against_present(dated: NumericClaim, present: NumericClaim, published: int | None) -> bool:
    """Is ``dated`` dated two years or more before publication (:func:`_stale_period`) and ``present`` undated in
    a clause in the present ("does", "still run", "has": :data:`_PRESENT_TENSE`)? The
    present clause states the value when the text was written, the other an older one:
    "the fleet opened with 5,000 bikes in 2010" / "its 12,000 bikes do most trips";
    a date of last year against the present may be the latest figure restated."""
    sd, sp = dated.subject, present.subject
    assert sd is not None and sp is not None
    if sp.period or not _stale_period(sd.period, published):
        return False
    # the date said near the dated figure, in its clause ("In 2019 there were 134 trusts",
    # not "the region's 0.45 million people ... on current numbers, not on the 2019
    # estimates"), the present in the other's clause
    return _dated_near(dated, sd.period) and _present_clause(present.sentence, present.text)


#: how near a figure (in characters, either side, within its clause) the year that dates it is said
_DATE_REACH = 60


def _dated_near(c: NumericClaim, period: Sequence[str]) -> bool:
    """Is a year of ``period`` said within :data:`_DATE_REACH` characters of the figure, in
    its clause?"""
    clause = _clause_of(c.sentence, c.text)
    at = clause.find(c.text)
    if at < 0:
        return False
    near = clause[max(0, at - _DATE_REACH) : at + len(c.text) + _DATE_REACH]
    return any(y in near for y in _YEAR_IN.findall(" ".join(period)))


@functools.lru_cache(maxsize=65536)
def _clause_of(sentence: str, text: str) -> str:
    """The clause of ``sentence`` that holds the figure ``text`` (the whole sentence when
    the figure is not found in it)."""
    at = sentence.find(text)
    if at < 0:
        return sentence
    cs, ce = clause_bounds(sentence, 0, len(sentence), at)
    return sentence[cs:ce]


def _present_clause(sentence: str, text: str) -> bool:
    """Is the figure's own clause in the present (:data:`_PRESENT_TENSE`: "its 12,000 bikes
    do most trips", "31 still run"; not "the 136,000 young people placed by the scheme did
    better, which is what ...")?"""
    return bool(_PRESENT_TENSE.search(_clause_of(sentence, text)))


def _same_context(a: NumericClaim, b: NumericClaim, measured: frozenset[str]) -> bool:
    """Do the two clauses say the same thing in other words: three content words in common,
    or two and a named place, body or firm (or one period and the name), or two, one of them
    in what either ``measured``?"""
    sa, sb = a.subject, b.subject
    assert sa is not None and sb is not None
    shared = context_words(a) & context_words(b)
    if len(shared) >= 3:
        return True
    # one named place, body or firm ("Torrevieja ... a day"; "Yahoo's sale"); acronyms in
    # capitals are too often kinds of things ("CPU", "RAM") to name one
    # (a name that opens the other's sentence counts: "Sarnia emitted ..." / "Sarnia's 2022 ...")
    shared_names = set(sa.scope) & (set(sb.scope) | _opening_name(b.sentence))
    shared_names |= set(sb.scope) & _opening_name(a.sentence)
    named = {n for n in shared_names if not n.isupper()}
    if named and (len(shared) >= 2 or (sa.period and sa.period == sb.period)):
        return True
    return len(shared) >= 2 and bool(shared & measured)


_OWNER_BEFORE = re.compile(r"(?:^|\s)(?:the|its|their)\s+((?:[a-z][\w-]*\s+)?[a-z][\w-]*)['’]s\s+$")
_NOUN_AFTER = re.compile(r"\s+((?:[a-z][\w-]*\s+)?[a-z][\w-]*)")
_NOT_NOUNS = frozenset("the a an and or of in on at to for by with from is are was were has have had".split())
#: a determiner right before a figure that a noun follows: the figure sizes that noun ("a
#: $40,000 conservation grant", "the 60 tonne crane")
_MODIFIER_BEFORE = re.compile(r"(?:^|[\s(])(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat|[Ee]ach)\s+$")
_ARTICLE_IN_TEXT = re.compile(r"(?:[Aa]n?|[Tt]he)\s+\S*\d")
#: words after a figure that are no noun it sizes ("the 45 minutes before kick-off", "a
#: $2 million a year", "the 40 tonnes it carries")
_NOT_AFTER_MODIFIER = frozenset(
    """before after during since until per each every last this next that which who whom
    than as it they we he she its their our be been being will would can could may might
    more less over under about into onto through up down out off""".split()
)


def _measured_words(claim: NumericClaim) -> frozenset[str]:
    """What a quantity measures when its clause says it only around the figure: the noun a
    hyphenated figure modifies ("the 14-km haul road"), or a figure written between a
    determiner and a noun ("the 40 tonne gritter"), the owner before it ("the haul road's 18 kilometres") or the verb of a flow
    right before it ("pump about 1.2 billion cubic metres": abstraction)."""
    if claim.kind != "quantity":
        return frozenset()
    return _measured_around(claim.sentence, claim.text)


def _modified_noun(claim: NumericClaim) -> frozenset[str]:
    """The noun a quantity or an amount is written before, as its size ("a 45-minute
    check-in", "a $40,000 conservation grant"), else nothing (an owner before it, "the
    world's 68 million tonnes", or a verb, "generated 62 million tonnes", names no other
    thing)."""
    if claim.kind not in ("quantity", "money"):
        return frozenset()
    return _noun_sized(claim.sentence, claim.text)


@functools.lru_cache(maxsize=65536)
def _noun_sized(sentence: str, text: str) -> frozenset[str]:
    at = sentence.find(text)
    if at < 0:
        return frozenset()
    if not (
        re.search(r"\d-[A-Za-z]+$", text)
        or _MODIFIER_BEFORE.search(sentence, max(0, at - 8), at)
        or _ARTICLE_IN_TEXT.match(text)
    ):
        return frozenset()
    m = _NOUN_AFTER.match(sentence, at + len(text))
    words = m.group(1).split() if m else []
    if len(words) == 2 and words[1] in _NOT_NOUNS:
        words = words[:1]
    if not words or any(w in _NOT_NOUNS or w in _NOT_AFTER_MODIFIER for w in words):
        return frozenset()
    return _content(words, 3)


@functools.lru_cache(maxsize=65536)
def _measured_around(sentence: str, text: str) -> frozenset[str]:
    at = sentence.find(text)
    if at < 0:
        return frozenset()
    if (
        re.search(r"\d-[A-Za-z]+$", text)
        or _MODIFIER_BEFORE.search(sentence, max(0, at - 8), at)
        or _ARTICLE_IN_TEXT.match(text)  # (an amount read with its article: "A $40,000")
    ):
        m = _NOUN_AFTER.match(sentence, at + len(text))
        words = m.group(1).split() if m else []
        if len(words) == 2 and words[1] in _NOT_NOUNS:
            words = words[:1]  # "a 16-byte preimage and …": the noun before the small word
        if not words or any(w in _NOT_NOUNS or w in _NOT_AFTER_MODIFIER for w in words):
            return frozenset()
        return _content(words, 3)
    m = _OWNER_BEFORE.search(sentence[max(0, at - 60) : at])
    if m:
        return _content(m.group(1).split(), 3)
    m = _VERB_BEFORE.search(sentence[max(0, at - 40) : at])  # "the plain draws some 1.5 km³"
    if m and singular(m.group(1).lower()) in _ONE_MEASURE:
        return frozenset({_ONE_MEASURE[singular(m.group(1).lower())]})
    return frozenset()


_VERB_BEFORE = re.compile(
    r"\b([a-z]{3,})\s+(?:(?:about|around|some|nearly|almost|roughly|over|more\s+than|less\s+than|at\s+least|"
    r"close\s+to|only|just|up\s+to)\s+)?$"
)


def context_words_of(what: str | None) -> frozenset[str]:
    """The content words of what a figure measures ("of approved battery projects")."""
    return _content(_what_words(what), 3)


# --------------------------------------------------------------------------- one document
_POINT_PERIOD = re.compile(
    r"(?:1[89]\d\d|20\d\d|2100|"
    + "|".join("january february march april may june july august september october november december".split())
    + r")"
)


def in_base_units(quantities: list[QuantityClaim]) -> list[QuantityClaim]:
    """Quantities written in several units of one dimension, all in base units ("1.5 km³"
    and "1.2 billion cubic metres" are 1.5e9 and 1.2e9 ``meter ** 3``), so that a figure
    restated in another unit is compared; the text (and messages) keep what was written.
    A document whose quantities share one unit is returned as it is (pint is not needed)."""
    if len({q.unit for q in quantities}) < 2:
        return quantities
    from claimcheck.claims.units import to_base

    out: list[QuantityClaim] = []
    for q in quantities:
        unit = q.unit
        try:
            value, base = to_base(q.value, unit) if unit else (q.value, unit)
        except (ValueError, ArithmeticError):
            out.append(q)
            continue
        if base == unit or not q.value:
            out.append(q)
            continue
        factor = value / q.value
        update: dict[str, object] = {"value": value, "unit": base}
        for bound in ("low", "high"):
            if getattr(q, bound, None) is not None:
                update[bound] = getattr(q, bound) * factor
        out.append(q.model_copy(update=update))
    return out


#: after an amount, the quantity it prices: "58.4 euros per 100 kilograms", "41 cents a
#: kilogram", "$90/barrel" (a unit of time makes a rate, read as a period elsewhere)
_PRICED_PER = re.compile(
    r"\s*(?:(?P<per>per|an?|each)\s+|/\s*)(?:(?P<n>\d[\d,]*(?:\.\d+)?)\s*)?(?P<unit>(?:(?:square|cubic|sq)\s+)?[A-Za-z²³]+(?:\s+hours?)?)\b"
)
_TIME_UNITS = frozenset("second minute hour day week month quarter year decade century".split())
_NOT_PRICED = frozenset({"bit", "bits", "cup", "cups"})


def per_unit_prices(amounts: list[_C]) -> list[_C]:
    """Amounts that price a unit of a measure ("58.4 euros per 100 kilograms", "54.8 cents
    a kilogram") as prices per base unit of it (0.584 and 0.548 euros a kilogram), their
    currency key that of the price ("EUR/kilogram"), so that a price restated per another
    quantity of the same unit is compared, and never with an amount that prices nothing.
    Prices per unit of time are rates and stay as they are; so does a document with no
    amount priced per unit (pint is not needed)."""
    out: list[_C] = []
    for m in amounts:
        sentence = getattr(m, "sentence", "") or ""
        at = sentence.find(m.text)
        p = _PRICED_PER.match(sentence, at + len(m.text)) if at >= 0 and m.value else None
        if p is None or p.group("unit").lower().rstrip("s") in _TIME_UNITS:
            out.append(m)
            continue
        from claimcheck.claims.units import normalise_unit, to_base

        written = p.group("unit")
        if p.group("per") and p.group("per").lower() != "per" and (len(written) < 3 or written.lower() in _NOT_PRICED):
            out.append(m)  # "£4 billion a bit more", "$2 a t": a word, not the unit priced
            continue
        unit = normalise_unit(written)
        n = float(p.group("n").replace(",", "")) if p.group("n") else 1.0
        if unit is None or not n or unit.split()[0] in _TIME_UNITS:
            out.append(m)
            continue
        try:
            per, base = to_base(n, unit)
        except (ValueError, ArithmeticError):
            out.append(m)
            continue
        update: dict[str, object] = {"value": m.value / per, "currency": f"{getattr(m, 'currency', '')}/{base}"}
        for bound in ("low", "high"):
            if getattr(m, bound, None) is not None:
                update[bound] = getattr(m, bound) / per
        out.append(m.model_copy(update=update))
    return out


def resolve_subjects(claims: list[_C], published: int | None = None) -> list[_C]:
    """The claims of one kind in one document, with what two subjects leave unsaid filled in
    from the document when only one reading is possible:

    * a counted thing named without its qualifier after it was named with it ("asylum
      applications reached 1.05 million" ... "900,000 applications were lodged") is that
      thing, when the document counts no other kind of it ("first-time applications",
      "Syrian applications" make "applications" ambiguous), the qualifier is not a name,
      and the figure is a large one (100 or more) within a factor of two of the qualified
      one ("two companies" are not some of "nine analytics companies" restated), or one
      within a factor of two whose clause names the same place, body or programme as the
      qualified one's ("22 firefighting planes" under rescEU / "the twenty-four planes
      rescEU kept");
    * a figure with no period, when every other figure of the same thing in the document
      gives one and the same date (a year or a month: "140 municipalities in March 2024" ...
      "the 104-municipality zone"), is taken for that date; a thing given at two dates, or
      per year, leaves the undated figure alone, and so does a clause in the present when
      that date is two years or more before ``published``, the publication year
      (:func:`_stale_against_present`).

    Prefers silence: anything less than one reading leaves the subject as read."""
    return _dated_alike(_qualified_alike(claims), published)


def _qualified_alike(claims: list[_C]) -> list[_C]:
    """The claims, a bare counted thing read as the one qualified form of it the document
    counts (see :func:`resolve_subjects`)."""
    heads: dict[str, set[str]] = {}
    first_at: dict[str, int] = {}
    values: dict[str, list[float]] = {}
    for n, c in enumerate(claims):
        s = c.subject
        if s is None or not s.what:
            continue
        heads.setdefault(s.what.rsplit(" ", 1)[-1], set()).add(s.what)
        if not s.part:
            first_at.setdefault(s.what, n)
        values.setdefault(s.what, []).append(abs(c.value))
    for v in values.values():
        v.sort()
    resolved: list[_C] = []
    fuller: dict[str, str | None] = {}  # a what -> the one qualified what it may stand for
    for n, c in enumerate(claims):
        s = c.subject
        if s is None or not s.what or s.part:
            resolved.append(c)
            continue
        what = s.what
        if what not in fuller:
            fuller[what] = _fuller(what, heads, claims, first_at)
        longer = fuller[what]
        if (
            longer is not None
            and first_at[longer] < n
            and (_near_value(abs(c.value), values[longer]) or _named_alike(c, claims[first_at[longer]]))
        ):
            c = c.model_copy(update={"subject": s.model_copy(update={"what": longer})})
        resolved.append(c)
    return resolved


def _dated_alike(claims: list[_C], published: int | None = None) -> list[_C]:
    """The claims, an undated figure given the one date the document gives every other
    figure of the same thing (see :func:`resolve_subjects`); a figure "now" or "today" is
    not of that date, nor one in the present against a date two years or more before
    ``published``."""
    periods: dict[str, set[tuple[str, ...]]] = {}
    for c in claims:
        s = c.subject
        if s is not None and s.what and not s.part and s.period:
            periods.setdefault(s.what, set()).add(tuple(s.period))
    out: list[_C] = []
    for c in claims:
        s = c.subject
        if s is not None and s.what and not s.part and not s.period and not _PRESENT.search(c.sentence):
            dated = periods.get(s.what, set())
            if len(dated) == 1:
                (period,) = dated
                if all(_POINT_PERIOD.fullmatch(p) for p in period) and not (
                    _stale_period(period, published) and _present_clause(c.sentence, c.text)
                ):
                    c = c.model_copy(update={"subject": s.model_copy(update={"period": period})})
        out.append(c)
    return out


_PAST = re.compile(
    r"\b(?:before|previously|formerly|until|used\s+to|earlier|at\s+the\s+time|back\s+then)\b", re.IGNORECASE
)
_NOW = re.compile(r"\b(?:now|today|currently|presently|at\s+present|nowadays)\b", re.IGNORECASE)
#: a clause in the present: its figure is of today, not of the date another figure gives
_PRESENT = re.compile(
    r"\b(?:now|today|currently|presently|at\s+present|nowadays|is|are|has|have|remains|remain|stands|runs|operates|"
    r"counts|numbers|employs|holds|covers)\b",
    re.IGNORECASE,
)
#: a clause in the present read more widely than :data:`_PRESENT` ("does", "do", "still
#: run", "still have"; not "still had"): asked only against a date two years or more before
#: publication (:func:`_stale_against_present`)
_PRESENT_TENSE = re.compile(
    r"\b(?:now|today|currently|presently|at\s+present|nowadays|is|are|has|have|remains|remain|stands|runs|operates|"
    r"counts|numbers|employs|holds|covers|does|do|still\s+(?!had\b|was\b|were\b|did\b|could\b|would\b)[a-z]+(?<!ed))\b",
    re.IGNORECASE,
)


def _fuller(
    what: str, heads: dict[str, set[str]], claims: Sequence[NumericClaim], first_at: dict[str, int]
) -> str | None:
    """The one qualified form of ``what`` the document counts ("asylum application" for
    "application"), when it counts no other kind of it and the qualifier is not a name."""
    head = what.rsplit(" ", 1)[-1]
    kinds = heads.get(head, set())
    if len(kinds) > 12:
        return None  # many kinds of the thing: no one of them is "the" one
    longer = [w for w in kinds if w != what and w.endswith(" " + what)]
    if len(longer) != 1 or longer[0] not in first_at:
        return None
    if not all(w == what or w == longer[0] or longer[0].endswith(" " + w) for w in kinds):
        return None
    if _named_qualifier(claims[first_at[longer[0]]], longer[0], what):
        return None
    return longer[0]


def _named_alike(c: NumericClaim, qualified: NumericClaim) -> bool:
    """Is ``c`` a figure of the thing the ``qualified`` figure counts, said more briefly:
    both clauses name one place, body or programme (not an acronym in capitals, which is
    too often a kind of thing) and the values are within a factor of two ("22 firefighting
    planes" of the rescEU reserve / "the twenty-four planes rescEU kept")?"""
    sc, sq = c.subject, qualified.subject
    if sc is None or sq is None:
        return False
    if not {n for n in set(sc.scope) & set(sq.scope) if not n.isupper()}:
        return False
    low, high = sorted((abs(c.value), abs(qualified.value)))
    return low > 0 and high <= 2 * low


def _near_value(v: float, values: list[float]) -> bool:
    """Is ``v`` a large figure (100 or more) within a factor of two of one of ``values``
    (sorted): a total restated, not "two companies" of "nine analytics companies"?"""
    if v < 100:
        return False
    at = bisect.bisect_left(values, v / 2)
    return at < len(values) and values[at] <= v * 2


def _named_qualifier(claim: NumericClaim, longer: str, shorter: str) -> bool:
    """Is the qualifier of ``longer`` over ``shorter`` written with a capital in ``claim``
    ("Syrian applications"): a named sub-group, not the document's topic?"""
    extra = longer[: len(longer) - len(shorter)].split()
    sentence = claim.sentence
    return any(
        re.search(rf"\b{re.escape(w[:1].upper() + w[1:])}\b", sentence)
        and not re.search(rf"(?:^|[.!?]\s+){re.escape(w[:1].upper() + w[1:])}\b", sentence)
        for w in extra
    )
