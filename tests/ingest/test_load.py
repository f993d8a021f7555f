"""Choosing a reader, finding drafts in folders, and every kind of bad input."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from claimcheck.errors import InputError
from claimcheck.ingest import detect_reader, find_drafts, load_document


@pytest.mark.parametrize(
    ("name", "head", "reader"),
    [
        ("a.md", b"x", "markdown"),
        ("a.TXT", b"x", "text"),
        ("a.htm", b"x", "html"),
        ("a.pdf", b"x", "pdf"),
        ("draft", b"%PDF-1.7", "pdf"),
        ("draft", b"  <!DOCTYPE html><html>", "html"),
        ("draft", b"---\ntitle: x\n---\n", "markdown"),
        ("draft", b"Text with a note.[^1]", "markdown"),
        ("draft", b"Plain text.", "text"),
    ],
)
def test_detect_reader(name, head, reader):
    assert detect_reader(Path(name), head) == reader


def test_forced_reader_reads_markdown_as_text(tmp_path):
    p = tmp_path / "a.md"
    p.write_text("Costs fell.[^1]\n\n[^1]: One.\n")
    assert load_document(p, reader="text").format == "text"


def test_folder_search_skips_hidden_and_unknown(tmp_path):
    (tmp_path / "a.md").write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.html").write_text("x")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "c.md").write_text("x")
    (tmp_path / "d.py").write_text("x")
    found = [p.relative_to(tmp_path).as_posix() for p in find_drafts([tmp_path])]
    assert found == ["a.md", "sub/b.html"]


def _error(path, **kw) -> InputError:
    with pytest.raises(InputError) as err:
        load_document(path, **kw)
    return err.value


def test_missing_file(tmp_path):
    with pytest.raises(InputError) as err:
        find_drafts([tmp_path / "nope.md"])
    assert err.value.code == "E101" and "nope.md" in err.value.one_line()


def test_empty_folder(tmp_path):
    (tmp_path / "notes.py").write_text("x")
    with pytest.raises(InputError) as err:
        find_drafts([tmp_path])
    assert err.value.code == "E102"


def test_empty_file(tmp_path):
    p = tmp_path / "e.md"
    p.write_text("  \n\n")
    assert _error(p).code == "E105"


def test_binary_file(tmp_path):
    p = tmp_path / "b.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert _error(p).code == "E106"


def test_not_utf8_names_line_and_column(tmp_path):
    p = tmp_path / "l.md"
    p.write_bytes("Line one.\nCaf\xe9 au lait.\n".encode("latin-1"))
    err = _error(p)
    assert (err.code, err.line, err.column) == ("E107", 2, 4)
    assert "UTF-8" in err.one_line()


def test_too_large_file_is_refused_before_reading(tmp_path):
    p = tmp_path / "big.txt"
    with open(p, "wb") as fh:
        fh.seek(100 * 1024 * 1024)
        fh.write(b"x")
    err = _error(p)
    assert err.code == "E104" and "100.0 MiB" in err.message and "20 MiB" in err.message


def test_unreadable_file(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root can read any file")
    p = tmp_path / "locked.md"
    p.write_text("x")
    p.chmod(0)
    assert _error(p).code == "E103"


def test_crlf_is_read_like_lf(tmp_path):
    p = tmp_path / "w.md"
    p.write_bytes(b"Text.[^1]\r\n\r\n[^1]: One.\r\n")
    doc = load_document(p)
    assert doc.articles[0].footnotes[0].text == "One."


def test_input_is_never_modified(tmp_path):
    p = tmp_path / "d.md"
    data = "Costs fell.[^1]\n\n[^1]: One.\n[^1]: Two.\n".encode()
    p.write_bytes(data)
    before = p.stat().st_mtime_ns
    load_document(p)
    assert p.read_bytes() == data and p.stat().st_mtime_ns == before
