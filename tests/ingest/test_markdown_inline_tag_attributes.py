"""Inline HTML in Markdown whose quoted attribute values hold "<" or ">": a site
generator's shortcode in a link target, a comparison in a title or a script attribute. The
whole tag is markup and only the element's text is read. Sentences written for these tests."""

from __future__ import annotations

import pytest

from claimcheck.document import Source
from claimcheck.ingest.markdown import read_markdown


def _text(body: str) -> str:
    doc = read_markdown(Source("d.md", "# A\n\n" + body + "\n"))
    return " ".join(b.text for b in doc.articles[0].blocks[1:])


@pytest.mark.parametrize(
    "body",
    [
        'The team used the <a href="{{< ref "/guides/ports/_index.md" >}}" target="_blank">Port Data Service</a> (PDS) daily.',
        "The team used the <a href='{{< relref \"ports.md\" >}}'>Port Data Service</a> (PDS) daily.",
        'The team used the <span title="capacity > 90%">Port Data Service</span> (PDS) daily.',
        'The team used the <button onclick="if (a < b) open()">Port Data Service</button> (PDS) daily.',
    ],
)
def test_a_tag_with_angle_brackets_in_a_quoted_value_is_dropped_whole(body):
    assert _text(body) == "The team used the Port Data Service (PDS) daily."


@pytest.mark.parametrize(
    "body, text",
    [
        ("Queues grew when load < capacity and fell when load > capacity.", None),
        ('A <b>bold</b> word and "a quotation > another" stay.', 'A bold word and "a quotation > another" stay.'),
        ("It's <i>here</i>, said the 'quoted' clerk.", "It's here, said the 'quoted' clerk."),
    ],
)
def test_comparisons_and_quotations_in_prose_are_text(body, text):
    assert _text(body) == (text or body)
