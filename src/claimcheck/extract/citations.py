"""Citations in footnote bodies: authors, title, translated title, outlet, date, URL.

A footnote body holds one or more citations, sometimes after explanatory prose:

    Tao Mingyang and Wang Yi, “Title,” Global Times, April 20, 2024, https://….
    “中文标题” [English translation], Xinhua, December 17, 2020, http://….
    As of July 2024, the project included …: “Title,” Outlet, June 27, 2024, https://….
    A; B                     (two citations, split at a top-level semicolon)

:func:`footnote_parts` splits a body into prose and citation parts; other extractors use it
to read only the prose of a footnote (dates, member lists and quotations come from prose,
never from a citation's title or URL). :func:`parse_citation` reads one citation part.

Dates keep the precision written ("April 2024" is a month); a source in German, French,
Spanish, Italian, Portuguese or Dutch may be dated in its own language ("14. März 2024",
"5 de mayo de 2024"). Web-archive links
(``https://web.archive.org/web/20241217205805/https://…``) give ``archive_url`` and
``archive_captured`` (the capture time, not a publication date); the archived original is
the ``url``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from claimcheck import lazyre as re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator, NamedTuple

from claimcheck.claims.models import CitationClaim, PartialDate
from claimcheck.data.calendar import MONTHS
from claimcheck.document import Footnote
from claimcheck.extract.text import TextUnit
from claimcheck.text import find_urls, is_cjk

__all__ = ["Part", "ParsedCitation", "extract_citations", "footnote_parts", "parse_citation"]

_OPEN_Q = '“"‘’'  # ’ opens titles in some PDF extractions
_CLOSE_Q = '”"“’'
_MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_MONTHS = MONTHS
#: month names of the languages whose sources English drafts cite most (German, French,
#: Spanish, Italian, Portuguese, Dutch), as their day-month-year dates write them:
#: "14. Februar 2024", "26 juillet 2022", "3 de marzo de 2024"
_FOREIGN_MONTHS: dict[str, int] = {
    name: i
    for i, names in enumerate(
        (
            "januar janvier enero gennaio janeiro januari",
            "februar février fevrier febrero febbraio fevereiro februari",
            "märz maerz mars marzo março maart",
            "avril abril aprile",
            "mai mayo maggio maio mei",
            "juni juin junio giugno junho",
            "juli juillet julio luglio julho",
            "août aout agosto augustus",
            "septembre septiembre setiembre settembre setembro",
            "oktober octobre octubre ottobre outubro",
            "noviembre novembro",
            "dezember décembre decembre diciembre dicembre dezembro",
        ),
        start=1,
    )
    for name in names.split()
}
_FOREIGN_MONTH_NAMES = "|".join(sorted(_FOREIGN_MONTHS, key=len, reverse=True))
# Publication dates as citations write them: "May 10, 2024", "10 May 2024", "April 2024",
# "2024", "(2023)"; a line break inside was already joined by the reader.
_CIT_DATE = re.compile(
    rf"(?<![\w/])(?:(?P<m1>{_MONTH_NAMES})\.?\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>[0-3]?\d)\s+(?P<m2>{_MONTH_NAMES})\.?,?\s+(?P<y2>\d{{4}})"
    rf"|(?P<m3>{_MONTH_NAMES})\.?,?\s+(?P<y3>\d{{4}})"
    rf"|(?P<y5>(?:1[89]|20)\d\d)-(?P<m5>[01]\d)-(?P<d5>[0-3]\d)"
    rf"|(?P<d6>[0-3]?\d)\.?\s+(?:de\s+)?(?P<m6>(?i:{_FOREIGN_MONTH_NAMES}))\s+(?:de\s+)?(?P<y6>\d{{4}})"
    rf"|\(?(?P<y4>(?:1[89]|20)\d\d)\)?)(?![\w/-])"
)
# Dates that are not the source's publication date: when it was read ("Retrieved 2012-08-18",
# "accessed May 3, 2024", "last accessed on"), when it was archived ("Archived from the
# original on 4 October 2002") and the date its figures stand at ("as of March 2024"). The
# marker and the date right after it.
_NOT_PUBLISHED = re.compile(
    r"\b(?P<marker>(?:(?:last\s+)?(?:retrieved|accessed|consulted|viewed)(?:\s+(?:on|at))?"
    r"|archived(?:\s+from\s+the\s+original)?(?:\s+on)?|as\s+of))\s*:?\s*",
    re.I,
)
# a date in parentheses after the authors, before the title: "Lardinois, F. (November 15, 2012)."
_HEAD_DATE = re.compile(r"\((?P<inner>[^()]{4,40})\)\s*[.,:]?\s*$")
# the head of a citation: optional authors then an opening quote
_NAME = r"[A-Z][\w’'.\-]*"
_AUTHORS = (
    rf"{_NAME}(?:\s+{_NAME}){{0,7}}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*;\s*){_NAME}(?:\s+{_NAME}){{0,7}}){{0,6}}"
)
_HEAD = re.compile(rf"(?:{_AUTHORS}(?:\s*\([^()]{{2,40}}\))?\s*[,;.]?\s*)?[“\"‘]")
# where a note's remark may end and its citation begin: "…: ", "…. ", "…; see ",
# "…, per ", "…, citing " (the citation's head must follow)
_BOUNDARY = re.compile(r"(?:[:.;]|[”\"]\s*:|\b[Ss]ee(?:\s+also)?:?|,\s+(?:per|citing|from))\s+")
# the boundary's words at the end of the remark ("…; see", "…, per", "… See:")
_BOUNDARY_TAIL = re.compile(r"(?:[;,]?\s*\b(?:[Ss]ee(?:\s+also)?|per|citing|from))?[\s:;,]*$")
_ARCHIVE = re.compile(r"^https?://web\.archive\.org/web/(?P<ts>\d{4,14})[a-z_]*/(?P<orig>.+)$", re.I)
_INSTITUTION = re.compile(
    r"\b(?:Academy|Administration|Agency|Association|Bureau|Center|Centre|Commission|Committee|"
    r"Company|Corporation|Council|Daily|Department|Foundation|Government|Group|Institute|"
    r"Institution|Ministry|News|Office|Organi[sz]ation|Party|Press|Republic|Service|Society|"
    r"Times|University)\b"
)


@dataclass(frozen=True)
class Part:
    """A piece of a footnote body: ``prose`` or ``citation``, as ``text[start:end]``."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class ParsedCitation:
    start: int
    end: int
    authors: tuple[str, ...]
    title: str | None
    translated_title: str | None
    outlet: str | None
    date: PartialDate | None
    url: str | None
    archive_url: str | None
    archive_captured: dt.datetime | None
    accessed: PartialDate | None = None
    as_of: PartialDate | None = None


