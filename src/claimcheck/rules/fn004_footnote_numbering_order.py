from __future__ import annotations

import bisect

from typing import Iterable

from claimcheck.document import Article, Footnote
from claimcheck.findings.model import Finding, Severity
from claimcheck.rules._footnotes import each_article
from claimcheck.rules.base import CheckContext, Rule

#: a first reference at least this high, matching the first note, continues earlier numbering
CONTINUED_FROM = 10


class FootnoteNumberingOrder(Rule):
    """Footnote numbers skip or go backwards in the order the text first uses them.

    In-text references should first appear as 1, 2, 3, … and the notes should be listed
    in that order. One reference cited ahead of its turn, the numbers it jumps over
    following in order ("1, 2, 3, 4, 13, 5, 6, …"), is reported once, at itself. Citing an earlier note again is fine; numbering that restarts at 1 in
    a new article is correct, and so is numbering that runs on through the whole issue
    (as pandoc numbers notes), and so is a chapter of a book that numbers notes through
    the book: its first reference is 10 or more and its notes list starts there too. A
    skipped number is reported only when it is never used, neither by a reference nor by
    a note (a note the text never cites is FN003's finding, at the note); the note numbered
    after the gap, where the notes list skips too, is named beside the reference. In Markdown, where renderers
    number notes by first use, labels whose definitions follow the order of first use are
    names, not printed numbers (``[^2]`` used and defined first prints as note 1).

    ## Why is this bad?
    Out-of-order numbers are the trace of notes moved, added or deleted in editing; the
    text and the notes may no longer match even where every number has a note.

    ## Example
    ```markdown
    Costs fell.[^1] Demand rose.[^3] Prices held.[^2]

    [^1]: Source one, 2024.
    [^2]: Source two, 2024.
    [^3]: Source three, 2024.
    ```

    Use instead:
    ```markdown
    Costs fell.[^1] Demand rose.[^2] Prices held.[^3]

    [^1]: Source one, 2024.
    [^2]: Source two, 2024.
    [^3]: Source three, 2024.
    ```
    """

    code = "FN004"
    name = "footnote-numbering-order"
    severity = Severity.warning

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        previous_top = 0
        for article, here in each_article(ctx.document):
            if ctx.document.format == "markdown" and _labels_are_names(article):
                continue
            used = {r.number for r in article.refs if r.number is not None}
            highest = _continued_from(article, previous_top)
            previous_top = max(used, default=previous_top)
            # a number skipped in the text whose note is there is a note never referenced:
            # FN003 reports it at the note, once
            noted = {n.number for n in article.footnotes if n.number is not None}
            yield from self._references(article, here, used | noted, highest)
            # the notes themselves should be listed in order
            yield from self._notes(ctx, article, here)

    def _references(self, article: Article, here: str, used: set[int], highest: int) -> Iterable[Finding]:
        """References first used out of order, or after numbers never used."""
        ordered = sorted(used)
        seen: set[int] = set()
        prev_loc = None
        firsts = list(dict.fromkeys(r.number for r in article.refs if r.number is not None))
        after = dict(zip(firsts, firsts[1:]))
        for ref in article.refs:
            n = ref.number
            if n is None or n in seen:
                continue
            seen.add(n)
            if n > highest + 2 and after.get(n) == highest + 1:
                # one reference cited ahead of its turn ("1 2 3 4 13 5 6 …"): the numbers it
                # jumps over follow in order, so it is the one out of place, reported once
                yield self.finding(
                    ref,
                    f"reference {n} comes before reference {highest + 1}{here}",
                    related=[(prev_loc, f"reference {highest} here")] if prev_loc else [],
                    help="renumber the references in the order they appear",
                    subject=f"reference {n} before {highest + 1} article {article.index}",
                )
                continue
            if n < highest:
                yield self.finding(
                    ref,
                    f"reference {n} comes after reference {highest}{here}",
                    related=[(prev_loc, f"reference {highest} here")] if prev_loc else [],
                    help="renumber the references in the order they appear",
                    subject=f"reference {n} after {highest} article {article.index}",
                )
                continue
            gap = _gap(highest, n, used, ordered)
            if gap:
                what = f"skip from {highest} to {n}" if highest else f"start at {n}"
                related = [(prev_loc, f"reference {highest} here")] if prev_loc else []
                # the note numbered after the gap, where the notes list skips too
                note = next((x for x in article.footnotes if x.number == n), None)
                if note is not None:
                    related.append((note.location, f"footnote {n} here"))
                yield self.finding(
                    ref,
                    f"reference numbers {what}{here}: {gap} never used",
                    related=related,
                    help="renumber the references, or add the missing ones",
                    subject=f"skip {highest} {n} article {article.index}",
                )
            highest = n
            prev_loc = ref.location

    def _notes(self, ctx: CheckContext, article: Article, here: str) -> Iterable[Finding]:
        """Notes listed out of numerical order."""
        last: Footnote | None = None
        for note in article.footnotes:
            if note.number is None:
                continue
            if last is not None and last.number is not None and note.number < last.number:
                yield self.finding(
                    ctx.document.note_span(note),
                    f"footnote {note.number} is listed after footnote {last.number}{here}",
                    related=[(last.location, f"footnote {last.number} here")],
                    help="list the notes in numerical order",
                    subject=f"note {note.number} after {last.number} article {article.index}",
                )
            last = note


