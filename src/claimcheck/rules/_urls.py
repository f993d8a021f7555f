"""Dates that outlets write into their URLs, and what a well-formed URL looks like."""

from __future__ import annotations

from typing import Any
import datetime as dt
from claimcheck import lazyre as re
from functools import lru_cache
from urllib.parse import urlsplit

from publicsuffixlist import PublicSuffixList

from claimcheck.claims.models import PartialDate
from claimcheck.text import find_urls

# Each shape: a regex with named groups y, m, d (m and d optional). Tried in order; the
# most precise match wins. Shapes seen at real outlets:
#   /2024/09/24/  /2024/0924/ (n1/2024/0424)  2024_01_20  202409/t20240923  2020-12/17
#   /20241120/  /2024-06/06/  2004-08-20  /202404/  /2024/08/  2024n2y (年月)  /2017/8/9/
# and a date whose hyphen `pdftotext` dropped where the URL broke across lines ("…-2024-" /
# "06-30.pdf" comes out as "202406-30.pdf")
_SHAPES = [
    re.compile(r"(?<![\d])(?P<y>(?:19|20)\d\d)[/_-](?P<m>[01]\d)[/_-](?P<d>[0-3]\d)(?![\d])"),
    re.compile(r"(?<![\d])(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d])"),
    re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>1[0-2]|[1-9])/(?P<d>3[01]|[12]\d|[1-9])/"),
    # the month by its English name or abbreviation: /2021/oct/31/ (a newspaper's archive)
    re.compile(
        r"/(?P<y>(?:19|20)\d\d)/(?P<mn>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|"
        r"april|june|july|august|september|october|november|december)/(?P<d>3[01]|[12]\d|0?[1-9])(?=/|$)",
        re.I,
    ),
    re.compile(r"(?<![\d])(?P<y>(?:19|20)\d\d)/(?P<m>[01]\d)(?P<d>[0-3]\d)(?=/)"),
    re.compile(r"(?<![\d])(?:19|20)\d\d[01]\d/t(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?![\d])"),
    # (not the date that starts a record number: "20230414IPR80120" is when the record was
    # opened, days before what it holds was published)
    re.compile(r"(?<![\dA-Za-z])(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?![\d])(?![A-Za-z]+\d)"),
    re.compile(r"(?<![\d])(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?=/)"),
    re.compile(r"/(?P<y>(?:19|20)\d\d)[/-](?P<m>[01]\d)/"),
    re.compile(r"(?<![\d])(?P<y>(?:19|20)\d\d)n(?P<m>1[0-2]|0?[1-9])y"),
    re.compile(r"/(?P<y>(?:19|20)\d\d)/"),
]


_MONTH_ABBR = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}

_UPLOAD_FOLDER = re.compile(r"/(?:wp-content/uploads|sites/default/files|uploads)/(?:19|20)\d\d/(?:[01]\d/)?", re.I)


def url_date(url: str) -> tuple[PartialDate, str] | None:
    """The most precise date written in a URL's path, with the text it was read from."""
    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. an invalid IPv6 literal: no date to read
        return None
    path = parts.path + ("?" + parts.query if parts.query else "")
    # a content system's upload folder ("/wp-content/uploads/2010/01/") is when a file was
    # uploaded, not when what it holds was published
    path = _UPLOAD_FOLDER.sub("/", path)
    best: tuple[PartialDate, str] | None = None
    for shape in _SHAPES:
        for m in shape.finditer(path):
            g = m.groupdict()
            try:
                y = int(g["y"])
                mo = int(g["m"]) if g.get("m") else _MONTH_ABBR.get((g.get("mn") or "").lower()[:3])
                d = int(g["d"]) if g.get("d") else None
                if mo is not None and not 1 <= mo <= 12:
                    continue
                if d is not None:
                    dt.date(y, mo, d)  # type: ignore[arg-type]  # the pattern gives a day only with a month
                pd = PartialDate(year=y, month=mo, day=d)
            except ValueError:
                continue
            rank = {"day": 3, "month": 2, "year": 1}[pd.precision]
            if best is None or rank > {"day": 3, "month": 2, "year": 1}[best[0].precision]:
                best = (pd, m.group(0).strip("/"))
        if best is not None and best[0].precision == "day":
            break
    return best


