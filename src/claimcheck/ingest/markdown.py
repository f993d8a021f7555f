"""Reader for Markdown as publishers write it: Jekyll/kramdown, Hugo, Zola, MDX, pandoc.

* **Front matter**: YAML between ``---`` lines or TOML between ``+++`` lines gives the
  metadata (``title``; the publication date from ``publication_date``, ``date``,
  ``published``, ``pubDate`` or ``publishDate``, never ``lastmod``; ``status``; other keys
  are kept). Dates are read in any common form (:func:`~claimcheck.ingest.common.read_date`:
  ``2014-05-29T17:15:00-04:00``, ``2016-03-21 12:00:00 -4``, ``09-29-2022`` month first).
  Front matter is never body text. A value that cannot be read, invalid YAML or TOML, a
  block that is never closed or is not a mapping: the body is still read and a
  :class:`~claimcheck.document.Notice` says what was read past (rule CC002).
* **Blocks** come from markdown-it-py (CommonMark with GFM tables) and carry a class:
  paragraphs (block quotes too: a quotation is prose), list items, headings (a lone
  leading ``#`` heading is the title), tables (one block per row), code (fences, indented
  code, Liquid/Hugo/kramdown template lines, display math, ``<script>``), figures (an
  image-only paragraph, ``<figure>``, MDX components such as ``<Figure>``), captions,
  pull quotes and front matter. HTML blocks are read for their text and classed by
  their tags: a ``<div>`` around prose is still prose.
* **Footnotes**: ``[^1]`` and named labels (``[^note-a]``); definitions (``[^3]: text``,
  continued by indented paragraphs) are read line by line, every one of them,
  duplicates included: a linter must see what a renderer would silently drop. Inline
  notes (pandoc ``^[text]``, MDX ``<Sidenote>``) are a reference and a note at once.
  HTML notes as digital.gov and pandoc write them (``<sup><a href="#fn1">[1]</a></sup>``
  and an element ``id="fn1"`` in a notes list) are read as references and notes too. A
  reference inside code is not a reference.
* **Articles**: a file is split into articles at its ``#`` headings only when it really
  is an issue of several articles, i.e. when footnote numbering restarts: the same
  label is defined under two different ``#`` headings. One post whose sections use
  ``#`` headings is one article.
* **Inline markup** is removed (emphasis, links keep their text, code keeps its content,
  math and templates are left out, entities decoded) and the text is normalised with
  :func:`~claimcheck.ingest.common.normalise_inline`, every character still mapped to
  its place in the file.
"""

from __future__ import annotations

import bisect
import datetime as dt
import html as _html
from claimcheck import lazyre as re
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any, Callable

