from __future__ import annotations

import datetime as dt
from claimcheck import lazyre as re
from typing import Iterable

from pydantic import ConfigDict, Field

from claimcheck.data.numberwords import ORDINALS, TENS_ORDINALS, pick
from claimcheck.extract.numbers import parse_number
from claimcheck.extract.text import TextUnit, iter_units, sentence_bounds
from claimcheck.findings.model import Finding, Severity
from claimcheck.rules.base import CheckContext, Rule, RuleOptions

#: a count of years in words, tens and units joined too ("twenty-two", "sixty five")
_WORD_NUM = (
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ \t-](?:one|two|three|four|five|six|seven|eight|nine)\b)?|"
    r"an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen"
)
#: words that stress a count of years without widening it ("a full thirty years ago",
#: "exactly ten years ago", "only five years ago")
#: what says a span reaches back from the time of writing: "ago", "before this report was
#: written", "before publication", "earlier than this review"
_AGO = (
    r"(?:ago\b|(?:before|earlier[ \t]+than)[ \t]+(?:(?:this|the)[ \t]+(?:report|article|paper|review|study|survey|"
    r"briefing|note|update|publication|edition|document)\b|publication\b|(?:the[ \t]+time[ \t]+of[ \t]+)?writing\b|now\b))"
)
_STRESS = r"(?:a[ \t]+full|fully|a[ \t]+whole|exactly|precisely|only|just|barely|all[ \t]+of)[ \t]+"
#: participles that say a thing came into being (the year in its name or before it dates
#: that act: "the Helium Act of 1996, passed 29 years ago"); not those of a later act on it
#: ("amended", "revised", "extended", "repealed")
_MADE = (
    r"(?:passed|enacted|adopted|signed|founded|established|created|formed|built|opened|launched|introduced|"
    r"set[ \t]+up|agreed|approved|inaugurated|unveiled|drawn[ \t]+up|laid[ \t]+down|concluded|instituted|"
    r"commissioned|completed|finished|erected|dug|planted|discovered|born)"
)
# "founded in 2021, a decade ago" / "in 2022, three years ago" / "(2015, ten years ago)"
# / "The last case, in 1977, was almost fifty years ago" (the verb of the thing dated)
# / "the Water Act of 2013, passed nine years ago" (a participle of its making) / "the Dock
# Act 1971, a statute passed 54 years ago" (a noun naming the thing again before it)
_YEAR_AGO = re.compile(
    r"\b(?P<year>(?:1[89]|20)\d\d)[ \t]*[,(—–][ \t]*(?:(?:was|were|is|are)(?:[ \t]+now)?[ \t]+|"
    r"(?:(?:a|an|the)[ \t]+(?:[a-z-]+[ \t]+)?[a-z-]+[ \t]+)?"
    + _MADE
    + r"[ \t]+)?(?P<hedge>about|around|some|roughly|nearly|almost|"
    r"more[ \t]+than|over|less[ \t]+than|under|just[ \t]+over|just[ \t]+under)?[ \t]*"
    r"(?:" + _STRESS + r")?(?P<n>" + _WORD_NUM + r"|\d{1,3})"
    r"[ \t]+(?P<unit>years?|decades?)[ \t]+" + _AGO,
    re.I,
)

