"""The registry of reviewed claims: YAML files under ``claims/``, validated by pydantic.

An entry records one reviewed fact: a stable ``id``, the ``statement`` in the reviewer's
words, the typed value (``kind`` plus the same fields an extracted claim of that kind
has: ``value``/``unit`` for a quantity, ``value``/``currency``/``year``/``equivalent`` for
money, ``value``/``thing`` for a count, ``date``/``end_date``/``event`` for a date,
``group``/``members`` for a member list), ``as_of``, ``sources``, the review ``status``
and who reviewed it when, ``notes``, ``aliases`` (other ways a draft may name the subject)
and an optional ``tolerance``. A file holds one entry (a mapping) or a list of them.

:func:`load_registry` reads a folder (any depth, ``*.yml``/``*.yaml``) or one file. YAML is
composed into nodes first, so every key and value keeps its line and column: each problem
becomes a :class:`~claimcheck.errors.RegistryError` that points at the exact key or value
(E301 malformed YAML, E302 an invalid entry, E303 a duplicate id, E304 an unknown unit,
E305 an unknown currency, E306 an impossible date, E307 a verified entry without a source,
E308 no such registry, E309 a file that cannot be read, E310 a key written twice).

Loading is built for size: PyYAML's C parser when it is there, one
``TypeAdapter(list[Entry])`` call for every entry of every file, and marks kept only for
the top-level keys of each entry (enough to point findings at ``value:`` or ``members:``).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
from claimcheck import lazyre as re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Iterable, Iterator, Literal, Union

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    PrivateAttr,
    TypeAdapter,
    ValidationError,
    WithJsonSchema,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from claimcheck.claims.models import MoneyValue, PartialDate, Qualifier
from claimcheck.claims.units import normalise_unit, parse_unit
from claimcheck.registry.paths import registry_path
from claimcheck.document import Location
from claimcheck.errors import RegistryError

if TYPE_CHECKING:
    from claimcheck.registry.matching import RegistryIndex

__all__ = [
    "ENTRY_KINDS",
    "STATUSES",
    "VERDICTS",
    "CountEntry",
    "DateEntry",
    "Entry",
    "MemberListEntry",
    "MoneyEntry",
    "QuantityEntry",
    "Registry",
    "Source",
    "dump_entries",
    "json_schema",
    "load_registry",
    "parse_entries",
    "registry_path",
]

Status = Annotated[
    Literal["unverified", "verified", "disputed", "false", "outdated"],
    # YAML reads an unquoted `status: false` as a boolean: take it as the word
    BeforeValidator(lambda v: "false" if v is False else v),
]
STATUSES: tuple[str, ...] = ("unverified", "verified", "disputed", "false", "outdated")
#: Statuses that are a verdict (exported as ClaimReview).
VERDICTS: tuple[str, ...] = ("verified", "false", "disputed", "outdated")
ENTRY_KINDS: tuple[str, ...] = ("quantity", "money", "count", "date", "member_list")

SCHEMA_ID = "https://claimcheck.invalid/claims.schema.json"
_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
_TOLERANCE_RE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*%\s*$")


# --------------------------------------------------------------------------- value types
def _to_partial_date(value: Any) -> Any:
    """YAML writes dates as ``2028``, ``2024-04`` or ``2024-09-25``: all become PartialDate."""
    if isinstance(value, (PartialDate, dict)):
        return value
    if isinstance(value, bool):
        raise PydanticCustomError("date_form", "write a date as YYYY, YYYY-MM or YYYY-MM-DD")
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return PartialDate(year=value.year, month=value.month, day=value.day)
    if isinstance(value, int):
        value = str(value)
    if isinstance(value, str):
        m = _DATE_RE.match(value.strip())
        if not m:
            raise PydanticCustomError("date_form", "write a date as YYYY, YYYY-MM or YYYY-MM-DD")
        year, month, day = (int(g) if g else None for g in m.groups())
        assert year is not None  # the pattern requires the year
        if month is not None and not 1 <= month <= 12:
            raise PydanticCustomError(
                "impossible_date",
                "{value} is not a date: there is no month {month}",
                {"value": value.strip(), "month": month},
            )
        if day is not None and month is not None:  # the pattern gives a day only with a month
            try:
                dt.date(year, month, day)
            except ValueError:
                raise PydanticCustomError(
                    "impossible_date",
                    "{value} is not a date: {reason}",
                    {"value": value.strip(), "reason": "day is out of range for month"},
                ) from None
        return PartialDate(year=year, month=month, day=day)
    raise PydanticCustomError("date_form", "write a date as YYYY, YYYY-MM or YYYY-MM-DD")


_DAY_RE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def _to_date(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        m = _DAY_RE.match(value.strip())
        if not m:
            raise PydanticCustomError("date_form", "write the date as YYYY-MM-DD")
        try:
            return dt.date(*map(int, m.groups()))
        except ValueError as exc:
            raise PydanticCustomError(
                "impossible_date", "{value} is not a date: {reason}", {"value": value.strip(), "reason": str(exc)}
            ) from None
    raise PydanticCustomError("date_form", "write the date as YYYY-MM-DD")


YamlDate = Annotated[
    PartialDate,
    BeforeValidator(_to_partial_date),
    PlainSerializer(lambda d: d.iso(), return_type=str),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "string", "pattern": _DATE_PATTERN},
                {"type": "integer", "minimum": 1, "maximum": 9999},
            ],
            "description": "A date at the precision known: YYYY, YYYY-MM or YYYY-MM-DD.",
        }
    ),
]

DayDate = Annotated[
    dt.date,
    BeforeValidator(_to_date),
    PlainSerializer(lambda d: d.isoformat(), return_type=str),
    WithJsonSchema({"type": "string", "format": "date", "description": "YYYY-MM-DD"}),
]


def _check_currency(code: str) -> str:
    import pycountry

    if pycountry.currencies.get(alpha_3=code) is None:
        raise PydanticCustomError("unknown_currency", "unknown currency '{code}': not an ISO 4217 code", {"code": code})
    return code


def _check_unit(written: str) -> str:
    """A unit as written ("km", "kilometres") or a pint string, normalised to the pint string."""
    unit = normalise_unit(written)
    if unit is not None:
        return unit
    try:
        parse_unit(written)
    except ValueError:
        raise PydanticCustomError(
            "unknown_unit", "unknown unit '{unit}': not a unit the shared pint registry knows", {"unit": written}
        ) from None
    return written


Currency = Annotated[
    str,
    Field(pattern=r"^[A-Z]{3}$", description="ISO 4217 code, e.g. EUR, CNY, USD."),
]
Slug = Annotated[
    str,
    Field(
        pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$",
        max_length=120,
        description="Stable identifier: lower-case words and digits joined by hyphens.",
    ),
]
Tolerance = Annotated[
    Union[float, Annotated[str, Field(pattern=r"^\s*\d+(\.\d+)?\s*%\s*$")]],
    Field(
        description="How far a draft's value may be from this one and still agree: a percentage "
        "('5%') or an absolute amount in the entry's unit, currency or count (2000).",
    ),
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)  # `value: 1e400` is no figure


class Source(_Model):
    """A source that supports the entry: as a footnote would cite it."""

    title: str | None = None
    outlet: str | None = None
    date: YamlDate | None = None
    url: Annotated[str, Field(pattern=r"^https?://\S+$")] | None = None

    @model_validator(mode="after")
    def _something(self) -> "Source":
        if not self.title and not self.url:
            raise PydanticCustomError("source_form", "a source needs a title or a url")
        return self


class _EntryBase(_Model):
    if TYPE_CHECKING:  # each entry class declares its own ``kind`` field, a single literal
        kind: str

    id: Slug
    statement: str = Field(min_length=1, description="The fact, in the reviewer's own words.")
    as_of: YamlDate = Field(description="The date the value holds at (usually the source's date).")
    sources: list[Source] = Field(default_factory=list)
    status: Status = "unverified"
    reviewed_by: str | None = None
    reviewed_on: DayDate | None = None
    example: bool = Field(
        default=False,
        description="An illustrative entry (documentation, tests): its status shows how the rules "
        "use a reviewed fact, but nobody verified it. `claims export` leaves it out and `status` "
        "says so.",
    )
    notes: str | None = None
    aliases: list[str] = Field(
        default_factory=list,
        description="Other ways a draft may name the subject (matched in the claim's sentence, "
        "counted thing or group).",
    )
    tolerance: Tolerance | None = None

    # where the entry stands: file, line and column of each top-level key (not serialised)
    _path: str = PrivateAttr(default="")
    _keys: dict[str, tuple[int, int]] = PrivateAttr(default_factory=dict)
    _line: int = PrivateAttr(default=1)
    _column: int = PrivateAttr(default=1)

    @property
    def path(self) -> str:
        return self._path

    def location(self, key: str | None = None) -> Location:
        """Where the entry (or one of its keys) stands in its file."""
        line, col = self._keys.get(key, (self._line, self._column)) if key else (self._line, self._column)
        return Location(path=self._path or "<registry>", line=line, column=col)

    def place(self, key: str | None = None) -> str:
        return str(self.location(key))

    def tolerance_for(self, value: float) -> float:
        """The tolerance as an absolute amount around ``value`` (0 when none is set)."""
        tol = self.tolerance
        if tol is None:
            return 0.0
        if isinstance(tol, str):
            m = _TOLERANCE_RE.match(tol)
            return abs(value) * float(m.group(1)) / 100 if m else 0.0
        return abs(float(tol))

    @property
    def verdict(self) -> bool:
        return self.status in VERDICTS

    @property
    def value_key(self) -> str:
        """The key that holds the entry's value (where findings point)."""
        return {"date": "date", "member_list": "members"}.get(self.kind, "value")


