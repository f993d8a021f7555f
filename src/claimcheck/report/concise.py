"""Concise: one line per finding (``--output-format concise``); see :mod:`claimcheck.report.text`."""

from __future__ import annotations

from claimcheck.report.text import render_concise as render

__all__ = ["render"]
