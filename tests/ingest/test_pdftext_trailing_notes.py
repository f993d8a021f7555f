"""LibreOffice page-bottom notes as `pdftotext` (default options) prints them when the notes
are short: each note's text, then its number alone on the next line, then a blank line; the
first note of a page is often glued under the page's last lines of text. The texts below
were written for these tests (the layout is the one `soffice --convert-to pdf` gives a
.docx made by pandoc)."""

from __future__ import annotations

from claimcheck.document import Source
from claimcheck.ingest.pdftext import read_pdf_text

_PAGE_ONE = """\
Harbour dues in the Baltic

Dues at the three largest ports rose by a fifth between 2021 and 2024.1 Most
of the rise came from the new environmental surcharge, which Gdansk
introduced first.2
Ship owners have asked the regulator to publish how the surcharge is spent,
and the regulator has promised a first account by the spring of
Port Authority of Gdansk, “Tariff of port dues 2024,” 3 January 2024,
https://port.example.pl/tariff-2024.
1

“Baltic ports add green surcharge,” Shipping Weekly, 14 May 2023,
https://shipping.example.com/2023/05/14/surcharge.
2

\f2026, with figures for each port.3

Maritime Regulator, “Annual plan 2025,” 9 December 2024,
https://regulator.example.eu/plan-2025.
3
"""


def _notes(text: str) -> list[tuple[int | None, str]]:
    doc = read_pdf_text(Source("t.txt", text))
    return [(n.number, n.text) for n in doc.iter_footnotes()]


def test_notes_after_their_text_with_the_first_glued_under_the_page():
    notes = _notes(_PAGE_ONE)
    assert [n for n, _ in notes] == [1, 2, 3]
    assert (
        notes[0][1]
        == "Port Authority of Gdansk, “Tariff of port dues 2024,” 3 January 2024, https://port.example.pl/tariff-2024."
    )
    assert notes[1][1].startswith("“Baltic ports add green surcharge,”")
    assert notes[2][1].startswith("Maritime Regulator,")
    doc = read_pdf_text(Source("t.txt", _PAGE_ONE))
    body = " ".join(b.text for b in doc.iter_blocks())
    # the sentence cut by the page's notes reads on across the page break
    assert "promised a first account by the spring of 2026, with figures for each port." in body
    assert [r.number for r in doc.iter_refs()] == [1, 2, 3]


def test_a_page_number_under_the_text_is_no_note():
    text = (
        "Dues at the ports rose by a fifth between 2021 and 2024, the regulator said,\n"
        "and owners want to know how the surcharge is spent.\n1\n\n"
        "\fThe regulator has promised an account by 2026.\n2\n"
    )
    assert _notes(text) == []


def test_text_below_the_numbers_is_no_page_foot():
    text = (
        "The surcharge was introduced in Gdansk.1 Owners objected.\n"
        "Port Authority, “Tariff,” 3 January 2024, https://port.example.pl/t.\n1\n\n"
        "The regulator answered in May, and the owners wrote again.\n"
    )
    assert _notes(text) == []


def test_a_mark_after_a_year_before_the_article_a():
    """ "in 2024.3 A rarer strain": the mark after a year's full stop, the next sentence
    opening with "A"; "2.5 A current" is no sentence."""
    notes = "".join(f"{n} Author {n}, “Title {n},” 202{n}, https://example.org/{n}.\n" for n in (1, 2, 3, 4))
    body = "The network began.1 It grew.2 Cases rose to 100 in 2024.3 A rarer strain rose tenfold. It ended.4\n\n"
    doc = read_pdf_text(Source("t.txt", body + notes))
    assert [r.number for r in doc.iter_refs()] == [1, 2, 3, 4]
