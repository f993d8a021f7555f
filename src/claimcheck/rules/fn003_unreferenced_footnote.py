from __future__ import annotations

from typing import Iterable

from claimcheck.findings.model import Finding, Severity
from claimcheck.rules._footnotes import bodies_by_label, each_article, refs_by_label
from claimcheck.rules.base import CheckContext, Rule


class UnreferencedFootnote(Rule):
    """A footnote body is never referenced from the text of its article.

    ## Why is this bad?
    A note nobody points to is either left over from an earlier draft or belongs to a
    sentence that lost its reference number, and then that sentence has no source.

    ## Example
    ```markdown
    Launch costs fell by half.[^1]

    [^1]: Space Agency, "Launch market review," 2024.
    [^2]: Operators' Association, "Demand survey," 2024.
    ```

    Use instead:
    ```markdown
    Launch costs fell by half.[^1] Demand doubled.[^2]

    [^1]: Space Agency, "Launch market review," 2024.
    [^2]: Operators' Association, "Demand survey," 2024.
    ```
    """

    code = "FN003"
    name = "unreferenced-footnote"
    severity = Severity.warning

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        for article, here in each_article(ctx.document):
            refs = refs_by_label(article)
            for label, notes in bodies_by_label(article).items():
                if label in refs:
                    continue
                note = notes[0]
                yield self.finding(
                    ctx.document.note_span(note),
                    f"footnote {label} is never referenced{here}",
                    help=f"add the reference [{label}] to the sentence it supports, or delete the note",
                    subject=f"footnote {label} {note.text[:80]}",
                )
