"""benchmarks/train_nu003.py: the grouped cross-validation over a small dump of our own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimcheck.rules._nu003_pairs import FEATURES
from tests.benchmarks._bench import bench_module


def _dump(tmp_path: Path) -> Path:
    """Two drafts in two folds and one real document: in each draft a restatement with
    digits swapped (the positive) and a pair apart in value (a negative)."""
    k = len(FEATURES)
    swapped, apart = [0.0] * k, [0.0] * k
    swapped[FEATURES.index("transposed")] = 1.0
    apart[FEATURES.index("log_ratio")] = 0.6
    rows: list[dict] = []
    for name, fold in (("05-gritting.md", 0), ("150-ferries.md", 1)):
        rows.append(
            {"doc": name, "real": False, "fold": fold, "defects": [{"id": "d1", "targets": [3, 9]}], "today": []}
        )
        rows.append(
            {
                "doc": name,
                "lines": [3, 9],
                "texts": ["212", "221"],
                "measure": "count",
                "x": swapped,
                "pos": 1.0,
                "ids": ["d1"],
                "trap": False,
            }
        )
        rows.append(
            {
                "doc": name,
                "lines": [20, 30],
                "texts": ["40", "72"],
                "measure": "count",
                "x": apart,
                "pos": 0.0,
                "ids": [],
                "trap": False,
            }
        )
    rows.append({"doc": "realdocs/a.md", "real": True, "fold": 2, "defects": [], "today": []})
    rows.append(
        {
            "doc": "realdocs/a.md",
            "lines": [4, 8],
            "texts": ["3", "5"],
            "measure": "count",
            "x": apart,
            "pos": 0.0,
            "ids": [],
            "trap": False,
        }
    )
    path = tmp_path / "pairs.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_training_reports_each_fold_and_is_the_same_twice(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    train = bench_module("train_nu003")
    path = _dump(tmp_path)
    train.train(path, False, 1.0, 50, 5.0, False)
    first = capsys.readouterr().out
    train.train(path, False, 1.0, 50, 5.0, False)
    assert capsys.readouterr().out == first
    assert "ceiling: 2 of 2 NU003 defects" in first
    folds = [line.split() for line in first.splitlines() if line[:3].strip().isdigit() and "-" in line[:8]]
    # today found neither; the learned pairs, trained on the other fold, find both
    assert folds[0][1:4] == ["1", "0", "1"] and folds[1][1:4] == ["1", "0", "1"]
