from __future__ import annotations

from claimcheck import lazyre as re
from typing import Iterable

from pydantic import ConfigDict, Field

from claimcheck.claims.units import normalise_unit, parse_unit, to_base
from claimcheck.extract.numbers import parse_number
from claimcheck.findings.model import Finding, Severity
from claimcheck.rules._arithmetic import Figure, Sentence, fmt, scaled, sentences
from claimcheck.rules.base import CheckContext, Rule, RuleOptions

# "2.4 TWh, or 2,100 GWh" / "4,500 km (2,100 miles)" / "(about 2,800 miles)"
# "2.4 TWh of electricity a year, or 2,100 GWh": what is measured may come between
# ("100 gigalitres a year (about 274,000 cubic metres a day)": a rate, its time base after it)
# "4,700 tonnes of veterinary drugs for farm animals, some 4.7 million kilograms": after a
# comma alone, a hedge says the figure is the same one rounded again (an appositive); what is
# measured may take a few words, and its year may follow ("180 days in 2024, roughly six months")
_RESTATE = re.compile(
    r"(?:[ \t]+of(?:[ \t]+[a-z][a-z'’-]*){1,6}?)?(?:[ \t]+(?:in|during)[ \t]+(?:19|20)\d\d)?"
    # (or a period that ends on a date: "in the year to March 2025", "over the 12 months ending June 2024")
    r"(?:[ \t]+(?:in|during|over|for)[ \t]+the[ \t]+(?:(?:financial|calendar|fiscal|school)[ \t]+)?"
    r"(?:year|twelve[ \t]+months|12[ \t]+months|season|quarter)[ \t]+(?:to|ending|ended)[ \t]+"
    r"(?:(?:\d{1,2}[ \t]+)?[A-Z][a-z]+[ \t]+)?(?:19|20)\d\d)?"
    r"(?:[ \t]+(?:a|an|per|each|every)[ \t]+(?P<per>year|day|week|month|hour))?"
    r"(?:,[ \t]*or|[ \t]*\((?:or[ \t]+)?|[ \t]+or|(?P<appos>,)(?=[ \t]*(?:about|around|roughly|some|approximately|nearly|almost|just[ \t]+(?:over|under)|"
    r"(?:a[ \t]+little|slightly)[ \t]+(?:over|under|more|less))\b)|"
    # "2.6 billion litres, equal to 2.6 million cubic metres", "…, the equivalent of …"
    # (the first figure an appositive of the subject: "the 2.6 billion litres cited earlier,
    # is equal to …", "…, the 2.1 TWh reported last year, is equivalent to …")
    r"(?:(?:[ \t]+[a-z][a-z'’-]*){1,4}(?=,[ \t]*(?:is|are|was|were)[ \t]+(?:equal|equivalent)[ \t]+to\b))?"
    r",?[ \t]+(?:(?:is|are|was|were)[ \t]+)?(?:(?:equal|equivalent)[ \t]+to|the[ \t]+equivalent[ \t]+of))[ \t]*"
    r"(?:(?P<h>about|around|roughly|some|nearly|almost|approximately|~|just[ \t]+(?:over|under)|"
    r"(?:a[ \t]+little|slightly)[ \t]+(?:over|under|more[ \t]+than|less[ \t]+than))|"
    r"more[ \t]+than|over|at[ \t]+least|less[ \t]+than|under|up[ \t]+to)?[ \t]*$",
    re.I,
)
#: an appositive restatement ends its clause, what is measured at most between ("…, some
#: 4.7 million kilograms of active ingredient."); more after it makes it a part, a rate or
#: a difference ("…, about 200 kg a day", "…, some 300 kg of it in June", "…, 40 kg more")
_APPOS_END = re.compile(r"(?:[ \t]+of(?:[ \t]+[a-z][\w'’-]*){1,4})?[ \t]*(?:[,.;:)\u2014\u2013]|$)", re.I)
_PART_OF = re.compile(r"[ \t]+of[ \t]+(?:it|them|this|that|these|those|which|whom|its|their)\b", re.I)
#: a precious metal, whose ounces are troy ounces
_PRECIOUS = re.compile(r"\b(?:gold|silver|platinum|palladium|bullion)\b", re.I)
_TROY = {"ounce": "troy_ounce"}
#: bounds that put a figure above, and below, the value written
_LOWER_BOUNDS = ("more than", "over", "above", "at least", "in excess of", "upwards of", "well over", "no less than")
_OF_AFTER = re.compile(r"[ \t]+of[ \t]+[a-z]", re.I)
#: the time base written after a restated rate, in words ("… cubic metres a day)"), or
#: abbreviated after a slash or "per" ("(~4h/wk)", "(3 hrs per wk)"): a figure with a time
#: base written after it alone is a rate, not the first figure again
_PER_AFTER = re.compile(
    r"(?:[ \t]+(?:a|an|per|each|every)[ \t]+|[ \t]*/[ \t]*)(?P<per>year|yr|day|week|wk|month|mo|hour|hr)\b", re.I
)
#: the time bases' abbreviations, by the word they stand for
_PER_WORD = {"yr": "year", "wk": "week", "mo": "month", "hr": "hour"}
#: the days in each time base a rate may be written per
_DAYS = {"year": 365.25, "month": 365.25 / 12, "week": 7.0, "day": 1.0, "hour": 1 / 24}
#: how far off a figure after a bare "or" may be and still be read as the first restated:
#: further, the two are alternatives ("15 minutes or half an hour")
_ALTERNATIVE = 0.5
# a unit written right after a number that the extraction did not read ("180 Tbit/s")
_RAW_UNIT = re.compile(r"[ \t\u00a0]?(?P<u>[A-Za-zµ°]{1,12}(?:/[A-Za-z]{1,4})?)(?![A-Za-z/])")


