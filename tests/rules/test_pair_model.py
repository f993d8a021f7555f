"""The learned pair decision: scoring, the threshold, the weights file and reproducible training."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.rules._pair_model import PairModel, fit_logistic

MODEL = PairModel(features=("a", "b"), weights=(2.0, -1.0), bias=-0.5, threshold=0.6)


def test_score_is_the_logistic_of_the_margin() -> None:
    assert MODEL.margin([1.0, 0.0]) == pytest.approx(1.5)
    assert MODEL.score([1.0, 0.0]) == pytest.approx(1 / (1 + math.exp(-1.5)))
    assert MODEL.score([0.0, 0.0]) == pytest.approx(1 / (1 + math.exp(0.5)))


def test_accepts_only_at_or_above_the_threshold() -> None:
    assert MODEL.accepts([1.0, 0.0])  # 0.82
    assert not MODEL.accepts([0.0, 0.0])  # 0.38
    assert not MODEL.accepts([1.0, 2.0])  # logistic(-0.5) = 0.38


def test_a_wrong_number_of_features_is_refused() -> None:
    with pytest.raises(ValueError):
        MODEL.score([1.0])
    with pytest.raises(ValueError):
        PairModel(features=("a",), weights=(1.0, 2.0), bias=0.0, threshold=0.5)


def test_the_weights_file_format_round_trips() -> None:
    assert PairModel.from_dict(MODEL.to_dict()) == MODEL


def test_a_missing_weights_file_is_an_error() -> None:
    with pytest.raises(FileNotFoundError):
        PairModel.load("no_such_pair_model")


@given(st.lists(st.floats(min_value=-1e6, max_value=1e6), min_size=2, max_size=2))
def test_score_is_a_probability(x: list[float]) -> None:
    assert 0.0 <= MODEL.score(x) <= 1.0


def _toy() -> tuple[list[list[float]], list[int]]:
    # the label follows the first feature; the second is noise, the third constant
    rows = [[float(i % 7), float((i * 3) % 5), 1.0] for i in range(40)]
    labels = [1 if r[0] >= 4 else 0 for r in rows]
    return rows, labels


def test_training_is_deterministic() -> None:
    rows, labels = _toy()
    first = fit_logistic(rows, labels, ["x", "noise", "const"], l2=0.5, iterations=200)
    second = fit_logistic(rows, labels, ["x", "noise", "const"], l2=0.5, iterations=200)
    assert first == second


def test_training_learns_the_informative_feature_and_ignores_a_constant() -> None:
    rows, labels = _toy()
    model = fit_logistic(rows, labels, ["x", "noise", "const"], l2=0.1, iterations=500)
    assert model.weights[0] > abs(model.weights[1])
    assert model.weights[2] == 0.0
    right = sum(model.accepts(r) == bool(y) for r, y in zip(rows, labels, strict=True))
    assert right >= 36


def test_a_stronger_penalty_gives_smaller_weights() -> None:
    rows, labels = _toy()
    loose = fit_logistic(rows, labels, ["x", "noise", "const"], l2=0.01, iterations=300)
    tight = fit_logistic(rows, labels, ["x", "noise", "const"], l2=50.0, iterations=300)
    assert abs(tight.weights[0]) < abs(loose.weights[0])
