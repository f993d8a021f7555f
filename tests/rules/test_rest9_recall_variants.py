"""Recall variants of session 9 (issue 12), in our own sentences and domains outside the
evaluation set, one block per capability; each block's second half (marked "held back") was
written before the capability was built and run once, at the end.

* QT001: a speaker introduced with the body they belong to ("Professor X Y of the University
  of Z, who ..., put it:") is the person, not the body;
* QT001: a part of a quotation requoted with its last or first words changed;
* NM001: a person of the text written one letter off as a cited source's author;
* LS002: a list of things counted by an apposition after it, and a counted list opened by
  a place's preposition;
* AR001: "; of these, PART, or SHARE" against the whole before it.
"""

from __future__ import annotations

from tests.rules._variants import variant_tests


QT_AFFILIATION_DEFECTS = {
    "of the museum, who": "Dr Ingrid Solberg of the Maritime Museum of Bergen, who catalogued the "
    'wreck, said: "We found the hull far better kept than any record had led us '
    'to expect."\n'
    "\n"
    'Later, Dr Solberg said: "We found the hull far better preserved than any '
    'record had led us to expect."',
    "at the university, put it": "Professor Kwame Mensah at the University of Cape Coast, who has "
    'studied the lagoon for twenty years, put it simply: "The fishermen '
    'noticed the change long before our instruments did."\n'
    "\n"
    'As Professor Mensah told a radio station, "The fishermen saw the '
    'change long before our instruments did."',
    "from the federation, warned": "Mr Tobias Lindgren from the Nordic Chess Federation warned that "
    '"a tournament without sponsors is a tournament that will not be '
    'played next year."\n'
    "\n"
    'Mr Lindgren later repeated that "a tournament without sponsors is '
    'a tournament that cannot be played next year."',
    "of the archive, told": "Ms Aoife Brennan of the National Archive of Ireland, who runs the "
    'digitisation unit, told us: "Every box we scan is a box nobody has to '
    'open again by hand."\n'
    "\n"
    'Ms Brennan added that "every box we scan is a box nobody must open again '
    'by hand."',
    "of the guild, argued": 'Master potter Elin Haugen of the Ceramic Guild of Oslo argued that "a '
    "kiln fired twice a week pays for itself within three winters of steady "
    'work."\n'
    "\n"
    'Haugen repeated: "a kiln fired twice a week pays for itself within four '
    'winters of steady work."',
    "of the observatory, said": "Dr Rafael Ibarra of the Observatory of Tenerife, who leads the solar "
    'team, said: "The cloud layer protects the telescopes better than any '
    'dome we could afford."\n'
    "\n"
    'Dr Ibarra insists that "the cloud layer protects the telescopes '
    'better than any roof we could afford."',
    "held back: of the society, who, noted": "Dr Hamid Karimi of the Royal Beekeeping Society, who "
    'ran the winter survey, noted that "colonies kept on '
    "heather lost fewer bees than colonies kept near "
    'orchards."\n'
    "\n"
    'Dr Karimi repeated that "colonies kept on heather lost '
    'fewer bees than those kept near orchards."',
    "held back: at the lighthouse board, said": "Captain Mairi Sinclair at the Northern Lighthouse "
    'Board said: "An automated light still needs a keeper '
    'who knows the rocks by name."\n'
    "\n"
    'Captain Sinclair said again: "An automatic light '
    'still needs a keeper who knows the rocks by name."',
    "held back: of the institute for, told": "Professor Lena Brandt of the Institute for Glacier "
    "Research, who led the 2019 expedition, told reporters: "
    '"The ice we measured this summer was younger than the '
    'ice we measured as students."\n'
    "\n"
    'Brandt said later: "The ice we measured this summer was '
    'thinner than the ice we measured as students."',
    "held back: from the union, explained": "Ms Carmen Rojas from the Dockworkers Union of Valparaíso "
    'explained: "Every crane we lose to automation is a '
    'family that leaves the port."\n'
    "\n"
    'As Ms Rojas explained, "every crane we lose to '
    'automation is a family that leaves the harbour."',
    "held back: of the orchestra school, said": "Mr Dmitri Volkov of the Conservatory of Riga, who "
    'teaches the brass class, said: "A student who '
    "practises in the cold learns to breathe twice as "
    'carefully."\n'
    "\n"
    'Mr Volkov said that "a student who practises in the '
    'cold learns to breathe three times as carefully."',
    "held back: of the trust, wrote": "Dr Priya Raman of the Mangrove Trust of Kerala, who mapped the "
    'estuary, wrote: "The mangroves returned wherever the shrimp '
    'ponds were abandoned for five years."\n'
    "\n"
    'Dr Raman wrote again that "the mangroves came back wherever '
    'the shrimp ponds were abandoned for five years."',
}
QT_AFFILIATION_TRAPS = {
    "same words again": "Dr Ingrid Solberg of the Maritime Museum of Bergen, who catalogued the "
    'wreck, said: "We found the hull far better kept than any record had led us '
    'to expect."\n'
    "\n"
    'Later, Dr Solberg said: "We found the hull far better kept than any record '
    'had led us to expect."',
    "two speakers": "Professor Kwame Mensah at the University of Cape Coast, who has studied the "
    'lagoon for twenty years, put it simply: "The fishermen noticed the change long '
    'before our instruments did."\n'
    "\n"
    'As Dr Ama Owusu told a radio station, "The fishermen saw the change long before '
    'our instruments did."',
    "an excerpt": 'Mr Tobias Lindgren from the Nordic Chess Federation warned that "a tournament '
    'without sponsors is a tournament that will not be played next year."\n'
    "\n"
    'Mr Lindgren later repeated that a tournament without sponsors "will not be played '
    'next year."',
    "body speaks, person of it named": "The National Archive of Ireland, which employs Ms Aoife "
    'Brennan, stated: "Every box we scan is a box nobody has to '
    'open again by hand."\n'
    "\n"
    'Ms Brennan said that "every box we scan is a box that no one '
    'must ever open by hand again, we hope."',
    "different sentences": 'Master potter Elin Haugen of the Ceramic Guild of Oslo argued that "a '
    "kiln fired twice a week pays for itself within three winters of steady "
    'work."\n'
    "\n"
    'Haugen also said: "a glaze mixed by hand costs twice as much as one '
    'bought from the trade."',
    "two people of one body": "Dr Rafael Ibarra of the Observatory of Tenerife, who leads the solar "
    'team, said: "The cloud layer protects the telescopes better than any '
    'dome we could afford."\n'
    "\n"
    'Dr Lucia Ferrer of the Observatory of Tenerife said: "The cloud layer '
    'protects our telescopes better than any roof we could afford."',
    "held back: same words": "Dr Hamid Karimi of the Royal Beekeeping Society, who ran the winter "
    'survey, noted that "colonies kept on heather lost fewer bees than '
    'colonies kept near orchards."\n'
    "\n"
    'Dr Karimi repeated that "colonies kept on heather lost fewer bees than '
    'colonies kept near orchards."',
    "held back: another captain": 'Captain Mairi Sinclair at the Northern Lighthouse Board said: "An '
    "automated light still needs a keeper who knows the rocks by "
    'name."\n'
    "\n"
    'Captain Ewan Reid said: "An automatic light still needs a keeper '
    'who knows the reef by name."',
    "held back: an excerpt with ellipsis": "Professor Lena Brandt of the Institute for Glacier "
    "Research, who led the 2019 expedition, told reporters: "
    '"The ice we measured this summer was younger than the ice '
    'we measured as students."\n'
    "\n"
    'Brandt said the ice "was younger than the ice we measured '
    '... as students."',
    "held back: another sentence": "Ms Carmen Rojas from the Dockworkers Union of Valparaíso "
    'explained: "Every crane we lose to automation is a family that '
    'leaves the port."\n'
    "\n"
    'Ms Rojas also said: "The night shift has not had a pay rise since '
    'the port was sold."',
    "held back: another teacher, same body": "Mr Dmitri Volkov of the Conservatory of Riga, who "
    'teaches the brass class, said: "A student who practises '
    'in the cold learns to breathe twice as carefully."\n'
    "\n"
    'Ms Anna Ozola of the Conservatory of Riga said: "A '
    "student who practises in the cold learns to breathe "
    'three times as carefully."',
    "held back: a title quoted": "Dr Priya Raman of the Mangrove Trust of Kerala, who mapped the "
    'estuary, wrote a report called "The mangroves returned wherever the '
    'shrimp ponds were abandoned."\n'
    "\n"
    'The report "The mangroves came back wherever the shrimp ponds were '
    'abandoned" was widely read.',
}
QT_AFFILIATION_MISSED: set[str] = set()
test_qt_affiliation_defect_found, test_qt_affiliation_trap_silent = variant_tests(
    "QT001", QT_AFFILIATION_DEFECTS, QT_AFFILIATION_TRAPS, QT_AFFILIATION_MISSED
)


