"""Growth benchmark: how the time to check one draft grows with its size, per input shape.

    python benchmarks/bench_growth.py [--sizes 10000,100000,1000000] [--cap 60] [--shape NAME ...] [--cpu]

Each shape is a hostile or merely large draft built to the sizes asked (characters): runs
of digits, dates, dots, brackets or capitals, and whole documents with many dates,
quantities, names, note references or member lists, the real issue in
``../shared/corpus`` repeated, and the same text on one single line. Every draft is checked
in this process by :func:`claimcheck.pipeline.verify` with the whole catalogue (registry
rules off), and the seconds per size are printed with the growth exponent of the shape: the
slope of log(time) against log(size) between the two largest sizes measured. An exponent
near 1 is linear; the target is at most 1.2 for every shape (see docs/limits.md).

A run that takes longer than ``--cap`` seconds is stopped (the per-draft time budget), printed as ``>CAP``,
and the larger sizes of that shape are skipped: the exponent is then a lower bound
(``>=``). Last, the real issue repeated 32 times (2.4 MB) is timed (target: under 10 s).
Numbers are printed, never asserted.
"""

from __future__ import annotations

import argparse
import math
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "china-trends-22" / "issue.pdf.txt"
CPU = False  # --cpu: CPU seconds instead of wall seconds

_MONTHS = "January February March April May June July August September October November December".split()
_WORDS = (
    "harbour",
    "summit",
    "treaty",
    "bridge",
    "railway",
    "forum",
    "station",
    "pipeline",
    "corridor",
    "festival",
    "council",
    "airport",
    "stadium",
    "canal",
    "reactor",
    "satellite",
)
_COUNTRIES = (
    "Egypt",
    "Serbia",
    "Thailand",
    "Pakistan",
    "Belarus",
    "Azerbaijan",
    "Venezuela",
    "South Africa",
    "Nicaragua",
    "Senegal",
    "Bolivia",
    "Kazakhstan",
    "Ethiopia",
    "Uruguay",
    "Nepal",
    "Chile",
)
_SURNAMES = ("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun")
_GIVEN = ("Wei", "Fang", "Jun", "Lei", "Min", "Qiang", "Tao", "Yan", "Hui", "Bo", "Ling", "Xin")


