"""When two stated numbers are the same quantity written differently, and when not."""

from __future__ import annotations

import re

from claimcheck.claims.models import NumericClaim

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


def thing_key(thing: str) -> tuple[str, frozenset[str]]:
    """Head noun (singular) and the other content words of a counted thing."""
    words = re.findall(r"[\w]+", thing.lower())
    words = [w for w in words if w not in {"the", "a", "an", "of", "and", "other", "new", "more"}]
    if not words:
        return "", frozenset()
    head = words[-1]
    if head.endswith("ies"):
        head = head[:-3] + "y"
    elif head.endswith("s") and not head.endswith("ss"):
        head = head[:-1]
    return head, frozenset(words[:-1])


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
    if a.article == b.article and a.block == b.block and a.footnote == b.footnote:
        return False
    sa, sb = a.subject, b.subject
    if sa is None or sb is None:
        return False
    if sa.part or sb.part or sa.hypothetical or sb.hypothetical:
        return False
    if sa.what != sb.what or sa.period != sb.period:
        return False
    if sa.scope and sb.scope and not set(sa.scope) & set(sb.scope):
        return False
    wa, wb = set(sa.words), set(sb.words)
    if (wa & _ORDINALS) != (wb & _ORDINALS) or (wa | wb) & _COMPARATIVES:
        return False  # "the first event" / "the third event"; "had a lower reach"
    if wa & _ATTRIBUTION and wb & _ATTRIBUTION:
        return False  # two reported estimates ("one study concluded ..., another found ...")
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
