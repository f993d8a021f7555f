"""QT001 on a quotation given again in another form (issue 12): a display quotation
introduced by a colon and set apart without quotation marks, restated later in the text
with words changed; a quotation recast in fewer words, its speaker named by a pronoun ("as
she puts it"); a quotation given again split in two around the writer's words ("'…,' but
'…'"). Our own sentences in other domains; each defect gives one finding, each trap none."""

from __future__ import annotations

import pytest

from tests.rules.test_cases import run_rule

DEFECTS = {
    "a display quotation after a colon restated with a name for 'another'": """
The harbour master, Pieter Kool, explained why the port closed the old basin:

We close these berths ourselves, on the basis of our own safety survey, and not because another port asks us to.

The basin stays shut, and Kool insists the closure was decided "on the basis of our own safety survey, and not because Antwerp asked us to" in March.
""",
    "a display quotation after a colon restated with a number changed": """
The prison governor, Helen Marsh, gave the inspectors a blunt answer:

We hold nine hundred men in cells built for six hundred, and we cannot train any of them.

Marsh later told a committee that the prison held "nine hundred men in cells built for five hundred" while training stalled.
""",
    "a quotation recast shorter, the speaker named by a pronoun": """
"Broadband follows the farms only when the farms can be mapped," says Ines Carvalho, who runs the rural network fund.

Carvalho's office now pays for surveys first because, as she puts it, "broadband only follows a farm that can be counted".
""",
    "a quotation recast with 'he told us', restated with the name": """
Tomas Brandt has run the canal locks for twenty years. "Barges arrive late only when the water is low and the locks are slow," he told us.

As Brandt put it, "barges come late when the water is low and locks are slow."
""",
    "a quotation split in two around 'but'": """
"Cattle can wait for many things, but they cannot wait for the vaccine," says Aisha Bello, a vet in Kaduna.

As Bello put it, "cattle can wait for a lot of things," but "not for the vaccine."
""",
    "a quotation split in two around 'she said'": """
"Readers forgive a slow catalogue, but they never forgive a closed library," says Nora Lind, the city librarian.

Lind returned to the point: "readers forgive a slow catalogue," she said, "but never a library that is shut."
""",
    "a quotation recast shorter in a later section": """
"Hydrogen will follow the pipelines only when the pipelines are paid for," said Jonas Berg, the grid planner.

## Outlook

Berg's warning stands because, as he put it, "hydrogen only follows pipelines that are financed".
""",
    "a quotation split around 'and' with a word changed in each part": """
"Satellites save money for every farmer who reads the data, and for every town that shares it," said Olga Petrova, the agency's director.

Petrova repeated that satellites "save money for each farmer who reads the data," and "for every city that shares it."
""",
    "a display quotation after a colon restated after 'X's warning that'": """
The head of the fisheries board, Mari Solheim, gave her reasons plainly:

We cut the quota ourselves, because the cod stock is falling, and not because Brussels tells us to.

Solheim's warning that the board acted "because the cod stock is falling, and not because Oslo told us to" did not calm the crews.
""",
    "words given as the speaker's without quotation marks, after 'as she puts it'": """
"Broadband follows the farms only when the farms can be mapped," says Ines Carvalho, who runs the rural network fund.

Carvalho's office now pays for surveys first because, as she puts it, broadband only follows a farm that can be counted.
""",
    "words given as the speaker's without quotation marks, after 'In X's words'": """
"Cattle can wait for many things, but they cannot wait for the vaccine," says Aisha Bello, a vet in Kaduna.

In Bello's words, cattle can wait for a lot of things, but they cannot wait for the vaccine.
""",
    "words given as the speaker's without quotation marks, after 'As X put it'": """
"Readers forgive a slow catalogue, but they never forgive a closed library," says Nora Lind, the city librarian.

As Lind put it, readers forgive a slow catalogue, but they never forgive a shut library.
""",
    "words given as the speaker's without quotation marks, after 'in his words'": """
Jonas Berg plans the grid. "Hydrogen will follow the pipelines only when the pipelines are paid for," he said.

Berg has not changed his view; in his words, hydrogen will follow the pipelines only when the pipelines are financed.
""",
}

TRAPS = {
    "an ellipsis marks the cut": """
"Cattle can wait for many things, but they cannot wait for the vaccine," says Aisha Bello, a vet in Kaduna.

As Bello put it, "cattle can wait for many things … they cannot wait for the vaccine."
""",
    "a recast marked as a paraphrase": """
"Broadband follows the farms only when the farms can be mapped," says Ines Carvalho, who runs the rural network fund.

In effect, as she puts it, "broadband only follows a farm that can be counted".
""",
    "two different speakers": """
"Broadband follows the farms only when the farms can be mapped," says Ines Carvalho, who runs the rural network fund.

Her rival Paulo Reis disagrees: "broadband only follows a farm that can be counted".
""",
    "a display quotation after a colon repeated exactly": """
The harbour master, Pieter Kool, explained why the port closed the old basin:

We close these berths ourselves, on the basis of our own safety survey, and not because another port asks us to.

Kool insists the closure was decided "on the basis of our own safety survey, and not because another port asks us to".
""",
    "a paragraph after a colon that is the writer's own": """
The harbour master gave three reasons for closing the basin:

We counted the berths, the ships and the tugs, and the numbers did not add up for another port.

Later the port said the closure was decided "on the basis of its own survey, because the numbers did not add up".
""",
    "the split parts quoted exactly": """
"Readers forgive a slow catalogue, but they never forgive a closed library," says Nora Lind, the city librarian.

Lind returned to the point: "readers forgive a slow catalogue," she said, "but they never forgive a closed library."
""",
    "a quotation from another source on the same subject": """
"Hydrogen will follow the pipelines only when the pipelines are paid for," said Jonas Berg, the grid planner.

A ministry report reaches the opposite view: "hydrogen pipelines follow demand, whoever pays for them".
""",
    "the same speaker saying two different things": """
"Barges arrive late only when the water is low and the locks are slow," said Tomas Brandt.

Brandt added that "barges will arrive early once the new locks open in the spring."
""",
    "words given as the speaker's, exactly as quoted": """
"Cattle can wait for many things, but they cannot wait for the vaccine," says Aisha Bello, a vet in Kaduna.

In Bello's words, cattle can wait for many things, but they cannot wait for the vaccine.
""",
    "words given as the speaker's, marked as the gist": """
"Broadband follows the farms only when the farms can be mapped," says Ines Carvalho, who runs the rural network fund.

In effect, as Carvalho puts it, broadband only follows a farm that can be counted.
""",
    "words given as another person's": """
"Broadband follows the farms only when the farms can be mapped," says Ines Carvalho, who runs the rural network fund.

As Paulo Reis put it, broadband only follows a farm that can be counted.
""",
    "words given as the speaker's that say something else": """
"Cattle can wait for many things, but they cannot wait for the vaccine," says Aisha Bello, a vet in Kaduna.

As Bello put it, cattle can wait for most things but never for a vaccine that works.
""",
}


@pytest.mark.parametrize("name", sorted(DEFECTS))
def test_defect_found(name: str, tmp_path) -> None:
    found = run_rule("QT001", DEFECTS[name].lstrip(), "markdown", tmp_path)
    assert len(found) == 1, [f.message for f in found]


@pytest.mark.parametrize("name", sorted(TRAPS))
def test_trap_silent(name: str, tmp_path) -> None:
    found = run_rule("QT001", TRAPS[name].lstrip(), "markdown", tmp_path)
    assert found == [], [f.message for f in found]
