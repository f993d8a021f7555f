"""The default rule set is chosen by judged precision on real published writing.

``benchmarks/judged/*.yml`` holds an editor's verdicts on findings from ``../shared/realdocs``;
``src/claimcheck/data/precision.json`` is their count per rule (what ``claimcheck rules``
shows). A rule under the bar is a preview rule, never in the default set.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from claimcheck.config import Settings
from claimcheck.pipeline import build_rules
from claimcheck.rules.catalogue import RULES
from claimcheck.rules.docs import DEFAULT_THRESHOLD, default_status, judged_precision

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCH))

import precision  # noqa: E402


def test_package_data_is_the_count_of_the_judged_sample():
    assert precision.PACKAGE_DATA.read_text(encoding="utf-8") == precision.package_data(precision.load()), (
        "regenerate: python benchmarks/precision.py --no-run --write-package-data"
    )


@pytest.mark.parametrize("rule", [r for r in RULES if not r.requires_registry], ids=lambda r: r.code)
def test_a_rule_is_default_only_above_the_bar(rule):
    judged = judged_precision().get(rule.code)
    default, why = default_status(rule)
    if judged and judged["precision"] < DEFAULT_THRESHOLD:
        assert not default, f"{rule.code} is judged {judged['precision']:.0%}: make it a preview rule"
    if rule.preview:
        assert judged and judged["precision"] < DEFAULT_THRESHOLD, f"{rule.code} is preview without a measured reason"
        assert "--preview" in why


def test_preview_rules_run_with_preview_or_by_name_only():
    previews = [r for r in RULES if r.preview]
    if not previews:
        pytest.skip("no rule is in preview")
    rule = previews[0]
    codes = lambda s: {r.code for r in build_rules(s)}  # noqa: E731
    assert rule.code not in codes(Settings())
    assert rule.code not in codes(Settings(select=[rule.family()]))
    assert rule.code in codes(Settings(preview=True))
    assert rule.code in codes(Settings(select=[rule.code]))


def test_every_verdict_has_a_reason_and_names_a_rule():
    codes = {r.code for r in RULES} | {"CC001"}
    for e in precision.load():
        assert e["rule"] in codes
        assert e["verdict"] in precision.VERDICTS and e["reason"].strip()
