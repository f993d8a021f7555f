"""A self-contained HTML report: one file, inline CSS and JS, works offline.

For every draft checked: its title (from the document model), its text article by
article with the footnote reference marks as superscripts linked to their notes, the
extracted claims highlighted by kind, each finding's own words marked (and the related
places it names), the findings under the paragraph or footnote that holds them, and a
side panel listing the claims (value, unit, date, sources). Filters by severity, rule
family and rule (plain JS) hide and show the findings.

A finding's words are marked from where it starts to where it ends (``Finding.end``): a
reference mark standing at its place is marked as the mark, a note's finding on the note's
number. A finding without an end (a related place has none either) is marked on the words
found from the document model: the longer of the words there that its subject (for a
related place, its label) names and the claim starting there, else the word there.

Rendered with Jinja2 from ``templates/report.html.j2`` with autoescaping on: every piece
of text from a draft reaches the page through the template's escaping, never as markup.
"""

from __future__ import annotations

import bisect
import itertools
import os
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any, Callable, Sequence

from claimcheck import __version__
from claimcheck.claims.kinds import KIND_LABELS, panel_fields
from claimcheck.document import Document, Location
from claimcheck.extract import extract
from claimcheck.findings.model import Finding
from claimcheck.findings.result import Result
from claimcheck.report.sarif import display_path
from claimcheck.report.text import severity_counts

if TYPE_CHECKING:
    from jinja2 import Environment

__all__ = ["claim_fields", "render", "segments"]


_SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}


def _env() -> Environment:
    from jinja2 import Environment, PackageLoader, StrictUndefined

    return Environment(
        loader=PackageLoader("claimcheck.report", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


#: the side panel's fields for a claim: what differs by kind lives in claimcheck.claims.kinds
claim_fields = panel_fields


def segments(
    text: str,
    spans: list[tuple[int, int, str, str]],
    marks: Sequence[tuple[int, int, dict[str, Any]]] = (),
    points: Sequence[tuple[int, dict[str, Any]]] = (),
) -> list[dict[str, Any]]:
    """Cut ``text`` at the claims' spans ``(start, end, kind, id)`` and the marks' spans.

    Returns pieces ``{"text", "kind", "ids", "starts", "marks", "before"}``; where claims
    overlap, a piece takes the kind of the shortest claim covering it and lists every
    covering claim's id; ``starts`` names the claims that begin at the piece (the page
    anchors them there). ``marks`` are ``(start, end, mark)``: a finding's words or a
    related place; each piece lists the marks covering it, and the first piece of a mark
    carries the mark's ``id``. ``points`` are ``(offset, item)`` things that stand between
    characters (reference marks, empty anchors), listed in ``before`` of the piece at
    their offset; a last piece with empty text holds those at the end of ``text``.
    """
    n = len(text)
    spans = [sp for sp in spans if 0 <= sp[0] < sp[1] <= n]
    marks = [m for m in marks if 0 <= m[0] < m[1] <= n]
    points = sorted((p for p in points if 0 <= p[0] <= n), key=lambda p: p[0])
    cuts = {0, n}
    for s, e, *_ in spans:
        cuts.update((s, e))
    for s, e, _ in marks:
        cuts.update((s, e))
    cuts.update(p[0] for p in points)
    bounds = sorted(cuts)
    by_offset: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for off, item in points:
        by_offset[off].append(item)
    out = []
    started: set[int] = set()
    for a, b in itertools.pairwise(bounds):
        covering = [sp for sp in spans if sp[0] <= a and b <= sp[1]]
        piece: dict[str, Any] = {
            "text": text[a:b],
            "kind": None,
            "ids": "",
            "starts": [],
            "before": by_offset.get(a, []),
        }
        if covering:
            inner = min(covering, key=lambda sp: (sp[1] - sp[0], sp[3]))
            piece.update(
                kind=inner[2],
                ids=" ".join(sp[3] for sp in covering),
                starts=[sp[3] for sp in covering if sp[0] == a],
            )
        on = sorted(
            (m for m in marks if m[0] <= a and b <= m[1]),
            key=lambda m: (m[0], -m[1], _SEVERITY_RANK.get(m[2].get("sev", ""), 3)),
        )
        piece["marks"] = []
        for m in on:
            first = id(m) not in started
            started.add(id(m))
            piece["marks"].append({**m[2], "id": m[2].get("id") if first else None})
        out.append(piece)
    if by_offset.get(n) and n > 0:
        out.append({"text": "", "kind": None, "ids": "", "starts": [], "before": by_offset[n], "marks": []})
    elif n == 0 and not out:
        out.append({"text": "", "kind": None, "ids": "", "starts": [], "before": by_offset.get(0, []), "marks": []})
    return out


# --------------------------------------------------------------------- the page's pieces


@dataclass
class _Piece:
    """A paragraph, heading or footnote on the page, with the findings placed on it."""

    anchor: str
    kind: str  # a block kind, or "footnote"
    line: int
    text: str
    article: int
    source_map: Any = None
    label: str = ""
    label_id: str = ""  # a footnote's label: the anchor of its number on the page
    file_start: int = -1
    file_end: int = -1
    claim_spans: list[tuple[int, int, str, str]] = field(default_factory=list)
    marks: list[tuple[int, int, dict[str, Any]]] = field(default_factory=list)  # (start, end, mark)
    points: list[tuple[int, dict[str, Any]]] = field(default_factory=list)  # (offset, item)
    refs: list[tuple[int, dict[str, Any]]] = field(
        default_factory=list
    )  # (file offset, item) of the reference marks in it
    claim_starts: dict[int, int] = field(default_factory=dict)  # offset -> longest claim end starting there
    label_marks: list[Any] = field(default_factory=list)
    findings: list[dict[str, Any]] = field(default_factory=list)
    segments: list[dict[str, Any]] = field(default_factory=list)


class _Places:
    """File offsets ↔ pieces of one document, to place a finding on the words it names."""

    def __init__(self, doc: Document, pieces: list[_Piece]) -> None:
        text = doc.source.text if doc.source is not None else None
        self.ok = text is not None
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)] if text is not None else []
        placed = sorted((p for p in pieces if p.file_start >= 0), key=lambda p: (p.file_start, p.file_end))
        self.pieces = placed
        self.starts = [p.file_start for p in placed]

    def offset(self, loc: Location) -> int | None:
        if not self.ok or loc.line < 1 or loc.line > len(self.line_starts):
            return None
        start: int = self.line_starts[loc.line - 1]
        return start + loc.column - 1

    def piece_at(self, off: int) -> _Piece | None:
        i = bisect.bisect_right(self.starts, off) - 1
        best = None
        # a paragraph can run across a page whose notes stand inside its range: the piece
        # that starts last and holds the offset is the innermost
        for j in range(i, max(i - 64, -1), -1):
            p = self.pieces[j]
            if p.file_start <= off <= p.file_end and (best is None or p.file_start > best.file_start):
                best = p
        return best


