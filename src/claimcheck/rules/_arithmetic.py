"""Shared reading for the arithmetic rules (AR): the figures of one sentence, with what they are.

Numbers come from the one number recogniser (:func:`claimcheck.extract.numbers.find_numbers`)
run over each prose unit; what a figure is (a percentage, an amount of money, a quantity in a
unit) comes from the text right after it and from the claims the extraction layer made there
(money and quantity claims, found by their offsets). Years and numbers inside dates are left
out. Each figure knows the precision it was written with (:attr:`Figure.half`: half a unit of
its last written digit), so a rule compares intervals, never bare values: a correctly rounded
figure never fires.
"""

from __future__ import annotations

import bisect
import math
from claimcheck.document import Location, Span
from claimcheck.claims.models import Claim
from claimcheck import lazyre as re
from dataclasses import dataclass, field
from typing import Iterator

from claimcheck.extract.currency import SYMBOLS
from claimcheck.extract.numbers import Number, find_numbers
from claimcheck.extract.text import TextUnit, iter_units
from claimcheck.rules.base import CheckContext

__all__ = [
    "Figure",
    "Sentence",
    "sentences",
    "block_sentences",
    "row_sentence",
    "fmt",
    "pct",
    "scaled",
    "HEDGES",
    "BOUNDS",
    "nearest_side",
    "hedge_slack",
    "last_digit_unit",
    "percent_range",
    "bound_range",
    "LOWER_BOUNDS",
    "UPPER_BOUNDS",
    "group_before",
    "named_earlier",
    "total_earlier",
    "noun_after",
    "opens_back",
    "SIDE_HEDGES",
]

_PCT_AFTER = re.compile(r"[ \t\u00a0]?(?:%|per[ \t]?cent\b|percent\b)", re.I)
#: the year before a split year's second part ("2023/24", "2022–23", "FY2024-2025")
_SPLIT_YEAR_HEAD = re.compile(r"(?<!\d)((?:18|19|20)\d\d)[/–-]$")
_POINTS_AFTER = re.compile(r"[ \t\u00a0]*(?:%[ \t]*)?(?:percentage[ \t-]+points?|points?|pp\b|p\.p\.)", re.I)
#: hedges that widen a stated figure; bounds after which nothing can be recomputed
HEDGES = (
    "about",
    "nearly",
    "almost",
    "roughly",
    "around",
    "approximately",
    "some",
    "close to",
    "an estimated",
    "circa",
    "~",
    "just over",
    "just under",
    "some",
    "a little over",
    "a little under",
    "a little more than",
    "a little less than",
    "slightly over",
    "slightly under",
    "slightly more than",
    "slightly less than",
)
#: hedges read as "just over" or "just under": "a little over six months", "slightly less than half"
_SAME_AS = {
    "a little over": "just over",
    "a little more than": "just over",
    "slightly over": "just over",
    "slightly more than": "just over",
    "a little under": "just under",
    "a little less than": "just under",
    "slightly under": "just under",
    "slightly less than": "just under",
}
BOUNDS = (
    "more than",
    "less than",
    "over",
    "under",
    "at least",
    "at most",
    "up to",
    "fewer than",
    "above",
    "below",
    "as many as",
    "as much as",
    "in excess of",
    "upwards of",
    "well over",
    "no more than",
    "no less than",
)
#: the fractions writers round a share or a change to (a quarter, a third, half, two thirds,
#: three quarters): a fraction said "almost" or "just over" is the nearest of them on that side
_ROUND_FRACTIONS = (0.25, 1 / 3, 0.5, 2 / 3, 0.75)


