"""``verify --changed-since REF``: only drafts added or modified since a git ref."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from claimcheck.errors import UsageError
from claimcheck.vcs import changed_drafts, changed_files
from conftest import ROOT, run_cli

# a frozen copy of docs/examples/issue-23.md, so edits to the example do not move these tests
EXAMPLE = ROOT / "tests" / "report" / "draft.md"

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(repo, *args):
    env = {
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
        "HOME": str(repo),
        "PATH": "/usr/bin:/bin",
    }
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, env=env)


@pytest.fixture
def repo(tmp_path):
    root = tmp_path / "news"
    (root / "drafts").mkdir(parents=True)
    git(root, "init", "-q", "-b", "main")
    bad = EXAMPLE.read_text(encoding="utf-8")
    (root / "drafts" / "old issue.md").write_text(bad)
    (root / "drafts" / "kept.md").write_text("# Kept\n\nNothing to see.\n")
    (root / "drafts" / "gone.md").write_text("# Gone\n\nText.\n")
    (root / ".gitignore").write_text("ignored.md\n")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "first")
    git(root, "tag", "v1")
    # after v1: one draft edited (not staged), one added (untracked), one deleted, one ignored
    (root / "drafts" / "kept.md").write_text("# Kept\n\nNow with a note.[^1]\n")
    (root / "drafts" / "new one.md").write_text(bad)
    (root / "drafts" / "gone.md").unlink()
    (root / "drafts" / "ignored.md").write_text(bad)
    return root


def test_changed_files(repo):
    names = {p.name for p in changed_files("v1", repo)}
    assert names == {"kept.md", "new one.md"}


def test_committed_changes_count_too(repo):
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "second")
    assert {p.name for p in changed_files("v1", repo)} == {"kept.md", "new one.md"}
    assert changed_files("HEAD", repo) == set()


def test_only_changed_drafts_among_the_paths(repo, monkeypatch):
    monkeypatch.chdir(repo)
    assert [p.name for p in changed_drafts(["drafts"], "v1")] == ["kept.md", "new one.md"]
    assert changed_drafts(["drafts/old issue.md"], "v1") == []


def test_cli_checks_only_changed_drafts(repo):
    proc = run_cli("verify", "--select", "FN", "--format", "json", "--changed-since", "v1", "drafts", cwd=repo)
    data = json.loads(proc.stdout)
    assert data["summary"]["files"] == 2
    assert {f["path"] for f in data["findings"]} == {"drafts/new one.md", "drafts/kept.md"}
    assert proc.returncode == 1
    proc = run_cli("verify", "--changed-since", "HEAD", "drafts/old issue.md", cwd=repo)
    assert proc.returncode == 0 and "no draft among the paths given changed since HEAD" in proc.stderr


def test_unknown_ref(repo):
    proc = run_cli("verify", "--changed-since", "no-such-branch", "drafts", cwd=repo)
    assert proc.returncode == 2 and "error[E413]" in proc.stderr and "no-such-branch" in proc.stderr
    assert "Traceback" not in proc.stderr
    with pytest.raises(UsageError, match="cannot start with"):
        changed_files("--output=x", repo)


def test_outside_a_git_checkout(tmp_path):
    (tmp_path / "a.md").write_text("# A\n\nText.\n")
    proc = run_cli("verify", "--changed-since", "main", "a.md", cwd=tmp_path)
    assert proc.returncode == 2 and "error[E412]" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_a_branch_is_checked_against_the_merge_base_not_against_main_today(repo):
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "second")
    git(repo, "checkout", "-q", "-b", "feature")
    (repo / "drafts" / "branch.md").write_text("# Branch\n\nOnly on the branch.\n")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "on the branch")
    git(repo, "checkout", "-q", "main")
    (repo / "drafts" / "kept.md").write_text("# Kept\n\nEdited on main after the branch began.\n")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "on main")
    git(repo, "checkout", "-q", "feature")
    # two-dot would list kept.md too: it differs between main and the branch, by main's edit
    assert {p.name for p in changed_files("main", repo)} == {"branch.md"}


def test_changed_since_with_a_baseline_keeps_the_entries_of_unchecked_drafts(repo, monkeypatch, capsys):
    import json as _json

    from conftest import run_in_process

    monkeypatch.chdir(repo)
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "second")
    code, _, _ = run_in_process("verify", "drafts", "--write-baseline", "base.json", capsys=capsys)
    assert code == 0
    entries = _json.loads((repo / "base.json").read_text())["findings"]
    others = [e for e in entries if e["path"] != "drafts/kept.md"]
    assert {e["path"] for e in others} >= {"drafts/old issue.md", "drafts/new one.md"}
    # a branch edits only kept.md: the baseline's entries for the other drafts are not stale
    (repo / "drafts" / "kept.md").write_text("# Kept\n\nEdited again.\n")
    code, _, err = run_in_process(
        "verify", "drafts", "--changed-since", "HEAD", "--baseline", "base.json", capsys=capsys
    )
    assert code == 0
    stale = [line for line in err.splitlines() if line.startswith("    ")]
    assert all("kept.md" in line for line in stale), stale
    # and rewriting the baseline from that partial run keeps them as they were
    code, _, _ = run_in_process(
        "verify", "drafts", "--changed-since", "HEAD", "--write-baseline", "base.json", capsys=capsys
    )
    after = _json.loads((repo / "base.json").read_text())["findings"]
    assert [e for e in after if e["path"] != "drafts/kept.md"] == others


def test_github_annotations_go_first_to_findings_on_changed_lines(tmp_path, monkeypatch, capsys):
    from conftest import run_in_process

    root = tmp_path / "desk"
    root.mkdir()
    git(root, "init", "-q", "-b", "main")
    refs = " ".join(f"Fact {n}.[^{n}]" for n in range(1, 15))
    notes = "\n".join(f"[^{n}]: Desk {n}, 2024, https://www.desk{n}." for n in range(1, 15))
    body = f"{refs}\n\n{notes}\n"  # fourteen cut-off URLs: fourteen errors, GitHub annotates ten
    (root / "d.md").write_text(body)
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "first")
    (root / "d.md").write_text(body.replace("[^14]: Desk 14,", "[^14]: The desk 14,"))  # line 16
    monkeypatch.chdir(root)
    code, out, _ = run_in_process(
        "verify", "d.md", "--changed-since", "HEAD", "--format", "github", "--select", "CT002", capsys=capsys
    )
    annotated = [line for line in out.splitlines() if line.startswith("::error ")]
    assert code == 1 and len(annotated) == 10
    assert any("line=16," in line for line in annotated), "the finding on the changed line is annotated first"
