"""NU003: a closing or summary section's count of "people" is held to a body count of
another noun only when that noun names persons ("applicants") or the two sentences share
a word besides that noun and the period.
The drafts were written for these tests (a museum, an orchard cooperative, a harbour,
blood drives); the last is a near miss that must stay reported."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from claimcheck.config import Settings
from claimcheck.ingest import load_document
from claimcheck.pipeline import build_rules, check_document

_HEAD = "---\ntitle: Brief\npublication_date: 2025-06-01\n---\n\n# A brief\n\n"


def _nu003(text: str) -> list[str]:
    settings = Settings(select=["NU003"])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "draft.md"
        path.write_text(text, encoding="utf-8")
        findings, _ = check_document(load_document(path), build_rules(settings), settings)
    return [f.message for f in findings]


def _draft(body: str, closing: str) -> str:
    return (
        _HEAD
        + "## Method\n\n"
        + body
        + "\n\nThe work ran to plan, and the next round is booked for the autumn.\n\n## Conclusion\n\n"
        + closing
        + "\n"
    )


SILENT = {
    "interviewed / museums visited": _draft(
        "The museum interviewed 42 people who know its galleries well, about the opening hours.",
        'One regular told us: "I have been to about thirty-five museums in my life."',
    ),
    "trained / orchards planted": _draft(
        "The cooperative trained 65 people in grafting during the winter.",
        "One grower in the valley has planted some sixty orchards over three decades.",
    ),
    "hired / routes sailed": _draft(
        "The harbour authority hired 120 people to run the new ferry terminal.",
        "Its skippers have sailed roughly 110 routes between them.",
    ),
}

REPORTED = {
    "people waiting / applicants (persons, nothing else shared)": _draft(
        "At the end of March 2024, 2,600 people were on the council's housing list.",
        "Around 3,000 applicants had yet to be offered a home in early 2024.",
    ),
    "people who signed up as donors / donors signed up": _draft(
        "Blood drives across the county signed up 1,400 donors in 2024.",
        "In 2024, 1,650 people signed up as blood donors at the county's drives.",
    ),
}


@pytest.mark.parametrize("text", SILENT.values(), ids=SILENT.keys())
def test_people_and_another_noun_with_nothing_else_shared_are_silent(text: str) -> None:
    assert _nu003(text) == []


@pytest.mark.parametrize("text", REPORTED.values(), ids=REPORTED.keys())
def test_people_said_to_be_the_other_noun_are_still_compared(text: str) -> None:
    assert len(_nu003(text)) == 1
