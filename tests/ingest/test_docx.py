"""The Word reader: drafts made by real writers (python-docx, pandoc, LibreOffice) read into
the same document model as the other formats, at places an editor can find in Word.

``tests/fixtures/docx/NAME.md`` are our own drafts; ``NAME.docx`` beside them is what
``pandoc NAME.md -o NAME.docx`` (pandoc 2.17) wrote, kept so the tests run without pandoc.
When pandoc or LibreOffice is installed the drafts are converted again, so a newer writer's
markup is checked too.
"""

from __future__ import annotations

import io
import re
import shutil
import zipfile
from pathlib import Path

import pytest

from docx_writers import (  # tests/ is on the path (conftest.py)
    edit_part,
    needs_soffice,
    pandoc,
    python_docx_draft,
    soffice_convert,
)

from claimcheck.document import BlockKind, Document
from claimcheck.errors import InputError
from claimcheck.ingest import load_document

DOCX_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "docx"
ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "docs" / "examples" / "issue-23.md"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

# --- python-docx -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Document]:
    path = python_docx_draft(tmp_path_factory.mktemp("pydocx") / "canal.docx")
    return path, load_document(path)


def test_styles_become_block_classes(built):
    _, doc = built
    kinds = [(b.kind, b.text) for b in doc.iter_blocks()]
    assert kinds[:8] == [
        (BlockKind.title, "Canal Brief 2"),
        (BlockKind.heading, "Locks and barges"),
        (BlockKind.paragraph, "The Inland Waterways Office (IWO) counted 412 barges in March."),
        (BlockKind.list_item, "Barge traffic is up for the third year."),
        (BlockKind.list_item, "Two new locks open in 2026."),
        (BlockKind.paragraph, "A block quotation from the harbour master is prose."),
        (BlockKind.pull_quote, "Locks are the new bridges"),
        (BlockKind.caption, "Figure 1: Barges per month"),
    ]
    rows = [b for b in doc.iter_blocks() if b.kind is BlockKind.table]
    assert [r.text for r in rows] == ["Lock | Barges", "North | 212"]
    assert doc.articles[0].title == "Canal Brief 2"
    assert doc.format == "docx"


def test_tracked_changes_read_as_accepted_with_a_notice(built):
    _, doc = built
    texts = [b.text for b in doc.iter_blocks()]
    assert "The office now publishes the counts monthly." in texts
    assert not any("still" in t or "Moved away" in t for t in texts)
    (notice,) = doc.notices
    assert "tracked changes (1 insertion, 2 deletions)" in notice.message
    assert "read as if all were accepted" in notice.message
    assert notice.location.line == 13 and notice.location.column == len("The office ") + 1


def test_comments_are_not_text(built):
    _, doc = built
    assert not any("query" in b.text for b in doc.iter_blocks())


def test_hyperlink_target_is_read(built):
    import docx

    from claimcheck.ingest.docx import walk_docx

    path, _ = built
    walk = walk_docx(docx.Document(str(path)))
    linked = [p for p in walk.body if p.urls]
    assert linked and linked[0].urls == ["https://waterways.example.org/counts"]
    assert linked[0].text == "Counts are on the office site."


def test_location_is_paragraph_and_character(built):
    """Line = paragraph number in the document (table cells included), column = character."""
    path, doc = built
    block = next(b for b in doc.iter_blocks() if b.text.startswith("The Inland"))
    assert (block.location.line, block.location.column) == (3, 1)
    loc = doc.locate(block, block.text.index("412"))
    assert (loc.line, loc.column) == (3, len("The Inland Waterways Office (IWO) counted ") + 1)
    assert doc.source is not None and doc.source.line_text(3).startswith("The Inland")
    north = next(b for b in doc.iter_blocks() if b.text.startswith("North"))
    assert north.location.line == 11  # Title, heading, 6 paragraphs, 2 header cells, then "North"


# --- pandoc -----------------------------------------------------------------------------


