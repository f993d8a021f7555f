"""LS001 on a list restated by its members, whatever introduces it (issue 12, session 7): a
parenthesis after a definite noun, a key-facts label, a bullet list, an apposition, a verb of
membership; and traps: partial lists, other years, other rankings, other kinds of member, lists
that share half, founders and members. Our own sentences, in domains outside the evaluation set."""

from __future__ import annotations

import pytest

from tests.rules.test_cases import run_rule

DEFECTS = [
    "The canal's four oldest locks are Marlow, Dunholme, Crickley and Ashby, all built before 1800.\n\nRepairs are overdue. The locks most in need of repair (Ashby, Crickley, Marlow and Pendry) will close next winter.",
    "Five operators serve the islands: Northlink, Skerryway, Isleline, Bayferry and Orcadia.\n\nKey facts:\n\n- Passengers in 2024: 1.2 million\n- Operators on the island routes: Orcadia, Northlink, Skerryway, Isleline and Tidewater\n",
    "The mining consortium is made up of Kestrel Minerals, Ardent Gold, Borealis Metals and Tundra Resources.\n\nThe licence runs until 2040. The consortium's members are:\n\n- Kestrel Minerals\n- Ardent Gold\n- Borealis Metals\n- Polar Copper\n",
    "The four most visited islands last year were Hvar, Brac, Vis and Korcula.\n\nWater runs short in August. The islands under the heaviest pressure (Korcula, Vis, Hvar and Mljet) will get new desalination plants.",
    "Chile, Peru, Ecuador and Colombia signed the anchovy accord in 2019.\n\nThe catch fell by a tenth. The accord's parties, Chile, Peru, Panama and Ecuador, meet each spring.",
    "Kenya, Uganda, Rwanda, Burundi and Tanzania form the vaccine purchasing pool.\n\nPrices fell by a fifth. The pool (Kenya, Uganda, Rwanda, Malawi and Tanzania) will buy measles doses next.",
    "Six satellite operators bid for the licence: Orbitel, Skyreach, Polarnet, Veranet, Astralink and Kosmora.\n\nThe regulator will decide in May. The bidders (Astralink, Kosmora, Orbitel, Skyreach, Polarnet and Nimbusat) have all asked for more spectrum.",
    "The textile federation groups Bangladesh, Vietnam, Cambodia and Sri Lanka.\n\nWages rose in 2024. In a joint statement, the federation's members, Vietnam, Bangladesh, Cambodia and Pakistan, asked for lower tariffs.",
    "The appeal was heard by the judges Amara Osei, Brigid Doyle, Carl Lindqvist and Dora Vasquez.\n\nThe ruling took a month. The bench (Amara Osei, Brigid Doyle, Carl Lindqvist and Emil Horvath) found for the fishermen.",
    "The ferry alliance links Oban, Mallaig, Ullapool and Kennacraig.\n\nFares will rise in April. Ports of the alliance: Oban, Mallaig, Ullapool, Uig.\n",
    "Tourism boards from Lapland, Finnmark, Norrbotten and Murmansk launched the Arctic trail in 2018.\n\nThe trail had 40,000 walkers last year. The regions behind the trail (Lapland, Finnmark, Norrbotten and Troms) share its costs.",
    "Copper from Kitwe, Chingola, Mufulira and Luanshya is shipped through Durban.\n\nThe railway is slow. The four mining towns, Kitwe, Chingola, Mufulira and Solwezi, want a new line.",
    # a second set, written after the first was built and run once, at the end
    "The tribunal's panel was made up of Judge Okafor, Judge Lindahl, Judge Moreau and Judge Brennan.\n\nIt sat for a week.\n\nKey facts:\n\n- Panel: Judge Okafor, Judge Lindahl, Judge Moreau and Judge Castellano\n",
    "Four vaccine makers won the tender: Biomedra, Vaxtrel, Imunova and Serolab.\n\nDeliveries begin in May. The winning suppliers (Serolab, Imunova, Vaxtrel and Pharmecta) must ship within a month.",
    "The mining belt spans Kolwezi, Likasi, Kambove and Fungurume.\n\nOutput rose by 8%.\n\n## Notes\n\nThe towns of the mining belt are Kolwezi, Likasi, Kambove and Kipushi.",
    "The resort towns most affected by the cap were Zermatt, Saas-Fee, Grindelwald and Wengen.\n\nBookings fell. The towns hit hardest (Grindelwald, Wengen, Zermatt and Arosa) asked for aid.",
    "The satellite constellation's ground stations are at Svalbard, Troll, Inuvik and Punta Arenas.\n\nThe network is busy. The constellation's four ground stations, Inuvik, Svalbard, Troll and Hartebeesthoek, share one control room.",
    "The festival brings together the Aurora Quartet, the Brenner Trio, the Calder Ensemble and the Dorian Players.\n\nTickets went on sale in May. Performing ensembles: the Calder Ensemble, the Aurora Quartet, the Dorian Players and the Esterhazy Consort.",
    # session 11: a group named after "signed by" / "ratified by" is its signatories
    "The water compact was signed by four utilities: Aqualis, Brightwater, Coldstream and Deepwell.\n\nAudits follow each spring. The three signatories (Aqualis, Coldstream and Deepwell) publish yearly reports.",
    "The ferry licence is held jointly by the three owners of Sealink North (Aldmark, Brennick and Corlett).\n\nFares rose. The plan would need the owners (Aldmark, Brennick and Dunmore, in proportion to their shares) to invest first.",
    "The fisheries accord was ratified by five states: Arvonia, Belmar, Corvia, Delmont and Estria.\n\nCatches recovered. Its ratifying states, Arvonia, Belmar, Corvia, Delmont and Ferrant, meet every June.",
]
TRAPS = [
    "The pool includes Kenya, Uganda and Rwanda.\n\nPrices fell. Kenya, Uganda, Rwanda, Burundi and Tanzania signed its charter in 2020.",
    "In 2022 the four most visited islands were Hvar, Brac, Vis and Korcula.\n\nTastes change. In 2024 the four most visited islands were Hvar, Brac, Vis and Mljet.",
    "By cargo, the four busiest ports are Rotterdam, Antwerp, Hamburg and Bremerhaven.\n\nThe picture differs by passengers. By passengers, the four busiest ports are Rotterdam, Antwerp, Hamburg and Dover.",
    "The canal trust's four partners are Marlow, Dunholme, Crickley and Ashby councils.\n\nThe locks run through Marlow, Dunholme, Pendry and Selby.",
    "The accord's founders were Chile, Peru and Ecuador.\n\nIt grew later. Today the accord's members are Chile, Peru, Ecuador and Panama.",
    "The largest buyers of the yarn are India, Vietnam, Turkey and Bangladesh.\n\nThe market is tight. The largest sellers of the yarn are India, Vietnam, Turkey and China.",
    "Operators such as Northlink, Skerryway and Isleline have cut fares.\n\nFive operators serve the islands: Northlink, Skerryway, Isleline, Bayferry and Orcadia.",
    "Ferries to Skerry call at Oban, Mallaig, Ullapool and Uig.\n\nThe winter timetable is thinner. Ferries to Holm call at Oban, Mallaig, Ullapool and Kennacraig.",
    "The top four firms by revenue were Kestrel Minerals, Ardent Gold, Borealis Metals and Tundra Resources.\n\nJobs tell another story. The top four firms by headcount were Kestrel Minerals, Ardent Gold, Borealis Metals and Polar Copper.",
    "As of 2021, the pool's members were Kenya, Uganda and Rwanda.\n\nIt has grown since. As of 2024, the pool's members are Kenya, Uganda, Rwanda and Tanzania.",
    "The orchestra toured Vienna, Prague, Budapest and Krakow in 2023.\n\nIn 2024 it toured Vienna, Prague, Budapest and Ljubljana.",
    "The satellite operators, among them Orbitel, Skyreach and Polarnet, asked for spectrum.\n\nSix operators bid for the licence: Orbitel, Skyreach, Polarnet, Veranet, Astralink and Kosmora.",
    # a second set, written after the first was built and run once, at the end
    "The four biggest mines by output are Kolwezi North, Likasi East, Kambove Deep and Fungurume Hill.\n\nBy workforce, the four biggest mines are Kolwezi North, Likasi East, Kambove Deep and Kipushi Main.",
    "In 2021 the tender was won by Biomedra, Vaxtrel, Imunova and Serolab.\n\nPrices changed. In 2024 the tender was won by Biomedra, Vaxtrel, Imunova and Pharmecta.",
    "The resort towns with the most visitors were Zermatt, Saas-Fee, Grindelwald and Wengen.\n\nThe resort towns with the fewest visitors were Arosa, Davos, Klosters and Lenk.",
    "Stations such as Svalbard, Troll and Inuvik relay the data.\n\nThe constellation's ground stations are at Svalbard, Troll, Inuvik and Punta Arenas.",
    "The importers of the ore are Belgium, Finland, China and Zambia.\n\nThe market is tight. The exporters of the ore are Belgium, Finland, China and Congo.",
    "The festival's founders were the Aurora Quartet, the Brenner Trio and the Calder Ensemble.\n\nToday its members are the Aurora Quartet, the Brenner Trio, the Calder Ensemble and the Dorian Players.",
    "The three largest shareholders of Kestrel Mining (Aldmark, Brennick and Corlett) backed the bid.\n\nThe vote was close. The shareholders (Aldmark, Brennick, Corlett and Dunmore) meet again in May.",
    "The utilities association has five members: Aqualis, Brightwater, Coldstream, Deepwell and Eastmere.\n\nOnly some joined the compact. The compact's signatories (Aqualis, Coldstream and Deepwell) publish yearly reports.",
]
# known gaps, kept so that a fix shows ('bidders' against 'satellite operators' bid is found: an agent noun of the group's verb; judges after 'heard by' and copper 'from' four towns are read as runs of names since session 19): 'winning suppliers' against 'vaccine makers'
MISSED = {13}


def _param(i: int, missed: set[int]):
    mark = pytest.mark.xfail(strict=True, reason="not found yet (see MISSED)") if i in missed else ()
    return pytest.param(i, marks=mark, id=str(i))


@pytest.mark.parametrize("i", [_param(i, MISSED) for i in range(len(DEFECTS))])
def test_defect_found(i: int, tmp_path) -> None:
    found = run_rule("LS001", "# Report\n\n" + DEFECTS[i] + "\n", "markdown", tmp_path)
    assert len(found) == 1, [f.message for f in found]


@pytest.mark.parametrize("i", range(len(TRAPS)))
def test_trap_silent(i: int, tmp_path) -> None:
    found = run_rule("LS001", "# Report\n\n" + TRAPS[i] + "\n", "markdown", tmp_path)
    assert found == [], [f.message for f in found]
