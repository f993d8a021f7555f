"""Recall and traps on sets of short case documents, one planted defect or one trap each.

    python benchmarks/eval_cases.py SET.yml [SET.yml ...] [--check] [--json OUT] [--verbose]

A *case set* is a YAML file written by hand (docs/evaluation.md, "Case sets")::

    writer: p1                # who wrote it
    items:
      - id: p1-01
        label: defect         # or: trap (right text that looks wrong; must stay silent)
        kind: NU              # family, as in the evaluation set's answer files
        rule: NU003           # the rule expected to report it (defects; optional for traps)
        publication_date: 2026-03-01   # optional
        text: |
          two to five paragraphs of Markdown, 80-300 words ...
        at: exact snippet on the line of the defect (or of the trap)
        also: [exact snippet of the other place]
        note: why it is a defect / why the trap is right

Each case is written to a Markdown file of its own (with the publication date as front
matter when given) and checked with the default catalogue, as ``claimcheck verify`` runs.
A defect is *found* when a finding of its family has its place or a related place within one
line of ``at`` or an ``also``; *by rule* when that finding is of ``rule``. A trap is
*violated* by any finding of its family anywhere in the case (a case holds one trap and no
defect of that family). Findings of other families are listed, not counted.

``--check`` only validates the files (every ``at`` / ``also`` found exactly once in its
text, labels and families known) and prints PROBLEM lines; writers run it before handing a
set over. Like ``eval_recall.py`` it reports numbers and always exits 0 (2 on a file it
cannot read).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import yaml
from eval_recall import _find_line  # one reading of an exact snippet's line

ROOT = Path(__file__).resolve().parents[1]
FAMILIES = ("FN", "AC", "CT", "NU", "DT", "NM", "QT", "LS", "AR")
LABELS = ("defect", "trap")

if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))


def load_sets(paths: list[Path]) -> list[dict]:
    """Every item of the files, with ``_set`` naming its file."""
    items = []
    for path in paths:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or not isinstance(data.get("items"), list):
            raise ValueError(f"{path}: expected a mapping with an 'items' list")
        for item in data["items"]:
            item = dict(item)
            item["_set"] = path.name
            items.append(item)
    return items


def problems(items: list[dict]) -> list[str]:
    out = []
    seen: set[str] = set()
    for it in items:
        ident = str(it.get("id", "?"))
        where = f"{it['_set']}:{ident}"
        if ident in seen:
            out.append(f"{where}: id used twice")
        seen.add(ident)
        if it.get("label") not in LABELS:
            out.append(f"{where}: label must be one of {LABELS}")
        if it.get("kind") not in FAMILIES:
            out.append(f"{where}: kind must be one of {FAMILIES}")
        if it.get("label") == "defect" and not it.get("rule"):
            out.append(f"{where}: a defect names its rule")
        text = it.get("text")
        if not isinstance(text, str) or not text.strip():
            out.append(f"{where}: no text")
            continue
        for needle in [it.get("at")] + list(it.get("also") or []):
            if not needle or _find_line(text, needle) is None:
                out.append(f"{where}: {needle!r} is not found exactly once in the text")
    return out


def _document(it: dict) -> str:
    text = it["text"].rstrip() + "\n"
    pub = it.get("publication_date")
    if pub:
        return f"---\ntitle: Case {it['id']}\ndate: {pub}\n---\n\n{text}"
    return text


def run(items: list[dict]) -> list[dict]:
    from claimcheck.config import Settings
    from claimcheck.pipeline import verify

    results = []
    with tempfile.TemporaryDirectory(prefix="claimcheck-cases-") as tmp:
        for n, it in enumerate(items):
            doc = _document(it)
            path = Path(tmp) / f"case{n:04d}.md"
            path.write_text(doc, encoding="utf-8")
            pub = it.get("publication_date")
            pub = pub if isinstance(pub, dt.date) else (dt.date.fromisoformat(str(pub)) if pub else None)
            res = verify([path], Settings(publication_date=pub))
            if res.errors:
                results.append({"item": it, "error": str(res.errors[0]), "findings": []})
                continue
            targets = [t for t in (_find_line(doc, x) for x in [it["at"]] + list(it.get("also") or [])) if t]
            fam = [f for f in res.findings if f.family == it["kind"]]
            near = [f for f in fam if any(abs(p - t) <= 1 for p in _places(f) for t in targets)]
            results.append(
                {
                    "item": it,
                    "findings": [_show(f) for f in res.findings],
                    "family_findings": [_show(f) for f in fam],
                    "near": [_show(f) for f in near],
                    "by_rule": any(f.rule == it.get("rule") for f in near),
                    "other": [_show(f) for f in res.findings if f.family != it["kind"]],
                }
            )
    return results


def _places(f) -> list[int]:
    return [f.location.line] + [r.location.line for r in f.related]


def _show(f) -> str:
    return f"{f.rule} {f.location.line}: {f.message}"


def summarise(results: list[dict]) -> dict:
    per_rule: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # planted, found, by rule
    per_kind_traps: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # traps, violated
    missed, violated, errors = [], [], []
    for r in results:
        it = r["item"]
        if "error" in r:
            errors.append(f"{it['_set']}:{it['id']}: {r['error']}")
            continue
        if it["label"] == "defect":
            row = per_rule[it["rule"]]
            row[0] += 1
            if r["near"]:
                row[1] += 1
                row[2] += int(r["by_rule"])
            else:
                missed.append(
                    {
                        "id": it["id"],
                        "set": it["_set"],
                        "rule": it["rule"],
                        "note": it.get("note"),
                        "findings": r["findings"],
                    }
                )
        else:
            row = per_kind_traps[it["kind"]]
            row[0] += 1
            if r["family_findings"]:
                row[1] += 1
                violated.append(
                    {"id": it["id"], "set": it["_set"], "note": it.get("note"), "findings": r["family_findings"]}
                )
    planted = sum(v[0] for v in per_rule.values())
    return {
        "planted": planted,
        "found": sum(v[1] for v in per_rule.values()),
        "found_by_rule": sum(v[2] for v in per_rule.values()),
        "traps": sum(v[0] for v in per_kind_traps.values()),
        "traps_violated": len(violated),
        "per_rule": {k: {"planted": v[0], "found": v[1], "found_by_rule": v[2]} for k, v in sorted(per_rule.items())},
        "per_kind_traps": {k: {"traps": v[0], "violated": v[1]} for k, v in sorted(per_kind_traps.items())},
        "missed": missed,
        "violated": violated,
        "errors": errors,
    }


def print_summary(s: dict, verbose: bool) -> None:
    print(
        f"== {s['planted']} defects, {s['found']} found ({s['found_by_rule']} by the expected rule); "
        f"{s['traps_violated']} of {s['traps']} traps violated"
    )
    for k, v in s["per_rule"].items():
        print(f"  {k:8} {v['found']:4}/{v['planted']:<4} by rule {v['found_by_rule']}")
    for k, v in s["per_kind_traps"].items():
        print(f"  traps {k:3} {v['violated']:4} violated of {v['traps']}")
    for e in s["errors"]:
        print(f"ERROR {e}")
    if not verbose:
        return
    print(f"-- missed ({len(s['missed'])})")
    for m in s["missed"]:
        print(f"  {m['set']}:{m['id']} {m['rule']}: {m['note']}")
    print(f"-- traps violated ({len(s['violated'])})")
    for v in s["violated"]:
        print(f"  {v['set']}:{v['id']} ({v['note']}) <- {'; '.join(v['findings'])}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="+", type=Path, help="case set files (YAML)")
    ap.add_argument("--check", action="store_true", help="only validate the files")
    ap.add_argument("--json", metavar="OUT", help="write the summary as JSON to OUT")
    ap.add_argument("--verbose", action="store_true", help="list every miss and violated trap")
    args = ap.parse_args(argv)
    try:
        items = load_sets(args.sets)
    except (OSError, ValueError, yaml.YAMLError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    found = problems(items)
    for p in found:
        print(f"PROBLEM {p}")
    if args.check:
        print(f"{len(items)} cases, {len(found)} problems")
        return 0
    s = summarise(run([it for it in items if not any(p.startswith(f"{it['_set']}:{it.get('id')}:") for p in found)]))
    print_summary(s, args.verbose)
    if args.json:
        Path(args.json).write_text(json.dumps(s, indent=2, default=str), encoding="utf-8")
        print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
