"""JUnit XML, for CI systems that show test reports (GitLab's ``artifacts:reports:junit``,
Jenkins, Azure Pipelines).

One ``<testsuite>`` per draft (named by its path), one ``<testcase>`` per rule that ran on
it (``classname`` the path, ``name`` ``CODE name``). A rule with findings in that draft
fails its test case: the ``<failure>`` element's ``message`` counts them and its text lists
each one with its place, related places and help. A finding below ``--fail-on`` is still
listed, as ``<system-out>`` of a passing case, so the report matches the exit status. A
draft that could not be read has a single ``read`` case with an ``<error>``.
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from collections import defaultdict

from claimcheck.document import Location
from claimcheck.findings.model import Finding, Severity
from claimcheck.findings.result import Result
from claimcheck.report.sarif import display_path

__all__ = ["render"]

# characters XML 1.0 cannot carry at all
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: str) -> str:
    return _ILLEGAL.sub("\ufffd", text)


def _place(loc: Location, base: str | os.PathLike[str] | None) -> str:
    text = f"{display_path(loc.path, base)}:{loc.line}:{loc.column}"
    return f"{text} (page {loc.page})" if loc.page else text


def _describe(f: Finding, base: str | os.PathLike[str] | None) -> str:
    lines = [f"{_place(f.location, base)}: {f.severity.value} {f.rule} {f.message}"]
    lines += [f"    {_place(r.location, base)}: note: {r.message}" for r in f.related]
    if f.help:
        lines.append(f"    help: {f.help}")
    return "\n".join(lines)


def render(result: Result, *, base: str | os.PathLike[str] | None = None, fail_on: str = "warning", **_: object) -> str:
    rules = list(result.rules)
    known = {code for code, _ in rules}
    for f in result.findings:  # a finding from a rule not listed still gets its case
        if f.rule not in known:
            rules.append((f.rule, f.name))
            known.add(f.rule)
    rules.sort()
    by_file: dict[str, dict[str, list[Finding]]] = defaultdict(lambda: defaultdict(list))
    for f in result.findings:
        by_file[f.location.path][f.rule].append(f)
    errors = {e.path: e for e in result.errors if e.path}

    root = ET.Element("testsuites", name="claimcheck")
    total = {"tests": 0, "failures": 0, "errors": 0}
    for path in result.files:
        shown = display_path(path, base)
        suite = ET.SubElement(root, "testsuite", name=_clean(shown))
        counts = {"tests": 0, "failures": 0, "errors": 0}
        if path in errors:
            e = errors[path]
            case = ET.SubElement(suite, "testcase", classname=_clean(shown), name="read")
            err = ET.SubElement(case, "error", message=_clean(e.one_line()), type=e.code)
            err.text = _clean(e.render())
            counts["tests"] += 1
            counts["errors"] += 1
        else:
            for code, name in rules:
                found = by_file[path].get(code, [])
                case = ET.SubElement(suite, "testcase", classname=_clean(shown), name=f"{code} {name}")
                counts["tests"] += 1
                if not found:
                    continue
                text = _clean("\n".join(_describe(f, base) for f in found))
                failing = [f for f in found if f.severity.fails(fail_on)]
                if failing:
                    worst = max(f.severity.rank for f in found)
                    n = len(found)
                    fail = ET.SubElement(
                        case,
                        "failure",
                        message=f"{n} finding{'s' if n != 1 else ''} of {code} {name}",
                        type=[s.value for s in Severity if s.rank == worst][0],
                    )
                    fail.text = text
                    counts["failures"] += 1
                else:
                    ET.SubElement(case, "system-out").text = text
        for key, value in counts.items():
            suite.set(key, str(value))
            total[key] += value
        suite.set("skipped", "0")
    for key, value in total.items():
        root.set(key, str(value))
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
