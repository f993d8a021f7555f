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
