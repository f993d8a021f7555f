"""The speed benchmark's machinery runs (its figures are printed, never asserted)."""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCH))

import bench_peers  # noqa: E402


def test_pair_times_two_whole_processes_in_turn():
    p = bench_peers.pair([sys.executable, "-c", "pass"], [sys.executable, "-c", "raise SystemExit(1)"], 2)
    assert p["codes"] == [0] and p["codes_b"] == [1]
    assert p["a_wall"] > 0 and p["b_rss"] > 0 and p["ratio_wall"] > 0


def test_verdicts_name_the_target():
    assert bench_peers.verdict("corpus", 0.5).endswith("(target <= 0.75) met")
    assert bench_peers.verdict("extract", 12.0).endswith("(target >= 60) NOT met")


def test_rounds_time_a_peer_against_each_variant_and_run_the_hook_before_each_run():
    calls = []
    variants = [
        bench_peers.Variant("quick", [sys.executable, "-c", "pass"], None),
        bench_peers.Variant("fails", [sys.executable, "-c", "raise SystemExit(1)"], None, lambda: calls.append(1)),
    ]
    ps = bench_peers.rounds([sys.executable, "-c", "pass"], None, variants, 2)
    assert [p["codes"] for p in ps] == [[0], [1]] and all(p["codes_b"] == [0] for p in ps)
    assert all(p["ratio_cpu"] > 0 and p["a_wall"] > 0 for p in ps)
    assert len(calls) == 3  # the warm-up and the two counted runs