# the other order: "eight years ago, in 2016" / "a decade ago (2015)" / "two years ago in
# March 2023" (not a year's prices or terms: "ten years ago, in 2016 prices")
_AGO_YEAR = re.compile(
    r"\b(?:(?P<hedge>about|around|some|roughly|nearly|almost|more[ \t]+than|over|less[ \t]+than|under|"
    r"just[ \t]+over|just[ \t]+under)[ \t]+)?"
    r"(?:" + _STRESS + r")?(?P<n>" + _WORD_NUM + r"|\d{1,3})[ \t]+(?P<unit>years?|decades?)[ \t]+(?P<ago>ago)"
    r"(?:[ \t]*[,(—–][ \t]*(?:(?:in|back[ \t]+in)[ \t]+)?|[ \t]+(?:back[ \t]+)?in[ \t]+)"
    r"(?:(?:early|late|mid-?|(?:the[ \t]+)?(?:spring|summer|autumn|fall|winter)(?:[ \t]+of)?)[ \t]*|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)[ \t]+)?"
    r"(?P<year>(?:1[89]|20)\d\d)\b(?![ \t]*[–-][ \t]*\d)(?!['’]?s\b)"
    r"(?![ \t]+(?:prices|terms|money|values|dollars|pounds|euros)\b)",
    re.I,
)
# "Completed in 1997, it was finished 31 years ago": a participle dates the thing, the
# clause after it says how long ago the same thing was done
_DONE_IN_YEAR_AGO = re.compile(
    r"\b[A-Z][a-z]+(?:ed|en|lt|ne)[ \t]+in[ \t]+(?P<year>(?:1[89]|20)\d\d),[ \t]+"
    r"(?:it|this|he|she|they|the[ \t]+[a-z]+(?:[ \t]+[a-z]+)?)[ \t]+(?:was|were|is|has[ \t]+been)[ \t]+[a-z]+[ \t]+"
    r"(?P<hedge>about|around|some|roughly|nearly|almost|more[ \t]+than|over|less[ \t]+than|under)?[ \t]*"
    r"(?:" + _STRESS + r")?(?P<n>" + _WORD_NUM + r"|\d{1,3})"
    r"[ \t]+(?P<unit>years?|decades?)[ \t]+ago\b"
)
_NUM = _WORD_NUM + r"|\d{1,3}"
_YEAR = r"(?:1[89]|20)\d\d"
#: a hedge before a count of years, read as :data:`_YEAR_AGO` reads it
_HEDGE_SINCE = (
    r"(?:(?P<hedge>about|around|some|roughly|nearly|almost|more[ \t]+than|over|less[ \t]+than|under|"
    r"just[ \t]+over|just[ \t]+under)[ \t]+)?"
)
_SINCE_TAIL = r"[ \t]+(?P<ago>since)[ \t]+(?:[^.;:!?()\d]{0,80}?\b)?(?P<year>(?:1[89]|20)\d\d)\b(?![ \t]*[–-][ \t]*\d)(?!['’]?s\b)"
# "It is now ten years since the 2015 floods" / "It has been a decade since the plant opened
# in 2014"; "Six years have passed since the board extended it in 2017": the span from a
# year named in the clause after "since" to the time of writing
#: a span of years or decades, hedged and stressed as :data:`_YEAR_AGO` reads it ("about ten
#: years", "a full decade")
_SPAN_SINCE = _HEDGE_SINCE + r"(?:" + _STRESS + r")?(?P<n>" + _WORD_NUM + r"|\d{1,3})[ \t]+(?P<unit>years?|decades?)"
_IT_IS_SINCE = re.compile(
    r"\b(?:it[ \t]+is|it['’]s|it[ \t]+has[ \t]+been|it['’]s[ \t]+been)[ \t]+(?:now[ \t]+)?" + _SPAN_SINCE + _SINCE_TAIL,
    re.I,
)
_PASSED_SINCE = re.compile(
    r"(?<![\w-])"
    + _SPAN_SINCE
    + r"[ \t]+(?:have|has)[ \t]+(?:now[ \t]+)?(?:passed|elapsed|gone[ \t]+by)"
    + _SINCE_TAIL,
    re.I,
)
# "The 2020 hosepipe ban — the most recent, four years ago — …": a year naming a thing and,
# set off later in the same clause, how long ago that thing was (no clause, figure or
# comparison between: "than", "compared with")
_YEAR_THING_AGO = re.compile(
    r"\b(?:the|its|their|this|that)[ \t]+(?P<year>(?:1[89]|20)\d\d)[ \t]+(?P<gap>[a-z][^.;:!?()\d,—–]{0,80}?)"
    r"[ \t]*[,(—–][ \t]*(?:(?:the[ \t]+)?(?:most[ \t]+recent|last|latest|first)[ \t]*[,—–]?[ \t]*|"
    r"(?:a|an|the)[ \t]+(?:[a-z-]+[ \t]+)?[a-z-]+[ \t]+"
    + _MADE
    + r"[ \t]+)?"
    + _HEDGE_SINCE
    + r"(?:"
    + _STRESS
    + r")?(?P<n>"
    + _WORD_NUM
    + r"|\d{1,3})"
    r"[ \t]+(?P<unit>years?|decades?)[ \t]+ago\b",
    re.I,
)
_YEAR_RE = re.compile(_YEAR)
_SPAN_HEDGE = (
    r"(?P<hedge>about|around|some|roughly|nearly|almost|more[ \t]+than|over|less[ \t]+than|under|"
    r"just[ \t]+over|just[ \t]+under)[ \t]+"
)
# "over the past 15 years", "in the last two decades", "during the previous decade"
_PAST = re.compile(
    rf"\b(?:over|in|during|for|across|within|throughout)[ \t]+the[ \t]+(?:past|last|previous)[ \t]+(?:{_SPAN_HEDGE})?"
    rf"(?:(?P<n>{_NUM})[ \t-]+)?(?P<unit>years?|decades?)\b",
    re.I,
)
# "in the 15 years since 2010"
# "in the seven years since the 2019 amendment" (an event its year names)
_SINCE_SPAN = re.compile(
    rf"\bthe[ \t]+(?:{_SPAN_HEDGE})?(?P<n>{_NUM})[ \t]+(?P<unit>years|decades)[ \t]+since[ \t]+"
    rf"(?:(?:its|the|their)[ \t]+[a-z]+[ \t]+in[ \t]+|(?:the|its|their)[ \t]+)?(?P<year>{_YEAR})\b(?!['\u2019]?s\b)",
    re.I,
)
# "In the ten years since it took effect, …": a span from the year of an event the words
# after the pronoun name again, dated earlier in the paragraph ("took effect in 2012")
_SINCE_IT = re.compile(
    rf"\bthe[ \t]+(?:{_SPAN_HEDGE})?(?P<n>{_NUM})[ \t]+(?P<unit>years|decades)[ \t]+since[ \t]+(?:it|they)[ \t]+"
    r"(?:(?:was|were|had[ \t]+been|has[ \t]+been)[ \t]+)?(?P<verb>[a-z]+(?:[ \t]+[a-z]+)?)(?=[ \t]*[,;:—–])",
    re.I,
)
_SINCE = re.compile(
    rf"\bsince[ \t]+(?:(?:early|late|mid|the[ \t]+start[ \t]+of|the[ \t]+end[ \t]+of)[ \t-]*)?(?P<year>{_YEAR})\b(?!['\u2019]?s)",
    re.I,
)
_FROM_TO = re.compile(
    rf"\b(?:from|between)[ \t]+(?P<y1>{_YEAR})[ \t]*(?:to|and|until|through|[-\u2013])[ \t]*(?P<y2>{_YEAR})\b(?!['\u2019]?s)",
    re.I,
)
_CLAUSE = re.compile(
    r"\b(?:and|but|while|whereas|although|though|when|before|after|until|earlier|later|than)\b|[;:.!?]", re.I
)
_ORDINALS = {
    **pick(ORDINALS, "first", "tenth"),
    "twentieth": 20,
    "twenty-fifth": 25,
    "thirtieth": 30,
    **pick(TENS_ORDINALS, "fortieth", "seventieth"),
    "seventy-fifth": 75,
    **pick(TENS_ORDINALS, "eightieth", "ninetieth"),
    "hundredth": 100,
    "centenary": 100,
    "centennial": 100,
    "bicentenary": 200,
    "bicentennial": 200,
}
_ORD_RE = r"\d{1,3}(?:st|nd|rd|th)|" + "|".join(
    sorted((k for k in _ORDINALS if not k.startswith(("cent", "bicent"))), key=len, reverse=True)
)
# "the 50th anniversary of the 1969 landing"
_ANNIV = re.compile(
    rf"\bthe[ \t]+(?P<ord>{_ORD_RE})[ \t]+anniversary[ \t]+of[ \t]+(?P<of>[^.;,:()]{{0,50}}?)\b(?P<y1>{_YEAR})\b(?!['\u2019]?s\b)",
    re.I,
)
# the year it is kept: right before ("In 2024, the 50th …", "2019 marked the 50th …") or right after (", in 2024")
_ANNIV_BEFORE = re.compile(
    rf"(?:\b(?:in|by)[ \t]+(?P<y>{_YEAR}),?[ \t]+(?:(?:which|that)[ \t]+(?:was|is|marked|marks)[ \t]+|(?:marking|for|to[ \t]+mark|celebrating)[ \t]+)?"
    rf"|\b(?P<y2>{_YEAR})[ \t]+(?:marks|marked|will[ \t]+mark|is|was)[ \t]+"
    rf"|\b(?P<this>this[ \t]+year)(?:[ \t]+(?:marks|is)|,)[ \t]+)$",
    re.I,
)
_ANNIV_AFTER = re.compile(rf"[^.;,:()]{{0,25}}?,?[ \t]+in[ \t]+(?P<y>{_YEAR})\b(?!['\u2019]?s)", re.I)


