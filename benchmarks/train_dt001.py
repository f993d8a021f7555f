"""DT001 by a learned pair scorer: dump the candidate pairs, fit, cross-validate by writer batch.

    python benchmarks/train_dt001.py dump [--out /tmp/dt001_pairs.jsonl]
    python benchmarks/train_dt001.py train [--pairs benchmarks/dt001_pairs/pairs.jsonl.gz] [--oof OUT] [--write]

The dump is committed as ``benchmarks/dt001_pairs/pairs.jsonl.gz``
with ``pairs.defects.json`` (``gzip -9`` the ``dump`` output and copy its ``.defects.json``
to update them); ``train --write`` on it reproduces ``src/claimcheck/data/dt001_pairs.json``.

``dump`` reads every draft of ``benchmarks/evalset`` that has an answer file and every real
document of ``../shared/realdocs`` (markdown, html, pdf-text), lists each document's candidate
pairs of dates (:mod:`claimcheck.rules._dt001_pairs`) with their features, whether DT001
reports the pair today, and a label: a pair is *positive* when one date stands on a DT001
defect's ``line`` (inside its ``at`` text when a date of the line is) and the other on one of
its ``also_lines``; *near* a defect (left out of training and of the false-alarm counts, as the
scorer of ``eval_recall.py`` would count a finding there as the defect found) when one of its
dates is within two lines of the defect's lines; a *trap* when one date is within one line of
a DT trap; every other pair, and every pair of a real document, is a negative. It also writes
one line per defect: whether its two places have dates at all, and why the generator does not
reach the pair when it does not (the recall ceiling).

``train`` fits an L2 logistic regression (batch gradient descent, pure Python, fixed
iterations: deterministic) with cross-validation grouped by draft range (1–99, 100–221,
222–293, 294–317, 318–353; the real documents dealt to five folds by their order in the
manifest), picks the threshold as the lowest score above every out-of-fold real-document and
trap pair, and prints per fold the defects found out of fold against today's DT001 on the same
fold. ``--write`` fits on everything and writes ``src/claimcheck/data/dt001_pairs.json``.

The model is not wired into DT001: out of fold it adds defects to today's links with no
real-document or trap pair above its threshold, but it fires on many of the own-words traps
of DT001's tests (tests/rules/cases/DT001.yml, tests/rules/test_dt001_*.py), which neither
the drafts' traps nor the real documents cover (docs/evaluation.md, "DT001 by a learned
pair scorer").
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Iterable, Sequence

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from train_nu003 import FOLDS, fold_of  # noqa: E402  (one table of writer-batch folds for both scripts)

WEIGHTS = ROOT / "src" / "claimcheck" / "data" / "dt001_pairs.json"


def fold_of_draft(name: str) -> int:
    return fold_of(name, real=False)


def _dates(doc: Any) -> list[Any]:
    """The dates DT001 reads (its ``every``)."""
    from claimcheck.extract import extract
    from claimcheck.extract.forms import form_lines

    forms = form_lines(doc)
    claims = extract(doc, ("date",))
    return [
        c
        for c in claims.of_kind("date")
        if c.date is not None and (c.footnote is not None or (c.article, c.block) not in forms)
    ]


def _today(doc: Any) -> set[tuple[tuple[int, int], tuple[int, int]]]:
    """The pairs DT001 reports today, as ((line, column), (line, column)) of its two dates."""
    from claimcheck.rules.base import CheckContext
    from claimcheck.rules.dt001_event_dated_differently import EventDatedDifferently

    ctx = CheckContext(document=doc, claim_kinds=("date",))
    out = set()
    for f in EventDatedDifferently().check(ctx):
        here = (f.location.line, f.location.column)
        for r in f.related:
            there = (r.location.line, r.location.column)
            out.add((here, there))
            out.add((there, here))
    return out


def _on(claims: Sequence[Any], line: int | None, snippet: str) -> list[int]:
    """The dates ``snippet`` holds on the lines it spans from ``line``, else on a line either
    side (a reader may move it by one); else every date of the lines it spans."""
    if not line:
        return []
    flat = " ".join(snippet.split())
    last = line + snippet.strip().count("\n")

    def inside(lo: int, hi: int) -> list[int]:
        return [k for k, c in enumerate(claims) if lo <= c.location.line <= hi and " ".join(c.text.split()) in flat]

    return (
        inside(line, last)
        or inside(line - 1, last + 1)
        or [k for k, c in enumerate(claims) if line <= c.location.line <= last]
    )


def _document_rows(doc: Any, name: str, source: str, fold: int, answers: dict | None) -> tuple[list[dict], list[dict]]:
    from claimcheck.rules._dt001_pairs import PairReader

    dates = _dates(doc)
    reader = PairReader(doc, dates)
    today = _today(doc) if dates else set()
    at = [(c.location.line, c.location.column) for c in dates]
    positives: dict[tuple[int, int], str] = {}
    near: set[int] = set()
    trap_dates: set[int] = set()
    defects_out: list[dict] = []
    if answers is not None:
        import eval_recall

        text = doc.source.text
        for d in answers.get("defects", []):
            if d.get("kind") != "DT":
                continue
            e = eval_recall.relocate(d, text)
            lines = [e.get("line")] + list(e.get("also_lines") or [])
            lines = [ln for ln in lines if ln]
            for k, c in enumerate(dates):
                if any(abs(c.location.line - ln) <= 2 for ln in lines):
                    near.add(k)
            if d.get("rule") != "DT001":
                continue
            here = _on(dates, e.get("line"), e["at"])
            there = sorted(
                {k for a, ln in zip(e.get("also") or [], e.get("also_lines") or []) for k in _on(dates, ln, a)}
            )
            reasons = Counter()
            for x in here:
                for y in there:
                    if x == y:
                        continue
                    i, j = min(x, y), max(x, y)
                    why = reader.excluded(reader.reads[i], reader.reads[j])
                    if why is None:
                        positives[(i, j)] = d["id"]
                    reasons[why or "candidate"] += 1
            # today, as the scorer counts it: a DT001 finding with a place near a defect's place
            found = any(any(abs(p[0] - ln) <= 2 for p in pair for ln in lines) for pair in today)
            defects_out.append(
                {
                    "doc": name,
                    "fold": fold,
                    "id": d["id"],
                    "here": len(here),
                    "there": len(there),
                    "reasons": dict(reasons),
                    "today_found": found,
                    "today_pair": any((at[x], at[y]) in today for x in here for y in there),
                }
            )
        for t in answers.get("traps", []):
            if t.get("kind") != "DT":
                continue
            e = eval_recall.relocate(t, text)
            if e.get("line"):
                trap_dates |= {k for k, c in enumerate(dates) if abs(c.location.line - e["line"]) <= 1}
    rows = []
    for i, j in reader.candidates():
        label = 1 if (i, j) in positives else 0
        rows.append(
            {
                "doc": name,
                "src": source,
                "fold": fold,
                "i": i,
                "j": j,
                "lines": [dates[i].location.line, dates[j].location.line],
                "y": label,
                "defect": positives.get((i, j)),
                "near": label == 0 and (i in near or j in near),
                "trap": label == 0 and not (i in near or j in near) and (i in trap_dates or j in trap_dates),
                "today": (at[i], at[j]) in today,
                "x": [round(v, 5) for v in reader.features(i, j)],
            }
        )
    return rows, defects_out


def dump(out: Path) -> None:
    import eval_recall
    import _realdocs
    from claimcheck.ingest import load_document
    from claimcheck.document import Metadata
    import datetime as dt

    t0 = time.time()
    defects: list[dict] = []
    with out.open("w", encoding="utf-8") as fh:
        for a in eval_recall.load_answers():
            pub = a.get("publication_date")
            pub = pub if isinstance(pub, dt.date) else (dt.date.fromisoformat(str(pub)) if pub else None)
            meta = Metadata(publication_date=pub) if pub else None
            doc = load_document(a["_draft"], metadata=meta)
            name = a["_draft"].name
            rows, ds = _document_rows(doc, name, "eval", fold_of_draft(name), a)
            defects += ds
            for r in rows:
                fh.write(json.dumps(r) + "\n")
        print(f"evalset done {time.time() - t0:.0f}s", file=sys.stderr)
        entries = _realdocs.manifest(formats={"markdown", "html", "pdf-text"})
        with _realdocs.in_collection():
            for k, entry in enumerate(entries):
                try:
                    doc = load_document(entry["file"])
                except Exception as exc:  # a document that cannot be read is left out
                    print(f"skip {entry['file']}: {exc}", file=sys.stderr)
                    continue
                rows, _ = _document_rows(doc, entry["file"], "real", k % len(FOLDS), None)
                for r in rows:
                    fh.write(json.dumps(r) + "\n")
        print(f"realdocs done {time.time() - t0:.0f}s", file=sys.stderr)
        for r in _case_rows():
            fh.write(json.dumps(r) + "\n")
        print(f"cases done {time.time() - t0:.0f}s", file=sys.stderr)
    _defects_path(out).write_text(json.dumps(defects, indent=1), encoding="utf-8")


def _case_rows() -> list[dict]:
    """The pairs of DT001's own-words cases (tests/rules/cases/DT001.yml): every pair of a
    *pass* case a negative, the pair of a *fail* case's finding (its line and the line its
    message names) a positive; the cases dealt to the five folds by their order."""
    import re
    import tempfile

    import yaml
    from claimcheck.ingest import load_document

    cases = yaml.safe_load((ROOT / "tests" / "rules" / "cases" / "DT001.yml").read_text(encoding="utf-8"))
    rows: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        for outcome in ("pass", "fail"):
            for k, case in enumerate(cases.get(outcome) or []):
                path = Path(tmp) / "draft.md"
                path.write_text(case["draft"], encoding="utf-8")
                doc = load_document(path)
                wanted = set()
                for f in case.get("findings") or []:
                    m = re.search(r"line (\d+)", f["message"])
                    if m:
                        wanted.add(frozenset({f["line"], int(m.group(1))}))
                answers = {"defects": [], "traps": []}
                doc_rows, _ = _document_rows(doc, f"case:{outcome}:{case['name']}", "case", k % len(FOLDS), answers)
                for r in doc_rows:
                    r["y"] = int(frozenset(r["lines"]) in wanted)
                    r["defect"] = case["name"] if r["y"] else None
                rows += doc_rows
    return rows


# -- the model ---------------------------------------------------------------------------


def fit(xs: Sequence[Sequence[float]], ys: Sequence[int], *, l2: float, iterations: int, positive_weight: float) -> Any:
    """The L2 logistic model of :func:`claimcheck.rules._pair_model.fit_logistic` (full-batch
    gradient descent from zeros on standardised features: the same data gives the same
    weights)."""
    from claimcheck.rules._dt001_pairs import FEATURES
    from claimcheck.rules._pair_model import fit_logistic

    return fit_logistic(xs, ys, FEATURES, l2=l2, iterations=iterations, positive_weight=positive_weight)


def _load(path: Path) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def _defects_path(pairs: Path) -> Path:
    """``pairs.defects.json`` beside ``pairs.jsonl`` (or ``pairs.jsonl.gz``)."""
    plain = pairs.with_suffix("") if pairs.suffix == ".gz" else pairs
    return plain.with_suffix(".defects.json")


#: at most this many negatives are trained on (every n-th kept, in the dump's order), so
#: that pure-Python training takes minutes; every pair is still scored
MAX_NEGATIVES = 8000


def _training(rows: Iterable[dict]) -> tuple[list[list[float]], list[int]]:
    kept = [r for r in rows if not r["near"]]
    negatives = sum(1 for r in kept if not r["y"] and not r["trap"])
    step = max(1, math.ceil(negatives / MAX_NEGATIVES))
    xs, ys = [], []
    seen = 0
    for r in kept:
        if not r["y"] and not r["trap"]:
            seen += 1
            if seen % step:
                continue
        xs.append(r["x"])
        ys.append(r["y"])
    return xs, ys


def train(
    pairs: Path, write: bool, l2: float, positive_weight: float, iterations: int, oof_out: Path | None = None
) -> None:
    from claimcheck.rules._dt001_pairs import FEATURES

    rows = _load(pairs)
    defects = json.loads(_defects_path(pairs).read_text(encoding="utf-8"))
    print(
        f"{len(rows)} candidate pairs ({sum(r['src'] == 'real' for r in rows)} of real documents), "
        f"{sum(r['y'] for r in rows)} positive, {sum(r['trap'] for r in rows)} touching a trap"
    )
    reach = Counter()
    for d in defects:
        if not d["here"] or not d["there"]:
            reach["no date on a defect's line"] += 1
        elif d["reasons"].get("candidate"):
            reach["candidate"] += 1
        else:
            reach["lost: " + ", ".join(sorted(d["reasons"]))] += 1
    print(f"{len(defects)} DT001 defects; the generator reaches: {dict(reach)}")
    # why today's rule leaves a reached positive pair unreported: the first of its vetoes
    # (as features) that holds, else too little shared
    reported = {(r["doc"], r["defect"]) for r in rows if r["y"] and r["today"]}
    why = Counter()
    for r in rows:
        if r["y"] and (r["doc"], r["defect"]) not in reported:
            why[_why_not(r["x"])] += 1
    print(f"positive pairs of defects today's DT001 does not report, by first veto: {dict(why.most_common())}")
    # out of fold
    oof: list[float] = [0.0] * len(rows)
    for k in range(len(FOLDS)):
        xs, ys = _training(r for r in rows if r["fold"] != k)
        model = fit(xs, ys, l2=l2, iterations=iterations, positive_weight=positive_weight)
        for n, r in enumerate(rows):
            if r["fold"] == k:
                oof[n] = model.score(r["x"])
    negatives = [s for s, r in zip(oof, rows) if _held_negative(r)]
    threshold = max(negatives) + 1e-9 if negatives else 0.5
    case_pos = [s for s, r in zip(oof, rows) if r["src"] == "case" and r["y"]]
    print(f"own-words fail cases found out of fold: {sum(s >= threshold for s in case_pos)} of {len(case_pos)} pairs")
    if oof_out:
        oof_out.write_text(json.dumps([round(s, 6) for s in oof]), encoding="utf-8")
    _report(rows, defects, oof, threshold, "threshold above every real-document and trap pair")
    # how the drafts' own negatives (not near a defect) fare at that threshold
    for t in sorted({0.5, 0.7, 0.9, threshold}):
        real = sum(1 for s, r in zip(oof, rows) if r["src"] == "real" and s >= t)
        cases = sum(1 for s, r in zip(oof, rows) if r["src"] == "case" and not r["y"] and s >= t)
        trap = sum(1 for s, r in zip(oof, rows) if r["trap"] and s >= t)
        other = sum(
            1
            for s, r in zip(oof, rows)
            if r["src"] == "eval" and not r["y"] and not r["near"] and not r["trap"] and s >= t
        )
        pos = sum(1 for s, r in zip(oof, rows) if r["y"] and r["src"] == "eval" and s >= t)
        print(
            f"  at {t:.4f}: draft positives {pos}, real-document pairs {real}, trap pairs {trap}, "
            f"pass-case pairs {cases}, other draft negatives {other}"
        )
    if write:
        xs, ys = _training(rows)
        model = fit(xs, ys, l2=l2, iterations=iterations, positive_weight=positive_weight)
        full = [model.score(r["x"]) for r in rows]
        negatives = [s for s, r in zip(full, rows) if _held_negative(r)]
        data = {
            "features": list(FEATURES),
            "weights": [round(v, 6) for v in model.weights],
            "bias": round(model.bias, 6),
            "threshold": round(max(max(negatives) + 1e-6, threshold), 6),
            "trained_on": f"{len(xs)} pairs of benchmarks/evalset, realdocs and DT001's cases (benchmarks/train_dt001.py)",
        }
        WEIGHTS.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS}")


def _held_negative(r: dict) -> bool:
    """A pair no threshold may pass: of a real document, at a draft's trap, of a pass case."""
    return r["src"] == "real" or r["trap"] or (r["src"] == "case" and not r["y"])


