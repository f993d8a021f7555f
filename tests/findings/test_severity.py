"""``Severity.fails``: the one place that decides whether a finding fails a run at
``--fail-on`` (the exit status, ``claimcheck annotate`` and the JUnit report ask it)."""

from __future__ import annotations

import pytest

from claimcheck.findings.severity import Severity


@pytest.mark.parametrize(
    ("fail_on", "failing"),
    [
        ("error", {"error"}),
        ("warning", {"error", "warning"}),
        ("info", {"error", "warning", "info"}),
        ("never", set()),
    ],
)
def test_a_severity_fails_at_its_level_and_below(fail_on, failing):
    assert {s.value for s in Severity if s.fails(fail_on)} == failing
