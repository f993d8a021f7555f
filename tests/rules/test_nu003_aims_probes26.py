"""NU003 probes (session 26, prec26's own words, after reading an unexplained finding of
the development set): a threshold said needed or required right after its figure ("the
80 per cent coverage needed", "the 60% quorum required") is an aim, not an outcome: a
share in words of what was done is not held to it. Near misses: the share against an
outcome stated alike stays flagged, and "60 per cent of voters needed …" is no threshold."""

from __future__ import annotations

from tests.rules._variants import variant_tests
from tests.rules.test_nu003_probes25 import apart

TRAPS = {
    "coverage needed": apart(
        "Roughly four-fifths of the herd's vaccine budget still goes on boosters for calves.",
        "Vaccination of the herd remains well below the 60 per cent coverage needed, and the budget for calves keeps growing.",
    ),
    "quorum required": apart(
        "Nearly half of the members voted in the spring ballot of the allotment society.",
        "The spring ballot of the allotment society fell short of the 66 per cent quorum required for members to change the rules.",
    ),
    "share necessary": apart(
        "About a third of the district's homes have had their lofts insulated under the grant.",
        "Insulating the lofts of district homes under the grant must reach the 75 per cent share necessary for the subsidy.",
    ),
}
DEFECTS = {
    "an outcome stated alike": apart(
        "Nearly half of the members voted in the spring ballot of the allotment society.",
        "Turnout in the spring ballot of the allotment society was 66 per cent of members.",
    ),
}

test_defect_found, test_trap_silent = variant_tests("NU003", DEFECTS, TRAPS)
