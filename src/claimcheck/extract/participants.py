"""Dated clauses that state one event, linked by what they share rather than by a vocabulary.

Two dated clauses (:class:`~claimcheck.extract.happenings.Statement`) at most a year apart
state one event when

- they share a *rare participant*: a name or a word that is rare in the document
  (:func:`~claimcheck.extract.linking.document_weights`), which no *other* dated clause of
  the document shares with them under another date (:class:`Participants`); and
- the happening is the same: the same head verb or noun, or a derivation of it ("entered
  service" / "entry into service", "collapsed" / "the collapse", "retired" / "retirement":
  :func:`root`); or, when the words differ, a name is strong enough on its own: no other
  dated clause has it at all, the dates lie within 400 days, one side names the event by
  a noun ("Since the February 2023 attack on Valdora", "Calder's downgrade", "the
  Bundestag's vote on the law") or refers back to it with two participants shared ("Since
  the Savar building came down …"), and the side with fewer participants shares most of
  them (a person's name alone ties no two stories).

A *back-reference* (:func:`points_back`: "Since / When / After … <date>", "the <date> <noun>",
"<noun> of <date>", "<noun>, granted in <date>", ", who/which … <date>") is linked to the one
dated clause it can point at (:meth:`Participants.pointed`), with any verb or noun: the
clauses sharing one of its rare participants (a word of a title-case name counts, and a
pronoun subject stands for what the sentence before names once), less those of a stage
known to differ (:data:`_STAGE_WORDS`, only to keep apart), must all date one span. It
may name its event otherwise: a verb with the subject's own action noun ("tabled its
proposal") says that noun's happening (:func:`_own_act`), and of several candidates the one
that says its happening is meant (:func:`_says`); "since / after <clause>" after a main
clause and a gerund's phrase that is the sentence's subject (:func:`_gerund_subject`) point
back too; one shared rare word ties it to the one candidate of the same known stage that
holds all it names ("Abolishing quotas in …" / "milk quotas ended on …").

The event tables (``happenings.EVENT_CLASSES``) are never the reason for a link ("open
source" is no opening): they only keep apart what they know to differ (announced / took
effect, signed / ratified, opened / closed), as do ordinals ("the first" / "the second
tranche"), plans, other places and numbers, two subjects doing one verb
(:func:`~claimcheck.extract.linking.events.kept_apart`), two events both named by nouns ("the
eruption … in March 2021" / "the June 2021 eruption"), an event and a verb acting on it
("the 2018 merger" / "announced the merger in 2017"), and another date of the same
sentence. A document that dates several happenings of one participant (a timeline: "X was
founded in 2001 … X listed in 2010 … X was sold in 2019") links none of them by the
participant alone, and a participant of more than a dozen dated clauses ties none.
"""

from __future__ import annotations

import collections
import dataclasses
import datetime as dt
import functools
from dataclasses import dataclass
from typing import Callable

from claimcheck import lazyre as re
from claimcheck.data.capitals import CAPITALS
from claimcheck.data.event_classes import SAME_HEAD
from claimcheck.extract.happenings import PER_PARTY, Statement, content, fact_of, tokens
from claimcheck.extract.linking.events import acts_apart, kept_apart

__all__ = ["Dated", "Participants", "root", "same_root"]

# derivational endings, longest first, taken off a light stem (linking.stem has taken the
# inflections and "-ation", "-ment", "-ing", "-ure", "-er" off already)
_DERIVATIONS = ("ition", "ation", "ion", "ment", "hood", "ship", "ance", "ence", "ure", "age", "al", "at", "y", "e")


#: a sentence that opens with a possessive pronoun and its noun ("Its report, published in …")
_OWNED = re.compile(r"\s*(?:its|their|his|her)\s", re.IGNORECASE)


@functools.lru_cache(maxsize=8192)
def root(s: str) -> str:
    """The root of a light stem, for derivations of one verb or noun: "entry" and "enter"
    (``entr``), "collaps" (collapse, collapsed), "inaugur" (inaugurated, inauguration),
    "retir" (retired, retirement), "evacu" (evacuated, evacuation)."""
    for suffix in _DERIVATIONS:
        if s.endswith(suffix) and len(s) - len(suffix) >= 4:
            s = s[: -len(suffix)]
            break
    if len(s) > 4 and s.endswith("er"):
        s = s[:-2] + "r"  # "enter" / "entry", "register" / "registry"
    return s


def same_root(a: str, b: str) -> bool:
    """Two roots of one word: equal, or one the other's beginning ("demol" / "demolish")."""
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 5 and long_.startswith(short) and len(long_) - len(short) <= 3


