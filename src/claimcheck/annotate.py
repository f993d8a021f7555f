"""``claimcheck annotate DRAFT.docx``: a copy of a Word draft with every finding as a comment.

Each finding becomes a Word comment by ``claimcheck`` anchored on the words it is about:
from the finding's place (paragraph and character, see :mod:`claimcheck.ingest.docx`) to
its end (``Finding.end``) when it ends in the same paragraph; without one, to the end of its
subject where the subject is written there, else of the word or number that starts there;
a finding about a note reference is anchored on the reference mark, one about a note
on the note's reference mark in the body (LibreOffice cannot open a .docx with comments
inside its notes, so none is put there). The comment says the rule, the severity, the
message, the related places (paragraph number and the first words there) and the help.

Runs are split where a span starts or ends inside one (the two halves keep the run's
formatting), so the text Word shows is unchanged. The draft itself is never written; the
copy is written atomically (:func:`claimcheck.fileio.write_output`), and never over the
draft. Existing comments and tracked changes are carried over untouched.
"""

from __future__ import annotations

import copy
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

from claimcheck.errors import UsageError
from claimcheck.findings.model import Finding
from claimcheck.ingest.docx import W, El, Para, Walk, _Styles, _Walker, open_docx, walk_docx

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument

__all__ = ["AUTHOR", "Annotated", "annotate", "annotate_bytes", "default_output", "comment_text"]

AUTHOR = "claimcheck"
INITIALS = "CC"
_W = "{" + W + "}"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


@dataclass
class Annotated:
    """What :func:`annotate` wrote: the copy's path and bytes, and the comments placed."""

    output: str
    data: bytes
    comments: int
    findings: list[Finding]


def default_output(draft: str | Path) -> Path:
    """``report.docx`` → ``report.checked.docx``, beside the draft."""
    p = Path(draft)
    return p.with_name(f"{p.stem}.checked.docx")


def _note_names(walk: Walk, path: str) -> dict[int, str]:
    """Line → how Word shows the note that line belongs to ("footnote 3", "endnote 2")."""
    from claimcheck.document import Metadata
    from claimcheck.ingest.docx import build_document

    doc = build_document(path, walk, Metadata())
    kinds = {}
    line = len(walk.body)
    for kind in ("footnote", "endnote"):
        for (k, _), paras in walk.notes.items():
            if k == kind:
                for _ in paras:
                    line += 1
                    kinds[line] = kind
    names: dict[int, str] = {}
    for note in doc.iter_footnotes():
        kind = kinds.get(note.location.line, "footnote")
        label = note.label if note.label.startswith("endnote") else f"{kind} {note.label}"
        names[note.location.line] = label
    out: dict[int, str] = {}
    current = None
    for n in range(len(walk.body) + 1, line + 1):
        current = names.get(n, current)
        if current:
            out[n] = current
    return out


def _where(walk: Walk, line: int, notes: dict[int, str]) -> str:
    """How a comment names a place: ``paragraph 12``, ``footnote 3``."""
    if line <= len(walk.body):
        return f"paragraph {line}"
    return notes.get(line, f"notes, paragraph {line}")


def _first_words(text: str, column: int, limit: int = 60) -> str:
    snippet = text[max(column - 1, 0) :].strip()
    if len(snippet) > limit:
        snippet = snippet[: limit - 1].rstrip() + "…"
    return snippet


def comment_text(
    finding: Finding, walk: Walk | None = None, note: str | None = None, notes: dict[int, str] | None = None
) -> str:
    """The text of the comment for ``finding`` (paragraphs separated by newlines)."""
    lines = []
    head = f"{finding.rule} {finding.severity.value}: {finding.message}"
    if note:
        head = f"{note}: {head}"
    lines.append(head)
    all_lines = walk.lines() if walk is not None else []
    for rel in finding.related:
        where = f"{rel.location.line}:{rel.location.column}"
        quoted = ""
        if walk is not None and 1 <= rel.location.line <= len(all_lines):
            where = _where(walk, rel.location.line, notes or {})
            words = _first_words(all_lines[rel.location.line - 1].text, rel.location.column)
            if words:
                quoted = f" (“{words}”)"
        lines.append(f"See {where}{quoted}: {rel.message}")
    if finding.help:
        lines.append(f"Help: {finding.help}")
    lines.append(f"`claimcheck rule {finding.rule}` explains the rule ({finding.name}).")
    return "\n".join(lines)


