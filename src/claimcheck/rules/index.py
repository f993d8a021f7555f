"""The catalogue's index: each rule's code, name, module and the flags that say when it
runs, without importing the rules.

Checking a selector (``--select FN001``, ``ignore = ["footnotes"]``) needs only the codes
and names, and choosing the rules of a run only these flags: a run imports the modules of
the rules it selected (:func:`load_rule`), not the whole catalogue (importing every rule
module and building its options model costs more than a run served from the result cache;
docs/speed.md). ``tests/test_speed.py`` keeps this table in step with
:data:`claimcheck.rules.catalogue.RULES` (and prints the table to paste when it is not).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:  # pragma: no cover
    from claimcheck.rules.base import Rule

__all__ = ["RULE_INDEX", "RULE_NAMES", "RuleEntry", "known_rule", "load_rule"]


class RuleEntry(NamedTuple):
    """One rule of the catalogue as :meth:`Settings.runs <claimcheck.config.Settings.runs>`
    reads it: its code, name and flags, and where its class is."""

    code: str
    name: str
    #: the module under ``claimcheck.rules`` and the class in it
    module: str
    class_name: str
    default_enabled: bool
    preview: bool
    requires_registry: bool
    #: the rule reports something in a run without a registry (``without_registry``)
    reports_without_registry: bool


#: every rule, in catalogue order
RULE_INDEX: tuple[RuleEntry, ...] = (
    RuleEntry(
        "AC001",
        "acronym-defined-twice",
        "ac001_acronym_defined_twice",
        "AcronymDefinedTwice",
        default_enabled=True,
        preview=False,
        requires_registry=False,
        reports_without_registry=False,
    ),
    RuleEntry(
        "AC002",
        "acronym-letters-mismatch",
        "ac002_acronym_letters_mismatch",
        "AcronymLettersMismatch",
        default_enabled=True,
        preview=False,
        requires_registry=False,
        reports_without_registry=False,
    ),
    RuleEntry(
        "AC003",
        "expansion-cut-short",
        "ac003_expansion_cut_short",
        "ExpansionCutShort",
        default_enabled=True,
        preview=False,
        requires_registry=False,
        reports_without_registry=False,
    ),
    RuleEntry(
        "AC004",
        "acronym-used-before-definition",
        "ac004_acronym_used_before_definition",
        "AcronymUsedBeforeDefinition",
        default_enabled=True,
        preview=False,
        requires_registry=False,
        reports_without_registry=False,
    ),
    RuleEntry(
        "AC005",
        "acronym-not-defined",
        "ac005_acronym_not_defined",
        "AcronymNotDefined",
        default_enabled=True,
        preview=True,
        requires_registry=False,
        reports_without_registry=False,
    ),
    RuleEntry(
        "AR001",
        "share-does-not-match",
        "ar001_share_does_not_match",
        "ShareDoesNotMatch",
        default_enabled=True,
        preview=False,
        requires_registry=False,
        reports_without_registry=False,
    ),
    RuleEntry(
        "AR002",
        "change-does-not-follow",
        "ar002_change_does_not_follow",
        "ChangeDoesNotFollow",
        default_enabled=True,
        preview=False,
        requires_registry=False,
        reports_without_registry=False,
    ),
    RuleEntry(
        "AR003",
        "restated-unit-mismatch",
        "ar003_restated_unit_mismatch",
        "RestatedUnitMismatch",
        default_enabled=True,
        preview=False,
        requires_registry=False,
        reports_without_registry=False,
    ),
    RuleEntry(
        "AR004",
        "parts-do-not-sum",
        "ar004_parts_do_not_sum",
        "PartsDoNotSum",
        default_enabled=True,
        preview=False,
        requires_registry=False,
        reports_without_registry=False,
    ),
    RuleEntry(
        "AR005",
        "age-does-not-follow",
        "ar005_age_does_not_follow",
        "AgeDoesNotFollow",
        default_enabled=True,
        preview=False,
        requires_registry=False,
        reports_without_registry=False,
    ),
    RuleEntry(
        "CC002",
        "reading-notice",
        "cc002_reading_notice",
        "ReadingNotice",
        default_enabled=True,
        preview=False,
        requires_registry=False,
        reports_without_registry=False,
    ),
    RuleEntry(
        "CT001",
        "citation-date-url-mismatch",
        "ct001_citation_date_url_mismatch",
        "CitationDateUrlMismatch",
        default_enabled=True,
        preview=False,
        requires_registry=False,
        reports_without_registry=False,
    ),
    RuleEntry(
        "CT002",
        "malformed-url",
        "ct002_malformed_url",
        "MalformedUrl",
        default_enabled=True,
        preview=False,
        requires_registry=False,
        reports_without_registry=False,
    ),
    RuleEntry(
        "CT003",
        "as-of-after-source",
        "ct003_as_of_after_source",
        "AsOfAfterSource",
        default_enabled=True,
        preview=False,
        requires_registry=False,
        reports_without_registry=False,
    ),
    RuleEntry(
        "CT004",
        "same-source-different-details",
        "ct004_same_source_different_details",
        "SameSourceDifferentDetails",
        default_enabled=True,
        preview=False,
        requires_registry=False,
        reports_without_registry=False,
    ),
    RuleEntry(
        "DT001",
        "event-dated-differently",
        "dt001_event_dated_differently",
        "EventDatedDifferently",
        default_enabled=True,
        preview=False,
        requires_registry=False,
        reports_without_registry=False,
    ),
    RuleEntry(
        "DT002",
        "relative-window-contradicted",
        "dt002_relative_window_contradicted",
        "RelativeWindowContradicted",
        default_enabled=True,
        preview=False,
        requires_registry=False,
        reports_without_registry=False,
    ),
    RuleEntry(
        "FN001",
        "duplicate-footnote-number",
        "fn001_duplicate_footnote_number",
        "DuplicateFootnoteNumber",
        default_enabled=True,
        preview=False,
        requires_registry=False,
        reports_without_registry=False,
    ),
    RuleEntry(
        "FN002",
        "reference-without-footnote",
        "fn002_reference_without_footnote",
        "ReferenceWithoutFootnote",
        default_enabled=True,
        preview=False,
        requires_registry=False,
        reports_without_registry=False,
    ),
    RuleEntry(
        "FN003",
        "unreferenced-footnote",
        "fn003_unreferenced_footnote",
        "UnreferencedFootnote",
        default_enabled=True,
        preview=False,
        requires_registry=False,
        reports_without_registry=False,
    ),
    RuleEntry(
        "FN004",
        "footnote-numbering-order",
        "fn004_footnote_numbering_order",
        "FootnoteNumberingOrder",
        default_enabled=True,
        preview=False,
        requires_registry=False,
        reports_without_registry=False,
    ),
    RuleEntry(
        "LS001",
        "member-lists-differ",
        "ls001_member_lists_differ",
        "MemberListsDiffer",
        default_enabled=True,
        preview=False,
        requires_registry=False,
        reports_without_registry=False,
    ),
    RuleEntry(
        "LS002",
        "declared-count-mismatch",
        "ls002_declared_count_mismatch",
        "DeclaredCountMismatch",
        default_enabled=True,
        preview=False,
        requires_registry=False,
        reports_without_registry=False,
    ),
    RuleEntry(
        "NM001",
        "name-variant-forms",
        "nm001_name_variant_forms",
        "NameVariantForms",
        default_enabled=True,
        preview=False,
        requires_registry=False,
        reports_without_registry=False,
    ),
    RuleEntry(
        "NM002",
        "name-part-convention",
        "nm002_name_part_convention",
        "NamePartConvention",
        default_enabled=True,
        preview=False,
        requires_registry=False,
        reports_without_registry=False,
    ),
    RuleEntry(
        "NU001",
        "conversion-mismatch",
        "nu001_conversion_mismatch",
        "ConversionMismatch",
        default_enabled=True,
        preview=False,
        requires_registry=False,
        reports_without_registry=False,
    ),
    RuleEntry(
        "NU002",
        "implied-rate-contradiction",
        "nu002_implied_rate_contradiction",
        "ImpliedRateContradiction",
        default_enabled=True,
        preview=False,
        requires_registry=False,
        reports_without_registry=False,
    ),
    RuleEntry(
        "NU003",
        "same-quantity-different-values",
        "nu003_same_quantity_different_values",
        "SameQuantityDifferentValues",
        default_enabled=True,
        preview=False,
        requires_registry=False,
        reports_without_registry=False,
    ),
    RuleEntry(
        "NU004",
        "number-contradicts-source-title",
        "nu004_number_contradicts_source_title",
        "NumberContradictsSourceTitle",
        default_enabled=True,
        preview=False,
        requires_registry=False,
        reports_without_registry=False,
    ),
    RuleEntry(
        "QT001",
        "quotation-worded-differently",
        "qt001_quotation_worded_differently",
        "QuotationWordedDifferently",
        default_enabled=True,
        preview=False,
        requires_registry=False,
        reports_without_registry=False,
    ),
    RuleEntry(
        "RG001",
        "contradicts-registry",
        "rg001_contradicts_registry",
        "ContradictsRegistry",
        default_enabled=True,
        preview=False,
        requires_registry=True,
        reports_without_registry=False,
    ),
    RuleEntry(
        "RG002",
        "repeats-false-claim",
        "rg002_repeats_false_claim",
        "RepeatsFalseClaim",
        default_enabled=True,
        preview=False,
        requires_registry=True,
        reports_without_registry=False,
    ),
    RuleEntry(
        "RG003",
        "member-list-differs-from-registry",
        "rg003_member_list_differs_from_registry",
        "MemberListDiffersFromRegistry",
        default_enabled=True,
        preview=False,
        requires_registry=True,
        reports_without_registry=False,
    ),
    RuleEntry(
        "RG004",
        "stale-registry-entry",
        "rg004_stale_registry_entry",
        "StaleRegistryEntry",
        default_enabled=True,
        preview=False,
        requires_registry=True,
        reports_without_registry=False,
    ),
    RuleEntry(
        "RG005",
        "unregistered-claim",
        "rg005_unregistered_claim",
        "UnregisteredClaim",
        default_enabled=False,
        preview=False,
        requires_registry=True,
        reports_without_registry=False,
    ),
    RuleEntry(
        "RG006",
        "unverified-claim-in-ready-draft",
        "rg006_unverified_claim_in_ready_draft",
        "UnverifiedClaimInReadyDraft",
        default_enabled=True,
        preview=False,
        requires_registry=True,
        reports_without_registry=True,
    ),
    RuleEntry(
        "CC001",
        "unused-suppression",
        "cc001_unused_suppression",
        "UnusedSuppression",
        default_enabled=True,
        preview=False,
        requires_registry=False,
        reports_without_registry=False,
    ),
)

#: (code, name) of each rule, in catalogue order
RULE_NAMES: tuple[tuple[str, str], ...] = tuple((e.code, e.name) for e in RULE_INDEX)


def known_rule(code_or_name: str) -> bool:
    """Does ``code_or_name`` name one rule exactly (as ``catalogue.get_rule`` finds it)?"""
    key = code_or_name.strip()
    return any(code == key.upper() or name == key.lower() for code, name in RULE_NAMES)


def load_rule(entry: RuleEntry) -> type[Rule]:
    """The rule class of ``entry``, its module imported now."""
    module = importlib.import_module(f"claimcheck.rules.{entry.module}")
    cls: type[Rule] = getattr(module, entry.class_name)
    return cls
