"""LS002 on a count declared after its list, in an apposition whose relative clause says
what the members do ("A, B, C and D, the three ports that land most of the cod, …"), and
LS001 on a counted list restated later as a definite group ("the canal's donor governments
(…)", "the same five (…)", "these four — … —") in another order with one member swapped
(issue 12): our own sentences in other domains; each defect gives one finding of its rule,
each trap none."""

from __future__ import annotations

import pytest

from tests.rules.test_cases import run_rule

DEFECTS = {
    "LS002 count after the list, 'most of' in its relative clause": (
        "LS002",
        "Norway, Iceland, Denmark and Sweden, the three countries that land most of the cod, lost quota.\n",
    ),
    "LS002 count after the list, 'more than' in its relative clause": (
        "LS002",
        "Kenya, Uganda, Ghana, Nigeria and Senegal, the four countries that host more than half of the "
        "libraries, asked for funds.\n",
    ),
    "LS002 count after the list, 'whose' clause with 'some of'": (
        "LS002",
        "Belgium, the Netherlands and France, the two countries whose canals carry some of the freight, "
        "agreed a toll.\n",
    ),
    "LS002 count after the list, 'which' clause with 'many of'": (
        "LS002",
        "France, Italy, Germany, Spain and Sweden, the four countries which build many of Europe's "
        "satellites, met in Paris.\n",
    ),
    "LS002 count after the list, 'at least' in its relative clause": (
        "LS002",
        "Chile, Peru, Ecuador and Colombia, the five countries that export at least a third of the "
        "world's fishmeal, signed the pact.\n",
    ),
    "LS002 count after the list, 'who' clause": (
        "LS002",
        "Estonia, Latvia and Lithuania, the two members who jail most of the region's prisoners, "
        "will share a register.\n",
    ),
    "LS002 count after the list, 'over' in its relative clause": (
        "LS002",
        "Denmark, Germany, Norway and Sweden, the three countries that own over half of the hydrogen "
        "pipelines, signed a charter.\n",
    ),
    "LS002 count after the list, 'several' in its relative clause": (
        "LS002",
        "Kenya, Uganda, Rwanda, Tanzania and Burundi, the six states that vaccinate several million "
        "cattle a year, pooled their doses.\n",
    ),
    "LS001 a counted list restated with the body's possessive, in brackets": (
        "LS001",
        "Four donor governments — Japan, Canada, Sweden and Italy — paid for the first locks.\n\n"
        "In the second phase, the canal trust's donor governments (Sweden, Italy, Spain and Japan) "
        "asked for an audit.\n",
    ),
    "LS001 restated as 'the same five' in brackets": (
        "LS001",
        "The five largest exporters — Chile, Peru, Ecuador, Brazil and Mexico — sold most of the "
        "fishmeal.\n\n"
        "In 2023 buyers turned mostly to the same five (Chile, Peru, Ecuador, Argentina and Mexico).\n",
    ),
    "LS001 a counted list with commas restated with a possessive": (
        "LS001",
        "Three launch partners, France, Italy and Spain, built the weather satellite.\n\n"
        "The satellite's launch partners (Spain, Germany and France) will share its data.\n",
    ),
    "LS001 restated as 'these four' between dashes": (
        "LS001",
        "Hydrogen arrives from four suppliers: Norway, Algeria, Morocco and Egypt.\n\n"
        "Contracts with these four — Norway, Algeria, Tunisia and Egypt — run until 2030.\n",
    ),
    "LS001 restated as 'the same six' with a member swapped at the end": (
        "LS001",
        "Six broadband regulators, Austria, Belgium, Denmark, Estonia, Finland and Greece, wrote the "
        "code.\n\n"
        "The same six (Austria, Belgium, Denmark, Estonia, Finland and Hungary) will review it.\n",
    ),
    "LS001 a programme's donors restated in brackets": (
        "LS001",
        "Three vaccine donors — Kenya, Ghana and Senegal — supplied the cattle doses.\n\n"
        "Last spring the programme's vaccine donors (Ghana, Senegal and Nigeria) cut their pledges.\n",
    ),
    "LS001 restated as 'those same four' between dashes": (
        "LS001",
        "The four main textile suppliers, Bangladesh, Vietnam, India and Turkey, shipped most of the "
        "cotton.\n\n"
        "Quotas for those same four — Bangladesh, Vietnam, India and Pakistan — were cut.\n",
    ),
    "LS001 an election mission's observer states restated": (
        "LS001",
        "Five observer states — Chile, Peru, Kenya, Ghana and Fiji — watched the election.\n\n"
        "The mission's observer states (Fiji, Kenya, Ghana, Peru and Tonga) signed the report.\n",
    ),
    "LS001 restated as 'All four' between dashes": (
        "LS001",
        "Four ports handle the grain trade: Odesa, Izmail, Reni and Chornomorsk.\n\n"
        "All four — Odesa, Izmail, Reni and Mykolaiv — were shelled in July.\n",
    ),
    "LS001 restated as 'the same four ports' in brackets": (
        "LS001",
        "Four ports handle the grain trade: Odesa, Izmail, Reni and Chornomorsk.\n\n"
        "A year later the same four ports (Odesa, Izmail, Reni and Mykolaiv) still handle it.\n",
    ),
    "LS001 a one-word group of those who act, restated with an owner": (
        "LS001",
        "Four lenders — France, Japan, Germany and Italy — financed the first metro line.\n\n"
        "The metro's lenders (Japan, Italy, France and Spain) approved the second.\n",
    ),
    "LS002 a count after its list, between dashes": (
        "LS002",
        "Kenya, Uganda, Ghana and Nigeria — the three countries that host most of the refugees — asked for funds.\n",
    ),
    "LS002 a list as the subject of 'are the N …'": (
        "LS002",
        "Kenya, Uganda, Ghana and Nigeria are the three countries that host most of the refugees.\n",
    ),
    "LS002 a list as the subject of 'were the N … of'": (
        "LS002",
        "Odesa, Izmail, Reni and Chornomorsk were the three ports of the grain corridor.\n",
    ),
    "LS002 a list after an opening adverb, 'are the N largest …'": (
        "LS002",
        "Today Chile, Peru, Ecuador and Mexico are the three largest exporters of fishmeal.\n",
    ),
    "LS001 restated as 'these four countries' with commas, another noun": (
        "LS001",
        "Hydrogen arrives from four suppliers: Norway, Algeria, Morocco and Egypt.\n\n"
        "Contracts with these four countries, Norway, Algeria, Tunisia and Egypt, run until 2030.\n",
    ),
    "LS001 restated as 'the same suppliers' without a count": (
        "LS001",
        "Hydrogen arrives from four suppliers: Norway, Algeria, Morocco and Egypt.\n\n"
        "The same suppliers (Norway, Algeria, Tunisia and Egypt) signed contracts that run until 2030.\n",
    ),
    "LS001 restated as 'those three states' with commas": (
        "LS001",
        "Three states share the river basin: Sudan, Egypt and Ethiopia.\n\n"
        "Talks between those three states, Sudan, Egypt and Eritrea, stalled in 2021.\n",
    ),
}

