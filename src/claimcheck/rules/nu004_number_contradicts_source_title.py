from __future__ import annotations

import itertools
import math
from collections import Counter
from claimcheck import lazyre as re
from typing import Iterable, TYPE_CHECKING

from claimcheck.claims.models import (
    CitationClaim,
    CountClaim,
    MoneyClaim,
    NumericClaim,
    QuantityClaim,
)
from claimcheck.findings.model import Finding, Severity
from claimcheck.extract.linking.figures import (
    agree,
    hedged_alike,
    in_range,
    rounded_alike,
    same_thing,
    stated,
    thing_key,
)
from claimcheck.extract.linking import content_stems, stem
from claimcheck.extract.numbers import Number, find_numbers, in_english, match_qualifier
from claimcheck.extract.subjects import part_in_thing
from claimcheck.text import one_edit, sentence_cased
from claimcheck.rules.base import CheckContext, Rule

if TYPE_CHECKING:
    from claimcheck.extract.numeric import Mention
    from claimcheck.extract.text import TextUnit


class NumberContradictsSourceTitle(Rule):
    """A number in the text contradicts the same figure in the title of the source it cites.

    "More than 4 million 5G base stations" citing a source titled "China home to 4
    million 5G base stations" agrees; "5 million" would not. Counts are matched by what
    they count (also when written after their noun: "Night flights fall to 4,700"), money
    by currency; qualifiers and rounding are allowed for (two bounds on one side name one
    limit: "as much as 3°C" is not the title's "up to 5°C"), rounding at the digits each
    figure is written with ("4.23 million" is the title's "4.2 million"; "37.9 million
    tonnes" is not "36.2 million", though within 5% of it). A headline in title case
    ("Cargo Hits 36.2 Million Tonnes") is read in lower case and quoted as written. A percentage is compared with
    the title's only when each is the one percentage of its sentence or title, both are
    used the same way (a change, "costs up 18%", or a share, "lost 30% of their area")
    and the sentence and the title share a content word; two shares must be of one base
    (the words after "of": "99% of the emissions" is not "90% of importers", whatever else
    the sentence and the title share). A title that counts an addition or a part ("Three
    new members join") does not give the whole the text counts ("grown to nine members"). An age ("pupils aged eight to
    twelve", "5 to 16 year olds") says whom a figure is about and is not compared. A count
    whose digits the title's only count gives with two neighbours swapped ("34,100 prisoners"
    citing "Prison education statistics: 43,100 learners") is the same figure mistyped, whatever
    noun each uses. A title in another European
    language is read with its own decimal comma and scale words ("Producción de cobre
    alcanza 2,76 millones de toneladas" is 2.76 million tonnes; "4,7 Milliarden Euro",
    "1,3 milliard d'euros", "12.450 millones de dólares" are billions). A title written
    without quotes (in italics, which the readers do not keep) is read when it gives its
    finding after a colon ("Ministry of Justice, Prison education statistics 2023-24: 43,100
    learners, London"): only the figures after the colon, not the report's name. A count
    of "such" things ("6.8 million such lines", the kind said before) is the title's count
    of the same head noun ("9.2 million lead service lines in use").

    A count is also the title's count of the same head noun when each word the title
    qualifies it with is said in the text's sentence ("1,700 misuse incidents" / "misuse
    ... generated 1,900 reported incidents"; "50,000 points" / "35,000 public charging
    points"), the title gives no other count of that noun, and the values are within half
    of each other (further apart, the text's figure is more likely a part of the title's).
    Some of a group ("32 of 61 Pumping Stations") is compared only with some of a group
    ("23 of the board's 61 pumping stations"). An italic title's figures before its colon
    are read when they are findings ("Reviving 7,400 hectares: ...", "Bridging the €3.4
    billion gap: ..."; not "100 days of reform: ..."), and so are those in the parts of the
    note right after it ("Coastal review: final report, 14 findings and 86 actions"). A
    hedged figure reaches as far as its digits ("some 1,900" is not 1,700).

    A percentage used as a level, neither a change nor a share "of" something ("turnout
    reached 58.4 per cent", "62 per cent said they had skipped a meal", "predicted 68 per
    cent incidence"), is compared with the title's level or share of a group when the
    sentence and the title share two content words (a change is never compared with
    either). Two percentages are apart in points: unhedged, they agree only as rounded to
    the digits each is written with ("68 per cent" is not "65.5 per cent", though within 5%
    of it). A share in words with its percentage beside it ("just over half of those who sat
    it, 52 per cent, passed", "more than half of adults (56%)") is one share, the
    percentage.

    A sentence that restates every other figure of the title as it is (its money, its
    counts of the same nouns) tells the headline again: its count of the title's noun is
    the title's count whatever words qualify each ("paid $2.1 billion for more than
    5,200 electric trucks at 48 depots" citing "$2.1 billion for 4,870 heavy goods trucks at
    48 depots"). A title in German, Dutch or a Romance language that sets thousands
    apart with points ("Jahresbericht 2024: 12.570 Einsätze auf See") is read with them as thousands
    when it shows its language (its letters or short words) and groups no figure the
    English way.

    One measure is often written differently in the text and in the title. A share in words
    ("fallen by almost two-thirds", "Two-thirds of parents …") is compared with the title's
    percentage or share like a percentage, as coarse as its fraction ("a third" is 30% too;
    five points either way) and bounded by its hedge ("almost two-thirds" is not 74%). A
    change is a change also when its verb stands further from "by" ("cut the days of
    therapy by 9%") or its word follows the figure ("74 per cent lower"). Two counts per
    the same period ("about 1,000 donkeys a day" / "1,500 animals a day"; "every year" / "a
    year") are one figure whatever each counts, when the title gives no other count, the
    sentence no other count per that period, and the values are within half of each other.
    A title that names what it counts before its figure ("Payday loan numbers fall to 1.2
    million", "Rough sleeper count rises to 4,100") counts that noun. A share in words that
    is the subject of its clause ("Just over half said that they worried about
    concussion") is a share of the people the text speaks of, compared with the title's
    share when its clause gives no other share and shares a content word with the title;
    "just over" keeps it close (not two-thirds).

    A sentence with no note mark takes the mark of the next sentence of its paragraph that
    has one, at most two sentences on, when each sentence up to it goes on about what was
    said ("It", "That", "The figure" …) and gives no figure of its own ("… counted 3,200
    rough sleepers last winter. It was the highest count since the survey began.[^3]").

    A title that names years, none of them the year written within a few words of the
    figure (a price base, "in 2023 prices", dates no figure), is of another period: "4.8
    million boxes in 2024" is not compared with "Port handles 4.2m boxes in 2023". A span of
    time counted to the time of writing ("almost thirty years ago", "Twenty Years After the
    Flood", "ten years on") is not compared with a title written in another year than the
    text: each is measured to its own day.

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
        claims: list[NumericClaim] = list(ctx.claims.of_type(CountClaim, MoneyClaim, QuantityClaim))
        worded: Counter[str] = Counter()
        if cites:
            from claimcheck.extract.numeric import word_shares
            from claimcheck.extract.text import iter_units

            # shares said in words ("fallen by almost two-thirds"): compared like percentages
            units = list(iter_units(ctx.document, footnotes=False))
            in_words = [w for w in word_shares(units) if w.footnotes]
            in_words += _subject_shares(units, {(w.article, w.block, w.start) for w in in_words})
            # a share in words with its percentage beside it ("just over half of those who
            # sat it, 52 per cent, passed", "more than half of adults (56%)") is one share:
            # the percentage is compared, and the sentence holds one share
            in_words = [w for w in in_words if not _with_percentage(w)]
            claims += in_words
            worded = Counter(w.sentence for w in in_words)
        borrowed = _notes_after(ctx, claims) if cites else {}
        for claim in claims:
            labels = claim.footnotes or borrowed.get(id(claim), ())
            if claim.footnote is not None or not labels or _claim_is_age(claim):
                continue  # (an age, "children aged six to ten", is whom a figure is about)
            for label in labels:
                for cite in cites.get((claim.article, label), []):
                    for written, headline in (
                        (cite.title, False),
                        (cite.translated_title, False),
                        (_headline(cite), True),
                    ):
                        if not written:
                            continue
                        # "2,76 millones de toneladas": the figure the English way
                        shown = in_english(written)
                        # "Cargo Hits 36.2 Million Tonnes": a headline in title case is read in
                        # lower case (its figures' scale words and units), quoted as written
                        title = sentence_cased(shown)
                        if _other_years(claim, title):
                            continue  # "4.8 million boxes in 2024" / "Port handles 4.2m boxes in 2023"
                        found = analyse(title)
                        if headline:  # a finding, not the report's name ("The first 100 days: ...")
                            found = tuple(m for m in found if m.start > title.find(": ") or _a_finding(m))
                        found += _title_word_shares(title, found)
                        for m in found:
                            if m.kind != claim.kind:
                                continue
                            if _an_age(title, m.start, m.end):
                                continue  # "in 0 to 19 year olds": whom, not a figure
                            if _part_and_whole(claim, m, title):
                                continue  # "18 of them" / "18 of 120 libraries": not the 120
                            if _elapsed_apart(ctx, claim, m, title, cite):
                                continue  # "two decades ago" / "Fifteen Years Later", written in 2022
                            if not (
                                _same(claim, m, title)
                                or _same_head(claim, m, title, found)
                                or _same_share(claim, m, title, found, worded)
                                or _transposed_only_count(claim, m, found)
                                or _transposed_same_head(claim, m, found)
                                or _restated_title(ctx, claim, m, found)
                                or _same_rate(ctx, claim, m, title, found)
                            ):
                                continue
                            # two bounds on one side name the same limit ("as much as 3°C" /
                            # "up to 5°C"): their values must agree as written, not as ranges
                            one_side = _same_side(claim.qualifier, m.qualifier)
                            if _in_words(claim) or _in_words(m):
                                if _shares_agree(claim, m):
                                    continue  # a share in words is as coarse as its fraction
                            elif (
                                agree(
                                    claim.value,
                                    None if one_side else claim.qualifier,
                                    m.value,
                                    None if one_side else m.qualifier,
                                )
                                and hedged_alike(claim, m)
                                and not transposed(claim.value, m.value)
                                and (rounded_alike(claim, m) or in_range(m, claim) or in_range(claim, m))
                            ):
                                continue  # (a hedge allows rounding to its digits, not two digits swapped;
                                # two figures in digits agree at the coarser one's last digit: "76 per
                                # cent" is not "74%", "37.9 million tonnes" not "36.2 million")
                            if _sentence_has(ctx, claim, m, title, found) or _sentence_has_value(ctx, claim, m.value):
                                continue  # the title's figure is another one of this sentence
                            if _said_just_before(ctx, claim, m):
                                continue  # "covers some 256,142 hectares. Only a part of that, about 6,671 hectares, …[4]"
                            if _nearer_in_sentence(ctx, claim, m, title, found):
                                continue  # the title is about another figure of the sentence
                            said = shown[m.start : m.end]
                            if m.thing and m.thing.lower() not in said.lower():
                                at = title.find(m.thing, m.end)  # the thing as the title writes it
                                said += " " + (shown[at : at + len(m.thing)] if at >= 0 else m.thing)
                            here = (
                                claim.text
                                if isinstance(claim, QuantityClaim) and _is_share(claim.unit)
                                else stated(claim)
                            )
                            yield self._against(claim, here, label, said, cite, written, title)
                        counted = _bare_counted(claim, title, found)
                        if counted is not None and not _sentence_has_value(ctx, claim, counted.value):
                            if not (
                                agree(claim.value, claim.qualifier, counted.value, counted.qualifier)
                                and hedged_alike(claim, counted)
                            ):
                                said = shown[counted.start : counted.end]
                                yield self._against(claim, stated(claim), label, said, cite, written, title)
                        bare = _bare_transposed(claim, title, found)
                        if bare is not None and not _sentence_has_value(ctx, claim, bare.value):
                            yield self._against(claim, stated(claim), label, bare.written, cite, written, title)

    def _against(
        self, claim: NumericClaim, here: str, label: str, said: str, cite: CitationClaim, written: str, title: str
    ) -> Finding:
        """The finding: the figure as the text gives it (``here``), the title's (``said``)."""
        return self.finding(
            claim,
            f"'{here}' here, but the source cited in footnote {label} says '{said}'",
            related=[(cite.location, f"source title: “{written}”")],
            help="check the figure against the source",
            subject=f"{claim.text} / {title}",
        )


