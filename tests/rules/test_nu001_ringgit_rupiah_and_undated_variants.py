"""NU001 on amounts in ringgit and rupiah written with their local signs ("RM 40 billion",
"RM2.5 billion", "Rp 9 trillion", "Rp150 million"), and on a conversion the text does not
date, made at one of the recent years' rates, and on a conversion whose year is written
inside its bracket ("(about €4,700 in 2023)") (family NU, session 17). Traps: the same
amounts converted right, letters glued to a small number that name a thing ("the RM3
prototype"), and an undated conversion at the rate of the year before publication. Our own
sentences."""

from __future__ import annotations

from tests.rules._variants import variant_tests

_WRAP = "---\npublication_date: 2026-01-20\n---\n# Report\n\n{}\n"

DEFECTS = {
    "ringgit, spaced": "In 2024 the state fund raised RM 40 billion (about US$12 billion) for its bridges.",
    "ringgit, glued with a decimal": "The utility borrowed RM2.5 billion in 2023 (roughly US$800 million).",
    "rupiah, spaced": "In 2024 the toll road cost Rp 9 trillion (about US$800 million).",
    "rupiah, glued with separators": "Each village received Rp150,000,000 in 2023 (about US$14,000) for wells.",
    "undated and far off": "Credit unions there hold $2.3 trillion (about £2.4 trillion) in savings.",
    "the year inside the bracket": "A season ticket costs £900 (about €1,250 in 2023) at most grounds.",
    "the year inside the bracket, dollars": "The permit fee is €4,000 (roughly $5,600 in 2022) for each boat.",
}
TRAPS = {
    "ringgit right": "In 2024 the state fund raised RM 40 billion (about US$8.7 billion) for its bridges.",
    "rupiah right": "In 2024 the toll road cost Rp 9 trillion (about US$570 million).",
    "letters glued to a small number": "The RM3 prototype of 2024 cost $5 million (about €4.6 million) to build.",
    "undated at the rate two years before": "Credit unions there hold $2.3 trillion (about £1.8 trillion) in savings.",
    "the year inside the bracket, right": "A season ticket costs £900 (about €1,035 in 2023) at most grounds.",
    "the year inside the bracket, dollars, right": "The permit fee is €4,000 (roughly $4,200 in 2022) for each boat.",
}

test_defect_found, test_trap_silent = variant_tests("NU001", DEFECTS, TRAPS, wrap=_WRAP)
