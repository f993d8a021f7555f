"""AR003 on three shapes of a figure restated in another unit: a period ending on a date
between the two ("1.2 TWh in the year to March 2025, or 12,000 GWh"); a few words that place
the measure before its restatement in brackets ("600 metres above sea level (about 2,600
feet)"); a name as the noun of a unit made an adjective, restated after a comma with any
hedge ("the 17-kilometre Vestby route, just over 13 miles"). Traps: the same shapes that
convert, and a bracket that holds another measure. Our own sentences."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    "period ending on a date": "The dam produced 3.4 TWh in the year to June 2024, or 34,000 GWh.",
    "financial year ending": "The mine moved 2.6 million tonnes in the financial year ending April "
    "2025, or 260,000 kilograms.",
    "words before bracket, height": "The summit stands 2,400 metres above the valley (about 5,900 feet).",
    "words before bracket, distance": "The buoy is moored 3.2 kilometres offshore (nearly four miles).",
    "words before bracket, depth": "The shaft goes 900 metres underground (some 4,000 feet).",
    "named noun after a unit adjective": "The 12-kilometre Marsh Lane tunnel, almost 11 miles, opened in June.",
}
TRAPS = {
    "period ending on a date, converts": "The dam produced 3.4 TWh in the year to June 2024, or 3,400 GWh.",
    "words before bracket, converts": "The summit stands 2,400 metres above the valley (about 7,900 feet).",
    "bracket holds another measure": "The buoy is moored 3.2 kilometres offshore (5 kilometres from the harbour).",
    "bracket goes on after the figure": "The shaft goes 900 metres underground (about 4,000 feet "
    "counting the old workings).",
    "named noun, converts": "The 12-kilometre Marsh Lane tunnel, almost 7.5 miles, opened in June.",
}


test_defect_found, test_trap_silent = variant_tests("AR003", DEFECTS, TRAPS)
