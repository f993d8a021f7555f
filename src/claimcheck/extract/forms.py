"""Form lines: short blocks a document writes again and again with only their figures,
dates or handles changed ("2 detailed updates available." under one item of a report, "3
detailed updates available." under the next; "Comment by @ana posted on 2025-03-14:" over
each comment of a thread; "Population: 1,204,000" in each country's box).

Such a line is written once per item: two of its figures are two items' values, not one
fact stated twice with a slip (NU003 compares a form line's figure with the prose, never with
another line of its form), and its dates date items, not events (DT001 leaves them out).
"""

from __future__ import annotations

from claimcheck import lazyre as re
from claimcheck.document import Document
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