def serial_like(written: str) -> bool:
    """Is a URL date written "YYYY/NNNN" ("/1986/0114/"), where the four digits may as well
    be a serial number (an act's, a bulletin's) as a month and day?"""
    return re.fullmatch(r"\d{4}/\d{4}", written) is not None


def disagree(a: PartialDate, b: PartialDate, tolerance_days: int) -> bool:
    """Do two dates disagree at the precision both have (with a tolerance for days)?"""
    if a.year != b.year:
        if a.precision == "day" and b.precision == "day":
            return abs((a.first_day() - b.first_day()).days) > tolerance_days
        return True
    if a.month is None or b.month is None:
        return False
    if a.day is None or b.day is None:
        # a month against a day in it, or in the days either side of it (time zones)
        slack = dt.timedelta(days=tolerance_days)
        return a.first_day() > b.last_day() + slack or b.first_day() > a.last_day() + slack
    return abs((a.first_day() - b.first_day()).days) > tolerance_days


@lru_cache(maxsize=1)
def _suffixes() -> PublicSuffixList:
    # the Public Suffix List as the package ships it (offline); unknown endings are not TLDs.
    # Parsing it takes a short run's tenth of a second: the parsed list is kept in the cache
    # folder (claimcheck.cache), tied to the installed list file.
    import publicsuffixlist

    from claimcheck import cache

    def build() -> dict[str, Any]:
        return dict(vars(PublicSuffixList(accept_unknown=False)))

    state = cache.load_or_build("psl", [publicsuffixlist.PSLFILE, publicsuffixlist.__file__], build)
    psl = PublicSuffixList.__new__(PublicSuffixList)
    psl.__dict__.update(state)
    return psl


#: the names RFC 2606 and RFC 6761 keep for documentation and tests
_RESERVED = frozenset({"example", "test", "invalid"})


def _placeholder(host: str) -> bool:
    """Is ``host`` a documentation placeholder, not a cut-off name: a reserved name with a
    name before it and another label after it ("www.agency.example.za", "data.example.gob"),
    or a reserved ending under a name of its own ("files.harbour.example", "site.test")?
    "www.example" (cut off before its ".com") is none: only "www" stands before the name."""
    labels = host.split(".")
    named = [i for i, label in enumerate(labels) if label in _RESERVED]
    if not named or "" in labels:  # (a doubled dot, "agency.example..org", is a slip all the same)
        return False
    i = named[-1]
    before = [label for label in labels[:i] if label != "www"]
    return i < len(labels) - 1 or bool(before)


def host_problem(host: str) -> str | None:
    """Why a host cannot be a public web host (cut off before its top-level domain), or None.

    Judged against the Public Suffix List, so internationalised names (``例子.中国``) and
    new top-level domains pass, while ``www.example`` (cut off before ``.com``) does not."""
    host = host.rstrip(".").lower()
    # an IP address: digits and dots, or hexadecimal groups with colons ("afdc" is a name)
    if not host or host == "localhost" or re.fullmatch(r"[\d.]+|[0-9a-f]*:[0-9a-f:]*", host):
        return None
    if _placeholder(host):
        return None
    try:
        suffix = _suffixes().publicsuffix(host)
    except (ValueError, UnicodeError):
        suffix = None
    if suffix is None:
        return f"host '{host}' has no top-level domain: the URL looks cut off"
    if suffix == host:
        return f"host '{host}' is only a public suffix: the URL looks cut off"
    if host == f"www.{suffix}" and "." not in suffix and len(suffix) > 2:
        # "www.youtube": a brand's top-level domain right after "www", the ".com" lost
        return f"host '{host}' has only 'www' before its top-level domain: the URL looks cut off"
    return None


def url_problem(url: str) -> str | None:
    """Why a URL looks broken, or None."""
    bad_start = malformed_scheme(url)
    if bad_start is not None:
        return f"has a malformed scheme '{bad_start}'"
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        return "cannot be parsed"
    if not host:
        return "has no host"
    encoded = re.search(r"%[0-9A-Fa-f]{2}", host)
    if encoded:
        return f"has an encoded character '{encoded.group(0)}' in its host"
    stray = None if ":" in host else _NOT_HOST.search(host)  # an IPv6 literal has colons
    if stray:  # "https://www,example.org": a mark typed for the dot
        return f"has a '{stray.group(0)}' in its host '{host}', which no host name holds"
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


