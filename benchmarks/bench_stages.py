"""Benchmark: where checking the realdocs goes, stage by stage, in process.

    python benchmarks/bench_stages.py [--formats markdown,pdf-text] [--top 25]

Checks every draft of ``../shared/realdocs`` of the given formats with the whole catalogue
(``--select ALL``) inside one process, after one warm-up draft per format (imports,
patterns and tables are paid once), and prints the CPU seconds of reading the drafts, of
each claim extractor and of each rule, largest first, with each one's share of the whole.
This is the breakdown that says which extractor or rule to profile when the in-process
throughput of ``bench_peers.py`` falls (a rule that reads the claims first is not charged
for extracting them: the extractors are timed on their own). Numbers are printed, never
asserted; docs/speed.md explains the figures.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from _realdocs import REALDOCS, available, manifest


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--formats", default="html,markdown,pdf,pdf-text", help="realdocs formats, comma-separated")
    ap.add_argument("--top", type=int, default=25, help="rows to print")
    args = ap.parse_args()
    if not available():
        sys.exit(f"no realdocs collection at {REALDOCS}: nothing to measure")

    import claimcheck.extract as extract_package
    from claimcheck import pipeline
    from claimcheck.config import Settings

    formats = set(args.formats.split(","))
    entries = manifest(formats)
    files = [REALDOCS / e["file"] for e in entries]
    settings = Settings(select=["ALL"])
    warm: dict[str, Path] = {}
    for e in entries:
        warm.setdefault(e["format"], REALDOCS / e["file"])
    pipeline.verify(list(warm.values()), settings, keep_documents=False)

    spent: Counter[str] = Counter()
    load = extract_package._load

    def timed_load(spec: str) -> Any:
        func = load(spec)

        def run(units: Any) -> list[Any]:
            t = time.process_time()
            out = list(func(units))
            spent["extract " + spec.rsplit(":", 1)[1]] += time.process_time() - t
            return out

        return run

    read = pipeline.load_document

    def timed_read(*a: Any, **k: Any) -> Any:
        t = time.process_time()
        try:
            return read(*a, **k)
        finally:
            spent["read"] += time.process_time() - t

    rules = pipeline.build_rules(settings)
    for rule in rules:
        check = rule.check

        def timed_check(ctx: Any, _check: Any = check, _code: str = rule.code) -> list[Any]:
            _ = ctx.claims  # extracted (and timed) before the rule's clock starts
            t = time.process_time()
            out = list(_check(ctx))
            spent["rule " + _code] += time.process_time() - t
            return out

        rule.check = timed_check  # type: ignore[method-assign]

    extract_package._load = timed_load  # type: ignore[assignment]
    pipeline.load_document = timed_read  # type: ignore[assignment]
    build = pipeline.build_rules
    pipeline.build_rules = lambda *_a, **_k: rules  # type: ignore[assignment]
    try:
        total = time.process_time()
        pipeline.verify(files, settings, keep_documents=False)
        total = time.process_time() - total
    finally:
        extract_package._load = load  # type: ignore[assignment]
        pipeline.load_document = read  # type: ignore[assignment]
        pipeline.build_rules = build  # type: ignore[assignment]

    size = sum(f.stat().st_size for f in files)
    print(
        f"{len(files)} drafts ({args.formats}), {size / 1e6:.2f} MB: {total:.2f} CPU s, {size / 1e6 / total:.2f} MB/s"
    )
    extracting = sum(v for k, v in spent.items() if k.startswith("extract "))
    rules_total = sum(v for k, v in spent.items() if k.startswith("rule "))
    print(f"  reading {spent['read']:.2f} s; extracting {extracting:.2f} s; rules {rules_total:.2f} s")
    for name, seconds in spent.most_common(args.top):
        print(f"  {name:40s} {seconds:7.2f} s  {100 * seconds / total:5.1f}%")


if __name__ == "__main__":
    main()
