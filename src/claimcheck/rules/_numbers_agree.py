"""When two stated numbers are the same quantity written differently, and when not."""

from __future__ import annotations

import re

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


def stated(claim) -> str:
    """A numeric claim as the text states it: qualifier, number, what it counts."""
    parts = [claim.qualifier, claim.written if claim.kind != "money" else claim.text]
    thing = getattr(claim, "thing", None)
    if thing and thing not in claim.text:
        parts.append(thing)
    return " ".join(p for p in parts if p)