_TOKEN = re.compile(r"\S+")
_TRAIL = ".,;:!?”’\"')]"


_QUOTED = re.compile(r"(?<!\w)'([^'\n]{1,120})'(?!\w)")


def _span(text: str, offset: int, finding: Finding) -> tuple[int, int]:
    """Characters ``[start, end)`` of the paragraph a comment covers: from the finding's
    place to the end of the words it quotes (``'CNAS' does not fit …``) or its subject when
    they are written there or shortly after, else the word or number at the place."""
    if offset >= len(text):
        return max(len(text) - 1, 0), len(text)
    lower = text.lower()
    cands = [c for c in _QUOTED.findall(finding.message) if c.strip()]
    if finding.subject.strip() and len(finding.subject) <= 200:
        cands.append(finding.subject.strip())
    ends = []
    for cand in cands:
        at = lower.find(cand.lower(), offset)
        if at >= 0 and at - offset <= 150:
            ends.append(at + len(cand))
    if ends:  # 'China National Space Administration (CNAS': the words and the acronym
        return offset, max(ends)
    m = _TOKEN.match(text, offset)
    if m is None:  # white space at the place: the next word
        m = _TOKEN.search(text, offset)
        if m is None:
            return offset, min(offset + 1, len(text))
    end = m.end()
    while end - 1 > m.start() and text[end - 1] in _TRAIL:
        end -= 1
    return m.start(), end


def _split_run(r: El, t: El, k: int) -> El:
    """Split run ``r`` inside its text element ``t`` before character ``k``; returns the
    new run holding what follows (formatting copied)."""
    text = t.text or ""
    r2 = copy.deepcopy(r)
    children = list(r)
    index = children.index(t)
    children2 = list(r2)
    t2 = children2[index]
    for child in children[index + 1 :]:
        r.remove(child)
    for child in children2[:index]:
        if child.tag != _W + "rPr":
            r2.remove(child)
    t.text = text[:k]
    t2.text = text[k:]
    t.set(_XML_SPACE, "preserve")
    t2.set(_XML_SPACE, "preserve")
    r.addnext(r2)
    return r2


def _runs_for(walker: _Walker, para: Para, start: int, end: int) -> tuple[El, El] | None:
    """The first and last ``w:r`` covering ``[start, end)`` of ``para``, splitting runs at
    the span's ends. ``para`` is re-read after each split."""
    for boundary in (start, end):
        fresh = walker.paragraph(para.element, para.kind)
        for piece in fresh.pieces:
            if piece.t is not None and piece.start < boundary < piece.start + len(piece.text):
                _split_run(piece.run, piece.t, boundary - piece.start)
                break
    fresh = walker.paragraph(para.element, para.kind)
    inside = [pc for pc in fresh.pieces if pc.start < end and pc.start + len(pc.text) > start]
    if not inside:
        return None
    return inside[0].run, inside[-1].run


def _mark(first: El, last: El, comment_id: int) -> None:
    """Put the comment range around ``first`` … ``last`` and its reference after ``last``."""
    from docx.oxml.parser import OxmlElement
    from docx.oxml.ns import qn

    first.addprevious(OxmlElement("w:commentRangeStart", attrs={qn("w:id"): str(comment_id)}))
    ref_run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    style = OxmlElement("w:rStyle", attrs={qn("w:val"): "CommentReference"})
    rpr.append(style)
    ref_run.append(rpr)
    ref_run.append(OxmlElement("w:commentReference", attrs={qn("w:id"): str(comment_id)}))
    last.addnext(ref_run)
    last.addnext(OxmlElement("w:commentRangeEnd", attrs={qn("w:id"): str(comment_id)}))


