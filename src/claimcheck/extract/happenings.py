"""What a date is about when no numbered name says it: a thing and what happened to it.

"The rail link, opened in 2019" and "since the 2020 opening of the rail link" date one
happening (an opening) of one thing (the rail link). DT001 compares such dates. The thing is
read only in a few plain phrasings, and anything doubtful yields nothing:

- the subject of the clause whose verb the date follows: "The lunar lander programme of
  the agency was launched in 2019", "When the low-cost service started in 2020", "A ban on
  trawling came into force on 1 July 2020";
- the object of a verb in the active voice, its subject being who did it: "The Council
  adopted the Pact on Migration and Asylum on 14 May 2024", "the states signed the
  framework in Oslo on 4 May 2016" (the place is part of what is dated), "the regulator
  recommended it in 2023" ("it" only when it plainly stands for the name that opens the
  sentence: "Zelbrin, made in Pune, followed; the regulator recommended it …");
- "the 2020 opening of the rail link", "the opening of the rail link in 2020", "the
  ministry's adoption of the plan in 2021" (the ministry did it);
- "the standard's adoption in 2022"; "Since its creation in 2017, the network …";
- "Since May 2019, when the trawling ban took effect, …", "In 2019, Parliament passed the
  water act" (the date opening its clause);
- a law or an agreement named by its date: "the 2022 housing law", "the housing law of
  May 2023" (its adoption), "the December 2023 London agreement" (its signing).

A happening is one of a few kinds, each named by verbs and by nouns (adopted, passed,
adoption, passage; came into force, took effect, entry into force; signed, signing;
recommended, recommendation …): two dates are compared only when their kinds are equal,
so a law adopted in 2022 and in force in 2023 is two happenings.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import itertools
from dataclasses import dataclass, field

from claimcheck import lazyre as re
from claimcheck.data import event_classes as data_event_classes
from claimcheck.data.capitals import CAPITALS
from claimcheck.data.numberwords import ONES
from claimcheck.extract.stems import IRREGULAR
from claimcheck.extract.stems import stem as linking_stem

__all__ = [
    "PART_BEFORE",
    "PER_PARTY",
    "content",
    "tokens",
    "Happening",
    "ThingKeys",
    "bare_event",
    "happening_kind",
    "does_event",
    "fact_of",
    "happening",
    "kind_of",
]

# what happened, by the verb or the noun that names it
_KINDS = {
    "opened": "opening",
    "opening": "opening",
    "inaugurated": "opening",
    "inauguration": "opening",
    "launched": "launch",
    "launch": "launch",
    "adopted": "adoption",
    "adoption": "adoption",
    "passed": "adoption",
    "passage": "adoption",
    "enacted": "adoption",
    "enactment": "adoption",
    # a head of state's promulgation makes a law ("the law, promulgated on 22 August")
    "promulgated": "adoption",
    "promulgation": "adoption",
    "approved": "approval",
    "approval": "approval",
    "began": "start",
    "begun": "start",
    "started": "start",
    "start": "start",
    "founded": "creation",
    "founding": "creation",
    "created": "creation",
    "creation": "creation",
    "established": "creation",
    "establishment": "creation",
    "set up": "creation",
    "signed": "signing",
    "signing": "signing",
    "ratified": "ratification",
    "ratification": "ratification",
    "recommended": "recommendation",
    "recommendation": "recommendation",
    "announced": "announcement",
    "announcement": "announcement",
    "completed": "completion",
    "completion": "completion",
    "introduced": "introduction",
    "introduction": "introduction",
    "closed": "closure",
    "closure": "closure",
    "came into force": "entry into force",
    "entered into force": "entry into force",
    "took effect": "entry into force",
    "came into effect": "entry into force",
    "went into effect": "entry into force",
    "entry into force": "entry into force",
    "coming into force": "entry into force",
    "commissioned": "commissioning",
    "commissioning": "commissioning",
    "unveiled": "announcement",
    "concluded": "conclusion",
    "conclusion": "conclusion",
    "agreed": "conclusion",
    "struck": "conclusion",
    "signed into law": "adoption",
    "published": "publication",
    "publication": "publication",
    "released": "release",
    "release": "release",
    "went live": "launch",
    "got under way": "start",
    "kicked off": "start",
    "abolished": "abolition",
    "abolition": "abolition",
    "dissolved": "abolition",
    "dissolution": "abolition",
    "scrapped": "abolition",
    "repealed": "abolition",
    "repeal": "abolition",
}
# an entry into force in any tense, and the states that date it ("in force since 2021")
_FORCE = (
    r"(?:came|comes|come|coming)\s+into\s+(?:force|effect)|(?:entered|enters|enter|entering)\s+into\s+force|"
    r"(?:took|takes|take|taking)\s+effect|(?:went|goes|go)\s+into\s+effect"
)
_FORCE_STATE = (
    r"(?:in\s+force\s+since|in\s+effect\s+since|in\s+place\s+since|effective(?:\s+(?:from|on|as\s+of))?|"
    r"appl(?:ies|ied|y)\s+from)"
)
# things that are an activity: their "of" phrase says what ("construction of the plant")
_PROCESS = {"construction", "work", "works", "production", "operation", "operations", "development", "drilling"}
_VERB = (
    r"(?:opened|inaugurated|launched|adopted|passed|enacted|promulgated|approved|began|begun|started|founded|created|"
    r"established|set up|signed\s+into\s+law|signed|ratified|recommended|announced|completed|introduced|closed|commissioned|"
    r"unveiled|concluded|agreed|struck|published|released|went\s+live|got\s+under\s?way|kicked\s+off|abolished|"
    rf"dissolved|scrapped|repealed|{_FORCE})"
)
# verbs of the active voice whose object is what happened ("adopted the plan in 2021")
_ACTIVE = (
    r"(?:opened|inaugurated|launched|adopted|passed|enacted|promulgated|approved|founded|created|established|set up|"
    r"signed|ratified|recommended|announced|completed|introduced|closed|commissioned|unveiled|concluded|struck|published|"
    r"released|abolished|dissolved|scrapped|repealed)"
)
_NOUN = (
    r"(?:opening|inauguration|launch|adoption|passage|enactment|promulgation|approval|start|founding|creation|establishment|signing|"
    r"ratification|recommendation|announcement|completion|introduction|closure|commissioning|conclusion|publication|"
    r"release|abolition|dissolution|repeal|entry\s+into\s+force|coming\s+into\s+force)"
)
# documents a date names by what made them: a law by its adoption, an agreement by its signing
_LAWS = {"law", "act", "decree", "directive", "regulation", "statute", "ordinance"}
#: a law's names: an act and a statute are laws
_ONE_LAW = {"law", "act", "statute"}
_AGREEMENTS = {"agreement", "accord", "treaty", "pact", "deal", "framework", "arrangement", "convention", "compact"}
_DOCUMENT = r"(?:laws?|acts?|decrees?|directives?|regulations?|statutes?|ordinances?|agreements?|accords?|treaty|treaties|pacts?|deals?|frameworks?|arrangements?|conventions?|compacts?)"
# "the bill passed the Senate": a chamber passed is who adopted it
_CHAMBERS = {"senate", "house", "parliament", "assembly", "congress", "chamber", "legislature", "council", "cortes"}
# kinds done by each party on its own: one party's date is not the others'
PER_PARTY = {"signing", "ratification"}
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# words that end a noun phrase: prepositions, relatives, auxiliaries, conjunctions
_NP_STOP = {
    "that",
    "which",
    "who",
    "whose",
    "from",
    "of",
    "for",
    "to",
    "in",
    "on",
    "at",
    "by",
    "with",
    "between",
    "across",
    "into",
    "under",
    "over",
    "was",
    "were",
    "is",
    "are",
    "be",
    "been",
    "has",
    "have",
    "had",
    "and",
    "or",
    "but",
    "as",
    "since",
    "when",
    "after",
    "before",
    "until",
    "first",
    "finally",
    "itself",
    "will",
    "would",
    "shall",
    "should",
    "can",
    "could",
    "must",
    "might",
    "through",
    "about",
    "around",
    "past",
    "via",
    "during",
    "within",
    "against",
}
# verbs that end "the 2015 opening of the runway | added …" without an -ed
_FINITE = {"cost", "took", "made", "brought", "gave", "led", "meant", "saw", "drew", "came", "went", "cut", "was", "is"}
_DETERMINERS = {"the", "its", "their", "his", "her", "this", "that", "these", "those", "a", "an", "our"}
_PRONOUNS = {"it", "they", "he", "she", "we", "this", "that", "which", "who", "one", "each"}
_CLAUSE_START = re.compile(
    r"(?:^|;|\b(?:[Ss]ince|[Ww]hen|[Aa]fter|[Bb]efore|[Uu]ntil|[Oo]nce|[Bb]ecause|[Aa]lthough|[Ww]hile|[Bb]ut|[Ww]here)\b)"
)
_WORD = re.compile(r"(?:[A-Z]\.){2,}|[\w’'-]+|[,.;:()\[\]\"“”]")
# the date comes right after these
_VERB_BEFORE = re.compile(
    rf"\b(?:(?P<v>{_VERB})(?:\s+to\s+(?:the\s+)?(?:public|passengers|traffic|visitors|users|customers|patients)"
    r"|(?<=egan|egun|rted)\s+(?:operating|operations|service|trading))?"
    rf"(?:\s+by\s+(?P<by>(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){{0,3}}?))?"
    rf"(?:\s+in\s+(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?))?\s+(?:in|on)|(?P<state>{_FORCE_STATE})"
    r"|(?P<bare>founded|established|created|opened|launched))"
    rf"\s+(?:{_MONTH}\s+)?$"
)
# "the launch in March 2020 of the bike scheme"
_NOUN_IN_BEFORE = re.compile(rf"\b(?:[Tt]he|(?P<actor>[\w-]+)['’]s)\s+(?P<n>{_NOUN})\s+(?:in|on)\s+(?:{_MONTH}\s+)?$")
_OF_NP_AFTER = re.compile(r"^\s+of\s+(?P<np>(?:the\s+)?(?:[\w’'-]+\s*){1,5})")
_POSS_BEFORE = re.compile(rf"(?P<np>(?:[\w-]+\s+){{0,3}}[\w-]+)['’]s\s+(?P<n>{_NOUN})\s+(?:in|on)\s+(?:{_MONTH}\s+)?$")
_ITS_BEFORE = re.compile(rf"\b[Ii]ts\s+(?P<n>{_NOUN})\s+(?:in|on)\s+(?:{_MONTH}\s+)?$")
_OF_BEFORE = re.compile(
    rf"(?:\bthe|\b(?P<actor>[\w-]+)['’]s)\s+(?P<n>{_NOUN})\s+of\s+(?P<np>(?:the\s+)?(?:[\w’'-]+\s+){{1,5}})"
    rf"(?:in|on)\s+(?:{_MONTH}\s+)?$"
)
# "the Council adopted the Pact on Migration and Asylum on 14 May 2024", "signed the
# framework in London on 10 December 2024"
_ACTIVE_BEFORE = re.compile(
    rf"\b(?P<v>{_ACTIVE})\s+(?P<obj>(?:[\w’'/-]+\s+){{1,8}}?)"
    rf"(?:in\s+(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+)?(?:in|on)\s+(?:{_MONTH}\s+)?$"
)
# "the housing law of May 2023"
_DOC_OF_BEFORE = re.compile(rf"\b(?P<head>{_DOCUMENT})\s*(?:\s+of\s+|\()(?:{_MONTH}\s+)?$", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\b(?:[Tt]he|(?P<actor>[\w-]+)['’]s)\s+$")
_OF_AFTER = re.compile(rf"^\s+(?P<n>{_NOUN})\s+of\s+(?P<np>(?:the\s+)?(?:[\w’'-]+\s*){{1,5}})")
# "the 2022 housing law", "the December 2023 London agreement"
# (not "the 2019 Lisbon Treaty reforms": a document's name before another noun names that)
_DOC_AFTER = re.compile(
    rf"^\s+(?P<np>(?:[A-Za-z][\w’'-]*\s+){{0,3}}(?P<head>{_DOCUMENT}))\b(?!-)"
    r"(?!\s+(?:[a-z]+s|reform|review|amendment|negotiation|process|text|deadline|target|summit|conference)\b)",
    re.IGNORECASE,
)
_COMMA_AFTER = re.compile(r"^\s*,\s+(?P<np>(?:the\s+)?(?:[\w’'-]+\s*){1,5})")
# "Since May 2019, when the trawling ban took effect"
_WHEN_AFTER = re.compile(
    rf"^\s*,?\s+(?P<when>when\s+)?(?P<np>(?:[\w’'-]+\s+){{1,6}}?)"
    rf"(?P<aux>(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+)?(?P<v>{_VERB})\b(?P<rest>[^,;:()]{{0,80}})"
)
# what follows a verb without an object: a preposition, a stop
_NO_OBJECT = re.compile(
    r"\s*(?:(?:in|on|at|after|before|across|for|from|under|with|throughout|within|over|during|amid|despite|"
    r"following|without|to|as)\b|[,.;:]|$)"
)
# the date fronted at the start of its clause: "In 2019, Parliament passed the water act"
_FRONTED = re.compile(rf"(?:^|[.;:]\s*)(?:[Ii]n|[Oo]n)\s+(?:{_MONTH}\s+)?$")
# a relative clause or a parenthesis after the thing, ending right before its verb
_ATTACHED = re.compile(
    r"(?:,\s*(?:which|that)\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+)?|\(\s*)"
    r"(?:(?:first|thus|then|only|finally|officially|formally)\s+)?$"
)
# where the noun phrase before such a clause starts
_NP_BOUNDARY = re.compile(r"[,;:()]|\b(?:such\s+as|including|and|or|but|like)\s")
# passive or perfect auxiliaries: "was adopted the …" is no active verb with an object
_AUX_BEFORE = re.compile(r"\b(?:was|were|is|are|be|been|being)\s+$", re.IGNORECASE)
_NAME_OPENING = re.compile(r"\s*(?P<np>[A-Z][\w’'/-]*(?:\s+[A-Z0-9][\w’'/-]*){0,3})\s*,")

# events that a noun names by itself, dated as a whole: "the general election of 9 December
# 2024", "the 2008 collision of Iridium 33 and Cosmos 2251"; the happening is the noun
_EVENT_NOUNS = {
    "election": "election",
    "elections": "election",
    "referendum": "referendum",
    "referendums": "referendum",
    "plebiscite": "plebiscite",
    "runoff": "runoff",
    "run-off": "runoff",
    "summit": "summit",
    "conference": "conference",
    "collision": "collision",
    "crash": "crash",
    "earthquake": "earthquake",
    "eruption": "eruption",
    "explosion": "explosion",
    "coup": "coup",
    "census": "census",
    "merger": "merger",
    "derailment": "derailment",
}
# events that come by the calendar: another year's is another one, the same year's the same
_BY_CALENDAR = {"election", "referendum", "plebiscite", "runoff", "summit", "conference", "census"}
_EVENT = r"(?:" + "|".join(sorted(_EVENT_NOUNS, key=len, reverse=True)) + r")"
# nouns after an event's name that make the phrase name another thing
_EVENT_ABOUT = (
    r"(?:talks|plans?|proposals?|bids?|campaigns?|deadlines?|laws?|rules|timetables?|cycles?|reforms?|commissions?|"
    r"pledges?|promises?|manifestos?|debates?|preparations)\b"
)
# what an event is about or where it is, after its noun: "the referendum on independence",
# "the general election in Ghana"
_EVENT_COMPLEMENT = re.compile(
    r"^(?:on|over)\s+(?P<what>(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,2})"
    r"|^(?:in|of)\s+(?P<where>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)(?![\w’'-])"
)
# "the referendum on independence" ending the text before "held"
_EVENT_COMPLEMENT_END = re.compile(
    rf"\b(?P<head>{_EVENT})\s+(?P<c>(?:on|over)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){{0,2}}|in\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)$",
    re.IGNORECASE,
)
# what two or more parties do together, by its verb: "A and B collided in 2009"
_TOGETHER = {"collided": "collision", "merged": "merger"}
_TOGETHER_VERB = r"(?:collided|merged)"
# "the 2008 collision of Iridium 33 and Cosmos 2251", "the 2024 general election" (and "June
# 2021's general election": the date's own possessive)
_EVENT_AFTER = re.compile(
    rf"^(?:['’]s)?\s+(?P<np>(?:[A-Za-z][\w’'-]*\s+){{0,3}}?(?P<head>{_EVENT}))\b(?!-)"
    # "the 2019 merger talks", "the 2024 election campaign": what the date dates is that
    rf"(?!\s+{_EVENT_ABOUT})"
    r"(?:\s+(?:of|between)\s+(?P<with>[^,;:()]{3,120})|\s+(?P<about>(?:on|over|in)\s+[^,;:()]{3,60}))?",
    re.IGNORECASE,
)
# "the general election of 9 December 2024", "the earthquake of March 2011"
_EVENT_OF_BEFORE = re.compile(rf"\b(?P<head>{_EVENT})\s+of\s+(?:{_MONTH}\s+)?$", re.IGNORECASE)
# "the general election on 7 December 2024"
_EVENT_ON_BEFORE = re.compile(rf"\b(?P<head>{_EVENT})\s+on\s+$", re.IGNORECASE)
# words a noun phrase may follow and still open what it is the subject of
_OPENERS = {
    "after",
    "before",
    "since",
    "following",
    "until",
    "during",
    "in",
    "at",
    "from",
    "and",
    "but",
    "while",
    "when",
    "as",
}
# "the general election, held on 7 December 2024", "the referendum took place on …"
_HELD_BEFORE = re.compile(
    r"\b(?:(?:was|were)\s+)?(?:held|took\s+place|occurred|conducted|carried\s+out)"
    rf"(?:\s+in\s+(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?))?\s+(?:in|on)\s+(?:{_MONTH}\s+)?$"
)
# "the collision between Ofeq 4 and Kosmos 2209 in 2015", "the eruption of Etna in May
# 2021", "the referendum on independence in 2014"
_EVENT_NOUN_BEFORE = re.compile(
    rf"(?:\b(?P<of>of)\s+)?\b(?:[Tt]he|[Aa])\s+(?P<np>(?:[A-Za-z][\w’'-]*\s+){{0,3}}?(?P<n>{_EVENT}))\s+"
    rf"(?P<c>(?P<p>of|between|on|over|in)\s+[^,;:()]{{3,120}}?)\s+(?:in|on)\s+(?:{_MONTH}\s+)?$",
    re.IGNORECASE,
)
# "Ofeq 4 and Kosmos 2209 collided in 2014"
_TOGETHER_VERB_BEFORE = re.compile(rf"\b(?P<v>{_TOGETHER_VERB})\s+(?:in|on)\s+(?:{_MONTH}\s+)?$")
# "In March 2011, the cargo ship Marisol and the ferry Bremen Star collided off the cape"
_TOGETHER_AFTER = re.compile(rf"^\s*,\s+(?P<with>[^,;:()]{{3,200}}?)\s+(?P<v>{_TOGETHER_VERB})\b")
# the date set off before its clause: "In 2009, …", "Two years later, in February 2009, …"
_SET_OFF = re.compile(rf"(?:^|[.;:,]\s*)(?:[Ii]n|[Oo]n)\s+(?:{_MONTH}\s+)?$")
# a name in a list of parties: capitalised words and numbers ("Iridium 33", "Bremen Star")
_NAME_WORD = re.compile(r"[A-Z][\w’'-]*|\d[\w-]*")
# "launched in 2021 as a pilot": the thing launched was a trial of it
_AS_TRIAL_AFTER = re.compile(
    r"^\s+as\s+(?:a|an)\s+(?P<np>(?:pilot|trial|test|prototype)(?:\s+(?:scheme|programme|program|project|phase|run))?)\b"
)


class Happening(tuple[str, tuple[str, ...]]):
    """(kind, words of the thing): ("opening", ("rail", "link")), the head noun last.

    Also: ``actor`` (the words of who did it, when said: "the ministry's adoption of the
    plan"), ``names`` (the thing's words written as names: capitalised or with a digit),
    ``shown`` (the thing as written, for messages), ``by_name`` (the date is part of a
    document's name: "the 2022 housing law") and ``recurs`` (an event that comes back, an
    election or a summit, named without its parties: another year's is another event).
    """

    actor: tuple[str, ...] | None
    actor_named: bool
    actor_shown: str
    names: frozenset[str]
    shown: str
    by_name: bool
    recurs: bool

    def __new__(
        cls,
        kind: str,
        words: tuple[str, ...],
        *,
        actor: tuple[str, ...] | None = None,
        actor_named: bool = False,
        actor_shown: str = "",
        names: frozenset[str] = frozenset(),
        shown: str = "",
        by_name: bool = False,
        recurs: bool = False,
    ) -> "Happening":
        self = super().__new__(cls, (kind, words))
        self.actor = actor
        self.actor_named = actor_named
        self.actor_shown = actor_shown
        self.names = names
        self.shown = shown or " ".join(words)
        self.by_name = by_name
        self.recurs = recurs
        return self

    @property
    def kind(self) -> str:
        return self[0]

    @property
    def together(self) -> bool:
        """An event its parties name ("the collision of Iridium 33 and Cosmos 2251")."""
        return self.kind == self.head and not self.recurs

    @property
    def fact(self) -> str:
        """The kind as compared (:func:`~claimcheck.extract.linking.events.same_happening`): a launch and a start are one happening."""
        return fact_of(self.kind)

    @property
    def words(self) -> tuple[str, ...]:
        return self[1]

    @functools.cached_property
    def head(self) -> str:
        """The head noun, an agreement's kind folded: a framework and an accord are both
        agreements; an act and a statute are both laws ("the Soil and Water law" / "the
        2020 Soil and Water Act"); work on a plant is its construction."""
        w = self.words[-1]
        if w in _AGREEMENTS:
            return "agreement"
        return "law" if w in _ONE_LAW else "construction" if w in ("work", "works") else w

    @property
    def summary(self) -> dict[str, str]:
        """The fields of :class:`~claimcheck.claims.models.DateHappening`."""
        out = {"kind": self.kind, "what": self.shown}
        if self.actor:
            out["by"] = self.actor_shown or " ".join(self.actor)
        return out

    @functools.cached_property
    def key(self) -> frozenset[str]:
        """The thing's words for comparing, the head folded as in :attr:`head`."""
        return frozenset(self.words[:-1]) | {self.head}


class _NP(tuple[tuple[str, ...], frozenset[str], str]):
    """(words, names, shown): a noun phrase read by :func:`_read_np`."""


def _singular_doc(word: str) -> str:
    if word == "treaties":
        return "treaty"
    if word.endswith("s") and word[:-1] in _LAWS | _AGREEMENTS:
        return word[:-1]
    return word


class _Step(enum.Enum):
    """What one word does to the noun phrase :func:`_read_np` reads."""

    SKIP = 0  # left out of the words (a determiner, the "of" of a complement)
    TAKE = 1  # one of its words
    END = 2  # the phrase ended before it
    NOT_NP = 3  # the text is no noun phrase (a version number, a clause)


@dataclass
class _NPWords:
    """The words of a noun phrase as :func:`_read_np` reads them, one token at a time: those
    before the head's complement (``pre``), those of the complement (``comp``: "the Pact on
    Migration and Asylum"), which of them are names, and the phrase as written."""

    pre: list[str] = field(default_factory=list)
    comp: list[str] = field(default_factory=list)
    names: set[str] = field(default_factory=set)
    shown: list[str] = field(default_factory=list)
    in_comp: bool = False
    process: bool = False  # "construction of the plant": the "of" phrase is part of the thing

    def _joins(self, low: str, nxt: str) -> bool:
        """Whether ``low`` joins a complement to the head without being one of its words:
        "construction of the plant", "the Pact on Migration and Asylum", "the merger with
        Harlow Foods"."""
        if not self.in_comp and len(self.pre) == 1 and self.pre[0] in _PROCESS and low in ("of", "on"):
            self.in_comp = self.process = True
            return True
        if self.process and not self.comp and low in _DETERMINERS:
            return True
        if self.pre and nxt[:1].isupper() and (low in ("of", "on", "for", "with") or (low == "and" and self.in_comp)):
            self.in_comp = True
            return True
        if not self.in_comp and self.shown and self.shown[-1][:1].isupper() and low in ("of", "on", "for"):
            # a title's head and "the" before its complement: "the Act on the Promotion of
            # Esports", "the Institute for the Study of Glaciers" (a word in capitals must
            # follow the "the", or the complement ends with none)
            if nxt.lower() == "the":
                self.in_comp = True
                return True
        if (
            self.in_comp
            and not self.comp
            and low == "the"
            and self.shown
            and self.shown[-1].lower() in ("of", "on", "for")
        ):
            return True
        return False

    def step(self, w: str, nxt: str) -> _Step:
        """Read the token ``w`` (``nxt`` the token after it, or "")."""
        low = w.lower()
        if not self.pre and low in _DETERMINERS:
            return _Step.SKIP
        if self._joins(low, nxt):
            self.shown.append(w)
            return _Step.SKIP
        if self.in_comp and not self.process and not w[:1].isupper():
            return _Step.END
        if re.fullmatch(r"\d[\d.,’'-]*", w):
            # "LND 0.4-beta", "Bitcoin Core 0.17": a version or a number names which one
            return _Step.NOT_NP
        if low in _NP_STOP or not re.match(r"[\w’'-]", w):
            return _Step.END
        if low in _DETERMINERS:  # "its rival says the company": a clause, not a noun phrase
            return _Step.NOT_NP
        word = re.sub(r"['’]s$", "", low)
        (self.comp if self.in_comp else self.pre).append(word)
        self.shown.append(re.sub(r"['’]s$", "", w))
        if w[:1].isupper() or re.search(r"\d", w):
            self.names.add(word)
        if len(self.pre) + len(self.comp) > 6 or len(self.pre) > 5:
            return _Step.NOT_NP
        return _Step.TAKE

    def phrase(self) -> _NP | None:
        """The noun phrase read, the head last; none when its head or first word is a pronoun."""
        if not self.pre or self.pre[-1] in _PRONOUNS or self.pre[0] in _PRONOUNS:
            return None
        self.pre[-1] = _singular_doc(self.pre[-1])
        while self.in_comp and not self.comp and self.shown and self.shown[-1].lower() in ("of", "on", "for", "the"):
            self.shown.pop()  # "the Act on the same day": no complement after all
        return _NP((tuple(self.comp + self.pre), frozenset(self.names), " ".join(self.shown)))


_OWNER_ORDINAL = re.compile(r"['’]s\s+(?:first|second|third|last|next|latest|new|final|initial|early|late)\s+[a-z]")


def _read_np(text: str, *, whole: bool = False) -> _NP | None:
    """The noun phrase at the start of ``text``, determiners left out, the head last.

    A name after "of", "on", "for" or "with" qualifies the head ("the Pact on Migration and
    Asylum": head "pact", "the ban on Russian oil": head "ban"). With ``whole``, the phrase
    must be all of ``text``.
    """
    if _OWNER_ORDINAL.search(text):
        return None  # "the review's first findings": the findings, which this reading would cut to "review"
    tokens = _WORD.findall(text)
    words = _NPWords()
    titled = _titled_ands(tokens)
    for k, w in enumerate(tokens):
        if k in titled:
            words.shown.append(w)  # "the Climate and Resilience Act": one name
            continue
        step = words.step(w, tokens[k + 1] if k + 1 < len(tokens) else "")
        if step is _Step.NOT_NP:
            return None
        if step is _Step.END:
            if whole:
                return None
            break
    return words.phrase()


#: what follows an "and" inside a title of a law or an agreement ("the Climate and
#: Resilience law"): a word in capitals, a document noun at most three words on
_TITLED_AFTER = re.compile(rf"\s*[A-Z][\w’'-]*\s+(?:[A-Z][\w’'-]*\s+){{0,2}}(?i:{_DOCUMENT})\b")


def _titled_and(text: str, at: int) -> bool:
    """The "and" at ``at`` of ``text`` joins two words of one title ("the Children and
    Families Act"), not two names ("Denmark and Norway signed the accord")."""
    before = text[:at].rstrip().rsplit(None, 1)
    return (
        text.startswith("and", at)
        and bool(before)
        and before[-1][:1].isupper()
        and bool(_TITLED_AFTER.match(text, at + 3))
    )


def _titled_ands(tokens: list[str]) -> set[int]:
    """The places of an "and" inside the title of a law or an agreement: between two words
    in capitals, a document noun at most three words on ("the Climate and
    Resilience Act", "the Children and Families Act"), not between two names ("Denmark and
    Norway signed …")."""
    out = set()
    for k, w in enumerate(tokens[1:-1], 1):
        if w != "and" or not tokens[k - 1][:1].isupper() or not tokens[k + 1][:1].isupper():
            continue
        if any(_singular_doc(t.lower()) in _LAWS | _AGREEMENTS for t in tokens[k + 2 : k + 5]):
            out.add(k)
    return out


def _np(text: str) -> tuple[str, ...] | None:
    """The words of the noun phrase at the start of ``text``, determiners left out."""
    np = _read_np(text)
    return np[0] if np else None


#: how far from the date its thing and happening are looked for: a few clauses' worth, so
#: a run-on "sentence" of a megabyte costs what a sentence costs for each date in it
_WINDOW = 400


def _clause_start(head: str, cut: bool) -> int | None:
    """Where the clause ending ``head`` starts; when ``head`` was cut from a longer sentence
    (``cut``), its first character is no clause start and only a word or ``;`` counts."""
    starts = [c.end() for c in _CLAUSE_START.finditer(head) if not (cut and c.end() == 0)]
    return max(starts) if starts else None


def _subject(head: str, cut: bool) -> _NP | None:
    """The subject of the clause that ``head`` (the text before its verb) ends."""
    start = _clause_start(head, cut)
    if start is None:
        return None
    # "the World Health Organization (WHO)": the acronym after the name is the name
    return _read_np(re.sub(r"\s*\([A-Z][\w-]*\)", " ", head[start:]), whole=True)


def _doer(head: str, cut: bool) -> _NP | None:
    """Who did what the clause that ``head`` ends says: its subject, or several parties
    named and joined by "and" ("Denmark and Norway signed …": both of them)."""
    start = _clause_start(head, cut)
    if start is None:
        return None
    return _subject(head, cut) or _parties(head[start:], leading=False)


def _made(kind: str, np: _NP | None, *, actor: _NP | None = None, by_name: bool = False) -> Happening | None:
    if np is None:
        return None
    return Happening(
        kind,
        np[0],
        actor=actor[0] if actor else None,
        actor_named=bool(actor and actor[1]),
        actor_shown=actor[2] if actor else "",
        names=np[1],
        shown=np[2],
        by_name=by_name,
    )


def _antecedent(sentence: str, at: int) -> _NP | None:
    """What "it" at ``at`` stands for, when that is plain: the name that opens the sentence
    ("Zelbrin, made in Pune, followed; the regulator recommended it"), "it" being in a
    later clause. A name with another after a slash ("R21/Matrix-M") is its first."""
    m = _NAME_OPENING.match(sentence)
    if not m or ";" not in sentence[m.end() : at]:
        return None
    name = m.group("np").split("/")[0]
    if name.split()[0] in ("The", "A", "An", "This", "That", "It", "In", "On", "At", "By", "For", "Since", "When"):
        return None
    return _read_np(name, whole=True)


def fact_of(kind: str) -> str:
    """The happening ``kind`` is compared as: its event class (:data:`EVENT_CLASSES`), so
    that a launch, a start and an opening are one ("the scheme was launched in 2021" /
    "since the scheme began in 2020"), an adoption and a signing one, an announcement and a
    release one; a kind of no class (an approval, a ratification, a completion) is its own."""
    return event_class(kind) or kind


@functools.lru_cache(maxsize=1024)
def kind_of(event: str) -> str | None:
    """The happening a word or phrase names ("adopted", "entry into force", "took effect":
    the registry's ``event`` of a date entry; "general election", "collided": an event a
    noun names), in the kinds :func:`happening` gives. Cached: the registry asks it of an
    entry's event for every dated claim whose sentence names that entry, and each answer
    tries a pattern per word of ``_KINDS``."""
    w = re.sub(r"\s+", " ", event.lower()).strip()
    if w in _KINDS:
        return _KINDS[w]
    if re.search(rf"\b(?:{_FORCE}|{_FORCE_STATE})\b", w):
        return "entry into force"
    for word, kind in _KINDS.items():
        if re.search(rf"\b{re.escape(word)}\b", w):
            return kind
    for word, kind in (*_EVENT_NOUNS.items(), *_TOGETHER.items()):
        if re.search(rf"\b{re.escape(word)}\b", w):
            return kind
    return None


def _before_verb(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words of a noun phrase read past its clause's verb, cut there ("runway added")."""
    verb = next((k for k, w in enumerate(words) if k and (w.endswith("ed") or w in _FINITE)), len(words))
    return words[:verb]


def _kind(word: str) -> str:
    w = re.sub(r"\s+", " ", word.lower()).replace("underway", "under way")
    if w in _KINDS:
        return _KINDS[w]
    assert re.search(r"\b(?:force|effect|effective|appl\w*|place)\b", w), w
    return "entry into force"  # "takes effect", "in force since", "applies from"


class _Miss(enum.Enum):
    """A phrasing :func:`happening` tries is not there (``None``: it is, and says nothing plain)."""

    MISS = 0


_MISS = _Miss.MISS


@dataclass(frozen=True)
class _Around:
    """A date in its sentence: the text before and after it (``_WINDOW`` characters, spaces
    folded), where that window starts in the sentence and whether it cut the sentence."""

    sentence: str
    text: str
    lo: int
    cut: bool
    before: str
    after: str


def _actor(name: str | None) -> _NP | None | _Miss:
    """Who did it, from a possessive ("the ministry's adoption"): none when not said, and
    ``_MISS`` when said in words that are no plain noun phrase."""
    if not name:
        return None
    actor = _read_np(name, whole=True) or _parties(name, leading=False)  # "by Sweden and Finland"
    return _MISS if actor is None else actor


def _cut_at_verb(np: _NP | None) -> _NP | None:
    """A noun phrase read past its clause's verb, cut there ("the runway added …")."""
    if np is None:
        return None
    words = _before_verb(np[0])
    return _NP((words, np[1], " ".join(np[2].split()[: len(words)]))) if words else None


def _with_place(np: _NP, place: str | None) -> _NP:
    """``np`` named by where it happened too: "signed in Oslo" dates the Oslo treaty."""
    if not place:
        return np
    words = place.lower().split()
    return _NP((tuple(words) + np[0], np[1] | set(words), f"{place} {np[2]}"))


def _as_trial(np: _NP, after: str) -> _NP | None:
    """``np``, or its trial when the date is followed by "as a pilot" ("the scheme was
    launched in 2021 as a pilot": the pilot of the scheme started then)."""
    m = _AS_TRIAL_AFTER.match(after)
    trial = _read_np(m.group("np"), whole=True) if m else None
    if trial is None:
        return np
    return _NP((np[0] + trial[0], np[1], f"{trial[2]} of the {np[2]}"))


def _doc_kind(head: str) -> str:
    """The happening a document's date names: an agreement's signing, a law's adoption."""
    return "signing" if _singular_doc(head.lower()) in _AGREEMENTS else "adoption"


def _noun_of_before(a: _Around) -> Happening | None | _Miss:
    """As in "the opening of the rail link in 2019", "the ministry's adoption of the plan in 2021"."""
    m = _OF_BEFORE.search(a.before)
    if not m:
        return _MISS
    actor = _actor(m.group("actor"))
    if actor is _MISS:
        return None
    return _made(_kind(m.group("n")), _read_np(m.group("np")), actor=actor)


def _noun_then_of(a: _Around) -> Happening | None | _Miss:
    """As in "the launch in March 2020 of the bike scheme"."""
    m = _NOUN_IN_BEFORE.search(a.before)
    o = _OF_NP_AFTER.match(a.after) if m else None
    if not m or not o:
        return _MISS
    actor = _actor(m.group("actor"))
    if actor is _MISS:
        return None
    return _made(_kind(m.group("n")), _cut_at_verb(_read_np(o.group("np"))), actor=actor)


def _possessive_noun(a: _Around) -> Happening | None | _Miss:
    """As in "the standard's adoption in 2022"."""
    m = _POSS_BEFORE.search(a.before)
    if not m:
        return _MISS
    head = a.before[: m.end("np")]
    start = _clause_start(head, a.cut)
    plain = _np(head[start:]) if start is not None else None
    return Happening(_kind(m.group("n")), plain) if plain else None


def _its_noun(a: _Around) -> Happening | None | _Miss:
    """As in "Since its creation in 2017, the network …": the subject after the comma is "it"."""
    m = _ITS_BEFORE.search(a.before)
    if not m:
        return _MISS
    c = _COMMA_AFTER.match(a.after)
    plain = _np(c.group("np")) if c else None
    plain = _before_verb(plain) if plain else None  # "…, the budget bill went to the king"
    return Happening(_kind(m.group("n")), plain) if plain else None


def _date_before_noun(a: _Around) -> Happening | None | _Miss:
    """As in "the 2020 opening of the rail link", "the 2022 housing law", "the regulator's
    March 2021 approval of Velorix" (the regulator did it), "the 2008 collision of Iridium 33
    and Cosmos 2251", "June 2021's general election": the date after "the" or a possessive
    ("the 2 October 2022" may be the date's own text), or with its own possessive, names a
    happening, a document or an event, or nothing plain."""
    the = _THE_BEFORE.search(a.before)
    if not the and a.text[:4].lower() != "the ":
        return _date_names_event(a, None) if re.match(r"['’]s\s", a.after) else _MISS
    actor = _actor(the.group("actor") if the else None)
    if actor is _MISS:
        return None
    m = _OF_AFTER.match(a.after)
    if m:  # "the 2015 opening of the third runway added capacity": the verb ends it
        np = _read_np(m.group("np"))
        np = _cut_at_verb(np) if np else None
        return _made(_kind(m.group("n")), np, actor=actor)
    m = _DOC_AFTER.match(a.after)
    if m:  # "the 2022 housing law", "the December 2023 London agreement"
        return _made(_doc_kind(m.group("head")), _read_np(m.group("np"), whole=True), actor=actor, by_name=True)
    return _date_names_event(a, actor)


def _date_names_event(a: _Around, owner: _NP | None) -> Happening | None:
    """The event a noun after the date names ("the 2024 general election", "the 2008
    collision of Iridium 33 and Cosmos 2251"); whose it is ("Ghana's 2024 election") is one
    of its words."""
    m = _EVENT_AFTER.match(a.after)
    np = _read_np(m.group("np"), whole=True) if m else None
    if m is None or np is None:
        return None
    if owner:
        np = _NP((owner[0] + np[0], owner[1] | np[1], f"{owner[2]}'s {np[2]}"))
    parties = _parties(m.group("with"), leading=True) if m.group("with") else None
    about = m.group("about") or (f"of {m.group('with')}" if m.group("with") and not parties else None)
    return _event(m.group("head"), np if parties else _about(np, about), parties)


def _document_of_date(a: _Around) -> Happening | None | _Miss:
    """As in "the housing law of May 2023", "the Water Act (2019)": a document named by its date."""
    m = _DOC_OF_BEFORE.search(a.before)
    if not m or (m.group(0).rstrip().endswith("(") and not a.after.startswith(")")):
        return _MISS
    np = _subject(a.before[: m.end("head")], a.cut)
    return _made(_doc_kind(m.group("head")), np, by_name=True)


def _thing_before_verb(head: str, cut: bool) -> _NP | None:
    """The thing a verb right before the date says happened, from the text before the verb:
    the noun phrase a relative clause or a parenthesis follows ("the space station, which was
    launched in 2021"; "the SC-19 (first launched in 2007)"), else the clause's subject."""
    attached = _ATTACHED.search(head)
    if attached:
        bounds = [b.end() for b in _NP_BOUNDARY.finditer(head, 0, attached.start()) if not _titled_and(head, b.start())]
        if cut and not bounds:
            return None
        return _read_np(head[max(bounds, default=0) : attached.start()], whole=True)
    start = _clause_start(head, cut)
    return _read_np(head[start:]) if start is not None else None


def _verb_before(a: _Around) -> Happening | None | _Miss:
    """As in "The rail link …, opened in 2019"; "When the service started in 2020"; "approved by
    the board in 2021" (the board did it); "in force since 2021"."""
    m = _VERB_BEFORE.search(a.before)
    if not m:
        return _MISS
    np = _thing_before_verb(a.before[: m.start()], a.cut)
    if np:  # "signed in Oslo in May 2016": the Oslo treaty
        np = _as_trial(_with_place(np, m.group("place")), a.after)
    by = _actor(m.group("by"))
    if by is _MISS:
        return None
    return _made(_kind(m.group("v") or m.group("state") or m.group("bare")), np, actor=by)


def _active_object(a: _Around) -> Happening | None | _Miss:
    """As in "The Council adopted the pact on 14 May 2024": the object is the thing, the subject
    who did it; "it" stands for the name opening the sentence when that is plain."""
    m = _ACTIVE_BEFORE.search(a.before)
    if not m or _AUX_BEFORE.search(a.before[: m.start()]):
        return _MISS
    obj_text = m.group("obj")
    if re.fullmatch(r"(?:it|them)\s+", obj_text, re.IGNORECASE):
        obj = _antecedent(a.sentence, a.lo + m.start("obj")) if obj_text.lower().startswith("it") else None
    else:
        obj = _read_np(obj_text, whole=True)
    if obj is None:
        return None
    obj = _with_place(obj, m.group("place"))  # "signed the framework in London": the London framework
    actor = _doer(a.before[: m.start()], a.cut)
    if obj[0][-1] in _CHAMBERS and m.group("v") == "passed":  # "the bill passed the Senate in May"
        obj, actor = actor, obj
    return _made(_kind(m.group("v")), obj, actor=actor)


def _clause_after(a: _Around) -> Happening | None | _Miss:
    """As in "Since May 2019, when the trawling ban took effect"; "In 2019, Parliament passed the
    act": the date opens its clause and the clause after it says what happened."""
    m = _WHEN_AFTER.match(a.after)
    if not m or not (m.group("when") or _FRONTED.search(a.before)):
        return _MISS
    subject = _read_np(m.group("np"), whole=True)
    if m.group("aux") or _NO_OBJECT.match(m.group("rest") + "."):
        return _made(_kind(m.group("v")), subject)  # no object: the subject is what happened
    obj = _read_np(m.group("rest"))
    return _made(_kind(m.group("v")), obj, actor=subject) if subject else None


def _parties(text: str, *, leading: bool) -> _NP | None:
    """The names of two or more parties joined by "and" (either order is one set): the last
    name of each ("the ferry Bremen Star and the cargo ship Marisol" before a verb), or, with
    ``leading``, the names from the start, up to the first part that goes on past its name
    ("Iridium 33 and Cosmos 2251 showed that …")."""
    parts = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", text.strip())
    names: list[str] = []
    for part in parts:
        tokens = part.split()
        if leading:
            run = list(itertools.takewhile(_NAME_WORD.fullmatch, tokens))
        else:
            run = list(itertools.takewhile(_NAME_WORD.fullmatch, reversed(tokens)))[::-1]
        if not run or not run[0][:1].isupper() or len(run) > 4:
            return None
        names.append(" ".join(run))
        if leading and len(run) < len(tokens):
            break
    if not 2 <= len(names) <= 6:
        return None
    words = tuple(w.lower() for n in names for w in n.split())
    return _NP((words, frozenset(words), " and ".join(names)))


def _event(head: str, np: _NP | None, parties: _NP | None = None) -> Happening | None:
    """The event a noun names (the noun is the happening): its words, the parties' first.
    An event that comes by the calendar (an election, a summit) is one a year at most; one
    that comes by chance (an eruption, a crash) only its parties name: without them, "the
    eruption of Hekla in March" and "the June eruption of Hekla" may be two."""
    kind = _EVENT_NOUNS[head.lower()]
    if np is None or (parties is None and kind not in _BY_CALENDAR):
        return None
    words, names, shown = np
    words = words[:-1] + (kind,)
    if parties:
        words = parties[0] + words
        names |= parties[1]
        shown = f"{shown} of {parties[2]}"
    return Happening(kind, words, names=names, shown=shown, recurs=parties is None)


def _np_ending(text: str, *, complement: bool = True, object_: bool = True) -> _NP | None:
    """The noun phrase that ``text`` ends with ("… after the general election"), read back
    to its determiner or possessive; with ``complement`` false, not one that is the
    complement of an "of" ("the first round of the election": the round); with ``object_``
    false, only one opening its clause or after a preposition ("the government called the
    election on 3 May": the calling is dated, not the election)."""
    tokens = _WORD.findall(text)
    k = len(tokens)
    while k and re.match(r"[\w’'-]", tokens[k - 1]) and tokens[k - 1].lower() not in _NP_STOP | _DETERMINERS:
        k -= 1
        if tokens[k].endswith(("'s", "’s")):
            break
    if k == len(tokens) or len(tokens) - k > 5:
        return None
    start = k - 1 if k and tokens[k - 1].lower() in _DETERMINERS else k
    if not complement and start and tokens[start - 1].lower() == "of":
        return None
    if not object_ and start and re.match(r"[\w’'-]", tokens[start - 1]) and tokens[start - 1].lower() not in _OPENERS:
        return None
    return _read_np(" ".join(tokens[k:]), whole=True)


def _event_on_date(a: _Around) -> Happening | None | _Miss:
    """As in "after the general election on 9 December 2024", "Ghana's general election on 7
    December 2024 was close": an event noun right before the date, opening its clause or
    after a preposition (not "the first round of the election on 5 May": the round)."""
    m = _EVENT_ON_BEFORE.search(a.before)
    if not m:
        return _MISS
    head = a.before[: m.end("head")]
    return _event(m.group("head"), _np_ending(head, complement=False, object_=False))


def _about(np: _NP, complement: str | None) -> _NP:
    """An event's noun phrase with what it is about or where it is ("on independence", "in
    Ghana"), those words before the head: "the referendum on independence" is the
    independence referendum."""
    m = _EVENT_COMPLEMENT.match(complement or "")
    extra = (_read_np(m.group("what")) if m.group("what") else _read_np(m.group("where"), whole=True)) if m else None
    if extra is None:
        return np
    return _NP((extra[0] + np[0], extra[1] | np[1], f"{np[2]} {m.group(0).split()[0]} {extra[2]}" if m else np[2]))


def _event_of_date(a: _Around) -> Happening | None | _Miss:
    """As in "after the general election of 9 December 2024", "the earthquake of March 2011"."""
    m = _EVENT_OF_BEFORE.search(a.before)
    if not m:
        return _MISS
    return _event(m.group("head"), _np_ending(a.before[: m.end("head")]))


def _event_held(a: _Around) -> Happening | None | _Miss:
    """As in "Ghana's general election, held on 7 December 2024", "the referendum took place
    on …": an event noun held on the date (not "the first round of the election, held …")."""
    m = _HELD_BEFORE.search(a.before)
    if not m:
        return _MISS
    head = re.sub(r"[\s,]+$", "", a.before[: m.start()])
    c = _EVENT_COMPLEMENT_END.search(head)  # "the referendum on independence, held on …"
    np = _np_ending(head[: c.end("head")] if c else head, complement=False)
    if np is None or np[0][-1] not in _EVENT_NOUNS:
        return None
    if c:
        np = _about(np, c.group("c"))
    return _event(np[0][-1], _with_place(np, m.group("place")))


def _done_together(a: _Around) -> Happening | None | _Miss:
    """As in "Ofeq 4 and Kosmos 2209 collided in 2014", "In March 2011, the ship Marisol and
    the ferry Bremen Star collided", "the collision between Ofeq 4 and Kosmos 2209 in 2015":
    an event of two or more named parties, in any order."""
    m = _EVENT_NOUN_BEFORE.search(a.before)
    if m:
        np = _read_np(m.group("np"), whole=True)
        if m.group("of") or np is None:
            return None  # "the second round of the election in May": the round
        p = m.group("p").lower()
        parties = _parties(m.group("c")[len(p) :], leading=True) if p in ("of", "between") else None
        return _event(m.group("n"), np if parties else _about(np, m.group("c")), parties)
    m = _TOGETHER_VERB_BEFORE.search(a.before)
    if m:
        start = _clause_start(a.before[: m.start()], a.cut)
        parties = _parties(a.before[start : m.start()], leading=False) if start is not None else None
    else:
        m = _TOGETHER_AFTER.match(a.after)
        if not m or not _SET_OFF.search(a.before):
            return _MISS
        parties = _parties(m.group("with"), leading=False)
    noun = _TOGETHER[m.group("v")]
    return _event(noun, _NP(((noun,), frozenset(), noun)), parties) if parties else None


# the phrasings :func:`happening` reads, tried in this order: the first that is there decides
_READERS = (
    _noun_of_before,
    _noun_then_of,
    _possessive_noun,
    _its_noun,
    _date_before_noun,
    _document_of_date,
    _event_of_date,
    _verb_before,
    _event_held,
    _done_together,
    _active_object,
    _event_on_date,
    _clause_after,
)


@functools.lru_cache(maxsize=4096)
def happening(sentence: str, text: str) -> Happening | None:
    """The thing and the happening the date ``text`` is about in ``sentence``, if plainly said
    (read once per date: the extractor and DT001 both ask)."""
    at = sentence.find(text)
    if at < 0:
        return None
    lo = max(0, at - _WINDOW)
    before = re.sub(r"\s+", " ", _PART_BEFORE.sub("", sentence[lo:at]))  # "in late 2019": see statement()
    if _SAID_FROM.match(text) and not _RELATION_BEFORE.search(before):
        before += "in "
    around = _Around(
        sentence,
        text,
        lo,
        lo > 0,
        before,
        re.sub(r"\s+", " ", sentence[at + len(text) : at + len(text) + _WINDOW]),
    )
    for read in _READERS:
        found = read(around)
        if found is not _MISS:
            return _of_a_new_thing(found, sentence) if found is not None else None
    return None


#: right after a thing's words, "of" and what brings in a new thing ("of a", "of an", "of
#: four"), then the rest of its clause
_OF_NEW = re.compile(
    r"\s+of\s+(?:a|an|another|" + "|".join(w for w, v in ONES.items() if 1 < v < 100) + r")\s+([^,;:.()]*)",
    re.IGNORECASE,
)


def _new_thing(rest: list[str]) -> list[str]:
    """The words of a thing brought in by "of a" (``rest``: the tokens after it) as far as
    the second preposition that ends an object: "an inquiry into a fire at a Leeds
    warehouse" is an inquiry into a fire."""
    words: list[str] = []
    ends = 0
    for t in rest:
        if t.lower() in _OBJECT_ENDS or t.lower() in ("that", "which", "who", "where", "when", "and", "but"):
            ends += 1
            if ends == 2 or t.lower() not in _OBJECT_ENDS:
                break
            continue
        words.append(t)
    return words


def _of_a_new_thing(found: Happening, sentence: str) -> Happening:
    """``found`` with the words of the thing its own thing is of, when a new thing is brought
    in there ("announced the recall of a faulty valve", "the disclosure of an LND flaw": of
    what each recall or disclosure is, a new one each time, so that two such in a chronicle
    are two happenings); unchanged when it names what it is of again ("the recall of the
    faulty valve") or names nothing after it."""
    at = sentence.find(found.shown) if found.shown else -1
    if at < 0 or " of " not in sentence[at + len(found.shown) : at + len(found.shown) + 5]:
        return found
    m = _OF_NEW.match(sentence, at + len(found.shown))
    if m is None:
        return found
    extra = tuple(
        w.lower() for w in _new_thing(_TOKEN.findall(m.group(1))) if w.lower() not in _FUNCTION and w[:1].isalpha()
    )
    if not extra:
        return found
    return Happening(
        found.kind,
        (*extra, *found.words),
        actor=found.actor,
        actor_named=found.actor_named,
        actor_shown=found.actor_shown,
        names=found.names,
        shown=found.shown,
        by_name=found.by_name,
        recurs=found.recurs,
    )


# words that pick one of several things of a kind: "the new programme", "the second phase"
_INSTANCE = {
    "new",
    "next",
    "latest",
    "last",
    "previous",
    "former",
    "original",
    "current",
    "old",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "final",
    "later",
    "earlier",
    "initial",
    "another",
    "other",
    # a version of a thing: "the amended law", "the revised plan", "the draft treaty"
    "amended",
    "revised",
    "updated",
    "interim",
    "provisional",
    "draft",
    "successor",
    "replacement",
}
# words of a thing that comes back every period: each time is another one
_RECURRING = {"annual", "yearly", "quarterly", "monthly", "weekly", "biennial", "biannual", "periodic", "regular"}


class ThingKeys:
    """The keys of the things of one head noun, and by each word besides the head the keys
    holding it (so that "which keys contain this one" does not scan them all)."""

    def __init__(self) -> None:
        self.all: set[frozenset[str]] = set()
        self.by_word: dict[str, set[frozenset[str]]] = {}

    def add(self, h: Happening) -> None:
        """Count ``h``'s thing among those of its head noun."""
        self.all.add(h.key)
        for w in h.key - {h.head}:
            self.by_word.setdefault(w, set()).add(h.key)

    def containing(self, key: frozenset[str], head: str) -> set[frozenset[str]]:
        """The keys holding every word of ``key`` (its head ``head`` is every key's)."""
        words = key - {head}
        if not words:
            return self.all
        pools = sorted((self.by_word.get(w, set()) for w in words), key=len)
        return pools[0].intersection(*pools[1:])


# ---------------------------------------------------------------------------------------
# Statements: a dated clause read as its participants and its event (issue 12)
#
# The phrasings above read a thing and its happening only when said in a few plain ways.
# A restatement often says the same happening in other words: "missed a coupon payment on
# its eurobonds in November 2020" / "since it stopped paying its bondholders in October
# 2020"; "restored the tariff on 12 March" / "since the tariff came back on 12 April";
# "on the heritage list since 1981" / "since its listing in 1983". What stays the same is
# who and what take part (the participants: the nouns and names of the clause, read as
# light stems, compounds split) and what kind of event it is (the event class of its verb
# or noun, or the stem its noun shares with the other's words). :func:`statement` reads a
# date's clause that way and :func:`~claimcheck.extract.linking.events.same_statement` decides, preferring silence.
# ---------------------------------------------------------------------------------------

#: the event classes and the words that say each: data (``claimcheck.data.event_classes``)
EVENT_CLASSES = data_event_classes.EVENT_CLASSES
#: the one stemmer of the linking (irregular forms, "-ission" nouns, "miss" kept whole)
stem = linking_stem


#: each event class's words as stems (two-word ones as two stems: "come back")
_CLASS_OF_STEM = {" ".join(stem(w) for w in e.split()): c for c, words in EVENT_CLASSES.items() for e in words}


def _stems_match(a: str, b: str) -> bool:
    """One word stem or two forms of it ("registr" / "register")."""
    if a == b or a.rstrip("e") == b.rstrip("e"):  # "mov" (moved) / "move"
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 5 and long_.startswith(short[:-1]) and len(long_) - len(short) <= 2


def event_class(words: str) -> str | None:
    """The event class (:data:`EVENT_CLASSES`) the verb or noun ``words`` names, if any
    ("came back" → "return", "stopped" → "stop", "publication" → "publication")."""
    stems = [stem(w) for w in re.findall(r"[A-Za-z]+", words)]
    for k in range(len(stems) - 1):
        c = _CLASS_OF_STEM.get(f"{stems[k]} {stems[k + 1]}")
        if c:
            return c
    for s in stems:
        c = _CLASS_OF_STEM.get(s)
        if c:
            return c
    return None


# function words, auxiliaries and generic verbs: no participant
_FUNCTION = frozenset(
    """a an the this that these those its it their they them his her he she we our us you i
    of in on at by for from to into onto with within without between among across over under
    since until till during after before about around through via per than as
    and or but nor so yet also only just even still already again
    is are was were be been being am has have had having do does did done
    will would shall should can could may might must
    which who whom whose what when where while whereas although because if whether how why
    not no never more most less least much many some any all each every both either neither
    other such same own very first second third fourth fifth last next new latest previous
    former later earlier initial final there here then thus now once""".split()
)
# generic verbs that say nothing of what happened
_GENERIC = frozenset(
    "become becam mak made get put keep kept say said see seen show shown use used give gave given giv".split()
)
_COUNTED = {"first", "second", "third", "fourth", "fifth", "sixth"}
_ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "next", "last", "latest", "previous", "new"}
# a thing that comes back by the calendar: another year's is another edition
_RECURS_WORDS = """forum summit conference congress meet session election referendum census festival expo fair
    games report survey review budget round edition annual biennial elect""".split()
_RECURS = frozenset(stem(w) for w in _RECURS_WORDS) | frozenset(_RECURS_WORDS)
#: a decision or a promise to do what the clause's verb says, not its doing: "agreed to buy
#: the dairy in 2015" (the purchase was completed in 2016), "decided to close", "pledged to
#: open" (not "agreed to the plan": the agreeing itself; not "voted to close": a body's vote
#: to do it is its doing)
INTENT_TO = (
    r"(?:agree[sd]?|decide[sd]?|promise[sd]?|pledge[sd]?|offer(?:s|ed)?|undert(?:ook|akes?)|vow(?:s|ed)?|resolve[sd]?)"
    r"\s+to\s+(?!the\b|an?\b|its\b|their\b|this\b|these\b|those\b|his\b|her\b|(?-i:[A-Z0-9]))"
)
# a plan rather than a happening
_PLAN = re.compile(
    rf"\b(?:{INTENT_TO}|"
    r"due\s+to|scheduled|expected|planned|(?:plans?|planning|set|aims?|aiming|intends?|intending)\s+to|will|would|shall|should|"
    r"could|(?-i:may)|might|(?<!was\s)(?<!were\s)(?<!been\s)proposed(?!\s+(?:in|on)\s)|target(?:ed|s)?|slated|is\s+to|are\s+to|was\s+to|were\s+to)\b",
    re.IGNORECASE,
)
# a repeated or denied happening: no one date of it
_NOT_ONE = re.compile(
    r"\b(?:not|never|no\s+longer|n't|failed(?=\s+to\b)|again|twice|times|each|every|annually|repeatedly|once\s+more)\b",
    re.IGNORECASE,
)
_CLAUSE_OPENERS = re.compile(
    r"(?:[;:]|\b(?:when|since|after|before|until|while|whereas|although|though|because|but|which|who|where|"
    r"whose|that|if|once|says?|said|claims?|claimed|argues?|argued|according\s+to)\b"
    r"|,\s*and\b"
    # "…, as he retired in September": "as" and a pronoun after a comma open the date's own
    # clause (why or when), not the main clause's meeting
    r"|,\s*as(?=\s+(?:he|she|it|they|we|i|you)\s))",
    re.IGNORECASE,
)
# (not a document's number: "Royal Decree 1301/2006")
_YEAR = re.compile(r"(?<![\d.,])(?<!\d/)(?:1[5-9]|20)\d\d(?![\d.,])")
# a year, a comma or a full stop after it too ("published in March 2023, the quay …")
_A_YEAR = re.compile(r"(?<![\d.,])(?:1[5-9]|20)\d\d(?!\d|[.,]\d)")
_BE = {"was", "were", "is", "are", "be", "been", "being"}
_PERSONAL = {"he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your"}
# prepositions that end a verb's object
_OBJECT_ENDS = {
    "in",
    "on",
    "at",
    "by",
    "for",
    "from",
    "to",
    "with",
    "after",
    "before",
    "during",
    "since",
    "under",
    "over",
    "into",
    "across",
    "as",
    "until",
}
# the noun of a verb: "grounding", "approval", "digitisation", "settlement"
_NOMINAL = re.compile(r"(?:ing|ion|ment|al)$")
# a gerund or an action noun right after an event's verb says the event with it
#: what says the event with a verb of a class, ending its clause: a gerund or a noun of
#: the act ("began operating", "started production", "commenced operations"), or a noun
#: of a thing's running ("started work", "began service", "opened for business")
_COMPLEMENT = re.compile(r"^(?:[a-z]+(?:ing|ions?|ments?)|work|services?|business)$")
_PARTICLES = {"back", "up", "off", "place", "live", "under", "way", "down", "out"}
_TOKEN = re.compile(r"[A-Za-z][\w’'-]*|\d[\d.,%]*")
_RELATIONS = {
    "in",
    "on",
    "since",
    "until",
    "till",
    "by",
    "from",
    "of",
    "at",
    "during",
    "before",
    "after",
    "to",
    "between",
}
_STATE = re.compile(
    r"\b(?:has|have|had)\s+been\b|\b(?:is|are|was|were|remains?|remained|stood|stands)\b", re.IGNORECASE
)


@dataclass(frozen=True)
class Statement:
    """A date's clause read as its event and participants (see :func:`statement`).

    ``event`` is the event class of its verb or noun (None: none of the classes);
    ``event_stems`` the stems of that word or, for a noun the date names ("since its
    listing in 1983"), of the noun; ``words`` the participants' stems (compound parts
    too); ``subject_names`` the stems of a subject written as a name ("Zambia stopped
    …"); ``places`` where ("held in Geneva"); ``ordinal`` "first", "second", "next" …;
    ``plan`` a plan rather than a happening; ``relation`` the word before the date
    ("since", "until", "in" …, "named" when the date names a noun: "the 2018 forum",
    "the forum of 2018"); ``state`` a state since the date ("on the list since 1981")."""

    event: str | None
    event_stems: frozenset[str]
    words: frozenset[str]
    subject_names: frozenset[str]
    places: frozenset[str]
    ordinal: str | None
    plan: bool
    relation: str
    state: bool
    head: str | None = None
    #: for a state, the words that say it ("on the World Heritage List"): the other's event
    predicate: frozenset[str] = frozenset()
    #: how the event is said: "class" (a verb or noun of a class), "noun" ("since its
    #: listing in 1983"), "passive" or "active" (a verb of no class)
    event_form: str = ""
    #: the numbers of the clause ("version 1.2", "a 25% tariff"): other numbers, another thing
    numbers: frozenset[str] = frozenset()
    #: what the event's active verb acts on ("restored the tariff", "started accepting donations")
    objects: frozenset[str] = frozenset()
    #: the event said by a noun ("its accession", "the closure"), which names no object
    event_noun: bool = False
    #: what says the event with its verb ("began operating"): no participant
    complement: frozenset[str] = frozenset()
    #: the nouns a named subject ends with ("the Korrin plant", "the Renby ferry service"):
    #: none in common, another thing
    subject_head: frozenset[str] = frozenset()
    #: what the event of a class is done to: the object of its active verb ("signed the
    #: contract"), the subject of its passive one ("the contract was signed"), what its noun
    #: is of ("the signing of the contract", "the contract's signing")
    theme: frozenset[str] = frozenset()
    #: a noun the date names with nothing saying what it is of ("The approval of
    #: November 22, 2024 gave …", not "the 2021 approval of the vaccine")
    bare: bool = False
    #: the ordinal counts what the event is done to ("signed a second dredging contract"),
    #: not what the clause opens with ("the first, MV Glen Sanda, entered service")
    counted: bool = False
    #: the names a noun the date names is about ("the February 2023 attack on Valdora",
    #: "the breach at Tarsk Water"): participants past the noun
    about: frozenset[str] = frozenset()
    #: the head noun of what a noun the date names is of ("the 2020 passage of the freight
    #: rules": rule)
    of_head: str | None = None
    #: the stem of the word of a class that says the event ("shut", "began")
    event_word: str | None = None
    #: what the object of the event's verb is about ("passed a law on dog shelters": dog,
    #: shelter): another topic, another thing
    topic: frozenset[str] = frozenset()
    #: a noun the date names alone, as written ("separation" for the head "separ"): whether
    #: it names a happening (:func:`bare_event`) is read from the word, not its stem
    noun: str | None = None
    #: what a body that votes approved, passed, adopted or rejected ("the Senate approved
    #: the bill", "approved by the lower house"): that body's vote
    voted: bool = False
    #: the bodies that voted, for a vote: "council", "senat", "low hous" (a lower house and
    #: an upper one are two)
    bodies: frozenset[str] = frozenset()

    @property
    def recurs(self) -> bool:
        return bool(self.words & _RECURS) or (self.head is not None and self.head in _RECURS)


def tokens(text: str) -> list[str]:
    """The words and numbers of ``text``, as :func:`content` takes them."""
    return _TOKEN.findall(text)


def content(words: list[str]) -> list[str]:
    """The participants' stems among ``words`` (:func:`_content`)."""
    return _content(words)


def _content(tokens: list[str]) -> list[str]:
    """The participants' stems among ``tokens``: nouns, names and adjectives, not function
    words, numbers or generic verbs; hyphen compounds split into their parts too. A name
    is kept however short ("UK", "EU"), and a capitalised word after the first is a name
    even when it spells a function word ("the To river")."""
    out = []
    for k, t in enumerate(tokens):
        low = t.lower()
        if not t[:1].isalpha() or _MONTH_WORD.fullmatch(t):
            continue
        if _is_name(t, k):
            out.append(stem(t))
            continue
        if low in _FUNCTION:
            continue
        for part in [low, *low.split("-")] if "-" in low else [low]:
            s = stem(part)
            # (an agent noun of a generic verb is a participant: "the keepers", "the makers")
            generic = s in _GENERIC and not re.search(r"ers?['’]?$", part)
            if len(s) >= 3 and not generic and (s not in _CLASS_OF_STEM or part in _DOCUMENT_NOUNS):
                out.append(s)
    return out


def _is_name(token: str, k: int) -> bool:
    """A name: an acronym ("UK"), or a capitalised word not opening its clause (``k`` > 0)."""
    if len(token) >= 2 and token.isupper() and token.isalpha():
        return True
    return k > 0 and token[:1].isupper() and token.lower() not in ("i",) and not _MONTH_WORD.fullmatch(token)


_MONTH_WORD = re.compile(_MONTH + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")


def _opening_np(sentence: str) -> tuple[list[str], list[str]]:
    """The noun phrase that opens ``sentence`` as (names, words): "The Skerry lighthouse has
    …" → (skerry), (skerry, lighthous); what "it" and "its" later in it stand for."""
    tokens = _TOKEN.findall(sentence[:120])
    if tokens and tokens[0].lower() in ("the", "a", "an"):
        tokens = tokens[1:]
    np = list(itertools.takewhile(lambda t: t.lower() not in _FUNCTION and t[:1].isalpha(), tokens))[:5]
    np = [t for t in np if not (t.lower().endswith("ed") and not t[:1].isupper())]
    return [stem(t) for t in np if t[:1].isupper()], _content(np)


def _last(rx: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The last match of ``rx`` in ``text``, or None."""
    return functools.reduce(lambda _, m: m, rx.finditer(text), None)


@functools.lru_cache(maxsize=4096)
def statement(sentence: str, text: str) -> Statement | None:
    """The event and participants of the date ``text`` in ``sentence`` (:func:`_statement`),
    a vote with what it decided (:func:`_vote_decided`)."""
    st = _statement(sentence, text)
    if st is None:
        led = _led_by_participle(sentence, text)
        st = _statement(led, text) if led else None
    if st is None:
        return None
    if st.event != "vote":
        st = _by_vote(st)
    if st.event == "vote" or st.voted:
        return _vote_decided(st, sentence, text)
    return st


#: a sentence led by a participle and its date, set off by a comma: "Born in 1869, Rielle
#: studied …", "Founded in 1952, the trust has …", "Launched in March 2008, the scheme …"
_PARTICIPLE_LEAD = re.compile(r"\s*(?P<verb>[A-Z][a-z]+(?:ed|en|n|t))\s+(?P<prep>in|on|at|during)\s+$")


def _led_by_participle(sentence: str, text: str) -> str | None:
    """The sentence led by a participle of a class and the date (:data:`_PARTICIPLE_LEAD`),
    said as its subject's clause: "Born in 1869, Rielle studied …" → "Rielle was born in
    1869", the subject being the words after the comma up to its verb (a function word, a
    past form, a verb in "-s" after the noun); None for any other sentence."""
    at = sentence.find(text)
    lead = _PARTICIPLE_LEAD.fullmatch(sentence[:at]) if at > 0 else None
    rest = sentence[at + len(text) :]
    if lead is None or not rest.startswith(", ") or event_class(lead.group("verb")) is None:
        return None
    subject: list[str] = []
    for w in rest[2:].split()[:8]:
        low = w.lower().strip(",;:")
        noun_said = any(t.lower() not in _DETERMINERS for t in subject)
        if w != w.rstrip(",;:.") or low in _NP_STOP or (low in _FUNCTION and low not in _DETERMINERS):
            if w != w.rstrip(",;:.") and low not in _FUNCTION:
                subject.append(w.rstrip(",;:."))
            break
        if w.islower() and noun_said and (low.endswith("ed") or (low.endswith("s") and not low.endswith("ss"))):
            break
        subject.append(w)
    if not any(t.lower() not in _DETERMINERS for t in subject):
        return None
    return f"{' '.join(subject)} was {lead.group('verb').lower()} {lead.group('prep')} {text}."


#: the stems of :data:`~claimcheck.data.event_classes.VOTING_BODIES` and
#: :data:`~claimcheck.data.event_classes.VOTE_OUTCOMES`
_VOTING_BODIES = frozenset(stem(w) for w in data_event_classes.VOTING_BODIES)
_VOTE_OUTCOMES = frozenset(stem(w) for w in data_event_classes.VOTE_OUTCOMES)
_BODY_OF_MEMBERS = {stem(m): stem(b) for m, b in data_event_classes.BODY_OF_MEMBERS.items()}


def _by_vote(st: Statement) -> Statement:
    """``st`` marked :attr:`Statement.voted` when its verb or noun is what a vote decides
    (approved, passed, adopted, rejected) and a body that votes is among its participants
    ("the Senate approved it on 3 May", "passed by the lower house in March"); the
    outcome's word is then no participant."""
    said = st.event_stems | ({st.event_word} if st.event_word else set())
    outcome = said & _VOTE_OUTCOMES
    if st.event not in (None, "adoption") or not outcome or not st.words & _VOTING_BODIES:
        return st
    return dataclasses.replace(st, voted=True, words=st.words - outcome)


#: what a vote decided, after the date or before it: "voted on 9 May to close the route",
#: "voted to close the route on 9 May", "the May vote to close the route"
_VOTED_TO_AFTER = re.compile(r"(?:(?:\s+[A-Za-z-]+)?\s+votes?)?\s*,?\s*to\s+(?P<what>[^,;:.()]+)")
_VOTED_TO_BEFORE = re.compile(r"\bvoted?\s+to\s+(?P<what>[^,;:.()]+?)\s+(?:on|in)\s+$")


#: the words that give a house or a chamber its rank (stems): "lower", "deputies"; "upper", "Senate"
_RANKS = {"lower house": frozenset({"low", "deputy"}), "upper house": frozenset({"upp", "senat"})}


def _vote_decided(st: Statement, sentence: str, text: str) -> Statement:
    """A vote's statement with what the vote decided as participants and as its topic:
    two votes of one body on other questions are two votes ("voted in 2019 to buy the
    buses" / "voted in 2023 to withdraw them"); one question voted on twice, one vote."""
    at = sentence.find(text)
    m = _VOTED_TO_AFTER.match(sentence[at + len(text) :]) or _VOTED_TO_BEFORE.search(sentence[:at])
    # the body its members name: "senators voted" is the Senate's vote
    bodies = frozenset(_BODY_OF_MEMBERS[w] for w in st.words if w in _BODY_OF_MEMBERS)
    what = frozenset(_content(_TOKEN.findall(m.group("what")))) if m else frozenset()
    voters = (st.words | bodies) & _VOTING_BODIES
    # a house or a chamber by its rank: the Senate is an upper one, a chamber of deputies a
    # lower one ("the Senate passed it" / "the upper house approved it": one body)
    rank = next((r for r, says in _RANKS.items() if (st.words | bodies) & says), None)
    if rank:
        voters = frozenset(rank if b in ("hous", "chamb", "senat", "deputy") else b for b in voters)
    return dataclasses.replace(st, words=st.words | what | bodies, topic=st.topic | what, bodies=voters)


def _statement(sentence: str, text: str) -> Statement | None:
    """The event and participants of the date ``text`` in ``sentence``; None when the
    clause says no single happening (a deadline "by 2026", "as of", a range, a negation, a
    repeat "again in 2016", "three times since 2017", another date in the clause)."""
    at = sentence.find(text)
    if at < 0:
        return None
    lo = max(0, at - 240)
    # the part of a year before it is the date's ("closed in late 2019"); a date said from
    # another ("last spring", "the following year") stands where "in" and a date would
    before = _APPOSED_BEFORE.sub(" ", _PART_BEFORE.sub("", sentence[lo:at]))
    if _SAID_FROM.match(text) and not _RELATION_BEFORE.search(before):
        before += "in "
    after = sentence[at + len(text) : at + len(text) + 160]
    if _OCCASION_AFTER.match(after) and (m := _IN_THE.search(before)):
        # "was announced in the March 2016 Budget", "signed at the 2015 summit": the
        # occasion's date is the verb's ("announced in March 2016")
        before = before[: m.start(1)]
    elif m := _IN_OCCASION_OF.search(before):
        before = before[: m.start(1)]  # "announced in the Budget of 15 March 2023"
    tokens_before = _TOKEN.findall(before)
    last = tokens_before[-1].lower() if tokens_before else ""
    if _NO_ONE_DATE.search(before):
        return None
    label = _LABEL.search(before)
    if label and not lo and len(_content(_TOKEN.findall(label.group("label")))) >= 2:
        # a label and a colon: "Automation of the Sorrel lighthouse: autumn 2022" says "the
        # automation of the Sorrel lighthouse in autumn 2022"
        words = label.group("label")
        return _clause_statement(f"the {words[0].lower()}{words[1:]}", "in", sentence, pronoun_ok=False)
    # the clause before the date, from its opener ("when it missed …"), not counting a
    # "since" right before the date (that is the date's own relation)
    if before.endswith("(") and after.startswith(")") and re.search(r"(?<![\w.’'-])[a-z]{3,}\s*\($", before):
        # "a review of the Olen refinery fire (August 2013)": the date names the noun before
        # it (not a name: "Balter, Ben (2011)", "Scott et al. (2013)" cite a work)
        head = before[:-1]
        opener = _last(_CLAUSE_OPENERS, head)
        clause = (head[opener.end() :] if opener else head)[-160:]
        if _NOT_ONE.search(clause) or _YEAR.search(clause):
            return None
        return _noun_of_date(_TOKEN.findall(clause))
    cut = before[: before.lower().rstrip().rfind(last)] if last in _RELATIONS else before
    opener = _last(_CLAUSE_OPENERS, cut)
    clause = (cut[opener.end() :] if opener else cut)[-160:]
    if opener and not lo and not cut[: opener.start()].strip():
        # a phrase the sentence opens with, its own date, then a comma and the date's
        # clause: "According to a report published in March 2023, the quay opened in": the
        # report's date is not this clause's
        years = list(_A_YEAR.finditer(clause))
        comma = clause.rfind(",")
        if years and comma >= years[-1].end():
            opener, clause = None, clause[comma + 1 :]
    if (
        opener
        and opener.group(0) == ":"
        and not lo
        and _LABEL.match(cut[: opener.end()])
        and len(_content(_TOKEN.findall(cut[: opener.start()]))) >= 2
    ):
        # a label and a colon, then its clause: "Brevik quarry: flooded on 14 June 2017"
        # says "Brevik quarry flooded on 14 June 2017"
        clause = f"{cut[: opener.start()].strip()} {clause.strip()} "
    # (a plural's possessive too: "the clubs' February 2017 vote")
    named = last in ("the", "its", "their") or bool(re.search(r"(?:['’]s|s['’])\s+$", before))
    after_clause = re.split(r"[,;:.()\[\]]", after, maxsplit=1)[0]
    elided = False
    if not named and last in _RELATIONS:
        # "was proposed in 2023 and approved by the agency on 4 May 2024": each date its own
        # verb's; the second verb's subject is the first's, said again as "it"
        years = list(_YEAR.finditer(clause))
        m = _AND_VERB.match(clause[years[-1].end() :]) if years else None
        if m and not _YEAR.search(m.group("rest")):
            passive = _PASSIVE.search(clause[: years[-1].start()])
            clause, elided = ("it was " if passive else "it ") + m.group("rest"), True
    # past the date of a clause the sentence opens with ("When the president signed the act
    # in November 2020 he promised …") comes the main clause, not the date's
    subordinate = opener is not None and not lo and not cut[: opener.start()].strip() and opener.group(0).isalpha()
    if (
        _NOT_ONE.search(clause)
        or (not named and not subordinate and _NOT_ONE.search(after_clause))
        or _other_year(clause, text, after)
    ):
        return None  # another date in the clause: "the 2018 merger … was announced in March"
    if named:
        return _with_acted_on(_named_by_date(after_clause, after, tokens_before), after_clause)
    if last == "of":
        return _with_acted_on(_noun_of_date(_TOKEN.findall(clause)), after_clause)
    if last not in _RELATIONS:
        return None
    if last == "since" and _WINDOW_SINCE.search(cut):
        return None  # "the schemes launched since 2018": each of them since then, no one date
    # "Since its accession in 2013, Estavia has …": "its" is the subject after the clause
    # the sentence opens with; else the noun phrase the sentence opens with
    opens_sentence = opener is not None and not lo and not cut[: opener.start()].strip()
    antecedent = after.split(",", 1)[1] if opens_sentence and "," in after else sentence
    # "Visitors have used the Harwick reading room since it opened": "it" opening the clause
    # is the noun phrase right before it, when one ends the text there
    it_np = _np_before(cut[: opener.start()]) if opener is not None and not opens_sentence else None
    if last in ("in", "on", "since") and all(t.lower() in _FUNCTION for t in _TOKEN.findall(clause)):
        # the date opens its clause ("In March 2019, the council adopted the plan"): the
        # clause after it says what happened
        m = _FRONTED_AFTER.match(after)
        if not m or _NOT_ONE.search(m.group("clause")) or _YEAR.search(m.group("clause")):
            return None
        if _OFFSET.match(m.group("clause")):
            return None  # "On 30 July 2025, a year after the law was adopted, …": not its date
        # only the first of two coordinated clauses ("In 2015 a tariff code was added for
        # ferries and the port still uses it"): the second says what holds now, of another thing
        fronted = _SECOND_CLAUSE.split(m.group("clause"), maxsplit=1)[0]
        return _clause_statement(fronted, last, sentence, pronoun_ok=False, fronted=True)
    st = _clause_statement(clause, last, antecedent, pronoun_ok=opener is not None or elided, it_np=it_np)
    when = _WHEN_THEN.match(after) if last in ("in", "on") and (st is None or st.event is None) else None
    if when and not _NOT_ONE.search(when.group("clause")) and not _YEAR.search(when.group("clause")):
        # "The warning came on 19 May 2020, when the levee gave way": a clause of no event
        # class, then "when" and what happened that day: the date dates that happening
        then = _clause_statement(
            _SECOND_CLAUSE.split(when.group("clause"), maxsplit=1)[0], last, sentence, pronoun_ok=False, fronted=True
        )
        if then is not None and then.event:
            return then
    if (
        st is not None
        and st.event
        and not st.theme
        and opener is not None
        and opener.group(0).lower() in ("which", "that")
    ):
        # "the Nordlys route, which the company withdrew on 29 October": the event is done
        # to the noun phrase before "which"
        np = _np_before(cut[: opener.start()].rstrip().rstrip(","))
        if np:
            st = dataclasses.replace(st, theme=frozenset(_content(_TOKEN.findall(np))))
    elif (
        st is not None
        and not st.event
        and opener is not None
        and opener.group(0).lower() in ("which", "that")
        and _SUBJECT_WHICH.match(cut[opener.end() :])
    ):
        # "blinded paths, which were added to the specification in April": the clause's
        # subject is the noun phrase before "which", what was added; without it the clause
        # reads as any addition to the specification. So when "which" does what its verb
        # says ("the earthquake, which struck on 3 November"; "the flood, which hit the
        # town on 14 July")
        head = cut[: opener.start()].rstrip().rstrip(",")
        np = _np_before(head) or _bare_np_before(head)
        if np:
            st = dataclasses.replace(
                st, words=st.words | frozenset(linking_stem(w) for w in _content(_TOKEN.findall(np)))
            )
    return st


# a law's name that holds a year: "the Pensions Act 2023", "the 2023 Act", "the 2019 water law"
_LAW_NAME_YEAR = re.compile(
    r"\b(?:act|law|decree|directive|regulation|statute|ordinance|code)\s+(?P<after>(?:1[5-9]|20)\d\d)(?![\d./])"
    r"|(?<![\d.,/])(?P<before>(?:1[5-9]|20)\d\d)\s+(?:[A-Za-z][\w’'-]*\s+){0,3}?"
    r"(?:act|law|decree|directive|regulation|statute|ordinance|code)\b",
    re.IGNORECASE,
)
# the date's year said as the year already named in its clause: "in July of that year"
_OF_THAT_YEAR = re.compile(r"^\s*(?:of\s+)?(?:that|the\s+same)\s+year\b", re.IGNORECASE)


def _other_year(clause: str, text: str, after: str) -> bool:
    """Another date stands in the date's clause ("the 2018 merger … was announced in
    March"): a year of the clause, unless it is in the name of a law that the date's own year
    names too ("the Pensions Act 2023 received Royal Assent in September 2023", "the 2023
    Act became law in July of that year"): that is the law's name, not a second date."""
    years = [m.start() for m in _YEAR.finditer(clause)]
    if not years:
        return False
    own = set(_YEAR.findall(text))
    that_year = bool(_OF_THAT_YEAR.match(after))
    named = {
        m.start("after") if m.group("after") else m.start("before")
        for m in _LAW_NAME_YEAR.finditer(clause)
        if (m.group("after") or m.group("before")) in own or (that_year and not own)
    }
    return any(at not in named for at in years)


# a start said right before "since" with no auxiliary: the things started since a date,
# a window ("the night bus services launched since 2018"), not a state ("has operated since")
_WINDOW_SINCE = re.compile(
    r"(?<!\bhas\s)(?<!\bhave\s)(?<!\bhad\s)(?<!\bbeen\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s)"
    r"\b(?:launched|introduced|opened|started|founded|created|established|set\s+up|begun|unveiled|published|released)\s+$",
    re.IGNORECASE,
)


# after a date in its clause, another verb of the same subject: "… in 2023 and approved"
_AND_VERB = re.compile(
    r"^[^,;:]{0,40}?,?\s+(?:and|but|then)\s+(?:(?:was|were|later|then|finally|eventually|formally|only)\s+)?"
    r"(?P<rest>(?!being\b)[a-z]+(?:ed|en|t)\b[^;:]*)$"
)
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|t)\b")


# a part of the year before a date: "late 2019", "the end of 2021"
_PART_BEFORE = re.compile(
    r"(?<![\w-])(?:the\s+)?(?:(?:early|mid|late)[- ]|(?:very\s+)?(?:end|start|beginning|middle)\s+of\s+(?:the\s+)?"
    r"|(?:first|second|third|fourth|last|final|closing|opening)\s+(?:week|days|weeks|months|fortnight)\s+of\s+"
    r"|(?:(?:early|small|late)\s+hours|night|morning|evening|afternoon)\s+of\s+)$",
    re.IGNORECASE,
)
#: the same, for the other readers of a date's clause (``extract.dated_objects``)
PART_BEFORE = _PART_BEFORE
# a label and a colon opening the sentence: "- Automation of the Sorrel lighthouse: "
_LABEL = re.compile(r"^\W*(?P<label>[A-Z][^.;:()]{2,80}?)\s*:\s*$")
# a date said twice, the second time closer: "withdrew it last autumn, on 29 October"
_APPOSED_BEFORE = re.compile(
    r"\s+(?:last|this|next|past)\s+(?:spring|summer|autumn|fall|winter|year|month|week)\s*,\s*(?=(?:on|in)\s+$)",
    re.IGNORECASE,
)
# a date said from the publication or another date, with no preposition of its own
_SAID_FROM = re.compile(
    r"(?:last|this|next|past|that|later\s+that|earlier\s+that|the\s+same|the\s+(?:following|previous|preceding)|the\s+year"
    r"|(?:early|mid|late)[- ]last"
    r"|the\s+(?:following|previous|preceding)\s+month|(?:a|one|two|three|four|five|six|\d+)\s+(?:years?|months?))\b",
    re.IGNORECASE,
)
_RELATION_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_RELATIONS)) + r")\s+$", re.IGNORECASE)


