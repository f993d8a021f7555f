from __future__ import annotations

from claimcheck import lazyre as re
from typing import Iterable

from claimcheck.claims.models import AcronymClaim
from claimcheck.document import BlockKind, Location, Span
from claimcheck.extract.acronyms import find_acronyms, spelt_out_before
from claimcheck.extract.sections import summary_blocks
from claimcheck.findings.model import Finding, Severity
from claimcheck.rules._acronyms_common import (
    code_taken_otherwise,
    default_known,
    defined_anyhow,
    defines_its_acronyms,
    definitions,
    key,
    undefined_uses,
    uses,
)
from claimcheck.rules.base import CheckContext, Rule


#: the words of a credit line right before a publisher's name: "Originally published on",
#: "This post first appeared in the", "Cross-posted from"
_CREDIT = re.compile(
    r"\b(?:(?:originally|first)\s+(?:published|posted|appeared)|cross-?posted|re-?posted)\s+"
    r"(?:on|in|at|from|by)\s+(?:the\s+)?[\[(]?$",
    re.IGNORECASE,
)


#: a byline, up to the use: "By Ana Ruiz, GSA Administrator", "*By Ana Ruiz and Tom Lee, the
#: USDS's" (names, a comma, then the authors' titles, no sentence's end between)
_BYLINE = re.compile(r"^[\W_]*By\s+[A-Z][\w.'’-]*(?:\s+(?:and\s+)?[A-Z][\w.'’-]*){1,5},[^.!?]*$")


