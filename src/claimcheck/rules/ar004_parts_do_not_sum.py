from __future__ import annotations

import dataclasses
import math
from claimcheck import lazyre as re
from typing import Iterable, Iterator, Literal

from pydantic import ConfigDict, Field

from claimcheck.document import BlockKind
from claimcheck.findings.model import Finding, Severity
from claimcheck.rules._arithmetic import (
    Figure,
    Sentence,
    block_sentences,
    difference_after,
    group_before,
    hedge_slack,
    last_digit_unit,
    opens_back,
    row_sentence,
    scaled,
    sentences,
)
from claimcheck.rules.base import CheckContext, Rule, RuleOptions

# "2.7 GW splits into …", "€40m is divided between …", "is made up of …"
# (any tense or voice of the verb: "has been shared among", "will be split between", "comprise";
# a part may follow its label and "of": "made up of staff costs of £2.6 million, …")
_BE = r"(?:is|are|was|were|(?:has|have|had)[ \t]+been|will[ \t]+be|(?:is|are|was|were)[ \t]+being)"
_SPLIT = re.compile(
    r"^[^;]{0,100}?(?:\b|(?=,))(?:splits?|" + _BE + r"[ \t]+split|" + _BE + r"[ \t]+divided|divides|"
    r"breaks?[ \t]+down|broke[ \t]+down|" + _BE + r"[ \t]+broken[ \t]+down|" + _BE + r"[ \t]+made[ \t]+up|"
    r"consists?|consisted|consisting|comprise|comprises|comprised|comprising|" + _BE + r"[ \t]+shared|"
    r",[ \t]*(?:made[ \t]+up|split|divided|broken[ \t]+down)(?=[ \t]+(?:of|as|into|between|among)\b))"
    r"(?:[ \t]+(?:into|of|as|between|among))?\b(?:[^\d;]{0,12}|[^\d;()]{0,40}\(|[^\d;():,]{0,40}[ \t]of[ \t]+|"
    # (or the parts' name, then a colon: "were split between the three firms: seven for …")
    r"(?P<colon>[^\d;():,]{0,40}:[ \t]*))$",
    re.I,
)
#: how a cost was met, after a comma: "cost €4.6 million, met from a …, a … and a …", "…,
#: funded by …", "…, paid for by …" (not "funded partly by", "met mainly from")
_MET_FROM = re.compile(
    r"^[^;]{0,60}?,[ \t]*(?:met|funded|financed|paid[ \t]+for)[ \t]+(?:from|by|through|out[ \t]+of)\b[^\d;]{0,12}$",
    re.I,
)
# "£6.2 million went on …", "was spent on", "was allocated to": where an amount went, a list
# that may leave some of it out, but whose parts cannot make more than it
_SPENT = re.compile(
    r"^[^;]{0,40}?\b(?P<verb>went|goes|go|(?:is|are|was|were)[ \t]+(?:spent|allocated|used|paid[ \t]+out))"
    r"[ \t]+(?P<prep>on|to|for|between|among)\b(?:[^\d;]{0,12}|[^\d;()]{0,40}\()$",
    re.I,
)
#: a lead-in that names the whole the sentence before gave: "Four groups made up the total:",
#: "It splits as follows:", "That sum was divided between:"
_NAMES_WHOLE = re.compile(
    r"\b(?:(?:the|that|this)[ \t]+(?:total|sum|amount|whole)\b|^\W*(?:it|this|that)[ \t]+(?:splits?|was[ \t]+split|"
    r"was[ \t]+divided|breaks[ \t]+down|broke[ \t]+down|is[ \t]+made[ \t]+up|was[ \t]+made[ \t]+up)\b|"
    # (or the thing the sentence before counted, named again: "The maturing bonds break down
    # as follows:", "These payments were split between:")
    r"^\W*(?:the|these|those|this|that)[ \t]+(?:[\w'’-]+[ \t]+){0,3}?(?:splits?|(?:is|are|was|were)[ \t]+(?:split|divided|made[ \t]+up)|"
    r"breaks?[ \t]+down|broke[ \t]+down|(?:is|are|was|were)[ \t]+broken[ \t]+down|comprises?|comprised|consists?|consisted|falls?[ \t]+into|fell[ \t]+into)\b)",
    re.I,
)
#: a sentence that opens splitting the group the one before counted, named by a pronoun or
#: its noun, into a number of parts: "They fall into three groups:", "These split into two
#: kinds:", "The stations were divided between four operators:"
_SPLITS_BACK = re.compile(
    r"^\W*(?:they[ \t]+|these[ \t]+|those[ \t]+|(?:the|that|this)[ \t]+(?:[\w'’-]+[ \t]+){1,3}?)(?:(?:(?:all[ \t]+)?(?:fall|fell|split|divide|break[ \t]+down)|"
    r"(?:are|were)[ \t]+(?:split|divided|broken[ \t]+down))[ \t]+(?:into|between|among)[ \t]+|"
    # "That harvest went three ways:", "The grant was split four ways:" (the count, then "ways")
    r"(?P<ways>went|goes|go|split|splits|(?:is|are|was|were)[ \t]+(?:split|divided)|divided)[ \t]+)$",
    re.I,
)
#: the word after a count of parts said as ways: "went three ways:"
_WAYS = re.compile(r"^[ \t]+ways\b", re.I)
#: a bullet that is a part of the bullet before, not of the total ("of which new autism
#: bases: £6.2 million", "including 40 in Leeds")
_SUB_ITEM = re.compile(
    r"^\W*(?:of[ \t]+(?:which|whom|these|this|them)|including|incl\.|within[ \t]+(?:which|this|that)|among[ \t]+them)\b",
    re.I,
)
#: a verb that splits a whole named by a noun, its figure in the sentence before: "splits the
#: money between", "divided the grant among", "It was shared between"
_SPLIT_NAMED = re.compile(
    r"\b(?:splits?|divides?|divided|shares?|shared|allocates?|allocated|breaks?[ \t]+down|broke[ \t]+down)[ \t]+"
    r"(?:the|that|this|its|their)[ \t]+(?:[\w'’-]+[ \t]+){0,2}?(?:money|sum|total|amount|grant|funding|budget|fund|"
    r"allocation|pot|award|spending|income|revenue|cost|costs)[ \t]+(?:between|among|across|into|as[ \t]+follows)\b|"
    r"\b(?:it|this|that|the[ \t]+(?:money|sum|total|amount|grant|funding|budget))[ \t]+(?:is|was|has[ \t]+been)[ \t]+"
    r"(?:split|divided|shared|broken[ \t]+down)[ \t]+(?:between|among|across|into|as[ \t]+follows)\b",
    re.I,
)
#: a note that the figures are rounded: "may not sum because of rounding", "do not add up
#: due to rounding", "rounding means …"
_ROUNDING_NOTE = re.compile(
    r"\b(?:(?:may|might|do|does|will|did|would|need)(?:[ \t]+not|n['’]t)[ \t]+(?:sum|add|total)|"
    r"(?:due[ \t]+to|because[ \t]+of|owing[ \t]+to|reflect(?:s|ing)?)[ \t]+(?:independent[ \t]+)?rounding|"
    r"rounding[ \t]+(?:means|errors?|differences?)|(?:are|were|have[ \t]+been)[ \t]+rounded)\b",
    re.I,
)
#: a column heading that names shares: "Share (%)", "Per cent", "% of total"
_SHARE_HEADING = re.compile(r"%|\bper[ \t]?cent\b|\bpercent|\bshare\b", re.I)
#: the words that call a figure a total: "in total", "in all", "altogether", "all told"
_CALLED_TOTAL = r"in[ \t]+total|in[ \t]+all|altogether|all[ \t]+told"
# "…, 2.6 million in all" / "in total" / "altogether"
_TOTAL_AFTER = re.compile(r"[ \t]+(?:[A-Za-z]+[ \t]+)?(?:" + _CALLED_TOTAL + r"|combined)\b", re.I)
_TOTAL_BEFORE = re.compile(
    r"(?:,|—|–|:)[ \t]*(?:for[ \t]+|making[ \t]+|to[ \t]+make[ \t]+|out[ \t]+of[ \t]+)?(?:a[ \t]+total[ \t]+of[ \t]+|totall?ing[ \t]+)?$",
    re.I,
)
# a table's total row: "Total | 180", "All regions | 180"
_TOTAL_ROW = re.compile(r"^\W*(?:total|all\b|overall|sum|combined|grand[ \t]+total)", re.I)
#: a value given for a year, right after it ("120 in 2021", "380 tonnes in 2022–23")
_BY_YEAR = re.compile(r"(?:[ \t]+[a-z]+)?[ \t]+(?:in|for|during)[ \t]+(?:19|20)\d\d\b", re.I)
_YEAR_IN_GAP = re.compile(r"\b(?:19|20)\d\d(?:[/–-](?:\d\d){1,2})?\b")
_SEP = re.compile(r"^[^\d;:()]{0,50}$")
#: a part's words between two parts of a list ("£29 million to further education and
#: vocational training, and £16 million …")
_SEP_PART = re.compile(r"^[^\d;:()]{0,80}$")
#: a part's words in a list whose number of parts was declared ("split three ways: …")
_SEP_LONG = re.compile(r"^[^\d;:()]{0,100}$")
#: the same, closed by the semicolon that sets the parts of such a list apart (and perhaps
#: the "and" before the last): "exported raw, mostly to Vietnam; "
_SEP_SEMICOLON = re.compile(r"^[^\d;:()]{0,100};[ \t]*(?:and[ \t]+)?$")
#: a colon inside a name, a capitalised word on either side ("its Legacy Giving: The Next Decade appeal")
_NAME_COLON = re.compile(r"\b(?P<word>[A-Z][\w'’-]*):(?=[ \t]+[A-Z])")
# parts given in brackets after their names: "the city (160,000), the suburbs (70,000) and …"
# (the last one may follow its label and "of" instead: "…, the longline fleet (6,100 tonnes)
# and a science reserve of 1,900 tonnes")
_SEP_BRACKETS = re.compile(r"^\)[^\d;:()]{0,50}(?:\(|[ \t]of[ \t]+)$")
# a figure restated in brackets right after the total ("1,920 million soles (about US$513 million)",
# "€95 million (£80 million)": a figure's span holds its currency sign, "US$" its letters too)
_RESTATED_OPEN = re.compile(
    r"^[^\d()]{0,20}\([ \t]*(?:(?:about|around|roughly|some|approximately|nearly|almost|or|i\.e\.|~)[ \t]+)?"
    r"(?:[A-Z]{1,3})?$",
    re.I,
)
# "A total of 270,000 contracts were signed: 160,000 in …": a total whose breakdown follows a colon
_TOTAL_COLON = re.compile(r"^[^\d;:()\u2014\u2013]{0,60}(?::|[ \t][\u2014\u2013])[ \t]*$")
#: a total, a colon, then the first part's name and its figure in brackets ("£310,000 a year:
#: rent (£140,000), …")
_TOTAL_COLON_NAMED = re.compile(r"^[^\d;:()\u2014\u2013]{0,60}:[ \t]*[^\d;:()]{1,50}\($")
#: a total, a colon, then the first part's subject and verb ("58 aircraft: Spain operates 18, …")
_TOTAL_COLON_SUBJECT = re.compile(r"^[^\d;:()\u2014\u2013]{0,60}:[ \t]*(?:[A-Za-z][\w'’-]*[ \t]+){1,3}$")
# (or a verb that gives a total: "The fleet numbers 58 aircraft: …", "Spending totalled £4m: …")
_TOTAL_WORD = re.compile(
    r"\b(?:a[ \t]+total[ \t]+of|" + _CALLED_TOTAL + r"|numbers|numbered|totals|totalled|totaled|"
    r"amounts?[ \t]+to|amounted[ \t]+to|comes?[ \t]+to|came[ \t]+to)[ \t]+(?:(?:some|about|around|roughly)[ \t]+)?(?:[$€£¥]|US\$)?$",
    re.I,
)
# "1,350 polling stations in all: 810 in …": the total called one after it, right before the colon
_TOTAL_WORD_AFTER = re.compile(r"\b(?:" + _CALLED_TOTAL + r"|overall)[ \t]*[:,—–][ \t]*$", re.I)
# "In total, the mission visited 1,350 polling stations: …": the sentence opens calling it one
_TOTAL_WORD_OPENING = re.compile(r"^\W*(?:" + _CALLED_TOTAL + r"|overall)\b", re.I)
# "1,350 polling stations in all, 810 in …": the total called one, then a comma or a dash
_TOTAL_CALLED_COMMA = re.compile(r"^[^\d;:()]{0,60}\b(?:" + _CALLED_TOTAL + r")[ \t]*[,—–][ \t]*$", re.I)
# "…, for a total of 270,000." / "…, totalling 270,000": the total after its parts
_TOTAL_BEFORE_STRONG = re.compile(
    r"(?:,|—|–)[ \t]*(?:for[ \t]+|making[ \t]+|(?:out[ \t]+)?of[ \t]+)?(?:a[ \t]+(?:combined[ \t]+|grand[ \t]+)?total[ \t]+of[ \t]+|totall?ing[ \t]+)$",
    re.I,
)
# "…, of which 610 …", "…; of these, 610 …": the parts of the figure before follow
_OF_WHICH = re.compile(
    r"^[^\d;:()]{0,50}(?:,|;|—|–)[ \t]*of[ \t]+(?:which|whom|these|them|those)[ \t]*,?[ \t]*(?:[a-z]+[ \t]+){0,3}$",
    re.I,
)
_REST = re.compile(
    r"^[^\d;,]{0,30}?(?:,[ \t]*(?:and|with|plus)?|[ \t](?:and|with|plus))[ \t]+(?:the[ \t]+)?"
    r"(?:rest|remainder|others|balance|more|among[ \t]+others)\b",
    re.I,
)
# a share list about people may overlap (several answers allowed)
_PEOPLE = re.compile(
    r"\b(?:those|respondents?|people|adults|voters|surveyed|asked|polled|households|firms|companies|"
    r"users|customers|members|patients|students|workers|employees|readers|participants)\b",
    re.I,
)
# "Of the 270,000 contracts signed …, 160,000 were …": a whole the sentence opens with
_LEAD_TOTAL = re.compile(
    r"^[ \t]*of[ \t]+(?:the|its|their|this|that|these|those|all)[ \t]+(?:[\w'’-]+[ \t]+){0,2}$", re.I
)
# (the whole's year is no figure: "Of the 84,200 decisions in 2024, …"; the first part may
# follow its subject and verb: "…, Nigeria received $20.9 billion, …")
_LEAD_TOTAL_NP = re.compile(
    r"^[^\d;:()]{3,90},[ \t]*(?:[A-Z][\w'’-]*[ \t]+(?:[a-z]+ed|took|got|had|won|spent)[ \t]+)?$"
)
#: an aside in brackets with no figure, in the words between a whole and its first part
#: ("Of the 58 medicines the European Medicines Agency (EMA) recommended, 24 …")
_ASIDE_IN_GAP = re.compile(r"[ \t]*\([^()\d]{1,60}\)")
# a list that names the remainder as a part is complete: "… and 30,000 in the rest of …"
_EXHAUSTIVE = re.compile(r"\b(?:rest|remainder|remaining|elsewhere|other|others|outside)\b", re.I)
#: a part that says where the rest of a group still stands ("9 are still on the course",
#: "1,520 have yet to start", "40 are pending"): the list of states is complete
_RESIDUAL = re.compile(
    r"\b(?:still|yet[ \t]+to|not[ \t]+yet|pending|outstanding|undecided|unresolved|under[ \t]+way|in[ \t]+progress)\b",
    re.I,
)
# (a list whose parts overlap is no breakdown either: "…, with some counted twice")
_PARTIAL = re.compile(
    r"\b(?:including|include|includes|such[ \t]+as|among[ \t]+them|among[ \t]+others|at[ \t]+least|"
    r"among[ \t]+other|counted[ \t]+twice|(?:counted[ \t]+)?more[ \t]+than[ \t]+once|double[ \t-]counted|overlap\w*)\b",
    re.I,
)
#: a selection word that makes a list partial only when a figure follows it at once
#: ("including 31,900 paid in full", "includes 120 electric buses"): after it, words alone
#: describe one part ("£6.04 on running costs such as training and rotas", "9 used other
#: processes such as matte conversion")
_SELECTING = re.compile(r"\b(?:including|include|includes|such[ \t]+as)\b", re.I)
#: the words between a selection word and the figure it selects ("including some 310",
#: "such as the 40 …"): a few, no comma and no "and" (which starts the next part)
_SELECTED = re.compile(r"^[ \t]*(?:(?!(?:and|or)\b)[^\s,;:]+[ \t]+){0,3}$", re.I)


