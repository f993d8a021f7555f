from __future__ import annotations

from claimcheck import lazyre as re
from typing import Iterable, Literal

from pydantic import ConfigDict, Field

from claimcheck.findings.model import Finding, Severity
from claimcheck.rules._arithmetic import (
    HEDGES,
    SIDE_HEDGES,
    Figure,
    Sentence,
    fmt,
    group_before,
    hedge_slack,
    named_earlier,
    noun_after,
    opens_back,
    nearest_side,
    pct,
    percent_range,
    sentences,
    total_earlier,
)
from claimcheck.rules.base import CheckContext, Rule, RuleOptions

# ", or 42%", "(42%)", ", 42%," -- a share set beside the part it describes
# (any hedge of the figures may stand before the share: ", or just over two fifths"; a bound
# is not checked: "or more than half")
_APPOSITION = re.compile(
    r"(?:,[ \t]*or|\(|,|—|–|;[ \t]*or|:|(?:,|;|—|–)[ \t]*(?:that[ \t]+is|which[ \t]+(?:is|was|are|were|represents|represented|(?:makes|made)[ \t]+up|accounts?[ \t]+for|accounted[ \t]+for|amounts?[ \t]+to|amounted[ \t]+to|equals|equalled|equaled)|representing|accounting[ \t]+for|making[ \t]+up|equal[ \t]+to|equivalent[ \t]+to|i\.e\.|an?[ \t]+(?:(?:success|approval|acceptance|refusal|rejection|take[ \t-]?up|uptake|completion|response|pass|participation|coverage|vacancy|occupancy|drop[ \t-]?out|market|vaccination|enrolment|enrollment|attendance|recovery|recycling|conviction|compliance|default|failure|survival|turnout|usage)[ \t]+)?(?:share|rate|proportion)[ \t]+of))[ \t]*"
    r"(?:(?:about|around|roughly|some|nearly|almost|approximately|just|exactly|precisely|barely|only|merely|~|"
    r"more[ \t]+than|less[ \t]+than|fewer[ \t]+than|well[ \t]+over|over|under|at[ \t]+least"
    + "".join("|" + re.escape(h).replace("\\ ", "[ \t]+") for h in sorted(HEDGES, key=len, reverse=True) if " " in h)
    + r")[ \t]+)?$",
    re.I,
)
# a part and its own whole with words between ("$52,000 of the federation's $140,000
# income", "£48 million of the orchestras' combined turnover of £131 million")
_OF_WORDS = re.compile(
    r"^[ \t]+(?:(?:[\w'’-]+[ \t]+){1,2}out[ \t]+of[ \t]+(?:(?:a|the)[ \t]+(?:total[ \t]+of[ \t]+)?)?$|"
    r"(?:out[ \t]+)?of[ \t]+(?:[\w'’-]+[ \t]+){0,4}?(?:of[ \t]+)?$)",
    re.I,
)
# "of the", "of its first", "out of" -- what joins a part or a share to its whole
# (a possessive name may stand for the determiner: "$13.1 billion of Ghana's $30 billion")
_OF = re.compile(
    r"[ \t]+(?:out[ \t]+)?of[ \t]+(?:(?:the|its|their|his|her|our|this|that|these|those|a|an|all)[ \t]+(?:[a-z][\w-]*(?:['’]s|s['’])[ \t]+)?|[A-Z][\w-]*(?:['’]s|s['’])[ \t]+)?"
    r"(?:(?:first|total|entire|whole|combined|overall|planned|original|annual|green)[ \t]+)?$",
    re.I,
)
_OF_AFTER = re.compile(
    r"[ \t]+(?:out[ \t]+)?of[ \t]+(?:(?:the|its|their|his|her|our|this|that|these|those|a|an|all)[ \t]+(?:[a-z][\w-]*(?:['’]s|s['’])[ \t]+)?|[A-Z][\w-]*(?:['’]s|s['’])[ \t]+)?"
    r"(?:(?:first|total|entire|whole|combined|overall|planned|original|annual)[ \t]+)?",
    re.I,
)
_OF_TOTAL = re.compile(
    r"[ \t]+of[ \t]+(?:the|its|their|this|that)[ \t]+(?:(?:\w+[ \t]+)?(?:total|fund|budget|sum|amount|whole|figure|money|pot|envelope|programme|program|package|"
    r"(?P<group>sample|membership|cohort|batch|intake|panel))|"
    # (a collection counted, named alone: "of the stock", not "of the national register")
    r"(?:stock|fleet|network|register|portfolio|caseload|workforce|estate|herd|collection|inventory))\b",
    re.I,
)
# "Of the 19 partners, …" / ", of its €5.8 billion budget, …": the whole a sentence is about
# (also after a note number glued to the sentence before: "… in 2026.2 Of the 19 …", as text
# extracted from a PDF reads)
# the whole may be named by a possessive instead of a determiner: "Of Ghana's $30 billion …",
# "Of last year's 900 transfers, …"; a clause may open with it after "that" or a
# conjunction ("Surveys show that of the 1,320 plants …, 410, about a fifth, …")
# (or no determiner, the figure right after "of": "Of 48 appeals lodged …, 19 …", "…: of
# 31 applications, eleven …"); or the group a survey or an audit is of ("In a poll of 1,500
# adults, 600 (40%) …", "An audit of 310 invoices found 62, or a fifth, …")
_LEAD_OF = re.compile(
    r"(?:^|[,;:][ \t]*|[.!?]\d{0,3}\s+|\b(?:that|and|but|while|whereas)[ \t]+|"
    r"\b(?:survey|poll|sample|census|audit|review|inspection|study|count)[ \t]+)of[ \t]+(?:(?:(?:the|its|their|his|her|our|this|that|these|those|all)[ \t]+"
    r"|(?:the[ \t]+)?(?:[\w-]+[ \t]+)?[A-Za-z][\w-]*(?:['’]s|s['’])[ \t]+(?:[\w'’-]+[ \t]+)?)"
    r"(?:[\w'’-]+[ \t]+){0,2})?$",
    re.I,
)
# "…, made up almost half of", "account for over a third", "were almost half": a verb that
# makes its subject a share of a whole, right before the share (and its hedge)
_CONSTITUTES = re.compile(
    r"\b(?:(?:now|still|together|jointly|alone)[ \t]+)?(?:ma(?:de|ke|kes|king)[ \t]+up|account(?:ed|s|ing)?[ \t]+for|"
    r"represent(?:ed|s|ing)?|form(?:ed|s)?|constitut(?:e|es|ed)|compris(?:e|es|ed)|amount(?:ed|s)?[ \t]+to|"
    r"(?:is|are|was|were)(?:[ \t]+(?:now|still))?)[ \t]+"
    r"(?:(?:about|around|roughly|some|nearly|almost|approximately|close[ \t]+to|just[ \t]+over|just[ \t]+under|"
    r"more[ \t]+than|over|less[ \t]+than|under|at[ \t]+least|well[ \t]+over)[ \t]+)?$",
    re.I,
)
# what opens a figure's conversion in brackets right after it: "(about ", "(or some ", "("
_OPEN_CONVERSION = re.compile(
    r"[ \t]*\([ \t]*(?:or[ \t]+)?(?:(?:about|around|roughly|some|approximately|nearly|almost|c\.|~)[ \t]*)?"
)
#: words that make a share's whole wider than the group counted ("of the national register",
#: "of all households in the country"), up to the end of its clause
_WIDER = re.compile(
    r"[^,;.()]*?\b(?:national|nationwide|country|countries|global|world|worldwide|international|regional|"
    r"federal|european|eu|uk|population|public)\b",
    re.I,
)
#: the group a share is of, named by its noun with no figure ("One in five applicants", "a
#: quarter of respondents", "two thirds of the firms surveyed"): up to three words, the last
#: the noun
_SHARE_NOUN = re.compile(
    r"(?:[ \t]+of(?:[ \t]+(?:the|its|their|all))?)?(?:[ \t]+(?!(?:of|them|those|these|which|more|less|fewer|than|in|on|at|to|and|or)\b)[A-Za-z][\w'’-]*){0,2}?"
    r"[ \t]+(?!(?:of|them|those|these|which|more|less|fewer|than|in|on|at|to|and|or)\b)(?P<noun>[A-Za-z][\w'’-]{2,})(?=[ \t]*[,(—–])",
    re.I,
)
#: the noun a part set off alone names ("…, 82 vehicles in all, …"): one or two words, not a
#: rate, a share or a measure of each ("90 hectares each", "40 a year", "12 per cent")
_PART_NOUN = re.compile(
    r"(?:[ \t]+(?!(?:each|apiece|a|an|per|every|of|in|more|fewer|less|and|or|to|than)\b)[A-Za-z][\w'’-]*){1,2}(?=[ \t]*(?:,|—|–|[ \t]in[ \t]+all\b|[ \t]in[ \t]+total\b|[ \t]altogether\b))",
    re.I,
)
# a part qualifier that makes the link a guess
_OPEN_BOUND = ("more than", "over", "at least", "less than", "under", "up to", "fewer than", "above", "below")

