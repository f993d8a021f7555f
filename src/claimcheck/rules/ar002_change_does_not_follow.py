from __future__ import annotations

import math

from claimcheck import lazyre as re
from typing import Iterable, Literal

from pydantic import ConfigDict, Field

from claimcheck.data.changewords import CUT, FALL_FORMS, FALL_NOUNS, RAISED, RISE_FORMS, RISE_NOUNS, alternation
from claimcheck.data.numberwords import ORDINALS, pick
from claimcheck.findings.model import Finding, Severity
from claimcheck.rules._arithmetic import (
    Figure,
    Sentence,
    block_sentences,
    fmt,
    hedge_slack,
    bound_range,
    nearest_side,
    percent_range,
    scaled,
    sentences,
)
from claimcheck.rules.base import CheckContext, Rule, RuleOptions
from claimcheck.text import has_any, ignorecase_fold

#: a verb of rise or fall (every form but the bare one, and the passives of raising and
#: cutting: :mod:`claimcheck.data.changewords`), or a noun of change with "of"
_RISE_VERBS = alternation(RISE_FORMS, RAISED)
_FALL_VERBS = alternation(FALL_FORMS, CUT)
_UP = rf"up|{_RISE_VERBS}|(?:an?\s+)?(?:{'|'.join(RISE_NOUNS)})\s+of"
_DOWN = rf"down|{_FALL_VERBS}|an?\s+(?:{'|'.join(FALL_NOUNS)})\s+of"
#: a verb that changes its object by an amount, the object between: "raised the fee by",
#: "cut its workforce by", "lowered the limit by"
_BY_UP = r"raised|raises|increased|increases|lifted|lifts|boosted|boosts|expanded|expands|put[ \t]+up|pushed[ \t]+up"
_BY_DOWN = r"cut|cuts|reduced|reduces|lowered|lowers|trimmed|trims|slashed|slashes|brought[ \t]+down|scaled[ \t]+back"
_CHANGE_BEFORE = re.compile(
    rf"\b(?:(?P<w>{_UP}|{_DOWN})(?:[ \t]+by)?|(?P<t>{_BY_UP}|{_BY_DOWN})(?:[ \t]+[A-Za-z][\w'’-]*){{1,10}}?[ \t]+by)[ \t]+(?:(?:about|nearly|almost|roughly|around|some|just[ \t]+over|just[ \t]+under|"
    r"(?:well[ \t]+)?over|more[ \t]+than|at[ \t]+least|less[ \t]+than|under|at[ \t]+most)[ \t]+)?$",
    re.I,
)
_DOWN_RE = re.compile(rf"^(?:{_DOWN}|{_BY_DOWN})$", re.I)
_MULTIPLIER = {
    "doubled": 2.0,
    "tripled": 3.0,
    "trebled": 3.0,
    "quadrupled": 4.0,
    "halved": 0.5,
}
_MULT_RE = re.compile(
    r"\b(?P<w>doubled|tripled|trebled|quadrupled|halved"
    r"|(?:rose|grew|increased|jumped|climbed|expanded|surged)[ \t]+(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d+)[ \t-]*fold"
    # "a fourfold rise, from 20 to 60": the multiple said as a noun of change
    r"|an?[ \t]+(?P<n2>two|three|four|five|six|seven|eight|nine|ten|\d+)[ \t-]*fold[ \t]+"
    r"(?:rise|increase|growth|jump|gain|expansion|surge))\b",
    re.I,
)
#: the period a multiple is said over, between it and "from" ("doubled between 2019 and
#: 2024, from …", "tripled in five years, from …"): no other clause
_MULT_PERIOD = re.compile(
    r"\b(?:between[ \t]+(?:19|20)\d\d[ \t]+and[ \t]+(?:19|20)\d\d|since[ \t]+(?:19|20)\d\d"
    r"|(?:in|over)[ \t]+(?:the[ \t]+)?(?:(?:19|20)\d\d|period|decade|(?:[a-z]+[ \t]+)?years?))\b",
    re.I,
)
_FOLD = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_ORD_FRAC = {"half": 2, "quarter": 4, **pick(ORDINALS, "third", "tenth")}
_COUNT = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4}
# "three times as many as", "twice as much as", "half as many as"
_TIMES_AS = re.compile(
    r"\b(?P<q>(?:about|nearly|almost|roughly|around|some|more[ \t]+than|over|less[ \t]+than|under|at[ \t]+least|"
    r"at[ \t]+most|well[ \t]+over|just[ \t]+over|just[ \t]+under)[ \t]+)?"
    r"(?P<k>twice|half|double|triple|treble|quadruple|(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d+(?:\.\d+)?)[ \t]+times)"
    r"(?:[ \t]+as[ \t]+[a-z]+(?:[ \t]+[a-z]+)?[ \t]+as[ \t]+(?P<the>(?:the|its|their|in|of|with)[ \t]+)?"
    # "500 Mbit/s, about five times the 30 Mbit/s of the old plan": the figure right after "the"
    r"|[ \t]+(?:the|that[ \t]+of|those[ \t]+of)[ \t]+)",
    re.I,
)
# "a fifth more than", "a third less than", "two thirds fewer than"
#: the words one of which every match of _TIMES_AS holds (its ratio: "twice", "three times")
_TIMES_WORDS = ("times", "twice", "half", "double", "triple", "treble", "quadruple")
_FRAC_THAN = re.compile(
    r"\b(?P<q>(?:about|nearly|almost|roughly|around|some|more[ \t]+than|over|less[ \t]+than|under|at[ \t]+least|"
    r"well[ \t]+over|just[ \t]+over|just[ \t]+under)[ \t]+)?"
    r"(?P<c>an?|one|two|three)[ \t-]+(?P<f>half|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth)s?"
    r"[ \t]+(?P<d>more|less|fewer|higher|lower|larger|smaller|bigger|greater|above|below)[ \t]+than[ \t]+"
    r"(?P<the>(?:the|its|their|in|of|with)[ \t]+)?",
    re.I,
)
# "2.21 million, 29 per cent fewer than the 3.65 million of 2019", "€48m, about 12% more
# than its €43m": a change in per cent between the figure before and the figure after
_PCT_THAN = re.compile(
    r"\b(?P<q>(?:about|nearly|almost|roughly|around|some|approximately|more[ \t]+than|over|less[ \t]+than|under|"
    r"at[ \t]+least|well[ \t]+over|just[ \t]+over|just[ \t]+under)[ \t]+)?"
    r"(?P<p>\d+(?:\.(?P<dec>\d+))?)[ \t\u00a0]*(?:%|per[ \t]?cent\b|percent\b)"
    # ("higher" and "lower" than are read with the other changes in per cent)
    r"[ \t]+(?P<d>more|less|fewer)[ \t]+than[ \t]+"
    r"(?P<the>(?:the|its|their|in|of|with)[ \t]+)?",
    re.I,
)
# a rate a year: "a compound annual growth rate of 25%", "a CAGR of 8%", "up 10% a year"
_ANNUAL_BEFORE = re.compile(
    r"(?P<cue>\b(?:(?P<c>compound(?:ed)?|CAGR)[ \t]+)?(?:average[ \t]+)?(?:annual(?:i[sz]ed)?|yearly|CAGR)"
    r"(?:[ \t]+(?P<w>growth|increase|rise|gain|decline|decrease|fall|drop|reduction|change))?(?:[ \t]+rate)?"
    r"(?:[ \t]+(?:of|at|was|is|by))?)[ \t]+(?:(?:about|nearly|almost|roughly|around|some)[ \t]+)?$",
    re.I,
)
_ANNUAL_AFTER = re.compile(
    r"[ \t]*(?:(?:a|per|each|every)[ \t]+year\b|annually\b|per[ \t]+annum\b|yearly\b|y/y|(?P<c>compounded\b))",
    re.I,
)
# "between 2021 (£7.6 billion) and 2025 (£9.8 billion)": a year and the bracket that opens its value
_YEAR_BRACKET = re.compile(
    r"\b(?:between|from|in)[ \t]+(?P<y>(?:19|20)\d\d)[ \t]*\([ \t]*(?:(?:about|around|some|roughly|nearly|almost)[ \t]+)?",
    re.I,
)
_YEAR_BRACKET_NEXT = re.compile(
    r"[^()]{0,25}\)[ \t]*,?[ \t]*(?:and|to|until|through)[ \t]+(?:in[ \t]+)?(?P<y>(?:19|20)\d\d)[ \t]*\([ \t]*"
    r"(?:(?:about|around|some|roughly|nearly|almost)[ \t]+)?",
    re.I,
)
# "1.2 million tonnes of freight in 2015": the year after the value's noun
# (or its noun's few words: "512 complaints about the water company in 2024")
_YEAR_AFTER_NOUN = re.compile(r"[ \t]+(?:of[ \t]+)?(?:[a-z][a-z'’-]*[ \t]+){1,8}in[ \t]+(?P<y>(?:19|20)\d\d)\b")
_YEAR_COLON = re.compile(r"\([ \t]*(?P<y>(?:19|20)\d\d)[ \t]*:[ \t]*")
_YEAR_COLON_NEXT = re.compile(r"[^();]{0,20}?[;,][ \t]*(?:and[ \t]+)?(?P<y>(?:19|20)\d\d)[ \t]*:[ \t]*")
_YEAR_AFTER = re.compile(
    r"[ \t]*(?:in|\(|,|by|of)?[ \t]*(?:(?:fiscal|FY)[ \t]*)?(?P<y>(?:19|20)\d\d)(?:[/–-](?:\d\d){1,2})?\b", re.I
)
_YEARS_SPAN = re.compile(
    r"\b(?:between|from)[ \t]+(?P<y1>(?:19|20)\d\d)[ \t]+(?:and|to)[ \t]+(?P<y2>(?:19|20)\d\d)\b", re.I
)
_ROUGH = ("about", "nearly", "almost", "roughly", "around", "some")
_FROM = re.compile(r"\bfrom[ \t]+(?:(?:about|around|some|roughly|nearly|almost|just)[ \t]+)?$", re.I)
#: verbs of rise and fall said with no amount ("climbed from 41% to 37%": the direction is checked)
_DIR_UP = _RISE_VERBS
_DIR_DOWN = _FALL_VERBS
_DIRECTION_DOWN = re.compile(rf"(?:{_DIR_DOWN}|down)", re.I)
_DIR_ADVERB = r"(?:[ \t]+(?:sharply|steadily|slightly|markedly|further|again|significantly|substantially|dramatically|modestly|gradually|rapidly|quickly|slowly|steeply))?"
_DIR_HEDGE = r"(?:(?:about|around|some|roughly|nearly|almost|just)[ \t]+)?"
_DIRECTION_FROM = re.compile(rf"\b(?P<w>{_DIR_UP}|{_DIR_DOWN}){_DIR_ADVERB}[ \t]+from[ \t]+{_DIR_HEDGE}$", re.I)
_DIRECTION_TO = re.compile(rf"\b(?P<w>{_DIR_UP}|{_DIR_DOWN}){_DIR_ADVERB}[ \t]+to[ \t]+{_DIR_HEDGE}$", re.I)
_DIRECTION_UP_DOWN_FROM = re.compile(rf",[ \t]*(?P<w>up|down)[ \t]+from[ \t]+{_DIR_HEDGE}$", re.I)
#: a rank or a place, where a smaller number is higher ("rose from 41st to 37th", "in the table")
_RANKS = re.compile(
    r"\b(?:rank(?:s|ed|ing|ings)?|place[sd]?|position|positions|spot|league|table|standings?|index[ \t]+of)\b"
    r"|\d(?:st|nd|rd|th)\b|\bNo\.|\b(?:1|one)[ \t]+in[ \t]+\d",
    re.I,
)
#: the noun a figure counts, right after it (no preposition, article or word of time)
_NOUN_AFTER = re.compile(
    r"[ \t]+(?!(?:of|in|on|at|an?|the|to|for|from|by|and|or|per|each|after|before|since|last|this|that|a)\b)"
    r"([A-Za-z][a-z]+)\b"
)
#: a currency's sub-unit after a figure ("92p", "95 cents", "95¢")
_SUBUNIT = re.compile(r"\d[ \t]?(?:p|c|ct|cts|pence|cents?|centimes?|kopecks?)\b|¢", re.I)
_TO = re.compile(
    r"^[^,;()]{0,45}?\bto[ \t]+(?:(?:about|around|some|roughly|nearly|almost|just|over|under)[ \t]+)?", re.I
)


