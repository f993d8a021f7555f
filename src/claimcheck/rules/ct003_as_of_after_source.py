from __future__ import annotations

import datetime as dt
from typing import Iterable, Iterator

from claimcheck import lazyre as re

from claimcheck.claims.models import (
    CitationClaim,
    DateClaim,
    MemberListClaim,
    PartialDate,
)
from claimcheck.findings.model import Finding, Severity
from claimcheck.rules.base import CheckContext, Rule


class AsOfAfterSource(Rule):
    """An "as of" date in a note is later than the source the note cites for it.

    The "as of" may stand in the note's prose ("As of July 2024, the station included …";
    also "as at", "correct as of", "updated to", "situation on", with "end-", "the end of"
    or "mid-" before the date: "mid-2024" stands at June 2024) or inside the citation,
    before the source's own date ("“Partners,” as of July 2024, June 27, 2024"), or in a
    remark written after the citation's URL ("…/signatories. As of August 2025, 26 providers
    had signed …"; an access date there is no remark).

    A sentence of the text with a note is held to the sources its note cites when it gives
    the state at a date: "as of", "as at", or "by" or "at the end of" opening a clause,
    with a verb of a state reached, regular or not ("had", "held", "grew to", "rose to",
    "put … at":
    "By 31 March 2025, according to the dashboard, 41 countries had submitted plans"
    citing a dashboard of 15 February 2025). A target or a forecast may reach past
    its sources ("By 2030 … will have", "was to be completed by 2030", "aims to": before
    the verb of the state or in its verb group; a later clause that looks ahead, "it had
    contracts for 80 per cent of the fuel it will need", leaves the state reached), and so
    may a deadline: the verb of a relative clause before it ("The regulation, which
    entered into force in 2023, requires that by the end of 2027 …") is no state reached.

    A year's end with no month written ("at the end of 2024") may be given by a source of
    the year's last two months (a review of late November gives the year's figures); a month
    written ("as of December 2024") holds to that month.

    ## Why is this bad?
    A source published in June cannot tell what was true "as of July": either the date is
    wrong or the note cites an older source than the one used.

    ## Example
    ```markdown
    The station has partners.[^1]

    [^1]: As of July 2024, the station included three countries (Egypt, Serbia and Thailand): "Partners," Space Office, June 27, 2024, https://example.gov/2024/06/27/partners.html.
    ```

    Use instead:
    ```markdown
    The station has partners.[^1]

    [^1]: As of June 2024, the station included three countries (Egypt, Serbia and Thailand): "Partners," Space Office, June 27, 2024, https://example.gov/2024/06/27/partners.html.
    ```
    """

    code = "CT003"
    name = "as-of-after-source"
    severity = Severity.warning
    needs = ("member_list", "citation", "date")

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        cites: dict[tuple[int, str | None], list[CitationClaim]] = {}
        for c in ctx.claims.of_kind("citation"):
            if c.footnote is not None and c.date is not None:
                cites.setdefault((c.article, c.footnote), []).append(c)
        for c in ctx.claims.of_kind("citation"):
            # "“Title,” as of March 2024, February 8, 2024": the figures' date inside the citation
            if c.as_of is not None and c.date is not None and c.as_of.first_day() > c.date.last_day():
                yield self.finding(
                    c,
                    f"'as of {c.as_of}' is later than the source cited for it ({c.date})",
                    help="use the source's date, or cite the later source the figure comes from",
                    subject=f"as of {c.as_of} {c.url}",
                )
        for claim, as_of, start in _as_of_dates(ctx):
            if claim.footnote is None:  # a sentence of the text: the sources its notes cite
                sources = [c for label in claim.footnotes for c in cites.get((claim.article, label), [])]
            else:
                sources = cites.get((claim.article, claim.footnote), [])
            if not sources:
                continue
            latest = max(sources, key=_last_day)
            if start > _last_day(latest):
                yield self.finding(
                    claim,
                    f"'as of {as_of}' is later than the source cited for it ({latest.date})",
                    related=[(latest.location, f"source dated {latest.date}")],
                    help="use the source's date, or cite the later source the figure comes from",
                    subject=f"as of {as_of} {latest.url}",
                )


def _last_day(cite: CitationClaim) -> dt.date:
    assert cite.date is not None  # only dated citations are kept
    return cite.date.last_day()


def _as_of_dates(ctx: CheckContext) -> Iterator[tuple[MemberListClaim | DateClaim, PartialDate, dt.date]]:
    """Each "as of" date: the claim, the date it stands at, and the first day a source can
    report that state (:func:`_from_day`)."""
    seen = set()
    for lst in ctx.claims.of_kind("member_list"):
        if lst.footnote is not None and lst.as_of is not None:
            seen.add((lst.article, lst.footnote))
            yield lst, lst.as_of, lst.as_of.first_day()
    for c in ctx.claims.of_kind("date"):
        if c.date is None or (c.article, c.footnote) in seen:
            continue
        at = c.sentence.find(c.text)
        before = c.sentence[: max(0, at)]
        if c.footnote is None:
            # a sentence of the text with a note: "By 31 March 2025, according to the
            # dashboard, 41 countries had submitted plans.[9]" -- a state at that date, not a
            # target ("by 2030 … will have")
            if not c.footnotes or at < 0:
                continue
            m = _AS_OF_BEFORE.search(before) or _BY_BEFORE.search(before) or _AT_END_BEFORE.search(before)
            rest = c.sentence[at + len(c.text) :]
            if (
                m is None
                or _FUTURE.search(before)
                or _future_verb(rest)
                or not _PAST_STATE.search(rest + " " + _RELATIVE_CLAUSE.sub(",", before[: m.start()]))
            ):
                continue
            yield c, _within_year(c.date, m.group("part")), _from_day(c.date, m.group("part"))
            continue
        m = _AS_OF_BEFORE.search(before)
        if m is not None:
            yield c, _within_year(c.date, m.group("part")), _from_day(c.date, m.group("part"))


