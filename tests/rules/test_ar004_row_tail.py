"""AR004 reads a row of a text table by the figures closing it; a long run of digits in the
row (a hash, a zero prevout) must be read once, not split every way there is."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from claimcheck.rules.ar004_parts_do_not_sum import _ROW_TAIL

#: the pattern as it was before it was made possessive: the same matches, in exponential time
_BACKTRACKING = re.compile(r"[ \t]*(?:\d[\d,.]*[ \t]*)+$")


def test_a_long_run_of_digits_before_words_is_read_at_once() -> None:
    # the old pattern tries every split of the 64 digits here and never returns; the
    # possessive one reads them once (how long it takes is benchmarks' to say, not a test's)
    row = "the spend field `" + "0" * 64 + "`, the prevout of a coinbase"
    assert _ROW_TAIL.search(row) is None


@given(st.text(alphabet="09 ,.\tab", max_size=14))
def test_the_same_row_tails_as_before(row: str) -> None:
    new, old = _ROW_TAIL.search(row), _BACKTRACKING.search(row)
    assert (new and new.span()) == (old and old.span())