# "trimmed them to roughly", "was cut to", "rose to": a value reached by a change
_CHANGED_TO = re.compile(
    r"\b(?:trimm|cut|reduc|lower|rais|increas|fell|fall|rose|rise|risen|drop|grew|grow|climb|slash|"
    r"expand|shrank|shrunk|declin|jump|brought|push|boost|hik|pared|scaled|revis)\w*\b"
    r"(?:[ \t]+[\w'’-]+){0,4}?[ \t]+to[ \t]+(?:(?:about|around|some|roughly|nearly|almost|just)[ \t]+)?(?:[$€£¥]|US\$)?$",
    re.I,
)
_RIGHT_AFTER = re.compile(r"[ \t]*(?:(?:in|for|by)[ \t]+(?:19|20)\d\d)?[ \t]*,?[ \t]*(?:or[ \t]+)?")
# the word before the second value is a verb or a joining word, not a new subject
# ("… and imports 665,000", "… and Iceland 665,000" compare two things)
_SAME_SUBJECT_BEFORE = re.compile(
    r"(?:^|[\s,(])(?:to|and|were|was|is|are|be|been|being|of|from|on|than|against|with|at|by|hit|made|sold|"
    r"[a-z]+ed|,|(?:now|today|currently)(?:[ \t]+(?:it|they|this|that))?[ \t]+"
    r"(?:costs|stands[ \t]+at|is|are|sells[ \t]+for|pays|earns|takes))"
    r"[ \t]+(?:(?:the|a|an|about|around|some|roughly|nearly|almost|just|only|now)[ \t]+)*(?:[$€£¥]|US\$)?$"
)
# what a change is measured against, named after it ("from the 2019 peak", "on 2019")
_OTHER_BASE = re.compile(r"[ \t]+(?:from|on|since|compared|against|below|above|than|over|relative)\b", re.I)
#: figures in a sentence read without "from … to" (a longer one is a table in prose)
_FEW = 8
_MORE_LESS_AFTER = re.compile(r"[ \t]+(less|lower|fewer|smaller|more|higher|larger|bigger)\b", re.I)
_LESS = ("less", "lower", "fewer", "smaller")
_YEAR_BEFORE = re.compile(r"\b(?:in|for|by|during)[ \t]+(?:(?:fiscal|FY)[ \t]*)?((?:19|20)\d\d)\b[^\d;]{0,40}$", re.I)
# "up 30% on last year's 40,000", "on 2020's 40,000", "against the 2020 figure of 40,000":
# the earlier value named by its period before it
_EARLIER_PERIOD = re.compile(
    r"\b(?:from|on|compared[ \t]+(?:with|to)|against|than)[ \t]+(?:(?:last|the[ \t]+previous|the[ \t]+prior)[ \t]+"
    r"(?:year|month|quarter|season)['’]s|(?P<y1>(?:19|20)\d\d)['’]s|the[ \t]+(?P<y2>(?:19|20)\d\d)[ \t]+"
    r"(?:figure|total|level|count|number)[ \t]+of)[ \t]+(?:(?:about|around|some|roughly|nearly|almost)[ \t]+)?(?:[$€£¥]|US\$)?$",
    re.I,
)
_EARLIER_CUE = re.compile(
    r"\b(?:from|on|compared[ \t]+(?:with|to)|against|than)[ \t]+(?:(?:the|about|around|some|roughly|nearly|almost)[ \t]+)?$",
    re.I,
)
#: the period a value is said for, right after it: "in 2024", "in May", "in March 2025",
#: "in the second quarter", "in Q3"
_PERIOD_AFTER = (
    r"(?:in|for|during)[ \t]+(?:(?:19|20)\d\d|(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)(?:[ \t]+(?:19|20)\d\d)?|Q[1-4](?:[ \t]+(?:19|20)\d\d)?|the[ \t]+(?:first|second|"
    r"third|fourth|last)[ \t]+(?:quarter|half)(?:[ \t]+of[ \t]+(?:19|20)\d\d)?)"
)
_FROM_AFTER = re.compile(
    rf"[ \t]*(?:{_PERIOD_AFTER}[ \t]*)?,?[ \t]*from[ \t]+(?:(?:about|around|some|roughly|nearly|almost|just)[ \t]+)?",
    re.I,
)
#: an earlier period said after a value relative to the other's ("6,000 the year before",
#: "a year earlier", "in the previous quarter", "last year")
_EARLIER_AFTER = re.compile(
    r"[ \t]+(?:[a-z]+[ \t]+){0,2}?(?:(?:in[ \t]+)?the[ \t]+(?:year|month|quarter)[ \t]+before|an?[ \t]+(?:year|month|quarter|decade)[ \t]+"
    r"(?:earlier|before)|(?:in[ \t]+)?the[ \t]+(?:previous|prior|preceding)[ \t]+(?:year|month|quarter)|last[ \t]+year)\b",
    re.I,
)
_UP_DOWN_FROM = re.compile(
    r"(?:[ \t]+(?:[A-Za-z'’-]+[ \t]+){0,5}?(?:in|for)[ \t]+(?:19|20)\d\d|(?:[ \t]+[A-Za-z'’-]+){1,8}?(?:[ \t]+(?:19|20)\d\d)?)?"
    r"[ \t]*,[ \t]*(?:up|down)[ \t]+from[ \t]+"
    r"(?:(?:about|around|some|roughly|nearly|almost|just)[ \t]+)?",
    re.I,
)
#: the value reached, then a change said with its amount: "…, an increase of ", "…, up "
_UP_DOWN_BY = re.compile(
    r"(?:[ \t]+(?:[A-Za-z'’-]+[ \t]+){0,5}?(?:in|for)[ \t]+(?:19|20)\d\d|(?:[ \t]+[A-Za-z'’-]+){1,8}?(?:[ \t]+(?:19|20)\d\d)?)?"
    r"[ \t]*,[ \t]*(?:up|down|an?[ \t]+(?:increase|rise|fall|drop|decline|decrease|gain|jump|reduction|cut)[ \t]+of)[ \t]+"
    r"(?:(?:about|around|some|roughly|nearly|almost|just[ \t]+(?:over|under))[ \t]+)?(?=\d)",
    re.I,
)
#: … and "from" the value it came from after the amount ("… of 340 from 1,120", "up 75 tonnes from 395")
_FROM_AFTER_CHANGE = re.compile(
    r"(?:[ \t]*%|[ \t]+per[ \t]?cent)?(?:[ \t]+[a-z]+)?[ \t]+from[ \t]+(?:(?:about|around|some|roughly|nearly|almost|just)[ \t]+)?",
    re.I,
)
_LATER_CUE = re.compile(r"\bto[ \t]+(?:(?:about|around|some|roughly|nearly|almost|just)[ \t]+)?$", re.I)
_PERIOD = re.compile(
    r"\bbetween[ \t]+(?:(?:early|mid|late|the[ \t]+end[ \t]+of)[ \t-]+)?(?:[A-Z][a-z]+[ \t]+)?\S+[ \t]+and[ \t]+"
    r"(?:(?:early|mid|late|the[ \t]+end[ \t]+of)[ \t-]+)?(?:[A-Z][a-z]+[ \t]+)?\S+|\bper[ \t]+\w+|"
    # (a period that ends on a date: "in the year to August 2025", "over the twelve months to June")
    r"\b(?:in|over|during|across)[ \t]+the[ \t]+(?:[a-z]+[ \t]+){0,2}?(?:year|months|quarter|weeks|period|season)[ \t]+"
    r"(?:to|ending|ended|until|up[ \t]+to)[ \t]+(?:\d{1,2}[ \t]+)?[A-Z][a-z]+(?:[ \t]+\d{1,2},?)?(?:[ \t]+(?:19|20)\d\d)?",
    re.I,
)
_OTHER_CLAUSE = re.compile(r"\b(?:while|whereas|but|and|compared|against|as|when|although|though|than)\b|[;:]", re.I)


class Options(RuleOptions):
    model_config = ConfigDict(extra="forbid")

    multiplier_tolerance: float = Field(
        default=0.1, gt=0, lt=1, description="Relative width allowed around 'doubled', 'tripled', 'halved'."
    )
    hedge_tolerance: float = Field(
        default=0.1, ge=0, lt=1, description="Extra relative width for 'about', 'nearly', 'almost'."
    )
    forms: list[
        Literal["percent", "points", "multiplier", "comparison", "cagr", "words", "difference", "direction"]
    ] = Field(
        default=["percent", "points", "multiplier", "comparison", "cagr", "words", "difference", "direction"],
        description='Which changes to check: `comparison` is "three times as many as", "a fifth more than"; '
        '`cagr` a rate a year; `words` a change said as a fraction or a multiple ("a drop of almost half", '
        '"nearly doubled", "a third higher"); `difference` an amount ("an increase of 23,000"); `direction` '
        'a verb of rise or fall alone ("climbed from 41% to 37%").',
    )


