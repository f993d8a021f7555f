"""Judged precision per rule, from the judged sample ``benchmarks/judged/*.yml``.

    python benchmarks/precision.py [--judged DIR] [--no-run] [--write-package-data]

The judged sample is one YAML file per rule family (``benchmarks/judged/AC.yml`` ...).
Each entry is one finding claimcheck reported on a real published
document of ``../shared/realdocs`` (rule, file, line, fingerprint, message), with an
editor's verdict: ``true`` (a real defect the editor would fix), ``debatable`` (a matter
of house style or judgement) or ``false`` (a false alarm), and a reason in our own words.

Precision of a rule = (true + debatable / 2) / judged. A rule is in the default set only
when its precision is at least 80% (``DEFAULT_THRESHOLD``); rules with nothing judged
(they never fired on the collection) keep their place.

The script re-runs every rule on the judged documents and flags verdicts whose finding no
longer occurs (``stale``: the rule changed; judge its new findings with
``bench_precision.py --sample``); precision counts current verdicts only. ``--no-run``
counts every verdict without re-running. ``--write-package-data`` writes the counts that
``claimcheck rules`` shows into ``src/claimcheck/data/precision.json``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from _realdocs import ROOT, available, check_all, manifest

JUDGED = ROOT / "benchmarks" / "judged"
PACKAGE_DATA = ROOT / "src" / "claimcheck" / "data" / "precision.json"
VERDICTS = ("true", "debatable", "false")


def load(folder: Path = JUDGED) -> list[dict]:
    import yaml

    entries = []
    for path in sorted(folder.glob("*.yml")):
        for i, e in enumerate(yaml.safe_load(path.read_text(encoding="utf-8")) or []):
            where = f"{path.name}: entry {i + 1} ({e.get('rule')} {e.get('file')}:{e.get('line')})"
            if e.get("verdict") not in VERDICTS:
                raise SystemExit(f"{where}: verdict must be one of {', '.join(VERDICTS)}")
            if not str(e.get("reason", "")).strip():
                raise SystemExit(f"{where}: give the verdict a reason")
            entries.append(e)
    return entries


def counts(entries: list[dict]) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(VERDICTS, 0))
    for e in entries:
        out[e["rule"]][e["verdict"]] += 1
    return {k: dict(v) for k, v in sorted(out.items())}


def precision(c: dict[str, int]) -> float | None:
    n = sum(c.values())
    return (c["true"] + c["debatable"] / 2) / n if n else None


def package_data(entries: list[dict]) -> str:
    data = {code: {**c, "precision": round(precision(c), 3)} for code, c in counts(entries).items()}
    return (
        json.dumps(
            {"source": "benchmarks/judged/*.yml (editor's verdicts on ../shared/realdocs)", "rules": data}, indent=2
        )
        + "\n"
    )


def current(entries: list[dict]) -> tuple[list[dict], list[dict]]:
    """(entries whose finding still occurs, stale entries), re-running every rule."""
    from bench_precision import all_codes

    files = {e["file"] for e in entries}
    wanted = [m for m in manifest() if m["file"] in files]
    found: dict[str, set[str]] = {}
    for r in check_all(wanted, select=all_codes()):
        found[r.file] = {f.fingerprint for f in r.findings}
    live = [e for e in entries if e["fingerprint"] in found.get(e["file"], set())]
    stale = [e for e in entries if e not in live]
    return live, stale


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--judged", type=Path, default=JUDGED)
    ap.add_argument("--no-run", action="store_true")
    ap.add_argument("--write-package-data", action="store_true")
    args = ap.parse_args(argv)
    entries = load(args.judged)
    if args.write_package_data:
        PACKAGE_DATA.write_text(package_data(entries), encoding="utf-8")
        print(f"wrote {PACKAGE_DATA.relative_to(ROOT)}")
    stale: list[dict] = []
    if not args.no_run:
        if not available():
            print("precision: ../shared/realdocs is absent: counting every verdict without re-running")
        else:
            entries, stale = current(entries)
    from claimcheck.rules.catalogue import RULES
    from claimcheck.rules.docs import default_status

    default = {r.code: default_status(r)[0] for r in RULES}
    print(f"{'rule':<6} {'judged':>6} {'true':>5} {'debat':>5} {'false':>5} {'precision':>9}  default")
    for code, c in counts(entries).items():
        p = precision(c)
        flag = "yes" if default.get(code, True) else "no"
        if default.get(code, True) and p < 0.8:
            flag += "  << under 80%: should leave the default set"
        print(f"{code:<6} {sum(c.values()):>6} {c['true']:>5} {c['debatable']:>5} {c['false']:>5} {p:>9.0%}  {flag}")
    for e in stale:
        print(f"stale: {e['rule']} {e['file']}:{e['line']} no longer reported ({e['verdict']}: {e['reason']})")
    print(f"precision: {len(entries)} current verdicts, {len(stale)} stale")
    return 0


if __name__ == "__main__":
    sys.exit(main())
