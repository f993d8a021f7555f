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

# a group named with "whose" or a participle and its agent, over a parenthesis, perhaps after
# "Among" (the clause picks one of the group the parenthesis lists whole); members written
# by a short form of their names ("S&P" for "S&P Global Ratings", "the Food Standards
# Agency" for "the Welsh Food Standards Agency")
RESTATED_DEFECTS = {
    "whose clause over a parenthesis": (
        "The Housing Finance Agency (HFA) runs the scheme. Four lenders back it: Abbey Mutual, Brightwater "
        "Bank, Coldharbour Credit and Dunmore Savings.\n\n"
        "The lenders whose loans count for the HFA (Abbey Mutual, Brightwater Bank, Coldharbour Credit and "
        "Elmstead Finance) set their own rates."
    ),
    "among, participle and agent": (
        "The Testing Standards Board (TSB) accredits five laboratories: Ashgrove Labs, Brackley Testing, "
        "Carrow Analytics, Denholm Scientific and Eskdale Assay.\n\n"
        "Among the laboratories accredited by the TSB (Ashgrove Labs, Brackley Testing, Carrow Analytics, "
        "Denholm Scientific and Fenwick Testing), only one tests for lead."
    ),
    "short forms of names": (
        "Three inspectorates must sign off a new plant: the Welsh Food Standards Agency, the Marine Licensing "
        "Office and the Dwr Valley Drainage Board.\n\n"
        "So far the three inspectorates (the Food Standards Agency, the Marine Licensing Office and the "
        "Natural Resources Board) have not met."
    ),
    "three-letter short name": (
        "The exchange lists five index providers: FTS Global Indices, Morrow Data, Kestrel Analytics, "
        "Norden Index and Aldgate Research.\n\n"
        "The index providers whose data the exchange buys (FTS, Morrow Data, Kestrel Analytics, Norden "
        "Index and Bexley Quant) charge by the feed."
    ),
}

RESTATED_TRAPS = {
    "whose clause, same members": (
        "The Housing Finance Agency (HFA) runs the scheme. Four lenders back it: Abbey Mutual, Brightwater "
        "Bank, Coldharbour Credit and Dunmore Savings.\n\n"
        "The lenders whose loans count for the HFA (Abbey Mutual, Brightwater Bank, Coldharbour Credit and "
        "Dunmore Savings) set their own rates."
    ),
    "among with are, some of them": (
        "The board accredits five laboratories: Ashgrove Labs, Brackley Testing, Carrow Analytics, Denholm "
        "Scientific and Eskdale Assay.\n\n"
        "Among the laboratories that test for lead are Ashgrove Labs, Brackley Testing and Fenwick Testing."
    ),
    "short forms, same members": (
        "Three inspectorates must sign off a new plant: the Welsh Food Standards Agency, the Marine Licensing "
        "Office and the Dwr Valley Drainage Board.\n\n"
        "So far the three inspectorates (the Food Standards Agency, the Marine Licensing Office and the "
        "Drainage Board) have not met."
    ),
}

test_restated_defect_found, test_restated_trap_silent = variant_tests(
    "LS001", RESTATED_DEFECTS, RESTATED_TRAPS, wrap=WRAP
)


def test_short_forms_are_the_members_they_shorten(tmp_path) -> None:
    """ "FTS" for "FTS Global Indices", "the Food Standards Agency" for "the Welsh Food
    Standards Agency": the message names only the member really swapped."""
    from tests.rules.test_cases import run_rule

    for key, only_here, only_there in (
        ("three-letter short name", "Bexley Quant", "Aldgate Research"),
        ("short forms of names", "the Natural Resources Board", "the Dwr Valley Drainage Board"),
    ):
        (finding,) = run_rule("LS001", WRAP.format(RESTATED_DEFECTS[key]), "markdown", tmp_path)
        assert f"only in this list: {only_here};" in finding.message, finding.message
        assert finding.message.endswith(f"only in the other: {only_there}"), finding.message


# bullets under a lead-in that counts kinds of something ("four kinds of work:"), each
# bullet a noun phrase perhaps with an aside after a comma
KINDS_DEFECTS = {
    "kinds of, asides after commas": (
        "Tenants can claim for three kinds of repair:\n\n"
        "- damp walls, inside or out;\n- broken boilers;\n- leaking roofs, where the landlord has been told;\n"
        "- rotten window frames.\n"
    ),
    "types of, one more than counted": (
        "The fund pays for four types of kit:\n\n- life jackets;\n- radios, fixed or hand-held;\n- flares;\n"
        "- survival suits;\n- beacons, for boats over ten metres.\n"
    ),
    "forms of, one fewer": (
        "The charity offers five forms of help:\n\n- debt advice, by phone;\n- food parcels;\n- energy vouchers;\n"
        "- legal clinics.\n"
    ),
}

KINDS_TRAPS = {
    "kinds of, right count": (
        "Tenants can claim for three kinds of repair:\n\n"
        "- damp walls, inside or out;\n- broken boilers;\n- leaking roofs, where the landlord has been told.\n"
    ),
    "kinds, items that are sentences": (
        "Tenants raised three kinds of complaint:\n\n"
        "- Landlords were slow to answer and the tenants had no other number to call.\n"
        "- Repairs were done badly.\n- Rents went up while the work was waiting.\n- Nobody came.\n"
    ),
}

test_kinds_defect_found, test_kinds_trap_silent = variant_tests("LS002", KINDS_DEFECTS, KINDS_TRAPS)
