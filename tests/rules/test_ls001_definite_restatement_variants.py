"""LS001 on a group listed again under another name (session 15), in our own words: a
member written with what it is before its name ("the insurer Norvia"); a later group
written with "the" and a plural noun of any kind over a parenthesis ("The river
authorities (…)"), whose head is the earlier group's head or a word before it ("three
district councils" / "the northern districts"); and "we studied three of them: …" restated
as "the three cities we studied (…)". Each defect gives one finding; each trap (a group
of its own words, a partial list, a pick of another size, a place described
by where it is) none."""

from __future__ import annotations

from tests.rules._variants import FILLER, variant_tests

DEFECTS = {
    "described member, consortium restated": (
        "The cooperative brings together four members: Arnfeld Dairies, Kessler Mills, the "
        "insurer Norvia and the Halden Seed Bank."
        + FILLER
        + "The cooperative's partners (Arnfeld Dairies, Kessler Mills, Norvia and Trondal Feed) want a new levy."
    ),
    "described member with two words, apposition": (
        "Four firms run the depots: Ostby Haulage, the port operator Grimsvik Terminals, "
        "Lunde Cold Store and Brekke Fuel."
        + FILLER
        + "The firms that run the depots (Ostby Haulage, Grimsvik Terminals, Lunde Cold Store and "
        "Skarsvag Fuel) asked for longer leases."
    ),
    "head is a word before the earlier head": (
        "In 2021 four district councils in the north (Ashby, Brigg, Caistor and Dunholme) "
        "pooled their planning staff."
        + FILLER
        + "The northern districts (Ashby, Brigg, Caistor and Epworth) now share one office."
    ),
    "same head with an adjective": (
        "Three river authorities (Avonmere, Severnside and Trentholm) ran the trial."
        + FILLER
        + "The river authorities (Avonmere, Severnside and Wyebank) reported fewer floods."
    ),
    "of them, then the ones we studied": (
        "Many cities now run bike-share schemes. We studied three of them: Lyon, Ghent and Malmo."
        + FILLER
        + "The three cities we studied (Lyon, Ghent and Bergen) all price by the minute."
    ),
    "of them in a parenthesis, then the ones we visited": (
        "Dozens of market towns bid for the fund, and we visited four of them (Arden, Bexley, Corby and Dunmow)."
        + FILLER
        + "The four towns we visited (Arden, Bexley, Corby and Elstree) had all lost a bank branch."
    ),
}

TRAPS = {
    "a group of its own words": (
        "Three countries (France, Germany and Italy) signed the first protocol."
        + FILLER
        + "The countries that signed the second protocol (France, Germany and Spain) met in May."
    ),
    "a group of its own words after the noun": (
        "Three river authorities (Avonmere, Severnside and Trentholm) ran the trial."
        + FILLER
        + "The river authorities outside the trial (Avonmere, Severnside and Wyebank) reported more floods."
    ),
    "a partial list": (
        "Three river authorities (Avonmere, Severnside and Trentholm) ran the trial."
        + FILLER
        + "Authorities such as Avonmere, Severnside and Wyebank reported fewer floods."
    ),
    "a pick of another size": (
        "Many cities now run bike-share schemes. We studied three of them: Lyon, Ghent and Malmo."
        + FILLER
        + "The two cities we studied most closely (Lyon and Bergen) price by the minute."
    ),
    "a place described by where it is": (
        "Three regions joined the pilot: the northern Netherlands, Flanders and Wallonia."
        + FILLER
        + "The pilot regions (the Netherlands, Flanders and Wallonia) share one budget."
    ),
    "the same list again": (
        "In 2021 four district councils in the north (Ashby, Brigg, Caistor and Dunholme) "
        "pooled their planning staff."
        + FILLER
        + "The northern districts (Brigg, Ashby, Dunholme and Caistor) now share one office."
    ),
}

test_defect_found, test_trap_silent = variant_tests("LS001", DEFECTS, TRAPS)
