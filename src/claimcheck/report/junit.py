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
from functools import partial

from claimcheck.findings.model import Finding, Severity
from claimcheck.findings.result import Result
from claimcheck.report.sarif import display_path
from claimcheck.report.text import finding_lines

__all__ = ["render"]

# characters XML 1.0 cannot carry at all
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: str) -> str:
    return _ILLEGAL.sub("\ufffd", text)


def _describe(f: Finding, base: str | os.PathLike[str] | None) -> str:
    """The finding as the text report prints it, paths relative to ``base``."""
    return "\n".join(finding_lines(f, partial(display_path, base=base)))


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