from claimcheck.document import (
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
from claimcheck.ingest.common import (
    ArticleParts,
    find_math,
    find_urls,
    normalise_inline,
    parse_suppressions,
    read_date,
    ymd_date,
)
from claimcheck.ingest.textmap import TextBuilder, cut_spans

if TYPE_CHECKING:  # markdown-it is imported when a draft is read
    from markdown_it.token import Token
    from markdown_it import MarkdownIt

__all__ = ["read_markdown", "strip_inline", "PUBLICATION_DATE_KEYS"]

#: front-matter keys that give the publication date, first found wins (``lastmod``,
#: ``updated`` and ``expirydate`` are other dates)
PUBLICATION_DATE_KEYS = (
    "publication_date",
    "date",
    "published",
    "pubDate",
    "pubdate",
    "publishDate",
    "publish_date",
    "datePublished",
)

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_DEF = re.compile(r"^ {0,3}\[\^([^\]\s]+)\]:[ \t]?")
_HEADING = re.compile(r"^ {0,3}#{1,6}(\s|$)")
_LINKDEF = re.compile(r"^ {0,3}\[[^\]^][^\]]*\]:\s*\S")
_INDENTED = re.compile(r"^(?: {4}|\t| {1,3}\t)")

# template syntax that renders no prose where it stands: Liquid tags and output, Hugo
# shortcodes, kramdown attribute lists and extensions
_TEMPLATE = r"(?:\{%-?.*?-?%\}|\{\{<.*?>\}\}|\{\{%.*?%\}\}|\{\{.*?\}\}|\{:.*?\}|\{::.*?\})"
_TEMPLATE_LINE = re.compile(rf"^\s*(?:{_TEMPLATE}\s*)+$")
_TEMPLATE_OPEN = re.compile(r"^\s*(\{%|\{\{[<%]?)(?!.*(?:%\}|\}\}))")
_LIQUID_HIDDEN = re.compile(r"^\s*\{%-?\s*(comment|capture)\b")
_MDX_OPEN = re.compile(r"^ {0,3}<([A-Z][\w.]*)(?:\s[^>]*)?$")

_INLINE = re.compile(
    r"""
     (?P<code>(?P<ticks>`+)(?P<ctext>(?s:.+?))(?<!`)(?P=ticks)(?!`))
    |(?P<fnref>\[\^(?P<fnlabel>[^\]\s]+)\])
    |(?P<inl>\^\[(?P<inltext>(?:[^\[\]]|\[[^\[\]]*\])+)\])
    |(?P<side><(?P<sidetag>Sidenote|SideNote|sidenote|MarginNote|Marginnote)\b[^>]*>(?P<sidetext>(?s:.*?))</(?P=sidetag)\s*>)
    |(?P<back><a\b[^>]*>\s*(?:↩|↵|⤴|↑|&\#8617;|&\#x21[aA]9;|&larrhk;|&hookleftarrow;)\s*(?:&\#xFE0E;|\ufe0e)?\s*</a\s*>)
    |(?P<htmlref>(?P<supopen><sup\b[^>]*>\s*)?<a\b(?P<aattrs>[^>]*?\bhref\s*=\s*["']\#(?P<target>[^"']+)["'][^>]*)>\s*(?P<hlabel>\[?[\w*†‡§]{1,8}\]?)\s*</a\s*>(?(supopen)\s*</sup\s*>))
    |(?P<sup><sup\b[^>]*>(?P<suptext>[^<>]{1,12})</sup\s*>)
    |(?P<img>!\[(?P<alt>(?:[^\[\]]|\[[^\[\]]*\])*)\](?:\((?P<imgdest>(?:[^()\s]|\([^()\s]*\))*)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)|\[[^\]]*\]))
    |(?P<link>\[(?P<ltext>(?:[^\[\]]|\[[^\[\]]*\])*)\]\(\s*(?P<dest><[^>\n]*>|(?:\{\{.*?\}\}|[^()\s]|\([^()\s]*\))*)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\))
    |(?P<reflink>\[(?P<rtext>(?:[^\[\]]|\[[^\[\]]*\])+)\]\[(?P<rlabel>[^\[\]]*)\])
    |(?P<shortcut>\[(?P<stext>[^\[\]]+)\](?![(\[:]))
    |(?P<auto><(?P<aurl>(?:https?|ftp|mailto):[^>\s]+)>)
    |(?P<jsxspace>\{\s*(?P<jq>["'])\s*(?P=jq)\s*\})
    |(?P<tplcomment>\{%-?\s*comment\s*-?%\}(?s:.*?)\{%-?\s*endcomment\s*-?%\})
    |(?P<tpl>"""
    + _TEMPLATE
    + r""")
    |(?P<br><br\s*/?>)
    |(?P<imgtag><img\b[^>]*?\balt\s*=\s*(?P<q>["'])(?P<imgalt>[^"'<>]*)(?P=q)[^>]*>)
    |(?P<html>(?s:<!--.*?-->)|</?[A-Za-z][\w.:-]*(?:\s(?:[^<>"']|"[^"\n]*"|'[^'\n]*')*)?/?>)
    |(?P<entity>&(?:\#\d{1,7}|\#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)
    |(?P<hard>\\(?=\n))
    |(?P<esc>\\(?P<echar>[!-/:-@\[-`{-~]))
    |(?P<strike>~~)
    |(?P<emph>(?<![\w*_\\])[*_]{1,3}(?=\S)|(?<=[^\s\\])[*_]{1,3}(?![\w*]))
    """,
    re.VERBOSE,
)


_TRIGGER = re.compile(r"[`\[\^!<{&\\~*_$]")

# --------------------------------------------------------------------------------------
# text with file offsets


class _Content:
    """Raw inline text of a block (lines joined by ``\\n``) and where each line starts in
    the file, so any slice of it can be appended to a :class:`TextBuilder` mapped."""

    __slots__ = ("text", "_starts", "_files")

    def __init__(self, pieces: list[tuple[str, int]]) -> None:
        parts, starts, files = [], [], []
        pos = 0
        for i, (line, file_off) in enumerate(pieces):
            if i:
                parts.append("\n")
                pos += 1
            starts.append(pos)
            files.append(file_off)
            parts.append(line)
            pos += len(line)
        self.text = "".join(parts)
        self._starts = starts
        self._files = files

    def file(self, i: int) -> int:
        k = max(bisect.bisect_right(self._starts, i) - 1, 0)
        return self._files[k] + (i - self._starts[k])

    def emit(self, builder: TextBuilder, start: int, end: int) -> None:
        text = self.text
        end = min(end, len(text))
        pos = start
        if len(builder) and builder.last_char() == " ":
            while pos < end and text[pos] in " \t\n":  # no double space where markup was left out
                pos += 1
        while pos < end:
            nl = text.find("\n", pos, end)
            stop = end if nl < 0 else nl
            if stop > pos:
                builder.add(text[pos:stop], self.file(pos))
            if nl < 0:
                break
            if len(builder) and builder.last_char() != " ":
                builder.add_synthetic(" ", self.file(nl))
            pos = nl + 1
            while pos < end and text[pos] in " \t":  # the next line's indentation
                pos += 1


@dataclass
class _Ctx:
    """What inline reading needs from the whole file and what it collects."""

    link_refs: dict[str, str]
    note_ids: set[str]
    refs: list[tuple[int, str, str | None]] = field(default_factory=list)  # (file_off, label, target)
    urls: list[str] = field(default_factory=list)
    inline_notes: list[tuple[int, str, TextBuilder, list[str]]] = field(default_factory=list)
    keep_alt: bool = False
    in_note: bool = False
    counter: list[int] = field(default_factory=lambda: [0])


def _inline(builder: TextBuilder, content: _Content, start: int, end: int, ctx: _Ctx) -> None:
    """Append ``content.text[start:end]`` to ``builder`` without inline markup."""
    text = content.text
    maths = find_math(text, start, end) if ("$" in text or "\\" in text) else []
    mi = 0
    pos = start  # emitted up to here
    scan = start
    while scan < end:
        t = _TRIGGER.search(text, scan, end)  # markup only starts at these characters
        if t is None:
            break
        at = t.start()
        while mi < len(maths) and maths[mi][0] < at:
            mi += 1
        if mi < len(maths) and maths[mi][0] == at:
            content.emit(builder, pos, at)
            pos = scan = maths[mi][1]
            mi += 1
            continue
        m = _INLINE.match(text, at, end)
        if m is None:
            scan = at + 1
            continue
        content.emit(builder, pos, m.start())
        pos = scan = m.end()
        # one kind of markup matches (the pattern's alternatives exclude each other); tpl,
        # html tags, hard breaks, strike-through and emphasis markers are dropped
        if not (_note_markup(builder, content, m, ctx) or _link_markup(builder, content, m, ctx)):
            _text_markup(builder, content, m)
    if pos < end:
        content.emit(builder, pos, end)


def _note_markup(builder: TextBuilder, content: _Content, m: re.Match[str], ctx: _Ctx) -> bool:
    """Note references and inline notes: ``[^1]``, ``^[…]``, a sidenote, an HTML ``<a href="#fn1">``."""
    if m.group("fnref"):
        if not ctx.in_note:
            ctx.refs.append((content.file(m.start()), m.group("fnlabel"), None))
    elif m.group("inl") or m.group("side"):
        grp = "inltext" if m.group("inl") else "sidetext"
        ctx.counter[0] += 1
        label = f"{'inline' if m.group('inl') else 'sidenote'}-{ctx.counter[0]}"
        note = TextBuilder()
        sub = _Ctx(ctx.link_refs, ctx.note_ids, in_note=True, counter=ctx.counter)
        _inline(note, content, m.start(grp), m.end(grp), sub)
        ctx.refs.append((content.file(m.start()), label, None))
        ctx.inline_notes.append((content.file(m.start()), label, note, sub.urls))
    elif m.group("back"):
        pass
    elif m.group("htmlref"):
        target = m.group("target")
        label = m.group("hlabel").strip("[]")
        if ctx.in_note:
            pass  # the note's own number linking back to the text
        elif target in ctx.note_ids or m.group("supopen"):
            ctx.refs.append((content.file(m.start()), label, target))
        else:
            content.emit(builder, m.start("hlabel"), m.end("hlabel"))
    else:
        return False
    return True


def _link_markup(builder: TextBuilder, content: _Content, m: re.Match[str], ctx: _Ctx) -> bool:
    """Links and images: their text (an image's alt text where kept), their URL noted."""
    if m.group("img"):
        if ctx.keep_alt:
            _inline(builder, content, m.start("alt"), m.end("alt"), ctx)
    elif m.group("link"):
        _inline(builder, content, m.start("ltext"), m.end("ltext"), ctx)
        dest = (m.group("dest") or "").strip("<>")
        if dest:
            ctx.urls.append(dest)
    elif m.group("reflink"):
        _inline(builder, content, m.start("rtext"), m.end("rtext"), ctx)
        key = _ref_key(m.group("rlabel") or m.group("rtext"))
        if key in ctx.link_refs:
            ctx.urls.append(ctx.link_refs[key])
    elif m.group("shortcut"):
        key = _ref_key(m.group("stext"))
        if key in ctx.link_refs:
            _inline(builder, content, m.start("stext"), m.end("stext"), ctx)
            ctx.urls.append(ctx.link_refs[key])
        else:
            content.emit(builder, m.start(), m.start() + 1)
            _inline(builder, content, m.start("stext"), m.end("stext"), ctx)
            content.emit(builder, m.end() - 1, m.end())
    elif m.group("auto"):
        content.emit(builder, m.start("aurl"), m.end("aurl"))
        ctx.urls.append(m.group("aurl"))
    elif m.group("imgtag"):
        if ctx.keep_alt and m.group("imgalt").strip():
            if len(builder) and builder.last_char() != " ":
                builder.add_synthetic(" ", content.file(m.start()))
            content.emit(builder, m.start("imgalt"), m.end("imgalt"))
    else:
        return False
    return True


def _text_markup(builder: TextBuilder, content: _Content, m: re.Match[str]) -> None:
    """Code, superscripts, entities, escapes and the markup that stands for a space."""
    if m.group("code"):
        content.emit(builder, m.start("ctext"), m.end("ctext"))
    elif m.group("sup"):
        s, e = m.start("suptext"), m.end("suptext")
        text = content.text
        if text[s:e].isdigit() and m.start() > 0 and text[m.start() - 1].isdigit():
            builder.add_synthetic("^", content.file(m.start()))
        content.emit(builder, s, e)
    elif m.group("jsxspace") or m.group("br"):
        if len(builder) and builder.last_char() != " ":
            builder.add_synthetic(" ", content.file(m.start()))
    elif m.group("entity"):
        raw = m.group("entity")
        decoded = _html.unescape(raw)
        if decoded == raw:
            content.emit(builder, m.start(), m.end())
        else:
            builder.add_synthetic(decoded, content.file(m.start()))
    elif m.group("esc"):
        content.emit(builder, m.start("echar"), m.end("echar"))


def _ref_key(label: str) -> str:
    from markdown_it.common.utils import normalizeReference

    return normalizeReference(label)


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
    ctx = _Ctx({}, set())
    content = _Content([(text, offset)])
    _inline(builder, content, 0, len(text), ctx)
    if refs is not None:
        refs.extend((off, label) for off, label, _ in ctx.refs)
    if urls is not None:
        urls.extend(ctx.urls)


# --------------------------------------------------------------------------------------
# front matter


@dataclass
class _FrontMatter:
    meta: Metadata = field(default_factory=Metadata)
    lines: int = 0  # lines it takes from the top of the file (0: none)
    body: tuple[int, int] | None = None  # first and last line of its content
    notices: list[Notice] = field(default_factory=list)


_FRONT_LINE = re.compile(r"^(?:[\w\"'.-]+\s*[:=]|[ \t]+\S|-\s)")


def _front_matter(source: Source) -> _FrontMatter:
    first = source.line_text(1).lstrip("\ufeff").rstrip()
    closers: tuple[str, ...]
    if first == "---":
        lang, closers = "YAML", ("---", "...")
    elif first == "+++":
        lang, closers = "TOML", ("+++",)
    else:
        return _FrontMatter()
    fm = _FrontMatter()
    total = source.line_count
    end = next((i for i in range(2, total + 1) if source.line_text(i).rstrip() in closers), None)
    if end is None:
        # never closed: take the `key: value` lines that follow if they make a mapping
        stop = 2
        while stop <= total and _FRONT_LINE.match(source.line_text(stop)):
            stop += 1
        body = "\n".join(source.line_text(i) for i in range(2, stop))
        data, _ = _parse_front(lang, body)
        if isinstance(data, dict) and data:
            fm.lines = stop - 1
            fm.body = (2, stop - 1)
            where = f"read it up to line {stop - 1}"
        else:
            data, where = None, "read as body text"
        fm.notices.append(
            _notice(
                source,
                1,
                f"front matter opened with {first!r} is never closed; {where}",
                f"end the front matter with a line {closers[0]!r}",
                "front matter",
            )
        )
        if data is None:
            return fm
    else:
        fm.lines = end
        fm.body = (2, end - 1)
        body = "\n".join(source.line_text(i) for i in range(2, end))
        data, problem = _parse_front(lang, body)
        if problem is not None:
            line, message = problem
            fm.notices.append(
                _notice(
                    source,
                    min(line + 1, end),
                    f"front matter is not valid {lang}: {message}; read the draft without it",
                    f"fix the {lang} between the {first!r} lines",
                    "front matter",
                )
            )
            return fm
    if data is None:
        return fm
    if not isinstance(data, dict):
        fm.notices.append(
            _notice(
                source,
                2,
                "front matter is not a mapping of keys to values; read the draft without it",
                "write the front matter as `key: value` lines",
                "front matter",
            )
        )
        return fm
    if lang == "YAML":
        fm.notices.extend(_duplicate_keys(source, body, fm.body[0] if fm.body else 2))
    fm.meta = _metadata(source, data, fm)
    return fm


def _duplicate_keys(source: Source, body: str, first_line: int) -> list[Notice]:
    """A notice for each top-level key written twice (YAML silently keeps the last)."""
    if _simple_yaml(body) is not None:
        return []  # its keys are all different
    with re.patterns_of_imports_cached():  # PyYAML compiles its patterns at import (see _loaders)
        import yaml

    try:
        node = yaml.compose(body, Loader=_loaders()[0])
    except (yaml.YAMLError, RecursionError, ValueError):
        return []
    if not isinstance(node, yaml.MappingNode):
        return []
    out: list[Notice] = []
    seen: dict[str, int] = {}
    for key_node, _ in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            continue
        line = first_line + key_node.start_mark.line
        if key_node.value in seen:
            out.append(
                _notice(
                    source,
                    line,
                    f"front matter key '{key_node.value}' is written twice (first at line {seen[key_node.value]}); "
                    "the last one is read",
                    "keep one of them",
                    f"front matter {key_node.value} twice",
                )
            )
        else:
            seen[key_node.value] = line
    return out


#: one ``key: value`` line of the YAML front matter most drafts have (see _simple_yaml)
_SIMPLE_YAML_LINE = re.compile(
    r"(?P<key>[A-Za-z_][A-Za-z0-9_-]*): +"
    r"(?:\"(?P<dq>[^\"\\]*)\"|'(?P<sq>[^']*)'"
    r"|(?P<date>\d{4}-\d\d-\d\d)"
    r"|(?P<plain>[^\W\d_](?:[^:#\"'\[\]{}|>&*!%@`\\\s]|[ ](?=[^ ]))*))"
)
#: what PyYAML reads (and refuses: characters it cannot print)
_YAML_NON_PRINTABLE = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
#: characters YAML reads as line breaks or tabs, and the byte-order mark (left to PyYAML)
_YAML_BREAKS = "\r\t\x85\u2028\u2029\ufeff"
#: plain words YAML 1.1 reads as booleans or null, not as text
_YAML_WORDS = frozenset(
    "yes Yes YES no No NO true True TRUE false False FALSE on On ON off Off OFF null Null NULL".split()
)


def _simple_yaml(body: str) -> dict[str, Any] | None:
    """The front matter as PyYAML's safe loader reads it, when every line is ``key: value``
    with a quoted text without escapes, a valid date or a plain text value (as most
    drafts' are); None for anything else, which PyYAML then reads. Importing PyYAML takes
    longer than reading a short draft."""
    if not body or _YAML_NON_PRINTABLE.search(body) or any(c in body for c in _YAML_BREAKS):
        return None
    data: dict[str, Any] = {}
    for line in body.split("\n"):
        m = _SIMPLE_YAML_LINE.fullmatch(line)
        if m is None or m["key"] in _YAML_WORDS or m["key"] in data:
            return None
        if m["date"] is not None:
            try:
                value: Any = dt.date.fromisoformat(m["date"])
            except ValueError:
                return None
        elif m["plain"] is not None:
            if m["plain"] in _YAML_WORDS:
                return None
            value = m["plain"]
        else:
            value = m["dq"] if m["dq"] is not None else m["sq"]
        data[m["key"]] = value
    return data


def _parse_front(lang: str, body: str) -> tuple[Any, tuple[int, str] | None]:
    """``(data, None)`` or ``(None, (line_in_body, message))``."""
    if lang == "TOML":
        import tomllib

        try:
            return tomllib.loads(body), None
        except (tomllib.TOMLDecodeError, ValueError) as exc:
            msg = str(exc)
            m = re.search(r"\(at line (\d+)", msg)
            return None, (int(m.group(1)) if m else 1, re.sub(r"\s*\(at line.*\)$", "", msg))
    simple = _simple_yaml(body)
    if simple is not None:
        return simple, None
    with re.patterns_of_imports_cached():  # PyYAML compiles its patterns at import (see _loaders)
        import yaml

    safe, text_dates = _loaders()
    try:
        return yaml.load(body, Loader=safe), None  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        return None, (line, getattr(exc, "problem", None) or "invalid YAML")
    except RecursionError:
        return None, (1, "it nests too deeply")
    except Exception:  # noqa: BLE001 - a timestamp with month 13, `!!timestamp text` (AttributeError in PyYAML)
        try:  # read again with timestamps as text: only that value is then unreadable
            return yaml.load(body, Loader=text_dates), None  # noqa: S506 - a SafeLoader
        except Exception as exc:  # noqa: BLE001
            return None, (1, (str(exc).strip().splitlines() or ["a value YAML cannot build"])[0])


@cache
def _loaders() -> tuple[Any, Any]:
    """PyYAML's safe loader (libyaml's when built with it), and a safe loader that leaves
    timestamps as the text written; PyYAML is imported when a draft first has YAML front
    matter (importing it takes longer than reading most drafts), with the patterns it
    compiles at import (its reader's test for characters it cannot print alone takes about
    half of the import, its resolver's for plain values) taken from the compiled-form cache."""
    with re.patterns_of_imports_cached():
        import yaml

    class _TextDateLoader(yaml.SafeLoader):
        """A safe loader that leaves timestamps as the text written."""

    # types-PyYAML types the constructor for the base class only; the call is what PyYAML documents
    _TextDateLoader.add_constructor(
        "tag:yaml.org,2002:timestamp",
        yaml.SafeLoader.construct_scalar,  # type: ignore[type-var]  # stub too narrow for a subclass
    )
    return getattr(yaml, "CSafeLoader", yaml.SafeLoader), _TextDateLoader


def _metadata(source: Source, data: dict[Any, Any], fm: _FrontMatter) -> Metadata:
    data = {str(k): v for k, v in data.items()}
    fields: dict[str, Any] = {}
    title = data.get("title")
    if title is not None:
        if isinstance(title, (str, int, float)) and not isinstance(title, bool):
            fields["title"] = str(title).strip() or None
        else:
            fm.notices.append(_value_notice(source, "title", title, "write 'title' as plain text"))
    status = data.get("status")
    if status is not None:
        if isinstance(status, (str, int, float)):
            fields["status"] = str(status)
        else:
            fm.notices.append(_value_notice(source, "status", status, "write 'status' as plain text"))
    for key in PUBLICATION_DATE_KEYS:
        if key in data and data[key] not in (None, ""):
            value = data[key]
            date = read_date(value)
            if date is None:
                fm.notices.append(
                    _value_notice(source, key, value, "write the date as YYYY-MM-DD, or pass --publication-date")
                )
            else:
                fields["publication_date"] = date
            break
    extra = {k: v for k, v in data.items() if k not in ("title", "status", "publication_date") and k.isidentifier()}
    for key in [k for k, v in extra.items() if not _small(v)]:
        # YAML aliases can make a few lines stand for billions of values, which copying
        # or reporting the metadata would expand: such a key is left out
        del extra[key]
        fm.notices.append(
            _notice(
                source,
                _key_line(source, key),
                f"front matter '{key}' holds too much data (nested aliases?); read the draft without it",
                "write the value out plainly, without YAML aliases",
                f"front matter {key}",
            )
        )
    try:
        return Metadata(**extra, **fields)
    except Exception:  # noqa: BLE001 - an odd extra key never stops the reading
        return Metadata(**fields)


def _small(value: object, limit: int = 10_000) -> bool:
    """Does ``value`` hold at most ``limit`` values, counting each time an alias repeats one?"""
    stack: list[object] = [value]
    seen = 0
    while stack:
        v = stack.pop()
        seen += 1
        if seen > limit:
            return False
        if isinstance(v, dict):
            stack.extend(v.keys())
            stack.extend(v.values())
        elif isinstance(v, (list, tuple)):
            stack.extend(v)
    return True


def _value_notice(source: Source, key: str, value: object, help_: str) -> Notice:
    shown = value
    if isinstance(value, (dict, list)) and not _small(value, 1000):
        shown = type(value).__name__  # its repr could be billions of characters (aliases)
    elif len(repr(value)) > 80:
        shown = type(value).__name__ if isinstance(value, (dict, list)) else repr(value)[:77] + "..."
    return _notice(
        source,
        _key_line(source, key),
        f"front matter '{key}': {shown!r} is not understood; read the draft without it",
        help_,
        f"front matter {key}",
    )


def _notice(source: Source, line: int, message: str, help_: str, subject: str) -> Notice:
    return Notice(location=source.location(_line_start(source, line)), message=message, help=help_, subject=subject)


def _key_line(source: Source, key: str) -> int:
    pat = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*[:=]")
    for i in range(2, source.line_count + 1):
        if pat.match(source.line_text(i)):
            return i
    return 1


def _line_start(source: Source, line: int) -> int:
    return source._line_starts[max(min(line, source.line_count), 1) - 1]  # noqa: SLF001 - same package


# --------------------------------------------------------------------------------------
# line scan: footnote definitions and template lines (outside fenced code)


@dataclass
class _Scan:
    defs: list[tuple[int, int, str]] = field(default_factory=list)  # (first, last, label)
    templates: list[tuple[int, int]] = field(default_factory=list)  # (first, last) lines
    components: list[tuple[int, int]] = field(default_factory=list)  # MDX tags over lines
    taken: set[int] = field(default_factory=set)


def _scan(source: Source, first_line: int) -> _Scan:
    out = _Scan()
    fence: str | None = None
    total = source.line_count
    i = first_line
    while i <= total:
        line = source.line_text(i)
        fm = _FENCE.match(line)
        if fence:
            if fm and fm.group(1)[0] == fence[0] and len(fm.group(1)) >= len(fence) and not line[fm.end() :].strip():
                fence = None
            i += 1
            continue
        if fm:
            fence = fm.group(1)
            i += 1
            continue
        j = _template_end(source, i, line)
        if j is not None:
            out.templates.append((i, j))
            out.taken.update(range(i, j + 1))
            i = j + 1
            continue
        if _MDX_START.match(line):
            j = _jsx_tag_end(source, i)
            if j > i:
                out.components.append((i, j))
                out.taken.update(range(i, j + 1))
                i = j + 1
                continue
        dm = _DEF.match(line)
        if not dm:
            i += 1
            continue
        end = _definition_end(source, i)
        out.defs.append((i, end, dm.group(1)))
        out.taken.update(range(i, end + 1))
        i = end + 1
    return out


def _template_end(source: Source, i: int, line: str) -> int | None:
    """The last line of a template tag starting on line ``i`` (``{% comment %}`` … ``{%
    endcomment %}``, ``{{ … }}`` over several lines), or ``None`` when none starts there."""
    hidden = _LIQUID_HIDDEN.match(line)
    if hidden:  # {% comment %} / {% capture %}: nothing is printed where it stands
        closer = re.compile(r"\{%-?\s*end" + hidden.group(1) + r"\b")
        cm = closer.search(source.text, _line_start(source, i))
        return source.line_col(cm.end())[0] if cm else source.line_count
    if not (_TEMPLATE_LINE.match(line) or _TEMPLATE_OPEN.match(line)):
        return None
    j = i
    if not _TEMPLATE_LINE.match(line):  # a tag over several lines
        opener = _TEMPLATE_OPEN.match(line)
        close = "%}" if opener is not None and opener.group(1) == "{%" else "}}"
        while j < source.line_count and close not in source.line_text(j)[(0 if j > i else 2) :]:
            j += 1
    return j


def _definition_end(source: Source, start: int) -> int:
    """The last line of the note definition starting on line ``start``: its lines, and the
    indented paragraphs after blank lines."""
    total = source.line_count
    end = start
    j = start + 1
    while j <= total:
        nxt = source.line_text(j)
        if not nxt.strip():
            k = j
            while k <= total and not source.line_text(k).strip():
                k += 1
            if k <= total and _INDENTED.match(source.line_text(k)):
                end = k
                j = k + 1
                continue
            break
        if (
            _DEF.match(nxt)
            or _HEADING.match(nxt)
            or _FENCE.match(nxt)
            or _LINKDEF.match(nxt)
            or _TEMPLATE_LINE.match(nxt)
        ):
            break
        end = j
        j += 1
    return end


_MDX_START = re.compile(r"^\s*<[A-Z][\w.]*(?:\s|$)")


def _jsx_tag_end(source: Source, first: int) -> int:
    """The last line of an MDX/JSX opening tag that starts on line ``first`` (its
    attributes may hold ``{…}`` expressions over many lines, blank ones included);
    ``first`` when the tag closes on its own line or never closes."""
    text = source.text
    pos = text.index("<", _line_start(source, first))
    depth = 0
    quote = ""
    limit = min(len(text), pos + 20000)
    i = pos + 1
    while i < limit:
        ch = text[i]
        if quote:
            if ch == "\\":
                i += 1
            elif ch == quote:
                quote = ""
        elif ch in "\"'`" and (depth or text[i - 1] == "="):
            quote = ch
        elif ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        elif ch == ">" and depth == 0:
            return source.line_col(i)[0]
        elif ch == "<" and depth == 0:
            return first  # not a tag after all
        i += 1
    return first


# --------------------------------------------------------------------------------------
# HTML notes (digital.gov, pandoc's HTML): which element ids are note bodies

_ID_ELEMENT = re.compile(r"<(?P<tag>li|p|div|aside|span)\b[^>]*?\bid\s*=\s*[\"'](?P<id>[^\"']+)[\"'][^>]*>", re.I)
_HREF_LABEL = re.compile(
    r"<a\b[^>]*?\bhref\s*=\s*[\"']#(?P<target>[^\"']+)[\"'][^>]*>\s*\[?[\w*†‡§]{1,8}\]?\s*</a\s*>", re.I
)


def _note_ids(text: str) -> set[str]:
    """Ids of elements that a short-labelled link (``[1]``, ``1``, ``*``) points to."""
    if "href" not in text:
        return set()
    ids = {m.group("id") for m in _ID_ELEMENT.finditer(text)}
    targets = {m.group("target") for m in _HREF_LABEL.finditer(text)}
    return ids & targets


# --------------------------------------------------------------------------------------
# the reader


@dataclass
class _Item:
    """A block or a note read from the file, before it is given an article."""

    line: int
    block: Block | None = None
    refs: list[tuple[int, str, str | None]] = field(default_factory=list)
    note: tuple[str, TextBuilder, list[str], int, str | None] | None = None  # label, text, urls, offset, id
    h1: bool = False


def _block(source: Source, kind: BlockKind, builder: TextBuilder) -> Block | None:
    builder.rstrip()
    raw = kind in (BlockKind.code, BlockKind.front_matter)
    text, smap = normalise_inline(builder.text(), builder.source_map(), math=not raw)
    lead = len(text) - len(text.lstrip())
    if lead:
        text, smap, _ = cut_spans(text, smap, [(0, lead)])
    if not text.strip():
        return None
    return Block(kind=kind, text=text, source_map=smap, article=0, location=source.location(smap.to_file(0)))


def _content_for(source: Source, raw: str, first_line: int) -> _Content:
    """Map the lines of a token's content (container prefixes stripped) to the file."""
    pieces = []
    for i, content in enumerate(raw.split("\n")):
        lineno = first_line + i
        src_line = source.line_text(lineno)
        content = content.rstrip()
        stripped_src = src_line.rstrip()
        if content and stripped_src.endswith(content):
            col = len(stripped_src) - len(content)
        else:
            col = max(src_line.find(content), 0) if content else len(src_line)
        pieces.append((content, _line_start(source, lineno) + col))
    return _Content(pieces)


def _raw_lines(source: Source, first: int, last: int) -> _Content:
    return _Content([(source.line_text(n), _line_start(source, n)) for n in range(first, last + 1)])


_IMAGE_ONLY = {"image", "softbreak", "hardbreak", "link_open", "link_close", "html_inline"}


def _first_line(tok: Token) -> int:
    """The 1-based file line a token starts on (only tokens with a source map are read)."""
    assert tok.map is not None
    return tok.map[0] + 1


def _paragraph_kind(inline_tok: Token, container: str | None, children_of: Callable[[Token], list[Token]]) -> BlockKind:
    # only an image or an HTML tag makes a figure: without "![" or "<" the paragraph's
    # inline tokens need not be parsed (markdown-it's inline pass is left out, see read)
    raw_inline = inline_tok.content
    children = children_of(inline_tok) if "![" in raw_inline or "<" in raw_inline else []
    has_image = False
    for ch in children:
        if ch.type == "image":
            has_image = True
        elif ch.type == "html_inline":
            if re.match(r"<(img|picture|video|iframe|figure|source)\b", ch.content, re.I):
                has_image = True
            elif not re.match(
                r"</?(a|img|picture|video|iframe|figure|source|br|p|div|span|center)\b", ch.content, re.I
            ):
                break
        elif ch.type == "text" and not ch.content.strip():
            continue
        elif ch.type not in _IMAGE_ONLY:
            break
    else:
        if has_image:
            return BlockKind.figure
    raw = inline_tok.content.strip()
    if re.fullmatch(r"(?s)\$\$.+\$\$|\\\[.+\\\]", raw):
        return BlockKind.code
    rows = raw.split("\n")
    if len(rows) > 1 and all(r.strip().startswith("|") and r.strip().endswith("|") for r in rows):
        return BlockKind.table  # a kramdown table needs no delimiter row
    return BlockKind.list_item if container == "li" else BlockKind.paragraph


_HTML_CODE = re.compile(r"^\s*<(script|style|pre|textarea|svg|code|noscript|math)\b", re.I)
_HTML_TABLE = re.compile(r"<(table|tr|td|th)\b", re.I)
_HTML_FIGURE = re.compile(r"^\s*<(figure|img|picture|video|iframe|embed|object|audio|canvas)\b", re.I)
_HTML_EMBED = re.compile(r"<blockquote\b[^>]*class\s*=\s*[\"'][^\"']*(twitter|instagram|tiktok|reddit)", re.I)
_HTML_CAPTION = re.compile(r"<(figcaption|caption|[A-Z]\w*Caption)\b[^>]*>(?s:(.*?))</\1\s*>")
_HTML_HEADING = re.compile(r"^\s*<h([1-6])\b", re.I)
_HTML_BLOCKQUOTE = re.compile(r"^\s*<blockquote\b", re.I)
_HTML_LI = re.compile(r"<li\b[^>]*>", re.I)
#: the tags that open or close a block inside an HTML block (a paragraph ends there)
_HTML_BLOCK_TAG = re.compile(
    r"<(?P<close>/?)(?P<name>p|div|summary|details|blockquote|section|article|aside|header|footer|dl|dt|dd)\b[^>]*>",
    re.I,
)
_TAG = re.compile(r"<[^>]*>")
_HAS_TEXT = re.compile(r"[^\W_]")
_MDX_KIND = (
    (re.compile(r"^(Pull|Big|Block)?Quote$|^PullQuote"), BlockKind.pull_quote),
    (re.compile(r"Caption$"), BlockKind.caption),
)


def _html_kind(raw: str) -> BlockKind | None:
    """The class of an HTML block from its tags (``None``: prose)."""
    first = re.match(r"^\s*<([A-Za-z][\w.]*)", raw)
    tag = first.group(1) if first else ""
    if _HTML_CODE.match(raw):
        return BlockKind.code
    if tag and tag[0].isupper():  # an MDX / JSX component
        for pat, kind in _MDX_KIND:
            if pat.search(tag):
                return kind
        if tag in ("Endnote", "Box", "Section", "Aside", "Note", "Callout", "Details"):
            return None  # a wrapper: its text (if on these lines) is prose
        return BlockKind.figure
    if _HTML_TABLE.search(raw):
        return BlockKind.table
    if _HTML_EMBED.search(raw) or _HTML_FIGURE.match(raw):
        return BlockKind.figure
    if _HTML_HEADING.match(raw):
        return BlockKind.heading
    return None


@cache
def _parser() -> MarkdownIt:
    """The markdown-it parser every draft is read with, made once per process: building one
    sets up its rule chains (a few hundred thousand instructions a draft), and a parse
    changes nothing in it (what a parse finds is kept in its ``env``). markdown-it's inline
    pass is left out: only _paragraph_kind reads inline tokens, and only for a paragraph
    that may hold an image (see _inline_children)."""
    with re.patterns_of_imports_cached():  # markdown-it compiles its patterns at import
        from markdown_it import MarkdownIt
        from markdown_it.rules_core import StateCore  # noqa: F401  (imported here for the same reason)

    return MarkdownIt("commonmark").enable(["table", "strikethrough"]).disable("inline")


class _Reader:
    def __init__(self, source: Source, fm: _FrontMatter) -> None:
        self.source = source
        self.fm = fm
        self.items: list[_Item] = []
        self.notices: list[Notice] = list(fm.notices)
        self._counter = [0]

    # -- body --------------------------------------------------------------------------
    def read(self) -> None:
        source = self.source
        fm_lines = self.fm.lines
        scan = _scan(source, fm_lines + 1)
        lines = source.text.split("\n")
        for n in scan.taken | set(range(1, fm_lines + 1)):
            lines[n - 1] = ""
        if lines and lines[0].startswith("\ufeff"):
            lines[0] = lines[0][1:]
        md = _parser()
        env: dict[str, Any] = {}
        tokens = md.parse("\n".join(lines), env)
        self._md, self._env = md, env
        link_refs = {k: v.get("href", "") for k, v in env.get("references", {}).items()}
        self.ctx_base = (link_refs, _note_ids(source.text))

        if self.fm.body and self.fm.body[1] >= self.fm.body[0]:
            builder = TextBuilder()
            _raw_lines(source, *self.fm.body).emit(builder, 0, 10**9)
            block = _block(source, BlockKind.front_matter, builder)
            if block is not None:
                self.items.append(_Item(line=1, block=block))
        for kind, spans in ((BlockKind.code, scan.templates), (BlockKind.figure, scan.components)):
            for first, last in spans:
                builder = TextBuilder()
                _raw_lines(source, first, last).emit(builder, 0, 10**9)
                shown = kind
                if kind is BlockKind.figure:  # an MDX tag: its name says what it shows
                    shown = _html_kind(source.line_text(first).strip()) or BlockKind.figure
                block = _block(source, shown, builder)
                if block is not None:
                    self.items.append(_Item(line=first, block=block))
        self._tokens(tokens)
        for start, end, label in scan.defs:
            self._definition(start, end, label)
        self.items.sort(key=lambda it: it.line)

    def _ctx(self, **kw: Any) -> _Ctx:
        link_refs, note_ids = self.ctx_base
        ctx = _Ctx(link_refs, note_ids, **kw)
        ctx.counter = self._counter
        return ctx

    def _tokens(self, tokens: list[Token]) -> None:
        stack: list[str] = []
        row: list[Token] | None = None
        for idx, tok in enumerate(tokens):
            t = tok.type
            if t.endswith("_open") and t not in ("paragraph_open", "heading_open"):
                stack.append(tok.tag)
                if t == "tr_open":
                    row = []
            elif t.endswith("_close") and t not in ("paragraph_close", "heading_close"):
                if stack:
                    stack.pop()
                if t == "tr_close" and row is not None:
                    self._row(row)
                    row = None
            elif t == "inline" and tok.map is not None:
                parent = tokens[idx - 1]
                if row is not None and parent.type in ("th_open", "td_open"):
                    row.append(tok)
                    continue
                container = next((c for c in reversed(stack) if c in ("li", "blockquote")), None)
                if parent.type == "heading_open":
                    h1 = parent.tag == "h1" and not stack
                    self._prose(tok, BlockKind.heading, h1=h1)
                elif parent.type == "paragraph_open":
                    kind = _paragraph_kind(tok, container, self._inline_children)
                    self._prose(tok, kind, quoted="blockquote" in stack)
            elif t in ("fence", "code_block") and tok.map is not None:
                builder = TextBuilder()
                first, last = tok.map[0] + 1, tok.map[1]
                if t == "fence":
                    first, last = first + 1, last - 1  # without the fence lines
                if last >= first:
                    _raw_lines(self.source, first, last).emit(builder, 0, 10**9)
                block = _block(self.source, BlockKind.code, builder)
                if block is not None:
                    self.items.append(_Item(line=tok.map[0] + 1, block=block))
            elif t == "html_block" and tok.map is not None:
                self._html_block(tok)

    def _inline_children(self, tok: Token) -> list[Token]:
        """The inline tokens of ``tok``, parsed as markdown-it's inline and text-join core
        rules parse them (with the document's link references)."""
        from markdown_it.rules_core import StateCore, inline, text_join

        state = StateCore("", self._md, self._env, [tok])
        inline(state)
        text_join(state)
        return tok.children or []

    def _prose(self, tok: Token, kind: BlockKind, *, h1: bool = False, quoted: bool = False) -> None:
        first_line = _first_line(tok)
        content = _content_for(self.source, tok.content, first_line)
        ctx = self._ctx(keep_alt=kind in (BlockKind.figure, BlockKind.caption))
        builder = TextBuilder()
        if kind is BlockKind.code:
            content.emit(builder, 0, len(content.text))
        else:
            _inline(builder, content, 0, len(content.text), ctx)
        block = _block(self.source, kind, builder)
        if quoted and block is not None:
            block = block.model_copy(update={"quoted": True})
        self._add(first_line, block, ctx, h1=h1)

    def _add(self, line: int, block: Block | None, ctx: _Ctx, *, h1: bool = False) -> None:
        if block is None and not ctx.refs:
            return
        if block is None:  # references with no text around them still count
            block = Block(
                kind=BlockKind.paragraph,
                text="",
                source_map=SourceMap(anchors=((0, ctx.refs[0][0]),)),
                article=0,
                location=self.source.location(ctx.refs[0][0]),
            )
        self.items.append(_Item(line=line, block=block, refs=list(ctx.refs), h1=h1))
        for off, label, note, urls in ctx.inline_notes:
            self.items.append(_Item(line=line, note=(label, note, urls, off, None)))

    def _row(self, cells: list[Token]) -> None:
        if not cells:
            return
        source = self.source
        builder = TextBuilder()
        ctx = self._ctx()
        line = _first_line(cells[0])
        src_line = source.line_text(line)
        cursor = 0
        for cell in cells:
            raw = cell.content
            col = src_line.find(raw, cursor) if raw else -1
            if col < 0:
                col = cursor
            cursor = col + len(raw)
            if len(builder):
                builder.add_synthetic(" | ", _line_start(source, line) + max(col - 1, 0))
            content = _Content([(raw, _line_start(source, line) + col)])
            _inline(builder, content, 0, len(raw), ctx)
        block = _block(source, BlockKind.table, builder)
        self._add(line, block, ctx)

    def _html_block(self, tok: Token) -> None:
        source = self.source
        first_line = _first_line(tok)
        content = _content_for(source, tok.content.rstrip("\n"), first_line)
        raw = content.text
        stripped = raw.strip()
        if re.fullmatch(r"(?s)(?:<!--.*?-->\s*)+", stripped):
            return  # a comment prints nothing
        note_ids = self.ctx_base[1]
        notes = [m for m in _ID_ELEMENT.finditer(raw) if m.group("id") in note_ids] if note_ids else []
        if notes:
            self._html_notes(content, notes)
            return
        kind = _html_kind(raw)
        if kind is BlockKind.code:
            builder = TextBuilder()
            content.emit(builder, 0, len(raw))
            self._add(first_line, _block(source, kind, builder), self._ctx())
            return
        if kind in (BlockKind.figure, BlockKind.caption):
            cap = _HTML_CAPTION.search(raw)
            if cap:
                ctx = self._ctx(keep_alt=True)
                builder = TextBuilder()
                _inline(builder, content, cap.start(2), cap.end(2), ctx)
                self._add(first_line, _block(source, BlockKind.caption, builder), ctx)
                before = TextBuilder()
                _inline(before, content, 0, cap.start(), self._ctx(keep_alt=True))
                _inline(before, content, cap.end(), len(raw), self._ctx(keep_alt=True))
                fig = _block(source, BlockKind.figure, before)
                if fig is not None:
                    self.items.append(_Item(line=first_line, block=fig))
                return
        if kind is None and len(_HTML_LI.findall(raw)) > 1:
            starts = [m.start() for m in _HTML_LI.finditer(raw)] + [len(raw)]
            for s, e in zip(starts, starts[1:]):
                ctx = self._ctx()
                builder = TextBuilder()
                _inline(builder, content, s, e, ctx)
                line = source.line_col(content.file(s))[0]
                self._add(line, _block(source, BlockKind.list_item, builder), ctx)
            return
        if kind is None and self._html_parts(content, raw):
            return
        ctx = self._ctx(keep_alt=kind is BlockKind.figure)
        builder = TextBuilder()
        _inline(builder, content, 0, len(raw), ctx)
        block = _block(source, kind or BlockKind.paragraph, builder)
        if block is not None and kind is None and _HTML_BLOCKQUOTE.match(raw):
            block = block.model_copy(update={"quoted": True})  # as a "> " block quotation is
        self._add(first_line, block, ctx)

    def _html_parts(self, content: _Content, raw: str) -> bool:
        """An HTML block of several block elements ("<summary><p>3 updates</p></summary>
        <div><a …>Comment by … posted on …:</a><div>text</div></div>") read as one
        paragraph per element, a part inside ``<blockquote>`` quoted when the block opens
        with it (a pull quote wrapped in a ``<div>`` stays unquoted, as before: its speaker is
        often a template's); ``False`` (nothing read) when the block holds one element's
        text or less."""
        cuts: list[tuple[int, int, int]] = []  # (start, end, blockquote depth after the tag)
        depth = 0
        for m in _HTML_BLOCK_TAG.finditer(raw):
            if m.group("name").lower() == "blockquote":
                depth = max(0, depth + (-1 if m.group("close") else 1))
            cuts.append((m.start(), m.end(), depth))
        if len(cuts) < 2:
            return False
        parts: list[tuple[int, int, bool]] = []
        at, quoted = 0, False
        for start, end, after in cuts:
            if _HAS_TEXT.search(_TAG.sub("", raw[at:start])):
                parts.append((at, start, quoted))
            at, quoted = end, after > 0
        if _HAS_TEXT.search(_TAG.sub("", raw[at:])):
            parts.append((at, len(raw), quoted))
        if len(parts) < 2:
            return False
        for start, end, inside in parts:
            ctx = self._ctx()
            builder = TextBuilder()
            _inline(builder, content, start, end, ctx)
            block = _block(self.source, BlockKind.paragraph, builder)
            if block is not None and inside and _HTML_BLOCKQUOTE.match(raw):
                block = block.model_copy(update={"quoted": True})
            self._add(self.source.line_col(content.file(start))[0], block, ctx)
        return True

    def _html_notes(self, content: _Content, notes: list[re.Match[str]]) -> None:
        """An HTML block holding notes: each element with a note id is a note body; a
        heading in it stays a heading."""
        raw = content.text
        source = self.source
        pos = 0
        for n, m in enumerate(notes):
            head = raw[pos : m.start()]
            h = re.search(r"<h[1-6]\b[^>]*>(?s:(.*?))</h[1-6]\s*>", head, re.I)
            if h:
                builder = TextBuilder()
                _inline(builder, content, pos + h.start(1), pos + h.end(1), self._ctx())
                block = _block(source, BlockKind.heading, builder)
                if block is not None:
                    self.items.append(_Item(line=source.line_col(content.file(pos + h.start()))[0], block=block))
            tag = m.group("tag").lower()
            close = re.compile(rf"</{tag}\s*>" + (r"|<li\b" if tag == "li" else ""), re.I)
            end_m = close.search(raw, m.end())
            end = end_m.start() if end_m else len(raw)
            if n + 1 < len(notes):
                end = min(end, notes[n + 1].start())
            ctx = self._ctx(in_note=True)
            builder = TextBuilder()
            _inline(builder, content, m.end(), end, ctx)
            lead = re.match(r"\s*<a\b[^>]*>\s*\[?([\w*†‡§]{1,8})\]?\s*</a\s*>", raw[m.end() : end])
            label = lead.group(1) if lead else None
            off = content.file(m.start())
            self.items.append(
                _Item(line=source.line_col(off)[0], note=(label or "", builder, ctx.urls, off, m.group("id")))
            )
            pos = end

    def _definition(self, start: int, end: int, label: str) -> None:
        source = self.source
        pieces = []
        for lineno in range(start, end + 1):
            src_line = source.line_text(lineno)
            if lineno == start:
                m = _DEF.match(src_line)
                assert m is not None
                text, col = src_line[m.end() :], m.end()
            else:
                text = src_line.lstrip()
                col = len(src_line) - len(text)
            if not text.strip():
                continue
            pieces.append((text.rstrip(), _line_start(source, lineno) + col))
        builder = TextBuilder()
        ctx = self._ctx(in_note=True)
        if pieces:
            content = _Content(pieces)
            _inline(builder, content, 0, len(content.text), ctx)
        off = _line_start(source, start) + source.line_text(start).index("[^")
        self.items.append(_Item(line=start, note=(label, builder, ctx.urls, off, None)))


def _number(label: str) -> int | None:
    """The note number a label stands for. Markdown labels are names; a label of one to
    three digits is a note number, a longer one names something else (an issue number,
    a year: ``[^107421]``) and is not a position in the numbering."""
    return int(label) if label.isdigit() and len(label) <= 3 else None


def _split_points(items: list[_Item]) -> list[int]:
    """Lines of the ``#`` headings that start articles: only where footnote numbering
    restarts (a label defined under two different ``#`` headings)."""
    h1_lines = [it.line for it in items if it.h1]
    if not h1_lines:
        return []
    labels_by_section: dict[int, set[str]] = {}
    for it in items:
        if it.note is not None and it.note[4] is None and not it.note[0].startswith(("inline-", "sidenote-")):
            section = bisect.bisect_right(h1_lines, it.line)
            labels_by_section.setdefault(section, set()).add(it.note[0])
    seen: set[str] = set()
    restart = False
    for section in sorted(labels_by_section):
        labels = labels_by_section[section]
        if labels & seen:
            restart = True
            break
        seen |= labels
    return h1_lines if restart else []


def read_markdown(source: Source, *, metadata: Metadata | None = None) -> Document:
    if "\r" in source.text:  # markdown-it breaks lines at CR too; keep one idea of a line
        source = Source(source.path, source.text.replace("\r\n", "\n").replace("\r", "\n"))
    fm = _front_matter(source)
    meta = _merged_metadata(source, fm, metadata)
    reader = _Reader(source, fm)
    reader.read()
    items = reader.items
    starts = _split_points(items)
    _mark_titles(items, starts)
    has_preamble = not starts or any(
        it.line < starts[0]
        and (it.note is not None or (it.block is not None and it.block.kind is not BlockKind.front_matter))
        for it in items
    )
    shift = 0 if has_preamble else 1
    parts = ArticleParts(max(len(starts) + (1 if has_preamble else 0), 1))

    def article_of(line: int) -> int:
        return max(bisect.bisect_right(starts, line) - shift, 0)

    target_labels = _place_blocks(source, items, starts, article_of, parts)
    _place_notes(source, items, article_of, target_labels, parts)
    if not starts:
        title = next((b.text for b in parts.blocks[0] if b.kind is BlockKind.title), None)
        if title is not None:
            parts.titles[0] = title
    doc = Document(
        path=source.path,
        format="markdown",
        metadata=meta,
        articles=parts.articles(source),
        suppressions=tuple(parse_suppressions(source)),
        notices=tuple(reader.notices),
    )
    return doc.with_source(source)


def _merged_metadata(source: Source, fm: _FrontMatter, metadata: Metadata | None) -> Metadata:
    """The front matter's metadata, a date implied by the file's path, then settings given
    from outside (the draft's own front matter wins over them)."""
    meta = fm.meta
    if meta.publication_date is None:
        implied = _implied_date(source.path, meta)
        if implied is not None:
            meta = meta.model_copy(update={"publication_date": implied})
    if metadata is not None:
        meta = metadata.model_copy(update=meta.model_dump(exclude_none=True))
    return meta


def _mark_titles(items: list[_Item], starts: list[int]) -> None:
    """The '#' heading that starts each article is its title; a lone leading '#' heading of a
    one-article file is its title."""
    if not starts:
        h1s = [it for it in items if it.h1]
        firsts = [
            it for it in items if it.block is not None and it.block.kind not in (BlockKind.front_matter, BlockKind.code)
        ]
        lone = h1s[0].block if len(h1s) == 1 else None
        if lone is not None and firsts and firsts[0] is h1s[0]:
            h1s[0].block = lone.model_copy(update={"kind": BlockKind.title})
        return
    for it in items:
        if it.h1 and it.line in starts and it.block is not None:
            it.block = it.block.model_copy(update={"kind": BlockKind.title})


def _place_blocks(
    source: Source, items: list[_Item], starts: list[int], article_of: Callable[[int], int], parts: ArticleParts
) -> dict[str, str]:
    """Each block and its reference marks into its article; returns the label each HTML
    note id is first referred to by."""
    target_labels: dict[str, str] = {}
    for it in items:
        a = article_of(it.line)
        if it.block is None:
            continue
        index = len(parts.blocks[a])
        block = it.block.model_copy(update={"article": a})
        parts.blocks[a].append(block)
        if it.h1 and starts and it.line in starts:
            parts.titles[a] = block.text
        for file_off, label, target in it.refs:
            if target is not None:
                target_labels.setdefault(target, label)
            parts.refs[a].append(
                FootnoteRef(
                    number=_number(label),
                    label=label,
                    article=a,
                    block=index,
                    offset=_norm_offset(block, file_off),
                    location=source.location(file_off),
                ).ending_at(source.mark_end(file_off, label))
            )
    return target_labels


def _place_notes(
    source: Source,
    items: list[_Item],
    article_of: Callable[[int], int],
    target_labels: dict[str, str],
    parts: ArticleParts,
) -> None:
    """Each note into its article."""
    position: dict[int, int] = {}
    for it in items:
        if it.note is None:
            continue
        a = article_of(it.line)
        label, builder, urls, off, ident = it.note
        if ident is not None:  # an HTML note: labelled by the references that point to it
            position[a] = position.get(a, 0) + 1
            label = target_labels.get(ident) or label or _id_label(ident) or str(position[a])
        builder.rstrip()
        text, smap = normalise_inline(builder.text(), builder.source_map())
        lead = len(text) - len(text.lstrip())
        if lead:
            text, smap, _ = cut_spans(text, smap, [(0, lead)])
        urls = list(urls)
        for _, _, url in find_urls(text):
            if url not in urls:
                urls.append(url)
        parts.notes[a].append(
            Footnote(
                number=_number(label),
                label=label,
                text=text,
                urls=tuple(dict.fromkeys(u for u in urls if _is_citation_url(u))),
                article=a,
                source_map=smap if text else SourceMap(anchors=((0, off),)),
                location=source.location(off),
            )
        )


_NAME_DATE = re.compile(r"(?:^|[/\\_])(\d{4})-(\d{2})-(\d{2})-[^/\\]*\.(?:md|markdown|mdx)$")
_PATH_DATE = re.compile(r"(?:^|/)(\d{4})/(\d{2})/(\d{2})(?:/|$)")


def _implied_date(path: str, meta: Metadata) -> dt.date | None:
    """The publication date a site generator would use when the front matter gives none:
    a Jekyll post's file name (``2014-11-26-title.md``), else a dated permalink or Zola
    ``path`` in the front matter (``/2021/07/29/…``)."""
    m = _NAME_DATE.search(path)
    if m is None:
        extra = meta.model_extra or {}
        for key in ("permalink", "path", "url"):
            value = extra.get(key)
            if isinstance(value, str):
                m = _PATH_DATE.search(value)
                if m:
                    break
    return None if m is None else ymd_date(m)


_SITE_LINK = re.compile(r"^(?:/|#|\.\.?/|\?|\{\{|mailto:|tel:)", re.I)


def _is_citation_url(url: str) -> bool:
    """A link target that names a source: not a link within the site the page is
    published on (``/research/x``, ``../y``, ``#notes``, a Hugo ``{{< ref >}}``), nor a
    mail address."""
    return bool(url) and not _SITE_LINK.match(url)


def _id_label(ident: str) -> str | None:
    m = re.search(r"(\d+)$", ident)
    return str(int(m.group(1))) if m else None


def _norm_offset(block: Block, file_offset: int) -> int:
    """The normalised offset whose file position is nearest at or after ``file_offset``."""
    anchors = block.source_map.anchors
    if _ANCHORS[0] is not anchors:  # the file offsets of one block's anchors, once per block
        origs = [orig for _, orig in anchors]
        _ANCHORS[:] = [anchors, origs, all(a <= b for a, b in zip(origs, origs[1:]))]
    origs, ordered = _ANCHORS[1], _ANCHORS[2]
    if ordered:  # the first anchor at or after the offset, by bisection (a scan per reference was quadratic)
        k = bisect.bisect_left(origs, file_offset)
        return min(len(block.text), anchors[k][0]) if k < len(anchors) else len(block.text)
    best = len(block.text)
    for norm, orig in anchors:
        if orig >= file_offset:
            best = min(best, norm)
            break
    return best


_ANCHORS: list[Any] = [None, None, False]
