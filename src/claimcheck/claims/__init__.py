"""Typed claims (``models``), the shared pint registry (``units``) and what differs by claim
kind (``kinds``): the bottom of the stack, imported by extraction and everything above.

The registry of reviewed claims moved to :mod:`claimcheck.registry`; the old module names
(``claimcheck.claims.registry``, ``.matching``, ``.review``, ``.commands``,
``.claimreview``) still import the moved modules."""

# re-exported: each name once, `as` itself (explicit re-exports for type checkers)
from claimcheck.claims.models import CLAIM_KINDS as CLAIM_KINDS
from claimcheck.claims.models import AcronymClaim as AcronymClaim
from claimcheck.claims.models import CitationClaim as CitationClaim
from claimcheck.claims.models import Claim as Claim
from claimcheck.claims.models import ClaimSet as ClaimSet
from claimcheck.claims.models import CountClaim as CountClaim
from claimcheck.claims.models import DateClaim as DateClaim
from claimcheck.claims.models import MemberListClaim as MemberListClaim
from claimcheck.claims.models import MoneyClaim as MoneyClaim
from claimcheck.claims.models import MoneyValue as MoneyValue
from claimcheck.claims.models import PartialDate as PartialDate
from claimcheck.claims.models import QuantityClaim as QuantityClaim
from claimcheck.claims.models import QuotationClaim as QuotationClaim
from claimcheck.claims.models import RelativeWindow as RelativeWindow
