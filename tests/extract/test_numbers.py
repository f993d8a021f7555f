"""The shared number parser: digits, words, fractions, scales and qualifiers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.extract.numbers import (
    QUALIFIERS,
    find_numbers,
    in_english,
    match_qualifier,
    match_scale,
    parse_number,
    parse_words,
)


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
        # dozens multiply the group right before them
        ("four hundred and three dozens", 436),
        ("seven dozs", 84),
        # scales stack: a lakh of crores
        ("two lakh crore", 2e12),
        # decimals in words
        ("three hundred point zero five", 300.05),
        ("six point nought two", 6.02),
        ("naught point fifteen", 0.15),
        ("one point eighty-two", 1.82),
        ("four point five billion", 4.5e9),
        # fractions with ordinal denominators
        ("a thousandth", 1e-3),
        ("a millionth", 1e-6),
        ("seven hundredths", 0.07),
        ("four sixths", 4 / 6),
        ("one fortieth", 1 / 40),
        ("a thirty-second", None),
        ("two thirty-sevenths", 2 / 37),
        ("two forty sevenths", 2 / 47),
        ("one hundred forty sevenths", 100 / 47),
        ("one hundred and forty sevenths", 140 / 7),
        ("one hundred forty-three sevenths", 143 / 7),
        ("forty sevenths", 40 / 7),
        ("sixty-six hundred sixths", 6600 / 6),
        ("ten thousand millionths", 1e4 / 1e6),
        # "and" before the fraction: mixed numbers, and scales that carry over
        ("three and seventeen hundredths", 3.17),
        ("four hundred and nine hundredths", 400.09),
        ("thirty and two and one third", 32 + 1 / 3),
        ("seven million and a quarter", 7.25e6),
        ("eight billion and three fifths", 8.6e9),
        ("two and a quarter billion", 2.25e9),
        ("four billion and a half million", 4.0005e9),
        ("sixty and a twentieth", 60.05),
    ],
)
def test_parse_words(text: str, value: float | None) -> None:
    parsed = parse_words(text)
    if value is None:  # "a thirty-second": time or an ordinal, never a fraction
        assert parsed is None or parsed[1] < len(text)
        return
    assert parsed is not None
    assert parsed[0] == pytest.approx(value)
    assert parsed[1] == len(text)


@pytest.mark.parametrize(
    "text",
    ["a", "quarter", "third", "dozens", "the", "an apple", "", "hundreds", "first", "a first", "seconds", "point six"],
)
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
        # spaced thousands (space, no-break space, narrow no-break space)
        ("25 000", 25_000),
        ("7\u00a0654\u00a0321", 7_654_321),
        ("3\u202f210.5", 3_210.5),
        # a decimal comma
        ("7,25", 7.25),
        ("2.345,5", 2345.5),
        # scientific and power notation
        ("3e4", 30_000),
        ("2.5E-3", 0.0025),
        ("4.1e+2", 410),
        ("2.2x10^3", 2200),
        ("5×10^-2", 0.05),
        ("3^4", 81),
        ("4^-2", 0.0625),
        ("2^--3", 8),
        # scale letters
        ("25k", 25_000),
        ("4.5 k", 4_500),
        ("30M", 30e6),
        ("7MM", 7e6),
        ("3mil", 3e6),
        ("0.8b", 0.8e9),
        ("12bn", 12e9),
        ("6 bln", 6e9),
        ("2 tln", 2e12),
        ("40G", 40e9),
        ("3,250.5 M", 3_250.5e6),
        ("8 dzs", 96),
        ("45 hundred", 4_500),
        # signs standing alone
        ("-17", -17),
        ("- 2 1/4", -2.25),
        ("-3/8", -0.375),
        ("- 20  k", -20_000),
        ("−6", -6),
        ("minus four point two", -4.2),
        ("negative twelve", -12),
        ("-3.2e4", -32_000),
        ("-2^-2", -0.25),
        # digits and scale words mixed
        ("7 thousand 2 hundred and 15", 7_215),
        ("9 hundred and 9", 909),
        ("2 lakh and forty", 200_040),
        # ratios
        ("three over four", 0.75),
        ("2 over fifty", 0.04),
        ("one out of four", 0.25),
        ("3 in 10", 0.3),
        ("1200 over 4", 300),
        ("five sixths of a billion", 5e9 / 6),
        ("⅗", 0.6),
        ("⅞", 0.875),
    ],
)
def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["abc", "1, 2", "4 million people", "5G networks", "4th"])
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
    [
        ("bn", 1e9, "billion"),
        ("m", 1e6, "million"),
        ("k", 1e3, "thousand"),
        (" bn", 1e9, "billion"),
        ("tn", 1e12, "trillion"),
    ],
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


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        # a dotted sequence is integers, not a decimal
        ("ping 10.0.0.254 now", [10, 0, 0, 254]),
        # groups of four digits are no thousands
        ("815 0000 ends", [815, 0]),
        # a comma list of short numbers stays a list, a single one is a decimal comma
        ("rows 14,18,27,33.", [14, 18, 27, 33]),
        ("write 7,5 or 7.5", [7.5, 7.5]),
        # a ratio needs a smaller first number ("in", "out of") or nothing counted after "over"
        ("it was 9 in 4", [9, 4]),
        ("14 out of 7", [14, 7]),
        ("rose 300 over 5 weeks", [300, 5]),
        ("rose from 3 in 2019", [3, 2019]),
        # digits joined to words only below the scale before them
        ("5 hundred and 4 hundred", [500, 400]),
        ("6 thousand 2 hundred and 0 here", [6200, 0]),
        ("7000 2 hundred and 5", [7000, 205]),
    ],
)
def test_find_numbers_splits(text: str, numbers: list[float]) -> None:
    assert [t.value for t in find_numbers(text)] == pytest.approx(numbers)


@pytest.mark.parametrize(
    "text",
    [
        "the 21st of May",  # ordinals in digits
        "on June 3rd",
        "the twenty-first century",  # ordinals in words
        "a fifth generation fighter",  # an ordinal before the noun it ranks
        "Book a first class ticket",
        "a second opinion",
        "The one you saw",  # the pronoun "one"
        "Which one is yours?",
        "No one came",
        "hundreds of them",
    ],
)
def test_find_numbers_none(text: str) -> None:
    assert [t.written for t in find_numbers(text)] == []


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        # a hyphen after a letter or digit is no minus sign
        ("Long March-5 flew", "5", 5),
        ("the Dong Feng-4 missile", "4", 4),
        ("SCP-049 file", "049", 49),
        ("from 12 - 15", "15", 15),
        ("spans 2028-2031", "2031", 2031),
        ("counts 4 -6", "6", 6),
        ("a dash - 9 here", "9", 9),
        # a lone G is giga; before a word it is a network generation
        ("China built 5G networks", "5", 5),
        ("we ordered 40G", "40G", 40e9),
        # "K" after a space is kelvin, "m" a metre, "b" only glued
        ("it is 300 K", "300", 300),
        ("the 180ml cup", "180", 180),
        ("Plan 5 B", "5", 5),
        # "that one mile": a number before a noun, not the pronoun
        ("that one mile", "one", 1),
    ],
)
def test_find_numbers_keeps_the_prose_reading(text: str, written: str, value: float) -> None:
    toks = [t for t in find_numbers(text) if t.written == written]
    assert len(toks) == 1 and toks[0].value == pytest.approx(value)


def test_composite_tokens_keep_their_parts() -> None:
    (neg,) = find_numbers("-12")
    assert neg.negative and [p.written for p in neg.parts] == ["12"]
    (k,) = find_numbers("10k")
    assert k.scale == "thousand" and [p.value for p in k.parts] == [10]
    (ratio,) = find_numbers("1 in 5")
    assert [p.value for p in ratio.parts] == [1, 5]
    (comma,) = find_numbers("3,5")
    assert [p.written for p in comma.parts] == ["3", "5"]
    (join,) = find_numbers("4 thousand 3 hundred")
    assert join.value == 4300 and [p.written for p in join.parts] == ["4 thousand", "3 hundred"]
    (plain,) = find_numbers("1,234")
    assert plain.parts == () and not plain.negative


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Couriers handed over 398 million parcels.", None),
        ("The firm turned over £2.1 billion in 2024.", None),
        ("Over 300 ships called.", "over"),
        ("The lorry carried over 40 tonnes.", "over"),
        ("They signed over 40 contracts.", "over"),
    ],
)
def test_over_after_a_phrasal_verb_is_no_bound(text, expected):
    """ "handed over", "turned over" (revenue): the verb's particle, not "more than"."""
    from claimcheck.extract.numbers import match_qualifier

    at = next(i for i, ch in enumerate(text) if ch.isdigit() or ch == "£")
    got = match_qualifier(text, at)
    assert (got[0] if got else None) == expected


