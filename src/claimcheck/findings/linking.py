"""Findings that report one slip from several sides name each other.

One mistake can trip more than one rule: an acronym expanded two ways, where the second
expansion also does not fit and stops short, is AC001, AC002 and AC003 on one acronym; a
changed figure in a draft marked ready is RG001 (it contradicts its entry) and RG006 (it
has no verified entry). They stay separate findings (each rule can be selected, ignored or
suppressed on its own, and their fingerprints do not move), but each one lists the others
among its related places, labelled ``same slip: CODE message``, so that a reader fixes the
slip once and sees every finding it clears.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Hashable, Sequence

from claimcheck.findings.model import Finding, Related

__all__ = ["LINKED_ACRONYM_RULES", "link_related"]

#: acronym rules that can report one acronym's slip together (grouped by the acronym)
LINKED_ACRONYM_RULES = ("AC001", "AC002", "AC003")


def _group(f: Finding) -> Hashable | None:
    """What the finding is about, when another rule may report the same slip."""
    if f.rule in LINKED_ACRONYM_RULES and f.subject:
        return ("acronym", f.location.path, f.subject.split()[0])
    if f.family == "RG":  # registry findings on one claim: the claim's place
        loc = f.location
        return ("claim", loc.path, loc.line, loc.column)
    return None


def link_related(findings: Sequence[Finding]) -> list[Finding]:
    """``findings``, in the same order, each one of a group naming the group's others."""
    groups: dict[Hashable, list[int]] = defaultdict(list)
    for i, f in enumerate(findings):
        key = _group(f)
        if key is not None:
            groups[key].append(i)
    out = list(findings)
    for members in groups.values():
        if len({findings[i].rule for i in members}) < 2:
            continue
        for i in members:
            f = findings[i]
            extra = tuple(
                Related(location=findings[j].location, message=f"same slip: {findings[j].rule} {findings[j].message}")
                for j in members
                if findings[j].rule != f.rule
            )
            out[i] = f.model_copy(update={"related": (*f.related, *extra)})
    return out
