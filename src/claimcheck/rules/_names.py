"""The name normaliser shared by the name rules (NM001, NM002).

``name_text(text)`` blanks (same length, so offsets hold) what is not the writer's own
naming: verbatim strings (URLs, e-mail addresses, file paths, code identifiers such as
``pkg.module``, ``snake_case``, ``a::b`` or ``f()``) and the words inside quotation marks
(titles of works and quoted words keep their sources' own spelling). What remains is
prose in which a name's spelling is the house's choice.
"""

from __future__ import annotations

from claimcheck import lazyre as re

from claimcheck.document import Block, Document
from claimcheck.extract.quotations import quote_spans

__all__ = ["apostrophe_only", "contraction", "element_opener", "in_code", "in_element", "name_text", "sentence_start"]

# a token with a scheme, an @, a path, a dotted or underscored identifier, code punctuation.
# Every form but the e-mail address blanks the whole token, so each is a feature looked for
# inside the token (a lazy scan, possessive runs) instead of ``\S*feature\S*``, which
# backtracks over the whole token for every place a feature could start (quadratic on a
# long token such as 1111...)
_VERBATIM = re.compile(
    r"(?<!\S)(?:"
    r"(?=\S*?(?:://|www\.))\S+"  # URLs
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail addresses
    r"|(?="
    r"[~.]?/\S|[\w.-]+/[\w.-]+\.[A-Za-z0-9]{1,5}\b"  # paths: /x, ./x, dir/file.ext
    r"|\S*?(?:"
    r"[\w.~-]/[\w.~-]++/"  # paths: a/b/...
    r"|\\"  # Windows paths, escapes
    r"|[A-Za-z0-9]\.[a-z0-9]|\w\.\w++\.\w"  # dotted: setup.py, Foo.bar(), Trojan.Win32.Agent
    r"|\w:\w++/"  # scheme-like identifiers: Trojan:Win32/Agent
    r"|\w_\w|::|->|\w\(\)|[{}<>=]"  # code
    r"))\S+"
    r")"
)
# every form of _VERBATIM holds one of these in its token: only a token with one is tried
# (most words of prose have none, and a pattern tried at every place of a text costs more
# than one that starts with a character class)
# (``[/@\\_:>({}<=]|\.\w|www\.`` with the first character of each form matched first: the
# scan skips to the places where one can start)
_FEATURE = re.compile(r"[/@\\_:>({}<=.w](?:(?<=[/@\\_:>({}<=])|(?<=\.)\w|(?<=w)ww\.)")
_SPACE = re.compile(r"\s")
# a quote longer than this is more likely two stray marks than a title
_MAX_QUOTE = 200
# what follows the apostrophe in a contraction or a possessive: grammar, not a name
_CONTRACTION = re.compile(r"['’](?:s|re|ve|ll|d|t|m)$", re.I)
_SENTENCE_END = re.compile(r"(?:[.!?:…]['’\"”)\]]*|\n\s*\n)\s*[\"“‘'(\[*_#-]*$")
_BLOCK_START = re.compile(r"^\s*[\"“‘'(\[*_#-]*$")


def name_text(text: str) -> str:
    """``text`` with verbatim strings, quoted words and former names blanked, offsets
    unchanged."""
    spans = _verbatim(text)
    spans.extend((a, b + 1) for a, b in quote_spans(text) if b - a <= _MAX_QUOTE)
    spans.extend(former_names(text))
    spans.extend(_package_names(text))
    if not spans:
        return text
    out: list[str] = []
    done = 0  # text[:done] is written
    for a, b in sorted(spans):
        b = min(b, len(text))
        if b <= done:
            continue
        a = max(a, done)
        out.append(text[done:a])
        out.append(" " * (b - a))
        done = b
    out.append(text[done:])
    return "".join(out)


def between_backticks(source: str, pos: int) -> bool:
    """Is the file's character at ``pos`` inside an inline code span (an odd number of
    backticks before it on its line)?"""
    line_start = source.rfind("\n", 0, pos) + 1
    return source.count("`", line_start, pos) % 2 == 1


#: HTML elements whose text is code (in an HTML file, or HTML inside Markdown)
CODE_ELEMENTS = ("code", "kbd", "samp", "tt", "var", "pre")
#: how far back an element's opening tag is looked for
_ELEMENT_REACH = 3000


def element_opener(names: tuple[str, ...]) -> re.Pattern[str]:
    """The pattern of an opening tag of one of the HTML elements ``names``."""
    return re.compile(r"<(" + "|".join(names) + r")\b", re.I)


def in_element(source: str, pos: int, opener: re.Pattern[str]) -> bool:
    """Is the file's character at ``pos`` inside an HTML element ``opener`` (from
    :func:`element_opener`) opens: the last one opened in the :data:`_ELEMENT_REACH`
    characters before it not closed?"""
    # read from the window's end back to its last opening tag: the same answer as finding
    # every opening tag of ``source[lo:pos]`` and taking the last (``pos`` as the end of the
    # string the pattern is matched in, so that its ``\b`` reads the window as a slice
    # would), without copying the window or reading all of it for each place asked about
    lo = max(0, pos - _ELEMENT_REACH)
    end = pos if pos >= 0 else max(0, len(source) + pos)  # where the slice ends
    at = source.rfind("<", lo, end)
    while at >= 0:
        last = opener.match(source, at, end)
        if last is not None:
            return f"</{last.group(1).lower()}" not in source[last.end() : end].lower()
        at = source.rfind("<", lo, at)
    return False


_CODE_TAG = element_opener(CODE_ELEMENTS)


