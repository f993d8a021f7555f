from __future__ import annotations

from typing import Iterable

from claimcheck.extract.acronym_letters import acronym_letters, judge, unexplained
from claimcheck.findings.model import Finding, Severity
from claimcheck.rules._acronyms_common import definitions
from claimcheck.rules.base import CheckContext, Rule


class ExpansionCutShort(Rule):
    """An acronym's expansion stops before its last letters are explained.

    Every word of the name gives its initial, in order, and the acronym still has letters
    no word stands for: after the last word, or one letter between two words of a name of
    three words or more ("European Travel Information System (ETIAS)": a word starting
    with A is missing). A name of two words whose first gives two letters and still
    leaves one ("Offshore Transmission (OFTO)": Owner lost) is cut too. A name whose
    missing letters are inside its last word is a syllable acronym, not a cut ("Core
    Lightning (CLN)"), unless the last word's initial comes again ("US Federal
    Communications (FCC)": the second C is the word lost); one plain word before a
    parenthesis is not a definition ("Verra (VCS)": a registry and its programme).

    ## Why is this bad?
    A name cut short ("State Administration for Science, Technology, and Industry for
    National (SASTIND)", missing "Defense") is usually a line lost in editing, and names
    the wrong body or none.

    ## Example
    ```markdown
    The Strategic Support (SSF) force was dissolved in April.
    ```

    Use instead:
    ```markdown
    The Strategic Support Force (SSF) was dissolved in April.
    ```
    """

    code = "AC003"
    name = "expansion-cut-short"
    severity = Severity.error
    needs = ("acronym",)

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        for defs in definitions(ctx).values():
            for d in defs:
                if judge(d.acronym, d.expansion) != "cut":
                    continue
                letters = acronym_letters(d.acronym)
                missing = unexplained(letters, d.expansion)
                yield self.finding(
                    d,
                    f"expansion of '{d.acronym}' stops short: '{d.expansion}' leaves '{missing.upper()}' unexplained",
                    help=f"complete the name: a word starting with {missing[0].upper()} seems to be missing",
                    subject=f"{d.acronym} {d.expansion}",
                )
