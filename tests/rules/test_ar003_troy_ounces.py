"""AR003 with troy ounces: the unit written ("2.6 million troy ounces"), and ounces of a
precious metal read as troy ounces (31.1 g, not the 28.3 g of other ounces: "200 tonnes of
gold, or about 6.4 million ounces"). Defects must be found; traps (right conversions, and
kitchen ounces of anything else) must stay silent. Our own sentences."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    # 80 t = 2.57 million troy ounces
    "troy ounces written": "The vault received 80 tonnes of gold, or about 2.9 million troy ounces, last spring.",
    # 200 t of gold = 6.43 million troy ounces (7.05 million other ounces: only troy finds it)
    "ounces of gold": "The central bank shipped 200 tonnes of gold, or about 7.1 million ounces, to Frankfurt.",
    # 1,500 t of silver = 48.2 million troy ounces
    "ounces of silver": "The bank's silver holdings of 1,500 tonnes (some 53 million ounces) were audited in May.",
}
TRAPS = {
    "troy ounces right": "The vault received 80 tonnes of gold, or about 2.6 million troy ounces, last spring.",
    "ounces of gold right": "The central bank shipped 200 tonnes of gold, or about 6.4 million ounces, to Frankfurt.",
    "ounces of silver right": "The bank's silver holdings of 1,500 tonnes (some 48 million ounces) were audited in May.",
    # not a precious metal: an ounce is 28.3 g
    "ounces of flour": "The bakery used 3 tonnes of flour (about 106,000 ounces) last year.",
}

test_defect_found, test_trap_silent = variant_tests("AR003", DEFECTS, TRAPS)