#: the noun a unit made an adjective stands before ("4,400-horsepower line-haul unit"), when
#: a bracket follows it
# (or a comma and a hedge: "the 60,000-barrel mark, about 70,000 hectolitres")
# (the noun may be a name: "the 17-kilometre Vestby route, just over 10 miles")
_NOUN_THEN_BRACKET = re.compile(
    r"(?:[ \t]+[A-Za-z][a-z'’-]*){1,3}(?=[ \t]*(?:\(|,[ \t]*(?:about|around|roughly|some|approximately|nearly|almost|"
    r"just[ \t]+(?:over|under)|(?:a[ \t]+little|slightly)[ \t]+(?:over|under|more|less))\b))"
)
#: a few words that place or qualify a measure before its restatement in brackets ("600
#: metres above sea level (about 1,970 feet)", "1.8 kilometres offshore (just over a mile)"):
#: read only when the bracket holds the restated figure alone
_WORDS_THEN_BRACKET = re.compile(r"(?:[ \t]+[a-z][a-z'’-]*){1,4}(?=[ \t]*\()")
_BRACKET_CLOSES = re.compile(r"[ \t]*\)")


_PRICE_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
#: a price per unit: "$1.20 a pound", "38 pesos per 100 ml", "€85 per tonne", "COP 38 per
#: 100 ml" (a currency's code in capitals before the figure)
_PRICE_PER = (
    r"(?P<cur{n}>US\$|[$€£¥₹]|(?-i:[A-Z]{3})(?=[ \t]\d))?[ \t]?(?P<v{n}>"
    + _PRICE_NUM
    + r")(?:[ \t]+(?P<cw{n}>[a-z]+))?[ \t]+(?:per|a|an|each)[ \t]+"
    r"(?:(?P<q{n}>" + _PRICE_NUM + r")[ \t]*)?(?P<u{n}>[A-Za-zµ]+)\b"
)
#: the same price restated per another unit: "38 pesos per 100 ml, or 3,800 pesos per
#: litre", "$1.20 a pound ($2.65 a kilogram)", "€85 per tonne, equivalent to €0.085 per kilogram"
_PRICE_RESTATED = re.compile(
    _PRICE_PER.replace("{n}", "1")
    + r"(?:,[ \t]*or|[ \t]*\((?:or[ \t]+)?|,?[ \t]+(?:equal|equivalent)[ \t]+to|,(?=[ \t]*(?:about|around|roughly|some)\b))"
    r"[ \t]*(?P<h>about|around|roughly|some|nearly|almost|approximately)?[ \t]*" + _PRICE_PER.replace("{n}", "2"),
    re.I,
)


def _per_amount(rate: str, other: str) -> str:
    """The amount unit of a rate ("hectare" of "hectare / hour") when it measures what
    ``other`` does, else the rate as it is."""
    amount = rate.split("/")[0].strip()
    try:
        if parse_unit(amount).dimensionality == parse_unit(other).dimensionality:
            return amount
    except Exception:
        return rate
    return rate