# ---------------------------------------------------------------- titles in other languages
@pytest.mark.parametrize(
    ("title", "english"),
    [
        ("Cosecha de maíz llega a 27,3 millones de toneladas", "Cosecha de maíz llega a 27.3 million tonnes"),
        ("Gasto militar sube a 14.800 millones de euros", "Gasto militar sube a 14,800 million euros"),
        ("Le budget atteint 2,4 milliards d'euros", "Le budget atteint 2.4 billion euros"),
        ("Exporte steigen auf 3,1 Milliarden Euro", "Exporte steigen auf 3.1 billion euros"),
        ("Raccolto di grano a 6,2 milioni di tonnellate", "Raccolto di grano a 6.2 million tonnes"),
        ("Receita chega a 5,5 bilhões de dólares", "Receita chega a 5.5 billion dollars"),
        ("Overslag groeit naar 12,8 miljoen ton", "Overslag groeit naar 12.8 million tonnes"),
        ("Producción de 2,5 mil millones de litros", "Producción de 2.5 billion litres"),
    ],
)
def test_in_english_reads_a_title_in_another_language(title: str, english: str) -> None:
    assert in_english(title) == english


@pytest.mark.parametrize(
    "title",
    [
        "Output of 2,760 tonnes at the pilot site",  # an English thousands comma
        "Port handles 4,500 million tonnes",  # no other language's scale word
    ],
)
def test_in_english_leaves_english_titles(title: str) -> None:
    assert in_english(title) == title


