from __future__ import annotations

import re
from typing import Iterable, Literal

from pydantic import BaseModel, ConfigDict, Field

from claimcheck.findings.model import Finding, Severity
from claimcheck.rules._arithmetic import Figure, Sentence, fmt, sentences
from claimcheck.rules.base import CheckContext, Rule

_UP = r"up|rose|risen|rising|grew|grown|growing|increased|increasing|climbed|jumped|gained|a\s+rise\s+of|an\s+increase\s+of|a\s+jump\s+of|a\s+gain\s+of|growth\s+of|a\s+growth\s+of"
_DOWN = r"down|fell|fallen|falling|dropped|declined|decreased|shrank|a\s+fall\s+of|a\s+drop\s+of|a\s+decline\s+of|a\s+decrease\s+of|a\s+cut\s+of|a\s+reduction\s+of"
_CHANGE_BEFORE = re.compile(rf"\b(?P<w>{_UP}|{_DOWN})(?:[ \t]+by)?[ \t]+(?:(?:about|nearly|almost|roughly|around|some)[ \t]+)?$", re.I)
_DOWN_RE = re.compile(rf"^(?:{_DOWN})$", re.I)
_MULTIPLIER = {
    "doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0, "halved": 0.5,
}
_MULT_RE = re.compile(
    r"\b(?P<w>doubled|tripled|trebled|quadrupled|halved|(?:rose|grew|increased|jumped|climbed)[ \t]+(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d+)[ \t-]*fold)\b",
    re.I,
)
_FOLD = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_FROM = re.compile(r"\bfrom[ \t]+(?:(?:about|around|some|roughly|nearly|almost|just)[ \t]+)?$", re.I)
_TO = re.compile(r"^[^,;()]{0,45}?\bto[ \t]+(?:(?:about|around|some|roughly|nearly|almost|just|over|under)[ \t]+)?", re.I)


_PERIOD = re.compile(r"\bbetween[ \t]+\S+[ \t]+and[ \t]+\S+|\bper[ \t]+\w+", re.I)
_OTHER_CLAUSE = re.compile(r"\b(?:while|whereas|but|and|compared|against|as|when|although|though|than)\b|[;:]", re.I)


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid")

    multiplier_tolerance: float = Field(
        default=0.1, gt=0, lt=1, description="Relative width allowed around 'doubled', 'tripled', 'halved'."
    )
    hedge_tolerance: float = Field(
        default=0.1, ge=0, lt=1, description="Extra relative width for 'about', 'nearly', 'almost'."
    )
    forms: list[Literal["percent", "points", "multiplier"]] = Field(
        default=["percent", "points", "multiplier"], description="Which changes to check."
    )


