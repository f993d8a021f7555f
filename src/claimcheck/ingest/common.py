"""Pieces every reader shares: URL finding, line joining, footnote-reference records."""

from __future__ import annotations

import datetime as dt
from claimcheck import lazyre as re

from claimcheck.document import Article, Block, BlockKind, Footnote, FootnoteRef, Source, SourceMap

# inline suppression comments are read by findings.suppressions; the readers import the
# parser from here, as before
from claimcheck.findings.suppressions import parse_suppressions as parse_suppressions
from claimcheck.ingest.textmap import cut_spans

# URL finding and character classes live in claimcheck.text (extraction uses them too);
# the readers import them from here, as before
from claimcheck.text import URL_RE as URL_RE
from claimcheck.text import find_urls as find_urls
from claimcheck.text import is_cjk as is_cjk
from claimcheck.text import is_letter as is_letter

_WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


# from the start of a run of letters only, taken possessively: tried from every letter of a
# long run (AAAA..., a CJK line) it was quadratic
_BROKEN_RE = re.compile(r"(?<![^\W\d_])[^\W\d_]++-[ \t]*+\n\s*[^\W\d_]*")


def vocabulary(text: str) -> dict[str, int]:
    """Counts of lower-cased words and hyphenated compounds written on one line.

    Used to decide whether a word broken across lines with a hyphen ("state-" / "owned")
    keeps the hyphen: the document's own spelling elsewhere decides. Words broken at a
    line end are left out: they are not evidence of anything.
    """
    from collections import Counter

    words = _WORD_RE.findall(_BROKEN_RE.sub(" ", text).lower())
    counts = Counter(words)
    for word in [w for w in counts if "-" in w]:
        for part in word.split("-"):
            counts[part] += counts[word]
    return counts


# A hyphen after one of these at a line break is a compound's hyphen, not hyphenation.
KEEP_HYPHEN_PREFIXES = frozenset(
    """self non anti well cross ex semi quasi half all dual state one two three four five six
    seven eight nine ten first second third high low long short top mid medium large small
    full world brand twenty thirty forty fifty sixty seventy eighty ninety""".split()
)

_LINKING_WORDS = frozenset({"by", "to", "of", "the", "and", "in", "on", "for", "a"})
_LEFT_WORD = re.compile(r"([^\W\d_]+)-$")
_RIGHT_WORD = re.compile(r"^([^\W\d_]+)")


def keep_line_hyphen(left_text: str, right_text: str, vocab: dict[str, int]) -> bool | None:
    """For a line ending in ``word-`` followed by ``right_text``: keep the hyphen?

    Returns ``None`` when the line does not end in a hyphenated word fragment.
    """
    # the pattern ends with "-$": only a text ending in "-" (or "-" and a line break) holds it
    lm = _LEFT_WORD.search(left_text) if left_text.endswith(("-", "-\n")) else None
    if not lm:
        return None
    rm = _RIGHT_WORD.match(right_text)
    if not rm:
        return True  # "LM-" / "11": a digit or symbol follows, the hyphen is real
    left, right = lm.group(1), rm.group(1)
    if right[0].isupper():
        return True  # "SpaceX-" / "Starlink"
    if right.lower() in _LINKING_WORDS and right_text[len(right) : len(right) + 1] == "-":
        return True  # "side-" / "by-side", "face-" / "to-face"
    hyph = f"{left}-{right}".lower()
    joined = f"{left}{right}".lower()
    if vocab.get(hyph, 0) > vocab.get(joined, 0):
        return True
    if vocab.get(joined, 0):
        return False
    return left.lower() in KEEP_HYPHEN_PREFIXES


_TERMINAL_RE = re.compile(r"[.!?…:]['\"”’)\]]*(?:\s*\d{1,3}(?:\s*,\s*\d{1,3})*|(?:\[\^?\d{1,3}\])+)?\s*$")


def ends_sentence(text: str) -> bool:
    """Does ``text`` end a sentence (allowing closing quotes and a footnote number)?"""
    return bool(_TERMINAL_RE.search(text))


# --- text normalisation shared by every reader ---------------------------------------