# ----------------------------------------------------------------------------- titles
def _title_span(text: str, start: int, end: int) -> tuple[int, int, int] | None:
    """(open, inner_end, after) of the first quoted title in ``text[start:end]``.

    A title's closing quote is followed by ``,`` ``.`` ``[`` or a URL, or comes right after
    ``,`` ``?`` ``!`` ``.``; quotes inside a title ("the “Kleo Connect” Case", “…’天通一号’…”)
    do not end it: a single quote only closes a title opened by a single quote. A quoted
    passage followed by ``: “`` ends there (the caller treats it as prose).
    """
    i = start
    while i < end:
        ch = text[i]
        if ch in '“"‘' or (ch == "’" and (i == start or text[i - 1] in " (")):
            break
        if ch == "[" or text.startswith("http", i):
            return None
        i += 1
    if i >= end:
        return None
    closers = "’" if text[i] in "‘’" else '”"“'
    j = i + 1
    while j < end:
        ch = text[j]
        if ch in closers and j > i + 1:
            prev = text[j - 1]
            follow = text[j + 1 : end]
            if re.match(r"\s*:\s*[“\"‘]", follow):
                return i, j, j + 1
            if prev in ",.?!，。？！" or re.match(r"\s*[,\[.]|\s*https?:|\s*$", follow):
                return i, j, j + 1
        if text.startswith("http", j):
            break
        j += 1
    # no clean closing quote: the title runs to the translated title's "[" if there is one
    k = text.find("[", i + 1, end)
    while k != -1:
        close = _matching_bracket(text, k, end)
        if close != -1 and re.match(r"\s*,", text[close + 1 : end]):
            inner_end = k
            while inner_end > i + 1 and text[inner_end - 1] in " " + _CLOSE_Q:
                inner_end -= 1
            return i, inner_end, k
        k = text.find("[", k + 1, end)
    return None


