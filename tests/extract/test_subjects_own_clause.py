"""own_clause: the part of a clause whose modals, forecasts, ordinals and periods are a
figure's own (sentences written for this file, session 16, nu16b)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.extract.subjects import own_clause


def _own(sentence: str, figure: str) -> str:
    at = sentence.index(figure)
    s, e = own_clause(sentence, 0, len(sentence), at, at + len(figure))
    return sentence[s:e]


@pytest.mark.parametrize(
    ("sentence", "figure", "own"),
    [
        # an opening phrase holding the figure
        (
            "With a cap of 40 pupils in each class, the school could take more.",
            "40 pupils",
            "With a cap of 40 pupils in each class",
        ),
        ("At its peak of 310 staff, the mill would have run three shifts.", "310 staff", "At its peak of 310 staff"),
        ("Across its 64 turbines, the farm will need ten engineers.", "64 turbines", "Across its 64 turbines"),
        # a figure's thousands comma is no end of its opening phrase
        (
            "With 2,350 beds in use, the trust might close a ward.",
            "2,350 beds",
            "With 2,350 beds in use",
        ),
        (
            "At 12,800 tonnes a year, the quarry would outgrow its licence.",
            "12,800 tonnes",
            "At 12,800 tonnes a year",
        ),
        (
            "For its 1,046,000 customers, the utility should publish a tariff.",
            "1,046,000 customers",
            "For its 1,046,000 customers",
        ),
        # a relative clause before the figure that says what was
        (
            "Closing a ward that treated 912 patients in 2024 would save money.",
            "912",
            "that treated 912 patients in 2024 ",
        ),
        (
            "Selling a bus which carried 30,000 riders last year could anger them.",
            "30,000",
            "which carried 30,000 riders last year ",
        ),
        (
            "Moving a clinic that saw 4,100 children in 2023 might cost more.",
            "4,100",
            "that saw 4,100 children in 2023 ",
        ),
        # the figure heading a relative clause that says what was
        (
            "The 484 tonnes that the bank held at the close of 2024 would have to grow.",
            "484 tonnes",
            "The 484 tonnes that the bank held at the close of 2024 ",
        ),
        # the dated level a change reached
        ("Sales went from 90 units in 2019 to 120 units in 2023.", "120 units", "to 120 units in 2023."),
    ],
)
def test_own_clause_of_a_figure(sentence: str, figure: str, own: str) -> None:
    assert _own(sentence, figure) == own


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # a modal in the relative clause itself: the whole clause
        ("A depot that would hold 36,000 tonnes could open in 2027.", "36,000 tonnes"),
        # a present-tense relative clause with no year: the supposition stays
        ("A bank that hands out 25,000 parcels a year would need a van.", "25,000 parcels"),
        # "that" before a noun of time is no relative pronoun
        ("Granaries held 47 million tonnes that July, and prices could fall.", "47 million tonnes"),
        # an undated level reached stays the change's end
        ("The share rose from 14% to 26% over ten years and could rise further.", "26%"),
    ],
)
def test_own_clause_is_the_whole_clause(sentence: str, figure: str) -> None:
    assert _own(sentence, figure) == sentence


@given(
    st.text(alphabet="abcdefghij ,0123456789", max_size=40),
    st.sampled_from(["that held", "which ran", "With a cap of", "from 9 to", ""]),
    st.text(alphabet="abcdefghij ,0123456789", max_size=40),
)
def test_own_clause_holds_the_figure_within_the_clause(before: str, lead: str, after: str) -> None:
    sentence = f"{before} {lead} 412 tonnes in 2024 {after} would fall."
    at = sentence.index("412 tonnes")
    s, e = own_clause(sentence, 0, len(sentence), at, at + 10)
    assert 0 <= s <= at and at + 10 <= e <= len(sentence)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("in the first twelve months of the scheme", "first year"),
        ("over the past 12 months", "past year"),
        ("in its first 12-month period", "first year"),
        ("renewed every twelve months", "per year"),
    ],
)
def test_twelve_months_are_a_year(text: str, period: str) -> None:
    from claimcheck.extract.subjects import periods

    assert period in periods(text)


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("With 9,300 homes on its books, the association could build 120 more.", "9,300 homes"),
        ("At 4,410 births a year, the unit would need a second theatre.", "4,410 births"),
        ("Given 2,075 pupils on roll, the school might split in two.", "2,075 pupils"),
    ],
)
def test_no_supposition_of_the_main_clause_in_an_opening_phrase_with_a_thousands_comma(
    sentence: str, figure: str
) -> None:
    from claimcheck.extract.subjects import numeric_subject

    at = sentence.index(figure)
    assert not numeric_subject(sentence, at, at + len(figure.split()[0]), 0, len(sentence)).hypothetical


def test_other_spans_of_months_stay_months() -> None:
    from claimcheck.extract.subjects import periods

    assert "first year" not in periods("in the first eighteen months")
    assert "past year" not in periods("over the past six months")
