"""Reader for HTML drafts and saved web pages (pandoc, markdown-it, CMS and Word exports).

The stdlib :class:`html.parser.HTMLParser` reads the markup with ``convert_charrefs=False``,
so every run of text and every entity arrives with its exact place in the file; entities
are decoded here, each decoded character mapped to the ``&`` that starts it. What the
reader does:

* **Blocks.** ``p``, ``li``, ``blockquote``, ``dd``/``dt``, ``td``/``th``, ``figcaption``,
  ``div`` and the other block-level elements end one block and start the next; ``h1``–``h6``
  give heading blocks. White space is collapsed as a browser shows it (runs of spaces, tabs
  and line breaks become one space, ``&nbsp;`` stays). ``<br>`` is a space.
* **Skipped.** ``script``, ``style``, ``noscript``, ``template``, ``pre`` (code, skipped as
  the Markdown reader skips code blocks), ``svg``, ``iframe``, ``nav``, elements with the
  ``hidden`` attribute or an ARIA role of ``navigation``, ``banner``, ``contentinfo`` or
  ``search``, and ``header``/``footer`` that are page chrome (not inside ``article``,
  ``main`` or ``section``). The ``<head>`` only gives metadata.
* **Articles.** Each outermost ``<article>`` element is an article; text before the first
  one is an article of its own, text between or after articles joins the one before it,
  and an ``<article>`` with no text at all is dropped. Without ``<article>`` elements each
  ``<h1>`` starts an article (text before the first ``<h1>`` is an article of its own).
* **In-text references** -- ``<sup>5</sup>``, ``<sup>[5]</sup>``, ``<sup>4, 5</sup>``,
  ``<sup><a href="#fn5">5</a></sup>``, ``<a class="footnote-ref" href="#fn5">[5]</a>``,
  pandoc's ``<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup>
  </a>``, Word's ``<a href="#_ftn1">[1]</a>`` -- are removed from the block text and
  recorded with their offset in it and the file location of their number. A bare
  ``<sup>`` that reads as an exponent (``10<sup>6</sup>``, ``km<sup>2</sup>``) stays text.
* **Footnote bodies.** Inside a footnotes container (``<section class="footnotes">``,
  ``role="doc-endnotes"``, ``<div class="footnotes">``, ``<ol class="footnotes">``) each
  ``<li>`` is a footnote numbered as the browser numbers it (``<ol start="7">``,
  ``<li value="9">``); anywhere, an ``li``, ``p``, ``div``, ``aside``, ``section`` or ``dd``
  whose id looks like ``fn3``, ``fn:3``, ``footnote-3``, ``ftn3`` or ``note3``, or whose role
  is ``doc-footnote``/``doc-endnote``, is a footnote numbered from its id. A number written
  at the start of the body (``[3]``, ``3.``, ``<sup>3</sup>``) is taken off; back-links
  (``↩``, ``class="footnote-back"``, ``role="doc-backlink"``, ``href="#fnref3"``) are
  dropped. ``Footnote.urls`` holds the absolute ``href`` targets and the bare URLs in the
  text, in order. Footnote bodies outside any article belong to the article whose
  references link to them, else to the article before them.
* **Metadata.** ``<title>`` (else the first ``<h1>``) gives the title; ``<meta>`` ``date``,
  ``dcterms.date``, ``dc.date``, ``citation_publication_date`` or ``article:published_time``
  give the publication date (a leading ``YYYY-MM-DD`` or ``YYYY/MM/DD``; anything else is
  ignored).
* **Suppressions** are ``<!-- claimcheck: ignore[FN001] -->`` comments, as in Markdown.

Malformed markup never stops the reader: unclosed elements are closed where HTML would
close them (a new ``<p>`` closes an open one, a new ``<li>`` the open item, and so on) or
at the end of the file, and stray end tags are ignored.

Error codes (besides the ``E111`` of a bad suppression comment):

``E113``
    The HTML parser failed on the markup (it should not; the message says where).
"""

from __future__ import annotations

import datetime as dt
import gc
import re
from html import unescape
from html.parser import HTMLParser

from claimcheck.document import (
    Article,
    Block,
    BlockKind,
    Document,
    Footnote,
    FootnoteRef,
    Location,
    Metadata,
    Source,
    SourceMap,
)
from claimcheck.errors import InputError
from claimcheck.ingest.common import find_urls, parse_suppressions
from claimcheck.ingest.textmap import cut_spans

__all__ = ["read_html"]

# -- element classes -----------------------------------------------------------------

