"""GitHub Actions output: workflow-command annotations, plus a Markdown job summary.

Each finding becomes ``::error file=PATH,line=L,col=C,title=CODE name::message`` (``warning``
and ``notice`` for the other severities). When the finding knows where its words end, the
annotation covers them: ``endLine`` and ``endColumn`` (exclusive) for words on one line;
``endLine`` alone, without columns, for words that run over lines (the runner drops columns
when ``line`` and ``endLine`` differ). Properties are escaped as the runner expects: in the message
``%`` → ``%25``, CR → ``%0D``, LF → ``%0A``; in property values also ``:`` → ``%3A`` and
``,`` → ``%2C``. Spaces need no escaping, so a path with spaces stays as it is. The message
carries the related places and the help line on further (escaped) lines.

GitHub shows at most 10 error and 10 warning annotations per step (notices are held to
the same 10 here). Findings past that are printed as plain ``path:line:col: severity CODE
message`` lines, and a closing line says how many were not annotated.

When ``step_summary`` names a file (the CLI passes ``$GITHUB_STEP_SUMMARY``), the
pull-request Markdown report (:mod:`claimcheck.report.markdown`) is appended to it in a
single ``write`` of the whole text: the file is shared by every step of the job, so it is
appended to, never replaced (an atomic rename would drop the other steps' summaries).
"""

from __future__ import annotations

import os
from functools import partial
from pathlib import Path

from claimcheck.findings.model import Finding
from claimcheck.findings.result import Result
from claimcheck.report.markdown import render as markdown
from claimcheck.report.sarif import display_path
from claimcheck.report.text import headline, place, summary_line

__all__ = ["ANNOTATION_LIMIT", "annotation", "append_summary", "escape_data", "escape_property", "log_safe", "render"]

#: annotations GitHub shows per step, per kind
ANNOTATION_LIMIT = 10
_COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    return log_safe(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def log_safe(text: str) -> str:
    """Text that the GitHub runner will not read as a workflow command, whatever a draft or
    a file name holds. The runner reads a line as a command when, after leading
    whitespace, it starts with ``::`` (``::add-mask::``, ``::stop-commands::``), or when it
    holds ``##[`` anywhere (the older ``##[command]`` form). Both are broken up visibly:
    ``::`` at a line's start becomes ``: :`` and ``##[`` becomes ``# #[``."""
    if "::" not in text and "##[" not in text:
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        line = line.replace("##[", "# #[")
        stripped = line.lstrip()
        if stripped.startswith("::"):
            cut = len(line) - len(stripped)
            line = line[:cut] + ": :" + stripped[2:]
        lines[i] = line
    return "\n".join(lines)


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _message(f: Finding, base: str | os.PathLike[str] | None) -> str:
    lines = [f.message]
    lines += [f"{place(r.location, partial(display_path, base=base))}: {r.message}" for r in f.related]
    if f.help:
        lines.append(f"help: {f.help}")
    return "\n".join(lines)


def annotation(f: Finding, base: str | os.PathLike[str] | None = None) -> str:
    props = {"file": display_path(f.location.path, base), "line": str(f.location.line)}
    end = f.end
    if end is not None and end.line != f.location.line:  # columns only on one line
        props["endLine"] = str(end.line)
    else:
        props["col"] = str(f.location.column)
        if end is not None and end.column > f.location.column:
            props["endLine"] = str(end.line)
            props["endColumn"] = str(end.column)
    props["title"] = f"{f.rule} {f.name}"
    head = ",".join(f"{k}={escape_property(v)}" for k, v in props.items())
    return f"::{_COMMAND[f.severity.value]} {head}::{escape_data(_message(f, base))}"


def _plain(f: Finding, base: str | os.PathLike[str] | None) -> str:
    text = headline(f, partial(display_path, base=base))
    # a plain line must not be read as a workflow command, nor span lines
    return log_safe(text.replace("\r", " ").replace("\n", " "))


def _in_changed_lines(f: Finding, changed: dict[Path, set[int]]) -> bool:
    lines = changed.get(Path(f.location.path).resolve())
    return lines is None or f.location.line in lines  # a file without a diff is new: all changed


def render(
    result: Result,
    *,
    base: str | os.PathLike[str] | None = None,
    step_summary: str | None = None,
    changed_lines: dict[Path, set[int]] | None = None,
    **_: object,
) -> str:
    """``changed_lines`` (``--changed-since``): per file, the lines the change touched.
    GitHub shows few annotations per step, so they go first to findings on those lines;
    the others follow as plain lines, in report order."""
    lines: list[str] = []
    shown = {"error": 0, "warning": 0, "info": 0}
    overflow = []
    order = list(result.findings)
    if changed_lines is not None:
        order.sort(key=lambda f: not _in_changed_lines(f, changed_lines))  # stable: report order within
    for f in order:
        sev = f.severity.value
        if shown[sev] < ANNOTATION_LIMIT:
            shown[sev] += 1
            lines.append(annotation(f, base))
        else:
            overflow.append(f)
    for e in result.errors:
        props = f"file={escape_property(display_path(e.path, base))}," if e.path else ""
        if e.path and e.line:
            props += f"line={e.line},"
        lines.append(f"::error {props}title={escape_property(e.code)}::{escape_data(e.one_line())}")
    if overflow:
        lines += [_plain(f, base) for f in overflow]
        lines.append(
            f"{len(overflow)} more finding{'s were' if len(overflow) != 1 else ' was'} not annotated: "
            f"GitHub shows at most {ANNOTATION_LIMIT} error and {ANNOTATION_LIMIT} warning annotations "
            "per step (see the lines above, the job summary or the SARIF upload)"
        )
    lines.append(log_safe(summary_line(result)))
    if step_summary:
        try:
            append_summary(step_summary, markdown(result, base=base))
        except OSError as exc:  # the gate's verdict must not depend on the summary file
            msg = f"could not append the job summary to {step_summary}: {exc.strerror or exc}"
            lines.append(f"::warning title=claimcheck::{escape_data(msg)}")
    return "\n".join(lines) + "\n"


def append_summary(path: str | os.PathLike[str], text: str) -> None:
    """Append ``text`` to ``path`` in one ``write`` (O_APPEND), creating the file if needed."""
    data = text.encode("utf-8")
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        written = os.write(fd, data)
        while written < len(data):  # a short write (a full disk, a signal): finish it
            written += os.write(fd, data[written:])
    finally:
        os.close(fd)
