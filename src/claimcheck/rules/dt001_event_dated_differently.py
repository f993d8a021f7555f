from __future__ import annotations

import re
from typing import Iterable

from claimcheck.findings.model import Finding, Severity
from claimcheck.rules.base import CheckContext, Rule

# names that carry a number: "Tianwen-3", "Tianwen 3", "Chang'e-6", "Shenzhou 19"
_NAMED = re.compile(r"\b([A-Z][A-Za-z'’]+)[- ]?(\d{1,3})\b")
_VERBS = {
    "launch": "launch", "launched": "launch", "launches": "launch", "return": "return",
    "sample return": "return", "landing": "landing", "landed": "landing",
    "created": "creation", "established": "creation", "founded": "creation",
    "dissolved": "end", "eliminated": "end",
}


def _name_keys(claim) -> set[str]:
    keys = set()
    for m in _NAMED.finditer(claim.sentence):
        keys.add(f"{m.group(1).lower().replace('’', chr(39))}{m.group(2)}")
    if claim.event:
        for m in _NAMED.finditer(claim.event):
            keys.add(f"{m.group(1).lower().replace('’', chr(39))}{m.group(2)}")
    return keys


def _what(claim) -> str | None:
    text = (claim.event or "").lower()
    for word, kind in _VERBS.items():
        if word in text:
            return kind
    before = claim.sentence[: claim.sentence.find(claim.text)].lower()
    for word, kind in _VERBS.items():
        if re.search(rf"\b{word}\b[^.]{{0,25}}$", before):
            return kind
    return None


def _span(claim):
    end = claim.end_date or claim.date
    return claim.date.first_day(), end.last_day()


class EventDatedDifferently(Rule):
    """The same event is dated differently in two places.

    Events are matched by the named thing with a number they concern ("Tianwen-3",
    "Tianwen 3" and "Tianwen3" are one mission) and by what happens (launch, return,
    creation …). A range given in one place ("the Tianwen-3 mission (2028–2031)") agrees
    with any date inside it given elsewhere ("launch in 2028").

    ## Why is this bad?
    A launch in 2028 in one article and in 2030 in another: one of them is wrong, and
    readers who compare will notice.

    ## Example
    ```markdown
    The Tianwen-3 mission (2028–2031) will return samples.

    Tianwen 3 is slated for launch in 2033.
    ```

    Use instead:
    ```markdown
    The Tianwen-3 mission (2028–2031) will return samples.

    Tianwen 3 is slated for launch in 2028.
    ```
    """

    code = "DT001"
    name = "event-dated-differently"
    severity = Severity.warning
    needs = ("date",)

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        dated = [c for c in ctx.claims.of_kind("date") if c.date is not None and c.footnote is None]
        for j, b in enumerate(dated):
            kb = _name_keys(b)
            if not kb:
                continue
            for a in dated[:j]:
                common = kb & _name_keys(a)
                if not common or a.sentence == b.sentence:
                    continue
                (a0, a1), (b0, b1) = _span(a), _span(b)
                if a0 <= b1 and b0 <= a1:
                    continue  # overlapping: a date inside a range, or the same date
                wa, wb = _what(a), _what(b)
                a_range = a.end_date is not None
                b_range = b.end_date is not None
                if not (a_range or b_range) and (wa is None or wa != wb):
                    continue  # two different happenings of one thing
                name = sorted(common)[0]
                yield self.finding(
                    b.location,
                    f"'{b.text}' dates {_label(b, name)}, but line {a.location.line} gives '{a.text}'",
                    related=[(a.location, f"dated '{a.text}' here")],
                    help="check the dates: one of the two places is wrong",
                    subject=f"{name} {b.text} / {a.text}",
                )
                break


def _label(claim, name: str) -> str:
    what = _what(claim)
    m = _NAMED.search(claim.sentence)
    shown = m.group(0) if m else name
    return f"the {what} of {shown}" if what else shown
