"""A note mark after a semicolon closes the clause before it: a figure in a later clause of
the same sentence does not take that note as its source; a mark at the sentence's end
supports every clause. Sentences written for these tests."""

from __future__ import annotations

import pytest

from claimcheck.document import Source
from claimcheck.extract.dates import extract_dates
from claimcheck.extract.text import iter_units
from claimcheck.ingest.markdown import read_markdown

_NOTES = "\n\n[^1]: Port Office, “Annual review”, 3 May 2025.\n[^2]: Harbour Board, “Quarterly”, 9 July 2024.\n"


def _footnotes_of(body: str, date: str) -> tuple[str, ...]:
    doc = read_markdown(Source("d.md", "# A\n\n" + body + _NOTES))
    return next(c.footnotes for c in extract_dates(list(iter_units(doc))) if c.text.endswith(date))


@pytest.mark.parametrize(
    "body",
    [
        "Berths rose to 40 in 2019;[^1] the backlog stood at 300 ships as of 31 March 2024.[^2]",
        "Fees doubled;[^1] dredging resumed in June 2024, as the board had promised.[^2]",
        "The quay was rebuilt after the storm;[^1] traffic returned in August 2024.[^2]",
    ],
)
def test_a_mark_after_a_semicolon_is_the_earlier_clauses(body):
    assert _footnotes_of(body, "2024") == ("2",)


@pytest.mark.parametrize(
    "body",
    [
        "Berths rose to 40 in 2019; the backlog stood at 300 ships as of 31 March 2024.[^1]",
        "Dredging resumed in June 2024;[^1] fees doubled.[^2]",
    ],
)
def test_a_mark_after_the_figure_still_supports_it(body):
    assert "1" in _footnotes_of(body, "2024")
