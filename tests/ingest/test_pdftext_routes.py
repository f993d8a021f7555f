"""Notes read the same from every route a real tool takes from one Markdown draft.

The drafts in tests/fixtures/pdf/routes/*.md were written for these tests. They were
rendered with the tools publishers use (pandoc 2.17 → HTML → Chromium ``--print-to-pdf``;
pandoc → .odt or .docx → LibreOffice ``--convert-to pdf``) and extracted with poppler's
``pdftotext``, default options and ``-layout``; the PDFs and the texts are committed
(tests/fixtures/pdf/routes, tests/fixtures/text/routes). The last tests render the drafts
again with the tools when they are installed, and skip with the reason when not.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from claimcheck.document import Document, Source
from claimcheck.errors import InputError
from claimcheck.ingest import load_document
from claimcheck.ingest.pdftext import read_pdf_text
from conftest import FIXTURES

PDFS = FIXTURES / "pdf" / "routes"
TEXTS = FIXTURES / "text" / "routes"


def _norm(text: str) -> str:
    return " ".join(text.replace("’", "'").replace("“", '"').replace("”", '"').split())


def _notes(doc) -> list[tuple[int, str]]:
    return [(n.number, _norm(n.text)) for n in doc.iter_footnotes()]


def _source_notes(draft: str) -> list[tuple[int, str]]:
    return _notes(load_document(PDFS / f"{draft}.md"))


# Routes whose notes are read; (draft, file)
READ = [
    ("ferry", TEXTS / "ferry.chromium.txt"),
    ("ferry", TEXTS / "ferry.chromium.layout.txt"),
    ("ferry", TEXTS / "ferry.libreoffice.txt"),
    ("ferry", TEXTS / "ferry.libreoffice.layout.txt"),
    ("orchard", TEXTS / "orchard.chromium.txt"),
    ("orchard", TEXTS / "orchard.chromium.layout.txt"),
    ("orchard", TEXTS / "orchard.libreoffice.txt"),
    ("orchard", TEXTS / "orchard.libreoffice.layout.txt"),
    ("canal", TEXTS / "canal.libreoffice.layout.txt"),
    ("ferry", PDFS / "ferry.chromium.pdf"),
    ("ferry", PDFS / "ferry.libreoffice.pdf"),
    ("orchard", PDFS / "orchard.chromium.pdf"),
    ("orchard", PDFS / "orchard.libreoffice.pdf"),
    ("canal", PDFS / "canal.libreoffice.pdf"),
]


@pytest.mark.parametrize(("draft", "path"), READ, ids=[p.name for _, p in READ])
def test_every_route_gives_the_notes_of_the_markdown_source(draft: str, path: Path) -> None:
    doc = load_document(path)
    expected = _source_notes(draft)
    assert _notes(doc) == expected
    assert [r.number for r in doc.iter_refs()] == [n for n, _ in expected]


HEADER = [
    TEXTS / "ferry.chromium-header.txt",
    TEXTS / "ferry.chromium-header.layout.txt",
    PDFS / "ferry.chromium-header.pdf",
]


@pytest.mark.parametrize("path", HEADER, ids=[p.name for p in HEADER])
def test_chromium_print_header_and_footer_are_furniture(path: Path) -> None:
    """Printed without --no-pdf-header-footer: the print date and title at the top, the
    file URL and "1/1" at the foot. They are page furniture, the notes are the source's,
    and the print date is not the publication date."""
    doc = load_document(path)
    assert _notes(doc) == _source_notes("ferry")
    assert [r.number for r in doc.iter_refs()] == [1, 2, 3, 4]
    furniture = " ".join(b.text for b in doc.iter_blocks() if b.kind.value == "furniture")
    assert "10:12 PM" in furniture and "ferry.html" in furniture
    assert not any("ferry.html" in b.text or "10:12 PM" in b.text for b in doc.iter_blocks() if b.is_prose)
    assert doc.metadata.publication_date == dt.date(2025, 2, 18)


@pytest.mark.parametrize("path", [TEXTS / "canal.libreoffice.txt"], ids=lambda p: p.name)
def test_word_notes_that_cannot_be_told_from_the_body_are_not_invented(path: Path) -> None:
    """pdftotext's default output of Word-style notes (.docx through LibreOffice) puts each
    note's text before its number, run into the body text above it. Nothing there tells
    where a note starts, so no notes and no references. (The PDF itself is read: pypdf
    sees each note's number raised at the start of its line.)"""
    doc = load_document(path)
    assert list(doc.iter_footnotes()) == []
    assert list(doc.iter_refs()) == []


def test_reference_marks_are_glued_or_spaced_and_numbers_in_the_text_are_not() -> None:
    doc = load_document(TEXTS / "ferry.chromium.txt")
    text = " ".join(b.text for b in doc.iter_blocks())
    assert "for the route. Most of" in text
    assert "11,000 lira" in text
    assert [r.number for r in doc.iter_refs()] == [1, 2, 3, 4]


def test_no_notes_section_means_no_references() -> None:
    text = "A title\n\nThe fleet grew to 12 ships.1 It has 40 ships, 3 of them new.2\n"
    doc = read_pdf_text(Source("t.txt", text))
    assert list(doc.iter_refs()) == [] and list(doc.iter_footnotes()) == []


def test_a_numbered_list_in_the_body_is_not_a_notes_list() -> None:
    text = (
        "Steps to take\n\nWe did three things.\n1. Drained the lock.\n2. Replaced the gate.\n"
        "3. Filled it again.\n\nThe work took 2 weeks.\n"
    )
    doc = read_pdf_text(Source("t.txt", text))
    assert list(doc.iter_footnotes()) == [] and list(doc.iter_refs()) == []


def test_wikipedia_style_references_list_and_bracket_marks() -> None:
    text = (
        "The town has 4,100 people.[1] Its bridge dates from 1820.[2] The bridge was\n"
        "rebuilt twice.[1]\n\nReferences[edit]\n"
        "1. ^ a b Town census office. Retrieved 2020-01-02.\n"
        "2. ^ Bridge society newsletter,\nspring issue.\n\nExternal links[edit]\n"
    )
    doc = read_pdf_text(Source("t.txt", text))
    assert [n.number for n in doc.iter_footnotes()] == [1, 2]
    assert [n.text for n in doc.iter_footnotes()][1] == "Bridge society newsletter, spring issue."
    assert [r.number for r in doc.iter_refs()] == [1, 2, 1]


def test_numbers_that_name_or_count_things_are_not_marks() -> None:
    text = (
        "The plan has a Tier 3 target and step 2 of it is done.1 Version 2 ships soon.\n"
        "The second part follows.2\n\n"
        "1. A first note.↩︎\n2. A second note.↩︎\n"
    )
    doc = read_pdf_text(Source("t.txt", text))
    assert [r.number for r in doc.iter_refs()] == [1, 2]
    text_out = " ".join(b.text for b in doc.iter_blocks())
    assert "Tier 3 target and step 2 of it is done." in text_out


# -- the date printed on the first page ---------------------------------------------------


def test_cover_date_from_the_first_page() -> None:
    assert load_document(TEXTS / "ferry.chromium.txt").metadata.publication_date == dt.date(2025, 2, 18)
    assert load_document(TEXTS / "canal.libreoffice.layout.txt").metadata.publication_date == dt.date(2023, 11, 5)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("February 18, 2025", dt.date(2025, 2, 18)),
        ("18/02/2025", dt.date(2025, 2, 18)),
        ("Published 3 March 2024", dt.date(2024, 3, 3)),
        ("2013-04-19 11:45:50 -0400", dt.date(2013, 4, 19)),
        ("03/04/2025", None),  # day and month cannot be told apart
        ("Founded February 28, 1998; 18 years ago", None),  # not a line of its own
    ],
)
def test_cover_date_forms(line: str, date) -> None:
    doc = read_pdf_text(Source("t.txt", f"The Report\n{line}\n\nThe body text starts here.\n"))
    assert doc.metadata.publication_date == date


