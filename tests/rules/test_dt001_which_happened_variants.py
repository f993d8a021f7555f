"""DT001: a happening dated in a relative clause whose "which" does the verb ("the
earthquake, which struck on 3 November 2023, …"; "the flood, which hit the town on 14
July 2021, …") dates the noun phrase before "which": a later "the Jorvik earthquake of late
2022" or "after the Tarn flood of 2020" names the same happening with another date. A
"which" that is the verb's object ("the storm, which forecasters had missed"), another
thing in the clause and dates that agree stay silent. Sentences written for these tests."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    "quake_struck": (
        "The Jorvik earthquake, which struck late on 3 November 2023, was a hard test for the hill schools.\n\n"
        "The Jorvik earthquake of late 2022 showed how quickly unreinforced classrooms fail."
    ),
    "flood_hit": (
        "The Tarn flood, which hit the town on 14 July 2021, closed the paper mill for a year.\n\n"
        "After the Tarn flood of 2020, the paper mill moved its turbines upstream."
    ),
    "storm_swept": (
        "Storm Ilse, which swept across the northern isles on 9 February 2022, cut power to 30,000 homes.\n\n"
        "Since Storm Ilse of February 2023, the grid operator has buried its island cables."
    ),
}

TRAPS = {
    "flood_agrees": (
        "The Tarn flood, which hit the town on 14 July 2021, closed the paper mill for a year.\n\n"
        "After the Tarn flood of July 2021, the paper mill moved its turbines upstream."
    ),
    "which_is_object": (
        "The Orvane storm, which forecasters had missed, struck on 9 May 2022.\n\n"
        "The Orvane storm of May 2022 brought down the pier."
    ),
    "another_thing": (
        "The Brenna levee, which burst on 2 June 2016, was rebuilt with county money.\n\n"
        "The Tarn flood of 2018 spared the town."
    ),
}

test_defect_found, test_trap_silent = variant_tests("DT001", DEFECTS, TRAPS)
