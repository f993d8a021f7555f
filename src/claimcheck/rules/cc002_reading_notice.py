from __future__ import annotations

from typing import Iterable

from claimcheck.findings.model import Finding, Severity
from claimcheck.rules.base import CheckContext, Rule


class ReadingNotice(Rule):
    """The reader read past something it could not use (front matter, encoding, dates).

    ## Why is this bad?
    claimcheck never refuses a draft over its metadata: a front-matter date in a form it
    cannot read, or a page that declares one encoding and holds another, is read anyway.
    But a rule that needs the publication date (relative windows such as "in the past 12
    months") cannot run without it, so the editor should know what was skipped and why.

    ## Example
    ```markdown
    ---
    title: Grid notes
    date: sometime in spring
    ---

    Storage capacity doubled.
    ```

    Use instead:
    ```markdown
    ---
    title: Grid notes
    date: 2025-04-14
    ---

    Storage capacity doubled.
    ```
    """

    code = "CC002"
    name = "reading-notice"
    severity = Severity.info

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        for notice in ctx.document.notices:
            yield self.finding(
                notice.location,
                notice.message,
                help=notice.help or None,
                subject=notice.subject or notice.message,
            )
