"""NU003 on shares said in words that the reading once missed: a share whose group is
written round it and followed by "of" ("one crate in every ten of the harbour's cargo"), by
a verb and its object ("two flats in five lack a ..."), "half" before a determiner ("half its
revenue"), a group named by another noun of the same people or homes ("homes" /
"households", "people" / "the population"), and a percentage that is the level of a
sentence of comparison ("61%, compared with ... before"), and a change by a share ("grew by
almost a third" / "grew by 19 per cent"). Our own sentences, in domains the
evaluation set does not use; each shape has traps that must stay silent."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.extract.numeric import word_shares
from claimcheck.extract.text import iter_units
from claimcheck.ingest import load_document
from tests.rules.test_nu003_context import _nu003

DEFECTS = {
    "one in every N, then 'of'": (
        "Container traffic through Ostrava's river port was 14 per cent of the region's freight tonnage in 2023.",
        "In 2023 roughly one tonne in every four of the region's freight passed through Ostrava's river port.",
    ),
    "a verb and its object after N": (
        "In 2024, 64% of the flats in the Tartu housing survey had triple glazing.",
        "In the 2024 Tartu housing survey fewer than two flats in five show any triple glazing.",
    ),
    "half before its owner": (
        "Tolls made up 31% of the Brenner motorway company's revenue in 2022.",
        "In 2022 the Brenner motorway company drew roughly half its revenue from tolls.",
    ),
    "homes against households": (
        "Rainwater tanks were fitted in 81 per cent of households in Oaxaca state by 2023.",
        "By 2023 only three homes in five in Oaxaca state had a rainwater tank fitted.",
    ),
    "people against the population": (
        "The Ljubljana transit survey found that 31% of the population rode a tram in 2024.",
        "The Ljubljana transit survey found that nearly half of the people rode a tram in 2024.",
    ),
    "a level compared with an earlier one": (
        "In the year to March 2024, 61% of Tasmanian ferry sailings left on time, compared with more than "
        "four in five before the refit.",
        "Fewer than half of Tasmanian ferry sailings left on time in the year to March 2024.",
    ),
    "a change by a share in words": (
        "Container traffic through the Gdynia terminal grew by 19 per cent in 2023.",
        "In 2023 container traffic through the Gdynia terminal grew by almost a third.",
    ),
    "nearly a quarter is not 18%": (
        "In 2024, 18% of the flats in the Tartu housing survey had heat pumps.",
        "Nearly a quarter of the flats in the 2024 Tartu housing survey had heat pumps.",
    ),
}

TRAPS = {
    "a change by a share in words that agrees": (
        "Container traffic through the Gdynia terminal grew by 31 per cent in 2023.",
        "In 2023 container traffic through the Gdynia terminal grew by almost a third.",
    ),
    "a change by a share of what another doer changed": (
        "Container traffic through the Gdynia terminal grew by 19 per cent in 2023.",
        "In 2023 Gdynia terminal staff numbers grew by almost a third.",
    ),
    "a change against a level": (
        "Container traffic made up 19 per cent of the Gdynia terminal's tonnage in 2023.",
        "In 2023 container traffic through the Gdynia terminal grew by almost a third.",
    ),
    "nearly a quarter is 23%": (
        "In 2024, 23% of the flats in the Tartu housing survey had heat pumps.",
        "Nearly a quarter of the flats in the 2024 Tartu housing survey had heat pumps.",
    ),
    "one in every N of another group": (
        "Container traffic through Ostrava's river port was 14 per cent of the region's freight tonnage in 2023.",
        "In 2023 roughly one barge in every four of the region's fleet was registered in Ostrava.",
    ),
    "a verb and its object that agree": (
        "In 2024, 38% of the flats in the Tartu housing survey had triple glazing.",
        "In the 2024 Tartu housing survey fewer than two flats in five show any triple glazing.",
    ),
    "half the time": (
        "Tolls made up 31% of the Brenner motorway company's revenue in 2022.",
        "In 2022 the Brenner motorway was congested for half the time, the company said.",
    ),
    "homes against households of another year": (
        "Rainwater tanks were fitted in 81 per cent of households in Oaxaca state by 2023.",
        "By 2019 only three homes in five in Oaxaca state had a rainwater tank fitted.",
    ),
    "people against another group": (
        "The Ljubljana transit survey found that 31% of the pensioners rode a tram in 2024.",
        "The Ljubljana transit survey found that nearly half of the people rode a tram in 2024.",
    ),
    "a level compared with an earlier one that agrees": (
        "In the year to March 2024, 47% of Tasmanian ferry sailings left on time, compared with more than "
        "four in five before the refit.",
        "Fewer than half of Tasmanian ferry sailings left on time in the year to March 2024.",
    ),
}


@pytest.mark.parametrize(("first", "second"), list(DEFECTS.values()), ids=list(DEFECTS))
def test_share_in_words_found(first: str, second: str, tmp_path: Path) -> None:
    assert len(_nu003(first, second, tmp_path)) == 1


@pytest.mark.parametrize(("first", "second"), list(TRAPS.values()), ids=list(TRAPS))
def test_share_in_words_of_another_fact_or_agreeing_silent(first: str, second: str, tmp_path: Path) -> None:
    assert _nu003(first, second, tmp_path) == []


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        ("Kilns release roughly one tonne in every twenty of the country's soot.", "one tonne in every twenty"),
        ("Fewer than two flats in five carry a heat pump.", "two flats in five"),
        ("The ferry firm drew half its income from freight.", "half"),
        ("Nearly half the boroughs have no lido.", "half"),
        ("Ferry fares rose by almost a quarter last year.", "a quarter"),
        ("Sailings were cut by roughly a third in 2023, the operator said.", "a third"),
    ],
)
def test_share_read(sentence: str, written: str, tmp_path: Path) -> None:
    path = tmp_path / "d.md"
    path.write_text(f"# Notes\n\n{sentence}\n", encoding="utf-8")
    assert [w.written for w in word_shares(iter_units(load_document(path)))] == [written]


@pytest.mark.parametrize(
    "sentence",
    [
        "One patient in five hospitals was seen within the hour.",
        "The shuttle spends half the time idle in the depot.",
        "It took half a day to reach the pass.",
        "The crossing covers half the distance of the old route.",
        "The crossing was shortened by half an hour.",
        "Delays fell by a third of a second per signal.",
        "Rates rose by a quarter point.",
        "The ferry and its crew won a third title this season.",
    ],
)
def test_no_share_read(sentence: str, tmp_path: Path) -> None:
    path = tmp_path / "d.md"
    path.write_text(f"# Notes\n\n{sentence}\n", encoding="utf-8")
    assert list(word_shares(iter_units(load_document(path)))) == []


def test_share_in_a_box_labelled_in_bold_found() -> None:
    from tests.rules.test_nu003_summary import _FILLER, _HEAD
    from tests.rules.test_nu003_summary import _nu003 as _nu003_of

    box = "> **Main findings**\n>\n> - More than one ferry sailing in three was late in 2024.\n\n## Sailings\n\n"
    late = "Of all ferry sailings from Orkney in 2024, {} per cent were delayed, the operator says.\n"
    assert len(_nu003_of(_HEAD + box + _FILLER + late.format("21"))) == 1
    assert _nu003_of(_HEAD + box + _FILLER + late.format("36")) == []
