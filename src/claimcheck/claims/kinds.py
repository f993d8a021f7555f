"""Everything that differs by claim kind, in one place.

What a kind is called, how a claim's value is shown (in rule messages, in the ``extract``
table, in the HTML report's side panel), how two claims of a kind are compared by
``claimcheck diff`` and whether a claim is checkable against a source. Each function
matches on the claim's class and ends in :func:`typing.assert_never`: a new claim class
added to :data:`claimcheck.claims.models.Claim` fails type checking (``mypy --strict``) in
every function here until it is handled, and nowhere else needs to know.

Only models and units sit below this module; the registry, rules, ``diff`` and the
reporters import it.
"""

from __future__ import annotations

import re
from typing import Any, Sequence, assert_never

from claimcheck.claims.models import (
    CHECKABLE_KINDS,
    AcronymClaim,
    CitationClaim,
    Claim,
    ClaimKind,
    CountClaim,
    DateClaim,
    MemberListClaim,
    MoneyClaim,
    QuantityClaim,
    QuotationClaim,
)
from claimcheck.claims.units import parse_unit
from claimcheck.text import comparable, content_words

__all__ = [
    "CHECKABLE_KINDS",
    "KIND_LABELS",
    "MIN_CHECKABLE_COUNT",
    "amount_text",
    "compared_fields",
    "context_words",
    "format_number",
    "identity",
    "is_checkable",
    "panel_fields",
    "registry_fields",
    "slug_text",
    "summary_text",
    "under_review",
    "unit_text",
    "value_text",
]

#: What each kind is called to a reader (the HTML report's filters, its side panel).
KIND_LABELS: dict[ClaimKind, str] = {
    "quantity": "quantity",
    "money": "money",
    "count": "count",
    "date": "date",
    "member_list": "member list",
    "acronym": "acronym",
    "citation": "citation",
    "quotation": "quotation",
}


# --------------------------------------------------------------------------- numbers
def format_number(v: float) -> str:
    """``580000000000`` -> ``"580 billion"``, ``4049000`` -> ``"4,049,000"``, ``2.5`` -> ``"2.5"``."""
    a = abs(v)
    for word, factor in (("trillion", 1e12), ("billion", 1e9), ("million", 1e6)):
        if a >= factor:
            q = v / factor
            if abs(q * 1000 - round(q * 1000)) < 1e-6:
                return f"{q:,.3f}".rstrip("0").rstrip(".") + f" {word}"
    if float(v).is_integer():
        return f"{int(v):,}"
    return f"{v:,.6f}".rstrip("0").rstrip(".")


def unit_text(value: float, unit: str) -> str:
    """A pint unit string for reading: ``2000, "mile"`` -> ``"miles"``."""
    text = unit.replace("_", " ")
    if value != 1 and re.fullmatch(r"[a-z]+", unit) and not unit.endswith(("s", "z")) and unit not in _NO_PLURAL:
        text += "s"
    return text


#: units written the same in the plural ("350 bar", "3,500 psi")
_NO_PLURAL = frozenset({"bar", "millibar", "psi"})


def amount_text(qualifier: str | None, value: float, what: str) -> str:
    """A figure with its qualifier and what it counts or measures: "about 4 million base
    stations", "2,000 miles" (claims and registry entries alike)."""
    return (f"{qualifier} " if qualifier else "") + f"{format_number(value)} {what}"


def _num(value: float | None) -> str:
    return "" if value is None else format_number(value)


# --------------------------------------------------------------------------- checkable
#: Counts below this are not checkable by default ("three phone makers", "two reasons"):
#: an editor reads them in the sentence; an entry that speaks about one still holds it.
MIN_CHECKABLE_COUNT = 10


def _is_duration(claim: QuantityClaim) -> bool:
    """A quantity in units of time ("12 months", "six weeks"): the span a sentence speaks
    over ("in the past 12 months"), not a figure a source states."""
    try:
        return str(parse_unit(claim.unit).dimensionality) == "[time]"
    except ValueError:
        return False


def is_checkable(claim: Claim, kinds: Sequence[str] = CHECKABLE_KINDS) -> bool:
    """A claim an editor can check against a source: an amount of money, a count of 10 or
    more, a quantity that is not a duration, a member list, or a date that dates a named
    event (not "in recent years"). See docs/registry.md, "What is checkable"."""
    if claim.kind not in kinds:
        return False
    match claim:
        case MoneyClaim() | MemberListClaim():
            return True
        case CountClaim():
            return claim.value >= MIN_CHECKABLE_COUNT
        case QuantityClaim():
            return not _is_duration(claim)
        case DateClaim():
            return claim.date is not None and claim.relative is None and bool(claim.event)
        case AcronymClaim() | CitationClaim() | QuotationClaim():
            return False
        case _:
            assert_never(claim)


