"""Reader for plain text as extracted from a PDF (``pdftotext``, pypdf, copy and paste).

What such text looks like, and what this reader does about it:

* **Pages and text chunks.** A form feed, a page start passed in by the PDF reader, or a
  line that starts with exactly one space (how ``pdftotext`` marks a new text flow) starts a
  new chunk. Paragraphs cut by a page or column break are joined again when the first part
  does not end a sentence.
* **Hyphenation.** "Eu-" / "ro-American" becomes "Euro-American"; a hyphen that belongs to
  a compound ("state-" / "owned") is kept when the document writes that compound elsewhere
  or the first part is a common compound prefix. URLs broken across lines are rejoined
  without a space; two lines of Chinese are joined without a space.
* **Footnote bodies** at page bottoms start with their number followed by two or more
  spaces ("12  Author, “Title,” Outlet, Date, URL"), wrap over several lines (blank lines
  included) and run until the next footnote or the next page's text.
* **Page furniture** is dropped: running titles (short blocks repeated on several pages),
  pull quotes (blocks of short lines, narrower than the text column, that end a sentence)
  and author bios (a name line, a role line, then a paragraph that starts with the name).
* **In-text references** are trailing numbers: "…universe,” 5", "pack.”3",
  "mainstream. 4, 5, 6", and after a word when the number is the next one expected and
  a function word follows ("the legal system 2—for"). Numbers that name things
  ("Tianwen 1 mission", "Mate 60 Pro", "Shenzhou 19 aimed") are not references.
* **Articles.** Several articles in one file each number their footnotes from 1. A new
  article starts where the references restart at 1 (with a footnote body numbered 1 to
  match), at the last page start or author bio before that reference.

* **Other note layouts** (see ``_other_notes``): pandoc/Chromium endnotes closed by "↩︎",
  numbered lists under a Notes/References heading, MediaWiki "N. ^" lists with "[N]"
  marks, LibreOffice number columns and numbers after their notes, Word-style notes from ``-layout``, plain "N text"
  lines ending the text or a page (``_plain_notes``; kept only when most are marked).
  A list with back-links, "^" or a notes heading may hold one numbering slip after its
  second item (a number repeated, "2." "2.", or one skipped, "2." "4."): each note keeps
  the number it shows, so FN001/FN004 report the slip. Their references are found by evidence, in note-number order (``_find_seq_refs``).
* **Block classes**: table-of-contents lines, table rows, code listings, captions and page
  furniture are split off as blocks of their class (``_split_kinds``); running titles,
  pull quotes and author bios are kept as furniture, pull_quote and byline blocks. A line
  of a list in prose that ends in an aside and a semicolon ("the Navy (Marine);") is text,
  not a call of code.
* **Publication date**: a date on a line of its own near the top of page one.

Without any footnote bodies (text copied from a web page), no numbers are read as
references: there is nothing they could refer to.
"""

from __future__ import annotations

import datetime as dt
from claimcheck import lazyre as re
import statistics
from dataclasses import dataclass, field
from typing import Iterator

from claimcheck.data.calendar import MONTHS
from claimcheck.data.numberwords import ONES, TENS
from claimcheck.document import (
    Block,
    BlockKind,
    Document,
    Footnote,
    FootnoteRef,
    Metadata,
    Source,
    SourceMap,
)
from claimcheck.ingest.common import (
    URL_RE,
    ArticleParts,
    ends_sentence,
    find_urls,
    is_cjk,
    keep_line_hyphen,
    vocabulary,
)
from claimcheck.ingest.textmap import TextBuilder, cut_spans
from claimcheck.text import BULLETS, SPEECH_VERB, is_title_case, singular

__all__ = ["read_pdf_text"]

_NOTE_START = re.compile(r"^ ?(\d{1,3}) {2,}(?=\S)")
_COLUMNS = re.compile(r"\S {3,}\S")
_URL_CHARS_IN_TOKEN = re.compile(r"[/&=?%_]")
_FUNCTION_WORDS = frozenset(
    """a an and are as at but by for from had has have he in into is it its not of on or our
    she so that the their these they this those to was we were which while who with yet also
    then thus""".split()
)


@dataclass
class _Line:
    start: int  # file offset of the first non-space character
    text: str  # stripped text
    raw_len: int  # display width of the line as printed
    chunk: bool  # starts a new page or text flow
    page: bool = False  # starts a new page


@dataclass
class _Raw:
    lines: list[_Line]
    kind: str = "body"  # body | note
    number: int | None = None
    #: paragraph | heading | title | pullquote | list | bio | toc | table | code | furniture
    role: str = "paragraph"
    after_bio: bool = False
    bullets: int = 0  # a list whose bullets stood apart (a column of them, or lost): how many
    body: list[_Line] | None = None  # a note's text lines without its number (other layouts)
    mark: int | None = None  # file offset of a note's number (other layouts)
    closed: bool = False  # a paragraph known to end here (:func:`_unjoined_paragraphs`)
    headed: bool = False  # a list of lines whose first line is its heading ("Recent posts")

    @property
    def chunk(self) -> bool:
        return self.lines[0].chunk

    def plain(self) -> str:
        return " ".join(line.text for line in self.lines).strip()


@dataclass
class _Para:
    parts: list[_Raw]
    kind: BlockKind
    text: str = ""
    builder: TextBuilder | None = None
    refs: list[tuple[int, int, str]] = field(default_factory=list)  # (offset, number, label)
    cuts: list[tuple[int, int]] = field(default_factory=list)  # reference numbers in the text
    article: int = 0
    restart: bool = False  # footnote numbering restarts here: a new article
    smap: SourceMap | None = None
    file_refs: list[tuple[int, int, str, int]] = field(default_factory=list)  # (offset, number, label, file offset)
    page_top: bool = False  # first block of a page whose running title was dropped


_WIDE = re.compile("[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")


def _width(text: str) -> int:
    """Display width: CJK characters take two columns."""
    return len(text) + len(_WIDE.findall(text))


def _split_lines(source: Source, page_starts: set[int]) -> list[_Line | None]:
    """Lines with their offsets; ``None`` stands for a blank line."""
    text = source.text
    out: list[_Line | None] = []
    pos = 0
    n = len(text)
    pending_chunk = True
    while pos <= n:
        end = text.find("\n", pos)
        if end == -1:
            end = n
        raw = text[pos:end]
        chunk = pending_chunk or pos in page_starts
        page = chunk
        pending_chunk = False
        if "\f" in raw:
            # a form feed starts a new page at the text after it
            cut = raw.rfind("\f") + 1
            pos_after = pos + cut
            raw = raw[cut:]
            chunk = page = True
            pos = pos_after
        stripped = raw.strip()
        if not stripped:
            out.append(None)
        else:
            lead = len(raw) - len(raw.lstrip())
            if raw.startswith(" ") and not raw.startswith("  "):
                chunk = True
            out.append(_Line(pos + lead, stripped, _width(raw.rstrip()), chunk, page))
        if end >= n:
            break
        pos = end + 1
    return out


def _ends_page(lines: list[_Line | None], index: int) -> bool:
    """Is ``lines[index]`` the last text before a page break (or the end of the file)?"""
    for line in lines[index + 1 :]:
        if line is not None:
            return line.page
    return True


def _group(
    lines: list[_Line | None],
    special: dict[int, list[_Raw]] | None = None,
    consumed: set[int] | None = None,
) -> list[_Raw]:
    """Group lines into body blocks and footnote bodies, in reading order.

    ``special`` holds notes read from other layouts (:func:`_other_notes`), by the index of
    the line where they go in reading order; the ``consumed`` lines are theirs.
    """
    items: list[_Raw] = []
    zone = "body"
    current: _Raw | None = None
    special = special or {}
    consumed = consumed or set()
    for index, line in enumerate(lines):
        if index in special:
            items.extend(special[index])
            current = None
            zone = "body"
        if index in consumed:
            current = None
            continue
        if line is None:
            if zone == "body":
                current = None
            continue  # a blank line inside a footnote does not end it
        head = " " + line.text if line.chunk else line.text
        m = _NOTE_START.match(head)
        if m is None:
            head = line.text
            m = _NOTE_START.match(head)
        if m and _COLUMNS.search(head[m.end() :]):
            m = None  # "12   June   4,100": a table row of `pdftotext -layout`, not a note
        if m and _code_gutter(head[m.end() :]):
            m = None  # "1  | fn items(…) {": a numbered line of code or of a compiler's message
        above = lines[index - 1] if index else None
        if m and above is not None and _OPENS_BLOCK.search(above.text):
            m = None  # "fn double(x: i32) -> i32 {" / "2 * x": the first line of a block of code
        if m:
            zone = "note"
            current = _Raw([line], kind="note", number=int(m.group(1)))
            items.append(current)
            continue
        if _BARE_NUMBER.match(line.text) and _ends_page(lines, index):
            current = None
            continue  # a page number at the foot of the page
        if zone == "note":
            if line.chunk:
                zone = "body"
            elif current is not None:
                current.lines.append(line)
                continue
        if current is None or line.chunk or current.kind != "body":
            current = _Raw([line])
            items.append(current)
        else:
            current.lines.append(line)
    return items


def _note_runovers(items: list[_Raw]) -> list[_Raw]:
    """A note that runs over to the next page: its last words stand above the next note,
    under that page's text ("…/2024/03/zhang-" / … / "sovereign-lending." / "11  Debt …").
    A block of one or two lines just before note N + 1 goes back on note N when note N
    stops mid-URL (a hyphen or a slash) or mid-sentence before a lower-case continuation;
    at the very end of the document, only the rest of a URL cut that way."""
    out: list[_Raw] = []
    last_note: _Raw | None = None
    for i, it in enumerate(items):
        nxt = items[i + 1] if i + 1 < len(items) else None
        if (
            it.kind == "body"
            and last_note is not None
            and last_note.number is not None
            and (
                (nxt is not None and nxt.kind == "note" and nxt.number == last_note.number + 1)
                or (nxt is None and _url_cut(last_note.lines[-1].text))  # the document's last words
            )
            and len(it.lines) <= 2
            and it.lines[0].page is False
            and _runs_over(last_note.lines[-1].text, it.lines[0].text)
        ):
            last_note.lines.extend(it.lines)
            continue
        if it.kind == "note":
            last_note = it
        out.append(it)
    return out


def _url_cut(end: str) -> bool:
    """Does a note's last line stop inside a URL, after a hyphen or a slash?"""
    end = end.rstrip()
    return end.endswith(("-", "/")) and bool(re.search(r"https?://\S+$", end))


def _runs_over(end: str, start: str) -> bool:
    """Does a note's last line ``end`` go on with ``start``?"""
    end = end.rstrip()
    if _url_cut(end):
        return bool(re.match(r"[\w./?#=&%-]+\.?$", start.split(" ", 1)[0]))  # the rest of a URL
    return not ends_sentence(end) and start[:1].islower() and not end.endswith(":")


# -- notes in other layouts ------------------------------------------------------------
#
# Besides "N  text" at page bottoms (above), real tools lay notes out as:
#
# * an endnotes list, "1. text" … "2. text", each closed by a back-link arrow "↩︎"
#   (pandoc's HTML printed by a browser; `-layout` indents the items by a space);
# * a numbered references list under a heading "Notes", "References" … (MediaWiki pages
#   write "N. ^ text", with "^ a b" when a note is cited more than once);
# * LibreOffice page-bottom notes from `pdftotext` default options: the numbers as a column
#   ("1" / "2" / "3", one a line), a blank line, then the notes' text; or, when the notes
#   are short, each note's text with its number alone on the line after it, the first
#   note perhaps glued under the page's text;
# * Word-style notes from `pdftotext -layout`: the number alone on a line, the note's text
#   on the lines after it;
# * plain numbered lines "N text" (one space) ending the text or a page, from PDFs whose
#   notes have no heading and no back-links (`pdftotext` default options).
#
# Each needs its own evidence (back-links, a notes heading, numbers in sequence from the
# next note number); anything less is left as text.

_ITEM = re.compile(r"^(\d{1,3})\.\s+(?P<wiki>\^\s*(?:(?:[a-z]{1,2}\s+){2,})?)?(?=\S)")
_BACKLINK = re.compile(r"\s*↩\ufe0e?\s*$")
_NOTES_HEADING = re.compile(
    r"^(?:notes|endnotes|footnotes|references|sources|citations|works cited|notes and references)"
    r"(?:\s*\[edit\])?:?$",
    re.IGNORECASE,
)
_BARE_NUMBER = re.compile(r"^\d{1,3}$")
_EDIT_HEADING = re.compile(r"\[edit\]$")


def _note(number: int, mark: int, body: list[_Line], anchor: _Line) -> _Raw:
    text_lines = []
    for i, line in enumerate(body):
        text = line.text
        if i == len(body) - 1:
            text = _BACKLINK.sub("", text)
        else:
            text = text.replace("↩\ufe0e", "").replace("↩", "")
        if text.strip():
            text_lines.append(_Line(line.start, text.rstrip(), line.raw_len, False))
    return _Raw([anchor], kind="note", number=number, body=text_lines, mark=mark)


def _prev_text(lines: list[_Line | None], k: int) -> _Line | None:
    j = k - 1
    while j >= 0 and lines[j] is None:
        j -= 1
    return lines[j] if j >= 0 else None


def _continues(lines: list[_Line | None], j: int, following: set[int]) -> bool:
    """Do the lines from ``j`` continue an open list item (a back-link or the next item
    comes within a few lines, with no heading between)?"""
    seen = 0
    t = j
    while t < len(lines) and seen < 30:
        line = lines[t]
        t += 1
        if line is None:
            continue
        seen += 1
        if "↩" in line.text:
            return True
        m = _ITEM.match(line.text)
        if m:
            return int(m.group(1)) in following
        if _EDIT_HEADING.search(line.text) or _NOTES_HEADING.match(line.text):
            return False
    return False


def _next_item(lines: list[_Line | None], j: int) -> int | None:
    """The number of the next numbered item after line ``j`` (its note's text and a few blank
    lines may come between), or None."""
    blanks = 0
    for line in lines[j + 1 :]:
        if line is None:
            blanks += 1
            if blanks > 3:
                return None
            continue
        if m := _ITEM.match(line.text):
            return int(m.group(1))
        if _EDIT_HEADING.search(line.text) or _NOTES_HEADING.match(line.text):
            return None
    return None


