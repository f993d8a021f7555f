"""Reader for Word documents (``.docx``): python-docx opens the package and gives the
body, lxml reads the notes parts.

**Where things are.** A ``.docx`` has no lines, so claimcheck gives it one: the text of
the document *as read* is one line per paragraph, so a location ``draft.docx:12:34`` is
paragraph 12, character 34 (both 1-based), counting every paragraph of the body in order,
empty ones and those in table cells included. The footnotes' paragraphs follow the body's
(in the order the notes part keeps them: Word's is the order of their marks), then the
endnotes'; ``claimcheck show DRAFT.docx --blocks`` shows the numbering. Characters are counted in the text as Word shows it with all tracked
changes accepted; a tab or a line break counts one, a note's reference mark counts none.
``claimcheck annotate`` turns these places back into Word comments.

**What is read** (docs/readers.md has the list an editor needs):

* paragraphs with their styles: ``Title`` is the title, ``Heading N`` (or an outline
  level) a heading, ``Subtitle`` a heading, ``Quote``/``Block Text`` a quotation (prose),
  ``Intense Quote`` and pull-quote styles a pull quote, list styles and numbered paragraphs
  list items, ``Caption`` a caption, ``TOC N`` contents lines, code styles code, ``Author``
  and ``Date`` bylines; a table is one ``table`` block per row, never prose;
* footnotes and endnotes from ``word/footnotes.xml`` and ``word/endnotes.xml``: Word numbers
  them by the order of their references (per section when the section says so); a custom
  mark (``w:customMarkFollows``) is the note's label (typed again at the head of the note,
  it is not note text); a reference to a note the notes part
  lacks is still a reference. Documents with both kinds label the endnotes ``endnote N``;
* hyperlinks: the target of ``w:hyperlink`` (and of ``HYPERLINK`` fields) is a URL of the
  note it stands in, as a Markdown link's is;
* tracked changes read as accepted (insertions and moved-to text kept, deletions and
  moved-from text dropped), with a reading notice (CC002) saying so; comments, headers,
  footers, text boxes and equations are not read;
* articles: sections (``w:sectPr``) whose note numbering restarts start articles, when
  more than one of them holds references: the same rule as Markdown's restarting labels;
* metadata: the title from the core properties, the publication date and status from
  custom properties (``publication_date`` …, as pandoc writes front matter), else the
  publication date written on a paragraph of its own among the first 15 (pandoc's ``Date``).

**Bad packages** are refused before python-docx reads anything (:func:`open_package`):
``E120`` not a zip or a damaged one, ``E121`` a zip that is no Word document, ``E122``
a zip bomb (declared sizes or compression ratio), ``E123`` a macro-enabled document,
``E124`` an encrypted one (an OLE compound file).
"""

from __future__ import annotations

import bisect
import io
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator, cast

from claimcheck.document import (
    Block,
    BlockKind,
    Document,
    Footnote,
    FootnoteRef,
    Location,
    Metadata,
    Notice,
    Source,
    SourceMap,
)
from claimcheck.errors import InputError
from claimcheck.ingest.common import ArticleParts, find_urls, normalise_inline, read_date
from claimcheck.ingest.textmap import TextBuilder, cut_spans

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument

__all__ = ["Para", "Piece", "RefMark", "Walk", "build_document", "open_docx", "open_package", "read_docx", "walk_docx"]

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_W = "{" + W + "}"
_R_ID = "{" + R + "}id"

#: an lxml element (python-docx's oxml classes are lxml elements too)
El = Any

#: limits on what a package may declare before anything is decompressed
MAX_UNCOMPRESSED = 256 * 1024 * 1024
MAX_RATIO = 200
MAX_ENTRIES = 10_000
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

_RT_FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
_RT_ENDNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes"
_RT_CUSTOM = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"


def _error(path: Path | str, message: str, hint: str, code: str) -> InputError:
    return InputError(message, path=str(path), hint=hint, code=code)


def _damaged(path: Path | str, exc: Exception) -> InputError:
    """E120 for a package python-docx or lxml could not read, naming what went wrong."""
    return _error(
        path, f"is a damaged .docx package ({type(exc).__name__}: {exc})", "open it in Word and save it again", "E120"
    )


