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

Without any footnote bodies (text copied from a web page), no numbers are read as
references: there is nothing they could refer to.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field

from claimcheck.document import (
    Article,
    Block,
    BlockKind,
    Document,
    Footnote,
    FootnoteRef,
    Metadata,
    Source,
)
from claimcheck.ingest.common import (
    URL_RE,
    ends_sentence,
    find_urls,
    is_cjk,
    keep_line_hyphen,
    vocabulary,
)
from claimcheck.ingest.textmap import TextBuilder, cut_spans

__all__ = ["read_pdf_text"]

_NOTE_START = re.compile(r"^ ?(\d{1,3}) {2,}(?=\S)")
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


@dataclass
class _Raw:
    lines: list[_Line]
    kind: str = "body"  # body | note
    number: int | None = None
    role: str = "paragraph"  # paragraph | heading | title | pullquote | bio
    after_bio: bool = False

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
    smap: object = None
    file_refs: list = field(default_factory=list)
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
        pending_chunk = False
        if "\f" in raw:
            # a form feed starts a new page at the text after it
            cut = raw.rfind("\f") + 1
            pos_after = pos + cut
            raw = raw[cut:]
            chunk = True
            pos = pos_after
        stripped = raw.strip()
        if not stripped:
            out.append(None)
        else:
            lead = len(raw) - len(raw.lstrip())
            if raw.startswith(" ") and not raw.startswith("  "):
                chunk = True
            out.append(_Line(pos + lead, stripped, _width(raw.rstrip()), chunk))
        if end >= n:
            break
        pos = end + 1
    return out


def _group(lines: list[_Line | None]) -> list[_Raw]:
    """Group lines into body blocks and footnote bodies, in reading order."""
    items: list[_Raw] = []
    zone = "body"
    current: _Raw | None = None
    for line in lines:
        if line is None:
            if zone == "body":
                current = None
            continue  # a blank line inside a footnote does not end it
        m = _NOTE_START.match(" " + line.text if line.chunk else line.text)
        if m is None:
            m = _NOTE_START.match(line.text)
        if m:
            zone = "note"
            current = _Raw([line], kind="note", number=int(m.group(1)))
            items.append(current)
            continue
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


