"""Variant sentences, in our own words, for member lists that were not read at all (session
19): a run of names wherever a sentence holds one (the subject of any verb, after a
preposition, "the councils of A, B and C", names before a body's noun), members written with
what they are ("the Swiss insurer Alpina Re", "the market town of Orle") or joined by "plus",
a table whose header says what its rows are, bullets under a lead-in that counts nothing, a
swapped trio of names; counts in a parenthesis before a colon ("(four docks: …)"), in a
compound of the subject ("a five-member board, made up of …"), in a heading over a lead-in,
after a counted noun and a time phrase ("six clubs since 2015:"), summing a list up ("…,
four lenders in all,") or pointing back from the next clause ("All five of them …").
Traps: names that say what a noun after them is of ("Oxford and Leeds researchers"), a name
that ends in its acronym, partial lists, a change the text tells, a member named beside a
list, another group, two lists of a trio not counted, counts that agree."""

from __future__ import annotations

from tests.rules._variants import apart, variant_tests

LS001_DEFECTS = {
    # a run of names as the subject of any verb, against a counted list
    "subject of a verb": apart(
        "The dredging fund has four contributors: Brackley, Hume, Ottery and Saltash.",
        "Brackley, Hume, Ottery and Polruan asked for the fund to be doubled.",
    ),
    "after a preposition": apart(
        "The four port towns in the compact are Brackley, Hume, Ottery and Saltash.",
        "Money for the new pontoons came from Brackley, Hume, Saltash and Fowey in equal parts.",
    ),
    "the councils of": apart(
        "The bus pass is paid for by the councils of Garth, Lowick, Renby and Tolson.",
        "Last winter the four councils of Garth, Lowick, Renby and Ambleside agreed to cut fares.",
    ),
    # members written with what they are
    "a nationality and a kind before the name": apart(
        "The reinsurance pool is backed by the Swiss insurer Alpina Re, the German bank Nordkredit, Halvard Mutual "
        "and Corran Life.",
        "Alpina Re, Nordkredit, Halvard Mutual and Tessel Life, the pool's backers, renewed the cover.",
    ),
    "a town of": apart(
        "The water trial runs in four places: Ebbe, Farley and Gask, plus the market town of Orle.",
        "In the four trial places (Ebbe, Farley, Orle and Penrick) leaks fell by a fifth.",
    ),
    "plus": apart(
        "Three labs share the scanner: the Arden Institute, Calloway Labs and the Deneb Centre.",
        "The scanner's running costs are met by the Arden Institute, Calloway Labs plus the Morrow Unit.",
    ),
    # a table whose header says what its rows are
    "table against prose": (
        "| Member club | Founded |\n|---|---|\n| Ashgate Rovers | 1901 |\n| Brindle Town | 1899 |\n"
        "| Corbin Athletic | 1921 |\n| Delph United | 1910 |\n\nThe trophy is shared by Ashgate Rovers, "
        "Brindle Town, Corbin Athletic and Esk Wanderers, the league's clubs."
    ),
    "prose against table": (
        "The pact's founding states were Arnia, Belsk, Corvo and Dalma.\n\n"
        "| Founding state | Seats |\n|---|---|\n| Arnia | 3 |\n| Belsk | 2 |\n| Corvo | 2 |\n| Elmar | 1 |\n"
    ),
    # bullets under a lead-in that counts nothing
    "bullets under a plain lead-in": apart(
        "The appeal panel is made up of:\n\n- Rana Idris, chair\n- Colm Daly\n- Petra Voss\n",
        "The ruling was signed by:\n\n- Rana Idris\n- Colm Daly\n- Ilse Marr\n",
    ),
    # three names, one swapped, the first list counted
    "swapped trio, counted first": apart(
        "Three firms run the night buses: the operator Lanric, Brayfield Coaches and Oxley Transit.",
        "The night-bus subsidy is split between Lanric, Brayfield Coaches and Quarry Lines.",
    ),
    "swapped trio, both counted": apart(
        "The three trustees, Mina Patel, Owen Grey and Lars Holm, meet monthly.",
        "In March the three trustees (Mina Patel, Owen Grey and Sofia Brandt) approved the accounts.",
    ),
    # members named, then what each is there for
    "qualified members after a colon": apart(
        "The board has four members: Ana Ruiz for the tenants, Ben Cole for the landlords, Cara Diaz for the "
        "council and Dev Iyer for the lenders.",
        "Ana Ruiz, Ben Cole, Cara Diaz and Eli Moss, the board's members, signed the code.",
    ),
    "qualified members in a parenthesis": apart(
        "The four research strands (Kelp on carbon storage, Tide on wave loads, Dune on erosion and Reef on "
        "fish stocks) share one budget.",
        "The strands, Kelp, Tide, Dune and Moor, report each June.",
    ),
    "qualified members as a subject": apart(
        "Rana Idris representing the growers, Colm Daly representing the millers, Petra Voss representing the "
        "bakers and Ilse Marr representing the shops sit on the four-member grain panel.",
        "The grain panel's four members (Rana Idris, Colm Daly, Petra Voss and Anya Kral) agreed a floor price.",
    ),
    # a group named by what its members did, against one named as member states
    "states against what they did": apart(
        "Five member states finished early (Arnia, Belsk, Corvo, Dalma and Elmar).",
        "The early finishers (Arnia, Belsk, Corvo, Dalma and Fenn) shared their tender papers.",
    ),
    # a change told of another body that shares the swapped member's last word
    "a change of another body with the same last word": apart(
        "The four largest lenders (Pennine Mutual, Clyde Savings, Thamesmead Community and Severn Credit) hold a "
        "fifth of the assets. Harbour Community merged with a rival in 2020.",
        "The four largest lenders (Pennine Mutual, Clyde Savings, Tyne Community and Severn Credit) lend more.",
    ),
}

