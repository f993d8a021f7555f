"""Benchmark: ``claimcheck verify --jobs 2`` against ``--jobs 1`` over many drafts.

    python benchmarks/bench_jobs.py [DRAFT] [--copies 200] [--jobs 2] [--runs 1]
    python benchmarks/bench_jobs.py --realdocs [--jobs 2] [--runs 3]

Copies DRAFT (default: the real issue in ../shared/corpus) COPIES times into a temporary
folder (``--realdocs``: every Markdown and pdftotext draft of ``../shared/realdocs``, as
``bench_peers.py``'s ``--jobs`` line), runs ``claimcheck verify --quiet --format json``
over the folder with ``--jobs 1`` and with ``--jobs N`` as whole processes, in turn, checks
both reports are identical, and prints the wall and CPU seconds (the process and its
workers, user + system) and the speed-up (best of RUNS), with the load average before and
after: on a shared machine a wall speed-up below N with the same CPU seconds means no core
was free. Numbers are printed, never asserted.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "corpus" / "china-trends-22" / "issue.pdf.txt"


#: this checkout's claimcheck (not an installed one), its modules' bytecode kept as usual
_ENV = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONDONTWRITEBYTECODE")}
_ENV["PYTHONPATH"] = str(ROOT / "src")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(folder: Path, jobs: int) -> tuple[float, float, str]:
    # every run checks the drafts: the data caches are kept beside the folder, the report
    # kept by the run before (the result cache: same drafts, same key) is not
    cache = folder.parent / "cache"
    shutil.rmtree(cache / "results", ignore_errors=True)
    cpu, t = _children_cpu(), time.perf_counter()
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
        cwd=folder.parent,
        env=_ENV,
    )
    elapsed, cpu = time.perf_counter() - t, _children_cpu() - cpu  # the workers are waited for: counted
    if proc.returncode not in (0, 1):
        sys.exit(f"claimcheck failed ({proc.returncode}): {proc.stderr.strip()}")
    return elapsed, cpu, proc.stdout


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("draft", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--copies", type=int, default=200)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--realdocs", action="store_true", help="the realdocs Markdown and pdftotext drafts")
    args = ap.parse_args()
    if not args.realdocs and not args.draft.is_file():
        sys.exit(f"no draft at {args.draft}")
    tmp = Path(tempfile.mkdtemp(prefix="cc-bench-jobs-"))
    drafts = tmp / "drafts"  # the cache folder beside it (see run)
    drafts.mkdir()
    (tmp / "claimcheck.toml").write_text("")  # no settings file of the checkout applies
    try:
        if args.realdocs:
            import _realdocs

            if not _realdocs.available():
                sys.exit(f"no realdocs at {_realdocs.REALDOCS}")
            files = [_realdocs.REALDOCS / e["file"] for e in _realdocs.manifest({"markdown", "pdf-text"})]
            for i, f in enumerate(files):
                shutil.copyfile(f, drafts / f"d{i:04d}-{f.name}")
            size = sum(f.stat().st_size for f in files) / 1e6
            print(f"{len(files)} realdocs drafts (Markdown, pdftotext; {size:.1f} MB) on {os.cpu_count()} CPUs")
        else:
            for i in range(args.copies):
                shutil.copyfile(args.draft, drafts / f"issue-{i:03d}{args.draft.suffix}")
            size = args.draft.stat().st_size * args.copies / 1e6
            print(f"{args.copies} copies of {args.draft.name} ({size:.1f} MB) on {os.cpu_count()} CPUs")
        print("load average before: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
        run(drafts, 1)  # fills the data caches (patterns, tables), as a CI cache would hold them
        times: dict[int, list[tuple[float, float, str]]] = {1: [], args.jobs: []}
        for _ in range(args.runs):  # in turn, so both see the same machine
            for jobs in times:
                times[jobs].append(run(drafts, jobs))
        best = {jobs: min(runs) for jobs, runs in times.items()}
        for jobs, (wall, cpu, _out) in best.items():
            print(f"--jobs {jobs}: {wall:6.2f} s wall, {cpu:6.2f} s CPU (best of {args.runs})")
        same = all(r[2] == best[1][2] for runs in times.values() for r in runs)
        print(
            f"speed-up with --jobs {args.jobs}: {best[1][0] / best[args.jobs][0]:.2f}x wall; "
            f"CPU --jobs {args.jobs} / --jobs 1: {best[args.jobs][1] / best[1][1]:.2f}; "
            f"reports identical: {'yes' if same else 'NO'}"
        )
        print("load average after: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
