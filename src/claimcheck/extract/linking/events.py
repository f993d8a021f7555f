"""Do two dated mentions state one happening? The events side of the one "same fact" decision.

The readers of :mod:`claimcheck.extract.happenings` say what a date is about (a
:class:`~claimcheck.extract.happenings.Happening`: a thing and what happened to it; a
:class:`~claimcheck.extract.happenings.Statement`: a dated clause's participants and event; a
:class:`~claimcheck.extract.happenings.Mention`: the words around a dated verb or noun).
Whether two of them are one happening, so that two different dates contradict, is decided
here, preferring silence to a doubtful link:

* :func:`same_happening` -- one happening of one thing, by one doer (and one edition of a
  recurring event), among the things of the document (``keys``);
* :func:`same_statement` -- two dated clauses whose events agree (:func:`events_agree`)
  and whose participants, weighted by rarity, mostly agree, nothing keeping them apart
  (:func:`kept_apart`, :func:`acts_apart`);
* :func:`same_theme` -- what two events of one class are done to, said by both;
* :func:`same_object` / :func:`things_apart` -- one thing read as a
  :class:`~claimcheck.extract.dated_objects.DatedObject` (a thing and its event), or two;
* :func:`qualified_apart` -- two mentions whose shared word is qualified otherwise on each
  side: two things of one kind.

DT001 asks these through :mod:`claimcheck.extract.linking`; the participants reader
(:mod:`claimcheck.extract.participants`) reuses :func:`kept_apart` and :func:`acts_apart`.
"""

from __future__ import annotations

from typing import Any

from claimcheck import lazyre as re
from claimcheck.extract.dated_objects import _TOKEN, Aliases, DatedObject
from claimcheck.extract.happenings import (
    _EVENT_STEMS,
    _INSTANCE,
    _RECURRING,
    PER_PARTY,
    Happening,
    Mention,
    Statement,
    ThingKeys,
    _compound_parts,
    _shared,
    generic_head,
)
from claimcheck.extract.stems import stem

__all__ = [
    "acts_apart",
    "events_agree",
    "heads_apart",
    "kept_apart",
    "qualified_apart",
    "same_happening",
    "same_statement",
    "same_object",
    "same_theme",
    "things_apart",
]


def _one_thing(ha: Happening, hb: Happening, keys: ThingKeys) -> bool:
    """Do ``ha`` and ``hb`` (one kind, one head noun) name one thing? The words of one must
    all be in the other, which has two or more (or both are one name: "Velorix"); a word
    that picks one of several ("the new plan") must not stand on one side only; and no other
    thing of the document with the same head could be the less qualified one."""
    ka, kb = ha.key, hb.key
    if not (ka <= kb or kb <= ka):
        return False
    small, big = (ka, kb) if len(ka) <= len(kb) else (kb, ka)
    if len(big) < 2 and not (ka <= ha.names and kb <= hb.names):
        return False
    if (ka | kb) & _RECURRING:
        return False  # "the annual report" of one year and of another are two reports
    if (ha.by_name and len(ka) < 2) or (hb.by_name and len(kb) < 2):
        return False  # "the 2023 agreement" names one agreement of several: which, it does not say
    picked = (ka ^ kb) & _INSTANCE
    # "the current framework signed in London" and "the 2023 London agreement": the name
    # they share says which; "current" alone does not make a second one
    if picked and not (picked <= {"current"} and ka & kb & (ha.names | hb.names)):
        return False
    return not any(not (kc <= big or big <= kc) for kc in keys.containing(small, ha.head))


def _other_parties(ha: Happening, hb: Happening) -> bool:
    """Two different doers ("Norway ratified …", "Iceland ratified …"), a named doer and a
    thing named by another name ("Marovia opened a seed vault" / "Estavia's seed vault"),
    or, for what each party does on its own (signing, ratifying), one named party against
    none."""
    if ha.actor and hb.actor:
        return not set(ha.actor) & set(hb.actor)
    for x, y in ((ha, hb), (hb, ha)):
        # a named doer on one side, a thing named by another name on the other ("Marovia
        # opened a seed vault" / "Estavia's seed vault, opened in …"): two parties' things
        if x.actor and x.actor_named and not x.names and y.names and not set(x.actor) & y.names:
            return True
    if ha.kind in PER_PARTY:
        return ha.actor_named or hb.actor_named
    return False


