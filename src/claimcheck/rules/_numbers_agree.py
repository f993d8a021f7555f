"""When two stated numbers are the same quantity written differently, and when not."""

from __future__ import annotations

import functools
import re
from typing import Iterable

from claimcheck.claims.models import CountClaim, NumericClaim
from claimcheck.text import singular

_LOWER_BOUND = {"more than", "over", "at least"}
_UPPER_BOUND = {"less than", "under", "up to", "at most"}
_ROUGH = {"about", "nearly"}


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


def _precision(claim: NumericClaim) -> float | None:
    """The place of the last digit written, in the claim's units ("61.6 million": 100,000;
    "1,150": 10; "4,000": 1,000); None for numbers in words or in other notations."""
    m = _WRITTEN_NUMBER.fullmatch((claim.written or "").split(" ")[0].strip())
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


def rounded_alike(a: NumericClaim, b: NumericClaim) -> bool:
    """Could both figures be one value written at their precisions? Neither hedged, both in
    digits: rounded to the coarser one's last digit they must be equal ("4.23 million" and
    "4.2 million" are; "61.6 million" and "64.1 million" are not, though within 5% of each
    other). Hedged figures and numbers in words are left to :func:`agree`."""
    if a.qualifier or b.qualifier:
        return True
    pa, pb = _precision(a), _precision(b)
    if pa is None or pb is None:
        return True
    unit = max(pa, pb)
    return abs(a.value - b.value) <= unit / 2 * 1.0001


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


def same_fact(a: NumericClaim, b: NumericClaim) -> bool:
    """Do two numeric claims state the same measure of the same thing, for the same scope
    and period? Silence is preferred to a doubtful link, so every test must pass:

    * they stand in different paragraphs (a paragraph that gives two values of one thing
      is describing two things: a part and a whole, two years, two groups);
    * neither is a part, a ranking or another group ("the top five", "57 of the 92",
      "other", "new", "additional"), a worked example or a hypothetical ("for example",
      "if", "would"), or a term of arithmetic;
    * their clauses do not set them apart: other ordinals ("the first Q&A" / "the third"),
      a comparison ("a lower reach"), or two reported estimates ("concluded", "found");
    * their clauses name the same periods (both none, or the same years, months, "per
      second", "last year") and no two different sets of names (OpenOffice / LibreOffice);
    * counts count the same thing, written alike ("5G base stations"); a bare noun
      ("people", "proposals") also needs a name and two words of context in common, or
      both values at least 100 and within a factor of two of each other; a
      quantity must say what it measures ("4.2 GW of capacity", "a capacity of 4.2 GW").
    """
    if not _comparable(a, b):
        return False
    sa, sb = a.subject, b.subject
    assert sa is not None and sb is not None  # _comparable requires both
    if sa.what != sb.what or sa.period != sb.period:
        return False
    if " " in (getattr(a, "thing", "") or "").strip():
        return True  # "5G base stations": specific enough to be one thing
    if a.kind == "quantity" and not sa.what:
        return False  # "16GB", "2,000 kilometres": a measure of nothing said
    # a large figure of the same thing, off by less than half, is a restatement gone
    # wrong more often than a second fact ("156 million buildings" / "234 million buildings")
    low, high = sorted((abs(a.value), abs(b.value)))
    if low >= 100 and high <= 2 * low:
        return True
    # a bare noun ("people", "credits", "pages") is one thing only in one named context
    return bool(set(sa.scope) & set(sb.scope)) and len(set(sa.words) & set(sb.words)) >= 2


def _comparable(a: NumericClaim, b: NumericClaim) -> bool:
    """The tests every link of two figures must pass, whatever else ties them: other
    paragraphs, no part or hypothetical, no two different named scopes, no clause that sets
    them apart (other ordinals, a comparison, two reported estimates)."""
    if a.article == b.article and a.block == b.block and a.footnote == b.footnote:
        return False
    sa, sb = a.subject, b.subject
    if sa is None or sb is None:
        return False
    if sa.part or sb.part or sa.hypothetical or sb.hypothetical:
        return False
    if sa.scope and sb.scope and not set(sa.scope) & set(sb.scope):
        # other names in each clause; unless one clause's name stands in the other's
        # sentence ("the Overture dataset, including 156 million buildings in the United
        # States" / "the Overture dataset's 156 million buildings") and the two sentences
        # name the same periods ("500 leaks in a typical month" / "750 leaks in January")
        if not (
            set(sb.scope) & _sentence_names(a.sentence) or set(sa.scope) & _sentence_names(b.sentence)
        ) or _sentence_periods(a.sentence) != _sentence_periods(b.sentence):
            return False
    wa, wb = set(sa.words) - _since_ordinals(a), set(sb.words) - _since_ordinals(b)
    if (wa & _ORDINALS) != (wb & _ORDINALS) or (wa | wb) & _COMPARATIVES:
        return False  # "the first event" / "the third event"; "had a lower reach"
    if wa & _ATTRIBUTION and wb & _ATTRIBUTION:
        return False  # two reported estimates ("one study concluded ..., another found ...")
    return True


_CAPITALISED = re.compile(r"(?<![\w’'])[A-Z][\w’'&.-]*\w")


@functools.lru_cache(maxsize=4096)
def _sentence_names(sentence: str) -> frozenset[str]:
    """The capitalised words of a sentence after its first, without a possessive "'s"."""
    found = [re.sub(r"[’']s$", "", m.group(0)) for m in _CAPITALISED.finditer(sentence)]
    first = _CAPITALISED.match(sentence.lstrip())
    if first and not re.match(r"[ \t]+[A-Z]", sentence.lstrip()[first.end() :]):
        found = found[1:]  # the sentence's first word is capitalised anyway, unless a name goes on
    return frozenset(found)