class QuantityEntry(_EntryBase):
    """A measured quantity: ``value`` in ``unit`` (a unit as written or a pint unit string)."""

    kind: Literal["quantity"]
    value: float
    unit: str = Field(description="A unit as written ('km', 'tonnes', 'GW') or a pint unit string.")
    qualifier: Qualifier | None = None

    @field_validator("unit")
    @classmethod
    def _unit(cls, v: str) -> str:
        return _check_unit(v)


class MoneyEntry(_EntryBase):
    """An amount of money in major units of an ISO 4217 currency, for a year if it has one."""

    kind: Literal["money"]
    value: float
    currency: Currency
    year: int | None = Field(default=None, ge=1, le=9999)
    equivalent: MoneyValue | None = Field(
        default=None, description="The amount in another currency, as the source gives it."
    )
    qualifier: Qualifier | None = None

    @field_validator("currency")
    @classmethod
    def _currency(cls, v: str) -> str:
        return _check_currency(v)

    @field_validator("equivalent")
    @classmethod
    def _equivalent_currency(cls, v: MoneyValue | None) -> MoneyValue | None:
        if v is not None:
            _check_currency(v.currency)
        return v


class CountEntry(_EntryBase):
    """A count of things: ``value`` and the counted ``thing`` ('5G base stations')."""

    kind: Literal["count"]
    value: float = Field(ge=0)
    thing: str = Field(min_length=1, description="What is counted, as a draft would write it.")
    qualifier: Qualifier | None = None


