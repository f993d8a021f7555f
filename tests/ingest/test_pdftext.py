"""The reader for text extracted from PDFs, on a fixture written like a real extraction."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.document import Source
from claimcheck.ingest import load_document
from claimcheck.ingest.pdftext import read_pdf_text
from conftest import FIXTURES

FIXTURE = FIXTURES / "text" / "two_articles.pdf.txt"


def _doc():
    return load_document(FIXTURE)


def _text_blocks(blocks) -> list:
    """Headings and prose: not running titles, pull quotes or author bios (kept as
    furniture, pull_quote and byline blocks)."""
    return [b for b in blocks if b.kind.value not in ("furniture", "pull_quote", "byline")]


def _at(doc, loc, length: int) -> str:
    line = doc.source.line_text(loc.line)
    return line[loc.column - 1 : loc.column - 1 + length]


def test_articles_restart_numbering_and_take_running_titles():
    doc = _doc()
    assert [a.title for a in doc.articles] == ["Harbour Notes", "Rivers and Canals"]
    assert [r.number for r in doc.articles[0].refs] == [1, 2, 3, 4, 5]
    assert [n.number for n in doc.articles[0].footnotes] == [1, 2, 3, 4, 5]
    assert [r.number for r in doc.articles[1].refs] == [1, 2, 3, 4]
    assert [n.number for n in doc.articles[1].footnotes] == [1, 2]


def test_second_article_starts_after_the_author_bio():
    doc = _doc()
    first = _text_blocks(doc.articles[1].blocks)[0]
    assert first.text.startswith("Inland waterways are the second story")
    assert all("Coastal Institute" not in b.text for b in _text_blocks(doc.iter_blocks()))
    assert any("Coastal Institute" in b.text for b in doc.iter_blocks() if b.kind.value == "byline")


def test_pull_quote_and_running_titles_are_not_text():
    blocks = list(_doc().iter_blocks())
    assert any(b.kind.value == "pull_quote" and b.text.startswith("Ports carry the bulk of") for b in blocks)
    assert any(b.kind.value == "furniture" and b.text == "Harbour Notes" for b in blocks)
    texts = [b.text for b in _text_blocks(blocks)]
    assert not any(t.startswith("Ports carry the bulk of") for t in texts)
    assert "Harbour Notes" not in texts and "Rivers and Canals" not in texts


def test_paragraph_cut_by_pull_quote_and_page_is_joined():
    texts = [b.text for b in _doc().iter_blocks()]
    assert any("Owners say the new ships cost more than older designs" in t for t in texts)


def test_hyphenation_removed_but_compounds_kept():
    text = " ".join(b.text for b in _doc().iter_blocks())
    assert "European terminals" in text
    assert "the state-owned operators" in text
    assert "Eu-" not in text and "state- owned" not in text


def test_reference_numbers_are_removed_from_text_and_located():
    doc = _doc()
    art = doc.articles[0]
    text = " ".join(b.text for b in art.blocks)
    assert "decades ago." in text and "ago.1" not in text
    assert "risk of the market and the lenders" in text
    for ref in art.refs + doc.articles[1].refs:
        assert _at(doc, ref.location, len(ref.label)) == ref.label


def test_identifiers_are_not_references():
    doc = _doc()
    text = _text_blocks(doc.articles[0].blocks)[1].text
    assert "Long March-5 launches and the Shenzhou 17 crew" in text


def test_footnote_urls_rejoined_across_lines():
    notes = _doc().articles[0].footnotes
    assert notes[0].urls == ("https://example.org/news/2024/03/03/ports-record.html",)
    assert notes[1].urls == ("https://maritime.example.com/2024/05/terminals-finance",)
    assert notes[3].urls == ("https://space.example.gov/crew-rotation.html",)
    assert "May 2024" in notes[1].text
    assert notes[4].text.endswith("https://shipyard.example.net/methanol-orders.")


def test_footnote_locations_point_at_their_numbers():
    doc = _doc()
    for note in doc.iter_footnotes():
        assert _at(doc, note.location, len(note.label)) == note.label


def test_block_source_map_points_at_each_character():
    doc = _doc()
    src = doc.source.text
    for block in doc.iter_blocks():
        for i, ch in enumerate(block.text):
            if ch == " ":
                continue
            assert src[block.source_map.to_file(i)] == ch, (block.text, i)


def test_text_without_footnotes_has_no_references():
    text = "The fleet grew by 12 ships in 2024. It has 40 ships, 3 of them new.\n"
    doc = read_pdf_text(Source("web.txt", text))
    assert [r for r in doc.iter_refs()] == []
    assert len(doc.articles) == 1


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab1 2.\n-“”,5G\f  xyz Z")), max_size=400))
def test_never_raises_and_maps_into_the_file(text):
    if not text.strip():
        return
    doc = read_pdf_text(Source("t.txt", text))
    for block in doc.iter_blocks():
        for i, ch in enumerate(block.text):
            off = block.source_map.to_file(i)
            assert 0 <= off < len(text)
            if ch not in " -":
                assert text[off] == ch
    for note in doc.iter_footnotes():
        assert text[note.source_map.to_file(0) :].startswith(note.text[:1])


def test_an_amount_with_a_thousands_separator_is_no_group_of_marks():
    text = (
        "The ferry sails 1,200 km a week.1 Its sister ship, 12,000 tonnes and twice as old,\n"
        "sails further.2 Cargo rose sharply. 3,4\n"
        "\f1  Harbour report, 2023.\n"
        "2  Shipping register, 2024.\n"
        "3  Port statistics, 2024.\n"
        "4  Annual review, 2024.\n"
    )
    doc = read_pdf_text(Source("t.txt", text))
    assert [r.number for r in doc.iter_refs()] == [1, 2, 3, 4]
    assert "Its sister ship, 12,000 tonnes" in doc.articles[0].blocks[0].text


_NOTES = "\f1  Harbour report, 2023.\n2  Shipping register, 2024.\n3  Port statistics, 2024.\n"


@pytest.mark.parametrize(
    "body, counts",
    [
        # a count at the start of a line, after a comma or a semicolon, before "of" or a plural noun
        (
            "The ferries were renewed last year.1 By June 2024, 20 coastal towns had a new quay;\n12 of them, or 60%, chose steel.2",
            ["20 coastal towns", "12 of them"],
        ),
        (
            "Crews were trained first.1 By the spring, 14 Baltic ports\nhad signed; 9 ports, all small, signed later.2",
            ["14 Baltic ports", "9 ports"],
        ),
        ("The plan passed.1 Of the fleet,\n30 vessels were new and 300 people found work.2", ["30 vessels"]),
        ("Fees rose again.1 In the north, 5 per cent of berths stood empty.2", ["5 per cent"]),
        ("Tolls were cut.1 The board met twice;\n4 of its members left.2", ["4 of its members"]),
    ],
)
def test_a_count_is_no_reference_mark(body, counts):
    doc = read_pdf_text(Source("t.txt", body + "\n" + _NOTES))
    assert [r.number for r in doc.iter_refs()] == [1, 2]
    text = " ".join(b.text for b in doc.iter_blocks())
    for count in counts:
        assert count in text


@pytest.mark.parametrize(
    "body, kept",
    [
        # a number far past every note, after a colon: a count ("all: 640 in the hills")
        (
            "Inspectors saw 1,050 farms in all: 640 in the hills,\n310 on the coast and 100 inland.1 Most passed.2",
            "640 in the hills",
        ),
        # the day of a date, even when it follows the last mark's number
        ("The board met.1 It reported.2 The law took effect on 3 March 2025, a week late.", "on 3 March 2025"),
        ("The board met.1 It reported.2 Ministers signed it on\n3 Sept. 2024 in Riga.", "3 Sept. 2024"),
        # a locator after a source's abbreviation: a journal header, a page, a figure
        ("Baltic Harbour Review, vol. 3, no. 2\n\nThe board met.1 It reported.2", "vol. 3, no. 2"),
        ("The board met.1 Its plan (see fig. 3 and pp. 2) was dropped.2", "fig. 3 and pp. 2"),
    ],
)
def test_a_count_far_past_the_notes_or_a_day_is_no_mark(body, kept):
    doc = read_pdf_text(Source("t.txt", body + "\n" + _NOTES))
    assert [r.number for r in doc.iter_refs()] == [1, 2]
    assert kept in " ".join(b.text for b in doc.iter_blocks())


def test_a_missing_note_just_past_the_last_is_still_a_mark():
    """A mark one or two past the highest note is a slip FN002 reports, not a count."""
    body = "The quay opened.1 Trade grew.2 Fees fell.3 Ferries came back. 4 Then\nthe port closed.\n"
    doc = read_pdf_text(Source("t.txt", body + _NOTES))
    assert [r.number for r in doc.iter_refs()] == [1, 2, 3, 4]


def test_a_mark_before_a_sentence_stays_a_mark():
    # a mark between two sentences, the next one opening with a capitalised plural
    body = "The quay opened in May. 1 Owners of small boats were pleased. 2 Ferries, 3 Of all, rose.\n"
    doc = read_pdf_text(Source("t.txt", body + _NOTES))
    assert [r.number for r in doc.iter_refs()] == [1, 2, 3]


_LIST_PAGE = """\
The harbour board met in March and agreed a new schedule for the dredging of the outer channel,
which silts up faster every winter than the engineers had expected when it was first deepened.
Three firms sent bids for the work before the deadline at the end of the month, and the board
read them in the order they arrived:

