from __future__ import annotations

import re
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
    """An acronym is used in an article that never defines it (advisory).

    When another article of the issue defines it, the message says where. Left alone:
    acronyms every reader knows (the list in ``data/acronyms_known.txt``: those a general
    dictionary lists as words and news writing uses unexplained, such as NASA, EU, GDP,
    PDF, API; ISO 4217 currency codes and ISO 3166 country codes; and those in the
    ``known`` option); unit symbols after a number ("5 GW"); numbered names ("BIP32",
    "CMIP5"); letters in code spans, identifiers, file names, URLs and words set in
    capitals; names the sentence itself presents as names: an appositive ("WEY, a
    subsidiary of Great Wall Motors") or a series of other proper names ("companies such
    as Huawei, Xiaomi, and BYD").

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
        known = default_known() | {k.upper() for k in self.options.known} | set(self.options.known)
        seen: set[tuple[str, int]] = set()
        never: list[tuple[str, int, object]] = []
        elsewhere: list[tuple[str, int, object, object]] = []
        for token, article, loc, text, start in uses(ctx):
            k = key(token)
            if k in known or token in known or (k, article) in seen:
                continue
            if "/" in k and (
                all(p in known or key(p) in defs for p in k.split("/")) or k.rsplit("/", 1)[1] in _AGENCIES
            ):
                continue  # "HTTP/HTTPS", "HTTPS/HSTS" with HSTS defined; "STR/AFP": a photo credit
            if _inside_a_name(ctx, text, start):
                continue  # "Architecture for REDD+ Transactions (ART)": part of a defined name
            if _after_number(text, start):
                continue  # "5 GW", "12 TWh": a unit symbol, not an acronym
            if _DESIGNATION.match(k):
                continue  # "BIP32", "CMIP5", "ERA5": a numbered name, not letters to spell out
            ds = defs.get(k, [])
            if any(d.article == article for d in ds):
                continue
            seen.add((k, article))
            if not ds and explained_by_text(text, start, token):
                continue  # presented as a name: later uses are fine too
            if ds:
                elsewhere.append((token, article, loc, ds[0]))
            else:
                never.append((token, article, loc))
        for token, article, loc, other in elsewhere:
            yield self.finding(
                loc,
                f"'{token}' is not defined in this article (it is defined in article {other.article + 1})",
                related=[(other.location, f"defined as '{other.expansion}' here")],
                help="define it again at its first use here; each article is read on its own",
                subject=f"{token} undefined article {article}",
            )
        undefined = {key(t) for t, _, _ in never}
        if not _defines_its_acronyms(len(defs), len(undefined)):
            return  # the house style: written for readers who know these acronyms
        for token, article, loc in never:
            yield self.finding(
                loc,
                f"'{token}' is never defined",
                help="spell it out at its first use, or add it to the rule's `known` option",
                subject=f"{token} undefined article {article}",
            )


def _inside_a_name(ctx: CheckContext, text: str, start: int) -> bool:
    """Is the token inside the name of a definition written in the same text?"""
    heads = ctx.shared.get("acronym-definition-heads")
    if heads is None:
        heads = {c.text[: c.text.rfind("(")] for c in ctx.claims.of_kind("acronym") if "(" in c.text}
        ctx.shared["acronym-definition-heads"] = heads
    for head in heads:
        p = text.find(head)
        while p != -1:
            if p < start < p + len(head):
                return True
            p = text.find(head, p + 1)
    return False


def _defines_its_acronyms(defined: int, undefined: int) -> bool:
    """Does the document practise defining its acronyms: at least two definitions, and at
    least twice as many acronyms defined as left undefined?"""
    return defined >= 2 and 2 * undefined <= defined


_AGENCIES = frozenset("AFP AP DPA EPA UPI TASS ANP KNA".split())
_DESIGNATION = re.compile(r"^[A-Z][A-Z&/]*[A-Z]\d+$")