def _selection(s: Sentence) -> bool:
    """Does the sentence say its list is a selection or overlaps ("including 310 …",
    "among them", "at least", "counted twice")? "including" or "such as" before words
    only ("…, £6.04 on running costs such as training, …") describes a part, not the list."""
    for m in _PARTIAL.finditer(s.text, s.start, s.end):
        if not _SELECTING.fullmatch(m.group(0)):
            return True
        after = next((f for f in s.figures if f.start >= m.end()), None)
        if after is not None and _SELECTED.match(s.between(m.end(), after.start)):
            return True
    return False


# "$86 million came from three sources: $41 million …": the number of the parts declared
# before the colon that opens them (between the total and the count no other figure)
_TO_COUNT = re.compile(r"^[^;:()]{1,60}$")
# (the first part may follow its own subject and verb: "… to two councils: Leeds receives £15
# million and York £18 million")
_COUNT_COLON = re.compile(r"^[ \t]+(?:[A-Za-z][\w-]*[ \t]+)?[A-Za-z][\w-]*[ \t]*(?:[—–][ \t]*|:[ \t]*[^\d;:()]{0,50})$")
_LEAD_OF = re.compile(r"^[ \t]*of[ \t]+(?:the|its|their|this|that|all)[ \t]+(?P<np>[^\d,;]{3,60}),[ \t]*$", re.I)
#: words that say the shares after the colon make up one whole ("which together make up its
#: supply:", "between them account for all of it:", "split three ways:")
_SHARES_MAKE_UP = re.compile(
    r"\b(?:together|between[ \t]+them|in[ \t]+all)\b[^.;:\d]{0,30}\b(?:make[ \t]+up|made[ \t]+up|makes[ \t]+up|"
    r"account(?:s|ed)?[ \t]+for|form(?:s|ed)?|supply|supplies|supplied|provide(?:s|d)?)\b[^.;:\d]{0,40}:[^\d;:()]{1,50}\($",
    re.I,
)
#: a count of some members of a whole right before it: "the three busiest of its 14 stations",
#: "five of the 40 clubs", "the top 10 among the 230 firms", "the four largest out of 23": a
#: lead-in whose figure is the whole a few were picked from (the list is a selection)
_SUBSET_OF = re.compile(
    r"\b(?:(?:the|its|their)[ \t]+)?(?:top[ \t]+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"twenty|a[ \t]+(?:few|handful|dozen))[ \t]+(?:(?:most[ \t]+)?[a-z]+(?:est|iest)[ \t]+|top[ \t]+|leading[ \t]+|"
    r"main[ \t]+|biggest[ \t]+|largest[ \t]+|busiest[ \t]+)?(?:[a-z]+[ \t]+)?(?:of|out[ \t]+of|among|from)[ \t]+"
    r"(?:(?:the|its|their|his|her|our|all)[ \t]+)?(?:[\w'’-]+[ \t]+)?$",
    re.I,
)


class Options(RuleOptions):
    model_config = ConfigDict(extra="forbid")

    hedge_tolerance: float = Field(
        default=0.1,
        ge=0,
        lt=1,
        description="The most 'about', 'nearly' and the like widen a percentage, relative to it "
        "(a count or amount is widened to the rounding its digits imply).",
    )
    forms: list[Literal["total", "percent"]] = Field(
        default=["total", "percent"],
        description="Parts given with their total; percentages of one whole (must not exceed 100%).",
    )


