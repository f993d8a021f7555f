from __future__ import annotations

from typing import Iterable, TYPE_CHECKING

from claimcheck.claims.models import (
    CitationClaim,
    CountClaim,
    MoneyClaim,
    NumericClaim,
    QuantityClaim,
)
from claimcheck.findings.model import Finding, Severity
from claimcheck.rules._numbers_agree import agree, same_thing, stated
from claimcheck.rules.base import CheckContext, Rule

if TYPE_CHECKING:
    from claimcheck.extract.numeric import Mention


class NumberContradictsSourceTitle(Rule):
    """A number in the text contradicts the same figure in the title of the source it cites.

    "More than 4 million 5G base stations" citing a source titled "China home to 4
    million 5G base stations" agrees; "5 million" would not. Counts are matched by what
    they count, money by currency; qualifiers and rounding are allowed for.

    ## Why is this bad?
    The source is the reader's check on the figure; when its own headline says otherwise,
    the figure was mistyped or the source is not the one used.

    ## Example
    ```markdown
    The country has 5 million 5G base stations.[^1]

    [^1]: "Country home to 4 million 5G base stations," Government, September 25, 2024.
    ```

    Use instead:
    ```markdown
    The country has more than 4 million 5G base stations.[^1]

    [^1]: "Country home to 4 million 5G base stations," Government, September 25, 2024.
    ```
    """

    code = "NU004"
    name = "number-contradicts-source-title"
    severity = Severity.error
    needs = ("count", "money", "quantity", "citation")

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        from claimcheck.extract.numeric import analyse  # the money/quantity extractor loads only when used

        cites: dict[tuple[int, str], list[CitationClaim]] = {}
        for c in ctx.claims.of_kind("citation"):
            if c.footnote is not None:
                cites.setdefault((c.article, c.footnote), []).append(c)
        for claim in ctx.claims.of_type(CountClaim, MoneyClaim, QuantityClaim):
            if claim.footnote is not None or not claim.footnotes:
                continue
            for label in claim.footnotes:
                for cite in cites.get((claim.article, label), []):
                    for title in (cite.title, cite.translated_title):
                        if not title:
                            continue
                        for m in analyse(title):
                            if m.kind != claim.kind or not _same(claim, m):
                                continue
                            if agree(claim.value, claim.qualifier, m.value, m.qualifier):
                                continue
                            if _sentence_has(ctx, claim, m):
                                continue  # the title's figure is another one of this sentence
                            said = title[m.start : m.end]
                            if m.thing and m.thing not in said:
                                said += f" {m.thing}"
                            yield self.finding(
                                claim,
                                f"'{stated(claim)}' here, but the source cited in footnote {label} "
                                f"says '{said}'",
                                related=[(cite.location, f"source title: “{title}”")],
                                help="check the figure against the source",
                                subject=f"{claim.text} / {title}",
                            )


def _same(claim: NumericClaim, mention: Mention) -> bool:
    if isinstance(claim, CountClaim):
        return bool(mention.thing) and same_thing(claim.thing, mention.thing or "")
    if isinstance(claim, MoneyClaim):
        return mention.currency == claim.currency
    assert isinstance(claim, QuantityClaim)
    if _is_share(claim.unit):
        return False  # a share means nothing without its base: "85% of revenue" vs "revenue up 33%"
    return mention.unit == claim.unit


def _is_share(unit: str | None) -> bool:
    return (unit or "").strip().lower() in {"%", "percent", "per cent", "percentage", "percentage point", "pp"}


def _sentence_has(ctx: CheckContext, claim: NumericClaim, mention: Mention) -> bool:
    """Does the claim's own sentence state the title's figure too (the title is about that
    one: "revenue was $163 million, up 33% …; 85% of it comes from …")?"""
    for other in ctx.claims.of_type(type(claim)):
        if other is claim or other.sentence != claim.sentence or other.article != claim.article:
            continue
        if _same(other, mention) and agree(other.value, other.qualifier, mention.value, mention.qualifier):
            return True
    return False
