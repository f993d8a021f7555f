"""NM001 on hyphenated surnames misspelt in one part, and on letters that spell one sound
(v / u, w / v, f / v, c / k, s / z, ph / f, ks / x) in a person's surname (issue 12): our own sentences;
each defect gives one finding, each trap none."""

from __future__ import annotations

import pytest

from tests.rules.test_cases import run_rule

DEFECTS = {
    # (a trap before session 14, when only spelling slips were read in surnames: the double
    # surname written with a space is its other written form, as "Tianwen 3" is of
    # "Tianwen-3", reported as such and not as a misspelling; see test_hyphen_is_a_form_not_a_slip)
    "a hyphen added is the name's other form": """
Awa Diallo-Keita signed the report.

The report names Diallo Keita as its author.
""",
    "letters swapped in the second part": """
Fatima Benali-Ortiz leads the clinic's research unit.

The trial was slow to start, Benali-Otriz said, because consent forms were late.
""",
    "letters swapped in the first part": """
Pierre Lefebvre-Martin chairs the port board.

Lefbevre-Martin wants a second quay by 2030.
""",
    "a vowel changed inside the last part": """
Grete Lindqvist-Haugen runs the fishermen's cooperative.

According to Lindqvist-Haugan, prices fell by a fifth.
""",
    "a letter dropped in the first part": """
Anna Kowalska-Nowak heads the housing office.

Kowalka-Nowak says rents rose again.
""",
    "a letter dropped in a name with an apostrophe": """
Siobhan O'Sullivan directs the fisheries institute.

The survey, O'Sulivan said, will be repeated in spring.
""",
    "q-v for q-u in a surname alone, possessive": """
The plan was drafted by Hanna Lindqvist, an engineer from Turku.

Lindquist's second point, about the budget, was ignored.
""",
    "w for v in a surname after the same given name": """
Irina Wolkova runs the seed bank in the north.

Two years later Irina Wolkowa opened a second store.
""",
    "f for v in a surname": """
The court heard Erik Gustavsson, who built the bridge.

Gustafsson told the judges the steel was delivered late.
""",
    "k for c inside a surname": """
The harbour master, Marco Pellicano, counted the ships.

In winter, Pellikano says, half of them stay in port.
""",
    "z for s inside a surname": """
The survey was led by Ruth Mendesson of the fisheries office.

Mendezson warns that the catch will fall again.
""",
    "ph for f inside a surname": """
The orchestra is led by Karin Stefansen, who founded it in 1998.

The orchestra toured twice with Stephansen as its conductor.
""",
    "ks for x inside a surname": """
The report was written by Irina Alexandrova for the water board.

Aleksandrova's figures were later confirmed.
""",
    "ij written y in a surname after a particle": """
The canal survey was run by Joost van Dijkstra for the water board.

Later that year van Dykstra reported that the locks leaked.
""",
    "y written ij in a surname, the particle capitalised at a sentence start": """
Ilse van der Weyden keeps the library's map collection.

Van der Weijden says half the charts were never catalogued.
""",
    "a vowel changed after a two-word particle": """
The prison audit was signed by Hendrik van den Bosschaert.

In the appendix van den Bosschairt lists the cells inspected.
""",
    "a letter dropped after 'de'": """
The fisheries minister, Carla de Vasconcellos, set the quota.

De Vasconcelos later cut it by a tenth.
""",
    "ij for y after 'ter', possessive": """
The hydrogen pilot is led by Maarten ter Heyligen in Delft.

Ter Heijligen's team expects the first tanks in March.
""",
    "letters swapped after 'von'": """
The satellite's camera was designed by Klara von Reichenbach.

Engineers trained by von Riechenbach built the spare.
""",
    "ij for y after 'van der' in running text": """
Broadband coverage was mapped by Pieter van der Meyden in 2021.

The regulator adopted the map that van der Meijden drew.
""",
    "a vowel changed after 'da'": """
The textile exporters' association is chaired by Lucia da Fonseca.

Da Fonsaca argues that cotton prices will fall.
""",
}

