"""NM001 on one person's or place's name written two ways (issue 12, session 7): letters doubled
or undoubled, a silent h, 'gg' for 'k' in a long name, Mc / Mac, particles one letter apart,
after a title or with a possessive; and traps: two people with other given names or titles,
places with similar names, a name given with its other spelling. Our own sentences, in domains
outside the evaluation set."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = [
    "Dr Henrik Brattelid runs the ferry company on the fjord.\n\nThe timetable changed in May. Dr Brattellid said the boats were full.",
    "Judge Eileen McCartney presided over the appeal in March.\n\nThe hearing lasted two days. Judge MacCartney's ruling came a week later.",
    "Captain Sigrid Nordal commands the night ferry to the islands.\n\nThe route lost money in winter. Captain Nordahl wants a smaller boat.",
    "Ore is trucked from Tsoggolani to the coast on a gravel road.\n\nThe road was washed out in April. The mine near Tsokolani closed for a month.",
    "Marloes van der Linde conducts the city orchestra this season.\n\nTickets sold out quickly. In the words of Van den Linde, the hall is too small.",
    "The court heard Amélie de Rochefort, who represents the fishermen.\n\nThe fleet shrank by a third. Du Rochefort argued that the quota was unlawful.",
    "Councillor Tomasz Wierzbicki chairs the tourism committee.\n\nVisitor numbers rose by 12%. Councillor Wierzbiki's plan for a bed tax was rejected.",
    "Fiona MacKinnon runs the canal trust in the valley.\n\nThe locks need new gates. Fiona McKinnon says the work will take three years.",
    "Ingeborg Rasmussen manages the copper mine in the north.\n\nOutput fell in 2024. Ms. Rasmusen blames the price of power.",
    "The vaccine trial was led by Professor Dirk Hoekstra of the medical school.\n\nEnrolment finished early. Professor Hoeckstra expects results next year.",
    "Sir Ambrose Whitlocke founded the textile museum in 1952.\n\nThe collection grew slowly. Sir Ambrose Whitelocke left it his own looms.",
    "The satellite was built at Oberpfaffing near the river.\n\nA second plant opened in 2021. Engineers at Oberpfafing test the antennas.",
    "Mr Olumide Adebayo-Okafor directs the weaving cooperative.\n\nSales doubled last year. Mr Adebayo-Okkafor credits the new dyes.",
    "Karin von der Heide leads the satellite agency's launch team.\n\nThe launch slipped to June. Von den Heide blamed the weather.",
    # a second set, written after the first was built and run once, at the end
    "Dr Aurelio Brambilla heads the vaccine depot in the valley.\n\nDeliveries slowed in March. Dr Brambila expects a new freezer by June.",
    "Senator Moira MacPherson chairs the mining inquiry.\n\nThe inquiry sat for ten days. Senator McPherson's report is due in May.",
    "The orchestra is led by Henrike Osterhold.\n\nThe season has 40 concerts. Ms Osterholdt says the hall needs new seats.",
    "Cruise ships anchor off Skagafjordur in summer.\n\nThe harbour is small. Residents of Skagafjördhur want a cap on visitors.",
    "The satellite contract went to a team under Wouter de Kruif.\n\nThe launch is set for 2027. Du Kruif told reporters the budget was tight.",
    "Inspector Bogdan Wysocki led the ferry safety review.\n\nThe review found three faults. Inspector Wysoki's notes were published later.",
    # a person's surname said twice to be one (session 8): a last vowel, a letter before the ending, a title in another language, a short surname
    "Teodora Marchetti runs the vineyard cooperative near the lake.\n\nThe harvest came late this year. Mrs Marchetty expects a smaller vintage.",
    "The archive trust is chaired by Piers Ashcombe.\n\nIts reading room reopened in May. Mr Ashcombre wants longer opening hours.",
    "Mountain rescue in the valley is coordinated by Huw Lloyd.\n\nCallouts rose by a third. Mr Loyd asked for a second vehicle.",
    "Maestro Ilario Castellani conducts the opera house orchestra.\n\nThe season opens in October. Maestro Castelani's programme is short.",
    "Bürgermeisterin Heike Sommerfeldt opened the new tram line.\n\nRidership beat forecasts. Bürgermeisterin Sommerfeld wants a second line.",
    "The chess federation elected Keir Mahoney as president.\n\nEntries rose by a fifth. Mr Mahony plans a junior league.",
    "Otto Hesse curates the observatory's plate collection.\n\nThe plates date from 1890. Dr Hese hopes to scan them all by 2027.",
    # the held-back set (session 8), written before the build and run once, at the end
    "Oberst Kaspar Wendelin commands the mountain rescue unit.\n\nCallouts doubled in summer. Oberst Wendlin wants a second helicopter.",
    "The bakery chain was founded by Marguerite Fontaney.\n\nIt now has 40 shops. Ms Fontanei opened the newest one in Lyon.",
    "Ewan Mackie manages the lighthouse keepers' trust.\n\nTwo towers need new lamps. Mr Macky says the work will take a year.",
    "Signora Benedetta Orsolini directs the glass museum.\n\nVisitors fell in winter. Signora Orsolino blames the ferry timetable.",
    "The rugby union's academy is run by Siobhan Dunne.\n\nIt took 30 players this year. Ms Dune wants a second pitch.",
    "Professor Ottoline Ashbee leads the beekeeping study.\n\nHive losses fell to 12%. Professor Ashbree credits the mild winter.",
    "Kommandant Lieke Verhoeven leads the harbour fire brigade.\n\nThe brigade bought two boats. Kommandant Verhoven wants a third.",
]
TRAPS = [
    "Dr Anna Brattelid runs the ferry company.\n\nThe timetable changed in May. Dr Tomas Brattellid, her cousin, sails the second boat.",
    "Ewan MacLeod chairs the ferry company on the island.\n\nA rival line started in June. Catriona McLeod runs it from the harbour.",
    "Judge MacCartney presided over the appeal.\n\nThe hearing lasted two days. Fergus McCartney, a trawler owner, gave evidence.",
    "Pieter van der Meer conducts the orchestra.\n\nThe season opened in September. Sanne van den Meer plays the cello in it.",
    "Marit Nordal commands the night ferry to the islands.\n\nThe route lost money in winter. Hans Nordahl, a rival skipper, wants a smaller boat.",
    "The mine at Tsoggolani (also spelt Tsokolani) opened in 1998.\n\nIts ore goes to the coast by road.",
    "The report, 'The MacKinnon Review of Canals', was published in May.\n\nFiona McKinnon chairs the canal trust.",
    "Councillor Iain MacDonald chairs the tourism committee.\n\nVisitor numbers rose. Sheriff McDonald fined two boat owners last week.",
    "Ferries leave from Kirkby every hour.\n\nThe road to Kirby is closed in winter, so the boat is the only way in.",
    "Jean du Pont founded the dye works in 1910.\n\nThe works closed in 1980. Claire de Pont, no relation, runs the museum today.",
    "Exports to Austria rose by 8% last year.\n\nExports to Australia fell by 3%, the first fall in a decade.",
    "Professor Lena Halvorsen leads the textile institute.\n\nThe institute has 40 staff. Dr Jonas Halvorssen, a chemist, joined it in 2023.",
    # a second set, written after the first was built and run once, at the end
    "Dr Aurelio Brambilla heads the vaccine depot.\n\nDeliveries slowed in March. Dr Marta Brambila, who runs the lab, expects a new freezer.",
    "Senator Moira MacPherson chairs the mining inquiry.\n\nThe inquiry sat for ten days. Angus McPherson, a miner, gave evidence.",
    "The orchestra plays in Salzburg each summer.\n\nThe orchestra toured Salzberg, a village in the hills, in 2019.",
    "The treaty is called the Tratado de Lisboa (the Treaty of Lisbon) in Portuguese.\n\nThe Treaty of Lisbon came into force in 2009.",
    "Wouter de Kruif leads the satellite team.\n\nThe launch is set for 2027. Annick du Kruif, his rival, leads the other bid.",
    "Inspector Bogdan Wysocki led the ferry safety review.\n\nThe review found three faults. Constable Wysoki, no relation, took the statements.",
    # a product named after its maker, and a common word one letter longer (a menu label)
    "The sign-in service is called Vexa Persona and works in any browser.\n\nVexa Persona was closed in 2016.\n\nPersonal settings are kept on the phone.",
    # a person's surname said twice to be one (session 8): a last vowel, a letter before the ending, a title in another language, a short surname: places, other given names, other titles, one sentence
    "Teodora Marchetti runs the vineyard cooperative.\n\nThe harvest came late. Pietro Marchetty, her neighbour, grows olives.",
    "Huw Lloyd chairs the rescue team.\n\nThe Loyd Trust pays for the helicopter.",
    "Trains stop at Ashcombe on the way north.\n\nThe branch line ends at Ashcombre, a village by the sea.",
    "The tram reaches Molina in twenty minutes.\n\nThe depot is at Moline, a suburb to the east.",
    "Dr Keir Mahoney chairs the chess federation.\n\nEntries rose. Mr Mahony, a club treasurer, objected to the fees.",
    "Keir Mahoney and Ms Mahony both stood for the chess federation's board.",
    "Sinead Flynn leads the bakery chain.\n\nIts flour comes from Mr Flin, a miller in the hills.",
    "Maestro Ilario Castellani conducts the orchestra.\n\nThe season opens in October. Maestro Bruno Castelani conducts the choir.",
    # the held-back set (session 8), written before the build and run once, at the end
    "Oberst Kaspar Wendelin commands the rescue unit.\n\nCallouts doubled. Oberst Jakob Wendlin, his deputy, flies the helicopter.",
    "Marguerite Fontaney founded the bakery chain.\n\nIt has 40 shops. Bruno Fontanei, a rival baker, opened one next door.",
    "The bakery opened its first shop in Valence.\n\nA second shop opened in Valenca, over the border.",
    "Siobhan Dunne coaches the academy.\n\nHome games are played at the Dune ground by the beach.",
    "Signora Benedetta Orsolini directs the glass museum.\n\nVisitors fell in winter. Signor Orsolino, who runs the ferry, disagrees.",
    "Professor Ottoline Ashbee and Professor Ashbree disagree on what killed the hives.",
    "Kommandant Lieke Verhoeven leads the harbour fire brigade.\n\nThe brigade bought two boats from Kees Verhoven, a shipwright.",
]

MISSED = {29, 31}


test_defect_found, test_trap_silent = variant_tests("NM001", DEFECTS, TRAPS, MISSED)
