"""Benchmark: claimcheck's speed side by side with its peers and its own past, in one run.

    python benchmarks/bench_peers.py [--runs 7] [--quick] [--src SRC] [--only NAME ...]

Creates (once) a virtual environment per peer under ``benchmarks/.venvs/`` (git-ignored):
proselint and quantulum3 from the package index, and claimcheck as it was at commit
1d35f62 (``git archive`` of that commit, installed with its dependencies). Then times,
as whole processes, each pair of commands in turn (A B A B ..., one warm-up each) and
prints the medians and the median of the pair-by-pair ratios against the targets of
issue 16 (docs/speed.md explains every line):

- ``verify --select ALL`` on the corpus issue against ``proselint check`` on it;
- ``verify`` on the bundled example docs/examples/issue-23.md against the same at 1d35f62;
- ``extract`` on the corpus issue against quantulum3's parser on the same text;
- in-process throughput of the whole catalogue over ../shared/realdocs (MB of draft per
  CPU second, per format and overall);
- ``verify --jobs 2`` against ``--jobs 1`` over a folder of real drafts (and the two
  reports compared byte for byte);
- peak memory (RSS of the largest process) of ``verify`` over 1, 100 and 1,000 drafts.

The first three figures run claimcheck three ways against the same peer, in turn: warm
(its report kept in the result cache by the warm-up run), new draft (the result cache
emptied before each run, untimed; the pattern and data caches kept) and ``--no-cache``
(nothing kept); docs/speed.md says what each stands for. The ``--jobs`` figure empties the
result cache before each run.

The claimcheck under test is ``SRC`` (default: this checkout's ``src``), run with this
interpreter. Times are wall seconds; CPU seconds (user + system) are printed beside them
because the machines this runs on are shared. Numbers are printed, never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
import venv
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any, Callable, Sequence

ROOT = Path(__file__).resolve().parents[1]
VENVS = ROOT / "benchmarks" / ".venvs"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "china-trends-22" / "issue.pdf.txt"
REALDOCS = SHARED / "realdocs"
EXAMPLE = ROOT / "docs" / "examples" / "issue-23.md"
OLD_COMMIT = "1d35f62"
PEERS = {"proselint": ["proselint==0.16.0"], "quantulum3": ["quantulum3==0.10.0"]}

#: (label, target, how the ratio compares): the targets of issue 16
TARGETS = {
    "corpus": ("verify (ALL) / proselint check", 0.75, "<="),
    "example": (f"verify example / verify example at {OLD_COMMIT}", 0.5, "<="),
    "extract": ("quantulum3 parse / extract (times faster)", 60.0, ">="),
    "throughput": ("in-process MB/s per core", 1.0, ">="),
    "jobs": ("--jobs 1 / --jobs 2 (speed-up)", 1.8, ">="),
}


# ----------------------------------------------------------------------------- environments
def _venv_python(name: str) -> Path:
    return VENVS / name / "bin" / "python"


def ensure_venv(name: str, requirements: Sequence[str]) -> Path:
    """A virtual environment ``benchmarks/.venvs/NAME`` with ``requirements`` installed
    (made once; a marker file records what was installed)."""
    marker = VENVS / name / ".installed"
    spec = "\n".join(requirements)
    if marker.is_file() and marker.read_text() == spec:
        return _venv_python(name)
    print(f"  creating {VENVS.relative_to(ROOT)}/{name} ({' '.join(requirements)}) ...", flush=True)
    shutil.rmtree(VENVS / name, ignore_errors=True)
    venv.create(VENVS / name, with_pip=True, clear=True)
    subprocess.run([str(_venv_python(name)), "-m", "pip", "install", "--quiet", *requirements], check=True)
    marker.write_text(spec)
    return _venv_python(name)


def old_claimcheck() -> Path:
    """claimcheck at OLD_COMMIT in its own environment (from ``git archive``)."""
    src = VENVS / f"src-{OLD_COMMIT}"
    if not (src / "pyproject.toml").is_file():
        data = subprocess.run(["git", "-C", str(ROOT), "archive", OLD_COMMIT], check=True, capture_output=True).stdout
        src.mkdir(parents=True, exist_ok=True)
        with tarfile.open(fileobj=BytesIO(data)) as tar:
            tar.extractall(src, filter="data")
    return ensure_venv(f"claimcheck-{OLD_COMMIT}", [str(src)])


# ----------------------------------------------------------------------------- timing
@dataclass
class Run:
    wall: float
    cpu: float
    rss_mb: float
    code: int


#: every command runs here: a folder with an empty claimcheck.toml, so no settings file of
#: this checkout (or above it) applies, to today's claimcheck or to the old one
NEUTRAL = Path(tempfile.gettempdir()) / "cc-bench-neutral"


def run_once(
    cmd: Sequence[str],
    env: dict[str, str] | None = None,
    stdout: Any = subprocess.DEVNULL,
    before: Callable[[], None] | None = None,
) -> Run:
    """One whole process: wall and CPU seconds and peak RSS, from the kernel's accounting.
    ``before`` runs first, untimed (e.g. emptying the result cache)."""
    NEUTRAL.mkdir(exist_ok=True)
    (NEUTRAL / "claimcheck.toml").touch()
    if before is not None:
        before()
    t = time.perf_counter()
    proc = subprocess.Popen(list(cmd), stdout=stdout, stderr=subprocess.DEVNULL, env=env, cwd=NEUTRAL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    proc.returncode = os.waitstatus_to_exitcode(status)
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, proc.returncode)


def pair(
    a: Sequence[str],
    b: Sequence[str],
    runs: int,
    env_a=None,
    env_b=None,
    warm_b: bool = True,
    before: Callable[[], None] | None = None,
) -> dict:
    """A and B in turn after one warm-up each (``warm_b=False``: A only); medians and the
    median of the pair-by-pair ratios A/B. ``before`` runs (untimed) before each run."""
    run_once(a, env_a, before=before)
    if warm_b:
        run_once(b, env_b, before=before)
    ra, rb = [], []
    for _ in range(runs):
        ra.append(run_once(a, env_a, before=before))
        rb.append(run_once(b, env_b, before=before))
    med = statistics.median
    return {
        "a_wall": med(r.wall for r in ra),
        "b_wall": med(r.wall for r in rb),
        "a_cpu": med(r.cpu for r in ra),
        "b_cpu": med(r.cpu for r in rb),
        "a_rss": max(r.rss_mb for r in ra),
        "b_rss": max(r.rss_mb for r in rb),
        "ratio_wall": med(x.wall / y.wall for x, y in zip(ra, rb)),
        "ratio_cpu": med(x.cpu / y.cpu for x, y in zip(ra, rb)),
        "codes": sorted({r.code for r in ra}),
        "codes_b": sorted({r.code for r in rb}),
    }


@dataclass
class Variant:
    """One way of running claimcheck against a peer: its label, command, environment and
    what to do before each run (untimed)."""

    label: str
    cmd: list[str]
    env: dict[str, str]
    before: Callable[[], None] | None = None


def rounds(
    peer: Sequence[str], peer_env: dict[str, str], variants: Sequence[Variant], runs: int, warm_peer: bool = True
) -> list[dict]:
    """The peer and each variant in turn, round after round (P A B C P A B C ...), after one
    warm-up each (``warm_peer=False``: none for the peer); per variant the same figures as
    :func:`pair` (A the variant, B the peer), ratios taken within a round."""
    if warm_peer:
        run_once(peer, peer_env)
    for v in variants:
        run_once(v.cmd, v.env, before=v.before)
    rp: list[Run] = []
    rv: list[list[Run]] = [[] for _ in variants]
    for _ in range(runs):
        rp.append(run_once(peer, peer_env))
        for i, v in enumerate(variants):
            rv[i].append(run_once(v.cmd, v.env, before=v.before))
    med = statistics.median
    return [
        {
            "a_wall": med(r.wall for r in ra),
            "b_wall": med(r.wall for r in rp),
            "a_cpu": med(r.cpu for r in ra),
            "b_cpu": med(r.cpu for r in rp),
            "a_rss": max(r.rss_mb for r in ra),
            "b_rss": max(r.rss_mb for r in rp),
            "ratio_wall": med(x.wall / y.wall for x, y in zip(ra, rp)),
            "ratio_cpu": med(x.cpu / y.cpu for x, y in zip(ra, rp)),
            "codes": sorted({r.code for r in ra}),
            "codes_b": sorted({r.code for r in rp}),
        }
        for ra in rv
    ]


def verdict(key: str, value: float) -> str:
    label, target, op = TARGETS[key]
    ok = value <= target if op == "<=" else value >= target
    return f"{label}: {value:.2f} (target {op} {target:g}) {'met' if ok else 'NOT met'}"


def show_pair(title: str, a_name: str, b_name: str, p: dict) -> None:
    print(f"\n{title}")
    print(
        f"  {a_name:<38} wall {p['a_wall']:6.3f} s  cpu {p['a_cpu']:6.3f} s  rss {p['a_rss']:6.1f} MB  exit {p['codes']}"
    )
    print(
        f"  {b_name:<38} wall {p['b_wall']:6.3f} s  cpu {p['b_cpu']:6.3f} s  rss {p['b_rss']:6.1f} MB  exit {p['codes_b']}"
    )


# ----------------------------------------------------------------------------- the figures
def claimcheck_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "claimcheck", *args]


#: the in-process throughput probe, run in a child process of the claimcheck under test
_THROUGHPUT = r"""
import json, sys, time
from pathlib import Path
from claimcheck.config import Settings
from claimcheck.pipeline import verify
root = Path(sys.argv[1])
by_format = {}
for line in (root / "manifest.jsonl").read_text().splitlines():
    row = json.loads(line)
    by_format.setdefault(row["format"], []).append(root / row["file"])
