"""NU003, session 29: a count of a set the text itself picked ("18 example cities", "40
sampled farms", "the 12 selected schools"), restated with another value in a later section.

Three causes kept such pairs apart, each tested here in several phrasings:

1. Both counts carry the same part word of a chosen set: a part of a larger whole, but one
   fixed set however often it is named (the context links only; a ranking, "the 10 largest
   ports", or another group, "12 other members", stays apart).
2. A frequency adjective in the clause of a count after a preposition ("monthly series of
   daily readings for 14 sample harbours") is the series' rate, not the count's.
3. A comparative right after another figure of the clause ("our estimates were 0.3 m
   higher across 14 sample harbours") compares that figure, not the count.

Traps: two chosen sets of far-apart sizes, rankings of another size, another group, a
correct restatement, a comparative of the count itself."""

from __future__ import annotations

from tests.rules._variants import variant_tests

_CHECK = "We checked the tide model against gauges run by the Coastal Tide Agency (CTA). "


def two(first: str, second: str) -> str:
    return (
        f"{first}\n\n## Background\n\nThe agency keeps its gauge records open to the public and publishes "
        f"them each spring.\n\n## Methods\n\n{second}"
    )


DEFECTS = {
    "sample, comparative after another figure": two(
        _CHECK + "Across 14 sample harbours, our predicted high tides were on average 0.3 m higher than the "
        "CTA records.",
        "For the comparison with the CTA gauges, we extracted monthly series of daily maximum tide heights "
        "for 11 sample harbours and compared them with our predicted high tides.",
    ),
    "example, plain restatement": two(
        "The Coastal Tide Agency (CTA) compared our tide predictions with its gauges in 16 example harbours "
        "and found them close.",
        "The CTA comparison of our tide predictions used gauges in 19 example harbours along the coast.",
    ),
    "selected, weekly adjective before another noun": two(
        "Inspectors from the schools board visited 24 selected schools in the valley to review reading lessons.",
        "The schools board inspectors wrote weekly reports on reading lessons across 30 selected schools in "
        "the valley.",
    ),
}

TRAPS = {
    "two chosen sets far apart": two(
        _CHECK + "Across 14 sample harbours, our predicted high tides were on average 0.3 m higher than the "
        "CTA records.",
        "Figure 2 shows the CTA gauge records and our predicted high tides for four sample harbours.",
    ),
    "a correct restatement": two(
        _CHECK + "Across 14 sample harbours, our predicted high tides were on average 0.3 m higher than the "
        "CTA records.",
        "For the comparison with the CTA gauges, we extracted monthly series of daily maximum tide heights "
        "for 14 sample harbours and compared them with our predicted high tides.",
    ),
    "rankings of another size": two(
        "The Coastal Tide Agency (CTA) ranked the 12 busiest harbours by tide delays last year.",
        "The CTA delay ranking of the 15 busiest harbours last year put the northern ports first.",
    ),
    "another group": two(
        "Inspectors from the schools board visited 24 selected schools in the valley to review reading lessons.",
        "The schools board inspectors then visited 30 other schools in the valley to review reading lessons.",
    ),
    "a comparative of the count itself": two(
        "Inspectors from the schools board visited 24 selected schools in the valley to review reading "
        "lessons this year.",
        "The schools board inspectors visited 30 selected schools in the valley, fewer than planned, to "
        "review reading lessons last year.",
    ),
}

#: still missed: the context link between the two sentences is too weak once the draft's
#: other sentences share their words (a ceiling of the context linker, not of the causes above)
MISSED = {"sample, comparative after another figure", "example, plain restatement"}

test_defect_found, test_trap_silent = variant_tests("NU003", DEFECTS, TRAPS, missed=MISSED)
