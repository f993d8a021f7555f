"""A figure the writer points back to (claimcheck.extract.linking: pointed_back,
pointer_conflict): "those 44 schools", "That £45 million", "the same 1,100" restate the
figure before them and take it as it was said (a change, a part, a band, a plan), while
another period, name or group still sets the two apart. Our own sentences (ferries, orchards,
observatories, hospices, canals)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.extract import extract
from claimcheck.extract.linking import (
    comparison_base,
    conflict,
    context_of,
    pointed_back,
    pointed_to,
    pointer_conflict,
)
from claimcheck.ingest import load_document


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("That £45 million a year is not enough to keep the ferries running.", "£45 million"),
        ("Inspectors visited those 44 schools over the winter.", "44"),
        ("The same 1,100 volunteers came back in spring.", "1,100"),
        ("Most of this 12% rise came from the night buses.", "12%"),
        ("Those grants, some $121 million, paid for the new hides.", "$121 million"),
        ("Beyond that 3.2 km stretch the towpath is closed.", "3.2 km"),
    ],
)
def test_pointed_back(sentence: str, text: str) -> None:
    assert pointed_back(sentence, text)


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        # "that" opening a clause points back to nothing
        ("The survey found that 44 orchards had lost their hedges.", "44"),
        ("Wardens said that 1,100 volunteers came back.", "1,100"),
        ("The hospice cared for 310 patients last year.", "310"),
        ("That is why 62 moorings were added.", "62"),
        # the figure is not in the sentence
        ("Those grants paid for the new hides.", "$121 million"),
    ],
)
def test_not_pointed_back(sentence: str, text: str) -> None:
    assert not pointed_back(sentence, text)


def _contexts(tmp_path: Path, first: str, second: str):
    p = tmp_path / "draft.md"
    p.write_text(f"---\ndate: 2025-03-01\n---\n\n# A report\n\n{first} {second}\n", encoding="utf-8")
    doc = load_document(p)
    figures = sorted(
        (c for c in extract(doc, ["money", "count", "quantity"]).claims if "year" not in getattr(c, "unit", "")),
        key=lambda c: c.location.column,
    )
    a = next(c for c in figures if c.sentence.strip().startswith(first[:20]))
    b = next(c for c in figures if c.sentence.strip().startswith(second[:20]))
    if b.subject is not None and b.subject.part in ("these", "those"):
        # as NU003 reads a pointer: "those 41 schools" is the whole already named, no part of it
        b = b.model_copy(update={"subject": b.subject.model_copy(update={"part": None})})
    return context_of(a, doc), context_of(b, doc)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a change, then the pointer names it a change itself
        (
            "The canal bank slipped 1.8 metres between 2015 and 2024.",
            "That 1.6-metre slip has closed the towpath.",
        ),
        # a possibility, pointed back to
        (
            "Some 2,400 households could join the heat network.",
            "The same 2,600 households signed up for the heat network.",
        ),
        # a band, pointed back to
        (
            "The observatory logged between 300 and 340 meteors in August.",
            "The same 320 meteors were counted by volunteers.",
        ),
    ],
)
def test_pointer_takes_the_earlier_figure_as_it_was_said(tmp_path: Path, first: str, second: str) -> None:
    ca, cb = _contexts(tmp_path, first, second)
    assert conflict(ca, cb) is not None  # compared plainly, a change, a part or a band sets them apart
    assert pointer_conflict(ca, cb) is None


@pytest.mark.parametrize(
    ("first", "second", "why"),
    [
        (
            "The hospice cared for 310 patients in 2023.",
            "In 2024 those 330 patients were joined by their families.",
            "other periods",
        ),
        (
            "Welsh hospices cared for 310 patients in 2023.",
            "Those 330 patients in Scottish hospices were mostly over 70.",
            "other names",
        ),
    ],
)
def test_pointer_still_set_apart(tmp_path: Path, first: str, second: str, why: str) -> None:
    ca, cb = _contexts(tmp_path, first, second)
    assert pointer_conflict(ca, cb) == why


@pytest.mark.parametrize(
    ("sentence", "text", "base"),
    [
        ("The orchard sold 2,940 crates in 2025, up from 2,310 crates in 2024.", "2,310", True),
        ("The orchard sold 2,940 crates in 2025, up from 2,310 crates in 2024.", "2,940", False),
        ("Ridership fell to 41,000 a day, down from about 48,000 before the strike.", "48,000", True),
        ("The fund held $118 million, compared with $97 million a year earlier.", "$97 million", True),
        ("Fares rose from £2.40 to £2.90 in April.", "£2.40", True),
        ("Fares rose from £2.40 to £2.90 in April.", "£2.90", False),
        ("Visitors came from 12 countries to the festival.", "12", False),
        ("Output was higher than the 2019 level of 80 tonnes.", "80 tonnes", True),
    ],
)
def test_comparison_base(sentence: str, text: str, base: bool) -> None:
    assert comparison_base(sentence, text) is base


class _F:
    def __init__(self, sentence: str, text: str, value: float) -> None:
        self.sentence, self.text, self.value = sentence, text, value


def test_pointer_passes_over_the_base_to_the_level() -> None:
    s = "The orchard sold 2,940 crates in 2025, up from 2,310 crates in 2024."
    level, base = _F(s, "2,940", 2940), _F(s, "2,310", 2310)
    earlier = _F("Prices were low in 2023.", "900", 900)
    assert pointed_to([base, level, earlier], 2490) is level
    # the pointer with the base's own value names the base ("Of those 2,310 ...")
    assert pointed_to([base, level, earlier], 2310) is base
    # a base alone in its sentence is the nearest figure all the same
    lone = _F("Sales fell, down from 2,310 crates.", "2,310", 2310)
    assert pointed_to([lone, earlier], 2490) is lone
    assert pointed_to([], 1) is None


@pytest.mark.parametrize(
    ("first", "second", "text"),
    [
        # a flow and a name said after the pointer's figure tell what became of it
        (
            "Norway's farms exported 3,400 tonnes of salmon roe in 2024.",
            "Those 3,100 tonnes met strong demand in Japan.",
            "3,100 tonnes",
        ),
        (
            "The trust held £412 million in short-dated bonds in March.",
            "Those bonds, some £430 million, make it a large holder of UK debt.",
            "£430 million",
        ),
    ],
)
def test_pointer_sentence_after_the_figure_sets_nothing_apart(
    tmp_path: Path, first: str, second: str, text: str
) -> None:
    ca, cb = _contexts(tmp_path, first, second)
    assert pointer_conflict(ca, cb, text) is None