QT_END_DEFECTS = {
    "tail reworded": 'The harbourmaster, Nils Aasen, said: "Every storm we do not prepare for costs '
    "the town a week of catches at sea, so the boats stay in the water for "
    'repairs."\n'
    "\n"
    'Mr Aasen has warned that a storm "costs the town a week of catches on the '
    'water".',
    "tail one word": 'Dr Yusuf Demir said: "The old cistern can hold enough rain for the whole '
    'village through the dry months, when the hot wind blows."\n'
    "\n"
    'Dr Demir said the cistern "can hold enough rain for the whole village through '
    'the hot months".',
    "head reworded": 'Ms Greta Holm told the council: "If the ferry stops, the island loses its '
    'doctor, its school and its shop within a decade."\n'
    "\n"
    'Ms Holm warned that "when the ferry stops, the island loses its doctor, its '
    'school and its shop".',
    "tail reworded, split by narration": 'The beekeeper Ana Petrova said: "A hive moved in winter is '
    'a hive you will lose before the flowers open in April."\n'
    "\n"
    'She said that moving it was risky, since "a hive moved in '
    'winter is a hive you will lose by March".',
    "tail reworded in bullet": 'Professor Omar Haddad said: "A dam that nobody inspects will fail on '
    'the day it is needed most, and that day will come."\n'
    "\n"
    '- Haddad: "A dam that nobody inspects will fail on the day it matters '
    'most."',
    "tail reworded, block after": 'The conductor, Lea Sommer, said: "An orchestra that does not tour '
    "stops learning from other halls, and other cities stop learning "
    'from it."\n'
    "\n"
    'As Sommer put it, an orchestra "that does not tour stops learning '
    'from its rivals".',
    "held back: tail reworded 2": 'The ranger, Tomas Kral, said: "Every tree we lose to the beetle is '
    "a tree that took a century to grow on these slopes of the "
    'mountain."\n'
    "\n"
    'Kral said each loss is "a tree that took a century to grow on this '
    'mountain".',
    "held back: tail one word 2": 'Ms Hana Sato said: "The night trains carry more students than any '
    'airline has ever carried across the strait, by sea or by air."\n'
    "\n"
    'Ms Sato said the trains "carry more students than any airline has '
    'ever carried across the sea".',
    "held back: head reworded 2": 'Mr Kofi Boateng said: "Unless the market reopens, the weavers will '
    'sell their looms before the rainy season ends."\n'
    "\n"
    'Mr Boateng said that "if the market stays shut, the weavers will '
    'sell their looms before the rainy season".',
    "held back: tail reworded 3": 'The archivist Maren Vik said: "A letter that is not scanned this '
    'decade may not be readable by the next one at all."\n'
    "\n"
    'Vik said that such a letter "may not be readable by our '
    'grandchildren".',
    "held back: tail reworded in note": 'The curator Ilse Maurer said: "A painting that leaves the '
    "museum for a year comes back a different painting in the "
    'eyes of its visitors."\n'
    "\n"
    'Maurer has said a loaned painting "comes back a different '
    'painting to its visitors".',
    "held back: tail reworded 4": 'Dr Sione Fifita said: "Every reef we protect today is a reef that '
    'will feed the next generation of fishing families."\n'
    "\n"
    'Dr Fifita argued that a protected reef "will feed the next '
    'generation of island families".',
}
QT_END_TRAPS = {
    "an exact part": 'The harbourmaster, Nils Aasen, said: "Every storm we do not prepare for costs '
    "the town a week of catches at sea, so the boats stay in the water for "
    'repairs."\n'
    "\n"
    'Mr Aasen has warned that a storm "costs the town a week of catches at sea".',
    "part then own words outside": 'Dr Yusuf Demir said: "The old cistern can hold enough rain for '
    "the whole village through the dry months, when the hot wind "
    'blows."\n'
    "\n"
    'Dr Demir said the cistern "can hold enough rain for the whole '
    'village" in most years.',
    "another speaker": 'Ms Greta Holm told the council: "If the ferry stops, the island loses its '
    'doctor, its school and its shop within a decade."\n'
    "\n"
    'Mr Ivar Lund warned that "when the ferry stops, the island loses its doctor, '
    'its school and its shop".',
    "short shared run": 'The beekeeper Ana Petrova said: "A hive moved in winter is a hive you will '
    'lose before the flowers open in April."\n'
    "\n"
    'She also said: "a hive moved in June does well."',
    "ellipsis marks the cut": 'Professor Omar Haddad said: "A dam that nobody inspects will fail on '
    'the day it is needed most, and that day will come."\n'
    "\n"
    '- Haddad: "A dam that nobody inspects will fail ... and that day will '
    'come."',
    "held back: exact part 2": 'The ranger, Tomas Kral, said: "Every tree we lose to the beetle is a '
    'tree that took a century to grow on these slopes of the mountain."\n'
    "\n"
    'Kral said each loss is "a tree that took a century to grow on these '
    'slopes".',
    "held back: own words after": 'Ms Hana Sato said: "The night trains carry more students than any '
    'airline has ever carried across the strait, by sea or by air."\n'
    "\n"
    'Ms Sato said the trains "carry more students than any airline" '
    "during the holidays.",
    "held back: other speaker 2": 'Mr Kofi Boateng said: "Unless the market reopens, the weavers will '
    'sell their looms before the rainy season ends."\n'
    "\n"
    'Ms Efua Mensah said that "if the market stays shut, the weavers '
    'will sell their looms before the rainy season".',
    "held back: different sentence": 'The archivist Maren Vik said: "A letter that is not scanned '
    'this decade may not be readable by the next one at all."\n'
    "\n"
    'Vik also said: "A map that is not scanned this year will be '
    'lent out anyway."',
    "held back: ellipsis 2": 'The curator Ilse Maurer said: "A painting that leaves the museum for a '
    'year comes back a different painting in the eyes of its visitors."\n'
    "\n"
    'Maurer said a painting "comes back a different painting ... of its '
    'visitors".',
    "held back: same words whole": 'Dr Sione Fifita said: "Every reef we protect today is a reef that '
    'will feed the next generation of fishing families."\n'
    "\n"
    'Dr Fifita repeated: "Every reef we protect today is a reef that '
    'will feed the next generation of fishing families."',
}
QT_END_MISSED: set[str] = set()  # "head reworded 2" found since the QT001 alignment
test_qt_end_defect_found, test_qt_end_trap_silent = variant_tests("QT001", QT_END_DEFECTS, QT_END_TRAPS, QT_END_MISSED)


