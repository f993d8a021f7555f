"""NU003 probes of session 26 (the lead's own words): a figure of the opening summary
restated with another value in the closing section (conclusions, recommendations, the
last short section), which the body never gives: two restating places of two sections are
compared as a summary and the body are. Traps: the closing section's target, forecast or
other year; a part of the summary's figure; a figure the body gives, which the summary
agrees with."""

from __future__ import annotations

from tests.rules._variants import variant_tests

BODY = (
    "## The programme\n\nWardens patrol the coast by boat, and fishers report sightings to the trust every "
    "week. The trust publishes a yearly report on the state of the colonies.\n\nVisitors are asked to keep "
    "their distance from the animals at all times, and boats must slow down near the shore.\n\n"
    "## Funding\n\nThe trust is funded by the regional government and by a levy on boat licences, which "
    "rose last year after a long dispute with the harbour board.\n\n"
)


def report(summary: str, closing: str, head: str = "Summary", last: str = "Conclusion", body: str = BODY) -> str:
    return f"## {head}\n\n{summary}\n\n{body}## {last}\n\n{closing}\n"


DEFECTS = {
    "summary and conclusion": report(
        "The coast holds some 1,400 grey seals, according to the 2024 count.",
        "The trust's 2024 count of about 1,900 grey seals is the best yet.",
    ),
    "a recommendation's modal beside a fact": report(
        "The coast holds some 1,400 grey seals, according to the 2024 count.",
        "The trust's 2024 count of about 1,900 grey seals should be repeated every year.",
    ),
    "key findings and recommendations": report(
        "- The scheme paid out £3.2 million in compensation in 2024.",
        "The £3.6 million of compensation paid in 2024 should be published by parish.",
        head="Key findings",
        last="Recommendations",
    ),
    "summary and a closing paragraph in words": report(
        "The new turbines will add 1,200 MW to the grid when all four are running.",
        "All four turbines, 1,300 MW in total, should be connected before the winter.",
        last="What next",
    ),
}
TRAPS = {
    "a target in the closing": report(
        "The coast holds some 1,400 grey seals, according to the 2024 count.",
        "The trust aims for 1,900 grey seals by 2030.",
    ),
    "another year in the closing": report(
        "The coast holds some 1,400 grey seals, according to the 2024 count.",
        "The 2025 count found about 1,600 grey seals.",
    ),
    "a part in the closing": report(
        "The scheme paid out £3.2 million in compensation in 2024.",
        "Of that, £2.9 million went to inshore fishers in 2024.",
        last="Recommendations",
    ),
    "the same figure": report(
        "The coast holds some 1,400 grey seals, according to the 2024 count.",
        "The 2024 count of 1,400 grey seals should be repeated every year.",
    ),
}

#: not found yet, by cause: a modal verb anywhere in the clause ("should be repeated") makes
#: the figure's clause a hypothetical, though the figure itself is a fact
MISSED = {"a recommendation's modal beside a fact"}

test_defect_found, test_trap_silent = variant_tests("NU003", DEFECTS, TRAPS, missed=MISSED)