def _bare_np_before(text: str) -> str | None:
    """The last words of ``text`` (up to three, no function word) as a noun phrase with no
    determiner ("… use blinded paths"), else None."""
    tokens = _TOKEN.findall(text[-80:])
    run = list(itertools.takewhile(lambda t: t.lower() not in _FUNCTION and t[:1].isalpha(), reversed(tokens)))[:3]
    if not run or run[0].lower().endswith("ed"):
        return None
    return " ".join(reversed(run))


def _np_before(text: str) -> str | None:
    """The noun phrase ``text`` ends with, opened by "the" or a possessive ("… used the
    Harwick reading room"), else None."""
    tokens = _TOKEN.findall(text[-120:])
    run = list(itertools.takewhile(lambda t: t.lower() not in _FUNCTION and t[:1].isalpha(), reversed(tokens)))
    k = len(tokens) - len(run)
    if not run or not k or tokens[k - 1].lower() not in ("the", "its", "their") or run[0].lower().endswith("ed"):
        return None
    return " ".join(tokens[k - 1 :])


# a date said as a time from the happening after it, not its date: "a year after the law
# was adopted", "five years since the plant opened", "on the tenth anniversary of the ban"
_OFFSET = re.compile(
    r"(?:(?:exactly|nearly|almost|just|some|about|more\s+than|less\s+than)\s+)?"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a\s+few|several|many)\s+"
    r"(?:full\s+)?(?:years?|months?|weeks?|days?|decades?)\s+(?:after|since|before|on\s+from|from)\b"
    r"|(?:on\s+)?(?:the\s+)?(?:\w+\s+)?anniversary\b",
    re.IGNORECASE,
)
# the clause after a date that opens its own: "In March 2019, the council adopted the plan"
# what happened at a date, said after it: ", when the levee gave way"
_WHEN_THEN = re.compile(r"\s*,\s*when\s+(?P<clause>[^,;:.()]{3,160})")
_FRONTED_AFTER = re.compile(r"\s*,?\s*(?:when\s+)?(?P<clause>[^,;:.()]{3,160})")
# a second clause coordinated with the first, its own subject and verb: "… and the port
# still uses it", "… but the owners have kept it" (not "the plan and the budget")
_SECOND_CLAUSE = re.compile(
    r"\s+(?:and|but|yet)\s+(?:(?:the|a|an|its|their|this|that|these|those)\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?=(?:(?:still|also|now|then|later|soon|never|always)\s+[a-z]+s\b"
    r"|(?:is|are|was|were|has|have|had|will|would|can|could|does|do|did)\s))"
)


