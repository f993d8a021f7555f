"""Probes of session 26 for LS001 (a group's members listed twice, one member dropped or
swapped), in the shapes blind writers used, written in domains of our own: the list
restated in brackets after the group's noun ("all N members (…)"), as bullets or a table
against the prose, the group named by a description the second time ("the same three
…", "made up of …" after a chair and members named apart), and lists of common nouns or
regions. Traps are the same shapes that must stay silent: a partial list, a sub-group,
another group of the same noun, a change over time, a chair named apart whose union with
the members is the group, a correct restatement."""

from __future__ import annotations

from tests.rules._variants import apart, variant_tests

DEFECTS = {
    # --- restated in brackets after the group's noun
    "all the members (...) with one swapped": apart(
        "The river commission has four members: Austria, Hungary, Serbia and Romania.",
        "All commission members (Austria, Hungary, Serbia and Bulgaria) approved the dredging plan.",
    ),
    "running text, then brackets after a possessive group": apart(
        "Our choir's three soloists are Nadia Frey, Pieter Claes and Jonas Ekdahl.",
        "The choir's soloists (Nadia Frey, Pieter Claes and Mirko Salo) rehearse on Fridays.",
    ),
    "colon, then brackets after 'each of the'": apart(
        "The scheme is run by three water boards: Rijnland, Delfland and Schieland.",
        "Each of the three water boards (Rijnland, Delfland and Amstelland) pays a third of the cost.",
    ),
    # --- bullets or a table against the prose
    "prose, then a bullet list under the group": apart(
        "The trust owns four mills: Ashcombe, Brockley, Cheriton and Dunstan.",
        "The trust's four mills are:\n\n- Ashcombe\n- Brockley\n- Cheriton\n- Elmbridge\n",
    ),
    "bullets first, then prose in brackets": apart(
        "The faculty has three research centres:\n\n- Marine Ecology\n- Soil Physics\n- Crop Genetics\n",
        "Funding for the three research centres (Marine Ecology, Soil Physics and Forest Hydrology) was cut.",
    ),
    "prose, then a table of the group's members": apart(
        "The league has four clubs: Arbroath, Brechin, Forfar and Montrose.",
        "The four clubs' budgets:\n\n| Club | Budget |\n|---|---|\n| Arbroath | 1.2 |\n| Brechin | 0.9 |\n"
        "| Forfar | 1.1 |\n| Peterhead | 1.4 |\n",
    ),
    # --- the group named by description the second time
    "the same N members": apart(
        "The steering group has four members: Ilse Vogt, Remy Arnaud, Kaito Mori and Dina Pardo.",
        "The same four members (Ilse Vogt, Remy Arnaud, Kaito Mori and Otto Lind) signed the final report.",
    ),
    "the N + plain noun, repeated in brackets": apart(
        "The district runs three hostels: Fernlea, Glenview and Harbour House.",
        "Beds at the three hostels (Fernlea, Glenview and Ivy Court) were full all winter.",
    ),
    "chaired by A with B and C, then made up of": apart(
        "The panel is chaired by Hana Wolff, with Luca Bruni and Pia Sorensen as members.",
        "The panel, made up of Hana Wolff, Luca Bruni and Tariq Aziz, reports in June.",
    ),
    # --- common nouns and regions
    "regions, one swapped": apart(
        "The pilot covers four regions: the Highlands, the Borders, Fife and Tayside.",
        "In the four pilot regions (the Highlands, the Borders, Fife and Grampian) uptake doubled.",
    ),
    "common-noun groups excluded, one dropped": apart(
        "Three groups are excluded from the trial: pregnant women, smokers and people under 18.",
        "The three excluded groups (pregnant women, smokers and people over 80) were told by letter.",
    ),
}

