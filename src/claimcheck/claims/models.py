"""Typed claim records: one discriminated union by ``kind``, frozen, JSON round-trippable.

Every claim carries where it stands (``location`` in the file, ``article``, the ``block``
or footnote it sits in and ``start``/``end`` offsets in that text's normalised form), the
exact ``text`` of its span, the ``sentence`` around it and the footnote labels that
support it (``footnotes``: references in the same sentence).

Value types (:class:`PartialDate`, :class:`MoneyValue`, …) are shared with the registry of
reviewed claims under ``claims/``, so a draft's claim and a reviewed entry compare
field by field.
"""

from __future__ import annotations

import datetime as dt
from typing import (
    TYPE_CHECKING,
    Annotated,
    Iterator,
    Literal,
    Sequence,
    TypeVar,
    Union,
    get_args,
    overload,
)

from pydantic import BaseModel, ConfigDict, Field, model_validator

from claimcheck.document import Location, WithEnd

__all__ = [
    "AcronymClaim",
    "CitationClaim",
    "Claim",
    "ClaimSet",
    "CountClaim",
    "DateClaim",
    "DateHappening",
    "MemberListClaim",
    "MoneyClaim",
    "MoneyValue",
    "PartialDate",
    "QuantityClaim",
    "QuotationClaim",
    "RelativeWindow",
    "CHECKABLE_KINDS",
    "CLAIM_KINDS",
    "CheckableKind",
    "ClaimKind",
    "ClaimSubject",
    "NumericClaim",
]

Qualifier = Literal["more than", "less than", "about", "nearly", "up to", "at least", "at most", "over", "under"]


ClaimKind = Literal[
    "quantity",
    "money",
    "count",
    "date",
    "member_list",
    "acronym",
    "citation",
    "quotation",
]


class _Frozen(BaseModel):
    # the bases (this, ``_ClaimBase``, ``NumericClaim``) lend their fields and are never made
    # themselves: their validators wait for a use no run makes (``defer_build``); every model
    # a reader or an extractor makes says ``defer_build=False``, built when defined as before
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


