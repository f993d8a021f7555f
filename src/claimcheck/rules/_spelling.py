"""Spelling variants of one proper name: a letter swapped, dropped, doubled or changed, or an
accent dropped ("Okonkwo" / "Okonkow", "Gdańsk" / "Gdansk"). Used by NM001.

Two capitalised words (a hyphenated surname, "Diallo-Keita", or one with an apostrophe,
"O'Sullivan", is one word, and a prefix's capital, "McCarthy", is no inner capital) are taken for
one name written two ways only on the document's own evidence: both at least five letters, one edit apart (an adjacent swap counts one) and never at
the first letter (Hansen / Jansen are two names) nor a change of the last letter only (plurals,
possessives, inflections: Mann / Mans, Korea / Korean; a last letter doubled is a slip,
Lindgren / Lindgrenn), neither written in lower case anywhere
in the document (then it is a common word), never in one sentence together (a list of different
people), not preceded or followed by different names (Anna Berger / Tomas Burger), not both
romanised Chinese syllables (Zhang / Zheng are two surnames), and the later,
rarer form used once or twice. A consonant changed for another is another name, except
letters that spell one sound (v / u, w / v, u / w, f / v, c / k, s / z, j / y, and ph / f, ks /
x, ij / y inside the name: Lindqvist / Lindquist, Heijden / Heyden) in the surname of a person
introduced by a given name (the particles between, "van der", "de", are passed over).
Where the document says twice that both forms are one person's surname (a given name before
the house form, a title or the same given name before the other, see :func:`_named_person`),
the changes that make other words elsewhere are slips too: a last vowel changed, a vowel or a
letter added at or before the ending, and in a four-letter surname after a title a doubled
letter written once. A capitalised word written before the given name ("Kapitän Jörn
Kallmeyer") is that person's title before the other form ("Kapitän Kalmeyer"). The same
particles before both forms, a compound's same first part, and the same surname after two
given names are that evidence too (see :func:`_persons_slip`); a surname's last i / y is a
letter of one sound; a silent e added to or dropped from the surname of a person introduced
by a given name, written alone ("Ragna Østby" / "Østbye"), is a slip; particles written joined and apart ("Lemoal" / "Le Moal") are compared
by :func:`_particle_variants`.
"""

from __future__ import annotations

import bisect
from claimcheck import lazyre as re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Callable, Iterable

from claimcheck.data.calendar import MONTH_NAMES, WEEKDAY_NAMES
from claimcheck.data.pinyin import is_pinyin_given_name
from claimcheck.document import Block, Footnote, Location
from claimcheck.extract.subjects import country_words
from claimcheck.text import one_edit

__all__ = [
    "GERMAN_WORDS",
    "SpellingVariant",
    "author_slips",
    "capitalises_nouns",
    "fold",
    "one_edit",
    "spelling_variants",
]

_MIN_LETTERS = 5
_MAX_RARE = 2
_VOWELS = set("aeiouy")
# a capitalised word of letters (any script), not part of a hyphenated compound or an identifier;
# a possessive ending is left out of the word
# (a hyphenated surname is one word: "Diallo-Keita")
_WORD_BODY = r"([^\W\d_][^\W\d_]*(?:-[^\W\d_]+|['’][A-Z][^\W\d_]+)*)(?:['’]s)?(?![\w'’-])"
_WORD = re.compile(r"(?<![\w'’-])" + _WORD_BODY)
# _WORD at a word that starts with an ASCII capital or a letter outside ASCII: a word of
# _WORD starts only where no letter is before it, so these are its matches with such a start
# (its first letter is matched first, and what stands before it tested after it: the scan
# skips to the capitals and the letters outside ASCII instead of trying every place)
_MAYBE_CAPITAL_WORD = re.compile(r"([A-Z\u0080-\U0010ffff](?<![\w'’-].)(?<=[^\W\d_])" + _WORD_BODY[len(r"([^\W\d_]") :])
assert _WORD_BODY.startswith(r"([^\W\d_]")
# _WORD's words that open with a lower-case ASCII letter, in a text whose letters, digits
# and underscores are all ASCII (:func:`_lower_words_of`): there _WORD's classes are these
# (the first letter matched first and what stands before it tested after it, as in
# _MAYBE_CAPITAL_WORD: a third fewer instructions than _WORD on the realdocs' Markdown)
_LOWER_ASCII_WORD = re.compile(
    r"([a-z](?<![A-Za-z0-9_'’-].)[A-Za-z]*(?:-[A-Za-z]+|['’][A-Z][A-Za-z]+)*)(?:['’]s)?(?![A-Za-z0-9_'’-])"
)
#: a letter, digit or underscore outside ASCII
_WORD_OUTSIDE_ASCII = re.compile(r"[^\W\x00-\x7f]")
_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i", "ß": "ss"})
# capitalised words that open sentences and are no given names
#: month and weekday names: a capitalised word, never a name's form
_CALENDAR_WORDS = MONTH_NAMES | WEEKDAY_NAMES
_NOT_GIVEN = frozenset(
    "the a an then but and when while after before since as if so yet in on at for with by "
    "according however later today also still only even this that there here".split()
)
# letters that spell one sound in names written in several traditions (Lindqvist /
# Lindquist, Wolkowa / Wolkova, Gustafsson / Gustavsson, Nicolai / Nikolai, Weiss / Weisz,
# Ilja / Ilya; and two letters for one, see _SOUNDS): one for the other is a slip only in
# the name of a person the document introduces by a given name (see :func:`_person`)
_ALTERNATIONS = frozenset(frozenset(p) for p in ("uv", "vw", "uw", "fv", "ck", "sz", "jy"))
# ``[.!?;:]\s|\n\s*\n``, its first character matched first (the scan skips to it)
_SENTENCE = re.compile(r"[.!?;:\n](?:(?<=[.!?;:])\s|(?<=\n)\s*\n)")
# the particles between a given name and a surname ("Marieke van der Heijden", "Carla de
# Vasconcellos"), in any case: "Van der" at a sentence start is the same particle
# (and the Irish "na" of a name, "Bord na Móna", "Conradh na Gaeilge")
_PARTICLES = frozenset("van von der den de da di du del della dos das do ter ten la le na".split())
_PARTICLE = r"(?i:van|von|der|den|de|da|di|du|del|della|dos|das|do|ter|ten|la|le|na)"
# the word just before a name, past its particles, and the one just after it (a possessive between);
# a title's full stop ("Ms. Sæterdahl", "Dr. Kaboré") is passed over
_PREV_WORD = re.compile(r"([^\W\d_]+)(\.?)\s+(?:" + _PARTICLE + r"\s+)*$")
# the same for a slice ending at the name, tried only where a word starts: a match starting
# inside a word would also match from the word's start, which comes first (so the match is
# the same), and each word is no longer read again from each of its letters
_PREV_WORD_OF_SLICE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)(\.?)\s+(?:" + _PARTICLE + r"\s+)*$")
# _PREV_WORD_OF_SLICE read backwards from the slice's end (on the reversed slice, matched at
# its start): its match is the one starting furthest left, i.e. the longest match of the
# reversed form (the most particles); searching forwards tried every place of the slice
_PREV_WORD_REVERSED = re.compile(
    r"(?:\s+(?i:"
    + "|".join(w[::-1] for w in _PARTICLE[len("(?i:") : -1].split("|"))
    + r"))*\s+\.?[^\W\d_]+(?![^\W\d_])"
)


def _prev_word_of_slice(before: str) -> re.Match[str] | None:
    """``_PREV_WORD_OF_SLICE.search(before)``, found from the end of ``before``."""
    back = _PREV_WORD_REVERSED.match(before[::-1])
    return None if back is None else _PREV_WORD_OF_SLICE.match(before, len(before) - back.end())


