"""Extraction audit for the LS family: is a member list read where each planted LS defect is?

    python benchmarks/audit_lists.py [--set DIR] [--only NAME ...] [--json OUT] [--all]

For every LS defect of the answer files (LS001: two lists of one group that differ; LS002:
a declared count against the members named), the places involved (the ``at`` line and the
``also`` lines, found again from their texts when a reader change moved them) are checked
for a member-list claim (``claimcheck extract --kind member-list``) within one line. Each
place gets a state:

* ``none``: no member-list claim there at all (the tool does not read the list);
* ``no-count``: a list is read but, for LS002, without the declared count;
* ``agrees``: for LS002, the count and the members read agree (a member lost or added);
* ``ok``: a list is read with what the defect needs (for LS001 a list at each place).

Defects with a gap are printed grouped by the *shape* of the sentence at the gap (a list
after a colon, in parentheses, under a lead-in as bullets, in a table, in a footnote, as a
subject, with "as well as", "the other two", a count in words, a partial list ...), with
the answer file's own description of the phrasing, and the claims read there. Without
``--all`` only defects with a gap are printed. Run it on the development set only (never
on held-out drafts): ``--set`` takes the folder of drafts and answer files. Exits 0.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent

if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))


if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from reader_losses import _scorer  # noqa: E402  (the scorer loaded once, as reader_losses does)

_WORD_COUNTS = r"\b(?:both|a dozen|half a dozen|a pair of|a trio of|a score of)\b"
_NUMBERS = r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\b"

#: (shape, test on the place's line and the lines after it), first match wins
_SHAPES: list[tuple[str, re.Pattern[str]]] = [
    ("table", re.compile(r"^\s*\|.*\|", re.M)),
    ("footnote", re.compile(r"^\s*(?:\[\^\w+\]:|\d+\s*\.?\s+\S.*\bsee\b|<li id=\"fn)", re.M)),
    ("bullets under a lead-in", re.compile(r":\s*\n(?:\s*\n)?\s*(?:[-*•]|\d+[.)])\s", re.M)),
    (
        "partial (including / such as / among)",
        re.compile(r"\b(?:including|such as|among them|among|several of|some of)\b", re.I),
    ),
    ("the other N, A and B", re.compile(r"\bthe (?:other|remaining) " + _NUMBERS, re.I)),
    ("as well as", re.compile(r"\bas well as\b", re.I)),
    ("count in words (both, a dozen)", re.compile(_WORD_COUNTS, re.I)),
    ("parentheses after a counted group", re.compile(_NUMBERS + r"[^.()]{0,80}\([^)]*,[^)]*\)", re.I)),
    ("list after a colon", re.compile(r":\s+[A-Z][^.]*,", re.M)),
    ("A and B, the N ...", re.compile(r"\band [A-Z][\w'-]+(?: [A-Z][\w'-]+)*, the " + _NUMBERS, re.I)),
    ("list as the subject of a verb", re.compile(r"^[^.]*?[A-Z]\w+, [A-Z]\w+(?:,? and| or) [A-Z]\w+", re.M)),
    ("lower-case members", re.compile(r"\b[a-z]+ \w+, [a-z]+ \w+,? and [a-z]+", re.M)),
]


def shape_of(lines: list[str], line: int) -> str:
    text = "\n".join(lines[max(0, line - 1) : line + 6])
    for name, rx in _SHAPES:
        if rx.search(text):
            return name
    return "other"


def _claims_by_line(path: Path) -> tuple[str, dict[int, list]]:
    from claimcheck.extract import extract
    from claimcheck.ingest import load_document

    doc = load_document(path)
    by_line: dict[int, list] = defaultdict(list)
    for c in extract(doc).claims:
        if getattr(c, "kind", None) == "member_list" and c.location is not None:
            by_line[c.location.line].append(c)
    return doc.source.text, by_line


def _near(by_line: dict[int, list], line: int | None, at: str) -> list:
    """Claims within a line of ``line``, and claims up to 12 lines before it that hold a
    member written in ``at`` (a bullet list is placed at its lead-in)."""
    if not line:
        return []
    seen: list = []
    flat = " ".join(at.split())
    for off in (0, -1, 1, *range(-2, -13, -1)):
        for c in by_line.get(line + off, []):
            if c in seen:
                continue
            if abs(off) <= 1 or any(m and (m in flat or flat.rstrip(";,.") in m) for m in c.raw_members):
                seen.append(c)
    return seen


def _state(rule: str | None, claims: list) -> str:
    if not claims:
        return "none"
    if rule != "LS002":
        return "ok"
    counted = [c for c in claims if c.declared_count is not None]
    if not counted:
        return "no-count"
    if all(c.declared_count == len(c.members) for c in counted):
        return "agrees"
    return "ok"


def audit(folder: Path, only: set[str] | None = None) -> list[dict]:
    er = _scorer()
    rows = []
    for a in er.load_answers(folder, only):
        defects = [d for d in a.get("defects", []) if d.get("kind") == "LS"]
        if not defects:
            continue
        text, by_line = _claims_by_line(a["_draft"])
        lines = text.split("\n")
        for d in defects:
            d = er.relocate(d, text)
            places = [(d["at"], d.get("line"))] + list(zip(d.get("also") or [], d.get("also_lines") or []))
            out = []
            for at, ln in places:
                claims = _near(by_line, ln, at)
                out.append(
                    {
                        "at": at,
                        "line": ln,
                        "state": _state(d.get("rule"), claims) if ln else "lost",
                        "shape": shape_of(lines, ln) if ln else "lost",
                        "claims": [
                            {
                                "line": c.location.line,
                                "group": c.group,
                                "count": c.declared_count,
                                "members": list(c.members),
                            }
                            for c in claims
                        ],
                    }
                )
            rows.append(
                {
                    "draft": a["_draft"].name,
                    "id": d["id"],
                    "rule": d.get("rule"),
                    "phrasing": d.get("phrasing", ""),
                    "places": out,
                    "gap": any(p["state"] != "ok" for p in out),
                }
            )
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", type=Path, default=ROOT / "benchmarks" / "evalset")
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--all", action="store_true", help="print defects without a gap too")
    args = ap.parse_args(argv)
    rows = audit(args.set, set(args.only) if args.only else None)
    groups: dict[str, list] = defaultdict(list)
    for r in rows:
        if not r["gap"] and not args.all:
            continue
        bad = [p for p in r["places"] if p["state"] != "ok"] or r["places"]
        groups[bad[0]["shape"]].append(r)
    for shape in sorted(groups, key=lambda s: -len(groups[s])):
        print(f"== {shape}: {len(groups[shape])}")
        for r in groups[shape]:
            print(f"  {r['draft']} {r['id']} {r['rule']}: {r['phrasing']}")
            for p in r["places"]:
                print(f"    [{p['state']}] line {p['line']}: {p['at']!r}")
                for c in p["claims"]:
                    print(f"        read: {c['group']!r} count={c['count']} members={c['members']}")
    gaps = sum(r["gap"] for r in rows)
    states: dict[str, int] = defaultdict(int)
    for r in rows:
        for p in r["places"]:
            states[p["state"]] += 1
    print(
        f"\n{len(rows)} LS defects, {gaps} with a gap; places: "
        + ", ".join(f"{k} {v}" for k, v in sorted(states.items()))
    )
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