def open_package(path: Path | str, data: bytes) -> zipfile.ZipFile:
    """The draft's bytes as a zip, checked before anything is decompressed.

    Raises :class:`InputError`: E124 for an OLE compound file (an encrypted Word document,
    or a legacy ``.doc``), E120 for anything that is not a readable zip, E122 when the
    declared sizes or the compression ratio are those of a zip bomb, E121 for a zip without
    ``word/document.xml``, E123 for a macro-enabled document.
    """
    if data[:8] == _OLE:
        raise _error(
            path,
            "is an encrypted (password-protected) Word document or a legacy .doc, not a .docx package",
            "save an unprotected copy as Word Document (.docx) and check that copy",
            "E124",
        )
    if not data.startswith(b"PK"):
        raise _error(
            path,
            "is not a Word document (.docx is a zip package; this file is not one)",
            "save the draft from Word as Word Document (.docx), or force another reader with --reader",
            "E120",
        )
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        infos = package.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError, NotImplementedError) as exc:
        raise _error(
            path,
            f"is a damaged .docx package ({exc})",
            "open it in Word and save it again",
            "E120",
        ) from None
    if len(infos) > MAX_ENTRIES:
        raise _error(
            path,
            f"holds {len(infos)} parts: not a Word document a person wrote (a zip bomb?)",
            "check where the file came from; save the draft from Word again",
            "E122",
        )
    total = sum(i.file_size for i in infos)
    if total > MAX_UNCOMPRESSED:
        raise _error(
            path,
            f"declares {total / 2**20:.0f} MiB uncompressed, over the {MAX_UNCOMPRESSED // 2**20} MiB a draft may "
            "unpack to (a zip bomb?)",
            "check where the file came from; save the draft from Word again",
            "E122",
        )
    for info in infos:
        if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise _error(
                path,
                f"part {info.filename} is compressed {info.file_size // max(info.compress_size, 1)} to 1, "
                "far beyond what text compresses to (a zip bomb?)",
                "check where the file came from; save the draft from Word again",
                "E122",
            )
    names = {i.filename for i in infos}
    if "word/document.xml" not in names:
        raise _error(
            path,
            "is a zip package without word/document.xml: not a Word document",
            "save the draft from Word as Word Document (.docx)",
            "E121",
        )
    try:
        with package.open("word/document.xml") as fh:
            head = fh.read(4096)
        types = package.read("[Content_Types].xml") if "[Content_Types].xml" in names else b""
    except (zipfile.BadZipFile, zlib.error, ValueError, OSError, EOFError, NotImplementedError) as exc:
        raise _error(path, f"is a damaged .docx package ({exc})", "open it in Word and save it again", "E120") from None
    if b"purl.oclc.org/ooxml/wordprocessingml" in head:
        raise _error(
            path,
            "is saved as Strict Open XML, which claimcheck does not read",
            "save the draft from Word as Word Document (.docx), not Strict Open XML Document",
            "E120",
        )
    macro = any(n.lower().endswith("vbaproject.bin") for n in names)
    macro = macro or b"macroEnabled" in types
    if macro or str(path).lower().endswith((".docm", ".dotm")):
        raise _error(
            path,
            "is a macro-enabled Word document (.docm); claimcheck does not open files that carry macros",
            "save a copy as Word Document (.docx), which drops the macros, and check that copy",
            "E123",
        )
    return package


def open_docx(path: Path | str, data: bytes) -> "DocxDocument":
    """The python-docx document of a checked package (see :func:`open_package`)."""
    import docx

    open_package(path, data).close()
    try:
        return docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - python-docx and lxml raise many kinds on damage
        raise _damaged(path, exc) from None


# --------------------------------------------------------------------------------------
# walking the XML


@dataclass
class Piece:
    """A stretch of a paragraph's text: where it starts in the paragraph (characters),
    the text, and the ``w:r`` and ``w:t`` it came from (``None`` for a tab or a break)."""

    start: int
    text: str
    run: El
    t: El


@dataclass
class RefMark:
    """A note reference in a paragraph: its offset, note kind and id, custom mark."""

    offset: int
    kind: str  # footnote | endnote
    note_id: str
    mark: str | None
    run: El


