"""Reader for HTML drafts and saved web pages (pandoc, kramdown, Hugo, MediaWiki, news sites,
Word exports).

The stdlib :class:`html.parser.HTMLParser` reads the markup with ``convert_charrefs=False``,
so every run of text and every entity arrives with its exact place in the file; entities
are decoded here, each decoded character mapped to the ``&`` that starts it. (Decoding the
bytes -- BOM, UTF-8, ``<meta charset>``, windows-1252 -- is
:func:`claimcheck.ingest.read_html_text`.) What the reader does:

* **Blocks.** ``p``, ``li``, ``blockquote``, ``dd``/``dt``, ``td``/``th``, ``figcaption``,
  ``div`` and the other block-level elements end one block and start the next. White space
  is collapsed as a browser shows it; ``<br>`` is a space; a no-break space (``&nbsp;``,
  U+00A0, U+202F, U+2007) is read as a space, one character for one, so "163&nbsp;million"
  is "163 million"; soft hyphens and zero-width spaces are left out, the text after them
  keeping its place.
* **Block classes** (:class:`~claimcheck.document.BlockKind`), from the element and the
  elements around it: ``h1``-``h6`` are headings, the first ``h1`` of an article its title;
  ``li`` a list item; ``pre`` code; ``figure`` figure, ``figcaption``/``caption`` and
  ``class="caption|credit"`` caption; ``table`` cells table -- except in a layout table
  (no ``th``/``caption``, but headings or paragraphs of 200 characters), whose cells are
  text; ``address``, ``class="byline|author|date|dateline"``, a block with an ``<a
  rel="author">`` or starting with ``<time>`` byline (when short); ``#toc``/``.toc``/
  ``role="doc-toc"`` toc; ``class="pullquote"`` pull quote; ``nav``, ``aside``, ``footer``,
  a ``header`` outside an article, ``role`` navigation/banner/contentinfo/complementary/search,
  and class or id words of furniture (cookie and consent banners, share and social widgets,
  newsletter boxes, related links, comments, sidebars, MediaWiki's navboxes, hatnotes and
  category links) furniture -- unless such a class-named element holds a large part of the
  page's running text (a layout wrapper such as ``panel-two-col-sidebar``). The lines of a
  notes section become footnotes; a note that itself cites notes also gives a block of the
  notes class holding those references. Only paragraphs and list items are prose.
* **Skipped.** ``script``, ``style``, ``noscript``, ``template``, ``svg``, ``math``,
  ``iframe`` and form controls, elements with the ``hidden`` attribute or
  ``style="display:none"``, screen-reader-only text, MediaWiki's edit links, note
  back-links and "[citation needed]" marks. The ``<head>`` only gives metadata.
* **Content and articles.** A page with ``<main>`` (or ``role="main"``) or ``<article>``
  elements has its content there; the rest is furniture. One ``<article>`` that holds three
  times the running text of all others together is the page's article (the others are
  teasers, related stories, comment cards); several comparable ``<article>`` elements are
  an issue of several articles, each an article (text before the first is an article of
  its own, text between them joins the one before). Otherwise a page is ONE article:
  ``<h1>``/``<h2>`` sections are sections, and a new article starts only where the
  reference numbers restart at 1 after a heading.
* **In-text references** -- ``<sup>5</sup>``, ``<sup>[5]</sup>``, ``<sup>4, 5</sup>``, a
  ``<sup>`` holding a link to an element of this page (MediaWiki's ``<sup
  class="reference"><a href="#cite_note-…">[1]</a></sup>``, kramdown's and Hugo's
  ``<sup id="fnref:1"><a href="#fn:1">``, digital.gov's ``<sup><a href="#fn1">[1]</a></sup>``,
  O'Reilly's ``data-type="noteref"``), a link that is a reference by itself (pandoc's
  ``<a href="#fn1" class="footnote-ref" role="doc-noteref"><sup>1</sup></a>``, Word's
  ``<a href="#_ftn1">[1]</a>``, GitHub's ``data-footnote-ref``) -- are removed from the
  block text and recorded with their offset in it and the file location of their label.
  A link to this page may be written with the page's address (its canonical link or
  ``og:url``; when it names none, any address whose ``#id`` exists on the page). Not
  references: a bare ``<sup>`` that reads as an exponent (``10<sup>6</sup>``,
  ``km<sup>2</sup>``, ``n<sup>2</sup>``, MediaWiki math), ordinal suffixes
  (``1<sup>st</sup>``), and raised numbers linking to another page or site.
* **Footnote bodies.** Inside a notes container (``<section class="footnotes">``,
  ``role="doc-endnotes"``, ``<div class="footnotes">``, MediaWiki's ``<ol class="references">``
  and ``div.reflist``, digital.gov's ``ol.dg-footnote__list``) each ``<li>`` is a footnote
  numbered as the browser numbers it (``<ol start="7">``, ``<li value="9">``) and each
  ``<p>`` one numbered by its leading number or linked to by a reference; anywhere, an
  ``li``, ``p``, ``div``, ``aside``, ``section`` or ``dd`` whose id looks like ``fn3``,
  ``fn:3``, ``footnote-3``, ``ftn3``, ``note3`` or LibreOffice's ``sdfootnote3``/``sdendnote3``,
  or whose role is ``doc-footnote``/``doc-endnote``, is a footnote, and so is a plain
  paragraph starting with a link whose id looks like one and which links back to a
  reference (Google Docs' ``<p><a href="#ftnt_ref3" id="ftnt3">[3]</a> …</p>``). A number at the start of the body (``[3]``, ``3.``,
  ``<sup>3</sup>``, a link at its start as Word and Substack write it, whose id or name
  then also names the note) is taken off; back-links after the text (``↩``,
  ``class="footnote-back"``, ``role="doc-backlink"``, links to a reference's id,
  MediaWiki's ``^ a b``) are dropped. Python-Markdown's ``<div class="footnote">`` holding
  an ``<ol>`` is a notes list; Substack's ``<div class="footnote">`` is one note.
  ``Footnote.urls`` holds the absolute ``href`` targets and the bare URLs in the text.
* **Matching.** A reference and its note are matched by the link's target (``href`` to
  ``id``), never by guessing from numbers: the note takes the label its references show
  (``1``, ``n 1``, ``a``), so a named MediaWiki reference used three times, a lettered
  note group and a book chapter whose notes run from 22 all match. A note's own
  references are ordered where the note is referenced. Footnote bodies outside the
  content belong to the article whose references link to them, and are dropped when no
  reference of the content does.
* **Metadata.** The title is ``og:title``, else ``<title>``, else the first ``<h1>``. The
  publication date is the first readable of: ``<meta>`` ``article:published_time``,
  ``citation_publication_date``, ``DC.date.issued``/``dcterms.issued``, ``date``/
  ``dcterms.date``/``dc.date``/``itemprop=datePublished``, ``publication_date`` (a word
  processor's custom property in LibreOffice's export), then JSON-LD ``datePublished`` (unless
  ``dateModified`` is over a year later: a wiki article), then ``<time datetime>`` (in a byline first, then in the article, then anywhere).
  ISO 8601 with any time and offset (``Z``, ``-04:00``) and ``YYYY/MM/DD`` are read
  directly, other forms by dateparser (full dates only). A value in no readable form is a
  reading notice (rule CC002), never an error.
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
import functools
import gc
from claimcheck import lazyre as re
from html import unescape
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit

from claimcheck.document import (
    PROSE_KINDS,
    Article,
    Block,
    BlockKind,
    Document,
    Footnote,
    FootnoteRef,
    Metadata,
    Notice,
    Source,
    SourceMap,
)
from claimcheck.errors import InputError
from claimcheck.ingest.common import ArticleParts, find_urls, parse_suppressions, ymd_date
from claimcheck.ingest.textmap import cut_spans

__all__ = ["read_html"]

# -- element classes -----------------------------------------------------------------

_VOID = frozenset("area base br col embed hr img input keygen link meta param source track wbr".split())
_SKIP = frozenset("script style noscript template svg math iframe object canvas select button".split())
# classes whose elements are never read: MediaWiki's edit links, "[citation needed]", note
# back-links ("^ a b") and the "(PDF)" format label after a cited link; text for screen
# readers only
_SKIP_CLASSES = frozenset(
    {
        "noprint",
        "mw-editsection",
        "mw-cite-backlink",
        "mw-jump-link",
        "cs1-format",
        "sr-only",
        "screen-reader-text",
        "visually-hidden",
        "visuallyhidden",
    }
)
_FURNITURE_ROLES = frozenset({"navigation", "banner", "contentinfo", "search", "complementary"})
_FURNITURE_TAGS = frozenset({"nav", "aside", "footer"})
# class or id words of page furniture: cookie banners, share widgets, navigation boxes,
# related links, comment threads, advertising (matched as whole words of a class or id)
_FURNITURE_WORD = re.compile(
    r"(?:^|[-_\s])(?:cookies?|consent|gdpr|share|sharing|social|newsletter|subscribe|subscription|related|"
    r"promo|advert|advertisement|ads?|sponsored|navbox|vertical-navbox|catlinks|sidebar|breadcrumbs?|"
    r"comments?|masthead|menu|navigation|navbar|toolbar|popup|modal|paywall|printfooter|"
    r"site-header|site-footer|page-footer|global-header|global-footer)(?:$|[-_\s])",
    re.IGNORECASE,
)
_TOC_WORD = re.compile(r"(?:^|[-_\s])(?:toc|table-of-contents|tableofcontents)(?:$|[-_\s])", re.IGNORECASE)
_PULL_WORD = re.compile(r"(?:^|[-_\s])(?:pull-?quote|pullout|pull-out)(?:$|[-_\s])", re.IGNORECASE)
_BYLINE_WORD = re.compile(
    r"byline|dateline|(?:^|\s)(?:author|authors|date|pubdate|published|post-date|entry-date|post-meta|entry-meta)(?:$|\s)",
    re.IGNORECASE,
)
_CAPTION_WORD = re.compile(
    r"(?:^|[-_\s])(?:caption|wp-caption-text|credit|image-credit|photo-credit)(?:$|[-_\s])", re.IGNORECASE
)
_ANY_WORD = re.compile(
    "|".join(p.pattern for p in (_FURNITURE_WORD, _TOC_WORD, _PULL_WORD, _BYLINE_WORD, _CAPTION_WORD)),
    re.IGNORECASE,
)
_SHORT_BLOCK = 200  # a byline or a layout-table cell longer than this is running text
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
    r"^(?:user-content-)?(?:sd)?_?(?:fn|footnote|ftnt?|endnote|note)s?[-:_.]?(\d{1,4})$", re.IGNORECASE
)
_BACK_ID = re.compile(
    r"^(?:user-content-)?(?:sd)?_?(?:fnref|footnotes?-?ref|ftnt?_?ref|noteref|endnoteref|cite_ref)", re.IGNORECASE
)
_CONTAINER_CLASSES = frozenset(
    {
        "footnotes",
        "footnote-list",
        "footnotes-list",
        "endnotes",
        "notes-list",
        "dg-footnote__list",
        "reflist",
        "mw-references-wrap",
    }
)
_REF_CLASSES = frozenset({"footnote-ref", "footnote-reference", "footnoteref", "footnote-link", "noteref"})
_BACK_CLASSES = frozenset({"footnote-back", "footnote-backref", "footnote-backlink", "reversefootnote"})
_LABEL = re.compile(r"^\[?\s*([0-9]{1,3}(?:\s*[,–—-]\s*[0-9]{1,3})*)\s*\]?$")
_DIGITS = frozenset("0123456789")
_ENTITY_CACHE: dict[str, str] = {}
_NO_ATTRS: dict[str, str] = {}
_NOTE_MARK = re.compile(r"^(\[)?([0-9]{1,3})(?(1)\]|([.):])?)(?:\s+|$)")
_WS_FIX = re.compile(r"[ \t\n\r\f]{2,}|[\t\n\r\f]|^ | $")
# no-break, narrow no-break and figure spaces read as spaces; soft hyphens and zero-width
# spaces are left out (the Markdown reader's shared normaliser does the same for Markdown)
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2007": " "})
_INVISIBLE = re.compile("[\u00ad\u200b]")
_WS_ONLY = re.compile(r"^[ \t\n\r\f]*$")
_BACK_CHARS = re.compile("[\u21a9\u21aa][\ufe0e\ufe0f]?")
_DATE = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
# block elements whose class, id or role can make them page furniture, a byline, a caption...
# (never the page or the article itself)
_CLASSED = frozenset(
    """address aside blockquote center details dd div dl dt fieldset figcaption figure footer form
    h1 h2 h3 h4 h5 h6 header hgroup li menu nav ol p section summary table ul""".split()
)
_CTX_TAGS = frozenset("pre figcaption caption figure address nav aside footer header table time".split())
_HEADER_OK_INSIDE = frozenset({"article", "main", "section"})
# ``\sid\s*=\s*["']?([^"'\s>]+)`` with re.IGNORECASE, its "i" matched first (every character
# re.IGNORECASE reads as an i: the scan skips to them, not to every space of the page)
_ID_ATTR = re.compile(r"""[iI\u0130\u0131](?<=\s.)[dD]\s*=\s*["']?([^"'\s>]+)""")
# <meta> names that give the publication date, best first
_DATE_NAMES = {
    "article:published_time": 0,
    "citation_publication_date": 1,
    "citation_date": 1,
    "dc.date.issued": 2,
    "dcterms.issued": 2,
    "date": 3,
    "dcterms.date": 3,
    "dc.date": 3,
    "datepublished": 3,
    "og:published_time": 3,
    "publish-date": 4,
    "pubdate": 4,
    "publication_date": 4,  # a word processor's custom property (LibreOffice's HTML export)
    "publication-date": 4,
    "sailthru.date": 5,
    "parsely-pub-date": 5,
}


# -- text sinks ----------------------------------------------------------------------


class _Sink:
    """Collects the collapsed text of one block, footnote body or title.

    It works as :class:`~claimcheck.ingest.textmap.TextBuilder` does (text pieces plus
    ``(text offset, file offset)`` anchors wherever the text stops running in step with the
    file), specialised for browser white-space collapsing, which is the reader's hot path.
    """

    __slots__ = (
        "parts",
        "anchors",
        "length",
        "next_file",
        "pending",
        "last_piece",
        "refs",
        "urls",
        "start",
        "ctx",
        "li",
        "byline",
        "in_main",
        "in_article",
        "soft",
        "table",
        "quoted",
    )

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
        self.ctx: BlockKind | None = None  # the class its surroundings give the block
        self.li = False
        self.byline = False
        self.in_main = False
        self.in_article = False
        self.soft = -1  # file offset of the element that made it furniture by a class word
        self.table = -1  # file offset of the table it stands in
        self.quoted = False  # inside a <blockquote>

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
        """Add raw file text, collapsing white space as a browser does.

        A no-break space (and the narrow and figure spaces) is read as a space, one
        character for one, so "163&nbsp;million" reads as "163 million"; a soft hyphen or a
        zero-width space is left out (the text after it keeps its own place)."""
        if not text.isascii():
            text = text.translate(_SPACES)
            if "\u00ad" in text or "\u200b" in text:
                pos = 0
                for m in _INVISIBLE.finditer(text):
                    if m.start() > pos:
                        self._add_run(text[pos : m.start()], offset + pos)
                    pos = m.end()
                if pos < len(text):
                    self._add_run(text[pos:], offset + pos)
                return
        self._add_run(text, offset)

    def _add_run(self, text: str, offset: int) -> None:
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
        if not decoded.isascii():
            decoded = _INVISIBLE.sub("", decoded.translate(_SPACES))
            if not decoded:
                return  # &shy;
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

    __slots__ = ("tag", "kind", "attrs", "offset", "skip", "counter", "data", "ctx", "main", "soft")

    def __init__(self, tag: str, attrs: dict[str, str], offset: int) -> None:
        self.tag = tag
        self.attrs = attrs
        self.offset = offset
        self.kind = ""  # block | heading | article | container | note | capture | title | link | list
        self.skip = False
        self.counter = 1
        self.data: object = None
        self.ctx: BlockKind | None = None  # the class this element gives the blocks inside it
        self.main = False  # a <main> (or role="main") element
        self.soft = False  # furniture only by a word of its class or id: checked against its size


class _Capture:
    """A ``<sup>`` or footnote link being read: its chunks, replayed if not a reference."""

    __slots__ = ("el", "chunks", "href", "linked", "offset", "external", "drop")

    def __init__(self, el: _El, offset: int) -> None:
        self.el = el
        self.chunks: list[tuple[str, str, int]] = []  # (kind, text, file offset)
        self.href: str | None = None
        self.linked = False
        self.offset = offset
        self.external = False  # links to another page or site: text, never a reference
        self.drop = False  # MediaWiki's page locator after a reference (": 207"): not text


class _BlockRec:
    __slots__ = (
        "kind",
        "level",
        "text",
        "smap",
        "key",
        "h1",
        "refs",
        "start",
        "in_main",
        "in_article",
        "note_id",
        "soft",
        "table",
        "quoted",
    )

    def __init__(
        self,
        kind: BlockKind,
        level: int,
        text: str,
        smap: SourceMap,
        key: int,
        h1: int,
        refs: list[tuple[int, str, int | None, int, str | None]],
        start: int,
        in_main: bool = False,
        in_article: bool = False,
    ) -> None:
        self.kind = kind
        self.level = level
        self.text = text
        self.smap = smap
        self.key = key
        self.h1 = h1
        self.refs = refs
        self.start = start
        self.in_main = in_main
        self.in_article = in_article
        self.note_id: str | None = None
        self.soft: tuple[int, BlockKind] | None = None  # (element offset, kind without it)
        self.table: tuple[int, BlockKind] | None = None  # (table offset, kind without it)
        self.quoted = False  # inside a <blockquote>


class _NoteRec:
    __slots__ = (
        "number",
        "label",
        "text",
        "smap",
        "urls",
        "key",
        "h1",
        "offset",
        "ident",
        "in_article",
        "in_main",
        "linked_label",
        "links",
    )

    def __init__(
        self,
        number: int | None,
        label: str,
        text: str,
        smap: SourceMap,
        urls: tuple[str, ...],
        key: int,
        h1: int,
        offset: int,
        ident: str | None,
        in_article: bool,
        in_main: bool = False,
    ) -> None:
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
        self.in_main = in_main
        self.linked_label: tuple[str, int | None] | None = None
        self.links: tuple[tuple[int, str], ...] = ()  # (offset in text where the link's words start, href)


def _url_key(url: str) -> str:
    """An address without scheme, query and trailing slash, to compare a page's own links."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:  # "http://[::1" and other addresses urllib refuses
        return url.strip()
    return (parts.netloc.lower() + parts.path).rstrip("/")


def _classes(attrs: dict[str, str]) -> frozenset[str]:
    return _class_set(attrs.get("class") or "")


@functools.lru_cache(maxsize=4096)
def _class_set(value: str) -> frozenset[str]:
    """The classes of a ``class`` attribute, lower-cased (read once per distinct value: a
    page repeats a few values on thousands of elements)."""
    return frozenset(value.lower().split())


@functools.lru_cache(maxsize=4096)
def _names_a_known_word(words: str) -> bool:
    """Does an element's class and id name anything the reader knows (``_ANY_WORD``)? Read
    once per distinct value, as :func:`_class_set`."""
    return _ANY_WORD.search(words) is not None


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
    """A date from a ``<meta>``, ``<time>`` or JSON-LD value: ISO 8601 with any time and
    offset (``2016-03-21T12:00:00-04:00``, ``...Z``), ``YYYY/MM/DD``, else what dateparser
    reads as a full date (``March 21, 2016``); ``None`` when there is no full date."""
    value = value.strip()
    m = _DATE.match(value)
    if m:
        return ymd_date(m)
    if not value or len(value) > 64 or not any(ch.isdigit() for ch in value):
        return None
    try:
        return dt.datetime.fromisoformat(value).date()
    except ValueError:
        pass
    try:
        import dateparser  # slow to import: only for dates in an unusual form

        parsed = dateparser.parse(value, settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]})
    except Exception:  # noqa: BLE001 - dateparser raises many kinds of error on odd input
        return None
    return parsed.date() if parsed is not None else None


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
        # every id in the page, to tell a link to a note of this page from a link elsewhere
        self.ids = frozenset(_ID_ATTR.findall(source.text))
        self.own_urls: set[str] = set()  # the page's own address (canonical link, og:url)
        self.ref_ids: set[str] = set()  # ids of reference markers, to recognise back-links
        self.linked: set[str] = set()  # ids that references link to
        self.main_depth = 0
        self.main_seen = False
        self.byline_next = False
        self.note_alias: str | None = None
        self.note_mark_linked = False  # the open note starts with a link (its number, linking back)
        self._soft = False
        self.data_tables: set[int] = set()  # tables with header cells or a caption
        self.date_candidates: list[tuple[int, str, str, int]] = []  # (priority, value, where, offset)
        self.time_values: list[tuple[str, int, int]] = []  # <time datetime>: value, priority, offset
        self.jsonld: list[str] = []
        self.og_title: str | None = None
        self.in_jsonld = False

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

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        offset = self.line_starts[self.lineno - 1] + self.offset
        # HTMLParser lower-cases names; a value is None for a bare attribute ("hidden")
        amap = {k: v or "" for k, v in attrs} if attrs else _NO_ATTRS
        if tag in _VOID:
            self._void(tag, amap, offset)
            return
        if self.skipping:
            self._push_skipped(_El(tag, amap, offset))
            return
        if self.in_title:
            # a title holds no markup: a tag inside means it was never closed
            for i in range(len(self.stack) - 1, -1, -1):
                if self.stack[i].kind == "title":
                    self._pop_to(i, offset)
                    break
        self._implicit_close(tag)
        el = _El(tag, amap, offset)
        skip = self._hidden(tag, amap)
        if tag == "script" and amap.get("type", "").lower() == "application/ld+json":
            self.in_jsonld = True
        if skip:
            self._push_skipped(el)
            return
        if tag == "title" and self.title is None and self.title_sink is None:
            el.kind = "title"
            self.title_sink = _Sink(offset)
            self.in_title = True
            self.stack.append(el)
            return
        self._note_context(el, tag, amap, offset)
        if tag in _BLOCK:
            self._open_block(el, tag, amap, attrs, offset)
            return
        if tag == "a" and self.note is None:
            self._anchor_opens_note(amap, offset)
        self._open_inline(el, tag, amap, offset)
        self.stack.append(el)

    def _anchor_opens_note(self, amap: dict[str, str], offset: int) -> None:
        """Google Docs puts a note's id on a link at the start of a plain paragraph
        (``<p><a href="#ftnt_ref1" id="ftnt1">[1]</a> …</p>``): that paragraph is the note."""
        number = _id_number(amap.get("id") or amap.get("name"))
        if number is None or self.capture is not None or self.containers:
            return
        if not _BACK_ID.match(_fragment(amap.get("href")) or ""):
            return  # a note's anchor links back to its reference
        sink = self.block
        if sink is not None and (sink.length or sink.refs):
            return  # only at the start of the paragraph
        el = next((e for e in reversed(self.stack) if e.kind), None)
        if el is None or el.kind != "block" or el.tag not in _NOTE_TAGS:
            return
        self.block = None
        self._open_note(el, number, offset)

    def _open_note(self, el: _El, number: int | None, offset: int) -> None:
        """``el`` starts the footnote numbered ``number`` (None: by the number it starts with)."""
        el.kind = "note"
        el.data = number
        self.note = _Sink(offset)
        self.note_el = el
        self.note_alias = None
        self.note_mark_linked = False

    def _hidden(self, tag: str, amap: dict[str, str]) -> bool:
        """An element whose content is not read: scripts and styles, hidden ones, backlinks."""
        skip = tag in _SKIP or "hidden" in amap or (tag == "a" and self._is_backlink(amap))
        if not skip and amap:
            if "class" in amap and not _classes(amap).isdisjoint(_SKIP_CLASSES):
                skip = True
            elif "display:none" in amap.get("style", "").replace(" ", "").lower():
                skip = True
        return skip

    def _note_context(self, el: _El, tag: str, amap: dict[str, str], offset: int) -> None:
        """What an opening tag tells of its surroundings: a data table, a list's first
        number, the main content, the element's context, a date given in ``<time>``."""
        if tag in ("th", "caption", "thead"):
            table = next((e for e in reversed(self.stack) if e.tag == "table"), None)
            if table is not None:
                self.data_tables.add(table.offset)
        if tag in ("ol", "ul"):
            start = amap.get("start", "").strip()
            el.counter = int(start) if re.fullmatch(r"-?\d{1,6}", start) else 1
        if tag == "main" or amap.get("role", "").lower() == "main":
            el.main = True
            self.main_depth += 1
            self.main_seen = True
        elif tag in _CTX_TAGS or (amap and tag in _CLASSED and ("class" in amap or "id" in amap or "role" in amap)):
            self._soft = False
            el.ctx = self._element_ctx(tag, amap)
            el.soft = self._soft
        if tag == "time" and amap.get("datetime") and len(self.time_values) < 50:
            where = 0 if self._in_byline() else 1 if (self.article_depth or self.main_depth) else 2
            self.time_values.append((amap["datetime"], where, offset))

    def _open_block(
        self, el: _El, tag: str, amap: dict[str, str], attrs: list[tuple[str, str | None]], offset: int
    ) -> None:
        """A block element opens: an article, a notes container, a note, a block of a note,
        a heading or a block of text."""
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
        if self._open_in_notes(el, tag, amap, attrs, offset):
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

    def _open_in_notes(
        self, el: _El, tag: str, amap: dict[str, str], attrs: list[tuple[str, str | None]], offset: int
    ) -> bool:
        """A block that opens a notes container or a note, or opens inside a note; ``False``
        for a block of the text."""
        if self.note is None:
            if self._is_container(tag, amap):
                self._flush()
                el.kind = "container"
                self.containers += 1
                self.stack.append(el)
                return True
            number = self._note_number(tag, amap)
            if number is False:
                return False
            self._flush()
            self._open_note(el, number, offset)
            self.stack.append(el)
            return True
        if tag in ("ol", "ul", "li") and self._note_is_list_holder():
            # Python-Markdown's <div class="footnote"><hr><ol><li id="fn:1">: the
            # "note" is the notes list
            holder = self.note_el
            self.note = None
            self.note_el = None
            holder.kind = "container"  # type: ignore[union-attr]  # note_el is set while a note is open
            self.containers += 1
            self.handle_starttag(tag, attrs)
            return True
        if tag == "li":
            self._list_number(amap)
        self.note.space(offset)
        el.kind = el.kind or "block"
        self.stack.append(el)
        return True

    def _open_inline(self, el: _El, tag: str, amap: dict[str, str], offset: int) -> None:
        """An inline element opens: a reference mark (a ``<sup>`` or a link to a note), a
        link inside one, a note's own anchor, an author link, a link a note cites."""
        if tag in ("sup", "a") and self.capture is None:
            linked = tag == "a" and self._is_ref_link(amap)
            if tag == "sup" or linked:
                el.kind = "capture"
                cap = _Capture(el, offset)
                if linked:
                    cap.linked = True
                    cap.href = self._target(amap.get("href"))
                elif tag == "sup" and "reference" in _classes(amap):
                    cap.drop = True  # unless a link inside makes it a reference
                if amap.get("id"):
                    self.ref_ids.add(amap["id"])
                self.capture = cap
                return
        if tag != "a":
            return
        if self.capture is not None and not self.capture.linked:
            href = amap.get("href")
            target = self._target(href)
            if target is not None:
                self.capture.linked = True
                self.capture.href = target
            elif href and not href.lstrip().startswith(("javascript:", "#")):
                self.capture.external = True
            if amap.get("id"):
                self.ref_ids.add(amap["id"])
        if self.note is not None and not self.note.length and self.note_alias is None:
            # Substack and Word put the note's anchor on a link at its start
            self.note_alias = amap.get("id") or amap.get("name") or None
            self.note_mark_linked = "href" in amap
        if "author" in amap.get("rel", "").lower().split():
            if self.block is not None:
                self.block.byline = True
            else:
                self.byline_next = True
        href = amap.get("href", "").strip()
        if href[:7].lower() == "http://" or href[:8].lower() == "https://":
            sink = self.note
            if sink is not None:
                sink.urls.append((sink.length, href))

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
            if self.in_jsonld and len(self.jsonld) < 20:
                self.jsonld.append(data)
            return
        offset = self.line_starts[self.lineno - 1] + self.offset
        if self.in_title:
            self.title_sink.add_text(data, offset)  # type: ignore[union-attr]  # set while in the title
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
            self._feed(self.title_sink, kind, text, offset)  # type: ignore[arg-type]  # set while in the title
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
            sink = self.block = _Sink(offset)
            sink.ctx, sink.li, sink.soft = self._context()
            if sink.ctx is BlockKind.table:
                sink.table = next((el.offset for el in reversed(self.stack) if el.tag == "table"), -1)
            sink.in_main = self.main_depth > 0
            sink.in_article = self.article_depth > 0
            sink.quoted = any(el.tag == "blockquote" for el in self.stack)
            if self.byline_next:
                sink.byline = True
                self.byline_next = False
        return self.block

    def _void(self, tag: str, amap: dict[str, str], offset: int) -> None:
        if tag == "meta":
            name = (amap.get("name") or amap.get("property") or amap.get("itemprop") or "").lower()
            content = amap.get("content", "")
            priority = _DATE_NAMES.get(name)
            if priority is not None and content.strip():
                self.date_candidates.append((priority, content.strip(), f"<meta {name}>", offset))
            elif name in ("og:url", "twitter:url") and content.strip():
                self.own_urls.add(_url_key(content))
            elif name in ("og:title",) and content.strip() and self.og_title is None:
                self.og_title = " ".join(unescape(content).split())
            return
        if tag == "link":
            if "canonical" in amap.get("rel", "").lower().split() and amap.get("href", "").strip():
                self.own_urls.add(_url_key(amap["href"]))
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
            self._break(offset)

    def _is_container(self, tag: str, amap: dict[str, str]) -> bool:
        if tag not in ("section", "div", "ol", "ul", "aside", "footer", "dl"):
            return False
        role = amap.get("role", "").lower()
        if role in ("doc-endnotes", "doc-footnotes"):
            return True
        classes = _classes(amap)
        if classes & _CONTAINER_CLASSES:
            return True
        if tag == "ol" and "references" in classes:
            return True  # MediaWiki's reference list
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

    def _target(self, href: str | None) -> str | None:
        """The id a link points to on this page; ``None`` for a link to another page or site.

        ``#id`` is on this page; ``address#id`` is when the id is on this page and the
        address is the page's own (its canonical link or ``og:url``, or, when the page
        names no address of its own, any address: saved pages keep absolute links to
        themselves)."""
        if not href or "#" not in href:
            return None
        base, frag = href.strip().split("#", 1)
        if not frag:
            return None
        if "%" in frag:
            frag = unquote(frag)
        if not base:
            return frag
        if frag not in self.ids:
            return None
        if self.own_urls and _url_key(base) not in self.own_urls:
            return None
        return frag

    def _is_ref_link(self, amap: dict[str, str]) -> bool:
        """Is this ``<a>`` a footnote reference on its own (not inside a ``<sup>``)?"""
        href = amap.get("href")
        target = self._target(href)
        if target is None:
            return False
        if amap.get("role", "").lower() == "doc-noteref" or "data-footnote-ref" in amap:
            return True
        if amap.get("data-type", "").lower() == "noteref" or _classes(amap) & _REF_CLASSES:
            return True
        return _NOTE_ID.match(target) is not None or target.startswith("cite_note")

    def _is_backlink(self, amap: dict[str, str]) -> bool:
        if self.note is None:
            return False
        note = self.note
        if not note.length:
            return False  # a linked number at the start of a note is its marker
        if amap.get("role", "").lower() == "doc-backlink" or "data-footnote-backref" in amap:
            return True
        if _classes(amap) & _BACK_CLASSES:
            return True
        frag = _fragment(amap.get("href"))
        if frag is None:
            return False
        return frag in self.ref_ids or _BACK_ID.match(frag) is not None

    def _note_is_list_holder(self) -> bool:
        el = self.note_el
        return (
            el is not None
            and self.note is not None
            and not self.note.length
            and el.tag == "div"
            and not el.attrs.get("id")
            and "footnote" in _classes(el.attrs)
        )

    def _in_byline(self) -> bool:
        return any(el.ctx is BlockKind.byline for el in self.stack)

    def _element_ctx(self, tag: str, amap: dict[str, str]) -> BlockKind | None:
        """The class an element gives the blocks inside it, if any."""
        if tag == "pre":
            return BlockKind.code
        if tag in ("figcaption", "caption"):
            return BlockKind.caption
        if tag == "figure":
            return BlockKind.figure
        if tag == "address" or tag == "time":
            return BlockKind.byline  # a block that starts with a date is a date line
        role = amap.get("role", "").lower()
        # (a heading's id is its anchor, made from its own words by pandoc, Hugo or Jekyll:
        # "2. The Harthill Navigation" gets id="the-harthill-navigation", "Social care" gets
        # "social-care"; such a word names no page furniture)
        words = amap.get("class", "") + " " + ("" if tag in _HEADINGS else amap.get("id", ""))
        if not role and tag not in _CTX_TAGS and not _names_a_known_word(words):
            return None  # the common case: a class that names nothing the reader knows
        if role == "doc-toc" or _TOC_WORD.search(words):
            return BlockKind.toc
        if _PULL_WORD.search(words) or role == "doc-pullquote":
            return BlockKind.pull_quote
        if role in _FURNITURE_ROLES or tag in _FURNITURE_TAGS:
            return BlockKind.furniture
        if tag == "header" and amap.get("id") != "title-block-header":  # pandoc's title block is the page's
            if not any(e.tag in _HEADER_OK_INSIDE or e.main for e in self.stack):
                return BlockKind.furniture
        if len(words) > 1:
            if _BYLINE_WORD.search(words):
                return BlockKind.byline
            if _CAPTION_WORD.search(words):
                return BlockKind.caption
            if _FURNITURE_WORD.search(words):
                self._soft = True
                return BlockKind.furniture
        if tag == "table":
            return BlockKind.table
        return None

    def _context(self) -> tuple[BlockKind | None, bool, int]:
        """The class the open elements give a block starting now, whether it is a list
        item, and the offset of the element that makes it furniture by a class word (-1)."""
        ctx: BlockKind | None = None
        li = False
        block_seen = False
        soft = -1
        for el in reversed(self.stack):
            if not block_seen and el.tag in _BLOCK:
                block_seen = True
                li = el.tag == "li"
            c = el.ctx
            if c is not None:
                if ctx is None or (ctx is BlockKind.table and c is not BlockKind.table):
                    # a layout table inside page furniture is furniture
                    ctx = c
                    if el.soft:
                        soft = el.offset
                        continue  # an outer element may make it furniture for sure
                    soft = -1
                    if c is not BlockKind.table:
                        break
                elif soft >= 0 and c is BlockKind.furniture and not el.soft:
                    soft = -1
                    break
        return ctx, li, soft

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

    def _close_nearest(self, tags: tuple[str, ...], barriers: tuple[str, ...] | frozenset[str]) -> None:
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
            if el.tag == "script":
                self.in_jsonld = False
            return
        if el.main:
            self.main_depth -= 1
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
            self._break(offset)

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
        if cap.drop and not cap.linked:
            return
        if cap.external and not cap.linked:
            # a raised number linking to another page or site is text, not a reference
            sink = self.note if note is not None else self._sink(cap.offset)
            if sink is not None:
                self._replay(sink, cap)
            return
        if note is not None:
            # a number at the start of a footnote body is its marker
            if m and not note.length and (cap.linked or "," not in label):
                if self.note_el is not None and self.note_el.data is None:
                    digits = m.group(1)
                    self.note_el.data = int(digits[: len(digits) - len(digits.lstrip("0123456789"))])
                return
            if cap.linked and cap.href:
                # a note that cites another note (MediaWiki's "[n 1]" notes cite the sources)
                self.linked.add(cap.href)
                self._add_refs(note, cap, chars, label, m)
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
        if cap.href:
            self.linked.add(cap.href)
        self._add_refs(sink, cap, chars, label, m)

    def _add_refs(
        self, sink: _Sink, cap: _Capture, chars: list[tuple[str, int]], label: str, m: re.Match[str] | None
    ) -> None:
        where = sink.length
        href = cap.href
        if m:
            for number, off in _numbers(chars):
                sink.refs.append((where, str(number), number, off, href))
            return
        # a linked reference without a plain number: "*", "a", an empty link
        linked = _id_number(href)
        text_label = label.strip("[]() ") or (str(linked) if linked is not None else "")
        first = next((off for ch, off in chars if not ch.isspace()), cap.offset)
        if not label.strip():
            first = cap.offset
        sink.refs.append(
            (
                where,
                text_label,
                int(text_label) if text_label.isdigit() and len(text_label) < 4000 else None,
                first,
                href,
            )
        )

    def _exponent(self) -> bool:
        """Does a bare ``<sup>`` number right here read as an exponent (``10⁶``, ``km²``)?"""
        block = self.block
        if block is None or block.pending >= 0 or not block.length:
            return False
        last = block.last_piece
        if not last:
            return False
        if last[-1].isdigit():
            return _power_base(last)
        word = re.search(r"[^\W\d_]+$", last)
        if word and (word.group(0) in _UNITS or len(word.group(0)) == 1):
            return True  # km², a variable: n², x³
        # inside MediaWiki's or another renderer's math markup
        return any("texhtml" in el.attrs.get("class", "") or el.tag == "var" for el in self.stack)

    def _replay(self, sink: _Sink, cap: _Capture) -> None:
        for kind, text, off in cap.chunks:
            self._feed(sink, kind, text, off)

    # -- blocks and notes ----------------------------------------------------------------

    def _push_skipped(self, el: _El) -> None:
        """Open an element whose content is not read (hidden, furniture, inside one)."""
        el.skip = True
        self.skipping += 1
        self.stack.append(el)

    def _break(self, offset: int) -> None:
        """Where a block ends (``</p>``, ``<hr>``): inside a note, a space; else the end of
        the current block."""
        if self.note is not None:
            self.note.space(offset)
        else:
            self._flush()

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
        ctx = sink.ctx
        base = kind
        if base is BlockKind.paragraph and sink.li:
            base = BlockKind.list_item
        if ctx is not None:
            if ctx is BlockKind.table and (kind is BlockKind.heading or len(text) >= _SHORT_BLOCK):
                pass  # a heading or running text in a layout table
            elif ctx is BlockKind.byline and len(text) >= _SHORT_BLOCK:
                pass
            else:
                kind = ctx
        elif kind is BlockKind.paragraph:
            if sink.byline and len(text) < _SHORT_BLOCK:
                kind = BlockKind.byline
            elif sink.li:
                kind = BlockKind.list_item
        if kind is BlockKind.heading and level == 1 and self.first_h1 is None and text:
            self.first_h1 = text
        rec = _BlockRec(
            kind,
            level,
            text,
            smap,
            self.current_key,
            self.h1_count,
            sink.refs,
            sink.start,
            sink.in_main,
            sink.in_article,
        )
        rec.quoted = sink.quoted
        if sink.soft >= 0 and kind is BlockKind.furniture:
            rec.soft = (sink.soft, base)
        elif sink.table >= 0:
            rec.table = (sink.table, base)
        self.blocks.append(rec)

    def _finish_note(self, el: _El) -> None:
        sink = self.note
        self.note = None
        self.note_el = None
        if sink is None:
            return
        text, smap = sink.text_and_map()
        if sink.refs:
            # the references a note makes are kept on a block of the notes' class
            rec = _BlockRec(
                BlockKind.notes,
                0,
                text,
                smap,
                self.current_key,
                self.h1_count,
                sink.refs,
                el.offset,
                self.main_depth > 0,
                self.article_depth > 0,
            )
            rec.note_id = el.attrs.get("id") or self.note_alias
            self.blocks.append(rec)
        number = el.data if isinstance(el.data, int) else None
        # a number written at the start of the body ("3. ", "[3] ", or "3 " when unnumbered)
        m = _NOTE_MARK.match(text)
        if m:
            # "3 " alone may begin the note's text, unless it is the note's own linked number
            bare = not m.group(1) and not m.group(3) and not self.note_mark_linked
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
        if number is None and el.tag == "p" and self.containers and el.attrs.get("id") not in self.linked:
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
                el.attrs.get("id") or self.note_alias,
                self.article_depth > 0,
                self.main_depth > 0,
            )
        )
        self.notes[-1].links = tuple((min(pos, len(text)), url) for pos, url in sink.urls)

    def finish(self) -> None:
        self._pop_to(0, len(self.text))
        self._flush()


