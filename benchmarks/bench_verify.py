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
    """Wall seconds of whole ``verify`` runs that check the draft: the data caches are kept
    (in a private cache folder, filled by a warm-up run), the result cache is emptied
    before each run (otherwise every run after the first prints the kept report)."""
    import shutil
    import tempfile

    with tempfile.TemporaryDirectory(prefix="cc-bench-verify-") as cache:
        cmd = [sys.executable, "-m", "claimcheck", "verify", "--cache-dir", cache, str(draft), *extra]
        subprocess.run(cmd, capture_output=True)
        times = []
        for _ in range(runs):
            shutil.rmtree(Path(cache) / "results", ignore_errors=True)
            t = time.perf_counter()
            subprocess.run(cmd, capture_output=True)
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


def stages(draft: Path, runs: int) -> tuple[float, float, float]:
    """Best times of ingest, extraction and the whole rule catalogue (registry rules off)."""
    from claimcheck.config import Settings
    from claimcheck.extract import extract
    from claimcheck.ingest import load_document
    from claimcheck.pipeline import build_rules, check_document
    from claimcheck.rules.base import CheckContext

    settings = Settings(ignore=["RG"])
    rules = build_rules(settings)
    check_document(load_document(draft), rules, settings)  # warm: imports, rates, caches
    best = [float("inf")] * 3
    for _ in range(runs):
        t0 = time.perf_counter()
        doc = load_document(draft)
        t1 = time.perf_counter()
        claims = extract(doc)
        t2 = time.perf_counter()
        ctx = CheckContext(document=doc, settings=settings)
        ctx.__dict__["claims"] = claims  # the claims just extracted, not extracted again
        for rule in rules:
            list(rule.check(ctx))
        t3 = time.perf_counter()
        best = [min(b, x) for b, x in zip(best, (t1 - t0, t2 - t1, t3 - t2))]
    return best[0] * 1000, best[1] * 1000, best[2] * 1000


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
    print(
        f"verify (whole process, {args.runs} runs): min {min(t) * 1000:.0f} ms, median {statistics.median(t) * 1000:.0f} ms"
    )
    t = whole_process(args.draft, max(3, args.runs // 3), "--select", "FN")
    print(f"verify --select FN: min {min(t) * 1000:.0f} ms")
    best = ingest(text, args.runs, read_pdf_text)
    print(f"ingest {size / 1e3:.0f} KB: {best * 1000:.1f} ms, {size / best / 1e6:.2f} MB/s")
    big = text * max(1, (2_000_000 // size))
    best = ingest(big, 3, read_pdf_text)
    print(f"ingest {len(big.encode()) / 1e6:.1f} MB: {best:.2f} s, {len(big.encode()) / best / 1e6:.2f} MB/s")
    ingest_ms, extract_ms, rules_ms = stages(args.draft, args.runs)
    print(
        f"stages (in process, best of {args.runs}): ingest {ingest_ms:.1f} ms, extraction "
        f"{extract_ms:.1f} ms, rule catalogue {rules_ms:.1f} ms "
        f"(adds {rules_ms / (ingest_ms + extract_ms):.0%} to ingest + extraction)"
    )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of this process: {peak:.0f} MiB")


if __name__ == "__main__":
    main()