@dataclass
class Para:
    """One paragraph of the document: one line of the text claimcheck reads."""

    element: El
    kind: BlockKind
    pieces: list[Piece] = field(default_factory=list)
    refs: list[RefMark] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    section: int = 0
    row: int | None = None  # the table row it belongs to (index into Walk.rows)
    heading_level: int | None = None
    changes: int = 0
    first_change: int | None = None

    @property
    def text(self) -> str:
        return "".join(p.text for p in self.pieces)


@dataclass
class Walk:
    """Every paragraph of a Word document in reading order, and what they refer to."""

    body: list[Para] = field(default_factory=list)
    notes: dict[tuple[str, str], list[Para]] = field(default_factory=dict)
    #: section index -> does note numbering restart there, and at which number
    restarts: dict[tuple[str, int], int] = field(default_factory=dict)
    n_sections: int = 1
    insertions: int = 0
    deletions: int = 0

    def lines(self) -> list[Para]:
        """Body paragraphs, then the footnotes', then the endnotes': line N is ``lines()[N-1]``."""
        out = list(self.body)
        for kind in ("footnote", "endnote"):
            for (k, _), paras in self.notes.items():
                if k == kind:
                    out.extend(paras)
        return out


_HEADING_NAME = re.compile(r"^heading\s*(\d)$")
_TOC_NAME = re.compile(r"^(toc\s*\d|toc heading|contents\s*\d*|table of figures)$")


@dataclass
class _Style:
    name: str
    based_on: str | None
    outline: int | None
    numbered: bool


class _Styles:
    def __init__(self, styles_el: El | None) -> None:
        self._by_id: dict[str, _Style] = {}
        if styles_el is None:
            return
        for st in styles_el.iter(_W + "style"):
            sid = st.get(_W + "styleId")
            if not sid:
                continue
            name_el = st.find(_W + "name")
            based = st.find(_W + "basedOn")
            outline = st.find(f"{_W}pPr/{_W}outlineLvl")
            self._by_id[sid] = _Style(
                name=(name_el.get(_W + "val") if name_el is not None else sid) or sid,
                based_on=based.get(_W + "val") if based is not None else None,
                outline=_int(outline.get(_W + "val")) if outline is not None else None,
                numbered=st.find(f"{_W}pPr/{_W}numPr") is not None,
            )

    def chain(self, sid: str | None) -> Iterator[_Style]:
        seen: set[str] = set()
        while sid and sid not in seen and sid in self._by_id:
            seen.add(sid)
            st = self._by_id[sid]
            yield st
            sid = st.based_on

    def kind(self, p: El) -> tuple[BlockKind, int | None]:
        ppr = p.find(_W + "pPr")
        sid = None
        own_outline = None
        numbered = False
        if ppr is not None:
            ps = ppr.find(_W + "pStyle")
            sid = ps.get(_W + "val") if ps is not None else None
            ol = ppr.find(_W + "outlineLvl")
            own_outline = _int(ol.get(_W + "val")) if ol is not None else None
            numbered = ppr.find(_W + "numPr") is not None
        styles = list(self.chain(sid))
        names = [s.name.strip().lower() for s in styles] or [(sid or "").lower()]
        for name in names:
            m = _HEADING_NAME.match(name)
            if m:
                return BlockKind.heading, int(m.group(1))
            if name == "title":
                return BlockKind.title, 0
            if name == "subtitle":
                return BlockKind.heading, 2
            if _TOC_NAME.match(name):
                return BlockKind.toc, None
            if name in ("intense quote", "pull quote", "pullquote") or "pull" in name and "quote" in name:
                return BlockKind.pull_quote, None
            if name in ("caption", "image caption", "table caption", "figure caption"):
                return BlockKind.caption, None
            if name in ("source code", "html preformatted", "code", "verbatim char", "plain text", "macro text"):
                return BlockKind.code, None
            if name in ("author", "date", "byline"):
                return BlockKind.byline, None
            if name in ("footnote text", "endnote text"):
                return BlockKind.notes, None
        outline = own_outline
        if outline is None:
            outline = next((s.outline for s in styles if s.outline is not None), None)
        if outline is not None and 0 <= outline < 9:
            return BlockKind.heading, outline + 1
        if numbered or any(s.numbered for s in styles) or any(n.startswith("list") for n in names):
            return BlockKind.list_item, None
        return BlockKind.paragraph, None


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


