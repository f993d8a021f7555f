"""Extraction audit: is every figure of the planted NU and AR defects read as a claim?

For each defect of the chosen families (default NU and AR) in the answer files of an
evaluation set, every figure written in its ``at`` and ``also`` texts is looked up among the
numeric claims (count, quantity, money) extracted on that line of the draft (one line of
slack). A figure with no claim is a *gap*; gaps are printed grouped by their shape (what
follows the figure), so the team sees which ways of writing a figure the extractor does not
read at all. Figures that are years, percentages of nothing, footnote marks and the like are
reported too: the list is a tool for reading, not a score.

    python benchmarks/extraction_audit.py --set /tmp/devset [--families NU AR] [--only NAME ...]
    python benchmarks/extraction_audit.py --json gaps.json

It never prints drafts it is not given; point ``--set`` at a folder without the held-out
drafts.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

from eval_recall import EVALSET, load_answers, relocate  # noqa: E402

FIGURE_RE = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\w.,])\d+(?:\.\d+)?")
WORD_NUMBERS = (
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred dozen"
).split()
WORD_RE = re.compile(r"\b(" + "|".join(WORD_NUMBERS) + r")\b", re.I)
NUMERIC_KINDS = ("count", "quantity", "money")


def _figures(text: str) -> list[tuple[str, int, int]]:
    out = [(m.group(), m.start(), m.end()) for m in FIGURE_RE.finditer(text)]
    out += [(m.group(), m.start(), m.end()) for m in WORD_RE.finditer(text)]
    return sorted(out, key=lambda f: f[1])


def shape_of(text: str, start: int, end: int) -> str:
    """A coarse label of how the figure is written: what stands right after it."""
    fig = text[start:end]
    if fig.isdigit() and len(fig) == 4 and 1800 <= int(fig) <= 2100:
        return "year"
    after = text[end:].lstrip()
    before = text[:start].rstrip()
    if before.endswith(("(", "[", "[^")) or before.endswith("note"):
        return "reference"
    nxt = re.match(r"[\w%$€£-]+", after)
    word = nxt.group().lower() if nxt else ""
    if after.startswith("%") or word in ("percent", "per"):
        return "percent"
    if word in ("million", "billion", "thousand", "trillion", "bn", "m", "k"):
        rest = after[len(word) :].lstrip()
        nxt2 = re.match(r"[a-z]+", rest)
        if not nxt2 or nxt2.group() in ("in", "to", "from", "by", "and", "or", "a", "the", "of", "at", "on", "over"):
            return "scale, no noun after"
        return "scale + noun"
    if not word or word in ("in", "to", "from", "by", "and", "or", "a", "the", "at", "on", "over", "last", "this"):
        return "no noun after"
    if word == "of":
        return "'N of ...'"
    if re.match(r"[a-z]", word) and word.endswith("s"):
        return "plural noun after"
    if re.match(r"[a-z]", word):
        return "other word after"
    return "other"


def audit(answers: list[dict], families: set[str]) -> list[dict]:
    from claimcheck.extract import extract
    from claimcheck.ingest import load_document

    rows: list[dict] = []
    for a in answers:
        defects = [d for d in a.get("defects", []) if d.get("kind") in families]
        if not defects:
            continue
        doc = load_document(a["_draft"])
        text = doc.source.text
        claims = [c for c in extract(doc, NUMERIC_KINDS).claims]
        for d in defects:
            d = relocate(d, text)
            places = [(d["at"], d.get("line"))] + list(zip(d.get("also") or [], d.get("also_lines") or []))
            for said, line in places:
                for fig, s, e in _figures(said):
                    near = [c for c in claims if line and abs(c.location.line - line) <= 1]
                    digits = fig.replace(",", "")
                    hits = [c for c in near if fig in c.text or digits in c.text.replace(",", "")]
                    if fig.lower() in WORD_NUMBERS:
                        hits = [c for c in near if fig.lower() in c.text.lower()]
                    row = {
                        "draft": a["_draft"].name,
                        "defect": d["id"],
                        "kind": d["kind"],
                        "rule": d.get("rule"),
                        "line": line,
                        "figure": fig,
                        "text": said,
                        "shape": shape_of(said, s, e),
                        "claims": [
                            {
                                "kind": c.kind,
                                "text": c.text,
                                "value": c.value,
                                "thing": getattr(c, "thing", None)
                                or getattr(c, "unit", None)
                                or getattr(c, "currency", None),
                                "what": c.subject.what if c.subject else "",
                            }
                            for c in hits
                        ],
                    }
                    rows.append(row)
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", type=Path, default=EVALSET, help="folder of drafts and answer files")
    ap.add_argument("--only", nargs="*", help="draft names (without extension)")
    ap.add_argument("--families", nargs="*", default=["NU", "AR"])
    ap.add_argument("--json", type=Path, help="write every row (found and missing) as JSON")
    ap.add_argument("--all", action="store_true", help="print the figures that were read too")
    args = ap.parse_args(argv)
    answers = load_answers(args.set, set(args.only) if args.only else None)
    rows = audit(answers, set(args.families))
    gaps: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        if not r["claims"]:
            gaps[r["shape"]].append(r)
    missing = sum(len(v) for v in gaps.values())
    print(f"{len(rows)} figures in {len(args.families)} families' defect texts; {missing} not read as a claim")
    for shape, items in sorted(gaps.items(), key=lambda kv: -len(kv[1])):
        print(f"\n## {shape}: {len(items)}")
        for r in items:
            print(f"  {r['draft']}:{r['line']} {r['defect']} [{r['figure']}] {r['text']}")
    if args.all:
        print("\n## read")
        for r in rows:
            for c in r["claims"]:
                print(
                    f"  {r['draft']}:{r['line']} [{r['figure']}] {c['kind']} {c['text']!r} -> {c['thing']!r} / {c['what']!r}"
                )
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
