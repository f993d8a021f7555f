"""AR004 on seven shapes of a total and its parts (session 23): a part's label that holds a
name or an abbreviation in brackets ("30 Cold Storage Units (CSUs) and …"), parts after a
declared count that leave out the total's unit ("2.6 million tonnes … from three sources:
1.2 million from homes, …"), and the sources a cost was met from, after a comma ("cost £8.4
million, met from a …, a … and a …"), an explicit split with a long lead-in, then the parts'
name and a colon ("The 15 licences issued in 2021 were split between the three firms: seven
…"), and a declared count whose first part follows its own subject and verb ("to two
cities: Leeds receives $20 million and York $24 million"), and a sentence that splits the group the
one before counted into a declared number of parts ("… all 42 villages. They fall into three
groups: 18 …, 12 … and 9 …"), and parts labelled by their years after a total called one ("$96.2
million in all, $30.1 million came in 2011–2013, $41.0 million in 2014–2017 and …"). Traps: the same shapes when the parts add up, a
bracket that holds a figure, a count of something else after the colon, a cost "funded
partly by" or "among other sources", a rate among the sources, a count of something else after a split's
colon, a part that is a difference ("€40 million more than Spain"), a sentence before that
counts two groups, and a list whose first part stands before "went to" with the verb left
out of the others ("20 went to Oxfam, 15 to Shelter and 10 to Crisis": no amount split), and
values by year after a colon that may be levels ("Reserves stood at 400 tonnes: 120 in 2021, …"). Our own sentences, in
domains outside the evaluation set."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    "bracketed abbreviation in a label": "In the north its 95 depots comprise 40 warehouses, 30 Cold Storage "
    "Units (CSUs) and 20 loading yards.",
    "bracketed name in a label": "The hospital's 410 beds are made up of 220 general beds, 130 beds on the "
    "Rowan Wing (Paediatrics) and 50 intensive-care beds.",
    "bracketed acronym mid-list": "The survey's 1,200 sites consist of 610 rivers, 380 Sites of Special "
    "Scientific Interest (SSSIs) and 260 lakes.",
    "unit left out after a declared count": "The 2.6 million tonnes collected last year came from three "
    "sources: 1.2 million from homes, 0.8 million from shops and 0.4 million from factories.",
    "unit left out, two parts": "The 7,400 megawatt-hours the town used came from two suppliers: 4,100 from "
    "the wind farm and 2,900 from the grid.",
    "met from": "The new library cost £8.4 million, met from a £3.2 million council loan, a £2.5 million "
    "lottery grant and a £1.9 million appeal.",
    "funded by": "The ferry terminal cost $61 million, funded by a $40 million federal grant and a $25 million "
    "state bond.",
    "paid for by": "The clinic's new scanner cost €2.2 million, paid for by a €1.5 million bequest and €0.5 "
    "million from a local appeal.",
    "split, then the parts' name and a colon": "The 15 licences issued in 2021 were split between the three "
    "firms: seven for Acme, five for Bolt and two for Crane.",
    "split among districts after a colon": "The 240 school places funded in 2024 were divided among the four "
    "districts: 90 in Ashby, 70 in Barrow, 50 in Coalville and 20 in Ibstock.",
    "declared count, first part after its subject": "The scheme gives $50 million over four years to two "
    "cities: Leeds receives $20 million and York $24 million.",
    "declared count, a lender's three borrowers": "The fund lent €90 million last year to three cooperatives: "
    "Agri receives €40 million, Vina €30 million and Lacta €10 million.",
    "they fall into groups": "We visited the cooperatives of all 42 villages in the spring of 2024. They fall "
    "into three groups: 18 sell their own grain, 12 sell through a broker, and 9 do not sell at all.",
    "these split into kinds": "The agency licensed 130 taxis last year. These split into two kinds: 80 black "
    "cabs and 40 minicabs.",
    "the noun again, divided between": "The trust owns 55 farms. The farms were divided between three tenants: "
    "20 went to Ames, 15 to Bell and 10 to Cole.",
    "parts by years, in all": "Of the fees collected in its first decade, $96.2 million in all, $30.1 million "
    "came in 2011–2013, $41.0 million in 2014–2017 and $29.4 million in 2018–2020.",
    "parts by year, in all": "The trust paid out 1,240 grants in all, 410 in 2021, 450 in 2022 and 300 in 2023.",
    "a year in the last part's label": "The refit cost £210 million: £120 million for the hulls, £45 million for "
    "the engines and £25 million for a service contract running to 2040.",
}
TRAPS = {
    "bracketed abbreviation in a label": "In the north its 95 depots comprise 45 warehouses, 30 Cold Storage "
    "Units (CSUs) and 20 loading yards.",
    "bracketed name in a label": "The hospital's 410 beds are made up of 230 general beds, 130 beds on the "
    "Rowan Wing (Paediatrics) and 50 intensive-care beds.",
    "bracketed acronym mid-list": "The survey's 1,200 sites consist of 560 rivers, 380 Sites of Special "
    "Scientific Interest (SSSIs) and 260 lakes.",
    "unit left out after a declared count": "The 2.6 million tonnes collected last year came from three "
    "sources: 1.2 million from homes, 0.9 million from shops and 0.5 million from factories.",
    "count of something else after the colon": "The 640 megawatts came from three plants: 2,000 workers at "
    "Ayr, 1,500 at Troon and 900 at Irvine.",
    "met from": "The new library cost £8.4 million, met from a £3.2 million council loan, a £3.3 million "
    "lottery grant and a £1.9 million appeal.",
    "funded partly by": "The ferry terminal cost $61 million, funded partly by a $20 million federal grant and "
    "a $25 million state bond.",
    "among other sources": "The stadium cost £90 million, funded by a £40 million loan and a £30 million grant "
    "among other sources.",
    "a rate among the sources": "The bridge cost $14 million, funded by tolls of $2 a car and a $9 million loan.",
    "split, then the parts' name and a colon": "The 15 licences issued in 2021 were split between the three "
    "firms: eight for Acme, five for Bolt and two for Crane.",
    "a split's colon before a count of something else": "The £12 million issued in 2021 was split between two "
    "sites: 300 staff at Ayr and 200 at Troon.",
    "declared count, first part after its subject": "The scheme gives $50 million over four years to two "
    "cities: Leeds receives $26 million and York $24 million.",
    "a part that is a difference": "Sales reached €90 million in three markets: France bought €40 million more "
    "than Spain, Italy €30 million and Spain €10 million.",
    "they fall into groups": "We visited the cooperatives of all 42 villages in the spring of 2024. They fall "
    "into three groups: 18 sell their own grain, 15 sell through a broker, and 9 do not sell at all.",
    "these split into kinds": "The agency licensed 130 taxis last year. These split into two kinds: 90 black "
    "cabs and 40 minicabs.",
    "two groups counted before": "The council runs 64 libraries and 12 museums. They fall into three groups: "
    "30 in towns, 20 in villages and 10 in schools.",
    "first part before went to": "Three charities shared the prize: 20 went to Oxfam, 15 to Shelter and 10 to Crisis.",
    "first part before went to, no lead": "Of the sum, 410 went to farms, 300 to towns and 200 to villages.",
    "parts by years, in all": "Of the fees collected in its first decade, $96.2 million in all, $30.1 million "
    "came in 2011–2013, $36.7 million in 2014–2017 and $29.4 million in 2018–2020.",
    "levels by year after a colon": "Reserves stood at 400 tonnes: 120 in 2021, 150 in 2022 and 140 in 2023.",
}


test_defect_found, test_trap_silent = variant_tests("AR004", DEFECTS, TRAPS)
