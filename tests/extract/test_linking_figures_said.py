"""A count of people narrowed by what they said of themselves is a part of those asked."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.extract.linking.figures import _what_they_said


@pytest.mark.parametrize(
    ("sentence", "figure", "said"),
    [
        ("Nearly 3,000 people answered saying they cycle to work.", "3,000 people", {"cycle", "work"}),
        ("About 400 tenants wrote back reporting that they had waited a month.", "400 tenants", {"waited", "month"}),
        ("In the vote, 150 members said they would sing in spring.", "150 members", {"sing", "spring"}),
        ("Some 80 pupils who described themselves as keen readers", "80 pupils", {"keen", "reader"}),
    ],
)
def test_what_a_part_said_of_itself(sentence: str, figure: str, said: set[str]) -> None:
    assert _what_they_said(sentence, figure) == said


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # the whole group, named with "the", "all", a possessive: said of every one of them
        ("At the meeting, the 190 members of the club said they would back it.", "190 members"),
        ("All 90 staff said they liked the new rota.", "90 staff"),
        ("The firm's survey reached its 30 pilots, who said they were tired.", "30 pilots"),
        # someone else says it: the count is not narrowed
        ("The park had 2,000 visitors, and the wardens said they were pleased.", "2,000 visitors"),
        # the verb too far from the count to be its people's
        (
            "There were 300 guests at a wedding in the old mill by the river last June where the hosts said they",
            "300 guests",
        ),
        # no "they": a report, not a part
        ("The 5,000 households reported higher bills.", "5,000 households"),
    ],
)
def test_not_narrowed(sentence: str, figure: str) -> None:
    assert _what_they_said(sentence, figure) == frozenset()


@given(st.text(alphabet="abc ,.", max_size=60))
def test_a_sentence_without_the_count_says_nothing(sentence: str) -> None:
    assert _what_they_said(sentence, "4,512 people") == frozenset()