def nearest_side(x: float, hedge: str, lo: float, hi: float) -> tuple[float, float]:
    """The range ``lo``–``hi`` of a fraction ``x`` said with ``hedge``, narrowed to the side of
    ``x`` the hedge says and to the values nearer to ``x`` than to the next round fraction on
    that side: "almost three quarters" is below three quarters and above the middle between
    two thirds and three quarters (63% is "almost two thirds"); "just over two fifths" is at
    least two fifths and below the middle between two fifths and half. A fraction said
    "about" or "roughly" is nearer to it than to the fractions on either side a writer would
    have named instead ("roughly a quarter" is 22.5–29%, between a fifth and a third)."""
    if not 0 < x < 1:
        return lo, hi
    if hedge in ("almost", "nearly", "just under", "close to"):
        below = [f for f in _ROUND_FRACTIONS if f < x - 1e-9]
        return (max(lo, (below[-1] + x) / 2) if below else lo), min(hi, x * 1.02)
    if hedge == "just over":
        above = [f for f in _ROUND_FRACTIONS if f > x + 1e-9]
        return max(lo, x * 0.98), (min(hi, (above[0] + x) / 2) if above else hi)
    if hedge in _ROUGH_HEDGES:
        below = [f for f in _NAMED_FRACTIONS if f < x - 1e-9]
        above = [f for f in _NAMED_FRACTIONS if f > x + 1e-9]
        return (max(lo, (below[-1] + x) / 2) if below else lo), (min(hi, (above[0] + x) / 2) if above else hi)
    return lo, hi


#: hedges that leave a fraction on either side ("about a quarter", "roughly a third")
_ROUGH_HEDGES = ("about", "roughly", "around", "approximately", "some")
#: the fractions a writer would have named instead of one said "about": "roughly a quarter"
#: is nearer to a quarter than to a fifth or a third (two fifths and three fifths are left
#: out, so that "about half" keeps 42–58%)
_NAMED_FRACTIONS = (0.1, 0.2, 0.25, 1 / 3, 0.5, 2 / 3, 0.75, 0.8, 0.9)


#: hedges that put a figure on one side of the value written ("almost 90%" is below 90%)
SIDE_HEDGES = ("almost", "nearly", "just under", "close to", "just over")


def last_digit_unit(x: float) -> float:
    """The place of the last non-zero digit of ``x``: 10,000 for 380,000, 0.1 for 4.1, 10 for 90."""
    x = abs(x)
    if x == 0:
        return 1.0
    k = math.floor(math.log10(x))
    while k > -6 and abs(x / 10.0**k - round(x / 10.0**k)) > 1e-6 * (x / 10.0**k):
        k -= 1
    return 10.0**k


def hedge_slack(f: "Figure", cap: float) -> float:
    """How much further than its written half-unit a hedge ("about", "roughly", "some") lets a
    figure stray: the rounding its own digits imply. A percentage said "some 90 per cent" is
    rounded to a multiple of five (87.5–92.5%), "about 42%" to a point or so (40.5–43.5%),
    never more than ``cap`` of its value ("about 5%" is 4–6%); "about 380,000" to its last
    non-zero digit (375,000–385,000), "some 20,000" to a quarter of it at most (15,000–
    25,000); "roughly 4.1 billion" adds nothing to its written 4.05–4.15 billion. A figure
    with no hedge has none."""
    if not f.hedge:
        return 0.0
    v = abs(f.value)
    if f.percent or f.points:
        whole = v == int(v)
        w = (2.0 if int(v) % 5 == 0 else 1.0) if whole else f.half
        return min(w, cap * v)
    return max(0.0, min(last_digit_unit(v) / 2, v / 4) - f.half)


def percent_range(f: "Figure", cap: float) -> tuple[float, float]:
    """The values (in per cent) a percentage may stand for as written: its half-unit, a
    hedge's rounding (:func:`hedge_slack`), and the side a hedge says ("almost 90%" is below
    90.5%, "just over 40%" above 39.5%)."""
    lo, hi = f.low, f.high
    if f.hedge:
        w = hedge_slack(f, cap)
        lo, hi = lo - w, hi + w
        if f.hedge == "just over":
            lo = f.low
        elif f.hedge in SIDE_HEDGES:
            hi = f.high
    return lo, hi


