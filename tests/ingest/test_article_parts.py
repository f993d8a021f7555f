"""ingest.common.ArticleParts: the readers' one way of turning what they gathered per
article into the document's articles."""

from __future__ import annotations

from claimcheck.document import Block, BlockKind, Footnote, Source, SourceMap
from claimcheck.ingest.common import ArticleParts

TEXT = "---\ntitle: x\n---\nFirst line.\nSecond line.\n[1] A note.\n"


def _block(source: Source, offset: int, kind: BlockKind = BlockKind.paragraph) -> Block:
    return Block(
        kind=kind, text="t", source_map=SourceMap(anchors=((0, offset),)), article=0, location=source.location(offset)
    )


def _note(source: Source, offset: int) -> Footnote:
    return Footnote(
        number=1,
        label="1",
        text="A note.",
        article=1,
        source_map=SourceMap(anchors=((0, offset),)),
        location=source.location(offset),
    )


def test_an_article_starts_at_its_first_block_after_front_matter() -> None:
    source = Source("d.md", TEXT)
    parts = ArticleParts(1)
    parts.blocks[0] += [_block(source, 0, BlockKind.front_matter), _block(source, TEXT.index("First"))]
    parts.titles[0] = "The title"
    (article,) = parts.articles(source)
    assert article.location.line == 4
    assert article.title == "The title"
    assert len(article.blocks) == 2


def test_an_article_without_blocks_starts_at_its_note_only_when_asked() -> None:
    source = Source("d.txt", TEXT)
    parts = ArticleParts(2)
    parts.blocks[0].append(_block(source, TEXT.index("First")))
    parts.notes[1].append(_note(source, TEXT.index("[1]")))
    assert parts.articles(source)[1].location.line == 1  # the file's start
    located = parts.articles(source, located_by_notes=True)
    assert located[1].location.line == 6
    assert [a.index for a in located] == [0, 1]
    assert located[1].footnotes[0].text == "A note."
