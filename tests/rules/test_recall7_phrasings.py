"""Issue 12, session 7 (arithmetic, quotations, acronyms, citations): the capabilities the
blind drafts 42-53 showed missing, in our own sentences in other domains (fisheries,
canals, textiles, satellites, courts, orchestras, ferries, vaccines, mining, tourism) and
shapes (body text, a bullet under a lead-in, a key-facts label and colon, a note, a table,
brackets): a change said as a fraction or a multiple; a share said in words after its part
and whole; a change whose two values stand in brackets after their years; parts that do
not make their total after "Of those N", a colon, a dash or in bullets; a quotation given
again in part with words swapped for others that mean the same; an expansion that loses
its last word, which the document writes elsewhere; an "as of" / "by" date in the text
later than the source its note cites. Half "A" built the mechanisms, half "B" was held
back and run at the end. Each defect gives one finding of its rule, each trap none."""

from __future__ import annotations

import pytest

from tests.rules.test_cases import run_rule

# (capability, half, rule, draft)
DEFECTS = [
    (
        "change-in-words",
        "A",
        "AR002",
        "Sardine landings at Peniche fell from 42,000 tonnes in 2019 to 31,000 tonnes in 2023, a drop of almost half.\n",
    ),
    (
        "change-in-words",
        "A",
        "AR002",
        "The canal carried 1.2 million tonnes of freight in 2015 and 1.7 million tonnes in 2024, having nearly doubled.\n",
    ),
    ("change-in-words", "A", "AR002", "Ferry fares rose from €12 to €15 between 2021 and 2024, a third higher.\n"),
    (
        "change-in-words",
        "A",
        "AR002",
        "Copper output at the mine fell by a quarter, from 240,000 tonnes in 2022 to 210,000 tonnes in 2024.\n",
    ),
    (
        "change-in-words",
        "A",
        "AR002",
        "The new ground station handles 300 passes a month, about ten times the 80 the old one handled.\n",
    ),
    (
        "change-in-words",
        "A",
        "AR002",
        "Key facts:\n\n- Textile exports: $4.1 billion in 2018 and $2.9 billion in 2024, a fall of half\n",
    ),
    (
        "change-in-words",
        "B",
        "AR002",
        "The court's backlog stood at 9,000 cases in 2020; by 2024 it had tripled to 18,000.\n",
    ),
    (
        "change-in-words",
        "B",
        "AR002",
        "Cruise calls fell from 410 in 2019 to 300 in 2023, a fall of more than a third.[^1]\n\n[^1]: Port authority, annual report 2023.\n",
    ),
    (
        "change-in-words",
        "B",
        "AR002",
        "Textile mills in the valley went from 64 in 2000 to 40 in 2024, a drop of two thirds.\n",
    ),
    (
        "change-in-words",
        "B",
        "AR002",
        "The orchestra now plays to 54,000 people a season, about five times the 18,000 of 2015.\n",
    ),
    (
        "change-in-words",
        "B",
        "AR002",
        "Visitors to the island rose from 120,000 in 2019 to 310,000 in 2024, roughly quadrupling.\n",
    ),
    (
        "change-in-words",
        "B",
        "AR002",
        "Measles doses given in schools dropped from 88,000 in 2021 to 70,000 in 2023, a fall of nearly half.\n",
    ),
    (
        "share-in-words",
        "A",
        "AR001",
        "Night ferries, 14 of the 52 sailings a week, make up almost half of the timetable.\n",
    ),
    ("share-in-words", "A", "AR001", "Of the 1,150 fishing licences, 380 — almost half — went to inshore boats.\n"),
    ("share-in-words", "A", "AR001", "Women judges, 96 of the 410 on the bench, now account for over a third of it.\n"),
    (
        "share-in-words",
        "A",
        "AR001",
        "Cobalt mines, 31 of the 240 licensed sites, made up roughly a quarter of the total.\n",
    ),
    (
        "share-in-words",
        "A",
        "AR001",
        "Key figures:\n\n- Locks needing repair: 140 of the 1,560 on the network, about a fifth\n",
    ),
    (
        "share-in-words",
        "A",
        "AR001",
        "Booster doses given in pharmacies, 2.1 million of the 9.8 million given, were almost half of all doses.\n",
    ),
    (
        "share-in-words",
        "B",
        "AR001",
        "Exports to the EU, $3.2 billion of the $12.5 billion total, made up more than a third of the trade.\n",
    ),
    ("share-in-words", "B", "AR001", "Ferries built abroad, 11 of the 38 in service, form about half of the fleet.\n"),
    ("share-in-words", "B", "AR001", "Appeals upheld, 220 of the 1,900 heard, were around one in four.\n"),
    (
        "share-in-words",
        "B",
        "AR001",
        "The string section, 41 of the 98 players, is nearly two thirds of the orchestra.[^1]\n\n[^1]: Orchestra roster, 2024.\n",
    ),
    (
        "share-in-words",
        "B",
        "AR001",
        "Foreign visitors — 1.1 million of the 4.4 million who came in 2024 — were close to half of all arrivals.\n",
    ),
    (
        "values-after-years",
        "A",
        "AR002",
        "Spending on canal repairs rose by 45% between 2019 (€210 million) and 2024 (€260 million).\n",
    ),
    (
        "values-after-years",
        "A",
        "AR002",
        "Cruise arrivals fell 30 per cent between 2019 (1.4 million) and 2021 (0.6 million).\n",
    ),
    ("values-after-years", "A", "AR002", "Tuna landings grew 12% from 2020 (48,000 tonnes) to 2023 (61,000 tonnes).\n"),
    (
        "values-after-years",
        "A",
        "AR002",
        "Key facts:\n\n- Court fee income: up 18% between 2021 (£640m) and 2024 (£820m)\n",
    ),
    (
        "values-after-years",
        "A",
        "AR002",
        "The orchestra's grant was cut by 20% between 2018 (€4.0 million) and 2023 (€3.5 million).\n",
    ),
    (
        "values-after-years",
        "A",
        "AR002",
        "Between 2016 (3,100 workers) and 2024 (2,300 workers), textile employment fell by 15%.\n",
    ),
    (
        "values-after-years",
        "B",
        "AR002",
        "Satellite launches increased by 150 per cent, from 2020 (40 launches) to 2024 (80 launches).\n",
    ),
    (
        "values-after-years",
        "B",
        "AR002",
        "Ferry passengers grew by a quarter between 2022 (2.4 million) and 2024 (3.6 million).\n",
    ),
    (
        "values-after-years",
        "B",
        "AR002",
        "Measles vaccinations dropped 8 per cent between 2019 (412,000 doses) and 2023 (352,000).\n",
    ),
    ("values-after-years", "B", "AR002", "Hotel nights rose 22% from 2015 (8.1 million) to 2025 (12.6 million).\n"),
    (
        "values-after-years",
        "B",
        "AR002",
        "Dredging costs grew 9%.[^2]\n\n[^2]: They grew 9% between 2020 (£14.0m) and 2024 (£17.5m).\n",
    ),
    (
        "values-after-years",
        "B",
        "AR002",
        "Mining royalties rose by 40 per cent between 2019 ($1.2 billion) and 2024 ($1.9 billion), the treasury says.\n",
    ),
    (
        "parts-shapes",
        "A",
        "AR004",
        "Of those 240 cancelled sailings, 96 were called off for weather, 72 for crew shortages and 64 for repairs.\n",
    ),
    (
        "parts-shapes",
        "A",
        "AR004",
        "The 310 court closures since 2010: 140 magistrates' courts, 96 county courts and 62 tribunals.\n",
    ),
    (
        "parts-shapes",
        "A",
        "AR004",
        "Of the 1,450 mine inspections, 620 were in the north, 480 in the centre and 310 in the south.\n",
    ),
    (
        "parts-shapes",
        "A",
        "AR004",
        "The fleet's 86 vessels break into three groups.\n\n- 41 trawlers\n- 27 longliners\n- 12 seiners\n",
    ),
    (
        "parts-shapes",
        "A",
        "AR004",
        "Vaccination centres opened in 2024 numbered 420: 180 in pharmacies, 150 in clinics and 70 in schools.\n",
    ),
    (
        "parts-shapes",
        "A",
        "AR004",
        "The canal's 112 locks were inspected last year: 61 in England, 33 in Wales and 15 in Scotland.\n",
    ),
    (
        "parts-shapes",
        "B",
        "AR004",
        "Of these 96 satellites, 40 image the ground, 31 relay data and 19 measure the weather.\n",
    ),
    (
        "parts-shapes",
        "B",
        "AR004",
        "The orchestra's 2,300 concerts since 2000: 1,200 at home, 700 on tour in Europe and 360 further afield.\n",
    ),
    (
        "parts-shapes",
        "B",
        "AR004",
        "Textile jobs lost since 2015 came to 18,500 — 9,200 in spinning, 6,100 in weaving and 2,400 in dyeing.\n",
    ),
    (
        "parts-shapes",
        "B",
        "AR004",
        "Of the 5,600 hotel rooms on the island, 2,900 are on the coast, 1,800 in the capital and 700 in the hills.\n",
    ),
    (
        "parts-shapes",
        "B",
        "AR004",
        "The ferry company carried 3.2 million passengers last year.\n\n- 1.9 million on the island routes\n- 0.8 million on the coastal routes\n- 0.3 million on charters\n",
    ),
    (
        "parts-shapes",
        "B",
        "AR004",
        "Of the 410 vaccine batches recalled, 212 failed the cold-chain test, 118 the purity test and 60 the potency test.[^1]\n\n[^1]: Regulator, recall register.\n",
    ),
    (
        "quote-part-synonyms",
        "A",
        "QT001",
        'Ines Duarte, the harbour master, put it simply: "The ferries will keep sailing, but nobody can promise a timetable that may change every two weeks."\n\nIn Duarte\'s words, nobody can promise "a timetable that might change every fortnight".\n',
    ),
    (
        "quote-part-synonyms",
        "A",
        "QT001",
        'The chief inspector of mines put it this way: "We found shafts that had not been checked for ten years and ladders that would not hold a child."\n\nAs the inspector said, the team found "shafts that had not been inspected for a decade".\n',
    ),
    (
        "quote-part-synonyms",
        "A",
        "QT001",
        'Judge Amara Osei wrote: "The court cannot clear its backlog while half of its rooms stand empty for want of clerks."\n\nIn her words, the court cannot clear it "while half of its rooms sit empty for lack of clerks".\n',
    ),
    (
        "quote-part-synonyms",
        "A",
        "QT001",
        'The conductor, Lena Brandt, told us: "An orchestra that cannot tour will lose its best players to the ones that can, within three seasons."\n\nBrandt warned that a grounded orchestra "will lose its finest players to the ones that can, within three seasons".\n',
    ),
    (
        "quote-part-synonyms",
        "A",
        "QT001",
        'A ministry spokesman, asked about the rollout, replied: "The vaccine will reach every district by the end of the year, whatever the weather does to the roads."\n\nThe ministry promised the vaccine would reach "every district by the close of twelve months".\n',
    ),
    (
        "quote-part-synonyms",
        "A",
        "QT001",
        '"Our mills cannot compete with imports that arrive at half the price we pay for cotton alone," said Ruth Kamau of the textile association.\n\nKamau says the mills face "imports that come at half the price we pay for cotton alone".\n',
    ),
    (
        "quote-part-synonyms",
        "B",
        "QT001",
        'The fisheries minister, Tor Aas, said: "No quota will be raised until the scientists tell us the stock has recovered for two years in a row."\n\nAas has said no quota will rise "until the scientists tell us the stock has come back for two years running".\n',
    ),
    (
        "quote-part-synonyms",
        "B",
        "QT001",
        '"Every lock on this canal was built by hand and most of them have never been rebuilt since," said engineer Paul Hicks.\n\nHicks notes that "most of them have never been restored since".\n',
    ),
    (
        "quote-part-synonyms",
        "B",
        "QT001",
        'The mayor said: "Tourists are welcome, but the town cannot house twenty thousand visitors on a summer weekend without new rules."\n\nThe town, the mayor said, "cannot accommodate 20,000 visitors on a summer weekend without new rules".\n',
    ),
    (
        "quote-part-synonyms",
        "B",
        "QT001",
        'The ferry operator\'s chief, Marta Silva, said: "We lose money on every winter crossing and we will keep losing it until the state pays its share."\n\nSilva says the company "loses money on each winter crossing".\n',
    ),
    (
        "quote-part-synonyms",
        "B",
        "QT001",
        'The health officer said: "Parents want the jab for their children, but they will not queue for four hours in the rain to get it."\n\nParents, she said, will not "wait for four hours in the rain to get it".\n',
    ),
    (
        "expansion-lost-word",
        "A",
        "AC003",
        'The fund pays for it through the Coastal Community Renewal (CCRN) budget.[^1]\n\n[^1]: Treasury, "Coastal Community Renewal Network: allocations," 3 May 2024.\n',
    ),
    (
        "expansion-lost-word",
        "A",
        "AC003",
        "The Inland Waterways Restoration (IWRS) money ran out in June.\n\nThe Inland Waterways Restoration Scheme was set up in 2019.\n",
    ),
    (
        "expansion-lost-word",
        "A",
        "AC003",
        "## Textile Workers Pension Scheme\n\nMembers of the Textile Workers Pension (TWPS) lost a third of their savings.\n",
    ),
    (
        "expansion-lost-word",
        "A",
        "AC003",
        "Boats registered with the Small Vessel Inspection (SVIP) must carry a beacon.\n\n| Scheme | Boats |\n|---|---|\n| Small Vessel Inspection Programme | 4,200 |\n",
    ),
    (
        "expansion-lost-word",
        "A",
        "AC003",
        "Doses were ordered by the National Immunisation Advisory (NIAS).\n\nThe National Immunisation Advisory Service meets four times a year.\n",
    ),
    (
        "expansion-lost-word",
        "A",
        "AC003",
        "Under the Mining Licence Registration (MLRO), royalties doubled.\n\nThe Mining Licence Registration Office opened in 2021.\n",
    ),
    (
        "expansion-lost-word",
        "B",
        "AC003",
        'The Orbital Debris Mitigation (ODMG) guidance is voluntary.[^1]\n\n[^1]: "Orbital Debris Mitigation Guidelines, revision 2," 2023.\n',
    ),
    (
        "expansion-lost-word",
        "B",
        "AC003",
        "The Court Modernisation (CMS) cost £1.3 billion.\n\nThe Court Modernisation Strategy began in 2016.\n",
    ),
    (
        "expansion-lost-word",
        "B",
        "AC003",
        "## The Regional Tourism Development Partnership\n\nThe Regional Tourism Development (RTDP) pays for marketing.\n",
    ),
    (
        "expansion-lost-word",
        "B",
        "AC003",
        "Grants from the Ferry Service Improvement (FSIP) fell.\n\nThe Ferry Service Improvement Plan was cut in 2023.\n",
    ),
    (
        "expansion-lost-word",
        "B",
        "AC003",
        'The Orchestra Touring Support (OTSP) paid for six tours.[^2]\n\n[^2]: Arts council, "Orchestra Touring Support Programme 2024," 12 April 2024.\n',
    ),
    (
        "expansion-lost-word",
        "B",
        "AC003",
        "The Fisheries Data Collection (FDCT) sets the rules.\n\nThe Fisheries Data Collection Tool dates from 2008.\n",
    ),
    (
        "as-of-in-text",
        "A",
        "CT003",
        'By 31 March 2025, according to the agency\'s tracker, 41 ferries had been refitted.[^1]\n\n[^1]: Maritime Agency, "Refit tracker," 15 February 2025, https://example.org/tracker.\n',
    ),
    (
        "as-of-in-text",
        "A",
        "CT003",
        'As of June 2024, the registry listed 212 active mines.[^1]\n\n[^1]: Mining Registry, "Annual statistics 2023," 28 February 2024, https://example.org/stats.\n',
    ),
    (
        "as-of-in-text",
        "A",
        "CT003",
        'By the end of 2024, 3.1 million people had received the vaccine.[^2]\n\n[^2]: Health Ministry, "Vaccination dashboard," 30 September 2024.\n',
    ),
    (
        "as-of-in-text",
        "A",
        "CT003",
        'As at 1 May 2025 the court had 9,400 cases waiting.[^3]\n\n[^3]: Courts Service, "Backlog report," 2 April 2025.\n',
    ),
    (
        "as-of-in-text",
        "A",
        "CT003",
        '- By March 2025, 41 satellites were in orbit.[^1]\n\n[^1]: Space Office, "Launch log," 10 January 2025.\n',
    ),
    (
        "as-of-in-text",
        "A",
        "CT003",
        'According to the tourism board, by September 2024 arrivals had passed 2 million.[^4]\n\n[^4]: Tourism Board, "Arrivals," 1 August 2024.\n',
    ),
    (
        "as-of-in-text",
        "B",
        "CT003",
        'By 30 June 2025, the mills had laid off 18,500 workers, the association says.[^2]\n\n[^2]: Textile Association, "Jobs survey," 14 May 2025.\n',
    ),
    (
        "as-of-in-text",
        "B",
        "CT003",
        'Fish stocks: as of April 2025, 12 of 40 stocks were overfished.[^1]\n\n[^1]: Fisheries Council, "Stock status," 3 March 2025.\n',
    ),
    (
        "as-of-in-text",
        "B",
        "CT003",
        'As of 1 October 2024, 96 booster clinics were open, the ministry reported.[^5]\n\n[^5]: Ministry, "Clinic list," 12 September 2024.\n',
    ),
    (
        "parts-table",
        "A",
        "AR004",
        "Closures by region, 2016 to 2024 (180 in all):\n\n| Region | Closures |\n|---|---|\n| North | 72 |\n| Midlands | 54 |\n| South | 46 |\n",
    ),
    (
        "parts-table",
        "A",
        "AR004",
        "Ferry crossings by route in 2024.\n\n| Route | Crossings |\n|---|---|\n| Island | 1,900 |\n| Coast | 800 |\n| Charter | 310 |\n| Total | 3,200 |\n",
    ),
    ("share-in-words", "A", "AR001", "Inshore boats, 210 of the 900 licensed, make up 33% of the fleet.\n"),
    ("values-after-years", "A", "AR002", "Mining royalties (2019: $1.2 billion; 2024: $1.9 billion) rose 40%.\n"),
    (
        "as-of-in-text",
        "A",
        "CT003",
        'At the end of March 2025, 41 ferries had been refitted.[^1]\n\n[^1]: Maritime Agency, "Refit tracker," 15 February 2025, https://example.org/t.\n',
    ),
    (
        "change-in-words",
        "A",
        "AR002",
        "In 2024 the port handled 3.9 million tonnes, almost double the 2.9 million of 2019.\n",
    ),
    ("share-in-words", "A", "AR001", "Only 380 of the 1,150 routes, barely a fifth, were subsidised.\n"),
]

