"""Probes of session 26 for LS002 (a declared count against the items listed), in the
shapes blind writers used, written in domains of our own: a count of common-noun items
("four conditions" over three), and a count parted from its list by a verb or a clause
("names the five …" then six; "The N X are those at A, B, …"; "the three X nearest the
Y:" + four; "The five X at the Z" + four in brackets). Traps are the same shapes that
must stay silent: a partial list, a sub-group, a list of other things after the same
count, "the other four", a right count."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    # --- a count of common-noun items
    "four conditions, three listed": (
        "The loan carries four conditions: a fixed term, a cap on fees and quarterly reporting."
    ),
    "three conditions over four bullets": (
        "The grant has three conditions:\n\n- match funding\n- a named project lead\n"
        "- an annual audit\n- open publication\n"
    ),
    "five details, four given": ("Each form asks for five details: name, address, date of birth and a phone number."),
    "tools at its disposal": ("The regulator has four tools at its disposal: fines, warnings and licence suspension."),
    # --- a count parted from its list by a verb or a clause
    "names the N, then more": (
        "The charter names the five founding schools as Alder, Birch, Cedar, Damson, Elm and Fir."
    ),
    "the N X are those at A, B": (
        "The network's six member observatories are those at Kiel, Lund, Oulu, Tartu and Vilnius."
    ),
    "the N X nearest the Y, colon": (
        "We sampled the three wells nearest the landfill: Holt, Marsh End, Quarry Lane and Sandy Gap."
    ),
    "the N X at the Y, brackets": (
        "The five unions at the plant (Unite, GMB, Prospect and Community) signed the deal."
    ),
    "N partners, then the list after a verb": (
        "The project has three partners, which are Arvato, Bellcom, Corex and Dynabit."
    ),
    "N priority species, Latin names": (
        "Surveys target three priority species: Lutra lutra, Castor fiber, Arvicola amphibius and Mustela lutreola."
    ),
    "the N X in our sample, colon": (
        "The four charities in our sample — Open Hand, Safe Haven and Bright Start — publish accounts."
    ),
}

TRAPS = {
    "conditions, right count": (
        "The loan carries three conditions: a fixed term, a cap on fees and quarterly reporting."
    ),
    "conditions, including": (
        "The loan carries four conditions, including a fixed term, a cap on fees and quarterly reporting."
    ),
    "three of the five": ("Three of the five founding schools, Alder, Birch and Cedar, have closed."),
    "other things after the count": (
        "The five founding schools met in three towns: Alder Bridge, Birchwood and Cedar Vale."
    ),
    "the other four": ("Besides Alder, the other four schools are Birch, Cedar, Damson and Elm."),
    "those at, right count": (
        "The network's five member observatories are those at Kiel, Lund, Oulu, Tartu and Vilnius."
    ),
    "nearest, right count": ("We sampled the three wells nearest the landfill: Holt, Marsh End and Quarry Lane."),
    "brackets, a sub-group": ("Of the five unions at the plant, four (Unite, GMB, Prospect and Community) signed."),
    "tools, such as": ("The regulator has four tools at its disposal, such as fines and warnings."),
}

#: causes left: a count whose list follows a relative clause after a comma ("three partners,
#: which are A, B, C and D") or a verb's "as" ("names the five schools as A, …"), read as no
#: list of the counted noun
MISSED: set[str] = {"N partners, then the list after a verb", "names the N, then more"}

test_ls002_probe26_found, test_ls002_probe26_trap_silent = variant_tests("LS002", DEFECTS, TRAPS, MISSED)


# --------------------------------------------------------------------------- causes fixed
#: cause 1: an item that opens with a determiner ("the date and time of the sale") is a noun
#: phrase of its own, as its neighbours are, not the close of an inner list of objects of the
#: item before ("controls on moving plants, wood and bark"); the count was not compared
DETERMINER_PAIR_DEFECTS = {
    "record four details, five given": (
        "Applicants must give four details: a copy of the deed, the name and address of the owner, the size "
        "of the plot, its planned use, and a site plan."
    ),
    "three checks, four given": (
        "Inspectors make three checks on each lorry: a look at the tachograph, the weight and balance of the "
        "load, the state of the tyres, and the driver's papers."
    ),
    "two duties, three given": (
        "Wardens have two duties: patrols of the reserve, the care and feeding of the ponies, and visitor talks."
    ),
}
DETERMINER_PAIR_TRAPS = {
    "a bare inner pair still closes an inner list": (
        "The mill adopted two changes: limits on storing flour, oats and bran near the ovens, and a daily safety walk."
    ),
    "determiner pair, right count": (
        "Applicants must give four details: a copy of the deed, the name and address of the owner, the size "
        "of the plot, and a site plan."
    ),
}
test_ls002_determiner_pair_found, test_ls002_determiner_pair_trap_silent = variant_tests(
    "LS002", DETERMINER_PAIR_DEFECTS, DETERMINER_PAIR_TRAPS
)

#: cause 2: a remark in brackets after an item's words ("the patient's name (as on the card)")
#: is said of the item; it stopped the list of things from being read at all
REMARK_DEFECTS = {
    "remark after a middle item": (
        "Clinics must record three facts: the date of the visit, the patient's name (as on the card), the "
        "name of the doctor and the fee charged."
    ),
    "remark after the first item": (
        "The permit sets two limits: a noise cap (measured at the fence), a curfew and a ban on amplified music."
    ),
    "remark after the last item": (
        "Each crew carries four tools: a radio, a first-aid kit and a spare battery (kept dry)."
    ),
}
REMARK_TRAPS = {
    "remark, right count": (
        "Clinics must record four facts: the date of the visit, the patient's name (as on the card), the name "
        "of the doctor and the fee charged."
    ),
    "examples in brackets are no items": (
        "The depot stocks three fuels: diesel, biofuels (HVO, FAME and biogas) and petrol."
    ),
}
test_ls002_remark_found, test_ls002_remark_trap_silent = variant_tests("LS002", REMARK_DEFECTS, REMARK_TRAPS)

#: cause 3: "are those at A, B, …" after a counted subject names the sites one to a place (as
#: "are at" does); "those" was taken for the first member's word and the list was not read
THOSE_AT_DEFECTS = {
    "member clubs are those at": "The league's six member clubs are those at Ardmore, Belcarra, Carrow, Dunmore and Elwick.",
    "the four campuses are those at": "The four campuses are those at Lerwick, Kirkwall and Stornoway.",
    "its two depots were those at": "Its two depots were those at Ashby, Brill and Cole.",
}
THOSE_AT_TRAPS = {
    "those at, right count": "The four campuses are those at Lerwick, Kirkwall, Stornoway and Wick.",
    "those in countries, some to a place": "The six ports are those in Spain, Italy and Greece.",
    "are in countries, some to a place": "The six ports are in Spain, Italy and Greece.",
}
test_ls002_those_at_found, test_ls002_those_at_trap_silent = variant_tests("LS002", THOSE_AT_DEFECTS, THOSE_AT_TRAPS)

#: cause 4: "nearest", "closest to", "next to" after a counted noun say which of them, as a
#: preposition does ("the three wells nearest the landfill:"); the counted noun was not read
NEAREST_DEFECTS = {
    "nearest, colon": "Rangers watch the three beaches nearest the harbour: Holt Sands, Marsh End, Quarry Cove and Sandy Gap.",
    "closest to, colon": "Buses serve the two schools closest to the depot: Ashby High, Brill Academy and Cole College.",
    "nearest, brackets": "Volunteers checked the two stops nearest the stadium (Park Lane, Mill Road and Quay Street).",
}
NEAREST_TRAPS = {
    "nearest, right count": "Rangers watch the three beaches nearest the harbour: Holt Sands, Marsh End and Quarry Cove.",
    "nearest, a sub-group": "Two of the three beaches nearest the harbour, Holt Sands and Marsh End, closed.",
}
test_ls002_nearest_found, test_ls002_nearest_trap_silent = variant_tests("LS002", NEAREST_DEFECTS, NEAREST_TRAPS)

#: cause 5: an "and" that may sit inside a name ("the Central West Hospital and Health Service")
#: leaves open whether the list has as many items as read or one more; a count outside both
#: readings disagrees with every one, and is compared (it was left open whatever it was)
INNER_AND_DEFECTS = {
    "three partners, four or five read": (
        "The partnership brings together three partners: the Central West Hospital and Health Service, the "
        "Flying Doctor Service, Carver University and Longreach Regional Council."
    ),
    "three sponsors, four or five read": (
        "The prize has three sponsors: the Harbour Trust and Marine Society, Orrin Mutual, Castor Insurance and "
        "the Fenwick Foundation."
    ),
    "two agencies in brackets, three or four read": (
        "The two agencies (the Department of Health and Human Services, GSA and OPM) agreed the plan."
    ),
}
INNER_AND_TRAPS = {
    "the split reading agrees": "The four agencies (the Department of Health and Human Services, GSA and OPM) agreed the plan.",
    "the joined reading agrees": "The three agencies (the Department of Health and Human Services, GSA and OPM) agreed the plan.",
    "place and state, left open": "The two offices are in Portland, Oregon, Austin, Texas and Boise.",
}
test_ls002_inner_and_found, test_ls002_inner_and_trap_silent = variant_tests(
    "LS002", INNER_AND_DEFECTS, INNER_AND_TRAPS
)
