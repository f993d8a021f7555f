"""The number-word tables every reader of number words takes its words from."""

from __future__ import annotations

import pytest

from claimcheck.data.numberwords import ONES, ORDINALS, TENS, TENS_ORDINALS, pick
from claimcheck.extract import dates, lists, numbers
from claimcheck.rules import ar005_age_does_not_follow as ar005


def test_tables_count_up_without_gaps():
    assert list(ONES.values()) == list(range(1, 20))
    assert list(TENS.values()) == list(range(20, 100, 10))
    assert list(ORDINALS.values()) == list(range(1, 32))
    assert list(TENS_ORDINALS.values()) == list(range(20, 100, 10))
    assert {w: n for w, n in TENS_ORDINALS.items() if n <= 30}.items() <= ORDINALS.items()


def test_pick_takes_a_run_in_order():
    assert pick(ONES, "two", "four") == {"two": 2, "three": 3, "four": 4}
    assert list(pick(TENS, "thirty", "fifty")) == ["thirty", "forty", "fifty"]
    with pytest.raises(ValueError):
        pick(ONES, "two", "twenty")


def test_each_reader_takes_the_shared_words():
    """The readers' own tables are the shared ones plus their own words, never a copy
    that could drift: one value per word everywhere."""
    shared = {**ONES, **TENS, **ORDINALS, **TENS_ORDINALS}
    for table in (
        dates.NUMBER_WORDS,
        dates.ORDINAL_WORDS,
        numbers.SMALL,
        numbers.TENS,
        lists._NUMBER_WORDS,
        ar005._ORDINALS,
    ):
        for word, value in table.items():
            if word in shared:
                assert value == shared[word], word
    assert dates.ORDINAL_WORDS is ORDINALS and numbers.TENS is TENS
    assert {"couple of", "few", "several"} <= set(dates.NUMBER_WORDS) and "a dozen" in lists._NUMBER_WORDS


def test_scale_words_have_one_home():
    from claimcheck.data.numberwords import SCALES
    from claimcheck.registry import matching
    from claimcheck.rules import ar002_change_does_not_follow as ar002

    assert numbers.SCALES is SCALES and matching.SCALES is SCALES
    assert SCALES["crore"] == 1e7 and SCALES["billion"] == 1e9
    assert ar002._ORD_FRAC["fifth"] == ORDINALS["fifth"] and ar002._ORD_FRAC["quarter"] == 4
