"""NM001 on hyphenated surnames misspelt in one part (issue 12): our own sentences; each
defect gives one finding, each trap none."""

from __future__ import annotations

import pytest

from tests.rules.test_cases import run_rule

DEFECTS = {
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
    "a hyphen added is not a misspelling": """
Awa Diallo-Keita signed the report.

The report names Diallo Keita as its author.
""",
    "both spellings in one sentence are two names": """
The panel heard Ramos-Ortega and Ramos-Ortego on the same day.
""",
    "two names with an apostrophe and different initials after it": """
Ciaran O'Donnell met the minister.

Later, Aoife O'Connell answered questions.
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