def _endnote_list(lines: list[_Line | None], k: int) -> tuple[list[_Raw], set[int]] | None:
    """The numbered list that starts with item 1 at line ``k``, if it is a notes list.

    Items follow in sequence; one slip is allowed after the second item (a number
    repeated or one skipped; after a repeat the numbering goes on by position), since
    the list is kept only with a notes list's evidence (back-links, "^", a heading).
    A "1." again as the second item may start a second list, so it is a slip only when the
    item after it goes on by position ("1.", "1.", "3.")."""
    n = len(lines)
    items: list[tuple[int, int, list[_Line], _Line]] = []  # number, mark, body, first line
    used: set[int] = set()
    closed = False
    wiki = 0
    slip = False  # one number repeated ("2", "2") or skipped ("2", "4"): a numbering slip
    j = k

    def following() -> set[int]:
        if not items:
            return {1}
        last = items[-1][0]
        ok = {last + 1, len(items) + 1}  # after a slip the numbers go on by position
        if not slip and len(items) >= 2:
            ok |= {last, last + 2}
        return ok

    while j < n:
        line = lines[j]
        m = _ITEM.match(line.text) if line is not None else None
        if (
            line is not None
            and m
            and (int(m.group(1)) in following() or (len(items) == 1 == int(m.group(1)) and _next_item(lines, j) == 3))
        ):
            number = int(m.group(1))
            slip = slip or bool(items and number not in (items[-1][0] + 1, len(items) + 1))
            body = [_Line(line.start + m.end(), line.text[m.end() :], line.raw_len, False)]
            items.append((number, line.start, body, line))
            wiki += bool(m.group("wiki"))
            closed = bool(_BACKLINK.search(line.text))
            used.add(j)
            j += 1
            continue
        body = items[-1][2]
        if line is None:
            # a blank line: the list goes on if its next item follows, or (an item not yet
            # closed by its back-link) across a page break
            nxt = j + 1
            while nxt < n and lines[nxt] is None and nxt - j < 4:
                nxt += 1
            if nxt < n and (after := lines[nxt]) is not None:
                m2 = _ITEM.match(after.text)
                if (m2 and int(m2.group(1)) in following()) or (not closed and _continues(lines, nxt, following())):
                    j = nxt
                    continue
            break
        if closed or _ITEM.match(line.text) or _EDIT_HEADING.search(line.text):
            break
        body.append(line)
        used.add(j)
        closed = bool(_BACKLINK.search(line.text))
        j += 1
    if not items:
        return None
    backlinks = sum(1 for _, _, body, _ in items if _BACKLINK.search(body[-1].text))
    heading = _prev_text(lines, k)
    titled = heading is not None and bool(_NOTES_HEADING.match(heading.text))
    if not (backlinks * 2 >= len(items) or wiki * 2 >= len(items) or titled):
        return None
    return [_note(num, mark, body, first) for num, mark, body, first in items], used


def _ends_its_page(lines: list[_Line | None], j: int) -> bool:
    """Notes end their page: after the lines from ``j`` only blank lines and a page number."""
    n = len(lines)
    t = j
    while t < n and (ln := lines[t]) is not None and _BARE_NUMBER.match(ln.text) is None:
        t += 1
    while t < n and ((ln := lines[t]) is None or _BARE_NUMBER.match(ln.text)) and not (ln and ln.page):
        t += 1
    return not (t < n and not ((ln := lines[t]) is not None and ln.page))


def _note_groups(text: list[int], text_lines: dict[int, _Line], count: int) -> list[list[int]] | None:
    """The text lines of ``count`` notes, one group a note: a line each, or lines up to
    one that ends a sentence; ``None`` when they do not make ``count`` notes."""
    if len(text) == count:
        return [[i] for i in text]
    groups: list[list[int]] = []
    cur: list[int] = []
    for i in text:
        cur.append(i)
        if re.search(r"[.!?)\]”\"’]$", text_lines[i].text):
            groups.append(cur)
            cur = []
    if cur or len(groups) != count:
        return None
    return groups


def _column_notes(lines: list[_Line | None], k: int, expected: int) -> tuple[list[_Raw], set[int], int] | None:
    """LibreOffice notes from `pdftotext`: a column of numbers, a blank line, their text."""
    n = len(lines)
    nums: list[_Line] = []
    if k and lines[k - 1] is not None:
        return None  # the number ends a block of text (Word's notes, a table cell)
    j = k
    while j < n and (num := lines[j]) is not None and _BARE_NUMBER.match(num.text):
        if int(num.text) != expected + len(nums):
            return None
        nums.append(num)
        j += 1
    if not nums or j >= n or lines[j] is not None:
        return None
    while j < n and lines[j] is None:
        j += 1
    text: list[int] = []
    while j < n and (ln := lines[j]) is not None and not ln.page and not _BARE_NUMBER.match(ln.text):
        text.append(j)
        j += 1
    if not text:
        return None  # a page number at the foot of a page
    if not _ends_its_page(lines, j):
        return None  # text goes on below: table cells, not notes
    text_lines = {i: ln for i in text if (ln := lines[i]) is not None}  # every one is a line
    groups = _note_groups(text, text_lines, len(nums))
    if groups is None:
        return None
    notes = [
        _note(expected + g, nums[g].start, [text_lines[i] for i in group], nums[g]) for g, group in enumerate(groups)
    ]
    used = set(range(k, k + len(nums))) | set(text)
    return notes, used, text[0]


def _numbered_notes(lines: list[_Line | None], k: int, expected: int) -> tuple[list[_Raw], set[int], int] | None:
    """Word-style notes from `pdftotext -layout`: "N" alone, then the note's lines."""
    n = len(lines)
    out: list[_Raw] = []
    used: set[int] = set()
    j = k
    while j < n and (num := lines[j]) is not None and _BARE_NUMBER.match(num.text):
        number = int(num.text)
        if number != expected + len(out):
            break
        prev = lines[j - 1] if j else None
        if prev is not None and not out:
            return None  # the number ends a line block: a page number or a table cell
        body: list[_Line] = []
        t = j + 1
        while t < n and (ln := lines[t]) is not None and not ln.page and not _BARE_NUMBER.match(ln.text):
            body.append(ln)
            t += 1
        if len(re.findall(r"[^\W\d_]{2,}", " ".join(line.text for line in body))) < 3:
            break  # "1" / "1.5": a list of numbers, not a note
        out.append(_note(number, num.start, body, num))
        used |= set(range(j, t))
        j = t
    if not out:
        return None
    return out, used, k


def _trailing_text(lines: list[_Line | None], k: int) -> int | None:
    """Where the note whose number stands alone at line ``k`` begins. Its whole block when
    a blank line sets the block apart (at most 6 lines) and no sentence ends inside it;
    else -- the first note of a page is often glued under the page's text -- one of the 6
    lines above that opens as a citation does (a quotation mark, or a name of a few words
    and a comma), from which the note reads as a citation with no sentence ending inside
    it: the nearest one under a sentence's end, else the nearest with a quotation mark (a
    title), else the nearest."""
    s = k
    while s > 0 and lines[s - 1] is not None and not lines[s].page:  # type: ignore[union-attr]
        s -= 1

    def text(a: int) -> str:
        return " ".join(ln.text for ln in lines[a:k] if ln is not None)

    def opened(a: int) -> bool:  # a quotation the text opened and the note would not close
        return bool(_UNCLOSED_QUOTE.search(_PAIRED_QUOTES.sub("", text(a))))

    def prose(a: int) -> bool:  # a sentence ends inside, outside the quoted titles ("Building our way out? …")
        return bool(_PROSE_INSIDE.search(_QUOTED_TITLE.sub("", text(a))))

    set_apart = s == 0 or lines[s - 1] is None or lines[s].page  # type: ignore[union-attr]
    if (
        set_apart
        and k - s <= 6
        and _citation_like(text(s))
        and (not prose(s) or _cites_then_says(text(s)))
        and not opened(s)
    ):
        return s
    candidates = [
        t
        for t in range(k - 1, max(s, k - 6) - 1, -1)
        if _CITATION_HEAD.match(lines[t].text)  # type: ignore[union-attr]
        and _citation_like(text(t))
        and not prose(t)
        and not opened(t)
        and not _ATTRIBUTED.match(text(t))
    ]
    if not candidates:
        return None
    for t in candidates:
        if t == s or _ends_sentence_or_mark(lines[t - 1].text):  # type: ignore[union-attr]
            return t
    for t in candidates:
        if re.search(r"[“\"‘]", lines[t].text):  # type: ignore[union-attr]
            return t
    return candidates[0]


# how a citation opens a line: a quotation mark, or a name of a few words and a comma
# ("Port Authority of Gdansk,", "Smith, J.,"), or a title in another script, perhaps after
# its direction mark ("‫(الجهاز …", "Министерство …", "国家统计局"), not a sentence's words
#: quoted spans in English, German or French style ("…", „…“, „…”, «…»), and an opening mark left
_PAIRED_QUOTES = re.compile(r"“[^“”„«»]*”|„[^“”„«»]*[“”]|«[^«»]*»")
_UNCLOSED_QUOTE = re.compile(r"[“„«]")
_QUOTED_TITLE = re.compile(r"[“\"][^“”\"]{1,300}[”\"]")
_CITATION_HEAD = re.compile(
    r"[“\"‘]|[A-Z][^\s,“\"]*(?:\s+[^\s,“\"]+){0,5},|[A-Z].{0,40}[“\"‘]"
    r"|[\u200e\u200f\u202a-\u202e\u2066-\u2069]|[\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u3040-\u9fff\uac00-\ud7af]"
)


#: a quotation the text attributes to its speaker ("“A record price means nothing,” says
#: Ama Owusu, who …"): a remark in the text above the note, not a cited title
_ATTRIBUTED = re.compile(rf"[“\"‘][^“”\"]{{1,400}}[”\"’]\s*(?:[A-Z][\w’'.-]*\s+){{0,3}}{SPEECH_VERB}\b")


def _cites_then_says(text: str) -> bool:
    """A note set apart on its page that cites first and then says something ("“Who uses
    desalinated water?,” Observatory, March 2025, https://…/uses. The members are …"): it
    opens as a citation does, and the citation is whole before its first sentence ends."""
    if not _CITATION_HEAD.match(text):
        return False
    m = _PROSE_INSIDE.search(_QUOTED_TITLE.sub(lambda q: "x" * len(q.group(0)), text))
    return m is not None and _citation_like(text[: m.start() + 1])


def _ends_sentence_or_mark(text: str) -> bool:
    """A sentence's end, perhaps with its note mark glued on ("introduced first.2")."""
    return bool(_SENTENCE_END.search(re.sub(r"\d{1,3}$", "", text)))


# a sentence ending inside a line ("… compulsory.4 Its president", "work. The chamber",
# "in Geneva. The talks"): prose, not a citation's lines. A citation's abbreviations end in a
# full stop too: short capitalised ones ("87 Fed. Reg. 62186", "Rev. Econ.", "Vol. 3") and
# a few lower-case ones ("trans. J. Smith", "ed. A. Ruiz", "et al. Oxford")
_PROSE_INSIDE = re.compile(
    r"(?:\b(?!(?:trans|repr|ibid|vols?|nos?|eds?|esp|cit|approx|resp|figs?|chap|sect|paras?|incl|comp|al|pp|cf|op|vs)[.!?])"
    r"[a-z]{2,}|\b[A-Z][a-z]{4,})[.!?][\"”’)]*\d{0,3}\s+[A-Z]"
)


def _trailing_notes(lines: list[_Line | None], k: int, expected: int) -> tuple[list[_Raw], set[int], int] | None:
    """LibreOffice page-bottom notes from `pdftotext` default options when the notes are
    short: each note's text, then its number alone on the line after it, then a blank
    line; the first note may be glued under the page's text. Taken only as a run that ends
    its page, every note citation-like; :func:`read_pdf_text` keeps them only when the text
    marks most of them, as it does plain notes."""
    n = len(lines)
    found = _trailing_text(lines, k)
    above = found is None  # a one-line note's number may stand above it ("12", "", "Interview …")
    if found is None and (found := _line_under_number(lines, k)) is None:
        return None
    first: int = found
    out: list[_Raw] = []
    used: set[int] = set()
    start, num_at = first, k
    while True:
        number = lines[num_at]
        end = start + 1 if above else num_at
        body = [ln for ln in lines[start:end] if ln is not None]
        if number is None or not _citation_like(" ".join(x.text for x in body)):
            break
        note = _note(expected + len(out), number.start, body, body[0])
        note.role = "plain"
        out.append(note)
        used |= set(range(min(start, num_at), max(end - 1, num_at) + 1))
        j = max(end, num_at + 1)
        if j < n and lines[j] is not None and not lines[j].page:  # type: ignore[union-attr]
            return None  # the number opens a line of text: no note layout
        while j < n and lines[j] is None:
            j += 1
        if j >= n or lines[j].page:  # type: ignore[union-attr]
            break  # the run ends its page
        want = expected + len(out)
        if _BARE_NUMBER.match(lines[j].text) and int(lines[j].text) == want:  # type: ignore[union-attr]
            under = _line_under_number(lines, j)
            if under is None:
                return None
            start, num_at, above = under, j, True
            continue
        t = j
        while t < n and t - j < 6 and (ln := lines[t]) is not None and not _BARE_NUMBER.match(ln.text):
            t += 1
        nxt = lines[t] if t < n else None
        if nxt is None and (glued := _glued_number(lines, j, t, want)) is not None:
            out.append(glued)  # the page's last note, its number glued to its last line
            used |= set(range(j, t))
            break
        if nxt is None or not _BARE_NUMBER.match(nxt.text) or int(nxt.text) != want:
            return None  # text goes on below the notes: not a page's foot
        start, num_at, above = j, t, False
    if not out:
        return None
    return out, used, min(first, k)


def _glued_number(lines: list[_Line | None], j: int, t: int, number: int) -> _Raw | None:
    """The last note of a trailing run whose number `pdftotext` glued to the end of its last
    line ("…/forest-strategy7"): lines ``j`` to ``t`` end the page, cite, and the last ends
    with the number expected (after a letter or a full stop)."""
    body = [ln for ln in lines[j:t] if ln is not None]
    end = t
    while end < len(lines) and lines[end] is None:
        end += 1
    if not body or (end < len(lines) and not lines[end].page):  # type: ignore[union-attr]
        return None
    last, digits = body[-1], str(number)
    if not (last.text.endswith(digits) and re.search(r"[^\W\d_.]$|\.$", last.text[: -len(digits)])):
        return None
    body[-1] = _Line(last.start, last.text[: -len(digits)], last.raw_len, last.chunk, last.page)
    if not _citation_like(" ".join(x.text for x in body)):
        return None
    note = _note(number, last.start + len(last.text) - len(digits), body, body[0])
    note.role = "plain"
    return note


