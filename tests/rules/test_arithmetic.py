"""The shared reading of the arithmetic rules (rules/_arithmetic.py): figures, precision, kinds."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.ingest import load_document
from claimcheck.rules._arithmetic import Figure, bound_range, fmt, nearest_side, pct, scaled, sentences
from claimcheck.rules.base import CheckContext


def _figures(tmp_path: Path, text: str):
    path = tmp_path / "d.md"
    path.write_text(text, encoding="utf-8")
    ctx = CheckContext(load_document(path))
    return [f for s in sentences(ctx) for f in s.figures]


def test_percent_money_and_quantity_are_told_apart(tmp_path):
    figs = _figures(tmp_path, "Of its €5.8bn budget, 42% went to 2.4 TWh of storage in 2024.\n")
    kinds = [(f.num.written, f.kind) for f in figs]
    assert kinds == [("5.8bn", "EUR"), ("42", "%"), ("2.4", "terawatt_hour")]


def test_years_are_not_figures(tmp_path):
    figs = _figures(tmp_path, "Sales rose from 40 in 2021 to 100 in 2024.\n")
    assert [f.num.written for f in figs] == ["40", "100"]


@pytest.mark.parametrize(
    ("text", "half"),
    [
        ("It was 28% of 40 units.", 0.5),  # a percentage: half a unit of its last digit
        ("It was 28.4% of 40 units.", 0.05),
        ("It came to 2.9 billion euros, or 40 units.", 0.05e9),  # a scaled decimal
        ("Some 7 of 19 units.", 0.0),  # a plain integer is exact
        ("Some 14,000 of 19 units.", 50.0),  # three round zeros: within 50
        ("Seven of 19 units.", 0.0),  # words are exact
    ],
)
def test_precision_as_written(tmp_path, text, half):
    figs = _figures(tmp_path, text + "\n")
    assert figs[0].half == pytest.approx(half)


def test_hedges_and_bounds(tmp_path):
    figs = _figures(tmp_path, "About 40 of more than 300 units.\n")
    assert (figs[0].hedge, figs[0].bound) == ("about", None)
    assert (figs[1].hedge, figs[1].bound) == (None, "more than")


def test_ratio_out_of_is_two_figures(tmp_path):
    figs = _figures(tmp_path, "In all, 11 out of 40 patients improved.\n")
    assert [f.value for f in figs] == [11, 40]


def test_formatting():
    assert fmt(0.3684) == "0.368"
    assert fmt(2400.0) == "2,400"
    assert pct(0.3684) == "36.8%"
    assert pct(0.5) == "50%"


def test_scaled_keeps_the_scale_written(tmp_path):
    figs = _figures(tmp_path, "It is 90 million km, or 40 units.\n")
    assert scaled(139.8e6, figs[0]) == "139.8 million"


_NAMED = (0.1, 0.2, 0.25, 1 / 3, 0.5, 2 / 3, 0.75, 0.8, 0.9)


@given(
    st.sampled_from([0.2, 0.25, 1 / 3, 0.4, 0.5, 0.6, 2 / 3, 0.75, 0.8]),
    st.sampled_from(["about", "roughly", "around", "approximately", "some"]),
    st.floats(min_value=0.05, max_value=0.3),
)
def test_a_rough_fraction_is_nearer_to_itself_than_to_its_neighbours(x: float, hedge: str, t: float) -> None:
    """ "roughly a quarter" keeps the fraction itself and stops half-way to the fractions a
    writer would have named instead (a fifth, a third), never wider than it was given."""
    lo, hi = nearest_side(x, hedge, x * (1 - 2 * t), x * (1 + 2 * t))
    assert lo <= x <= hi
    assert x * (1 - 2 * t) <= lo and hi <= x * (1 + 2 * t)
    below = [f for f in _NAMED if f < x - 1e-9]
    above = [f for f in _NAMED if f > x + 1e-9]
    if below:
        assert lo >= (below[-1] + x) / 2 - 1e-12
    if above:
        assert hi <= (above[0] + x) / 2 + 1e-12


@given(
    st.floats(min_value=0.5, max_value=500),
    st.sampled_from(["more than", "over", "at least", "less than", "under", "at most", "as many as"]),
)
def test_a_bound_allows_one_side_of_its_figure(value: float, bound: str) -> None:
    """ "more than 120%" allows everything from (about) 120 up, "under 30%" everything up to
    (about) 30; a bound of no side ("as many as") gives no range."""
    from claimcheck.extract.numbers import find_numbers

    num = next(iter(find_numbers(f"{value:.1f}")))
    f = Figure(num=num, start=0, end=1, value=num.value, half=0.05, percent=True, bound=bound)
    got = bound_range(f)
    if bound == "as many as":
        assert got is None
        return
    assert got is not None
    lo, hi = got
    if bound in ("more than", "over", "at least"):
        assert lo <= num.value and hi == float("inf")
    else:
        assert lo == 0.0 and hi >= num.value