def _norm_offset(piece: _Piece, file_off: int) -> int | None:
    """Where the file offset ``file_off`` falls in the piece's normalised text."""
    sm = piece.source_map
    anchors = sm.anchors if sm is not None and sm.anchors else ((0, piece.file_start),)
    files = [a[1] for a in anchors]
    i = bisect.bisect_right(files, file_off) - 1
    if i < 0:
        return None
    norm = anchors[i][0] + (file_off - anchors[i][1])
    if i + 1 < len(anchors):
        norm = min(norm, anchors[i + 1][0])
    if norm > len(piece.text):
        return None
    return norm


_WORD = re.compile(r"\w+")
_TOKEN = re.compile(r"\S+")


def _squash(text: str) -> str:
    return " ".join(text.lower().split())


def _subject_span(text: str, off: int, subject: str) -> int | None:
    """The end of the longest run of whole words from ``off`` that the subject names."""
    subj = _squash(subject)
    if not subj:
        return None
    end = None
    for m in _WORD.finditer(text, off):
        if m.start() - off > 2 and end is None:  # the words must start here (after a quote mark)
            break
        cand = _squash(text[off : m.end()])
        if not re.search(r"(?<!\w)" + re.escape(cand) + r"(?!\w)", subj):
            break
        end = m.end()
        if end - off > 400:
            break
    return end


