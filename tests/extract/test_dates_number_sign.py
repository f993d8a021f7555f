"""A number a sign marks as one ("#2017", "№ 2012": an issue, a ticket, a notice) is no
year, wherever it stands in its clause. The sentences were written for these tests."""

from __future__ import annotations

import pytest

from claimcheck.extract.dates import find_dates


def _years(text: str) -> list[int | None]:
    return [d.date.year if d.date else None for d in find_dates(text)]


NUMBERED = [
    "Finally, the team opened [Lib #2017] to add the missing test vectors.",
    "Monitors: the desk closed a ticket (#2004) on Friday.",
    "The fix landed as pull request #2019.",
    "The branch posted it as notice № 2012, on longer opening hours.",
    "See the tracker, issue #1998, for the history.",
]

DATED = [
    ("The team opened the pull request (#12) in 2017.", [2017]),
    ("The desk closed ticket #40 on Friday, 3 March 2004.", [2004]),
    ("Issue 7 of the bulletin appeared in 2019.", [2019]),
]


@pytest.mark.parametrize("text", NUMBERED)
def test_a_number_after_a_number_sign_is_no_year(text: str) -> None:
    assert _years(text) == []


@pytest.mark.parametrize(("text", "years"), DATED)
def test_a_year_beside_a_numbered_thing_is_still_read(text: str, years: list[int]) -> None:
    assert _years(text) == years
