"""Where a block stands in its document's structure: the sections that, by convention,
restate what the body says (a summary, key findings, an "at a glance" box, a conclusion).

A figure in such a section is expected to repeat one of the body's; NU003 holds it to the
one body figure it can only be (:mod:`claimcheck.rules.nu003_same_quantity_different_values`).
"""

from __future__ import annotations

from claimcheck import lazyre as re

from typing import Any, Sequence

from claimcheck.document import Block, BlockKind, Document
from claimcheck.extract.text import of_document

__all__ = ["caption_figures", "is_caption", "summary_blocks", "summary_positions"]

#: headings (or a short lead-in ending with a colon) of the sections that restate the body
_RESTATING = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:"
    r"(?:executive\s+)?summary(?:\s+and\s+conclusions?)?|abstract|"
    r"(?:key|main|headline)\s+(?:findings|points|facts|messages|figures|numbers|takeaways|results)|"
    r"at\s+a\s+glance|in\s+brief|in\s+short|in\s+numbers|highlights|the\s+essentials|"
    # a fact box: "Facts", "Facts and figures", "Fact file", "By the numbers"
    r"(?:the\s+)?facts(?:\s+and\s+figures)?|fact\s*(?:file|sheet|box)|by\s+the\s+numbers|"
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


@of_document
def summary_blocks(document: Document) -> frozenset[tuple[int, int]]:
    """(article, block) of every prose block in a section that restates the body: under a
    heading such as "Summary", "Key findings", "At a glance" or "Conclusion" (until the next
    heading), or the list under a short lead-in such as "At a glance:" or a box's label
    in a paragraph of its own ("**Key findings**") (until the next
    paragraph or heading), a caption written as a paragraph ("Table 1: ..."), and the blocks
    that stand where such a section stands whatever it is called
    (:func:`summary_positions`). Read once per document (NU003 and AC004 both ask)."""
    out: set[tuple[int, int]] = set()
    for article in document.articles:
        under = lead = False
        for i, block in enumerate(article.blocks):
            kind = block.kind
            text = block.text.strip()
            if kind in (BlockKind.heading, BlockKind.title):
                under, lead = bool(_RESTATING.match(text)), False
                continue
            if kind == BlockKind.paragraph and len(text) <= 40 and _RESTATING.match(text):
                lead = True  # "At a glance:", or a box's label in bold ("**Key findings**") over its list
                continue
            if kind == BlockKind.paragraph and is_caption(text):
                out.add((article.index, i))
                continue
            if kind == BlockKind.paragraph and _LABELLED.match(text):
                # a box's heading a text reader ran into its first paragraph ("In brief From
                # January, importers ...")
                out.add((article.index, i))
                continue
            if lead and kind != BlockKind.list_item:
                lead = False
            if (under or lead) and kind in (BlockKind.paragraph, BlockKind.list_item):
                out.add((article.index, i))
    return frozenset(out | summary_positions(document))


#: a restating heading run into the paragraph it heads, the paragraph's own words starting
#: with a capital after it ("At a glance Nearly 42 million ...")
_LABELLED = re.compile(
    r"^(?:(?:executive\s+)?summary|abstract|(?:key|main|headline)\s+(?:findings|points|facts|messages)|"
    r"at\s+a\s+glance|in\s+brief|in\s+short|highlights|conclusions?)\s+(?=[A-Z])",
    re.IGNORECASE,
)

_PROSE = (BlockKind.paragraph, BlockKind.list_item)

#: a block of a box is short: a bullet, a label and its figure, a standfirst's sentence or two
_SHORT = 400
#: a section of the body has a paragraph at least this long
_BODY_PARAGRAPH = 150
#: at most this many blocks make a box or a closing section
_FEW = 8

#: a figure's digits as written, three or more of them, that is not a year ("1,512",
#: "38.2", "142")
_FIGURE = re.compile(
    r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|(?<![\d.,])\d+\.\d+(?![\d])|(?<![\d.,])\d{3,}(?![\d,.])"
)


def _figures(text: str) -> set[str]:
    return {
        f
        for f in _FIGURE.findall(text)
        if not re.fullmatch(r"(?:1[89]|20)\d\d", f) and len(f.replace(",", "").replace(".", "")) >= 3
    }


def _figures_of(blocks: Sequence[Block], i: int, known: dict[int, set[str]]) -> set[str]:
    """:func:`_figures` of ``blocks[i]``, read once (``known``: the article's so far)."""
    got = known.get(i)
    if got is None:
        got = known[i] = _figures(blocks[i].text)
    return got


