"""Findings carry the end of the words they are about (``Finding.end``).

Every finding of every rule that stands on words of the draft gets an end at or after its
start, within the paragraph or note that holds the start, and the file text between the two
is what the finding names: the acronym for AC004/AC005, the URL for CT002, the name for NM
rules, the reference mark for reference findings, the note for note findings, the claim's
words for the rules that judge a claim. Checked on every seeded defect of the example issue
and every failing case of every rule; the claims themselves (whose ends the findings take)
are checked on every reader: Markdown, HTML, text extracted from a PDF, PDF, Word.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from claimcheck.rules.qt001_quotation_worded_differently import display_quotations
from claimcheck.config import Settings
from claimcheck.document import Document, Location
from claimcheck.extract import extract
from claimcheck.extract.sections import caption_figures, table_cell_figures
from claimcheck.findings.model import Finding, Severity
from claimcheck.ingest import load_document
from claimcheck.pipeline import build_rules, check_document
from conftest import EXAMPLE, FIXTURES, ISSUE_TXT, ROOT

#: rules whose findings name no words of the draft: a front-matter setting the reader
#: could not use (CC002)
NO_SPAN = {"CC002"}


def _offset(doc: Document, loc: Location) -> int:
    assert doc.source is not None
    off = doc.source.offset(loc.line, loc.column)
    assert off is not None, loc
    return off


def _squash(text: str) -> str:
    """Text compared without white space, hyphens (a line broken at a hyphen is joined in
    the normalised text) and Markdown reference marks."""
    text = re.sub(r"\[\^[^\]]*\]", "", text)
    return re.sub(r"[\s\-\u00ad]+", "", text).lower()


def _quoted(message: str) -> list[str]:
    return re.findall(r"(?<!\w)'([^'\n]+?)'(?!\w)", message)


def _owner_ranges(doc: Document) -> list[tuple[int, int]]:
    """File ranges of every block and note: from its place to the end of its text."""
    out = []
    for article in doc.articles:
        for block in article.blocks:
            if block.text:
                out.append((_offset(doc, block.location), _offset(doc, doc.locate_end(block, len(block.text)))))
        for note in article.footnotes:
            start, end = doc.note_span(note)
            if end is not None:
                out.append((_offset(doc, start), _offset(doc, end)))
    return out


def check_spans(doc: Document, findings: list[Finding]) -> int:
    """Assert what the module docstring promises for ``findings`` of ``doc``; returns how
    many findings had an end."""
    assert doc.source is not None
    text = doc.source.text
    ranges = _owner_ranges(doc)
    # (NU003 also reads the figures of table and figure captions and of table cells, which
    # extraction leaves out)
    cells = [c for table in table_cell_figures(doc) for c, _ in table]
    # (QT001 also reads the quotations of headings, table cells and captions)
    shown = display_quotations(doc)
    claim_spans = {(c.location, c.end_location) for c in (*extract(doc), *caption_figures(doc), *cells, *shown)}
    n = 0
    for f in findings:
        if f.rule in NO_SPAN:
            assert f.end is None, f
            continue
        assert f.end is not None, f"{f.rule} has no end: {f.message}"
        n += 1
        assert f.end.path == f.location.path
        assert f.end.sort_key >= f.location.sort_key, f
        a, b = _offset(doc, f.location), _offset(doc, f.end)
        span = text[a:b]
        assert span.strip(), f"{f.rule}: empty span for {f.message}"
        words = _squash(span)
        if f.family == "FN" and f.message.startswith("reference"):
            # a reference mark (after the paragraph's last word, so outside its text)
            assert re.fullmatch(r"\[\^?\d+\]|\d+", span), (f.message, span)
            assert re.search(r"\d+", span).group(0) in f.message, (f.message, span)
            continue
        if f.rule == "CC001":  # a suppression comment, in no paragraph
            assert span.startswith("<!--") and span.endswith("-->"), span
            continue
        assert any(s <= a and b <= e for s, e in ranges), f"{f.rule}: {span!r} leaves its paragraph"
        quoted = _quoted(f.message)
        if f.rule == "CT002":
            assert words == _squash(f.message.rsplit(": ", 1)[1]), (f.message, span)
        elif f.rule in ("AC004", "AC005", "NM001", "NM002"):
            assert words == _squash(quoted[0]), (f.message, span)
        elif f.rule in ("AC001", "AC002", "AC003"):
            assert _squash(quoted[1]) in words, (f.message, span)  # the expansion
        elif f.family == "FN":  # a note: from its number to the end of its text
            number = re.search(r"footnote (\d+)", f.message)
            assert number and number.group(1) in span.split()[0], (f.message, span)
        elif f.rule == "AR005":  # the span of time said: 'not "a decade ago"'
            said = (re.search(r'not "([^"]+)"', f.message) or re.search(r"not the (\w+)", f.message)).group(1)
            # from the number on (the place does not move): "more than [ten years ago]"
            assert _squash(said) in words or _squash(said).endswith(words), (f.message, span)
        elif f.family == "AR":  # the figure the message disputes
            # (a share or a count may be said in words: "two in five", "six months")
            words_ = r"half|third|quarter|fifth|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
            assert len(span) < 40 and re.search(r"\d|" + words_, span, re.I), (f.message, span)
            figure = re.search(r"\d[\d.,]*|" + words_, span, re.I)
            assert figure and figure.group(0).rstrip(".,") in f.message, (f.message, span)
        elif f.rule == "NU004" and not _squash(span)[:1].isdigit() and re.match(r"'(?:\w+ )?one in ", f.message):
            # a rate said in words ("one in five"), which extract does not list as a claim: its
            # words, as the message quotes them
            assert words and words in _squash(quoted[0]), (f.message, span)
        elif f.rule == "NU003" and not _squash(span)[:1].isdigit() and re.search(r"%|per ?cent", f.message):
            # a share said in words ("nearly half"), which extract does not list as a claim:
            # its words, as the message quotes them
            assert words and words in _squash(quoted[0]), (f.message, span)
        elif f.rule == "QT001" and any(
            w in f.message for w in ("pull quote", "block quotation", "set apart")
        ):  # all of it
            assert _squash(span).startswith(_squash(span.strip()[:10]))
        elif f.rule == "QT001" and f.message.startswith("these words, given as"):
            # words given as a speaker's without quotation marks: those words, a sentence's worth
            assert len(span.split()) >= 6 and not re.search(r"[“”\"]", span), (f.message, span)
        else:  # a claim's rule: the claim's own words, no more, no less
            assert (f.location, f.end) in claim_spans, (f.rule, f.message, span)
    return n


# -- the claims the findings take their ends from, on every reader --------------------------

READERS = [
    EXAMPLE,
    ROOT / "docs" / "examples" / "issue-23.docx",
    FIXTURES / "docx" / "notes.docx",
    FIXTURES / "html" / "pandoc.html",
    FIXTURES / "html" / "two_articles.html",
    FIXTURES / "text" / "two_articles.pdf.txt",
    FIXTURES / "pdf" / "two_articles.pdf",
]


@pytest.mark.parametrize("path", READERS, ids=lambda p: p.name)
def test_every_claim_ends_where_its_words_end(path: Path) -> None:
    doc = load_document(path)
    claims = list(extract(doc))
    assert claims
    for c in claims:
        assert c.end_location is not None, c
        span = doc.source.text[_offset(doc, c.location) : _offset(doc, c.end_location)]
        if doc.format == "html":
            import html

            span = html.unescape(re.sub(r"<[^>]*>", "", span))
        assert _squash(span) == _squash(c.text), (c.kind, c.text, span)


@pytest.mark.skipif(not ISSUE_TXT.is_file(), reason=f"the real issue is not here: {ISSUE_TXT}")
def test_claims_of_the_real_issue_end_where_their_words_end() -> None:
    doc = load_document(ISSUE_TXT)
    claims = list(extract(doc))
    for c in claims:
        span = doc.source.text[_offset(doc, c.location) : _offset(doc, c.end_location)]
        assert _squash(span) == _squash(c.text), (c.kind, c.text, span)


def test_claims_output_is_unchanged_by_the_end() -> None:
    """The end is for findings only: the claims' JSON has no new field, a claim read back
    from JSON equals the one written, and a worker process (pickle) keeps the end."""
    import pickle

    from pydantic import TypeAdapter

    from claimcheck.claims.models import Claim

    claim = next(iter(extract(load_document(EXAMPLE))))
    assert "end_location" not in claim.model_dump(mode="json")
    assert claim.end_location is not None
    adapter = TypeAdapter(Claim)
    assert adapter.validate_json(adapter.dump_json(claim)) == claim
    assert pickle.loads(pickle.dumps(claim)).end_location == claim.end_location


# -- findings: the seeded defects and the rule cases ------------------------------------


def _seeds():
    import sys

    sys.path.insert(0, str(Path(__file__).parents[1] / "rules"))
    from test_seeded import SEEDS

    return SEEDS


ALL = Settings(select=["ALL"], ignore=["RG"], preview=True)


def test_every_seeded_finding_has_its_span(tmp_path: Path) -> None:
    base = EXAMPLE.read_text(encoding="utf-8")
    rules: Counter[str] = Counter()
    for i, seed in enumerate(_seeds()):
        text = base
        for old, new in seed.edits:
            text = text.replace(old, new)
        path = tmp_path / f"seed{i}" / "issue-23.md"
        path.parent.mkdir()
        path.write_text(text, encoding="utf-8")
        doc = load_document(path)
        kept, _ = check_document(doc, build_rules(ALL), ALL)
        check_spans(doc, kept)
        rules.update(f.rule for f in kept if f.end is not None)
    from claimcheck.rules.catalogue import RULES

    missing = {r.code for r in RULES if not r.code.startswith("RG")} - NO_SPAN - set(rules)
    assert missing == set()


def _cases():
    from claimcheck.rules.cases import load_cases

    for path in sorted((Path(__file__).parents[1] / "rules" / "cases").glob("*.yml")):
        for outcome, case in load_cases(path).cases():
            if outcome == "fail":
                yield pytest.param(path.stem, case, id=f"{path.stem}-{case.name}")


@pytest.mark.parametrize(("code", "case"), list(_cases()))
def test_every_case_finding_has_its_span(code, case, tmp_path: Path) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).parents[1] / "rules"))
    from test_cases import SUFFIX, run_rule

    found = run_rule(code, case.draft, case.reader, tmp_path, claims=case.claims, options=case.options)
    doc = load_document(tmp_path / f"draft{SUFFIX[case.reader]}", reader=case.reader)
    check_spans(doc, found)


# -- the model ---------------------------------------------------------------------------


def _finding(**kw) -> Finding:
    loc = Location(path="a.md", line=3, column=5)
    return Finding(rule="NU003", name="x", severity=Severity.warning, message="m", location=loc, subject="s", **kw)


def test_the_end_is_not_part_of_the_fingerprint() -> None:
    """Baselines written before findings had ends still match."""
    with_end = _finding(end=Location(path="a.md", line=3, column=12))
    assert with_end.fingerprint == _finding().fingerprint


def test_the_rule_helper_drops_an_end_before_the_start() -> None:
    from claimcheck.rules.catalogue import get_rule

    rule = get_rule("NU003")()
    start = Location(path="a.md", line=3, column=5)
    assert rule.finding(start, "m", end=Location(path="a.md", line=3, column=2)).end is None
    assert rule.finding(start, "m", end=Location(path="b.md", line=4, column=2)).end is None
    assert rule.finding(start, "m", end=Location(path="a.md", line=4, column=1)).end == Location(
        path="a.md", line=4, column=1
    )
