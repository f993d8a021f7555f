"""What one date dates: the happening its own clause governs, read from that clause alone.

A date stands in a clause, and the clause says one happening: a verb ("the court ruled on 3
May"), a noun ("since the crossing's opening in October"), a noun the date qualifies ("the
November 2016 groundbreaking"), a state since a start ("in force since 1 April"), or, when
the date opens its clause ("In March 2019, the board adopted …", "- 3 March 2022: the banks
announce …"), the verb after it. Not the sentence's main verb when the date stands in a
clause of its own ("… fell in the three years before the merger was made public in April
2022": the making public). :func:`dated_event` reads that clause and names the happening by
a *prior class* (:data:`claimcheck.data.event_classes.PRIOR_CLASSES`: an opening and an
inauguration are one class, a start and a launch another, a publication and a release a
third), with the clause's participants and what in the clause keeps its happening apart
from another of the class: an ordinal or "another", "again", a plan, a stage or phase, a
number, another year, an announcement or decision about it, a deadline or "until".

DT001 reads two dates of one class in a document that holds no other dated happening of it
as one happening told twice, unless their own clauses keep them apart
(``claimcheck.rules.dt001_event_dated_differently``).
"""

from __future__ import annotations

from dataclasses import dataclass

from claimcheck import lazyre as re
from claimcheck.data.event_classes import PRIOR_CLASSES
from claimcheck.extract.happenings import brought_in, content, tokens

