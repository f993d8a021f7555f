"""What the readers lose: each evaluation draft against its own Markdown source.

    python benchmarks/reader_losses.py [--set DIR] [--only NAME ...] [--json OUT]

Every draft of the evaluation set is built from a Markdown source (``sources/NAME.md``, see
``benchmarks/evalset/build.py``); the HTML, PDF and PDF-text drafts are that source rendered
by pandoc, printed by Chromium and extracted by ``pdftotext``. So the same text is checked
twice: as the draft, and as its source, with the same answers (the source's lines are found
again from each entry's ``at`` text) and the default rule set. A planted defect found in the
source but not in the draft is a **reader loss**: the words are the same, only the reading
differs (a heading glued to a paragraph, a list run into one sentence, a note mark missed).
A defect found only in the draft is a **reader gain** (often a rule that happens to
work on the draft's layout and not on the Markdown's). A defect whose ``at`` text is not in
the source (written against the draft's markup) is left out of both. Traps violated and
unexplained findings are counted the same way.

Markdown drafts are their own sources and are skipped. ``benchmarks/cross_format.py`` asks
the same question for Word files; this script needs no converter (the sources are
committed), runs in seconds and reads every format the set has. It always exits 0.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent


def _scorer():
    spec = importlib.util.spec_from_file_location("eval_recall", HERE / "eval_recall.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("eval_recall", mod)
    spec.loader.exec_module(mod)
    return mod


def as_source(answers: dict) -> dict | None:
    """The answers of a non-Markdown draft re-aimed at its Markdown source (``None`` for a
    Markdown draft or a draft whose source is missing): the lines are left for the scorer to
    find again from each ``at`` text."""
    if answers["format"] == "md":
        return None
    name = answers["_answers"].name[: -len(".answers.yml")]
    source = answers["_answers"].parent / "sources" / f"{name}.md"
    if not source.is_file():
        return None
    out = dict(answers, format="md", _draft=source)
    for key in ("defects", "traps"):
        out[key] = [
            {**e, "line": None, "also_lines": [None] * len(e.get("also") or [])} for e in answers.get(key) or []
        ]
    return out


def _found(draft: dict) -> set[str]:
    return {d["id"] for d in draft["defects"] if draft["found"].get(d["id"])}


def compare(answers: list[dict]) -> dict:
    """Per draft and per format: defects found in the draft and in its source, and which
    only in one of them; traps violated and unexplained findings in each."""
    scorer = _scorer()
    pairs = [(a, s) for a in answers if (s := as_source(a)) is not None]
    drafts = scorer.run([a for a, _ in pairs], "default")["drafts"]
    sources = scorer.run([s for _, s in pairs], "default")["drafts"]
    per_format: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    rows = []
    for (a, _), d, s in zip(pairs, drafts, sources):
        if "error" in d or "error" in s:
            rows.append({"draft": d["draft"], "error": d.get("error") or s.get("error")})
            continue
        kinds = {e["id"]: e["kind"] for e in d["defects"]}
        # an ``at`` text written against the draft's markup ('">https://…') is not in the source
        unplaced = {e["id"] for e in s["defects"] if not e.get("line")}
        in_draft, in_source = _found(d) - unplaced, _found(s) - unplaced
        row = {
            "draft": d["draft"],
            "format": a["format"],
            "planted": len(d["defects"]) - len(unplaced),
            "unplaced": sorted(unplaced),
            "found_draft": len(in_draft),
            "found_source": len(in_source),
            "lost": sorted(f"{i} {kinds[i]}" for i in in_source - in_draft),
            "gained": sorted(f"{i} {kinds[i]}" for i in in_draft - in_source),
            "traps_draft": sum(1 for fs in d["violated"].values() if fs),
            "traps_source": sum(1 for fs in s["violated"].values() if fs),
            "unexplained_draft": len(d["unexplained"]),
            "unexplained_source": len(s["unexplained"]),
        }
        rows.append(row)
        agg = per_format[a["format"]]
        agg["drafts"] += 1
        for key in ("planted", "found_draft", "found_source", "traps_draft", "traps_source"):
            agg[key] += row[key]
        agg["unexplained_draft"] += row["unexplained_draft"]
        agg["unexplained_source"] += row["unexplained_source"]
        agg["lost"] += len(row["lost"])
        agg["gained"] += len(row["gained"])
    return {"drafts": rows, "per_format": {k: dict(v) for k, v in sorted(per_format.items())}}


def main(argv: list[str] | None = None) -> int:
    scorer = _scorer()
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", default=str(scorer.EVALSET), help="folder of drafts, answer files and sources/")
    ap.add_argument("--only", nargs="*", help="draft names (without extension) to run")
    ap.add_argument("--json", metavar="OUT", help="write the comparison as JSON to OUT")
    args = ap.parse_args(argv)
    answers = scorer.load_answers(Path(args.set), set(args.only) if args.only else None)
    res = compare(answers)
    print("format  drafts  planted  found(draft)  found(source)  lost  gained  traps d/s  unexplained d/s")
    for form, v in res["per_format"].items():
        print(
            f"{form:6} {v['drafts']:7} {v['planted']:8} {v['found_draft']:13} {v['found_source']:14}"
            f" {v['lost']:5} {v['gained']:7}   {v['traps_draft']:3}/{v['traps_source']:<3}"
            f"      {v['unexplained_draft']:3}/{v['unexplained_source']}"
        )
    for row in res["drafts"]:
        if "error" in row:
            print(f"  {row['draft']}: error {row['error']}")
        elif row["lost"] or row["gained"]:
            print(f"  {row['draft']}: lost {', '.join(row['lost']) or '-'}; gained {', '.join(row['gained']) or '-'}")
    if args.json:
        sys.path.insert(0, str(ROOT / "src"))
        from claimcheck.fileio import write_atomic

        write_atomic(Path(args.json), json.dumps(res, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
