"""AC002/AC003 on names with dotted initials (session 22): "U.S." or "U.K." in a name gives
a letter for each initial, so "the U.K. Space Agency (UKSA)" fits, also after another body
joined by "and the" ("the port and the U.S. Forest Service (USFS)"); when the name does not
fit, it is the name after "and the" that is reported, not the phrase from the first body.
Our own sentences, in domains outside the evaluation set."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = [
    "Funds came from 3M and the U.N. Development Programme (UNEP) in 2021.",
    "The survey was run by the port and the U.S. Forest Service (USDA) last spring.",
    "The rules were drafted by the U.K. Space Agency (UKAS) after the launch.",
]
TRAPS = [
    "The trial was a partnership of the city and the U.K. Space Agency (UKSA).",
    "Grants came from 3M and the U.S. Forest Service (USFS) in 2022.",
    "The plan was drafted by Oxfam and the U.N. Refugee Agency (UNRA) together.",
    "The study was funded by 4H and the E.U. Maritime Office (EUMO).",
]

test_defect_found, test_trap_silent = variant_tests(("AC002", "AC003"), DEFECTS, TRAPS)
