"""Variant sentences, in our own words, for member lists and counted lists that were read in
only some phrasings: counted things whose items carry a relative clause or run long after
a determiner; the list's own "and" before a determiner when its last item holds another
("… and the queue for printing and posting"); things counted "at N points"; members each
dated ("A in 2016, B in 2018 and C in 2020"); a counted noun followed by an adjective and
its object ("the four banks responsible for most closures, A, B, …,") or by "whose"; a
lower-case "og"/"och" inside a name. Traps: a count of things and the places they are in
("39 buoys in the Pacific, the Atlantic and …"), an item's participle aside ("listed as
endangered"), a measure in points, partial lists, reasons and lists of other years."""

from __future__ import annotations

from tests.rules._variants import apart, variant_tests

LS002_DEFECTS = {
    # counted things whose items each say which with a relative clause (serial comma)
    "relative clauses, kinds": (
        "The town's flood plan rests on three kinds of work: rain gardens that hold water near the kerb, "
        "storage ponds which fill in a storm, sunken car parks that flood on purpose, and wider drains."
    ),
    "relative clauses, who": (
        "The clinic relies on two groups of staff: nurses who run the morning lists, porters who move "
        "the patients, and volunteers who staff the desk."
    ),
    "relative clauses, last only": (
        "Her report names four causes: missing paperwork, slow courier firms and a scanner that broke in March."
    ),
    # long items, each opening with a determiner (names inside them)
    "long determiner items": (
        "The board named the two routes it would rebuild first: the line from Ashby Junction to Brill, "
        "the branch between Cole and the old Dunmore quarry, and the coastal loop through Elgol."
    ),
    "long determiner items, no serial comma": (
        "The fund backs four projects: the new footbridge over the River Avon at Kelby, the cycle path from "
        "Lamport to the station and the bus lane on Mill Road in Norton."
    ),
    "long determiner items, possessive": (
        "The review looked at four council schemes: its grant for shop fronts on the High Street, "
        "its loans to market traders in Ormsby and its rate relief for new firms."
    ),
    # the list's "and" before a determiner, another "and" inside the last item
    "and before the, inner and": (
        "Work piles up at three stages: checks on new claims, review of medical evidence, calls to "
        "employers and the queue for payment and appeal."
    ),
    "and before a, inner and": (
        "The survey covers two topics: screen time, trips by car, hours online and a record of sleep and exercise."
    ),
    "and before its, inner and": (
        "The charity has four sources of money: gifts from members, a lottery grant and its shop for books and clothes."
    ),
    # things counted "at N points"
    "at N points": "Parcels are held up at two points: customs checks, weighing, labelling and loading.",
    "at N points, stalling": "Bids are stalling at four points: legal review, board approval and the final audit.",
    "in N points": "The draft departs from the code in three points: notice periods, fees, appeals and costs.",
    # members each dated
    "dated members, colon": (
        "Three clubs left the league in those years: Ashby Town in 2019, Brill Rovers in 2021, "
        "Cole United in 2022 and Dunmore Athletic in 2023."
    ),
    "dated members, parenthesis": (
        "The four ports that built shore power (Bergen in 2019, Kiel in 2021 and Oslo in March 2022) "
        "report fewer complaints."
    ),
    "dated members, since": (
        "Two banks have left the town: Halden Mutual since 2018, Corran Savings since 2020 and Ely Credit since 2023."
    ),
    # a counted noun, an adjective and its object, then an apposition
    "responsible for": (
        "The three firms responsible for most of the delays, Arden Rail, Bexley Track, Corran Civil and "
        "Dalby Signals, blamed the weather."
    ),
    "most dependent on": ("The two councils most dependent on tourism, Ardle, Bracken and Corrie, asked for help."),
    "eligible for": ("The four schools eligible for the grant, Elmwood, Fairview and Glenholm, must apply by June."),
    # a counted noun and "whose"
    "whose, parenthesis": (
        "The fund paid the three towns whose mayors signed the pledge (Ashby, Brill, Cole and Dunmore)."
    ),
    "whose, colon": "Money went to the two firms whose bids were lowest: Arden Rail, Bexley Track and Corran Civil.",
    "whose, dash": (
        "The four clubs whose grounds flooded — Ashby Town, Brill Rovers and Cole United — will share the grant."
    ),
}

