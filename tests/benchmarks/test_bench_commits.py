"""The commit-by-commit benchmark's machinery runs (its figures are printed, never asserted)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCH))

import bench_commits  # noqa: E402


def test_this_checkout_is_its_own_src():
    assert bench_commits.unpack(".", Path("unused")) == bench_commits.ROOT / "src"


@pytest.mark.skipif(
    shutil.which("git") is None
    or subprocess.run(["git", "-C", str(bench_commits.ROOT), "rev-parse", "HEAD"], capture_output=True).returncode,
    reason="needs git and a checkout with history",
)
def test_a_commit_is_unpacked_into_a_folder_of_its_own(tmp_path):
    src = bench_commits.unpack("HEAD", tmp_path / "rev")
    assert (src / "claimcheck" / "__init__.py").is_file()


def test_a_run_empties_the_result_cache_and_is_timed(tmp_path):
    (tmp_path / "results").mkdir()
    (tmp_path / "results" / "kept.json").write_text("{}")
    wall, cpu = bench_commits.run([sys.executable, "-c", "pass"], {}, tmp_path, tmp_path)
    assert wall > 0 and cpu >= 0 and not (tmp_path / "results").exists()