def _continued_from(article: Article, previous_top: int) -> int:
    """The number the article's references may continue from: the previous article's last
    when its first reference is the next one; a book chapter's first reference less one."""
    first = next((r.number for r in article.refs if r.number is not None), None)
    # numbering that runs on from the previous article is not a skip
    highest = previous_top if first is not None and previous_top and first == previous_top + 1 else 0
    # a chapter of a book that numbers its notes through the book starts well above
    # 1 (CONTINUED_FROM or more), and its own notes list starts at the same number:
    # a continuation, not a skip. A draft starting at 2 or 3 has lost its first notes.
    lowest_note = min((n.number for n in article.footnotes if n.number is not None), default=None)
    if not highest and first is not None and first >= CONTINUED_FROM and lowest_note == first:
        highest = first - 1
    return highest


def _labels_are_names(article: Article) -> bool:
    """Markdown renderers (pandoc, kramdown, Hugo, Zola, GitHub) number notes by first use
    and print them in that order. When a draft lists its note definitions in the order the
    text first uses them, the labels are names: ``[^2]`` used first and defined first prints
    as note 1, so nothing is out of order on the page."""
    first_use = list(dict.fromkeys(ref.label for ref in article.refs))  # in order, each once
    defined = [n.label for n in article.footnotes if n.label in first_use]
    numbers = [n.number for n in article.footnotes]
    in_numeric_order = all(a is not None and b is not None and a < b for a, b in zip(numbers, numbers[1:]))
    return bool(first_use) and defined == first_use and not in_numeric_order


def _gap(low: int, high: int, used: set[int], ordered: list[int] | None = None) -> str:
    """The numbers between ``low`` and ``high`` that no reference uses, as a message part
    ("5 is", "5–7 are", "5, 7 are", "120 numbers between 4 and 125 are"), or "" when none
    is missing. Works from the numbers used, never by the size of the gap: a label such as
    ``[^99999999999999999999]`` costs no more than ``[^2]``."""
    if ordered is None:
        ordered = sorted(used)
    # by bisection in the numbers used, sorted once per article (a scan of all of them for
    # every reference was quadratic)
    between = ordered[bisect.bisect_right(ordered, low) : bisect.bisect_left(ordered, high)]
    count = (high - low - 1) - len(between)
    if count <= 0:
        return ""
    if high - low - 1 <= 20:
        missing = [m for m in range(low + 1, high) if m not in used]
        if len(missing) == 1:
            return f"{missing[0]} is"
        if missing == list(range(missing[0], missing[-1] + 1)):
            return f"{missing[0]}–{missing[-1]} are"
        return ", ".join(map(str, missing)) + " are"
    if not between:
        return f"{low + 1}–{high - 1} are"
    return f"{count} numbers between {low} and {high} are"
