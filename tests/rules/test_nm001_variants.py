"""NM001 on one person's or place's name written two ways (issue 12, session 7): letters doubled
or undoubled, a silent h, 'gg' for 'k' in a long name, Mc / Mac, particles one letter apart,
after a title or with a possessive; and traps: two people with other given names or titles,
places with similar names, a name given with its other spelling. Our own sentences, in domains
outside the evaluation set."""

from __future__ import annotations

import pytest

from tests.rules.test_cases import run_rule

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
]

MISSED = set()


def _param(i: int, missed: set[int]):
    mark = pytest.mark.xfail(strict=True, reason="not found yet (see MISSED)") if i in missed else ()
    return pytest.param(i, marks=mark, id=str(i))


@pytest.mark.parametrize("i", [_param(i, MISSED) for i in range(len(DEFECTS))])
def test_defect_found(i: int, tmp_path) -> None:
    found = run_rule("NM001", "# Report\n\n" + DEFECTS[i] + "\n", "markdown", tmp_path)
    assert len(found) == 1, [f.message for f in found]


@pytest.mark.parametrize("i", range(len(TRAPS)))
def test_trap_silent(i: int, tmp_path) -> None:
    found = run_rule("NM001", "# Report\n\n" + TRAPS[i] + "\n", "markdown", tmp_path)
    assert found == [], [f.message for f in found]