def _fixture(name: str, tmp_path: Path) -> Path:
    """``NAME.docx`` as pandoc writes it now when pandoc is here, else the stored one."""
    if shutil.which("pandoc"):
        return pandoc(DOCX_FIXTURES / f"{name}.md", tmp_path / f"{name}.docx")
    return DOCX_FIXTURES / f"{name}.docx"


def test_pandoc_notes_read_as_the_markdown(tmp_path):
    md = load_document(DOCX_FIXTURES / "notes.md")
    wd = load_document(_fixture("notes", tmp_path))
    quotes = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2019": "'"})
    for a, b in zip(md.articles, wd.articles, strict=True):
        assert [r.label for r in a.refs] == [r.label for r in b.refs] == ["1", "2", "3"]
        assert [n.text.translate(quotes) for n in a.footnotes] == [n.text.translate(quotes) for n in b.footnotes]
        assert [n.urls for n in a.footnotes] == [n.urls for n in b.footnotes]
        # each reference stands after the same words
        for ra, rb in zip(a.refs, b.refs):
            ta, tb = a.blocks[ra.block].text, b.blocks[rb.block].text
            assert ta[: ra.offset].translate(quotes)[-20:] == tb[: rb.offset].translate(quotes)[-20:]
    assert wd.metadata.title == "Freight Letter 9"
    assert str(wd.metadata.publication_date) == "2025-04-02"
    # the hyperlink's target is the note's URL, as a Markdown link's is
    assert wd.articles[0].footnotes[1].urls == ("https://railweekly.example.com/2024/02/freight-year",)


def test_pandoc_notes_give_the_markdown_findings(tmp_path):
    from claimcheck import verify

    md = verify([DOCX_FIXTURES / "notes.md"]).findings
    wd = verify([_fixture("notes", tmp_path)]).findings
    assert [(f.rule, f.message) for f in md] == [(f.rule, f.message) for f in wd] != []


LOST = "claimcheck-lost-note"  # the text of a stand-in note, taken out of the package again