the North Sea Dredging consortium,
the Baltic Works bid,
the Van Dijk Marine offer.

The board chose the cheapest bid after a second reading, and the work will start in the autumn
once the winter storms are over and the survey ships have measured the channel again.

Display text set in a narrow column
repeats a line of the article above
as a pull quote on the same page.

The dredgers will work at night, when the channel is closed to the ferries, and the board will
publish the schedule on its website a week before each stretch of the channel is closed.
"""


def test_narrow_lines_closed_by_commas_under_a_colon_are_list_items(tmp_path):
    path = tmp_path / "page.pdf.txt"
    path.write_text(_LIST_PAGE, encoding="utf-8")
    blocks = list(load_document(path).iter_blocks())
    items = [b.text for b in blocks if b.kind.value == "list_item"]
    assert items == ["the North Sea Dredging consortium,", "the Baltic Works bid,", "the Van Dijk Marine offer."]
    # narrow lines not closed by commas, after a paragraph that ends a sentence: a pull quote
    assert any(b.kind.value == "pull_quote" and b.text.startswith("Display text") for b in blocks)


_ASIDE_LIST_PAGE = """Harbour Review

The port authority counts five terminals that handled bulk grain in the last season, from the
oldest quay to the newest berth built for the larger ships:
Norquay, Eastbank (Silos);
Westpier (Floating crane);
Riverside (Barges);
Kingsdock, Old Basin (Coasters).

