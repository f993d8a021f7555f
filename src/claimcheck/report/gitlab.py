"""GitLab Code Quality: the JSON GitLab shows in merge requests (``--output-format gitlab``).

GitLab has no SARIF view for linters; its Code Quality widget reads a JSON array of
issues, each with ``description``, ``check_name``, ``fingerprint``, ``severity`` (``info``,
``minor``, ``major``, ``critical``, ``blocker``) and ``location`` (``path`` relative to the
repository root, ``lines.begin`` and, when the finding knows where its words end,
``lines.end``). Fingerprints are claimcheck's own, so an issue keeps its
identity when lines move. Drafts that could not be read are ``blocker`` issues.
"""

from __future__ import annotations

import hashlib
import json
import os

from claimcheck.findings.model import Finding
from claimcheck.findings.result import Result
from claimcheck.report.sarif import display_path, repository_root

__all__ = ["SEVERITIES", "render"]

#: claimcheck severity -> Code Quality severity
SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


def _lines(f: Finding) -> dict[str, int]:
    lines = {"begin": f.location.line}
    if f.end is not None:
        lines["end"] = f.end.line
    return lines


def render(result: Result, *, base: str | os.PathLike[str] | None = None, **_: object) -> str:
    base = base if base is not None else repository_root()
    issues = []
    for f in result.findings:
        text = f.message + (f" (help: {f.help})" if f.help else "")
        issues.append(
            {
                "type": "issue",
                "description": f"{f.rule} {text}",
                "check_name": f"{f.rule} {f.name}",
                "categories": ["Style"],
                "fingerprint": f.fingerprint,
                "severity": SEVERITIES[f.severity.value],
                "location": {"path": display_path(f.location.path, base), "lines": _lines(f)},
            }
        )
    for e in result.errors:
        where = display_path(e.path, base) if e.path else "."
        issues.append(
            {
                "type": "issue",
                "description": e.one_line(),
                "check_name": e.code,
                "categories": ["Bug Risk"],
                "fingerprint": hashlib.sha256(f"{e.code}\x1f{where}\x1f{e.message}".encode()).hexdigest()[:32],
                "severity": "blocker",
                "location": {"path": where, "lines": {"begin": e.line or 1}},
            }
        )
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"