def read_html(source: Source, *, metadata: Metadata | None = None, notices: tuple[Notice, ...] = ()) -> Document:
    """Read an HTML draft into a :class:`Document` with ``format="html"``.

    ``notices`` are what the caller already read past (an encoding guessed); the reader
    adds its own (a publication date in no known form)."""
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

    found = list(notices)
    date = _publication_date(source, reader, found)
    title = reader.og_title or reader.title or reader.first_h1
    meta = Metadata(title=title, publication_date=date)
    if metadata is not None:
        meta = meta.model_copy(update=metadata.model_dump(exclude_none=True))
    doc = Document(
        path=source.path,
        format="html",
        metadata=meta,
        articles=tuple(articles),
        suppressions=tuple(parse_suppressions(source)),
        notices=tuple(found),
    )
    return doc.with_source(source)


_JSONLD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]{4,64})"')
_JSONLD_MODIFIED = re.compile(r'"dateModified"\s*:\s*"([^"]{4,64})"')


def _publication_date(source: Source, reader: "_Reader", notices: list[Notice]) -> dt.date | None:
    """The page's publication date: ``<meta>`` (best name first), JSON-LD ``datePublished``,
    then ``<time datetime>`` (in a byline, else in the article, else anywhere). A value in
    no known form becomes a notice, never an error."""
    candidates: list[tuple[int, str, str, int]] = sorted(reader.date_candidates, key=lambda c: c[0])
    if reader.jsonld:
        data = "".join(reader.jsonld)
        m = _JSONLD_DATE.search(data)
        if m:
            modified = _JSONLD_MODIFIED.search(data)
            first, last = _parse_date(m.group(1)), _parse_date(modified.group(1)) if modified else None
            # a page first published years before its last edit (a wiki article) has text
            # from many dates: its creation date would date all of it wrongly
            if not (first and last and (last - first).days > 366):
                candidates.append((50, m.group(1), "JSON-LD datePublished", -1))
    for value, rank, offset in sorted(reader.time_values, key=lambda t: t[1]):
        candidates.append((60 + rank, value, "<time datetime>", offset))
    unread: tuple[str, str, int] | None = None
    for _, value, where, offset in candidates:
        date = _parse_date(value)
        if date is not None:
            return date
        if unread is None and where != "<time datetime>":
            unread = (value, where, offset)
    if unread is not None:
        value, where, offset = unread
        notices.append(
            Notice(
                location=source.location(max(offset, 0)),
                message=f"publication date {value!r} ({where}) is in no form claimcheck reads; "
                "the page is read without a date",
                help='write the date as YYYY-MM-DD (ISO 8601), e.g. content="2024-05-01"',
                subject=f"date {value}",
            )
        )
    return None


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