#: how rare a word must be in the document (linking's log(N / n)) to tie two clauses alone
_RARE = 1.5
#: a participant of more dated clauses than this is what the document is about, and ties
#: none of them (it also bounds the clauses compared: the link stays linear)
_CROWD = 12
#: ordinals that say a clause is another happening than an earlier one of its kind
_LATER = frozenset({"second", "third", "fourth", "fifth", "sixth"})
#: how much of the smaller clause's participants (by rarity) two clauses of other verbs share
_COVERED = 0.6
#: how far apart two dates of one event said with different verbs may lie
_NEAR_DAYS = 400
#: the words before a date that say when something happened ("named": "the 2022 attack")
_HAPPENED = frozenset({"in", "on", "since", "named", "of", "at", "during"})
# a clause that refers back to a known event: "Since the Savar building came down in …"
_BACK = re.compile(r"(?:^|[,;:]\s*)(?:[Ss]ince|[Aa]fter|[Ff]ollowing)\s[^,;:()]*$")
# a noun phrase before the date, "the N of …" with no verb after it
_NOUN_PHRASE = re.compile(
    r"(?:(?:^|[,;:(]\s*|\b(?:[Ss]ince|[Aa]fter|[Bb]efore|[Uu]ntil)\s+)(?:[Tt]he|[Ii]ts|[Tt]heir)\s+[a-z]+\s+of"
    r"|\b[\w-]+['’]s\s+[a-z]+\s+(?:of|on|over|for|against))\s+[^,;:()]*$"
)
# a clause that presupposes an event, the date at its end (after a comma too: "In the months
# after the road was severed, in March 2024"): "Since / When / Once / After / Following
# …", "In the N months after …", "Two years after …"
_POINTER = re.compile(
    r"(?:(?:^|[,;:(]\s*)(?:(?:[Ss]ince|[Ww]hen|[Oo]nce|[Aa]fter|[Ff]ollowing)\s"
    r"|(?:[Ii]n\s+the\s+)?(?:[\w-]+\s+){0,2}(?:days|weeks|months|years|year|month)\s+(?:after|since|following)\s"
    # a relative clause of a thing already named: "the Lord Chancellor, who set up the review …"
    r"|(?<=,\s)(?:who|which)\s)"
    # a clause of its own after the main one: "prices have fallen since the ban took effect in …"
    r"|(?<=[a-z]\s)(?:since|after)\s(?=[^,;:()]*\s[a-z]+(?:ed|en|t)\s))"
    r"[^,;:()]*(?:,\s*(?:in|on|at|during)\s+(?:the\s+)?(?:(?:early|mid|late)[- ])?)?$"
)
# a noun phrase the date names: "The March 2022 shutdown at Kessel" (the date after "the"
# or a possessive), "the sighting of September 2021", "The barrier's consent, granted in June 2020"
_POINTED_NOUN = re.compile(
    r"(?:(?:^|[,;:(]\s*|[.!?]\s+)(?:[Tt]he|[Ii]ts|[Tt]heir|[\w-]+['’]s)\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:[a-z]+\s+of|[a-z]+,\s+[a-z]+(?:ed|en|t)\s+(?:in|on))"
    r"|(?:^|[,;:(]\s*)(?:[Tt]he|[Ii]ts|[Tt]heir))\s*$"
)
# a subordinator right before its date, no event between ("Since 2015 the estate has …",
# "After March 2020, …"): the start or the end of a window, not a happening presupposed
_BARE_WINDOW = re.compile(
    r"(?:^|[,;:(]\s*)(?:[Ss]ince|[Ww]hen|[Oo]nce|[Aa]fter|[Ff]ollowing)\s+(?:early\s+|mid-?\s*|late\s+)?$"
)
# a label and its colon, the date after it: "- Kelby dredger retired: " (a key-facts line)
_LABELLED = re.compile(r"^\W*[A-Z][^.;:()]{2,80}?:\s*$")
# a pronoun subject opening the sentence ("It entered into force on …")
_PRONOUN_OPENING = re.compile(r"^\s*(?:It|This|The\s+(?:latter|former))\s")
# a name of a thing in title case, two words or more ("the Hedgerow Protection Regulation")
_TITLE = re.compile(r"(?<![\w’'-])[A-Z][a-z][\w’'-]*(?:\s+(?:of\s+|for\s+|on\s+|and\s+)?[A-Z][\w’'-]*)+")
# a capitalised word as a possessor or a subject that acts: "Accra's …", "Moscow walked away"
_ACTING_CAPITAL = re.compile(
    r"(?<![\w’'-])([A-Z][\w’'-]+?)(?:['’]s?(?![\w’'-])|\s+(?:(?:has|had|have)\s+)?(?:[a-z]+ed|withdrew|took|chose|gave|left|made|broke|struck|cut|set|put|sent)\b)"
)
# "another" of a thing, not of a time ("another two years", "for another decade")
_ANOTHER = re.compile(
    r"\banother\s+(?!(?:\w+\s+)?(?:days?|weeks?|months?|years?|decades?|times?|round|way|time)\b)", re.IGNORECASE
)
_NAME_TOKEN = re.compile(r"(?<![\w’'-])(?:[A-Z][\w’'-]*|[A-Z]{2,})")


@dataclass(frozen=True)
class Dated:
    """A dated clause as the participant link reads it: its statement, the days it spans,
    the roots of its head verb or noun, its participants and which of them are names."""

    st: Statement
    span: tuple[dt.date, dt.date]
    roots: frozenset[str]
    participants: frozenset[str]
    names: frozenset[str]
    #: the event said by a noun ("the February 2023 attack on Valdora", "Calder's downgrade")
    noun: bool
    #: the days of the other dates of its sentence
    others: tuple[tuple[dt.date, dt.date], ...] = ()
    #: its clause refers back to an event ("Since the Savar building came down in April 2014")
    back: bool = False
    #: its clause is a noun phrase, "the N of …" ("The eruption of Mount Hekla in March 2021")
    phrase: bool = False
    #: its clause presupposes the event it dates: a back-reference ("Since / When / After
    #: … <date>", "the <date> <noun>", "<noun> of <date>", "<noun>, granted in <date>")
    pointer: bool = False
    #: its clause is a label and its colon ("- Kelby dredger retired: spring 2022"): a
    #: back-reference that must name what it is about
    label: bool = False
    #: its clause's subject is a pronoun ("It entered into force on …"): the words of the
    #: sentence before it, one of whose things it is
    antecedent: frozenset[str] = frozenset()
    #: the roots of an action noun its verb gives as the subject's own ("tabled its
    #: proposal", "gave their approval"): the happening said by that noun, not acted on
    own: frozenset[str] = frozenset()
    #: the names in title case of its sentence ("the Quiet Lanes Directive"): the stems of
    #: their words and of the noun each ends with
    titles: tuple[tuple[frozenset[str], str], ...] = ()
    #: its clause says its thing is one more of a kind ("tobiask is another veteran of the
    #: study group, starting …", "opened another depot in …"): not what another clause dates
    another: bool = False
    #: the date dates a start of operation said by a phrase ("was switched on in …",
    #: "entered service on …", "came online in …"): a start, whatever its head words say
    started: bool = False


