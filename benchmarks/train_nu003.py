"""NU003 as a learned pair decision: dump every candidate pair, train, cross-validate by batch.

    python benchmarks/train_nu003.py dump --out /tmp/nu003_pairs.jsonl [--jobs 2]
    python benchmarks/train_nu003.py train --pairs /tmp/nu003_pairs.jsonl [--write]

``dump`` runs NU003 over every draft of ``benchmarks/evalset`` (with its answer file) and
every document of the realdocs collection (markdown, html, pdf-text), and writes one JSON
line per candidate pair (:func:`claimcheck.rules._nu003_pairs.candidates`: two figures of
one measure whose values differ beyond rounding) with its features, whether NU003 reports it
today, and its label: ``pos`` when one figure stands on a planted NU003 defect's line and is
written in its ``at`` snippet and the other on an ``also`` line and in that snippet (``1``;
``0.5`` with a line of slack and no snippet test), ``trap`` when either figure is within a
line of an NU trap. Every realdocs pair is a negative. One line per document (``"doc"``)
lists the defects and today's NU003 findings, for the recall count.

``train`` fits a logistic model with L2 (:func:`claimcheck.rules._pair_model.fit_logistic`)
with folds by writer batch (drafts 1–99, 100–221, 222–293, 294–317, 318–353; realdocs
spread over the folds by name), picks on the out-of-fold scores the lowest threshold at which
no realdocs pair and no trap pair not reported today is accepted, and prints per fold the
recall of today's rule and of today's rule plus the learned pairs. ``--write`` writes the
model fitted on all data to ``src/claimcheck/data/nu003_pairs.json``. Deterministic.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

FOLDS = ((1, 99), (100, 221), (222, 293), (294, 317), (318, 353))
TOL = 2  # eval_recall's line tolerance


def fold_of(doc: str, real: bool) -> int:
    """The fold of a draft by its number's writer batch (``FOLDS``), or of a real document by
    a hash of its path (shared with ``train_dt001.py``)."""
    if real:
        return int(hashlib.sha256(doc.encode()).hexdigest(), 16) % len(FOLDS)
    m = re.match(r"(\d+)", Path(doc).name)
    n = int(m.group(1)) if m else 0
    for k, (lo, hi) in enumerate(FOLDS):
        if lo <= n <= hi:
            return k
    return len(FOLDS) - 1


# ------------------------------------------------------------------------------------ dump
_CAPTURED: list[Any] = []


def _patch() -> None:
    """Record each checked document's context and NU003's findings."""
    from claimcheck.rules.nu003_same_quantity_different_values import SameQuantityDifferentValues as R

    original = R.check

    def check(self: Any, ctx: Any) -> Any:
        found = list(original(self, ctx))
        _CAPTURED.append((ctx, found))
        return iter(found)

    R.check = check  # type: ignore[method-assign]


def _squash(s: str) -> str:
    return re.sub(r"\s+", " ", s)


def _on(claim: Any, line: int | None, snippet: str, strict: bool) -> bool:
    if not line:
        return False
    if strict:  # on a line the snippet covers, its number written in the snippet
        covers = line <= claim.location.line <= line + snippet.count("\n")
        return covers and _squash(claim.written) in _squash(snippet)
    return abs(claim.location.line - line) <= 1


def _one(job: tuple[str, str, str | None, list[dict], list[dict]]) -> list[dict]:
    from claimcheck.config import Settings
    from claimcheck.pipeline import verify
    from claimcheck.rules._nu003_pairs import candidates

    import eval_recall

    path, doc, published, defects, traps = job
    real = not defects and not traps and "/realdocs/" in path
    _CAPTURED.clear()
    pub = dt.date.fromisoformat(published) if published else None
    result = verify([path], Settings(select=["NU003"], publication_date=pub), keep_documents=True)
    if not _CAPTURED or not result.documents:
        return [{"doc": doc, "real": real, "error": True}]
    ctx, found = _CAPTURED[-1]
    text = result.documents[0].source.text
    defects = [eval_recall.relocate(d, text) for d in defects]
    traps = [eval_recall.relocate(t, text) for t in traps]
    reported = frozenset(
        ((f.related[0].location.line, f.related[0].location.column), (f.location.line, f.location.column))
        for f in found
        if f.related
    )
    rows: list[dict] = [
        {
            "doc": doc,
            "real": real,
            "fold": fold_of(doc, real),
            "defects": [
                {"id": d["id"], "targets": [t for t in [d.get("line"), *(d.get("also_lines") or [])] if t]}
                for d in defects
            ],
            "today": [[f.location.line] + [r.location.line for r in f.related] for f in found],
        }
    ]
    trap_lines = [t["line"] for t in traps if t.get("line")]
    for pair in candidates(ctx, reported):
        a, b = pair.a, pair.b
        label = 0.0
        ids = []
        for d in defects:
            spots = [(d.get("line"), d["at"])] + list(zip(d.get("also_lines") or [], d.get("also") or []))
            for strict, value in ((True, 1.0), (False, 0.5)):
                hit = any(
                    _on(a, la, sa, strict) and _on(b, lb, sb, strict)
                    for k, (la, sa) in enumerate(spots)
                    for m, (lb, sb) in enumerate(spots)
                    if k != m and (k == 0 or m == 0)
                )
                if hit:
                    label = max(label, value)
                    ids.append(d["id"])
                    break
        trap = any(abs(c.location.line - t) <= 1 for t in trap_lines for c in (a, b))
        rows.append(
            {
                "doc": doc,
                "lines": [a.location.line, b.location.line],
                "texts": [a.text, b.text],
                "measure": pair.measure,
                "x": [round(v, 4) for v in pair.features],
                "pos": label,
                "ids": ids,
                "trap": trap,
            }
        )
    return rows


def _jobs(limit_real: int | None) -> list[tuple[str, str, str | None, list[dict], list[dict]]]:
    import eval_recall
    import _realdocs

    jobs = []
    for ans in eval_recall.load_answers():
        pub = ans.get("publication_date")
        defects = [d for d in ans.get("defects", []) if d.get("rule") == "NU003"]
        traps = [t for t in ans.get("traps", []) if t.get("kind") == "NU"]
        jobs.append((str(ans["_draft"]), ans["_draft"].name, str(pub) if pub else None, defects, traps))
    if _realdocs.available():
        real = [e for e in _realdocs.manifest({"markdown", "html", "pdf-text"})]
        for e in real[:limit_real]:
            jobs.append((str(_realdocs.REALDOCS / e["file"]), "realdocs/" + e["file"], None, [], []))
    return jobs


def dump(out: Path, jobs: int, limit_real: int | None) -> None:
    todo = _jobs(limit_real)
    _patch()
    with out.open("w", encoding="utf-8") as fh:
        if jobs > 1:
            import multiprocessing

            with multiprocessing.get_context("fork").Pool(jobs) as pool:
                for rows in pool.imap(_one, todo, chunksize=1):
                    for r in rows:
                        fh.write(json.dumps(r) + "\n")
        else:
            for job in todo:
                for r in _one(job):
                    fh.write(json.dumps(r) + "\n")


# ----------------------------------------------------------------------------------- train
def load(path: Path) -> tuple[list[dict], dict[str, dict]]:
    pairs, docs = [], {}
    if path.suffix == ".gz":
        import gzip

        text = gzip.decompress(path.read_bytes()).decode("utf-8")
    else:
        text = path.read_text(encoding="utf-8")
    for line in text.splitlines():
        r = json.loads(line)
        if "x" in r:
            pairs.append(r)
        else:
            docs[r["doc"]] = r
    # a pair with a line of slack is a positive only for a defect no strict pair reaches;
    # one whose two figures stand within the scorer's tolerance of two of a defect's places,
    # for a defect no pair reaches otherwise
    strict = {(p["doc"], i) for p in pairs if p["pos"] == 1.0 for i in p["ids"]}
    reached = {(p["doc"], i) for p in pairs if p["pos"] > 0 for i in p["ids"]}
    for p in pairs:
        d = docs[p["doc"]]
        p["fold"] = d["fold"]
        p["real"] = d["real"]
        p["y"] = int(p["pos"] == 1.0 or (p["pos"] > 0 and not any((p["doc"], i) in strict for i in p["ids"])))
        la, lb = p["lines"]
        for defect in d["defects"]:
            t = defect["targets"]
            if (p["doc"], defect["id"]) in reached or len(t) < 2:
                continue
            if any(abs(la - x) <= TOL and abs(lb - y) <= TOL for x in t for y in t if x != y):
                p["y"] = 1
        # a trap counts against a pair only when the pair explains no defect (as the scorer)
        explained = any(_near(p["lines"], defect["targets"]) for defect in d["defects"])
        p["trap"] = bool(p["trap"]) and not explained
    return pairs, docs


def _near(places: list[int], targets: list[int]) -> bool:
    return any(abs(p - t) <= TOL for p in places for t in targets)


def recall(docs: dict[str, dict], accepted: dict[str, list[list[int]]], fold: int | None) -> tuple[int, int, int]:
    """(defects, found today, found today or by an accepted pair) of the fold's drafts."""
    n = today = both = 0
    for doc, d in docs.items():
        if d["real"] or d.get("error") or (fold is not None and d["fold"] != fold):
            continue
        for defect in d["defects"]:
            n += 1
            t = any(_near(places, defect["targets"]) for places in d["today"])
            x = t or any(_near(places, defect["targets"]) for places in accepted.get(doc, []))
            today += t
            both += x
    return n, today, both


