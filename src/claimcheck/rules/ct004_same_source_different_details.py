from __future__ import annotations

from claimcheck import lazyre as re
import unicodedata
from typing import Iterable

from claimcheck.claims.models import CitationClaim
from claimcheck.findings.model import Finding, Severity
from claimcheck.rules.base import CheckContext, Rule


def _norm(text: str | None) -> str:
    if not text:
        return ""
    t = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"[\W_]+", "", t)


class SameSourceDifferentDetails(Rule):
    """One source (the same URL) is cited with different details in two places.

    Titles are compared without punctuation, spacing or full-width forms; outlet, date
    and authors as written. A detail given in one place and left out in the other is a
    difference too, except in a short reference that points at a place in the source
    ("pp. 42-47", "section 5"): it need not repeat the date, only not contradict it.

    ## Why is this bad?
    Two descriptions of one source cannot both be right, and readers who compare notes
    lose trust in both.

    ## Example
    ```markdown
    Costs fell.[^1] Demand rose.[^2]

    [^1]: "Launch review," Space Office, April 2, 2024, https://example.gov/review.
    [^2]: "Launch review," Space Office, April 3, 2024, https://example.gov/review.
    ```

    Use instead:
    ```markdown
    Costs fell.[^1] Demand rose.[^2]

    [^1]: "Launch review," Space Office, April 2, 2024, https://example.gov/review.
    [^2]: "Launch review," Space Office, April 2, 2024, https://example.gov/review.
    ```
    """

    code = "CT004"
    name = "same-source-different-details"
    severity = Severity.warning
    needs = ("citation",)

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        first: dict[str, CitationClaim] = {}
        for c in ctx.claims.of_kind("citation"):
            if not c.url:
                continue
            key = c.url.rstrip("/").split("#")[0]
            prev = first.setdefault(key, c)
            if prev is c:
                continue
            if _bare(c) or _bare(prev):
                continue  # a link given again in a remark describes nothing a second time
            diffs = []
            # a note that points at a place in the source ("pp. 42-47", "section 5") is a
            # short reference: what it leaves out (the date) is no difference, only a
            # detail it gives otherwise; the place itself describes no source
            pinned = _locator(prev.outlet) or _locator(c.outlet)
            for field, show in (("title", "title"), ("outlet", "outlet"), ("date", "date"), ("authors", "authors")):
                a, b = getattr(prev, field), getattr(c, field)
                if field == "outlet":
                    a, b = (None if _locator(a) else a), (None if _locator(b) else b)
                if pinned and (a in (None, (), "") or b in (None, (), "")):
                    continue
                na = _norm(" ".join(a) if isinstance(a, tuple) else str(a) if a is not None else "")
                nb = _norm(" ".join(b) if isinstance(b, tuple) else str(b) if b is not None else "")
                if na == nb:
                    continue
                diffs.append(f"{show} {_show(b)} here, {_show(a)} there")
            if diffs:
                yield self.finding(
                    c,
                    f"footnote {c.footnote} cites the same source as footnote {prev.footnote} "
                    f"({_where(prev, c)}) with different details: " + "; ".join(diffs),
                    related=[(prev.location, f"footnote {prev.footnote} cites it here")],
                    help="describe the source the same way in both notes",
                    subject=f"{key} {'; '.join(diffs)}",
                )


_LOCATOR = re.compile(
    r"(?:pp?|pages?|paras?|paragraphs?|sec|sections?|ch|chapters?|art|articles?|annex|appendix|tables?|fig|figures?|§)"
    r"(?:\.[ \t]*|[ \t]+)(?:\d+(?:\.\d+)*[a-z]?|[ivxl]+|[IVXL]+)(?:[ \t]*[-–,][ \t]*(?:\d+(?:\.\d+)*[a-z]?|[ivxl]+|[IVXL]+))*\.?",
    re.IGNORECASE,
)


def _locator(outlet: object) -> bool:
    """Is what was read as the outlet a place in the source ("pp. 42-47", "section 5")?"""
    return isinstance(outlet, str) and _LOCATOR.fullmatch(outlet.strip()) is not None


def _bare(c: CitationClaim) -> bool:
    """A note that only gives the link (no title, outlet or date): a remark or a short
    reference pointing back at the source, not a second description of it."""
    return not c.title and not c.outlet and c.date is None


def _show(value: object) -> str:
    if value is None or value == () or value == "":
        return "missing"
    if isinstance(value, tuple):
        return "'" + ", ".join(value) + "'"
    return f"'{value}'"


def _where(prev: CitationClaim, c: CitationClaim) -> str:
    return "same article" if prev.article == c.article else f"article {prev.article + 1}"