def _matching_bracket(text: str, open_at: int, end: int) -> int:
    depth = 0
    for j in range(open_at, end):
        if text[j] == "[":
            depth += 1
        elif text[j] == "]":
            depth -= 1
            if depth == 0:
                return j
    return -1


def _clean_title(raw: str) -> str:
    return raw.strip().rstrip(",").strip()


def _is_excerpt(title: str) -> bool:
    """Is a quoted span a passage cut from a text ("…has little to no …"), not a title?
    Titles start with a capital, a digit or a non-Latin letter, never with an ellipsis or
    in the middle of a sentence."""
    head = title.lstrip("“”\"'‘’([ ")
    if head.startswith(("...", "…")):
        return True
    word = re.match(r"[^\W\d_]+", head)  # the first word: all lower case, no inner capital ("iPhone")
    return word is not None and word.group().isascii() and word.group().islower()


# ----------------------------------------------------------------------------- splitting
def _looks_like_citation(text: str, start: int, end: int) -> bool:
    seg = text[start:end]
    if "http://" in seg or "https://" in seg or "www." in seg:
        return True
    head = _HEAD.match(text, start, end)
    return bool(head) and _title_span(text, start, end) is not None


def _citation_start(text: str, start: int, end: int) -> int:
    """Where the citation begins in a part that may open with explanatory prose."""
    if _HEAD.match(text, start, end) and _title_span(text, start, end):
        # a leading quotation followed by ": “Title,”" is prose (a quoted passage)
        t = _title_span(text, start, end)
        if t is not None and not re.match(r"\s*:", text[t[2] : t[2] + 2]):
            return start
    for m in _BOUNDARY.finditer(text, start, end):
        p = m.end()
        h = _HEAD.match(text, p, end)
        if h and _title_span(text, p, end) is not None:
            # "…Tonga and Nauru. “Title,”": a sentence ends before the title, not an author
            if re.search(r"[a-z]{2}\.\s*[“\"‘]$", text[h.start() : h.end()]):
                continue
            return p
    return start


def _prose_ok(text: str) -> bool:
    return bool(re.search(r"[a-z]{2,}\s+[a-z]{2,}", text))


@lru_cache(maxsize=512)
def footnote_parts(text: str) -> tuple[Part, ...]:
    """Split a footnote body into prose and citation parts, in order."""
    # top-level "; " splits citations; a piece that is no citation joins the next one
    cuts = [0]
    depth = 0
    for i, ch in enumerate(text):
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth = max(0, depth - 1)
        elif ch == ";" and depth == 0 and i + 1 < len(text) and text[i + 1] == " ":
            cuts.append(i + 2)
    cuts.append(len(text) + 2)
    pieces: list[tuple[int, int]] = []
    pending: int | None = None
    for a, b in zip(cuts, cuts[1:]):
        seg_end = b - 2 if b <= len(text) else len(text)
        s = pending if pending is not None else a
        if _looks_like_citation(text, a, seg_end) or seg_end >= len(text):
            pieces.append((s, seg_end))
            pending = None
        else:
            pending = s
    parts: list[Part] = []
    for s, e in pieces:
        if not _looks_like_citation(text, s, e):
            # no URL and no title: a remark, or a bare reference such as "Ibid."
            kind = "prose" if _prose_ok(text[s:e]) else "citation"
            parts.append(Part(s, e, kind))
            continue
        c = _citation_start(text, s, e)
        if c > s:
            parts.append(Part(s, s + len(_BOUNDARY_TAIL.sub("", text[s:c])), "prose"))
        remark = _remark_after_url(text, c, e)
        parts.append(Part(c, remark or e, "citation"))
        if remark:
            parts.append(Part(remark, e, "prose"))
    return tuple(parts)


# what may follow a citation's URL and still belong to it: an access or archive date
_ACCESS_NOTE = re.compile(
    r"(?:accessed|retrieved|archived|last|viewed|consulted|visited|available|see|cited|in|pp?\.)\b", re.I
)


