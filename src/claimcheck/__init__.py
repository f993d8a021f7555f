"""claimcheck: extract checkable claims from report drafts and flag what does not add up.

The public API; names load on first use so that ``import claimcheck`` stays cheap::

    result = claimcheck.verify(["drafts/issue-23.md"])   # a Result, with the settings the CLI uses
    doc = claimcheck.load_document("drafts/issue-23.md")
    claims = claimcheck.extract_claims(doc)               # a ClaimSet

No public function shares its name with a subpackage: ``claimcheck.extract`` is the
extractors' package (callable as ``claimcheck.extract(doc)`` too, the spelling before
``extract_claims``), whatever was imported first.
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
    "Result",
    "Rule",
    "Settings",
    "Severity",
    "__version__",
    "extract_claims",
    "load_document",
    "load_settings",
    "verify",
]

#: public name -> "module" (same attribute name) or "module:attribute"
_WHERE = {
    "Claim": "claimcheck.claims.models",
    "ClaimSet": "claimcheck.claims.models",
    "ClaimcheckError": "claimcheck.errors",
    "Document": "claimcheck.document",
    "Finding": "claimcheck.findings.model",
    "Location": "claimcheck.document",
    "Result": "claimcheck.pipeline",
    "Rule": "claimcheck.rules.base",
    "Settings": "claimcheck.config",
    "Severity": "claimcheck.findings.model",
    "extract_claims": "claimcheck.extract:extract",
    "load_document": "claimcheck.ingest",
    "load_settings": "claimcheck.config",
    "verify": "claimcheck.pipeline",
}


def __getattr__(name: str) -> Any:
    if name == "extract":  # the subpackage, callable as the function it exports
        return importlib.import_module("claimcheck.extract")
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module 'claimcheck' has no attribute {name!r}")
    module, _, attribute = where.partition(":")
    value = getattr(importlib.import_module(module), attribute or name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


if TYPE_CHECKING:  # pragma: no cover
    from claimcheck.claims.models import Claim, ClaimSet
    from claimcheck.config import Settings, load_settings
    from claimcheck.document import Document, Location
    from claimcheck.errors import ClaimcheckError
    from claimcheck.extract import extract as extract_claims
    from claimcheck.findings.model import Finding, Severity
    from claimcheck.ingest import load_document
    from claimcheck.pipeline import Result, verify
    from claimcheck.rules.base import Rule
