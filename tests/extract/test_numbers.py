"""The shared number parser: digits, words, fractions, scales and qualifiers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.extract.numbers import QUALIFIERS, find_numbers, match_qualifier, match_scale, parse_number, parse_words


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("twelve", 12),
        ("Twelve", 12),
        ("twenty-one", 21),
        ("ninety five", 95),
        ("fifty - two", 52),
        ("one hundred and six", 106),
        ("two hundred and two thousand", 202_000),
        ("two thousand and two hundred", 2_200),
        ("a hundred", 100),
        ("a million", 1_000_000),
        ("three thousand", 3_000),
        ("a dozen", 12),
        ("half a dozen", 6),
        ("three dozen", 36),
        ("half", 0.5),
        ("a half", 0.5),
        ("a third", 1 / 3),
        ("two thirds", 2 / 3),
        ("three quarters", 0.75),
        ("a quarter", 0.25),
        ("one and a half", 1.5),
        ("five and a quarter", 5.25),
        ("one hundred and three quarters", 100.75),
        ("half a million", 500_000),
        ("half million", 500_000),
        ("a quarter million", 250_000),
        ("three quarters billion", 750_000_000),
        ("twenty-one trillion three hundred", 21_000_000_000_300),
    ],
)
def test_parse_words(text: str, value: float) -> None:
    parsed = parse_words(text)
    assert parsed is not None
    assert parsed[0] == pytest.approx(value)
    assert parsed[1] == len(text)


@pytest.mark.parametrize("text", ["a", "quarter", "third", "dozens", "the", "an apple", ""])
def test_parse_words_rejects_non_numbers(text: str) -> None:
    assert parse_words(text) is None


def test_parse_words_stops_at_an_invalid_sequence() -> None:
    assert parse_words("one two") == (1.0, 3)
    assert parse_words("twenty twelve") == (20.0, 6)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,234.5", 1234.5),
        ("1,234,567", 1_234_567),
        ("12,34,567.89", 1_234_567.89),
        (".25", 0.25),
        ("2023", 2023),
        ("4 million", 4_000_000),
        ("6.6 trillion", 6.6e12),
        ("1.2 million", 1_200_000),
        ("25 lakh", 2_500_000),
        ("10 1/2", 10.5),
        ("3/4", 0.75),
        ("½", 0.5),
        ("2½", 2.5),
        ("3 dozen", 36),
        ("twelve", 12),
    ],
)
def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["abc", "1,2", "4 million people", "5G"])
def test_parse_number_needs_the_whole_string(text: str) -> None:
    assert parse_number(text) is None


def test_find_numbers_records_scale_and_kind() -> None:
    toks = list(find_numbers("It hit 580 billion in 2023, then twelve more, then 1.5 million."))
    assert [t.written for t in toks] == ["580 billion", "2023", "twelve", "1.5 million"]
    assert [t.scale for t in toks] == ["billion", None, None, "million"]
    assert toks[1].year_like and not toks[0].year_like and not toks[3].year_like
    assert toks[2].words and not toks[0].words
    assert not toks[3].integer and toks[0].integer


def test_quarter_century_without_an_article() -> None:
    (tok,) = find_numbers("over the past quarter century")
    assert tok.written == "quarter" and tok.value == 0.25


@pytest.mark.parametrize(
    ("text", "factor", "name"),
    [("bn", 1e9, "billion"), ("m", 1e6, "million"), ("k", 1e3, "thousand"), (" bn", 1e9, "billion"), ("tn", 1e12, "trillion")],
)
def test_match_scale(text: str, factor: float, name: str) -> None:
    assert match_scale(text, 0) == (factor, name, len(text))


@pytest.mark.parametrize("text", [" m", "metres", "bnx", "kg"])
def test_match_scale_rejects(text: str) -> None:
    assert match_scale(text, 0) is None


@pytest.mark.parametrize(
    ("before", "qualifier"),
    [
        ("with more than ", "more than"),
        ("approximately ", "about"),
        ("Nearly ", "nearly"),
        ("up to ", "up to"),
        ("at least ", "at least"),
        ("some ", "about"),
        ("well over ", "over"),
        ("fewer than ", "less than"),
        ("as many as ", "up to"),
        ("no more than ", "at most"),
    ],
)
def test_match_qualifier(before: str, qualifier: str) -> None:
    q = match_qualifier(before, len(before))
    assert q is not None and q[0] == qualifier
    assert before[q[1] :].strip().lower() in QUALIFIERS  # the offset is where it is written


@pytest.mark.parametrize("before", ["moreover ", "the ", "handsome ", ""])
def test_match_qualifier_none(before: str) -> None:
    assert match_qualifier(before, len(before)) is None


@given(st.text(max_size=200))
def test_find_numbers_never_raises_and_spans_are_ordered(text: str) -> None:
    last = 0
    for tok in find_numbers(text):
        assert last <= tok.start < tok.end <= len(text)
        assert tok.written == text[tok.start : tok.end]
        last = tok.end


@given(st.integers(min_value=0, max_value=10**12))
def test_digits_with_separators_round_trip(n: int) -> None:
    assert parse_number(f"{n:,}") == n
