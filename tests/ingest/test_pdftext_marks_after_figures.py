"""Note marks that `pdftotext` writes right after a figure and its punctuation: after an
amount with its pence or cents and the sentence's full stop ("£4.75.2"), after a figure and
a semicolon, a closing bracket or a closing quotation mark ("in 2019;2", "(2021)2",
"“Plan 2040”2"), and a sentence's end with its mark alone on a line ("at 2023 prices). 2"),
which is no table row. The sentences were written for these tests."""

from __future__ import annotations

import pytest

from claimcheck.document import Source
from claimcheck.ingest.pdftext import read_pdf_text


def _refs(body: str, notes: int = 3) -> list[int]:
    tail = "".join(
        f"{n} Statistics Office {n}, “Bulletin {n},” 202{n}, https://stats.example.org/{n}.\n"
        for n in range(1, notes + 1)
    )
    doc = read_pdf_text(Source("t.txt", body + "\n\n" + tail))
    return [r.number for r in doc.iter_refs()]


@pytest.mark.parametrize(
    "first",
    [
        "A season ticket for the ferry cost £4.75.1 Fares rose in spring.",
        "The median wage in the sector was $18.40.1 Few employers paid more.",
        "Each permit costs €1,250.00.1 Renewals cost less.",
        "The levy per passenger was A$12.60,1 and it rose in March.",
        "Visitors paid HK$35.50.1",
    ],
)
def test_a_mark_after_an_amount_with_its_decimals(first):
    body = first + " Others followed the same path.2 The rest waited.3"
    assert _refs(body) == [1, 2, 3]


@pytest.mark.parametrize(
    "first",
    [
        "Arrivals fell to 2.1 million in 2021, against 2.9 million in 2018;1 the ports were shut.",
        "The yard opened in the first year of the plan (2016)1 and hired at once.",
        "The council called its strategy “Harbour 2040”1 and published it in June.",
        "Average waits were 14 weeks in 2022 [provisional]1 and longer in winter.",
    ],
)
def test_a_mark_after_a_figure_and_a_semicolon_bracket_or_quote(first):
    body = first + " Others followed the same path.2 The rest waited.3"
    assert _refs(body) == [1, 2, 3]


@pytest.mark.parametrize(
    "body",
    [
        # a version, a section number and a decimal with no currency: the stop may be a point
        "The patch shipped as release 12.5.1 The fix followed.2 The rest waited.3",
        "Prices are listed as £4.75.10 and upward.2 The rest waited.3",
        # figures set apart by semicolons are a list, not a figure and a mark
        "The scores were 4;1;5 in the three rounds.2 The rest waited.3",
    ],
)
def test_no_mark_where_the_figure_may_go_on(body):
    assert 1 not in _refs(body)


@pytest.mark.parametrize(
    "sentence",
    [
        "The budget for the year was £90 million (about €105 million at\n2024 prices). 1",
        "Passenger numbers recovered only slowly after the long closure in\n2021. 1",
        "The report described the new rules as “a step towards the right\ndirection”. 1",
    ],
)
def test_a_sentence_end_and_its_mark_alone_on_a_line_is_text(sentence):
    body = sentence + "\n\nThe second paragraph says more about it. 2\n\nThe third one ends the section. 3"
    doc = read_pdf_text(
        Source(
            "t.txt",
            body
            + "\n\n"
            + "".join(
                f"{n} Statistics Office {n}, “Bulletin {n},” 202{n}, https://stats.example.org/{n}.\n"
                for n in (1, 2, 3)
            ),
        )
    )
    kinds = [b.kind.value for b in doc.iter_blocks()]
    assert "table" not in kinds


def test_a_table_row_of_a_label_and_figures_stays_a_table_row():
    text = "Arrivals by year\n\nWales 2024 41\nScotland 2024 57\n\nThe figures are provisional and may change.\n"
    doc = read_pdf_text(Source("t.txt", text))
    assert [b.kind.value for b in doc.iter_blocks()].count("table") >= 1


def _refs_without(body: str, missing: int, notes: int = 4) -> list[int]:
    tail = "".join(
        f"{n} Statistics Office {n}, “Bulletin {n},” 202{n}, https://stats.example.org/{n}.\n"
        for n in range(1, notes + 1)
        if n != missing
    )
    doc = read_pdf_text(Source("t.txt", body + "\n\n" + tail))
    return [r.number for r in doc.iter_refs()]


@pytest.mark.parametrize(
    "third",
    [
        "The regulator had reclassified 3,000 couriers by the end of 2022.3 Complaints rose.",
        "The scheme closed to new members in March 2021.3",
        "Most depots had switched to electric vans in 2019.3 A few kept diesel.",
    ],
)
def test_the_next_mark_after_a_year_is_read_without_its_note(third):
    """The note is missing (a slip FN002 reports), the mark after the year is still one."""
    body = "The first step came early.1 The second followed.2 " + third + " The last came later.4"
    assert _refs_without(body, 3) == [1, 2, 3, 4]


@pytest.mark.parametrize(
    "third",
    [
        "Spending reached 2022.3 per cent of the target, an odd figure.",
        "The index stood at 1998.3 and fell.",
    ],
)
def test_a_year_like_figure_going_on_is_no_mark(third):
    body = "The first step came early.1 The second followed.2 " + third + " The last came later.4"
    assert 3 not in _refs_without(body, 3)


@pytest.mark.parametrize(
    "first",
    [
        "Operators put the shortage of drivers at around 12,000.1 Pay rose soon after.",
        "The port handled 1,250,000.1",
        "Applications reached 48,300.1 Most came from the south.",
    ],
)
def test_a_mark_after_a_count_in_thousands(first):
    body = first + " Others followed the same path.2 The rest waited.3"
    assert _refs(body) == [1, 2, 3]


@pytest.mark.parametrize(
    "body",
    [
        "The index read 12,000.1 points above the base.2 The rest waited.3",
        "Fees were raised to 1,250.15 in all.2 The rest waited.3",
    ],
)
def test_a_decimal_after_a_count_in_thousands_is_no_mark(body):
    assert 1 not in _refs(body)