class PartsDoNotSum(Rule[Options]):
    """Parts given as making up a total do not add up to it.

    Read when a sentence gives a total and its complete list of parts: "2.7 GW splits into
    1.1 GW …, 0.9 GW … and 0.4 GW …"; "1.1 million at Koper, 0.9 million at Trieste and 0.4
    million at Rijeka, 2.6 million in all". The list must end with "and" (a complete list),
    not with "the rest" or "others". A whole the sentence opens with ("Of the 270,000
    contracts signed, 160,000 were in the city, 70,000 in its suburbs and 30,000 in the
    rest of the region") is checked when the list names the remainder as a part ("the
    rest of", "elsewhere", "the remaining"), and never with "including" or "such as"; so
    is a total followed by a colon and its parts (a restatement of the total in brackets
    right after it is passed over: "1,920 million soles (about US$513 million) from …: 1,240
    million …") when it is called a total ("A total of
    84,000 permits were issued: …"; "1,350 polling stations in all: …"; "In total, … 640
    farms: …"; "96 bridges in all, 52 …") or the list names the remainder, or a count
    before the colon says how many parts there are and the list has that many ("The
    fund's first $86 million came from three sources: $41 million …, $27 million … and
    $12 million …"; "Two operators share the 640 masts: 410 … and 260 …"). A total after its
    parts may also be written "…, for a total of 100,000" or "totalling 100,000", and
    parts may stand in brackets after their names ("split between Lyon (52), Lille (25)
    and the other sites (12)"). Rounding is allowed for every figure as written (the
    parts' rounding errors add up as independent errors). Percentages of one whole named
    at the head of the sentence ("Of the region's water, 48% goes to …, 31% to … and 26%
    to …") must not add up to more than 100% beyond rounding; lists about people are left
    out, where several answers may be counted.

    The common ways of writing a breakdown are read: a whole with its year ("Of the 84,200
    decisions in 2024, …"), a first part after its subject and verb ("…, Poland received
    €8.1 billion, Italy …"), "Of those," or "Of that," (or "Of that total,", "Of this
    number,", "Of the total,") taking as the whole the one figure of the sentence before
    ("1,420 vets left in 2023. Of those, 610 retired, …"), "made up of"
    or "split into" after a comma, "out of a total of" (or "out of 760 in total") after the
    parts; parts after ", of which" or "; of these," when the list names the remainder or
    nearly makes the whole one dimension at a time. A hedged total or
    part ("roughly 4.1 billion") is read to the rounding its digits imply, not more.

    Without a word that says the list is complete, three parts or more that come within a
    tenth of the total without making it were meant to make it: after a whole the sentence
    opens with ("Of those 180 closures, 72 were in the North, 54 in the Midlands and 46 in
    the South"; also two parts within a twentieth: "Of the 18,450 nurses, 11,200 went to
    hospitals and 6,400 to community care"), when the later parts leave out the first one's verb
    (or its auxiliary: "2,480 were allowed, 4,010 dismissed"; one dimension split,
    not "620 found faults, 480 found minor faults and 310 led to fines"); after a colon or a
    dash ("The 310 court closures since 2010: 140 …, 96 … and 62 …"); and in a bullet list
    under a lead-in that gives the total, one part per bullet (also when the lead-in splits
    the total, "fall into three groups", or counts the bullets). A remainder named after the
    list's clause ("…; the others are mobile") is not a part, and a version after a name
    ("Rust 1.96 contains fixes for two vulnerabilities:") is no total. A lead-in without a
    figure that names the whole the sentence before gave ("Four crops made up the total:",
    "It splits as follows:") takes that sentence's one figure in the first bullet's unit or
    currency as the total.

    Where an amount went ("£6.2 million went on books (£3.1 million), …", "was spent on",
    "was allocated to") the list may be a selection, so it is reported only when its parts
    make more than the amount (not when each part repeats the verb: "410 went to farms,
    300 went to …"). The split word may follow the total's comma at once ("A$12.4 million,
    divided between …"); a bracket right after a total is its restatement only in another
    currency or unit ("£480,000 went on the roof (£260,000), …" is a part).

    A table whose last row is its total ("Total", "All areas") is read column by column,
    whatever the number of columns: a column whose rows come within a tenth of its total
    without making it is reported (a column of averages or rates is far from its last row
    and is passed over). Its rows may be "Label | 12 | 40", one cell a block (HTML), or
    lines of text ending in their figures, as a PDF's table is read ("Arable land 96 11");
    a last row "All other …" is a part, far from the sum of the others.

    When the number of parts is declared ("split three ways:", "from four sources:") the
    words of each part may be long and may hold a name's colon ("€1.1 million from its Legacy
    Giving: The Next Decade appeal, …"): the count keeps the list whole; its parts may be
    set apart by semicolons, each part's words holding commas of their own ("split three
    ways: 1.05 million tonnes exported raw, mostly to Vietnam; 0.38 million tonnes processed
    locally; and 0.12 million tonnes …"), and the whole may be the sentence before's, named
    again ("That harvest went three ways: …"). An "and" right after a part's bracket opens
    the last part, whose name may hold an aside ("(€20 million) and Tisséo, the public
    transport authority (€31 million)"). A table
    without a total row may be added up by the sentence right after it ("Together the four
    regions receive £96.0 million", "In total, …", "Between them, …"): its one
    figure is the total of the one column whose rows come within a tenth of it, in the
    scale the column's heading gives ("Grant (£m)"; plain numbers take the total's
    currency only from their heading); a count in that sentence must be the number of rows.

    Parts that each repeat one verb or auxiliary with words of their own after it split one
    dimension as gapped ones do ("Of the 64 ferries, 41 were in service, 15 were in dry
    dock and 10 were laid up"; "1,150 concerned billing, 640 concerned outages and 390
    concerned moving house"), not parts whose words overlap ("900 found errors, 600 found
    serious errors") nor a list about people that makes more than its whole (households
    may use two fuels). The whole may open the clause after a colon or a semicolon ("Most
    boats fish close to shore: of the 230 vessels licensed, 120 …").

    Words inside a part's or the whole's label do not break the list: a count after a
    determiner between two parts of one currency or unit ("€150 million for the 14 ferries,
    €38 million for …"), "one" as a pronoun ("95 had one which did not work"), digits
    glued to a word ("MtCO2e", "Q3"), a small number in
    words after a determiner or counting a span of time ("Of the 2,650 who enrolled over
    the past three years, …"; "317 schools six months after the ban: …"; "£1.5 million
    from merging the two teams"), a label of up to 80 characters, "such as" or "including"
    before words that say what one part holds ("£6.04 on running costs such as training";
    before a figure they still make the list a selection), a part that negates another's
    words ("187 had asbestos …, 61 had no asbestos"), and a last part with a clause of its
    own after parts that leave the verb out ("…, £0.62 on maintenance, and £0.48 is profit").

    A whole may take a long phrase before the verb that splits it ("The 2,340 patients on
    the list at the end of February comprised …"; "consisted of", "broke down"). A split
    of a whole named by a noun, with no figure of its own ("The trust received £6.2
    million. Its strategy splits the money between staffing (£4.1 million), …"; "It was
    shared between …"), takes the one figure of the sentence before in the parts' currency
    or unit; so does a bullet list under a lead-in that names again what that sentence
    counted ("These loans break down as follows:"). A bullet's words may hold a rate or a
    count ("VAT at 5%: £83", "€5.1 billion of the ten-year bond"): its part is its one
    figure of the total's currency or unit; a bullet that is a part of the one before
    ("of which new bases: £6.2 million", "including 400 bungalows") is passed over.
    When a note says the figures may not sum because of rounding (in the paragraph, or
    in the block before or after a table or list), or a column is headed as shares
    ("Share (%)"), every figure is read as rounded to its last non-zero digit and the
    errors may all fall one way: "34 + 42 + 25" makes 100.

    A verb may call a figure a total ("The fleet numbers 58 aircraft:", "Grants totalled
    £412,000:", "amounted to"), and its first part may then follow its own subject and verb
    after the colon ("Spain operates 18, Italy 15, …"). Parts before "out of a total of" may
    have long words. A round total of one or two digits beside parts written ten times
    finer ("a £1 billion package, made up of £650 million … and £300 million …") is the
    amount meant, read to 2.5% of it, not to its last digit; a hedged one keeps its
    rounding.

    A list of the states of a group, one of them where the rest still stands ("9 are still
    on the course", "190 have yet to start", "40 are pending"), is complete when it comes
    within a tenth of the whole the sentence opens with.

    A bullet list's total is the lead-in's figure in the bullets' unit or currency, not a
    span of time beside it ("£64 million over the seven years to 2032, split as
    follows:"); a number glued to a word by a hyphen ("COVID-19", "the over-65s") is a
    name, no total. "Of these," takes as its whole the one figure of the sentence before
    in the parts' unit, when no other figure there is listed with it ("In all, 9,600
    homes still lack a 100 Mbit/s line. Of these, 5,100 …").

    A verb of composition is read in any tense or voice ("has been shared among", "will be
    split between", "comprise"), and a part may follow its label and "of" ("made up of wages
    of £2.6 million, …"; "…, the longline fleet (6,100 tonnes) and a reserve of 1,900
    tonnes"). A total and a colon may be followed by parts in brackets after their names
    ("£82,000 a year: rent (£40,000), coaching (£25,000) and travel (£12,000)"), read as a
    colon's list. A whole may open its clause after a short phrase of time or place ("In
    2023, of the 640 crossings logged, …"). A lead-in whose figure is the whole a few were
    picked from ("the three busiest of its 14 stations:", "five of the 40 clubs", "the top
    four among its 30 mills") gives no total: its list is a selection. Percentages the
    sentence says make up one whole, listed after a colon each in brackets after its name
    ("…, which together make up its supply: hydro (41 per cent), wind (37 per cent) and gas
    (26 per cent)"), must make 100% within rounding, neither more nor less.

    ## Why is this bad?
    A reader adds the parts; when they do not make the total, one figure is wrong or a part
    is missing, and the whole paragraph loses its authority.

    ## Example
    ```markdown
    Danish capacity of 2.7 GW splits into 1.1 GW in the North Sea, 0.9 GW in the Baltic and 0.4 GW on land.
    ```

    Use instead:
    ```markdown
    Danish capacity of 2.4 GW splits into 1.1 GW in the North Sea, 0.9 GW in the Baltic and 0.4 GW on land.
    ```
    """

    code = "AR004"
    name = "parts-do-not-sum"
    severity = Severity.warning
    needs = ("money", "quantity", "count", "date")
    Options = Options

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        for s in map(_without_label_numbers, sentences(ctx)):
            done = False
            if "total" in self.options.forms:
                for f in self._totals(s):
                    done = True
                    yield f
                if not done:
                    for f in self._lead_total(s):
                        done = True
                        yield f
                if not done:
                    for f in self._split_named_back(s):
                        done = True
                        yield f
                if not done:
                    for f in self._declared_back(s):
                        done = True
                        yield f
            if not done and "percent" in self.options.forms:
                yield from self._percent_whole(s)
        if "total" in self.options.forms:
            yield from self._bullets(ctx)
            yield from self._tables(ctx)

    # -- a total and its parts -------------------------------------------------------------
    def _totals(self, s: Sentence) -> Iterable[Finding]:
        figs = s.figures
        for i, total in enumerate(figs):
            if total.percent or total.fraction or total.points:
                continue
            nxt = figs[i + 1] if i + 1 < len(figs) else None
            gap = s.between(total.end, nxt.start) if nxt is not None else ""
            k = i + 1  # where the parts may start
            if nxt is not None and i + 2 < len(figs) and _RESTATED_OPEN.match(gap) and nxt.kind != total.kind:
                # "1,920 million soles (about US$513 million) from …: 1,240 million …": the
                # total restated in brackets (in another currency or unit) is passed over
                close = s.text.find(")", nxt.end, figs[i + 2].start)
                if close != -1 and not s.between(nxt.end, close).strip(" \t.,0-9"):
                    k = i + 2
                    nxt = figs[k]
                    gap = s.between(close + 1, nxt.start)
            split = _SPLIT.match(gap) if nxt is not None else None
            if split is not None:
                parts = self._list_from(s, k, total)
                if parts and split.group("colon") is not None and parts[0].kind != total.kind:
                    if not _unit_implied(s, total, parts):
                        parts = None  # "£12 million split between two sites: 300 staff …" counts something else
                if parts:
                    f = self._judge(s, total, parts)
                    if f:
                        yield f
                    return
            if nxt is not None and _MET_FROM.match(gap) and not _selection(s):
                # (the sources of an amount, each in its currency and scale: a rate, "tolls of
                # $2 a car", is no part of it)
                parts = self._list_from(s, k, total)
                if parts and all(p.kind == total.kind and p.num.scale == total.num.scale for p in parts):
                    f = self._judge(s, total, parts)
                    if f:
                        yield f
                    return
            spent = _SPENT.match(gap) if nxt is not None else None
            if (
                spent
                and nxt is not None
                and not re.search(r"\b" + spent.group("verb").split()[-1] + r"\b", s.between(nxt.end, s.end), re.I)
                and not _gapped_first(s, gap, nxt, spent.group("prep"))
            ):
                # "£6.2 million went on books (£3.1 million), …": the parts may be a selection,
                # so only parts that make more than the amount are reported (not when each part
                # repeats the verb: "410 went to farms, 300 went to …" is a list of parts)
                parts = self._list_from(s, k, total)
                if parts and not _selection(s):
                    f = self._judge(s, total, parts, over_only=True)
                    if f:
                        yield f
                    return
            if nxt is not None and _OF_WHICH.match(_YEAR_IN_GAP.sub("the year", gap)):
                # "1,240 complaints in 2023, of which 610 …, 380 … and 150 …": a list that
                # names the remainder, or nearly makes the whole one dimension at a time
                parts = self._list_from(s, k, total)
                if parts and self._whole_breakdown(s, total, parts):
                    f = self._judge(s, total, parts)
                    if f:
                        yield f
                    return
            declared = None
            if nxt is not None and i + 2 < len(figs) and _TO_COUNT.match(gap):
                declared = self._declared_parts(
                    s, figs[i + 1], i + 2, total
                )  # "$86 million came from three sources: …"
            if declared is None and i >= 1 and nxt is not None and _TOTAL_COLON.match(gap):
                if _TO_COUNT.match(s.between(figs[i - 1].end, total.start)):
                    declared = self._declared_parts(
                        s, figs[i - 1], i + 1, total
                    )  # "Three sources gave the $86 million: …"
            if declared:
                f = self._judge(s, total, declared)
                if f:
                    yield f
                return
            if nxt is not None and _TOTAL_COLON.match(_YEAR_IN_GAP.sub("the year", gap)):
                gap = _YEAR_IN_GAP.sub("the year", gap)  # "The 310 closures since 2010: …"
            # (the first part may follow its own subject and verb after the colon: "The fleet
            # numbers 58 aircraft: Spain operates 18, Italy 15, …", when the figure is called a total)
            subject = nxt is not None and _TOTAL_COLON_SUBJECT.match(gap) is not None
            # (the parts may stand in brackets after their names: "£82,000 a year: rent (£40,000), …")
            colon = nxt is not None and bool(_TOTAL_COLON.match(gap) or _TOTAL_COLON_NAMED.match(gap))
            if nxt is not None and (colon or _TOTAL_CALLED_COMMA.match(gap) or subject):
                head = s.between(s.start, total.start)
                parts = self._list_from(s, k, total)
                called = _TOTAL_WORD.search(head) or _TOTAL_WORD_AFTER.search(gap) or _TOTAL_WORD_OPENING.match(head)
                if parts and (
                    called
                    or not subject
                    and (
                        _EXHAUSTIVE.search(s.between(parts[0].start, _list_end(s, parts)))
                        or (
                            colon
                            and self._near_miss(s, total, parts)
                            # (values by year after a colon may be levels, not parts: "Reserves
                            # stood at 400 tonnes: 120 in 2021, 150 in 2022 and …")
                            and not all(_BY_YEAR.match(s.text, p.end) for p in parts)
                        )
                    )
                ):
                    if not _selection(s):
                        f = self._judge(s, total, parts)
                        if f:
                            yield f
                        return
            if i >= 2 and (
                (
                    _TOTAL_AFTER.match(s.text, total.end)
                    and _TOTAL_BEFORE.search(s.between(figs[i - 1].end, total.start))
                )
                or _TOTAL_BEFORE_STRONG.search(s.between(figs[i - 1].end, total.start))
            ):
                parts = self._list_back(s, i - 1, total)
                if parts:
                    f = self._judge(s, total, parts)
                    if f:
                        yield f
                    return

    def _declared_parts(self, s: Sentence, count: Figure, j: int, total: Figure) -> list[Figure] | None:
        """ "The fund's first $86 million came from three sources: $41 million …, $27 million
        … and $12 million …" ("Three sources gave the fund's $86 million: …"): the parts
        after a colon, from figure ``j``, when a count of them, written before the colon
        next to the total, says the list is complete (as many parts as it declares)."""
        figs = s.figures
        if count.kind or count.percent or count.fraction or count.hedge or count.bound:
            return None
        if count.value != int(count.value) or not 2 <= count.value <= 12:
            return None
        before_parts = s.between(max(count.end, total.end), figs[j].start)
        if not (_COUNT_COLON.match(before_parts) or _TOTAL_COLON.match(before_parts)):
            return None
        if _selection(s):
            return None
        # the list is declared complete, so a part's words may be long, and may hold a name's
        # colon ("€1.1 million from its Legacy Giving: The Next Decade appeal, …")
        parts = self._list_from(s, j, total, declared=True)
        if not parts or len(parts) != int(count.value) or any(difference_after(s, p) for p in parts):
            return None
        if parts[0].kind != total.kind and not _unit_implied(s, total, parts):
            return None  # the first part names the total's unit: "4.5 GW … three plants: 2,000 workers" is no split
        return parts

    def _lead_total(self, s: Sentence) -> Iterable[Finding]:
        """ "Of the 270,000 contracts signed …, 160,000 were in A, 70,000 elsewhere in B and
        30,000 in the rest of C": a whole the sentence opens with and a list of its parts
        that names the remainder as one of them (else the list may be a selection)."""
        figs = s.figures
        back = opens_back(s)
        # (the whole is the one figure of the sentence before in the first part's unit, past a
        # threshold or a difference beside it: "18,400 premises still lack 30 Mbit/s. Of
        # these, 11,250 …")
        earlier = group_before(s, figs[0]) if back is not None and figs and figs[0].start >= back else None
        if earlier is not None:
            # "1,420 vets left in 2023. Of those, 610 retired, 390 moved abroad and 320 …"
            total, first = earlier, 0
        else:
            # the whole opens the sentence, or its clause after a colon or a semicolon ("Most
            # of it goes to farms: of the 28 wells drilled, 19 …")
            lead = next((k for k, f in enumerate(figs) if _LEAD_TOTAL.match(_clause_head(s, f))), None)
            if lead is None or len(figs) - lead < 3:
                return
            total, first = figs[lead], lead + 1
            gap = _ASIDE_IN_GAP.sub("", _YEAR_IN_GAP.sub("the year", s.between(total.end, figs[first].start)))
            if not _LEAD_TOTAL_NP.match(gap):
                return
        if total.percent or total.fraction or total.points:
            return
        parts = self._list_from(s, first, total)
        if not parts or len(parts) != len(figs) - first or not self._whole_breakdown(s, total, parts, two=True):
            return
        f = self._judge(s, total, parts)
        if f:
            yield f

    def _split_named_back(self, s: Sentence) -> Iterable[Finding]:
        """ "The trust received £6.2 million. Its strategy splits the money between staffing
        (£4.1 million), tutoring (£1.3 million) and trips (£0.6 million)": a split of a whole
        named by a noun ("the money", "the grant", "it") with no figure of its own, its parts
        a complete list after the verb; the whole is the one figure of the sentence before in
        the parts' currency or unit."""
        m = _SPLIT_NAMED.search(s.text, s.start, s.end)
        if m is None or _selection(s):
            return
        figs = s.figures
        j = next((k for k, f in enumerate(figs) if f.start >= m.end()), None)
        if j is None or any(f.end <= m.start() and not f.percent for f in figs):
            return  # a figure before the verb may be the whole, read by :meth:`_totals`
        first = figs[j]
        held = [
            f
            for f in s.previous
            if first.kind and f.kind == first.kind and not (f.percent or f.fraction or f.points or f.bound)
        ]
        if len(held) != 1 or held[0].value < first.value:
            return
        total = held[0]
        parts = self._list_from(s, j, total)
        if not parts or len(parts) != len(figs) - j:
            return
        f = self._judge(s, total, parts)
        if f:
            yield f

    def _declared_back(self, s: Sentence) -> Iterable[Finding]:
        """ "The agency inspected 27 ports in 2025. They fall into three groups: 11 …, 9 …
        and 5 …": a sentence that opens splitting the group the sentence before counted
        (named by a pronoun or again by its noun) into a declared number of parts, each
        given after the colon; the whole is the one figure of the sentence before in the
        parts' kind (:func:`group_before`)."""
        figs = s.figures
        back = _SPLITS_BACK.match(s.between(s.start, figs[0].start)) if len(figs) >= 3 else None
        if back is None:
            return
        if back.group("ways") and not _WAYS.match(s.between(figs[0].end, figs[1].start)):
            return  # "went three ways:", not "went 3 km"
        total = group_before(s, figs[1])
        if total is None or total.percent or total.fraction or total.points or total.hedge:
            return
        parts = self._declared_parts(s, figs[0], 1, total)
        if not parts or len(parts) != len(figs) - 1:
            return
        f = self._judge(s, total, parts)
        if f:
            yield f

    def _whole_breakdown(self, s: Sentence, total: Figure, parts: list[Figure], two: bool = False) -> bool:
        """Is a list of parts after its whole the whole breakdown: no "including" or "such
        as", and it names the remainder as a part, or its parts split one dimension and
        nearly make the whole (:meth:`_near_miss`, two parts allowed with ``two``)?"""
        if _selection(s):
            return False
        listed = s.between(parts[0].start, _list_end(s, parts))
        if _EXHAUSTIVE.search(listed):
            return True
        if _RESIDUAL.search(listed) and self._near_miss(s, total, parts):
            # "Of the 96 trainees, 61 qualified, 22 left and 9 are still on the course": the
            # states of a group, one of them where the rest still stands, nearly make it
            return True
        return _gapped(s, parts, total) and self._near_miss(s, total, parts, two)

    def _near_miss(self, s: Sentence, total: Figure, parts: list[Figure], two: bool = False) -> bool:
        """Do three parts or more come close to the total without making it, within a tenth
        of it either side? A list that makes much less may be a selection, one that makes
        much more is of another whole; one that nearly makes it was meant to make it ("Of
        those 180 closures, 72 …, 54 … and 46 …"). With ``two``, two parts within a
        twentieth of it ("Of the 26,000 trainees, 10,400 teach in primary schools and
        15,300 in secondary")."""
        if len(parts) < (2 if two else 3) or total.value <= 0 or total.bound or total.hedge:
            return False
        if total.num.words and not total.kind and total.value <= 12:
            return False  # "three plants: …": the number of the parts, not their total
        got = sum(p.value for p in parts)
        width = 0.05 if len(parts) == 2 else 0.1
        return (1 - width) * total.value <= got <= (1 + width) * total.value

    def _compatible(self, a: Figure, b: Figure) -> bool:
        if a.percent != b.percent or a.fraction or b.fraction or a.points or b.points:
            return False
        if a.currency and b.currency and a.currency != b.currency:
            return False
        if a.unit and b.unit and a.unit != b.unit:
            return False
        return True

    def _list_from(self, s: Sentence, j: int, total: Figure, declared: bool = False) -> list[Figure] | None:
        figs = s.figures
        parts = [figs[j]]
        if not self._compatible(parts[0], total):
            return None
        k = j + 1
        last_sep = ""
        while k < len(figs):
            sep = s.between(parts[-1].end, figs[k].start)
            if not self._joins(_NAME_COLON.sub(r"\g<word>", sep) if declared else sep, figs[k], total, long=declared):
                break
            parts.append(figs[k])
            last_sep = sep
            k += 1
            if _final_and(sep):
                break
        if len(parts) < 2 or not _final_and(last_sep):
            return None
        if k < len(figs) and self._joins(s.between(parts[-1].end, figs[k].start), figs[k], total, listed=True):
            return None  # the list goes on past the part read as its last: parts would be lost
        if _REST.match(s.text[parts[-1].end : s.end]):
            return None
        return parts

    def _list_back(self, s: Sentence, j: int, total: Figure) -> list[Figure] | None:
        figs = s.figures
        parts = [figs[j]]
        if not self._compatible(parts[0], total):
            return None
        saw_and = False
        k = j - 1
        while k >= 0:
            sep = s.between(figs[k].end, parts[0].start)
            # (a part's words may be long: "COP 0.5 trillion transferred to the health insurance
            # system and COP 0.4 trillion …")
            sep = _BRACKETED_NAME.sub("", sep)
            if not _SEP_PART.match(sep) or not re.search(r",|\band\b", sep) or not self._compatible(figs[k], total):
                break
            if _final_and(sep):
                if saw_and:
                    return None  # two lists, or one whose parts cannot all be told apart
                saw_and = True
            parts.insert(0, figs[k])
            k -= 1
        if len(parts) < 2 or not saw_and:
            return None
        return parts

    def _joins(self, sep: str, nxt: Figure, total: Figure, listed: bool = False, long: bool = False) -> bool:
        """Do the words ``sep`` join a part to the next figure ``nxt`` of one list of
        parts of ``total`` (its label, then a comma or "and"; or parts in brackets after
        their names)? With ``listed``, only when they end in the list's own comma or "and"
        right before the figure ("…, £13,000 from sponsorship, £5,000 …"), so that a
        figure after another clause ("…, against 250,000 in 2022") is not taken for a part."""
        # (and a part's year is a word of its label: "€50.3 million came in 2002–2005, €77.8
        # million in 2006–2009 and …")
        sep = _YEAR_IN_GAP.sub("the year", _BRACKETED_NAME.sub("", sep))
        # (a list declared complete may set its parts apart with semicolons, each part's words
        # holding commas of their own: "split three ways: 1.05 million tonnes exported raw,
        # mostly to Vietnam; 0.38 million tonnes processed locally; and …")
        semi = long and _SEP_SEMICOLON.match(sep) is not None
        if not (_SEP_PART.match(sep) or _SEP_BRACKETS.match(sep) or long and _SEP_LONG.match(sep) or semi):
            return False
        if not re.search(r",|\band\b", sep) and not semi:
            return False
        if not self._compatible(nxt, total):
            return False
        return not listed or bool(_LIST_JOIN.search(sep))

    def _bullets(self, ctx: CheckContext) -> Iterable[Finding]:
        """A total in the sentence that leads into a bullet list, each bullet one part:
        "The fleet's 86 vessels fall into three groups:" then "- 41 trawlers", "- 27
        longliners", "- 12 seiners". The list is the whole breakdown when the lead-in splits
        the total ("fall into", "is split", "break down"), calls it a total, or counts the
        bullets, or when three parts or more come close to it; never with "include",
        "among them", "such as"."""

        for article, first, stop in _runs(ctx, BlockKind.list_item):
            if first > 0 and ctx.document.articles[article].blocks[first - 1].kind is BlockKind.paragraph:
                found = self._bullet_list(ctx, article, first - 1, stop)
                if found is not None:
                    yield found

    def _tables(self, ctx: CheckContext) -> Iterable[Finding]:
        """A table of one column of figures whose rows are the parts of a total: its own
        "Total" row, or the total given in the sentence that leads into it, called a total
        ("Closures by region (180 in all):") or, ending with a colon, with three rows or
        more within a tenth of it. With a total
        row, the rows must come within a tenth of it (a table of the largest parts and a
        total of all is a selection). A table of several columns with a total row is read
        column by column (:meth:`_columns`), and so is a table a PDF reader gives as list
        items, each row's figures at its end ("Arable land 96 11" … "All habitats 312 26")."""

        for article, first, stop in _runs(ctx, BlockKind.table):
            rounded = _rounding_noted(ctx, article, first, stop)
            found = self._table(ctx, article, first, stop, rounded) or self._total_after(
                ctx, article, first, stop, rounded
            )
            if found is not None:
                yield found
            else:
                heading = _heading(ctx, article, first)
                yield from self._columns(_grid(ctx, article, first, stop, cells=True), rounded, heading)
        for article, first, stop in _runs(ctx, BlockKind.list_item):
            # a table a PDF reader gives as list items, one row each ("Arable land 96 11")
            yield from self._columns(
                _grid(ctx, article, first, stop, cells=False), _rounding_noted(ctx, article, first, stop)
            )

    def _columns(
        self,
        grid: list[tuple[str, list[tuple[Figure, Sentence]]]] | None,
        rounded: bool = False,
        heading: list[str] | None = None,
    ) -> Iterable[Finding]:
        """Each column of figures of a table whose last row is its total ("Total", "All
        areas"), every row giving a figure in each column: the rows above make the total
        when they come within a tenth of it (a column of averages or rates is far off)."""
        if not grid or len(grid) < 3 or not _TOTAL_ROW.match(grid[-1][0]):
            return
        width = len(grid[-1][1])
        if any(len(cells) != width or _TOTAL_ROW.match(label) for label, cells in grid[:-1]):
            return
        for c in range(width):
            column = [cells[c] for _, cells in grid]
            if any(f.percent or f.points or f.fraction or f.bound or f.hedge for f, _ in column):
                continue
            (total, home), parts = column[-1], [f for f, _ in column[:-1]]
            got = sum(p.value for p in parts)
            if not 0.9 * total.value <= got <= 1.1 * total.value:
                continue
            # a column of shares ("Share (%)") is rounded, each row to its last digit
            shares = heading is not None and len(heading) == width + 1 and bool(_SHARE_HEADING.search(heading[c + 1]))
            found = self._judge(home, total, parts, {id(f): row for f, row in column[:-1]}, rounded=rounded or shares)
            if found is not None:
                yield found

    def _total_after(
        self, ctx: CheckContext, article: int, first: int, stop: int, rounded: bool = False
    ) -> Finding | None:
        """A table without a total row and the sentence right after it that adds its rows
        up ("Together the four regions receive £96.0 million"; "In total, these
        schemes …", "Between them, …"): its one figure is the total of the one column
        whose rows come within a tenth of it, in the column's own scale ("£m"). A count in
        the sentence must be the number of rows ("the four regions"), and a column of
        plain numbers is in the total's currency only when its heading says so."""
        blocks = ctx.document.articles[article].blocks
        if stop >= len(blocks) or blocks[stop].kind is not BlockKind.paragraph:
            return None
        grid = _grid(ctx, article, first, stop, cells=True)
        if not grid or len(grid) < 3 or any(_TOTAL_ROW.match(label) for label, _ in grid):
            return None
        width = len(grid[0][1])
        if any(len(cells) != width for _, cells in grid):
            return None
        sents = block_sentences(ctx, article, range(stop, stop + 1)).get(stop, [])
        if not sents:
            return None
        s = sents[0]
        if not _ADDS_UP.search(s.between(s.start, s.end)) or _selection(s):
            return None
        counts = [f for f in s.figures if f.num.words and not f.kind and f.value <= 12]
        totals = [f for f in s.figures if f not in counts and not (f.percent or f.fraction or f.points)]
        if len(totals) != 1 or totals[0].bound or totals[0].hedge or totals[0].value <= 0:
            return None
        if any(int(f.value) != len(grid) for f in counts):
            return None  # "three of the four regions": not every row
        total = totals[0]
        heading = blocks[first].text.split(" | ") if " | " in blocks[first].text else []
        fits: list[tuple[float, list[Figure], dict[int, Sentence]]] = []
        for c in range(width):
            column = [cells[c] for _, cells in grid]
            if any(f.percent or f.points or f.fraction or f.bound or f.hedge for f, _ in column):
                continue
            if not all(self._compatible(f, total) for f, _ in column):
                continue
            kinds = {f.kind for f, _ in column}
            if (
                kinds == {""}
                and total.kind
                and not (len(heading) == width + 1 and _names_currency(heading[c + 1], total.currency))
            ):
                continue  # plain numbers, and no heading that gives them the total's currency
            got = sum(f.value for f, _ in column)
            for factor in (1.0, 1e3, 1e6, 1e9):
                if got > 0 and 0.9 <= total.value / (got * factor) <= 1.1:
                    fits.append((factor, [f for f, _ in column], {id(f): row for f, row in column}))
                    break
        if len(fits) != 1:
            return None
        factor, parts, homes = fits[0]
        if factor != 1.0:
            parts = [_rescaled(p, factor) for p in parts]
            homes = {id(p): homes[id(old)] for p, old in zip(parts, fits[0][1])}
        return self._judge(s, total, parts, homes, rounded=rounded)

    def _table(self, ctx: CheckContext, article: int, first: int, stop: int, rounded: bool = False) -> Finding | None:

        rows = [row_sentence(ctx, article, i) for i in range(first, stop)]
        data = [r for r in rows if r.figures]
        if len(data) < 3 or any(len(r.figures) != 1 for r in data):
            return None  # several columns of figures, or too few rows
        if any(f.percent or f.points or f.fraction or f.bound for r in data for f in r.figures):
            return None
        # a row's label: the row itself ("North | 72"), or the cell before its figure when
        # the reader gives one cell a block (HTML): then cells alternate label and figure
        labels = {id(r): r.text for r in data}
        if not any(" | " in r.text for r in rows):
            k = [i for i, r in enumerate(rows) if r.figures]
            if any(i == 0 or rows[i - 1].figures for i in k):
                return None
            labels = {id(rows[i]): rows[i - 1].text for i in k}
        homes = {id(r.figures[0]): r for r in data}
        last = data[-1]
        if _TOTAL_ROW.match(labels[id(last)]):
            total, parts, s = last.figures[0], [r.figures[0] for r in data[:-1]], last
            if len(parts) < 2 or any(_TOTAL_ROW.match(labels[id(r)]) for r in data[:-1]):
                return None
            got = sum(p.value for p in parts)
            if not 0.9 * total.value <= got <= 1.1 * total.value:
                return None
            return self._judge(s, total, parts, homes, rounded=rounded)
        if any(_TOTAL_ROW.match(labels[id(r)]) for r in data) or first == 0:
            return None
        blocks = ctx.document.articles[article].blocks
        if blocks[first - 1].kind not in (BlockKind.paragraph, BlockKind.caption):
            return None
        lead = row_sentence(ctx, article, first - 1)
        starts = lead.unit._starts
        tail = [f for f in lead.figures if f.start >= starts[-1]]
        if len(tail) != 1 or tail[0].percent or tail[0].fraction or tail[0].bound:
            return None
        total = tail[0]
        parts = [r.figures[0] for r in data]
        if _PARTIAL.search(lead.text[starts[-1] :]) or any(p.kind != total.kind for p in parts):
            return None
        called = re.search(r"\b(?:" + _CALLED_TOTAL + r"|total)\b", lead.text[starts[-1] :], re.I)
        got = sum(p.value for p in parts)
        opens = lead.text.rstrip().endswith(":")  # the sentence introduces the table
        if not (
            (opens and self._near_miss(lead, total, parts)) or (called and 0.5 * total.value <= got <= 2 * total.value)
        ):
            return None
        return self._judge(lead, total, parts, homes, rounded=rounded)

    def _bullet_list(self, ctx: CheckContext, article: int, lead: int, stop: int) -> Finding | None:
        if stop - lead - 1 < 2:
            return None
        sents = block_sentences(ctx, article, range(lead, stop))
        if lead not in sents:
            return None
        s = sents[lead][-1]
        lead_text = s.between(s.start, s.end)
        totals = [f for f in s.figures if not (f.percent or f.fraction or f.points)]
        plain = [f for f in totals if (not f.num.words or f.kind) and not _version(s, f)]
        named_back, prev = False, s
        if not plain and len(sents[lead]) >= 2 and _NAMES_WHOLE.search(lead_text):
            # "Four groups made up the total:" after the sentence that gave it: the one
            # figure of that sentence in the first bullet's unit or currency
            first_bullet = [f for x in sents.get(lead + 1, []) for f in x.figures if not f.fraction]
            prev = sents[lead][-2]
            held = [
                f
                for f in prev.figures
                if first_bullet
                and f.kind == first_bullet[0].kind
                # (a plain count only when it is the sentence's one figure: "Last year 1,460
                # people were hurt. These casualties break down as follows:")
                and (f.kind or len(prev.figures) == 1)
                and not (f.percent or f.fraction or f.points or f.bound)
            ]
            if len(held) == 1:
                plain, named_back = held, True
                totals = [*totals, *held]
        if not plain or _PARTIAL.search(lead_text):
            return None
        if any(_SUBSET_OF.search(s.between(s.start, f.start)) for f in plain):
            return None  # "the three busiest of its 14 stations:": a few of a whole, not its parts
        # the total is in the bullets' unit or currency, when one figure of the lead-in is: a
        # span of time or a count beside it is not ("plans to spend £148 million over the five
        # years to 2030, allocated as follows:")
        kinds = {
            f.kind for x in sents.get(lead + 1, []) for f in x.figures if not (f.fraction or f.percent or f.points)
        }
        if len(kinds) == 1 and (kind := kinds.pop()) and not named_back:
            plain = [f for f in plain if f.kind == kind and not f.bound] or plain
        total = plain[-1]
        declared = [f for f in totals if f is not total and f.num.words and 2 <= f.value <= 12]
        parts: list[Figure] = []
        homes: dict[int, Sentence] = {}
        for b in range(lead + 1, stop):
            here = sents.get(b, [])
            if here and _SUB_ITEM.match(here[0].text):
                continue  # "of which new bases: £6.2 million": a part of the bullet before
            figs = [(x, f) for x in here for f in x.figures if not f.fraction]
            if len(figs) > 1:
                # "VAT at 5%: £83", "€5.1 billion of the ten-year bond": a rate or a count in
                # the bullet's words beside the one figure of the total's currency or unit
                figs = [(x, f) for x, f in figs if not (f.percent or f.points)]
                if total.kind and len(figs) > 1:
                    figs = [(x, f) for x, f in figs if f.kind == total.kind]
            if len(figs) != 1:
                return None
            x, f = figs[0]
            if not self._compatible(f, total) or f.percent or f.bound:
                return None
            parts.append(f)
            homes[id(f)] = x
        after = s.between(total.end, s.end)
        split = (
            re.search(
                r"\b(?:splits?|split[ \t]+(?:into|between)|divided|divides|breaks?[ \t]+(?:down|into)|broken[ \t]+down|"
                r"falls?[ \t]+into|made[ \t]+up[ \t]+of|consists?[ \t]+of|comprises?|as[ \t]+follows)\b",
                after,
                re.I,
            )
            or _TOTAL_WORD.search(s.between(s.start, total.start))
            or re.search(r"\b(?:" + _CALLED_TOTAL + r")\b", after, re.I)
            or named_back
        )
        counted = any(int(f.value) == len(parts) and f.value == int(f.value) for f in declared)
        if not (split or counted or self._near_miss(s, total, parts)):
            return None
        return self._judge(
            prev if named_back else s, total, parts, homes, rounded=_rounding_noted(ctx, article, lead + 1, stop)
        )

    def _judge(
        self,
        s: Sentence,
        total: Figure,
        parts: list[Figure],
        homes: dict[int, Sentence] | None = None,
        over_only: bool = False,
        rounded: bool = False,
    ) -> Finding | None:
        """The finding when the parts do not make the total (with ``over_only``, only
        when they make more: a list that may be a selection). With ``rounded`` (a note
        says the figures may not sum because of rounding, or a column of shares), each
        figure is rounded to its last digit and the errors may all fall one way; so are
        they when the sentence's own paragraph says so."""
        if total.bound or any(p.bound for p in parts):
            return None
        # "1.1 million TEU …, 0.9 million …": parts take the total's scale when written without
        total_value = total.value
        values = [p.value for p in parts]
        halves = [p.half for p in parts]
        hedge = self.options.hedge_tolerance
        # a hedge widens a figure to the rounding its digits imply ("roughly 4.1 billion")
        extra = hedge_slack(total, hedge) + sum(hedge_slack(p, hedge) for p in parts)
        got = sum(values)
        total_half = total.half
        if not total.hedge and total_half > 0.025 * total_value and all(h <= total_half / 10 for h in halves):
            # a round total beside finer parts ("a £1 billion package, made up of £650 million
            # … and £300 million …") is the amount meant, not anything from £0.5 to £1.5 billion
            total_half = 0.025 * total_value
        if rounded or _ROUNDING_NOTE.search(s.text):
            # (each to its last non-zero digit: "21,000" is 20,500–21,500; "34" is 33.5–34.5)
            halves = [max(h, last_digit_unit(p.value) / 2) for h, p in zip(halves, parts)]
            slack = sum(halves) + total_half + extra + 1e-9 * total_value
        else:
            slack = math.sqrt(sum(h * h for h in halves)) + total_half + extra + 1e-9 * total_value
        if abs(got - total_value) <= slack or over_only and got < total_value:
            return None
        listed = " + ".join(p.num.written for p in parts)
        return self.finding(
            s.span(total),
            f"the parts add up to {scaled(got, total)} ({listed}), not {total.num.written} "
            f"(allowed {scaled(total_value - slack, total)}–{scaled(total_value + slack, total)} for rounding)",
            related=[((homes or {}).get(id(p), s).location(p), "a part") for p in parts],
            help="check each part and the total, or say what the rest is",
            subject=f"{total.num.written} {listed}",
        )

    # -- percentages of one whole ----------------------------------------------------------
    def _percent_whole(self, s: Sentence) -> Iterable[Finding]:
        pcts = [f for f in s.figures if f.percent and not f.bound]
        if len(pcts) < 3 or len(pcts) != len([f for f in s.figures if f.percent]):
            return
        head = s.text[s.start : pcts[0].start]
        lead = _LEAD_OF.match(head)
        # (or the sentence says its shares make up the whole, then lists them after a colon,
        # each in brackets after its name: "The grid draws on three sources, which together
        # make up its supply: hydro (41 per cent), wind (37 per cent) and gas (26 per cent)")
        whole = _SHARES_MAKE_UP.search(head) if lead is None else None
        if lead is None and whole is None or lead is not None and _PEOPLE.search(lead.group("np")):
            return
        sep = _SEP if whole is None else _SEP_BRACKETS
        for a, b in zip(pcts, pcts[1:]):
            if not sep.match(s.between(a.end, b.start)):
                return
        if not re.search(r"\band\b", s.between(pcts[-2].end, pcts[-1].start)):
            return
        if any(f.hedge for f in pcts):
            return
        got = sum(f.value for f in pcts)
        slack = sum(f.half for f in pcts)
        if whole is not None and got < 100 - slack and not _selection(s):
            listed = " + ".join(f"{f.num.written}%" for f in pcts)
            yield self.finding(
                s.span(pcts[-1]),
                f"shares said to make up the whole add up to {scaled(got, pcts[0])}% ({listed}), not 100% "
                f"(allowed from {scaled(100 - slack, pcts[0])}% for rounding)",
                related=[(s.location(f), "a share") for f in pcts[:-1]],
                help="check the shares, or say what the rest is",
                subject=listed,
            )
            return
        if got <= 100 + slack:
            return
        listed = " + ".join(f"{f.num.written}%" for f in pcts)
        yield self.finding(
            s.span(pcts[-1]),
            f"shares of one whole add up to {scaled(got, pcts[0])}% ({listed}), more than 100% "
            f"(allowed up to {scaled(100 + slack, pcts[0])}% for rounding)",
            related=[(s.location(f), "a share") for f in pcts[:-1]],
            help="check the shares: they cannot make more than the whole",
            subject=listed,
        )


