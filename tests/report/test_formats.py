"""The report formats: golden files, the SARIF schema, GitHub escaping and limits, JUnit.

Golden files live in ``tests/report/golden/``. They are made from a frozen copy of the example
draft (``tests/report/draft.md``) with the footnote rules only (``select = ["FN"]``), so rules added later do not move
them; the HTML golden uses a fixed set of claims for the same reason. After a deliberate
change of a format, regenerate them and review the diff::

    CLAIMCHECK_REGEN_GOLDEN=1 python -m pytest tests/report
"""

from __future__ import annotations

import json
import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from claimcheck.config import Settings
from claimcheck.document import Location
from claimcheck.findings.model import Finding, Related, Severity
from claimcheck.pipeline import Result, verify
from claimcheck.report import FORMATS, render
from claimcheck.report.github import annotation, escape_data, escape_property
from conftest import ROOT, run_cli

# a frozen copy of docs/examples/issue-23.md, so edits to the example do not move these tests
EXAMPLE = ROOT / "tests" / "report" / "draft.md"

HERE = Path(__file__).parent
GOLDEN = HERE / "golden"
SCHEMA = json.loads((HERE / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
REGEN = bool(os.environ.get("CLAIMCHECK_REGEN_GOLDEN"))


@pytest.fixture
def example_result(monkeypatch):
    monkeypatch.chdir(ROOT)
    return verify([EXAMPLE.relative_to(ROOT).as_posix()], Settings(select=["FN"]))


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if REGEN:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.is_file(), f"no golden file {path}: run with CLAIMCHECK_REGEN_GOLDEN=1"
    assert text == path.read_text(encoding="utf-8"), f"{name} differs from its golden file (see module docstring)"


@pytest.mark.parametrize(
    "fmt,name",
    [
        ("sarif", "example.sarif"),
        ("github", "example.github.txt"),
        ("junit", "example.junit.xml"),
        ("markdown", "example.md"),
        ("text", "example.txt"),
    ],
)
def test_golden(example_result, fmt, name):
    check_golden(name, render(example_result, fmt, base=ROOT))


def _finding(path="a.md", line=1, col=1, rule="FN001", sev=Severity.error, msg="m", subject="", related=()):
    return Finding(
        rule=rule,
        name={"FN001": "duplicate-footnote-number", "FN003": "unreferenced-footnote"}.get(rule, "x-rule"),
        severity=sev,
        message=msg,
        location=Location(path=path, line=line, column=col),
        related=tuple(Related(location=Location(path=path, line=ln, column=1), message=m) for ln, m in related),
        subject=subject or f"{msg} {line}",
    )


def _result(findings, files=None, rules=None) -> Result:
    files = files or sorted({f.location.path for f in findings})
    r = Result(files=list(files), findings=sorted(findings, key=lambda f: f.sort_key))
    r.rules = rules if rules is not None else sorted({(f.rule, f.name) for f in findings})
    return r


# ---------------------------------------------------------------------------- SARIF


def validate_sarif(data: dict) -> None:
    validator = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.path))
    assert not errors, "; ".join(f"{list(e.path)}: {e.message}" for e in errors[:5])