def same_happening(ha: Happening, hb: Happening, keys: ThingKeys, *, years: tuple[int, int] | None = None) -> bool:
    """Do ``ha`` and ``hb`` state one fact, so that two different dates of them contradict?

    The one place deciding it for dates read by :func:`happening` (DT001 asks it; the
    registry reads its entries' event words into the same kinds with :func:`kind_of`):

    - one happening, as compared (:func:`fact_of`: a launch and a start are one; an
      announcement, an adoption, an entry into force, a signing are each their own);
    - one thing (:func:`_one_thing`: the words of one all in the other's, no word picking one
      of several on one side only, no other thing of the document (``keys``, the things of
      that head noun) that the less qualified one could be);
    - one doer (:func:`_other_parties`: "Norway ratified" and "Iceland ratified" are two);
    - for an event that recurs (an election, a summit, a census: :attr:`Happening.recurs`),
      one year (``years``, of the two dates): the 2020 and the 2024 presidential election
      are two elections, 7 and 9 December 2024 one.
    """
    if ha.fact != hb.fact or ha.head != hb.head:
        return False
    if years is not None and years[0] != years[1] and (ha.recurs or hb.recurs):
        return False
    return _one_thing(ha, hb, keys) and not _other_parties(ha, hb)


def heads_apart(a: Statement, b: Statement) -> bool:
    """One name, two head nouns: two things ("the Korrin port stopped …" / "the Korrin mine
    stopped …"), unless one head is generic ("the Kelso facility": the caller makes sure the
    document gives the name no other thing)."""
    return (
        bool(a.subject_head and b.subject_head)
        and not _shared(a.subject_head, b.subject_head)
        and not (generic_head(a.subject_head) or generic_head(b.subject_head))
    )


def events_agree(a: Statement, b: Statement) -> str | None:
    """The two clauses say one kind of happening: one event class; a date naming a thing
    ("the 2018 forum", "the October 17, 2022 rules") and its holding, publication or
    signing; or a state since a date and the noun of its start ("on the heritage list
    since 1981" / "since its listing in 1983")."""
    if {a.event, b.event} != {"vote"} and all(x.event == "vote" or x.voted for x in (a, b)):
        # a body's vote and what it approved, passed or adopted by it: "the council voted
        # on 12 May" / "the council approved the plan in May"
        return "vote"
    if a.event and b.event:
        return "class" if a.event == b.event or _one_act(a, b) else None
    if not a.event and not b.event and a.event_stems and b.event_stems and _shared(a.event_stems, b.event_stems):
        # a verb and its noun: "was appointed in 2019" / "since her appointment in 2020"
        # (two verbs of no class may say two happenings: "was renovated in 2001", "… in 2015")
        if "noun" in (a.event_form, b.event_form):
            return "stem"
    for x, y in ((a, b), (b, a)):
        # a thing the date names is made (published, signed) or held; an event's noun ("the
        # 2018 merger") names the event itself, not its announcement
        if x.relation == "named" and x.head in y.words:
            if y.event == "holding" or (
                y.event in ("publication", "signing", "adoption") and x.head not in _EVENT_STEMS
            ):
                return "named"
        if x.state and y.event is None and y.event_stems and _shared(y.event_stems, x.predicate):
            return "state"
    return None


#: the words of a stop that end what they are done to for good, as "ended" does ("ended all
#: harvesting" / "harvesting stopped"); not a pause ("suspended", "halted") nor a missed
#: payment ("missed", "defaulted"), which the ending's "lifted" or "expired" may follow
_STOPPED_FOR_GOOD = frozenset({"stop", "ceas", "cessat", "discontinu"})
#: the words of an adoption that, said of a text (passive, or with an object), make it as a
#: signature does: a treaty or a protocol "was concluded" when its parties signed it (not
#: "the talks concluded": an ending, no text)
_CONCLUDED = frozenset({"conclud", "conclus"})


