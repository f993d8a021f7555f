from __future__ import annotations

from typing import Iterable

from claimcheck.findings.model import Finding, Severity
from claimcheck.rules._acronym import acronym_letters, fit
from claimcheck.rules._acronyms_common import definitions
from claimcheck.rules.base import CheckContext, Rule


class ExpansionCutShort(Rule):
    """An acronym's expansion stops before its last letters are explained.

    ## Why is this bad?
    A name cut short ("State Administration for Science, Technology, and Industry for
    National (SASTIND)", missing "Defense") is usually a line lost in editing, and names
    the wrong body or none.

    ## Example
    ```markdown
    The European Space (ESA) agency met in Paris.
    ```

    Use instead:
    ```markdown
    The European Space Agency (ESA) met in Paris.
    ```
    """

    code = "AC003"
    name = "expansion-cut-short"
    severity = Severity.error
    needs = ("acronym",)

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        for defs in definitions(ctx).values():
            for d in defs:
                if fit(d.acronym, d.expansion) != "cut":
                    continue
                letters = acronym_letters(d.acronym)
                missing = _missing(letters, d.expansion)
                yield self.finding(
                    d.location,
                    f"expansion of '{d.acronym}' stops short: '{d.expansion}' leaves "
                    f"'{missing.upper()}' unexplained",
                    help=f"complete the name: a word starting with {missing[0].upper()} seems to be missing",
                    subject=f"{d.acronym} {d.expansion}",
                )


def _missing(letters: str, expansion: str) -> str:
    from claimcheck.rules._acronym import FUNCTION_WORDS, words

    n = sum(1 for w in words(expansion) if w.lower() not in FUNCTION_WORDS)
    return letters[n:] or letters[-1:]
