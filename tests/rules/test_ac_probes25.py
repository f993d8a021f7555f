"""Acronym probes (session 25, the lead's own words, written before reading any miss):
each AC defect kind said in the shapes a definition takes in real reports (acronym after
or before its expansion in brackets, after a comma or dash, "known as", "or", a
non-English body, an expansion with small words, a possessive, a definition inside a
list or a heading), with traps of the same shapes that are right."""

from __future__ import annotations

from tests.rules._variants import apart, variant_tests

AC001 = {
    "brackets both": apart(
        "The Regional Water Authority (RWA) set new tariffs in May.",
        "Later the Rural Water Agency (RWA) objected to the tariffs.",
    ),
    "acronym first then brackets": apart(
        "The Grid Stability Office (GSO) published its review.",
        "GSO (Generation Safety Office) officials disputed the review.",
    ),
    "known as": apart(
        "The Northern Ports Council (NPC) met in June.",
        "The National Pilots' College, known as the NPC, met in July.",
    ),
    "comma or": apart(
        "The Fisheries Monitoring Unit (FMU) counts landings.",
        "The FMU, or Fleet Management Unit, counts vessels.",
    ),
    "non-English": apart(
        "The Agence de l'eau Seine (AES) raised its levy.",
        "The Autorité des eaux du Sud (AES) kept its levy.",
    ),
    "one word changed": apart(
        "The Clean Energy Fund (CEF) lent €40 million in 2023.",
        "The Climate Energy Fund (CEF) lent €52 million in 2024.",
    ),
    "possessive": apart(
        "The Medicines Pricing Board's (MPB) decision came in March.",
        "The Medical Products Bureau (MPB) appealed in April.",
    ),
    "apposition with the": apart(
        "The Northern Grid Company (NGC) owns the lines.",
        "Critics say NGC, the National Gas Consortium, sold them.",
    ),
    "in a list": apart(
        "Members include the Port Users' Group (PUG), the Dock Labour Board (DLB) and the city.",
        "The Dockside Logistics Bureau (DLB) disagreed.",
    ),
}
AC001_TRAPS = {
    "same expansion twice": apart(
        "The Regional Water Authority (RWA) set new tariffs in May.",
        "The Regional Water Authority (RWA) later defended them.",
    ),
    "plural and possessive": apart(
        "The Clean Energy Fund (CEF) lent €40 million in 2023.",
        "The Clean Energy Fund's (CEF) loans rose in 2024.",
    ),
    "article and case": apart(
        "The National Pilots' College (NPC) trains pilots.",
        "the national pilots' college (NPC) trains them in three ports.",
    ),
    "hyphen and and-sign": apart(
        "The Research and Development Council (RDC) funds grants.",
        "The Research & Development Council (RDC) funded 40 of them.",
    ),
}

AC002 = {
    "brackets": "The Federal Energy Council (FEA) approved the tariff.",
    "acronym before": "FPB (Federal Pricing Authority) approved the tariff.",
    "swapped letters": "The Water Services Regulation Authority (WRSA) fined the firm.",
    "comma or": "The MSB, or Marine Safety Council, inspected the ferry.",
}
AC002_TRAPS = {
    "of and for skipped": "The Office for Budget Responsibility (OBR) revised its forecast.",
    "non-English": "The Banco Central do Brasil (BCB) raised rates.",
    "syllable letters": "The Organisation for Economic Co-operation and Development (OECD) published data.",
    "compound word": "The Bundesnetzagentur (BNetzA) fined the operator.",
    "latin order": "The International Atomic Energy Agency (IAEA) sent inspectors.",
    "digits": "The Group of Twenty (G20) met in Rio.",
    "lowercase letters": "The Department for Environment, Food and Rural Affairs (Defra) issued guidance.",
}

AC003 = {
    "last word missing": "The Federal Energy Regulatory (FERC) ruled on the pipeline.",
    "a letter more than the words": "The Small Farms Fund (SFFF) paid out in June.",
    "acronym before": "The IEA (International Energy) warned of shortfalls.",
    "comma or": "The ECDC, or European Centre for Disease, issued advice.",
}
AC003_TRAPS = {
    "full": "The Federal Energy Regulatory Commission (FERC) ruled on the pipeline.",
    "ends with and-word": "The Food and Agriculture Organization (FAO) warned of locusts.",
}

AC004 = {
    "used in text before": "The EBA warned banks in June.\n\nThe European Banking Authority (EBA) then issued guidance.",
    "possessive use before": "The ICAO's audit found gaps. The International Civil Aviation Organization (ICAO) published it in May.",
    "used in a list before": "Signatories include WHO, UNICEF and GAVI.\n\nGAVI, the Vaccine Alliance (GAVI), pays for vaccines.",
}
AC004.update(
    {
        "a name given in English": "## Summary\n\nThe BKA wants more officers.\n\n## Background\n\nThe Federal Criminal Police Office (BKA) employs 8,000 people.",
        "a ministry in English": "Funding from the SEP fell.\n\nThe Ministry of Public Education (SEP) sets teacher pay in Mexico.",
    }
)
AC004_TRAPS = {
    "defined first": "The European Banking Authority (EBA) warned banks in June. The EBA then issued guidance.",
    "an affiliation": "NASA funds the mission. Its lead, Jane Roe (NASA), spoke in May.",
    "a name given in English, first": "The Federal Office for Radiation Protection (BfS) runs 1,700 probes. The BfS wants more.",
    "common acronyms": "The UN and the EU met in June. The World Health Organization (WHO) joined them.",
    "title of a note": 'The report was published in May.[^1]\n\n[^1]: ESMA, "Annual report", 3 May 2024, https://esma.example.eu/2024/05/03/report',
}

#: not found yet, by cause: a name in another language with lower-case words inside it
#: ("Agence de l'eau Seine") is read from its last capitalised word only
MISSED_AC001 = {"non-English"}

test_ac001_found, test_ac001_trap = variant_tests("AC001", AC001, AC001_TRAPS, missed=MISSED_AC001)
test_ac002_found, test_ac002_trap = variant_tests("AC002", AC002, AC002_TRAPS)
test_ac003_found, test_ac003_trap = variant_tests("AC003", AC003, AC003_TRAPS)
test_ac004_found, test_ac004_trap = variant_tests("AC004", AC004, AC004_TRAPS)

#: appositions that are no definition, or a right one: every acronym rule stays silent
APPOSITION_TRAPS = {
    "another currency": "Fees are paid in USD, or Swiss Francs, at the buyer's choice.",
    "one word": "Ministers in the UK, or Britain, disagree.",
    "lower-case words": "NATO, or North Atlantic allies more broadly, will decide.",
    "another body known as": "The ministry, known as the MoF, sets the levy.",
    "right reverse": "The ECB, or European Central Bank, sets rates for the euro area.",
    "right known as": "The Fisheries Monitoring Unit, known as the FMU, counts landings.",
    "a country": "Exports to the US, or United States, fell.",
    "a list after the": "The EU, the European Investment Bank, and two states pay.",
    "a list of bodies": "Lenders include the AfDB, the World Bank, the EIB and others.",
}
_, test_apposition_trap = variant_tests(("AC001", "AC002", "AC003", "AC004"), {}, APPOSITION_TRAPS)