#: a sentence that goes on about what the one before said ("It was …", "That figure …",
#: "The total …"): the note at its end may be the earlier sentence's source too
_GOES_ON = re.compile(
    r"\s*(?:It|This|That|These|Those|They|Such|The\s+(?:figure|number|total|count|rise|fall|increase|"
    r"decrease|drop|share|sum|amount|estimate|tally))\b"
)


def _notes_after(ctx: CheckContext, claims: list[NumericClaim]) -> dict[int, tuple[str, ...]]:
    """The notes a figure's sentence leaves to a sentence after it (by the claim's id): a
    sentence with no note mark takes the marks of the next sentence of its paragraph that
    has one ("The agency counted 4,100 rough sleepers last autumn. It was the highest
    figure since records began.[^3]"), at most two sentences on, when each sentence up to
    it goes on about what was said ("It", "That", "The figure" …) and gives no figure of
    its own (a note after another figure, or about another thing, is that one's)."""
    from claimcheck.extract.text import iter_units

    starts: dict[tuple[int, int], list[int]] = {}
    for c in claims:
        if c.block is not None and c.footnote is None:
            starts.setdefault((c.article, c.block), []).append(c.start)
    units = {(u.article, u.block): u for u in iter_units(ctx.document, footnotes=False) if u.block is not None}
    out: dict[int, tuple[str, ...]] = {}
    for c in claims:
        if c.footnotes or c.footnote is not None or c.block is None:
            continue
        unit = units.get((c.article, c.block))
        if unit is None or not unit.refs:
            continue
        end = unit.sentence_span(c.start)[1]
        for _ in range(2):
            if end >= len(unit.text):
                break
            s, e = unit.sentence_span(end)
            if any(s <= at < e for at in starts[(c.article, c.block)]):
                break  # that sentence gives a figure of its own: its note is that figure's
            if not _GOES_ON.match(unit.text, s):
                break  # a sentence about something else ("Norway's fleet …"): its note is its own
            labels = tuple(label for off, label in unit.refs if s <= off <= e)
            if labels:
                out[id(c)] = labels
                break
            end = e
    return out


