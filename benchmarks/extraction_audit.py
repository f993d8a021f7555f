"""Extraction audit: is every figure of the planted NU and AR defects read as a claim?

``--sides`` audits each *side* of a planted NU, DT or AR defect instead (its ``at`` and
each ``also`` text): does a claim of the family's kind (count, quantity or money for NU and
AR; date for DT) stand inside that text, and does it carry what a rule compares: one figure
where the text writes one ("1 hour 32 minutes" is one duration), what it counts or its unit,
and the period the sentence gives it (a year, a season, a financial year)? Sides are counted
per family, over the whole of each ``--set`` and over the halves named by ``--half``
(``fit=258-269,282-293 check=270-281``); ``--counts-only`` prints the numbers and no text,
for drafts whose text the reader must not see.

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
from typing import Any, Iterator

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


def _drafts(answers: list[dict], families: set[str]) -> Iterator[tuple[dict, list[dict], Any, str]]:
    """Each answer file with defects of ``families``: it, those defects, its draft read, the text."""
    from claimcheck.ingest import load_document

    for a in answers:
        defects = [d for d in a.get("defects", []) if d.get("kind") in families]
        if defects:
            doc = load_document(a["_draft"])
            yield a, defects, doc, doc.source.text


def audit(answers: list[dict], families: set[str]) -> list[dict]:
    from claimcheck.extract import extract

    rows: list[dict] = []
    for a, defects, doc, text in _drafts(answers, families):
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


FAMILY_KINDS = {"NU": ("count", "quantity", "money"), "AR": ("count", "quantity", "money"), "DT": ("date",)}
YEAR_RE = re.compile(r"(?<![\w.,/-])(?:19|20)\d\d(?:[-–/](?:\d\d){1,2})?(?![\w,])")
PERIOD_WORDS_RE = re.compile(r"\b(?:financial|fiscal) year\b|\b(?:19|20)\d\d\b", re.I)


_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
_MONTH_RE = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|December)\b")


def _offsets(text: str) -> list[int]:
    starts = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            starts.append(i + 1)
    return starts


def _span_of(text: str, said: str, line: int | None, starts: list[int]) -> tuple[int, int] | None:
    """Where ``said`` stands in ``text``, nearest to ``line``: whitespace-flexible."""
    words = said.split()
    if not words:
        return None
    pattern = r"\s+".join(re.escape(w) for w in words)
    hits = [(m.start(), m.end()) for m in re.finditer(pattern, text)]
    if not hits:
        return None
    if line:
        hits.sort(key=lambda h: abs(text.count("\n", 0, h[0]) + 1 - line))
    return hits[0]


def _claim_span(c: Any, starts: list[int]) -> tuple[int, int]:
    line = min(c.location.line, len(starts))
    s = starts[line - 1] + c.location.column - 1
    return s, s + max(1, len(c.text))


def _holds(c: Any, span: tuple[int, int], starts: list[int]) -> bool:
    """``c`` reads the text at ``span`` as part of itself: a money claim's conversion in
    brackets just after it, or a citation (a note's title or date)."""
    s, e = _claim_span(c, starts)
    if c.kind == "money" and c.equivalent is not None:
        return s <= span[0] and span[0] - e <= 40
    if c.kind == "citation":
        return s <= span[0] and span[0] - s <= 600
    return False


def _period_of(c: Any) -> str:
    if c.kind in ("date", "citation"):
        return c.date.model_dump_json() if c.date else ""
    subj = c.subject
    parts = list(subj.period) if subj else []
    for field in ("year", "context_year"):
        if getattr(c, field, None):
            parts.append(str(getattr(c, field)))
    return " / ".join(parts)


def side_rows(answers: list[dict], families: set[str]) -> list[dict]:
    """One row per side of every planted defect of ``families``: the claims read inside it
    and what is wrong with them (``problem``: '' when the side is read as the rule needs)."""
    from claimcheck.extract import extract
    from claimcheck.extract.numeric import word_shares
    from claimcheck.extract.text import iter_units

    rows: list[dict] = []
    for a, defects, doc, text in _drafts(answers, families):
        starts = _offsets(text)
        claims = list(extract(doc, ("count", "quantity", "money", "date", "citation")).claims)
        # shares said in words ("one household in six", "nearly half of"): NU003 reads them
        # beside the claims, as percentages
        claims += list(word_shares(list(iter_units(doc))))
        for d in defects:
            d = relocate(d, text)
            kinds = FAMILY_KINDS[d["kind"]]
            places = [(d["at"], d.get("line"))] + list(zip(d.get("also") or [], d.get("also_lines") or []))
            for said, line in places:
                span = _span_of(text, said, line, starts)
                if span is None:  # markup inside the text (HTML): fall back to the line and the words
                    flat = " ".join(said.split())
                    inside = [
                        c
                        for c in claims
                        if c.kind in kinds
                        and line
                        and abs(c.location.line - line) <= 1
                        and (" ".join(c.text.split()) in flat)
                    ]
                else:
                    inside = [
                        c
                        for c in claims
                        if c.kind in kinds + ("citation",)
                        and _claim_span(c, starts)[0] < span[1]
                        and _claim_span(c, starts)[1] > span[0]
                    ]
                problem = ""
                if not inside and span is not None:
                    inside = [c for c in claims if _holds(c, span, starts)]
                sentence = inside[0].sentence if inside else said
                if not inside:
                    problem = "not extracted"
                elif all(c.kind == "citation" for c in inside):
                    problem = ""  # a note's date or title: read with the citation
                elif d["kind"] != "DT":
                    if len(inside) > 1 and re.search(r"\d\s*(?:hours?|hrs?|h)\s+(?:and\s+)?\d+\s*min", said):
                        problem = "split"
                    elif any(c.kind == "count" and not c.thing for c in inside):
                        problem = "no counted noun"
                    elif PERIOD_WORDS_RE.search(sentence) and not any(_period_of(c) for c in inside):
                        problem = "no period"
                else:
                    if not any(c.kind == "citation" or c.date or c.relative for c in inside):
                        problem = "no date value"
                    else:
                        years = {int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", said)}
                        months = {_MONTHS.index(m.lower()[:3]) + 1 for m in _MONTH_RE.findall(said)}
                        dated = [c for c in inside if c.kind == "date" and c.date]
                        if years and not any(c.kind == "citation" or (c.date and c.date.year in years) for c in inside):
                            problem = "wrong year"
                        elif dated and months and not any(c.date.month in months for c in dated):
                            problem = "no month"
                rows.append(
                    {
                        "draft": a["_draft"].name,
                        "number": _draft_number(a["_draft"].name),
                        "defect": d["id"],
                        "kind": d["kind"],
                        "rule": d.get("rule"),
                        "line": line,
                        "text": said,
                        "problem": problem,
                        "claims": [
                            {
                                "kind": c.kind,
                                "text": c.text,
                                "value": getattr(c, "value", None),
                                "period": _period_of(c),
                            }
                            for c in inside
                        ],
                    }
                )
    _years_across_sides(rows)
    return rows


def _years_across_sides(rows: list[dict]) -> None:
    """A NU side whose figure has no year while another side of the defect has one ("some 47
    million tonnes that July" against "41.3 million tonnes on 1 July 2023"): the rule cannot
    tell the two are of one period."""
    by_defect: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in rows:
        by_defect[(r["draft"], r["defect"])].append(r)
    for sides in by_defect.values():
        if sides[0]["kind"] != "NU" or len(sides) < 2:
            continue
        has_year = [any(re.search(r"(?:19|20)\d\d", c["period"]) for c in r["claims"]) for r in sides]
        if any(has_year):
            for r, y in zip(sides, has_year):
                if not y and r["claims"] and not r["problem"]:
                    r["problem"] = "no year (other side has one)"


def _draft_number(name: str) -> int:
    m = re.match(r"\d+", name)
    return int(m.group()) if m else -1


def _halves(spec: list[str]) -> dict[str, set[int]]:
    """``fit=258-269,282-293`` -> {'fit': {258, ..., 293}}."""
    out: dict[str, set[int]] = {}
    for item in spec:
        name, _, ranges = item.partition("=")
        nums: set[int] = set()
        for r in ranges.split(","):
            lo, _, hi = r.partition("-")
            nums.update(range(int(lo), int(hi or lo) + 1))
        out[name] = nums
    return out


def side_table(rows: list[dict], label: str) -> list[str]:
    """Per family: sides, sides not extracted, sides read but short of what a rule needs."""
    out = [f"{label}: sides / not extracted / read with a problem (problems by kind)"]
    for fam in sorted({r["kind"] for r in rows}):
        mine = [r for r in rows if r["kind"] == fam]
        missing = sum(r["problem"] == "not extracted" for r in mine)
        other: dict[str, int] = defaultdict(int)
        for r in mine:
            if r["problem"] and r["problem"] != "not extracted":
                other[r["problem"]] += 1
        detail = ", ".join(f"{k} {v}" for k, v in sorted(other.items()))
        out.append(f"  {fam}: {len(mine)} / {missing} / {sum(other.values())}" + (f" ({detail})" if detail else ""))
    return out


def sides_main(args: argparse.Namespace) -> int:
    rows: list[dict] = []
    for folder in args.set:
        answers = load_answers(folder, set(args.only) if args.only else None)
        rows += side_rows(answers, set(args.families))
    for line in side_table(rows, "all"):
        print(line)
    for name, nums in _halves(args.half or []).items():
        for line in side_table([r for r in rows if r["number"] in nums], name):
            print(line)
    if not args.counts_only:
        print()
        for r in rows:
            if r["problem"]:
                got = "; ".join(f"{c['kind']} {c['text']!r} [{c['period']}]" for c in r["claims"])
                print(f"  {r['draft']}:{r['line']} {r['defect']} {r['rule']} {r['problem']}: {r['text']!r} -> {got}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1, default=str), encoding="utf-8")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", type=Path, action="append", help="folder of drafts and answer files (--sides: repeatable)")
    ap.add_argument("--only", nargs="*", help="draft names (without extension)")
    ap.add_argument("--families", nargs="*", default=["NU", "AR"])
    ap.add_argument("--json", type=Path, help="write every row (found and missing) as JSON")
    ap.add_argument("--all", action="store_true", help="print the figures that were read too")
    ap.add_argument("--sides", action="store_true", help="audit each side of NU, DT and AR defects")
    ap.add_argument("--half", nargs="*", help="named halves for --sides: fit=258-269,282-293 check=270-281")
    ap.add_argument("--counts-only", action="store_true", help="print numbers only, no draft text")
    args = ap.parse_args(argv)
    if not args.set:
        args.set = [EVALSET]
    if args.sides:
        if args.families == ["NU", "AR"]:
            args.families = ["NU", "DT", "AR"]
        args.set = args.set if isinstance(args.set, list) else [args.set]
        return sides_main(args)
    if isinstance(args.set, list):
        args.set = args.set[0]
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
