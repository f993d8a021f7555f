"""Word-level text helpers shared across layers: folding accents and case, content words,
a phrase normalised for comparison. No claimcheck imports: any module may use them."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["STOP_WORDS", "WORD", "comparable", "content_words", "fold"]

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
