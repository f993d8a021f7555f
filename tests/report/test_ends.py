"""Reports carry where a finding's words end, and SARIF links rules to their documentation
only when claimcheck knows where it is.

End to end through the CLI (in process) on a draft of our own with an acronym that does not
fit its expansion (AC002, one line), a list whose declared count is wrong running over two
lines (LS002) and a cut-off URL in a note (CT002): SARIF regions end with ``endLine``/
``endColumn`` (the column after the last character), GitHub annotations with ``endLine``
(and ``endColumn`` on one line), GitLab issues with ``lines.end``, the JSON with ``end``;
and the file text between start and end is the finding's words.
"""

from __future__ import annotations

import json
import re
from email.message import Message
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from claimcheck.document import Location
from claimcheck.findings.model import Finding, Severity
from claimcheck.report.github import annotation
from conftest import ROOT, run_in_process
from report.test_formats import validate_sarif

DRAFT = """# Harbour Notes

The Northern River Basin Authority (NBRA) opened two gauges this spring.

The corridor has four partner ports (Ancona, Split
and Bari).[^1]

[^1]: "Corridor charter," Port Office, 2024, https://english
"""

AC002_WORDS = "Northern River Basin Authority (NBRA)"


@pytest.fixture
def draft(tmp_path, monkeypatch):
    (tmp_path / ".git").mkdir()  # the repository root SARIF paths are relative to
    path = tmp_path / "draft.md"
    path.write_text(DRAFT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return path


def _words(path: Path, line: int, column: int, end_line: int, end_column: int) -> str:
    lines = path.read_text(encoding="utf-8").split("\n")
    if line == end_line:
        return lines[line - 1][column - 1 : end_column - 1]
    return "\n".join(
        [lines[line - 1][column - 1 :], *lines[line : end_line - 1], lines[end_line - 1][: end_column - 1]]
    )


def _no_documentation_url(monkeypatch):
    """The installed package's metadata names no Documentation URL (as today)."""
    import importlib.metadata

    real = importlib.metadata.metadata

    def metadata(name):
        meta = real(name)
        if name != "claimcheck":
            return meta
        out = Message()
        for key, value in meta.items():
            if key != "Project-URL":
                out[key] = value
        return out

    monkeypatch.setattr(importlib.metadata, "metadata", metadata)


def test_sarif_regions_end_where_the_words_end(draft, capsys, monkeypatch):
    _no_documentation_url(monkeypatch)
    code, out, _ = run_in_process("verify", "draft.md", "--format", "sarif", capsys=capsys)
    assert code == 1
    data = json.loads(out)
    validate_sarif(data)
    regions = {r["ruleId"]: r["locations"][0]["physicalLocation"]["region"] for r in data["runs"][0]["results"]}
    assert {"AC002", "LS002", "CT002"} <= set(regions)
    for rule, region in regions.items():
        assert (region["endLine"], region["endColumn"]) > (region["startLine"], region["startColumn"]), rule
    ac = regions["AC002"]
    assert _words(draft, ac["startLine"], ac["startColumn"], ac["endLine"], ac["endColumn"]) == AC002_WORDS
    url = regions["CT002"]
    assert _words(draft, url["startLine"], url["startColumn"], url["endLine"], url["endColumn"]) == "https://english"
    ls = regions["LS002"]
    assert ls["endLine"] == ls["startLine"] + 1  # the list runs over two lines
    assert (
        _words(draft, ls["startLine"], ls["startColumn"], ls["endLine"], ls["endColumn"])
        == "four partner ports (Ancona, Split\nand Bari)"
    )
    # no documentation address known: no helpUri anywhere
    assert all("helpUri" not in r for r in data["runs"][0]["tool"]["driver"]["rules"])


def _rules_anchors() -> set[str]:
    text = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    return {f"{code.lower()}-{name}" for code, name in re.findall(r"^## ([A-Z]{2}\d{3}) ([a-z0-9-]+)$", text, re.M)}


@pytest.mark.parametrize(
    ("how", "base", "page"),
    [
        (
            "flag",
            "https://git.example.org/team/claimcheck/blob/main/docs/",
            "https://git.example.org/team/claimcheck/blob/main/docs/rules.md",
        ),
        (
            "settings",
            "https://docs.example.org/claimcheck/rules.html",
            "https://docs.example.org/claimcheck/rules.html",
        ),
        ("metadata", "https://docs.example.org/claimcheck", "https://docs.example.org/claimcheck/rules.md"),
    ],
)
def test_sarif_help_uri_when_the_documentation_address_is_known(draft, capsys, monkeypatch, how, base, page):
    _no_documentation_url(monkeypatch)
    args = ["verify", "draft.md", "--format", "sarif", "--select", "ALL"]
    if how == "flag":
        args += ["--docs-url", base]
    elif how == "settings":
        (draft.parent / "claimcheck.toml").write_text(f'docs-url = "{base}"\n', encoding="utf-8")
    else:
        import importlib.metadata

        real = importlib.metadata.metadata
        ours = _meta(
            ("Project-URL", "Homepage, https://elsewhere.example.org/"), ("Project-URL", f"Documentation, {base}")
        )
        monkeypatch.setattr(importlib.metadata, "metadata", lambda name: ours if name == "claimcheck" else real(name))
    code, out, err = run_in_process(*args, capsys=capsys)
    assert code == 1, err
    data = json.loads(out)
    validate_sarif(data)
    rules = data["runs"][0]["tool"]["driver"]["rules"]
    anchors = _rules_anchors()
    assert len(rules) > 30
    for rule in rules:
        uri = rule["helpUri"]
        parts = urlsplit(uri)
        assert parts.scheme == "https" and parts.netloc and not re.search(r"\s", uri), uri
        assert uri == f"{page}#{rule['id'].lower()}-{rule['name']}"
        assert parts.fragment in anchors  # the rule's heading in docs/rules.md


def _meta(*items: tuple[str, str]) -> Message:
    out = Message()
    for key, value in items:
        out[key] = value
    return out


@pytest.mark.parametrize("value", ["docs/", "example.org/docs", "ftp://example.org/docs/", "https://"])
def test_a_docs_url_that_is_no_absolute_web_address_is_refused(draft, capsys, value):
    code, _, err = run_in_process("verify", "draft.md", "--format", "sarif", "--docs-url", value, capsys=capsys)
    assert code == 2 and "E419" in err and "--docs-url" in err and "Traceback" not in err
    (draft.parent / "claimcheck.toml").write_text(f'docs-url = "{value}"\n', encoding="utf-8")
    code, _, err = run_in_process("verify", "draft.md", capsys=capsys)
    assert code == 2 and "E201" in err and "docs-url" in err and "claimcheck.toml:1" in err


def test_docs_url_is_in_the_help(capsys):
    code, out, _ = run_in_process("verify", "--help", capsys=capsys)
    assert code == 0 and "--docs-url" in out and "helpUri" in out


def test_github_annotations_cover_the_words(draft, capsys):
    code, out, _ = run_in_process("verify", "draft.md", "--format", "github", capsys=capsys)
    lines = {re.search(r"title=(\w+)", ln).group(1): ln for ln in out.splitlines() if ln.startswith("::")}
    ac = lines["AC002"]
    col = int(re.search(r",col=(\d+)", ac).group(1))
    line = int(re.search(r",line=(\d+)", ac).group(1))
    assert f",endLine={line}," in ac
    end_col = int(re.search(r",endColumn=(\d+)", ac).group(1))
    assert _words(draft, line, col, line, end_col) == AC002_WORDS
    ls = lines["LS002"]  # two lines: endLine, and no columns (the runner would drop them)
    start = int(re.search(r",line=(\d+)", ls).group(1))
    assert f",endLine={start + 1}," in ls and ",col=" not in ls and "endColumn" not in ls


def test_github_annotation_without_an_end_is_as_before():
    f = Finding(
        rule="CC002",
        name="reading-notice",
        severity=Severity.info,
        message="m",
        location=Location(path="a.md", line=3, column=4),
    )
    assert annotation(f, ".").startswith("::notice file=a.md,line=3,col=4,title=CC002 reading-notice::")


def test_gitlab_and_json_carry_the_end(draft, capsys):
    _, out, _ = run_in_process("verify", "draft.md", "--format", "gitlab", capsys=capsys)
    lines = {i["check_name"].split()[0]: i["location"]["lines"] for i in json.loads(out)}
    assert lines["AC002"]["end"] == lines["AC002"]["begin"]
    assert lines["LS002"]["end"] == lines["LS002"]["begin"] + 1
    _, out, _ = run_in_process("verify", "draft.md", "--format", "json", capsys=capsys)
    by_rule = {f["rule"]: f for f in json.loads(out)["findings"]}
    ac = by_rule["AC002"]
    assert _words(draft, ac["line"], ac["column"], ac["end"]["line"], ac["end"]["column"]) == AC002_WORDS


def test_json_end_is_null_for_a_finding_on_no_words(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d.md").write_text("---\ndate: sometime in spring\n---\n\nThe pier reopened.\n", encoding="utf-8")
    _, out, _ = run_in_process("verify", "d.md", "--format", "json", "--fail-on", "never", capsys=capsys)
    (cc,) = [f for f in json.loads(out)["findings"] if f["rule"] == "CC002"]
    assert cc["end"] is None


def test_html_marks_the_findings_own_span(tmp_path, monkeypatch):
    from claimcheck.config import Settings
    from claimcheck.pipeline import verify
    from claimcheck.report import render

    monkeypatch.chdir(tmp_path)
    (tmp_path / "draft.md").write_text("# Dock\n\nThe breakwater held through the storm.\n", encoding="utf-8")
    result = verify(["draft.md"], Settings())
    result.findings.append(
        Finding(
            rule="NU001",
            name="x",
            severity=Severity.warning,
            message="m",
            subject="breakwater",
            location=Location(path="draft.md", line=3, column=5),
            end=Location(path="draft.md", line=3, column=20),
        )
    )
    page = render(result, "html")
    assert re.search(r'id="x0">breakwater held</mark>', page)  # the subject alone would mark one word


@pytest.mark.parametrize(
    ("base", "uri"),
    [
        (
            "https://git.example.org/o/c/blob/main/docs/",
            "https://git.example.org/o/c/blob/main/docs/rules.md#fn001-duplicate-footnote-number",
        ),
        (
            "https://git.example.org/o/c/blob/main/docs",
            "https://git.example.org/o/c/blob/main/docs/rules.md#fn001-duplicate-footnote-number",
        ),
        (
            "https://docs.example.org/rules.html#top",
            "https://docs.example.org/rules.html#fn001-duplicate-footnote-number",
        ),
        (
            "https://docs.example.org/docs/?ref=v1",
            "https://docs.example.org/docs/rules.md?ref=v1#fn001-duplicate-footnote-number",
        ),
    ],
)
def test_help_uri_is_the_rules_page_and_the_rules_anchor(base, uri):
    from claimcheck.report.sarif import help_uri

    assert help_uri(base, "FN001", "duplicate-footnote-number") == uri