_HYPERLINK_FIELD = re.compile(r'HYPERLINK\s+"([^"]+)"')


class _Walker:
    """Reads paragraphs in document order (tracked changes accepted)."""

    def __init__(self, styles: _Styles, rels: dict[str, str]) -> None:
        self.styles = styles
        self.rels = rels
        self.insertions = 0
        self.deletions = 0

    def paragraph(self, p: El, kind: BlockKind | None = None) -> Para:
        own_kind, level = self.styles.kind(p)
        para = Para(element=p, kind=kind or own_kind, heading_level=level if kind is None else None)
        state = {"field": 0, "instr": "", "custom": False}
        self._content(p, para, state, url=None)
        return para

    def _content(self, parent: El, para: Para, state: dict[str, Any], url: str | None) -> None:
        for child in parent:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            local = tag[len(_W) :] if tag.startswith(_W) else None
            if local == "r":
                self._run(child, para, state, url)
            elif local in ("ins", "moveTo"):
                self.insertions += 1
                self._change(para)
                self._content(child, para, state, url)
            elif local in ("del", "moveFrom"):
                self.deletions += 1
                self._change(para)
            elif local == "hyperlink":
                rid = child.get(_R_ID)
                target = self.rels.get(rid) if rid else None
                if target and target not in para.urls:
                    para.urls.append(target)
                self._content(child, para, state, target or url)
            elif local == "fldSimple":
                m = _HYPERLINK_FIELD.search(child.get(_W + "instr") or "")
                if m and m.group(1) not in para.urls:
                    para.urls.append(m.group(1))
                self._content(child, para, state, url)
            elif local in ("smartTag", "customXml", "sdt", "sdtContent", "dir", "bdo"):
                self._content(child, para, state, url)
            # pPr, bookmarks, comment ranges, proofing marks, math: nothing to read

    def _change(self, para: Para) -> None:
        para.changes += 1
        if para.first_change is None:
            para.first_change = len(para.text)

    def _run(self, r: El, para: Para, state: dict[str, Any], url: str | None) -> None:
        for child in r:
            tag = child.tag
            if not isinstance(tag, str) or not tag.startswith(_W):
                continue
            local = tag[len(_W) :]
            if local == "fldChar":
                kind = child.get(_W + "fldCharType")
                if kind == "begin":
                    state["field"] = 1
                    state["instr"] = ""
                elif kind == "separate":
                    m = _HYPERLINK_FIELD.search(state["instr"])
                    if m and m.group(1) not in para.urls:
                        para.urls.append(m.group(1))
                    state["field"] = 2
                elif kind == "end":
                    state["field"] = 0
                continue
            if state["field"] == 1:
                if local == "instrText":
                    state["instr"] += child.text or ""
                continue
            if local == "t":
                text = child.text or ""
                if state["custom"]:
                    state["custom"] = False
                    if para.refs:
                        para.refs[-1].mark = text.strip() or None
                    continue
                if text:
                    para.pieces.append(Piece(len(para.text), text, r, child))
            elif local in ("tab", "ptab", "br", "cr"):
                para.pieces.append(Piece(len(para.text), " ", r, None))
            elif local == "noBreakHyphen":
                para.pieces.append(Piece(len(para.text), "-", r, None))
            elif local in ("footnoteReference", "endnoteReference"):
                custom = child.get(_W + "customMarkFollows") in ("1", "true", "on")
                para.refs.append(RefMark(len(para.text), local[:-9], child.get(_W + "id") or "", None, r))
                state["custom"] = custom
            # softHyphen, delText, instrText, sym, drawings, comment references: no text


