"""LS002 on a counted noun narrowed by a preposition of what it stands outside, above or
without before the colon ("four groups outside the scheme:", "three weirs below the town:",
"two schools without heating:"; blind draft 599, session 26). Our own sentences; traps: the
right count, a list in a parenthesis that counts right, and a partial list. An item holding
a figure with a thousands comma ("those earning 20,000 or less") is not read yet."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    "outside, after a colon": (
        "The statute leaves four trades outside the licensing regime: street musicians, "
        "market porters, and window cleaners."
    ),
    "without, after a colon": ("The council lists four schools without central heating: Ashby, Barrow and Calder."),
    "below, sites after at": (
        "The river has three weirs below the town: at Mill End, at Low Bridge, at Rye and at Stow."
    ),
    "above, after a colon": (
        "The survey counted five huts above the tree line: Alpha Hut, Beta Hut, Gamma Hut and Delta Hut."
    ),
    "a thousands comma in an item": (
        "The rules set three groups outside the levy: firms under ten staff, charities, and "
        "traders earning 90,000 or less, and new start-ups."
    ),
}

TRAPS = {
    "outside, right count": (
        "The statute leaves three trades outside the licensing regime: street musicians, "
        "market porters, and window cleaners."
    ),
    "without, right count": ("The council lists three schools without central heating: Ashby, Barrow and Calder."),
    "outside, parenthesis, right count": (
        "Two wards outside the ring road (Eastfield and Westgate) have no bus on Sundays."
    ),
    "partial list": ("The survey counted five huts above the tree line, including Alpha Hut and Beta Hut."),
}

#: a figure with a thousands comma inside an item ends the list's reading (not found yet)
MISSED = {"a thousands comma in an item"}

test_defect_found, test_trap_silent = variant_tests("LS002", DEFECTS, TRAPS, missed=MISSED)
