"""Every pair of figures NU003 could compare, and what a learned decision reads of each pair.

:func:`candidates` yields, for a checked document, each pair of numeric claims of one
measure (counts with counts, money of one currency, quantities of one dimension after
conversion to base units) whose values differ beyond rounding and lie within a factor of
:data:`MAX_RATIO` of each other, wherever they stand in the document; each with its
features (:data:`FEATURES`, in that order): general properties of two mentions (the
shared context weight of :mod:`claimcheck.extract.linking`, its conflicts one by one, where
the two stand, how the values relate, how each is written), never words fitted to a text.

The features feed :class:`claimcheck.rules._pair_model.PairModel` (``data/nu003_pairs.json``,
trained by ``benchmarks/train_nu003.py``).
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from claimcheck.claims.models import NumericClaim
from claimcheck.document import BlockKind
from claimcheck.extract.linking import (
    Context,
    conflicts,
    context_of,
    document_weights,
    own_names,
    same_noun_set,
    shared_weight,
)
from claimcheck.extract.linking.figures import (
    agree,
    hedged_alike,
    in_base_units,
    restated,
    rounded_alike,
    same_figure,
    thing_key,
    transposed,
    written_before,
)
from claimcheck import lazyre as re

#: two values further apart than this are no slip of one figure (the ceiling counts the rest)
MAX_RATIO = 10.0
#: a document with more figures of one measure than this: only the pairs within a factor of
#: two are read (a long table of figures of one measure is no list of restatements)
_MANY = 400

#: the features of a pair, in the order :func:`features` gives them
FEATURES: tuple[str, ...] = (
    "kind_count",
    "kind_money",
    "kind_quantity",
    "share",
    "log_ratio",
    "transposed",
    "within_15pct",
    "hedged",
    "in_words",
    "shared_weight",
    "shared_what",
    "equivalent_nouns",
    "same_head",
    "shared_names",
    "own_names_one",
    "own_names_both",
    "same_periods",
    "period_one_side",
    "c_other_periods",
    "c_change",
    "c_part",
    "c_range",
    "c_hypothetical",
    "c_forecast",
    "c_flows",
    "c_groups",
    "same_sentence",
    "same_block",
    "same_section",
    "log_block_distance",
    "pointed_back",
    "table_or_list",
    "caption_or_note",
    "subjects_one_fact",
    "subjects_restated",
    "log_measure_size",
    "near_others",
    "today",
)

#: the units of a share (compared among themselves, never converted)
PERCENT_UNITS = frozenset({"percent", "percents"})
_WORDS = re.compile(r"[a-z]", re.IGNORECASE)
_BACK = re.compile(r"\b(?:this|these|those|that|the\s+same)\s+[$€£¥]?$", re.IGNORECASE)
_LISTED = frozenset({BlockKind.table, BlockKind.list_item, BlockKind.figure})
_CAPTIONED = frozenset({BlockKind.caption, BlockKind.notes})


@dataclass(frozen=True)
class Pair:
    """Two figures of one measure, the earlier first, and the pair's features."""

    a: NumericClaim
    b: NumericClaim
    measure: str
    features: tuple[float, ...]


def measure_of(claim: Any) -> str:
    """The measure a figure is compared within: counts, money of a currency, a quantity of a
    base unit (``share`` for a percentage)."""
    if claim.kind == "money":
        return f"money:{claim.currency}"
    if claim.kind == "quantity":
        return "share" if claim.unit in PERCENT_UNITS else f"quantity:{claim.unit}"
    return "count"


def figures(ctx: Any) -> list[NumericClaim]:
    """The document's counts, amounts and quantities (quantities in base units), in
    document order."""
    claims: list[NumericClaim] = [*ctx.claims.of_kind("count"), *ctx.claims.of_kind("money")]
    quantities = list(ctx.claims.of_kind("quantity"))
    claims.extend(q for q in quantities if q.unit in PERCENT_UNITS)
    claims.extend(in_base_units([q for q in quantities if q.unit not in PERCENT_UNITS]))
    return sorted(claims, key=_order)


