"""Reader for Markdown drafts: YAML front matter, ``[^n]`` footnotes, one article per ``#``.

* Front matter (``---`` … ``---``) gives the metadata: ``title``, ``date`` or
  ``publication_date``, ``status``; other keys are kept.
* Each level-1 heading starts an article, and footnote numbering is per article, as in a
  printed issue; text before the first ``#`` heading is an article of its own.
* Footnote definitions (``[^3]: text``, continued by indented or following lines) are read
  line by line, every one of them, duplicates included: a linter must see what a renderer
  would silently drop. markdown-it-py reads the block structure of the rest (paragraphs,
  headings, lists, quotes, and code, which is skipped).
* Inline markup is removed from the text (emphasis, links keep their text, code keeps its
  content) with every character still mapped to its place in the file.
"""

from __future__ import annotations

import re

import yaml
from pydantic import ValidationError

from claimcheck.document import (
    Article,
    Block,
    BlockKind,
    Document,
    Footnote,
    FootnoteRef,
    Metadata,
    Notice,
    Source,
)
from claimcheck.errors import InputError
from claimcheck.ingest.common import find_urls, parse_suppressions
from claimcheck.ingest.textmap import TextBuilder

__all__ = ["read_markdown", "strip_inline"]

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_DEF = re.compile(r"^ {0,3}\[\^([^\]\s]+)\]:[ \t]?")
_HEADING = re.compile(r"^ {0,3}#{1,6}(\s|$)")

_INLINE = re.compile(
    r"""
     (?P<fnref>\[\^(?P<fnlabel>[^\]\s]+)\])
    |(?P<img>!\[(?P<alt>[^\]]*)\]\((?P<imgdest>[^)\s]*)(?:\s+"[^"]*")?\))
    |(?P<link>\[(?P<ltext>[^\]]+)\]\((?P<dest>[^)\s]*)(?:\s+"[^"]*")?\))
    |(?P<reflink>\[(?P<rtext>[^\]]+)\]\[[^\]]*\])
    |(?P<code>(?P<ticks>`+)(?P<ctext>.+?)(?P=ticks))
    |(?P<auto><(?P<aurl>https?://[^>\s]+)>)
    |(?P<html><!--.*?-->|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>)
    |(?P<esc>\\(?P<echar>[!-/:-@\[-`{-~]))
    |(?P<emph>(?<![\w*_\\])[*_]{1,3}(?=\S)|(?<=[^\s\\])[*_]{1,3}(?![\w*]))
    """,
    re.VERBOSE,
)


def strip_inline(
    builder: TextBuilder,
    text: str,
    offset: int,
    refs: list[tuple[int, str]] | None = None,
    urls: list[str] | None = None,
) -> None:
    """Append ``text`` (found at file ``offset``) to ``builder`` without inline markup.

    Footnote references are collected into ``refs`` as ``(file_offset, label)``, link
    targets into ``urls``.
    """
    pos = 0
    for m in _INLINE.finditer(text):
        builder.add(text[pos : m.start()], offset + pos)
        kind = m.lastgroup
        if m.group("fnref"):
            if refs is not None:
                refs.append((offset + m.start(), m.group("fnlabel")))
        elif m.group("img"):
            builder.add(m.group("alt"), offset + m.start("alt"))
        elif m.group("link"):
            strip_inline(builder, m.group("ltext"), offset + m.start("ltext"), refs, urls)
            if urls is not None and m.group("dest"):
                urls.append(m.group("dest").strip("<>"))
        elif m.group("reflink"):
            strip_inline(builder, m.group("rtext"), offset + m.start("rtext"), refs, urls)
        elif m.group("code"):
            builder.add(m.group("ctext"), offset + m.start("ctext"))
        elif m.group("auto"):
            builder.add(m.group("aurl"), offset + m.start("aurl"))
            if urls is not None:
                urls.append(m.group("aurl"))
        elif m.group("esc"):
            builder.add(m.group("echar"), offset + m.start("echar"))
        del kind  # html and emphasis markers are dropped
        pos = m.end()
    builder.add(text[pos:], offset + pos)