# a part opening the clause after a semicolon: "20 countries had started; 12, or 40%, …"
_CLAUSE_START = re.compile(r";[ \t]*(?:and[ \t]+|but[ \t]+)?$")
# "40% more than in 2022", "12% up on last year": a change, not a share of the figures beside it
_COMPARISON = re.compile(
    r"[ \t]+(?:more|less|fewer|higher|lower|greater|smaller|larger|up|down|above|below|over|under|than)\b", re.I
)
_NOUNS_AFTER_SHARE = re.compile(
    r"[ \t]+(?:(?:of[ \t]+)?(?:them|those|these|which|whom|it)|of[ \t]+(?:that|this))\b", re.I
)
_OF_THEM_AFTER = re.compile(r"[ \t]+of[ \t]+(?:them|those|these)\b", re.I)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
#: a unit word right after a figure, as written ("Ml/d", "kWp", "TWh")
_UNIT_WORD = re.compile(r"[ \t]*[A-Za-z][\w/.]*")
_NOUN_AT = re.compile(r"([A-Za-z][A-Za-z-]{2,})\b")
_NOT_NOUNS = frozenset("them those these which whom total whole sum amount figure".split())
# a part "of that" / "of them": of the one whole of the sentence before, when its own has none
_OF_THAT = re.compile(r"[ \t]+of[ \t]+(?:that|this|them|those|these|it)\b", re.I)
# "$30 billion, of which bondholders held $13.1 billion": the part of the figure before
# (also after a semicolon, "…; of these, 31,000 tonnes, or 41 per cent, …")
_OF_WHICH = re.compile(
    r"(?:,[ \t]*of[ \t]+(?:which|whom)\b|;[ \t]*of[ \t]+(?:these|those|them|this)\b,?)[^,;]{0,60}$", re.I
)


# "… of them, 19 in all" / "… of these (19)": a share of a group named before, its part after
_SHARE_OF_THEM = re.compile(
    r"[ \t]+of[ \t]+(?:them|those|these)[ \t]*(?:,|\(|—|–)[ \t]*(?:(?:or|some|about|around|roughly)[ \t]+)?", re.I
)


class Options(RuleOptions):
    model_config = ConfigDict(extra="forbid")

    fraction_tolerance: float = Field(
        default=0.1,
        gt=0,
        lt=1,
        description="Relative width allowed around a fraction word: 'a third' is 0.30–0.37.",
    )
    hedge_tolerance: float = Field(
        default=0.1,
        ge=0,
        lt=1,
        description="Relative width 'almost', 'nearly' or 'just over' add to a fraction before it is narrowed "
        "to one side, and the most a hedge widens a percentage, relative to it.",
    )
    forms: list[Literal["percent", "fraction"]] = Field(
        default=["percent", "fraction"], description="Which shares to check."
    )