def summary_positions(document: Document) -> frozenset[tuple[int, int]]:
    """(article, block) of the blocks that stand where a summary stands, by the document's
    structure and whatever their heading says (or without one):

    - before the body: the short blocks (bullets, a standfirst, a label and its figure)
      ahead of the first section that has a body paragraph, when another section follows
      that one;
    - after it: the closing section (under the last of three or more headings), when it is
      a few blocks long (at most eight: "Conclusions and recommendations", a closing
      paragraph and its list);
    - a box: a section of nothing but short list items (or the list after a short lead-in
      ending with a colon), when one of its figures, as written, recurs in the rest of the
      article.

    A summary repeats the body's figures, so a box must show it; a front or closing
    section stands where a summary stands, and NU003 still holds its figures only to the one
    body figure they can be."""
    out: set[tuple[int, int]] = set()
    for article in document.articles:
        blocks = article.blocks
        heads = [i for i, b in enumerate(blocks) if b.kind == BlockKind.heading]
        if len(heads) < 3:
            continue
        # sections: (heading index or -1, prose block indices)
        sections: list[tuple[int, list[int]]] = []
        current: tuple[int, list[int]] = (-1, [])
        for i, b in enumerate(blocks):
            if b.kind in (BlockKind.heading, BlockKind.title):
                if current[1] or current[0] >= 0:
                    sections.append(current)
                current = (i, [])
            elif b.kind in _PROSE:
                current[1].append(i)
        sections.append(current)
        # before the body
        body = next(
            (
                k
                for k, (h, idx) in enumerate(sections)
                if h >= 0 and any(len(blocks[i].text) >= _BODY_PARAGRAPH for i in idx)
            ),
            None,
        )
        if body is not None and sum(1 for h, _ in sections[body:] if h >= 0) >= 2:
            front = [i for _, idx in sections[:body] for i in idx]
            if front and len(front) <= _FEW and all(len(blocks[i].text) <= _SHORT for i in front):
                out.update((article.index, i) for i in front)
        # after it
        last_h, last = sections[-1]
        if last_h == heads[-1] and 0 < len(last) <= _FEW and (body is None or len(sections) - 1 > body):
            out.update((article.index, i) for i in last)
        # a box of short bullets whose figures recur elsewhere (each block's figures read
        # once per article, not once per box)
        figures: dict[int, set[str]] = {}
        for _, idx in sections:
            items = [i for i in idx if blocks[i].kind == BlockKind.list_item]
            if not items or len(items) > _FEW or any(len(blocks[i].text) > _SHORT for i in items):
                continue
            lead = [i for i in idx if blocks[i].kind == BlockKind.paragraph]
            if lead and not (len(lead) == 1 and lead[0] < items[0] and blocks[lead[0]].text.rstrip().endswith(":")):
                continue
            inside = set(items)
            own = set().union(*(_figures_of(blocks, i, figures) for i in items))
            if own and any(
                not own.isdisjoint(_figures_of(blocks, i, figures))
                for i, b in enumerate(blocks)
                if i not in inside and b.kind in _PROSE
            ):
                out.update((article.index, i) for i in items)
    return frozenset(out)


def caption_figures(document: Document) -> list[Any]:
    """The counts, quantities and amounts of money of the document's table and figure
    captions (blocks a reader classed as captions, which claim extraction leaves out as
    no prose): a caption restates the body's figure of what its table shows ("Subsidy by
    route group, 2023-24 (all 28 routes)"), so a check of restated figures reads them. In
    reading order; none when the document has no caption with a digit."""
    from claimcheck.extract.text import TextUnit

    units = [
        TextUnit(doc=document, article=article.index, text=block.text, owner=block, block=i)
        for article in document.articles
        for i, block in enumerate(article.blocks)
        if block.kind == BlockKind.caption and _DIGIT.search(block.text)
    ]
    if not units:
        return []
    from claimcheck.extract.numeric import extract_counts, extract_money, extract_quantities

    return [*extract_counts(units), *extract_quantities(units), *extract_money(units)]


def table_cell_figures(document: Document) -> list[list[tuple[Any, str]]]:
    """The figures of the document's table cells whose column header gives their unit
    (:func:`claimcheck.extract.numeric.table_figures`), each with its row's label, one list
    a table (a run of table blocks, a row each or a cell each). Like a caption's, a table's
    figures are no claims of their own; a check of restated figures reads them."""
    from claimcheck.extract.text import TextUnit

    found: list[list[tuple[Any, str]]] = []
    for article in document.articles:
        runs: list[list[int]] = []
        for i, block in enumerate(article.blocks):
            if block.kind is BlockKind.table:
                if runs and runs[-1][-1] == i - 1:
                    runs[-1].append(i)
                else:
                    runs.append([i])
        for run in runs:
            if len(run) < 2 or not any(_DIGIT.search(article.blocks[i].text) for i in run[1:]):
                continue
            from claimcheck.extract.numeric import table_cells, table_figures  # loads only when a table is there

            units = [
                TextUnit(
                    doc=document, article=article.index, text=article.blocks[i].text, owner=article.blocks[i], block=i
                )
                for i in run
            ]
            figures = list(table_figures(table_cells(units)))
            if figures:
                found.append(figures)
    return found


_DIGIT = re.compile(r"\d")
