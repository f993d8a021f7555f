"""NU003 on a cause of misses (session 24), our own sentences in
``benchmarks/cases/tab24-own.yml``: a table whose cells carry their own unit, currency or
scale ("280,000 t", "€16.8 million", "1.3 million" under "Women screened"), read with its
row's label and its column's header and held to the prose sentence that states the same
row-and-column fact with another value. Traps: the other year's column, a row the prose
does not name, a total row restated as written, a change the prose explains. Each defect
gives one NU003 finding at one of its two figures, each trap none."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.rules.test_cases import run_rule

_CASES = yaml.safe_load((Path(__file__).parents[2] / "benchmarks" / "cases" / "tab24-own.yml").read_text("utf-8"))
_ITEMS = {item["id"]: item for item in _CASES["items"]}


def _run(item: dict, tmp_path: Path) -> tuple[list, str]:
    text = f"---\npublication_date: {item['publication_date']}\n---\n{item['text']}"
    return run_rule("NU003", text, "markdown", tmp_path), text


def _line(text: str, phrase: str) -> int:
    return text[: text.index(phrase)].count("\n") + 1


@pytest.mark.parametrize("case", sorted(k for k, v in _ITEMS.items() if v["label"] == "defect"))
def test_defect_found(case: str, tmp_path: Path) -> None:
    item = _ITEMS[case]
    found, text = _run(item, tmp_path)
    assert len(found) == 1, [f.message for f in found]
    assert found[0].location.line in {_line(text, item["at"]), *(_line(text, a) for a in item["also"])}


@pytest.mark.parametrize("case", sorted(k for k, v in _ITEMS.items() if v["label"] == "trap"))
def test_trap_silent(case: str, tmp_path: Path) -> None:
    found, _ = _run(_ITEMS[case], tmp_path)
    assert found == [], [f.message for f in found]
