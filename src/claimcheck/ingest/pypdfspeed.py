"""pypdf's content-stream reading, made faster with the same answers.

Most of the time claimcheck spends on a PDF is pypdf reading each page's content stream
(the operators and their operands: ``/F1 9.5 Tf 72 700 Td (text) Tj``), one byte and one
Python call at a time. :func:`install` puts two readers in pypdf's place, each written
against pypdf 7's own code and handing anything it does not read itself back to it:

- :func:`read_hex_string` for ``read_hex_string_from_stream`` (``<0048006F>``, every
  glyph shown in a CID-keyed font): up to the closing ``>`` at once, decoded by
  :meth:`bytes.fromhex`;
- :func:`parse_content_stream` for ``ContentStream._parse_content_stream``: operators and
  numbers (most of a page's tokens) read with one pattern each from the stream's bytes;
  every other operand (names, strings, arrays, dictionaries) and every unusual case (an
  operator longer than pypdf reads at once, an inline image, a number that looks like an
  object reference) goes through pypdf's ``read_object`` from the same place, with the
  same parsing budget.

The operations, their objects and the errors raised are pypdf's
(``tests/ingest/test_pypdfspeed.py`` compares both readers on crafted streams and on the
pages of the test PDFs). With another major version of pypdf nothing is replaced.
"""

from __future__ import annotations

import io
from typing import Any

#: pypdf's whitespace (``pypdf._utils.WHITESPACES``) and hexadecimal digits, as
#: ``bytes.translate`` deletes them
_PDF_WHITESPACE = b"\x00\t\n\x0c\r "
_HEX_DIGITS = b"0123456789abcdefABCDEF"
#: bytes read at once for a hexadecimal string; a longer one is left to pypdf
_HEX_CHUNK = 1024
#: an operator pypdf finds the end of within its first three reads (16 + 32 + 64 bytes)
_OPERATOR_WINDOW = 112
_OPERATOR_START = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'\"")
_NUMBER_START = frozenset(b"0123456789+-.")
_PERCENT = ord("%")

#: pypdf's own functions and names, filled by :func:`install`
_pypdf: dict[str, Any] = {}


def read_hex_string(stream: Any, forced_encoding: Any = None) -> Any:
    """pypdf's ``read_hex_string_from_stream``, the same answer a chunk at a time.

    Reads up to the closing ``>`` at once, drops the whitespace pypdf skips and decodes
    the digits with :meth:`bytes.fromhex`. Anything else (no ``>`` within the chunk, a
    character that is neither a digit nor whitespace) goes back to pypdf's own function
    from the same place, so its errors are pypdf's."""
    start = stream.tell()
    chunk = stream.read(_HEX_CHUNK)
    end = chunk.find(b">", 1)
    if end > 0:
        digits = chunk[1:end].translate(None, _PDF_WHITESPACE)
        if not digits.translate(None, _HEX_DIGITS):
            stream.seek(start + end + 1)
            if len(digits) % 2:
                digits += b"0"
            return _pypdf["create_string_object"](bytes.fromhex(digits.decode("ascii")), forced_encoding)
    stream.seek(start)
    return _pypdf["read_hex_string_from_stream"](stream, forced_encoding)