TRAPS = {
    "LS002 the count after the list is right": (
        "LS002",
        "Norway, Iceland, Denmark and Sweden, the four countries that land most of the cod, lost quota.\n",
    ),
    "LS002 'among' before the count": (
        "LS002",
        "Norway, Iceland and Denmark, among the five countries that land most of the cod, lost quota.\n",
    ),
    "LS002 a share of the group before it": (
        "LS002",
        "Norway and Iceland, two of the five countries that land most of the cod, lost quota.\n",
    ),
    "LS002 a number in the relative clause is no count of the list": (
        "LS002",
        "Norway, Iceland, Denmark and Sweden, the countries that land three quarters of the cod, lost quota.\n",
    ),
    "LS002 'including' before the list": (
        "LS002",
        "Several states, including Kenya, Uganda, Ghana and Nigeria, the three largest that vaccinate "
        "cattle, pooled doses.\n",
    ),
    "LS002 the right count with 'whose … includes'": (
        "LS002",
        "Chile, Peru and Ecuador, the three countries whose fleet includes most of the boats, signed.\n",
    ),
    "LS002 'about' before the count": (
        "LS002",
        "Kenya, Uganda, Ghana, Nigeria and Senegal, the roughly four countries that host more than half "
        "of the libraries, asked for funds.\n",
    ),
    "LS002 a list and a separate group after it": (
        "LS002",
        "Chile, Peru and Ecuador signed; the two countries that export most of the fishmeal did not.\n",
    ),
    "LS001 the same members in another order": (
        "LS001",
        "Four donor governments — Japan, Canada, Sweden and Italy — paid for the first locks.\n\n"
        "In the second phase, the canal trust's donor governments (Sweden, Italy, Canada and Japan) "
        "asked for an audit.\n",
    ),
    "LS001 another group of the same size": (
        "LS001",
        "Four donor governments — Japan, Canada, Sweden and Italy — paid for the first locks.\n\n"
        "The canal trust's recipient governments (Sweden, Italy, Spain and Japan) asked for an audit.\n",
    ),
    "LS001 a partial list with 'including'": (
        "LS001",
        "Four donor governments — Japan, Canada, Sweden and Italy — paid for the first locks.\n\n"
        "The canal trust's donor governments, including Sweden, Italy and Spain, asked for an audit.\n",
    ),
    "LS001 a later year's membership that grew": (
        "LS001",
        "In 2019 four donor governments — Japan, Canada, Sweden and Italy — paid for the first locks.\n\n"
        "By 2024 the canal trust's donor governments (Sweden, Italy, Spain, Japan and Canada) had "
        "doubled the budget.\n",
    ),
    "LS001 'the same four' after a list of five": (
        "LS001",
        "The five largest exporters — Chile, Peru, Ecuador, Brazil and Mexico — sold most of the "
        "fishmeal.\n\n"
        "In 2023 buyers turned to the same four (Chile, Peru, Ecuador and Argentina).\n",
    ),
    "LS001 'such as' after the first list": (
        "LS001",
        "The five largest exporters — Chile, Peru, Ecuador, Brazil and Mexico — sold most of the "
        "fishmeal.\n\n"
        "Smaller exporters such as Chile, Peru and Argentina sold the rest.\n",
    ),
    "LS001 two groups with other adjectives": (
        "LS001",
        "Four donor governments — Japan, Canada, Sweden and Italy — paid for the first locks.\n\n"
        "Four borrowing governments — Sweden, Italy, Spain and Japan — repaid the loans.\n",
    ),
    "LS001 'among them' in the second list": (
        "LS001",
        "Four donor governments — Japan, Canada, Sweden and Italy — paid for the first locks.\n\n"
        "The canal trust's donor governments, among them Sweden, Italy and Spain, asked for an audit.\n",
    ),
    "LS001 'All four' with the same members in another order": (
        "LS001",
        "Four ports handle the grain trade: Odesa, Izmail, Reni and Chornomorsk.\n\n"
        "All four — Reni, Odesa, Chornomorsk and Izmail — were shelled in July.\n",
    ),
    "LS001 a one-word group that only says they belong": (
        "LS001",
        "Four countries — Chile, Peru, Kenya and Ghana — voted against the quota.\n\n"
        "The region's countries (Chile, Peru, Kenya and Fiji) met in June.\n",
    ),
    "LS001 'the four' with no list of four before it": (
        "LS001",
        "Five ports handle the grain trade: Odesa, Izmail, Reni, Pivdennyi and Chornomorsk.\n\n"
        "The four (Odesa, Izmail, Reni and Mykolaiv) on the river were shelled.\n",
    ),
    "LS002 a count after its list between dashes, right": (
        "LS002",
        "Kenya, Uganda, Ghana and Nigeria — the four countries that host most of the refugees — asked for funds.\n",
    ),
    "LS002 'are the N' with the right count": (
        "LS002",
        "Kenya, Uganda and Ghana are the three countries that host most of the refugees.\n",
    ),
    "LS002 'are among the N'": (
        "LS002",
        "Kenya, Uganda, Ghana and Nigeria are among the three countries that host most refugees.\n",
    ),
    "LS002 'are the countries that …' with a number in the clause": (
        "LS002",
        "Kenya, Uganda, Ghana and Nigeria are the countries that host three quarters of the refugees.\n",
    ),
    "LS001 'these four countries' with the same members": (
        "LS001",
        "Hydrogen arrives from four suppliers: Norway, Algeria, Morocco and Egypt.\n\n"
        "Contracts with these four countries, Egypt, Norway, Morocco and Algeria, run until 2030.\n",
    ),
    "LS001 'the same suppliers' with another number of members": (
        "LS001",
        "Hydrogen arrives from four suppliers: Norway, Algeria, Morocco and Egypt.\n\n"
        "The same suppliers (Norway, Algeria and Egypt) signed contracts that run until 2030.\n",
    ),
    "LS001 'these four countries' with no list of four before": (
        "LS001",
        "Hydrogen arrives from three suppliers: Norway, Algeria and Egypt.\n\n"
        "Contracts with these four countries, Norway, Algeria, Tunisia and Egypt, run until 2030.\n",
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