# before the date: no one date of a happening ("as of 2024", "by 2026", "between …")
#: occasions a government's measure is said to come "in", dated by their own date: a
#: budget, a fiscal statement, a spending review, a speech ("the tax was announced in the
#: March 2016 Budget": announced in March 2016). Not a summit or a congress, an event of its
#: own that recurs ("the pledges made at the 2016 summit": that summit's)
_OCCASIONS = r"(?:budget|(?:autumn|spring|fiscal|budget)\s+statement|spending\s+review|speech)"
_OCCASION_AFTER = re.compile(r"\s*(?:[A-Z][\w’'-]*\s+){0,2}" + _OCCASIONS + r"\b", re.IGNORECASE)
_IN_THE = re.compile(r"\b(?:in|at|during)\s+(the\s+)$", re.IGNORECASE)
_IN_OCCASION_OF = re.compile(
    r"\b(?:in|at|during)\s+(the\s+(?:[A-Z][\w’'-]*\s+){0,2}" + _OCCASIONS + r"\s+of\s+)$", re.IGNORECASE
)
_NO_ONE_DATE = re.compile(r"\bas\s+(?:of|at)\s+$|\b(?:by|between|before|after|to|till|through)\s+$", re.IGNORECASE)


#: nouns ending in "-ly", no adverbs: "the May 2023 assembly vote", "the 2021 family census"
_LY_NOUNS = frozenset({"assembly", "family", "supply", "rally", "monopoly", "anomaly", "ally", "italy"})