_VOID = frozenset(
    "area base br col embed hr img input keygen link meta param source track wbr".split()
)
_SKIP = frozenset("script style noscript template pre svg math iframe object canvas select button nav".split())
_SKIP_ROLES = frozenset({"navigation", "banner", "contentinfo", "search"})
_CHROME = frozenset({"header", "footer"})
_CHROME_OK_INSIDE = frozenset({"article", "main", "section"})
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BLOCK = frozenset(
    """address article aside blockquote body caption center dd details dialog dir div dl dt
    fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li
    main menu nav ol p pre section summary table tbody td tfoot th thead tr ul""".split()
)
# starting one of these closes an open <p> (HTML's "close a p element")
_CLOSES_P = frozenset(
    """address article aside blockquote center details dialog dir div dl fieldset figcaption
    figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr main menu nav ol p pre section
    summary table ul li dd dt""".split()
)
_SCOPE = frozenset("applet caption html table td th marquee object template button".split())
_NOTE_TAGS = frozenset("li p div aside section dd".split())
_UNITS = frozenset("m km cm mm ft mi in yd s kg g m² ha".split())

_NOTE_ID = re.compile(
    r"^(?:user-content-)?_?(?:fn|footnote|ftn|endnote|note)s?[-:_.]?(\d{1,4})$", re.IGNORECASE
)
_BACK_ID = re.compile(r"^(?:user-content-)?_?(?:fnref|footnote-?ref|ftnref|noteref|endnoteref)", re.IGNORECASE)
_CONTAINER_CLASSES = frozenset({"footnotes", "footnote-list", "footnotes-list", "endnotes", "notes-list"})
_REF_CLASSES = frozenset({"footnote-ref", "footnote-reference", "footnoteref", "footnote-link", "noteref"})
_BACK_CLASSES = frozenset({"footnote-back", "footnote-backref", "footnote-backlink", "reversefootnote"})
_LABEL = re.compile(r"^\[?\s*([0-9]{1,3}(?:\s*[,–—-]\s*[0-9]{1,3})*)\s*\]?$")
_DIGITS = frozenset("0123456789")
_ENTITY_CACHE: dict[str, str] = {}
_NO_ATTRS: dict[str, str] = {}
_NOTE_MARK = re.compile(r"^(\[)?([0-9]{1,3})(?(1)\]|([.):])?)(?:\s+|$)")
_WS_FIX = re.compile(r"[ \t\n\r\f]{2,}|[\t\n\r\f]|^ | $")
_WS_ONLY = re.compile(r"^[ \t\n\r\f]*$")
_BACK_CHARS = re.compile("[\u21a9\u21aa][\ufe0e\ufe0f]?")
_DATE = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_DATE_NAMES = frozenset(
    {"date", "dcterms.date", "dc.date", "citation_publication_date", "citation_date", "article:published_time"}
)


# -- text sinks ----------------------------------------------------------------------


class _Sink:
    """Collects the collapsed text of one block, footnote body or title.

    It works as :class:`~claimcheck.ingest.textmap.TextBuilder` does (text pieces plus
    ``(text offset, file offset)`` anchors wherever the text stops running in step with the
    file), specialised for browser white-space collapsing, which is the reader's hot path.
    """

    __slots__ = ("parts", "anchors", "length", "next_file", "pending", "last_piece", "refs", "urls", "start")

    def __init__(self, start: int) -> None:
        self.parts: list[str] = []
        self.anchors: list[tuple[int, int]] = []
        self.length = 0
        self.next_file = -1
        self.pending = -1  # file offset of white space not yet written, -1 for none
        self.last_piece = ""
        self.refs: list[tuple[int, str, int | None, int, str | None]] = []
        self.urls: list[tuple[int, str]] = []
        self.start = start

    def space(self, offset: int) -> None:
        if self.pending < 0:
            self.pending = offset

    def _piece(self, text: str, offset: int) -> None:
        """Append ``text`` read at file ``offset``, after the pending space if any."""
        if self.pending >= 0:
            if self.length:
                if self.next_file != self.pending:
                    self.anchors.append((self.length, self.pending))
                self.parts.append(" ")
                self.length += 1
                self.next_file = self.pending + 1
            self.pending = -1
        if self.next_file != offset:
            self.anchors.append((self.length, offset))
        self.parts.append(text)
        self.length += len(text)
        self.next_file = offset + len(text)
        self.last_piece = text

    def add_text(self, text: str, offset: int) -> None:
        """Add raw file text, collapsing white space as a browser does."""
        pos = 0
        for m in _WS_FIX.finditer(text):
            a, b = m.span()
            if a > pos:
                self._piece(text[pos:a], offset + pos)
            if self.pending < 0:
                self.pending = offset + a
            pos = b
        if pos < len(text):
            self._piece(text[pos:], offset + pos)

    def add_entity(self, decoded: str, offset: int) -> None:
        """Append a decoded entity: every character of it maps to the ``&``."""
        if _WS_ONLY.match(decoded):
            self.space(offset)
            return
        self._piece(decoded[0], offset)
        for ch in decoded[1:]:
            self.anchors.append((self.length, offset))
            self.parts.append(ch)
            self.length += 1
        self.next_file = -1

    def text_and_map(self) -> tuple[str, SourceMap]:
        return "".join(self.parts), SourceMap(anchors=tuple(self.anchors))


