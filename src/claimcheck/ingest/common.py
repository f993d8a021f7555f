"""Pieces every reader shares: URL finding, line joining, footnote-reference records."""

from __future__ import annotations

import re
import unicodedata

URL_RE = re.compile(r"https?://[^\s<>\"“”]+", re.IGNORECASE)
_URL_TRAIL = ".,;:"


def find_urls(text: str) -> list[tuple[int, int, str]]:
    """URLs in ``text`` as ``(start, end, url)``, without trailing sentence punctuation."""
    out = []
    for m in URL_RE.finditer(text):
        url = m.group(0)
        while url and (url[-1] in _URL_TRAIL or (url[-1] in ")]’'" and _unbalanced(url))):
            url = url[:-1]
        if len(url) > len("https://"):
            out.append((m.start(), m.start() + len(url), url))
    return out


def _unbalanced(url: str) -> bool:
    closer = url[-1]
    opener = {")": "(", "]": "["}.get(closer)
    if opener is None:
        return True
    return url.count(opener) < url.count(closer)


def is_cjk(ch: str) -> bool:
    if not ch:
        return False
    code = ord(ch)
    return (
        0x3000 <= code <= 0x303F  # CJK punctuation
        or 0x3400 <= code <= 0x4DBF
        or 0x4E00 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0xFF00 <= code <= 0xFFEF  # full-width forms
        or 0x20000 <= code <= 0x2FA1F
    )


def is_letter(ch: str) -> bool:
    return bool(ch) and unicodedata.category(ch).startswith("L")


_WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


_BROKEN_RE = re.compile(r"[^\W\d_]+-[ \t]*\n\s*[^\W\d_]*")


def vocabulary(text: str) -> dict[str, int]:
    """Counts of lower-cased words and hyphenated compounds written on one line.

    Used to decide whether a word broken across lines with a hyphen ("state-" / "owned")
    keeps the hyphen: the document's own spelling elsewhere decides. Words broken at a
    line end are left out: they are not evidence of anything.
    """
    from collections import Counter

    words = _WORD_RE.findall(_BROKEN_RE.sub(" ", text).lower())
    counts = Counter(words)
    for word in [w for w in counts if "-" in w]:
        for part in word.split("-"):
            counts[part] += counts[word]
    return counts


# A hyphen after one of these at a line break is a compound's hyphen, not hyphenation.
KEEP_HYPHEN_PREFIXES = frozenset(
    """self non anti well cross ex semi quasi half all dual state one two three four five six
    seven eight nine ten first second third high low long short top mid medium large small
    full world brand""".split()
)

_LINKING_WORDS = frozenset({"by", "to", "of", "the", "and", "in", "on", "for", "a"})
_LEFT_WORD = re.compile(r"([^\W\d_]+)-$")
_RIGHT_WORD = re.compile(r"^([^\W\d_]+)")


def keep_line_hyphen(left_text: str, right_text: str, vocab: dict[str, int]) -> bool | None:
    """For a line ending in ``word-`` followed by ``right_text``: keep the hyphen?

    Returns ``None`` when the line does not end in a hyphenated word fragment.
    """
    lm = _LEFT_WORD.search(left_text)
    if not lm:
        return None
    rm = _RIGHT_WORD.match(right_text)
    if not rm:
        return True  # "LM-" / "11": a digit or symbol follows, the hyphen is real
    left, right = lm.group(1), rm.group(1)
    if right[0].isupper():
        return True  # "SpaceX-" / "Starlink"
    if right.lower() in _LINKING_WORDS and right_text[len(right) : len(right) + 1] == "-":
        return True  # "side-" / "by-side", "face-" / "to-face"
    hyph = f"{left}-{right}".lower()
    joined = f"{left}{right}".lower()
    if vocab.get(hyph, 0) > vocab.get(joined, 0):
        return True
    if vocab.get(joined, 0):
        return False
    return left.lower() in KEEP_HYPHEN_PREFIXES


_TERMINAL_RE = re.compile(r"[.!?…:]['\"”’)\]]*(?:\s*\d{1,3}(?:\s*,\s*\d{1,3})*)?\s*$")


def ends_sentence(text: str) -> bool:
    """Does ``text`` end a sentence (allowing closing quotes and a footnote number)?"""
    return bool(_TERMINAL_RE.search(text))


_SUPPRESS = re.compile(
    r"<!--\s*claimcheck:\s*(?P<verb>ignore|disable|enable|file-ignore)"
    r"\[(?P<codes>[^\]]*)\]\s*-->"
)
_CODE_RE = re.compile(r"^[A-Z]{2}(?:\d{3})?$")


def parse_suppressions(source) -> list:
    """Inline ``<!-- claimcheck: ignore[FN001] -->`` comments (Markdown and HTML).

    ``ignore[..]`` covers the block (lines up to a blank line) that holds the comment, or,
    on a line of its own, the block after it; ``disable[..]`` … ``enable[..]`` a range of
    lines (to the end of the file without an ``enable``); ``file-ignore[..]`` the file.
    Codes are required: a rule code (``FN001``) or a family (``FN``).
    """
    from claimcheck.document import Suppression
    from claimcheck.errors import InputError

    text = source.text
    if "claimcheck:" not in text:
        return []
    out = []
    open_ranges: dict[str, tuple[int, object]] = {}
    total = source.line_count
    for m in _SUPPRESS.finditer(text):
        line, col = source.line_col(m.start())
        codes = tuple(c.strip().upper() for c in m.group("codes").split(",") if c.strip())
        bad = [c for c in codes if not _CODE_RE.match(c)]
        if not codes or bad:
            raise InputError(
                "suppression comment needs rule codes or families, e.g. ignore[FN001]",
                path=source.path,
                line=line,
                column=col,
                hint="write the codes to ignore between the brackets",
                code="E111",
                source_line=source.line_text(line),
            )
        verb = m.group("verb")
        loc = source.location(m.start())
        if verb == "file-ignore":
            out.append(Suppression(location=loc, codes=codes, scope="file", start_line=1, end_line=total))
        elif verb == "ignore":
            own_line = not source.line_text(line).replace(m.group(0), "").strip()
            first = line
            if own_line:
                first = line + 1
                while first <= total and not source.line_text(first).strip():
                    first += 1
            start = first
            while start > 1 and source.line_text(start - 1).strip() and not own_line:
                start -= 1
            end = first
            while end < total and source.line_text(end + 1).strip():
                end += 1
            out.append(Suppression(location=loc, codes=codes, scope="line", start_line=start, end_line=end))
        elif verb == "disable":
            for code in codes:
                open_ranges[code] = (line, loc)
        else:  # enable
            for code in codes:
                if code in open_ranges:
                    start, start_loc = open_ranges.pop(code)
                    out.append(
                        Suppression(location=start_loc, codes=(code,), scope="range", start_line=start, end_line=line)
                    )
    for code, (start, start_loc) in open_ranges.items():
        out.append(Suppression(location=start_loc, codes=(code,), scope="range", start_line=start, end_line=total))
    return out