def _rels_of(part: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    for rid, rel in part.rels.items():
        if rel.is_external:
            out[rid] = rel.target_ref
    return out


def _part_by_reltype(part: Any, reltype: str) -> Any:
    for rel in part.rels.values():
        if rel.reltype == reltype and not rel.is_external:
            return rel.target_part
    return None


def walk_docx(doc: "DocxDocument") -> Walk:
    """Every paragraph of ``doc`` (body, then notes) in the order claimcheck numbers them."""
    from lxml import etree  # type: ignore[import-untyped,unused-ignore]

    part = doc.part
    styles_el = None
    try:
        styles_el = doc.styles.element
    except Exception:  # noqa: BLE001 - a document without a styles part reads unstyled
        styles_el = None
    walker = _Walker(_Styles(styles_el), _rels_of(part))
    walk = Walk()
    body = doc.element.body
    section = 0
    sect_props: list[El] = []
    rows = [0]  # table rows read so far

    def block(el: El, kind: BlockKind | None = None) -> None:
        nonlocal section
        tag = el.tag
        if tag == _W + "p":
            para = walker.paragraph(el, kind)
            para.section = section
            walk.body.append(para)
            sp = el.find(f"{_W}pPr/{_W}sectPr")
            if sp is not None:
                sect_props.append(sp)
                section += 1
        elif tag == _W + "tbl":
            for tr in el.iter(_W + "tr"):
                if tr.find(f"{_W}trPr/{_W}del") is not None:
                    walker.deletions += 1
                    continue
                if _ancestor_table(tr) is not el:
                    continue  # a nested table's rows are read with their cell
                row = rows[0]
                rows[0] += 1
                for tc in tr.iter(_W + "tc"):
                    if _ancestor_row(tc) is not tr:
                        continue
                    for p in tc.iter(_W + "p"):
                        para = walker.paragraph(p, BlockKind.table)
                        para.section = section
                        para.row = row
                        walk.body.append(para)
        elif tag == _W + "sdt":
            toc = el.find(f"{_W}sdtPr/{_W}docPartObj/{_W}docPartGallery")
            sub = BlockKind.toc if toc is not None and "contents" in (toc.get(_W + "val") or "").lower() else kind
            content = el.find(_W + "sdtContent")
            for child in content if content is not None else ():
                block(child, sub)
        elif tag == _W + "customXml":
            for child in el:
                block(child, kind)

    for child in body:
        block(child)
    final = body.find(_W + "sectPr")
    if final is not None:
        sect_props.append(final)
    walk.n_sections = max(section + 1, 1)
    settings_restart = {"footnote": False, "endnote": False}
    try:
        settings_el = doc.settings.element
        for kind in ("footnote", "endnote"):
            nr = settings_el.find(f"{_W}{kind}Pr/{_W}numRestart")
            settings_restart[kind] = nr is not None and nr.get(_W + "val") == "eachSect"
    except Exception:  # noqa: BLE001 - no settings part: Word's defaults
        pass
    for i, sp in enumerate(sect_props):
        for kind in ("footnote", "endnote"):
            pr = sp.find(f"{_W}{kind}Pr")
            restart = settings_restart[kind]
            start = 1
            if pr is not None:
                nr = pr.find(_W + "numRestart")
                if nr is not None:
                    restart = nr.get(_W + "val") == "eachSect"
                ns = pr.find(_W + "numStart")
                if ns is not None:
                    start = _int(ns.get(_W + "val")) or 1
                    restart = restart or i > 0
            if restart or (i == 0 and start != 1):
                walk.restarts[(kind, i)] = start

    for kind, reltype in (("footnote", _RT_FOOTNOTES), ("endnote", _RT_ENDNOTES)):
        notes_part = _part_by_reltype(part, reltype)
        if notes_part is None:
            continue
        try:
            root = etree.fromstring(notes_part.blob, parser=_PARSER)
        except etree.XMLSyntaxError:
            continue
        nwalker = _Walker(walker.styles, _rels_of(notes_part))
        for note in root.iter(_W + kind):
            if note.get(_W + "type") in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            nid = note.get(_W + "id") or ""
            paras = [nwalker.paragraph(p, BlockKind.notes) for p in note.iter(_W + "p")]
            walk.notes[(kind, nid)] = paras
        walker.insertions += nwalker.insertions
        walker.deletions += nwalker.deletions
    walk.insertions = walker.insertions
    walk.deletions = walker.deletions
    return walk


def _parser() -> Any:
    from lxml import etree  # type: ignore[import-untyped,unused-ignore]

    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_blank_text=False)


