"""Footnotes, block classes, page content and dates as real publishers' HTML writes them.

Markup follows each renderer's own output (MediaWiki, pandoc, kramdown, Hugo/goldmark,
O'Reilly HTMLBook, digital.gov); the sentences are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.document import BlockKind, Document, Source
from claimcheck.ingest.html import read_html


def read(text: str) -> Document:
    return read_html(Source("page.html", text))


def refs(doc: Document) -> list[tuple[str, int | None]]:
    return [(r.label, r.number) for r in doc.iter_refs()]


def notes(doc: Document) -> list[tuple[str, str]]:
    return [(n.label, n.text) for n in doc.iter_footnotes()]


def prose(doc: Document) -> list[str]:
    return [b.text for b in doc.iter_blocks(prose_only=True)]


def kinds(doc: Document) -> dict[str, BlockKind]:
    return {b.text: b.kind for b in doc.iter_blocks()}


# -- MediaWiki ------------------------------------------------------------------------------

MEDIAWIKI = """<!DOCTYPE html><html><head><title>Tidal power - Wikipedia</title>
<link rel="canonical" href="https://en.wikipedia.org/wiki/Tidal_power"></head><body>
<div id="mw-navigation"><h2>Navigation menu</h2><ul><li>Main page</li></ul></div>
<div id="content"><h1 id="firstHeading">Tidal power</h1>
<div class="hatnote navigation-not-searchable">For the band, see Tidal Power (band).</div>
<table class="infobox"><tr><th>Capacity</th><td>521 MW<sup id="cite_ref-a_1-0" class="reference"><a href="#cite_note-a-1">[1]</a></sup></td></tr></table>
<div id="toc" class="toc"><h2>Contents</h2><ul><li>1 History</li></ul></div>
<p>The first large plant opened in 1966.<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[2]</a></sup>
Output reached 500 GWh a year.<sup id="cite_ref-a_1-1" class="reference"><a href="#cite_note-a-1">[1]</a></sup><sup class="reference nowrap"><span title="Page: 12">: 12</span></sup>
Costs are disputed.<sup class="noprint Inline-Template"><i>[<a href="/wiki/Wikipedia:Citation_needed">citation needed</a>]</i></sup>
The site uses a barrage<sup id="cite_ref-n1_3-0" class="reference"><a href="#cite_note-n1-3">[n 1]</a></sup> of 750 m.</p>
<h2><span class="mw-headline">Notes</span><span class="mw-editsection">[edit]</span></h2>
<div class="reflist"><ol class="references">
<li id="cite_note-n1-3"><span class="mw-cite-backlink"><b><a href="#cite_ref-n1_3-0">^</a></b></span> <span class="reference-text">A dam across an estuary.<sup id="cite_ref-4" class="reference"><a href="#cite_note-4">[3]</a></sup></span></li>
</ol></div>
<h2>References</h2>
<div class="reflist"><div class="mw-references-wrap"><ol class="references">
<li id="cite_note-a-1"><span class="mw-cite-backlink">^ <a href="#cite_ref-a_1-0"><sup><i><b>a</b></i></sup></a> <a href="#cite_ref-a_1-1"><sup><i><b>b</b></i></sup></a></span> <span class="reference-text"><cite>Energy Agency (2020). "Ocean power".</cite></span></li>
<li id="cite_note-2"><span class="mw-cite-backlink"><b><a href="#cite_ref-2">^</a></b></span> <span class="reference-text">Grid operator, annual report, 1967.</span></li>
<li id="cite_note-4"><span class="mw-cite-backlink"><b><a href="#cite_ref-4">^</a></b></span> <span class="reference-text">A glossary of dams, 2001.</span></li>
</ol></div></div>
<div class="navbox"><table><tr><td>Renewable energy: Solar, Wind, Tidal</td></tr></table></div>
<div id="catlinks" class="catlinks">Categories: Tidal power</div>
</div></body></html>"""


def test_mediawiki_references_and_notes() -> None:
    doc = read(MEDIAWIKI)
    assert len(doc.articles) == 1
    # [1] is used twice (a named reference); "[n 1]" is a note of its own group
    assert refs(doc) == [("1", 1), ("2", 2), ("1", 1), ("n 1", None), ("3", 3)]
    assert notes(doc) == [
        ("n 1", "A dam across an estuary."),
        ("1", 'Energy Agency (2020). "Ocean power".'),
        ("2", "Grid operator, annual report, 1967."),
        ("3", "A glossary of dams, 2001."),
    ]
    assert prose(doc) == [
        "The first large plant opened in 1966. Output reached 500 GWh a year. Costs are disputed. "
        "The site uses a barrage of 750 m."
    ]


def test_mediawiki_block_classes() -> None:
    doc = read(MEDIAWIKI)
    k = kinds(doc)
    assert k["Tidal power"] is BlockKind.title
    assert k["Navigation menu"] is BlockKind.furniture
    assert k["For the band, see Tidal Power (band)."] is BlockKind.furniture
    assert k["Capacity"] is BlockKind.table
    assert k["521 MW"] is BlockKind.table
    assert k["Contents"] is BlockKind.toc
    assert k["Renewable energy: Solar, Wind, Tidal"] is BlockKind.furniture
    assert k["Categories: Tidal power"] is BlockKind.furniture
    assert k["Notes"] is BlockKind.heading


def test_mediawiki_absolute_links_to_the_page_itself() -> None:
    """Saved pages write links to their own notes as absolute addresses."""
    page = MEDIAWIKI.replace('href="#cite_note-2"', 'href="https://en.wikipedia.org/wiki/Tidal_power#cite_note-2"')
    assert refs(read(page))[1] == ("2", 2)
    other = MEDIAWIKI.replace('href="#cite_note-2"', 'href="https://en.wikipedia.org/wiki/Wave_power#cite_note-2"')
    assert ("2", 2) not in refs(read(other))


# -- renderers of Markdown footnotes ---------------------------------------------------------


@pytest.mark.parametrize(
    "markup",
    [
        # pandoc 2.x/3.x
        '<p>Prices fell.<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a>'
        ' Use rose.<a href="#fn2" class="footnote-ref" id="fnref2" role="doc-noteref"><sup>2</sup></a></p>'
        '<section id="footnotes" class="footnotes footnotes-end-of-document" role="doc-endnotes"><hr />'
        '<ol><li id="fn1"><p>First source.<a href="#fnref1" class="footnote-back" role="doc-backlink">\u21a9\ufe0e</a></p></li>'
        '<li id="fn2"><p>Second source.<a href="#fnref2" class="footnote-back" role="doc-backlink">\u21a9\ufe0e</a></p></li></ol></section>',
        # kramdown (Jekyll)
        '<p>Prices fell.<sup id="fnref:1" role="doc-noteref"><a href="#fn:1" class="footnote" rel="footnote">1</a></sup>'
        ' Use rose.<sup id="fnref:2" role="doc-noteref"><a href="#fn:2" class="footnote" rel="footnote">2</a></sup></p>'
        '<div class="footnotes" role="doc-endnotes"><ol>'
        '<li id="fn:1" role="doc-endnote"><p>First source. <a href="#fnref:1" class="reversefootnote" role="doc-backlink">&#8617;</a></p></li>'
        '<li id="fn:2" role="doc-endnote"><p>Second source. <a href="#fnref:2" class="reversefootnote" role="doc-backlink">&#8617;</a></p></li>'
        "</ol></div>",
        # Hugo (goldmark)
        '<p>Prices fell.<sup id="fnref:1"><a href="#fn:1" class="footnote-ref" role="doc-noteref">1</a></sup>'
        ' Use rose.<sup id="fnref:2"><a href="#fn:2" class="footnote-ref" role="doc-noteref">2</a></sup></p>'
        '<div class="footnotes" role="doc-endnotes"><hr><ol>'
        '<li id="fn:1"><p>First source.&#160;<a href="#fnref:1" class="footnote-backref" role="doc-backlink">&#x21a9;&#xfe0e;</a></p></li>'
        '<li id="fn:2"><p>Second source.&#160;<a href="#fnref:2" class="footnote-backref" role="doc-backlink">&#x21a9;&#xfe0e;</a></p></li>'
        "</ol></div>",
        # digital.gov (HTML written in the Markdown source)
        '<p>Prices fell.<sup><a aria-describedby="footnote-label" href="#fn1" id="footnotes-ref1">[1]</a></sup>'
        ' Use rose.<sup><a aria-describedby="footnote-label" href="#fn2" id="footnotes-ref2">[2]</a></sup></p>'
        '<div class="dg-footnote"><h3 class="dg-footnote__heading" id="footnote-label">Footnotes</h3>'
        '<ol class="dg-footnote__list"><li class="dg-footnote__list-item" id="fn1">First source. '
        '<a href="#footnotes-ref1" aria-label="Back to content">\u21a9</a></li>'
        '<li class="dg-footnote__list-item" id="fn2">Second source. '
        '<a href="#footnotes-ref2" aria-label="Back to content">\u21a9</a></li></ol></div>',
        # O'Reilly HTMLBook (the Google SRE book): notes numbered through the whole book
        '<p>Prices fell.<sup><a class="jumptarget" data-type="noteref" id="id-x1-marker" href="#id-x1">1</a></sup>'
        ' Use rose.<sup><a class="jumptarget" data-type="noteref" id="id-y2-marker" href="#id-y2">2</a></sup></p>'
        '<div class="footnotes" data-type="footnotes">'
        '<p data-type="footnote" id="id-x1"><sup><a class="jumptargets" href="#id-x1-marker">1</a></sup>First source.</p>'
        '<p data-type="footnote" id="id-y2"><sup><a class="jumptargets" href="#id-y2-marker">2</a></sup>Second source.</p></div>',
        # Python-Markdown (MkDocs)
        '<p>Prices fell.<sup id="fnref:a"><a class="footnote-ref" href="#fn:a">1</a></sup>'
        ' Use rose.<sup id="fnref:b"><a class="footnote-ref" href="#fn:b">2</a></sup></p>'
        '<div class="footnote"><hr /><ol>'
        '<li id="fn:a"><p>First source.&#160;<a class="footnote-backref" href="#fnref:a" title="Jump back">&#8617;</a></p></li>'
        '<li id="fn:b"><p>Second source.&#160;<a class="footnote-backref" href="#fnref:b" title="Jump back">&#8617;</a></p></li>'
        "</ol></div>",
        # markdown-it-footnote
        '<p>Prices fell.<sup class="footnote-ref"><a href="#fn1" id="fnref1">[1]</a></sup>'
        ' Use rose.<sup class="footnote-ref"><a href="#fn2" id="fnref2">[2]</a></sup></p>'
        '<hr class="footnotes-sep"><section class="footnotes"><ol class="footnotes-list">'
        '<li id="fn1" class="footnote-item"><p>First source. <a href="#fnref1" class="footnote-backref">↩︎</a></p></li>'
        '<li id="fn2" class="footnote-item"><p>Second source. <a href="#fnref2" class="footnote-backref">↩︎</a></p></li>'
        "</ol></section>",
        # Substack: the note's anchor is a link at its start
        '<p>Prices fell.<a class="footnote-anchor" id="footnote-anchor-1" href="#footnote-1">1</a>'
        ' Use rose.<a class="footnote-anchor" id="footnote-anchor-2" href="#footnote-2">2</a></p>'
        '<div class="footnote"><a id="footnote-1" href="#footnote-anchor-1" class="footnote-number">1</a>'
        '<div class="footnote-content"><p>First source.</p></div></div>'
        '<div class="footnote"><a id="footnote-2" href="#footnote-anchor-2" class="footnote-number">2</a>'
        '<div class="footnote-content"><p>Second source.</p></div></div>',
        # LibreOffice's "Export as HTML" of a Word document (soffice --convert-to html)
        '<p>Prices fell.<a class="sdfootnoteanc" name="sdfootnote1anc" href="#sdfootnote1sym"><sup>1</sup></a>'
        ' Use rose.<a class="sdfootnoteanc" name="sdfootnote2anc" href="#sdfootnote2sym"><sup>2</sup></a></p>'
        '<div id="sdfootnote1"><p class="sdfootnote"><a class="sdfootnotesym" name="sdfootnote1sym" '
        'href="#sdfootnote1anc">1</a>\n\tFirst source.</p>\n</div>'
        '<div id="sdfootnote2"><p class="sdfootnote"><a class="sdfootnotesym" name="sdfootnote2sym" '
        'href="#sdfootnote2anc">2</a>\n\tSecond source.</p>\n</div>',
        # LibreOffice, a document with endnotes
        '<p>Prices fell.<a class="sdendnoteanc" name="sdendnote1anc" href="#sdendnote1sym"><sup>1</sup></a>'
        ' Use rose.<a class="sdendnoteanc" name="sdendnote2anc" href="#sdendnote2sym"><sup>2</sup></a></p>'
        '<div id="sdendnote1"><p class="sdendnote"><a class="sdendnotesym" name="sdendnote1sym" '
        'href="#sdendnote1anc">1</a>\n\tFirst source.</p></div>'
        '<div id="sdendnote2"><p class="sdendnote"><a class="sdendnotesym" name="sdendnote2sym" '
        'href="#sdendnote2anc">2</a>\n\tSecond source.</p></div>',
        # Google Docs' "Download as web page": the note's id is on a link at the start of a
        # plain paragraph after a rule
        '<p class="c2"><span class="c0">Prices fell.</span><sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup>'
        '<span class="c0">&nbsp;Use rose.</span><sup><a href="#ftnt2" id="ftnt_ref2">[2]</a></sup></p><hr class="c6">'
        '<div><p class="c3"><a href="#ftnt_ref1" id="ftnt1">[1]</a><span class="c4">&nbsp;First source.</span></p></div>'
        '<div><p class="c3"><a href="#ftnt_ref2" id="ftnt2">[2]</a><span class="c4">&nbsp;Second source.</span></p></div>',
    ],
    ids=[
        "pandoc",
        "kramdown",
        "hugo",
        "digitalgov",
        "htmlbook",
        "python-markdown",
        "markdown-it",
        "substack",
        "libreoffice",
        "libreoffice-endnotes",
        "google-docs",
    ],
)
def test_renderer_footnotes(markup: str) -> None:
    doc = read(markup)
    assert refs(doc) == [("1", 1), ("2", 2)]
    assert notes(doc) == [("1", "First source."), ("2", "Second source.")]
    assert prose(doc) == ["Prices fell. Use rose."]


def test_a_link_at_a_paragraphs_start_is_not_a_note_unless_it_links_back() -> None:
    # a plain paragraph starting with a link whose id merely looks like a note's
    doc = read(
        '<p>Prices fell.<sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup></p>'
        '<p><a href="#section-2" id="note2">Next section</a> continues the argument.</p>'
        '<div><p><a href="#ftnt_ref1" id="ftnt1">[1]</a> First source.</p></div>'
    )
    assert notes(doc) == [("1", "First source.")]
    assert prose(doc) == ["Prices fell.", "Next section continues the argument."]


def test_superscripts_that_are_not_references() -> None:
    doc = read(
        "<p>About 10<sup>6</sup> homes, 40 m<sup>2</sup> each, since the 19<sup>th</sup> century; "
        'see the study<sup><a href="https://journal.example/paper#fn4">4</a></sup> and '
        'the rival page<sup><a href="/wiki/Other_page#cite_note-5">[5]</a></sup>.</p>'
    )
    assert refs(doc) == []
    assert prose(doc) == ["About 106 homes, 40 m2 each, since the 19th century; see the study4 and the rival page[5]."]


def test_math_superscripts_are_not_references() -> None:
    doc = read(
        '<p>The space has dimension <span class="texhtml"><i>n</i><sup>2</sup></span> and x<sup>3</sup> grows fast.</p>'
    )
    assert refs(doc) == []
    assert prose(doc) == ["The space has dimension n2 and x3 grows fast."]


def test_nbsp_before_a_scale_word_is_a_space() -> None:
    doc = read("<p>Revenue was $163&nbsp;million and 12&#160;%, a co\u00adoperative&shy;s share.</p>")
    (block,) = doc.iter_blocks()
    assert block.text == "Revenue was $163 million and 12 %, a cooperatives share."
    # the space stands where the entity is; the text after a soft hyphen keeps its place
    i = block.text.index(" million")
    assert doc.source.text[block.source_map.to_file(i) :].startswith("&nbsp;")
    j = block.text.index("operative")
    assert doc.source.text[block.source_map.to_file(j) :].startswith("operative")


# -- page content and articles ------------------------------------------------------------


def test_news_page_content_is_the_main_article() -> None:
    doc = read(
        "<header><nav><a>World</a> <a>Business</a></nav><p>Subscribe for $1 a week.</p></header>"
        '<article class="teaser"><h2>Another story</h2><p>A short summary of it.</p></article>'
        "<main><article><header><h1>Harbour reopens</h1>"
        '<p class="byline">By <a rel="author" href="/by/ana">Ana Reyes</a></p>'
        '<time datetime="2021-06-02T08:00:00Z">June 2</time></header>'
        "<p>The harbour reopened on Tuesday after 14 months of work, the port authority said.</p>"
        "<figure><img src=x.jpg alt=''><figcaption>Cranes at dawn. Photo: Port authority</figcaption></figure>"
        '<aside class="pullquote">It is a new start for the town.</aside>'
        "<p>Traffic is expected to reach 2 million tonnes next year, up from 1.4 million in 2019.</p>"
        '<div class="share-tools"><p>Share this story</p></div>'
        '<article class="related"><h3>Related</h3><p>Harbour works begin.</p></article>'
        "</article></main>"
        "<footer><p>\u00a9 2021 The Coast Gazette</p></footer>"
        '<div class="cookie-banner"><p>We use cookies.</p></div>'
    )
    assert len(doc.articles) == 1
    assert doc.articles[0].title == "Harbour reopens"
    assert prose(doc) == [
        "The harbour reopened on Tuesday after 14 months of work, the port authority said.",
        "Traffic is expected to reach 2 million tonnes next year, up from 1.4 million in 2019.",
        "Harbour works begin.",
    ]
    k = kinds(doc)
    assert k["Harbour reopens"] is BlockKind.title
    assert k["By Ana Reyes"] is BlockKind.byline
    assert k["Cranes at dawn. Photo: Port authority"] is BlockKind.caption
    assert k["It is a new start for the town."] is BlockKind.pull_quote
    assert k["Share this story"] is BlockKind.furniture
    assert k["Subscribe for $1 a week."] is BlockKind.furniture
    assert k["A short summary of it."] is BlockKind.furniture
    assert k["We use cookies."] is BlockKind.furniture
    assert doc.metadata.publication_date == dt.date(2021, 6, 2)


def test_headline_above_the_article_is_the_title() -> None:
    doc = read(
        "<head><title>Museum reopens - The Daily Example</title></head>"
        "<div class=top><h1>Museum reopens</h1><p class=dek>After two years.</p></div>"
        "<article><p>The museum reopened on Monday with 40 new rooms.</p></article>"
    )
    k = kinds(doc)
    assert k["Museum reopens"] is BlockKind.title
    assert k["After two years."] is BlockKind.furniture
    assert doc.articles[0].title == "Museum reopens"


def test_notes_after_main_for_bare_references() -> None:
    doc = read(
        "<main><p>Exports rose 8%.<sup>1</sup> Imports fell.<sup>2</sup></p></main>"
        "<footer><ol class=footnotes><li>Customs data, 2024.</li><li>Trade ministry.</li></ol></footer>"
        '<div class="footnotes"><ol><li id="fn9">A note of nothing on this page.</li></ol></div>'
    )
    assert [(n.label, n.text) for n in doc.iter_footnotes()] == [("1", "Customs data, 2024."), ("2", "Trade ministry.")]
    assert refs(doc) == [("1", 1), ("2", 2)]


def test_blog_post_with_h1_sections_is_one_article_with_its_notes() -> None:
    doc = read(
        "<h1>Part one</h1><p>A claim.<sup>1</sup></p><h1>Part two</h1><p>Another.<sup>2</sup></p>"
        '<div class="footnotes"><ol><li>Note one.</li><li>Note two.</li></ol></div>'
    )
    assert len(doc.articles) == 1
    assert [n.number for n in doc.iter_footnotes()] == [1, 2]


def test_h1_sections_whose_numbers_restart_are_articles() -> None:
    doc = read(
        "<h1>First</h1><p>A claim.<sup>1</sup> More.<sup>2</sup></p><ol class=footnotes><li>A1.</li><li>A2.</li></ol>"
        "<h1>Second</h1><p>B claim.<sup>1</sup></p><ol class=footnotes><li>B1.</li></ol>"
    )
    assert [a.title for a in doc.articles] == ["First", "Second"]
    assert [[n.text for n in a.footnotes] for a in doc.articles] == [["A1.", "A2."], ["B1."]]


def test_layout_table_is_read_as_text() -> None:
    long = "The council approved the budget after a debate that lasted most of the evening and ended late. " * 3
    doc = read(f"<table><tr><td><h2>Local news</h2><p>{long}</p><p>Short line.</p></td></tr></table>")
    assert kinds(doc)["Short line."] is BlockKind.paragraph
    data = read("<table><tr><th>Year</th><th>Output</th></tr><tr><td>2020</td><td>12 GW</td></tr></table>")
    assert set(kinds(data).values()) == {BlockKind.table}


def test_code_blocks_are_kept_as_code() -> None:
    doc = read("<p>Run it:</p><pre><code>total = 5 * 12</code></pre>")
    assert kinds(doc) == {"Run it:": BlockKind.paragraph, "total = 5 * 12": BlockKind.code}


# -- dates --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "head, date",
    [
        ('<meta property="article:published_time" content="2016-03-21T12:00:00-04:00">', dt.date(2016, 3, 21)),
        ('<meta name="citation_publication_date" content="2019/07/04">', dt.date(2019, 7, 4)),
        ('<meta name="DC.date.issued" content="2012-11-30">', dt.date(2012, 11, 30)),
        ('<meta name="date" content="March 3, 2025">', dt.date(2025, 3, 3)),
        # a word processor's custom property, as LibreOffice exports it
        (
            '<meta name="created" content="2026-01-09T10:00:00"><meta name="publication_date" content="2025-04-10">',
            dt.date(2025, 4, 10),
        ),
        ('<meta itemprop="datePublished" content="2020-01-05T10:00:00Z">', dt.date(2020, 1, 5)),
        (
            '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2018-09-25T09:00:00.000Z"}</script>',
            dt.date(2018, 9, 25),
        ),
    ],
)
def test_publication_dates(head: str, date: dt.date) -> None:
    doc = read(f"<html><head>{head}</head><body><p>Text.</p></body></html>")
    assert doc.metadata.publication_date == date
    assert doc.notices == ()


def test_a_wiki_page_edited_for_years_has_no_single_date() -> None:
    doc = read(
        '<script type="application/ld+json">{"@type":"Article","datePublished":"2004-05-01T10:00:00Z",'
        '"dateModified":"2021-03-09T08:00:00Z"}</script><p>Text.</p>'
    )
    assert doc.metadata.publication_date is None
    doc = read(
        '<script type="application/ld+json">{"datePublished":"2021-03-01","dateModified":"2021-03-09"}</script><p>x</p>'
    )
    assert doc.metadata.publication_date == dt.date(2021, 3, 1)


def test_meta_beats_time_and_byline_time_beats_others() -> None:
    doc = read(
        '<p><time datetime="2001-01-01">old</time></p><div class="byline"><time datetime="2022-02-02">Feb 2</time></div>'
    )
    assert doc.metadata.publication_date == dt.date(2022, 2, 2)


def test_unreadable_date_is_a_notice_not_an_error() -> None:
    doc = read('<html><head><meta name="date" content="sometime in spring"></head><body><p>x</p></body></html>')
    assert doc.metadata.publication_date is None
    (notice,) = doc.notices
    assert "sometime in spring" in notice.message
    assert (notice.location.line, notice.location.column) == (1, 13)


def test_title_from_og_title_first() -> None:
    doc = read(
        '<head><title>Harbour reopens | The Coast Gazette</title><meta property="og:title" content="Harbour reopens">'
        "</head><h1>Harbour reopens</h1>"
    )
    assert doc.metadata.title == "Harbour reopens"