def _hyphen_unit(s: Sentence, f: Figure) -> bool:
    """Is the figure's unit joined to its number by a hyphen, an adjective ("a 4,400-horsepower
    unit", "a 12-tonne lorry")?"""
    return s.text[f.num.end : f.num.end + 1] == "-" and f.end > f.num.end + 1


class Options(RuleOptions):
    model_config = ConfigDict(extra="forbid")

    tolerance: float = Field(
        default=0.03,
        gt=0,
        lt=1,
        description="Relative difference allowed on top of the precision written (rounded conversions).",
    )
    hedge_tolerance: float = Field(
        default=0.1, ge=0, lt=1, description="Extra relative width for 'about', 'roughly' and the like."
    )


class RestatedUnitMismatch(Rule[Options]):
    """A figure restated in another unit right after it does not convert to it.

    Read when a quantity is followed by the same quantity in another unit of the same
    dimension, after ", or", "equal to", "equivalent to", "the equivalent of" or in
    parentheses (also after the noun of a unit made an adjective: "a 4,400-horsepower unit
    (about 2,300 kilowatts)"): "2.4 TWh, or 2,100 GWh" (it is 2,400 GWh);
    "4,500 km (2,100 miles)" (it is 2,796 miles); or after a comma and a hedge, an
    appositive that ends its clause ("4,700 tonnes of veterinary drugs for farm animals,
    some 4.7 million kilograms of active ingredient"; "180 days in 2024, roughly six
    months"), not one a part, a rate or a difference follows ("…, some 300 kg of it",
    "…, about 20 kg a day", "…, 40 kg more", "…, 5,000 MWh in December alone"). What is
    measured may take a few words after "of", and the first figure's year may follow it. A
    bound restates the figure as written ("over 33 hectares (330,000 square metres)",
    "at least 2 million cubic metres (over 2 billion litres)"); bounds on opposite sides are
    two figures. Units convert through the project's pint
    registry; an ounce of gold, silver, platinum or palladium (or of bullion) is a troy
    ounce, 31.1 g ("200 tonnes of gold, or about 6.4 million ounces"), as it is written
    too ("troy ounces"). Each figure keeps the precision it was written with, a conversion may be
    rounded (`tolerance`, 3% by default), and "about" or "roughly" widen it: a hedged
    restatement as far as the precision it is written with ("about 30 feet" may be 31; "about
    27 feet" is 26.5–27.5 before the rounding allowance, so 9.5 metres is not "about 27
    feet"), never more than `hedge_tolerance`. After a bare "or" (no comma, no
    parenthesis) a figure more than half off is an alternative, not a restatement ("fix the
    price for 15 minutes or half an hour"). Money is left out (money conversions are
    NU001's). A temperature converts with its scale's offset ("35 °C (95 °F)"), a whole
    degree read as half a degree either side (a round restatement to its last non-zero
    digit, at most 2%: "230 °C (450 °F)") and a hedge as a degree more; a difference
    converts without the offset ("warmer by 2 °C (3.6 °F)"), so either reading passes,
    and a figure after "minus" or a dash is left alone. A rate may be restated per another
    time base ("100 gigalitres a year (about 274,000 cubic metres a day)", "4,000 tonnes a
    day (about 1.5 million tonnes a year)": a year is 365.25 days); a time base written
    after the restated figure only is another figure's ("2 MW (48 MWh a day)"), abbreviated
    too: "Quarter-day (~2h/wk)" names a level of effort and gives its weekly hours, not a
    quarter of a day in hours; a figure set off before "is equal to" is restated by the figure
    after it, its time base after that one allowed ("The region's water use, the 2.6 billion
    litres cited earlier, is equal to 2.6 million cubic metres a day"). A mass of a gas may be
    written with its formula ("1.8 MtCO2e, or 1.8 million tonnes"; "42,000 tCO2"). A range restated ("27 to 30 °C (81
    to 86 °F)", "10–12 km (6–7 miles)") is not read as its last figure restated.

    A restatement may be said "just over", "a little over", "slightly under" the figure
    ("238 days, or just over six months": it is almost eight), read as a hedge; a rate
    restated without its time base is the same rate ("20 hectares an hour (about 30
    acres)": 49 acres); and a unit made an adjective may be restated after its noun and a
    comma with a hedge ("the 60,000-barrel mark, about 50,000 hectolitres").

    A period that ends on a date may stand between the two ("1.2 TWh in the year to March
    2025, or 12,000 GWh"); a few words may place the measure before its restatement in
    brackets when the bracket holds the figure alone ("600 metres above sea level (about
    2,600 feet)", not "(about 2,100 feet in all)"); the noun of a unit made an adjective
    may be a name, restated after a comma with any hedge ("the 17-kilometre Vestby route,
    just over 13 miles").

    A price per unit restated per another unit of the same kind is read too: "38 pesos per
    100 ml, or 3,800 pesos per litre" (380), "$1.20 a pound ($2.65 a kilogram)"; the same
    currency on both sides, nothing else. A barrel is the oil barrel of 42 US gallons, the
    barrel of energy and trade writing (a brewer's barrel is another measure).

    ## Why is this bad?
    A figure that closes a list of figures after a comma and "or" ("wait 10 minutes, 20
    minutes, or 2 hours"; "lanes of 25 metres, 50 metres, or 100 yards") is one more choice,
    not the figure before it restated; a figure restated after ", or" with no list before it
    ("12 km, or 9 miles") is read as before.

    A restatement exists to help the reader; when it does not convert, one of the two
    figures was changed, or the conversion was done with the wrong factor.

    ## Example
    ```markdown
    Shipments travel 4,500 km (2,100 miles) from the port.
    ```

    Use instead:
    ```markdown
    Shipments travel 4,500 km (2,800 miles) from the port.
    ```
    """

    code = "AR003"
    name = "restated-unit-mismatch"
    severity = Severity.warning
    needs = ("quantity", "money", "count", "date")
    Options = Options

    def check(self, ctx: CheckContext) -> Iterable[Finding]:
        for s in sentences(ctx):
            yield from self._prices(s)
            figs = s.figures
            for i, (a, b) in enumerate(zip(figs, figs[1:])):
                if a.percent or b.percent or a.currency or b.currency:
                    continue
                if a.bound and b.bound and (a.bound in _LOWER_BOUNDS) != (b.bound in _LOWER_BOUNDS):
                    continue  # a bound restates the figure as written: "over 33 hectares (330,000 m²)"
                # is the second figure a restatement of the first? Checked before any unit is
                # parsed, so pint is loaded only where a restatement stands
                gap_at = self._raw_end(s, a)
                noun = _NOUN_THEN_BRACKET.match(s.text, gap_at, b.start) if _hyphen_unit(s, a) else None
                if noun is not None:
                    # "a 4,400-horsepower unit (about 2,300 kilowatts)": the unit made an
                    # adjective, its noun between the figure and its restatement in brackets
                    gap_at = noun.end()
                elif (words := _WORDS_THEN_BRACKET.match(s.text, gap_at, b.start)) is not None and (
                    _BRACKET_CLOSES.match(s.text, self._raw_end(s, b))
                ):
                    gap_at = words.end()  # "600 metres above sea level (about 1,970 feet)"
                if not _RESTATE.fullmatch(s.between(gap_at, b.start)):
                    continue
                if _RANGE_AFTER.match(s.text, b.num.end):
                    continue  # "27 to 30 °C (81 to 86 °F)": a range restated, its ends pair up
                ua = self._unit(s, a)
                m = _RESTATE.fullmatch(s.between(max(a.end, gap_at), b.start))
                if not m or ua is None:
                    continue
                if (
                    i
                    and _LAST_CHOICE.fullmatch(m.group(0))
                    and _LIST_COMMA.fullmatch(s.between(self._raw_end(s, figs[i - 1]), a.start))
                ):
                    continue  # "wait 5 seconds, 5 minutes, or 5 days": the last of a list of choices
                ub = self._unit(s, b)
                if ua and ub and "/" in ua and "/" not in ub and not _PER_AFTER.match(s.text, b.end):
                    # "20 hectares an hour (about 30 acres)": a rate restated without its time
                    # base is the same rate, its amount in another unit
                    ua = _per_amount(ua, ub)
                if _PRECIOUS.search(s.between(s.start, s.end)):
                    # an ounce of gold, silver or platinum is a troy ounce ("200 tonnes of
                    # gold, or 6.4 million ounces"), 31.1 g, not the 28.3 g of the kitchen
                    ua, ub = (_TROY.get(ua, ua), _TROY.get(ub, ub) if ub else ub)
                # a rate restated per another time base: "100 gigalitres a year (about
                # 274,000 cubic metres a day)", "4,000 tonnes a day (1.5 million tonnes a
                # year)"; a time base written after the restated figure only is another
                # figure's ("2 MW (48 MWh a day)")
                per_a = (m.group("per") or "").lower()
                pm = _PER_AFTER.match(s.text, b.end)
                per_b = pm.group("per").lower() if pm else ""
                per_b = _PER_WORD.get(per_b, per_b)
                rebased = bool(per_a and per_b and per_a != per_b)
                # (a time base after the second figure only is that figure's own, unless the
                # sentence says the two are equal: "the 2.6 billion litres cited earlier is
                # equal to 13,500 cubic metres a year" restates a yearly figure)
                said_equal = re.search(r"\bequ", m.group(0)) is not None
                if ub is None or ua == ub and not rebased or per_b and not per_a and not said_equal:
                    continue
                if m.group("appos") is not None and (
                    not _APPOS_END.match(s.text, b.end) or _PART_OF.match(s.text, b.end)
                ):
                    continue  # "4 tonnes, some 300 kg of it …": a part, a rate or a difference
                if " of " in s.between(a.end, b.start) and _OF_AFTER.match(s.text, b.end) and m.group("appos") is None:
                    continue  # "2 GW of wind, or 1,500 MW of solar": two things, not one restated
                try:
                    pa, pb = parse_unit(ua), parse_unit(ub)
                    if pa.dimensionality != pb.dimensionality or not str(pa.dimensionality):
                        continue
                    if "kelvin" in to_base(1.0, ua)[1] or "[temperature]" in str(pa.dimensionality):
                        found = self._temperature(s, a, b, ua, ub, bool(m.group("h") or a.hedge or b.hedge))
                        if found is not None:
                            yield found
                        continue
                    fa, _ = to_base(1.0, ua)
                    fb, _ = to_base(1.0, ub)
                except (ValueError, Exception):
                    continue
                if fa <= 0 or fb <= 0:
                    continue
                k = fa / fb
                if rebased:
                    k *= _DAYS[per_b] / _DAYS[per_a]
                    a.end += m.end("per")  # the message says each figure's time base
                    b.end = pm.end() if pm else b.end
                want = a.value * k
                t = self.options.tolerance
                hedge = self.options.hedge_tolerance if (m.group("h") or a.hedge or b.hedge) else 0.0
                ha, hb = _measured_half(a), _measured_half(b)
                if hedge and not a.hedge:
                    # "(about 27 feet)": the restated figure rounded at the precision it is
                    # written with, not any figure near it ("about 30 feet" may be 31); that
                    # rounding is the figure's own precision, not counted twice: "6 km (about 5
                    # miles)" is no 4.5 miles widened again by a tenth (it is 3.7)
                    hedge = min(hedge, max(0.02, _grain(b.num.written) / b.value if b.value else hedge))
                    hb = 0.0
                lo = (a.value - ha) * k * (1 - t - hedge)
                hi = (a.value + ha) * k * (1 + t + hedge)
                if b.value + hb >= lo and b.value - hb <= hi:
                    continue
                if any(b.value + hb >= lo * r and b.value - hb <= hi * r for r in _imperial_ratios(ua, ub)):
                    continue  # "10 litres (about 2 gallons)": the imperial gallon (2.2)
                off = abs(b.value - want) / want if want else 0
                if off > _ALTERNATIVE and not re.search(r"[,(]|\bequ", m.group(0)):
                    continue  # "for 15 minutes or half an hour": two choices, not one restated
                yield self._mismatch(
                    s, (a, ua), (b, ub), scaled(want, b), f"{off:.0%} off; allowed {scaled(lo, b)}–{scaled(hi, b)}"
                )

    def _prices(self, s: Sentence) -> Iterable[Finding]:
        """A price per unit restated per another unit of the same kind ("38 pesos per 100
        ml, or 3,800 pesos per litre": 380): the same currency on both sides, each price
        divided by its amount in base units."""
        text = s.between(s.start, s.end)
        if " per " not in text and " a " not in text and " an " not in text:
            return
        for m in _PRICE_RESTATED.finditer(text):
            if (m.group("cur1") or "", (m.group("cw1") or "").lower()) != (
                m.group("cur2") or "",
                (m.group("cw2") or "").lower(),
            ):
                continue  # another currency or none said: not the same price restated
            if not (m.group("cur1") or m.group("cw1")):
                continue
            try:
                wa, wb = normalise_unit(m.group("u1")), normalise_unit(m.group("u2"))
                if wa is None or wb is None or wa == wb:
                    continue
                ua, ub = parse_unit(wa), parse_unit(wb)
                if ua.dimensionality != ub.dimensionality or not str(ua.dimensionality):
                    continue
                fa, _ = to_base(1.0, wa)
                fb, _ = to_base(1.0, wb)
            except Exception:
                continue
            va, vb, qa, qb = (parse_number(m.group(g) or "1") for g in ("v1", "v2", "q1", "q2"))
            if va is None or vb is None or qa is None or qb is None or min(va, vb, qa, qb, fa, fb) <= 0:
                continue
            want = va / (qa * fa) * (qb * fb)
            tol = self.options.tolerance + (self.options.hedge_tolerance if m.group("h") else 0.0)
            if abs(vb - want) <= tol * want:
                continue
            start = s.start + m.start("v2") - (len(m.group("cur2") or ""))
            end = s.start + m.end("u2")
            said = text[m.start("cur1") if m.group("cur1") else m.start("v1") : m.end("u1")]
            told = text[m.start("cur2") if m.group("cur2") else m.start("v2") : m.end("u2")]
            yield self.finding(
                s.unit.doc.span(s.unit.owner, start, end),
                f"{said} is {fmt(want)} per {(m.group('q2') + ' ') if m.group('q2') else ''}{m.group('u2')}, not {told} "
                f"({abs(vb - want) / want:.0%} off)",
                related=[(s.unit.locate(s.start + m.start("v1")), "the price restated")],
                help="recompute the price per unit, or check the first price",
                subject=f"{said} / {told}",
            )

    def _temperature(self, s: Sentence, a: Figure, b: Figure, ua: str, ub: str, hedged: bool) -> Finding | None:
        """ "35 °C (95 °F)": a temperature restated in another scale converts with its
        offset, each figure at the precision written (a whole degree is half a degree
        either side) and a degree of the second scale more for a hedge; a difference
        ("a rise of 2 °C (3.6 °F)") converts without it, so either reading passes. A
        figure after "minus" or a dash is left alone (its sign is not read)."""
        scales = {"degree_Celsius": "C", "degree_Fahrenheit": "F", "kelvin": "K"}
        sa, sb = scales.get(ua), scales.get(ub)
        if sa is None or sb is None or sa == sb:
            return None
        if _SIGN_BEFORE.search(s.before(a.start, 8)) or _SIGN_BEFORE.search(s.before(b.start, 8)):
            return None
        ha = a.half or (0.0 if a.num.words else 0.5)
        hb = max(_measured_half(b), 0.0 if b.num.words or b.half else 0.5)  # "(450 °F)" may be rounded to ten
        slack = hb + (1.0 if hedged else 0.0)
        want = _to_scale(_from_scale(a.value, sa), sb)
        ends = sorted(_to_scale(_from_scale(v, sa), sb) for v in (a.value - ha, a.value + ha))
        if ends[0] - slack <= b.value <= ends[1] + slack:
            return None
        step = _STEP[sa] / _STEP[sb]  # a difference: "a rise of 2 °C (3.6 °F)"
        if (a.value - ha) * step - slack <= b.value <= (a.value + ha) * step + slack:
            return None
        return self._mismatch(s, (a, ua), (b, ub), fmt(want), f"allowed {fmt(ends[0] - slack)}–{fmt(ends[1] + slack)}")

    def _mismatch(
        self, s: Sentence, first: tuple[Figure, str], second: tuple[Figure, str], want: str, detail: str
    ) -> Finding:
        """The finding: the second figure (in its unit) is not the first converted (``want``)."""
        (a, ua), (b, ub) = first, second
        return self.finding(
            s.span(b),
            f"{a.num.written} {self._written_unit(s, a)} is {want} {self._written_unit(s, b)}, "
            f"not {b.num.written} ({detail})",
            related=[(s.location(a), "the figure restated")],
            help="recompute the conversion, or check the first figure",
            subject=f"{a.num.written} {b.num.written} {ua} {ub}",
        )

    @staticmethod
    def _raw_end(s: Sentence, f: Figure) -> int:
        """Where the figure ends, a unit symbol written after it included (text only)."""
        if f.unit or f.claim is not None or f.num.words:
            return f.end
        m = _RAW_UNIT.match(s.text, f.num.end)
        return m.end() if m and re.search(r"[A-Z]", m.group("u")) else f.end

    def _unit(self, s: Sentence, f: Figure) -> str | None:
        if f.unit:
            return f.unit
        if f.claim is not None or f.num.words:
            return None
        m = _RAW_UNIT.match(s.text, f.num.end)
        if not m or not re.search(r"[A-Z]", m.group("u")):
            return None  # only symbols with a capital prefix ("Tbit/s"), never a plain word
        try:
            parse_unit(m.group("u"))
        except ValueError:
            return None
        f.end = m.end()
        return m.group("u")

    @staticmethod
    def _written_unit(s: Sentence, f: Figure) -> str:
        return s.text[f.num.end : f.end].strip().lstrip("-") or (f.unit or "")