# a character no host name holds (letters of any script, digits, hyphens, dots and the
# underscore some hosts use are all a host has)
_NOT_HOST = re.compile(r"[^\w.-]")
# what follows a URL cut by a space inside it: up to three words and then the rest of a path
# ("/2024/05/note.html") or a file name ("march 2025.pdf"), with no punctuation between
_CONTINUED = re.compile(
    r"[ \t]+(?P<rest>(?:[\w-]+[ \t]+){0,3}(?P<last>/[\w./-]*\w|[\w-]+\.(?P<ext>[A-Za-z]{2,5})))(?=[.,;:)]?(?:\s|$))"
)


def continued_after_space(text: str, end: int) -> str | None:
    """The rest of a URL that a space cut off ("…/reports/quarterly march 2025.pdf"): the words
    after the URL ending at ``end`` in ``text`` when they end in a path ("/2024/05/note.html")
    or a file name whose ending is no top-level domain (not "via archive.org"); else None."""
    m = _CONTINUED.match(text, end)
    if m is None or "://" in m.group("rest"):
        return None
    if m.group("ext"):
        try:
            if _suffixes().publicsuffix(m.group("ext").lower()) is not None:
                return None  # a host named after the URL ("via archive.org"), not a file
        except (ValueError, UnicodeError):
            return None
    return m.group("rest")


# A word that is meant as "http" or "https" (at most one letter wrong), then a separator,
# then a host. Used only to find URLs broken before their host, which the URL pattern of
# the readers (``https?://``) does not see at all.
_BROKEN_START = re.compile(
    r"(?<![\w.:/@%&=?#+-])(?P<scheme>[a-z]{3,6})(?P<sep>:?/{1,3}|:\\{1,3}|;/{1,2})"
    r"(?P<host>[^\W_](?:[\w-]*[^\W_])?(?:\.[^\W_](?:[\w-]*[^\W_])?)+)",
    re.IGNORECASE,
)


def _one_edit(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` at most one letter apart (insert, delete or change)?"""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) <= 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def malformed_scheme(url: str) -> str | None:
    """The malformed start of a URL meant as ``http(s)://`` ("https//", "http:/",
    "https:///", "htps://"), or None when the start is well formed or not a URL's."""
    m = re.match(r"(?i)([a-z]{3,6})(:?/{1,}|:\\+|;/+)", url)
    if not m:
        return None
    scheme, sep = m.group(1).lower(), m.group(2)
    if not (_one_edit(scheme, "http") or _one_edit(scheme, "https")):
        return None
    if scheme in ("http", "https") and sep == "://":
        return None
    return m.group(0)


def find_broken_urls(text: str) -> list[tuple[int, int, str]]:
    """URLs in ``text`` that are broken before their host, as ``(start, end, url)``.

    Only where a URL is clearly meant: a word that is "http" or "https" with at most one
    letter wrong, a separator with a colon or a slash missing, extra or wrong, and a host
    whose ending is on the Public Suffix List ("https//example.org/a", "http:/example.es",
    "htps://example.com"). Well-formed URLs (and text inside them) are left out."""
    good = find_urls(text)
    out = []
    for m in _BROKEN_START.finditer(text):
        if any(s <= m.start() < e for s, e, _ in good):
            continue
        start = m.group("scheme") + m.group("sep")
        if malformed_scheme(start + "x") != start or start.lower().endswith(":///"):
            continue  # well formed; or "https:///", which the readers' pattern sees
        host = m.group("host")
        if host_problem(host) is not None or "." not in host.strip("."):
            continue
        try:
            if _suffixes().publicsuffix(host.lower()) is None:
                continue
        except (ValueError, UnicodeError):
            continue
        # trim the URL's end as the readers do, on a well-formed copy of it
        rest = find_urls("http://" + text[m.start("host") :])
        if not rest or rest[0][0] != 0:
            continue
        end = m.start("host") + rest[0][1] - len("http://")
        out.append((m.start(), end, text[m.start() : end]))
    return out