#: figures closing a row of a table read as text: "Arable land 96 11", "Total 32.0"
_CELL_LEFT = re.compile(r"[\s$€£¥%*]+")
# (possessive: a run of digits is read one way, not split every way there is before the
# search moves on; "0000…0000, the prevout" took minutes at 24 digits, hours at 64)
_ROW_TAIL = re.compile(r"[ \t]*+(?:\d[\d,.]*+[ \t]*+)++$")


def _rounding_noted(ctx: CheckContext, article: int, first: int, stop: int) -> bool:
    """Does the block before a table or list, one of its blocks, or the block after it say
    that its figures are rounded and may not sum ("Shares may not sum to 100 because of
    rounding")?"""
    blocks = ctx.document.articles[article].blocks
    return any(_ROUNDING_NOTE.search(blocks[i].text) for i in range(max(0, first - 1), min(len(blocks), stop + 1)))


def _heading(ctx: CheckContext, article: int, first: int) -> list[str] | None:
    """The cells of a table's first row ("Holder | Billion crowns | Share (%)"), or None."""
    text = ctx.document.articles[article].blocks[first].text
    return text.split(" | ") if " | " in text else None


def _grid(
    ctx: CheckContext, article: int, first: int, stop: int, cells: bool
) -> list[tuple[str, list[tuple[Figure, Sentence]]]] | None:
    """The rows of a table as (label, its figures in column order, each with the block it
    stands in), or None when the blocks do not read as one: a row "Label | 12 | 40" (cells
    apart), the cells of a row given one block each ("Label", "12", "40"), or (``cells``
    False) a row of text with its figures at its end ("Arable land 96 11"). Every figure
    cell holds one figure."""
    rows = [row_sentence(ctx, article, i) for i in range(first, stop)]
    out: list[tuple[str, list[tuple[Figure, Sentence]]]] = []
    if not cells:
        for r in rows:
            m = _ROW_TAIL.search(r.text)
            if m is None or not r.text[: m.start()].strip():
                return None
            figs = [f for f in r.figures if f.start >= m.start()]
            if not figs or any(f.start < m.start() < f.end for f in r.figures):
                return None
            out.append((r.text[: m.start()].strip(), [(f, r) for f in figs]))
        return out
    if any(" | " in r.text for r in rows):
        for r in rows:
            bounds, at = [], 0
            for cell in r.text.split(" | "):
                bounds.append((at, at + len(cell)))
                at += len(cell) + 3
            figs = [f for f in r.figures if f.start >= bounds[0][1]]
            if any(len([f for f in figs if a <= f.start < b]) > 1 for a, b in bounds[1:]):
                return None
            if figs:  # (a row with a cell of words, "n/a", has fewer figures: no column is read)
                out.append((r.text[: bounds[0][1]], [(f, r) for f in figs]))
        return out
    # one cell a block: a label cell, then the row's figure cells
    for r in rows:
        rest = r.text[: r.figures[0].start] + r.text[r.figures[0].end :] if len(r.figures) == 1 else "x"
        if _CELL_LEFT.sub("", rest):
            out.append((r.text, []))  # a label ("Dublin (four local authorities)"), or a heading
        elif out:
            out[-1][1].append((r.figures[0], r))
        else:
            return None
    return [row for row in out if row[1]]


