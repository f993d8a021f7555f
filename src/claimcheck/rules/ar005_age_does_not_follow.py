from __future__ import annotations

import re
from typing import Iterable

from pydantic import BaseModel, ConfigDict, Field

from claimcheck.extract.numbers import parse_number
from claimcheck.extract.text import iter_units
from claimcheck.findings.model import Finding, Severity
from claimcheck.rules.base import CheckContext, Rule

# "founded in 2021, a decade ago" / "in 2022, three years ago" / "(2015, ten years ago)"
_YEAR_AGO = re.compile(
    r"\b(?P<year>(?:1[89]|20)\d\d)[ \t]*[,(—–][ \t]*(?P<hedge>about|around|some|roughly|nearly|almost|"
    r"more[ \t]+than|over|less[ \t]+than|under|just[ \t]+over|just[ \t]+under)?[ \t]*"
    r"(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|\d{1,3})"
    r"[ \t]+(?P<unit>years?|decades?)[ \t]+ago\b",
    re.I,
)


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid")

    decade_tolerance: int = Field(
        default=2, ge=0, description="Years either side a decade may stand for ('a decade ago': 8–12 years)."
    )


class AgeDoesNotFollow(Rule):
    """A year and the "N years ago" written beside it do not agree with the publication date.

    Read when a year is followed by how long ago it was, in one phrase: "founded in 2021, a
    decade ago"; "in 2022, three years ago". The span is counted from the document's
    publication date; a count of years allows one year either side (the month is not
    known), "a decade" two (`decade_tolerance`), and "more than", "over", "nearly" and the
    like are read as bounds. Without a publication date the rule says nothing.

    ## Why is this bad?
    "A decade ago" for a company four years old tells the reader the sentence was copied
    from an older text or that one of the two was never checked.

    ## Example
    ```markdown
    ---
    publication_date: 2025-03-01
    ---
    The firm was founded in 2021, a decade ago, and now employs 400 people.
    ```

    Use instead:
    ```markdown
    ---
    publication_date: 2025-03-01
    ---
    The firm was founded in 2021, four years ago, and now employs 400 people.
    ```

    ## Options
    - `decade_tolerance` (default 2): years either side a decade may stand for.
    """

    code = "AR005"
    name = "age-does-not-follow"
    severity = Severity.warning
    needs = ()
    Options = Options

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        pub = ctx.document.metadata.publication_date
        if pub is None:
            return
        for unit in iter_units(ctx.document):
            for m in _YEAR_AGO.finditer(unit.text):
                year = int(m.group("year"))
                n_text = m.group("n").lower()
                n = 1.0 if n_text in ("a", "an") else parse_number(n_text)
                if n is None:
                    continue
                decade = m.group("unit").lower().startswith("decade")
                years = n * 10 if decade else n
                tol = self.options.decade_tolerance * max(1, n) if decade else 1
                actual = pub.year - year
                if actual < 0:
                    continue
                hedge = (m.group("hedge") or "").lower()
                lo, hi = years - tol, years + tol
                if hedge in ("more than", "over", "just over"):
                    lo, hi = years, float("inf")
                elif hedge in ("less than", "under", "just under"):
                    lo, hi = 0, years
                elif hedge in ("nearly", "almost"):
                    lo, hi = years - tol - 1, years
                elif hedge:
                    lo, hi = years - tol - 1, years + tol + 1
                if lo <= actual <= hi:
                    continue
                first = m.start("hedge") if m.group("hedge") else m.start("n")
                said = m.group(0)[first - m.start() :]
                yield self.finding(
                    unit.locate(m.start("n")),
                    f"{year} is {actual} year{'s' if actual != 1 else ''} before the publication date "
                    f"({pub.isoformat()}), not \"{said}\"",
                    related=[(unit.locate(m.start("year")), "the year")],
                    help="fix the year or the span, or check the publication date",
                    subject=f"{year} {said}",
                )
