"""``spelt_out_before``: an acronym given in a parenthesis after its name written in other
capitals (a lower-case spelling-out of a capitalised definition) is spelt out there. The
sentences were written for these tests."""

from __future__ import annotations

import pytest

from claimcheck.extract.acronyms import spelt_out_before


def _at(text: str, acronym: str) -> int:
    return text.rindex(acronym)


SPELT = [
    ("Teams now measure customer experience (CX) every quarter.", "CX", "Customer Experience"),
    ("The board adopted open-source software (OSS) for its archive.", "OSS", "Open Source Software"),
    ("A new water quality index (WQI) was published.", "WQI", "Water Quality Index"),
    ("Staff track the NET PROMOTER SCORE (NPS) monthly.", "NPS", "Net Promoter Score"),
]

NOT_SPELT = [
    # the acronym is used bare, not in a parenthesis
    ("Teams now measure customer experience and CX every quarter.", "CX", "Customer Experience"),
    # other words before the parenthesis
    ("Teams measure customer experience scores (CX) every quarter.", "CX", "Customer Experience"),
    # another name before it
    ("The board adopted free software (OSS) for its archive.", "OSS", "Open Source Software"),
    # a parenthesis that does not close on the name
    ("A new water quality index for rivers (WQI) was published.", "WQI", "Water Quality Index"),
]


@pytest.mark.parametrize(("text", "acronym", "expansion"), SPELT)
def test_the_name_in_other_capitals_spells_the_acronym_out(text: str, acronym: str, expansion: str) -> None:
    assert spelt_out_before(text, _at(text, acronym), expansion)


@pytest.mark.parametrize(("text", "acronym", "expansion"), NOT_SPELT)
def test_other_words_or_a_bare_use_spell_nothing_out(text: str, acronym: str, expansion: str) -> None:
    assert not spelt_out_before(text, _at(text, acronym), expansion)


def test_no_expansion_spells_nothing_out() -> None:
    text = "Teams now measure customer experience (CX) every quarter."
    assert not spelt_out_before(text, _at(text, "CX"), "")
