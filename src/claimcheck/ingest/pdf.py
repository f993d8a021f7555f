"""Reader for PDF files: pypdf extracts the text, :mod:`~claimcheck.ingest.pdftext` reads it.

pypdf's plain extraction is close to what :func:`read_pdf_text` expects, but not quite:
it writes "1 Author, …" with one space after a footnote number, runs raised reference
numbers into the text ("combined.1", which after a figure reads as a decimal: "16,000.1")
and leaves no blank line between paragraphs. Its ``layout`` mode keeps the page geometry
as runs of spaces and empty lines instead, which breaks paragraphs apart and still loses
the footnote font. So the text is rebuilt here from the plain mode's ``visitor_text``
callback, which gives every run of text with its position and font size:

* Runs are grouped into lines by baseline. A small run of digits raised above the
  baseline (a superscript) stays on its line.
* The body size is the size most of the document's characters are set in. Lines set
  smaller (footnotes, running titles, captions) and larger (headings) are told apart
  from body lines, and a blank line is written wherever the size class changes, the
  vertical gap is wider than the usual line spacing (a paragraph break) or a body line
  is indented (a first-line indent).
* In a body line a raised reference number is written as `` 5`` after the text it
  follows ("combined.” 5 The"), as ``pdftotext`` often does; numbers raised side by side
  are one group of marks, written `` 9,10``.
* A small line that starts with a number set apart from the rest (its own text run) is
  a footnote body and is written ``N  text``, the shape :mod:`pdftext` reads; so is a
  small line ``N text`` in one run when ``N`` is the next footnote number, a repeat of
  the last one, or 1 (a new article).
* A line that starts with a raised number, in the body's size (Word's and LibreOffice's
  notes from .docx), is a footnote body too when the number is the next one or 1: a
  reference mark never starts a line, it stays with its word.
* The offsets of raised numbers written into body lines are passed on to the reader,
  which counts them as reference marks.
* A line higher up the page than the one before starts a new text flow (another column
  or frame): it is written with one leading space, ``pdftotext``'s mark for that.

Pages are joined with line breaks and each page's start offset goes to the
:class:`~claimcheck.document.Source`, so every location has a ``page``, and line and
column count in the extracted text (``claimcheck text FILE.pdf`` shows it).

Errors (all :class:`~claimcheck.errors.InputError`):

``E109``
    Not a PDF, a damaged PDF, a PDF with no pages, or one encrypted with a password (an
    empty user password is tried first, as viewers do).
``E112``
    No text layer: a scanned document. Run OCR first (for example ``ocrmypdf``).
"""

from __future__ import annotations

import logging
import math
from claimcheck import lazyre as re
import statistics
import struct
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

from claimcheck.document import Document, Metadata, Source
from claimcheck.errors import InputError
from claimcheck.ingest.pdftext import read_pdf_text
from claimcheck.text import BULLETS

if TYPE_CHECKING:  # pypdf is imported when a PDF is read
    from pypdf import PageObject, PdfReader

__all__ = ["extract_pdf_text", "read_pdf"]

_NUMERIC = re.compile(r"^\s*\d{1,3}(?:\s*,\s*\d{1,3})*\s*$")
_NOTE_IN_RUN = re.compile(r"^(\d{1,3})\s+(?=\S)")
_DIGITS = re.compile(r"^\d{1,3}$")

# Structural damage deep in a file surfaces from pypdf's parser as these built-in errors
# besides its own PyPdfError family (checked in read_pdf).
_BROKEN = (ValueError, KeyError, TypeError, IndexError, AttributeError, struct.error, zlib.error, RecursionError)


@dataclass
class _Run:
    text: str
    x: float
    y: float
    size: float


@dataclass
class _Line:
    runs: list[_Run] = field(default_factory=list)
    y: float = 0.0  # baseline of the largest run
    size: float = 0.0  # size of the largest run
    x: float = 0.0  # left edge of the first run

    def add(self, run: _Run) -> None:
        if not self.runs:
            self.x = run.x
        self.runs.append(run)
        if run.text.strip() and run.size > self.size + 0.01:  # a space set in the body size
            # between a note's number and its text does not make the note a body line
            self.size, self.y = run.size, run.y


def _runs(page: PageObject) -> list[_Run]:
    """The page's text runs in content order, with position and effective font size."""
    runs: list[_Run] = []

    def visit(text: str, cm: list[float], tm: list[float], _font_dict: object, font_size: float) -> None:
        if not text:
            return
        a = tm[0] * cm[0] + tm[1] * cm[2]
        b = tm[0] * cm[1] + tm[1] * cm[3]
        c = tm[2] * cm[0] + tm[3] * cm[2]
        d = tm[2] * cm[1] + tm[3] * cm[3]
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = math.sqrt(abs(a * d - b * c)) or 1.0
        size = abs(float(font_size or 0)) * scale or 1.0
        runs.append(_Run(text, x, y, size))

    page.extract_text(visitor_text=visit)
    return runs


