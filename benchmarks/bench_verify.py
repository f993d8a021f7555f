"""Benchmark: ``claimcheck verify`` as a whole process, and the ingest stage alone.

    python benchmarks/bench_verify.py [DRAFT] [--runs N]

Defaults to the real issue in ../shared/corpus. Reports the minimum and median wall time
of N whole-process runs (interpreter start-up included), and ingest throughput in MB/s on
the draft and on a 2 MB text made of copies of it. Numbers are printed, never asserted.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "corpus" / "china-trends-22" / "issue.pdf.txt"


def whole_process(draft: Path, runs: int, *extra: str) -> list[float]:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "claimcheck", "verify", str(draft), *extra], capture_output=True)
        times.append(time.perf_counter() - t)
    return times


def ingest(text: str, runs: int, reader) -> float:
    from claimcheck.document import Source

    reader(Source("bench.txt", text))  # warm up imports and regex caches
    best = float("inf")
    for _ in range(runs):
        t = time.perf_counter()
        reader(Source("bench.txt", text))
        best = min(best, time.perf_counter() - t)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("draft", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--runs", type=int, default=10)
    args = ap.parse_args()
    if not args.draft.is_file():
        sys.exit(f"no draft at {args.draft}: pass one, or put ../shared/corpus beside the repository")

    from claimcheck.ingest.pdftext import read_pdf_text

    text = args.draft.read_text(encoding="utf-8")
    size = len(text.encode())
    t = whole_process(args.draft, args.runs)
    print(f"verify (whole process, {args.runs} runs): min {min(t) * 1000:.0f} ms, median {statistics.median(t) * 1000:.0f} ms")
    t = whole_process(args.draft, max(3, args.runs // 3), "--select", "FN")
    print(f"verify --select FN: min {min(t) * 1000:.0f} ms")
    best = ingest(text, args.runs, read_pdf_text)
    print(f"ingest {size / 1e3:.0f} KB: {best * 1000:.1f} ms, {size / best / 1e6:.2f} MB/s")
    big = text * max(1, (2_000_000 // size))
    best = ingest(big, 3, read_pdf_text)
    print(f"ingest {len(big.encode()) / 1e6:.1f} MB: {best:.2f} s, {len(big.encode()) / best / 1e6:.2f} MB/s")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of this process: {peak:.0f} MiB")


if __name__ == "__main__":
    main()
