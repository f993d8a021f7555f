"""AC003 on a word built of combining forms (session 22): "hepatopancreatic" gives the H of
hepato- and the P of -pancreatic, as "cardiovascular" gives C and V, so "acute
hepatopancreatic necrosis disease (AHPND)" is whole. Defects are the near misses where no
word holds the letter after a linking "o". Our own sentences, in domains outside the
evaluation set."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = [
    "Vets tracked chronic wasting of hepatic tissue, or acute hepatic necrosis disease (AHPND), in the ponds.",
    "The clinic studied the European Travel Information System (ETIAS) for patients.",
    "Growers reported sudden vine decline syndrome (SVDCS) in two valleys.",
]
TRAPS = [
    "Farmers feared acute hepatopancreatic necrosis disease (AHPND) after the floods.",
    "The trial enrolled adults with chronic cardiovascular disease (CCVD) in five towns.",
    "Surgeons logged each upper gastroduodenal bleed (UGDB) for a year.",
    "The lab screened for bovine neuromuscular wasting (BNMW) in the herd.",
]

test_defect_found, test_trap_silent = variant_tests("AC003", DEFECTS, TRAPS)
