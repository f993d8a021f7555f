"""What a date is about when no numbered name says it: a thing and what happened to it.

"The rail link, opened in 2019" and "since the 2020 opening of the rail link" date one
happening (an opening) of one thing (the rail link). DT001 compares such dates. The thing is
read only in a few plain phrasings, and anything doubtful yields nothing:

- the subject of the clause whose verb the date follows: "The lunar lander programme of
  the agency was launched in 2019", "When the low-cost service started in 2020";
- "the 2020 opening of the rail link", "the opening of the rail link in 2020";
- "the standard's adoption in 2022"; "Since its creation in 2017, the network …".
"""

from __future__ import annotations

from claimcheck import lazyre as re

__all__ = ["Happening", "happening"]

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
    "completed": "completion",
    "completion": "completion",
    "introduced": "introduction",
    "introduction": "introduction",
    "closed": "closure",
    "closure": "closure",
}
_VERB = r"(?:opened|inaugurated|launched|adopted|began|begun|started|founded|created|established|set up|signed|completed|introduced|closed)"
_NOUN = r"(?:opening|inauguration|launch|adoption|start|founding|creation|establishment|signing|completion|introduction|closure)"
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
}
# verbs that end "the 2015 opening of the runway | added …" without an -ed
_FINITE = {"cost", "took", "made", "brought", "gave", "led", "meant", "saw", "drew", "came", "went", "cut", "was", "is"}
_DETERMINERS = {"the", "its", "their", "his", "her", "this", "that", "these", "those", "a", "an", "our"}
_PRONOUNS = {"it", "they", "he", "she", "we", "this", "that", "which", "who", "one", "each"}
_CLAUSE_START = re.compile(
    r"(?:^|;|\b(?:[Ss]ince|[Ww]hen|[Aa]fter|[Bb]efore|[Uu]ntil|[Oo]nce|[Bb]ecause|[Aa]lthough|[Ww]hile|[Bb]ut|[Ww]here)\b)"
)
_WORD = re.compile(r"[\w’'-]+|[,.;:()\[\]\"“”]")
# the date comes right after these
_VERB_BEFORE = re.compile(rf"\b(?P<v>{_VERB})\s+(?:in|on)\s+(?:{_MONTH}\s+)?$")
_POSS_BEFORE = re.compile(rf"(?P<np>(?:[\w-]+\s+){{0,3}}[\w-]+)['’]s\s+(?P<n>{_NOUN})\s+(?:in|on)\s+(?:{_MONTH}\s+)?$")
_ITS_BEFORE = re.compile(rf"\b[Ii]ts\s+(?P<n>{_NOUN})\s+(?:in|on)\s+(?:{_MONTH}\s+)?$")
_OF_BEFORE = re.compile(
    rf"\bthe\s+(?P<n>{_NOUN})\s+of\s+(?P<np>(?:the\s+)?(?:[\w’'-]+\s+){{1,5}})(?:in|on)\s+(?:{_MONTH}\s+)?$"
)
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_OF_AFTER = re.compile(rf"^\s+(?P<n>{_NOUN})\s+of\s+(?P<np>(?:the\s+)?(?:[\w’'-]+\s*){{1,5}})")
_COMMA_AFTER = re.compile(r"^\s*,\s+(?P<np>(?:the\s+)?(?:[\w’'-]+\s*){1,5})")


class Happening(tuple[str, tuple[str, ...]]):
    """(kind, words of the thing): ("opening", ("rail", "link"))."""

    @property
    def kind(self) -> str:
        return self[0]

    @property
    def words(self) -> tuple[str, ...]:
        return self[1]


def _np(text: str) -> tuple[str, ...] | None:
    """The words of the noun phrase at the start of ``text``, determiners left out."""
    words: list[str] = []
    for w in _WORD.findall(text):
        low = w.lower()
        if not words and low in _DETERMINERS:
            continue
        if low in _NP_STOP or not re.match(r"[\w’'-]", w) or re.search(r"\d", w):
            break
        if low in _DETERMINERS:  # "its rival says the company": a clause, not a noun phrase
            return None
        words.append(re.sub(r"['’]s$", "", low))
        if len(words) > 5:
            return None
    if not words or words[-1] in _PRONOUNS or words[0] in _PRONOUNS:
        return None
    return tuple(words)


#: how far from the date its thing and happening are looked for: a few clauses' worth, so
#: a run-on "sentence" of a megabyte costs what a sentence costs for each date in it
_WINDOW = 400


def _clause_start(head: str, cut: bool) -> int | None:
    """Where the clause ending ``head`` starts; when ``head`` was cut from a longer sentence
    (``cut``), its first character is no clause start and only a word or ``;`` counts."""
    starts = [c.end() for c in _CLAUSE_START.finditer(head) if not (cut and c.end() == 0)]
    return max(starts) if starts else None


def happening(sentence: str, text: str) -> Happening | None:
    """The thing and the happening the date ``text`` is about in ``sentence``, if plainly said."""
    at = sentence.find(text)
    if at < 0:
        return None
    lo = max(0, at - _WINDOW)
    cut = lo > 0
    before = re.sub(r"\s+", " ", sentence[lo:at])
    after = re.sub(r"\s+", " ", sentence[at + len(text) : at + len(text) + _WINDOW])
    m = _OF_BEFORE.search(before)
    if m:  # "the opening of the rail link in 2019"
        np = _np(m.group("np"))
        return Happening((_KINDS[m.group("n")], np)) if np else None
    m = _POSS_BEFORE.search(before)
    if m:  # "the standard's adoption in 2022"
        head = before[: m.end("np")]
        start = _clause_start(head, cut)
        np = _np(head[start:]) if start is not None else None
        return Happening((_KINDS[m.group("n")], np)) if np else None
    m = _ITS_BEFORE.search(before)
    if m:  # "Since its creation in 2017, the network …"
        c = _COMMA_AFTER.match(after)
        np = _np(c.group("np")) if c else None
        return Happening((_KINDS[m.group("n")], np)) if np else None
    if _THE_BEFORE.search(before):  # "the 2020 opening of the rail link"
        m = _OF_AFTER.match(after)
        np = _np(m.group("np")) if m else None
        if np:  # "the 2015 opening of the third runway added capacity": the verb ends it
            verb = next((k for k, w in enumerate(np) if k and (w.endswith("ed") or w in _FINITE)), len(np))
            np = np[:verb]
        return Happening((_KINDS[m.group("n")], np)) if m and np else None
    m = _VERB_BEFORE.search(before)
    if m:  # "The rail link …, opened in 2019"; "When the service started in 2020"
        head = before[: m.start()]
        start = _clause_start(head, cut)
        np = _np(head[start:]) if start is not None else None
        return Happening((_KINDS[m.group("v")], np)) if np else None
    return None