TRAPS = {
    "two people with different given names": """
Ana Ruiz-Pardo chairs the committee.

Her deputy, Luis Ruiz-Prado, disagreed.
""",
    "another initial in one part is another name": """
Moussa Diallo-Keita spoke first.

Then Diallo-Beita replied for the other side.
""",
    "both spellings in one sentence are two names": """
The panel heard Ramos-Ortega and Ramos-Ortego on the same day.
""",
    "two names with an apostrophe and different initials after it": """
Ciaran O'Donnell met the minister.

Later, Aoife O'Connell answered questions.
""",
    "q-v and q-u surnames of two people with different given names": """
Hanna Lindqvist designed the tunnel.

Her colleague Petra Lindquist designed the canisters.
""",
    "a place and a firm whose names differ by v and w": """
The new line runs from Kalvik to the coast.

The contract went to Kalwik, a builder from the south.
""",
    "a consonant alternation in a name no given name introduces": """
Ships from Varberg unload timber there.

Warberg harbour handles the grain.
""",
    "a consonant change outside the known alternations": """
The study was led by Mette Haldorsen in Bergen.

Halborsen found that the fish moved north.
""",
    "an alternation at the first letter is another name": """
Anna Volkova chairs the board.

Wolkova, her predecessor, resigned in May.
""",
    "both spellings in one sentence": """
Records list Tomas Gustavsson and Gustafsson among the founders.
""",
    "ph and f in the names of a firm and a town": """
The ferry leaves from Delphin harbour every morning.

Delfin, the shipping firm, runs the evening boat.
""",
    "ph and f in the surnames of two people": """
Karin Stefansen founded the orchestra.

Her rival, Anders Stephansen, founded the choir.
""",
    "a particle capitalised at a sentence start is the same name": """
The hydrogen study was written by Sanne van der Berg.

Van der Berg found that the pipes could be reused.
""",
    "ij and y in the surnames of two people with different given names": """
Anouk van Dijkema manages the canal locks.

Her colleague Pieter van Dykema manages the bridges.
""",
    "ij and y in a place and a firm no given name introduces": """
Barges from Bergeijk carry sand to the coast.

The order went to Bergeyk, a dredging firm.
""",
    "two people after the same particle, different given names": """
Marit de Graafland counted the library's loans.

Her brother Joris de Groofland counted its visitors.
""",
    "ij and y in one sentence": """
The founders were Lotte van Rijnsma and Bram van Rynsma, cousins from Leiden.
""",
    "a particle written two ways is not a name variant": """
Emma van Leeuwen runs the vaccine trial for cattle.

Van Leeuwen says the second dose is due in April.
""",
    "a first-letter change after a particle is another name": """
Femke van Hoorneman leads the prison inspectorate.

The report cites van Doorneman, a former warden.
""",
    "ij and y in the surnames of two people, the second at a sentence start": """
Noor van Heijningen designed the dyke.

Van Heyningen, an engineer from Utrecht who is no relation, built the sluice next to it.
Kees van Heyningen signed for the builder.
""",
}


@pytest.mark.parametrize("name", sorted(DEFECTS))
def test_defect_found(name: str, tmp_path) -> None:
    found = run_rule("NM001", DEFECTS[name].lstrip(), "markdown", tmp_path)
    assert len(found) == 1, [f.message for f in found]


@pytest.mark.parametrize("name", sorted(TRAPS))
def test_trap_silent(name: str, tmp_path) -> None:
    found = run_rule("NM001", TRAPS[name].lstrip(), "markdown", tmp_path)
    assert found == [], [f.message for f in found]


def test_hyphen_is_a_form_not_a_slip(tmp_path):
    """A double surname written with a space is reported as another form of the name, with
    no advice to check its spelling."""
    (f,) = run_rule("NM001", "# Report\n\n" + DEFECTS["a hyphen added is the name's other form"], "markdown", tmp_path)
    assert f.message == "'Diallo Keita' is also written 'Diallo-Keita'" and "spelling" not in (f.help or "")
