"""Match a draft's extracted claims to registry entries, and compare their values.

Two questions for each (claim, entry) pair of the same kind:

* **about** -- does the claim speak about the entry's subject? A count's counted thing is
  the entry's ``thing`` or one of its ``aliases`` (plural-insensitive; a two-word thing may
  end a longer one: "other large state-owned enterprises"); a member list's group is the
  entry's ``group`` or an alias; money needs the same currency (directly or through a
  conversion given in parentheses), the same year, and an alias in the claim's sentence; a
  quantity needs a unit of the same dimension and an alias in the sentence; a date needs an
  alias in the sentence and the same event (the claim's event, or the sentence when the
  extractor found none).
* **agrees** -- do the values agree? Numbers are compared as intervals: the draft's
  number stands for everything it rounds (“4 million” is 3.5–4.5 million, “6.6 trillion”
  6.55–6.65 trillion), widened by its qualifier (“more than”, “about”, “up to”); the
  entry's value is widened by its ``tolerance`` (or the rule's). Quantities are compared in
  base units through the shared pint registry; money only in a currency both sides give (no
  exchange rates). Dates agree when their periods overlap (“by 2031” when the entry is not
  later). Member lists agree when they name the same members; a list that names none of
  the entry's ``founders`` is read as a list of the members that joined.

A claim that agrees with an entry without naming its subject (no alias in the sentence)
still *uses* it when the value is distinctive: money with the same amount, currency and
year; a date with the same event and date, for an entry that has no aliases. Entries without aliases are found that way;
aliases are what lets claimcheck recognise a *changed* figure.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Iterable, Sequence, assert_never

from claimcheck import lazyre as re
from claimcheck.claims.kinds import amount_text, format_number, under_review, value_text
from claimcheck.claims.kinds import unit_text as _unit_text
from claimcheck.claims.models import (
    AcronymClaim,
    CitationClaim,
    Claim,
    CountClaim,
    DateClaim,
    MemberListClaim,
    MoneyClaim,
    PartialDate,
    QuantityClaim,
    QuotationClaim,
)
from claimcheck.claims.units import parse_unit, to_base
from claimcheck.data.numberwords import SCALES
from claimcheck.extract.happenings import fact_of, kind_of
from claimcheck.extract.lists import country_name
from claimcheck.text import singular
from claimcheck.registry.store import (
    AnyEntry,
    CountEntry,
    DateEntry,
    MemberListEntry,
    MoneyEntry,
    QuantityEntry,
)

__all__ = [
    "Match",
    "RegistryIndex",
    "best_match",
    "format_claim_value",
    "format_entry_value",
    "format_number",
    "group_key",
    "match_claim",
    "member_key",
    "normalise",
    "stems",
    "thing_key",
    "under_review",
]

INF = math.inf
_DASHES = re.compile(r"[\u2010-\u2015\u2212\-/]")
_NON_WORD = re.compile(r"[^\w]+")
_STOP = frozenset(
    "a an the of in on at to for by and or with from its his her their this that these those as is was were be been "
    "which who whom into over under than then".split()
)


@functools.lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """Lower case, straight apostrophes, no possessive 's, dashes and punctuation as spaces,
    British -isation as -ization: ``"China’s Tianwen-3"`` -> ``"china tianwen 3"``."""
    t = text.lower().replace("’", "'").replace("‘", "'").replace("`", "'")
    t = re.sub(r"'s\b", "", t)
    t = t.replace("isation", "ization")
    t = _DASHES.sub(" ", t)
    t = _NON_WORD.sub(" ", t)
    return " ".join(t.split())


@functools.lru_cache(maxsize=65536)
def thing_key(text: str) -> str:
    """A counted thing, normalised and singular: ``"the 5G base stations"`` -> ``"5g base station"``."""
    return " ".join(singular(w) for w in _without_article(text))


def group_key(text: str) -> str:
    """A group's name as lists and entries are matched by it: normalised, without a
    leading article (``"the ILRS"`` -> ``"ilrs"``)."""
    return " ".join(_without_article(text))


def _without_article(text: str) -> list[str]:
    """The words of ``text``, normalised, less a leading "the", "a" or "an"."""
    words = normalise(text).split()
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return words


_SUFFIXES = (
    "izations",
    "ization",
    "ments",
    "ment",
    "ings",
    "ing",
    "ised",
    "ized",
    "ises",
    "izes",
    "ions",
    "ion",
    "ise",
    "ize",
    "ed",
    "es",
    "s",
    "e",
)


@functools.lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    for suf in _SUFFIXES:
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            return word[: -len(suf)]
    return word


@functools.lru_cache(maxsize=16384)
def stems(text: str) -> frozenset[str]:
    """Content-word stems: ``"sample return"`` and ``"returns samples"`` share theirs."""
    return frozenset(_stem(w) for w in normalise(text).split() if w not in _STOP)


@functools.lru_cache(maxsize=8192)
def member_key(name: str) -> str:
    """A member's comparable name: the country's display name when it is one ("Russia" and
    "Russian Federation" agree), else the name normalised."""
    try:
        display = country_name(name) or name
    except ImportError:  # pragma: no cover - the list extractor is part of the package
        display = name
    return group_key(display)


def _contains(haystack: str, needle: str) -> bool:
    return bool(needle) and f" {needle} " in f" {haystack} "


# --------------------------------------------------------------------------- numbers
def _place_written(written: str | None, scale: str | None) -> float:
    """The place value of the last digit written: "6.6 trillion" -> 1e11, "580" -> 1."""
    factor = SCALES.get((scale or "").lower(), 1.0)
    m = re.search(r"\d[\d,]*(?:\.(\d+))?", written or "")
    if m:
        return (10.0 ** -len(m.group(1)) if m.group(1) else 1.0) * factor
    return factor * (0.1 if factor > 1 else 1.0)


def _place_value(v: float) -> float:
    """The place of the last significant digit of a plain number: 858e9 -> 1e9, 6.6e12 -> 1e11."""
    if v == 0 or not math.isfinite(v):
        return 1.0
    v = abs(v)
    p = 10.0 ** math.floor(math.log10(v))
    while p > 1e-9:
        q = v / p
        if abs(q - round(q)) < 1e-9 * max(1.0, q):
            return p
        p /= 10
    return p


def _interval(
    v: float, half: float, qualifier: str | None, low: float | None = None, high: float | None = None
) -> tuple[float, float]:
    if low is not None and high is not None:
        return (low - half, high + half)
    if qualifier in ("more than", "over", "at least"):
        return (v - half, INF)
    if qualifier in ("less than", "under", "at most", "up to"):
        return (-INF, v + half)
    if qualifier in ("about", "nearly"):
        w = max(half, 0.1 * abs(v))
        return (v - w, v + w)
    return (v - half, v + half)


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    eps = 1e-9 * max(1.0, *(abs(x) for x in (*a, *b) if math.isfinite(x)))
    return a[0] <= b[1] + eps and b[0] <= a[1] + eps


def _entry_interval(entry: Any, value: float, default_tolerance: float) -> tuple[float, float]:
    tol = entry.tolerance_for(value) if entry.tolerance is not None else abs(value) * default_tolerance
    return _interval(value, tol, getattr(entry, "qualifier", None))


# --------------------------------------------------------------------------- units
@functools.lru_cache(maxsize=1024)
def _dimensionality(unit: str) -> str | None:
    try:
        return str(parse_unit(unit).dimensionality)
    except ValueError:
        return None


def _to_base(v: float, unit: str) -> float:
    if not math.isfinite(v):
        return v
    return to_base(v, unit)[0]


# --------------------------------------------------------------------------- results
@dataclass(frozen=True)
class Match:
    """One entry a claim relates to: whether it is *about* the entry, whether the values
    agree, and for member lists what differs."""

    entry: Any
    about: bool
    agrees: bool
    draft_value: str = ""
    entry_value: str = ""
    missing: tuple[str, ...] = ()
    extra: tuple[str, ...] = ()

    @property
    def uses(self) -> bool:
        """The draft relies on this entry (it states the entry's value)."""
        return self.agrees

    @property
    def contradicts(self) -> bool:
        return self.about and not self.agrees


_STATUS_RANK = {"false": 0, "disputed": 1, "verified": 2, "outdated": 3, "unverified": 4}


def best_match(matches: Sequence[Match]) -> Match | None:
    """The entry to show for a claim: one it agrees with (false and disputed first, then
    verified, newest ``as_of``); else one it contradicts (verified first)."""
    if not matches:
        return None
    agreeing = [m for m in matches if m.agrees]
    pool = agreeing or [m for m in matches if m.about]
    if not pool:
        return None
    return min(
        pool, key=lambda m: (_STATUS_RANK.get(m.entry.status, 9), -m.entry.as_of.first_day().toordinal(), m.entry.id)
    )


# --------------------------------------------------------------------------- the index
class RegistryIndex:
    """Look-up tables over a registry's entries, so a claim is compared with few of them."""

    def __init__(self, entries: Iterable[AnyEntry]) -> None:
        self.things: dict[str, list[tuple[Any, str]]] = defaultdict(list)
        self.groups: dict[str, list[tuple[Any, str]]] = defaultdict(list)
        self.money: dict[tuple[str, int | None], list[Any]] = defaultdict(list)
        self.aliases: dict[str, list[tuple[Any, str]]] = defaultdict(list)
        self.dates_by_year: dict[int, list[Any]] = defaultdict(list)
        self.member_keys: dict[str, frozenset[str]] = {}
        for e in entries:
            # counts and member lists are found by what they name; the others by an alias
            # in the claim's sentence
            by_alias = True
            match e:
                case CountEntry():
                    by_alias = False
                    for text in (e.thing, *e.aliases):
                        key = thing_key(text)
                        if key:
                            self.things[key.split()[-1]].append((e, key))
                case MemberListEntry():
                    by_alias = False
                    for text in (e.group, *e.aliases):
                        key = group_key(text)
                        for word in set(key.split()):
                            self.groups[word].append((e, key))
                    self.member_keys[e.id] = frozenset(member_key(m) for m in e.members)
                case MoneyEntry():
                    currencies = {e.currency} | ({e.equivalent.currency} if e.equivalent else set())
                    for cur in currencies:
                        self.money[(cur, e.year)].append(e)
                case DateEntry():
                    self.dates_by_year[e.date.year].append(e)
                case QuantityEntry():
                    pass
                case _:
                    assert_never(e)
            if by_alias:
                for key in (k for k in (normalise(a) for a in e.aliases) if k):
                    self.aliases[key.split()[0]].append((e, key))

    # -- candidates --------------------------------------------------------------------
    def alias_hits(self, sentence: str) -> dict[str, Any]:
        """Entries (by id) one of whose aliases occurs in ``sentence``."""
        norm = normalise(sentence)
        words = set(norm.split())
        hits: dict[str, Any] = {}
        for w in words:
            for entry, key in self.aliases.get(w, ()):
                if entry.id not in hits and _contains(norm, key):
                    hits[entry.id] = entry
        return hits


def match_claim(index: RegistryIndex, claim: Claim, *, default_tolerance: float = 0.0) -> list[Match]:
    """Every entry ``claim`` is about or uses, with how the values compare."""
    match claim:
        case CountClaim():
            return _match_count(index, claim, default_tolerance)
        case MoneyClaim():
            return _match_money(index, claim, default_tolerance)
        case QuantityClaim():
            return _match_quantity(index, claim, default_tolerance)
        case DateClaim():
            return _match_date(index, claim)
        case MemberListClaim():
            return _match_members(index, claim)
        case AcronymClaim() | CitationClaim() | QuotationClaim():
            return []  # the registry holds no values of these kinds
        case _:
            assert_never(claim)


def _thing_match(claim_key: str, key: str) -> bool:
    if claim_key == key:
        return True
    return len(key.split()) >= 2 and (" " + claim_key).endswith(" " + key)


def _match_count(index: RegistryIndex, claim: Any, tol: float) -> list[Match]:
    ck = thing_key(claim.thing or "")
    if not ck:
        return []
    seen: set[str] = set()
    out = []
    for entry, key in index.things.get(ck.split()[-1], ()):
        if entry.id in seen or not _thing_match(ck, key):
            continue
        seen.add(entry.id)
        half = _place_written(claim.written, claim.scale) / 2
        draft = _interval(claim.value, half, claim.qualifier, claim.low, claim.high)
        agrees = _overlap(draft, _entry_interval(entry, entry.value, tol))
        out.append(
            Match(entry, True, agrees, draft_value=format_claim_value(claim), entry_value=format_entry_value(entry))
        )
    return out


def _money_sides(claim: Any) -> list[tuple[float, str, float]]:
    sides = [(claim.value, claim.currency, _place_written(claim.written, claim.scale) / 2)]
    if claim.equivalent is not None:
        eq = claim.equivalent
        sides.append((eq.amount, eq.currency, _place_value(eq.amount) / 2))
    return sides


def _match_money(index: RegistryIndex, claim: Any, tol: float) -> list[Match]:
    sides = _money_sides(claim)
    currencies = {cur for _, cur, _ in sides}
    cands: dict[str, Any] = {}
    for cur in currencies:
        for e in index.money.get((cur, claim.year), ()):
            cands[e.id] = e
        if claim.year is not None:  # an entry with no year holds for any year
            for e in index.money.get((cur, None), ()):
                cands[e.id] = e
    if not cands:
        return []
    hits = index.alias_hits(claim.sentence or claim.text)
    out = []
    for entry in cands.values():
        entry_sides = {entry.currency: entry.value}
        if entry.equivalent is not None:
            entry_sides.setdefault(entry.equivalent.currency, entry.equivalent.amount)
        compared = []
        for value, cur, half in sides:
            if cur in entry_sides:
                ev = entry_sides[cur]
                ok = _overlap(_interval(value, half, claim.qualifier), _entry_interval(entry, ev, tol))
                compared.append((ok, value, cur, ev))
        if not compared:
            continue
        agrees = all(ok for ok, *_ in compared)
        about = entry.id in hits
        if not about and not agrees:
            continue
        bad = next((c for c in compared if not c[0]), compared[0])
        _, value, cur, ev = bad
        out.append(
            Match(
                entry,
                about,
                agrees,
                draft_value=f"{format_number(value)} {cur}" + (f" in {claim.year}" if claim.year else ""),
                entry_value=f"{format_number(ev)} {cur}" + (f" in {entry.year}" if entry.year else ""),
            )
        )
    return out


def _match_quantity(index: RegistryIndex, claim: Any, tol: float) -> list[Match]:
    hits = index.alias_hits(claim.sentence or claim.text)
    if not hits:
        return []
    dim = _dimensionality(claim.unit)
    if dim is None:
        return []
    out = []
    for entry in hits.values():
        if entry.kind != "quantity" or _dimensionality(entry.unit) != dim:
            continue
        half = _place_written(claim.written, claim.scale) / 2
        lo, hi = _interval(claim.value, half, claim.qualifier, claim.low, claim.high)
        elo, ehi = _entry_interval(entry, entry.value, tol)
        draft = (_to_base(lo, claim.unit), _to_base(hi, claim.unit))
        reg = (_to_base(elo, entry.unit), _to_base(ehi, entry.unit))
        agrees = _overlap(draft, reg)
        out.append(
            Match(entry, True, agrees, draft_value=format_claim_value(claim), entry_value=format_entry_value(entry))
        )
    return out


def _event_ok(entry: Any, claim: Any, sentence: str) -> bool:
    if not entry.event:
        return True
    want = stems(entry.event)
    if not want:
        return True
    # the happening the date was read as dating, compared as DT001 compares two dates of
    # the text (happenings.fact_of): "took effect" is an entry's "entry into force", and
    # "began" an entry's "launched"
    if claim.happening is not None:
        kind = kind_of(entry.event)
        if kind is not None and fact_of(kind) == fact_of(claim.happening.kind):
            return True
    if claim.event:
        if want & stems(claim.event):
            return True
        # a range dated by the subject itself ("the Tianwen-3 mission (2028–2031)") spans
        # the subject's events: it agrees when it holds the entry's date
        event = normalise(claim.event)
        return claim.end_date is not None and any(_contains(event, normalise(a)) for a in entry.aliases)
    return want <= stems(sentence)


def _period(start: PartialDate, end: PartialDate | None) -> tuple[dt.date, dt.date]:
    return start.first_day(), (end or start).last_day()


def _dates_agree(claim: Any, entry: Any) -> bool:
    c0, c1 = _period(claim.date, claim.end_date)
    e0, e1 = _period(entry.date, entry.end_date)
    q = (claim.qualifier or "").lower()
    if q in ("by", "until", "no later than"):
        return e0 <= c1
    if q == "before":
        return e0 < c0
    if q in ("after", "since"):
        return e1 >= c0
    return c0 <= e1 and e0 <= c1


def _match_date(index: RegistryIndex, claim: Any) -> list[Match]:
    if claim.date is None or claim.relative is not None:
        return []
    sentence = claim.sentence or claim.text
    hits = index.alias_hits(sentence)
    out: dict[str, Match] = {}
    for entry in hits.values():
        if entry.kind != "date" or not _event_ok(entry, claim, sentence):
            continue
        out[entry.id] = Match(
            entry,
            True,
            _dates_agree(claim, entry),
            draft_value=format_claim_value(claim),
            entry_value=format_entry_value(entry),
        )
    # the same event on the same date, without an alias
    if claim.event:
        for entry in index.dates_by_year.get(claim.date.year, ()):
            if entry.id in out or not entry.event or entry.aliases:
                continue
            if (
                entry.date == claim.date
                and entry.end_date == claim.end_date
                and stems(entry.event) & stems(claim.event)
            ):
                out[entry.id] = Match(
                    entry, False, True, draft_value=format_claim_value(claim), entry_value=format_entry_value(entry)
                )
    return list(out.values())


def _match_members(index: RegistryIndex, claim: Any) -> list[Match]:
    cg = group_key(claim.group or "")
    if not cg:
        return []
    seen: dict[str, Any] = {}
    for word in set(cg.split()):
        for entry, key in index.groups.get(word, ()):
            if entry.id not in seen and (cg == key or _contains(cg, key)):
                seen[entry.id] = entry
    out = []
    drafted = {member_key(m): m for m in claim.members}
    for entry in seen.values():
        listed = {member_key(m): m for m in entry.members}
        founders = {member_key(f) for f in entry.founders}
        missing_keys = set(listed) - set(drafted)
        if founders and not (founders & set(drafted)):
            missing_keys -= founders
        extra_keys = set(drafted) - set(listed)
        missing = tuple(listed[k] for k in listed if k in missing_keys)
        extra = tuple(drafted[k] for k in drafted if k in extra_keys)
        out.append(
            Match(
                entry,
                True,
                not missing and not extra,
                draft_value=f"{len(drafted)} members",
                entry_value=f"{len(listed)} members",
                missing=missing,
                extra=extra,
            )
        )
    return out


# --------------------------------------------------------------------------- display
def format_claim_value(claim: Claim) -> str:
    """A claim's value as rule messages give it (see :func:`claimcheck.claims.kinds.value_text`)."""
    return value_text(claim)


def format_entry_value(entry: AnyEntry) -> str:
    """A registry entry's value as rule messages give it."""
    match entry:
        case MoneyEntry():
            text = amount_text(entry.qualifier, entry.value, entry.currency)
            if entry.equivalent:
                text += f" ({format_number(entry.equivalent.amount)} {entry.equivalent.currency})"
            return text + (f" in {entry.year}" if entry.year else "")
        case CountEntry():
            return amount_text(entry.qualifier, entry.value, entry.thing)
        case QuantityEntry():
            return amount_text(entry.qualifier, entry.value, _unit_text(entry.value, entry.unit))
        case DateEntry():
            text = entry.date.iso() + (f"–{entry.end_date.iso()}" if entry.end_date else "")
            return f"{text} ({entry.event})" if entry.event else text
        case MemberListEntry():
            return f"{len(entry.members)} members of {entry.group}"
        case _:
            assert_never(entry)
