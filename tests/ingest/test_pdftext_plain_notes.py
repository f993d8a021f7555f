"""Notes printed as plain numbered lines ("N text", one space) at the end of the text or at
the foot of a page, as `pdftotext` gives them for PDFs without a Notes heading or back-link
arrows. The fixtures in tests/fixtures/text/plain_notes/ were written for these tests."""

from __future__ import annotations

from claimcheck.document import Source
from claimcheck.ingest import load_document
from claimcheck.ingest.pdftext import read_pdf_text
from conftest import FIXTURES

HERE = FIXTURES / "text" / "plain_notes"


def _refs(doc) -> list[tuple[int, str]]:
    """Each reference with the text just before it on its line."""
    out = []
    for ref in doc.iter_refs():
        line = doc.source.line_text(ref.location.line)
        col = ref.location.column - 1
        out.append((ref.number, line[max(0, col - 5) : col + len(ref.label)]))
    return out


def test_endnotes_at_the_end_of_the_text():
    doc = load_document(HERE / "endnotes.txt")
    notes = list(doc.iter_footnotes())
    assert [n.number for n in notes] == [1, 2, 3, 4, 5]
    # continuation lines joined, a URL broken at its hyphen rejoined
    assert notes[0].text == (
        'Wadden Sea Secretariat, "Salt marsh area 2010-2023," Quality Status Report, '
        "March 2024, https://qsr.example.org/salt-marsh-area."
    )
    assert notes[0].urls == ("https://qsr.example.org/salt-marsh-area",)
    assert notes[3].text == "The figure includes the fences, which were bought once and used again on later plots."
    assert [n.location.line for n in notes] == [21, 24, 25, 27, 29]
    assert [n.location.column for n in notes] == [1, 1, 1, 1, 1]
    # marks after a year's full stop, a word's full stop and a comma
    assert _refs(doc) == [(1, "2010.1"), (2, "sons.2"), (3, "dogs.3"), (4, "amme,4"), (5, "thod.5")]


def test_numbered_steps_years_and_amounts_in_the_body_stay_text():
    doc = load_document(HERE / "endnotes.txt")
    text = " ".join(b.text for b in doc.iter_blocks())
    assert "four steps: 1 Mark the plots at low tide. 2 Cut the old turf" in text
    assert "12,000 squares were set in the first year, and 2019 was the wettest" in text
    # the marks are cut from the text, the numbers next to them are not
    assert "since 2010. Sheep grazing" in text
    assert "€216,000 for the whole programme, which" in text


def test_page_bottom_notes_continue_their_numbering_on_the_next_page():
    doc = load_document(HERE / "pages.txt")
    notes = list(doc.iter_footnotes())
    assert [(n.number, n.location.line) for n in notes] == [(1, 8), (2, 9), (3, 16), (4, 17)]
    assert notes[3].text.endswith(
        "published in the company magazine, February 2025, https://ops.example.at/magazine/planning."
    )
    assert [r for r, _ in _refs(doc)] == [1, 2, 3, 4]
    text = " ".join(b.text for b in doc.iter_blocks())
    # "2 extra cars" at a line start is an amount, the page numbers are dropped
    assert "and 2 extra cars were added" in text
    assert all(not b.text.strip().isdigit() for b in doc.iter_blocks())


def test_a_numbered_list_ending_the_text_without_marks_is_no_notes():
    doc = load_document(HERE / "trap_list_at_end.txt")
    assert list(doc.iter_footnotes()) == [] and list(doc.iter_refs()) == []
    assert "1 Clear leaves and snow away from the outdoor unit." in " ".join(b.text for b in doc.iter_blocks())


def test_contents_lines_above_a_page_break_are_no_notes():
    doc = load_document(HERE / "trap_contents.txt")
    assert list(doc.iter_footnotes()) == [] and list(doc.iter_refs()) == []


def test_a_run_followed_by_more_text_on_its_page_is_no_notes():
    text = (
        "The survey covered 40 farms.1 Most of them grow barley.2\n"
        "\n"
        '1 "Barley farms surveyed," Farm Review, May 2024, https://fr.example.org/barley.\n'
        '2 "Barley prices," Farm Review, June 2024, https://fr.example.org/prices.\n'
        "\n"
        "The second part of the survey starts here and goes on for a while.\n"
    )
    doc = read_pdf_text(Source("t.txt", text))
    assert list(doc.iter_footnotes()) == [] and list(doc.iter_refs()) == []


def test_numbers_out_of_sequence_are_no_notes():
    text = (
        "The survey covered 40 farms.1 Most of them grow barley.2\n"
        "\n"
        '1 "Barley farms surveyed," Farm Review, May 2024, https://fr.example.org/barley.\n'
        '7 "Barley prices," Farm Review, June 2024, https://fr.example.org/prices.\n'
    )
    doc = read_pdf_text(Source("t.txt", text))
    assert list(doc.iter_footnotes()) == []


def test_a_mark_without_a_note_and_a_mark_out_of_order_are_read_for_the_fn_rules():
    text = (
        "Yields rose in the north.1 They fell in the south.3 The west was flat.2 The\n"
        "east was not surveyed at all.4\n"
        "\n"
        '1 "Northern yields," Crop Notes, May 2024, https://cn.example.org/north.\n'
        '2 "Western yields," Crop Notes, May 2024, https://cn.example.org/west.\n'
        '3 "Southern yields," Crop Notes, May 2024, https://cn.example.org/south.\n'
    )
    doc = read_pdf_text(Source("t.txt", text))
    assert [n.number for n in doc.iter_footnotes()] == [1, 2, 3]
    assert [r.number for r in doc.iter_refs()] == [1, 3, 2, 4]


def test_a_decimal_before_a_unit_is_no_mark():
    text = (
        "Capacity reached 9.2 GW in the north and 0.4 GW in the bay.1 Prices fell in\n"
        "2023.2 The regulator expects 12.3 more by the end of the decade.\n"
        "\n"
        '1 "Capacity report," Grid Weekly, May 2024, https://gw.example.org/capacity.\n'
        '2 "Price report," Grid Weekly, June 2024, https://gw.example.org/prices.\n'
        '3 "Outlook," Grid Weekly, July 2024, https://gw.example.org/outlook.\n'
    )
    doc = read_pdf_text(Source("t.txt", text))
    assert [n.number for n in doc.iter_footnotes()] == [1, 2, 3]
    assert [r.number for r in doc.iter_refs()] == [1, 2]
    assert "9.2 GW in the north and 0.4 GW in the bay." in doc.articles[0].blocks[0].text


def test_a_lone_year_and_mark_ending_a_sentence_is_prose_not_a_table_row():
    text = (
        "The first barge of the season reached the upper locks in the spring of\n"
        "2021.1\n"
        "Traffic then grew every month until the river froze in December.2\n"
        "\n"
        '1 "First barge arrives," River Log, April 2021, https://rl.example.org/first.\n'
        '2 "Locks closed for winter," River Log, December 2021, https://rl.example.org/winter.\n'
    )
    doc = read_pdf_text(Source("t.txt", text))
    assert [b.kind.value for b in doc.iter_blocks()] == ["paragraph"]
    assert [r.number for r in doc.iter_refs()] == [1, 2]


def test_version_and_date_lines_stay_a_table():
    text = "Releases\nVersion\n4.2.3\nApril 2014\n4.1.6\nMay 2014\n"
    doc = read_pdf_text(Source("t.txt", text))
    assert "table" in [b.kind.value for b in doc.iter_blocks()]