class _El:
    """An open element on the parser's stack."""

    __slots__ = ("tag", "kind", "attrs", "offset", "skip", "counter", "data")

    def __init__(self, tag: str, attrs: dict[str, str], offset: int) -> None:
        self.tag = tag
        self.attrs = attrs
        self.offset = offset
        self.kind = ""  # block | heading | article | container | note | capture | title | link | list
        self.skip = False
        self.counter = 1
        self.data: object = None


class _Capture:
    """A ``<sup>`` or footnote link being read: its chunks, replayed if not a reference."""

    __slots__ = ("el", "chunks", "href", "linked", "offset")

    def __init__(self, el: _El, offset: int) -> None:
        self.el = el
        self.chunks: list[tuple[str, str, int]] = []  # (kind, text, file offset)
        self.href: str | None = None
        self.linked = False
        self.offset = offset


class _BlockRec:
    __slots__ = ("kind", "level", "text", "smap", "key", "h1", "refs", "start")

    def __init__(self, kind, level, text, smap, key, h1, refs, start):
        self.kind = kind
        self.level = level
        self.text = text
        self.smap = smap
        self.key = key
        self.h1 = h1
        self.refs = refs
        self.start = start


class _NoteRec:
    __slots__ = ("number", "label", "text", "smap", "urls", "key", "h1", "offset", "ident", "in_article")

    def __init__(self, number, label, text, smap, urls, key, h1, offset, ident, in_article):
        self.number = number
        self.label = label
        self.text = text
        self.smap = smap
        self.urls = urls
        self.key = key
        self.h1 = h1
        self.offset = offset
        self.ident = ident
        self.in_article = in_article


def _classes(attrs: dict[str, str]) -> set[str]:
    return set((attrs.get("class") or "").lower().split())


def _fragment(href: str | None) -> str | None:
    if href and "#" in href:
        return href.split("#", 1)[1]
    return None


def _id_number(ident: str | None) -> int | None:
    if not ident:
        return None
    m = _NOTE_ID.match(ident)
    return int(m.group(1)) if m else None


def _parse_date(value: str) -> dt.date | None:
    m = _DATE.match(value)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _numbers(chars: list[tuple[str, int]]) -> list[tuple[int, int]]:
    """``(number, file offset)`` for each number of a label like ``4, 5`` or ``3–5``.

    A range is expanded (``3–5`` gives 3, 4 and 5; the numbers between sit where the
    first one is written) when it spans at most 20 notes.
    """
    out: list[tuple[int, int]] = []
    i, n, dash = 0, len(chars), False
    while i < n:
        ch, off = chars[i]
        if ch in _DIGITS:
            j = i
            while j < n and chars[j][0] in _DIGITS:
                j += 1
            num = int("".join(c for c, _ in chars[i:j]))
            if dash and out and 1 < num - out[-1][0] <= 20:
                first, first_off = out[-1]
                out.extend((k, first_off) for k in range(first + 1, num))
            out.append((num, off))
            dash = False
            i = j
            continue
        if ch in "–—-":
            dash = True
        elif ch == ",":
            dash = False
        i += 1
    return out