# a name right before a figure: "Rust 1.96", "Python 3.12"
_NAME_BEFORE = re.compile(r"\b[A-Z][\w+#-]*[ \t]+$")


#: a sentence that adds up what came before it: "Together the four regions …", "In total, …"
_ADDS_UP = re.compile(r"\b(?:together|between[ \t]+them|combined|" + _CALLED_TOTAL + r")\b", re.I)


def _names_currency(heading: str, currency: str | None) -> bool:
    """Does a table's column heading give its figures a currency ("Grant (£m)",
    "Budget, EUR million")?"""
    from claimcheck.extract.currency import SYMBOLS

    if not currency:
        return False
    marks = {sym for sym, code in SYMBOLS.items() if code == currency} | {currency}
    if currency == "USD":
        marks.add("$")
    return any(mark in heading for mark in marks)


def _rescaled(f: Figure, factor: float) -> Figure:
    """A cell's figure in the scale its column heading gives ("24.5" under "£m")."""
    twin = Figure.__new__(Figure)
    twin.__dict__.update(f.__dict__)
    twin.value, twin.half = f.value * factor, f.half * factor
    return twin


#: the end of the words between two parts of one list: their comma or "and" right before the
#: next part, or its name's bracket ("…, Lille (25) and the other sites (")
#: a name or its abbreviation in brackets inside a part's label, no figure in it ("31 Global
#: Navigation Satellite System (GNSS) receivers", "12 heat pumps (Vaillant) and …"): words
#: of the label, not a bracket that opens or closes a part
_BRACKETED_NAME = re.compile(r"[ \t]*\([ \t]*[A-Z][^\d()]{0,40}\)")
_LIST_JOIN = re.compile(r"(?:,|\band|\()[ \t]*(?:and[ \t]+)?$", re.I)


