"""Documentation generated from the rules' docstrings: ``claimcheck rules``/``rule``,
and ``docs/rules.md`` (a test checks the file is up to date)."""

from __future__ import annotations

import json

from claimcheck.rules.base import Rule
from claimcheck.rules.catalogue import FAMILIES, RULES


def rule_page(rule: type[Rule]) -> str:
    head = f"# {rule.code} {rule.name}\n\nSeverity: {rule.severity.value} · Family: {FAMILIES.get(rule.family(), rule.family())}\n"
    if rule.needs:
        head += f"Reads claims: {', '.join(rule.needs)}\n"
    return f"{head}\n{rule.doc()}\n"


def catalogue_text() -> str:
    width = max(len(r.name) for r in RULES)
    lines = [f"{r.code}  {r.name:<{width}}  {r.severity.value:<7}  {r.summary()}" for r in RULES]
    lines.append("CC001  " + "unused-suppression".ljust(width) + "  warning  An inline suppression comment matches no finding.")
    return "\n".join(lines) + "\n"


def catalogue_markdown() -> str:
    out = [
        "# Rules",
        "",
        "Generated from the rules' docstrings by `claimcheck rules --format markdown`; do not edit.",
        "",
        "| Code | Name | Severity | Summary |",
        "| --- | --- | --- | --- |",
    ]
    for r in RULES:
        out.append(f"| [{r.code}](#{r.code.lower()}-{r.name}) | {r.name} | {r.severity.value} | {r.summary()} |")
    out.append("| CC001 | unused-suppression | warning | An inline suppression comment matches no finding. |")
    out.append("")
    for r in RULES:
        page = rule_page(r).replace("\n## ", "\n### ").replace(f"# {r.code}", f"## {r.code}", 1)
        out.append(page)
    out.append(
        "## CC001 unused-suppression\n\nSeverity: warning · Family: claimcheck itself\n\n"
        "An inline suppression comment (`<!-- claimcheck: ignore[CODE] -->`) matches no finding.\n\n"
        "### Why is this bad?\nA suppression that no longer suppresses anything hides the next real "
        "finding at that place. Remove it, or fix the codes it names.\n"
    )
    return "\n".join(out)


def catalogue_json() -> str:
    data = [
        {"code": r.code, "name": r.name, "severity": r.severity.value, "family": r.family(), "summary": r.summary()}
        for r in RULES
    ]
    return json.dumps(data, indent=2) + "\n"
