""" "Pounds" after a verb of paying are sterling, elsewhere a weight (extract/numeric.py
``_PAID_BEFORE``): an amount written in words ("spent two hundred thousand pounds") restates
one written with "£". Our own sentences: a choir, a court, a ferry, a bakery."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.extract import extract
from claimcheck.ingest import load_document


def _figures(tmp_path: Path, sentence: str) -> list[tuple[str, float, str]]:
    p = tmp_path / "draft.md"
    p.write_text(f"# A note\n\n{sentence}\n", encoding="utf-8")
    claims = extract(load_document(p), ["money", "quantity"]).claims
    return [(c.kind, c.value, getattr(c, "currency", None) or getattr(c, "unit", "")) for c in claims]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        pytest.param("The Felling choir spent eighteen thousand pounds on a new organ.", 18000, id="spent-in-words"),
        pytest.param("The landlord was fined some 4,500 pounds for the broken lift.", 4500, id="fined"),
        pytest.param("A return crossing to the island costs forty-two pounds in summer.", 42, id="costs"),
    ],
)
def test_pounds_after_a_verb_of_paying_are_sterling(tmp_path: Path, sentence: str, value: float) -> None:
    assert ("money", value, "GBP") in _figures(tmp_path, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("The bakery's new mixer weighs 240 pounds empty.", id="weighs"),
        pytest.param("The ferry's cook lost 20 pounds over the summer season.", id="lost"),
        pytest.param("The bakery paid 30 pounds of flour a week as rent to the mill.", id="pounds-of"),
    ],
)
def test_pounds_elsewhere_stay_a_weight(tmp_path: Path, sentence: str) -> None:
    assert not any(kind == "money" for kind, _, _ in _figures(tmp_path, sentence))
