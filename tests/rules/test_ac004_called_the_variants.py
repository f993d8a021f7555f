"""AC004/AC002 on an acronym introduced by a clause that says what the name is called
(session 22): "(what they call the FSM)", "(called the TCI)", "(also known as the AWD)"
define the acronym, so a later use is no use before its definition. Defects are the near
misses: a use before such a definition, and a letter wrong in it. Our own sentences, in
domains outside the evaluation set."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = [
    "Crews use the HWP often. Later the Harbour Work Plan (referred to as the HWP) came out.",
    "Crews use the Harbour Work Plan (what they call the HWX) each day. The HWX is long.",
    "Rangers cite the TCI first. The Trail Condition Index (called the TCI) came later.",
]
TRAPS = [
    "Inspectors use the Field Safety Manual (what they call the FSM) daily. The FSM is long.",
    "Rangers rely on the Trail Condition Index (called the TCI) each week. The TCI helps.",
    "Pilots read the Airfield Weather Digest (also known as the AWD) first. The AWD is short.",
    "Nurses follow the Ward Hygiene Code (which staff call the WHC) closely. The WHC is strict.",
]

test_defect_found, test_trap_silent = variant_tests(("AC002", "AC004"), DEFECTS, TRAPS)
