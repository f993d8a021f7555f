"""Git helpers: which drafts changed since a ref (``verify --changed-since REF``).

A draft counts as changed when ``git diff --name-only BASE`` lists it as added, copied,
modified, renamed or retyped (staged or not: the working tree is compared with BASE), or
when it is untracked and not ignored. Deleted files are not drafts to check.

BASE is the merge base of REF and HEAD, as a pull request sees it (``REF...HEAD``): a
branch is checked for what it changed, not for what changed on ``main`` since the branch
started. Without a common ancestor (a shallow clone), REF itself is the base.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any, Sequence

from claimcheck.errors import UsageError
from claimcheck.ingest import find_drafts

__all__ = ["changed_drafts", "changed_files", "changed_lines", "git_root"]


def _git(args: Sequence[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("git")
    if exe is None:
        raise UsageError(
            "--changed-since needs git, and git is not installed",
            hint="install git, or name the drafts to check",
            code="E414",
        )
    env = {**os.environ, "GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C"}
    return subprocess.run([exe, *args], cwd=cwd, capture_output=True, text=True, env=env, timeout=60)


def git_root(cwd: str | Path | None = None) -> Path:
    """The top of the git work tree holding ``cwd`` (E412 outside one)."""
    here = Path(cwd or Path.cwd())
    proc = _git(["rev-parse", "--show-toplevel"], here)
    if proc.returncode != 0 or not proc.stdout.strip():
        raise UsageError(
            "--changed-since works only inside a git checkout",
            path=str(here),
            hint="run it from the repository, or name the drafts to check",
            code="E412",
        )
    return Path(proc.stdout.strip()).resolve()


def changed_files(ref: str, cwd: str | Path | None = None) -> set[Path]:
    """Absolute paths of files added or modified since ``ref``, plus untracked files."""
    here = Path(cwd or Path.cwd())
    root = git_root(here)
    if ref.startswith("-"):
        raise _unknown(ref, "a ref cannot start with '-'")
    proc = _git(["rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}"], root)
    if proc.returncode != 0:
        raise _unknown(ref, "git does not know it")
    diff = _git(["diff", "--name-only", "-z", "--no-renames", "--diff-filter=ACMRT", _base(ref, root), "--"], root)
    if diff.returncode != 0:
        raise _unknown(ref, diff.stderr.strip().splitlines()[-1] if diff.stderr.strip() else "git diff failed")
    untracked = _git(["ls-files", "--others", "--exclude-standard", "-z", "--full-name"], root)
    names = [n for n in diff.stdout.split("\0") if n] + [n for n in untracked.stdout.split("\0") if n]
    return {(root / n).resolve() for n in names}


def _base(ref: str, root: Path) -> str:
    mb = _git(["merge-base", "--end-of-options", ref, "HEAD"], root)
    return mb.stdout.strip() if mb.returncode == 0 and mb.stdout.strip() else ref


def changed_lines(ref: str, cwd: str | Path | None = None) -> dict[Path, set[int]]:
    """Per changed file (absolute path), the line numbers added or changed since the merge
    base of ``ref`` and HEAD (the working tree included); untracked files are left out
    (every line of them is new: callers treat a file missing here as wholly changed)."""
    root = git_root(Path(cwd or Path.cwd()))
    diff = _git(["diff", "-U0", "--no-color", "--no-renames", "--diff-filter=ACMRT", _base(ref, root), "--"], root)
    out: dict[Path, set[int]] = {}
    current: set[int] | None = None
    for line in diff.stdout.splitlines():
        if line.startswith("+++ "):
            name = line[4:]
            current = None if name == "/dev/null" else out.setdefault((root / name[2:]).resolve(), set())
        elif line.startswith("@@") and current is not None:
            m = _HUNK.match(line)
            if m:
                start, count = int(m.group(1)), int(m.group(2) or 1)
                current.update(range(start, start + count))
    return out


_HUNK = re.compile(r"@@ -\S+ \+(\d+)(?:,(\d+))? @@")


def _unknown(ref: str, why: str) -> UsageError:
    return UsageError(
        f"unknown git ref {ref!r} for --changed-since: {why}",
        hint="use a branch, tag or commit that exists here (in CI, fetch it first: "
        "`git fetch origin main` and --changed-since origin/main)",
        code="E413",
    )


def changed_drafts(
    paths: Sequence[str | os.PathLike[str]], ref: str, cwd: str | Path | None = None, **discovery: Any
) -> list[Path]:
    """The drafts among ``paths`` (files or folders) changed since ``ref``, in their order.
    ``discovery``: what :func:`claimcheck.ingest.find_drafts` takes (exclude, .gitignore)."""
    changed = changed_files(ref, cwd)
    return [p for p in find_drafts(paths, **discovery) if p.resolve() in changed]
