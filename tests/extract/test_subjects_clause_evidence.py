"""What a figure's own clause says of it, not its neighbours' (session 19, nu19; sentences
written for this file): a period word is no part word, a sentence in parentheses or a
figure that opens its parenthesis is no detail of something else, and a trailing ", most of
them ..." clause dates its subset, not the figure."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.claims.models import ClaimSubject
from claimcheck.extract.subjects import numeric_subject


def _subject(sentence: str, figure: str) -> ClaimSubject:
    at = sentence.index(figure)
    return numeric_subject(sentence, at, at + len(figure), 0, len(sentence))


@pytest.mark.parametrize(
    ("sentence", "figure", "period"),
    [
        ("Its harvest last season, some 3,200 tonnes, went to the co-operative.", "3,200", "last season"),
        ("Its output last year, about 1.8 TWh, was sold to two suppliers.", "1.8", "last year"),
        ("Sales in the first quarter, 410 cars, beat the plan.", "410", "first quarter"),
    ],
)
def test_a_period_word_before_a_figure_is_no_part_word(sentence: str, figure: str, period: str) -> None:
    subject = _subject(sentence, figure)
    assert subject.part is None
    assert period in subject.period or any(period.split()[-1] in p for p in subject.period)


@pytest.mark.parametrize(
    ("sentence", "figure", "part"),
    [
        ("The last 40 buses were delivered in June.", "40", "last"),
        ("Only the first 12 applicants were seen.", "12", "first"),
    ],
)
def test_a_part_word_before_no_period_stays_a_part(sentence: str, figure: str, part: str) -> None:
    assert _subject(sentence, figure).part == part


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("(The audit covered all 2,140 homes let by the trust at 1 April 2024.)", "2,140"),
        ("The operator's contract (£61.20 per MWh in 2022 money) runs for fifteen years.", "£61.20"),
        ("The depot (about 310 buses) is the largest in the county.", "310"),
    ],
)
def test_no_parenthetical_part_for_a_sentence_in_parentheses_or_a_figure_opening_its_parenthesis(
    sentence: str, figure: str
) -> None:
    assert _subject(sentence, figure).part is None


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The brief ran to two files (a Word document, 6 pages) and a table.", "6"),
        ("The fleet is mixed (diesel buses, 140 of them) and ageing.", "140"),
        # a conversion of the figure before it, and a label's amount in a list
        ("The island is long (over 1,600 kilometres (990 mi) from end to end).", "990"),
        ("Outputs: Bob's revenue (3 BTC)", "3"),
    ],
)
def test_a_detail_inside_a_parenthesis_stays_a_part(sentence: str, figure: str) -> None:
    assert _subject(sentence, figure).part is not None


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The trust owns 6,320 homes, most of them built by the council in 1968.", "6,320"),
        ("The service employs 940 drivers, half of whom joined in 2021.", "940"),
        ("The operator runs 41 ferries, two of which date from 1994.", "41"),
    ],
)
def test_a_trailing_clause_about_some_of_them_does_not_date_the_figure(sentence: str, figure: str) -> None:
    assert _subject(sentence, figure).period == ()


def test_the_figure_of_the_some_of_them_clause_keeps_its_own_year() -> None:
    sentence = "The trust owns 6,320 homes, 410 of which were built in 1968."
    assert "1968" in _subject(sentence, "410").period


@given(st.sampled_from(["most", "half", "all", "two", "some"]), st.sampled_from(["them", "which", "whom"]))
def test_the_cut_keeps_the_figure_within_its_clause(quantifier: str, pronoun: str) -> None:
    sentence = f"The board runs 412 schools, {quantifier} of {pronoun} opened in 2009."
    from claimcheck.extract.subjects import clause_bounds

    at = sentence.index("412")
    s, e = clause_bounds(sentence, 0, len(sentence), at)
    assert s <= at < e and "2009" not in sentence[s:e]


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The Marrick bridge, opened by the county in 1974, carries 38,500 vehicles a day.", "38,500"),
        ("The Elm Road depot, which opened in 2011, houses 214 buses.", "214"),
        ("The Tarn works, rebuilt after the 2007 floods, treats 90 megalitres a day.", "90"),
    ],
)
def test_a_phrase_between_the_subject_and_its_verb_does_not_date_the_figure(sentence: str, figure: str) -> None:
    assert not any(p[:1].isdigit() for p in _subject(sentence, figure).period)


@pytest.mark.parametrize(
    ("sentence", "figure", "year"),
    [
        # a relative clause saying what the subject applies to keeps its year
        ("Tier 4, which applies to engines built from 2015, limits soot to 0.03 grams.", "0.03", "2015"),
        ("The Marrick bridge, opened by the county in 1974, carried 31,000 vehicles a day in 2019.", "31,000", "2019"),
        ("In 2023, the depot, which opened in 2011, housed 190 buses.", "190", "2023"),
        ("The works, with 140 staff in 2022, treats water for the valley.", "140", "2022"),
    ],
)
def test_the_figure_keeps_a_year_of_its_own_clause(sentence: str, figure: str, year: str) -> None:
    assert year in _subject(sentence, figure).period


def test_mask_embedded_keeps_the_length_and_the_figure() -> None:
    from claimcheck.extract.subjects import mask_embedded

    sentence = "The Marrick bridge, opened by the county in 1974, carries 38,500 vehicles a day."
    at = sentence.index("38,500")
    masked = mask_embedded(sentence, 0, at)
    assert len(masked) == len(sentence) and "1974" not in masked and masked[at:] == sentence[at:]


@pytest.mark.parametrize(
    ("sentence", "figure", "after"),
    [
        ("The depot logs about 40 breakdowns — most of them minor — in a typical week.", "40", "in a typical week"),
        ("Wardens issued 212 fines – nearly all for parking – in March.", "212", "in March"),
        ("The line carried 9,400 riders — a record — on its first day.", "9,400", "on its first day"),
    ],
)
def test_an_aside_between_dashes_does_not_end_the_figure_clause(sentence: str, figure: str, after: str) -> None:
    from claimcheck.extract.subjects import clause_bounds

    at = sentence.index(figure)
    s, e = clause_bounds(sentence, 0, len(sentence), at)
    assert after in sentence[s:e]


def test_a_figure_inside_the_aside_keeps_the_aside_as_its_clause() -> None:
    from claimcheck.extract.subjects import clause_bounds

    sentence = "The depot logs breakdowns — some 40 of them — in a typical week."
    at = sentence.index("40")
    s, e = clause_bounds(sentence, 0, len(sentence), at)
    assert "typical" not in sentence[s:e] and "logs" not in sentence[s:e]


@pytest.mark.parametrize(
    ("sentence", "figure", "subject"),
    [
        ("The Elm depot, which opened in 2011, houses 214 buses.", "214", "Elm"),
        ("Marsh Rovers, who were founded in 1898, drew 11,400 fans.", "11,400", "Marsh"),
    ],
)
def test_a_relative_clause_between_commas_leaves_the_figure_in_the_main_clause(
    sentence: str, figure: str, subject: str
) -> None:
    from claimcheck.extract.subjects import clause_bounds

    at = sentence.index(figure)
    s, e = clause_bounds(sentence, 0, len(sentence), at)
    assert subject in sentence[s:e]


@pytest.mark.parametrize(
    ("sentence", "figure", "period", "not_period"),
    [
        # a multiple of another figure sets the two apart: each keeps its own year
        ("Its 540,000 deliveries in 2025 were roughly triple its 2024 total of 180,000.", "540,000", "2025", "2024"),
        ("The 96 clinics open in 2024 are twice the 2019 count of 48.", "96", "2024", "2019"),
        ("Exports of 3.1 million tonnes in 2023 were three times the 2010 level of 1 million.", "3.1", "2023", "2010"),
        ("Exports of 3.1 million tonnes in 2023 were three times the 2010 level of 1 million.", "1", "2010", "2023"),
    ],
)
def test_a_multiple_of_another_figure_keeps_each_year_apart(
    sentence: str, figure: str, period: str, not_period: str
) -> None:
    at = sentence.index(figure, sentence.index("level") if figure == "1" else 0)
    subject = numeric_subject(sentence, at, at + len(figure), 0, len(sentence))
    assert period in subject.period and not_period not in subject.period


@pytest.mark.parametrize(
    ("sentence", "figure", "period"),
    [
        # PDF text that lost the hyphen of "end-2022" at a line's end
        ("Of the 124 countries enrolled at end2022, fewer than half reported.", "124", "2022"),
        ("The 310 sites open at mid2024 were inspected.", "310", "2024"),
    ],
)
def test_a_year_glued_to_end_or_mid_is_a_period(sentence: str, figure: str, period: str) -> None:
    assert period in _subject(sentence, figure).period


@pytest.mark.parametrize(
    ("sentence", "figure", "part"),
    [
        ("With these rules in force, the £1.8 billion scheme could go ahead.", "£1.8", None),
        ("Under those terms, the 300 homes would be let at social rents.", "300", None),
        ("These 300 homes would be let at social rents.", "300", "these"),
        ("The other 40 stations close at night.", "40", "other"),
        ("Of the remaining 12 sites, the first 3 open in May.", "3", "first"),
    ],
)
def test_a_part_word_of_another_phrase_is_not_the_figures(sentence: str, figure: str, part: str | None) -> None:
    # (nu29: a determiner that opens the figure's own phrase ends what a part word before it says)
    assert _subject(sentence, figure).part == part