def _group_lines(runs: list[_Run]) -> list[_Line]:
    """Runs grouped into lines by baseline; raised small numbers stay on their line."""
    lines: list[_Line] = []
    current: _Line | None = None
    for run in runs:
        pieces = run.text.split("\n")
        for i, piece in enumerate(pieces):
            if i and current is not None and current.runs and piece:
                # pypdf broke the line inside one run: a new line at an unknown place
                current = None
            if not piece:
                continue
            part = _Run(piece, run.x, run.y, run.size)
            if current is not None and current.runs and _same_line(current, part):
                current.add(part)
            else:
                current = _Line()
                current.add(part)
                lines.append(current)
    return [line for line in lines if "".join(r.text for r in line.runs).strip()]


def _same_line(line: _Line, run: _Run) -> bool:
    dy = run.y - line.y
    if abs(dy) <= 0.45 * max(run.size, line.size):
        return True
    # a superscript: smaller, raised at most about half the line's size
    return run.size < 0.85 * line.size and 0 < dy <= 0.6 * line.size and bool(_NUMERIC.match(run.text))


def _body_size(pages: list[list[_Line]]) -> float:
    weights: dict[float, int] = {}
    for lines in pages:
        for line in lines:
            for run in line.runs:
                key = round(run.size, 1)
                weights[key] = weights.get(key, 0) + len(run.text.strip())
    if not weights:
        return 10.0
    return max(weights.items(), key=lambda kv: (kv[1], kv[0]))[0]


def _klass(line: _Line, body: float) -> str:
    if line.size < 0.9 * body:
        return "small"
    if line.size > 1.1 * body:
        return "large"
    return "body"


def _pitches(pages: list[list[_Line]], body: float) -> dict[str, float]:
    """The usual distance between consecutive lines of each size class."""
    gaps: dict[str, list[float]] = {"small": [], "body": [], "large": []}
    for lines in pages:
        for prev, line in zip(lines, lines[1:]):
            k = _klass(line, body)
            if k == _klass(prev, body):
                gap = prev.y - line.y
                if 0 < gap < 3 * line.size:
                    gaps[k].append(gap)
    out = {}
    for k, values in gaps.items():
        out[k] = statistics.median(values) if values else 0.0
    return out


