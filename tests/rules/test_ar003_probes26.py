"""AR003 probes (session 26, in other domains than the draft whose shape they follow): a
price per unit restated per another unit with the currency written as its code in capitals
before each figure ("NOK 12 per 100 g, or NOK 1,200 per kilogram"), with traps: the right
restatement, another currency on the other side."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    "code, grams to kilogram": "The sugar duty is NOK 12 per 100 g, or NOK 1,200 per kilogram.",
    "code, kilogram to tonne": "The landfill fee is CHF 4 a kilogram (CHF 40 a tonne).",
    "code, millilitres to litre": "The excise is INR 15 per 100 ml, or INR 1,500 per litre, from April.",
}
TRAPS = {
    "code right": "The landfill fee is CHF 4 a kilogram (CHF 4,000 a tonne).",
    "code, cubic metre right": "The water levy is MXN 1.5 per litre, or MXN 1,500 per cubic metre.",
    "two currencies": "The water levy is MXN 1.5 per litre, or USD 150 per cubic metre.",
}

test_defect_found, test_trap_silent = variant_tests("AR003", DEFECTS, TRAPS)
