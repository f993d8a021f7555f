"""The document model every reader produces and every later stage consumes.

A :class:`Document` holds articles; an article holds blocks (paragraphs and headings),
in-text footnote references and footnote bodies as separate records. Every piece keeps a
:class:`Location` in the *original* file, also after normalisation (joined lines, removed
hyphenation, stripped markup): a block's text carries a :class:`SourceMap` from offsets in
the normalised text back to offsets in the file, and :class:`Source` turns a file offset
into a 1-based line and column.

Columns count Unicode code points, 1-based, as editors and most tools show them.
"""

from __future__ import annotations

import bisect
import datetime as dt
from enum import Enum
from typing import Any, Iterator, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr
from typing_extensions import Self

__all__ = [
    "Article",
    "Block",
    "BlockKind",
    "Document",
    "Footnote",
    "FootnoteRef",
    "Location",
    "Metadata",
    "Notice",
    "PROSE_KINDS",
    "Source",
    "SourceMap",
    "Span",
    "WithEnd",
]


class Location(BaseModel):
    """A place in the file the editor has open: path, 1-based line and column.

    ``page`` is set for PDF files, where ``line`` and ``column`` count in the text
    extracted from the PDF (pages joined in order, as ``claimcheck text FILE.pdf`` shows).
    """

    model_config = ConfigDict(frozen=True)

    path: str
    line: int = Field(ge=1)
    column: int = Field(ge=1)
    page: int | None = None

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"

    @property
    def sort_key(self) -> tuple[str, int, int]:
        return (self.path, self.line, self.column)


class Span(NamedTuple):
    """Where some words of a file start and end: ``location`` and the exclusive
    ``end_location`` (None when unknown). Claims, reference marks and
    :meth:`Document.span` give one; a rule hands it to ``Rule.finding`` so the finding
    carries the end of the words it is about."""

    location: Location
    end_location: Location | None


class WithEnd(BaseModel, defer_build=True):
    """A model that may know where its words end in the file: ``end_location`` (exclusive),
    passed to the constructor like a field but kept beside the fields, not among them. It
    is derived data, as a cache is: it takes no part in equality, ``model_dump`` or the JSON
    outputs, so a record read back from JSON equals the one written; it survives pickling
    (``--jobs``) and ``model_copy``. Records made by ``model_validate`` have none."""

    def __init__(self, **data: Any) -> None:
        end = data.pop("end_location", None)
        super().__init__(**data)
        if end is not None:
            self.__dict__["end_location"] = end

    def ending_at(self, end: Location | None) -> Self:
        """This record, knowing that its words end at ``end`` (for the readers, which make
        the record first)."""
        if end is not None:
            self.__dict__["end_location"] = end
        return self

    @property
    def end_location(self) -> Location | None:
        """Where the words end in the file (the place after their last character), or None."""
        end: Location | None = self.__dict__.get("end_location")
        return end


class Source:
    """The original text of one file, with fast offset -> (line, column) look-up."""

    __slots__ = ("path", "text", "_line_starts", "_page_starts")

    def __init__(self, path: str, text: str, page_starts: list[int] | None = None) -> None:
        self.path = path
        self.text = text
        starts = [0]
        find = text.find
        i = find("\n")
        while i != -1:
            starts.append(i + 1)
            i = find("\n", i + 1)
        self._line_starts = starts
        self._page_starts = page_starts

    def line_col(self, offset: int) -> tuple[int, int]:
        offset = max(0, min(offset, len(self.text)))
        idx = bisect.bisect_right(self._line_starts, offset) - 1
        return idx + 1, offset - self._line_starts[idx] + 1

    def location(self, offset: int) -> Location:
        line, col = self.line_col(offset)
        page = None
        if self._page_starts:
            page = bisect.bisect_right(self._page_starts, offset)
        return Location(path=self.path, line=line, column=col, page=page)

    def offset(self, line: int, column: int) -> int | None:
        """The file offset of a 1-based line and column (None past the last line)."""
        if line < 1 or line > len(self._line_starts):
            return None
        return self._line_starts[line - 1] + column - 1

    def mark_end(self, offset: int, label: str) -> Location | None:
        """The exclusive end of a footnote reference mark with ``label`` written at file
        ``offset`` (``[^5]``, ``[5]`` or the label itself, as readers locate marks), or None
        when the file has no such characters there (a Word reference mark is no text)."""
        text = self.text
        for mark in (f"[^{label}]", f"[{label}]", label):
            if mark and text.startswith(mark, offset):
                return self.location(offset + len(mark))
        return None

    def line_text(self, line: int) -> str:
        """The text of a 1-based line, without its line break."""
        if line < 1 or line > len(self._line_starts):
            return ""
        start = self._line_starts[line - 1]
        end = self._line_starts[line] - 1 if line < len(self._line_starts) else len(self.text)
        return self.text[start:end].rstrip("\r")

    @property
    def line_count(self) -> int:
        return len(self._line_starts)


