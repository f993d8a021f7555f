"""NU003 probes of session 27, written in other domains than the drafts they stand for, on
one cause: a figure restated in a definite noun phrase ("the", a possessive, "Of the", "All")
that names the thing in other words, far from where it was given.

1. With its period said again, sections on ("The roughly 14,100 tonnes brought ashore in
   2021", "the €4.9 million that the county paid bus firms in 2023"): the definite article
   marks a figure already given, the period says which; when the article gives one earlier
   figure of that measure (one unit, currency or counted noun) for that period, that figure
   is the one restated.
2. With no period ("Of the charity's 34 stations", "The £3.2 million the archaeologists were
   given"): the one figure of its measure the article gives within twice its value,
   undated or of the last two years, with a word of what they are about in common.

Traps: another period, two earlier figures of the measure near it (which one is meant is
unknown), a named part, a correct restatement, a value far off. In a report as short as
these, the context linker already links most defects on main (every shared word is rare
there); in the drafts, where the thing's words recur in every section, it does not, and
this reading finds them (drafts 265, 343, 397, 430, 433, 460 of the development set)."""

from __future__ import annotations

from tests.rules._variants import variant_tests
from tests.rules.test_nu003_probes25 import PAGE

#: three sections of prose about nothing any probe counts, then the closing section
_BETWEEN = (
    "\n\n## Background\n\nThe council was reorganised twice in ten years, and its officers say the second "
    "change worked better than the first. Staff were consulted at every step, and the unions agreed the "
    "new rota in the spring.\n\n## Method\n\nWe read the published accounts, interviewed officials and "
    "visited sites in the north and the south. Interviews were recorded with consent and transcribed by "
    "hand.\n\n## Findings\n\nOfficials were frank about delays, although several blamed the weather and "
    "others the suppliers. Residents praised the staff but not the paperwork.\n\n## Conclusion\n\n"
)


def far(first: str, second: str, topic: str = "") -> str:
    """``first`` in the opening section, ``second`` in the closing one, three sections on;
    ``topic`` (sentences of no figure on what the draft is about) said in each section
    between, as a report says its subject's words again and again (they weigh little)."""
    between = _BETWEEN.replace("\n\n## ", f" {topic}\n\n## ") if topic else _BETWEEN
    # (a report's length: in a page of ten sentences every shared word is rare)
    return first + between.replace("## Findings", PAGE.strip() + "\n\n## Findings") + second


_FISH = (
    "Cod is still the harbour's main catch. Prices at the auction follow the cod landed by the boats. "
    "Tonnes of cod brought ashore are weighed at the harbour."
)
_BUSES = "The county pays bus firms for pupils' journeys. School transport is the county's largest bus contract."
_PIPES = (
    "Lead pipes under the old town are a known risk. The utility's crews replace pipe every year. "
    "Kilometres of pipe were dug up under the old town."
)
_LETTERS = (
    "The record office holds letters from the port's merchants. Volunteers sorted and catalogued letters "
    "at the record office every week."
)


FAR = {
    "tonnes brought ashore, hedged": far(
        "Fishing boats landed 12,400 tonnes of cod at the harbour in 2021, most of it in the autumn.",
        "The roughly 14,100 tonnes brought ashore in 2021 fetched record prices at the auction.",
        _FISH,
    ),
    "money paid, relative clause": far(
        "The county spent €4.2 million on school transport in 2023.",
        "The €4.9 million that the county paid bus firms for pupils' journeys in 2023 bought fewer routes than before.",
        _BUSES,
    ),
    "kilometres dug up, other verb": far(
        "In 2022 the water utility replaced 86 kilometres of lead pipes under the old town.",
        "The 71 kilometres of pipe that crews dug up under the old town in 2022 were mostly laid before 1920.",
        _PIPES,
    ),
    "letters sorted, passive participle": far(
        "Volunteers at the record office catalogued 5,300 letters from the port's merchants in 2020.",
        "The 4,700 letters sorted at the record office in 2020 are now searchable online.",
        _LETTERS,
    ),
}

