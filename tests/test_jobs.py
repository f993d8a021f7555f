"""Many drafts: ``--jobs N`` gives the same output whatever N; the progress bar."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from claimcheck.config import Settings
from claimcheck.pipeline import verify
from claimcheck.report import render
from conftest import ISSUE_TXT, ROOT, requires_corpus, run_cli

# a frozen copy of docs/examples/issue-23.md, so edits to the example do not move these tests
EXAMPLE = ROOT / "tests" / "report" / "draft.md"


@pytest.fixture
def folder(tmp_path):
    drafts = tmp_path / "drafts"
    (drafts / "sub").mkdir(parents=True)
    text = EXAMPLE.read_text(encoding="utf-8")
    for i in range(7):
        # different drafts: the first paragraph differs, so findings differ per file
        (drafts / ("sub" if i % 2 else ".") / f"issue-{i}.md").write_text(
            text.replace("Twelve months", f"{i + 1} months")
        )
    (drafts / "broken.md").write_text("")  # an unreadable draft among them
    return drafts


def test_same_result_whatever_jobs(folder, monkeypatch):
    monkeypatch.chdir(folder.parent)
    outputs = {}
    for jobs in (1, 2, 3):
        result = verify(["drafts"], Settings(), jobs=jobs)
        outputs[jobs] = {fmt: render(result, fmt) for fmt in ("json", "sarif", "junit", "text")}
        assert [e.code for e in result.errors] == ["E105"]
    assert outputs[1] == outputs[2] == outputs[3]
    assert '"files": 8' in outputs[1]["json"]


def test_cli_jobs_output_identical(folder):
    one = run_cli("verify", "--jobs", "1", "--format", "json", "drafts", cwd=folder.parent)
    two = run_cli("verify", "-j", "2", "--format", "json", "drafts", cwd=folder.parent)
    assert one.returncode == two.returncode == 2  # the empty draft
    assert one.stdout == two.stdout and one.stderr == two.stderr
    bad = run_cli("verify", "--jobs", "0", "drafts", cwd=folder.parent)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


def test_progress_callback_sees_every_file(folder, monkeypatch):
    monkeypatch.chdir(folder.parent)
    for jobs in (1, 2):
        seen = []
        verify(["drafts"], Settings(), jobs=jobs, progress=seen.append)
        assert sorted(seen) == sorted(str(p) for p in verify(["drafts"], Settings()).files)


def _run_with_tty_stderr(args, cwd):
    """Run the CLI with standard error on a pseudo-terminal; returns (stdout, terminal text)."""
    master, slave = pty.openpty()
    env = {**os.environ, "COLUMNS": "100", "TERM": "xterm"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "claimcheck", *args], cwd=cwd, stdout=subprocess.PIPE, stderr=slave, env=env
    )
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    out, _ = proc.communicate(timeout=120)
    os.close(master)
    return out.decode(), b"".join(chunks).decode("utf-8", "replace")


def test_progress_bar_only_on_a_terminal(folder):
    (folder / "broken.md").unlink()
    out, tty = _run_with_tty_stderr(["verify", "--format", "json", "drafts"], folder.parent)
    assert "checking" in tty and "/7" in tty  # rich's bar: "checking ━━━ 3/7"
    assert "checking" not in out
    _, quiet = _run_with_tty_stderr(["verify", "--quiet", "--format", "json", "drafts"], folder.parent)
    assert "checking" not in quiet
    piped = run_cli("verify", "--format", "json", "drafts", cwd=folder.parent)
    assert "checking" not in piped.stderr


@requires_corpus
def test_corpus_issue_in_parallel(tmp_path, monkeypatch):
    for i in range(4):
        (tmp_path / f"copy-{i}.txt").write_text(ISSUE_TXT.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    a = render(verify(["."], Settings(), jobs=1), "json")
    b = render(verify(["."], Settings(), jobs=2), "json")
    assert a == b


def test_jobs_never_exceed_the_cores_or_the_drafts(monkeypatch):
    from claimcheck import pipeline

    monkeypatch.setattr(pipeline.os, "cpu_count", lambda: 2)
    assert pipeline.effective_jobs(100, 50) == 2
    assert pipeline.effective_jobs(2, 1) == 1
    assert pipeline.effective_jobs(1, 10) == 1
    monkeypatch.setattr(pipeline.os, "cpu_count", lambda: None)
    assert pipeline.effective_jobs(8, 10) == 1


def test_workers_fork_after_the_smallest_draft_of_each_kind(folder, monkeypatch):
    """Where processes fork, this process checks the smallest draft of each suffix itself
    before the workers start (they inherit what it loaded); the output is the same."""
    import shutil

    from claimcheck import pipeline

    monkeypatch.chdir(folder.parent)
    for i in range(3):  # pdftotext drafts among the Markdown ones
        shutil.copyfile(ROOT / "tests" / "fixtures" / "text" / "two_articles.pdf.txt", folder / f"t{i}.txt")
    (folder / "t2.txt").write_text((folder / "t2.txt").read_text() + "\nOne more line.\n")
    expected = render(verify(["drafts"], Settings(), jobs=1), "json")
    here: list[str] = []
    real = pipeline._check_path

    def spy(path, *args, **kwargs):
        here.append(path.as_posix())
        return real(path, *args, **kwargs)

    monkeypatch.setattr(pipeline, "_check_path", spy)
    assert render(verify(["drafts"], Settings(), jobs=2), "json") == expected
    if pipeline._fork_context() is None:
        assert here == []  # workers start afresh: nothing is checked here
        return
    sizes: dict[str, dict[str, int]] = {}  # suffix -> path -> size
    for p in folder.rglob("*"):
        if p.is_file():
            sizes.setdefault(p.suffix, {})[p.relative_to(folder.parent).as_posix()] = p.stat().st_size
    assert sorted(Path(p).suffix for p in here) == [".md", ".txt"]  # one of each kind
    for p in here:
        assert sizes[Path(p).suffix][p] == min(sizes[Path(p).suffix].values())


def test_no_fork_while_another_thread_runs():
    import threading

    from claimcheck import pipeline

    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert pipeline._fork_context() is None
    finally:
        stop.set()
        thread.join()
