"""Variant sentences, in our own words, for the shapes of writing behind the session-17
misses of member lists: each cause in three phrasings or more, and traps that look alike
and must stay silent."""

from __future__ import annotations

from tests.rules._variants import FILLER, variant_tests

# LS002: a counted noun of things whose words go on before the list (a relative clause with
# a pronoun subject, words that point back, "of" and a noun phrase before a colon), or a
# first item that only ends like a superlative ("rest")
LS002_DEFECTS = {
    "pronoun clause, parenthesis": (
        "Of the five glazes they fired (celadon, tenmoku, shino and ash), only celadon crazed."
    ),
    "pronoun clause, colon": "The panel weighed the four options we proposed: tolls, parking levies and a congestion charge.",
    "of a process, colon": (
        "Each apprentice works through the five phases of the joinery course: sawing, planing, jointing and finishing."
    ),
    "of a plan, colon": "The council set out three strands of its housing plan: repairs, new building, purchases and leasing.",
    "rest first": "Treatment moves through four stages: rest, gentle stretching, strength work, balance drills and running.",
    "interest first": "The fund earns from three sources: interest, rents, dividends and fees.",
    "pointing back, parenthesis": (
        "Even in the four crafts involved (weaving, dyeing and spinning) the guild found few apprentices."
    ),
}
LS002_TRAPS = {
    "pronoun clause, count agrees": (
        "Of the four glazes they fired (celadon, tenmoku, shino and ash), only celadon crazed."
    ),
    "aside with above all": (
        "The board answered with two kinds of change: new rules for the stands, above all a ban on standing, "
        "and better training for stewards."
    ),
    "aside with in particular": (
        "The review found two weak points: checks on suppliers, in particular small ones, and the handling of refunds."
    ),
    "aside with notably": (
        "Two measures followed: higher fines for late returns, notably for rented boats, and a new permit."
    ),
    "of a process, count agrees": (
        "Each apprentice works through the four phases of the joinery course: sawing, planing, jointing and finishing."
    ),
    "visits to the sites": "The inspector made five visits to the sites: Ashby, Brill and Cole.",
    "adjectives, not things": "The two schemes we studied were judged costly, slow and unpopular.",
}

test_ls002_defect_found, test_ls002_trap_silent = variant_tests("LS002", LS002_DEFECTS, LS002_TRAPS)

# LS001: a list restated later, counted the same, under the same plural noun with other
# words before it (what the members are, what they did in the story) or with words after it
# that narrow something else ("states with major dams"), or a superlative written "most-"
LS001_DEFECTS = {
    "pilot / regional firms": (
        "The new ticket was trialled by three regional bus firms (Arkell Coaches, Brenton Travel and Cawood Lines)."
        + FILLER
        + "The three pilot firms (Arkell Coaches, Cawood Lines and Dunstan Motors) will report in the autumn."
    ),
    "volunteer / rural councils": (
        "To test the scheme, four rural councils (Ashwell, Barford, Caxton and Dalby) volunteered in 2023."
        + FILLER
        + "The four volunteer councils (Ashwell, Barford, Eltham and Dalby) have asked for more money from 2025."
    ),
    "states with big rivers": (
        "The three countries that share the lake (Ruvaria, Mondesia and Tallis) meet each spring."
        + FILLER
        + "For the basin, the three riparian states with major harbours on the lake (Ruvaria, Mondesia and Kelvia) should agree a plan."
    ),
    "most- superlative, paraphrased": (
        "The dialects most in demand (Gheg, Tosk, Arbëresh and Arvanitika) make up a third of bookings."
        + FILLER
        + "Even in the four most-requested dialects (Gheg, Tosk, Arbëresh and Cham), the courts report gaps."
    ),
    "of the four it tested": (
        "The lab compared four mortar mixes: lime, cement, clay and gypsum."
        + FILLER
        + "Of the four mixes it tested (lime, cement, resin and gypsum), only lime stayed sound."
    ),
}
LS001_TRAPS = {
    "founding / current": (
        "The three founding firms (Arkell Coaches, Brenton Travel and Cawood Lines) set up the club."
        + FILLER
        + "The three current firms (Arkell Coaches, Cawood Lines and Dunstan Motors) run the club."
    ),
    "largest / other counts": (
        "Three regional bus firms (Arkell Coaches, Brenton Travel and Cawood Lines) agreed to trial the ticket."
        + FILLER
        + "The four pilot firms (Arkell Coaches, Cawood Lines, Brenton Travel and Dunstan Motors) will report."
    ),
    "two predicates": (
        "Three bus firms (Arkell Coaches, Brenton Travel and Cawood Lines) signed up to the ticket."
        + FILLER
        + "Three coach firms (Arkell Coaches, Cawood Lines and Dunstan Motors) stayed out of the scheme."
    ),
    "a partial list": (
        "Three regional bus firms (Arkell Coaches, Brenton Travel and Cawood Lines) agreed to trial the ticket."
        + FILLER
        + "Several pilot firms, including Arkell Coaches, Cawood Lines and Dunstan Motors, will report."
    ),
    "two working groups": (
        "The data working group (Arkell Coaches, Brenton Travel and Cawood Lines) met in May."
        + FILLER
        + "The pricing working group (Arkell Coaches, Cawood Lines and Dunstan Motors) met in June."
    ),
}

test_ls001_defect_found, test_ls001_trap_silent = variant_tests("LS001", LS001_DEFECTS, LS001_TRAPS)
