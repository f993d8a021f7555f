from __future__ import annotations

from typing import Iterable

from pydantic import BaseModel, ConfigDict, Field

from claimcheck.findings.model import Finding, Severity
from claimcheck.rules._acronyms_common import (
    default_known,
    definitions,
    explained_by_text,
    key,
    uses,
)
from claimcheck.rules.base import CheckContext, Rule


def _after_number(text: str, start: int) -> bool:
    import re

    return bool(re.search(r"\d[\d,.]*\s?$", text[max(0, start - 12) : start]))


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid")

    known: list[str] = Field(
        default_factory=list,
        description="Acronyms readers know without a definition, added to the built-in list "
        "(NASA, EU, GDP, …).",
    )


class AcronymNotDefined(Rule):
    """An acronym is used in an article that never defines it.

    When another article of the issue defines it, the message says where. Acronyms every
    reader knows (NASA, EU, GDP, …, and those listed in the ``known`` option) are left
    alone, unit symbols after a number ("5 GW") are not acronyms, and names the sentence
    itself presents as names: an appositive ("WEY,
    a subsidiary of Great Wall Motors") or a series of other proper names ("companies
    such as Huawei, Xiaomi, and BYD").

    ## Why is this bad?
    A reader who starts with this article has no way to learn what the letters stand for.

    ## Example
    ```markdown
    The ILRS now has more partners.
    ```

    Use instead:
    ```markdown
    The International Lunar Research Station (ILRS) now has more partners.
    ```

    ## Options
    - `known`: list of acronyms that need no definition.
    """

    code = "AC005"
    name = "acronym-not-defined"
    severity = Severity.info
    needs = ("acronym",)
    Options = Options

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        defs = definitions(ctx)
        known = default_known() | {k.upper() for k in self.options.known}
        reported: set[tuple[str, int]] = set()
        for token, article, loc, text, start in uses(ctx):
            k = key(token)
            if k in known or token in known or (k, article) in reported:
                continue
            if _after_number(text, start):
                continue  # "5 GW", "12 TWh": a unit symbol, not an acronym
            ds = defs.get(k, [])
            if any(d.article == article for d in ds):
                continue
            if not ds and explained_by_text(text, start, token):
                reported.add((k, article))  # presented as a name: later uses are fine too
                continue
            reported.add((k, article))
            if ds:
                other = ds[0]
                yield self.finding(
                    loc,
                    f"'{token}' is not defined in this article (it is defined in article {other.article + 1})",
                    related=[(other.location, f"defined as '{other.expansion}' here")],
                    help="define it again at its first use here; each article is read on its own",
                    subject=f"{token} undefined article {article}",
                )
            else:
                yield self.finding(
                    loc,
                    f"'{token}' is never defined",
                    help="spell it out at its first use, or add it to the rule's `known` option",
                    subject=f"{token} undefined article {article}",
                )
