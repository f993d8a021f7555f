"""Dates, date ranges and relative time windows, kept at the precision written.

``find_dates(text)`` is the pure core: cheap compiled patterns find candidate spans and
read them ("2031" a year, "April 2024" a month, "December 17, 2020" a day, "2028–2031" a
range, "the 1990s" a decade range, "since 2018" a year with qualifier ``since``, "in the
past 12 months" a :class:`RelativeWindow`). Only spans the patterns find but cannot read
(unusual orders such as "23-2020-September") go to dateparser, imported on first need;
:data:`DATEPARSER_STATS` records how often and how long.

``extract_dates(units)`` runs it over a document: body blocks in full, footnotes only in
their explanatory prose (a citation's publication date belongs to the citation
extractor). URLs, CJK text and identifiers ("LM-11", "Mate 60", "Made in China 2025")
give no dates, nor does a month name inside a proper noun ("Long March 5", "Operation
May 15": a capitalised word that does not introduce dates right before it). A date written without its year takes the year last written before it in
the same paragraph, else the publication year, and says so (``year_inferred``); unless that
would put it after the publication date when the paragraphs before it last wrote the year
before: "stopped work on 2 October 2024. ¶ The strike ended on 19 October" in a draft of
January 2025 ends it in October 2024.

Ranges keep each end as written: "2014 through May 2018" is ``date=2014``,
``end_date=2018-05``. :func:`range_iso` pads the start to the end's precision for tools
that compare ISO intervals.

Two-digit years ("5/3/18", "April of 87") resolve to the century that puts them no more
than ten years after the reference date (2040 → 1940 with a 2016 reference). Numeric dates
are month-first unless ``day_first`` (en-GB and most locales outside the US) or the first
number cannot be a month.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from claimcheck import lazyre as re
import time
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Iterable, Iterator, get_args

from claimcheck.claims.models import (
    DateHappening,
    DateClaim,
    PartialDate,
    RelativeWindow,
    WindowDirection,
    WindowUnit,
)
from claimcheck.data.calendar import MONTHS as _CALENDAR_MONTHS
from claimcheck.data.calendar import WEEKDAY_NAMES
from claimcheck.data.numberwords import ONES, ORDINALS, TENS
from claimcheck.document import BlockKind, Document
from claimcheck.extract.happenings import event_class, happening
from claimcheck.extract.text import TextUnit
from claimcheck.text import has_any, ignorecase_fold

__all__ = [
    "DATEPARSER_STATS",
    "DateMatch",
    "extract_dates",
    "find_dates",
    "range_iso",
    "table_row_dates",
]

#: calls to dateparser and seconds spent in it (import included), for profiling
DATEPARSER_STATS = {"calls": 0, "seconds": 0.0}

MONTHS = _CALENDAR_MONTHS  # re-exported: other readers import it from here too

NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    **ONES,
    **TENS,
    "couple of": 2,
    "few": 3,
    "several": 3,
}
# compounds, "thirty-five" and "thirty five" (not "five" of them: "thirty-five years ago")
NUMBER_WORDS.update(
    {f"{t}{sep}{o}": tv + ov for t, tv in TENS.items() if tv < 100 for o, ov in ONES.items() if ov < 10 for sep in "- "}
)
ORDINAL_WORDS = ORDINALS

# ----------------------------------------------------------------------------- patterns
_MON = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_M = rf"(?<![^\W\d_])(?P<{{n}}>{_MON})(?![^\W\d_])\.?"
_D = r"(?<!\d)(?P<{n}>0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?!\d)"
_Y = r"(?<!\d)(?P<{n}>[12]\d{{3}})(?![\d])"
_YY = r"(?<!\d)(?P<{n}>[12]\d{{3}}|'?\d{{2}})(?![\d])"
_ORD = "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))


def _m(n: str) -> str:
    return _M.format(n=n)


def _d(n: str) -> str:
    return _D.format(n=n)


def _y(n: str) -> str:
    return _Y.format(n=n)


def _yy(n: str) -> str:
    return _YY.format(n=n)


# ---------------------------------------------------------------------- atoms: pattern and handler
# each shape is a pattern that names its groups m/d/y with a suffix, paired below with the
# handler that reads them: ``handler(match, groups that matched, reference date, day_first)``
_Handler = Callable[[re.Match[str], dict[str, str], dt.date, bool], "DateMatch | None"]


def _mon(raw: str) -> int:
    return MONTHS[raw.lower().rstrip(".")]


def _dated(m: re.Match[str], d: PartialDate | None) -> DateMatch | None:
    return DateMatch(m.start(), m.end(), date=d) if d else None


def _verb_month(raw: str) -> bool:
    """ "may", "march" in lower case: a verb before a number, not a month."""
    return raw[0].islower() and raw.lower() in ("may", "march")


def _month_day_year(n: int, *, ordinal: bool = False, short_years: bool = True) -> _Handler:
    """Month name, day (digits or an ordinal word) and year, in any order the pattern has."""
    y, mo, d = f"y{n}", f"m{n}", f"o{n}" if ordinal else f"d{n}"

    def read(m: re.Match[str], g: dict[str, str], ref: dt.date, day_first: bool) -> DateMatch | None:
        year = _year(g[y], ref) if short_years else int(g[y])
        day = ORDINAL_WORDS[g[d].lower()] if ordinal else int(g[d])
        return _dated(m, _pd(year, _mon(g[mo]), day))

    return read


def _numeric(n: int, *, day: bool = True) -> _Handler:
    """Year, month and (with ``day``) day in figures, year first: 2002 10 09, 20161016, 2015-3."""
    y, a, b = f"y{n}", f"a{n}", f"b{n}"

    def read(m: re.Match[str], g: dict[str, str], ref: dt.date, day_first: bool) -> DateMatch | None:
        return _dated(m, _pd(int(g[y]), int(g[a]), int(g[b]) if day else None))

    return read


def _partial(n: int) -> _Handler:
    """A month name and a day, no year: July 13th, 26 june."""
    mo, d = f"m{n}", f"d{n}"

    def read(m: re.Match[str], g: dict[str, str], ref: dt.date, day_first: bool) -> DateMatch | None:
        if _verb_month(g[mo]):
            return None
        return DateMatch(m.start(), m.end(), kind="partial", month=_mon(g[mo]), day=int(g[d]))

    return read


def _year_then_month(m: re.Match[str], g: dict[str, str], ref: dt.date, day_first: bool) -> DateMatch | None:
    if _verb_month(g["m8"]):
        return None
    return _dated(m, _pd(int(g["y8"]), _mon(g["m8"])))


def _month_year(m: re.Match[str], g: dict[str, str], ref: dt.date, day_first: bool) -> DateMatch | None:
    raw = g["y9"]
    if len(raw.lstrip("'’")) == 2 and not re.search(r"\s+of\s+|'", m.group(0)):
        return None  # "May 31" is a day, not the year 1931
    if g["m9"].lower() == "may" and g["m9"][0] == "m" and "of" not in m.group(0):
        return None  # "you may 2020" - the verb
    return _dated(m, _pd(_year(raw, ref), _mon(g["m9"])))


def _iso_like(m: re.Match[str], g: dict[str, str], ref: dt.date, day_first: bool) -> DateMatch | None:
    d = _pd(int(g["y12"]), int(g["a12"]), int(g["b12"]))
    if d is None and g["s12"] == "/":
        d = _pd(int(g["y12"]), int(g["b12"]), int(g["a12"]))
    return _dated(m, d)


def _year_last(m: re.Match[str], g: dict[str, str], ref: dt.date, day_first: bool) -> DateMatch | None:
    a, b = int(g["a14"]), int(g["b14"])
    raw = g["y14"]
    if g["s14"] == "." and len(raw) == 2:
        return None  # 8.1.15 reads as a version number
    y = _year(raw, ref)
    first_day = True if g["s14"] == "." else day_first  # 23.04.2022
    if a > 12 >= b:
        first_day = True
    elif b > 12 >= a:
        first_day = False
    return _dated(m, _pd(y, b, a) if first_day else _pd(y, a, b))


def _month_year_numeric(m: re.Match[str], g: dict[str, str], ref: dt.date, day_first: bool) -> DateMatch | None:
    return _dated(m, _pd(int(g["y16"]), int(g["a16"])))


def _yearless_numeric(m: re.Match[str], g: dict[str, str], ref: dt.date, day_first: bool) -> DateMatch | None:
    a, b = int(g["a18"]), int(g["b18"])
    if day_first or (a > 12 >= b):
        a, b = b, a
    if not (1 <= a <= 12 and 1 <= b <= 31):
        return None
    return DateMatch(m.start(), m.end(), kind="partial", month=a, day=b, needs_range=True)


def _by_dateparser(m: re.Match[str], g: dict[str, str], ref: dt.date, day_first: bool) -> DateMatch | None:
    span = g["dp"]
    if not re.search(_MON, span, re.I) or not re.search(r"\d{4}", span):
        # all-numeric triples the patterns above did not read are not dates
        return None
    d = _dateparser(span, day_first)
    return DateMatch(m.start(), m.end(), date=d, extra={"dateparser": True}) if d else None


def _decade(m: re.Match[str], g: dict[str, str], ref: dt.date, day_first: bool) -> DateMatch | None:
    y = int(g["y19"])
    q = (g.get("q19") or "").lower() or None
    return DateMatch(m.start(), m.end(), kind="decade", date=_pd(y), end_date=_pd(y + 9), qualifier=q)


def _decade_two_digit(m: re.Match[str], g: dict[str, str], ref: dt.date, day_first: bool) -> DateMatch | None:
    y = _two_digit_year(int(g["y20"]), ref) // 10 * 10
    if y > ref.year:
        y -= 100
    q = (g.get("q20") or "").lower() or None
    return DateMatch(m.start(), m.end(), kind="decade", date=_pd(y), end_date=_pd(y + 9), qualifier=q)


def _fiscal_year(m: re.Match[str], g: dict[str, str], ref: dt.date, day_first: bool) -> DateMatch | None:
    return DateMatch(m.start(), m.end(), date=_pd(_year(g["y21"], ref)))


#: a word that makes the figures after it a place in a text ("pages 2024-25", "lines 1998-99")
_REFERENCE_BEFORE = re.compile(r"\b(?:pages?|pp?\.|lines?|paras?\.?|paragraphs?|sections?|nos?\.|articles?)\s*$", re.I)


def _split_year(m: re.Match[str], g: dict[str, str], ref: dt.date, day_first: bool) -> DateMatch | None:
    """ "2024-25": the year running from 2024 into 2025, as a range of the two years; not
    "2024-26" (two years apart: no one year) nor "2024-12" (a month, read elsewhere: "2011-12"
    stays December 2011, as ISO writes it), nor "pages 2018-19"."""
    y = int(g["y26"])
    if int(g["e26"]) != (y + 1) % 100 or _REFERENCE_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
        return None
    return DateMatch(m.start(), m.end(), date=_pd(y), end_date=_pd(y + 1))


def _weekday_day(m: re.Match[str], g: dict[str, str], ref: dt.date, day_first: bool) -> DateMatch | None:
    return DateMatch(m.start(), m.end(), kind="dayonly", day=int(g["d25"]))


def _ordinal_month(m: re.Match[str], g: dict[str, str], ref: dt.date, day_first: bool) -> DateMatch | None:
    o = ORDINAL_WORDS[g["o24"].lower()]
    return _dated(m, _pd(int(g["y24"]), o) if o <= 12 else None)


def _bare_year(m: re.Match[str], g: dict[str, str], ref: dt.date, day_first: bool) -> DateMatch | None:
    return DateMatch(m.start(), m.end(), kind="year", date=_pd(int(g["y22"])))


def _month_alone(m: re.Match[str], g: dict[str, str], ref: dt.date, day_first: bool) -> DateMatch | None:
    return DateMatch(m.start(), m.end(), kind="month", month=_mon(g["m23"]))


_SEP_DY = r"(?:\s*,\s*|\s+|\s*,?\s*of\s+|\s+in\s+)"
# "the" before a day is the date's only with an ordinal or "of" after the day ("the 28th of
# June", "the 3rd May"); in "the 19 April 2021 separation" it is the noun's
_THE_DAY = r"(?:the\s+(?=\d{1,2}(?:st|nd|rd|th)\b|\d{1,2}\s+of\s))?"
# each alternative names its groups m/d/y with a suffix; one compiled alternation
_ATOMS: list[tuple[str, _Handler]] = [
    # December 17, 2020 · Dec. 31 , 1994 · Dec31 , 1994 · july 4th of 1995 · june the 28th 2020
    (rf"{_m('m1')}\s*(?:the\s+)?{_d('d1')}{_SEP_DY}{_yy('y1')}", _month_day_year(1)),
    # January first 2000 · January first 12
    (rf"{_m('m2')}\s+(?P<o2>{_ORD}){_SEP_DY}{_yy('y2')}", _month_day_year(2, ordinal=True)),
    # 04th Jan 2019 · 15 April of 87 · 28 june in 2020 · the 28th of june of 2020
    # ("the" only before an ordinal or "of": "the 19 April 2021 separation" names a noun)
    (rf"{_THE_DAY}{_d('d3')}\s*(?:of\s+)?{_m('m3')}{_SEP_DY}{_yy('y3')}", _month_day_year(3)),
    # fourth of july of 1995 · fourth of july, 1995
    (rf"(?P<o4>{_ORD})\s+of\s+{_m('m4')}{_SEP_DY}{_yy('y4')}", _month_day_year(4, ordinal=True)),
    # 05-Aug-2016 · 23/Sep/2020
    (rf"{_d('d5')}[-/.]{_m('m5')}[-/.]{_y('y5')}", _month_day_year(5, short_years=False)),
    # 2019/aug/01 · 2019-aug-1
    (rf"{_y('y6')}[-/.]{_m('m6')}[-/.]{_d('d6')}", _month_day_year(6, short_years=False)),
    # Sep-23-2020
    (rf"{_m('m7')}[-/]{_d('d7')}[-/]{_y('y7')}", _month_day_year(7, short_years=False)),
    # 2017 april (a year then a month name)
    (rf"{_y('y8')} +{_m('m8')}(?!\s*\d)", _year_then_month),
    # April 2024 · Dec-2018 · Dec/2018 · Dec, 2018 · april of 1987 · April of 87 · June in 2017
    (rf"{_m('m9')}(?:\s*[-/,]\s*|\s+|\s+of\s+|\s+in\s+){_yy('y9')}", _month_year),
    # yearless: July 13th · May 31 · June 23th
    (rf"{_m('m10')}\s*(?:the\s+)?{_d('d10')}(?!\s*[:.]\d)", _partial(10)),
    # yearless: 26 june · 26th of june
    (rf"{_THE_DAY}{_d('d11')}\s*(?:of\s+)?{_m('m11')}", _partial(11)),
    # ISO and other numeric year-first: 2002-10-09 · 2018-7-6 · 2016/10/16 · 2016 10 16
    (r"(?<!\d)(?P<y12>[12]\d{3})(?P<s12>[-/.])(?P<a12>\d{1,2})(?P=s12)(?P<b12>\d{1,2})(?!\d)", _iso_like),
    (r"(?<!\d)(?P<y13>[12]\d{3}) (?P<a13>1[0-2]|0?[1-9]) (?P<b13>[0-3]?\d)(?!\d)", _numeric(13)),
    # numeric with the year last: 1/1/2015 · 5/3/18 · 02-02-2020 · 23.04.2022 · 5/7, 2020
    (r"(?<!\d)(?P<a14>\d{1,2})(?P<s14>[-/.])(?P<b14>\d{1,2})(?:(?P=s14)|,\s*)(?P<y14>\d{4}|\d{2})(?![\d])", _year_last),
    # month and year: 2015-3 · 2015-12 · 12-2015
    (r"(?<!\d)(?P<y15>[12]\d{3})-(?P<a15>1[0-2]|0?[1-9])(?![\d])", _numeric(15, day=False)),
    (r"(?<!\d)(?P<a16>1[0-2]|0?[1-9])[-/](?P<y16>[12]\d{3})(?![\d])", _month_year_numeric),
    # compact: 20161016
    (r"(?<!\d)(?P<y17>(?:19|20)\d{2})(?P<a17>0[1-9]|1[0-2])(?P<b17>0[1-9]|[12]\d|3[01])(?!\d)", _numeric(17)),
    # yearless numeric M/D, only kept inside a range: 5/1-5/7, 2020 · 10/1-11/2/2017
    (r"(?<!\d)(?P<a18>\d{1,2})/(?P<b18>\d{1,2})(?=\s*-\s*\d{1,2}/)", _yearless_numeric),
    # unusual orders the patterns do not read: dateparser decides
    (rf"(?<![\w])(?P<dp>(?:{_MON}|\d{{1,4}})(?:[-/](?:{_MON}|\d{{1,4}})){{2}})", _by_dateparser),
    # decades: the 1990s · mid-2010s · the late 1950s · the 90s’
    (r"(?<!\d)(?:(?P<q19>early|mid|late)[- ]?)?(?P<y19>1[0-9]\d0|20\d0)['’]?s(?![\w])", _decade),
    (
        r"(?:(?P<the20>the)\s+(?:(?P<q20>early|mid|late)[- ]?)?)['’]?(?P<y20>[1-9]0)['’]?s['’]?(?![\w])",
        _decade_two_digit,
    ),
    # cy18 · cy 2008 · FY 2024 · calendar year 2008
    (r"(?P<cy21>cy|fy|calendar\s+year)\s*(?P<y21>[12]\d{3}|\d{2})(?!\d)", _fiscal_year),
    # a split year, a financial or school year: 2024-25 · 2022/23 · FY2023/24 · fiscal 2023-24
    # (the second year the next one, written in two digits)
    (
        r"(?<![\d.,/–-])(?:(?:fy|fiscal(?:\s+year)?|financial\s+year)\s*)?(?P<y26>(?:19|20)\d\d)[-–/](?P<e26>\d\d)(?![\d/–-])",
        _split_year,
    ),
    # a weekday and a day of the month: Friday, 21 (month and year from context)
    (
        r"(?<!\w)(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:the\s+)?(?P<d25>0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?![\d:.])",
        _weekday_day,
    ),
    # the third month of 2021
    (rf"the\s+(?P<o24>{_ORD})\s+month\s+of\s+{_y('y24')}", _ordinal_month),
    # bare year: 2031 (accepted or rejected by its context)
    (r"(?<!\d)(?P<y22>[12]\d{3})(?![\d])", _bare_year),
    # month alone: October · in May (accepted by context)
    (rf"{_m('m23')}", _month_alone),
]
# one compiled pattern per shape: every shape sees every position, the longest reading wins
_ATOM_RES = [re.compile(a, re.I) for a, _ in _ATOMS]
_ATOM_HANDLERS = [h for _, h in _ATOMS]
# what each shape needs in a window to match there: (a digit, a month name); the
# month-and-day-or-year shapes both, the numeric ones a digit, the month alone a month name,
# the shapes dateparser reads (month names or numbers) either
_ATOM_NEEDS = [(True, True)] * 11 + [(True, False)] * 7 + [(False, False)] + [(True, False)] * 7 + [(False, True)]
assert len(_ATOM_NEEDS) == len(_ATOMS)
_NEEDS_KINDS = sorted(set(_ATOM_NEEDS))
#: what each shape's every match holds besides: one of these (in lower case, as
#: ``ignorecase_fold`` writes a window), or None when no word or mark is needed. A shape
#: whose pattern opens with a look-behind is tried at every place of a window: on a window
#: without its word or mark it is not tried at all
_ATOM_WORDS: list[tuple[str, ...] | None] = [None] * len(_ATOMS)
_ATOM_WORDS[3] = ("of",)  # fourth of july of 1995
_ATOM_WORDS[14] = ("-",)  # 2015-3
_ATOM_WORDS[15] = ("-", "/")  # 12-2015
_ATOM_WORDS[17] = ("/",)  # 5/1-5/7
_ATOM_WORDS[18] = ("-", "/")  # dateparser's orders
_ATOM_WORDS[19] = _ATOM_WORDS[20] = ("0s", "0's", "0\u2019s")  # the 1990s, the 90s
_ATOM_WORDS[21] = ("cy", "fy", "calendar")  # FY 2024
_ATOM_WORDS[22] = ("-", "\u2013", "/")  # 2024-25
_ATOM_WORDS[23] = ("day",)  # Friday, 21
_ATOM_WORDS[24] = ("month",)  # the third month of 2021
_DECIMAL_BEFORE = re.compile(r"\d[.,]$")

_HOLIDAYS = {
    "new year's day": (1, 1),
    "new year": (1, 1),
    "valentine's day": (2, 14),
    "valentines day": (2, 14),
    "saint patrick": (3, 17),
    "st patrick": (3, 17),
    "st. patrick": (3, 17),
    "saint patrick's day": (3, 17),
    "st patrick's day": (3, 17),
    "earth day": (4, 22),
    "may day": (5, 1),
    "independence day": (7, 4),
    "halloween": (10, 31),
    "christmas eve": (12, 24),
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "new year's eve": (12, 31),
    "easter": "easter",
    "black friday": "black friday",
    "thanksgiving": "thanksgiving",
}
_HOLIDAY_RE = re.compile(
    r"(?<!\w)(?P<h>"
    + "|".join(
        re.escape(h).replace(r"\'", "['’]?").replace("'", "['’]?") for h in sorted(_HOLIDAYS, key=len, reverse=True)
    )
    + r")(?:\s+day)?\s*,?\s*(?:of\s+)?(?P<y>[12]\d{3})(?!\d)",
    re.I,
)

# every holiday name holds one of these (the prefilter of _HOLIDAY_RE)
_HOLIDAY_WORDS = (
    "new year",
    "valentine",
    "patrick",
    "earth day",
    "may day",
    "independence day",
    "halloween",
    "christmas",
    "easter",
    "black friday",
    "thanksgiving",
)

#: an amount of a window: digits or any word of NUMBER_WORDS ("the last eighteen months")
_NUM = r"(?:\d+|" + "|".join(w.replace(" ", r"\s+") for w in sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
_UNIT = r"(?:days?|weeks?|months?|years?|decades?|quarter[- ]centur(?:y|ies)|half[- ]a[- ]century|half[- ]century|centur(?:y|ies))"
_REL_RES = [
    re.compile(
        rf"(?<!\w)(?:(?:in|over|during|within|for|throughout)\s+)?(?:(?:just|only)\s+)?the\s+"
        rf"(?P<dir>past|last|previous|preceding|next|coming|following)\s+(?:(?P<n>{_NUM})\s+)?(?P<unit>{_UNIT})(?!\w)",
        re.I,
    ),
    re.compile(rf"(?<![\w-])(?P<n>{_NUM})\s+(?P<unit>{_UNIT})\s+(?P<dir>ago|earlier|from\s+now|hence)(?!\w)", re.I),
    re.compile(r"(?<![\w-])(?P<dir>last|this|next|past)\s+(?P<unit>week|month|year|decade)(?!\w)", re.I),
    re.compile(r"(?<!\w)(?:(?:more|most|very|only|until)\s+)?(?P<dir>recently|lately)(?!\w)", re.I),
    re.compile(r"(?<!\w)in\s+(?P<dir>recent)\s+(?P<unit>days|weeks|months|years|decades)(?!\w)", re.I),
    # the part of the current year or month already gone: "so far this year", "earlier
    # this month", "this year to date"
    re.compile(
        r"(?<!\w)(?:(?:so\s+far|earlier|already|until\s+now)\s+(?:in\s+)?(?P<dir>this)\s+(?P<unit>year|month)"
        r"|(?P<dir2>this)\s+(?P<unit2>year|month)\s+(?:so\s+far|to\s+date))(?!\w)",
        re.I,
    ),
]
_UNIT_WORDS = ("day", "week", "month", "year", "decade", "centur")
# for each of _REL_RES: groups of words, one of each group held by every match
_REL_NEEDS = [
    (("past", "last", "previous", "preceding", "next", "coming", "following"), _UNIT_WORDS),
    (("ago", "earlier", "from", "hence"), _UNIT_WORDS),
    (("last", "this", "next", "past"), ("week", "month", "year", "decade")),
    (("recently", "lately"),),
    (("recent",), _UNIT_WORDS),
    (("far", "earlier", "already", "until", "date"), ("year", "month")),
]
# "16 days from 01/02/2018", "2 weeks before May 13 1999", "in two weeks since the year 2011"
_OFFSET_RE = re.compile(
    rf"(?<!\w)(?:in\s+)?(?P<n>{_NUM})\s+(?P<unit>days?|weeks?|months?|years?)\s+(?P<dir>from|after|before|since|prior\s+to)\s+(?:the\s+year\s+)?$",
    re.I,
)
# a figure, a share or a frequency before "a month" / "a year": a rate ("1% a month", "€40 a
# year", "twice a week"), not an offset of the date after it
_RATE_BEFORE = re.compile(
    r"(?:\d\s*(?:%|per\s*cent|percent)?|\d\s*(?:million|billion|thousand|bn|m|k)|\b(?:once|twice|times))\s*$", re.I
)
_RANGE_GAP = re.compile(r"^\s*(?:-|–|—|~|to|through|thru|till|until|and|to\s+the\s+start\s+of)\s*$", re.I)
# a digit or a month name's first letter tested first: other places are passed over at once
_TRIGGER = re.compile(rf"(?=[\djfmasond])(?:\d+|(?<![^\W\d_]){_MON}(?![^\W\d_]))", re.I)
# the two kinds of trigger on their own: :func:`_triggers` finds the month names only where
# one of their first three letters is written (``_TRIGGER`` tries most letters of prose)
_DIGIT_RUN = re.compile(r"\d+")
_MONTH_AT = re.compile(rf"(?<![^\W\d_]){_MON}(?![^\W\d_])", re.I)
#: how every month name ``_MON`` reads begins, in lower case
_MONTH_OPENINGS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _triggers(text: str) -> list[tuple[int, int, bool]]:
    """``(start, end, is a digit run)`` of every match of ``_TRIGGER.finditer(text)``, in
    order. The digit runs are found by ``_DIGIT_RUN``; a month name is tried only where
    the text, lower-cased, writes one of ``_MONTH_OPENINGS`` (the long s is the only
    letter that ``re.IGNORECASE`` reads as one of their letters and ``str.lower`` does not
    make it; a text that lower-cases to another length is read by ``_TRIGGER``). The two
    kinds never overlap (a month name has no digit and no letter before it)."""
    low = text.lower()
    if len(low) != len(text):
        return [(m.start(), m.end(), m.group(0)[0].isdigit()) for m in _TRIGGER.finditer(text)]
    if "\u017f" in low:
        low = low.replace("\u017f", "s")
    out = [(m.start(), m.end(), True) for m in _DIGIT_RUN.finditer(text)]
    months: list[tuple[int, int, bool]] = []
    month_at = _MONTH_AT.match
    for opening in _MONTH_OPENINGS:
        i = low.find(opening)
        while i >= 0:
            if (m := month_at(text, i)) is not None:
                months.append((i, m.end(), False))
            i = low.find(opening, i + 1)
    if months:
        out = sorted(out + months)
    return out


# the digits before a CJK run only from the start of their run, taken possessively: ``\d*``
# tried from every digit of a long number was quadratic
_CJK_RUN = re.compile(r"(?:(?<!\d)\d++)?[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]+\d*")
_CJK_CHAR = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")  # what every _CJK_RUN holds
_TO_TODAY = re.compile(r"\s*(?:-|–|to|until|till|through)\s+(?:today|now|date|the\s+present)(?!\w)", re.I)
_PREFIX_RE = re.compile(
    r"(?:(?P<q>since|before|after|by|until|till|as\s+of|no\s+later\s+than|not\s+later\s+than|later\s+than|earlier\s+than"
    r"|greater\s+than|starting(?:\s+on|\s+in|\s+from)?|from|between|in|on|during)\s+(?:the\s+)?"
    r"(?:(?:(?P<part>end|beginning|start|middle)\s+of\s+(?:the\s+)?)|(?:(?P<part2>early|mid|late)[- ])"
    # "the final week of March", "the first days of May": a part of the month ("late", "early")
    r"|(?:(?P<week>first|opening|last|final|closing)\s+(?:week|days|few\s+days)\s+of\s+))?"
    r"|(?:the\s+)?(?P<part3>end|beginning|start|middle)\s+of\s+(?:the\s+)?|(?P<part4>mid|early|late)[- ]"
    r"|(?P<op>[<>]?\s*=|[<>])\s*|(?P<year>(?:the\s+)?year(?:\s+of)?)\s+)$",
    re.I,
)
_SUFFIX_RE = re.compile(
    r"^\s*(?P<s>or\s+later|and\s+later|and\s+after|or\s+after|and\s+greater|or\s+earlier|onwards?|and\s+beyond)\b", re.I
)

# bare years: words after which a four-digit number is a year
_YEAR_CONTEXT = {
    "in",
    "on",
    "since",
    "by",
    "until",
    "till",
    "from",
    "to",
    "through",
    "thru",
    "before",
    "after",
    "during",
    "of",
    "the",
    "year",
    "early",
    "late",
    "mid",
    "around",
    "circa",
    "ca",
    "between",
    "than",
    "not",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "and",
    "or",
    "end",
    "beginning",
    "start",
    "middle",
    "as",
    "within",
    "for",
    "its",
    "their",
    "this",
    "that",
    "at",
    "fy",
    "cy",
    "q1",
    "q2",
    "q3",
    "q4",
    "h1",
    "h2",
    "dated",
    "about",
}
# a possessive right before a year ("the committee's 2019", "Spain’s 2009") and a noun
# after it, what of the owner's the year names
_POSSESSIVE_YEAR = re.compile(r"[A-Za-z]{2,}(?:['’]s|s['’])\s+$")
_OWNED_NOUN = re.compile(
    r"^\s+(?!(?:of|to|and|or|in|on|at|for|per|than|is|was|were|are|have|had)\b)(?:[a-z][a-z-]+\s+){0,2}[a-z][a-z-]+\b"
    r"(?!\s+(?:of|per)\b)"
)
_COUNT_NOUNS = re.compile(
    r"^\s+(?:people|persons|pieces|units|items|times|copies|students|employees|workers|troops|"
    r"soldiers|satellites|km|kilometers|kilometres|meters|metres|miles|tons|tonnes|kg|"
    r"dollars|euros|yuan|rmb|usd|eur|points|votes|cases|members|companies|firms|stars)\b",
    re.I,
)
_MONTH_ONLY_CONTEXT = {
    "in",
    "since",
    "by",
    "until",
    "till",
    "from",
    "during",
    "of",
    "the",
    "early",
    "late",
    "mid",
    "last",
    "next",
    "this",
    "before",
    "after",
    "to",
    "through",
    "and",
    "or",
    "on",
    "starting",
}
# a capitalised word right before "March 5" makes it a name ("Long March 5", "Operation
# May 15"), unless it is one of these: weekdays and words that introduce a date
_DATE_LEADS = {
    *WEEKDAY_NAMES,
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
    "on",
    "in",
    "by",
    "since",
    "until",
    "till",
    "from",
    "before",
    "after",
    "through",
    "to",
    "early",
    "late",
    "mid",
    "last",
    "next",
    "this",
    "each",
    "every",
    "and",
    "or",
    "of",
    "updated",
    "posted",
    "published",
    "dated",
    "released",
    "revised",
    "modified",
    "created",
    "edited",
    "written",
    "filed",
    "issued",
    "effective",
    "as",
    "at",
    "date",
    "deadline",
    "due",
    "starting",
    "ending",
    "around",
    "circa",
    "about",
    "today",
    "yesterday",
    "tomorrow",
    "week",
    "weekend",
    "night",
    "morning",
    "evening",
    "afternoon",
    "noon",
    "midnight",
    "the",
    "a",
    "an",
    "that",
    "its",
    "his",
    "her",
    "their",
    "our",
    "your",
    "my",
    "for",
    "with",
    "between",
    "during",
    "than",
    "except",
    "including",
    "then",
    "but",
    "so",
}
_CAPITAL_BEFORE = re.compile(r"(?:^|[\s(“\"])([A-Z][a-z]+)[ \u00a0-]$")
_IDENT_BEFORE = re.compile(r"(?:\d[-/.:,]?|[-/.]\d|[A-Za-z]\d*[-/]?\d*[-/]|[#$€£¥+])$")
_WORD_BEFORE = re.compile(r"([A-Za-z][\w’'.-]*)\W*$")
# ``(?:https?://|www\.)[^\s<>"“”]+`` read with IGNORECASE, opening with a class of its first
# letters read without it (no other character is "h" or "w" to IGNORECASE), so the engine
# skips to each of them instead of trying the pattern at every character (as text.URL_RE)
_URL_RE = re.compile(r"[hHwW](?:(?<=[hH])(?i:ttps?://)|(?<=[wW])(?i:ww\.))(?i:[^\s<>\"“”]+)")


# ----------------------------------------------------------------------------- records
@dataclass
class DateMatch:
    """One date, range or relative window found in a text, as ``text[start:end]``."""

    start: int
    end: int
    date: PartialDate | None = None
    end_date: PartialDate | None = None
    relative: RelativeWindow | None = None
    qualifier: str | None = None
    year_inferred: bool = False
    # internals
    kind: str = "date"  # date | year | decade | month | relative | partial
    month: int | None = None  # for yearless atoms
    day: int | None = None
    needs_range: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    def iso(self) -> str:
        if self.date is None:
            return ""
        if self.end_date is None:
            return self.date.iso()
        return range_iso(self.date, self.end_date)


def range_iso(start: PartialDate, end: PartialDate) -> str:
    """``START/END`` with the start padded to the end's precision ("2014-01/2018-05")."""
    s = start
    if end.precision == "day" and s.precision != "day":
        s = PartialDate(year=s.year, month=s.month or 1, day=1)
    elif end.precision == "month" and s.precision == "year":
        s = PartialDate(year=s.year, month=1)
    return f"{s.iso()}/{end.iso()}"