class _Reader(HTMLParser):
    def __init__(self, source: Source) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.text = source.text
        self.line_starts = source._line_starts  # noqa: SLF001 - same package
        self.stack: list[_El] = []
        self.skipping = 0
        self.block: _Sink | None = None
        self.block_kind = BlockKind.paragraph
        self.block_level = 0
        self.note: _Sink | None = None
        self.note_el: _El | None = None
        self.capture: _Capture | None = None
        self.title_sink: _Sink | None = None
        self.title: str | None = None
        self.in_title = False
        self.first_h1: str | None = None
        self.date: dt.date | None = None
        self.containers = 0
        self.article_depth = 0
        self.article_count = 0
        self.current_key = -1  # article key of loose content: -1 before any <article>
        self.h1_count = 0
        self.blocks: list[_BlockRec] = []
        self.notes: list[_NoteRec] = []

    # -- positions ---------------------------------------------------------------

    def _offset(self) -> int:
        # HTMLParser.getpos() is (self.lineno, self.offset); read them directly, it is hot
        return self.line_starts[self.lineno - 1] + self.offset

    # -- parser callbacks --------------------------------------------------------

    def parse_html_declaration(self, i: int) -> int:
        pos = self.lineno, self.offset
        try:
            return super().parse_html_declaration(i)
        except AssertionError:
            # _markupbase moves the position before it raises: put it back
            self.lineno, self.offset = pos
            # a broken "<![...": skip it up to the next ">" like a browser's bogus comment
            j = self.rawdata.find(">", i + 2)
            return -1 if j == -1 else j + 1

    def handle_startendtag(self, tag: str, attrs) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_starttag(self, tag: str, attrs) -> None:
        offset = self.line_starts[self.lineno - 1] + self.offset
        # HTMLParser lower-cases names; a value is None for a bare attribute ("hidden")
        amap = {k: v or "" for k, v in attrs} if attrs else _NO_ATTRS
        if tag in _VOID:
            self._void(tag, amap, offset)
            return
        if self.skipping:
            el = _El(tag, amap, offset)
            el.skip = True
            self.skipping += 1
            self.stack.append(el)
            return
        if self.in_title:
            # a title holds no markup: a tag inside means it was never closed
            for i in range(len(self.stack) - 1, -1, -1):
                if self.stack[i].kind == "title":
                    self._pop_to(i, offset)
                    break
        self._implicit_close(tag)
        el = _El(tag, amap, offset)
        skip = (
            tag in _SKIP
            or "hidden" in amap
            or amap.get("role", "").lower() in _SKIP_ROLES
            or (tag == "a" and self._is_backlink(amap))
        )
        if not skip and tag in _CHROME and not self._is_container(tag, amap):
            skip = not any(e.tag in _CHROME_OK_INSIDE for e in self.stack)
        if skip:
            el.skip = True
            self.skipping += 1
            self.stack.append(el)
            return
        if tag == "title" and self.title is None and self.title_sink is None:
            el.kind = "title"
            self.title_sink = _Sink(offset)
            self.in_title = True
            self.stack.append(el)
            return
        if tag in ("ol", "ul"):
            start = amap.get("start", "").strip()
            el.counter = int(start) if re.fullmatch(r"-?\d{1,6}", start) else 1

        if tag in _BLOCK:
            self._end_capture_for_block()
            if tag == "article" and self.article_depth == 0:
                self._flush()
                self.article_count += 1
                self.current_key = self.article_count - 1
                el.kind = "article"
                self.article_depth += 1
            elif tag == "article":
                el.kind = "article-inner"
                self.article_depth += 1
            if self.note is None:
                if self._is_container(tag, amap):
                    self._flush()
                    el.kind = "container"
                    self.containers += 1
                    self.stack.append(el)
                    return
                number = self._note_number(tag, amap)
                if number is not False:
                    self._flush()
                    el.kind = "note"
                    el.data = number
                    self.note = _Sink(offset)
                    self.note_el = el
                    self.stack.append(el)
                    return
            else:
                if tag == "li":
                    self._list_number(amap)
                self.note.space(offset)
                el.kind = el.kind or "block"
                self.stack.append(el)
                return
            if tag in _HEADINGS:
                self._flush()
                if tag == "h1" and self.containers == 0:
                    self.h1_count += 1
                self.block_kind = BlockKind.heading
                self.block_level = _HEADINGS[tag]
                el.kind = "heading"
            else:
                if tag == "li":
                    self._list_number(amap)
                self._flush()
                el.kind = el.kind or "block"
            self.stack.append(el)
            return

        # inline elements
        if tag in ("sup", "a") and self.capture is None:
            linked = tag == "a" and self._is_ref_link(amap)
            if tag == "sup" or linked:
                el.kind = "capture"
                cap = _Capture(el, offset)
                if linked:
                    cap.linked = True
                    cap.href = _fragment(amap.get("href"))
                self.capture = cap
                self.stack.append(el)
                return
        if tag == "a" and self.capture is not None and self._is_ref_link(amap):
            self.capture.linked = True
            self.capture.href = _fragment(amap.get("href"))
        if tag == "a":
            href = amap.get("href", "").strip()
            if href[:7].lower() == "http://" or href[:8].lower() == "https://":
                sink = self.note
                if sink is not None:
                    sink.urls.append((sink.length, href))
        self.stack.append(el)

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            if tag == "br":
                self._void("br", {}, self._offset())
            return
        stack = self.stack
        for i in range(len(stack) - 1, -1, -1):
            if stack[i].tag == tag:
                self._pop_to(i, self._offset())
                return
            if tag == "p" and stack[i].tag in _SCOPE:
                return

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        offset = self.line_starts[self.lineno - 1] + self.offset
        if self.in_title:
            self.title_sink.add_text(data, offset)  # type: ignore[union-attr]
            return
        if self.capture is not None:
            self.capture.chunks.append(("t", data, offset))
            return
        if _WS_ONLY.match(data):
            # white space between tags: a space inside text, nothing at a block's start
            sink = self.note if self.note is not None else self.block
            if sink is not None and sink.pending < 0:
                sink.pending = offset
            return
        sink = self.note if self.note is not None else self._sink(offset)
        if sink is not None:
            sink.add_text(data, offset)

    def handle_entityref(self, name: str) -> None:
        self._entity("&" + name, self._offset())

    def handle_charref(self, name: str) -> None:
        self._entity("&#" + name, self._offset())

    # -- helpers -------------------------------------------------------------------

    def _entity(self, raw: str, offset: int) -> None:
        if self.text.startswith(";", offset + len(raw)):
            raw += ";"
        if self.skipping:
            return
        decoded = _ENTITY_CACHE.get(raw)
        if decoded is None:
            decoded = unescape(raw)
            if len(_ENTITY_CACHE) < 4096:
                _ENTITY_CACHE[raw] = decoded
        if self.skipping:
            return
        kind = "t" if decoded == raw else "e"
        text = raw if kind == "t" else decoded
        if self.in_title:
            self._feed(self.title_sink, kind, text, offset)  # type: ignore[arg-type]
            return
        if self.capture is not None:
            self.capture.chunks.append((kind, text, offset))
            return
        sink = self._sink(offset)
        if sink is not None:
            self._feed(sink, kind, text, offset)

    @staticmethod
    def _feed(sink: _Sink, kind: str, text: str, offset: int) -> None:
        if kind == "t":
            sink.add_text(text, offset)
        elif kind == "e":
            sink.add_entity(text, offset)
        else:  # "s": a line break
            sink.space(offset)

    def _sink(self, offset: int) -> _Sink | None:
        """Where text goes now: the open footnote body, else the current block."""
        if self.note is not None:
            return self.note
        if self.containers:
            return None  # "Notes" headings and rules inside a footnotes section
        if self.block is None:
            self.block = _Sink(offset)
            self.block.start = offset
        return self.block

    def _void(self, tag: str, amap: dict[str, str], offset: int) -> None:
        if tag == "meta":
            name = (amap.get("name") or amap.get("property") or "").lower()
            if name in _DATE_NAMES and self.date is None:
                self.date = _parse_date(amap.get("content", ""))
            return
        if self.skipping:
            return
        if tag == "br" or tag == "wbr":
            if tag == "wbr":
                return
            if self.capture is not None:
                self.capture.chunks.append(("s", " ", offset))
            elif self.note is not None:
                self.note.space(offset)
            elif self.block is not None:
                self.block.space(offset)
        elif tag == "hr":
            self._end_capture_for_block()
            if self.note is not None:
                self.note.space(offset)
            else:
                self._flush()

    def _is_container(self, tag: str, amap: dict[str, str]) -> bool:
        if tag not in ("section", "div", "ol", "ul", "aside", "footer", "dl"):
            return False
        role = amap.get("role", "").lower()
        if role in ("doc-endnotes", "doc-footnotes"):
            return True
        if _classes(amap) & _CONTAINER_CLASSES:
            return True
        return amap.get("id", "").lower() in ("footnotes", "endnotes")

    def _note_number(self, tag: str, amap: dict[str, str]) -> int | None | bool:
        """The number of a footnote body starting here, ``None`` if unknown, or ``False``."""
        if tag not in _NOTE_TAGS:
            return False
        ident = amap.get("id")
        by_id = _id_number(ident)
        role = amap.get("role", "").lower()
        in_container = self.containers > 0
        if tag == "li" and in_container:
            counted = self._list_number(amap)
            return counted if counted is not None else by_id
        if by_id is not None:
            return by_id
        if role in ("doc-footnote", "doc-endnote"):
            return None
        if "footnote" in _classes(amap) and tag in ("aside", "div", "p", "li"):
            return None
        if in_container and tag == "p":
            return None  # numbered by the number it starts with, if any
        return False

    def _list_number(self, amap: dict[str, str]) -> int | None:
        for el in reversed(self.stack):
            if el.tag in ("ol", "ul"):
                value = amap.get("value", "").strip()
                if re.fullmatch(r"-?\d{1,6}", value):
                    el.counter = int(value)
                number = el.counter
                el.counter += 1
                return number
        return None

    @staticmethod
    def _is_ref_link(amap: dict[str, str]) -> bool:
        if amap.get("role", "").lower() == "doc-noteref" or "data-footnote-ref" in amap:
            return True
        if _classes(amap) & _REF_CLASSES:
            return True
        frag = _fragment(amap.get("href"))
        return frag is not None and _NOTE_ID.match(frag) is not None

    @staticmethod
    def _is_backlink(amap: dict[str, str]) -> bool:
        if amap.get("role", "").lower() == "doc-backlink" or "data-footnote-backref" in amap:
            return True
        if _classes(amap) & _BACK_CLASSES:
            return True
        frag = _fragment(amap.get("href"))
        return frag is not None and _BACK_ID.match(frag) is not None

    def _implicit_close(self, tag: str) -> None:
        """Close what a start tag closes in HTML (open p, list item, cell, heading, link)."""
        stack = self.stack
        if not stack:
            return
        if tag in _CLOSES_P:
            for i in range(len(stack) - 1, -1, -1):
                t = stack[i].tag
                if t == "p":
                    self._pop_to(i, self._offset())
                    break
                if t in _SCOPE or t in ("li", "dd", "dt", "blockquote", "div", "section", "article"):
                    break
        if tag == "li":
            self._close_nearest(("li",), ("ol", "ul", "menu", "dir"))
        elif tag in ("dd", "dt"):
            self._close_nearest(("dd", "dt"), ("dl",))
        elif tag in ("td", "th"):
            self._close_nearest(("td", "th"), ("tr", "table"))
        elif tag == "tr":
            self._close_nearest(("tr",), ("table", "tbody", "thead", "tfoot"))
        elif tag in _HEADINGS and stack[-1].tag in _HEADINGS:
            self._pop_to(len(stack) - 1, self._offset())
        elif tag == "a":
            self._close_nearest(("a",), _BLOCK)

    def _close_nearest(self, tags: tuple[str, ...], barriers) -> None:
        stack = self.stack
        for i in range(len(stack) - 1, -1, -1):
            t = stack[i].tag
            if t in tags:
                self._pop_to(i, self._offset())
                return
            if t in barriers or t in _SCOPE:
                return

    def _end_capture_for_block(self) -> None:
        """A block start inside an unclosed ``<sup>`` or link ends that first."""
        cap = self.capture
        if cap is not None:
            idx = self.stack.index(cap.el)
            self._pop_to(idx, self._offset())

    def _pop_to(self, index: int, offset: int) -> None:
        while len(self.stack) > index:
            el = self.stack.pop()
            self._close(el, offset)

    def _close(self, el: _El, offset: int) -> None:
        if el.skip:
            self.skipping -= 1
            return
        kind = el.kind
        if not kind:
            return  # an inline element: nothing to end
        if kind == "capture":
            self._resolve_capture()
        elif kind == "title":
            self.in_title = False
            sink = self.title_sink
            if sink is not None:
                text = "".join(sink.parts)
                self.title = text or None
        elif kind == "note":
            self._finish_note(el)
        elif kind == "container":
            self.containers -= 1
        elif kind in ("article", "article-inner"):
            self.article_depth -= 1
            if kind == "article":
                self._flush()
        elif kind == "heading":
            self._flush()
        elif kind == "block":
            if self.note is not None:
                self.note.space(offset)
            else:
                self._flush()

    # -- references ------------------------------------------------------------------

    def _resolve_capture(self) -> None:
        cap = self.capture
        self.capture = None
        if cap is None:
            return
        chars: list[tuple[str, int]] = []
        for kind, text, off in cap.chunks:
            if kind == "t":
                chars.extend((ch, off + i) for i, ch in enumerate(text))
            else:
                chars.extend((ch, off) for ch in text)
        label_raw = "".join(ch for ch, _ in chars)
        label = " ".join(label_raw.split())
        m = _LABEL.match(label)
        note = self.note
        if note is not None:
            # a number at the start of a footnote body is its marker
            if m and not note.length and (cap.linked or "," not in label):
                if self.note_el is not None and self.note_el.data is None:
                    self.note_el.data = int(re.match(r"\d+", m.group(1)).group(0))
                return
            self._replay(note, cap)
            return
        if not cap.linked:
            if not m or self._exponent():
                sink = self._sink(cap.offset)
                if sink is not None:
                    self._replay(sink, cap)
                return
        sink = self._sink(cap.offset)
        if sink is None:
            return
        where = sink.length
        href = cap.href
        if m:
            for number, off in _numbers(chars):
                sink.refs.append((where, str(number), number, off, href))
            return
        # a linked reference without a plain number: "*", "a", an empty link
        number = _id_number(href)
        text_label = label.strip("[]() ") or (str(number) if number is not None else "")
        first = next((off for ch, off in chars if not ch.isspace()), cap.offset)
        if not label.strip():
            first = cap.offset
        sink.refs.append((where, text_label, int(text_label) if text_label.isdigit() else None, first, href))

    def _exponent(self) -> bool:
        """Does a bare ``<sup>`` number right here read as an exponent (``10⁶``, ``km²``)?"""
        block = self.block
        if block is None or block.pending >= 0 or not block.length:
            return False
        last = block.last_piece
        if not last:
            return False
        if last[-1].isdigit():
            return True
        word = re.search(r"[^\W\d_]+$", last)
        return bool(word) and word.group(0) in _UNITS

    def _replay(self, sink: _Sink, cap: _Capture) -> None:
        for kind, text, off in cap.chunks:
            self._feed(sink, kind, text, off)

    # -- blocks and notes ----------------------------------------------------------------

    def _flush(self) -> None:
        """End the current block, keeping it if it holds text or references."""
        sink = self.block
        self.block = None
        kind, level = self.block_kind, self.block_level
        self.block_kind, self.block_level = BlockKind.paragraph, 0
        if sink is None:
            return
        text, smap = sink.text_and_map()
        if not text and not sink.refs:
            return
        if kind is BlockKind.heading and level == 1 and self.first_h1 is None and text:
            self.first_h1 = text
        self.blocks.append(
            _BlockRec(kind, level, text, smap, self.current_key, self.h1_count, sink.refs, sink.start)
        )

    def _finish_note(self, el: _El) -> None:
        sink = self.note
        self.note = None
        self.note_el = None
        if sink is None:
            return
        text, smap = sink.text_and_map()
        number = el.data if isinstance(el.data, int) else None
        # a number written at the start of the body ("3. ", "[3] ", or "3 " when unnumbered)
        m = _NOTE_MARK.match(text)
        if m:
            bare = not m.group(1) and not m.group(3)
            if number is None or (int(m.group(2)) == number and not bare):
                number = int(m.group(2))
                shift = m.end()
                text, smap, _ = cut_spans(text, smap, [(0, shift)])
                sink.urls = [(max(0, pos - shift), url) for pos, url in sink.urls]
        back = [(mm.start(), mm.end()) for mm in _BACK_CHARS.finditer(text)]
        if back:
            text, smap, _ = cut_spans(text, smap, back)
        stripped = text.rstrip()
        if len(stripped) != len(text):
            text = stripped
        if number is None and el.tag == "p" and self.containers:
            return  # a paragraph in a notes section that is not a numbered note
        urls: list[tuple[int, str]] = list(sink.urls)
        urls.extend((start, url) for start, _, url in find_urls(text))
        urls.sort(key=lambda item: item[0])
        ordered = tuple(dict.fromkeys(url for _, url in urls))
        label = str(number) if number is not None else (el.attrs.get("id") or "")
        self.notes.append(
            _NoteRec(
                number,
                label,
                text,
                smap,
                ordered,
                self.current_key,
                self.h1_count,
                el.offset,
                el.attrs.get("id"),
                self.article_depth > 0,
            )
        )

    def finish(self) -> None:
        self._pop_to(0, len(self.text))
        self._flush()