class ShareDoesNotMatch(Rule[Options]):
    """A percentage or fraction given for a part and its whole does not match them.

    The rule recomputes a share only when the sentence ties three figures together: a part,
    its whole and the share ("7 of 19 members, or 42%"; "Of the 19 members, seven …, or
    37%"; "Of Ghana's $30 billion of debt, bondholders held $13.1 billion, or 44%"; "€2.9bn, a third of the €5.8bn budget"; "15% of its 40 GW, or 6 GW"). Each figure
    keeps the precision it was written with: "28%" allows 27.5–28.5%, a fraction word what
    editors mean by it ("a third" 0.30–0.37), and "about", "some", "roughly" or "around"
    widen it only to the precision they imply: a percentage to the nearest five when it is a
    multiple of five ("some 90 per cent" is 87.5–92.5%), else by a point ("about 42%" is
    40.5–43.5%); a fraction word by a point ("about a third" 29–37.7%, "roughly one in five"
    17–23%); a part or whole to its last non-zero digit ("about 380,000" is 375,000–385,000).
    "Almost 70%" is below 70.5% and "just over 40%" above 39.5%. "Three out of four" in words
    is a share, as "three in four" is. A part "of them" (or opening the clause after a semicolon) is a share of the
    one group counted before it in the sentence ("20 countries had started; 12 of them, or
    40%, …"; "96,000 tonnes were collected; of these, 31,000 tonnes, or 41 per cent, …"), or, for a sentence opening with it ("Twelve of them, or 40%, …"), the one
    count of the sentence before; with two such groups nothing is checked. A share said in
    words after a verb that makes its subject that share of a whole ("made up", "account
    for", "form", "were") is read against the part and whole set off before the verb:
    "Subsidised services, 380 of the 1,150 routes, made up almost half of the network"
    (33%), or "made up 45% of it"; a share of something else ("landed almost half of the catch") is not. "Almost"
    or "nearly" a fraction means below it, never much above, and nearer to it than to the
    round fraction below (a quarter, a third, half, two thirds, three quarters): "almost
    half" is 41.7–51%, "almost three quarters" 70.8–76.5% (66% is "almost two thirds");
    "just over" a fraction is at least it and nearer to it than to the next ("just over
    two fifths" is 39.2–45%: 37% is "just over a third"); "more than" or "under" a
    fraction is one side only ("more than a third" is wrong for 31%), also set beside its
    part ("280 stopped wearing them, or more than a third"). The part's own whole
    may be named with words between ("$52,000 of the federation's $140,000 income, or just
    over two fifths of it"; "410 pylons out of 1,900"). Percentages written with "more than", "at least", "under" and the like, and
    shares with no second figure, are not checked. A figure that sets a threshold inside the
    thing counted ("people under 19", "three or more loans") is no part, nor is a figure that
    names one of a series after its noun ("rated level 3", "Phase 2", "a force 6 gale"); an
    amount after a currency sign is money even where its claim stops short ("£4.2 million
    (€4.96 million) for a mill and two weirs, three-quarters of it …" has no count for a part). A sentence opening
    "Of those," (or a share "… of them, 19 in all") takes as its whole the one figure of the
    sentence before; "390 of those who replied" is a share of that group, not of the
    sentence's lead. The part may be set off alone after the share: "A fifth of the 900
    pylons, 410 in all, …"; "Of the 900 pylons, a fifth (410) …"; "Around 40% of the 1,300
    locks, some 820, …"; "Two-fifths of the 1,480 beams had rot, 860 in all". The share
    may be set beside its part after a colon (": roughly half"), "; that is", ", which is",
    ", a share of" or ", a rate of". A part's conversion in brackets right after it, in
    another unit or currency, is not the part: "145,000 hectares (about 358,000 acres) in
    2024, 4.6 per cent of the 4.5 million hectares farmed" reads 145,000 of 4.5 million.

    The whole may open a clause after "that" or a conjunction ("Surveys show that of the
    1,320 plants …, 410, about a fifth, …"). The share may follow a rate or share that
    names what is counted (", an approval rate of 72 per cent", ", a market share of";
    not ", a growth rate of"). "Of those," may name the group again with words of the
    paragraph before ("… adults on dialysis … Of those on dialysis, …"; not "Of those in
    state schools", a part of it), and a part may be "of that" ("Bridges took €1.1 billion
    of that, or 34 per cent"); the whole is then the one figure of the sentence before of
    the part's kind, past bounds ("at least one") and earlier or compared values ("up
    from 2,500", "compared with 3,400"), and a share "of the total" after "Of these," is
    of that figure too. A share "of the sample" or "of the membership" (a cohort, a panel,
    an intake) is of the group the sentence counts: the whole it opens with, or the one
    group a part "of them" points back to ("inspected 340 invoices and found that 51 of
    them …, or 15 per cent of the sample"); its part may stand a long clause before it ("Of
    the 60 clubs, 41 said that …, about two thirds of the membership"), and so may a share
    "of them" of a part counted with its own whole ("1,140 of the 1,520 riders who answered
    said that …, more than four in five of them"). A share of another whole ("of the
    population", "of the national register") is not checked.

    A share "of the fund" (or "of the budget") with no figure after it is of the figure the
    paragraph gave before for that noun, when there is one and only one of the part's kind
    with the noun in the words right before it ("The city's budget for 2025 is €4.2 billion.
    Schools receive €1.1 billion, or 26 per cent of the budget"; "Bonds, worth £21.6
    billion, made up 45 per cent of the scheme" after "the pension scheme held £48.0
    billion, up from £44.5 billion"). The figure may be named by the noun right after it
    ("The ombudsman logged 2,600 complaints in 2024. Utilities drew 910 of the 2024
    complaints, almost half of the total": a share "of the total" of a part's own group),
    and a figure that is itself a part of the one after it ("120 of the 180") is no whole.
    A share "of them" of a group with no part of its own ("some 18,000 defects across four
    bridges …, nine in ten of them minor") is not read against a count of something else.

    The whole may be named with a determiner and a possessive ("out of the network's 5.6
    million", "Two-thirds of the fleet's 150 buses"), after a share in brackets ("1.9
    million passengers (27%) out of the network's 5.6 million"). A share may be set
    beside its part by a relative clause or a participle (", which was 46 per cent of its
    52,000 loans", ", representing", ", accounting for"); a part set off may name what it
    counts ("…, 870 households, were …", "…, 82 vehicles in all, …"; not "90 hectares
    each"). A share "of the stock" (the fleet, the network, the estate: a collection named
    alone) or of the lead whole's noun named again is of the whole the sentence opens
    with. A span of time or an age between the part and the share ("within five years",
    "more than 15 years old") is said of the part, not a part itself. A part "of these"
    (or "of them") with a share "of the backlog" after it is a share of the group it points
    back to ("4,820 patients had waited …. Orthopaedics made up 1,130 of these, almost a
    third of the backlog"); a share said first of a group named by its noun, its part set
    off ("One in five applicants, some 3,100 people, …"), is of the figure the paragraph
    gave before for that noun. A share of a wider whole ("of the national total", "of all
    files in the country", "of the population") is not read against a figure of the text.
    After "of which" the whole is the one figure before it, a span of time said of it
    passed over ("18,600 passages in the first twelve months, of which 4,100 were deer").
    A sentence opening "Of these," with a share of a group named in words ("…, or 27% of
    the force") is of the one group of the sentence before, a difference beside it passed
    over ("240 vessels, 12 more than a year before"); a figure smaller than the part is no
    such group ("one of the four bakeries … employs 60 people. Three in four of them, 30
    staff"), unless it is listed with the other ("1,900 landings and 260 refusals"). A
    year between a whole and its share is no figure of a list ("… stations by June 2025, a
    completion rate of 62%"), and a unit word the figure reader does not know, written
    after both part and whole, is passed over ("42 MWp of the total capacity of 120 MWp").

    A share set off after the clause of the whole the sentence opens with, its part after
    "of them", is that whole's share ("Of the 840 trees planted, half of them, 510, were
    oaks"). A share "of the total" in a sentence that names no whole is of the one figure
    of the part's kind, larger than it, that its paragraph gave before ("The clinic saw
    6,200 patients. Chest pain accounted for 1,900 of the visits, or 41% of the total"); two
    such figures are a guess.

    ## Why is this bad?
    A share that does not follow from the figures beside it means one of the three was
    changed after the others were written, and a reader who does the sum stops trusting all
    of them.

    ## Example
    ```markdown
    Of the station's 19 partner organisations, seven are universities, or 42%.
    ```

    Use instead:
    ```markdown
    Of the station's 19 partner organisations, seven are universities, or 37%.
    ```
    """

    code = "AR001"
    name = "share-does-not-match"
    severity = Severity.warning
    needs = ("money", "quantity", "count", "date")
    Options = Options

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        for s in sentences(ctx):
            for share in s.figures:
                if not (share.percent and "percent" in self.options.forms) and not (
                    share.fraction and "fraction" in self.options.forms
                ):
                    continue
                if _COMPARISON.match(s.text, share.end):
                    continue
                if share.bound and not share.fraction:
                    continue
                found = self._triple(s, share)
                if found is None:  # "…, made up almost half of the network" / "made up 45% of it"
                    found = self._said_after_parts(s, share)
                if found is None:
                    continue
                part, whole = found
                f = self._judge(s, share, part, whole)
                if f is not None:
                    yield f

    # -- reading -----------------------------------------------------------------------
    def _triple(self, s: Sentence, share: Figure) -> tuple[Figure, Figure] | None:
        before = s.before(share.start, 40)
        after_end = share.end
        if re.search(r"\([ \t]*$", before) and (shut := re.match(r"[ \t]*\)", s.text[share.end : share.end + 4])):
            # "1.9 million passengers (27%) out of the 5.6 million": the share in brackets
            # after its part, the whole after the bracket
            after_end = share.end + shut.end()
        # (0) "Of the 3,400 bridges, a fifth (1,900) were …": the part set off right after
        # the share, the whole the sentence opens with
        nxt = self._next_after(s, share)
        if nxt is not None and self._set_off(s, after_end, nxt, words=0):
            whole = self._lead_whole(s, nxt)
            if whole is not None and whole.end <= share.start:
                return nxt, whole
        # (2) first when the share is set off after the whole's clause and its part follows
        # "of them" ("Of the 1,260 offers made, a third of them, 420, went …")
        them_first = _SHARE_OF_THEM.match(s.text, after_end)
        if them_first and (early := s.figure_at(them_first.end(), 2)) is not None:
            if not (early.percent or early.fraction or early.points) and self._lead_whole(s, share) is not None:
                whole = self._lead_whole(s, share)
                return (early, whole) if whole is not None and whole.value >= early.value else None
        # (1) "X, or S of the W" / "X, S of the total" / "X, or S"
        if _APPOSITION.search(before):
            # a share "of the sample" or "of the membership" says whose share it is: the part
            # may stand a long clause before it ("Of the 48 clubs, 31 said that …, almost
            # two thirds of the membership")
            named = _OF_TOTAL.match(s.text, after_end)
            # (so may a share "of them" of a part counted "of the" whole: "1,140 of the 1,520
            # riders who answered said that …, more than four in five of them")
            of_them = _OF_THEM_AFTER.match(s.text, after_end) is not None
            part = self._previous(s, share, reach=160 if of_them or named is not None and named.group("group") else 80)
            if part is not None and of_them and self._own_whole(s, part) is None and self._lead_whole(s, part) is None:
                if part.end + 80 < share.start:
                    return None  # a long clause away, only a part with its own whole
                if len(_WORD.findall(_APPOSITION.sub("", s.between(part.end, share.start)))) > 3:
                    # "some 18,000 defects across four bridges in the region, nine in ten of
                    # them minor": a share of a group with no part of its own; the count before
                    # it counts something else
                    return None
            if part is None:
                return None
            m = _OF_AFTER.match(s.text, after_end)
            them = _NOUNS_AFTER_SHARE.match(s.text, after_end)
            if m and m.group(0).strip() and not them:
                whole = s.figure_at(m.end(), 2)
                if whole is not None:
                    return part, whole
                # "2,700 of its 6,000 maps, just over half of the collection": a share of a
                # whole named in words is of the part's own whole, when the part has one
                own = self._own_whole(s, part)
                wider = _WIDER.match(s.text, m.end(), min(s.end, m.end() + 50)) is not None
                if wider and own is None:
                    return None  # "…, about a quarter of the national total": of a wider whole
                if _OF_TOTAL.match(s.text, after_end):
                    lead = self._lead_whole(s, part) or own
                    if lead is None and (back := opens_back(s)) is not None and back <= part.start:
                        lead = group_before(s, part)  # "9,400 applied. Of these, 6,100 …, three fifths of the total"
                    if lead is None and _NOUNS_AFTER_SHARE.match(s.text, part.end):
                        # "inspected 212 masts and found 19 of them …, or 9 per cent of the sample"
                        lead = self._group_before(s, part)
                    if lead is None:
                        lead = self._named_whole(s, part, m.end())  # "The budget is €4.2 billion. … of the budget"
                    if lead is None and re.match(r"total\b", s.text[m.end() : m.end() + 6], re.I):
                        # "The unit saw 6,200 patients. … accounted for 1,900, or 41% of the
                        # total": the one larger figure of the part's kind the paragraph gave
                        lead = total_earlier(s, part)
                    if lead is None and (noun_at := _group_noun(s, part)) is not None:
                        # "Trucks made 310 of the 2024 crossings, almost a third of the total" after
                        # "… logged 1,240 crossings in 2024": the part's own group, given before
                        lead = self._named_whole(s, part, noun_at)
                    if lead is None:
                        # "18,600 passages …, of which 4,100 were deer, about 30 per cent of the total"
                        lead = self._of_which(s, part)
                    return (part, lead) if lead else None
                lead = self._lead_whole(s, part)
                if own is None and lead is None and not wider:
                    own = self._named_whole(s, part, m.end())  # "…; health gets €1.1 billion, 30% of the budget"
                elif own is None and lead is not None and (noun := _NOUN_AT.match(s.text, m.end())) is not None:
                    # "Of the 84 bridges …, 21 …, a quarter of the bridges": the lead whole named again
                    if noun_after(s.text, lead.end, r"\b" + re.escape(noun.group(1).lower()[:5])):
                        own = lead
                if own is None and lead is None and _OF_THAT.match(s.text, part.end) and not wider:
                    # "made up 1,130 of these, almost a third of the long-wait backlog": a share
                    # of the group the part is "of", named in words (not "of the national register")
                    own = self._group_before(s, part)
                if (
                    own is None
                    and lead is None
                    and not wider
                    and (back := opens_back(s)) is not None
                    and back <= part.start
                ):
                    # "… 2,184 officers, 96 more than a year earlier. Of these, 468 …, or 27% of
                    # the force": a share named by its noun of the group the sentence points back to
                    own = group_before(s, part)
                return (part, own) if own else None
            # the part's own whole: "7 of 19 members, or 42%", or the sentence's lead, or
            # the group "of them" points back to ("20 countries …; 12 of them, or 40%")
            whole = self._whole_of(s, part) or self._own_whole(s, part)
            if whole is None and not _NOUNS_AFTER_SHARE.match(s.text, part.end):
                whole = self._lead_whole(s, part)  # "390 of those who replied" is of the group named there
            if whole is None and (
                them or _NOUNS_AFTER_SHARE.match(s.text, part.end) or _CLAUSE_START.search(s.before(part.start, 12))
            ):
                whole = self._group_before(s, part)
            if whole is None and (back := opens_back(s)) is not None and back <= part.start:
                whole = group_before(s, part)  # "1,420 were hurt. Of those, 390 …, or about a fifth"
            if whole is None:
                whole = self._of_which(s, part)
            return (part, whole) if whole else None
        # (1b) "One in five applicants, some 3,100 people, said …" (or "A quarter of
        # respondents, 310 in all, …"): a share of a group named by its noun, the part set off
        # after it, the group's figure given before in the paragraph with that noun
        named = _SHARE_NOUN.match(s.text, after_end)
        if named is not None and not any(f.end <= share.start for f in s.figures):
            nxt = self._next_after(s, share)
            if nxt is not None and nxt.start >= named.end() and self._set_off(s, named.end(), nxt, words=0):
                whole = named_earlier(s, nxt, named.group("noun"))
                if whole is not None:
                    return nxt, whole
        # (2) "More than three quarters of them, 19 in all, …": the share first, then its
        # part, of a group counted before (in the sentence, or as the sentence before's one figure)
        them_at = _SHARE_OF_THEM.match(s.text, after_end)
        if them_at:
            part = s.figure_at(them_at.end(), 2)
            if part is None or part.percent or part.fraction or part.points:
                return None
            if any(f.end <= share.start for f in s.figures):
                whole = self._group_before(s, part)
            else:
                whole = group_before(s, part)
            return (part, whole) if whole else None
        # (3) "S of [its] W, or X" / "S of those surveyed, or X of the W"
        m = _OF_AFTER.match(s.text, after_end)
        if m and m.group(0).strip():
            whole = s.figure_at(m.end(), 2)
            if whole is not None:
                nxt = self._next_after(s, whole)
                if nxt is not None and re.fullmatch(
                    r"(?:[ \t]+[A-Za-z-]+){0,2}(?:,[ \t]*or|[ \t]*\()[ \t]*(?:[A-Za-z]+[ \t]+)?",
                    s.between(whole.end, nxt.start),
                ):
                    return nxt, whole
                # "A fifth of the 3,400 bridges, 1,900 in all, …": the part set off alone
                if nxt is not None and self._set_off(s, whole.end, nxt):
                    return nxt, whole
                return None
            # "S of those surveyed, or X of the W"
            rest = s.text[m.end() : s.end]
            cut = re.match(r"[^,()0-9]{0,40}(?:,[ \t]*or|\()[ \t]*", rest)
            if cut:
                part = s.figure_at(m.end() + cut.end(), 2)
                if part is not None:
                    whole = self._whole_of(s, part)
                    if whole is not None:
                        return part, whole
        return None

    @staticmethod
    def _of_which(s: Sentence, part: Figure) -> Figure | None:
        """ "60 satellites, of which 15 …": the whole a part after "of which" is of, the one
        figure before it (a span of time said of it passed over: "18,600 passages in the
        first twelve months, of which 4,100 …"), else None (a guess)."""
        if not _OF_WHICH.search(s.before(part.start, 80)):
            return None
        earlier = [f for f in s.figures if f.end <= part.start]
        while len(earlier) >= 2 and _span_of_time(s, earlier[-2], earlier[-1]):
            earlier.pop()
        return earlier[0] if len(earlier) == 1 else None

    def _set_off(self, s: Sentence, after: int, part: Figure, words: int = 5) -> bool:
        """Is ``part`` set off alone after position ``after`` (up to ``words`` words of the
        whole's noun between): in brackets, or between commas or dashes with "in all" or a
        hedge ("…, 1,900 in all, …", "…, some 1,900, …", "… (1,900) …"), not a list's item
        ("…, 200 tunnels and 50 ferries")?"""
        if part.percent or part.fraction or part.points or part.bound:
            return False
        gap = s.between(after, part.start)
        if not re.fullmatch(
            r"(?:[ \t]+[\w'’-]+){0,%d}[ \t]*(?:\(|,|—|–)[ \t]*(?:(?:some|about|around|roughly|nearly|almost)[ \t]+)?"
            % words,
            gap,
        ):
            return False
        tail = s.text[part.end : s.end]
        if gap.rstrip().endswith("("):
            return bool(re.match(r"[ \t]*\)", tail))
        # the part may name what it counts before "in all" or the comma that closes it ("…,
        # 82 vehicles in all, …"; "…, 870 households, were …"), not a rate or a share of it
        # ("90 hectares each", "40 a year")
        noun = _PART_NOUN.match(tail)
        rest = tail[noun.end() :] if noun else tail
        return bool(
            re.match(r"[ \t]+(?:in[ \t]+all|in[ \t]+total|altogether)[ \t]*(?:,|—|–|\)|\.?[ \t]*$)", rest)
            or ((part.hedge or noun) and re.match(r"[ \t]*(?:,|—|–)[ \t]*(?!and\b|or\b|\d)", rest))
        )

    def _said_after_parts(self, s: Sentence, share: Figure) -> tuple[Figure, Figure] | None:
        """ "Subsidised services, 380 of the 1,150 routes, made up almost half of the
        network": a share said in words after a verb that makes the subject that share of a
        whole ("made up", "account for", "were", "form"), the subject's part and whole
        given before it ("P of the W", set off by commas or dashes, or "Of the W, P …"). A
        share of something else ("landed almost half of the catch") is another verb."""
        m = _CONSTITUTES.search(s.before(share.start, 60))
        if m is None:
            return None
        verb_at = share.start - (len(s.before(share.start, 60)) - m.start())
        before = [f for f in s.figures if f.end <= verb_at and not (f.percent or f.fraction or f.points)]
        if len(before) == 1:
            # "Equities, worth NOK 14,100 billion, made up 71 per cent of the fund": the part
            # set off as the subject, the whole the fund's figure given earlier in the paragraph
            part = before[0]
            m_of = _OF_AFTER.match(s.text, share.end)
            head, tail = s.between(s.start, part.start), s.between(part.end, verb_at)
            if (
                m_of is None
                or not m_of.group(0).strip()
                or part.bound
                or len(head) > 40
                or re.search(r"\d|[;:]", head + tail)
                or len(tail) > 40
            ):
                return None
            # "Nurses, at 5,100, account for roughly half of the board's 14,200 employees": the
            # whole written after the share, else named by its noun and given before
            whole = s.figure_at(m_of.end(), 2) or self._named_whole(s, part, m_of.end())
            if whole is None and re.match(r"total\b", s.text[m_of.end() : m_of.end() + 6], re.I):
                # "Output was 42 million tonnes. The mill's 9.8 million tonnes accounts for
                # roughly a third of that total": the one larger figure of the part's kind
                # the paragraph gave
                whole = total_earlier(s, part)
            return (part, whole) if whole else None
        if len(before) < 2:
            return None
        part, whole = before[-2], before[-1]
        if not _OF.search(s.between(part.end, whole.start)) or part.bound or whole.bound:
            return None
        tail = re.sub(r"\b(?:19|20)\d\d\b", "the year", s.between(whole.end, verb_at))
        if len(tail) > 60 or re.search(r"\d|[;:]", tail) or not re.search(r"[,\u2014\u2013]\s*$", tail):
            return None  # the part and its whole set off before the verb, nothing else between
        head = s.between(s.start, part.start)
        if not (re.search(r"[,(\u2014\u2013][ \t]*$", head) or _LEAD_OF.search(head)):
            return None
        return part, whole

    @staticmethod
    def _named_whole(s: Sentence, part: Figure, at: int) -> Figure | None:
        """The whole named by the noun at ``at`` ("of the fund"), given earlier in the
        paragraph (:func:`named_earlier`); None when no noun stands there or it is a group
        pointed back to ("of them")."""
        m = _NOUN_AT.match(s.text, at)
        if m is None or m.group(1).lower() in _NOT_NOUNS:
            return None
        return named_earlier(s, part, m.group(1))

    def _previous(self, s: Sentence, share: Figure, reach: int = 80) -> Figure | None:
        """The part a share is set beside: the nearest figure before it in its clause, at
        most ``reach`` characters of words before it."""
        figs = [
            f
            for f in s.figures
            if f.end <= share.start
            and not f.percent
            and not f.fraction
            and not f.points
            and not (f.num.words and f.value == 1)  # "day one", "one of them"
            and not _threshold(s, f)
        ]
        if len(figs) >= 2 and self._converted(s, figs[-2], figs[-1]):
            figs.pop()  # "145,000 hectares (about 358,000 acres) …, 4.6%": the part, not its conversion
        while len(figs) >= 2 and _span_of_time(s, figs[-2], figs[-1]):
            # "27 of the 96 schools needed work within five years, which is 28%"; "1,512 were
            # more than 15 years old, a share of 27%": a span or an age said of the part
            figs.pop()
        if not figs:
            return None
        part = figs[-1]
        if len(figs) >= 2 and (_OF.search(s.between(figs[-2].end, part.start)) or self._own_whole(s, figs[-2]) is part):
            part = figs[-2]  # "7 of 19 members, or 37%": the part, not its whole
        gap = s.between(figs[-1].end, share.start)  # from the part, or from its whole right after it
        # (the words that set the share beside the part are no clause of their own: ": roughly", "; that is")
        gap = _APPOSITION.sub("", gap)
        if len(gap) > reach or re.search(r"[;:]", gap) or self._listed_after(s, figs[-1].end, share.start):
            return None
        return part

    @staticmethod
    def _listed_after(s: Sentence, start: int, end: int) -> bool:
        """Does a figure follow "and" (in the same clause) between ``start`` and ``end`` ("12
        ferries and 40 buses, or 30%": the share is of a list, not of one part)? A year or a
        date is no figure ("… premises by October 2025, a coverage rate of 70%")."""
        for m in re.finditer(r"\band\b[^,]*", s.between(start, end)):
            a, b = start + m.start(), start + m.end()
            if any(a <= f.start < b for f in s.figures):
                return True
        return False

    @staticmethod
    def _converted(s: Sentence, first: Figure, second: Figure) -> bool:
        """Is ``second`` ``first`` in another unit or currency, in brackets right after it
        ("145,000 hectares (about 358,000 acres)", "€2.1 billion ($2.3 billion)")?"""
        if not (first.kind and second.kind and first.kind != second.kind) or "%" in (first.kind, second.kind):
            return False
        return bool(
            _OPEN_CONVERSION.fullmatch(s.between(first.end, second.start))
            and re.match(r"[ \t]*\)", s.text[second.end : second.end + 3])
        )

    def _own_whole(self, s: Sentence, part: Figure) -> Figure | None:
        """The figure right after ``part`` that is its whole, "of" and a few words between
        ("$52,000 of the federation's $140,000 income", "48 of the fleet's 60 boats")."""
        nxt = self._next_after(s, part)
        if nxt is None or nxt.percent or nxt.fraction or nxt.points or nxt.bound or nxt.value < part.value:
            return None
        if part.kind != nxt.kind and part.kind and nxt.kind:
            return None
        gap = s.between(part.end, nxt.start)
        unit = _UNIT_WORD.match(gap)
        if unit is not None and s.text.startswith(unit.group(0), nxt.end):
            # the same unit word after both, one the figure reader does not know ("58 Ml/d of
            # the total leakage of 205 Ml/d", "12 kWp of the 40 kWp")
            gap = gap[unit.end() :]
        return nxt if _OF_WORDS.match(gap) else None

    def _whole_of(self, s: Sentence, part: Figure) -> Figure | None:
        """ "7 of 19", "7 out of the 19": the whole written right after a part."""
        m = _OF_AFTER.match(s.text, part.end)
        if m and m.group(0).strip():
            return s.figure_at(m.end(), 2)
        return None

    def _lead_whole(self, s: Sentence, part: Figure) -> Figure | None:
        """ "Of the 19 partners, seven …": a whole the sentence opens with, before the part."""
        for f in s.figures:
            if f.start >= part.start:
                break
            if f.percent or f.fraction:
                continue
            lead = s.text[s.start : f.start]
            if _LEAD_OF.search(lead):
                # the part must follow in the next clause, not inside the whole's phrase; a
                # whole listed with another ("Of the 212 pilots and 90 engineers, 71 …") is
                # of both, perhaps
                for g in s.figures:
                    if f.end <= g.start < part.start and re.fullmatch(
                        r"[^,;:()]*\b(?:and|plus)\b[^,;:()]*|[^,;:()]*&[^,;:()]*", s.between(f.end, g.start)
                    ):
                        return None
                return f
        return None

    def _group_before(self, s: Sentence, part: Figure) -> Figure | None:
        """The group "of them" points back to: the one plain count before the part in its
        sentence that can hold it ("20 countries had …; 12 of them"), else None (two
        candidates are a guess)."""
        groups = [
            f
            for f in s.figures
            if f.end <= part.start
            and f.kind == part.kind
            and not (f.percent or f.fraction or f.points or f.bound)
            and f.value >= part.value
        ]
        if not groups and (not s.between(s.start, part.start).strip() or _OF_THAT.match(s.text, part.end)):
            # "Twenty countries had started. Twelve of them, …"; "… took $1.7 billion of that, …"
            return self._group_in_previous(s, part)
        return groups[0] if len(groups) == 1 else None

    def _group_in_previous(self, s: Sentence, part: Figure) -> Figure | None:
        """The group of a sentence that opens with its part ("Twelve of them, or 40%, …"):
        the one count of the sentence before, when that sentence has no other figure."""
        if not _NOUNS_AFTER_SHARE.match(s.text, part.end):
            return None
        return group_before(s, part)

    def _next_after(self, s: Sentence, f: Figure) -> Figure | None:
        later = [g for g in s.figures if g.start >= f.end]
        return later[0] if later else None

    # -- judging -------------------------------------------------------------------------
    def _judge(self, s: Sentence, share: Figure, part: Figure, whole: Figure) -> Finding | None:
        if part is whole or whole.value <= 0 or part.bound or whole.bound:
            return None
        if part.percent or whole.percent or part.fraction or whole.fraction:
            return None
        if part.kind != whole.kind and part.kind and whole.kind:
            return None
        if whole.currency and not part.currency or part.currency and not whole.currency:
            return None
        if part.value > whole.value * 1.0001:
            return None  # not a part of that whole: another figure, another group
        hedge = self.options.hedge_tolerance
        # the share as written
        if share.percent:
            lo, hi = share.low / 100, share.high / 100
            stated = f"{share.num.written}%"
            tol_text = f"{fmt(share.low, 6)}–{fmt(share.high, 6)}%"
        else:
            t = self.options.fraction_tolerance
            lo, hi = share.value * (1 - t), share.value * (1 + t)
            stated = f'"{share.num.written}"'
            tol_text = f"{pct(lo)}–{pct(hi)}"
        if share.hedge and share.fraction:
            if share.hedge in SIDE_HEDGES:  # "almost half": below half, never much above; "just over a third"
                lo, hi = nearest_side(share.value, share.hedge, lo * (1 - hedge) - 0.01, hi * (1 + hedge) + 0.01)
            else:  # "about a third" is a third as a fraction word is read, a point either side
                lo, hi = lo - 0.01, hi + 0.01
            tol_text = f'{pct(lo)}–{pct(hi)} for "{share.hedge} {share.num.written}"'
        elif share.hedge:  # "some 90 per cent": to the precision its digits imply
            lo, hi = (x / 100 for x in percent_range(share, hedge))
            tol_text = f'{pct(lo)}–{pct(hi)} for "{share.hedge} {share.num.written}"'
        if share.bound:  # "over a third", "less than a quarter": one side only
            if share.bound in ("more than", "over", "at least", "above", "well over", "upwards of", "in excess of"):
                lo, hi = share.value * 0.98, 1.0
            elif share.bound in ("less than", "under", "fewer than", "below", "at most", "no more than", "up to"):
                lo, hi = 0.0, share.value * 1.02
            else:
                return None
            tol_text = f'{pct(lo)}–{pct(hi)} for "{share.bound} {share.num.written}"'
        # the share the figures give, at the precision they were written with
        pl, ph = part.low, part.high
        wl, wh = whole.low, whole.high
        pl, ph = pl - hedge_slack(part, hedge), ph + hedge_slack(part, hedge)
        wl, wh = wl - hedge_slack(whole, hedge), wh + hedge_slack(whole, hedge)
        got_lo, got_hi = pl / wh if wh else 0, ph / wl if wl > 0 else float("inf")
        if got_hi >= lo and got_lo <= hi:
            return None
        got = part.value / whole.value
        return self.finding(
            s.span(share),
            f"{part.num.written} of {whole.num.written} is {pct(got)}, not {stated} (allowed {tol_text})",
            related=[(s.location(part), "the part"), (s.location(whole), "the whole")],
            help="recompute the share, or check the part and the whole",
            subject=f"{part.num.written} {whole.num.written} {share.num.written}",
        )


