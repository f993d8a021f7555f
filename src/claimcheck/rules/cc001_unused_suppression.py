from __future__ import annotations

from typing import Iterable

from claimcheck.document import Document
from claimcheck.findings.model import Finding, Severity
from claimcheck.rules.base import CheckContext, Rule


class UnusedSuppression(Rule):
    """An inline suppression comment matches no finding.

    An inline suppression comment (`<!-- claimcheck: ignore[CODE] -->`) matches no finding.

    ## Why is this bad?
    A suppression that no longer suppresses anything hides the next real finding at that
    place. Remove it, or fix the codes it names.

    ## Example
    ```markdown
    Costs fell by a third.[^1] <!-- claimcheck: ignore[FN001] -->

    [^1]: Ministry of Energy, annual report, 2024.
    ```

    Use instead:
    ```markdown
    Costs fell by a third.[^1]

    [^1]: Ministry of Energy, annual report, 2024.
    ```
    """

    code = "CC001"
    name = "unused-suppression"
    severity = Severity.warning

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        # the pipeline calls report() once the other rules' findings are suppressed
        return ()

    def report(self, doc: Document, used: set[int]) -> list[Finding]:
        """A finding for each of ``doc``'s suppressions whose index is not in ``used``."""
        out = []
        for i, s in enumerate(doc.suppressions):
            if i in used:
                continue
            codes = ", ".join(s.codes)
            out.append(
                self.finding(
                    s,
                    f"suppression of {codes} matches no finding",
                    help="remove the comment, or fix the codes it names",
                    subject=f"suppression {codes} {s.scope}",
                )
            )
        return out