class DateEntry(_EntryBase):
    """A date or a range, at the precision known, and the event it dates."""

    kind: Literal["date"]
    date: YamlDate
    end_date: YamlDate | None = None
    event: str | None = Field(default=None, description="What the date dates: 'launch', 'sample return'.")
    qualifier: str | None = None

    @model_validator(mode="after")
    def _ordered(self) -> "DateEntry":
        if self.end_date is not None and self.end_date.first_day() < self.date.first_day():
            raise PydanticCustomError(
                "impossible_date",
                "end_date {end} is before date {start}",
                {"end": self.end_date.iso(), "start": self.date.iso()},
            )
        return self


class MemberListEntry(_EntryBase):
    """The members of a group as of ``as_of``; ``founders`` may be left out of a list of joiners."""

    kind: Literal["member_list"]
    group: str = Field(min_length=1, description="The group's name: 'International Lunar Research Station'.")
    members: list[str] = Field(min_length=1)
    founders: list[str] = Field(
        default_factory=list,
        description="Founding members: a draft's list that names none of them is read as a list of "
        "the members that joined, and their absence is not reported.",
    )

    @model_validator(mode="after")
    def _founders_are_members(self) -> "MemberListEntry":
        extra = [f for f in self.founders if f not in self.members]
        if extra:
            raise PydanticCustomError("founder_not_member", "founder '{name}' is not in members", {"name": extra[0]})
        return self


Entry = Annotated[
    Union[QuantityEntry, MoneyEntry, CountEntry, DateEntry, MemberListEntry],
    Field(discriminator="kind"),
]
AnyEntry = Union[QuantityEntry, MoneyEntry, CountEntry, DateEntry, MemberListEntry]


@functools.cache
def _entries_adapter() -> TypeAdapter[list[AnyEntry]]:
    return TypeAdapter(list[Entry])