def test_a_date_in_a_note_or_low_on_the_page_is_never_taken() -> None:
    body = "\n".join(f"Line {i} of the body text goes on." for i in range(20))
    text = f"The Report\n\n{body}\nMarch 3, 2024\n\n1  Author, Title, March 3, 2024.\n"
    assert read_pdf_text(Source("t.txt", text)).metadata.publication_date is None


def test_a_date_given_by_the_caller_wins() -> None:
    from claimcheck.document import Metadata

    doc = read_pdf_text(
        Source("t.txt", "The Report\nMay 1, 2020\n\nBody.\n"),
        metadata=Metadata(publication_date=dt.date(2021, 1, 1)),
    )
    assert doc.metadata.publication_date == dt.date(2021, 1, 1)


# -- encrypted PDFs ------------------------------------------------------------------------


def _encrypt(src: Path, dst: Path, user: str) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(src))
    writer.encrypt(user_password=user, owner_password="owner-secret", algorithm="AES-256")
    with dst.open("wb") as fh:
        writer.write(fh)


def test_aes_pdf_with_an_empty_user_password_opens(tmp_path: Path) -> None:
    pytest.importorskip("cryptography", reason="pypdf[crypto] is a dependency; AES needs it")
    path = tmp_path / "protected.pdf"
    _encrypt(PDFS / "ferry.chromium.pdf", path, "")
    assert b"/AESV3" in path.read_bytes() or b"/V 5" in path.read_bytes()
    doc = load_document(path)
    assert _notes(doc) == _source_notes("ferry")


