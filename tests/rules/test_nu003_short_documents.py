"""NU003 in a short document (session 19, nu19): a word said in two sentences of ten is as
rare as a shared word can be there, so it makes two figures a candidate pair; in a long
document the bar stays :data:`_RARE`."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.rules.nu003_same_quantity_different_values import _RARE, _rare


@pytest.mark.parametrize("sentences", [4, 8, 12])
def test_a_word_of_two_sentences_is_rare_in_a_short_document(sentences: int) -> None:
    assert _rare(sentences) == pytest.approx(math.log((sentences + 1) / 2))
    assert _rare(sentences) < _RARE


@pytest.mark.parametrize("sentences", [40, 80, 400])
def test_the_bar_stays_in_a_long_document(sentences: int) -> None:
    assert _rare(sentences) == _RARE


@given(st.integers(min_value=0, max_value=10_000))
def test_the_bar_never_rises_above_the_long_document_one(sentences: int) -> None:
    assert 0 < _rare(sentences) <= _RARE