def dated(
    st: Statement,
    span: tuple[dt.date, dt.date],
    sentence: str,
    stem_of: Callable[[str], str],
    text: str = "",
    others: tuple[tuple[dt.date, dt.date], ...] = (),
    before: str = "",
) -> Dated:
    """Read ``st`` (a date's clause in ``sentence``) for the participant link; ``stem_of``
    is the linking stem, ``text`` the date as written, ``others`` the spans of the
    sentence's other dates, ``before`` the sentence before it in its paragraph (a pronoun
    subject's antecedent: "… the Hedgerow Regulation. It entered into force on …")."""
    st, countries = _capitals_read(st, sentence, stem_of)
    heads = set(st.event_stems) | ({st.event_word} if st.event_word else set())
    noun = st.relation == "named" or st.event_noun or st.bare or st.event_form == "noun"
    if noun and st.head:
        heads.add(st.head)
    roots = frozenset(root(h) for h in heads)
    participants = set(w for w in (st.words | st.about) - heads - st.complement if len(w) >= 3)
    # names: the participants the sentence writes capitalised past its first word
    caps = {stem_of(m.group(0)) for m in _NAME_TOKEN.finditer(sentence) if m.start() > 0} | countries
    at = sentence.find(text)
    back = at >= 0 and bool(_BACK.search(sentence[:at]))
    phrase = at >= 0 and not roots and not st.event and bool(_NOUN_PHRASE.search(sentence[:at]))
    pointer = at >= 0 and (points_back(sentence[:at]) or _gerund_subject(sentence, at, at + len(text)))
    if before and at >= 0 and _PRONOUN_OPENING.match(sentence) and "," not in sentence[:at]:
        # "It" for the one thing the sentence before names by a title ("… approved the
        # Hedgerow Protection Regulation. It became binding on …"): its words are the
        # clause's participants, and names
        titles = {m.group(0) for m in _TITLE.finditer(before) if m.start() > 0}
        if len(titles) == 1:
            words = {stem_of(w) for w in re.findall(r"[A-Za-z][\w’'-]+", titles.pop()) if w[:1].isupper()}
            words = {w for w in words if len(w) >= 3}
            participants |= words
            caps |= words
        # a word the sentence before says twice ("an abstraction scheme … and a drainage
        # scheme") names no one thing
        said = collections.Counter(content(tokens(before)))
        antecedent = frozenset(w for w, n in said.items() if n == 1 and len(w) >= 3) - participants
    elif before and at >= 0 and (owner := pronoun_owner(sentence, before, stem_of, text)):
        # "Its plant, with …, was switched on in …" after "Zelna followed.": the plant is
        # Zelna's, a participant and a name of the clause
        participants |= owner
        caps |= owner
        antecedent = frozenset()
    else:
        antecedent = frozenset()
    # a start of operation said by a phrase the date itself dates ("was switched on in
    # November 2017", "entered service on 2 April"): a stage the head words may not say
    started = at >= 0 and bool(_STARTED_PHRASE.search(sentence, max(0, at - 60), at))
    return Dated(
        st,
        span,
        roots,
        frozenset(participants),
        frozenset(participants & caps),
        noun,
        others,
        back,
        phrase,
        pointer,
        label=at >= 0 and bool(_LABELLED.match(sentence[:at])),
        antecedent=antecedent,
        own=_own_act(sentence[:at] if at >= 0 else "", stem_of),
        titles=_titles(sentence, stem_of),
        another=at >= 0 and bool(_ANOTHER.search(sentence[:at])),
        started=started,
    )


def _capitals_read(st: Statement, sentence: str, stem_of: Callable[[str], str]) -> tuple[Statement, set[str]]:
    """``st`` with a capital that acts for its country ("Accra's emergency declaration",
    "Moscow walked away from the deal") read as the country (:data:`CAPITALS`), and the
    stems of those countries."""
    found = {
        stem_of(m.group(1)): stem_of(CAPITALS[m.group(1)])
        for m in _ACTING_CAPITAL.finditer(sentence)
        if m.group(1) in CAPITALS
    }
    if not found:
        return st, set()

    def read(words: frozenset[str]) -> frozenset[str]:
        return frozenset(found.get(w, w) for w in words)

    read_st = dataclasses.replace(
        st, words=read(st.words), subject_names=read(st.subject_names), theme=read(st.theme), about=read(st.about)
    )
    return read_st, set(found.values())


def _titles(sentence: str, stem_of: Callable[[str], str]) -> tuple[tuple[frozenset[str], str], ...]:
    """The title-case names of ``sentence``, each as the stems of its words and the stem of
    the noun it ends with (one name of an agreement: "Accord", "Pact" are "Agreement")."""
    out = []
    for m in _TITLE.finditer(sentence):
        words = [stem_of(w) for w in re.findall(r"[A-Za-z][\w’'-]*", m.group(0)) if w[:1].isupper()]
        last = m.group(0).rsplit(None, 1)[-1]
        out.append((frozenset(words), stem_of(SAME_HEAD.get(last.lower(), last.lower()))))
    return tuple(out)


