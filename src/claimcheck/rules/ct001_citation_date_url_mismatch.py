from __future__ import annotations

import datetime as dt
from typing import Iterable

from pydantic import ConfigDict, Field

from claimcheck import lazyre as re
from claimcheck.claims.models import CitationClaim, PartialDate
from claimcheck.findings.model import Finding, Severity
from claimcheck.rules._urls import disagree, serial_like, url_date
from claimcheck.rules.base import CheckContext, Rule, RuleOptions


class Options(RuleOptions):
    model_config = ConfigDict(extra="forbid")

    tolerance_days: int = Field(
        default=1,
        ge=0,
        description="Days a URL date may differ from the citation's (time zones, pages posted after midnight).",
    )


class CitationDateUrlMismatch(Rule[Options]):
    """A citation's date disagrees with the date written in its URL.

    Outlets write dates into URLs in many shapes (``/2024/09/24/``, ``/2021/oct/31/``, ``2024_01_20``,
    ``202409/t20240923``, ``2020-12/17``, ``n1/2024/0424``, ``/20241120/``,
    ``/2024-06/06/``, ``2024n2y``); the rule reads the most precise one and compares it
    with the citation's date at the precision both have ("April 2024" agrees with
    ``t20240430``). A web.archive.org capture time is not a publication date: the date in
    the archived URL inside it is used instead.

    A year alone in a URL (``/idi/2017/``) is not read as a date: sites name folders by
    edition, series or report year as often as by publication date; nor is a content
    system's upload folder (``/wp-content/uploads/2010/01/``), which dates the upload.

    Two URL shapes are read with care: "YYYY/NNNN" (``/1986/0114/``,
    ``/eli/reg_impl/2022/1203/``) is as often a serial number of that year (an act's, a
    regulation's, a bulletin's) as a day, so it is not read as a date; and an issue dated
    by its month ("April 2018") is often put online in the weeks before, so a URL day in
    the month before is no disagreement. A record
    number that starts with a date (``/press-room/20230414IPR80120/``) dates the record's
    opening, not what it holds, and is not read; a monthly bulletin sits in the folder of
    the month its title names ("Leading indicators, December 2024" at ``/2024-12/``),
    published weeks later, which is no disagreement either.

    The end of a period the source covers ("fieldwork June–July 2025", "data for January -
    March 2024", a meeting of "1–3 July 2025") is not its publication date either.

    A later version of a standing text ("consolidated text, 1 July 2023", "as amended",
    "last updated 9 October 2023") is dated after the text was first made, and its address
    often keeps the making date (``/forskrift/2012-12-05-1140``, a regulation of 5 December
    2012): a URL dated before such a citation is no disagreement. A URL dated after it
    still is.

    A date that says when the source was read ("Retrieved 2012-08-18", "accessed May 3,
    2024") or archived is not its publication date. When a citation gives only the day it
    was read, the rule reports a URL dated after that day: nobody reads a page before it
    is published.

    ## Why is this bad?
    One of the two is wrong: a typo in the citation's year, or a link to another article
    than the one described. Either way the reader cannot find the source as cited.

    ## Example
    ```markdown
    Plans changed.[^1]

    [^1]: Chen Lan, "Station cooperation," Guancha, April 16, 2024, https://www.guancha.cn/ChenLan/2022_04_16_635181.shtml.
    ```

    Use instead:
    ```markdown
    Plans changed.[^1]

    [^1]: Chen Lan, "Station cooperation," Guancha, April 16, 2022, https://www.guancha.cn/ChenLan/2022_04_16_635181.shtml.
    ```
    """

    code = "CT001"
    name = "citation-date-url-mismatch"
    severity = Severity.warning
    needs = ("citation",)
    Options = Options

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        for c in ctx.claims.of_kind("citation"):
            if not c.url or (c.date is None and c.accessed is None):
                continue
            found = url_date(c.url)
            if found is None:
                continue
            udate, written = found
            if udate.precision == "year" or serial_like(written):
                # a folder named by a year is as often an edition or a series as a date, and
                # "/2022/1203/" as often a regulation's number of that year as a day
                continue
            if c.date is not None:
                if not disagree(c.date, udate, self.options.tolerance_days):
                    continue
                if udate.last_day() < c.date.first_day() and _later_version(_note_text(ctx, c)):
                    continue  # "consolidated text, 1 July 2023" of a regulation made in 2012
                if udate.precision == "month" and _title_names_month(c.title, udate):
                    continue  # "Indicators, December 2024" at /2024-12/: the period it covers
                if (
                    c.date.precision == "month"
                    and udate.precision == "day"
                    and (dt.timedelta(0) < c.date.first_day() - udate.first_day() <= dt.timedelta(days=31))
                ):
                    continue  # "April 2018" posted on 20 March: issues go online before their cover month
                message = f"footnote {c.footnote} is dated {c.date} but its URL says {udate} ('{written}')"
                help = "check the citation's date and the link: one of them is wrong"
            else:
                # only the day it was read: a page cannot be read before it was published
                assert c.accessed is not None
                slack = dt.timedelta(days=self.options.tolerance_days)
                if udate.first_day() <= c.accessed.last_day() + slack:
                    continue
                message = (
                    f"footnote {c.footnote} was read on {c.accessed} but its URL is dated {udate} ('{written}'), later"
                )
                help = "check the access date and the link: a page cannot be read before it was published"
            related = []
            note = next((n for n in ctx.document.articles[c.article].footnotes if n.label == c.footnote), None)
            if note is not None:
                at = note.text.find(written, max(0, note.text.find(c.url[:20])))
                if at >= 0:
                    related.append((ctx.document.locate(note, at), f"URL says {udate}"))
            yield self.finding(
                c,
                message,
                related=related,
                help=help,
                subject=f"{c.url} {c.date or c.accessed}",
            )


#: words that cite a later version of a standing text (a law, a regulation, guidance)
_VERSION = re.compile(
    r"\b(?:consolidated|as\s+amended|amended\s+(?:text|version)|revised\s+(?:text|version|edition)|"
    r"(?:last\s+)?updated(?:\s+on)?\s+(?=\d|[A-Z][a-z]+\s+\d)|current\s+version|version\s+in\s+force)",
    re.IGNORECASE,
)


def _note_text(ctx: CheckContext, c: CitationClaim) -> str:
    """The text of the note a citation stands in, its URLs left out."""
    note = next((n for n in ctx.document.articles[c.article].footnotes if n.label == c.footnote), None)
    text = note.text if note is not None else (c.sentence or "")
    return re.sub(r"\S+://\S+", " ", text)


def _later_version(text: str) -> bool:
    """Does the note cite a later version of a standing text ("consolidated text", "as
    amended", "last updated 9 October 2023")?"""
    return _VERSION.search(text) is not None


def _title_names_month(title: str | None, month: PartialDate) -> bool:
    """Does the cited title name the URL's month as a period ("Leading indicators,
    December 2024")? A monthly bulletin sits in the folder of the month it covers and is
    published weeks later."""
    if not title or str(month.year) not in title:
        return False
    from claimcheck.extract.dates import find_dates

    for m in find_dates(title, infer_years=False):
        first, last = m.date, m.end_date or m.date
        if first is None or last is None:
            continue
        if first.first_day() <= month.first_day() and month.last_day() <= last.last_day() and first.precision != "year":
            return True
    return False
