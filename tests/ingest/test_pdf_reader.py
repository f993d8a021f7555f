"""The PDF reader: same document as the text path, page numbers, and every kind of bad PDF."""

from __future__ import annotations

import importlib.util
import io
import sys
from pathlib import Path

import pytest

from claimcheck.document import Document, Location, Metadata, Source
from claimcheck.errors import InputError
from claimcheck.ingest import load_document
from claimcheck.ingest.pdf import read_pdf
from claimcheck.ingest.pdftext import read_pdf_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "pdf"
ISSUE_PDF = FIXTURES / "two_articles.pdf"
ISSUE_TXT = FIXTURES / "two_articles.txt"


_SET_APART = {"furniture", "pull_quote", "byline"}


def text_blocks(blocks) -> list:
    """The blocks read as text: headings and prose, not page furniture, pull quotes, bios."""
    return [b for b in blocks if b.kind.value not in _SET_APART]


def at(doc: Document, loc: Location, n: int = 20) -> str:
    assert doc.source is not None
    return doc.source.line_text(loc.line)[loc.column - 1 : loc.column - 1 + n]


def structure(doc: Document) -> list:
    """Everything but locations: articles, blocks, references, footnotes."""
    return [
        (
            a.index,
            a.title,
            [(b.kind, b.text) for b in a.blocks],
            [(r.number, r.label, r.block, r.offset) for r in a.refs],
            [(n.number, n.label, n.text, n.urls) for n in a.footnotes],
        )
        for a in doc.articles
    ]


@pytest.fixture(scope="module")
def pdf_doc() -> Document:
    return load_document(ISSUE_PDF)


@pytest.fixture(scope="module")
def text_doc() -> Document:
    return read_pdf_text(Source(str(ISSUE_TXT), ISSUE_TXT.read_text(encoding="utf-8")))


def test_pdf_gives_the_same_document_as_its_text(pdf_doc: Document, text_doc: Document) -> None:
    assert structure(pdf_doc) == structure(text_doc)


def test_pdf_structure(pdf_doc: Document) -> None:
    assert pdf_doc.format == "pdf"
    assert pdf_doc.metadata.title == "Grid Watch Quarterly, Issue 7"
    a1, a2 = pdf_doc.articles
    assert [b.text for b in text_blocks(a1.blocks)][:2] == [
        "Pumped Hydro Returns",
        "Provincial planners approved 42 new pumped-storage plants in 2024, more than in the "
        "previous five years combined. The new plants will add 51 GW of capacity by 2030, about "
        "a third of it in the south-west, where long transmission lines already carry hydropower "
        "to the coast.",
    ]
    assert text_blocks(a2.blocks)[0].text == "Batteries on Wheels"
    # running titles are furniture, not text; they name the articles
    assert not any("Grid Watch Quarterly" in b.text for b in text_blocks(pdf_doc.iter_blocks()))
    assert a1.title == "Grid Watch Quarterly | Pumped Hydro"
    assert a2.title == "Grid Watch Quarterly | Batteries"
    assert [r.number for r in a1.refs] == [1, 2, 3, 4]
    assert [n.number for n in a1.footnotes] == [1, 2, 3, 4]
    assert [r.number for r in a2.refs] == [1, 2, 3]
    assert [n.number for n in a2.footnotes] == [1, 2]  # the defect: note 3 has no body
    note3 = a1.footnotes[2]
    assert note3.text == (
        "Grid Institute, Annual Report on Storage, 2024, https://example.org/grid/reports/storage-outlook-2025.pdf."
    )
    assert note3.urls == ("https://example.org/grid/reports/storage-outlook-2025.pdf",)
    assert a1.blocks[a1.refs[0].block].text[: a1.refs[0].offset].endswith("five years combined.")


def test_pdf_extracted_text_has_the_shape_pdftext_reads(pdf_doc: Document) -> None:
    text = pdf_doc.source.text
    assert "\n1  National Energy Administration" in text  # footnote: number, two spaces
    assert "combined. 1\n" in text  # raised number set apart from the text
    assert "\n\nOperators call" in text  # paragraph break as a blank line