def json_schema() -> str:
    """The JSON Schema of a registry file (one entry or a list), as docs/claims.schema.json."""
    schema = TypeAdapter(Union[Entry, list[Entry]]).json_schema(ref_template="#/$defs/{model}")
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "claimcheck registry file",
        "description": "One reviewed claim, or a list of them (files under claims/). "
        "Generated by `claimcheck claims schema`; do not edit.",
        **schema,
    }
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


# --------------------------------------------------------------------------- YAML loading
try:  # the C parser is several times faster; the resolver and constructor stay Python's
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - PyYAML without libyaml
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]  # same interface, pure Python


class _Loader(_BaseLoader):
    """Safe YAML without implicit timestamps: dates stay text for the date validators, so an
    impossible date is a located validation error, not a crash inside the YAML library."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}
_STR_TAG = "tag:yaml.org,2002:str"
from yaml import Node as _Node  # noqa: E402
from yaml import ScalarNode as _ScalarNode  # noqa: E402

_IMPLICIT = _Loader.yaml_implicit_resolvers


def _fast_resolve(self: Any, kind: Any, value: Any, implicit: Any) -> str:
    """The resolver on the hot path: a plain scalar whose first character starts no
    implicit type (most text) is a string at once; everything else goes the usual way."""
    if kind is _ScalarNode and implicit[0] and value and value[0] not in _IMPLICIT and not self.yaml_path_resolvers:
        return _STR_TAG
    tag: str = _BaseLoader.resolve(self, kind, value, implicit)
    return tag


_Loader.resolve = _fast_resolve  # type: ignore[method-assign]  # a faster resolver, same tags

_ERROR_CODES = {
    "unknown_unit": "E304",
    "unknown_currency": "E305",
    "impossible_date": "E306",
}
_HINTS = {
    "E302": "see docs/registry.md for the fields of each kind",
    "E304": "write a unit such as km, tonnes, GW or a pint unit string such as 'kilometer / hour'",
    "E305": "use the ISO 4217 code, e.g. EUR, CNY, USD",
    "E306": "check the day and the month",
}


@dataclass
class _Raw:
    """One entry as read: its data, its node (for locating errors) and its file."""

    data: Any
    node: Any
    path: str
    lines: list[str]


def _mark(node: Any) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _width(node: _Node) -> int:
    s, e = node.start_mark, node.end_mark
    if e.line == s.line and e.column > s.column:
        return e.column - s.column
    return 1


#: the largest registry file read (a registry of 10,000 entries is about 3 MB)
REGISTRY_MAX_BYTES = 64 * 1024 * 1024
#: the largest number a registry value may hold (beyond it, and inf or nan, is refused)
MAX_MAGNITUDE = 1e100


class _Refused(Exception):
    """A value the registry does not take: the entry is refused with a located error."""

    def __init__(self, node: Any, code: str, message: str, hint: str) -> None:
        super().__init__(message)
        self.node, self.code, self.message, self.hint = node, code, message, hint


def _checked_scalar(node: Any, value: Any) -> Any:
    """A constructed scalar, if the registry takes it: numbers of bounded magnitude, text,
    booleans and null (no bytes from ``!!binary``, no ``!!timestamp`` objects)."""
    import datetime as _dt
    import math

    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, (int, float)):
        if isinstance(value, float) and not math.isfinite(value) or abs(value) > MAX_MAGNITUDE:
            raise _Refused(
                node,
                "E302",
                f"number `{node.value[:40]}` is out of range (at most 1e100, no inf or nan)",
                "write the figure as it is in the source",
            )
        return value
    if isinstance(value, (_dt.date, _dt.datetime)):
        return str(node.value)  # `!!timestamp 2024-05-01`: the date as written, checked as a date
    raise _Refused(
        node,
        "E302",
        f"a {node.tag.rsplit(':', 1)[-1]} value is not read in the registry",
        "write the value as plain text",
    )


class _Builder:
    """Nodes -> Python data, checking for keys written twice on the way."""

    def __init__(self, path: str, lines: list[str], errors: list[RegistryError], budget: int = 10**6) -> None:
        #: nodes left to build: an alias repeats a node, and nested aliases multiply
        self.budget = budget
        self.loader = _Loader("")
        self.path = path
        self.lines = lines
        self.errors = errors
        import yaml

        self._yaml = yaml
        self._scalar = _Loader.yaml_constructors

    def build(self, node: Any, depth: int = 0) -> Any:
        yaml = self._yaml
        if depth > 50:
            raise RecursionError
        self.budget -= 1
        if self.budget < 0:  # aliases expanding to far more nodes than the file holds
            raise _Refused(
                node,
                "E314",
                "YAML aliases expand to far more data than the file holds (an alias bomb?)",
                "write the entries out, or use fewer aliases",
            )
        if isinstance(node, yaml.ScalarNode):
            if node.tag == "tag:yaml.org,2002:merge":
                raise _Refused(
                    node,
                    "E302",
                    "YAML merge keys (`<<:`) are not read in the registry",
                    "write the keys of each entry out in full",
                )
            ctor = self._scalar.get(node.tag)
            if ctor is None:
                return node.value
            try:
                value = ctor(self.loader, node)
            except Exception as exc:  # !!int x, !!timestamp 2025-02-30, !!binary of no base64, 10**5000
                shown = node.value if len(node.value) <= 40 else node.value[:40] + "…"
                reason = str(exc).split(";")[0][:100]
                raise _Refused(
                    node,
                    "E302",
                    f"`{shown}` cannot be read as {node.tag.rsplit(':', 1)[-1]}: {reason}",
                    "write the value as plain text or a plain number",
                ) from None
            return _checked_scalar(node, value)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(n, depth + 1) for n in node.value]
        out: dict[Any, Any] = {}
        seen: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = self.build(key_node, depth + 1)
            if not isinstance(key, (str, int, float, bool)) and key is not None:
                key = str(key)
            if key in seen:
                first = seen[key]
                self.errors.append(
                    _error(
                        f"key `{key}` is written twice in this mapping (first at line {first.start_mark.line + 1})",
                        self.path,
                        self.lines,
                        key_node,
                        "E310",
                        hint="keep one of them",
                    )
                )
                continue
            seen[key] = key_node
            out[key] = self.build(value_node, depth + 1)
        return out


def _error(
    message: str, path: str, lines: list[str], node: Any | None, code: str, *, hint: str | None = None
) -> RegistryError:
    if node is None:
        return RegistryError(message, path=path, code=code, hint=hint)
    line, col = _mark(node)
    src = lines[line - 1] if 0 < line <= len(lines) else None
    return RegistryError(
        message, path=path, line=line, column=col, code=code, hint=hint, source_line=src, width=_width(node)
    )


def _read_text(path: Path, shown: str) -> tuple[str | None, RegistryError | None]:
    import stat

    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode):  # a FIFO would block, a device never end
            return None, RegistryError(
                "registry file is not a regular file (a pipe, a socket or a device)",
                path=shown,
                code="E309",
                hint="keep the registry in plain files",
            )
        if st.st_size > REGISTRY_MAX_BYTES:
            return None, RegistryError(
                f"registry file is {st.st_size / 2**20:.0f} MiB, over the {REGISTRY_MAX_BYTES // 2**20} MiB limit",
                path=shown,
                code="E314",
                hint="split the registry into several files",
            )
        with path.open("rb") as fh:
            raw = fh.read(REGISTRY_MAX_BYTES + 1)
        if len(raw) > REGISTRY_MAX_BYTES:
            return None, RegistryError(
                f"registry file is over the {REGISTRY_MAX_BYTES // 2**20} MiB limit",
                path=shown,
                code="E314",
                hint="split the registry into several files",
            )
    except OSError as exc:
        return None, RegistryError(
            f"cannot read registry file: {exc.strerror}", path=shown, code="E309", hint="check the file's permissions"
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        return None, RegistryError(
            "registry file is not UTF-8", path=shown, line=line, column=col, code="E309", hint="save it as UTF-8"
        )
    return text, None


def _compose(text: str, shown: str, lines: list[str], errors: list[RegistryError]) -> list[_Raw]:
    """The entries of one file: a mapping, or a list of mappings (several documents allowed)."""
    import yaml

    try:
        docs = list(yaml.compose_all(text, Loader=_Loader))
    except RecursionError:  # [[[[... thousands deep
        errors.append(
            RegistryError(
                "malformed YAML: it nests too deeply to be read",
                path=shown,
                code="E301",
                hint="an entry is a mapping a few levels deep",
            )
        )
        return []
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        if exc.context_mark is not None and (mark is None or mark.line >= len(lines)):
            mark = exc.context_mark  # the end of the file: point where the open construct began
        problem = exc.problem or "malformed YAML"
        if exc.context and exc.context not in problem:
            problem = f"{problem} ({exc.context})"
        line = mark.line + 1 if mark else None
        col = mark.column + 1 if mark else None
        src = lines[line - 1] if line and 0 < line <= len(lines) else None
        errors.append(
            RegistryError(
                f"malformed YAML: {problem}",
                path=shown,
                line=line,
                column=col,
                code="E301",
                hint="fix the YAML syntax at the caret",
                source_line=src,
            )
        )
        return []
    except yaml.YAMLError as exc:
        errors.append(RegistryError(f"malformed YAML: {exc}", path=shown, code="E301"))
        return []
    # every node takes a few characters of the file; aliases may repeat some, not millions
    builder = _Builder(shown, lines, errors, budget=max(100_000, 4 * len(text)))
    out: list[_Raw] = []
    for doc in docs:
        if doc is None:
            continue
        nodes = doc.value if isinstance(doc, yaml.SequenceNode) else [doc]
        for node in nodes:
            if not isinstance(node, yaml.MappingNode):
                errors.append(
                    _error(
                        "an entry must be a mapping of keys (id, statement, kind, …)",
                        shown,
                        lines,
                        node,
                        "E302",
                        hint=_HINTS["E302"],
                    )
                )
                continue
            try:
                data = builder.build(node)
            except RecursionError:
                errors.append(_error("entry nests too deeply (a recursive alias?)", shown, lines, node, "E302"))
                continue
            except _Refused as exc:
                errors.append(_error(exc.message, shown, lines, exc.node, exc.code, hint=exc.hint))
                if exc.code == "E314":
                    return out  # the rest of the file would expand the same way
                continue
            out.append(_Raw(data=data, node=node, path=shown, lines=lines))
    return out


def _child(node: Any, key: Any) -> tuple[Any, Any] | None:
    """``(key_node, value_node)`` for ``key`` in a mapping node, or an item of a sequence."""
    import yaml

    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if k.value == str(key):
                return k, v
        return None
    if isinstance(node, yaml.SequenceNode) and isinstance(key, int) and 0 <= key < len(node.value):
        return node.value[key], node.value[key]
    return None


def _locate(raw: _Raw, loc: tuple[Any, ...], err_type: str) -> tuple[Any, str]:
    """The node an error points at, and how to name the field in the message."""
    node = raw.node
    names: list[str] = []
    at_key = err_type == "extra_forbidden"
    for i, part in enumerate(loc):
        found = _child(node, part)
        if found is None:
            break
        key_node, value_node = found
        names.append(f"[{part}]" if isinstance(part, int) else str(part))
        last = i == len(loc) - 1
        node = key_node if (last and at_key) else value_node
    field_name = ".".join(names).replace(".[", "[") if names else ""
    return node, field_name


def _validation_errors(exc: ValidationError, raws: list[_Raw]) -> list[RegistryError]:
    out: list[RegistryError] = []
    for err in exc.errors(include_url=False):
        loc = tuple(err["loc"])
        index, rest = loc[0], loc[1:]
        raw = raws[int(index)]  # the entry's position in the list
        kind = raw.data.get("kind") if isinstance(raw.data, dict) else None
        if rest and rest[0] == kind:  # the discriminated union's tag
            rest = rest[1:]
        err_type = err["type"]
        code = _ERROR_CODES.get(err_type, "E302")
        if err_type in ("date_from_datetime_parsing", "date_parsing") or (
            err_type == "value_error" and "out of range" in err["msg"]
        ):
            code = "E306"
        node, name = _locate(raw, rest, err_type)
        ident = raw.data.get("id") if isinstance(raw.data, dict) else None
        who = f"entry `{ident}`" if isinstance(ident, str) else "entry"
        msg = err["msg"]
        if err_type == "union_tag_not_found":
            message = f"{who} has no `kind` (one of {', '.join(ENTRY_KINDS)})"
        elif err_type == "union_tag_invalid":
            message = f"{who}: unknown kind {kind!r} (one of {', '.join(ENTRY_KINDS)})"
            node, _ = _locate(raw, ("kind",), "")
        elif err_type == "missing":
            message = f"{who} is missing `{'.'.join(map(str, rest))}`"
            node, _ = _locate(raw, rest[:-1], "")
        elif err_type == "extra_forbidden":
            message = f"{who}: unknown key `{name or '.'.join(map(str, rest))}`"
            if kind in ENTRY_KINDS and len(rest) == 1:
                message += f" for kind {kind}"
        elif err_type == "string_pattern_mismatch" and rest == ("id",):
            message = f"{who}: `id` must be a slug: lower-case words and digits joined by hyphens"
        else:
            msg = re.sub(r"^(Value error|Assertion failed), ", "", msg)
            message = f"{who}: `{name}` {msg[0].lower() + msg[1:]}" if name else f"{who}: {msg[0].lower() + msg[1:]}"
        out.append(_error(message, raw.path, raw.lines, node, code, hint=_HINTS.get(code)))
    return out


def _key_marks(node: Any) -> dict[str, tuple[int, int]]:
    return {k.value: (k.start_mark.line + 1, k.start_mark.column + 1) for k, _ in node.value}


def parse_entries(
    raws: list[_Raw], errors: list[RegistryError], skip: set[int] | frozenset[int] = frozenset()
) -> list[AnyEntry]:
    """Validate every raw entry in one pass; entries with errors (and those in ``skip``,
    by index) are left out."""
    adapter = _entries_adapter()
    data = [r.data for r in raws]
    try:
        entries = adapter.validate_python(data)
        good = list(range(len(raws)))
    except ValidationError as exc:
        errors.extend(_validation_errors(exc, raws))
        bad = {e["loc"][0] for e in exc.errors()}
        good = [i for i in range(len(raws)) if i not in bad]
        entries = adapter.validate_python([data[i] for i in good]) if good else []
    for entry, i in zip(entries, good):
        raw = raws[i]
        entry._path = raw.path
        entry._line, entry._column = _mark(raw.node)
        entry._keys = _key_marks(raw.node)
    return [e for e, i in zip(entries, good) if i not in skip]


def _registry_files(root: Path) -> list[Path]:
    if root.is_file():
        return [root]
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if name.startswith("."):
                continue
            if name.endswith((".yml", ".yaml")):
                out.append(Path(dirpath) / name)
    return sorted(out)


def _shown(path: Path, root_shown: str, root: Path) -> str:
    if root.is_file():
        return root_shown
    rel = path.relative_to(root).as_posix()
    base = root_shown.rstrip("/\\")
    return f"{base}/{rel}" if base not in ("", ".") else rel


# --------------------------------------------------------------------------- the registry
def _norm(text: str) -> str:
    from claimcheck.registry.matching import normalise  # matching imports this module

    return normalise(text)


@dataclass
class Registry:
    """Entries from one registry folder, with what went wrong reading it."""

    root: str
    entries: list[AnyEntry] = field(default_factory=list)
    errors: list[RegistryError] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    _index: RegistryIndex | None = field(default=None, repr=False)

    def __iter__(self) -> Iterator[AnyEntry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    @property
    def ok(self) -> bool:
        return not self.errors

    def get(self, entry_id: str) -> AnyEntry | None:
        for e in self.entries:
            if e.id == entry_id:
                return e
        return None

    def of_kind(self, kind: str) -> list[AnyEntry]:
        return [e for e in self.entries if e.kind == kind]

    @property
    def index(self) -> RegistryIndex:
        """The look-up tables matching uses (built on first use)."""
        if self._index is None:
            from claimcheck.registry.matching import RegistryIndex  # matching imports this module

            self._index = RegistryIndex(self.entries)
        return self._index


def _duplicate_ids(raws: list[_Raw], errors: list[RegistryError]) -> set[int]:
    """E303 for every entry whose id an earlier entry has; the indexes of those entries."""
    first: dict[str, tuple[_Raw, Any]] = {}
    dups: set[int] = set()
    for i, raw in enumerate(raws):
        ident = raw.data.get("id") if isinstance(raw.data, dict) else None
        if not isinstance(ident, str):
            continue
        found = _child(raw.node, "id")
        value_node = found[1] if found else raw.node
        if ident in first:
            prev, prev_node = first[ident]
            line, col = _mark(prev_node)
            errors.append(
                _error(
                    f"duplicate id `{ident}`: first defined at {prev.path}:{line}:{col}",
                    raw.path,
                    raw.lines,
                    value_node,
                    "E303",
                    hint="ids must be unique across the registry; rename one",
                )
            )
            dups.add(i)
        else:
            first[ident] = (raw, value_node)
    return dups


def _post_checks(
    entries: list[AnyEntry], errors: list[RegistryError], lines_of: dict[str, list[str]]
) -> list[AnyEntry]:
    """Checks across fields: a verified entry needs a source."""
    kept: list[AnyEntry] = []
    for e in entries:
        lines = lines_of.get(e.path, [])
        if e.status == "verified" and not e.sources:
            line, col = e._keys.get("status", (e._line, e._column))
            src = lines[line - 1] if 0 < line <= len(lines) else None
            errors.append(
                RegistryError(
                    f"entry `{e.id}` is verified but names no source",
                    path=e.path,
                    line=line,
                    column=col,
                    code="E307",
                    hint="add the source under `sources:`, or set `status: unverified`",
                    source_line=src,
                    width=len("status"),
                )
            )
            continue
        kept.append(e)
    return kept


def load_registry(path: str | os.PathLike[str]) -> Registry:
    """Read every registry file under ``path`` (a folder, any depth, or one file).

    Never raises for bad content: problems are collected in ``Registry.errors`` (in file
    order) and the entries that are valid are kept. A missing ``path`` is error E308.
    """
    shown = str(path)
    root = Path(path)
    reg = Registry(root=shown)
    if not root.exists():
        reg.errors.append(
            RegistryError(
                "no such registry folder or file",
                path=shown,
                code="E308",
                hint="create it (`claimcheck claims init DRAFT` proposes entries) or point --claims at it",
            )
        )
        return reg
    import gc

    raws: list[_Raw] = []
    lines_of: dict[str, list[str]] = {}
    # hundreds of thousands of nodes stay alive until validation: the cyclic collector
    # would walk them again and again (it made loading 10,000 entries 2-3x slower)
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        _read_all(root, shown, reg, raws, lines_of)
        dups = _duplicate_ids(raws, reg.errors)
        entries = parse_entries(raws, reg.errors, dups)
        reg.entries = _post_checks(entries, reg.errors, lines_of)
        _ = reg.index  # the match index, built while the collector still rests
    finally:
        raws.clear()
        if was_enabled:
            gc.enable()
    reg.errors.sort(key=lambda e: (e.path or "", e.line or 0, e.column or 0))
    return reg


def _read_all(root: Path, shown: str, reg: Registry, raws: list[_Raw], lines_of: dict[str, list[str]]) -> None:
    for file in _registry_files(root):
        name = _shown(file, shown, root)
        reg.files.append(name)
        text, err = _read_text(file, name)
        if err is not None:
            reg.errors.append(err)
            continue
        assert text is not None  # _read_text gives the text or an error
        lines = text.splitlines()
        lines_of[name] = lines
        raws.extend(_compose(text, name, lines, reg.errors))


# --------------------------------------------------------------------------- writing
def dump_entries(entries: Iterable[AnyEntry], *, schema: str | None = None, header: str | None = None) -> str:
    """Entries as registry YAML (a list), in the key order editors read them."""
    import yaml

    order = [
        "id",
        "statement",
        "kind",
        "value",
        "unit",
        "currency",
        "year",
        "equivalent",
        "thing",
        "date",
        "end_date",
        "event",
        "group",
        "members",
        "founders",
        "qualifier",
        "as_of",
        "sources",
        "status",
        "example",
        "reviewed_by",
        "reviewed_on",
        "aliases",
        "tolerance",
        "notes",
    ]
    items = []
    for e in entries:
        data = _ints(e.model_dump(mode="json", exclude_none=True))
        for key in ("aliases", "sources", "founders"):
            if data.get(key) == []:
                data.pop(key)
        if data.get("example") is False:
            data.pop("example")
        items.append({k: data[k] for k in order if k in data} | {k: v for k, v in data.items() if k not in order})
    out = []
    if schema:
        out.append(f"# yaml-language-server: $schema={schema}")
    if header:
        out.extend(f"# {line}".rstrip() for line in header.splitlines())
    text = yaml.dump(items, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
    return ("\n".join(out) + "\n" if out else "") + text


def _ints(data: Any) -> Any:
    """Whole floats as ints (``580000000000``, not ``580000000000.0``)."""
    if isinstance(data, dict):
        return {k: _ints(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_ints(v) for v in data]
    if isinstance(data, float) and data.is_integer() and abs(data) < 1e18:
        return int(data)
    return data


from yaml import SafeDumper as _BaseDumper  # noqa: E402  (the Python emitter: it honours the indent below)


class _Dumper(_BaseDumper):
    """Lists indented under their key, as editors write them."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)