# titles and honorifics: the closed class of words written before a person's name that are no
# given names ("Dr Fiona McAllister", "Councillor MacAllister's", "Ms. Sæterdahl"). A title
# says who is meant as a given name does, more weakly: two forms after the same title may be
# one person, after two different titles they are not taken for one
TITLES = frozenset(
    "mr mrs ms miss mx dr doctor prof professor sir dame lord lady councillor cllr alderman judge "
    "justice senator minister president governor mayor general colonel captain capt major "
    "lieutenant sergeant inspector constable rev reverend father sister brother bishop archbishop "
    "dean chancellor commissioner ambassador chief director secretary chair chairman chairwoman "
    "deputy sheriff admiral commander commodore officer rabbi imam sheikh".split()
)
# an apposition that presents a name as one the reader does not know yet: "Salzberg, a village"
_INTRODUCED = re.compile(r"(?:['’]s)?,\s+(?:a|an)\s+[a-z]")
#: a verb of saying after a name, perhaps with an auxiliary and an adverb: a person is meant
_SPEAKS = re.compile(
    r"(?:['’]s)?[ \t]+(?:(?:has|had|have|was|is)[ \t]+)?(?:also[ \t]+|since[ \t]+|previously[ \t]+)?"
    r"(?:said|says|noted|notes|argued|argues|wrote|writes|told|added|adds|explained|explains|warned|warns|"
    r"observed|observes|suggested|suggests|pointed|insisted|insists|recalled|recalls|cautioned|cautions)\b"
)
_NEXT_WORD = re.compile(r"(?:['’]s)?[ \t]+([^\W\d_]+)")