def _said(x: Statement) -> frozenset[str]:
    """The words a clause says its happening's thing by: its participants, what it acts on,
    its head."""
    return x.words | x.theme | ({x.head} if x.head else frozenset())


def _one_act(a: Statement, b: Statement) -> bool:
    """Two event classes whose words say one act: an ending ("ended") and a stop for good
    ("stopped", "ceased"); a signing and the conclusion of the text signed ("the protocol,
    signed in Galati" / "the protocol was concluded")."""
    by_class = {a.event: a, b.event: b}
    if by_class.keys() == {"ending", "stop"}:
        if by_class["ending"].event_word != "end" or by_class["stop"].event_word not in _STOPPED_FOR_GOOD:
            return False
        # what ends or stops by itself is all named on the other side ("fishing stopped" /
        # "the company ended all fishing"; not "the ban on fishing ended": the ban's end)
        return all(x.theme or _shared(x.words, _said(y)) == x.words for x, y in ((a, b), (b, a)))
    if by_class.keys() == {"adoption", "signing"}:
        adopted = by_class["adoption"]
        return adopted.event_word in _CONCLUDED and bool(adopted.theme)
    return False


def same_theme(a: Statement, b: Statement) -> set[str]:
    """The words of what two events of one class are done to (:attr:`Statement.theme`)
    that both say ("signed the NBI contract" / "the signing of the contract": contract),
    when nothing tells them apart: other named doers, places, numbers, ordinals, a plan."""
    if not (a.event and a.event == b.event and a.theme and b.theme):
        return set()
    if a.plan or b.plan or a.state or b.state or a.ordinal != b.ordinal:
        return set()
    if {a.relation, b.relation} & {"until", "till", "named"}:
        return set()
    if a.subject_names and b.subject_names and not _shared(a.subject_names, b.subject_names):
        return set()
    if (a.places and b.places and not (a.places & b.places)) or (
        a.numbers and b.numbers and not (a.numbers & b.numbers)
    ):
        return set()
    if a.recurs or b.recurs:
        return set()
    if heads_apart(a, b):
        return set()  # "the Korrin port stopped …" / "the Korrin mine stopped …"
    if a.topic and b.topic and not (a.topic <= b.topic or b.topic <= a.topic):
        return set()  # "passed a law on dog shelters" / "passed a law on dog licences"
    # one names the thing the other names, perhaps more fully ("the contract" / "the NBI
    # contract"), never two things of one kind ("the Pell Creek mine" / "the Varn Hill mine")
    small, large = (a.theme, b.theme) if len(a.theme) <= len(b.theme) else (b.theme, a.theme)
    if len(_shared(small, large)) < len(small):
        return set()
    return _shared(a.theme, b.theme) | _shared(b.theme, a.theme)


def same_statement(
    a: Statement, b: Statement, weight: dict[str, float], *, years: tuple[int, int], vocabulary: frozenset[str]
) -> bool:
    """Do the dated clauses ``a`` (the earlier date ``years[0]``) and ``b`` state one
    happening? Their events agree (:func:`events_agree`), their participants agree (the
    words of the one with fewer, weighted by how rare each is in the document, mostly
    among the other's), and nothing forbids it: different names as subjects, different
    places, different ordinals ("the first" / "the second"), a recurring event's other
    edition (another year, unless a "first" one comes after it), a plan against a
    happening, "since" against "until"."""
    how = events_agree(a, b)
    if how is None or kept_apart(a, b, years=years):
        return False
    a_words, b_words = a.words, b.words
    if how in ("state", "stem"):  # the state's words and the other's noun say the event, not who
        a_words = a_words - (a.predicate or a.event_stems)
        b_words = b_words - (b.predicate or b.event_stems)
        if not a_words or not b_words:
            return False
    wa = _compound_parts(a_words, vocabulary)
    wb = _compound_parts(b_words, vocabulary)
    if acts_apart(a, b, vocabulary, wa, wb):
        return False
    shared = _shared(wa, wb) | _shared(wb, wa)
    ta, tb = (sum(weight.get(w, 1.0) for w in x) for x in (a_words, b_words))
    small, small_parts = (a_words, wa) if ta <= tb else (b_words, wb)
    covered = sum(
        weight.get(w, 1.0) for w in small if w in shared or _compound_parts(frozenset({w}), vocabulary) & shared
    )
    total = min(ta, tb)
    if not total or covered < 0.6 * total:
        return False
    # one shared word is enough only when the smaller side is that word ("since the
    # tariff came back"); otherwise two, one of them no commoner than most
    if len(shared & small_parts) < 2 and len(small) > 1:
        return False
    if max(len(a_words), len(b_words)) < 2:
        return False  # "the company was founded" twice: which company, neither says
    return True


