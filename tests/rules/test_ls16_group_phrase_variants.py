"""LS001 and LS002 on three shapes of the phrase that names a counted group (session 16):

* a relative clause with no "that" after the counted noun, its subject a pronoun ("the four
  mills we visited", "the three valleys they mapped most carefully"); "most" of a
  superlative there is a degree, not a share of the group;
* "of" after a noun that says what of the group is meant ("our survey of the five
  harbours (…)", "a review of the four depots (…)"): the group is whole; "of" after a
  word that takes a share ("a handful of", "the majority of", "the largest of") keeps it partial;
* an opening phrase before a counted subject ("Before the mill can open, three bodies must
  sign off: …").

Our own sentences, in domains outside the evaluation drafts; traps: the right count, a
share of the group, the same members restated.
"""

from __future__ import annotations

from tests.rules._variants import variant_tests

WRAP = (
    "# Report\n\nThe scheme began in a wet spring. Its budget was set by the regional board. Staff were hired "
    "in the autumn. Costs rose with fuel prices. A review is due next year.\n\n{}\n\nThe board meets every "
    "quarter. Its minutes are public. A new chair took office in June. Two posts are still vacant. The "
    "auditors reported no concerns. Questions may be sent to the secretary.\n"
)

COUNT_DEFECTS = {
    "pronoun clause, commas": (
        "The three valleys we mapped most carefully, Glenisla, Glenshee, Glen Clova and Glen Esk, "
        "lost most of their peat."
    ),
    "pronoun clause, parenthesis": (
        "Staff at the four depots they inspected (Ashford, Bexley and Dartford) were retrained."
    ),
    "pronoun clause with a preposition, colon": (
        "The survey gives figures for the five harbours it reports on: Amble, Blyth, Craster and Seahouses."
    ),
    "opening phrase before the count": (
        "Before the mill can reopen, three bodies must sign off its plans: Tweed County Council, the "
        "Tweed River Trust, the Borders Fire Service and Heritage Scotland."
    ),
}

COUNT_TRAPS = {
    "pronoun clause, right count": (
        "The three valleys we mapped most carefully, Glenisla, Glenshee and Glen Clova, lost most of their peat."
    ),
    "share of the group": ("A handful of the five harbours (Amble, Blyth and Craster) kept their lifeboats."),
    "the largest of the group": ("The largest of the four depots (Ashford, Bexley and Crayford) stayed open."),
    "opening phrase, right count": (
        "Before the mill can reopen, three bodies must sign off its plans: Tweed County Council, the "
        "Tweed River Trust and the Borders Fire Service."
    ),
    "opening phrase, some of them": (
        "Before the mill can reopen, several bodies must sign off its plans: Tweed County Council, the "
        "Tweed River Trust, the Borders Fire Service and Heritage Scotland."
    ),
}

test_count_defect_found, test_count_trap_silent = variant_tests("LS002", COUNT_DEFECTS, COUNT_TRAPS, wrap=WRAP)

SWAP_DEFECTS = {
    "pronoun clause restated": (
        "We toured the four mills we studied, Alnwick, Bamburgh, Coldstream and Duns, in March.\n\n"
        "We urge the four mills we studied (Alnwick, Bamburgh, Kelso and Duns) to share a buyer."
    ),
    "survey of the counted group": (
        "The five harbours in the scheme are Amble, Blyth, Craster, Seahouses and Beadnell.\n\n"
        "Our survey of the five harbours (Amble, Blyth, Craster, Seahouses and Alnmouth) found silting."
    ),
    "review of the counted group": (
        "The council runs four depots: Ashford, Bexley, Crayford and Dartford.\n\n"
        "A review of the four depots (Ashford, Bexley, Crayford and Erith) found idle gritters."
    ),
}

SWAP_TRAPS = {
    "pronoun clause, same members": (
        "We toured the four mills we studied, Alnwick, Bamburgh, Coldstream and Duns, in March.\n\n"
        "We urge the four mills we studied (Alnwick, Bamburgh, Coldstream and Duns) to share a buyer."
    ),
    "survey of the counted group, same members": (
        "The five harbours in the scheme are Amble, Blyth, Craster, Seahouses and Beadnell.\n\n"
        "Our survey of the five harbours (Amble, Blyth, Craster, Seahouses and Beadnell) found silting."
    ),
    "a share of the counted group": (
        "The council runs four depots: Ashford, Bexley, Crayford and Dartford.\n\n"
        "The majority of the four depots (Ashford, Bexley and Erith) ran short of salt."
    ),
}

test_swap_defect_found, test_swap_trap_silent = variant_tests("LS001", SWAP_DEFECTS, SWAP_TRAPS, wrap=WRAP)