def _pd(year: int, month: int | None = None, day: int | None = None) -> PartialDate | None:
    try:
        return PartialDate(year=year, month=month, day=day)
    except ValueError:
        return None


def _two_digit_year(yy: int, ref: dt.date) -> int:
    year = 2000 + yy
    if year > ref.year + 10:
        year -= 100
    return year


def _year(raw: str, ref: dt.date) -> int:
    raw = raw.lstrip("'’")
    if len(raw) == 2:
        return _two_digit_year(int(raw), ref)
    return int(raw)


def _easter(year: int) -> tuple[int, int]:
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return month, day


def _thanksgiving(year: int) -> int:
    first = dt.date(year, 11, 1)
    first_thu = 1 + (3 - first.weekday()) % 7
    return first_thu + 21


# ----------------------------------------------------------------------------- dateparser
_DDP: dict[str, Any] = {}


def _dateparser(text: str, day_first: bool) -> PartialDate | None:
    """Ask dateparser about a span the patterns found but could not read."""
    t0 = time.perf_counter()
    try:
        from dateparser.date import DateDataParser

        key = "DMY" if day_first else "MDY"
        parser = _DDP.get(key)
        if parser is None:
            parser = _DDP[key] = DateDataParser(
                languages=["en"], settings={"DATE_ORDER": key, "PREFER_DAY_OF_MONTH": "first"}
            )
        data = parser.get_date_data(text)
    except Exception:  # dateparser raises on odd input; a miss is no date
        data = None
    finally:
        DATEPARSER_STATS["calls"] += 1
        DATEPARSER_STATS["seconds"] += time.perf_counter() - t0
    if data is None or data.date_obj is None:
        return None
    d = data.date_obj
    # only trust a reading that uses every number written
    digits = re.findall(r"\d+", text)
    if not any(int(x) == d.year for x in digits):
        return None
    period = data.period or "day"
    if period == "year":
        return _pd(d.year)
    if period == "month":
        return _pd(d.year, d.month)
    return _pd(d.year, d.month, d.day)