LS002_TRAPS = {
    # a count of things and the places they are in
    "things in places": "The agency runs 39 tide gauges in the Pacific, the Atlantic and the Caribbean.",
    "things across places": "The firm has 120 shops across the North, the Midlands and the South West.",
    "things at places": "Volunteers gave 40 talks at the Ashby library, the Brill hall and the Cole museum.",
    # an item's participle aside
    "listed as": (
        "The survey covers two species: the savanna elephant, listed as endangered, and the forest "
        "elephant, listed as critically endangered."
    ),
    "based in": ("The study followed two farms: Hill Farm, based in Fife, and Moss Farm, based in Angus."),
    "known as": (
        "The river has two arms: the northern channel, known as the Sound, and the southern one, known as the Gut."
    ),
    # points as a measure
    "rose points": "The index rose four points: food, fuel and rent led the rise.",
    "fell points": "Her lead fell three points: age, region and income explain the fall.",
    # partial lists
    "such as": "The plan funds three kinds of work, such as rain gardens, ponds, drains and swales.",
    "including": "The two firms, including Arden Rail, Bexley Track and Corran Civil, bid.",
    "among them": "Four clubs, among them Ashby Town, Brill Rovers, Cole United, Dunmore and Elgol, objected.",
    # reasons and steps that agree with their count, or are not a group
    "reasons agree": "The plan failed at three points: cost, delay and weak demand.",
    "dated members agree": "Three clubs left the league: Ashby Town in 2019, Brill Rovers in 2021 and Cole United in 2022.",
    "whose agrees": "The fund paid the three towns whose mayors signed the pledge (Ashby, Brill and Cole).",
    # a count of a different thing before the colon
    "other count": "Over two years the charity gave grants to clubs: Ashby Town, Brill Rovers and Cole United.",
    "one and, no determiner": ("The survey asks about three habits: meals eaten out, trips by car and walks and runs."),
}

test_ls002_defect_found, test_ls002_trap_silent = variant_tests("LS002", LS002_DEFECTS, LS002_TRAPS)


# LS001: a list restated with one member swapped, when one place dates its members, writes a
# name with a lower-case "og"/"och", or counts its members with an adjective and its object
LS001_DEFECTS = {
    "dated members then parenthesis": apart(
        "Three states adopted the cap by popular vote: Ohio in 2016, Utah in 2018 and Idaho in 2020.",
        "Voters in three states (Ohio, Idaho and Maine) approved the cap at the ballot box.",
    ),
    "dated members, since": apart(
        "Four banks have left the valley: Halden Mutual since 2018, Corran Savings since 2019, "
        "Ely Credit since 2021 and Fenby Trust since 2023.",
        "The four banks that left the valley (Halden Mutual, Corran Savings, Ely Credit and Garth Bank) "
        "kept their cash machines.",
    ),
    "og in a name": apart(
        "The service is owned by four regional bodies (Helse Nord, Helse Vest, Helse Midt-Norge and Helse Sør-Øst).",
        "The four owners (Helse Nord, Helse Vest, Helse Sør-Øst and Helse Møre og Romsdal) plan bases together.",
    ),
    "och in a name": apart(
        "Three counties run the scheme: Västra Götaland, Skåne and Stockholm.",
        "The three counties that run the scheme (Skåne, Stockholm and Jämtland och Härjedalen) share its costs.",
    ),
}
LS001_TRAPS = {
    "dated in other years": apart(
        "In 2019 three clubs left the league: Ashby Town, Brill Rovers and Cole United.",
        "In 2024 three clubs left the league: Ashby Town, Brill Rovers and Dunmore Athletic.",
    ),
    "counted twins, other verbs": apart(
        "Three towns had lost their bank by 2023: Ardle, Bracken and Corrie.",
        "Three towns had gained a post office by 2023: Ardle, Bracken and Dunmore.",
    ),
    "og names agree": apart(
        "The service is owned by four regional bodies (Helse Nord, Helse Vest, Helse Møre og Romsdal and Helse Sør-Øst).",
        "The four owners (Helse Nord, Helse Vest, Helse Sør-Øst and Helse Møre og Romsdal) plan bases together.",
    ),
    "partial restatement": apart(
        "Three states adopted the cap by popular vote: Ohio in 2016, Utah in 2018 and Idaho in 2020.",
        "Other states, including Maine in 2021 and Ohio, did so through their legislatures.",
    ),
}

test_ls001_defect_found, test_ls001_trap_silent = variant_tests("LS001", LS001_DEFECTS, LS001_TRAPS)
