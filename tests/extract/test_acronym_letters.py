"""How an acronym's letters fit its expansion: closed compounds."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.extract.acronym_letters import judge


@pytest.mark.parametrize(
    ("acronym", "expansion"),
    [
        ("FWMF", "freshwater membrane filtration"),  # fresh-Water
        ("TRWS", "Transit Railway Signals"),  # rail-Way
        ("GHG", "greenhouse gas"),  # green-House
        ("TRAVNATION", "Travel Nationwide"),  # a syllable acronym takes all of "nation"
    ],
)
def test_a_closed_compound_gives_both_roots(acronym, expansion):
    assert judge(acronym, expansion) == "fits"


@pytest.mark.parametrize(
    ("acronym", "expansion"),
    [
        ("WWTP", "Wastewater Treatment"),  # both roots explained, "Plant" lost
        ("SWMP", "Stormwater Management"),
        ("GHGR", "Greenhouse Gas"),  # green-House, Gas, and a word lost
    ],
)
def test_a_word_lost_after_a_compound_is_still_cut(acronym, expansion):
    assert judge(acronym, expansion) == "cut"


_ROOT = st.text(alphabet="bcdfgklmnprst", min_size=3, max_size=6)


@given(first=_ROOT, other=_ROOT, head=st.sampled_from(["water", "wide", "house", "work", "field"]))
def test_a_compound_never_explains_a_letter_after_the_name(first, other, head):
    # the compound's two roots and the next word's initial, and one letter more: still cut
    acronym = (first[0] + head[0] + other[0] + "q").upper()
    assert judge(acronym, f"{first.title()}{head} {other.title()}") == "cut"
