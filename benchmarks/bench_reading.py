"""Reading benchmark: note references and note bodies counted by a person, against the reader.

    python benchmarks/bench_reading.py [--counts DIR]

``benchmarks/reading/counts-*.yml`` list documents of ``../shared/realdocs`` with the
numbers of in-text note references (``refs``) and of note bodies (``notes``) that a person
counted by reading the file (``how`` says how). For each, the reader's totals over all
articles are compared: *found* is min(found, counted), *invented* is what the reader found
beyond the count. Prints a row per document and the totals per format; exits 0 (numbers
are printed, never asserted; ``tests/benchmarks/test_reading.py`` holds the floor).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from _realdocs import REALDOCS, ROOT, available, in_collection

COUNTS = ROOT / "benchmarks" / "reading"


@dataclass
class Row:
    file: str
    format: str
    refs: int
    notes: int
    found_refs: int = 0
    found_notes: int = 0
    error: str | None = None

    @property
    def hit(self) -> int:
        return min(self.found_refs, self.refs) + min(self.found_notes, self.notes)

    @property
    def invented(self) -> int:
        return max(0, self.found_refs - self.refs) + max(0, self.found_notes - self.notes)


def load_counts(folder: Path = COUNTS) -> list[dict]:
    import yaml

    out = []
    for path in sorted(folder.glob("counts-*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        if isinstance(data, dict):  # a file may hold its list under `documents:`
            data = data.get("documents") or []
        for e in data:
            out.append({**e, "counts_file": path.name})
    return out


def measure(entries: list[dict]) -> list[Row]:
    from claimcheck.errors import ClaimcheckError
    from claimcheck.ingest import load_document

    rows = []
    with in_collection():
        for e in entries:
            fmt = "pdf-text" if e["file"].startswith("pdf-text/") else e["file"].split("/", 1)[0]
            row = Row(e["file"], fmt, int(e["refs"]), int(e["notes"]))
            try:
                doc = load_document(e["file"])
            except ClaimcheckError as exc:
                row.error = str(exc)
            else:
                row.found_refs = sum(1 for _ in doc.iter_refs())
                row.found_notes = sum(1 for _ in doc.iter_footnotes())
            rows.append(row)
    return rows


def totals(rows: list[Row]) -> tuple[int, int, int]:
    """(counted, found, invented) over ``rows``."""
    return sum(r.refs + r.notes for r in rows), sum(r.hit for r in rows), sum(r.invented for r in rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--counts", type=Path, default=COUNTS)
    args = ap.parse_args(argv)
    if not available():
        print(f"bench_reading: {REALDOCS} is absent; nothing to measure")
        return 0
    rows = measure(load_counts(args.counts))
    print(f"{'document':<70} {'refs':>9} {'notes':>9}")
    for r in rows:
        extra = f"  ERROR {r.error}" if r.error else ""
        print(f"{r.file[:70]:<70} {r.found_refs:>4}/{r.refs:<4} {r.found_notes:>4}/{r.notes:<4}{extra}")
    by_fmt = defaultdict(list)
    for r in rows:
        by_fmt[r.format].append(r)
    print()
    for fmt, rs in sorted(by_fmt.items()) + [("all", rows)]:
        counted, hit, invented = totals(rs)
        share = hit / counted if counted else 1.0
        print(
            f"{fmt:<9} {len(rs):>3} documents: {hit}/{counted} references and notes found ({share:.1%}), {invented} invented"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