#: the group a part is "of", named with no figure ("310 of the 2024 crossings", "95 of its
#: members"): a year or one adjective may stand before the noun
_OF_GROUP = re.compile(
    r"[ \t]+(?:out[ \t]+)?of[ \t]+(?:the|its|their|all|these|those)[ \t]+(?:(?:19|20)\d\d(?:[/–-]\d\d)?[ \t]+)?", re.I
)


def _group_noun(s: Sentence, part: Figure) -> int | None:
    """Where the noun of the group a part is "of" starts, when it is named with no figure
    ("910 of the 2024 complaints"): a share "of the total" is a share of that group."""
    m = _OF_GROUP.match(s.text, part.end)
    if m is None or s.figure_at(m.end(), 0) is not None:
        return None
    return m.end()


#: units of time: a figure in one says how long or how old, not how many
_TIME_UNITS = frozenset("year years month months week weeks day days hour hours minute minutes decade decades".split())


def _span_of_time(s: Sentence, before: Figure, f: Figure) -> bool:
    """Is ``f`` a span of time or an age said of a count before it ("27 of the 96 schools
    needed work within five years", "1,512 were more than 15 years old"), not a count of
    its own: in a unit of time, after a figure that is not, and not that figure's whole
    ("5 of the 12 months")?"""
    if (f.unit or "").lower() not in _TIME_UNITS or (before.unit or "").lower() in _TIME_UNITS:
        return False
    return not _OF.search(s.between(before.end, f.start))


