"""LS002 probes of session 26 (the lead's own words): a count leading its sentence, said
to be in a state ("Four crops are eligible for the subsidy:", "Three substrates are
approved for the larvae:") or doing one thing with no object ("Four crops qualify:"),
then a colon and the things counted in lower case, fewer or more than said. Traps: the
same shapes with as many things as said, clauses after "are clear", names after the
colon, a count of another kind ("Two exceptions apply" to pupils described)."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    "are eligible for": "Four crops are eligible for the subsidy: maize, sorghum, cassava, millet and groundnuts.",
    "one verb alone": "Four crops qualify: maize, sorghum and cassava.",
    "are approved for": "Three substrates are approved for the larvae: straw, bran, pulp and whey.",
    "were banned": "Five additives were banned in 2024: borax, formalin, rhodamine and saccharin.",
}
TRAPS = {
    "as many as said": "Four crops are eligible for the subsidy: maize, sorghum, cassava and millet.",
    "clauses after 'are clear'": "Three things are clear: prices rose, wages fell and rents doubled.",
    "names after the colon": "Three regions are eligible: the north, the Algarve and Madeira, and the Azores.",
    "people described": "Two exceptions apply: pupils with a medical need and pupils who are young carers.",
    "a verb and its object": "Two problems remain: cost and speed.",
}

test_defect_found, test_trap_silent = variant_tests("LS002", DEFECTS, TRAPS)
