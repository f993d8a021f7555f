"""Reporters: one module per output format, each ``render(result, ...) -> str``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the package is imported by the CLI before any run: keep it light
    from claimcheck.findings.result import Result

FORMATS = ("text", "concise", "json", "sarif", "github", "gitlab", "junit", "markdown", "html")

#: format -> module under claimcheck.report (each has ``render(result, **options) -> str``)
_MODULES = {
    "text": "text",
    "concise": "concise",
    "json": "json_report",
    "sarif": "sarif",
    "github": "github",
    "gitlab": "gitlab",
    "junit": "junit",
    "markdown": "markdown",
    "html": "html",
}


def render(result: Result, fmt: str, **options: Any) -> str:
    import importlib

    if fmt not in _MODULES:
        raise ValueError(f"unknown report format {fmt!r}; choose from {', '.join(FORMATS)}")
    module = importlib.import_module(f"claimcheck.report.{_MODULES[fmt]}")
    text: str = module.render(result, **options)
    return text
