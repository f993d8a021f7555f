"""A longer fuzzing session than the test suite's: the targets of tests/test_fuzz.py
(drafts, front matter, registry files, settings) with many more examples.

    python benchmarks/fuzz.py [--examples 2000] [--seed 1] [--hang 30] [--target NAME ...]

Every input is run through the CLI in this process. Counted per target: inputs, exit
statuses, internal errors (E999 or a traceback) and hangs (an input that takes more than
``--hang`` seconds, stopped by SIGALRM). The failing inputs are printed (repr, cut at 300
characters). Exits 1 if there was an internal error or a hang, else 0.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import signal
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from test_fuzz import text_pieces, toml_text, yaml_text  # noqa: E402


class _Hang(BaseException):
    pass


def _alarm(signum, frame):
    raise _Hang


def run(args: list[str], hang: float) -> tuple[int | str, str]:
    """``claimcheck ARGS`` in process: (exit status or "hang", standard error)."""
    from claimcheck.cli import main

    out, err = io.StringIO(), io.StringIO()
    old = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, hang)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                main(args)
                code: int | str = 0
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else 0
    except _Hang:
        code = "hang"
    except Exception as exc:  # noqa: BLE001 - reported, not raised
        code, err = "crash", io.StringIO(f"Traceback: {type(exc).__name__}: {exc}")
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
    return code, err.getvalue()


def targets(folder: Path):
    def drafts(data):
        text, suffix = data
        path = folder / f"draft{suffix}"
        path.write_bytes(text.encode("utf-8", "surrogatepass"))
        return [["verify", str(path), "--no-cache", "--time-budget", "0"]]

    def front_matter(data):
        front, body, toml = data
        fence = "+++" if toml else "---"
        path = folder / "fm.md"
        path.write_bytes(f"{fence}\n{front}\n{fence}\n\n# Title\n\n{body}\n".encode("utf-8", "surrogatepass"))
        return [["verify", str(path), "--no-cache", "--publication-date", "2024-01-01", "--time-budget", "0"]]

    def registry(data):
        path = folder / "reg.yml"
        path.write_bytes(data.encode("utf-8", "surrogatepass"))
        draft = folder / "reg-draft.md"
        draft.write_text("# T\n\nThe port handled 12 million containers in 2023.\n", encoding="utf-8")
        return [["claims", "check", str(path)], ["verify", str(draft), "--claims", str(path), "--no-cache"]]

    def settings(data):
        config, pyproject = data
        sub = folder / "cfg"
        sub.mkdir(exist_ok=True)
        for name in ("pyproject.toml", "claimcheck.toml"):
            (sub / name).unlink(missing_ok=True)
        (sub / ("pyproject.toml" if pyproject else "claimcheck.toml")).write_bytes(
            config.encode("utf-8", "surrogatepass")
        )
        (sub / "a.md").write_text("# T\n\nThe harbour opened in 2019.\n", encoding="utf-8")
        return [
            [
                "verify",
                str(sub / "a.md"),
                "--no-cache",
                "--config",
                str(sub / ("pyproject.toml" if pyproject else "claimcheck.toml")),
            ]
        ]

    from hypothesis import strategies as st

    return {
        "drafts": (st.tuples(text_pieces, st.sampled_from([".md", ".txt", ".html"])), drafts),
        "front-matter": (st.tuples(yaml_text, text_pieces, st.booleans()), front_matter),
        "registry": (yaml_text, registry),
        "settings": (st.tuples(toml_text, st.booleans()), settings),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--examples", type=int, default=2000, help="inputs per target")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--hang", type=float, default=30.0, help="seconds after which an input counts as a hang")
    ap.add_argument("--target", action="append", help="only this target (repeatable)")
    args = ap.parse_args()
    os.environ.pop("CLAIMCHECK_DEBUG", None)

    from hypothesis import HealthCheck, given, seed, settings

    failures: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("CLAIMCHECK_CACHE_DIR", str(Path(tmp) / "cache"))
        all_targets = targets(Path(tmp))
        print(f"{'target':14}{'inputs':>8}{'exit 0':>8}{'exit 1':>8}{'exit 2':>8}{'internal':>10}{'hangs':>7}{'s':>8}")
        for name, (strategy, build) in all_targets.items():
            if args.target and name not in args.target:
                continue
            counts: Counter = Counter()
            t0 = time.perf_counter()

            @seed(args.seed)
            @settings(max_examples=args.examples, deadline=None, database=None, suppress_health_check=list(HealthCheck))
            @given(strategy)
            def one(data):  # called at once below, in this iteration: the loop names are current
                counts["inputs"] += 1  # noqa: B023
                for cli_args in build(data):  # noqa: B023
                    code, err = run(cli_args, args.hang)
                    if code == "hang":
                        counts["hangs"] += 1  # noqa: B023
                        failures.append((name, "hang", repr(data)[:300]))  # noqa: B023
                    elif code == "crash" or "E999" in err or "Traceback" in err:
                        counts["internal"] += 1  # noqa: B023
                        failures.append((name, err.strip()[:300], repr(data)[:300]))  # noqa: B023
                    else:
                        counts[f"exit {code}"] += 1  # noqa: B023

            one()
            elapsed = time.perf_counter() - t0
            print(
                f"{name:14}{counts['inputs']:>8}{counts['exit 0']:>8}{counts['exit 1']:>8}{counts['exit 2']:>8}"
                f"{counts['internal']:>10}{counts['hangs']:>7}{elapsed:>8.0f}",
                flush=True,
            )
    for name, what, data in failures:
        print(f"\n[{name}] {what}\n  input: {data}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
