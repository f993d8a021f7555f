"""Findings of one slip name each other (AC001+AC002+AC003 on one acronym, RG on one claim)."""

from __future__ import annotations

import json

from conftest import EXAMPLE, ISSUE_TXT, ROOT, requires_corpus, run_in_process

from claimcheck.document import Location
from claimcheck.findings.linking import link_related
from claimcheck.findings.model import Finding, Severity


def _f(rule: str, line: int, subject: str, related=()) -> Finding:
    return Finding(
        rule=rule,
        name=rule.lower(),
        severity=Severity.error,
        message=f"{rule} says so",
        location=Location(path="d.md", line=line, column=1),
        subject=subject,
        related=related,
    )


def test_acronym_findings_on_one_acronym_name_each_other_and_no_others():
    found = [
        _f("AC002", 3, "SASTIND State-owned"),
        _f("AC001", 9, "SASTIND state / other"),
        _f("AC003", 9, "SASTIND State Admin"),
        _f("AC002", 12, "CNAS China National"),
    ]
    linked = link_related(found)
    assert [f.rule for f in linked] == ["AC002", "AC001", "AC003", "AC002"]
    assert [r.message for r in linked[0].related] == [
        "same slip: AC001 AC001 says so",
        "same slip: AC003 AC003 says so",
    ]
    assert {r.message.split()[2] for r in linked[1].related} == {"AC002", "AC003"}
    assert linked[3].related == ()  # another acronym
    assert [f.fingerprint for f in linked] == [f.fingerprint for f in found]  # identities unchanged


def test_a_lone_finding_is_left_as_it_is():
    one = [_f("AC001", 9, "SASTIND x")]
    assert link_related(one) == one


def test_rg001_and_rg006_on_one_figure_are_linked(tmp_path, monkeypatch, capsys):
    draft = tmp_path / "ready.md"
    text = EXAMPLE.read_text(encoding="utf-8").replace("status: draft", "status: ready")
    draft.write_text(text.replace("580 billion euros", "680 billion euros"), encoding="utf-8")
    code, out, _ = run_in_process(
        "verify",
        draft,
        "--claims",
        ROOT / "docs/examples/claims",
        "--select",
        "RG001,RG006",
        "--format",
        "json",
        capsys=capsys,
    )
    found = [f for f in json.loads(out)["findings"] if f["line"] == 10]
    assert sorted(f["rule"] for f in found) == ["RG001", "RG006"]
    for f in found:
        other = "RG006" if f["rule"] == "RG001" else "RG001"
        assert any(r["message"].startswith(f"same slip: {other} ") and r["line"] == 10 for r in f["related"])


@requires_corpus
def test_the_real_issue_sastind_findings_are_linked(capsys):
    code, out, _ = run_in_process(
        "verify", ISSUE_TXT, "--select", "AC001,AC002,AC003", "--format", "json", capsys=capsys
    )
    sastind = [f for f in json.loads(out)["findings"] if "'SASTIND'" in f["message"]]
    assert sorted(f["rule"] for f in sastind) == ["AC001", "AC002", "AC003"]
    for f in sastind:
        linked = {r["message"].split()[2] for r in f["related"] if r["message"].startswith("same slip:")}
        assert linked == {"AC001", "AC002", "AC003"} - {f["rule"]}