#: a share in words that is the subject of its clause, of the people or things the text
#: speaks of ("Just over half said …", "Nearly a third reported …", "Two-thirds agreed …")
_SUBJECT_SHARE = re.compile(
    r"(?:^|(?<=[.;:,]\s)|(?<=\bbut\s)|(?<=\band\s))"
    r"(?P<share>(?:(?:just|well)\s+(?:over|under)\s+|more\s+than\s+|less\s+than\s+|nearly\s+|almost\s+|about\s+|around\s+|roughly\s+|over\s+|under\s+)?"
    r"(?P<fraction>half|a\s+third|two[\s-]thirds|a\s+quarter|three[\s-]quarters|a\s+fifth|two[\s-]fifths|three[\s-]fifths|four[\s-]fifths))"
    r"\s+(?:of\s+(?:them|those|these|respondents|the\s+respondents)\s+)?"
    r"(?:said|say|says|reported|report|agreed|agree|believed|believe|thought|think|felt|feel|wanted|want|worried|worry|"
    r"expected|expect|supported|support|backed|opposed|oppose|preferred|prefer|admitted|admit|described|named|rated|"
    r"were|was|are|is|had|have|has|would|could|did|do|does)\b",
    re.IGNORECASE,
)


def _subject_shares(units: list[TextUnit], taken: set[tuple[int, int | None, int]]) -> list[QuantityClaim]:
    """Shares in words that are the subject of their clause ("Just over half said they
    worried …"), with a note mark in their sentence, as percentages (a hedge kept). The
    extractors read a share in words before "of" ("half of the parents"); said alone, its
    group is the people the text speaks of."""
    out = []
    for unit in units:
        if not unit.refs:
            continue
        for m in _SUBJECT_SHARE.finditer(unit.text):
            start, end = m.start("share"), m.end("share")
            fraction = next(iter(find_numbers(m.group("fraction"))), None)
            if fraction is None or not 0 < fraction.value < 1 or (unit.article, unit.block, start) in taken:
                continue
            common = unit.common(start, end)
            if not common["footnotes"]:
                continue
            q = match_qualifier(unit.text, m.start("fraction"))
            out.append(
                QuantityClaim(
                    **common,
                    value=round(fraction.value * 100, 6),
                    written=m.group("share"),
                    qualifier=q[0] if q else None,  # type: ignore[arg-type]  # the model's vocabulary
                    unit="percent",
                )
            )
    return out


_UPPER_SIDE = frozenset({"up to", "less than", "under", "at most", "fewer than", "below", "no more than"})
_LOWER_SIDE = frozenset({"more than", "over", "at least", "above", "no less than", "upwards of"})


#: a year that is a price base, not a date: "in 2023 prices", "in 2016 terms"
_PRICE_BASE = r"(?![ \t]+(?:prices|terms|money|dollars|pounds|euros)\b)"
_YEAR_WORD = re.compile(r"(?<![\d,.])(?:19|20)\d\d(?![\d,.]\d)" + _PRICE_BASE)


def _other_years(claim: NumericClaim, title: str) -> bool:
    """Does the figure's sentence date it (a year within a few words of it, not a price
    base: "in 2023 prices") and the title name years, none of them that one? The title's
    figure is then another period's ("4.8 million boxes in 2024" against a title "Port
    handles 4.2m boxes in 2023"), whatever its digits."""
    sentence = claim.sentence or ""
    at = sentence.find(claim.text)
    if at < 0:
        return False
    near = sentence[max(0, at - 40) : at + len(claim.text) + 40]
    said, titled = _years_of(near), _years_of(title)
    if not said and titled:
        # the year that ends the figure's clause, further on, no other figure between
        # ("one household in five paid at least one bill late in 2024")
        rest = _CLAUSE_REST.match(sentence, at + len(claim.text))
        if rest is not None:
            said = _years_of(rest.group(0)[-4:])
    return bool(said) and bool(titled) and not said & titled


#: the rest of a figure's clause up to a year in it, with no other digit or clause break
#: between ("... paid at least one bill late in 2024")
_CLAUSE_REST = re.compile(r"[^\d;:()]{0,120}?\b(?:in|during|for|by|of)[ \t]+(?:19|20)\d\d(?!\d)" + _PRICE_BASE)


#: a span of two years written short: "2024-25", "2023/24", "2024–2025"
_YEAR_SPAN = re.compile(r"(?<![\d,.])((?:19|20)\d\d)[-/–]((?:19|20)?\d\d)(?![\d,.]\d)")