def read_html(source: Source, *, metadata: Metadata | None = None) -> Document:
    """Read an HTML draft into a :class:`Document` with ``format="html"``."""
    # The reader makes many small objects and frees none of them until it is done, so
    # cyclic garbage collection during the parse only costs time (a quarter of it on a
    # large page); it is paused, as mypy does for its build, and restored afterwards.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        reader = _parse(source)
        articles = _assemble(source, reader)
    finally:
        if gc_was_enabled:
            gc.enable()

    meta = Metadata(title=reader.title or reader.first_h1, publication_date=reader.date)
    if metadata is not None:
        meta = meta.model_copy(update=metadata.model_dump(exclude_none=True))
    doc = Document(
        path=source.path,
        format="html",
        metadata=meta,
        articles=tuple(articles),
        suppressions=tuple(parse_suppressions(source)),
    )
    return doc.with_source(source)


def _parse(source: Source) -> _Reader:
    reader = _Reader(source)
    try:
        reader.feed(source.text)
        reader.close()
    except (AssertionError, ValueError, IndexError, TypeError, RecursionError) as exc:  # pragma: no cover
        # HTMLParser is written not to fail on bad markup; this is a last line of defence
        line, col = reader.getpos()
        raise InputError(
            f"cannot parse the HTML: {exc}",
            path=source.path,
            line=line,
            column=col + 1,
            hint="check the markup near this place, or save the page again from a browser",
            code="E113",
            source_line=source.line_text(line),
        ) from None
    reader.finish()
    return reader


