"""The rule catalogue: every rule claimcheck has, in code order.

A new rule is a module ``rules/<code>_<name>.py`` with one :class:`Rule` subclass, added
to ``RULES`` below; its docstring is its documentation and ``tests/rules/cases/CODE.yml``
holds its cases.
"""

from __future__ import annotations

from claimcheck.rules.ac001_acronym_defined_twice import AcronymDefinedTwice
from claimcheck.rules.ac002_acronym_letters_mismatch import AcronymLettersMismatch
from claimcheck.rules.ac003_expansion_cut_short import ExpansionCutShort
from claimcheck.rules.ac004_acronym_used_before_definition import (
    AcronymUsedBeforeDefinition,
)
from claimcheck.rules.ac005_acronym_not_defined import AcronymNotDefined
from claimcheck.rules.ar001_share_does_not_match import ShareDoesNotMatch
from claimcheck.rules.ar002_change_does_not_follow import ChangeDoesNotFollow
from claimcheck.rules.ar003_restated_unit_mismatch import RestatedUnitMismatch
from claimcheck.rules.ar004_parts_do_not_sum import PartsDoNotSum
from claimcheck.rules.ar005_age_does_not_follow import AgeDoesNotFollow
from claimcheck.rules.base import Rule
from claimcheck.rules.cc001_unused_suppression import UnusedSuppression
from claimcheck.rules.cc002_reading_notice import ReadingNotice
from claimcheck.rules.ct001_citation_date_url_mismatch import CitationDateUrlMismatch
from claimcheck.rules.ct002_malformed_url import MalformedUrl
from claimcheck.rules.ct003_as_of_after_source import AsOfAfterSource
from claimcheck.rules.ct004_same_source_different_details import (
    SameSourceDifferentDetails,
)
from claimcheck.rules.dt001_event_dated_differently import EventDatedDifferently
from claimcheck.rules.dt002_relative_window_contradicted import (
    RelativeWindowContradicted,
)
from claimcheck.rules.fn001_duplicate_footnote_number import DuplicateFootnoteNumber
from claimcheck.rules.fn002_reference_without_footnote import ReferenceWithoutFootnote
from claimcheck.rules.fn003_unreferenced_footnote import UnreferencedFootnote
from claimcheck.rules.fn004_footnote_numbering_order import FootnoteNumberingOrder
from claimcheck.rules.ls001_member_lists_differ import MemberListsDiffer
from claimcheck.rules.ls002_declared_count_mismatch import DeclaredCountMismatch
from claimcheck.rules.nm001_name_variant_forms import NameVariantForms
from claimcheck.rules.nm002_name_part_convention import NamePartConvention
from claimcheck.rules.nu001_conversion_mismatch import ConversionMismatch
from claimcheck.rules.nu002_implied_rate_contradiction import ImpliedRateContradiction
from claimcheck.rules.nu003_same_quantity_different_values import (
    SameQuantityDifferentValues,
)
from claimcheck.rules.nu004_number_contradicts_source_title import (
    NumberContradictsSourceTitle,
)
from claimcheck.rules.qt001_quotation_worded_differently import (
    QuotationWordedDifferently,
)
from claimcheck.rules.rg001_contradicts_registry import ContradictsRegistry
from claimcheck.rules.rg002_repeats_false_claim import RepeatsFalseClaim
from claimcheck.rules.rg003_member_list_differs_from_registry import (
    MemberListDiffersFromRegistry,
)
from claimcheck.rules.rg004_stale_registry_entry import StaleRegistryEntry
from claimcheck.rules.rg005_unregistered_claim import UnregisteredClaim
from claimcheck.rules.rg006_unverified_claim_in_ready_draft import (
    UnverifiedClaimInReadyDraft,
)

__all__ = ["FAMILIES", "RULES", "get_rule"]

RULES: tuple[type[Rule], ...] = (
    AcronymDefinedTwice,
    AcronymLettersMismatch,
    ExpansionCutShort,
    AcronymUsedBeforeDefinition,
    AcronymNotDefined,
    ShareDoesNotMatch,
    ChangeDoesNotFollow,
    RestatedUnitMismatch,
    PartsDoNotSum,
    AgeDoesNotFollow,
    ReadingNotice,
    CitationDateUrlMismatch,
    MalformedUrl,
    AsOfAfterSource,
    SameSourceDifferentDetails,
    EventDatedDifferently,
    RelativeWindowContradicted,
    DuplicateFootnoteNumber,
    ReferenceWithoutFootnote,
    UnreferencedFootnote,
    FootnoteNumberingOrder,
    MemberListsDiffer,
    DeclaredCountMismatch,
    NameVariantForms,
    NamePartConvention,
    ConversionMismatch,
    ImpliedRateContradiction,
    SameQuantityDifferentValues,
    NumberContradictsSourceTitle,
    QuotationWordedDifferently,
    ContradictsRegistry,
    RepeatsFalseClaim,
    MemberListDiffersFromRegistry,
    StaleRegistryEntry,
    UnregisteredClaim,
    UnverifiedClaimInReadyDraft,
    # last: it reports the suppressions the other rules' findings did not use
    UnusedSuppression,
)

FAMILIES = {
    "FN": "footnotes",
    "AR": "arithmetic",
    "AC": "acronyms",
    "LS": "lists",
    "CT": "citations",
    "NU": "numbers and units",
    "DT": "dates and time windows",
    "NM": "names",
    "QT": "quotations",
    "RG": "registry",
    "CC": "claimcheck itself",
}


def get_rule(code_or_name: str) -> type[Rule] | None:
    key = code_or_name.strip()
    for rule in RULES:
        if rule.code == key.upper() or rule.name == key.lower():
            return rule
    return None
