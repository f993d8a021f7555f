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
import importlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Iterable, Literal, Sequence

from claimcheck.claims.models import CLAIM_KINDS, ClaimSet
from claimcheck.document import Document
from claimcheck.errors import UsageError

__all__ = [
    "ClaimChange",
    "DiffResult",
    "FieldChange",
    "Region",
    "align",
    "claims_of",
    "diff_claims",
    "diff_documents",
    "parse_article_spec",
    "render_diff",
]

Scope = Literal["auto", "all", "overlap"]

# ---------------------------------------------------------------------------- extraction


def claims_of(doc: Document, kinds: Sequence[str] | None = None) -> tuple[ClaimSet, dict[str, str]]:
    """The claims of ``doc``, kind by kind; a kind whose extractor is missing or fails is
    left out and named in the second value (kind -> reason), so a report still renders."""
    from claimcheck.extract import EXTRACTORS
    from claimcheck.extract.text import iter_units

    units = list(iter_units(doc))
    claims: list[Any] = []
    missing: dict[str, str] = {}
    for kind in kinds or CLAIM_KINDS:
        spec = EXTRACTORS.get(kind)
        if spec is None:
            missing[kind] = "no extractor"
            continue
        module, func = spec.split(":")
        try:
            extractor = getattr(importlib.import_module(module), func)
            claims.extend(extractor(units))
        except Exception as exc:  # an extractor still being written must not sink the report
            missing[kind] = f"{type(exc).__name__}: {exc}"
    claims.sort(key=lambda c: (c.location.line, c.location.column, c.kind))
    return ClaimSet(path=doc.path, claims=tuple(claims)), missing


# ---------------------------------------------------------------------------- normalising

_STOP = frozenset(
    """a about above after again against all also an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers him his how i if in into is it its itself just
    may might more most must no nor not now of off on once only or other our out over own same
    she should so some such than that the their them then there these they this those through
    to too under until up very was we were what when where which while who whom why will with
    would you your s t""".split()
)
_WORD = re.compile(r"\w+", re.UNICODE)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.casefold().replace("’", "'").replace("‘", "'")


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(_fold(text)) if len(w) > 2 and w not in _STOP and not w.isdigit()}


def _norm(text: str | None) -> str:
    if not text:
        return ""
    words = [w for w in _WORD.findall(_fold(text)) if w not in ("the", "a", "an")]
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words)


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

    def contains(self, claim) -> bool:
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


def _block_loc(doc: Document, article: int, block: int, offset: int):
    blk = doc.articles[article].blocks[block]
    return doc.locate(blk, offset)


def _tokens(doc: Document, articles: Sequence[int]):
    """Words of the blocks of ``articles``: (normalised words, [(article, block, start, end)])."""
    words, places = [], []
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
    from claimcheck.extract.text import sentence_bounds

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
    clusters: list[list] = []
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
    differing = sum(
        1 for x, y in zip(best, best[1:]) if y.a > x.a + x.size or y.b > x.b + x.size
    )

    def region(doc, places, first, last) -> Region:
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


def _dump(value: Any) -> Any:
    if value is None:
        return None
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json", exclude_none=True)
    if isinstance(value, tuple):
        return [_dump(v) for v in value]
    return value


