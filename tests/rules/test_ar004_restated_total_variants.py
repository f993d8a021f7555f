"""AR004 on a total restated in brackets right after it before its parts (issue 12, session 8):
"840 million kroner (about €75 million) for the harbours: 500 million …". Traps: parts that add up,
a partial breakdown. Our own sentences, in domains outside the evaluation set."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = [
    'The levy raised 840 million kroner (about €75 million) for the harbours: 500 million to the north, 260 million to the west and 120 million to the islands.',
    'The lottery gave £62 million (roughly US$78 million) to heritage last year: £30 million to churches, £21 million to museums and £14 million to archives.',
    'Wind farms fed in 12.4 TWh (12,400 GWh) over the winter: 7.1 TWh from offshore, 3.6 TWh from the hills and 1.2 TWh from small turbines.',
]
TRAPS = [
    'The levy raised 840 million kroner (about €75 million) for the harbours: 500 million to the north, 220 million to the west and 120 million to the islands.',
    'The lottery gave £62 million (roughly US$78 million) to heritage last year, including £30 million to churches and £21 million to museums.',
    'Wind farms fed in 12.4 TWh (12,400 GWh) over the winter: 7.1 TWh from offshore, 4.1 TWh from the hills and 1.2 TWh from small turbines.',
]

# '£62 million (roughly US$78 million) to heritage last year: £30 million …': not read yet
MISSED = {1}


test_defect_found, test_trap_silent = variant_tests("AR004", DEFECTS, TRAPS, MISSED)
