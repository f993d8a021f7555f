"""AR001 on a share given after a part whose whole opens the sentence with a possessive name
("Of Norway's 1,200 vessels, …, or 35%"), and AR004 on parts after a colon whose number is
declared before it ("came from three sources: …") (issue 12): our own sentences in other
domains; each defect gives one finding of its rule, each trap none."""

from __future__ import annotations

import pytest

from tests.rules.test_cases import run_rule

DEFECTS = {
    "AR001 a country's whole, the share after the part": (
        "AR001",
        "Of Norway's 1,200 fishing vessels, 300 were trawlers, or 35%.\n",
    ),
    "AR001 a plural possessive whole": (
        "AR001",
        "Of the county libraries' 420,000 loans, 84,000 were e-books, or 25%.\n",
    ),
    "AR001 the share in brackets after the part": (
        "AR001",
        "Of Chile's 60 salmon farms, 18 (40%) failed the audit.\n",
    ),
    "AR001 the part after its verb": (
        "AR001",
        "Of Kenya's 2.4 million cattle, vets vaccinated 600,000, or 30%, before the rains.\n",
    ),
    "AR001 a firm's whole after 'the'": (
        "AR001",
        "Of the operator's 48 satellites, 12 had failed by June, or 30%.\n",
    ),
    "AR001 money, a region's whole": (
        "AR001",
        "Of Europe's $40 billion of hydrogen subsidies, Germany paid $12 billion, or 40%.\n",
    ),
    "AR001 a period's whole": (
        "AR001",
        "Of last year's 900 prison transfers, 270 were to other countries, or 20%.\n",
    ),
    "AR001 a whole named by a possessive and an adjective": (
        "AR001",
        "Of Brazil's 5,570 municipalities, 1,114 have no broadband provider, or 30%.\n",
    ),
    "AR004 parts after a colon, their number declared": (
        "AR004",
        "The canal trust's first $86 million came from three sources: $41 million from the state, "
        "$27 million from boat licences and $12 million from a lottery.\n",
    ),
    "AR004 tonnes from four ports": (
        "AR004",
        "Last year's 9.4 million tonnes of grain left through four ports: 3.1 million tonnes from Odesa, "
        "2.6 million from Izmail, 2.2 million from Reni and 0.9 million from Chornomorsk.\n",
    ),
    "AR004 a count in two groups": (
        "AR004",
        "The 640 new prison places fall into two groups: 410 in open prisons and 260 in secure units.\n",
    ),
    "AR004 a budget in three parts, a dash after the count": (
        "AR004",
        "The vaccine programme's €52 million went to three campaigns: €20 million for cattle, "
        "€18 million for sheep and €9 million for poultry.\n",
    ),
    "AR004 satellites from two sites": (
        "AR004",
        "The 120 satellites launched in 2024 flew from two sites: 70 from Kourou and 40 from Kiruna.\n",
    ),
    "AR004 the count as digits": (
        "AR004",
        "The library's 2,300 new titles came from 3 publishers: 1,200 from Alba, 800 from Borea and 200 from Cima.\n",
    ),
    "AR004 gigawatts in three plants": (
        "AR004",
        "Its 4.5 GW of electrolysers are spread across three plants: 2.0 GW in Rotterdam, 1.5 GW in "
        "Antwerp and 0.7 GW in Hamburg.\n",
    ),
    "AR004 a total of votes in three regions": (
        "AR004",
        "The 51,000 postal votes came from three regions: 20,000 from the north, 18,000 from the "
        "coast and 16,000 from the capital.\n",
    ),
    "AR001 the part 'of' a possessive whole, the share after": (
        "AR001",
        "Trawlers landed 42,000 tonnes of Iceland's 120,000 tonnes of cod, or 45%.\n",
    ),
    "AR001 the part 'of it' after a clause giving the whole": (
        "AR001",
        "The county spent €8 million on libraries; e-books took €2 million of it, or 40%.\n",
    ),
    "AR001 'of which' before the part": (
        "AR001",
        "The agency launched 60 satellites, of which 15 carried radar, or 20%.\n",
    ),
    "AR001 a possessive whole with its noun before the figure": (
        "AR001",
        "Of the prison service's budget of £900 million, healthcare took £180 million, or 25%.\n",
    ),
    "AR004 the count of the parts before the total": (
        "AR004",
        "Three sources provided the canal trust's first $86 million: $41 million from the state, "
        "$27 million from boat licences and $12 million from a lottery.\n",
    ),
    "AR004 the count before the total, the parts owned": (
        "AR004",
        "Two operators share the 640 broadband masts: 410 belong to Telia and 260 to Elisa.\n",
    ),
    "AR004 parts after a dash, their number declared": (
        "AR004",
        "The hospital's 1,200 beds are in three wings — 500 in the north wing, 450 in the east wing "
        "and 300 in the new wing.\n",
    ),
    "AR002 the value reached first, the value it came from after it": (
        "AR002",
        "Broadband subscriptions grew by 25% to 5.2 million, from 3.6 million a year earlier.\n",
    ),
    "AR002 the value reached first with its year, then the earlier one with its year": (
        "AR002",
        "Cod landings rose 12% to 46,000 tonnes in 2024, from 38,000 tonnes in 2023.\n",
    ),
    "AR002 a fall, the value reached first, no comma": (
        "AR002",
        "Library loans dropped 30% to 3.1 million in 2024 from 3.9 million in 2023.\n",
    ),
    "AR002 the period between the change and the values": (
        "AR002",
        "The prison population fell 12% between 2019 and 2023, from 84,000 to 78,000.\n",
    ),
    "AR002 a count reached first": (
        "AR002",
        "Satellite launches rose 15% to 230 in 2024, from 212 in 2023.\n",
    ),
}

