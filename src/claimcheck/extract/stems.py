"""The one light stemmer of claimcheck's linking: "payment", "paying", "pays" are ``pay``.

NU003's context links (:mod:`claimcheck.extract.linking`), DT001's statements and
happenings (:mod:`claimcheck.extract.happenings`), the dated objects and NU004 compare words
by these stems. It stands apart from the linking package so that the readers of events,
which the linking package's event decisions (:mod:`claimcheck.extract.linking.events`) read,
can use it without importing that package.
"""

from __future__ import annotations

import functools

from claimcheck import lazyre as re
from claimcheck.text import singular

__all__ = ["IRREGULAR", "stem"]

_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ures", "ure", "ers", "er", "ed", "es", "s", "ly")


#: irregular forms, as the word whose stem they take
IRREGULAR = {
    "paid": "pay",
    "held": "hold",
    "met": "meet",
    "began": "begin",
    "begun": "begin",
    "came": "come",
    "comes": "come",
    "coming": "come",
    "took": "take",
    "taken": "take",
    "takes": "take",
    "taking": "take",
    "went": "go",
    "gone": "go",
    "goes": "go",
    "going": "go",
    "gave": "give",
    "gives": "give",
    "giving": "give",
    "got": "get",
    "gets": "get",
    "getting": "get",
    "set": "set",
    "sets": "set",
    "setting": "set",
    "found": "found",  # "founded" and "found" (rarely a verb of finding beside a date)
    "founded": "found",
    "founding": "found",
    # nouns whose suffix rule would give another word ("publication" → "public")
    "publication": "publish",
    "creation": "creat",
    "conclusion": "conclud",
    "adoption": "adopt",
    "inauguration": "inaugurat",
    "closure": "close",
    "bought": "buy",
    "acquisition": "acquire",
    "dissolution": "dissolv",
    "elimination": "eliminat",
    "abolition": "abolish",
    "left": "leave",
    "withdrew": "withdraw",
    "withdrawn": "withdraw",
    "sworn": "swear",
    "launches": "launch",
    "launched": "launch",
    "launching": "launch",
}


@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A light stem of a word: "payment", "paying", "pays" are ``pay``; "listing", "listed"
    ``list``; "imports", "imported" ``import``; "owed", "owe" ``ow``; irregular forms as
    their verb ("paid" ``pay``, "held" ``hold``); nouns in "-ission" as their verb
    ("transmission" ``transmit``); a word in "-ss" whole ("miss", "missed" ``miss``).
    Stems are only compared with each other, never shown. NU003's context links and
    DT001's statements share it."""
    w = re.sub(r"['’]s?$", "", word.lower())
    if w in IRREGULAR:
        return _suffix_stem(IRREGULAR[w])
    if w.endswith("ss"):
        return w
    if w.endswith(("ission", "issions")) and len(w) > 7:
        return _suffix_stem(w[: w.rindex("ission")] + "it")
    return _suffix_stem(w)


def _suffix_stem(word: str) -> str:
    """:func:`stem` by suffixes alone."""
    w = word.strip("’'")
    if len(w) <= 3 or not w.isalpha():
        return w
    w = singular(w)
    for suf in _SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            w = w[: -len(suf)]
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiousl":
        w = w[:-1]  # "shipped" -> "shipp" -> "ship"
    return w[:-1] if len(w) > 4 and w.endswith("e") else w
