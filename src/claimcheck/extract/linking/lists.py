"""Whether a list restates one written before it: the decision for member lists.

A list whose own words say it repeats one the reader has met ("all the values listed in
point 1: …", "the aforementioned collections (…)", "the criteria set out above — …") is the
same group as the nearest list before it in the text that names the same members but one,
whatever that earlier list's case or group noun ("procedures that ensure privacy,
fairness, accountability and justice", with no noun of its own). Only such a pointer makes
the link: two runs of the same lowercase terms with no pointer ("lab, field and modeling
studies" … "across lab and modeling studies") may be a whole and a shorter mention, and are
left alone.

The earlier list is found by the text's shape (three or more items joined by commas and a
final "and" or "or"); its first item may carry words of the clause before it ("ensure
privacy") and its last the words after it ("justice to all parties involved"), so they are
compared by their end and their start. Silence is preferred to a doubtful link: the two
share every member but one on each side, at least two members, and the earlier list is no
partial one ("including", "such as", "e.g.", "like").
"""

from __future__ import annotations

from collections.abc import Sequence

from claimcheck import lazyre as re

#: one item of a list read by its shape: one to six words, not across a sentence's end
_ITEM = r"[\w'’&][\w'’.&-]*(?:(?<!\.)[ \t\n]+[\w'’&][\w'’.&-]*){0,5}"
_RUN = re.compile(rf"(?<![\w,])((?:{_ITEM},[ \t\n]+){{1,11}}{_ITEM},?[ \t\n]+(?:and|or)[ \t\n]+{_ITEM})(?![\w-])")
_CUT = re.compile(r",[ \t\n]+(?:(?:and|or)[ \t\n]+)?|[ \t\n]+(?:and|or)[ \t\n]+")
#: words before a list that make it a partial one
_PARTIAL = re.compile(r"(?i)\b(?:including|includes|include|such\s+as|e\.g\.|among\s+them|notably|like)\s*$")
#: words after a list's last item that are no part of it ("… and prints from the bequest")
_AFTER_ITEM = re.compile(
    r"(?<=\w)\s+(?-i:from|in|at|on|to|for|with|by|since|until|during|across|are|is|were|was|have|has|had|will|can"
    r"|that|which|who)\b"
)
#: the same words inside a run's first item, which may hold the clause before the list
_PARTIAL_IN = re.compile(r"(?i)\b(?:including|includes|include|such\s+as|e\.g\.|among\s+them|notably|like)\s")
#: how far back (characters) the earlier list is looked for
_REACH = 20000


def _norm(item: str) -> str:
    words = item.lower().replace("’", "'").split()
    if words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words).strip(".,;:")


def _matches(run_item: str, member: str, place: str) -> bool:
    """Whether an item of the earlier run names ``member``: the first item may carry words
    before it, the last words after it (the clause around the list)."""
    if run_item == member:
        return True
    if place == "first":
        return run_item.endswith(" " + member)
    if place == "last":
        return run_item.startswith(member) and not run_item[len(member) : len(member) + 1].isalnum()
    return False


def restated_run(text: str, end: int, members: Sequence[str]) -> list[tuple[int, int]] | None:
    """The item spans of the nearest list in ``text`` before ``end`` that a list of
    ``members`` restates (see the module's docstring), or None. The spans of the first and
    last items are cut to the member they name."""
    wanted = [_norm(m) for m in members]
    if len(wanted) < 2 or len(set(wanted)) != len(wanted):
        return None
    lo = max(0, end - _REACH)
    runs = list(_RUN.finditer(text, lo, end))
    for run in reversed(runs):
        spans = _item_spans(text, run.start(1), run.end(1))
        if _PARTIAL.search(text[max(0, run.start() - 20) : run.start()]) or _PARTIAL_IN.search(text, *spans[0]):
            continue  # "such as A, B and C", "papers including A, B and C": a partial list
        if not 3 <= len(spans) <= 12 or abs(len(spans) - len(wanted)) > 1:
            continue
        found = _linked_spans(text, spans, wanted)
        if found is not None:
            return found
    return None


def _item_spans(text: str, a: int, b: int) -> list[tuple[int, int]]:
    out = []
    pos = a
    for cut in _CUT.finditer(text, a, b):
        out.append((pos, cut.start()))
        pos = cut.end()
    out.append((pos, b))
    return [(x, y) for x, y in out if y > x]