def _years_of(text: str) -> set[str]:
    """The years ``text`` names, each year of a span too ("2024-25": 2024 and 2025)."""
    years = set(_YEAR_WORD.findall(text))
    for m in _YEAR_SPAN.finditer(text):
        years.add(m.group(1))
        years.add(m.group(2) if len(m.group(2)) == 4 else m.group(1)[:2] + m.group(2))
    return years


def _same_side(a: str | None, b: str | None) -> bool:
    """Are both qualifiers bounds on one side ("up to" / "as much as", read "up to"; "more
    than" / "over"): two statements of one limit, not two ranges that may overlap?"""
    return bool(a and b and ({a, b} <= _UPPER_SIDE or {a, b} <= _LOWER_SIDE))


def _headline(cite: CitationClaim) -> str | None:
    """A title written without quotes (in italics, which the readers do not keep) with a
    colon, when the citation has no quoted title: the part of its outlet with that colon
    ("Ministry of Justice, Prison education statistics 2023-24: 43,100 learners, London"
    gives "Prison education statistics 2023-24: 43,100 learners"; "Restoring 52,000
    hectares: the 2021 report"), and the parts right after it that give more figures ("Final
    report: ten years on, 31 findings and 214 actions"). A name's own figures ("Annual report
    2023-24", "Channel 4") are no claim, and are not read as one."""
    if cite.title is not None or not cite.outlet:
        return None
    parts = cite.outlet.split(", ")
    for n, part in enumerate(parts):
        if ": " not in part:
            continue
        more = list(itertools.takewhile(_FIGURES_PART.match, parts[n + 1 :]))
        headline = ", ".join([part, *more])
        return headline if _DIGIT.search(headline) else None
    return None


_DIGIT = re.compile(r"\d")
#: a part of an outlet that gives figures: a number and a word in lower case ("31 findings
#: and 214 actions"), not a date ("5 June") or a volume ("148")
_FIGURES_PART = re.compile(r"\d[\d,.]*\s+(?:million\s+|billion\s+)?[a-z]{3,}")


def _a_finding(mention: Mention) -> bool:
    """Is a figure before a headline's colon a finding ("Closing the £1.7 billion gap",
    "Restoring 52,000 hectares") rather than part of a report's name: money, a measure
    other than a time ("The first 100 days", "Ten years of ..."), a count of something?"""
    if mention.kind == "quantity":
        return bool(mention.unit) and not any(t in (mention.unit or "") for t in _TIME_UNITS)
    return mention.kind == "money" or bool(mention.thing)


_TIME_UNITS = ("second", "minute", "hour", "day", "week", "month", "year", "decade", "century")


_AGE_BEFORE = re.compile(r"\b(?:aged|ages?)\s+(?:(?:between|from|of|under|over)\s+)?$", re.I)
_AGE_AFTER = re.compile(r"^[\s-]*(?:years?[\s-]*)?olds?\b", re.I)


def _an_age(text: str, start: int, end: int) -> bool:
    """Is the figure at text[start:end] an age ("aged six to ten", "0 to 19 year olds",
    "15-year-olds"): whom a figure is about, not a figure?"""
    return bool(_AGE_BEFORE.search(text[max(0, start - 30) : start]) or _AGE_AFTER.match(text[end : end + 20]))


#: what makes a span of time one counted to the time of writing: "ten years ago", "fifteen
#: years later", "twenty years on", "three months after"
_ELAPSED_AFTER = re.compile(r"\s*(?:ago|later|on|earlier|after|since|before)\b", re.IGNORECASE)
_SPAN_UNITS = frozenset({"year", "month", "week", "day"})


def _elapsed_apart(ctx: CheckContext, claim: NumericClaim, mention: Mention, title: str, cite: CitationClaim) -> bool:
    """Is a span of time, in the text or in the title, counted to the time it was written
    ("nearly two decades ago", "Fifteen Years Later", "ten years on"), and the source written
    in another year than the text (or either date unknown)? Then the two spans are measured
    to different days and may both be right."""
    if not isinstance(claim, QuantityClaim) or claim.unit not in _SPAN_UNITS or mention.unit not in _SPAN_UNITS:
        return False
    sentence = claim.sentence or ""
    at = sentence.find(claim.text)
    if not (
        (at >= 0 and _ELAPSED_AFTER.match(sentence, at + len(claim.text))) or _ELAPSED_AFTER.match(title, mention.end)
    ):
        return False
    published, cited = ctx.document.metadata.publication_date, cite.date
    return published is None or cited is None or cited.year != published.year


def _claim_is_age(claim: NumericClaim) -> bool:
    sentence = claim.sentence or ""
    at = sentence.find(claim.text)
    return at >= 0 and _an_age(sentence, at, at + len(claim.text))


def _significant(value: float) -> str:
    """The significant digits of a value ("34,100" -> "341", "2.75 million" -> "275")."""
    return f"{abs(value):.6g}".replace(".", "").lstrip("0").rstrip("0").split("e")[0]


def transposed(a: float, b: float, least: int = 3) -> bool:
    """Are two values the same three (``least``) or more significant digits with two
    neighbours swapped ("34,100" / "43,100", "1,86 million" / "1.68 million"): a typing
    slip's signature?"""
    da, db = _significant(a), _significant(b)
    if len(da) < least or max(a, b) > 10 * min(a, b):
        return False
    edit = one_edit(da, db)
    return edit is not None and edit[0] == "swap"


def _transposed_only_count(claim: NumericClaim, mention: Mention, found: tuple[Mention, ...]) -> bool:
    """A count whose digits the title's only count gives with two swapped ("34,100
    prisoners" citing "Prison education statistics: 43,100 learners"): the same figure
    mistyped, whatever noun each uses."""
    return (
        isinstance(claim, CountClaim)
        and sum(1 for m in found if m.kind == "count") == 1
        and transposed(claim.value, mention.value)
    )


def _transposed_same_head(claim: NumericClaim, mention: Mention, found: tuple[Mention, ...]) -> bool:
    """A count of two digits or more that the title's only count of the same head noun
    gives with two neighbours swapped, whatever words qualify each ("killed 41 otters" /
    "14 Eurasian otters killed"): the same figure mistyped. (With two digits only the head
    noun makes it the same figure; a qualifier the text leaves out is no other group here,
    as swapped digits are no rounding and no part.)"""
    head = _shared_head(claim, mention)
    if head is None:
        return False
    if sum(1 for m in found if m.kind == "count" and m.thing and thing_key(m.thing)[0] == head) != 1:
        return False
    return transposed(claim.value, mention.value, least=2)


