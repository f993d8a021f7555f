from __future__ import annotations

from typing import Iterable

from claimcheck import lazyre as re
from claimcheck.claims.models import AcronymClaim
from claimcheck.extract.acronym_letters import judge
from claimcheck.findings.model import Finding, Severity
from claimcheck.rules._acronyms_common import definitions, key, loose_lower_case, name_content_words, norm_expansion
from claimcheck.rules.base import CheckContext, Rule


class AcronymDefinedTwice(Rule):
    """One acronym is expanded in two different ways in the issue.

    Definitions are read in the usual shapes: "the Name (ACR)", "ACR (the Name)", "the Name
    (hereafter ACR)", "the Name (“ACR”)" and, when the letters fit, "the Name, or ACR,".

    Expansions are compared without case, articles, hyphens, spaces inside words (a
    line-end hyphen joined or not: "Pay-toEndPoint"), apostrophe styles, singular or
    plural ("common practice number" and "numbers") and shortened words ("Async Task
    Framework" and "Asynchronous Task Framework"); one that only adds words before or
    after the other ("Military Aerospace Force" and "Aerospace Force") names the same
    thing. A word with a suffix of one to three letters is another word ("East Africa
    Tea Traders' Association" is not "East African Tea Trade Association"), except a
    spelling's "-me" or "-ue" ("Programme", "Catalogue"). Parentheses that define nothing
    (a file type after a title, an affiliation) are not expansions, nor is a phrase in lower
    case whose initials are not the acronym's letters, near enough ("we made hardware
    wallets easier to use (HWI)": the bracket names the project the clause is about).

    The acronym of a name in another language, given after its English translation, fits
    none of its expansions' letters ("National Council of the Judiciary (KRS)", for the
    Krajowa Rada Sądownictwa). Two such expansions that share two words (cut to five
    letters: "Judiciary", "Judicial") but differ are one body translated two ways
    ("The National Judicial Council (KRS)"); the original and one translation ("Office
    européen de lutte antifraude (OLAF)", "European Anti-Fraud Office (OLAF)") are not.

    ## Why is this bad?
    Two expansions mean at least one is wrong, or two bodies share one acronym; either
    way the reader cannot tell which is meant.

    ## Example
    ```markdown
    The Space Systems Department (SSD) was dissolved. Its Space Support Division (SSD)
    staff moved.
    ```

    Use instead:
    ```markdown
    The Space Systems Department (SSD) was dissolved. Its staff moved.
    ```
    """

    code = "AC001"
    name = "acronym-defined-twice"
    severity = Severity.error
    needs = ("acronym",)

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        for acronym, defs in {**_translations(ctx), **definitions(ctx)}.items():
            first = defs[0]
            seen = [norm_expansion(first.expansion)]
            for d in defs[1:]:
                if judge(d.acronym, d.expansion) != "fits" and loose_lower_case(d.acronym, d.expansion):
                    continue  # "to make hardware wallets more accessible (HWI)": the project, not its name
                n = norm_expansion(d.expansion)
                if any(_same(n, s) for s in seen):
                    continue
                seen.append(n)
                yield self.finding(
                    d,
                    f"'{d.acronym}' is expanded as '{d.expansion}' here but as '{first.expansion}' before",
                    related=[(first.location, f"'{first.acronym}' = '{first.expansion}' here")],
                    help="check which expansion is right and use it in both places",
                    subject=f"{acronym} {n} / {seen[0]}",
                )


def _translations(ctx: CheckContext) -> dict[str, list[AcronymClaim]]:
    """The definitions of an acronym whose letters fit none of its expansions, an acronym of
    a name in another language given in English ("National Council of the Judiciary (KRS)"),
    when two expansions are names (two capitalised words or more) sharing two words: one
    body named in two ways. An acronym that fits one of its expansions is judged by
    :func:`definitions` (the original's, "Office européen de lutte antifraude (OLAF)", and
    a translation, "European Anti-Fraud Office (OLAF)", are one body)."""
    by_acronym: dict[str, list[AcronymClaim]] = {}
    for claim in ctx.claims.of_kind("acronym"):
        by_acronym.setdefault(key(claim.acronym), []).append(claim)
    out: dict[str, list[AcronymClaim]] = {}
    for acronym, claims in by_acronym.items():
        if len(claims) < 2 or any(judge(c.acronym, c.expansion) != "unrelated" for c in claims):
            continue
        names = [c for c in claims if _name_words(c.expansion)]
        first = _name_words(names[0].expansion) if names else set()
        if any(len(first & _name_words(c.expansion)) >= 2 for c in names[1:]):
            out[acronym] = names
    return out


def _name_words(expansion: str) -> set[str]:
    """The content words of a name, cut to their first five letters ("judic" of "Judiciary"
    and "Judicial"), when it has two capitalised ones or more, else none."""
    return {w.lower()[:5] for w in name_content_words(expansion)}


def _same(a: str, b: str) -> bool:

    # the number of a numbered name is not part of the name: "Executive Order 14030 (EO 14030)"
    a, b = (re.sub(r"\s*\b\d[\d.,/-]*\b", "", x).strip() for x in (a, b))
    if a == b or a.replace(" ", "") == b.replace(" ", ""):
        return True
    wa, wb = _stems(a), _stems(b)
    if len(wa) == len(wb) and all(x == y or _shortened(x, y) for x, y in zip(wa, wb)):
        return True  # singular and plural, a word shortened ("Async")
    short, long = sorted((a, b), key=len)
    if long.endswith(" " + short) or long.startswith(short + " "):
        return True
    # words added before or after, the name written joined or split ("Add PayToAnchor" /
    # "pay-to-anchor"): the shorter, without spaces, is the longer's first or last words
    joined, ws = short.replace(" ", ""), long.split()
    return any("".join(ws[i:]) == joined or "".join(ws[:i]) == joined for i in range(1, len(ws)))


def _shortened(x: str, y: str) -> bool:
    """Is one word the other shortened ("async" / "asynchronous") or spelt the other way
    ("program" / "programme", "catalog" / "catalogue")? Not one with a suffix of one to three
    letters, which makes another word: "Africa" / "African", "Trade" / "Traders'"."""
    short, long = sorted((x, y), key=len)
    if len(short) < 4 or not long.startswith(short):
        return False
    rest = long[len(short) :]
    return len(rest) >= 4 or rest in ("me", "ue")


def _stems(text: str) -> list[str]:

    out = []
    for w in re.findall(r"[\w']+", text):
        w = w.replace("'", "")
        if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        if w not in ("and", "of", "for", "the", "&"):
            out.append(w)
    return out