#: blocks that are never part of an article's text: their references are not read
_NOT_TEXT = frozenset({BlockKind.furniture, BlockKind.code, BlockKind.toc})


def _dominant_article(by_key: dict[int, int], main_prose: int) -> int | None:
    """The article that holds three times the running text of all the others together,
    unless it is a small article inside a larger ``<main>`` (``main_prose``: the running
    text inside ``<main>``, 0 when there is none)."""
    if not by_key:
        return None
    top_key = max(by_key, key=lambda k: by_key[k])
    top = by_key[top_key]
    rest = sum(by_key.values()) - top
    if not (top > 0 and top >= 3 * rest):
        return None
    if main_prose and 2 * top < main_prose:
        return None  # a small article inside a larger <main>: the main is the text
    return top_key


def _content(reader: _Reader) -> tuple[list[bool], int | None, bool, str]:
    """Which blocks are the page's content, the one dominant ``<article>`` if any, and
    whether the content is several articles.

    A page with ``<article>`` or ``<main>`` elements has its content inside them: the rest
    is page furniture. One ``<article>`` that holds three times the running text of all
    the others together is the page's article (the others are teasers, related stories,
    comments); several articles of comparable size are an issue of several articles."""
    blocks = reader.blocks
    _unwrap_soft_furniture(blocks)
    _unwrap_layout_tables(blocks, reader.data_tables)
    by_key: dict[int, int] = {}
    main_prose = 0
    all_prose = 0
    for b in blocks:
        if b.kind in PROSE_KINDS:
            n = len(b.text)
            all_prose += n
            if b.in_article and b.key >= 0:
                by_key[b.key] = by_key.get(b.key, 0) + n
            if b.in_main:
                main_prose += n
    dominant = _dominant_article(by_key, main_prose if reader.main_seen else 0)
    if dominant is not None:
        mode = "dominant"
        inside = [b.in_article and b.key == dominant for b in blocks]
    elif reader.main_seen and main_prose:
        mode = "main"
        inside = [b.in_main for b in blocks]
    elif by_key:
        mode = "articles"
        inside = [b.in_article for b in blocks]
    else:
        mode = "page"
        inside = [True] * len(blocks)
    content_prose = sum(len(b.text) for b, ok in zip(blocks, inside) if ok and b.kind in PROSE_KINDS)
    if all_prose and content_prose * 5 < all_prose:
        # the marked content holds little of the page's text: read the whole page
        inside = [True] * len(blocks)
        return inside, None, False, "page"
    keys_with_prose = {
        b.key for b, ok in zip(blocks, inside) if ok and b.in_article and b.kind in PROSE_KINDS and b.key >= 0
    }
    several = dominant is None and len(keys_with_prose) >= 2
    return inside, dominant, several, mode


