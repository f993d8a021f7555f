"""AR003 on a hedged restatement in another unit (issue 12, session 8): "about N" is N rounded at
the precision N is written with ("about 27 feet" is not 9.5 metres, "about 30 feet" is). Our own
sentences, in domains outside the evaluation set."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = [
    "The lock chamber is 9.5 metres (about 27 feet) deep.",
    "The glacier retreated 2.4 kilometres (about 1.3 miles) since 1980.",
    "The ferry carries 180 tonnes (about 176 short tons) of freight.",
    # the held-back set (session 8), written before the build and run once, at the end
    "The tram line is 14 kilometres (about 7.9 miles) long.",
    "The mine shaft is 320 metres (about 960 feet) deep.",
    "Each hive produced 22 kilograms (about 43 pounds) of honey.",
]
TRAPS = [
    "The lock chamber is 9.5 metres (about 30 feet) deep.",
    "The glacier retreated 2.4 kilometres (about 1.5 miles) since 1980.",
    "The ferry carries 180 tonnes (about 200 short tons) of freight.",
    # the held-back set (session 8), written before the build and run once, at the end
    "The tram line is 14 kilometres (about 9 miles) long.",
    "The mine shaft is 320 metres (about 1,000 feet) deep.",
    "Each hive produced 22 kilograms (about 50 pounds) of honey.",
]

# 2.4 km (about 1.3 miles): the first figure's own precision (2.35-2.45 km) and the rounding
# allowance reach 1.3
MISSED = {1}


test_defect_found, test_trap_silent = variant_tests("AR003", DEFECTS, TRAPS, MISSED)