# what makes a thing, dated by "in YEAR" after it: "erected in 1951", "was founded in 1960"
_MADE_IN = re.compile(
    r"\b(?:built|erected|opened|founded|established|installed|completed|constructed|commissioned|launched|"
    r"inaugurated|created|set[ \t]+up|started|begun|planted|laid|signed|passed|enacted|adopted|lit|formed|"
    r"introduced|licensed|ratified|founded)[ \t]+in[ \t]+(?P<y1>" + _YEAR + r")\b(?!['\u2019]?s)",
    re.I,
)
_HEDGE_WORDS = (
    r"(?:(?P<hedge>about|around|some|roughly|nearly|almost|more[ \t]+than|over|less[ \t]+than|under|"
    r"just[ \t]+over|just[ \t]+under)[ \t]+)?"
)
# "…, have stood for 65 years": a life up to now, in the present perfect of a verb of being
# there, or of a role a body was made for, with what it does ("has represented brigades for
# 172 years", "has advised ministers for 40 years"; not a deed that may have begun later:
# "has paid dividends for 12 years")
_STOOD_FOR = re.compile(
    r"\b(?:has|have)[ \t]+(?:now[ \t]+)?(?:stood|operated|run|served|existed|lasted|survived|"
    r"been[ \t]+(?:in[ \t]+(?:operation|service|use|place|business)|open|active|running|operating)|"
    r"(?:represented|advised|governed|regulated|overseen|coordinated|championed|defended|campaigned|"
    r"lobbied|spoken[ \t]+for|served)(?:[ \t]+(?!for\b)[a-z'’-]+){0,3})[ \t]+"
    r"for[ \t]+" + _HEDGE_WORDS + r"(?P<n>" + _NUM + r")[ \t]+(?P<unit>years|decades)\b",
    re.I,
)
# "Founded in 1853, the brigade is 172 years old", "marks 125 years of service this
# summer", "turned 66 this year": an age up to now, said in the present (not "was 58 when
# appointed": an age at another time)
_AGED = re.compile(
    r"\b(?:is|are)[ \t]+(?:now[ \t]+)?"
    + _HEDGE_WORDS
    + r"(?P<n>"
    + _NUM
    + r")[ \t]+(?P<unit>years|decades)[ \t]+old\b",
    re.I,
)
_MARKS = re.compile(
    r"\b(?:turned|turns|marks|celebrates)[ \t]+" + _HEDGE_WORDS + r"(?P<n>" + _NUM + r")"
    r"(?:[ \t]+(?P<unit>years|decades)(?:[ \t]+(?:of|in)[ \t]+[a-z]+)?)?"
    r"[ \t]+this[ \t]+(?:year|spring|summer|autumn|fall|winter|month)\b",
    re.I,
)
# "Set up in 2005, the fund is now in its 21st year": the ordinal of the year it is in
_IN_ITS_YEAR = re.compile(
    rf"\b(?:is|are)[ \t]+(?:now[ \t]+)?in[ \t]+(?:its|their)[ \t]+(?P<ord>{_ORD_RE})[ \t]+year\b", re.I
)
# "The levy has been collected for 12 years, since 2003" / "Since 2003 the levy has been
# collected for 12 years": a span in the present perfect tied to the year "since" names
_SINCE_FOR = re.compile(
    rf"\b(?:has|have)[ \t]+(?:now[ \t]+)?(?:been[ \t]+)?[a-z]+(?:ed|en|un|ood|ept|eld|one)[ \t]+(?:[a-z]+[ \t]+)?for[ \t]+(?:{_SPAN_HEDGE})?"
    rf"(?P<n>{_NUM})[ \t]+(?P<unit>years|decades)\b",
    re.I,
)
# "the 40-year-old reactor, commissioned in 1975,": an age before the year of the making
_YEAR_OLD_MADE = re.compile(
    r"\b(?:the|a|an|its|their)[ \t]+(?P<hedge>)(?P<n>\d{1,3}|" + _WORD_NUM + r")-(?P<unit>year|decade)-old[ \t]+"
    r"(?:[a-z-]+[ \t]+){0,2}[a-z-]+[ \t]*,?[ \t]+(?:(?:which|that)[ \t]+(?:was|were)[ \t]+)?"
    r"(?:built|erected|opened|founded|established|installed|completed|constructed|commissioned|launched|"
    r"inaugurated|created|set[ \t]+up|started|planted|laid|signed|passed|enacted|adopted)[ \t]+in[ \t]+"
    r"(?P<year>(?:1[89]|20)\d\d)\b(?!['’]?s)",
    re.I,
)
# "Today, 172 years after it was founded in 1853, …": a span from a year to now
_NOW_AFTER = re.compile(
    r"\b(?:today|now)[ \t]*,?[ \t]+(?P<hedge>about|around|some|roughly|nearly|almost|more[ \t]+than|over)?[ \t]*"
    r"(?P<n>" + _WORD_NUM + r"|\d{1,3})[ \t]+(?P<unit>years?|decades?)[ \t]+(?:after|since|on[ \t]+from)[ \t]+"
    r"[^.;:!?()\d]{0,60}?\b(?P<year>(?:1[89]|20)\d\d)\b(?!['’]?s)",
    re.I,
)
# "… set out the rule in 2002. Twenty-four years on, it remains the baseline": a span from
# the one year of the sentence before to now, the sentence after it in the present
_YEARS_ON = re.compile(
    r"(?:^|(?<=[.!?][ \t])|(?<=[.!?][\"”’)][ \t])|(?<=[.!?]\][ \t]))"
    + _HEDGE_WORDS
    + r"(?P<n>"
    + _WORD_NUM
    + r"|\d{1,3})[ \t]+"
    r"(?P<unit>years|decades)[ \t]+(?:on|later)[ \t]*,[ \t]+(?P<rest>[^.!?]{1,200})",
    re.I,
)
_NOW_TENSE = re.compile(r"\b(?:is|are|remains?|has|have|now|today|still[ \t]+[a-z]+s)\b", re.I)
_PAST_TENSE = re.compile(r"\b(?:was|were|had|did)\b", re.I)
# "… in 2024, after 49 years in operation": a life up to a second year
_AFTER_YEARS = re.compile(
    r"\bin[ \t]+(?P<y2>" + _YEAR + r")[ \t]*,[ \t]*after[ \t]+" + _HEDGE_WORDS + r"(?P<n>" + _NUM + r")[ \t]+"
    r"(?P<unit>years|decades)(?=[ \t]*[,.;:)]|[ \t]+(?:in|of)[ \t]+(?:operation|service|use|business|production)\b)",
    re.I,
)
# "… celebrated its 60th anniversary this year": the anniversary of the thing made in a year
_ITS_ANNIV = re.compile(
    rf"\b(?:its|their)[ \t]+(?P<ord>{_ORD_RE})[ \t]+anniversary\b(?P<this>[ \t]+this[ \t]+year\b)?",
    re.I,
)
#: what may stand between a thing's year and what says how long it has lasted: one clause
#: a comparison between a year and a span, which then are not of one thing
_COMPARED = re.compile(r"\b(?:than|compared|against|versus|between|until)\b", re.I)
_LIFE_GAP = re.compile(r"^[^.;:!?()]{0,90}$")


