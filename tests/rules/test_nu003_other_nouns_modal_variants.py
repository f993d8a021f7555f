"""NU003 (through the subjects' reading of a figure): a modal in a relative clause of
another noun, set off after the figure by a comma and a preposition ("..., for a route
that anyone could once walk"), says what that noun could do, not that the figure is
supposed. The figure stays a stated fact and its restatement with another value is
flagged. Session 26 (nu2b), own words in other domains. Traps: a modal in the figure's
own relative clause ("the 263 buoys that could be laid"), a supposition before the
figure, another year restated."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    "a route anyone could walk": (
        "The ballot for summit passes received roughly 62,000 entries in 2024, for a trail that once anyone "
        "could hike.\n\nCritics note that the 2024 summit pass ballot drew around 71,000 entries, most from "
        "out of state."
    ),
    "a hall which might seat": (
        "The festival sold about 8,400 tickets in 2023, for a concert hall which might seat twice as many.\n\n"
        "Organisers say the 2023 festival sold some 9,600 tickets, nearly all online."
    ),
    "a coast where boats could land": (
        "The survey counted some 31,000 nesting seabirds in 2022, on a stretch of coast where boats could once "
        "land freely.\n\nThe 2022 survey counted roughly 36,000 nesting seabirds, a third of them puffins."
    ),
    "a scheme that would pay": (
        "The council received around 4,700 grant applications in 2024, for a scheme that would pay half the "
        "cost of a heat pump.\n\nIn all, the 2024 grant round drew about 5,300 grant applications."
    ),
}
TRAPS = {
    "the figure's own relative clause": (
        "The port counted 263 buoys in 2023, buoys that could be laid again in spring.\n\n"
        "The 290 buoys that could be laid in 2023 would need a new tender."
    ),
    "a supposition before the figure": (
        "If the ballot for summit passes received 62,000 entries in 2024, for a trail that anyone could hike, "
        "demand would be high.\n\nThe 2024 summit pass ballot drew around 71,000 entries."
    ),
    "another year": (
        "The ballot for summit passes received roughly 62,000 entries in 2024, for a trail that once anyone "
        "could hike.\n\nThe 2023 summit pass ballot drew around 71,000 entries."
    ),
}

test_defect_found, test_trap_silent = variant_tests("NU003", DEFECTS, TRAPS)
