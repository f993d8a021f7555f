"""QT001 reads each prose block's words once for its block quotations (``_block_words``)
instead of joining the rest of the article again for each: the words must be those of
the joined text, and a parenthesis or bracket left open in a block (a gloss or an
editorial insertion that may run into the next block) must fall back to the join. Our
own sentences."""

from __future__ import annotations

from pathlib import Path

from claimcheck.ingest import load_document
from claimcheck.rules.qt001_quotation_worded_differently import _block_words, _words

ARTICLE = """\
The harbour board met on Tuesday (its third meeting this year) and heard the engineers.

> "We will dredge the eastern channel before the autumn storms," the chief engineer said.

Ｆｕｌｌ-width letters, a [sic] note and a gloss (港口 gang kou) stay within their paragraph.

- a list item about the co-operative's well-known pier
- another item: the Straße by the quay
"""


def _blocks(markdown: str):  # type: ignore[no-untyped-def]
    return load_document(Path("harbour.md"), data=markdown.encode()).articles[0].blocks


def _joined_without(blocks, n):  # type: ignore[no-untyped-def]
    return _words(" ".join(b.text for k, b in enumerate(blocks) if b.is_prose and k != n))


def test_words_block_by_block_are_the_joined_words() -> None:
    blocks = _blocks(ARTICLE)
    by_block = _block_words(blocks)
    assert by_block is not None
    prose = [k for k, b in enumerate(blocks) if b.is_prose]
    assert [k for k, _ in by_block] == prose
    for n in prose:
        assert [w for k, words in by_block if k != n for w in words] == _joined_without(blocks, n)


def test_a_bracket_left_open_falls_back_to_the_join() -> None:
    for opened in (
        "The survey (which the board paid for\n\nran until March) found silt.",
        "The engineer [speaking for the board\n\nafter the vote] agreed.",
    ):
        assert _block_words(_blocks(opened)) is None
    # why: joined, the insertion runs over both blocks and is taken out of both
    blocks = _blocks("The engineer [speaking for the board\n\nafter the vote] agreed.")
    one_by_one = [w for b in blocks if b.is_prose for w in _words(b.text)]
    assert "vote" in one_by_one and "vote" not in _joined_without(blocks, -1)