TRAPS = {
    "all members, the same list": apart(
        "The river commission has four members: Austria, Hungary, Serbia and Romania.",
        "All commission members (Austria, Hungary, Serbia and Romania) approved the dredging plan.",
    ),
    "brackets: a sub-group": apart(
        "The river commission has four members: Austria, Hungary, Serbia and Romania.",
        "Two of the commission members (Austria and Hungary) opposed the plan.",
    ),
    "brackets: the other members": apart(
        "The river commission has four members: Austria, Hungary, Serbia and Romania.",
        "Apart from Austria, the other commission members (Hungary, Serbia and Romania) approved it.",
    ),
    "bullets: joined later": apart(
        "In 2021 the trust owned four mills: Ashcombe, Brockley, Cheriton and Dunstan.",
        "Since Elmbridge joined in 2024, the trust's five mills are:\n\n- Ashcombe\n- Brockley\n- Cheriton\n"
        "- Dunstan\n- Elmbridge\n",
    ),
    "table of a sub-group": apart(
        "The league has four clubs: Arbroath, Brechin, Forfar and Montrose.",
        "Three clubs made a profit:\n\n| Club | Profit |\n|---|---|\n| Arbroath | 0.2 |\n| Brechin | 0.1 |\n"
        "| Forfar | 0.3 |\n",
    ),
    "table of the same members": apart(
        "The league has four clubs: Arbroath, Brechin, Forfar and Montrose.",
        "The four clubs' budgets:\n\n| Club | Budget |\n|---|---|\n| Arbroath | 1.2 |\n| Brechin | 0.9 |\n"
        "| Forfar | 1.1 |\n| Montrose | 1.4 |\n",
    ),
    "chair and members apart, union restated": apart(
        "The panel is chaired by Hana Wolff, with Luca Bruni and Pia Sorensen as members.",
        "The panel, made up of Hana Wolff, Luca Bruni and Pia Sorensen, reports in June.",
    ),
    "members named apart from the chair": apart(
        "The panel is made up of Hana Wolff, Luca Bruni and Pia Sorensen.",
        "Its members other than the chair, Luca Bruni and Pia Sorensen, were appointed in May.",
    ),
    "regions: another period, grown": apart(
        "In 2022 the pilot covered four regions: the Highlands, the Borders, Fife and Tayside.",
        "In 2024 the five pilot regions were the Highlands, the Borders, Fife, Tayside and Grampian.",
    ),
    "regions: such as": apart(
        "The pilot covers four regions: the Highlands, the Borders, Fife and Tayside.",
        "Regions such as the Highlands, the Borders and Grampian saw uptake double.",
    ),
    "another group of the same noun": apart(
        "The district runs three hostels: Fernlea, Glenview and Harbour House.",
        "The charity runs three hostels of its own (Fernlea Lodge, Ivy Court and Kestrel House).",
    ),
    "a comparison: another owner of the same noun": apart(
        "The district runs three hostels: Fernlea, Glenview and Harbour House.",
        "Unlike the district, the county runs its three hostels (Fernlea Lodge, Ivy Court and Kestrel House) at a loss.",
    ),
}

#: (a list of lower-case kinds of people after "Three groups are excluded from …:" is read
#: since the lead's count-state reading, session 26)
MISSED: set[str] = set()

test_ls001_probe26_found, test_ls001_probe26_trap_silent = variant_tests("LS001", DEFECTS, TRAPS, MISSED)


# --------------------------------------------------------------------------- causes fixed
#: cause 1: a definite plural group, uncounted, in brackets after a preposition ("Rangers in the
#: pilot parks (…)", "signed by all Forum members (…)") names the group it points back to; it
#: was read as the whole clause ("Rangers in the pilot parks"), no group, and dropped
PREPOSITION_DEFECTS = {
    "holders in the definite group (...)": apart(
        "The pilot covers four parks: Arbor, Brill, Cowden and Dell.",
        "Rangers in the pilot parks (Arbor, Brill, Elmore and Dell) asked for longer contracts.",
    ),
    "signed by all the body's members (...)": apart(
        "The Danube Forum brings together six states: Austria, Hungary, Serbia, Croatia, Slovakia and Romania.",
        "In 2024 a freight statement was signed by all Forum members (Austria, Hungary, Serbia, Croatia and "
        "Romania), the first since the pause.",
    ),
    "to the owner's members (...)": apart(
        "The guild has four member bakeries: Almond Row, Birchcroft, Crumb & Co and Doughty's.",
        "Flour vouchers went to the guild's bakeries (Almond Row, Birchcroft, Crumb & Co and Rye House) in May.",
    ),
}
PREPOSITION_TRAPS = {
    "the same places restated": apart(
        "The pilot covers four parks: Arbor, Brill, Cowden and Dell.",
        "Rangers in the pilot parks (Arbor, Brill, Cowden and Dell) asked for longer contracts.",
    ),
    "some of them, after a preposition": apart(
        "The pilot covers four parks: Arbor, Brill, Cowden and Dell.",
        "Rangers in some parks (Arbor, Brill and Elmore) asked for longer contracts.",
    ),
    "the other ones, after a preposition": apart(
        "The pilot covers four parks: Arbor, Brill, Cowden and Dell.",
        "Rangers in the other parks (Elmore, Fenby and Garth) asked for longer contracts.",
    ),
    "holders of counted places, two kinds": apart(
        "Nurses at four clinics (Ashby, Brill, Cole and Dunmow) joined the strike.",
        "Doctors at four clinics (Ashby, Brill, Cole and Epping) stayed at work.",
    ),
}
test_ls001_preposition_found, test_ls001_preposition_trap_silent = variant_tests(
    "LS001", PREPOSITION_DEFECTS, PREPOSITION_TRAPS
)

