"""claimcheck's faster pypdf readers answer as pypdf's own, on every input."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

pytest.importorskip("pypdf")

from pypdf import PdfReader  # noqa: E402
from pypdf.generic import ContentStream, _data_structures, _utils  # noqa: E402

from claimcheck.ingest import pypdfspeed  # noqa: E402

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

HEX_CASES = [
    b"<48656C6C6F> Tj",
    b"<48 65\n6C\t6C\r6F\x0c\x00> rest",
    b"<4> x",  # one digit: pypdf adds a 0
    b"<abcDEF012>",  # odd number of digits
    b"<>",
    b"<FEFF00480069>",  # UTF-16 with its byte order mark
    b"<" + b"0041" * 600 + b">",  # longer than one chunk
    b"<" + b"00 41 " * 400 + b"> tail",
    b"<48656C6C6F",  # no closing bracket
    b"<48G5>",  # not a digit
    b"<4865<6C>",
    b"<",
]

STREAM_CASES = [
    b"BT /F1 9.5 Tf 72 700 Td (Hello) Tj ET",
    b"BT\n/F2 12 Tf\n1 0 0 1 72.5 -700.25 Tm\n<0048006F> Tj\n[(A) -120 (B) 3.5 <0041>] TJ\nET\n",
    b"q 0.5 0 0 0.5 0 0 cm /Im1 Do Q",
    b"  \x00\t\x0c\r\n  ",
    b"",
    b"% a comment\n1 2 re f\r% another\rS",
    b"%only a comment",
    b"BT 10 TL (a) ' 1 2 (b) \" T* ET",
    b"1,5 +3 -.5 .25 4. 0000000000000000000012345 Td",  # pypdf counts a comma as a digit
    b"12345678901234567890123 x",  # a number longer than pypdf's first look
    b"1 0 R Tj",  # an object reference in a content stream: pypdf's assertion
    b"/Name#20with#20spaces gs /A/B/C",
    b"<< /MCID 3 >> BDC (x) Tj EMC",
    b"true false null Tj",
    b"x" * 100 + b" op",
    b"x" * 111 + b" op",
    b"x" * 112 + b" op",
    b"x" * 113 + b" op",
    b"y" * 112,
    b"z" * 200,
    b"BI /W 2 /H 1 /BPC 8 /CS /G ID \x01\x02 EI Q",
    b"(unclosed string",
    b"[1 2 3",
    b"12 Tf\x0b13 Tc",  # a vertical tab ends an operator (\\s) but is no PDF whitespace
    b"\x80\x81 Tj",
    b"/ Tf /A/B[/C]<</D/E>>/F",  # an empty name, names run together
    b"/Caf\xc3\xa9 gs /Gr\xfc\xdf gs",  # names other than ASCII: UTF-8, then gbk or latin-1
    b"/A#42 gs /A#4 gs /#zz gs",  # escapes, good and bad
    b"/A\x00B gs /end",  # a NUL is no delimiter; a name at the very end
    b"/" + b"n" * 111 + b" gs",
    b"/" + b"n" * 113 + b" gs",
    b"/" + b"n" * 5000 + b" gs",  # past pypdf's length limit for a name
]


def _normal(obj: object) -> object:
    """An object as data: its type and value, recursively (pypdf's objects compare loosely)."""
    if isinstance(obj, list | tuple):
        return (type(obj).__name__, [_normal(x) for x in obj])
    if isinstance(obj, dict):
        return (type(obj).__name__, sorted((repr(k), _normal(v)) for k, v in obj.items()))
    return (type(obj).__name__, repr(obj))


def _parse(parser, data: bytes) -> object:
    content = ContentStream(None, None)
    try:
        parser(content, io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001  (the errors are compared too)
        return ("error", type(exc).__name__, str(exc), _normal(content._operations))
    return _normal(content._operations)


@pytest.fixture(autouse=True)
def _installed():
    pypdfspeed.install()
    if not pypdfspeed._pypdf:
        pytest.skip("this pypdf is not version 7: its own readers run")


def _hex_answers(data: bytes, encoding: object) -> list[object]:
    answers: list[object] = []
    for reader in (_utils.read_hex_string_from_stream, pypdfspeed.read_hex_string):
        stream = io.BytesIO(data)
        try:
            value = reader(stream, encoding)
            answers.append((type(value).__name__, bytes(value.original_bytes), str(value), stream.tell()))
        except Exception as exc:  # noqa: BLE001
            answers.append((type(exc).__name__, str(exc)))
    return answers


@pytest.mark.parametrize("data", HEX_CASES)
@pytest.mark.parametrize("encoding", [None, "utf-16-be", "charmap"])
def test_a_hex_string_reads_as_pypdf_reads_it(data, encoding):
    ours, theirs = _hex_answers(data, encoding)
    assert ours == theirs


@pytest.mark.parametrize("data", STREAM_CASES)
def test_a_content_stream_reads_as_pypdf_reads_it(data):
    assert _parse(pypdfspeed.parse_content_stream, data) == _parse(pypdfspeed._pypdf["parse_content_stream"], data)


def test_the_pages_of_the_test_pdfs_read_as_pypdf_reads_them():
    pdfs = sorted(FIXTURES.rglob("*.pdf"))
    assert pdfs
    pages = 0
    for path in pdfs:
        try:
            reader = PdfReader(io.BytesIO(path.read_bytes()))
            contents = [page.get_contents() for page in reader.pages]
        except Exception:  # noqa: BLE001  (the damaged fixtures)
            continue
        for content in contents:
            if content is None:
                continue
            data = content.get_data()
            pages += 1
            assert _parse(pypdfspeed.parse_content_stream, data) == _parse(
                pypdfspeed._pypdf["parse_content_stream"], data
            ), path.name
    assert pages > 0


def test_the_readers_are_put_in_pypdf_once_and_pypdf_keeps_its_own_functions():
    pypdfspeed.install()
    assert _utils.read_hex_string_from_stream is pypdfspeed._pypdf["read_hex_string_from_stream"]
    assert _data_structures.read_hex_string_from_stream is pypdfspeed.read_hex_string
    assert ContentStream._parse_content_stream is pypdfspeed.parse_content_stream
