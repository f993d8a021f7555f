"""DT002: a window counted back from another time than the publication is no window the
sources must fall in: "previous" and "preceding" count back from the time the sentence
speaks of (the month before a survey, the years before an inspection); "until recently"
tells how things stood before a change; "most recently" and "more recently" name the
latest of a series; "two years earlier (than planned)" is a point said from another time.
"Since the start of this year" is a window from the year's first day. A window said from the publication ("in the past month", "over the
last three years", "recently") still holds its sources to it. Sentences written for these
tests."""

from __future__ import annotations

from tests.rules._variants import variant_tests

_WRAP = "---\npublication_date: 2025-09-15\n---\n# Report\n\n{}\n"
_OLD = '\n\n[^1]: Transport Research Panel, "Travel diaries", 3 October 2019, https://example.org/diaries.\n'

DEFECTS = {
    "past_month": "Of the cyclists we asked, most had been clipped by a passing van in the past month.[^1]" + _OLD,
    "last_three_years": "Over the last three years, the council has resurfaced nine of its ten busiest routes.[^1]"
    + _OLD,
    "recently": "The ferry operator recently cut its winter timetable by a third.[^1]" + _OLD,
    "since_start_of_year": "Since the start of this year, two new carriers have entered the market.[^1]" + _OLD,
    "from_beginning_of_year": "From the beginning of this year, the port has charged a landing fee.[^1]" + _OLD,
    "since_start_of_month": "Three depots have closed since the start of this month.[^1]" + _OLD,
    "earlier_this_year": "Earlier this year, the ferry operator cut its winter timetable by a third.[^1]" + _OLD,
}

TRAPS = {
    "survey_previous_month": (
        "In a diary study run two winters ago, 640 of the 900 riders who kept a log said they had "
        "skipped a journey in the previous month because of ice.[^1]" + _OLD
    ),
    "inspection_preceding_years": (
        "Each vessel is scored on its flag, its owner and its record of detentions over the "
        "preceding three years.[^1]" + _OLD
    ),
    "respondents_previous_week": (
        "Asked about the previous week, two thirds of the tenants said the lift had failed at least once.[^1]" + _OLD
    ),
    "until_recently": (
        "Until recently, few depots weighed what their lorries carried: loads were estimated "
        "from the number of pallets.[^1]" + _OLD
    ),
    "until_recently_inside": (
        "The harbour, which until recently was run by the county, now answers to a trust.[^1]" + _OLD
    ),
    "most_recently_dated": (
        "The code of practice has been revised three times since 2010, most recently in 2018, "
        "and a fourth revision is planned.[^1]" + _OLD
    ),
    "earlier_than_planned": ("The toll bridge opened in May 2019, two years earlier than planned.[^1]" + _OLD),
    "months_earlier": (
        "The council had approved the scheme in 2018; the contract followed three months earlier "
        "than its own timetable allowed.[^1]" + _OLD
    ),
    "this_year_anniversary": "This year the ferry line marks its fiftieth season.[^1]" + _OLD,
    "start_of_next_year": "The fee will apply from the start of next year.[^1]" + _OLD,
    "more_recently": ("The first trials used paper forms; more recently, the board moved them online.[^1]" + _OLD),
}

test_defect_found, test_trap_silent = variant_tests("DT002", DEFECTS, TRAPS, wrap=_WRAP)