_PARSER = _parser()


def _ancestor_table(el: El) -> El:
    p = el.getparent()
    while p is not None and p.tag != _W + "tbl":
        p = p.getparent()
    return p


def _ancestor_row(el: El) -> El:
    p = el.getparent()
    while p is not None and p.tag != _W + "tr":
        p = p.getparent()
    return p


# --------------------------------------------------------------------------------------
# the document model


def _metadata(doc: "DocxDocument", given: Metadata | None) -> Metadata:
    from lxml import etree  # type: ignore[import-untyped,unused-ignore]

    from claimcheck.ingest.markdown import PUBLICATION_DATE_KEYS

    title: str | None = None
    try:
        title = (doc.core_properties.title or "").strip() or None
    except Exception:  # noqa: BLE001 - damaged core properties: no title
        title = None
    pub = None
    status = None
    custom = _part_by_reltype(doc.part.package, _RT_CUSTOM) if hasattr(doc.part.package, "rels") else None
    if custom is not None:
        try:
            root = etree.fromstring(custom.blob, parser=_PARSER)
        except etree.XMLSyntaxError:
            root = None
        props: dict[str, str] = {}
        if root is not None:
            for prop in root:
                name = prop.get("name")
                value = "".join(prop.itertext()).strip()
                if name and value:
                    props[name] = value
        for key in PUBLICATION_DATE_KEYS:
            if key in props:
                pub = read_date(props[key])
                if pub is not None:
                    break
        status = props.get("status")
    meta = Metadata(title=title, publication_date=pub, status=status)
    if given is not None:
        meta = given.model_copy(update=meta.model_dump(exclude_none=True))
    return meta


def _norm_offset(smap: SourceMap, length: int, file_offset: int) -> int:
    """The offset in the normalised text of the character at ``file_offset`` (or of the
    first one after it, when that character was left out)."""
    anchors = smap.anchors
    for i, (norm, orig) in enumerate(anchors):
        run_end = anchors[i + 1][0] if i + 1 < len(anchors) else length
        if orig <= file_offset < orig + (run_end - norm):
            return norm + (file_offset - orig)
        if orig >= file_offset:
            return norm
    return length


def _finish(builder: TextBuilder) -> tuple[str, SourceMap]:
    builder.rstrip()
    text, smap = normalise_inline(builder.text(), builder.source_map())
    lead = len(text) - len(text.lstrip())
    if lead:
        text, smap, _ = cut_spans(text, smap, [(0, lead)])
    return text, smap


def read_docx(path: Path | str, data: bytes, *, metadata: Metadata | None = None) -> Document:
    """Read a ``.docx`` (its bytes ``data``) into a :class:`Document` with ``format="docx"``."""
    doc = open_docx(path, data)
    try:
        walk = walk_docx(doc)
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - damaged XML deep in the package
        raise _damaged(path, exc) from None
    meta = _metadata(doc, metadata)
    if meta.publication_date is None:
        meta = meta.model_copy(update={"publication_date": _cover_date(walk)})
    return build_document(str(path), walk, meta)


def _cover_date(walk: Walk) -> Any:
    """The publication date written on a paragraph of its own among the first 15 (pandoc's
    ``Date`` paragraph, a dateline under the title): the rule of the PDF text reader."""
    from types import SimpleNamespace

    from claimcheck.ingest.pdftext import _cover_date as cover

    lines = [SimpleNamespace(text=p.text.strip(), page=None) for p in walk.body if p.text.strip()][:15]
    return cover(cast(Any, lines))