def train(path: Path, write: bool, l2: float, iterations: int, positive_weight: float, open_only: bool) -> None:
    from claimcheck.rules._nu003_pairs import FEATURES
    from claimcheck.rules._pair_model import fit_logistic

    from claimcheck.rules._nu003_pairs import open_pair

    pairs, docs = load(path)
    names = list(FEATURES)
    every = len(pairs)
    # with --open-only, only pairs the linker sets apart by nothing are the model's to decide
    kept = {id(p) for p in pairs if open_pair(p["x"]) or not open_only}
    lost = {(p["doc"], i) for p in pairs if p["y"] and id(p) not in kept for i in p["ids"]}
    pairs = [p for p in pairs if id(p) in kept]
    print(f"pairs kept: {len(pairs)} of {every} (defects whose every pair was left out: {len(lost)})")
    today_at = names.index("today")
    print(f"pairs: {len(pairs)} ({sum(p['real'] for p in pairs)} realdocs), docs {len(docs)}")
    # the ceiling: defects with a positive pair at all
    reach: dict[tuple[str, str], float] = {}
    for p in pairs:
        for i in p["ids"]:
            reach[(p["doc"], i)] = max(reach.get((p["doc"], i), 0.0), p["pos"])
    total = sum(len(d["defects"]) for d in docs.values() if not d["real"])
    print(
        f"ceiling: {sum(v == 1.0 for v in reach.values())} of {total} NU003 defects have a strict "
        f"candidate pair, {len(reach)} with a line of slack"
    )
    scores: dict[int, float] = {}
    for fold in range(len(FOLDS)):
        train_rows = [p for p in pairs if p["fold"] != fold]
        model = fit_logistic(
            [p["x"] for p in train_rows],
            [p["y"] for p in train_rows],
            names,
            l2=l2,
            iterations=iterations,
            positive_weight=positive_weight,
        )
        for k, p in enumerate(pairs):
            if p["fold"] == fold:
                scores[k] = model.score(p["x"])
    # the threshold: no realdocs pair and no trap pair (not reported today) accepted out of fold
    bar = 0.0
    for k, p in enumerate(pairs):
        if p["x"][today_at]:
            continue
        if p["real"] or (p["trap"] and not p["y"]):
            bar = max(bar, scores[k])
    threshold = min(1.0, bar + 1e-6)
    print(f"threshold (out of fold, above every realdocs and trap pair): {threshold:.6f}")
    for extra in (0.0, 0.02, 0.05):
        cut = max(0.0, threshold - extra)
        accepted: dict[str, list[list[int]]] = {}
        real = traps = 0
        for k, p in enumerate(pairs):
            if scores[k] >= cut and not p["x"][today_at]:
                accepted.setdefault(p["doc"], []).append(p["lines"])
                real += p["real"]
                traps += bool(p["trap"] and not p["y"])
        loose = sum(
            1
            for k, p in enumerate(pairs)
            if scores[k] >= cut and not p["x"][today_at] and not p["real"] and not p["y"] and not p["trap"]
        )
        print(
            f"\nat {cut:.4f}: realdocs pairs added {real}, trap pairs added {traps}, "
            f"other unlabelled draft pairs added {loose}"
        )
        print("fold        defects  today  today+learned")
        for fold in range(len(FOLDS)):
            n, t, b = recall(docs, accepted, fold)
            lo, hi = FOLDS[fold]
            print(f"{lo:3d}-{hi:<3d}     {n:7d}  {t:5d}  {b:13d}")
        n, t, b = recall(docs, accepted, None)
        print(f"all         {n:7d}  {t:5d}  {b:13d}")
    ranked = sorted((k for k, p in enumerate(pairs) if not p["x"][today_at] and not p["y"]), key=lambda k: -scores[k])
    print("\nhighest-scoring negatives not reported today:")
    for k in ranked[:25]:
        p = pairs[k]
        tag = "real" if p["real"] else ("trap" if p["trap"] else "draft")
        print(f"  {scores[k]:.4f} {tag:5s} {p['doc']}:{p['lines']} {p['texts']}")
    # the learned decision alone (not OR today): recall at equal realdocs/trap silence
    bar_alone = max((scores[k] for k, p in enumerate(pairs) if p["real"] or (p["trap"] and not p["y"])), default=0)
    alone: dict[str, list[list[int]]] = {}
    for k, p in enumerate(pairs):
        if scores[k] > bar_alone:
            alone.setdefault(p["doc"], []).append(p["lines"])
    found_alone = 0
    for doc, d in docs.items():
        if d["real"]:
            continue
        for defect in d["defects"]:
            found_alone += any(_near(pl, defect["targets"]) for pl in alone.get(doc, []))
    print(f"\nlearned alone (threshold {bar_alone:.4f}, above every realdocs/trap pair): {found_alone} of {total}")
    if write:
        model = fit_logistic(
            [p["x"] for p in pairs],
            [p["y"] for p in pairs],
            names,
            l2=l2,
            iterations=iterations,
            positive_weight=positive_weight,
        )
        data = model.to_dict()
        data["threshold"] = round(threshold, 6)
        data["weights"] = [round(w, 6) for w in data["weights"]]
        data["bias"] = round(data["bias"], 6)
        target = ROOT / "src" / "claimcheck" / "data" / "nu003_pairs.json"
        target.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {target}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("--out", type=Path, required=True)
    d.add_argument("--jobs", type=int, default=1)
    d.add_argument("--limit-real", type=int, default=None)
    t = sub.add_parser("train")
    t.add_argument("--pairs", type=Path, required=True)
    t.add_argument("--write", action="store_true")
    t.add_argument("--l2", type=float, default=1.0)
    t.add_argument("--iterations", type=int, default=300)
    t.add_argument("--positive-weight", type=float, default=20.0)
    t.add_argument("--open-only", action="store_true", help="only pairs the linker sets apart by nothing")
    args = parser.parse_args(argv)
    if args.command == "dump":
        dump(args.out, args.jobs, args.limit_real)
    else:
        train(args.pairs, args.write, args.l2, args.iterations, args.positive_weight, args.open_only)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
