#!/usr/bin/env python3
"""Score an extractor command against the peer suites in ``../shared/peers/*.jsonl``.

Protocol (``../shared/peers/README.md``): the command (``--cmd``) is started **once**; for
each case this script writes ``{"id", "text", "reference_date", "locale"}`` as one line to
its stdin and reads one line back, ``{"id", "predictions": [PRED, ...]}`` (cases are
streamed: one written, one read, so the time per case is measured here). PRED has
``kind``, ``surface``, ``start``/``end``, ``value``, ``low``/``high``, ``unit`` and
``date`` as in the README.

Matching rules
==============
* **Kinds.** A ``quantity`` prediction without a unit counts as a ``count``.
* **Scope.** Only predictions in the case's ``scope`` are scored: their kind is in
  ``scope.kinds``, they carry a value (a ``date`` for dates), and when ``scope.dims`` is
  given, their unit class passes its ``include``/``exclude`` lists. Unit classes:
  ``currency`` (money), ``dimensionless`` (counts, unitless), ``percent``,
  ``temperature`` and pint's base dimension of one-dimensional units (``[length]``,
  ``[time]``, ``[mass]``...). Predictions of other kinds or classes are ignored.
* **Value items.** An expected item is matched by an unused in-scope prediction of the
  same kind whose value is within a relative 1e-6 of the expected one (an expected range
  needs both ``low`` and ``high``, or a single value at its midpoint when the prediction
  gives no ``low``) and whose unit equals the expected ``unit`` or one of ``unit_alt``.
  Units are compared through pint: equal when both parse, have the same dimensionality
  and convert with factor 1 ("tonne" == "metric_ton"); ISO 4217 codes are defined as
  base dimensions of their own, so money matches by currency code. Among candidates,
  one whose span overlaps the expected span is preferred.
* **match_kinds.** Kinds listed in ``scope.match_kinds`` may match an expected item by
  value alone (any unit) and are never counted as false positives.
* **Dates.** ``strict``: the same ISO string at the same precision (``START/END`` for
  ranges). ``lenient`` also accepts a finer prediction that starts with the expected
  date and a range matched by two single predictions of its endpoints. Files with dates
  are scored both ways.
* **Optional items** need not be found; an otherwise unmatched prediction overlapping an
  optional item is not a false positive.
* A case is **fully right** when every non-optional expected item is matched and no
  in-scope prediction is left unmatched.

Output: a table (file, cases, fully right %, precision, recall, ms/case) and, with
``--failures N``, N failing cases per file with what was missed and what was extra;
``--report FILE`` writes the same numbers as JSON.

    python benchmarks/score_peers.py --cmd "python benchmarks/peer_adapter.py" \\
        ../shared/peers/rt_currency.jsonl ../shared/peers/rt_dimension.jsonl --failures 5
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import shlex
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

REL_TOL = 1e-6
_ISO = re.compile(r"\b[A-Z]{3}\b")


# --------------------------------------------------------------------------- units
class Units:
    """Unit comparison through pint, with ISO currency codes as their own dimensions."""

    def __init__(self) -> None:
        try:
            import pint
        except ImportError:  # pragma: no cover - the project's venv has pint
            self.reg = None
        else:
            self.reg = pint.UnitRegistry()
            for extra in ("basis_point = 0.01 * percent", "percentage_point = percent", "dozen = 12"):
                try:
                    self.reg.define(extra)
                except Exception:
                    pass
        self._cache: dict[str, Any] = {}

    def parse(self, unit: str) -> Any:
        if unit in self._cache:
            return self._cache[unit]
        out = None
        if self.reg is not None:
            for code in set(_ISO.findall(unit)):
                if code not in self.reg:
                    try:
                        self.reg.define(f"{code} = [currency_{code}]")
                    except Exception:
                        pass
            try:
                out = self.reg.parse_units(unit)
            except Exception:
                out = None
        self._cache[unit] = out
        return out

    @staticmethod
    def _empty(u: Any) -> bool:
        return u in (None, "", "dimensionless")

    def equal(self, a: str | None, b: str | None) -> bool:
        if self._empty(a) or self._empty(b):
            return self._empty(a) and self._empty(b)
        if a == b:
            return True
        pa, pb = self.parse(a), self.parse(b)  # type: ignore[arg-type]
        if pa is None or pb is None:
            return a.strip().lower().replace(" ", "") == b.strip().lower().replace(" ", "")  # type: ignore[union-attr]
        if pa == pb:
            return True
        if pa.dimensionality != pb.dimensionality:
            return False
        try:
            factor = self.reg.Quantity(1.0, pa).to(pb).magnitude  # type: ignore[union-attr]
        except Exception:
            return False
        return math.isclose(factor, 1.0, rel_tol=1e-9)

    def classes(self, pred: dict[str, Any]) -> set[str]:
        kind = pred.get("kind")
        if kind == "money":
            return {"currency"}
        unit = pred.get("unit")
        if kind == "count" or self._empty(unit):
            return {"dimensionless"}
        out: set[str] = set()
        parsed = self.parse(unit)
        if parsed is None:
            return out
        if str(parsed) in ("percent", "percentage_point", "basis_point"):
            out.add("percent")
        dims = dict(parsed.dimensionality)
        if any(d.startswith("[currency_") for d in dims):
            out.add("currency")
        if dims == {"[temperature]": 1}:
            out.add("temperature")
        if len(dims) == 1 and list(dims.values())[0] == 1:
            out.add(next(iter(dims)))
        return out


# --------------------------------------------------------------------------- matching
def _kind(pred: dict[str, Any]) -> str | None:
    if pred.get("kind") == "quantity" and pred.get("unit") in (None, "", "dimensionless"):
        return "count"
    return pred.get("kind")


def _close(a: Any, b: Any) -> bool:
    try:
        return a is not None and b is not None and math.isclose(float(a), float(b), rel_tol=REL_TOL, abs_tol=1e-9)
    except (TypeError, ValueError):
        return False


def _value_ok(exp: dict[str, Any], pred: dict[str, Any]) -> bool:
    if "low" in exp and "high" in exp:
        if _close(pred.get("low"), exp["low"]) and _close(pred.get("high"), exp["high"]):
            return True
        return pred.get("low") is None and _close(pred.get("value"), exp["value"])
    return _close(pred.get("value"), exp["value"])


_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?")


def _canon_date(s: Any) -> str | None:
    if not s:
        return None
    m = _DATE.match(str(s).strip())
    if not m:
        return None
    y, mo, d = m.groups()
    return y + (f"-{int(mo):02d}" if mo else "") + (f"-{int(d):02d}" if mo and d else "")


def _split_date(s: Any) -> tuple[str | None, str | None]:
    s = str(s or "")
    if "/" in s:
        a, b = s.split("/", 1)
        return _canon_date(a), _canon_date(b)
    return _canon_date(s), None


def _finer(exp: str | None, pred: str | None) -> bool:
    return exp is not None and pred is not None and (pred == exp or pred.startswith(exp + "-"))


def _span(pred: dict[str, Any], text: str) -> tuple[int, int] | None:
    if isinstance(pred.get("start"), int) and isinstance(pred.get("end"), int):
        return pred["start"], pred["end"]
    surface = pred.get("surface")
    if surface:
        i = text.find(surface)
        if i >= 0:
            return i, i + len(surface)
    return None


def score_case(rec: dict[str, Any], preds: list[dict[str, Any]], units: Units, date_mode: str) -> dict[str, Any]:
    scope = rec["scope"]
    text = rec["text"]
    expected = rec["expected"]

    def in_scope(p: dict[str, Any]) -> bool:
        if _kind(p) not in scope.get("kinds", []):
            return False
        if p.get("kind") == "date":
            if not p.get("date"):
                return False
        elif p.get("value") is None:
            return False
        dims = scope.get("dims")
        if dims:
            cls = units.classes(p)
            if "include" in dims and not cls & set(dims["include"]):
                return False
            if "exclude" in dims and cls & set(dims["exclude"]):
                return False
        return True

    preds = [p for p in preds if isinstance(p, dict)]
    scored = [p for p in preds if in_scope(p)]
    extra_kinds = set(scope.get("match_kinds") or []) - set(scope.get("kinds") or [])
    helpers = [p for p in preds if p not in scored and _kind(p) in extra_kinds and p.get("value") is not None]
    cands = scored + helpers
    n_scored = len(scored)
    spans = [_span(p, text) for p in cands]
    used = [False] * len(cands)
    matched = [False] * len(expected)

    def overlaps(j: int, e: dict[str, Any]) -> bool:
        sp = spans[j]
        return (
            sp is not None
            and isinstance(e.get("start"), int)
            and isinstance(e.get("end"), int)
            and min(sp[1], e["end"]) > max(sp[0], e["start"])
        )

    def pick(e: dict[str, Any], quality) -> int | None:
        best, best_key = None, None
        for j in range(len(cands)):
            if used[j]:
                continue
            q = quality(j)
            if not q:
                continue
            key = (overlaps(j, e), q, -j)
            if best_key is None or key > best_key:
                best, best_key = j, key
        return best

    for i, e in enumerate(expected):
        if e["kind"] == "date":
            ed, ee = _split_date(e.get("date"))

            def date_q(j: int, ed=ed, ee=ee) -> int:
                p = cands[j]
                if _kind(p) != "date":
                    return 0
                pd, pe = _split_date(p.get("date"))
                if pd == ed and pe == ee:
                    return 2
                if date_mode == "lenient" and _finer(ed, pd) and ((ee is None and pe is None) or _finer(ee, pe)):
                    return 1
                return 0

            j = pick(e, date_q)
            if j is not None:
                used[j] = matched[i] = True
            elif ee is not None and date_mode == "lenient":

                def single(j: int, d: str | None) -> int:
                    p = cands[j]
                    pd, pe = _split_date(p.get("date"))
                    return int(_kind(p) == "date" and pe is None and _finer(d, pd))

                ja = pick(e, lambda j, ed=ed: single(j, ed))
                if ja is not None:
                    used[ja] = True
                    jb = pick(e, lambda j, ee=ee: single(j, ee))
                    if jb is not None:
                        used[jb] = matched[i] = True
                    else:
                        used[ja] = False
            continue

        def value_q(j: int, e=e) -> int:
            p = cands[j]
            if j >= n_scored:
                return int(_value_ok(e, p))
            if _kind(p) != e["kind"]:
                return 0
            if not _value_ok(e, p):
                return 0
            alts = [e.get("unit")] + list(e.get("unit_alt") or [])
            return int(any(units.equal(u, p.get("unit")) for u in alts))

        j = pick(e, value_q)
        if j is not None:
            used[j] = matched[i] = True
    for i, e in enumerate(expected):
        if e.get("optional") and not matched[i]:
            for j in range(n_scored):
                if not used[j] and overlaps(j, e):
                    used[j] = matched[i] = True
                    break
    missed = [e for i, e in enumerate(expected) if not matched[i] and not e.get("optional")]
    spurious = [cands[j] for j in range(n_scored) if not used[j]]
    tp = sum(1 for i, e in enumerate(expected) if matched[i] and not e.get("optional"))
    return {
        "id": rec["id"],
        "tp": tp,
        "fn": len(missed),
        "fp": len(spurious),
        "fully_right": not missed and not spurious,
        "missed": missed,
        "spurious": spurious,
    }


# --------------------------------------------------------------------------- running
class Extractor:
    """The command, started once; one line written, one line read per case."""

    def __init__(self, cmd: str) -> None:
        self.proc = subprocess.Popen(
            cmd if os.name == "nt" else shlex.split(cmd),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            bufsize=1,
        )

    def ask(self, rec: dict[str, Any]) -> tuple[dict[str, Any], float]:
        assert self.proc.stdin and self.proc.stdout
        line = json.dumps(
            {
                "id": rec["id"],
                "text": rec["text"],
                "reference_date": rec.get("reference_date"),
                "locale": rec.get("locale", "en-US"),
            },
            ensure_ascii=False,
        )
        t0 = time.perf_counter()
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        while True:
            out = self.proc.stdout.readline()
            if not out:
                raise RuntimeError(f"extractor exited (code {self.proc.poll()}) at case {rec['id']}")
            out = out.strip()
            if out.startswith("{"):
                break
        ms = (time.perf_counter() - t0) * 1000
        reply = json.loads(out)
        if reply.get("id") != rec["id"]:
            raise RuntimeError(f"reply for {reply.get('id')!r} when {rec['id']!r} was asked")
        return reply, ms

    def close(self) -> None:
        if self.proc.stdin:
            self.proc.stdin.close()
        self.proc.wait(timeout=30)


def _load(paths: list[str]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for path in paths:
        recs = []
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    recs.append(json.loads(line))
        out[os.path.basename(path)] = recs
    return out


def _summary(rows: list[dict[str, Any]], times: list[float]) -> dict[str, Any]:
    tp = sum(r["tp"] for r in rows)
    fn = sum(r["fn"] for r in rows)
    fp = sum(r["fp"] for r in rows)
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    n = len(rows)
    right = sum(r["fully_right"] for r in rows)
    return {
        "cases": n,
        "fully_right": right,
        "fully_right_frac": right / n if n else 0.0,
        "tp": tp,
        "fn": fn,
        "fp": fp,
        "precision": prec,
        "recall": rec,
        "ms_per_case": sum(times) / len(times) if times else None,
    }


def main(argv: list[str] | None = None) -> int:
    here = Path(__file__).resolve().parents[1]
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("files", nargs="*", help="peer JSONL files (default: ../shared/peers/*.jsonl)")
    ap.add_argument("--cmd", default=f"{sys.executable} {here / 'benchmarks' / 'peer_adapter.py'}")
    ap.add_argument("--failures", type=int, default=0, help="print N failing cases per file")
    ap.add_argument("--report", help="write a JSON report here")
    ap.add_argument("--date-mode", choices=["strict", "lenient", "both"], default="both")
    args = ap.parse_args(argv)
    files = args.files or sorted(str(p) for p in (here.parent / "shared" / "peers").glob("*.jsonl"))
    suites = _load(files)
    units = Units()
    extractor = Extractor(args.cmd)
    report: dict[str, Any] = {"cmd": args.cmd, "files": {}}
    print(f"{'file':34} {'cases':>5} {'fully right':>12} {'prec':>7} {'recall':>7} {'ms/case':>8}")
    try:
        for name, recs in suites.items():
            replies, times = {}, []
            for rec in recs:
                reply, ms = extractor.ask(rec)
                replies[rec["id"]] = reply
                times.append(ms)
            has_dates = any(e["kind"] == "date" for r in recs for e in r["expected"]) or any(
                "date" in r["scope"].get("kinds", []) for r in recs
            )
            modes = (
                (["strict", "lenient"] if args.date_mode == "both" else [args.date_mode]) if has_dates else ["strict"]
            )
            report["files"][name] = {}
            for mode in modes:
                rows = [score_case(r, replies[r["id"]].get("predictions") or [], units, mode) for r in recs]
                s = _summary(rows, times)
                report["files"][name][mode if has_dates else "value"] = s
                label = name + (f" [{mode}]" if has_dates else "")
                print(
                    f"{label:34} {s['cases']:5d} {s['fully_right']:5d} {100 * s['fully_right_frac']:5.1f}% "
                    f"{100 * s['precision']:6.1f}% {100 * s['recall']:6.1f}% {s['ms_per_case']:8.2f}"
                )
                for row in [r for r in rows if not r["fully_right"]][: args.failures]:
                    rec = next(r for r in recs if r["id"] == row["id"])
                    print(f"   FAIL {row['id']}: {rec['text'][:140]!r}")
                    for e in row["missed"]:
                        print(
                            "      missed",
                            json.dumps(
                                {k: e.get(k) for k in ("kind", "surface", "value", "unit", "date")}, ensure_ascii=False
                            ),
                        )
                    for p in row["spurious"]:
                        print(
                            "      extra ",
                            json.dumps(
                                {k: p.get(k) for k in ("kind", "surface", "value", "unit", "date")}, ensure_ascii=False
                            ),
                        )
    finally:
        extractor.close()
    if args.report:
        with open(args.report, "w", encoding="utf-8") as fh:
            json.dump(report, fh, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
