"""NU003 probes (session 27, prec27's own words, after reading a trap of the development
set): a report of several cases, each in a section its heading names ("2. The Morven
Reservoir", "3. The Ashby Reservoir"; "Case study: …"). A figure in one case's section and
one in another's are each their own case's, when neither sentence names the other case,
however alike their words ("In 2024 it secured £3.4 million" / "The 2024 round of repairs,
costing £2.8 million"). Traps: three domains (reservoirs, schools, clinics), headings
numbered or not; near misses that stay flagged: the second sentence names the first case,
a summary (its heading names no case) against a case's section, and two sentences that
name the same thing under two headings that name two others. The sections' headings
are HTML too, with pandoc's ids made from their words ("the-morven-navigation")."""

from __future__ import annotations

from tests.rules._variants import variant_tests

FRONT = "---\ntitle: Small cases\ndate: 2025-06-10\n---\n\n"
LEAD = (
    "This paper looks at how small bodies pay for their work, with a case in each section.\n\n"
    "Most of the money comes from grants, some from charges.\n\n"
)


def cases(h1: str, p1: str, h2: str, p2: str, summary: str = "") -> str:
    top = f"## Summary\n\n{summary}\n\n" if summary else ""
    return FRONT + top + "## 1. Background\n\n" + LEAD + f"## {h1}\n\n{p1}\n\n## {h2}\n\n{p2}\n"


MORVEN = (
    "The Morven Reservoir was built in 1911 to supply the mill towns. Its dam is owned by the Morven "
    "Water Trust, which relies on grants.\n\nThe repairs have been steady. The 2024 round of repairs, "
    "costing £2.8 million, was paid for by the water board and the county council."
)
TRAPS = {
    "two reservoirs": cases(
        "2. The Morven Reservoir",
        MORVEN,
        "3. The Ashby Reservoir",
        "The Ashby Reservoir is smaller and relies more on grants.\n\nIn 2024 it secured £3.4 million for the "
        "spillway and two gates, most of it from the heritage fund.",
    ),
    "two schools": cases(
        "Case study: Kilbride Academy",
        "Kilbride Academy serves a large rural catchment.\n\nIts tutoring programme for 2023, worth £410,000, "
        "was paid for by the Fenwick Trust.",
        "Case study: Harlow Park School",
        "Harlow Park School is in the centre of the city.\n\nIn 2023 the school's tutoring programme "
        "cost £460,000, paid for by the Fenwick Trust.",
    ),
    "two clinics": cases(
        "2. The Tarrant clinic",
        "The Tarrant clinic opened in 2015 in a former library.\n\nIn 2024 the clinic's nurses saw 12,400 "
        "patients at the walk-in desk.",
        "3. The Bexley clinic",
        "The Bexley clinic shares a building with a pharmacy.\n\nIts nurses saw 13,100 patients at the walk-in "
        "desk in 2024.",
    ),
}
DEFECTS = {
    "the other case named": cases(
        "2. The Morven Reservoir",
        MORVEN,
        "3. The Ashby Reservoir",
        "The Ashby Reservoir is smaller and relies more on grants.\n\nMorven's 2024 round of repairs cost "
        "£3.4 million, paid for by the water board and the county council.",
    ),
    "both sentences name one city under two countries' headings": cases(
        "3. Norway in practice",
        "Oslo's inspectors issued 5,210 fines for studded tyres in the first winter of the charge.",
        "4. What a Swedish charge would raise",
        "Oslo's first winter of the charge brought about 3,900 fines, a sign of how quickly drivers adapt.",
    ),
    "a summary against a case": cases(
        "2. The Morven Reservoir",
        MORVEN,
        "3. The Ashby Reservoir",
        "The Ashby Reservoir is smaller and relies more on grants.",
        summary="At Morven, the 2024 round of repairs cost £3.4 million, paid for by the water board and the "
        "county council.",
    ),
}

test_defect_found, test_trap_silent = variant_tests("NU003", DEFECTS, TRAPS, wrap="{}")
