"""Snapshot what ``claimcheck verify`` prints for a fixed set of documents, and compare two
snapshots: the check that a refactoring left behaviour unchanged.

    python benchmarks/compare_outputs.py snap OUTDIR [--per-format N]
    python benchmarks/compare_outputs.py diff OLDDIR NEWDIR

``snap`` runs ``verify --no-cache --select ALL --preview --format json`` (and ``--format
html`` for the evaluation drafts; never served from the result cache) over the evaluation
drafts, the corpus issue, the docx fixtures and every k-th document of each format in
``../shared/realdocs`` (N per format, 40 by default; ``../shared`` is $CLAIMCHECK_SHARED, else
the first ``shared`` folder beside the checkout or one of its parents, so a worktree finds it), writing one file per document and
format with the exit status first. Each runs in process, from the collection's (or the checkout's) folder with a relative path, so
two snapshots made from different checkouts compare equal when the outputs are the same.
``diff`` lists the documents whose output differs; it exits 1 when any does.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import sys
from pathlib import Path

import _realdocs

ROOT = _realdocs.ROOT
EVALSET = ROOT / "benchmarks" / "evalset"
CORPUS = _realdocs.SHARED / "corpus" / "china-trends-22"
DRAFT_ENDINGS = {".md", ".html", ".txt", ".pdf", ".docx"}


def documents(per_format: int) -> list[tuple[Path, bool]]:
    """(path, also as html report) for every document in the snapshot."""
    docs = [(p, True) for p in sorted(EVALSET.iterdir()) if p.suffix in DRAFT_ENDINGS]
    docs += [(p, False) for p in sorted(CORPUS.glob("*.txt"))]
    docs += [(p, False) for p in sorted((ROOT / "tests" / "fixtures").rglob("*.docx"))]
    if _realdocs.available():
        by_format: dict[str, list[str]] = {}
        for entry in _realdocs.manifest():
            by_format.setdefault(entry["format"], []).append(entry["file"])
        for files in by_format.values():
            step = max(1, len(files) // per_format)
            docs += [(_realdocs.REALDOCS / f, False) for f in files[::step][:per_format]]
    return docs


def run(*args: str) -> tuple[int, str, str]:
    from claimcheck.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            main(list(args))
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 0
    return code, out.getvalue(), err.getvalue()


def _where(path: Path) -> tuple[Path, str]:
    """The folder to run in and the path to give: relative, so that outputs made from two
    checkouts (or with the collection elsewhere) compare equal."""
    for base in (_realdocs.REALDOCS.resolve(), ROOT, CORPUS.resolve().parent.parent):
        try:
            return base, str(path.resolve().relative_to(base))
        except ValueError:
            continue
    return Path.cwd(), str(path)


def snap(outdir: Path, per_format: int) -> None:
    outdir = outdir.resolve()
    outdir.mkdir(parents=True, exist_ok=True)
    home = Path.cwd()
    try:
        for path, html in documents(per_format):
            base, rel = _where(path)
            os.chdir(base)
            for fmt in ["json", "html"] if html else ["json"]:
                code, out, err = run("verify", "--no-cache", "--select", "ALL", "--preview", "--format", fmt, rel)
                text = f"exit {code}\n--- stderr\n{err}--- stdout\n{out}"
                (outdir / f"{rel.replace('/', '__')}.{fmt}").write_text(text, encoding="utf-8")
    finally:
        os.chdir(home)


def diff(old: Path, new: Path) -> int:
    names = sorted({p.name for p in old.iterdir()} | {p.name for p in new.iterdir()})
    changed = 0
    for name in names:
        a, b = old / name, new / name
        if not a.exists() or not b.exists() or a.read_bytes() != b.read_bytes():
            changed += 1
            print(f"differs: {name}")
    print(f"{len(names)} outputs, {changed} differ")
    return 1 if changed else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("snap")
    s.add_argument("outdir", type=Path)
    s.add_argument("--per-format", type=int, default=40)
    d = sub.add_parser("diff")
    d.add_argument("old", type=Path)
    d.add_argument("new", type=Path)
    args = parser.parse_args()
    if args.command == "snap":
        snap(args.outdir, args.per_format)
        return 0
    return diff(args.old, args.new)


if __name__ == "__main__":
    sys.exit(main())