LS001_TRAPS = {
    "a surname in the sentence that tells the change": apart(
        "The review panel had four members: Dr Mira Kos, Dr Ansel Hart, Ida Lund and Dr Pavel Reyes.",
        "Dr Reyes resigned in 2024; his seat went to Dr Sunita Rao. The panel (Dr Mira Kos, Dr Ansel Hart, Ida Lund "
        "and Dr Sunita Rao) reported in May.",
    ),
    "a qualifier that is no member": apart(
        "The board has four members: Ana Ruiz for the tenants, Ben Cole for the landlords, Cara Diaz for the "
        "council and Dev Iyer for the lenders.",
        "Ana Ruiz, Ben Cole, Cara Diaz and Dev Iyer, the board's members, signed the code.",
    ),
    "names of what a noun after them is of": apart(
        "The study was written by a team of Oxford, Leeds and Bristol economists.",
        "Oxford, Leeds and Cardiff economists later disputed it.",
    ),
    "a name that ends in its acronym": apart(
        "The rules come from the Board for Roads, Rivers and Rail (BRRR).",
        "Roads, Rivers and Harbours were the three themes of the year.",
    ),
    "a partial list": apart(
        "The four founders were Arnia, Belsk, Corvo and Dalma.",
        "Several states, including Arnia, Belsk and Elmar, asked for a review.",
    ),
    "a change the text tells": apart(
        "The partnership was set up by Hartley, Mossgrove and Wendle councils.",
        "Ardley joined in 2022. Hartley, Mossgrove, Wendle and Ardley now share one planning team.",
    ),
    "a member named beside the list": apart(
        "Four bodies run the marina: the Solent Trust, Hamble Yachts, Itchen Marine and the harbour board.",
        "The Solent Trust, Hamble Yachts and Itchen Marine pay rent, while the board owns the land.",
    ),
    "a replacement the text tells": apart(
        "The jury has three members: Lena Fisk, Omar Said and Tove Berg.",
        "Tove Berg stood down in May and was replaced by Anya Kral. Lena Fisk, Omar Said and Anya Kral judged "
        "the final.",
    ),
    "another group, one more name": apart(
        "The pact's member states are Arnia, Belsk and Corvo.",
        "Exports to Arnia, Belsk, Corvo and Dalma rose by a tenth.",
    ),
    "a trio neither counted": apart(
        "Arnia, Belsk and Corvo signed the water accord in 2019.",
        "Arnia, Belsk and Dalma later formed a customs union of their own.",
    ),
}