def under_review(claim: Claim, matches: Sequence[object], kinds: Sequence[str] = CHECKABLE_KINDS) -> bool:
    """Does the review workflow (RG005, RG006, ``status``, ``claims init``) hold this claim?
    A checkable one always; a date without a named event, a small count or a duration when
    the registry holds an entry it matches (``matches``, from the registry's matching)."""
    return is_checkable(claim, kinds) or (claim.kind in kinds and bool(matches))


# --------------------------------------------------------------------------- shown
def value_text(claim: Claim) -> str:
    """The value as rule messages and ``claimcheck status`` give it ("580 billion EUR in 2023")."""
    match claim:
        case MoneyClaim():
            return amount_text(claim.qualifier, claim.value, claim.currency) + (
                f" in {claim.year}" if claim.year else ""
            )
        case CountClaim():
            return amount_text(claim.qualifier, claim.value, claim.thing)
        case QuantityClaim():
            return amount_text(claim.qualifier, claim.value, unit_text(claim.value, claim.unit))
        case DateClaim():
            text = claim.date.iso() if claim.date else claim.text
            if claim.end_date:
                text += f"–{claim.end_date.iso()}"
            return f"{claim.qualifier} {text}" if claim.qualifier else text
        case MemberListClaim():
            return f"{len(claim.members)} members of {claim.group}"
        case AcronymClaim() | CitationClaim() | QuotationClaim():
            return claim.text
        case _:
            assert_never(claim)


def summary_text(claim: Claim) -> str:
    """The value in the ``claimcheck extract`` table ("6.6 trillion CNY (= 858 billion EUR)")."""
    match claim:
        case MoneyClaim():
            text = value_text(claim)
            if claim.equivalent:
                text += f" (= {format_number(claim.equivalent.amount)} {claim.equivalent.currency})"
            return text
        case CountClaim() | QuantityClaim():
            return value_text(claim)
        case DateClaim():
            if claim.relative:
                return f"relative: {claim.relative.text}"
            if claim.happening:  # "2024-05-14 (adoption of Pact on Migration and Asylum by Council)"
                h = claim.happening
                return f"{value_text(claim)} ({h.kind} of {h.what}" + (f" by {h.by})" if h.by else ")")
            return value_text(claim)
        case MemberListClaim():
            declared = f" (declared {claim.declared_count})" if claim.declared_count else ""
            return f"{claim.group}: {', '.join(claim.members)}" + declared
        case AcronymClaim():
            return f"{claim.acronym} = {claim.expansion}"
        case CitationClaim():
            return " · ".join(str(x) for x in (claim.title, claim.outlet, claim.date, claim.url) if x)
        case QuotationClaim():
            return (f"{claim.speaker}: " if claim.speaker else "") + f"“{claim.quote}”"
        case _:
            assert_never(claim)


def panel_fields(claim: Claim) -> dict[str, str]:
    """What the HTML report's side panel shows for a claim: value, unit, date and sources."""
    value = unit = date = ""
    sources = ", ".join(f"[{label}]" for label in claim.footnotes)
    match claim:
        case MoneyClaim() | CountClaim() | QuantityClaim():
            value = (f"{claim.qualifier} " if claim.qualifier else "") + _num(claim.value)
            if claim.low is not None and claim.high is not None:
                value = f"{_num(claim.low)}–{_num(claim.high)}"
            if isinstance(claim, QuantityClaim):
                unit = claim.unit
            elif isinstance(claim, CountClaim):
                unit = claim.thing
            else:
                unit = claim.currency
                date = str(claim.date or claim.year or "")
                if claim.equivalent:
                    value += f" (= {_num(claim.equivalent.amount)} {claim.equivalent.currency})"
        case DateClaim():
            if claim.relative:
                value = claim.relative.text
                rel = claim.relative
                date = f"{rel.direction} {rel.amount} {rel.unit}" + ("s" if rel.amount != 1 else "")
            elif claim.date is not None:  # a date claim has a date or a relative window
                date = claim.date.iso() + (f" – {claim.end_date.iso()}" if claim.end_date else "")
                value = claim.qualifier or ""
            unit = claim.event or ""
        case MemberListClaim():
            value = ", ".join(claim.members)
            unit = claim.group
            date = str(claim.as_of or claim.as_of_text or "")
        case AcronymClaim():
            value = f"{claim.acronym} = {claim.expansion}"
        case CitationClaim():
            value = " · ".join(x for x in (", ".join(claim.authors), claim.title, claim.outlet) if x)
            date = str(claim.date or "")
            sources = claim.url or ""
        case QuotationClaim():
            value = claim.quote
            unit = claim.speaker or ""
        case _:
            assert_never(claim)
    return {"value": value, "unit": unit, "date": date, "sources": sources}