class ChangeDoesNotFollow(Rule[Options]):
    """A stated rise or fall does not follow from the two values given with it.

    Read when one sentence gives both values and the change: "from 8.2 to 9.1 million
    tonnes, up 17%" (it is 11%); "rose 25%, from 12 to 15"; "fell 12% between 2019 and
    2023, from 84,000 to 78,000"; the value reached first, the one it came from after it:
    "rose 12% to 46,000 tonnes in 2024, from 38,000 tonnes in 2023"; "doubled from 9
    million to 14 million"; "tripled from 40 to 100". Between two percentages, a change "of 5%" that is
    the difference in percentage points ("from 20% to 25%, up 5%") is reported as such.
    Without "from … to", two values of one unit and one stated change are read when the
    values are told apart by their years ("500,000 tonnes in 2023; in 2024 they were
    350,000 tonnes, 20% less") or by "to", "from", "on the" ("trimmed them to 665,000
    tonnes, a cut of 28%"; "up 40% on the 1.2 million sold in 2023"), and not when the
    second value follows a new subject ("and imports 410,000 tonnes").
    Each figure keeps the precision it was written with ("17%" allows 16.5–17.5%), and
    "about", "nearly" or "almost" widen it (less for a value written with more digits): a
    stated change to the precision the hedge implies ("some 40%" is 37.5–42.5%, "almost 30%"
    below 30.5%); "more than doubled" and the like are not checked. The change may be a noun
    after the percentage ("a 40% increase", "roughly a 15 per cent fall"), a comparative
    ("30% higher", "35% lower than the 12.4 million of 2019") or "a loss of 25%"; one
    measured against another base ("a 35% fall from the 1990 peak"), one of another thing
    ("despite a 15% cut in fuel duty") and one in real terms ("a fall of 6% in real
    terms", beside values in cash) are not read. The year
    after the second value, split ("in 2024–25") or not, is no clause of its own between the
    value and the change.

    A change said as an amount is read against the difference of the two values: "from
    38,000 to 61,000, an increase of 33,000" (it is 23,000); "rose by 1,900, from 3,400 to
    4,700"; "a reduction of $2.9 billion"; "some 20,000 more" (a hedged amount to its last
    digit, at most a quarter of it). An amount "making up" a part, or "up 30,000 on 2015",
    is not.

    A ratio stated between two figures of one phrase is read too: "12 ports, three times as
    many as the 5 of 2019" (2.4 times); "€66m, a fifth more than the €50m of 2022"; "18
    beds, half as many as the 24 of the old ward". And a rate a year over the years given
    with the two values: "from 2.0 GW in 2018 to 5.0 GW in 2023, a compound annual growth of
    25%" (it is 20.1%); a plain "10% a year" may be the compound or the simple average rate
    and is reported only when it is neither.

    The two values may stand in brackets after their years ("grew by 36% between 2021
    (£7.6 billion) and 2025 (£9.8 billion)"; "(2019: $1.2 billion; 2024: $1.9 billion)"), a value's year may follow its noun ("1.2
    million tonnes of freight in 2015"), and "N times the" (or "almost double the")
    compares the figure after it ("500 Mbit/s, about five times the 30 Mbit/s"). A change may be said in words, as a
    fraction or a multiple: "a drop of almost half", "fell by a quarter, from …", "a third
    higher", "had tripled to 18,000", "having nearly doubled", "roughly quadrupling",
    "nearly three times as high", "more than twice as many", "three times the earlier
    level" (with no other thing compared after it). The
    hedge sets the range and its direction: "almost half" is 41.7–51% (below half, never much
    above, and nearer to half than to a third; "a drop of almost three quarters" is not 63%,
    which is almost two thirds), "about half" 40–60%, "more than a third" a third or more, a plain fraction or
    multiple 10% either side; the values keep their precision, their rounding errors taken
    as independent ("from $3.1 billion to $3.7 billion, a rise of a quarter" is 19%, at most
    22% that way: not a quarter), and a change measured from another value after it ("a
    rise of a quarter from the 2019 low") is not read. A change that has a period
    of its own after it ("then fell by a quarter in 2023 alone") is not read between the
    two values.

    A percentage change may also follow its values with its sign in brackets ("rose from
    18,000 to 21,600 (+20%)", "(–20%)") or restated after ", or by" ("fell from 1,200 to
    900 crates, or by 25 per cent"), the clause's verb saying which way. A change bounded
    on one side is checked on that side ("a rise of more than 120 per cent" is at least
    119.5%, "down by under 30%" at most 30.5%), and a fraction said "about" or "roughly" is
    nearer to it than to the fraction a writer would have named instead ("roughly a quarter"
    is 22.5–29%, above the middle between a fifth and a quarter). Of two values only one
    with its year, the one reached after a verb of change is the later ("…, about $6
    million before the deal, rose to some $17 million in 2024, almost doubling"), and a
    measure of the thing priced is no third value beside two amounts of one currency ("a
    12-metre bus cost €550,000 in 2019 and €480,000 in 2024").
    A value said of the present ("it now costs $130", "today it costs €63", "and now stands
    at £710") is the later of two when the other has a year ("A tin of 40 cigars cost
    $90 in 2019; it now costs $130, a rise of 44%": the count before the two amounts is no
    third value). The earlier value may be named by its period before it: "up 30 per cent on last year's
    7,000", "down 10% on 2021's 2,900", "up 10% on the 2019 figure of 1.2 million"; the
    other may be said of the period before it, after it ("7,000 units in 2024, from 6,000
    the year before", "up from 1.2 million a year earlier"), and a year written after the
    first value's noun is that value's, not the next one's.

    The verbs of change are read in every form but the bare one (which may be an adjective
    or a noun before a figure: "a narrow 51% majority"), from one list
    (:mod:`claimcheck.data.changewords`): "surged 40% to …", "has shrunk by 15%", "dipped
    12%", "slipped by 5 points", "expanded by 20%", and the passives of raising and cutting
    ("fees were raised by 10%"). A value reached may have its month or quarter after it
    ("fell to 5.1% in May from 4.8% in April"). A multiple may be a noun ("a fourfold
    rise, from 20 to 60") and have its period between it and its values ("doubled between
    2019 and 2024, from …"; not a period with a clause of its own).

    A sentence with two "from A to B" pairs reads each with the words up to the next one
    ("fell from 48 to 27, a fall of a third, and the days from 104 to 19"); the later value
    may come first, the one it came from after "up from" / "down from" ("€54.0 billion in
    2023, up from €46.1 billion in 2020, a rise of 23%"); and a sentence whose subject points
    back ("It has since risen to US$3.1 billion, an increase of 22%") takes the value it
    came from in the sentence before, when that one gives one value of the kind only.

    A verb may change its object by the amount, the object between ("raised the berthing
    charge by £400, from …"; "cut its headcount by 10%"; "lowered the cap by 8 per cent").
    The period between the values and the change may name months or parts of years
    ("between April 2023 and January 2026", "between early 2023 and late 2025"), and a
    value's year may follow a few words of its noun ("1,230 thefts from parked cars in the
    town centre in 2024").

    The later value may name what it counts, a place or a date before "up from" ("32,882
    homeless veterans, down from 35,574 in 2023"; "5,150 households at the end of March
    2025, up from 4,120 four years earlier").

    A change in per cent "more", "less" or "fewer than" the figure after it is read
    between the figure before and that one ("4,100 visitors in 2023, 20 per cent fewer than
    the 6,200 of 2019": a fall of 34%), a year between them no figure; not between two
    percentages (points or per cent: a guess).

    The change may stand with its amount between the value reached and "from" the value it
    came from ("1,510 in 2025, an increase of 340 from 1,120 in 2024"; "up 75 tonnes from
    395 tonnes"), and a period that ends on a date may stand between the change and "from"
    ("rose 8.5% in the year to August 2025, from £104.20 to £110.60").

    A verb of rise or fall said with no amount is checked against the way its two values
    go: "climbed from 64 percent in 2022 to 58 percent in 2024" is a fall; "rose to €610
    from €680"; "38% of the price, up from 50%". Not between places in a ranking or a table
    ("climbed from 41st to 37th", "rose from 88 to 61 in the league table", where a smaller
    number is a higher place), rates of one in N, values written with a minus sign, two
    years ("slipped from 2026 to 2028"), values of two units, or values equal at the
    precision they are written to, or a sub-unit against its unit ("from 92p to £1.22");
    and not when the sentence states the change too (that
    change is checked instead).

    "N% more than X" is no comparison with the figure before it when that figure ends a
    range or is the same figure again: a distribution told in bins ("10000 to 100000
    lines, 13.2% more than 100000 lines") gives each bin's share.

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
    """

    code = "AR002"
    name = "change-does-not-follow"
    severity = Severity.warning
    needs = ("money", "quantity", "count", "date")
    Options = Options

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        for s in sentences(ctx):
            if "comparison" in self.options.forms:
                yield from self._comparison(s)
            pairs = self._from_to_all(s)
            if len(pairs) > 1:
                # "fell from 48 to 27, a fall of a third, and the days from 104 to 19": each
                # pair with the words up to the next one, when the pairs follow one another
                for part, pair in _clauses(s, pairs):
                    yield from self._pair_checks(part, *pair)
                continue
            first: tuple[Figure, Figure] | None = pairs[0] if pairs else None
            if first is None:
                if "percent" in self.options.forms and len(s.figures) <= _FEW:
                    said = list(self._changed_to(s, ctx))
                    yield from said or self._two_values(s)
                if "words" in self.options.forms and len(s.figures) <= _FEW:
                    two = self._value_pair(s)
                    if two is not None and not two[0].bound and not two[1].bound and two[0].value > 0:
                        yield from self._in_words(s, *two)
                continue
            yield from self._pair_checks(s, *first)

    def _pair_checks(self, s: Sentence, a: Figure, b: Figure) -> Iterable[Finding]:
        """The change said of a "from A to B" pair, in % or in words, its multiplier and rate."""
        if a.bound or b.bound or a.value <= 0:
            return
        if a.percent != b.percent:
            return
        if a.currency != b.currency and a.currency and b.currency:
            return
        said = list(self._percent_change(s, a, b))
        if "difference" in self.options.forms:
            said += self._difference(s, a, b)
        said += self._multiplier(s, a, b)
        if "words" in self.options.forms:
            said += self._in_words(s, a, b)
        if "cagr" in self.options.forms:
            said += self._cagr(s, a, b)
        yield from said
        if not said and "direction" in self.options.forms:
            yield from self._direction(s, a, b)

    def _direction(self, s: Sentence, a: Figure, b: Figure) -> Iterable[Finding]:
        """A verb of rise or fall whose two values go the other way: "climbed from 41% to
        37%", "fell to 1,450 from 1,320", "2.1 million, up from 2.4 million". Not between
        ranks or places ("rose from 41st to 37th", "climbed from 41 to 37 in the table": a
        smaller number is a higher place), a value written with a minus sign, two years,
        values of other units, or values equal at the precision they are written to."""
        if a.start < b.start:
            m = _DIRECTION_FROM.search(s.before(a.start, 60))
        else:  # the value reached, then the one it came from ("2.1 million, up from 2.4 million")
            m = _DIRECTION_TO.search(s.before(b.start, 60))
            if m is None:
                m = _DIRECTION_UP_DOWN_FROM.search(s.between(b.end, a.start))
            # the figure before "up from" may be another thing's ("366 hospitals in 37 states, up
            # from 256 hospitals"; "10.9 million adults in the previous 12 months, up from 4.7
            # million"): both must be written alike, with the same noun after them when both have one
            nouns = [_NOUN_AFTER.match(s.text, f.end, s.end) for f in (a, b)]
            if bool(a.num.scale) != bool(b.num.scale) or (
                nouns[0] and nouns[1] and nouns[0].group(1).lower().rstrip("s") != nouns[1].group(1).lower().rstrip("s")
            ):
                return
        if m is None or a.unit != b.unit or a.currency != b.currency or a.percent != b.percent:
            return  # "from 92p to £1.22": pence and pounds (a sub-unit is read as no currency)
        if any(_SUBUNIT.search(s.text, f.start, f.end + 8) for f in (a, b)):
            return  # "from 95 cents to $1.10"
        if abs(b.value - a.value) <= a.half + b.half:
            return
        lo, hi = sorted((a.start, b.start))
        clause = s.text[max(s.start, lo - 80) : min(s.end, hi + 40)]
        if _RANKS.search(clause) or any(f.num.negative for f in (a, b)):
            return
        if not (a.percent or a.currency or a.unit) and all(f.num.year_like for f in (a, b)):
            return  # "slipped from 2023 to 2025": years
        down = bool(_DIRECTION_DOWN.fullmatch(m.group("w")))
        if (b.value < a.value) == down:
            return
        verb = " ".join(m.group("w").split())
        went = "a fall" if b.value < a.value else "a rise"
        yield self.finding(
            s.span(b),
            f"'{verb}', but from {_w(a)} to {_w(b)} is {went}",
            related=[(s.location(a), "the first value"), (s.location(b), "the second value")],
            help="check the two values, or the verb of change",
            subject=f"{a.num.written} {b.num.written} {verb}",
        )

    def _from_to(self, s: Sentence) -> tuple[Figure, Figure] | None:
        """The one "from A … to B" pair of a sentence (none when there are several)."""
        pairs = self._from_to_all(s)
        return pairs[0] if len(pairs) == 1 else None

    def _from_to_all(self, s: Sentence) -> list[tuple[Figure, Figure]]:
        """The "from A … to B" pairs of a sentence."""
        pairs = []
        for a in s.figures:
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
        # "grew by 25% to 5 million, from 3.6 million a year earlier": the value reached
        # first, the value it came from right after it
        for b in s.figures:
            if b.fraction:
                continue
            if not _LATER_CUE.search(s.before(b.start, 30)):
                # "spent €54.0 billion in 2023, up from €46.1 billion in 2020": the value, then
                # "up from" or "down from" the value it came from
                m = _UP_DOWN_FROM.match(s.text, b.end, s.end)
                if m is None and (said := _UP_DOWN_BY.match(s.text, b.end, s.end)) is not None:
                    # "1,510 in 2025, an increase of 340 from 1,120 in 2024": the change said
                    # between the value reached and the value it came from
                    d = s.figure_at(said.end(), 3)
                    m = _FROM_AFTER_CHANGE.match(s.text, d.end, s.end) if d is not None else None
                a2 = s.figure_at(m.end(), 3) if m else None
                if a2 is not None and not a2.fraction and all(a2 is not x for x, _ in pairs):
                    pairs.append((a2, b))
                continue
            m = _FROM_AFTER.match(s.text, b.end, s.end)
            a2 = s.figure_at(m.end(), 3) if m else None
            if a2 is not None and not a2.fraction and all(a2 is not x for x, _ in pairs):
                pairs.append((a2, b))
        # "between 2021 (£7.6 billion) and 2025 (£9.8 billion)": each value in brackets after
        # its year; "(2019: $1.2 billion; 2024: $1.9 billion)": after its year and a colon
        for first, then in ((_YEAR_BRACKET, _YEAR_BRACKET_NEXT), (_YEAR_COLON, _YEAR_COLON_NEXT)):
            for m in first.finditer(s.text, s.start, s.end):
                a3 = s.figure_at(m.end(), 3)
                m2 = then.match(s.text, a3.end, s.end) if a3 is not None and not a3.fraction else None
                if a3 is None or m2 is None or int(m2.group("y")) <= int(m.group("y")):
                    continue
                b3 = s.figure_at(m2.end(), 3)
                if b3 is not None and not b3.fraction and all(a3 is not x for x, _ in pairs):
                    pairs.append((a3, b3))
        return pairs

    def _changed_to(self, s: Sentence, ctx: CheckContext | None = None) -> Iterable[Finding]:
        """A change stated right after a value reached with "to" and a verb of change, the
        value before it given earlier in the sentence: "came to 852,000 tonnes; for 2025 the
        states trimmed them to 665,000 tonnes, a cut of 28%". The earlier value must be the
        only one of that kind before it. A sentence whose subject is a pronoun ("It has since
        risen to US$3.1 billion, an increase of 22%") takes it from the sentence before, in
        the same paragraph, when that one gives one value of the kind only."""
        for p in s.figures:
            if not p.percent or p.bound or _annual(s, p) is not None:
                continue
            m = _CHANGE_BEFORE.search(s.before(p.start, 90))
            if not m:
                continue
            start = p.start - len(m.group(0))
            before = [f for f in s.figures if f.end <= start]
            if not before:
                continue
            pair = _changed_pair(s, before, start)
            if pair is None and len(before) == 1 and ctx is not None and _PRONOUN_SUBJECT.match(s.text, s.start):
                prev = _sentence_before(ctx, s)
                pair = _changed_pair_after(s, prev, before[0], start) if prev is not None else None
            if pair is None or _OTHER_BASE.match(s.text, p.end):
                continue  # (or "a cut of 28% from the 2019 peak": against another value)
            found = self._stated_change(s, *pair, p, _is_down(m))
            if found is not None:
                yield found

    def _value_pair(self, s: Sentence) -> tuple[Figure, Figure] | None:
        """The two values of one unit a sentence gives, earlier first, told apart by their
        years or by "from", "to", "on", "compared with" (see :meth:`_two_values`); None
        when there are not exactly two, or a third may be of the same thing."""
        plain = [f for f in s.figures if not (f.percent or f.fraction or f.points)]
        plain = [f for f in plain if not _multiple_word(s, f)]
        values = [f for f in plain if f.kind]
        if len(plain) == 2 and not values:
            values = plain  # two counts, nothing else: "1.5 million cars …, up 40% on the 1.2 million"
        if len(values) > 2 and any(f.currency for f in values):
            # "a 12-metre bus cost €550,000 in 2019 and €480,000 in 2024": a measure of the
            # thing priced is no third value; the two amounts of one currency are the pair
            kinds = {f.kind for f in values if f.currency}
            if len(kinds) == 1:
                values = [f for f in values if f.currency]
        if len(values) != 2 or values[0].kind != values[1].kind:
            return None
        x, y = values
        if _another_value(plain, x, y):
            return None  # another value that may be of the same thing
        if not (_SAME_SUBJECT_BEFORE.search(s.before(y.start, 40)) or _EARLIER_PERIOD.search(s.before(y.start, 50))):
            return None  # "852,000 tonnes in 2024 and imports 665,000": another subject's value
        rx, ry = _rate_of(s, x), _rate_of(s, y)
        if rx and ry and rx != ry:
            return None  # "12,600 a month in 2023 and 180,000 a year in 2024": two measures
        return _order(s, x, y)

    def _two_values(self, s: Sentence) -> Iterable[Finding]:
        """A sentence with two values of one unit and one stated change, the values told
        apart by their years ("852,000 tonnes in 2024 and 665,000 tonnes in 2025, down 28%")
        or by "from", "to", "on", "compared with" ("cut to 665,000 tonnes from 852,000
        tonnes, a reduction of 28%"; "up 40% on the 1.2 million of 2023")."""
        order = self._value_pair(s)
        if order is None:
            return
        x, y = order
        changes = [(p, said) for p in s.figures if (said := _change_of(s, p)) is not None]
        if len(changes) != 1:
            return
        p, (_, end, down) = changes[0]
        if _OWN_PERIOD.match(s.text, end) and not _YEARS_SPAN.match(s.text, end + 1):
            return  # "cut by 5% in 2023 alone": a change within one period, not between the values
        if _against_other(s, end, (x, y)):
            return  # "down 28% from the 2019 peak", "a 35% fall from the 1990 peak": against another value
        a, b = x, y
        if a.bound or b.bound or a.value <= 0:
            return
        found = self._stated_change(s, a, b, p, down)
        if found is not None:
            yield found

    def _in_words(self, s: Sentence, a: Figure, b: Figure) -> Iterable[Finding]:
        """A change between the values ``a`` and ``b`` said as a fraction or a multiple:
        "from 42,000 to 31,000 tonnes, a drop of almost half"; "fell by a quarter, from …";
        "…, a third higher"; "had tripled to 18,000"; "…, having nearly doubled". The hedge
        sets the range and its direction: "almost half" is 40–51%, "about half" 40–60%,
        "more than a third" at least a third. Tied to the pair as a stated change is: right
        after the second value, right before "from" or "between", or right before "to" and
        the value reached."""
        if a.percent != b.percent or not _compatible(a, b) or b.value <= 0:
            return
        for m in _WORDS_CHANGE.finditer(s.text, s.start, s.end):
            said = _said_ratio(m, self.options.multiplier_tolerance)
            if said is None:
                continue
            lo, hi, what = said
            start, end = m.start(), m.end()
            if (m.group("m") or m.group("n")) and self._plain_multiplier(s, m, a):
                continue  # "doubled from 9 to 14 million": read by _multiplier
            to_b = (
                start >= a.end
                and end <= b.start
                and re.fullmatch(
                    r"[ \t]+to[ \t]+(?:(?:about|around|some|roughly|nearly|almost|just)[ \t]+)?",
                    s.between(end, b.start),
                )
            )
            if not to_b and not self._tied(s, a, b, start, end):
                continue
            if start >= b.end and (_OWN_PERIOD.match(s.text, end) or re.search(r"\bthen\b", s.between(b.end, start))):
                continue  # "then fell by a quarter in 2023 alone": a change of another period
            if _REAL_TERMS.match(s.text, end):
                continue  # "a fall of close to half once inflation is allowed for": not the values' change
            if start >= b.end and _against_other(s, end, (a, b)):
                continue  # "…, a rise of a quarter from the 2019 low": against another value
            r_lo, r_hi = _ratio_range(a, b, independent=True)
            if r_hi >= lo and r_lo <= hi:
                continue
            got = b.value / a.value
            if got < 1:
                real = f"a fall of {fmt((1 - got) * 100)}% (to {fmt(got)} times)"
            else:
                real = f"a rise of {fmt((got - 1) * 100)}% ({fmt(got)} times)"
            yield self.finding(
                s.span(a) if end <= a.start else s.span(b),
                f'from {_w(a)} to {_w(b)} is {real}, not "{_said_text(m)}" ({what})',
                related=[(s.location(a), "the first value"), (s.location(b), "the second value")],
                help="recompute the change, or check the two values",
                subject=f"{a.num.written} {b.num.written} {_said_text(m)}",
            )
            return

    def _plain_multiplier(self, s: Sentence, m: re.Match[str], a: Figure) -> bool:
        """Is ``m`` a multiplier that :meth:`_multiplier` reads: unhedged, right before
        "from" and the first value?"""
        if m.group("q3") or m.group("q4") or m.end() > a.start:
            return False
        mult = next(
            (
                x
                for x in _MULT_RE.finditer(s.text, max(s.start, m.start() - 30), a.start)
                if x.start() <= m.start() < x.end()
            ),
            None,
        )
        if mult is None:
            return False  # "a threefold increase": a multiple _multiplier does not read
        gap = s.between(mult.end(), a.start)
        return len(gap) <= 40 and bool(_FROM.search(gap))

    def _percent_change(self, s: Sentence, a: Figure, b: Figure) -> Iterable[Finding]:
        stated = [
            f
            for f in s.figures
            if (f.percent or f.points) and f is not a and f is not b and f.start != a.start and f.start != b.start
        ]
        for p in stated:
            if _annual(s, p) is not None:
                continue  # a rate a year, read by _cagr
            said = _change_phrase(s, p)
            if said is None or p.bound and bound_range(p) is None or not self._tied(s, a, b, said[0], said[1]):
                continue
            if said[1] > p.end and _against_other(s, said[1], (a, b)):
                continue  # "a 35% fall from the 1990 peak": against another value
            found = self._stated_change(s, a, b, p, said[2])
            if found is not None:
                yield found

    def _difference(self, s: Sentence, a: Figure, b: Figure) -> Iterable[Finding]:
        """A change said as an amount between the two values: "from 38,000 to 61,000, an
        increase of 33,000" (it is 23,000); "rose by 33,000, from …"; "a reduction of $2.9
        billion". The amount keeps its precision ("some 40,000" to its last digit)."""
        if a.percent or b.percent or a.points or b.points:
            return
        hedge = self.options.hedge_tolerance
        for d in s.figures:
            if d is a or d is b or d.start in (a.start, b.start) or d.percent or d.points or d.fraction or d.bound:
                continue
            if (
                d.currency != a.currency
                or d.unit
                and a.unit
                and d.unit != a.unit
                or _SUBUNIT.search(s.between(d.start, d.end + 7))
            ):
                continue  # "from €2.40 to €2.90, up 50 cents": an amount in another unit
            if _multiple_word(s, d) or re.search(
                r"\bfrom[ \t]+$|\bma(?:de|ke|kes|king)[ \t]+up[ \t]+$", s.before(d.start, 20)
            ):
                continue  # "up from 30,000": another value; "making up 33,000": a part
            said = _change_phrase(s, d)
            if said is None or not self._tied(s, a, b, said[0], said[1]) or _against_other(s, said[1], (a, b)):
                continue
            start, end, down = said
            if _OWN_PERIOD.match(s.text, end):
                continue  # "up 3,000 in 2023 alone": a change of one period
            w = hedge_slack(d, hedge)
            lo, hi = (-d.high - w, -d.low + w) if down else (d.low - w, d.high + w)
            al, ah, bl, bh = _hedged(a, b, hedge) if a.hedge or b.hedge else (a.low, a.high, b.low, b.high)
            if bh - al >= lo and bl - ah <= hi:
                continue
            got = b.value - a.value
            real = f"{'a fall' if got < 0 else 'a rise'} of {scaled(abs(got), d)}"
            said_text = f"{'a fall' if down else 'a rise'} of {d.num.written}"
            yield self.finding(
                s.span(d),
                f"from {_w(a)} to {_w(b)} is {real}, not {said_text} "
                f"(allowed {scaled(min(abs(lo), abs(hi)), d)}–{scaled(max(abs(lo), abs(hi)), d)})",
                related=[(s.location(a), "the first value"), (s.location(b), "the second value")],
                help="recompute the difference, or check the two values",
                subject=f"{a.num.written} {b.num.written} {d.num.written}",
            )
            return

    def _stated_change(self, s: Sentence, a: Figure, b: Figure, p: Figure, down: bool) -> Finding | None:
        """The change ``p`` said (a fall when ``down``) measured against the two values."""
        sign = -1 if down else 1
        hedge = self.options.hedge_tolerance
        # a hedge to the precision it implies ("some 40%" is 37.5–42.5%, "almost 30%" below it);
        # a bound one side only ("a rise of more than 120 per cent" is 119.5% or more)
        lo, hi = (sign * x for x in (bound_range(p) or percent_range(p, hedge)))
        if lo > hi:
            lo, hi = hi, lo
        # relative change from the values, at their precision
        bounds = _hedged(a, b, hedge) if a.hedge or b.hedge else (a.low, a.high, b.low, b.high)
        if a.percent and b.percent:
            return self._change_of_percents(s, a, b, p, lo, hi, bounds)
        al, ah, bl, bh = bounds
        rel_lo = (bl / ah - 1) * 100 if ah > 0 else float("-inf")
        rel_hi = (bh / al - 1) * 100 if al > 0 else float("inf")
        if p.points or "percent" not in self.options.forms or (hi >= rel_lo and lo <= rel_hi):
            return None
        return self._report(s, p, a, b, (b.value / a.value - 1) * 100, lo, hi)

    def _change_of_percents(
        self,
        s: Sentence,
        a: Figure,
        b: Figure,
        p: Figure,
        lo: float,
        hi: float,
        bounds: tuple[float, float, float, float],
    ) -> Finding | None:
        """A change between two percentages: in percentage points, or in per cent of the first."""
        al, ah, bl, bh = bounds
        rel_lo = (bl / ah - 1) * 100 if ah > 0 else float("-inf")
        rel_hi = (bh / al - 1) * 100 if al > 0 else float("inf")
        rel = (b.value / a.value - 1) * 100
        pts_lo, pts_hi, pts = bl - ah, bh - al, b.value - a.value
        if p.points:
            if "points" not in self.options.forms or (hi >= pts_lo and lo <= pts_hi):
                return None
            return self._report(s, p, a, b, pts, lo, hi)
        if hi >= rel_lo and lo <= rel_hi:
            return None
        if "points" in self.options.forms and hi >= pts_lo and lo <= pts_hi:
            return self.finding(
                s.span(p),
                f"from {a.num.written}% to {b.num.written}% is a change of {fmt(pts)} percentage "
                f"points, or {fmt(rel)}%; {p.num.written}% is the difference in points, "
                f"written as per cent",
                related=[(s.location(a), "the first value"), (s.location(b), "the second value")],
                help='write "percentage points" (or give the change in per cent)',
                subject=f"{a.num.written} {b.num.written} {p.num.written}",
            )
        if "percent" not in self.options.forms:
            return None
        return self._report(s, p, a, b, rel, lo, hi)

    @staticmethod
    def _tied(s: Sentence, a: Figure, b: Figure, start: int, end: int) -> bool:
        """The stated change belongs to the pair: right after the second value (", up 17%")
        or right before "from" ("rose 25%, from …"), with no other clause between."""
        if start >= b.end:
            # after both values when the one it came from is written last ("€54.0 billion in
            # 2023, up from €46.1 billion in 2020, a rise of 17%")
            last = a.end if a.start > b.end and start >= a.end else b.end
            # the year of the value before it is no clause of its own ("£7.4 billion in 2024–25, …")
            gap = _YEAR_AFTER.sub(" ", _PERIOD.sub(" ", s.between(last, start)), count=1)
            return len(gap) <= 45 and not _OTHER_CLAUSE.search(gap)
        if end <= a.start:
            gap = s.between(end, a.start)
            if end <= b.start and b.end <= a.start:
                # "rose 12% to 46,000 tonnes in 2024, from 38,000 …": the value reached stands
                # between, with its year
                gap = s.between(end, b.start) + _YEAR_AFTER.sub(" ", s.between(b.end, a.start), count=1)
            gap = _PERIOD.sub(" ", gap)  # "fell 12% between 2019 and 2023, from …"
            if re.fullmatch(r"[ \t]*:[ \t]*", gap):
                return True  # "The fleet shrank by a third: 120 boats in 2015, 96 in 2024"
            return (
                len(gap) <= 30 and not _OTHER_CLAUSE.search(gap) and bool(re.search(r"\b(?:from|between)\b", gap, re.I))
            )
        return False

    def _report(self, s: Sentence, p: Figure, a: Figure, b: Figure, got: float, lo: float, hi: float) -> Finding:
        unit = " percentage points" if p.points else "%"
        down = lo + hi < 0  # (a fall "of under 30%" is -30.5 to -0)
        said = "a fall" if down else "a rise"
        written = f"{p.bound} {p.num.written}" if p.bound else p.num.written
        if (got < 0) != down:
            what = f"{'a fall' if got < 0 else 'a rise'} of {fmt(abs(got))}{unit}, not {said} of {written}{unit}"
        else:
            what = f"{said} of {fmt(abs(got))}{unit}, not {written}{unit}"
        lo, hi = sorted((abs(lo), abs(hi)))
        return self.finding(
            s.span(p),
            f"from {_w(a)} to {_w(b)} is {what} (allowed {_range_text(lo, hi)}{unit})",
            related=[(s.location(a), "the first value"), (s.location(b), "the second value")],
            help="recompute the change, or check the two values",
            subject=f"{a.num.written} {b.num.written} {p.num.written}",
        )

    def _multiplier(self, s: Sentence, a: Figure, b: Figure) -> Iterable[Finding]:
        if "multiplier" not in self.options.forms:
            return
        for m in _MULT_RE.finditer(s.text, s.start, s.end):
            gap = s.between(m.end(), a.start) if m.end() <= a.start else ""
            if not gap or len(gap) > 40 or _OTHER_CLAUSE.search(_MULT_PERIOD.sub("", gap)) or not _FROM.search(gap):
                continue
            if re.search(
                r"\b(?:more|less|nearly|almost|roughly|about|over|than|at least)[ \t]+$", s.before(m.start(), 20), re.I
            ):
                continue
            w = m.group("w").lower()
            if m.group("n") or m.group("n2"):
                n = (m.group("n") or m.group("n2")).lower()
                want = float(_FOLD.get(n) or n)
            else:
                want = _MULTIPLIER[w]
            t = self.options.multiplier_tolerance
            lo, hi = want * (1 - t), want * (1 + t)
            r_lo, r_hi = _ratio_range(a, b)
            if r_hi >= lo and r_lo <= hi:
                continue
            yield self.finding(
                s.span(a),
                f"from {a.num.written} to {b.num.written} is {fmt(b.value / a.value)} times, "
                f'not "{m.group("w")}" ({fmt(want)} times; allowed {fmt(lo)}–{fmt(hi)})',
                related=[(s.location(b), "the second value")],
                help="recompute the change, or check the two values",
                subject=f"{a.num.written} {b.num.written} {w}",
            )

    def _comparison(self, s: Sentence) -> Iterable[Finding]:
        """ "12 ports, three times as many as the 5 of 2019": the first figure over the
        second is the ratio stated between them; both figures and the ratio in one phrase."""
        low = ignorecase_fold(s.text[s.start : s.end])
        for rx, needs in ((_TIMES_AS, _TIMES_WORDS), (_FRAC_THAN, ("than",)), (_PCT_THAN, ("than",))):
            if not has_any(low, needs):
                continue  # a word every match holds is missing: nothing to search for
            for m in rx.finditer(s.text, s.start, s.end):
                q = re.sub(r"\s+", " ", (m.group("q") or "").strip().lower())
                if q and q not in _ROUGH:
                    continue  # "more than three times as many": a bound, nothing to recompute
                a = s.figure_at(m.end(), 0)
                if a is None:  # its "bound" is the phrase's own "as" or "than"
                    continue
                b = _compared(s, m)
                if b is None or b.bound or not _compatible(a, b) or a.value <= 0:
                    continue
                if b.num.written == a.num.written or _RANGE_END.search(s.text, max(0, b.start - 30), b.start):
                    # "10000 to 100000 lines, 13.2% more than 100000 lines": bins of a
                    # distribution, the share of each after it; a range's end is no value
                    continue
                if rx is _PCT_THAN and (a.percent or b.percent or a.points or b.points):
                    continue  # "45%, 10% higher than the 40% of 2020": points or per cent, a guess
                ratio = self._ratio_said(rx, m)
                if ratio is None:
                    continue
                want, lo, hi = ratio
                if q or a.hedge or b.hedge:
                    h = self.options.hedge_tolerance
                    lo, hi = lo * (1 - h), hi * (1 + h)
                r_lo, r_hi = _ratio_range(a, b)
                if r_hi >= lo and r_lo <= hi:
                    continue
                said = s.between(m.start(), m.end()).strip()
                said = re.sub(r"[ \t]+(?:the|its|their|in|of|with)$", "", said)
                yield self.finding(
                    s.span(b),
                    f"{b.num.written} is {fmt(b.value / a.value)} times {a.num.written}, "
                    f'not "{said}" ({fmt(want)} times; allowed {fmt(lo)}\u2013{fmt(hi)})',
                    related=[(s.location(a), "the figure compared with")],
                    help="recompute the ratio, or check the two figures",
                    subject=f"{b.num.written} {a.num.written} {said}",
                )

    def _ratio_said(self, rx: re.Pattern[str], m: re.Match[str]) -> tuple[float, float, float] | None:
        """The ratio a comparison phrase says, and the range it allows: "three times as
        many", "twice", "a fifth more"."""
        t = self.options.multiplier_tolerance
        if rx is _TIMES_AS:
            k = m.group("k").lower()
            if k in ("twice", "double"):
                want = 2.0
            elif k == "half":
                want = 0.5
            elif k in ("triple", "treble", "quadruple"):
                want = 4.0 if k == "quadruple" else 3.0
            else:
                n = m.group("n").lower()
                want = float(_FOLD.get(n) or n)
            return want, want * (1 - t), want * (1 + t)
        if rx is _PCT_THAN:
            # "29 per cent fewer" is 28.5–29.5% fewer: the precision it is written with
            p, half = float(m.group("p")) / 100, 0.5 * 10 ** -len(m.group("dec") or "") / 100
            up = m.group("d").lower() == "more"
            if not up and p >= 1:
                return None
            return (1 + p, 1 + p - half, 1 + p + half) if up else (1 - p, 1 - p - half, 1 - p + half)
        frac = _COUNT[m.group("c").lower()] / _ORD_FRAC[m.group("f").lower()]
        if frac >= 1:
            return None
        more = m.group("d").lower() in ("more", "higher", "larger", "bigger", "greater", "above")
        # "a fifth" stands for 0.18-0.22 of the whole: the fraction's own width
        flo, fhi = frac * (1 - t), frac * (1 + t)
        want = 1 + frac if more else 1 - frac
        lo, hi = (1 + flo, 1 + fhi) if more else (1 - fhi, 1 - flo)
        return want, lo, hi

    def _cagr(self, s: Sentence, a: Figure, b: Figure) -> Iterable[Finding]:
        """ "from 2.0 GW in 2018 to 5.0 GW in 2023, a compound annual growth of 25%": the
        rate a year over the years given. Said to be compound (or "CAGR"), the rate must be
        the compound one; a plain "10% a year" may be either the compound or the simple
        average rate, and is reported only when it is neither."""
        if a.percent or b.percent:
            return
        n = _years_between(s, a, b)
        if n is None or n <= 0 or n > 100:
            return
        for p in s.figures:
            if not p.percent or p.points or p.bound or p.start < b.end:
                continue
            cue = _annual(s, p)
            if cue is None:
                continue
            start, compound, down = cue
            gap = _PERIOD.sub(" ", s.between(b.end, start))
            gap = _YEARS_SPAN.sub(" ", gap)
            gap = re.sub(r"^[ \t]*(?:in|\(|,|by)?[ \t]*(?:19|20)\d\d\)?", " ", gap)
            if len(gap) > 45 or _OTHER_CLAUSE.search(gap):
                continue
            found = self._rate_a_year(s, a, b, p, n, compound, -1 if down else 1)
            if found is not None:
                yield found

    def _rate_a_year(
        self, s: Sentence, a: Figure, b: Figure, p: Figure, n: int, compound: bool, sign: int
    ) -> Finding | None:
        """The rate a year ``p`` against the compound (and, unless said to be compound, the
        simple) rate between the two values ``n`` years apart."""
        lo, hi = sorted((sign * p.low, sign * p.high))
        al, ah, bl, bh = a.low, a.high, b.low, b.high
        if a.hedge or b.hedge or p.hedge:
            h = self.options.hedge_tolerance
            al, ah, bl, bh = _widened(a, b, h)
            lo, hi = lo - abs(lo) * h - 0.5, hi + abs(hi) * h + 0.5
        if al <= 0:
            return None
        c_lo = ((bl / ah) ** (1 / n) - 1) * 100
        c_hi = ((bh / al) ** (1 / n) - 1) * 100
        if hi >= c_lo and lo <= c_hi:
            return None
        if not compound:
            s_lo, s_hi = (bl / ah - 1) * 100 / n, (bh / al - 1) * 100 / n
            if hi >= s_lo and lo <= s_hi:
                return None
        got = ((b.value / a.value) ** (1 / n) - 1) * 100
        unit = "%"
        said = "fall" if sign < 0 else "growth"
        real = "a fall" if got < 0 else "a growth"
        alo, ahi = sorted((abs(lo), abs(hi)))
        return self.finding(
            s.span(p),
            f"from {_w(a)} to {_w(b)} over {n} year{'s' if n != 1 else ''} is {real} of "
            f"{fmt(abs(got))}{unit} a year compounded, not a {said} of {p.num.written}% a year "
            f"(allowed {fmt(alo)}\u2013{fmt(ahi)}%)",
            related=[(s.location(a), "the first value"), (s.location(b), "the second value")],
            help="recompute the rate a year from the two values and their years",
            subject=f"{a.num.written} {b.num.written} {p.num.written} cagr",
        )