TRAPS = [
    (
        "change-in-words",
        "A",
        "AR002",
        "Sardine landings fell from 42,000 tonnes in 2019 to 23,000 tonnes in 2023, a drop of almost half.\n",
    ),
    (
        "change-in-words",
        "A",
        "AR002",
        "Freight nearly doubled, from 1.0 million tonnes in 2015 to 1.9 million tonnes in 2024.\n",
    ),
    ("change-in-words", "A", "AR002", "Ferry fares rose by a third, from €12 to €16, between 2021 and 2024.\n"),
    (
        "change-in-words",
        "A",
        "AR002",
        "Output rose from 200,000 to 240,000 tonnes between 2019 and 2022, then fell by a quarter in 2023 alone.\n",
    ),
    (
        "change-in-words",
        "A",
        "AR002",
        "The station handles 300 passes a month, about four times the 80 its predecessor handled.\n",
    ),
    (
        "change-in-words",
        "A",
        "AR002",
        "Copper output was 240,000 tonnes in 2024, about five times the level of 1990.\n",
    ),
    ("change-in-words", "B", "AR002", "The vaccination rate rose from 40% to 50%, up by a quarter.\n"),
    ("change-in-words", "B", "AR002", "Attendance grew from 18,000 to 54,000 a season, more than doubling.\n"),
    (
        "change-in-words",
        "B",
        "AR002",
        "Passenger numbers fell from 2.1 million to 1.4 million, and revenue dropped by half.\n",
    ),
    (
        "change-in-words",
        "B",
        "AR002",
        "The mine employs 1,200 people, about five times the 250 who work at the smelter.\n",
    ),
    (
        "change-in-words",
        "B",
        "AR002",
        "Landings halved between 2010 and 2015 and have since recovered from 20,000 to 38,000 tonnes.\n",
    ),
    ("change-in-words", "B", "AR002", "The backlog fell from 9,000 cases to 4,600, a drop of almost half.\n"),
    (
        "share-in-words",
        "A",
        "AR001",
        "Night ferries, 24 of the 52 sailings a week, make up almost half of the timetable.\n",
    ),
    (
        "share-in-words",
        "A",
        "AR001",
        "Trawlers, 120 of the 410 vessels in the fleet, landed almost half of the catch.\n",
    ),
    ("share-in-words", "A", "AR001", "Of the 1,150 licences, 380 — about a third — went to inshore boats.\n"),
    (
        "share-in-words",
        "A",
        "AR001",
        "Women judges, 96 of the 410 on the bench, heard more than half of the family cases.\n",
    ),
    ("share-in-words", "B", "AR001", "Brass players, 30 of the 92 musicians, are about a third of the orchestra.\n"),
    (
        "share-in-words",
        "B",
        "AR001",
        "Of the 64 satellites, 40 carried radar, and almost half of those were built in France.\n",
    ),
    ("share-in-words", "B", "AR001", "Cobalt mines, 31 of the 240 licensed sites, produced a quarter of the ore.\n"),
    (
        "share-in-words",
        "B",
        "AR001",
        "Of the 1,900 appeals heard, 220 were upheld; almost half of the rest were withdrawn.\n",
    ),
    ("values-after-years", "A", "AR002", "Spending rose by 24% between 2019 (€210 million) and 2024 (€260 million).\n"),
    ("values-after-years", "A", "AR002", "Landings grew 27% between 2020 (48,000 tonnes) and 2023 (61,000 tonnes).\n"),
    ("values-after-years", "A", "AR002", "The vaccination rate rose 16% between 2019 (62%) and 2023 (72%).\n"),
    (
        "values-after-years",
        "A",
        "AR002",
        "Royalties rose 40% between 2019 and 2024 (when they reached $1.9 billion).\n",
    ),
    (
        "values-after-years",
        "B",
        "AR002",
        "Textile employment fell by 26% between 2016 (3,100 workers) and 2024 (2,300 workers).\n",
    ),
    (
        "values-after-years",
        "B",
        "AR002",
        "The grant was cut by 5% in 2023 alone; it was €4.0 million in 2018 (the peak) and €3.5 million in 2023 (the low).\n",
    ),
    ("values-after-years", "B", "AR002", "The vaccination rate rose 10 points between 2019 (62%) and 2023 (72%).\n"),
    (
        "values-after-years",
        "B",
        "AR002",
        "Hotel nights rose 55% from 2015 (8.1 million) to 2025 (12.6 million), and prices by 12%.\n",
    ),
    (
        "parts-shapes",
        "A",
        "AR004",
        "Of those 240 cancelled sailings, 96 were called off for weather and 72 for crew shortages.\n",
    ),
    (
        "parts-shapes",
        "A",
        "AR004",
        "Of the 1,450 mine inspections, 620 were in the north, 480 in the centre and 350 in the south.\n",
    ),
    (
        "parts-shapes",
        "A",
        "AR004",
        "Of the 310 court closures, among them 140 magistrates' courts, 96 county courts and 62 tribunals, most were in cities.\n",
    ),
    (
        "parts-shapes",
        "A",
        "AR004",
        "Of the 420 vaccination centres, 180 are in pharmacies, 150 in clinics and 40 in schools; the others are mobile.\n",
    ),
    (
        "parts-shapes",
        "A",
        "AR004",
        "The fleet's 86 vessels include these.\n\n- 41 trawlers\n- 27 longliners\n- 12 seiners\n",
    ),
    (
        "parts-shapes",
        "A",
        "AR004",
        "Of the 1,450 inspections, 620 found faults, 480 found minor faults and 310 led to fines.\n",
    ),
    (
        "parts-shapes",
        "B",
        "AR004",
        "Of these 96 satellites, 40 image the ground, 31 relay data and 25 measure the weather.\n",
    ),
    ("parts-shapes", "B", "AR004", "Of the 5,600 hotel rooms, 2,900 are on the coast and 1,800 in the capital.\n"),
    (
        "parts-shapes",
        "B",
        "AR004",
        "Of the 2,300 concerts since 2000, 1,200 were at home, 700 on tour and 200 on radio, with some counted twice.\n",
    ),
    (
        "parts-shapes",
        "B",
        "AR004",
        "The ferry company carried 3.2 million passengers last year. Among them:\n\n- 1.9 million on the island routes\n- 0.8 million on the coastal routes\n",
    ),
    (
        "quote-part-synonyms",
        "A",
        "QT001",
        'Harbour master Ines Duarte said: "The ferries will keep sailing, but nobody can promise a timetable that may change every single week."\n\nDuarte repeated that nobody can promise "a timetable that may change every single week".\n',
    ),
    (
        "quote-part-synonyms",
        "A",
        "QT001",
        'The inspector said: "We found shafts that had not been checked for ten years and ladders that would not hold a child."\n\nThe union said: "We found ladders that had not been checked for years and ropes that would not hold a man."\n',
    ),
    (
        "quote-part-synonyms",
        "A",
        "QT001",
        'Judge Osei wrote: "The court cannot clear its backlog while half of its rooms stand empty for want of clerks."\n\nIn effect, she said, the court cannot clear it "while half its rooms sit idle", to paraphrase her.\n',
    ),
    (
        "quote-part-synonyms",
        "B",
        "QT001",
        'Brandt told us: "An orchestra that cannot tour will lose its best players to the ones that can, within three seasons."\n\nThe board replied: "An orchestra that cannot sell tickets will lose its funding to the ones that can, within two seasons."\n',
    ),
    (
        "quote-part-synonyms",
        "B",
        "QT001",
        'The minister said: "No quota will be raised until the scientists tell us the stock has recovered for two years in a row."\n\nHe added that "the scientists" would decide.\n',
    ),
    (
        "quote-part-synonyms",
        "B",
        "QT001",
        'Hicks said: "Every lock on this canal was built by hand and most of them have never been rebuilt since."\n\nHe said "most of them" were "never rebuilt".\n',
    ),
    ("expansion-lost-word", "A", "AC003", "Most nodes on the network run Core Lightning (CLN) or a fork of it.\n"),
    (
        "expansion-lost-word",
        "A",
        "AC003",
        "The Coastal Community Renewal Network (CCRN) pays for it.\n\nThe Coastal Community Renewal Network began in 2020.\n",
    ),
    (
        "expansion-lost-word",
        "A",
        "AC003",
        "The Inland Waterways Restoration (IWRS) budget ran out.\n\nThe Inland Waterways Restoration Fund was set up in 2019.\n",
    ),
    (
        "expansion-lost-word",
        "B",
        "AC003",
        "The Bluetooth Low Energy (BLE) radio saves power.\n\nBluetooth Low Energy Profiles are listed below.\n",
    ),
    (
        "expansion-lost-word",
        "B",
        "AC003",
        "The Court Modernisation (CMS) cost £1.3 billion.\n\nThe Court Modernisation Committee met in 2016.\n",
    ),
    ("expansion-lost-word", "B", "AC003", "The Textile Workers Pension (TWPS) paid out.\n"),
    (
        "as-of-in-text",
        "A",
        "CT003",
        'By 2030, according to the plan, 41 ferries will have been refitted.[^1]\n\n[^1]: Maritime Agency, "Refit plan," 15 February 2025.\n',
    ),
    (
        "as-of-in-text",
        "A",
        "CT003",
        'By June 2025 the registry expects to list 230 mines.[^1]\n\n[^1]: Mining Registry, "Outlook," 28 February 2025.\n',
    ),
    (
        "as-of-in-text",
        "A",
        "CT003",
        'As of January 2025, the registry listed 212 active mines.[^1]\n\n[^1]: Mining Registry, "Annual statistics," 28 February 2025.\n',
    ),
    (
        "as-of-in-text",
        "A",
        "CT003",
        'By the end of 2025, the ministry aims to have vaccinated 4 million people.[^2]\n\n[^2]: Health Ministry, "Plan," 30 September 2024.\n',
    ),
    (
        "as-of-in-text",
        "B",
        "CT003",
        'By March 2025 the court should have cleared 2,000 cases.[^3]\n\n[^3]: Courts Service, "Targets," 2 January 2025.\n',
    ),
    (
        "as-of-in-text",
        "B",
        "CT003",
        'The trust restored 61 locks by 2019, and says more will follow.[^1]\n\n[^1]: Canal Trust, "Update," 20 March 2025.\n',
    ),
    (
        "as-of-in-text",
        "B",
        "CT003",
        'By 30 June 2025, the mills must report their job losses.[^2]\n\n[^2]: Textile Association, "Guidance," 14 May 2025.\n',
    ),
    (
        "as-of-in-text",
        "B",
        "CT003",
        'As of April 2025, 12 stocks were overfished, a later count shows.[^1]\n\n[^1]: Fisheries Council, "Stock status," 3 May 2025.\n',
    ),
    (
        "parts-table",
        "A",
        "AR004",
        "Ferry crossings by route in 2024.\n\n| Route | Crossings |\n|---|---|\n| Island | 1,900 |\n| Coast | 800 |\n| Charter | 300 |\n| Total | 3,000 |\n",
    ),
    (
        "parts-table",
        "A",
        "AR004",
        "The five largest ports in 2024.\n\n| Port | Ships |\n|---|---|\n| A | 1,900 |\n| B | 800 |\n| C | 300 |\n| Total, all ports | 9,000 |\n",
    ),
    (
        "parts-table",
        "A",
        "AR004",
        "Landings by port, 2023 and 2024.\n\n| Port | 2023 | 2024 |\n|---|---|---|\n| A | 1,900 | 2,000 |\n| B | 800 | 700 |\n| C | 300 | 310 |\n",
    ),
    (
        "parts-table",
        "A",
        "AR004",
        "The mine employs 1,200 people.\n\n| Shaft | Depth (m) |\n|---|---|\n| A | 400 |\n| B | 450 |\n| C | 300 |\n",
    ),
    ("share-in-words", "A", "AR001", "Inshore boats, 210 of the 900 licensed, make up 23% of the fleet.\n"),
    ("share-in-words", "A", "AR001", "Inshore boats, 210 of the 900 licensed, land 45% of the catch.\n"),
    ("values-after-years", "A", "AR002", "Mining royalties (2019: $1.2 billion; 2024: $1.9 billion) rose 58%.\n"),
    (
        "as-of-in-text",
        "A",
        "CT003",
        'At the end of March 2025, 41 ferries will have been refitted.[^1]\n\n[^1]: Maritime Agency, "Refit plan," 15 February 2025, https://example.org/t.\n',
    ),
    (
        "change-in-words",
        "A",
        "AR002",
        "In 2024 the port handled 5.6 million tonnes, almost double the 2.9 million of 2019.\n",
    ),
    ("share-in-words", "A", "AR001", "Only 230 of the 1,150 routes, barely a fifth, were subsidised.\n"),
]


