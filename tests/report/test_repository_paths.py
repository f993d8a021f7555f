"""Code scanning and GitLab place results by paths relative to the repository root,
wherever claimcheck ran from; GitLab Code Quality gets its own format."""

from __future__ import annotations

import json

from conftest import run_in_process

DRAFT = "Costs fell.[^1] Exports rose.[^2]\n\n[^1]: Ministry of Ports, annual report, 2024.\n"


def _repo(tmp_path):
    (tmp_path / ".git").mkdir()  # a checkout's root is where .git stands
    drafts = tmp_path / "content" / "drafts"
    drafts.mkdir(parents=True)
    (drafts / "a.md").write_text(DRAFT, encoding="utf-8")
    return drafts


def test_sarif_paths_are_relative_to_the_repository_root(tmp_path, monkeypatch, capsys):
    drafts = _repo(tmp_path)
    monkeypatch.chdir(drafts)  # run from a subfolder, as a pre-commit hook or a script may
    code, out, _ = run_in_process("verify", "a.md", "--format", "sarif", capsys=capsys)
    run = json.loads(out)["runs"][0]
    loc = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert loc["uri"] == "content/drafts/a.md" and loc["uriBaseId"] == "%SRCROOT%"
    assert "%SRCROOT%" in run["originalUriBaseIds"]
    assert str(tmp_path) not in out  # no machine-specific absolute path in the log


def test_gitlab_code_quality(tmp_path, monkeypatch, capsys):
    drafts = _repo(tmp_path)
    monkeypatch.chdir(drafts)
    code, out, _ = run_in_process("verify", "a.md", "--output-format", "gitlab", capsys=capsys)
    issues = json.loads(out)
    assert code == 1 and len(issues) == 1
    (issue,) = issues
    assert issue["check_name"] == "FN002 reference-without-footnote" and issue["severity"] == "major"
    assert issue["location"] == {"path": "content/drafts/a.md", "lines": {"begin": 1, "end": 1}}
    assert len(issue["fingerprint"]) == 32 and issue["description"].startswith("FN002 reference 2")
