"""NM001 on two slips at a name's end: a body's name written once with a place and once with
its adjective ("Malawi Forestry Service" / "Malawian Forestry Service"), and a person's
surname with its last s dropped after the same given name, where a verb of saying or a title
shows a person is meant ("Imogen Rawlings" / "Imogen Rawling argues"). Our own sentences;
traps: two bodies of two places, a plural after a capitalised word ("the Baltic States" / "a
Baltic State"), two people with two given names, a place's adjective outside a body's name."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    "place, then adjective, possessive": (
        "The Malawi Forestry Service planted 2 million trees.\n\n"
        "Critics say the Malawian Forestry Service's own figures are too high."
    ),
    "adjective, then place": (
        "The Bolivian Road Safety Agency published the figures.\n\nA review by the Bolivia Road Safety Agency followed."
    ),
    "an adjective in -ian inside a plural": (
        "The Rural Physicians Association wrote to the board. The Rural Physicians Association met in May.\n\n"
        "A letter from the Rural Physician Association followed."
    ),
    "a dropped s, then a verb of saying": (
        "Imogen Rawlings wrote the first survey of the sites.\n\n"
        "As Imogen Rawling has argued, the costs fall on the towns."
    ),
    "a dropped s after a title": (
        "Teodor Mathews led the inquiry.\n\nIn 2023 Professor Teodor Mathew said the rules were too loose."
    ),
}
TRAPS = {
    "two places, two bodies": ("The Austrian Space Agency and the Australian Space Agency signed the deal."),
    "a plural after a capitalised word": (
        "The Baltic States joined in 2004.\n\nEach Baltic State has since raised its spending."
    ),
    "two given names": ("Imogen Rawlings wrote the survey.\n\nHer brother Tobias Rawling says it is too long."),
    "an adjective outside a body's name": ("Kenya raised its fees.\n\nKenyan parks saw fewer visitors."),
    "a plural name without a verb of saying": (
        "The Grant Brothers built the mill.\n\nThe Grant Brother mill closed in 1990."
    ),
}

test_defect_found, test_trap_silent = variant_tests("NM001", DEFECTS, TRAPS)
