"""NU003 on restatements whose subject is described, not named, and on three shapes of the
counted thing real writers use: a sentence that names nothing goes on about what its
paragraph named just before ("Anglia Aqua ... The company's forty-four depots"); a total
of time summed over many ("wardens logged 68,300 hours") is an amount like any other, not a
span; deaths said as "kills N people", "a toll of N lives" or "N deaths" are one count.
Traps of the same shapes (the paragraph naming another body, another year, a span of
days, two diseases, a right rounding) stay silent. Our own sentences, in the report body
of test_nu003_context."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.rules.test_nu003_context import _nu003

DEFECTS = {
    "a company named in the sentence before, then 'the company's' depots": (
        "Anglia Aqua runs 48 depots, a dozen reservoirs and a laboratory.",
        "Anglia Aqua has promised to replace its ageing telemetry within three years. "
        "The company's forty-four depots also need backup generators, because grid links fail in storms.",
    ),
    "a lake named two sentences back, then restated with its name": (
        "The largest reservoir in the upper valley is Llyn Brenig, above the Alwen dam. "
        "Its dam was raised in 1990. When full, the lake now holds 61 million cubic metres of water.",
        "Engineers note that the Llyn Brenig lake's 52 million cubic metres supply most towns on the coast.",
    ),
    "a prison named before a pronoun's sentence, then described as a jail": (
        "Northgate Prison holds men on remand from four counties. It opened in 1998. "
        "Its staff look after 1,240 inmates.",
        "The Northgate jail's 1,420 inmates share cells built for one, the inspectors found.",
    ),
    "hours given and hours logged, digits swapped": (
        "Volunteer wardens gave 86,300 hours to the Peak moorlands trust in 2024, most of them on footpath repair.",
        "In 2024 the trust's wardens logged some 68,300 hours of patrols and repairs on the Peak moorlands.",
    ),
    "days lost to strikes, restated as a noun phrase": (
        "Dockers at Welsh ports lost 23,500 days to strikes in 2022, their union says.",
        "The 32,500 days lost to strikes at Welsh ports in 2022 delayed the new cranes, the union says.",
    ),
    "a disease that kills people against its toll of lives": (
        "Cholera kills an estimated 95,000 people a year in the coastal provinces of the delta.",
        "The disease's annual toll of some 59,000 lives in the delta's coastal provinces "
        "falls mostly on villages far from clinics.",
    ),
    "deaths against people killed": (
        "Flooding killed 1,240 people in the Sindh plains in 2022, the disaster agency says.",
        "The disaster agency recorded 1,420 deaths from the 2022 floods in the Sindh plains.",
    ),
}

TRAPS = {
    "the paragraph names another company than the first figure's": (
        "Anglia Aqua runs 48 depots across the southern fens.",
        "Fenwater has promised to replace its ageing telemetry within three years. "
        "The company's forty-four depots also need backup generators, because grid links fail in storms.",
    ),
    "a paragraph's first sentence names nothing: no antecedent across paragraphs": (
        "Anglia Aqua runs 48 depots, a dozen reservoirs and a laboratory.",
        "The board's forty-four depots also need backup generators, because grid links fail in storms.",
    ),
    "hours of another year": (
        "Volunteer wardens gave 86,300 hours to the Peak moorlands trust in 2024, most of them on footpath repair.",
        "In 2019 the trust's wardens logged some 68,300 hours of patrols and repairs on the Peak moorlands.",
    ),
    "hours rounded alike": (
        "Volunteer wardens gave 86,300 hours to the Peak moorlands trust in 2024, most of them on footpath repair.",
        "In 2024 the trust's wardens logged about 86,000 hours of patrols and repairs on the Peak moorlands.",
    ),
    "two spans of days are no summed time": (
        "The Pushkar camel fair lasted 45 days in 2024, its organisers say.",
        "Organisers of the Pushkar camel fair planned 40 days of events for 2024.",
    ),
    "two diseases, each killing its own": (
        "Malaria kills about 600,000 people a year, most of them children under five.",
        "Measles kills some 640,000 people a year where vaccination is patchy.",
    ),
    "lives saved are no deaths": (
        "Flooding killed 1,240 people in the Sindh plains in 2022, the disaster agency says.",
        "Early warnings saved some 1,420 lives in the Sindh plains in 2022, the disaster agency says.",
    ),
}


@pytest.mark.parametrize("name", sorted(DEFECTS))
def test_described_subject_restated_is_found(name: str, tmp_path: Path) -> None:
    first, second = DEFECTS[name]
    found = _nu003(first, second, tmp_path)
    assert len(found) == 1, [f.message for f in found]


@pytest.mark.parametrize("name", sorted(TRAPS))
def test_trap_of_the_same_shape_is_silent(name: str, tmp_path: Path) -> None:
    first, second = TRAPS[name]
    found = _nu003(first, second, tmp_path)
    assert found == [], [f.message for f in found]
