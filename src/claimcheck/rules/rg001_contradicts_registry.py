from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from pydantic import ConfigDict, Field

from claimcheck.claims.models import Claim, DateClaim
from claimcheck.findings.model import Finding, Severity
from claimcheck.rules._registry import RegistryRule, describe, entry_note, example_entry, matched_claims, pick_by_date
from claimcheck.rules.base import CheckContext, RuleOptions

if TYPE_CHECKING:
    from claimcheck.registry.store import AnyEntry


class Options(RuleOptions):
    model_config = ConfigDict(extra="forbid")

    tolerance: float = Field(
        default=0.0,
        ge=0,
        lt=1,
        description="Relative difference allowed when an entry sets no tolerance of its own.",
    )


class ContradictsRegistry(RegistryRule[Options]):
    """A figure or date contradicts a verified entry of the claims registry.

    The draft's claim speaks about an entry's subject (the counted thing, an alias in the
    sentence, the same currency and year, the same event) but its value is outside what
    the entry allows: the draft's number stands for everything it rounds ("4 million" is
    3.5 to 4.5 million), widened by its qualifier ("more than", "about"), and the entry's
    value by its `tolerance`. Quantities are compared through the shared pint registry
    ("2,500 km" and "2,500,000 m" agree); money only in a currency both give. A figure
    dated after the entry's `as_of` in the same sentence is a newer figure, not a
    contradiction (RG004 reports an entry that is too old).

    ## Why is this bad?
    The registry holds what editors already checked against a source. A draft that says
    otherwise has a typo, an outdated figure, or a new source the registry does not know
    yet: either way the figure must not go out unchecked.

    ## Example
    ```markdown
    China counted 3 million 5G base stations.
    ```

    Use instead:
    ```markdown
    China counted more than 4 million 5G base stations.
    ```
    """

    code = "RG001"
    name = "contradicts-registry"
    severity = Severity.error
    needs = ("money", "count", "quantity", "date")
    example_registry = example_entry()
    Options = Options

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        when = ctx.document.metadata.publication_date
        dates = [c for c in ctx.claims.of_kind("date") if c.date is not None]
        for claim, matches in matched_claims(ctx, self.options.tolerance):
            if claim.kind == "member_list":
                continue
            if any(m.agrees and m.entry.status == "verified" for m in matches):
                continue
            against = [m for m in matches if m.contradicts and m.entry.status == "verified"]
            if not against:
                continue
            entry = pick_by_date([m.entry for m in against], when)
            if entry is None:
                entry = max((m.entry for m in against), key=lambda e: e.as_of.first_day())
            match = next(m for m in against if m.entry is entry)
            if claim.kind != "date" and _newer_figure(claim, entry, dates):
                continue
            yield self.finding(
                claim,
                f"{match.draft_value} contradicts the registry: verified entry '{entry.id}' has "
                f"{match.entry_value} (as of {entry.as_of})",
                related=[entry_note(entry, f"{describe(entry)}: {match.entry_value}")],
                help="correct the figure; if the source has changed, review the entry and update it",
                subject=f"{claim.text} {entry.id}",
            )


def _newer_figure(claim: Claim, entry: AnyEntry, dates: list[DateClaim]) -> bool:
    """A date after the entry's ``as_of`` in the claim's sentence: the draft gives a newer figure."""
    if getattr(claim, "year", None) is not None:
        return False
    limit = entry.as_of.last_day()
    for d in dates:
        if (d.article, d.block, d.footnote) != (claim.article, claim.block, claim.footnote):
            continue
        if d.sentence == claim.sentence and d.date is not None and d.date.first_day() > limit:
            return True
    return False