class _Renderer:
    """Writes lines in the shape :func:`read_pdf_text` reads (see the module docstring)."""

    def __init__(self, pages: list[list[_Line]]) -> None:
        self.body = _body_size(pages)
        self.pitch = _pitches(pages, self.body)
        lefts = [round(line.x) for lines in pages for line in lines if _klass(line, self.body) == "body"]
        self.left = statistics.mode(lefts) if lefts else 0.0
        self.last_note = 0

    def page(self, lines: list[_Line]) -> str:
        """The page's text; the offsets (in it) of raised reference numbers go to
        ``self.raised_on_page``."""
        out: list[str] = []
        prev: _Line | None = None
        self.raised_on_page: list[int] = []
        pos = 0
        for line in lines:
            klass = _klass(line, self.body)
            text = self._note_line(line) if klass == "small" else None
            marks: list[int] = []
            if text is None:
                text = self._raised_note_line(line)
            if text is None:
                text, marks = self._text_marks(line)
            if not text:
                continue
            lead = ""
            if prev is not None:
                pklass = _klass(prev, self.body)
                gap = prev.y - line.y
                pitch = self.pitch.get(klass) or 1.2 * line.size
                if gap < -0.5 * line.size:
                    lead = " "  # back up the page: a new column or frame
                elif klass != pklass or gap > 1.35 * pitch or self._indented(line, prev, klass):
                    out.append("")
                    pos += 1
            out.append(lead + text)
            self.raised_on_page.extend(pos + len(lead) + m for m in marks)
            pos += len(lead) + len(text) + 1
            prev = line
        return "\n".join(out)

    def _indented(self, line: _Line, prev: _Line, klass: str) -> bool:
        """A body line set in from the column's left edge and from the line before, unless
        the line before opens a list item with its bullet: its next lines hang under the
        item's text, set in from the bullet."""
        indent = 0.8 * line.size
        if klass != "body" or not (line.x > self.left + indent and line.x - prev.x > indent):
            return False
        return "".join(run.text for run in prev.runs).lstrip()[:1] not in BULLETS

    def _text_marks(self, line: _Line) -> tuple[str, list[int]]:
        """The line's text and the offsets of the raised numbers written into it."""
        parts: list[str] = []
        marks: list[int] = []
        runs = line.runs
        after_mark = False
        for i, run in enumerate(runs):
            raised = i > 0 and run.size < 0.85 * line.size and _NUMERIC.match(run.text) and run.y > line.y
            if raised:
                before = "".join(parts).rstrip()
                number = run.text.strip()
                # marks raised side by side ("centres.⁹ ¹⁰") are one group, written "9,10"
                parts = [before, "," if after_mark else " ", number]
                marks.append(len(before) + 1)
                nxt = runs[i + 1].text if i + 1 < len(runs) else ""
                if nxt[:1].isalnum():
                    parts.append(" ")
            else:
                parts.append(run.text)
                if not run.text.strip():
                    continue  # a space between two raised marks keeps them one group
            after_mark = bool(raised)
        joined = "".join(parts)
        lead = len(joined) - len(joined.lstrip())
        text = joined.strip()
        return text, [m - lead for m in marks if 0 <= m - lead < len(text)]

    def _raised_note_line(self, line: _Line) -> str | None:
        """``N  text`` for a note whose number is raised at the start of the line, in the
        body's size (Word's and LibreOffice's notes from .docx), if ``N`` is the next note
        number or 1. A reference mark never starts a line: it stays with its word."""
        runs = [r for r in line.runs if r.text.strip()]
        if len(runs) < 2:
            return None
        first = runs[0]
        rest_size = max(r.size for r in runs[1:])
        if not (_DIGITS.match(first.text.strip()) and first.size < 0.85 * rest_size and first.y > runs[1].y + 0.1):
            return None
        number = int(first.text.strip())
        if number not in (1, self.last_note + 1):
            return None
        rest = "".join(r.text for r in line.runs[line.runs.index(first) + 1 :]).strip()
        if len(rest.split()) < 3:
            return None
        self.last_note = number
        return f"{number}  {rest}"

    def _note_line(self, line: _Line) -> str | None:
        """``N  text`` for a footnote's first line, else ``None``."""
        runs = [r for r in line.runs if r.text.strip()]
        if not runs:
            return None
        lead = runs[0].text.lstrip()  # its trailing space parts it from the next run
        first = lead.rstrip()
        if _DIGITS.match(first) and len(runs) > 1:
            number = int(first)
            rest = "".join(r.text for r in runs[1:]).strip()
        else:
            m = _NOTE_IN_RUN.match(first)
            if not m:
                return None
            number = int(m.group(1))
            # the next note, a number repeated or one skipped (a numbering slip FN rules report)
            skipped = self.last_note >= 1 and number == self.last_note + 2  # never before a first note
            if number not in (1, self.last_note, self.last_note + 1) and not skipped:
                return None
            rest = (lead[m.end() :] + "".join(r.text for r in runs[1:])).strip()
        if not rest:
            return None
        self.last_note = number
        return f"{number}  {rest}"


def extract_pdf_text(pages: Iterable[PageObject], raised: list[int] | None = None) -> tuple[str, list[int]]:
    """The text of pypdf ``pages`` in :mod:`pdftext`'s shape, and each page's start offset.

    ``raised``, when given, receives the offsets of the numbers that were set raised and
    small in the PDF (superscripts): the reader takes them as reference marks more readily
    than a number that merely follows a word."""
    grouped = [_group_lines(_runs(page)) for page in pages]
    renderer = _Renderer(grouped)
    texts: list[str] = []
    marks: list[list[int]] = []
    for lines in grouped:
        texts.append(renderer.page(lines))
        marks.append(renderer.raised_on_page)
    starts: list[int] = []
    pos = 0
    for text, page_marks in zip(texts, marks):
        starts.append(pos)
        if raised is not None:
            raised.extend(pos + m for m in page_marks)
        pos += len(text) + 1
    return "\n".join(texts), starts


def _error(path: Path, message: str, hint: str, code: str = "E109") -> InputError:
    return InputError(message, path=str(path), hint=hint, code=code)


class _PypdfLog(logging.Handler):
    """Collects pypdf's log messages while a file is read, instead of printing them.

    pypdf logs what it finds wrong with a file ("EOF marker not found") and goes on; those
    lines would interleave with claimcheck's own output, so they are kept and added to
    the error message when the file cannot be read.
    """

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.messages: list[str] = []
        self._logger = logging.getLogger("pypdf")
        self._propagate = True

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage().strip()
        if message and message not in self.messages:
            self.messages.append(message)

    def __enter__(self) -> "_PypdfLog":
        self._propagate = self._logger.propagate
        self._logger.addHandler(self)
        self._logger.propagate = False
        return self

    def __exit__(self, *exc: object) -> None:
        self._logger.removeHandler(self)
        self._logger.propagate = self._propagate


