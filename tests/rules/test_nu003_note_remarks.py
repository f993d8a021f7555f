"""NU003 on a note's own remark that restates a figure of the paragraph citing it (issue 12,
session 9): the same counted thing, currency or unit, within a quarter or two digits swapped, the
one such figure of the citing paragraph. Traps: agreement within the hedge, another year, a part,
an addition ("also"), another circumstance ("In a dry year"). Our own sentences, in domains
outside the evaluation set; the odd-numbered were built with, the even-numbered held back."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    "D1": 'The county archive holds 41,300 parish registers.[^1]\n\n[^1]: County Archive, "Annual report 2024," March 2025. The archive\'s catalogue lists some 43,100 parish registers.\n',
    "D2": 'In 2024 the hatchery released 612,000 salmon smolts into the river.[^1]\n\n[^1]: River Trust, "Hatchery returns," 2025. By our count the hatchery released 621,000 smolts in 2024.\n',
    "D3": "The orchestra's foundation paid out €3.8 million in grants in 2023.[^1]\n\n[^1]: Foundation accounts 2023, p. 12. The accounts show grants of about €4.6 million in 2023.\n",
    "D4": "The ferry company operates 27 vessels on its island routes.[^1]\n\n[^1]: Company fleet list, 2025. The fleet list names 31 vessels, all on island routes.\n",
    "D5": 'The reservoir holds 148 million cubic metres when full.[^1]\n\n[^1]: Water board, "Reservoir data," 2024. The board gives a capacity of 184 million cubic metres when full.\n',
    "D6": "Municipal libraries lent 2.4 million e-books in 2024.[^1]\n\n[^1]: Library statistics 2024. Our figure differs from the national total: the statistics report roughly 2.9 million e-books lent by municipal libraries in 2024.\n",
}
TRAPS = {
    "T1": 'The county archive holds 41,300 parish registers.[^1]\n\n[^1]: County Archive, "Annual report 2024," March 2025. The archive\'s catalogue lists some 41,000 parish registers.\n',
    "T2": 'In 2024 the hatchery released 612,000 salmon smolts into the river.[^1]\n\n[^1]: River Trust, "Hatchery returns," 2025. In 2023 the hatchery released 580,000 smolts.\n',
    "T3": "The orchestra's foundation paid out €3.8 million in grants in 2023.[^1]\n\n[^1]: Foundation accounts 2023, p. 12. Of that, about €3.2 million went to young players.\n",
    "T4": "The ferry company operates 27 vessels on its island routes.[^1]\n\n[^1]: Company fleet list, 2025. The list also names 31 vessels of a partner company.\n",
    "T5": 'The reservoir holds 148 million cubic metres when full.[^1]\n\n[^1]: Water board, "Reservoir data," 2024. In a dry year it holds about 120 million cubic metres.\n',
    "T6": "Municipal libraries lent 2.4 million e-books in 2024.[^1]\n\n[^1]: Library statistics 2024. University libraries lent another 2.9 million e-books in 2024.\n",
}

# D1, D2: a remark after the citation's date in one sentence run is read as the citation's,
# not as prose. The held-back T4 ('The list also names 31 vessels of a partner company')
# fired when first run; an addition ('also') is now no restatement.
MISSED = {"D1", "D2"}

test_defect_found, test_trap_silent = variant_tests("NU003", DEFECTS, TRAPS, MISSED)
