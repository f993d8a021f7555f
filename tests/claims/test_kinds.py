"""One home per claim kind (claimcheck.claims.kinds): every kind is named, shown and
compared there, and the checkable kinds are written once."""

from __future__ import annotations

import typing

import pytest

from claimcheck.claims import kinds
from claimcheck.claims.models import (
    CHECKABLE_KINDS,
    CLAIM_KINDS,
    AcronymClaim,
    CitationClaim,
    Claim,
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
from claimcheck.document import Location
from claimcheck.registry.store import AnyEntry

_AT = {"location": Location(path="d.md", line=3, column=5), "start": 0, "end": 4, "sentence": "A sentence."}

ONE_OF_EACH: list[Claim] = [
    QuantityClaim(text="2,000 miles", value=2000, written="2,000", unit="mile", **_AT),
    MoneyClaim(
        text="6.6 trillion yuan",
        value=6.6e12,
        written="6.6 trillion",
        currency="CNY",
        year=2029,
        equivalent=MoneyValue(amount=858e9, currency="EUR"),
        **_AT,
    ),
    CountClaim(text="twelve countries", value=12, written="twelve", thing="countries", qualifier="about", **_AT),
    DateClaim(text="March 2024", date=PartialDate(year=2024, month=3), event="the launch", **_AT),
    DateClaim(
        text="in the past year",
        relative=RelativeWindow(text="in the past year", unit="year"),
        **_AT,
    ),
    MemberListClaim(text="A, B and C", group="the pact", members=("A", "B", "C"), declared_count=3, **_AT),
    AcronymClaim(text="Lunar Station (LS)", acronym="LS", expansion="Lunar Station", **_AT),
    CitationClaim(text="Doe, Title, 2024", authors=("Doe",), title="Title", date=PartialDate(year=2024), **_AT),
    QuotationClaim(text="“we will”", quote="we will", speaker="Ms Doe", **_AT),
]


def test_every_kind_is_named_and_the_lists_agree() -> None:
    assert set(kinds.KIND_LABELS) == set(CLAIM_KINDS)
    assert {c.kind for c in ONE_OF_EACH} == set(CLAIM_KINDS)
    assert set(CHECKABLE_KINDS) <= set(CLAIM_KINDS)
    # the registry holds an entry class for each checkable kind, and only for those
    entry_kinds = {typing.get_args(cls.model_fields["kind"].annotation)[0] for cls in typing.get_args(AnyEntry)}
    assert entry_kinds == set(CHECKABLE_KINDS)


@pytest.mark.parametrize("claim", ONE_OF_EACH, ids=lambda c: c.text)
def test_every_kind_is_shown_and_compared(claim: Claim) -> None:
    assert kinds.value_text(claim)
    assert kinds.summary_text(claim)
    assert set(kinds.panel_fields(claim)) == {"value", "unit", "date", "sources"}
    assert kinds.slug_text(claim)
    fields = kinds.compared_fields(claim, with_sources=True)
    assert fields and fields == kinds.compared_fields(claim.model_copy(), with_sources=True)
    assert isinstance(kinds.identity(claim), str)
    assert isinstance(kinds.context_words(claim), set)
    if claim.kind in CHECKABLE_KINDS:
        assert kinds.registry_fields(claim)
    else:
        assert not kinds.is_checkable(claim)
        with pytest.raises(ValueError):
            kinds.registry_fields(claim)


def test_values_as_editors_read_them() -> None:
    money, count, dated, relative = ONE_OF_EACH[1], ONE_OF_EACH[2], ONE_OF_EACH[3], ONE_OF_EACH[4]
    assert kinds.value_text(money) == "6.6 trillion CNY in 2029"
    assert kinds.summary_text(money) == "6.6 trillion CNY in 2029 (= 858 billion EUR)"
    assert kinds.value_text(count) == "about 12 countries"
    assert kinds.value_text(ONE_OF_EACH[0]) == "2,000 miles"
    assert kinds.summary_text(relative) == "relative: in the past year"
    assert kinds.is_checkable(dated) and not kinds.is_checkable(relative)
    assert kinds.identity(ONE_OF_EACH[6]) == "LS"
