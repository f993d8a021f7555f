"""AR004 on four shapes of a whole and its parts: a verb of composition in any tense or voice
("has been shared among", "will be split between", "comprise"), a part after its label and
"of" ("made up of wages of £2.6 million, …"); a total, a colon and parts in brackets after
their names ("£82,000 a year: rent (£40,000), …"); a whole opening its clause after a short
phrase of time or place ("In 2023, of the 640 crossings, …"); and a lead-in whose figure is
the whole a few were picked from ("the three busiest of its 14 stations:"), which is no
total. Traps: the same shapes adding up, a selection, a subset named in the lead-in. Our own
sentences, outside the evaluation set's subjects."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    "has been shared among": "This year's herring quota, 9,400 tonnes, has been shared among the "
    "north fleet (4,100 tonnes), the south fleet (3,900 tonnes) and a survey reserve of 600 tonnes.",
    "will be split between": "The €7.2 million bonus pool will be split between nurses (€3.6 million), "
    "porters (€1.9 million) and cleaners (€1.1 million).",
    "comprise": "The museum's 212 exhibits comprise 120 paintings, 64 sculptures and 21 tapestries.",
    "made up of label of figure": "The council set a repair fund of £6.8 million, made up of road "
    "works of £3.9 million, drainage of £1.7 million and lighting of £0.8 million.",
    "colon then named parts in brackets": "Running the ferry costs the island £540,000 a year: fuel "
    "(£260,000), crew (£190,000) and insurance (£50,000).",
    "colon, named parts, another unit": "The farm's herd numbers 1,150 head: dairy cows (610), "
    "heifers (330) and calves (170).",
    "opening phrase of time": "Over the summer, of the 1,900 rescue calls received, 1,210 were "
    "resolved by phone, 480 needed a boat and 140 needed a helicopter.",
    "opening phrase of place": "At the northern depot, of the 760 parcels sorted, 420 went by van, "
    "210 went by bike and 80 went by rail.",
}
TRAPS = {
    "has been shared among, adds up": "This year's herring quota, 9,400 tonnes, has been shared "
    "among the north fleet (4,100 tonnes), the south fleet (3,900 tonnes) and a survey reserve of "
    "1,400 tonnes.",
    "comprise, adds up": "The museum's 205 exhibits comprise 120 paintings, 64 sculptures and 21 tapestries.",
    "colon, named parts, adds up": "Running the ferry costs the island £540,000 a year: fuel "
    "(£260,000), crew (£190,000) and insurance (£90,000).",
    "colon, the largest items only": "Running the ferry costs the island £540,000 a year: fuel "
    "(£160,000) and crew (£90,000) are the largest items.",
    "opening phrase, the rest in its own clause": "Over the summer, of the 1,900 rescue calls "
    "received, 1,210 were resolved by phone and 480 needed a boat; the rest were false alarms.",
    "the busiest of its stations": "The brigade answered 6,300 calls. Of those, the three busiest "
    "of its 17 stations took:\n\n- Harbour: 1,420\n- Old Town: 1,110\n- Airport: 940",
    "five of the clubs": "The league has 40 clubs. Gates at five of the 40 clubs last season:\n\n"
    "- Rovers: 12,400\n- Albion: 9,800\n- United: 8,100",
    "top among its mills": "The mills turned out 61,000 tonnes. The top three among its 25 mills "
    "produced:\n\n- Weir Mill: 9,100 tonnes\n- Bank Mill: 7,700 tonnes\n- Low Mill: 6,900 tonnes",
}


test_defect_found, test_trap_silent = variant_tests("AR004", DEFECTS, TRAPS)


# shares said to make up one whole, each in brackets after its name, must make 100%
SHARE_DEFECTS = {
    "together make up, over": "The town's heat comes from three sources, which together make up its "
    "supply: biomass (44 per cent), gas (39 per cent) and heat pumps (24 per cent).",
    "between them account for, under": "The county's waste goes three ways that between them account "
    "for all of it: recycling (48%), burning (30%) and landfill (12%).",
    "together supplied, under": "Three funders together supplied the budget: the state (51%), the "
    "city (28%) and donors (13%).",
}
SHARE_TRAPS = {
    "together make up, adds up": "The town's heat comes from three sources, which together make up "
    "its supply: biomass (44 per cent), gas (39 per cent) and heat pumps (17 per cent).",
    "rounded shares": "Three funders together supplied the budget: the state (34%), the city (33%) and donors (34%).",
    "a selection": "The town's heat comes from several sources, among them: biomass (44 per cent) and gas (39 per cent).",
}
test_share_defect_found, test_share_trap_silent = variant_tests("AR004", SHARE_DEFECTS, SHARE_TRAPS)
