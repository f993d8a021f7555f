"""Baselines: accept today's findings, fail only on new ones.

``claimcheck verify --write-baseline FILE`` records the findings of a run; ``--baseline
FILE`` then fails only on findings not recorded there. A finding is known by its
fingerprint (rule, path and the normalised text it is about — never its line), so
editing a paragraph above it keeps it baselined. Identical findings (the same subject
twice in a file) share a fingerprint: the baseline keeps a count per fingerprint, and a
run with more of them than recorded reports the extra ones as new.

The file is JSON, written atomically, sorted so it diffs well in review::

    {"version": 1, "tool": "claimcheck",
     "findings": [{"fingerprint": "…", "count": 1, "rule": "FN001", "path": "…",
                   "message": "…"}]}

``rule``, ``path`` and ``message`` are for people (and for saying which entries no longer
occur); only ``fingerprint`` and ``count`` decide.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

from claimcheck.errors import UsageError
from claimcheck.fileio import write_output
from claimcheck.findings.model import Finding

if TYPE_CHECKING:
    from claimcheck.findings.result import Result

__all__ = [
    "BASELINE_VERSION",
    "Baseline",
    "BaselineOutcome",
    "StaleEntry",
    "apply_baseline",
    "load_baseline",
    "write_baseline",
]

BASELINE_VERSION = 1


@dataclass(frozen=True)
class Entry:
    fingerprint: str
    count: int
    rule: str
    path: str
    message: str


@dataclass(frozen=True)
class StaleEntry:
    """A baseline entry (or some of its count) that no longer occurs."""

    fingerprint: str
    rule: str
    path: str
    message: str
    missing: int


@dataclass
class Baseline:
    entries: dict[str, Entry] = field(default_factory=dict)

    @classmethod
    def from_findings(cls, findings: Iterable[Finding]) -> "Baseline":
        counts: Counter[str] = Counter()
        first: dict[str, Finding] = {}
        for f in sorted(findings, key=lambda f: f.sort_key):
            fp = f.fingerprint
            counts[fp] += 1
            first.setdefault(fp, f)
        entries = {
            fp: Entry(fp, counts[fp], first[fp].rule, first[fp].location.path, first[fp].message) for fp in counts
        }
        return cls(entries)

    def to_json(self) -> str:
        rows = sorted(self.entries.values(), key=lambda e: (e.path, e.rule, e.fingerprint))
        data = {
            "version": BASELINE_VERSION,
            "tool": "claimcheck",
            "findings": [
                {"fingerprint": e.fingerprint, "count": e.count, "rule": e.rule, "path": e.path, "message": e.message}
                for e in rows
            ],
        }
        return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n"

    @property
    def total(self) -> int:
        return sum(e.count for e in self.entries.values())


@dataclass
class BaselineOutcome:
    """What applying a baseline did: the findings it absorbed and the entries gone."""

    path: str
    baselined: list[Finding] = field(default_factory=list)
    stale: list[StaleEntry] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        """For the JSON report's ``summary.baseline``."""
        return {
            "file": self.path,
            "baselined": len(self.baselined),
            "stale": [
                {
                    "fingerprint": s.fingerprint,
                    "rule": s.rule,
                    "path": s.path,
                    "message": s.message,
                    "missing": s.missing,
                }
                for s in self.stale
            ],
        }

    def notes(self) -> list[str]:
        """Lines for standard error."""
        out = []
        if self.baselined:
            n = len(self.baselined)
            out.append(f"note: {n} finding{'s' if n != 1 else ''} in the baseline {self.path} not reported")
        if self.stale:
            n = sum(s.missing for s in self.stale)
            out.append(
                f"note: {n} baseline entr{'y' if n == 1 else 'ies'} no longer occur{'s' if n == 1 else ''}; "
                f"update it with --write-baseline {self.path}:"
            )
            for s in self.stale:
                times = f" (×{s.missing})" if s.missing > 1 else ""
                out.append(f"    {s.path}: {s.rule} {s.message}{times}")
        return out