def _mark(
    piece: _Piece, loc_off: int, subjects: tuple[str, ...], mark: dict[str, Any], end_off: int | None = None
) -> bool:
    """Mark in ``piece`` the words from file offset ``loc_off`` to ``end_off`` (exclusive),
    or without an end the words there that one of ``subjects`` names, or the claim starting
    there (the longer of the two); False when nothing fits."""
    for ref_off, item in piece.refs:
        if ref_off == loc_off:
            item["marks"].append(mark)
            return True
    off = _norm_offset(piece, loc_off)
    if off is None:
        if piece.label_id and loc_off <= piece.file_start + len(piece.label) + 2:
            piece.label_marks.append(mark)
            return True
        return False
    if end_off is not None and end_off > loc_off and off < len(piece.text):
        last = _norm_offset(piece, end_off - 1)  # the last character, mapped like the first
        if last is not None and last >= off:
            piece.marks.append((off, min(last + 1, len(piece.text)), mark))
            return True
    text = piece.text
    ends = [e for e in (_subject_span(text, off, subj) for subj in subjects if subj) if e is not None]
    if off in piece.claim_starts:
        ends.append(piece.claim_starts[off])
    end = max(ends) if ends else None
    if end is None:
        m = _TOKEN.search(text, off)  # the word at the place (or just after a space or two)
        if m is not None and m.start() <= off + 2:
            off, end = m.start(), m.end()
    if end is None or end <= off:
        piece.points.append((off, {"type": "anchor", "id": mark["id"]}))
        return True
    piece.marks.append((off, end, mark))
    return True


# --------------------------------------------------------------------- one document


def doc_title(doc: Document) -> str | None:
    """The document's title from its model: the metadata title, else a title block."""
    if doc.metadata.title and doc.metadata.title.strip():
        return doc.metadata.title.strip()
    from claimcheck.document import BlockKind

    for art in doc.articles[:1]:
        for blk in art.blocks[:5]:
            if blk.kind == BlockKind.title and blk.text.strip():
                return blk.text.strip()
    return None


@dataclass
class _View:
    """One draft on the page: its articles, its claims' rows,
    and its pieces with their places in the file."""

    articles: list[dict[str, Any]]
    claims: list[dict[str, Any]]
    places: _Places
    pieces: list[_Piece]
    line_places: list[tuple[int, str]] = field(default_factory=list)  # (line, anchor), sorted


def _document_view(doc: Document, fi: int) -> _View:
    claims = extract(doc)
    # footnotes are anchored by position: a label can be defined twice (FN001)
    note_anchor: dict[tuple[int, str], str] = {}
    for art in doc.articles:
        for ni, note in enumerate(art.footnotes):
            note_anchor.setdefault((art.index, note.label), f"f{fi}-a{art.index}-n{ni}")
    places = _Places(doc, [])
    articles = []
    pieces_of: dict[tuple[Any, ...], _Piece] = {}
    notes_of: dict[tuple[int, str], list[_Piece]] = defaultdict(list)
    all_pieces: list[_Piece] = []
    for art in doc.articles:
        blocks = []
        for bi, blk in enumerate(art.blocks):
            p = _Piece(
                f"f{fi}-a{art.index}-b{bi}", blk.kind.value, blk.location.line, blk.text, art.index, blk.source_map
            )
            if places.ok:
                if blk.source_map.anchors:
                    p.file_start, p.file_end = blk.source_map.to_file(0), blk.source_map.to_file(len(blk.text))
                else:
                    p.file_start = places.offset(blk.location) or 0
                    p.file_end = p.file_start + len(blk.text)
            blocks.append(p)
            pieces_of[(art.index, bi)] = p
        for ri, ref in enumerate(art.refs):
            holder = pieces_of.get((art.index, ref.block))
            if holder is None:
                continue
            p = holder
            target = note_anchor.get((art.index, ref.label))
            item: dict[str, Any] = {
                "type": "ref",
                "id": f"f{fi}-a{art.index}-r{ri}",
                "label": ref.label,
                "href": target,
                "line": ref.location.line,
                "marks": [],
            }
            p.points.append((ref.offset, item))
            off = places.offset(ref.location)
            if off is not None:
                p.refs.append((off, item))
                p.file_end = max(p.file_end, off + len(ref.label))
        notes = []
        for ni, note in enumerate(art.footnotes):
            p = _Piece(
                f"f{fi}-a{art.index}-n{ni}",
                "footnote",
                note.location.line,
                note.text,
                art.index,
                note.source_map,
                label=note.label,
                label_id=f"f{fi}-a{art.index}-n{ni}-label",
            )
            if places.ok:
                p.file_start = places.offset(note.location) or 0
                sm = note.source_map
                p.file_end = (
                    sm.to_file(len(note.text)) if sm.anchors else p.file_start + len(note.label) + 2 + len(note.text)
                )
            notes.append(p)
            notes_of[(art.index, note.label)].append(p)
        all_pieces += blocks + notes
        # the article's title as a heading, unless a heading or title block already shows it
        titled = any(p.kind in ("heading", "title") and p.text.strip() == (art.title or "").strip() for p in blocks[:4])
        if not art.title:
            titled = bool(blocks) and blocks[0].kind in ("heading", "title")
        articles.append({"index": art.index, "title": art.title, "titled": titled, "pieces": blocks, "notes": notes})
    claim_rows = []
    for ci, c in enumerate(claims):
        cid = f"f{fi}-c{ci}"
        if c.block is not None:
            owner = pieces_of.get((c.article, c.block))
        else:
            group = notes_of.get((c.article, c.footnote or ""), [])
            owner = next((p for p in reversed(group) if p.line <= c.location.line), group[0] if group else None)
        if owner is not None:
            owner.claim_spans.append((c.start, c.end, c.kind, cid))
            owner.claim_starts[c.start] = max(owner.claim_starts.get(c.start, c.end), c.end)
        claim_rows.append(
            {
                "id": cid,
                "kind": c.kind,
                "kind_label": KIND_LABELS.get(c.kind, c.kind),
                "text": c.text,
                "line": c.location.line,
                "article": c.article,
                "footnote_anchors": [
                    (label, note_anchor[(c.article, label)])
                    for label in c.footnotes
                    if (c.article, label) in note_anchor
                ],
                **claim_fields(c),
            }
        )
    return _View(articles, claim_rows, _Places(doc, all_pieces), all_pieces, _line_places(all_pieces))


