"""A cover date with its month spelt out is read without dateparser, as dateparser reads it."""

from __future__ import annotations

import itertools

import dateparser

from claimcheck.ingest.pdftext import _spelt_date


def test_spelt_cover_dates_read_as_dateparser_reads_them():
    months = ["January", "feb", "MAR", "April", "May", "Jun", "july", "AUGUST", "Sep", "Oct", "November", "dec"]
    checked = 0
    for month, day, year, month_first in itertools.product(months, [0, 1, 29, 30, 31], [2024, 2025], [True, False]):
        raw = f"{month} {day}, {year}" if month_first else f"{day} {month} {year}"
        known, date = _spelt_date(raw)
        assert known, raw
        parsed = dateparser.parse(
            raw, languages=["en"], settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]}
        )
        assert date == (parsed.date() if parsed is not None else None), raw
        checked += 1
    assert checked == 240


def test_unusual_forms_are_left_to_dateparser():
    for raw in ("Sept 3, 2025", "3 Febr 2025", "March 3, 0999", "2025-03-03", "March 2025"):
        assert _spelt_date(raw) == (False, None), raw
    assert _spelt_date("Feb. 18, 2025")[1] is not None
