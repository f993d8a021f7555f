"""Block classes of the Markdown reader and the shared text normalisation."""

from __future__ import annotations

import pytest

from claimcheck.document import BlockKind, Source
from claimcheck.ingest.common import find_math, normalise_inline
from claimcheck.ingest.markdown import read_markdown

K = BlockKind


def md(text: str):
    return read_markdown(Source("d.md", text))


def kinds(text: str):
    return [(b.kind, b.text) for b in md(text).iter_blocks()]


def test_paragraphs_lists_quotes_headings():
    assert kinds("Intro text.\n\n## Part\n\n- one\n- two\n\n1. first\n\n> A quoted line.\n") == [
        (K.paragraph, "Intro text."),
        (K.heading, "Part"),
        (K.list_item, "one"),
        (K.list_item, "two"),
        (K.list_item, "first"),
        (K.paragraph, "A quoted line."),
    ]


def test_code_fences_indented_code_and_template_lines():
    text = (
        "Before.\n\n```python\nx = 10\n```\n\n    indented = 3\n\n"
        "{% include references.md %}\n"
        '{{< figure src="a.png" caption="A chart of 2020" >}}\n\n'
        "{:.center}\n\n"
        "{% comment %}\nA hidden draft line of 2019.\n{% endcomment %}\n\nAfter.\n"
    )
    got = kinds(text)
    assert [t for k, t in got if k is K.paragraph] == ["Before.", "After."]
    assert all(k is K.code for k, t in got if t not in ("Before.", "After."))
    assert any("x = 10" in t for _, t in got)


def test_inline_templates_and_kramdown_attributes_are_left_out():
    assert kinds("Fees fell{:.note} by {{ site.share }} half.{% include x.md %}\n") == [
        (K.paragraph, "Fees fell by half.")
    ]


def test_gfm_and_kramdown_tables():
    got = kinds("| a | b |\n|---|---|\n| 1 | 2 |\n\n| x | 1 |\n| y | 2 |\n")
    assert got == [(K.table, "a | b"), (K.table, "1 | 2"), (K.table, "| x | 1 | | y | 2 |")]


def test_figures_alt_text_and_captions():
    got = kinds(
        "![A bar chart of sales](chart.png)\n\n"
        '<figure><img src="a.png" alt="Map"><figcaption>Sites in 2021.</figcaption></figure>\n\n'
        "Text with an ![icon](i.png) inside.\n"
    )
    assert got == [
        (K.figure, "A bar chart of sales"),
        (K.caption, "Sites in 2021."),
        (K.figure, "Map"),
        (K.paragraph, "Text with an inside."),
    ]


def test_html_blocks_are_classed_by_their_tags():
    got = kinds(
        '<div class="lead">\nA wrapped paragraph of prose.\n</div>\n\n'
        "<script>var x = 1;</script>\n\n"
        "<table><tr><td>1</td></tr></table>\n\n"
        "<!-- a hidden comment of 2020 -->\n\n"
        '<blockquote class="twitter-tweet"><p>A post</p></blockquote>\n'
    )
    assert got == [
        (K.paragraph, "A wrapped paragraph of prose."),
        (K.code, "<script>var x = 1;</script>"),
        (K.table, "1"),
        (K.figure, "A post"),
    ]


def test_mdx_components():
    text = (
        "<Figure>\n  <Chart data={[1, 2]} />\n  <FigureCaption number={1}>\n    Prices by year.\n"
        "  </FigureCaption>\n</Figure>\n\n"
        "<PullQuote>\nA line said twice.\n</PullQuote>\n\n"
        "<Table\n  data={[\n    ['a', 1],\n\n    ['b', 2],\n  ]}\n/>\n\n"
        "Body text.\n"
    )
    got = kinds(text)
    assert (K.caption, "Prices by year.") in got
    assert (K.pull_quote, "A line said twice.") in got
    assert [t for k, t in got if k is K.paragraph] == ["Body text."]


def test_display_math_is_code_and_inline_math_is_left_out():
    got = kinds("$$\nE = mc^2\n$$\n\nThe rate $q=16$ holds for $n$ runs at \\(x^2\\) cost.\n")
    assert got[0][0] is K.code
    assert got[1] == (K.paragraph, "The rate holds for runs at cost.")


def test_money_is_not_math():
    assert kinds("It cost $5 vs 10$ then, from $10 to $20 or ($/t) and ($/MWh).\n")[0][1] == (
        "It cost $5 vs 10$ then, from $10 to $20 or ($/t) and ($/MWh)."
    )


def test_entities_and_shortcut_links():
    got = kinds("Growth &mdash; strong &amp; steady [here].\n\nSee [the plan].\n\n[the plan]: https://example.org\n")
    assert got == [(K.paragraph, "Growth — strong & steady [here]."), (K.paragraph, "See the plan.")]


# --- normalisation -------------------------------------------------------------------


def test_no_break_spaces_become_spaces_with_locations_kept():
    text = "It raised $163\u00a0million in 2021\u202fand more.\n"
    doc = md(text)
    block = next(doc.iter_blocks())
    assert block.text == "It raised $163 million in 2021 and more."
    for i, ch in enumerate(block.text):
        assert text[block.source_map.to_file(i)] == (
            ch if ch != " " or text[block.source_map.to_file(i)] == " " else text[block.source_map.to_file(i)]
        )
    assert block.source_map.to_file(block.text.index("million")) == text.index("million")