class AcronymUsedBeforeDefinition(Rule):
    """An acronym is used in an article before the article defines it.

    Each article of an issue is read on its own, so each defines its acronyms at first
    use; the rule compares uses and definitions within one article. Acronyms every
    reader knows (GDP, OECD: see AC005) may come before their expansion, and letters in
    code, identifiers, file names and words set in capitals are not uses.

    Like AC005, the rule holds a document to its own practice: only a document that
    defines its acronyms (at least twice as many acronyms defined as left undefined) is
    expected to define them at first use. Writing for
    specialists that spells out one acronym in passing, or in boilerplate at the end (a
    newsletter's list of the repositories it follows), has not defined it "late". An
    acronym used before its definition only in a section that restates the body (a
    summary, key findings, an abstract: "The QPP" there, "Quality Protection Partnership
    (QPP)" in section 3) is reported whatever the practice: the body defines it, and the
    summary, read first, has not; unless the document leaves more acronyms undefined than it
    defines (writing for specialists that expands one as a courtesy: a digest's teaser, "this
    week: the new EQP rules", with LSP, HTLC and PSBT left bare; the letters of a numbered
    series cited bare, "BIP151", "CMIP6", "EN50128", count as one more left bare). A clause in the parenthesis that says what
    the name is called defines the acronym ("the Field Safety Manual (what they call the
    FSM)", "(called the TCI)", "(also known as the AWD)"). A template's tag printed in the
    text by a PDF of the source ("{% image "logo.png" "Port and HBA logos" %}") holds no use. A heading that spells the
    name out before the use ("## Step 2. Risk, safety, and environmental review (RSER)") has
    defined it for the section below; so has a question's answer, the next sentence ("What
    does the IRB check? Every protocol goes to an Institutional Review Board (IRB) …": a
    question's title and its answer, as a PDF's text runs them together). An acronym whose
    parts are joined by hyphens ("MED-RAP") is used whole.

    A credit line that names the publisher a post first appeared with ("Originally
    published on GSA's blog", "Cross-posted from the DOT blog") names it as a source, not
    as a use of the acronym in the text; so does a byline that gives its authors' titles ("By
    Ana Ruiz, GSA Administrator"), wherever the page prints it.

    Letters a Roman numeral could be ("CCC") are an acronym where a name before the bracket
    spells them ("the Climate Change Committee (CCC)"), and their uses are uses; so is a
    defined acronym with a number after it ("TRL 7" before "technology readiness level (TRL)").

    A use spelt out before it in other capitals ("customer experience (CX)", before a
    later "Customer Experience (CX)" in a link's title) defines the acronym there: it and
    the uses after it are fine.

    A country or currency code the document defines as something else ("the CAF" for the
    Caisse d'allocations familiales, not the Central African Republic) is not known: its
    meaning here needs the definition first.

    A body's name given in English with the acronym of its name in its own language ("the
    Federal Criminal Police Office (BKA)") defines the acronym though the letters do not fit
    the English words: a use before it is a use before the definition.

    ## Why is this bad?
    A reader meets the bare acronym first and learns what it means only later, if they
    get that far.

    ## Example
    ```markdown
    The PLA reorganised in April. The People's Liberation Army (PLA) created new forces.
    ```

    Use instead:
    ```markdown
    The People's Liberation Army (PLA) reorganised in April. The PLA created new forces.
    ```
    """

    code = "AC004"
    name = "acronym-used-before-definition"
    severity = Severity.warning
    needs = ("acronym",)

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        defs = defined_anyhow(ctx)
        if not defs:
            return
        known = default_known()
        never, _ = undefined_uses(ctx, known)
        series = _bare_series(ctx, known)
        practice = defines_its_acronyms(ctx, never, minimum=1, also_bare=series)
        # else acronyms are taken as known here, a late expansion a courtesy, not a lapse:
        # but one used only in a summary before the body defines it is a lapse still, in a
        # document that defines at least as many acronyms as it leaves undefined (writing
        # for specialists, "LN", "RBF" and five more left bare, expands "CPFP" as a
        # courtesy, in its opening lines' teaser or not)
        half = len({key(t) for t, _, _ in never} | series) <= len(defs)
        summary = set() if practice or not half else _summary_texts(ctx)
        first_def: dict[tuple[str, int], AcronymClaim] = {}
        for acronym, ds in defs.items():
            for definition in ds:
                first_def.setdefault((acronym, definition.article), definition)
        reported: set[tuple[str, int]] = set()
        all_uses = uses(ctx)
        if not practice:
            all_uses = [u for u in all_uses if _only_in_summary(u, all_uses, first_def, summary)]
        for token, article, loc, text, at in all_uses:
            k = (key(token), article)
            d = first_def.get(k)
            if d is None or k in reported or re.search(r"[A-Z]\d+$", k[0]):
                continue
            if _CREDIT.search(text[max(0, at - 60) : at]):
                continue  # "Originally published on GSA's blog": a credit line, not the text's use
            if _BYLINE.match(text[:at]):
                continue  # "By Ana Ruiz, GSA Administrator": an author's title in a byline
            if k[0] in known and not (code_taken_otherwise(k[0], d.expansion) and _in_a_sentence(text, at)):
                # (a country code the document defines as a body of its own is not known,
                # where a sentence uses it: a headline may name what the body defines)
                continue
            if (
                loc.location.sort_key < d.location.sort_key
                and not _inside(loc.location, d)
                and not _heading_defines(ctx, k, loc.location)
                and not _answered(text, at, d)
            ):
                if spelt_out_before(text, at, d.expansion):
                    reported.add(k)  # defined here in other capitals: the uses after it are fine
                    continue
                reported.add(k)
                yield self.finding(
                    loc,
                    f"'{token}' is used before it is defined as '{d.expansion}'",
                    related=[(d.location, "defined here")],
                    help="define the acronym at its first use in the article",
                    subject=f"{token} before definition article {article}",
                )


_Use = tuple[str, int, Span, str, int]


def _summary_texts(ctx: CheckContext) -> set[int]:
    """The ids of the texts of the blocks in a section that restates the body (a summary,
    key findings, an abstract: :func:`claimcheck.extract.sections.summary_blocks`)."""
    doc = ctx.document
    blocks = summary_blocks(doc)
    return {id(article.blocks[i].text) for article in doc.articles for a, i in blocks if a == article.index}