@functools.lru_cache(maxsize=4096)
def _sentence_periods(sentence: str) -> tuple[str, ...]:
    from claimcheck.extract.subjects import periods

    return periods(sentence)


_SINCE_ORDINAL = re.compile(
    r"\b(?:since|from|after)\s+(?:its|their|the|his|her|our)\s+(" + "|".join(sorted(_ORDINALS)) + r")\b", re.IGNORECASE
)


#: "as a third enhancement, we …": the order of what the writer did, not which thing is counted
_AS_AN_ORDINAL = re.compile(r"\bas\s+an?\s+(" + "|".join(sorted(_ORDINALS)) + r")\b", re.IGNORECASE)
_ANOTHER_ORDINAL = re.compile(r"\b(?:an?)\s+(" + "|".join(sorted(_ORDINALS)) + r")\b", re.IGNORECASE)


def _since_ordinals(claim: NumericClaim) -> frozenset[str]:
    return _loose_ordinals(claim.sentence, claim.text)


@functools.lru_cache(maxsize=4096)
def _loose_ordinals(sentence: str, text: str) -> frozenset[str]:
    """Ordinals that do not pick out which of several things a figure is about: one that
    only dates its period ("raised €12.5bn since its first auction": when the count
    starts), "a second …" after the figure ("the road's 18 km will get a second lane":
    another thing added, not the road), and "as a third …" ("as a third step, we mapped
    156 million buildings": the order of what the writer did)."""
    spans = [(m.start(), m.end(), m.group(1).lower()) for m in _SINCE_ORDINAL.finditer(sentence)]
    spans += [(m.start(), m.end(), m.group(1).lower()) for m in _AS_AN_ORDINAL.finditer(sentence)]
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
    """Content words (not generic ones) of at least ``shortest`` letters, singular."""
    return frozenset(singular(w) for w in words if len(w) >= shortest and w not in _GENERIC and w not in ("the", "and"))


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


def restated(a: NumericClaim, b: NumericClaim) -> bool:
    """Is ``b`` a restatement of ``a`` in other words ("its approved battery pipeline stood at
    1.3 GW" ... "the 1.6 GW of approved battery projects")? Beyond :func:`_comparable`: the
    periods do not differ (the same, or one clause names none), the two clauses share three
    content words (or two, one of them in what either measures; or they name the same place
    or body and share two words or the same period), what each measures does not name two
    things ("gas mains" / "water mains"), counts count the same thing and at least ten of it,
    and the values are within a factor of two (a slip changes a digit, not the scale of the
    fact)."""
    if not _comparable(a, b):
        return False
    sa, sb = a.subject, b.subject
    assert sa is not None and sb is not None  # _comparable requires both
    if sa.period and sb.period and set(sa.period) != set(sb.period):
        return False
    low, high = sorted((abs(a.value), abs(b.value)))
    if low == 0 or high > 2 * low:
        return False
    if isinstance(a, CountClaim) and isinstance(b, CountClaim) and (low < 10 or not same_thing(a.thing, b.thing)):
        return False  # "two batches" / "three batches"; "city councils" / "regional councils"
    wa, wb = context_words_of(sa.what) or _measured_words(a), context_words_of(sb.what) or _measured_words(b)
    if wa and wb and not (wa <= wb or wb <= wa):
        return False  # "miles of gas mains" / "miles of water mains": two things measured
    shared = context_words(a) & context_words(b)
    if len(shared) >= 3:
        return True
    # one named place, body or firm ("Torrevieja ... a day"; "Yahoo's sale"); acronyms in
    # capitals are too often kinds of things ("CPU", "RAM") to name one
    named = {n for n in set(sa.scope) & set(sb.scope) if not n.isupper()}
    if named and (len(shared) >= 2 or (sa.period and sa.period == sb.period)):
        return True
    return len(shared) >= 2 and bool(shared & (wa | wb))


_OWNER_BEFORE = re.compile(r"(?:^|\s)(?:the|its|their)\s+((?:[a-z][\w-]*\s+)?[a-z][\w-]*)['’]s\s+$")
_NOUN_AFTER = re.compile(r"\s+((?:[a-z][\w-]*\s+)?[a-z][\w-]*)")
_NOT_NOUNS = frozenset("the a an and or of in on at to for by with from is are was were has have had".split())


def _measured_words(claim: NumericClaim) -> frozenset[str]:
    """What a quantity measures when its clause says it only around the figure: the noun a
    hyphenated figure modifies ("the 14-km haul road") or the owner before it ("the haul
    road's 18 kilometres")."""
    if claim.kind != "quantity":
        return frozenset()
    return _measured_around(claim.sentence, claim.text)


@functools.lru_cache(maxsize=4096)
def _measured_around(sentence: str, text: str) -> frozenset[str]:
    at = sentence.find(text)
    if at < 0:
        return frozenset()
    if re.search(r"\d-[A-Za-z]+$", text):
        m = _NOUN_AFTER.match(sentence, at + len(text))
        if m is None or any(w in _NOT_NOUNS for w in m.group(1).split()):
            return frozenset()
        return _content(m.group(1).split(), 3)
    m = _OWNER_BEFORE.search(sentence[max(0, at - 60) : at])
    return _content(m.group(1).split(), 3) if m else frozenset()


def context_words_of(what: str | None) -> frozenset[str]:
    """The content words of what a figure measures ("of approved battery projects")."""
    return _content(_what_words(what), 3)
