from __future__ import annotations

from typing import Iterable

from claimcheck.claims.models import CHECKABLE_KINDS
from claimcheck.findings.model import Finding, Severity
from claimcheck.rules._registry import RegistryRule, describe, entry_note, matched_claims
from claimcheck.rules.base import CheckContext


class RepeatsFalseClaim(RegistryRule):
    """The draft repeats a claim the registry marks false or disputed.

    A claim repeats an entry when it states the entry's value: the same amount in the
    same currency and year, the same count of the same thing, the same date for the same
    event, the same members of the same group (see RG001 for how values are compared).

    ## Why is this bad?
    Editors reviewed this claim and found it wrong, or found that the sources disagree.
    Repeating it as a fact spreads it again; a disputed claim may stay only if the draft
    says it is disputed and by whom (then suppress the finding on that line).

    ## Example
    ```markdown
    The station will have 30 member countries.
    ```

    Use instead:
    ```markdown
    The station had twelve member countries in July 2024.
    ```
    """

    code = "RG002"
    name = "repeats-false-claim"
    severity = Severity.error
    needs = CHECKABLE_KINDS
    example_registry = """\
- id: station-thirty-members
  statement: A claim, seen in several drafts, that the station will have 30 member countries.
  kind: count
  value: 30
  thing: member countries
  as_of: 2024-07
  status: "false"
  notes: No source supports it; the State Council listed twelve in June 2024.
"""

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        for claim, matches in matched_claims(ctx):
            bad = [m for m in matches if m.agrees and m.entry.status in ("false", "disputed")]
            if not bad:
                continue
            m = min(bad, key=lambda x: (x.entry.status != "false", x.entry.id))
            entry = m.entry
            verdict = "false" if entry.status == "false" else "disputed"
            yield self.finding(
                claim,
                f"repeats a claim the registry marks {verdict}: '{entry.id}' ({entry.statement.strip()})",
                related=[
                    entry_note(
                        entry, f"{describe(entry)}" + (f": {entry.notes.strip()}" if entry.notes else ""), "status"
                    )
                ],
                help="remove or correct the claim"
                + (
                    "; if the draft reports the dispute, say so and suppress this finding"
                    if verdict == "disputed"
                    else ""
                ),
                subject=f"{claim.text} {entry.id}",
            )
