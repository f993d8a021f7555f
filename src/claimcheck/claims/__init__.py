"""Typed claims (``models``), the shared pint registry (``units``) and the registry of
reviewed claims kept as files under a repository's ``claims/`` folder."""

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
