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


def test_a_box_label_in_bold_covers_its_list_only(tmp_path):
    text = (
        "# Report\n\n> **Main findings**\n>\n> - 64 lock keepers\n> - 9 dredgers\n\n"
        "The body starts here.\n\n**Highlights**\n\nA paragraph, not a list.\n"
    )
    assert _texts(tmp_path, text) == ["64 lock keepers", "9 dredgers"]


def test_other_headings_and_long_lead_ins_restate_nothing(tmp_path):
    text = (
        "# Report\n\n## Summary of the consultation responses received in May\n\nA paragraph.\n\n"
        "The main findings of the survey of island households are these:\n\n- one\n- two\n"
    )
    assert _texts(tmp_path, text) == []


_BODY = "A body paragraph that runs long enough to be one, with words about the work and no figure at all, " * 2


def test_short_blocks_before_the_first_body_section_whatever_their_heading(tmp_path):
    text = (
        "# Report\n\n## Numbers that matter\n\n- 212 cottages restored\n- 9,400 guests\n\n"
        f"## Background\n\n{_BODY}\n\n## Work\n\n{_BODY}\n\n## Guests\n\n{_BODY}\n"
    )
    assert _texts(tmp_path, text) == ["212 cottages restored", "9,400 guests", _BODY.strip()]


def test_a_standfirst_without_heading_and_a_closing_section(tmp_path):
    text = (
        "# Report\n\nSingers came in their thousands last year.\n\n"
        f"## Attendance\n\n{_BODY}\n\n## Funding\n\n{_BODY}\n\n## What this means\n\nThe festival should grow.\n"
    )
    assert _texts(tmp_path, text) == ["Singers came in their thousands last year.", "The festival should grow."]


def test_a_box_of_bullets_counts_when_its_figures_recur(tmp_path):
    box = "## Harbour\n\n- 1,240 moorings\n- 38 cranes\n\n"
    body = f"## Quays\n\n{_BODY} The port has 1,240 moorings.\n\n## Staff\n\n{_BODY}\n\n## Rates\n\n{_BODY}\n\n## Notes\n\n{_BODY}\n\n{_BODY}\n"
    text = f"# Report\n\n## Intro\n\n{_BODY}\n\n{box}{body}"
    assert "1,240 moorings" in _texts(tmp_path, text)
    assert "1,240 moorings" not in _texts(tmp_path, text.replace("The port has 1,240 moorings.", ""))


def test_a_box_heading_run_into_its_paragraph(tmp_path):
    path = tmp_path / "draft.txt"
    path.write_text("Report\n\nIn brief The levy raised 12 million.\n\nThe body.\n", encoding="utf-8")
    doc = load_document(path)
    keep = summary_blocks(doc)
    assert [b.text for a in doc.articles for i, b in enumerate(a.blocks) if (a.index, i) in keep] == [
        "In brief The levy raised 12 million."
    ]


def test_an_article_of_few_sections_has_no_position_of_a_summary(tmp_path):
    text = f"# Report\n\nA standfirst.\n\n## One\n\n{_BODY}\n\n## Two\n\n{_BODY}\n"
    assert _texts(tmp_path, text) == []