NM_AUTHOR_DEFECTS = {
    "surname vowel, Surname, Given": "The survey was led by Henrike Baumgartner of the Alpine "
    "Institute.[^1]\n"
    "\n"
    '[^1]: Baumgartener, Henrike, "Glacier lakes in the eastern '
    'Alps," Alpine Institute, 3 May 2023, '
    "https://alpine.example.org/lakes.",
    "surname letter dropped, Given Surname": "Oluwaseun Adebayo, who chairs the cooperative, counted "
    "the hives.[^1]\n"
    "\n"
    '[^1]: Oluwaseun Adebay, "Hive counts in Oyo State," '
    "Beekeepers Cooperative, 12 June 2024, "
    "https://bees.example.ng/counts.",
    "given name slip, surname same": "Magdalena Kowalczyk mapped the old mills.[^1]\n"
    "\n"
    '[^1]: Kowalczyk, Magdalene, "Water mills of the Vistula," '
    "Heritage Board, 2022, https://heritage.example.pl/mills.",
    "swapped letters in surname": "The archive was catalogued by Sebastian Thorvaldsen.[^1]\n"
    "\n"
    '[^1]: Sebastian Thorvaldesn, "The harbour ledgers 1850-1900," City '
    "Archive, 9 April 2021, https://archive.example.dk/ledgers.",
    "accented given, vowel changed": "Lead author: Inés Villanueva\n"
    "\n"
    "The orchards recovered after the frost.[^1]\n"
    "\n"
    '[^1]: Villanuava, Inés, "Frost damage in Andean orchards," '
    "Fruit Growers Journal, 2024, https://fruit.example.cl/frost.",
    "doubled letter undoubled": "According to Rosalind Pennington, the theatre lost half its "
    "audience.[^1]\n"
    "\n"
    '[^1]: Rosalind Penington, "Provincial theatres after the pandemic," '
    "Stage Review, 14 March 2023, https://stage.example.co.uk/provincial.",
    "held back: surname vowel 2": "The count was made by Ragnhild Eriksdottir.[^1]\n"
    "\n"
    '[^1]: Eriksdattir, Ragnhild, "Seabird colonies of the Westfjords," '
    "Ornithology Society, 2023, https://birds.example.is/colonies.",
    "held back: letter dropped 2": "As Wanjiku Njoroge found, most tea pickers are women.[^1]\n"
    "\n"
    '[^1]: Wanjiku Njorge, "Who picks the tea," Labour Review, 2 '
    "February 2022, https://labour.example.ke/tea.",
    "held back: given slip 2": "Bartholomew Achterberg restored the organ.[^1]\n"
    "\n"
    '[^1]: Achterberg, Bartolomew, "Restoring the Haarlem organ," Organ '
    "Journal, 2020, https://organ.example.nl/haarlem.",
    "held back: swap 2": "The maps were drawn by Cornelius Vandermeer.[^1]\n"
    "\n"
    '[^1]: Cornelius Vandermere, "Polder maps," Land Survey, 2019, '
    "https://land.example.nl/polders.",
    "held back: letter added 2": "Leopoldine Hartmann counted the nests.[^1]\n"
    "\n"
    '[^1]: Hartmannn, Leopoldine, "Storks of the Danube," Bird Trust, '
    "2024, https://storks.example.at/nests.",
    "held back: vowel in a byline": "By Ignacio Etxeberria\n"
    "\n"
    "The fleet shrank by a third.[^1]\n"
    "\n"
    '[^1]: Etxeberrio, Ignacio, "The Basque tuna fleet," Fisheries '
    "Review, 2023, https://fish.example.es/tuna.",
}
NM_AUTHOR_TRAPS = {
    "same spelling": "The survey was led by Henrike Baumgartner of the Alpine Institute.[^1]\n"
    "\n"
    '[^1]: Baumgartner, Henrike, "Glacier lakes in the eastern Alps," Alpine '
    "Institute, 3 May 2023, https://alpine.example.org/lakes.",
    "other given name": "Oluwaseun Adebayo, who chairs the cooperative, counted the hives.[^1]\n"
    "\n"
    '[^1]: Adebayi, Tunde, "Hive counts in Oyo State," Beekeepers Cooperative, 12 '
    "June 2024, https://bees.example.ng/counts.",
    "surname differs at first letter": "Magdalena Kowalczyk mapped the old mills.[^1]\n"
    "\n"
    '[^1]: Magdalena Nowalczyk, "Water mills of the Vistula," '
    "Heritage Board, 2022, https://heritage.example.pl/mills.",
    "a body as author": "The archive was catalogued by Sebastian Thorvaldsen.[^1]\n"
    "\n"
    '[^1]: Thorvaldsen Foundation, "The harbour ledgers 1850-1900," 9 April 2021, '
    "https://archive.example.dk/ledgers.",
    "initial only": "Lead author: Inés Villanueva\n"
    "\n"
    "The orchards recovered after the frost.[^1]\n"
    "\n"
    '[^1]: Villanueva, I., "Frost damage in Andean orchards," Fruit Growers Journal, '
    "2024, https://fruit.example.cl/frost.",
    "two people named in the text": "Rosalind Pennington and Rosalind Penington both wrote on the "
    "theatre.[^1]\n"
    "\n"
    '[^1]: Rosalind Penington, "Provincial theatres after the '
    'pandemic," Stage Review, 14 March 2023, '
    "https://stage.example.co.uk/provincial.",
    "held back: same 2": "The count was made by Ragnhild Eriksdottir.[^1]\n"
    "\n"
    '[^1]: Eriksdottir, Ragnhild, "Seabird colonies of the Westfjords," '
    "Ornithology Society, 2023, https://birds.example.is/colonies.",
    "held back: other given 2": "As Wanjiku Njoroge found, most tea pickers are women.[^1]\n"
    "\n"
    '[^1]: Kamau Njorge, "Who picks the tea," Labour Review, 2 February '
    "2022, https://labour.example.ke/tea.",
    "held back: first letter 2": "Bartholomew Achterberg restored the organ.[^1]\n"
    "\n"
    '[^1]: Bartholomew Uchterberg, "Restoring the Haarlem organ," Organ '
    "Journal, 2020, https://organ.example.nl/haarlem.",
    "held back: body 2": "The maps were drawn by Cornelius Vandermeer.[^1]\n"
    "\n"
    '[^1]: Vandermeer Institute, "Polder maps," Land Survey, 2019, '
    "https://land.example.nl/polders.",
    "held back: plural surname": "Leopoldine Hartmann counted the nests.[^1]\n"
    "\n"
    '[^1]: Hartmanns, Leopoldine, "Storks of the Danube," Bird Trust, '
    "2024, https://storks.example.at/nests.",
    "held back: title words": "By Ignacio Etxeberria\n"
    "\n"
    "The fleet shrank by a third.[^1]\n"
    "\n"
    '[^1]: Ignacio Etxeberria, "Etxeberrio and the Basque tuna fleet," '
    "Fisheries Review, 2023, https://fish.example.es/tuna.",
}
NM_AUTHOR_MISSED: set[str] = set()
test_nm_author_defect_found, test_nm_author_trap_silent = variant_tests(
    "NM001", NM_AUTHOR_DEFECTS, NM_AUTHOR_TRAPS, NM_AUTHOR_MISSED
)