def _named_by_date(np_text: str, after: str, tokens_before: list[str]) -> Statement | None:
    """A noun the date names, after it: "the 2018 forum in Geneva", "the October 17, 2022 rules"."""
    np_tokens: list[str] = []
    np_all = _TOKEN.findall(np_text)
    for k, t in enumerate(np_all[:5]):
        low = t.lower()
        if (
            low in _FUNCTION
            or (low.endswith("ly") and low not in _LY_NOUNS)
            or (low.endswith("ed") and not t[:1].isupper())
            or not t[:1].isalpha()
        ):
            break
        if np_tokens and k + 1 < len(np_all) and np_all[k + 1].lower() in _VERB_THEN:
            break  # "Spain's 2009 decree shows one way": a verb and its object
        np_tokens.append(t)
    words = _content(np_tokens)
    voted = _vote_by(np_tokens, tokens_before)
    if voted is not None:
        return voted
    if not words and np_tokens:
        # an event's noun of a class, and what it is of: "the November 2023 announcement of
        # the investment round"
        rest = after[after.find(np_tokens[-1]) + len(np_tokens[-1]) :]
        of_np = _OF_NP_AFTER.match(rest)
        event = _CLASS_OF_STEM.get(stem(np_tokens[-1]))
        if event is not None and not of_np and len(np_tokens) == 1 and tokens_before[-1:] in (["the"], ["The"]):
            # the event's noun alone: "The May 2025 announcement will …" (see bare_event)
            return _bare_noun(event, np_tokens[0], rest)
        if not of_np or event is None:
            return None
        words = _content(_TOKEN.findall(_OF_NP_END.split(of_np.group("np"))[0]))
        if not words:
            return None
        return Statement(
            event=event,
            event_stems=frozenset({stem(np_tokens[-1])}),
            words=frozenset(words),
            subject_names=frozenset(),
            places=frozenset(),
            ordinal=next((t.lower() for t in tokens_before[-3:] if t.lower() in _ORDINALS), None),
            plan=False,
            relation="named",
            state=False,
            head=stem(np_tokens[-1]),
            event_form="noun",
            event_noun=True,
            theme=frozenset(words),
        )
    if not words:
        return None
    rest = after[after.find(np_tokens[-1]) + len(np_tokens[-1]) :]
    p = re.match(r"\s+(?:in|at)\s+([A-Z][\w’'-]+)", rest)
    bare = len(np_tokens) == 1 and not _noun_said_more(rest)
    about = _ABOUT_NAMES.match(rest)
    of_np = _OF_NP_AFTER.match(rest)
    of_words = _content(_TOKEN.findall(_OF_NP_END.split(of_np.group("np"))[0])) if of_np else []
    return Statement(
        event=None,
        event_stems=frozenset(),
        words=frozenset(words),
        subject_names=frozenset(),
        places=frozenset({stem(p.group(1))} if p else ()),
        ordinal=next((t.lower() for t in tokens_before[-3:] if t.lower() in _ORDINALS), None),
        plan=False,
        relation="named",
        state=False,
        head=stem(np_tokens[-1]),
        bare=bare and tokens_before[-1:] in (["the"], ["The"]),
        noun=np_tokens[-1].lower() if bare else None,
        about=frozenset(stem(t) for t in _NAME_WORD.findall(about.group("names"))) if about else frozenset(),
        of_head=of_words[-1] if of_words else None,
    )