def test_pdf_locations_point_into_the_extracted_text(pdf_doc: Document) -> None:
    for ref in pdf_doc.iter_refs():
        assert at(pdf_doc, ref.location, 1) == str(ref.number), ref
    for note in pdf_doc.iter_footnotes():
        assert at(pdf_doc, note.location).startswith(f"{note.number}  "), note
    for block in pdf_doc.iter_blocks():
        assert at(pdf_doc, block.location).startswith(block.text[:10]), block.text
    # a character after a removed hyphen maps to its own line
    block = text_blocks(pdf_doc.articles[0].blocks)[1]
    loc = pdf_doc.locate(block, block.text.index("transmission") + len("transmis"))
    assert at(pdf_doc, loc, 10) == "sion lines"


def test_pdf_locations_carry_page_numbers(pdf_doc: Document) -> None:
    a1, a2 = pdf_doc.articles
    assert [r.location.page for r in a1.refs] == [1, 1, 2, 2]
    assert [n.location.page for n in a1.footnotes] == [1, 1, 2, 2]
    assert [r.location.page for r in a2.refs] == [3, 3, 4]
    assert [n.location.page for n in a2.footnotes] == [3, 3]
    assert [b.location.page for b in text_blocks(a2.blocks)] == [3, 3, 4]
    assert a1.location.page == 1 and a2.location.page == 3


def test_metadata_argument_overrides_the_pdf_title() -> None:
    doc = read_pdf(ISSUE_PDF, ISSUE_PDF.read_bytes(), metadata=Metadata(title="Issue 7"))
    assert doc.metadata.title == "Issue 7"


def test_reader_is_chosen_by_content_for_other_names(tmp_path: Path) -> None:
    path = tmp_path / "issue.bin"
    path.write_bytes(ISSUE_PDF.read_bytes())
    assert load_document(path).format == "pdf"


# -- errors ----------------------------------------------------------------------------------


def _error(path: Path) -> InputError:
    with pytest.raises(InputError) as err:
        load_document(path)
    assert err.value.path == str(path)
    assert err.value.hint
    return err.value


def test_corrupt_pdf(capsys) -> None:
    err = _error(FIXTURES / "corrupt.pdf")
    assert err.code == "E109"
    assert "cannot read the PDF" in err.message
    # pypdf's own complaints go into the message, not onto the terminal
    assert capsys.readouterr().err == ""


def test_encrypted_pdf() -> None:
    err = _error(FIXTURES / "encrypted.pdf")
    assert err.code == "E109"
    assert "password" in err.message


def test_scanned_pdf_has_no_text_layer() -> None:
    err = _error(FIXTURES / "scanned.pdf")
    assert err.code == "E112"
    assert "no text layer" in err.message
    assert "OCR" in err.hint


