"""A self-contained HTML report: one file, inline CSS and JS, works offline.

For every draft checked: its text article by article, with the extracted claims
highlighted by kind (from each claim's block or footnote and its offsets), the findings
shown under the paragraph or footnote that holds their line, with links to the related
places, and a side panel listing the claims (value, unit, date, sources). Filters by
severity, rule family and rule (plain JS) hide and show the findings.

Rendered with Jinja2 from ``templates/report.html.j2`` with autoescaping on: every piece
of text from a draft reaches the page through the template's escaping, never as markup.
"""

from __future__ import annotations

import os
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

from claimcheck import __version__, diff
from claimcheck.claims.kinds import KIND_LABELS, panel_fields
from claimcheck.document import Article, Document, Location
from claimcheck.findings.model import Finding
from claimcheck.findings.result import Result
from claimcheck.report.sarif import display_path

if TYPE_CHECKING:
    from jinja2 import Environment


__all__ = ["claim_fields", "render", "segments"]



def _env() -> Environment:
    from jinja2 import Environment, PackageLoader, StrictUndefined

    return Environment(
        loader=PackageLoader("claimcheck.report", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )




#: the side panel's fields for a claim (kept under its old name for the templates' callers)
claim_fields = panel_fields


def segments(text: str, spans: list[tuple[int, int, str, str]]) -> list[dict[str, Any]]:
    """Cut ``text`` at the claims' spans ``(start, end, kind, id)``.

    Returns pieces ``{"text", "kind", "ids", "starts"}``; where claims overlap, a piece takes
    the kind of the shortest claim covering it and lists every covering claim's id;
    ``starts`` names the claims that begin at the piece (the page anchors them there).
    """
    cuts = {0, len(text)}
    for s, e, _, _ in spans:
        if 0 <= s < e <= len(text):
            cuts.update((s, e))
    points = sorted(cuts)
    out: list[dict[str, Any]] = []
    for a, b in zip(points, points[1:]):
        covering = [sp for sp in spans if sp[0] <= a and b <= sp[1] and sp[0] < sp[1] <= len(text)]
        if covering:
            inner = min(covering, key=lambda sp: (sp[1] - sp[0], sp[3]))
            out.append(
                {
                    "text": text[a:b],
                    "kind": inner[2],
                    "ids": " ".join(sp[3] for sp in covering),
                    "starts": [sp[3] for sp in covering if sp[0] == a],
                }
            )
        else:
            out.append({"text": text[a:b], "kind": None, "ids": "", "starts": []})
    return out


@dataclass
class _Piece:
    """A paragraph, heading or footnote on the page, with the findings placed on it."""

    anchor: str
    kind: str  # paragraph | heading | footnote
    line: int
    segments: list[dict[str, Any]]
    label: str = ""
    findings: list[dict[str, Any]] = field(default_factory=list)


def _finding_view(f: Finding, base: str | os.PathLike[str] | None, anchor_of: Callable[[Location], str | None]) -> dict[str, Any]:
    return {
        "rule": f.rule,
        "name": f.name,
        "family": f.family,
        "severity": f.severity.value,
        "message": f.message,
        "help": f.help,
        "line": f.location.line,
        "place": f"{display_path(f.location.path, base)}:{f.location.line}:{f.location.column}"
        + (f" (page {f.location.page})" if f.location.page else ""),
        "anchor": anchor_of(f.location),
        "related": [
            {
                "place": f"{display_path(r.location.path, base)}:{r.location.line}:{r.location.column}",
                "message": r.message,
                "anchor": anchor_of(r.location),
            }
            for r in f.related
        ],
    }


def _document_view(
    doc: Document, fi: int, anchors: dict[str, list[tuple[int, str]]]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[str, str]]:
    claims, missing = diff.claims_of(doc)
    # footnotes are anchored by position: a label can be defined twice (FN001)
    note_anchor: dict[tuple[int, str], str] = {}
    for art in doc.articles:
        for ni, note in enumerate(art.footnotes):
            note_anchor.setdefault((art.index, note.label), f"f{fi}-a{art.index}-n{ni}")
    by_owner: dict[tuple[Any, ...], list[tuple[int, int, str, str]]] = defaultdict(list)
    claim_rows = []
    for ci, c in enumerate(claims):
        cid = f"f{fi}-c{ci}"
        owner = (c.article, "b", c.block) if c.block is not None else (c.article, "n", c.footnote, c.location.line)
        by_owner[owner].append((c.start, c.end, c.kind, cid))
        claim_rows.append(
            {
                "id": cid,
                "kind": c.kind,
                "kind_label": KIND_LABELS.get(c.kind, c.kind),
                "text": c.text,
                "line": c.location.line,
                "article": c.article,
                "footnote_anchors": [
                    (label, note_anchor[(c.article, label)]) for label in c.footnotes if (c.article, label) in note_anchor
                ],
                **claim_fields(c),
            }
        )
    articles = []
    places: list[tuple[int, str]] = []
    for art in doc.articles:
        pieces = []
        for bi, blk in enumerate(art.blocks):
            anchor = f"f{fi}-a{art.index}-b{bi}"
            pieces.append(
                _Piece(anchor, blk.kind.value, blk.location.line, segments(blk.text, by_owner[(art.index, "b", bi)]))
            )
        notes = []
        for ni, note in enumerate(art.footnotes):
            anchor = f"f{fi}-a{art.index}-n{ni}"
            # a claim in a footnote body is known by its label; a label used twice is told
            # apart by the claim's line, which lies within its own note
            spans = [
                sp
                for key, group in by_owner.items()
                if key[:3] == (art.index, "n", note.label) and _within(doc, art, ni, key[3])
                for sp in group
            ]
            notes.append(_Piece(anchor, "footnote", note.location.line, segments(note.text, spans), label=note.label))
        places += [(p.line, p.anchor) for p in pieces + notes]
        articles.append({"index": art.index, "title": art.title, "pieces": pieces, "notes": notes})
    places.sort()
    anchors[doc.path] = places
    return articles, claim_rows, missing


def _within(doc: Document, art: Article, ni: int, line: int) -> bool:
    """Does ``line`` fall inside footnote ``ni`` of ``art`` (before the next note starts)?"""
    notes = art.footnotes
    start = notes[ni].location.line
    end = notes[ni + 1].location.line if ni + 1 < len(notes) else None
    return line >= start and (end is None or line < end)


def _anchor_lookup(anchors: dict[str, list[tuple[int, str]]]) -> Callable[[Location], str | None]:
    import bisect

    def anchor_of(loc: Location) -> str | None:
        places = anchors.get(loc.path)
        if not places:
            return None
        i = bisect.bisect_right(places, (loc.line, "\uffff")) - 1
        return places[max(i, 0)][1]

    return anchor_of


def render(result: Result, *, base: str | os.PathLike[str] | None = None, title: str | None = None, **_: object) -> str:
    anchors: dict[str, list[tuple[int, str]]] = {}
    docs = {d.path: d for d in result.documents}
    files = []
    views = {}
    for fi, path in enumerate(result.files):
        doc = docs.get(path)
        if doc is not None:
            views[path] = _document_view(doc, fi, anchors)
    anchor_of = _anchor_lookup(anchors)
    by_file: dict[str, list[Finding]] = defaultdict(list)
    for f in result.findings:
        by_file[f.location.path].append(f)
    all_findings = []
    errors = {e.path: e for e in result.errors}
    for fi, path in enumerate(result.files):
        fviews = [_finding_view(f, base, anchor_of) for f in by_file.get(path, [])]
        all_findings += fviews
        entry: dict[str, Any] = {
            "index": fi,
            "path": display_path(path, base),
            "findings": fviews,
            "error": errors[path].one_line() if path in errors else None,
            "articles": [],
            "claims": [],
            "missing": {},
            "unplaced": [],
        }
        if path in views:
            articles, claim_rows, missing = views[path]
            pieces = {p.anchor: p for a in articles for p in a["pieces"] + a["notes"]}
            for fv in fviews:
                if fv["anchor"] in pieces and pieces[fv["anchor"]].line <= fv["line"]:
                    pieces[fv["anchor"]].findings.append(fv)
                else:
                    entry["unplaced"].append(fv)
            entry.update(articles=articles, claims=claim_rows, missing=missing)
        else:
            entry["unplaced"] = fviews
        files.append(entry)
    by_sev = {s: sum(1 for f in result.findings if f.severity.value == s) for s in ("error", "warning", "info")}
    rules = sorted({(f.rule, f.name) for f in result.findings})
    families = sorted({f.family for f in result.findings})
    kinds = sorted({c["kind"] for fe in files for c in fe["claims"]})
    page: str = _env().get_template("report.html.j2").render(
        title=title or "claimcheck report",
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
    return page
