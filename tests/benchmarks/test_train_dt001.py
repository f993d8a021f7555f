"""benchmarks/train_dt001.py: the folds, the training set and a reproducible fit, on a tiny
synthetic set of pairs (not the evaluation drafts: their numbers are reported, not asserted)."""

from __future__ import annotations

from tests.benchmarks._bench import bench_module as _module

from claimcheck.rules._dt001_pairs import FEATURES


def _rows() -> list[dict]:
    rows = []
    for k in range(40):
        y = 1 if k % 5 == 0 else 0
        x = [0.0] * len(FEATURES)
        x[FEATURES.index("shared_weight")] = 0.9 if y else (k % 7) / 10
        x[FEATURES.index("events_agree")] = float(y or k % 3 == 0)
        rows.append({"x": x, "y": y, "near": k == 39, "trap": False, "src": "eval", "fold": k % 5})
    return rows


def test_draft_numbers_fall_in_their_writer_batch() -> None:
    train = _module("train_dt001")
    assert [train.fold_of_draft(n) for n in ("07-a.md", "99-b.md", "100-c.md", "250-d.md", "300-e.md", "340-f.md")] == [
        0,
        0,
        1,
        2,
        3,
        4,
    ]


def test_pairs_near_a_defect_are_left_out_of_training() -> None:
    train = _module("train_dt001")
    xs, ys = train._training(_rows())
    assert len(xs) == len(ys) == 39
    assert sum(ys) == 8


def test_training_the_same_pairs_twice_gives_the_same_model() -> None:
    train = _module("train_dt001")
    xs, ys = train._training(_rows())
    one = train.fit(xs, ys, l2=1.0, iterations=50, positive_weight=2.0)
    two = train.fit(xs, ys, l2=1.0, iterations=50, positive_weight=2.0)
    assert one == two
    assert one.features == FEATURES
    shared = FEATURES.index("shared_weight")
    assert one.weights[shared] > 0  # what separates the positives here weighs for them
