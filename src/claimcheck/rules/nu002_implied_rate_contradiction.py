from __future__ import annotations

from typing import Iterable

from pydantic import ConfigDict, Field

from claimcheck.claims.models import MoneyClaim
from claimcheck.findings.model import Finding, Severity
from claimcheck.rules._rates import describe
from claimcheck.rules.base import CheckContext, Rule, RuleOptions


class Options(RuleOptions):
    model_config = ConfigDict(extra="forbid")

    tolerance: float = Field(
        default=0.05, gt=0, lt=1, description="Relative difference allowed between two rates implied for one year."
    )


class ImpliedRateContradiction(Rule[Options]):
    """Two conversions between the same currencies for the same year imply different rates.

    Conversions for different years are not compared: exchange rates move.

    ## Why is this bad?
    An issue that converts yuan to euros at 7.7 in one article and at 9 in another cannot
    be right twice; readers who do the sum notice.

    ## Example
    ```markdown
    Sales reached 7.7 billion yuan (1 billion euros) in 2024. Exports reached 9 billion
    yuan (1.5 billion euros) in 2024.
    ```

    Use instead:
    ```markdown
    Sales reached 7.7 billion yuan (1 billion euros) in 2024. Exports reached 9 billion
    yuan (1.2 billion euros) in 2024.
    ```
    """

    code = "NU002"
    name = "implied-rate-contradiction"
    severity = Severity.warning
    needs = ("money",)
    Options = Options

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        seen: dict[tuple[str, str, int | None, int | None], MoneyClaim] = {}
        for m in ctx.claims.of_kind("money"):
            eq = m.equivalent
            if eq is None or m.value <= 0 or eq.amount <= 0:
                continue
            pair = (m.currency, eq.currency)
            # rates move: only conversions for the same year (or both undated) must agree
            year = m.year or (m.date.year if m.date is not None else None) or m.context_year
            implied = eq.amount / m.value
            key = (*pair, year, m.year_to)  # a financial year ("2022-23") is not its first calendar year
            prev = seen.get(key)
            if prev is None:
                seen[key] = m
                continue
            assert prev.equivalent is not None  # only claims with an equivalent are kept
            prev_rate = prev.equivalent.amount / prev.value
            if abs(implied - prev_rate) / prev_rate <= self.options.tolerance:
                continue
            yield self.finding(
                m,
                f"this conversion implies {describe(implied, *pair)}, but the one at line "
                f"{prev.location.line} implies {describe(prev_rate, *pair)}",
                related=[(prev.location, f"implies {describe(prev_rate, *pair)}")],
                help="use one rate for one period, or say why they differ",
                subject=f"{m.text} / {prev.text}",
            )
