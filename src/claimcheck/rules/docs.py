"""Documentation generated from the rules' docstrings: ``claimcheck rules``/``rule``,
and ``docs/rules.md`` (a test checks the file is up to date)."""

from __future__ import annotations

from claimcheck.findings.selectors import FAMILY_NAMES
import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any

from claimcheck.rules.base import Rule
from claimcheck.rules.catalogue import FAMILIES, RULES

#: the judged precision a rule needs to be in the default set (docs/precision.md)
DEFAULT_THRESHOLD = 0.8


@lru_cache(maxsize=1)
def judged_precision() -> dict[str, dict[str, Any]]:
    """Per rule, the editor's verdicts on its findings in real published documents
    (``true``, ``debatable``, ``false`` and ``precision``), from ``data/precision.json``,
    which ``benchmarks/precision.py --write-package-data`` writes from the judged sample."""
    text = resources.files("claimcheck.data").joinpath("precision.json").read_text(encoding="utf-8")
    rules: dict[str, dict[str, Any]] = json.loads(text)["rules"]
    return rules


def _judged(code: str) -> str:
    c = judged_precision().get(code)
    if not c:
        return "silent on the real published documents measured (nothing to judge)"
    n = c["true"] + c["debatable"] + c["false"]
    return f"judged precision {c['precision']:.0%} on {n} finding{'s' if n != 1 else ''} in real published documents"


def default_status(rule: type[Rule]) -> tuple[bool, str]:
    """Is the rule in the default set, and why (or why not)?"""
    if rule.requires_registry:
        if rule.default_enabled:
            return True, "runs when a registry of reviewed claims is given (--claims)"
        return False, f"opt-in: select {rule.code} (reads the registry)"
    if rule.preview:
        return (
            False,
            f"preview: {_judged(rule.code)}, under {DEFAULT_THRESHOLD:.0%}; run with --preview or --select {rule.code}",
        )
    if not rule.default_enabled:
        return False, f"opt-in: select {rule.code}"
    return True, _judged(rule.code)


#: an RST literal (``x``) in a docstring; the pages are Markdown, where it is `x`
_RST_LITERAL = re.compile(r"(?<!`)``(?!`)(.+?)(?<!`)``(?!`)", re.S)


def _markdown(doc: str) -> str:
    """A docstring as Markdown: RST double-backtick literals become single backticks."""
    return _RST_LITERAL.sub(r"`\1`", doc)


def family_text(selector: str) -> str | None:
    """The rules of a family (``FN`` or ``footnotes``), one line each, for ``claimcheck rule
    FN``; None when ``selector`` names no family."""
    key = selector.strip()
    code = key.upper() if key.upper() in FAMILIES else FAMILY_NAMES.get(re.sub(r"[\s_]+", "-", key.lower()))
    if code is None:
        return None
    rules = [r for r in RULES if r.family() == code]
    rows = [(r.code, r.name, r.severity.value, default_status(r)[0], r.summary()) for r in rules]
    if not rows:
        return None
    width = max(len(name) for _, name, *_ in rows)
    lines = [f"{code} {FAMILIES.get(code, code)}: {len(rows)} rule{'s' if len(rows) != 1 else ''}"]
    for rcode, name, severity, default, summary in rows:
        lines.append(f"  {rcode}  {name:<{width}}  {severity:<8} {'default' if default else 'opt-in ':<8} {summary}")
    lines.append(f"`claimcheck rule {rows[0][0]}` explains one.")
    return "\n".join(lines) + "\n"


def rule_page(rule: type[Rule]) -> str:
    head = f"# {rule.code} {rule.name}\n\nSeverity: {rule.severity.value} · Family: {FAMILIES.get(rule.family(), rule.family())}\n"
    if rule.needs:
        head += f"Reads claims: {', '.join(rule.needs)}\n"
    default, why = default_status(rule)
    head += f"Default: {'yes' if default else 'no'} ({why})\n"
    return f"{head}\n{_markdown(rule.doc())}\n"


def catalogue_text() -> str:
    width = max(len(r.name) for r in RULES)
    lines = [f"code   {'name':<{width}}  {'severity':<8} default  summary"]
    for r in RULES:
        default, _ = default_status(r)
        lines.append(
            f"{r.code}  {r.name:<{width}}  {r.severity.value:<8} {'yes' if default else 'no':<8} {r.summary()}"
        )
    lines.append("")
    lines.append("Why each rule is in the default set or not:")
    for r in RULES:
        lines.append(f"  {r.code}: {default_status(r)[1]}")
    return "\n".join(lines) + "\n"


def rule_anchor(code: str, name: str) -> str:
    """The anchor of a rule's section in docs/rules.md (its heading ``CODE name``)."""
    return f"{code.lower()}-{name}"


def catalogue_markdown() -> str:
    out = [
        "# Rules",
        "",
        "Generated from the rules' docstrings by `claimcheck rules --format markdown`; do not edit.",
        "",
        "| Code | Name | Severity | Default | Summary |",
        "| --- | --- | --- | --- | --- |",
    ]
    for r in RULES:
        default = "yes" if default_status(r)[0] else "no"
        out.append(
            f"| [{r.code}](#{rule_anchor(r.code, r.name)}) | {r.name} | {r.severity.value} | {default} | {r.summary()} |"
        )
    out.append("")
    for r in RULES:
        page = rule_page(r).replace("\n## ", "\n### ").replace(f"# {r.code}", f"## {r.code}", 1)
        out.append(page)
    return "\n".join(out)


def catalogue_json() -> str:
    data = [
        {
            "code": r.code,
            "name": r.name,
            "severity": r.severity.value,
            "family": r.family(),
            "summary": r.summary(),
            "default": default_status(r)[0],
            "default_reason": default_status(r)[1],
        }
        for r in RULES
    ]
    return json.dumps(data, indent=2) + "\n"
