"""LS001 on whole lists in parentheses or between commas right after the noun phrase they name,
wherever it stands (issue 12, session 8): "residents of four islands (A, B, C and D)", "the pilot
(A, B, C and D)", "the stations, A, B, C and D, have …"; traps: the same members, partial lists,
two members only. Our own sentences, in domains outside the evaluation set.
The places of two kinds of people ('Bakers in four towns (…)' / 'Butchers in four towns (…)')
are two groups: a trap of this set found them compared before."""

from __future__ import annotations

from tests.rules._variants import variant_tests

WRAP = "# Report\n\nThe scheme began in a wet spring. Its budget was set by the regional board. Staff were hired in the autumn. Costs rose with fuel prices. A review is due next year.\n\n{}\n\nThe board meets every quarter. Its minutes are public. A new chair took office in June. Two posts are still vacant. The auditors reported no concerns. Questions may be sent to the secretary.\n"
DEFECTS = [
    "Volunteers from four lifeboat stations (Arbroath, Montrose, Stonehaven and Gourdon) trained together in May.\n\nSince then the stations, Montrose, Gourdon, Arbroath and Johnshaven, have shared one boat.",
    "Keepers of five lighthouses (Skerryvore, Barra Head, Rinns, Corsewall and Mull) were retrained.\n\nThe lighthouses in the scheme, Rinns, Skerryvore, Corsewall, Mull and Turnberry, were automated in 2024.",
    "The study followed the pilot (Ardmore, Belcoo, Clogher and Derrylin) for two years.\n\nThe four schools in the pilot — Belcoo, Ardmore, Derrylin and Enniskillen — kept their buses.",
    "Bakers in four towns (Lanark, Biggar, Carnwath and Douglas) joined the co-operative.\n\nThe co-operative's towns, Douglas, Lanark, Biggar and Lesmahagow, share one oven.",
    "Grants went to the consortium (Arden Mills, Berwick Looms, Carlow Tweed and Dunmore Wool) in March.\n\nEarly sales from the consortium (Berwick Looms, Arden Mills, Elgin Spinners and Dunmore Wool) beat forecasts.",
    # the held-back set (session 8), written before the build and run once, at the end
    "Rangers at four reserves (Abernethy, Insh, Loch Garten and Glenmore) counted ospreys.\n\nThis year the reserves, Insh, Glenmore, Abernethy and Rothiemurchus, reported more nests.",
    "Nurses at five clinics (Alloa, Bo'ness, Callander, Denny and Falkirk) went on strike.\n\nThe clinics, Denny, Alloa, Falkirk, Callander and Grangemouth, reopened on Monday.",
    "Tourists rode the circuit (Kilmory, Lochranza, Blackwaterfoot and Whiting Bay) by bus.\n\nThe circuit's villages, Lochranza, Kilmory, Brodick and Blackwaterfoot, want more buses.",
    "Pupils from three islands (Eday, Sanday and Stronsay) and one town (Kirkwall) sat the test.\n\nThe results from the trial (Stronsay, Eday, Westray and Kirkwall) were published in June.",
    "Quarries in four parishes (Ballachulish, Glencoe, Kinlochleven and Onich) supplied the slate.\n\nThe parishes, Onich, Glencoe, Kinlochleven and Duror, now share a museum.",
]
TRAPS = [
    "Volunteers from four lifeboat stations (Arbroath, Montrose, Stonehaven and Gourdon) trained together in May.\n\nSince then the stations, Montrose, Gourdon, Arbroath and Stonehaven, have shared one boat.",
    "Volunteers from four lifeboat stations (Arbroath, Montrose, Stonehaven and Gourdon) trained together.\n\nNeighbouring stations, such as Johnshaven, Montrose and Arbroath, lent their crews.",
    "The study followed the pilot (Ardmore, Belcoo, Clogher and Derrylin) for two years.\n\nThe schools outside the pilot, Enniskillen, Lisnaskea and Irvinestown, lost their buses.",
    "Keepers of five lighthouses (Skerryvore, Barra Head, Rinns, Corsewall and Mull) were retrained.\n\nThe lighthouses Rinns and Corsewall were automated in 2024.",
    "Bakers in four towns (Lanark, Biggar, Carnwath and Douglas) joined the co-operative.\n\nButchers in four towns (Lanark, Biggar, Carnwath and Symington) stayed out of it.",
    # the held-back set (session 8), written before the build and run once, at the end
    "Rangers at four reserves (Abernethy, Insh, Loch Garten and Glenmore) counted ospreys.\n\nThis year the reserves, Insh, Glenmore, Abernethy and Loch Garten, reported more nests.",
    "Nurses at five clinics (Alloa, Bo'ness, Callander, Denny and Falkirk) went on strike.\n\nDoctors at five clinics (Alloa, Bo'ness, Callander, Denny and Stirling) did not.",
    "Tourists rode the circuit (Kilmory, Lochranza, Blackwaterfoot and Whiting Bay) by bus.\n\nOther villages, Brodick and Lamlash among them, want the bus too.",
    "Quarries in four parishes (Ballachulish, Glencoe, Kinlochleven and Onich) supplied the slate.\n\nThe quarries' rivals, Easdale, Luing, Belnahua and Glencoe, sold cheaper slate.",
    "Rangers at four reserves (Abernethy, Insh, Loch Garten and Glenmore) counted ospreys.\n\nTwo of the reserves, Insh and Glenmore, reported more nests.",
]

MISSED = {8}


test_defect_found, test_trap_silent = variant_tests("LS001", DEFECTS, TRAPS, MISSED, wrap=WRAP)