#: Spaces that only stop a line break; claims read them as plain spaces (one for one, so
#: locations do not move): no-break space, figure space, thin space, narrow no-break space.
_SPACE_LIKE = {0x00A0: " ", 0x2007: " ", 0x2009: " ", 0x202F: " "}
#: Characters that print nothing: soft hyphen, zero-width space / non-joiner / joiner,
#: left-to-right and right-to-left marks, word joiner, zero-width no-break space (BOM).
INVISIBLE_CHARS = "\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"
_INVISIBLE_RE = re.compile(f"[{INVISIBLE_CHARS}]+")

#: TeX math as Markdown renderers and MathJax/KaTeX pages write it. ``$$…$$``,
#: ``\(…\)`` and ``\[…\]`` are always math. A single-dollar span follows pandoc's rule
#: (no space inside either dollar, no digit right after the closing one) and must also
#: look like math (an operator, a command, sub/superscript, or one short symbol), so
#: "costs $5 vs 10$ a day" and "$10 and $20" stay money.
MATH_RE = re.compile(
    r"""
     \$\$(?P<display>.+?)\$\$
    |\\\((?P<paren>.+?)\\\)
    |\\\[(?P<bracket>.+?)\\\]
    |(?<![\\$\w])\$(?P<inline>[^\s$](?:[^$\n]*?[^\s$\\])?)\$(?![\d$])
    """,
    re.VERBOSE | re.DOTALL,
)
_MATHY = re.compile(r"[=^_\\{}<>|]|^[A-Za-z]{1,2}$|^[A-Za-z]\d?'*$")