def _titles_apart(a: Dated, b: Dated, shared: set[str] | frozenset[str]) -> bool:
    """The words the two share stand in each in a title-case name, and the names end with
    different nouns, neither of which the other clause says: two things of one family ("the
    Quiet Lanes Directive" / "its first Quiet Lanes Plan", "the Orla Museum" / "the Orla
    Library")."""
    heads = []
    for x in (a, b):
        names = [(words, head) for words, head in x.titles if words & shared]
        if not names or not all(any(w in words for words, _ in names) for w in shared):
            return False
        # (a name that ends with a shared word says no other head: "… and Open Government")
        heads.append({head for _, head in names} - shared)
        if not heads[-1]:
            return False
    ha, hb = heads
    return not ha & hb and not ha & b.st.words and not hb & a.st.words


# a past verb, a possessive pronoun and a noun (a qualifier before it) ending the clause
# before the date: "tabled its proposal on the use of … on", "set out its timetable proposal on"
_OWN_ACT = re.compile(
    r"\b([a-z]+(?:ed|t))\s+(?:out\s+)?(?:its|their)\s+(?:[a-z]+\s+)?([a-z]{4,})\b"
    r"(?:\s+(?:of|on|for|to|against|over|into|with|from|about)\s[^,;:()]*)?\s+\S+\s*$"
)


def _own_act(before: str, stem_of: Callable[[str], str]) -> frozenset[str]:
    """The roots of the action noun in ``before`` (a clause up to its date) that its verb
    gives as the subject's own act ("The Commission tabled its proposal on …"), when the
    tables know no stage of the verb (an announcement of its withdrawal is no withdrawal)."""
    m = _OWN_ACT.search(before)
    if not m or root(stem_of(m.group(1))) in _stage_roots():
        return frozenset()
    return frozenset({root(stem_of(m.group(2)))})


# a sentence that opens with a gerund's phrase ("Abolishing quotas in …"), not a preposition
# made of one ("During", "Following", "According to", "Including")
_GERUND_OPENING = re.compile(
    r"^\s*(?!(?:During|Following|According|Including|Excluding|Regarding|Concerning|Starting|Beginning|Notwithstanding)\b)"
    r"[A-Z][a-z]{3,}ing\s[^,;:()]*$"
)
# the main verb right after the gerund's date: "… in the spring of 2014 removed the …"
_VERB_AFTER = re.compile(r"^\s+(?:(?:has|had|have|was|is|did|does|may|will|would)\s+)?(?:not\s+)?[a-z]+(?:ed|s|t)\b")


def _gerund_subject(sentence: str, start: int, end: int) -> bool:
    """The date ends a gerund's phrase that is the sentence's subject ("Abolishing quotas
    in the spring of 2014 removed …"): the happening is presupposed, a back-reference."""
    return bool(_GERUND_OPENING.match(sentence[:start])) and bool(_VERB_AFTER.match(sentence[end:]))


def opens_with_pronoun(sentence: str) -> bool:
    """Does ``sentence`` open with a pronoun subject ("It entered into force on …") or a
    possessive one ("Its plant was switched on …")?"""
    return bool(_PRONOUN_OPENING.match(sentence) or _ITS_OPENS.match(sentence))


def opens_with_possessive(sentence: str) -> bool:
    """Does ``sentence`` open with a possessive pronoun ("Its plant was switched on …")?"""
    return bool(_ITS_OPENS.match(sentence))


#: a start of operation said by a phrase, right before the date it is dated by: "was
#: switched on in", "entered commercial service on", "went live on", "came online in", "came
#: on stream in", "was brought into service in"
_STARTED_PHRASE = re.compile(
    r"\b(?:switched\s+on|entered\s+(?:[a-z]+\s+)?service|(?:went|gone|goes)\s+live|"
    r"(?:came|come|comes)\s+(?:online|on\s*stream)|into\s+(?:[a-z]+\s+)?(?:service|operation))"
    r"\s+(?:in|on|at|from|during)\s+(?:the\s+)?(?:(?:early|mid|late|end\s+of)[\s-]+)?$",
    re.IGNORECASE,
)
#: a word that opens a clause of its own within a sentence: what it dates is not the thing
#: the sentence's opening possessive owns
_CLAUSE_OPENER = re.compile(
    r"\b(?:that|since|when|after|before|because|while|whereas|which|who|where|until|although|though|if|and|but)\b|;",
    re.IGNORECASE,
)
#: a sentence that opens with a possessive pronoun: "Its plant …", "Their treaty …"
_ITS_OPENS = re.compile(r"\s*(?:Its|Their)\s")
#: the name a sentence opens with, its subject: "England was last.", "The Orla Trust said …"
_OPENING_NAME = re.compile(r"\s*(?:The\s+)?((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)")
#: a sentence that opens with a name, not a function word: "Marovia opened a seed vault"
_NAMED_SUBJECT = re.compile(
    r"\s*(?!(?:The|A|An|In|On|At|Since|After|When|Its|Their|This|That|It|They|He|She)\b)[A-Z][a-z]+"
)


