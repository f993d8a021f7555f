"""No dead code in src/: vulture at 80% confidence, with the settings and the reasoned
exceptions .ci/run uses (pyproject.toml [tool.vulture], .ci/vulture_whitelist.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_vulture_finds_no_dead_code_in_src() -> None:
    pytest.importorskip("vulture", reason="vulture is not installed (pip install 'claimcheck[dev]')")
    run = subprocess.run([sys.executable, "-m", "vulture"], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