def _line_under_number(lines: list[_Line | None], k: int) -> int | None:
    """The line of a one-line note whose number stands alone above it at line ``k``, with a
    blank line between and after ("12", "", "Interview with …, 6 March 2025.", ""): how
    `pdftotext` orders a short LibreOffice note, its raised number first."""
    j = k + 1
    if j >= len(lines) or lines[j] is not None:
        return None
    j += 1
    if j >= len(lines) or (line := lines[j]) is None or line.page or _BARE_NUMBER.match(line.text):
        return None
    if j + 1 < len(lines) and lines[j + 1] is not None and not lines[j + 1].page:  # type: ignore[union-attr]
        return None  # more than one line: not this layout
    return j


def _citation_like(text: str) -> bool:
    """A note's text that cites: a URL, or a year with a comma or a quotation mark."""
    return len(re.findall(r"[^\W\d_]{2,}", text)) >= 3 and bool(
        URL_RE.search(text) or (_YEAR.search(text) and ("," in text or "“" in text or '"' in text))
    )


_PLAIN_ITEM = re.compile(r"^(\d{1,3}) (?=[^\s\d])")
#: the digits of a year a note mark may follow (1800-2099)
_YEAR_DIGITS = r"1[89]\d\d|20\d\d"
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
_SENTENCE_END = re.compile(r"[.!?)\]][\"”’)]*$")


#: a note that points back to another ("Ibid., table 4.", "Id. at 12", "Op. cit., p. 9",
#: "See note 8.", "Cf. n. 3", "See above, note 4")
_BACK_REFERENCE = re.compile(
    r"(?:ibid|ibidem|id|op\.\s?cit|loc\.\s?cit)\b\.?"
    r"|(?:see|cf\.?)(?:\s+(?:above|below),?)?\s+(?:notes?|nn?\.)\s*\d{1,3}\b",
    re.IGNORECASE,
)


def _note_like(text: str) -> bool:
    """A citation ("Author, “Title,” Outlet, 2024, URL"), a pointer back to the note before
    it ("Ibid., table 4.") or a sentence of a few words."""
    if _BACK_REFERENCE.match(text.strip()):
        return True
    words = re.findall(r"[^\W\d_]{2,}", text)
    if len(words) < 3:
        return False
    if _citation_like(text):
        return True
    return len(words) >= 4 and bool(_SENTENCE_END.search(text))


def _plain_run(
    lines: list[_Line | None], k: int, expected: int
) -> tuple[list[tuple[int, _Line, list[_Line]]], set[int], int, int] | None:
    """The run of plain numbered notes from line ``k``: (number, first line, body) each,
    the lines used, the numbering slips and the line after the run; ``None`` when a note
    numbered out of sequence breaks it."""
    n = len(lines)
    items: list[tuple[int, _Line, list[_Line]]] = []
    used: set[int] = set()
    slips = 0
    j = k
    while j < n:
        line = lines[j]
        if line is None:
            nxt = j + 1
            while nxt < n and lines[nxt] is None and nxt - j < 4:
                nxt += 1
            m2 = _PLAIN_ITEM.match(after.text) if nxt < n and (after := lines[nxt]) is not None else None
            if m2 and items and items[-1][0] <= int(m2.group(1)) <= items[-1][0] + 2:
                j = nxt
                continue
            break
        m = _PLAIN_ITEM.match(line.text)
        number = int(m.group(1)) if m else -1
        want = expected if not items else max(x[0] for x in items) + 1
        # a number given twice, the second time further down the run ("… 8 …", "6 …",
        # "9 …"), when the line is a citation: a note defined twice, a numbering slip
        again = m is not None and any(x[0] == number for x in items[:-1]) and _citation_like(line.text[m.end() :])
        if m and (number == want or (items and number in (want - 1, want + 1)) or again):
            slips += number != want
            body = [_Line(line.start + m.end(), line.text[m.end() :], line.raw_len, False)]
            items.append((number, line, body))
            used.add(j)
            j += 1
            continue
        if not items or line.page or (_BARE_NUMBER.match(line.text) and _ends_page(lines, j)):
            break
        if m and _note_like(line.text[m.end() :]) and not _MONTH_AFTER.match(line.text, m.end()):
            return None  # a note numbered out of sequence (not a date run over: "24 November 2015, https://…")
        items[-1][2].append(line)  # the note runs on
        used.add(j)
        j += 1
    return items, used, slips, j


def _plain_notes(lines: list[_Line | None], k: int, expected: int) -> tuple[list[_Raw], set[int], int] | None:
    """Notes as `pdftotext` prints plain numbered lines at the end of the text or at the
    foot of a page: "N text" with one space, the next number on the next note, a note's
    text running over several lines. Taken only as a whole run that ends the text or its
    page, numbered from ``expected`` (a note repeated or one skipped: a numbering slip),
    every note a citation or a sentence; :func:`read_pdf_text` keeps them only when marks
    are found for most of them."""
    first_line = lines[k]
    above = lines[k - 1] if k else None
    if above is not None and first_line is not None and not first_line.page and not _NOTES_HEADING.match(above.text):
        return None  # the run must stand apart from the text above it (or stand under "Notes")
    run = _plain_run(lines, k, expected)
    if run is None:
        return None
    items, used, slips, j = run
    if not items or slips > max(1, len(items) // 3):
        return None
    # the run ends the text or its page (a page number may follow)
    t = j
    while t < len(lines) and ((ln := lines[t]) is None or (_BARE_NUMBER.match(ln.text) and not ln.page)):
        t += 1
    if t < len(lines) and (ln := lines[t]) is not None and not ln.page:
        return None
    if not all(_note_like(" ".join(x.text for x in body)) for _, _, body in items):
        return None
    notes = []
    for number, first, body in items:
        note = _note(number, first.start, body, first)
        note.role = "plain"
        notes.append(note)
    return notes, used, k


def _other_notes(lines: list[_Line | None], plain: bool = True) -> tuple[dict[int, list[_Raw]], set[int]]:
    special: dict[int, list[_Raw]] = {}
    consumed: set[int] = set()
    expected = 1
    k = 0
    n = len(lines)
    while k < n:
        line = lines[k]
        if line is None or k in consumed:
            k += 1
            continue
        m = _ITEM.match(line.text)
        if m and int(m.group(1)) == 1:
            found = _endnote_list(lines, k)
            if found:
                notes, used = found
                special[k] = notes
                consumed |= used
                k = max(used) + 1
                continue
        got = None
        if _BARE_NUMBER.match(line.text) and int(line.text) == expected:
            got = _column_notes(lines, k, expected) or _numbered_notes(lines, k, expected)
            if got is None and plain and k and (lines[k - 1] is not None or _line_under_number(lines, k) is not None):
                got = _trailing_notes(lines, k, expected)
        elif plain and (p := _PLAIN_ITEM.match(line.text)) and int(p.group(1)) == expected:
            got = _plain_notes(lines, k, expected)
        if got:
            notes, used, at = got
            special.setdefault(at, []).extend(notes)
            consumed |= used
            expected = (notes[-1].number or 0) + 1  # these layouts number every note
            k = max(used) + 1
            continue
        k += 1
    return special, consumed


def _lost_bullets(body: list[_Raw], i: int) -> bool:
    """Is a block of short lines ending a sentence (``body[i]``) the items of a list whose
    bullets the PDF lost (each line but the last closed by a comma or a semicolon, under a
    paragraph ending with a colon), not a pull quote?"""
    it = body[i]
    lead = body[i - 1].plain().rstrip() if i else ""
    return lead.endswith(":") and all(line.text.rstrip().endswith((",", ";")) for line in it.lines[:-1])


def _classify(items: list[_Raw]) -> None:
    body = [it for it in items if it.kind == "body"]
    widths = [line.raw_len for it in body for line in it.lines]
    if not widths:
        return
    column = statistics.median(widths)
    narrow = column * 0.75
    edge = _right_edge(widths)

    counts: dict[str, int] = {}
    for it in body:
        if len(it.lines) <= 3:
            key = it.plain()
            counts[key] = counts.get(key, 0) + 1

    for i, it in enumerate(body):
        text = it.plain()
        last = text.rstrip()
        if counts.get(text, 0) >= 2 and len(text.split()) <= 14 and not ends_sentence(last):
            it.role = "title"
            continue
        if _mark_bios(body, i):
            continue
        if it.role in ("bio", "list"):
            continue
        if _BULLET.match(it.lines[0].text):
            it.role = "list"
            continue
        if len(it.lines) >= 3 and _item_lines(it.lines, edge):
            it.role, it.bullets = "list", len(it.lines)  # one item a line
            # (under a lead-in closed by a colon, its first line is an item, not a heading,
            # when it is of the next line's kind: names both, not a table's heading over rows
            # of figures)
            lead_in = (
                i > 0
                and body[i - 1].plain().rstrip().endswith(":")
                and bool(_DIGIT.search(it.lines[0].text)) == bool(_DIGIT.search(it.lines[1].text))
            )
            it.headed = not lead_in and _run_in_heading(it.lines, 0, column)
            continue
        all_narrow = all(line.raw_len <= narrow for line in it.lines)
        if len(it.lines) >= 2 and all_narrow and ends_sentence(last) and not last.endswith(":"):
            if _lost_bullets(body, i):
                it.role, it.bullets = "list", len(it.lines)  # one item a line
            else:
                it.role = "pullquote"
        elif _title_case_heading(it) or _sentence_case_heading(body, i):
            it.role = "heading"


def _line_end(widths: list[int]) -> float:
    """Where the page's lines end: the 90th percentile of their widths (0 for fewer than
    ten lines: too few to tell a joined line from a full one)."""
    return float(sorted(widths)[int(len(widths) * 0.9)]) if len(widths) >= 10 else 0.0


def _right_edge(widths: list[int]) -> float:
    """Where the body's lines end: the right margin (its 90th percentile), less a tenth."""
    return 0.9 * sorted(widths)[int(len(widths) * 0.9)] if widths else 0


def _item_lines(lines: list[_Line], edge: float) -> bool:
    """Are ``lines`` items printed one a line whose bullets were lost (a key-facts box:
    "Minimum wage: 12,500 taka since 2023", "2024: 331 bridges"), not wrapped prose? Each an
    ordinary text line opening with a capital, a figure and a word, or a figure and a colon;
    each but the last stopping short of the margin although the next line's first word would
    have fitted; none but the last a finished sentence (a sentence's end short of the margin
    closes a paragraph, which :func:`_unjoined_paragraphs` cuts there)."""
    if len(lines) < 2 or not edge:
        return False
    if not all(line.raw_len + 1 + _width(nxt.text.split(" ", 1)[0]) <= edge for line, nxt in zip(lines, lines[1:])):
        return False
    if not all(
        _PARAGRAPH_START.match(line.text) or _ITEM_FIGURE.match(line.text) or _THE_NAME.match(line.text.rstrip())
        for line in lines
    ):
        return False
    if any(_PARAGRAPH_END.search(line.text) for line in lines[:-1]):
        return False
    return all(_line_kind(line.text) == "text" for line in lines)


_DIGIT = re.compile(r"\d")
#: a name written with its article, alone on its line: an item of a list of names ("the
#: Netherlands", "the Gambia"; not "the Army (Heer), including …;", a clause of a sentence)
_THE_NAME = re.compile(r"the(?:\s+[A-Z][^\W\d_][\w'’.-]*){1,4}\s*$")
#: a line that opens with a figure and a word or a label's colon: "14,800 tonnes …",
#: "2024: 331 bridges …"
_ITEM_FIGURE = re.compile(r"\d[\d,.]*(?:\s+[^\W\d_]|:\s+\S)")


def _lead_in_items(it: _Raw, edge: float) -> list[_Raw]:
    """A paragraph that ends in a lead-in line closed by a colon and two or more item lines
    (:func:`_item_lines`) under it, cut into the paragraph and a list of one item a line."""
    if it.kind != "body" or it.role != "paragraph" or len(it.lines) < 3:
        return [it]
    k = max((j for j, line in enumerate(it.lines[:-2]) if line.text.rstrip().endswith(":")), default=None)
    if k is None:
        return [it]
    if _item_lines(it.lines[k + 1 :], edge):
        items = _Raw(it.lines[k + 1 :], role="list", bullets=len(it.lines) - k - 1)
        it.lines, it.closed = it.lines[: k + 1], True
        return [it, items]
    e = _items_end(it.lines, k + 1, edge)
    if e is None:
        return [it]
    items = _Raw(it.lines[k + 1 : e], role="list", bullets=e - k - 1)
    rest = _Raw(it.lines[e:], role="paragraph")
    it.lines, it.closed = it.lines[: k + 1], True
    return [it, items, rest]


#: the most words of an item that is a name, one a line ("the Netherlands", "Saint-Denis de La Réunion")
_NAME_WORDS = 5


def _items_end(lines: list[_Line], start: int, edge: float) -> int | None:
    """Where item lines from ``start`` (under a lead-in) end when they run straight on into
    the next paragraph ("France / Italy / Spain / Portugal / Their experience suggests …"):
    at the first line that is full (wrapped prose: the next line's first word would not
    have fitted), when it opens a sentence, two item lines at least stand before it, each a
    name (a few words: longer lines may be headings and short sentences of a page of short
    lines, where no full line tells where the list ends), and the last of them left room
    for its first word; None when there is no such end."""
    if not edge:
        return None
    for e in range(start + 2, len(lines) - 1):
        line, nxt = lines[e], lines[e + 1]
        if line.raw_len + 1 + _width(nxt.text.split(" ", 1)[0]) <= edge:
            continue
        last = lines[e - 1]
        if (
            _PARAGRAPH_START.match(line.text)
            and last.raw_len + 1 + _width(line.text.split(" ", 1)[0]) <= edge
            and all(len(item.text.split()) <= _NAME_WORDS for item in lines[start:e])
            and _item_lines(lines[start:e], edge)
        ):
            return e
        return None
    return None


def _after_lead_in(prev: _Raw | None, it: _Raw, edge: float) -> list[_Raw]:
    """A paragraph right under a block closed by a colon (a lead-in the reader cut off) that
    opens with item lines and runs on into prose: cut into a list of one item a line and
    the paragraph after it."""
    if (
        prev is None
        or prev.kind != "body"
        or it.kind != "body"
        or it.role != "paragraph"
        or len(it.lines) < 3
        or not prev.plain().rstrip().endswith(":")
    ):
        return [it]
    e = _items_end(it.lines, 0, edge)
    if e is None:
        return [it]
    return [_Raw(it.lines[:e], role="list", bullets=e), _Raw(it.lines[e:], role="paragraph")]


def _mark_bios(body: list[_Raw], i: int) -> bool:
    """An author's name line followed by paragraphs that start with the name: a bio."""
    it = body[i]
    if not (_is_bio_header(it) and i + 1 < len(body)):
        return False
    name = it.lines[0].text
    if not (body[i + 1].plain().startswith(name) or body[i + 1].plain().startswith(name.split()[0] + " ")):
        return False
    it.role = "bio"
    j = i + 1
    while j < len(body) and body[j].plain().startswith(name.split()[0]):
        body[j].role = "bio"
        j += 1
    if j < len(body):
        body[j].after_bio = True
    return True


def _title_case_heading(it: _Raw) -> bool:
    """A short block in title case with no closing punctuation ("Who Pays the Bill")."""
    text = it.plain()
    return (
        len(it.lines) <= 3
        and len(text.split()) <= 14
        and text[:1].isupper() | text[:1].isdigit()
        and not re.search(r"[.,;:!?]['\"”’)]*(?:\[\d{1,3}\])*$", text.rstrip())
        and is_title_case(text, _FUNCTION_WORDS)
    )


#: a bullet opening a list item's first line ("• Tordera II, north of Barcelona;")
_BULLET = re.compile(rf"[{BULLETS}–-] +(?=\S)")


def _sentence_case_heading(body: list[_Raw], i: int) -> bool:
    """A heading written in sentence case ("Who uses the water"): one short line with no
    closing punctuation, standing as a block of its own between a finished sentence (or
    the start) and a block that opens a sentence."""
    it = body[i]
    text = it.plain().strip()
    title = _SECTION_NUMBER.sub("", text, count=1)  # "2. Who pays" is headed "Who pays"
    words = title.split()
    if len(it.lines) != 1 or not 1 <= len(words) <= 10 or not title[:1].isupper():
        return False
    if re.search(r"[.,;:!\-–—]$|\d$", _BRACKET_MARKS.sub("", text)) or i + 1 >= len(body):
        return False  # "According to the Foundation:[41]" is a lead-in, not a heading
    after = body[i + 1].plain().lstrip()
    near = [body[j].plain() for j in (i - 1, i + 1) if 0 <= j < len(body) and len(body[j].lines) <= 3]
    if title != text and _numbered_alike(text, near):
        return False  # an item of a numbered list ("2. Product design"), between short items
    return _stands_before(body, i) and _opens_prose(after) and len(after.split()) > len(words)


def _opens_prose(text: str) -> bool:
    """Does a block start the way prose under a heading does: a capital, perhaps after an
    opening quotation mark or bracket, or a figure and a word ("14,800 tonnes of …")?"""
    return text.lstrip("\"“‘'(")[:1].isupper() or bool(_ITEM_FIGURE.match(text))


_BRACKET_MARKS = re.compile(r"(?:\[\^?\d{1,3}\])+$")
#: a section number before a heading's words: "2.", "3.1", "IV.", "A."
_SECTION_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.|[A-H]\.)\s+(?=\S)")