#: "which" as the subject of its clause: a passive or a past verb follows it ("which were
#: added", "which struck", "which hit the town"), not its own subject ("which the company withdrew")
_SUBJECT_WHICH = re.compile(
    r"\s*(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s"
    r"|(?:struck|hit|swept|tore|broke|sank|burnt|burst|flooded|erupted|collapsed|ravaged|destroyed|killed)\b)",
    re.IGNORECASE,
)

#: past verbs of no "-ed" that an event may do to a thing ("the storm tore the roof off")
_PAST_IRREGULAR = frozenset(
    {"hit", "shut", "cut", "brought", "took", "left", "tore", "broke", "drove", "sank", "swept", "struck", "burnt"}
)


def _with_acted_on(st: Statement | None, after_clause: str) -> Statement | None:
    """A noun the date names, then a verb and what it acts on: "the explosion and fire of
    July 1922 emptied the Record Office", "the 2019 flood swept away the weir": what the
    event did it to is one of its participants (the clause the date names is the event's,
    so the other clause dating it may name only what it befell: "the Record Office was
    destroyed on 30 June 1922"). Only the first verb, in the past, straight after the
    noun phrase, and a determiner opening its object."""
    if st is None or st.relation != "named" or st.theme:
        return st
    toks = _TOKEN.findall(after_clause)
    for k, t in enumerate(toks[:6]):
        low = t.lower()
        if not t[:1].isalpha():
            return st
        past = t.islower() and (low.endswith("ed") or low in _PAST_IRREGULAR)
        if not past:
            if low in _FUNCTION:
                return st  # "of", "in", "was": no verb acting on something right after
            continue
        rest = toks[k + 1 :]
        if rest[:1] and rest[0].lower() in ("away", "off", "out", "down", "up", "through"):
            rest = rest[1:]  # "swept away the weir"
        if not rest or rest[0].lower() not in ("the", "a", "an", "its", "their"):
            return st
        obj = list(itertools.takewhile(lambda w: w.lower() not in _OBJECT_ENDS and w[:1].isalpha(), rest[1:6]))
        words = frozenset(_content(obj))
        return dataclasses.replace(st, words=st.words | words, bare=False) if words else st
    return st


