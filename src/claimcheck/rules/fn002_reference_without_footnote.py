from __future__ import annotations

from typing import Iterable

from claimcheck.document import Footnote, FootnoteRef
from claimcheck.findings.model import Finding, Severity
from claimcheck.rules._footnotes import bodies_by_label, each_article
from claimcheck.rules.base import CheckContext, Rule


class ReferenceWithoutFootnote(Rule):
    """An in-text footnote reference has no footnote body in its article.

    ## Why is this bad?
    The reader is sent to a note that does not exist, so the claim it should support
    has no visible source. Common causes: a note deleted in editing, notes renumbered
    after a duplicate, or the notes of the last pages lost when the file was exported.

    ## Example
    ```markdown
    Launch costs fell by half.[^1] Demand doubled.[^2]

    [^1]: Space Agency, "Launch market review," 2024.
    ```

    Use instead:
    ```markdown
    Launch costs fell by half.[^1] Demand doubled.[^2]

    [^1]: Space Agency, "Launch market review," 2024.
    [^2]: Operators' Association, "Demand survey," 2024.
    ```
    """

    code = "FN002"
    name = "reference-without-footnote"
    severity = Severity.error

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        for article, here in each_article(ctx.document):
            bodies = bodies_by_label(article)
            missing: list[FootnoteRef] = []
            seen: set[str] = set()
            for ref in article.refs:
                if ref.label in bodies or ref.label in seen:
                    continue
                seen.add(ref.label)
                missing.append(ref)
            tail = _missing_tail(missing, bodies)
            in_tail = {id(r) for r in tail}  # by identity: `ref in tail` compared every pair
            for ref in missing:
                if id(ref) in in_tail:
                    continue
                related = []
                if ref.number is not None:
                    prev = bodies.get(str(ref.number - 1), [])
                    if len(prev) > 1:
                        related.append((prev[-1].location, f"a second footnote {ref.number - 1} stands here"))
                yield self.finding(
                    ref,
                    f"reference {ref.label} has no footnote{here}",
                    related=related,
                    help=f"add footnote {ref.label} or remove the reference",
                    subject=f"reference {ref.label} article {article.index}",
                )
            if tail:
                first, last = tail[0], tail[-1]
                notes = [n.number for n in article.footnotes if n.number is not None]
                stop = f"; the notes stop at {max(notes)}" if notes else "; the article has no notes"
                yield self.finding(
                    first,
                    f"references {first.label}–{last.label} have no footnotes{here}{stop}",
                    related=[(r.location, f"reference {r.label} here") for r in tail[1:]],
                    help="the notes of the last pages may be missing from this file; add them or check the export",
                    subject=f"references {first.label}-{last.label} article {article.index}",
                )


def _missing_tail(missing: list[FootnoteRef], bodies: dict[str, list[Footnote]]) -> list[FootnoteRef]:
    """Missing references that form a run of 3+ numbers past the last note."""
    numbered = [r for r in missing if r.number is not None]
    top = max((int(k) for k in bodies if k.isdigit() and len(k) < 4000), default=0)  # int() refuses longer
    run = [r for r in numbered if r.number is not None and r.number > top]
    if len(run) < 3:
        return []
    nums = [r.number for r in run]
    if nums != list(range(top + 1, top + 1 + len(nums))):
        return []
    return run
