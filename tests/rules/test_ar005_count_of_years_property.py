"""AR005 on a bare "N years ago, in YEAR", for any publication date and count: silent exactly
when the year is N years before the publication year, or N + 1 when the publication falls in
the first half of its year (the thing may have fallen late in its year, and the time gone by
rounds to N), and hedged counts keep their two years either side."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.config import Settings
from claimcheck.data.numberwords import ONES, pick
from claimcheck.ingest import load_document
from claimcheck.pipeline import build_rules, check_document

_WORDS = {v: k for k, v in pick(ONES, "two", "nineteen").items()}


def _agrees(pub: dt.date, n: int, back: int) -> bool:
    """Is a year ``back`` years before the publication year "N years ago"? N, or N + 1 in the
    first half of the publication's year (December of that year rounds to N years then)."""
    return back == n or back == n + 1 and pub.month <= 6


def _findings(pub: dt.date, text: str) -> list[str]:
    draft = f"---\npublication_date: {pub.isoformat()}\n---\n# Notes\n\n{text}\n"
    doc = load_document("draft.md", data=draft.encode("utf-8"))
    settings = Settings(select=["AR005"])
    kept, _ = check_document(doc, build_rules(settings), settings, None)
    return [f.message for f in kept if f.rule == "AR005"]


@given(
    pub=st.dates(dt.date(1995, 1, 1), dt.date(2060, 12, 31)),
    n=st.integers(2, 19),
    back=st.integers(0, 23),
    words=st.booleans(),
    first=st.booleans(),
)
@settings(max_examples=150, deadline=None)
def test_a_bare_count_of_years_allows_n_or_n_plus_one_early_in_the_year(
    pub: dt.date, n: int, back: int, words: bool, first: bool
) -> None:
    year = pub.year - back
    count = _WORDS[n] if words else str(n)
    if first:
        text = f"{count.capitalize()} years ago, in {year}, the harbour wall was rebuilt."
    else:
        text = f"The harbour wall was rebuilt in {year}, {count} years ago, after a storm."
    found = _findings(pub, text)
    assert bool(found) != _agrees(pub, n, back), (text, pub, found)


@given(pub=st.dates(dt.date(1995, 1, 1), dt.date(2060, 12, 31)), n=st.integers(3, 19), back=st.integers(0, 23))
@settings(max_examples=100, deadline=None)
def test_about_a_count_allows_two_years_either_side(pub: dt.date, n: int, back: int) -> None:
    found = _findings(pub, f"About {n} years ago, in {pub.year - back}, the harbour wall was rebuilt.")
    assert bool(found) == (abs(back - n) > 2), (n, back, found)


@given(
    pub=st.dates(dt.date(1995, 1, 1), dt.date(2060, 12, 31)),
    n=st.integers(2, 19),
    back=st.integers(0, 23),
    stress=st.sampled_from(["a full", "fully", "exactly", "only", "a whole"]),
    first=st.booleans(),
)
@settings(max_examples=100, deadline=None)
def test_a_stressed_count_reads_as_the_count(pub: dt.date, n: int, back: int, stress: str, first: bool) -> None:
    """ "a full thirty years ago", "exactly ten years ago": the stress keeps the count as it is
    (N years, or N + 1 early in the publication's year), in either order."""
    year = pub.year - back
    if first:
        text = f"{stress.capitalize()} {_WORDS[n]} years ago, in {year}, the harbour wall was rebuilt."
    else:
        text = f"The harbour wall was rebuilt in {year}, {stress} {_WORDS[n]} years ago, after a storm."
    found = _findings(pub, text)
    assert bool(found) != _agrees(pub, n, back), (text, pub, found)
