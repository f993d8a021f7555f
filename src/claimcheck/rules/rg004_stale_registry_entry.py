from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from pydantic import ConfigDict, Field

from claimcheck.claims.models import CHECKABLE_KINDS
from claimcheck.findings.model import Finding, Severity
from claimcheck.rules._registry import RegistryRule, describe, entry_note, example_entry, matched_claims, reference_date
from claimcheck.rules.base import CheckContext, RuleOptions

if TYPE_CHECKING:
    from claimcheck.registry.store import AnyEntry


class Options(RuleOptions):
    model_config = ConfigDict(extra="forbid")

    max_age_days: int = Field(
        default=365, gt=0, description="Oldest an entry's as_of may be at the draft's date, in days."
    )


def settled(entry: AnyEntry) -> bool:
    """A value about the past when it was reviewed does not age: an amount for 2023
    reviewed in 2024, an event that had happened (or begun) by ``as_of``."""
    from claimcheck.registry.store import DateEntry, MoneyEntry  # loaded only with a registry

    as_of = entry.as_of.last_day()
    if isinstance(entry, MoneyEntry) and entry.year is not None:
        return entry.year < as_of.year
    if isinstance(entry, DateEntry):
        return (entry.end_date or entry.date).first_day() <= as_of
    return False


class StaleRegistryEntry(RegistryRule[Options]):
    """The draft relies on a registry entry whose `as_of` is too old.

    An entry is relied on when a claim of the draft states its value. Its age is counted
    from its `as_of` (the end of that month or year, when only those are given) to the
    draft's publication date; a draft without one is dated by its newest cited source,
    which it cannot precede. Values that cannot age are left alone: an amount for a year
    that had ended when it was reviewed, an event that had already happened. Entries marked
    false or disputed are RG002's business.

    ## Why is this bad?
    Counts, member lists, forecasts and plans change. A figure reviewed long before
    publication may have been overtaken: check for a newer one, then update the entry.

    ## Example
    ```markdown
    ---
    publication_date: 2026-03-01
    ---
    China counted more than 4 million 5G base stations.
    ```

    Use instead:
    ```markdown
    ---
    publication_date: 2025-03-01
    ---
    China counted more than 4 million 5G base stations.
    ```
    """

    code = "RG004"
    name = "stale-registry-entry"
    severity = Severity.warning
    needs = CHECKABLE_KINDS
    example_registry = example_entry()
    Options = Options

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        seen: set[str] = set()
        limit = self.options.max_age_days
        for claim, matches in matched_claims(ctx):
            for m in matches:
                entry = m.entry
                if not m.agrees or entry.id in seen or entry.status in ("false", "disputed") or settled(entry):
                    continue
                seen.add(entry.id)
                when, how = reference_date(ctx)
                age = (when - entry.as_of.last_day()).days
                if age <= limit:
                    continue
                at = {"publication": "publication", "today": "today"}.get(how, how)
                yield self.finding(
                    claim,
                    f"registry entry '{entry.id}' is as of {entry.as_of}, {age} days before "
                    f"{at} ({when.isoformat()}); the limit is {limit} days",
                    related=[entry_note(entry, f"{describe(entry)}, as of {entry.as_of}", "as_of")],
                    help="look for a newer figure, review it and add or update the entry",
                    subject=f"{entry.id} {claim.text}",
                )
