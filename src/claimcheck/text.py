"""Text helpers shared by every layer: URLs in running text, CJK and letter characters,
folding accents and case, content words, a phrase normalised for comparison. No
claimcheck imports: readers, extractors, rules and ``diff`` all use them."""

from __future__ import annotations

from claimcheck import lazyre as re
import unicodedata
from typing import Collection, Iterable, Sequence

__all__ = [
    "BULLETS",
    "SPEECH_VERB",
    "STOP_WORDS",
    "URL_RE",
    "WORD",
    "comparable",
    "content_words",
    "find_urls",
    "fold",
    "has_any",
    "ignorecase_fold",
    "is_cjk",
    "is_letter",
    "one_edit",
    "singular",
]

STOP_WORDS = frozenset(
    """a about above after again against all also an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers him his how i if in into is it its itself just
    may might more most must no nor not now of off on once only or other our out over own same
    she should so some such than that the their them then there these they this those through
    to too under until up very was we were what when where which while who whom why will with
    would you your s t""".split()
)
WORD = re.compile(r"\w+", re.UNICODE)
#: the verbs that attribute a quotation to its speaker ("says", "told", "put it"): a
#: pattern's source, for quotation speakers and for telling a quoted remark from a cited title
SPEECH_VERB = (
    r"(?:said|says|say|stated|states|state|noted|notes|note|suggested|suggests|suggest|argued|argues|"
    r"wrote|writes|writing|write|explained|explains|explaining|insisted|insists|declared|declares|"
    r"added|adds|warned|warns|claimed|claims|conceded|concedes|emphasized|emphasised|emphasizes|"
    r"emphasises|remarked|remarks|observed|observes|announced|announces|told|tells|put\s+it|puts\s+it|"
    r"asserted|asserts|stressed|stresses|acknowledged|acknowledges|described|describes|envisions|"
    r"replied|replies|responded|responds|repeated|repeats|promised|promises|answered|answers|countered|counters|retorted|"
    r"envisioned|estimates|estimated|concluded|concludes|recalled|recalls|pointed\s+out|points\s+out)"
)
#: characters that mark a list item's start in text taken from a PDF or a web page
BULLETS = "•◦▪▫‣⁃●○■□"

#: ``https?://`` in any case, then the address. The first letter is a class read without
#: IGNORECASE (no other character is "h" to it) and the rest is: a pattern that opens with a
#: case-insensitive letter gives the engine nothing to skip to, so it was tried at every
#: character of every text; from a class it skips to each h or H (``tests/test_prefilters.py``
#: compares it with ``https?://[^\s<>"“”]+`` read with IGNORECASE)
URL_RE = re.compile(r"[hH](?i:ttps?://[^\s<>\"“”]+)")
_URL_TRAIL = ".,;:"


def find_urls(text: str) -> list[tuple[int, int, str]]:
    """URLs in ``text`` as ``(start, end, url)``, without trailing sentence punctuation."""
    if "://" not in text:  # what every URL holds, as written (no case to it)
        return []
    out = []
    for m in URL_RE.finditer(text):
        url = m.group(0)
        while url and (url[-1] in _URL_TRAIL or (url[-1] in ")]’'" and _unbalanced(url))):
            url = url[:-1]
        if len(url) > len("https://"):
            out.append((m.start(), m.start() + len(url), url))
    return out


def _unbalanced(url: str) -> bool:
    closer = url[-1]
    opener = {")": "(", "]": "["}.get(closer)
    if opener is None:
        return True
    return url.count(opener) < url.count(closer)


def is_cjk(ch: str) -> bool:
    if not ch:
        return False
    code = ord(ch)
    if code < 0x3000:  # every Latin, Greek, Cyrillic ... letter: one comparison, not six
        return False
    return (
        0x3000 <= code <= 0x303F  # CJK punctuation
        or 0x3400 <= code <= 0x4DBF
        or 0x4E00 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0xFF00 <= code <= 0xFFEF  # full-width forms
        or 0x20000 <= code <= 0x2FA1F
    )


def is_letter(ch: str) -> bool:
    return bool(ch) and unicodedata.category(ch).startswith("L")