def _restated_title(ctx: CheckContext, claim: NumericClaim, mention: Mention, found: tuple[Mention, ...]) -> bool:
    """Is a count the title's count of the same head noun, whatever words qualify each,
    because its sentence restates every other figure of the title ("paid $2.1 billion for
    more than 5,200 electric trucks at 48 depots" citing "$2.1 billion for 4,870 heavy goods
    trucks at 48 depots")? A sentence that gives the title's other
    figures as they are tells the headline again; its count of the title's noun is the
    title's count. The title must give at least one other figure, and no other count of
    the noun."""
    head = _shared_head(claim, mention)
    if head is None:
        return False
    if sum(1 for m in found if m.kind == "count" and m.thing and thing_key(m.thing)[0] == head) != 1:
        return False
    others = [m for m in found if m is not mention and m.kind in ("count", "money", "quantity") and m.value > 0]
    if not others:
        return False
    mine = [
        c
        for c in ctx.claims.of_type(CountClaim, MoneyClaim, QuantityClaim)
        if c is not claim and c.sentence == claim.sentence and c.article == claim.article
    ]
    return all(any(_given_again(c, m) for c in mine) for m in others)


def _given_again(claim: NumericClaim, mention: Mention) -> bool:
    """Does a claim give a title's figure as it is: the same value, in the same currency or
    unit, or counting the same head noun ("48 depots" / "48 truck depots")?"""
    if claim.kind != mention.kind or claim.value != mention.value:
        return False
    if isinstance(claim, MoneyClaim):
        return claim.currency == mention.currency
    if isinstance(claim, QuantityClaim):
        return claim.unit == mention.unit
    assert isinstance(claim, CountClaim)
    return bool(mention.thing) and thing_key(claim.thing)[0] == thing_key(mention.thing or "")[0]


def _shared_head(claim: NumericClaim, mention: Mention) -> str | None:
    """The head noun a count in the text and a count of the title both count, or None."""
    if not isinstance(claim, CountClaim) or not mention.thing:
        return None
    head = thing_key(mention.thing)[0]
    return head if head and head == thing_key(claim.thing)[0] else None


#: a number in a title that no claim reads (no noun or unit after it: "List passes 68,400
#: as patients wait"): thousands set apart, a decimal, or a scale word
_BARE_NUMBER = re.compile(
    r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?![\w,]|\.\d)|(?<![\w.,])\d+\.\d+(?=\s+(?:million|billion)\b)"
)


def _bare_transposed(claim: NumericClaim, title: str, found: tuple[Mention, ...]) -> Number | None:
    """The one number of three or more significant digits a title gives with no noun or
    unit (no claim of its own) when a count in the text is it with two neighbours swapped
    ("64,800 people had been waiting" citing "Waiting list passes 68,400 as patients wait
    over 18 weeks"): the same figure mistyped. None otherwise."""
    if not isinstance(claim, CountClaim):
        return None
    bare = [
        n
        for n in find_numbers(title)
        if not n.year_like and not n.words and not any(m.start <= n.start < m.end for m in found)
    ]
    bare = [n for n in bare if _BARE_NUMBER.match(title, n.start)]
    if len(bare) != 1 or not transposed(claim.value, bare[0].value):
        return None
    return bare[0]


_PERIOD_WORDS = {"daily": "day", "weekly": "week", "monthly": "month", "annually": "year", "yearly": "year"}
_PERIOD = re.compile(
    r"\b(?:(?:a|an|per|each|every)\s+(?P<unit>day|week|month|year)|(?P<adverb>daily|weekly|monthly|annually|yearly))\b"
    r"(?!\s+(?:after|ago|later|earlier|before|on|since|from)\b)"  # "a year later" is a time, not a rate
)


def _period_after(text: str, pos: int) -> str | None:
    """The period a count right before ``pos`` is per ("1,500 animals a day", "14,000 births
    every year", "slaughtered daily"), read up to the clause's end or the next figure."""
    window = re.split(r"[,;:.()\d]", text[pos : pos + 70], maxsplit=1)[0]
    m = _PERIOD.search(window.lower())
    if m is None:
        return None
    return m.group("unit") or _PERIOD_WORDS[m.group("adverb")]


def _same_rate(
    ctx: CheckContext, claim: NumericClaim, mention: Mention, title: str, found: tuple[Mention, ...]
) -> bool:
    """Is a count in the text the title's count because both are per the same period,
    whatever each counts ("about 1,000 donkeys a day" / "abattoirs slaughtering 1,500
    animals a day"; "18,000 babies born with the condition every year" / "14,000 affected
    births a year")? The title gives no other count, the sentence no other count per that
    period, and the values are within half of each other."""
    if not isinstance(claim, CountClaim) or mention.kind != "count" or not mention.thing:
        return False
    if sum(1 for m in found if m.kind == "count") != 1 or claim.value <= 0 or mention.value <= 0:
        return False
    low, high = sorted((claim.value, mention.value))
    if high > 1.5 * low or _flow_part(claim.thing) != _flow_part(mention.thing):
        return False
    sentence = claim.sentence or ""
    at = sentence.find(claim.text)
    period = _period_after(sentence, at + len(claim.text)) if at >= 0 else None
    if period is None or period != _period_after(title, mention.end):
        return False
    for other in ctx.claims.of_type(CountClaim):
        if other is claim or other.sentence != claim.sentence or other.article != claim.article:
            continue
        there = sentence.find(other.text)
        if there >= 0 and _period_after(sentence, there + len(other.text)) == period:
            return False
    return True


def _flow_part(thing: str) -> str | None:
    """The word that makes a counted thing a part or another group ("other", "more"); a
    count per a period counts new things anyway ("12,500 new diagnoses a year")."""
    part = part_in_thing(thing)
    return None if part == "new" else part


#: what a title counts written before its figure: "Payday loan numbers fall to 1.2 million",
#: "Number of rough sleepers rises to 4,100", "Eviction total hits 12,500"
_COUNTED_BEFORE = re.compile(
    r"(?:\bnumbers?\s+of\s+(?P<of>(?:[a-z-]+\s+){0,2}[a-z-]+)|(?P<noun>[a-z-]+)\s+(?:numbers|totals?|count))"
    r"\s+(?:rises?|rose|falls?|fell|drops?|dropped|hits?|reach(?:es|ed)?|pass(?:es|ed)?|tops?|climbs?|climbed|"
    r"grows?|grew|jumps?|jumped|surges?|surged|exceeds?|exceeded|stands?|stood)(?:\s+(?:to|at))?\s+$",
    re.IGNORECASE,
)


