"""The suite's own settings: hypothesis runs a fixed profile in CI (tests/conftest.py)."""

from __future__ import annotations

import pytest


def test_the_ci_profile_is_fixed_and_bounded() -> None:
    hypothesis = pytest.importorskip("hypothesis", reason="hypothesis is not installed (the test extras)")
    profile = hypothesis.settings.get_profile("ci")
    assert profile.derandomize  # the same examples on every run
    assert profile.database is None  # nothing written beside the checkout
    assert profile.max_examples <= 200 and profile.deadline is None