def test_aes_pdf_with_a_real_password_is_one_input_error(tmp_path: Path) -> None:
    pytest.importorskip("cryptography", reason="pypdf[crypto] is a dependency; AES needs it")
    path = tmp_path / "locked.pdf"
    _encrypt(PDFS / "ferry.chromium.pdf", path, "reader-secret")
    with pytest.raises(InputError) as err:
        load_document(path)
    assert err.value.code == "E109" and "password" in err.value.message


# -- rendering again with the tools, when they are installed -------------------------------


def _need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} is not installed (the committed fixtures keep the other tests running)")
    return path


def _pdftotext(pdf: Path, *args: str) -> Path:
    out = pdf.with_suffix((".layout" if args else "") + ".txt")
    subprocess.run([_need("pdftotext"), *args, str(pdf), str(out)], check=True, timeout=120)
    return out


@pytest.mark.parametrize("draft", ["ferry", "orchard"])
def test_render_again_with_pandoc_and_chromium(tmp_path: Path, draft: str) -> None:
    pandoc, chromium = _need("pandoc"), shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("chromium is not installed (the committed fixtures keep the other tests running)")
    html = tmp_path / f"{draft}.html"
    pdf = tmp_path / f"{draft}.pdf"
    subprocess.run(
        [pandoc, str(PDFS / f"{draft}.md"), "-f", "markdown", "-s", "-o", str(html)], check=True, timeout=120
    )
    subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--no-pdf-header-footer", f"--print-to-pdf={pdf}", html.as_uri()],
        check=True,
        timeout=180,
        capture_output=True,
    )
    expected = _source_notes(draft)
    for path in (pdf, _pdftotext(pdf), _pdftotext(pdf, "-layout")):
        assert _notes(load_document(path)) == expected, path.name


@pytest.mark.parametrize("draft", ["ferry", "orchard"])
def test_render_again_with_libreoffice(tmp_path: Path, draft: str) -> None:
    pandoc = _need("pandoc")
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (the committed fixtures keep the other tests running)")
    odt = tmp_path / f"{draft}.odt"
    subprocess.run([pandoc, str(PDFS / f"{draft}.md"), "-o", str(odt)], check=True, timeout=120)
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{tmp_path}/lo",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(odt),
        ],
        check=True,
        timeout=300,
        capture_output=True,
    )
    pdf = tmp_path / f"{draft}.pdf"
    expected = _source_notes(draft)
    for path in (pdf, _pdftotext(pdf), _pdftotext(pdf, "-layout")):
        assert _notes(load_document(path)) == expected, path.name


# -- robustness ------------------------------------------------------------------------------

from hypothesis import example, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(list("ab1 23.\n↩︎^[]:,\f{};$x") + ["1. ", "2. ", "\n1\n", "\n2\n", "Notes\n", "word "]),
        max_size=80,
    ).map("".join)
)
@example("\n1\n1. ↩")  # a number at the very start of a list item's text: no character before it
def test_other_layouts_never_raise_and_map_into_the_file(text):
    if not text.strip():
        return
    doc = read_pdf_text(Source("t.txt", text))
    for block in doc.iter_blocks():
        for i, _ch in enumerate(block.text):
            off = block.source_map.to_file(i)
            assert 0 <= off < len(text)
    numbers = {n.number for n in doc.iter_footnotes()}
    assert all(r.number in numbers for r in doc.iter_refs())


def test_a_mark_glued_to_a_version_number_needs_the_version_written_alone() -> None:
    notes = "\n\n1. First note.↩︎\n2. Second note.↩︎\n"
    glued = "Builds with 1.82 are fine.1 The table row says Rust < 1.822\n"
    doc = read_pdf_text(Source("t.txt", glued + notes))
    assert [r.number for r in doc.iter_refs()] == [1, 2]
    plain = "Builds are fine.1 Python 3.1 was old and Python 3.12 is new.2\n"
    doc = read_pdf_text(Source("t.txt", plain + notes))
    assert [r.number for r in doc.iter_refs()] == [1, 2]
    assert "Python 3.12 is new." in " ".join(b.text for b in doc.iter_blocks())


