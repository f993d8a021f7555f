from __future__ import annotations

from typing import Iterable

from pydantic import ConfigDict, Field

from claimcheck.claims.models import CheckableKind
from claimcheck.document import Location
from claimcheck.findings.model import Finding, Severity
from claimcheck.rules._registry import (
    CHECKABLE_KINDS,
    describe,
    entry_note,
    example_entry,
    iter_checkable,
    RegistryRule,
)
from claimcheck.rules.base import CheckContext, RuleOptions

Kind = CheckableKind


class Options(RuleOptions):
    model_config = ConfigDict(extra="forbid")

    kinds: list[Kind] = Field(
        default_factory=lambda: list(CHECKABLE_KINDS), description="Claim kinds that need a verified entry."
    )
    statuses: list[str] = Field(
        default_factory=lambda: ["ready"], description="Front-matter statuses that close the gate."
    )


class UnverifiedClaimInReadyDraft(RegistryRule[Options]):
    """A draft marked `status: ready` has a checkable claim without a verified entry.

    The front matter's `status` says where a draft stands. Once it says `ready`, every
    checkable claim (amounts, counts of 10 or more, quantities other than durations,
    member lists, dates of named events) must state the value of a *verified* registry
    entry. The message says what is missing: no entry at all, an entry still unverified,
    or one the claim contradicts.

    ## Why is this bad?
    "Ready" means ready to publish. A figure nobody verified should hold the draft back,
    not slip through because the checklist was long.

    ## Example
    ```markdown
    ---
    status: ready
    ---
    China counted more than 4 million 5G base stations and 600 million users.
    ```

    Use instead:
    ```markdown
    ---
    status: ready
    ---
    China counted more than 4 million 5G base stations.
    ```
    """

    code = "RG006"
    name = "unverified-claim-in-ready-draft"
    severity = Severity.error
    needs = CHECKABLE_KINDS
    example_registry = example_entry()
    Options = Options

    def _status(self, ctx: CheckContext) -> str:
        return (ctx.document.metadata.status or "").strip().lower()

    def _ready(self, ctx: CheckContext) -> bool:
        return self._status(ctx) in {s.lower() for s in self.options.statuses}

    def without_registry(self, ctx: CheckContext) -> Iterable[Finding]:
        """A ready draft checked without a registry: the gate could not run, so it must
        not pass in silence."""
        if not self._ready(ctx):
            return
        doc = ctx.document
        block = next(doc.iter_blocks(), None)
        loc = block.location if block is not None else Location(path=doc.path, line=1, column=1)
        yield self.finding(
            loc,
            f"the draft is marked 'status: {doc.metadata.status}' but no registry of reviewed claims "
            "was given, so the ready gate could not check its claims",
            help="pass --claims claims/ (or set `registry` in the settings), or change the status",
            subject="ready gate without registry",
        )

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        from claimcheck.registry.matching import best_match  # loaded only with a registry

        if not self._ready(ctx):
            return
        status = self._status(ctx)
        for claim, matches in iter_checkable(ctx, self.options.kinds):
            if any(m.agrees and m.entry.status == "verified" for m in matches):
                continue
            best = best_match(matches)
            related = []
            if best is None:
                why = "it has no registry entry"
            elif best.agrees:
                why = f"its entry '{best.entry.id}' is {best.entry.status}"
                related.append(entry_note(best.entry, describe(best.entry), "status"))
            else:
                why = f"it contradicts entry '{best.entry.id}'"
                related.append(entry_note(best.entry, f"{describe(best.entry)}: {best.entry_value}"))
            yield self.finding(
                claim,
                f"the draft is marked 'status: {status}' but “{claim.text}” has no verified entry: {why}",
                related=related,
                help="verify the claim and its entry, or set the draft's status back",
                subject=f"{claim.kind} {claim.text}",
            )