def _order(c: NumericClaim) -> tuple[int, int, int, int]:
    return (c.location.line, c.location.column, c.article, c.start)


def _ratio(x: float, y: float) -> float:
    low, high = sorted((abs(x), abs(y)))
    return math.inf if low == 0 else high / low


def pairs_of(claims: Sequence[NumericClaim]) -> Iterator[tuple[NumericClaim, NumericClaim, str]]:
    """The candidate pairs: one measure, values apart beyond rounding, within a factor of
    :data:`MAX_RATIO` (of two, in a measure of very many figures)."""
    by_measure: dict[str, list[NumericClaim]] = {}
    for c in claims:
        by_measure.setdefault(measure_of(c), []).append(c)
    for measure, group in by_measure.items():
        limit = 2.0 if len(group) > _MANY else MAX_RATIO
        # sorted by value, each figure meets only those within the limit above it
        ranked = sorted(range(len(group)), key=lambda i: abs(group[i].value))
        for x, i in enumerate(ranked):
            low = abs(group[i].value)
            for j in ranked[x + 1 :]:
                if low == 0 or abs(group[j].value) > limit * low:
                    break
                a, b = (group[i], group[j]) if _order(group[i]) <= _order(group[j]) else (group[j], group[i])
                if a.sentence == b.sentence and a.start == b.start:
                    continue
                if alike(a, b):
                    continue
                yield a, b, measure


def alike(a: NumericClaim, b: NumericClaim) -> bool:
    """Could two statements of one figure both be true (as NU003 asks it): one a range that
    holds the other, or within rounding and hedges and equal at the precision both are
    written to ("61.6 million" and "64.1 million" are two figures, "about 60 million" and
    "61.6 million" one)."""
    for r, x in ((a, b), (b, a)):
        if r.low is not None and r.high is not None and x.low is None and r.low <= x.value <= r.high:
            return True
    return agree(a.value, a.qualifier, b.value, b.qualifier) and rounded_alike(a, b) and hedged_alike(a, b)


class _Reader:
    """The context of each figure, read once."""

    def __init__(self, ctx: Any) -> None:
        self.document = ctx.document
        self.weights = document_weights(ctx.document)
        self._contexts: dict[int, Context] = {}
        blocks: dict[tuple[int, int], Any] = {}
        for article in ctx.document.articles:
            for k, block in enumerate(article.blocks):
                blocks[(article.index, k)] = block.kind
        self.kinds = blocks

    def context(self, c: NumericClaim) -> Context:
        key = id(c)
        if key not in self._contexts:
            self._contexts[key] = context_of(c, self.document)
        return self._contexts[key]

    def kind(self, c: NumericClaim) -> Any:
        return self.kinds.get((c.article, c.block if c.block is not None else -1))

    def heading(self, c: NumericClaim) -> str | None:
        if c.block is None:
            return None
        return self.weights.headings.get((c.article, c.block))


