"""Member lists (session 26, prec26's own words, after reading a trap of the development
set): a bare list after "N of the M <group>," ("Two of the four founding clubs, A and B,
…") names some of the group, not the group: it is no list of the group's members to set
against the whole one. Near misses: the whole group written alike ("The four founding
clubs, A, B, C and D, …"), or after "any of", is still the group's list."""

from __future__ import annotations

import pytest

from claimcheck.extract.lists import find_member_lists

SOME = [
    "Two of the four founding clubs, Rovers, Athletic and United, have left the league since.",
    "Three of the six partner universities, Leiden, Ghent and Uppsala, run summer schools.",
    "Some of the largest lenders, Ardent Bank, Corvale and Nordhaven, raised rates in May.",
]
WHOLE = [
    "The four founding clubs, Rovers, Athletic, City and United, met in 1901 to agree rules.",
    "The six partner universities, Leiden, Ghent, Uppsala, Porto, Bologna and Graz, run summer schools.",
    "Members may train at any of the four partner colleges: Alder, Birch, Cedar and Elm.",
]


@pytest.mark.parametrize("text", SOME)
def test_some_of_a_group_is_no_list_of_it(text: str) -> None:
    assert [r["members"] for r in find_member_lists(text)] == []


@pytest.mark.parametrize("text", WHOLE)
def test_the_whole_group_is_listed(text: str) -> None:
    assert len(list(find_member_lists(text))) == 1


def test_the_end_of_a_range_before_a_lead_in_is_no_count(tmp_path) -> None:
    """ "1-5 rating scale Survey measures:" over its bullets (a PDF's lines run together):
    the 5 ends a range, no count of the measures."""
    from tests.rules.test_cases import run_rule

    text = "# Survey\n\nConducted by phone 1-5 rating scale Survey measures:\n\n- Satisfaction\n- Engagement\n- Speed\n- Trust\n"
    assert run_rule("LS002", text, "markdown", tmp_path) == []
