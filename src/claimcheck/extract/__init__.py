"""Turn a :class:`~claimcheck.document.Document` into typed claims.

``extract(doc)`` runs one extractor per claim kind over the document's text units and
returns a :class:`~claimcheck.claims.ClaimSet` in reading order. Extractors are plain
functions ``(units: list[TextUnit]) -> Iterable[Claim]`` registered in ``EXTRACTORS``;
modules are imported only when their kind is asked for, so a run that needs no dates
never imports dateparser.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import Callable, Iterable, Sequence

from claimcheck.claims.models import CLAIM_KINDS, Claim, ClaimSet
from claimcheck.document import Document
from claimcheck.extract.text import TextUnit, iter_units, new_document

__all__ = ["EXTRACTORS", "extract"]

#: kind -> "module:function"; each function takes the document's text units.
EXTRACTORS: dict[str, str] = {
    "quantity": "claimcheck.extract.numeric:document_quantities",
    "money": "claimcheck.extract.numeric:document_money",
    "count": "claimcheck.extract.numeric:document_counts",
    "date": "claimcheck.extract.dates:extract_dates",
    "member_list": "claimcheck.extract.lists:extract_member_lists",
    "acronym": "claimcheck.extract.acronyms:extract_acronyms",
    "citation": "claimcheck.extract.citations:extract_citations",
    "quotation": "claimcheck.extract.quotations:extract_quotations",
}


def _load(spec: str) -> Callable[[list[TextUnit]], Iterable[Claim]]:
    module, func = spec.split(":")
    found: Callable[[list[TextUnit]], Iterable[Claim]] = getattr(importlib.import_module(module), func)
    return found


def extract(doc: Document, kinds: Sequence[str] | None = None) -> ClaimSet:
    """All claims of ``doc`` (or only ``kinds``), sorted by place in the file."""
    wanted = list(kinds) if kinds else list(CLAIM_KINDS)
    unknown = [k for k in wanted if k not in EXTRACTORS]
    if unknown:
        raise ValueError(f"unknown claim kind(s): {', '.join(unknown)}")
    new_document()  # the per-text caches hold one document's texts at a time
    units = list(iter_units(doc))
    claims: list[Claim] = []
    for kind in wanted:
        claims.extend(_load(EXTRACTORS[kind])(units))
    claims.sort(key=lambda c: (c.location.line, c.location.column, c.kind))
    # every claim is a validated claim model made by an extractor, and the path the
    # document's text: validating them again would give the same set, so it is made as it
    # is (no validator built: ``ClaimSet`` waits for a use that validates, ``defer_build``)
    return ClaimSet.model_construct(path=doc.path, claims=tuple(claims))


class _CallablePackage(types.ModuleType):
    """``claimcheck.extract(doc)`` calls :func:`extract` (the public name is
    ``claimcheck.extract_claims``): the package and the function it exports never get in
    each other's way, whatever was imported first."""

    def __call__(self, doc: Document, kinds: Sequence[str] | None = None) -> ClaimSet:
        return extract(doc, kinds)


sys.modules[__name__].__class__ = _CallablePackage