def _clauses(s: Sentence, pairs: list[tuple[Figure, Figure]]) -> list[tuple[Sentence, tuple[Figure, Figure]]]:
    """Each "from A to B" pair of a sentence with the part of it that is its own: from the
    end of the pair before (the sentence's start for the first) to the start of the next
    pair; none when the pairs do not follow one another (one inside another, or mixed)."""
    pairs = sorted(pairs, key=lambda p: p[0].start)
    for (a1, b1), (a2, _) in zip(pairs, pairs[1:]):
        if not (a1.start < b1.start < a2.start):
            return []
    if not pairs[-1][0].start < pairs[-1][1].start:
        return []
    out = []
    for k, (a, b) in enumerate(pairs):
        start = s.start if k == 0 else pairs[k - 1][1].end
        end = pairs[k + 1][0].start if k + 1 < len(pairs) else s.end
        figures = [f for f in s.figures if start <= f.start < end]
        out.append((Sentence(s.unit, start, end, figures), (a, b)))
    return out


def _years_between(s: Sentence, a: Figure, b: Figure) -> int | None:
    """The years between the two values: each followed by its year, or one span of years."""
    y1 = _YEAR_AFTER.match(s.text, a.end, s.end)
    y2 = _YEAR_AFTER.match(s.text, b.end, s.end)
    if y1 and y2:
        return int(y2.group("y")) - int(y1.group("y"))
    spans = list(_YEARS_SPAN.finditer(s.text, s.start, s.end))
    if len(spans) != 1 or y1 or y2:
        return None
    return int(spans[0].group("y2")) - int(spans[0].group("y1"))


