"""A notes list from PDF text with one numbering slip (a number repeated, "2." "2.", or one
skipped, "2." "4.") is still read as notes, each with the number it shows, so FN001/FN004
can report the slip; a numbered list with no sign of being notes (a contents list, shell
steps) stays text. The fixtures in tests/fixtures/text/endnote_slips/ were written for
these tests."""

from __future__ import annotations

import pytest

from claimcheck.config import Settings
from claimcheck.ingest import load_document
from claimcheck.pipeline import build_rules, check_document
from conftest import FIXTURES

HERE = FIXTURES / "text" / "endnote_slips"
FN = ["FN001", "FN002", "FN003", "FN004"]


def _check(name: str):
    doc = load_document(HERE / name)
    settings = Settings(select=FN, preview=True)
    findings, _ = check_document(doc, build_rules(settings), settings)
    return doc, findings


def test_backlinked_list_with_a_repeated_number_reports_fn001():
    doc, findings = _check("backlinks.txt")
    notes = list(doc.iter_footnotes())
    assert [n.number for n in notes] == [1, 2, 2, 4]
    assert [n.location.line for n in notes] == [8, 9, 10, 11]
    assert notes[3].text.endswith("since the survey of 1987.")
    fn001 = [f for f in findings if f.rule == "FN001"]
    assert len(fn001) == 1 and fn001[0].location.line == 10


def test_notes_heading_list_with_a_skipped_number_keeps_its_numbers():
    doc, findings = _check("notes_heading.txt")
    assert [n.number for n in doc.iter_footnotes()] == [1, 2, 4, 5]
    assert "FN004" in {f.rule for f in findings}
    assert "FN001" not in {f.rule for f in findings}


def test_contents_and_command_lists_with_a_slip_stay_text():
    doc, findings = _check("contents.txt")
    assert list(doc.iter_footnotes()) == []
    assert findings == []
    text = " ".join(b.text for b in doc.iter_blocks())
    assert "Planting in the first winter" in text and "make install" in text


def test_first_note_number_repeated_keeps_the_whole_list_as_notes():
    """The second note numbered "1." again is a slip when the third goes on by position ("3."):
    the list stays notes (FN001 reports the repeat), and a note's wrapped second line (a
    figure in a cited title) is not read as body text."""
    doc, findings = _check("first_repeated.txt")
    notes = list(doc.iter_footnotes())
    assert [n.number for n in notes] == [1, 1, 3, 4]
    assert notes[2].text.endswith("Coast Times. Retrieved 2024-03-04.")
    assert all("438,000" not in b.text for b in doc.iter_blocks())
    rules = [f.rule for f in findings]
    assert rules.count("FN001") == 1 and set(rules) <= {"FN001", "FN004"}  # the text's [2] has no note now


@pytest.mark.parametrize(
    ("fixture", "note"),
    [
        # a compiler's gutter ("1  | fn first(…) {"): the shape of a note line, twice with
        # the same number, but code
        ("compiler_message.txt", "The toolkit's changelog, version 3.2."),
        # a match on numbers keeps its arms at the left margin ("0  =>info!(…)", "1  ..=>…"):
        # the shape of notes 0 and 1, but code (an arm's arrow, a macro call)
        ("match_arms.txt", "The language's reference, chapter on patterns."),
        # a function's body starts at the left margin with a number ("3 * raw as u32") under
        # the line that opens it ("… {"): the shape of a note 3, but code
        ("block_body.txt", "The library's issue tracker, the report on scaling."),
        # a backtrace's numbered frames ("1:     0x5a0c11e2f3b8 - ingest::pump::drain"), and
        # a compiler's gutter set in by one space (" 6  |let n = …")
        ("backtrace.txt", "The crash reporter's design notes."),
    ],
)
def test_numbered_lines_of_code_are_not_notes(fixture: str, note: str) -> None:
    """`pdftotext` keeps numbered lines of code at the left margin; only the real note 1 is read."""
    doc = load_document(FIXTURES / "text" / "code_gutter" / fixture)
    notes = list(doc.iter_footnotes())
    assert [(n.number, n.text) for n in notes] == [(1, note)]
    settings = Settings(select=FN, preview=True)
    findings, _ = check_document(doc, build_rules(settings), settings)
    assert findings == []


def _skip_draft(marks: tuple[str, str, str]) -> str:
    """Plain notes at the end, one skipped in the numbering (5 then 7); the three places
    after the skip carry ``marks`` as pdftotext glues them."""
    a, b, c = marks
    return (
        "Ferry fares\n\n"
        "Fares rose in spring.1 Crossings doubled.2 The new pier opened.3 Crews were hired.4\n"
        "Fuel stayed flat.5 Both towns asked for later boats, and the board agreed." + a + " The\n"
        "winter timetable keeps them."
        + b
        + " Night sailings start in May."
        + c
        + "\n\n"
        + "".join(
            f"{n} Harbour Board, bulletin {n}, 3 May 2024, https://port.example.org/b{n}\n" for n in (1, 2, 3, 4, 5)
        )
        + "".join(
            f"{n} Coast Gazette, report {n}, 9 July 2024, https://gazette.example.org/r{n}\n" for n in (7, 8, 9, 10)
        )
    )