class ChangeDoesNotFollow(Rule):
    """A stated rise or fall does not follow from the two values given with it.

    Read when one sentence gives both values and the change: "from 8.2 to 9.1 million
    tonnes, up 17%" (it is 11%); "rose 25%, from 12 to 15"; "doubled from 9 million to 14
    million"; "tripled from 40 to 100". Between two percentages, a change "of 5%" that is
    the difference in percentage points ("from 20% to 25%, up 5%") is reported as such.
    Each figure keeps the precision it was written with ("17%" allows 16.5–17.5%), and
    "about", "nearly" or "almost" widen it; "more than doubled" and the like are not checked.

    ## Why is this bad?
    Readers recompute a change from the two values beside it; when it does not follow, one
    of the three figures is wrong, or points were written as per cent.

    ## Example
    ```markdown
    Output grew from 8.2 million tonnes in 2020 to 9.1 million tonnes in 2024, up 17%.
    ```

    Use instead:
    ```markdown
    Output grew from 8.2 million tonnes in 2020 to 9.1 million tonnes in 2024, up 11%.
    ```

    ## Options
    - `multiplier_tolerance` (default 0.1): relative width around "doubled", "tripled", "halved".
    - `hedge_tolerance` (default 0.1): extra width for "about", "nearly" and the like.
    - `forms` (default all): `percent`, `points`, `multiplier`.
    """

    code = "AR002"
    name = "change-does-not-follow"
    severity = Severity.warning
    needs = ("money", "quantity", "count", "date")
    Options = Options

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        for s in sentences(ctx):
            pair = self._from_to(s)
            if pair is None:
                continue
            a, b = pair
            if a.bound or b.bound or a.value <= 0:
                continue
            if a.percent != b.percent:
                continue
            if a.currency != b.currency and a.currency and b.currency:
                continue
            yield from self._percent_change(s, a, b)
            yield from self._multiplier(s, a, b)

    def _from_to(self, s: Sentence) -> tuple[Figure, Figure] | None:
        """The one "from A … to B" pair of a sentence (none when there are several)."""
        pairs = []
        for i, a in enumerate(s.figures):
            if not _FROM.search(s.before(a.start, 30)) or a.fraction:
                continue
            m = _TO.match(s.text[a.end : s.end])
            if not m:
                continue
            b = s.figure_at(a.end + m.end(), 3)
            if b is None or b.fraction:
                continue
            # "from 8.2 to 9.1 million": the first value takes the second's scale
            if b.num.scale and not a.num.scale and a.value < b.value / 1000:
                factor = b.value / float(re.sub(r"[^\d.]", "", b.num.written.split()[0]) or 1)
                a = Figure(**{**a.__dict__, "value": a.value * factor, "half": a.half * factor})
            pairs.append((a, b))
        return pairs[0] if len(pairs) == 1 else None

    def _percent_change(self, s: Sentence, a: Figure, b: Figure) -> Iterable[Finding]:
        stated = [f for f in s.figures if (f.percent or f.points) and f is not a and f is not b
                  and f.start != a.start and f.start != b.start]
        for p in stated:
            m = _CHANGE_BEFORE.search(s.before(p.start, 40))
            if not m or p.bound or not self._tied(s, a, b, p.start - len(m.group(0)), p.end):
                continue
            down = bool(_DOWN_RE.match(re.sub(r"\s+", " ", m.group("w")).strip()))
            sign = -1 if down else 1
            lo, hi = sign * p.low, sign * p.high
            if lo > hi:
                lo, hi = hi, lo
            hedge = self.options.hedge_tolerance
            if p.hedge:
                lo, hi = lo - abs(lo) * hedge - 1, hi + abs(hi) * hedge + 1
            # relative change from the values, at their precision
            al, ah, bl, bh = a.low, a.high, b.low, b.high
            if a.hedge or b.hedge:
                al, ah, bl, bh = al * (1 - hedge), ah * (1 + hedge), bl * (1 - hedge), bh * (1 + hedge)
            rel_lo = (bl / ah - 1) * 100 if ah > 0 else float("-inf")
            rel_hi = (bh / al - 1) * 100 if al > 0 else float("inf")
            rel = (b.value / a.value - 1) * 100
            if a.percent and b.percent:
                pts_lo, pts_hi, pts = bl - ah, bh - al, b.value - a.value
                if p.points:
                    if "points" not in self.options.forms or (hi >= pts_lo and lo <= pts_hi):
                        continue
                    yield self._report(s, p, a, b, pts, lo, hi)
                    continue
                if hi >= rel_lo and lo <= rel_hi:
                    continue
                if "points" in self.options.forms and hi >= pts_lo and lo <= pts_hi:
                    yield self.finding(
                        s.location(p),
                        f"from {a.num.written}% to {b.num.written}% is a change of {fmt(pts)} percentage "
                        f"points, or {fmt(rel)}%; {p.num.written}% is the difference in points, "
                        f"written as per cent",
                        related=[(s.location(a), "the first value"), (s.location(b), "the second value")],
                        help='write "percentage points" (or give the change in per cent)',
                        subject=f"{a.num.written} {b.num.written} {p.num.written}",
                    )
                    continue
            elif p.points:
                continue
            if "percent" not in self.options.forms or (hi >= rel_lo and lo <= rel_hi):
                continue
            yield self._report(s, p, a, b, rel, lo, hi)

    @staticmethod
    def _tied(s: Sentence, a: Figure, b: Figure, start: int, end: int) -> bool:
        """The stated change belongs to the pair: right after the second value (", up 17%")
        or right before "from" ("rose 25%, from …"), with no other clause between."""
        if start >= b.end:
            gap = _PERIOD.sub(" ", s.between(b.end, start))
            return len(gap) <= 45 and not _OTHER_CLAUSE.search(gap)
        if end <= a.start:
            gap = s.between(end, a.start)
            return len(gap) <= 30 and not _OTHER_CLAUSE.search(gap) and "from" in gap.lower()
        return False

    def _report(self, s, p, a, b, got, lo, hi) -> Finding:
        unit = " percentage points" if p.points else "%"
        said = "a fall" if hi < 0 else "a rise"
        if (got < 0) != (hi < 0):
            what = f"{'a fall' if got < 0 else 'a rise'} of {fmt(abs(got))}{unit}, not {said} of {p.num.written}{unit}"
        else:
            what = f"{said} of {fmt(abs(got))}{unit}, not {p.num.written}{unit}"
        lo, hi = sorted((abs(lo), abs(hi)))
        return self.finding(
            s.location(p),
            f"from {_w(a)} to {_w(b)} is {what} "
            f"(allowed {fmt(lo)}–{fmt(hi)}{unit})",
            related=[(s.location(a), "the first value"), (s.location(b), "the second value")],
            help="recompute the change, or check the two values",
            subject=f"{a.num.written} {b.num.written} {p.num.written}",
        )

    def _multiplier(self, s: Sentence, a: Figure, b: Figure) -> Iterable[Finding]:
        if "multiplier" not in self.options.forms:
            return
        for m in _MULT_RE.finditer(s.text, s.start, s.end):
            gap = s.between(m.end(), a.start) if m.end() <= a.start else ""
            if not gap or len(gap) > 40 or _OTHER_CLAUSE.search(gap) or not _FROM.search(gap):
                continue
            if re.search(r"\b(?:more|less|nearly|almost|roughly|about|over|than|at least)[ \t]+$", s.before(m.start(), 20), re.I):
                continue
            w = m.group("w").lower()
            if m.group("n"):
                n = m.group("n").lower()
                want = float(_FOLD.get(n) or n)
            else:
                want = _MULTIPLIER[w]
            t = self.options.multiplier_tolerance
            lo, hi = want * (1 - t), want * (1 + t)
            r_lo = b.low / a.high if a.high > 0 else 0
            r_hi = b.high / a.low if a.low > 0 else float("inf")
            if r_hi >= lo and r_lo <= hi:
                continue
            yield self.finding(
                s.location(a),
                f"from {a.num.written} to {b.num.written} is {fmt(b.value / a.value)} times, "
                f'not "{m.group("w")}" ({fmt(want)} times; allowed {fmt(lo)}–{fmt(hi)})',
                related=[(s.location(b), "the second value")],
                help="recompute the change, or check the two values",
                subject=f"{a.num.written} {b.num.written} {w}",
            )


def _w(f: Figure) -> str:
    return f"{f.num.written}%" if f.percent else f.num.written