def _title_key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _note_in_content(n: _NoteRec, mode: str, dominant: int | None) -> bool:
    """Is a note inside the page's content (by the measure :func:`_content` chose)?"""
    if mode == "dominant":
        return bool(n.in_article and n.key == dominant)
    if mode == "main":
        return n.in_main
    if mode == "articles":
        return n.in_article
    return True


def _unwrap_soft_furniture(blocks: list[_BlockRec]) -> None:
    """An element that is furniture only by a word of its class ("sidebar", "share",
    "related") but holds a large part of the page's running text is a layout wrapper
    (``panel-two-col-sidebar``): its blocks are read as what they are."""
    held: dict[int, int] = {}
    total = 0
    for b in blocks:
        if b.soft is not None:
            base = b.soft[1]
            if base in PROSE_KINDS:
                held[b.soft[0]] = held.get(b.soft[0], 0) + len(b.text)
                total += len(b.text)
        elif b.kind in PROSE_KINDS:
            total += len(b.text)
    wrappers = {el for el, n in held.items() if n >= 1000 and 10 * n >= 3 * total}
    if not wrappers:
        return
    for b in blocks:
        if b.soft is not None and b.soft[0] in wrappers:
            b.kind = b.soft[1]
            b.soft = None


def _unwrap_layout_tables(blocks: list[_BlockRec], data_tables: set[int]) -> None:
    """A table without header cells or caption that holds headings or paragraphs of
    running text lays out the page: its cells are read as text, not as table cells."""
    layout: set[int] = set()
    for b in blocks:
        if b.table is not None and b.table[0] not in data_tables:
            if b.kind is BlockKind.heading or (b.kind in PROSE_KINDS and len(b.text) >= _SHORT_BLOCK):
                layout.add(b.table[0])
    if not layout:
        return
    for b in blocks:
        if b.table is not None and b.table[0] in layout and b.kind is BlockKind.table:
            b.kind = b.table[1]


