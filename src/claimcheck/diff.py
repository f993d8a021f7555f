"""``claimcheck diff OLD NEW``: what changed, claim by claim, between two versions or
renditions of a draft.

Claims are extracted from both documents and matched by meaning, not by line: the same
kind, the same identity (what a count counts, a money claim's currency, a quantity's
unit, a list's group, an acronym) and similar context words (the content words of the
sentence around the claim, numbers left out so a changed value still matches). A pair
whose values differ is *changed* (the fields that differ are named: value, unit, date,
list members, citation fields, supporting footnotes); a claim with no counterpart is
*added* or *removed*.

Two renditions of an issue rarely hold the same text: a web page carries the
introduction and summaries, the PDF four articles and their footnotes. The comparison is
then restricted to the part they share (``scope="overlap"``): the word sequences of both
are aligned (:class:`difflib.SequenceMatcher` over normalised words), runs of shared
words are grouped into stretches that advance together in both texts, and the largest
stretch, widened to whole sentences, is what is compared on each side. Footnote bodies are
compared only when both sides have footnotes in that part. ``scope="auto"`` (default)
picks the overlap when the documents differ in structure (article count, footnotes) or
share less than 80% of their words, and the whole documents otherwise.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Literal, Sequence

from claimcheck.claims.kinds import compared_fields, context_words, identity
from claimcheck.claims.models import (
    CLAIM_KINDS,
    Claim,
)
from claimcheck.document import Document, Location
from claimcheck.errors import UsageError
from claimcheck.extract import extract
from claimcheck.extract.text import sentence_bounds
from claimcheck.text import WORD as _WORD
from claimcheck.text import fold as _fold

__all__ = [
    "ClaimChange",
    "DiffResult",
    "FieldChange",
    "Region",
    "align",
    "diff_claims",
    "diff_documents",
    "parse_article_spec",
]

Scope = Literal["auto", "all", "overlap"]

# ---------------------------------------------------------------------------- extraction


# ---------------------------------------------------------------------------- normalising


def _jaccard(a: set[str], b: set[str]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


# ---------------------------------------------------------------------------- alignment


@dataclass(frozen=True)
class Region:
    """The part of a document compared: articles, and a stretch of their text."""

    articles: tuple[int, ...]
    #: (article, block, offset) where the stretch starts and ends; None: whole articles
    start: tuple[int, int, int] | None = None
    end: tuple[int, int, int] | None = None
    footnotes: bool = True

    def contains(self, claim: Claim) -> bool:
        if claim.article not in self.articles:
            return False
        if claim.block is None:
            return self.footnotes
        pos = (claim.article, claim.block, claim.start)
        if self.start is not None and pos < self.start:
            return False
        if self.end is not None and pos >= self.end:
            return False
        return True

    def describe(self, doc: Document) -> str:
        names = []
        for i in self.articles:
            art = doc.articles[i]
            names.append(f"article {i + 1}" + (f" ({art.title})" if art.title else ""))
        text = ", ".join(names) if names else "nothing"
        if self.start is not None and self.end is not None:
            a = _block_loc(doc, *self.start)
            b = _block_loc(doc, *self.end)
            text += f", {a.line}:{a.column} to {b.line}:{b.column}"
        if not self.footnotes:
            text += ", without footnotes"
        return text


def _block_loc(doc: Document, article: int, block: int, offset: int) -> Location:
    blk = doc.articles[article].blocks[block]
    return doc.locate(blk, offset)


def _tokens(doc: Document, articles: Sequence[int]) -> tuple[list[str], list[tuple[int, int, int, int]]]:
    """Words of the blocks of ``articles``: (normalised words, [(article, block, start, end)])."""
    words: list[str] = []
    places: list[tuple[int, int, int, int]] = []
    for a in articles:
        for b, blk in enumerate(doc.articles[a].blocks):
            for m in _WORD.finditer(blk.text):
                words.append(_fold(m.group()))
                places.append((a, b, m.start(), m.end()))
    return words, places


@dataclass
class Alignment:
    shared_words: int
    #: places inside the shared stretch where the wording differs
    differing: int
    old_words: int
    new_words: int
    old_region: Region
    new_region: Region


_WIDEN = 300


def _sentence_widen(doc: Document, place: tuple[int, int, int], forward: bool) -> tuple[int, int, int]:
    a, b, off = place
    text = doc.articles[a].blocks[b].text
    starts = sentence_bounds(text)
    # text glued without a space after the full stop ("...end.Over the") starts a sentence too
    starts = sorted(set(starts) | {m.end() for m in re.finditer(r"[.!?][\"”’)]*(?=[A-Z“\"])", text)})
    # widen by at most _WIDEN characters: glued page furniture ("…voices.18/02/2025China
    # Trends…") has no sentence break for a long way
    if not forward:
        start = max(s for s in starts if s <= off)
        return (a, b, start if off - start <= _WIDEN else off)
    later = [s for s in starts if s > off]
    end = later[0] if later else len(text)
    return (a, b, end if end - off <= _WIDEN else off + 1)


def align(old: Document, new: Document, old_articles: Sequence[int], new_articles: Sequence[int]) -> Alignment:
    """The largest stretch of text the two documents share (see the module docstring)."""
    a_words, a_places = _tokens(old, old_articles)
    b_words, b_places = _tokens(new, new_articles)
    matcher = difflib.SequenceMatcher(None, a_words, b_words, autojunk=False)
    blocks = [m for m in matcher.get_matching_blocks() if m.size >= 4]
    clusters: list[list[difflib.Match]] = []
    for m in blocks:
        if clusters:
            last = clusters[-1][-1]
            if m.a - (last.a + last.size) <= 80 and m.b - (last.b + last.size) <= 80:
                clusters[-1].append(m)
                continue
        clusters.append([m])
    if not clusters:
        empty = Region(articles=(), footnotes=False)
        return Alignment(0, 0, len(a_words), len(b_words), empty, empty)
    best = max(clusters, key=lambda c: sum(m.size for m in c))
    shared = sum(m.size for m in best)
    differing = sum(1 for x, y in zip(best, best[1:]) if y.a > x.a + x.size or y.b > x.b + x.size)

    def region(doc: Document, places: list[tuple[int, int, int, int]], first: int, last: int) -> Region:
        s_art, s_blk, s_off, _ = places[first]
        e_art, e_blk, _, e_off = places[last]
        start = _sentence_widen(doc, (s_art, s_blk, s_off), forward=False)
        end = _sentence_widen(doc, (e_art, e_blk, e_off - 1), forward=True)
        return Region(articles=tuple(range(s_art, e_art + 1)), start=start, end=end)

    first, last = best[0], best[-1]
    old_region = region(old, a_places, first.a, last.a + last.size - 1)
    new_region = region(new, b_places, first.b, last.b + last.size - 1)
    return Alignment(shared, differing, len(a_words), len(b_words), old_region, new_region)


# ---------------------------------------------------------------------------- comparing


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class ClaimChange:
    status: Literal["added", "removed", "changed"]
    kind: str
    old: Any = None
    new: Any = None
    fields: tuple[FieldChange, ...] = ()


@dataclass
class DiffResult:
    old_path: str
    new_path: str
    scope: str
    old_region: str
    new_region: str
    changes: list[ClaimChange] = field(default_factory=list)
    unchanged: int = 0
    notes: list[str] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for c in self.changes if c.status == status)

    @property
    def exit_code(self) -> int:
        return 1 if self.changes else 0


#: what differs by kind lives in claimcheck.claims.kinds
_values = compared_fields
_identity = identity
_context = context_words


def _identity_ok(kind: str, a: str, b: str) -> bool:
    if a == b:
        return True
    if kind == "count":  # "5G base stations" ~ "base stations"
        wa, wb = set(a.split()), set(b.split())
        return bool(wa and wb) and len(wa & wb) / min(len(wa), len(wb)) >= 0.5
    return False


def _rel_pos(claims: list[Claim]) -> dict[int, float]:
    n = max(1, len(claims) - 1)
    return {id(c): i / n for i, c in enumerate(claims)}


def _same_person(a: str, b: str) -> bool:
    """Normalised speakers naming one person, with or without a title or role in front:
    "president xi jinping" and "xi jinping"."""
    if a == b:
        return True
    wa, wb = a.split(), b.split()
    if not wa or not wb:
        return False
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return long_[-len(short) :] == short


def _field_equal(key: str, a: Any, b: Any) -> bool:
    if key == "speaker" and isinstance(a, str) and isinstance(b, str):
        return _same_person(a, b)  # only the speaker's title changed: the same quotation
    return bool(a == b)


def _changed_fields(a: dict[str, Any], b: dict[str, Any]) -> tuple[FieldChange, ...]:
    out = []
    for key in a:
        if not _field_equal(key, a[key], b.get(key)):
            out.append(FieldChange(key, a[key], b.get(key)))
    return tuple(out)


def diff_claims(
    old: Iterable[Claim], new: Iterable[Claim], *, with_sources: bool = False
) -> tuple[list[ClaimChange], int]:
    """Match ``old`` and ``new`` claims by meaning: ``(changes, unchanged count)``."""
    old_claims, new_claims = list(old), list(new)
    changes: list[ClaimChange] = []
    unchanged = 0
    pos_old, pos_new = _rel_pos(old_claims), _rel_pos(new_claims)
    for kind in CLAIM_KINDS:
        olds = [c for c in old_claims if c.kind == kind]
        news = [c for c in new_claims if c.kind == kind]
        if not olds and not news:
            continue
        vals = {id(c): _values(c, with_sources) for c in olds + news}
        ctx = {id(c): _context(c) for c in olds + news}
        ident = {id(c): _identity(c) for c in olds + news}
        candidates = []
        for i, o in enumerate(olds):
            for j, n in enumerate(news):
                if not _identity_ok(kind, ident[id(o)], ident[id(n)]):
                    continue
                same = not _changed_fields(vals[id(o)], vals[id(n)])
                sim = _jaccard(ctx[id(o)], ctx[id(n)])
                if kind == "acronym":  # the acronym itself is the identity
                    sim = max(sim, 0.6)
                if sim < (0.2 if same else 0.4):
                    continue
                score = sim + (0.5 if same else 0.0) - 0.3 * abs(pos_old[id(o)] - pos_new[id(n)])
                candidates.append((score, i, j, same))
        candidates.sort(key=lambda t: (-t[0], t[1], t[2]))
        used_o: set[int] = set()
        used_n: set[int] = set()
        for _score, i, j, same in candidates:
            if i in used_o or j in used_n:
                continue
            used_o.add(i)
            used_n.add(j)
            o, n = olds[i], news[j]
            if same:
                unchanged += 1
            else:
                changes.append(ClaimChange("changed", kind, o, n, _changed_fields(vals[id(o)], vals[id(n)])))
        changes += [ClaimChange("removed", kind, old=o) for i, o in enumerate(olds) if i not in used_o]
        changes += [ClaimChange("added", kind, new=n) for j, n in enumerate(news) if j not in used_n]

    def where(ch: ClaimChange) -> tuple[int, int, int, str, str]:
        c = ch.new or ch.old
        side = 0 if ch.new is not None else 1
        return (side, c.location.line, c.location.column, ch.kind, ch.status)

    changes.sort(key=where)
    return changes, unchanged


def parse_article_spec(spec: str | None, old: Document, new: Document) -> tuple[list[int], list[int]]:
    """``N`` (article N on both sides) or ``N:M`` (old article N, new article M), 1-based."""
    if spec is None:
        return list(range(len(old.articles))), list(range(len(new.articles)))
    m = re.fullmatch(r"\s*(\d+)\s*(?::\s*(\d+)\s*)?", spec)
    if not m:
        raise UsageError(f"--article {spec!r} is not N or N:M", hint="e.g. --article 1, or --article 1:2", code="E415")
    a = int(m.group(1))
    b = int(m.group(2) or a)
    for n, doc in ((a, old), (b, new)):
        if not 1 <= n <= len(doc.articles):
            raise UsageError(
                f"{doc.path} has no article {n}",
                path=doc.path,
                hint=f"it has {len(doc.articles)} article{'s' if len(doc.articles) != 1 else ''}; "
                "`claimcheck show` lists them",
                code="E415",
            )
    return [a - 1], [b - 1]


def _has_footnotes(doc: Document, articles: Sequence[int]) -> bool:
    return any(doc.articles[i].footnotes for i in articles)


def diff_documents(old: Document, new: Document, *, scope: Scope = "auto", article: str | None = None) -> DiffResult:
    old_arts, new_arts = parse_article_spec(article, old, new)
    notes: list[str] = []
    old_fn, new_fn = _has_footnotes(old, old_arts), _has_footnotes(new, new_arts)
    chosen = scope
    aligned = None
    if scope in ("auto", "overlap"):
        aligned = align(old, new, old_arts, new_arts)
        if scope == "auto":
            smaller = max(1, min(aligned.old_words, aligned.new_words))
            differs = len(old_arts) != len(new_arts) or old_fn != new_fn
            chosen = "overlap" if differs or aligned.shared_words / smaller < 0.8 else "all"
    if chosen == "overlap":
        assert aligned is not None
        if not aligned.old_region.articles:
            raise UsageError(
                "the two drafts share no text to compare",
                hint="check the files, or compare whole documents with --scope all",
                code="E416",
            )
        footnotes = _has_footnotes(old, aligned.old_region.articles) and _has_footnotes(
            new, aligned.new_region.articles
        )
        old_region = Region(aligned.old_region.articles, aligned.old_region.start, aligned.old_region.end, footnotes)
        new_region = Region(aligned.new_region.articles, aligned.new_region.start, aligned.new_region.end, footnotes)
        notes.append(
            f"compared the part both carry: {aligned.shared_words} words in common "
            f"({aligned.shared_words / max(1, aligned.old_words):.0%} of the old text compared, "
            f"{aligned.shared_words / max(1, aligned.new_words):.0%} of the new); the wording "
            f"differs in {aligned.differing} place{'s' if aligned.differing != 1 else ''} there"
        )
        if not footnotes and (old_fn or new_fn):
            notes.append(
                f"footnotes not compared: only {'the old' if old_fn else 'the new'} version has them "
                "in that part (supporting footnotes and citations are left out)"
            )
    else:
        footnotes = old_fn and new_fn
        old_region = Region(tuple(old_arts), footnotes=footnotes or old_fn == new_fn)
        new_region = Region(tuple(new_arts), footnotes=footnotes or old_fn == new_fn)
    olds = [c for c in extract(old) if old_region.contains(c)]
    news = [c for c in extract(new) if new_region.contains(c)]
    changes, unchanged = diff_claims(olds, news, with_sources=footnotes)
    return DiffResult(
        old_path=old.path,
        new_path=new.path,
        scope=chosen,
        old_region=old_region.describe(old),
        new_region=new_region.describe(new),
        changes=changes,
        unchanged=unchanged,
        notes=notes,
    )
