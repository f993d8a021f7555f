"""DT001's candidate pairs of dates and their features (rules/_dt001_pairs.py), and the weights
file the learned decision reads (data/dt001_pairs.json)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.extract import extract
from claimcheck.ingest import load_document
from claimcheck.rules._dt001_pairs import FEATURES, MAX_DAYS, PairReader
from claimcheck.rules._pair_model import PairModel


def _reader(tmp_path: Path, text: str) -> PairReader:
    path = tmp_path / "draft.md"
    path.write_text(text, encoding="utf-8")
    doc = load_document(path)
    dates = [c for c in extract(doc, ("date",)).of_kind("date") if c.date is not None]
    return PairReader(doc, dates)


def test_the_weights_file_names_the_features_the_code_computes_in_order() -> None:
    model = PairModel.load("dt001_pairs")
    assert model.features == FEATURES
    assert 0.5 <= model.threshold < 1.0


def test_each_pair_gets_one_value_per_feature_between_zero_and_one(tmp_path: Path) -> None:
    reader = _reader(
        tmp_path,
        "The Halvard ferry pier reopened on 3 May 2021 after repairs.\n\n"
        "Since the Halvard pier reopened in June 2021, crossings have doubled.\n\n"
        "A new timetable was printed in 2023.\n",
    )
    pairs = reader.candidates()
    assert pairs
    for i, j in pairs:
        x = reader.features(i, j)
        assert len(x) == len(FEATURES)
        assert all(0.0 <= v <= 1.0 for v in x)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("The dam opened in March 2019 and closed in May 2019 for checks.\n", "same sentence"),
        ("The dam opened in 2019.\n\nThe dam was busy in March 2019.\n", "dates overlap"),
        ("The dam opened in 2009.\n\nThe dam opened again in 2019.\n", "too far apart"),
    ],
)
def test_a_pair_that_is_no_candidate_says_why(tmp_path: Path, text: str, why: str) -> None:
    reader = _reader(tmp_path, text)
    assert [w for _, _, w in reader.all_pairs()] == [why]
    assert reader.candidates() == []


def test_a_shared_rare_name_weighs_more_than_nothing_shared(tmp_path: Path) -> None:
    reader = _reader(
        tmp_path,
        "The Orsund lock was rebuilt in April 2020.\n\n"
        "Work on the Orsund lock ended in May 2020.\n\n"
        "Prices of grain rose in June 2020.\n",
    )
    weight = FEATURES.index("shared_weight")
    by_pair = {(i, j): reader.features(i, j)[weight] for i, j in reader.candidates()}
    assert by_pair[(0, 1)] > by_pair[(0, 2)] == 0.0


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.integers(min_value=1, max_value=3 * MAX_DAYS))
def test_only_dates_at_most_max_days_apart_are_candidates(tmp_path: Path, days: int) -> None:
    first = dt.date(2001, 1, 1)
    second = first + dt.timedelta(days=days)
    reader = _reader(
        tmp_path,
        f"The Varrow lock opened on {first.day} {first:%B %Y}.\n\n"
        f"The Varrow lock opened on {second.day} {second:%B %Y}.\n",
    )
    assert [w for _, _, w in reader.all_pairs()] == [None if days <= MAX_DAYS else "too far apart"]
