"""LS002 on two shapes of a counted group the list after it does not fill (session 15): an
adverb that says the count is the whole ("four services above all:", "five sites in
total:"), and a share of what the members do something to in a relative clause ("the three
ports that handle most of the grain"), which quantifies the object, not the group. Our own
sentences; traps: the right count, a count of some of the group ("three of the ports"),
a share of the group itself ("most of the ports")."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    "above all before a colon": (
        "Hill farmers told the inquiry they asked for five changes above all: faster broadband, "
        "a nearer vet and a bus to the market town."
    ),
    "in total before a colon": ("The trust runs six reading rooms in total: Ashby, Brockley, Colne, Dent and Elland."),
    "most of in the relative clause, apposition": (
        "The three ports that handle most of the region's grain, Ardrossan, Berwick, Cromarty "
        "and Dundee, all want deeper berths."
    ),
    "some of in the relative clause, parenthesis": (
        "The four firms that own some of the quarries (Alcor, Benmet and Corvina) reported losses."
    ),
}

TRAPS = {
    "above all, right count": (
        "Hill farmers told the inquiry they asked for three changes above all: faster broadband, "
        "a nearer vet and a bus to the market town."
    ),
    "most of the group itself": (
        "Most of the ports on the coast (Ardrossan, Berwick, Cromarty and Dundee) want deeper berths."
    ),
    "three of the ports": ("Three of the five ports, Ardrossan, Berwick and Cromarty, want deeper berths."),
    "in total, right count": ("The trust runs four reading rooms in total: Ashby, Brockley, Colne and Dent."),
}

test_defect_found, test_trap_silent = variant_tests("LS002", DEFECTS, TRAPS)
