"""LS002 on a counted list of things after a colon whose items hold more than letters (a
possessive, a figure inside a name) or are written with a serial comma, so an "and"
inside an item stays in it ("four sectors: health and social care, retail, and
engineering"); LS001 on a counted list restated in a parenthesis after a clause-opening
"Of the six …" / "Among the five …" (the whole group, not some of it).

Our own sentences in domains the evaluation set does not cover; each defect gives one
finding, each trap none. The ``held`` entries were written with the others and run only
once the mechanisms were built (issue 12, session 10)."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS_LS002 = {
    "possessive_items": "The audit covered five hotlines: the Welsh 111 line, Norway's veterinary line and the Baltic ferry desk.",
    "serial_comma_inner_and": "Most orders come from four trades: plumbing and heating, joinery, and roofing.",
    "figure_in_name": "The survey visited four depots: the Route 9 depot, the Harbour Road depot and the airport depot.",
    "held_serial_two_ands": "Grants go to three crafts: weaving and dyeing, pottery and glazing, basketry, and thatching.",
    "held_possessive_serial": "The study compared four archives: Sweden's film archive, the Lisbon 1755 collection, and the Quebec map room.",
    "held_one_over": "The club runs two leagues: the Sunday 5-a-side league, the veterans' league and the junior cup.",
}

TRAPS_LS002 = {
    "possessive_items_right": "The audit covered three hotlines: the Welsh 111 line, Norway's veterinary line and the Baltic ferry desk.",
    "serial_right": "Most orders come from three trades: plumbing and heating, joinery, and roofing.",
    "partial_including": "Orders come from four trades, including plumbing and heating, joinery, and roofing.",
    "held_relative_clause": "The inspectors found two faults: the boiler, which was old, and the wiring.",
    "held_numbers_with_commas": "The fund paid three grants: 12,000 to the choir, 8,500 to the band and 4,000 to the theatre.",
    "held_serial_right_two_ands": "Grants go to four crafts: weaving and dyeing, pottery and glazing, basketry, and thatching.",
}

DEFECTS_LS001 = {
    "of_the_n_parenthesis": """
The inquiry heard from six orchards: Hollow Farm, Pike Orchard, Wren Hill, Ashby Fruit, Carrow Mill and Dene Orchard.

Of the six orchards (Hollow Farm, Pike Orchard, Wren Hill, Ashby Fruit, Carrow Mill and Stour Orchard), only two sell direct.
""",
    "among_the_n_parenthesis": """
Five lighthouses remain staffed: Skerry Point, Black Nab, Gull Rock, Ravens Head and Tor Light.

Among the five lighthouses (Skerry Point, Black Nab, Gull Rock, Fulmar Light and Tor Light), Gull Rock is the oldest.
""",
    "held_of_the_n_reordered": """
The festival booked four choirs: Vale Singers, Harbour Voices, Moorland Chorus and Abbey Consort.

Of the four choirs (Abbey Consort, Harbour Voices, Vale Singers and Kestrel Chorale), three had sung there before.
""",
}

TRAPS_LS001 = {
    "of_the_n_same": """
The inquiry heard from six orchards: Hollow Farm, Pike Orchard, Wren Hill, Ashby Fruit, Carrow Mill and Dene Orchard.

Of the six orchards (Hollow Farm, Pike Orchard, Wren Hill, Ashby Fruit, Carrow Mill and Dene Orchard), only two sell direct.
""",
    "two_of_the_n": """
Five lighthouses remain staffed: Skerry Point, Black Nab, Gull Rock, Ravens Head and Tor Light.

Two of the five lighthouses (Gull Rock and Tor Light) are automated at night.
""",
    "held_of_other_group": """
The festival booked four choirs: Vale Singers, Harbour Voices, Moorland Chorus and Abbey Consort.

Of the four bands (Brass Union, Kestrel Band, Mill Street Band and Quay Players), two were local.
""",
}

test_ls002_defect_found, test_ls002_trap_silent = variant_tests("LS002", DEFECTS_LS002, TRAPS_LS002)
test_ls001_defect_found, test_ls001_trap_silent = variant_tests("LS001", DEFECTS_LS001, TRAPS_LS001)
