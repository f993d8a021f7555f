"""A word that is also a verb in -s ("works", "plays", "runs") is counted after a number
with a determiner before it ("the 36 works that took part"), never after a bare number
("In 2024, 36 works well"; extract/numeric.py ``_DETERMINED_BEFORE``). Our own sentences:
sewage works, theatre, railways."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.extract import extract
from claimcheck.ingest import load_document


def _counts(tmp_path: Path, sentence: str) -> list[tuple[float, str]]:
    p = tmp_path / "draft.md"
    p.write_text(f"# A note\n\n{sentence}\n", encoding="utf-8")
    return [(c.value, c.thing) for c in extract(load_document(p), ["count"]).claims]


@pytest.mark.parametrize(
    ("sentence", "value", "thing"),
    [
        pytest.param("Across the thirty-six works that joined the trial, nitrate fell.", 36, "works", id="works"),
        pytest.param("Its twelve plays ran at the Lyceum for a season each.", 12, "plays", id="plays"),
        pytest.param("The company cut the 40 runs it made each week to 30.", 40, "runs", id="runs"),
    ],
)
def test_a_verb_like_noun_after_a_determined_number_is_counted(
    tmp_path: Path, sentence: str, value: float, thing: str
) -> None:
    assert (value, thing) in _counts(tmp_path, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("In 2024, 36 works well enough for the board.", id="number-then-verb"),
        pytest.param("Of the trial's costs, 12 runs to a page in the annex.", id="verb-after-comma"),
    ],
)
def test_a_bare_number_before_a_verb_counts_nothing(tmp_path: Path, sentence: str) -> None:
    assert not any(thing in ("works", "runs") for _, thing in _counts(tmp_path, sentence))