# ----------------------------------------------------------------------------- atoms
def _windows(text: str) -> list[list[Any]]:
    """Stretches of ``text`` around digits and month names, where dates can be, as
    ``[start, end, has a digit, has a month name]``.

    Patterns then scan only these (most prose has none); each window ends at a space or
    the end of the text, so look-aheads at its end see what they would see in the text.
    Every digit and month name of the text is one of the triggers a window is made of, so
    a window without digits (or month names) is one no pattern needing them can match in.
    """
    out: list[list[Any]] = []
    n = len(text)
    for start, end, digit in _triggers(text):
        s = max(0, start - 40)
        e = min(n, end + 48)
        if out and e <= out[-1][1]:
            out[-1][2 if digit else 3] = True
            continue  # inside the last window (which ends at a space or the end): nothing new
        if out and s <= out[-1][1]:
            # grows the last window; it ends at a space, so the scan for the next one
            # starts past it and no character is scanned twice (linear on 1,1,1,...)
            e = max(e, out[-1][1])
            while e < n and not text[e].isspace():
                e += 1
            out[-1][1] = e
            out[-1][2 if digit else 3] = True
            continue
        while e < n and not text[e].isspace():
            e += 1
        while s > 0 and not text[s - 1].isspace():
            s -= 1
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
            out[-1][2 if digit else 3] = True
        else:
            out.append([s, e, digit, not digit])
    return out