def annotate_bytes(draft: str, data: bytes, findings: Sequence[Finding]) -> tuple[bytes, int]:
    """The bytes of ``data`` (a .docx) with ``findings`` as comments, and how many."""
    doc: DocxDocument = open_docx(draft, data)
    walk = walk_docx(doc)
    lines = walk.lines()
    n_body = len(walk.body)
    walker = _Walker(_Styles(None), {})
    # where each note's reference mark stands in the body
    note_ref: dict[int, tuple[El, str]] = {}
    note_line: dict[int, tuple[str, str]] = {}
    pos = n_body
    for kind in ("footnote", "endnote"):
        for (k, nid), paras in walk.notes.items():
            if k != kind:
                continue
            for _ in paras:
                pos += 1
                note_line[pos] = (kind, nid)
    first_ref: dict[tuple[str, str], El] = {}
    for para in walk.body:
        for ref in para.refs:
            first_ref.setdefault((ref.kind, ref.note_id), ref.run)
    for line, key in note_line.items():
        if key in first_ref:
            note_ref[line] = (first_ref[key], key[0])
    names = _note_names(walk, draft)
    placed = 0
    # back to front, so splitting runs never moves a place still to come
    for finding in sorted(findings, key=lambda f: (f.location.line, f.location.column), reverse=True):
        line = finding.location.line
        if not 1 <= line <= len(lines):
            continue
        para = lines[line - 1]
        offset = max(finding.location.column - 1, 0)
        first = last = None
        note = None
        if line > n_body:
            hit = note_ref.get(line)
            if hit is None:
                continue
            first = last = hit[0]
            note = f"In {names.get(line, hit[1])}"
        else:
            refs_here = [r for r in para.refs if r.offset == offset]
            if refs_here and (finding.rule.startswith("FN") or offset >= len(para.text)):
                first = last = refs_here[0].run
            else:
                start, end = _span(para.text, offset, finding)
                if finding.end is not None and finding.end.line == line and offset < finding.end.column - 1:
                    start, end = offset, min(finding.end.column - 1, len(para.text))  # the finding's own words
                span = _runs_for(walker, para, start, end) if end > start else None
                if span is None and para.refs:
                    span = (para.refs[0].run, para.refs[0].run)
                if span is None:
                    continue
                first, last = span
        comment = doc.comments.add_comment(
            text=comment_text(finding, walk, note, names), author=AUTHOR, initials=INITIALS
        )
        _mark(first, last, comment.comment_id)
        placed += 1
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue(), placed


def annotate(
    draft: str,
    output: str | None = None,
    *,
    settings: Any = None,
    registry: Any = None,
) -> Annotated:
    """Check ``draft`` (a .docx) and write an annotated copy (default ``DRAFT.checked.docx``)."""
    from claimcheck.config import Settings
    from claimcheck.fileio import write_output
    from claimcheck.ingest import DEFAULT_MAX_BYTES, _read_bytes, detect_reader
    from claimcheck.pipeline import verify

    settings = settings or Settings()
    path = Path(draft)
    max_bytes = int(getattr(settings, "max_size_mb", DEFAULT_MAX_BYTES / 2**20) * 2**20)
    data = _read_bytes(path, max_bytes)
    reader = settings.reader or detect_reader(path, data[:2048])
    if reader != "docx":
        raise UsageError(
            f"annotate writes Word comments and reads Word drafts (.docx); this draft is read as {reader}",
            hint=f"run `claimcheck verify {draft}` for the findings, or save the draft as .docx first",
            code="E441",
        )
    result = verify([path], settings, registry=registry)
    if result.errors:
        raise result.errors[0]
    findings = [f for f in result.findings if f.location.path == str(path)]
    new_data, placed = annotate_bytes(str(path), data, findings)
    target = output or str(default_output(path))
    write_output(target, new_data, inputs=[path])
    return Annotated(output=target, data=new_data, comments=placed, findings=findings)