def fold(text: str) -> str:
    """Accents dropped, case folded, curly apostrophes straight: ``"Gdańsk’s"`` -> ``"gdansk's"``."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.casefold().replace("’", "'").replace("‘", "'")


def content_words(text: str) -> set[str]:
    """The folded words of ``text`` longer than two letters, stop words and numbers left out."""
    return {w for w in WORD.findall(fold(text)) if len(w) > 2 and w not in STOP_WORDS and not w.isdigit()}


def comparable(text: str | None) -> str:
    """A phrase folded, articles dropped and plurals made singular, for comparing two wordings."""
    if not text:
        return ""
    words = [w for w in WORD.findall(fold(text)) if w not in ("the", "a", "an")]
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words)


def ignorecase_fold(text: str) -> str:
    """``text`` lower-cased so that an ASCII keyword found in it by an ``re.IGNORECASE``
    pattern is found in the result by ``in``: a cheap, exact test that a pattern made of
    such keywords cannot match before running it (``tests/test_prefilters.py`` checks every
    character against :mod:`re`).

    The characters such a pattern reads as an ASCII letter that ``str.lower`` does not
    turn into that letter: the dotted capital I (lowered to "i" and a combining dot), the
    dotless i and the long s (the Kelvin sign lowers to "k" already). Turning more into
    letters than the pattern would only lets a text through to the pattern.

    The text folded last is kept with its fold (:data:`_LAST_FOLD`): the readers of a block
    (the member lists' and the dates' prefilters) fold the same string one after another,
    about a third of all the calls, and a text outside ASCII is lowered a character at a time."""
    last = _LAST_FOLD[0]
    if text is last[0]:
        return last[1]
    low = text.lower()
    if not low.isascii():
        for odd, letter in _IGNORECASE_FIXES:
            if odd in low:
                low = low.replace(odd, letter)
    _LAST_FOLD[0] = (text, low)
    return low


_IGNORECASE_FIXES = (("i\u0307", "i"), ("\u0131", "i"), ("\u017f", "s"))
#: ``(text, ignorecase_fold(text))`` of the last call (the same string object, not an equal one)
_LAST_FOLD: list[tuple[str, str]] = [("", "")]


def word_opens_with_any(text: str, words: Sequence[str]) -> bool:
    """Does a word of ``text`` open with one of ``words`` (lower-case ASCII letters), read
    as ``re.search(r"\b(?:WORD|…)", text, re.IGNORECASE)`` reads it: at a place with no
    word character before it, in any case? Each word is looked up with ``str.find`` in the
    lower-cased text (the dotless i and the long s made letters, as
    :func:`ignorecase_fold` makes them) and only the places found are tested, where the
    pattern is tried at every character; a text that lower-cases to another length (the
    dotted capital I) is searched by the pattern (``tests/test_text.py`` compares the two)."""
    low = text.lower()
    if len(low) != len(text):
        return re.search(r"\b(?:" + "|".join(words) + ")", text, re.IGNORECASE) is not None
    if not low.isascii():
        for odd, letter in _IGNORECASE_FIXES[1:]:
            low = low.replace(odd, letter)
    for w in words:
        i = low.find(w)
        while i >= 0:
            if i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_"):
                return True
            i = low.find(w, i + 1)
    return False


def has_any(folded: str, words: Iterable[str]) -> bool:
    """Does ``folded`` (from :func:`ignorecase_fold`) hold one of ``words`` (lower-case ASCII)?"""
    for w in words:
        if w in folded:
            return True
    return False


def singular(word: str) -> str:
    """The singular of a lower-case English plural, by its ending: "countries" -> "country",
    "boxes" -> "box", "ports" -> "port"; short words, words with digits and words ending in
    -ss, -us, -is are left as written."""
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def one_edit(a: str, b: str) -> tuple[str, int] | None:
    """("swap" | "change" | "drop", position) when ``a`` and ``b`` are one edit apart."""
    if a == b:
        return None
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return ("change", diff[0])
        if len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]:
            return ("swap", diff[0])
        return None
    if abs(len(a) - len(b)) != 1:
        return None
    long, short = (a, b) if len(a) > len(b) else (b, a)
    i = 0
    while i < len(short) and long[i] == short[i]:
        i += 1
    return ("drop", i) if long[i + 1 :] == short[i:] else None


_TITLE_WORD = re.compile(r"[^\W\d_][\w’'.-]*")


def is_title_case(text: str, minor: Collection[str]) -> bool:
    """Are three in four of the words of ``text`` that are not ``minor`` words (articles,
    prepositions) capitalised, as in a headline or a heading?"""
    words = [w for w in _TITLE_WORD.findall(text) if w.lower() not in minor]
    if not words:
        return False
    return sum(1 for w in words if w[0].isupper()) / len(words) >= 0.75


def sentence_cased(
    text: str, minor: Collection[str] = ("a", "an", "the", "of", "in", "on", "at", "to", "for", "and")
) -> str:
    """A headline in title case with its capitalised words in lower case ("Cargo Hits 36.2
    Million Tonnes" → "Cargo hits 36.2 million tonnes"), its first word, words in capitals
    ("EU") and words with an inner capital ("eBay") kept; the same length, so that a place
    in one is the place in the other. Text not in title case is returned as it is."""
    if not is_title_case(text, minor):
        return text
    out = list(text)
    for k, m in enumerate(_TITLE_WORD.finditer(text)):
        w = m.group(0)
        if k == 0 or not w[:1].isupper() or not w[1:].islower():
            continue
        low = w.lower()
        if len(low) == len(w):
            out[m.start() : m.end()] = low
    return "".join(out)
