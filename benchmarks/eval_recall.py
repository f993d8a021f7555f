"""Recall on the evaluation set: planted defects found, traps respected, findings unexplained.

    python benchmarks/eval_recall.py [--json OUT] [--set DIR] [--only NAME ...]

Runs claimcheck in process over every draft of ``benchmarks/evalset/`` that has an answer
file (``NAME.answers.yml``, see docs/evaluation.md), twice: with **every rule** (each code
of the catalogue selected, preview rules included, no registry) and with the **default
set** (what ``claimcheck verify`` runs). The publication date comes from the answer file.

A finding *matches* a planted defect when it is of the defect's family (``kind``: FN, AC,
CT, NU, DT, NM, QT, LS, AR) and its place, or one of its related places, is within
``--tolerance`` lines (default 2) of the defect's ``line`` or one of its ``also_lines``.
Lines count in the draft file, and for a ``.pdf`` in the text claimcheck extracts from it
(pages joined), which is where its findings' lines count; when the ``at`` text of an
entry is no longer on its line (a reader change moved the text), the line is found again
from ``at``. A finding of another rule that
the entry lists under ``accept`` (a consequence of the defect another rule rightly
reports) is explained but not counted. A *trap* is violated when a finding of its family
that matches no defect lands within one line of it. A finding that matches neither is *unexplained*: a possible false
alarm, listed for a human to judge.

It prints recall per family, per expected rule and per format, every missed defect, every
violated trap and every unexplained finding. Beside the family count it gives a stricter
one, *by rule*: a defect whose answer names a rule counts only when that rule reports it (an
AR defect, filed with ``rule: null``, counts by family). It always exits 0: the numbers are reported,
not asserted (tests/benchmarks/test_evalset.py only checks that it runs).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
EVALSET = ROOT / "benchmarks" / "evalset"
FAMILIES = ("FN", "AC", "CT", "NU", "DT", "NM", "QT", "LS", "AR")

if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))


def load_answers(folder: Path = EVALSET, only: set[str] | None = None) -> list[dict]:
    out = []
    for path in sorted(folder.glob("*.answers.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        name = path.name[: -len(".answers.yml")]
        if only and name not in only:
            continue
        data["_answers"] = path
        data["_draft"] = folder / data["draft"]
        out.append(data)
    return out


def draft_number(answers: dict) -> int:
    """The number a draft's name opens with ("594-organ-donation" → 594; -1 for none)."""
    head = answers["_answers"].name.split("-", 1)[0]
    return int(head) if head.isdigit() else -1


def all_codes() -> list[str]:
    from claimcheck.rules.catalogue import RULES

    return [cls.code for cls in RULES if not getattr(cls, "requires_registry", False)]


def _find_line(text: str, needle: str) -> int | None:
    pattern = r"\s+".join(re.escape(w) for w in needle.split())
    hits = [m.start() for m in re.finditer(pattern, text)]
    if len(hits) != 1:
        return None
    return text.count("\n", 0, hits[0]) + 1


def _line_holds(lines: list[str], line: int | None, needle: str) -> bool:
    if not line or line > len(lines):
        return False
    first = needle.split()[0] if needle.split() else needle
    return first in lines[line - 1]


def relocate(entry: dict, text: str) -> dict:
    """The entry with ``line`` / ``also_lines`` checked against ``text`` and found again
    from the ``at`` texts when they moved."""
    lines = text.split("\n")
    e = dict(entry)
    if not _line_holds(lines, e.get("line"), e["at"]):
        e["line"] = _find_line(text, e["at"])
        e["relocated"] = True
    also = e.get("also") or []
    if also:
        old = e.get("also_lines") or [None] * len(also)
        e["also_lines"] = [ln if _line_holds(lines, ln, a) else _find_line(text, a) for a, ln in zip(also, old)]
    return e


def _places(f) -> list[int]:
    return [f.location.line] + [r.location.line for r in f.related]


