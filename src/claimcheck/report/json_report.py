"""JSON output: the contract documented in docs/json-output.md (version 1)."""

from __future__ import annotations

import json
from typing import Any

from claimcheck.document import Location
from claimcheck.findings.model import Finding
from claimcheck.findings.result import Result
from claimcheck.report.text import severity_counts

SCHEMA_VERSION = 1


def _loc(loc: Location) -> dict[str, Any]:
    out: dict[str, Any] = {"path": loc.path, "line": loc.line, "column": loc.column}
    if loc.page is not None:
        out["page"] = loc.page
    return out


def _end(loc: Location | None) -> dict[str, Any] | None:
    """Where the finding's words end: the line and the column after their last character."""
    if loc is None:
        return None
    out: dict[str, Any] = {"line": loc.line, "column": loc.column}
    if loc.page is not None:
        out["page"] = loc.page
    return out


def finding_dict(f: Finding) -> dict[str, Any]:
    return {
        "rule": f.rule,
        "name": f.name,
        "severity": f.severity.value,
        "message": f.message,
        **_loc(f.location),
        "end": _end(f.end),
        "related": [{**_loc(r.location), "message": r.message} for r in f.related],
        "help": f.help,
        "fingerprint": f.fingerprint,
    }


def render(result: Result, **_: object) -> str:
    by_sev = severity_counts(result.findings)
    by_rule: dict[str, int] = {}
    for f in result.findings:
        by_rule[f.rule] = by_rule.get(f.rule, 0) + 1
    doc: dict[str, Any] = {
        "version": SCHEMA_VERSION,
        "findings": [finding_dict(f) for f in result.findings],
        "errors": [
            {"code": e.code, "message": e.message, "path": e.path, "line": e.line, "column": e.column, "hint": e.hint}
            for e in result.errors
        ],
        "summary": {
            "files": len(result.files),
            "findings": len(result.findings),
            "by_severity": by_sev,
            "by_rule": dict(sorted(by_rule.items())),
            "suppressed": len(result.suppressed),
            "errors": len(result.errors),
        },
    }
    if result.baseline is not None:  # verify --baseline FILE
        doc["summary"]["baseline"] = result.baseline.summary()
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