def _line_places(pieces: list[_Piece]) -> list[tuple[int, str]]:
    return sorted((p.line, p.anchor) for p in pieces)


def _by_line(places: list[tuple[int, str]], line: int) -> str | None:
    if not places:
        return None
    i = bisect.bisect_right(places, (line, "\uffff")) - 1
    return places[max(i, 0)][1]


# --------------------------------------------------------------------- paths


class _Paths:
    """How the page names files: relative to the current directory (or ``base``); files
    outside it relative to the folder they share, which the page names once."""

    def __init__(self, paths: list[str], base: str | os.PathLike[str] | None = None) -> None:
        self.base = base
        shown = {p: display_path(p, base) for p in paths}
        outside = [s for s in shown.values() if PurePosixPath(s).is_absolute()]
        self.root = ""
        if outside:
            try:
                self.root = os.path.commonpath([str(PurePosixPath(s).parent) for s in outside])
            except ValueError:
                self.root = ""
        self.shown = shown

    def __call__(self, path: str) -> str:
        s = self.shown.get(path)
        if s is None:
            s = display_path(path, self.base)
        if self.root and PurePosixPath(s).is_absolute():
            try:
                return PurePosixPath(s).relative_to(self.root).as_posix()
            except ValueError:
                return s
        return s


def _place(loc: Location, same_file: bool, name: Callable[[str], str]) -> str:
    where = f"{loc.line}:{loc.column}"
    if not same_file:
        where = f"{name(loc.path)}:{where}"
    return where + (f" (page {loc.page})" if loc.page else "")


# --------------------------------------------------------------------- the page


def render(result: Result, *, base: str | os.PathLike[str] | None = None, title: str | None = None, **_: object) -> str:
    docs = {d.path: d for d in result.documents}
    name = _Paths(list(result.files), base)
    views = {}
    for fi, path in enumerate(result.files):
        doc = docs.get(path)
        if doc is not None:
            views[path] = _document_view(doc, fi)
    by_file: dict[str, list[Finding]] = defaultdict(list)
    for f in result.findings:
        by_file[f.location.path].append(f)
    # findings on files that were not checked (none today) still get a group
    paths = list(result.files) + [p for p in by_file if p not in result.files]
    all_findings: list[dict[str, Any]] = []
    errors = {e.path: e for e in result.errors}
    files: list[dict[str, Any]] = []
    for fi, path in enumerate(paths):
        view = views.get(path)
        fviews: list[dict[str, Any]] = []
        for f in by_file.get(path, []):
            fv = _finding_view(f, f"x{len(all_findings) + len(fviews)}", path, name)
            if view is not None:
                _mark_finding(view, f, fv, path)
            fviews.append(fv)
        all_findings += fviews
        entry: dict[str, Any] = {
            "index": fi,
            "path": name(path),
            "title": None,
            "findings": fviews,
            "error": errors[path].one_line() if path in errors else None,
            "articles": [],
            "claims": [],
            "unplaced": [],
            "digits": 1,
        }
        if view is not None:
            _place_findings(entry, view, fviews)
            entry["title"] = doc_title(docs[path])
        else:
            entry["unplaced"] = fviews
        files.append(entry)
    return _page(result, files, all_findings, name.root, title)