def _values(c, with_sources: bool) -> dict[str, Any]:
    """The fields whose difference makes a pair *changed*."""
    kind = c.kind
    if kind in ("quantity", "money", "count"):
        out = {"value": c.value, "low": c.low, "high": c.high, "qualifier": c.qualifier}
        if kind == "quantity":
            out["unit"] = c.unit
        elif kind == "money":
            out.update(currency=c.currency, year=c.year, date=c.date, equivalent=c.equivalent)
        else:
            out["thing"] = _norm(c.thing)
    elif kind == "date":
        rel = c.relative
        out = {
            "date": c.date,
            "end_date": c.end_date,
            "relative": (rel.amount, rel.unit, rel.direction) if rel else None,
            "qualifier": c.qualifier,
        }
    elif kind == "member_list":
        out = {"members": tuple(sorted(c.members)), "declared_count": c.declared_count, "as_of": c.as_of}
    elif kind == "acronym":
        out = {"expansion": _norm(c.expansion)}
    elif kind == "citation":
        out = {
            "authors": tuple(_norm(a) for a in c.authors),
            "title": _norm(c.title),
            "outlet": _norm(c.outlet),
            "date": c.date,
            "url": (c.url or "").rstrip("/"),
        }
    elif kind == "quotation":
        out = {"quote": _norm(c.quote), "speaker": _norm(c.speaker)}
    else:  # pragma: no cover - a new kind: compare its text
        out = {"text": _norm(c.text)}
    if with_sources and c.block is not None:
        out["sources"] = tuple(c.footnotes)
    return out


def _identity(c) -> str:
    kind = c.kind
    if kind == "count":
        return _norm(c.thing)
    if kind == "money":
        return c.currency
    if kind == "quantity":
        return c.unit
    if kind == "member_list":
        return _norm(c.group)
    if kind == "acronym":
        return c.acronym.upper()
    return ""


def _context(c) -> set[str]:
    kind = c.kind
    if kind == "citation":
        return _words(" ".join(x for x in (c.title, c.outlet, c.url, " ".join(c.authors)) if x))
    if kind == "quotation":
        return _words(c.quote) | _words(c.speaker or "")
    words = _words(c.sentence or c.text)
    if kind == "count":
        words |= _words(c.thing)
    return words


def _identity_ok(kind: str, a: str, b: str) -> bool:
    if a == b:
        return True
    if kind == "count":  # "5G base stations" ~ "base stations"
        wa, wb = set(a.split()), set(b.split())
        return bool(wa and wb) and len(wa & wb) / min(len(wa), len(wb)) >= 0.5
    return False


def _rel_pos(claims: list) -> dict[int, float]:
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
    return long_[-len(short):] == short


def _field_equal(key: str, a: Any, b: Any) -> bool:
    if key == "speaker" and isinstance(a, str) and isinstance(b, str):
        return _same_person(a, b)  # only the speaker's title changed: the same quotation
    return a == b


def _changed_fields(a: dict, b: dict) -> tuple[FieldChange, ...]:
    out = []
    for key in a:
        if not _field_equal(key, a[key], b.get(key)):
            out.append(FieldChange(key, a[key], b.get(key)))
    return tuple(out)


def diff_claims(old: Iterable, new: Iterable, *, with_sources: bool = False) -> tuple[list[ClaimChange], int]:
    """Match ``old`` and ``new`` claims by meaning: ``(changes, unchanged count)``."""
    old, new = list(old), list(new)
    changes: list[ClaimChange] = []
    unchanged = 0
    pos_old, pos_new = _rel_pos(old), _rel_pos(new)
    for kind in CLAIM_KINDS:
        olds = [c for c in old if c.kind == kind]
        news = [c for c in new if c.kind == kind]
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
        for score, i, j, same in candidates:
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

    def where(ch: ClaimChange):
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
        raise UsageError(
            f"--article {spec!r} is not N or N:M", hint="e.g. --article 1, or --article 1:2", code="E415"
        )
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
    old_claims, old_missing = claims_of(old)
    new_claims, new_missing = claims_of(new)
    for kind in sorted(set(old_missing) | set(new_missing)):
        notes.append(f"{kind} claims not compared: {old_missing.get(kind) or new_missing.get(kind)}")
    olds = [c for c in old_claims if c.kind not in new_missing and old_region.contains(c)]
    news = [c for c in new_claims if c.kind not in old_missing and new_region.contains(c)]
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


# ---------------------------------------------------------------------------- output


def _show(value: Any) -> str:
    if value is None or value == "" or value == ():
        return "-"
    if hasattr(value, "iso"):
        return value.iso()
    if hasattr(value, "model_dump"):
        return " ".join(str(v) for v in value.model_dump(exclude_none=True).values())
    if isinstance(value, float):
        return f"{value:,.6g}"
    if isinstance(value, tuple):
        return "(" + ", ".join(_show(v) for v in value) + ")"
    return str(value)


