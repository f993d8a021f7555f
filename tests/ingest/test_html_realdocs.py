"""The HTML reader on real saved web pages (../shared/realdocs, mozilla/readability's test
pages): the references and notes a person counted are found, none invented, and every
reference meets its note (what rules FN002/FN003 would otherwise report)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from claimcheck.ingest import load_document

ROOT = Path(__file__).resolve().parents[2]
REALDOCS = ROOT.parent / "shared" / "realdocs"
if not (REALDOCS / "manifest.jsonl").is_file():  # the worktree layout: /work/wt/NAME
    REALDOCS = ROOT.parents[1] / "shared" / "realdocs"
COUNTS = ROOT / "benchmarks" / "reading" / "counts-html.yml"

pytestmark = pytest.mark.skipif(
    not (REALDOCS / "manifest.jsonl").is_file(), reason=f"the realdocs collection is not here: {REALDOCS}"
)


def _entries() -> list[dict]:
    return yaml.safe_load(COUNTS.read_text(encoding="utf-8"))


@pytest.mark.parametrize("entry", _entries(), ids=lambda e: Path(e["file"]).stem)
def test_counted_references_and_notes_are_found(entry: dict) -> None:
    doc = load_document(REALDOCS / entry["file"])
    refs = list(doc.iter_refs())
    notes = list(doc.iter_footnotes())
    assert (len(refs), len(notes)) == (entry["refs"], entry["notes"])
    for article in doc.articles:
        ref_labels = {r.label for r in article.refs}
        note_labels = {n.label for n in article.footnotes}
        assert ref_labels == note_labels, ref_labels ^ note_labels
    # a news page is one article, whatever its teasers and related stories
    assert len(doc.articles) == 1


def test_page_furniture_is_not_prose() -> None:
    doc = load_document(REALDOCS / "html/readability/wikipedia.html")
    prose = " ".join(b.text for b in doc.iter_blocks(prose_only=True))
    # the sidebar, the navbox and the category links are furniture; the article is prose
    assert "Main page" not in prose
    assert "Categories:" not in prose
    assert len(prose) > 15000