def _place_findings(entry: dict[str, Any], view: _View, fviews: list[dict[str, Any]]) -> None:
    """Each finding beside the piece of text it is on (else among the unplaced), and the
    view's articles and claims into the file's entry."""
    by_anchor = {p.anchor: p for p in view.pieces}
    for fv in fviews:
        piece = fv.pop("piece", None) or by_anchor.get(fv["anchor"] or "")
        if piece is not None and piece.line <= fv["line"]:
            piece.findings.append(fv)
        else:
            entry["unplaced"].append(fv)
    for p in view.pieces:
        p.segments = segments(p.text, p.claim_spans, p.marks, p.points)
    entry.update(
        articles=view.articles,
        claims=view.claims,
        digits=len(str(max([p.line for p in view.pieces] + [1]))),
    )


def _page(
    result: Result, files: list[dict[str, Any]], all_findings: list[dict[str, Any]], root: str, title: str | None
) -> str:
    """The report page from the files' entries: the heading, the counts and filters."""
    by_sev = severity_counts(result.findings)
    rules = sorted({(f.rule, f.name) for f in result.findings})
    families = sorted({f.family for f in result.findings})
    kinds = sorted({c["kind"] for fe in files for c in fe["claims"]})
    heading = title
    if heading is None and len(files) == 1:
        only = files[0]
        heading = only["title"] or PurePosixPath(only["path"]).name or only["path"]
    page: str = (
        _env()
        .get_template("report.html.j2")
        .render(
            title=f"{heading} — claimcheck report" if heading else "claimcheck report",
            heading=heading or "claimcheck report",
            root=root,
            version=__version__,
            files=files,
            findings=all_findings,
            by_severity=by_sev,
            rules=rules,
            families=families,
            kinds=[(k, KIND_LABELS.get(k, k)) for k in kinds],
            suppressed=len(result.suppressed),
            baseline=getattr(result, "baseline", None),
        )
    )
    return page


def _mark_finding(view: _View, f: Finding, fv: dict[str, Any], path: str) -> None:
    """Mark the finding's words and its related places in this file on their pieces, and
    point the finding's links at them (else at the paragraph holding their line)."""
    fid = fv["id"]
    line_places = view.line_places
    piece = _locate(view.places, f.location)
    mark = {"f": fid, "m": fid, "sev": fv["severity"], "role": "f-main", "id": fid}
    off = view.places.offset(f.location)
    end = view.places.offset(f.end) if f.end is not None else None
    if piece is not None and off is not None and _mark(piece, off, (f.subject,), mark, end):
        fv["anchor"] = fid
        fv["piece"] = piece
    else:
        fv["anchor"] = _by_line(line_places, f.location.line)
    for j, (r, rv) in enumerate(zip(f.related, fv["related"])):
        if r.location.path != path:
            continue
        rid = f"{fid}-r{j}"
        rpiece = _locate(view.places, r.location)
        rmark = {"f": fid, "m": rid, "sev": fv["severity"], "role": "f-related", "id": rid}
        roff = view.places.offset(r.location)
        if rpiece is not None and roff is not None and _mark(rpiece, roff, (r.message, f.subject), rmark):
            rv["anchor"] = rid
        else:
            rv["anchor"] = _by_line(line_places, r.location.line)


def _locate(places: _Places, loc: Location) -> _Piece | None:
    off = places.offset(loc)
    return None if off is None else places.piece_at(off)


def _finding_view(f: Finding, fid: str, path: str, name: Callable[[str], str]) -> dict[str, Any]:
    return {
        "id": fid,
        "rule": f.rule,
        "name": f.name,
        "family": f.family,
        "severity": f.severity.value,
        "message": f.message,
        "help": f.help,
        "line": f.location.line,
        "place": _place(f.location, True, name),
        "anchor": None,
        "related": [
            {"place": _place(r.location, r.location.path == path, name), "message": r.message, "anchor": None}
            for r in f.related
        ],
    }
