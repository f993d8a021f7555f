"""QT001 on three causes of misses (session 23), our own sentences in
``benchmarks/cases/qt23-own.yml``: a speaker whose name opens with an accented capital
("Ólafur", "Łucja", "Émile"), so "he said" points back to them; "roughly" or "something
like" before a figure, which marks no paraphrase; a noun set against another ("rather
than doctors:", "instead of safety:") before a colon that opens the speaker's words. Each
defect gives one finding, each trap none."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from claimcheck.extract.quotations import subject_before
from claimcheck.extract.text import sentence_bounds
from claimcheck.rules.qt001_quotation_worded_differently import _LOOSE
from tests.rules.test_cases import run_rule

_CASES = yaml.safe_load((Path(__file__).parents[2] / "benchmarks" / "cases" / "qt23-own.yml").read_text("utf-8"))
_ITEMS = {item["id"]: item for item in _CASES["items"]}


@pytest.mark.parametrize("case", sorted(k for k, v in _ITEMS.items() if v["label"] == "defect"))
def test_defect_found(case: str, tmp_path) -> None:
    item = _ITEMS[case]
    found = run_rule("QT001", item["text"], "markdown", tmp_path)
    assert len(found) == 1, [f.message for f in found]
    line = item["text"][: item["text"].index(item["at"])].count("\n") + 1
    assert found[0].location.line == line


@pytest.mark.parametrize("case", sorted(k for k, v in _ITEMS.items() if v["label"] == "trap"))
def test_trap_silent(case: str, tmp_path) -> None:
    found = run_rule("QT001", _ITEMS[case]["text"], "markdown", tmp_path)
    assert found == [], [f.message for f in found]


def test_sentence_opens_with_accented_capital() -> None:
    text = "Fees rose in May. Ørjan Dahl runs the port. Ślusarz agreed."
    assert sentence_bounds(text) == [0, text.index("Ørjan"), text.index("Ślusarz")]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ('Rents rose. Émile Fournier, who farms near Beaune, spoke. "We will sell," he said.', "Émile Fournier"),
        ('Quotas fell. Åsa Berg, the skipper, met us. "We fish less," she said.', "Åsa Berg"),
        ('Tolls rose. Ignacio Pérez, the mayor, came. "We pay more," he said.', "Ignacio Pérez"),
    ],
)
def test_she_points_to_a_name_with_an_accented_capital(text: str, who: str) -> None:
    assert subject_before(text, text.index(" he said" if " he said" in text else " she said")) == who


@pytest.mark.parametrize(
    ("text", "loose"),
    [
        ("the roughly 136,000 people placed", False),
        ("something like half the sites", False),
        ("roughly a third of the herd", False),
        ("roughly $40m a year", False),
        ("she said, roughly, that", True),
        ("something like this:", True),
        ("roughly the same thing", True),
        ("in effect, she said", True),
    ],
)
def test_roughly_before_a_figure_marks_no_paraphrase(text: str, loose: bool) -> None:
    assert bool(_LOOSE.search(text)) is loose