_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def _words(n: int, british: bool) -> str:
    """``n`` (below a billion) in English words, "and" before the last part in British style:
    "six hundred and ten", "two million, forty thousand and five" without the comma."""

    def below_thousand(k: int) -> str:
        hundreds, rest = divmod(k, 100)
        parts = [f"{_ONES[hundreds]} hundred"] if hundreds else []
        if rest:
            tail = _ONES[rest] if rest < 20 else _TENS[rest // 10] + (f"-{_ONES[rest % 10]}" if rest % 10 else "")
            parts.append(("and " if british and hundreds else "") + tail)
        return " ".join(parts)

    if n == 0:
        return "zero"
    out = []
    for scale, name in ((10**6, "million"), (10**3, "thousand"), (1, "")):
        k, n = divmod(n, scale)
        if k:
            out.append((below_thousand(k) + (" " + name if name else "")).strip())
    return " ".join(out)


@given(st.integers(min_value=0, max_value=10**9 - 1), st.booleans())
def test_number_words_round_trip(n: int, british: bool) -> None:
    text = _words(n, british)
    assert parse_words(text) == (n, len(text)), text


_SMALL = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
_ORDINAL = {3: "third", 4: "quarter", 5: "fifth", 6: "sixth", 8: "eighth", 10: "tenth"}


@given(
    st.integers(min_value=1, max_value=9),
    st.integers(min_value=2, max_value=10),
    st.sampled_from([" in ", " out of "]),
    st.sampled_from(["", "more than ", "roughly ", "almost "]),
)
def test_a_share_in_words_reads_as_its_fraction(n: int, m: int, joint: str, hedge: str) -> None:
    """ "three in four", "seven out of ten" (after any hedge) is one number, n/m: the share a
    writer means, whatever the two words."""
    if n >= m:
        return
    text = f"Of the riders, {hedge}{_SMALL[n - 1]}{joint}{_SMALL[m - 1]} said so."
    shares = [x for x in find_numbers(text) if x.words and x.parts]
    assert len(shares) == 1
    assert shares[0].value == pytest.approx(n / m)


@given(
    st.sampled_from(sorted(_ORDINAL)),
    st.integers(min_value=1, max_value=9),
    st.sampled_from(["-", " "]),
)
def test_a_fraction_word_reads_as_its_value(den: int, count: int, sep: str) -> None:
    """ "one-sixth", "two thirds", "three quarters": the count over the denominator."""
    if count >= den:
        return
    word = _ORDINAL[den] + ("s" if count > 1 else "")
    text = f"It fell by {_SMALL[count - 1]}{sep}{word} in a year."
    values = [x.value for x in find_numbers(text)]
    assert values == [pytest.approx(count / den)]
