"""AC002 on a body of another country named in English after its adjective, whose own
language's name opens with the same letter (session 22): an acronym with fewer letters than
the English initials, one of them no English word's, is the native name's ("the Swedish Board
of Agriculture and Rural Affairs (SJV)"). Defects are the near misses: the English initials
with a letter changed or swapped. Our own sentences, in domains outside the evaluation set."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = [
    "The Swedish Transport Administration (STB) builds the new bridges.",
    "The Danish Energy Agency (DEX) pays the grants each spring.",
    "The Norwegian Coastal Safety Authority (NCAT) inspects the harbours.",
]
TRAPS = [
    "The Swedish Board of Agriculture and Rural Affairs (SJV) pays the farm grants.",
    "The Norwegian Radiation and Nuclear Safety Authority (NSK) measured the site.",
    "The Norwegian Directorate of Fisheries and Coastal Affairs (NFK) sets the quotas.",
    "The Finnish Institute for Forest and Land Research (FML) counted the trees.",
]

test_defect_found, test_trap_silent = variant_tests("AC002", DEFECTS, TRAPS)
