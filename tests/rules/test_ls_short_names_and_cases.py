"""LS001 and LS002 on two shapes of the unseen drafts (issue 12, session 11): a firm written by
its short name in the restatement ("Carlsberg" for "Carlsberg Group") is the same member,
and a legal case in a counted lead-in ("… in the pension case: A, B and C") does not make
the list a partial one (as "cases such as" does). Our own sentences, with
filler between the two lists; and traps."""

from __future__ import annotations

from tests.rules._variants import FILLER, variant_tests

_BREWERS = (
    "The five largest brewers in the region are Carlsberg Group, Heineken, Diageo, Asahi and "
    "Molson Coors, which together sell most of the beer."
)

DEFECTS = {
    "LS001 a short name and a member replaced": _BREWERS
    + FILLER
    + "The big brewers (Carlsberg, Heineken, Asahi, Kirin and Molson Coors) now set the price of barley.",
    "LS002 a legal case in the lead-in": (
        "Four member states joined the appeal in the pension case against Portugal: Austria, Chile and Peru."
    ),
}

TRAPS = {
    "LS001 only a short name": _BREWERS
    + FILLER
    + "The big brewers (Carlsberg, Heineken, Diageo, Asahi and Molson Coors) now set the price of barley.",
    "LS002 a legal case, the right count": (
        "Three member states joined the appeal in the pension case against Portugal: Austria, Chile and Peru."
    ),
}

test_defect_found, test_trap_silent = variant_tests(("LS001", "LS002"), DEFECTS, TRAPS)
