"""Where the counted thing ends: a verb after the counted plural is no part of it, also past
an adverb ("69,000 lives worldwide falls on", "620 million visitors rests on", "inmates
share cells"), and a noun whose plural is its singular ("58 million salmon", "about 300
cod") is counted. Traps: compounds of two plurals or with a zero-plural modifier stay
whole ("sports clubs", "salmon farms"), and a tonnage of fish is no count of them."""

from __future__ import annotations

import pytest

from claimcheck.extract.numeric import analyse


def counts(text: str) -> list[tuple[float, str | None]]:
    return [(m.value, m.thing) for m in analyse(text) if m.kind == "count"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb right after the counted plural, or past an adverb
        ("The tally of 620 million visitors rests on camera estimates.", [(620e6, "visitors")]),
        ("A toll of some 69,000 lives worldwide falls mostly on poor families.", [(69000, "lives")]),
        ("The jail's 1,420 inmates share cells built for one.", [(1420, "inmates")]),
        ("About 40,000 patients wait longer than a year for surgery.", [(40000, "patients")]),
        ("Some 3,000 pupils attend schools in the valley.", [(3000, "pupils")]),
        # nouns whose plural is the singular
        ("Some 58 million salmon died in the sea pens in 2023.", [(58e6, "salmon")]),
        ("Trawlers landed about 300 cod in the closed area.", [(300, "cod")]),
        ("The herd of 1,200 reindeer crossed the river.", [(1200, "reindeer")]),
    ],
)
def test_counted_thing(text: str, expected: list[tuple[float, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The city has 5 sports clubs in each ward.", [(5, "sports clubs")]),
        ("There are 40 salmon farms on the west coast.", [(40, "salmon farms")]),
        ("The region sold 1.5 million tonnes of salmon abroad.", []),
    ],
)
def test_compounds_and_measures_stay_as_they_were(text: str, expected: list[tuple[float, str]]) -> None:
    assert counts(text) == expected
