"""LS002 on a lead-in whose counted noun is the object of a verb taken with "on" or "for"
("the plan rests on three measures:", "the union calls for four changes:") over bullets
(blind draft 614, session 26). "on" and "for" there open the verb's object, not a time or a
place; "took place on three days:" and "ran for three seasons:" stay words of time. Our own
sentences; traps: the right count, a time after "on", a verb that takes no object so."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    "rests on, long items with figures": (
        "The museum's recovery rests on three measures:\n\n- a new roof over the west gallery;\n"
        "- a 20 per cent rise in school visits;\n- a café run by a local cooperative;\n"
        "- longer opening hours in summer.\n"
    ),
    "calls for": (
        "The dockers' union calls for four changes:\n\n- a shorter working week for night crews;\n"
        "- a 5 per cent rise in the base rate;\n- an end to unpaid standby hours.\n"
    ),
    "focuses on": (
        "The county's flood plan focuses on two areas:\n\n- the lower river meadows below the weir;\n"
        "- the old mill district of the town;\n- the 14 farms along the estuary road.\n"
    ),
    "relies on": (
        "The orchestra's budget relies on four sources:\n\n- ticket sales at the winter concerts;\n"
        "- a grant from the arts council;\n- gifts from its 300 friends.\n"
    ),
}

TRAPS = {
    "rests on, right count": (
        "The museum's recovery rests on three measures:\n\n- a new roof over the west gallery;\n"
        "- a 20 per cent rise in school visits;\n- longer opening hours in summer.\n"
    ),
    "a time after on": (
        "The harbour works took place on three days:\n\n- a Monday in spring, with a 9 metre crane;\n"
        "- a Sunday in June;\n- a wet Friday in late August with the 20 tonne barge;\n- a Tuesday.\n"
    ),
    "a span after for": (
        "The festival ran for three seasons:\n\n- a wet first summer with 4,000 visitors;\n"
        "- a dry second one;\n- a third that closed early;\n- a last one in the park.\n"
    ),
    "calls for, right count": (
        "The dockers' union calls for three changes:\n\n- a shorter working week for night crews;\n"
        "- a 5 per cent rise in the base rate;\n- an end to unpaid standby hours.\n"
    ),
}

test_defect_found, test_trap_silent = variant_tests("LS002", DEFECTS, TRAPS)
