"""A hedge rounds a figure to the digits it is written with: how far "about" reaches."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from claimcheck.extract.linking.figures import hedged_alike


def figure(written: str, value: float, qualifier: str | None = None) -> SimpleNamespace:
    return SimpleNamespace(written=written, value=value, qualifier=qualifier)


@pytest.mark.parametrize(
    ("a", "b", "alike"),
    [
        # three significant digits or more, hedged: a step of the last digit, or 1%
        (figure("48,300", 48_300, "about"), figure("49,300", 49_300), False),
        (figure("48,300", 48_300, "about"), figure("48,500", 48_500), True),
        (figure("1,250", 1_250, "about"), figure("1,260", 1_260), True),
        # fewer digits: half a step, never narrower than 5%
        (figure("900", 900_000, "about"), figure("1.05", 1_050_000), False),
        (figure("100", 100, "about"), figure("104", 104), True),
        (figure("2,000", 2_000, "about"), figure("2,040", 2_040), True),
        # no hedge: left to agree()
        (figure("48,300", 48_300), figure("49,300", 49_300), True),
    ],
)
def test_a_hedge_reaches_as_far_as_its_digits(a: SimpleNamespace, b: SimpleNamespace, alike: bool) -> None:
    assert hedged_alike(a, b) is alike
