"""The CI recipes in docs/ci.md and .pre-commit-hooks.yaml parse and name what they must."""

from __future__ import annotations

import re
import shlex

import yaml

from claimcheck.cli import cli
from conftest import ROOT

DOC = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
BLOCKS = [yaml.safe_load(b) for b in re.findall(r"```yaml\n(.*?)```", DOC, re.S)]


def _commands(text: str) -> list[list[str]]:
    """Every ``claimcheck ...`` command line in a script string, split as a shell would."""
    out = []
    for line in re.split(r"\n(?=\S)", text.strip()):
        line = " ".join(line.split())
        if line.startswith("claimcheck "):
            out.append(shlex.split(line.replace("${{ github.base_ref }}", "main")))
    return out


def _check_cli(args: list[str]) -> None:
    """The flags exist: click parses the command line (without running it)."""
    sub = cli.commands[args[1]]
    ctx = sub.make_context("claimcheck", args[2:], resilient_parsing=False)
    assert ctx.params["paths"]


def test_github_workflow():
    wf = next(b for b in BLOCKS if "jobs" in b)
    assert wf["name"] == "claimcheck"
    on = wf.get("on", wf.get(True))  # YAML 1.1 reads a bare `on` as true
    assert "pull_request" in on and "drafts/**" in on["pull_request"]["paths"]
    assert wf["permissions"]["security-events"] == "write"
    steps = wf["jobs"]["claimcheck"]["steps"]
    uses = [s.get("uses", "") for s in steps]
    assert uses[0].startswith("actions/checkout@") and steps[0]["with"]["fetch-depth"] == 0
    assert any(u.startswith("github/codeql-action/upload-sarif@") for u in uses)
    upload = next(s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif@"))
    runs = [s["run"] for s in steps if "run" in s]
    commands = [c for r in runs for c in _commands(r)]
    assert any("--format" in c and c[c.index("--format") + 1] == "github" for c in commands)
    sarif = next(c for c in commands if "sarif" in c)
    assert sarif[sarif.index("--output") + 1] == upload["with"]["sarif_file"]
    for c in commands:
        assert "--changed-since" in c
        _check_cli(c)
    assert any("--baseline" in c for c in commands)


def test_gitlab_job():
    job = next(b for b in BLOCKS if "claimcheck" in b)["claimcheck"]
    assert {"image", "script", "artifacts", "rules"} <= set(job)
    assert job["variables"]["GIT_DEPTH"] == "0"
    assert job["artifacts"]["reports"]["junit"] == "claimcheck.xml"
    commands = [
        c for line in job["script"] for c in _commands(line.replace("$CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "main"))
    ]
    assert len(commands) == 3
    outputs = {c[c.index("--output") + 1] for c in commands if "--output" in c}
    assert outputs == set(job["artifacts"]["paths"])
    assert "--fail-on" not in commands[-1]  # the last command is the gate
    for c in commands:
        _check_cli(c)


def test_pre_commit_hooks():
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    ids = {h["id"]: h for h in hooks}
    assert set(ids) == {"claimcheck", "claimcheck-baseline"}
    for hook in hooks:
        assert {"id", "name", "entry", "language", "files"} <= set(hook)
        assert hook["language"] == "python" and hook["entry"].startswith("claimcheck verify")
        assert re.search(hook["files"], "drafts/issue-22.md") and not re.search(hook["files"], "src/app.py")
        _check_cli(shlex.split(hook["entry"]) + ["drafts/issue-22.md"])
    assert "--baseline" in ids["claimcheck-baseline"]["entry"]
    consumer = next(b for b in BLOCKS if "repos" in b)
    assert consumer["repos"][0]["hooks"][0]["id"] in ids
