"""AC001 on acronyms written with a hyphen between capitals (issue 12, session 8): "M-CERT",
"A-WWS" defined twice with two expansions; traps: the acronym used again, model designations
("LM-11", "F-35"), "COVID-19". Our own sentences, in domains outside the evaluation set."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = [
    "Storms are tracked by the Alpine Weather Warning Service (A-WWS) in winter.\n\nThe avalanche bulletin is written by the Alpine Winter Warning Service (A-WWS) each morning.",
    "The tram network is run by the Lyon Urban Rail Operator (LUR-O).\n\nFares are set by the Lyon Urban Road Operator (LUR-O) every January.",
    "Grants came from the Regional Heritage Fund (R-HF) in 2023.\n\nThe lighthouse was restored with money from the Regional History Fund (R-HF).",
    "The quarry is inspected by the Mines Safety Agency (MSA-N) twice a year.\n\nIn 2024 the North Mines Safety Agency (MSA-N) closed one pit.",
    # the held-back set (session 8), written before the build and run once, at the end
    "Ferries are inspected by the Coastal Safety Authority (C-SA) every spring.\n\nIn June the Coastal Security Authority (C-SA) stopped two boats.",
    "Bee health is monitored by the National Apiary Unit (NAU-S).\n\nThe National Apiary Unit for Scotland (NAU-S) reported losses.",
    "Rescue calls go to the Mountain Emergency Response Team (M-ERT).\n\nThe Mountain Emergency Relief Team (M-ERT) has six members.",
    "The archive is funded by the Heritage Digitisation Programme (HDP-2).\n\nScans are paid by the Heritage Data Programme (HDP-2).",
]
TRAPS = [
    "Storms are tracked by the Alpine Weather Warning Service (A-WWS) in winter.\n\nThe avalanche bulletin is written by the A-WWS each morning.",
    "The F-35 and the B-52 flew over the harbour.\n\nThe air show also had an F-16.",
    "The LM-11 rocket lifted off in May.\n\nA second LM-11 flew in June.",
    "Patients with COVID-19 were treated at the clinic (COVID-19 ward).\n\nThe ward closed in 2023.",
    # the held-back set (session 8), written before the build and run once, at the end
    "Ferries are inspected by the Coastal Safety Authority (C-SA) every spring.\n\nIn June the C-SA stopped two boats.",
    "The MiG-29 and the Su-27 were on show.\n\nA Tu-154 flew past.",
    "The A-10 stayed on the ground.\n\nThe KC-135 refuelled it.",
    "The Euro-Atlantic Partnership Council (EAPC) met in May.\n\nThe EAPC meets twice a year.",
]

# 'Mines Safety Agency (MSA-N)' / 'North Mines Safety Agency (MSA-N)': the second expansion's
# letters in another order are not read as a second definition
MISSED = {3, 5, 7}


test_defect_found, test_trap_silent = variant_tests("AC001", DEFECTS, TRAPS, MISSED)
