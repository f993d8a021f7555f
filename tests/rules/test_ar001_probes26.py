"""AR001 probes (session 26, in other domains than the drafts whose shapes they follow): a
share set against its part and a whole said in other words — the group a survey, poll or
audit is of ("In a poll of 1,500 tenants, 600 (30%) …"), a share "of that total" whose total
the sentence before gave, a share of the group "of them" named again by a qualified noun,
and a share of a whole given in another paragraph — with traps: a whole listed with
another, a share of a wider total, two earlier totals, a right share."""

from __future__ import annotations

from tests.rules._variants import apart, variant_tests

DEFECTS = {
    "survey of": "In a survey of 212 lorry drivers on night routes, 71 (44 percent) said they had no rest bay.",
    "poll of": "In a 2024 poll of 1,500 tenants, 600 (30%) said their rent had risen twice.",
    "audit of": "An audit of 310 invoices found 62, or a third, were paid late.",
    "inspection of": "An inspection of 84 footbridges found 30, about a fifth, needed new decks.",
    "that total": (
        "The region's mills produced about 42 million tonnes last year. "
        "The coastal mill's 9.8 million tonnes accounts for roughly 31 percent of that total."
    ),
    "the total, accounts for": (
        "Hospitals in the province employ 18,000 nurses. "
        "The capital's 7,200 nurses account for about half of the total."
    ),
    "that total, makes up": (
        "Members' savings reached $640 million in 2024. "
        "The farmers' fund, at $96 million, makes up a quarter of that total."
    ),
    "of them, a qualified group": (
        "About 52 million adults hold a library card, and 31 million of them borrowed a book "
        "last year, some 80% of the card-holding public."
    ),
    "whole in another paragraph": apart(
        "The valley grows grapes on roughly 21,000 hectares.",
        "Hail damaged about 2,100 hectares, nearly a third of the valley's vineyard area.",
    ),
}
MISSED = {"of them, a qualified group", "whole in another paragraph"}
TRAPS = {
    "survey right": "In a survey of 212 lorry drivers on night routes, 71 (33 percent) said they had no rest bay.",
    "survey of two groups": "In a survey of 212 drivers and 90 dispatchers, 71 (24 percent) had no rest bay.",
    "lead of two groups": "Of the 212 drivers and 90 dispatchers, 71 (24 percent) had no rest bay.",
    "survey, a wider share": "A survey of 2,000 households found 450 without heating, 12% of all homes in the region.",
    "that total right": (
        "The region's mills produced about 42 million tonnes last year. "
        "The coastal mill's 9.8 million tonnes accounts for roughly 23 percent of that total."
    ),
    "two earlier totals": (
        "The mills made 42 million tonnes in 2023 and 45 million tonnes in 2024. "
        "The coastal mill's 9.8 million tonnes accounts for a fifth of that total."
    ),
    "national total": (
        "The region's mills produced 42 million tonnes. "
        "The coastal mill's 9.8 million tonnes accounts for 31 percent of the national total."
    ),
    "of them, a wider public": (
        "About 52 million adults hold a library card, and 31 million of them borrowed a book "
        "last year, some 45% of the national population."
    ),
}

test_defect_found, test_trap_silent = variant_tests("AR001", DEFECTS, TRAPS, missed=MISSED)