class SourceMap(BaseModel):
    """Piecewise map from offsets in a normalised text to offsets in the original file.

    ``anchors`` is a sorted list of ``(normalised_offset, file_offset)`` pairs; an offset
    maps through the last anchor at or before it. Readers add an anchor wherever the
    normalised text stops running in step with the file (a joined line, a dropped hyphen,
    removed markup), so every character maps to the file character it came from.
    """

    model_config = ConfigDict(frozen=True)

    anchors: tuple[tuple[int, int], ...]

    def to_file(self, offset: int) -> int:
        anchors = self.anchors
        if not anchors:
            return offset
        idx = bisect.bisect_right(anchors, (offset, float("inf"))) - 1
        if idx < 0:
            idx = 0
        norm, orig = anchors[idx]
        return orig + (offset - norm)


class BlockKind(str, Enum):
    """What a block is on the page. Only :data:`PROSE_KINDS` reach claim extraction and
    reference detection; the rest are kept so ``claimcheck show`` can say how the page was
    read, and so headings can still name articles."""

    paragraph = "paragraph"  #: body text
    list_item = "list_item"  #: an item of a bullet or numbered list in the body
    heading = "heading"
    title = "title"  # type: ignore[assignment]  # a member named like str.title, on purpose; the document's or an article's title
    byline = "byline"  #: author, date line, dateline
    table = "table"  #: a table row or cell
    figure = "figure"  #: a figure label, chart text or image alt text
    caption = "caption"  #: a figure or table caption, a photo credit
    code = "code"  #: code, a listing, a command, a template
    toc = "toc"  #: a table-of-contents line
    furniture = "furniture"  #: a running header or footer, a page number
    pull_quote = "pull_quote"  #: a quotation repeated from the body as display text
    front_matter = "front_matter"  #: metadata printed or written before the body
    notes = "notes"  #: a line of a notes, endnotes or references section


#: Block kinds that are running prose: claims are extracted and references found only here.
PROSE_KINDS = frozenset({BlockKind.paragraph, BlockKind.list_item})


class _Located(BaseModel):
    # a base that lends its field to the records below and is never made itself: its own
    # validator waits for a use no run makes (``defer_build``); each record below is built
    # when defined (``defer_build=False``: deferring one a reader makes costs more than it saves)
    model_config = ConfigDict(frozen=True, defer_build=True)

    location: Location


class FootnoteRef(_Located, WithEnd, defer_build=False):
    """An in-text reference to a footnote ("…universe,” 5", ``[^5]``, ``<sup>5</sup>``)."""

    number: int | None = Field(description="The numeric value of the label, if it is a number.")
    label: str
    article: int
    block: int = Field(description="Index of the block in its article that holds the reference.")
    offset: int = Field(description="Offset of the reference in the block's normalised text.")
    # end_location (WithEnd): the end of the mark in the file; None when the mark is no
    # text, as in Word


class Footnote(_Located, defer_build=False):
    """A footnote body: its number or label, full normalised text and the URLs in it."""

    number: int | None
    label: str
    text: str
    urls: tuple[str, ...] = ()
    links: tuple[tuple[int, str], ...] = Field(
        default=(),
        description="Link targets not written in the text, with the offset where the link's words start (when the reader knows it).",
    )
    article: int
    source_map: SourceMap


class Block(_Located, defer_build=False):
    """A paragraph or heading, its text normalised (lines joined, hyphenation removed)."""

    kind: BlockKind = BlockKind.paragraph
    text: str
    source_map: SourceMap
    article: int
    quoted: bool = Field(
        default=False,
        description="Set as a block quotation (HTML <blockquote>, Markdown '>', Word's Quote style): "
        "someone's words, often without quotation marks.",
    )

    @property
    def is_prose(self) -> bool:
        """Is this running prose (body text or a list item), where claims are read?"""
        return self.kind in PROSE_KINDS