def _numbered_alike(text: str, others: list[str]) -> bool:
    """Does one of ``others`` start with a number of the same shape as ``text``'s ("3." after
    "2.", "1.2" after "1.1")?"""
    m = _SECTION_NUMBER.match(text)
    shape = re.sub(r"\d+", "0", m.group().strip()) if m else None
    for other in others:
        n = _SECTION_NUMBER.match(other.lstrip())
        if n and re.sub(r"\d+", "0", n.group().strip()) == shape:
            return True
    return False


def _stands_before(body: list[_Raw], i: int) -> bool:
    """Can ``body[i]`` start something (a heading), given the block before it: nothing, a
    finished sentence, or a line that stands alone (a heading, a dateline, a byline: one
    line that does not break off mid-phrase at a comma, hyphen or conjunction)?"""
    if i == 0:
        return True
    prev = body[i - 1]
    last = prev.plain().rstrip()
    if ends_sentence(last) or prev.role in ("heading", "title", "list"):
        return True
    return len(prev.lines) == 1 and not re.search(r"[,;\-–—/(]$|\b(?:and|or|of|the|a|an|to|in|for|with)$", last, re.I)


_BULLET_ONLY = re.compile(rf"^[{BULLETS}]$")


def _bullet_columns(items: list[_Raw]) -> list[_Raw]:
    """`pdftotext` prints a bullet list's bullets as a column of their own ("•" a line,
    under the text above the list), then the items' lines: the block after such a column
    is a list of as many items; the bullets are dropped."""
    out: list[_Raw] = []
    pending = 0
    for it in items:
        if it.kind != "body":
            out.append(it)
            continue
        if pending and len(it.lines) >= pending:
            it.role, it.bullets = "list", pending
        pending = 0
        k = len(it.lines)
        while k and _BULLET_ONLY.match(it.lines[k - 1].text):
            k -= 1
        if len(it.lines) - k >= 2:
            pending = len(it.lines) - k
            it.lines = it.lines[:k]
            if not it.lines:
                continue
        out.append(it)
    return out


def _list_items(it: _Raw) -> list[_Raw]:
    """A bullet list block cut into its items, each without its bullet; a line without a
    bullet goes on the item above it. A list whose bullets stood apart (printed as a column
    of their own, or lost) has one item a line when the counts agree, else an item ends at
    a line ending in ";", "." or ","."""
    if it.bullets:
        starts = _item_starts(it.lines, it.bullets)
        if starts is None:
            return [_Raw(it.lines, role="paragraph")]
        bounds = [*starts, len(it.lines)]
        pieces = [_Raw(it.lines[a:b], role="list") for a, b in zip(bounds, bounds[1:], strict=False)]
        if it.headed:
            pieces[0].role = "heading"
        return pieces
    items: list[_Raw] = []
    for line in it.lines:
        m = _BULLET.match(line.text)
        if m or not items:
            cut = m.end() if m else 0
            items.append(
                _Raw([_Line(line.start + cut, line.text[cut:], line.raw_len, line.chunk, line.page)], role="list")
            )
        else:
            items[-1].lines.append(line)
    return items


#: a line that closes a list item: a stop, a semicolon, a colon or a comma, perhaps before a
#: closing quotation mark or bracket and a note number ("…in prison;11"), not a decimal
_ITEM_CLOSED = re.compile(r"(?<!\d)[;.,:!?][\"”’)]*\d{0,3}$")
_ITEM_OPEN = re.compile(r"[,\-–(]$|\b(?:and|or|of|the|a|an|to|in|on|for|by|with|from|at|as)$", re.IGNORECASE)


def _item_starts(lines: list[_Line], count: int) -> list[int] | None:
    """Where each of ``count`` list items starts among ``lines`` (their bullets were printed
    apart): one item a line when the counts agree; else after each line closed by
    punctuation; else, for label lines ("Branches closed since 2016: 180"), also before each
    capitalised line whose line above does not run on. ``None`` when no reading gives
    ``count`` items."""
    if len(lines) == count:
        return list(range(count))
    closed = [j for j in range(1, len(lines)) if _ITEM_CLOSED.search(lines[j - 1].text.rstrip())]
    if len(closed) == count - 1:
        return [0, *closed]
    capital = [
        j
        for j in range(1, len(lines))
        if not _ITEM_OPEN.search(lines[j - 1].text.rstrip())
        and (lines[j].text[:1].isupper() or lines[j].text[:1].isdigit() or j in closed)
    ]
    if len(capital) == count - 1:
        return [0, *capital]
    return None


# -- lines that are not prose ----------------------------------------------------------

_TOC_LINE = re.compile(r"(?:\.\s?){4,}\s*\d{1,4}$|…{2,}\s*\d{1,4}$|\S {4,}\d{1,4}$")
_TOC_NUMBERED = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+\S.{0,70}$")
_CONTENTS = re.compile(r"^(?:contents|table of contents)$", re.IGNORECASE)
#: a line of code by its start (a keyword, a prompt, a comment's mark, a tag, a line of
#: closing brackets, a match arm, a JSON or YAML key and its value): each piece is ``^``-anchored
_CODE_AT_START = (
    r"^(?:\$ |# |//|/\*|\*/|#include|#!|>>> |fn |pub |let |const |use |impl[ <]|struct |enum |"
    r"trait |async fn |def |class \w+[:(]|import |from \S+ import|return\b|if \(|for \(|"
    r"while \(|func |var |package |<\?|</?[a-z]+[ >])"
    r"|^[})\]]+[;,)]*$"
    r"|^\.*(?:=>|->)"  # a match arm ("0 => …", "1 ..=> …")
    # a JSON or YAML key and its value ('"cost": "$12.34",', "max_retries: 5")
    r"|^\"[^\"]{1,40}\":\s*(?:\"[^\"]*\"|-?\d[\d.eE+-]*|true|false|null|[\[{])\s*,?$"
    r"|^[a-z]+_\w*:\s+(?:\"[^\"]*\"|'[^']*'|-?\d[\d.]*|true|false|null|[\w./-]+)$"
)
#: a line of code by what it holds anywhere: a bracket or a semicolon ending it, a call, an
#: operator between spaces, a macro call ("println!("), a memory address, a path of three
#: names or more (a backtrace: "1:  0x55c39a23372c -", "std::sys::backtrace::write").
#: Every piece needs an end or a piece of text of :func:`_maybe_code_within` (keep them in step)
_CODE_WITHIN = (
    r"[{}]$|[)\]?>]\s*;$|=.*;$|\b\w+!?\([^()]*\);?$|\s(?:=>|->|::|==|!=|&&|\|\|)\s"
    r"|\b[a-z_]\w*!\(\S"
    r"|\b0x[0-9a-fA-F]{8,}\b|\b\w+::\w+::\w+"
)
_CODE_STRONG = re.compile(_CODE_AT_START + "|" + _CODE_WITHIN)
_CODE_STARTS = re.compile(_CODE_AT_START)
_CODE_HOLDS = re.compile(_CODE_WITHIN)
#: the ends (``$``: or before a final line break) and the pieces of text that one of
#: _CODE_WITHIN's alternatives needs: a line with none of them is not searched (most prose)
_CODE_ENDS = ("{", "}", ")", ";", "{\n", "}\n", ")\n", ";\n")
_CODE_PIECES = ("!(", "=>", "->", "::", "==", "!=", "&&", "||", "0x")


def _maybe_code_within(text: str) -> bool:
    return text.endswith(_CODE_ENDS) or any(piece in text for piece in _CODE_PIECES)


def _code_strong(text: str) -> bool:
    """``_CODE_STRONG.search(text)``, true or false, without searching every position of a
    line of prose for a mark of code it cannot hold (most of a PDF's lines)."""
    if _CODE_STARTS.match(text) is not None:
        return True
    return _maybe_code_within(text) and _CODE_HOLDS.search(text) is not None


#: a line of a list in prose that ends in an aside and a semicolon ("the Navy (Marine);",
#: "Aldel, Delfzijl (Netherlands);"): words before the aside, no mark of code, so not the
#: call of ``foo(bar);`` or ``free (buffer);`` (a name's capital or "the" opens the line)
_PROSE_ITEM_END = re.compile(
    r"^(?:(?:the|and)\s+[^\W\d_]|[^\W\d_](?<=[^\W\d_a-z]))[\w'’.-]*(?:,?\s+[^\W\d_][\w'’.-]*){0,7}\s\((?:[^\W\d_][\w'’.-]*)(?:\s+[^\W\d_][\w'’.-]*){0,4}\);$"
)
_PROSE_END = re.compile(r"[.!?:][\"”’)]*(?:\d{1,3})?$")
_FURNITURE = re.compile(
    r"^(?:page \d+(?: of \d+)?|\d{1,2}/\d{1,2}/\d{2,4},? \d{1,2}:\d{2}(?:\s?[AP]M)?.*"
    r"|(?:https?|file|ﬁle)://\S+(?:\s+\d+/\d+)?|\d{1,3}/\d{1,3})$",
    re.IGNORECASE,
)
_CAPTION = re.compile(r"^(?:figure|fig\.|table|chart|exhibit|map|photo|image|source)\s*[\d.:]", re.IGNORECASE)
_CELL = re.compile(r"^[-–+$€£¥(]?\d(?:[\d.,]*\d)?[%)kKmMbB]?$|^[-–—]$")


#: a line of code that opens a block, a call or a list: the next line is inside it
_OPENS_BLOCK = re.compile(r"[{(\[]$")


def _ascii_rule(text: str) -> bool:
    """A border of a table drawn in characters ("+------+-----+", or the part of one a
    rendering wrapped onto the next line: "----+-----+"), as a program prints one into a
    terminal: only dashes or equals signs joined by plus signs (and pipes), never written
    in prose nor in a table of a report, whose rules are lines, not characters. A rule of
    dashes alone ("-----") is a heading's underline or a break, not a table's."""
    t = text.strip()
    return (
        len(t) >= 4
        and "+" in t
        and t.count("-") + t.count("=") >= 3
        and not t.strip("+-=|")
        and not re.search(r"[+|]{2}", t)
    )


def _ascii_row(text: str) -> bool:
    """A row of a table drawn in characters, or a piece of one wrapped by the rendering:
    it opens or closes with a pipe ("| codegen | 1.25s | 159 |", "| 1.37s", "time | 12 |")."""
    t = text.strip()
    return t.startswith("|") or t.endswith("|")


def _ascii_tables(lines: list[_Line], kinds: list[str]) -> None:
    """Mark as code each run of lines that are only a drawn table's borders and rows, when it
    holds a border: output a program printed, shown in a code block (a PDF keeps the
    block's lines but not its frame). Its cells are not the writer's claims; the rows of a
    report's own table (columns set apart by spaces, no borders drawn) are left to be read."""
    i = 0
    while i < len(lines):
        if not (_ascii_rule(lines[i].text) or _ascii_row(lines[i].text)):
            i += 1
            continue
        j = i
        while j < len(lines) and (_ascii_rule(lines[j].text) or _ascii_row(lines[j].text)):
            j += 1
        if any(_ascii_rule(line.text) for line in lines[i:j]):
            kinds[i:j] = ["code"] * (j - i)
        i = j


