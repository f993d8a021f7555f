"""``claimcheck annotate DRAFT.docx``: a copy with every finding as a Word comment.

The copy's comments are read back from ``word/comments.xml`` and checked against the
findings; each is anchored (``w:commentRangeStart`` … ``w:commentRangeEnd``) on the words
the finding is about. The draft is never modified (hashed before and after); comments and
tracked changes already in it survive; LibreOffice opens the copy.
"""

from __future__ import annotations

import hashlib
import io
import re
import shutil
import zipfile
from pathlib import Path

import pytest
from conftest import EXAMPLE, run_in_process
from docx_writers import edit_part, needs_soffice, pandoc, python_docx_draft, soffice_convert
from lxml import etree

from claimcheck import verify
from claimcheck.annotate import AUTHOR, annotate, default_output

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
DOCX_FIXTURES = Path(__file__).resolve().parent / "fixtures" / "docx"


def comments(data: bytes) -> dict[str, dict[str, str]]:
    """Comment id → author, text and the words it is anchored on, read from the package."""
    z = zipfile.ZipFile(io.BytesIO(data))
    out: dict[str, dict[str, str]] = {}
    croot = etree.fromstring(z.read("word/comments.xml"))
    for c in croot.iterfind("w:comment", NS):
        text = "\n".join("".join(p.itertext()) for p in c.iterfind("w:p", NS))
        out[c.get(f"{{{W}}}id")] = {"author": c.get(f"{{{W}}}author"), "text": text, "anchor": ""}
    body = etree.fromstring(z.read("word/document.xml"))
    open_ids: set[str] = set()
    for el in body.iter():
        if el.tag == f"{{{W}}}commentRangeStart":
            open_ids.add(el.get(f"{{{W}}}id"))
        elif el.tag == f"{{{W}}}commentRangeEnd":
            open_ids.discard(el.get(f"{{{W}}}id"))
        elif el.tag == f"{{{W}}}t" and el.getparent().getparent().tag != f"{{{W}}}del":
            for cid in open_ids:
                if cid in out:
                    out[cid]["anchor"] += el.text or ""
        elif el.tag == f"{{{W}}}footnoteReference":
            for cid in open_ids:
                if cid in out:
                    out[cid]["anchor"] += "[note]"
    return out


def ours(data: bytes) -> list[dict[str, str]]:
    return [c for c in comments(data).values() if c["author"] == AUTHOR]


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def draft(tmp_path) -> Path:
    """A python-docx draft with two findings inside runs (NM001, AC002), an editor's
    comment and tracked changes."""
    import docx

    path = python_docx_draft(tmp_path / "canal.docx")
    d = docx.Document(str(path))
    d.add_paragraph(
        "The Tianwen 3 probe was shown at the fair, and the China National Space "
        "Administration (CNAS) said the Tianwen-3 team would return next year."
    )
    d.save(str(path))
    return path


def test_every_finding_becomes_a_comment_on_its_words(draft, tmp_path):
    findings = verify([draft]).findings
    assert {f.rule for f in findings} >= {"NM001", "AC002"}
    before = sha(draft)
    done = annotate(str(draft), str(tmp_path / "out.docx"))
    assert sha(draft) == before
    assert done.comments == len(findings)
    got = ours((tmp_path / "out.docx").read_bytes())
    assert len(got) == len(findings)
    for f in findings:
        match = [c for c in got if c["text"].startswith(f"{f.rule} {f.severity.value}: {f.message}")]
        assert match, f"no comment for {f.rule}: {f.message}"
        if f.help:
            assert f"Help: {f.help}" in match[0]["text"]
    anchors = {c["text"].split()[0]: c["anchor"] for c in got}
    assert anchors["AC002"] == "China National Space Administration (CNAS)"  # the definition's own span
    assert anchors["NM001"] in ("Tianwen-3", "Tianwen 3")
    # related places are named in the comment, with the words there
    nm = next(c for c in got if c["text"].startswith("NM001"))
    assert re.search(r"See paragraph \d+ \(“Tianwen", nm["text"])