# a known gap: two trios under lead-ins that share no word and count nothing ("made up of:" /
# "signed by:") are not linked (a trio with no count is too often another group)
LS001_MISSED = {"bullets under a plain lead-in"}

test_ls001_defect_found, test_ls001_trap_silent = variant_tests("LS001", LS001_DEFECTS, LS001_TRAPS, LS001_MISSED)


LS002_DEFECTS = {
    "a parenthesis before a colon": (
        "The Fen Harbours Group (four docks: Abbot Quay, Brill Wharf and Caxton Pier) bought a dredger."
    ),
    "a parenthesis before a dash": (
        "The river panel (five experts — Ana Ruiz, Ben Cole, Cara Diaz and Dev Iyer) met twice."
    ),
    "a compound count of the subject": (
        "The Marsh Alliance, a five-member body made up of Ely, Soham, Wisbech and Chatteris, buys grit together."
    ),
    "a compound count opening the subject": (
        "The three-nation fisheries pact, made up of Arnia, Belsk, Corvo and Dalma, meets in June."
    ),
    "a heading over a plain lead-in": (
        "## The four pilot schools\n\nThe trust picked these schools after a survey:\n\n- Ashby Primary\n"
        "- Beck Lane School\n- Cole Green Academy\n"
    ),
    "a time phrase after the counted noun": (
        "The cup has been contested by the same five clubs since 2012: Ashgate, Brindle, Corbin, Delph, Esk and Fell."
    ),
    "counted in all after the list": (
        "The loan book is shared by Corran Bank, Mistral Credit and the Pell Mutual, four lenders in all, "
        "under one agreement."
    ),
    "all of them in the next sentence": (
        "The inspectors were Ruth Hale, Omar Said, Ines Roy and Petr Novak. All five of them visited the site in May."
    ),
    "an agent noun in the next clause": (
        "Halden Bank, Crofton Savings and the Marsh Mutual fund the scheme; the four funders meet each spring."
    ),
    "all of them opening the next paragraph": (
        "The review team was made up of Ruth Hale, a surgeon; Omar Said, a midwife; and Ines Roy, a manager.\n\n"
        "All four of them signed the report in June."
    ),
    "the N of them opening the next paragraph": (
        "The prize went jointly to Lena Fisk, Omar Said and Tove Berg.\n\nThe two of them will share the money."
    ),
    "all N opening the next paragraph": (
        "Arnia, Belsk, Corvo and Dalma signed the water accord in 2019.\n\nAll five ratified it within a year."
    ),
}

LS002_TRAPS = {
    "the next paragraph agreeing": (
        "The prize went jointly to Lena Fisk, Omar Said and Tove Berg.\n\nThe three of them will share the money."
    ),
    "the next paragraph after more text": (
        "The prize went jointly to Lena Fisk, Omar Said and Tove Berg. The jury met twice.\n\n"
        "All five of them were first-time judges."
    ),
    "a parenthesis that agrees": "The Fen Harbours Group (three docks: Abbot Quay, Brill Wharf and Caxton Pier) bought a dredger.",
    "a compound count that agrees": (
        "The Marsh Alliance, a four-member body made up of Ely, Soham, Wisbech and Chatteris, buys grit together."
    ),
    "a count word inside a compound is no part": (
        "The board chose the following firms after a two-year tender:\n\n- Arden Rail\n- Bexley Trams\n- Corby Buses\n"
    ),
    "a count in the next sentence of another noun": (
        "Halden Bank, Crofton Savings and the Marsh Mutual fund the scheme. The four branches open at nine."
    ),
    "a heading that agrees": (
        "## The three pilot schools\n\nThe trust picked these schools after a survey:\n\n- Ashby Primary\n"
        "- Beck Lane School\n- Cole Green Academy\n"
    ),
    "all of them agreeing": (
        "The inspectors were Ruth Hale, Omar Said, Ines Roy and Petr Novak. All four of them visited the site in May."
    ),
}

test_ls002_defect_found, test_ls002_trap_silent = variant_tests("LS002", LS002_DEFECTS, LS002_TRAPS)
