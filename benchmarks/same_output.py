"""Check that a speed change left the findings alone: record the JSON report of
``verify --select ALL --preview`` over a set of drafts, then compare two records byte for byte.

    python benchmarks/same_output.py record before.json [--src SRC] [--sample N]
    python benchmarks/same_output.py record after.json
    python benchmarks/same_output.py diff before.json after.json

The drafts: the real documents of ``../shared/realdocs`` (every one, or ``--sample N`` of
them spread over the formats), the evaluation set's drafts (``benchmarks/evalset``) and the
corpus issue (``../shared/corpus``), each group checked by one process run from its own
folder (relative paths, the folder's settings or none), with the claimcheck at ``--src``
(default: this checkout's ``src/``). ``diff`` prints the first differing lines of each
group and exits 1 when any group differs.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
REALDOCS = Path(os.environ.get("CLAIMCHECK_REALDOCS", SHARED / "realdocs"))
EVALSET = ROOT / "benchmarks" / "evalset"
CORPUS = SHARED / "corpus" / "china-trends-22"
_FORMATS = (".md", ".html", ".pdf", ".txt")


def _groups(sample: int | None) -> dict[str, tuple[Path, list[str]]]:
    groups: dict[str, tuple[Path, list[str]]] = {}
    if (REALDOCS / "manifest.jsonl").is_file():
        rows = [json.loads(line) for line in (REALDOCS / "manifest.jsonl").read_text().splitlines() if line.strip()]
        if sample:
            by_format: dict[str, list[str]] = {}
            for row in rows:
                by_format.setdefault(row["format"], []).append(row["file"])
            per = max(1, sample // len(by_format))
            files = [f for fs in by_format.values() for f in fs[:: max(1, len(fs) // per)][:per]]
        else:
            files = [row["file"] for row in rows]
        groups["realdocs"] = (REALDOCS, files)
    groups["evalset"] = (EVALSET, sorted(p.name for p in EVALSET.iterdir() if p.suffix in _FORMATS))
    if CORPUS.is_dir():
        groups["corpus"] = (CORPUS, sorted(p.name for p in CORPUS.iterdir() if p.suffix in _FORMATS))
    return groups


def record(out: Path, src: Path, sample: int | None) -> None:
    env = {**os.environ, "PYTHONPATH": str(src.resolve())}
    report: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as cache:
        for name, (folder, files) in _groups(sample).items():
            cmd = [sys.executable, "-m", "claimcheck", "verify", "--select", "ALL", "--preview", "--format", "json",
                   "--jobs", "1", "--cache-dir", cache, *files]
            proc = subprocess.run(cmd, cwd=folder, env=env, capture_output=True, text=True)
            if proc.returncode not in (0, 1):
                sys.exit(f"{name}: exit {proc.returncode}: {proc.stderr.strip()[-2000:]}")
            report[name] = proc.stdout
            print(f"{name}: {len(files)} drafts, {len(json.loads(proc.stdout).get('findings', []))} findings")
    out.write_text(json.dumps(report, indent=0, sort_keys=True))


def diff(a: Path, b: Path) -> int:
    ra, rb = json.loads(a.read_text()), json.loads(b.read_text())
    status = 0
    for name in sorted(set(ra) | set(rb)):
        if ra.get(name) == rb.get(name):
            print(f"{name}: identical")
            continue
        status = 1
        print(f"{name}: DIFFERENT")
        lines = difflib.unified_diff((ra.get(name) or "").splitlines(), (rb.get(name) or "").splitlines(), lineterm="", n=2)
        for i, line in enumerate(lines):
            if i >= 60:
                print("  ...")
                break
            print("  " + line)
    return status


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    rec = sub.add_parser("record")
    rec.add_argument("out", type=Path)
    rec.add_argument("--src", type=Path, default=ROOT / "src")
    rec.add_argument("--sample", type=int, help="this many realdocs drafts, spread over the formats (default: all)")
    d = sub.add_parser("diff")
    d.add_argument("a", type=Path)
    d.add_argument("b", type=Path)
    args = ap.parse_args()
    if args.cmd == "record":
        record(args.out, args.src, args.sample)
    else:
        sys.exit(diff(args.a, args.b))


if __name__ == "__main__":
    main()