settings = Settings(select=["ALL"])
warm = [files[0] for files in by_format.values()]
verify(warm, settings)  # imports, pattern compilation, caches: paid once per process
out = {}
for fmt, files in sorted(by_format.items()):
    size = sum(f.stat().st_size for f in files)
    cpu, wall = time.process_time(), time.perf_counter()
    verify(files, settings, keep_documents=False)
    out[fmt] = {"files": len(files), "bytes": size, "cpu": time.process_time() - cpu, "wall": time.perf_counter() - wall}
print(json.dumps(out))
"""


def throughput(env: dict[str, str]) -> dict:
    proc = subprocess.run(
        [sys.executable, "-c", _THROUGHPUT, str(REALDOCS)], env=env, capture_output=True, text=True, cwd=REALDOCS
    )
    if proc.returncode:
        sys.exit(f"throughput probe failed: {proc.stderr.strip()[-2000:]}")
    return json.loads(proc.stdout)


def realdocs_files(formats: Sequence[str]) -> list[Path]:
    rows = [json.loads(line) for line in (REALDOCS / "manifest.jsonl").read_text().splitlines()]
    return [REALDOCS / r["file"] for r in rows if r["format"] in formats]


def copies(folder: Path, files: Sequence[Path], n: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        f = files[i % len(files)]
        shutil.copyfile(f, folder / f"d{i:04d}-{f.name}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7, help="counted runs of each command (default 7)")
    ap.add_argument("--quick", action="store_true", help="3 runs, 300 drafts at most for memory")
    ap.add_argument("--quantulum-runs", type=int, default=3, help="counted runs of quantulum3 (default 3)")
    ap.add_argument("--src", type=Path, default=ROOT / "src", help="the claimcheck sources under test")
    ap.add_argument(
        "--only",
        nargs="*",
        choices=["corpus", "example", "extract", "throughput", "jobs", "memory"],
        help="run only these figures",
    )
    args = ap.parse_args()
    runs = 3 if args.quick else args.runs
    only = set(args.only or ["corpus", "example", "extract", "throughput", "jobs", "memory"])
    cache = Path(tempfile.mkdtemp(prefix="cc-bench-cache-"))
    # as an installed tool runs: byte-compiled modules written once and read after
    plain = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONDONTWRITEBYTECODE")}
    env = {**plain, "PYTHONPATH": str(args.src.resolve()), "CLAIMCHECK_CACHE_DIR": str(cache)}
    print(
        f"claimcheck from {args.src}; {os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.2f}; "
        f"{runs} alternating runs after one warm-up; caches in a fresh folder (warmed by the warm-up)"
    )
    have_corpus = CORPUS.is_file()
    if not have_corpus and only & {"corpus", "extract"}:
        print(f"(no corpus issue at {CORPUS}: the corpus and extract figures are skipped)")
    results: dict[str, float] = {}
    results_cpu: dict[str, float] = {}
    tmp = Path(tempfile.mkdtemp(prefix="cc-bench-peers-"))
    try:
        results_dir = cache / "results"

        def no_kept_report() -> None:  # a new draft: the data caches stay, no report is kept for it
            shutil.rmtree(results_dir, ignore_errors=True)

        def variants(*args: str) -> list[Variant]:
            """claimcheck three ways: its report kept in the result cache (a draft checked
            again unchanged), the data caches warm but no report kept (a new or edited
            draft), and --no-cache (nothing kept: a fresh machine or CI runner)."""
            return [
                Variant("warm (report kept)", claimcheck_cmd(*args), env),
                Variant("new draft (data caches kept)", claimcheck_cmd(*args), env, no_kept_report),
                Variant("--no-cache (nothing kept)", claimcheck_cmd(args[0], "--no-cache", *args[1:]), env),
            ]

        def show_variants(
            title: str, key: str, peer_name: str, vs: list[Variant], ps: list[dict], invert: bool = False
        ) -> None:
            print(f"\n{title}")
            peer = ps[0]
            print(
                f"  {peer_name:<38} wall {peer['b_wall']:6.3f} s  cpu {peer['b_cpu']:6.3f} s  "
                f"rss {peer['b_rss']:6.1f} MB  exit {peer['codes_b']}"
            )
            for v, q in zip(vs, ps):
                print(
                    f"  claimcheck, {v.label:<26} wall {q['a_wall']:6.3f} s  cpu {q['a_cpu']:6.3f} s  "
                    f"rss {q['a_rss']:6.1f} MB  exit {q['codes']}"
                )
            for v, q in zip(vs, ps):
                wall, cpu = (1 / q["ratio_wall"], 1 / q["ratio_cpu"]) if invert else (q["ratio_wall"], q["ratio_cpu"])
                results[f"{key}|{v.label}"] = wall
                results_cpu[f"{key}|{v.label}"] = cpu
                print(f"  {v.label:<30} ratio wall {wall:6.2f}  cpu {cpu:6.2f}; " + verdict(key, wall))

        if "corpus" in only and have_corpus:
            proselint = ensure_venv("proselint", PEERS["proselint"])
            vs = variants("verify", "--select", "ALL", str(CORPUS))
            ps = rounds([str(proselint.parent / "proselint"), "check", str(CORPUS)], plain, vs, runs)
            show_variants(
                "verify --select ALL on the corpus issue vs proselint check", "corpus", "proselint check", vs, ps
            )
        if "example" in only:
            old = old_claimcheck()
            vs = variants("verify", str(EXAMPLE))
            ps = rounds(
                [str(old), "-m", "claimcheck", "verify", str(EXAMPLE)],
                {**plain, "CLAIMCHECK_CACHE_DIR": str(cache)},
                vs,
                runs,
            )
            show_variants(
                f"verify on {EXAMPLE.relative_to(ROOT)} vs the same at {OLD_COMMIT}",
                "example",
                f"claimcheck verify ({OLD_COMMIT})",
                vs,
                ps,
            )
        if "extract" in only and have_corpus:
            q = ensure_venv("quantulum3", PEERS["quantulum3"])
            parse = (
                "import sys; from quantulum3 import parser; parser.parse(open(sys.argv[1], encoding='utf-8').read())"
            )
            # quantulum3 takes half a minute a run: fewer runs, and no warm-up of its own
            vs = variants("extract", str(CORPUS))
            ps = rounds([str(q), "-c", parse, str(CORPUS)], plain, vs, args.quantulum_runs, warm_peer=False)
            show_variants(
                "extract on the corpus issue vs quantulum3's parser (ratios: times faster)",
                "extract",
                "quantulum3 parser.parse",
                vs,
                ps,
                invert=True,
            )
        if "throughput" in only and REALDOCS.is_dir():
            t = throughput(env)
            print("\nin-process throughput of the whole catalogue over ../shared/realdocs (after one warm-up)")
            tot_b = tot_c = 0.0
            for fmt, row in t.items():
                tot_b += row["bytes"]
                tot_c += row["cpu"]
                print(
                    f"  {fmt:<9} {row['files']:4d} files {row['bytes'] / 1e6:6.2f} MB  cpu {row['cpu']:6.2f} s  "
                    f"{row['bytes'] / 1e6 / row['cpu']:6.2f} MB/s per core"
                )
            results["throughput"] = tot_b / 1e6 / tot_c
            print(
                f"  all       {tot_b / 1e6:6.2f} MB  cpu {tot_c:6.2f} s; "
                + verdict("throughput", results["throughput"])
            )
        if "jobs" in only and REALDOCS.is_dir():
            folder = tmp / "jobs"
            files = realdocs_files(["markdown", "pdf-text"])
            copies(folder, files, len(files))
            base = ["verify", "--quiet", "--format", "json", "--select", "ALL"]
            outs = {}
            # every run checks the drafts (no report kept from the run before: same drafts, same key)
            for jobs in (1, 2):
                with open(tmp / f"j{jobs}.json", "wb") as fh:
                    run_once(
                        claimcheck_cmd(*base, "--jobs", str(jobs), str(folder)), env, stdout=fh, before=no_kept_report
                    )
                outs[jobs] = (tmp / f"j{jobs}.json").read_bytes()
            p = pair(
                claimcheck_cmd(*base, "--jobs", "1", str(folder)),
                claimcheck_cmd(*base, "--jobs", "2", str(folder)),
                max(1, runs // 2),
                env,
                env,
                before=no_kept_report,
            )
            show_pair(
                f"verify --jobs 1 vs --jobs 2 over {len(files)} real drafts (markdown, pdf-text)",
                "--jobs 1",
                "--jobs 2",
                p,
            )
            results["jobs"] = p["ratio_wall"]
            same = "identical" if outs[1] == outs[2] else "DIFFERENT"
            print(f"  reports {same}; " + verdict("jobs", p["ratio_wall"]))
        if "memory" in only:
            print(f"\npeak memory of verify --jobs 1 (RSS of the process) over copies of {EXAMPLE.name}")
            for n in (1, 100, 300 if args.quick else 1000):
                folder = tmp / f"mem{n}"
                copies(folder, [EXAMPLE], n)
                r = run_once(claimcheck_cmd("verify", "--quiet", "--jobs", "1", str(folder)), env)
                print(
                    f"  {n:5d} drafts: rss {r.rss_mb:6.1f} MB  wall {r.wall:6.2f} s  cpu {r.cpu:6.2f} s  exit {r.code}"
                )
        print("\nsummary (medians of pair-by-pair ratios, wall time; CPU beside it where timed)")
        for key, value in results.items():
            target, _, variant = key.partition("|")
            cpu = f" [cpu {results_cpu[key]:.2f}]" if key in results_cpu else ""
            print(f"  {verdict(target, value)}{cpu}" + (f"  -- {variant}" if variant else ""))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        shutil.rmtree(cache, ignore_errors=True)


if __name__ == "__main__":
    main()
