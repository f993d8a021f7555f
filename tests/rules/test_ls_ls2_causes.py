"""LS001 and LS002 on causes of misses (session 24, second round), our own sentences in
``benchmarks/cases/ls2-own.yml``: a count leading the clause, a verb and its object, then a
colon or "namely" and the things counted ("Four reasons explain the fall: …"); a run of
names holding a body of two fields joined by "and" ("the Ministry of Health and Welfare"),
read whole rather than from the name after its "and". Each defect gives one finding of its
rule, each trap none of its family."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.rules.test_cases import run_rule

_CASES = yaml.safe_load((Path(__file__).parents[2] / "benchmarks" / "cases" / "ls2-own.yml").read_text("utf-8"))
_ITEMS = {item["id"]: item for item in _CASES["items"]}
_CODES = ("LS001", "LS002")


def _run(item: dict, tmp_path: Path) -> list:
    return [f for code in _CODES for f in run_rule(code, item["text"], "markdown", tmp_path)]


@pytest.mark.parametrize("case", sorted(k for k, v in _ITEMS.items() if v["label"] == "defect"))
def test_defect_found(case: str, tmp_path: Path) -> None:
    item = _ITEMS[case]
    found = [f for f in _run(item, tmp_path) if f.rule == item["rule"]]
    assert len(found) == 1, [f.message for f in found]
    text = item["text"]
    assert found[0].location.line == text[: text.index(item["at"])].count("\n") + 1


@pytest.mark.parametrize("case", sorted(k for k, v in _ITEMS.items() if v["label"] == "trap"))
def test_trap_silent(case: str, tmp_path: Path) -> None:
    found = _run(_ITEMS[case], tmp_path)
    assert found == [], [f.message for f in found]