def _bare_noun(event: str, noun: str, rest: str) -> Statement | None:
    """A date naming an event's noun of a class with nothing saying what it is of ("The
    May 2025 announcement will …", "after the 2019 closure"): the event alone, for
    :func:`bare_event`; not when a preposition or a parenthesis after it says more ("the
    2019 closure at Tarsk")."""
    if _noun_said_more(rest):
        return None
    return _event_alone(event, noun, "named", plan=False)


def _event_alone(event: str, noun: str, relation: str, *, plan: bool) -> Statement:
    """An event said by its noun alone ("after the suspension in March 2024", "the 2019
    closure"), with nothing else of the clause (see :func:`bare_event`)."""
    return Statement(
        event=event,
        event_stems=frozenset(),
        words=frozenset(),
        subject_names=frozenset(),
        places=frozenset(),
        ordinal=None,
        plan=plan,
        relation=relation,
        state=False,
        head=stem(noun),
        event_form="class",
        event_noun=True,
        bare=True,
    )


def _noun_said_more(rest: str) -> bool:
    """What follows a noun says whose or what it is: a preposition, a parenthesis."""
    return bool(re.match(r"\s*(?:of|for|on|to|by|in|at|with|from|over|about|\()\b", rest))


#: words that follow a verb, not a noun of a noun phrase ("the 2009 decree shows one way")
_VERB_THEN = frozenset({"the", "a", "an", "its", "their", "his", "her", "one", "no", "this", "that", "these", "those"})


# where the noun phrase after "of" ends: "the passage of the freight rules in …"
_OF_NP_END = re.compile(r"[,;:()]|\s(?:in|on|at|by|for|to|from|with|and|was|were|is|are|has|have|had)\s")
# what a noun the date names is about, when a name: "… attack on Valdora", "… at Tarsk Water"
_ABOUT_NAMES = re.compile(
    r"\s+(?:on|at|of|in|against|to|by)\s+(?:the\s+)?(?P<names>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})"
)


def _vote_by(np: list[str], before: list[str]) -> Statement | None:
    """A vote's noun the date names, with who voted before it: "the September 19, 2023
    council vote", "the clubs' February 2017 vote", "Parliament's first-reading vote of
    March 2024": the vote of that body (its words), as "the council voted on …" says it.
    (A vote's noun alone, "the 2022 vote", is read as any noun of a class is.)"""
    if not np or _CLASS_OF_STEM.get(stem(np[-1])) != "vote":
        return None
    last = before[-1] if before else ""
    owner = [re.sub(r"['\u2019]s?$", "", last)] if re.search(r"['\u2019]s?$", last) else []
    words = [w for w in _content([*owner, *np[:-1]]) if w != stem(np[-1])]
    if not words:
        return None
    return Statement(
        event="vote",
        event_stems=frozenset(),
        words=frozenset(words),
        subject_names=frozenset(),
        places=frozenset(),
        ordinal=None,
        plan=False,
        relation="in",
        state=False,
        head=stem(np[-1]),
        event_form="noun",
        event_noun=True,
    )


def _noun_of_date(ctoks: list[str]) -> Statement | None:
    """A noun the date names, before "of": "the forum of 2018", "an update of 17 October 2023"."""
    np = list(itertools.takewhile(lambda t: t.lower() not in _FUNCTION, reversed(ctoks[-4:])))[::-1]
    voted = _vote_by(np, ctoks[: len(ctoks) - len(np)])
    if voted is not None:
        return voted
    words = _content(np)
    # a noun of an event class alone: "The approval of November 22, 2024 gave …"
    event = _CLASS_OF_STEM.get(stem(np[-1])) if np and len(np) == 1 and not words else None
    if event:
        words = [stem(np[-1])]
    if not words:
        return None
    k = len(ctoks) - len(np) - 1
    return Statement(
        event=event,
        event_stems=frozenset(),
        words=frozenset(words),
        subject_names=frozenset(),
        places=frozenset(),
        ordinal=ctoks[k].lower() if k >= 0 and ctoks[k].lower() in _ORDINALS else None,
        plan=False,
        relation="named",
        state=False,
        head=np[-1].lower() if event else stem(np[-1]),  # a class noun as written: "closure"
        bare=len(np) == 1 and k >= 0 and ctoks[k].lower() == "the",
        noun=np[-1].lower() if len(np) == 1 else None,
    )


def _event_in(ctoks: list[str], *, fronted: bool = False) -> tuple[str | None, frozenset[str], int | None, str]:
    """The event of a clause: (its class, its stems when of no class, where its word is,
    how it is said). The nearest word of a class before the date, a verb or a noun ("came
    back", "missed"): "class"; else a noun the date's relation follows ("since its listing
    in 1983", "since their move in May 2018"): "noun"; else a verb of no class, passive
    ("was appointed chief executive in March 2019") or active ("moved its rare books to
    the annex in May 2019"). In a clause after the date (``fronted``), the first word of a
    class."""
    for k in range(len(ctoks)) if fronted else range(len(ctoks) - 1, -1, -1):
        if ctoks[k].lower() in _DOCUMENT_NOUNS or ctoks[k].lower() in data_event_classes.NOT_EVENT_WORDS:
            continue  # "signed its deposit agreement": a document, not an agreeing; "voters": no vote
        phrase = _phrase_class(ctoks, k)
        if phrase is None and _in_name(ctoks, k):
            continue  # "the Mangrove Restoration Agency": a word of a name, no event ("Royal Assent" is one)
        c = (
            phrase
            or _CLASS_OF_STEM.get(stem(ctoks[k]))
            or _law_made(ctoks, k)
            or _awarded(ctoks, k)
            or _took_office(ctoks, k)
        )
        if c and k > 0 and ctoks[k].endswith("ing") and _CLASS_OF_STEM.get(stem(ctoks[k - 1])) in _ASPECT:
            # "began closing its exchanges in 2015": the start of the closing, not a closure
            k -= 1
            c = _CLASS_OF_STEM[stem(ctoks[k])]
        if c:
            said = None if fronted else _said_of(ctoks, k)
            if said is not None:
                return said
            return c, frozenset(), k, "class"
    if fronted or not ctoks:
        return None, frozenset(), None, ""
    last, owner = ctoks[-1], ctoks[-2] if len(ctoks) >= 2 else ""
    if (
        last.islower()
        and not _past_verb_in(ctoks[:-2])
        and (
            owner.lower() in ("its", "their", "his", "her")
            or owner.endswith(("'s", "’s"))
            or (owner.lower() == "the" and re.search(r"(?:ing|ion|ment|al)$", last))
        )
    ):
        return None, frozenset({stem(last)}), len(ctoks) - 1, "noun"
    # a verb's noun after a named thing ("since the Skarven grounding") or before what it
    # is of ("the approval of the rural clinic plan")
    for k in range(len(ctoks) - 1, 0, -1):
        word = ctoks[k]
        if not (word.islower() and _NOMINAL.search(word)) or word in _FUNCTION:
            continue
        lead = ctoks[max(0, k - 3) : k]
        named = any(t.lower() in ("the", "its", "their") or t.endswith(("'s", "’s")) for t in lead) and all(
            t[:1].isupper() or t.lower() in ("the", "its", "their") or t.endswith(("'s", "’s")) for t in lead[-1:]
        )
        if named and (k == len(ctoks) - 1 or ctoks[k + 1].lower() == "of"):
            return None, frozenset({stem(word)}), k, "noun"
    for k in range(len(ctoks) - 1, 0, -1):
        if ctoks[k].islower() and (ctoks[k].endswith("ed") or ctoks[k] in IRREGULAR):
            passive = any(t.lower() in _BE for t in ctoks[max(0, k - 2) : k])
            return None, frozenset({stem(ctoks[k])}), k, "passive" if passive else "active"
    return None, frozenset(), None, ""


#: verbs and nouns that make a law when a law is what they act on ("parliament passed a
#: law", "the decree, approved on", "the enactment of the statute"): its adoption
_LAW_MAKING = frozenset({"pass", "passag", "approv", "approval", "enact"})
#: the laws they make (a bill passes each chamber in turn: not one adoption)
_LAW_NOUNS = frozenset({"law", "act", "decree", "directive", "regulation", "statute", "ordinance"})


def _law_made(ctoks: list[str], k: int) -> str | None:
    """ "adoption" when the word at ``k`` passes, approves or enacts a law named within
    three words after it or four before it ("passed a law", "the decree, approved",
    "the law parliament passed"), else None."""
    if not ctoks[k].islower() or stem(ctoks[k]) not in _LAW_MAKING:
        return None
    near = ctoks[max(0, k - 4) : k] + ctoks[k + 1 : k + 4]
    if any(t.lower() in _LAW_NOUNS for t in near):
        return "adoption"
    # or a law's name after it, however long: "passed the Public Libraries Act 2022"
    name = ctoks[k + 2 : k + 9] if ctoks[k + 1 : k + 2] and ctoks[k + 1].lower() in ("the", "a", "its") else []
    run = itertools.takewhile(lambda t: t[:1].isupper() or t.lower() in ("of", "and"), name)
    return "adoption" if any(t.lower() in _LAW_NOUNS for t in run) else None


#: what is awarded, then signed: a contract and its kin
_AWARDED_THINGS = frozenset({"contract", "contracts", "concession", "franchise", "licence", "license", "tender"})


def _awarded(ctoks: list[str], k: int) -> str | None:
    """ "award" when the word at ``k`` awards a contract (a verb, or "the award of"), with
    the contract within four words either side ("awarded the contract", "the contract was
    awarded", "the award of the concession"); not an award won ("won an award in 2019")."""
    word = ctoks[k].lower()
    if word not in ("awarded", "awards", "awarding") and not (word == "award" and ctoks[k + 1 : k + 2] == ["of"]):
        return None
    near = ctoks[max(0, k - 4) : k] + ctoks[k + 1 : k + 5]
    return "award" if any(t.lower().split("-")[-1] in _AWARDED_THINGS for t in near) else None


def _took_office(ctoks: list[str], k: int) -> str | None:
    """ "appointment" when the word at ``k`` is "became" (or "become") and an office
    (:data:`~claimcheck.data.event_classes.OFFICES`) follows it within four words, after a
    determiner, a possessive or a name only ("became chief executive", "became Corvell's
    chief executive", "became the city's mayor"); not "became law", "became a member", "became
    the market leader" (what the office is of stays a participant)."""
    if ctoks[k].lower() not in ("became", "become", "becomes", "becoming"):
        return None
    for t in ctoks[k + 1 : k + 5]:
        low = t.lower()
        if low in data_event_classes.OFFICES:
            return "appointment"
        if not (low in _DETERMINERS or t[:1].isupper() or low.endswith(("'s", "’s")) or low in ("acting", "interim")):
            return None
    return None


#: classes whose verb before another verb's "-ing" says what becomes of that activity
#: ("began closing", "stopped paying", "resumed publishing")
_ASPECT = frozenset({"launch", "stop", "return", "ending"})


def _in_name(ctoks: list[str], k: int) -> bool:
    """The capitalised word at ``k`` stands inside a run of capitalised words past the
    clause's first word: part of a name ("the Peatland and Mangrove Restoration Agency",
    "Open Access Week"), not a verb or noun of the clause."""
    word = ctoks[k]
    if k == 0 or not word[:1].isupper() or word.isupper():
        return False
    return any(0 < j < len(ctoks) and ctoks[j][:1].isupper() and ctoks[j][:1].isalpha() for j in (k - 1, k + 1))


def _past_verb_in(ctoks: list[str]) -> bool:
    """A past verb of the clause stands before its last noun ("the government approved its
    draft in …", "did away with its licence in …"): the noun is what the verb acts on,
    not the event ("since its listing in 1983" has none)."""
    return any(t.islower() and (t.endswith("ed") or t in IRREGULAR) for t in ctoks)


def _planned(clause: str, ctoks: list[str], event_at: int | None) -> bool:
    """The clause says a plan ("is due to open"), not counting what a clause after its
    event's verb says ("announced that the banks would reopen": the announcing happened)."""
    if event_at is not None:
        after = [k for k in range(event_at + 1, len(ctoks)) if ctoks[k].lower() in ("that", "whether")]
        if after:
            return bool(_PLAN.search(" ".join(ctoks[: after[0]])))
    return bool(_PLAN.search(clause))


