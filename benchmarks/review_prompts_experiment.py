"""How many restatement defects a short ranked review listing would put before an editor.

    python benchmarks/review_prompts_experiment.py [--k 0 1 2 3 5 10]

A lead's measurement (session 22), not a feature: it answers the candidate issue "review
prompts" with numbers. NU003 and DT001 report a pair of figures or dates only when the
linker is sure the two state one fact; they prefer silence, and find about half of the
planted restatement defects. Suppose that instead of (besides) findings, claimcheck listed
for each document the *k* candidate pairs the committed pair models rank highest among those
today's rule does not report (a "look at these" listing, not a finding: it would not fail a
gate). How many defects would an editor who reads the listing see, and how many prompts
would every real document get?

It reads the committed pair dumps (``benchmarks/nu003_pairs.jsonl.gz``,
``benchmarks/dt001_pairs/pairs.jsonl.gz``: every candidate pair of the 329 drafts 1-353 and
of the real documents, with features and labels, see ``train_nu003.py`` and
``train_dt001.py``), scores every pair **out of fold** with the same L2 logistic model and
folds by writer batch as those scripts, ranks each document's pairs not reported today, and
counts per k:

- *recall*: defects found by today's rule or by a pair in the top k. ``near`` counts a pair
  with one of its two places within two lines of one of the defect's places (as
  ``eval_recall.py`` counts a finding); ``exact`` needs the labelled pair itself (both
  places on the defect's ``at`` and ``also`` lines).
- *prompts per draft* and how many of them point at a defect (``useful``);
- *prompts per real document* (the realdocs collection: no planted defects, so nearly every
  prompt there is a pair an editor reads for nothing) and how many real documents get one.

Caveat, printed with the table: every evaluation draft holds planted restatement defects
(about 1.3 NU003 and 1.3 DT001 each), real writing far fewer, so the share of useful prompts
on drafts overstates it on real documents. Deterministic (pure-Python training, fixed
iterations).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import train_dt001  # noqa: E402
import train_nu003  # noqa: E402
from train_nu003 import FOLDS  # noqa: E402


def _out_of_fold(rows: Sequence[dict], fold_of: Callable[[dict], int], fit: Callable[[list[dict]], Any]) -> list[float]:
    scores = [0.0] * len(rows)
    for fold in range(len(FOLDS)):
        model = fit([r for r in rows if fold_of(r) != fold])
        for k, r in enumerate(rows):
            if fold_of(r) == fold:
                scores[k] = model.score(r["x"])
    return scores


def _nu003() -> tuple[str, list[dict], dict[str, list[dict]], dict[str, bool]]:
    """(name, defects, ranked pairs per document, which documents are real) for NU003."""
    from claimcheck.rules._nu003_pairs import FEATURES
    from claimcheck.rules._pair_model import fit_logistic

    pairs, docs = train_nu003.load(ROOT / "benchmarks" / "nu003_pairs.jsonl.gz")
    today = list(FEATURES).index("today")

    def fit(rows: list[dict]) -> Any:
        return fit_logistic(
            [r["x"] for r in rows], [r["y"] for r in rows], FEATURES, l2=1.0, iterations=300, positive_weight=20.0
        )

    scores = _out_of_fold(pairs, lambda r: r["fold"], fit)
    ranked: dict[str, list[dict]] = {}
    for _s, p in sorted(zip(scores, pairs), key=lambda sp: -sp[0]):
        if not p["x"][today]:
            ranked.setdefault(p["doc"], []).append({"lines": p["lines"], "ids": p["ids"] if p["y"] else []})
    defects = []
    for doc, d in docs.items():
        if d["real"]:
            continue
        for defect in d["defects"]:
            found = any(train_nu003._near(places, defect["targets"]) for places in d["today"])
            defects.append({"doc": doc, "id": defect["id"], "targets": defect["targets"], "today": found})
    return "NU003", defects, ranked, {doc: bool(d["real"]) for doc, d in docs.items()}


def _dt001() -> tuple[str, list[dict], dict[str, list[dict]], dict[str, bool]]:
    """The same for DT001 (the defects' places are the lines of their labelled pairs)."""
    import json

    path = ROOT / "benchmarks" / "dt001_pairs" / "pairs.jsonl.gz"
    rows = train_dt001._load(path)
    listed = json.loads(train_dt001._defects_path(path).read_text(encoding="utf-8"))

    def fit(train_rows: list[dict]) -> Any:
        xs, ys = train_dt001._training(train_rows)
        return train_dt001.fit(xs, ys, l2=1.0, positive_weight=1.0, iterations=300)

    scores = _out_of_fold(rows, lambda r: r["fold"], fit)
    ranked: dict[str, list[dict]] = {}
    places: dict[tuple[str, str], list[int]] = {}
    for r in rows:
        if r["y"] and r["defect"]:
            places.setdefault((r["doc"], r["defect"]), []).extend(r["lines"])
    for _s, r in sorted(zip(scores, rows), key=lambda sr: -sr[0]):
        if not r["today"]:
            ranked.setdefault(r["doc"], []).append(
                {"lines": r["lines"], "ids": [r["defect"]] if r["y"] else [], "near": r["near"]}
            )
    defects = [
        {"doc": d["doc"], "id": d["id"], "targets": places.get((d["doc"], d["id"]), []), "today": d["today_found"]}
        for d in listed
    ]
    real = {r["doc"]: r["src"] == "real" for r in rows}
    for d in defects:
        real.setdefault(d["doc"], False)
    return "DT001", defects, ranked, real


def table(
    name: str, defects: list[dict], ranked: dict[str, list[dict]], real: dict[str, bool], ks: Sequence[int]
) -> None:
    drafts = sorted({d for d, r in real.items() if not r})
    reals = sorted(d for d, r in real.items() if r)
    by_doc: dict[str, list[dict]] = {}
    for d in defects:
        by_doc.setdefault(d["doc"], []).append(d)
    print(
        f"\n{name}: {len(drafts)} drafts, {len(defects)} defects; {len(reals)} real documents in the dump "
        f"({sum(1 for d in reals if ranked.get(d))} with a candidate pair not reported today; the DT001 "
        f"dump holds only real documents with a candidate pair)"
    )
    print(
        "   k   found (near)        found (exact pair)   prompts/draft  useful   prompts/real doc  real docs prompted"
    )
    for k in ks:
        near = exact = prompts = useful = 0
        for doc in drafts:
            top = ranked.get(doc, [])[:k]
            prompts += len(top)
            useful += sum(
                1
                for p in top
                if p.get("near") or any(train_nu003._near(p["lines"], d["targets"]) for d in by_doc.get(doc, []))
            )
            for d in by_doc.get(doc, []):
                near += d["today"] or any(train_nu003._near(p["lines"], d["targets"]) for p in top)
                exact += d["today"] or any(d["id"] in p["ids"] for p in top)
        real_prompts = sum(len(ranked.get(doc, [])[:k]) for doc in reals)
        real_docs = sum(1 for doc in reals if ranked.get(doc, [])[:k])
        n = len(defects)
        print(
            f"{k:4d}   {near:4d}/{n} {near / n:6.1%}     {exact:4d}/{n} {exact / n:6.1%}"
            f"      {prompts / max(1, len(drafts)):8.2f}  {useful:6d}   {real_prompts / max(1, len(reals)):10.2f}"
            f"        {real_docs:4d}/{len(reals)}"
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--k", type=int, nargs="*", default=[0, 1, 2, 3, 5, 10])
    ap.add_argument("--rule", choices=["NU003", "DT001"], nargs="*", default=["NU003", "DT001"])
    args = ap.parse_args(argv)
    for make in (_nu003, _dt001):
        if make.__name__.lstrip("_").upper() in args.rule:
            table(*make(), ks=args.k)
    print(
        "\n(k = 0 is today's rule alone. Every draft holds planted restatement defects, real "
        "writing far fewer: the useful share on drafts overstates it on real documents.)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