#: what stands before a range's second end ("10000 to ", "between 5 and ", "40–")
_RANGE_END = re.compile(r"\d[ \t]*(?:to|[-–—]|and)[ \t]*$", re.I)


def _compared(s: Sentence, m: re.Match[str]) -> Figure | None:
    """The figure compared: the last one before the phrase, joined by a comma, a dash or a
    parenthesis, with no other clause between."""
    before = [f for f in s.figures if f.end <= m.start() and not f.fraction]
    if not before:
        return None
    b = before[-1]
    # (a year is no figure between: "4,100 visitors in 2023, a fifth fewer than …")
    gap = re.sub(r"\b(?:19|20)\d\d(?:[/–-]\d\d)?\b", "the year", s.between(b.end, m.start()))
    if (
        len(gap) > 30
        or _OTHER_CLAUSE.search(re.sub(r"^\W*(?:or|and)\b", "", gap))
        or re.search(r"\d", gap)
        or not re.search(r"[,(\u2014\u2013]|\bor\b|\b(?:is|are|was|were)\b", gap)
    ):
        return None
    return b


def _widened(a: Figure, b: Figure, h: float) -> tuple[float, float, float, float]:
    """The two values' ranges widened by the hedge tolerance ``h``: (a low, a high, b low, b high)."""
    return a.low * (1 - h), a.high * (1 + h), b.low * (1 - h), b.high * (1 + h)


