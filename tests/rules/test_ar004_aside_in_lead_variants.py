"""AR004 reads a whole the sentence opens with past an aside in brackets with no figure
between it and its first part ("Of the 58 medicines the European Medicines Agency (EMA)
recommended, 24 …"). Session 24, the lead's own words. Traps: parts that add up, and an
aside that holds a figure (it may be a part or another whole)."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    "acronym in the lead": "Of the 58 medicines the European Medicines Agency (EMA) recommended between 2022 and "
    "2025, 24 were for cancers, 17 for metabolic disorders, 9 for nerve conditions and 6 for other diseases.",
    "translation in the lead": "Of the 120 vessels the port authority (Autoridad Portuaria) inspected, 70 were "
    "cleared, 30 were fined and 15 were detained.",
    "aside on a body": "Of the 400 grants the Arts Council (the national funder) made, 250 went to music, 100 "
    "to theatre and 40 to dance.",
}
TRAPS = {
    "acronym in the lead": "Of the 56 medicines the European Medicines Agency (EMA) recommended between 2022 and "
    "2025, 24 were for cancers, 17 for metabolic disorders, 9 for nerve conditions and 6 for other diseases.",
    "a figure in the aside": "Of the 120 vessels the port authority (with 40 staff) inspected, 70 were cleared, 30 "
    "were fined and 15 were detained.",
    "a selection": "Of the 400 grants the Arts Council (the national funder) made, 250 went to music and 100 to "
    "theatre, including 40 to touring shows.",
}

test_defect_found, test_trap_silent = variant_tests("AR004", DEFECTS, TRAPS)
