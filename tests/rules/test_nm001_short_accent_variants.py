"""NM001 on accents dropped from a short given name before the same surname ("Siân" / "Sian",
"Zoë" / "Zoe") and from a name one of whose forms stands inside a sentence, session 21; traps:
one spelling throughout, two people, a fund's name and a person's. Our own sentences."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    "circumflex_given": "Siân Morcombe chairs the allotment society.\n\nThe council promised twelve plots, and Sian Morcombe wrote to the leader in March.",
    "diaeresis_given": "The tenants were led by Zoë Hartigan for six years.\n\nIn 2023 the landlord gave way after Zoe Hartigan went to the ombudsman.",
    "circumflex_other_name": "The governors appointed Rhiân Ellery as head.\n\nParents said Rhian Ellery had already met every family.",
    "company_mid_sentence": "Chaleur Réseau de Lyon runs the network for the city.\n\nIn 2024 the council said Chaleur Reseau de Lyon had connected 40 buildings.",
}
TRAPS = {
    "one_spelling": "Siân Morcombe chairs the society. Morcombe says the list has doubled.\n\nMs Morcombe wrote to the leader in March.",
    "two_people": "Ann Lee leads the council and Anne Leigh the opposition.\n\nLee and Leigh agreed the budget.",
    "accent_kept": "Nathalie Appéré signed the deal.\n\nAppéré said the line would open in 2028.",
}

test_defect_found, test_trap_silent = variant_tests("NM001", DEFECTS, TRAPS)
