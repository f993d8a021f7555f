"""NU001 probes (session 25, the lead's own words, written before reading any miss): an
amount converted into another currency, off by far more than a year's rate allows, in the
shapes conversions take in reports (brackets after the amount, "or about", "equivalent to",
"worth", the converted figure first, the year before or after, a scale word on one side
only, a currency named in words); traps at the right rate and conversions of other years.
Rates: ECB yearly averages (2023: 1.081 $/€, 0.870 £/€; 2022: 1.053 $/€; 2021: 1.183 $/€)."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    "brackets": "In 2023 the state paid €400 million (about $300 million) for the line.",
    "or about": "The 2023 budget set aside €2.5 billion, or about $1.9 billion, for ports.",
    "equivalent to": "In 2022 the fund lent €120 million, equivalent to $160 million, to farmers.",
    "worth": "The 2021 contract, worth €80 million ($60 million), went to a local firm.",
    "converted first": "In 2023 the programme cost $540 million (€700 million).",
    "currency in words": "In 2023 the city spent 50 million euros (some 40 million dollars) on trams.",
    "pounds": "In 2023 the council raised €30 million (£35 million) in bonds.",
    "scale on one side": "The 2023 grant of €1.2 billion (about $900m) funded 40 schools.",
    "year after": "Exports earned €600 million in 2022 (roughly $800 million).",
}
TRAPS = {
    "brackets right": "In 2023 the state paid €400 million (about $432 million) for the line.",
    "or about right": "The 2023 budget set aside €2.5 billion, or about $2.7 billion, for ports.",
    "pounds right": "In 2023 the council raised €30 million (£26 million) in bonds.",
    "converted first right": "In 2023 the programme cost $540 million (€500 million).",
    "another year's rate": "In 2008 the fund lent €120 million (about $176 million) to farmers.",
    "two amounts, no conversion": "In 2023 the state paid €400 million and the region $300 million.",
    "a price per unit": "In 2023 the tariff was €40 per megawatt-hour ($55 at the time for peak hours).",
}

test_defect_found, test_trap_silent = variant_tests("NU001", DEFECTS, TRAPS)