def match(findings: list, defects: list[dict], traps: list[dict], tol: int = 2) -> dict:
    """Which findings match which defects; traps violated; unexplained findings."""
    found: dict[str, list] = defaultdict(list)
    explained: set[int] = set()
    for i, f in enumerate(findings):
        for d in defects:
            targets = [d.get("line")] + list(d.get("also_lines") or [])
            targets = [t for t in targets if t]
            near = any(abs(p - t) <= tol for p in _places(f) for t in targets)
            if near and f.family == d["kind"]:
                found[d["id"]].append(f)
                explained.add(i)
            elif near and f.rule in (d.get("accept") or ()):
                # another rule that rightly reports a consequence of this defect
                explained.add(i)
    violated: dict[str, list] = defaultdict(list)
    for i, f in enumerate(findings):
        if i in explained:
            continue
        for t in traps:
            if f.family == t["kind"] and t.get("line") and abs(f.location.line - t["line"]) <= 1:
                violated[t["id"]].append(f)
                explained.add(i)
    unexplained = [f for i, f in enumerate(findings) if i not in explained]
    return {"found": found, "violated": violated, "unexplained": unexplained}


def run(answers: list[dict], mode: str, tol: int = 2) -> dict:
    from claimcheck.config import Settings
    from claimcheck.ingest import load_document
    from claimcheck.pipeline import verify

    codes = all_codes()
    drafts = []
    for a in answers:
        pub = a.get("publication_date")
        pub = pub if isinstance(pub, dt.date) else (dt.date.fromisoformat(str(pub)) if pub else None)
        if mode == "all":
            settings = Settings(select=codes, preview=True, publication_date=pub)
        else:
            settings = Settings(publication_date=pub)
        path = a["_draft"]
        result = verify([path], settings, keep_documents=True)
        if result.errors:
            drafts.append({"draft": path.name, "error": str(result.errors[0]), "answers": a})
            continue
        doc = result.documents[0] if result.documents else load_document(path)
        text = doc.source.text
        defects = [relocate(d, text) for d in a.get("defects", [])]
        traps = [relocate(t, text) for t in a.get("traps", [])]
        m = match(list(result.findings), defects, traps, tol)
        drafts.append(
            {
                "draft": path.name,
                "answers": a,
                "defects": defects,
                "traps": traps,
                "findings": list(result.findings),
                **m,
            }
        )
    return {"mode": mode, "drafts": drafts}


def _pct(n: int, d: int) -> str:
    return f"{100 * n / d:5.1f}%" if d else "    -"


def summarise(res: dict) -> dict:
    fam = defaultdict(lambda: [0, 0])
    rule = defaultdict(lambda: [0, 0, 0])  # planted, found (family), found by the expected rule
    fmt = defaultdict(lambda: [0, 0])
    missed, violated, unexplained, errors = [], [], [], []
    per_draft = {}
    traps_total = 0
    for d in res["drafts"]:
        if "error" in d:
            errors.append({"draft": d["draft"], "error": d["error"]})
            continue
        form = d["answers"]["format"]
        per_draft[d["draft"]] = {
            "planted": len(d["defects"]),
            "found": sum(1 for df in d["defects"] if d["found"].get(df["id"])),
            "traps": len(d["traps"]),
            "traps_violated": sum(1 for t in d["traps"] if d["violated"].get(t["id"])),
            "unexplained": len(d["unexplained"]),
        }
        for df in d["defects"]:
            hits = d["found"].get(df["id"], [])
            fam[df["kind"]][0] += 1
            fmt[form][0] += 1
            key = df.get("rule") or f"{df['kind']} (no rule yet)"
            rule[key][0] += 1
            if hits:
                fam[df["kind"]][1] += 1
                fmt[form][1] += 1
                rule[key][1] += 1
                if df.get("rule") and any(f.rule == df["rule"] for f in hits):
                    rule[key][2] += 1
            else:
                missed.append(
                    {
                        "draft": d["draft"],
                        "id": df["id"],
                        "kind": df["kind"],
                        "rule": df.get("rule"),
                        "line": df.get("line"),
                        "phrasing": df.get("phrasing"),
                    }
                )
        for t in d["traps"]:
            traps_total += 1
            for f in d["violated"].get(t["id"], []):
                violated.append(
                    {
                        "draft": d["draft"],
                        "id": t["id"],
                        "kind": t["kind"],
                        "line": t.get("line"),
                        "note": t.get("note"),
                        "finding": f"{f.rule} {f.location.line}: {f.message}",
                    }
                )
        for f in d["unexplained"]:
            unexplained.append(
                {
                    "draft": d["draft"],
                    "rule": f.rule,
                    "line": f.location.line,
                    "severity": f.severity.value,
                    "message": f.message,
                }
            )
    planted = sum(v[0] for v in fam.values())
    found = sum(v[1] for v in fam.values())
    # the stricter count: the expected rule itself reports the defect (family for rule: null)
    by_rule = sum(v[1] if k.endswith("(no rule yet)") else v[2] for k, v in rule.items())
    return {
        "mode": res["mode"],
        "drafts": len(res["drafts"]),
        "planted": planted,
        "found": found,
        "recall": round(found / planted, 4) if planted else None,
        "found_by_rule": by_rule,
        "per_family": {
            k: {"planted": v[0], "found": v[1], "recall": round(v[1] / v[0], 4) if v[0] else None}
            for k, v in sorted(fam.items(), key=lambda kv: FAMILIES.index(kv[0]) if kv[0] in FAMILIES else 99)
        },
        "per_rule": {k: {"planted": v[0], "found": v[1], "found_by_rule": v[2]} for k, v in sorted(rule.items())},
        "per_format": {k: {"planted": v[0], "found": v[1]} for k, v in sorted(fmt.items())},
        "per_draft": per_draft,
        "traps": traps_total,
        "traps_violated": violated,
        "missed": missed,
        "unexplained": unexplained,
        "errors": errors,
    }


