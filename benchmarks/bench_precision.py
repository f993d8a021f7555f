"""Precision benchmark: the catalogue over ``../shared/realdocs`` (real published writing).

    python benchmarks/bench_precision.py [--formats markdown,html] [--sources optech]
        [--all-rules] [--sample N --out DIR] [--json OUT]

Published, edited documents have few defects, so most findings there are false alarms.
Prints, per format, documents, words and findings per document (errors + warnings apart
from info), then per rule: total, per document, per 10,000 words and documents with one.
``--all-rules`` runs every rule, the ones off by default too (to judge them).
``--sample N --out DIR`` writes up to N findings per rule, from different documents
(chosen by a fixed seed), as unjudged entries, one file per rule family (``DIR/AC.yml``),
to judge and add to ``benchmarks/judged/``.
Numbers are printed, never asserted; the collection's absence is said and exits 0.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

from _realdocs import REALDOCS, available, check_all, manifest

FORMATS = ("markdown", "html", "pdf", "pdf-text")


def all_codes() -> list[str]:
    from claimcheck.rules.catalogue import RULES

    return [r.code for r in RULES if not getattr(r, "requires_registry", False)] + ["CC001"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--formats", default="")
    ap.add_argument("--sources", default="")
    ap.add_argument("--all-rules", action="store_true")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--out", default=None)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--json", default=None)
    args = ap.parse_args(argv)
    if not available():
        print(f"bench_precision: {REALDOCS} is absent; nothing to measure")
        return 0
    entries = manifest(
        set(filter(None, args.formats.split(","))) or None, set(filter(None, args.sources.split(","))) or None
    )
    results = list(check_all(entries, select=all_codes() if args.all_rules else None))

    from claimcheck.findings.model import Severity

    print(
        f"claimcheck precision benchmark: {len(results)} documents of {REALDOCS}, "
        f"{'every rule' if args.all_rules else 'default catalogue'}"
    )
    summary = {}
    for fmt in FORMATS + ("all",):
        rs = [r for r in results if fmt == "all" or r.format == fmt]
        if not rs:
            continue
        read = [r for r in rs if r.error is None]
        words = sum(r.words for r in read)
        fs = [f for r in read for f in r.findings]
        ew = sum(1 for f in fs if f.severity.rank >= Severity.warning.rank)
        n = max(len(read), 1)
        print(f"\n== {fmt}: {len(rs)} documents, {len(rs) - len(read)} not read, {words:,} words")
        print(
            f"   findings {len(fs)} = {len(fs) / n:.2f} per document; errors + warnings {ew} = {ew / n:.2f} per document; "
            f"{len(fs) * 10000 / max(words, 1):.2f} per 10,000 words"
        )
        per_rule = Counter(f.rule for f in fs)
        docs = defaultdict(set)
        for r in read:
            for f in r.findings:
                docs[f.rule].add(r.file)
        if per_rule:
            print(f"   {'rule':<6} {'total':>6} {'per doc':>8} {'/10k words':>10} {'docs':>5}")
        for code, total in sorted(per_rule.items(), key=lambda kv: (-kv[1], kv[0])):
            print(
                f"   {code:<6} {total:>6} {total / n:>8.2f} {total * 10000 / max(words, 1):>10.2f} {len(docs[code]):>5}"
            )
        summary[fmt] = {
            "documents": len(rs),
            "read": len(read),
            "words": words,
            "findings": len(fs),
            "errors_warnings": ew,
            "per_rule": dict(per_rule),
        }
        for r in rs:
            if r.error:
                print(f"   not read: {r.file}: {r.error}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(summary, fh, indent=2)
    if args.sample and args.out:
        write_sample(results, args.sample, args.seed, args.out)
    return 0


def write_sample(results, per_rule: int, seed: int, out: str) -> None:
    """Up to ``per_rule`` findings of each rule, each from a different document where it can."""
    import yaml

    rng = random.Random(seed)
    by_rule = defaultdict(list)
    for r in results:
        for f in r.findings:
            by_rule[f.rule].append(f)
    files: dict[str, list[dict]] = defaultdict(list)
    for code in sorted(by_rule):
        fs = by_rule[code]
        rng.shuffle(fs)
        chosen, seen = [], set()
        for f in fs:  # one per document first, then the rest
            if f.location.path not in seen:
                chosen.append(f)
                seen.add(f.location.path)
        chosen += [f for f in fs if f not in chosen]
        for f in sorted(chosen[:per_rule], key=lambda f: f.sort_key):
            files[code[:2]].append(
                {
                    "rule": f.rule,
                    "file": f.location.path,
                    "line": f.location.line,
                    "fingerprint": f.fingerprint,
                    "message": f.message[:200],
                    "verdict": "",
                    "reason": "",
                }
            )
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    for family, entries in files.items():
        with (folder / f"{family}.yml").open("w", encoding="utf-8") as fh:
            yaml.safe_dump(entries, fh, sort_keys=False, allow_unicode=True, width=120)
    print(f"\nwrote {sum(map(len, files.values()))} findings to judge to {folder}/ ({', '.join(sorted(files))})")


if __name__ == "__main__":
    sys.exit(main())
