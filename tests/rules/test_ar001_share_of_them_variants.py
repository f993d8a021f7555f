"""AR001 on a share set off after the clause of the whole the sentence opens with, its part
after "of them" ("Of the 840 trees planted, half of them, 510, were oaks"). Traps: the same
shape right, hedged within its rounding, and a part larger than the whole's clause allows.
Our own sentences."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    "a third of them": "Of the 1,500 permits issued this spring, a third of them, 610, were for extensions.",
    "half of them": "Of the 318 lifeboat launches logged, half of them, 201, were at night.",
    "a quarter of them": "Of the 64 wells drilled in the valley, a quarter of them, 22, came up dry.",
    "three quarters of them": "Of the 2,000 seedlings planted last year, three quarters of them, "
    "1,200, survived the frost.",
}
TRAPS = {
    "a third of them, right": "Of the 1,500 permits issued this spring, a third of them, 500, were for extensions.",
    "about half of them, near": "Of the 318 lifeboat launches logged, about half of them, 163, were at night.",
    "a quarter of them, right": "Of the 64 wells drilled in the valley, a quarter of them, 16, came up dry.",
}


test_defect_found, test_trap_silent = variant_tests("AR001", DEFECTS, TRAPS)


# a share "of the total" of the one larger figure of the part's kind its paragraph gave before
TOTAL_DEFECTS = {
    "accounted for, of the total": "The clinic saw 6,200 patients last year. Chest pain accounted "
    "for 1,900 of the visits, or 41% of the total.",
    "took, of the total": "The bank lent $54.7 billion in 2023. Shipping took $11.2 billion, or 29 per cent of the total.",
    "made up, of the total": "The port handled 2.4 million containers in 2024. Transshipment made "
    "up 1.1 million, or 62% of the total.",
}
TOTAL_TRAPS = {
    "of the total, right": "The port handled 2.4 million containers in 2024. Transshipment made up "
    "1.1 million, or 46% of the total.",
    "two candidates": "The port handled 2.4 million containers in 2024 and 1.9 million in 2020. "
    "Transshipment made up 1.1 million, or 58% of the total.",
    "no larger figure of the kind": "The regional unit has 40 beds. Chest pain accounted for 1,900 "
    "admissions nationally, or 3% of the total.",
}
test_total_defect_found, test_total_trap_silent = variant_tests("AR001", TOTAL_DEFECTS, TOTAL_TRAPS)
