"""Numbers as English prose writes them: the shared number parser of the numeric extractors.

:func:`find_numbers` scans a text once and yields :class:`Number` tokens:

* digits with thousands separators ("1,234.5", Indian "12,34,567", spaced "40 000" and
  "1 234 567.89" with a no-break or thin space), decimals (".25"), a decimal comma ("5,00",
  "1.111,11"), mixed and plain fractions ("10 1/2", "3/4", "½"), scientific notation
  ("1e10", "12.32e+14", "1.3x10^6", "1.1^23");
* a scale word after digits ("4 million", "6.6 trillion", "25 lakh", "3 dozens", "322
  hundred") or a scale abbreviation ("10k", "2.33 k", "10M", "1MM", "2mil", "1.2b", "10 bln",
  "1,674.5 G"); digits and scale words mixed ("4 thousand 3 hundred and 21");
* number words ("twelve", "twenty-one", "one hundred and six", "three lakh crore", "a
  dozen", "three hundred and two dozens", "nought"), decimals in words ("two hundred
  point zero three"), fractions in words ("three quarters", "half a million", "one and a
  half", "a hundredth", "one hundred thirty fifths", "two and fifty-four hundredths",
  "five and a half million", "one billion and a quarter million", "two thirds of a
  million") and ratios ("one over three", "1 in 21", "two out of five hundred");
* a sign standing alone before a number ("-1", "- 1 4/5", "minus five point five",
  "negative one").

What is *not* a number: an ordinal ("4th", "the twenty-first century", "a first class
seat"), the pronoun "one" after a determiner ("the one you mentioned", "which one"), a
hyphen after a letter or digit ("Long March-5", "2028-2031", "SCP-173": no sign), a dotted
sequence read as a decimal ("192.168.1.2" is four integers).

Scale letters are read with care: "K" after a space is kelvin, "m" is a metre ("1m", "180ml"),
"b"/"B" only glued ("1.2b"); a "G" is giga only on a lone token ("10G", "1,674.5 G"), never
before a word ("5G networks", "5G base stations": a generation of mobile networks).

Composite tokens -- a sign, a scale letter, a decimal comma, a ratio, digits joined to
scale words across "and" -- keep the plain tokens they are made of in :attr:`Number.parts`,
so a caller that wants the prose reading (the claim extractors: "5G", "3,5", "$10k", "1 in
5 households") can look at those instead. :func:`match_scale` reads money's glued scale
abbreviations ("$1.5bn", "€3m", "$10k"); :func:`match_qualifier` the hedge written before
a number ("more than", "about", "up to", …).

A token knows only what it is. Whether it is a claim -- or a year, an identifier such as
"LM-11", a footnote citation detail -- is decided by the extractor that reads the context.
:func:`parse_words` and :func:`parse_number` are the pure parsers, for tests and rules.
"""

from __future__ import annotations

import math
from claimcheck import lazyre as re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from claimcheck.data.numberwords import ONES, ORDINALS, SCALES, TENS_ORDINALS, pick
from claimcheck.data.numberwords import TENS as TENS_WORDS
from claimcheck.extract.text import per_document

__all__ = [
    "QUALIFIERS",
    "Number",
    "find_numbers",
    "match_qualifier",
    "match_scale",
    "parse_number",
    "parse_words",
]

SMALL = {
    "zero": 0,
    "nought": 0,
    "naught": 0,
    **ONES,
}
TENS = TENS_WORDS
_ORDINAL_STEMS: dict[str, float] = {
    **{w: n for w, n in pick(ORDINALS, "first", "twentieth").items() if w != "second"},
    **pick(TENS_ORDINALS, "thirtieth", "ninetieth"),
    "hundredth": 100,
    "thousandth": 1e3,
    "millionth": 1e6,
    "billionth": 1e9,
    "trillionth": 1e12,
}
#: Fraction words, by denominator: "two thirds", "a quarter", "five eighths", "a hundredth".
#: "second(s)" is left out: "one second" is time, never a half. A lone "first" is no
#: denominator either ("a first class seat"); only "twenty-first" and the like are.
FRACTIONS: dict[str, float] = {"half": 2, "halves": 2, "quarter": 4, "quarters": 4}
for _w, _v in _ORDINAL_STEMS.items():
    FRACTIONS[_w] = _v
    FRACTIONS[_w + "s"] = _v
DOZEN = {"dozen": 12, "dozens": 12, "doz": 12, "dozs": 12, "dzs": 12}
VULGAR = {
    "½": 1 / 2,
    "¼": 1 / 4,
    "¾": 3 / 4,
    "⅓": 1 / 3,
    "⅔": 2 / 3,
    "⅕": 1 / 5,
    "⅖": 2 / 5,
    "⅗": 3 / 5,
    "⅘": 4 / 5,
    "⅙": 1 / 6,
    "⅚": 5 / 6,
    "⅐": 1 / 7,
    "⅛": 1 / 8,
    "⅜": 3 / 8,
    "⅝": 5 / 8,
    "⅞": 7 / 8,
    "⅑": 1 / 9,
    "⅒": 1 / 10,
}
_VULGAR_CLASS = "[" + "".join(VULGAR) + "]"
_SCALE_NAMES = {1e3: "thousand", 1e6: "million", 1e9: "billion", 1e12: "trillion", 1e5: "lakh", 1e7: "crore"}


def _trie_alternation(words: list[str]) -> str:
    """One regular expression for a set of words, as a trie (fast to search: one branch per
    first letter instead of a hundred alternatives tried in turn). Longest match first."""
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        optional = "" in node
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if optional:
            body = (body if len(branches) > 1 else "(?:" + body + ")") + "?"
        return body

    return build(trie)


