"""Where the registry of reviewed claims is: light enough for the result cache to ask
before any registry model is imported."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

__all__ = ["registry_path"]


def registry_path(settings: Any, override: str | None = None) -> str | None:
    """The registry to use: ``--claims``, else ``registry`` from the settings file (relative
    to that file's folder), else None."""
    if override:
        return override
    configured = getattr(settings, "registry", None)
    if not configured:
        return None
    p = Path(configured)
    origin = getattr(settings, "origin", None)
    if not p.is_absolute() and origin:
        p = Path(origin).parent / p
        try:
            return os.path.relpath(p)
        except ValueError:  # pragma: no cover - another drive on Windows
            return str(p)
    return str(p)
