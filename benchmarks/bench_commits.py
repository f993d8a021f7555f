"""Benchmark: one ``verify`` of a new draft at several commits, side by side (a regression's bisection).

    python benchmarks/bench_commits.py REV [REV ...] [--draft PATH] [--runs N] [--instructions] [-- VERIFY OPTIONS]

Each REV (a commit, a branch, or ``.`` for this checkout's ``src`` as it is) is unpacked with
``git archive`` into a folder of its own and run with this interpreter as a whole process:
``claimcheck verify DRAFT`` (default: the bundled example) as a new draft, i.e. with its data
caches kept in a cache folder of its own (filled by two warm-up runs, which also write the
byte-compiled modules) and the result cache emptied before each run. The commits run in
turn, round by round, so a shared machine's drift falls on all of them alike; the script
prints each one's median wall and CPU seconds (user + system, from the kernel's accounting)
and the median of its round-by-round CPU ratios to the first REV. ``--instructions`` adds
one run of each under ``valgrind --tool=cachegrind`` and prints the instructions it took:
the figure a loaded machine does not move, for changes of a few per cent.

When ``bench_peers.py``'s example line moves between two sessions, run this with the two
commits (and a few between them, ``git log --oneline``) to see whether the code moved or the
machine did. Options after ``--`` go to ``verify`` (``-- --select ALL``). Numbers are
printed, never asserted.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "docs" / "examples" / "issue-23.md"


def unpack(rev: str, into: Path) -> Path:
    """The ``src`` folder of ``rev`` (``.``: this checkout's own)."""
    if rev == ".":
        return ROOT / "src"
    into.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "src"], capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into / "src"


def run(cmd: list[str], env: dict[str, str], cwd: Path, cache: Path) -> tuple[float, float]:
    """Wall and CPU seconds of one run of a new draft (the result cache emptied first)."""
    shutil.rmtree(cache / "results", ignore_errors=True)
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=cwd)
    _, _, usage = os.wait4(proc.pid, 0)
    return time.perf_counter() - t, usage.ru_utime + usage.ru_stime


def instructions(cmd: list[str], env: dict[str, str], cwd: Path, cache: Path) -> int | None:
    shutil.rmtree(cache / "results", ignore_errors=True)
    out = Path(tempfile.mkdtemp(prefix="cc-bench-cg-")) / "cg.out"
    proc = subprocess.run(
        ["valgrind", "--tool=cachegrind", "--cache-sim=no", f"--cachegrind-out-file={out}", *cmd],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
    )
    shutil.rmtree(out.parent, ignore_errors=True)
    m = re.search(r"I\s+refs:\s+([\d,]+)", proc.stderr)
    return int(m.group(1).replace(",", "")) if m else None


def main() -> None:
    argv = sys.argv[1:]
    extra: list[str] = []
    if "--" in argv:
        extra = argv[argv.index("--") + 1 :]
        argv = argv[: argv.index("--")]
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("revs", nargs="+", help="commits or branches; '.' is this checkout's src as it is")
    ap.add_argument("--draft", type=Path, default=EXAMPLE, help="the draft to verify (default: the bundled example)")
    ap.add_argument("--runs", type=int, default=9, help="counted rounds (default 9)")
    ap.add_argument("--instructions", action="store_true", help="also count instructions with valgrind (one run each)")
    args = ap.parse_args(argv)
    if args.instructions and not shutil.which("valgrind"):
        sys.exit("--instructions needs valgrind on the PATH")

    work = Path(tempfile.mkdtemp(prefix="cc-bench-commits-"))
    try:
        draft = work / ("draft" + args.draft.suffix)
        shutil.copyfile(args.draft, draft)  # one copy: the same path and bytes for every commit
        (work / "claimcheck.toml").touch()  # no settings file of the checkout applies
        plain = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONDONTWRITEBYTECODE")}
        setups = []
        for i, rev in enumerate(args.revs):
            src = unpack(rev, work / f"rev{i}")
            cache = work / f"cache{i}"
            cmd = [sys.executable, "-m", "claimcheck", "verify", "--cache-dir", str(cache), draft.name, *extra]
            env = {**plain, "PYTHONPATH": str(src)}
            for _ in range(2):  # the data caches and the byte-compiled modules
                run(cmd, env, work, cache)
            setups.append((rev, cmd, env, cache))
        print(
            f"verify {args.draft.name} {' '.join(extra)} as a new draft; {len(args.revs)} commits in turn, "
            f"{args.runs} rounds; load average {os.getloadavg()[0]:.2f}"
        )
        times: list[list[tuple[float, float]]] = [[] for _ in setups]
        for _ in range(args.runs):
            for i, (_rev, cmd, env, cache) in enumerate(setups):
                times[i].append(run(cmd, env, work, cache))
        med = statistics.median
        for i, (rev, cmd, env, cache) in enumerate(setups):
            wall, cpu = med(w for w, _ in times[i]), med(c for _, c in times[i])
            ratio = med(c / c0 for (_, c), (_, c0) in zip(times[i], times[0]))
            line = f"  {rev:<14} wall {wall:6.3f} s  cpu {cpu:6.3f} s  cpu / {args.revs[0]}: {ratio:5.2f}"
            if args.instructions:
                n = instructions(cmd, env, work, cache)
                line += f"  instructions {n / 1e6:9.1f} M" if n else "  instructions: not counted"
            print(line)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
