"""The HTML report: escaping, self-containment, claims and findings on the page.

The golden file (``golden/example.html``) is made with a fixed set of claims, so changes
in the extractors do not move it; regenerate with ``CLAIMCHECK_REGEN_GOLDEN=1`` (see
test_formats.py). The page in a real browser is tested in test_html_browser.py.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from claimcheck.claims.models import ClaimSet, CountClaim, DateClaim, PartialDate
from claimcheck.config import Settings
from claimcheck.pipeline import verify
from claimcheck.report import render
from claimcheck.report.html import segments
from conftest import ROOT

# a frozen copy of docs/examples/issue-23.md, so edits to the example do not move these tests
EXAMPLE = ROOT / "tests" / "report" / "draft.md"
from report.test_formats import check_golden

XSS = """# Issue <script>alert(1)</script>

A paragraph with <img src=x onerror=alert(2)> and "quotes" & ampersands.[^1] Launched in
April 2024 with <b>three</b> satellites.[^2]

[^1]: "Title <script>alert(3)</script>," Outlet, May 2, 2024, https://example.org/a?x=1&y=<2>.
"""


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)


def _page(tmp_path, monkeypatch, text: str, name: str = "draft.md") -> str:
    monkeypatch.chdir(tmp_path)
    (tmp_path / name).write_text(text, encoding="utf-8")
    return render(verify([name], Settings()), "html")


def test_draft_text_is_escaped_everywhere(tmp_path, monkeypatch):
    # a PDF-text draft keeps every character: the markup must reach the page as text
    page = _page(tmp_path, monkeypatch, XSS, "draft.txt")
    parsed = _Collector()
    parsed.feed(page)
    # one script element only: the page's own, which holds no draft text
    assert len([t for t, _ in parsed.tags if t == "script"]) == 1
    assert "alert" not in parsed.scripts[0]
    assert not [t for t, a in parsed.tags if t == "img" or any(k.startswith("on") for k in a)]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(2)&gt;" in page
    assert "&lt;b&gt;three&lt;/b&gt;" in page
    assert "Title &lt;script&gt;alert(3)&lt;/script&gt;" in page  # in the claims panel too
    assert "<script>alert" not in page


def test_markdown_draft_markup_never_becomes_markup(tmp_path, monkeypatch):
    page = _page(tmp_path, monkeypatch, XSS, "draft.md")  # the Markdown reader drops raw HTML
    parsed = _Collector()
    parsed.feed(page)
    assert len([t for t, _ in parsed.tags if t == "script"]) == 1
    assert not [t for t, _ in parsed.tags if t in ("img", "b")]
    assert "Issue alert(1)" in page


def test_page_is_self_contained(tmp_path, monkeypatch):
    page = _page(tmp_path, monkeypatch, XSS)
    parsed = _Collector()
    parsed.feed(page)
    for tag, attrs in parsed.tags:
        assert not (tag == "link" and attrs.get("rel") == "stylesheet")
        assert "src" not in attrs, (tag, attrs)  # no external script, image or frame
    assert "@import" not in page and "url(" not in page


def test_claims_are_highlighted_and_listed(monkeypatch):
    monkeypatch.chdir(ROOT)
    page = render(verify([EXAMPLE.relative_to(ROOT).as_posix()], Settings(select=["FN"])), "html")
    assert re.search(r'<mark class="claim kind-date" data-claims="[^"]+">April 2024</mark>', page)
    assert re.search(r'<mark class="claim kind-member_list"', page)
    assert '<tr class="claim-row" data-kind="money">' in page
    # findings stand at their place and link to the related places
    assert page.count('class="finding inline sev-error"') == 2
    assert re.search(r'<a href="#f0-a1-n2">tests/report/draft.md:35:1</a>: footnote 3 first defined here', page)


def test_segments_split_overlapping_claims():
    text = "In April 2024, three satellites."
    segs = segments(text, [(3, 13, "date", "c1"), (0, 32, "citation", "c0"), (15, 20, "count", "c2")])
    assert "".join(s["text"] for s in segs) == text
    kinds = [(s["text"], s["kind"]) for s in segs]
    assert ("April 2024", "date") in kinds and ("three", "count") in kinds and ("In ", "citation") in kinds
    april = next(s for s in segs if s["text"] == "April 2024")
    assert set(april["ids"].split()) == {"c0", "c1"} and april["starts"] == ["c1"]


def _fixed_claims(doc, kinds=None):
    art = doc.articles[1]
    b1, b2 = art.blocks[1], art.blocks[2]
    start = b2.text.index("April 2024")
    n = b1.text.index("4 million")
    claims = (
        CountClaim(text="4 million", location=doc.locate(b1, n), start=n, end=n + 9, value=4e6, article=1,
                   block=1, written="4 million", thing="5G base stations", footnotes=("1",)),
        DateClaim(text="April 2024", location=doc.locate(b2, start), start=start, end=start + 10, article=1,
                  block=2, date=PartialDate(year=2024, month=4)),
    )
    return ClaimSet(path=doc.path, claims=claims), {"quotation": "not in this test"}


def test_golden_html(monkeypatch):
    monkeypatch.chdir(ROOT)
    monkeypatch.setattr("claimcheck.diff.claims_of", _fixed_claims)
    result = verify([EXAMPLE.relative_to(ROOT).as_posix()], Settings(select=["FN"]))
    doc = result.documents[0]
    if "April 2024" not in doc.articles[1].blocks[2].text or "4 million" not in doc.articles[1].blocks[1].text:
        pytest.skip("the example draft changed: regenerate the golden file")
    check_golden("example.html", render(result, "html", base=ROOT))


def test_unreadable_draft_is_shown(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty.md").write_text("")
    page = render(verify(["empty.md"], Settings()), "html")
    assert "error[E105]" in page
