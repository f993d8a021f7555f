"""The Markdown reader: front matter, per-article footnotes, inline markup, positions."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.document import Source
from claimcheck.errors import InputError
from claimcheck.ingest import load_document
from claimcheck.ingest.markdown import read_markdown
from conftest import EXAMPLE


def md(text: str):
    return read_markdown(Source("d.md", text))


def test_example_draft_structure():
    doc = load_document(EXAMPLE)
    assert doc.metadata.title == "Orbit Watch #23 — Launch Pads and Partners"
    assert doc.metadata.publication_date == dt.date(2025, 6, 30)
    assert doc.metadata.status == "draft"
    assert [a.title for a in doc.articles] == ["Introduction", "Satellites for Everyone", "Missions and Partners"]
    assert [n.label for n in doc.articles[1].footnotes] == ["1", "2", "3", "3", "5"]
    assert [r.label for r in doc.articles[1].refs] == ["1", "2", "3", "4", "5"]


def test_reference_location_and_offset():
    doc = md("# A\n\nCosts *fell* by half.[^1] Then\nrose.[^2]\n\n[^1]: One.\n[^2]: Two.\n")
    a = doc.articles[0]
    block = a.blocks[1]
    assert block.text == "Costs fell by half. Then rose."
    r1, r2 = a.refs
    assert (r1.location.line, r1.location.column) == (3, 22)
    assert (r2.location.line, r2.location.column) == (4, 6)
    assert block.text[: r1.offset] == "Costs fell by half."
    assert block.text[: r2.offset] == "Costs fell by half. Then rose."


def test_every_definition_is_kept_even_duplicates_and_unreferenced():
    doc = md("Text.[^1]\n\n[^1]: one\n[^1]: two\n    continued\n[^9]: nine\n")
    notes = doc.articles[0].footnotes
    assert [(n.label, n.text) for n in notes] == [("1", "one"), ("1", "two continued"), ("9", "nine")]
    assert [n.location.line for n in notes] == [3, 4, 6]


def test_articles_split_at_level_one_headings_with_own_numbering():
    doc = md("Preamble.[^1]\n\n[^1]: p\n\n# One\n\nA.[^1]\n\n[^1]: a\n\n## Sub\n\nB.\n\n# Two\n\nC.[^1]\n\n[^1]: c\n")
    assert [a.title for a in doc.articles] == [None, "One", "Two"]
    assert [[n.text for n in a.footnotes] for a in doc.articles] == [["p"], ["a"], ["c"]]


def test_code_is_not_read():
    doc = md("Text.\n\n```\nCode.[^7]\n[^7]: not a note\n```\n")
    assert list(doc.iter_refs()) == [] and list(doc.iter_footnotes()) == []


def test_links_keep_text_and_urls_go_to_footnotes():
    doc = md("See [the report](https://x.org/r).[^1]\n\n[^1]: [Report](https://x.org/r), 2024, <https://y.org/a>.\n")
    assert doc.articles[0].blocks[0].text == "See the report."
    note = doc.articles[0].footnotes[0]
    assert note.text == "Report, 2024, https://y.org/a."
    assert note.urls == ("https://x.org/r", "https://y.org/a")


def test_inline_text_maps_back_to_file():
    text = "# T\n\nA **bold** `code` and _it_ \\*star\\* [link](http://a.b) end.\n"
    doc = md(text)
    block = doc.articles[0].blocks[1]
    assert block.text == "A bold code and it *star* link end."
    for i, ch in enumerate(block.text):
        if ch != " ":
            assert text[block.source_map.to_file(i)] == ch


def test_list_items_and_quotes_are_paragraphs():
    doc = md("- first item[^1]\n- second\n\n> quoted text\n\n[^1]: n\n")
    assert [b.text for b in doc.articles[0].blocks] == ["first item", "second", "quoted text"]
    assert doc.articles[0].refs[0].location.column == 13


@pytest.mark.parametrize(
    ("text", "line", "needle"),
    [
        ("---\ntitle: a: b\n---\nText.\n", 2, "not valid YAML"),
        ("---\ntitle: x\nText.\n", 1, "never closed"),
        ("---\n- a\n- b\n---\nText.\n", 2, "mapping"),
        ("+++\ntitle = \n+++\nText.\n", 2, "not valid TOML"),
    ],
)
def test_bad_front_matter_is_a_located_notice_and_the_body_is_read(text, line, needle):
    doc = md(text)
    (notice,) = doc.notices
    assert notice.location.line == line
    assert needle in notice.message
    assert [b.text for b in doc.iter_blocks(prose_only=True)] == ["Text."]


def test_a_date_it_cannot_read_is_a_notice_not_a_refusal():
    doc = md("---\npublication_date: last spring\n---\nText.\n")
    assert doc.metadata.publication_date is None
    (notice,) = doc.notices
    assert notice.location.line == 2
    assert "publication_date" in notice.message and "last spring" in notice.message
    assert [b.text for b in doc.iter_blocks(prose_only=True)] == ["Text."]


def test_date_key_is_the_publication_date():
    assert md("---\ndate: 2025-02-18\n---\nText.\n").metadata.publication_date == dt.date(2025, 2, 18)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab #*_`[]^:1()\n>-!\\<>hp/.")), max_size=300))
def test_never_raises_and_maps_into_the_file(text):
    try:
        doc = md(text)
    except InputError:
        return
    for block in doc.iter_blocks():
        for i, ch in enumerate(block.text):
            off = block.source_map.to_file(i)
            assert 0 <= off < len(text)
            if ch != " ":
                assert text[off] == ch
    for ref in doc.iter_refs():
        line = text.split("\n")[ref.location.line - 1]
        assert line[ref.location.column - 1 :].startswith(("[^", "^[", "<"))  # [^n], ^[inline], <sup>


def test_lone_carriage_returns_are_line_breaks():
    doc = md("\r\r0\n")
    assert [b.text for b in doc.iter_blocks()] == ["0"]