def _bare_counted(claim: NumericClaim, title: str, found: tuple[Mention, ...]) -> Mention | None:
    """The one number a title gives with no noun after it when the title names what it
    counts before it, and that is the head noun the text's count counts ("1.6 million such
    loans" citing "Payday loan numbers fall to 1.2 million in 2023"). None otherwise."""
    if not isinstance(claim, CountClaim) or claim.value <= 0:
        return None
    head = thing_key(claim.thing)[0]
    bare = [
        n
        for n in find_numbers(title)
        if not n.year_like and not any(m.start <= n.start < m.end for m in found) and n.value >= 10
    ]
    if len(bare) != 1:
        return None
    m = _COUNTED_BEFORE.search(title, max(0, bare[0].start - 80), bare[0].start)
    if m is None or _PERCENT_AFTER.match(title, bare[0].end):
        return None
    noun = (m.group("of") or m.group("noun") or "").split()[-1]
    if not head or thing_key(noun)[0] != head:
        return None
    from claimcheck.extract.numeric import Mention

    n, q = bare[0], match_qualifier(title, bare[0].start)
    return Mention("count", n.start, n.end, n.value, n.written, qualifier=q[0] if q else None, thing=noun)


_PERCENT_AFTER = re.compile(r"\s*(?:%|per\s*cent|percent)", re.IGNORECASE)


def _sentence_has_value(ctx: CheckContext, claim: NumericClaim, value: float) -> bool:
    """Does another claim of the claim's own sentence give ``value`` exactly, whatever it
    counts ("Of the 31,500 cases referred, 13,500 people were seen" citing "Referrals reach
    31,500"): the title is about that figure?"""
    return any(
        other is not claim and other.sentence == claim.sentence and other.value == value
        for other in ctx.claims.of_type(CountClaim, MoneyClaim, QuantityClaim)
    )


def _said_just_before(ctx: CheckContext, claim: NumericClaim, mention: Mention) -> bool:
    """Does the sentence just before the claim's, in its paragraph, give the title's figure
    exactly, of the same kind and unit ("The area covers some 256,142 hectares. Only a small
    part of that, about 6,671 hectares, forms the core zone.[4]" citing "Master plan: 256,142
    hectares"): the note closes a passage whose other figure the title names?"""
    unit = getattr(mention, "unit", None)
    before = [
        other
        for other in ctx.claims.of_type(CountClaim, MoneyClaim, QuantityClaim)
        if other.article == claim.article
        and other.block == claim.block
        and other.block is not None
        and other.start < claim.start
        and other.sentence != claim.sentence
        and other.kind == mention.kind
        and other.value == mention.value
        and getattr(other, "unit", None) == unit
    ]
    if not before:
        return False
    # only the sentence right before: nothing between it and the claim's sentence
    last = max(before, key=lambda o: o.start)
    return not any(
        o.block == claim.block
        and o.article == claim.article
        and last.start < o.start < claim.start
        and o.sentence not in (last.sentence, claim.sentence)
        for o in ctx.claims.of_type(CountClaim, MoneyClaim, QuantityClaim)
    )


def _same(claim: NumericClaim, mention: Mention, title: str = "") -> bool:
    if isinstance(claim, CountClaim):
        if part_in_thing(claim.thing) != part_in_thing(mention.thing or ""):
            return False  # "Three new members join" adds to the "nine members" of the text
        if claim.thing.lower().startswith("such ") and mention.thing:
            # "6.8 million such lines" (lead service lines, said before) / "9.2 million lead
            # service lines": what the text counts is the title's, by its head noun
            return thing_key(claim.thing)[0] == thing_key(mention.thing)[0]
        return bool(mention.thing) and (
            same_thing(claim.thing, mention.thing or "") or _same_with_event(claim, mention.thing or "", title)
        )
    if isinstance(claim, MoneyClaim):
        return mention.currency == claim.currency
    assert isinstance(claim, QuantityClaim)
    if _is_share(claim.unit):
        return False  # a share means nothing without its base: "85% of revenue" vs "revenue up 33%"
    return mention.unit == claim.unit


def _same_head(claim: NumericClaim, mention: Mention, title: str, found: tuple[Mention, ...]) -> bool:
    """Is a count in the text the title's count of the same head noun, said with other
    qualifiers: the title's only count of that noun, each word the title qualifies it with
    said in the text's sentence too ("1,700 misuse incidents" / "misuse ... generated 1,900
    reported incidents"; "50,000 points" / "35,000 public charging points"), and the values
    within half of each other (further apart, the text's is more likely a part of the
    title's: "3,000 child deaths" of "47,000 deaths")? Some of a group ("14 of 52 Depots
    Understaffed") is compared only with some of a group ("17 of the agency's 52 depots"),
    and the group's size is not another count of the noun."""
    head = _shared_head(claim, mention)
    if head is None or claim.value <= 0 or mention.value <= 0:
        return False
    words = thing_key(mention.thing or "")[1]
    heads = [m for m in found if m.kind == "count" and m.thing and thing_key(m.thing)[0] == head]
    if sum(1 for m in heads if not _WHOLE_BEFORE.search(title, 0, m.start)) != 1:
        return False
    if _WHOLE_BEFORE.search(title, 0, mention.start):
        return False  # the group's size ("of 52"): the text's figure of the noun is its part or its whole
    some = claim.subject is not None and claim.subject.part == "of"
    if some != bool(_SOME_OF.match(title, mention.end)):
        return False
    low, high = sorted((claim.value, mention.value))
    if high > 1.5 * low:
        return False
    said = set(content_stems(claim.sentence))
    return all(any(s in said for s in content_stems(w)) for w in words)


def _part_and_whole(claim: NumericClaim, mention: Mention, title: str) -> bool:
    """Is the text's figure some of a group ("18 of them", "41 of the 64 weirs") and the
    title's the group's size ("18 of 120 branch libraries": the 120)? A part is compared
    with the title's part only."""
    return (
        mention.kind == "count"
        and claim.subject is not None
        and claim.subject.part == "of"
        and _WHOLE_BEFORE.search(title, 0, mention.start) is not None
    )


