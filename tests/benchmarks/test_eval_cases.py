"""The case-set scorer (``benchmarks/eval_cases.py``): validation, matching and counting.

It reports numbers, never asserts recall; these tests pin what it counts as found, by rule,
violated and missed on two small sets written for them, and that bad files are reported.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.benchmarks._bench import bench_module

SET = """\
writer: test
items:
  - id: t-01
    label: defect
    kind: FN
    rule: FN002
    text: |
      The ferry service carried more travellers this winter.[^1] Fares stayed flat.[^2]

      [^1]: Harbour board, annual statement, 2025.
    at: Fares stayed flat.[^2]
    note: a reference with no note
  - id: t-02
    label: trap
    kind: FN
    text: |
      The depot opened a second bay.[^1]

      [^1]: Depot newsletter, May 2025.
    at: opened a second bay
    note: one reference, one note
  - id: t-03
    label: defect
    kind: FN
    rule: FN002
    text: |
      The tram line runs every ten minutes.

      Nothing here is wrong.
    at: runs every ten minutes
    note: planted wrongly, so it is missed
"""


@pytest.fixture(scope="module")
def cases():
    return bench_module("eval_cases")


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "set.yml"
    path.write_text(text, encoding="utf-8")
    return path


def test_counts_found_missed_and_traps(cases, tmp_path):
    items = cases.load_sets([_write(tmp_path, SET)])
    assert cases.problems(items) == []
    s = cases.summarise(cases.run(items))
    assert (s["planted"], s["found"], s["found_by_rule"]) == (2, 1, 1)
    assert s["per_rule"]["FN002"] == {"planted": 2, "found": 1, "found_by_rule": 1}
    assert [m["id"] for m in s["missed"]] == ["t-03"]
    assert (s["traps"], s["traps_violated"]) == (1, 0)


def test_a_trap_with_a_finding_of_its_family_is_violated(cases, tmp_path):
    text = SET.replace("The depot opened a second bay.[^1]", "The depot opened a second bay.[^1] And a third.[^2]")
    s = cases.summarise(cases.run(cases.load_sets([_write(tmp_path, text)])))
    assert s["traps_violated"] == 1
    assert s["violated"][0]["id"] == "t-02" and s["violated"][0]["findings"][0].startswith("FN002")


def test_check_reports_snippets_labels_and_ids(cases, tmp_path, capsys):
    bad = SET.replace("at: opened a second bay", "at: closed its bays").replace("label: trap", "label: maybe")
    bad = bad.replace("id: t-03", "id: t-01")
    assert cases.main([str(_write(tmp_path, bad)), "--check"]) == 0
    out = capsys.readouterr().out
    assert "t-02: label must be one of" in out
    assert "'closed its bays' is not found exactly once" in out
    assert "t-01: id used twice" in out
    assert out.strip().endswith("3 cases, 3 problems")


def test_an_unreadable_file_exits_2_with_one_line(cases, tmp_path, capsys):
    path = _write(tmp_path, "- just a list\n")
    assert cases.main([str(path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "expected a mapping with an 'items' list" in err[0]


SETS = sorted((Path(__file__).resolve().parents[2] / "benchmarks" / "cases").glob("*.yml"))


def test_there_are_case_sets():
    assert len(SETS) >= 3


@pytest.mark.parametrize("path", SETS, ids=[p.stem for p in SETS])
def test_a_committed_case_set_is_well_formed(cases, path):
    items = cases.load_sets([path])
    assert cases.problems(items) == []
    labels = {it["label"] for it in items}
    assert labels == {"defect", "trap"}, "a set holds defects and traps"
