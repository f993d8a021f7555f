"""FN004 describes a gap from the numbers used, never by its size: a reference numbered
99999999999999999999 (a reader may pass such a number on) costs no more than one numbered 2."""

from __future__ import annotations

from claimcheck.rules.fn004_footnote_numbering_order import _gap


def test_gaps_are_described_without_allocating_by_their_size():
    assert _gap(1, 3, {1, 3}) == "2 is"
    assert _gap(1, 5, {1, 3, 5}) == "2, 4 are"
    assert _gap(1, 999, {1, 999}) == "2–998 are"
    assert _gap(1, 40, {1, 30, 40}) == "37 numbers between 1 and 40 are"
    huge = 99999999999999999999
    assert _gap(1, huge, {1, huge}) == f"2–{huge - 1} are"
    assert _gap(1, huge, {1, 7, huge}) == f"{huge - 3} numbers between 1 and {huge} are"
    assert _gap(2, 3, {2, 3}) == ""


def _skip_related_lines(text: str, reader: str, tmp_path) -> list[int]:
    from tests.rules.test_cases import run_rule

    found = run_rule("FN004", text, reader, tmp_path)
    assert len(found) == 1, [f.message for f in found]
    return [r.location.line for r in found[0].related]


def test_a_skip_points_at_the_note_after_the_gap_too(tmp_path) -> None:
    # the notes list skips where the references do: the note after the gap is the other place
    # to look (the second with more notes before the gap)
    text = (
        "Tolls rose sharply in the spring.1 Traffic fell over the summer.2 Fares held through the year.4\n\n"
        'Notes\n\n1 Ministry of Transport, "Toll review", 3 May 2024, https://gov.example.org/tolls\n\n'
        '2 Road Agency, "Traffic counts", 9 June 2024, https://roads.example.org/counts\n\n'
        '4 Rail Office, "Fares bulletin", 1 July 2024, https://rail.example.org/fares\n'
    )
    assert _skip_related_lines(text, "text", tmp_path) == [1, 9]
    text = (
        "The herd grew by a tenth over the decade.1 Many vets left for the towns.2 Feed costs doubled.3 "
        "The price paid for milk at the farm gate fell by a third.5\n\n"
        'Notes\n\n1 Dairy Board, "Herd census", 2 March 2023, https://dairy.example.org/census\n\n'
        '2 Vet Council, "Workforce", 4 April 2023, https://vets.example.org/workforce\n\n'
        '3 Feed Trade, "Costs", 5 April 2023, https://feed.example.org/costs\n\n'
        '5 Milk Agency, "Prices", 8 May 2024, https://milk.example.org/prices\n'
    )
    assert _skip_related_lines(text, "text", tmp_path) == [1, 11]