def _atoms(text: str, ref: dt.date, day_first: bool) -> list[DateMatch]:
    out: list[DateMatch] = []
    deferred: list[tuple[int, re.Match[str], dict[str, str]]] = []
    windows = _windows(text)
    if not windows:
        return out  # no digit and no month name: no shape, no holiday
    # the windows each shape's needs admit, picked once per text rather than once per shape
    admitted = {
        (digit, month): [
            (ws, we)
            for ws, we, has_digit, has_month in windows
            if (has_digit or not digit) and (has_month or not month)
        ]
        for digit, month in _NEEDS_KINDS
    }
    folded: dict[tuple[int, int], str] = {}  # each window's words, when a shape asks
    for prio, rx in enumerate(_ATOM_RES):
        spans = admitted[_ATOM_NEEDS[prio]]
        if (words := _ATOM_WORDS[prio]) is not None:
            for span in spans:
                if span not in folded:
                    folded[span] = ignorecase_fold(text[span[0] : span[1]])
            spans = [span for span in spans if has_any(folded[span], words)]
        for m in (m for ws, we in spans for m in rx.finditer(text, ws, we)):
            s, e = m.span()
            if _DECIMAL_BEFORE.search(text[max(0, s - 2) : s]) or re.match(r"[.,]\d", text[e : e + 2]):
                continue  # inside a decimal number: 6,107.31 August 2019
            g = {k: v for k, v in m.groupdict().items() if v is not None}
            if "dp" in g:
                deferred.append((prio, m, g))
                continue
            a = _ATOM_HANDLERS[prio](m, g, ref, day_first)
            if a is not None:
                a.extra["prio"] = prio
                out.append(a)
    # spans no cheap pattern could read go to dateparser (unless an atom already covers
    # them: looked up by bisection, not by scanning every atom for every span)
    by_start = sorted(out, key=lambda a: a.start)
    starts = [a.start for a in by_start]
    reach = list(itertools.accumulate((a.end for a in by_start), max))
    added: list[DateMatch] = []
    for prio, m, g in deferred:
        s, e = m.span()
        k = bisect.bisect_right(starts, s)
        if (k and reach[k - 1] >= e) or any(a.start <= s and e <= a.end for a in added):
            continue
        a = _ATOM_HANDLERS[prio](m, g, ref, day_first)
        if a is not None:
            a.extra["prio"] = prio
            out.append(a)
            added.append(a)
    if not any(w[2] for w in windows) or not has_any(ignorecase_fold(text), _HOLIDAY_WORDS):
        return out  # a holiday needs its year's digits and its name
    for m in _HOLIDAY_RE.finditer(text):
        name = re.sub(r"['’]", "'", m.group("h").lower())
        name = re.sub(r"\s+", " ", name)
        spec = _HOLIDAYS.get(name) or _HOLIDAYS.get(name.replace("'", "")) or _HOLIDAYS.get(name.rstrip("'s").strip())
        y = int(m.group("y"))
        if spec == "easter":
            mo, d = _easter(y)
        elif spec == "black friday":
            mo, d = 11, _thanksgiving(y) + 1
        elif spec == "thanksgiving":
            mo, d = 11, _thanksgiving(y)
        elif isinstance(spec, tuple):
            mo, d = spec
        else:
            continue
        out.append(DateMatch(m.start(), m.end(), date=_pd(y, mo, d)))
    return out


# ----------------------------------------------------------------------------- context checks
def _prev_word(text: str, start: int) -> str:
    m = _WORD_BEFORE.search(text[max(0, start - 40) : start])
    return m.group(1).lower().rstrip(".") if m else ""


_DIGIT_BEFORE = re.compile(r"\d[-/.:,]?\Z|\d\s*[-–/]\s*\Z")


#: a number sign right before the digits: "[BIPs #2017]", "ticket #2004", "№ 2012"
_NUMBER_SIGN_BEFORE = re.compile(r"(?:#|№\s?)\Z")

_DIGIT_AFTER = re.compile(r"^(?:[-/.:,]?\d|\s*[-–/]\s*\d)")


def _glued_to_number(text: str, start: int, end: int) -> bool:
    """Part of a longer number or identifier: 138-2010-2015, 133-03-03-2020, 6,107.31; or a
    number a sign marks as one: an issue, a ticket, a notice ("#2017", "№ 2012")."""
    before = text[max(0, start - 6) : start]
    after = text[end : end + 6]
    if _DIGIT_BEFORE.search(before) or _NUMBER_SIGN_BEFORE.search(before):
        return True
    if _DIGIT_AFTER.match(after):
        return True
    if re.match(r"^[%$€£¥]|^[A-Za-z]", after) and not re.match(r"^(?:st|nd|rd|th|s)\b", after):
        return True
    if re.search(r"[A-Za-z]\Z", before) and not re.search(r"(?:cy|fy)\Z", before, re.I):
        return True  # LM2011, A2020
    return False


