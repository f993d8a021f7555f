"""DT002: a future said from the publication and written with the date it stands for
("next month's ballot, scheduled for 8 October 2025"; "next year, in March 2026"; "next
week, on 22 September 2025") must fall in that month, year or week; a date of another
year or month contradicts the publication date. A future told from the story's time ("the
next month", "the following year"), a thing of next year prepared this year ("next year's
budget, due on 1 October") and a date that agrees stay silent. Sentences written for these
tests."""

from __future__ import annotations

from tests.rules._variants import variant_tests

_WRAP = "---\npublication_date: 2025-09-15\n---\n# Report\n\n{}\n"

DEFECTS = {
    "possessive_scheduled_for": (
        "Next month's council ballot, scheduled for 8 October 2024, will decide whether the bus depot closes."
    ),
    "next_year_in": "The second reactor is due to restart next year, in March 2025, after its steam generators are replaced.",
    "next_week_on": "The water regulator will publish its ruling on leakage targets next week, on 2 July 2025.",
    "next_month_parenthesis": "The museum reopens its east wing next month (11 October 2026) with a new lighting scheme.",
    "possessive_set_for": "Next month's strike by Unison porters, set for 3 November 2025, would be their third this year.",
}

TRAPS = {
    "possessive_agrees": (
        "Next month's council ballot, scheduled for 8 October 2025, will decide whether the bus depot closes."
    ),
    "next_year_agrees": "The second reactor is due to restart next year, in March 2026, after its steam generators are replaced.",
    "next_week_agrees": "The water regulator will publish its ruling on leakage targets next week, on 22 September 2025.",
    "story_next_month": (
        "The dam failed in May 1998; the next month, on 2 June 1998, the valley's three villages were evacuated."
    ),
    "story_following_year": "The mill closed in 1987. The following year, in March 1988, its looms were sold to a firm in Porto.",
    "budget_of_next_year": "Next year's budget, scheduled for 1 October 2025, will set the ferry subsidy for 2026.",
    "plan_of_next_year_approved": "Next year's dredging plan, approved in August 2025, covers the two outer channels.",
    "next_month_then": "In 2019 the board promised to act next month, in April 2019, but did nothing for a year.",
    "past_month_unchanged": "Last month, on 12 August 2025, the port raised its berthing fees by a tenth.",
}

MISSED: frozenset[str] = frozenset()

test_defect_found, test_trap_silent = variant_tests("DT002", DEFECTS, TRAPS, missed=MISSED, wrap=_WRAP)
