"""Reporters: one module per output format, each ``render(result, ...) -> str``."""

from __future__ import annotations

FORMATS = ("text", "json")


def render(result, fmt: str, **options) -> str:
    if fmt == "json":
        from claimcheck.report.json_report import render as r
    else:
        from claimcheck.report.text import render as r
    return r(result, **options)
