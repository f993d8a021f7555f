"""Variant sentences, in our own words, for member lists whose shapes were not read before
session 21: members written with the post or trade they hold before the name ("the
orchestra's chief executive Lotte Brandvik", "board chair Ruth Okafor", "the academic Dr
Noor Saleh"), a title no part of a name ("Dr Owen Price" = "Owen Price"), a post named by
its place and then its holder ("the Mayor of Ashby, Tom Hale,"), an indefinite apposition
between names ("Jorunn Veld, a retired inspector, …"); counts right after a list (", all
five appointed …", ", and both operators …"), in a compound before a body ("a four-party
coalition of …"), after a body's noun ("a jury of 5:", "The jury (5 members) consisted of",
"a board of four members, appointed in 2024:" over bullets), a collective with a word before
it ("a mediation trio of"), a counted subject with a date before its colon, a pick from a
large pool ("selected three winners from 64 entries:"); founders by a verb with a time or
place before its "by"; groups named two ways ("the winners" / "the winning projects", "the
mediation team" / "the mediators", "the supervisory board" / "the board members").
Traps: counts that agree, a change the text tells, a pick from a few sources, another
board, a date that is no count."""

from __future__ import annotations

from tests.rules._variants import apart, variant_tests

LS002_DEFECTS = {
    # members written with their post before the name
    "posts before the names, a parenthesis count after": (
        "The hearings are chaired by the retired judge Alma Quist, the former ombudsman Rui Matos, the trade "
        "unionist Pavel Horak and the academic Dr Sunita Rao (the three co-chairs)."
    ),
    "a possessive post and bare trades after a compound count": (
        "The choice rests with a three-member committee: the club's finance director Oona Hale, groundsman "
        "Ivo Brandt, head coach Teresa Lund and the supporters' delegate Amir Nasser."
    ),
    "a colon count over people with their trades": (
        "The survey team has four members: the geologist Mara Voss, the hydrologist Ken Ito and the ecologist "
        "Lise Berg."
    ),
    # a count right after the list
    "all N with a participle after the list": (
        "The string principals are Ada Frey, Bo Lund, Cy Maren and Dag Ness, all five hired after auditions in 2021."
    ),
    "and both with an agent noun": (
        "Pilotage is shared by Norvik Pilots, Sandhavn Marine and Elvo Harbour Services, and both providers "
        "renewed their contracts this year."
    ),
    "both of them after the list": (
        "The ferries are run by Ostra Lines, Vessel Link and Karst Boats, both of them owned by the county."
    ),
    # a count in a compound before a body's noun
    "a party coalition of": (
        "The city is governed by a four-party coalition of the Labour Group, the Greens and the Civic Alliance."
    ),
    "a company consortium of": (
        "The mine belongs to a three-company consortium of Rovan Metals, Dune Mining, Kelso Ores and Tamar Resources."
    ),
    "a nation alliance of": "Power passed to a two-nation alliance of Arnia, Belsk and Corvo in 2019.",
    # a body's size after its noun
    "a jury of N and a colon": (
        "Grants were decided by a jury of 5: the producer Hanne Lyst (chair); the director Omar Keita; the "
        "editor Vera Mil; and the fund's head of finance, Tom Arvid."
    ),
    "a body with its size in brackets and a verb of what it is made of": (
        "The appeals panel (6 members) consisted of Ana Petrov, Lars Holm, Yusuf Demirel and Claire Mbeki."
    ),
    "a panel of N and a parenthesis": (
        "The bids were scored by a panel of three (Ana Ruiz, Ola Berg, Eva Lind and Tom Hale)."
    ),
    "a board of N members over bullets, with a participle clause": (
        "The harbour is run by a board of four members, appointed in 2024 for five years:\n\n"
        "- Ana Ruiz, chair\n- Ola Berg, an economist\n- Eva Lind\n"
    ),
    # a collective with a word before it, an apposition between the names
    "a mediation trio with an apposition": (
        "The council named a mediation trio of Jorunn Vell, a retired fisheries inspector, the biologist Arvid "
        "Nes, the lawyer Teresa Quin and Mats Hov."
    ),
    "a design quartet": "The prize went to a design quartet of Ana Ruiz, Ola Berg and Eva Lind.",
    # a counted subject, a date before its colon
    "a date before the colon": (
        "Six unions signed the pay deal on 3 May 2025: Unite Health, the Porters' Guild, the Nurses' League, "
        "the Clerks' Union and the Drivers' Branch."
    ),
    "a month and year before the colon": (
        "Four banks joined the scheme in May 2024: Keller Bank, Ostra Savings and Lund Credit."
    ),
    # a pick from a large pool
    "winners picked from many entries": (
        "The jury selected three winners from 64 entries: FloodMap, Ledgerline, Lunchbox and CycleCount."
    ),
    "bidders shortlisted out of many bids": (
        "The council shortlisted two bidders out of 40 bids: Acme Rail, Borea Trains and Castor Lines."
    ),
}