#: a count of some of a group in a title ("14 of 52 depots"), and the group's size after it
_SOME_OF = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+)?\d")
_WHOLE_BEFORE = re.compile(r"\d\s+(?:out\s+)?of\s+(?:the\s+)?$")


#: words that say things were lost, as a noun after the counted one ("2,500 job cuts") or
#: a verb of the sentence ("cost 2,800 jobs", "shed", "axed")
_LOSS = frozenset(stem(w) for w in "cut loss lost lose cost shed axe axed eliminate redundancy layoff".split())


def _same_with_event(claim: CountClaim, thing: str, title: str) -> bool:
    """Is one counted thing the other with what happened to it ("2,500 job cuts" in a
    title, "cost 2,800 jobs" in the text; "2,800 job cuts" / "to axe 2,500 jobs"): the
    same words, one more on one side, and that event word (its stem, or for a loss any
    word of loss) in the other's sentence or title?"""
    a, b = content_stems(claim.thing), content_stems(thing)
    if not a or not b:
        return False
    if len(b) == len(a) + 1 and b[: len(a)] == a:
        event, said = b[-1], set(content_stems(claim.sentence))
    elif len(a) == len(b) + 1 and a[: len(b)] == b:
        event, said = a[-1], set(content_stems(title))
    else:
        return False
    return event in said or (event in _LOSS and bool(said & _LOSS))


_CHANGE_WORDS = frozenset(
    """up down rose rise rises risen fell fall falls fallen grew grow grows grown lost lose loses
    gained gain gains cut cuts dropped drop drops climbed climb climbs jumped jump jumps
    increased increase increases decreased decrease decreases declined decline declines
    reduced reduce reduces slashed slash slashes halved
    higher lower more less fewer shrank shrink shrinks""".split()
)
_SHARE_STOP = frozenset(
    """the a an of in on at to for by from with as and or but its their than that this these those
    have has had been be was were is are will would since over under about after before into
    year years month months says said report reports percent per cent
    half halves third thirds quarter quarters fifth fifths tenth tenths""".split()
)


def _share_frame(text: str, start: int, end: int) -> tuple[str, frozenset[str]]:
    """How a percentage is used ("change": up, fell, lost ...; "of": a share of something;
    "" otherwise) and the content words of the sentence or title it stands in, stemmed."""
    before = re.findall(r"[a-z]+", text[max(0, start - 60) : start].lower())
    after = re.findall(r"[a-z]+", text[end : end + 60].lower())
    kind = ""
    if (
        set(before[-3:]) & _CHANGE_WORDS
        or (before[-1:] == ["by"] and set(before[-8:]) & _CHANGE_WORDS)  # "cut the days of therapy by 9%"
        or after[:1]
        and after[0] in _CHANGE_AFTER  # "sales 74 per cent lower than in 2009"
    ):
        kind = "change"
    elif after[:1] == ["of"]:
        kind = "of"
    words = frozenset(
        _stem(w)
        for w in re.findall(r"[a-z]+", text.lower())
        if len(w) >= 4 and w not in _SHARE_STOP and w not in _CHANGE_WORDS
    )
    return kind, words


#: a word right after a percentage that makes it a change ("74 per cent lower", "12% up")
_CHANGE_AFTER = frozenset("lower higher up down more less fewer smaller larger bigger cheaper dearer".split())


