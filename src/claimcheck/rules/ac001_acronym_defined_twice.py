from __future__ import annotations

from typing import Iterable

from claimcheck.findings.model import Finding, Severity
from claimcheck.rules._acronyms_common import definitions, norm_expansion
from claimcheck.rules.base import CheckContext, Rule


class AcronymDefinedTwice(Rule):
    """One acronym is expanded in two different ways in the issue.

    Expansions are compared without case, articles, hyphens or apostrophe styles, and
    one that only adds words before or after the other ("Military Aerospace Force" and
    "Aerospace Force") names the same thing.

    ## Why is this bad?
    Two expansions mean at least one is wrong, or two bodies share one acronym; either
    way the reader cannot tell which is meant.

    ## Example
    ```markdown
    The Space Systems Department (SSD) was dissolved. Its Space Support Division (SSD)
    staff moved.
    ```

    Use instead:
    ```markdown
    The Space Systems Department (SSD) was dissolved. Its staff moved.
    ```
    """

    code = "AC001"
    name = "acronym-defined-twice"
    severity = Severity.error
    needs = ("acronym",)

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        for acronym, defs in definitions(ctx).items():
            first = defs[0]
            seen = [norm_expansion(first.expansion)]
            for d in defs[1:]:
                n = norm_expansion(d.expansion)
                if any(_same(n, s) for s in seen):
                    continue
                seen.append(n)
                yield self.finding(
                    d.location,
                    f"'{d.acronym}' is expanded as '{d.expansion}' here but as '{first.expansion}' before",
                    related=[(first.location, f"'{first.acronym}' = '{first.expansion}' here")],
                    help="check which expansion is right and use it in both places",
                    subject=f"{acronym} {n} / {seen[0]}",
                )


def _same(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return long.endswith(" " + short) or long.startswith(short + " ")