#: cause 2: a table under a sentence that opens with a bare count and says what its rows did
#: ("Three clubs made a profit:") is a group of its own, as over bullets or in prose; it was
#: read as the header's noun alone and compared with the body's members
TABLE_EVENT_TRAPS = {
    "three of the league's clubs made a profit": apart(
        "The league has four clubs: Arbroath, Brechin, Forfar and Montrose.",
        "Three clubs made a profit:\n\n| Club | Profit |\n|---|---|\n| Arbroath | 0.2 |\n| Brechin | 0.1 |\n"
        "| Forfar | 0.3 |\n",
    ),
    "two of the ports lost traffic": apart(
        "The compact has four ports: Bergen, Esbjerg, Gdynia and Kiel.",
        "Two ports lost traffic in 2024:\n\n| Port | Change |\n|---|---|\n| Bergen | -4% |\n| Gdynia | -2% |\n"
        "| Kiel | -1% |\n",
    ),
    "four mills closed": apart(
        "The trust owns five mills: Ashcombe, Brockley, Cheriton, Dunstan and Elmbridge.",
        "Four mills closed in 2023:\n\n| Mill | Staff |\n|---|---|\n| Ashcombe | 12 |\n| Brockley | 9 |\n"
        "| Cheriton | 4 |\n| Farley | 7 |\n",
    ),
}
TABLE_EVENT_DEFECTS = {
    "the counted members again, in a table": apart(
        "The league has four clubs: Arbroath, Brechin, Forfar and Montrose.",
        "The four clubs' budgets:\n\n| Club | Budget |\n|---|---|\n| Arbroath | 1.2 |\n| Brechin | 0.9 |\n"
        "| Forfar | 1.1 |\n| Peterhead | 1.4 |\n",
    ),
}
test_ls001_table_event_found, test_ls001_table_event_trap_silent = variant_tests(
    "LS001", TABLE_EVENT_DEFECTS, TABLE_EVENT_TRAPS
)

#: cause 3: a member named with a word of change in the lead-in of its own bullets ("Since
#: Elmbridge joined in 2024, the trust has five mills:") tells the change; the lead-in's words
#: were taken for the list's own and the change was not seen
LEAD_CHANGE_TRAPS = {
    "joined, in the lead-in": apart(
        "In 2021 the trust owned four mills: Ashcombe, Brockley, Cheriton and Dunstan.",
        "Since Elmbridge joined in 2024, the trust has five mills:\n\n- Ashcombe\n- Brockley\n- Cheriton\n"
        "- Dunstan\n- Elmbridge\n",
    ),
    "replaced, in the lead-in": apart(
        "The squad has three goalkeepers: Marsh, Okoye and Lindqvist.",
        "After Varga replaced Lindqvist in May, the squad's three goalkeepers were:\n\n- Marsh\n- Okoye\n- Varga\n",
    ),
    "accession, in the lead-in": apart(
        "The bloc has four members: Chile, Colombia, Mexico and Peru.",
        "With Ecuador's accession, the bloc has five members:\n\n- Chile\n- Colombia\n- Mexico\n- Peru\n- Ecuador\n",
    ),
}
LEAD_CHANGE_DEFECTS = {
    "a change told of no member": apart(
        "In 2021 the trust owned four mills: Ashcombe, Brockley, Cheriton and Dunstan.",
        "Since the merger, the trust has four mills:\n\n- Ashcombe\n- Brockley\n- Cheriton\n- Elmbridge\n",
    ),
}
test_ls001_lead_change_found, test_ls001_lead_change_trap_silent = variant_tests(
    "LS001", LEAD_CHANGE_DEFECTS, LEAD_CHANGE_TRAPS
)

#: cause 4: a possessive before a body's noun says whose it is, not which kind ("the ministry's
#: panel" after "a review panel, chaired by A, with B and C as members"): one body, its noun
#: alone; the possessive was read as a word that tells two bodies apart. A list in a clause
#: opened by "whether", "if" or "that" has that clause's subject for its group, and a bullet's
#: closing semicolon ends no item
OWNER_DEFECTS = {
    "the ministry's panel": apart(
        "The ministry appointed a review panel in May 2024, chaired by Ana Ruiz, with Tom Hale and Eva Berg "
        "as members.",
        "The ministry's panel, made up of Ruiz, Hale and Sam Ude, backs the cap.",
    ),
    "the council's board, in a bullet after whether": apart(
        "The council set up a housing board, chaired by Ines Paz, with Tom Wray and Uma Bell as members.",
        "Open questions:\n\n- whether the council's board, made up of Paz, Wray and Rolf Kern, keeps the levy;\n"
        "- whether rents rise.\n",
    ),
    "the trust's committee, after we ask if": apart(
        "The trust's grants committee is made up of Lena Voss, Omar Diab and Kit Moran.",
        "We ask if the trust's committee, made up of Lena Voss, Omar Diab and Ada Quinn, will meet monthly.",
    ),
}
OWNER_TRAPS = {
    "another owner's panel": apart(
        "Munster's review panel is made up of Ana Ruiz, Tom Hale and Eva Berg.",
        "Leinster's panel is made up of Ruiz, Hale and Sam Ude.",
    ),
    "two kinds of one body": apart(
        "The data working group is made up of Ana Ruiz, Tom Hale and Eva Berg.",
        "The pricing working group is made up of Ana Ruiz, Tom Hale and Sam Ude.",
    ),
    "the owner's panel, same members": apart(
        "The ministry appointed a review panel in May 2024, chaired by Ana Ruiz, with Tom Hale and Eva Berg "
        "as members.",
        "The ministry's panel, made up of Ruiz, Hale and Eva Berg, backs the cap.",
    ),
}
test_ls001_owner_found, test_ls001_owner_trap_silent = variant_tests("LS001", OWNER_DEFECTS, OWNER_TRAPS)
