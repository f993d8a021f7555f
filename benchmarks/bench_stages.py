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

    python benchmarks/bench_stages.py --callgrind verify docs/examples/issue-23.md [FLAGS]

counts the instructions of one whole ``claimcheck`` command instead (a new draft: the data
caches warmed by an untimed run first, the result cache emptied), split into its stages
(Python starting, importing the CLI, click and the result cache's look-up, importing the
settings module and pydantic, the settings, importing the pipeline, the claim models, the
selected rules, reading the draft, each extractor and each rule; for ``extract``, writing the
claims) by callgrind dumps at each stage's edge. Needs valgrind (with its headers) and a C
compiler; counts, unlike seconds, do not move with the machine's load. ``CLAIMCHECK_CACHE_DIR`` names the cache folder to
use (default: a fresh one); the command runs in the current folder. A ``verify`` is given
``--time-budget 0`` unless it names a budget (under callgrind the default 300 s of wall
clock runs out on a long draft and the rules after it go uncounted).
"""

from __future__ import annotations

# only what Python has loaded when it starts: the --callgrind driver counts every import
# after these as the command's
import os
import sys

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (not loaded at start)
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any


# ----------------------------------------------------------------------------- --callgrind
_DUMP_C = "#include <valgrind/callgrind.h>\nvoid cc_dump(const char *s) { CALLGRIND_DUMP_STATS_AT(s); }\n"


def stage_driver(lib: str, argv: list[str]) -> None:
    """Run ``claimcheck ARGV`` in this process (under callgrind), dumping the counts at
    each stage's edge: a dump is named after the stage that ends there."""
    import ctypes
    import importlib.machinery

    dump = ctypes.CDLL(lib).cc_dump
    stack = ["Python starting"]

    def enter(label: str) -> None:
        dump(stack[-1].encode())
        stack.append(label)

    def leave() -> None:
        dump(stack[-1].encode())
        stack.pop()

    def staged(label: str, func: Any, listed: bool = False) -> Any:
        def run(*a: Any, **k: Any) -> Any:
            enter(label)
            try:
                out = func(*a, **k)
                return list(out) if listed else out  # a generator's work belongs to its stage
            finally:
                leave()

        return run

    def hook_pipeline(module: Any) -> None:
        module.load_document = staged("reading the draft", module.load_document)
        build = module.build_rules

        def build_rules(*a: Any, **k: Any) -> Any:
            rules = staged("build_rules (the selected rules' modules)", build)(*a, **k)
            for rule in rules:
                rule.check = staged("rule " + rule.code, rule.check, True)
            return rules

        module.build_rules = build_rules

    def hook_extract(module: Any) -> None:
        load = module._load
        module._load = lambda spec: staged("extract " + spec.rsplit(":", 1)[1], load(spec), True)

    def hook_ingest(module: Any) -> None:  # `extract` and `show` read the draft without the pipeline
        module.load_document = staged("reading the draft", module.load_document)

    def hook_render_claims(module: Any) -> None:
        module.render_claims = staged("writing the claims", module.render_claims)

    # module -> (the stage its import is, or None: counted in the stage that imports it; what
    # to wrap once it is imported)
    hooks: dict[str, tuple[str | None, Any]] = {
        "claimcheck.config": ("import claimcheck.config (pydantic, the settings model)", None),
        "claimcheck.pipeline": ("import claimcheck.pipeline", hook_pipeline),
        "claimcheck.extract": ("import claimcheck.extract (the claim models)", hook_extract),
        "claimcheck.ingest": (None, hook_ingest),
        "claimcheck.report.claims": (None, hook_render_claims),
    }

    class Finder:
        def find_spec(self, name: str, path: Any, target: Any = None) -> Any:
            if name not in hooks:
                return None
            label, hook = hooks.pop(name)
            spec = importlib.machinery.PathFinder.find_spec(name, path)
            exec_module = spec.loader.exec_module

            def staged_exec(module: Any) -> None:
                if label is None:
                    exec_module(module)
                else:
                    staged(label, exec_module)(module)
                if hook is not None:
                    hook(module)

            spec.loader.exec_module = staged_exec
            return spec

    sys.meta_path.insert(0, Finder())  # type: ignore[arg-type]
    enter("import claimcheck.cli (click, typing, pathlib ...)")
    import claimcheck.cli as cli

    leave()
    stack[-1] = "click's parsing, the result cache's look-up, the rest"
    cli._settings = staged("the settings (read, validated)", cli._settings)
    sys.argv = ["claimcheck", *argv]
    try:
        cli.main()
    finally:
        dump(stack[-1].encode())


def callgrind(argv: list[str]) -> None:
    import re
    import shutil
    import subprocess
    import tempfile
    from pathlib import Path

    if argv[:1] == ["verify"] and not any(a.startswith("--time-budget") for a in argv):
        # the budget is wall-clock seconds and callgrind runs a command 50 times slower (more
        # on a loaded machine): a long draft's rules would be cut off and left uncounted
        argv = [*argv, "--time-budget", "0"]
    work = Path(tempfile.mkdtemp(prefix="cc-stages-"))
    try:
        (work / "dump.c").write_text(_DUMP_C)
        subprocess.run(["cc", "-O2", "-shared", "-fPIC", "-o", str(work / "dump.so"), str(work / "dump.c")], check=True)
        env = dict(os.environ)
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # byte code written once, read as a user's run reads it
        cache = Path(env.setdefault("CLAIMCHECK_CACHE_DIR", str(work / "cache")))
        subprocess.run([sys.executable, "-m", "claimcheck", *argv], env=env, capture_output=True)  # warm the caches
        shutil.rmtree(cache / "results", ignore_errors=True)  # a new draft: no report kept
        cmd = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={work / 'cg'}", sys.executable]
        cmd += [__file__, "--stage-driver", str(work / "dump.so"), *argv]
        subprocess.run(cmd, env=env, capture_output=True, check=False)
        stages: dict[str, int] = {}
        for f in sorted(work.glob("cg*"), key=lambda p: int(p.suffix[1:]) if p.suffix[1:].isdigit() else 1 << 30):
            text = f.read_text(errors="replace")
            label = re.search(r"^desc: Trigger: (?:Client Request: )?(.*)$", text, re.M)
            total = re.search(r"^totals: (\d+)", text, re.M)
            name = label.group(1).strip() if label else "?"
            name = "exiting" if name == "Program termination" else name
            stages[name] = stages.get(name, 0) + (int(total.group(1)) if total else 0)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    whole = sum(stages.values())
    print(f"claimcheck {' '.join(argv)}: {whole / 1e6:,.1f} M instructions (a new draft)")
    for name, n in stages.items():
        if n >= 50_000:
            print(f"  {n / 1e6:9,.1f} M  {100 * n / whole:5.1f}%  {name}")


def main() -> None:
    if sys.argv[1:2] == ["--stage-driver"]:
        return stage_driver(sys.argv[2], sys.argv[3:])
    if sys.argv[1:2] == ["--callgrind"]:
        return callgrind(sys.argv[2:])
    import argparse
    import time
    from collections import Counter

    from _realdocs import REALDOCS, available, manifest

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
