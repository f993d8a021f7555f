from __future__ import annotations

from typing import Iterable

from claimcheck.findings.model import Finding, Severity
from claimcheck.rules._acronyms_common import definitions, norm_expansion
from claimcheck.rules.base import CheckContext, Rule


class AcronymDefinedTwice(Rule):
    """One acronym is expanded in two different ways in the issue.

    Definitions are read in the usual shapes: "the Name (ACR)", "ACR (the Name)", "the Name
    (hereafter ACR)", "the Name (“ACR”)" and, when the letters fit, "the Name, or ACR,".

    Expansions are compared without case, articles, hyphens, spaces inside words (a
    line-end hyphen joined or not: "Pay-toEndPoint"), apostrophe styles, singular or
    plural ("common practice number" and "numbers") and shortened words ("Async Task
    Framework" and "Asynchronous Task Framework"); one that only adds words before or
    after the other ("Military Aerospace Force" and "Aerospace Force") names the same
    thing. Parentheses that define nothing (a file type after a title, an affiliation)
    are not expansions.

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
                    d,
                    f"'{d.acronym}' is expanded as '{d.expansion}' here but as '{first.expansion}' before",
                    related=[(first.location, f"'{first.acronym}' = '{first.expansion}' here")],
                    help="check which expansion is right and use it in both places",
                    subject=f"{acronym} {n} / {seen[0]}",
                )


def _same(a: str, b: str) -> bool:
    import re

    # the number of a numbered name is not part of the name: "Executive Order 14030 (EO 14030)"
    a, b = (re.sub(r"\s*\b\d[\d.,/-]*\b", "", x).strip() for x in (a, b))
    if a == b or a.replace(" ", "") == b.replace(" ", ""):
        return True
    wa, wb = _stems(a), _stems(b)
    if len(wa) == len(wb) and all(
        x == y or min(len(x), len(y)) >= 4 and (x.startswith(y) or y.startswith(x)) for x, y in zip(wa, wb)
    ):
        return True  # singular and plural, a word shortened ("Async")
    short, long = sorted((a, b), key=len)
    if long.endswith(" " + short) or long.startswith(short + " "):
        return True
    # words added before or after, the name written joined or split ("Add PayToAnchor" /
    # "pay-to-anchor"): the shorter, without spaces, is the longer's first or last words
    joined, ws = short.replace(" ", ""), long.split()
    return any("".join(ws[i:]) == joined or "".join(ws[:i]) == joined for i in range(1, len(ws)))


def _stems(text: str) -> list[str]:
    import re

    out = []
    for w in re.findall(r"[\w']+", text):
        w = w.replace("'", "")
        if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        if w not in ("and", "of", "for", "the", "&"):
            out.append(w)
    return out
