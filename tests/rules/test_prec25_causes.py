"""False alarms of the unseen seeds 317-319, by cause, our own sentences in
``benchmarks/cases/prec25-own.yml``: two figures each written before its own noun ("a 3-hour
field visit" / "a 2-hour classroom workshop") measure two things; figures in two items of one
list each under its own title ("Spring Seed Swap - ..." / "Autumn Apple Day - ...") are two
members' values; a number after a noun ("bootloader 12 then your choices are:") counts no
list; "early" / "late" before a date are the date's words, no participant of its event; and,
from the development set, two lengths of two dimensions ("14 metres high" / "11 metres
across"), a country's adjective in French and English ("Office Tunisien" / "Tunisian
Office"), a paragraph that gives the earlier value as written beside another ("asks for
€1,050 per visit; at €840 per visit ..."), and a limit a rule sets ("a cap of 25 per cent")
against a measured share. Each
defect (a near miss that must stay flagged) gives one finding of its rule, each trap none of
its family."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.rules.test_cases import run_rule

_CASES = yaml.safe_load((Path(__file__).parents[2] / "benchmarks" / "cases" / "prec25-own.yml").read_text("utf-8"))
_ITEMS = {item["id"]: item for item in _CASES["items"]}
_CODES = {"NU": ("NU003",), "LS": ("LS001", "LS002"), "DT": ("DT001",), "NM": ("NM001",)}


def _run(item: dict, tmp_path: Path) -> list:
    text = item["text"]
    found = []
    for code in _CODES[item["kind"]]:
        found += [(f, text) for f in run_rule(code, text, "markdown", tmp_path)]
    return found


@pytest.mark.parametrize("case", sorted(k for k, v in _ITEMS.items() if v["label"] == "defect"))
def test_defect_found(case: str, tmp_path: Path) -> None:
    item = _ITEMS[case]
    found = [(f, text) for f, text in _run(item, tmp_path) if f.rule == item["rule"]]
    assert len(found) == 1, [f.message for f, _ in found]
    f, text = found[0]
    assert f.location.line == text[: text.index(item["at"])].count("\n") + 1


@pytest.mark.parametrize("case", sorted(k for k, v in _ITEMS.items() if v["label"] == "trap"))
def test_trap_silent(case: str, tmp_path: Path) -> None:
    found = _run(_ITEMS[case], tmp_path)
    assert found == [], [f.message for f, _ in found]
