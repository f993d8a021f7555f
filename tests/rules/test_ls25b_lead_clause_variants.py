"""Variant sentences, in our own words, for counted groups before a list whose clause was
not read before session 25: an exact count after "only", "just" or "exactly" ("Only three
archives have …: A, B, C and D"); a comma between two adjectives of the counted noun's
phrase ("three towns with old, leaking mains:"); a past participle after adverbs of degree,
or "used" ("the two antibiotics most often prescribed in care homes:"); an apposition naming
the counted things by whose they are ("the league's five founding clubs, those of A, B and
C,"); who gave the count after a comma before the colon (", according to the latest
survey:", ", the regulator says:") and a figure with a unit in what the group did ("in the
900 MHz band"). Traps: counts that agree, a partial list, a list of clauses after the colon,
a colon that opens a quotation, clauses after a dash. A list after a dash no second dash
closes, its items holding "and" or an acronym in brackets ("— A on wages and bank
accounts, B (BB), C, and, since 2024, D."), is read to the sentence's end as after a colon. LS001: a body's chair and its other
members after "with … as members" ("The panel is chaired by A, with B and C as members"),
restated later with another member; traps: the same members, another body, "as advisers"."""

from __future__ import annotations

from tests.rules._variants import apart, variant_tests

LS002_DEFECTS = {
    # an exact count after "only", "just", "exactly"
    "only, their own": (
        "Only three archives have digitised their own maps of the estuary: Kellow, Dunmere, Pellan and Trewin."
    ),
    "just, a place": (
        "Just two insurers still write flood cover in the valley: Halvard Mutual, Ostrea Insurance and Pellam Re."
    ),
    "exactly, the names with articles": (
        "Exactly four orchestras kept their full season: the Hallé, the Ulster Orchestra and the Royal Northern "
        "Sinfonia."
    ),
    # two adjectives of one noun, a comma between them
    "coordinate adjectives, towns": (
        "The county now has three towns with old, leaking water mains: Aldwick, Barnham, Felpham and Rustington."
    ),
    "coordinate adjectives, ports": (
        "The study followed three ports with deep, sheltered berths: Rotterdam, Antwerp, Bremen and Hamburg."
    ),
    "coordinate adjectives, lenders": (
        "The report names four lenders with small, regional loan books: Ardent Credit, Brisk Finance and Cove Lending."
    ),
    # a participle after adverbs of degree, things in lower case
    "most often prescribed": (
        "The audit covered the two antibiotics most often prescribed in care homes: amoxicillin, doxycycline and "
        "cefalexin."
    ),
    "commonly sown": "Inspectors sampled the four grasses commonly sown on road verges: fescue, ryegrass and bent.",
    "widely spoken, names": (
        "The survey looked at the three dialects widely spoken in the upper valley: Ladin, Friulian, Walser and Romansh."
    ),
    "used, no adverb": "Growers cut the four fungicides used on apple orchards: captan, dodine and sulphur.",
    # "those of": the counted things named by whose they are
    "those of, clubs": "The plan binds the league's five founding clubs, those of Leeds, Hull and York, to a wage cap.",
    "those of, navies": (
        "The accord commits the pact's four member navies, those of Norway, Denmark and Iceland, to joint patrols."
    ),
    "those of, chapters": (
        "The letter was signed by the union's three founding chapters, those of Oslo, Bergen, Tromsø and Stavanger."
    ),
    # who gave the count, after a comma before the colon; a figure with a unit in the clause
    "according to, prose": (
        "Four councils still run their own bus fleets, according to the latest survey by the transport body: "
        "Leeds, York and Hull."
    ),
    "the regulator says, bullets": (
        "Five utilities have missed the leakage target for 2024, the regulator says:\n\n"
        "- Thames Water\n- Southern Water\n- Anglian Water\n- Yorkshire Water\n"
    ),
    "by the ministry's count, a band in MHz, bullets": (
        "Seven operators have yet to switch off their networks in the 900 MHz band, by the ministry's count:\n\n"
        "- Arvel Mobile\n- Brisknet\n- Corra Telecom\n- Dunlin\n- Eskar\n- Fenwick Mobile\n"
    ),
    # a dash no second dash closes, items that hold "and", acronyms in brackets, an aside
    # after the last conjunction
    "open dash, museum schemes": (
        "The museum runs two outreach schemes — school visits in term time, a travelling exhibition of maps and "
        "charts, and, since last spring, a night tour."
    ),
    "open dash, acronyms in brackets": (
        "The clinic offers three kinds of care — home visits for the frail and elderly, a walk-in session (WIS), "
        "phone advice (PA), and, in winter, a flu service."
    ),
    "open dash, sanctions": (
        "The inspectorate has three main sanctions — warning letters to owners and managers, fines on the "
        "operator, suspension of the licence, and, since a 2023 reform, closure orders."
    ),
}

