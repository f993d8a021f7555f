"""Month names as written in English text and citations, for every date reader."""

from __future__ import annotations

_NAMES = (
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("may",),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sep", "sept"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
)

#: lower-case month name or abbreviation -> month number
MONTHS: dict[str, int] = {name: i for i, names in enumerate(_NAMES, start=1) for name in names}

#: full month names only
MONTH_NAMES: frozenset[str] = frozenset(names[0] for names in _NAMES)

#: weekday names in full
WEEKDAY_NAMES: frozenset[str] = frozenset(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
)
