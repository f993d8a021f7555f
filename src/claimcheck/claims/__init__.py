"""Typed claims (``models``), the shared pint registry (``units``) and what differs by claim
kind (``kinds``): the bottom of the stack, imported by extraction and everything above.

The registry of reviewed claims moved to :mod:`claimcheck.registry`; the old module names
(``claimcheck.claims.registry``, ``.matching``, ``.review``, ``.commands``,
``.claimreview``) still import the moved modules."""

from claimcheck.claims.models import (
    CLAIM_KINDS,
    AcronymClaim,
    CitationClaim,
    Claim,
    ClaimSet,
    CountClaim,
    DateClaim,
    MemberListClaim,
    MoneyClaim,
    MoneyValue,
    PartialDate,
    QuantityClaim,
    QuotationClaim,
    RelativeWindow,
)

__all__ = [
    "CLAIM_KINDS",
    "AcronymClaim",
    "CitationClaim",
    "Claim",
    "ClaimSet",
    "CountClaim",
    "DateClaim",
    "MemberListClaim",
    "MoneyClaim",
    "MoneyValue",
    "PartialDate",
    "QuantityClaim",
    "QuotationClaim",
    "RelativeWindow",
]