def _word_issue(tmp_path: Path) -> Path:
    """The example issue as a Word issue is made: each article its own section, footnote
    numbering restarting in each (a raw OpenXML section break pandoc passes through), and
    note labels kept apart per article (pandoc's labels are global to a file).

    The note defects are carried over as Word holds them: a reference whose note is not in
    word/footnotes.xml (pandoc writes a stand-in note, taken out afterwards), and a second
    note with a number already used, which in Word is a note behind a hand-typed mark
    (``w:customMarkFollows``) of that number. A Word note exists only through its mark, so
    that note gets one, standing after the reference without a note (the note FN001 says
    is probably that one), where the Markdown has only the stray definition."""
    if not shutil.which("pandoc"):
        return EXAMPLE.with_suffix(".docx")
    text = EXAMPLE.read_text(encoding="utf-8")
    end = text.index("\n---\n", 4) + 5
    front, body = text[:end], text[end:]
    brk = (
        '\n```{=openxml}\n<w:p><w:pPr><w:sectPr><w:footnotePr><w:numRestart w:val="eachSect"/>'
        '</w:footnotePr><w:type w:val="continuous"/></w:sectPr></w:pPr></w:p>\n```\n\n'
    )
    parts = re.split(r"(?m)^(?=# )", body)
    out = [front, parts[0]]
    marks: dict[str, str] = {}  # pandoc label -> the hand-typed mark its reference shows
    for k, part in enumerate(parts[1:], 1):
        defined = re.findall(r"(?m)^\[\^(\w+)\]:", part)
        used = re.findall(r"\[\^(\w+)\](?!:)", part)
        seen: set[str] = set()
        part_refs: list[tuple[str, str]] = []

        def define(m, k=k, seen=seen, defined=defined, used=used, part_refs=part_refs):
            label = m.group(1)
            if label not in seen:
                seen.add(label)
                return f"[^a{k}-{label}]:"
            marks[f"a{k}-{label}-again"] = label  # a second note {label}: a mark typed by hand
            nxt = str(int(label) + 1) if label.isdigit() else None
            at = nxt if nxt in used and nxt not in defined else label
            part_refs.append((at, f"a{k}-{label}-again"))
            return f"[^a{k}-{label}-again]:"

        part = re.sub(r"(?m)^\[\^(\w+)\]:", define, part)
        for at, extra in part_refs:  # the hand-typed mark stands after the reference `at`
            part = part.replace(f"[^{at}]", f"[^{at}][^{extra}]", 1)
        part = re.sub(r"\[\^(\d\w*)\](?!:)", lambda m, k=k: f"[^a{k}-{m.group(1)}]", part)
        lost = [label for label in dict.fromkeys(used) if label not in defined]
        part = part.rstrip("\n") + "\n" + "".join(f"[^a{k}-{label}]: {LOST}\n" for label in lost)
        out.append(part + brk)
    md = tmp_path / "issue-23-word.md"
    md.write_text("".join(out), encoding="utf-8")
    path = pandoc(md, tmp_path / "issue-23.docx")
    order = re.findall(r"\[\^([\w-]+)\](?!:)", "".join(out))  # pandoc numbers notes in this order
    data = path.read_bytes()
    ids = re.findall(r'<w:footnoteReference w:id="(\d+)" />', zipfile.ZipFile(path).read("word/document.xml").decode())
    assert len(ids) == len(order)

    def typed_marks(xml: str) -> str:
        for nid, label in zip(ids, order):
            if label in marks:
                xml = xml.replace(
                    f'<w:footnoteReference w:id="{nid}" />',
                    f'<w:footnoteReference w:customMarkFollows="1" w:id="{nid}" /><w:t>{marks[label]}</w:t>',
                )
        return xml

    def lose_notes(xml: str) -> str:
        return re.sub(
            rf'<w:footnote w:id="\d+">(?:(?!</w:footnote>).)*{LOST}(?:(?!</w:footnote>).)*</w:footnote>',
            "",
            xml,
            flags=re.S,
        )

    def note_marks(xml: str) -> str:  # Word and LibreOffice type the mark again at the head of its note
        for nid, label in zip(ids, order):
            if label in marks:
                xml = re.sub(
                    rf'(<w:footnote w:id="{nid}">(?:(?!</w:footnote>).)*?)<w:footnoteRef />',
                    rf"\g<1><w:t>{marks[label]}</w:t>",
                    xml,
                    count=1,
                    flags=re.S,
                )
        return lose_notes(xml)

    data = edit_part(edit_part(data, "word/document.xml", typed_marks), "word/footnotes.xml", note_marks)
    path.write_bytes(data)
    return path


def test_example_issue_as_docx_gives_the_markdown_findings(tmp_path):
    """The example issue through pandoc gives the Markdown form's findings, same codes,
    severities and messages, with the preview rules and the example's registry: the
    registry findings and the two planted note defects (see ``_word_issue``).
    ``docs/examples/issue-23.docx`` is this conversion, kept for the README."""
    from claimcheck import verify
    from claimcheck.config import Settings

    settings = Settings(preview=True, registry=str(EXAMPLE.parent / "claims"))
    md = verify([EXAMPLE], settings)
    wd = verify([_word_issue(tmp_path)], settings)
    assert not md.errors and not wd.errors
    key = [(f.rule, f.severity, f.message) for f in md.findings]
    assert [(f.rule, f.severity, f.message) for f in wd.findings] == key
    assert {k[0] for k in key} == {"RG001", "RG003", "FN001", "FN002"}
    mdoc, wdoc = md.documents[0], wd.documents[0]
    assert [a.title for a in mdoc.articles] == [a.title for a in wdoc.articles]
    # article 2: the reference 4 with no note, and the hand-typed 3 of the second note 3
    assert [[r.label for r in a.refs] for a in wdoc.articles][1] == ["1", "2", "3", "4", "3", "5"]
    assert [[n.label for n in a.footnotes] for a in wdoc.articles] == [
        [n.label for n in a.footnotes] for a in mdoc.articles
    ]
    quotes = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2019": "'"})
    assert [n.text.translate(quotes) for n in wdoc.articles[1].footnotes] == [
        n.text for n in mdoc.articles[1].footnotes
    ]


