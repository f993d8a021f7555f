"""Markdown for a pull-request comment (and GitHub's job summary).

A hidden marker comes first so a bot can find and update its own comment, then a
summary table (findings by severity, files, suppressed, baselined), then the findings
grouped by file, each file in a collapsible ``<details>`` block with a table of its
findings and, under each, the related places and the help line. Text from drafts is
escaped (``<``, ``>``, ``&``, ``|``, backticks and the other Markdown specials), so a
draft cannot inject markup into the comment. A comment that would pass GitHub's limit
(65,536 characters) is cut at a file boundary with a line saying how much was left out.
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from functools import partial

from claimcheck.findings.model import Finding
from claimcheck.findings.result import Result
from claimcheck.report.sarif import display_path
from claimcheck.report.text import place, severity_counts

__all__ = ["MARKER", "MAX_CHARS", "escape", "render"]

MARKER = "<!-- claimcheck-report -->"
MAX_CHARS = 65_000  # GitHub refuses comments over 65,536 characters
_ICONS = {"error": "🔴", "warning": "🟠", "info": "🔵"}
_SPECIAL = re.compile(r"([\\`*_{}\[\]#|~])")


def escape(text: str) -> str:
    """Text safe inside Markdown (tables included): HTML entities and escaped specials."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _SPECIAL.sub(r"\\\1", text)
    return re.sub(r"\s*[\r\n]+\s*", " ", text)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def summary_table(result: Result) -> list[str]:
    by = severity_counts(result.findings)
    rows = [
        "| | Count |",
        "| --- | ---: |",
        f"| {_ICONS['error']} Errors | {by['error']} |",
        f"| {_ICONS['warning']} Warnings | {by['warning']} |",
        f"| {_ICONS['info']} Info | {by['info']} |",
        f"| Files checked | {len(result.files)} |",
    ]
    if result.suppressed:
        rows.append(f"| Suppressed inline | {len(result.suppressed)} |")
    baseline = getattr(result, "baseline", None)
    if baseline is not None:
        rows.append(f"| In the baseline | {len(baseline.baselined)} |")
        rows.append(f"| Baseline entries gone | {sum(e.missing for e in baseline.stale)} |")
    if result.errors:
        rows.append(f"| Drafts not read | {len(result.errors)} |")
    return rows


def _file_section(path: str, findings: list[Finding], base: str | os.PathLike[str] | None, open_: bool) -> str:
    counts = ", ".join(_plural(k, s) for s, k in severity_counts(findings).items() if k)
    lines = [
        f"<details{' open' if open_ else ''}>",
        f"<summary><b>{escape(display_path(path, base))}</b> — {counts}</summary>",
        "",
        "| | Line | Rule | Finding |",
        "| --- | ---: | --- | --- |",
    ]
    for f in findings:
        detail = escape(f.message)
        extras = [
            f"↳ {escape(place(r.location, partial(display_path, base=base)))}: {escape(r.message)}" for r in f.related
        ]
        if f.help:
            extras.append(f"help: {escape(f.help)}")
        if extras:
            detail += "<br>" + "<br>".join(extras)
        line = f"{f.location.line}:{f.location.column}"
        if f.location.page:
            line += f" (p. {f.location.page})"
        lines.append(f"| {_ICONS[f.severity.value]} | {line} | `{f.rule}` {f.name} | {detail} |")
    lines += ["", "</details>", ""]
    return "\n".join(lines)


def render(
    result: Result,
    *,
    base: str | os.PathLike[str] | None = None,
    title: str = "claimcheck",
    max_chars: int = MAX_CHARS,
    **_: object,
) -> str:
    n = len(result.findings)
    head = [MARKER, f"### {escape(title)}: {_plural(n, 'finding')} in {_plural(len(result.files), 'file')}", ""]
    if not n and not result.errors:
        head.append("✅ No findings.")
        head.append("")
    head += summary_table(result)
    head.append("")
    if result.errors:
        head.append("**Drafts that could not be read:**")
        head.append("")
        for e in result.errors:
            head.append(f"- `{e.code}` {escape(e.one_line())}")
        head.append("")
    baseline = getattr(result, "baseline", None)
    if baseline is not None and baseline.stale:
        head.append(
            f"<details><summary>{len(baseline.stale)} baseline "
            f"entr{'y no longer occurs' if len(baseline.stale) == 1 else 'ies no longer occur'}"
            " (update the baseline)</summary>\n"
        )
        for e in baseline.stale:
            head.append(f"- `{e.rule}` {escape(display_path(e.path, base))}: {escape(e.message)} (×{e.missing})")
        head += ["", "</details>", ""]
    by_file: dict[str, list[Finding]] = defaultdict(list)
    for f in result.findings:
        by_file[f.location.path].append(f)
    text = "\n".join(head) + "\n"
    sections = [_file_section(path, fs, base, open_=len(by_file) <= 3) for path, fs in by_file.items()]
    for i, section in enumerate(sections):
        if len(text) + len(section) > max_chars:
            left = sum(len(fs) for fs in list(by_file.values())[i:])
            text += (
                f"\n… {_plural(left, 'more finding')} in {_plural(len(sections) - i, 'more file')} "
                "not shown (comment size limit); see the full report in the CI logs.\n"
            )
            break
        text += section
    return text