# --------------------------------------------------------------------------- registry entries
def slug_text(claim: Claim) -> str:
    """The words a proposed registry entry's id is made from (``claimcheck claims init``)."""
    match claim:
        case MoneyClaim():
            return f"{claim.currency} {format_number(claim.value)} {claim.year or ''}"
        case CountClaim():
            return f"{claim.thing} {format_number(claim.value)}"
        case QuantityClaim():
            return f"{format_number(claim.value)} {claim.unit}"
        case DateClaim():
            return f"{claim.event} {claim.date.iso() if claim.date else ''}"
        case MemberListClaim():
            return f"{claim.group} members"
        case AcronymClaim() | CitationClaim() | QuotationClaim():
            return claim.text
        case _:
            assert_never(claim)


def registry_fields(claim: Claim) -> dict[str, Any]:
    """The value fields of a proposed registry entry for a checkable claim."""
    match claim:
        case MoneyClaim():
            out: dict[str, Any] = {
                "value": claim.value,
                "currency": claim.currency,
                "year": claim.year,
                "qualifier": claim.qualifier,
            }
            if claim.equivalent is not None:
                out["equivalent"] = {"amount": claim.equivalent.amount, "currency": claim.equivalent.currency}
            return out
        case CountClaim():
            return {"value": claim.value, "thing": claim.thing, "qualifier": claim.qualifier}
        case QuantityClaim():
            return {"value": claim.value, "unit": claim.unit, "qualifier": claim.qualifier}
        case DateClaim():
            return {
                "date": claim.date.iso() if claim.date else None,
                "end_date": claim.end_date.iso() if claim.end_date else None,
                "event": claim.event,
                "qualifier": claim.qualifier,
            }
        case MemberListClaim():
            group = re.sub(r"^the\s+", "", claim.group or "", flags=re.I)
            return {"group": group or claim.group, "members": list(claim.members)}
        case AcronymClaim() | CitationClaim() | QuotationClaim():
            raise ValueError(f"a {claim.kind} claim has no registry entry")
        case _:
            assert_never(claim)


# --------------------------------------------------------------------------- compared
def compared_fields(claim: Claim, with_sources: bool) -> dict[str, Any]:
    """The fields whose difference makes two claims of one kind *changed* (``claimcheck diff``)."""
    out: dict[str, Any]
    match claim:
        case MoneyClaim() | CountClaim() | QuantityClaim():
            out = {"value": claim.value, "low": claim.low, "high": claim.high, "qualifier": claim.qualifier}
            if isinstance(claim, QuantityClaim):
                out["unit"] = claim.unit
            elif isinstance(claim, MoneyClaim):
                out.update(currency=claim.currency, year=claim.year, date=claim.date, equivalent=claim.equivalent)
            else:
                out["thing"] = comparable(claim.thing)
        case DateClaim():
            rel = claim.relative
            out = {
                "date": claim.date,
                "end_date": claim.end_date,
                "relative": (rel.amount, rel.unit, rel.direction) if rel else None,
                "qualifier": claim.qualifier,
            }
        case MemberListClaim():
            out = {
                "members": tuple(sorted(claim.members)),
                "declared_count": claim.declared_count,
                "as_of": claim.as_of,
            }
        case AcronymClaim():
            out = {"expansion": comparable(claim.expansion)}
        case CitationClaim():
            out = {
                "authors": tuple(comparable(a) for a in claim.authors),
                "title": comparable(claim.title),
                "outlet": comparable(claim.outlet),
                "date": claim.date,
                "url": (claim.url or "").rstrip("/"),
            }
        case QuotationClaim():
            out = {"quote": comparable(claim.quote), "speaker": comparable(claim.speaker)}
        case _:
            assert_never(claim)
    if with_sources and claim.block is not None:
        out["sources"] = tuple(claim.footnotes)
    return out


def identity(claim: Claim) -> str:
    """What two claims of one kind must share to be paired at all: the counted thing, the
    currency, the unit, the group, the acronym (empty: anything pairs)."""
    match claim:
        case CountClaim():
            return comparable(claim.thing)
        case MoneyClaim():
            return claim.currency
        case QuantityClaim():
            return claim.unit
        case MemberListClaim():
            return comparable(claim.group)
        case AcronymClaim():
            return claim.acronym.upper()
        case DateClaim() | CitationClaim() | QuotationClaim():
            return ""
        case _:
            assert_never(claim)


def context_words(claim: Claim) -> set[str]:
    """The words around a claim that tell where it stands, to pair claims across versions."""
    match claim:
        case CitationClaim():
            return content_words(
                " ".join(x for x in (claim.title, claim.outlet, claim.url, " ".join(claim.authors)) if x)
            )
        case QuotationClaim():
            return content_words(claim.quote) | content_words(claim.speaker or "")
        case CountClaim():
            return content_words(claim.sentence or claim.text) | content_words(claim.thing)
        case MoneyClaim() | QuantityClaim() | DateClaim() | MemberListClaim() | AcronymClaim():
            return content_words(claim.sentence or claim.text)
        case _:
            assert_never(claim)