def _bad(path: str, why: str) -> UsageError:
    return UsageError(
        f"cannot use the baseline: {why}",
        path=path,
        hint="write one with `claimcheck verify --write-baseline FILE DRAFTS`",
        code="E411",
    )


def load_baseline(path: str | Path) -> Baseline:
    p = Path(path)
    try:
        raw = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise _bad(str(path), "no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise _bad(str(path), getattr(exc, "strerror", None) or str(exc)) from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise UsageError(
            f"cannot use the baseline: not valid JSON ({exc.msg})",
            path=str(path),
            line=exc.lineno,
            column=exc.colno,
            hint="write it again with --write-baseline",
            code="E411",
        ) from None
    if not isinstance(data, dict) or data.get("tool") != "claimcheck" or not isinstance(data.get("findings"), list):
        raise _bad(str(path), 'not a claimcheck baseline (no "tool": "claimcheck" and "findings" list)')
    if data.get("version") != BASELINE_VERSION:
        raise _bad(str(path), f"baseline version {data.get('version')!r} is not {BASELINE_VERSION}")
    entries: dict[str, Entry] = {}
    for i, row in enumerate(data["findings"]):
        try:
            fp, count = row["fingerprint"], int(row.get("count", 1))
            if not isinstance(fp, str) or count < 1:
                raise ValueError
        except (KeyError, TypeError, ValueError):
            raise _bad(str(path), f'entry {i + 1} needs a "fingerprint" string and a positive "count"') from None
        prev = entries.get(fp)
        entries[fp] = Entry(
            fp,
            count + (prev.count if prev else 0),
            str(row.get("rule", "")),
            str(row.get("path", "")),
            str(row.get("message", "")),
        )
    return Baseline(entries)


def _norm(path: str) -> str:
    import os

    return os.path.normpath(path)


def write_baseline(
    path: str | Path,
    findings: Iterable[Finding],
    *,
    inputs: Iterable[str | Path] = (),
    checked: Iterable[str] | None = None,
) -> Baseline:
    """Record ``findings`` in the baseline file at ``path``.

    With ``checked`` (the drafts this run read), the entries an existing baseline holds for
    drafts that were *not* checked (``--changed-since``, or a subset of drafts named) are
    kept as they were: a partial run never drops what it did not look at."""
    baseline = Baseline.from_findings(findings)
    if checked is not None and Path(path).is_file():
        seen = {_norm(p) for p in checked}
        try:
            old = load_baseline(path)
        except UsageError:
            old = Baseline()
        for fp, entry in old.entries.items():
            if _norm(entry.path) not in seen and fp not in baseline.entries:
                baseline.entries[fp] = entry
    write_output(path, baseline.to_json(), inputs=inputs)
    return baseline


def apply_baseline(result: Result, baseline: Baseline, path: str = "baseline") -> BaselineOutcome:
    """Move the findings ``baseline`` covers out of ``result.findings``; set ``result.baseline``.

    Findings are taken in their (deterministic) report order: with a count of 2 for a
    fingerprint, the first two findings with it are baselined and any further one is new.
    """
    budget = {fp: e.count for fp, e in baseline.entries.items()}
    kept, absorbed = [], []
    for f in result.findings:
        fp = f.fingerprint
        if budget.get(fp, 0) > 0:
            budget[fp] -= 1
            absorbed.append(f)
        else:
            kept.append(f)
    checked = {_norm(p) for p in result.files}
    stale = [  # an entry of a draft this run did not read is not stale: nobody looked
        StaleEntry(fp, e.rule, e.path, e.message, budget[fp])
        for fp, e in sorted(baseline.entries.items(), key=lambda kv: (kv[1].path, kv[1].rule, kv[0]))
        if budget[fp] > 0 and _norm(e.path) in checked
    ]
    outcome = BaselineOutcome(path=str(path), baselined=absorbed, stale=stale)
    result.findings = kept
    result.baseline = outcome
    return outcome