class PartialDate(_Frozen, defer_build=False):
    """A date kept at the precision it was written: a year, a month or a day."""

    year: int = Field(ge=1, le=9999)
    month: int | None = Field(default=None, ge=1, le=12)
    day: int | None = Field(default=None, ge=1, le=31)

    @model_validator(mode="after")
    def _check(self) -> "PartialDate":
        if self.day is not None:
            if self.month is None:
                raise ValueError("a day needs a month")
            dt.date(self.year, self.month, self.day)  # raises for 2024-02-30
        return self

    @property
    def precision(self) -> Literal["year", "month", "day"]:
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year"

    def iso(self) -> str:
        if self.day is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        if self.day is not None:
            return dt.date(self.year, self.month, self.day)  # type: ignore[arg-type]  # a day comes with a month (validated)
        if self.month is not None:
            nxt = dt.date(self.year + (self.month == 12), self.month % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        return dt.date(self.year, 12, 31)

    @classmethod
    def parse(cls, text: str) -> "PartialDate":
        """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
        parts = [int(p) for p in str(text).split("-")]
        return cls(**dict(zip(("year", "month", "day"), parts)))

    def __str__(self) -> str:
        return self.iso()


class MoneyValue(_Frozen, defer_build=False):
    """An amount in major units of an ISO 4217 currency."""

    amount: float
    currency: str = Field(pattern=r"^[A-Z]{3}$")


WindowUnit = Literal["day", "week", "month", "year", "decade"]
WindowDirection = Literal["past", "next", "current"]


class RelativeWindow(_Frozen, defer_build=False):
    """A time window written relative to some anchor: "in the past 12 months", "last year"."""

    text: str
    amount: int = 1
    unit: WindowUnit
    direction: WindowDirection = "past"
    anchor: Literal["publication", "text"] = "publication"
    vague: bool = Field(
        default=False, description="No amount written ('recently', 'in recent years'): amount is a floor."
    )


class _ClaimBase(_Frozen, WithEnd):
    text: str = Field(description="The exact span, as in the normalised text.")
    location: Location
    article: int = 0
    block: int | None = Field(default=None, description="Block index in the article, if in the text.")
    footnote: str | None = Field(default=None, description="Footnote label, if in a footnote body.")
    start: int = Field(ge=0, description="Offset of the span in its block's or footnote's text.")
    end: int = Field(ge=0)
    # end_location (WithEnd): where the span ends in the file, for the findings made from
    # the claim; not a field, so the claims' JSON and YAML are unchanged
    sentence: str = ""
    footnotes: tuple[str, ...] = Field(default=(), description="Labels of supporting references.")

    if TYPE_CHECKING:  # each claim class declares its own ``kind`` field, a single literal
        kind: ClaimKind


class ClaimSubject(_Frozen, defer_build=False):
    """What a money, count or quantity claim is about, as far as its own clause says.

    Read by :mod:`claimcheck.extract.subjects`; two claims state the same fact only when
    their subjects agree (:func:`claimcheck.extract.linking.figures.same_figure`).
    """

    what: str = Field(default="", description="The counted thing, normalised: '5g base station'.")
    scope: tuple[str, ...] = Field(default=(), description="Names in the clause: places, bodies, products.")
    period: tuple[str, ...] = Field(
        default=(), description="Periods in the clause: '2023', 'march', 'per day', 'last year'."
    )
    part: str | None = Field(
        default=None,
        description="The words that make it a part, subset, ranking or other group: 'top', 'of', 'other'.",
    )
    hypothetical: bool = Field(default=False, description="In a worked example or a hypothetical.")
    words: tuple[str, ...] = Field(default=(), description="Other content words of the clause.")
    measures: str = Field(
        default="",
        description="The head noun the figure quantifies, read from its own phrase: 'embankment', 'fund'.",
    )


class NumericClaim(_ClaimBase):
    """What money, count and quantity claims share: a value, its range and how it is written."""

    if TYPE_CHECKING:
        kind: Literal["quantity", "money", "count"]

    value: float
    low: float | None = None
    high: float | None = None
    written: str = Field(description="The number as written: '4 million', 'twelve', '6.6'.")
    scale: str | None = Field(default=None, description="Scale word: million, billion, trillion.")
    qualifier: Qualifier | None = None
    subject: ClaimSubject | None = Field(default=None, description="What the figure is about.")
    label: str | None = Field(
        default=None,
        description="The label the figure stands under, which names what it measures: a key-figure "
        "line's words before its colon ('Employer rate: 23.1%'), a table row's label ('Terminal passengers').",
    )


class QuantityClaim(NumericClaim, defer_build=False):
    """A measured quantity with a unit, through the shared pint registry ('2.5 meters')."""

    kind: Literal["quantity"] = "quantity"
    unit: str = Field(description="A pint unit string, e.g. 'meter', 'percent', 'kilometer / hour'.")


class MoneyClaim(NumericClaim, defer_build=False):
    """An amount of money: '580 billion euros in 2023', '6.6 trillion yuan (858 billion euros)'."""

    kind: Literal["money"] = "money"
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    year: int | None = Field(default=None, description="The year the amount refers to, if stated.")
    year_to: int | None = Field(
        default=None,
        description="When the amount's year (or context year) is a split year, a financial or "
        "academic year ('in 2022-23'), the calendar year it ends in (2023; the year is 2022).",
    )
    date: PartialDate | None = None
    context_year: int | None = Field(
        default=None,
        description="A year written elsewhere in its sentence or paragraph ('In 2014, ...'), "
        "when the amount itself has none.",
    )
    equivalent: MoneyValue | None = Field(default=None, description="A conversion given with it, in parentheses.")


class CountClaim(NumericClaim, defer_build=False):
    """A count of things: '4 million 5G base stations', 'twelve countries'.

    Spans of time are quantities, not counts: 'two decades' is a :class:`QuantityClaim`
    of 20 year, 'nine-hour' one of 9 hour.
    """

    kind: Literal["count"] = "count"
    thing: str = Field(description="What is counted, as written: '5G base stations'.")


class DateHappening(_Frozen, defer_build=False):
    """What happened on a date and to what: "the Council adopted the pact on 14 May 2024"
    is an ``adoption`` of the ``pact`` by the ``Council``.

    Read by :mod:`claimcheck.extract.happenings`; DT001 compares two dates only when they
    date one happening of one thing.
    """

    kind: str = Field(
        description="The happening, one word for its verbs and nouns: 'adoption' (adopted, passed, "
        "the law of …), 'entry into force' (came into force, took effect), 'signing', 'ratification', "
        "'recommendation', 'approval', 'announcement', 'opening', 'launch', 'start', 'creation' …"
    )
    what: str = Field(description="The thing it happened to, as written: 'Pact on Migration and Asylum'.")
    by: str | None = Field(default=None, description="Who did it, when said: 'council'.")


class DateClaim(_ClaimBase, defer_build=False):
    """A date, a date range or a relative window, at the precision written."""

    kind: Literal["date"] = "date"
    date: PartialDate | None = None
    # named end_date: ``end`` is the span's end offset, shared by every claim
    end_date: PartialDate | None = Field(default=None, description="End of a range ('2028–2031').")
    relative: RelativeWindow | None = None
    event: str | None = Field(default=None, description="What the date dates, when clear.")
    happening: DateHappening | None = Field(
        default=None, description="The happening the date dates and its subject, when plainly said."
    )
    qualifier: str | None = Field(
        default=None,
        description="How the date bounds the claim: since, before, after, by, until, as of, "
        "no later than, or early/mid/late/end/start for part of a period, a season (spring, "
        "summer, autumn, fall, winter) or a quarter (Q1–Q4) of a year.",
    )
    year_inferred: bool = Field(
        default=False, description="The year was not written next to the date but taken from context."
    )

    @model_validator(mode="after")
    def _one_of(self) -> "DateClaim":
        if self.date is None and self.relative is None:
            raise ValueError("a date claim needs a date or a relative window")
        return self


class MemberListClaim(_ClaimBase, defer_build=False):
    """Members of a group: 'Venezuela, South Africa, … have joined the ILRS'."""

    kind: Literal["member_list"] = "member_list"
    group: str = Field(description="The group as named: 'the ILRS'.")
    members: tuple[str, ...] = Field(description="Normalised member names (pycountry names).")
    raw_members: tuple[str, ...] = Field(default=(), description="Members as written.")
    declared_count: int | None = None
    as_of: PartialDate | None = None
    as_of_text: str | None = Field(default=None, description="How the date is written: 'As of July 2024', 'So far'.")
    role: str = Field(
        default="members",
        description="What the members are to the group: 'members', 'founders' or 'signatories'.",
    )


class AcronymClaim(_ClaimBase, defer_build=False):
    """An acronym definition: 'the Strategic Support Force (SSF)'."""

    kind: Literal["acronym"] = "acronym"
    acronym: str
    expansion: str
    native: str | None = Field(default=None, description="A native-language original given with it.")


class CitationClaim(_ClaimBase, defer_build=False):
    """A source cited in a footnote: authors, title, outlet, date, URL."""

    kind: Literal["citation"] = "citation"
    number: int | None = None
    authors: tuple[str, ...] = ()
    title: str | None = None
    translated_title: str | None = None
    outlet: str | None = None
    date: PartialDate | None = None
    url: str | None = None
    archive_url: str | None = None
    archive_captured: dt.datetime | None = None
    accessed: PartialDate | None = None  # when the source was read ("Retrieved 2012-08-18")
    as_of: PartialDate | None = None  # the date its figures stand at ("as of March 2024")


class QuotationClaim(_ClaimBase, defer_build=False):
    """Quoted words, with the speaker when the text names one."""

    kind: Literal["quotation"] = "quotation"
    quote: str
    speaker: str | None = None


Claim = Annotated[
    Union[
        QuantityClaim,
        MoneyClaim,
        CountClaim,
        DateClaim,
        MemberListClaim,
        AcronymClaim,
        CitationClaim,
        QuotationClaim,
    ],
    Field(discriminator="kind"),
]

CLAIM_KINDS: tuple[ClaimKind, ...] = get_args(ClaimKind)

#: Kinds an editor can check against a source, and the kinds the registry of reviewed
#: claims holds values for (RG rules, ``claimcheck status``, ``claimcheck review``).
CheckableKind = Literal["money", "count", "quantity", "date", "member_list"]
CHECKABLE_KINDS: tuple[CheckableKind, ...] = get_args(CheckableKind)

_C = TypeVar("_C", bound=_ClaimBase)


class ClaimSet(BaseModel):
    """The claims of one document, in reading order."""

    # built when first validated or dumped (``ClaimSet(...)``, ``model_validate_json`` of a
    # claims file, ``model_dump``): :func:`claimcheck.extract.extract` makes its set of
    # claims already validated with ``model_construct``, so a run that only checks builds
    # neither this model nor its tagged union of the eight claim kinds
    model_config = ConfigDict(frozen=True, defer_build=True)

    path: str
    claims: tuple[Claim, ...] = ()

    def __iter__(self) -> Iterator[Claim]:  # type: ignore[override]  # the claims, not pydantic's (field, value) pairs
        return iter(self.claims)

    def __len__(self) -> int:
        return len(self.claims)

    # one overload per kind, so ``of_kind("money")`` is a ``list[MoneyClaim]`` to a type checker
    @overload
    def of_kind(self, kind: Literal["quantity"], /) -> list[QuantityClaim]: ...
    @overload
    def of_kind(self, kind: Literal["money"], /) -> list[MoneyClaim]: ...
    @overload
    def of_kind(self, kind: Literal["count"], /) -> list[CountClaim]: ...
    @overload
    def of_kind(self, kind: Literal["date"], /) -> list[DateClaim]: ...
    @overload
    def of_kind(self, kind: Literal["member_list"], /) -> list[MemberListClaim]: ...
    @overload
    def of_kind(self, kind: Literal["acronym"], /) -> list[AcronymClaim]: ...
    @overload
    def of_kind(self, kind: Literal["citation"], /) -> list[CitationClaim]: ...
    @overload
    def of_kind(self, kind: Literal["quotation"], /) -> list[QuotationClaim]: ...
    @overload
    def of_kind(self, *kinds: str) -> list[Claim]: ...
    def of_kind(self, *kinds: str) -> Sequence[Claim]:
        """The claims of the given kinds, in reading order (a new list)."""
        return [c for c in self.claims if c.kind in kinds]

    def of_type(self, *types: type[_C]) -> list[_C]:
        """The claims that are instances of ``types``, typed as such:
        ``of_type(MoneyClaim, CountClaim)`` is a list of :class:`NumericClaim`."""
        return [c for c in self.claims if isinstance(c, types)]
