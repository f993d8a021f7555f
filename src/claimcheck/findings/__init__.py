"""Findings: what the rules report, and what happens to them afterwards.

``model`` defines :class:`Finding`; ``suppress`` applies inline suppression comments.
The names below load ``model`` when first used, so a module of this package that does
not need the finding models (``selectors``, ``severity``) does not load them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from claimcheck.findings.model import Finding, Related, Severity

__all__ = ["Finding", "Related", "Severity"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from claimcheck.findings import model

        return getattr(model, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
