"""Inline suppressions: ``<!-- claimcheck: ignore[FN001] -->`` comments read from a draft,
and the findings they cover.

The readers record a draft's comments (:func:`parse_suppressions`, on
:attr:`claimcheck.document.Document.suppressions`); the pipeline applies them to the
findings of a document (:func:`apply_suppressions`); CC001
(:class:`claimcheck.rules.cc001_unused_suppression.UnusedSuppression`) reports the ones
that covered nothing.
"""

from __future__ import annotations

from claimcheck import lazyre as re
from typing import TYPE_CHECKING, Iterable

from claimcheck.document import Document, Location, Source, Suppression
from claimcheck.errors import InputError
from claimcheck.findings.selectors import matches

if TYPE_CHECKING:  # the findings' models are built by a run that checks: reading a draft needs none
    from claimcheck.findings.model import Finding

__all__ = ["apply_suppressions", "parse_suppressions"]

_SUPPRESS = re.compile(
    r"<!--\s*claimcheck:\s*(?P<verb>ignore|disable|enable|file-ignore)"
    r"\[(?P<codes>[^\]]*)\]\s*-->"
)
_CODE_RE = re.compile(r"^[A-Z]{2}(?:\d{3})?$")


def parse_suppressions(source: Source) -> list[Suppression]:
    """Inline ``<!-- claimcheck: ignore[FN001] -->`` comments (Markdown and HTML).

    ``ignore[..]`` covers the block (lines up to a blank line) that holds the comment, or,
    on a line of its own, the block after it; ``disable[..]`` … ``enable[..]`` a range of
    lines (to the end of the file without an ``enable``); ``file-ignore[..]`` the file.
    Codes are required: a rule code (``FN001``) or a family (``FN``).
    """
    text = source.text
    if "claimcheck:" not in text:
        return []
    out: list[Suppression] = []
    open_ranges: dict[str, tuple[int, Location, Location]] = {}
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
        end = source.location(m.end())  # the comment's end
        if verb == "file-ignore":
            out.append(
                Suppression(location=loc, codes=codes, scope="file", start_line=1, end_line=total).ending_at(end)
            )
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
            last = first
            while last < total and source.line_text(last + 1).strip():
                last += 1
            out.append(
                Suppression(location=loc, codes=codes, scope="line", start_line=start, end_line=last).ending_at(end)
            )
        elif verb == "disable":
            for code in codes:
                open_ranges[code] = (line, loc, end)
        else:  # enable
            for code in codes:
                if code in open_ranges:
                    start, start_loc, start_end = open_ranges.pop(code)
                    out.append(
                        Suppression(
                            location=start_loc, codes=(code,), scope="range", start_line=start, end_line=line
                        ).ending_at(start_end)
                    )
    for code, (start, start_loc, start_end) in open_ranges.items():
        out.append(
            Suppression(location=start_loc, codes=(code,), scope="range", start_line=start, end_line=total).ending_at(
                start_end
            )
        )
    return out


def apply_suppressions(doc: Document, findings: Iterable[Finding]) -> tuple[list[Finding], list[Finding], set[int]]:
    kept: list[Finding] = []
    suppressed: list[Finding] = []
    used: set[int] = set()
    sups = doc.suppressions
    for f in findings:
        hit = None
        for i, s in enumerate(sups):
            if s.start_line <= f.location.line <= s.end_line and any(matches(code, f.rule, f.name) for code in s.codes):
                hit = i
                break
        if hit is None:
            kept.append(f)
        else:
            used.add(hit)
            suppressed.append(f)
    return kept, suppressed, used