def _assemble(source: Source, reader: _Reader) -> list[Article]:
    """Group blocks and footnotes into articles (by ``<article>``, else by ``<h1>``)."""
    by_article = reader.article_count > 0
    if by_article:
        block_key = [b.key for b in reader.blocks]
        note_key = [n.key for n in reader.notes]
    else:
        block_key = [b.h1 for b in reader.blocks]
        note_key = [n.h1 for n in reader.notes]
    # a footnote body outside its article (pandoc's end-of-document notes) joins the one
    # article whose references link to it
    ref_targets: dict[str, set[int]] = {}
    for rec, key in zip(reader.blocks, block_key):
        for _, _, _, _, href in rec.refs:
            if href:
                ref_targets.setdefault(href, set()).add(key)
    for i, rec in enumerate(reader.notes):
        if by_article and rec.in_article:
            continue
        targets = ref_targets.get(rec.ident or "", ())
        if len(targets) == 1:
            note_key[i] = next(iter(targets))

    keys = sorted(set(block_key) | set(note_key))
    index_of = {key: i for i, key in enumerate(keys)}
    n_articles = max(len(keys), 1)
    blocks: list[list[Block]] = [[] for _ in range(n_articles)]
    refs: list[list[FootnoteRef]] = [[] for _ in range(n_articles)]
    notes: list[list[Footnote]] = [[] for _ in range(n_articles)]
    titles: dict[int, str] = {}
    h1_titles: dict[int, str] = {}

    for rec, key in zip(reader.blocks, block_key):
        a = index_of[key]
        if rec.text:
            loc = source.location(rec.smap.to_file(0))
        elif rec.refs:
            loc = source.location(rec.refs[0][3])
        else:
            loc = source.location(rec.start)
        index = len(blocks[a])
        blocks[a].append(Block(kind=rec.kind, text=rec.text, source_map=rec.smap, article=a, location=loc))
        if rec.kind is BlockKind.heading and rec.text:
            titles.setdefault(a, rec.text)
            if rec.level == 1:
                h1_titles.setdefault(a, rec.text)
        n = len(rec.text)
        for where, label, number, file_off, _ in rec.refs:
            refs[a].append(
                FootnoteRef(
                    number=number,
                    label=label,
                    article=a,
                    block=index,
                    offset=min(where, n),
                    location=source.location(file_off),
                )
            )

    for rec, key in zip(reader.notes, note_key):
        a = index_of[key]
        notes[a].append(
            Footnote(
                number=rec.number,
                label=rec.label,
                text=rec.text,
                urls=rec.urls,
                article=a,
                source_map=rec.smap,
                location=source.location(rec.offset),
            )
        )

    articles = []
    for a in range(n_articles):
        key = keys[a] if keys else 0
        if by_article:
            title = h1_titles.get(a) or (titles.get(a) if key >= 0 else None)
        else:
            title = h1_titles.get(a) if key > 0 else None
        first: Location
        if blocks[a]:
            first = blocks[a][0].location
        elif notes[a]:
            first = notes[a][0].location
        else:
            first = source.location(0)
        articles.append(
            Article(
                index=a,
                title=title,
                location=first,
                blocks=tuple(blocks[a]),
                refs=tuple(refs[a]),
                footnotes=tuple(notes[a]),
            )
        )
    return articles