def print_summary(s: dict, verbose: bool = True) -> None:
    title = "every rule (preview included)" if s["mode"] == "all" else "default set"
    print(
        f"== {title}: {s['drafts']} drafts, {s['planted']} planted defects, "
        f"{s['found']} found ({_pct(s['found'], s['planted']).strip()}; "
        f"{s['found_by_rule']} by the expected rule), "
        f"{len(s['traps_violated'])} trap violations of {s['traps']} traps, "
        f"{len(s['unexplained'])} unexplained findings"
    )
    print("family  planted  found  recall")
    for k, v in s["per_family"].items():
        print(f"{k:6}  {v['planted']:7}  {v['found']:5}  {_pct(v['found'], v['planted'])}")
    print("rule                planted  found  by-rule")
    for k, v in s["per_rule"].items():
        print(f"{k:18}  {v['planted']:7}  {v['found']:5}  {v['found_by_rule']:7}")
    print("format  planted  found  recall")
    for k, v in s["per_format"].items():
        print(f"{k:6}  {v['planted']:7}  {v['found']:5}  {_pct(v['found'], v['planted'])}")
    for e in s["errors"]:
        print(f"ERROR {e['draft']}: {e['error']}")
    if not verbose:
        return
    print("draft                          found/planted  traps violated  unexplained")
    for k, v in s["per_draft"].items():
        print(f"{k:30} {v['found']:5}/{v['planted']:<7} {v['traps_violated']:5}/{v['traps']:<8} {v['unexplained']:5}")
    print(f"-- missed ({len(s['missed'])})")
    for m in s["missed"]:
        print(f"  {m['draft']}:{m['line']} {m['id']} {m['kind']} {m['rule'] or '-'}: {m['phrasing']}")
    print(f"-- traps violated ({len(s['traps_violated'])})")
    for t in s["traps_violated"]:
        print(f"  {t['draft']}:{t['line']} {t['id']} {t['kind']} ({t['note']}) <- {t['finding']}")
    print(f"-- unexplained findings ({len(s['unexplained'])})")
    for u in s["unexplained"]:
        print(f"  {u['draft']}:{u['line']} {u['rule']} {u['severity']}: {u['message']}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", metavar="OUT", help="write both summaries as JSON to OUT")
    ap.add_argument("--set", default=str(EVALSET), help="folder of drafts and answer files")
    ap.add_argument("--only", nargs="*", help="draft names (without extension) to run")
    ap.add_argument(
        "--range",
        metavar="LO-HI",
        help="only the drafts numbered LO to HI (the number their name opens with): a held-out batch, e.g. 594-641",
    )
    ap.add_argument("--tolerance", type=int, default=2, help="lines between a finding and a defect")
    ap.add_argument("--quiet-default", action="store_true", help="print only the tables for the default set")
    args = ap.parse_args(argv)
    answers = load_answers(Path(args.set), set(args.only) if args.only else None)
    if args.range:
        lo, hi = (int(x) for x in args.range.split("-"))
        answers = [a for a in answers if lo <= draft_number(a) <= hi]
    if not answers:
        print(f"no answer files in {args.set}")
        return 0
    summaries = {}
    for mode in ("all", "default"):
        s = summarise(run(answers, mode, args.tolerance))
        summaries[mode] = s
        print_summary(s, verbose=not (mode == "default" and args.quiet_default))
        print()
    if args.json:
        Path(args.json).write_text(json.dumps(summaries, indent=2, default=str), encoding="utf-8")
        print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