LS_THINGS_DEFECTS = {
    "things, count after": "Wool, linen, silk, hemp and jute, the four fibres covered by the scheme, "
    "are tested at the port.",
    "things, count after, listed in": "Copper, zinc, lead and tin, the three metals listed in the "
    "annex, pay the higher duty.",
    "things, count after, relative": "Bread, milk, eggs, rice and beans, the four staples that the "
    "survey tracks, rose in price.",
    "preposition at": "The ferry company sails from three harbours, at Oban, Mallaig, Ullapool and Uig.",
    "preposition in": "The charity runs five shelters, in Lyon, Nantes, Lille and Rennes, for families.",
    "based in": "The bank keeps two data centres, based in Espoo, Tampere and Oulu, under one contract.",
    "held back: things 2": "Salmon, cod, haddock, herring and mackerel, the four species named in the "
    "quota, are landed at Peterhead.",
    "held back: things 3": "Coal, oil and gas, the two fuels taxed under the levy, still dominate heating.",
    "held back: things 4": "Maize, sorghum, millet, cassava and yams, the six crops mentioned in the plan, need seed.",
    "held back: preposition 2": "The orchestra rehearses in four halls, at Bergen, Stavanger and Trondheim.",
    "held back: preposition 3": "The group owns two refineries, in Antwerp, Rotterdam and Le Havre, and a terminal.",
    "held back: located in": "The agency opened three offices, located in Tartu, Narva, Pärnu and Viljandi, last year.",
}
LS_THINGS_TRAPS = {
    "things, count right": "Wool, linen, silk and jute, the four fibres covered by the scheme, are tested at the port.",
    "pairs inside items": "Research and development, marketing and sales, the two functions it kept, moved to Dublin.",
    "things, approx count": "Copper, zinc, lead and tin, some of the metals listed in the annex, pay the higher duty.",
    "preposition, count right": "The ferry company sails from four harbours, at Oban, Mallaig, Ullapool and Uig.",
    "a date after the comma": "The three unions, in March, agreed to merge their funds.",
    "partial with including": "The charity runs five shelters, including Lyon, Nantes and Lille, for families.",
    "held back: things right 2": "Salmon, cod, haddock and herring, the four species named in the "
    "quota, are landed at Peterhead.",
    "held back: two ands": "Oil and gas, coal and peat, the two fuel groups taxed under the levy, "
    "still dominate heating.",
    "held back: many crops": "Maize, sorghum, millet, cassava and yams, among the crops mentioned in "
    "the plan, need seed.",
    "held back: preposition right 2": "The orchestra rehearses in three halls, at Bergen, Stavanger and Trondheim.",
    "held back: preposition in a clause": "The two refineries, in the end, closed in Antwerp and Rotterdam.",
    "held back: such as": "The agency opened three offices, such as Tartu, Narva, Pärnu and Viljandi, last year.",
}
LS_THINGS_MISSED: set[str] = set()
test_ls_things_defect_found, test_ls_things_trap_silent = variant_tests(
    "LS002", LS_THINGS_DEFECTS, LS_THINGS_TRAPS, LS_THINGS_MISSED
)


