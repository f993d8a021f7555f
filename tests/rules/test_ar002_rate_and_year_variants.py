"""AR002 on two values each given as a rate, then its year ("12,600 a month in 2023 and
15,100 a month in 2024, a rise of …"; "410 loaves a day in 2021 and 530 a day in 2024"),
session 23: the time base between a value and its year does not hide the year. Traps: the
same shapes when the change is right, and two values of different time bases ("12,600 a day
in 2023 and 150,000 a month in 2024"), which are no pair (a time base given with one value
only may hold for both). Our own sentences, in domains
outside the evaluation set."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    "a month, in words": "Visits averaged 12,600 a month in 2023 and 15,100 a month in 2024, a rise of almost a third.",
    "a month, in per cent": "Visits averaged 12,600 a month in 2023 and 15,100 a month in 2024, a rise of 30 per cent.",
    "a day after the noun": "The bakery sold 410 loaves a day in 2021 and 530 a day in 2024, up by almost half.",
    "per week, a fall": "The plant treated 8,200 tonnes per week in 2020 and 6,100 tonnes per week in 2023, "
    "a fall of 40 per cent.",
    "time base given once": "Upkeep cost about $3 million a year before the merger, rose to some $9 million "
    "in 2023, almost doubling.",
}
TRAPS = {
    "a month, in words": "Visits averaged 12,600 a month in 2023 and 15,100 a month in 2024, a rise of about a fifth.",
    "a month, in per cent": "Visits averaged 12,600 a month in 2023 and 15,100 a month in 2024, a rise of 20 per cent.",
    "a day after the noun": "The bakery sold 410 loaves a day in 2021 and 530 a day in 2024, up by almost a third.",
    "per week, a fall": "The plant treated 8,200 tonnes per week in 2020 and 6,100 tonnes per week in 2023, "
    "a fall of 26 per cent.",
    "two time bases": "Ridership was 12,600 a day in 2023 and 150,000 a month in 2024, a rise of almost a third.",
}


test_defect_found, test_trap_silent = variant_tests("AR002", DEFECTS, TRAPS)