#: bounds that put a figure's true value above it, or below it
LOWER_BOUNDS = ("more than", "over", "at least", "above", "well over", "upwards of", "in excess of", "no less than")
UPPER_BOUNDS = ("less than", "under", "fewer than", "below", "at most", "no more than", "up to")


def bound_range(f: "Figure") -> tuple[float, float] | None:
    """The values a bounded figure allows, to its written precision: "more than 120 per
    cent" at least 119.5, "under 30%" at most 30.5; None for a bound of no side ("as
    many as")."""
    if f.bound in LOWER_BOUNDS:
        return f.low, math.inf
    if f.bound in UPPER_BOUNDS:
        return -math.inf if f.value < 0 else 0.0, f.high
    return None


_HEDGE_BEFORE = re.compile(
    r"(?:^|[\s(,])(?P<q>"
    + "|".join(re.escape(h) for h in sorted(set(HEDGES) | set(BOUNDS), key=lambda h: (-len(h), h)))
    + r")[ \t]+(?:[$€£¥]|US\$|[A-Z]{3}[ \t]?)?$",
    re.I,
)
_MANTISSA = re.compile(r"\d[\d,\u00a0\u202f\u2009 ]*(?:\.(\d+))?|\.(\d+)")


@dataclass
class Figure:
    """One number of a sentence, with what the sentence says it is."""

    num: Number
    start: int  # offset in the unit's text
    end: int  # end of the figure with its % / unit / currency
    value: float
    half: float  # half a unit of the last digit written (0 for words: "seven" is exact)
    percent: bool = False
    points: bool = False
    fraction: bool = False  # a fraction word ("a third", "three quarters")
    currency: str | None = None
    unit: str | None = None
    hedge: str | None = None  # "about", "nearly", …
    bound: str | None = None  # "more than", "at least", …
    claim: object | None = None

    @property
    def low(self) -> float:
        return self.value - self.half

    @property
    def high(self) -> float:
        return self.value + self.half

    @property
    def kind(self) -> str:
        if self.percent:
            return "%"
        if self.currency:
            return self.currency
        if self.unit:
            return self.unit
        return ""


@dataclass
class Sentence:
    unit: TextUnit
    start: int
    end: int
    figures: list[Figure] = field(default_factory=list)
    #: the figures of the sentence before it in its paragraph (for "Of those, …")
    previous: list[Figure] = field(default_factory=list)
    #: every figure of the paragraph before the sentence (shared between the rules: read only)
    earlier: list[Figure] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.unit.text

    def between(self, a: int, b: int) -> str:
        return self.unit.text[a:b]

    def after(self, pos: int, n: int = 60) -> str:
        return self.unit.text[pos : min(self.end, pos + n)]

    def before(self, pos: int, n: int = 60) -> str:
        return self.unit.text[max(self.start, pos - n) : pos]

    def figure_at(self, pos: int, slack: int = 6) -> Figure | None:
        """The figure starting at ``pos`` or a few characters after (a currency sign, "the")."""
        for f in self.figures:
            if pos <= f.start <= pos + slack:
                return f
        return None

    def location(self, f: Figure) -> Location:
        return self.unit.locate(f.start)

    def span(self, f: Figure) -> Span:
        """Where the figure (with its % / unit / currency) starts and ends in the file."""
        return self.unit.doc.span(self.unit.owner, f.start, f.end)


def _half(num: Number) -> float:
    if num.words or not num.integer and num.parts:
        return 0.0
    m = _MANTISSA.search(num.written)
    if not m:
        return 0.0
    digits = m.group(1) or m.group(2)
    try:
        mant = float(re.sub(r"[^\d.]", "", m.group(0)) or 0)
    except ValueError:
        return 0.0
    scale = num.value / mant if mant else 1.0
    decimals = len(digits) if digits else 0
    if not decimals and abs(scale - 1) < 1e-9:
        # a plain integer is exact ("7 of 19") unless it ends in three round zeros ("14,000": within 50)
        raw = re.sub(r"\D", "", m.group(0))
        zeros = len(raw) - len(raw.rstrip("0"))
        return 0.5 * 10 ** (zeros - 1) if zeros >= 3 else 0.0
    return 0.5 * 10.0 ** (-decimals) * abs(scale)


