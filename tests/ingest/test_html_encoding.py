"""HTML pages are decoded as browsers decode them: BOM, valid UTF-8, the meta charset, then
windows-1252 with a notice. A page is never refused over its encoding."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from claimcheck.errors import InputError
from claimcheck.ingest import load_document


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def body(doc) -> list[str]:
    return [b.text for b in doc.iter_blocks(prose_only=True)]


def test_word_windows_1252_page_with_meta_http_equiv(tmp_path: Path) -> None:
    """What Word's "Save as Web Page" writes: windows-1252 bytes and a Content-Type meta."""
    data = (
        b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
        b"<title>Caf\xe9 report</title></head>\r\n<body><p class=MsoNormal>Sales rose \x93sharply\x94 "
        b"to \x80163\xa0million \x96 a record.</p></body></html>"
    )
    doc = load_document(write(tmp_path, "report.htm", data))
    assert doc.metadata.title == "Caf\u00e9 report"
    assert body(doc) == ["Sales rose \u201csharply\u201d to \u20ac163 million \u2013 a record."]
    assert doc.notices == ()


@pytest.mark.parametrize("label", ["iso-8859-1", "ISO-8859-1", "latin1", "us-ascii"])
def test_latin1_labels_read_as_windows_1252(tmp_path: Path, label: str) -> None:
    data = f'<meta charset="{label}"><p>'.encode() + b"\x93Quoted\x94 caf\xe9</p>"
    doc = load_document(write(tmp_path, "page.html", data))
    assert body(doc) == ["\u201cQuoted\u201d caf\u00e9"]


def test_other_declared_charsets(tmp_path: Path) -> None:
    text = "<meta charset='gb2312'><p>\u5e02\u573a\u89c4\u6a21\u8fbe\u5230 5 \u4ebf\u5143\u3002</p>"
    doc = load_document(write(tmp_path, "zh.html", text.encode("gbk")))
    assert body(doc) == ["\u5e02\u573a\u89c4\u6a21\u8fbe\u5230 5 \u4ebf\u5143\u3002"]
    text = '<meta charset="shift_jis"><p>\u6771\u4eac\u3067 3 \u4ef6\u3002</p>'
    doc = load_document(write(tmp_path, "ja.html", text.encode("cp932")))
    assert body(doc) == ["\u6771\u4eac\u3067 3 \u4ef6\u3002"]


def test_byte_order_marks(tmp_path: Path) -> None:
    text = "<p>Caf\u00e9 \u2013 12%</p>"
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        doc = load_document(write(tmp_path, f"{codec}.html", bom + text.encode(codec)))
        assert body(doc) == ["Caf\u00e9 \u2013 12%"], codec
        loc = doc.articles[0].blocks[0].location
        assert (loc.line, loc.column) == (1, 4)


def test_utf8_bytes_win_over_a_wrong_declaration(tmp_path: Path) -> None:
    """Saved pages are often re-encoded to UTF-8 with the old meta left in place."""
    data = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">\n<p>\u4e2d\u6587 ok</p>'
    doc = load_document(write(tmp_path, "resaved.html", data.encode("utf-8")))
    assert body(doc) == ["\u4e2d\u6587 ok"]
    (notice,) = doc.notices
    assert "gb2312" in notice.message and "UTF-8" in notice.message
    assert (notice.location.line, notice.location.column) == (1, 61)  # at "gb2312"


def test_undeclared_legacy_page_is_read_as_windows_1252_with_a_notice(tmp_path: Path) -> None:
    doc = load_document(write(tmp_path, "old.html", b"<p>Na\xefve \x96 caf\xe9 \x81.</p>"))
    assert body(doc) == ["Na\u00efve \u2013 caf\u00e9 \x81."]
    (notice,) = doc.notices
    assert "windows-1252" in notice.message


def test_declared_utf8_with_a_bad_byte_is_read_with_a_notice(tmp_path: Path) -> None:
    doc = load_document(write(tmp_path, "bad.html", b'<meta charset="utf-8">\n<p>Bad \xff byte.</p>'))
    assert body(doc) == ["Bad \ufffd byte."]
    (notice,) = doc.notices
    assert "0xff" in notice.message and "line 2" in notice.message


def test_unknown_charset_falls_back_with_a_notice(tmp_path: Path) -> None:
    doc = load_document(write(tmp_path, "odd.html", b'<meta charset="x-klingon"><p>caf\xe9</p>'))
    assert body(doc) == ["caf\u00e9"]
    assert "x-klingon" in doc.notices[0].message


def test_notices_reach_rule_cc002(tmp_path: Path) -> None:
    from claimcheck.rules.cc002_reading_notice import ReadingNotice  # noqa: F401 - the rule exists

    doc = load_document(write(tmp_path, "old.html", b"<p>caf\xe9</p>"))
    assert doc.notices and doc.notices[0].location.path.endswith("old.html")


def test_markdown_and_text_drafts_keep_the_utf8_error(tmp_path: Path) -> None:
    for name in ("draft.md", "draft.txt"):
        with pytest.raises(InputError) as err:
            load_document(write(tmp_path, name, b"Caf\xe9 draft\n"))
        assert err.value.code == "E107"


def test_binary_html_is_still_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError) as err:
        load_document(write(tmp_path, "blob.html", b"<p>\x00\x01\x02</p>"))
    assert err.value.code == "E106"
