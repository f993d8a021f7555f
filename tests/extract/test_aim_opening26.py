"""An aim said as a bare verb opening its item ("Achieve 12,000 monthly visitors", "Reach
120,000 views", "Extend session duration to 15 minutes"), and a figure under a heading of
targets, are aims, not records: the linker marks them as forecasts and ``same_figure`` as
intended, so a list of targets is not compared with a list of current levels."""

from __future__ import annotations

import pytest

from claimcheck.extract.linking.context import forecast_said


@pytest.mark.parametrize(
    ("sentence", "text", "aim"),
    [
        ("Achieve 12,000 monthly visitors", "12,000 monthly visitors", True),
        ("Reach 120,000 monthly views within a year", "120,000 monthly views", True),
        ("Extend session duration to 15 minutes", "15 minutes", True),
        ("Increase webinar attendance to 250 attendees", "250 attendees", True),
        ("The portal reached 120,000 monthly views in May.", "120,000 monthly views", False),
        ("Visitors achieved a score of 80 points.", "80 points", False),
        ("12,000 monthly visitors", "12,000 monthly visitors", False),
    ],
)
def test_an_aim_opening_its_item(sentence: str, text: str, aim: bool) -> None:
    assert forecast_said(sentence, text) is aim