def _is_title_case(text: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_][\w’'.-]*", text) if w.lower() not in _FUNCTION_WORDS]
    if not words:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps / len(words) >= 0.75


def _classify(items: list[_Raw]) -> None:
    body = [it for it in items if it.kind == "body"]
    widths = [line.raw_len for it in body for line in it.lines]
    if not widths:
        return
    column = statistics.median(widths)
    narrow = column * 0.75

    counts: dict[str, int] = {}
    for it in body:
        if len(it.lines) <= 3:
            key = it.plain()
            counts[key] = counts.get(key, 0) + 1

    for i, it in enumerate(body):
        text = it.plain()
        words = text.split()
        last = text.rstrip()
        if counts.get(text, 0) >= 2 and len(words) <= 14 and not ends_sentence(last):
            it.role = "title"
            continue
        if _is_bio_header(it) and i + 1 < len(body):
            name = it.lines[0].text
            if body[i + 1].plain().startswith(name) or body[i + 1].plain().startswith(
                name.split()[0] + " "
            ):
                it.role = "bio"
                j = i + 1
                while j < len(body) and body[j].plain().startswith(name.split()[0]):
                    body[j].role = "bio"
                    j += 1
                if j < len(body):
                    body[j].after_bio = True
                continue
        if it.role == "bio":
            continue
        all_narrow = all(line.raw_len <= narrow for line in it.lines)
        if len(it.lines) >= 2 and all_narrow and ends_sentence(last):
            it.role = "pullquote"
            continue
        if (
            len(it.lines) <= 3
            and len(words) <= 14
            and text[:1].isupper() | text[:1].isdigit()
            and not re.search(r"[.,;:!?]['\"”’)]*$", last)
            and _is_title_case(text)
        ):
            it.role = "heading"


def _is_bio_header(it: _Raw) -> bool:
    if len(it.lines) != 2:
        return False
    name = it.lines[0].text
    parts = name.split()
    if not 2 <= len(parts) <= 4 or any(ch.isdigit() for ch in name):
        return False
    if not all(p[0].isupper() for p in parts):
        return False
    return len(it.lines[1].text.split()) <= 15 and not ends_sentence(it.lines[1].text)


def _url_continues(token: str, next_text: str) -> bool:
    if not URL_RE.match(token):
        return False
    nxt = next_text.split(" ", 1)[0]
    if not nxt or any(is_cjk(ch) for ch in nxt):
        return False
    if token[-1] in "-/_=?&%#~+":
        return True
    if not (nxt[0].islower() or nxt[0].isdigit()):
        return False
    if token[-1] == ".":
        return "." in nxt or "/" in nxt or bool(_URL_CHARS_IN_TOKEN.search(nxt))
    return bool(_URL_CHARS_IN_TOKEN.search(nxt))


def _append_lines(builder: TextBuilder, lines: list[_Line], vocab: dict[str, int]) -> None:
    """Append ``lines`` joined as prose: hyphenation removed, URLs and CJK rejoined."""
    for i, line in enumerate(lines):
        text = line.text
        start = line.start
        if len(builder) and i == 0:
            builder.add_synthetic(" ", start)
        if i + 1 < len(lines):
            nxt = lines[i + 1].text
            last_token = text.rsplit(" ", 1)[-1]
            if _url_continues(last_token, nxt):
                builder.add(text, start)
                continue
            keep = keep_line_hyphen(text, nxt, vocab)
            if keep is False:
                builder.add(text[:-1], start)
                continue
            if keep is True or text[-1] in "–—/" or (is_cjk(text[-1]) and is_cjk(nxt[0])):
                builder.add(text, start)
                continue
            builder.add(text, start)
            builder.add_synthetic(" ", start + len(text))
        else:
            builder.add(text, start)


def _join_paragraph(parts: list[_Raw], vocab: dict[str, int]) -> TextBuilder:
    builder = TextBuilder()
    lines = [line for part in parts for line in part.lines]
    _append_lines(builder, lines, vocab)
    return builder


# -- in-text references --------------------------------------------------------------

_STRONG_PRE = set(".,;:!?”\"’)]…")
_NUMBERS = re.compile(r"(?<!\w)(?<!\d\.)(?<!\d,)(?<!\d:)\d{1,3}(?:, ?\d{1,3})*")


def _candidates(text: str):
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
        yield nums, strong, prev_word, follow, gap, (s - gap, e)


def _follow_ok(follow: str) -> bool:
    if not follow:
        return True
    ch = follow[0]
    if ch in "—–-,.;:)”\"’" or is_cjk(ch) or ch.isupper():
        return True
    word = re.match(r"[^\W\d_]+", follow)
    return bool(word) and word.group(0).lower() in _FUNCTION_WORDS


def _weak_prev_ok(prev: str) -> bool:
    """After a word: a lower-case word ("system 2") or a year ("in 2023 8")."""
    if re.fullmatch(r"\d{4}", prev):
        return True
    return bool(re.fullmatch(r"[a-z][a-z’'-]*", prev))


def _find_refs(paras: list[_Para], notes_one: int) -> None:
    """Find references in reading order; flag the paragraphs where numbering restarts.

    A strong "1" after references up to 2 or more starts a new article, as long as a
    footnote body numbered 1 is left for it.
    """
    last = 0
    ones_left = notes_one - 1
    for para in paras:
        if para.kind != BlockKind.paragraph:
            continue
        found: list[tuple[int, int, str]] = []
        cuts: list[tuple[int, int]] = []
        for nums, strong, prev, follow, gap, span in _candidates(para.text):
            first = nums[0][1]
            if strong:
                if first == 1 and last >= 2 and ones_left > 0 and not para.restart:
                    para.restart = True
                    ones_left -= 1
                    last = 0
                ok = len(nums) > 1 or _follow_ok(follow) or first == last + 1
            else:
                ok = (
                    len(nums) == 1
                    and gap == 1
                    and first == last + 1
                    and _weak_prev_ok(prev)
                    and _follow_ok(follow)
                )
            if not ok or first == 0:
                continue
            for off, num in nums:
                found.append((off, num, str(num)))
                last = num
            cuts.append(span)
        para.refs = found
        para.cuts = cuts


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
            if paras[j].parts[0].chunk or paras[j].parts[0].after_bio or paras[j].page_top
        ]
        starts.append(cands[-1] if cands else idx)
        previous = idx
    starts.append(len(paras))
    for a, (lo, hi) in enumerate(zip(starts, starts[1:])):
        for j in range(lo, hi):
            paras[j].article = a