@pytest.mark.parametrize(
    "marks",
    [
        ("789", "", "10"),  # three marks side by side after the skip
        ("78", "9", "10"),  # two, then one
        ("7", "89", "10"),  # one, then two
    ],
)
def test_marks_side_by_side_after_a_skipped_note_are_each_read(marks, tmp_path):
    """A group of marks glued together right after a skipped number ("agreed.789" after 5)
    is read as those marks, so the notes stay notes and FN004 reports the skip, not a
    list of unreferenced notes."""
    path = tmp_path / "skip.txt"
    path.write_text(_skip_draft(marks), encoding="utf-8")
    doc = load_document(path)
    settings = Settings(select=FN, preview=True)
    findings, _ = check_document(doc, build_rules(settings), settings)
    assert [r.number for a in doc.articles for r in a.refs] == [1, 2, 3, 4, 5, 7, 8, 9, 10]
    assert [f.rule for f in findings] == ["FN004"]
    assert "skip from 5 to 7" in findings[0].message


def _plain_notes_draft(body: str, notes: list[str]) -> str:
    """A short PDF-text draft: a title, paragraphs, and plain numbered notes at the end."""
    return "Harbour dredging and the river trade\n\n" + body + "\n\n" + "\n".join(notes) + "\n"


_NOTES = [
    '1 Port Authority, "Annual dredging report", 3 March 2023, https://port.example.org/2023/03/03/dredging',
    '2 River Board, "Silt volumes by reach", 14 May 2023, https://rb.example.org/2023/05/14/silt',
    '3 Ministry of Transport, "Inland freight statistics", 2 June 2023, https://mot.example.org/2023/06/02/freight',
]


def test_a_note_number_given_again_further_down_the_notes_is_a_note_defined_twice(tmp_path):
    """Plain notes "1 … 2 … 3 … 2 … 4 …" (a writer's second note 2 pasted after note 3):
    the repeated number is a note of its own, which FN001 reports, and the notes after it
    are still read."""
    body = (
        "The port dredged 1.2 million cubic metres in 2022.1 Silt loads rose on every reach.2\n"
        "Freight on the river fell by a tenth.3 Two towns closed their wharves.4\n"
    )
    notes = [
        *_NOTES,
        '2 Harbour Users Group, "Wharf closures survey", 9 July 2023, https://hug.example.org/2023/07/09/wharves',
        '4 Chamber of Commerce, "River trade outlook", 1 August 2023, https://cc.example.org/2023/08/01/outlook',
    ]
    path = tmp_path / "again.txt"
    path.write_text(_plain_notes_draft(body, notes), encoding="utf-8")
    doc = load_document(path)
    assert [n.number for n in doc.iter_footnotes()] == [1, 2, 3, 2, 4]
    settings = Settings(select=FN, preview=True)
    findings, _ = check_document(doc, build_rules(settings), settings)
    assert "FN001" in {f.rule for f in findings}
    assert "FN003" not in {f.rule for f in findings}


def test_a_number_given_again_in_a_notes_text_that_cites_nothing_runs_on():
    """A repeated number opening a line that cites nothing ("2 per cent of …") is the note
    before it running over, not a second note 2."""
    from claimcheck.ingest.pdftext import _citation_like

    assert not _citation_like("per cent of the tonnage moved")
    assert _citation_like('Harbour Users Group, "Wharf closures survey", 9 July 2023')


@pytest.mark.parametrize(
    ("sentence", "refs"),
    [
        ("Two reviews questioned the plan in recent months23 and the board agreed.", [1, 2, 3]),
        ("Growers in three valleys23 reported losses.", [1, 2, 3]),
        ("The A23 road was closed.2 Traffic moved to the ferry.3", [1, 2, 3]),  # a road's name, not marks
    ],
)
def test_marks_side_by_side_glued_to_a_lower_case_word_are_each_read(sentence, refs, tmp_path):
    """Two marks pdftotext glued to the word before them ("months23" for marks 2 and 3) are
    read as both marks; a capital's identifier ("A23") is not."""
    body = f"The port dredged 1.2 million cubic metres in 2022.1 {sentence}\n"
    path = tmp_path / "glued.txt"
    path.write_text(_plain_notes_draft(body, _NOTES), encoding="utf-8")
    doc = load_document(path)
    assert [r.number for a in doc.articles for r in a.refs] == refs
    text = " ".join(b.text for b in doc.iter_blocks())
    assert ("A23 road" in text) == ("A23" in sentence)
    assert "months23" not in text and "valleys23" not in text
