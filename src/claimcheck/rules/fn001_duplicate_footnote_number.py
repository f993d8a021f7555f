from __future__ import annotations

from typing import Iterable

from claimcheck.findings.model import Finding, Severity
from claimcheck.rules._footnotes import bodies_by_label, each_article, refs_by_label
from claimcheck.rules.base import CheckContext, Rule


class DuplicateFootnoteNumber(Rule):
    """A footnote number is defined twice in one article.

    ## Why is this bad?
    Two notes with the same number leave a reader unable to tell which source supports
    the text, and usually mean the notes after the duplicate are numbered one too low:
    the last reference then has no note at all. Numbering that restarts at 1 in a new
    article is correct and is not reported.

    ## Example
    ```markdown
    Output grew by a third.[^1] Exports fell.[^2]

    [^1]: Ministry of Trade, "Annual report," 2023.
    [^1]: Customs Office, "Export statistics," 2024.
    ```

    Use instead:
    ```markdown
    Output grew by a third.[^1] Exports fell.[^2]

    [^1]: Ministry of Trade, "Annual report," 2023.
    [^2]: Customs Office, "Export statistics," 2024.
    ```
    """

    code = "FN001"
    name = "duplicate-footnote-number"
    severity = Severity.error

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        for article, here in each_article(ctx.document):
            refs = refs_by_label(article)
            for label, notes in bodies_by_label(article).items():
                for dup in notes[1:]:
                    related = [(notes[0].location, f"footnote {label} first defined here")]
                    hint = "renumber the notes from here on"
                    if dup.number is not None:
                        nxt = str(dup.number + 1)
                        if nxt in refs and nxt not in bodies_by_label(article):
                            related.append((refs[nxt][0].location, f"reference {nxt} has no note: is this it?"))
                            hint = f"this note is probably footnote {nxt}; renumber it"
                    yield self.finding(
                        ctx.document.note_span(dup),
                        f"footnote {label} is defined twice{here}",
                        related=related,
                        help=hint,
                        subject=f"footnote {label} {dup.text[:80]}",
                    )
