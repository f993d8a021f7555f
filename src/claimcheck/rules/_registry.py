"""What the registry rules (RG) share: claims matched to entries once per document, the
reference date of a draft, and how an entry is named in a finding."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, ClassVar, Iterator, Sequence, cast

from claimcheck.claims.kinds import is_checkable, under_review
from claimcheck.claims.models import CHECKABLE_KINDS, CitationClaim, Claim
from claimcheck.document import Location
from claimcheck.extract import extract
from claimcheck.rules.base import CheckContext, OptionsT, Rule

if TYPE_CHECKING:
    from claimcheck.registry.matching import Match

__all__ = [
    "CHECKABLE_KINDS",
    "REGISTRY_KINDS",
    "RegistryRule",
    "example_entry",
    "entry_note",
    "is_checkable",
    "matched_claims",
    "reference_date",
    "under_review",
]

#: Claim kinds the registry holds values for (those that count as checkable: RG005, RG006,
#: ``claimcheck status``); written once, in :mod:`claimcheck.claims.models`.
REGISTRY_KINDS = CHECKABLE_KINDS


class RegistryRule(Rule[OptionsT]):
    """A rule that reads the registry of reviewed claims (skipped in a run without one).

    Its documentation shows the registry its examples are checked against: the
    ``## Registry`` section, generated from :attr:`example_registry` (YAML)."""

    requires_registry = True
    #: the registry entries (YAML) the docstring's ``## Example`` and ``Use instead:`` are
    #: checked against (tests/rules/test_cases.py)
    example_registry: ClassVar[str]

    @classmethod
    def generated_docs(cls) -> list[str]:
        return [f"## Registry\n```yaml\n{cls.example_registry}```", *super().generated_docs()]


def example_entry(status: str = "verified") -> str:
    """The entry most registry rules' examples use (China's 5G base stations), as YAML."""
    return f"""\
- id: china-5g-base-stations-2024-09
  statement: China had about four million 5G base stations in September 2024.
  kind: count
  value: 4000000
  thing: 5G base stations
  as_of: 2024-09-25
  sources:
    - title: China home to 4 million 5G base stations
      outlet: Government of the People's Republic of China
      date: 2024-09-25
  status: {status}
"""


def matched_claims(ctx: CheckContext, tolerance: float = 0.0) -> list[tuple[Claim, list[Match]]]:
    """``(claim, matches)`` for every claim of a registry kind, in reading order (cached)."""
    key = f"registry-matches:{tolerance}"
    if key not in ctx.shared:
        # the registry's modules load only in a run that has a registry (start-up time)
        from claimcheck.registry.matching import match_claim

        assert ctx.registry is not None, "registry rules run only with a registry"
        index = ctx.registry.index
        ctx.shared[key] = [
            (c, match_claim(index, c, default_tolerance=tolerance)) for c in ctx.claims if c.kind in REGISTRY_KINDS
        ]
    return cast("list[tuple[Claim, list[Match]]]", ctx.shared[key])


def iter_checkable(ctx: CheckContext, kinds: Sequence[str]) -> Iterator[tuple[Claim, list[Match]]]:
    """Claims under review (:func:`under_review`) with their matches."""
    for claim, matches in matched_claims(ctx):
        if under_review(claim, matches, kinds):
            yield claim, matches


def reference_date(ctx: CheckContext) -> tuple[dt.date, str]:
    """The date a draft speaks at, and how it was found: its publication date; else the
    date of its newest cited source (a draft appears no earlier than that); else today."""
    if "reference-date" in ctx.shared:
        return cast("tuple[dt.date, str]", ctx.shared["reference-date"])
    doc = ctx.document
    out: tuple[dt.date, str]
    if doc.metadata.publication_date:
        out = (doc.metadata.publication_date, "publication")
    else:
        dates = [c.date.last_day() for c in extract(doc, ["citation"]).of_type(CitationClaim) if c.date is not None]
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
    who = [
        p
        for p in (
            f"by {entry.reviewed_by}" if entry.reviewed_by else "",
            f"on {entry.reviewed_on}" if entry.reviewed_on else "",
        )
        if p
    ]
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