def _named_by_number(text: str, a: DateMatch) -> bool:
    """ "Long March 5", "Operation May 15", "Long March 2F": a month name and a number
    that are part of a proper noun, not a day."""
    if re.match(r"[A-Za-z]", text[a.end : a.end + 1]):
        return True  # a letter glued to the number: "March 2F"
    m = _CAPITAL_BEFORE.search(text[max(0, a.start - 30) : a.start])
    return m is not None and m.group(1).lower().rstrip(".") not in _DATE_LEADS


def _bare_year_ok(text: str, a: DateMatch) -> bool:
    y = a.date.year if a.date else 0
    if not 1000 <= y <= 2999:
        return False
    if _glued_to_number(text, a.start, a.end):
        return False
    before = text[max(0, a.start - 30) : a.start]
    after = text[a.end : a.end + 30]
    if re.search(r"\d[\d,.]*\s+(?:and|or|to)\s+$", before) and not re.search(r"[12]\d{3}\s+(?:and|or|to)\s+$", before):
        return False  # "between 10 and 2000"
    if _COUNT_NOUNS.match(after):
        return False
    word = _prev_word(text, a.start)
    gap = before[len(before.rstrip()) :] if before else ""
    tail = before.rstrip()
    at_start = not tail or tail[-1] in '.!?:;,(–—“"[=<>' or tail.endswith("--") or "\n" in gap
    ends_clause = not after.strip() or re.match(r"^[ \t]*(?:[.,;:!?)\]”\"’—–\n]|\Z)", after) is not None
    if word and word in _YEAR_CONTEXT and not at_start:
        return True
    if _POSSESSIVE_YEAR.search(before) and _OWNED_NOUN.match(after) and 1900 <= y <= 2100 and y % 100:
        return True  # "the committee's 2019 inquiry", "Spain's 2009 decree"
    if at_start or not gap and not tail:
        return 1500 <= y <= 2100
    # after any other word: only a year that ends its clause ("some text 2020.")
    if ends_clause and 1500 <= y <= 2100:
        prev_raw = re.search(r"(\S+)\s*$", tail)
        if prev_raw and prev_raw.group(1)[:1].isupper() and word not in _YEAR_CONTEXT:
            # "Made in China 2025." names a plan; "Abstracts 2023," a volume
            return False
        return True
    return False


def _month_only_ok(text: str, a: DateMatch) -> bool:
    raw = text[a.start : a.end]
    if raw[0].islower():
        return False
    if raw.lower() in ("may", "march", "mar", "jan", "jun", "sep", "dec", "oct", "nov", "aug", "apr", "feb"):
        # short forms and verb-like names need a clear preposition before them
        return _prev_word(text, a.start) in (
            "in",
            "since",
            "until",
            "from",
            "during",
            "of",
            "early",
            "late",
            "mid",
            "last",
            "next",
            "by",
        )
    word = _prev_word(text, a.start)
    if word in _MONTH_ONLY_CONTEXT:
        return True
    if word == "that":
        # "that July": the month of the year the text is about; not a name ("that June
        # Okafor", a person) and not a verb-like month name (read above)
        return not _NAME_AFTER.match(text, a.end)
    before = text[max(0, a.start - 40) : a.start]
    tail = before.rstrip()
    return not tail or tail[-1] in ".!?" or "\n" in before[len(tail) :]


#: a capitalised word right after a month name: the month is a given name ("June Okafor")
_NAME_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")


# ----------------------------------------------------------------------------- assembly
def _resolve_overlaps(atoms: list[DateMatch]) -> list[DateMatch]:
    """The non-overlapping readings that cover the most text (ties: earlier patterns)."""
    if not atoms:
        return []
    atoms.sort(key=lambda a: (a.end, a.start))
    ends = [a.end for a in atoms]
    import bisect

    # best score of the first k atoms, and how it was reached: (j, atom) took the atom after
    # the best of the first j, (None, k - 1) left it out. Back-links, not a copied list per
    # step (which made this quadratic in the number of atoms)
    score: list[int] = [0]
    link: list[tuple[int | None, Any]] = [(None, None)]
    for i, a in enumerate(atoms):
        weight = (a.end - a.start) * 100 - a.extra.get("prio", 99)
        j = bisect.bisect_right(ends, a.start, 0, i)  # atoms[:j] end at or before a.start
        take = score[j] + weight
        if take > score[i]:
            score.append(take)
            link.append((j, a))
        else:
            score.append(score[i])
            link.append((None, i))
    out: list[DateMatch] = []
    k = len(atoms)
    while k > 0:
        back, x = link[k]
        if back is None:
            k = int(x)
        else:
            out.append(x)
            k = back
    out.reverse()
    return out


def _complete(a: DateMatch, year: int | None, month: int | None = None) -> DateMatch | None:
    """A yearless atom given a year (and a month for a bare day)."""
    if year is None:
        return None
    if a.kind == "partial":
        d = _pd(year, a.month, a.day)
    elif a.kind == "month":
        d = _pd(year, a.month)
    else:
        return a
    if d is None:
        return None
    return replace(a, date=d, kind="date", year_inferred=True)


def find_dates(
    text: str,
    *,
    reference_date: dt.date | str | None = None,
    day_first: bool = False,
    infer_years: bool = True,
    prior_year: int | None = None,
) -> list[DateMatch]:
    """Dates, ranges and relative windows in ``text``, in order.

    ``reference_date`` anchors two-digit years and, with ``infer_years``, gives the year
    of a yearless date when no year was written before it in ``text``; ``prior_year``, the
    year the text before ``text`` wrote last, gives it instead when it is the year before
    the reference date's and the reference year would put the date after the reference
    date (a past month told after the turn of the year).
    """
    if isinstance(reference_date, str):
        reference_date = dt.date.fromisoformat(reference_date[:10])
    ref = reference_date or dt.date.today()
    atoms = _resolve_overlaps(_atoms(text, ref, day_first))
    merged = _merge_ranges(text, atoms)
    if reference_date is not None:
        _extend_to_today(text, merged, reference_date)
    merged = _parts_of_years(text, merged, reference_date)
    out = _in_context(
        text,
        merged,
        reference_date.year if (reference_date and infer_years) else None,
        infer_years,
        reference_date
        if (prior_year is not None and reference_date and prior_year == reference_date.year - 1)
        else None,
    )
    # qualifiers and offsets from the words around each date
    final = [_with_part(_qualify(text, a)) for a in out]
    taken = [(a.start, a.end) for a in final]
    for rm in sorted(_relative_windows(text), key=lambda r: r.start - r.end):  # longest first
        if not any(s < rm.end and rm.start < e for s, e in taken):
            final.append(rm)
            taken.append((rm.start, rm.end))
    final.sort(key=lambda a: a.start)
    return final


# ----------------------------------------------------------------------------- parts of a year
#: the months a season or a quarter spans (0 is the December before the year, 13 and 14
#: the next year's January and February: a winter may be either turn of its year); the
#: hemisphere is not known, so comparisons allow a month either side of a season
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (0, 14)}
QUARTERS = {"Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12), "H1": (1, 6), "H2": (7, 12)}
#: the parts of a year the prefixes name ("early 2023", "the end of 2023")
PARTS = {"early": (1, 6), "start": (1, 4), "mid": (4, 9), "late": (7, 12), "end": (9, 12)}
_SEASON = r"(?P<season>spring|summer|autumn|fall|winter)"
_SEASON_WORDS = ("spring", "summer", "autumn", "fall", "winter")
_QUARTER_WORDS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "final": 4,
    "last": 4,
}
# before a year: "the autumn of 2023", "spring 2022", "late summer 2021", "the third quarter of 2024", "Q3 2024"
_PART_BEFORE_YEAR = re.compile(
    rf"(?<![\w-])(?:(?:the\s+)?(?:(?:early|late|mid)[- ])?{_SEASON}(?:\s+of)?"
    r"|(?:the\s+)?(?P<q>first|1st|second|2nd|third|3rd|fourth|4th|final|last)\s+quarter(?:\s+of)?"
    r"|(?:the\s+)?(?P<h>first|second|latter)\s+half\s+of"
    r"|(?P<qn>Q[1-4]|H[12]))\s+$",
    re.I,
)
# a season said from the publication date: "last spring", "this autumn" (not "last spring's")
_SEASON_FROM_NOW = re.compile(
    rf"(?<![\w-])(?P<dir>last|this|next|past)\s+{_SEASON}(?![\w'’-]|\s+(?:of\s+)?[12]\d{{3}})", re.I
)
# a month said from the publication date: "last December", "this March" (not "last December's",
# "last December 2019", "last March 3")
_MONTH_FROM_NOW = re.compile(
    r"(?<![\w-])(?P<dir>last|this|next)\s+(?P<month>January|February|March|April|May|June|July|August|"
    r"September|October|November|December)(?![\w'’-]|\s*,?\s+\d)",
    re.I,
)
# a year said from the date before it: "the following year", "a year later", "two years
# earlier", "the year before" (not a window: "over the following year")
_YEAR_FROM_DATE = re.compile(
    r"(?<![\w-])(?:the\s+(?P<dir>following|previous|preceding)\s+year|the\s+year\s+(?P<dir2>before|after)(?!\s+(?:next|last|that))"
    r"|(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+(?P<dir3>later|earlier|afterwards|on))(?![\w-])"
    r"(?!\s+than\b)",
    re.I,
)
# a part of the year before publication: "late last year", "early last year", "at the end
# of last year" (a bare "last year" stays a window: "over the last year")
_PART_OF_LAST_YEAR = re.compile(
    r"(?<![\w-])(?:(?P<part>early|mid|late)[- ]|the\s+(?P<part2>start|end)\s+of\s+)last\s+year(?![\w'’-])", re.I
)
# a month said from the date before it: "the following month", "two months later"
_MONTH_FROM_DATE = re.compile(
    r"(?<![\w-])(?:the\s+(?P<dir>following|previous|preceding)\s+month"
    r"|(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months?\s+(?P<dir3>later|earlier|afterwards|on))(?![\w-])"
    r"(?!\s+than\b)",
    re.I,
)
# "fall" read as a season only where no verb's complement follows it ("bonds that fall due
# in 2027", "prices that fall sharply" are a verb): before punctuation, the end, or a word
# that opens a clause
_NOT_VERB_FALL = (
    r"(?:(?<=[Ff]all)(?=\s*[,.;:)]|\s*$|\s+(?:the|a|an|it|he|she|they|we|its|their|his|her|when|as|and)\b)"
    r"|(?<![Ff]all))"
)
# the year of the date before: "that autumn", "the same spring", "later that year"
_SAME_YEAR = re.compile(
    rf"(?<![\w-])(?:(?:that|the\s+same)\s+{_SEASON}{_NOT_VERB_FALL}|(?:later|earlier)\s+(?:that|the\s+same)\s+year|that\s+same\s+year)(?![\w-])",
    re.I,
)
# a season said from the date before it: "the following spring", "the previous autumn", "the
# winter after," (the first such season after or before that date)
_SEASON_FROM_DATE = re.compile(
    rf"(?<![\w-])(?:the\s+(?P<dir>following|next|previous|preceding)\s+{_SEASON}{_NOT_VERB_FALL}"
    rf"|the\s+{_SEASON.replace('season', 'season2')}\s+(?P<dir2>after|before)(?=\s*[,.;:)]))(?![\w'’-])",
    re.I,
)
_WINDOW_BEFORE = re.compile(r"(?:over|during|within|for|throughout|across|every|each|per)\s+$", re.I)


