"""Form lines: short blocks a document writes again and again with only their figures,
dates or handles changed ("2 detailed updates available." under one item of a report, "3
detailed updates available." under the next; "Comment by @ana posted on 2025-03-14:" over
each comment of a thread; "Population: 1,204,000" in each country's box).

A reader may run such a line into the block before it (PDF text that printed it with no
blank line; a PDF that printed a template's markup or a table's row before it): a
sentence's end that ends a block, opens with a figure and is, its figures masked, the form
of three or more lines standing alone, is that line too (:func:`sentence_form`), after
the end of a sentence, a bracket or markup, or after any words when the form has four
words or more.

Such a line is written once per item: two of its figures are two items' values, not one
fact stated twice with a slip (NU003 compares a form line's figure with the prose, never with
another line of its form), and its dates date items, not events (DT001 leaves them out).

Labelled items are the same kind of structure in longer lines: a list whose items each open
with a short title of their own and a dash or a colon ("Library Reading Night - We helped
the library ...", "Parks Volunteer Day: The event drew ..."). Each item is one member's
entry: a figure in one and a figure in a sibling item under another title are two members'
values (:func:`labelled_apart`), whatever words they share.
"""

from __future__ import annotations

from claimcheck import lazyre as re
from claimcheck.document import BlockKind, Document
from claimcheck.extract.text import of_document

#: the longest block read as a form line
FORM_LINE = 160
#: how often a line must be written, its varying parts aside, to be a form
FORM_REPEATS = 3
#: what a form line varies by: figures and dates ("2025-03-14", "1,204,000") and handles
_VARYING = re.compile(r"\d[\d,.:/-]*|@[\w.-]+")


@of_document
def form_lines(document: Document) -> dict[tuple[int, int], str]:
    """Every form line of ``document``, by (article index, block index), with its form (the
    line with what varies masked); read once per document, the last few kept."""
    frames: dict[str, list[tuple[int, int]]] = {}
    for article in document.articles:
        for k, block in enumerate(article.blocks):
            text = block.text
            if len(text) > FORM_LINE:
                continue
            frame, varied = _VARYING.subn("#", text.strip())
            if varied:
                frames.setdefault(frame, []).append((article.index, k))
    return {place: frame for frame, places in frames.items() if len(places) >= FORM_REPEATS for place in places}


#: the end of what may stand before a form line a reader ran into a block: nothing, the end
#: of a sentence, a bracket or markup ("…</progress> 2 detailed updates available.")
_RUN_IN_AFTER = re.compile(r"(?:^|[.!?>|)\]][\"”’)]*\s+)$")
#: a form of more words than this is a form line after any words (a table's row PDF text
#: ran into it: "… Ferrous Systems 2 detailed updates available.")
_RUN_IN_WORDS = 3


@of_document
def _frames(document: Document) -> frozenset[str]:
    """The forms of :func:`form_lines` that open with a figure."""
    return frozenset(frame for frame in form_lines(document).values() if frame.startswith("#"))


def sentence_form(document: Document, article: int, block: int, sentence: str) -> str | None:
    """The form of the line that block ``block`` of article ``article`` is, or that ends
    ``sentence`` when it is the block's last (a form line run into the block before it);
    ``None`` when neither is a form line."""
    form = form_lines(document).get((article, block))
    if form is not None:
        return form
    frames = _frames(document)
    text = sentence.strip()
    if not frames or not document.articles[article].blocks[block].text.rstrip().endswith(text):
        return None
    masked = _VARYING.sub("#", text)
    for frame in frames:
        if masked.endswith(frame):
            cut = _tail_start(text, frame)
            if cut is not None and (_RUN_IN_AFTER.search(text[:cut]) or len(frame.split()) > _RUN_IN_WORDS):
                return frame
    return None


def _tail_start(text: str, frame: str) -> int | None:
    """Where in ``text`` the words that mask to ``frame`` begin (``text`` ends with them)."""
    for m in _VARYING.finditer(text):
        if _VARYING.sub("#", text[m.start() :]) == frame:
            return m.start()
    return None


#: a list item's own title before a dash or a colon and the sentence it heads: a capital, up
#: to twelve words with no end of a sentence in them, then " - ", " – ", " — " or ": " and a
#: capital or a figure ("Parks Volunteer Day - We worked ...", "Phase 2: 55 homes ...")
_ITEM_LABEL = re.compile(r"([A-Z][^\s.!?:;]*(?:[ \t]+[^\s.!?:;]+){0,11}?)(?:[ \t]+[-–—][ \t]+|:[ \t]+)(?=[A-Z0-9$€£])")


def _titled(label: str) -> bool:
    """Is ``label`` written as a title, half its words or more capitalised or figures
    ("Parks Volunteer Day", "Phase two"; not "We received nearly 300 questions")?"""
    words = label.split()
    return 2 * sum(1 for w in words if w[:1].isupper() or w[:1].isdigit()) >= len(words)


@of_document
def _item_labels(document: Document) -> dict[tuple[int, int], tuple[int, str]]:
    """Each labelled list item of ``document`` by (article index, block index): the list it is
    in (the index of the list's first item) and its title, lower case."""
    out: dict[tuple[int, int], tuple[int, str]] = {}
    for article in document.articles:
        first = -1
        for k, block in enumerate(article.blocks):
            if block.kind is not BlockKind.list_item:
                first = -1
                continue
            if first < 0:
                first = k
            m = _ITEM_LABEL.match(block.text.lstrip())
            if m is not None and _titled(m.group(1)):
                out[(article.index, k)] = (first, m.group(1).lower())
    return out


def labelled_apart(document: Document, article: int, block: int, other: int) -> bool:
    """Are blocks ``block`` and ``other`` of article ``article`` two items of one list, each
    under a title of its own, the two titles different ("Library Reading Night - ..." /
    "Parks Volunteer Day - ...")? Their figures are two members' values."""
    if block == other:
        return False
    labels = _item_labels(document)
    x, y = labels.get((article, block)), labels.get((article, other))
    return x is not None and y is not None and x[0] == y[0] and x[1] != y[1]