#: what puts a note's date as the day its figures stand at: "as of", "as at", "correct
#: as of", "updated to", "situation on", "position at" -- perhaps with "end-", "the end of"
#: or "mid-" before the date. Not "to", "up to" or "through" alone: a forecast note may
#: reach past its source ("projections through 2030").
_AS_OF_BEFORE = re.compile(
    r"(?:\bas[ \t]+(?:of|at)|\bcorrect[ \t]+(?:as[ \t]+)?(?:of|at|on)|\bupdated[ \t]+(?:to|on|as[ \t]+of)"
    r"|\b(?:situation|position|status)[ \t]+(?:on|at|as[ \t]+of))"
    r"[ \t]+(?:the[ \t]+)?(?P<part>(?:end|mid)(?:-|[ \t]+of[ \t]+(?:the[ \t]+)?)|)\s*$",
    re.I,
)


#: "by 31 March 2025", "by the end of 2024", "by mid-2025" (in the text, with a past state)
_BY_BEFORE = re.compile(
    r"(?:^|[,;:\u2014\u2013][ \t]*|\b(?:and|but|that)[ \t]+)by[ \t]+(?:the[ \t]+)?(?P<part>(?:end|mid|middle)(?:-|[ \t]+of[ \t]+(?:the[ \t]+)?)|)\s*$",
    re.I,
)
#: "At the end of March 2025, …" opening a clause
_AT_END_BEFORE = re.compile(
    r"(?:^|[,;:\u2014\u2013][ \t]*)(?:at|by)[ \t]+the[ \t]+(?P<part>(?:end|close)[ \t]+of[ \t]+(?:the[ \t]+)?)\s*$",
    re.I,
)
#: a target or a forecast, not a state at the date: its sources may predate it
_FUTURE = re.compile(
    r"\b(?:will|would|shall|should|must|could|may|might|(?:is|are|was|were)[ \t]+to[ \t]+be|expect\w*|aim\w*|plan(?:s|ned|ning)?[ \t]+to|target\w*|"
    r"forecast\w*|project(?:ed|ion|ions)\b|due[ \t]+to|schedul\w*|intend\w*|hope\w*|set[ \t]+to|going[ \t]+to|goal)\b",
    re.I,
)
#: a relative clause between commas ("The rule, which entered into force in 2023,
#: requires that by …"): its verb tells nothing of the state at the date
_RELATIVE_CLAUSE = re.compile(r",[ \t]*(?:which|who|whose)\b[^,;]*,")
#: a state reached: "had submitted", "were in orbit", "listed", "stood at"; the irregular
#: past of the verbs a count or a holding is said with ("14 venues held licences", "the
#: fleet grew to", "sales rose to", "it kept", "they ran"), not those that are as often
#: adjectives ("spent batteries", "paid staff", "lost revenue")
_PAST_STATE = re.compile(
    r"\b(?:had|was|were|stood|numbered|reached|totalled|totaled|held|kept|ran|grew|rose|fell|won|put|found|gave|[a-z]{2,}ed)\b",
    re.I,
)


#: the two words after a verb: "was widely expected", "had planned to" (a verb group)
_VERB_GROUP = re.compile(r"(?:[ \t]+[\w'’-]+){0,2}")


def _future_verb(rest: str) -> bool:
    """Is the state after the date a target or a forecast: a word of :data:`_FUTURE` before
    the first verb of a state reached, or in its verb group ("was expected to", "had
    planned to")? One further on belongs to another clause: "it had contracts covering 80
    per cent of the fuel it will need" states what it had."""
    past = _PAST_STATE.search(rest)
    if past is None:
        return bool(_FUTURE.search(rest))
    group = _VERB_GROUP.match(rest, past.end())
    return bool(_FUTURE.search(rest, 0, group.end() if group else past.end()))


def _from_day(date: PartialDate, part: str) -> dt.date:
    """The first day a source can report the state at the date: a year's end with no month
    written ("at the end of 2024") is its last two months, which a source of late November
    may already give as the year's figures; else the first day of the date it stands at."""
    if date.month is None and part.lower().startswith("end"):
        return dt.date(date.year, 11, 1)
    return _within_year(date, part).first_day()


def _within_year(date: PartialDate, part: str) -> PartialDate:
    """The date an as-of stands at: "the end of 2024" reads as December 2024 and
    "mid-2024" as June 2024 (a month's end or middle is that month: already its days)."""
    if date.month is not None or not part:
        return date
    return date.model_copy(update={"month": 12 if part.lower().startswith("end") else 6})