def _season_from_now(season: str, direction: str, ref: dt.date) -> int:
    """The year of "last spring", "this autumn", "next summer" said on ``ref``."""
    first, last = SEASONS[season]
    if direction == "this":
        return ref.year
    if direction in ("last", "past"):
        # the latest one over before the reference month
        year = ref.year if last < ref.month else ref.year - 1
        return year - 1 if last > 12 and ref.month <= last - 12 else year
    return ref.year if first > ref.month else ref.year + 1


def _parts_of_years(text: str, merged: list[DateMatch], ref: dt.date | None) -> list[DateMatch]:
    """A year with its season or quarter ("the autumn of 2023", "Q3 2024"), a season said
    from the publication date ("last spring") and a year said from the date before it
    ("the following year"): dates of a year, their part of it in ``extra["part"]`` (the
    months, :func:`part_months`), the relative ones resolved in :func:`_in_context`."""
    folded = ignorecase_fold(text)
    if ref is not None and ("last" in folded or "this" in folded or "next" in folded):
        merged = _months_from_now(text, merged, ref)
    if not any(
        w in folded
        for w in (
            "spring",
            "summer",
            "autumn",
            "fall",
            "winter",
            "quarter",
            "half",
            "q1",
            "q2",
            "q3",
            "q4",
            "h1",
            "h2",
            "year",
            "month",
        )
    ):
        return merged
    out = list(merged)
    for a in out:
        if a.date is None or a.end_date is not None or a.kind not in ("year", "date") or a.date.precision != "year":
            continue
        m = _PART_BEFORE_YEAR.search(text, max(0, a.start - 40), a.start)
        if not m or m.end() != a.start:
            continue
        g = m.groupdict()
        if g.get("season"):
            part = g["season"].lower()
        elif g.get("q"):
            part = f"Q{_QUARTER_WORDS[g['q'].lower()]}"
        elif g.get("h"):
            part = "H1" if g["h"].lower() == "first" else "H2"
        else:
            part = g["qn"].upper()
        a.start, a.kind = m.start(), "date"
        a.extra["part"] = part
    # the dates already read, by start (looked up by bisection: scanning them all for each
    # phrase was quadratic in a paragraph of many dates)
    starts = [a.start for a in out]
    reach = list(itertools.accumulate((a.end for a in out), max))

    def taken(m: re.Match[str]) -> bool:
        k = bisect.bisect_left(starts, m.end())
        return bool(k) and reach[k - 1] > m.start()

    found: list[DateMatch] = []
    # the words each pattern below needs (every match holds one): a pattern is not tried
    # on a text without them
    seasons = has_any(folded, _SEASON_WORDS)
    years = "year" in folded
    if ref is not None and "last" in folded:
        for m in _PART_OF_LAST_YEAR.finditer(text):
            d = _pd(ref.year - 1)
            if d is None:
                continue
            # in place of the window read in it ("last year")
            out = [a for a in out if not (a.kind == "relative" and m.start() <= a.start and a.end <= m.end())]
            part = (m.group("part") or m.group("part2")).lower()
            found.append(DateMatch(m.start(), m.end(), date=d, kind="date", year_inferred=True, extra={"part": part}))
        starts = [a.start for a in out]
        reach = list(itertools.accumulate((a.end for a in out), max))
    if ref is not None and seasons:
        for m in _SEASON_FROM_NOW.finditer(text):
            if taken(m):
                continue
            season = m.group("season").lower()
            year = _season_from_now(season, m.group("dir").lower(), ref)
            d = _pd(year)
            if d is not None:
                found.append(
                    DateMatch(m.start(), m.end(), date=d, kind="date", year_inferred=True, extra={"part": season})
                )
    same_year = ("that" in folded or "same" in folded) and (seasons or years)
    for m in _SAME_YEAR.finditer(text) if same_year else ():
        if not taken(m):
            season = (m.group("season") or "").lower()
            found.append(DateMatch(m.start(), m.end(), kind="relyear", extra={"shift": 0, "part": season or None}))
    for m in _SEASON_FROM_DATE.finditer(text) if seasons else ():
        if taken(m) or _WINDOW_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
            continue
        season = (m.group("season") or m.group("season2")).lower()
        back = (m.group("dir") or m.group("dir2")).lower() in ("previous", "preceding", "before")
        found.append(
            DateMatch(
                m.start(), m.end(), kind="relyear", extra={"shift": -1 if back else 1, "part": season, "season": 1}
            )
        )
    for m in _MONTH_FROM_DATE.finditer(text) if "month" in folded else ():
        if taken(m) or _WINDOW_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
            continue
        g = m.groupdict()
        n_raw = (g.get("n") or "1").lower()
        n = int(n_raw) if n_raw.isdigit() else NUMBER_WORDS.get(n_raw, 1)
        back = (g.get("dir") or g.get("dir3") or "").lower() in ("previous", "preceding", "earlier", "before")
        found.append(DateMatch(m.start(), m.end(), kind="relmonth", extra={"shift": -n if back else n}))
    for m in _YEAR_FROM_DATE.finditer(text) if years else ():
        if taken(m) or _WINDOW_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
            continue
        g = m.groupdict()
        n_raw = (g.get("n") or "1").lower()
        n = int(n_raw) if n_raw.isdigit() else NUMBER_WORDS.get(n_raw, 1)
        back = (g.get("dir") or g.get("dir2") or g.get("dir3") or "").lower() in (
            "previous",
            "preceding",
            "before",
            "earlier",
        )
        found.append(DateMatch(m.start(), m.end(), kind="relyear", extra={"shift": -n if back else n}))
    return sorted(out + found, key=lambda a: a.start) if found else out


def _months_from_now(text: str, out: list[DateMatch], ref: dt.date | None) -> list[DateMatch]:
    """A month said from the publication date ("last December", "this March", "next May"):
    the latest one before the publication month, that month's year, the next one after it,
    in place of the bare month read there."""
    if ref is None:
        return out
    for m in _MONTH_FROM_NOW.finditer(text):
        month = MONTHS[m.group("month").lower()]
        way = m.group("dir").lower()
        if way == "last":
            year = ref.year if month < ref.month else ref.year - 1
        elif way == "next":
            year = ref.year if month > ref.month else ref.year + 1
        else:
            year = ref.year
        d = _pd(year, month)
        if d is None:
            continue
        at = m.start("month")
        kept = [a for a in out if not (a.start == at and a.end <= m.end() + 1)]  # "March." read with its stop
        if len(kept) == len(out):
            continue  # the month was not read as a date there
        out = sorted(
            [*kept, DateMatch(m.start(), m.end(), date=d, kind="date", year_inferred=True)], key=lambda a: a.start
        )
    return out


def part_months(qualifier: str | None) -> tuple[int, int] | None:
    """The months (first, last; beyond 12 into the next year) of the part of a year a
    date's qualifier names ("autumn", "Q3", "late", "since early"), else None."""
    if not qualifier:
        return None
    word = qualifier.split()[-1]
    return SEASONS.get(word) or QUARTERS.get(word) or PARTS.get(word)


def _with_part(a: DateMatch) -> DateMatch:
    """The season or quarter of a year (:func:`_parts_of_years`) as its qualifier."""
    part = a.extra.get("part")
    if not part:
        return a
    return replace(a, qualifier=f"{a.qualifier} {part}" if a.qualifier else part)


def _relative_windows(text: str) -> list[DateMatch]:
    """ "the past five years", "two weeks ago", "recently" (they never overlap a written date)."""
    rels: list[DateMatch] = []
    folded = ignorecase_fold(text)
    for rx, needs in zip(_REL_RES, _REL_NEEDS):
        if not all(has_any(folded, words) for words in needs):
            continue  # a word every match holds is missing
        for m in rx.finditer(text):
            r = _relative(m)
            if r is not None:
                rels.append(DateMatch(m.start(), m.end(), relative=r, kind="relative"))
    return rels


def _merge_ranges(text: str, atoms: list[DateMatch]) -> list[DateMatch]:
    """Ranges: ATOM connector ATOM read as one."""
    merged: list[DateMatch] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        if i + 1 < len(atoms):
            b = atoms[i + 1]
            rng = _range(text, a, b, text[a.end : b.start])
            if rng is not None:
                merged.append(rng)
                i += 2
                continue
        merged.append(a)
        i += 1
    return merged


def _extend_to_today(text: str, merged: list[DateMatch], reference_date: dt.date) -> None:
    """ "since March 2020 to date": a range that ends on the reference date."""
    for k, a in enumerate(merged):
        tm = _TO_TODAY.match(text, a.end)
        if tm and a.date is not None and a.end_date is None and a.kind == "date":
            today = _pd(reference_date.year, reference_date.month, reference_date.day)
            if today is not None and a.date.first_day() <= reference_date:
                merged[k] = replace(a, end=tm.end(), end_date=today, extra={**a.extra, "range": True})


def _context_rejects(text: str, a: DateMatch) -> bool:
    """A reading its context says is no date (a bare year or month in the wrong place, a
    date glued to a number, "Long March 5"); accepts a bare year as a date."""
    if a.needs_range:
        return True
    if a.kind == "year":
        if not _bare_year_ok(text, a):
            return True
        a.kind = "date"
    elif a.kind == "month":
        if not _month_only_ok(text, a):
            return True
    elif a.kind in ("date", "decade") and a.extra.get("range") is None:
        if _glued_to_number(text, a.start, a.end) and not re.search(r"[A-Za-z]$", text[max(0, a.start - 1) : a.start]):
            return True
    return a.kind == "partial" and text[a.start : a.start + 1].isalpha() and _named_by_number(text, a)