# one alternation per class, the longest phrasing first: "entered into force" before "entered"
_CLASS_RES = [
    (cls, re.compile(r"\b(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")\b", re.IGNORECASE))
    for cls, words in PRIOR_CLASSES.items()
]

#: where a date's clause begins, read backwards from it: a stop, a parenthesis, a clause's
#: conjunction or relative pronoun, a subordinator that opens a clause of its own
_LEFT_EDGE = re.compile(
    r"(?:[;:(\u2013\u2014]|,\s*(?:and|but|which|who|when|where|while|whereas|although|as)\b|,(?=\s)|\band\s+(?=[a-z]+ed\s)"
    r"|\b(?:when|before|after|until|once|because|whereas|while|(?<!\ball\s)but|that)\s"
    # a verb of saying opens a content clause of its own, with or without "that": "the
    # district said the 16 January ballot showed …"
    r"|\b(?:said|says|argued|argues|noted|notes|stated|claimed|claims|added|wrote|warned)\s(?=(?:the|its|their)\s))",
    re.IGNORECASE,
)
#: where it ends, read forwards: a stop, a comma, a parenthesis, a conjunction of clauses
_RIGHT_EDGE = re.compile(r"[;:,()\u2013\u2014]|\s(?:but|which|when|while|after|before)\s|\.\s|\.$")

#: a clause that keeps its happening apart from another of its class
_APART = re.compile(
    # (not "new" after "on" or "to": what a measure bears on, "a ban on new permits",
    # "closed to new members", is no second thing of the clause's kind)
    r"\b(?:another|other|(?<!\bon\s)(?<!\bto\s)new|next|latest|previous|earlier|later|again|re-?(?:open|start|launch|elect|buil|introduc|instat|sum|new|appoint|submitt|issu|publish|sign|ratifi)\w*|twice|times|each|every|annual|yearly|"
    r"phase|(?-i:stage)|tranche|round|pilot|partial|partly|appeal\w*|twin|sister|"
    r"due|scheduled|expected|planned|plans?|planning|set\s+to|aims?|target\w*|slated|forecast|originally|"
    r"estimated|anticipated|projected|provisional|tentative|hoped-for|"
    r"will|would|shall|should|could|might|(?-i:may)|"
    r"announce\w*|said|says|propos\w*|decid\w*|agreed\s+to|voted\s+to|unveil\w*|"
    r"not|never|no)\b",
    re.IGNORECASE,
)
#: words before an apposition that make its thing one of several ("The annual water report,
#: published in …", "Its twin, Skerry-B, launched …")
_SET_OFF = re.compile(r"\b(?:another|other|new|next|latest|previous|annual|yearly|twin|sister)\b", re.IGNORECASE)
#: an ongoing state since a date: the start of work is not its outcome ("Since November
#: 2012, the community has been working on …")
_SINCE_BARE = re.compile(r"\b(?:since|from|as\s+of|starting)\s*$", re.IGNORECASE)
#: what is built: a range in the clause of its building is the works' span, ending at completion
_WORKS = (
    r"\b(built|construction|constructed|works|building)\b[^.;]{0,80}?(?:\b(?:ran|lasted|went\s+on|took\s+place))?\s*$"
)

#: a date that names which thing the noun after it is ("its 2022 Member Census"), not when
#: the clause's event happened: a word follows it that is no preposition or conjunction
_ATTRIBUTIVE = re.compile(
    r"\s+(?!(?:and|or|but|nor|to|by|for|as|when|after|before|with|at|in|on|from|under|until|while|which|"
    r"who|that|the|a|an|its|their|his|her|this|these|those|following|amid|despite|during|via|over|into|"
    r"onto|since|than|because|if|so|then|was|were|is|are|had|has|have|it|they|he|she|we|about|against|"
    r"among|between|through|without|within|across|upon|once|where|whereas|although|though|per|of)\b)"
    r"[A-Za-z]",
    re.IGNORECASE,
)
#: an event's thing that is a part of another: "the gallery's north wing opened"
_PART_OF = re.compile(r"\b([A-Za-z-]+)['\u2019]s?\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s+(?:(?:was|were|has|had)\s+)?$")

#: a part said with "of": "The east wing of the museum opened"
_PART_OF_OF = re.compile(
    r"\b(?:the|its)\s+(?:[a-z-]+\s+)?[a-z-]+\s+of\s+(?:the|its)\s+([a-z-]+)\s+(?:(?:was|were|has|had)\s+)?$",
    re.IGNORECASE,
)

#: what runs for a spell and ends when it closes: a trial, a hearing, a consultation
_SPELL = re.compile(
    r"\b(?:trial|hearing|inquiry|consultation|exhibition|session|season|auction|offer|window|show)\b", re.IGNORECASE
)
#: the noun a relative clause is about, before "that" or ", which"
_RELATIVE = re.compile(r"\b([A-Za-z][\w-]*)\s*,?\s*(?:that|which)\s$")
#: a demonstrative, its noun (up to two words before it) and ", which" ("this night
#: service, which …")
_DEMONSTRATIVE_WHICH = re.compile(
    r"\b((?:this|these|that|those)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s*,\s*which\s*$", re.IGNORECASE
)
#: a preposition and its determiner before a happening's noun: "since the", "after its"
_NOMINAL = re.compile(
    r"\b(?:since|after|before|following|until|despite|amid)\s+(?:the|its|their|this|that)\s+$", re.IGNORECASE
)

#: a date that opens its clause: only prepositions (and "the") before it
_OPENS = re.compile(r"^\s*(?:(?:on|in|at|by|during|early|late|mid)\s+)*$", re.IGNORECASE)
#: ordinals: a clause with one is kept apart from a clause with another or none ("first
#: elected in 2019" / "first won the seat in 2018" are one happening)
#: (not a fraction: "fallen by about a fifth", "a third of the budget")
_ORDINAL = re.compile(
    r"\b(?!(?:(?<=\ba\s)|(?<=\bone\s))(?:third|fourth|fifth)(?:\s+of\b|\s*[,.;)]|\s+(?:and|in|on|since|from|to|more|less)\b))"
    r"(?:first|second|third|fourth|fifth|initial|final|last)\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b", re.IGNORECASE)
_YEAR = re.compile(r"(?<![\d.,])(?:1[89]|20)\d\d(?![\d.,])")
#: a verb that acts on an event's noun: the date is the verb's ("upheld the ruling on …")
_ACTED_ON = re.compile(
    r"\b(?:\w+ed|upheld|overthrew|struck|set|won|lost)\s+(?:down\s+|aside\s+)?(?:the|that|this|its|their)\s+$",
    re.IGNORECASE,
)

#: what stands right before an event's words that names its thing by a pronoun or not at
#: all: "its launch", "the opening", "she set off", "it ended"
_PRONOUN = re.compile(
    r"(?:^|\b(?:the|its|their|his|her|this|that))\s*$|\b(?:it|she|he|they)\s+(?:(?:was|were|had|has|have)\s+)?$",
    re.IGNORECASE,
)
#: one that describes its thing instead of naming it: "the crossing's opening", "the
#: 7.4-kilometre bypass came into service"
_DESCRIBED = re.compile(
    r"\b(?:the|its|their)\s+(?:[a-z0-9.-]+\s+){0,2}[a-z-]+['\u2019]s?\s+$"
    r"|^\s*(?:(?:[Ss]ince|[Aa]fter|[Ww]hen|[Oo]nce|[Uu]ntil|[Bb]efore)\s+)?[Tt]he\s+(?:[a-z0-9.-]+\s+){0,2}[a-z-]+\s+(?:(?:was|were|had|has|have)\s+)?$",
)


def _refers(before: str) -> str:
    """How the words ``before`` an event's name its thing (:attr:`DatedEvent.refers`)."""
    if _PRONOUN.search(before):
        return "pronoun"
    return "described" if _DESCRIBED.search(before) else ""


@dataclass(frozen=True)
class DatedEvent:
    """The happening a date's own clause says."""

    cls: str  #: its prior class (``PRIOR_CLASSES``)
    word: str  #: the words that say it, as written
    clause: str  #: the date's clause, as written
    words: frozenset[str]  #: the clause's participants (stems), not the event's words
    names: frozenset[str]  #: those written with a capital (not a clause's first word)
    numbers: frozenset[str]  #: figures and number words of the clause, not the date's
    apart: bool  #: the clause keeps it apart from another of its class (see ``_APART``)
    ordinals: frozenset[str]  #: its ordinals ("first", "second")
    refers: str  #: how it names its thing by reference: "pronoun" ("its launch", "she set off", "the
    #: opening"), "described" ("the crossing's opening", "the bypass came into service"), or ""
    qualified: dict[str, str | None]  #: each participant's qualifier before it: "bridg" → "road"
    end: bool = False  #: a range of works dates its completion by its end ("built between 2014 and 2018")
    part_of: str | None = None  #: the stem of what its thing is a part of ("the gallery's north wing opened": galler)
    objects: frozenset[str] = frozenset()  #: what its verb acts on ("opened its cancer ward": cancer, ward)
    owners: frozenset[str] = frozenset()  #: the names that own its thing ("Estavia's seed vault": estavia)
    #: a new thing what its verb acts on brings in ("announced the withdrawal of a peanut
    #: sauce": peanut, sauce): another such thing, another happening
    brought: frozenset[str] = frozenset()


def _classed(text: str) -> list[tuple[int, int, str]]:
    """(start, end, class) of every prior class's phrasing in ``text``, by position."""
    found = []
    for cls, rx in _CLASS_RES:
        for m in rx.finditer(text):
            found.append((m.start(), m.end(), cls))
    # a longer phrasing wins over one inside it ("entered into force" over "entered")
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    out: list[tuple[int, int, str]] = []
    for f in found:
        if out and f[0] < out[-1][1]:
            continue
        out.append(f)
    return out


def _left_clause(before: str) -> str:
    edges = list(_LEFT_EDGE.finditer(before))
    return before[edges[-1].end() :] if edges else before


def _right_clause(after: str) -> str:
    m = _RIGHT_EDGE.search(after)
    return after[: m.start()] if m else after


#: a binding measure as the subject right before a verb of a start: its start is its entry
#: into force ("the curfew began", "the new charges started")
_MEASURE_STARTS = re.compile(
    r"\b(?:rules?|regulations?|requirements?|bans?|prohibitions?|moratori(?:um|a)|freezes?|curfews?|"
    r"restrictions?|caps?|levy|levies|tax|taxes|charges?|fees?|fares?|tariffs?|tolls?|ordinances?|"
    r"mandates?|quotas?)\s+$",
    re.IGNORECASE,
)

#: the measure is what another noun is of: "enforcement of the levy began", "work on the toll began"
_MEASURE_OF = re.compile(r"\b(?:of|for|on|against|under)\s+(?:(?:the|its|their|a|an)\s+)?(?:[\w'\u2019-]+\s+){0,3}$")

#: the prior classes of what happens once to a thing (a start, an opening, a completion, a
#: founding, a publication): "the 2014 launch of the satellite" dates the satellite's one
#: launch, where "the 2020 flooding of the valley" may be one flood of several
_ONCE_OF_A_THING = frozenset(
    {"opening", "start", "groundbreaking", "completion", "publication", "entry into force", "founding", "acquisition"}
)


#: a noun phrase set off before ", which"
_COMMA_WHICH = re.compile(r"((?:[\w'\u2019-]+\s+){0,5}[\w'\u2019-]+)\s*,\s*which\s*$")
#: the words that end a noun phrase read backwards: a determiner, a preposition, a verb "be"
_NP_EDGE = frozenset(
    "the a an its their his her this that these those is was are were and or of in on at to for by with from as".split()
)


_DETERMINERS_NP = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those"})
_PREPOSITIONS_NP = frozenset({"of", "to", "for", "on", "in", "at", "with", "from", "by"})


def _named_before_which(before: str) -> str | None:
    """The noun phrase right before ", which" ending ``before``, back to a determiner, a
    preposition or "is" ("The exception is the Kelso line, which" → "Kelso line"), when it
    holds a name (a capitalised word past the sentence's first): None otherwise, and then the
    one noun before it is read as a description (``_RELATIVE``)."""
    m = _COMMA_WHICH.search(before)
    if m is None:
        return None
    words = m.group(1).split()
    kept: list[str] = []
    for w in reversed(words):
        if w.lower() in _NP_EDGE or not w[:1].isalpha():
            break
        kept.append(w)
    kept.reverse()
    ahead = [w.lower() for w in before[: m.start(1)].split()[-2:] + words[: len(words) - len(kept)]]
    if len(ahead) >= 2 and ahead[-1] in _DETERMINERS_NP and ahead[-2] in _PREPOSITIONS_NP:
        return None  # "an amendment to the Audiovisual Act, which …": which of the two, not said
    opens = m.start(1) == 0 and len(kept) == len(words)  # the sentence's first word is capitalised anyway
    names = [w for k, w in enumerate(kept) if w[:1].isupper() and not (opens and k == 0)]
    return " ".join(kept) if len(kept) >= 2 and names else None


def dated_event(sentence: str, date_text: str) -> DatedEvent | None:
    """The happening the clause of the date ``date_text`` in ``sentence`` governs, or None
    when the clause says none, several, or only an ongoing state since the date."""
    at = sentence.find(date_text)
    if at < 0:
        return None
    before, after = sentence[:at], sentence[at + len(date_text) :]
    left = _left_clause(before)
    # a noun the date qualifies: "the November 2016 groundbreaking", "the 2022 vote"
    if re.search(r"\b(?:the|its|their|this|that)\s+$|\w['\u2019]s\s+$|^\s*$", left, re.IGNORECASE) is not None:
        for follow in (re.match(r"\s*([a-z-]+)", after), re.match(r"\s*([a-z-]+\s+[a-z-]+)", after)):
            hit = _classed(follow.group(1)) if follow else []
            if (
                follow
                and hit
                and hit[-1][1] == len(follow.group(1))
                # "the 2014 launch of the satellite": what "of" names is the clause's thing
                # (not "the 2022 return to …", "the 2014 launch of a second …"; only what happens
                # once to a thing: not "the 2020 signing of the accord", whose signing, not said;
                # not "the October 2020 flooding of the valley", one flood of several)
                and not re.match(r"\s*(?:to\b|of\s+(?!the\b))", after[follow.end() :])
                and (hit[-1][2] in _ONCE_OF_A_THING or not re.match(r"\s*of\b", after[follow.end() :]))
            ):
                clause = left + " " + _right_clause(after)
                return _read(clause, hit[-1][2], follow.group(1), refers="pronoun", marks=left)
    ranged = re.match(r"\s*(?:between|from)\s+", date_text) or re.search(r"\b(?:between|from)\s+$", before)
    works = re.search(_WORKS, re.sub(r"\b(?:between|from)\s+$", "", before), re.IGNORECASE) if ranged else None
    if works:
        # a range of works dates their completion by its end: "was built between 2014 and 2018"
        return _read(before, "completion", f"{works.group(1)} (its end)", refers="", end=True)
    apposed = re.fullmatch(r"\s*[a-z]+ed\s+(?:on|in)\s+", left)
    if apposed and not _classed(left):
        # a participle set off after its noun: "In the ruling, delivered on 13 May …"
        noun = re.search(r"(?:the|its|their)\s+([a-z]+)\s*,\s*$", before[: len(before) - len(left)])
        hit = _classed(noun.group(1)) if noun else []
        if noun and hit and hit[0][1] == len(noun.group(1)):
            return _read(before, hit[0][2], noun.group(1), refers="pronoun")
    if _SINCE_BARE.search(left) and not _classed(left):
        return None  # "Since November 2012, the community has been working on …"
    relative = _RELATIVE.search(before[: len(before) - len(left)])
    verb_in = re.fullmatch(r"\s*(?:(?:was|were|had|has)\s+)?[a-z]+(?:\s+[a-z]+)?\s+(?:on|in)\s*", left)
    shown = _DEMONSTRATIVE_WHICH.search(before[: len(before) - len(left)]) if verb_in else None
    if shown:
        # a relative clause set off after a demonstrative's noun is what that noun names: "this
        # catalog, which went live in May" reads as "this catalog went live in May", the thing
        # its own passage has just named, not a description of another thing
        left = shown.group(1).lower() + " " + left
    elif verb_in and (named := _named_before_which(before[: len(before) - len(left)])):
        # ", which" after a noun phrase: that phrase is its thing, names and all ("the Velm
        # speed regulation, which took effect on …" is the Velm regulation, not any thing)
        left = "the " + named + " " + left
    elif relative and verb_in:
        # a relative clause's happening is its antecedent's: "a postal ballot that closed on
        # 15 January", "the mill, which shut in 2015": the antecedent describes its thing
        left = "the " + relative.group(1) + " " + left
    hits = _classed(left)
    if hits:
        s, e, cls = hits[-1]
        word = left[s:e]
        if word.lower().startswith("applied") and re.match(r"\s*,?\s*(?:for|to)\b", after):
            return None  # "the firm has applied since March 2021 for a licence": an application
        if cls == "closure" and _SPELL.search(left[:s]):
            cls = "ending"  # a spell closes when it ends: "the trial of the fraud closed on …"
        if (
            cls == "start"
            and _MEASURE_STARTS.search(left[:s])
            and not _MEASURE_OF.search(left[:s])
            and re.fullmatch(r"\s*(?:in|on|from)?\s*", left[e:])
        ):
            # a binding measure that "began" or "started" came into force: "the parking
            # levy began in March", "since the quarry freeze started on 1 May" (not "began
            # enforcing the levy", not "enforcement of the levy began")
            cls = "entry into force"
        nominal = _NOMINAL.search(left[:s])
        if nominal and len({h[2] for h in hits}) == 1:
            # a happening's noun after a preposition is dated apart from the verb before it:
            # "no draft has appeared since the sinking in April 2022" (no denied sinking)
            left, s, e = left[nominal.start() :], s - nominal.start(), e - nominal.start()
        # what stands between the event's words and the date belongs to its clause; a second
        # class in the clause makes it two happenings ("approved the opening")
        if {h[2] for h in hits} == {"vote", "closure"}:
            # a vote's polls close on its day: "Polls in the mayoral election closed on …"
            s, e, cls = next(h for h in hits if h[2] == "vote")
            word = left[s:e]
        elif len({h[2] for h in hits}) > 1:
            # completing a happening is its completion ("completed its acquisition of …");
            # any other two classes are two happenings ("approved the opening")
            if hits[0][2] != "completion":
                return None
            s, e, cls = hits[0]
            word = left[s:e]
        if _ACTED_ON.search(before[: len(before) - len(left) + s]) and not any(h[2] == cls and h[1] < s for h in hits):
            return None  # "upheld the ruling on 27 June": the date is the upholding's
        # an ordinal may stand before an apposition: "A second footbridge, further upstream, opened …"
        if _ATTRIBUTIVE.match(after) and re.search(
            r"\b(?:the|its|their|his|her|a|an|this|that)\s+$|\w['\u2019]s?\s+$", left, re.IGNORECASE
        ):
            return None  # the date names which thing: "published the results of its 2022 census"
        apposed_to = before[: len(before) - len(left)].rstrip().endswith(",")
        part = _PART_OF.search(left[:s]) or _PART_OF_OF.search(left[:s])
        owner = content([part.group(1)]) if part else []
        if apposed_to and re.fullmatch(r"\s*[a-z]+\s+(?:on|in)\s*", left[s:]) and not left[:s].strip():
            # a participle set off after its noun says what it happened to: "the evaluation,
            # released in March 2024"
            # (with a possessive name that owns it: "Estavia's seed vault, opened in …" is
            # Estavia's, not the vault another party opened)
            noun = re.search(
                r"((?:[A-Z][\w-]*['\u2019]s\s+)?(?:[a-z][\w-]*\s+){0,2}?[A-Za-z][\w-]*)\s*,\s*$",
                before[: len(before) - len(left)],
            )
            if noun and not re.match(r"[A-Z][\w-]*['\u2019]s\s", noun.group(1)):
                # the noun phrase after its article, with its own name and qualifiers ("The
                # Carrow tunnel toll, scrapped in …": not any toll), else the noun alone
                noun = re.search(
                    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his)\s+((?:[\w\u2019'-]+\s+){0,3}?[A-Za-z][\w-]*)\s*,\s*$",
                    before[: len(before) - len(left)],
                ) or re.search(r"([A-Za-z][\w-]*)\s*,\s*$", before[: len(before) - len(left)])
            left = (noun.group(1) + ", " if noun else "") + left
            s += len(noun.group(1)) + 2 if noun else 0
        return _read(
            left,
            cls,
            word,
            refers=_refers(left[:s]),
            marks=before.rsplit(";", 1)[-1] if apposed_to else None,
            part_of=owner[0] if owner else None,
            acts=True,
        )
    if _OPENS.match(left):
        # the date opens its clause ("on 3 May 2023 the court ruled …"; a timeline's "3 March
        # 2022: the banks announce …"): the clause after it
        rest = re.sub(r"^\s*[:\u2013\u2014,-]?\s*", "", after)
        right = _right_clause(rest)
        hits = _classed(right)
        if len({h[2] for h in hits}) == 1:
            s, e, cls = hits[0]
            if _ACTED_ON.search(right[:s]):
                return None
            return _read(right, cls, right[s:e], refers=_refers(right[:s]))
        return None
    # a clause of no class, then "when" and what happened that day ("tripped on 14 January
    # when its transformer failed")
    m = re.match(r"\s*,?\s*when\s+", after)
    if m and not _classed(left):
        right = _right_clause(after[m.end() :])
        hits = _classed(right)
        if len({h[2] for h in hits}) == 1:
            s, e, cls = hits[0]
            return _read(left + " when " + right, cls, right[s:e], refers=_refers(right[:s]))
    return None


def _read(
    clause: str,
    cls: str,
    word: str,
    *,
    refers: str,
    end: bool = False,
    marks: str | None = None,
    part_of: str | None = None,
    acts: bool = False,
) -> DatedEvent:
    """The participants and the marks that keep apart, of ``clause`` (the date's clause
    without the date) whose event is ``word``."""
    # (the date's own words before it are no participant: "published its 0.1 early in" 2017
    # and "a publication date of early" 2019 share no thing)
    own = _DATE_OWN_WORDS.search(clause)
    said = clause[: own.start()] if own else clause
    rest = said.replace(word, " ") if not end else said
    words = tokens(rest)
    stems = frozenset(content(words))
    first = re.match(r"\s*(?:[-*]\s+)?(\w+)", clause)
    names = frozenset(
        content([w for w in words if w[:1].isupper() and not (first and w == first.group(1) and clause.count(w) == 1)])
    )
    numbers = frozenset(n.lower() for n in _NUMBER.findall(rest))
    # what sets a thing off before an apposition keeps it apart too ("The annual water
    # report, published in March 2023")
    apart = bool(_YEAR.search(rest)) or bool(_APART.search(rest)) or bool(marks and _SET_OFF.search(marks))
    before = {stem: _qualifier(clause, m) for stem, m in _heads(clause)}
    ordinals = frozenset(o.lower() for o in _ORDINAL.findall(marks if marks is not None else rest))
    # what the event's verb acts on: the words after it in its clause ("opened its cancer ward")
    at = clause.find(word) if acts and word else -1
    # (not the date's own words: "opened in late 2022")
    acted = re.sub(r"\b(?:in|on|at|during|from|since)\b[^,]*$", "", said[at + len(word) :]) if at >= 0 else ""
    objects = frozenset(content(tokens(acted)))
    owners = frozenset(content(_OWNER.findall(clause)))
    return DatedEvent(
        cls,
        word,
        clause.strip(),
        stems,
        names,
        numbers,
        apart,
        ordinals,
        refers,
        before,
        end,
        part_of,
        objects,
        owners,
        brought_in(said[said.find(word) + len(word) :]) if word and word in said else frozenset(),
    )


#: the words that place a date within its year or month, right before it ("early in",
#: "late", "mid-", "the end of", "the first half of", "very early in"): the date's, no
#: participant of its event
_DATE_OWN_WORDS = re.compile(
    r"\b(?:(?:very|as)\s+)?(?:early|late|mid|middle|(?:the\s+)?(?:end|start|beginning|middle|close|turn|"
    r"(?:first|second|latter|later|earlier)\s+half|(?:first|second|third|fourth|last)\s+quarter)\s+of)"
    r"(?:\s+in|\s+of|-)?\s*$",
    re.IGNORECASE,
)

#: a named owner: "Estavia's seed vault"
_OWNER = re.compile(r"\b([A-Z][\w-]+)['\u2019]s\b")


def _heads(clause: str) -> list[tuple[str, re.Match[str]]]:
    """Each word of ``clause`` as (participant stem, its match), for the words it has one."""
    out = []
    for m in re.finditer(r"[A-Za-z][\w-]*", clause):
        got = content([m.group(0)])
        if got:
            out.append((got[0], m))
    return out


def _qualifier(clause: str, m: re.Match[str]) -> str | None:
    """The participant right before the word ``m`` ("road" of "the Selham road bridge")."""
    prev = re.search(r"([A-Za-z][\w-]*)\s+$", clause[: m.start()])
    if prev is None:
        return None
    got = content([prev.group(1)])
    return got[0] if got else None


def ongoing_since(sentence: str, date_text: str) -> bool:
    """The date opens an ongoing state with no happening of its own: "Since November 2012,
    the volunteers have been working on the app" (the start of work, not its outcome)."""
    at = sentence.find(date_text)
    if at < 0:
        return False
    left = _left_clause(sentence[:at])
    return bool(_SINCE_BARE.search(left)) and not _classed(left) and bool(_PROGRESSIVE.search(sentence[at:]))


_PROGRESSIVE = re.compile(r"\b(?:has|have|had)\s+been\s+[a-z]+ing\b", re.IGNORECASE)