def find_math(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans ``(start, end)`` of TeX math in ``text`` (see :data:`MATH_RE`)."""
    out = []
    for m in MATH_RE.finditer(text, start, len(text) if end is None else end):
        inline = m.group("inline")
        if inline is not None and not (_MATHY.search(inline) and _balanced(inline)):
            continue
        out.append((m.start(), m.end()))
    return out


def _balanced(text: str) -> bool:
    depth = 0
    for ch in text:
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def normalise_inline(
    text: str, smap: SourceMap | None = None, *, base: int = 0, math: bool = True
) -> tuple[str, SourceMap]:
    """Normalise a block's text for claims, keeping every character's file location.

    * no-break, narrow no-break, figure and thin spaces become plain spaces (one for one);
    * soft hyphens, zero-width characters and direction marks are removed;
    * with ``math``, TeX math (``$q=16$``, ``$$…$$``, ``\\(…\\)``) is removed, so a
      formula is neither dollars nor a number of the prose (one space is kept between
      the words around it).

    ``smap`` maps ``text`` to the file (a :class:`~claimcheck.document.SourceMap`); without
    one, ``text`` is taken to start at file offset ``base``. Returns ``(text, source_map)``.
    Every reader calls this on each block and note text it builds.
    """
    if smap is None:
        smap = SourceMap(anchors=((0, base),))
    if not text.isascii():  # the spaces and invisible characters are all outside ASCII
        text = text.translate(_SPACE_LIKE)
        spans = [(m.start(), m.end()) for m in _INVISIBLE_RE.finditer(text)]
    else:
        spans = []
    if math and ("$" in text or "\\" in text):
        spans.extend(_math_cuts(text))
    if not spans:
        return text, smap
    spans = _merge(spans)
    new_text, new_map, _ = cut_spans(text, smap, spans)
    return new_text, new_map


def _math_cuts(text: str) -> list[tuple[int, int]]:
    """Math spans to cut, each widened by one neighbouring space so no double space or
    space before punctuation is left."""
    out = []
    for s, e in find_math(text):
        if e < len(text) and text[e] == " " and (s == 0 or text[s - 1] == " "):
            e += 1
        elif s > 0 and text[s - 1] == " " and (e == len(text) or not text[e].isalnum()):
            s -= 1
        out.append((s, e))
    return out


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    spans = sorted(spans)
    out = [spans[0]]
    for s, e in spans[1:]:
        ps, pe = out[-1]
        if s <= pe:
            out[-1] = (ps, max(pe, e))
        else:
            out.append((s, e))
    return out


# --- dates of metadata (front matter, <meta>, cover pages) ------------------------------

_ISO_DATE = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?=$|[T\s_])")
_NUMERIC_DATE = re.compile(r"^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$")
#: a time of day and a zone after a date: "12:00:00 -4", "T17:15:00-04:00", "11:45 EST"
_ZONE = r"(?:Z|[+-]\d{1,2}(?::?\d{2})?|\(?[A-Z]{2,5}\)?)"
_TIME_TAIL = re.compile(
    r"(?:[T\s]+\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*" + _ZONE + r")?"
    r"|\s+" + _ZONE + r")\s*$"
)
_DATEPARSER_SETTINGS = {
    # deterministic and offline: absolute dates only ("yesterday" is not a publication
    # date), a full day-month-year required, no time zone conversion
    "PARSERS": ["custom-formats", "absolute-time"],
    "REQUIRE_PARTS": ["day", "month", "year"],
    "DATE_ORDER": "MDY",
    "PREFER_DAY_OF_MONTH": "first",
    "RETURN_AS_TIMEZONE_AWARE": False,
}


def ymd_date(m: re.Match[str]) -> dt.date | None:
    """The date a match's first three groups spell (year, month, day), or ``None`` when
    there is no such day (``2024-02-30``)."""
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def read_date(value: object, *, order: str = "MDY") -> dt.date | None:
    """A metadata date value read as publishers write it, or ``None``.

    * ``datetime.date`` / ``datetime.datetime`` (YAML and TOML give these): the date as
      written; a date-time with a UTC offset keeps its own calendar day (no conversion).
    * ``2014-05-29``, ``2014-05-29T17:15:00-04:00``, ``2016-03-21 12:00:00 -4``,
      ``2013-04-19 11:45:50 -0400``: year first is never ambiguous; the time and zone
      after the date are ignored.
    * ``09-29-2022``, ``3-3-2025``, ``07/12/2022``: month first (``order="MDY"``), the way
      US sites and their generators write them (CarbonPlan, 18F); a first number over 12
      can only be a day (``13-07-2022`` is 13 July). Dotted dates (``12.07.2022``) are day
      first, as in Europe.
    * anything else (``December 4, 2024``, ``4 Dec 2024``, ``Tue, 29 Sep 2022 10:00 GMT``)
      goes to dateparser, English month names, absolute dates only, a day required:
      ``March 2024`` and ``last spring`` are not publication dates.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip().strip("\"'").strip()
    if not text or len(text) > 80:
        return None
    m = _ISO_DATE.match(text)
    if m:
        return ymd_date(m)
    bare = _TIME_TAIL.sub("", text).strip().rstrip(",")
    m = _NUMERIC_DATE.match(bare)
    if m:
        a, sep, b, year = int(m.group(1)), m.group(2), int(m.group(3)), int(m.group(4))
        day_first = sep == "." or order == "DMY"
        if a > 12:
            day_first = True
        elif b > 12:
            day_first = False
        day, month = (a, b) if day_first else (b, a)
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    if not re.search(r"[A-Za-z]", bare) or not re.search(r"\d", bare):
        return None
    import dateparser

    settings = dict(_DATEPARSER_SETTINGS, DATE_ORDER=order)
    try:
        parsed = dateparser.parse(bare, languages=["en"], settings=settings)
    except Exception:  # noqa: BLE001 - a date we cannot read is a notice, never a crash
        return None
    if parsed is None:
        return None
    found: dt.date = parsed.date()
    return found


class ArticleParts:
    """What a reader gathers for each article of a document before the model is built: its
    blocks, reference marks and notes (in reading order), and the titles found."""

    def __init__(self, count: int) -> None:
        self.count = count
        self.blocks: list[list[Block]] = [[] for _ in range(count)]
        self.refs: list[list[FootnoteRef]] = [[] for _ in range(count)]
        self.notes: list[list[Footnote]] = [[] for _ in range(count)]
        self.titles: dict[int, str] = {}

    def articles(self, source: Source, *, located_by_notes: bool = False) -> tuple[Article, ...]:
        """The articles, each located at its first block other than front matter (at its
        first note when it has no block and ``located_by_notes``, else the file's start)."""
        out = []
        for a in range(self.count):
            blocks, notes = self.blocks[a], self.notes[a]
            body = [b for b in blocks if b.kind is not BlockKind.front_matter] or blocks
            if body:
                loc = body[0].location
            elif located_by_notes and notes:
                loc = notes[0].location
            else:
                loc = source.location(0)
            out.append(
                Article(
                    index=a,
                    title=self.titles.get(a),
                    location=loc,
                    blocks=tuple(blocks),
                    refs=tuple(self.refs[a]),
                    footnotes=tuple(notes),
                )
            )
        return tuple(out)