def _repeat(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def _fill(make: Callable[[int], str], n: int, sep: str = " ") -> str:
    """Sentences ``make(0)``, ``make(1)``, ... joined until ``n`` characters."""
    parts, size, i = [], 0, 0
    while size < n:
        s = make(i)
        parts.append(s)
        size += len(s) + len(sep)
        i += 1
    return sep.join(parts)[:n]


def _paragraphs(make: Callable[[int], str], n: int, per: int = 6) -> str:
    """Sentences in paragraphs of ``per`` sentences."""
    return _fill(lambda i: make(i) + ("\n\n" if i % per == per - 1 else ""), n, sep=" ")


def _word(i: int) -> str:
    """A distinct made-up word for ``i``."""
    letters = "bcdfghklmnprstvz"
    out = ""
    i += 1
    while i:
        i, r = divmod(i, 16)
        out += letters[r] + "aeiou"[r % 5]
    return out.capitalize()


def _dates(i: int) -> str:
    return (
        f"The {_word(i)} {_WORDS[i % 16]} opened on {1 + i % 28} {_MONTHS[i % 12]} {1990 + i % 35}, "
        f"and the {_word(i // 2)} {_WORDS[(i + 3) % 16]} closed in {_MONTHS[(i + 5) % 12]} {1990 + (i * 7) % 35}."
    )


def _quantities(i: int) -> str:
    return (
        f"The {_word(i)} {_WORDS[i % 16]} handled {i % 97 + 1}.{i % 10} million tonnes in {2000 + i % 24}, "
        f"worth ${i % 89 + 3} billion, up {i % 40 + 1}% on the year before."
    )


def _names(i: int) -> str:
    s, g = _SURNAMES[i % 12], _GIVEN[(i // 12) % 12]
    g2 = _GIVEN[(i // 144) % 12].lower()
    return f"{s} {g}{g2}, who leads the {_word(i)} {_WORDS[i % 16]}, met {g}{g2} {s} and {s} {g} on Monday."


def _references(n: int) -> str:
    """A Markdown draft with as many note references as fit in ``n`` characters, half the
    room for the notes themselves."""
    count = max(1, n // 90)
    body = _fill(lambda i: f"The {_word(i)} {_WORDS[i % 16]} was finished late.[^{i + 1}]", n // 2)
    notes = "\n".join(f"[^{i + 1}]: {_word(i)} Daily, {1 + i % 28} {_MONTHS[i % 12]} 2023." for i in range(count))
    return (body + "\n\n" + notes)[:n] + "\n"


def _member_lists(i: int) -> str:
    """Lists of the members of many groups, each group listed three times (the third list
    differs), all of them "... Partnership"."""
    g = i // 3
    members = [_COUNTRIES[(g + k) % 16] for k in range(4 + g % 3)]
    if i % 3 == 2:
        members[-1] = _COUNTRIES[(g + 7) % 16]
    group = f"{_word(g)} {_WORDS[g % 16].capitalize()} Partnership"
    return f"As of {2010 + i % 14}, the members of the {group} were {', '.join(members[:-1])} and {members[-1]}."


def _corpus(n: int) -> str:
    return _repeat(CORPUS.read_text(encoding="utf-8") + "\n", n)


def _single_line(n: int) -> str:
    return _repeat(" ".join(CORPUS.read_text(encoding="utf-8").split()) + " ", n)


#: name -> (suffix of the draft, builder of a draft of n characters)
SHAPES: dict[str, tuple[str, Callable[[int], str]]] = {
    "commas 1,1,1": (".md", lambda n: _repeat("1,", n)),
    "digits 1111": (".md", lambda n: _repeat("1", n)),
    "years 2024-2024": (".md", lambda n: _repeat("2024-", n)),
    "refs [^1][^1]": (".md", lambda n: _repeat("[^1]", n)),
    "dots 1.1.1": (".md", lambda n: _repeat("1.", n)),
    "capitals AAAA (pdf text)": (".txt", lambda n: _repeat("A", n)),
    "CJK run (pdf text)": (".txt", lambda n: _repeat("中国航天", n)),
    "brackets [[[[": (".md", lambda n: _repeat("[", n)),
    "links [a](": (".md", lambda n: _repeat("[a](", n)),
    "capitals AB AB": (".md", lambda n: _repeat("AB ", n)),
    "many dates": (".md", lambda n: _paragraphs(_dates, n)),
    "many quantities": (".md", lambda n: _paragraphs(_quantities, n)),
    "many names": (".md", lambda n: _paragraphs(_names, n)),
    "many references": (".md", _references),
    "many member lists": (".md", lambda n: _paragraphs(_member_lists, n, per=2)),
    "corpus repeated": (".txt", _corpus),
    "single long line": (".txt", _single_line),
}


def check_once(text: str, suffix: str, folder: Path, cap: float) -> float | None:
    """Seconds to check ``text`` as one draft, or None past ``cap`` (the pipeline's own
    per-draft time budget stops it: E114)."""
    from claimcheck.config import Settings
    from claimcheck.pipeline import verify

    path = folder / f"draft{suffix}"
    path.write_text(text, encoding="utf-8")
    settings = Settings(ignore=["RG"], max_size_mb=64, time_budget=cap)
    clock = time.process_time if CPU else time.perf_counter
    t = clock()
    result = verify([path], settings, keep_documents=False)
    elapsed = clock() - t
    for e in result.errors:
        if e.code == "E114":
            return None
        print(f"    (error: {e})", file=sys.stderr)
    return elapsed


def exponent(points: list[tuple[int, float]]) -> float | None:
    """Slope of log(time) over log(size) between the two largest sizes measured."""
    if len(points) < 2:
        return None
    (n0, t0), (n1, t1) = points[-2], points[-1]
    t0, t1 = max(t0, 1e-3), max(t1, 1e-3)
    return math.log(t1 / t0) / math.log(n1 / n0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000,1000000", help="characters, comma-separated")
    ap.add_argument("--cap", type=float, default=60.0, help="seconds before one run is stopped")
    ap.add_argument("--shape", action="append", help="only this shape (repeatable; a part of its name)")
    ap.add_argument("--no-corpus32", action="store_true", help="skip the real issue repeated 32 times")
    ap.add_argument(
        "--cpu",
        action="store_true",
        help="time CPU seconds of this process (user + system) instead of wall seconds: steadier on a "
        "shared machine (the time budget stays in wall seconds)",
    )
    args = ap.parse_args()
    global CPU
    CPU = args.cpu
    sizes = [int(s) for s in args.sizes.split(",")]
    have_corpus = CORPUS.is_file()
    shapes = {
        k: v
        for k, v in SHAPES.items()
        if (not args.shape or any(s in k for s in args.shape))
        and (have_corpus or k not in ("corpus repeated", "single long line"))
    }
    if not have_corpus:
        print(f"(no corpus at {CORPUS}: its shapes are skipped)")

    # warm up: imports, compiled patterns, rates
    with tempfile.TemporaryDirectory() as tmp:
        check_once(_paragraphs(_dates, 2000) + "\n" + _paragraphs(_quantities, 2000), ".md", Path(tmp), 600)

    head = f"{'shape':28}" + "".join(f"{n:>10,}" for n in sizes) + f"{'exponent':>10}"
    print(head)
    print("-" * len(head))
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for name, (suffix, build) in shapes.items():
            points: list[tuple[int, float]] = []
            cells, capped = [], False
            for n in sizes:
                if capped:
                    cells.append(f"{'-':>10}")
                    continue
                t = check_once(build(n), suffix, Path(tmp), args.cap)
                if t is None:
                    capped = True
                    cells.append(f"{'>' + format(args.cap, 'g'):>10}")
                    points.append((n, args.cap))
                else:
                    cells.append(f"{t:>10.2f}")
                    points.append((n, t))
            e = exponent(points)
            mark = ">=" if capped else ""
            cell = f"{mark}{e:.2f}" if e is not None else "-"
            if e is not None:
                worst = max(worst, e)
            print(f"{name:28}" + "".join(cells) + f"{cell:>10}", flush=True)
    print(f"\nworst exponent: {worst:.2f} (target <= 1.2)")
    if have_corpus and not args.no_corpus32:
        text = (CORPUS.read_text(encoding="utf-8") + "\n") * 32
        with tempfile.TemporaryDirectory() as tmp:
            t = check_once(text, ".txt", Path(tmp), max(args.cap, 10.0))
        shown = f">{max(args.cap, 10.0):g}" if t is None else f"{t:.2f}"
        print(f"corpus issue x32 ({len(text):,} chars): {shown} s (target < 10 s)")
    print(f"peak memory of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
