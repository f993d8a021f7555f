"""Dates that outlets write into their URLs, and what a well-formed URL looks like."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from urllib.parse import urlsplit

from publicsuffixlist import PublicSuffixList

from claimcheck.claims.models import PartialDate

# Each shape: a regex with named groups y, m, d (m and d optional). Tried in order; the
# most precise match wins. Shapes seen at real outlets:
#   /2024/09/24/  /2024/0924/ (n1/2024/0424)  2024_01_20  202409/t20240923  2020-12/17
#   /20241120/  /2024-06/06/  2004-08-20  /202404/  /2024/08/  2024n2y (年月)
_SHAPES = [
    re.compile(r"(?<![\d])(?P<y>(?:19|20)\d\d)[/_-](?P<m>[01]\d)[/_-](?P<d>[0-3]\d)(?![\d])"),
    re.compile(r"(?<![\d])(?P<y>(?:19|20)\d\d)/(?P<m>[01]\d)(?P<d>[0-3]\d)(?=/)"),
    re.compile(r"(?<![\d])(?:19|20)\d\d[01]\d/t(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?![\d])"),
    re.compile(r"(?<![\dA-Za-z])(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?![\d])"),
    re.compile(r"(?<![\d])(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?=/)"),
    re.compile(r"/(?P<y>(?:19|20)\d\d)[/-](?P<m>[01]\d)/"),
    re.compile(r"(?<![\d])(?P<y>(?:19|20)\d\d)n(?P<m>1[0-2]|0?[1-9])y"),
    re.compile(r"/(?P<y>(?:19|20)\d\d)/"),
]


def url_date(url: str) -> tuple[PartialDate, str] | None:
    """The most precise date written in a URL's path, with the text it was read from."""
    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. an invalid IPv6 literal: no date to read
        return None
    path = parts.path + ("?" + parts.query if parts.query else "")
    best: tuple[PartialDate, str] | None = None
    for shape in _SHAPES:
        for m in shape.finditer(path):
            g = m.groupdict()
            try:
                y = int(g["y"])
                mo = int(g["m"]) if g.get("m") else None
                d = int(g["d"]) if g.get("d") else None
                if mo is not None and not 1 <= mo <= 12:
                    continue
                if d is not None:
                    dt.date(y, mo, d)  # type: ignore[arg-type]
                pd = PartialDate(year=y, month=mo, day=d)
            except ValueError:
                continue
            rank = {"day": 3, "month": 2, "year": 1}[pd.precision]
            if best is None or rank > {"day": 3, "month": 2, "year": 1}[best[0].precision]:
                best = (pd, m.group(0).strip("/"))
        if best is not None and best[0].precision == "day":
            break
    return best


def disagree(a: PartialDate, b: PartialDate, tolerance_days: int) -> bool:
    """Do two dates disagree at the precision both have (with a tolerance for days)?"""
    if a.year != b.year:
        if a.precision == "day" and b.precision == "day":
            return abs((a.first_day() - b.first_day()).days) > tolerance_days
        return True
    if a.month is None or b.month is None:
        return False
    if a.day is None or b.day is None:
        return a.month != b.month
    return abs((a.first_day() - b.first_day()).days) > tolerance_days


@lru_cache(maxsize=1)
def _suffixes() -> PublicSuffixList:
    # the Public Suffix List as the package ships it (offline); unknown endings are not TLDs
    return PublicSuffixList(accept_unknown=False)


def host_problem(host: str) -> str | None:
    """Why a host cannot be a public web host (cut off before its top-level domain), or None.

    Judged against the Public Suffix List, so internationalised names (``例子.中国``) and
    new top-level domains pass, while ``www.example`` (cut off before ``.com``) does not."""
    host = host.rstrip(".").lower()
    if not host or host == "localhost" or re.fullmatch(r"[\d.]+|[0-9a-f:]+", host):
        return None
    try:
        suffix = _suffixes().publicsuffix(host)
    except (ValueError, UnicodeError):
        suffix = None
    if suffix is None:
        return f"host '{host}' has no top-level domain: the URL looks cut off"
    if suffix == host:
        return f"host '{host}' is only a public suffix: the URL looks cut off"
    return None


def url_problem(url: str) -> str | None:
    """Why a URL looks broken, or None."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        return "cannot be parsed"
    if not host:
        return "has no host"
    problem = host_problem(host)
    if problem:
        return problem
    if url.endswith(("%20", "%0A", "%09")):
        return "ends with an encoded space or line break"
    if url.endswith(("-", "_", "…", "...")):
        return "ends with a hyphen or an ellipsis: the URL looks cut off"
    if " " in url:
        return "contains a space"
    for o, c in ("()", "[]"):
        if url.count(o) != url.count(c):
            return f"has unbalanced '{o}{c}'"
    return None
