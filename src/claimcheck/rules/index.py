"""The code and name of every rule in the catalogue, without importing the rules.

Checking a selector (``--select FN001``, ``ignore = ["footnotes"]``) needs only these, and
importing the rule modules costs more than a run served from the result cache
(docs/speed.md); a test keeps this table in step with
:data:`claimcheck.rules.catalogue.RULES`.
"""

from __future__ import annotations

__all__ = ["RULE_NAMES", "known_rule"]

#: (code, name) of each rule, in catalogue order
RULE_NAMES: tuple[tuple[str, str], ...] = (
    ("AC001", "acronym-defined-twice"),
    ("AC002", "acronym-letters-mismatch"),
    ("AC003", "expansion-cut-short"),
    ("AC004", "acronym-used-before-definition"),
    ("AC005", "acronym-not-defined"),
    ("AR001", "share-does-not-match"),
    ("AR002", "change-does-not-follow"),
    ("AR003", "restated-unit-mismatch"),
    ("AR004", "parts-do-not-sum"),
    ("AR005", "age-does-not-follow"),
    ("CC002", "reading-notice"),
    ("CT001", "citation-date-url-mismatch"),
    ("CT002", "malformed-url"),
    ("CT003", "as-of-after-source"),
    ("CT004", "same-source-different-details"),
    ("DT001", "event-dated-differently"),
    ("DT002", "relative-window-contradicted"),
    ("FN001", "duplicate-footnote-number"),
    ("FN002", "reference-without-footnote"),
    ("FN003", "unreferenced-footnote"),
    ("FN004", "footnote-numbering-order"),
    ("LS001", "member-lists-differ"),
    ("LS002", "declared-count-mismatch"),
    ("NM001", "name-variant-forms"),
    ("NM002", "name-part-convention"),
    ("NU001", "conversion-mismatch"),
    ("NU002", "implied-rate-contradiction"),
    ("NU003", "same-quantity-different-values"),
    ("NU004", "number-contradicts-source-title"),
    ("QT001", "quotation-worded-differently"),
    ("RG001", "contradicts-registry"),
    ("RG002", "repeats-false-claim"),
    ("RG003", "member-list-differs-from-registry"),
    ("RG004", "stale-registry-entry"),
    ("RG005", "unregistered-claim"),
    ("RG006", "unverified-claim-in-ready-draft"),
    ("CC001", "unused-suppression"),
)


def known_rule(code_or_name: str) -> bool:
    """Does ``code_or_name`` name one rule exactly (as ``catalogue.get_rule`` finds it)?"""
    key = code_or_name.strip()
    return any(code == key.upper() or name == key.lower() for code, name in RULE_NAMES)