#: a small number in words that is a word of a label, after the sentence's first figure:
#: after a determiner ("from merging the two teams", "in the first two years") or a span of
#: time ("317 schools six months after the ban")
_LABEL_DETERMINER = re.compile(
    r"\b(?:the|its|their|our|his|her|these|those|first|last|next|past|previous|other|every)[ \t]+$", re.I
)
_TIME_UNITS = frozenset("year month week day hour minute decade".split())


def _label_number(s: Sentence, f: Figure, k: int) -> bool:
    """Is figure ``f`` (the ``k``-th of the sentence) a word of a part's or the total's
    label rather than a part: a small number in words after the sentence's first figure,
    after a determiner or counting a span of time ("Of the 12,400 who started in the first
    two years, 6,900 passed, …"; "£1.5 million from merging the two teams and …"); "one"
    as a pronoun ("95 had one which did not work"); or a plain count after a
    determiner between two figures of one currency or unit, the thing a part is for ("€360
    million for the 14 ferries, €38 million for …")?"""
    if k == 0 or f.percent or f.fraction or f.points or f.currency:
        return False
    if f.num.words and f.value == 1 and _PRONOUN_ONE.match(s.text, f.end):
        return True
    if not f.num.words:
        return _count_in_label(s, f, k)
    if f.value > 20:
        return False
    return (f.unit or "").rstrip("s") in _TIME_UNITS or bool(_LABEL_DETERMINER.search(s.between(s.start, f.start)))