def _front_matter(source: Source) -> tuple[Metadata, int, list[Notice]]:
    """Metadata, the number of lines the front matter takes (0 without any), and notices
    about values it read past."""
    text = source.text
    if not text.startswith("---\n"):
        return Metadata(), 0, []
    m = re.search(r"^(?:---|\.\.\.)[ \t]*$", text[4:], re.MULTILINE)
    if m is None:
        raise InputError(
            "front matter opened with '---' is never closed",
            path=source.path,
            line=1,
            column=1,
            hint="end the front matter with a line of three dashes",
            code="E110",
        )
    body = text[4 : 4 + m.start()]
    n_lines = body.count("\n") + 2
    try:
        data = yaml.safe_load(body) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        col = mark.column + 1 if mark is not None else 1
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise InputError(
            f"front matter is not valid YAML: {problem}",
            path=source.path,
            line=line,
            column=col,
            hint="fix the YAML between the '---' lines",
            code="E110",
            source_line=source.line_text(line),
        ) from None
    if not isinstance(data, dict):
        raise InputError(
            "front matter must be a mapping of keys to values",
            path=source.path,
            line=2,
            column=1,
            code="E110",
        )
    if "publication_date" not in data and "date" in data:
        data["publication_date"] = data["date"]
    notices: list[Notice] = []
    while True:
        try:
            meta = Metadata.model_validate(data)
            break
        except ValidationError as exc:
            err = exc.errors()[0]
            key = str(err["loc"][0]) if err["loc"] else ""
            if key not in data:
                raise
            shown = key if key != "publication_date" or "date" not in data else "date"
            line = _key_line(source, shown)
            notices.append(
                Notice(
                    location=source.location(_line_offsets(source, line)),
                    message=f"front matter `{shown}`: {data[key]!r} is not understood; read the draft without it",
                    help="write the date as YYYY-MM-DD, or pass --publication-date"
                    if key == "publication_date"
                    else f"write `{shown}` as plain text",
                    subject=f"front matter {shown}",
                )
            )
            del data[key]
    return meta, n_lines, notices


def _key_line(source: Source, key: str) -> int:
    for i in range(2, source.line_count + 1):
        if source.line_text(i).startswith(f"{key}:"):
            return i
    return 1


def _scan_definitions(source: Source, first_line: int) -> tuple[list[tuple[int, int, str]], set[int]]:
    """Footnote definitions as ``(first_line, last_line, label)``; lines they take."""
    defs: list[tuple[int, int, str]] = []
    taken: set[int] = set()
    fence: str | None = None
    total = source.line_count
    i = first_line
    while i <= total:
        line = source.line_text(i)
        fm = _FENCE.match(line)
        if fence:
            if fm and fm.group(1)[0] == fence[0] and len(fm.group(1)) >= len(fence):
                fence = None
            i += 1
            continue
        if fm:
            fence = fm.group(1)
            i += 1
            continue
        dm = _DEF.match(line)
        if not dm:
            i += 1
            continue
        start = i
        end = i
        j = i + 1
        while j <= total:
            nxt = source.line_text(j)
            if not nxt.strip():
                k = j
                while k <= total and not source.line_text(k).strip():
                    k += 1
                if k <= total and source.line_text(k).startswith("    "):
                    end = k
                    j = k + 1
                    continue
                break
            if _DEF.match(nxt) or _HEADING.match(nxt) or _FENCE.match(nxt):
                break
            end = j
            j += 1
        defs.append((start, end, dm.group(1)))
        taken.update(range(start, end + 1))
        i = end + 1
    return defs, taken


def _line_offsets(source: Source, line: int) -> int:
    return source._line_starts[line - 1]  # noqa: SLF001 - same package


def _number(label: str) -> int | None:
    return int(label) if label.isdigit() else None