#: a comma and "or" alone between two figures: what may close a list of choices
_LAST_CHOICE = re.compile(r"[ \t]*,[ \t]*or\b.*", re.I)
#: a comma alone (a hedge allowed) between a figure and the next: one item of a list
_LIST_COMMA = re.compile(
    r"[ \t]*,[ \t]*(?:(?:about|around|roughly|some|nearly|almost|approximately|over|under|up[ \t]+to)[ \t]+)?", re.I
)
#: a figure opening a range: "81 to 86 °F", "6–7 miles"
_RANGE_AFTER = re.compile(r"[ \t]*(?:°[ \t]*[CF]?|[A-Za-z]{1,12})?[ \t]*(?:to|and|[-\u2013\u2014])[ \t]*\d")
#: a minus sign, a dash or "minus" right before a figure: a sign the figure's value lost
_SIGN_BEFORE = re.compile(r"(?:[-\u2212\u2013\u2014]|\bminus|\bnegative)[ \t]*$", re.I)
#: the size of one degree of each scale, in kelvin
_STEP = {"C": 1.0, "K": 1.0, "F": 5 / 9}


def _from_scale(v: float, scale: str) -> float:
    """A temperature in degrees Celsius."""
    return (v - 32) * 5 / 9 if scale == "F" else v - 273.15 if scale == "K" else v


