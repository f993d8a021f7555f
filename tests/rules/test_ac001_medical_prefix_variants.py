"""AC001 on an acronym defined twice with two names whose last word is a compound of a
medical or technical prefix ("haemodialysis", "neurostimulation": the prefix and the root
each give a letter), the second time with the name after the acronym. Our own sentences;
traps: the same name twice, one definition only."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    "haemo-, name after the acronym": (
        "Some patients use home haemodialysis (HHD). Units say HHD (hospital haemodialysis) is stretched."
    ),
    "neuro-, both before": (
        "Trials tested deep neurostimulation (DNS) first. Later, direct neurostimulation (DNS) was added."
    ),
    "cardio-, name after": (
        "Clinics offer remote cardiomonitoring (RCM). In wards, RCM (routine cardiomonitoring) is standard."
    ),
}
TRAPS = {
    "the same name twice": ("Some patients use home haemodialysis (HHD). Later, home haemodialysis (HHD) grew."),
    "one definition": ("Some patients use home haemodialysis (HHD), and HHD is cheaper."),
    "a word that only starts like a prefix": ("The hemp oil (HO) market grew. Later, HO prices fell."),
}

test_defect_found, test_trap_silent = variant_tests("AC001", DEFECTS, TRAPS)
