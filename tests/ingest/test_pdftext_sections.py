"""Section structure in PDF text: headings that stand in a block of their own (as the PDF
reader writes a heading set in a larger size, and as `pdftotext` prints many), and boxes of
key facts printed one item a line with their bullets lost. Summary boxes and conclusions are
where restated figures sit, so a heading glued to the paragraph under it, or four key facts
run into one sentence, hide them from the rules. The texts were written for these tests."""

from __future__ import annotations

import pytest

from claimcheck.document import Source
from claimcheck.ingest.pdftext import read_pdf_text

_NOTES = "\n1 Grid Office, “Connections,” 3 May 2024, https://grid.example.org/c.\n2 Water Board, “Tariffs,” 2025, https://wb.example.org/t.\n"


def _blocks(text: str) -> list[tuple[str, str]]:
    doc = read_pdf_text(Source("t.txt", text))
    return [(b.kind.value, b.text) for b in doc.iter_blocks()]


@pytest.mark.parametrize(
    "heading",
    [
        "2. Who pays for the grid",
        "3.1 The northern reach",
        "IV. Financing the connection",
        "B. Tariffs by region",
        "Key numbers",
    ],
)
def test_a_heading_after_a_dateline_or_a_byline_stands_alone(heading):
    """A one-line heading in sentence case, numbered or not, after a line that stands alone
    (a dateline ends in a year, not a full stop) and before a paragraph."""
    text = (
        "Briefing 7, Northern Grid Institute, Leeds, 4 March 2025\n\n"
        f"{heading}\n\n"
        "Connection queues grew to 41 gigawatts in 2024, twice the level of 2021.1 Most of the\n"
        "projects waiting are solar farms and batteries.2\n" + _NOTES
    )
    blocks = _blocks(text)
    assert ("heading", heading) in blocks
    assert any(k == "paragraph" and t.startswith("Connection queues grew") for k, t in blocks)


@pytest.mark.parametrize(
    "opening",
    [
        "14,800 households were connected in 2024, against 9,100 in 2023.1",
        "“We cannot connect what we cannot build,” the regulator said in May.1",
        "(All figures are for England.) Connections rose by a third.1",
    ],
)
def test_a_heading_before_a_paragraph_that_opens_with_a_figure_or_a_quotation(opening):
    text = (
        "The queue has doubled since 2021.\n\n"
        "What the figures show\n\n"
        f"{opening} Most of the projects waiting are solar farms and batteries.2\n" + _NOTES
    )
    assert ("heading", "What the figures show") in _blocks(text)


def test_a_lead_in_ending_in_a_colon_and_a_mark_is_no_heading():
    text = (
        "Pledges[edit]\n\n"
        "According to the operators' association:[1]\n\n"
        "The members will publish their queues every quarter and report connection dates.2\n" + _NOTES
    )
    assert ("heading", "According to the operators' association:[1]") not in _blocks(text)


def test_items_of_a_numbered_list_are_not_headings():
    """Short numbered blocks next to each other are a list's items, not a run of sections."""
    text = (
        "The review names three kinds of work.1\n\n"
        "1. Surveying - Mapping the routes of the cables\n\n"
        "2. Trenching - Digging and refilling the trenches\n\n"
        "3. Jointing - Connecting the sections of cable to each other in the field, by hand.2\n" + _NOTES
    )
    assert not [t for k, t in _blocks(text) if k == "heading"]


def test_the_next_section_heading_after_a_numbered_heading_paragraph():
    """A numbered heading is not a list item because the section before it (a paragraph, not
    a short item) opened with one."""
    text = (
        "1. The queue The queue grew to 41 gigawatts in 2024, twice the level of 2021, and most\n"
        "of the projects waiting are solar farms and batteries that applied after 2020, when the\n"
        "rules let developers hold a place without planning permission. The regulator has since\n"
        "tightened them, and the first projects without permission left the queue in 2025.1\n\n"
        "2. Costs and who pays\n\n"
        "The connection charge is split between the developer and the network operator.2\n" + _NOTES
    )
    assert ("heading", "2. Costs and who pays") in _blocks(text)


_KEY_FACTS = (
    "Connection queue in England: 41 GW at the end of 2024\n"
    "Median wait for a connection date: 5 years\n"
    "Projects with a date after 2030: 412\n"
    "New rules for the queue: in force from April 2025\n"
)


def test_key_facts_printed_one_a_line_are_items():
    """Lines that each stop short of the margin with room for the next line's first word,
    each opening with a capital, are items whose bullets were lost, not one sentence."""
    text = (
        "At a glance\n\n" + _KEY_FACTS + "\n"
        "1. The queue\n\n"
        "The queue grew to 41 gigawatts in 2024, twice the level of 2021. Most of the projects\n"
        "waiting are solar farms and batteries, and most of them applied after the rules of 2020\n"
        "were relaxed, which let developers hold a place without planning permission.1 The\n"
        "regulator has since tightened them again.2\n" + _NOTES
    )
    blocks = _blocks(text)
    assert [t for k, t in blocks if k == "list_item"] == _KEY_FACTS.strip().split("\n")
    assert ("heading", "At a glance") in blocks
    assert ("heading", "1. The queue") in blocks


def test_a_heading_run_into_its_lines_of_items_stays_a_heading():
    text = (
        "The queue grew to 41 gigawatts in 2024, twice the level of 2021. Most of the projects\n"
        "waiting are solar farms and batteries, and most of them applied after the rules of 2020\n"
        "were relaxed, which let developers hold a place without planning permission.1\n\n"
        "Further reading\n" + _KEY_FACTS + "\n" + _NOTES
    )
    blocks = _blocks(text)
    assert ("heading", "Further reading") in blocks
    assert len([t for k, t in blocks if k == "list_item"]) == 4


def test_wrapped_prose_is_not_cut_into_lines():
    """Full lines (and a block of finished sentences) are prose, whatever their capitals."""
    text = (
        "The queue grew to 41 gigawatts in 2024, twice the level of 2021. Most of the projects\n"
        "Waiting are solar farms and batteries, and most of them applied after the rules of\n"
        "Twenty twenty were relaxed, which let developers hold a place without permission.1\n\n"
        "Short line one.\nShort line two.\nShort line three.2\n" + _NOTES
    )
    assert not [t for k, t in _blocks(text) if k == "list_item"]


def test_a_lead_in_and_its_label_lines_at_the_end_of_a_paragraph():
    """A paragraph's last line closed by a colon, then lines of items: the items stand apart."""
    text = (
        "The operator connected 9,100 households in 2023 and 14,800 in 2024, against a target\n"
        "of 20,000 a year. It says the main constraint is the supply of transformers, not money.\n"
        "Connections by year, as reported to the regulator:\n"
        "2022: 6,300 households\n"
        "2023: 9,100 households\n"
        "2024: 14,800 households\n\n"
        "The regulator has asked for a plan by June.1\n" + _NOTES
    )
    blocks = _blocks(text)
    assert [t for k, t in blocks if k == "list_item"] == [
        "2022: 6,300 households",
        "2023: 9,100 households",
        "2024: 14,800 households",
    ]
    assert any(k == "paragraph" and t.endswith("as reported to the regulator:") for k, t in blocks)