def kept_apart(
    a: Statement,
    b: Statement,
    *,
    years: tuple[int, int],
    named: frozenset[str] = frozenset(),
    days: tuple[tuple[Any, Any], tuple[Any, Any]] | None = None,
) -> bool:
    """What tells two dated clauses apart whatever their words share: a plan and a
    happening, "since" and "until", different names as subjects, different places, the
    votes of different bodies (:attr:`Statement.bodies`), other
    numbers, different ordinals ("the first" / "the second"), a recurring event's other
    edition (another year, unless a "first" one comes after it). ``named``: names that
    one clause has as the owner of its event's noun and the other names as what is acted
    on ("Calder's downgrade" / "Moody's cut Calder's rating"): such different subjects
    tell nothing apart. ``days``: the spans of the two dates, to tell "the
    first X" dated after the other X (another one) from one dated before it (a
    contradiction) within a year."""
    if a.plan != b.plan:
        return True
    if {a.relation, b.relation} & {"until", "till"} and a.relation != b.relation:
        return True
    if a.subject_names and b.subject_names and not _shared(a.subject_names, b.subject_names):
        if not (named and (a.subject_names & named or b.subject_names & named)):
            return True
    if a.places and b.places and not (a.places & b.places):
        return True
    if a.bodies and b.bodies and not a.bodies & b.bodies:
        return True  # two bodies' votes: "the lower house voted …" / "the Senate's vote of …"
    if _shared(a.subject_names, b.subject_names) and heads_apart(a, b):
        return True  # "the Korrin port stopped …" / "the Korrin mine stopped …"
    if a.numbers and b.numbers and not (a.numbers & b.numbers):
        return True  # "version 1.2 was released" / "version 1.3 was released"
    if a.topic and b.topic and not (a.topic <= b.topic or b.topic <= a.topic):
        return True  # "passed a law on dog shelters" / "passed a law on dog licences"

    if a.ordinal != b.ordinal:
        # only "the first X" against an X dated before it is one contradiction
        first, other, first_year, other_year = (
            (a, b, years[0], years[1]) if a.ordinal == "first" else (b, a, years[1], years[0])
        )
        if first.ordinal != "first" or other.ordinal is not None:
            return True
        if days is None and other_year >= first_year:
            return True
        if days is not None:
            first_days, other_days = days if first is a else days[::-1]
            if other_days[1] >= first_days[0]:
                return True
    elif years[0] != years[1] and (a.recurs or b.recurs):
        return True
    return False


def acts_apart(a: Statement, b: Statement, vocabulary: frozenset[str], wa: frozenset[str], wb: frozenset[str]) -> bool:
    """Two verbs, one acting on what the other's clause never names (``wa``, ``wb``: their
    words with compound parts): "the project started in 2015" / "the project started
    accepting donations in 2019"."""
    for x, y, wy in ((a, b, wb), (b, a, wa)):
        if (
            x.objects
            and y.event
            and not y.event_noun
            and not _shared(_compound_parts(x.objects, vocabulary), wy | y.complement)
        ):
            return True
    return False


def qualified_apart(a: Mention, b: Mention) -> bool:
    """One word the two mentions share, qualified by, or heading, other words on each side
    that the other side never writes ("banned exports of broken rice" / "prohibited exports
    of non-basmati white rice"; "the Korrin port" / "the Korrin mine"), or a name on each
    side that the other never writes: two things of one kind."""
    for shared in a.words & b.words:
        for qa, qb in ((a.qualifiers(shared), b.qualifiers(shared)), (a.heads(shared), b.heads(shared))):
            if qa and qb and not qa & b.words and not qb & a.words:
                return True
    # each names a place or a body the other never names ("began in Hartshire" / "was
    # introduced in Westdale"); a name both write is no other ("the Tarvik-Osund
    # interconnector" on both sides, its parts among the words)
    return bool(a.names - b.words - b.names and b.names - a.words - a.names)


