"""What the registry rules (RG) share: claims matched to entries once per document, the
reference date of a draft, and how an entry is named in a finding."""

from __future__ import annotations

import datetime as dt
from typing import Any, Iterator

from claimcheck.document import Location
from claimcheck.rules.base import CheckContext

__all__ = [
    "CHECKABLE_KINDS",
    "REGISTRY_KINDS",
    "entry_note",
    "is_checkable",
    "matched_claims",
    "reference_date",
    "under_review",
]

#: Claim kinds the registry holds values for.
REGISTRY_KINDS = ("money", "count", "quantity", "date", "member_list")
#: Kinds whose claims count as checkable (RG005, RG006, ``claimcheck status``).
CHECKABLE_KINDS = REGISTRY_KINDS
#: Counts below this are not checkable by default ("three phone makers", "two reasons"):
#: an editor reads them in the sentence; an entry that speaks about one still holds it.
MIN_CHECKABLE_COUNT = 10


def _is_duration(claim: Any) -> bool:
    """A quantity in units of time ("12 months", "six weeks"): the span a sentence speaks
    over ("in the past 12 months"), not a figure a source states."""
    from claimcheck.claims.matching import _dimensionality

    return claim.kind == "quantity" and _dimensionality(claim.unit) == "[time]"


def is_checkable(claim: Any, kinds: tuple[str, ...] | list[str] = CHECKABLE_KINDS) -> bool:
    """A claim an editor can check against a source: an amount of money, a count of 10 or
    more, a quantity that is not a duration, a member list, or a date that dates a named
    event (not "in recent years"). See docs/registry.md, "What is checkable"."""
    if claim.kind not in kinds:
        return False
    if claim.kind == "date":
        return claim.date is not None and claim.relative is None and bool(claim.event)
    if claim.kind == "count":
        return claim.value >= MIN_CHECKABLE_COUNT
    if claim.kind == "quantity":
        return not _is_duration(claim)
    return True


def under_review(claim: Any, matches: Any, kinds: tuple[str, ...] | list[str] = CHECKABLE_KINDS) -> bool:
    """Does the review workflow (RG005, RG006, ``status``, ``claims init``) hold this claim?
    A checkable one always; a date without a named event, a small count or a duration
    when the registry holds an entry it matches."""
    return is_checkable(claim, kinds) or (claim.kind in kinds and bool(matches))


def matched_claims(ctx: CheckContext, tolerance: float = 0.0) -> list[tuple[Any, list[Any]]]:
    """``(claim, matches)`` for every claim of a registry kind, in reading order (cached)."""
    key = f"registry-matches:{tolerance}"
    if key not in ctx.shared:
        from claimcheck.claims.matching import match_claim

        index = ctx.registry.index
        ctx.shared[key] = [
            (c, match_claim(index, c, default_tolerance=tolerance))
            for c in ctx.claims
            if c.kind in REGISTRY_KINDS
        ]
    return ctx.shared[key]


def iter_checkable(ctx: CheckContext, kinds: tuple[str, ...] | list[str]) -> Iterator[tuple[Any, list[Any]]]:
    """Claims under review (:func:`under_review`) with their matches."""
    for claim, matches in matched_claims(ctx):
        if under_review(claim, matches, kinds):
            yield claim, matches


def reference_date(ctx: CheckContext) -> tuple[dt.date, str]:
    """The date a draft speaks at, and how it was found: its publication date; else the
    date of its newest cited source (a draft appears no earlier than that); else today."""
    if "reference-date" in ctx.shared:
        return ctx.shared["reference-date"]
    doc = ctx.document
    out: tuple[dt.date, str]
    if doc.metadata.publication_date:
        out = (doc.metadata.publication_date, "publication")
    else:
        from claimcheck.extract import extract

        dates = [c.date.last_day() for c in extract(doc, ["citation"]) if getattr(c, "date", None) is not None]
        dates = [d for d in dates if d <= dt.date.today()]
        out = (max(dates), "the draft's newest source") if dates else (dt.date.today(), "today")
    ctx.shared["reference-date"] = out
    return out


def entry_note(entry: Any, text: str, key: str | None = None) -> tuple[Location, str]:
    """A related location pointing at the entry's value in its registry file."""
    return entry.location(key or entry.value_key), text


def describe(entry: Any) -> str:
    """``verified entry 'id' (reviewed by X on 2025-01-02)``: plain text, no Markdown."""
    text = f"{entry.status} entry '{entry.id}'"
    who = [p for p in (f"by {entry.reviewed_by}" if entry.reviewed_by else "", f"on {entry.reviewed_on}" if entry.reviewed_on else "") if p]
    return f"{text} (reviewed {' '.join(who)})" if who else text


def pick_by_date(entries: list[Any], when: dt.date | None) -> Any | None:
    """The entry whose ``as_of`` is the latest not after ``when`` (the latest of all when
    ``when`` is None); None when every entry is newer than ``when``."""
    if not entries:
        return None
    if when is None:
        return max(entries, key=lambda e: (e.as_of.first_day(), e.id))
    older = [e for e in entries if e.as_of.first_day() <= when]
    if not older:
        return None
    return max(older, key=lambda e: (e.as_of.first_day(), e.id))