AR_OFTHESE_DEFECTS = {
    "of these, tonnes": "The port handled 64,000 containers in 2023; of these, 12,800, or 30 per "
    "cent, were refrigerated.",
    "of them, people": "The survey reached 2,400 farmers; of them, 600, or 40 per cent, grow only maize.",
    "of those, percent sign": "The library lent 18,000 books last year; of those, 4,500, or 35%, were for children.",
    "held back: of these 2": "The agency inspected 1,250 bridges; of these, 250, or 25 per cent, needed repairs.",
    "held back: of them 2": "The fund made 480 loans; of them, 96, or 30 per cent, went to women.",
    "held back: of those 2": "Some 9,000 pilgrims arrived by sea; of those, 2,700, or 20%, came from Egypt.",
}
AR_OFTHESE_TRAPS = {
    "of these, right": "The port handled 64,000 containers in 2023; of these, 12,800, or 20 per cent, "
    "were refrigerated.",
    "of them, right": "The survey reached 2,400 farmers; of them, 600, or 25 per cent, grow only maize.",
    "share of another whole": "The library lent 18,000 books last year; of those, 4,500 were for "
    "children, who make up 35% of members.",
    "held back: of these right 2": "The agency inspected 1,250 bridges; of these, 250, or 20 per cent, needed repairs.",
    "held back: of them right 2": "The fund made 480 loans; of them, 96, or 20 per cent, went to women.",
    "held back: rounded": "Some 9,000 pilgrims arrived by sea; of those, 2,700, or about 30%, came from Egypt.",
}
AR_OFTHESE_MISSED: set[str] = set()
test_ar_ofthese_defect_found, test_ar_ofthese_trap_silent = variant_tests(
    "AR001", AR_OFTHESE_DEFECTS, AR_OFTHESE_TRAPS, AR_OFTHESE_MISSED
)