def things_apart(a: DatedObject, b: DatedObject) -> bool:
    """Two things of one kind, or one thing's two happenings, whatever else links their
    dates: one head noun qualified otherwise on each side ("the northern tramway" /
    "the southern tramway"), other names ("the Kessel Line" / "the Varn Line"), numbers,
    ordinals, doers, or what follows the event ("opened to pedestrians" / "opened to
    cars"), or a thing and a part or an annex of it (the other's head noun its owner: "the
    museum opened" / "the museum's east wing opened", "the east wing of the museum")."""
    if a.head != b.head:
        return a.event == b.event and (_part_of(a, b) or _part_of(b, a))
    qa, qb = a.words - {a.head}, b.words - {b.head}
    if qa and qb and not (qa <= b.words or qb <= a.words):
        return True
    if a.names and b.names and not (a.names & b.names):
        return True
    if (a.ordinal and b.ordinal and a.ordinal != b.ordinal) or (a.numbers and b.numbers and a.numbers != b.numbers):
        return True
    if a.doers and b.doers and not (a.doers & b.doers):
        return True
    if a.event == b.event and a.doer_head and b.doer_head and a.doer_head != b.doer_head:
        return True  # "the council took over the centre" / "the trust took over the centre"
    return a.event == b.event and bool(a.tail) and bool(b.tail) and not (a.tail & b.tail)


def _part_of(a: DatedObject, b: DatedObject) -> bool:
    """``b`` is a part of what ``a`` is: ``a``'s head noun owns ``b``'s ("the museum's
    wing", "the wing of the museum"), and ``b``'s head is not among ``a``'s words."""
    if a.head not in b.words or b.head in a.words:
        return False
    toks = [(t, stem(re.sub(r"['’]s$", "", t).lower())) for t in _TOKEN.findall(b.shown)]
    heads = [k for k, (_, s) in enumerate(toks) if s == b.head]
    return any(
        s == a.head and (re.search(r"['’]s$", t) or (heads and k > heads[-1] and toks[k - 1][0] in ("the", "its")))
        for k, (t, s) in enumerate(toks)
    )


def same_object(a: DatedObject, b: DatedObject, aliases: Aliases | None = None) -> bool:
    """Are ``a`` and ``b`` one thing? See the module's notes; ``aliases``: the names and
    descriptions the document sets beside each other (:func:`aliases_of`)."""
    if a.event != b.event or a.ordinal != b.ordinal or a.numbers != b.numbers:
        return False
    if a.targets and b.targets and a.targets != b.targets:
        return False  # "the 2030 plan" / "the 2040 plan"
    if a.doers and b.doers and not (a.doers & b.doers):
        return False  # "Birmingham issued a notice" / "Nottingham issued a notice"
    if a.doer_head and b.doer_head and a.doer_head != b.doer_head and not (a.doers & b.doers):
        return False  # "the council took over the centre" / "the trust took over the centre"
    if a.tail and b.tail and not (a.tail & b.tail):
        return False  # "opened in Leeds" / "opened in York"
    # (whose the thing is may be how the other names it: "Ofcom's review" / "the regulator's review")
    wa, wb = a.words | a.doers, b.words | b.doers
    wa, wb = (aliases.expand(wa), aliases.expand(wb)) if aliases else (wa, wb)
    if a.names and b.names and not (a.names & wb or b.names & wa):
        return False
    for x, around in ((a, wb | b.around), (b, wa | a.around)):
        if x.owner and x.owner not in around:
            return False  # "Portugal's tax" / "the health tax": whose, the other never says
    if a.head != b.head and not (a.head in wb and b.head in wa):
        return False
    small, large = (a, b) if len(a.words) <= len(b.words) else (b, a)
    return (small.words - {small.head}) <= (wb if large is b else wa)
