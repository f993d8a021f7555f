"""claimcheck: extract checkable claims from report drafts and flag what does not add up.

The public API; names load on first use so that ``import claimcheck`` stays cheap::

    result = claimcheck.verify(["drafts/issue-23.md"])
    doc = claimcheck.load_document("drafts/issue-23.md")
    claims = claimcheck.extract(doc)
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "Claim",
    "ClaimSet",
    "ClaimcheckError",
    "Document",
    "Finding",
    "Location",
    "Rule",
    "Settings",
    "Severity",
    "__version__",
    "extract",
    "load_document",
    "load_settings",
    "verify",
]

_WHERE = {
    "Claim": "claimcheck.claims.models",
    "ClaimSet": "claimcheck.claims.models",
    "ClaimcheckError": "claimcheck.errors",
    "Document": "claimcheck.document",
    "Finding": "claimcheck.findings.model",
    "Location": "claimcheck.document",
    "Rule": "claimcheck.rules.base",
    "Settings": "claimcheck.config",
    "Severity": "claimcheck.findings.model",
    "extract": "claimcheck.extract",
    "load_document": "claimcheck.ingest",
    "load_settings": "claimcheck.config",
    "verify": "claimcheck.pipeline",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'claimcheck' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


if TYPE_CHECKING:  # pragma: no cover
    from claimcheck.claims.models import Claim, ClaimSet
    from claimcheck.config import Settings, load_settings
    from claimcheck.document import Document, Location
    from claimcheck.errors import ClaimcheckError
    from claimcheck.extract import extract
    from claimcheck.findings.model import Finding, Severity
    from claimcheck.ingest import load_document
    from claimcheck.pipeline import verify
    from claimcheck.rules.base import Rule
