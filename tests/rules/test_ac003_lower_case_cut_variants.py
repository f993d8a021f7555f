"""AC003 on names cut short in two shapes (session 16): a lower-case name whose words give
every letter of the acronym but one, the last or one between two words ("harbour
dredging (HDP)": plan lost; "long-haul freight (LHRF)": rail lost between); and a
capitalised name whose last letter could come from inside its last word, written whole
elsewhere in the document ("the Northern Fisheries Management (NFMA)" beside "the
Northern Fisheries Management Accord"). Our own sentences; traps: names that fit, a
syllable acronym ("photovoltaic (PV)"), a letter a little word gives ("and"), a lower-case phrase that is no name of the
acronym, and a capitalised syllable read with no whole name written elsewhere."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    "lower case, last word lost": (
        "The council paid for a harbour dredging (HDP) out of its reserves, and the work began in May."
    ),
    "lower case, last word lost, capitalised first words": (
        "Growers in the east reported the West Anglian barley mosaic (WABMV) in three districts last year."
    ),
    "lower case, middle word lost": ("Operators want more long-haul freight (LHRF) paths through the tunnel by 2030."),
    "lower case, middle word lost, three words": (
        "Most towns now run kerbside waste collection (KFWC) once a fortnight."
    ),
    "capitalised, written whole elsewhere": (
        "Boats are licensed under the Northern Fisheries Management (NFMA), which sets quotas each spring.\n\n"
        "The Northern Fisheries Management Accord was renegotiated in 2023."
    ),
}

TRAPS = {
    "lower case, fits": ("The council paid for a harbour dredging plan (HDP) out of its reserves."),
    "syllable acronym": ("Roofs fitted with photovoltaic (PV) panels paid back within nine years."),
    "middle letter inside the word before": ("The agency funds deep-sea monitoring (DSMN) along the shelf edge."),
    # (session 17: a vowel left at the end from the last word's second letter is a lost
    # word's initial, "Federal Railroad (FRA)"; a consonant from inside stays a syllable)
    "capitalised syllable, no whole name": (
        "Boats are licensed under the Northern Fisheries Management (NFMG), which sets quotas each spring."
    ),
    "a little word gives the letter": ("Crews trained in fire detection and suppression (FDAS) last spring."),
    "a little word gives the letter, plural acronym": (
        "The council runs waste collection and disposal (WCADs) contracts in three districts."
    ),
    "not the phrase's acronym": ("Prices rose after the harbour closed (see HCA), and then fell."),
}

test_defect_found, test_trap_silent = variant_tests("AC003", DEFECTS, TRAPS)