class Options(RuleOptions):
    model_config = ConfigDict(extra="forbid")

    decade_tolerance: int = Field(
        default=1, ge=0, description="Years either side a decade may stand for ('a decade ago': 9–11 years)."
    )


class AgeDoesNotFollow(Rule[Options]):
    """A year and the "N years ago" written beside it do not agree with the publication date.

    Read when a year is followed by how long ago it was, in one phrase: "founded in 2021, a
    decade ago"; "in 2022, three years ago"; "Completed in 1997, it was finished 31 years
    ago"; or the other way round: "eight years ago, in 2016"; "a decade ago (2015)"; "two
    years ago, in March 2023" (not "ten years ago, in 2016 prices"). The span is counted
    from the document's
    publication date. A bare count is the years between the two years, or one more when the
    publication falls in the first half of its year (the thing may have fallen late in its
    year, so that the time gone by rounds to the count: in March 2025, December 2019 was
    five years ago; in November 2025, 2020 was almost five years ago, not four): "twelve
    years ago, in 2014" is wrong in 2025, "ten years ago, in 2015" right in 2025, and in
    the first half of 2026. "About", "roughly" and the like allow two years either side, "a
    decade" a year per decade (`decade_tolerance`: "a decade ago" is 9–11 years; 2014 is
    no decade before 2026), and "more than",
    "over", "nearly" and the like are read as bounds. The year may be followed by the
    verb of the thing it dates: "The last case, in 1977, was almost fifty years ago", or by
    a participle of its making, the year closing its name: "the Helium Act of 1996, passed
    27 years ago", "the charter of 1998, signed twenty years ago" (not a later act on it:
    "amended", "revised", "extended" date another event). A word
    that stresses the count keeps it as it is ("a full thirty years ago", "exactly ten years
    ago", "only five years ago"). Without a publication date the rule says nothing.

    A span is read against what it is tied to in the same phrase: "in the 15 years since
    2010" and "since 2010, over the past 15 years" against the publication date; "over the
    past 15 years, from 2000 to 2024" against the two years. An anniversary is read against
    the year it is kept, given beside it ("In 2024, the 50th anniversary of the 1969
    landing": the 55th) or "this year" (the publication year); it allows no tolerance.

    A thing made in a year ("erected in 1951", "was founded in 1960", "opened in 1971") is
    read against how long the rest of its clause says it has lasted, no other year between:
    "have stood for 65 years" (a verb of being there in the present perfect: stood,
    operated, served, been open or in service; to the publication date), "in 2024, after
    49 years in operation" (to that year; "after 10 years of losses" is another span) and
    "its 60th anniversary this year" (exact). Counts in words may join tens and units
    ("twenty-two years ago"). A span "since" a year is read as "ago" is: "Six years have
    passed since the link closed in 2021", "It is now ten years since the 2015 floods"; so
    are "a decade before this report was written" and "three years before publication",
    and a span set off after a thing its year names ("The 2019 flood, the most recent, four
    years ago, …"; not a comparison: "higher than the one taken ten years ago").

    An age or span up to now is read after a thing's year of making in the same clause, in
    the shapes reports use: "Founded in 1861, the club is 164 years old", "turned 66 this
    year", "marks 125 years of service this summer", "is now in its 21st year" (the year it
    is in: 20 or 21 years after), "has represented dockers for 115 years" (the present
    perfect of a body's role: represented, advised, governed, served …; not a deed that may
    have begun later, "has paid dividends for 12 years"), "has been collected for 12 years,
    since 2003"; an age before the year ("the 40-year-old reactor, commissioned in 1975");
    "Today, 154 years after it was founded in 1861"; "in the seven years since the 2019
    amendment" (an event its year names); and "Twenty years on, the cap still holds" at the
    head of a sentence in the present tense, from the one year the sentence before names (not
    "Ten years later, it was still unbuilt": a past told).

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
    """

    code = "AR005"
    name = "age-does-not-follow"
    severity = Severity.warning
    needs = ()
    Options = Options

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        pub = ctx.document.metadata.publication_date
        for unit in iter_units(ctx.document):
            if not _YEAR_RE.search(unit.text):
                continue  # every reading below is tied to a year written in the paragraph
            yield from self._spans(unit, pub)
            yield from self._anniversaries(unit, pub)
            yield from self._lifetimes(unit, pub)
            if pub is None:
                continue
            yield from self._years_on(unit, pub)
            # two readings of one span ("Opened in 2004, … built 25 years ago": the year
            # before the span, and the participle's year) tie it once
            tied: list[re.Match[str]] = []
            for pattern in (_YEAR_AGO, _DONE_IN_YEAR_AGO, _NOW_AFTER, _YEAR_OLD_MADE):
                tied += [
                    m
                    for m in pattern.finditer(unit.text)
                    if not any(t.start("n") == m.start("n") and t.start("year") == m.start("year") for t in tied)
                ]
            tied += [
                m
                for pattern in (_IT_IS_SINCE, _PASSED_SINCE, _YEAR_THING_AGO)
                for m in pattern.finditer(unit.text)
                if not _COMPARED.search(m.group(0)) and not any(t.start() <= m.start("n") < t.end() for t in tied)
            ]
            # a span tied to the year before it is not tied again to one after it
            # ("founded in 2015, ten years ago, in 2025 …")
            after = [
                m for m in _AGO_YEAR.finditer(unit.text) if not any(t.start() <= m.start("n") < t.end() for t in tied)
            ]
            for m in (*tied, *after):
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
                if hedge or decade:
                    lo, hi = _hedged_bounds(years, tol, hedge)
                else:
                    # "N years ago" is N years apart, or N + 1 when the thing may have fallen
                    # late in its year and the publication falls in the first half of its own
                    # (in March 2025, December 2019 was five years ago; in November 2025,
                    # 2020 was at least four years and eleven months ago: five)
                    lo, hi = years, years + (1 if pub.month <= 6 else 0)
                if lo <= actual <= hi:
                    continue
                first = m.start("hedge") if m.group("hedge") else m.start("n")
                ago = m.end("ago") if "ago" in m.re.groupindex else m.end()  # "ago" may come before the year
                said = unit.text[first:ago]
                yield self.finding(
                    unit.doc.span(unit.owner, m.start("n"), ago),
                    f"{year} is {actual} year{'s' if actual != 1 else ''} before the publication date "
                    f'({pub.isoformat()}), not "{said}"',
                    related=[(unit.locate(m.start("year")), "the year")],
                    help="fix the year or the span, or check the publication date",
                    subject=f"{year} {said}",
                )

    def _span_bounds(self, m: re.Match[str]) -> tuple[float, float, str]:
        n_text = (m.group("n") or "a").lower()
        n = 1.0 if n_text in ("a", "an") else parse_number(n_text)
        if n is None:
            return 0, -1, ""
        decade = (m.group("unit") or "years").lower().startswith("decade")
        years = n * 10 if decade else n
        tol = self.options.decade_tolerance * max(1, n) if decade else 1
        hedge = re.sub(r"\s+", " ", (m.group("hedge") or "").lower())
        lo, hi = _hedged_bounds(years, tol, hedge)
        return lo, hi, hedge

    def _spans(self, unit: TextUnit, pub: dt.date | None) -> Iterable[Finding]:
        """ "in the 15 years since 2010", "since 2010, over the past 15 years" (against the
        publication date); "over the past 15 years, from 2010 to 2025" (against the two years)."""
        text = unit.text
        found = []
        for m in _SINCE_SPAN.finditer(text):
            if pub is not None:
                found.append((m, int(m.group("year")), pub.year, m.start("year"), True))
        if pub is not None and " since " in text:
            for m in _SINCE_IT.finditer(text):
                dated = [
                    *re.finditer(
                        rf"\b{re.escape(m.group('verb'))}[ \t]+in[ \t]+(?:[A-Z][a-z]+[ \t]+)?(?P<year>{_YEAR})\b(?!['\u2019]?s)",
                        text[: m.start()],
                    )
                ]
                if dated:
                    found.append((m, int(dated[-1].group("year")), pub.year, dated[-1].start("year"), True))
        every_anchor: list[re.Match[str]] | None = None  # found once per text, not once per span
        for m in (*_PAST.finditer(text), *_SINCE_FOR.finditer(text)):
            anchors = []
            if every_anchor is None:
                every_anchor = list(_SINCE.finditer(text)) + list(_FROM_TO.finditer(text))
            for a in every_anchor:
                gap = (
                    text[a.end() : m.start()]
                    if a.end() <= m.start()
                    else text[m.end() : a.start()]
                    if a.start() >= m.end()
                    else None
                )
                if gap is None or len(gap) > 30 or _CLAUSE.search(gap):
                    continue
                anchors.append(a)
            if len(anchors) != 1:
                continue
            a = anchors[0]
            if a.re.pattern == _SINCE.pattern:  # (a lazily compiled pattern is not the match.re object)
                if pub is None:
                    continue
                found.append((m, int(a.group("year")), pub.year, a.start("year"), True))
            else:
                found.append((m, int(a.group("y1")), int(a.group("y2")), a.start("y1"), False))
        for m, y1, y2, at, to_pub in found:
            actual = y2 - y1
            if actual < 0:
                continue
            lo, hi, hedge = self._span_bounds(m)
            if hi < lo or lo <= actual <= hi:
                continue
            # the span as said, without what follows "since" (nor the verb before "for")
            begin = m.start("span") if "span" in m.re.groupindex else m.start()
            spoken = re.sub(r"\s+since\s+.*$", "", text[begin : m.end()], flags=re.I)
            said = re.sub(r"^(?:over|in|during|for|across|within|throughout)\s+", "", spoken, flags=re.I)
            where = f"the publication date ({pub.isoformat()})" if to_pub and pub is not None else str(y2)
            allowed = _allowed(lo, hi)
            yield self.finding(
                unit.doc.span(unit.owner, begin, begin + len(spoken)),
                f'{y1} is {actual} year{"s" if actual != 1 else ""} before {where}, not "{said}" '
                f"(allowed {allowed} years)",
                related=[(unit.locate(at), "the year")],
                help="fix the year or the span" + (", or check the publication date" if to_pub else ""),
                subject=f"{y1} {said}",
            )

    def _anniversaries(self, unit: TextUnit, pub: dt.date | None) -> Iterable[Finding]:
        """ "In 2024, the 50th anniversary of the 1969 landing": the anniversary is the year
        it is kept minus the year of the event, exactly."""
        text = unit.text
        for m in _ANNIV.finditer(text):
            o = m.group("ord").lower()
            digits = o[: len(o) - len(o.lstrip("0123456789"))] if o[0].isdigit() else ""
            n = (int(digits) if len(digits) < 4000 else None) if digits else _ORDINALS.get(o)
            if not n:
                continue
            y1 = int(m.group("y1"))
            kept: tuple[int, int | None] | None = None
            b = _ANNIV_BEFORE.search(text, max(0, m.start() - 40), m.start())
            if b:
                if b.group("this"):
                    kept = (pub.year, None) if pub is not None else None
                else:
                    g = "y" if b.group("y") else "y2"
                    kept = (int(b.group(g)), b.start(g))
            else:
                a = _ANNIV_AFTER.match(text, m.end())
                if a and not _CLAUSE.search(text[m.end() : a.start("y")].replace(" in ", " ")):
                    kept = (int(a.group("y")), a.start("y"))
            if kept is None:
                continue
            y2, at = kept
            actual = y2 - y1
            if actual <= 0 or actual == n:
                continue
            related = [(unit.locate(m.start("y1")), "the year of the event")]
            if at is not None:
                related.append((unit.locate(at), "the year it is kept"))
            when = str(y2) if at is not None else f"the year of publication ({y2})"
            word_end = text.lower().find("anniversary", m.end("ord")) + len("anniversary")
            yield self.finding(
                unit.doc.span(unit.owner, m.start("ord"), word_end),
                f"{when} is the {_ordinal(actual)} anniversary of {y1}, not the {m.group('ord')} "
                f"(no tolerance: an anniversary is exact)",
                related=related,
                help="fix the anniversary or one of the years",
                subject=f"{y1} {y2} {m.group('ord')}",
            )

    def _lifetimes(self, unit: TextUnit, pub: dt.date | None) -> Iterable[Finding]:
        """A thing's year ("erected in 1951", "founded in 1960") and, later in its clause,
        how long it has lasted: "have stood for 65 years" (to the publication date), "in
        2024, after 49 years in operation" (to that year), "its 60th anniversary this year"
        (the publication year, exactly). No other year may stand between them."""
        text = unit.text
        for made in _MADE_IN.finditer(text):
            y1 = int(made.group("y1"))
            for pattern in (_STOOD_FOR, _AFTER_YEARS, _ITS_ANNIV, _AGED, _MARKS, _IN_ITS_YEAR):
                m = pattern.search(text, made.end(), min(len(text), made.end() + 160))
                if m is None:
                    continue
                head_end = m.start("y2") if pattern is _AFTER_YEARS else m.start()
                gap = text[made.end() : head_end]
                if not _LIFE_GAP.match(gap) or _YEAR_RE.search(gap):
                    continue
                if pattern is _ITS_ANNIV:
                    found = self._its_anniversary(unit, m, y1, made, pub)
                elif pattern is _IN_ITS_YEAR:
                    found = self._its_year(unit, m, y1, made, pub)
                else:
                    found = self._lifetime(unit, m, y1, made, pub)
                if found is not None:
                    yield found

    def _lifetime(
        self, unit: TextUnit, m: re.Match[str], y1: int, made: re.Match[str], pub: dt.date | None
    ) -> Finding | None:
        to_pub = m.re.pattern != _AFTER_YEARS.pattern
        if not to_pub:
            y2, where = int(m.group("y2")), m.group("y2")
        elif pub is not None:
            y2, where = pub.year, f"the publication date ({pub.isoformat()})"
        else:
            return None
        actual = y2 - y1
        lo, hi, hedge = self._span_bounds(m)
        decade = (m.group("unit") or "").lower().startswith("decade")
        if to_pub and pub is not None and not hedge and not decade:
            # an unhedged count of years up to the publication date: by a date in its first
            # half no more than the years between the two years have passed ("launched in
            # 2021, has run for six years" is wrong in February 2026); later in the year,
            # one more when rounded up
            lo, hi = lo + 1 - (1 if pub.month >= 7 else 0), hi
        if actual <= 0 or hi < lo or lo <= actual <= hi:
            return None
        first = m.start("hedge") if m.group("hedge") else m.start("n")
        last = m.end("unit") if m.group("unit") else m.end("n")
        said = _text_of(unit, first, last)
        allowed = _allowed(lo, hi)
        return self.finding(
            unit.doc.span(unit.owner, first, last),
            f'{y1} is {actual} year{"s" if actual != 1 else ""} before {where}, not "{said}" (allowed {allowed} years)',
            related=[(unit.locate(made.start("y1")), "the year")],
            help="fix the year or the span" + (", or check the publication date" if to_pub else ""),
            subject=f"{y1} {said}",
        )

    def _years_on(self, unit: TextUnit, pub: dt.date) -> Iterable[Finding]:
        """ "The rule was set out in 2002. Twenty-four years on, it remains the baseline": the
        span at the head of a sentence in the present tense, from the one year the sentence
        before names (none in its own words) to the publication date."""
        text = unit.text
        if " on," not in text and " later," not in text:
            return
        starts: list[int] | None = None
        for m in _YEARS_ON.finditer(text):
            rest = m.group("rest")
            if not _NOW_TENSE.search(rest) or _PAST_TENSE.search(rest) or _YEAR_RE.search(rest):
                continue
            starts = sentence_bounds(text) if starts is None else starts  # (read once, for the first match)
            if m.start() == 0 or m.start() not in starts:
                continue
            opens = starts[starts.index(m.start()) - 1]  # the sentence before
            before = text[opens : m.start()]
            years = {y.group(0) for y in _YEAR_RE.finditer(before)}
            if len(years) != 1:
                continue
            year_at = next(_YEAR_RE.finditer(before)).start() + opens
            y1 = int(years.pop())
            actual = pub.year - y1
            lo, hi, _ = self._span_bounds(m)
            if actual <= 0 or hi < lo or lo <= actual <= hi:
                continue
            first = m.start("hedge") if m.group("hedge") else m.start("n")
            said = _text_of(unit, first, m.end("unit"))
            allowed = _allowed(lo, hi)
            yield self.finding(
                unit.doc.span(unit.owner, first, m.end("unit")),
                f"{y1} is {actual} year{'s' if actual != 1 else ''} before the publication date "
                f'({pub.isoformat()}), not "{said}" on (allowed {allowed} years)',
                related=[(unit.locate(year_at), "the year")],
                help="fix the year or the span, or check the publication date",
                subject=f"{y1} {said} on",
            )

    def _its_year(
        self, unit: TextUnit, m: re.Match[str], y1: int, made: re.Match[str], pub: dt.date | None
    ) -> Finding | None:
        """ "Set up in 2005, the fund is now in its 21st year": in its Nth year at the
        publication date, N - 1 years after its year (or N, the month unknown)."""
        o = m.group("ord").lower()
        n = int(o.rstrip("stndrh")) if o[0].isdigit() else _ORDINALS.get(o)
        if not n or pub is None:
            return None
        actual = pub.year - y1
        if actual < 0 or n - 1 <= actual <= n:
            return None
        return self.finding(
            unit.doc.span(unit.owner, m.start("ord"), m.end()),
            f"{y1} is {actual} year{'s' if actual != 1 else ''} before the publication date ({pub.isoformat()}): "
            f"its {_ordinal(actual + 1)} year, not its {m.group('ord')}",
            related=[(unit.locate(made.start("y1")), "the year")],
            help="fix the year or the count, or check the publication date",
            subject=f"{y1} {m.group('ord')} year",
        )

    def _its_anniversary(
        self, unit: TextUnit, m: re.Match[str], y1: int, made: re.Match[str], pub: dt.date | None
    ) -> Finding | None:
        o = m.group("ord").lower()
        n = int(o.rstrip("stndrh")) if o[0].isdigit() else _ORDINALS.get(o)
        if not n:
            return None
        at: int | None = None
        if m.group("this"):
            if pub is None:
                return None
            y2 = pub.year
        else:
            a = _ANNIV_AFTER.match(unit.text, m.end())
            if a is None or _CLAUSE.search(unit.text[m.end() : a.start("y")].replace(" in ", " ")):
                return None
            y2, at = int(a.group("y")), a.start("y")
        actual = y2 - y1
        if actual <= 0 or actual == n:
            return None
        related = [(unit.locate(made.start("y1")), "the year of the event")]
        if at is not None:
            related.append((unit.locate(at), "the year it is kept"))
        when = str(y2) if at is not None else f"the year of publication ({y2})"
        return self.finding(
            unit.doc.span(unit.owner, m.start("ord"), m.end("ord") + len(" anniversary")),
            f"{when} is the {_ordinal(actual)} anniversary of {y1}, not the {m.group('ord')} "
            f"(no tolerance: an anniversary is exact)",
            related=related,
            help="fix the anniversary or one of the years",
            subject=f"{y1} {y2} {m.group('ord')}",
        )


def _allowed(lo: float, hi: float) -> str:
    """The years a span allows, for a message: "at least 10", "9–11"."""
    return f"at least {lo:g}" if hi == float("inf") else f"{max(lo, 0):g}\u2013{hi:g}"


def _text_of(unit: TextUnit, start: int, end: int) -> str:
    """The words of a unit between two offsets, spaces made one."""
    return re.sub(r"\s+", " ", unit.text[start:end])


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _hedged_bounds(years: float, tol: float, hedge: str) -> tuple[float, float]:
    """The years a stated span allows: ``years`` ± ``tol``; "more than" and "less than" open
    one side, "nearly" and "almost" allow only less, any other hedge widens by a year."""
    if hedge in ("more than", "over", "just over"):
        return years, float("inf")
    if hedge in ("less than", "under", "just under"):
        return 0, years
    if hedge in ("nearly", "almost"):
        return years - tol - 1, years
    if hedge:
        return years - tol - 1, years + tol + 1
    return years - tol, years + tol