def test_a_heading_run_into_the_text_below_it_is_a_heading() -> None:
    text = (
        "The first paragraph ends here with a full stop.\n"
        "Where the money went\n"
        "The council spent most of it on the two bridges and the rest on paths.\n"
    )
    doc = read_pdf_text(Source("t.txt", text))
    kinds = [(b.kind.value, b.text[:20]) for b in doc.iter_blocks()]
    assert ("heading", "Where the money went") in kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Run the counter like this:\nlet n = count(trees);\n"
            'println!("{}", n);\nIt prints the number of trees on the lane.\n',
            ["paragraph", "code", "paragraph"],
        ),
        # JSON and YAML key-value lines
        (
            'The sensor posts one reading a minute:\n{\n"station": "weir-2",\n"level_cm": 41.5,\n'
            '"alarm": false\n}\nIts settings file holds two keys:\npoll_seconds: 60\n'
            "upload_host: gauges.example.org\nBoth can be changed without a restart.\n",
            ["paragraph", "code", "paragraph", "code", "paragraph"],
        ),
    ],
)
def test_code_lines_in_a_block_are_code(text: str, kinds: list[str]) -> None:
    doc = read_pdf_text(Source("t.txt", text))
    assert [b.kind.value for b in doc.iter_blocks()] == kinds


def test_a_label_and_its_value_in_prose_is_not_code() -> None:
    text = "Two things were left open at the meeting.\nNext step: funding\nnote: bring the plans\nThe chair closed at six.\n"
    doc = read_pdf_text(Source("t.txt", text))
    assert all(b.kind.value != "code" for b in doc.iter_blocks())


def test_contents_lines_and_table_rows_are_not_prose() -> None:
    text = (
        "Contents\nOperations ........ 11\nFinance ........ 14\n\n"
        "Month     Crossings     Passengers\nJune      120           9,800\n\n"
        "The ferry ran all summer.\n"
    )
    doc = read_pdf_text(Source("t.txt", text))
    prose = [b.text for b in doc.iter_blocks() if b.is_prose]
    assert prose == ["The ferry ran all summer."]
    kinds = {b.kind.value for b in doc.iter_blocks()}
    assert {"toc", "table"} <= kinds


def _raised_doc(body: str, notes: str) -> Document:
    """``body`` and ``notes`` read as a PDF's text whose numbers after a full stop and a
    space are set raised, as the PDF reader says."""
    text = f"A title\n\n{body}\n\nNotes\n\n{notes}"
    raised = {
        m.start() for m in re.finditer(r"(?<=\. )\d{1,2}\b|(?<=\d )\d{1,2}\b", text) if m.start() < len(body) + 10
    }
    return read_pdf_text(Source("t.txt", text), raised=raised)


@pytest.mark.parametrize(
    "body, refs",
    [
        ("Two reviews agree on it. 1 Three studies found the same. 2 3 4 Others disagree. 5", [1, 2, 3, 4, 5]),
        ("Ports grew. 1 Two more ports. 3 4 Then a third port followed. 5", [1, 3, 4, 5]),
        ("One fund opened. 1 2 Three more came. 3 4 5", [1, 2, 3, 4, 5]),
    ],
)
def test_raised_marks_side_by_side_are_one_run(body: str, refs: list[int]) -> None:
    """Raised marks a space apart and in order ("found the same. 2 3 4 Others") are all
    marks, also after a skipped note, as "2, 3, 4" would be."""
    notes = "\n".join(f"{n}  Source {n}, https://example.org/{n}" for n in range(1, 6))
    doc = _raised_doc(body, notes)
    assert [r.number for r in doc.iter_refs()] == refs


def test_raised_numbers_out_of_order_are_not_a_run() -> None:
    """A raised mark followed by a number out of order is not a run: "3 9" after "2"."""
    notes = "\n".join(f"{n}  Source {n}, https://example.org/{n}" for n in range(1, 4))
    doc = _raised_doc("The first. 1 The second. 2 Seven of the 3 9 boats sank.", notes)
    assert [r.number for r in doc.iter_refs()][:2] == [1, 2]
    assert 9 not in [r.number for r in doc.iter_refs()]