def _notes_docx(tmp_path: Path) -> bytes:
    return _fixture("notes", tmp_path).read_bytes()


def test_word_note_defects(tmp_path):
    """Notes as Word can hold them wrongly: a reference whose note the notes part lacks, and
    two hand-typed (custom) marks with the same number. The FN rules say what they say of
    the Markdown draft with the same defects."""
    from claimcheck import verify

    data = _notes_docx(tmp_path)

    def custom_marks(xml: str) -> str:
        ids = re.findall(r'<w:footnoteReference w:id="(\d+)" />', xml)
        assert len(ids) == 3
        for nid, mark in zip(ids, ["1", "1", "2"]):
            xml = xml.replace(
                f'<w:footnoteReference w:id="{nid}" />',
                f'<w:footnoteReference w:customMarkFollows="1" w:id="{nid}" /><w:t>{mark}</w:t>',
            )
        return xml

    path = tmp_path / "marks.docx"
    path.write_bytes(edit_part(data, "word/document.xml", custom_marks))
    doc = load_document(path)
    assert [r.label for r in doc.articles[0].refs] == ["1", "1", "2"]
    md = tmp_path / "marks.md"
    md.write_text(
        (DOCX_FIXTURES / "notes.md")
        .read_text(encoding="utf-8")
        .replace("earlier.[^2]", "earlier.[^1]")
        .replace('reopened."[^3]', 'reopened."[^2]')
        .replace("[^2]: Petra", "[^1]: Petra")
        .replace("[^3]: Interview", "[^2]: Interview"),
        encoding="utf-8",
    )
    fn = lambda res: sorted((f.rule, f.message) for f in res.findings if f.rule.startswith("FN"))  # noqa: E731
    want = fn(verify([md]))
    assert want and fn(verify([path])) == want

    def drop_note(xml: str) -> str:  # the notes part loses the last note
        return re.sub(
            r'<w:footnote w:id="(\d+)">(?:(?!</w:footnote>).)*Interview(?:(?!</w:footnote>).)*</w:footnote>',
            "",
            xml,
            flags=re.S,
        )

    lost = tmp_path / "lost.docx"
    lost.write_bytes(edit_part(data, "word/footnotes.xml", drop_note))
    msgs = [(f.rule, f.message) for f in verify([lost]).findings if f.rule.startswith("FN")]
    assert msgs == [("FN002", "reference 3 has no footnote")]


# --- LibreOffice --------------------------------------------------------------------------


FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:body><office:text>
<text:h text:outline-level="1">Grain by river</text:h>
<text:p>The Lower Rhine Board (LRB) shipped 9 million tonnes of grain in 2024.<text:note text:id="n1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Lower Rhine Board, annual figures, <text:a xlink:type="simple" xlink:href="https://lrb.example.org/2025/figures">figures page</text:a>, February 2, 2025.</text:p></text:note-body></text:note> Its chair expects 10 million tonnes next year.<text:note text:id="n2" text:note-class="footnote"><text:note-citation>2</text:note-citation><text:note-body><text:p>Interview with the chair, River Post, March 4, 2025.</text:p></text:note-body></text:note></text:p>
<text:list><text:list-item><text:p>Three ports load grain.</text:p></text:list-item></text:list>
<table:table table:name="T1"><table:table-column table:number-columns-repeated="2"/>
<table:table-row><table:table-cell><text:p>Port</text:p></table:table-cell><table:table-cell><text:p>Tonnes</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell><text:p>Duisburg</text:p></table:table-cell><table:table-cell><text:p>5 million</text:p></table:table-cell></table:table-row>
</table:table>
</office:text></office:body></office:document>
"""


@needs_soffice
def test_libreoffice_docx(tmp_path):
    src = tmp_path / "grain.fodt"
    src.write_text(FODT, encoding="utf-8")
    doc = load_document(soffice_convert(src, "docx:MS Word 2007 XML", tmp_path))
    art = doc.articles[0]
    kinds = [(b.kind, b.text) for b in art.blocks]
    assert kinds[0] == (BlockKind.title, "Grain by river")
    assert (BlockKind.list_item, "Three ports load grain.") in kinds
    assert [b.text for b in art.blocks if b.kind is BlockKind.table] == ["Port | Tonnes", "Duisburg | 5 million"]
    assert [r.label for r in art.refs] == ["1", "2"]
    assert [n.text for n in art.footnotes] == [
        "Lower Rhine Board, annual figures, figures page, February 2, 2025.",
        "Interview with the chair, River Post, March 4, 2025.",
    ]
    assert art.footnotes[0].urls == ("https://lrb.example.org/2025/figures",)
    ref = art.refs[0]
    assert art.blocks[ref.block].text[: ref.offset].endswith("grain in 2024.")


# --- bad packages -----------------------------------------------------------------------------


def _zip(files: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as z:
        for name, blob in files.items():
            z.writestr(name, blob)
    return out.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "code", "words"),
    [
        ("plain.docx", b"just some text, saved with the wrong name\n", "E120", "not a Word document"),
        ("cut.docx", b"PK\x03\x04" + b"\x00" * 40, "E120", "damaged"),
        ("other.docx", _zip({"mimetype": b"application/zip", "content.txt": b"hello"}), "E121", "word/document.xml"),
        (
            "bomb.docx",
            _zip({"word/document.xml": b"<w:document/>", "word/media/pad.bin": b"\x00" * (4 * 2**20)}),
            "E122",
            "zip bomb",
        ),
        ("macro.docx", _zip({"word/document.xml": b"<w:document/>", "word/vbaProject.bin": b"\x01"}), "E123", "macro"),
        ("locked.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "E124", "encrypted"),
    ],
)
def test_bad_packages(tmp_path, name, data, code, words):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError) as info:
        load_document(path)
    assert info.value.code == code
    assert words in info.value.message
    assert str(path) in info.value.one_line()


def test_docm_suffix_is_refused(tmp_path, built):
    path = tmp_path / "draft.docm"
    path.write_bytes(built[0].read_bytes())
    with pytest.raises(InputError) as info:
        load_document(path)
    assert info.value.code == "E123"


def test_bad_package_exits_2_with_one_line(tmp_path, capsys):
    from conftest import run_in_process

    path = tmp_path / "broken.docx"
    path.write_bytes(b"not a zip at all")
    code, out, err = run_in_process("verify", str(path), capsys=capsys)
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error[E120]: ") and str(path) in lines[0]


def test_folder_finds_docx_and_skips_word_lock_files(tmp_path, built):
    from claimcheck.ingest import find_drafts

    (tmp_path / "a.docx").write_bytes(built[0].read_bytes())
    (tmp_path / "~$a.docx").write_bytes(b"\x05Editor" + b" " * 150)
    assert find_drafts([tmp_path]) == [tmp_path / "a.docx"]


def test_reader_forced_and_by_content(tmp_path, built):
    path = tmp_path / "draft.bin"
    path.write_bytes(built[0].read_bytes())
    assert load_document(path).format == "docx"
    assert load_document(path, reader="docx").format == "docx"


def test_publication_date_from_a_date_paragraph(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("Ferry Bulletin", style="Title")
    d.add_paragraph("March 3, 2024")
    d.add_paragraph("Ferries carried 2 million passengers last year.")
    d.save(tmp_path / "ferry.docx")
    doc = load_document(tmp_path / "ferry.docx")
    assert str(doc.metadata.publication_date) == "2024-03-03"


def test_every_report_format_carries_paragraph_and_character(tmp_path, capsys):
    """SARIF's region, GitHub's annotation and the text line all say paragraph:character."""
    import json

    from conftest import run_in_process

    path = DOCX_FIXTURES / "notes.docx"
    code, out, _ = run_in_process("verify", str(path), "--format", "sarif", capsys=capsys)
    region = json.loads(out)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (3, 71)
    code, out, _ = run_in_process("verify", str(path), "--format", "github", capsys=capsys)
    assert "line=3,col=71" in out or "line=3,endLine=3,col=71" in out
    code, out, _ = run_in_process("verify", str(path), capsys=capsys)
    assert f"{path}:3:71: warning DT002 'in the past twelve months'" in out
    assert load_document(path).source.line_text(3)[70:].startswith("in the past twelve months")


@pytest.mark.parametrize(
    ("limit", "value", "words"), [("MAX_UNCOMPRESSED", 1000, "uncompressed"), ("MAX_ENTRIES", 3, "parts")]
)
def test_zip_bomb_limits_are_checked_from_declared_sizes(monkeypatch, limit, value, words):
    """The limits are read from the package's directory before anything is unpacked."""
    import claimcheck.ingest.docx as reader

    monkeypatch.setattr(reader, limit, value)
    with pytest.raises(InputError) as info:
        load_document(DOCX_FIXTURES / "notes.docx")
    assert info.value.code == "E122" and words in info.value.message


