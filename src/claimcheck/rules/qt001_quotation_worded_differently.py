from __future__ import annotations

import dataclasses
import functools
from claimcheck import lazyre as re
import unicodedata
from typing import Any, Callable, Iterable, Iterator, Sequence

from claimcheck.claims.models import QuotationClaim
from claimcheck.document import Block, BlockKind, Document
from claimcheck.extract.quotations import DOCUMENTS, document_source, extract_quotations, is_framed, subject_before
from claimcheck.extract.text import TextUnit
from claimcheck.findings.model import Finding, Severity
from claimcheck.rules.base import CheckContext, Rule
from claimcheck.text import SPEECH_VERB

#: a quotation shorter than this is a phrase, not a sentence someone said
_MIN_WORDS = 6
#: a part of a quotation given after the writer's wording of its first words: its least
#: words, and the least first words of the longer quotation the writer's wording stands for
_LEAD_PART = 3
_LEAD_WORDS = 3
#: the words the writer's wording must end on, as the longer quotation has them right before
#: the part, when it stands for no more than those ("on a winter morning “…”")
_LEAD_ANCHOR = 4


def _outside(q: QuotationClaim) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words of a quotation's sentence before and after its quotation marks."""
    return _outside_of(q.sentence or "", q.text)


# the pairwise comparisons ask for the words around each quotation once per pair: read once
# per sentence and quotation (tuples, so no caller can change what the next one reads)
@functools.lru_cache(maxsize=4096)
def _outside_of(sentence: str, text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    at = sentence.find(text)
    if at < 0:
        # a quotation of several sentences runs past its first: the words before it only
        at = sentence.find(text[:12]) if len(text) > 30 else -1
        return (tuple(_words(sentence[:at])), ()) if at >= 0 else ((), ())
    return tuple(_words(sentence[:at])), tuple(_words(sentence[at + len(text) :]))


#: the words right before a title in quotation marks: 'a report called "…"', 'The report "…"'
_TITLE_BEFORE = frozenset(
    """called titled entitled named headed headlined report reports paper study book article essay chapter
    film song album slogan motto campaign programme program series poster banner""".split()
)


#: words whose adding or leaving out reverses what a quotation says
_NEGATIONS = frozenset("not no never nor neither none nothing nobody cannot".split())


def _reverses(change: str) -> bool:
    """Does a change (as :meth:`Alignment.describe` writes it, "'not' → '…'") add or leave out a
    negation or a figure? Then the words no longer say what the speaker said, even when no
    other word changed ("there will be one" for "there will not be one")."""
    words = re.findall(r"\w+", change)
    return any(w.casefold() in _NEGATIONS or w[:1].isdigit() for w in words)


def _titled(q: QuotationClaim) -> bool:
    """Is the quotation given as a title (the word right before it names or calls it)? Not
    what a party calls something ("what the Commission called “…”", "as she called it"):
    a capitalised name right before "called", or a pronoun or an auxiliary in the four
    words before it, makes it a speaker's verb."""
    return _titled_in(q.sentence or "", q.text)


@functools.lru_cache(maxsize=4096)
def _titled_in(sentence: str, text: str) -> bool:
    before, _ = _outside_of(sentence, text)
    if not before or before[-1] not in _TITLE_BEFORE:
        return False
    at = sentence.find(text)
    if at > 0 and sentence[:at].rstrip().endswith(":"):
        return False  # "quoting her own report: “…”": a colon opens the report's words, not its title
    if before[-1] != "called" or len(before) < 2:
        return True
    prev = re.search(r"([\w’'-]+)\s+called\W*$", sentence[:at]) if at > 0 else None
    if prev and prev.group(1)[:1].isupper():
        return False  # "what the Commission called “…”"
    return not any(w in _CALLERS for w in before[-5:-1])  # "what the ministry called “…”"


#: words before "called" that make it a speaker's verb, not a title's: "what she called “…”"
_CALLERS = frozenset("he she they we who what which as has have had once also publicly repeatedly".split())


#: determiners that open a sentence about a party not met before
_ANOTHER = frozenset("a an another other one some".split())


def _same_owner(a: QuotationClaim, b: QuotationClaim, introduced: Callable[[str], str] | None = None) -> bool:
    """May the unframed quotation ``b`` be the words ``a`` gives as someone's? Yes when
    nothing comes before it in its sentence (a bullet, a display line), or when the words
    before it share a content word with the words around ``a`` (its speaker, their role,
    what they spoke of: "The curator's claim that …" after "The curator described …"); a
    sentence that gives the words to another party ("The council's slogan was …", "A
    rival chain advertises that …") does not."""
    before_b, _ = _outside(b)
    if not before_b:
        return True
    if before_b[0] in _ANOTHER or _NEW_PARTY & set(before_b):
        return False  # "Another page prints …", "A rival chain advertises …": a new party
    owner = tuple(w for w in before_b if w not in _SAYING)  # "| What they said |" names no one
    own = _own_words(a.sentence or "", a.text, a.speaker or "", without_titles=True)
    if any(stem in own for stem in _content_stems(owner)):
        return True
    if introduced is None or not a.speaker or a.speaker.startswith("the "):
        return False
    # the words beside the speaker's name where the document introduces them ("The water
    # minister, Abebe Girma, opened the dam" for a table row "Minister at the opening")
    around = _words(introduced(a.speaker.split()[-1]))
    beside = {_stem(w) for w in around if w not in _FUNCTION_WORDS}
    # and the initials of three or four of them: "AGM" for "the annual general meeting"
    beside.update("".join(w[0] for w in around[i : i + n]) for n in (3, 4) for i in range(len(around) - n + 1))
    return any(stem in beside for stem in _content_stems(owner))


#: words that give quoted words to a party other than the one quoted before, wherever they
#: stand before the words ("| Another clinic's report |", "a rival chain's advert")
_NEW_PARTY = frozenset("another rival rivals".split())


@functools.lru_cache(maxsize=4096)
def _content_stems(words: tuple[str, ...]) -> tuple[str, ...]:
    """The stems of the content words of ``words`` (longer than two letters), in order."""
    return tuple(_stem(w) for w in words if len(w) > 2 and w not in _FUNCTION_WORDS)


@functools.lru_cache(maxsize=4096)
def _own_words(sentence: str, text: str, speaker: str, without_titles: bool) -> frozenset[str]:
    """The stems of the content words around a quotation and of its speaker's name (asked
    for once per pair of quotations: read once per quotation)."""
    around = [w for part in _outside_of(sentence, text) for w in part] + _words(speaker)  # "Tallis-Byrne": two words
    return frozenset(
        _stem(w)
        for w in around
        if len(w) > 2 and w not in _FUNCTION_WORDS and not (without_titles and w in _TITLES) and not w.isdigit()
    )


def _key(q: QuotationClaim) -> tuple[Any, ...]:
    """Where a quotation is (a copy with a speaker read from its sentence is the same one)."""
    return (q.article, q.block, q.footnote, q.start)


#: a quotation without a verb of saying is compared with the quotations given as someone's
#: words from this length (a title or a slogan is shorter)
_MIN_UNFRAMED = 8

_ELLIPSIS = re.compile(r"\(?\s*(?:…|\.\s?\.\s?\.)\s*\)?")
_EDITORIAL = re.compile(r"\[[^\]]*\]")
#: a letter in square brackets glued to the rest of its word ("[W]e", "[t]he"): the writer's
#: change of case, the word as it is
_BRACKETED_LETTER = re.compile(r"\[(\w)\](?=\w)")
_CJK_GLOSS = re.compile(r"\([^)]*[\u3400-\u9fff][^)]*\)")


def _words(text: str) -> list[str]:
    t = unicodedata.normalize("NFKC", _BRACKETED_LETTER.sub(r"\1", text)).casefold()
    t = _CJK_GLOSS.sub(" ", t)
    t = _EDITORIAL.sub(" ", t)
    t = t.replace("-", " ")
    return re.findall(r"\w+", t)


#: contractions written out: a quotation restated with "won't" for "will not" is compared
#: word for word ("'s" and "'d" are left alone: "is" or a possessive, "had" or "would")
_CONTRACTIONS = (
    (re.compile(r"\b([Ww])on[’']t\b"), r"\1ill not"),
    (re.compile(r"\b([Cc])an[’']t\b"), r"\1an not"),
    (re.compile(r"\b([Ss])han[’']t\b"), r"\1hall not"),
    (re.compile(r"\b([Cc])annot\b"), r"\1an not"),
    (re.compile(r"(?<=\w)n[’']t\b"), " not"),
    (re.compile(r"(?<=\w)[’']re\b"), " are"),
    (re.compile(r"(?<=\w)[’']ll\b"), " will"),
    (re.compile(r"(?<=\w)[’']ve\b"), " have"),
    (re.compile(r"\b([Ii])[’']m\b"), r"\1 am"),
)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def _one_sentence_recast(a: str, b: str, wa: list[str], wb: list[str], least: int) -> list[str] | None:
    """The changes that turn one sentence of the longer of two quotations into the shorter,
    when the longer holds several and one alone is recast; else None."""
    longer, shorter, ws = (a, b, wb) if len(wa) >= len(wb) else (b, a, wa)
    parts = _SENTENCE_END.split(longer.strip())
    if len(parts) < 2 or len(_SENTENCE_END.split(shorter.strip())) > 1:
        return None
    for part in parts:
        wp = _words(part)
        if len(wp) < _MIN_WORDS:
            continue
        got = _compare(wp, ws, part, shorter) if longer is a else _compare(ws, wp, shorter, part)
        if got is None:
            got = (
                _paraphrase(wp, ws, least=least, body=True)
                if longer is a
                else _paraphrase(ws, wp, least=least, body=True)
            )
        if (
            got is None
            and wp != ws
            and _stems(frozenset(wp) - _FUNCTION_WORDS) == _stems(frozenset(ws) - _FUNCTION_WORDS)
        ):
            got = _moved(wp, ws) if longer is a else _moved(ws, wp)  # its words, in another order
        if got:
            return got
    return None


def _moved(wa: list[str], wb: list[str]) -> list[str]:
    """The word changes that turn ``wa`` into ``wb``, as :func:`_compare` lists them."""
    import difflib  # only when two quotations come close: not at every start-up

    ops = difflib.SequenceMatcher(a=wa, b=wb, autojunk=False).get_opcodes()
    return [
        f"'{' '.join(wa[i1:i2]) or '…'}' → '{' '.join(wb[j1:j2]) or '…'}'"
        for op, i1, i2, j1, j2 in ops
        if op != "equal"
    ]


def _uncontracted(text: str) -> str:
    for rx, out in _CONTRACTIONS:
        text = rx.sub(out, text)
    return text


def _segments(text: str) -> list[list[str]]:
    return [w for w in (_words(s) for s in _ELLIPSIS.split(text)) if w]


def _contains(long: list[str], short: list[str]) -> bool:
    n = len(short)
    if not n:
        return True
    first = short[0]  # only the places where the first word is are compared in full
    return any(long[i : i + n] == short for i in range(len(long) - n + 1) if long[i] == first)


def _excerpt_of(a: str, b: str) -> bool:
    """Is every ellipsis-separated part of one quote found word for word in the other?"""
    wa, wb = _words(a), _words(b)
    for x, y in ((a, wb), (b, wa)):
        if all(_contains(y, seg) for seg in _segments(x)):
            return True
    return False


#: titles and styles before a name: "Dr Diallo" and "Fatoumata Diallo", "Judge Hale" and "His
#: Honour Judge Robert Hale" are one speaker
_TITLES = frozenset(
    "the mr mr. mrs mrs. ms ms. dr dr. prof prof. professor sir dame lord lady minister president senator general "
    "his her their honour honor excellency worship judge justice rev rev. reverend cllr councillor".split()
)


#: a name's particles, which one spelling may change or drop ("van der Berg" / "Van den Berg")
_PARTICLES = frozenset("van von der den de da del du dos das ter ten bin al".split())


def _named_alike(a: QuotationClaim, b: QuotationClaim) -> bool:
    """Are both quotations given to a named person, the same one (not a role that may be
    anyone: "the mayor")?"""
    return bool(
        a.speaker
        and b.speaker
        and not a.speaker.startswith("the ")
        and not b.speaker.startswith("the ")
        and _same_named_speaker(a.speaker, b.speaker)
    )


def _same_speaker(a: str | None, b: str | None) -> bool:
    """Unknown matches anyone; "Bao Weimin" and "Bao" are one speaker."""
    if not a or not b:
        return True
    return _same_named_speaker(a, b)


@functools.lru_cache(maxsize=4096)
def _same_named_speaker(a: str, b: str) -> bool:
    """:func:`_same_speaker` for two names (a draft names its few speakers many times)."""
    if a.startswith("the ") != b.startswith("the "):
        return True  # a role ("the minister") and a name may be one person
    wa, wb = set(a.casefold().split()) - _TITLES, set(b.casefold().split()) - _TITLES
    if wa - _PARTICLES and wb - _PARTICLES:  # "van der Berg" / "Van den Berg": one name
        wa, wb = wa - _PARTICLES, wb - _PARTICLES
    if not wa or not wb:
        return True
    if wa <= wb or wb <= wa:
        return True
    # "Okonkwo" / "Okonkow": one name misspelt (a letter changed, dropped or two swapped)
    short, long = sorted((wa, wb), key=len)
    return all(any(w == v or (min(len(w), len(v)) >= 5 and _near_name(w, v)) for v in long) for w in short)


def _document_of(q: QuotationClaim) -> str | None:
    """The document whose text ``q`` quotes, when its sentence names one as what says it
    ("the plan says the quay “…”", "“…,” the statute reads"), else ``None``."""
    if q.speaker:
        head = q.speaker.split()[-1] if q.speaker.startswith("the ") else ""
        return head if head in DOCUMENTS else None
    return _document_in(q.sentence or "", q.text)


@functools.lru_cache(maxsize=4096)
def _document_in(sentence: str, text: str) -> str | None:
    return document_source(sentence, text)


def _other_source(a: QuotationClaim, b: QuotationClaim) -> bool:
    """Is one of two quotations a document's text and the other a person's words, or another
    document's? "The plan says the quay “will take ships of 200 metres”; the harbour master
    said it “will take ships of 180 metres”": the plan's words and hers are two texts, and a
    figure may differ between them without either being misquoted."""
    da, db = _document_of(a), _document_of(b)
    if da and db:
        return da != db
    if da or db:
        return bool(b.speaker if da else a.speaker)
    return False


def _role_fits(a: QuotationClaim, b: QuotationClaim, introduced: Callable[[str], str] | None = None) -> bool:
    """A role ("the opposition leader") and a name are one speaker only when the name's
    sentence gives that role too ("Minister Sofia Reis", "the minister, Sofia Reis,"), in
    its words or with one of them ("the operator's security chief" / "Its head of security,
    Dr Helena Voskuijlen,"), or another sentence gives the role's head word beside the name
    ("Sunniva Lindqvist, chief executive of the water utility, set out …" before "“…,”
    Lindqvist said", for "the utility's chief executive"): ``introduced`` gives the words
    right around a name wherever the document writes it."""
    for role, named in ((a, b), (b, a)):
        if role.speaker and role.speaker.startswith("the ") and named.speaker and not named.speaker.startswith("the "):
            sentence = (named.sentence or "").replace(named.text, " ").casefold()  # its words, not the quoted ones
            if named.speaker.split()[-1].casefold() not in sentence:
                return True  # a name read from a sentence before ("…. “…,” she said"): as if unknown
            words = [re.sub(r"['’]s?$", "", w) for w in role.speaker.casefold().split()[1:]]
            head = words[-1] if words else ""
            if introduced is not None and re.search(
                rf"\b{re.escape(head)}\b", introduced(named.speaker.split()[-1]).casefold()
            ):
                return True  # "Fire chief Maren Olsen …" for "the fire chief"
            return head in sentence or any(
                len(w) >= 4 and w not in _FUNCTION_WORDS and re.search(rf"\b{re.escape(w)}", sentence) for w in words
            )
    return True


#: how far from a name (in characters, either side) the words that say who the person is stand
_BESIDE_NAME = 80


def _words_beside(document: Document) -> Callable[[str], str]:
    """The words around each place the document's prose writes ``name`` (up to
    :data:`_BESIDE_NAME` characters either side, within its sentence's punctuation): where
    a person is introduced with a role ("Sunniva Lindqvist, chief executive of …,"). Read
    once per name."""
    seen: dict[str, str] = {}

    def around(name: str) -> str:
        if name not in seen:
            rx = re.compile(rf"\b{re.escape(name)}\b")
            parts = []
            for article in document.articles:
                for block in article.blocks:
                    if not block.is_prose or name not in block.text:
                        continue
                    for m in rx.finditer(block.text):
                        lo = max(0, m.start() - _BESIDE_NAME)
                        hi = m.end() + _BESIDE_NAME
                        left = re.split(r"[.!?;]\s", block.text[lo : m.start()])[-1]
                        right = re.split(r"[.!?;]\s", block.text[m.end() : hi])[0]
                        parts.append(f"{left} {right}")
            seen[name] = " ".join(parts)
        return seen[name]

    return around


_MONTHS = frozenset("january february march april may june july august september october november december".split())
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
#: a year written in figures
_YEAR = re.compile(r"^(?:19|20)\d\d$")
#: words that say the words were said again, or on the one occasion: the two must agree
_ONE_SAYING = frozenset(
    "same repeated repeats repeating repeat again reiterated reiterates echoed quoting citing".split()
)

#: most words outside a quotation's marks that only say who said it ("…,” she said"): the
#: sentence before then says when
_BARE_ATTRIBUTION = 4


#: words before a month, a weekday or a year that say when something was said ("in March",
#: "on Tuesday", "last May"); "by 2027", "before 2030" say when something is to happen
_WHEN = frozenset("in on at during last this of early late mid".split())


@functools.lru_cache(maxsize=4096)
def _times_in(words: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The times that words outside a quotation say it was said at: months, weekdays and
    years after a word of when ("in March", "on Tuesday") or in a date ("on 3 July 2025")."""
    months, days, years = set(), set(), set()
    for i, w in enumerate(words):
        prev = words[i - 1] if i else ""
        dated = prev in _WHEN or prev.isdigit() and len(prev) <= 2
        if w in _MONTHS and dated:
            months.add(w)
        elif w in _WEEKDAYS and dated:
            days.add(w)
        elif _YEAR.match(w) and (prev in _WHEN or prev in _MONTHS):
            years.add(w)
    return frozenset(months), frozenset(days), frozenset(years)


#: the events a quotation is said or written at or in ("at the public inquiry", "in a radio
#: interview", "told parliament", "its half-year results", "in a judgment handed down on …",
#: "in an essay published in May"): a time beside one says when the words were said
_OCCASIONS = frozenset(
    """interview hearing inquiry briefing conference debate meeting speech launch rally session podcast
    broadcast statement letter address summit forum assembly webinar testimony radio television results
    announcement presentation ceremony lecture visit parliament committee congress senate agm day night
    judgment ruling verdict opinion article essay column editorial memoir book blog post tweet email memo
    submission report""".split()
)
#: words opening a sentence's first phrase that say when or where what follows was said
_FRONTED = frozenset("in on at during speaking addressing last this early late".split())
#: where a sentence's phrases part
_PHRASE_END = re.compile(r"[,;:()\[\]—–|]|\s-\s")


#: words opening a phrase about another event ("Since the pilot ended in July, …")
_OTHER_EVENT = frozenset("since until till after before once when while as".split())


def _said_when(text: str, scene: bool = False) -> tuple[str, ...]:
    """The words of the phrases of ``text`` that may say when words were said: a phrase
    with a verb of saying or an event in it ("told the conference on 12 March"), or the
    sentence's first phrase when it opens with "In", "On", "At" or "During" ("In a radio
    interview in September, …"); not a phrase about something else ("Since the service
    began last April, …"). A sentence that sets the scene for a quotation after it
    (``scene``) gives every phrase but one about another event."""
    out: list[str] = []
    for n, phrase in enumerate(_PHRASE_END.split(text)):
        words = _words(phrase)
        # a sentence opening "When she was appointed in 2021, …" says when what follows was
        # said; "when" later in a sentence, and "since", "after" …, speak of another event
        opening_when = n == 0 and bool(words) and words[0] == "when"
        if not words or (words[0] in _OTHER_EVENT and not opening_when):
            continue
        if (
            scene
            or (n == 0 and (words[0] in _FRONTED or opening_when))
            or any(w in _SAID_IN or w in _OCCASIONS for w in words)
        ):
            out.extend(words)
    return tuple(out)


def _occasion_words(document: Document, q: QuotationClaim) -> tuple[str, ...]:
    """The words that may say when quotation ``q`` was said: those of its sentence outside
    the quotation marks (:func:`_said_when`) and, when those only say who said it ("“…,”
    she said."), those of the sentence before it in its paragraph ("… made the dividend the
    centrepiece of its results on 30 July. “…,” she said.")."""
    sentence = q.sentence or ""
    bare = len(_outside(q)[0] + _outside(q)[1]) <= _BARE_ATTRIBUTION
    words = _said_when(sentence.replace(q.text, " | ") if q.text in sentence else sentence)
    if not bare or q.block is None or q.footnote is not None:
        return words
    try:
        text = document.articles[q.article].blocks[q.block].text
    except (IndexError, TypeError):
        return words
    at = text.find(sentence or "\x00")
    if at <= 0:
        return words
    starts = [m.end() for m in re.finditer(r"[.!?][”\"’']?\s+", text[:at])]
    return words + _said_when(text[starts[-2] if len(starts) > 1 else 0 : at], scene=True)


def _other_occasion(a_words: tuple[str, ...], b_words: tuple[str, ...]) -> bool:
    """Do two quotations of one speaker come from two times the text names ("At the
    public inquiry in March, …" / "In a radio interview in September, …")? A speaker may
    say other words on another day: then neither is misquoted. The times differ when both
    name months (or weekdays, or years) and none of them is shared; words that say the words were
    said again or once ("repeated", "the same meeting") make them one saying."""
    if _ONE_SAYING & (set(a_words) | set(b_words)):
        return False
    ta, tb = _times_in(a_words), _times_in(b_words)
    return any(x and y and not x & y for x, y in zip(ta, tb))  # "in March" / "in September"


#: a person's name with a title before it ("Ms Doorn", "Dr Sithole")
# (each pattern of a name opens with its first letter, and the word boundary before it is
# tested after it: a pattern opening with ``\b`` is tried at every place of a text, one
# opening with a letter only where that letter stands)
_TITLED_NAME = re.compile(
    r"(?:M(?<!\w.)(?:r|rs|s|iss)|D(?<!\w.)(?:r|ame)|P(?<!\w.)(?:rof|rofessor)|S(?<!\w.)ir|L(?<!\w.)(?:ord|ady)"
    r"|C(?<!\w.)(?:llr|ouncillor))\.?\s+([A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+)"
)
#: a given name and a surname: two capitalised words, the second the surname
_FULL_NAME = re.compile(
    r"[A-ZÀ-ÖØ-ÞĀ-Ž](?<!\w.)[a-zß-öø-ÿ’'-]+\s+(?:(?:van|von|de|der|den|da|del|du)\s+)?([A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+)"
)
#: a name set off by commas after a person's relation or role: "Her husband, Rui, …"
_APPOSITIVE_NAME = re.compile(r"(?:[Hh](?<!\w.)(?:er|is)|[Tt](?<!\w.)heir)\s+[a-z]+,\s+([A-Z][\w’'-]+),")
#: words that say the speaker is a person: "she", "he"
_PERSON_PRONOUN = re.compile(r"\b(?:[Ss]he|[Hh]e|[Hh]er|[Hh]is)\b")


def _person_names(document: Document) -> frozenset[str]:
    """The surnames the document writes as a person's: after a given name ("Saskia Doorn")
    or a title ("Ms Doorn"), or a name set off after a relation ("Her husband, Rui,")."""
    names: set[str] = set()
    for article in document.articles:
        for block in article.blocks:
            names.update(m.group(1) for m in _FULL_NAME.finditer(block.text))
            names.update(m.group(1) for m in _TITLED_NAME.finditer(block.text))
            names.update(m.group(1) for m in _APPOSITIVE_NAME.finditer(block.text))
    return frozenset(names)


def _not_she(q: QuotationClaim, persons: frozenset[str]) -> bool:
    """Is the speaker of ``q`` a name of one word read for "she" or "he" from a sentence
    before ("Quillpay must appoint a monitor. Asked …, she repeated …") that the document
    never writes as a person's (a given name or a title before it)? "She" then points to
    someone the paragraph does not name."""
    speaker = q.speaker or ""
    if not speaker or " " in speaker or speaker.startswith("the ") or speaker in persons:
        return False
    sentence = (q.sentence or "").replace(q.text, " ")
    return speaker not in sentence and bool(_PERSON_PRONOUN.search(sentence))


def _near_name(a: str, b: str) -> bool:
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]:
            return True
        return len(diff) == 1
    if abs(len(a) - len(b)) != 1:
        return False
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _framed(ctx: CheckContext, q: QuotationClaim) -> bool:
    """Is the quotation presented as someone's words (see :func:`is_framed`)?"""
    try:
        article = ctx.document.articles[q.article]
        if q.footnote is not None:  # a quotation in a note's own words
            text = next(n.text for n in article.footnotes if n.label == q.footnote)
        elif q.block is None:
            return bool(q.speaker)
        else:
            text = article.blocks[q.block].text
    except (IndexError, TypeError, StopIteration):
        return bool(q.speaker)
    if text[q.start : q.end] != q.text:
        return bool(q.speaker)
    return is_framed(text, q.start, q.end - 1, q.speaker)


def _named_in_sentence(
    unframed: list[tuple[QuotationClaim, list[str]]], quotes: list[tuple[QuotationClaim, list[str], frozenset[str]]]
) -> list[tuple[QuotationClaim, list[str], frozenset[str]]]:
    """Quotations with no verb of saying in a sentence that names a person quoted elsewhere
    by name ("The test is the one Ms Chowdhury set: … “a worker who speaks up …”"): the
    writer gives them as that person's words."""
    named = {q.speaker for q, _, _ in quotes if q.speaker and not q.speaker.startswith("the ")}
    if not named or not unframed:
        return []
    out = []
    for q, words in unframed:
        sentence = (q.sentence or "").replace(q.text, " ")
        who = [n for n in named if re.search(rf"\b{re.escape(n.split()[-1])}\b", sentence)]
        if len(who) == 1:  # one person named: two would be a guess
            out.append((q.model_copy(update={"speaker": who[0]}), words, frozenset(words)))
    return out


_ATTRIBUTION = re.compile(r"\s*(?:[—–―]|\s-\s|\s--\s)\s*[A-Z][^.!?]{0,80}\.?$")
_QUOTE_MARKS = "\"'“”‘’«»„‚"


def _pull_quote_text(text: str) -> str:
    """A pull quote's words without the quotation marks and the attribution set after it."""
    t = text.strip()
    t = _ATTRIBUTION.sub("", t).strip()
    return t.strip(_QUOTE_MARKS + " ").strip()


#: a quotation closed where its sentence ends: a comma, a full stop, a question or an
#: exclamation mark last ("“…, and fails people who can't,” says one advocate")
_CLOSED = re.compile(r"[,.!?;]\W*$")
#: where a quotation's words go on after its n-th word without a mark between: the run of
#: non-word characters after that word
_BETWEEN = re.compile(r"\W*")


def _run_on(wa: list[str], wb: list[str], a_text: str, b_text: str) -> list[str] | None:
    """The words one quotation adds at the end of the other's whole sentence: both open with
    the same first word, capitalised (a sentence's start, not a part taken from inside it),
    the shorter is closed as a sentence is (a comma before "says", a full stop) and the
    longer goes on from that word with no mark between ("… fails people who can't," /
    "… fails people who can't afford to,"): the shorter is not an excerpt, its end is the
    speaker's sentence changed. None otherwise (an end cut with an ellipsis, a part taken
    from inside the sentence, a quotation of several sentences quoted up to one's end)."""
    (long_w, long_t), (short_w, short_t) = sorted(((wa, a_text), (wb, b_text)), key=lambda x: -len(x[0]))
    n = len(short_w)
    if n < _MIN_WORDS or len(long_w) < n + 2 or long_w[:n] != short_w:
        return None
    lt, st = long_t.strip(" \"“”‘’'«»"), short_t.strip(" \"“”‘’'«»")
    if not (lt[:1].isupper() and st[:1].isupper()) or _ELLIPSIS.search(st) or not _CLOSED.search(st):
        return None
    if _EDITORIAL.search(lt) or _CJK_GLOSS.search(lt):
        return None  # (the words are counted in the text as it stands)
    # the longer one's text right after its n-th word: a letter, not a mark, goes on
    at = 0
    for m in re.finditer(r"\w+", lt):
        at += 1
        if at == n:
            gap = _BETWEEN.match(lt, m.end())
            if gap is None or gap.group(0).strip() or gap.end() >= len(lt):
                return None
            added = " ".join(long_w[n:])
            return [f"'…' → '{added}'" if long_w is wb else f"'{added}' → '…'"]
    return None


def _faithful(a: str, b: str) -> bool:
    """Is ``b`` ``a`` given faithfully though its words differ: words the writer marks in
    square brackets (:func:`_bracketed_for`), or the same letters with words only joined or
    parted ("user-centered" / "usercentered", a hyphen a PDF's line end took; "co-operate" /
    "cooperate")?"""
    return _bracketed_for(a, b) or "".join(_words(a)) == "".join(_words(b))


def _compare(wa: list[str], wb: list[str], a_text: str, b_text: str) -> list[str] | None:
    """The word changes that turn quotation ``a`` into ``b`` when the two are clearly one
    quotation reworded; ``[]`` when they are the same words or one is an excerpt of the
    other; None when they are not one quotation."""
    if wa == wb:
        return []
    run_on = _run_on(wa, wb, a_text, b_text)
    if run_on is not None:
        return run_on
    if _excerpt_of(a_text, b_text):
        return []
    import difflib  # only when two quotations come close: not at every start-up

    sm = difflib.SequenceMatcher(a=wa, b=wb, autojunk=False)
    if len(wa) != len(wb):
        shorter = b_text if len(wa) > len(wb) else a_text
        cut = bool(_ELLIPSIS.search(shorter) or _EDITORIAL.search(shorter))  # "[it] did not act": a cut too
        part = _compare_part(wa, wb, sm.get_opcodes(), cuts_marked=cut)
        if part is not None:
            return part
        if not _ELLIPSIS.search(shorter):
            ends = _changed_end(wa, wb)
            if ends is not None:
                return ends
    # the skeleton (a second alignment) only when the words alone do not settle it
    ratio = sm.ratio()
    if ratio < 0.6 or (ratio < 0.75 and not _same_skeleton(wa, wb)):
        return _figure_in_frame(wa, wb)
    changes = []
    changed = 0
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            continue
        changed += max(i2 - i1, j2 - j1)
        changes.append(f"'{' '.join(wa[i1:i2]) or '…'}' → '{' '.join(wb[j1:j2]) or '…'}'")
    if changed > max(3, min(len(wa), len(wb)) // 4) and not (ratio < 0.75 or _same_skeleton(wa, wb)):
        return _figure_in_frame(wa, wb)  # two different sentences on one pattern, unless a figure changed in it
    return changes


_NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
    sixty seventy eighty ninety hundred thousand million billion half third quarter""".split()
)


#: verbs that end the words naming a quotation's owner: "The anglers' federation said the
#: treaty was “…”" names the federation, not the treaty
_SAYING = frozenset(
    """said says say told tells called calls put puts wrote writes argued argues added described
    welcomed warned stated declared insisted noted termed dubbed summed""".split()
)
#: words of a phrase that place the words said in it: verbs of saying, of speaking at an
#: event and of saying again
_SAID_IN = _SAYING | _ONE_SAYING | frozenset("speaking addressing asked interviewed spoke".split())


def _owned_alike(a: QuotationClaim, b: QuotationClaim) -> bool:
    """Do the words that name whose ``b`` is (those before it, up to a verb of saying) share
    a content word with those around ``a`` (its speaker, their role or body)? No words
    before ``b``, or none around ``a`` (a bullet, a heading, a display line), say nothing
    against it."""
    before_b, _ = _outside(b)
    if not before_b:
        return True
    if before_b[0] in _ANOTHER:
        return False  # "Another page prints …": a new party
    cut = next((i for i, w in enumerate(before_b) if w in _SAYING), len(before_b))
    owner = before_b[:cut]
    own = _own_words(a.sentence or "", a.text, a.speaker or "", without_titles=False)
    if not own:
        return True  # ``a`` stands alone (a heading, a bullet): nothing around it names another party
    return any(stem in own for stem in _content_stems(owner))


#: the most words of a fragment quoted again with a word changed (a longer quotation is
#: compared by the other measures)
_MAX_FRAGMENT = 12


def _fragment_changes(wa: list[str], wb: list[str]) -> list[str] | None:
    """The changes of ``wb``, a fragment of ``wa`` quoted again, or ``None`` when it is not
    one: its words matched in ``wa``'s order, three or more and three in five of it, with
    one or two of its words and at most two of ``wa``'s between them unmatched (three when
    six words or more are matched), at least
    one of them a content word; the unmatched words are inside the matched run, not
    around it (a part quoted in other words is no fragment)."""
    if _contains(wa, wb):
        return None
    import difflib  # loaded only where two quotations share words (a plain draft never loads it)

    sm = difflib.SequenceMatcher(None, wa, wb, autojunk=False)
    blocks = [m for m in sm.get_matching_blocks() if m.size]
    if not blocks:
        return None
    matched = sum(m.size for m in blocks)
    if matched < 3 or matched < 0.6 * len(wb) or max(m.size for m in blocks) < 2:
        return None
    a0, a1 = blocks[0].a, blocks[-1].a + blocks[-1].size
    b0, b1 = blocks[0].b, blocks[-1].b + blocks[-1].size
    # the fragment's words outside the matched run: at its ends, at most one changed word
    # (a fragment's last word reworded: "flood defence" / "flood barrier")
    head, tail = wb[:b0], wb[b1:]
    # two words at an end where the longer one ends too ("a park, not a car park" for "…
    # is a park, not a parking lot"): the fragment runs to the quotation's edge, reworded
    edge = matched >= 4 and (
        (not head and len(tail) == 2 and a1 + 2 == len(wa)) or (not tail and len(head) == 2 and a0 == 2)
    )
    if len(head) + len(tail) > 1 and not edge:
        return None
    a_head = wa[max(0, a0 - len(head)) : a0]
    a_tail = wa[a1 : a1 + len(tail)]
    if len(a_head) != len(head) or len(a_tail) != len(tail):
        return None
    ops = [
        op
        for op in difflib.SequenceMatcher(None, a_head + wa[a0:a1] + a_tail, wb, autojunk=False).get_opcodes()
        if op[0] != "equal"
    ]
    extra_b = sum(j2 - j1 for _, _, _, j1, j2 in ops)
    extra_a = sum(i2 - i1 for _, i1, i2, _, _ in ops)
    # a long fragment (six words or more kept in order) may change a word more of the longer
    # one's ("an extraction under general anaesthetic" / "extractions under anaesthetic")
    most = 3 if matched >= 6 else 2
    if not 1 <= extra_b + extra_a or extra_b > 2 or extra_a > most:
        return None
    seg_a = a_head + wa[a0:a1] + a_tail
    changed = [w for _, i1, i2, j1, j2 in ops for w in seg_a[i1:i2] + wb[j1:j2]]
    if not any((w not in _FUNCTION_WORDS or w in _WEIGHTY) and not w.isdigit() for w in changed):
        return None
    if all(
        op[0] == "replace" and op[2] - op[1] == op[4] - op[3] == 1 and _inflected(seg_a[op[1]], wb[op[3]]) for op in ops
    ):
        return None  # "arranging elements …" / "arrange elements …": fitted to the writer's sentence
    return [f"'{' '.join(seg_a[i1:i2]) or '…'}' → '{' '.join(wb[j1:j2]) or '…'}'" for _, i1, i2, j1, j2 in ops]


def _swapped(wa: list[str], wb: list[str]) -> list[str] | None:
    """The changes of a short quotation given again with its terms swapped round ("The
    volunteers are the museum" / "the museum is the volunteers", "prices chase wages" /
    "wages chase prices"): the same content words, two or more, in another order, and at
    most two small words more or fewer; else None."""
    ca = [_stem(w) for w in wa if w not in _FUNCTION_WORDS]
    cb = [_stem(w) for w in wb if w not in _FUNCTION_WORDS]
    if len(ca) < 2 or sorted(ca) != sorted(cb) or ca == cb or abs(len(wa) - len(wb)) > 2:
        return None
    return _moved(wa, wb)


def _inflected(x: str, y: str) -> bool:
    """Are two words one word inflected ("arranging" / "arrange", "extraction" /
    "extractions")? The shorter's first four letters or more start the longer, which adds
    three letters at most."""
    short, long = sorted((x, y), key=len)
    stem = short[:-1] if short.endswith("e") and len(short) > 4 else short
    return len(stem) >= 4 and long.startswith(stem) and len(long) - len(stem) <= 3


def _skeleton(words: list[str]) -> list[str]:
    """A quotation's numbers, each one token, and its content words, each cut to its first
    letters (four, three of a short word: an inflection is the same word, "spend" /
    "spent", "lose" / "lost")."""
    return [
        "#" if w[:1].isdigit() or w in _NUMBER_WORDS else w[: 3 if len(w) <= 5 else 4]
        for w in words
        if w[:1].isdigit() or w in _NUMBER_WORDS or w not in _FUNCTION_WORDS
    ]


def _same_skeleton(wa: list[str], wb: list[str]) -> bool:
    """Do two quotations keep the same content words in the same order (five or more),
    whatever small words, inflections and numbers they change? Then they are one
    quotation restated ("every euro we spend … saves us four" / "every euro spent … saves
    three"), however many of those small changes it has, not two sentences on one pattern."""
    import difflib

    ka, kb = _skeleton(wa), _skeleton(wb)
    if min(len(ka), len(kb)) < 5:
        return False
    return difflib.SequenceMatcher(a=ka, b=kb, autojunk=False).ratio() >= 0.85


#: words of the longer quotation that a part of it may skip without an ellipsis: a cut
#: of a phrase ("we did not pass this law to …" quoted as "not to …"); one or two words
#: missing are a changed quotation
_CUT = 3


def _compare_part(
    wa: list[str], wb: list[str], ops: Sequence[tuple[str, int, int, int, int]], cuts_marked: bool = False
) -> list[str] | None:
    """The word changes when the shorter quotation is a part of the longer one (the
    speaker's line quoted again in part) with a word or two changed: the longer one's
    words before and after the part are left out of the comparison, and so are phrases
    it has that the part skips; what counts are words of the part that stand where the
    longer one has other words (words only the part has, or a word or two it skips,
    make it no clear part). ``[]`` when the part has no word of its own (an excerpt); None
    when the part is not clearly taken from the longer one."""
    a_long = len(wa) > len(wb)
    short = len(wb) if a_long else len(wa)
    steps: list[list[Any]] = [list(op) for op in ops]
    # the longer one's words before and after the part: not quoted the second time
    cut_head = cut_tail = False
    while steps and _only_long(steps[0], a_long):
        steps.pop(0)
        cut_head = True
    while steps and _only_long(steps[-1], a_long):
        steps.pop()
        cut_tail = True
    if not steps:
        return None
    # the part's first and last words stand where the longer one has them (the same word,
    # or both at the quotation's edge): a part cut from it, whatever words it changes between
    anchored = (steps[0][0] == "equal" or not cut_head) and (steps[-1][0] == "equal" or not cut_tail)
    for op, edge in ((steps[0], "start"), (steps[-1], "end")):
        if op[0] == "replace":  # the part begins or ends with a changed word
            i1, i2, j1, j2 = op[1:]
            if a_long and i2 - i1 > j2 - j1:
                op[1:3] = (i2 - (j2 - j1), i2) if edge == "start" else (i1, i1 + (j2 - j1))
            elif not a_long and j2 - j1 > i2 - i1:
                op[3:5] = (j2 - (i2 - i1), j2) if edge == "start" else (j1, j1 + (i2 - i1))
    matched = sum(op[2] - op[1] for op in steps if op[0] == "equal")
    # a part held at both ends may change more of its words ("may take ten years" / "might
    # take a decade"): words that mean the same are still changes in a quotation
    loose = anchored and matched >= 4 and matched >= 0.5 * short
    if (matched < 5 or matched < 0.75 * short) and not loose:
        return None
    changes = []
    changed = 0
    # words only the part has are a change when the part otherwise only changes words (not
    # when it also skips some of the longer one's: then it is recast, and compared so)
    skips = any(op[0] != "equal" and _only_long(op, a_long) for op in steps)
    lone = sum(op[0] != "equal" for op in steps) == 1  # the part's one change
    for op, i1, i2, j1, j2 in steps:
        if op == "equal":
            continue
        if _only_long((op, i1, i2, j1, j2), a_long) and (cuts_marked or max(i2 - i1, j2 - j1) >= _CUT):
            continue  # a phrase of the longer one the part skips: an excerpt's cut (or an ellipsis's)
        if op == "replace" and anchored and lone and _cut_with_new_word(wa, wb, (i1, i2, j1, j2), a_long):
            # "until ten, the welders have customers …, and" / "until midnight, and": a phrase
            # cut and the word at the cut changed
            changed += (j2 - j1) if a_long else (i2 - i1)
            changes.append(f"'{' '.join(wa[i1:i2])}' → '{' '.join(wb[j1:j2])}'")
            continue
        added = op != "replace" and not _only_long((op, i1, i2, j1, j2), a_long)
        if (added and (skips or not (anchored and matched >= 5 and max(i2 - i1, j2 - j1) <= _ADDED))) or max(
            i2 - i1, j2 - j1
        ) > 3:
            return None  # words added or a different phrase, not a changed word
        # a word or two of the longer one the part leaves out inside it ("regulating the
        # technology" / "regulating technology") is a change, as a changed word is
        changed += max(i2 - i1, j2 - j1)
        changes.append(f"'{' '.join(wa[i1:i2]) or '…'}' → '{' '.join(wb[j1:j2]) or '…'}'")
    if changed > (max(3, int(short * 0.4)) if loose else max(2, short // 5)):
        return None
    return changes


_TEEN_STEMS = frozenset("thir four fif six seven eigh nine".split())

#: words a figure quoted again keeps on each side of it, as the first quotation has them
_FRAME = 3


def _figure_in_frame(wa: list[str], wb: list[str]) -> list[str] | None:
    """The change when the two quotations, however else they differ, put another figure
    between the same words: three or more on each side of it, word for word, three of
    them content words ("signed their first contract at seventeen, without a lawyer" /
    "sign their first contract at sixteen, without a lawyer"): the speaker's figure was
    changed when the quotation was given again. None when no figure stands so."""

    def figure(w: str) -> bool:
        return w[:1].isdigit() or w in _NUMBER_WORDS or (w.endswith("teen") and w[:-4] in _TEEN_STEMS)

    for j, w in enumerate(wb):
        if not figure(w) or j < _FRAME or j + _FRAME >= len(wb):
            continue
        before, after = wb[j - _FRAME : j], wb[j + 1 : j + 1 + _FRAME]
        if sum(x not in _FUNCTION_WORDS and not figure(x) for x in before + after) < 3:
            continue
        for i in range(_FRAME, len(wa) - _FRAME):
            if figure(wa[i]) and wa[i] != w and wa[i - _FRAME : i] == before and wa[i + 1 : i + 1 + _FRAME] == after:
                return [f"'{wa[i]}' → '{w}'"]
    return None


def _cut_with_new_word(wa: list[str], wb: list[str], span: tuple[int, int, int, int], a_long: bool) -> bool:
    """Does this step of a part (between words it shares with the longer quotation) skip a
    phrase of the longer one and put in its place one or two words the longer one never
    has, one of them a content word? A clause cut without an ellipsis and the word at the
    cut changed ("work until ten, the welders have customers from three villages, and" /
    "work until midnight, and"): the quotation is changed, not only shortened."""
    i1, i2, j1, j2 = span
    long, part, own = (wa[i1:i2], wb[j1:j2], wb) if a_long else (wb[j1:j2], wa[i1:i2], wa)
    whole = set(wa if a_long else wb)
    return (
        1 <= len(part) <= 2
        and len(long) >= len(part) + _CUT
        and 0 < (j1 if a_long else i1)
        and (j2 if a_long else i2) < len(own)
        and any(w not in _FUNCTION_WORDS and w not in whole for w in part)
    )


#: words a part held at both ends may add inside it ("is a smoke detector and not …" for
#: "…, not …"): words the speaker did not say are a change as a changed word is
_ADDED = 2

#: words a part may change at its start or end after (or before) a run it shares word
#: for word with the longer quotation
_END_WORDS = 3


def _changed_end(wa: list[str], wb: list[str]) -> list[str] | None:
    """The change when the shorter quotation is a run of the longer one's words (six or
    more, two thirds of it) with its last or first one to three words changed ("costs the
    city a month of fares on the surface" for "… of fares above ground, so …"): a split
    quotation whose end was reworded. None when it is not that."""
    import difflib

    a_long = len(wa) > len(wb)
    long, short = (wa, wb) if a_long else (wb, wa)
    m = difflib.SequenceMatcher(a=long, b=short, autojunk=False).find_longest_match(0, len(long), 0, len(short))
    if m.size < 6 or m.size < 2 * len(short) / 3:
        return None
    head, tail = short[: m.b], short[m.b + m.size :]
    if head and tail or not (head or tail) or len(head + tail) > _END_WORDS:
        return None
    if tail:
        at = m.a + m.size
        there = long[at : at + len(tail)]
    else:
        at = m.a - len(head)
        there = long[max(0, at) : m.a]
    rest = tail or head
    if len(there) != len(rest) or set(there) & set(rest) == set(rest):
        return None  # the longer one ends there, or has the same words
    old, new = (there, rest) if a_long else (rest, there)
    return [f"'{' '.join(old)}' → '{' '.join(new)}'"]


#: words a quotation given again shares, word for word, with the start of the first before
#: its end is reworded (three of them content words)
_SAME_OPENING = 6


def _reworded_end(wa: list[str], wb: list[str]) -> list[str] | None:
    """The change when the shorter quotation opens with six words or more of the longer one
    (at its start or inside it; three of them content words, two in five of its own words)
    and then ends in words the longer one does not have, no more of them than it shares:
    the first quotation given
    again with its end recast ("… in under a quarter of an hour" for "… in about ten minutes,
    and nobody had rehearsed it"). None when it is not that: one quotation is a part of the
    other, or the end says nothing new (the same words cut or moved are for :func:`_compare`)."""
    a_long = len(wa) >= len(wb)
    long, short = (wa, wb) if a_long else (wb, wa)
    head = short[:_SAME_OPENING]
    starts = [i for i in range(len(long) - _SAME_OPENING + 1) if long[i : i + _SAME_OPENING] == head]
    if len(starts) != 1:
        return None
    long = long[starts[0] :]  # (a part may open inside the longer one: "… It showed people …")
    p = 0
    while p < len(short) and p < len(long) and short[p] == long[p]:
        p += 1
    if p == len(short) or p < 0.4 * len(short):
        return None
    if sum(w not in _FUNCTION_WORDS for w in short[:p]) < 3:
        return None
    tail = short[p:]
    if len(tail) > p:
        return None
    said = set(long)
    if not any(w not in _FUNCTION_WORDS and w not in said for w in tail):
        return None
    old, new = long[p : p + len(tail)], tail
    if not a_long:
        old, new = new, old
    return [f"'{' '.join(old)} …' → '{' '.join(new)}'"] if a_long else [f"'{' '.join(old)}' → '{' '.join(new)} …'"]


#: words a part quoted from inside a longer quotation opens with, as the longer one has them
_INSIDE_RUN = 4
#: words either side may have between that run and the last word both end with
_MIDDLE_WORDS = 5


def _opens_inside(wa: list[str], wb: list[str]) -> bool:
    """Do the first :data:`_INSIDE_RUN` words of one quotation stand inside the other (not
    at its start)? A cheap test before :func:`_middle_reworded`."""
    for long, short in ((wa, wb), (wb, wa)):
        head = " " + " ".join(short[:_INSIDE_RUN]) + " "
        if len(short) > _INSIDE_RUN and head in " " + " ".join(long[1:]) + " ":
            return True
    return False


def _middle_reworded(wa: list[str], wb: list[str]) -> list[str] | None:
    """The change when one quotation is a part of the other quoted from inside it (the
    writer's own words give its start: the speaker said the plants "bought us time, not a
    way out of drought") whose words between its opening and its last word were reworded:
    its first four words or more (two of them content words) stand inside the longer one,
    it ends with the longer one's last word, and up to five words differ between on either
    side. None when it is not that (two quotations that share a phrase and end apart are
    two sayings)."""
    for long, short, a_long in ((wa, wb, True), (wb, wa, False)):
        if len(short) <= _INSIDE_RUN or short[-1] != long[-1]:
            continue
        head = short[:_INSIDE_RUN]
        starts = [i for i in range(1, len(long) - _INSIDE_RUN) if long[i : i + _INSIDE_RUN] == head]
        if len(starts) != 1:
            continue
        i = starts[0]
        k = _INSIDE_RUN
        while i + k < len(long) and k < len(short) and long[i + k] == short[k]:
            k += 1
        if sum(w not in _FUNCTION_WORDS for w in short[:k]) < 2:
            continue  # "we have to be …": small words, no saying of one's own
        old, new = long[i + k : -1], short[k:-1]
        if not old or not new or len(old) > _MIDDLE_WORDS or len(new) > _MIDDLE_WORDS or old == new:
            continue
        if not a_long:
            old, new = new, old
        return [f"'{' '.join(old)}' → '{' '.join(new)}'"]
    return None


def _only_long(op: Sequence[Any], a_long: bool) -> bool:
    """Is this alignment step words of the longer quotation only (none of the part's)?"""
    return bool(op[0] == ("delete" if a_long else "insert"))


#: small words that carry what a quotation claims: a negation, a modal ("is" / "must be"), a
#: quantifier ("both" / "these"); a fragment that changes one is reworded, not trimmed
_WEIGHTY = _NEGATIONS | frozenset("must should may might can could will would shall all both every only".split())
_FUNCTION_WORDS = frozenset(
    """a an the and or but nor so of in on at to for from by with as into than that this these those
    it its we our us you your they their them he his she her i me my is are was were be been being
    has have had do does did not no will would can could shall should may might must there here
    who which what when where how all any each every some such one""".split()
)


@functools.lru_cache(maxsize=16384)
def _stem(word: str) -> str:
    """A word without its ending, and without the silent e that ending took ("close",
    "closed", "closes" and "closing" are "clos"; "fence" and "fencing" "fenc")."""
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word[:-1] if word.endswith("e") and len(word) >= 5 else word


@functools.lru_cache(maxsize=4096)
def _stems(words: frozenset[str]) -> frozenset[str]:
    return frozenset(_stem(w) for w in words)


def _paraphrase(wq: list[str], wp: list[str], least: int = 4, body: bool = False) -> list[str] | None:
    """The words a quotation changes in another, when it says the same thing in mostly the
    same words but too freely for :func:`_compare` (words reordered, a phrase recast). A
    display quotation (a pull quote or a block quotation, set apart without quotation marks
    of its own) needs four content words in common and three in five of the longer one's;
    two quotations of the text (``body``) need five, three in four of the shorter one's and
    half of the longer one's."""
    cq = {_stem(w): w for w in wq if w not in _FUNCTION_WORDS}
    cp = {_stem(w): w for w in wp if w not in _FUNCTION_WORDS}
    shared = cq.keys() & cp.keys()
    if len(shared) < least:
        return None
    short, long = sorted((len(cq), len(cp)))
    if body:
        # a part of a long quotation given again in other words: the longer one counts from
        # its first shared word to its last ("Nobody here wants … on a Tuesday, and right
        # now the licence …" / "Nobody wants … on a Tuesday.")
        longer, words = (cq, wq) if len(cq) > len(cp) else (cp, wp)
        long = len(_span_of(words, longer, shared))
        if len(shared) < 0.75 * short or len(shared) < 0.5 * long:
            return None
    if not body and len(shared) < 0.6 * long:
        return None
    gone = [cq[k] for k in cq if k not in shared]
    new = [cp[k] for k in cp if k not in shared]
    if not gone and not new:
        return None
    if not gone:
        return [f"adds '{' '.join(new)}' and reorders the words"]
    if not new:
        return [f"drops '{' '.join(gone)}' and reorders the words"]
    return [f"'{' '.join(gone)}' → '{' '.join(new)}'"]


def _span_of(words: list[str], content: dict[str, str], shared: Iterable[str]) -> dict[str, str]:
    """``content`` (stems to words of ``words``) cut to the words between the first and the
    last of ``shared`` in ``words``."""
    at = [i for i, w in enumerate(words) if _stem(w) in shared]
    kept = {_stem(w) for w in words[at[0] : at[-1] + 1]} if at else set()
    return {k: v for k, v in content.items() if k in kept}


# words given as someone's without quotation marks: "As Fontaine puts it, finance only
# follows …", "In Bello's words, cattle can wait …", "as she put it, …"
_GIVEN_AS = re.compile(
    r"(?:^|[.;:!?]\s+|,\s+|\s)(?:[Aa]s|[Ii]n)\s+(?:(?P<s>[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+){0,2})(?:['’]s\s+(?:own\s+)?words"
    r"|\s+(?:puts|put|says|said)\s+it)|(?:she|he)\s+(?:puts|put|says|said)\s+it|(?:her|his)\s+(?:own\s+)?words)"
    r"\s*,\s*(?P<rest>[^\"“”‘’«»]{20,300}?)(?=[.!?](?:\s|$))"
)
# the same after a colon, as what someone's summary, warning or point is: "Dr Okafor's
# summary of the challenge is blunt: a machine in a spare room is cheaper …"
_GIVEN_AFTER_COLON = re.compile(
    r"(?:^|[.;!?]\s+)(?P<s>[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+){0,2})['’]s\s+(?:[a-z]+\s+){0,2}"
    r"(?:summary|message|warning|verdict|point|argument|view|advice|conclusion|answer|reply|plea|diagnosis|case)"
    r"(?:\s+(?:of|on|about|for|to)\s+[^:.;\"“”]{1,60}?)?\s+(?:is|was|remains|has\s+been)(?:\s+[a-z]+){0,2}\s*:\s*"
    r"(?P<rest>[^\"“”‘’«»]{20,300}?)(?=[.!?](?:\s|$))"
)
# words that mark what follows as the gist, not the speaker's words; "roughly" and "something
# like" before a figure ("the roughly 136,000 people", "something like half the sites",
# "roughly a third") give the size of a number, not the looseness of a quotation
_LOOSE = re.compile(
    r"\b(?:in\s+effect|(?:roughly|something\s+like)(?!\s+(?:[$£€¥]?\d|(?:an?|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|half|"
    r"double|twice|treble|triple|quarter|third|fifth|tenth|dozen|equal|level|flat|constant|similar)\b))"
    r"|in\s+other\s+words|to\s+paraphrase|paraphras\w*|in\s+so\s+many\s+words|the\s+gist)\b",
    re.I,
)


def _marked_loose(q: QuotationClaim) -> bool:
    """Does the quotation's sentence mark it as a paraphrase ("in effect", "roughly")?"""
    return _marked_loose_in(q.sentence or "", q.text)


@functools.lru_cache(maxsize=4096)
def _marked_loose_in(sentence: str, text: str) -> bool:
    at = sentence.find(text)
    return bool(_LOOSE.search(sentence[: at if at >= 0 else len(sentence)]))


def _named_same(a: str | None, b: str | None) -> bool:
    """Both quotations are given to one person named both times (not a role, not unknown)."""
    if not a or not b or a.startswith("the ") or b.startswith("the "):
        return False
    return _same_named_speaker(a, b)


_FIRST_PERSON = re.compile(r"^(?:We|I|Our|My)\b")


def _unmarked_first_person(blocks: Sequence[Block], n: int) -> str | None:
    """The text of block ``n`` when it is a prose paragraph in the first person ("We have
    cut …") without quotation marks or a quoted style, after a prose paragraph; else None."""
    if n == 0:
        return None
    block, prev = blocks[n], blocks[n - 1]
    if not (block.is_prose and prev.is_prose) or block.quoted:
        return None
    text = block.text.strip()
    if not _FIRST_PERSON.match(text) or any(c in text for c in '"“”«»„'):
        return None
    return text


def _set_apart(blocks: Sequence[Block], n: int) -> bool:
    """Is block ``n`` a quotation set apart without quotation marks or indentation the
    reader kept (text extracted from a PDF loses both): a paragraph of one sentence in the
    first person ("We have cut …") right after a paragraph that quotes someone? It is
    compared with that paragraph's quotations only."""
    text = _unmarked_first_person(blocks, n)
    if text is None:
        return False
    if len(re.findall(r"[.!?](?:\s|$)", text)) != 1 or not text.endswith((".", "!")):
        return False  # one sentence
    return any(c in blocks[n - 1].text for c in '"“')


# a paragraph's end that introduces what follows: "… was careful to present them as a
# national decision:" (a note mark may follow the colon)
_LEAD_IN = re.compile(r":\s*(?:\[\^?\w+\]|\d{1,3})?\s*$")


def _introduced(blocks: Sequence[Block], n: int) -> bool:
    """Is block ``n`` a display quotation whose marks the reader lost: a paragraph of one to
    three sentences in the first person, without quotation marks, right after a paragraph
    that ends with a colon and names the speaker ("Kroon presented it as a national
    decision:")? It is compared with every quotation of its article, as a block quotation."""
    text = _unmarked_first_person(blocks, n)
    if text is None or not 1 <= len(re.findall(r"[.!?](?:\s|$|\[|\d)", text)) <= 3:
        return False
    prev = blocks[n - 1].text
    return bool(_LEAD_IN.search(prev)) and bool(re.search(r"\b[A-Z][a-z]+\b", prev[1:]))


# words someone might say, not words someone said: a verb of saying after a modal, a
# "let's" or a negated "do" ("you can say, “…”", "you'd have to manually say", "it doesn't
# say “…”"), after a modal's verb and "and" ("they will pick a peer and manually say"), or
# after a generic speaker ("someone asks, “…”", "each side of the deal says"), ending the
# words before the quotation
_HYPOTHETICAL = re.compile(
    r"(?:(?:\b(?:can|could|would|might|may|will|shall|should|must|cannot|going\s+to|[Ll]et[’']?s|[Ll]et\s+us)"
    r"|\w[’'](?:d|ll)|\b(?:do|does|did)(?:\s+not|n[’']t)|\b(?:can|could|would|might|should|wo)n[’']t)"
    r"(?:\s+[\w’']+){0,3}?\s+"
    r"|(?:\b(?:can|could|would|might|may|will|should|must)|\w[’'](?:d|ll))\s[^.;:!?\"“”]{0,80}?\s(?:and|or)\s+(?:\w+ly\s+)?"
    r"|\b(?:[Yy]ou|[Oo]ne|[Ss]ome(?:one|body)|[Aa]ny(?:one|body)|[Nn]obody|[Nn]o\s+one"
    r"|(?:[Ee]ach|[Ee]very|[Ee]ither|[Aa]ny)\s+(?:[\w’']+\s+){0,3}?[\w’']+)(?:[’']s|\s+(?:is|was|keeps|starts))?"
    r"\s+(?:\w+ly\s+|just\s+|then\s+)?)"
    r"(?:say|says|saying|ask|asks|asking|tell|tells|telling|think|thinks|write|writes)\b(?:\s+[\w’']+){0,2}?[\s,:]*$"
)


def _hypothetical(q: QuotationClaim) -> bool:
    """Is the quotation words someone might say rather than words someone said ("you can
    say, “I want …”", "we could say: “…”", "nobody asks, “…”")? Such words are no one's
    quotation of record (see :data:`_HYPOTHETICAL`). Only words given as speech, after a
    comma or a colon or as a sentence of their own: words a sentence runs into ("no one
    should ask players “to subsidise …”") are someone's, quoted."""
    sentence = q.sentence or ""
    at = sentence.find(q.text)
    if at <= 0:
        return False
    before = sentence[max(0, at - 160) : at].rstrip(" \"“‘'«„")
    if not before.endswith((",", ":")) and not q.quote.lstrip(" \"“‘'«„")[:1].isupper():
        return False
    return bool(_HYPOTHETICAL.search(before))


# "instead of opening your notice with, “…”", "rather than asking, “…”": words set aside
_INSTEAD_OF = re.compile(r"\b(?:[Ii]nstead\s+of|[Rr]ather\s+than)\s+(?:[\w’']+\s+){0,6}?[\w’']+[\s,:]*$")


def _instead_of(q: QuotationClaim) -> bool:
    """Is the quotation the wording a text advises against ("instead of opening your notice
    with, “We want …”, state the problem")? An example set aside is no one's words of record,
    so the better wording given after it is not that quotation reworded."""
    sentence = q.sentence or ""
    at = sentence.find(q.text)
    if at <= 0:
        return False
    lead = sentence[max(0, at - 100) : at].rstrip(" \"“‘'«„")
    m = _INSTEAD_OF.search(lead)
    # "instead of resigning the mayor said “…”": a speaker's words, said in place of a deed
    if m is None or _SAID_INSTEAD.search(m.group(0)):
        return False
    # "described the problem as one of permission rather than knowledge: “…”": a noun set
    # against another, the colon then opening the words the verb of saying before it gives
    phrase = m.group(0).rstrip()
    return not (
        phrase.endswith(":")
        and not re.search(r"\w+ing\b", phrase[phrase.index(" ") :])
        and _SAID_BEFORE.search(lead[: m.start()])
    )


#: a verb of saying (or of calling, framing), for the words before an "instead of" or
#: "rather than" phrase: "called the closure a matter of money instead of safety: “…”"
_SAID_BEFORE = re.compile(rf"\b(?:{SPEECH_VERB}|called|calls|spoke|speaks|framed|frames)\b")


_SAID_INSTEAD = re.compile(r"\b(?:said|says|told|tells|wrote|writes|added|replied|declared|announced|insisted)\b")


# a transcript's speaker label opening a paragraph: "Mark Erhardt: …" ("**Mark Erhardt**:")
_TURN = re.compile(r"((?:[A-Z][\w.'’-]*\s){1,3}[A-Z][\w.'’-]*):\s")


def _spoken(document: Document) -> frozenset[tuple[Any, ...]]:
    """Where the quotations said aloud in a transcript are: (article, block) of the blocks
    from a speaker's label ("Mark Erhardt: …") to the next heading, in a document where two
    speakers or more each open two paragraphs or more with their labels. A speaker quoting a
    question or a letter twice in other words is a record of what was said, not the
    writer's misquotation."""
    labels: dict[str, int] = {}
    for article in document.articles:
        for block in article.blocks:
            m = _TURN.match(block.text)
            if m:
                labels[m.group(1)] = labels.get(m.group(1), 0) + 1
    if sum(n >= 2 for n in labels.values()) < 2:
        return frozenset()
    out: set[tuple[Any, ...]] = set()
    for article in document.articles:
        turn = False
        for n, block in enumerate(article.blocks):
            if block.kind is BlockKind.heading:
                turn = False
            elif (m := _TURN.match(block.text)) and labels.get(m.group(1), 0) >= 2:
                turn = True
            if turn:
                out.add((article.index, n))
    return frozenset(out)


def _sibling_items(document: Document, a: QuotationClaim, b: QuotationClaim) -> bool:
    """Are ``a`` and ``b`` in two items of one list: list items whose text starts at one
    column, with nothing but list items (an item's own paragraphs included) between them? Such a list
    sets entries side by side ("1. Anon asks, “Is it cheaper …?”", "2. Anon asks, “Is it
    riskier …?”"): each is its own quotation, not one quoted twice."""
    if a.footnote is not None or b.footnote is not None or a.article != b.article:
        return False
    if a.block is None or b.block is None or a.block == b.block:
        return False
    blocks = document.articles[a.article].blocks
    lo, hi = sorted((a.block, b.block))
    first, last = blocks[lo], blocks[hi]
    if first.kind is not BlockKind.list_item or last.kind is not BlockKind.list_item:
        return False
    if first.location.column != last.location.column:
        return False
    return all(x.kind is BlockKind.list_item for x in blocks[lo + 1 : hi])


#: words before a quotation that give it as one more entry, not the one before it again
_ANOTHER_ENTRY = frozenset("another second third alternative alternatively".split())


def _another_entry(a: QuotationClaim, b: QuotationClaim) -> bool:
    """Is the later of two quotations of one paragraph, neither of them a named speaker's,
    given as one more entry ("Ideas for titles: “…” And another one: “…”", "a second
    sign read “…”")? Two entries set side by side, not one quotation given twice."""
    if (
        a.speaker
        or b.speaker
        or a.block is None
        or (a.article, a.block, a.footnote) != (b.article, b.block, b.footnote)
    ):
        return False
    before, _ = _outside(b if b.start > a.start else a)
    return any(w in _ANOTHER_ENTRY for w in before)


def _aloud(q: QuotationClaim, spoken: frozenset[tuple[Any, ...]]) -> bool:
    """Is the quotation in a transcript's turn (:func:`_spoken`)?"""
    return q.footnote is None and (q.article, q.block) in spoken


class QuotationWordedDifferently(Rule):
    """The same quotation of the same speaker is worded differently in two places.

    Only real quotations are compared: sentence-length words (six or more) presented as
    someone's, with a named speaker or a verb of saying around them ("said", "repeated
    that", "“…,” she wrote"). Titles of works, example phrases, template tags, markup
    attributes and code in quotes are not quotations. Two quotations of different
    speakers are never compared, nor a document's text and someone's words ("the plan
    says the berth “…”; the harbour master said it “…”": what a plan, an act, a report or
    a notice is said to say, as the sentence names it, is its text, not a person's words,
    unless a second verb of saying gives the words to someone it reports), and the two must
    be clearly one quotation reworded (most
    words in the same order, or every content word in the same order whatever small
    words, inflections and numbers change: "every euro we spend … saves us four" /
    "every euro spent … saves three"). Case, typographic quotes (angle marks « » and ‹ › too),
    hyphenation, bracketed editorial insertions (and words in square brackets standing for the
    words they replace: "[the quay]" for "the north quay"; "[W]e" for "We"), Chinese originals
    given in parentheses and ellipses are ignored, and a
    shorter excerpt of a longer quotation is fine; what remains are different words. One
    sentence quoted whole twice is no excerpt: when both open on its capitalised first word
    and the shorter is closed as a sentence is ("…, and fails people who can't," says one
    advocate) where the longer goes on with no mark between ("… who can't afford to"), the
    words it adds are a change (an end cut with an ellipsis, a part from inside the
    sentence, and the first of several sentences quoted alone are excerpts). Two
    quotations that are one only once their contractions are written out ("We won't be
    rebuilding …" / "We are not going to rebuild …") are compared that way. A recast of one
    sentence of a quotation of several is told against that sentence, and one sentence of it
    quoted again alone is compared with that sentence by the same measures ("… the trip. It
    told people the city had finally noticed them." / "told people the city had noticed them
    at last").
    A quotation given again is told once, however many places it differs from (a heading or
    a pull quote of the same words and the body's quotation).
    A speaker's name misspelt once ("Okonkwo" / "Okonkow") is still one speaker; "she
    said" is the person named at the head of the sentence or of one of the two before it
    (a name may open with an accented capital: "Élodie Marchetti", "Łucja Nowak").
    A quotation given in two parts around the writer's words ("“…,” she said, “…”", "“…,”
    but “…”") is one quotation with a cut between. When one named speaker says both, a
    short quotation recast in other words ("finance follows the reef only when the reef can
    be measured" / "finance only follows a reef that can be counted") is compared on its
    content words (four shared, three in four of the shorter's); one marked as a
    paraphrase ("in effect", "roughly") is not compared ("roughly" or "something like"
    before a figure, "the roughly 136,000 people", "roughly a third", sizes a number and
    marks nothing). Words given as a named
    speaker's without quotation marks ("As Fontaine puts it, finance only follows …", "In
    Bello's words, …", "as she put it, …") are held to that speaker's quotations the same
    way, and so are words given after a colon as a named speaker's summary, message,
    warning or point ("Kool's message to the council was simple: …") when they keep most of
    a quotation's words in its order (a looser summary is the writer's own). A
    quotation may be given again in part ("… out of their own streets" after the whole
    sentence), in another paragraph or in a note: the words of the longer one around the
    part, and a phrase of three words or more it skips, are not changes. A part whose first
    and last words stand where the longer one has them (or at the quotation's own edges) is
    cut from it however many words it changes between, up to two in five: words that mean
    the same are still changes ("may take ten years" / "might take a decade"). A part that
    is a run of six or more of the longer one's words, two thirds of it, with its last (or
    first) one to three words changed ("costs the city a month of fares on the surface" for
    "… of fares above ground, so …") is a split quotation whose end was reworded. The
    speaker of "Professor Henrike Albers of the Technical University of Dresden, who …, put
    it bluntly: “…”" is the person, not the body they belong to. A name's
    particles may change from one spelling to the other ("van der Berg" / "Van den Berg").
    A word or two of the longer quotation left out inside the part ("regulating the
    technology" / "regulating technology") is a change, as a changed word is, and so are
    one or two words the part adds inside it when its ends stand where the longer one has
    them ("is a smoke detector and not a forecast" for "…, not a forecast"). A part quoted
    from inside a longer quotation, the writer's own words giving its start ("Berg said it
    “gives commuters a seat and little else on the journey”" after "“The new timetable
    gives commuters a seat, not a faster journey”"), whose first four words or more (two
    of them content words) stand in the longer one and whose last word is the longer
    one's last, is that quotation with the words between reworded (up to five on either
    side); two quotations that share a phrase and end on other words are two sayings.

    Two quotations that none of these readings settles are aligned word by word: case,
    typographic quotes, hyphens and contractions set aside, the shorter is aligned whole
    inside the longer (a short requote inside a long quotation, or a long requote of a short
    one, finds its place), content words weighing more than small words ("nobody" / "no
    one" is a change, a small one); a word inflected, a common verb's irregular forms too
    ("spend" / "spent", "bring" / "brought"), stands where the other stands, and the two
    count among the words in both when the rest is read (a tense changed alone is still a
    change). The longer one's words before and after the part the
    shorter quotes are a cut, and so are the words an ellipsis or an insertion in square
    brackets stands for, with a word fitted at the cut ("The old system … had a debt
    label"); what remains are changes. Two quotations given as someone's are one quotation
    reworded when four content words or more stand in both in the same order, three in five
    of the content words of the one with fewer, and fewer content words are changed than
    kept ("The protocols are good. What fails is …, when nobody tells …" / "The protocols
    are fine. What fails is …, when no one tells …"; "a container of working laptops and
    one of broken ones look the same until you open it" for "… a container of dead ones
    look identical until you open them, and …"); a pull quote, a quotation given without a
    verb of saying and words given as a speaker's without quotation marks need five (a
    quotation without a verb of saying also a word changed for another, not only words
    added or left out).

    A quotation given again without a verb of saying ("The curator's claim that the museum
    can now “…”", a key-points bullet) is held to a quotation given as someone's words when
    it is eight words or more and only changes words of it ("every" / "each"), and its
    sentence does not give the words to another party ("The council's slogan was …", "A
    rival chain advertises …"): the words before it share one with those around the first
    quotation (the speaker, their role), or there are none. A part quoted after the
    writer's own wording of the speaker's first words ("… that no diver who surfaces in a
    storm “should ever wait …”") is read from where those words stand in the full
    quotation (three or more, half of them the same), and only the quoted words are
    compared; so is a part whose writer's words end on the four words the quotation has right
    before it, from inside a quotation of several sentences too ("As Brandt said, on a winter
    morning “each traveller needs everything”" for "… nobody needed it. On a winter morning,
    every passenger needs everything."), when one person is named in both places.

    Whose words a quotation is may be said in other ways than a verb of saying: an
    attribution after a dash ("“…” — the chair of the European AI Board", "“…” — Tomas Wyss,
    mountain guide"), or a sentence that names a person the document quotes elsewhere by
    name ("The test is the one Ms Chowdhury set: … “a worker who speaks up …”": one person
    named, not two), or a role whose words they are ("“…,” in the words of one district
    engineer", "According to a senior nurse, “…”": the district engineer, the senior
    nurse). A role and a name are one speaker when the name's sentence gives the
    role's head or another of its words ("the operator's security chief" / "Its head of
    security, Dr Helena Voskuijlen,").

    A pull quote (display text repeating a quotation, often without quotation marks) and a
    block quotation (an indented paragraph of someone's words: HTML ``<blockquote>``,
    Markdown ``>``) are compared with the quotations of their article by the same measures;
    one that repeats a quotation or the article's own prose word for word is fine. Text
    extracted from a PDF keeps neither the marks nor the indentation of a display
    quotation: there a paragraph of one sentence in the first person ("We have cut …")
    right after a paragraph quoting someone is compared with that paragraph's quotations,
    and a first-person paragraph of up to three sentences right after a paragraph that ends
    with a colon ("… presented it as a national decision:") is a block quotation.

    A fragment of a quotation (three to twelve words) quoted again with a word or two
    changed is a misquotation, framed or not, when one of the two is given as someone's
    words: "They are our cheapest flood defence, …" and, later, the Commissioner "has
    called wetlands “our cheapest flood barrier”"; "a historic day for tax fairness" and
    what the Commission "called “a historic day for tax justice”" (a party's "called",
    not a title's). Three words or more of it must stand in the longer one's order with at
    most two words changed on either side (three of the longer one's when six or more
    stand in order: "an extraction under general anaesthetic" / "extractions under
    anaesthetic"), one a content word, and the words naming whose
    each is (before the quotation, up to a verb of saying) must share a word with those
    around the other: "The anglers' federation said the treaty was “…”" is another
    party's. A fragment with an ellipsis is an excerpt, one whose only change is a word
    inflected to fit the writer's sentence ("arranging" / "arrange") is fitted, one marked
    as a paraphrase ("In effect, she says …") is not compared, and two quotations in one
    sentence are two slogans set side by side.

    The writer's own words in a scene ("“…,” said I", "I replied") are no one's quotation
    and are not compared, nor are words someone might say ("you can say, “…”", "we could
    say: “…”", "they pick a peer and simply say, “…”", "it doesn't say “…”", "someone
    asks, “…”", "each party to the deal says, “…”"): a transcript's hypothetical or
    generic speech is nobody's quotation of record, and neither is a wording the text
    advises against ("instead of opening your notice with, “…”, state the problem"): the
    better wording given after it is not that quotation reworded (a speaker's words said in
    place of a deed, "instead of cutting a ribbon the mayor said, “…”", are quoted, and so
    are the words a colon opens after a noun set against another, a verb of saying before
    it: "described the backlog as a question of rooms rather than doctors: “…”"). Nor are two quotations both said aloud
    in a transcript (paragraphs from a speaker's label, "Mark Erhardt: …", to the next
    heading, where two speakers or more open two paragraphs or more each): a speaker who
    reads out a question or a letter twice in other words is recorded as spoken.

    A quotation in a heading, a table cell or a caption ("## “We are not selling the rail
    business”", "| CEO at the AGM | “We will switch off 3G by the end of 2026” |") is read
    as the body's quotations are, without a verb of saying: a table row with the table's
    first row before it (its column may say whose the words are), and a row's words name
    the speaker when they share a word, or the initials of words ("AGM"), with those beside
    the speaker's name where the document introduces them ("Kofi Mensah-Rye, … told the
    annual general meeting"). A role and a name are one speaker when the document writes
    the role's head word beside the name anywhere ("Fire chief Maren Olsen …" for "the fire
    chief"). "She" read from a sentence about a name the document never writes as a
    person's (no given name, no title: "Quillpay must appoint …") points to someone the
    paragraph does not name. A fragment whose last (or first) two words are reworded where
    the longer quotation ends (or starts) is a changed fragment ("a park, not a car park"
    for "… is a park, not a parking lot"), and words in square brackets are a cut, as an
    ellipsis is ("[The council was] warned … and [it] did not act").

    Two quotations of one speaker said at two times the text names are two sayings: the
    months, weekdays or years after "in", "on" or in a date, in a phrase with a verb of
    saying or an event ("At the public inquiry in March, …" / "In a radio interview in
    September, …"), or in the sentence before a bare "“…,” she said" ("… its half-year
    results on 30 July 2025. “…,” she said."); not a time in a phrase about something else
    ("Since the pilot ended in July, …"), and not when the text says the words were
    repeated or the occasion the same.

    Whose words they are is also read from a noun of someone's words in the possessive
    ("Chan's complaint, that in a storm “…”", "Osei's view is that councils must “…”", "the
    stewards' view, that “…”"), from an attribution in brackets under a pull quote ("“…”
    (Pieter Wouters, customs broker)"), and past a time or place set before the subject of
    "she said" ("At a rally on 8 May, the captain …"). A short quotation given again with its
    terms swapped round ("The volunteers are the museum" / "the museum is the volunteers")
    is a change, and a word of three letters stands where its regular forms stand ("add" /
    "adds").

    A story told in dialogue (a quarter of its paragraphs, and twelve or more, open with a
    quotation mark) is not checked: its characters repeat and vary their own lines.

    Two quotations in items of one list (list items one after the other, an item's own
    paragraphs between them) are entries set side by side, not one quotation given twice:
    "1. Okafor asks, “Is the line faster …?”", "2. Okafor asks, “Is the line cheaper …?”".
    So are two quotations of one paragraph, no named speaker's, the later given as one more
    ("Two slogans were tried: “…” And another one: “…”", "a second banner read “…”").

    ## Why is this bad?
    A quotation is the one thing an editor may not paraphrase: two wordings mean at least
    one misquotes the speaker.

    ## Example
    ```markdown
    The minister called space "a magnificent poem of mankind from the earth to the vast universe."

    Later he repeated that space was "a magnificent song of mankind from the earth to the vast universe."
    ```

    Use instead:
    ```markdown
    The minister called space "a magnificent poem of mankind from the earth to the vast universe."

    Later he repeated that space was "a magnificent poem of mankind from the Earth to the vast universe."
    ```
    """

    code = "QT001"
    name = "quotation-worded-differently"
    severity = Severity.warning
    needs = ("quotation",)

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        """Each reading's findings, one a line: a quotation given again is told once, however
        many places it differs from (a pull quote or a heading of the same words, and the body's
        quotation; the block quotation read both as a quotation and as display text)."""
        told: set[tuple[str, int]] = set()
        for finding in self._readings(ctx):
            place = (str(finding.location.path), finding.location.line)
            if place not in told:
                told.add(place)
                yield finding

    def _readings(self, ctx: CheckContext) -> Iterable[Finding]:
        if _dialogue(ctx):
            return  # a story told in dialogue: its lines are spoken in scenes, not quoted from a record
        quotes: list[tuple[QuotationClaim, list[str], frozenset[str]]] = []
        unframed: list[tuple[QuotationClaim, list[str]]] = []
        short: list[tuple[QuotationClaim, list[str]]] = []  # parts of three to five words
        persons = _person_names(ctx.document)
        for q in [*ctx.claims.of_kind("quotation"), *display_quotations(ctx.document)]:
            if q.block is None and q.footnote is None:
                continue
            if _not_she(q, persons):
                q = q.model_copy(update={"speaker": None})  # "she" is no firm: whose words is unknown
            if q.speaker == "I":
                continue  # the writer's own words in a scene ("“…,” said I"), no one quoted
            if _hypothetical(q) or _instead_of(q):
                continue  # 'you can say, "…"': words someone might say, no one's quotation
            words = _words(q.quote)
            if _LEAD_PART <= len(words) < _MIN_WORDS:
                short.append((q, words))
            if len(words) >= _MIN_WORDS:
                if _framed(ctx, q):
                    quotes.append((q, words, frozenset(words)))
                else:
                    unframed.append((q, words))
        quotes.extend(_named_in_sentence(unframed, quotes))  # compared after the others
        spoken = _spoken(ctx.document)
        introduced = _words_beside(ctx.document)
        occasions: dict[tuple[Any, ...], tuple[str, ...]] = {}

        def occasion(q: QuotationClaim) -> tuple[str, ...]:
            if _key(q) not in occasions:
                occasions[_key(q)] = _occasion_words(ctx.document, q)
            return occasions[_key(q)]

        def apart(a: QuotationClaim, b: QuotationClaim) -> bool:
            """Are the two said at two times the text names?"""
            return _other_occasion(occasion(a), occasion(b))

        reported: set[tuple[Any, ...]] = set()
        for j, (b, wb, sb) in enumerate(quotes):
            for a, wa, sa in quotes[:j]:
                # most pairs share few words: skip them first (a set intersection is cheaper
                # than comparing speakers, and both tests only skip); a pair that shares
                # fewer is read by the alignment alone, when it shares content words enough
                close = not (
                    len(sa & sb) < 0.6 * min(len(sa), len(sb))
                    and len(_stems(sa) & _stems(sb)) < 0.6 * min(len(sa), len(sb))
                    and not _opens_inside(wa, wb)
                    and wa[:_SAME_OPENING] != wb[:_SAME_OPENING]
                )  # ("farm" / "farms": one word, for a quotation recast)
                if not close and len(_stems(sa - _FUNCTION_WORDS) & _stems(sb - _FUNCTION_WORDS)) < _ALIGNED_LEAST:
                    continue
                if not _same_speaker(a.speaker, b.speaker) or not _role_fits(a, b, introduced) or _other_source(a, b):
                    continue
                if apart(a, b):
                    continue  # "at the inquiry in March" / "in a radio interview in September": two sayings
                if _aloud(a, spoken) and _aloud(b, spoken):
                    continue  # two quotations said aloud in a transcript: a record of speech, as spoken
                if _marked_loose(a) or _marked_loose(b):
                    continue  # "in effect, as she puts it, “…”": a paraphrase the writer marks as one
                if _sibling_items(ctx.document, a, b) or _another_entry(a, b):
                    continue  # "1. Anon asks, “…”", "2. Anon asks, “…”": entries of one list
                if _titled(a) or _titled(b):
                    continue  # 'a report called "…"', 'said the report "…" was read': a title
                changes = self._read_close(a, b, wa, wb) if close else None
                if changes is None:
                    # one alignment of the two: a short requote inside a long quotation, a
                    # word swapped, added or dropped, the end reworded
                    changes = _aligned_changes(a.quote, b.quote)
                if not changes or _faithful(a.quote, b.quote):
                    continue
                yield self._differs(a, b, wa, wb, changes)
                reported.update((_key(a), _key(b)))
                break
        yield from self._restated_unframed(ctx.document, unframed, quotes, reported, spoken, apart, introduced)
        yield from self._lead_in_parts(
            quotes, [(q, w) for q, w, _ in quotes] + unframed + short, reported, spoken, apart
        )
        yield from self._pull_quotes(ctx, quotes)
        yield from self._words_given_as(ctx, quotes)
        framed = {_key(q) for q, _, _ in quotes} | {_key(q) for q, _ in short if _framed(ctx, q)}
        every = [(q, w) for q, w, _ in quotes] + unframed + short
        yield from self._fragments(ctx.document, every, framed, reported, spoken, apart)

    @staticmethod
    def _read_close(a: QuotationClaim, b: QuotationClaim, wa: list[str], wb: list[str]) -> list[str] | None:
        """The readings of two quotations that share most of their words: word for word, then
        the near-copy readings (a reworded middle or end, a recast, one sentence recast)."""
        changes = _compare(wa, wb, a.quote, b.quote)
        if changes is None and (ea := _uncontracted(a.quote)) + (eb := _uncontracted(b.quote)) != a.quote + b.quote:
            # "We won't be rebuilding …" for "We are not going to rebuild …": the two
            # compared with their contractions written out
            changes = _compare(_words(ea), _words(eb), ea, eb)
        if changes is None:
            # "… has bought us time, not freedom from drought" and, later, the speaker
            # said the plants "bought us time, not a way out of drought"
            changes = _middle_reworded(wa, wb)
        if changes is None:
            # "We lost the timetable in about ten minutes, and …" and, later, "we lost
            # the timetable in under a quarter of an hour": its first words, then an end
            # of the writer's own (someone's both times: two questions of a survey on
            # one pattern are two questions)
            changes = _reworded_end(wa, wb) if a.speaker and b.speaker else None
        if changes is None:
            # one named speaker both times: a short quotation recast in other words
            # shares fewer content words than two anonymous ones need
            named = _named_same(a.speaker, b.speaker)
            changes = _paraphrase(wa, wb, least=4 if named else 5, body=True)
            if changes is None:
                # one sentence of a quotation of several requoted alone, reworded
                # ("… the trip. It told people the city had finally noticed them." /
                # "told people the city had noticed them at last"): that sentence
                # compared with it, by the measures above
                changes = _one_sentence_recast(a.quote, b.quote, wa, wb, 4 if named else 5)
        return changes

    def _fragments(
        self,
        document: Document,
        every: list[tuple[QuotationClaim, list[str]]],
        framed: set[tuple[Any, ...]],
        reported: set[tuple[Any, ...]],
        spoken: frozenset[tuple[Any, ...]] = frozenset(),
        apart: Callable[[QuotationClaim, QuotationClaim], bool] = lambda a, b: False,
    ) -> Iterable[Finding]:
        """A fragment of a quotation quoted again with a word or two changed ("our cheapest
        flood barrier" for "… our cheapest flood defence, …", "a historic day for tax justice"
        for "… tax fairness"), framed or not: three words or more of it in the longer
        one's order, at most two of its words and two of the longer one's between them
        changed, one a content word; one of the two given as someone's words, the words
        before each sharing a word with those around the other (its speaker, their body),
        and no two named speakers."""
        done = {k for k in reported}
        # each quotation's place and whether it is a title, read once (not once per pair)
        read = [(q, w, _key(q), _titled(q)) for q, w in every]
        for b, wb, kb, titled_b in read:
            if kb in done or not _LEAD_PART <= len(wb) <= _MAX_FRAGMENT or _ELLIPSIS.search(b.quote) or titled_b:
                continue
            framed_b = kb in framed
            for a, wa, ka, titled_a in read:
                if a is b or ka in done or len(wa) < len(wb) or ka == kb or titled_a:
                    continue
                if not (framed_b or ka in framed) or not _same_speaker(a.speaker, b.speaker):
                    continue
                if _other_source(a, b) or apart(a, b):
                    continue
                if a.sentence and a.sentence == b.sentence:
                    continue  # two slogans set side by side ("… under conditions of …", while … “…”)
                if _sibling_items(document, a, b) or _another_entry(a, b):
                    continue  # entries of one list set side by side
                if _aloud(a, spoken) and _aloud(b, spoken):
                    continue  # two quotations said aloud in a transcript: a record of speech, as spoken
                if _marked_loose(a) or _marked_loose(b):
                    continue  # "In effect, she says “…”": a paraphrase the writer marks as one
                if not (_named_same(a.speaker, b.speaker) or (_owned_alike(a, b) and _owned_alike(b, a))):
                    continue
                changes = _fragment_changes(wa, wb)
                if not changes and (changes := _swapped(wa, wb)) and a.location.line > b.location.line:
                    a, wa, b, wb = b, wb, a, wa  # the later of the two is the one given again
                    changes = _swapped(wa, wb)
                if not changes or _faithful(a.quote, b.quote):
                    continue
                yield self._differs(a, b, wa, wb, changes)
                done.update((_key(a), _key(b)))
                break

    def _differs(
        self, a: QuotationClaim, b: QuotationClaim, wa: list[str], wb: list[str], changes: list[str]
    ) -> Finding:
        """The finding for ``b`` worded differently from ``a``, naming the speaker in the
        fuller form of the name (a role, "the minister", is not shown). A recast of one
        sentence of a longer quotation ("We lost two harvests, and with them our savings. The
        children left.") is told against that sentence."""
        # (read with contractions written out: "didn't" is no change from "did not")
        ua, ub = _uncontracted(a.quote), _uncontracted(b.quote)
        changes = _one_sentence_recast(ua, ub, _words(ua), _words(ub), 4) or changes
        return self.finding(
            b,
            f"this quotation{_of_speaker(a, b)} differs from the one at line {a.location.line}: "
            + "; ".join(changes[:3]),
            related=[(a.location, "worded differently here")],
            help="quote the speaker's exact words in both places",
            subject=f"{' '.join(wa)} / {' '.join(wb)}",
        )

    def _lead_in_parts(
        self,
        quotes: list[tuple[QuotationClaim, list[str], frozenset[str]]],
        parts: list[tuple[QuotationClaim, list[str]]],
        reported: set[tuple[Any, ...]],
        spoken: frozenset[tuple[Any, ...]] = frozenset(),
        apart: Callable[[QuotationClaim, QuotationClaim], bool] = lambda a, b: False,
    ) -> Iterable[Finding]:
        """A part of a quotation given again after the writer's own wording of the words
        before it ("… aims that no one who calls in a crisis “should ever hear …”" for "“No
        one who calls in crisis should hear …”"): the words of the sentence before the
        opening mark stand where the longer quotation has its first words (three or more,
        half of them the same), so the part is read from there, and the words it changes
        inside the quotation marks are a changed quotation. The writer's own words are not
        compared, only the quoted ones."""
        for b, wb in parts:
            if _key(b) in reported or not b.sentence:
                continue
            at = b.sentence.find(b.text)
            if at <= 0:
                continue
            before: list[str] | None = None
            for a, wa, sa in quotes:
                if _key(a) == _key(b) or _key(a) in reported or len(wa) < len(wb) + _LEAD_WORDS:
                    continue
                if _aloud(a, spoken) and _aloud(b, spoken):
                    continue
                if (
                    not _same_speaker(a.speaker, b.speaker)
                    or _marked_loose(a)
                    or _marked_loose(b)
                    or _other_source(a, b)
                    or apart(a, b)
                ):
                    continue
                # a word of the part matched below is one of the longer quotation's, inflected
                # or not ("touch" / "touches"): when fewer than half of its words are, no
                # alignment can match half (most pairs end here)
                stems_a = _stems(sa)
                if sum(_stem(w) in stems_a for w in wb) < 0.5 * len(wb):
                    continue
                import difflib  # only when two quotations may be compared: not at every start-up

                blocks = difflib.SequenceMatcher(
                    a=[_stem(w) for w in wa], b=[_stem(w) for w in wb], autojunk=False
                ).get_matching_blocks()
                if sum(m.size for m in blocks) < 0.5 * len(wb):
                    continue
                if before is None:
                    before = _words(b.sentence[:at])
                # where the part would start in the longer quotation: where its first word
                # is, or where a run it shares begins less the words before it in the part
                starts = sorted({i for i, w in enumerate(wa) if w == wb[0]} | {m.a - m.b for m in blocks if m.size})
                # fewer words before the opening mark than the quotation has before the part:
                # they stand for the quotation's words right before it when they end on them
                # ("As Brandt said, on a winter morning “each traveller …”" for "… nobody
                # needed it. On a winter morning, every passenger …"): the part is read from
                # there (one person named in both places, not a role for a name)
                anchor = before[-_LEAD_ANCHOR:]
                anchored = (
                    [
                        i + _LEAD_ANCHOR
                        for i in range(len(wa) - _LEAD_ANCHOR)
                        if wa[i : i + _LEAD_ANCHOR] == anchor and len(before) < i + _LEAD_ANCHOR
                    ]
                    if len(anchor) == _LEAD_ANCHOR and _named_alike(a, b)
                    else []
                )
                changes = None
                for p in anchored + starts:
                    lead = before[-p:] if p else []
                    if p < _LEAD_WORDS:
                        continue
                    if len(lead) < p:
                        if p not in anchored:
                            continue
                    else:
                        same = difflib.SequenceMatcher(a=wa[:p], b=lead, autojunk=False).get_matching_blocks()
                        if sum(m.size for m in same) < max(_LEAD_WORDS, 0.5 * p):
                            continue  # the words before the quotation are not the speaker's first words
                    changes = _compare(wa, wa[:p] + wb, a.quote, " ".join(wa[:p] + wb))
                    if changes is not None:
                        break
                if not changes:
                    continue
                yield self.finding(
                    b,
                    f"this part of the quotation{_of_speaker(a)} at line {a.location.line} is worded differently: "
                    + "; ".join(changes[:3]),
                    related=[(a.location, "quoted in full here")],
                    help="quote the speaker's exact words in both places",
                    subject=f"{' '.join(wa)} / {' '.join(wb)}",
                )
                reported.add(_key(b))
                break

    def _restated_unframed(
        self,
        document: Document,
        unframed: list[tuple[QuotationClaim, list[str]]],
        quotes: list[tuple[QuotationClaim, list[str], frozenset[str]]],
        reported: set[tuple[Any, ...]],
        spoken: frozenset[tuple[Any, ...]] = frozenset(),
        apart: Callable[[QuotationClaim, QuotationClaim], bool] = lambda a, b: False,
        introduced: Callable[[str], str] | None = None,
    ) -> Iterable[Finding]:
        """A quotation given without a verb of saying ("The curator's claim that the museum
        can now “…”", a key-points bullet) that is a quotation given as someone's words
        elsewhere with a word or two changed: the first statement made them that person's
        words, so the second, nearly the same words, restates the quotation. Only a close
        rewording counts (the word-by-word comparison, never a paraphrase), of eight words
        or more."""
        taken = {_key(q) for q, _, _ in quotes}  # named in its sentence
        shown = {
            (article.index, n)
            for article in document.articles
            for n in range(len(article.blocks))
            if unframed and _display_kind(article.blocks, n) is not None
        }
        for b, wb in unframed:
            if len(wb) < _MIN_UNFRAMED or _key(b) in taken:
                continue
            sb = frozenset(wb)
            for a, wa, sa in quotes:
                close = len(sa & sb) >= 0.75 * min(len(sa), len(sb))
                if not close and len(sa & sb) < _ALIGNED_UNFRAMED or _marked_loose(a) or _marked_loose(b):
                    continue
                if a.block == b.block and a.footnote == b.footnote or not _same_owner(a, b, introduced) or apart(a, b):
                    continue
                if _aloud(a, spoken) and _aloud(b, spoken):
                    continue
                if _titled(a) or _titled(b):
                    continue  # 'a report called "…"', 'The report "…" was widely read': a title
                first, second = (a, b) if a.location.line <= b.location.line else (b, a)
                changes = _compare(wa, wb, a.quote, b.quote) if close else None
                if changes is None and (b.article, b.block) not in shown:
                    # aligned as one quotation with a word swapped, added or dropped: a
                    # stronger alignment than between two quotations given as someone's (a
                    # block quotation or a pull quote is read with its article's quotations)
                    changes = _aligned_changes(first.quote, second.quote, _ALIGNED_UNFRAMED, _ALIGNED_UNFRAMED_SHARE)
                if not changes or all("'…'" in c and not _reverses(c) for c in changes):
                    continue  # no word changed for another: words added or left out may be an example's
                if _faithful(first.quote, second.quote):
                    continue  # "[the quay]" for "the north quay": the writer's words, marked
                yield self._differs(first, second, wa, wb, changes)
                reported.add(_key(b))
                break

    def _words_given_as(
        self, ctx: CheckContext, quotes: list[tuple[QuotationClaim, list[str], frozenset[str]]]
    ) -> Iterable[Finding]:
        """Words given as someone's without quotation marks ("As Fontaine puts it, finance
        only follows a reef that can be counted.") compared with that person's quotations:
        the writer presents them as the speaker's words, so they must be the speaker's."""
        named = [(q, w) for q, w, _ in quotes if q.speaker and not q.speaker.startswith("the ")]
        if not named:
            return
        for article in ctx.document.articles:
            for n, block in enumerate(article.blocks):
                if not block.is_prose or block.quoted:
                    continue
                given = (
                    [(m, True) for m in _GIVEN_AS.finditer(block.text)]
                    if " it," in block.text or " words," in block.text
                    else []
                )
                if ":" in block.text:
                    given += [(m, False) for m in _GIVEN_AFTER_COLON.finditer(block.text)]
                for m, recast in given:
                    if _LOOSE.search(block.text[max(0, m.start() - 60) : m.start("rest")]):
                        continue  # "in effect, as she puts it, …": the gist, marked so
                    speaker = m.group("s") or subject_before(block.text, m.start())
                    rest = m.group("rest")
                    wr = _words(rest)
                    if not speaker or len(wr) < _MIN_WORDS:
                        continue
                    for q, wq in named:
                        if q.block == n or not _named_same(q.speaker, speaker):
                            continue
                        changes = _compare(wq, wr, q.quote, rest)
                        if changes is None and recast:
                            # (a summary after a colon is held to the words only when it keeps
                            # most of them in their order: else it is the writer's own)
                            changes = _paraphrase(wq, wr, least=4, body=True)
                        if changes is None and recast:
                            # aligned as one quotation, as strongly as words given without
                            # quotation marks must be
                            changes = _aligned_changes(q.quote, rest, _ALIGNED_UNFRAMED, _ALIGNED_UNFRAMED_SHARE)
                        if not changes:
                            continue
                        yield self.finding(
                            ctx.document.span(block, m.start("rest"), m.end("rest")),
                            f"these words, given as {q.speaker}'s, differ from the quotation at line "
                            f"{q.location.line}: " + "; ".join(changes[:3]),
                            related=[(q.location, "quoted here")],
                            help="quote the speaker's exact words, in quotation marks, or say it is a paraphrase",
                            subject=f"{' '.join(wq)} / {' '.join(wr)}",
                        )
                        break

    def _pull_quotes(
        self, ctx: CheckContext, quotes: list[tuple[QuotationClaim, list[str], frozenset[str]]]
    ) -> Iterable[Finding]:
        """A pull quote (display text repeating a quotation, often set without quotation
        marks) compared with the quotations of its article's body by the same measures."""
        for article in ctx.document.articles:
            prose_words: list[str] | None = None  # read at the first pull quote, once per article
            by_block: list[tuple[int, list[str]]] | None = None  # the same, block by block (_block_words)
            unjoinable = False
            body = [(q, w, sq) for q, w, sq in quotes if q.article == article.index]
            for n, block in enumerate(article.blocks):
                shown = _display_kind(article.blocks, n)
                if shown is None:
                    continue
                text = _pull_quote_text(block.text)
                wp = _words(text)
                if len(wp) < _MIN_WORDS:
                    continue
                if block.is_prose:  # a block quotation: the rest of the article's prose
                    if by_block is None and not unjoinable:
                        by_block = _block_words(article.blocks)
                        unjoinable = by_block is None
                    if by_block is not None:  # each block's words read once, not once per block quotation
                        around = [w for k, words in by_block if k != n for w in words]
                    else:
                        others = " ".join(b.text for k, b in enumerate(article.blocks) if b.is_prose and k != n)
                        around = _words(others)
                else:
                    if prose_words is None:
                        prose_words = _words(" ".join(b.text for b in article.blocks if b.is_prose))
                    around = prose_words
                if _contains(around, wp):
                    continue  # repeats the article's own words (prose or a quotation) as they are
                found = _reworded_quotation(body, n, shown == _SET_APART, wp, text)
                if found is None:
                    continue
                q, wq, changes = found
                yield self.finding(
                    ctx.document.span(block, 0, len(block.text)),
                    f"this {shown} differs from the quotation{_of_speaker(q)} at line {q.location.line}: "
                    + "; ".join(changes[:3]),
                    related=[(q.location, "quoted in the text here")],
                    help=f"set the speaker's exact words in the {shown}",
                    subject=f"{' '.join(wq)} / {' '.join(wp)}",
                )


_SET_APART = "paragraph set apart as the speaker's words"

#: blocks that are not prose but may display a speaker's words in quotation marks: a
#: heading ("## “We are not selling the rail business”"), a table cell, a caption
_DISPLAY_KINDS = frozenset({BlockKind.heading, BlockKind.title, BlockKind.table, BlockKind.caption})


def display_quotations(document: Document) -> Iterator[QuotationClaim]:
    """The quotations of headings, table cells and captions (claims are read from prose
    only): a heading or a table that quotes a speaker shows the speaker's words as the
    body does, and is held to them. A table row's quotation is read with its table's first
    row before it, as the words that say whose the quotations are ("| What the airport
    says |")."""
    for article in document.articles:
        header: str | None = None
        for n, block in enumerate(article.blocks):
            if block.kind is not BlockKind.table:
                header = None
            elif header is None:
                header = block.text
            if block.kind not in _DISPLAY_KINDS or not any(c in block.text for c in "“\"‘'"):
                continue
            unit = TextUnit(doc=document, article=article.index, text=block.text, owner=block, block=n)
            for q in extract_quotations([unit]):
                if header is not None and header != block.text and q.sentence:
                    q = q.model_copy(update={"sentence": f"{header} | {q.sentence}"})
                yield q


def _of_speaker(*quotes: QuotationClaim) -> str:
    """ " of NAME" for a finding's message: the fullest name among the quotations'
    speakers (a role, "the minister", is not shown), or nothing."""
    names = (q.speaker for q in quotes if q.speaker and not q.speaker.startswith("the "))
    speaker = max(names, key=len, default="")
    return f" of {speaker}" if speaker else ""


#: a paragraph that opens with a quotation mark: a line of dialogue
_OPENS_SPEECH = re.compile(r"^\s*[“\"‘]")


def _dialogue(ctx: CheckContext) -> bool:
    """Is the document a story told in dialogue (a novel's chapter, a play): at least a
    quarter of its paragraphs, and twelve or more, open with a quotation mark? Its
    characters repeat and vary their lines ("I would prefer not to"); no one is misquoted."""
    blocks = [b for b in ctx.document.iter_blocks() if b.kind == BlockKind.paragraph]
    spoken = sum(1 for b in blocks if _OPENS_SPEECH.match(b.text))
    return spoken >= 12 and 4 * spoken >= len(blocks)


def _block_words(blocks: Sequence[Block]) -> list[tuple[int, list[str]]] | None:
    """The :func:`_words` of each prose block, with its index, when the words of any of
    them joined by spaces are these lists in turn: no block leaves a parenthesis or a
    bracket open, so no gloss or editorial insertion :func:`_words` removes runs from one
    block into the next (else None). Normalising, case folding and splitting into words
    never join two characters across the space between two blocks."""
    out: list[tuple[int, list[str]]] = []
    for k, b in enumerate(blocks):
        if not b.is_prose:
            continue
        t = unicodedata.normalize("NFKC", b.text).casefold()
        if t.rfind("(") > t.rfind(")"):
            return None
        t = _CJK_GLOSS.sub(" ", t)
        if t.rfind("[") > t.rfind("]"):
            return None
        out.append((k, _words(b.text)))
    return out


def _display_kind(blocks: Sequence[Block], n: int) -> str | None:
    """What block ``n`` is shown as when it displays someone's words (a pull quote, a block
    quotation, or a paragraph set apart as the speaker's words), else ``None``."""
    block = blocks[n]
    if block.kind is BlockKind.pull_quote:
        return "pull quote"
    if block.quoted and block.is_prose:
        return "block quotation"
    if _unmarked_first_person(blocks, n) is None:
        return None  # neither introduced nor set apart (each asks this first)
    if _introduced(blocks, n):
        return "block quotation"
    return _SET_APART if _set_apart(blocks, n) else None


def _reworded_quotation(
    body: list[tuple[QuotationClaim, list[str], frozenset[str]]], n: int, unmarked: bool, wp: list[str], text: str
) -> tuple[QuotationClaim, list[str], list[str]] | None:
    """The first quotation of the article that the display text ``text`` (words ``wp``,
    block ``n``) rewords, with the changes; ``None`` when it repeats one word for word."""
    sp = frozenset(wp)
    found = None
    for q, wq, sq in body:
        if q.block == n or (unmarked and q.block != n - 1):
            continue  # a quotation inside the block quotation itself
        close = len(sq & sp) >= 0.6 * min(len(sq), len(sp))
        if close and (wq == wp or _excerpt_of(q.quote, text)):
            return None  # the pull quote repeats this quotation word for word
        changes = (
            (_compare(wq, wp, q.quote, text) if close else None)
            or _paraphrase(wq, wp)
            or _aligned_changes(q.quote, text, _ALIGNED_UNFRAMED, _ALIGNED_UNFRAMED_SHARE)
        )
        if changes and found is None:  # no change left once cuts are set aside: the same words
            found = (q, wq, changes)
    return found


# -- one alignment of two quotations ---------------------------------------------------------
#
# Two quotations are read as word tokens (case, typographic quotes, hyphens and contractions
# set aside) and aligned locally (Smith-Waterman), so that a short requote inside a long
# quotation, or a long requote of a short one, finds its place. Content words weigh more
# than small words; a cut marked by an ellipsis or an editorial insertion in square
# brackets, and a quotation cut at either end, are legitimate editing, never a change.

#: the weight of a matched small word and of a matched content word, and what a changed
#: word and a word only one side has cost
_SMALL, _CONTENT = 0.3, 1.0
_MISMATCH, _GAP = -0.6, -0.5
#: the cut marker (an ellipsis, an editorial insertion in square brackets)
_CUT_MARK = "\x00"


@functools.lru_cache(maxsize=4096)
def _tokens(text: str) -> tuple[tuple[str, ...], frozenset[int]]:
    """The words of a quotation (contractions written out) and the positions where it is
    cut: ``k`` is in the set when an ellipsis or a bracketed insertion stands right before
    its ``k``-th word (``len(words)`` when one ends it)."""
    t = _ELLIPSIS.sub(f" {_CUT_MARK} ", _uncontracted(_BRACKETED_LETTER.sub(r"\1", text)))
    t = unicodedata.normalize("NFKC", t).casefold()
    t = _CJK_GLOSS.sub(" ", t)
    t = _EDITORIAL.sub(f" {_CUT_MARK} ", t)
    t = t.replace("-", " ")
    words: list[str] = []
    cuts: set[int] = set()
    for w in re.findall(rf"\w+|{_CUT_MARK}", t):
        if w == _CUT_MARK:
            cuts.add(len(words))
        else:
            words.append(w)
    return tuple(words), frozenset(cuts)


def _bracketed_for(a: str, b: str) -> bool:
    """Are the words one of two quotations leaves out only where the other sets words of its
    writer's own in square brackets ("We will reopen [the quay] before …" for "We will reopen
    the north quay before …")? The brackets mark the change as the writer's: the quotation
    is given faithfully."""
    import difflib  # only for a pair already found to differ

    for long, short in ((a, b), (b, a)):
        if "[" not in short:
            continue
        ws, cuts = _tokens(short)
        wl, _ = _tokens(long)
        ops = difflib.SequenceMatcher(a=wl, b=ws, autojunk=False).get_opcodes()
        if all(op == "equal" or (op == "delete" and j1 in cuts) for op, _, _, j1, _ in ops):
            return True
    return False


def _weight(word: str) -> float:
    return _SMALL if word in _FUNCTION_WORDS or word in _NUMBER_WORDS and not word.isdigit() else _CONTENT


def _same_word(x: str, y: str) -> bool:
    """One word, or one word inflected ("runs" / "running", "pretend" / "pretending", and the
    irregular forms of a common verb: "spend" / "spent", "take" / "took" / "taken")."""
    if x == y:
        return True
    if (bx := _IRREGULAR.get(x)) is not None and bx == _IRREGULAR.get(y):
        return True
    short, long = sorted((x, y), key=len)
    if len(short) == 3 and short not in _FUNCTION_WORDS:
        # a verb or a noun of three letters and its regular forms: "add" / "adds" / "added",
        # "cut" / "cutting", "aim" / "aims"
        return long in {
            short + "s",
            short + "es",
            short + "ed",
            short + "ing",
            short + short[-1] + "ed",
            short + short[-1] + "ing",
        }
    return len(x) > 3 and len(y) > 3 and (_stem(x) == _stem(y) or _inflected(x, y))


#: the forms of the common irregular verbs, each to its base (a quotation requoted with a
#: verb in another tense keeps that word: "every pound we spend" / "every pound spent")
_IRREGULAR = {
    form: forms.split()[0]
    for forms in """spend spends spent; send sends sent; lend lends lent; build builds built; bend bends bent;
    lose loses lost; pay pays paid; make makes made; keep keeps kept; leave leaves left; tell tells told;
    sell sells sold; buy buys bought; bring brings brought; think thinks thought; take takes took taken;
    give gives gave given; go goes went gone; come comes came; get gets got gotten; say says said;
    see sees saw seen; find finds found; hold holds held; stand stands stood; feel feels felt;
    meet meets met; run runs ran; win wins won; begin begins began begun; rise rises rose risen;
    fall falls fell fallen; grow grows grew grown; know knows knew known; write writes wrote written;
    speak speaks spoke spoken; break breaks broke broken; choose chooses chose chosen;
    drive drives drove driven; teach teaches taught; catch catches caught; fight fights fought;
    seek seeks sought; sit sits sat; lead leads led; bear bears bore borne; wear wears wore worn;
    forget forgets forgot forgotten; understand understands understood; lay lays laid; mean means meant""".split(";")
    for form in forms.split()
}


def _free(k: int, own: frozenset[int], at: int, other: frozenset[int]) -> bool:
    """Is the ``k``-th word of one quotation, which the other lacks at its position
    ``at``, legitimate editing? Yes at a cut of the other (words an ellipsis or a bracketed
    insertion leaves out), and for a word of its own right at one of its cuts (a word fitted
    to the cut: "The old system … had a debt label")"""
    return at in other or k in own or k + 1 in own


@dataclasses.dataclass(frozen=True)
class Alignment:
    """How two quotations line up: the words matched (pairs of positions), the content words
    among them, the content words of each quotation, and the changes (a run of one's words
    against the other's at the same place, legitimate cuts set aside)."""

    pairs: tuple[tuple[int, int], ...]
    matched_content: int
    content_a: int
    content_b: int
    changes: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]

    @property
    def coverage(self) -> float:
        """The matched content words as a share of the content words of the quotation with
        fewer of them."""
        least = min(self.content_a, self.content_b)
        return self.matched_content / least if least else 0.0

    @property
    def changed_content(self) -> int:
        """The content words the changes take out or put in, of the side with more."""
        return max(sum(w not in _FUNCTION_WORDS for change in self.changes for w in change[k]) for k in (0, 1))

    def describe(self) -> list[str]:
        return [f"'{' '.join(x) or '…'}' → '{' '.join(y) or '…'}'" for x, y in self.changes]


def align(a: str, b: str) -> Alignment:
    """The local alignment of quotations ``a`` and ``b`` (their text, ellipses and
    bracketed insertions included) and its changes."""
    wa, ca = _tokens(a)
    wb, cb = _tokens(b)
    return _align(wa, ca, wb, cb)


@functools.lru_cache(maxsize=4096)
def _align(wa: tuple[str, ...], ca: frozenset[int], wb: tuple[str, ...], cb: frozenset[int]) -> Alignment:
    if len(wa) < len(wb):
        flipped = _align(wb, cb, wa, ca)
        return dataclasses.replace(
            flipped,
            pairs=tuple((q, p) for p, q in flipped.pairs),
            content_a=flipped.content_b,
            content_b=flipped.content_a,
            changes=tuple((y, x) for x, y in flipped.changes),
        )
    # the shorter quotation (b) is aligned whole, the longer (a) from any word to any word:
    # the words of a before and after the part b quotes are a cut, never a change
    n, m = len(wa), len(wb)

    def skip_a(i: int, j: int) -> float:  # wa[i] left out of b at b's position j
        return 0.0 if _free(i, ca, j, cb) else _GAP

    def skip_b(j: int, i: int) -> float:  # wb[j] not in a, at a's position i
        return 0.0 if _free(j, cb, i, ca) else _GAP

    def pair(i: int, j: int) -> float:
        return _weight(wa[i]) if _same_word(wa[i], wb[j]) else _MISMATCH

    H = [[0.0] * (m + 1) for _ in range(n + 1)]
    for j in range(1, m + 1):
        H[0][j] = H[0][j - 1] + skip_b(j - 1, 0)
    for i in range(1, n + 1):
        row, prev = H[i], H[i - 1]
        for j in range(1, m + 1):
            row[j] = max(prev[j - 1] + pair(i - 1, j - 1), prev[j] + skip_a(i - 1, j), row[j - 1] + skip_b(j - 1, i))
    end = max(range(n + 1), key=lambda i: H[i][m])
    # trace back from the end of b to its start, each step with whether it is free
    i, j = end, m
    steps: list[tuple[int | None, int | None, bool]] = []
    while j > 0:
        s = H[i][j]
        if i > 0 and abs(s - (H[i - 1][j - 1] + pair(i - 1, j - 1))) < 1e-9:
            steps.append((i - 1, j - 1, False))
            i, j = i - 1, j - 1
        elif i > 0 and abs(s - (H[i - 1][j] + skip_a(i - 1, j))) < 1e-9:
            steps.append((i - 1, None, skip_a(i - 1, j) == 0.0))
            i -= 1
        else:
            steps.append((None, j - 1, skip_b(j - 1, i) == 0.0))
            j -= 1
    steps.reverse()
    # a's words skipped before b's first match or after its last are where b starts or ends
    # its part: a cut
    while steps and steps[0][1] is None:
        steps.pop(0)
    while steps and steps[-1][1] is None:
        steps.pop()
    pairs = tuple((p, q) for p, q, _ in steps if p is not None and q is not None and _same_word(wa[p], wb[q]))
    changes: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
    run_a: list[str] = []
    run_b: list[str] = []
    for p, q, free in steps:
        if p is not None and q is not None and _same_word(wa[p], wb[q]):
            if run_a or run_b:
                changes.append((tuple(run_a), tuple(run_b)))
                run_a, run_b = [], []
        elif not free:
            if p is not None:
                run_a.append(wa[p])
            if q is not None:
                run_b.append(wb[q])
    if run_a or run_b:
        changes.append((tuple(run_a), tuple(run_b)))
    if pairs and changes:
        # b's own words before its first match or after its last stand for the words of a
        # there (shown so: "'on saturday' → 'at the weekend'")
        first, last = pairs[0][0], pairs[-1][0]
        if steps[0][0] is None and not changes[0][0]:
            k = len(changes[0][1])
            changes[0] = (wa[max(0, first - k) : first], changes[0][1])
        if steps[-1][0] is None and not changes[-1][0]:
            k = len(changes[-1][1])
            changes[-1] = (wa[last + 1 : last + 1 + k], changes[-1][1])
    return Alignment(
        pairs=pairs,
        matched_content=sum(wa[p] not in _FUNCTION_WORDS for p, _ in pairs),
        content_a=_content_count(wa),
        content_b=_content_count(wb),
        changes=tuple(changes),
    )


def _matchable_content(a: str, b: str) -> int:
    """At most how many content words an alignment of ``a`` and ``b`` can match: a word
    matches only a word with its first four letters (:func:`_same_word`)."""
    wa, wb = _tokens(a)[0], _tokens(b)[0]
    ka = [w[:4] for w in wa if w not in _FUNCTION_WORDS]
    kb = [w[:4] for w in wb if w not in _FUNCTION_WORDS]
    sa, sb = frozenset(ka), frozenset(kb)
    return min(sum(k in sb for k in ka), sum(k in sa for k in kb))


def _content_count(words: Sequence[str]) -> int:
    return sum(w not in _FUNCTION_WORDS for w in words)


#: the least content words two quotations given as someone's must share in order to be
#: read as one, and the least share of the content words of the one with fewer
_ALIGNED_LEAST = 4
_ALIGNED_SHARE = 0.6
#: the same for a quotation given without a verb of saying (a pull quote, a bullet): it is
#: held to a quotation only when it aligns more strongly
_ALIGNED_UNFRAMED = 5
_ALIGNED_UNFRAMED_SHARE = 0.6


def _aligned_changes(a: str, b: str, least: int = _ALIGNED_LEAST, share: float = _ALIGNED_SHARE) -> list[str] | None:
    """The changes that turn quotation ``a`` into ``b`` when the two align strongly (``least``
    content words or more in the same order, ``share`` of the content words of the one with
    fewer, and fewer content words changed than kept); ``[]`` when they are the same words
    once legitimate editing (cuts at either end, an ellipsis, an insertion in square
    brackets) is set aside; None when they do not align as one quotation."""
    if _matchable_content(a, b) < least:
        return None  # (most pairs: no alignment can match as many content words)
    al = align(a, b)
    if al.matched_content < least or al.coverage < share or al.changed_content >= al.matched_content:
        return None
    return al.describe()
