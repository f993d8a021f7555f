"""benchmarks/_realdocs.py: where the shared folder (the collection, the corpus issue) is,
from the main checkout or from a worktree one level further down."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.benchmarks._bench import bench_module as _module


def test_the_environment_names_the_shared_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    realdocs = _module("_realdocs")
    monkeypatch.setenv("CLAIMCHECK_SHARED", str(tmp_path / "elsewhere"))
    assert realdocs._shared() == tmp_path / "elsewhere"


def test_a_worktree_finds_the_shared_folder_further_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    realdocs = _module("_realdocs")
    monkeypatch.delenv("CLAIMCHECK_SHARED", raising=False)
    (tmp_path / "shared").mkdir()
    worktree = tmp_path / "wt" / "name"
    worktree.mkdir(parents=True)
    monkeypatch.setattr(realdocs, "ROOT", worktree)
    assert realdocs._shared() == tmp_path / "shared"
    # beside the checkout comes first
    (tmp_path / "wt" / "shared").mkdir()
    assert realdocs._shared() == tmp_path / "wt" / "shared"