def _hedged(a: Figure, b: Figure, h: float) -> tuple[float, float, float, float]:
    """The two values' ranges widened for "about", "roughly" by at most ``h``, and less the
    more digits a value is written with: "about 800,000" may be 10% off, "about 850,000"
    6%, "about 852,000" 3%, "about 852,400" 1.5% (a writer who gives three digits rounds,
    not guesses)."""
    ra, rb = _hedge_width(a, h), _hedge_width(b, h)
    return a.low * (1 - ra), a.high * (1 + ra), b.low * (1 - rb), b.high * (1 + rb)


def _hedge_width(f: Figure, h: float) -> float:
    mantissa = re.match(r"[\d.,\u00a0\u202f\u2009 ]+", f.num.written.lstrip("$€£¥"))
    if f.num.words or not mantissa:
        return h
    raw = mantissa.group(0)
    digits = re.sub(r"\D", "", raw).lstrip("0")
    if "." not in raw:
        digits = digits.rstrip("0")
    return min(h, 0.12 / 2.0 ** max(0, len(digits) - 1))


def _ratio_range(a: Figure, b: Figure, independent: bool = False) -> tuple[float, float]:
    """The range of the second value over the first, at their precision. With
    ``independent``, the two rounding errors add as independent errors (the root of the sum
    of their squares, as the parts of a total do in AR004), not both at their worst: for a
    change said as a fraction or a multiple, whose own width already allows for rounding
    ("from $3.1 billion to $3.7 billion, a rise of a quarter" is 19%, at most 22% that way,
    not the 23% of $3.05 billion to $3.75 billion)."""
    r_lo = b.low / a.high if a.high > 0 else 0
    r_hi = b.high / a.low if a.low > 0 else float("inf")
    if not independent or a.value <= 0 or b.value <= 0:
        return r_lo, r_hi
    ratio = b.value / a.value
    rel = math.hypot(a.half / a.value, b.half / b.value)
    return max(r_lo, ratio * (1 - rel)), min(r_hi, ratio * (1 + rel))


#: a money amount in the currency's hundredth ("50 cents", "30p")
_SUBUNIT_AFTER = re.compile(r"\d[ \t]*(?:cents?|pence|p|c|ct)\b", re.I)


