"""AR001 probes (session 25, the lead's own words, written before reading any miss): a
share stated beside its part and whole, in the shapes reports give them (the share after
the part in an apposition, "of them", "out of", the whole in the sentence before, the
share as a fraction word, "one in N", the whole named again by a description); traps
whose shares are right or are of another whole."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    "apposition": "Of the 240 clinics, 180 now stock antivenom, about 60% of the total.",
    "of them": "Some 52,000 households applied, and 31,000 of them were approved, or 48%.",
    "out of": "Inspectors passed 45 out of 60 bridges (65%).",
    "whole in sentence before": "The region has 1,200 schools. Of these, 300 lack a science teacher, a share of 35%.",
    "fraction word": "Of the 90 ferries, 60 run on diesel, roughly half of the fleet.",
    "one in N": "Of 4,000 farms surveyed, 1,000 use drip irrigation, one in three.",
    "whole named by a description": "About 71 million people hold ration cards, and 52 million of them buy subsidised flour, about 85% of card holders.",
    "percentage first": "Some 40% of the 2,500 nurses, or 1,300, work nights.",
}
TRAPS = {
    "apposition right": "Of the 240 clinics, 180 now stock antivenom, about 75% of the total.",
    "of them right": "Some 52,000 households applied, and 31,000 of them were approved, or 60%.",
    "another whole": "Of the 240 clinics, 180 now stock antivenom; 60% of hospitals do.",
    "a change": "Clinics rose from 180 to 240, up 33%.",
    "share of another base": "The 31,000 approved households are 12% of the city's homes.",
    "percentage points": "Of the 90 ferries, 60 run on diesel, 5 points fewer than in 2020.",
}

test_defect_found, test_trap_silent = variant_tests("AR001", DEFECTS, TRAPS)
