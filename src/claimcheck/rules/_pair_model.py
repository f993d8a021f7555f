"""A learned decision on a pair of claims: logistic scoring over a few numeric features.

A rule that compares two claims (NU003 two figures, DT001 two dates) can hand the decision
"do these two state the same fact?" to a small logistic model learned from labelled drafts
and real documents. The model ships as ``src/claimcheck/data/<name>.json``::

    {"features": ["shared_weight", "same_sentence", ...],
     "weights": [1.3, -0.4, ...],
     "bias": -2.1,
     "threshold": 0.8}

``PairModel.load(name)`` reads it, ``score(features)`` gives the probability (the logistic
of ``bias + sum(weight * feature)``) and ``accepts(features)`` says whether it reaches the
threshold. The features must be given in the file's order; a caller checks that the names it
computes are :attr:`PairModel.features` (a test does).

:func:`fit_logistic` trains such a model deterministically (full-batch gradient descent
with L2 on standardised features, folded back into weights on the raw features), in pure
Python: the training scripts under ``benchmarks/`` use it, and so does the test that the
training is reproducible.
"""

from __future__ import annotations

import json
import math
import operator
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any


def _logistic(z: float) -> float:
    """The logistic function, without overflow for large ``|z|``."""
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


@dataclass(frozen=True)
class PairModel:
    """Weights over named features, a bias and the threshold a pair's score must reach."""

    features: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float

    def __post_init__(self) -> None:
        if len(self.features) != len(self.weights):
            raise ValueError(f"{len(self.features)} feature names but {len(self.weights)} weights")

    @staticmethod
    def load(name: str) -> PairModel:
        """The model of ``claimcheck/data/<name>.json`` (read once per process)."""
        return _load(name)

    @staticmethod
    def from_dict(data: dict[str, Any]) -> PairModel:
        """A model from the JSON object of a weights file."""
        return PairModel(
            features=tuple(str(f) for f in data["features"]),
            weights=tuple(float(w) for w in data["weights"]),
            bias=float(data["bias"]),
            threshold=float(data["threshold"]),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of a weights file (the inverse of :meth:`from_dict`)."""
        return {
            "features": list(self.features),
            "weights": list(self.weights),
            "bias": self.bias,
            "threshold": self.threshold,
        }

    def margin(self, features: Sequence[float]) -> float:
        """``bias + sum(weight * feature)``: the score before the logistic."""
        if len(features) != len(self.weights):
            raise ValueError(f"{len(features)} features given, the model has {len(self.weights)}")
        return self.bias + math.fsum(w * float(x) for w, x in zip(self.weights, features, strict=True))

    def score(self, features: Sequence[float]) -> float:
        """The probability, between 0 and 1, that the pair states one fact."""
        return _logistic(self.margin(features))

    def accepts(self, features: Sequence[float]) -> bool:
        """Whether the pair's score reaches the threshold."""
        return self.score(features) >= self.threshold


@lru_cache(maxsize=None)
def _load(name: str) -> PairModel:
    from claimcheck.cache import package_text

    text = package_text("claimcheck.data", f"{name}.json")
    return PairModel.from_dict(json.loads(text))


def fit_logistic(
    rows: Sequence[Sequence[float]],
    labels: Sequence[int],
    names: Sequence[str],
    *,
    l2: float = 1.0,
    iterations: int = 400,
    rate: float = 0.5,
    threshold: float = 0.5,
    positive_weight: float = 1.0,
) -> PairModel:
    """A logistic model fitted to ``rows`` (one feature vector per pair) and 0/1 ``labels``.

    Features are standardised (mean 0, unit spread; a constant feature gets weight 0), the
    mean log-loss plus ``l2 / n`` times half the squared weights is minimised by full-batch
    gradient descent for a fixed number of ``iterations``, and the weights are folded back so
    that the model scores raw features. ``positive_weight`` counts each positive that many
    times (for rare positives). The same input always gives the same model.
    """
    n = len(rows)
    k = len(names)
    if n == 0 or n != len(labels):
        raise ValueError("need as many labels as rows, and at least one row")
    if any(len(r) != k for r in rows):
        raise ValueError(f"every row needs {k} features")
    means = [math.fsum(float(r[j]) for r in rows) / n for j in range(k)]
    spreads = []
    for j in range(k):
        var = math.fsum((float(r[j]) - means[j]) ** 2 for r in rows) / n
        spreads.append(math.sqrt(var) if var > 1e-12 else 0.0)
    # column by column: one pass of map() per feature and iteration, not a loop per value
    columns = [[(float(r[j]) - means[j]) / spreads[j] for r in rows] if spreads[j] else [0.0] * n for j in range(k)]
    ys = [float(y) for y in labels]
    sample_w = [positive_weight if y else 1.0 for y in labels]
    total_w = math.fsum(sample_w)
    w = [0.0] * k
    b = 0.0
    for _ in range(iterations):
        margin = [b] * n
        for j in range(k):
            if w[j]:
                wj = w[j]
                margin = [m + wj * x for m, x in zip(margin, columns[j], strict=True)]
        err = [sw * (_logistic(m) - y) for m, y, sw in zip(margin, ys, sample_w, strict=True)]
        for j in range(k):
            grad = sum(map(operator.mul, err, columns[j]))
            w[j] -= rate * (grad / total_w + l2 * w[j] / n)
        b -= rate * sum(err) / total_w
    raw = [w[j] / spreads[j] if spreads[j] else 0.0 for j in range(k)]
    bias = b - math.fsum(raw[j] * means[j] for j in range(k))
    return PairModel(features=tuple(names), weights=tuple(raw), bias=bias, threshold=threshold)
