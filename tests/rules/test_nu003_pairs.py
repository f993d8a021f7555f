"""NU003's candidate pairs and the features the learned decision reads (rules/_nu003_pairs.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.extract import extract
from claimcheck.ingest import load_document
from claimcheck.rules._nu003_pairs import FEATURES, candidates, open_pair
from claimcheck.rules._pair_model import PairModel
from claimcheck.rules.base import CheckContext

_FILLER = "\n\n".join(
    f"Section {i} sets out the council's approach to the service in general terms." for i in range(12)
)


def _ctx(tmp_path: Path, text: str) -> CheckContext:
    p = tmp_path / "draft.md"
    p.write_text(f"---\ndate: 2025-05-01\n---\n\n# A report\n\n{text}\n", encoding="utf-8")
    doc = load_document(p)
    ctx = CheckContext(document=doc, claim_kinds=("count", "money", "quantity"))
    assert extract(doc, ["count", "money", "quantity"]) is not None
    return ctx


def test_the_weights_file_reads_exactly_the_features_the_code_computes_in_order() -> None:
    model = PairModel.load("nu003_pairs")
    assert model.features == FEATURES
    assert len(set(FEATURES)) == len(FEATURES)


def test_every_pair_has_one_value_per_feature(tmp_path: Path) -> None:
    ctx = _ctx(
        tmp_path,
        f"The ferry service carried 41,300 cars in 2024.\n\n{_FILLER}\n\nIn 2024 the ferry carried 43,100 cars.",
    )
    pairs = candidates(ctx)
    assert pairs
    assert all(len(p.features) == len(FEATURES) for p in pairs)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The depot keeps 212 gritting lorries.", "Its 221 gritting lorries are kept at the depot."),
        ("The loan was £4.6 million.", "It repaid the £4.2 million loan."),
        ("The reservoir holds 61.6 million cubic metres.", "The reservoir holds 64.1 million cubic metres."),
    ],
)
def test_two_figures_of_one_measure_apart_beyond_rounding_are_a_candidate(
    tmp_path: Path, first: str, second: str
) -> None:
    ctx = _ctx(tmp_path, f"{first}\n\n{_FILLER}\n\n{second}")
    assert len(candidates(ctx)) == 1


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # within rounding: "about 60 million" may be 61.6 million
        ("The reservoir holds about 60 million cubic metres.", "The reservoir holds 61.6 million cubic metres."),
        # two measures: money and a count
        ("The depot cost £212.", "The depot keeps 221 gritting lorries."),
        # too far apart to be one figure mistyped
        ("The depot keeps 21 gritting lorries.", "The county has 2,100 gritting lorries on call."),
    ],
)
def test_figures_that_could_agree_or_measure_other_things_are_no_candidate(
    tmp_path: Path, first: str, second: str
) -> None:
    ctx = _ctx(tmp_path, f"{first}\n\n{_FILLER}\n\n{second}")
    assert candidates(ctx) == []


def test_a_pair_reported_today_says_so(tmp_path: Path) -> None:
    ctx = _ctx(tmp_path, f"The depot keeps 212 gritting lorries.\n\n{_FILLER}\n\nIts 221 gritting lorries wait.")
    (pair,) = candidates(ctx)
    key = ((pair.a.location.line, pair.a.location.column), (pair.b.location.line, pair.b.location.column))
    today = FEATURES.index("today")
    assert pair.features[today] == 0.0
    (again,) = candidates(ctx, frozenset({key}))
    assert again.features[today] == 1.0


@pytest.mark.parametrize(
    ("first", "second", "open_"),
    [
        ("The depot keeps 212 gritting lorries.", "The depot keeps 221 gritting lorries.", True),
        ("In 2021 the depot kept 212 gritting lorries.", "In 2024 the depot kept 221 gritting lorries.", False),
        ("The depot keeps 212 gritting lorries.", "The depot plans to keep 221 gritting lorries.", False),
    ],
)
def test_a_pair_the_linker_sets_apart_is_not_open(tmp_path: Path, first: str, second: str, open_: bool) -> None:
    ctx = _ctx(tmp_path, f"{first}\n\n{_FILLER}\n\n{second}")
    (pair,) = candidates(ctx)
    assert open_pair(pair.features) is open_