def test_copy_reads_as_the_draft_and_keeps_comments_and_changes(draft, tmp_path):
    out = tmp_path / "out.docx"
    annotate(str(draft), str(out))
    from claimcheck.ingest import load_document

    a, b = load_document(draft), load_document(out)
    assert [x.text for x in a.iter_blocks()] == [x.text for x in b.iter_blocks()]
    every = comments(out.read_bytes())
    assert any(c["author"] == "Editor" and c["text"] == "an editor's query" for c in every.values())
    xml = zipfile.ZipFile(out).read("word/document.xml").decode()
    assert "<w:ins " in xml and "<w:del " in xml and "still " in xml and "<w:moveFrom " in xml
    assert [n.message for n in b.notices] == [n.message for n in a.notices]
    # the copy checks the same (the comments do not change a single finding)
    assert [(f.rule, f.message) for f in verify([draft]).findings] == [
        (f.rule, f.message) for f in verify([out]).findings
    ]


def test_note_findings_are_anchored_on_the_reference_mark(tmp_path):
    """A finding in a note (a cut-off URL, CT002) sits on the note's reference mark."""
    src = (DOCX_FIXTURES / "notes.docx").read_bytes()
    path = tmp_path / "cut.docx"
    path.write_bytes(
        edit_part(
            src,
            "word/footnotes.xml",
            lambda x: x.replace("https://drc.example.org/reports/2025/03/annual-2024", "https://drc"),
        )
    )
    findings = verify([path]).findings
    assert "CT002" in {f.rule for f in findings}
    annotate(str(path), str(tmp_path / "cut.checked.docx"))
    ct = next(c for c in ours((tmp_path / "cut.checked.docx").read_bytes()) if "CT002" in c["text"])
    assert ct["text"].startswith("In footnote 1: CT002 error:")
    assert ct["anchor"] == "[note]"


def test_cli_default_name_and_exit_status(draft, capsys, monkeypatch):
    monkeypatch.chdir(draft.parent)
    code, out, err = run_in_process("annotate", draft.name, capsys=capsys)
    assert code == 1
    target = draft.with_name("canal.checked.docx")
    assert default_output(draft) == target and target.is_file()
    assert err.startswith(f"wrote {target.name}: ") and "comments for" in err


def test_cli_never_writes_over_the_draft(draft, capsys):
    before = sha(draft)
    code, _, err = run_in_process("annotate", str(draft), "-o", str(draft), capsys=capsys)
    assert code == 2 and "error[E312]" in err and sha(draft) == before


def test_cli_refuses_other_formats(capsys):
    code, _, err = run_in_process("annotate", str(EXAMPLE), capsys=capsys)
    assert code == 2
    (line,) = err.strip().splitlines()
    assert line.startswith("error[E441]: ") and "Word" in line


def test_cli_bad_package(tmp_path, capsys):
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    code, _, err = run_in_process("annotate", str(bad), capsys=capsys)
    assert code == 2 and err.startswith("error[E124]: ") and not (tmp_path / "bad.checked.docx").exists()


@needs_soffice
def test_libreoffice_opens_the_copy(draft, tmp_path):
    out = tmp_path / "canal.checked.docx"
    annotate(str(draft), str(out))
    pdf = soffice_convert(out, "pdf", tmp_path)
    assert pdf.read_bytes().startswith(b"%PDF-")
    # LibreOffice reads the comments: saved again as .docx it writes them back
    again_dir = tmp_path / "again"
    again_dir.mkdir()
    again = soffice_convert(out, "docx:MS Word 2007 XML", again_dir)
    authors = [c["author"] for c in comments(again.read_bytes()).values()]
    assert authors.count(AUTHOR) == len(ours(out.read_bytes())) and "Editor" in authors


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is not installed (Debian: pandoc)")
def test_pandoc_draft_round_trip(tmp_path):
    docx_path = pandoc(DOCX_FIXTURES / "notes.md", tmp_path / "notes.docx")
    done = annotate(str(docx_path))
    assert Path(done.output) == tmp_path / "notes.checked.docx"
    (c,) = ours(Path(done.output).read_bytes())
    assert c["text"].startswith("DT002 warning:") and c["anchor"] == "in the past twelve months"
    assert "See footnote 2 (“Petra Novak" in c["text"]