_HEDGE_LONGEST = max(len(h) for h in (*HEDGES, *BOUNDS))


def _hedge_reach(text: str, start: int) -> int:
    """Where to start looking for the hedge that ends right before a figure at ``start``
    (past a currency of at most four characters and the spaces before it): searching from
    the start of the text made every figure cost the length of its paragraph."""
    p = max(0, start - 5)
    while p > 0 and text[p - 1] in " \t":
        p -= 1
    return max(0, p - _HEDGE_LONGEST - 2)


class _Spans:
    """The first (in list order) of some spans ``(start, end)`` holding a position, found
    without scanning them all: the spans are short, so only those starting at most the
    longest span's length before the position are tried."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self.order = sorted(range(len(spans)), key=lambda i: spans[i][0])
        self.starts = [spans[i][0] for i in self.order]
        self.longest = max((e - s for s, e in spans), default=0)

    def first(self, pos: int) -> int | None:
        import bisect

        lo = bisect.bisect_left(self.starts, pos - self.longest)
        hi = bisect.bisect_right(self.starts, pos)
        hits = [self.order[j] for j in range(lo, hi) if self.spans[self.order[j]][1] > pos]
        return min(hits) if hits else None


def _split_year_tail(text: str, num: Number) -> bool:
    """Is ``num`` the second year of a split year ("24" in "2023/24", "2025" in
    "2024–2025"): a period, not a figure."""
    m = _SPLIT_YEAR_HEAD.search(text, max(0, num.start - 5), num.start)
    if m is None or not num.plain_digits:
        return False
    year = int(m.group(1))
    return num.value in ((year + 1) % 100, year + 1)


#: a time of day ("09:30", "18:00", "7:45 pm"): hours and minutes, no figures
#: a noun that a figure in digits right after it names one of, not counts ("rated level 3",
#: "Phase 2 of the plan", "a force 6 gale", "Article 14", "Line 4"): a label, no part of a share
_LABEL_BEFORE = re.compile(
    r"\b(?:level|phase|stage|tier|grade|category|class|zone|line|route|platform|gate|terminal|ward|"
    r"article|section|chapter|clause|annex|appendix|page|table|figure|step|round|type|version|force|"
    r"division|band|lot|plot|block|pillar|priority|wave|cohort|group|no\.?)[ \t]+$",
    re.I,
)
_CLOCK = re.compile(r"(?<![\d:.,])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])")


def _unit_figures(unit: TextUnit, claims_here: list[Claim]) -> list[Figure]:
    text = unit.text
    out: list[Figure] = []
    clocks = [(m.start(), m.end()) for m in _CLOCK.finditer(text)] if ":" in text else []
    dates = [(c.start, c.end) for c in claims_here if c.kind == "date"]
    numeric = [c for c in claims_here if c.kind in ("money", "quantity", "count")]
    nums: list[Number] = []
    for num in find_numbers(text):
        # a ratio "7 out of 19" is two figures, a part and its whole; in words, "three out
        # of four" is a share, as "three in four" is
        if (
            len(num.parts) == 2
            and not (num.parts[0].words and num.parts[1].words and num.parts[1].value <= 10)
            and re.fullmatch(r"[ \t]+out[ \t]+of[ \t]+", text[num.parts[0].end : num.parts[1].start], re.I)
        ):
            nums.extend(num.parts)
        else:
            nums.append(num)
    claim_at = _Spans([(c.start, c.end) for c in numeric])
    date_at = _Spans(dates)
    for num in nums:
        k = claim_at.first(num.start)
        claim = numeric[k] if k is not None else None
        if claim is None and date_at.first(num.start) is not None:
            continue
        if claim is None and (num.year_like or _split_year_tail(text, num)):
            continue
        if num.value < 0 or any(a <= num.start < b for a, b in clocks):
            continue
        if num.start > 0 and text[num.start - 1].isalpha() and (claim is None or claim.kind != "money"):
            continue  # digits glued to a word are a name's, not a figure: "CO2", "PM2.5", "Q3"
        if (
            (claim is None or claim.kind == "count")
            and not num.words
            and num.integer
            and _LABEL_BEFORE.search(text, max(0, num.start - 14), num.start)
        ):
            continue  # "rated level 3", "Phase 2": a label, not a count
        if (
            num.start > 1
            and text[num.start - 1] == "-"
            and text[num.start - 2].isalpha()
            and (claim is None or claim.kind != "money")
        ):
            continue  # … or to a word by a hyphen: "COVID-19", "the over-65s", "post-16 courses"
        out.append(_figure(text, num, claim))
    return out


#: the one-character currency signs, and what they stand for ("$" for a dollar of any kind)
_SIGNS = {**{k: v for k, v in SYMBOLS.items() if len(k) == 1}, "$": "USD"}


def _figure(text: str, num: Number, claim: Claim | None) -> Figure:
    """The figure ``num`` makes: a percentage or points if marked so, its unit or currency
    from its claim, and the hedge or bound written before it."""
    f = Figure(num=num, start=num.start, end=num.end, value=num.value, half=_half(num), claim=claim)
    pm = _POINTS_AFTER.match(text, num.end)
    m = _PCT_AFTER.match(text, num.end)
    if pm:
        f.points, f.end = True, pm.end()
    elif m:
        f.percent, f.end = True, m.end()
    if f.points or f.percent:
        dec = re.search(r"\.(\d+)", num.written)
        f.half = 0.5 * 10 ** -(len(dec.group(1)) if dec else 0)
    elif num.words and 0 < num.value < 1:
        f.fraction = True
    if claim is None and not (f.percent or f.points) and num.start > 0 and text[num.start - 1] in _SIGNS:
        # "(€4.96 million)": an amount its claim did not take in (a conversion in brackets)
        # is still money, never a count of the same sentence's things; its sign is part of it
        f.currency = _SIGNS[text[num.start - 1]]
        f.start = num.start - 1
    if claim is not None and not f.percent:
        if claim.kind == "money":
            f.currency = claim.currency
            f.start = min(f.start, claim.start)
            f.end = max(f.end, claim.end)
        elif claim.kind == "quantity" and claim.unit not in ("percent", "percents"):
            f.unit = claim.unit
            f.end = max(f.end, claim.end)
    h = _HEDGE_BEFORE.search(text, _hedge_reach(text, f.start), f.start)
    if h:
        q = re.sub(r"\s+", " ", h.group("q").lower())
        q = _SAME_AS.get(q, q)
        if q in BOUNDS:
            f.bound = q
        else:
            f.hedge = q
    return f


def sentences(ctx: CheckContext) -> Iterator[Sentence]:
    """Every sentence of the prose (and footnotes) holding at least two figures.

    Read once per document (the AR rules share them); each rule gets its own copies of the
    figures, as a rule may note on one where its unit ends."""
    cached = ctx.shared.get("arithmetic-sentences")
    if cached is None:
        cached = ctx.shared["arithmetic-sentences"] = list(_sentences(ctx))
    for s in cached:
        yield Sentence(s.unit, s.start, s.end, [_copy(f) for f in s.figures], [_copy(f) for f in s.previous], s.earlier)


def _copy(f: Figure) -> Figure:
    twin = Figure.__new__(Figure)
    twin.__dict__.update(f.__dict__)
    return twin


def _claims_by_place(ctx: CheckContext) -> dict[tuple[int, int | None, str | None], list[Claim]]:
    """The figures' and dates' claims by (article, block, footnote), grouped once per
    document (``ctx.shared``: the AR rules ask for them once per list of bullets)."""
    cached: dict[tuple[int, int | None, str | None], list[Claim]] | None = ctx.shared.get("arithmetic-by-place")
    if cached is not None:
        return cached
    by_place: dict[tuple[int, int | None, str | None], list[Claim]] = {}
    for c in ctx.claims:
        if c.kind in ("money", "quantity", "count", "date"):
            by_place.setdefault((c.article, c.block, c.footnote), []).append(c)
    ctx.shared["arithmetic-by-place"] = by_place
    return by_place


def _block_units(ctx: CheckContext, article: int, blocks: range) -> Iterator[TextUnit]:
    """The units of :func:`~claimcheck.extract.text.iter_units` (no footnotes) of the prose
    blocks ``blocks`` of ``article``, in the same order and made the same way, without
    making a unit of every other block of the document (a document of many bullet lists
    asked for each list's blocks)."""
    for art in ctx.document.articles:
        if art.index != article:
            continue
        for i in blocks:
            if not 0 <= i < len(art.blocks) or not art.blocks[i].is_prose:
                continue
            block = art.blocks[i]
            refs = tuple(sorted((ref.offset, ref.label) for ref in art.refs if ref.block == i))
            yield TextUnit(doc=ctx.document, article=art.index, text=block.text, owner=block, block=i, refs=refs)


def block_sentences(ctx: CheckContext, article: int, blocks: range) -> dict[int, list[Sentence]]:
    """The sentences of some prose blocks of an article, each with its figures (one or
    more), by block index: for a reading across blocks (a lead-in and the bullets under it)."""
    by_place = _claims_by_place(ctx)
    out: dict[int, list[Sentence]] = {}
    for unit in _block_units(ctx, article, blocks):
        figs = _unit_figures(unit, by_place.get((unit.article, unit.block, unit.footnote), []))
        starts = unit._starts
        for i, st in enumerate(starts):
            e = starts[i + 1] if i + 1 < len(starts) else len(unit.text)
            here = [f for f in figs if st <= f.start < e]
            out.setdefault(unit.block or 0, []).append(Sentence(unit, st, e, here))
    return out


def row_sentence(ctx: CheckContext, article: int, index: int) -> Sentence:
    """A table row (or any block) as one sentence with its figures (no claims: a cell's
    number, its % and hedge), for a reading of a table's rows."""
    block = ctx.document.articles[article].blocks[index]
    unit = TextUnit(doc=ctx.document, article=article, text=block.text, owner=block, block=index)
    figs = [
        _figure(block.text, num, None)
        for num in find_numbers(block.text)
        if not (num.year_like or _split_year_tail(block.text, num)) and num.value >= 0
    ]
    return Sentence(unit, 0, len(block.text), figs)


def _sentences(ctx: CheckContext) -> Iterator[Sentence]:
    by_place = _claims_by_place(ctx)
    for unit in iter_units(ctx.document):
        if not _has_digit(unit.text) and "%" not in unit.text:
            # number words alone rarely carry arithmetic; a fraction needs a figure too
            continue
        figs = _unit_figures(unit, by_place.get((unit.article, unit.block, unit.footnote), []))
        if len(figs) < 2:
            continue
        starts = unit._starts
        # the figures of each sentence by bisection (a scan of all of them for every
        # sentence was quadratic in a long paragraph)
        by_start = sorted(range(len(figs)), key=lambda k: figs[k].start)
        fig_starts = [figs[k].start for k in by_start]
        for i, s in enumerate(starts):
            e = starts[i + 1] if i + 1 < len(starts) else len(unit.text)
            lo, hi = bisect.bisect_left(fig_starts, s), bisect.bisect_left(fig_starts, e)
            if hi - lo < 2:
                continue
            here = [figs[k] for k in sorted(by_start[lo:hi])]  # in the figures' own order
            before = bisect.bisect_left(fig_starts, starts[i - 1]) if i else lo
            yield Sentence(
                unit,
                s,
                e,
                here,
                [figs[k] for k in sorted(by_start[before:lo])],
                [figs[k] for k in sorted(by_start[:lo])],
            )


#: a sentence that opens pointing back to the sentence before: "Of those, …", "Of that, …"
# (the group may be named again, without a figure: "Of those on dialysis in England, …")
# (or the figure called by what it is: "Of that total,", "Of this number,", "Of the sum,")
_BACK_OF = re.compile(
    r"\W*of[ \t]+(?:(?:those|these)(?P<named>[ \t]+[^\W\d][^\d,;:()]{0,40})?|them|which|"
    r"(?:this|that)(?:[ \t]+(?:total|number|figure|sum|amount))?|the[ \t]+(?:total|sum|figure))[ \t]*,",
    re.I,
)
_NAMED_WORD = re.compile(r"[^\W\d_]{4,}")


#: what sets an earlier or compared value before a figure ("up from 30,560", "compared with 2,100")
_EARLIER_VALUE = re.compile(r"\b(?:from|compared[ \t]+(?:with|to)|against|versus|vs\.?)[ \t]+$", re.I)


def group_before(s: Sentence, part: Figure | None = None) -> Figure | None:
    """The whole a sentence opening "Of those," ("Of that,", or with "Twelve of them")
    points back to: the one plain figure of the sentence before, when it has one and
    only one, of the part's kind and not smaller than it. With a part, the one figure of
    the sentence before of the part's kind (unit, currency) that is no bound ("at least
    one") and no earlier or compared value ("31,240 …, up from 30,560"), when it is not
    smaller than the part; two such figures are a guess ("2,940 rescues and 310 false
    alarms. Of those, …")."""
    figs = [f for f in s.previous if not (f.percent or f.fraction or f.points)]
    if len(figs) == 1 and len(s.previous) == 1:
        f = figs[0]
        if f.bound or part is not None and (f.value < part.value or f.kind != part.kind and f.kind and part.kind):
            return None
        return f
    if part is None:
        return None
    held = [
        f
        for f in figs
        if not f.bound
        and f.kind == part.kind
        and not _EARLIER_VALUE.search(s.text, max(0, f.start - 20), f.start)
        and not _DIFFERENCE_AFTER.match(s.text, f.end)
    ]
    big = [f for f in held if f.value >= part.value]
    if len(big) != 1:
        return None
    # a figure smaller than the part is no group it can be of ("one of the six providers …
    # employs 145 care workers. Two in five of them, 71 people"), unless it is listed with
    # the other, or any figure is ("2,940 rescues and 310 false alarms. Of those, 1,020 …":
    # of both, perhaps; "18,300 season tickets and 40,000 day passes")
    whole = big[0]
    for f in figs:
        if f is not whole:
            a, b = sorted((f, whole), key=lambda g: g.start)
            if re.search(r"\band\b|&", s.text[a.end : b.start]):
                return None
    return whole


#: what makes a figure a difference from another, not a group ("2,184 officers, 96 more than
#: a year earlier", "40 fewer than in 2023", "12 up on last year")
_DIFFERENCE_AFTER = re.compile(
    r"(?:[ \t]+[A-Za-z][\w'’-]*)?[ \t]+(?:more|fewer|less|higher|lower|up|down)[ \t]+(?:than|on|from)\b", re.I
)


def difference_after(s: Sentence, f: Figure) -> bool:
    """Is the figure a difference from another ("€40 million more than Spain", "96 more
    than a year earlier"), no group or part of its own?"""
    return _DIFFERENCE_AFTER.match(s.text, f.end) is not None


def named_earlier(s: Sentence, part: Figure, noun: str) -> Figure | None:
    """The whole a share "of the fund" is of, when the paragraph gave it before the sentence
    ("The fund was worth NOK 19,700 billion, up from …. … Equities, worth NOK 14,100
    billion, made up 71 per cent of the fund"): the one figure of the part's kind (unit,
    currency) with the noun in the words right before it ("the fund was worth"), no bound,
    no earlier or compared value, not smaller than the part."""
    stem = r"\b" + re.escape(noun.lower()[:5])
    held = [
        f
        for f in s.earlier
        if f.kind == part.kind
        and not (f.bound or f.percent or f.fraction or f.points)
        and not _EARLIER_VALUE.search(s.text, max(0, f.start - 20), f.start)
        and not _PART_OF_NEXT.match(s.text, f.end)
        and (re.search(stem, s.text[max(0, f.start - 50) : f.start], re.I) or noun_after(s.text, f.end, stem))
    ]
    return held[0] if len(held) == 1 and held[0].value >= part.value else None


def total_earlier(s: Sentence, part: Figure) -> Figure | None:
    """The whole a share "of the total" is of, when the sentence names no whole: the one
    figure of the part's kind (unit, currency) the paragraph gave before the sentence that
    is larger than the part, no bound, no earlier or compared value, no difference and no
    part of another ("6,200 patients … 1,900 admissions, or 41% of the total"); two such
    figures are a guess."""
    held = [
        f
        for f in s.earlier
        if f.kind == part.kind
        and f.value > part.value
        and not (f.bound or f.percent or f.fraction or f.points)
        and not _EARLIER_VALUE.search(s.text, max(0, f.start - 20), f.start)
        and not _DIFFERENCE_AFTER.match(s.text, f.end)
        and not _PART_OF_NEXT.match(s.text, f.end)
    ]
    return held[0] if len(held) == 1 else None


#: a figure that is itself a part of the figure right after it ("120 of the 180", "9 out of
#: its 40"): no whole of anything
_PART_OF_NEXT = re.compile(r"[ \t]+(?:out[ \t]+)?of[ \t]+(?:(?:the|its|their|all)[ \t]+)?\d")
#: the words right after a figure that name what it counts ("2,600 consumer complaints")
_WORDS_AFTER = re.compile(r"(?:[ \t]+[A-Za-z][\w'’-]*){1,3}")


def noun_after(text: str, end: int, stem: str) -> bool:
    """Is the noun a whole is named by among the (up to three) words right after the figure
    ("logged 2,600 complaints in 2024" for "of the complaints")?"""
    m = _WORDS_AFTER.match(text, end)
    return m is not None and re.search(stem, m.group(0), re.I) is not None


def opens_back(s: Sentence) -> int | None:
    """Where the words after "Of those," end, when the sentence opens with them."""
    m = _BACK_OF.match(s.text, s.start)
    if m is None:
        return None
    if m.group("named"):
        # the group named again must be the one before ("31,240 adults were on dialysis …
        # Of those on dialysis, …"), not a part of it ("Of those in state schools, …"):
        # each of its words is in the paragraph before
        before = s.text[: s.start].lower()
        if not all(w.lower()[:5] in before for w in _NAMED_WORD.findall(m.group("named"))):
            return None
    return m.end()


_ASCII_DIGIT = re.compile(r"[0-9]")


def _has_digit(text: str) -> bool:
    """``any(ch.isdigit() for ch in text)``, at the speed of a pattern search."""
    return _ASCII_DIGIT.search(text) is not None or (not text.isascii() and any(ch.isdigit() for ch in set(text)))


def fmt(x: float, digits: int = 3) -> str:
    """A value for a message: '0.375', '2.5', '1,200'."""
    if x == 0:
        return "0"
    if abs(x) >= 1000:
        return f"{x:,.0f}"
    s = f"{x:.{digits}g}"
    if "e" in s:
        s = f"{x:.{digits}f}".rstrip("0").rstrip(".")
    return s


def pct(x: float) -> str:
    """A fraction as a percentage for a message: 0.3684 -> '36.8%'."""
    v = x * 100
    return (f"{v:.1f}".rstrip("0").rstrip(".")) + "%"


_SCALE_WORDS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


def scaled(x: float, like: Figure) -> str:
    """``x`` in the scale ``like`` was written in ("139.8 million"), else :func:`fmt`."""
    word = (like.num.scale or "").lower()
    if word in _SCALE_WORDS:
        return f"{fmt(x / _SCALE_WORDS[word], 4)} {word}"
    return fmt(x, 4)
