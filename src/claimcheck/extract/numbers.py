"""Numbers as English prose writes them: the shared number parser of the numeric extractors.

:func:`find_numbers` scans a text once and yields :class:`Number` tokens: digits with
thousands separators ("1,234.5", Indian "12,34,567"), decimals (".25"), mixed and plain
fractions ("10 1/2", "3/4", "½"), number words ("twelve", "twenty-one", "one hundred and
six", "a dozen", "three quarters", "half a million", "one and a half") and a scale word
after digits ("4 million", "6.6 trillion", "25 lakh"). :func:`match_scale` reads money's
glued scale abbreviations ("$1.5bn", "€3m", "$10k"); :func:`match_qualifier` the hedge
written before a number ("more than", "about", "up to", …).

A token knows only what it is. Whether it is a claim -- or a year, an identifier such as
"LM-11", a footnote citation detail -- is decided by the extractor that reads the context.
:func:`parse_words` and :func:`parse_number` are the pure parsers, for tests and rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

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
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
#: Scale words, in the value they multiply by.
SCALES = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "lakh": 1e5,
    "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}
#: Fraction words, by denominator: "two thirds", "a quarter", "five eighths".
FRACTIONS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "eighth": 8, "eighths": 8,
    "tenth": 10, "tenths": 10,
}
DOZEN = {"dozen": 12, "dozens": 12}
VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125, "⅕": 0.2}
_SCALE_NAMES = {1e3: "thousand", 1e6: "million", 1e9: "billion", 1e12: "trillion", 1e5: "lakh", 1e7: "crore"}

_WORD_ALT = "|".join(
    sorted(
        list(SMALL) + list(TENS) + ["hundred"] + list(SCALES) + list(FRACTIONS) + list(DOZEN),
        key=len,
        reverse=True,
    )
)
# A run of number words joined by spaces, hyphens or "and"; optionally led by "a"/"an".
_WORDS = (
    rf"\b(?:an?\s+)?(?:{_WORD_ALT})"
    rf"(?:(?:\s*-\s*|\s+and\s+(?:an?\s+)?|\s+an?\s+|\s+)(?:{_WORD_ALT}))*\b"
)
_DIGITS = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?"  # 1,234,567.5
    r"|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?"  # 12,34,567.89 (Indian grouping)
    r"|\d+\.\d+|\d+|\.\d+"
)
_NUMBER_RE = re.compile(
    r"(?P<mixed>(?P<whole>\d+)\s+(?P<fn>\d)/(?P<fd>\d{1,2})(?![\d/]))"
    r"|(?P<frac>(?P<n>\d{1,2})/(?P<d>\d{1,2})(?![\d/]))"
    rf"|(?P<digits>{_DIGITS})(?:\s?(?P<vulgar2>[½¼¾⅓⅔⅛⅕]))?"
    r"|(?P<vulgar>[½¼¾⅓⅔⅛⅕])"
    rf"|(?P<words>{_WORDS})",
    re.IGNORECASE,
)
_HALF_A = re.compile(r"[ \t]+an?(?=[ \t]+[A-Za-z])", re.IGNORECASE)
_QUARTER_CENTURY = re.compile(r"(quarter|half)(?=[ \t-]+(?:century|centuries|millennium)\b)", re.IGNORECASE)
_SCALE_AFTER = re.compile(
    r"[ \t]*(?P<scale>thousand|million|billion|trillion|lakhs?|crores?|hundred|dozens?)\b"
    r"(?:[ \t]+(?P<scale2>thousand|million|billion|trillion)\b)?",
    re.IGNORECASE,
)
# money's glued abbreviations: "$1.5bn", "€3m", "$10k", "5.2 bn", "US$3tn"
_SCALE_ABBR = {
    "k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6, "mn": 1e6, "mln": 1e6, "mio": 1e6, "bn": 1e9,
    "b": 1e9, "B": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12,
}
_SCALE_ABBR_RE = re.compile(
    r"(?P<sp>[ \t]?)(?P<abbr>mln|mio|mn|bn|bln|trn|tn|k|K|m|M|b|B)(?![A-Za-z0-9])"
)

#: Written qualifier -> the model's qualifier vocabulary.
QUALIFIERS = {
    "more than": "more than", "above": "more than", "in excess of": "more than",
    "upwards of": "more than", "exceeding": "more than", "greater than": "more than",
    "higher than": "more than", "well over": "over", "just over": "over", "over": "over",
    "less than": "less than", "fewer than": "less than", "below": "less than",
    "lower than": "less than", "under": "under", "just under": "under",
    "about": "about", "around": "about", "approximately": "about", "roughly": "about",
    "some": "about", "an estimated": "about", "estimated": "about", "circa": "about",
    "approx.": "about", "ca.": "about", "~": "about", "close to": "nearly",
    "nearly": "nearly", "almost": "nearly",
    "up to": "up to", "as many as": "up to", "as much as": "up to",
    "at least": "at least", "no less than": "at least", "no fewer than": "at least",
    "a minimum of": "at least",
    "at most": "at most", "no more than": "at most", "a maximum of": "at most",
}
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
    hyphen_joined: bool = False  # "fifty-two", not "fifty - two"

    @property
    def year_like(self) -> bool:
        """Plain digits from 1800 to 2100: most likely a year, not an amount."""
        return self.plain_digits and self.scale is None and 1800 <= self.value <= 2100


def parse_words(text: str) -> tuple[float, int] | None:
    """Value of the number words that start ``text``, and how many characters they use.

    The longest valid prefix is used: "three hundred and two dozens" is 3 624 (as
    "three hundred and two" dozens would be read by nobody, the dozen multiplies the
    group it follows: 302 × 12), "one two" stops after "one". Returns ``None`` when
    ``text`` does not start with a number (a lone "a", a bare "quarter" or "third",
    which are nouns or ordinals).
    """
    toks = [(m.group(0).lower(), m.end()) for m in re.finditer(r"[A-Za-z]+", text)]
    n = len(toks)

    def word(k: int) -> str:
        return toks[k][0] if k < n else ""

    i = 0
    article = word(0) in ("a", "an")
    if article:
        i = 1
    w = word(i)
    # --- fractions that lead: "half", "a half", "half a dozen", "a quarter", "quarter million"
    if w == "half":
        if word(i + 1) in ("a", "an") and (word(i + 2) in SCALES or word(i + 2) in DOZEN or word(i + 2) == "hundred"):
            mult = SCALES.get(word(i + 2)) or DOZEN.get(word(i + 2)) or 100
            return 0.5 * mult, toks[i + 2][1]
        if word(i + 1) in SCALES:
            return 0.5 * SCALES[word(i + 1)], toks[i + 1][1]
        return 0.5, toks[i][1]
    if w in FRACTIONS:
        value = 1 / FRACTIONS[w]
        if word(i + 1) in SCALES:
            return value * SCALES[word(i + 1)], toks[i + 1][1]
        if not article or w.endswith("s"):
            return None
        return value, toks[i][1]
    # --- a cardinal: "twenty-one", "one hundred and six", "two thousand and two hundred"
    total = 0.0
    group = 0.0
    tail = 0.0  # the last small group ("three" in "one hundred and three")
    tail_after_and = False
    last = "article" if article else ""
    end = 0
    k = i
    while k < n:
        w = word(k)
        if w == "and":
            nxt = word(k + 1)
            if last in ("hundred", "scale") and (nxt in SMALL or nxt in TENS):
                k += 1
                continue
            break
        if w in SMALL:
            if last == "article" or last in ("small", "dozen") or (last == "tens" and (group % 10 or SMALL[w] >= 10)):
                break
            if last != "tens":
                tail_after_and = word(k - 1) == "and"
                tail = 0.0
            group += SMALL[w]
            tail += SMALL[w]
            last = "small"
        elif w in TENS:
            if last == "article" or last in ("small", "tens", "dozen") or (last == "hundred" and group % 100):
                break
            tail_after_and = word(k - 1) == "and"
            tail = float(TENS[w])
            group += TENS[w]
            last = "tens"
        elif w == "hundred":
            if last in ("hundred", "dozen") or group >= 100:
                break
            group = (group or 1) * 100
            last = "hundred"
        elif w in SCALES:
            if last == "" or (last == "scale" and not group):
                break
            total += (group or 1) * SCALES[w]
            group = 0.0
            last = "scale"
        elif w in DOZEN:
            if last in ("", "dozen") or (last == "article" and w == "dozens"):
                break
            group = (group or 1) * 12
            last = "dozen"
        else:
            break
        end = toks[k][1]
        k += 1
    if last in ("", "article"):
        return None
    value = total + group
    # --- a fraction after the cardinal: "two thirds", "three quarters billion"
    w = word(k)
    if w in FRACTIONS and w not in ("half", "halves") and last in ("small", "tens"):
        if w.endswith("s") or value == 1:
            if tail_after_and and tail != value:
                # "one hundred and three quarters": the fraction is the tail's
                value = value - tail + tail / FRACTIONS[w]
            else:
                value = value / FRACTIONS[w]
            end = toks[k][1]
            k += 1
            if word(k) in SCALES:
                value *= SCALES[word(k)]
                end = toks[k][1]
            return value, end
    # --- "and a half", "and a quarter", "and three fifths"
    if word(k) == "and":
        if word(k + 1) in ("a", "an") and word(k + 2) in FRACTIONS and not word(k + 2).endswith("s"):
            return value + 1 / FRACTIONS[word(k + 2)], toks[k + 2][1]
        num = SMALL.get(word(k + 1))
        if num and word(k + 2) in FRACTIONS and word(k + 2).endswith("s"):
            return value + num / FRACTIONS[word(k + 2)], toks[k + 2][1]
    return value, end


def parse_number(text: str) -> float | None:
    """The value of a whole string written as one number ("1,234.5", "twenty-one", "3/4")."""
    text = text.strip()
    for tok in find_numbers(text):
        if tok.start == 0 and tok.end == len(text):
            return tok.value
    return None


def find_numbers(text: str) -> Iterator[Number]:
    """Every number in ``text``, left to right, non-overlapping, scale words included.

    Context checks (identifiers, years, dates, URLs, "24/7") are the caller's.
    """
    pos = 0
    search = _NUMBER_RE.search
    while True:
        m = search(text, pos)
        if m is None:
            return
        start, end = m.start(), m.end()
        pos = end
        words = False
        integer = True
        plain = False
        hyphen = False
        if m.group("mixed"):
            d = int(m.group("fd"))
            if d == 0:
                continue
            value = int(m.group("whole")) + int(m.group("fn")) / d
            integer = False
        elif m.group("frac"):
            d = int(m.group("d"))
            if d == 0:
                continue
            value = int(m.group("n")) / d
            integer = False
        elif m.group("digits"):
            digits = m.group("digits")
            value = float(digits.replace(",", ""))
            integer = "." not in digits
            plain = digits.isdigit()
            if m.group("vulgar2"):
                value += VULGAR[m.group("vulgar2")]
                integer = False
                plain = False
        elif m.group("vulgar"):
            value = VULGAR[m.group("vulgar")]
            integer = False
        else:
            raw = m.group("words")
            parsed = parse_words(raw)
            if parsed is None:
                qc = _QUARTER_CENTURY.match(text, start)
                if qc:  # "the past quarter century": no article, but a number all the same
                    value = 0.25 if qc.group(1).lower().startswith("quarter") else 0.5
                    yield Number(start, start + len(qc.group(1)), value, qc.group(1), words=True, integer=False)
                    pos = start + len(qc.group(1))
                    continue
                # a lone "a", "a nine" (the article is not part of the number), a bare
                # "quarter": skip the first word only
                first = re.match(r"[A-Za-z]+", raw)
                pos = start + (first.end() if first else 1)
                continue
            value, used = parsed
            end = start + used
            if raw[:used].lower().endswith("half"):
                # "half a century", "half a mile": the article belongs to the number
                ha = _HALF_A.match(text, end)
                if ha:
                    end = ha.end()
            pos = end
            words = True
            integer = float(value).is_integer()
            hyphen = "-" in raw[:used] and " - " not in raw[:used]
        scale: str | None = None
        if not words:
            sm = _SCALE_AFTER.match(text, end)
            if sm:
                name = sm.group("scale").lower()
                mult = 100.0 if name == "hundred" else 12.0 if name.startswith("dozen") else SCALES[name]
                if sm.group("scale2"):
                    mult *= SCALES[sm.group("scale2").lower()]
                value *= mult
                if name != "hundred" and not name.startswith("dozen"):
                    scale = name.rstrip("s")
                    if sm.group("scale2"):
                        scale = f"{scale} {sm.group('scale2').lower()}"
                end = pos = sm.end()
                plain = False
        else:
            low = text[start:end].lower()
            for name in ("trillion", "billion", "million", "thousand", "lakh", "crore"):
                if name in low:
                    scale = name
                    break
        yield Number(
            start=start,
            end=end,
            value=value,
            written=text[start:end],
            scale=scale,
            words=words,
            integer=integer,
            plain_digits=plain,
            hyphen_joined=hyphen,
        )


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
    return QUALIFIERS[m.group("q").lower()], m.start("q")