FAR_TRAPS = {
    "another period": far(
        "Fishing boats landed 12,400 tonnes of cod at the harbour in 2021, most of it in the autumn.",
        "The roughly 14,100 tonnes brought ashore in 2022 fetched record prices at the auction.",
        _FISH,
    ),
    "two earlier figures of the measure and period": far(
        "Fishing boats landed 12,400 tonnes of cod and 9,800 tonnes of haddock at the harbour in 2021.",
        "The roughly 11,100 tonnes brought ashore in 2021 fetched record prices at the auction.",
        _FISH,
    ),
    "a named part": far(
        "Fishing boats landed 12,400 tonnes of cod at the harbour in 2021, most of it in the autumn.",
        "The 10,900 tonnes that Danish trawlers brought ashore in 2021 fetched record prices.",
        _FISH,
    ),
    "a correct restatement": far(
        "The county spent €4.2 million on school transport in 2023.",
        "The €4.2 million that the county paid bus firms for pupils' journeys in 2023 bought fewer routes.",
        _BUSES,
    ),
    "an earlier figure of another period only": far(
        "Volunteers at the record office catalogued 5,300 letters from the port's merchants in 2019.",
        "The 4,700 letters sorted at the record office in 2020 are now searchable online.",
        _LETTERS,
    ),
}

_BOATS = (
    "The charity's crews are volunteers, and its stations are paid for by local appeals. Lifeboat "
    "stations on the northern coast see the most launches."
)
_DIG = "The archaeologists dug on the island every summer. The island's heritage grant paid the archaeologists' wages."
_MUSIC = (
    "Member orchestras of the federation play in small towns. The federation's orchestras share "
    "players and music, and the federation sets their fees."
)

#: not found yet, by cause (the harness marks them strict xfail)
FAR_MISSED: dict[str, str] = {}

test_far_found, test_far_trap_silent = variant_tests("NU003", FAR, FAR_TRAPS, FAR_MISSED)

#: 2. a definite restatement with no period ("Of the service's 34 stations", "the £2.9
#: million grant"): it restates the one figure of its measure the article gives near its
#: value, when a word of what they are about is shared and nothing sets them apart
UNDATED = {
    "lifeboat stations, possessive": far(
        "The rescue charity runs 39 lifeboat stations along the northern coast.",
        "Of the charity's 34 stations, a third still launch from a slipway built before 1950.",
        _BOATS,
    ),
    "grant in another currency phrase": far(
        "Archaeologists on the island received a heritage grant of £2.6 million.",
        "The £3.2 million the archaeologists were given paid for two seasons of digging and a small museum.",
        _DIG,
    ),
    "member orchestras, all of": far(
        "The regional music federation brings together 58 member orchestras.",
        "All 64 orchestras in the federation will share one booking system from next spring.",
        _MUSIC,
    ),
}

UNDATED_TRAPS = {
    "two earlier values near it": far(
        "The rescue charity runs 39 lifeboat stations on the northern coast and 31 lifeboat stations on the islands.",
        "Of the charity's 34 stations, a third still launch from a slipway built before 1950.",
        _BOATS,
    ),
    "a correct restatement": far(
        "The rescue charity runs 39 lifeboat stations along the northern coast.",
        "Of the charity's 39 stations, a third still launch from a slipway built before 1950.",
        _BOATS,
    ),
    "a value far off": far(
        "The rescue charity runs 39 lifeboat stations along the northern coast.",
        "Of the charity's 120 stations, a third still launch from a slipway built before 1950.",
        _BOATS,
    ),
}

UNDATED_MISSED: dict[str, str] = {}

# Left out as traps: three shapes the rule already reports on main in a report this short
# (another path links them, not this one): the restatement after a figure of 2009, a named
# district's orchestras, and two amounts that share nothing but the currency.

test_undated_found, test_undated_trap_silent = variant_tests("NU003", UNDATED, UNDATED_TRAPS, UNDATED_MISSED)