@needs_soffice
def test_libreoffice_endnotes(tmp_path):
    """Endnotes only: they are the notes, numbered as Word numbers them."""
    src = tmp_path / "ends.fodt"
    src.write_text(FODT.replace('text:note-class="footnote"', 'text:note-class="endnote"'), encoding="utf-8")
    doc = load_document(soffice_convert(src, "docx:MS Word 2007 XML", tmp_path))
    art = doc.articles[0]
    assert [r.label for r in art.refs] == [n.label for n in art.footnotes] == ["1", "2"]
    assert art.footnotes[1].text == "Interview with the chair, River Post, March 4, 2025."


@needs_soffice
def test_libreoffice_footnotes_and_endnotes(tmp_path):
    """Both kinds in one document: the endnotes are labelled apart, never mixed with the
    footnotes' numbers."""
    src = tmp_path / "mixed.fodt"
    src.write_text(
        FODT.replace('text:id="n2" text:note-class="footnote"', 'text:id="n2" text:note-class="endnote"'),
        encoding="utf-8",
    )
    doc = load_document(soffice_convert(src, "docx:MS Word 2007 XML", tmp_path))
    art = doc.articles[0]
    assert [r.label for r in art.refs] == [n.label for n in art.footnotes] == ["1", "endnote 1"]
    assert [n.number for n in art.footnotes] == [1, None]


def test_strict_open_xml_is_refused(tmp_path):
    data = (DOCX_FIXTURES / "notes.docx").read_bytes()
    path = tmp_path / "strict.docx"
    path.write_bytes(
        edit_part(data, "word/document.xml", lambda x: x.replace(W, "http://purl.oclc.org/ooxml/wordprocessingml/main"))
    )
    with pytest.raises(InputError) as info:
        load_document(path)
    assert info.value.code == "E120" and "Strict Open XML" in info.value.message


def test_damaged_part_is_e120(tmp_path):
    """A part whose compressed bytes are broken: one E120 line, never a traceback."""
    data = bytearray(_zip({"[Content_Types].xml": b"<Types/>" * 50, "word/document.xml": b"<w:document/>" * 200}))
    at = data.index(b"word/document.xml") + len("word/document.xml")
    data[at + 5 : at + 40] = b"\xff" * 35
    path = tmp_path / "torn.docx"
    path.write_bytes(bytes(data))
    with pytest.raises(InputError) as info:
        load_document(path)
    assert info.value.code == "E120"


def test_damaged_packages_never_crash(tmp_path):
    """Bytes changed at random in a real package: read, or one InputError; nothing else."""
    import random

    data = (DOCX_FIXTURES / "notes.docx").read_bytes()
    rng = random.Random(15)
    for i in range(60):
        b = bytearray(data)
        for _ in range(rng.randint(1, 20)):
            b[rng.randrange(len(b))] = rng.randrange(256)
        path = tmp_path / f"f{i}.docx"
        path.write_bytes(bytes(b))
        try:
            load_document(path)
        except InputError as exc:
            assert exc.code.startswith("E12")
