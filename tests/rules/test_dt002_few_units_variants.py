"""DT002: a window of a few or several days, weeks or months ("in the last few weeks",
"over the past several days", "in the last few months") reaches back about that far, not
as far as "recently" (two years): a source dated many months before the publication is
older than "the last few weeks". Sources inside the reach, "recently", "the past few
years" and a window counted from another time ("the previous few weeks" of a survey) stay
silent. Sentences written for these tests."""

from __future__ import annotations

from tests.rules._variants import variant_tests

_WRAP = "---\npublication_date: 2025-09-15\n---\n# Report\n\n{}\n"


def _note(date: str) -> str:
    return f'\n\n[^1]: Regional Desk, "Route and service changes", {date}, https://example.org/changes.\n'


DEFECTS = {
    "last_few_weeks": "In the last few weeks, the airline has dropped three of its regional routes.[^1]"
    + _note("14 January 2025"),
    "past_few_days": "Over the past few days, the river has fallen below its navigation mark at the lock.[^1]"
    + _note("20 June 2025"),
    "past_several_weeks": "Only in the past several weeks did the ministry publish its list of approved suppliers.[^1]"
    + _note("3 March 2025"),
    "last_few_months": "In the last few months, two of the region's five maternity units have closed.[^1]"
    + _note("2 March 2024"),
}

TRAPS = {
    "few_weeks_inside": "In the last few weeks, the airline has dropped three of its regional routes.[^1]"
    + _note("1 September 2025"),
    "few_months_inside": "In the last few months, two of the region's five maternity units have closed.[^1]"
    + _note("10 March 2025"),
    "recently_reaches_two_years": "The airline recently dropped three of its regional routes.[^1]"
    + _note("14 January 2025"),
    "past_few_years": "In the past few years, the ministry has tripled its list of approved suppliers.[^1]"
    + _note("14 January 2022"),
    "survey_previous_few_weeks": (
        "Of the tenants surveyed, most said the lift had failed at least once in the previous few weeks.[^1]"
        + _note("14 January 2025")
    ),
}

test_defect_found, test_trap_silent = variant_tests("DT002", DEFECTS, TRAPS, wrap=_WRAP)