def read_markdown(source: Source, *, metadata: Metadata | None = None) -> Document:
    from markdown_it import MarkdownIt

    if "\r" in source.text:  # markdown-it breaks lines at CR too; keep one idea of a line
        source = Source(source.path, source.text.replace("\r\n", "\n").replace("\r", "\n"))
    meta, fm_lines, notices = _front_matter(source)
    if metadata is not None:
        # the draft's own front matter wins over settings given from outside
        meta = metadata.model_copy(update=meta.model_dump(exclude_none=True))
    defs, taken = _scan_definitions(source, fm_lines + 1)

    # markdown-it reads the rest; front matter and definitions become blank lines
    lines = source.text.split("\n")
    for n in taken | set(range(1, fm_lines + 1)):
        lines[n - 1] = ""
    md = MarkdownIt("commonmark")
    tokens = md.parse("\n".join(lines))

    article_starts: list[int] = []  # first line (1-based) of each article after the first
    blocks: list[tuple[int, Block, list[tuple[int, str]]]] = []  # (line, block, refs)
    titles: dict[int, str] = {}
    for idx, tok in enumerate(tokens):
        if tok.type != "inline" or tok.map is None:
            continue
        parent = tokens[idx - 1]
        if parent.type == "heading_open":
            kind = BlockKind.heading
        elif parent.type == "paragraph_open":
            kind = BlockKind.paragraph
        else:
            continue
        first_line = tok.map[0] + 1
        builder = TextBuilder()
        refs: list[tuple[int, str]] = []
        for i, content in enumerate(tok.content.split("\n")):
            lineno = first_line + i
            src_line = source.line_text(lineno)
            stripped_src = src_line.rstrip()
            col = (
                len(stripped_src) - len(content.rstrip())
                if stripped_src.endswith(content.rstrip())
                else max(src_line.find(content), 0)
            )
            line_start = _line_offsets(source, lineno)
            if i:
                builder.add_synthetic(" ", line_start - 1)
            strip_inline(builder, content.rstrip(), line_start + col, refs)
        builder.rstrip()
        text = builder.text()
        smap = builder.source_map()
        block = Block(
            kind=kind,
            text=text,
            source_map=smap,
            article=0,
            location=source.location(smap.to_file(0)) if text else source.location(line_start),
        )
        if kind is BlockKind.heading and parent.tag == "h1":
            article_starts.append(first_line)
            titles[len(article_starts)] = text
        blocks.append((first_line, block, refs))

    def article_of(line: int) -> int:
        n = 0
        for start in article_starts:
            if line >= start:
                n += 1
        return n

    has_preamble = bool(blocks) and (not article_starts or blocks[0][0] < article_starts[0])
    shift = 0 if has_preamble else 1

    n_articles = max(len(article_starts) + (1 if has_preamble else 0), 1)
    art_blocks: list[list[Block]] = [[] for _ in range(n_articles)]
    art_refs: list[list[FootnoteRef]] = [[] for _ in range(n_articles)]
    art_notes: list[list[Footnote]] = [[] for _ in range(n_articles)]
    for line, block, refs in blocks:
        a = max(article_of(line) - shift, 0)
        index = len(art_blocks[a])
        art_blocks[a].append(block.model_copy(update={"article": a}))
        for file_off, label in refs:
            # the offset of the reference in the block's normalised text
            norm = _norm_offset(block, file_off)
            art_refs[a].append(
                FootnoteRef(
                    number=_number(label),
                    label=label,
                    article=a,
                    block=index,
                    offset=norm,
                    location=source.location(file_off),
                )
            )

    for start, end, label in defs:
        a = max(article_of(start) - shift, 0)
        builder = TextBuilder()
        urls: list[str] = []
        for lineno in range(start, end + 1):
            src_line = source.line_text(lineno)
            line_start = _line_offsets(source, lineno)
            if lineno == start:
                m = _DEF.match(src_line)
                assert m is not None
                content, col = src_line[m.end() :], m.end()
            else:
                content = src_line.lstrip()
                col = len(src_line) - len(content)
            if not content.strip():
                continue
            if len(builder):
                builder.add_synthetic(" ", line_start - 1)
            strip_inline(builder, content.rstrip(), line_start + col, None, urls)
        builder.rstrip()
        text = builder.text()
        for _, _, url in find_urls(text):
            if url not in urls:
                urls.append(url)
        line_start = _line_offsets(source, start)
        label_col = source.line_text(start).index("[^")
        art_notes[a].append(
            Footnote(
                number=_number(label),
                label=label,
                text=text,
                urls=tuple(dict.fromkeys(urls)),
                article=a,
                source_map=builder.source_map(),
                location=source.location(line_start + label_col),
            )
        )

    articles = []
    for a in range(n_articles):
        bl = art_blocks[a]
        loc = bl[0].location if bl else source.location(0)
        articles.append(
            Article(
                index=a,
                title=titles.get(a + shift),
                location=loc,
                blocks=tuple(bl),
                refs=tuple(art_refs[a]),
                footnotes=tuple(art_notes[a]),
            )
        )
    doc = Document(
        path=source.path,
        format="markdown",
        metadata=meta,
        articles=tuple(articles),
        suppressions=tuple(parse_suppressions(source)),
        notices=tuple(notices),
    )
    return doc.with_source(source)


def _norm_offset(block: Block, file_offset: int) -> int:
    """The normalised offset whose file position is nearest at or after ``file_offset``."""
    best = len(block.text)
    for norm, orig in block.source_map.anchors:
        if orig >= file_offset:
            best = min(best, norm)
            break
    return best

