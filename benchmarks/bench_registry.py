"""Benchmark: load a registry of 10,000 entries and verify a draft against it.

    python benchmarks/bench_registry.py [--entries N] [--files F] [--draft DRAFT]

Generates N entries (counts, money, quantities, dates and member lists, with aliases and
sources, spread over F files in nested folders) in a temporary folder, then times, in this
process: loading and validating the registry (PyYAML's C parser when present, one
``TypeAdapter(list[Entry])`` call), building the match index, and checking the draft
(``docs/examples/issue-23.md`` by default) with the registry rules. The target is under
2 s in total for 10,000 entries. Numbers are printed, never asserted.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

THINGS = [
    "base stations",
    "satellites",
    "launch pads",
    "ground stations",
    "rockets",
    "engineers",
    "patents",
    "factories",
]
UNITS = ["km", "tonnes", "GW", "kg", "hours", "MW", "m"]
CURRENCIES = ["EUR", "CNY", "USD", "JPY", "GBP"]
COUNTRIES = [
    "China",
    "Russia",
    "Venezuela",
    "South Africa",
    "Azerbaijan",
    "Pakistan",
    "Belarus",
    "Egypt",
    "Thailand",
    "Serbia",
    "Kazakhstan",
    "Senegal",
]


def entry(i: int, rnd: random.Random) -> str:
    kind = ("count", "money", "quantity", "date", "member_list")[i % 5]
    head = (
        f"- id: bench-{kind.replace('_', '-')}-{i}\n"
        f"  statement: Benchmark entry {i}, a {kind} reviewed for the load test.\n"
        f"  kind: {kind}\n"
    )
    if kind == "count":
        body = f"  value: {rnd.randint(1, 10_000_000)}\n  thing: {rnd.choice(THINGS)} of region {i}\n"
    elif kind == "money":
        body = f"  value: {rnd.randint(1, 999)}e9\n  currency: {rnd.choice(CURRENCIES)}\n  year: {rnd.randint(1990, 2030)}\n"
    elif kind == "quantity":
        body = f"  value: {rnd.uniform(1, 5000):.1f}\n  unit: {rnd.choice(UNITS)}\n"
    elif kind == "date":
        body = f"  date: {rnd.randint(1990, 2035)}-{rnd.randint(1, 12):02d}\n  event: launch\n"
    else:
        members = rnd.sample(COUNTRIES, 5)
        body = f"  group: Benchmark Group {i}\n  members: [{', '.join(members)}]\n"
    tail = (
        f"  as_of: 2024-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}\n"
        "  sources:\n"
        f"    - title: Source number {i}\n"
        "      outlet: Benchmark Daily\n"
        "      date: 2024-05-01\n"
        f"      url: https://example.org/source/{i}\n"
        f"  status: {'verified' if i % 3 else 'unverified'}\n"
        "  reviewed_by: bench\n"
        "  reviewed_on: 2025-01-02\n"
        f"  aliases: [bench subject {i}, project {i} alpha]\n"
    )
    return head + body + tail


def generate(folder: Path, n: int, files: int) -> None:
    rnd = random.Random(22)
    per = max(1, n // files)
    for f in range(files):
        start, stop = f * per, n if f == files - 1 else (f + 1) * per
        sub = folder / f"desk-{f % 10}" / f"part-{f}.yml"
        sub.parent.mkdir(parents=True, exist_ok=True)
        sub.write_text("".join(entry(i, rnd) for i in range(start, stop)), encoding="utf-8")
    # the example draft's own entries, so the check has something to match
    (folder / "example.yml").write_text(
        (ROOT / "docs" / "examples" / "claims" / "issue-23.yml").read_text(encoding="utf-8")
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--entries", type=int, default=10_000)
    ap.add_argument("--files", type=int, default=100)
    ap.add_argument("--draft", type=Path, default=ROOT / "docs" / "examples" / "issue-23.md")
    args = ap.parse_args()

    import yaml

    from claimcheck.config import Settings
    from claimcheck.ingest import load_document
    from claimcheck.pipeline import build_rules, check_document
    from claimcheck.registry.store import load_registry

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "claims"
        generate(folder, args.entries, args.files)
        size = sum(p.stat().st_size for p in folder.rglob("*.yml"))
        # warm the imports the timed steps use (pydantic, pint, the extractors)
        load_registry(ROOT / "docs" / "examples" / "claims")
        settings = Settings(select=["RG001", "RG002", "RG003", "RG004", "RG005", "RG006"])
        rules = build_rules(settings)
        check_document(load_document(args.draft), rules, settings, load_registry(ROOT / "docs" / "examples" / "claims"))

        t0 = time.perf_counter()
        reg = load_registry(folder)
        t1 = time.perf_counter()
        index = reg.index
        t2 = time.perf_counter()
        doc = load_document(args.draft)
        kept, _ = check_document(doc, rules, settings, reg)
        t3 = time.perf_counter()

    assert not reg.errors, reg.errors[0].render()
    assert index is not None
    rg = [f for f in kept if f.rule.startswith("RG")]
    print(
        f"registry: {len(reg.entries):,} entries in {len(reg.files)} files, {size / 1e6:.1f} MB "
        f"(PyYAML C parser: {'yes' if yaml.__with_libyaml__ else 'no'})"
    )
    print(f"load + validate   {t1 - t0:6.3f} s  (the match index is built as part of loading)")
    print(f"match index       {t2 - t1:6.3f} s")
    print(f"verify the draft  {t3 - t2:6.3f} s  ({args.draft.name}: {len(rg)} registry findings)")
    print(f"total             {t3 - t0:6.3f} s  (target < 2 s)")


if __name__ == "__main__":
    main()