def _remark_after_url(text: str, c: int, e: int) -> int | None:
    """Where the writer's own remark starts after a citation's URL ("…/signatories. As of
    August 2025, 26 providers had signed …"): a sentence of five words or more, opening with a
    capital after the full stop that ends the URL, holding no other URL; not an access or
    archive date ("Accessed 3 May 2025."). ``None`` when the citation runs to ``e``."""
    if "://" not in text[c:e]:
        return None
    from claimcheck.text import find_urls

    urls = find_urls(text[c:e])
    if not urls:
        return None
    end = c + urls[-1][1]
    m = re.match(r"[.;]\s+(?=[A-Z])", text[end:e])
    if m is None:
        return None
    start = end + m.end()
    rest = text[start:e]
    if len(rest.split()) < 5 or _ACCESS_NOTE.match(rest) or not _prose_ok(rest):
        return None
    return start


# ----------------------------------------------------------------------------- parsing
def _authors(raw: str) -> tuple[str, ...]:
    raw = raw.strip().strip(",;").strip()
    if not raw or not raw[0].isupper() or len(raw) > 160:
        return ()
    if _INSTITUTION.search(raw):
        return (raw,)
    names = [n.strip() for n in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*;\s*", raw) if n.strip()]
    if all(1 <= len(n.split()) <= 4 for n in names):
        return tuple(names)
    return (raw,)


def _date_from(m: re.Match[str]) -> PartialDate | None:
    g = m.groupdict()
    try:
        if g["y1"]:
            return PartialDate(year=int(g["y1"]), month=_MONTHS[g["m1"].lower()], day=int(g["d1"]))
        if g["y2"]:
            return PartialDate(year=int(g["y2"]), month=_MONTHS[g["m2"].lower()], day=int(g["d2"]))
        if g["y3"]:
            return PartialDate(year=int(g["y3"]), month=_MONTHS[g["m3"].lower()])
        if g["y6"]:
            return PartialDate(year=int(g["y6"]), month=_FOREIGN_MONTHS[g["m6"].lower()], day=int(g["d6"]))
        if g["y5"]:
            dt.date(int(g["y5"]), int(g["m5"]), int(g["d5"]))  # a real day, or ValueError
            return PartialDate(year=int(g["y5"]), month=int(g["m5"]), day=int(g["d5"]))
        return PartialDate(year=int(g["y4"]))
    except ValueError:
        return None


#: what ``datetime.strptime`` matches for each field of a Wayback Machine time stamp
#: (``%Y``, ``%m``, ``%d``, ``%H``, ``%M``, ``%S``: its own patterns for them)
_STAMP_FIELDS = (
    r"(?P<Y>\d\d\d\d)",
    r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    r"(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])",
    r"(?P<H>2[0-3]|[0-1]\d|\d)",
    r"(?P<M>[0-5]\d|\d)",
    r"(?P<S>6[0-1]|[0-5]\d|\d)",
)
#: the stamp read with its first 1 … 6 fields
_STAMPS = tuple(re.compile("".join(_STAMP_FIELDS[:n]), re.I) for n in range(1, 7))


def _stamp_time(ts: str) -> dt.datetime | None:
    """The time of a Wayback Machine stamp (``20240315``, ``20240315120000``), as
    ``datetime.strptime(ts, "%Y%m%d%H%M%S" cut to the stamp's length)`` reads it (a stamp of
    another length with the whole format), or None where it raises ValueError: the same
    patterns, the whole stamp matched, the same defaults and checks, without importing
    ``_strptime``, whose first use builds the locale's names and compiles its patterns
    (6 M instructions of the corpus issue's citations, a tenth of them)."""
    found = _STAMPS[{4: 0, 6: 1, 8: 2, 10: 3, 12: 4}.get(len(ts), 5)].match(ts)
    if found is None or found.end() != len(ts):
        return None
    g = found.groupdict()
    try:
        return dt.datetime(
            int(g["Y"]),
            int(g.get("m") or 1),
            int(g.get("d") or 1),
            int(g.get("H") or 0),
            int(g.get("M") or 0),
            int(g.get("S") or 0),
        )
    except ValueError:
        return None


def _archive(url: str) -> tuple[str, str | None, dt.datetime | None]:
    m = _ARCHIVE.match(url)
    if not m:
        return url, None, None
    captured = _stamp_time(m.group("ts"))
    orig = m.group("orig")
    if not re.match(r"https?://", orig):
        orig = "http://" + orig
    return orig, url, captured


def _translated_title(text: str, k: int, meta_end: int) -> tuple[str | None, int]:
    """Translated titles: "[…]" groups right after the title (the last non-CJK one wins),
    and where they end."""
    translated = None
    while True:
        m = re.match(r"[\s,]*\[", text[k:meta_end])
        if not m:
            break
        b_open = k + m.end() - 1
        b_close = _matching_bracket(text, b_open, meta_end)
        if b_close == -1:
            break
        inner = text[b_open + 1 : b_close].strip()
        # (no character from U+3000 on: none is CJK, so the test holds without reading each)
        if inner and (max(inner) < "\u3000" or sum(is_cjk(ch) for ch in inner) * 3 < len(inner)):
            translated = inner
        k = b_close + 1
    return translated, k


class _Marked(NamedTuple):
    """Dates that say when the source was read or archived, or the day its figures stand at:
    not its publication date."""

    accessed: PartialDate | None
    as_of: PartialDate | None
    meta_stop: int  # the outlet stops at the first such marker
    end_of_dates: int  # what follows the day it was read is no longer metadata
    spans: list[tuple[int, int]]  # the "as of" dates


def _marked_dates(text: str, after_title: int, meta_end: int) -> _Marked:
    accessed = as_of = None
    meta_stop = end_of_dates = meta_end
    marked: list[tuple[int, int]] = []
    for mk in _NOT_PUBLISHED.finditer(text, after_title, meta_end):
        m = _CIT_DATE.match(text, mk.end(), meta_end)
        if m is None:
            continue
        marker = mk.group("marker").lower()
        meta_stop = min(meta_stop, mk.start())
        if marker.startswith("as"):
            as_of = _date_from(m) or as_of
            marked.append((mk.start(), m.end()))
            continue
        end_of_dates = min(end_of_dates, mk.start())
        if not marker.startswith("archived"):
            accessed = _date_from(m) or accessed
    return _Marked(accessed, as_of, meta_stop, end_of_dates, marked)


#: the start of a period a date ends ("fieldwork June–", "January – ", "1–"): the period a
#: source covers, not the day it was published
_PERIOD_START = re.compile(r"(?:\b(?P<month>[A-Za-z]{3,9})\.?(?:\s+\d{4})?|\b\d{1,2})\s*[–—-]\s*$")


def _published(text: str, after_title: int, marks: _Marked) -> tuple[PartialDate | None, int]:
    """The date: the last date written between the title and the URL, outside "as of" and
    not the end of a period ("fieldwork June–July 2025"); and where the outlet before it
    ends."""
    date = None
    date_at = marks.meta_stop
    for m in _CIT_DATE.finditer(text, after_title, marks.end_of_dates):
        if any(a <= m.start() < b for a, b in marks.spans):
            continue
        head = _PERIOD_START.search(text, max(0, m.start() - 16), m.start())
        if head is not None and (head.group("month") is None or head.group("month").lower() in _MONTHS):
            continue
        d = _date_from(m)
        if d is not None:
            date, date_at = d, min(m.start(), marks.meta_stop)
    return date, date_at


_LETTER = re.compile(r"[A-Za-z\u4e00-\u9fff]")


def parse_citation(text: str, start: int, end: int) -> ParsedCitation:
    """Read the citation in ``text[start:end]``."""
    urls = [u for u in find_urls(text) if start <= u[0] < end]
    url_start = urls[0][0] if urls else end
    url = archive_url = None
    captured = None
    if urls:
        # the citation's link is the first; a second one would belong to another citation
        url, archive_url, captured = _archive(urls[0][2])
    meta_end = url_start
    title = translated = None
    authors: tuple[str, ...] = ()
    after_title = start
    t = _title_span(text, start, meta_end)
    if t is not None:
        q_open, inner_end, after_title = t
        authors = _authors(text[start:q_open])
        title = _clean_title(text[q_open + 1 : inner_end]) or None
        if title is not None and _is_excerpt(title):
            title = None  # a passage quoted in a discursive note, not the source's title
        translated, after_title = _translated_title(text, after_title, meta_end)
    marks = _marked_dates(text, after_title, meta_end)
    date, date_at = _published(text, after_title, marks)
    if date is None and t is not None:
        # "Author (November 15, 2012). “Title”": the date written after the authors
        h = _HEAD_DATE.search(text, start, t[0])
        if h is not None:
            m = _CIT_DATE.fullmatch(h.group("inner").strip())
            date = _date_from(m) if m else None
            if date is not None:
                authors = _authors(text[start : h.start()])
    outlet = text[after_title:date_at].strip().strip(",.;: ").strip() or None
    if outlet and (len(outlet) > 120 or not _LETTER.search(outlet)):
        outlet = None
    if t is None and not authors:
        # no title: "Author, Outlet, date" or a bare reference
        head = text[start:date_at].strip().strip(",. ")
        outlet = head or None
    return ParsedCitation(
        start=start,
        end=end,
        authors=authors,
        title=title,
        translated_title=translated,
        outlet=outlet,
        date=date,
        url=url,
        archive_url=archive_url,
        archive_captured=captured,
        accessed=marks.accessed,
        as_of=marks.as_of,
    )


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " .;,":
        end -= 1
    while start < end and text[start] == " ":
        start += 1
    return start, end


def _link_targets(unit: TextUnit, text: str, parts: list[Part], found: list[tuple[int, int, str]]) -> dict[Part, str]:
    """The link targets (not written in the text) of citation parts that write no URL.

    Where the reader knows where each link stands, a part takes the link on its title, else
    its only link; otherwise, with one link target per part, they are taken in order. Two or
    more links and no way to tell which is the source's (an author's page, the outlet's
    page): none. ``found`` are the URLs the text writes (:func:`find_urls`)."""
    note = unit.owner
    if not unit.in_footnote or not isinstance(note, Footnote) or not parts:
        return {}
    written = {u[2] for u in found}
    out: dict[Part, str] = {}
    if note.links:
        for part in parts:
            inside = [(off, u) for off, u in note.links if part.start <= off < part.end and u not in written]
            title = _title_span(text, part.start, part.end)
            on_title = [u for off, u in inside if title is not None and title[0] <= off < title[2]]
            if on_title:
                out[part] = on_title[0]
            elif len(inside) == 1:
                out[part] = inside[0][1]
        return out
    targets = [u for u in note.urls if u not in written and u not in text]
    if len(targets) == len(parts):
        out = dict(zip(parts, targets))
    return out


def extract_citations(units: Iterable[TextUnit]) -> Iterator[CitationClaim]:
    for unit in units:
        if not unit.in_footnote:
            continue
        text = unit.text
        number = int(unit.footnote) if unit.footnote and unit.footnote.isdigit() and len(unit.footnote) < 4000 else None
        parts = [p for p in footnote_parts(text) if p.kind == "citation"]
        # links whose target is not written in the text (HTML, Markdown "[title](url)") belong
        # to the citations that write no URL (see _link_targets)
        written = find_urls(text)
        unlinked = [p for p in parts if not any(p.start <= u[0] < p.end for u in written)]
        targets = _link_targets(unit, text, unlinked, written)
        for part in parts:
            s, e = _trim(text, part.start, part.end)
            if e <= s:
                continue
            # keep the URL's own final character (a "/" or ")") inside the span
            urls = [u for u in written if s <= u[0] < part.end]
            if urls and urls[-1][1] > e:
                e = urls[-1][1]
            c = parse_citation(text, s, e)
            if c.url is None and part in targets:
                url, archive_url, captured = _archive(targets[part])
                c = dataclasses.replace(c, url=url, archive_url=archive_url, archive_captured=captured)
            if c.url is None and c.title is None and c.date is None:
                continue
            yield CitationClaim(
                **unit.common(s, e),
                number=number,
                authors=c.authors,
                title=c.title,
                translated_title=c.translated_title,
                outlet=c.outlet,
                date=c.date,
                url=c.url,
                archive_url=c.archive_url,
                archive_captured=c.archive_captured,
                accessed=c.accessed,
                as_of=c.as_of,
            )
