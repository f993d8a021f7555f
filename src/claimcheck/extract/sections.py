"""Where a block stands in its document's structure: the sections that, by convention,
restate what the body says (a summary, key findings, an "at a glance" box, a conclusion).

A figure in such a section is expected to repeat one of the body's; NU003 holds it to the
one body figure it can only be (:mod:`claimcheck.rules.nu003_same_quantity_different_values`).
"""

from __future__ import annotations

from claimcheck import lazyre as re

from claimcheck.document import BlockKind, Document

__all__ = ["is_caption", "summary_blocks"]

#: headings (or a short lead-in ending with a colon) of the sections that restate the body
_RESTATING = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:"
    r"(?:executive\s+)?summary(?:\s+and\s+conclusions?)?|abstract|"
    r"(?:key|main|headline)\s+(?:findings|points|facts|messages|figures|numbers|takeaways|results)|"
    r"at\s+a\s+glance|in\s+brief|in\s+short|in\s+numbers|highlights|the\s+essentials|"
    r"conclusions?|concluding\s+remarks"
    r")\W*$",
    re.IGNORECASE,
)


#: a table's or a figure's caption written as a paragraph ("Table 1: Dredging by reach,
#: 2024 (total 2.6 million m³)"): it restates the body's figure of what the table shows
_CAPTION = re.compile(
    r"^\W*(?:table|figure|fig\.|chart|graph|exhibit|box)\s+[A-Z]?\d+[a-z]?(?:\.\d+)?\s*[:.—–-]\s", re.IGNORECASE
)


def is_caption(text: str) -> bool:
    """Is ``text`` (a block, or a sentence of one) a table's or a figure's caption written as
    prose ("Table 1: Dredging by reach, 2024 (total 2.6 million m³)")? A text reader may
    keep it inside the paragraph around it."""
    return len(text) <= 200 and bool(_CAPTION.match(text))


def summary_blocks(document: Document) -> frozenset[tuple[int, int]]:
    """(article, block) of every prose block in a section that restates the body: under a
    heading such as "Summary", "Key findings", "At a glance" or "Conclusion" (until the next
    heading), or the list under a short lead-in such as "At a glance:" (until the next
    paragraph or heading), and a caption written as a paragraph ("Table 1: ...")."""
    out: set[tuple[int, int]] = set()
    for article in document.articles:
        under = lead = False
        for i, block in enumerate(article.blocks):
            kind = block.kind
            text = block.text.strip()
            if kind in (BlockKind.heading, BlockKind.title):
                under, lead = bool(_RESTATING.match(text)), False
                continue
            if kind == BlockKind.paragraph and len(text) <= 40 and text.endswith(":") and _RESTATING.match(text[:-1]):
                lead = True
                continue
            if kind == BlockKind.paragraph and is_caption(text):
                out.add((article.index, i))
                continue
            if lead and kind != BlockKind.list_item:
                lead = False
            if (under or lead) and kind in (BlockKind.paragraph, BlockKind.list_item):
                out.add((article.index, i))
    return frozenset(out)