def _code_gutter(rest: str) -> bool:
    """The text after a line number is code, not a note: a gutter bar ("1  | let x = 2;",
    as compilers quote source lines) or a line of code."""
    return rest.startswith("|") or _code_strong(rest)


def _ends_in_digit(text: str) -> bool:
    """What every _TOC_LINE holds: a digit at its end (``$``: or before a final line break)."""
    end = text[:-1] if text.endswith("\n") else text
    return end[-1:].isdecimal()


#: a sentence's end and its note mark ending a line ("2024 rates). 1", "in 2019. 4",
#: "tenfold.”3"): a word or a closing bracket before the stop; a year and a mark are no row
_SENTENCE_END_MARK = re.compile(r"(?:[^\W\d_]|\))[\"”’)\]]*[.!?;][\"”’)]*\s?\d{1,3}$")


def _line_kind(text: str) -> str:
    if _FURNITURE.match(text):
        return "furniture"
    if _EDIT_HEADING.search(text) and len(text) < 90:
        return "heading"  # MediaWiki's "History[edit]"
    if _ends_in_digit(text) and _TOC_LINE.search(text):
        return "toc"
    if len(_COLUMNS.findall(text)) >= 2 and not _PROSE_END.search(text):
        return "table"
    tokens = text.split()
    if (
        tokens
        and len(tokens) <= 8
        and sum(1 for t in tokens if _CELL.match(t)) * 2 > len(tokens)
        and not re.search(r"[.!?:][\"”’)]*$", text)
        and not _SENTENCE_END_MARK.search(text)
    ):
        return "table"  # "120 9,800", "2024  41.2  17%"
    if _code_strong(text) and not _PROSE_ITEM_END.search(text):
        return "code"
    return "text"


def _run_in_heading(lines: list[_Line], i: int, column: float) -> bool:
    """A heading that `pdftotext` ran into the text below it, without a blank line: a short
    line in title or sentence case with no closing punctuation, after the end of a sentence
    (or first in its block), followed by a line that starts a sentence."""
    if i + 1 >= len(lines) or (i and not ends_sentence(lines[i - 1].text)):
        return False
    text, nxt = lines[i].text, lines[i + 1].text
    words = text.split()
    if not 1 <= len(words) <= 10 or lines[i].raw_len > 0.7 * column:
        return False
    if re.search(r"[.,;:!?…\-–—/(\[“\"‘']$", text) or ends_sentence(text):
        return False
    if not (text[:1].isupper() or text[:1].isdigit()) or not nxt[:1].isupper():
        return False
    if any(is_cjk(ch) for ch in text) or re.search(r"\d{1,3}$", text):
        return False  # a mark or a number ends it: the end of a sentence's line
    return bool(re.search(r"[^\W\d_]{3,}", text))


def _split_kinds(items: list[_Raw]) -> list[_Raw]:
    """Split body blocks where their lines turn into code, table rows, contents lines or
    page furniture, and mark those parts; only the rest is read as prose."""
    out: list[_Raw] = []
    in_contents = False
    widths = [line.raw_len for it in items if it.kind == "body" for line in it.lines]
    column = statistics.median(widths) if widths else 0
    edge = _right_edge(widths)
    items = [piece for it in items for piece in _unjoined_paragraphs(it, edge)]
    items = [piece for it in items for piece in _lead_in_items(it, edge)]
    items = [piece for k, it in enumerate(items) for piece in _after_lead_in(items[k - 1] if k else None, it, edge)]
    for it in items:
        if it.kind != "body" or it.role not in ("paragraph", "heading"):
            out.append(it)
            continue
        kinds = _line_kinds(it, column)
        if in_contents or (len(it.lines) >= 3 and _CONTENTS.match(it.lines[0].text)):
            numbered = [bool(_TOC_NUMBERED.match(line.text)) for line in it.lines]
            if sum(numbered) * 2 > len(numbered) or _CONTENTS.match(it.lines[0].text):
                kinds = [
                    "toc" if (n or _CONTENTS.match(line.text)) else k for n, line, k in zip(numbered, it.lines, kinds)
                ]
                in_contents = True
            else:
                in_contents = False
        if in_contents and not any(k == "toc" for k in kinds):
            in_contents = False
        if all(k == "text" for k in kinds) or (kinds == ["heading"] and it.role == "heading"):
            if _CAPTION.match(it.plain()) and len(it.plain().split()) <= 40 and it.role == "paragraph":
                it.role = "caption"
            out.append(it)
            continue
        out.extend(_runs_of_kinds(it, kinds))
    return out


def _unjoined_paragraphs(it: _Raw, edge: float) -> list[_Raw]:
    """A body paragraph cut where `pdftotext` printed two paragraphs with no blank line
    between them: after a line that ends a sentence (perhaps with its note mark) and stops
    short of the right margin although the next line's first word would have fitted well
    within it (``edge``: proportional fonts make widths in characters approximate), when
    the next line opens a sentence."""
    if it.kind != "body" or it.role != "paragraph" or len(it.lines) < 2 or not edge:
        return [it]
    cuts = [
        i + 1
        for i, (line, nxt) in enumerate(zip(it.lines, it.lines[1:], strict=False))
        if line.raw_len + 1 + _width(nxt.text.split(" ", 1)[0]) <= edge  # cheapest first: most lines are full
        and _PARAGRAPH_START.match(nxt.text)
        and _PARAGRAPH_END.search(line.text)
    ]
    if not cuts:
        return [it]
    bounds = [0, *cuts, len(it.lines)]
    pieces = [_Raw(it.lines[a:b], closed=True) for a, b in zip(bounds[1:-1], bounds[2:], strict=False)]
    pieces[-1].closed = False
    it.lines, it.closed = it.lines[: cuts[0]], True
    return [it, *pieces]


#: a paragraph's last line: a sentence's end, perhaps a closing quotation mark or bracket and
#: a note mark ("… doubled.3", "… “for good.”4"); the next paragraph's first words
_PARAGRAPH_END = re.compile(
    r"[^\W\d_]{2}[.!?][\"”’)]*(?:\d{1,3}|\[\^?\d{1,3}\])?$|(?<![\d.,])\d+[.!?][\"”’)]*(?:\[\^?\d{1,3}\])?$"
)
_PARAGRAPH_START = re.compile(r"[\"“‘(]?[A-Z][^\W\d_]")


def _line_kinds(it: _Raw, column: float) -> list[str]:
    """What each line of a body block is (text, code, table, heading …), each line read in
    the light of its neighbours."""
    kinds = [_line_kind(line.text) for line in it.lines]
    _ascii_tables(it.lines, kinds)
    # code: a run needs two code lines; a prose-looking line between them goes with them
    for i, k in enumerate(kinds):
        if k == "code":
            near = [j for j in range(max(0, i - 2), min(len(kinds), i + 3)) if j != i and kinds[j] == "code"]
            if not near and not re.match(r"^(?:\$ |>>> |#!)", it.lines[i].text):
                kinds[i] = "text"
    for i, k in enumerate(kinds):
        if k == "text" and 0 < i < len(kinds) - 1 and kinds[i - 1] == "code":
            nxt = next((kinds[j] for j in range(i + 1, min(len(kinds), i + 3)) if kinds[j] != "text"), None)
            if nxt == "code" and not _PROSE_END.search(it.lines[i].text):
                kinds[i] = "code"
    for i, k in enumerate(kinds):
        # one number line inside a sentence ("is due in" / "2026.2"): its end, not a table row
        if k == "table" and i and kinds[i - 1] == "text" and _sentence_end_line(it.lines, kinds, i):
            kinds[i] = "text"
    if it.role == "paragraph":
        for i in range(len(it.lines)):
            near_code = "code" in kinds[max(0, i - 1) : i + 2]
            if kinds[i] == "text" and not near_code and _run_in_heading(it.lines, i, column):
                kinds[i] = "heading"
    return kinds


def _sentence_end_line(lines: list[_Line], kinds: list[str], i: int) -> bool:
    """Line ``i``, one number after a long unfinished text line, ends that sentence."""
    return (
        (i + 1 == len(kinds) or (kinds[i + 1] != "table" and lines[i + 1].text[:1].isupper()))
        and not ends_sentence(lines[i - 1].text)
        and len(lines[i - 1].text.split()) >= 6
        and len(lines[i].text.split()) == 1
    )


def _runs_of_kinds(it: _Raw, kinds: list[str]) -> list[_Raw]:
    """The block cut into runs of lines of one kind, each with its role."""
    out: list[_Raw] = []
    text_role = "paragraph" if "heading" in kinds else it.role
    run: list[_Line] = []
    run_kind = "text"
    for line, k in zip(it.lines, kinds):
        if run and k != run_kind:
            out.append(_Raw(run, role=run_kind if run_kind != "text" else text_role))
            run = []
        run.append(line)
        run_kind = k
    if run:
        out.append(_Raw(run, role=run_kind if run_kind != "text" else text_role))
    return out


def _is_bio_header(it: _Raw) -> bool:
    if len(it.lines) != 2:
        return False
    name = it.lines[0].text
    parts = name.split()
    if not 2 <= len(parts) <= 4 or any(ch.isdigit() for ch in name):
        return False
    if not re.fullmatch(r"[^\W\d_][\w .'’-]*", name) or ":" in it.lines[1].text:
        return False  # "Mozilla Developer Network[edit]" / "Main article: …"
    if parts[0].lower() in _FUNCTION_WORDS:
        return False  # "The Lake Ferry Timetable": a title, not a name
    if not all(p[0].isupper() for p in parts):
        return False
    if len(re.findall(r"[^\W\d_]{2,}", it.lines[1].text)) < 1:
        return False  # "2025-02-18": a title and its date, not a name and a role
    return len(it.lines[1].text.split()) <= 15 and not ends_sentence(it.lines[1].text)


def _url_continues(token: str, next_text: str) -> bool:
    token = token.lstrip("([<\"'“‘")  # "(https://…" or "“https://…"
    if not token or not URL_RE.match(token):
        return False
    nxt = next_text.split(" ", 1)[0]
    if not nxt or any(is_cjk(ch) for ch in nxt):
        return False
    if _ASIDE_AFTER_URL.match(next_text):
        return False  # "…/economic-survey-2025/" then "(accessed 2 August 2025)": the note goes on
    if token[-1] in "-/_=?&%#~+":
        return True
    if not (nxt[0].islower() or nxt[0].isdigit()):
        return False
    if token[-1] == ".":
        return "." in nxt or "/" in nxt or bool(_URL_CHARS_IN_TOKEN.search(nxt))
    return bool(_URL_CHARS_IN_TOKEN.search(nxt))


#: a bracketed aside in words after a URL that ends a line ("(accessed 2 August 2025)",
#: "(in Spanish)", "[PDF]"): no part of the URL
_ASIDE_AFTER_URL = re.compile(r"[(\[](?:[^\W\d_]+)(?:[ \])]|$)")


#: a count written as a word glued to the noun it counts: `pdftotext` takes the hyphen of a
#: compound broken at a line end for a soft hyphen and drops it ("three-" / "country pilot"
#: comes out as "threecountry pilot"); words that begin with a number's letters stay whole
_GLUED_COUNT_WORDS = sorted([*ONES, *TENS, "hundred"], key=len, reverse=True)  # "fourteen" before "four"


def _glued_count_pattern(words: list[str]) -> str:
    """``(?<![\\w/.=?&#%:-])(WORD|...)([a-z]{4,})(?![\\w-]|[./?#=&]\\w)`` read with
    re.IGNORECASE, written to start with a character class (the letters the words begin
    with, as that flag reads them) so the engine skips to the places where a word can
    begin, instead of trying every word at every character of every line; the character
    before it is tested after it, and each word is tried after the letter it begins with,
    in the same order: the same matches (``tests/test_prefilters.py``)."""
    firsts = sorted({w[0] for w in words})
    letters = "".join(c.upper() + c + _IGNORECASE_ALSO.get(c, "") for c in firsts)
    branches = "|".join(f"(?<={c})(?:{'|'.join(w[1:] for w in words if w[0] == c)})" for c in firsts)
    return rf"([{letters}](?<![\w/.=?&#%:-].)(?i:{branches}))((?i:[a-z]{{4,}}))(?![\w-]|[./?#=&]\w)"


#: letters re.IGNORECASE reads as another ASCII letter than their own (the long s, the
#: Kelvin sign, the dotted capital and dotless small i)
_IGNORECASE_ALSO = {"s": "\u017f", "k": "\u212a", "i": "\u0130\u0131"}

_GLUED_COUNT = re.compile(_glued_count_pattern(_GLUED_COUNT_WORDS))
_NOT_GLUED = frozenset({"oneself", "onestop", "tenfold", "twofold", "threefold", "fourfold", "fivefold", "hundredfold"})


def _add_restoring_hyphens(builder: TextBuilder, text: str, start: int, vocab: dict[str, int]) -> None:
    """Add a line's text, with the hyphen put back into a count glued to its noun
    ("threecountry" → "three-country") when the document writes the noun on its own."""
    done = 0
    for m in _GLUED_COUNT.finditer(text):
        rest = m.group(2).lower()
        if m.group(0).lower() in _NOT_GLUED or not any(
            vocab.get(form, 0) > 0 for form in (rest, rest + "s", singular(rest), rest[:-1] + "ies")
        ):
            continue
        builder.add(text[done : m.end(1)], start + done)
        builder.add_synthetic("-", start + m.end(1))
        done = m.end(1)
    builder.add(text[done:], start + done)


#: a line this much longer than where the page's lines end is two lines `pdftotext` joined
#: when it took the hyphen of a compound broken at the first one's end for a soft hyphen
_JOINED_LINE = 1.3
#: a word of letters (hyphens apart: a compound's other hyphens stay where they are)
_LETTERS = re.compile(r"[^\W\d_]{4,}")


def _dropped_hyphens(line: _Line, edge: float, vocab: dict[str, int]) -> list[int]:
    """Where in ``line.text`` to put back the hyphen `pdftotext` dropped when it joined two
    lines at a compound broken with a hyphen ("North Rhine-" / "Westphalia …" comes out as
    one line much longer than the page's, "North RhineWestphalia …"): in a word that
    straddles the column where the page's lines end, at the split whose hyphened form the
    document writes elsewhere ("Rhine-Westphalia"). Empty for a line of the page's width."""
    if not edge or line.raw_len <= _JOINED_LINE * edge:
        return []
    indent = line.raw_len - _width(line.text)
    out: list[int] = []
    for m in _LETTERS.finditer(line.text):
        if indent + m.end() <= 0.6 * edge or indent + m.start() > edge + 1:
            continue
        word = m.group(0).lower()
        for k in range(2, len(word) - 1):
            if 0.6 * edge <= indent + m.start() + k <= edge + 1 and vocab.get(f"{word[:k]}-{word[k:]}", 0) > 0:
                out.append(m.start() + k)
                break
    return out


