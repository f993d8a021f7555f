from __future__ import annotations

import datetime as dt
from typing import Iterable

from pydantic import ConfigDict, Field

from claimcheck import lazyre as re
from claimcheck.claims.models import CitationClaim, DateClaim, RelativeWindow
from claimcheck.document import Document
from claimcheck.findings.model import Finding, Severity
from claimcheck.rules.base import CheckContext, Rule, RuleOptions


class Options(RuleOptions):
    model_config = ConfigDict(extra="forbid")

    recent_months: int = Field(default=24, ge=1, description="How far back 'recently' reaches.")
    recent_years: int = Field(default=5, ge=1, description="How far back 'in recent years' reaches.")
    tolerance_days: int = Field(default=31, ge=0, description="Slack at the window's start.")


def _months_back(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` earlier, or the last day of that month if it is shorter."""
    import calendar

    y, m = divmod(day.year * 12 + day.month - 1 - months, 12)
    return dt.date(y, m + 1, min(day.day, calendar.monthrange(y, m + 1)[1]))


class RelativeWindowContradicted(Rule[Options]):
    """A relative time window is contradicted by the dates of its own sources, or by the
    publication date when it is written with the date it stands for.

    "In just the past 12 months, … debuted" citing a source from two years before
    publication; "last year" citing sources from three years earlier; "recently" (24
    months by default) citing old sources; "in the last few weeks" (a few or several days,
    weeks or months reach one, three or twelve months) citing sources from many months
    before. Windows are anchored on the publication date,
    from front matter, ``publication-date`` in the configuration, or
    ``--publication-date``; without one the rule says it could not run. Points in the
    past ("two decades ago", "two years earlier") and trends ("over the past ten years") are not checked:
    their sources may be of any date; nor are windows counted back from another time than
    the publication ("in the previous month" of a survey's respondents, "over the preceding
    three years" of a ship's record), "until recently" (how things stood before a change)
    and "most recently" or "more recently" (the latest of a series). A calendar window ("last year", "so far
    this year") starts on its first day, with no slack: a source dated "2023" or "December
    2023" is older than "last year" in a 2025 publication. A bare "this year" is
    checked when the sentence counts from its start ("since the start of this year"). A window that opens its sentence and lists two or
    more names, each with a date in parentheses ("In the past three years, Arlo (2020),
    Brisk (2022) and Cato (2023) have …"), is checked against those dates too, with or
    without notes: each listed thing is said to fall inside it. A window that opens its
    sentence and cites nothing is checked against the notes of the (at most two) sentences
    after it in its paragraph, its examples ("In the past two years, several ports have
    banned the scrubbers. Halden's … .[^1] Vigo … .[^2]"), when all of them are older than
    the window and those sentences write no year of their own ("A 2019 survey had warned
    …": the example dates itself); not for "recently", which says too little.

    A relative time written with its date ("earlier this year, in November 2024"; "last
    month, on 12 May 2025"; "two weeks ago (2 August 2025)"; "in the past six months, since
    the launch in March 2024") is checked against the publication date: "N units ago" may
    be half a unit either way, "last month" and "last year" their calendar month or year
    or the span up to publication, "this year" its days so far. A thing named in the
    possessive is dated only as itself ("Last month's vote, held on 3 June"), not by an act
    on it ("last year's budget, approved in December 2023"); decades and other futures ("the coming months") are not
    read. A bare future said from the publication is read the same way ("next month's
    Senate vote, scheduled for 4 March 2025" in a brief of February 2026; "next year, in
    March 2025"): not "the next month" of a story, nor one in a sentence that has written a
    year before it ("In 2019 the board promised to act next month"), nor a thing of next
    year set this year ("next year's budget, scheduled for 1 October").

    ## Why is this bad?
    The text promises recency the sources do not show: either the window is wrong or the
    sources are not about what the sentence says.

    ## Example
    ```markdown
    ---
    publication_date: 2025-02-18
    ---
    In just the past 12 months, two new phones reached the market.[^1]

    [^1]: "Phone debuts," Daily, December 29, 2023, https://example.com/a.
    ```

    Use instead:
    ```markdown
    ---
    publication_date: 2025-02-18
    ---
    In just the past 12 months, two new phones reached the market.[^1]

    [^1]: "Phone debuts," Daily, December 29, 2024, https://example.com/a.
    ```
    """

    code = "DT002"
    name = "relative-window-contradicted"
    severity = Severity.warning
    needs = ("date", "citation")
    Options = Options

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        dates = ctx.claims.of_kind("date")
        yield from self._said_with_its_date(ctx, dates)
        windows = [
            c for c in dates if c.relative is not None and c.footnote is None and _checkable(c.relative, c.sentence)
        ]
        listed = {id(w): _listed(w, dates) for w in windows}
        after = {id(w): _after(w, ctx.document) for w in windows}
        followed = {id(w): _followed(w, ctx.document, after[id(w)]) for w in windows}
        windows = [w for w in windows if w.footnotes or listed[id(w)] or followed[id(w)]]
        if not windows:
            return
        pub = ctx.document.metadata.publication_date
        cited = [w for w in windows if w.footnotes]  # the notice counts the windows that cite
        if pub is None and not cited:
            return
        if pub is None:
            notice = self.finding(
                cited[0],
                f"could not check {len(cited)} relative time window{'s' if len(cited) > 1 else ''} "
                "against their sources: the publication date is unknown",
                help="set publication_date in the front matter, publication-date in the "
                "configuration, or pass --publication-date",
                subject="no publication date",
            )
            yield notice.model_copy(update={"severity": Severity.info})  # a notice, not a defect
            return
        cites: dict[tuple[int, str], list[CitationClaim]] = {}
        for c in ctx.claims.of_kind("citation"):
            if c.footnote is not None and c.date is not None:
                cites.setdefault((c.article, c.footnote), []).append(c)
        for w in windows:
            rel = w.relative
            assert rel is not None  # windows are the claims with one
            start = self._start(rel, pub)
            # (a calendar window, "last year" or "so far this year", has a sharp start: a
            # source of the year before, "2023" or "December 2023", is older than it)
            calendar = "last year" in rel.text.lower() or rel.direction == "current"
            slack = start if calendar else start - dt.timedelta(days=self.options.tolerance_days)
            old = [
                c
                for label in w.footnotes
                for c in cites.get((w.article, label), [])
                if c.date is not None and c.date.last_day() < slack
            ]
            before = [c for c in listed[id(w)] if c.date is not None and c.date.last_day() < slack]
            labels = followed[id(w)]
            block_text = ctx.document.articles[w.article].blocks[w.block].text if w.block is not None else ""
            sources = [c for label in labels for c in cites.get((w.article, label), [])]
            shown: list[tuple[CitationClaim | DateClaim, str]]
            if old:
                said, shown, key = "cites", [(c, f"footnote {c.footnote}") for c in old], old[0].footnote
            elif before:
                said, shown, key = "lists", [(c, _named(c)) for c in before], before[0].text
            elif (
                labels
                and not _past_year(block_text[slice(*after[id(w)])], pub)
                and len({c.footnote for c in sources}) == len(labels)
                and all(c.date is not None and c.date.last_day() < slack for c in sources)
            ):
                said, shown, key = (
                    "is followed only by",
                    [(c, f"footnote {c.footnote}") for c in sources],
                    sources[0].footnote,
                )
            else:
                continue
            yield self.finding(
                w,
                f"'{rel.text}' (from {start}, publication {pub}) {said} "
                + ", ".join(f"{name} dated {c.date}" for c, name in shown),
                related=[(c.location, f"dated {c.date}, before the window") for c, _ in shown],
                help="widen the window, or correct the dates it lists"
                if said == "lists"
                else "widen the window, or cite sources from within it",
                subject=f"{rel.text} {key}",
            )

    def _said_with_its_date(self, ctx: CheckContext, dates: list[DateClaim]) -> Iterable[Finding]:
        """A relative time written with the date it stands for ("earlier this year, in
        November 2024", "last month, on 12 May 2025", "two weeks ago, on 2 August 2025",
        "in the past six months, since the launch in March 2024") that the publication date
        puts outside it."""
        pub = ctx.document.metadata.publication_date
        if pub is None:
            return
        # the written dates of each paragraph, in order (a relative time's date stands after it)
        written: dict[tuple[int, int], list[DateClaim]] = {}
        for d in dates:
            if (
                d.date is not None
                and d.relative is None
                and d.end_date is None
                and d.footnote is None
                and d.block is not None
            ):
                written.setdefault((d.article, d.block), []).append(d)
        if not written:
            return
        for r in dates:
            rel = r.relative
            if rel is None or r.footnote is not None or r.block is None or rel.vague or rel.anchor != "publication":
                continue
            text = ctx.document.articles[r.article].blocks[r.block].text
            ahead = rel.direction == "next"
            if ahead and not _told_from_publication(rel, text, r.start):
                continue
            span = _span_of(rel, pub)
            if span is None:
                continue
            apposed = _APPOSED_AHEAD if ahead and rel.unit != "year" else _APPOSED
            for d in written.get((r.article, r.block), ()):
                if d.start < r.end or not apposed.fullmatch(text, r.end, d.start):
                    continue
                assert d.date is not None  # (only written dates are kept)
                lo, hi = span
                if d.date.last_day() >= lo and d.date.first_day() <= hi:
                    break  # the date agrees
                yield self.finding(
                    d,
                    f"'{rel.text}' (publication {pub}: {lo} to {hi}) is dated '{d.text}'",
                    related=[(r.location, f"'{rel.text}' said here")],
                    help="correct the date or the relative time, or check the publication date",
                    subject=f"{rel.text} {d.text}",
                )
                break

    def _start(self, rel: RelativeWindow, pub: dt.date) -> dt.date:
        text = rel.text.lower()
        if "last year" in text:
            return dt.date(pub.year - 1, 1, 1)
        if rel.direction == "current":  # "so far this year": since the year's or month's first day
            return dt.date(pub.year, pub.month if rel.unit == "month" else 1, 1)
        if rel.vague:
            if rel.unit in _FEW_REACH and not re.search(r"recent|lately", text):
                # "in the last few weeks": a few of its units, not as far as "recently"
                return _months_back(pub, _FEW_REACH[rel.unit])
            if "years" in text:
                return _months_back(pub, 12 * self.options.recent_years)
            return _months_back(pub, self.options.recent_months)
        months = {"day": 0, "week": 0, "month": 1, "year": 12, "decade": 120}[rel.unit] * rel.amount
        if rel.unit in ("day", "week"):
            return pub - dt.timedelta(days=rel.amount * (7 if rel.unit == "week" else 1))
        return _months_back(pub, months)


#: between a relative time and the date it stands for: "earlier this year, in November
#: 2024", "Last month's vote, held on 3 June 2025", "two weeks ago (2 August 2025)", "in the
#: past six months, since the launch in March 2024"
_APPOSED = re.compile(
    # a possessive's thing is dated only as itself ("Last month's vote, held on 3 June"), not by
    # an act on it ("last year's budget, approved in December 2023": budgets are voted before)
    r"(?:['’]s\s+[a-z]+(?:\s+[a-z]+)?\s*[,(—–]\s*(?:(?:held|dated)\s+)?"
    r"|\s*[,(—–]\s*(?:since\s+(?:the|its|their)\s+[a-z]+(?:\s+[a-z]+)?\s+)?)"
    r"(?:(?:in|on|dated)\s+)?"
)
#: the same for a future, whose thing may be dated as planned: "Next month's ballot,
#: scheduled for 8 October 2025", "next week's hearing, due on 22 September"; only for a
#: week or a month ("next year's budget, scheduled for 1 October": it is set the year before)
_APPOSED_AHEAD = re.compile(
    r"(?:['’]s\s+[A-Za-z][\w’'-]*(?:\s+[A-Za-z][\w’'-]*){0,3}\s*[,(—–]\s*(?:(?:held|dated|(?:scheduled|set|planned|due)(?:\s+for)?)\s+)?"
    r"|\s*[,(—–]\s*)"
    r"(?:(?:in|on|dated)\s+)?"
)
#: a future said from the publication: a bare "next week", "next month", "next year"
_NEXT_FROM_NOW = re.compile(r"\W*next\s+(?:week|month|year)\b", re.IGNORECASE)
#: a year written before it in its sentence, or "the" just before it: the future is told
#: from that time ("In 2019 the board promised to act next month"; "the next month, on 2 June 1998")
_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
_SENTENCE_START = re.compile(r"[.!?;:]\s|\n")
_UNIT_DAYS = {"day": 1, "week": 7}
#: how many months "a few" or "several" days, weeks or months reach back at most
_FEW_REACH = {"day": 1, "week": 3, "month": 12}
#: a relative time counted from the time the text speaks of, not from the publication
_FROM_ANOTHER_TIME = re.compile(r"\b(?:earlier|later|before|after|previous|preceding|prior|following)\b")


def _told_from_publication(rel: RelativeWindow, text: str, start: int) -> bool:
    """Whether a future ("next month") is said from the publication: a bare "next week",
    "next month" or "next year", not "the next month" (of a story) nor one in a sentence
    that has already written a year ("In 2019 the board promised to act next month")."""
    if not _NEXT_FROM_NOW.match(rel.text):
        return False
    if re.search(r"\b(?:the|that|a)\s+$", text[max(0, start - 8) : start], re.IGNORECASE):
        return False
    opening = max((m.end() for m in _SENTENCE_START.finditer(text, max(0, start - 400), start)), default=0)
    return not _YEAR.search(text, opening, start)


def _span_of(rel: RelativeWindow, pub: dt.date) -> tuple[dt.date, dt.date] | None:
    """The days a relative time said from the publication may stand for: "two weeks ago"
    from three to one week before it, "two years ago" from three years to one before it,
    "last month" its calendar month (or the month up to publication), "last year" its
    calendar year (or the year up to publication), "earlier this year" the year's days up to
    publication, "in the past six months" those months (a month's slack); None for what is
    not read (a future, a decade)."""
    text = rel.text.lower()
    n, unit = rel.amount, rel.unit
    if rel.direction == "next" and _NEXT_FROM_NOW.match(text):
        if unit == "year":
            return dt.date(pub.year + 1, 1, 1), dt.date(pub.year + 1, 12, 31)
        if unit == "month":
            first = _months_back(pub.replace(day=1), -1)
            return first, _months_back(first, -1) - dt.timedelta(days=1)
        return pub, pub + dt.timedelta(days=14)
    if unit == "decade" or rel.direction == "next" or rel.direction == "past" and _FROM_ANOTHER_TIME.search(text):
        return None  # ("two weeks earlier, on 13 October 2021": from the time just told)
    if rel.direction == "current":
        return dt.date(pub.year, pub.month if unit == "month" else 1, 1), pub
    if "ago" in text:
        if unit in _UNIT_DAYS:
            days = n * _UNIT_DAYS[unit]
            return pub - dt.timedelta(days=days + max(days // 2, 7)), pub - dt.timedelta(days=max(days // 2, 1))
        months = n * (12 if unit == "year" else 1)
        return _months_back(pub, months + max(months // 2, 1)), _months_back(pub, max(months // 2, 1) if n > 1 else 0)
    if re.match(r"\W*last\s+(?:month|year|week)\b", text):
        if unit == "year":
            return dt.date(pub.year - 1, 1, 1), pub
        if unit == "month":
            return _months_back(pub.replace(day=1), 1), pub
        return pub - dt.timedelta(days=14), pub
    if unit in _UNIT_DAYS:
        return pub - dt.timedelta(days=n * _UNIT_DAYS[unit] + 7), pub
    return _months_back(pub, n * (12 if unit == "year" else 1) + 1), pub


# a name and the date of what it did, in parentheses: "Kesteven (May 2021)", "Arlo (in 2020)"
_NAME_DATED = r"(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,3}})\s*\((?:in\s+)?{date}\)"
# a window that opens its sentence: "In the past three years, …", "Within the last year, …"
_OPENS = re.compile(r"^\W*(?:(?:in|within|over|during)\s+)?(?:just\s+)?(?:the\s+)?$", re.IGNORECASE)


def _listed(w: DateClaim, dates: list[DateClaim]) -> list[DateClaim]:
    """The dates the window's own sentence gives the things it lists, each in parentheses
    after a name, when the window opens the sentence and lists two or more: "In the past
    three years, Arlo (2020), Brisk (2022) and Cato (2023) have …" says each did it within
    the window. A date anywhere else in the sentence is no member of it ("up from its 2019
    level")."""
    rel = w.relative
    at = w.sentence.find(rel.text) if rel is not None else -1
    if at < 0 or not _OPENS.match(w.sentence[:at]):
        return []
    rest = w.sentence[at + len(rel.text) :] if rel is not None else ""
    out = [
        c
        for c in dates
        if c is not w
        and c.sentence == w.sentence
        and c.footnote is None
        and c.relative is None
        and c.date is not None
        and c.end_date is None
        and re.search(_NAME_DATED.format(date=re.escape(c.text)), rest)
    ]
    return out if len(out) >= 2 else []


# the end of a sentence in a block's text
_SENTENCE_END = re.compile(r"[.!?][”\"’']?(?:\s|$)")


def _after(w: DateClaim, document: Document) -> tuple[int, int]:
    """Where the (at most two) sentences after a window that opens its sentence and cites
    nothing itself stand in its paragraph's text, their marks included; (0, 0) when the
    window cites a note or does not open its sentence."""
    rel = w.relative
    if rel is None or rel.vague or w.footnotes or w.block is None:
        return (0, 0)  # "recently" says too little to hold the examples after it to
    at = w.sentence.find(rel.text)
    if at < 0 or not _OPENS.match(w.sentence[:at]):
        return (0, 0)
    text = document.articles[w.article].blocks[w.block].text
    begin = w.start - w.sentence.find(w.text)
    if begin < 0 or text[begin : begin + len(w.sentence)] != w.sentence:
        return (0, 0)
    end = stop = begin + len(w.sentence)
    for _ in range(2):
        m = _SENTENCE_END.search(text, stop + 1)
        stop = m.end() if m else len(text)
        # a mark after the full stop belongs to the sentence before it
        marks = re.match(r"(?:\s*\[?\^?\d{1,3}\]?)*", text[stop:])
        stop += marks.end() if marks else 0
    return (end, stop)


def _followed(w: DateClaim, document: Document, span: tuple[int, int]) -> list[str]:
    """The notes of the sentences after a window that cites nothing itself (:func:`_after`):
    "In the past three years, other regulators have cleared such plans. Norland's agreed
    in … .[^5] Estavia's … .[^6]" — the examples that bear the window out, and their
    sources."""
    end, stop = span
    if stop <= end or w.block is None:
        return []
    article = document.articles[w.article]
    return list(dict.fromkeys(r.label for r in article.refs if r.block == w.block and end <= r.offset <= stop))


def _from_its_start(window: str, sentence: str) -> bool:
    """Does the sentence count from the window's start: "since the start of this year",
    "from the beginning of this month"?"""
    return bool(
        re.search(
            r"\b(?:since|from)\s+(?:the\s+)?(?:start|beginning|first\s+day)\s+of\s+" + re.escape(window) + r"\b",
            sentence,
            re.IGNORECASE,
        )
    )


def _past_year(w_text: str, pub: dt.date) -> bool:
    """A year up to the publication's stands in ``w_text``: the example dates itself ("A
    2019 survey had warned …"), its source may be as old."""
    return any(int(y) <= pub.year for y in re.findall(r"(?<![\w.-])(1[89]\d\d|20\d\d)(?![\w-])", w_text))


def _named(c: DateClaim) -> str:
    """The name a listed date stands after ("Arlo (2020)": Arlo)."""
    m = re.search(_NAME_DATED.format(date=re.escape(c.text)), c.sentence)
    return m.group("name") if m else f"'{c.text}'"


def _checkable(rel: RelativeWindow, sentence: str = "") -> bool:
    text = rel.text.lower()
    if rel.direction == "current":
        # "so far this year", "earlier this month": the part of it already gone; a bare
        # "this year" may be an anniversary or a plan, not a window the sources must fall
        # in, unless the sentence counts from its start ("since the start of this year")
        return rel.unit in ("year", "month") and (
            not re.fullmatch(r"this\s+\w+", text) or _from_its_start(rel.text, sentence)
        )
    if rel.direction != "past" or re.search(r"\bago\b|\bsince\b|\bearlier\b", text):
        return False  # a point, not a window: "two years ago", "two years earlier (than planned)"
    # "in the previous month", "over the preceding three years": counted back from the time
    # the sentence speaks of (a survey's, an inspection's), not from the publication;
    # "until recently" says how things stood before a change, which older sources show;
    # "most recently in 2017", "more recently": the latest of a series, or later than the
    # one before it, not a time near the publication
    return not re.search(r"\b(?:previous|preceding|prior)\b|\buntil\s+recently\b|\b(?:most|more)\s+recently\b", text)