def _note_labels(walk: Walk) -> tuple[list[tuple[Para, RefMark, str, int | None]], set[int]]:
    """Each reference's label and number, in reference order, per numbering scope; and the
    sections after the first where numbering restarts."""
    both = {k for k, _ in walk.notes} == {"footnote", "endnote"} or (
        any(r.kind == "endnote" for p in walk.body for r in p.refs)
        and any(r.kind == "footnote" for p in walk.body for r in p.refs)
    )
    counters: dict[str, int] = {"footnote": 1, "endnote": 1}
    last_section = {"footnote": -1, "endnote": -1}
    restart_sections: set[int] = set()
    labels: list[tuple[Para, RefMark, str, int | None]] = []
    for para in walk.body:
        for ref in para.refs:
            kind = ref.kind
            if para.section != last_section[kind]:
                for s in range(last_section[kind] + 1, para.section + 1):
                    if (kind, s) in walk.restarts:
                        counters[kind] = walk.restarts[(kind, s)]
                        if s > 0:
                            restart_sections.add(s)
                last_section[kind] = para.section
            if ref.mark is not None:
                label = ref.mark
                number = int(label) if label.isdigit() and len(label) <= 3 else None
            else:
                number = counters[kind]
                counters[kind] += 1
                label = str(number)
            if both and kind == "endnote":
                label, number = f"endnote {label}", None
            labels.append((para, ref, label, number))
    return labels, restart_sections


class _Assembly:
    """The articles of a walked ``.docx`` as its blocks and notes are added."""

    def __init__(
        self, source: Source, lines: list[Para], bounds: list[int], labels: list[tuple[Para, RefMark, str, int | None]]
    ) -> None:
        self.source = source
        self.starts: list[int] = []
        pos = 0
        for p in lines:
            self.starts.append(pos)
            pos += len(p.text) + 1
        self.line_of = {id(p): i for i, p in enumerate(lines)}
        self.bounds = bounds
        self.parts = ArticleParts(len(bounds))
        self.levels: dict[tuple[int, int], int | None] = {}
        self.ref_labels = {id(ref): (label, number) for _, ref, label, number in labels}

    def start_of(self, para: Para) -> int:
        return self.starts[self.line_of[id(para)]]

    def article_of(self, section: int) -> int:
        return max(bisect.bisect_right(self.bounds, section) - 1, 0)

    def add_block(self, kind: BlockKind, paras: list[Para], level: int | None) -> None:
        builder = TextBuilder()
        file_refs: list[tuple[int, RefMark]] = []
        for i, para in enumerate(paras):
            base = self.start_of(para)
            if i and len(builder):
                sep = (
                    " | "
                    if kind is BlockKind.table and para.element.getparent() is not paras[i - 1].element.getparent()
                    else " "
                )
                builder.add_synthetic(sep, base)
            for piece in para.pieces:
                builder.add(piece.text, base + piece.start)
            for ref in para.refs:
                file_refs.append((base + ref.offset, ref))
        text, smap = _finish(builder)
        if not text.strip() and not file_refs:
            return
        if not text:
            smap = SourceMap(anchors=((0, file_refs[0][0]),))
        a = self.article_of(paras[0].section)
        index = len(self.parts.blocks[a])
        block = Block(kind=kind, text=text, source_map=smap, article=a, location=self.source.location(smap.to_file(0)))
        self.levels[(a, index)] = level if kind in (BlockKind.title, BlockKind.heading) else None
        self.parts.blocks[a].append(block)
        for file_off, ref in file_refs:
            label, number = self.ref_labels[id(ref)]
            self.parts.refs[a].append(
                FootnoteRef(
                    number=number,
                    label=label,
                    article=a,
                    block=index,
                    offset=_norm_offset(smap, len(text), file_off),
                    location=self.source.location(file_off),
                )
            )

    def add_body(self, body: list[Para]) -> None:
        """Every body paragraph a block; the rows of a table one block each."""
        i = 0
        while i < len(body):
            para = body[i]
            if para.row is not None:
                j = i
                while j < len(body) and body[j].row == para.row:
                    j += 1
                self.add_block(BlockKind.table, body[i:j], None)
                i = j
                continue
            self.add_block(para.kind, [para], para.heading_level)
            i += 1

    def name_articles(self) -> None:
        """An article of an issue is named by its first Heading 1 (else a Title paragraph);
        a lone Title (or a lone leading Heading 1) of a one-article document is its title."""
        levels, titles = self.levels, self.parts.titles
        if self.parts.count > 1:
            for a, blocks in enumerate(self.parts.blocks):
                pick = next((k for k, b in enumerate(blocks) if levels.get((a, k)) == 1), None)
                if pick is None:
                    pick = next((k for k, b in enumerate(blocks) if levels.get((a, k)) == 0), None)
                if pick is not None:
                    blocks[pick] = blocks[pick].model_copy(update={"kind": BlockKind.title})
                    titles[a] = blocks[pick].text
        if self.parts.count == 1:
            blocks = self.parts.blocks[0]
            tit = [k for k, b in enumerate(blocks) if b.kind is BlockKind.title]
            if not tit:
                h1 = [k for k, b in enumerate(blocks) if b.kind is BlockKind.heading and levels.get((0, k)) == 1]
                if len(h1) == 1 and h1[0] == 0:
                    blocks[0] = blocks[0].model_copy(update={"kind": BlockKind.title})
                    tit = [0]
            if tit:
                titles[0] = blocks[tit[0]].text

    def add_note(self, para: Para, ref: RefMark, label: str, number: int | None, paras: list[Para]) -> None:
        builder = TextBuilder()
        urls: list[str] = []
        for k, np_ in enumerate(paras):
            base = self.start_of(np_)
            if k and len(builder):
                builder.add_synthetic(" ", base)
            pieces = np_.pieces
            if (
                k == 0
                and ref.mark is not None
                and pieces
                and pieces[0].start == 0
                and pieces[0].text.strip() == ref.mark
            ):
                pieces = pieces[1:]  # a hand-typed mark is typed again at the head of its note
            for piece in pieces:
                builder.add(piece.text, base + piece.start)
            urls.extend(u for u in np_.urls if u not in urls)
        text, smap = _finish(builder)
        for _, _, url in find_urls(text):
            if url not in urls:
                urls.append(url)
        first = self.start_of(paras[0]) if paras else 0
        a = self.article_of(para.section)
        self.parts.notes[a].append(
            Footnote(
                number=number,
                label=label,
                text=text,
                urls=tuple(u for u in urls if u.lower().startswith(("http://", "https://", "ftp://", "www."))),
                article=a,
                source_map=smap if text else SourceMap(anchors=((0, first),)),
                location=self.source.location(first),
            )
        )