def features(
    a: NumericClaim,
    b: NumericClaim,
    measure: str,
    reader: _Reader,
    *,
    today: bool = False,
    measure_size: int = 2,
    near_others: int = 0,
) -> tuple[float, ...]:
    """The pair's features, in the order of :data:`FEATURES`."""
    ca, cb = reader.context(a), reader.context(b)
    why = set(conflicts(ca, cb))
    names_a, names_b = own_names(ca, cb), own_names(cb, ca)
    shared_what = sum(min(ca.words.get(w, 0.0), cb.words.get(w, 0.0)) for w in ca.what & cb.what)
    if a.kind == "count" and b.kind == "count":
        head = float(thing_key(getattr(a, "thing", ""))[0] == thing_key(getattr(b, "thing", ""))[0])
    else:
        head = float(getattr(a, "unit", "") == getattr(b, "unit", "") or a.kind == "money")
    ratio = _ratio(a.value, b.value)
    same_sentence = a.sentence == b.sentence and a.article == b.article and a.block == b.block
    same_block = a.article == b.article and a.block is not None and a.block == b.block
    distance = abs((a.block or 0) - (b.block or 0)) if a.article == b.article else 50
    kinds = (reader.kind(a), reader.kind(b))
    return (
        float(measure == "count"),
        float(measure.startswith("money")),
        float(measure.startswith("quantity")),
        float(measure == "share"),
        math.log(ratio) if math.isfinite(ratio) else math.log(MAX_RATIO),
        float(transposed(a.value, b.value)),
        float(ratio <= 1.15),
        float(a.qualifier is not None or b.qualifier is not None),
        float(bool(_WORDS.search(a.written)) or bool(_WORDS.search(b.written))),
        min(shared_weight(ca, cb, equivalents=True), 30.0),
        min(shared_what, 15.0),
        float(same_noun_set(ca.what, cb.what)),
        head,
        float(min(len((ca.names | ca.inherited) & (cb.names | cb.inherited)), 5)),
        float(bool(names_a) != bool(names_b)),
        float(bool(names_a) and bool(names_b)),
        float(bool(ca.periods) and ca.periods == cb.periods),
        float(bool(ca.periods) != bool(cb.periods)),
        float("other periods" in why),
        float("change" in why),
        float("part" in why),
        float("range" in why),
        float("hypothetical" in why),
        float("a forecast against an outturn" in why),
        float("other flows" in why),
        float("other groups" in why),
        float(same_sentence),
        float(same_block),
        float(reader.heading(a) == reader.heading(b)),
        math.log1p(distance),
        float(_pointed(b) or _pointed(a)),
        float(any(k in _LISTED for k in kinds)),
        float(any(k in _CAPTIONED for k in kinds) or a.footnote is not None or b.footnote is not None),
        float(_safe(same_figure, a, b)),
        float(_safe(restated, a, b)),
        math.log(measure_size),
        float(min(near_others, 10)),
        float(today),
    )


#: the features that say the linker sets the two apart (:func:`claimcheck.extract.linking.conflict`)
_CONFLICTS = (*(name for name in FEATURES if name.startswith("c_")), "own_names_both", "same_block")
_CONFLICT_AT = tuple(FEATURES.index(name) for name in _CONFLICTS)


def open_pair(features: Sequence[float]) -> bool:
    """Is the pair one the linker sets apart by nothing (no other period, change, part,
    range, hypothetical, forecast, flow, group, names, nor one paragraph)? Only such a pair
    is left to the learned decision: what the linker knows is never overruled."""
    return not any(features[k] for k in _CONFLICT_AT)


def _pointed(c: NumericClaim) -> bool:
    before = written_before(c.sentence, c.text, 40)
    return before is not None and bool(_BACK.search(before))


def _safe(test: Any, a: NumericClaim, b: NumericClaim) -> bool:
    """Today's subject agreement of two figures (a figure without a subject agrees with none)."""
    if a.subject is None or b.subject is None:
        return False
    return bool(test(a, b))


def candidates(ctx: Any, reported: frozenset[tuple[tuple[int, int], tuple[int, int]]] = frozenset()) -> list[Pair]:
    """Every candidate pair of the document with its features; ``reported`` holds the pairs
    today's rule reports, as ((line, column) of the earlier, (line, column) of the later)."""
    claims = figures(ctx)
    reader = _Reader(ctx)
    sizes: dict[str, int] = {}
    for c in claims:
        sizes[measure_of(c)] = sizes.get(measure_of(c), 0) + 1
    found = list(pairs_of(claims))
    near: dict[int, int] = {}
    for a, b, _ in found:
        if _ratio(a.value, b.value) <= 2.0:
            near[id(a)] = near.get(id(a), 0) + 1
            near[id(b)] = near.get(id(b), 0) + 1
    out = []
    for a, b, measure in found:
        key = ((a.location.line, a.location.column), (b.location.line, b.location.column))
        today = key in reported or (key[1], key[0]) in reported
        others = near.get(id(a), 0) + near.get(id(b), 0) - 2 * (_ratio(a.value, b.value) <= 2.0)
        feats = features(a, b, measure, reader, today=today, measure_size=sizes[measure], near_others=others)
        out.append(Pair(a, b, measure, feats))
    return out
