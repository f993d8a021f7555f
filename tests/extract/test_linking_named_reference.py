"""A comparison's object that names a level and gives its figure ("deeper than the minimum
of 30 cm") states that level's value: no change or comparison of the figure for the linker
(extract/linking/context.py ``_changes``). Our own sentences: wells, fevers, tolls, bridges.
A bare bound after a comparative ("deeper than 40 metres") is a bound of the figure itself
(extract/numbers.py ``QUALIFIERS``), and any other change word of the clause stays one."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.extract import extract
from claimcheck.extract.linking import conflict, context_of, same_fact
from claimcheck.extract.numbers import match_qualifier
from claimcheck.ingest import load_document

_FILLER = "\n\n".join(
    f"Paragraph {i} of the review discusses the service and the council in general terms, "
    f"as reviews of the service and the council often do."
    for i in range(30)
)


def _contexts(tmp_path: Path, first: str, second: str):
    text = f"---\ndate: 2025-03-01\n---\n\n# A review\n\n{first}\n\n{_FILLER}\n\n{second}\n"
    p = tmp_path / "draft.md"
    p.write_text(text, encoding="utf-8")
    doc = load_document(p)
    figures = [c for c in extract(doc, ["money", "count", "quantity"]).claims]
    lines = sorted({c.location.line for c in figures})
    a = next(c for c in figures if c.location.line == lines[0])
    b = next(c for c in figures if c.location.line == lines[-1])
    return a, b, context_of(a, doc), context_of(b, doc)


RESTATED = [
    pytest.param(
        "Most farm wells in the valley reach deeper than the minimum of 40 metres the Wessex water board recommends.",
        "Drilling to the Wessex board's recommended minimum of 50 metres keeps runoff out, the engineers say.",
        id="wells-minimum-depth",
    ),
    pytest.param(
        "Her fever ran hotter than the Linton protocol's escalation trigger of 38.5 °C for two nights.",
        "Under the Linton protocol the escalation trigger is 39.5 °C, after which a doctor must come.",
        id="ward-alert-trigger",
    ),
    pytest.param(
        "Lorry tolls on the Kessel bridge are now higher than the old crossing toll of €14 charged by the Kessel authority.",
        "The old crossing toll the Kessel authority charged was €17 for a lorry.",
        id="bridge-old-toll",
    ),
]


@pytest.mark.parametrize(("first", "second"), RESTATED)
def test_a_level_named_after_than_is_its_value_stated(tmp_path: Path, first: str, second: str) -> None:
    _, _, ca, cb = _contexts(tmp_path, first, second)
    assert "change" not in ca.marks
    assert conflict(ca, cb) is None
    assert same_fact(ca, cb) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Most farm wells in the Arden valley reach deeper than 40 metres.", id="bare-bound"),
        pytest.param(
            "Tolls on the Kessel bridge rose to €14, more than the old crossing toll of €11.", id="a-rise-said-too"
        ),
        pytest.param("The fever was hotter than yesterday, at 38.5 °C by noon.", id="than-of-another-thing"),
    ],
)
def test_a_bound_or_another_change_word_stays_a_change(tmp_path: Path, sentence: str) -> None:
    a, _, ca, _ = _contexts(tmp_path, sentence, "The council met in May to discuss 12 other matters.")
    assert "change" in ca.marks or a.qualifier in ("more than", "less than")


@pytest.mark.parametrize(
    ("before", "qualifier"),
    [
        ("wells drilled deeper than ", "more than"),
        ("a tower taller than ", "more than"),
        ("a fever hotter than ", "more than"),
        ("a channel shallower than ", "less than"),
        ("fares cheaper than ", "less than"),
    ],
)
def test_a_comparative_before_a_figure_bounds_it(before: str, qualifier: str) -> None:
    q = match_qualifier(before, len(before))
    assert q is not None and q[0] == qualifier


@pytest.mark.parametrize("before", ["other than ", "rather than ", "deeper than the minimum of ", "the sooner "])
def test_no_bound_from_other_words_with_than(before: str) -> None:
    assert match_qualifier(before, len(before)) is None