def _title_word_shares(title: str, found: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """The shares a title says in words ("Two-thirds of parents worry …", "Sales fall by
    almost a quarter"), as percentages: a fraction in words before "of", or after a change
    and "by". None inside a figure the title's other mentions read."""
    from claimcheck.extract.numeric import Mention, ratio_share

    out = []
    for n in find_numbers(title):
        if not n.words or not 0 < n.value < 1 or any(m.start <= n.start < m.end for m in found):
            continue
        before = re.findall(r"[a-z]+", title[max(0, n.start - 60) : n.start].lower())
        change = before[-1:] == ["by"] and bool(set(before[-8:]) & _CHANGE_WORDS)
        if not (change or _OF_AFTER.match(title, n.end) or ratio_share(title, n)):  # "One in four adults say"
            continue
        q = match_qualifier(title, n.start)
        out.append(
            Mention(
                "quantity",
                n.start,
                n.end,
                round(n.value * 100, 6),
                n.written,
                qualifier=q[0] if q else None,
                unit="percent",
            )
        )
    return tuple(out)


_OF_AFTER = re.compile(r"\s+of\s+(?!(?:an?|one)\s+(?:hour|minute|day|week|month|year|mile)\b)")


def _in_words(figure: NumericClaim | Mention) -> bool:
    """Is a share said in words ("two-thirds", "almost half"), not digits?"""
    unit = figure.unit if isinstance(figure, QuantityClaim) or not isinstance(figure, NumericClaim) else None
    return _is_share(unit) and not _DIGIT.search(figure.written or "")


def _shares_agree(claim: NumericClaim, mention: Mention) -> bool:
    """Can a share in words and the other side's share be one figure? A fraction in words is
    a coarse figure: "a third" is 30% too, "half" 45% to 55% (five points either way); a
    hedge bounds it on one side ("almost two-thirds" is 59% to 67%, not 74%; "more than
    half" is anything from half up)."""
    sides: list[tuple[NumericClaim | Mention, NumericClaim | Mention]] = [(claim, mention)] if _in_words(claim) else []
    if _in_words(mention):
        sides.append((mention, claim))
    return all(
        _fraction_holds(w.value, w.qualifier, o.value, None if _JUST.match(o.written or "") else o.qualifier, _just(w))
        for w, o in sides
    )


#: a hedge that keeps a figure close on its side ("just over half", "just under a third")
_JUST = re.compile(
    r"\s*(?:only\s+)?just\s+(?:over|under)\b|\s*(?:a\s+little|slightly)\s+(?:over|under|more|less)\b", re.I
)


def _just(figure: NumericClaim | Mention) -> bool:
    return bool(_JUST.match(figure.written or ""))


def _fraction_holds(share: float, qualifier: str | None, value: float, other: str | None, just: bool = False) -> bool:
    """Can ``value`` be a share said in words as ``share`` with ``qualifier`` ("just" over
    or under it when ``just``)?"""
    if other is not None and other != "about":
        return agree(share, qualifier, value, other, rounding=0.1)
    if qualifier in ("nearly", "under", "less than", "up to", "at most"):
        return share - 8 <= value <= share + 1
    if qualifier in ("over", "more than", "at least"):
        return share - 1 <= value <= share + 8 if just else value >= share - 1
    return abs(share - value) <= 5


def _stem(word: str) -> str:
    for suffix in ("ies", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


_CLAUSE_END = re.compile(r",\s+(?:and|but|while|whereas)\s+|;|\.\s")


def _same_share(
    claim: NumericClaim, mention: Mention, title: str, found: tuple[Mention, ...], worded: Counter[str] | None = None
) -> bool:
    """Is a percentage in the text the title's percentage of the same thing? Both must be
    the only percentage of their sentence and title, used the same way (a change, "up 18%",
    or a share, "30% of its area") and said of the same thing: the sentence and the title
    share a content word ("the scheme cost ..., up 18%" / "meal costs up 11%"). A share of one base against a change of another ("85% of revenue" / "revenue
    up 33%") is never compared."""
    if not isinstance(claim, QuantityClaim) or not _is_share(claim.unit) or not _is_share(mention.unit):
        return False
    if sum(1 for m in found if m.kind == "quantity" and _is_share(m.unit)) != 1:
        return False
    sentence = claim.sentence
    at = sentence.find(claim.text)
    if at < 0:
        return False
    tkind, twords = _share_frame(title, mention.start, mention.end)
    if _in_words(claim) and _SUBJECT_SHARE.match(sentence, at):
        # a share said as the subject ("Just over half said …"): of the people the text speaks
        # of, compared with a title's share of a group when its clause (up to ", and", ";"
        # or the next share) gives no other share and shares a content word with the title
        clause = _CLAUSE_END.split(sentence[at:], maxsplit=1)[0]
        if re.search(r"\d\s?%|per\s?cent|\b(?:one|two|three|four|five|six|seven|eight|nine)\s+in\s+\w+", clause):
            return False
        _, words = _share_frame(clause, 0, len(claim.text))
        return tkind in ("of", "") and bool(words & twords)
    if len(re.findall(r"\d\s?%|per\s?cent", sentence)) + (worded or Counter())[sentence] != 1:
        return False  # (a share in words, "almost two-thirds", is one of the sentence's too)
    if _RATE_WORDS.fullmatch(claim.text) and _RATE_WORDS.fullmatch(mention.written):
        # "nearly one in five adults say" / "One in four adults say": a rate of the group
        # named right after each
        return bool(_group_after(sentence, at + len(claim.text)) & _group_after(title, mention.end))
    kind, words = _share_frame(sentence, at, at + len(claim.text))
    if kind == "of" and kind == tkind:
        # a share means nothing without its base: "99% of the embedded emissions" is not
        # "90% of importers", whatever else the sentence and the title share
        return bool(_base(sentence, at + len(claim.text)) & _base(title, mention.end))
    if kind and kind == tkind:
        return bool(words & twords)
    if "change" in (kind, tkind):
        return False  # a change is never a level or a share
    # a level ("had reached 21.6 per cent", "68 per cent incidence", "62 per cent said")
    # against a share of a group or another level: one measure when the sentence and the
    # title share two content words ("forecast", "incidence"; "recycling", "glass")
    return len(words & twords) >= 2


#: a share said as a rate: "one in four", "3 out of 10"
_RATE_WORDS = re.compile(r"[\w-]+\s+(?:in|out\s+of)\s+[\w-]+", re.IGNORECASE)


def _group_after(text: str, end: int) -> frozenset[str]:
    """The stemmed group a rate is of: the first two content words after it ("one in four
    adults say" -> adult)."""
    words = re.findall(r"[a-z]+", re.split(r"[,;:.()]", text[end:], maxsplit=1)[0].lower())[:2]
    return frozenset(_stem(w) for w in words if len(w) >= 4 and w not in _SHARE_STOP)


def _base(text: str, end: int) -> frozenset[str]:
    """The stemmed content words of what a share is of: the words after its "of", up to
    the clause's end ("30% of their area" -> area; "90% of importers exempted" -> importer,
    exempted)."""
    after = re.split(r"[,;:.()]", text[end:], maxsplit=1)[0]
    words = re.findall(r"[a-z]+", after.lower())[1:5]
    return frozenset(_stem(w) for w in words if len(w) >= 4 and w not in _SHARE_STOP)


#: a percentage set beside a share in words, up to its clause's end: ", 52 per cent," or
#: "(56%)" after "just over half of those who sat the test"
_BESIDE_PERCENTAGE = re.compile(r"[^,;:()\d]{0,60}?(?:,|\()\s*\d+(?:\.\d+)?\s?(?:%|per\s?cent\b|percent\b)\s*[,)]")


def _with_percentage(share: NumericClaim) -> bool:
    """Is a share in words given with its percentage beside it (the same share twice)?"""
    at = share.sentence.find(share.text)
    return at >= 0 and _BESIDE_PERCENTAGE.match(share.sentence, at + len(share.text)) is not None


def _is_share(unit: str | None) -> bool:
    return (unit or "").strip().lower() in {"%", "percent", "per cent", "percentage", "percentage point", "pp"}


def _nearer_in_sentence(
    ctx: CheckContext, claim: NumericClaim, mention: Mention, title: str = "", found: tuple[Mention, ...] = ()
) -> bool:
    """Does the claim's sentence give another figure of the title's kind nearer the title's
    value ("Peru produced 2.6 million tonnes, against Chile's 5.3 million tonnes" citing "2.76
    million tonnes": the title is about the 2.6 million, never about both)?"""
    if claim.value <= 0 or mention.value <= 0:
        return False
    off = abs(math.log(claim.value / mention.value))
    for other in ctx.claims.of_type(type(claim)):
        if other is claim or other.sentence != claim.sentence or other.article != claim.article:
            continue
        if (
            other.value > 0
            and (_same(other, mention) or _same_head(other, mention, title, found))
            and abs(math.log(other.value / mention.value)) < off
        ):
            return True
    return False


def _sentence_has(
    ctx: CheckContext, claim: NumericClaim, mention: Mention, title: str = "", found: tuple[Mention, ...] = ()
) -> bool:
    """Does the claim's own sentence state the title's figure too (the title is about that
    one: "revenue was $163 million, up 33% …; 85% of it comes from …")?"""
    for other in ctx.claims.of_type(type(claim)):
        if other is claim or other.sentence != claim.sentence or other.article != claim.article:
            continue
        if (_same(other, mention) or _same_head(other, mention, title, found)) and agree(
            other.value, other.qualifier, mention.value, mention.qualifier
        ):
            return True
    return False