def test_soft_hyphens_and_zero_width_characters_are_removed_with_the_map_kept():
    text = "On 12 Sep\u00adtember 2021 the state\u200b-owned firm grew.\n"
    block = next(md(text).iter_blocks())
    assert block.text == "On 12 September 2021 the state-owned firm grew."
    for i, ch in enumerate(block.text):
        assert text[block.source_map.to_file(i)] == ch
    assert md(text).locate(block, block.text.index("2021")).column == text.index("2021") + 1


def test_normalise_inline_on_plain_text():
    out, smap = normalise_inline("ab\u00adc $x^2$ d", base=100)
    assert out == "abc d"
    assert smap.to_file(0) == 100 and smap.to_file(2) == 103 and smap.to_file(4) == 111


@pytest.mark.parametrize(
    ("text", "math"),
    [
        ("$q=16$", True),
        ("$n$", True),
        ("\\(a+b\\)", True),
        ("$$\\sum x$$", True),
        ("$5 and $6", False),
        ("US$5 and US$10", False),
        ("from $1000 to mid-$3000s", False),
        ("costs $5 vs 10$ a day", False),
        ("($/t) and ($/MWh)", False),
    ],
)
def test_what_counts_as_math(text, math):
    assert bool(find_math(text)) is math


# --- property: any mix of the syntax real sites use is read, and maps into the file ----

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = [
    "a",
    "B",
    "7",
    " ",
    "\n",
    "\n\n",
    "    ",
    "# ",
    "- ",
    "| ",
    "|---|",
    "> ",
    "```",
    "$",
    "$$",
    "\\(",
    "\\)",
    "[^1]",
    "[^n-a]: ",
    "^[",
    "]",
    "[",
    "(",
    ")",
    "![",
    "<sup>",
    "</sup>",
    '<a href="#fn1">',
    "[1]",
    "</a>",
    '<li id="fn1">',
    "</li>",
    "<div>",
    "</div>",
    "<Figure>",
    "</Figure>",
    "<Chart\n  x={[1,\n\n2]}\n/>",
    "<Sidenote>",
    "</Sidenote>",
    "{% include x %}",
    "{% comment %}",
    "{% endcomment %}",
    "{{< fig >}}",
    "{:.c}",
    "&amp;",
    "\u00a0",
    "\u00ad",
    "\u200b",
    "---\n",
    "+++\n",
    "title: x\n",
    "date: 07-12-2022\n",
    "`",
    "*",
    "_",
    "~~",
    "<!--",
    "-->",
    "<br>",
    "\\",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
def test_real_site_syntax_never_raises_and_maps_into_the_file(text):
    doc = md(text)
    for block in doc.iter_blocks():
        for i, ch in enumerate(block.text):
            off = block.source_map.to_file(i)
            assert 0 <= off <= len(text)
            if ch.isalnum():
                assert text[off] == ch
    for note in doc.iter_footnotes():
        for i, ch in enumerate(note.text):
            off = note.source_map.to_file(i)
            if ch.isalnum():
                assert text[off] == ch
    for ref in doc.iter_refs():
        line = text.split("\n")[ref.location.line - 1]
        assert line[ref.location.column - 1 :].startswith(("[^", "^[", "<"))


def test_indentation_of_html_and_mdx_lines_is_not_kept_in_the_text():
    got = kinds(
        "<div>\n  Costs fell\n    by half\n  in 2023.\n</div>\n\n<FigureCaption>\n  A map{' '}\n  of sites.\n</FigureCaption>\n"
    )
    assert got == [(K.paragraph, "Costs fell by half in 2023."), (K.caption, "A map of sites.")]


@pytest.mark.parametrize(
    "quote",
    [
        "> The levy did what it was meant to do.",
        "<blockquote>The levy did what it was meant to do.</blockquote>",
        '<blockquote class="pull">\n<p>The levy did what it was meant to do.</p>\n</blockquote>',
    ],
)
def test_a_block_quotation_in_markdown_or_raw_html_is_quoted(quote):
    """A raw HTML block quotation is a block quotation, as a "> " one is (QT001 compares
    it with the speaker's words in the text)."""
    blocks = list(md(f"The minister said so.\n\n{quote}\n\nThen the vote.\n").iter_blocks())
    assert [(b.text, b.quoted) for b in blocks] == [
        ("The minister said so.", False),
        ("The levy did what it was meant to do.", True),
        ("Then the vote.", False),
    ]


def test_an_html_block_of_several_elements_is_one_paragraph_each():
    """A raw HTML block holding a summary line, a comment's label and its text is three
    paragraphs, each at its own line; a part inside a block that opens with <blockquote> is
    quoted; a single element stays one paragraph."""
    text = (
        "<details><summary><p>3 field reports attached.</p></summary>\n"
        '<div class="c">\n'
        '<a href="https://example.org/r/1">Report by @IlseVos filed on 2025-11-01:</a>\n'
        "<div>The east dyke held through the storm.</div>\n"
        "</div></details>\n"
    )
    doc = md(text)
    assert [(b.kind, b.text, b.location.line) for b in doc.iter_blocks()] == [
        (K.paragraph, "3 field reports attached.", 1),
        (K.paragraph, "Report by @IlseVos filed on 2025-11-01:", 3),
        (K.paragraph, "The east dyke held through the storm.", 4),
    ]
    quoted = md("<blockquote>\n<p>The dyke held.</p>\n<p>It was close.</p>\n</blockquote>\n")
    assert [(b.text, b.quoted) for b in quoted.iter_blocks()] == [("The dyke held.", True), ("It was close.", True)]
    assert [b.text for b in md('<div class="note">The dyke held, <em>just</em>.</div>\n').iter_blocks()] == [
        "The dyke held, just."
    ]