def _in_context(
    text: str, merged: list[DateMatch], default_year: int | None, infer_years: bool, turned: dt.date | None = None
) -> list[DateMatch]:
    """The readings their context keeps, a yearless one given the year written last before
    it (``default_year`` before any, or the year before it when that would put the date
    after ``turned``, the reference date of a text whose text before last wrote the year
    before), a bare day the month too."""
    out: list[DateMatch] = []
    last_year: int | None = None
    last_month: int | None = None
    month_known = False
    for a in merged:
        if _context_rejects(text, a):
            continue
        if a.kind == "relyear":
            # "the following year": the year of the date before it in the text, shifted
            if last_year is None:
                continue
            shift = a.extra["shift"]
            if a.extra.pop("season", None) and month_known and last_month is not None:
                # "the following spring" after January 2022 is spring 2022, after October 2023
                first, last = SEASONS[a.extra["part"]]
                if shift > 0 and last_month < max(first, 1):
                    shift = 0
                elif shift < 0 and last_month > min(last, 12):
                    shift = 0
            d = _pd(last_year + shift)
            if d is None:
                continue
            a = replace(a, date=d, kind="date", year_inferred=True)
        if a.kind == "relmonth":
            # "two months later": the month of the date before it, shifted
            if last_year is None or last_month is None or not month_known:
                continue  # "in 2023 … a month later": which month, the text does not say
            months = last_year * 12 + last_month - 1 + a.extra["shift"]
            d = _pd(months // 12, months % 12 + 1)
            if d is None:
                continue
            a = replace(a, date=d, kind="date", year_inferred=True)
        if a.kind == "dayonly":
            if last_year is None or last_month is None:
                continue
            d = _pd(last_year, last_month, a.day)
            if d is None:
                continue
            a = replace(a, date=d, kind="date", year_inferred=True)
        if a.kind in ("partial", "month"):
            year = last_year if last_year is not None else default_year
            if not infer_years and last_year is None:
                year = None
            c = _complete(a, year)
            if c is not None and turned is not None and last_year is None and c.date is not None:
                if c.date.first_day() > turned:
                    c = _complete(a, turned.year - 1) or c
            if c is None:
                continue
            a = c
        if a.date is not None:
            last_year = (a.end_date or a.date).year
            last_month = (a.end_date or a.date).month or last_month
            month_known = (a.end_date or a.date).month is not None
        out.append(a)
    return out


def _range(text: str, a: DateMatch, b: DateMatch, gap: str) -> DateMatch | None:
    if not _RANGE_GAP.match(gap):
        return None
    word = gap.strip().lower()
    before = text[max(0, a.start - 12) : a.start].lower()
    spaced = gap != gap.strip()
    if word == "and" and not re.search(r"between\s+(?:the\s+)?$", before):
        return None
    if a.kind == "relative" or b.kind == "relative":
        return None
    if b.date is None:
        return None
    bd = b.date
    if a.kind in ("partial", "month", "year") and a.date is None or a.kind in ("partial", "month"):
        if word in ("-", "–", "—", "~") and spaced and not a.needs_range:
            return None  # "January 3 - February 1st" lists two dates
        if a.kind == "partial":
            start = _pd(bd.year, a.month, a.day)
        else:
            start = _pd(bd.year, a.month)
        if start is None:
            return None
        if a.kind == "month" and bd.precision == "day":
            return None
    else:
        start = a.date
        if start is None:
            return None
        if a.kind == "year" and b.kind == "year" and not (1000 <= start.year <= 2999):
            return None
    end = bd
    if a.kind == "decade" or b.kind == "decade":
        return None
    if start.first_day() > end.last_day():
        return None
    if word.startswith("to the start"):
        start_month, end_year = _pd(start.year, start.month or 1), _pd(end.year, 1)
        if start_month is None or end_year is None:
            return None
        start, end = start_month, end_year
    if a.kind == "year" and b.kind == "year" and (end.year - start.year) > 200:
        return None
    # "2014-2018" only when the pair is not glued to more numbers (phone numbers, codes)
    if _glued_to_number(text, a.start, b.end):
        return None
    r = DateMatch(a.start, b.end, date=start, end_date=end, kind="date")
    r.extra["range"] = True
    return r


_VAGUE_UNITS: dict[str, WindowUnit] = {"days": "day", "weeks": "week", "months": "month", "decades": "decade"}
_WINDOW_UNITS: dict[str, WindowUnit] = {u: u for u in get_args(WindowUnit)}


def _relative(m: re.Match[str]) -> RelativeWindow | None:
    g = m.groupdict()
    direction_raw = (g.get("dir") or g.get("dir2") or "").lower()
    unit_raw = (g.get("unit") or g.get("unit2") or "").lower()
    n_raw = (g.get("n") or "").lower()
    vague = False
    if direction_raw in ("recently", "lately", "recent"):
        vague_unit = _VAGUE_UNITS.get(unit_raw, "year")
        return RelativeWindow(text=m.group(0), amount=1, unit=vague_unit, direction="past", vague=True)
    direction: WindowDirection
    if direction_raw in ("past", "last", "previous", "preceding", "ago", "earlier"):
        direction = "past"
    elif direction_raw in ("next", "coming", "following", "hence") or direction_raw.startswith("from"):
        direction = "next"
    elif direction_raw == "this":
        direction = "current"
    else:
        return None
    amount = 1
    if n_raw:
        n_raw = re.sub(r"\s+", " ", n_raw)
        if n_raw.isdigit():
            amount = int(n_raw)
        else:
            amount = NUMBER_WORDS.get(n_raw, 1)
            vague = n_raw in ("few", "several", "couple of")
    unit_raw = re.sub(r"[- ]+", " ", unit_raw)
    unit: WindowUnit
    if unit_raw.startswith("quarter"):
        unit, amount = "year", amount * 25
    elif unit_raw.startswith("half"):
        unit, amount = "year", amount * 50
    elif unit_raw.startswith("centur"):
        unit, amount = "decade", amount * 10
    else:
        found = _WINDOW_UNITS.get(unit_raw.rstrip("s"))
        if found is None:
            return None
        unit = found
    return RelativeWindow(text=m.group(0), amount=amount, unit=unit, direction=direction, vague=vague)


def _shift(d: PartialDate, n: int, unit: str, sign: int) -> PartialDate | None:
    base = d.first_day()
    if unit.startswith("day"):
        nd = base + dt.timedelta(days=sign * n)
    elif unit.startswith("week"):
        nd = base + dt.timedelta(weeks=sign * n)
    elif unit.startswith("month"):
        months = base.year * 12 + base.month - 1 + sign * n
        nd = dt.date(months // 12, months % 12 + 1, min(base.day, 28))
    else:
        nd = dt.date(base.year + sign * n, base.month, min(base.day, 28))
    return _pd(nd.year, nd.month, nd.day)


def _qualify(text: str, a: DateMatch) -> DateMatch:
    if a.date is None:
        return a
    head = text[max(0, a.start - 60) : a.start]
    # offsets: "16 days from 01/02/2018"
    om = _OFFSET_RE.search(head)
    if om and om.group("n").lower() in ("a", "an") and _RATE_BEFORE.search(head, 0, om.start()):
        om = None  # "cut the crawl to 1% a month from 1 February": a rate, then the date it runs from
    if om and a.end_date is None:
        n_raw = om.group("n").lower()
        n = int(n_raw) if n_raw.isdigit() and len(n_raw) < 4000 else NUMBER_WORDS.get(n_raw, 0)
        sign = -1 if om.group("dir").lower().startswith(("before", "prior")) else 1
        shifted = _shift(a.date, n, om.group("unit").lower(), sign) if n else None
        if shifted is not None:
            return replace(a, start=a.start - (len(head) - om.start()), date=shifted)
    pm = _PREFIX_RE.search(head)
    if pm:
        g = pm.groupdict()
        q = g.get("q")
        part = g.get("part") or g.get("part2") or g.get("part3") or g.get("part4")
        if g.get("week"):
            part = "early" if g["week"].lower() in ("first", "opening") else "late"
        qual = None
        if q:
            q = re.sub(r"\s+", " ", q.lower())
            if q.startswith("starting"):
                q = "since"
            if q in (
                "since",
                "before",
                "after",
                "by",
                "until",
                "till",
                "as of",
                "no later than",
                "not later than",
                "later than",
                "earlier than",
                "greater than",
            ):
                qual = {
                    "till": "until",
                    "not later than": "no later than",
                    "later than": "after",
                    "greater than": "after",
                    "earlier than": "before",
                }.get(q, q)
            if q == "between" and a.end_date is None:
                pass
        if part:
            part = part.lower()
            part = {"beginning": "start", "middle": "mid"}.get(part, part)
            if a.kind != "decade" or not a.qualifier:
                qual = f"{qual} {part}".strip() if qual and qual != part else part
        if g.get("op"):
            op = g["op"].replace(" ", "")
            qual = {"<": "before", ">": "after", "<=": "by", ">=": "since", "=": None}.get(op)
        if qual and not a.qualifier:
            a = replace(a, qualifier=qual)
        elif (
            qual
            and a.kind == "decade"
            and a.qualifier in ("early", "mid", "late")
            and qual not in ("early", "mid", "late")
        ):
            a = replace(a, qualifier=f"{qual} {a.qualifier}")
    sm = _SUFFIX_RE.match(text[a.end : a.end + 20])
    if sm and not a.qualifier:
        s = sm.group("s").lower()
        a = replace(a, qualifier="before" if "earlier" in s else "since")
    return a


# ----------------------------------------------------------------------------- documents
_EVENT_PAREN = re.compile(
    r"(?:(?<=\s)|^)(?P<np>(?:[A-Z][\w’'.-]*|\d[\w-]*)(?:\s+(?:[A-Z][\w’'.-]*|\d[\w-]*|[a-z][a-z-]+)){0,4})\s*\($"
)
_EVENT_VERB = re.compile(
    r"\b(?P<v>(?:first\s+)?(?:[a-z]+ed|began|begun|built|held|won|made|set\s+up|took\s+place|founded|launched|signed))"
    r"(?:\s+[a-z]+ly)?\s+(?:in|on|during|by|since|around|until|as\s+early\s+as)\s+(?:the\s+)?(?:(?:early|mid|late)[- ])?$"
)
_EVENT_NOUN_BEFORE = re.compile(
    r"\b(?P<np>(?:[A-Z][\w-]*\s+){0,3}(?:[a-z]+\s+)?(?:launch|return|flight|reforms?|reorgani[sz]ation|agreement|"
    r"wars?|Wars?|summit|interview|visit|election|test|landing|mission|missions|amendment|plan|strategy|"
    r"exclusion|announcement|decision|deal|creation|establishment))\s+(?:in|of|by|on|during)\s+(?:the\s+)?$"
)
_EVENT_AFTER = re.compile(
    r"^\s+(?P<np>(?:[A-Z][\w’'-]*)(?:\s+[A-Z][\w’'-]*){0,3}"
    r"|(?!(?:and|were|was|with|from|have|has|that|this|also|through|until|when|which|saw|had)\b)[a-z]{4,})\b"
)
_EVENT_STOP = {
    "the",
    "a",
    "an",
    "its",
    "his",
    "her",
    "their",
    "this",
    "that",
    "with",
    "of",
    "in",
    "on",
    "to",
    "for",
    "and",
    "as",
    "by",
    "from",
    "at",
}


def _event(text: str, a: DateMatch) -> str | None:
    before = text[max(0, a.start - 80) : a.start]
    # "the Tianwen-3 mission (2028–2031)"
    if before.endswith("("):
        m = _EVENT_PAREN.search(before)
        if m:
            words = m.group("np").split()
            keep: list[str] = []
            for w in reversed(words):
                if w.lower() in _EVENT_STOP or w.endswith(","):
                    break
                keep.append(w)
            if keep:
                return " ".join(reversed(keep))
    m = _EVENT_VERB.search(before)
    if m:
        return re.sub(r"\s+", " ", m.group("v"))
    m = _EVENT_NOUN_BEFORE.search(before)
    if m:
        words = m.group("np").split()
        keep = []
        for w in reversed(words):
            if w.lower() in _EVENT_STOP or w.lower() in NUMBER_WORDS or w.endswith(("’s", "'s")):
                break
            keep.append(w)
        if keep:
            return " ".join(reversed(keep))
    # "the 2011 Wolf Amendment", "the 2024 reorganization"
    if re.search(r"\b[Tt]he\s+$", before):
        m = _EVENT_AFTER.match(text[a.end : a.end + 60])
        if m:
            return m.group("np")
    return None


def _mask(text: str) -> str:
    """URLs and CJK runs blanked (same length): no dates from links or Chinese text.

    A digit touching CJK text belongs to it ("小米15", "2024年").
    """
    if "://" in text or "www." in ignorecase_fold(text):  # what every URL holds
        text = _URL_RE.sub(lambda m: " " * len(m.group(0)), text)
    if text.isascii() or not _CJK_CHAR.search(text):
        return text
    return _CJK_RUN.sub(lambda m: "X" * len(m.group(0)), text)


def _options(unit: TextUnit) -> tuple[dt.date | None, bool]:
    md = unit.doc.metadata
    ref = md.publication_date
    extra = md.model_extra or {}
    locale = str(extra.get("locale") or extra.get("language") or "")
    day_first = bool(extra.get("day_first")) or str(extra.get("date_order", "")).upper().startswith("D")
    if locale and not locale.lower().startswith(("en-us", "en_us")) and locale.lower() not in ("en",):
        day_first = True
    if extra.get("reference_date") and ref is None:
        try:
            ref = dt.date.fromisoformat(str(extra["reference_date"])[:10])
        except ValueError:
            ref = None
    return ref, day_first


def _regions(unit: TextUnit) -> list[tuple[int, int]]:
    if not unit.in_footnote:
        return [(0, len(unit.text))]
    from claimcheck.extract.citations import footnote_parts  # the extractors load each other only when a run needs them

    return [(p.start, p.end) for p in footnote_parts(unit.text) if p.kind == "prose"]


def extract_dates(units: Iterable[TextUnit]) -> Iterator[DateClaim]:
    # the year each article's prose wrote last, for a yearless date of a later paragraph
    written: dict[int, int] = {}
    for unit in units:
        regions = _regions(unit)
        if not regions:
            continue
        ref, day_first = _options(unit)
        masked = _mask(unit.text)
        for r0, r1 in regions:
            # keep offsets: blank what lies outside the region
            view = " " * r0 + masked[r0:r1] + " " * (len(masked) - r1)
            prior = None if unit.in_footnote else written.get(unit.article)
            for a in find_dates(view, reference_date=ref, day_first=day_first, prior_year=prior):
                if a.date is not None and not unit.in_footnote and a.relative is None:
                    written[unit.article] = (a.end_date or a.date).year
                s, e = a.start, a.end
                if unit.text[s:e].strip() != unit.text[s:e]:
                    continue
                common = unit.common(s, e)
                # what happened on the date and to what ("the Council adopted the pact on …")
                h = happening(common["sentence"], unit.text[s:e]) if a.date and not a.end_date else None
                yield DateClaim(
                    **common,
                    date=a.date,
                    end_date=a.end_date,
                    relative=a.relative,
                    event=_event(unit.text, a),
                    happening=DateHappening(**h.summary) if h and h.words else None,
                    qualifier=a.qualifier,
                    year_inferred=a.year_inferred,
                )


#: a table row's label cell that names a happening: words only, one to six of them
#: ("Landing", "Entry into force", "Lunar orbit insertion"), no figure, no date
_ROW_LABEL = re.compile(r"[A-Za-z][A-Za-z’'-]*(?:\s+[A-Za-z][A-Za-z’'-]*){0,5}")
#: how a table's row separates its cells (``claimcheck.document``: "Landing | 22 March 2024")
_CELL_SEPARATOR = " | "


#: past forms a column heading may be without "-ed"/"-en" ("| Plant | Built |")
_PAST_HEADS = frozenset({"built", "set up", "held", "won", "begun", "shut"})
#: words of a column heading around its event ("Date opened", "Year of completion", "Opened (year)")
_HEAD_FILLER = re.compile(r"\b(?:date|dates|year|years|month|when|of|first|\(.*?\))\b|[():]", re.I)


def _column_event(heading: str) -> str | None:
    """The event a table column's heading names, as a past verb or a noun ("Opened" →
    "opened", "Date of completion" → "completion", "Entry into force"), or None: a heading
    of no event ("Cost", "Status", "Year")."""
    words = " ".join(_HEAD_FILLER.sub(" ", heading).split()).lower()
    if not words or len(words.split()) > 4 or event_class(words) is None:
        return None
    return words


def table_row_dates(doc: Document) -> Iterator[DateClaim]:
    """The dates of a table's label rows: a row whose first cell names something in words
    and one other cell of which is a date and nothing else ("| Landing | 22 March 2024 |",
    "| Entry into force | 1 January 2024 | 5.0% |"), read as the label's happening on that
    date: the claim's sentence is "The landing on 22 March 2024", so a milestone table
    dates its events as a sentence naming them by their nouns would. Not a row with two
    dates or none (a header, a row of figures by year), nor one whose label holds a figure.

    Tables are no prose (:data:`~claimcheck.document.PROSE_KINDS`), so :func:`extract_dates`
    never reads them; a rule that compares a table's milestones with the text asks here."""
    names: frozenset[str] | None = None  # read on the first label row
    for article in doc.articles:
        header: list[str] = []  # the cells of the first row of the table the row is in
        for i, block in enumerate(article.blocks):
            if block.kind != BlockKind.table or _CELL_SEPARATOR not in block.text:
                continue
            cells = block.text.split(_CELL_SEPARATOR)
            if i == 0 or article.blocks[i - 1].kind != BlockKind.table:
                header = [c.strip() for c in cells]
            label = cells[0].strip()
            if not _ROW_LABEL.fullmatch(label):
                continue
            unit = TextUnit(doc=doc, article=article.index, text=block.text, owner=block, block=i)
            ref, day_first = _options(unit)
            found: list[tuple[int, DateMatch, int]] = []
            offset = len(cells[0]) + len(_CELL_SEPARATOR)
            for column, cell in enumerate(cells[1:], 1):
                text = cell.strip()
                lead = len(cell) - len(cell.lstrip())
                whole = [
                    a
                    for a in find_dates(text, reference_date=ref, day_first=day_first)
                    if a.date is not None and a.relative is None and a.start == 0 and a.end == len(text)
                ]
                if whole:
                    found.append((offset + lead, whole[0], column))
                offset += len(cell) + len(_CELL_SEPARATOR)
            if len(found) != 1:
                continue
            start, a, column = found[0]
            s, e = start + a.start, start + a.end
            written = block.text[s:e]
            first = label.split()[0]
            if names is None:
                names = _names_in_prose(doc)
            # a common noun opens the label with a capital only as a cell's first word; a
            # name the document's prose writes with one inside a sentence keeps it ("Selene")
            noun = label if first in names else label[0].lower() + label[1:]
            # a column headed by an event ("| Line | Opened |", "| Reserve | Designated |",
            # "| Treaty | Entry into force |") dates that event of the row's label
            event = _column_event(header[column]) if column < len(header) else None
            if event is None or event_class(label) is not None:
                sentence = f"The {noun} on {written}"
            elif event.endswith(("ed", "en")) or event in _PAST_HEADS:
                sentence = f"The {noun} was {event} in {written}"
            else:
                sentence = f"The {event} of the {noun} in {written}"
            h = happening(sentence, written) if not a.end_date else None
            yield DateClaim(
                **{**unit.common(s, e), "sentence": sentence},
                date=a.date,
                end_date=a.end_date,
                relative=a.relative,
                event=noun,
                happening=DateHappening(**h.summary) if h and h.words else None,
                qualifier=a.qualifier,
                year_inferred=a.year_inferred,
            )


def heading_dates(doc: Document) -> Iterator[DateClaim]:
    """The dates of a document's headings that qualify a noun ("## Three years on from the
    2022 vote", "## Pensions policy after the 2018 ruling"), each with its heading as its
    sentence: a heading names the happening its section is about, so the date it gives that
    happening is one the text may give otherwise. Not a range, a relative date or a date
    with nothing after it ("## 2019"). Headings are no prose, so :func:`extract_dates` never
    reads them; DT001 asks here."""
    for article in doc.articles:
        for i, block in enumerate(article.blocks):
            if block.kind != BlockKind.heading:
                continue
            unit = TextUnit(doc=doc, article=article.index, text=block.text, owner=block, block=i)
            ref, day_first = _options(unit)
            for a in find_dates(block.text, reference_date=ref, day_first=day_first):
                if a.date is None or a.end_date is not None or a.relative is not None:
                    continue
                if not re.match(r"\s+[a-z]", block.text[a.end :]):
                    continue  # the date qualifies no noun
                yield DateClaim(
                    **{**unit.common(a.start, a.end), "sentence": block.text},
                    date=a.date,
                    qualifier=a.qualifier,
                    year_inferred=a.year_inferred,
                )


def _names_in_prose(doc: Document) -> frozenset[str]:
    """The words the document's prose writes with a capital inside a sentence (after a
    word in lower case): its names ("the Selene lander")."""
    return frozenset(
        m.group(1)
        for article in doc.articles
        for block in article.blocks
        if block.is_prose
        for m in _NAME_INSIDE.finditer(block.text)
    )


_NAME_INSIDE = re.compile(r"(?<=[a-z,] )([A-Z][\w’'-]*)")
