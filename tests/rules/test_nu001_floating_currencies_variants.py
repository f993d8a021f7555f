"""NU001 on floating currencies the ECB does not quote (family NU, session 18): a
conversion of Chilean or Colombian pesos, Kenyan, Ugandan or Tanzanian shillings ("KSh",
"USh", "TSh") or Pakistani rupees is checked through the dollar at the currency's yearly
average, and reported only when it is more than 15% off (the table's figures are
approximate, and a writer may have used any day's rate). Also: a conversion after what the
amount is for ("€900 million for new signalling (about £…)"), and a year that starts a
span ("since 2011") dates no amount. Traps: right conversions, conversions within the
margin, a year with no figure (a devaluation), a conversion of another year. Our own
sentences."""

from __future__ import annotations

import pytest

from tests.rules._variants import variant_tests

DEFECTS = {
    # Chilean peso, 2022 average about 873 per dollar: CLP 50 billion is about $57 million
    "Chilean peso, year in the sentence": "In 2022 the water utility paid CLP 50 billion (about $90 million) for new pipes.",
    # Colombian peso, 2021 average about 3,744: COP 2 trillion is about $534 million
    "Colombian peso, year after the amount": "The metro line received COP 2 trillion in 2021 (roughly $900 million).",
    # Kenyan shilling written KSh, 2023 average about 140: KSh 3 billion is about $21 million
    "KSh written before the amount": "In 2023 the county spent KSh 3 billion (about $30 million) on clinics.",
    # Ugandan shilling written USh, 2020 average about 3,718: USh 40 billion is about $10.8 million
    "USh, conversion in euros": "Road maintenance took USh 40 billion in 2020 (about €4 million).",
    # Pakistani rupee, 2021 average about 163: PKR 80 billion is about $491 million
    "Pakistani rupee code": "The flood fund disbursed PKR 80 billion in 2021 (about $700 million).",
    # a conversion after what the amount is for, at the ECB's 2023 average (0.87 £/€)
    "after 'for new signalling'": "In 2023 the ministry set aside €900 million for new signalling (about £500 million).",
}
TRAPS = {
    "Chilean peso, right": "In 2022 the water utility paid CLP 50 billion (about $57 million) for new pipes.",
    "Colombian peso, within the margin": "The metro line received COP 2 trillion in 2021 (roughly $580 million).",
    "KSh right": "In 2023 the county spent KSh 3 billion (about $21 million) on clinics.",
    "TSh right": "The port authority earned TSh 230 billion in 2021 (about $100 million).",
    # the Nigerian naira was floated in 2023: the table gives no figure for that year
    "a year with no figure": "In 2023 the state collected NGN 900 billion (about $1.9 billion) in levies.",
    # right at the 2020 average (about 106.5 per dollar), wrong at 2023's: the year said counts
    "a conversion of another year": "The dairy cooperative earned KSh 10 billion in 2020 (about $94 million).",
    "after 'for new signalling', right": "In 2023 the ministry set aside €900 million for new signalling (about £780 million).",
    # a total gathered since 2011 is converted at a recent rate, not 2011's ($1.39 per euro)
    "since a year": (
        "The agency now puts the programme at about $20 billion (about €18.5 billion), the sum its members "
        "have paid in since 2011."
    ),
}

WRAP = "---\npublication_date: 2024-06-01\n---\n# Report\n\n{}\n"

test_defect_found, test_trap_silent = variant_tests("NU001", DEFECTS, TRAPS, wrap=WRAP)


@pytest.mark.parametrize(
    ("code", "year", "low", "high"),
    [("CLP", 2023, 800, 880), ("KES", 2023, 130, 150), ("UGX", 2022, 3500, 3900), ("COP", 2020, 3500, 3900)],
)
def test_a_floating_currency_has_its_years_average_per_dollar(code: str, year: int, low: float, high: float) -> None:
    from claimcheck.rules._rates import floating, rate

    found = rate("USD", code, year=year)
    assert found is not None and floating(code)
    assert low <= found[0] <= high
    assert f"{code}'s average for {year}" in found[1]


def test_no_figure_outside_the_tables_years() -> None:
    from claimcheck.rules._rates import rate

    assert rate("CLP", "USD", year=1990) is None
    assert rate("ARS", "USD", year=2023) is None


def test_a_floating_currency_converts_to_the_euro_through_the_dollar() -> None:
    from claimcheck.rules._rates import rate

    eur_per_usd = rate("USD", "EUR", year=2023)
    clp_eur = rate("CLP", "EUR", year=2023)
    assert eur_per_usd is not None and clp_eur is not None
    assert clp_eur[0] == pytest.approx(eur_per_usd[0] / 840.1, rel=1e-6)