def _linked_spans(text: str, spans: list[tuple[int, int]], wanted: list[str]) -> list[tuple[int, int]] | None:
    """The run's spans, cut to the members they name, when the run and ``wanted`` share
    every member but one on each side (and two at least); else None."""
    out: list[tuple[int, int]] = []
    shared = 0
    for k, (x, y) in enumerate(spans):
        item = _norm(text[x:y])
        place = "first" if k == 0 else "last" if k == len(spans) - 1 else "middle"
        hit = next((m for m in wanted if _matches(item, m, place)), None)
        if hit is not None:
            shared += 1
            if place != "middle":  # the member's own words, not the clause around them
                at = re.search(
                    r"\s+".join(re.escape(w) for w in hit.split()) + "$" * (place == "first"), text[x:y], re.I
                )
                if at is None:
                    return None
                x, y = x + at.start(), x + at.end()
        elif place == "last" and (tail := _AFTER_ITEM.search(text, x, y)) is not None:
            y = tail.start()  # "prints from the bequest": the item ends before what it is from
        elif place != "middle" and len(item.split()) > 2:
            return None  # an end item longer than a member: the words around the run are no member
        while y > x and text[y - 1] in ".,;:":
            y -= 1
        out.append((x, y))
    if shared < 2 or len(spans) - shared > 1 or len(wanted) - shared > 1:
        return None
    return out


#: a person's title, which one list may write and the other leave out ("Dame Helen Ashworth")
_PERSON_TITLE = re.compile(r"^(?:dr|prof|professor|sir|dame|mr|mrs|ms|mx|lord|lady)\.?\s+")
#: words after a run's last item that are no part of it, in a note's title or aside ("… and
#: Guinea-Bissau on processing incentives", "… and Orléans in 2023")
_TITLE_TAIL = re.compile(r"\s+(?:on|in|at|for|over|about|to|from|with|after|since|during|under|by|as|of)\s", re.I)


def swapped_run(text: str, members: Sequence[Sequence[str]]) -> tuple[tuple[int, int], int] | None:
    """A run of names in ``text`` (a note: its title, an aside) that names the members of a
    list but one, with one name of its own in that one's place: the span of that name and
    the index of the member it stands for; None when there is no such run.

    ``members`` gives each member's written forms (as written, normalised). The run has
    exactly as many items as the list, each member but one is one item (a person with or
    without a title; the first item may carry the words before the run, "Fines for A",
    the last the words after it, "D on processing incentives"), and the list has three
    members at least: two whole lists of one size that differ by one name, a swap. A run
    that shares fewer, or counts another number, is another group and is left alone; so is
    a partial one ("including", "such as")."""
    forms = [{_bare(f) for f in fs if f} for fs in members]
    if len(forms) < 3 or any(not f for f in forms):
        return None
    for run in _RUN.finditer(text):
        spans = _item_spans(text, run.start(1), run.end(1))
        if len(spans) != len(forms):
            continue
        if _PARTIAL.search(text[max(0, run.start() - 20) : run.start()]) or _PARTIAL_IN.search(text, *spans[0]):
            continue
        left = list(range(len(forms)))
        odd: list[int] = []
        for k, (x, y) in enumerate(spans):
            item = _bare(text[x:y])
            place = "first" if k == 0 else "last" if k == len(spans) - 1 else "middle"
            hit = next((i for i in left if any(_matches(item, f, place) for f in forms[i])), None)
            if hit is None:
                odd.append(k)
            else:
                left.remove(hit)
        if len(odd) != 1 or len(left) != 1:
            continue
        x, y = spans[odd[0]]
        if odd[0] == len(spans) - 1 and (tail := _TITLE_TAIL.search(text, x, y)) is not None:
            y = tail.start()
        if odd[0] == 0:  # the words before the run are no part of its first name
            words = list(re.finditer(r"\S+", text[x:y]))
            k = len(words)
            while k > 0 and (words[k - 1].group()[:1].isupper() or words[k - 1].group() in _NAME_JOINERS):
                k -= 1
            while k < len(words) and words[k].group() in _NAME_JOINERS:
                k += 1
            x = x + words[k].start() if k < len(words) else y
        while y > x and text[y - 1] in ".,;:\"'”’":
            y -= 1
        name = text[x:y]
        if not re.match(r"[A-Z]", name) or not 1 <= len(name.split()) <= 6:
            continue  # "the others": no name in the member's place
        return (x, y), left[0]
    return None


#: small words inside a name ("Saint-Denis de La Réunion", "Bank of England")
_NAME_JOINERS = frozenset(("de", "du", "des", "la", "le", "of", "the", "and", "&", "van", "von", "da", "di", "del"))


def _bare(item: str) -> str:
    return _PERSON_TITLE.sub("", _norm(item))
