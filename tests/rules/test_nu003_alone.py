"""NU003: two figures alone of their measure and period (``_alone``), as properties.

The pair test is read on light stand-ins (a figure's kind, counted noun, value and sentence;
its context's periods, paragraph and marks), so that hypothesis can vary the values: the
two are a pair exactly when no third value of the measure and period is near theirs.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from claimcheck.extract.linking import Context
from claimcheck.rules.nu003_same_quantity_different_values import _alone


def _figure(value: float, sentence: str, thing: str = "ferry crossings") -> Any:
    text = f"{value:,.0f}"
    return SimpleNamespace(
        kind="count",
        thing=thing,
        value=value,
        sentence=sentence,
        text=text,
        written=text,
        qualifier=None,
        low=None,
        high=None,
        unit=None,
    )


def _context(periods: set[str], block: int, marks: set[str] | None = None) -> Context:
    return Context(
        words={},
        what=frozenset(),
        near=frozenset(),
        qualifiers=frozenset(),
        heading=frozenset(),
        names=frozenset(),
        periods=frozenset(periods),
        marks=frozenset(marks or ()),
        dimension="count",
        place=(0, block, None),
    )


#: a value, and another within a third of it (never one figure said again)
_PAIR = st.integers(min_value=200, max_value=90_000).flatmap(
    lambda v: st.tuples(st.just(v), st.integers(min_value=int(v * 1.08) + 1, max_value=int(v * 1.4)))
)


def _pair_alone(claims: list[Any], contexts: dict[int, Context]) -> bool:
    return 0 in _alone(claims, contexts).get(1, set())


@given(_PAIR)
def test_two_figures_of_one_noun_and_year_are_alone(pair: tuple[int, int]) -> None:
    a, b = pair
    claims = [_figure(a, "one"), _figure(b, "two")]
    contexts = {0: _context({"2024"}, 1), 1: _context({"2024"}, 5)}
    assert _pair_alone(claims, contexts)


@given(_PAIR, st.floats(min_value=1.15, max_value=1.9))
def test_a_third_value_of_that_year_near_theirs_is_a_rival(pair: tuple[int, int], factor: float) -> None:
    a, b = pair
    third = round(b * factor)  # within twice the larger, and no rounding of either
    claims = [_figure(a, "one"), _figure(b, "two"), _figure(third, "three")]
    contexts = {0: _context({"2024"}, 1), 1: _context({"2024"}, 5), 2: _context({"2024"}, 8)}
    assert not _pair_alone(claims, contexts)
    # the same third value said for another year leaves the two alone
    contexts[2] = _context({"2019"}, 8)
    assert _pair_alone(claims, contexts)


@given(_PAIR, st.integers(min_value=2015, max_value=2023))
def test_a_figure_of_another_year_or_a_part_is_no_rival(pair: tuple[int, int], year: int) -> None:
    a, b = pair
    claims = [_figure(a, "one"), _figure(b, "two"), _figure(b - 3, "three"), _figure(a + 5, "four")]
    contexts = {
        0: _context({"2024"}, 1),
        1: _context({"2024"}, 5),
        2: _context({str(year)}, 8),  # another year
        3: _context({"2024"}, 9, {"part"}),  # "N of the M crossings"
    }
    assert _pair_alone(claims, contexts)


@given(_PAIR)
def test_the_other_value_beside_the_first_in_its_sentence_is_what_the_second_restates(pair: tuple[int, int]) -> None:
    a, b = pair
    claims = [_figure(a, "one"), _figure(b, "two"), _figure(b, "one")]
    contexts = {0: _context({"2024"}, 1), 1: _context({"2024"}, 5), 2: _context({"2024"}, 1)}
    assert not _pair_alone(claims, contexts)


@given(_PAIR)
def test_an_undated_figure_may_be_either(pair: tuple[int, int]) -> None:
    a, b = pair
    claims = [_figure(a, "one"), _figure(b, "two"), _figure(round(b * 1.3), "three")]
    contexts = {0: _context({"2024"}, 1), 1: _context({"2024"}, 5), 2: _context(set(), 8)}
    assert not _pair_alone(claims, contexts)


@given(_PAIR)
def test_two_figures_of_two_nouns_or_in_one_paragraph_are_no_pair(pair: tuple[int, int]) -> None:
    a, b = pair
    two_nouns = [_figure(a, "one"), _figure(b, "two", thing="ferry tickets")]
    assert not _pair_alone(two_nouns, {0: _context({"2024"}, 1), 1: _context({"2024"}, 5)})
    one_paragraph = [_figure(a, "one"), _figure(b, "two")]
    assert not _pair_alone(one_paragraph, {0: _context({"2024"}, 1), 1: _context({"2024"}, 1)})