def _add_line(builder: TextBuilder, line: _Line, text: str, edge: float, vocab: dict[str, int]) -> None:
    """Add ``text`` (``line``'s text or its start), with the hyphens `pdftotext` dropped put back."""
    done = 0
    for at in _dropped_hyphens(line, edge, vocab):
        if at >= len(text):
            break
        _add_restoring_hyphens(builder, text[done:at], line.start + done, vocab)
        builder.add_synthetic("-", line.start + at)
        done = at
    _add_restoring_hyphens(builder, text[done:], line.start + done, vocab)


def _append_lines(builder: TextBuilder, lines: list[_Line], vocab: dict[str, int], edge: float = 0) -> None:
    """Append ``lines`` joined as prose: hyphenation removed, URLs and CJK rejoined, the
    hyphen of a count glued to its noun put back, and the hyphen of a compound `pdftotext`
    dropped when it joined two lines (``edge``: where the page's lines end)."""
    for i, line in enumerate(lines):
        text = line.text
        start = line.start
        if len(builder) and i == 0:
            builder.add_synthetic(" ", start)
        if i + 1 < len(lines):
            nxt = lines[i + 1].text
            last_token = text.rsplit(" ", 1)[-1]
            if _url_continues(last_token, nxt):
                _add_line(builder, line, text, edge, vocab)
                continue
            keep = keep_line_hyphen(text, nxt, vocab)
            if keep is False:
                _add_line(builder, line, text[:-1], edge, vocab)
                continue
            slash = text[-1] == "/" and not _ASIDE_AFTER_URL.match(nxt)  # "…/2025/" "(accessed …)": a space
            if keep is True or text[-1] in "–—" or slash or (is_cjk(text[-1]) and is_cjk(nxt[0])):
                _add_line(builder, line, text, edge, vocab)
                continue
            _add_line(builder, line, text, edge, vocab)
            builder.add_synthetic(" ", start + len(text))
        else:
            _add_line(builder, line, text, edge, vocab)


def _join_paragraph(parts: list[_Raw], vocab: dict[str, int], edge: float = 0) -> TextBuilder:
    builder = TextBuilder()
    lines = [line for part in parts for line in part.lines]
    _append_lines(builder, lines, vocab, edge)
    return builder


# -- in-text references --------------------------------------------------------------

_STRONG_PRE = set('.,;:!?”"’)]…')
_NUMBERS = re.compile(r"(?<!\w)(?<!\d\.)(?<!\d,)(?<!\d:)\d{1,3}(?:, ?\d{1,3})*")


def _candidates(
    text: str,
) -> Iterator[tuple[list[tuple[int, int]], bool, str, str, int, tuple[int, int]]]:
    """Possible references: ``(numbers, strong, previous word, what follows, gap)``.

    ``numbers`` is ``[(offset, number), ...]`` ("4, 5, 6" gives three); ``strong`` means the
    number follows punctuation ("pack.”3", "error. 2"), else it follows a word.
    """
    for m in _NUMBERS.finditer(text):
        s, e = m.start(), m.end()
        before = text[s - 1] if s else ""
        after = text[e] if e < len(text) else ""
        if before and (before.isalnum() or before in "-–/#$€£¥+_%'"):
            continue  # part of an identifier, an amount or a range
        if before in ".:," and s >= 2 and text[s - 2].isdigit():
            continue  # 2.5, 10:30, 1,000
        if after and (after.isalnum() or after in "%-–/_°"):
            continue  # 5G, 100th, 12%, nine-hour
        if after in ".:," and text[e + 1 : e + 2].isdigit():
            continue
        j = s
        while j and text[j - 1] == " ":
            j -= 1
        gap = s - j
        if gap > 1 or j == 0:
            continue
        strong = text[j - 1] in _STRONG_PRE
        k = text.rfind(" ", 0, j) + 1
        prev_word = text[k:j]
        follow = text[e : e + 40].lstrip(" ")
        nums = [(s + nm.start(), int(nm.group(0))) for nm in re.finditer(r"\d{1,3}", m.group(0))]
        if re.search(r",\d{3}", m.group(0)) and any(b[1] != a[1] + 1 for a, b in zip(nums, nums[1:])):
            continue  # "12,000": an amount with its thousands separator, not marks 12 and 0
        yield nums, strong, prev_word, follow, gap, (s - gap, e)


def _follow_ok(follow: str) -> bool:
    if not follow:
        return True
    ch = follow[0]
    if ch in '—–-,.;:)”"’' or is_cjk(ch) or ch.isupper():
        return True
    word = re.match(r"[^\W\d_]+", follow)
    return word is not None and word.group(0).lower() in _FUNCTION_WORDS


def _weak_prev_ok(prev: str) -> bool:
    """After a word: a lower-case word ("system 2") or a year ("in 2023 8")."""
    if re.fullmatch(r"\d{4}", prev):
        return True
    return bool(re.fullmatch(r"[a-z][a-z’'-]*", prev))


# what a count is followed by: "of" ("12 of them") or a plural noun ("20 countries",
# "14 African states", "300 people"), perhaps after one word ("20 African countries")
_COUNTED_NOUN = (
    r"(?:[a-z][a-z-]*[a-rt-z]s|[a-z][a-z-]*(?:ies|ses|xes|ches|shes)|people|children|men|women|per\s+cent|percent)\b"
)
_COUNTED = re.compile(rf"(?:of\b|{_COUNTED_NOUN}|[A-Z][\w-]*\s+{_COUNTED_NOUN})")
_STOPS = set(".!?…")
#: a day before its month is a date ("sworn in on 7 January 2025"), not a note mark
_MONTH_AFTER = re.compile(
    "(?:" + "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True)) + r")\b\.?\s*(?:\d{4}|[,;)])"
)
#: how far past the highest note (and the last reference) a number may go and still be a
#: mark without a note (a slip FN002 reports); further, it is a count ("all: 810 in the south")
_BEYOND = 3
#: abbreviations that place a number in a source ("vol. 8, no. 2", "pp. 14", "fig. 3"):
#: the number after them is a locator, not a note mark, unless the PDF sets it raised
_LOCATORS = frozenset("vol vols no nos p pp fig figs ch chap sec art para tab eq".split())


def _counted(text: str, span: tuple[int, int], follow: str, next_mark: bool) -> bool:
    """Does the number read as a count of what follows it, not a note mark? "of" right
    after it ("12 of them"); unless it is the next note number, a plural noun ("20
    countries"; a verb looks the same: "consultancy, 9 exhibits much"), after a comma, a
    semicolon or a word also after one capitalised word ("2025, 20 African countries").
    A mark between two sentences ("the fund. 4 Donors …") is never taken for a count."""
    m = _COUNTED.match(follow)
    if not m or (next_mark and m.group(0) != "of"):
        return False
    if follow[:1].isupper():  # "… 20 African countries": not after a sentence's end
        k = span[0]
        while k and text[k - 1] in ' ”"’)':
            k -= 1
        return bool(k) and text[k - 1] not in _STOPS
    return True


#: how far out of order a mark the PDF sets raised may stand and still be read as one
_SLIP = 3


def _find_refs(paras: list[_Para], notes_one: int, raised: set[int] | None = None, highest: int | None = None) -> None:
    """Find references in reading order; flag the paragraphs where numbering restarts.

    A strong "1" after references up to 2 or more starts a new article, as long as a
    footnote body numbered 1 is left for it. A number that counts what follows it
    ("20 countries", "12 of them"), the day of a date ("on 7 January") or a number far
    beyond every note and every reference so far ("1,350 stations in all: 810 in the
    south", with seven notes) and a locator ("vol. 8, no. 2", "pp. 14") is no reference
    unless the PDF sets it raised; a number (or a group, "9,10") the PDF sets raised is a
    reference wherever it stands when it is the next one, and where the PDF raises its
    marks a number on the line after a word ("pupils in year 1") is none.
    """
    last = 0
    ones_left = notes_one - 1
    for para in paras:
        if para.kind not in _MARKED_KINDS:
            continue
        found: list[tuple[int, int, str]] = []
        cuts: list[tuple[int, int]] = []
        smap = para.builder.source_map() if raised and para.builder is not None else None
        for nums, strong, prev, follow, gap, span in _raised_runs(para.text, smap, raised):
            first = nums[0][1]
            at = smap.to_file(nums[0][0]) if smap is not None else -1
            lifted = raised is not None and at in raised
            if not lifted and _no_mark_here(
                para.text, nums, prev, follow, span, last, highest, level_marks=bool(raised) and smap is not None
            ):
                continue
            if strong:
                if first == 1 and last >= 2 and ones_left > 0 and not para.restart:
                    para.restart = True
                    ones_left -= 1
                    last = 0
                ok = len(nums) > 1 or _follow_ok(follow) or first == last + 1
            elif lifted:
                # set raised by the PDF, the next number: a mark (or a group of them, "survey⁴˒⁵
                # found") wherever it stands; or one a few places out of order (1, 2, 4, 3, 5:
                # numbering slips are what FN004 is for, and a slip must not lose every later mark)
                ok = first == last + 1 or (highest is not None and 1 <= first <= highest and abs(first - last) <= _SLIP)
            elif smap is not None:
                ok = False  # the PDF raises its marks: a number on the line after a word is text ("year 1")
            else:
                ok = len(nums) == 1 and gap == 1 and first == last + 1 and _weak_prev_ok(prev) and _follow_ok(follow)
            if not ok or first == 0:
                continue
            for off, num in nums:
                found.append((off, num, str(num)))
                last = num
            cuts.append(span)
        para.refs = found
        para.cuts = cuts


def _raised_runs(
    text: str, smap: SourceMap | None, raised: set[int] | None
) -> Iterator[tuple[list[tuple[int, int]], bool, str, str, int, tuple[int, int]]]:
    """:func:`_candidates`, with marks the PDF sets raised side by side, a space apart and
    numbered in order ("disappears. 7 8 9 The same"), read as one run of marks, as "7, 8,
    9" is: each alone is followed by a number, not by the sentence that follows a mark."""
    pending = None
    for cand in _candidates(text):
        nums, _strong, _prev, follow, _gap, span = cand
        if pending is not None and smap is not None and raised:
            p_nums, p_strong, p_prev, _p_follow, p_gap, p_span = pending
            if (
                span[0] == p_span[1]
                and text[p_span[1] : nums[0][0]] == " "
                and nums[0][1] == p_nums[-1][1] + 1
                and smap.to_file(p_nums[-1][0]) in raised
                and smap.to_file(nums[0][0]) in raised
            ):
                pending = (p_nums + nums, p_strong, p_prev, follow, p_gap, (p_span[0], span[1]))
                continue
        if pending is not None:
            yield pending
        pending = cand
    if pending is not None:
        yield pending


def _no_mark_here(
    text: str,
    nums: list[tuple[int, int]],
    prev: str,
    follow: str,
    span: tuple[int, int],
    last: int,
    highest: int | None,
    level_marks: bool,
) -> bool:
    """A number (not raised by the PDF) that is no mark where it stands: after a locator
    ("vol. 8"), counting what follows it, the day of a date, far past every note; and,
    where the PDF raises its marks (``level_marks``), any number out of sequence ("in
    operation, 7 are in Spain")."""
    first = nums[0][1]
    if prev.endswith(".") and prev[:-1].lower() in _LOCATORS:
        return True
    if len(nums) != 1:
        return False
    return bool(
        _counted(text, span, follow, first == last + 1)
        or _MONTH_AFTER.match(follow)
        or (highest is not None and first > max(highest, last) + _BEYOND)
        or (level_marks and first != last + 1)
    )


# Words after which a number counts something rather than marks a note ("step 3 of").
_COUNTING_WORDS = frozenset(
    """number version page pages chapter section step steps phase level tier item option rule
    figure table part stage round day days week weeks month months year years hour hours
    minute minutes point points top episode issue volume vol no act article grade class
    size type group line lines row column verse psalm game match edition season series
    release beta alpha rc ch fig sec pp p""".split()
)
# What may follow a note mark set after a word ("initiative 1 under the …").
_AFTER_MARK = _FUNCTION_WORDS | frozenset(
    """about above across after against along among around because before behind below
    beneath beside between beyond during except if inside like near since than through
    throughout toward towards under until unlike upon when where whereas whether within
    without""".split()
)
_BRACKET_REF = re.compile(r"\[(\d{1,3})\]")
_CLOSERS = '.,;:!?”"’)]…'


def _seq_mark(text: str, s: int, e: int) -> tuple[bool | None, int] | None:
    """Is the number at ``text[s:e]`` placed like a note mark? ``(glued, cut start)``."""
    after = text[e : e + 1]
    if after and (after.isalnum() or after in "%‰°-–/_'’$€£¥+=×*"):
        return None
    if after in ".,:" and text[e + 1 : e + 2].isdigit():
        return None  # 1,000 / 2.5 / 10:30
    if s == 0:
        return None
    before = text[s - 1]
    if before.isdigit():
        return None
    if before.isalpha():
        return _mark_after_word(text, s)
    if before == "%" and s >= 2 and text[s - 2].isdigit() and after in (".", ",", ";", ":"):
        return True, s  # "(CNOOC) 8%2.": a share takes nothing after its sign, so a mark before the stop
    if before in _CLOSERS:
        if s >= 2 and text[s - 2].isdigit() and (before in ".,:" or text[e : e + 1] == before):
            return None  # 0.16, 3,4, 10:30, 2;1;3 (a figure and ";", ")" or "”" before a mark: "in 2019;1")
        if before in ".,:" and s >= 2 and not (text[s - 2].isalpha() or text[s - 2] in _CLOSERS + "%"):
            return None
        return True, s
    if before == " " and s >= 2:
        return _mark_after_space(text, s, e)
    return None


def _mark_after_word(text: str, s: int) -> tuple[bool | None, int] | None:
    """A number glued to the word before it: "route1", "muSig1"; not an identifier."""
    k = s
    while k and (text[k - 1].isalnum() or text[k - 1] in "_-./:#@"):
        k -= 1
    word = text[k:s]
    if not word.isalpha() or len(word) < 2:
        return None  # an identifier: H264, x86
    if word.isupper() and len(word) <= 4:
        return (None, s) if len(word) >= 3 else None  # "CTFE5" if nothing else: MP3, SHA1
    return True, s


