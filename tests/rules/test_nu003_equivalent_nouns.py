"""NU003: a figure restated under another noun an editor takes for the same thing
(``data/equivalent_nouns.txt``: "dwellings" / "households", "licences" / "permits",
"penalty notices" / "fines", "head teachers" / "heads"). The table is evidence worth one
shared word, never a link alone: the traps of the same shape (another town, another year,
a target against an outturn, a part of the whole, nouns the table does not join, too little
else in common) stay silent. Our own sentences, in the report body of test_nu003_context."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.extract.linking import equivalent_nouns, noun_sets, same_noun_set
from claimcheck.extract.linking import content_stems
from tests.rules.test_nu003_context import _nu003

DEFECTS = {
    "dwellings restated as households, digits swapped": (
        "In 2023 the Marsh Lane scheme in Dorrington finished 1,860 dwellings.",
        "The Dorrington scheme's 1,680 households moved into Marsh Lane in 2023.",
    ),
    "licences restated as permits": (
        "The Velden water board issued 318 abstraction licences to orchard growers in 2024.",
        "Orchard growers around Velden held 381 abstraction permits from the water board in 2024.",
    ),
    "penalty notices restated as fines, the figure after its noun": (
        "Wardens in Kessingham handed out 2,940 penalty notices for fly-tipping in 2024.",
        "Fly-tipping fines issued by Kessingham wardens in 2024 came to 2,490.",
    ),
    "head teachers restated as heads": (
        "The union polled 1,326 head teachers of rural primary schools in Wexbury in 2024.",
        "The union's 2024 poll in Wexbury reached 1,362 heads of rural primary schools.",
    ),
}

TRAPS = {
    "another town": (
        "In 2023 the Marsh Lane scheme in Dorrington finished 1,860 dwellings.",
        "The Ashby scheme's 1,680 households moved into Marsh Lane in 2023.",
    ),
    "another year": (
        "The Velden water board issued 318 abstraction licences to orchard growers in 2024.",
        "Orchard growers around Velden held 381 abstraction permits from the water board in 2022.",
    ),
    "a target against an outturn": (
        "The Velden water board plans to issue 318 abstraction licences to orchard growers by 2027.",
        "Orchard growers around Velden held 381 abstraction permits from the water board in 2024.",
    ),
    "a part of the whole": (
        "Wardens in Kessingham handed out 2,940 penalty notices for fly-tipping in 2024.",
        "Of the fly-tipping fines issued by Kessingham wardens in 2024, 2,490 went to traders.",
    ),
    "two subsets of one population": (
        "In 2023 the Marsh Lane scheme in Dorrington finished 1,860 dwellings.",
        "In 2023, 1,680 of the Dorrington scheme's households on Marsh Lane were tenants of the council.",
    ),
    "a plan and its revision": (
        "The Velden water board first planned 318 abstraction licences for orchard growers.",
        "The Velden water board later revised the plan to 381 abstraction permits for orchard growers.",
    ),
    "one shared noun set and a year, nothing else in common": (
        "Surveyors counted 1,860 dwellings along the northern bypass in 2023.",
        "Some 1,680 households applied for the flood grant after the storm in 2023.",
    ),
}


@pytest.mark.parametrize(("first", "second"), list(DEFECTS.values()), ids=list(DEFECTS))
def test_restated_under_another_noun_found(first: str, second: str, tmp_path: Path) -> None:
    assert len(_nu003(first, second, tmp_path)) == 1


@pytest.mark.parametrize(("first", "second"), list(TRAPS.values()), ids=list(TRAPS))
def test_trap_of_another_noun_silent(first: str, second: str, tmp_path: Path) -> None:
    assert _nu003(first, second, tmp_path) == []


def test_table_sets_are_read_as_stems() -> None:
    sets = equivalent_nouns()
    assert sets and all(len(members) > 1 for members in sets)
    fines = frozenset(content_stems("penalty charge notices"))
    assert same_noun_set(fines, frozenset(content_stems("fines")))
    assert not same_noun_set(fines, fines)  # one noun said twice is a shared word already
    assert not same_noun_set(frozenset(content_stems("members")), frozenset(content_stems("shareholders")))
    assert noun_sets(frozenset()) == {}


def test_no_stem_stands_in_two_sets_by_accident() -> None:
    seen: dict[tuple[str, ...], int] = {}
    for k, members in enumerate(equivalent_nouns()):
        for m in members:
            assert seen.setdefault(m, k) == k, m


_MEMBERS = [m for members in equivalent_nouns() for m in members]


@given(st.sets(st.sampled_from(_MEMBERS), max_size=3), st.sets(st.sampled_from(_MEMBERS), max_size=3))
def test_two_nouns_of_one_set_is_symmetric_and_never_one_noun_alone(x: set, y: set) -> None:
    a = frozenset(w for m in x for w in m)
    b = frozenset(w for m in y for w in m)
    assert same_noun_set(a, b) == same_noun_set(b, a)
    assert not same_noun_set(a, a)  # a group of words against itself shares every noun it says
    if same_noun_set(a, b):
        assert set(noun_sets(a)) & set(noun_sets(b))
