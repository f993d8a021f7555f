"""FN004: one reference cited ahead of its turn, the numbers it jumps over following in
order, is one finding (before, every later reference was reported "after" it). Sentences
written for these tests; traps: a note cited again later, numbering in order."""

from __future__ import annotations

from tests.rules._variants import variant_tests


def _notes(n: int) -> str:
    return "\n\n" + "\n".join(f"[^{k}]: Harbour Board, report {k}, 2024." for k in range(1, n + 1)) + "\n"


DEFECTS = {
    "a late note cited early": (
        "Dues rose.[^1] The pier was rebuilt.[^7] Ferries ran late.[^2] Crews struck.[^3] "
        "Trade recovered.[^4] Tolls fell.[^5] Fares held.[^6]" + _notes(7)
    ),
    "in a later paragraph": (
        "Dues rose.[^1] Ferries ran late.[^2]\n\nA survey of the quays came first.[^5] "
        "Crews struck.[^3] Trade recovered.[^4] The pier was rebuilt.[^6]" + _notes(6)
    ),
    "the last note cited in the middle": (
        "Dues rose.[^1] Ferries ran late.[^2] Crews struck.[^3] The regional plan sets a date.[^9] "
        "Trade recovered.[^4] Tolls fell.[^5] Fares held.[^6] Cargo grew.[^7] Yards hired.[^8]" + _notes(9)
    ),
}

TRAPS = {
    "a note cited again": (
        "Dues rose.[^1] Ferries ran late.[^2] As noted, dues rose.[^1] Crews struck.[^3]" + _notes(3)
    ),
    "in order": "Dues rose.[^1] Ferries ran late.[^2] Crews struck.[^3] Trade recovered.[^4]" + _notes(4),
}

test_defect_found, test_trap_silent = variant_tests("FN004", DEFECTS, TRAPS)
