"""AC003 and a service or trade mark written flat after an acronym (session 29): a page that
renders "FAFSA℠" as "FAFSASM" gives letters the expansion does not explain, but the name is
whole. Our own sentences. Silent when the letters before "SM" or "TM" are one for each
capitalised word of the name and are written alone elsewhere; still found when a word of the
name is left over, or when the shorter letters are never used alone (the "SM" may then be
letters of a name cut short)."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    "a word left over before the letters TM": "The study used the Central Asia Transport (CATM) for its forecasts.",
    "a word left over before the letters SM": "Loads come from the Nordic Grid Balancing (NGBSM) each morning.",
    "never used without the letters SM": (
        "Loads come from the Nordic Grid Balancing (NGBSM) each morning.\n\nThe NGBSM publishes prices at noon."
    ),
}

TRAPS = {
    "service mark after five letters": (
        "Students apply through the Free Application for Federal Student Aid (FAFSASM) each spring.\n\n"
        "The FAFSA opens on 1 October."
    ),
    "trade mark after three letters": (
        "Clinics file through the Rural Health Portal (RHPTM) every quarter.\n\nThe RHP was upgraded in 2024."
    ),
    "trade mark after a name with a small word": (
        "Buyers check the Register of Approved Sellers (RASTM) first; the RAS lists 400 firms."
    ),
}

test_ac003_mark_found, test_ac003_mark_trap_silent = variant_tests("AC003", DEFECTS, TRAPS)
