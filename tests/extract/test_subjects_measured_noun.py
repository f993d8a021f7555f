"""measured_noun: the head noun a figure quantifies, read from its own phrase (sentences
written for this file, session 20, nu20)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.extract.subjects import measured_noun


def _noun(sentence: str, figure: str) -> str:
    at = sentence.index(figure)
    return measured_noun(sentence, at, at + len(figure), 0, len(sentence))


@pytest.mark.parametrize(
    ("sentence", "figure", "noun"),
    [
        # a figure written before its noun
        ("Grazing returns to the 46-hectare dune system in spring.", "46-hectare", "system"),
        # (two words only where the phrase plainly ends: a verb may follow one)
        ("The 700-tonne allowance left little room.", "700-tonne", "allowance"),
        ("Engineers inspected the 23-metre dam and its valves.", "23-metre", "dam"),
        ("The 900-tonne quota ran out by June.", "900-tonne", "quota"),
        ("Auditors called the £40 million contract poor value.", "£40 million", "contract"),
        # a unit of something
        ("Crews cleared 64 hectares of heath before the fire season.", "64 hectares", "heath"),
        ("The ban covers 310 square kilometres of the Marl Bank fishing ground.", "310 square kilometres", "ground"),
        ("Farms drew 12 million litres of groundwater to water the crops.", "12 million litres", "groundwater"),
        # a dimension given of the noun before the figure
        ("It stands behind a masonry wall 14 metres high.", "14 metres", "wall"),
        ("The ferry crosses a channel 3 kilometres wide.", "3 kilometres", "channel"),
        ("Divers mapped a wreck 60 metres long off the point.", "60 metres", "wreck"),
        # an owner, a noun of, a subject and its verb
        ("Of the trust's £2.2m, a third went on roofs.", "£2.2m", "trust"),
        ("The council set a budget of £18 million for the works.", "£18 million", "budget"),
        ("The charge was £14 a night.", "£14", "charge"),
        ("The Orchard Fund, set up in 2019, is worth £75,000.", "£75,000", "fund"),
        ("The dividend came to £3.1 million after tax.", "£3.1 million", "dividend"),
    ],
)
def test_measured_noun(sentence: str, figure: str, noun: str) -> None:
    assert _noun(sentence, figure) == noun


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # no head in the figure's own phrase
        ("They spent £5 million.", "£5 million"),
        ("Prices rose by 3 metres a year, the survey said.", "3 metres"),
        # a word that says how the figure is given, not what it measures
        ("The council spent a total of £18 million on the works.", "£18 million"),
        # a verb after a figure written before a noun-less phrase
        ("The company committed £17 million to a new buttress.", "£17 million"),
    ],
)
def test_no_measured_noun(sentence: str, figure: str) -> None:
    assert _noun(sentence, figure) == ""


def test_a_counted_thing_is_its_own_head() -> None:
    sentence = "The scheme covers 24,600 rural premises."
    at = sentence.index("24,600")
    assert measured_noun(sentence, at, at + 6, 0, len(sentence), thing="rural premises") == "premise"


@given(st.sampled_from(["dam", "wall", "quota", "contract", "system"]), st.integers(10, 9999))
def test_the_noun_after_a_hyphenated_figure(noun: str, value: int) -> None:
    sentence = f"Work began on the {value}-metre {noun} last year."
    figure = f"{value}-metre"
    assert _noun(sentence, figure) == noun


@pytest.mark.parametrize(
    ("sentence", "figure", "noun"),
    [
        # the verb whose object the figure is (session 21)
        ("The new boathouse cost £640,000 and opened in June.", "£640,000", "cost"),
        ("The museum's roof, costing $3 million, leaks again.", "$3 million", "cost"),
        ("A ward refit budgeted at €2.5m starts in May.", "€2.5m", "budget"),
        ("The glass dome was priced at $1.8 million.", "$1.8 million", "price"),
        ("The old bell weighs 3.2 tonnes.", "3.2 tonnes", "weight"),
        # the label the figure is the value of
        ("- Total cost: £3.1m", "£3.1m", "cost"),
        ("Span: about 44 m", "44 m", "span"),
        ("**Floor area:** 900 square metres", "900 square metres", "area"),
        # a noun and, after a comma, the figure that gives its size
        ("They will fence the whole orchard, about 9 hectares, against deer.", "9 hectares", "orchard"),
        ("Its reservoir, some 18 million cubic metres, is full.", "18 million cubic metres", "reservoir"),
        # what an amount is paid in
        ("The fund gave £1.4 million in grants to choirs.", "£1.4 million", "grant"),
        ("Farmers received $640,000 in drought payments.", "$640,000", "payment"),
        # a rate: the noun before it
        ("The line had a cancellation rate of 2.8% last year.", "2.8%", "cancellation"),
        ("The vacancy rate was 11% in March.", "11%", "vacancy"),
        # a time adverb after the noun is no part of it
        ("Crews will close the 2,700-metre runway overnight for repairs.", "2,700-metre", "runway"),
    ],
)
def test_the_measure_said_around_a_figure(sentence: str, figure: str, noun: str) -> None:
    assert _noun(sentence, figure) == noun


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # a bare rate, a rate said by which of its kind, a verb of no measure
        ("The rate was 7% last year.", "7%"),
        ("Its annual rate of 7% held.", "7%"),
        ("The town raised £45,000 for the roof.", "£45,000"),
        # money "in" a period or a place is not paid in it
        ("They made £4 million in 2024.", "£4 million"),
        ("They spent £2 million in the north.", "£2 million"),
    ],
)
def test_no_measure_said_around(sentence: str, figure: str) -> None:
    assert _noun(sentence, figure) == ""