def _tracked_changes(walk: Walk, lines: list[Para], assembly: _Assembly, path: str) -> list[Notice]:
    """A notice that the draft has tracked changes, read as if all were accepted."""
    if not (walk.insertions or walk.deletions):
        return []
    first_para = next((p for p in lines if p.first_change is not None), None)
    where = (
        assembly.source.location(assembly.start_of(first_para) + (first_para.first_change or 0))
        if first_para is not None
        else Location(path=path, line=1, column=1)
    )
    return [
        Notice(
            location=where,
            message=(
                f"the draft has tracked changes ({walk.insertions} insertion{'s' if walk.insertions != 1 else ''}, "
                f"{walk.deletions} deletion{'s' if walk.deletions != 1 else ''}); it was read as if all were accepted"
            ),
            help="accept or reject the changes in Word to check the text you mean to publish",
            subject="tracked changes",
        )
    ]


def build_document(path: str, walk: Walk, meta: Metadata) -> Document:
    """The document model of a walked ``.docx``."""
    lines = walk.lines()
    source = Source(path, "\n".join(p.text for p in lines))
    labels, restart_sections = _note_labels(walk)
    # articles: sections where numbering restarts, when more than one holds references
    sections_with_refs = sorted({p.section for p, _, _, _ in labels})
    split = sorted(s for s in restart_sections if s > 0)
    bounds = [0, *split] if split and len(sections_with_refs) > 1 else [0]
    assembly = _Assembly(source, lines, bounds, labels)
    assembly.add_body(walk.body)
    assembly.name_articles()
    # notes, in the order of their first reference
    seen: set[tuple[str, str]] = set()
    for para, ref, label, number in labels:
        key = (ref.kind, ref.note_id)
        if key in seen or key not in walk.notes:
            continue
        seen.add(key)
        assembly.add_note(para, ref, label, number, walk.notes[key])
    document = Document(
        path=path,
        format="docx",
        metadata=meta,
        articles=assembly.parts.articles(source),
        notices=tuple(_tracked_changes(walk, lines, assembly, path)),
    )
    return document.with_source(source)