def _w(f: Figure) -> str:
    return f"{f.num.written}%" if f.percent else f.num.written


def _compatible(a: Figure, b: Figure) -> bool:
    if a.percent != b.percent or a.points or b.points or a.fraction or b.fraction:
        return False
    if (a.currency or b.currency) and a.currency != b.currency:
        return False
    if a.unit and b.unit and a.unit != b.unit:
        return False
    return True


#: a value's time base right after it or its noun ("12,600 a month", "410 loaves a day", "310
#: each week")
_RATE_AFTER = re.compile(
    r"(?:[ \t]+[a-z][\w'’-]*)?[ \t]+(?:a|an|per|each|every)[ \t]+(?P<per>day|week|month|year|quarter|night|hour)\b",
    re.I,
)


def _rate_of(s: Sentence, f: Figure) -> str:
    """The time base written right after a value ("month" in "12,600 a month"), else ""."""
    m = _RATE_AFTER.match(s.text, f.end)
    return m.group("per").lower() if m else ""


def _year_of(s: Sentence, f: Figure) -> int | None:
    """The year a value is given for: right after it ("665,000 tonnes in 2025") or before
    it in its clause ("in 2025 they were 665,000 tonnes"); past its time base ("12,600 a month in 2023")."""
    rate = _RATE_AFTER.match(s.text, f.end)
    m = _YEAR_AFTER.match(s.text, rate.end() if rate else f.end)
    if m:
        return int(m.group("y"))
    before = s.before(f.start, 60)
    m = _YEAR_BEFORE.search(before)
    if m is None:
        return None
    at = f.start - len(before) + m.end(1)
    for g in s.figures:
        if g.end <= at - 4 and not (g.percent or g.points or g.fraction):
            own = _YEAR_AFTER.match(s.text, g.end) or _YEAR_AFTER_NOUN.match(s.text, g.end, s.end)
            if own is not None and own.end("y") == at:
                return None  # "rose to 7,000 units in 2024, from 6,000": the year is the value's before
    return int(m.group(1))


def _changed_pair(s: Sentence, before: list[Figure], start: int) -> tuple[Figure, Figure] | None:
    """For a change stated at ``start`` right after a value reached with "to" (the last of
    ``before``, the figures before it), that value and the one value of its kind given
    earlier in the sentence: the pair the change is between; None when not exactly one."""
    b = before[-1]
    gap = s.between(b.end, start)
    if not _RIGHT_AFTER.fullmatch(gap):
        return None  # ", a cut of 28%" right after the value (", for 2025, a cut …")
    if b.percent or b.fraction or b.points or b.bound or not _CHANGED_TO.search(s.before(b.start, 60)):
        return None
    others = [f for f in before[:-1] if not (f.percent or f.fraction or f.points)]
    same = [f for f in others if f.kind == b.kind]
    # a value with its unit or currency, and only one before it that may be the
    # same thing ("120,000 tonnes and Iceland 90,000 tonnes; … to 99,000 tonnes")
    maybe = [f for f in others if not f.kind and b.value / 3 <= f.value <= b.value * 3]
    if len(same) != 1 or not b.kind or maybe:
        return None
    a = same[0]
    if a.bound or a.value <= 0 or "from" in s.between(a.end, b.start).lower():
        return None
    return a, b


# a sentence whose subject points back to the sentence before: "It has since risen to …",
# "This was cut to …", "The figure fell to …"
_PRONOUN_SUBJECT = re.compile(r"[ \t]*(?:It|This|That|The[ \t]+(?:figure|total|sum|amount|number|cost|bill))\b", re.I)


def _sentence_before(ctx: CheckContext, s: Sentence) -> Sentence | None:
    """The sentence before ``s`` in its paragraph, with its figures (None in a note, or
    for a paragraph's first sentence)."""
    unit = s.unit
    if unit.footnote is not None or unit.block is None:
        return None
    here = block_sentences(ctx, unit.article, range(unit.block, unit.block + 1)).get(unit.block, [])
    before = [x for x in here if x.end <= s.start]
    return before[-1] if before else None


def _changed_pair_after(s: Sentence, prev: Sentence, b: Figure, start: int) -> tuple[Figure, Figure] | None:
    """:func:`_changed_pair` with the value it came from in the sentence before: the one
    figure of that sentence of ``b``'s kind (a currency, a unit), none other in range."""
    if not _RIGHT_AFTER.fullmatch(s.between(b.end, start)) or not b.kind:
        return None
    if b.percent or b.fraction or b.points or b.bound or not _CHANGED_TO.search(s.before(b.start, 60)):
        return None
    others = [f for f in prev.figures if not (f.percent or f.fraction or f.points)]
    same = [f for f in others if f.kind == b.kind]
    maybe = [f for f in others if not f.kind and b.value / 3 <= f.value <= b.value * 3]
    if len(same) != 1 or maybe or same[0].bound or same[0].value <= 0:
        return None
    return same[0], b


def _another_value(plain: list[Figure], x: Figure, y: Figure) -> bool:
    """Is there a third plain figure, with no unit, within a factor of three of the two
    values ``x`` and ``y``: a value that may be of the same thing?"""
    low, high = min(x.value, y.value) / 3, max(x.value, y.value) * 3
    # (a plain count before two amounts of one currency is no amount: a writer leaves the
    # currency off a later figure, not an earlier one: "A tin of 40 cost $90 in 2019; it
    # now costs $130")
    first = min(x.start, y.start)
    money = bool(x.currency) and x.currency == y.currency
    return any(
        f is not x and f is not y and not f.kind and low <= f.value <= high and not (money and f.end <= first)
        for f in plain
    )


def _is_down(m: re.Match[str]) -> bool:
    """Do the words of change ``m`` (:data:`_CHANGE_BEFORE`) say a fall?"""
    said = m.group("w") or ("t" in m.re.groupindex and m.group("t")) or ""
    return bool(_DOWN_RE.match(re.sub(r"\s+", " ", said).strip()))


def _change_of(s: Sentence, p: Figure) -> tuple[int, int, bool] | None:
    """The words that make the percentage ``p`` a stated fall or rise ("down 28%", "28%
    less", "a 40% increase"), as :func:`_change_phrase` gives them; None when it is no stated
    change, a bound of no side ("as much as") or a rate a year."""
    if not p.percent or p.bound and bound_range(p) is None or _annual(s, p) is not None:
        return None
    return _change_phrase(s, p)


def _against_other(s: Sentence, end: int, values: tuple[Figure, Figure]) -> bool:
    """Is the change ending at ``end`` measured against something other than the two
    ``values`` ("… from the 2019 peak", "… on 2019")?"""
    return bool(_OTHER_BASE.match(s.text, end)) and not any(f in values for f in s.figures if end < f.start <= end + 30)


#: "a 40% increase", "roughly a 15 per cent fall": the noun of change after the percentage
_CHANGE_NOUN_AFTER = re.compile(
    rf"[ \t]+(?:(?P<up>{'|'.join(RISE_NOUNS)})|(?P<down>{'|'.join(FALL_NOUNS)}))\b",
    re.I,
)
# "… in sales tax", "… of the levy": what a change said with a noun is a change of
# ("in cash terms", "in 2024" name no other thing)
_CHANGE_OF_THING = re.compile(
    r"[ \t]+(?:in|of|to)[ \t]+(?!(?:nominal|cash)[ \t]+terms\b|(?:the[ \t]+)?(?:19|20)\d\d\b|all\b|total\b)[A-Za-z]",
    re.I,
)
_REAL_TERMS = re.compile(
    r"[ \t]+(?:in[ \t]+(?:real|inflation[ \t-]adjusted|constant[ \t-]price)[ \t]+terms\b|"
    r"(?:once|when|after|with)[ \t]+(?:inflation|rising[ \t]+prices)[ \t]+(?:is[ \t]+|are[ \t]+)?"
    r"(?:allowed[ \t]+for|taken[ \t]+into[ \t]+account|accounted[ \t]+for|stripped[ \t]+out|counted)\b|"
    r"after[ \t]+inflation\b|adjusted[ \t]+for[ \t]+inflation\b)",
    re.I,
)
_ARTICLE_BEFORE = re.compile(
    r"(?:\b(?P<h>about|roughly|around|some|nearly|almost|approximately)[ \t]+)?\ban?[ \t]+$", re.I
)


def _change_phrase(s: Sentence, p: Figure) -> tuple[int, int, bool] | None:
    """The words that make the percentage ``p`` a stated change, as (start, end, a fall):
    a verb or noun of change before it ("down 28%", "a drop of 15 per cent"), a noun after
    it ("a 40% increase", "roughly a 15 per cent fall": the hedge before the article is the
    figure's), or a comparative ("40% higher", "28% less"). None for none of them."""
    m = _CHANGE_BEFORE.search(s.before(p.start, 90))
    if m is not None:
        if _REAL_TERMS.match(s.text, p.end):
            return None  # "a fall of 15% in real terms": not the change of the values written
        return p.start - len(m.group(0)), p.end, _is_down(m)
    a = _ARTICLE_BEFORE.search(s.before(p.start, 30))
    n = _CHANGE_NOUN_AFTER.match(s.text, p.end) if a else None
    if n is not None and (_CHANGE_OF_THING.match(s.text, n.end()) or _REAL_TERMS.match(s.text, n.end())):
        return None  # "a 5% cut in sales tax": the change of something named after it
    if a is not None and n is not None:
        if a.group("h") and not p.hedge:
            p.hedge = a.group("h").lower()
        return p.start - len(a.group(0)), n.end(), bool(n.group("down"))
    after = _MORE_LESS_AFTER.match(s.text, p.end)
    if after is not None:
        return p.start, after.end(), after.group(1).lower() in _LESS
    sign = _SIGN_BEFORE.search(s.before(p.start, 4))
    if sign is not None and _SIGNED_CLOSE.match(s.text, p.end):
        # "rose from 40,000 to 52,000 (+30%)": a signed change in brackets
        return p.start - len(sign.group(0)), p.end, sign.group("sign") != "+"
    by = _OR_BY.search(s.before(p.start, 24))
    if by is not None:
        # "rose from 40,000 to 52,000, or by 30 per cent": the clause's verb says which way
        verbs = list(_CHANGE_WORD.finditer(s.text, s.start, p.start - len(by.group(0))))
        if verbs:
            return p.start - len(by.group(0)), p.end, _is_down(verbs[-1])
    return None


# "…, or by 30 per cent", "…; that is, by 30%": a change restated after its verb and values
_OR_BY = re.compile(
    r"[,;][ \t]*(?:or|that[ \t]+is,?|i\.e\.,?)[ \t]+by[ \t]+(?:(?:about|nearly|almost|roughly|around|some)[ \t]+)?$",
    re.I,
)
_CHANGE_WORD = re.compile(rf"\b(?P<w>{_UP}|{_DOWN})\b", re.I)
# "(+30%)", "(–12%)": a change written with its sign in brackets
_SIGN_BEFORE = re.compile(r"\([ \t]*(?P<sign>\+|\u2013|\u2212)$")
_SIGNED_CLOSE = re.compile(r"[ \t]*\)")