def pronoun_owner(sentence: str, before: str, stem_of: Callable[[str], str], text: str = "") -> frozenset[str]:
    """The stems of the owner a possessive pronoun opening ``sentence`` stands for ("Its
    plant was switched on …"): the name the sentence ``before`` opens with, its subject
    ("Zelna followed.", "The Orla Trust said …"); empty when ``sentence`` opens otherwise or
    no name opens ``before`` ("In 2014 …"). With ``text`` (a date of the sentence), only
    when the date is in the clause the pronoun opens, not in one set off after it ("Its
    councillors say that, since the campus opened in 2020, …": the campus is not the
    council's)."""
    if not _ITS_OPENS.match(sentence):
        return frozenset()
    if text:
        at = sentence.find(text)
        if at < 0 or _CLAUSE_OPENER.search(sentence, 0, at):
            return frozenset()
    m = _OPENING_NAME.match(before)
    if m is None or not (_NAMED_SUBJECT.match(before) or before.lstrip().startswith("The ")):
        return frozenset()
    return frozenset(stem_of(w) for w in tokens(re.sub(r"['’]s\b", "", m.group(1))))


def points_back(before: str) -> bool:
    """Does the clause that ends with a date (``before``: the sentence up to it) presuppose
    the event it dates ("Since the plant went dark in …", "The approval, granted in …", a
    key-facts label and its colon: "- Kelby dredger retired: ")?"""
    if _BARE_WINDOW.search(before):
        return False  # "Since 2015 the estate has planted …": a window's start, no event said
    return bool(_POINTER.search(before) or _POINTED_NOUN.search(before) or _LABELLED.match(before))


def _headless(x: Dated) -> bool:
    """A clause whose happening no verb or noun of its own says ("the collapse of the
    Kellan dam in March 2018": the noun is among its words)."""
    return not x.roots and not x.st.event


def _same_happening(a: Dated, b: Dated) -> bool:
    """One head verb or noun or a derivation of it ("entered service" /
    "entered service", "retired" / "retirement"), or the head of one clause among the
    words of one that has none of its own ("collapsed on 2 March 2019" / "the collapse of
    the dam in March 2018"); not the object of another verb ("the 2018 merger" /
    "announced the merger in 2017")."""
    if any(same_root(x, y) for x in a.roots for y in b.roots):
        return True
    for x, y in ((a, b), (b, a)):
        if x.roots and _headless(y) and any(same_root(r, root(w)) for r in x.roots for w in y.st.words):
            return True
    return False


def _says(x: Dated, roots: frozenset[str]) -> bool:
    """``x`` says a happening of one of ``roots``: by its head verb or noun, or by a word
    of its clause ("tabled its proposal" says a proposing)."""
    return any(same_root(r, h) for r in roots for h in x.roots | {root(w) for w in x.st.words})


def _nominal(x: Dated) -> bool:
    """The event said by a noun, not a verb ("the June 2021 eruption of Mount Hekla",
    "the eruption of Mount Hekla in March 2021", "the Bundestag's vote on the law")."""
    return x.noun or x.phrase or x.st.relation == "of"


def _acted_on(x: Dated, y: Dated) -> bool:
    """``y``'s event is what ``x``'s verb acts on ("announced the merger in 2017" / "the
    2018 merger")."""
    return bool(x.roots or x.st.event) and any(
        same_root(r, root(w)) for r in y.roots for w in x.st.words if root(w) not in x.own
    )


def _apart_by_tables(a: Dated, b: Dated) -> bool:
    """Events the tables know to differ (an announcement and an entry into force)."""
    ea, eb = a.st.event, b.st.event
    return bool(ea and eb and ea != eb and fact_of(ea) != fact_of(eb))


def _things_apart(a: Dated, b: Dated) -> bool:
    """What the two events are done to differs: names of different things ("bought the
    Kestrel Mills chain" / "its acquisition of Orla Bakeries"), or a noun the date names
    is of a thing the other clause never names ("the 2020 passage of the freight rules" /
    "freight passed through Rotterdam")."""
    ta, tb = a.st.theme & a.names, b.st.theme & b.names
    if ta and tb and not ta & tb:
        return True
    for x, y in ((a, b), (b, a)):
        head = x.st.of_head
        if head and not any(same_root(root(head), root(w)) for w in y.st.words):
            return True
    return False


def _names_apart(a: Dated, b: Dated, names: frozenset[str]) -> bool:
    """Each clause names a thing the other never names (``names``: the stems the document
    writes as names), by name or by its initials ("European Investment Bank" / "EIB"): the
    common words they share are of two owners ("An implementation was merged into LDK in
    November" / "The Bitcoin Core implementation was merged in August")."""
    na, nb = a.names | (a.participants & names), b.names | (b.participants & names)
    if not na or not nb or na & nb:
        return False
    for x, y in ((na, nb), (nb, na)):
        initials = {w[0] for w in y}
        if any(2 <= len(w) <= len(y) and set(w) <= initials for w in x):
            return False  # one owner by its name and by its initials
    return bool(na - b.participants) and bool(nb - a.participants)


#: the stages of a thing's life that a back-reference is kept apart by: an announcement is
#: not its entry into force, an approval not its start, a closure not its reopening. Only
#: to keep apart: no link is ever made because two words share a stage
_STAGE_WORDS = {
    "announcement": "propose proposal announce announcement unveil present",
    "decision": "approve approval adopt adoption pass passage enact enactment vote",
    "signing": "sign signing signature",
    # "ratified" stems apart from "ratify" (ratifi / ratif)
    "ratification": "ratify ratified ratification",
    "force": "effect force",
    # "commissioned" and "commission" stem apart (commission / commit), as do "decommissioned"
    # and "decommission"; energising a plant or a line is its start
    "start": "launch start begin open opening inaugurate inauguration publish publication introduce "
    "introduction release commission commissioned commissioning energise energised energize energized",
    "end": "close closure shut stop end halt suspend suspension cease expire repeal abolish scrap withdraw withdrawal "
    "decommission decommissioned decommissioning",
    "return": "resume resumption reopen restore restoration return reinstate rebuild rebuilt repair",
    # a change made to a thing that already is: "the quota was tightened", "the route was
    # extended", "the fee was raised"; never its start nor its end
    "change": "amend amended amendment tighten tightened loosen loosened relax relaxed raise raised lower lowered "
    "extend extended extension expand expanded expansion widen widened narrow narrowed revise revised revision",
}
#: the stage of an event class of the tables (``happenings.EVENT_CLASSES``)
_STAGE_OF_CLASS = {
    "launch": "start",
    "stop": "end",
    "ending": "end",
    "closure": "end",
    "abolition": "end",
    "leaving": "end",
    "return": "return",
    "adoption": "decision",
    "signing": "signing",
    "entry into force": "force",
    "failure": "failure",
}