#: "one" as a pronoun: "had one that was broken", "bought one which …"
_PRONOUN_ONE = re.compile(r"[ \t]+(?:that|which|who|whose)\b", re.I)


def _count_in_label(s: Sentence, f: Figure, k: int) -> bool:
    """Is the plain count ``f`` (no unit or currency) a word of a part's label: after a
    determiner ("for the 14 ferries"), with the figures on both sides of it in one currency
    or unit, the parts it stands between?"""
    if f.kind or k + 1 >= len(s.figures) or not _LABEL_DETERMINER.search(s.between(s.start, f.start)):
        return False
    before, after = s.figures[k - 1], s.figures[k + 1]
    return bool(before.kind) and before.kind == after.kind and before.kind != "%"


def _without_label_numbers(s: Sentence) -> Sentence:
    """The sentence without the numbers in words that are words of a label
    (:func:`_label_number`), so that a whole and its parts are read as neighbours."""
    keep = [f for k, f in enumerate(s.figures) if not _label_number(s, f, k)]
    if len(keep) == len(s.figures):
        return s
    text, kept = s.text, {id(f) for f in keep}
    for f in s.figures:
        if id(f) not in kept and not f.num.words:
            # a count in digits inside a label ("for the 14 ferries") is masked, so that the
            # words between two parts read as a label with no figure (offsets kept)
            text = text[: f.start] + "#" * (f.end - f.start) + text[f.end :]
    unit = s.unit if text == s.text else dataclasses.replace(s.unit, text=text)
    return dataclasses.replace(s, unit=unit, figures=keep)


