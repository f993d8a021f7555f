"""Plain text: one finding per line, ``path:line:column: severity CODE message``.

Related places follow, indented, as ``path:line:column: note: message``, then the help
line. A summary closes the report. For PDF files the page is added in parentheses.
"""

from __future__ import annotations

from typing import Callable, Iterable

from claimcheck.errors import RegistryError
from claimcheck.document import Location
from claimcheck.findings.model import Finding
from claimcheck.findings.result import Result


#: the severities, gravest first, as reports count and list them
SEVERITIES = ("error", "warning", "info")


def severity_counts(findings: Iterable[Finding]) -> dict[str, int]:
    """How many findings there are of each severity, gravest first (zeros included)."""
    counts = dict.fromkeys(SEVERITIES, 0)
    for f in findings:
        counts[f.severity.value] += 1
    return counts


def place(loc: Location, shown: Callable[[str], str] = str) -> str:
    """``path:line:column``, with ``(page N)`` for PDF files; ``shown`` gives the path to
    print (the location's own by default; the JUnit, GitHub and Markdown reports show it
    relative to a base, ``partial(display_path, base=base)``)."""
    text = f"{shown(loc.path)}:{loc.line}:{loc.column}"
    return f"{text} (page {loc.page})" if loc.page else text


def headline(f: Finding, shown: Callable[[str], str] = str) -> str:
    """``path:line:column: severity CODE message``: a finding on one line."""
    return f"{place(f.location, shown)}: {f.severity.value} {f.rule} {f.message}"


def finding_lines(f: Finding, shown: Callable[[str], str] = str, show_help: bool = True) -> list[str]:
    """A finding as the text report prints it: its headline, each related place as an
    indented note, then its help."""
    lines = [headline(f, shown)]
    lines += [f"    {place(rel.location, shown)}: note: {rel.message}" for rel in f.related]
    if show_help and f.help:
        lines.append(f"    help: {f.help}")
    return lines


def render(result: Result, *, show_help: bool = True, **_: object) -> str:
    lines: list[str] = []
    for f in result.findings:
        lines += finding_lines(f, show_help=show_help)
    lines.append(summary_line(result))
    return "\n".join(lines) + "\n"


def render_concise(result: Result, **_: object) -> str:
    """One line per finding, ``path:line:column: severity CODE message``: what editors scan
    and CI problem matchers parse. No related places, no help, no summary."""
    return "".join(f"{headline(f)}\n" for f in result.findings)


def render_statistics(result: Result) -> str:
    """Findings counted per rule, most frequent first (ruff's ``--statistics``)."""
    counts: dict[tuple[str, str, str], int] = {}
    for f in result.findings:
        key = (f.rule, f.name, f.severity.value)
        counts[key] = counts.get(key, 0) + 1
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0][0]))
    width = max((len(str(n)) for _, n in rows), default=1)
    lines = [f"{n:>{width}}  {code}  {name} ({sev})" for (code, name, sev), n in rows]
    lines.append(summary_line(result))
    return "\n".join(lines) + "\n"


def summary_line(result: Result) -> str:
    registry = [e for e in result.errors if isinstance(e, RegistryError)]
    if registry:  # the registry stops the run before any draft is read: say that, not "a file"
        k = len(registry)
        return (
            f"no draft checked: {k} problem{'s' if k != 1 else ''} in the registry of reviewed claims "
            "(`claimcheck claims check` lists them)"
        )
    n = len(result.findings)
    parts = [f"{k} {s}{'s' if k != 1 else ''}" for s, k in severity_counts(result.findings).items() if k]
    files = len(result.files)
    text = f"{n} finding{'s' if n != 1 else ''}"
    if parts:
        text += f" ({', '.join(parts)})"
    text += f" in {files} file{'s' if files != 1 else ''}"
    if result.suppressed:
        text += f"; {len(result.suppressed)} suppressed"
    if result.errors:
        text += f"; {len(result.errors)} file{'s' if len(result.errors) != 1 else ''} could not be read"
    return text