@functools.lru_cache(maxsize=None)
def _stage_roots() -> dict[str, str]:
    from claimcheck.extract.linking import stem

    return {root(stem(w)): stage for stage, words in _STAGE_WORDS.items() for w in words.split()}


def _stages(x: Dated) -> set[str]:
    """The stages of ``x``'s happening its head words say (none: not known)."""
    table = _stage_roots()
    out = {table[r] for r in x.roots if r in table}
    if any(table.get(root(w)) == "return" for w in x.participants):
        out.add("return")  # "the barrier was rebuilt": a return however the clause was read
    if not out and x.st.event in _STAGE_OF_CLASS:
        out.add(_STAGE_OF_CLASS[x.st.event])
    if not out and x.started:
        out.add("start")  # "was switched on in …", "entered service on …"
    if out and any(table.get(root(w)) == "change" for w in x.participants):
        out.add("change")  # "adopted a revised ordinance" is a change too ("tightened its rules")
    return out


def _stage_apart(a: Dated, b: Dated) -> bool:
    """Two known stages, and no stage in common; or a return (a repair, a reopening) and a
    happening of any other stage, known or not: it comes after what it undoes; a failure ("the levee gave
    way") and a happening of another class of the tables ("took over")."""
    sa, sb = _stages(a), _stages(b)
    if ("failure" in sa) != ("failure" in sb) and a.st.event and b.st.event:
        return True
    return bool(sa and sb and not sa & sb) or ("return" in sa) != ("return" in sb)


def _in_year(span: tuple[dt.date, dt.date], year: int) -> tuple[dt.date, dt.date]:
    """A span of days within one year moved to ``year`` (29 February to the 28th)."""
    d0, d1 = span
    if d0.year != d1.year:
        return span
    return (
        d0.replace(year=year, day=min(d0.day, 28 if d0.month == 2 else d0.day)),
        d1.replace(year=year, day=min(d1.day, 28 if d1.month == 2 else d1.day)),
    )


def _overlap(span: tuple[dt.date, dt.date], spans: tuple[tuple[dt.date, dt.date], ...]) -> bool:
    return any(span[0] <= y1 and y0 <= span[1] for y0, y1 in spans)


