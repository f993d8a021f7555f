"""Build normalised text while remembering where every character came from."""

from __future__ import annotations

import bisect

from claimcheck.document import SourceMap


class TextBuilder:
    """Append pieces of file text (or synthetic text) and keep a :class:`SourceMap`.

    ``add(text, file_offset)`` appends text that was read at ``file_offset``;
    ``add_synthetic(text, file_offset)`` appends text that stands for something at
    ``file_offset`` (a space that replaces a line break, a decoded entity).
    """

    __slots__ = ("_parts", "_anchors", "_length", "_next_file")

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._anchors: list[tuple[int, int]] = []
        self._length = 0
        self._next_file: int | None = None

    def __len__(self) -> int:
        return self._length

    def add(self, text: str, file_offset: int) -> None:
        if not text:
            return
        if self._next_file != file_offset:
            self._anchors.append((self._length, file_offset))
        self._parts.append(text)
        self._length += len(text)
        self._next_file = file_offset + len(text)

    def add_synthetic(self, text: str, file_offset: int) -> None:
        """Text with no run in the file: every character maps to ``file_offset``."""
        for ch in text:
            self._anchors.append((self._length, file_offset))
            self._parts.append(ch)
            self._length += 1
        self._next_file = None

    def endswith(self, suffix: str) -> bool:
        if not self._parts:
            return False
        tail = "".join(self._parts[-3:])
        return tail.endswith(suffix)

    def last_char(self) -> str:
        for part in reversed(self._parts):
            if part:
                return part[-1]
        return ""

    def rstrip(self) -> None:
        """Drop trailing white space (anchors stay valid: they only point backwards)."""
        while self._parts:
            last = self._parts[-1]
            stripped = last.rstrip()
            removed = len(last) - len(stripped)
            if not removed:
                break
            self._length -= removed
            if stripped:
                self._parts[-1] = stripped
            else:
                self._parts.pop()
            self._next_file = None
        while self._anchors and self._anchors[-1][0] >= self._length and self._length > 0:
            self._anchors.pop()

    def text(self) -> str:
        return "".join(self._parts)

    def source_map(self) -> SourceMap:
        return SourceMap(anchors=tuple(self._anchors))


def cut_spans(text: str, smap: SourceMap, spans: list[tuple[int, int]]) -> tuple[str, SourceMap, list[int]]:
    """Remove ``spans`` (sorted, non-overlapping ``(start, end)``) from ``text``.

    Returns the new text, a source map for it, and where each span now sits (the offset
    of the text that followed it), so a removed footnote number keeps a place.
    """
    if not spans:
        return text, smap, []
    builder = TextBuilder()
    places = []
    pos = 0
    for start, end in spans:
        _copy(builder, text, smap, pos, start)
        places.append(len(builder))
        pos = end
    _copy(builder, text, smap, pos, len(text))
    return builder.text(), builder.source_map(), places


def _copy(builder: TextBuilder, text: str, smap: SourceMap, start: int, end: int) -> None:
    """Copy ``text[start:end]`` keeping each character's file offset (run by run)."""
    if start >= end:
        return
    anchors = smap.anchors
    if not anchors:
        builder.add(text[start:end], start)
        return
    i = max(bisect.bisect_right(anchors, (start, float("inf"))) - 1, 0)
    pos = start
    while pos < end:
        norm, orig = anchors[i]
        run_end = anchors[i + 1][0] if i + 1 < len(anchors) else end
        stop = min(run_end, end)
        if stop > pos:
            builder.add(text[pos:stop], orig + (pos - norm))
            pos = stop
        i += 1
        if i >= len(anchors):
            if pos < end:
                norm, orig = anchors[-1]
                builder.add(text[pos:end], orig + (pos - norm))
            break