class Notice(_Located, defer_build=False):
    """Something a reader could not use but read past: a front-matter date in no known
    form, an encoding guessed from a meta tag, a publication date that could not be found.

    A notice never stops a document from being read; rule CC002 reports it."""

    message: str
    help: str = ""
    subject: str = ""


class Article(BaseModel):
    """One article (or section) of an issue; footnote numbering is per article."""

    model_config = ConfigDict(frozen=True)

    index: int
    title: str | None = None
    location: Location
    blocks: tuple[Block, ...] = ()
    refs: tuple[FootnoteRef, ...] = ()
    footnotes: tuple[Footnote, ...] = ()

    @property
    def label(self) -> str:
        """How messages name the article: its title, else its position."""
        if self.title:
            return f"article {self.index + 1} ({self.title!r})"
        return f"article {self.index + 1}"


class Metadata(BaseModel):
    model_config = ConfigDict(frozen=True, extra="allow")

    title: str | None = None
    publication_date: dt.date | None = None
    status: str | None = None


class Document(BaseModel):
    """A draft read into articles, blocks, references and footnotes."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    path: str
    format: str
    metadata: Metadata = Metadata()
    articles: tuple[Article, ...] = ()
    suppressions: tuple["Suppression", ...] = ()
    #: what the reader read past (see :class:`Notice`); reported by rule CC002
    notices: tuple[Notice, ...] = ()
    _source: Source | None = PrivateAttr(default=None)

    @property
    def source(self) -> Source | None:
        """The original text, for showing context and mapping offsets. Not serialised."""
        return self._source_of()

    def _source_of(self) -> Source | None:
        """``self._source`` read from pydantic's store of private attributes directly (the
        attribute goes through ``BaseModel.__getattr__``: 50,000 look-ups a run of the
        realdocs Markdown drafts, from every finding's and claim's place)."""
        private = self.__pydantic_private__
        return private.get("_source") if private else None

    def with_source(self, source: Source) -> "Document":
        self._source = source
        return self

    def locate(self, block: Block | Footnote, offset: int) -> Location:
        """The file location of ``offset`` in a block's or footnote's normalised text."""
        source = self._source_of()
        if source is None:
            return block.location
        return source.location(block.source_map.to_file(offset))

    def locate_end(self, block: Block | Footnote, end: int) -> Location | None:
        """The file location just after the span ``text[:end]`` of a block's or footnote's
        normalised text ends (an exclusive end, as SARIF's ``endColumn``), or None when
        the original text is not at hand.

        The last character of the span is mapped and the place after it taken, so a span
        ending where the normalised text jumps in the file (a joined line, stripped
        markup) ends after its own last character, not at the start of what follows."""
        source = self._source_of()
        if source is None:
            return None
        if end <= 0:
            return source.location(block.source_map.to_file(0))
        return source.location(block.source_map.to_file(end - 1) + 1)

    def span(self, block: Block | Footnote, start: int, end: int) -> Span:
        """The file places where ``text[start:end]`` of a block or footnote starts and ends."""
        return Span(self.locate(block, start), self.locate_end(block, end))

    def note_span(self, note: Footnote) -> Span:
        """A whole footnote: from its place (its number or label) to the end of its text;
        from its text's start when the number is printed after the text (LibreOffice's
        short notes through `pdftotext`)."""
        if not note.text:
            return Span(note.location, None)
        end = self.locate_end(note, len(note.text))
        if end is not None and end.sort_key <= note.location.sort_key:
            return Span(self.locate(note, 0), end)
        return Span(note.location, end)

    def iter_blocks(self, *, prose_only: bool = False) -> Iterator[Block]:
        for article in self.articles:
            for block in article.blocks:
                if block.is_prose or not prose_only:
                    yield block

    def iter_footnotes(self) -> Iterator[Footnote]:
        for article in self.articles:
            yield from article.footnotes

    def iter_refs(self) -> Iterator[FootnoteRef]:
        for article in self.articles:
            yield from article.refs


class Suppression(_Located, WithEnd, defer_build=False):
    """An inline ``claimcheck: ignore[...]`` comment and what it covers.

    ``scope`` is ``line`` (the next non-blank line, or the line it stands on), ``file``,
    or ``range`` (from a ``disable`` to the matching ``enable``, or the end of the file).
    """

    codes: tuple[str, ...]
    scope: str
    start_line: int
    end_line: int
    # end_location (WithEnd): where the comment ends


Document.model_rebuild()