TRAPS = {
    "AR001 the share right": (
        "AR001",
        "Of Norway's 1,200 fishing vessels, 300 were trawlers, or 25%.\n",
    ),
    "AR001 the share rounded as written": (
        "AR001",
        "Of Chile's 61 salmon farms, 18, or about 30%, failed the audit.\n",
    ),
    "AR001 a bound on the part": (
        "AR001",
        "Of Brazil's 5,570 municipalities, more than 1,000, or 30%, have no provider.\n",
    ),
    "AR001 a share of something else": (
        "AR001",
        "Of Kenya's 2.4 million cattle, vets vaccinated 600,000, 40% more than in 2022.\n",
    ),
    "AR001 the part in another unit": (
        "AR001",
        "Of Europe's 40 GW of electrolysers, Germany paid for $12 billion, or 30%.\n",
    ),
    "AR001 the part's own whole, then the share": (
        "AR001",
        "Of Chile's 60 salmon farms, 18 of its 24 coastal farms, or 75%, failed the audit.\n",
    ),
    "AR001 a share in the next sentence": (
        "AR001",
        "Of Spain's 17 regions, 5 run a canal authority. A survey put support at 40%.\n",
    ),
    "AR001 a possessive name with no figure after": (
        "AR001",
        "Of Ghana's ports, Tema handled 12 million tonnes, or 70% of the traffic.\n",
    ),
    "AR004 parts after a colon that make the total": (
        "AR004",
        "The canal trust's first $80 million came from three sources: $41 million from the state, "
        "$27 million from boat licences and $12 million from a lottery.\n",
    ),
    "AR004 a declared count that differs from the parts listed": (
        "AR004",
        "The canal trust's first $86 million came from four sources: $41 million from the state, "
        "$27 million from boat licences and $12 million from a lottery.\n",
    ),
    "AR004 a partial list after the count": (
        "AR004",
        "The 640 new prison places fall into five groups, including: 410 in open prisons and 160 in secure units.\n",
    ),
    "AR004 rounding that is right": (
        "AR004",
        "The 1.2 million passengers of 2024 flew from two airports: 0.71 million from Kourou and 0.48 million from Kiruna.\n",
    ),
    "AR004 parts in another unit": (
        "AR004",
        "The 4.5 GW programme has three plants: 2,000 workers in Rotterdam, 1,500 in Antwerp and 700 in Hamburg.\n",
    ),
    "AR004 the count is of years, not of parts": (
        "AR004",
        "The fund paid $86 million over three years: $41 million in 2022, $27 million in 2023 and "
        "$12 million in 2024.\n",
    ),
    "AR004 a bound on the total": (
        "AR004",
        "More than 9 million tonnes of grain left through two ports: 3.1 million from Odesa and 2.6 million from Reni.\n",
    ),
    "AR004 the parts are the top of a longer list": (
        "AR004",
        "The 51,000 postal votes came from many regions; three stand out: 20,000 from the north, "
        "18,000 from the coast and 6,000 from the capital.\n",
    ),
    "AR001 the part 'of' a possessive whole, the share right": (
        "AR001",
        "Trawlers landed 42,000 tonnes of Iceland's 120,000 tonnes of cod, or 35%.\n",
    ),
    "AR001 'of which' with the share right": (
        "AR001",
        "The agency launched 60 satellites, of which 15 carried radar, or 25%.\n",
    ),
    "AR001 'of it' where the share is of another whole": (
        "AR001",
        "The county spent €8 million on libraries; e-books took €2 million of it, or 40% more than in 2020.\n",
    ),
    "AR001 'of which' and two figures before": (
        "AR001",
        "The agency launched 60 satellites and 12 probes, of which 15 carried radar, or 20%.\n",
    ),
    "AR004 the count before the total, the parts right": (
        "AR004",
        "Two operators share the 640 broadband masts: 380 belong to Telia and 260 to Elisa.\n",
    ),
    "AR004 a count before the total that is not of the parts": (
        "AR004",
        "Two years ago, 640 masts were counted: 410 belonged to Telia and 100 to Elisa.\n",
    ),
    "AR004 a dash list that is partial": (
        "AR004",
        "The hospital's 1,200 beds are in three wings, among them — 500 in the north wing, 450 in the "
        "east wing and 300 in the new wing.\n",
    ),
    "AR002 the value reached first, the change right": (
        "AR002",
        "Cod landings rose 21% to 46,000 tonnes in 2024, from 38,000 tonnes in 2023.\n",
    ),
    "AR002 the value reached first, rounded as written": (
        "AR002",
        "Broadband subscriptions grew by 40% to 5 million, from 3.6 million a year earlier.\n",
    ),
    "AR002 the period between, the change right": (
        "AR002",
        "The prison population fell 7% between 2019 and 2023, from 84,000 to 78,000.\n",
    ),
    "AR002 'from' a place, not a value": (
        "AR002",
        "Cod landings rose 12% to 46,000 tonnes in 2024, from Norwegian waters mostly.\n",
    ),
    "AR002 another clause's values": (
        "AR002",
        "Launches rose 15% to 230, and exports grew from 212 to 300.\n",
    ),
}


@pytest.mark.parametrize("name", sorted(DEFECTS))
def test_defect_found(name: str, tmp_path) -> None:
    code, draft = DEFECTS[name]
    found = run_rule(code, draft, "markdown", tmp_path)
    assert len(found) == 1, [f.message for f in found]


@pytest.mark.parametrize("name", sorted(TRAPS))
def test_trap_silent(name: str, tmp_path) -> None:
    code, draft = TRAPS[name]
    found = run_rule(code, draft, "markdown", tmp_path)
    assert found == [], [f.message for f in found]