def _to_scale(c: float, scale: str) -> float:
    """A temperature in degrees Celsius in another scale."""
    return c * 9 / 5 + 32 if scale == "F" else c + 273.15 if scale == "K" else c


#: units whose US and imperial measures differ (pint's plain name is the US one)
_IMPERIAL = {"gallon": "imperial_gallon", "fluid_ounce": "imperial_fluid_ounce"}


def _imperial_ratios(ua: str, ub: str) -> list[float]:
    """How much the conversion factor from ``ua`` to ``ub`` changes when a gallon or a
    fluid ounce on either side is the imperial one (none when neither unit is one)."""
    out = []
    for unit, scale in ((ua, 1.0), (ub, -1.0)):
        alt = _IMPERIAL.get(unit)
        if alt is None:
            continue
        try:
            ratio = to_base(1.0, alt)[0] / to_base(1.0, unit)[0]
        except (ValueError, Exception):
            continue
        out.append(ratio if scale > 0 else 1 / ratio)
    return out


def _measured_half(f: Figure) -> float:
    """A measurement's precision: half a unit of its last significant digit ("3 kg" is
    2.5–3.5 kg, "2,100 miles" 2,058–2,142 miles: round zeros allow at most 2%)."""
    if f.half or f.num.words or not f.num.integer:
        return f.half
    raw = re.sub(r"\D", "", f.num.written)
    zeros = len(raw) - len(raw.rstrip("0")) if raw.strip("0") else 0
    # a round figure may be rounded to its last non-zero digit, but never by more than 2%
    return min(0.5 * 10.0**zeros, max(0.5, 0.02 * f.value))


def _grain(written: str) -> float:
    """The place of the last digit that is not a zero: 1 in "27", 10 in "960", 0.1 in
    "1.3", 1,000 in "1,000" (a round figure says it is rounded that far)."""
    digits = re.sub(r"[^\d.]", "", written)
    if not digits or not any(c in "123456789" for c in digits):
        return 1.0
    if "." in digits:
        whole, frac = digits.split(".", 1)
        if frac.rstrip("0"):
            return 10.0 ** -len(frac.rstrip("0"))
        digits = whole
    return 10.0 ** (len(digits) - len(digits.rstrip("0")))