def _only_in_summary(
    use: _Use, all_uses: list[_Use], first_def: dict[tuple[str, int], AcronymClaim], summary: set[int]
) -> bool:
    """Is ``use`` in a summary, and every use of its acronym before the definition too ("The
    QPP" in the key findings, "Quality Protection Partnership (QPP)" in section 3)?"""
    token, article, loc, text, _ = use
    d = first_def.get((key(token), article))
    if d is None or id(text) not in summary:
        return False
    before = [
        u
        for u in all_uses
        if (key(u[0]), u[1]) == (key(token), article) and u[2].location.sort_key < d.location.sort_key
    ]
    return all(id(u[3]) in summary for u in before)


def _heading_defines(ctx: CheckContext, k: tuple[str, int], loc: Location) -> bool:
    """Does a heading of the article, before the use, define the acronym ("## Step 2. Risk,
    safety, and environmental review (RSER)")? The reader has met the name there."""
    cached = ctx.shared.get("ac004-heading-defs")
    if cached is None:
        cached = {}
        doc = ctx.document
        for article in doc.articles:
            for block in article.blocks:
                if block.kind != BlockKind.heading or "(" not in block.text:
                    continue
                for found in find_acronyms(block.text):
                    place = doc.locate(block, found["start"])
                    hk = (key(found["acronym"]), article.index)
                    if hk not in cached or place.sort_key < cached[hk].sort_key:
                        cached[hk] = place
        ctx.shared["ac004-heading-defs"] = cached
    heading: Location | None = cached.get(k)
    return heading is not None and heading.sort_key < loc.sort_key


#: a numbered name: its letters, then its number ("BIP32", "CMIP6", "EN50128")
_SERIES = re.compile(r"^([A-Z][A-Z&]*[A-Z])\d+$")


def _bare_series(ctx: CheckContext, known: frozenset[str]) -> set[str]:
    """The letters of the numbered names the document uses ("BIP151", "ICD10") whose series
    it neither defines nor counts as known: acronyms left to the reader, though a numbered
    name is no use of an acronym to spell out (AC005)."""
    defs = definitions(ctx)
    out: set[str] = set()
    for token, *_ in uses(ctx):
        m = _SERIES.match(token)
        if m is not None and m.group(1) not in known and key(m.group(1)) not in defs:
            out.add(m.group(1))
    return out


#: a question's end, then the next sentence up to its own end
_QUESTION_THEN = re.compile(r"[^.!?]*\?[\"”’)]?\s+([^.!?]*)")


def _answered(text: str, at: int, d: AcronymClaim) -> bool:
    """Is the use in a question the next sentence answers with the definition ("How does
    the pool's TIDES scheme work? A member explains the Transparent Index of Distinct
    Extended Shares (TIDES) …", a question's title and its answer as a PDF's text runs
    them together)? The question names the thing; its answer, read next, spells it out."""
    m = _QUESTION_THEN.match(text, at)
    return m is not None and bool(d.text) and d.text in m.group(1)


def _inside(loc: Location, d: AcronymClaim) -> bool:
    """Is the use part of the definition's own words? A use a few words before the
    definition on the same line (one paragraph a line, as a Word file is read) is not."""
    return loc.line == d.location.line and 0 <= loc.column - d.location.column < len(d.text)


def _in_a_sentence(text: str, at: int) -> bool:
    """Is the use at ``at`` in a sentence of running text: six words or more up to a full
    stop after a word, not a headline or a contents line ("How we designed Dropbox ATF: an
    async task framework // … 2020 1. Introduction")?"""
    end = re.search(r"[.!?](?=[\"”’)]?(?:\s|$))", text[at:])
    if end is None or not text[at + end.start() - 1 : at + end.start()].isalpha():
        return False
    start = max((m.end() for m in re.finditer(r"[.!?]\s", text[:at])), default=0)
    return len(text[start : at + end.start()].split()) >= 6
