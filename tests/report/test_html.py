"""The HTML report: escaping, self-containment, claims and findings on the page.

The golden file (``golden/example.html``) is made with a fixed set of claims, so changes
in the extractors do not move it; regenerate with ``CLAIMCHECK_REGEN_GOLDEN=1`` (see
test_formats.py). The page in a real browser is tested in test_html_browser.py.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from conftest import ROOT

from claimcheck.claims.models import ClaimSet, CountClaim, DateClaim, PartialDate
from claimcheck.config import Settings
from claimcheck.pipeline import verify
from claimcheck.report import render
from claimcheck.report.html import segments
from report.test_formats import check_golden

# a frozen copy of docs/examples/issue-23.md, so edits to the example do not move these tests
EXAMPLE = ROOT / "tests" / "report" / "draft.md"

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
    assert '<li class="claim-row" data-kind="money">' in page
    # findings stand at their place and link to the related places, marked on the page
    assert page.count('class="finding inline sev-error"') == 2
    m = re.search(r'<a href="#(x\d+-r0)">35:1</a>: footnote 3 first defined here', page)
    assert m and f'id="{m.group(1)}"><span class="note-label" id="f0-a1-n2-label">3</span></mark>' in page


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
        CountClaim(
            text="4 million",
            location=doc.locate(b1, n),
            start=n,
            end=n + 9,
            value=4e6,
            article=1,
            block=1,
            written="4 million",
            thing="5G base stations",
            footnotes=("1",),
        ),
        DateClaim(
            text="April 2024",
            location=doc.locate(b2, start),
            start=start,
            end=start + 10,
            article=1,
            block=2,
            date=PartialDate(year=2024, month=4),
        ),
    )
    return ClaimSet(path=doc.path, claims=claims)


def test_golden_html(monkeypatch):
    monkeypatch.chdir(ROOT)
    monkeypatch.setattr("claimcheck.report.html.extract", _fixed_claims)
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


# ---------------------------------------------------------------- what an editor needs (issue #15)


def _example(monkeypatch, **settings):
    monkeypatch.chdir(ROOT)
    result = verify([EXAMPLE.relative_to(ROOT).as_posix()], Settings(**settings))
    return result, render(result, "html")


def test_reference_marks_are_superscripts_linked_to_their_notes(monkeypatch):
    result, page = _example(monkeypatch, select=["FN"])
    doc = result.documents[0]
    sups = re.findall(
        r'<sup class="ref( missing)?" id="([^"]+)">(?:<a href="#([^"]+)"[^>]*>|<span[^>]*>)([^<]+)<', page
    )
    assert len(sups) == sum(len(a.refs) for a in doc.articles) >= 7
    ids = set(re.findall(r' id="([^"]+)"', page))
    for missing, _sid, href, label in sups:
        assert bool(missing) == (not href), label
        assert not href or href in ids  # every mark links to a note on the page
    # reference 4 of article 2 has no footnote: shown, marked as missing, and it is the finding's place
    assert [label for missing, _s, _h, label in sups if missing] == ["4"]
    fn002 = next(f for f in result.findings if f.rule == "FN002")
    assert fn002.location.line == 31
    assert re.search(
        r'<mark class="finding-span f-main sev-error" data-f="x0" data-m="x0" id="x0">'
        r'(<mark[^>]*>)*<sup class="ref missing"',
        page,
    )
    assert '<td><a href="#x0">31:22</a></td>' in page


def test_the_findings_words_are_marked(tmp_path, monkeypatch):
    # AC002: the expansion does not spell the acronym; the finding marks the expansion and the acronym
    text = "# Notes on Rivers\n\nThe Northern River Basin Authority (NBRA) opened two gauges this spring.\n"
    page = _page(tmp_path, monkeypatch, text)
    assert "AC002" in page
    m = re.search(
        r'<mark class="finding-span f-main sev-error" data-f="x0" data-m="x0" id="x0">(?:<mark[^>]*>)*([^<]*)<', page
    )
    assert m and m.group(1) == "Northern River Basin Authority (NBRA)", page[page.find('id="x0"') - 200 :][:600]


def test_finding_marks_in_pdf_text_html_and_markdown_drafts(monkeypatch):
    monkeypatch.chdir(ROOT)
    for path in (
        "tests/fixtures/text/two_articles.pdf.txt",
        "tests/fixtures/html/pandoc.html",
        "docs/examples/issue-23.md",
    ):
        result = verify([path], Settings())
        page = render(result, "html")
        doc = result.documents[0]
        assert page.count('<sup class="ref') == sum(len(a.refs) for a in doc.articles) > 0, path
        for k, f in enumerate(result.findings):
            assert f'href="#x{k}"' in page, (path, f)
            assert re.search(
                rf'<mark class="finding-span f-main[^"]*" data-f="x{k}" data-m="x{k}" id="x{k}">|'
                rf'<span class="anchor" id="x{k}">',
                page,
            ), (path, f)


def test_title_from_the_document_model(monkeypatch, tmp_path):
    _, page = _example(monkeypatch, select=["FN"])
    assert "<title>Orbit Watch #23 — Launch Pads and Partners — claimcheck report</title>" in page
    assert "<h1>Orbit Watch #23 — Launch Pads and Partners</h1>" in page
    # no title in the model: the file's name
    page = _page(tmp_path, monkeypatch, "Plain text with no title at all.\n", "notes.txt")
    assert "<title>notes.txt — claimcheck report</title>" in page and "<h1>notes.txt</h1>" in page


def test_paths_are_relative_and_shown_once_per_file(tmp_path, monkeypatch):
    outside = tmp_path / "elsewhere" / "drafts"
    outside.mkdir(parents=True)
    draft = outside / "issue.md"
    draft.write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    result = verify([str(draft)], Settings(select=["FN"]))
    assert len(result.findings) == 2
    page = render(result, "html")
    # the folder is named once, in the header; rows and boxes give line:column only
    assert page.count(str(outside)) == 1
    assert "files in " + str(outside) in page
    assert '<a href="#x0">31:22</a>' in page and '<a href="#x1">36:1</a>' in page
    # a draft under the current folder is named relative to it
    monkeypatch.chdir(tmp_path)
    page = render(verify([str(draft)], Settings(select=["FN"])), "html")
    assert str(tmp_path) not in page and "elsewhere/drafts/issue.md" in page


def test_line_number_gutter_fits_the_largest_number(tmp_path, monkeypatch):
    page = _page(tmp_path, monkeypatch, "\n" * 1200 + "A paragraph far down the file.\n")
    assert 'style="--digits: 4"' in page
    assert re.search(r'<a class="line-no" href="#[^"]+" aria-label="line 1201">1201</a>A paragraph', page)


def test_hostile_file_name_title_and_url_stay_text(tmp_path, monkeypatch):
    name = "a\"><img src=x onerror=alert(9)>'.md"
    text = (
        '---\ntitle: "Issue <script>alert(7)</script> \\" onload=\\"x"\n---\n\n'
        'The <b>board</b> met on "Monday".[^1] A reference with no note.[^2]\n\n'
        '[^1]: "A <i>title</i>," Outlet, May 2, 2024, https://example.org/"><script>alert(8)</script>.\n'
    )
    page = _page(tmp_path, monkeypatch, text, name)
    parsed = _Collector()
    parsed.feed(page)
    assert len([t for t, _ in parsed.tags if t == "script"]) == 1
    assert "alert" not in parsed.scripts[0]
    assert "<script>alert" not in page
    assert not [t for t, _ in parsed.tags if t in ("b", "i")]
    for tag, attrs in parsed.tags:
        assert not any(k.startswith("on") for k in attrs), (tag, attrs)
    assert not [t for t, _ in parsed.tags if t == "img"]
    assert "a&#34;&gt;&lt;img src=x onerror=alert(9)&gt;&#39;.md" in page


def test_segments_with_marks_and_points():
    text = "Venezuela and Serbia joined."
    mark = {"f": "x0", "m": "x0", "sev": "error", "role": "f-main", "id": "x0"}
    ref = {"type": "ref", "id": "r0", "label": "6", "href": None, "line": 1, "marks": []}
    segs = segments(
        text, [(0, 20, "member_list", "c0")], [(14, 20, mark)], [(28, ref), (9, {"type": "anchor", "id": "a"})]
    )
    assert "".join(s["text"] for s in segs) == text
    marked = [s for s in segs if s["marks"]]
    assert [s["text"] for s in marked] == ["Serbia"] and marked[0]["marks"][0]["id"] == "x0"
    assert segs[-1]["text"] == "" and segs[-1]["before"] == [ref]
    assert next(s for s in segs if s["text"] == " and ")["before"] == [{"type": "anchor", "id": "a"}]


def test_a_finding_with_no_subject_marks_the_whole_word_there(tmp_path, monkeypatch):
    from claimcheck.document import Location
    from claimcheck.findings.model import Finding, Severity

    _page(tmp_path, monkeypatch, "# Dock\n\nThe breakwater held through the storm.\n")
    result = verify(["draft.md"], Settings())
    result.findings.append(
        Finding(
            rule="NU001",
            name="x",
            severity=Severity.warning,
            message="m",
            location=Location(path="draft.md", line=3, column=5),
        )
    )
    page = render(result, "html")
    assert re.search(r'id="x0">breakwater</mark>', page)