#: the vetoes of today's links, as features, in the order they are asked
_VETOES = (
    ("either_plan", "a plan or a deadline"),
    ("either_since_or_until", "since / until"),
    ("stage_apart", "stages apart"),
    ("subject_names_conflict", "other named subjects"),
    ("places_conflict", "other places"),
    ("ordinal_conflict", "other ordinals"),
    ("numbers_conflict", "other numbers"),
    ("subject_head_conflict", "other head nouns"),
    ("event_class_conflict", "other event classes"),
    ("sentence_mate_agrees", "another date of a sentence agrees"),
)


def _why_not(x: Sequence[float]) -> str:
    from claimcheck.rules._dt001_pairs import FEATURES

    f = dict(zip(FEATURES, x))
    for name, said in _VETOES:
        if f[name]:
            return said
    if not f["events_agree"] and not f["mention_class_same"] and not f["happening_same"]:
        return "no event read alike"
    if f["competitors"]:
        return "another date shares the rarest word"
    return "too little shared"


def _report(rows: list[dict], defects: list[dict], oof: list[float], threshold: float, how: str) -> None:
    print(f"-- {how}: {threshold:.4f}")
    learned: dict[tuple[str, str], bool] = defaultdict(bool)
    for s, r in zip(oof, rows):
        if r["y"] and s >= threshold:
            learned[(r["doc"], r["defect"])] = True
    print("fold        defects  today(scorer)  today(pair)  learned  today+learned")
    total = Counter()
    for k, (lo, hi) in enumerate(FOLDS):
        ds = [d for d in defects if d["fold"] == k]
        t_found = sum(d["today_found"] for d in ds)
        t_pair = sum(d["today_pair"] for d in ds)
        l_found = sum(learned[(d["doc"], d["id"])] for d in ds)
        u_found = sum(learned[(d["doc"], d["id"])] or d["today_found"] for d in ds)
        total.update(n=len(ds), t=t_found, tp=t_pair, l=l_found, u=u_found)
        print(f"{lo:3}-{hi:<5} {len(ds):9} {t_found:14} {t_pair:12} {l_found:8} {u_found:14}")
    print(f"all       {total['n']:9} {total['t']:14} {total['tp']:12} {total['l']:8} {total['u']:14}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("--out", default="/tmp/dt001_pairs.jsonl")
    t = sub.add_parser("train")
    t.add_argument("--pairs", default=str(ROOT / "benchmarks" / "dt001_pairs" / "pairs.jsonl.gz"))
    t.add_argument("--oof", help="write the out-of-fold score of each pair (JSON list) here")
    t.add_argument("--write", action="store_true")
    t.add_argument("--l2", type=float, default=1.0)
    t.add_argument("--positive-weight", type=float, default=1.0)
    t.add_argument("--iterations", type=int, default=300)
    args = ap.parse_args(argv)
    if args.command == "dump":
        dump(Path(args.out))
    else:
        oof = Path(args.oof) if args.oof else None
        train(Path(args.pairs), args.write, args.l2, args.positive_weight, args.iterations, oof)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
