"""NU003: a figure of a section that restates the body (a summary, key findings, an "at a
glance" box, a conclusion) against the one body figure it can only restate. The drafts
below were written for these tests (postal services, cycle lanes, lighthouses, vineyards,
school buses, beekeeping); each defect has a trap of the same shape."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from claimcheck.config import Settings
from claimcheck.ingest import load_document
from claimcheck.pipeline import build_rules, check_document

_HEAD = "---\ntitle: Brief\npublication_date: 2025-05-01\n---\n\n# A brief\n\n"
_FILLER = (
    "The network was reorganised twice in ten years, and its managers say the second change "
    "worked better than the first.\n\nStaff were consulted at every step, and the unions "
    "agreed the new rota in the spring.\n\n"
)


def _nu003(text: str, suffix: str = ".md") -> list[str]:
    settings = Settings(select=["NU003"])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"draft{suffix}"
        path.write_text(text, encoding="utf-8")
        findings, _ = check_document(load_document(path), build_rules(settings), settings)
    return [f.message for f in findings]


DEFECTS = {
    "key findings bullet, reworded": _HEAD
    + "## Key findings\n\n- 412 million parcels went through the network in 2024.\n\n## Parcels\n\n"
    + _FILLER
    + "Couriers of the national operator brought 398 million parcels to the door last year.\n",
    "summary paragraph, digits swapped, money": _HEAD
    + "## Summary\n\nThe town halls put €1.29 billion into bike paths last year.\n\n## Spending\n\n"
    + _FILLER
    + "In 2024 their spending on cycle lanes reached €1.92 billion, the ministry says.\n",
    "conclusion restates a measure": _HEAD
    + "## Vineyards\n\nGrowers in the valley harvested grapes from 5,600 hectares in 2024.\n\n"
    + _FILLER
    + "## Conclusion\n\nWith 6,100 hectares under vines in 2024, the valley leads the region.\n",
    "at a glance lead-in and bullets": _HEAD
    + "At a glance:\n\n- Keepers still live in 87 lighthouses\n- Automation began in 1980\n\n"
    + "## The keepers\n\n"
    + _FILLER
    + "A keeper is still posted at 78 lighthouses, all of them on islands without a road.\n",
}

TRAPS = {
    "restated as written": _HEAD
    + "## Key findings\n\n- The postal service delivered 398 million parcels in 2024.\n\n## Parcels\n\n"
    + _FILLER
    + "In 2024 the postal service delivered 398 million parcels, up from 371 million in 2023.\n",
    "restated rounded and hedged": _HEAD
    + "## Summary\n\nCities spent about €1.9 billion on cycle lanes in 2024.\n\n## Spending\n\n"
    + _FILLER
    + "Spending on cycle lanes by the cities reached €1.92 billion in 2024, the ministry says.\n",
    "another year": _HEAD
    + "## Key findings\n\n- The postal service delivered 412 million parcels in 2023.\n\n## Parcels\n\n"
    + _FILLER
    + "In 2024 the postal service delivered 398 million parcels, most of them ordered online.\n",
    "another counted thing": _HEAD
    + "## Key findings\n\n- The postal service delivered 412 million letters in 2024.\n\n## Parcels\n\n"
    + _FILLER
    + "In 2024 the postal service delivered 398 million parcels, most of them ordered online.\n",
}


@pytest.mark.parametrize("text", DEFECTS.values(), ids=DEFECTS.keys())
def test_a_summary_figure_the_body_gives_otherwise_is_reported(text):
    assert len(_nu003(text)) == 1


@pytest.mark.parametrize("text", TRAPS.values(), ids=TRAPS.keys())
def test_a_summary_figure_that_may_be_right_is_silent(text):
    assert _nu003(text) == []


def test_an_html_summary_section():
    html = (
        "<html><head><title>Brief</title><meta name='date' content='2025-05-01'></head><body>"
        "<h1>A brief</h1><h2>Summary</h2><p>The postal service delivered 412 million parcels in 2024.</p>"
        "<h2>Parcels</h2><p>The network was reorganised twice in ten years.</p>"
        "<p>Staff were consulted at every step, and the unions agreed the new rota.</p>"
        "<p>In 2024 the postal service delivered 398 million parcels, most of them ordered online.</p>"
        "</body></html>"
    )
    assert len(_nu003(html, ".html")) == 1