def _groups_by_h1(reader: _Reader, inside: list[bool]) -> dict[int, int]:
    """Article number of each ``<h1>`` section: a new article starts only where the
    reference numbers restart at 1 (a page of several articles); headings alone never
    split a page."""
    first_ref: dict[int, int] = {}
    for b, ok in zip(reader.blocks, inside):
        if not ok or b.kind in _NOT_TEXT or b.kind is BlockKind.notes:
            continue
        for _, _, number, _, _ in b.refs:
            if number is not None:
                first_ref.setdefault(b.h1, number)
                break
    sections = sorted({b.h1 for b in reader.blocks} | {n.h1 for n in reader.notes})
    group = 0
    numbered = False
    out: dict[int, int] = {}
    for sec in sections:
        first = first_ref.get(sec)
        if first == 1 and numbered:
            group += 1
        if first is not None:
            numbered = True
        out[sec] = group
    return out


_RefRow = tuple[int, str, "int | None", int, "str | None"]  # where, label, number, file offset, target


def _assemble(source: Source, reader: _Reader) -> list[Article]:
    """Group the page's blocks and footnotes into articles and classify what is not content."""
    inside, dominant, several, mode = _content(reader)
    group = _block_groups(reader, inside, several)
    kinds = _block_kinds(reader, inside)
    # references that count: in content blocks that are text (tables and captions included)
    live = [ok and k not in _NOT_TEXT for ok, k in zip(inside, kinds)]
    note_group = _note_groups(reader, inside, live, group, several, mode, dominant)
    ref_labels = _labelled_refs(reader, live, note_group)

    keys = sorted(set(group) | {g for g in note_group if g is not None})
    index_of = {key: i for i, key in enumerate(keys)}
    parts = ArticleParts(max(len(keys), 1))
    first_heading = _place_blocks(source, reader, parts, [index_of[key] for key in group], kinds, ref_labels)
    for note_rec, grp in zip(reader.notes, note_group):
        if grp is not None:
            parts.notes[index_of[grp]].append(_footnote(source, note_rec, index_of[grp]))
    for a in range(parts.count):
        key = keys[a] if keys else 0
        if a not in parts.titles and several and key >= 0 and a in first_heading:
            parts.titles[a] = first_heading[a]
    return list(parts.articles(source, located_by_notes=True))


