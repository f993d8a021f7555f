"""The shared reading of the arithmetic rules (rules/_arithmetic.py): figures, precision, kinds."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.ingest import load_document
from claimcheck.claims.models import Claim
from claimcheck.extract.text import iter_units
from claimcheck.rules._arithmetic import (
    Figure,
    Sentence,
    _unit_figures,
    block_sentences,
    bound_range,
    fmt,
    nearest_side,
    pct,
    scaled,
    sentences,
)
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


def _block_sentences_by_every_unit(ctx: CheckContext, article: int, blocks: range) -> dict[int, list[Sentence]]:
    """block_sentences as it was first written: every unit of the document read and all
    but the asked blocks left out (the reference the faster reading must equal)."""
    by_place: dict[tuple[int, int | None, str | None], list[Claim]] = {}
    for c in ctx.claims:
        if c.kind in ("money", "quantity", "count", "date"):
            by_place.setdefault((c.article, c.block, c.footnote), []).append(c)
    out: dict[int, list[Sentence]] = {}
    for unit in iter_units(ctx.document, footnotes=False):
        if unit.article != article or unit.block not in blocks:
            continue
        figs = _unit_figures(unit, by_place.get((unit.article, unit.block, unit.footnote), []))
        starts = unit._starts
        for i, start in enumerate(starts):
            end = starts[i + 1] if i + 1 < len(starts) else len(unit.text)
            out.setdefault(unit.block or 0, []).append(
                Sentence(unit, start, end, [f for f in figs if start <= f.start < end])
            )
    return out


def _readable(found: dict[int, list[Sentence]]) -> list[tuple[object, ...]]:
    return [
        (block, s.start, s.end, s.unit.text, s.unit.refs, [(f.num.written, f.kind) for f in s.figures])
        for block, sents in found.items()
        for s in sents
    ]


def test_block_sentences_reads_only_the_blocks_asked_as_every_unit_would(tmp_path):
    text = (
        "# Spending\n\nThe fund spent £12m in 2024 [^1]. Of that, £5m went to roads:\n\n"
        "- roads took £5m, up 4%;\n- rail took £4m;\n- buses took £3m.\n\n"
        "| a | b |\n| --- | --- |\n| 1 | 2 |\n\nStaff numbered 40 in May. Two left.\n\n"
        "- one item of 7 parts\n- another of 9\n\n[^1]: The annual report, 2024, page 12.\n"
    )
    path = tmp_path / "d.md"
    path.write_text(text, encoding="utf-8")
    ctx = CheckContext(load_document(path))
    for article in ctx.document.articles:
        n = len(article.blocks)
        for start in range(-1, n + 2):
            for stop in range(start, n + 3):
                asked = range(start, stop)
                assert _readable(block_sentences(ctx, article.index, asked)) == _readable(
                    _block_sentences_by_every_unit(ctx, article.index, asked)
                ), asked