def _said_of(ctoks: list[str], k: int) -> tuple[str, frozenset[str], int, str] | None:
    """The class word at ``k`` is an event noun that a past verb of a class right before
    its determiner acts on ("the ministry announced the reopening of the banks in …"):
    the date dates that verb's happening, the noun is what it is about."""
    if k < 2 or ctoks[k - 1].lower() not in ("the", "its", "their"):
        return None
    verb = ctoks[k - 2]
    if not (verb.islower() and (verb.endswith("ed") or verb in IRREGULAR)):
        return None
    c = _CLASS_OF_STEM.get(stem(verb))
    return (c, frozenset(), k - 2, "class") if c else None


#: nouns of documents that share a stem with an event's verb ("agreement", "agree")
_DOCUMENT_NOUNS = frozenset({*_AGREEMENTS, *(w + "s" for w in _AGREEMENTS)})


def _phrase_class(ctoks: list[str], k: int) -> str | None:
    """The event class of a phrasal verb or an idiom starting at ``ctoks[k]``: two words
    ("pulled out", "walked away"), three ("received Royal Assent") or three with a
    possessive between ("put their names to")."""
    found = _phrase(ctoks, k)
    return found[0] if found else None


def _phrase(ctoks: list[str], k: int) -> tuple[str, int] | None:
    """:func:`_phrase_class` and how many words the idiom takes."""
    if k + 1 >= len(ctoks):
        return None
    first = stem(ctoks[k])
    c = _CLASS_OF_STEM.get(f"{first} {stem(ctoks[k + 1])}")
    if c is not None:
        return c, 2
    if k + 2 < len(ctoks):
        c = _CLASS_OF_STEM.get(f"{first} {stem(ctoks[k + 1])} {stem(ctoks[k + 2])}")
        if c is not None:
            return c, 3
    if k + 3 < len(ctoks) and ctoks[k + 1].lower() in _DETERMINERS:
        c = _CLASS_OF_STEM.get(f"{first} {stem(ctoks[k + 2])} {stem(ctoks[k + 3])}")
        if c is not None:
            return c, 4
    return None


def _clause_statement(
    clause: str, relation: str, antecedent: str, *, pronoun_ok: bool, fronted: bool = False, it_np: str | None = None
) -> Statement | None:
    """A clause ending with the date's relation ("since the tariff came back on"): its
    event (:func:`_event_in`), participants, subject, places, ordinal, mood and state."""
    ctoks = _TOKEN.findall(clause)
    event, event_stems, event_at, form = _event_in(ctoks, fronted=fronted)
    keep = ctoks
    complement: frozenset[str] = frozenset()
    skip = 0  # how many tokens from ``event_at`` say the event
    if event_at is not None:  # the verb (and its particle: "came back") is no participant
        skip = 2 if event_at + 1 < len(ctoks) and ctoks[event_at + 1].lower() in _PARTICLES else 1
        idiom = _phrase(ctoks, event_at)
        if idiom and skip == 1:
            skip = idiom[1]
        if event == "entry into force" and event_at > 0 and ctoks[event_at - 1].lower() in ("entry", "entries"):
            # "the entry into force": the noun opens the class's phrase, no participant
            event_at, skip = event_at - 1, skip + 1
        # nor what says the event with it, ending the clause: "began operating", "started
        # production" (not "started accepting donations": another thing begun)
        if event and event_at + skip == len(ctoks) - 1 and _COMPLEMENT.search(ctoks[event_at + skip]):
            complement = frozenset({stem(ctoks[event_at + skip])})
            skip += 1
        keep = ctoks[:event_at] + ctoks[event_at + skip :]
    # the event said by a noun ("its accession", "the closure") or a verb; what an active
    # verb acts on, up to a preposition ("restored a 25% tariff on imported steel")
    noun = event_at is not None and (
        (event_at > 0 and (ctoks[event_at - 1].lower() in _DETERMINERS or ctoks[event_at - 1].endswith(("'s", "’s"))))
        or bool(re.search(r"(?:ion|ment|ure|al)s?$", ctoks[event_at]))
    )
    if noun and event_at is not None:
        # a noun phrase framing the event's noun is none of its participants: "The case
        # for the keepers' departure from …", "the row over the closure of …"
        keep = keep[_frame_end(ctoks, event_at) :]
    objects: frozenset[str] = frozenset()
    topic: frozenset[str] = frozenset()
    relative_subject: list[str] = []
    if (
        event
        and event_at is not None
        and not noun
        and not any(t.lower() in _BE for t in ctoks[max(0, event_at - 2) : event_at])
    ):
        acted = list(itertools.takewhile(lambda t: t.lower() not in _OBJECT_ENDS, ctoks[event_at + skip :]))
        objects = frozenset(_content(acted))
        topic = _topic(ctoks[event_at + skip + len(acted) :]) if objects else frozenset()
        topic = topic or _brought_in(acted, ctoks[event_at + skip :])
    theme = objects
    if event and event_at is not None and not theme:
        if noun and ctoks[event_at + 1 : event_at + 2] == ["of"]:
            theme = frozenset(
                _content(list(itertools.takewhile(lambda t: t.lower() not in _OBJECT_ENDS, ctoks[event_at + 2 :])))
            )
        elif noun and event_at > 0 and ctoks[event_at - 1].endswith(("'s", "’s")):
            owner = itertools.takewhile(
                lambda t: t.lower() not in _FUNCTION, reversed(ctoks[max(0, event_at - 3) : event_at])
            )
            theme = frozenset(_content([re.sub(r"['’]s$", "", t) for t in owner]))
        elif not noun and any(t.lower() in _BE for t in ctoks[max(0, event_at - 2) : event_at]):
            theme = frozenset(_content([t for t in ctoks[:event_at] if t.lower() not in _BE]))
        elif not noun:
            theme, relative_subject = _reduced_relative(ctoks, event_at)
            if not theme and event in _DONE_TO:
                theme = _participle_of(ctoks, event_at)
    words = _content(keep)
    # a state since the date ("has been on the heritage list since 1981"): its words after
    # the verb say what began then
    sm = _last(_STATE, clause) if event is None and relation == "since" and not fronted else None
    predicate = frozenset(_content(_TOKEN.findall(clause[sm.end() :]))) if sm else frozenset()
    # the subject: names opening the clause; "it", "its" … what the antecedent opens with
    lead = list(itertools.takewhile(lambda t: t[:1].isupper() or t.lower() == "the", ctoks[:6]))
    subject = [
        stem(t)
        for k, t in enumerate(lead)
        # (not the event's own word opening the sentence: "Abolishing quotas in …")
        if (_is_name(t, k) or (t[:1].isupper() and t.lower() not in _FUNCTION)) and k != event_at
    ]
    if subject and ctoks and ctoks[0] in ("In", "On", "At"):
        subject = []  # "In Geneva, …": a place, not a subject
    # the noun a named subject ends with: "the Ce port stopped …" (not the Ce mine)
    head_run = []
    if subject:
        for t in ctoks[len(lead) : len(lead) + 4]:
            if not t.islower() or t in _FUNCTION or t.endswith("ed") or _CLASS_OF_STEM.get(stem(t)):
                break
            head_run.append(t)
    subject_head = frozenset(stem(t) for t in head_run)
    if not subject and relative_subject:
        # "The law Ankara adopted": Ankara (a capital acting for its country: Turkey) did
        subject = [stem(CAPITALS.get(t, t)) for t in relative_subject if t[:1].isupper()]
    resolved = False
    # a clause opening with a noun phrase of its own ("after the council gave its approval")
    # has its subject; "its" is the council's
    own = bool(ctoks) and ctoks[0].lower() in ("the", "a", "an", "this", "these", "those")
    if not subject and not own and (pronoun_ok or (ctoks and ctoks[0].lower() in ("it", "its"))):
        if re.search(r"\b(?:it|its|they|their|he|his|she|her)\b", clause, re.IGNORECASE):
            subject, np_words = _opening_np(it_np if it_np and ctoks[0].lower() == "it" else antecedent)
            words = words + np_words
            resolved = bool(np_words)
    # (not a gerund that is the clause's own subject, its verb after it: "because harvesting
    # stopped in 2020", "since trading resumed in May")
    gerund_subject = event_at is not None and event_at > 0 and ctoks[0].lower() not in ("being", "having")
    if (
        not subject
        and pronoun_ok
        and ctoks
        and (event_at == 0 or (ctoks[0].lower().endswith("ing") and not gerund_subject))
    ):
        # "Kari Lund has led the boat since joining the team in 2018": the subject of the
        # sentence is the subject of its clause without one
        subject, np_words = _opening_np(antecedent)
        words = words + np_words
        resolved = bool(np_words)
    if not subject and not resolved and ctoks and re.split(r"[’']", ctoks[0].lower())[0] in _PERSONAL:
        return None  # "He joined the team in 2018", "you’re …": who, another sentence says
    if not words and not event_stems:
        if (
            event
            and noun
            and event_at is not None
            and event_at + skip >= len(ctoks)
            and event_at > 0
            and ctoks[event_at - 1].lower() == "the"
        ):
            # "after the suspension in March 2024": the event alone (see bare_event)
            return _event_alone(event, ctoks[event_at], relation, plan=bool(_PLAN.search(clause)))
        return None
    # "the first forum", "the new programme": an ordinal of what the clause opens with
    ordinal = next(
        (
            ctoks[k + 1].lower()
            for k in range(min(len(ctoks) - 1, 3))
            if ctoks[k].lower() in ("the", "its", "their", "a")
            and ctoks[k + 1].lower() in _ORDINALS
            # "retired the last of its copper": the end of it, not the last of several
            and not (ctoks[k + 1].lower() == "last" and k + 2 < len(ctoks) and ctoks[k + 2].lower() == "of")
        ),
        None,
    )
    counted = False
    if ordinal is None and event and event_at is not None:
        # what the event is done to, counted: "signed the first dredging contract" / "signed
        # a second dredging contract"
        ordinal = next((t.lower() for t in ctoks[event_at + 1 : event_at + 4] if t.lower() in _COUNTED), None)
        counted = ordinal is not None
    nouns = [stem(t) for t in ctoks if t.lower() not in _FUNCTION]
    return Statement(
        event=event,
        event_stems=event_stems,
        words=frozenset(words) | event_stems,
        subject_names=frozenset(subject),
        event_form=form,
        objects=objects,
        subject_head=subject_head,
        complement=complement,
        event_noun=noun,
        numbers=frozenset(re.findall(r"(?<![\w.])\d[\d.,]*%?", clause)),
        places=frozenset(stem(m.group(1)) for m in re.finditer(r"\b(?:in|at)\s+([A-Z][\w’'-]+)", clause)),
        ordinal=ordinal,
        counted=counted,
        event_word=stem(ctoks[event_at]) if event and event_at is not None and form == "class" else None,
        plan=_planned(clause, ctoks, event_at),
        relation=relation,
        state=sm is not None,
        head=nouns[-1] if nouns else None,
        predicate=predicate,
        theme=theme,
        topic=topic,
    )


#: prepositions that say what a thing acted on is about: "a law on dog shelters"
_TOPIC_PREPOSITIONS = frozenset({"on", "about", "against", "for"})


#: what brings in a new thing: "a", "an", "another", a count said in words ("four")
_INDEFINITE = frozenset({"a", "an", "another", *(w for w, v in ONES.items() if 1 < v < 100)})


def _brought_in(acted: list[str], rest: list[str]) -> frozenset[str]:
    """What the object of an event's verb brings in as a new thing (``acted``: the object's
    tokens; ``rest``: the clause from there): the words after "of" and "a", "an" or a count,
    as far as the second preposition that ends an object ("announced the recall of a faulty
    valve", "published the findings of an inquiry into a fire at …": inquiry, fire), or the
    whole object when a count opens it ("published four minor flaws"). Two such things that
    neither's words hold are two things: a chronicle's recalls, findings or disclosures by
    one doer in different months, not one redated. A thing named again ("the recall of the
    faulty valve") brings in nothing."""
    if acted and acted[0].lower() in _INDEFINITE and acted[0].lower() not in ("a", "an", "another"):
        return frozenset(_content(acted))
    for k in range(len(acted) - 1):
        if acted[k].lower() == "of" and acted[k + 1].lower() in _INDEFINITE:
            return frozenset(_content(_new_thing(rest[k + 2 :])))
    return frozenset()


def brought_in(acted: str) -> frozenset[str]:
    """The participants' stems of a new thing that what an event's verb acts on brings in
    (``acted``: the words after the verb), read as :func:`_brought_in` reads them: "the
    withdrawal of a peanut sauce sold with …" brings in a peanut sauce; "the withdrawal of
    the sauce", nothing."""
    toks = _TOKEN.findall(acted)
    ends = [k for k, t in enumerate(toks) if t.lower() in _OBJECT_ENDS]
    return _brought_in(toks[: ends[0]] if ends else toks, toks)


def _topic(rest: list[str]) -> frozenset[str]:
    """What the object of an event's verb is about, from ``rest`` (the tokens after the
    object): the words after "on", "about", "against" or "for" up to the next preposition
    ("passed a law on dog shelters in …": dog, shelter)."""
    if not rest or rest[0].lower() not in _TOPIC_PREPOSITIONS:
        return frozenset()
    return frozenset(_content(list(itertools.takewhile(lambda t: t.lower() not in _OBJECT_ENDS, rest[1:]))))


def _reduced_relative(ctoks: list[str], event_at: int) -> tuple[frozenset[str], list[str]]:
    """What an active verb with no object after it acts on when a noun phrase and the
    verb's subject stand before it ("The law Ankara adopted", "the contract the ministry
    signed"): that noun phrase, and the subject's words; else nothing (not a noun: "the
    platform's Nairobi launch")."""
    verb = ctoks[event_at].lower()
    if not (verb.endswith("ed") or (verb in IRREGULAR and not verb.endswith(("ing", "s")))):
        return frozenset(), []
    k = event_at - 1
    subject = []
    while k >= 0 and ctoks[k][:1].isupper() and ctoks[k].lower() not in _FUNCTION:
        subject.append(ctoks[k])
        k -= 1
    if not subject and k >= 1 and ctoks[k - 1].lower() == "the" and ctoks[k].islower():
        subject, k = [ctoks[k]], k - 2  # "the contract the ministry signed"
    if not subject or k < 1:
        return frozenset(), []
    np = []
    while (
        k >= 0
        and ctoks[k].islower()
        and ctoks[k] not in _FUNCTION
        and not ctoks[k].endswith(("ed", "'s", "’s", "s'", "s’"))
    ):
        np.append(ctoks[k])
        k -= 1
    if not np or k < 0 or ctoks[k].lower() not in ("the", "a", "an", "this"):
        return frozenset(), []
    return frozenset(_content(list(reversed(np)))), list(reversed(subject))


#: classes of what is done to a thing by someone (signed, adopted, published, awarded):
#: a noun phrase right before the verb with no object is what it is done to
_DONE_TO = frozenset({"signing", "adoption", "publication", "award"})


def _participle_of(ctoks: list[str], event_at: int) -> frozenset[str]:
    """What a past participle right after a noun phrase that opens the clause is done to
    ("The helicopter contract signed in the summer of 2021 …": helicopter, contract);
    else nothing."""
    np = ctoks[1:event_at]
    owned = [k for k, t in enumerate(np) if t.endswith(("'s", "’s", "s'", "s’"))]
    if owned:
        np = np[owned[-1] + 1 :]  # "The review's interim findings, published": the findings, not the review
    if (
        event_at < 2
        or ctoks[0].lower() not in ("the", "a", "an", "this", "its", "their")
        or not ctoks[event_at].lower().endswith(("ed", "en", "gn"))
        or not np
        or not all(t.islower() and t not in _FUNCTION and not t.endswith("ed") for t in np)
        or len(np) > 3
    ):
        return frozenset()
    return frozenset(_content(np))


#: prepositions after a noun phrase that frames an event's noun ("the case for …")
_FRAME_PREPOSITIONS = frozenset({"for", "behind", "against", "over", "about", "of", "at"})


def _frame_end(ctoks: list[str], event_at: int) -> int:
    """Where the participants of an event's noun start in ``ctoks``: past a noun phrase of
    a determiner and at most two nouns and its preposition that the clause opens with and
    that frames the noun ("The case for the keepers' departure", "The row over the
    closure"); 0 when there is none (a verb in the frame: "Residents protested against
    the closure" says who)."""
    if not ctoks or ctoks[0].lower() not in ("the", "a", "an", "this", "that"):
        return 0
    for p in range(2, min(4, event_at)):
        if ctoks[p].lower() in _FRAME_PREPOSITIONS:
            frame = ctoks[1:p]
            if all(t.islower() and t not in _FUNCTION and not t.endswith("ed") for t in frame):
                return p + 1
            return 0
    return 0


def _compound_parts(words: frozenset[str], vocabulary: frozenset[str]) -> frozenset[str]:
    """``words`` with the parts of closed compounds that are words of the document too
    ("eurobond" → "bond", "bondholder" → "bond")."""
    out = set(words)
    for w in words:
        if len(w) < 8:
            continue
        for k in range(4, len(w) - 3):
            a, b = w[:k], w[k:]
            if a in vocabulary:
                out.add(a)
            if b in vocabulary:
                out.add(b)
    return frozenset(out)


def _shared(a: frozenset[str], b: frozenset[str]) -> set[str]:
    """The stems of ``a`` that match one of ``b``'s (:func:`_stems_match`)."""
    out = set(a & b)
    for x in a - b:
        if any(_stems_match(x, y) for y in b):
            out.add(x)
    return out


_EVENT_STEMS = frozenset(stem(w) for w in (*_EVENT_NOUNS, *_TOGETHER.values()))


_GENERIC_THINGS = frozenset(stem(w) for w in data_event_classes.GENERIC_THINGS)


