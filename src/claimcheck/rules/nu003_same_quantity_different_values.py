from __future__ import annotations

import re
from typing import Iterable

from claimcheck.findings.model import Finding, Severity
from claimcheck.rules._numbers_agree import agree, same_fact, stated
from claimcheck.rules._rates import human
from claimcheck.rules.base import CheckContext, Rule

_STOP = frozenset(
    "the a an of in to and or for by on at with from as is are was were be that this which it its "
    "their has have had will would could should than more less about over under up nearly "
    "billion million trillion thousand euros yuan dollars".split()
)


class SameQuantityDifferentValues(Rule):
    """The same quantity is stated with different values in different places.

    Counts of the same thing ("5G base stations") and amounts of money in the same
    currency for the same year and subject are compared. Scale words, rounding (5%) and
    qualifiers are allowed for: "more than 4 million" agrees with "4.2 million", "about
    100" with "nearly 95".

    ## Why is this bad?
    Two values for one figure in one issue: readers quote the wrong one.

    ## Example
    ```markdown
    The country has more than 4 million 5G base stations.

    Operators now run 3 million 5G base stations.
    ```

    Use instead:
    ```markdown
    The country has more than 4 million 5G base stations.

    Operators now run 4.2 million 5G base stations.
    ```
    """

    code = "NU003"
    name = "same-quantity-different-values"
    severity = Severity.warning
    needs = ("count", "money")

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        counts = [c for c in ctx.claims.of_kind("count") if c.footnote is None]
        for j, b in enumerate(counts):
            for a in counts[:j]:
                if not same_fact(a, b):
                    continue
                if agree(a.value, a.qualifier, b.value, b.qualifier):
                    continue
                yield self._finding(a, b, stated(b), stated(a))
                break
        money = [m for m in ctx.claims.of_kind("money") if m.footnote is None and m.year]
        for j, b in enumerate(money):
            for a in money[:j]:
                if a.currency != b.currency or a.year != b.year or not same_fact(a, b):
                    continue
                if len(_context(a) & _context(b)) < 2:
                    continue
                if agree(a.value, a.qualifier, b.value, b.qualifier):
                    continue
                yield self._finding(a, b, human(b.value, b.currency), human(a.value, a.currency))
                break

    def _finding(self, a, b, here: str, there: str) -> Finding:
        return self.finding(
            b.location,
            f"'{here}' here, but '{there}' at line {a.location.line}",
            related=[(a.location, f"stated as '{there}' here")],
            help="use one figure, or say why they differ (date, scope, source)",
            subject=f"{b.text} / {a.text}",
        )


def _same_sentence(a, b) -> bool:
    return a.article == b.article and a.block == b.block and a.sentence == b.sentence


def _context(claim) -> frozenset[str]:
    sentence = claim.sentence.replace(claim.text, " ")
    return frozenset(w for w in re.findall(r"[a-z]{4,}", sentence.lower()) if w not in _STOP)