def _block_groups(reader: _Reader, inside: list[bool], several: bool) -> list[int]:
    """The article (group) of every content block; non-content blocks follow the content
    block before them (page furniture stays in the article it stands beside)."""
    recs = reader.blocks
    if several:
        raw_keys = [b.key for b in recs]
    else:
        by_h1 = _groups_by_h1(reader, inside)
        raw_keys = [by_h1.get(b.h1, 0) for b in recs]
    group: list[int] = []
    last: int | None = None
    for _rec, ok, key in zip(recs, inside, raw_keys):
        if ok:
            last = key
        group.append(key if ok else (last if last is not None else -(10**9)))
    first_group = next((g for g, ok in zip(group, inside) if ok), 0)
    return [first_group if g == -(10**9) else g for g in group]


def _block_kinds(reader: _Reader, inside: list[bool]) -> list[BlockKind]:
    """What each block is: prose outside the content is furniture, and so is a heading,
    except the page's headline set above its article (it names the page: its title)."""
    recs = reader.blocks
    kinds = [b.kind if ok or b.kind not in PROSE_KINDS else BlockKind.furniture for b, ok in zip(recs, inside)]
    page_title = _title_key(reader.og_title or reader.title or "")
    title_seen = False
    for i, (b, ok) in enumerate(zip(recs, inside)):
        if not ok and b.kind is BlockKind.heading:
            if (
                b.level == 1
                and not title_seen
                and page_title
                and _title_key(b.text)
                and (page_title.startswith(_title_key(b.text)))
            ):
                kinds[i] = BlockKind.title
                title_seen = True
            else:
                kinds[i] = BlockKind.furniture
    return kinds


