"""CT003 on a sentence of the text that gives the state "as of" a date, cited to an older
source, where a later clause of the sentence looks ahead ("the stock it will need"), a
reporting clause stands between ("the board said,"), the subject is a noun that can also be
a verb ("projects"), or the state is an estimate put at a figure ("put the backlog at").
Our own sentences; traps: a forecast in the verb group ("was expected to"), a future main
verb, an as-of no later than the source."""

from __future__ import annotations

from tests.rules._variants import variant_tests

WRAP = (
    "# Report\n\n{}[^1]\n\n"
    '[^1]: Harbour Board, "Quarterly update", 10 February 2025, https://harbour.example.org/2025/02/10/update\n'
)
DEFECTS = {
    "a later clause looks ahead": (
        "As of May 2025, the board said, it had berths for about 70 per cent of the ships it will receive next year."
    ),
    "reporting clause, then a state": ("As of April 2025, the operator said, 14 cranes were out of service."),
    "a subject that can be a verb": (
        "As of June 2025, 23 dredging projects were waiting for permits from the ministry."
    ),
    "an estimate put at a figure": ("As of March 2025, the union put the backlog of repairs at around 400 jobs."),
}
TRAPS = {
    "a forecast in the verb group": (
        "As of May 2025, the board said, it was expected to handle 80 per cent of the traffic."
    ),
    "a future main verb": ("As of June 2025, the harbour will have 12 new berths."),
    "an earlier as-of": (
        "As of January 2025, the board said, it had berths for 70 per cent of the ships it will receive."
    ),
    "a plan in the verb group": ("As of April 2025, the operator had planned to retire 14 cranes."),
}

test_defect_found, test_trap_silent = variant_tests("CT003", DEFECTS, TRAPS, wrap=WRAP)

#: a year's end with no month written ("at the end of 2024") held to a source of 24 November
#: 2024: its last two months may already give the year's figures; a source of September may not
LATE_NOVEMBER = (
    "# Report\n\n{}[^1]\n\n"
    '[^1]: Grid Office, "Capacity review", 24 November 2024, https://grid.example.org/2024/11/24/review\n'
)
YEAR_END_FOUND = {
    "a month written at the year's end": "As of December 2024, the grid had 14 GW of links in service.",
    "a later year's end": "At the end of 2025, the grid had 14 GW of links in service.",
}
YEAR_END_SILENT = {
    "the year's end, a late-November source": (
        "At the end of 2024 the grid had 14 GW of links, with 6 GW more that would follow."
    ),
    "as of the end of the year": "As of the end of 2024, 31 links were in service.",
}

test_year_end_found, test_year_end_silent = variant_tests("CT003", YEAR_END_FOUND, YEAR_END_SILENT, wrap=LATE_NOVEMBER)