#: fields compared in normalised form; the text output shows them as each draft writes them
_TEXT_FIELDS = ("thing", "expansion", "authors", "title", "outlet", "quote", "speaker", "text")


def _written(claim: Any, fc: FieldChange, side: Any) -> Any:
    """A field's value as a draft writes it: the original text (not the lower-cased form
    compared), numbers as people write them ("580 billion", "4.2 million", "12.5")."""
    from claimcheck.claims.matching import format_number

    if fc.field in _TEXT_FIELDS and claim is not None and hasattr(claim, fc.field):
        return getattr(claim, fc.field)
    if isinstance(side, float):
        return format_number(side)
    return side


def _field_text(fc: FieldChange, old: Any = None, new: Any = None) -> str:
    if old is not None or new is not None:
        fc = FieldChange(fc.field, _written(old, fc, fc.old), _written(new, fc, fc.new))
    if fc.field == "members" and isinstance(fc.old, tuple) and isinstance(fc.new, tuple):
        gone = [m for m in fc.old if m not in fc.new]
        came = [m for m in fc.new if m not in fc.old]
        parts = []
        if gone:
            parts.append("without " + ", ".join(gone))
        if came:
            parts.append("with " + ", ".join(came))
        return "members: " + "; ".join(parts)
    return f"{fc.field}: {_show(fc.old)} → {_show(fc.new)}"


def _short(text: str, width: int = 70) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= width else text[: width - 1] + "…"


def _claim_json(c) -> dict:
    loc = c.location
    return {
        "path": loc.path,
        "line": loc.line,
        "column": loc.column,
        "text": c.text,
        "sentence": c.sentence,
        "claim": c.model_dump(mode="json", exclude={"location", "sentence", "text"}, exclude_none=True),
    }


def render_diff(diff: DiffResult, fmt: str = "text") -> str:
    if fmt == "json":
        import json

        data = {
            "version": 1,
            "old": {"path": diff.old_path, "compared": diff.old_region},
            "new": {"path": diff.new_path, "compared": diff.new_region},
            "scope": diff.scope,
            "changes": [
                {
                    "status": ch.status,
                    "kind": ch.kind,
                    "old": _claim_json(ch.old) if ch.old is not None else None,
                    "new": _claim_json(ch.new) if ch.new is not None else None,
                    "fields": [{"field": f.field, "old": _dump(f.old), "new": _dump(f.new)} for f in ch.fields],
                }
                for ch in diff.changes
            ],
            "summary": {
                "changed": diff.count("changed"),
                "added": diff.count("added"),
                "removed": diff.count("removed"),
                "unchanged": diff.unchanged,
            },
            "notes": diff.notes,
        }
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    out = [
        f"old: {diff.old_path} ({diff.old_region})",
        f"new: {diff.new_path} ({diff.new_region})",
    ]
    out += [f"note: {n}" for n in diff.notes]
    for ch in diff.changes:
        if ch.status == "changed":
            out.append(
                f"changed  {ch.kind:<11} {ch.old.location} → {ch.new.location}: "
                f"“{_short(ch.old.text, 40)}” → “{_short(ch.new.text, 40)}”"
            )
            out += [f"    {_field_text(f, ch.old, ch.new)}" for f in ch.fields]
        else:
            c = ch.old if ch.status == "removed" else ch.new
            out.append(f"{ch.status:<8} {ch.kind:<11} {c.location}: “{_short(c.text)}”")
        c = ch.new or ch.old
        out.append(f"    in: {_short(c.sentence or c.text, 110)}")
    out.append(
        f"{diff.count('changed')} changed, {diff.count('added')} added, {diff.count('removed')} removed, "
        f"{diff.unchanged} unchanged claims"
    )
    return "\n".join(out) + "\n"
