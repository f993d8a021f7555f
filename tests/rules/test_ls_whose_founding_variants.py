"""LS001 and LS002 on member lists written in a relative clause or beside the year their
body was founded (session 15), in our own words: "the X Group, whose five members are A, B,
…" (the group's members, counted), "are the environment ministries of A, B and C" (the
members named by whose they are), and a list whose sentence gives only the year its body
was formed ("the partnership, formed in 2018, buys for four councils: …"), which dates the
body, not the list. Traps: the right count, a partial "whose members include", two bodies
founded in other years, a founders' list beside a members' list."""

from __future__ import annotations

from tests.rules._variants import FILLER, variant_tests

COUNT_DEFECTS = {
    "whose count, names": (
        "The compact was drafted by the River Board, whose four members are Avonmere, Severnside and Trentholm."
    ),
    "whose count, ministries of": (
        "The fisheries council, whose six members are the agriculture ministries of Norway, "
        "Iceland, Denmark, Sweden and Finland, meets twice a year."
    ),
    "counted owner, departments of": (
        "The league's three founders are the sports departments of Leinster, Munster, Ulster and Connacht."
    ),
}

COUNT_TRAPS = {
    "whose count right": (
        "The compact was drafted by the River Board, whose three members are Avonmere, Severnside and Trentholm."
    ),
    "whose members include": (
        "The fisheries council, whose members include Norway, Iceland and Denmark, meets twice a year."
    ),
    "ministries of, right count": (
        "The fisheries council, whose five members are the agriculture ministries of Norway, "
        "Iceland, Denmark, Sweden and Finland, meets twice a year."
    ),
}

LIST_DEFECTS = {
    "formed in a year, then its members": (
        "The Tyne Reading Partnership, formed in 2018, buys for four councils: Alnwick, Blyth, "
        "Hexham and Morpeth."
        + FILLER
        + "Its members (Alnwick, Blyth, Hexham and Ponteland) bought fewer titles in 2024 than in 2022."
    ),
    "whose members, restated": (
        "The fund works with the Tatra Working Group, whose four members are Slovakia, Poland, Austria and Hungary."
        + FILLER
        + "The working group's members (Slovakia, Poland, Austria and Czechia) should share their data."
    ),
    "set up in a month and year": (
        "The Solent Ferry Alliance, set up in May 2020, links four operators: Hythe Boats, "
        "Gosport Launch, Cowes Shuttle and Lymington Sea Link."
        + FILLER
        + "In 2024 the alliance's operators (Hythe Boats, Gosport Launch, Cowes Shuttle and Yarmouth "
        "Ferries) carried more passengers than in 2021."
    ),
}

LIST_TRAPS = {
    "two bodies founded in other years": (
        "The Wessex pact, formed in 2015, sells tickets for its operators (Hythe Boats, Gosport "
        "Launch, Cowes Shuttle and Lymington Sea Link)."
        + FILLER
        + "The Kent pact, formed in 2019, sells tickets for its operators (Hythe Boats, Gosport "
        "Launch, Cowes Shuttle and Dover Water Taxis)."
    ),
    "whose founders and its members": (
        "The fund works with the Tatra Working Group, whose four founders were Slovakia, Poland, Austria and Hungary."
        + FILLER
        + "The working group's members (Slovakia, Poland, Austria, Hungary and Czechia) share their data."
    ),
}

test_count_defect_found, test_count_trap_silent = variant_tests("LS002", COUNT_DEFECTS, COUNT_TRAPS)
test_list_defect_found, test_list_trap_silent = variant_tests("LS001", LIST_DEFECTS, LIST_TRAPS)


# two bodies named by name, each with its counted members, share most of them: two lists,
# whatever the aside between the body and its verb; a body and its short form are one
OWNER_DEFECTS = {
    "a body with an aside, restated by its short form": (
        "The Wessex Ferry Alliance, formed in 2015, links four operators: Solent Link, Wightway, "
        "Channel Hop and Poole Boats."
        + FILLER
        + "The alliance links four operators: Solent Link, Wightway, Channel Hop and Medway Boats."
    ),
    "a body based somewhere, restated by its name": (
        "The Pennine Bus Compact, based in Leeds, brings together five firms: Moorline, Dalesway, "
        "Calder Coaches, Airebus and Wharfe Travel."
        + FILLER
        + "The Pennine Bus Compact brings together five firms: Moorline, Dalesway, Calder Coaches, "
        "Airebus and Ripon Rover."
    ),
    "a body with a relative clause, restated by its short form": (
        "The Fenland Water Board, which was set up in 1998, includes four councils: Wisbech, "
        "Doddington, Chatteris and Whittlesey."
        + FILLER
        + "The board includes four councils: Wisbech, Doddington, Chatteris and Ely."
    ),
}

OWNER_TRAPS = {
    "two named bodies, each with an aside": (
        "The Wessex Ferry Alliance, formed in 2015, links four operators: Solent Link, Wightway, "
        "Channel Hop and Poole Boats."
        + FILLER
        + "The Kent Ferry Compact, formed in 2019, links four operators: Solent Link, Wightway, "
        "Channel Hop and Medway Boats."
    ),
    "two named bodies, no aside": (
        "The Pennine Bus Compact brings together five firms: Moorline, Dalesway, Calder Coaches, "
        "Airebus and Wharfe Travel."
        + FILLER
        + "The Yorkshire Coast Partnership brings together five firms: Moorline, Dalesway, Calder "
        "Coaches, Airebus and Ripon Rover."
    ),
    "two named boards, one based elsewhere": (
        "The Fenland Water Board includes four councils: Wisbech, Doddington, Chatteris and Whittlesey."
        + FILLER
        + "The Ouse Washes Board, based in Ely, includes four councils: Wisbech, Doddington, Chatteris and Ely."
    ),
}

test_owner_defect_found, test_owner_trap_silent = variant_tests("LS001", OWNER_DEFECTS, OWNER_TRAPS)
