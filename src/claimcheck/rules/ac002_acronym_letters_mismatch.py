from __future__ import annotations

from typing import Iterable

from claimcheck.findings.model import Finding, Severity
from claimcheck.rules._acronym import fit, initials
from claimcheck.rules._acronyms_common import definitions
from claimcheck.rules.base import CheckContext, Rule


class AcronymLettersMismatch(Rule):
    """An acronym's letters do not fit the expansion it is given.

    Ordinary patterns fit: function words skipped, letters from each part of a hyphenated
    word ("SOEs" = state-owned enterprises), from the part after a common prefix
    ("ASF" = AeroSpace Force), several letters from the first word of a short expansion
    ("ASAT" = anti-satellite), extra words before or after, words left out. What remains
    are letters in the wrong order or with no word to stand for.

    ## Why is this bad?
    A swapped or wrong acronym ("CNAS" for the China National Space Administration) is a
    factual error a specialist reader spots at once, and often a sign that the acronym of
    a different body was pasted in.

    ## Example
    ```markdown
    The China National Space Administration (CNAS) runs the civil programme.
    ```

    Use instead:
    ```markdown
    The China National Space Administration (CNSA) runs the civil programme.
    ```
    """

    code = "AC002"
    name = "acronym-letters-mismatch"
    severity = Severity.error
    needs = ("acronym",)

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        for defs in definitions(ctx).values():
            for d in defs:
                if fit(d.acronym, d.expansion) != "mismatch":
                    continue
                expected = initials(d.expansion)
                yield self.finding(
                    d.location,
                    f"'{d.acronym}' does not fit '{d.expansion}' (its initials spell {expected})",
                    help=f"check the acronym: is it {expected}, or is the name wrong?",
                    subject=f"{d.acronym} {d.expansion}",
                )