def _note_groups(
    reader: _Reader,
    inside: list[bool],
    live: list[bool],
    group: list[int],
    several: bool,
    mode: str,
    dominant: int | None,
) -> list[int | None]:
    """The article (group) of every footnote: in the content, or linked from it; ``None``
    for a note list of page furniture (or of another story)."""
    recs = reader.blocks
    ref_groups: dict[str, set[int]] = {}
    for b, ok, g in zip(recs, live, group):
        if ok:
            for _, _, _, _, href in b.refs:
                if href:
                    ref_groups.setdefault(href, set()).add(g)
    note_group: list[int | None] = []
    if several:
        note_keys = [n.key for n in reader.notes]
    else:
        by_h1 = _groups_by_h1(reader, inside)
        note_keys = [by_h1.get(n.h1, 0) for n in reader.notes]
    note_inside: bool | None
    bare_refs = {label for b, ok in zip(recs, live) if ok for _, label, _, _, href in b.refs if href is None}
    bare_taken = {n.label for n in reader.notes if _note_in_content(n, mode, dominant)}
    last_content = next((g for g, ok in zip(reversed(group), reversed(live)) if ok), None)
    for n, key in zip(reader.notes, note_keys):
        targets = ref_groups.get(n.ident or "", ())
        note_inside = _note_in_content(n, mode, dominant)
        if len(targets) == 1 and not (several and n.in_article and note_inside):
            note_group.append(next(iter(targets)))
        elif targets:
            note_group.append(key if note_inside else min(targets))
        elif note_inside:
            note_group.append(key)
        elif n.label in bare_refs and n.label not in bare_taken and last_content is not None:
            # a note set outside the content (a page footer) for a reference that is a bare
            # raised number, not a link: the first note of each such number
            bare_taken.add(n.label)
            note_group.append(last_content)
        else:
            note_group.append(None)  # a note list of page furniture (or of another story)
    return note_group