The new berth opened in the spring and took most of the larger ships, while the older quays kept
the coasters and the river barges that carry grain up to the mills inland.
"""


def test_lines_of_a_list_closed_by_an_aside_and_a_semicolon_are_not_code(tmp_path):
    # "Riverside (Barges);" ends like a call of code ("f(x);"), but words before an aside in
    # brackets are a list's line in prose
    path = tmp_path / "page.pdf.txt"
    path.write_text(_ASIDE_LIST_PAGE, encoding="utf-8")
    blocks = list(load_document(path).iter_blocks())
    assert not [b.text for b in blocks if b.kind.value == "code"]
    assert any("Riverside (Barges);" in b.text for b in blocks)


@pytest.mark.parametrize("line", ["print_report(totals);", "  free (buffer);", "let total = sum(values);"])
def test_a_call_of_code_ending_in_a_semicolon_is_still_code(line):
    from claimcheck.ingest.pdftext import _line_kind

    assert _line_kind(line.strip()) == "code"


# A table a program printed, shown in a code block: a PDF keeps its characters, not the
# block's frame. Three shapes: rows whole, rows wrapped by the rendering, one cell a line.
_DRAWN_WHOLE = """Build Timings

We timed the nightly build on the old runner and printed the summary it gave:

+------------------+----------+--------+
| stage            | wall     | calls  |
+------------------+----------+--------+
| fetch_sources    | 412.50ms | 12     |
+------------------+----------+--------+
| link_binaries    | 88.10ms  | 3      |
+------------------+----------+--------+
| fetch_sources    | 97.25ms  | 40     |
+------------------+----------+--------+

The runner spends most of its time fetching sources, so the cache comes first.
"""

_DRAWN_WRAPPED = """Queue Report

Here is what the queue tool wrote to the terminal after the overnight run finished:

+-----------------------------------+------------+-----------
-----+----------+
| worker_pool_alpha                 | 3.75s      | 61.2
| 4.02s    | 300      |
+-----------------------------------+------------+-----------
-----+----------+
| worker_pool_beta                  | 1.10s      | 18.4
| 1.99s    | 120      |
+-----------------------------------+------------+-----------
-----+----------+

Both pools finished before the morning jobs started, which is what we wanted.
"""

_DRAWN_CELLS = """Disk Survey

The audit script lists each volume with its size and its use:

+------------------+-----------+---------+
| archive_volume
| 740 GB
| 81%
|
+------------------+-----------+---------+
| scratch_volume
| 120 GB
| 35%
|
+------------------+-----------+---------+