LS002_TRAPS = {
    "posts before the names, a count that agrees": (
        "The hearings are chaired by the retired judge Alma Quist, the former ombudsman Rui Matos and the academic "
        "Dr Sunita Rao (the three co-chairs)."
    ),
    "all N agreeing": (
        "The string principals are Ada Frey, Bo Lund, Cy Maren and Dag Ness, all four hired after auditions in 2021."
    ),
    "both of another noun": "Routes are flown by Aerlink, Skyvane and Nordair, and both ministries welcomed the deal.",
    "a compound count that agrees": (
        "The city is governed by a three-party coalition of the Labour Group, the Greens and the Civic Alliance."
    ),
    "a jury of N that agrees": (
        "Grants were decided by a jury of four: Hanne Lyst, Omar Keita, Vera Mil and Tom Arvid."
    ),
    "a board of N with some of them": "It was judged by a panel of four, among them Ana Petrov, Lars Holm and Yusuf Demirel.",
    "a pick from a few sources the list names": (
        "The panel named two experts from four universities: Leeds University, York University, Hull University "
        "and Kent University."
    ),
    "a source, not a pool": (
        "The mission drew its 140 observers from 4 partner bodies: the Bar Association, the Student Union, the "
        "Voters' League and the Disability Forum."
    ),
    "a post and its holder are one member": (
        "The talks are mediated by three people: the judge Helena Mark, the Mayor of Ashby, Tom Hale, and the "
        "economist Pieter Raven."
    ),
    "a day of the month is no count": (
        "The protocol of 2 September 2024 was witnessed by the mediators then in office, Elin Dahl, Oskar Lind "
        "and Hanna Sefo, and by observers from four states."
    ),
    "a pick that agrees": "The jury selected three winners from 64 entries: FloodMap, Ledgerline and Lunchbox.",
}

LS001_DEFECTS = {
    # founders by a verb with a time or place before its "by"
    "founded in a year by": apart(
        "The Nordvik Players were founded in 2011 by four actors: Ada Kroll, Tomas Reid, Ines Varga and Lukas Orm.",
        "Today the founders, Ada Kroll, Tomas Reid and Lukas Orm, still choose the plays.",
    ),
    "set up last year by": apart(
        "The tool library was set up last year by three charities: Green Hands, Ashby Aid and Mill Trust.",
        "The founders, Green Hands, Ashby Aid and Corby Care, now share its rent.",
    ),
    "launched in a month by": apart(
        "The Dock Fund was launched in March 2020 by three banks: Keller Bank, Ostra Savings and Lund Credit.",
        "Its founders, Keller Bank, Ostra Savings and Mira Credit, still sit on its board.",
    ),
    # one group named two ways
    "the winners and the winning projects": apart(
        "The jury picked three winners from 64 entries: FloodMap, Ledgerline and Lunchbox.",
        "FloodMap, Ledgerline and CycleCount, the three winning projects, must each reach 5,000 users.",
    ),
    "the mediation team and the mediators": apart(
        "The mediation team consists of the former judge Marit Solv and the diplomat Kofi Berg as well as the "
        "cartographer Ilse Dvor.",
        "In June the three mediators, Marit Solv, Kofi Berg and Rafael Ort, proposed a commission.",
    ),
    "the negotiating team and the negotiators": apart(
        "The negotiating team was made up of Ana Ruiz, Ola Berg and Eva Lind.",
        "The three negotiators, Ana Ruiz, Ola Berg and Tom Hale, signed the text.",
    ),
    "the supervisory board and the board members": apart(
        "The supervisory board has three members: Ana Ruiz, Ola Berg and Eva Lind.",
        "In May the board members, Ana Ruiz, Ola Berg and Tom Hale, signed a code of conduct.",
    ),
    "a title in one list only": apart(
        "The review panel has three members: Dr Ana Ruiz, Professor Ola Berg and Eva Lind.",
        "The panel's members, Ana Ruiz, Ola Berg and Tom Hale, signed the review.",
    ),
    "a counted apposition before the subject's verb": apart(
        "The quartet's players are Mikhail Ober, Sun-hee Park, Paula Renn and Daniel Ferro.",
        "To mark the anniversary, the quartet's four players, Mikhail Ober, Sun-hee Park, Paula Renn and Teodor "
        "Lask, have set up a foundation.",
    ),
}

LS001_TRAPS = {
    "founders and later members, a change told": apart(
        "The league was set up in 1998 by three clubs: Harwick Rovers, Elm Town and Bowley United.",
        "Dunmore City joined in 2004. The members, Harwick Rovers, Elm Town, Bowley United and Dunmore City, "
        "share the costs.",
    ),
    "two different boards": apart(
        "The supervisory board has three members: Ana Ruiz, Ola Berg and Eva Lind.",
        "The management board has three members: Ana Ruiz, Ola Berg and Tom Hale.",
    ),
    "a founder replaced, and said so": apart(
        "The league was set up in 1998 by three clubs: Harwick Rovers, Elm Town and Bowley United.",
        "Bowley United left in 2010 and Dunmore City took its place. The founders' seats are now held by "
        "Harwick Rovers, Elm Town and Dunmore City.",
    ),
    "the same people with and without titles": apart(
        "The review panel has three members: Dr Ana Ruiz, Professor Ola Berg and Eva Lind.",
        "The panel's members, Ana Ruiz, Ola Berg and Eva Lind, signed the review.",
    ),
    "winners and bidders are two groups": apart(
        "The winning bids came from Acme Rail, Borea Trains and Castor Lines.",
        "The bidders, Acme Rail, Borea Trains and Dunmore Buses, were told the result.",
    ),
}

test_ls002_defect_found, test_ls002_trap_silent = variant_tests("LS002", LS002_DEFECTS, LS002_TRAPS)
test_ls001_defect_found, test_ls001_trap_silent = variant_tests("LS001", LS001_DEFECTS, LS001_TRAPS)
