"""benchmarks/unseen_precision.py: sampling the survey's sources for the files it left out.
The test builds a small repository of its own; the figures are the script's to report."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.benchmarks._bench import bench_module as _module


def _repo(tmp_path: Path) -> Path:
    root = tmp_path / "blog"
    (root / "posts").mkdir(parents=True)
    body = "The ferry carried 4,100 passengers in 2024, up from 3,800 in 2023. " * 60
    for name in ("a", "b", "c", "d"):
        (root / "posts" / f"{name}.md").write_text(f"# Post {name}\n\n{body}\n", encoding="utf-8")
    (root / "posts" / "short.md").write_text("# Too short\n", encoding="utf-8")
    (root / "posts" / "page.html").write_text("<p>" + body + "</p>", encoding="utf-8")
    run = ["git", "-C", str(root), "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*run[:3], "init", "-q"], check=True)
    subprocess.run([*run, "add", "."], check=True)
    subprocess.run([*run, "commit", "-q", "-m", "posts"], check=True)
    return root


def test_a_sample_leaves_out_the_surveyed_files_and_the_short_ones(tmp_path: Path):
    unseen = _module("unseen_precision")
    repo = unseen.parse_repo(f"blog={_repo(tmp_path)}:posts/")
    assert repo.suffix == ".md" and repo.git_dir.name == ".git"
    picked = unseen.sample(repo, 10, 1, skip={"posts/b.md"})
    assert sorted(path for path, _ in picked) == ["posts/a.md", "posts/c.md", "posts/d.md"]
    again = unseen.sample(repo, 2, 1, skip=set())
    assert again == unseen.sample(repo, 2, 1, skip=set())  # a seed gives one sample
    assert len(again) == 2


def test_the_run_reports_findings_per_document(tmp_path: Path, capsys):
    unseen = _module("unseen_precision")
    repo = _repo(tmp_path)
    assert unseen.main(["--repo", f"blog={repo}:posts/", "--out", str(tmp_path / "out")]) == 0
    out = capsys.readouterr().out
    assert "4 unseen documents" in out or "3 unseen documents" in out
    assert (tmp_path / "out" / "claimcheck.toml").is_file()


def test_a_malformed_repo_argument_is_one_clear_error():
    unseen = _module("unseen_precision")
    with pytest.raises(SystemExit, match="NAME=PATH:FOLDER"):
        unseen.parse_repo("blog")
