"""LS002 on a declared count in every shape (issue 12, session 7): collective nouns (pair, trio,
quartet), 'the Big Four', a count after the list ('…, the four locks still in use,', '…: these
two ports'), 'the four most crowded were …'; and traps: the right count, partial lists, 'two of
which'. Our own sentences, in domains outside the evaluation set."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = [
    "Ferry traffic is dominated by the trio of Northlink, Skerryway, Isleline and Bayferry, which carry most passengers.",
    "Marlow, Dunholme, Crickley, Ashby and Pendry, the four locks still in use, were rebuilt in the 1990s.",
    "The quartet of Hvar, Brac and Vis drew most visitors last summer.",
    "In the last quarter the three busiest ferry routes were Skerry, Holmfirth, Vatnsey and Braemore, each above capacity.",
    "The audit market is held by the Big Four (Deloitte, KPMG and EY), which audit every listed firm.",
    "The pair of rival operators, Orbitel, Skyreach and Kosmora, share one launch pad.",
    "Kitwe, Chingola, Mufulira, Luanshya and Solwezi, the four mining towns of the belt, want a new railway line.",
    "The court's five judges were Osei, Doyle, Lindqvist and Vasquez.",
    "Of the islands, the four most crowded were Hvar, Brac, Vis, Korcula and Mljet.",
    "Cotton comes from a trio of countries, namely Benin, Mali, Burkina Faso and Chad.",
    "Oban, Mallaig and Ullapool: these two ports take all the island freight.",
    "Three textile firms, Arkwright Mills, Pennine Weaving, Loomcraft and Brontex, closed in 2024.",
    # a second set, written after the first was built and run once, at the end
    "The ferry market is split between the duo of Nordlys, Havbris and Sjøstjerna.",
    "Kolwezi, Likasi, Kambove, Fungurume and Kipushi, the four towns left in the mining belt, share one smelter.",
    "The tribunal's three judges were Okafor, Lindahl, Moreau and Brennan.",
    "The quintet of Biomedra, Vaxtrel, Imunova and Serolab supplies all the vaccines.",
    "Zermatt, Saas-Fee and Wengen: these two resorts take most of the skiers.",
    "Of the ground stations, the three busiest were Svalbard, Troll, Inuvik and Punta Arenas.",
    # counted names and pointers in other punctuation
    "The Big Four, Deloitte, KPMG and EY, audit every listed firm.",
    "Half a dozen countries (Chile, Peru, Ghana, Kenya and Fiji) asked to join the fisheries pact.",
    "The Big Three: Maersk, MSC, CMA CGM and Cosco.",
    "Rotterdam, Antwerp, Hamburg and Bremen, these three ports, handle most of the trade.",
    # members named by what they are after a hyphenated count and a colon (session 8)
    "The harbour is run by a five-member board: the town council, the fishermen's association, the ferry company and the marina trust.",
    "Grants are decided by a four-member panel: the county, the arts council, the university, the chamber of commerce and the museum.",
    "The trail is managed by a six-strong partnership: the national park, the forestry agency, the two parish councils and the walking club.",
    # the held-back set (session 8), written before the build and run once, at the end
    "The festival answers to a seven-member committee: the city, the tourist board, the hotel association, the cathedral chapter, the student union and the police.",
    "Water quality is watched by a three-strong team: the utility, the environment agency, the anglers' club and the health board.",
    "The bridge was paid for by a four-party consortium: the region, the national rail company and the port authority.",
    # session 11: a counted subject, "are"/"were", then things in lower case
    "The three crops grown most widely on the plateau are barley, potatoes, quinoa and broad beans.",
    "The four hazards inspectors found were loose scaffolding, blocked exits and faulty wiring.",
    "The union has set out five demands for the talks: shorter shifts, a pay rise, paid breaks and safer depots.",
]
TRAPS = [
    "Ferry traffic is dominated by the trio of Northlink, Skerryway and Isleline, which carry most passengers.",
    "Two of the four locks, Marlow and Ashby, were rebuilt in the 1990s.",
    "The four yards, including Merrow and Ashgate, bid for the work.",
    "Marlow, Dunholme, Crickley and Ashby, the four locks still in use, were rebuilt in the 1990s.",
    "Hvar, Brac, Vis and Korcula, three of which have no airport, drew most visitors.",
    "The pair of rival operators, Orbitel and Skyreach, share one launch pad.",
    "The Big Four audit firms audited 40 of the 50 largest companies.",
    "Kitwe, Chingola, Mufulira and Luanshya, the first two of which are the largest, want a railway line.",
    "A dozen countries, among them Benin, Mali and Chad, grow the cotton.",
    "The quartet of Hvar, Brac, Vis and Korcula drew most visitors last summer.",
    "Oban, Mallaig, Ullapool and Uig, with the two smaller piers, take all the island freight.",
    "The court's four judges were Osei, Doyle, Lindqvist and Vasquez.",
    # a second set, written after the first was built and run once, at the end
    "The ferry market is split between the duo of Nordlys and Havbris.",
    "Kolwezi, Likasi, Kambove and Fungurume, two of which have smelters, share one railway.",
    "The tribunal's four judges were Okafor, Lindahl, Moreau and Brennan.",
    "The quartet of Biomedra, Vaxtrel, Imunova and Serolab supplies all the vaccines.",
    "Three of the ground stations, Svalbard, Troll and Inuvik, are in the Arctic.",
    "The Big Four audit firms, including Deloitte and KPMG, audit most listed mines.",
    # counted names and pointers that fit, or no list
    "The audits are run by the Big Four, Deloitte, KPMG, EY and PwC, which check every listed firm.",
    "In Paris, London, Berlin and Rome, hotel prices rose.",
    "Half a dozen countries, including Chile and Peru, asked to join the fisheries pact.",
    # members named by what they are after a hyphenated count and a colon (session 8): the right count, a plan's points, a partial list
    "The harbour is run by a four-member board: the town council, the fishermen's association, the ferry company and the marina trust.",
    "The plan has a three-point core: cut costs, raise fees and sell the old depot.",
    "Grants are decided by a five-member panel that includes the county, the arts council and the university.",
    # the held-back set (session 8), written before the build and run once, at the end
    "The festival answers to a six-member committee: the city, the tourist board, the hotel association, the cathedral chapter, the student union and the police.",
    "The bridge was paid for by a three-party consortium: the region, the national rail company and the port authority.",
    "Water quality is watched by a four-strong team, among them the utility and the environment agency.",
    "The three crops grown on the plateau are barley, potatoes and quinoa, though maize is spreading.",
    "The two proposals were costly, slow and unpopular with farmers.",
    "The three risks were higher prices, lower output and job losses.",
]

# 'the two parish councils': a count inside an item leaves the number of members open
MISSED = {24}


test_defect_found, test_trap_silent = variant_tests("LS002", DEFECTS, TRAPS, MISSED)