def _labelled_refs(reader: _Reader, live: list[bool], note_group: list[int | None]) -> list[list[_RefRow]]:
    """Each block's references, labelled as their notes: a reference and its note are
    matched by the link's target, and the note takes the label the reference shows ("[a]",
    "note 1", "7"), so the rules compare like with like."""
    by_id: dict[str, _NoteRec] = {}
    for note_rec, grp in zip(reader.notes, note_group):
        if grp is not None and note_rec.ident:
            by_id.setdefault(note_rec.ident, note_rec)
    ref_labels: list[list[_RefRow]] = []
    for b, ok in zip(reader.blocks, live):
        out = []
        if b.refs:
            for where, label, number, off, href in b.refs:
                note = by_id.get(href or "")
                if not ok and note is None:
                    continue  # page furniture's raised numbers link to no note of the page
                if note is not None:
                    if note.linked_label is None:
                        note.linked_label = (label, number)
                    label, number = note.linked_label
                out.append((where, label, number, off, href))
        ref_labels.append(out)
    return ref_labels


def _place_blocks(
    source: Source,
    reader: _Reader,
    parts: ArticleParts,
    articles: list[int],
    kinds: list[BlockKind],
    ref_labels: list[list[_RefRow]],
) -> dict[int, str]:
    """Every block and its references into its article, the first '#' heading (or the
    headline) of an article its title; returns each article's first other heading."""
    titles = parts.titles
    first_heading: dict[int, str] = {}
    # a note's own references are read where the note is referenced (MediaWiki numbers
    # them there), so the order of numbers is judged as the reader meets them
    first_use: dict[str, int] = {}
    for rlist in ref_labels:
        for _, _, _, off, href in rlist:
            if href:
                first_use.setdefault(href, off)
    ref_order: list[list[tuple[int, int]]] = [[] for _ in range(parts.count)]

    for rec, a, kind, rlist in zip(reader.blocks, articles, kinds, ref_labels):
        if (kind is BlockKind.heading and rec.level == 1 or kind is BlockKind.title) and a not in titles and rec.text:
            kind = BlockKind.title
            titles[a] = rec.text
        elif kind is BlockKind.heading and rec.text:
            first_heading.setdefault(a, rec.text)
        if rec.text:
            loc = source.location(rec.smap.to_file(0))
        elif rec.refs:
            loc = source.location(rec.refs[0][3])
        else:
            loc = source.location(rec.start)
        index = len(parts.blocks[a])
        parts.blocks[a].append(
            Block(kind=kind, text=rec.text, source_map=rec.smap, article=a, location=loc, quoted=rec.quoted)
        )
        n_chars = len(rec.text)
        base = first_use.get(rec.note_id or "") if kind is BlockKind.notes else None
        for where, label, number, file_off, _ in rlist:
            ref_order[a].append((base if base is not None else file_off, len(ref_order[a])))
            parts.refs[a].append(
                FootnoteRef(
                    number=number,
                    label=label,
                    article=a,
                    block=index,
                    offset=min(where, n_chars),
                    location=source.location(file_off),
                ).ending_at(source.mark_end(file_off, label))
            )

    for a in range(parts.count):
        if any(x[0] != y[0] and x > y for x, y in zip(ref_order[a], ref_order[a][1:])):
            order = sorted(range(len(parts.refs[a])), key=lambda i: ref_order[a][i])
            parts.refs[a] = [parts.refs[a][i] for i in order]
    return first_heading


def _footnote(source: Source, note_rec: _NoteRec, a: int) -> Footnote:
    """A note of article ``a``, labelled as its references show it."""
    number, label = note_rec.number, note_rec.label
    if note_rec.linked_label is not None:
        label, number = note_rec.linked_label
        if number is None and label.isdigit():
            number = int(label)
    return Footnote(
        number=number,
        label=label,
        text=note_rec.text,
        urls=note_rec.urls,
        links=note_rec.links,
        article=a,
        source_map=note_rec.smap,
        location=source.location(note_rec.offset),
    )


_NUMBER_BEFORE = re.compile(r"(?:(?P<times>[×x*·]\s*)|(?<![\w.,]))(?P<num>\d[\d,.]*)$")


def _power_base(text: str) -> bool:
    """Does a raised number right after the digits that end ``text`` read as their exponent?
    A base is a number of one or two digits, a power of ten ("10⁶", "1000³") or a number after
    a times sign ("3 × 10⁸"); a raised number after a year, a number of three digits or more or
    one written with separators ("in 2001²", "CHF 86,500²", "2.56²" read as a decimal) is a
    note mark written straight after a figure."""
    m = _NUMBER_BEFORE.search(text)
    if m is None:
        return True
    num = m.group("num")
    if m.group("times"):
        return True
    if "," in num or "." in num:
        return False
    return len(num) <= 2 or (num.startswith("1") and set(num[1:]) == {"0"})
