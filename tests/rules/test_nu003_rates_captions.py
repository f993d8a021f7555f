"""NU003: a rate said "a month" against the year's total of the same thing, and a total in a
table caption or a parenthesis against the body's figure. The drafts were written for these
tests (clinics, coins, card payments, timber, trams, parcels, dredging, school transport);
each defect has traps of the same shape."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from claimcheck.config import Settings
from claimcheck.ingest import load_document
from claimcheck.pipeline import build_rules, check_document

_HEAD = "---\ndate: 2025-03-01\n---\n\n## Findings\n\n"
_MIDDLE = (
    "\n\nOther matters took up the rest of the review, from staffing to the state of the buildings. "
    "Managers were interviewed twice, once in spring and once after the audit. "
    "Several of them asked for clearer guidance on procurement.\n\n"
    "The board accepted most recommendations. It rejected one on pay, citing the budget. "
    "A follow-up review is planned, and the unions will be consulted on its terms.\n\n"
)


def _draft(first: str, second: str, heading: str = "## Outlook\n\n") -> str:
    return _HEAD + first + _MIDDLE + heading + second + "\n"


def _nu003(text: str) -> list[str]:
    settings = Settings(select=["NU003"])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "draft.md"
        path.write_text(text, encoding="utf-8")
        findings, _ = check_document(load_document(path), build_rules(settings), settings)
    return [f.message for f in findings]


MONTHLY_DEFECTS = {
    "a count a month, hedged": (
        "The regional clinic network carried out 2.4 million scans in 2023, its busiest year.",
        "Radiographers were stretched: the network performed about 240,000 scans a month in 2023.",
    ),
    "each month, with a verb's participle": (
        "The national mint struck 960 million coins in 2022 for domestic circulation.",
        "Demand for cash held up, with the mint striking some 95 million coins each month in 2022.",
    ),
    "money averaged a month": (
        "The card scheme processed £54 billion of payments in 2024.",
        "Card payments through the scheme averaged £5.2 billion a month in 2024, a record.",
    ),
    "monthly, a measure": (
        "Timber exports from the province came to 3.6 million cubic metres in 2024.",
        "Monthly timber exports of 350,000 cubic metres in 2024 kept the sawmills busy.",
    ),
    "the figure first, 'last year' for the year": (
        "The city's tram network carried 52 million passengers in 2024.",
        "With 5.1 million passengers a month last year, the trams ran close to capacity.",
    ),
}

MONTHLY_TRAPS = {
    "twelve times the rate is the total": (
        "The regional clinic network carried out 2.4 million scans in 2023, its busiest year.",
        "Radiographers were stretched: the network performed about 200,000 scans a month in 2023.",
    ),
    "a single month": (
        "The food charity delivered 1.1 million parcels in 2023 to families in need.",
        "In December 2023 alone the charity delivered 140,000 parcels.",
    ),
    "another year": (
        "The food charity delivered 1.1 million parcels in 2023 to families in need.",
        "Back in 2020 the charity delivered 40,000 parcels a month.",
    ),
    "a target": (
        "The food charity delivered 1.1 million parcels in 2023 to families in need.",
        "The charity aims to deliver 150,000 parcels a month by 2026.",
    ),
    "a part said by a superlative": (
        "The city's tram network carried 52 million passengers in 2024.",
        "The busiest line alone carried 1.9 million passengers a month in 2024.",
    ),
    "an upper bound": (
        "The card scheme processed £54 billion of payments in 2024.",
        "Card payments through the scheme peaked at up to £6 billion a month in 2024.",
    ),
}


@pytest.mark.parametrize(("first", "second"), MONTHLY_DEFECTS.values(), ids=MONTHLY_DEFECTS.keys())
def test_a_monthly_rate_that_does_not_make_the_year_is_reported(first: str, second: str) -> None:
    found = _nu003(_draft(first, second))
    assert len(found) == 1 and "a month, " in found[0], found


@pytest.mark.parametrize(("first", "second"), MONTHLY_TRAPS.values(), ids=MONTHLY_TRAPS.keys())
def test_a_monthly_rate_that_may_be_right_is_silent(first: str, second: str) -> None:
    assert _nu003(_draft(first, second)) == []


_TABLE = "\n\n| Route | Pupils |\n|---|---|\n| North | 1,200 |\n| South | 900 |\n"

CAPTION_DEFECTS = {
    "a caption's total in parentheses": (
        "The council carried 14,600 pupils to school by bus in 2024.",
        "Table 1: Pupils carried by route, 2024 (total 16,900 pupils)" + _TABLE,
    ),
    "all the routes": (
        "The council carried 14,600 pupils to school by bus in 2024.",
        "Table 1. School transport by route, 2024 (all routes: 16,900 pupils)" + _TABLE,
    ),
    "a caption in a text read into its paragraph": (
        "In 2024 the harbour dredged 3.4 million cubic metres from its basins.",
        "The work ran all year. Table 2: Dredging by basin, 2024 (total 3.9 million m³) "
        "Basin Volume North 1,900 South 1,500",
    ),
}

CAPTION_TRAPS = {
    "the caption gives the body's total": (
        "The council carried 14,600 pupils to school by bus in 2024.",
        "Table 1: Pupils carried by route, 2024 (total 14,600 pupils)" + _TABLE,
    ),
    "the caption is of another year": (
        "The council carried 14,600 pupils to school by bus in 2024.",
        "Table 1: Pupils carried by route, 2022 (total 16,900 pupils)" + _TABLE,
    ),
    "a detail in parentheses": (
        "The council carried 14,600 pupils to school by bus in 2024.",
        "Table 1: Pupils carried by route, 2024 (largest route: 16,900 pupils)" + _TABLE,
    ),
    "a target in the caption": (
        "The council carried 14,600 pupils to school by bus in 2024.",
        "Table 1: Pupils carried by route, 2024 (target 16,900 pupils)" + _TABLE,
    ),
}


@pytest.mark.parametrize(("first", "second"), CAPTION_DEFECTS.values(), ids=CAPTION_DEFECTS.keys())
def test_a_caption_total_the_body_gives_otherwise_is_reported(first: str, second: str) -> None:
    assert len(_nu003(_draft(first, second))) == 1


@pytest.mark.parametrize(("first", "second"), CAPTION_TRAPS.values(), ids=CAPTION_TRAPS.keys())
def test_a_caption_figure_that_may_be_right_is_silent(first: str, second: str) -> None:
    assert _nu003(_draft(first, second)) == []


def _summarised(summary: str, body: str) -> str:
    return "---\ndate: 2025-03-01\n---\n\n## Summary\n\n- " + summary + _MIDDLE + "## The detail\n\n" + body + "\n"


COMPARED_DEFECTS = {
    "a level compared with another year, in words in the summary": (
        "Some six and a half million loans were made by the libraries in 2023.",
        "The libraries made 5.7 million loans and 0.2 million renewals in 2023, compared with 6.4 million loans in 2019.",
    ),
    "compared to, a measure": (
        "About 2.6 million cubic metres of gravel were quarried in 2024.",
        "The quarries yielded 2.2 million cubic metres of gravel in 2024, compared to 2.5 million cubic metres in 2020.",
    ),
}
COMPARED_TRAPS = {
    "the summary gives the year compared with": (
        "Some 6.4 million loans were made by the libraries in 2019.",
        "The libraries made 5.7 million loans and 0.2 million renewals in 2023, compared with 6.4 million loans in 2019.",
    ),
    "the summary gives the level": (
        "About 2.2 million cubic metres of gravel were quarried in 2024.",
        "The quarries yielded 2.2 million cubic metres of gravel in 2024, compared to 2.5 million cubic metres in 2020.",
    ),
}


@pytest.mark.parametrize(("summary", "body"), COMPARED_DEFECTS.values(), ids=COMPARED_DEFECTS.keys())
def test_a_summary_figure_against_a_level_compared_with_another_year(summary: str, body: str) -> None:
    assert len(_nu003(_summarised(summary, body))) == 1


@pytest.mark.parametrize(("summary", "body"), COMPARED_TRAPS.values(), ids=COMPARED_TRAPS.keys())
def test_a_summary_figure_the_comparison_gives_is_silent(summary: str, body: str) -> None:
    assert _nu003(_summarised(summary, body)) == []


SHARE_DEFECTS = {
    "one rural household in six against a percentage": (
        "According to the regulator, 11 per cent of rural households had no broadband connection in 2024.",
        "With roughly one rural household in six still lacking a broadband connection, the gap is wide.",
    ),
    "one small farm in five": (
        "About 35% of small farms in the county sell directly to shops.",
        "Only one small farm in five in the county sells directly to shops.",
    ),
}
SHARE_TRAPS = {
    "the share agrees": (
        "According to the regulator, 17 per cent of rural households had no broadband connection in 2024.",
        "With roughly one rural household in six still lacking a broadband connection, the gap is wide.",
    ),
    "a span of time after N": (
        "About 35% of small farms in the county sell directly to shops.",
        "One small farm in ten minutes' drive of the town sells cheese.",
    ),
    "a noun after N": (
        "About 35% of small farms in the county sell directly to shops.",
        "The ministry inspects one farm in five districts each year.",
    ),
}


@pytest.mark.parametrize(("first", "second"), SHARE_DEFECTS.values(), ids=SHARE_DEFECTS.keys())
def test_a_share_written_round_its_group_is_compared(first: str, second: str) -> None:
    assert len(_nu003(_draft(first, second))) == 1


@pytest.mark.parametrize(("first", "second"), SHARE_TRAPS.values(), ids=SHARE_TRAPS.keys())
def test_a_share_written_round_its_group_that_may_be_right_is_silent(first: str, second: str) -> None:
    assert _nu003(_draft(first, second)) == []


WORDS_DEFECTS = {
    "a count in words, an alternative said with 'instead'": (
        "There are 640 full-time ward clerks in post, helped by agency staff who work 10 to 20 days a year.",
        "The plan instead relies on the six hundred and ten ward clerks already in post.",
    ),
    "a large number in words against digits": (
        "The ferries carried 4.9 million passengers in 2023.",
        "Five and a half million passengers were carried by the ferries in 2023, the operator says.",
    ),
}
WORDS_TRAPS = {
    "the same count in words": (
        "There are 640 full-time ward clerks in post, helped by agency staff who work 10 to 20 days a year.",
        "The plan instead relies on the six hundred and forty ward clerks already in post.",
    ),
    "a hedged round number in words": (
        "The ferries carried 4.9 million passengers in 2023.",
        "Some five million passengers were carried by the ferries in 2023, the operator says.",
    ),
    "a plural scale is no figure": (
        "There are 640 full-time ward clerks in post.",
        "The plan relies on hundreds of ward clerks already in post.",
    ),
}


@pytest.mark.parametrize(("first", "second"), WORDS_DEFECTS.values(), ids=WORDS_DEFECTS.keys())
def test_a_count_in_words_is_held_to_its_last_figure(first: str, second: str) -> None:
    assert len(_nu003(_draft(first, second))) == 1


@pytest.mark.parametrize(("first", "second"), WORDS_TRAPS.values(), ids=WORDS_TRAPS.keys())
def test_a_count_in_words_that_may_be_right_is_silent(first: str, second: str) -> None:
    assert _nu003(_draft(first, second)) == []


def test_a_conclusion_restates_a_level_set_against_another_year() -> None:
    text = _draft(
        "The ten airports owed lenders £68.4 billion at the end of March 2025, against £51.2 billion in 2015.",
        "The airports' debt of £64,800 million at March 2025 worries the regulator.",
        heading="## Conclusion\n\n",
    )
    assert len(_nu003(text)) == 1


def test_a_key_facts_label_gives_its_figure_a_period() -> None:
    text = _draft(
        "The county's recycling depots collected 96,000 tonnes of glass in 2024.",
        "Key facts\n\n- Glass collected at the recycling depots each month in 2024: 9,400 tonnes\n- Depots open: 14",
    )
    assert len(_nu003(text)) == 1


def test_a_sentence_before_a_colon_is_no_label() -> None:
    text = _draft(
        "The charity sent its largest team to the coast in a decade: 146 volunteers from 26 towns.",
        "The charity's 164-strong team worked for three weeks.",
    )
    found = _nu003(text)
    assert len(found) == 1 and "146" in found[0], found
