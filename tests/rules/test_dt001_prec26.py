"""DT001 probes (session 26, prec26's own words, after reading a false alarm of unseen
seeds 320 and 322): a relative clause after a comma (", which went live in May") says what
happened to its antecedent. Read with the antecedent's own determiner: "This night
service, which began in July" is what its own passage has just named (as "This night
service began in July" is), not a description of a thing named paragraphs before; "the
gallery, which opened in …" is a description and still meets the named "Kell Gallery".
Traps: a demonstrative antecedent in another paragraph, three domains; near misses: the
same shape with "the" and the other's head noun, or the other's name as antecedent."""

from __future__ import annotations

from tests.rules._variants import variant_tests

FRONT = "---\ndate: 2025-02-10\n---\n"


def two(first: str, second: str) -> str:
    return FRONT + "\n# Report\n\n" + first + "\n\n" + second + "\n"


TRAPS = {
    "this service, which began": two(
        "Harbour Loop launched in March 2021 to carry commuters across the bay.",
        "The city also rebuilt its bus depot and bought twelve electric buses. This night service, which "
        "began in July 2021, runs until three in the morning.",
    ),
    "this annex, which opened": two(
        "The Kell Gallery opened in May 2018 with a show of river paintings.",
        "The trust later bought the old customs house next door. This annex, which opened in "
        "September 2019, holds the print collection.",
    ),
    "these clinics, which started": two(
        "Fernbrook Health started its home visits in January 2022.",
        "Two charities run mobile dental vans in the hills. These clinics, which started in "
        "June 2022, see about forty patients a week.",
    ),
}
DEFECTS = {
    "the gallery, which opened": two(
        "The Kell Gallery opened in May 2018 with a show of river paintings.",
        "Visitors praise the gallery, which opened in September 2018, for its light.",
    ),
    "the name as antecedent": two(
        "Harbour Loop launched in March 2021 to carry commuters across the bay.",
        "Riders like Harbour Loop, which launched in July 2021, for its night buses.",
    ),
}

test_defect_found, test_trap_silent = variant_tests("DT001", DEFECTS, TRAPS, wrap="{}")