def in_code(source: str, pos: int) -> bool:
    """Does the file set its character at ``pos`` as code: inside an inline code span
    (Markdown backticks) or a ``<code>``, ``<kbd>``, ``<samp>``, ``<tt>``, ``<var>`` or
    ``<pre>`` element (HTML, or HTML inside Markdown)? The one test of "is this code" the
    name and acronym rules share."""
    return between_backticks(source, pos) or in_element(source, pos, _CODE_TAG)


def blank_code(doc: Document, block: Block, text: str) -> str:
    """``text`` (a block's, offsets unchanged) with the words the file sets in code
    (`` `LockTime` ``, ``<code>LockTime</code>``) blanked: an identifier keeps its
    program's spelling."""
    src = doc.source
    if src is None or not text:
        return text
    # only a block with code inside it: a block that is all one code span (a list item
    # "`Dennis Hallett`") is set so as a whole, its words still names
    a, b = block.source_map.to_file(0), block.source_map.to_file(len(text) - 1)
    own = src.text[a : b + 1]
    if "`" not in own and not _CODE_TAG.search(own):
        return text
    out = list(text)
    for m in _WORD.finditer(text):
        if in_code(src.text, block.source_map.to_file(m.start())):
            out[m.start() : m.end()] = " " * (m.end() - m.start())
    return "".join(out)


_WORD = re.compile(r"\S+")


def _verbatim(text: str) -> list[tuple[int, int]]:
    """The spans ``_VERBATIM.finditer(text)`` gives: a match starts only at a token's
    start and stays in the token, so each token holding a feature is tried once there."""
    spans: list[tuple[int, int]] = []
    done = 0  # the end of the last token tried
    for f in _FEATURE.finditer(text):
        p = f.start()
        if p < done:
            continue
        start = p
        while start > done and not text[start - 1].isspace():
            start -= 1
        m = _VERBATIM.match(text, start)
        if m:
            spans.append((m.start(), m.end()))
        space = _SPACE.search(text, p)
        done = space.start() if space else len(text)
    return spans


#: a phrase that gives a name a body or a thing went by before ("formerly the …", "known
#: until 2019 as …", "renamed from …", "née …", "its old name, …"): the name after it
_FORMER_BEFORE_NAME = re.compile(
    r"(?i:\b(?:(?:formerly|previously|originally)(?:\s+(?:known\s+as|called|named|titled))?"
    r"|known\s+(?:until|before|up\s+to)\s+(?:\d{4}|recently)\s+as"
    r"|(?:then|once)\s+(?:known\s+as|called|named)"
    r"|renamed\s+from|n[ée]e"
    r"|(?:its|their|the|his|her)\s+(?:former|old|previous|original|maiden)\s+name(?:\s+was)?,?)"
    r"\s+(?:the\s+)?)"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|the|on|de|du|des|la|le|der|van|von)\s+)?[A-Z][\w'’-]*)*)"
)
#: a phrase after a name that gives its later name ("the Harbour Board, renamed …", "the
#: Harbour Board (now …)"): the name before it was the former one
_RENAMED_AFTER_NAME = re.compile(
    r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|the|on)\s+)?[A-Z][\w'’-]*){0,6})"
    r"(?:\s*,\s*|\s*\(\s*)(?:(?:which|that)\s+(?:was|has\s+been)\s+|since\s+|later\s+)?"
    r"(?:renamed|now\s+(?:called|named|known\s+as)\b|(?<=\()\s*now\b)"
)
#: the words one of the frames holds: only a text with one is scanned
_FORMER_HINTS = (
    "formerly",
    "previously",
    "originally",
    "known until",
    "known before",
    "known up to",
    "then known",
    "then called",
    "then named",
    "once known",
    "once called",
    "once named",
    "renamed",
    "née",
    "nee ",
    "former name",
    "old name",
    "previous name",
    "original name",
    "maiden name",
    "(now",
    ", now",
)


def former_names(text: str) -> list[tuple[int, int]]:
    """The spans of the names ``text`` gives as former names of what it names ("DarkSky
    International, known until 2023 as the International Dark-Sky Association", "the
    Harbour Board (renamed …)", "formerly Blue-Line"): a name a thing went by before is
    history's spelling, not the house's, and no form of its present name."""
    low = text.lower()
    if not any(hint in low for hint in _FORMER_HINTS):
        return []
    spans = [m.span("name") for m in _FORMER_BEFORE_NAME.finditer(text)]
    if "renamed" in low or "(now" in low or ", now" in low:
        spans.extend(m.span("name") for m in _RENAMED_AFTER_NAME.finditer(text))
    return spans


#: a software package's name ends in its language's or kind's tail, after a hyphen
#: ("Musig-js", "Geo-rs", "Tiler-py", "Wallet-ffi"): an identifier, spelt as its package is
_PACKAGE_TAIL = re.compile(r"-(?:js|ts|rs|py|rb|jl|php|cpp|sys|ffi|cli)(?![\w-])")


def _package_names(text: str) -> list[tuple[int, int]]:
    """The spans of the package names in ``text`` (see :data:`_PACKAGE_TAIL`), whole."""
    spans = []
    for m in _PACKAGE_TAIL.finditer(text):
        start = m.start()
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-_."):
            start -= 1
        if start < m.start():
            spans.append((start, m.end()))
    return spans


def contraction(word: str) -> bool:
    """ "We're", "I’ve", "Don't", "China's": an apostrophe of grammar, not of a name."""
    return bool(_CONTRACTION.search(word))


def apostrophe_only(a: str, b: str) -> bool:
    """Two forms that differ only by a straight or a curly apostrophe (typography)."""
    return a != b and a.replace("’", "'") == b.replace("’", "'")


def sentence_start(text: str, offset: int) -> bool:
    """Does a sentence (or the block) start at ``offset``?"""
    before = text[max(0, offset - 12) : offset]
    return bool(_SENTENCE_END.search(before) or (offset <= 12 and _BLOCK_START.match(before)))
