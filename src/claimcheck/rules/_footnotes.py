"""Shared look-ups for the footnote rules."""

from __future__ import annotations

from typing import Iterator

from claimcheck.document import Article, Document, Footnote, FootnoteRef


def bodies_by_label(article: Article) -> dict[str, list[Footnote]]:
    out: dict[str, list[Footnote]] = {}
    for note in article.footnotes:
        out.setdefault(note.label, []).append(note)
    return out


def refs_by_label(article: Article) -> dict[str, list[FootnoteRef]]:
    out: dict[str, list[FootnoteRef]] = {}
    for ref in article.refs:
        out.setdefault(ref.label, []).append(ref)
    return out


def where(article: Article, total: int) -> str:
    """' in article 2 ('Title')' when the document has several articles, else ''."""
    return f" in {article.label}" if total > 1 else ""


def each_article(document: Document) -> Iterator[tuple[Article, str]]:
    """Each article (the footnote rules check one at a time: each numbers its own notes),
    with how a message names it (:func:`where`)."""
    articles = document.articles
    for article in articles:
        yield article, where(article, len(articles))
