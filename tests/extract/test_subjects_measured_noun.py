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