The archive volume is nearly full and will be moved to the new array in March.
"""


@pytest.mark.parametrize("page", [_DRAWN_WHOLE, _DRAWN_WRAPPED, _DRAWN_CELLS], ids=["whole", "wrapped", "cells"])
def test_a_table_drawn_in_characters_is_code_and_holds_no_claims(tmp_path, page):
    from claimcheck.extract import extract

    path = tmp_path / "page.pdf.txt"
    path.write_text(page, encoding="utf-8")
    doc = load_document(path)
    blocks = list(doc.iter_blocks())
    drawn = [b for b in blocks if "+----" in b.text or b.text.lstrip().startswith("|")]
    assert drawn and all(b.kind.value == "code" for b in drawn)
    # the prose around it is still read
    assert any(b.kind.value == "paragraph" and b.text.rstrip().endswith(".") for b in blocks[-2:])
    drawn_lines = {n for n, line in enumerate(page.splitlines(), 1) if line.startswith(("|", "+-", "--"))}
    claims = extract(doc)
    figures = [c for kind in ("quantity", "count", "money") for c in claims.of_kind(kind)]
    assert not [c for c in figures if c.location.line in drawn_lines]


_REPORT_TABLE = """Harbour Review

Cargo handled at each terminal, in thousand tonnes:

Terminal        2023     2024
Norquay          412      455
Eastbank         188      201
Westpier          97      104

The table shows growth at every terminal, with Norquay adding the most tonnage in 2024.
"""

_PIPE_TABLE = """Harbour Review

Cargo handled at each terminal:

| Terminal | 2023 | 2024 |
| --- | --- | --- |
| Norquay | 412 kt | 455 kt |
| Eastbank | 188 kt | 201 kt |

The table shows growth at every terminal, with Norquay adding the most tonnage in 2024.
"""


@pytest.mark.parametrize("page", [_REPORT_TABLE, _PIPE_TABLE], ids=["spaced", "pipes"])
def test_a_report_table_of_figures_without_drawn_borders_is_still_read(tmp_path, page):
    path = tmp_path / "page.pdf.txt"
    path.write_text(page, encoding="utf-8")
    blocks = list(load_document(path).iter_blocks())
    rows = [b for b in blocks if "Norquay" in b.text and "455" in b.text]
    assert rows and all(b.kind.value != "code" for b in rows)


@given(
    st.lists(st.integers(min_value=2, max_value=30), min_size=1, max_size=6),
    st.sampled_from(["-", "="]),
    st.booleans(),
)
def test_a_border_drawn_in_characters_is_a_rule_and_words_are_not(widths, dash, closed):
    from claimcheck.ingest.pdftext import _ascii_rule

    border = "+" + "+".join(dash * w for w in widths) + ("+" if closed else "")
    assert _ascii_rule(border) == (sum(widths) >= 3)
    assert not _ascii_rule("The harbour handled " + border.replace("+", " ") + " tonnes")
    assert not _ascii_rule(dash * sum(widths))  # a rule of dashes alone is an underline


# -- a line of code: the search split in two (start, then a mark it needs) answers as one search


_CODE_LINES = [
    "let total = price * count;",
    "fn main() {",
    "}",
    '    println!("{}", x)',
    "   0: 0x7f3a9c2b1d4e - std::rt::lang_start",
    "fault at 0x7f3a9c2b1d4e in frame two",
    "ok so x!(y) here",
    '"timeout": 30,',
    "retry_limit: 5",
    "if a == b and c",
    "result = compute(value)",
    "1 => handle(one),",
    "The committee (chaired by Ms Ode) met twice;",
    "Spending rose 4% (in real terms)",
    "A plain sentence of prose with no mark of code at all.",
    "free (buffer);\n",
    "x -> y\n",
]


@pytest.mark.parametrize("line", _CODE_LINES)
def test_code_strong_answers_as_the_whole_pattern_on_written_lines(line: str) -> None:
    from claimcheck.ingest.pdftext import _CODE_STRONG, _code_strong

    assert _code_strong(line) is (_CODE_STRONG.search(line) is not None)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab_xZ0123 \t\n(){}[];:=!<>-&|.\"'$#/*?,")), max_size=40))
def test_code_strong_answers_as_the_whole_pattern(line: str) -> None:
    from claimcheck.ingest.pdftext import _CODE_STRONG, _code_strong

    assert _code_strong(line) is (_CODE_STRONG.search(line) is not None)


def test_a_tens_number_word_broken_at_a_line_end_keeps_its_hyphen():
    """ "twenty-" / "five years ago" is one number, not "twentyfive" (AR005 reads it)."""
    from claimcheck.ingest.common import keep_line_hyphen

    assert keep_line_hyphen("a platform run since 2005, twenty-", "five years ago", {}) is True
    assert keep_line_hyphen("a crew of ninety-", "one sailors", {}) is True
    assert keep_line_hyphen("the com-", "mittee met", {}) is False
