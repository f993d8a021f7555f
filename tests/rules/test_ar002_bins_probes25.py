"""AR002 probes (session 25, the lead's own words): a comparison "N% more than X" read
against the figure before it only where that figure is a value of its own, not the end of
a range or the same figure again (a distribution in bins, the share of each after it).
Traps: bins of a survey, of farm sizes, of ages; defects: the same shape with two values."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    "a value compared": "Output reached 1,300 tonnes, 40% more than the 1,000 tonnes of 2020.",
    "fewer than": "The port handled 600 ships, 30% fewer than the 700 it handled in 2019.",
}
TRAPS = {
    "bins of lines": "Projects: 42% had 1000 to 10000 lines, 40% 10000 to 100000 lines, 13% more than 100000 lines.",
    "bins of hectares": "Farms of 5 to 20 hectares, 24% more than 20 hectares and 61% under 5 hectares.",
    "bins of ages": "Aged 30 to 50 years, 18% more than 50 years.",
}

test_defect_found, test_trap_silent = variant_tests("AR002", DEFECTS, TRAPS)
