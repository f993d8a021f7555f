"""FN004 describes a gap from the numbers used, never by its size: a reference numbered
99999999999999999999 (a reader may pass such a number on) costs no more than one numbered 2."""

from __future__ import annotations

from claimcheck.rules.fn004_footnote_numbering_order import _gap


def test_gaps_are_described_without_allocating_by_their_size():
    assert _gap(1, 3, {1, 3}) == "2 is"
    assert _gap(1, 5, {1, 3, 5}) == "2, 4 are"
    assert _gap(1, 999, {1, 999}) == "2–998 are"
    assert _gap(1, 40, {1, 30, 40}) == "37 numbers between 1 and 40 are"
    huge = 99999999999999999999
    assert _gap(1, huge, {1, huge}) == f"2–{huge - 1} are"
    assert _gap(1, huge, {1, 7, huge}) == f"{huge - 3} numbers between 1 and {huge} are"
    assert _gap(2, 3, {2, 3}) == ""
