"""The HTML reader reads pandoc's rendering of a draft as the Markdown reader reads the draft.

``tests/fixtures/html/rendered/NAME.md`` are our own drafts; ``NAME.html`` is
``pandoc -s NAME.md -o NAME.html`` (pandoc 2.17). Pandoc renumbers named notes (``[^survey]``
becomes 2) and writes a repeated reference's note out again, so references are compared
by the note each one leads to, not by label. When pandoc is installed the drafts are
rendered again, so a newer pandoc's markup is checked too.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from claimcheck.document import Document
from claimcheck.ingest import load_document

RENDERED = Path(__file__).resolve().parents[1] / "fixtures" / "html" / "rendered"
NAMES = ["river-freight", "named-notes", "exponents"]
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def _plain(text: str) -> str:
    return " ".join(text.translate(_QUOTES).split())


def _trail(doc: Document) -> list[str]:
    """For each reference in reading order, the text of the note it leads to."""
    out = []
    for article in doc.articles:
        by_label = {n.label: n for n in article.footnotes}
        for ref in article.refs:
            note = by_label.get(ref.label)
            out.append(_plain(note.text) if note else f"<no note for {ref.label}>")
    return out


def _notes(doc: Document) -> set[tuple[str, tuple[str, ...]]]:
    return {(_plain(n.text), n.urls) for n in doc.iter_footnotes()}


def _prose_numbers(doc: Document) -> list[str]:
    """The block texts, for the checks that superscripts stay text."""
    return [b.text for b in doc.iter_blocks(prose_only=True)]


@pytest.mark.parametrize("name", NAMES)
def test_committed_rendering_reads_like_the_draft(name: str) -> None:
    md = load_document(RENDERED / f"{name}.md")
    html = load_document(RENDERED / f"{name}.html")
    assert len(html.articles) == 1
    assert _trail(html) == _trail(md)
    assert _notes(html) == _notes(md)
    assert all(not t.startswith("<no note") for t in _trail(html))


def test_superscripts_in_the_rendering_are_not_references() -> None:
    html = load_document(RENDERED / "exponents.html")
    (text,) = _prose_numbers(html)
    assert "about 106 per m3 of air." in text  # 10^6^ and m^3^ are exponents
    assert "in the 1st quarter" in text and "The 2nd model" in text
    assert [r.number for r in html.iter_refs()] == [1, 2]


def test_title_and_date_from_pandoc_metadata() -> None:
    html = load_document(RENDERED / "river-freight.html")
    assert html.metadata.title == "River freight after the drought"
    assert str(html.metadata.publication_date) == "2024-10-02"


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is not installed (apt-get install pandoc)")
@pytest.mark.parametrize("name", NAMES)
def test_fresh_rendering_reads_like_the_draft(name: str, tmp_path: Path) -> None:
    out = tmp_path / f"{name}.html"
    subprocess.run(["pandoc", "-s", str(RENDERED / f"{name}.md"), "-o", str(out)], check=True, timeout=60)
    md = load_document(RENDERED / f"{name}.md")
    html = load_document(out)
    assert _trail(html) == _trail(md)
    assert _notes(html) == _notes(md)
