"""Footnotes as real sites write them, and when a file is one article or several."""

from __future__ import annotations

from claimcheck.document import BlockKind, Source
from claimcheck.ingest.markdown import read_markdown


def md(text: str):
    return read_markdown(Source("d.md", text))


def labels(doc):
    return [r.label for r in doc.iter_refs()], [n.label for n in doc.iter_footnotes()]


def test_named_labels_and_a_definition_of_several_indented_paragraphs():
    doc = md(
        "The fee rose.[^fee-note]\n\n"
        "## Notes\n\n"
        "[^fee-note]:\n"
        "    The first paragraph of the note.\n"
        "    It goes on here.\n\n"
        "    A second paragraph of the same note.\n\n"
        "After the note.\n"
    )
    assert labels(doc) == (["fee-note"], ["fee-note"])
    (note,) = doc.iter_footnotes()
    assert note.text == "The first paragraph of the note. It goes on here. A second paragraph of the same note."
    assert note.number is None
    assert [b.text for b in doc.iter_blocks(prose_only=True)] == ["The fee rose.", "After the note."]


def test_a_link_definition_after_a_note_is_not_part_of_it():
    doc = md("Text.[^1]\n\n[^1]: A note.\n[site]: https://example.org/\n")
    (note,) = doc.iter_footnotes()
    assert note.text == "A note."


def test_references_in_list_items_and_tables():
    doc = md(
        "- An item with a note.[^1]\n"
        "- Another item.\n\n"
        "| Year | Value |\n"
        "|------|-------|\n"
        "| 2024 | 12[^2] |\n\n"
        "[^1]: One.\n"
        "[^2]: Two.\n"
    )
    assert labels(doc) == (["1", "2"], ["1", "2"])
    kinds = [b.kind for b in doc.iter_blocks()]
    assert kinds == [BlockKind.list_item, BlockKind.list_item, BlockKind.table, BlockKind.table]
    row = list(doc.iter_blocks())[3]
    assert row.text == "2024 | 12"
    ref = list(doc.iter_refs())[1]
    assert (ref.location.line, ref.location.column) == (6, 12)


def test_a_reference_in_code_is_not_a_reference():
    doc = md("Use `arr[^1]` here.\n\n    indented[^2]\n\n```\nfenced[^3]\n[^3]: no\n```\n")
    assert labels(doc) == ([], [])


def test_pandoc_inline_note_and_mdx_sidenote_are_reference_and_note_at_once():
    doc = md(
        "Yields grew.^[Field trial, 2023.] Prices fell.<Sidenote>See the [market report](https://example.org/r)."
        "</Sidenote> Then rose.\n"
    )
    refs, notes = labels(doc)
    assert refs == notes and len(refs) == 2
    block = next(doc.iter_blocks())
    assert block.text == "Yields grew. Prices fell. Then rose."
    a, b = doc.iter_footnotes()
    assert a.text == "Field trial, 2023."
    assert b.text == "See the market report." and b.urls == ("https://example.org/r",)


HTML_NOTES = """\
The survey counted 41 answers.<sup><a href="#fn1" id="ref1">[1]</a></sup> Most
came by email <sup><a aria-describedby="footnote-label" href="#fn2" id="ref2">[2]</a></sup>.

<div class="notes">
<h3 id="footnote-label">Footnotes</h3>
<ol>
<li id="fn1">Survey office, 2021, https://example.org/s. <a href="#ref1" aria-label="Back to content">↩</a></li>
<li id="fn2">Mail log &mdash; <em>internal</em>. <a href="#ref2">↩</a></li>
</ol>
</div>
"""


def test_html_notes_in_markdown_are_references_and_notes():
    doc = md(HTML_NOTES)
    assert labels(doc) == (["1", "2"], ["1", "2"])
    first, second = doc.iter_footnotes()
    assert first.text == "Survey office, 2021, https://example.org/s."
    assert first.urls == ("https://example.org/s",)
    assert second.text == "Mail log — internal."
    assert (first.location.line, first.location.column) == (7, 1)
    (block,) = doc.iter_blocks(prose_only=True)
    assert block.text == "The survey counted 41 answers. Most came by email ."
    assert "Footnotes" in [b.text for b in doc.iter_blocks() if b.kind is BlockKind.heading]


def test_html_note_as_a_paragraph_with_its_number_first():
    doc = md(
        'Reach fell.<sup><a id="r1" href="#fn1">[1]</a></sup>\n\n'
        '<p id="fn1">\n  <a href="#r1">[1]</a> The feed changed that week.<a href="#r1">↩</a>\n</p>\n'
    )
    assert labels(doc) == (["1"], ["1"])
    assert next(doc.iter_footnotes()).text == "The feed changed that week."


def test_an_internal_link_that_is_no_note_is_text():
    doc = md('See <a href="#part-2">part 2</a> below.\n\n<h2 id="part-2">Part 2</h2>\n')
    assert labels(doc) == ([], [])


def test_an_exponent_is_not_a_reference():
    doc = md("About 10<sup>6</sup> cells, the 1<sup>st</sup> time.\n")
    assert labels(doc) == ([], [])
    assert next(doc.iter_blocks()).text == "About 10^6 cells, the 1st time."


# --- one article or several ------------------------------------------------------------


def test_one_post_with_level_one_sections_is_one_article():
    doc = md(
        "# Background\n\nCosts fell.[^1]\n\n# Method\n\nWe asked.[^2]\n\n# Results\n\n"
        "Answers came.[^3]\n\n[^1]: One.\n[^2]: Two.\n[^3]: Three.\n"
    )
    assert len(doc.articles) == 1
    assert labels(doc) == (["1", "2", "3"], ["1", "2", "3"])


def test_per_section_notes_numbered_on_are_one_article():
    doc = md("# A\n\nX.[^1]\n\n[^1]: a\n\n# B\n\nY.[^2]\n\n[^2]: b\n")
    assert len(doc.articles) == 1


def test_numbering_restart_under_each_heading_is_an_issue_of_articles():
    doc = md("# A\n\nX.[^1]\n\n[^1]: a\n\n# B\n\nY.[^1] Z.[^2]\n\n[^1]: b\n[^2]: c\n")
    assert [a.title for a in doc.articles] == ["A", "B"]
    assert [[n.text for n in a.footnotes] for a in doc.articles] == [["a"], ["b", "c"]]
    assert [b.kind for b in doc.articles[1].blocks][0] is BlockKind.title


def test_a_lone_leading_heading_is_the_title():
    doc = md("---\ntitle: t\n---\n\n# The Title\n\nBody.\n\n## Part\n\nMore.\n")
    kinds = [b.kind for b in doc.iter_blocks()]
    assert kinds == [
        BlockKind.front_matter,
        BlockKind.title,
        BlockKind.paragraph,
        BlockKind.heading,
        BlockKind.paragraph,
    ]


def test_a_long_numeric_label_is_a_name_not_a_note_number():
    doc = md("Fixed.[^107421] Shipped.[^2]\n\n[^107421]: Issue.\n[^2]: Release.\n")
    assert [r.number for r in doc.iter_refs()] == [None, 2]
    assert [n.number for n in doc.iter_footnotes()] == [None, 2]


def test_links_within_the_site_are_not_source_urls_of_a_note():
    doc = md(
        "Text.[^1]\n\n[^1]: See [our method](/research/method#data), [part 2](../part-2/), "
        "[the notes](#notes) and [the report](https://example.org/r) or [mail](mailto:a@example.org).\n"
    )
    assert next(doc.iter_footnotes()).urls == ("https://example.org/r",)
