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

test_defect_found, test_trap_silent = variant_tests("AR003", DEFECTS, TRAPS)


# "about N" is N at its own precision, that precision counted once (session 23): a small
# figure's half-unit is not added on top of the hedge ("6 km (about 5 miles)": 3.7 miles);
# a gallon or a fluid ounce may be the imperial one
ONCE_DEFECTS = [
    "Tailbacks on the ring road reached 6 kilometres (about 5 miles) on the worst day.",
    "The council drew a 2-mile buffer (about 5 kilometres) around the quarry.",
    "The smallest calves weigh 30 kilograms (about 90 pounds) at birth.",
    "Each can holds 10 litres (about 5 gallons) of fuel.",
]
ONCE_TRAPS = [
    "The trail climbs for 8 kilometres (about 5 miles) through pine forest.",
    "The path is 3 km (about 2 miles) long.",
    "The fence stands 1.5 metres (about 5 feet) high.",
    "The motorway section runs for 100 km (about 60 miles).",
    "Each can holds 10 litres (about 2 gallons) of fuel.",
    "The tank holds 200 gallons (about 900 litres).",
    "The smallest calves weigh 30 kilograms (about 65 pounds) at birth.",
]

test_once_defect_found, test_once_trap_silent = variant_tests("AR003", ONCE_DEFECTS, ONCE_TRAPS)