_WORD_ALT = _trie_alternation(
    list(SMALL) + list(TENS) + ["hundreds", "hundred", "point"] + list(SCALES) + list(FRACTIONS) + list(DOZEN)
)
# A run of number words joined by spaces, hyphens or "and"; optionally led by "a"/"an".
_WORDS = (
    rf"\b(?:an?\s+)?(?:{_WORD_ALT})"
    rf"(?:(?:\s*-\s*|\s+and\s+(?:an?\s+)?|\s+an?\s+|\s+)(?:{_WORD_ALT}))*\b"
)
_SPACE_SEP = "[ \u00a0\u202f\u2009]"
_DIGITS = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?"  # 1,234,567.5
    r"|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?"  # 12,34,567.89 (Indian grouping)
    rf"|\d{{1,3}}(?:{_SPACE_SEP}\d{{3}}(?!\d))+(?:\.\d+)?"  # 1 234 567.89, 40 000
    r"|\d+\.\d+|\d+|\.\d+"
)
_NUMBER_RE = re.compile(
    r"(?=\.?\d)(?:(?P<ordinal>\d+(?:st|nd|rd|th))(?![A-Za-z0-9])"  # "4th": an ordinal, no number
    r"|(?P<dotted>\d+(?:\.\d+){2,})(?!\d)"  # 192.168.1.2: four integers
    r"|(?P<sci>(?P<mant>\d+(?:\.\d+)?)"
    r"(?:e(?P<e>[+-]?\d{1,3})|[ \t]?[x×][ \t]?10\^(?P<tenexp>[+-]?\d{1,3})|\^(?P<pexp>[+-]*\d{1,3})))(?![A-Za-z0-9])"
    r"|(?P<euro>(?<![\d.,])\d{1,3}(?:\.\d{3})+,\d{1,2})(?!\d|[.,]\d)"  # 1.111,11
    r"|(?P<mixed>(?P<whole>\d+)\s+(?P<fn>\d)/(?P<fd>\d{1,2})(?![\d/]))"
    r"|(?P<frac>(?P<n>\d{1,2})/(?P<d>\d{1,2})(?![\d/]))"
    r"|(?P<comma>(?<![\d.,])\d{1,3},\d{1,2})(?!\d|[.,]\d)"  # 5,00 -- a decimal comma
    rf"|(?P<digits>{_DIGITS})(?:\s?(?P<vulgar2>{_VULGAR_CLASS}))?)"
    rf"|(?P<vulgar>{_VULGAR_CLASS})"
    rf"|(?=[A-Za-z])(?P<words>{_WORDS})",
    re.IGNORECASE,
)
# _NUMBER_RE only where a number can start: at a digit, a dot or a vulgar fraction (the
# first character tested before anything else), or at a letter (number words). Every match
# of _NUMBER_RE starts at one or the other, never both, so the first match of the two from a
# place is _NUMBER_RE's (see _NextNumber), and the one in figures skips prose at the speed
# of a character class
_NUMBER_AT_FIGURE = re.compile(rf"(?=[.\d{''.join(VULGAR)}])(?:{_NUMBER_RE.pattern})", re.IGNORECASE)
# the number words alone: where one starts, _NUMBER_RE reads the same words (at a letter
# its figure and fraction branches cannot match)
_NUMBER_AT_LETTER = re.compile(rf"(?=[A-Za-z])(?P<words>{_WORDS})", re.IGNORECASE)


class _NextNumber:
    """``_NUMBER_RE.search(text, pos)`` as the first of the two patterns above, each match
    kept until the reading passes it (each pattern scans the text about once)."""

    __slots__ = ("text", "found")

    def __init__(self, text: str) -> None:
        self.text = text
        # per pattern: (the place searched from, the match found there or None)
        self.found: list[tuple[int, re.Match[str] | None]] = [(-1, None), (-1, None)]

    def search(self, pos: int) -> re.Match[str] | None:
        best = None
        for i, rx in enumerate((_NUMBER_AT_FIGURE, _NUMBER_AT_LETTER)):
            since, m = self.found[i]
            if since < 0 or since > pos or (m is not None and m.start() < pos):
                m = rx.search(self.text, pos)
                if m is not None and i:
                    m = _NUMBER_RE.match(self.text, m.start())  # the same words, with every group
                self.found[i] = (pos, m)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        return best


_HALF_A = re.compile(r"[ \t]+an?(?=[ \t]+[A-Za-z])", re.IGNORECASE)
_QUARTER_CENTURY = re.compile(r"(quarter|half)(?=[ \t-]+(?:century|centuries|millennium)\b)", re.IGNORECASE)
#: a bare fraction of a scale, after "the" or another determiner: "the quarter of a million
#: pots", "their third of a billion" ("a quarter of a million" joins two numbers instead)
_FRACTION_OF_SCALE = re.compile(
    r"(?P<frac>quarter|third|fifth|tenth)[ \t]+of[ \t]+(?:an?|one)[ \t]+(?P<scale>thousand|million|billion|trillion)\b",
    re.IGNORECASE,
)
_ORDINAL_BEFORE = re.compile(r"\b(?:first|second|third|fourth|last|final|each|every)[ \t]+$", re.IGNORECASE)
_SCALE_AFTER = re.compile(
    r"[ \t]*(?P<scale>thousand|million|billion|trillion|lakhs?|crores?|hundred|dozens?|dozs?|dzs)\b"
    r"(?:[ \t]+(?P<scale2>thousand|million|billion|trillion|lakhs?|crores?)\b)?",
    re.IGNORECASE,
)
# scale letters after digits (case matters): "10k", "2.33 k", "10M", "1MM", "2mil", "1.2b",
# "10 bln", "1,674.5 G"
_SUFFIX = {
    "k": 1e3,
    "K": 1e3,
    "M": 1e6,
    "MM": 1e6,
    "mil": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "G": 1e9,
    "b": 1e9,
    "B": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "tn": 1e12,
    "tln": 1e12,
    "trn": 1e12,
}
_SUFFIX_RE = re.compile(r"(?P<sp>[ \t]{0,2})(?P<abbr>MM|mil|mln|mn|bln|bn|tln|trn|tn|k|K|M|G|b|B)(?![A-Za-z0-9])")
_WORD_AFTER = re.compile(r"[ \t]+[A-Za-z]")
# money's glued abbreviations: "$1.5bn", "€3m", "$10k", "5.2 bn", "US$3tn"
_SCALE_ABBR = {
    "k": 1e3,
    "K": 1e3,
    "m": 1e6,
    "M": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "mio": 1e6,
    "bn": 1e9,
    "b": 1e9,
    "B": 1e9,
    "bln": 1e9,
    "tn": 1e12,
    "trn": 1e12,
}
_SCALE_ABBR_RE = re.compile(r"(?P<sp>[ \t]?)(?P<abbr>mln|mio|mn|bn|bln|trn|tn|k|K|m|M|b|B)(?![A-Za-z0-9])")
# the pronoun "one": "the one you mentioned", "which one is", "no one" -- a determiner before
# it and no noun after it ("that one mile" is a mile)
_PRONOUN_BEFORE = re.compile(
    r"\b(?:the|this|that|which|each|every|any|no|another|whichever|what)[ \t]+$", re.IGNORECASE
)
_PRONOUN_AFTER = re.compile(
    r"[ \t]*(?:[^\w \t]|$|(?:is|was|are|were|be|been|you|i|he|she|we|they|it|do|does|did|has|have|had|"
    r"can|could|will|would|shall|should|may|might|must|that|which|who|whom|of|in|on|at|for|with|and|or|"
    r"but|to|from|by|as|than|here|there|again|too|else)\b)",
    re.IGNORECASE,
)
# a singular ordinal after a numerator is a fraction ("a fifth", "a hundredth of a second")
# unless a word follows that it qualifies ("a fifth generation", "one third party")
_ORDINAL_FOLLOW_OK = frozenset(
    """of and or the a an as to than more less fewer that which percent per cent in on at by for from
    last this since over between during after before compared against but while""".split()
)  # (a time or a clause after it: "rose by almost a quarter last year", "a third since 2019")
_NEXT_WORD = re.compile(r"[ \t]*-?[ \t]*([A-Za-z]+)")
# joins between two tokens
_GAP_AND = re.compile(r"[ \t]+and[ \t]+", re.IGNORECASE)
_GAP_SPACE = re.compile(r"[ \t]+")
_GAP_RATIO = re.compile(r"[ \t]+(?P<op>over|out[ \t]+of|in)[ \t]+", re.IGNORECASE)
_GAP_OF = re.compile(r"[ \t]+of[ \t]+", re.IGNORECASE)
_A_SCALE = re.compile(r"(?:an?|one)[ \t]+(?:thousand|million|billion|trillion)$", re.IGNORECASE)
# a sign standing alone before a number
_SIGN_WORD = re.compile(r"\b(?:minus|negative)[ \t]+$", re.IGNORECASE)
_SIGN_CHAR = re.compile(r"[-−](?P<sp>[ \t]*)$")

