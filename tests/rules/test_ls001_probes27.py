"""Probes of session 27 for LS001 (two lists of one group disagree), written in domains of
our own; traps of the same shape must stay silent.

Cause: a year written after a list that its group closes (an apposition between commas, a
parenthesis, a dash: "The pilot towns, A, B, C and D, will report in 2027") dates what the
members do next, not which members the group holds; it was read as the list's own date, so
the list was held apart from the same group listed before in another year's sentence
("… in four towns (A, B, C and E) from 2021 to 2023"). A list the sentence goes on from with
no such mark ("A, B and C joined in 2019") is still dated by the year after it, and years
before the members still date the list ("In 2022 the four …" / "In 2024 the four …"); two
groups told apart by their words stay apart.

Left (fires on main as well, not this cause): "four towns that applied (A, B, C, D)" and
later "The towns that withdrew, A, B, E and D, …" are compared as one group."""

from __future__ import annotations

from tests.rules._variants import apart, variant_tests

DEFECTS = {
    "pilot towns, report in a later year": apart(
        "A trial ran from 2021 to 2023 in four towns that applied (Ashby, Brill, Corran and Dunmore).",
        "The trial towns, Ashby, Brill, Eskdale and Dunmore, will publish their results in 2026.",
    ),
    "partner labs, a dash, funded until a year": apart(
        "Between 2018 and 2022 the consortium pooled samples from four partner labs: Kelvin, Lister, "
        "Morven and Northam.",
        "The consortium's labs — Kelvin, Lister, Orwell and Northam — are funded until 2028.",
    ),
    "member choirs, parenthesis, a later festival": apart(
        "In 2019 the festival was founded by five choirs (Arden, Belmont, Carrick, Dalby and Elstow).",
        "The founding choirs (Arden, Belmont, Carrick, Dalby and Fenwick) will sing together in 2030.",
    ),
}

TRAPS = {
    "another body's members, a later year": apart(
        "From 2018 to 2022 the northern network pooled samples from four labs: Kelvin, Lister, Morven and Northam.",
        "The southern network's labs — Kelvin, Lister, Orwell and Northam — are funded until 2028.",
    ),
    "right list, a later year": apart(
        "A trial ran from 2021 to 2023 in four towns that applied (Ashby, Brill, Corran and Dunmore).",
        "The trial towns, Ashby, Brill, Corran and Dunmore, will publish their results in 2026.",
    ),
    "a partial list, a later year": apart(
        "A trial ran from 2021 to 2023 in four towns that applied (Ashby, Brill, Corran and Dunmore).",
        "Several trial towns, including Ashby, Brill and Eskdale, will publish their results in 2026.",
    ),
}

test_ls001_probe27_found, test_ls001_probe27_trap_silent = variant_tests("LS001", DEFECTS, TRAPS)


#: cause 2: a counted noun with a past participle alone ("the four ports studied (…)") is a
#: group; the list after it was read with no group, so it was not restated from the same
#: group counted before
PARTICIPLE_DEFECTS = {
    "ports studied, restated": apart(
        "We compared four ports: Rotterdam, Antwerp, Hamburg and Le Havre.",
        "Across the four ports studied (Rotterdam, Antwerp, Bremen and Le Havre), volumes fell.",
    ),
    "councils surveyed, restated": apart(
        "The survey went to five councils: Ashby, Brill, Corran, Dunmore and Eskdale.",
        "The five councils surveyed, Ashby, Brill, Corran, Dunmore and Fenwick, replied within a month.",
    ),
    "trials reviewed, restated": apart(
        "The review covered four trials: ALPHA-2, BRAVO, CASCADE and DELTA-1.",
        "In all four trials reviewed (ALPHA-2, BRAVO, CASCADE and ECHO) the effect was small.",
    ),
}
PARTICIPLE_TRAPS = {
    "ports studied, right list": apart(
        "We compared four ports: Rotterdam, Antwerp, Hamburg and Le Havre.",
        "Across the four ports studied (Rotterdam, Antwerp, Hamburg and Le Havre), volumes fell.",
    ),
    "another participle, another group": apart(
        "The survey went to five councils: Ashby, Brill, Corran, Dunmore and Eskdale.",
        "Of the councils surveyed, three (Ashby, Brill and Corran) replied within a month.",
    ),
}
test_ls001_participle_found, test_ls001_participle_trap_silent = variant_tests(
    "LS001", PARTICIPLE_DEFECTS, PARTICIPLE_TRAPS
)


#: cause 3: a member written as two capitalised names joined by a slash ("Leipzig/Halle",
#: "Dallas/Fort Worth", "Tyne/Wear") is one name; the slash broke the name, the list lost its
#: first member or was not read at all
SLASH_DEFECTS = {
    "airports with slashed names": apart(
        "The study covers four airports: Leipzig/Halle, Liège, Frankfurt and Amsterdam Schiphol.",
        "Across the four airports studied (Leipzig/Halle, Liège, Frankfurt and Cologne/Bonn), freight grew.",
    ),
    "metro areas with slashed names": apart(
        "The survey covered four metro areas: Dallas/Fort Worth, Phoenix, Denver and Minneapolis/St Paul.",
        "The four metro areas surveyed (Dallas/Fort Worth, Phoenix, Boise and Minneapolis/St Paul) grew fastest.",
    ),
    "river boards with slashed names": apart(
        "Three river boards signed the plan: Tyne/Wear, Tees and Humber/Ouse.",
        "The three river boards (Tyne/Wear, Tees and Severn) meet twice a year.",
    ),
}
SLASH_TRAPS = {
    "slashed names, right list": apart(
        "The study covers four airports: Leipzig/Halle, Liège, Frankfurt and Amsterdam Schiphol.",
        "Across the four airports studied (Leipzig/Halle, Liège, Frankfurt and Amsterdam Schiphol), freight grew.",
    ),
    "slashed names, a partial list": apart(
        "The study covers four airports: Leipzig/Halle, Liège, Frankfurt and Amsterdam Schiphol.",
        "Several airports, including Leipzig/Halle, Liège and Cologne/Bonn, added night flights.",
    ),
}
test_ls001_slash_found, test_ls001_slash_trap_silent = variant_tests("LS001", SLASH_DEFECTS, SLASH_TRAPS)
