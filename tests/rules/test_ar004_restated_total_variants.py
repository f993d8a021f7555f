"""AR004 on a total restated in brackets right after it before its parts (issue 12, session 8):
"840 million kroner (about €75 million) for the harbours: 500 million …". Traps: parts that add up,
a partial breakdown. Our own sentences, in domains outside the evaluation set."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = [
    "The levy raised 840 million kroner (about €75 million) for the harbours: 500 million to the north, 260 million to the west and 120 million to the islands.",
    "The lottery gave £62 million (roughly US$78 million) to heritage last year: £30 million to churches, £21 million to museums and £14 million to archives.",
    "Wind farms fed in 12.4 TWh (12,400 GWh) over the winter: 7.1 TWh from offshore, 3.6 TWh from the hills and 1.2 TWh from small turbines.",
    # the held-back set (session 8), written before the build and run once, at the end
    "The tunnel cost 3.2 billion francs (about €3.4 billion) to build: 1.9 billion for boring, 0.8 billion for the rail and 0.7 billion for safety works.",
    "Farmers received 450 million zloty (some €105 million) in drought aid: 210 million for grain, 160 million for fruit and 120 million for livestock.",
    "The museum spent ¥2.6 billion (about $17 million) on the new wing: ¥1.5 billion on building, ¥0.6 billion on storage and ¥0.3 billion on galleries.",
]
TRAPS = [
    "The levy raised 840 million kroner (about €75 million) for the harbours: 500 million to the north, 220 million to the west and 120 million to the islands.",
    "The lottery gave £62 million (roughly US$78 million) to heritage last year, including £30 million to churches and £21 million to museums.",
    "Wind farms fed in 12.4 TWh (12,400 GWh) over the winter: 7.1 TWh from offshore, 4.1 TWh from the hills and 1.2 TWh from small turbines.",
    # the held-back set (session 8), written before the build and run once, at the end
    "The tunnel cost 3.2 billion francs (about €3.4 billion) to build: 1.9 billion for boring, 0.6 billion for the rail and 0.7 billion for safety works.",
    "Farmers received 450 million zloty (some €105 million) in drought aid, of which 210 million went to grain growers.",
    "The museum spent ¥2.6 billion (about $17 million) on the new wing: ¥1.5 billion on building, ¥0.8 billion on storage and ¥0.3 billion on galleries.",
]

# every phrasing is read since the conversion's currency sign may stand outside its figure
# ('(roughly US$78 million)', session 19)
MISSED: set[int] = set()


test_defect_found, test_trap_silent = variant_tests("AR004", DEFECTS, TRAPS, MISSED)
