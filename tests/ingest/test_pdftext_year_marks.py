"""A note mark set after a year and its full stop in PDF text ("… in March 2019.4 Later …")
when the notes are cited out of order: a year takes no decimals, so the mark may skip a
note, and the note skipped is read when its mark follows; FN004 reports the order and
FN003 stays silent. Our own text, written for this test."""

from __future__ import annotations

from claimcheck.config import Settings
from claimcheck.ingest import load_document
from claimcheck.pipeline import build_rules, check_document

FN = ["FN001", "FN002", "FN003", "FN004"]

TEXT = """Harbour dredging in the north

1. Background
The first basin was dredged in 1987.1 The second followed after a long dispute with the
fishing cooperative.2 A third was planned but never built.3 The port authority then sold
the old dredger to a yard in Gdańsk.4 Its successor arrived on 12 March
2019.6 Others followed in 2020 and 2021, and the largest contract was signed in May
2022.5 Since then the basins have been kept open all year.

Notes
1 Port authority, Annual report 1987, p. 4.
2 Fishing cooperative, Letter to the port authority, 3 June 1988.
3 Port authority, Plans for a third basin, 1990.
4 Yard register of Gdańsk, entry 1442, 2011.
5 Port authority, Dredging contract, 14 May 2022.
6 Port authority, Delivery note for the new dredger, 12 March 2019.
"""


def _check(tmp_path, text: str):
    path = tmp_path / "harbour.txt"
    path.write_text(text, encoding="utf-8")
    doc = load_document(path)
    settings = Settings(select=FN, preview=True)
    findings, _ = check_document(doc, build_rules(settings), settings)
    return findings


def test_a_mark_after_a_year_may_skip_a_note_and_the_skipped_one_follows(tmp_path):
    findings = _check(tmp_path, TEXT)
    assert [f.rule for f in findings] == ["FN004"], [f.message for f in findings]


def test_a_decimal_after_a_figure_that_is_no_year_stays_a_number(tmp_path):
    text = TEXT.replace("12 March\n2019.6 Others", "a draught of\n5019.6 Others")
    rules = {f.rule for f in _check(tmp_path, text)}
    assert "FN003" in rules  # note 6 is not cited: 5019.6 is no year