def test_not_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "draft.pdf"
    path.write_text("<html><body><p>Saved with the wrong name.</p></body></html>", encoding="utf-8")
    err = _error(path)
    assert err.code == "E109"
    assert "not a PDF" in err.message


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n" + bytes(range(256)) * 4,
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
        ISSUE_PDF.read_bytes()[: len(ISSUE_PDF.read_bytes()) // 2],
    ],
    ids=["garbage", "broken-objects", "truncated"],
)
def test_damaged_pdfs(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "damaged.pdf"
    path.write_bytes(data)
    err = _error(path)
    assert err.code == "E109"


def test_pdf_without_pages(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    buf = io.BytesIO()
    PdfWriter().write(buf)
    path = tmp_path / "empty.pdf"
    path.write_bytes(buf.getvalue())
    err = _error(path)
    assert err.code == "E109"
    assert "no pages" in err.message


# -- the fixtures are what make_fixtures.py builds ---------------------------------------------


@pytest.mark.skipif(importlib.util.find_spec("fpdf") is None, reason="needs fpdf2 (test extra)")
def test_fixtures_rebuild_to_the_committed_files(tmp_path: Path, monkeypatch) -> None:
    spec = importlib.util.spec_from_file_location("make_fixtures", FIXTURES / "make_fixtures.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "make_fixtures", module)  # dataclasses look it up
    spec.loader.exec_module(module)
    built = module.build_all(tmp_path)
    assert all(p.exists() for p in built)
    assert (tmp_path / "two_articles.txt").read_text(encoding="utf-8") == ISSUE_TXT.read_text(encoding="utf-8")
    fresh = load_document(tmp_path / "two_articles.pdf")
    committed = load_document(ISSUE_PDF)
    assert fresh.source.text == committed.source.text
    assert structure(fresh) == structure(committed)
    for name, code in (("encrypted.pdf", "E109"), ("scanned.pdf", "E112"), ("corrupt.pdf", "E109")):
        with pytest.raises(InputError) as err:
            load_document(tmp_path / name)
        assert err.value.code == code


@pytest.mark.skipif(importlib.util.find_spec("fpdf") is None, reason="needs fpdf2 (test extra)")
def test_columns_and_one_run_footnotes(tmp_path: Path) -> None:
    """A second column starts a new text flow; a note set as one run "1 Text" is found by
    its number, and a continuation line that starts with a date is not a new note."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format=(595, 420))
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    left = ["Storage capacity in the province doubled", "over three years, the regulator said, and"]
    right = ["most of it came from new reservoirs", "built in the western hills."]
    for i, line in enumerate(left):
        pdf.text(40, 60 + 13 * i, line)
    for i, line in enumerate(right):
        pdf.set_font("Helvetica", size=10)
        pdf.text(310, 60 + 13 * i, line)
    x = 310 + pdf.get_string_width(right[-1])
    pdf.set_font("Helvetica", size=6.5)
    pdf.text(x + 0.5, 60 + 13 - 3.5, "1")
    pdf.set_font("Helvetica", size=7)
    pdf.text(40, 360, "1 Provincial Water Bureau, report published")
    pdf.text(40, 369, "12 May 2024, page 4.")
    path = tmp_path / "columns.pdf"
    pdf.output(str(path))

    doc = load_document(path)
    lines = doc.source.text.split("\n")
    assert " most of it came from new reservoirs" in lines  # new flow: one leading space
    (article,) = doc.articles
    assert [b.text for b in article.blocks] == [
        "Storage capacity in the province doubled over three years, the regulator said, and "
        "most of it came from new reservoirs built in the western hills."
    ]
    assert [r.number for r in article.refs] == [1]
    assert [(n.number, n.text) for n in article.footnotes] == [
        (1, "Provincial Water Bureau, report published 12 May 2024, page 4.")
    ]


def test_notes_with_a_numbering_slip_and_a_small_code_line(tmp_path: Path) -> None:
    """Notes numbered 1, 2, 2, 4 are four notes (FN001 then reports the repeated 2); a line
    in the notes' small size that starts with a number before any note ("2 keys 3 signers",
    a code sample) is not a note."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format=(595, 420))
    pdf.set_auto_page_break(False)
    pdf.add_page()
    body = [
        "Ferries now run at night, the operator said.",
        "Fares fell by a tenth on the long routes.",
        "Crossings doubled over the summer months.",
        "Both ports now open before dawn.",
    ]
    for i, line in enumerate(body):
        pdf.set_font("Helvetica", size=10)
        pdf.text(40, 60 + 13 * i, line)
        x = 40 + pdf.get_string_width(line)
        pdf.set_font("Helvetica", size=6.5)
        pdf.text(x + 0.5, 60 + 13 * i - 3.5, str(i + 1))
    pdf.set_font("Helvetica", size=10)
    for i, line in enumerate(
        [
            "The operator plans more sailings next year.",
            "A new pier opens in the spring.",
            "Fuel costs stayed flat all year.",
            "Crews were hired from both towns.",
            "Passengers asked for later boats.",
            "The board meets again in May.",
        ]
    ):
        pdf.text(40, 200 + 13 * i, line)
    pdf.set_font("Helvetica", size=7)
    pdf.text(40, 130, "2 key_a key_b key_c 3 CHECK_ALL")
    pdf.set_font("Helvetica", size=7)
    notes = [
        "1 Harbour Board, annual report, May 2024.",
        "2 Port Weekly, June 3, 2024.",
        "2 Coast Gazette, July 9, 2024.",
        "4 Ferry Line, timetable, August 2024.",
    ]
    for i, note in enumerate(notes):
        pdf.text(40, 340 + 10 * i, note)
    path = tmp_path / "slip.pdf"
    pdf.output(str(path))

    doc = load_document(path)
    (article,) = doc.articles
    assert [n.label for n in article.footnotes] == ["1", "2", "2", "4"]
    assert all("CHECK_ALL" not in n.text for n in article.footnotes)


def test_a_note_keeps_the_space_between_its_runs() -> None:
    """A note's first line often comes as several runs (a link is a run of its own); the
    space that ends one run parts it from the next, so a URL after a comma stays a URL."""
    from claimcheck.ingest.pdf import _Line, _Renderer, _Run

    line = _Line()
    for text, x in [
        ("2\xa0\xa0Port Authority, “Annual review,” 4 May 2024, ", 30.0),
        ("https://port.example.org/review-", 300.0),
    ]:
        line.add(_Run(text, x, 100.0, 8.0))
    renderer = _Renderer([[line]])
    renderer.last_note = 1
    assert (
        renderer._note_line(line) == "2  Port Authority, “Annual review,” 4 May 2024, https://port.example.org/review-"
    )


@pytest.mark.parametrize("opening", ["", "(", "“", "<"])
def test_a_url_cut_at_a_hyphen_is_rejoined_after_an_opening_mark(opening: str) -> None:
    text = (
        "Ports\n\nTrade through the northern ports rose.1\n\n"
        f"1  Port Authority, “Annual review,” 4 May 2024, {opening}https://port.example.org/annual-\n"
        "review-2024.html\n"
    )
    doc = read_pdf_text(Source("notes.txt", text))
    (note,) = doc.articles[0].footnotes
    assert note.urls == ("https://port.example.org/annual-review-2024.html",)


def test_a_bullet_items_lines_hang_under_its_text() -> None:
    """A list item's next lines are set in from its bullet, under the item's text: they go
    on the item, not into a paragraph of their own as an indented first line would."""
    from claimcheck.ingest.pdf import _Line, _Renderer, _Run

    def line(y: float, *runs: tuple[str, float]) -> _Line:
        out = _Line()
        for text, x in runs:
            out.add(_Run(text, x, y, 10.0))
        return out

    page = [
        line(700, ("The committee took evidence from the three ferry operators and", 40.0)),
        line(687, ("from the harbour board, and it may wish to ask:", 40.0)),
        line(674, ("\u2022 ", 52.0), ("whether the three ferries ordered in 2023 will enter", 64.0)),
        line(661, ("service before the summer season;", 64.0)),
        line(648, ("\u2022 ", 52.0), ("how many sailings were cancelled for lack of crew.", 64.0)),
        line(630, ("The operator has answered neither question, and the board", 40.0)),  # space after the list
        line(617, ("says it will publish the figures in the spring.", 40.0)),
        line(604, ("It has said so before.", 52.0)),
    ]
    text = _Renderer([page]).page(page)
    assert "enter\nservice before" in text  # the item's second line goes on the item
    assert "spring.\n\nIt has said" in text  # an indented line after prose opens a paragraph
    doc = read_pdf_text(Source("t.txt", text))
    assert [b.text for b in doc.iter_blocks() if b.kind.value == "list_item"] == [
        "whether the three ferries ordered in 2023 will enter service before the summer season;",
        "how many sailings were cancelled for lack of crew.",
    ]


def _marked_pdf(path: Path, lines: list[tuple[str, list[str], str]], notes: list[int]) -> Path:
    """A page of body lines, each ``(text, raised marks set side by side, text after)``,
    and notes with the given numbers."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format=(595, 420))
    pdf.set_auto_page_break(False)
    pdf.add_page()
    for i, (before, marks, after) in enumerate(lines):
        y = 60 + 13 * i
        pdf.set_font("Helvetica", size=10)
        pdf.text(40, y, before)
        x = 40 + pdf.get_string_width(before) + 0.5
        pdf.set_font("Helvetica", size=6.5)
        for mark in marks:
            pdf.text(x, y - 3.5, mark)
            x += pdf.get_string_width(mark) + 0.3
        pdf.set_font("Helvetica", size=10)
        pdf.text(x + 1, y, after)
    pdf.set_font("Helvetica", size=7)
    for i, n in enumerate(notes):
        pdf.text(40, 300 + 10 * i, f"{n} Port Board, May 2024.")
    pdf.output(str(path))
    return path


def test_marks_raised_side_by_side_are_each_a_reference(tmp_path: Path) -> None:
    """Two or three note marks set raised one after another ("centres.⁹¹⁰") are each a
    reference, after a full stop, inside a sentence or after a closing quote; the second
    is not lost for standing after a number."""
    lines = [
        ("Ferries now run at night, the operator said.", ["1"], "Fares fell."),
        ("Crossings doubled over the summer months.", ["2", "3"], "Both ports opened early."),
        ("The harbour survey", ["4", "5"], "found the same pattern in the north."),
        ('The pilot called it "a new dawn."', ["6", "7", "8"], "Crews agreed."),
    ]
    doc = load_document(_marked_pdf(tmp_path / "marks.pdf", lines, list(range(1, 9))))
    (article,) = doc.articles
    assert [r.number for r in article.refs] == list(range(1, 9))
    assert [n.number for n in article.footnotes] == list(range(1, 9))


def test_a_mark_skipped_in_a_raised_group_is_still_seen(tmp_path: Path) -> None:
    """A group that skips a number ("⁴⁶" with a note 5 nowhere marked) is read as written:
    the reference is missing, for the footnote rules to report."""
    from claimcheck.config import Settings
    from claimcheck.pipeline import verify

    lines = [
        ("Ferries now run at night, the operator said.", ["1"], "Fares fell."),
        ("Crossings doubled over the summer months.", ["2", "3"], "Both ports opened early."),
        ("The harbour survey", ["4", "6"], "found the same pattern in the north."),
    ]
    path = _marked_pdf(tmp_path / "skip.pdf", lines, [1, 2, 3, 4, 5, 6])
    (article,) = load_document(path).articles
    assert [r.number for r in article.refs] == [1, 2, 3, 4, 6]
    found = verify([path], Settings(), keep_documents=False).findings
    assert any(f.rule == "FN003" and "footnote 5 is never referenced" in f.message for f in found)


def test_a_plain_number_after_a_word_is_no_mark_where_the_pdf_raises_its_marks(tmp_path: Path) -> None:
    """Where the PDF sets its note marks raised, a number on the line after a word ("pupils
    in year 1", "phase 2 of the plan", "Line 3 opens") is text, even when it would be the
    next mark; a raised mark with no note is still one (FN002 reports it)."""
    from claimcheck.config import Settings
    from claimcheck.pipeline import verify

    lines = [
        ("Pupils in year 1 and year 2 eat free.", ["1"], "Older ones pay."),
        ("The council began phase 2 of the plan in May.", ["2"], "It ends in June."),
        ("Trams on Line 3 run all night.", [], "Buses stop at ten."),
        ("Fares rose by a tenth last spring.", ["3"], "Few complained."),
    ]
    path = _marked_pdf(tmp_path / "plain.pdf", lines, [1, 2])
    (article,) = load_document(path).articles
    assert [r.number for r in article.refs] == [1, 2, 3]
    found = verify([path], Settings(), keep_documents=False).findings
    assert [f.rule for f in found if f.rule.startswith("FN")] == ["FN002"]
