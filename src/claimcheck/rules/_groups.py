"""Which member lists name the same group ("the ILRS", "China’s project for a lunar
research station"): the document's own acronym definitions and shared content words."""

from __future__ import annotations

import re

from claimcheck.rules.base import CheckContext

_GENERIC = frozenset(
    "the a an of for and its their project programme program initiative group members member "
    "countries country partners partner s "
    # words of a clause that says what the members did ("that had lost their bank" / "that
    # had gained a post office" share no word of the group)
    "that which who whose had has have was were are been this these those with from into by".split()
)


def expansions(ctx: CheckContext) -> dict[str, str]:
    out: dict[str, str] = {}
    for claim in ctx.claims.of_kind("acronym"):
        out.setdefault(claim.acronym.rstrip("s") if claim.acronym.endswith("s") else claim.acronym, claim.expansion)
    return out


def group_words(group: str, acr: dict[str, str]) -> frozenset[str]:
    text = group
    for a, e in acr.items():
        text = re.sub(rf"\b{re.escape(a)}\b", e, text)
    words = re.findall(r"[a-z]+", text.lower().replace("’", "'"))
    return frozenset(w for w in words if w not in _GENERIC and len(w) > 2)


def same_group(a: frozenset[str], b: frozenset[str]) -> bool:
    common = a & b
    return len(common) >= 2 and len(common) / max(1, min(len(a), len(b))) >= 0.6


def group_label(group: str, acr: dict[str, str]) -> str:
    """A short name for messages: the acronym when the group is named by one (not when
    it stands in a relative clause after the group's noun: "agencies whose ratings count
    for the ECB" are no members of the ECB)."""
    named = re.split(r"\s(?:whose|that|which|who)\s", group, maxsplit=1)[0]
    for a, e in acr.items():
        if re.search(rf"\b{re.escape(a)}\b", named) or e.lower() in named.lower():
            return a
    return re.sub(r"^the\s+", "", group)