def _order(s: Sentence, x: Figure, y: Figure) -> tuple[Figure, Figure] | None:
    """The earlier and the later of two values: by their years, else by "from" / "on" /
    "compared with" before the earlier one or "to" before the later one."""
    px, py = (_EARLIER_PERIOD.search(s.before(f.start, 50)) for f in (x, y))
    if bool(px) != bool(py):  # "52,000 in 2024, up 30% on last year's 40,000": named as the earlier
        return (x, y) if px else (y, x)
    yx, yy = _year_of(s, x), _year_of(s, y)
    if bool(yx) != bool(yy):
        # "1.2 million tonnes of freight in 2015 and 1.9 million tonnes in 2024": the
        # other's year after its noun
        mx, my = (_YEAR_AFTER_NOUN.match(s.text, f.end, s.end) for f in (x, y))
        yx, yy = yx or (int(mx.group("y")) if mx else None), yy or (int(my.group("y")) if my else None)
    if yx and yy and yx != yy:
        return (x, y) if yx < yy else (y, x)
    nx, ny = (bool(_NOW_BEFORE.search(_clause_before(s, f))) for f in (x, y))
    if (yx or yy) and nx != ny:
        # "£540 in 2017 and now stands at £660": the value said of the present is the later
        # (the year read for it was the other value's)
        return (x, y) if ny else (y, x)
    if yx and yy:
        return None  # the same year twice: another comparison
    if yx or yy:
        # one year only: the other value said of the period before ("7,000 in 2024, from
        # 6,000 the year before") is the earlier one
        undated = y if yx else x
        if _EARLIER_AFTER.match(s.text, undated.end, s.end) and _EARLIER_CUE.search(s.before(undated.start, 30)):
            return (undated, x) if undated is y else (undated, y)
        # the value reached after a verb of change ("…, about $6 million
        # before the deal, rose to some $17 million in 2024") is the later one
        first, then = (x, y) if x.start < y.start else (y, x)
        if _CHANGED_TO.search(s.before(then.start, 60)) and not _CHANGED_TO.search(s.before(first.start, 60)):
            return first, then
        return None  # another comparison
    ex, ey = (bool(_EARLIER_CUE.search(s.before(f.start, 30))) for f in (x, y))
    lx, ly = (bool(_LATER_CUE.search(s.before(f.start, 30))) for f in (x, y))
    if (ex or ly) and not (ey or lx):
        return x, y
    if (ey or lx) and not (ex or ly):
        return y, x
    return None


#: the present, said before a value ("it now costs", "today it is", "and now stands at")
_NOW_BEFORE = re.compile(r"\b(?:now|today|currently)\b[^\d;,]{0,30}$", re.I)


def _clause_before(s: Sentence, f: Figure) -> str:
    """The words before ``f`` in its clause (from the last "and", comma or semicolon),
    at most 40 characters."""
    head = s.before(f.start, 40)
    cut = max(head.rfind(";"), head.rfind(","), head.rfind(" and "))
    return head[cut + 1 :] if cut >= 0 else head


def _annual(s: Sentence, p: Figure) -> tuple[int, bool, bool] | None:
    """Where the cue of a rate a year begins, whether it says compound, whether it is a fall."""
    before = s.before(p.start, 70)
    m = _ANNUAL_BEFORE.search(before)
    if m:
        w = (m.group("w") or "").lower()
        head = before[: m.start()]
        down = w in ("decline", "decrease", "fall", "drop", "reduction") or bool(
            re.search(rf"\b(?:{_DOWN})[ \t]+(?:by[ \t]+)?(?:an?[ \t]+)?$", head, re.I)
        )
        return p.start - len(before) + m.start(), bool(m.group("c")), down
    after = _ANNUAL_AFTER.match(s.text, p.end, s.end)
    if after:
        head = s.before(p.start, 40)
        ch = _CHANGE_BEFORE.search(head)
        start = p.start - len(ch.group(0)) if ch else p.start
        if ch is not None:
            down = _is_down(ch)
        else:
            # "…, a drop of almost 30%, or about 11% a year": the rate takes the way of the
            # clause's last word of change
            said = list(_CHANGE_WORD.finditer(s.text, s.start, p.start))
            down = bool(said) and _is_down(said[-1])
        return start, bool(after.group("c")), down
    return None


_HEDGE_WORDS = (
    r"about|nearly|almost|roughly|around|some|approximately|close[ \t]+to|just[ \t]+under|just[ \t]+over|"
    r"more[ \t]+than|well[ \t]+over|over|at[ \t]+least|less[ \t]+than|under|fewer[ \t]+than|at[ \t]+most"
)
_FRACTION_WORD = (
    r"(?:(?P<c>an?|one|two|three|four|five|six|seven|eight|nine)[ \t-]+)?"
    r"(?P<f>half|halves|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth)s?"
)
_FOLD_WORD = r"two|three|four|five|six|seven|eight|nine|ten|\d+(?:\.\d+)?"
_MORE_DOWN = ("lower", "less", "fewer", "smaller", "down")
#: a change said in words: a fraction after a verb or noun of change ("fell by a quarter",
#: "a drop of almost half"), a fraction and a comparative ("a third higher"), or a multiple
#: ("nearly doubled", "tripling", "a fourfold rise", "five times higher")
_WORDS_CHANGE = re.compile(
    rf"\b(?:(?P<w>{_UP}|{_DOWN}|cut|reduced|lowered|slashed|shed|lost|raised|boosted|expanded)(?:[ \t]+by)?[ \t]+"
    rf"(?P<q>(?:{_HEDGE_WORDS})[ \t]+)?{_FRACTION_WORD}(?![ \t-]*(?:of|times|as|than|the|a|an)\b)"
    rf"|(?P<q2>(?:{_HEDGE_WORDS})[ \t]+)?(?P<c2>an?|one|two|three)[ \t-]+"
    r"(?P<f2>half|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth)s?"
    r"[ \t]+(?P<d>higher|lower|more|less|fewer|larger|smaller|bigger|greater|up|down)\b(?![ \t]+than)"
    rf"|(?P<q3>(?:{_HEDGE_WORDS})[ \t]+)?(?P<m>doubl(?:ed|ing)|tripl(?:ed|ing)|trebl(?:ed|ing)|quadrupl(?:ed|ing)|halv(?:ed|ing))"
    rf"|(?P<q4>(?:{_HEDGE_WORDS})[ \t]+)?(?:an?[ \t]+)?(?P<n>{_FOLD_WORD})(?:[ \t-]*fold|[ \t]+times[ \t]+"
    r"(?:higher|larger|bigger|greater|more|over)\b(?![ \t]+(?:than|as)\b))"
    # "nearly three times as high", "twice as many", "three times the earlier level": a
    # multiple of the value before, with nothing else to compare
    rf"|(?P<q5>(?:{_HEDGE_WORDS})[ \t]+)?(?:(?P<n5>{_FOLD_WORD})[ \t]+times|(?P<tw>twice))[ \t]+"
    r"(?:as[ \t]+(?:high|many|much|large|big|great|common|expensive)\b(?![ \t]+as\b)|"
    r"the[ \t]+(?:earlier|previous|original|former|old|starting|initial)[ \t]+"
    r"(?:level|figure|number|total|amount|rate|value|count)))\b",
    re.I,
)
# "fell by a quarter in 2023", "doubled since 2010": the change has a period of its own
_OWN_PERIOD = re.compile(
    r"[ \t]+(?:in|during|since|over|between|after|before|by)[ \t]+(?:the[ \t]+)?(?:(?:19|20)\d\d|last|this|next|past|first|second)\b",
    re.I,
)
_MULTIPLE = {"doubl": 2.0, "tripl": 3.0, "trebl": 3.0, "quadrupl": 4.0, "halv": 0.5}
_MULTIPLE_AFTER = re.compile(r"[ \t-]*(?:times|fold)\b", re.I)


def _multiple_word(s: Sentence, f: Figure) -> bool:
    """Is the figure a multiple or a pronoun, not a value: "five" in "five times", "ten" in
    "tenfold", "one" in "the old one"?"""
    if f.num.words and f.value == 1:
        return True
    return bool(_MULTIPLE_AFTER.match(s.text, f.end))


def _said_text(m: re.Match[str]) -> str:
    return re.sub(r"\s+", " ", m.group(0)).strip()


def _said_ratio(m: re.Match[str], t: float) -> tuple[float, float, str] | None:
    """The range of the second value over the first that a change said in words allows
    (``t`` the plain width of a fraction or a multiple), and how it reads."""
    q = m.group("q") or m.group("q2") or m.group("q3") or m.group("q4") or m.group("q5") or ""
    q = re.sub(r"\s+", " ", q.lower()).strip()
    if m.group("f") or m.group("f2"):
        f = (m.group("f") or m.group("f2")).lower().rstrip("s")
        f = "half" if f.startswith("hal") else f
        c = (m.group("c") or m.group("c2") or "a").lower()
        den = 2 if f == "half" else _ORD_FRAC[f]
        frac = _COUNT.get(c, _FOLD.get(c, 1)) / den
        if frac >= 1:
            return None
        if m.group("w"):
            down = bool(_DOWN_RE.match(re.sub(r"\s+", " ", m.group("w")).strip())) or m.group("w").lower() in (
                "cut",
                "reduced",
                "lowered",
                "slashed",
                "shed",
                "lost",
            )
        else:
            down = m.group("d").lower() in _MORE_DOWN
        lo, hi = nearest_side(frac, q, *_hedge_range(frac, q, t))
        what = f"{'a fall' if down else 'a rise'} of {_range_text(lo * 100, hi * 100)}%"
        return (1 - hi, 1 - lo, what) if down else (1 + lo, 1 + hi, what)
    if m.group("m"):
        want = next(v for k, v in _MULTIPLE.items() if m.group("m").lower().startswith(k))
    else:
        n = (m.group("n") or m.group("n5") or "two").lower()  # "twice"
        want = float(_FOLD.get(n) or n)
    if want <= 0 or want == 1:
        return None
    lo, hi = _hedge_range(want, q, t)
    return lo, hi, f"{_range_text(lo, hi)} times"


def _range_text(lo: float, hi: float) -> str:
    if hi == float("inf"):
        return f"at least {fmt(lo)}"
    if lo <= 0:
        return f"at most {fmt(hi)}"
    return f"{fmt(lo)}\u2013{fmt(hi)}"


def _hedge_range(x: float, q: str, t: float) -> tuple[float, float]:
    """The range a fraction or a multiple ``x`` said with the hedge ``q`` allows: "almost
    half" is 0.40–0.51 (below, never much above), "about half" 0.40–0.60, "more than a
    third" a third or more; plain, the width ``t`` either side."""
    if q in ("almost", "nearly", "just under", "close to"):
        return x * (1 - 2 * t), x * (1 + t / 5)
    if q in ("about", "roughly", "around", "some", "approximately"):
        return x * (1 - 2 * t), x * (1 + 2 * t)
    if q == "just over":
        return x * (1 - t / 5), x * (1 + 2 * t)
    if q in ("more than", "over", "well over", "at least"):
        return x * (1 - t / 5), float("inf")
    if q in ("less than", "under", "fewer than", "at most"):
        return 0.0, x * (1 + t / 5)
    return x * (1 - t), x * (1 + t)