def read_pdf(path: Path, data: bytes, *, metadata: Metadata | None = None) -> Document:
    """Read a PDF (its bytes ``data``) into a :class:`Document` with ``format="pdf"``."""
    if b"%PDF-" not in data[:1024]:
        raise _error(
            path,
            "not a PDF file (no %PDF- header)",
            "check the file; if it is a text or HTML draft, rename it or force a reader with --reader",
        )
    with _PypdfLog() as log:
        text, page_starts, n_pages, title, raised, images = _extract(path, data, log)
    if not text.strip() and any("limit" in m.lower() or "decompress" in m.lower() for m in log.messages):
        raise _error(
            path,
            "PDF has a stream that unpacks to far more data than a draft holds (a decompression bomb?); "
            "no text was read",
            "export the PDF again, or pass the extracted text (.txt)",
        )
    if not text.strip() and not images:
        raise _error(
            path,
            f"PDF has no text and no images ({n_pages} blank page{'s' if n_pages != 1 else ''})",
            "check the export: the pages came out empty",
            code="E112",
        )
    if not text.strip():
        raise _error(
            path,
            f"PDF has no text layer ({n_pages} page{'s' if n_pages != 1 else ''} of images): it looks scanned",
            "run OCR first (for example `ocrmypdf in.pdf out.pdf`) and check the result",
            code="E112",
        )
    meta = Metadata(title=title)
    if metadata is not None:
        meta = meta.model_copy(update=metadata.model_dump(exclude_none=True))
    source = Source(str(path), text, page_starts=page_starts)
    doc = read_pdf_text(source, page_starts=page_starts, metadata=meta, raised=set(raised))
    return doc.model_copy(update={"format": "pdf"}).with_source(source)


def _extract(path: Path, data: bytes, log: _PypdfLog) -> tuple[str, list[int], int, str | None, list[int], bool]:
    """Open the PDF with pypdf: its text, page starts, page count and title."""
    import io

    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PyPdfError

    from claimcheck.ingest.pypdfspeed import install

    install()

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except DependencyError:
                raise _error(
                    path,
                    "PDF is encrypted with AES and cannot be opened without the 'cryptography' package",
                    "install 'cryptography', or export an unencrypted copy of the PDF",
                ) from None
            if not opened:
                raise _error(
                    path,
                    "PDF is encrypted with a password",
                    "export an unencrypted copy of the PDF (or remove its password) and check that copy",
                )
        n_pages = len(reader.pages)
        if n_pages == 0:
            raise _error(path, "PDF has no pages", "the export did not finish; export the issue again")
        raised: list[int] = []
        text, page_starts = extract_pdf_text(reader.pages, raised)
        title = _pdf_title(reader)
        images = _has_images(reader) if not text.strip() else True
    except InputError:
        raise
    except (PyPdfError, *_BROKEN) as exc:
        detail = str(exc).strip() or type(exc).__name__
        if log.messages:
            detail += f" ({'; '.join(log.messages[:2])})"
        raise _error(
            path,
            f"cannot read the PDF: {detail}",
            "the file is damaged or not a PDF; export it again, or pass the extracted text (.txt)",
        ) from None
    return text, page_starts, n_pages, title, raised, images


def _has_images(reader: Any) -> bool:
    """Does any page draw an image (a scan) — looked up in its resources, nothing decoded?"""
    from pypdf.errors import PyPdfError

    def image_in(resources: Any, depth: int = 0) -> bool:
        if depth > 4:
            return False
        xobjects = resources.get("/XObject") if resources is not None else None
        if xobjects is None:
            return False
        xobjects = xobjects.get_object()
        for name in list(xobjects.keys())[:200]:
            xo = xobjects[name].get_object()
            if xo.get("/Subtype") == "/Image":
                return True
            if xo.get("/Subtype") == "/Form" and image_in(xo.get("/Resources"), depth + 1):
                return True
        return False

    try:
        return any(image_in(page.get("/Resources")) for page in reader.pages)
    except (PyPdfError, *_BROKEN, AttributeError):
        return True  # cannot tell: say what was said before


def _pdf_title(reader: PdfReader) -> str | None:
    """The document title from the PDF's /Title, if it has a usable one."""
    from pypdf.errors import PyPdfError

    try:
        info = reader.metadata
        title = info.title if info is not None else None
    except (PyPdfError, *_BROKEN):
        return None
    if not isinstance(title, str):
        return None
    title = " ".join(title.split())
    return title or None
