"""AR002 on a change said after the second value and its split year ("… to £7.4 billion in
2024–25 on the operator's figures, a drop of 15 per cent"): the year, split or not, is no
clause of its own between the value and the change (issue #14, family AR, session 11). Traps:
the same sentences with a change that fits, and a change of another clause. Our own
sentences, in domains outside the evaluation set."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    "split year, words after": "Ferry revenue fell from $6.4 million in 2022–23 to $5.9 million in 2023–24 on the "
    "port authority's own count, a drop of 14 per cent.",
    "slash year": "Timber exports rose from 1.8 million m3 in 2021/22 to 2.1 million m3 in 2022/23 by the "
    "forestry board's estimate, an increase of 25%.",
    "plain year, words after": "Hospital beds fell from 9,400 in 2019 to 8,700 in 2024 according to the "
    "regional health office, a fall of 12 per cent.",
}
TRAPS = {
    "split year, words after": "Ferry revenue fell from $6.4 million in 2022–23 to $5.9 million in 2023–24 on the "
    "port authority's own count, a drop of 8 per cent.",
    "slash year": "Timber exports rose from 1.8 million m3 in 2021/22 to 2.1 million m3 in 2022/23 by the "
    "forestry board's estimate, an increase of 17%.",
    "plain year, words after": "Hospital beds fell from 9,400 in 2019 to 8,700 in 2024 according to the "
    "regional health office, a fall of 7 per cent.",
    "another clause between": "Ferry revenue fell from $6.4 million in 2022–23 to $5.9 million in 2023–24, while "
    "cargo fees, a smaller line, rose 14 per cent.",
}

MISSED: set[str] = set()


test_defect_found, test_trap_silent = variant_tests("AR002", DEFECTS, TRAPS, MISSED)