def generic_head(head: frozenset[str]) -> bool:
    """A subject's head noun says only that it is a thing at a place ("the Kelso facility",
    "the Orrin site": :data:`~claimcheck.data.event_classes.GENERIC_THINGS`)."""
    return bool(head) and head <= _GENERIC_THINGS


def bare_event(st: Statement) -> str | None:
    """The event a date names by a verb's noun alone ("The approval of 22 November 2024
    gave …", "the 2019 grounding"): its class, or its stem for a noun of no class; else
    None (the noun says what it is of: "the approval of the plan")."""
    if not st.bare or st.head is None or st.ordinal:
        return None
    if st.event:
        return st.event
    if st.words != {st.head}:
        return None
    c = _CLASS_OF_STEM.get(st.head)
    if c:
        return c
    written = st.noun or st.head
    if (kind := _HAPPENING_OF_STEM.get(st.head)) is not None:
        return kind  # "the blaze of 18 August": a fire
    return st.head if _NOMINAL.search(written) else None


def does_event(st: Statement, event: str) -> bool:
    """``st`` says the event :func:`bare_event` names: its class, or a verb of that stem
    ("approved" for "approval")."""
    if st.plan or st.relation in ("until", "till", "named") or st.state or st.bare:
        return False
    if event in _HAPPENING_KINDS and st.event in (None, "launch"):
        # a happening its noun names ("A fire in the tunnel on 8 August closed …", "the
        # stores flooded in July 2019", "began a strike on 4 October"): said by any of its
        # nouns or their verbs
        return any(_HAPPENING_OF_STEM.get(w) == event for w in st.words | st.event_stems)
    if st.event:
        return st.event == event
    return bool(st.event_stems) and any(_stems_match(event, e) for e in st.event_stems)


#: each noun of :data:`~claimcheck.data.event_classes.HAPPENING_NOUNS` as a stem, and the
#: kind of happening it names (the stem of its group's first noun)
_HAPPENING_OF_STEM = {stem(w): stem(words[0]) for words in data_event_classes.HAPPENING_NOUNS for w in words}
_HAPPENING_KINDS = frozenset(_HAPPENING_OF_STEM.values())


def happening_kind(word_stem: str) -> str | None:
    """The kind of happening (:data:`~claimcheck.data.event_classes.HAPPENING_NOUNS`) a
    word's stem names ("blaz": "fire"'s stem), else None."""
    return _HAPPENING_OF_STEM.get(word_stem)


# ----------------------------------------------------------------- the scored event link
#: the suffixes a derived form adds to its base word: inflections, and the nouns of an act
#: ("prohibit" + "ion", "found" + "ation", "approv(e)" + "al", "clos(e)" + "ure")
_DERIVED = (
    "",
    "s",
    "es",
    "ed",
    "d",
    "ing",
    "ion",
    "ions",
    "ation",
    "ations",
    "ition",
    "al",
    "als",
    "ure",
    "ment",
    "ments",
)
#: a service or an operation a thing enters may be said with its kind between ("entered
#: commercial service", "went into full operation"): one start of the thing's running
_SERVICE_KIND = re.compile(r"\\ (?=(?:service|operation)$)")
_SERVICE_GAP = r"\\s+(?:(?:commercial|full|regular|public|passenger|scheduled)\\s+)?"
#: a base word of :data:`~claimcheck.data.event_classes.LINK_CLASSES` (one word) → its class
_LINK_BASE = {w: c for c, words in data_event_classes.LINK_CLASSES.items() for w in words if " " not in w}
#: the phrases of a class ("took effect", "went up", "set up")
_LINK_PHRASES = [
    (re.compile(rf"\b{_SERVICE_KIND.sub(_SERVICE_GAP, re.escape(w))}\b", re.IGNORECASE), c)
    for c, words in data_event_classes.LINK_CLASSES.items()
    for w in words
    if " " in w
]
#: irregular past forms of the base words
_LINK_IRREGULAR = {"began": "begin", "begun": "begin", "shut": "shut", "cut": "cut", "undertook": "undertake"}
#: a bare "end" or "start" that is part of a period: "the end of 2024", "the start of the year"
_PERIOD_AFTER = re.compile(
    rf"^\s+of\s+(?:(?:the|this|that|last|next|its|their)\s+)?(?:\d|{_MONTH}|year|month|quarter|decade|"
    r"season|financial|fiscal|week|century|winter|spring|summer|autumn|fall)",
    re.IGNORECASE,
)


def derives(word: str, base: str) -> bool:
    """``word`` is ``base`` or a regular derivation of it: an inflection or the noun of the
    act ("prohibited", "prohibition" of "prohibit"; "foundation" of "found"; "approval" of
    "approve"; "banned" of "ban")."""
    w = word.lower()
    for b in (base, base[:-1] if base.endswith("e") else base):
        if not w.startswith(b):
            continue
        rest = w[len(b) :]
        if rest in _DERIVED and (rest or b == base):
            return True
        # a doubled last consonant: "banned", "cutting", "shutting"
        if len(rest) > 1 and rest[0] == b[-1] and rest[1:] in ("ed", "ing") and b[-1] not in "aeiouwxy":
            return True
    return False


@functools.lru_cache(maxsize=1 << 14)
def link_class(word: str) -> str | None:
    """The class (:data:`~claimcheck.data.event_classes.LINK_CLASSES`) of one word, by its
    base word or a derivation of it; None for a base word that says it only with an
    ending (:data:`~claimcheck.data.event_classes.LINK_NOT_BARE`: "the present system")."""
    w = _LINK_IRREGULAR.get(word.lower(), word.lower())
    if len(w) < 3:
        return None
    if w in _LINK_BASE:
        return None if w in data_event_classes.LINK_NOT_BARE else _LINK_BASE[w]
    for base, cls in _LINK_BASE.items():
        if w[:2] == base[:2] and derives(w, base):
            return cls
    return None


#: where a date's clause ends before or after it: a semicolon, a colon, a dash, a
#: parenthesis, a relative or subordinate clause after a comma, a participle after a comma,
#: a reported clause ("said in May that …")
_CLAUSE_EDGE = re.compile(
    r"[;:()\[\]—]|\s–\s|\bthat\b|,\s+(?=(?:and|but|which|who|when|while|whereas|though|although|because|citing|"
    r"leaving|making|bringing|where|with|after|before|so|as|a|an)\b)|,\s+(?=[a-z]+ing\b)"
    # a second verb of one subject: "banned exports of broken rice and placed a duty on …"
    r"|\b(?:and|but)\s+(?=[a-z]+ed\b)",
)
#: a verb right after the date: the date ends its clause's subject ("The end of the
#: derogation in January 2025 will be …", "The outburst on 16 August showed …")
_PREDICATE = re.compile(
    r"^\s*(?:will|would|shall|should|can|could|may|might|must|is|was|are|were|has|had|have|did|does|"
    r"[a-z]+ed|showed|shows|left|led|made|meant|gave|sent|drove|hit|set)\b"
)
#: the stages before a happening: an announcement, a proposal, a pledge ("announced the ban
#: in May" dates no ban)
_STAGE_BEFORE = re.compile(r"\b(?:announc|propos|pledg|promis|consult|draft)\w*", re.I)
#: a subordinate clause the date stands in, set off by a comma before the main clause
_SUBORDINATE = re.compile(r"^\W*(?:since|after|when|once|following|until|before|within|as|because|while)\b", re.I)
#: a date set off at the head of its clause: "In May 2024 it …", "Then, on 20 July 2023, …"
_FRONTED_CLAUSE = re.compile(
    r"^\W*(?:(?:then|and|but|so|later|finally|eventually),?\s+)?(?:in|on|at|by|from)?\s*$", re.I
)
#: the word before the date that makes it no date of a happening: a deadline, the end of a
#: state, a window
_NOT_AT = re.compile(r"\b(?:by|until|till|before|through|throughout|during|between|from|to|over)\s+(?:the\s+)?$", re.I)
#: words of no participant: months, time, measure
_NOT_PARTICIPANT = frozenset(
    """january february march april may june july august september october november december
    spring summer autumn fall winter year years month months week weeks day days time per cent
    percent altogether then around about some almost nearly only also fully partly just out up off back
    down late early mid""".split()
)
#: a pronoun that stands for what an earlier clause names
_PRONOUN = re.compile(r"\b(?:it|its|they|their)\b", re.I)
#: a thing an earlier clause names: "the derogation", "the Dutch cabinet", "Rega"
_THING = re.compile(
    r"\b(?:[Tt]he\s+(?:[A-Za-z][\w’'-]*\s+){0,3}[A-Za-z][\w’'-]*|(?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+)"
)
_MONTH_NAME = re.compile(_MONTH)
#: words that open a sentence in capitals without being names
_OPENER_WORDS = frozenset(
    """the a an in on at since after when then within following once before until by from
    this that these those it its their there here while as""".split()
)
#: grades and figures other than the date: "A+", "AA-", "100 tonnes": other figures, another happening
_FIGURE = re.compile(r"(?<![\w-])(?:[A-D]{1,3}[+-]?(?![\w])|\d[\d.,]*%?)")


@dataclass(frozen=True)
class Mention:
    """A dated clause as the scored event link reads it (:func:`mention`): the class of its
    one event word (by base word and morphology), the participants' stems (the clause's
    nouns and names, and for "it", "its", "their" the thing the paragraph named last
    before it), those written as names, its ordinal, and its figures other than the date."""

    event: str
    word: str
    words: frozenset[str]
    names: frozenset[str]
    ordinal: str | None
    figures: frozenset[str]
    #: the clause presupposes the event ("since …", "after …", "the June 2023 prohibition")
    back: bool
    #: (qualifier, noun) stems of the words written side by side ("broken rice": broken, rice)
    pairs: frozenset[tuple[str, str]] = frozenset()
    #: the stem of the action noun the event's subject is, when what it names stands after
    #: "of" or "on" ("enforcement of the levy began": enforc; "work on the tunnel started"):
    #: the clause dates that action's happening, not the thing's
    framed: str | None = None

    def qualifiers(self, noun: str) -> set[str]:
        """The words that stand right before ``noun`` in the clause."""
        return {q for q, n in self.pairs if n == noun}

    def heads(self, word: str) -> set[str]:
        """The words that stand right after ``word`` in the clause ("the Korrin port": port)."""
        return {n for q, n in self.pairs if q == word}


def _date_clause(sentence: str, at: int, end: int) -> tuple[str, str, str]:
    """The clause of the date at ``at``–``end`` of ``sentence``: (its text before the date,
    after it, and the text of the sentence before the clause)."""
    head = sentence[:at]
    edges = [m.end() for m in _CLAUSE_EDGE.finditer(head)]
    start = edges[-1] if edges else 0
    before = head[start:]
    tail = sentence[end:]
    if _FRONTED_CLAUSE.match(before):
        tail = re.sub(r"^\s*,", "", tail)  # "Then, on 20 July 2023, it prohibited …"
    cut = tail.find(",")  # what follows a comma after the date is an adjunct or the main clause
    tail = tail if cut < 0 else tail[:cut]
    m = _CLAUSE_EDGE.search(tail)
    after = tail[: m.start()] if m else tail
    if _PREDICATE.match(after):
        after = ""  # "The end of the derogation in January 2025 will be …": the date ends the subject
    return before, after, sentence[:start]


def _np_tokens(words: list[str]) -> list[str]:
    """The leading words of a noun phrase, up to a function word, a verb in "-ed" or a word
    of an event class ("the government banned exports": government)."""
    out = []
    for t in words:
        low = t.lower()
        if low in _FUNCTION or link_class(t) or (low.endswith("ed") and not t[:1].isupper()):
            break
        out.append(t)
    return out


def _antecedent_words(text: str) -> tuple[list[str], list[str]]:
    """The tokens of the last thing ``text`` names ("… phase the derogation out in steps":
    the derogation; "the Dutch cabinet"; "Rega"), and those of them written as names."""
    best: tuple[int, list[str], list[str]] | None = None
    for m in _THING.finditer(text):
        toks = _TOKEN.findall(m.group(0))
        if toks[0].lower() == "the":
            toks = _np_tokens(toks[1:])
        elif m.start() == 0 or re.search(r"[.!?]\s*$", text[: m.start()]):
            toks = toks[1:] if toks[0].lower() in _OPENER_WORDS else toks
        toks = [
            t
            for t in toks
            if t.lower() not in _NOT_PARTICIPANT and t.lower() not in _FUNCTION and not _MONTH_NAME.fullmatch(t)
        ]
        if not toks:
            continue
        names = [t for t in toks if t[:1].isupper()]
        end = m.start() + len(m.group(0))
        if best is None or end >= best[0]:
            best = (end, toks, names)
    return (best[1], best[2]) if best else ([], [])


def mention(sentence: str, text: str, before: str = "") -> Mention | None:
    """The dated clause of ``text`` in ``sentence`` (``before``: the paragraph's sentence
    before it) read as one event word of a class and its participants; None when the clause
    says no one happening: no word of a class or words of two, a plan, a denied or repeated
    happening, a deadline or a window ("by", "until", "over"), a recurring edition."""
    at = sentence.find(text)
    if at < 0 or sentence.count(text) > 1:
        return None
    if _NOT_AT.search(sentence[max(0, at - 14) : at]):
        return None
    pre, post, earlier = _date_clause(sentence, at, at + len(text))
    clause = f"{pre} {post}"
    if _PLAN.search(pre) or _NOT_ONE.search(clause) or _A_YEAR.search(post) or _STAGE_BEFORE.search(clause):
        return None
    classes: dict[str, str] = {}
    toks = _TOKEN.findall(clause)
    event_tokens: set[int] = set()
    for rx, cls in _LINK_PHRASES:
        if m := rx.search(clause):
            classes[cls] = m.group(0).lower()
            # the phrase's own words are no participants ("set up", "took effect")
            event_tokens.update(k for k, t in enumerate(toks) if t.lower() in m.group(0).lower().split())
    for k, t in enumerate(toks):
        c = link_class(t)
        if c is None:
            continue
        if t.lower() in ("end", "start", "close") and any(
            _PERIOD_AFTER.match(sentence[m.end() :]) for m in re.finditer(rf"\b{re.escape(t)}\b", sentence)
        ):
            continue  # "the end of 2024": a part of a period
        if t.lower().startswith("introduc") and any(
            w.lower().rstrip("s") in data_event_classes.INTRODUCED_AS_PROPOSALS for w in toks
        ):
            return None  # "the bill was introduced in March": proposed, not started
        if k and toks[k - 1].lower() == "to" and not t.lower().endswith(("ion", "ment", "al", "ure")):
            return None  # "voted to create", "agreed to cut": a decision, not the happening
        classes.setdefault(c, t.lower())
        event_tokens.add(k)
    if len(classes) != 1:
        return None
    ((event, word),) = classes.items()
    if re.search(r"\b(?:the|its|their|his|her|our|a|an|this|that|\w+['’]s)\s+$", pre, re.I):
        # a date before a noun names the thing: "its 2022 member census" names which
        # census, "the June 2023 prohibition" the happening itself
        named = _np_tokens(_TOKEN.findall(sentence[at + len(text) :])[:4])
        if named and not any(link_class(t) for t in named) and word not in (t.lower() for t in named):
            return None
    words: set[str] = set()
    names: set[str] = set()
    ordinal = None
    figures = frozenset(f for f in _FIGURE.findall(clause) if not _A_YEAR.fullmatch(f)) - set(_TOKEN.findall(text))
    sentence_start = not earlier.strip() and not pre.strip()[:1].islower()
    for k, t in enumerate(toks):
        low = t.lower()
        if low in _ORDINALS:
            ordinal = ordinal or low
        if k in event_tokens or low in _FUNCTION or low in _NOT_PARTICIPANT or low in _RECURS_WORDS:
            continue
        if not t[0].isalpha() or len(low) < 3 or _FIGURE.fullmatch(t):
            continue
        for part in re.split(r"[-’']", low):
            if len(part) >= 3 and part not in _FUNCTION and part not in _NOT_PARTICIPANT:
                words.add(linking_stem(part))
        if t[0].isupper() and low not in _OPENER_WORDS and not (k == 0 and sentence_start and t.istitle()):
            names.add(linking_stem(low))
    if any(w in _RECURS for w in words):
        return None
    pairs = set()
    # words written side by side, compound parts too ("broken rice", "white-rice shipments")
    run: list[str | None] = []
    for t in toks:
        for p in re.split(r"[-’']", t.lower()):
            content_word = p not in _FUNCTION and p not in _NOT_PARTICIPANT and len(p) >= 3
            run.append(linking_stem(p) if content_word else None)
    for x, y in itertools.pairwise(run):
        if x in words and y in words:
            assert x is not None and y is not None
            pairs.add((x, y))
    if pm := _PRONOUN.search(clause):
        toks_a, names_a = _antecedent_words(f"{before} {earlier} {clause[: pm.start()]}")
        words.update(linking_stem(t.lower()) for t in toks_a if len(t) >= 3)
        names.update(linking_stem(t.lower()) for t in names_a)
    if not words:
        return None
    back = bool(_SUBORDINATE.match(pre)) or bool(re.search(r"\b(?:the|its|their)\s+$", pre, re.I))
    framed = None
    if fm := re.search(rf"{_FRAMING}(?:[\w’'-]+\s+){{0,4}}?{re.escape(word)}\b", clause, re.I):
        if link_class(fm.group(1)) is None:
            framed = linking_stem(fm.group(1).lower())
    return Mention(event, word, frozenset(words), frozenset(names), ordinal, figures, back, frozenset(pairs), framed)


#: an action noun and the "of" or "on" that names what it acts on, at the head of a clause's
#: subject ("enforcement of the", "work on its")
_FRAMING = (
    r"\b([a-z]+(?:ment|tion|sion|ance|ence)|work|works|collection|testing|monitoring)\s+(?:of|on)\s+"
    r"(?:(?:the|its|their|a|an)\s+)?"
)
