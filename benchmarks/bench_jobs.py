"""Benchmark: ``claimcheck verify --jobs 2`` against ``--jobs 1`` over many drafts.

    python benchmarks/bench_jobs.py [DRAFT] [--copies 200] [--jobs 2] [--runs 1]

Copies DRAFT (default: the real issue in ../shared/corpus) COPIES times into a temporary
folder, runs ``claimcheck verify --quiet --format json`` over the folder with ``--jobs 1``
and with ``--jobs N`` as whole processes, checks both reports are identical, and prints
the wall times and the speed-up (best of RUNS). Numbers are printed, never asserted.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "corpus" / "china-trends-22" / "issue.pdf.txt"


def run(folder: Path, jobs: int) -> tuple[float, str]:
    # every run checks the drafts: the data caches are kept beside the folder, the report
    # kept by the run before (the result cache: same drafts, same key) is not
    cache = folder.parent / "cache"
    shutil.rmtree(cache / "results", ignore_errors=True)
    t = time.perf_counter()
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "claimcheck",
            "verify",
            "--quiet",
            "--format",
            "json",
            "--jobs",
            str(jobs),
            "--cache-dir",
            str(cache),
            str(folder),
        ],
        capture_output=True,
        text=True,
    )
    elapsed = time.perf_counter() - t
    if proc.returncode not in (0, 1):
        sys.exit(f"claimcheck failed ({proc.returncode}): {proc.stderr.strip()}")
    return elapsed, proc.stdout


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("draft", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--copies", type=int, default=200)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--runs", type=int, default=1)
    args = ap.parse_args()
    if not args.draft.is_file():
        sys.exit(f"no draft at {args.draft}")
    tmp = Path(tempfile.mkdtemp(prefix="cc-bench-jobs-"))
    drafts = tmp / "drafts"  # the cache folder beside it (see run)
    drafts.mkdir()
    try:
        for i in range(args.copies):
            shutil.copyfile(args.draft, drafts / f"issue-{i:03d}{args.draft.suffix}")
        size = args.draft.stat().st_size * args.copies / 1e6
        print(f"{args.copies} copies of {args.draft.name} ({size:.1f} MB) on {os.cpu_count()} CPUs")
        results = {}
        for jobs in (1, args.jobs):
            times = []
            for _ in range(args.runs):
                elapsed, out = run(drafts, jobs)
                times.append(elapsed)
            results[jobs] = (min(times), out)
            print(f"--jobs {jobs}: {min(times):6.2f} s  ({args.copies / min(times):5.1f} drafts/s)")
        same = results[1][1] == results[args.jobs][1]
        print(
            f"speed-up with --jobs {args.jobs}: {results[1][0] / results[args.jobs][0]:.2f}x; "
            f"reports identical: {'yes' if same else 'NO'}"
        )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
