"""NM001 on a word of "ex-" styled with the capital X its acronym takes (session 22):
"eXtensible" in the name behind XML, "eXchange" behind a programme's X, is no other spelling
of the plain word elsewhere. Defects are the near misses: inner capitals of a name written
two ways. Our own sentences, in domains outside the evaluation set."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = [
    "The port runs the HarbourLink portal for pilots. Crews say the Harbourlink portal is slow.",
    "The museum opened the StarDome in May. Visitors to the Stardome queued for hours.",
]
TRAPS = [
    "Students joined the eXploration Greenhouse (X-GH) contest in May. Exploration of the site took a week.",
    "Tariffs are filed in eXtensible Tariff Language (XTL). Extensible formats are easier to check.",
    "Ports trade data through the eXchange Berth Network (XBN). Exchange of berth lists began in 2019.",
]

test_defect_found, test_trap_silent = variant_tests("NM001", DEFECTS, TRAPS)
