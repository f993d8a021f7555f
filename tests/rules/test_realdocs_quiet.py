"""The name, date and quotation rules stay quiet on real published writing.

Reads ../shared/realdocs (published posts and pages nobody here wrote; skipped when
absent) and pins how few findings these rules give there: no quotation or event-date
findings at all, and name variants on few documents. Counts, not exact findings, so the
test does not break when a reader improves.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from claimcheck.config import Settings
from claimcheck.ingest import load_document
from claimcheck.pipeline import build_rules, check_document
from conftest import ROOT

_CANDIDATES = [ROOT.parent / "shared" / "realdocs", ROOT.parents[1] / "shared" / "realdocs"]
REALDOCS = next((p for p in _CANDIDATES if (p / "manifest.jsonl").is_file()), _CANDIDATES[0])

pytestmark = pytest.mark.skipif(
    not (REALDOCS / "manifest.jsonl").is_file(),
    reason=f"the real documents are not here: {REALDOCS} (../shared/realdocs beside the repository)",
)

RULES = ["NM001", "NM002", "DT001", "DT002", "QT001"]


def _documents(formats: set[str], sources: set[str]) -> list[str]:
    rows = [json.loads(line) for line in (REALDOCS / "manifest.jsonl").read_text().splitlines() if line]
    return [r["file"] for r in rows if r["format"] in formats and r["source"] in sources]


@pytest.fixture(scope="module")
def findings():
    files = _documents({"markdown", "html"}, {"18f", "optech", "digitalgov", "readability"})
    settings = Settings(select=RULES)
    rules = build_rules(settings)
    out = {}
    cwd = os.getcwd()
    os.chdir(REALDOCS)
    try:
        for name in files:
            kept, _ = check_document(load_document(Path(name)), rules, settings)
            out[name] = kept
    finally:
        os.chdir(cwd)
    return out


def test_no_quotation_or_event_date_findings(findings):
    got = [
        f"{f.location.path}:{f.location.line} {f.rule} {f.message}"
        for fs in findings.values()
        for f in fs
        if f.rule in ("QT001", "DT001")
    ]
    assert got == []


def test_few_warnings_per_document(findings):
    warnings = sum(1 for fs in findings.values() for f in fs if f.severity.value in ("warning", "error"))
    assert warnings <= 0.05 * len(findings), warnings


def test_relative_windows_without_a_date_give_one_notice_per_document(findings):
    for fs in findings.values():
        dt002 = [f for f in fs if f.rule == "DT002"]
        assert len(dt002) <= 1 and all(f.severity.value == "info" for f in dt002)
