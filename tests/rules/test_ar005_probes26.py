"""AR005 probes (session 26, written in other domains than the drafts whose shapes they
follow): an age counted to the publication date (1 March 2026) in the shapes writers used —
a noun naming the dated thing again before its participle ("the Dock Act 1971, a statute
passed 50 years ago"), an unhedged "has run for N years" more than the months since the
year allow, "the N years since it <did>" whose event is dated earlier in the paragraph, and
a tens number word broken across a PDF line (ingest, see tests/ingest) — with traps that
agree, count to another date, or date another event."""

from __future__ import annotations

from tests.rules._variants import variant_tests

WRAP = "---\ntitle: Report\ndate: 2026-03-01\n---\n\n# Report\n\n{}\n"

DEFECTS = {
    "appositive statute": "Pilots work under the Harbours Act 1971, a statute passed 50 years ago and rarely amended.",
    "appositive treaty": "The river is shared under the 1994 accord, a treaty signed 25 years ago by both states.",
    "appositive building": "Readers still use the Carnegie wing of 1911, a hall built 120 years ago.",
    "has run for beyond the months": "The seed bank, opened in 2019, has now run for eight years and stores 4,000 lines.",
    "has operated for": "The night ferry, launched in 2020, has operated for seven years without a loss.",
    "has existed for": "The tribunal, established in 2014, has existed for 13 years.",
    "years since it did": (
        "The congestion charge took effect in 2008. It is paid by 40,000 drivers a day. "
        "In the ten years since it took effect, traffic fell by a fifth."
    ),
    "years since it was made": (
        "The archive was founded in 1990 with a grant from the city. "
        "Over the 30 years since it was founded, it has filled three buildings."
    ),
    "years since they came": (
        "The first wind turbines came online in 2011 off the cape. "
        "In the eight years since they came online, output has tripled."
    ),
}
TRAPS = {
    "appositive right": "Pilots work under the Harbours Act 1971, a statute passed 55 years ago and rarely amended.",
    "appositive hedged": "Readers still use the Carnegie wing of 1911, a hall built about 115 years ago.",
    "appositive amended": "The Harbours Act 1971, a statute amended 12 years ago, still applies.",
    "has run for right": "The seed bank, opened in 2019, has now run for seven years and stores 4,000 lines.",
    "has run for floor": "The seed bank, opened in 2019, has now run for six years and stores 4,000 lines.",
    "has run for hedged": "The night ferry, launched in 2020, has operated for almost six years.",
    "ended run": "The night ferry, launched in 2010, ran for seven years until 2017.",
    "years since right": (
        "The congestion charge took effect in 2008. It is paid by 40,000 drivers a day. "
        "In the 18 years since it took effect, traffic fell by a fifth."
    ),
    "years since another event": (
        "The congestion charge took effect in 2008 and was raised in 2016. "
        "In the ten years since it was raised, traffic fell by a fifth."
    ),
    "years since, event undated": (
        "The congestion charge was debated in 2008. In the ten years since it took effect, traffic fell by a fifth."
    ),
}

test_defect_found, test_trap_silent = variant_tests("AR005", DEFECTS, TRAPS, wrap=WRAP)
