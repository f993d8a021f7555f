"""AR005 probes (session 25, the lead's own words, written before reading any miss): an
age or span in years set beside the year a thing began, said in the shapes reports use —
"N years old", "turned N", "for N years, since …", "now in its Nth year", "a N-year-old
plant commissioned in …", "N years after it was founded in …" — against a publication date
of 1 June 2025; traps of the same shapes that agree, that end before publication, or that
count from another year."""

from __future__ import annotations

from tests.rules._variants import variant_tests

WRAP = "---\ntitle: Report\ndate: 2025-06-01\n---\n\n# Report\n\n{}\n"

DEFECTS = {
    "years old": "Founded in 1861, the rowing club is 154 years old.",
    "has run for": "The plant was commissioned in 1979 and has run for 36 years.",
    "for N years, since": "The levy has been collected for 12 years, since 2003.",
    "since, for N years": "Since 2003 the levy has been collected for 12 years.",
    "N-year-old": "The 40-year-old reactor, commissioned in 1975, will close in 2027.",
    "now in its Nth year": "Set up in 2005, the fund is now in its 30th year.",
    "turned N": "The treaty, signed in 1959, turned 56 this year.",
    "dash aside": "The scheme was first licensed in 2012 — 23 years ago — by the regulator.",
    "since its creation": "Since its creation in 1964, 51 years ago, the agency has grown.",
    "years after founding": "Today, 154 years after it was founded in 1861, the club has 40 members.",
    "years of service": "The lighthouse, lit in 1890, marks 125 years of service this summer.",
    "decades": "The dam, completed in 1968, has stood for four decades.",
    "years since an event its year names": "In the nine years since the 2019 tariff cut, imports have doubled.",
    "years on": "The board first capped the fares in 2009. Twenty years on, the cap still holds.",
    "years later": "Ministers promised the link in 1998. Thirty years later, it is still unbuilt.",
    "a role with its object": "Set up in 1977, the council has advised ministers for 38 years.",
    "a body's role": "The union, formed in 1920, has represented dockers for 115 years.",
}
TRAPS = {
    "years old right": "Founded in 1861, the rowing club is 164 years old.",
    "has run for right": "The plant was commissioned in 1979 and has run for 46 years.",
    "design life": "The reactor, commissioned in 1975, had a 40-year design life.",
    "ended span": "The mine, opened in 1962, ran for 30 years until it closed in 1992.",
    "after another year": "In 2010, ten years after the 2000 reform, the court reviewed it.",
    "age of a person": "Born in 1961, the minister was 58 when appointed in 2019.",
    "for N years from": "The fund paid out for 12 years from 2003.",
    "a term": "The 2019 contract runs for 15 years.",
    "in its Nth year right": "Set up in 2005, the fund is now in its 21st year.",
    "hedged right": "The dam, completed in 1968, has stood for almost six decades.",
    "a role right": "Set up in 1977, the council has advised ministers for 48 years.",
    "a deed begun later": "Founded in 1990, the firm has paid dividends for 12 years.",
    "years since right": "In the six years since the 2019 tariff cut, imports have doubled.",
    "years on right": "The board first capped the fares in 2009. Sixteen years on, the cap still holds.",
    "years later in the past": "Ministers promised the link in 1998. Ten years later, it was still unbuilt.",
    "years later with its own year": "The plan was drafted in 1998. Ten years later, in 2008, it is cited still.",
    "two years before": "The link was planned in 1998 and costed in 2004. Ten years later, it is unbuilt.",
    "a plan": "Built in 1990, the bridge is expected to last 100 years.",
}

test_defect_found, test_trap_silent = variant_tests("AR005", DEFECTS, TRAPS, wrap=WRAP)