#: Written qualifier -> the model's qualifier vocabulary.
QUALIFIERS = {
    "more than": "more than",
    "above": "more than",
    "in excess of": "more than",
    "upwards of": "more than",
    "exceeding": "more than",
    "greater than": "more than",
    "higher than": "more than",
    "well over": "over",
    "just over": "over",
    "over": "over",
    "less than": "less than",
    "fewer than": "less than",
    "below": "less than",
    "lower than": "less than",
    "under": "under",
    "just under": "under",
    "about": "about",
    "around": "about",
    "approximately": "about",
    "roughly": "about",
    "some": "about",
    "an estimated": "about",
    "estimated": "about",
    "circa": "about",
    "approx.": "about",
    "ca.": "about",
    "~": "about",
    "close to": "nearly",
    "nearly": "nearly",
    "almost": "nearly",
    "up to": "up to",
    "as many as": "up to",
    "as much as": "up to",
    "at least": "at least",
    "no less than": "at least",
    "no fewer than": "at least",
    "a minimum of": "at least",
    "at most": "at most",
    "no more than": "at most",
    "a maximum of": "at most",
}
#: a comparative of size, age, heat or speed right before a figure bounds it as "more than"
#: and "less than" do: "wells deeper than 40 metres", "a tower taller than 120 m", "a fever
#: hotter than 38.5 °C" (a figure after "than the minimum of" is no bound: the level's value)
QUALIFIERS.update(
    {
        f"{w} than": "more than"
        for w in "bigger larger longer taller wider deeper heavier older hotter warmer faster".split()
    }
    | {
        f"{w} than": "less than"
        for w in "smaller shorter narrower shallower lighter younger colder cooler slower cheaper".split()
    }
)
_QUAL_RE = re.compile(
    r"(?:^|(?<=[\s(\[“\"‘'—–-]))(?P<q>"
    + "|".join(re.escape(q) for q in sorted(QUALIFIERS, key=len, reverse=True))
    + r")[ \t]*$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Number:
    """A number found in a text: ``text[start:end]``, its value with any scale applied."""

    start: int
    end: int
    value: float
    written: str
    scale: str | None = None  # "million", "billion", …
    words: bool = False  # written in words ("twelve")
    integer: bool = True  # written without a decimal part or fraction
    plain_digits: bool = False  # only digits, no separators ("2023")
    #: The plain tokens a composite number is read from -- the number without its sign
    #: ("-5" -> "5"), without its scale letter ("10k" -> "10"), the two sides of a decimal
    #: comma ("3,5"), of a ratio ("1 in 5") or of a join ("3 hundred and 21"). Empty for a
    #: plain token.
    parts: tuple[Number, ...] = ()

    @property
    def year_like(self) -> bool:
        """Plain digits from 1800 to 2100: most likely a year, not an amount."""
        return self.plain_digits and self.scale is None and 1800 <= self.value <= 2100

    @property
    def negative(self) -> bool:
        """Written with a sign of its own ("-1", "minus five")."""
        return self.value < 0 and bool(self.parts) and self.parts[0].value == -self.value


# =========================================================================== words
@dataclass(slots=True)
class _Parsed:
    value: float
    end: int  # characters used
    frac: bool = False  # ends in a fraction ("two thirds", "and a half")
    trail: float = 1.0  # a scale word after that fraction ("three quarters million")
    top: float = 0.0  # the number ends in this scale word ("two million")
    mult: float = 0.0  # the last multiplier written (hundred or a scale), for joins
    ordinal_at: int = -1  # where a singular ordinal denominator starts ("a fifth")
    ordinal_cut: _Parsed | None = None  # the reading without that ordinal


def _tokens(text: str) -> list[tuple[str, int, int, str]]:
    """(lowercase word, start, end, the text between it and the word before)."""
    out = []
    prev = 0
    for m in re.finditer(r"[A-Za-z]+", text):
        out.append((m.group(0).lower(), m.start(), m.end(), text[prev : m.start()]))
        prev = m.end()
    return out


def _cardinal(items: list[tuple[float, str]]) -> float:
    total = group = 0.0
    for v, kind in items:
        if kind == "hundred":
            group = (group or 1) * 100
        elif kind == "scale":
            if not group and total:
                total *= v
            else:
                total += (group or 1) * v
                group = 0.0
        else:
            group += v
    return total + group


def _split_fraction(items: list[tuple[float, str]], den: float) -> tuple[float, float] | None:
    """Numerator and denominator of number words ending in an ordinal.

    Reading right to left, words that continue the ordinal belong to the denominator:
    "thirty fifths" is 35ths, "one hundred fifth" the 105th, "one thousand fifths" 1005ths;
    the first word that cannot (a unit before a unit, a smaller round number before a larger
    one: "one hundred | one thousand fifths") starts the numerator. When every word could
    continue the ordinal, the numerator ends after the first round number followed by a
    smaller word ("one hundred | thirty fifths" = 100/35, "ninety-five hundred | fifths"
    = 9500/5), or it is all of them ("twenty | fifths" = 4).
    """
    k = len(items)
    if not k:
        return None
    right = den
    rnd = den if den >= 100 else 1.0
    j = k
    while j > 0:
        cur, kind = items[j - 1]
        if kind in ("hundred", "scale"):
            if cur < rnd:
                break
            rnd = cur
        elif right >= 100 and right > cur:
            pass  # the multiplier of a round word: "one | hundred"
        elif j == k and right < 10 and kind == "num" and cur % 10 == 0 and 20 <= cur <= 90:
            pass  # "thirty | fifths"
        else:
            break
        right = cur
        j -= 1
    if j == 0:
        j = k
        for i in range(k):
            if items[i][1] in ("hundred", "scale"):
                nxt = items[i + 1][0] if i + 1 < k else den
                if nxt < 100:
                    j = i + 1
                    break
    num = _cardinal(items[:j])
    tail = items[j:]
    if den >= 100:
        denominator = _cardinal(tail + [(den, "hundred" if den == 100 else "scale")])
    else:
        denominator = _cardinal(tail) + den
    if denominator < 2:
        return None
    return num, denominator


_Toks = list[tuple[str, int, int, str]]


class _Cardinal:
    """The cardinal that number words spell, read word by word ("twenty-one", "one hundred
    and six", "three lakh crore"): each ``take_*`` step says whether the word belongs."""

    __slots__ = ("items", "total", "group", "tail", "last_scale", "last", "dozen")

    def __init__(self, article: bool) -> None:
        self.items: list[tuple[float, str]] = [(1.0, "num")] if article else []
        self.total = self.group = self.tail = 0.0
        self.last_scale = 0.0
        self.last = "article" if article else ""
        self.dozen = False

    def take(self, w: str, nxt: str) -> bool | None:
        """Take word ``w``; ``None`` for a connecting "and" (skip it), ``False`` to stop."""
        if w == "and":
            if self.last in ("hundred", "scale") and (nxt in SMALL or nxt in TENS):
                self.items.append((0.0, "and"))
                return None
            return False
        if w in SMALL:
            return self._small(SMALL[w])
        if w in TENS:
            return self._tens(TENS[w])
        if w in ("hundred", "hundreds"):
            return self._hundred(w)
        if w in SCALES:
            return self._scale(SCALES[w])
        if w in DOZEN:
            return self._dozen(w)
        return False

    def _small(self, v: int) -> bool:
        last = self.last
        if (
            last == "article"
            or last in ("small", "dozen")
            or (last == "tens" and (self.group % 10 or v >= 10 or not v))
        ):
            return False
        if last == "tens":
            self.items[-1] = (self.items[-1][0] + v, "num")
            self.tail += v
        else:
            self.items.append((float(v), "num"))
            self.tail = float(v)
        self.group += v
        self.last = "small"
        return True

    def _tens(self, v: int) -> bool:
        last = self.last
        if last == "article" or last in ("small", "tens", "dozen") or (last == "hundred" and self.group % 100):
            return False
        self.items.append((float(v), "num"))
        self.tail = float(v)
        self.group += v
        self.last = "tens"
        return True

    def _hundred(self, w: str) -> bool:
        last = self.last
        if last in ("hundred", "dozen") or self.group >= 100 or (w == "hundreds" and last in ("", "article")):
            return False
        if last == "article":
            self.items.pop()
            self.items.append((1.0, "num"))
        self.items.append((100.0, "hundred"))
        self.group = (self.group or 1) * 100
        self.tail = 0.0
        self.last = "hundred"
        return True

    def _scale(self, v: float) -> bool:
        if self.last == "":
            return False
        if self.last == "scale" and not self.group:
            if v <= self.last_scale:
                return False
            self.total *= v  # "three lakh crore"
        else:
            self.total += (self.group or 1) * v
        self.items.append((v, "scale"))
        self.last_scale = v
        self.group = self.tail = 0.0
        self.last = "scale"
        return True

    def _dozen(self, w: str) -> bool:
        last = self.last
        if last in ("", "dozen") or (last == "article" and w == "dozens"):
            return False
        # the dozen multiplies the group it follows: "three hundred and two dozens" = 324
        if last in ("small", "tens") and self.group != self.tail:
            self.group = self.group - self.tail + self.tail * 12
        else:
            self.group = (self.group or 1) * 12
        self.dozen = True
        self.last = "dozen"
        return True


def _word_at(toks: _Toks, k: int) -> str:
    return toks[k][0] if k < len(toks) else ""


def _half_lead(toks: _Toks, j: int) -> _Parsed:
    """ "half", "a half", "half a dozen", "half million" (``toks[j]`` is "half")."""
    w1, w2 = _word_at(toks, j + 1), _word_at(toks, j + 2)
    if w1 in ("a", "an") and (w2 in SCALES or w2 in DOZEN or w2 == "hundred"):
        mult = SCALES.get(w2) or DOZEN.get(w2) or 100
        return _Parsed(0.5 * mult, toks[j + 2][2], frac=True, trail=mult)
    if w1 in SCALES:
        return _Parsed(0.5 * SCALES[w1], toks[j + 1][2], frac=True, trail=SCALES[w1])
    return _Parsed(0.5, toks[j][2], frac=True)


def _denominator_words(toks: _Toks, k: int, items: list[tuple[float, str]]) -> tuple[int, list[tuple[float, str]]]:
    """Number words the cardinal stopped at that may still name a fraction's denominator:
    "one | one hundred fifth" (1/105), "twenty | twenty fifths" (20/25)."""
    w = _word_at(toks, k)
    if not (w in SMALL or w in TENS or w in ("hundred", "hundreds")):
        return k, items
    n = len(toks)
    fitems = list(items)
    fk = k
    prev = ""
    while fk < n:
        w = toks[fk][0]
        if w in SMALL and prev == "tens" and 0 < SMALL[w] < 10:
            fitems[-1] = (fitems[-1][0] + SMALL[w], "num")
            prev = "small"
        elif w in SMALL or w in TENS:
            fitems.append((float(SMALL.get(w, TENS.get(w, 0))), "num"))
            prev = "tens" if w in TENS else "small"
        elif w in ("hundred", "hundreds"):
            fitems.append((100.0, "hundred"))
            prev = "hundred"
        elif w in SCALES:
            fitems.append((SCALES[w], "scale"))
            prev = "scale"
        elif w == "and" and (
            _word_at(toks, fk + 1) in SMALL or _word_at(toks, fk + 1) in TENS or _word_at(toks, fk + 1) in FRACTIONS
        ):
            fitems.append((0.0, "and"))
            prev = "and"
        else:
            break
        fk += 1
    return fk, fitems


def _point_decimal(toks: _Toks, k: int, value: float, cardinal: _Parsed) -> _Parsed:
    """Decimals in words after ``toks[k]`` == "point": "two hundred point zero three",
    "nine point nought four"; the cardinal alone when no digit words follow."""
    n = len(toks)
    digits = ""
    p = k + 1
    while p < n:
        d = toks[p][0]
        if d in SMALL and SMALL[d] < 10:
            digits += str(SMALL[d])
            p += 1
            continue
        if not digits and (d in SMALL or d in TENS):  # "point eleven", "point seventy-one"
            v = SMALL.get(d, TENS.get(d, 0))
            p += 1
            if d in TENS and _word_at(toks, p) in SMALL and 0 < SMALL[_word_at(toks, p)] < 10:
                v += SMALL[_word_at(toks, p)]
                p += 1
            digits = str(v)
        break
    if not digits:
        return cardinal
    val = value + float("0." + digits)
    dend = toks[p - 1][2]
    if _word_at(toks, p) in SCALES:
        val *= SCALES[_word_at(toks, p)]
        dend = toks[p][2]
    return _Parsed(val, dend)


def _and_fraction(toks: _Toks, k: int, value: float, top: float) -> _Parsed | None:
    """ "and a half", "and three fifths", "and a half million", "and three and three fifths"
    after the cardinal ``value`` (``toks[k]`` is "and")."""
    rest = _parse(toks, k + 1)
    if rest is None or not rest.frac:
        return None
    if rest.trail > 1:
        val = value + rest.value if top else (value + rest.value / rest.trail) * rest.trail
    elif top and rest.value < 1:
        val = value + rest.value * top
    else:
        val = value + rest.value
    return _Parsed(val, rest.end, frac=True, trail=rest.trail)


def _parse(toks: _Toks, i: int) -> _Parsed | None:
    article = _word_at(toks, i) in ("a", "an")
    j = i + 1 if article else i
    w = _word_at(toks, j)
    if w == "half":
        return _half_lead(toks, j)
    # --- a fraction word with no numerator: "quarter million" (a noun otherwise)
    if w in FRACTIONS and not article:
        nxt = _word_at(toks, j + 1)
        if nxt in SCALES and w in ("quarter", "third"):
            return _Parsed(SCALES[nxt] / FRACTIONS[w], toks[j + 1][2], frac=True, trail=SCALES[nxt])
        return None
    # --- a cardinal: "twenty-one", "one hundred and six", "three lakh crore"
    card = _Cardinal(article)
    end = 0
    k = j
    while k < len(toks):
        took = card.take(toks[k][0], _word_at(toks, k + 1))
        if took is False:
            break
        if took:
            end = toks[k][2]
        k += 1
    items, last = card.items, card.last
    if last in ("", "article"):
        # "a fifth", "a hundredth", "a twenty-first"
        if (
            article
            and _word_at(toks, j) in TENS
            and _word_at(toks, j + 1) in FRACTIONS
            and FRACTIONS[_word_at(toks, j + 1)] < 10
        ):
            items.append((float(TENS[_word_at(toks, j)]), "num"))
            k = j + 1
        elif not (article and _word_at(toks, j) in FRACTIONS):
            return None
        else:
            k = j
    value = card.total + card.group
    top = card.last_scale if last == "scale" else 0.0
    mult = 100.0 if last == "hundred" else card.last_scale if last == "scale" else 0.0
    cardinal = _Parsed(value, end, top=top, mult=mult) if last not in ("", "article") else None
    # --- a fraction: "two thirds", "one hundred thirty fifths", "three quarters billion"
    if not card.dozen:
        fk, fitems = _denominator_words(toks, k, items)
        frac = _fraction_at(toks, fk, fitems, cardinal)
        if frac is not None:
            return None if math.isnan(frac.value) else frac  # NaN marks "an ordinal, no number"
    w = _word_at(toks, k)
    if cardinal is None:
        return None
    if w == "point":
        return _point_decimal(toks, k, value, cardinal)
    if w == "and" and not card.dozen:
        joined = _and_fraction(toks, k, value, top)
        if joined is not None:
            return joined
    return cardinal


def _fraction_at(
    toks: list[tuple[str, int, int, str]], k: int, items: list[tuple[float, str]], cardinal: _Parsed | None
) -> _Parsed | None:
    """The fraction whose ordinal denominator is ``toks[k]``, if it is one."""
    n = len(toks)

    def word(p: int) -> str:
        return toks[p][0] if p < n else ""

    w = word(k)
    if w not in FRACTIONS or not items:
        return None
    if w in ("first", "firsts") and not (items[-1][1] == "num" and items[-1][0] % 10 == 0 and items[-1][0] >= 20):
        return None
    singular = not (w.endswith("s") or w == "halves")
    got = _fraction(items, FRACTIONS[w])
    if got is not None and singular and got[0] != 1:
        got = None
    if got is None:
        if "-" in toks[k][3] and len(items) == 1 and items[0][1] == "num":
            return _Parsed(float("nan"), 0)  # "twenty-first": an ordinal
        return None
    num, den, x, x_top = got
    fend = toks[k][2]
    trail = 1.0
    if word(k + 1) in SCALES:
        trail = SCALES[word(k + 1)]
        fend = toks[k + 1][2]
    if x is None:
        val = num / den * trail
    elif num < den:
        f = num / den
        if trail > 1:
            val = x + f * trail
        elif x_top:
            val = x + f * x_top
        else:
            val = x + f
    else:
        val = (x + num) / den * trail
    res = _Parsed(val, fend, frac=True, trail=trail)
    if singular and trail == 1.0:
        res.ordinal_at = toks[k][1]
        res.ordinal_cut = cardinal
    return res


def _fraction(items: list[tuple[float, str]], den_word: float) -> tuple[float, float, float | None, float] | None:
    """(numerator, denominator, whole part or None, the scale the whole part ends in)."""
    if any(kind == "and" for _, kind in items):
        cut = max(i for i, (_, kind) in enumerate(items) if kind == "and")
        before, after = items[:cut], items[cut + 1 :]
        if not after:
            return _fraction([it for it in items if it[1] != "and"], den_word)
        got = _split_fraction(after, den_word)
        if got is None:
            return None
        whole = [it for it in before if it[1] != "and"]
        x_top = whole[-1][0] if whole and whole[-1][1] == "scale" else 0.0
        return got[0], got[1], _cardinal(whole), x_top
    got = _split_fraction(items, den_word)
    if got is None:
        return None
    return got[0], got[1], None, 0.0


def parse_words(text: str) -> tuple[float, int] | None:
    """Value of the number words that start ``text``, and how many characters they use.

    The longest valid prefix is used: "one two" stops after "one". A dozen multiplies the
    group right before it ("three hundred and two dozens" is 300 + 2 × 12 = 324). Returns
    ``None`` when ``text`` does not start with a number (a lone "a", a bare "quarter" or
    "third", which are nouns or ordinals).
    """
    parsed = _parse(_tokens(text), 0)
    if parsed is None:
        return None
    return parsed.value, parsed.end


def parse_number(text: str) -> float | None:
    """The value of a whole string written as one number ("1,234.5", "twenty-one", "3/4")."""
    text = text.strip()
    for tok in find_numbers(text):
        if tok.start == 0 and tok.end == len(text):
            return tok.value
    return None


# =========================================================================== scanning
@dataclass(slots=True)
class _Tok:
    num: Number
    frac: bool = False
    trail: float = 1.0
    top: float = 0.0
    mult: float = 0.0


def _plain(text: str, start: int, end: int, value: float, **kw: Any) -> Number:
    return Number(start, end, value, text[start:end], **kw)


def _base_tokens(text: str) -> list[_Tok]:
    """Every number as one reading of its own (no signs, ratios or joins yet)."""
    out: list[_Tok] = []
    pos = 0
    search = _NextNumber(text).search
    while True:
        m = search(pos)
        if m is None:
            return out
        if m.group("ordinal"):
            pos = m.end()
            continue
        if m.group("dotted"):
            p = m.start()
            for piece in m.group("dotted").split("."):
                out.append(_Tok(_plain(text, p, p + len(piece), float(piece), plain_digits=True)))
                p += len(piece) + 1
            pos = m.end()
            continue
        if m.group("words") is not None:
            tok, pos = _words_token(text, m)
        else:
            tok, pos = _figures_token(text, m)
        if tok is not None:
            out.append(tok)


_DIGIT_GROUPING = re.compile(r"[,\s\u00a0\u202f\u2009]")


def _figures_value(text: str, m: re.Match[str]) -> tuple[float, bool, bool, tuple[Number, ...]] | None:
    """(value, integer, plain digits, parts) of a number written in figures; ``None`` when
    it is no number (a zero denominator, an exponent out of range)."""
    start, end = m.start(), m.end()
    if m.group("sci"):
        mant = float(m.group("mant"))
        try:
            if m.group("e") is not None or m.group("tenexp") is not None:
                value = float(f"{m.group('mant')}e{m.group('e') or m.group('tenexp')}")
            else:
                raw_exp = m.group("pexp")  # "1.1^--23": the minus signs cancel
                exp = int(raw_exp.lstrip("+-"))
                value = mant ** (-exp if raw_exp.count("-") % 2 else exp)
        except (OverflowError, ZeroDivisionError):
            return None
        if not math.isfinite(value):
            return None
        return value, float(value).is_integer(), False, ()
    if m.group("euro") or m.group("comma"):
        raw = m.group("euro") or m.group("comma")
        left, right = raw.split(",")
        parts = (
            _plain(text, start, start + len(left), float(left), plain_digits=left.isdigit(), integer="." not in left),
            _plain(text, start + len(left) + 1, end, float(right), plain_digits=True),
        )
        return float(left.replace(".", "") + "." + right), False, False, parts
    if m.group("mixed"):
        d = int(m.group("fd"))
        return None if d == 0 else (int(m.group("whole")) + int(m.group("fn")) / d, False, False, ())
    if m.group("frac"):
        d = int(m.group("d"))
        return None if d == 0 else (int(m.group("n")) / d, False, False, ())
    if m.group("digits"):
        digits = m.group("digits")
        value = float(_DIGIT_GROUPING.sub("", digits))
        if m.group("vulgar2"):
            return value + VULGAR[m.group("vulgar2")], False, False, ()
        return value, "." not in digits, digits.isdigit(), ()
    return VULGAR[m.group("vulgar")], False, False, ()


def _figures_token(text: str, m: re.Match[str]) -> tuple[_Tok | None, int]:
    """A number in figures with the scale written after it ("4 million", "10k"), and where
    scanning goes on."""
    start, end = m.start(), m.end()
    read = _figures_value(text, m)
    if read is None:
        return None, end
    value, integer, plain, parts = read
    info = _Tok(None)  # type: ignore[arg-type]  # the Number is filled in below
    scale: str | None = None
    sm = None if m.group("sci") or parts else _SCALE_AFTER.match(text, end)
    if sm:
        name = sm.group("scale").lower()
        is_hundred = name == "hundred"
        is_dozen = name.startswith("do") or name == "dzs"
        mult = 100.0 if is_hundred else 12.0 if is_dozen else SCALES[name]
        if sm.group("scale2"):
            mult *= SCALES[sm.group("scale2").lower()]
        value *= mult
        if not is_hundred and not is_dozen:
            scale = name.rstrip("s")
            if sm.group("scale2"):
                scale = f"{scale} {sm.group('scale2').lower().rstrip('s')}"
        info.mult = 100.0 if is_hundred else 0.0 if is_dozen else mult
        info.top = 0.0 if is_hundred or is_dozen else mult
        end = sm.end()
        plain = False
    elif not m.group("sci") and not parts and m.group("digits") and not m.group("vulgar2"):
        sf = _SUFFIX_RE.match(text, end)
        if sf and _suffix_ok(text, sf):
            bare = _plain(text, start, end, value, integer=integer, plain_digits=plain)
            factor = _SUFFIX[sf.group("abbr")]
            value *= factor
            scale = _SCALE_NAMES[factor]
            parts = (bare,)
            end = sf.end()
            plain = False
            info.top = factor
    info.num = Number(
        start=start,
        end=end,
        value=value,
        written=text[start:end],
        scale=scale,
        words=False,
        integer=integer,
        plain_digits=plain,
        parts=parts,
    )
    return info, end


def _words_token(text: str, m: re.Match[str]) -> tuple[_Tok | None, int]:
    """A number in words ("twenty-one", "half a million"), and where scanning goes on."""
    start = m.start()
    raw = m.group("words")
    parsed = _parse(_tokens(raw), 0)
    if parsed is not None and parsed.ordinal_at >= 0:
        nw = _NEXT_WORD.match(text, start + parsed.end)
        if nw and nw.group(1).lower() not in _ORDINAL_FOLLOW_OK:
            # "a fifth generation fighter": an ordinal, not a fifth
            parsed = parsed.ordinal_cut
    if parsed is None:
        fs = _FRACTION_OF_SCALE.match(text, start)
        if fs and not _ORDINAL_BEFORE.search(text, max(0, start - 12), start):
            # "the quarter of a million pots": a quarter of a million all the same (not "the
            # third quarter of a million-year span")
            value = SCALES[fs.group("scale").lower()] / FRACTIONS[fs.group("frac").lower()]
            number = Number(
                start, fs.end(), value, fs.group(0), scale=fs.group("scale").lower(), words=True, integer=False
            )
            return _Tok(number), fs.end()
        qc = _QUARTER_CENTURY.match(text, start)
        if qc:  # "the past quarter century": no article, but a number all the same
            value = 0.25 if qc.group(1).lower().startswith("quarter") else 0.5
            number = Number(start, start + len(qc.group(1)), value, qc.group(1), words=True, integer=False)
            return _Tok(number, frac=True), start + len(qc.group(1))
        # a lone "a", "a nine" (the article is not part of the number), a bare
        # "quarter", an ordinal: skip the first word only
        first = re.match(r"[A-Za-z]+(?:-(?:first|third|fourth|fifth|sixth|seventh|eighth|ninth)\b)?", raw)
        return None, start + (first.end() if first else 1)
    value = parsed.value
    used = parsed.end
    end = start + used
    if raw[:used].lower().endswith("half"):
        # "half a century", "half a mile": the article belongs to the number
        ha = _HALF_A.match(text, end)
        if ha:
            end = ha.end()
    pm = _PRONOUN_BEFORE.search(text, max(0, start - 12), start) if raw[:used].lower() == "one" else None
    if pm and (pm.group(0).split()[0].lower() == "no" or _PRONOUN_AFTER.match(text, end)):
        return None, end  # "the one you mentioned", "which one?": a pronoun
    low = text[start:end].lower()
    scale = next(
        (name for name in ("trillion", "billion", "million", "thousand", "lakh", "crore") if name in low), None
    )
    number = Number(
        start=start,
        end=end,
        value=value,
        written=text[start:end],
        scale=scale,
        words=True,
        integer=float(value).is_integer(),
        plain_digits=False,
        parts=(),
    )
    return _Tok(number, frac=parsed.frac, trail=parsed.trail, top=parsed.top, mult=parsed.mult), end


def _suffix_ok(text: str, sf: re.Match[str]) -> bool:
    abbr = sf.group("abbr")
    if sf.group("sp") and abbr in ("K", "b", "B"):
        return False  # "100 K" is kelvin; "5 B" a label
    if abbr == "G" and _WORD_AFTER.match(text, sf.end()):
        return False  # "5G networks": a generation, not 5 billion
    return True


def _join(text: str, a: _Tok, b: _Tok) -> _Tok | None:
    """``a`` and ``b`` read as one number, or ``None``."""
    x, y = a.num, b.num
    if x.value < 0 or y.value < 0:
        return None
    gap = text[x.end : y.start]
    return (
        _join_and_fraction(text, a, b, gap)
        or _join_scaled(text, a, b, gap)
        or _join_ratio(text, a, b, gap)
        or _join_of_scale(text, a, b, gap)
    )


def _join_and_fraction(text: str, a: _Tok, b: _Tok, gap: str) -> _Tok | None:
    """ "3 million and a half", "3 million and a quarter"."""
    x, y = a.num, b.num
    if a.top and not x.words and y.words and b.frac and _GAP_AND.fullmatch(gap) and (y.value < 1 or b.trail > 1):
        value = x.value + y.value if b.trail > 1 else x.value + y.value * a.top
        return _Tok(_composite(text, x, y, value, integer=False), frac=True)
    return None


def _join_scaled(text: str, a: _Tok, b: _Tok, gap: str) -> _Tok | None:
    """ "4 thousand 3 hundred and 21", "6 crore and two hundred"."""
    x, y = a.num, b.num
    if not (a.mult and not x.words and y.value > 0 and y.integer):
        return None
    if _GAP_SPACE.fullmatch(gap):
        ok = bool(b.mult and b.mult < a.mult and y.value < a.mult)
    elif _GAP_AND.fullmatch(gap):
        ok = y.value < a.mult and bool(
            (y.words and not b.frac) or (b.mult and b.mult < a.mult) or (y.plain_digits and y.value < min(a.mult, 1000))
        )
    else:
        ok = False
    if ok:
        return _Tok(_composite(text, x, y, x.value + y.value, scale=x.scale), mult=b.mult, top=b.top)
    return None


def _join_ratio(text: str, a: _Tok, b: _Tok, gap: str) -> _Tok | None:
    """ "one over three", "1 in twenty-one", "two out of five hundred"."""
    x, y = a.num, b.num
    rm = _GAP_RATIO.fullmatch(gap)
    if not (
        rm and x.integer and y.integer and y.value > 0 and not x.parts and not y.parts and not b.frac and not a.frac
    ):
        return None
    if rm.group("op").lower() == "over":
        ok = not y.year_like and not _WORD_AFTER.match(text, y.end)
    else:
        ok = x.value < y.value and not y.year_like and not x.year_like
    return _Tok(_composite(text, x, y, x.value / y.value, integer=False), frac=True) if ok else None


def _join_of_scale(text: str, a: _Tok, b: _Tok, gap: str) -> _Tok | None:
    """ "two thirds of a million"."""
    x, y = a.num, b.num
    if a.frac and a.trail == 1.0 and x.words and x.value < 1 and _GAP_OF.fullmatch(gap) and _A_SCALE.match(y.written):
        return _Tok(_composite(text, x, y, x.value * y.value, integer=False, scale=y.scale))
    return None


def fraction_of_scale(text: str, tok: Number) -> bool:
    """Is ``tok`` a fraction of a scale word with its article, one figure ("a third of a
    million", "two-thirds of a billion", :func:`_join_of_scale`), not a share of a figure
    after it ("a third of a million-year span" is a third of a span)?"""
    if len(tok.parts) != 2:
        return False
    x, y = tok.parts
    return (
        x.words
        and 0 < x.value < 1
        and _GAP_OF.fullmatch(text, x.end, y.start) is not None
        and _A_SCALE.match(y.written) is not None
        and text[y.end : y.end + 1] != "-"
    )


def _composite(
    text: str, x: Number, y: Number, value: float, *, integer: bool = True, scale: str | None = None
) -> Number:
    return Number(
        x.start,
        y.end,
        value,
        text[x.start : y.end],
        scale=scale,
        words=x.words and y.words,
        integer=integer and float(value).is_integer(),
        parts=(x, y),
    )


def _signed(text: str, tok: Number) -> Number:
    """``tok`` with a sign standing alone before it: "-1", "- 1 4/5", "minus one"."""
    lo = max(0, tok.start - 12)
    wm = _SIGN_WORD.search(text, lo, tok.start)
    if wm:
        start = wm.start()
    else:
        cm = _SIGN_CHAR.search(text, lo, tok.start)
        if not cm or tok.words:
            return tok
        start = cm.start()
        # the last character before the sign past spaces and tabs (not a copy of all the
        # text before it, once per number: quadratic in a long paragraph)
        k = start
        while k > 0 and text[k - 1] in " \t":
            k -= 1
        before = text[k - 1] if k else ""
        if start and not (text[start - 1].isspace() or text[start - 1] in "([{=:;,+*/<>~"):
            return tok  # "Long March-5", "2028-2031", "SCP-173": a hyphen
        if before and (before[-1].isdigit() or before[-1] in ")%]"):
            return tok  # "2 - 5", "5 -10": a range
        if cm.group("sp") and before and before[-1] not in "([{=:;,":
            return tok  # "well - 5": a dash, unless it opens the text or a bracket
    return Number(
        start,
        tok.end,
        -tok.value,
        text[start : tok.end],
        scale=tok.scale,
        words=tok.words,
        integer=tok.integer,
        parts=(tok,),
    )


def find_numbers(text: str) -> Iterator[Number]:
    """Every number in ``text``, left to right, non-overlapping, scale words included.

    Context checks (identifiers, years, dates, URLs, "24/7") are the caller's; a composite
    token's :attr:`~Number.parts` are the plain tokens it is read from.
    """
    yield from _numbers_in(text)


@per_document
def _numbers_in(text: str) -> tuple[Number, ...]:
    """:func:`find_numbers`, read once per text (the extractors and the arithmetic rules
    read the same paragraphs; a :class:`Number` is immutable)."""
    return tuple(_find_numbers(text))


def _find_numbers(text: str) -> Iterator[Number]:
    base = _base_tokens(text)
    if not base:
        return
    merged: list[Number] = []
    cur = base[0]
    for nxt in base[1:]:
        joined = _join(text, cur, nxt)
        if joined is not None:
            cur = joined
            continue
        merged.append(cur.num)
        cur = nxt
    merged.append(cur.num)
    for tok in merged:
        yield _signed(text, tok)


def match_scale(text: str, pos: int) -> tuple[float, str, int] | None:
    """A glued scale abbreviation at ``pos`` ("bn" in "$1.5bn"): (factor, name, end)."""
    m = _SCALE_ABBR_RE.match(text, pos)
    if not m:
        return None
    abbr = m.group("abbr")
    if m.group("sp") and abbr in ("m", "M", "b", "B", "k", "K"):
        return None  # "5 m" is five metres; only glued "5m" or spelled "5 bn" scale
    factor = _SCALE_ABBR[abbr]
    return factor, _SCALE_NAMES[factor], m.end()


def match_qualifier(text: str, pos: int) -> tuple[str, int] | None:
    """The qualifier written right before ``pos``: (model qualifier, its start offset)."""
    lo = max(0, pos - 24)
    m = _QUAL_RE.search(text, lo, pos)
    if not m:
        return None
    q = m.group("q").lower()
    verb = _PARTICLE_OF.get(q)
    if verb is not None and verb.search(text, max(0, m.start("q") - 12), m.start("q")):
        return None  # a phrasal verb's particle, not a bound
    return QUALIFIERS[q], m.start("q")


#: qualifiers that are a verb's particle after these verbs: "the quotas add up to 6.4 million
#: tonnes" (a total), "couriers handed over 398 million parcels", "the firm turned over £2
#: billion" ("carried over 40 tonnes", "signed over 40 contracts" stay bounds)
_PARTICLE_OF = {
    "up to": re.compile(r"\b(?:add|adds|added|adding|sum|sums|summed|summing)\s+$", re.IGNORECASE),
    "over": re.compile(r"\b(?:hand|hands|handed|handing|turn|turns|turned|turning)\s+$", re.IGNORECASE),
}


# --------------------------------------------------------------------------- other languages
#: the scale words of the European languages a cited title is most often in, by the English
#: word (Spanish and Portuguese "mil millones" / "mil milhões" are a thousand million; the
#: long-scale "billón" / "Billion" of Spanish and German, a million million, are left out
#: with the French "billion": they read as the English word)
_FOREIGN_SCALES = {
    "billion": "mil millones|mil milhões|milliards?|milliarden?|miliardi|miliardo|bilhões|bilhão|bilión|miljarden?|mrd\\.?",
    "million": "millones|millón|millions?|millionen|million|milioni|milione|milhões|milhão|miljoen(?:en)?|mio\\.?",
}
#: the units and currencies such a title counts in, by the English word
_FOREIGN_UNITS = {
    "tonnes": "toneladas|tonnes|tonnellate|tonnen|ton|tonnes métriques",
    "hectares": "hectáreas|hectares|ettari|hektar|hectare",
    "euros": "euros?|eur",
    "dollars": "dólares|dollars|dollari|dollar|dólar",
    "barrels": "barriles|barils|barili|barrel|vaten",
    "litres": "litros|litres|litri|liter",
    "kilometres": "kilómetros|kilomètres|chilometri|kilometer|quilómetros|quilômetros",
}
_FOREIGN_NUMBER = re.compile(
    r"(?<![\w.,])(?P<int>\d{1,3}(?:\.\d{3})+|\d+)(?:,(?P<dec>\d+))?\s+"
    r"(?P<scale>" + "|".join(f"(?P<s{i}>{alt})" for i, alt in enumerate(_FOREIGN_SCALES.values())) + r")\b"
    r"(?:\s+(?:de|di|d['’]|van)\s*)?"
    r"(?:\s*(?P<unit>" + "|".join(f"(?P<u{i}>{alt})" for i, alt in enumerate(_FOREIGN_UNITS.values())) + r")\b)?",
    re.IGNORECASE,
)
# a scale word only another language writes, or a Romance "de"/"di" after one
_FOREIGN_MARK = re.compile(
    r"mil\s+millones|mil\s+milhões|milliard|miliard|bilhões|bilhão|bilión|miljard|millones|millón|millionen|"
    r"milion|milhões|milhão|miljoen|\bmio\b|\bmrd\b|\b(?:millions?|milliards?)\s+(?:de|d['’])",
    re.IGNORECASE,
)


#: a whole number whose thousands are set apart by points ("12.570", "1.250.000")
_POINT_GROUPED = re.compile(r"(?<![\w.,])\d{1,3}(?:\.\d{3})+(?![\w.,]*\d|\w)")
#: signs of a German, Dutch or Romance title: its letters, its short words
_OTHER_LANGUAGE = re.compile(
    r"[äöüßñãõçøåœ]|\b(?:der|die|das|und|mit|für|über|im|zum|zur|het|een|van|voor|los|las|del|"
    r"por|para|les|des|du|pour|avec|della|delle|degli|nel|sulla)\b",
    re.IGNORECASE,
)


def _grouped_by_points(text: str, written: str | None = None) -> str:
    """A title in German, Dutch or a Romance language that sets thousands apart by points
    ("Jahresbericht 2024: 12.570 Einsätze") with the points as commas ("12,570
    Einsätze"), so the figure is not read as 12.57. Only a title with signs of the language (its letters
    or short words) and no figure grouped the English way; only groups of three digits."""
    written = text if written is None else written  # (the title before its scale words were read)
    if not _POINT_GROUPED.search(text) or re.search(r"\d,\d{3}\b", written) or not _OTHER_LANGUAGE.search(written):
        return text
    return _POINT_GROUPED.sub(lambda m: m.group(0).replace(".", ","), text)


def in_english(text: str) -> str:
    """A title in another European language with its figures written the English way, so
    the English reader can read them: "2,76 millones de toneladas" → "2.76 million tonnes",
    "12.450 millones de dólares" → "12,450 million dollars", "4,7 Milliarden Euro" → "4.7
    billion euros", "1,3 milliard d'euros" → "1.3 billion euros". The language is known by
    its scale word ("millones", "Milliarden", "milioni", "milhões", "miljoen"; "millions
    de"): in such a figure the comma is the decimal sign and the point groups thousands.
    A text without one is returned as it is ("2,760 million tonnes" stays 2,760 million)."""
    if not _FOREIGN_MARK.search(text):
        return _grouped_by_points(text)

    def english(m: re.Match[str]) -> str:
        scale = next(w for i, w in enumerate(_FOREIGN_SCALES) if m.group(f"s{i}"))
        whole = f"{int(m.group('int').replace('.', '')):,}"  # "9,360 million": no year 9360
        number = whole + ("." + m.group("dec") if m.group("dec") else "")
        out = f"{number} {scale}"
        if m.group("unit"):
            out += " " + next(w for i, w in enumerate(_FOREIGN_UNITS) if m.group(f"u{i}"))
        return out

    return _grouped_by_points(_FOREIGN_NUMBER.sub(english, text), text)
