"""CT003 on a remark written after the citation's URL in a note (issue 12, session 8): its "as of"
is held to the source the note cites; traps: an earlier as-of, an access date, a forecast. Our own
notes, in domains outside the evaluation set."""

from __future__ import annotations

from tests.rules._variants import variant_tests

WRAP = "# Report\n\nThe figures are in the register.[^1]\n\n[^1]: {}\n"
DEFECTS = [
    'Lighthouse Board, "Automated stations", 3 March 2024, https://lights.example.org/stations. As of May 2024, 41 stations had been automated.',
    'Chess Federation, "Club register", 12 January 2025, https://chess.example.org/clubs.html. As at the end of March 2025, 212 clubs were affiliated.',
    'Glacier Survey, "Mass balance report", 30 June 2023, https://glaciers.example.ch/report-2023. Correct as of September 2023: 17 glaciers were measured.',
    # the held-back set (session 8), written before the build and run once, at the end
    'Rowing Association, "Registered crews", 8 April 2024, https://rowing.example.org/crews. As of July 2024, 96 crews were registered.',
    'Beekeepers\' Society, "Winter losses survey", 2 February 2025, https://bees.example.org/survey-2025.pdf. As at mid-2025, 1,400 members had replied.',
    'Tram Authority, "Fleet list", 15 May 2023, https://trams.example.fr/fleet. Updated to August 2023: 64 trams were in service.',
]
TRAPS = [
    'Lighthouse Board, "Automated stations", 3 March 2024, https://lights.example.org/stations. As of February 2024, 41 stations had been automated.',
    'Chess Federation, "Club register", 12 January 2025, https://chess.example.org/clubs.html. Accessed 3 May 2025.',
    'Glacier Survey, "Mass balance report", 30 June 2023, https://glaciers.example.ch/report-2023. The survey expects 20 glaciers to be measured by 2026.',
    # the held-back set (session 8), written before the build and run once, at the end
    'Rowing Association, "Registered crews", 8 April 2024, https://rowing.example.org/crews. As of March 2024, 96 crews were registered.',
    'Beekeepers\' Society, "Winter losses survey", 2 February 2025, https://bees.example.org/survey-2025.pdf. Retrieved 1 June 2025.',
    'Tram Authority, "Fleet list", 15 May 2023, https://trams.example.fr/fleet. The authority plans to have 80 trams in service by 2027.',
]

MISSED: set[int] = set()


test_defect_found, test_trap_silent = variant_tests("CT003", DEFECTS, TRAPS, MISSED, wrap=WRAP)