def parse_content_stream(self: Any, stream: Any) -> None:
    """pypdf's ``ContentStream._parse_content_stream`` (7.x), step for step: the same
    operations appended to ``self._operations``, the same budget spent, the same errors."""
    if type(stream) is not io.BytesIO:
        _pypdf["parse_content_stream"](self, stream)
        return
    p = _pypdf
    data = stream.getvalue()
    size = len(data)
    skip_whitespace = p["skip_whitespace"]
    delimiter = p["delimiter"]
    number_end = p["number_end"]
    indirect = p["indirect"]
    read_object = p["read_object"]
    float_object, number_object = p["FloatObject"], p["NumberObject"]
    check = self._check_limits
    operations = self._operations
    encoding = self.forced_encoding
    budget = p["StreamParsingBudget"](remaining_budget=p["get_configuration"]().stream_parsing_work_maximum_count)
    operands: list[Any] = []
    pos = 0
    while True:
        pos = skip_whitespace(data, pos).end()
        if pos >= size:
            break
        c = data[pos]
        if c in _OPERATOR_START:
            m = delimiter.search(data, pos, pos + _OPERATOR_WINDOW)
            if m is not None:
                operator = data[pos : m.start()]
                pos = m.start()
            elif size - pos <= _OPERATOR_WINDOW:
                operator = data[pos:]
                pos = size
            else:  # pypdf reads on, and stops at its length limit
                stream.seek(pos)
                operator = p["read_until_regex"](stream=stream, regex=delimiter, length=self._OPERATOR_LENGTH_LIMIT)
                pos = stream.tell()
            if operator == b"BI":
                assert operands == []
                check(parsing_budget=budget, token_decrement=2)
                from pypdf.generic._image_inline import read_inline_image

                stream.seek(pos)
                image = read_inline_image(content_stream=self, stream=stream, parsing_budget=budget)
                operations.append((image, b"INLINE IMAGE"))
                pos = stream.tell()
            else:
                check(parsing_budget=budget, token_decrement=1)
                operations.append((operands, operator))
                operands = []
        elif c == _PERCENT:  # a comment: up to and with the end of its line
            ends = [i for i in (data.find(b"\r", pos + 1), data.find(b"\n", pos + 1)) if i >= 0]
            pos = min(ends) + 1 if ends else size
        else:
            check(parsing_budget=budget, token_decrement=1)
            if c in _NUMBER_START:
                peek = data[pos : pos + 20]
                if indirect.match(peek) is None:
                    end = number_end.search(peek)
                    if end is not None:
                        number = peek[: end.start()]
                        pos += len(number)
                        operands.append(float_object(number) if b"." in number else number_object(number))
                        continue
            stream.seek(pos)
            operands.append(read_object(stream, None, encoding, parsing_budget=budget))
            pos = stream.tell()
    stream.seek(0, io.SEEK_END)


def install() -> None:
    """Put :func:`read_hex_string` and :func:`parse_content_stream` in pypdf's place (once;
    nothing when pypdf is not version 7 or its layout is not the one they were written
    against)."""
    if _pypdf:
        return
    try:
        import pypdf
        from pypdf import _utils as pypdf_utils
        from pypdf.generic import _base as pypdf_base
        from pypdf.generic import _data_structures as pypdf_data_structures
        from pypdf.generic import _utils as pypdf_generic_utils
    except ImportError:
        return
    # pypdf's private modules, as plain objects: their names are pypdf's, not exported
    base_utils: Any = pypdf_utils
    _base: Any = pypdf_base
    _data_structures: Any = pypdf_data_structures
    _utils: Any = pypdf_generic_utils
    if not str(getattr(pypdf, "__version__", "")).startswith("7."):
        return
    names = (
        "read_hex_string_from_stream",
        "read_object",
        "read_until_regex",
        "get_configuration",
        "StreamParsingBudget",
        "IndirectPattern",
        "ContentStream",
    )
    if not all(hasattr(_data_structures, n) for n in names) or not hasattr(_utils, "create_string_object"):
        return
    if _data_structures.read_hex_string_from_stream is not _utils.read_hex_string_from_stream:
        return
    if base_utils.WHITESPACES != tuple(bytes([b]) for b in _PDF_WHITESPACE):
        return
    import re

    content_stream = _data_structures.ContentStream
    _pypdf.update(
        read_hex_string_from_stream=_utils.read_hex_string_from_stream,
        create_string_object=_utils.create_string_object,
        parse_content_stream=content_stream._parse_content_stream,
        read_object=_data_structures.read_object,
        read_until_regex=_data_structures.read_until_regex,
        get_configuration=_data_structures.get_configuration,
        StreamParsingBudget=_data_structures.StreamParsingBudget,
        indirect=_data_structures.IndirectPattern,
        delimiter=_base.NameObject.delimiter_pattern,
        number_end=_base.NumberObject.NumberPattern,
        FloatObject=_base.FloatObject,
        NumberObject=_base.NumberObject,
        skip_whitespace=re.compile(b"[" + re.escape(_PDF_WHITESPACE) + b"]*").match,
    )
    _data_structures.read_hex_string_from_stream = read_hex_string
    content_stream._parse_content_stream = parse_content_stream