# LS002: a list of things in a parenthesis or after a colon under a counted plural noun
# (missed: an irregular plural, "criteria"; "asks about four habits", read as a hedge;
# "things", never a group; two "and"s)
LS_THINGS_PAREN_DEFECTS = {
    "paren, one more": "The grant depends on three criteria (herd size, grazing area, altitude and soil quality).",
    "paren, one fewer": "Pilots are tested on five skills (navigation, radio procedure, night landing "
    "and engine failure).",
    "colon, one more": "The museum restores two kinds of object: clocks, barometers and sundials.",
    "colon, lower count": "The survey asks about four habits: smoking, drinking, exercise, diet and sleep.",
    "paren after a verb": "The index combines six indicators (wages, rents, fuel prices, food prices "
    "and transport fares).",
    "colon with adjectives": "The clinic treats three common complaints: back pain, migraine, asthma and eczema.",
    "held back: paren 2": "Each hive is scored on four traits (temper, honey yield, swarming and "
    "disease resistance, and hygiene).",
    "held back: paren 3": "The recipe needs two grains (barley, oats and rye).",
    "held back: colon 2": "The course covers three instruments: violin, viola, cello and double bass.",
    "held back: colon 3": "The inspectors check five things: brakes, lights, tyres and mirrors.",
    "held back: paren 4": "The ferry carries three kinds of cargo (timber, fish, livestock and mail).",
    "held back: colon 4": "The tax applies to two fuels: petrol, diesel and kerosene.",
}
LS_THINGS_PAREN_TRAPS = {
    "paren, right": "The grant depends on three criteria (herd size, grazing area and altitude).",
    "two ands": "Pilots are tested on two skill pairs (navigation and radio, landing and take-off).",
    "some of": "The museum restores two of its four kinds of object (clocks and barometers).",
    "approx": "The survey asks about more than four habits: smoking, drinking, exercise, diet and sleep.",
    "including": "The index combines six indicators, including wages, rents and fuel prices.",
    "clause items": "The clinic found three problems: staff were tired, rooms were cold and queues were long.",
    "held back: paren right 2": "Each hive is scored on four traits (temper, honey yield, swarming and hygiene).",
    "held back: paren right 3": "The recipe needs three grains (barley, oats and rye).",
    "held back: colon such as": "The course covers three instruments, such as violin, viola and cello.",
    "held back: colon right": "The inspectors check four things: brakes, lights, tyres and mirrors.",
    "held back: figures": "The ferry carries three kinds of cargo (12 tonnes of timber, 4 of fish and 2 of mail).",
    "held back: sentence items": "The tax applies to two fuels: petrol is taxed at 60 cents and "
    "diesel is taxed at 50 cents.",
}
LS_THINGS_PAREN_MISSED = {"held back: paren 2", "paren, one more", "colon, lower count"}
test_ls_things_paren_defect_found, test_ls_things_paren_trap_silent = variant_tests(
    "LS002", LS_THINGS_PAREN_DEFECTS, LS_THINGS_PAREN_TRAPS, LS_THINGS_PAREN_MISSED
)
