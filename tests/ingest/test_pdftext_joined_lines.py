"""`pdftotext` takes the hyphen of a compound broken at a line end ("Tarn-" / "Garonne") for
a soft hyphen: it drops it and joins the next line onto the first, which comes out much
longer than the page's other lines ("… the Tarn Garonne …" written "TarnGaronne"). The reader
puts the hyphen back where the word straddles the column where the page's lines end and the
document writes the hyphened compound elsewhere."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.document import Source
from claimcheck.ingest.pdftext import read_pdf_text

#: lines of about sixty columns, as a page's text comes out of `pdftotext`
_FILLER = [
    "The river authority spent the spring surveying the weirs and the",
    "sluices along the lower valley, where the banks had slipped twice",
    "since the winter floods and the farmers had asked for new gates.",
    "Most of the gates date from the years after the second war, and",
    "the authority expects to replace a third of them within a decade.",
    "The engineers found rust on the hinges of nearly every old gate,",
    "and two of the smaller weirs had lost stones from their aprons.",
    "Repairs will start in the dry months, when the water runs lowest,",
    "and the authority will publish a list of the works each quarter.",
    "Local boat clubs have been told to expect closures in the summer.",
]


def _read(*middle: str) -> str:
    text = "\n".join(_FILLER[:5] + list(middle) + _FILLER[5:]) + "\n"
    doc = read_pdf_text(Source("joined.txt", text))
    return " ".join(b.text for b in doc.iter_blocks())


#: the hyphened compounds as the document writes them elsewhere (a line of the page's width)
_ELSEWHERE = "The Tarn-Garonne board, a cross-border panel and Vale-Ridge met."


def test_a_name_glued_where_the_page_broke_it_gets_its_hyphen_back() -> None:
    joined = (
        "The works were agreed with the board of the region of TarnGaronne, which pays half of the cost of each gate"
    )
    text = _read(_ELSEWHERE, joined)
    assert "the region of Tarn-Garonne, which pays" in text


def test_a_common_compound_glued_where_the_page_broke_it_gets_its_hyphen_back() -> None:
    joined = "Funding for the new gates will come partly from the crossborder fund that the two valleys share"
    text = _read(_ELSEWHERE, joined)
    assert "from the cross-border fund" in text


def test_a_second_name_glued_at_the_line_end_gets_its_hyphen_back() -> None:
    joined = (
        "When the gates are lifted out, volunteers from the ValeRidge trust will count fish at each "
        "weir before and after"
    )
    text = _read(_ELSEWHERE, joined)
    assert "the Vale-Ridge trust will count" in text


def test_a_glued_name_on_a_line_of_the_page_width_is_the_writers_own() -> None:
    # the writer wrote "ValeRidge" once: no joined line, nothing to restore
    text = _read(_ELSEWHERE, "When the gates are lifted out, volunteers from the ValeRidge")
    assert "from the ValeRidge" in text


def test_a_glued_word_away_from_the_line_end_is_left_alone() -> None:
    joined = (
        "The ValeRidge volunteers will count fish at each of the weirs before the works, and again "
        "once the gates are back in place"
    )
    text = _read(_ELSEWHERE, joined)
    assert "The ValeRidge volunteers" in text


def test_a_glued_word_the_document_never_hyphenates_is_left_alone() -> None:
    joined = (
        "The works were agreed with the board of the region of the LowerMarsh, which pays half of the cost of each gate"
    )
    text = _read(_ELSEWHERE, joined)
    assert "the LowerMarsh, which pays" in text


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=0, max_value=8))
def test_the_restored_hyphen_stands_at_the_old_line_end_whatever_comes_before(extra: int) -> None:
    # words before the glued name move it along the line: it is restored only where it
    # straddles the column where the page's lines end (about sixty here)
    lead = "The works were agreed with the board " + "of the " * extra
    joined = lead + "TarnGaronne, which pays half of the cost of each gate and each new sluice"
    text = _read(_ELSEWHERE, joined)
    at = len(lead)
    straddles = 0.6 * 65 <= at + 4 <= 66
    assert ("Tarn-Garonne, which pays" in text) == straddles
