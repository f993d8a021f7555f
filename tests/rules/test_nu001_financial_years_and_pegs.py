"""NU001 with a financial or academic year ("in 2022-23", "in fiscal 2021-22", "In
2022-23 …" opening the sentence; words of purpose between the amount and its year), where a
conversion at either calendar year's rate, or between them, is right; and with a currency
the ECB does not quote but that is pegged by law to one it does (the Nepalese rupee to the
Indian rupee, the CFA franc to the euro, the Gulf currencies to the dollar). Defects must be
found, traps of the same shapes (right conversions, a range of years) must stay silent. Our
own sentences, in domains outside the evaluation set."""

from __future__ import annotations

from tests.rules._variants import variant_tests

WRAP = "---\ndate: 2025-06-01\n---\n\n# Report\n\n{}\n"

DEFECTS = {
    # 36,000 crore is ₹360 billion: $4.6 billion at 2022's rate, $4.4 billion at 2023's
    "split year after the amount": "The state's liquor duty raised ₹36,000 crore in 2022-23 (about $6.1 billion).",
    # ₹92 billion: $1.17 billion (2022) or $1.11 billion (2023)
    "split year opening the sentence": "In 2022-23 the port authority earned ₹9,200 crore (roughly $1.6 billion) "
    "from cargo dues.",
    # £740 million: €868 million (2022) or €851 million (2023)
    "purpose words before the year": "Councils spent £740 million on school transport in 2022/23 (about €1.1 billion).",
    # A$80 billion: US$60 billion (2021) or US$56 billion (2022)
    "fiscal year": "Farm exports earned A$80 billion in fiscal 2021-22 (about US$72 billion).",
    # NPR 2 billion at 1.6 per rupee and 2024's rupee: US$14.9 million
    "Nepalese rupee": "The ministry set aside NPR 2 billion in 2024 (about US$21 million) for rural bridges.",
    # XOF 30 billion at 655.957 per euro, 2023: $49.5 million
    "CFA franc": "The school-meals budget reached XOF 30 billion in 2023 (roughly $62 million).",
    # SAR 500 million at 3.75 per dollar, 2022: £108 million
    "Saudi riyal": "The desalination contract was worth SAR 500 million in 2022 (around £140 million).",
}
# the noun an amount qualifies between it and its conversion
DEFECTS.update(
    {
        # £160 million at 2023's 1.15: €184 million
        "amount before its noun": "In 2023 the ministry opened a £160 million grant fund (about €240 million) for ports.",
        # £40 million: €46 million at 2023's rate
        "noun and the rate's year": "The £40 million harbour upgrade (roughly €60 million at 2023 exchange rates) "
        "opened in May.",
        # ₹5,000 crore (₹50 billion) in 2024: $598 million
        "noun then the year": "The ₹5,000 crore seed scheme in 2024 (about $900 million) reached 40 districts.",
    }
)
TRAPS = {
    "amount before its noun, right": "In 2023 the ministry opened a £160 million grant fund (about €184 million) "
    "for ports.",
    "noun and the rate's year, right": "The £40 million harbour upgrade (roughly €46 million at 2023 exchange rates) "
    "opened in May.",
    "noun then the year, right": "The ₹5,000 crore seed scheme in 2024 (about $600 million) reached 40 districts.",
    # a clause, not the amount's noun, stands before the bracket
    "a clause before the bracket": "The city received £5 million while the county got more (about €2 million) in 2023.",
    "split year, the first year's rate": "The state's liquor duty raised ₹36,000 crore in 2022-23 "
    "(about $4.6 billion).",
    "split year, between the two rates": "In 2022-23 the port authority earned ₹9,200 crore "
    "(roughly $1.14 billion) from cargo dues.",
    "split year, the second year's rate": "Councils spent £740 million on school transport in 2022/23 "
    "(about €850 million).",
    "fiscal year, between": "Farm exports earned A$80 billion in fiscal 2021-22 (about US$58 billion).",
    # a range of years is no one year to convert at
    "a range of years": "The fund paid out £300 million in 2019-2023 (about €900 million across the period).",
    "Nepalese rupee right": "The ministry set aside NPR 2 billion in 2024 (about US$15 million) for rural bridges.",
    "CFA franc right": "The school-meals budget reached XOF 30 billion in 2023 (roughly $49 million).",
    "Saudi riyal right": "The desalination contract was worth SAR 500 million in 2022 (around £108 million).",
    # a floating currency with no figure for its year (the Argentine peso moves too fast for
    # one): no rate, no finding
    "Argentine peso": "The export duty raised ARS 900 billion in 2023 (about $3 billion).",
}

test_defect_found, test_trap_silent = variant_tests("NU001", DEFECTS, TRAPS, wrap=WRAP)


def test_a_peg_gives_the_anchors_rate_at_its_parity() -> None:
    from claimcheck.rules._rates import rate

    npr = rate("NPR", "USD", year=2024)
    inr = rate("INR", "USD", year=2024)
    assert npr is not None and inr is not None
    assert abs(npr[0] - inr[0] / 1.6) < 1e-12
    assert "fixed rate of 1.6 per INR" in npr[1]
    # to its own anchor, the parity itself; before the peg, nothing
    assert rate("XOF", "EUR", year=2020) == (1 / 655.957, "the XOF's fixed rate of 655.957 per EUR")
    assert rate("NPR", "USD", year=1990) is None
    assert rate("ARS", "USD", year=2023) is None  # floating, and no yearly figure for it
