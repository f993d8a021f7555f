"""AR004 on two shapes: a list whose number of parts is declared ("divided four ways:",
"from three sources:") with long words for each part or a name holding a colon; and a table
without a total row followed by a sentence that adds its rows up ("Together the four
regions receive …", "In total, …", "Between them, …"), a column in millions under a "(£m)"
heading. Defects must be found; traps (sums that are right, a sentence about some of the
rows, a column whose heading gives no currency, a sum far off that is no total of the
column) must stay silent. Our own sentences and tables."""

from __future__ import annotations

from tests.rules._variants import variant_tests

_REGIONS = (
    "| Region | Schools | Grant (£m) |\n|---|---|---|\n| North | 410 | 24.5 |\n| Midlands | 380 | 22.0 |\n"
    "| South | 520 | 27.5 |\n| West | 300 | 17.5 |\n\n"
)
_AGENCIES = (
    "| Agency | Staff | Budget (€m) |\n|---|---|---|\n| Roads | 210 | 18.4 |\n| Rail | 160 | 15.3 |\n"
    "| Ports | 95 | 11.5 |\n\n"
)
_PORTS = "| Port | Calls |\n|---|---|\n| Aberby | 410 |\n| Brinton | 260 |\n| Calder | 220 |\n| Dunmore | 170 |\n| Esk | 120 |\n\n"

DEFECTS = {
    "four ways, long words": "The trust's £84 million budget is divided four ways: £31 million for the hospitals it "
    "runs across the northern valleys, £22 million for community nursing teams, £18 million for mental health "
    "services and £9 million for administration.",
    "three sources, a name with a colon": "Last year the charity raised €2.4 million, from three sources: €1.1 million "
    "from its Legacy Giving: The Next Decade appeal, €0.9 million from regular donors who give every single month "
    "without fail and €0.6 million from corporate partners.",
    "three kinds, long words": "The county's 640 new homes came in three kinds: 310 built by housing associations on "
    "land the council sold them cheaply, 220 for private sale on the former barracks site and 150 for social rent.",
    # 24.5 + 22.0 + 27.5 + 17.5 = 91.5
    "table, together": _REGIONS + "Together the four regions receive £96.0 million from the fund this year.",
    # 18.4 + 15.3 + 11.5 = 45.2
    "table, in total": _AGENCIES + "In total, the three agencies spend €48.2 million a year.",
    # 410 + 260 + 220 + 170 + 120 = 1,180
    "table, between them": _PORTS + "Between them, the five ports handled 1,240 calls last season.",
}
TRAPS = {
    "four ways, right": "The trust's £80 million budget is divided four ways: £31 million for the hospitals it "
    "runs across the northern valleys, £22 million for community nursing teams, £18 million for mental health "
    "services and £9 million for administration.",
    "three sources, right": "Last year the charity raised €2.6 million, from three sources: €1.1 million from its "
    "Legacy Giving: The Next Decade appeal, €0.9 million from regular donors who give every single month without "
    "fail and €0.6 million from corporate partners.",
    "three kinds, right": "The county's 680 new homes came in three kinds: 310 built by housing associations on land "
    "the council sold them cheaply, 220 for private sale on the former barracks site and 150 for social rent.",
    "table, right": _REGIONS + "Together the four regions receive £91.5 million from the fund this year.",
    "table, some of the rows": _REGIONS + "Together three of the four regions receive £86.0 million from the fund.",
    "table, a heading with no currency": "| Region | Score |\n|---|---|\n| North | 24.5 |\n| Midlands | 22.0 |\n"
    "| South | 27.5 |\n| West | 17.5 |\n\nTogether the four regions receive £96.0 million from the fund this year.",
    "table, a sum far off": _PORTS + "Between them, the five ports handled 2,900 calls last season.",
}

test_defect_found, test_trap_silent = variant_tests("AR004", DEFECTS, TRAPS)