# "three or more loans", "aged 65 and over": a figure that sets a threshold for the thing
# counted, not a part of anything
_THRESHOLD_AFTER = re.compile(
    r"(?:[ \t]+[a-z]+)?[ \t]+(?:or|and)[ \t]+(?:more|fewer|less|over|above|older|younger|under|below)\b", re.I
)
_WORD_BEFORE_BOUND = re.compile(r"[A-Za-z][ \t]+$")


def _threshold(s: Sentence, f: Figure) -> bool:
    """Does ``f`` set a threshold inside a noun phrase ("people under 19", "firms with over 50
    staff", "three or more loans") rather than count a part? A bound after a noun or a
    preposition is one; a bound opening the part ("…, more than 1,000, or 30%") is not."""
    if _THRESHOLD_AFTER.match(s.text, f.end) and not _OF_AFTER.match(s.text, f.end):
        return True
    if f.bound in ("under", "over", "above", "below", "more than", "less than", "fewer than"):
        head = s.before(f.start, 40)
        cut = head.lower().rfind(f.bound)
        return (
            cut > 0
            and bool(_WORD_BEFORE_BOUND.search(head[:cut]))
            and not re.search(
                r"\b(?:is|are|was|were|be|been|being|by|to|from|reached|totalled|numbered)[ \t]+$", head[:cut], re.I
            )
        )
    return False