def _mark_after_space(text: str, s: int, e: int) -> tuple[bool | None, int] | None:
    """A number after a space: a mark after a quotation, a sentence or a plain word when
    what follows it starts a sentence or a clause."""
    prev = text[s - 2]
    follow = text[e:].lstrip(" ")
    m = re.match(r"[^\W\d_]+", follow)
    follow_ok = (
        not follow
        or follow[0] in '—–-,.;:)”"’'
        or follow[0].isupper()
        or (follow[0] in "“‘«„" and follow[1:2].isupper())  # "businesses. 5 “Finance follows …"
        or bool(m and m.group(0).lower() in _AFTER_MARK)
    )
    if prev in '”"’)':
        return False, s - 1  # "“What Color Is Your Function” 2 describes"
    if prev in ".!?…]":
        return (False, s - 1) if follow_ok else None  # "types! 1", "resolved. 2 Then"
    k = text.rfind(" ", 0, s - 1) + 1
    word = text[k : s - 1]
    if not re.fullmatch(r"[a-z][a-z’'-]*", word):
        return None  # "Tier 3", "May 5", "in 2023 8"
    if word in _COUNTING_WORDS or word in _FUNCTION_WORDS:
        return None  # "step 3", "of 3"
    if follow[:1].isupper():
        return True, s - 1  # "a sandwich 7 The classic": a mark between two sentences
    return (False, s - 1) if follow_ok else None


def _version_mark(text: str, m: re.Match[str], expected: int, numbers: set[int], source: str) -> int:
    """A mark glued to a version number ("Rust < 1.77" + mark 3 → "1.773"): the length of
    the mark, or 0. Taken only for the next note number, when the document writes the
    version without it elsewhere ("1.77") and never writes the glued form again."""
    if (
        expected not in numbers
        or text[m.start() - 1 : m.start()] != "."
        or not text[m.start() - 2 : m.start() - 1].isdigit()
    ):
        return 0
    after = text[m.end() : m.end() + 1]
    if after and (after.isalnum() or after in "%.,-_/" and text[m.end() + 1 : m.end() + 2].isalnum()):
        return 0
    mark = str(expected)
    digits = m.group(0)
    if not digits.endswith(mark) or len(digits) == len(mark):
        return 0
    k = m.start() - 1
    while k and (text[k - 1].isdigit() or text[k - 1] == "."):
        k -= 1
    token = text[k : m.end()]
    version = token[: -len(mark)]
    if len(version.rsplit(".", 1)[-1]) < 2:
        return 0  # "3.12" is a version of its own, not "3.1" and a mark
    alone = re.compile(rf"(?<![\w.]){re.escape(version)}(?![\d])")
    again = re.compile(rf"(?<![\w.]){re.escape(token)}(?![\d])")
    if not alone.search(source) or len(again.findall(source)) > 1:
        return 0
    return len(mark)


def _after_number_mark(text: str, s: int, e: int) -> bool:
    """A mark set after a number and its full stop ("in 2022.3", "over 65.5 The"), not a
    decimal: the paragraph ends there or a capitalised word starts the next sentence
    ("9.2 GW", "0.4 GW" and "1,000.5 points" stay numbers; an amount
    with its pence, "£11.00.1 The", and a count in thousands, "20,000.3 Women", take no more
    decimals); or after a year and its comma when
    the sentence goes on ("launched in 2024,2 more than": a year takes no decimals and a
    thousands group has three digits). Asked only for the next note number."""
    if not s or text[s - 1] not in ".,":
        return False
    k = s - 1
    while k and text[k - 1].isdigit():
        k -= 1
    whole = text[k : s - 1]
    if text[s - 1] == "." and _grouped_whole(text, k, s - 1):
        return _next_sentence(text, e)  # "at around 20,000.3 Women": a count in thousands takes no tenths
    if _money_with_decimals(text, k, s - 1):
        # "£11.00.1 The", "$16.78,2 and": an amount already has its decimals, so the stop
        # or comma after them ends the sentence or the clause
        return _sentence_goes_on(text, e) if text[s - 1] == "," else _next_sentence(text, e)
    if len(whole) < 2 or whole.startswith("0") or (k and (text[k - 1].isalnum() or text[k - 1] in ".,")):
        return False
    if text[s - 1] == ",":
        return bool(re.fullmatch(_YEAR_DIGITS, whole)) and _sentence_goes_on(text, e)
    return _next_sentence(text, e)


#: a currency sign, perhaps after a country's letters ("US$", "A$", "HK$", "R$")
_CURRENCY_BEFORE = re.compile(r"(?:(?<![^\W\d_])[A-Z]{1,2})?[$£€¥₹]$")


def _money_with_decimals(text: str, k: int, stop: int) -> bool:
    """Is ``text[k:stop]`` the decimals of an amount of money ("£11.00", "$1,250.50"): two
    digits after the integer part's point, a currency sign before it?"""
    if stop - k != 2 or k < 2 or text[k - 1] != ".":
        return False
    i = k - 1
    while i and (text[i - 1].isdigit() or (text[i - 1] == "," and text[i - 2 : i - 1].isdigit())):
        i -= 1
    return i < k - 1 and bool(_CURRENCY_BEFORE.search(text, max(0, i - 3), i))


def _grouped_whole(text: str, k: int, stop: int) -> bool:
    """Is ``text[k:stop]`` the last group of a whole number written with thousands
    separators ("20,000", "1,250,000"), nothing before it but a space, a sign or a bracket?"""
    m = re.search(r"(?<![\w.,])\d{1,3}(?:,\d{3})+$", text[max(0, k - 16) : stop])
    return stop - k == 3 and m is not None


def _sentence_goes_on(text: str, e: int) -> bool:
    """A word after the mark: the sentence goes on past a comma ("in 2024,2 more than")."""
    return bool(re.match(r" [^\W\d_]", text[e:]))


def _next_sentence(text: str, e: int) -> bool:
    """What follows a mark after a full stop: the paragraph's end or a capitalised word
    opening the next sentence ("2.5 A current" is no sentence: "A" must open one)."""
    rest = text[e:]
    if re.match(r" A [a-z]{2,}", rest):
        return True  # "in 2024.3 A rarer strain": the article opens the next sentence
    m = re.match(r" ([^\W\d_][^\W\d_A-Z]+)(?![^\W\d_])", rest)  # "Wiśniewska’s" as "Wiśniewska"
    return not rest.strip() or bool(
        m and m.group(1)[0].isupper() and (len(m.group(1)) > 2 or m.group(1).lower() in _AFTER_MARK)
    )


def _after_year_mark(text: str, s: int, e: int) -> bool:
    """:func:`_after_number_mark` after a year and its full stop ("on 30 November 2018.6
    Others"): a year takes no decimals, so the mark may skip a note or be one skipped
    before (the notes cited out of order, which FN004 reports)."""
    if not s or text[s - 1] != ".":
        return False
    k = s - 1
    while k and text[k - 1].isdigit():
        k -= 1
    return bool(re.fullmatch(_YEAR_DIGITS, text[k : s - 1])) and _after_number_mark(text, s, e)


#: a year with a note number glued after it ("20231": 2023 and mark 1), then punctuation
_YEAR_THEN_MARK = re.compile(rf"({_YEAR_DIGITS})([1-9]\d?)")
#: a number that may be a note mark (three digits at most), or a year with a mark glued after
#: it, nothing but a space or a bracket before the year and a stop, comma or bracket after
#: the mark (never a digit after that: "20231.5" is a number)
_SEQ_NUMBER_OR_YEAR = re.compile(rf"(?<![\d.,])(?:{_YEAR_DIGITS})[1-9]\d?(?=[.,;:)](?!\d))|\d{{1,3}}")


def _run_of_marks(digits: str, first: int, numbers: set[int]) -> list[int]:
    """``digits`` read as consecutive note numbers from ``first`` ("12" → [1, 2]), or []."""
    out: list[int] = []
    rest = digits
    k = first
    while rest and k in numbers and rest.startswith(str(k)):
        out.append(k)
        rest = rest[len(str(k)) :]
        k += 1
    return out if not rest and len(out) >= 2 else []


#: the blocks whose numbers may be note marks besides tables and headings (those only glued or raised)
_MARKED_KINDS = (BlockKind.paragraph, BlockKind.list_item, BlockKind.caption)


def _find_seq_refs(
    paras: list[_Para],
    numbers: set[int],
    brackets: bool,
    source: str = "",
    raised: set[int] | frozenset[int] = frozenset(),
    beyond: bool = False,
) -> None:
    """References to notes read from other layouts, by evidence.

    ``brackets``: the text marks notes as "[12]" (MediaWiki): every bracketed number that
    names a note is a reference, repeats included. Otherwise a mark is a number set right
    after a word or punctuation ("route.1", "muSig1", "(COR)1", "initiative 1 under") that
    is the next note number in reading order (one skipped note is allowed, before a group
    glued together too: "agreed.789" after 5), or after a
    number's full stop ("in 2022.3") when a new sentence follows. ``beyond``: a mark glued
    to a word and its punctuation ("terms.6") is taken when it is the next number even
    without a note, or when it is a number skipped before (FN rules report both).
    """
    marks = _SeqMarks(numbers, source, raised, beyond)
    for para in paras:
        in_table = para.kind in (BlockKind.table, BlockKind.heading)
        if para.kind not in _MARKED_KINDS and not (in_table and not brackets):
            continue
        found: list[tuple[int, int, str]] = []
        cuts: list[tuple[int, int]] = []
        text = para.text
        if brackets:
            for m in _BRACKET_REF.finditer(text):
                num = int(m.group(1))
                if num in numbers:
                    found.append((m.start(), num, str(num)))
                    cuts.append(m.span())
        else:
            smap = para.builder.source_map() if para.builder is not None else None
            for m in _SEQ_NUMBER_OR_YEAR.finditer(text):
                marks.read(text, m, smap, in_table, found, cuts)
        para.refs = found
        para.cuts = cuts


class _SeqMarks:
    """Note marks found in reading order: the last note number marked and the numbers
    skipped so far."""

    def __init__(self, numbers: set[int], source: str, raised: set[int] | frozenset[int], beyond: bool) -> None:
        self.numbers, self.source, self.raised, self.beyond = numbers, source, raised, beyond
        self.last = 0
        self.skipped: set[int] = set()
        self.top = max(numbers) if numbers else 0

    def read(
        self,
        text: str,
        m: re.Match[str],
        smap: SourceMap | None,
        in_table: bool,
        found: list[tuple[int, int, str]],
        cuts: list[tuple[int, int]],
    ) -> None:
        """The number ``m`` as a mark (or marks), added to ``found`` and ``cuts`` if it is one."""
        num = int(m.group(0))
        last, numbers = self.last, self.numbers
        tail = _version_mark(text, m, last + 1, numbers, self.source)
        if tail:
            found.append((m.end() - tail, last + 1, str(last + 1)))
            cuts.append((m.end() - tail, m.end()))
            self.last += 1
            return
        # "problems.12": marks 1 and 2 set side by side; "disappears.789" after 5: one note
        # skipped before them (a numbering slip FN rules report)
        run = _run_of_marks(m.group(0), last + 1, numbers) or _run_of_marks(m.group(0), last + 2, numbers)
        if run and not (num in numbers and last < num <= min(last + 2, self.top)):
            before = text[m.start() - 1 : m.start()]
            # after punctuation ("problems.12") or glued to a lower-case word ("months78"; a
            # capital's word is an identifier: "A380", "F16")
            if (before in '.,;:!?”"’)' or before.islower()) and _seq_mark(text, m.start(), m.end()):
                off = m.start()
                for k in run:
                    found.append((off, k, str(k)))
                    off += len(str(k))
                cuts.append((m.start(), m.end()))
                self.skipped |= set(range(last + 1, run[0]))
                self.last = run[-1]
            return
        if len(m.group(0)) > 3:
            glued_year = self._year_then_mark(text, m)
            if glued_year:
                k = m.end() - glued_year
                found.append((k, int(text[k : m.end()]), text[k : m.end()]))
                cuts.append((k, m.end()))
                self._took(int(text[k : m.end()]))
            return
        if not self._may_be_next(text, m, num):
            return
        at = smap.to_file(m.start()) if smap is not None else -1
        mark = self._mark(text, m, num, at, in_table)
        if mark is None:
            return
        glued, cut = mark
        if num != last + 1 and not glued:
            return  # only a clear mark may skip a note
        if glued is None and (num != last + 1 or num == 1):
            return  # an acronym and a digit: only the very next note number
        found.append((m.start(), num, str(num)))
        cuts.append((cut, m.end()))
        if num > self.top and num != last + 1:
            return  # a mark beyond every note, out of order: it moves the numbering on no further
        self._took(num)

    def _took(self, num: int) -> None:
        """A mark ``num`` was read: the last number marked, and the notes it skipped."""
        if num in self.skipped:
            self.skipped.discard(num)
            return
        self.skipped |= set(range(self.last + 1, num))
        self.last = num

    def _year_then_mark(self, text: str, m: re.Match[str]) -> int:
        """The length of a note mark glued to the year before it ("in 20231. Nearly", "across
        20243, when": the mark set before the stop, right after a year): a year of four
        digits, then a note number that is next in order (one skipped allowed) or one
        skipped before, then a stop, comma or other punctuation; 0 when it is none."""
        y = _YEAR_THEN_MARK.fullmatch(m.group(0))
        if y is None:
            return 0
        num = int(y.group(2))
        return len(y.group(2)) if num in self.skipped or self._next_in_order(num) else 0

    def _next_in_order(self, num: int) -> bool:
        """A note's number next in reading order, one note skipped allowed."""
        return num in self.numbers and self.last < num <= min(self.last + 2, self.top)

    def _may_be_next(self, text: str, m: re.Match[str], num: int) -> bool:
        """A note number next in order (one skipped allowed); with ``beyond``, a mark beyond
        the last note or one skipped before, when glued to a word and its punctuation
        ("terms.6", "bid.4"), so FN rules can tell."""
        last = self.last
        before = text[max(0, m.start() - 4) : m.start()]
        strong = (
            self.beyond
            and (
                bool(re.search(r"(?:[^\W\d_]{2}|[^\W\d_][)”\"’])[.,;:!?”\"’)]+$", before))
                # glued to a lower-case word, before the stop or comma ("from their homes3.", "in
                # farmer surveys12."): the mark set before the punctuation
                or (bool(re.search(r"[a-z]{2}$", before)) and text[m.end() : m.end() + 1] in (".", ",", ";", ":"))
            )
        )
        if strong and (num == last + 1 and num not in self.numbers or num in self.skipped):
            return True
        if strong and self.top < num <= self.top + 2 and text[m.start() - 1 : m.start()].islower():
            return True  # "in farmer surveys12." with eleven notes: a mark with no note (FN002 tells)
        if (num in self.skipped or (self.beyond and num == last + 1)) and _after_year_mark(text, m.start(), m.end()):
            # "… on 31 August 2021.5 The three …": a note skipped before, after a year; or the
            # next number without a note of its own ("by the end of 2023.9" with no note 9,
            # a slip FN002 reports): a year takes no decimals
            return True
        return self._next_in_order(num)

    def _mark(self, text: str, m: re.Match[str], num: int, at: int, in_table: bool) -> tuple[bool | None, int] | None:
        """(glued, where the cut starts) of a number that reads as a mark there, or ``None``."""
        mark: tuple[bool | None, int] | None
        if at in self.raised:
            mark = (True, m.start() - 1 if text[m.start() - 1 : m.start()] == " " else m.start())
        elif num == self.last + 1 and _after_number_mark(text, m.start(), m.end()):
            mark = (True, m.start())
        elif (num == self.last + 2 or num in self.skipped) and _after_year_mark(text, m.start(), m.end()):
            mark = (True, m.start())  # a year takes no decimals: "in November 2018.6 Others"
        else:
            mark = _seq_mark(text, m.start(), m.end())
        if mark is None:
            return None
        if in_table and not (at in self.raised or (mark[0] and text[m.start() - 1 : m.start()].isalpha())):
            return None  # in a table or heading only a number glued to a word ("Taproot4") or raised
        source = self.source
        if at == 0 or (
            at > 0 and not source[max(source.rfind("\n", 0, at), source.rfind("\f", 0, at)) + 1 : at].strip(" ")
        ):
            return None  # "1. Assuming …" at a line start: a list item's number
        return mark


