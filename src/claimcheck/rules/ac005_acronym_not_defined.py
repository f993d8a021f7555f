from __future__ import annotations

from typing import Iterable

from pydantic import ConfigDict, Field

from claimcheck.findings.model import Finding, Severity
from claimcheck.rules._acronyms_common import default_known, defines_its_acronyms, undefined_uses
from claimcheck.rules.base import CheckContext, Rule, RuleOptions


class Options(RuleOptions):
    model_config = ConfigDict(extra="forbid")

    known: list[str] = Field(
        default_factory=lambda: [],  # not `list`: see claimcheck.config._no_strings
        description="Acronyms readers know without a definition, added to the built-in list (NASA, EU, GDP, …).",
    )


class AcronymNotDefined(Rule[Options]):
    """An acronym is used in an article that never defines it (advisory).

    When another article of the issue defines it, the message says where. Left alone:
    acronyms every reader knows (the list in ``data/acronyms_known.txt``: those a general
    dictionary lists as words and news writing uses unexplained, such as NASA, EU, GDP,
    PDF, API; ISO 4217 currency codes and ISO 3166 country codes; and those in the
    ``known`` option); unit symbols after a number ("5 GW"); numbered names ("BIP32",
    "CMIP5"); letters in code spans, identifiers, file names, URLs and words set in
    capitals; names the sentence itself presents as names: an appositive ("WEY, a
    subsidiary of Great Wall Motors") or a series of other proper names ("companies such
    as Huawei, Xiaomi, and BYD"); an acronym after its name in another language, in the
    brackets after the English one ("Federal Network Agency (Bundesnetzagentur, BNetzA)"),
    or opening a bracket that goes on to give that name or say where the letters come from
    ("International Center for Tropical Agriculture (CIAT, from its Spanish name, …)"); a
    name followed by a bracket of lower-case words that says what it is ("CHIME
    (hyperspectral imaging)", a mission).

    The rule holds a document to its own practice. Writing for specialists (a compiler's
    release notes, a Bitcoin newsletter) uses its field's acronyms without spelling them
    out, and a reminder on each would be noise. So "never defined" is reported only in a
    document that shows it defines its acronyms for its readers: at least two definitions,
    and at least twice as many acronyms defined as left undefined. A document that defines
    its acronyms and forgets one is told; one that defines none, or leaves most undefined,
    is written for readers who know them, and is left alone. ("Defined only in another
    article" is always reported: the issue itself shows it defines that acronym.)

    ## Why is this bad?
    A reader who starts with this article has no way to learn what the letters stand for.

    ## Example
    ```markdown
    The Space Systems Department (SSD) and the Strategic Support Force (SSF) were merged.
    The ILRS now has more partners.
    ```

    Use instead:
    ```markdown
    The Space Systems Department (SSD) and the Strategic Support Force (SSF) were merged.
    The International Lunar Research Station (ILRS) now has more partners.
    ```
    """

    code = "AC005"
    name = "acronym-not-defined"
    severity = Severity.info
    #: judged precision on real published writing is under the default set's bar (an
    #: advisory rule: whether an acronym needs spelling out depends on the readership)
    preview = True
    needs = ("acronym",)
    Options = Options

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        known = default_known() | {k.upper() for k in self.options.known} | set(self.options.known)
        never, elsewhere = undefined_uses(ctx, known)
        for token, article, loc, other in elsewhere:
            yield self.finding(
                loc,
                f"'{token}' is not defined in this article (it is defined in article {other.article + 1})",
                related=[(other.location, f"defined as '{other.expansion}' here")],
                help="define it again at its first use here; each article is read on its own",
                subject=f"{token} undefined article {article}",
            )
        if not defines_its_acronyms(ctx, never):
            return  # the house style: written for readers who know these acronyms
        for token, article, loc in never:
            yield self.finding(
                loc,
                f"'{token}' is never defined",
                help="spell it out at its first use, or add it to the rule's 'known' option",
                subject=f"{token} undefined article {article}",
            )
