"""What a dated event is done to, and of which class the event is: the *dated object*.

An editor links "The new patient premium began on 1 March 2024" and "the premium has
brought little change since it was introduced in April 2024" because both date one class
of event (a start) of one thing (the premium), whatever the verbs. :func:`dated_object`
reads, from the words right before a date, the word of an event class
(``claimcheck.data.event_classes``: a verb, a noun, an idiom, a state since a start: "in
service since") and the noun phrase it is about:

- what an active verb acts on ("Allwyn took over the licence on …": the licence), unless
  that is the doer's own product ("handed down its report": the doer);
- what a noun is of ("the launch of the strategy", "the strategy's launch");
- else the subject: of a passive or intransitive verb ("The review that came out …"),
  of a participle or relative clause set off by a comma ("North Sea Link, commissioned
  in 2020", "the Royal Commission, which reported in …"), the noun phrase a sentence
  opens with when a parenthesis stands between ("The premium, worth £50 …, began on …");
  "it" is the main clause's subject before "since it …" or the first noun phrase of the
  sentence before ("It was published on …").

:func:`claimcheck.extract.linking.events.same_object` says whether two such objects are one thing: the same head noun (one
kind of document counted as one: an accord and an agreement), the qualifiers of one all
among the other's ("the review" / "Transport Scotland's review of the criteria"), no two
different names, doers, numbers, ordinals or places; a name and the description the
document sets beside it (:func:`aliases_of`: "Ofcom, the broadcasting regulator, …") are
one, and so are an acronym and the name it is defined for ("the Coastal Ferry Safety Code
(CFSC)" / "the CFSC"). Silence is preferred: a clause whose object cannot be read gives None.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from claimcheck import lazyre as re
from claimcheck.data.event_classes import (
    COARSE_CLASS,
    EVENT_CLASSES,
    OBJECT_EVENT_WORDS,
    AGREEMENT_VERBS,
    INTRODUCED_AS_PROPOSALS,
    RECURRING,
    SERVED,
    SINCE_VERBS,
    STATE_SINCE_START,
    LAUNCHED_BY_PUBLISHING,
    NOT_OBJECT_EVENT_WORDS,
    OBJECT_CLASSES,
    PART_ADVERBS,
    STAGE_NOUNS,
    OWN_PRODUCTS,
    SAME_HEAD,
    WITHOUT_OBJECT,
)
from claimcheck.document import Document
from claimcheck.extract.acronyms import find_acronyms
from claimcheck.extract.happenings import INTENT_TO, PART_BEFORE
from claimcheck.extract.stems import stem
from claimcheck.extract.text import of_document

__all__ = ["Aliases", "DatedObject", "aliases_of", "as_stage", "dated_object"]


def _phrases() -> dict[tuple[str, ...], tuple[str, str]]:
    """Each word or phrase of a class as its stems -> (coarse class, first stem)."""
    out: dict[tuple[str, ...], tuple[str, str]] = {}
    for table in (EVENT_CLASSES, OBJECT_EVENT_WORDS):
        for cls, words in table.items():
            if COARSE_CLASS.get(cls, cls) not in OBJECT_CLASSES:
                continue
            for w in words:
                if w in NOT_OBJECT_EVENT_WORDS:
                    continue
                words_of = w.split()
                stems = tuple(stem(t) for t in words_of)
                out[stems] = (COARSE_CLASS.get(cls, cls), stems[0])
                # its past and its -ing form, where the stemmer reads them otherwise ("enter" /
                # "entered service", "entering service")
                first = words_of[0]
                for form in (first + ("d" if first.endswith("e") else "ed"), first.removesuffix("e") + "ing"):
                    out.setdefault((stem(form), *stems[1:]), (COARSE_CLASS.get(cls, cls), stems[0]))
    return out


_PHRASES = _phrases()
#: a document's showing ("unveiled the roadmap"): its publication, when what is shown is
#: launched by publishing (:data:`LAUNCHED_BY_PUBLISHING`: a plan, a strategy, a roadmap),
#: as its launch is; else an announcement of what starts later ("unveiled the scheme")
_UNVEIL = stem("unveil")
_PHRASES.setdefault((_UNVEIL,), ("publication", _UNVEIL))
for _form in ("unveiled", "unveiling"):
    _PHRASES.setdefault((stem(_form),), ("publication", _UNVEIL))
_LONGEST = max(len(k) for k in _PHRASES)
_WITHOUT_OBJECT = frozenset(stem(w) for w in WITHOUT_OBJECT)
_SINCE_VERBS = {stem(w): c for w, c in SINCE_VERBS.items()}
#: past forms of verbs of a class without "-ed" ("the schemes begun since 2020")
_PAST_FORMS = frozenset({"began", "begun", "set", "shut", "put", "took", "taken", "came", "went", "ran"})
_STATE_SINCE_START = {" ".join(stem(x) for x in w.split()): c for w, c in STATE_SINCE_START.items()}
_SINCE = re.compile(r"\b(?:since|from)\s+$", re.I)
_OWN = frozenset(stem(w) for w in OWN_PRODUCTS)
_PUBLISHED = frozenset(stem(w.split()[-1]) for w in LAUNCHED_BY_PUBLISHING)
_LAUNCH = stem("launch")
_INTRODUCE = frozenset({stem("introduce"), stem("introduction")})
_PROPOSALS = frozenset(stem(w) for w in INTRODUCED_AS_PROPOSALS)
_AGREEMENT_VERBS = frozenset(stem(w) for w in AGREEMENT_VERBS)
#: the nouns of an agreement (an agreement is no agreeing: "the agreement reached on …")
_AGREEMENTS = frozenset(stem(w) for w in ("agreement", *SAME_HEAD))

_TOKEN = re.compile(r"[A-Za-z][\w’'-]*|\d+(?:[.,]\d+)*|[,;:()]")
# the word that relates the date to its clause: "in", "since", "from", "of"
_RELATION = re.compile(r"(?:\s*,)?\s*(?:(?:in|on|at|from|since|during|of)\s+)?$", re.IGNORECASE)
_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")
# a year between a determiner and the noun it labels: "its 2016 survey", "the 2019 Yearbook"
_LABEL_BEFORE = re.compile(r"\b(?:the|its|their|his|her|our|this|that|a|an)\s+$", re.IGNORECASE)
_LABEL_AFTER = re.compile(r"\s*[A-Za-z]")
# a date that is no happening's: a deadline, an end of a state, a range's
_NOT_WHEN = re.compile(
    r"\b(?:until|till|by|before|to|through|throughout|between|and|as\s+of|as\s+at|per|every)\s*$", re.I
)
# ordinals that tell two things of a kind apart ("the second tranche")
_ORDINALS = {"first", "second", "third", "fourth", "fifth", "next", "previous", "former", "latest", "final"}
# where the date's clause starts: a sentence's end, a semicolon or colon, or a conjunction
_CLAUSE = re.compile(r"(?:[.;:!?]\s|\b(?:but|while|whereas|although)\s)")
_OPENERS = {"since", "when", "after", "once", "following", "until", "before"}
_BE_HAVE = {"was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "will", "would"}
# auxiliaries and the adverbs between them and a verb ("was formally adopted")
_AUX = _BE_HAVE | {
    "first",
    "finally",
    "formally",
    "officially",
    "only",
    "duly",
    "eventually",
    "actually",
    "then",
    "later",
    "not",
    "never",
    "also",
    "still",
    "already",
    "just",
    "recently",
}
_RELATIVE = {"which", "who", "that"}
# the verb of a phrase of a class said from its second word ("entered into force", "came into effect")
_MOTION = {"entered", "enters", "came", "comes", "went", "goes"}
_PRONOUNS = {"it", "they", "this"}
_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "our"}
_POSSESSIVE_PRONOUNS = {"its", "their", "his", "her"}
_PREPOSITIONS = {
    "in",
    "at",
    "to",
    "for",
    "from",
    "with",
    "on",
    "by",
    "under",
    "into",
    "across",
    "after",
    "before",
    "between",
    "along",
    "near",
    "through",
    "within",
    "against",
    "about",
    "over",
}
_STOP = (
    _AUX
    | _RELATIVE
    | _PRONOUNS
    | _DETERMINERS
    | _PREPOSITIONS
    | _OPENERS
    | {"of", "and", "or", "no", "new", "own", "first", "second", "last", "latest", "commercial", "formal", "full"}
)
# words after a verb, not after a noun of a noun phrase
_VERB_FOLLOWERS = _DETERMINERS | _PREPOSITIONS | {"out", "up", "off", "down", "that", "how", "whether", "more", "less"}
# a plan, not a happening: "will become mandatory from 2028", "is due to open in 2026"
_PLAN = re.compile(
    rf"\b(?:{INTENT_TO}|will|would|shall|due\s+to|expected\s+to|set\s+to|planned|scheduled|plans?\s+to)\b", re.I
)
# a happening denied: "did not publish", "never opened", "failed to sign"
_DENIED = re.compile(r"\b(?:not|never|no\s+longer|failed\s+to|yet\s+to)\b|n[’']t\b", re.I)
_STAGE = "(?:" + "|".join(sorted(STAGE_NOUNS)) + ")"
# a happening said to be a stage of several: "as a pilot", "on a trial basis", "in a test phase"
_AS_STAGE = re.compile(
    rf"\b(?:as\s+an?|on\s+an?|in\s+an?|in\s+its|in\s+the)\s+(?:[\w-]+\s+)?{_STAGE}s?\b|\b{_STAGE}\s+(?:phase|stage|basis)\b",
    re.I,
)
#: how many words before the date the event's word may end
_REACH = 6


@dataclass(frozen=True)
class DatedObject:
    """A date's event class and the thing it is done to: the stem of its head noun, the
    stems of its other words, the names in it, and the phrase as written."""

    event: str
    head: str
    words: frozenset[str]
    names: frozenset[str]
    shown: str
    ordinal: str | None = None
    #: the thing comes back by the calendar ("the annual survey")
    recurring: bool = False
    #: the numbers of its noun phrase ("the tide parser 1.2")
    numbers: frozenset[str] = frozenset()
    #: what the clause says between the event and the date: where, to whom ("opened in
    #: Leeds", "opened to traffic"): none in common, another happening
    tail: frozenset[str] = frozenset()
    #: the names of who did it, when the object is what an active verb acts on
    #: ("Birmingham issued a notice": Birmingham)
    doers: frozenset[str] = frozenset()
    #: the head noun of who did it ("the trust took over the centre": trust)
    doer_head: str | None = None
    #: the name whose possessive opens it ("Ethiopia's national command post": Ethiopia)
    owner: str | None = None
    #: the names its clause gives before the event ("In Ethiopia the federal government set
    #: up …": Ethiopia), by which the other side's owner may be this one's
    around: frozenset[str] = frozenset()
    #: for a state since its start ("has run since 2013", "in place since June 2015"), the
    #: classes of event it may be compared with (a launch, or a founding too)
    since_start: tuple[str, ...] = ()
    #: the years its name sets as a goal, later than the date it is dated by ("the Clean
    #: Rivers 2035 roadmap", "Vision 2040", launched years before): part of its name, which
    #: the document may shorten to its head ("the roadmap"); two targets must agree, a
    #: missing one says nothing (an edition's year, at or before its date, stays a number)
    targets: frozenset[str] = frozenset()


def dated_object(sentence: str, text: str, before: str = "", *, lenient: bool = False) -> DatedObject | None:
    """The event class and the dated object of the date ``text`` in ``sentence``
    (``before``: the sentence before it, for an opening "It"); None when either cannot
    be read. ``lenient``: read a plan, a denial, a stage, an edition too (to tell two
    things apart, not to link them: :func:`claimcheck.extract.linking.events.things_apart`)."""
    at = sentence.find(text)
    if at < 0 or sentence.count(text) > 1:
        return None  # not there, or there twice: "on 1 January 2025 … in 2025"
    pre = sentence[:at]
    if _NOT_WHEN.search(pre):
        return None  # "until 2024", "by June", "between 2019 and": no happening's date
    if _LABEL_BEFORE.search(pre) and _LABEL_AFTER.match(sentence[at + len(text) :]):
        # the year names which one of a kind ("published the results of its 2021 staff
        # census", "reviewed the 2019 edition"): an instance's label, not the event's date
        return None
    # a part of a year before the date ("since the last days of 2022"), then its relation
    pre = PART_BEFORE.sub("", pre)
    cut = _RELATION.search(pre)
    pre = pre[: cut.start()] if cut else pre
    starts = [m.end() for m in _CLAUSE.finditer(pre)]
    clause = pre[starts[-1] :] if starts else pre
    if not lenient and (_PLAN.search(clause) or _DENIED.search(clause)):
        return None
    toks = _TOKEN.findall(clause)
    if toks and _SINCE.search(sentence[:at]) and stem(toks[-1]) in _SINCE_VERBS:
        # "the mandate, which has applied since January 2024": a state since its start
        subject = _subject(toks[:-1], sentence, before)
        return _made(_SINCE_VERBS[stem(toks[-1])], subject) if subject else None
    state = _state_since_start(toks) if _SINCE.search(sentence[:at]) else None
    if state is not None:
        # "the ferry has run since 2013", "the agency, in place since June 2015": it began then
        words, classes = state
        subject = _subject(words, sentence, before)
        made = _made(classes[0], subject) if subject else None
        return dataclasses.replace(made, since_start=classes) if made is not None and not made.recurring else None
    if not lenient and (any(t.lower() in PART_ADVERBS for t in toks) or _AS_STAGE.search(clause)):
        return None  # a stage or a part of several: "began as a pilot", "was first published"
    found = _event_word(toks)
    amount: list[str] = []
    if found is None:
        cut_at = _amount_of(toks)
        if cut_at is not None:
            # "introduced its levy of one peso per litre on …": the amount stands between
            # the event and the date, read as the measure's number, not as its name
            amount, found = toks[cut_at:], _event_word(toks[:cut_at])
            toks = toks[:cut_at]
    if found is None:
        if toks and stem(toks[-1]) in _AGREEMENTS and re.search(r"\bof\s+$", sentence[:at]):
            # an agreement named by its date ("the political accord of October 2022"): its making
            np = _np_end(toks)
            return _made("signing", np) if np else None
        return None
    cls, first, i, j = found
    if j == len(toks) and _SINCE.search(sentence[:at]) and (toks[i].endswith("ed") or toks[i] in _PAST_FORMS):
        return None  # "the levies introduced since 2015": each of them since then, no one date
    if any(_YEAR.fullmatch(t) and not _target_year(toks, k, text) for k, t in enumerate(toks) if k >= j):
        return None  # another date stands between: "came into force on 1 January 2025 and requires 2% in 2025"
    obj = _object_after(toks[j:])
    if obj and cls == "launch" and _serving(obj):
        if any(t[:1].isalpha() for t in toks[j + len(obj) :]):
            return None  # "began taking patients from Wales": a widening, not the start
        obj = None  # "the line began carrying passengers in …": the line's start, not the carrying's
    if obj and first in _WITHOUT_OBJECT:
        return None
    if obj and not lenient and any(t.lower() == "own" or t.lower() in RECURRING for t in obj):
        # "issued its own notice": another's of a kind; "its annual report": one edition of many
        return None
    if obj and not (obj[0].lower() in _POSSESSIVE_PRONOUNS and stem(obj[-1]) in _OWN):
        made = _made(cls, obj)
        if made is not None:
            doer = _np_end(_bare_subject(toks[:i]))
            heads = [t for t in doer if t[:1].isalpha() and t.lower() not in _STOP]
            # one doer said by its noun ("the council"), not a group ("the two parties",
            # "Socialists and conservatives": one group said in other words)
            single = heads and not heads[-1].endswith("s") and not any(t.lower() == "and" for t in doer)
            made = dataclasses.replace(
                made, doers=_names_of(doer) | made.doers, doer_head=stem(heads[-1].lower()) if single else None
            )
    else:
        subject = _subject(toks[:i], sentence, before)
        made = _made(cls, subject) if subject else None
    if made is not None:
        made = dataclasses.replace(made, around=_names_of(toks[:i]))
        skip = len(obj) + (toks[j].lower() == "of") if obj else 0  # "the adoption of the reform"
        rest = toks[j + skip :]
        if rest and rest[0].lower() == "by" and _names_of(rest[1:]):
            # "was signed by Chile and Peru": who did it, as "Chile and Peru signed" says
            made = dataclasses.replace(made, doers=made.doers | _names_of(rest[1:]))
        else:
            made = dataclasses.replace(made, tail=_tail(rest))
    if made is None or (not lenient and (made.recurring or (first in _INTRODUCE and made.head in _PROPOSALS))):
        return None  # one edition of many; a bill introduced is proposed, not started
    if first == _LAUNCH and made.head in _PUBLISHED:
        made = dataclasses.replace(made, event="publication")  # "the strategy's launch"
    if first == _UNVEIL and made.head not in _PUBLISHED:
        return None  # "unveiled the scheme": announced, not started
    if amount:
        made = dataclasses.replace(made, numbers=made.numbers | frozenset(t for t in amount if t[:1].isdigit()))
    return _with_targets(made, text)


#: words that say an amount after "of" ("a levy of one peso", "a fee of ten euros")
_AMOUNT_WORDS = frozenset("one two three four five six seven eight nine ten twenty fifty hundred half".split())


def _amount_of(toks: list[str]) -> int | None:
    """Where an amount after "of" ends ``toks`` ("its levy of one peso per litre", "a
    fee of 40 cents a trip", "a cap of A 2 per day"): the index of its "of"; None when
    there is none or a clause break stands after it."""
    for k in range(len(toks) - 2, 0, -1):
        if toks[k] in (",", "(", ")", ";", ":"):
            return None
        if toks[k].lower() != "of":
            continue
        head = toks[k + 1 : k + 3]
        if any(t[:1].isdigit() or t.lower() in _AMOUNT_WORDS for t in head) and toks[k - 1][:1].isalpha():
            return k
        return None
    return None


def _target_year(toks: list[str], k: int, text: str) -> bool:
    """Is the year ``toks[k]`` a goal in a name, not a date: after a capitalised word of the
    name and later than the date ``text`` ("launched the Clean Rivers 2035 roadmap in 2021")?"""
    year = _YEAR.search(text)
    return bool(k and toks[k - 1][:1].isupper() and year and int(toks[k]) > int(year.group(0)))


def _with_targets(made: DatedObject, text: str) -> DatedObject:
    """``made`` with the years of its name later than its date ``text`` read as targets,
    not as numbers ("the Clean Rivers 2035 roadmap, launched in 2021")."""
    year = _YEAR.search(text)
    if year is None or not made.numbers:
        return made
    later = frozenset(n for n in made.numbers if _YEAR.fullmatch(n) and int(n) > int(year.group(0)))
    if not later:
        return made
    return dataclasses.replace(made, numbers=made.numbers - later, targets=later)


def _serving(obj: list[str]) -> bool:
    """Is ``obj`` a thing's serving those it serves, after a verb of a start ("began
    carrying passengers", "started taking patients", "began admitting pupils"): the subject
    is what starts (:data:`~claimcheck.data.event_classes.SERVED`)?"""
    return len(obj) == 2 and obj[0].lower().endswith("ing") and obj[1].lower() in SERVED


def _state_since_start(toks: list[str]) -> tuple[list[str], tuple[str, ...]] | None:
    """The words before a verb of a thing's running or being that ends ``toks`` (before
    "since": "The Harwick ferry has run", "the agency, in place", "has carried passengers"),
    in the perfect or set off as a participle, and the classes of event that began it
    (:data:`~claimcheck.data.event_classes.STATE_SINCE_START`); None when ``toks`` ends
    otherwise."""
    end = toks[:-1] if toks and toks[-1].lower() in SERVED else toks
    for size in (2, 1):
        classes = _STATE_SINCE_START.get(" ".join(stem(t) for t in end[-size:])) if len(end) > size else None
        if classes:
            before = end[:-size]
            perfect = bool(before[-1:]) and before[-1].lower() in ("has", "have", "had", "been")
            if perfect or before[-1:] == [","]:
                return (before[:-1] if perfect and before[-1].lower() == "been" else before), classes
            return None
    return None


def as_stage(sentence: str, text: str) -> bool:
    """The clause of the date ``text`` says its happening is a stage of several ("began as
    a pilot in 2019", "opened on a trial basis in …")."""
    at = sentence.find(text)
    return at >= 0 and bool(_AS_STAGE.search(sentence[max(0, at - 160) : at]))


def _event_word(toks: list[str]) -> tuple[str, str, int, int] | None:
    """The last word or phrase of a class whose last word stands at most :data:`_REACH`
    words before the end ("set up a national locust command post"): (class, its first
    stem, where it starts, where it ends)."""
    stems = [stem(t) if t[:1].isalpha() else t for t in toks]
    n = len(toks)
    for i in range(n - 1, max(-1, n - _REACH - _LONGEST), -1):
        if stems[i] in _AGREEMENTS:
            continue  # a document, not an agreeing
        if stems[i] in _AGREEMENT_VERBS and _agreement_near(stems, i):
            return "signing", stems[i], i, i + 1
        for size in range(_LONGEST, 0, -1):
            key = tuple(stems[i : i + size])
            if len(key) == size and key in _PHRASES and i + size - 1 >= n - _REACH:
                cls, first = _PHRASES[key]
                if first in _WITHOUT_OBJECT and not toks[i].endswith("ed"):
                    continue  # "its report": a noun
                return cls, first, i, i + size
        if toks[i] in (",", "(", ")"):
            break
    return None


def _agreement_near(stems: list[str], i: int) -> bool:
    """An agreement's noun stands just before or after the verb at ``i``."""
    return bool(_AGREEMENTS & set(stems[max(0, i - 2) : i + 4]))


def _object_after(toks: list[str]) -> list[str] | None:
    """The noun phrase after the event's word, up to a preposition (None when there is
    none, or only what says the event with its verb: "began operating")."""
    if toks and toks[0].lower() == "of":
        toks = toks[1:]
    np: list[str] = []
    for t in toks:
        if t.lower() in _PREPOSITIONS or t in (",", "(", ")"):
            break
        np.append(t)
    content = [t for t in np if t.lower() not in _STOP]
    if not content:
        return None
    if len(np) == 1 and content[0].endswith("ing") and content[0].islower():
        return None  # "began operating": what says the event, not what it is of
    return np


#: the finite forms of "be", which no noun phrase holds
_COPULAS = frozenset({"is", "was", "are", "were"})


def _np_end(toks: list[str]) -> list[str]:
    """The noun phrase ending ``toks``: back to a determiner or a word that cannot be in it."""
    out: list[str] = []
    for k in range(len(toks) - 1, -1, -1):
        t, low = toks[k], toks[k].lower()
        if low in ("and", "or") and out and out[-1][:1].isupper() and k and toks[k - 1][:1].isupper():
            out.append(t)  # "between Dunblane and Inverness": names joined
            continue
        if t in (",", "(", ")") or low in _OPENERS or low in _RELATIVE or low in ("and", "or"):
            break
        if low in _COPULAS and out:
            break  # "The exception is the Ostrava line": the phrase after the verb
        out.append(t)
        if low in _DETERMINERS and not (k >= 2 and toks[k - 1].lower() == "of"):
            break  # not before "of": "the first tranche of the grant" is one noun phrase
    return list(reversed(out))


def _np_start(toks: list[str]) -> list[str]:
    """The noun phrase opening ``toks``: up to a comma, a verb-like word or a relative (past
    a phrase it opens with: "After the 2019–20 season, the Royal Commission …")."""
    if toks and (toks[0].lower() in _PREPOSITIONS or toks[0].lower() in _OPENERS) and "," in toks:
        toks = toks[toks.index(",") + 1 :]
    while toks and toks[0].lower() in ("and", "but", "or", "so", "yet"):
        toks = toks[1:]
    out: list[str] = []
    for k, t in enumerate(toks):
        low = t.lower()
        if t in (",", "(", ")") or low in _RELATIVE or low in _BE_HAVE or (low in _OPENERS and out):
            break
        if t.islower() and re.search(r"(?:ed|s)$", t) and out and not re.search(r"(?:ss|us|is|ies)$", t):
            # a verb after the subject ("the law requires that", "the plan sets out")
            nxt = toks[k + 1] if k + 1 < len(toks) else ""
            if not nxt or nxt.lower() in _VERB_FOLLOWERS or nxt[:1].isdigit():
                break
        out.append(t)
    return out


def _tail(toks: list[str]) -> frozenset[str]:
    """The stems of the words between the event (and its object) and the date: where, to
    whom, as what ("opened in Leeds", "opened to traffic")."""
    return frozenset(stem(t.lower()) for t in toks if t[:1].isalpha() and t.lower() not in _STOP)


def _bare_subject(toks: list[str]) -> list[str]:
    """``toks`` without the auxiliaries and adverbs before a verb."""
    while toks and toks[-1].lower() in _AUX:
        toks = toks[:-1]
    return toks


def _names_of(np: list[str]) -> frozenset[str]:
    """The stems of the capitalised words of ``np`` (not its determiner)."""
    return frozenset(stem(re.sub(r"['’]s$", "", t).lower()) for t in np if t[:1].isupper() and t.lower() not in _STOP)


def _subject(toks: list[str], sentence: str, before: str) -> list[str] | None:
    """The subject the event is said of (see the module's notes)."""
    while toks and (toks[-1].lower() in _AUX or toks[-1].lower() in _MOTION):
        toks = toks[:-1]
    if toks and toks[-1].endswith(("'s", "’s")):
        return _np_end(toks)  # "the strategy's launch"
    if toks and toks[-1].lower() in _RELATIVE:
        toks = toks[:-1]
        if toks and toks[-1] == ",":
            return _np_end(toks[:-1]) or None  # "the Royal Commission, which reported"
        return _np_end(toks) or None  # "The review that came out"
    if toks and toks[-1].lower() in _PRONOUNS:
        return _antecedent(toks[:-1], sentence, before)
    if toks == ["She"]:
        # a ship, a country said "she" opening the sentence: the name the sentence before
        # gives it ("The fleet's newest tug is Marit, …"), else the noun phrase it opens with
        named = _NAMED_AS.search(before)
        return _TOKEN.findall(named.group("name")) if named else _antecedent([], sentence, before)
    if toks and toks[-1].lower() == "and":
        # "… was established on … and handed down its report on …": the first verb's subject
        np = _np_start(toks)
        return np if len(np) >= 2 else None
    if toks and toks[-1] == ",":
        # a participle or a finite verb after a parenthesis: the clause's first noun phrase;
        # a participle set off by the one comma after a noun phrase opened by a determiner
        # is that noun phrase's ("Critics note that the Ostrava line, running since …")
        last = _np_end(toks[:-1])
        if "," not in toks[:-1] and len(last) >= 2 and last[0].lower() in _DETERMINERS and last != toks[:-1]:
            return last
        np = _np_start(toks)
        return np or None
    np = _np_end(toks)
    if np and np[-1].lower() in _STOP:
        return None
    return np or None


# a name given as what a thing is, ending its clause: "… is Marit, which works …", "… is *Marit*."
_NAMED_AS = re.compile(r"\b(?:is|was)\s+[*_]?(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})[*_]?\s*(?:[,.;]|$)")


def _antecedent(toks: list[str], sentence: str, before: str) -> list[str] | None:
    """What "it" stands for: the main clause's subject before "since / when it …", or
    the noun phrase the sentence before opens with when "It" opens this one."""
    if toks and toks[-1].lower() in _OPENERS:
        head = toks[:-1]
        commas = [k for k, t in enumerate(head) if t == ","]
        chunk = head[commas[-1] + 1 :] if commas else head
        np = _np_start(chunk)
        if len(np) >= 2 and np[0].lower() in ("the", "its", "their"):
            return np
        return None
    if not toks and before:
        btoks = _TOKEN.findall(before)
        np = _np_start(btoks)
        if len(np) >= 2 and np[0].lower() in ("the", "its", "their"):
            return np
    return None


def _made(cls: str, np: list[str]) -> DatedObject | None:
    """The dated object of the noun phrase ``np`` (its head the word before "of", else its
    last word). A name's possessive opening it is whose the thing is, read as its doer, not
    as a qualifier ("Ethiopia's national command post": the national command post, of
    Ethiopia), so that "the government set up a national command post" may be it."""
    if len(np) >= 2 and np[0][:1].isupper() and re.search(r"['’]s$", np[0]) and np[1][:1].isalpha():
        owned = _made(cls, np[1:])
        if owned is None:
            return None
        owner = stem(re.sub(r"['’]s$", "", np[0]).lower())
        shown = re.sub(r"['’]s$", "", " ".join(np))
        return dataclasses.replace(owned, doers=owned.doers | {owner}, owner=owner, shown=shown)
    cut = next((k for k, t in enumerate(np) if k and (t.lower() == "of" or t.lower() in _PREPOSITIONS)), len(np))
    head_part = np[:cut]
    content = [t for t in np if t.lower() not in _STOP and t[:1].isalpha()]
    heads = [t for t in head_part if t.lower() not in _STOP and t[:1].isalpha()]
    if not content or not heads:
        return None
    raw = re.sub(r"['’]s$", "", heads[-1])
    head = SAME_HEAD.get(raw.lower(), raw.lower())
    if cls == "adoption" and stem(head) in _AGREEMENTS:
        cls = "signing"  # an agreement concluded is one made
    words = frozenset(stem(re.sub(r"['’]s$", "", t).lower()) for t in content)
    names = frozenset(
        stem(re.sub(r"['’]s$", "", t).lower()) for k, t in enumerate(np) if t[:1].isupper() and (k or len(np) == 1)
    )
    ordinal = next((t.lower() for t in np if t.lower() in _ORDINALS), None)
    recurring = any(t.lower() in RECURRING for t in np)
    numbers = frozenset(t for t in np if t[:1].isdigit())
    shown = re.sub(r"['’]s$", "", " ".join(np))
    if np[0].lower() in _DETERMINERS:
        shown = shown[0].lower() + shown[1:]  # "The health tax" in the middle of a message
    return DatedObject(cls, stem(head), words, names, shown, ordinal, recurring, numbers)


# ---------------------------------------------------------------------------------------
# One thing under two names in one document: a name and its description set beside it
# ("Ofwat, the water regulator, …", "the adult rate, the National Living Wage, …",
# "Ofwat (the regulator)"), so that "the regulator's review" is Ofwat's.
# ---------------------------------------------------------------------------------------

_NAME = r"(?:[A-Z][\w’'-]*)(?:\s+(?:(?:of|for|and|on|de|la|the)\s+)?[A-Z][\w’'-]*){0,5}"
_DESC = r"(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]+"
_NAME_THEN_DESC = re.compile(rf"(?<![\w’'-])(?P<name>{_NAME}),\s+(?P<desc>{_DESC})\s*[,;)]")
_DESC_THEN_NAME = re.compile(rf"(?<![\w’'-])(?P<desc>{_DESC}),\s+(?:the\s+)?(?P<name>{_NAME})\s*[,;)]")
_NAME_BRACKET_DESC = re.compile(rf"(?<![\w’'-])(?P<name>{_NAME})\s+\((?P<desc>{_DESC})\)")
#: words a description's head cannot be (a description of a time, a place, a share)
_NOT_DESC_HEADS = frozenset(
    {"year", "month", "week", "day", "time", "rest", "first", "last", "most", "same", "them", "one", "two", "three"}
)


@dataclass(frozen=True)
class Aliases:
    """The names a document sets a description beside: (the name's word stems, the head
    of the description and its other words, as stems), each description's head only
    when it describes one name."""

    pairs: tuple[tuple[frozenset[str], str, frozenset[str]], ...] = ()

    def key(self, obj: DatedObject) -> str:
        """The head ``obj`` is filed under: a description's head for the name it describes
        ("North Sea Link" and "the interconnector" under one)."""
        for name, head, _ in self.pairs:
            if obj.head == head or (obj.head in name and name <= obj.words):
                return head
        return obj.head

    def expand(self, words: frozenset[str]) -> frozenset[str]:
        """``words`` and what each name or description among them is called otherwise."""
        out = set(words)
        for name, head, described in self.pairs:
            if name <= words:
                out |= described | {head}
            if head in words:
                out |= name
        return frozenset(out)


@of_document
def aliases_of(document: Document) -> Aliases:
    """The names and descriptions set beside each other in ``document``'s prose (read
    once per document)."""
    found: dict[str, set[frozenset[str]]] = {}
    described: dict[str, set[str]] = {}
    for block in document.iter_blocks(prose_only=True):
        text = block.text
        for rx in (_NAME_THEN_DESC, _DESC_THEN_NAME, _NAME_BRACKET_DESC):
            for m in rx.finditer(text):
                name = frozenset(
                    stem(w.lower())
                    for w in re.findall(r"[\w’'-]+", m.group("name"))
                    if w[:1].isupper() and w.lower() not in _STOP
                )
                head = m.group("desc").split()[-1].lower()
                if not name or head in _NOT_DESC_HEADS or head in _STOP or not head.isalpha():
                    continue
                found.setdefault(stem(head), set()).add(name)
                words = re.findall(r"[a-z][\w-]*", m.group("desc"))
                described.setdefault(stem(head), set()).update(stem(w) for w in words if w not in _STOP)
        # an acronym and the name it is defined for: "the Alternative Fuels Infrastructure
        # Regulation (AFIR)" and "AFIR" are one thing
        for d in find_acronyms(text) if "(" in text or ", or " in text else ():
            name = frozenset(
                stem(w.lower())
                for w in re.findall(r"[\w’'-]+", d["expansion"])
                if w[:1].isupper() and w.lower() not in _STOP
            )
            acronym = stem(d["acronym"].lower())
            if len(name) >= 2 and acronym.isalpha():
                found.setdefault(acronym, set()).add(name)
                described.setdefault(acronym, set())
    return Aliases(
        tuple(
            (next(iter(names)), head, frozenset(described[head]))
            for head, names in sorted(found.items())
            if len(names) == 1
        )
    )
