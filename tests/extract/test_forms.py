"""Form lines: short blocks written three times or more with only figures, dates or handles
changed (extract/forms.py)."""

from __future__ import annotations

from claimcheck.document import Source
from claimcheck.extract.forms import form_lines
from claimcheck.ingest.markdown import read_markdown


def _lines(text: str) -> dict[int, str]:
    doc = read_markdown(Source("draft.md", text))
    return {block: form for (_, block), form in form_lines(doc).items()}


def test_a_line_written_for_each_item_is_a_form():
    text = (
        "Queue at 7:30 pm: 41,200 visitors.\n\nThe gates opened late.\n\n"
        "Queue at 8:15 pm: 58,900 visitors.\n\nQueue at 9:05 pm: 66,300 visitors.\n"
    )
    lines = _lines(text)
    assert sorted(lines) == [0, 2, 3]
    assert len(set(lines.values())) == 1


def test_handles_and_dates_vary_a_form_but_words_do_not():
    text = (
        "Comment by @IlseVos posted on 2025-03-14:\n\n"
        "Comment by @TomasRuiz posted on 2025-04-09:\n\n"
        "Comment by @IlseVos posted on 2025-04-21:\n\n"
        "Reply by @IlseVos posted on 2025-04-22:\n"
    )
    assert sorted(_lines(text)) == [0, 1, 2]


def test_twice_is_no_form_nor_is_a_long_paragraph():
    twice = "The fleet had 296 ships in 2024.\n\nThe fleet had 269 ships in 2024.\n"
    assert _lines(twice) == {}
    long = ("The register counted 11,700 pharmacies, " + "and the board checks each entry " * 6 + "again.\n\n") * 3
    assert _lines(long) == {}