def test_sarif_is_valid_and_complete(example_result):
    data = json.loads(render(example_result, "sarif", base=ROOT))
    validate_sarif(data)
    run = data["runs"][0]
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    assert set(rules) == {"FN001", "FN002", "FN003", "FN004"}  # the rules that ran (--select FN)
    fn001 = rules["FN001"]
    assert fn001["name"] == "duplicate-footnote-number"
    assert fn001["shortDescription"]["text"].startswith("A footnote number")
    assert "## Why is this bad?" in fn001["fullDescription"]["text"]
    assert fn001["help"]["markdown"].startswith("# FN001 duplicate-footnote-number")
    assert fn001["defaultConfiguration"]["level"] == "error"
    assert run["columnKind"] == "unicodeCodePoints"
    by_rule = {r["ruleId"]: r for r in run["results"]}
    res = by_rule["FN001"]
    assert run["tool"]["driver"]["rules"][res["ruleIndex"]]["id"] == "FN001"
    loc = res["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "tests/report/draft.md"
    assert loc["region"] == {"startLine": 36, "startColumn": 1, "endLine": 36, "endColumn": 172}  # the whole note
    assert [r["message"]["text"] for r in res["relatedLocations"]] == [
        "footnote 3 first defined here",
        "reference 4 has no note: is this it?",
    ]
    fingerprints = {f.rule: f.fingerprint for f in example_result.findings}
    assert res["partialFingerprints"] == {"claimcheck/v1": fingerprints["FN001"]}


def test_sarif_schema_rejects_a_broken_log(example_result):
    data = json.loads(render(example_result, "sarif", base=ROOT))
    data["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(AssertionError, match="fatal"):
        validate_sarif(data)
    data = json.loads(render(example_result, "sarif", base=ROOT))
    data["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0
    with pytest.raises(AssertionError, match="minimum"):
        validate_sarif(data)


def test_sarif_uris_are_relative_and_encoded(tmp_path):
    draft = tmp_path / "drafts" / "issue 22 ü.md"
    f = _finding(path=str(draft), related=[(3, "there")])
    data = json.loads(render(_result([f]), "sarif", base=tmp_path))
    validate_sarif(data)
    uri = data["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "drafts/issue%2022%20%C3%BC.md"
    outside = json.loads(render(_result([f]), "sarif", base=tmp_path / "elsewhere"))
    assert outside["runs"][0]["artifacts"][0]["location"]["uri"].startswith("file:///")


def test_sarif_reports_unreadable_drafts(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty.md").write_text("")
    result = verify(["empty.md"], Settings(select=["FN"]))
    data = json.loads(render(result, "sarif"))
    validate_sarif(data)
    inv = data["runs"][0]["invocations"][0]
    assert inv["executionSuccessful"] is False
    assert inv["toolExecutionNotifications"][0]["descriptor"]["id"] == "E105"


# ---------------------------------------------------------------------------- GitHub


def test_github_escaping_rules():
    assert escape_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_github_annotation_with_spaces_colons_and_newlines(tmp_path):
    path = "drafts/issue 22, final: v2.md"
    f = _finding(path=path, line=12, col=5, msg="footnote 3 is 100% wrong\nsee: here", related=[(4, "first, here")])
    line = annotation(f, base=tmp_path)
    assert line.startswith(
        "::error file=drafts/issue 22%2C final%3A v2.md,line=12,col=5,title=FN001 duplicate-footnote-number::"
    )
    body = line.split("::", 2)[2]
    assert "\n" not in line and "%0A" in body
    assert body.startswith("footnote 3 is 100%25 wrong%0Asee: here%0A")
    assert "drafts/issue 22, final: v2.md:4:1: first, here" in body  # data keeps ':' and ','


def test_github_caps_annotations_and_says_so():
    findings = [_finding(line=i, msg=f"e{i}") for i in range(1, 14)]
    findings += [_finding(line=100 + i, rule="FN003", sev=Severity.warning, msg=f"w{i}") for i in range(1, 12)]
    out = render(_result(findings), "github").splitlines()
    assert sum(1 for ln in out if ln.startswith("::error ")) == 10
    assert sum(1 for ln in out if ln.startswith("::warning ")) == 10
    plain = [ln for ln in out if ln.startswith("a.md:")]
    assert len(plain) == 4  # 3 errors and 1 warning past the limits, as plain lines
    assert "4 more findings were not annotated" in out[-2]
    assert out[-1].startswith("24 findings")


def test_github_step_summary_is_appended(tmp_path, example_result):
    summary = tmp_path / "summary.md"
    summary.write_text("# earlier step\n")
    render(example_result, "github", base=ROOT, step_summary=str(summary))
    render(example_result, "github", base=ROOT, step_summary=str(summary))
    text = summary.read_text()
    assert text.startswith("# earlier step\n")
    assert text.count("<!-- claimcheck-report -->") == 2
    assert "| 🔴 Errors | 2 |" in text


def test_github_cli_writes_the_job_summary(tmp_path):
    import subprocess
    import sys

    summary = tmp_path / "s.md"
    env = {**os.environ, "GITHUB_STEP_SUMMARY": str(summary)}
    proc = subprocess.run(
        [sys.executable, "-m", "claimcheck", "verify", "--select", "FN", "--format", "github", str(EXAMPLE)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout.count("::error file=") == 2
    assert "duplicate-footnote-number" in summary.read_text()


# ---------------------------------------------------------------------------- JUnit


def test_junit_one_suite_per_file_one_case_per_rule(example_result):
    root = ET.fromstring(render(example_result, "junit", base=ROOT))
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == ["tests/report/draft.md"]
    cases = {c.get("name"): c for c in suites[0].findall("testcase")}
    assert set(cases) == {
        "FN001 duplicate-footnote-number",
        "FN002 reference-without-footnote",
        "FN003 unreferenced-footnote",
        "FN004 footnote-numbering-order",
    }
    fail = cases["FN001 duplicate-footnote-number"].find("failure")
    assert fail is not None and fail.get("message") == "1 finding of FN001 duplicate-footnote-number"
    assert "tests/report/draft.md:36:1: error FN001" in fail.text
    assert "note: footnote 3 first defined here" in fail.text
    assert cases["FN003 unreferenced-footnote"].find("failure") is None
    assert suites[0].get("tests") == "4" and suites[0].get("failures") == "2"
    assert root.get("failures") == "2"


def test_junit_below_fail_on_is_listed_not_failed():
    r = _result([_finding(rule="FN003", sev=Severity.warning, msg="w\x01ctl")])
    root = ET.fromstring(render(r, "junit", fail_on="error"))
    case = root.find("testsuite/testcase")
    assert case.find("failure") is None
    assert "w\ufffdctl" in case.find("system-out").text  # control characters cannot go into XML


# ---------------------------------------------------------------------------- Markdown


def test_markdown_escapes_draft_text_and_groups_by_file():
    f1 = _finding(path="a.md", msg="title <script>alert(1)</script> | `x` [link](http://x)")
    f2 = _finding(path="b.md", line=3, rule="FN003", sev=Severity.warning, msg="w")
    text = render(_result([f1, f2]), "markdown")
    assert "<script>" not in text and "&lt;script&gt;" in text
    assert "\\|" in text and "\\`x\\`" in text and "\\[link\\]" in text
    assert text.index("<b>a.md</b>") < text.index("<b>b.md</b>")
    assert text.count("<details") == 2


def test_markdown_stays_under_the_comment_limit():
    findings = [_finding(path=f"f{i:03}.md", msg="x" * 300) for i in range(400)]
    text = render(_result(findings), "markdown")
    assert len(text) < 65_536
    assert re.search(r"… \d+ more findings in \d+ more files not shown", text)


def test_every_format_is_reachable_from_the_cli(tmp_path):
    for fmt in FORMATS:
        out = tmp_path / f"report.{fmt}"
        proc = run_cli("verify", "--select", "FN", "--format", fmt, "-o", out, EXAMPLE)
        assert proc.returncode == 1, (fmt, proc.stderr)
        assert out.stat().st_size > 200, fmt
