"""AR002 on two orders of a change and its two values: the value reached, the change with its
amount, then "from" the value it came from ("1,510 in 2025, an increase of 340 from 1,120 in
2024"; "up 75 from 395"); and a period ending on a date between the change and "from" ("rose
8.5% in the year to August 2025, from £104.20 to £110.60"). Traps: the same sentences with
the change right. Our own sentences."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    "an increase of D from A": "The clinic saw 2,340 patients in 2024, an increase of 500 from 1,920 in 2023.",
    "a drop of D from A": "Enrolment stood at 6,100 in autumn, a drop of 300 from 6,700 a year before.",
    "up D unit from A": "Barley output reached 830 tonnes this year, up 140 tonnes from 720 tonnes.",
    "up P% from A": "Visitors reached 4.2 million in 2024, up 15% from 3.4 million in 2023.",
    "in the year to a month and year": "Average pay rose 7.5% in the year to May 2025, from £612 to £640.",
    "over the months to a month": "The typical water bill fell 8% over the twelve months to April, from £420 to £405.",
}
TRAPS = {
    "an increase of D from A, right": "The clinic saw 2,340 patients in 2024, an increase of 420 from 1,920 in 2023.",
    "a drop of D from A, right": "Enrolment stood at 6,100 in autumn, a drop of 600 from 6,700 a year before.",
    "up P% from A, right": "Visitors reached 4.2 million in 2024, up 15% from 3.65 million in 2023.",
    "in the year to, right": "Average pay rose 4.6% in the year to May 2025, from £612 to £640.",
    "over the months to, right": "The typical water bill fell 3.6% over the twelve months to April, from £420 to £405.",
}


test_defect_found, test_trap_silent = variant_tests("AR002", DEFECTS, TRAPS)
