"""Output for ``claimcheck show``: how a draft was read."""

from __future__ import annotations

import json
from typing import Iterable

from claimcheck.document import Block, Document


def _kinds(blocks: Iterable[Block]) -> str:
    counts: dict[str, int] = {}
    for b in blocks:
        counts[b.kind.value] = counts.get(b.kind.value, 0) + 1
    return ", ".join(f"{n} {k}" for k, n in counts.items()) or "none"


def render_document(doc: Document, fmt: str, *, blocks: bool = False) -> str:
    if fmt == "json":
        from claimcheck.report.claims import one_based

        data = doc.model_dump(
            mode="json",
            exclude={
                "articles": {
                    "__all__": {"blocks": {"__all__": {"source_map"}}, "footnotes": {"__all__": {"source_map"}}}
                }
            },
        )
        for art in data.get("articles", []):
            art["index"] += 1  # articles counted from 1, as the text says "article 1"
        return json.dumps(one_based(data), ensure_ascii=False, indent=2) + "\n"
    out = [f"{doc.path} ({doc.format})"]
    meta = doc.metadata
    if meta.title or meta.publication_date:
        out.append(f"  title: {meta.title or '-'}; published: {meta.publication_date or '-'}")
    for a in doc.articles:
        out.append(f"article {a.index + 1}: {a.title or '(untitled)'} at {a.location.line}:{a.location.column}")
        out.append(f"  {len(a.blocks)} blocks, {len(a.refs)} references, {len(a.footnotes)} footnotes")
        out.append(f"  block classes: {_kinds(a.blocks)}")
        if blocks:
            for b in a.blocks:
                text = b.text if len(b.text) <= 70 else b.text[:67] + "..."
                out.append(f"    {b.location.line}:{b.location.column} {b.kind.value:<12} {text}")
        refs = " ".join(r.label for r in a.refs)
        out.append(f"  references: {refs or '-'}")
        for note in a.footnotes:
            urls = f"  <{' '.join(note.urls)}>" if note.urls else ""
            text = note.text if len(note.text) <= 90 else note.text[:87] + "..."
            out.append(f"  [{note.label}] {note.location.line}:{note.location.column} {text}{urls}")
    return "\n".join(out) + "\n"
