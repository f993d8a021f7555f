"""QT001 on a quotation restated with several small changes (a tense, a number, a small
word) and on speakers named before an apposition (issue 12): our own sentences; each
defect gives one finding, each trap none."""

from __future__ import annotations

import pytest

from tests.rules.test_cases import run_rule

DEFECTS = {
    "a tense and a number word changed, a small word dropped": """
"Every hour we lose in May costs us two weeks in September," says Marta Lindahl, who plans the harvest.

As Lindahl told the growers' meeting, "every hour lost in May costs one week in September."
""",
    "a speaker named before an apposition, restated in a later interview": """
"Closing the mine is not the end of the town; it is the start of its second life," Paul Ferrand, the mayor's adviser, told the council.

Ferrand put it differently in a later interview: "Closing the mine is no end of this town; it is the very start of its second life."
""",
    "a number in digits restated as another number word": """
"We planted 40 hectares of oak along the river last spring," said Jonas Weber, the forester.

Weber repeated that "we planted fifty hectares of oak along the river last spring."
""",
    "restated in a note with two changed words": """
"The new ward will treat twelve hundred patients a year from the valley," said Dr Amara Osei.[^1]

[^1]: Osei later wrote that "the new ward would treat nine hundred patients each year from the valley."
""",
    "an inflection and a small word changed": """
"Our ferries carried more passengers in winter than the bridge did in summer," said Ilse Brandt, who runs the line.

Brandt says that "the ferries carry more passengers in winter than the bridge did in summer."
""",
    "a speaker named with a title and an apposition": """
"The river does not wait for us to agree on a plan for the dikes," Dr Ruth Haller, the district engineer, warned in March.

In June Haller warned again: "the river will not wait for us to agree on any plan for its dikes."
""",
}

TRAPS = {
    "the same speaker on two different subjects in one pattern": """
"We will open the northern bridge to lorries before the harvest," said Ines Moreau, the mayor.

Later Moreau said that "we will close the southern ferry to cars after the harvest."
""",
    "two speakers saying alike": """
"Every hour we lose in May costs us two weeks in September," says Marta Lindahl.

"Every day we lose in June costs us a month in October," says Pieter Claes, her rival.
""",
    "an excerpt with an ellipsis": """
"Closing the mine is not the end of the town; it is the start of its second life," Paul Ferrand, the mayor's adviser, told the council.

Ferrand added that "closing the mine is not the end … it is the start of its second life."
""",
    "an editorial insertion in brackets": """
"We planted forty hectares of oak along the river last spring," said Jonas Weber.

Weber said that "we planted forty hectares of oak along the [Elbe] river last spring."
""",
    "a paraphrase outside quotation marks": """
"Our ferries carried more passengers in winter than the bridge did in summer," said Ilse Brandt.

Brandt's point is that the ferries carry more people in winter than the bridge in summer.
""",
    "two questions on one pattern": """
The survey asked: "How many hours a week do you spend driving your own car to work?"

It then asked: "How many hours a week do you spend riding the ferry to the market?"
""",
    "the same words quoted again with different typography and case": """
"Every hour we lose in May costs us two weeks in September," says Marta Lindahl.

She repeated: “every hour we lose in May costs us two weeks in September.”
""",
    "a speaker's two sentences sharing their frame but not their content": """
"We cut the water price for farms by a tenth in the dry year," said Omar Haddad, the minister.

"We raised the water price for hotels by a third in the wet year," Haddad said a year later.
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