@lru_cache(maxsize=8192)
def fold(word: str) -> str:
    """``word`` without accents: "Wiśniewska" -> "Wisniewska", "Łódź" -> "Lodz"."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _folded_len(word: str) -> int:
    """``len(fold(word).lower())`` (an ASCII word folds to itself)."""
    return len(word) if word.isascii() else len(fold(word).lower())


@dataclass
class _Form:
    surface: str
    locs: list[tuple[Location, int, int, bool]] = field(
        default_factory=list
    )  # (location, block index, offset, sentence start)
    before: set[str] = field(default_factory=set)  # given names written just before
    # capitalised words just before that start a sentence: given names unless the document
    # writes them in lower case too ("Anna Berger said", not "Then Berger said")
    before_start: set[str] = field(default_factory=set)
    after: set[str] = field(default_factory=set)  # names written just after ("Zhang Wei")
    bare: bool = False  # written somewhere with no name just after it
    titles: set[str] = field(default_factory=set)  # titles written before ("Dr", "Councillor")
    # capitalised words written before the given name ("Kapitän" of "Kapitän Jörn Kallmeyer"):
    # the same word before the surname alone names that person as a title does
    outer: set[str] = field(default_factory=set)
    introduced: bool = False  # written with an apposition that presents it: "Salzberg, a village …"
    # the particles written just before, in lower case ("van der" of "Hendrik van der Woude")
    particles: set[str] = field(default_factory=set)
    speaks: bool = False  # written before a verb of saying: "Castellano has noted", "Ruiz argues"


@dataclass
class SpellingVariant:
    main: str
    main_locs: list[tuple[Location, int, int, bool]]
    variant: str
    variant_locs: list[tuple[Location, int, int, bool]]
    accent_only: bool


def _sentence_of(text: str, offset: int, breaks: list[tuple[int, int]] | None = None) -> tuple[int, int]:
    """(start, end) of the sentence around ``offset`` (the start of a word). ``breaks``: the
    sentence breaks of ``text`` as (start, end) pairs, in order (:func:`_breaks`), when the
    caller asks for many offsets of one text."""
    if breaks is None:
        starts = [m.end() for m in _SENTENCE.finditer(text, 0, offset)]
        start = starts[-1] if starts else 0
        m = _SENTENCE.search(text, offset)
        return start, (m.start() if m else len(text))
    # a break never runs into the word at ``offset`` (a break ends in a space), so the last
    # one ending at or before it and the first one starting at or after it are those the
    # two searches above find
    i = bisect.bisect_right(breaks, offset, key=lambda br: br[1])
    start = breaks[i - 1][1] if i else 0
    j = bisect.bisect_left(breaks, offset, key=lambda br: br[0])
    return start, (breaks[j][0] if j < len(breaks) else len(text))


def _breaks(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _SENTENCE.finditer(text)]


_Collected = tuple[dict[str, "_Form"], set[str], dict[str, set[tuple[int, tuple[int, int]]]]]
#: the last (blocks, sentence_start, forms collected from them): NM001 reads one document's
#: prose for its spelling variants and again for its authors' slips (the second only adds
#: what the first would: the given names it fills in, the places it locates)
_LAST_COLLECTED: list[tuple[list[tuple[Block, str]], int, Callable[[str, int], bool], _Collected]] = []


def _collect_forms(
    blocks: list[tuple[Block, str]],
    locate: Callable[[Block, int], Location],
    sentence_start: Callable[[str, int], bool],
) -> _Collected:
    """The capitalised forms written, with where and between which capitalised words; the
    words written in lower case; the sentences each form stands in (collected once for the
    same list of blocks, :data:`_LAST_COLLECTED`)."""
    if _LAST_COLLECTED:
        last_blocks, size, last_start, got = _LAST_COLLECTED[0]
        if last_blocks is blocks and size == len(blocks) and last_start is sentence_start:
            return got
        _LAST_COLLECTED.clear()
    got = _collect_forms_of(blocks, sentence_start)
    _LAST_COLLECTED.append((blocks, len(blocks), sentence_start, got))
    return got


#: a capitalised word right after a word: a surname after a given name
_NEXT_CAPITAL = re.compile(r"[ \t]+[A-Z\u00c0-\u024f][^\W\d_]")


def _short_given(text: str, m: re.Match[str], size: int) -> bool:
    """A given name of three or four letters before a surname ("Siân Morcombe", "Zoe
    Hart"), or a short last word of a name after its first, past the particles ("Bord na
    Móna", "Museu da Maré"): read only for its accents (see :func:`spelling_variants`)."""
    if size < 3:
        return False
    if _NEXT_CAPITAL.match(text, m.end(1)):
        return True
    prev = _prev_word_of_slice(text[max(0, m.start() - 40) : m.start()])
    return (
        prev is not None
        and not prev.group(2)
        and prev.group(1)[0].isupper()
        and not prev.group(1).isupper()
        and prev.group(1).lower() not in _NOT_GIVEN | _PARTICLES
    )


def _lower_words_of(text: str) -> list[str]:
    """The words of :data:`_WORD` in ``text`` that do not start with a capital
    (``[w for w in _WORD.findall(text) if not w[0].isupper()]``). A text with no letter,
    digit or underscore outside ASCII is read by :data:`_LOWER_ASCII_WORD`, which only
    tries places where a lower-case ASCII letter starts a word (the test of a Unicode
    category at every character is what makes :data:`_WORD` slow)."""
    if text.isascii() or not _WORD_OUTSIDE_ASCII.search(text):
        return _LOWER_ASCII_WORD.findall(text)
    return [w for w in _WORD.findall(text) if not w[0].isupper()]


def _collect_forms_of(blocks: list[tuple[Block, str]], sentence_start: Callable[[str, int], bool]) -> _Collected:
    forms: dict[str, _Form] = {}
    written: set[str] = set()  # every word not capitalised, to find those written in lower case (below)
    passed: set[str] = set()  # the capitalised words that are no name's form
    # the folded length of the words that pass every test of the word itself, but are
    # short: judged again at each place only by what stands around it (a title, a surname)
    short: dict[str, int] = {}
    sentences: dict[str, set[tuple[int, tuple[int, int]]]] = {}
    for bi, (_block, text) in enumerate(blocks):
        written.update(_lower_words_of(text))
        breaks = _breaks(text)
        break_starts = [b for b, _ in breaks]
        break_ends = [e for _, e in breaks]
        # the words of _WORD that may start with a capital (not those in ASCII lower case)
        for m in _MAYBE_CAPITAL_WORD.finditer(text):
            word = m.group(1)
            form = forms.get(word)
            if form is None:  # each word is judged once (a short one at each place)
                if word in passed:
                    continue
                size = short.get(word, -1)
                if size < 0:
                    size = _folded_len(word)
                    if (
                        not word[0].isupper()
                        or word.isupper()
                        or not _name_parts(word)
                        or word.lower() in _CALENDAR_WORDS  # "March" is a month, never a slip for "Murch"
                    ):
                        passed.add(word)
                        continue
                    if size < _MIN_LETTERS:
                        short[word] = size
                if size < _MIN_LETTERS - 1 and not _short_given(text, m, size):
                    passed.add(word)
                    continue
                if size < _MIN_LETTERS and not _after_title(text, m.start()) and not _short_given(text, m, size):
                    continue  # a short surname only after a title ("Mr Cori"), see _short_slip
                form = forms[word] = _Form(word)
            elif (
                _folded_len(word) < _MIN_LETTERS
                and not _after_title(text, m.start())
                and not _short_given(text, m, _folded_len(word))
            ):
                continue
            start = sentence_start(text, m.start())
            # the place is located only for the forms reported (spelling_variants)
            form.locs.append((None, bi, m.start(), start))  # type: ignore[arg-type]
            # the sentence around it (as _sentence_of finds it, by bisection on the breaks'
            # starts and ends, read once per block)
            i = bisect.bisect_right(break_ends, m.start())
            j = bisect.bisect_left(break_starts, m.start())
            around = (break_ends[i - 1] if i else 0, break_starts[j] if j < len(breaks) else len(text))
            sentences.setdefault(word, set()).add((bi, around))
            before = text[max(0, m.start() - 60) : m.start()]
            particles = _particles_before(before)
            if particles:
                form.particles.add(particles)
            prev = _prev_word_of_slice(before)
            if prev and prev.group(2) and prev.group(1).lower() not in TITLES:
                prev = None  # a sentence's last word, not a name before this one
            if prev and prev.group(1)[0].isupper() and prev.group(1).lower() not in _PARTICLES:
                if prev.group(1).lower() in TITLES:
                    form.titles.add(prev.group(1).lower())
                else:
                    if sentence_start(text, m.start() - len(prev.group(0))):
                        form.before_start.add(fold(prev.group(1)).lower())
                    else:
                        form.before.add(fold(prev.group(1)).lower())
                    title = _prev_word_of_slice(before[: prev.start()])  # "Dr Fiona McAllister"
                    if title and title.group(1)[0].isupper() and title.group(1).lower() in TITLES:
                        form.titles.add(title.group(1).lower())
                    if title and title.group(1)[0].isupper() and not title.group(2):
                        form.outer.add(fold(title.group(1)).lower())
            if _INTRODUCED.match(text, m.end(1)):
                form.introduced = True
            if not form.speaks and _SPEAKS.match(text, m.end(1)):
                form.speaks = True
            nxt = _NEXT_WORD.match(text[m.end(1) : m.end(1) + 40])
            if nxt and nxt.group(1)[0].isupper():
                form.after.add(fold(nxt.group(1)).lower())
            else:
                form.bare = True
    lower_words = {w.lower() if w.isascii() else fold(w).lower() for w in written}
    return forms, lower_words, sentences


#: the prefixes of surnames written with a capital after them ("McCarthy", "MacLeod",
#: "FitzGerald", "DiMaggio", "LaGuardia"): the capital starts the name's second part
_CAPITAL_PREFIX = re.compile(r"^(?:Mc|Mac|Fitz|De|Di|Du|La|Le)(?=[A-Z][a-z])")


def _particles_before(before: str) -> str:
    """The particles that end ``before`` ("van der " -> "van der"), in lower case, or ""."""
    if not before[-1:].isspace():
        return ""
    words = before.split()
    k = len(words)
    while k and words[k - 1].lower() in _PARTICLES:
        k -= 1
    return " ".join(words[k:]).lower()


def _after_title(text: str, at: int) -> bool:
    """Is the word at ``at`` written right after a title ("Mr Cori", "Dr. Hese")?"""
    prev = _PREV_WORD.search(text, max(0, at - 20), at)
    return prev is not None and prev.group(1)[0].isupper() and prev.group(1).lower() in TITLES


#: a given name of two romanised syllables joined by a hyphen, the second in lower case
#: ("Ji-hoon", "Seo-yeon", "Min-jun"), as Korean names are written in English
_SYLLABLES = re.compile(r"[A-Z][a-z]{1,3}-[a-z]{2,4}")


def _name_parts(word: str) -> bool:
    """A word or a hyphenated name whose every part is a capital and lower-case letters
    ("Okonkwo", "Diallo-Keita", "McCarthy" after its prefix; not "BeiDou", nor
    "Asia-pacific" or "well-Known")."""
    if _SYLLABLES.fullmatch(word):
        return True  # "Ji-hoon", "Seo-yeon": a given name of romanised syllables
    parts = re.split(r"[-'’]", word)  # "O'Sullivan": an apostrophe joins two parts too
    if len(parts) > 1 and not all(p[:1].isupper() for p in parts):
        return False
    return not any(c.isupper() for p in parts for c in p[_prefix_end(p) + 1 :])


def _prefix_end(part: str) -> int:
    """Where a surname prefix with a capital after it ends ("Mc" of "McCarthy": 2), else 0."""
    m = _CAPITAL_PREFIX.match(part)
    return m.end() if m else 0


#: the fewest letters of a name whose last "n" written "m" (or "m" written "n") is a slip:
#: shorter names so apart are other names ("Karin" / "Karim", "Lian" / "Liam")
_LONG_NASAL = 8


def _edit_signature(fa: str, fb: str) -> tuple[object, ...] | None:
    """How two folded spellings differ by one letter, or ``None`` when the difference makes
    another name or word rather than a variant spelling."""
    if fa == fb:  # a difference of capitals only: not a spelling
        return None
    edit = one_edit(fa, fb)
    if edit is None:
        return _two_letters_for_one(fa, fb) or _sounds_alike(fa, fb) or _vowels_moved(fa, fb)
    kind, pos = edit
    shorter = min(len(fa), len(fb))
    longer = fa if len(fa) > len(fb) else fb
    if kind == "drop" and pos == 1 and longer.startswith("mac") and not shorter < 5:
        return ("mac",)  # McAllister / MacAllister: one family's name, or two (see _same_person)
    if kind == "drop" and pos >= shorter - 1 and longer[pos] == "h" and longer[pos - 1] != "h":
        # a silent h before or at the end: Sæterdal / Sæterdahl, Nordal / Nordahl (a person's)
        return ("alternation", "h")
    doubled_end = kind == "drop" and pos >= shorter and longer[pos] == longer[pos - 1]  # Lindgren / Lindgrenn
    agent = longer[pos] == "r" and longer[pos - 1] == "e"  # Office / Officer, Manage / Manager: another word
    if (
        kind == "drop"
        and pos >= shorter
        and not doubled_end
        and longer[pos] not in _VOWELS | {"s", "n"}
        and pos > 4
        and not agent
    ):
        # a consonant added at the end, not a plural's s nor a demonym's n (Africa / African)
        # nor an agent's r (Office / Officer): Osterhold / Osterholdt, a person's only
        return ("alternation", "end")
    if pos == 0:
        return None  # another name (Hansen / Jansen)
    if kind == "drop" and longer[pos] == "j" and longer[pos - 1] == "i":
        return ("alternation", "ij")  # the Dutch ij written i: Rijnders / Rinders, a person's only
    if kind == "change" and pos == shorter - 1:
        if {fa[pos], fb[pos]} == {"i", "y"}:
            return ("alternation", "i", "y")  # Szendrei / Szendrey, Dmitri / Dmitry: one sound
        if (
            {fa[pos], fb[pos]} == {"s", "z"}
            or ({fa[pos], fb[pos]} == {"s", "x"} and fa[pos - 1] in "ck")
            or ({fa[pos], fb[pos]} == {"m", "n"} and shorter >= _LONG_NASAL)
        ):
            # a last letter of the same sound: Benitez / Benites, Maeckx / Maecks, and in a long
            # name a nasal heard for the other, Ramakrishnan / Ramakrishnam (a person's only)
            return ("person", "tail", "sound")
        if fa[pos] in _VOWELS and fb[pos] in _VOWELS:
            return ("person", "end")  # Chowdhury / Chowdhuri: a person's only (see _named_person)
        return ("person", "tail", *sorted((fa[pos], fb[pos])))  # another ending, or a surname's slip
    if kind == "drop" and pos >= shorter and not doubled_end:
        if longer[pos] in _VOWELS and longer[pos - 1] not in _VOWELS:
            return ("person", "end")  # Valcourt / Valcourte: a person's only
        if longer[pos] == "s":
            # a plural or a possessive written without its apostrophe, or a surname's last s
            # dropped ("Lorraine Castellanos" / "Lorraine Castellano has noted"): a person's only
            return ("person", "tail", "s")
        return ("person", "tail", longer[pos])  # another ending (Korea / Korean), or a surname's slip
    if any(c in "-'’" for c in fa[max(0, pos - 1) : pos + 2] + fb[max(0, pos - 1) : pos + 2]):
        return None  # a part's first letter or the hyphen itself: Diallo-Keita / Diallo-Beita
    if kind == "drop" and pos >= shorter - 1 and longer[pos] not in (longer[pos - 1], longer[pos + 1 : pos + 2]):
        # a letter added before the ending: Americas / Americans, or a person's name
        # misspelt (Kilbride / Kilbridge)
        return ("person", "ending") if longer[-1] != "s" else None
    if kind == "change" and _demonym_in_two_languages(fa, fb):
        return None  # "Office Djiboutien de …" / "the Djiboutian Office": French and English
    pair = frozenset((fa[pos : pos + 1], fb[pos : pos + 1]))
    if kind == "change" and pair not in _ALTERNATIONS and len({c.translate(_VOICE) for c in pair}) == 1:
        # a consonant voiced inside the name ("Alasdair" / "Alastair"): a person's only
        return _vowels_moved(fa, fb)
    alternation = kind == "change" and frozenset((fa[pos], fb[pos])) in _ALTERNATIONS
    if kind == "change" and not (fa[pos] in _VOWELS and fb[pos] in _VOWELS) and not alternation:
        return None  # a consonant for another makes another name: Obama / Osama
    if is_pinyin_given_name(fa) and is_pinyin_given_name(fb):
        return None  # romanised syllables one letter apart are other names: Zhang / Zheng
    if (
        kind == "drop"
        and shorter < 7
        and longer[pos] not in _VOWELS
        and longer[pos] not in (longer[pos - 1], longer[pos + 1 : pos + 2])
        and pos < shorter
    ):
        # a consonant more in a short name makes another name as often as a slip (Kirby /
        # Kirkby): a person's name only (see _person)
        return ("alternation", "consonant")
    return ("alternation" if alternation else kind, *sorted((fa[pos : pos + 1], fb[pos : pos + 1])))


def _house_and_variant(A: _Form, B: _Form, accent_only: bool = False) -> tuple[_Form, _Form] | None:
    """The house form (the more used, else the first written) and the variant, or ``None``
    when the two are other people or a common word. Two forms that differ only by accents,
    one capitalised inside a sentence, are a name's ("Fraîcheur de Paris" opening a sentence,
    "… in Paris, Fraicheur de Paris …"): a common word inside a sentence is in lower case."""
    if A.before and B.before and not (A.before & B.before):
        return None  # Anna Berger / Tomas Burger: two people
    if A.after and B.after and not (A.after & B.after):
        return None  # Zhang Wei / Zheng Hao: two people
    if A.titles and B.titles and not (A.titles & B.titles):
        return None  # Judge MacCartney / Sheriff McCartney: two people
    main, variant = sorted((A, B), key=lambda f: (-len(f.locs), f.locs[0][1], f.locs[0][2]))
    if main.surface.lower() in _NOT_GIVEN or variant.surface.lower() in _NOT_GIVEN:
        # While / Whale: a word that opens clauses, capitalised where a line or a template
        # tag before it hides the sentence start, is no form of a name
        return None
    if len(variant.locs) > _MAX_RARE:
        return None
    if variant.introduced and not (main.before or main.titles or variant.titles):
        return None  # a place presented as another ("Salzberg, a village in the hills"), not a person
    # (accents too: "Siobhán Ní Dhuibhir" / "Siobhan Ní Dhuibhir", each opening a sentence)
    named = bool(main.after & variant.after)
    if accent_only and not (all(loc[3] for loc in main.locs) and all(loc[3] for loc in variant.locs)):
        named = True  # one of the two capitalised inside a sentence: a name, not a common word
    if all(loc[3] for loc in main.locs) and not named:
        # the house form is written only where sentences start: a common word (unless the
        # same surname follows both, "Chantrea Heng" / "Chantria Heng": a given name)
        return None
    if all(loc[3] for loc in variant.locs) and not main.before and not named:
        # While / White: a sentence's first word, and the other no surname (a given name
        # before one surname both times, "Matthias Löffelholz" / "Mathias Löffelholz", is a
        # name; accents alone are read on the whole name, "Zoltan Kovacs")
        return None
    return main, variant


#: two letters that spell the sound of one, inside a name ("Stephansen" / "Stefansen",
#: "Aleksandrova" / "Alexandrova", the Dutch "Heijden" / "Heyden")
def _demonym_in_two_languages(fa: str, fb: str) -> bool:
    """Are two folded words one country's adjective in French and in English ("djiboutien" /
    "djiboutian", "tunisien" / "tunisian", "mauritanien" / "mauritanian"): the endings
    "-ien" and "-ian" on the letters of a country's name (a bodies' names keep the language
    they were given in)? A given name so apart ("Damien" / "Damian") names no country."""
    pair = {fa[-3:], fb[-3:]}
    if pair != {"ien", "ian"} or fa[:-3] != fb[:-3] or len(fa) < 7:
        return False
    stem = fa[:-3]
    return any(c.lower().startswith(stem) and len(c) - len(stem) <= 2 for c in country_words())


_SOUNDS = (("ph", "f"), ("ks", "x"), ("ij", "y"))


def _sounded(word: str) -> str:
    """``word`` (folded, lower case) with each pair of letters of :data:`_SOUNDS` after its
    first letter written as the one letter of the same sound."""
    head, rest = word[:1], word[1:]
    for two, one in _SOUNDS:
        rest = rest.replace(two, one)
    return head + rest


def _two_letters_for_one(fa: str, fb: str) -> tuple[object, ...] | None:
    """The signature of two spellings that differ only by letters of one sound ("ph" for
    "f", "ks" for "x") inside the name, else ``None``."""
    if fa[:1] != fb[:1] or _sounded(fa) != _sounded(fb) or "-" in fa + fb:
        return None
    if is_pinyin_given_name(fa) and is_pinyin_given_name(fb):
        return None
    return ("alternation", "sound")


#: letters and groups of letters that spell one sound, or two sounds told apart only by voice,
#: in names romanised or written down by ear (Lokichoggio / Lokichokio): a long name's key
_SOUND_KEY = (
    ("ph", "f"),
    ("ck", "k"),
    ("c", "k"),
    ("q", "k"),
    ("g", "k"),
    ("d", "t"),
    ("b", "p"),
    ("z", "s"),
    ("w", "v"),
    ("y", "i"),
)
_DOUBLE = re.compile(r"(.)\1+")
#: the folded length from which a name's sound key is compared: a long name is seldom
#: another name with the same sounds
_LONG = 9


def _sound_key(word: str) -> str:
    """``word`` (folded, lower case) as it sounds: its first two and last two letters as
    written, doubled letters written once, and inside, the letters of :data:`_SOUND_KEY`
    written alike."""
    head, mid, tail = word[:2], word[2:-2], word[-2:]
    mid = _DOUBLE.sub(r"\1", mid)
    for a, b in _SOUND_KEY:
        mid = mid.replace(a, b)
    return head + _DOUBLE.sub(r"\1", mid) + tail


def _sounds_alike(fa: str, fb: str) -> tuple[object, ...] | None:
    """Two long names (nine letters or more) that differ inside by letters of one sound or by
    voice ("gg" / "k"): one name written down by ear twice, not two names."""
    if min(len(fa), len(fb)) < _LONG or "-" in fa + fb or _sound_key(fa) != _sound_key(fb):
        return None
    return ("sound",)


#: consonants told apart only by voice, written as the voiceless one in a name's consonants
_VOICE = str.maketrans({"d": "t", "b": "p", "g": "k", "z": "s"})
_NOT_CONSONANT = re.compile(r"[aeiouy'’-]")


def _consonants(word: str) -> str:
    """``word`` (folded, lower case) as its first letter and the consonants after it, doubled
    letters written once and a voiced consonant as its voiceless one: "halvorsen" and
    "halverson" are "hlvrsn", "alasdair" and "alastair" "altr", "ji-hoon" and "ji-hun" "jhn"."""
    rest = _DOUBLE.sub(r"\1", _NOT_CONSONANT.sub("", word[1:]).translate(_VOICE))
    return word[:1] + rest


def _vowels_moved(fa: str, fb: str) -> tuple[object, ...] | None:
    """Two spellings of one name more than a letter apart that keep its first two letters, its
    last letter and its consonants (voiced or not, doubled or not), and differ by a letter at
    most in length: vowels moved or changed ("Halvorsen" / "Halverson"), a consonant voiced
    ("Alasdair" / "Alastair"), a romanised syllable written two ways ("Ji-hoon" / "Ji-hun").
    Another name as often as a slip in a common word: a person's only, with the same given
    name or surname beside both forms (see :func:`_persons_slip`)."""
    a, b = fa.replace("-", ""), fb.replace("-", "")
    if (
        min(len(a), len(b)) < _MIN_LETTERS
        or abs(len(a) - len(b)) > 1
        or a[:2] != b[:2]
        or a[-1] != b[-1]
        or _consonants(a) != _consonants(b)
    ):
        return None
    if is_pinyin_given_name(a) and is_pinyin_given_name(b):
        return None  # romanised syllables: Xiaoming / Xiaomeng are two names
    return ("person", "letters")


def _titled(a: _Form, b: _Form) -> tuple[_Form, _Form]:
    """The two forms, a word written before one's surname that the document also writes
    before the other's given name ("Kapitän Kalmeyer", "Kapitän Jörn Kallmeyer") taken for
    a title, not a given name."""

    def retitled(x: _Form, y: _Form) -> _Form:
        shared = x.before & y.outer
        if not shared:
            return x
        return replace(x, before=x.before - shared, titles=x.titles | shared)

    return retitled(a, b), retitled(b, a)


#: words of German prose: a text where they are common capitalises its nouns, so a capital
#: says nothing of a name
GERMAN_WORDS = frozenset(
    "der die das und ist nicht mit von zu den dem des ein eine einen für auf sich wird werden auch oder".split()
)


def capitalises_nouns(blocks: list[tuple[Block, str]]) -> bool:
    """Is the prose German, where every noun has a capital: one word in twelve or more of
    :data:`GERMAN_WORDS`? (Read once for the same list of blocks: NM001 asks twice of one
    document's prose, :data:`_LAST_GERMAN`.)"""
    if _LAST_GERMAN:
        last_blocks, size, got = _LAST_GERMAN[0]
        if last_blocks is blocks and size == len(blocks):
            return got
        _LAST_GERMAN.clear()
    words = [w for _, text in blocks for w in _LOWER_LETTERS.findall(text)]
    got = len(words) >= 50 and 12 * sum(map(GERMAN_WORDS.__contains__, words)) >= len(words)
    _LAST_GERMAN.append((blocks, len(blocks), got))
    return got


_LOWER_LETTERS = re.compile(r"[a-zäöüß]+")
#: the last (blocks, their number, whether their prose is German) of :func:`capitalises_nouns`
_LAST_GERMAN: list[tuple[list[tuple[Block, str]], int, bool]] = []


def _named_person(main: _Form, variant: _Form) -> bool:
    """Does the document say twice that the two forms are one person's surname: the house
    form after a given name, the variant after a title or after that same given name
    ("Nasrin Chowdhury" / "Ms Chowdhuri")? Then any one letter but the first is a slip."""
    return (
        bool(main.before)
        and bool(variant.titles or variant.before & main.before)
        and not (variant.before - main.before)
    )


def _persons_slip(signature: tuple[object, ...], fa: str, fb: str, main: _Form, variant: _Form) -> bool:
    """Is a change that makes another word elsewhere (a signature ``("person", …)``) a slip
    in one person's name here? The document says twice that both forms are one person's
    surname (:func:`_named_person`; for an ending changed, "tail", only a title before the
    rarer form: "East Africa" / "East African" have one word before both); or both follow
    the same particles ("Hendrik van der Woude" / "Van der Wouden": no common word has
    them); or, for an ending changed ("tail"), a compound surname keeps its first part and
    the person is introduced by a given name ("Pascal Saint-Amans" / "Saint-Amand"); or,
    for a letter added before a given name's ending, both are written before the same
    surname ("Barak Ariel" / "Barack Ariel": an ending changed, "Erika" / "Erik", may be a
    sibling's)."""
    if signature[1] == "letters":
        # the same given name before both, or the same surname after both (in either order
        # of a name: "Park Ji-hoon" / "Park Ji-hun"), and no other name beside the rarer form
        return bool(
            (main.before & variant.before and not variant.before - main.before)
            or (main.after & variant.after and not variant.after - main.after)
        )
    if main.particles & variant.particles and _person(main, variant):
        return True
    if signature[2:] == ("s",):
        # a last s dropped or added is a plural unless one person is meant: the same given
        # name before both, and a title (of the closed class: a word :func:`_titled` takes
        # for one is no evidence of a person here, "Returned Harbour Guild Volunteer" /
        # "Harbour Guild Volunteers") or a verb of saying after one ("Lorraine Castellano
        # has noted"), not "the Baltic States" / "a Baltic State"
        return (
            bool(main.before & variant.before)
            and not variant.before - main.before
            and bool((main.titles | variant.titles) & TITLES or main.speaks or variant.speaks)
            and not (variant.introduced or main.introduced)
        )
    if signature[1] == "tail":  # not after the same word ("East Africa" / "East African")
        if main.before and variant.titles and not variant.before - main.before:
            return True
        if (
            signature[2:] in (("e",), ("sound",))
            and _person(main, variant)
            and not variant.before
            and not variant.introduced
        ):
            # a silent e added to or dropped from the surname alone ("Ragna Østby" / "Østbye"),
            # a last letter of the same sound ("Inés Benítez" / "Benites")
            return True
        if signature[2:] == ("sound",) and _named_person(main, variant) and not variant.introduced:
            # the same given name before both ("Inés Benítez" / "Inés Benites"): one person's
            return True
        heads_a, heads_b = fa.split("-"), fb.split("-")
        compound = len(heads_a) > 1 and heads_a[:-1] == heads_b[:-1]
        return compound and _person(main, variant) and not variant.introduced  # not "Saint-Laurens, a town"
    if _named_person(main, variant):
        return True
    return signature[1] == "ending" and bool(main.after & variant.after) and not (main.before or variant.before)


def _short_slip(fa: str, fb: str) -> bool:
    """A doubled letter written once (or a letter doubled): the one slip read in a short
    surname ("Ccori" / "Cori", "Lloyd" / "Loyd")."""
    edit = one_edit(fa, fb)
    if edit is None or edit[0] != "drop":
        return False
    longer = fa if len(fa) > len(fb) else fb
    pos = edit[1]
    return longer[pos] in (longer[pos - 1 : pos], longer[pos + 1 : pos + 2])


def _same_person(main: _Form, variant: _Form) -> bool:
    """Mc / Mac: two families' names as often as one name written two ways, so taken for one
    person's only on positive evidence: a person the document introduces by a given name and
    the other form alone or after the same given name (:func:`_person`), or the same title
    before both ("Dr Fiona McAllister" / "Dr MacAllister")."""
    return _person(main, variant) or bool(main.titles & variant.titles)


def _person(main: _Form, variant: _Form) -> bool:
    """Is the house form a person's surname the document introduces by a given name
    ("Hanna Lindqvist"), and the variant that person's (the surname alone, or after the
    same given name)? Then letters that spell one sound (v / u) are a slip, not two names."""
    return bool(main.before) and (not variant.before or bool(variant.before & main.before))


def _other_given_name(x: _Form, y: _Form) -> bool:
    """``x`` is only ever written as a given name ("Oliver Scherer") and ``y``, one letter
    off, alone ("waiting for Olivier to refine it"): given names are shared by many people,
    so the two may be two people (a given name slipped is judged by the surname after it,
    "Matthias Löffelholz" / "Mathias Löffelholz", or where the document calls the person by
    the given name alone, "Sergi Delgado … Sergi?" / "Surgi")."""
    return bool(x.after) and not x.bare and not (y.after or y.before or y.titles)


def _given_and_surname(x: _Form, y: _Form) -> bool:
    """``x`` is only ever written as a given name before a surname ("Hallet Crane") and ``y``,
    one letter off, only as the surname after another given name ("Dennis Hallett"): a given
    name and a family name are two people's (a credits list of contributors), unless the
    surname's given name is the word after ``x`` (a name written in both orders, "Kowalski
    Anna" / "Anna Kowalsky")."""
    return (
        bool(x.after)
        and not (x.bare or x.before or x.titles)
        and bool(y.before)
        and not (y.after or y.titles)
        and not x.after & y.before
    )


def _near_pairs(forms: Iterable[str]) -> set[tuple[str, str]]:
    """Pairs of forms one deletion apart: every form is indexed by itself and its deletions,
    and forms that share a key are paired."""
    index: dict[str, set[str]] = {}
    for surface in forms:
        f = fold(surface).lower()
        for key in {f} | {f[:i] + f[i + 1 :] for i in range(len(f))}:
            index.setdefault(key, set()).add(surface)
        if _sounded(f) != f:  # "Philipsen" / "Filipsen", "Aleksandrov" / "Alexandrov"
            index.setdefault("~" + _sounded(f), set()).add(surface)
        if len(f) >= _LONG:  # "Lokichoggio" / "Lokichokio"
            index.setdefault("≈" + _sound_key(f), set()).add(surface)
        if len(f) >= _MIN_LETTERS:  # "Halvorsen" / "Halverson", "Ji-hoon" / "Ji-hun"
            index.setdefault("§" + _consonants(f), set()).add(surface)
        index.setdefault("~" + f, set()).add(surface)
    return {(a, b) for group in index.values() if len(group) > 1 for a in group for b in group if a < b}


def _placed(
    found: list[SpellingVariant], blocks: list[tuple[Block, str]], locate: Callable[[Block, int], Location]
) -> None:
    """Fill in the locations of the forms reported (a form's list is shared by every pair
    it is in, so each is located once)."""
    for v in found:
        for locs in (v.main_locs, v.variant_locs):
            if locs and locs[0][0] is None:
                locs[:] = [(locate(blocks[bi][0], at), bi, at, start) for _, bi, at, start in locs]


def _part_of_longer_name(v: SpellingVariant, ends: set[tuple[int, int]]) -> bool:
    """ "Malgorzata Wisniewska" for "Małgorzata Wiśniewska": every place of this variant
    follows another variant reported (one finding for the whole name)."""
    return all(any((loc[1], loc[2] - gap) in ends for gap in (1, 2)) for loc in v.variant_locs)


def _before_another(v: SpellingVariant, starts: set[tuple[int, int]]) -> bool:
    """Is every place of this variant followed by another variant reported ("Zoltan" of
    "Zoltan Kovacs" for "Zoltán Kovács")?"""
    return all(any((loc[1], loc[2] + len(v.variant) + gap) in starts for gap in (1, 2)) for loc in v.variant_locs)


def spelling_variants(
    blocks: list[tuple[Block, str]],
    locate: Callable[[Block, int], Location],
    sentence_start: Callable[[str, int], bool],
) -> list[SpellingVariant]:
    """``blocks``: (block, name_text) pairs of the writer's prose, in document order."""
    forms, lower_words, sentences = _collect_forms(blocks, locate, sentence_start)
    nouns_capitalised = capitalises_nouns(blocks)
    for form in forms.values():
        form.before.update(form.before_start - lower_words - _NOT_GIVEN)
    found: list[SpellingVariant] = []
    signatures: list[tuple[object, ...]] = []
    given_names: set[int] = set()  # indices in found of two given names (_other_given_name)
    for a, b in sorted(_near_pairs(forms)):
        fa, fb = fold(a).lower(), fold(b).lower()
        if fa in lower_words or fb in lower_words:
            continue
        accent_only = fold(a) == fold(b)
        signature = ("accent",) if accent_only else _edit_signature(fa, fb)
        if signature is None or sentences[a] & sentences[b]:
            continue
        chosen = _house_and_variant(*_titled(forms[a], forms[b]), accent_only=accent_only)
        if chosen is None:
            continue
        main, variant = chosen
        if nouns_capitalised and not _named_person(main, variant):
            continue  # German capitalises every noun: "Beitrag" / "Betrag" are two words, not a name
        if signature[0] == "person" and not _persons_slip(signature, fa, fb, main, variant):
            continue  # a slip only a person's name is read as: the document must say so twice
        if min(len(fa), len(fb)) < _MIN_LETTERS and not (
            (_named_person(main, variant) and _short_slip(fa, fb))
            # a short given name's accent dropped before the same surname ("Siân Morcombe" /
            # "Sian Morcombe", "Zoë Hart" / "Zoe Hart"): one person's name, two spellings
            or (accent_only and len(fa) >= 3 and bool(main.after & variant.after))
            # or after the same first word of the name ("Bord na Móna" / "Bord na Mona's")
            or (
                accent_only and len(fa) >= 3 and bool(main.before & variant.before) and not variant.before - main.before
            )
        ):
            continue
        if signature[0] == "alternation" and not _person(main, variant):
            continue
        if signature == ("alternation", "end") and not (variant.titles or variant.before & main.before):
            continue  # a letter added at the end: only where a title or the given name says a person is meant
        if signature[0] == "mac" and not _same_person(main, variant):
            continue
        if _other_given_name(main, variant) or _other_given_name(variant, main):
            given_names.add(len(found))  # two people, but a spelling system still (below)
        elif _given_and_surname(main, variant) or _given_and_surname(variant, main):
            given_names.add(len(found))  # a given name and another person's surname
        found.append(SpellingVariant(main.surface, main.locs, variant.surface, variant.locs, accent_only))
        signatures.append(signature)
    _placed(found, blocks, locate)
    # one letter changed the same way in several names is a second spelling system, not a
    # slip (Zeeland / Zealand and Zeelandia / Zealandia: Dutch and English)
    found = [
        v
        for k, (v, sig) in enumerate(zip(found, signatures))
        if (sig == ("accent",) or signatures.count(sig) == 1) and k not in given_names
    ]
    # a whole name whose accents are all dropped ("Zoltan Kovacs") is reported once, at its
    # surname: the given name before it is left out
    starts = {(loc[1], loc[2]) for v in found if v.accent_only for loc in v.variant_locs}
    found = [v for v in found if not (v.accent_only and _before_another(v, starts))]
    ends = {(loc[1], loc[2] + len(v.variant)) for v in found for loc in v.variant_locs}
    found = [v for v in found if not _part_of_longer_name(v, ends)]
    return found + _particle_variants(blocks, locate, sentence_start) + _accents_in_part(blocks, locate)


#: a word in lower case with a letter outside ASCII ("babaváró", "felújítási")
_ACCENTED_LOWER = re.compile(
    r"(?<![\w'’-])[a-zß-öø-ÿ\u0100-\u017f]*[ß-öø-ÿ\u0100-\u017f][a-zß-öø-ÿ\u0100-\u017f]*(?![\w'’-])"
)
#: the fewest letters of such a word: shorter loanwords are written both ways in English
#: ("résumé" / "resumé", "protégé")
_LONG_ACCENTED = 8
#: the largest share of words with a letter outside ASCII in prose read for such words: more
#: is prose in a language that writes accents (Spanish about one word in ten, Hungarian or
#: Vietnamese far more), where one accent more or less makes another word
_FOREIGN_SHARE = 0.05


def _accents_in_part(
    blocks: list[tuple[Block, str]], locate: Callable[[Block, int], Location]
) -> list[SpellingVariant]:
    """A word of another language in lower case, often a scheme's or a thing's name in
    English prose ("the babaváró loan"), written with its accents and elsewhere with some of
    them kept and others dropped ("babavaró"): the writer knows the accents, so the form
    that keeps only some is a slip, not a plain-letter spelling. Eight letters or more, two
    accents or more in the house form, the other form rarer (once or twice) and never in a
    sentence with it; only in prose whose words are nearly all ASCII (in Hungarian or
    Vietnamese prose an accent more or less makes another word). A form with no accent
    left is not read here (plain letters are a spelling of their own)."""
    if all(text.isascii() for _, text in blocks):
        return []
    words = foreign = 0
    for _, text in blocks:
        split = text.split()
        words += len(split)
        if not text.isascii():
            foreign += sum(1 for w in split if not w.isascii() and any(ord(c) > 127 and c.isalpha() for c in w))
    if not words or foreign > _FOREIGN_SHARE * words:
        return []
    seen: dict[str, _Form] = {}
    for bi, (_, text) in enumerate(blocks):
        if text.isascii():
            continue
        for m in _ACCENTED_LOWER.finditer(text):
            word = m.group(0)
            if len(word) >= _LONG_ACCENTED:
                form = seen.setdefault(word, _Form(word))
                form.locs.append((None, bi, m.start(), False))  # type: ignore[arg-type]
                form.after.add(f"{_sentence_of(text, m.start())}@{bi}")
    by_letters: dict[str, list[_Form]] = {}
    for word, form in seen.items():
        by_letters.setdefault(fold(word), []).append(form)
    found = []
    for group in by_letters.values():
        if len(group) < 2:
            continue
        main = max(group, key=lambda f: (_accented(f.surface), len(f.locs)))
        for variant in group:
            if variant is main or not _kept_some(main.surface, variant.surface):
                continue
            if len(variant.locs) > _MAX_RARE or len(variant.locs) > len(main.locs) or variant.after & main.after:
                continue
            found.append(SpellingVariant(main.surface, main.locs, variant.surface, variant.locs, True))
    _placed(found, blocks, locate)
    return found


def _accented(word: str) -> int:
    return sum(1 for c in word if ord(c) > 127)


def _kept_some(main: str, other: str) -> bool:
    """Does ``other`` keep some of ``main``'s two or more accents, as written there, and drop
    the others ("babaváró" / "babavaró")?"""
    if len(main) != len(other) or _accented(main) < 2:
        return False
    kept = [a == b for a, b in zip(main, other) if ord(a) > 127]
    extra = any(ord(b) > 127 and a != b for a, b in zip(main, other))
    return any(kept) and not all(kept) and not extra


# a surname after its particles ("van der Linde", "Van den Linde", "de Rochefort", "Du
# Rochefort"), with the word before the particles (a given name or a title)
_PARTICLED = re.compile(
    r"(?P<particles>[VvDdLl](?<![\w'’-].)(?:(?:(?<=[Vv])(?:an|on)|(?<=[Dd])(?:e|u|a|i|os|el|ella)|(?<=[Ll])[ae])"
    r"(?:[ \t]+(?:der|den|de|het|la|le|los|las|ten|ter))?)"
    # the Irish "Ní", "Ó", "Uí" ("Máire Ní Bhroin", "Dónal Ó Murchú")
    r"|[NÓOU](?<![\w'’-].)(?:(?<=N)[ií]|(?<=U)[íi]|(?<=[ÓO])))[ \t]+(?P<name>[A-Z][^\W\d_]{2,}(?:-[A-Z][^\W\d_]+)?)"
)


def _particle_variants(
    blocks: list[tuple[Block, str]],
    locate: Callable[[Block, int], Location],
    sentence_start: Callable[[str, int], bool],
) -> list[SpellingVariant]:
    """One person's surname written with its particles two ways, one letter apart ("Jeroen van
    der Berg" / "Van den Berg", "de Rochefort" / "du Rochefort"): the house form names the
    person by a given name, the other form is rarer and follows no other given name, and the
    two never stand in one sentence (two relatives named together)."""
    seen: dict[tuple[str, str], _Form] = {}  # (surname, particles in lower case) -> form
    for bi, (_block, text) in enumerate(blocks):
        if " " not in text:
            continue
        for m in _PARTICLED.finditer(text):
            at = m.start("particles")  # capitalised alone ("Van den Berg") or at a sentence start
            key = (m.group("name"), " ".join(m.group("particles").lower().split()))
            form = seen.setdefault(key, _Form(text[at : m.end()]))
            form.locs.append((None, bi, at, sentence_start(text, at)))  # type: ignore[arg-type]
            # the word before, read back from the particles (:data:`_PREV_WORD`; a pattern
            # that tried a word before every particle scanned each word of a text many times)
            before = _PREV_WORD.search(text, max(0, at - 60), at)
            prev = before.group(1) if before else None
            if before and before.group(2) and (prev or "").lower() not in TITLES:
                prev = None  # the last word of the sentence before
            if prev and prev[0].isupper() and prev.lower() not in _NOT_GIVEN:  # not "As Le Moal puts it"
                (form.titles if prev.lower() in TITLES else form.before).add(fold(prev).lower())
            form.after.add(str(_sentence_of(text, at)) + f"@{bi}")  # the sentences it stands in
    found: list[SpellingVariant] = []
    by_name: dict[str, list[tuple[str, _Form]]] = {}
    for (name, particles), form in seen.items():
        by_name.setdefault(name, []).append((particles, form))
    for group in by_name.values():
        for (pa, a), (pb, b) in ((x, y) for i, x in enumerate(group) for y in group[i + 1 :]):
            if one_edit(pa, pb) is not None:
                found.extend(_one_persons(a, b))
    # the particles written joined to the surname elsewhere ("Jean-Baptiste Lemoal" / "Le
    # Moal", "Ruud Vandermeer" / "Van der Meer"): one word of the document's forms
    if seen:
        forms, _, sentences = _collect_forms(blocks, locate, sentence_start)
        joined = {fold(surface).lower(): surface for surface in forms}
        for (name, particles), split in seen.items():
            surface = joined.get(fold(particles.replace(" ", "") + name).lower())
            if surface is None:
                continue
            whole = replace(forms[surface], after={f"{at}@{bi}" for bi, at in sentences[surface]})
            found.extend(_one_persons(whole, split))
    _placed(found, blocks, locate)
    return found


def _one_persons(a: _Form, b: _Form) -> list[SpellingVariant]:
    """``a`` and ``b`` (their sentences in ``after``) as one person's name written two ways: the
    house form (the more used) after a given name, the other rarer and after no other given
    name or title, the two never in one sentence."""
    if a.after & b.after:
        return []
    main, variant = sorted((a, b), key=lambda f: (-len(f.locs), f.locs[0][1], f.locs[0][2]))
    if not main.before or len(variant.locs) > _MAX_RARE or (variant.before and not variant.before & main.before):
        return []
    if main.titles and variant.titles and not main.titles & variant.titles:
        return []
    accents = fold(main.surface) == fold(variant.surface)  # "Ní Bhroin" / "Ni Bhroin"
    return [SpellingVariant(main.surface, main.locs, variant.surface, variant.locs, accents)]


# the authors of a cited source: a note's words before its quoted title ("Baumgartner,
# Henrike, “…”", "Henrike Baumgartner, “…”"), or before its second comma when no title is quoted
_TITLE_OPEN = re.compile(r"[“\"«„]")


def _author_part(note: str) -> str:
    m = _TITLE_OPEN.search(note)
    if m:
        return note[: m.start()]
    return ",".join(note.split(",")[:2])


_INNER_CAPITAL = re.compile(r"(?<![\w'’-])[A-Z][a-z]+[A-Z][A-Za-z]*")


def author_slips(
    blocks: list[tuple[Block, str]],
    locate: Callable[[Block, int], Location],
    sentence_start: Callable[[str, int], bool],
    notes: list[tuple[Footnote, str]],
) -> list[tuple[Footnote, int, str, str, Location]]:
    """A person the text names by given name and surname ("Henrike Baumgartner") given as
    the author of a cited source with one of the two names one letter off and the other
    the same, next to it ("Baumgartener, Henrike", "Jiang Weimin" for "Jiang Weiming"):
    (note, offset in it, the note's word, the text's form, where the text writes it). Not
    the first letter, not a plural's s, not a form the text also writes (two people)."""
    forms, lower_words, _ = _collect_forms(blocks, locate, sentence_start)
    persons: list[tuple[str, str, str, _Form]] = []  # (given, surname) folded, the surface
    known = set(lower_words)
    # a word with inner capitals is a brand, not a given name ("PostNord Denmark")
    brands = {fold(w).lower() for _, text in blocks for w in _INNER_CAPITAL.findall(text)}
    for surface, form in forms.items():
        known.add(fold(surface).lower())
        known.update(form.before | form.before_start)
        given = form.before | (form.before_start - lower_words - _NOT_GIVEN)
        for g in given:
            if len(g) >= 3 and g not in brands:
                persons.append((g, fold(surface).lower(), surface, form))
    if not persons:
        return []
    out: list[tuple[Footnote, int, str, str, _Form]] = []
    for note, text in notes:
        for (gw, g_at), (sw, s_at) in _author_names(text):
            fg, fs = fold(gw).lower(), fold(sw).lower()
            for g, sname, surface, form in persons:
                if fg == g and fs not in known and _slip(sname, fs):
                    out.append((note, s_at, sw, surface, form))
                    break
                if fs == sname and fg not in known and len(g) >= 4 and _slip(g, fg):
                    written = next((sf for sf in forms if fold(sf).lower() == g), g.capitalize())
                    out.append((note, g_at, gw, written, form))
                    break
    for _, _, _, _, form in out:
        if form.locs and form.locs[0][0] is None:
            form.locs[:] = [(locate(blocks[bi][0], at), bi, at, st) for _, bi, at, st in form.locs]
    return [(note, at, w, surface, form.locs[0][0]) for note, at, w, surface, form in out]


_ENTRY_SPLIT = re.compile(r",|\s(?:and|&)\s")


def _author_names(note: str) -> list[tuple[tuple[str, int], tuple[str, int]]]:
    """The people a note gives as the authors of the sources it cites, as (given name,
    surname) with their offsets: "Henrike Baumgartner, “…”", "Baumgartner, Henrike, “…”",
    "Ana Ruiz and Tom Lee, “…”"; a note may cite several sources, one after another's
    semicolon. Only names of two or three capitalised words ("Organisation for Economic
    Co-operation" is no person)."""
    out = []
    start = 0
    for piece in note.split(";"):
        part = _author_part(piece)
        entries: list[list[tuple[str, int]]] = []
        pos = 0
        for m in list(_ENTRY_SPLIT.finditer(part)) + [None]:
            end = m.start() if m else len(part)
            ws = [(w.group(0), start + pos + w.start()) for w in re.finditer(r"\S+", part[pos:end])]
            while ws and re.fullmatch(r"\W*\d+\W*", ws[0][0]):
                ws.pop(0)  # the note's own number, kept in its text ("10 Jiang Weimin, …")
            entries.append(ws)
            pos = m.end() if m else end
        names = [e if all(_WORD.fullmatch(w) and w[:1].isupper() for w, _ in e) else [] for e in entries]
        for k, e in enumerate(names):
            if 2 <= len(e) <= 3:
                out.append((e[0], e[-1]))  # "Henrike Baumgartner", "Jiang Weimin"
            elif len(e) == 1 and k + 1 < len(names) and 1 <= len(names[k + 1]) <= 2 and k == 0:
                out.append((names[k + 1][0], e[0]))  # "Baumgartner, Henrike"
        start += len(piece) + 1
    return out


def _slip(name: str, other: str) -> bool:
    """``other`` is ``name`` with one letter wrong, not the first, not a plural, and not a
    hyphen written or left out ("Co-operation" / "Cooperation")."""
    if name.replace("-", "") == other.replace("-", ""):
        return False
    edit = one_edit(name, other)
    if edit is None or edit[1] == 0 or min(len(name), len(other)) < 4:
        return False
    longer, shorter = (name, other) if len(name) > len(other) else (other, name)
    return not (edit[0] == "drop" and edit[1] >= len(shorter) and longer.endswith("s"))
