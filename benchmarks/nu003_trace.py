"""Why does NU003 miss a planted restatement? The rule's tests that said no, per missed pair.

For each NU003 defect that ``eval_recall.py`` reports as missed (its ``--json`` output,
default mode), the draft is checked again with every module-level function of the NU003
rule wrapped, and each call made with two figures that stand on the defect's two places
(the ``at`` line and an ``also`` line, one line of slack) is recorded with its answer. The
pairs are then counted by their *signature*, the tests called on them and what each said
(``T`` yes, ``F`` no): ``never-paired`` means no test was ever asked about the two figures
(one is unread, or they fall in no common bucket). A test that says no on many signatures
is a guard worth weighing; a long tail of signatures means no single guard is to blame.

    python benchmarks/eval_recall.py --set DIR --json recall.json
    python benchmarks/nu003_trace.py --set DIR --recall recall.json [--verbose]

It prints counts only, unless ``--verbose`` (one line per defect: draft, id, signature);
point ``--set`` at a folder without the held-out drafts when reading them matters.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import inspect
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_recall  # noqa: E402

_SLACK = 1


def _wrap(name: str, function: Callable[..., Any], calls: list[tuple[str, int, int, bool]]) -> Callable[..., Any]:
    @functools.wraps(function)
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        result = function(*args, **kwargs)
        lines = [a.location.line for a in args[:3] if hasattr(a, "location") and hasattr(a, "value")]
        if len(lines) >= 2:
            calls.append((name, lines[0], lines[1], bool(result)))
        return result

    return wrapped


def _signature(calls: list[tuple[str, int, int, bool]], here: set[int], there: set[int]) -> str:
    said: dict[str, set[bool]] = {}
    for name, x, y, answer in calls:
        if (x in here and y in there) or (x in there and y in here):
            said.setdefault(name, set()).add(answer)
    if not said:
        return "never-paired"
    return " ".join(f"{name}={'/'.join(sorted('T' if a else 'F' for a in answers))}" for name, answers in said.items())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", dest="folder", type=Path, default=eval_recall.EVALSET, help="drafts and answer files")
    parser.add_argument("--recall", type=Path, required=True, help="eval_recall.py --json output for that set")
    parser.add_argument("--verbose", action="store_true", help="one line per missed defect")
    args = parser.parse_args(argv)

    import claimcheck.rules.nu003_same_quantity_different_values as nu003
    from claimcheck.config import Settings
    from claimcheck.pipeline import verify

    calls: list[tuple[str, int, int, bool]] = []
    originals = {
        name: function
        for name, function in vars(nu003).items()
        if inspect.isfunction(function) and function.__module__ == nu003.__name__
    }
    for name, function in originals.items():
        setattr(nu003, name, _wrap(name, function, calls))
    try:
        counts = _trace(args, calls, verify, Settings)
    finally:
        for name, function in originals.items():
            setattr(nu003, name, function)
    for signature, n in counts.most_common():
        print(f"{n:4d}  {signature}")
    return 0


def _trace(
    args: argparse.Namespace, calls: list[tuple[str, int, int, bool]], verify: Any, settings: Any
) -> Counter[str]:
    """The signature of each missed NU003 defect of the set, counted."""
    missed = {(m["draft"], m["id"]) for m in json.loads(args.recall.read_text())["default"]["missed"]}
    counts: Counter[str] = Counter()
    for answers in eval_recall.load_answers(args.folder):
        path = answers["_draft"]
        defects = [d for d in answers.get("defects", []) if (path.name, d["id"]) in missed and d.get("rule") == "NU003"]
        if not defects:
            continue
        calls.clear()
        published = answers.get("publication_date")
        if published and not isinstance(published, dt.date):
            published = dt.date.fromisoformat(str(published))
        result = verify([path], settings(publication_date=published), keep_documents=True)
        if not result.documents:
            continue
        text = result.documents[0].source.text
        for defect in defects:
            d = eval_recall.relocate(defect, text)
            places = [d.get("line")] + list(d.get("also_lines") or [])
            if len(places) < 2 or not all(places):
                counts["no second place"] += 1
                continue
            here = set(range(places[0] - _SLACK, places[0] + _SLACK + 1))
            there = {n for p in places[1:] for n in range(p - _SLACK, p + _SLACK + 1)}
            signature = _signature(calls, here, there)
            counts[signature] += 1
            if args.verbose:
                print(f"{path.name} {d['id']}: {signature}")
    return counts


if __name__ == "__main__":
    raise SystemExit(main())
