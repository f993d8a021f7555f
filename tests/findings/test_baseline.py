"""Baselines: record today's findings, fail only on new ones, survive edits above them."""

from __future__ import annotations

import json

import pytest

from claimcheck.errors import OutputError

from claimcheck.errors import UsageError
from claimcheck.findings.baseline import Baseline, apply_baseline, load_baseline, write_baseline
from conftest import ROOT, run_cli

# a frozen copy of docs/examples/issue-23.md, so edits to the example do not move these tests
EXAMPLE = ROOT / "tests" / "report" / "draft.md"

SELECT = ("--select", "FN")


@pytest.fixture
def draft(tmp_path):
    path = tmp_path / "issue.md"
    path.write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    return path


def test_write_then_check_passes_and_is_sorted(draft, tmp_path):
    base = tmp_path / "baseline.json"
    proc = run_cli("verify", *SELECT, "--write-baseline", base, draft.name, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "wrote" in proc.stderr and "2 findings" in proc.stderr
    data = json.loads(base.read_text())
    assert data["version"] == 1 and data["tool"] == "claimcheck"
    keys = [(e["path"], e["rule"], e["fingerprint"]) for e in data["findings"]]
    assert keys == sorted(keys) and {e["rule"] for e in data["findings"]} == {"FN001", "FN002"}
    assert all(e["count"] == 1 for e in data["findings"])
    proc = run_cli("verify", *SELECT, "--baseline", base, draft.name, cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "2 findings in the baseline" in proc.stderr


def test_editing_above_keeps_the_gate_green(draft, tmp_path):
    base = tmp_path / "baseline.json"
    assert run_cli("verify", *SELECT, "--write-baseline", base, draft.name, cwd=tmp_path).returncode == 0
    before = json.loads(run_cli("verify", *SELECT, "--format", "json", draft.name, cwd=tmp_path).stdout)
    text = draft.read_text()
    # a new paragraph and a longer sentence above both findings: every line moves
    text = text.replace("# Introduction\n", "# Introduction\n\nA new opening paragraph,\nover two lines.\n\n", 1)
    draft.write_text(text)
    after = json.loads(run_cli("verify", *SELECT, "--format", "json", draft.name, cwd=tmp_path).stdout)
    assert [f["line"] for f in after["findings"]] != [f["line"] for f in before["findings"]]
    assert sorted(f["fingerprint"] for f in after["findings"]) == sorted(f["fingerprint"] for f in before["findings"])
    proc = run_cli("verify", *SELECT, "--baseline", base, "--format", "json", draft.name, cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout
    summary = json.loads(proc.stdout)["summary"]
    assert summary["findings"] == 0 and summary["baseline"]["baselined"] == 2 and summary["baseline"]["stale"] == []


def test_new_finding_fails_and_fixed_one_is_reported_stale(draft, tmp_path):
    base = tmp_path / "baseline.json"
    assert run_cli("verify", *SELECT, "--write-baseline", base, draft.name, cwd=tmp_path).returncode == 0
    text = draft.read_text()
    # fix the duplicate footnote 3 (FN001 and FN002 go), and add an unreferenced note
    text = text.replace("[^3]: Echo Huang", "[^4]: Echo Huang").replace(
        "# Satellites for Everyone", "[^9]: An orphan note.\n\n# Satellites for Everyone"
    )
    draft.write_text(text)
    proc = run_cli("verify", *SELECT, "--baseline", base, "--format", "json", draft.name, cwd=tmp_path)
    data = json.loads(proc.stdout)
    assert proc.returncode == 1
    assert [f["rule"] for f in data["findings"]] == ["FN003"]
    stale = data["summary"]["baseline"]["stale"]
    assert {s["rule"] for s in stale} == {"FN001", "FN002"} and all(s["missing"] == 1 for s in stale)
    assert "baseline entries no longer occur" in proc.stderr
    assert "FN001 footnote 3 is defined twice" in proc.stderr


def _result_with(findings):
    from claimcheck.pipeline import Result

    return Result(files=["a.md"], findings=list(findings))


def _f(line, subject="same note"):
    from claimcheck.document import Location
    from claimcheck.findings.model import Finding, Severity

    return Finding(
        rule="FN003",
        name="unreferenced-footnote",
        severity=Severity.warning,
        message="m",
        location=Location(path="a.md", line=line, column=1),
        subject=subject,
    )


def test_identical_findings_are_counted():
    baseline = Baseline.from_findings([_f(3), _f(9)])
    assert len(baseline.entries) == 1 and baseline.total == 2
    three = _result_with([_f(1), _f(5), _f(8)])
    outcome = apply_baseline(three, baseline, "b.json")
    assert [f.location.line for f in three.findings] == [8] and len(outcome.baselined) == 2
    one = _result_with([_f(4)])
    outcome = apply_baseline(one, baseline, "b.json")
    assert one.findings == [] and [s.missing for s in outcome.stale] == [1]


def test_round_trip_and_atomic_write(tmp_path):
    path = tmp_path / "sub" / "b.json"
    with pytest.raises(OutputError):  # folders are never made for a baseline (E312)
        write_baseline(path, [_f(3)])
    path.parent.mkdir()
    write_baseline(path, [_f(3), _f(4, "other")])
    assert load_baseline(path).entries == Baseline.from_findings([_f(3), _f(4, "other")]).entries
    assert [p.name for p in path.parent.iterdir()] == ["b.json"]  # no temporary file left


@pytest.mark.parametrize(
    "content,why",
    [
        (None, "no such file"),
        ("{not json", "not valid JSON"),
        ('{"version": 1, "findings": []}', "not a claimcheck baseline"),
        ('{"version": 7, "tool": "claimcheck", "findings": []}', "version 7"),
        ('{"version": 1, "tool": "claimcheck", "findings": [{"count": 1}]}', "entry 1"),
    ],
)
def test_bad_baseline_files(tmp_path, draft, content, why):
    path = tmp_path / "b.json"
    if content is not None:
        path.write_text(content)
    with pytest.raises(UsageError, match=why):
        load_baseline(path)
    proc = run_cli("verify", "--baseline", path, draft.name, cwd=tmp_path)
    assert proc.returncode == 2 and "error[E411]" in proc.stderr and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_baseline_options_exclude_each_other(tmp_path, draft):
    proc = run_cli("verify", "--baseline", "a.json", "--write-baseline", "b.json", draft.name, cwd=tmp_path)
    assert proc.returncode == 2 and "error[E417]" in proc.stderr
