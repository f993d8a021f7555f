"""The pieces of a document that extractors read: blocks and footnote bodies as units.

A :class:`TextUnit` is one paragraph, heading or footnote body: its normalised text, where
it stands, the footnote references made from it, and helpers every extractor needs
(sentence bounds, supporting footnotes, file location of an offset, the common fields of
a claim record).
"""

from __future__ import annotations

import bisect
from claimcheck import lazyre as re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any, Callable, Iterator, TypeVar

from claimcheck.document import Block, Document, Footnote, Location

__all__ = ["TextUnit", "iter_units", "of_document", "sentence_bounds"]

_T = TypeVar("_T")

# A sentence ends at . ! ? (with closing quotes/brackets) before a space and a capital
# (accented ones too: "… in May. Élodie Marchetti said"),
# a quote or a digit; common abbreviations and initials do not end one.
_SENT_END = re.compile(r"[.!?…][\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9À-ÖØ-ÞĀ-Ž\u4e00-\u9fff])")
_ABBREV = re.compile(
    r"(?:\b(?:[A-Z]|U\.S|U\.K|U\.N|e\.g|i\.e|etc|vs|Mr|Mrs|Ms|Dr|Prof|St|No|Nos|Vol|pp|p|Inc|Ltd|Co|Corp|Jr|Sr|Gen|Col|Rep|Sen|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx|ca|cf|al)\.)[\"”’')\]]*\s+$"
)


def sentence_bounds(text: str) -> list[int]:
    """Offsets where sentences start (always includes 0)."""
    return list(_sentence_bounds(text))


#: the per-text caches of the extractors (each a function's ``cache_clear``): kept for the
#: whole of one document, whatever its size, and dropped when the next one is read
#: (:func:`claimcheck.extract.extract`), so memory stays that of one document
PER_DOCUMENT: list[Callable[[], None]] = []
PER_TEXT_MAX = 1 << 16  # a bound all the same, for callers that never start a document


def per_document(func: Any) -> Any:
    """Memoise ``func`` (of one text) for the document being read (see :data:`PER_DOCUMENT`)."""
    cached = lru_cache(maxsize=PER_TEXT_MAX)(func)
    PER_DOCUMENT.append(cached.cache_clear)
    return cached


def new_document() -> None:
    """Drop what the per-text caches hold: a new document is read."""
    for clear in PER_DOCUMENT:
        clear()


def of_document(func: Callable[[Document], _T]) -> Callable[[Document], _T]:
    """Memoise ``func`` of a whole document (its word statistics, its form lines): the
    result is kept for the last few documents, by identity, so a rule and the next ask
    for it once."""
    kept: dict[int, tuple[Document, _T]] = {}

    def once(document: Document) -> _T:
        got = kept.get(id(document))
        if got is not None and got[0] is document:
            return got[1]
        value = func(document)
        if len(kept) > 4:
            kept.clear()
        kept[id(document)] = (document, value)
        return value

    once.__doc__, once.__name__, once.__wrapped__ = func.__doc__, func.__name__, func  # type: ignore[attr-defined]
    return once


@per_document
def _sentence_bounds(text: str) -> tuple[int, ...]:
    """:func:`sentence_bounds`, found once per text (the extractors and several rules ask
    for the same paragraphs' sentences)."""
    return tuple(_find_sentence_bounds(text))


def _find_sentence_bounds(text: str) -> list[int]:
    starts = [0]
    for m in _SENT_END.finditer(text):
        head = text[max(0, m.start() - 12) : m.end()]
        if _ABBREV.search(head):
            continue
        starts.append(m.end())
    return starts


@dataclass(frozen=True)
class TextUnit:
    doc: Document
    article: int
    text: str
    owner: Block | Footnote
    block: int | None = None
    footnote: str | None = None
    refs: tuple[tuple[int, str], ...] = field(default=())  # (offset, label), in order

    @property
    def in_footnote(self) -> bool:
        return self.footnote is not None

    @cached_property
    def _starts(self) -> list[int]:
        return sentence_bounds(self.text)

    def sentence_span(self, offset: int) -> tuple[int, int]:
        starts = self._starts
        i = bisect.bisect_right(starts, offset) - 1
        end = starts[i + 1] if i + 1 < len(starts) else len(self.text)
        return starts[i], end

    def sentence_at(self, offset: int) -> str:
        span = self.sentence_span(offset)
        found = self._sentences.get(span)
        if found is None:  # each sentence cut once (a long one was copied for every claim in it)
            found = self._sentences[span] = self.text[span[0] : span[1]].strip()
        return found

    @cached_property
    def _sentences(self) -> dict[tuple[int, int], str]:
        return {}

    def supporting(self, offset: int) -> tuple[str, ...]:
        """Footnote labels referenced in the sentence at ``offset`` (or right after it)."""
        s, e = self.sentence_span(offset)
        # a mark after a semicolon before the figure closes an earlier clause of the
        # sentence ("… in 2019;[^1] the balance stood at …"): not this clause's source
        return tuple(
            label
            for off, label in self.refs
            if s <= off <= e and not (off <= offset and self.text[off - 1 : off] == ";")
        )

    def locate(self, offset: int) -> Location:
        return self.doc.locate(self.owner, offset)

    def common(self, start: int, end: int) -> dict[str, Any]:
        """The fields every claim record shares, for the span ``text[start:end]``."""
        return {
            "text": self.text[start:end],
            "location": self.locate(start),
            "end_location": self.doc.locate_end(self.owner, end),
            "article": self.article,
            "block": self.block,
            "footnote": self.footnote,
            "start": start,
            "end": end,
            "sentence": self.sentence_at(start),
            "footnotes": () if self.in_footnote else self.supporting(start),
        }


def iter_units(doc: Document, *, blocks: bool = True, footnotes: bool = True) -> Iterator[TextUnit]:
    """Every prose block, then every footnote body, of every article, in reading order.

    Headings, tables, code, captions and other non-prose blocks (see
    :data:`~claimcheck.document.PROSE_KINDS`) are not units: claims are read from prose."""
    for article in doc.articles:
        if blocks:
            refs_by_block: dict[int, list[tuple[int, str]]] = {}
            for ref in article.refs:
                refs_by_block.setdefault(ref.block, []).append((ref.offset, ref.label))
            for i, block in enumerate(article.blocks):
                if not block.is_prose:
                    continue
                yield TextUnit(
                    doc=doc,
                    article=article.index,
                    text=block.text,
                    owner=block,
                    block=i,
                    refs=tuple(sorted(refs_by_block.get(i, ()))),
                )
        if footnotes:
            for note in article.footnotes:
                yield TextUnit(doc=doc, article=article.index, text=note.text, owner=note, footnote=note.label)
