"""NU003 and a figure that sets a class ("ships with 200 to 300 metres of length pay the
upper toll"): a criterion a rule or a count applies to, not a measurement of the things, so
a measured value of those things elsewhere ("the average ship was 180 metres long") is
another fact (extract/linking/figures.py, ``_criterion``). Two statements of one criterion
are still compared, and so are two measurements. Our own sentences (canals, wind turbines,
water wells, harbours), in no domain of the evaluation drafts."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.rules.test_nu003_context import _nu003

#: a criterion (a range after "<things> with") and a measured value of those things
SILENT = {
    "canal toll": (
        "Ships with 200 to 300 metres of length pay the upper toll on the Varn canal.",
        "The average ship through the Varn canal was 180 metres in length in 2023.",
    ),
    "turbine tariff": (
        "Turbines with 80 to 120 metres of rotor diameter qualify for the offshore tariff.",
        "The average rotor diameter of turbines installed in 2023 was 70 metres.",
    ),
    "well permit": (
        "Wells with 40 to 90 metres of depth need a drilling permit in the Kessel basin.",
        "The typical well in the Kessel basin reaches 35 metres of depth.",
    ),
    "harbour licence, at least": (
        "Boats with at least 12 metres of hull length need a harbour licence at Corran.",
        "The average fishing boat at Corran measured 10 metres in hull length last year.",
    ),
}

#: the same criterion stated twice with other bounds, and one thing measured twice
FOUND = {
    "criterion restated": (
        "Ships with 200 to 300 metres of length pay the upper toll on the Varn canal.",
        "The upper toll on the Varn canal is paid by ships with 200 to 350 metres of length.",
    ),
    "one ship measured twice": (
        "The dredger Halvard, the largest ship through the Varn canal, is 212 metres in length.",
        "The Halvard, the largest ship through the Varn canal, is 221 metres in length.",
    ),
}


@pytest.mark.parametrize("name", sorted(SILENT))
def test_a_criterion_is_not_a_measurement_of_the_things_it_selects(name: str, tmp_path: Path) -> None:
    first, second = SILENT[name]
    assert _nu003(first, second, tmp_path) == []


@pytest.mark.parametrize("name", sorted(FOUND))
def test_two_criteria_or_two_measurements_are_still_compared(name: str, tmp_path: Path) -> None:
    first, second = FOUND[name]
    assert len(_nu003(first, second, tmp_path)) == 1