LS002_TRAPS = {
    "only, counts agree": "Only three states have destroyed satellites in orbit: the United States, Russia and China.",
    "just, a list of clauses": (
        "Just two insurers still write flood cover, the broker says: premiums have doubled, excesses have tripled "
        "and claims take months."
    ),
    "coordinate adjectives, agree": (
        "The study followed three ports with deep, sheltered berths: Rotterdam, Antwerp and Hamburg."
    ),
    "coordinate adjectives, partial": (
        "The county now has three towns with old, leaking water mains, among them Aldwick and Barnham."
    ),
    "participle, agree": (
        "The audit covered the three antibiotics most often prescribed in care homes: amoxicillin, doxycycline and "
        "cefalexin."
    ),
    "participle, including": (
        "The audit covered the two antibiotics most often prescribed in care homes, including amoxicillin, "
        "doxycycline and cefalexin."
    ),
    "those of, agree": (
        "The plan binds the league's five founding clubs, those of Leeds, Hull, York, Bath and Derby, to a wage cap."
    ),
    "source tail, agree": (
        "Five utilities have missed the leakage target, the regulator says: Thames Water, Southern Water, Anglian "
        "Water, Yorkshire Water and Severn Trent."
    ),
    "said, a quotation": 'The three ministers said in a joint statement: "We will act, we will fund it and we will report."',
    "open dash, agree": (
        "The museum runs three outreach schemes — school visits in term time, a travelling exhibition of maps and "
        "charts, and, since last spring, a night tour."
    ),
    "open dash, clauses": "The plan has two weaknesses — costs are rising, and staff are leaving.",
    "open dash, a comparison": (
        "The agency has four main enforcement tools — more than most of its peers, and far more than a decade ago."
    ),
    "a dash inside codes": (
        "- Memo M–07–12 Standards for Agency Portals and the related Circular B–220 refer to tracking visits and errors"
    ),
    "joined, and more may follow": "Three regions joined the pilot: Alba, Brea and Cora, and two more may follow.",
}

test_ls002_defect_found, test_ls002_trap_silent = variant_tests("LS002", LS002_DEFECTS, LS002_TRAPS)


# a body's chair and its other members after "with … as members", restated later
LS001_DEFECTS = {
    "chaired by, then made up of": apart(
        "The fare review panel is chaired by Rosa Tate, with Amit Kohl and Helen Brent as members.",
        "The fare review panel is made up of Rosa Tate, Amit Kohl and Graham Rudd.",
    ),
    "led by, its other members, then a parenthesis": apart(
        "The harbour board, led by Ines Varga, with Tom Lee and Ada Moss as its other members, met twice.",
        "The harbour board (Ines Varga, Tom Lee and Piet Cole) approved the dredging plan in May.",
    ),
    "headed by, then consists of": apart(
        "The audit committee is headed by Mara Quist, with Ola Berg and Tom Hale as members.",
        "The audit committee consists of Mara Quist, Ola Berg and Lena Fisk.",
    ),
}

LS001_TRAPS = {
    "chaired by, agree": apart(
        "The fare review panel is chaired by Rosa Tate, with Amit Kohl and Helen Brent as members.",
        "The fare review panel is made up of Rosa Tate, Amit Kohl and Helen Brent.",
    ),
    "chaired by, another body": apart(
        "The fare review panel is chaired by Rosa Tate, with Amit Kohl and Helen Brent as members.",
        "The harbour board is made up of Rosa Tate, Amit Kohl and Graham Rudd.",
    ),
    "with as advisers, not members": apart(
        "The fare review panel is chaired by Rosa Tate, with Amit Kohl and Helen Brent as advisers.",
        "The fare review panel is made up of Rosa Tate, Amit Kohl and Graham Rudd.",
    ),
}

test_ls001_defect_found, test_ls001_trap_silent = variant_tests("LS001", LS001_DEFECTS, LS001_TRAPS)