def _id(case: tuple[str, str, str, str]) -> str:
    cap, half, rule, draft = case
    return f"{rule}-{cap}-{half}-{draft.split(chr(10))[0][:40]}"


@pytest.mark.parametrize("case", DEFECTS, ids=_id)
def test_defect_found(case: tuple[str, str, str, str], tmp_path) -> None:
    _cap, _half, code, draft = case
    found = run_rule(code, draft, "markdown", tmp_path)
    assert len(found) == 1, [f.message for f in found]


@pytest.mark.parametrize("case", TRAPS, ids=_id)
def test_trap_silent(case: tuple[str, str, str, str], tmp_path) -> None:
    _cap, _half, code, draft = case
    found = run_rule(code, draft, "markdown", tmp_path)
    assert found == [], [f.message for f in found]


OTHER_FORMATS = [
    # (reader, rule, draft, findings)
    (
        "html",
        "AR004",
        "<html><body><p>The fleet's 86 vessels break into three groups:</p><ul><li>41 trawlers</li>"
        "<li>27 longliners</li><li>12 seiners</li></ul></body></html>",
        1,
    ),
    (
        "html",
        "AR004",
        "<html><body><p>Ferry crossings by route in 2024.</p><table><tr><th>Route</th><th>Crossings</th></tr>"
        "<tr><td>Island</td><td>1,900</td></tr><tr><td>Coast</td><td>800</td></tr><tr><td>Charter</td>"
        "<td>310</td></tr><tr><td>Total</td><td>3,200</td></tr></table></body></html>",
        1,
    ),
    (
        "html",
        "AR004",
        "<html><body><p>Landings by port.</p><table><tr><th>Port</th><th>2023</th><th>2024</th></tr>"
        "<tr><td>A</td><td>1,900</td><td>2,000</td></tr><tr><td>B</td><td>800</td><td>700</td></tr>"
        "<tr><td>Total</td><td>2,900</td><td>2,700</td></tr></table></body></html>",
        1,  # read column by column since session 13: 1,900 + 800 is not the 2023 total 2,900
    ),
    (
        "html",
        "AR004",
        "<html><body><p>Landings by port.</p><table><tr><th>Port</th><th>2023</th><th>2024</th></tr>"
        "<tr><td>A</td><td>1,900</td><td>2,000</td></tr><tr><td>B</td><td>800</td><td>700</td></tr>"
        "<tr><td>Total</td><td>2,700</td><td>2,700</td></tr></table></body></html>",
        0,
    ),
    (
        "text",
        "AR004",
        "The fleet's 86 vessels break into three groups:\n\n• 41 trawlers\n• 27 longliners\n• 12 seiners\n",
        1,
    ),
    (
        "html",
        "AR002",
        "<html><body><p>Sardine landings fell from 42,000 tonnes in 2019 to 31,000 tonnes in 2023, "
        "a drop of almost half.</p></body></html>",
        1,
    ),
    (
        "text",
        "AR001",
        "Subsidised services, 380 of the 1,150 routes in the\nregion, made up almost half of the network by 2024.\n",
        1,
    ),
]


@pytest.mark.parametrize(("reader", "code", "draft", "n"), OTHER_FORMATS)
def test_other_formats(reader: str, code: str, draft: str, n: int, tmp_path) -> None:
    found = run_rule(code, draft, reader, tmp_path)
    assert len(found) == n, [f.message for f in found]