class Participants:
    """The dated clauses of one document by participant: which of them share a rare one,
    and whether any other dated clause shares it under another date."""

    def __init__(
        self,
        rows: list[Dated],
        weight: dict[str, float],
        names: frozenset[str] = frozenset(),
        titled: frozenset[str] = frozenset(),
    ) -> None:
        self.rows = rows
        self.weight = weight
        #: the stems the document writes as names somewhere inside a sentence
        self.names = names
        #: the stems of the words of the document's names written in title case ("Upland
        #: Footpath Renewal Plan"), lower case elsewhere or not
        self.titled = titled
        self.by_word: dict[str, list[int]] = {}
        #: the rows whose pronoun subject may stand for a thing of the sentence before
        self.by_antecedent: dict[str, list[int]] = {}
        for j, row in enumerate(rows):
            for w in row.participants:
                self.by_word.setdefault(w, []).append(j)
            for w in row.antecedent:
                self.by_antecedent.setdefault(w, []).append(j)
        #: the rows by the first letters of their head roots (:func:`same_root` needs five in common)
        self.by_root: dict[str, list[int]] = {}
        for j, row in enumerate(rows):
            for r in row.roots:
                self.by_root.setdefault(r[:5], []).append(j)

    def rare(self, row: Dated) -> set[str]:
        """The participants of ``row`` (a row, or a clause that is none: one in a note) rare
        enough to tie it to another: names, and words rare in the document, of at most
        :data:`_CROWD` dated clauses."""
        return {
            w
            for w in row.participants
            if len(self.by_word.get(w, ())) <= _CROWD
            and (w in row.names or w in self.names or self.weight.get(w, 1.0) >= _RARE)
        }

    def _covered(self, a: Dated, b: Dated) -> bool:
        """The clause with fewer participants says little the other does not: those the two
        share weigh at least :data:`_COVERED` of its participants (by rarity)."""
        small = min((a.participants, b.participants), key=len)
        total = sum(self.weight.get(w, 1.0) for w in small)
        shared = a.participants & b.participants
        return total > 0 and sum(self.weight.get(w, 1.0) for w in small & shared) >= _COVERED * total

    def pointed(
        self, j: int | Dated, sentences: list[str], yearless: bool = False, sentence: str = ""
    ) -> tuple[int, set[str]] | None:
        """The one dated clause that back-reference ``j`` can point at, and the rare
        participants they share; None when ``j`` is no back-reference, or none or several
        clauses could be meant, or one agrees with its date. ``sentences``: each row's
        sentence (one sentence dates nothing twice); ``yearless``: its date has no year of
        its own ("after the alert was called, in late August"), and is read in the year of
        the clause it points at.

        Candidates are the other dated clauses that share one of its rare participants, of
        a stage of life not known to differ ("announced" / "took effect"), not a plan, not
        "the second", and, when some name all its rare participants ("the amber alert"),
        only those; all of them must date one day, month or year, at most a year from the
        back-reference, and the one it points at must hold every name it gives and share a
        name (or two rare words) with it. A back-reference that names its event by a noun
        alone ("The approval, granted in October 2022, …") points at the one dated clause
        whose head verb or noun is that word's ("approved the study on 27 October 2021").
        ``j`` may be a clause that is not a row (one in a note), then ``sentence`` is its
        sentence."""
        if isinstance(j, Dated):
            b, j = j, -1
        else:
            b, sentence = self.rows[j], sentences[j]
        if not b.pointer or b.st.plan or b.st.ordinal in _LATER or b.st.relation not in _HAPPENED or b.another:
            return None
        # a word of a name the document gives in title case counts as rare ("the renewal
        # plan" for "the Upland Footpath Renewal Plan")
        # (or a word of at most two other dated clauses, counting those it may be the
        # pronoun's antecedent in: "the abstraction scheme")
        rare = {w for w in b.participants if len(self.by_word.get(w, ())) <= _CROWD} & (
            set(self.rare(b))
            | self.titled
            | {w for w in b.participants if len(self.by_word.get(w, ())) + len(self.by_antecedent.get(w, ())) <= 3}
        )
        found: set[int] = set()
        for w in rare:
            found.update(i for i in self.by_word.get(w, ()) if i != j and sentences[i] != sentence)
            # "It entered into force on …" after a sentence that names the regulation
            found.update(
                i
                for i in self.by_antecedent.get(w, ())[:_CROWD]
                if i != j
                and sentences[i] != sentence
                and b.participants <= self.rows[i].participants | self.rows[i].antecedent
            )
        # no rare participant: its head noun, or a noun that says the event ("The approval,
        # granted in …"), names it
        bare = not found and not b.label and len(b.participants) <= 1 and bool(b.roots or b.participants)
        if bare and _OWNED.match(sentence):
            return None  # "Its report, published in …": whose, the noun alone does not say
        if bare:
            heads = b.roots | {root(w) for w in b.participants}
            found = {
                i
                for h in heads
                for i in self.by_root.get(h[:5], ())
                if i != j and sentences[i] != sentence and any(same_root(x, h) for x in self.rows[i].roots)
            }
            if len(found) > _CROWD:
                return None  # a head said by many clauses names no one event
        if not found:
            return None
        keep = []
        for i in sorted(found):
            a = self.rows[i]
            if _overlap(a.span, (_in_year(b.span, a.span[0].year) if yearless else b.span,)):
                return None  # it agrees with a date of its participant
            if a.st.plan or a.st.ordinal in _LATER or _stage_apart(a, b) or _acted_on(a, b):
                continue  # another stage, or a verb acting on its event ("announced the merger")
            if a.st.relation == b.st.relation == "named":
                continue  # two things named by their dates: "the 2024 allocation" / "the 2025 allocation"
            if (_stages(a) | _stages(b)) & PER_PARTY and bool(a.st.subject_names) != bool(b.st.subject_names):
                continue  # one party's signing, and the accord's ("Norway signed …" / "the signing of …")
            if not bare and _acted_on(b, a):
                continue  # (not the participle of the noun that says it: "The approval, granted in")
            if a.st.relation not in _HAPPENED:
                continue
            keep.append(i)
        # the one it points at holds every name it gives (below): one that does not is not meant
        named = b.names | (b.participants & self.names)
        if named:
            keep = [i for i in keep if named <= self.rows[i].participants | self.rows[i].antecedent]
        full = [i for i in keep if rare <= self.rows[i].participants | self.rows[i].antecedent]
        # and of those, the ones whose event is done to what its event is done to ("set up
        # the review" / "announced the review", not "the review's findings, published …")
        done_to = b.st.theme & rare
        themed = [i for i in full or keep if done_to and done_to <= self.rows[i].st.theme]
        keep = themed or full or keep
        if len({self.rows[i].span for i in keep}) > 1 and b.roots:
            # of several, the one that says its happening, by a verb or by the noun a verb
            # of its own acts on ("was proposed in July 2022" / "tabled its proposal on 11
            # July 2023", not "set up the alliance in October 2023")
            said = [i for i in keep if _says(self.rows[i], b.roots)]
            keep = said or keep
        if not keep or len({self.rows[i].span for i in keep}) != 1:
            return None  # nothing, or a timeline: several dates it could mean
        if any(self.rows[i].others for i in keep):
            return None  # its sentence dates two happenings ("… on 3 October 2022 and … on 9 March 2023")
        i = keep[0]
        a = self.rows[i]
        (a0, a1), (b0, b1) = a.span, _in_year(b.span, a.span[0].year) if yearless else b.span
        if abs(a0.year - b0.year) > 1 or (b0 - a1).days > _NEAR_DAYS or (a0 - b1).days > _NEAR_DAYS:
            return None
        shared = (a.participants | a.antecedent) & b.participants
        if (b.names | (b.participants & self.names)) - a.participants - a.antecedent:
            return None  # it names something the other does not ("Since Brandt's return to Estrid")
        if (
            not bare
            and not (shared & rare & (a.names | b.names | self.names | self.titled))
            and len(shared & rare) < 2
            and not (shared & rare and b.roots and _says(a, b.roots))
            and not (shared & rare and _stages(a) & _stages(b) and b.participants <= a.participants | a.antecedent)
        ):
            # one common word ties no two stories, unless both say one happening of it, by
            # one word, or as the one candidate of its stage that says all the
            # back-reference names ("Abolishing quotas in …" / "milk quotas ended on …",
            # not "the suspension of beef imports" / "suspended imports of live poultry")
            return None
        years = (a0.year, b0.year)
        named = frozenset(shared & (a.names | b.names | self.names))
        sa, sb = (
            # a subject head read into the verb ("Tolvern went dark": go, dark) is no head;
            # "its last round" is the latest one, which a back-reference names without "last"
            dataclasses.replace(
                x.st,
                subject_head=frozenset() if x.st.subject_head & x.roots else x.st.subject_head,
                ordinal=None if x.st.ordinal in ("last", "latest") else x.st.ordinal,
            )
            for x in (a, b)
        )
        if kept_apart(sa, sb, years=years, named=named, days=(a.span, b.span)) or _things_apart(a, b):
            return None
        if a.another or _titles_apart(a, b, shared & rare):
            return None
        return i, set(shared & rare) or set(a.st.event_stems)

    def candidates(self, j: int) -> list[int]:
        """The earlier dated clauses sharing a rare participant with clause ``j``."""
        out: set[int] = set()
        for w in self.rare(self.rows[j]):
            out.update(i for i in self.by_word.get(w, ()) if i < j)
        return sorted(out)

    def _others(self, word: str, i: int, j: int) -> list[Dated]:
        """The other dated clauses holding ``word`` under a date neither ``i`` nor ``j`` has."""
        a, b = self.rows[i], self.rows[j]
        out = []
        for k in self.by_word.get(word, ()):
            if k in (i, j):
                continue
            if _overlap(self.rows[k].span, (a.span, b.span)):
                continue
            if self.rows[k].st.ordinal in _LATER:
                continue  # "a second intrusion at Valdora": by its own words another happening  # the same date again: the same event said once more
            out.append(self.rows[k])
        return out

    def link(self, i: int, j: int, vocabulary: frozenset[str]) -> set[str]:
        """The rare participants by which clauses ``i`` and ``j`` state one event (empty:
        none, or something keeps them apart)."""
        a, b = self.rows[i], self.rows[j]
        if a.st.relation not in _HAPPENED or b.st.relation not in _HAPPENED:
            return set()  # "to cover imported fertiliser from 2026": a period, not a happening
        shared = self.rare(a) & self.rare(b)
        if not shared or _apart_by_tables(a, b) or _stage_apart(a, b) or a.another or b.another:
            return set()
        if a.st.relation == b.st.relation == "named":
            return set()  # "the 2017 scoping plan" / "the 2022 scoping plan": two editions
        if _overlap(a.span, b.others) or _overlap(b.span, a.others):
            return set()  # the other's date is another date of its sentence ("the second tranche in March 2021")
        named = frozenset(shared & (a.names | b.names | self.names))
        if not named and _names_apart(a, b, self.names):
            return set()  # "merged into LDK" / "the Bitcoin Core implementation was merged": two owners
        years = (a.span[0].year, b.span[0].year)
        if abs(years[0] - years[1]) > 1:
            return set()  # a restated date off by years is a repeat, not a slip: "renovated in 2001 … in 2015"
        if _nominal(a) and _nominal(b):
            return set()  # events named to tell them apart: "the eruption … in March 2021", "the June 2021 eruption"
        # the owner of an event's noun may be what the other's verb acts on ("Calder's
        # downgrade" / "Moody's cut Calder's rating"), not two subjects doing it ("Arduino
        # LLC filed …" / "Martino filed … on Arduino")
        owners = set(w for x in (a, b) if _nominal(x) for w in x.st.subject_names & named)
        if a.st.subject_head & b.st.subject_head:
            # one thing by two of its names, the other clause naming both: "the Rana Plaza
            # building in Savar collapsed" / "the Savar building came down"
            owners |= (a.st.subject_names & b.st.words) | (b.st.subject_names & a.st.words)
        if kept_apart(a.st, b.st, years=years, named=frozenset(owners), days=(a.span, b.span)):
            return set()
        if _things_apart(a, b) or _titles_apart(a, b, shared):
            return set()
        if acts_apart(a.st, b.st, vocabulary, a.st.words, b.st.words):
            return set()
        if any(
            k not in (i, j) and _overlap(self.rows[k].span, (a.span,)) != _overlap(self.rows[k].span, (b.span,))
            for w in shared
            for k in self.by_word.get(w, ())
        ):
            return (
                set()
            )  # another clause of the participant agrees with one of the two dates ("a second fire … on 2 December")
        if _same_happening(a, b):
            # one happening of the participant: no other clause dates that happening of it
            return {w for w in shared if not any(_same_happening(c, a) for c in self._others(w, i, j))}
        # other verbs: a name strong enough on its own, that no other dated clause has, for
        # two dates within a year, one of them naming the event by its noun, or referring
        # back to it ("since …") with another participant shared
        both = a.participants & b.participants
        if not named or not (_nominal(a) or _nominal(b) or ((a.back or b.back) and len(both) >= 2)):
            return set()
        if _acted_on(a, b) or _acted_on(b, a):
            return set()
        if not self._covered(a, b):
            return set()  # "Xi's military reform of 2016" / "in 2015, Xi announced a focus on …": one name, two stories
        (a0, a1), (b0, b1) = a.span, b.span
        if (b0 - a1).days > _NEAR_DAYS or (a0 - b1).days > _NEAR_DAYS:
            return set()
        return {w for w in named if not self._others(w, i, j)}
