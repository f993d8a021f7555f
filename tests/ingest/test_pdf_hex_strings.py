"""The PDF reader's hexadecimal-string reader answers as pypdf's own, on every input."""

from __future__ import annotations

import io

import pytest

pytest.importorskip("pypdf")

from pypdf.errors import PdfStreamError  # noqa: E402
from pypdf.generic import _data_structures, _utils  # noqa: E402

from claimcheck.ingest import pdf  # noqa: E402

CASES = [
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


def _both(data: bytes, encoding: object = None) -> tuple[object, object]:
    answers = []
    for reader in (_utils.read_hex_string_from_stream, pdf._read_hex_string):
        stream = io.BytesIO(data)
        try:
            value: object = reader(stream, encoding)
            answers.append((type(value).__name__, bytes(value.original_bytes), str(value), stream.tell()))
        except (PdfStreamError, UnicodeDecodeError) as exc:  # the same error, raised by pypdf either way
            answers.append((type(exc).__name__, str(exc)))
    return answers[0], answers[1]


@pytest.fixture(autouse=True)
def _installed():
    pdf._faster_pypdf()
    assert _data_structures.read_hex_string_from_stream is pdf._read_hex_string


@pytest.mark.parametrize("data", CASES)
@pytest.mark.parametrize("encoding", [None, "utf-16-be", "charmap"])
def test_a_hex_string_reads_as_pypdf_reads_it(data, encoding):
    ours, theirs = _both(data, encoding)
    assert ours == theirs


def test_the_reader_is_put_in_pypdf_once_and_pypdf_keeps_its_own_function():
    pdf._faster_pypdf()
    assert _utils.read_hex_string_from_stream is pdf._pypdf_read_hex_string
    assert _data_structures.read_hex_string_from_stream is pdf._read_hex_string