def _segment(paras: list[_Para]) -> None:
    """Number the articles: each restart moves back to the last page start (or end of an
    author bio) between the previous restart and its first reference."""
    starts = [0]
    previous = 0
    for idx, para in enumerate(paras):
        if not para.restart:
            continue
        cands = [
            j
            for j in range(previous + 1, idx + 1)
            if paras[j].kind in (BlockKind.paragraph, BlockKind.heading)
            and (paras[j].parts[0].chunk or paras[j].parts[0].after_bio or paras[j].page_top)
        ]
        starts.append(cands[-1] if cands else idx)
        previous = idx
    starts.append(len(paras))
    for a, (lo, hi) in enumerate(zip(starts, starts[1:])):
        for j in range(lo, hi):
            paras[j].article = a


# -- the date printed on the cover ---------------------------------------------------

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_COVER_DATE = re.compile(
    r"^(?:(?:published|posted|date|dated|issued)(?: on)?:?\s+)?"
    r"(?P<date>\d{4}-\d{2}-\d{2}|"
    rf"{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}}|"
    rf"\d{{1,2}}\s+{_MONTHS},?\s+\d{{4}}|"
    r"\d{1,2}/\d{1,2}/\d{4})"
    r"(?:[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[+-]\d{2}:?\d{2}|Z|UTC|GMT))?)?$",
    re.IGNORECASE,
)


#: month names and abbreviations dateparser reads in English, by number: every date
#: reader's but "sept", which dateparser (the slow path these dates stand in for) does not read
_MONTH_NUMBERS = {name: number for name, number in MONTHS.items() if name != "sept"}
_SPELT_DATE = re.compile(
    r"(?:(?P<m1>[a-z]+)\.?\s+(?P<d1>\d{1,2})|(?P<d2>\d{1,2})\s+(?P<m2>[a-z]+)\.?),?\s+(?P<y>\d{4})", re.IGNORECASE
)


def _spelt_date(raw: str) -> tuple[bool, dt.date | None]:
    """A cover date with its month spelt out ("February 18, 2025", "18 Feb 2025") read as
    dateparser reads it (strict, English, day, month and year required), without
    importing it (a tenth of a second, and more to build its tables at the first call):
    ``(True, date)``, ``(True, None)`` for a day the month does not have, ``(False, None)``
    for a form left to dateparser (an unusual abbreviation, a year before 1000)."""
    m = _SPELT_DATE.fullmatch(raw)
    if m is None:
        return False, None
    month = _MONTH_NUMBERS.get((m["m1"] or m["m2"]).lower())
    year, day = int(m["y"]), int(m["d1"] or m["d2"])
    if month is None or year < 1000:
        return False, None
    try:
        return True, dt.date(year, month, day)
    except ValueError:
        return True, None


def _cover_date(lines: list[_Line | None]) -> dt.date | None:
    """The publication date printed on its own line near the top of the first page
    ("February 18, 2025", "18 February 2025", "2025-02-18", "Published 3 March 2024",
    "18/02/2025" when the day cannot be the month). Only the first 15 lines of page one
    are read, so a date in a citation or a note is never taken."""
    seen = 0
    for line in lines:
        if line is None:
            continue
        if line.page and seen:
            break
        seen += 1
        if seen > 15:
            break
        m = _COVER_DATE.match(line.text)
        if not m:
            continue
        raw = m.group("date")
        slash = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", raw)
        try:
            if slash:
                a, b, year = (int(x) for x in slash.groups())
                if a > 12 >= b:
                    return dt.date(year, b, a)
                if b > 12 >= a:
                    return dt.date(year, a, b)
                continue  # 03/04/2025: day and month cannot be told apart
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
                return dt.date.fromisoformat(raw)
        except ValueError:
            continue
        known, spelt = _spelt_date(raw)
        if known:
            if spelt is not None:
                return spelt
            continue
        import dateparser

        parsed = dateparser.parse(
            raw.replace(".", ""),
            languages=["en"],
            settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]},
        )
        if parsed is not None:
            day: dt.date = parsed.date()
            return day
    return None


_ITEM_KIND = {"list": BlockKind.list_item, "heading": BlockKind.heading}
_DROPPED_KIND = {
    "title": BlockKind.furniture,  # a running title
    "pullquote": BlockKind.pull_quote,
    "bio": BlockKind.byline,
    "furniture": BlockKind.furniture,
}
_OTHER_KIND = {
    "code": BlockKind.code,
    "table": BlockKind.table,
    "toc": BlockKind.toc,
    "caption": BlockKind.caption,
}


def _paragraphs(items: list[_Raw]) -> tuple[list[_Para], list[tuple[str, _Para | _Raw]]]:
    """The paragraphs, cut by page or column breaks joined again, and the reading order of
    paragraphs and notes."""
    paras: list[_Para] = []
    order: list[tuple[str, _Para | _Raw]] = []  # ("para", _Para) | ("note", _Raw)
    open_para: _Para | None = None
    page_top = False  # furniture dropped at a page or flow start: the next block starts it
    for it in items:
        if it.kind == "note":
            order.append(("note", it))
            continue
        if it.role in ("title", "pullquote", "bio", "furniture"):
            # kept as blocks of their class, but a paragraph they cut goes on after them
            page_top = page_top or it.chunk
            para = _Para([it], _DROPPED_KIND[it.role])
            paras.append(para)
            order.append(("para", para))
            continue
        if it.role == "list":
            open_para = None
            for item in _list_items(it):
                para = _Para([item], _ITEM_KIND.get(item.role, BlockKind.paragraph))
                paras.append(para)
                order.append(("para", para))
            continue
        if it.role in _OTHER_KIND:
            open_para = None
            para = _Para([it], _OTHER_KIND[it.role])
            paras.append(para)
            order.append(("para", para))
            continue
        starts, page_top = page_top, False
        if it.role == "heading":
            open_para = None
            para = _Para([it], BlockKind.heading, page_top=starts)
            paras.append(para)
            order.append(("para", para))
            continue
        if open_para is not None and not _closed(open_para.parts[-1]):
            open_para.parts.append(it)
            continue
        open_para = _Para([it], BlockKind.paragraph, page_top=starts)
        paras.append(open_para)
        order.append(("para", open_para))
    return paras, order


def _closed(it: _Raw) -> bool:
    """Does the block end its paragraph (a sentence's end, perhaps with a bracketed note
    mark, "… on hold.[3]"), so that the next block is not its continuation across a page?"""
    return it.closed or ends_sentence(it.plain())


def _note_articles(order: list[tuple[str, _Para | _Raw]]) -> dict[int, int]:
    """Footnotes belong to the article of the text above them on the page."""
    note_article: dict[int, int] = {}
    current = 0
    for kind, obj in order:
        if kind == "para":
            assert isinstance(obj, _Para)
            current = obj.article
        else:
            note_article[id(obj)] = current
    return note_article


def _running_titles(items: list[_Raw], paras: list[_Para]) -> dict[int, str]:
    """A running title names the article whose pages it runs on."""
    titles: dict[int, str] = {}
    article_of_item = {id(part): p.article for p in paras for part in p.parts}
    current = 0
    for it in items:
        if it.role == "title":
            titles.setdefault(current, it.plain())
        elif id(it) in article_of_item:
            current = article_of_item[id(it)]
    return titles


def _cut_marks(para: _Para) -> None:
    """The reference marks cut out of a paragraph's text, each kept with where it stood."""
    assert para.builder is not None  # every paragraph is built by now
    para.smap = smap = para.builder.source_map()
    if para.cuts:
        text, smap, places = cut_spans(para.text, smap, para.cuts)
        # every number of a group ("4, 5, 6") sits where the group stood
        where = {}
        for (start, end), place in zip(para.cuts, places):
            where[(start, end)] = place
        refs = []
        for off, num, label in para.refs:
            span = next(sp for sp in para.cuts if sp[0] <= off < sp[1])
            refs.append((where[span], num, label, para.smap.to_file(off)))
        para.text, para.smap = text, smap
        para.file_refs = refs
    else:
        para.file_refs = []


def _mark_refs(source: Source, paras: list[_Para], notes: list[_Raw], raised: set[int] | None) -> bool:
    """Find the reference marks of the notes in the paragraphs; ``False`` when plain
    numbered lines were read as notes that the text does not mark (read again without)."""
    ones = sum(1 for n in notes if n.number == 1)
    if any(n.body is not None for n in notes):
        wiki = sum(len(_BRACKET_REF.findall(p.text)) for p in paras if p.kind == BlockKind.paragraph)
        plain_numbers = {n.number for n in notes if n.role == "plain"}
        _find_seq_refs(
            paras,
            {n.number for n in notes if n.number},
            brackets=wiki >= 2,
            source=source.text,
            raised=raised or set(),
            beyond=bool(plain_numbers),
        )
        if plain_numbers:
            # plain numbered lines are notes only when the text marks most of them
            # ("2022.3", "bag.4"): a mark glued to a word or punctuation
            glued = {
                num
                for p in paras
                for off, num, _ in p.refs
                if p.builder is not None and p.text[off - 1 : off] not in ("", " ")
            }
            if len(glued & plain_numbers) * 2 <= len(plain_numbers):
                return False
    elif notes:
        _find_refs(paras, ones, raised, highest=max((n.number for n in notes if n.number), default=None))
        _segment(paras)
    return True


def read_pdf_text(
    source: Source,
    *,
    page_starts: list[int] | None = None,
    metadata: Metadata | None = None,
    raised: set[int] | None = None,
    _plain: bool = True,
) -> Document:
    """Read PDF-extracted text. ``raised``: file offsets of numbers the PDF sets as
    superscripts (known when the text comes from :mod:`~claimcheck.ingest.pdf`)."""
    lines = _split_lines(source, set(page_starts or ()))
    metadata = metadata or Metadata()
    if metadata.publication_date is None:
        printed = _cover_date(lines)
        if printed is not None:
            metadata = metadata.model_copy(update={"publication_date": printed})
    special, consumed = _other_notes(lines, plain=_plain)
    items = _bullet_columns(_note_runovers(_group(lines, special, consumed)))
    _classify(items)
    items = _split_kinds(items)
    vocab = vocabulary(source.text)
    edge = _line_end([line.raw_len for line in lines if line is not None])

    notes = [it for it in items if it.kind == "note"]

    # join paragraphs cut by page or column breaks; keep reading order with notes
    paras, order = _paragraphs(items)

    for para in paras:
        para.builder = _join_paragraph(para.parts, vocab, edge)
        para.text = para.builder.text()

    if not _mark_refs(source, paras, notes, raised):
        return read_pdf_text(source, page_starts=page_starts, metadata=metadata, raised=raised, _plain=False)

    note_article = _note_articles(order)

    n_articles = max([p.article for p in paras] + list(note_article.values()) + [0]) + 1
    titles = _running_titles(items, paras)

    for para in paras:
        _cut_marks(para)

    parts = ArticleParts(n_articles)
    for para in paras:
        assert para.smap is not None
        smap = para.smap
        block = Block(
            kind=para.kind,
            text=para.text,
            source_map=smap,
            article=para.article,
            location=source.location(smap.to_file(0)),
        )
        index = len(parts.blocks[para.article])
        parts.blocks[para.article].append(block)
        for off, num, label, file_off in para.file_refs:
            parts.refs[para.article].append(
                FootnoteRef(
                    number=num,
                    label=label,
                    article=para.article,
                    block=index,
                    offset=off,
                    location=source.location(file_off),
                ).ending_at(source.mark_end(file_off, label))
            )

    for note in notes:
        art = note_article.get(id(note), 0)
        first = note.lines[0]
        if note.body is not None:
            body_lines = note.body
            mark = note.mark if note.mark is not None else first.start
        else:
            m = re.match(r"(\d{1,3}) +", first.text)
            assert m is not None
            body_lines = [_Line(first.start + m.end(), first.text[m.end() :], first.raw_len, False)]
            body_lines += note.lines[1:]
            mark = first.start
        builder = TextBuilder()
        _append_lines(builder, body_lines, vocab, edge)
        text = builder.text()
        parts.notes[art].append(
            Footnote(
                number=note.number,
                label=str(note.number),
                text=text,
                urls=tuple(u for _, _, u in find_urls(text)),
                article=art,
                source_map=builder.source_map(),
                location=source.location(mark),
            )
        )

    parts.titles.update(titles)
    doc = Document(
        path=source.path,
        format="text",
        metadata=metadata or Metadata(),
        articles=parts.articles(source, located_by_notes=True),
    )
    return doc.with_source(source)
