"""Which files a folder holds as drafts: exclude and extend-exclude globs, .gitignore in a
git checkout, regular files only; a file named directly is always read."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from claimcheck.config import Settings
from claimcheck.errors import InputError
from claimcheck.ingest import find_drafts
from conftest import run_in_process


@pytest.fixture()
def tree(tmp_path):
    for rel in [
        "drafts/a.md",
        "drafts/archive/old.md",
        "build/b.md",
        "dist/c.md",
        "node_modules/x/d.md",
        "notes/e.txt",
    ]:
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("Costs fell.\n", encoding="utf-8")
    return tmp_path


def _names(paths, root):
    return sorted(p.relative_to(root).as_posix() for p in paths)


def test_defaults_skip_tool_folders_but_not_build_or_dist(tree):
    found = _names(find_drafts([tree]), tree)
    assert found == ["build/b.md", "dist/c.md", "drafts/a.md", "drafts/archive/old.md", "notes/e.txt"]


def test_exclude_and_extend_exclude(tree):
    assert _names(find_drafts([tree], extend_exclude=["drafts/archive", "*.txt"]), tree) == [
        "build/b.md",
        "dist/c.md",
        "drafts/a.md",
    ]
    assert "node_modules/x/d.md" in _names(find_drafts([tree], exclude=[]), tree)
    with pytest.raises(InputError) as err:
        find_drafts([tree / "drafts" / "archive"], exclude=["*.md"])
    assert err.value.code == "E102"


def test_a_file_named_directly_is_read_even_when_excluded(tree):
    assert find_drafts([tree / "build" / "b.md"], exclude=["build"]) == [tree / "build" / "b.md"]


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_gitignore_is_respected_in_a_checkout(tree):
    subprocess.run(["git", "init", "-q"], cwd=tree, check=True)
    (tree / ".gitignore").write_text("dist/\n*.txt\n", encoding="utf-8")
    assert _names(find_drafts([tree]), tree) == ["build/b.md", "drafts/a.md", "drafts/archive/old.md"]
    assert "dist/c.md" in _names(find_drafts([tree], respect_gitignore=False), tree)


def test_a_fifo_named_like_a_draft_is_never_opened(tree):
    os.mkfifo(tree / "drafts" / "pipe.md")
    assert "drafts/pipe.md" not in _names(find_drafts([tree]), tree)


def test_settings_and_flags_reach_the_search(tree, capsys, monkeypatch):
    monkeypatch.chdir(tree)
    assert Settings.model_validate({"extend-exclude": ["build"]}).discovery()["extend_exclude"] == ["build"]
    code, out, _ = run_in_process(
        "verify", ".", "--extend-exclude", "build", "--exclude", "dist", "--statistics", capsys=capsys
    )
    assert (
        code == 0 and "in 4 files" in out
    )  # a.md, old.md, e.txt and node_modules' d.md (exclude replaced the defaults)


def test_a_fifo_named_directly_is_one_error_not_a_hang(tmp_path, capsys):
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    code, _, err = run_in_process("verify", fifo, capsys=capsys)
    assert code == 2 and "E103" in err and "not a regular file" in err