def _final_and(sep: str) -> bool:
    """Is ``sep``, the words between two parts, the "and" before a list's last part: an
    "and" with no comma, or right after one (", and"), a semicolon or a part's bracket? A comma with an "and" elsewhere
    joins two parts mid-list, the "and" inside a label: "£52,000 from donations and
    legacies, £21,000 …"; "41 MW, lighting and ventilation 18 MW …"."""
    if re.search(r"\band\b", sep) is None:
        return False
    # (an "and" right after a part's closing bracket opens the last part, whose name may hold
    # an aside: "(€20 million) and Tisséo, the transport authority (€31 million)")
    return "," not in sep or re.search(r"[,;)][ \t]*and\b", sep) is not None


def _version(s: Sentence, f: Figure) -> bool:
    """Is the figure a version written after a name ("Rust 1.96 contains fixes for two
    vulnerabilities:"), a decimal with no unit, scale or currency: no total of anything?"""
    if f.kind or f.num.integer or f.num.scale or f.num.words:
        return False
    return bool(_NAME_BEFORE.search(s.between(s.start, f.start)))


def _list_end(s: Sentence, parts: list[Figure]) -> int:
    """Where the list of parts ends: the end of the last part's clause (a remainder named
    after a semicolon, "…; the others are mobile", is not a part)."""
    m = re.compile(r"[;:]|,[ \t]+(?:but|while|with|and[ \t]+the)\b").search(s.text, parts[-1].end, s.end)
    return m.start() if m else s.end


_PREPOSITIONS = frozenset(
    "in at on for from to by with under over across outside inside into via per through within near".split()
)
_AUXILIARY = frozenset("is are was were be been had has have did do does will would could can may might".split())
_WORD_AFTER = re.compile(r"[ \t]*([A-Za-z][\w'’-]*)")


def _gapped_first(s: Sentence, gap: str, nxt: Figure, prep: str) -> bool:
    """Is the figure before "went to" the first of a list whose later parts leave the verb
    out ("20 went to Oxfam, 15 to Shelter and 10 to Crisis"): its own label ends in a comma
    or "and" right before the next figure, and that figure is followed by the same
    preposition? Then it is a part, not the amount the others split."""
    after = _WORD_AFTER.match(s.text, nxt.end)
    return bool(re.search(r"(?:,|\band)[ \t]*$", gap)) and after is not None and after.group(1).lower() == prep.lower()


def _unit_implied(s: Sentence, total: Figure, parts: list[Figure]) -> bool:
    """Do the parts leave out the total's unit, each a bare figure followed by a
    preposition ("2.6 million tonnes … from three sources: 1.2 million from homes, 0.8
    million from shops and …"), not a figure of something else ("… three plants: 2,000
    workers, …")?"""
    if not total.unit or any(p.kind for p in parts):
        return False
    for p in parts:
        m = _WORD_AFTER.match(s.text, p.end)
        if m is None or m.group(1).lower() not in _PREPOSITIONS:
            return False
    return True


def _clause_head(s: Sentence, f: Figure) -> str:
    """The words before ``f`` in its clause: from the sentence's start, or from the last
    colon or semicolon before it."""
    head = s.between(s.start, f.start)
    cut = max(head.rfind(":"), head.rfind(";"))
    head = head[cut + 1 :] if cut >= 0 else head
    # (after a short opening phrase of time or place: "In 2024, of the 640 crossings …",
    # "Last winter, of the …", "During the trial, of the 480 patients …")
    opener = _OPENER_BEFORE_OF.match(head)
    return head[opener.end() :] if opener else head


_OPENER_BEFORE_OF = re.compile(
    r"^[ \t]*(?:in|on|at|during|over|since|by|after|before|across|last|this|that|between|for|throughout|within)\b[^,;:()]{1,40},[ \t]*(?=of[ \t])",
    re.I,
)


def _gapped(s: Sentence, parts: list[Figure], total: Figure | None = None) -> bool:
    """Do the parts after the first leave out the first one's verb ("72 were in the North,
    54 in the Midlands and 46 in the South"): one dimension split, not facts of their own
    ("620 found faults, 480 found minor faults and 310 led to fines")? After an auxiliary
    ("2,480 were allowed, 4,010 dismissed"), a participle alone is the same verb gapped.
    Every part with the same verb and words of its own after it ("19 were producing, 6
    were being drilled and 4 were suspended"; "620 concerned pay, 410 concerned leave")
    splits one dimension too (see :func:`_parallel`). After middle parts that leave the
    verb out, the last part may say what it is in a clause of its own ("£21.28 goes on pay,
    £3.52 on pensions, £6.04 on running costs and £1.60 is surplus")."""
    if _parallel(s, parts, total):
        return True
    first = _WORD_AFTER.match(s.text, parts[0].end)
    verb = first.group(1).lower() if first else ""
    gapped_middle = False
    for k, p in enumerate(parts[1:], start=1):
        m = _WORD_AFTER.match(s.text, p.end)
        if m is None:
            continue
        w = m.group(1).lower()
        if w in _PREPOSITIONS:
            gapped_middle = gapped_middle or k < len(parts) - 1
            continue
        if k == len(parts) - 1 and gapped_middle:
            break  # the last part may say what it is in its own clause ("…, and £1.60 is surplus")
        if w == verb or w in _AUXILIARY:
            return False
        if w.endswith("ed") and len(w) >= 3 and verb not in _AUXILIARY:
            return False  # after "were allowed", "4,010 dismissed" leaves out the auxiliary: gapping
    return True


_CLAUSE_WORDS = re.compile(r"[A-Za-z][\w'’-]*")
_CLAUSE_STOP = re.compile(r"[,;:()\u2014\u2013]|\.(?:\s|$)")
_STOP = frozenset("the a an of in on at to for by and or with from their its his her our this that".split())


#: verbs of an outcome that ends a member's course, one each, as the passive of an outcome
#: does ("were rescued", "were refused"): "died", "survived", "graduated", "withdrew"
_OUTCOME_VERBS = frozenset(
    """died survived recovered drowned escaped perished qualified graduated failed passed withdrew
    resigned retired emigrated""".split()
)

#: words that make a part the negation of another ("187 had asbestos …, 61 had no asbestos")
_NEGATIONS = frozenset("no not never none without".split())


def _parallel(s: Sentence, parts: list[Figure], total: Figure | None) -> bool:
    """Is each part followed by the same verb (or auxiliary), then words no other part
    shares ("19 were producing heat, 6 were being drilled or tested and 4 were
    suspended")? One verb repeated with other words after it splits one dimension;
    shared words ("620 found faults, 480 found minor faults") make an overlap, unless one
    part negates them ("187 had asbestos in good condition, …, 61 had no asbestos"), and a
    list of people that makes more than its whole may count people twice."""
    verbs: list[str] = []
    seen: list[set[str]] = []
    for k, p in enumerate(parts):
        if k + 1 < len(parts):
            stop = parts[k + 1].start
        else:  # the last part's clause ends at the next comma ("…, and only a few …")
            m = _CLAUSE_STOP.search(s.text, p.end, s.end)
            stop = m.start() if m else s.end
        words = [w.lower() for w in _CLAUSE_WORDS.findall(s.between(p.end, stop))]
        if len(words) < 2:
            return False
        # an outcome said by an intransitive verb is the same split as one said by "were" and
        # a participle ("41 were released, 38 died and 12 were put down")
        verbs.append("were" if words[0] in _OUTCOME_VERBS else words[0])
        own = {w for w in words[1:] if w not in _STOP and w not in _AUXILIARY}
        if not own or any(own & other and not (own | other) & _NEGATIONS for other in seen):
            return False  # shared words make an overlap, unless one part is the other's negation
        seen.append(own)
    if any(v in _PREPOSITIONS for v in verbs):
        return False
    if len(set(verbs)) != 1:
        return False  # other verbs are facts of their own ("900 found errors, 600 closed quickly")
    if total is not None and sum(p.value for p in parts) > total.value:
        return not _PEOPLE.search(s.between(total.end, parts[0].start))
    return True


def _runs(ctx: CheckContext, kind: BlockKind) -> Iterator[tuple[int, int, int]]:
    """Each run of consecutive blocks of one kind (a list's items, a table's rows):
    (article, first block, block after the last)."""
    for article in ctx.document.articles:
        blocks = article.blocks
        n = 0
        while n < len(blocks):
            if blocks[n].kind is not kind:
                n += 1
                continue
            k = n
            while k < len(blocks) and blocks[k].kind is kind:
                k += 1
            yield article.index, n, k
            n = k
