from __future__ import annotations

from typing import Iterable

from pydantic import ConfigDict, Field

from claimcheck.claims.kinds import value_text
from claimcheck.claims.models import CheckableKind
from claimcheck.findings.model import Finding, Severity
from claimcheck.rules._registry import CHECKABLE_KINDS, RegistryRule, example_entry, iter_checkable
from claimcheck.rules.base import CheckContext, RuleOptions

Kind = CheckableKind


class Options(RuleOptions):
    model_config = ConfigDict(extra="forbid")

    kinds: list[Kind] = Field(default_factory=lambda: list(CHECKABLE_KINDS), description="Claim kinds to report.")


class UnregisteredClaim(RegistryRule[Options]):
    """A checkable claim has no entry in the claims registry (off by default).

    Checkable claims are amounts of money, counts of 10 or more, quantities that are not
    durations, member lists and dates of named events (docs/registry.md, "What is
    checkable"); a small count, a duration or an undated event counts too when an entry
    matches it. A claim has an entry when it speaks about one (see RG001) or states the
    value of one. This rule is off by default: select it by code (`--select RG005`) to see
    what a draft adds to the registry's work; `claimcheck claims init DRAFT` proposes the
    entries and `claimcheck status DRAFT` shows every claim with its entry.

    ## Why is this bad?
    It is not: it is a to-do list. A figure nobody has reviewed is the one most likely to
    be wrong, and drafts marked `status: ready` need every checkable claim verified (RG006).

    ## Example
    ```markdown
    The launch market was worth 580 billion euros in 2023.
    ```

    Use instead:
    ```markdown
    China counted more than 4 million 5G base stations.
    ```
    """

    code = "RG005"
    name = "unregistered-claim"
    severity = Severity.info
    needs = CHECKABLE_KINDS
    example_registry = example_entry("unverified")
    default_enabled = False
    Options = Options

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        for claim, matches in iter_checkable(ctx, self.options.kinds):
            if any(m.agrees or m.about for m in matches):
                continue
            kind = claim.kind.replace("_", " ")
            yield self.finding(
                claim,
                f"{kind} claim “{claim.text}” ({value_text(claim)}) has no registry entry",
                help="`claimcheck claims init DRAFT` proposes entries for review",
                subject=f"{claim.kind} {claim.text}",
            )
