"""extract/sections.py: the blocks of sections that restate the body (drafts written for
these tests)."""

from __future__ import annotations

from pathlib import Path

from claimcheck.extract.sections import summary_blocks
from claimcheck.ingest import load_document


def _texts(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "draft.md"
    path.write_text(text, encoding="utf-8")
    doc = load_document(path)
    keep = summary_blocks(doc)
    return [b.text for a in doc.articles for i, b in enumerate(a.blocks) if (a.index, i) in keep]


def test_under_a_restating_heading_until_the_next_heading(tmp_path):
    text = (
        "# Report\n\n## 1. Key findings\n\n- Ferries carried 4 million people.\n- Fares rose.\n\n"
        "A short paragraph under the findings.\n\n## Background\n\nThe body starts here.\n\n"
        "## Conclusions\n\nThe service needs two new ships.\n"
    )
    assert _texts(tmp_path, text) == [
        "Ferries carried 4 million people.",
        "Fares rose.",
        "A short paragraph under the findings.",
        "The service needs two new ships.",
    ]


def test_a_lead_in_with_a_colon_covers_its_list_only(tmp_path):
    text = "# Report\n\nAt a glance:\n\n- 87 lighthouses\n- 12 keepers\n\nThe body starts here.\n"
    assert _texts(tmp_path, text) == ["87 lighthouses", "12 keepers"]


def test_other_headings_and_long_lead_ins_restate_nothing(tmp_path):
    text = (
        "# Report\n\n## Summary of the consultation responses received in May\n\nA paragraph.\n\n"
        "The main findings of the survey of island households are these:\n\n- one\n- two\n"
    )
    assert _texts(tmp_path, text) == []