def read_pdf_text(
    source: Source, *, page_starts: list[int] | None = None, metadata: Metadata | None = None
) -> Document:
    lines = _split_lines(source, set(page_starts or ()))
    items = _group(lines)
    _classify(items)
    vocab = vocabulary(source.text)

    notes = [it for it in items if it.kind == "note"]

    # join paragraphs cut by page or column breaks; keep reading order with notes
    paras: list[_Para] = []
    order: list[tuple[str, object]] = []  # ("para", _Para) | ("note", _Raw)
    open_para: _Para | None = None
    page_top = False  # furniture dropped at a page or flow start: the next block starts it
    for it in items:
        if it.kind == "note":
            order.append(("note", it))
            continue
        if it.role in ("title", "pullquote", "bio"):
            page_top = page_top or it.chunk
            continue
        starts, page_top = page_top, False
        if it.role == "heading":
            open_para = None
            para = _Para([it], BlockKind.heading, page_top=starts)
            paras.append(para)
            order.append(("para", para))
            continue
        if open_para is not None and not ends_sentence(open_para.parts[-1].plain()):
            open_para.parts.append(it)
            continue
        open_para = _Para([it], BlockKind.paragraph, page_top=starts)
        paras.append(open_para)
        order.append(("para", open_para))

    for para in paras:
        para.builder = _join_paragraph(para.parts, vocab)
        para.text = para.builder.text()

    ones = sum(1 for n in notes if n.number == 1)
    if notes:
        _find_refs(paras, ones)
        _segment(paras)

    # footnotes belong to the article of the text above them on the page
    note_article: dict[int, int] = {}
    current = 0
    for kind, obj in order:
        if kind == "para":
            current = obj.article  # type: ignore[union-attr]
        else:
            note_article[id(obj)] = current

    n_articles = max([p.article for p in paras] + list(note_article.values()) + [0]) + 1
    titles: dict[int, str] = {}
    # a running title names the article whose pages it runs on
    article_of_item = {id(part): p.article for p in paras for part in p.parts}
    current = 0
    for it in items:
        if it.role == "title":
            titles.setdefault(current, it.plain())
        elif id(it) in article_of_item:
            current = article_of_item[id(it)]

    for para in paras:
        para.smap = para.builder.source_map()  # type: ignore[union-attr]
        if para.cuts:
            text, smap, places = cut_spans(para.text, para.smap, para.cuts)
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

    blocks_by_article: dict[int, list[Block]] = {a: [] for a in range(n_articles)}
    refs_by_article: dict[int, list[FootnoteRef]] = {a: [] for a in range(n_articles)}
    for para in paras:
        smap = para.smap
        block = Block(
            kind=para.kind,
            text=para.text,
            source_map=smap,
            article=para.article,
            location=source.location(smap.to_file(0)),
        )
        index = len(blocks_by_article[para.article])
        blocks_by_article[para.article].append(block)
        for off, num, label, file_off in para.file_refs:
            refs_by_article[para.article].append(
                FootnoteRef(
                    number=num,
                    label=label,
                    article=para.article,
                    block=index,
                    offset=off,
                    location=source.location(file_off),
                )
            )

    notes_by_article: dict[int, list[Footnote]] = {a: [] for a in range(n_articles)}
    for note in notes:
        art = note_article.get(id(note), 0)
        first = note.lines[0]
        m = re.match(r"(\d{1,3}) +", first.text)
        assert m is not None
        body_lines = [_Line(first.start + m.end(), first.text[m.end() :], first.raw_len, False)]
        body_lines += note.lines[1:]
        builder = TextBuilder()
        _append_lines(builder, body_lines, vocab)
        text = builder.text()
        notes_by_article[art].append(
            Footnote(
                number=note.number,
                label=str(note.number),
                text=text,
                urls=tuple(u for _, _, u in find_urls(text)),
                article=art,
                source_map=builder.source_map(),
                location=source.location(first.start),
            )
        )

    articles = []
    for a in range(n_articles):
        blocks = blocks_by_article[a]
        fns = notes_by_article[a]
        loc = blocks[0].location if blocks else (fns[0].location if fns else source.location(0))
        articles.append(
            Article(
                index=a,
                title=titles.get(a),
                location=loc,
                blocks=tuple(blocks),
                refs=tuple(refs_by_article[a]),
                footnotes=tuple(fns),
            )
        )
    doc = Document(
        path=source.path,
        format="text",
        metadata=metadata or Metadata(),
        articles=tuple(articles),
    )
    return doc.with_source(source)
