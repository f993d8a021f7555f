"""Money, counts and quantities: the numeric claims an editor checks.

One pass over a text unit reads every number (:mod:`claimcheck.extract.numbers`) and
decides, from what stands around it, which claim it is -- if any:

* **money** -- a currency symbol, ISO code or name before or after the amount: "580
  billion euros", "$1.5bn", "US$ 150 million", "RMB 10", "6.6 trillion yuan (858 billion
  euros)". The amount is in major units with the scale applied; a conversion given in
  parentheses right after it, or after the words that say what it is per, how and when
  ("£20 million a year (about €23 million)", "€3.10 per meal on average in 2024 (roughly
  £2.60)"), becomes ``equivalent`` on the same record (never a record of its own); "in
  2023" / "by 2029" right after it (or in those words) sets ``year`` (and ``date``).
* **quantity** -- a unit after the number ("2.5-meter", "300 km/h", "12%", "nine-hour",
  "two decades"), written as a pint unit string (:mod:`claimcheck.claims.units`); a
  percentage may also come first when it stands alone ("percent of 10", "per cent of
  twenty-two").
  Spans of time are quantities, not counts: "nine-hour spacewalk" is 9 ``hour``, "two
  decades" 20 ``year``, "the past quarter century" 25 ``year`` (pint has no decade of
  time), "in the past 12 months" 12 ``month``. The date extractor may report the same
  words as a relative window; that is a different claim about them.
* **count** -- a number of things: "more than 4 million 5G base stations" counts
  "5G base stations", "twelve developing and partner countries". A count needs a real
  counted noun: the phrase after the number must end in a plural noun, so "two-way",
  "one of", "3 times" and a bare number are not counts, and "one"/"a single" never are.
  A group's size written "the 164-strong mission" counts "mission members".

Precision comes first. Nothing is read from URLs, from quoted or bracketed titles and
citation details in footnotes ("no. 8", "33–37"), from identifiers ("LM-11",
"Yaogan-41", "Mate 60 Pro", "Shenzhou 19", "Document 60", "A2/AD", "14th Five-Year
Plan"), from numbers glued to letters ("5G", "1990s", "20th"), from years standing alone
("in 2016"), dates ("December 17, 2020"), times ("2:00") or from numbers inside or next
to Chinese text. A range ("2–3 million", "between 5 and 10 km") is one claim with
``low``/``high`` and ``value`` at the midpoint; a hedge before it ("more than", "about",
"up to") is the ``qualifier``, outside the span.

Speed: regular expressions compiled once, analysis cached per text, no pint and no
dateparser on this path (unit strings come from a table checked against pint in tests).
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import math
from claimcheck import lazyre as re
from dataclasses import dataclass, replace
from typing import Any, Iterable, Iterator

from claimcheck.claims.models import (
    ClaimSubject,
    CountClaim,
    MoneyClaim,
    MoneyValue,
    PartialDate,
    QuantityClaim,
)
from claimcheck.claims.units import (
    LENGTH_UNITS,
    UNIT_ABBREVIATIONS,
    UNIT_WORDS,
    YEAR_MULTIPLES,
    compound_unit,
)
from claimcheck.data.calendar import MONTHS
from claimcheck.extract.currency import (
    AMBIGUOUS_WORDS,
    DOLLAR_PREFIXES,
    letters_mark_amount,
    MINOR_UNITS,
    SHARED_SYMBOLS,
    SYMBOLS,
    currency_lexicon,
    is_currency_code,
    lower_code_ok,
    wordlike_code,
)
from claimcheck.data.numberwords import SCALES
from claimcheck.extract.numbers import (
    Number,
    find_numbers,
    fraction_of_scale,
    match_qualifier,
    match_scale,
    parse_number,
)
from claimcheck.document import BlockKind
from claimcheck.extract.subjects import OWNER, clause_bounds, numeric_subject
from claimcheck.extract.text import TextUnit, per_document, sentence_bounds
from claimcheck.text import has_any, ignorecase_fold, word_opens_with_any

__all__ = ["Mention", "analyse", "extract_counts", "extract_money", "extract_quantities", "word_shares"]


# =========================================================================== records
@dataclass(slots=True)
class Mention:
    """One numeric claim found in a text, before it becomes a claim record."""

    kind: str  # "money" | "quantity" | "count"
    start: int
    end: int
    value: float
    written: str
    low: float | None = None
    high: float | None = None
    scale: str | None = None
    qualifier: str | None = None
    unit: str | None = None
    currency: str | None = None
    year: int | None = None
    year_to: int | None = None  # a split year's last calendar year ("2022-23": year 2022, year_to 2023)
    month: int | None = None
    equivalent: tuple[float, str] | None = None
    thing: str | None = None
    thing_end: int | None = None


# =========================================================================== context
_CJK_RE = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
# A domain or an address is tried only from the start of its run of characters (a
# look-behind), never from every character inside it: ``\b[\w.-]+\.com`` and ``\S+@`` tried
# at each of a million positions of "1.1.1..." scanned the rest of the run each time
_URL_RE = re.compile(
    r"(?:https?://|www\.)\S+"
    r"|(?<![\w.-])[.-]*+\w[\w.-]*\.(?:com|org|net|gov|edu|int|cn|io|info|fr|de|uk|eu|html?|shtml|php|aspx?|pdf)\b\S*"
    r"|(?<!\S)\S+@\S+\.\w+",
    re.IGNORECASE,
)
_FOOTNOTE_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|\[[^\]]*\]|«[^»]*»")
_QUOTED_CJK = re.compile(r"“[^”]*[\u3400-\u9fff][^”]*”|\([^)]*[\u3400-\u9fff][^)]*\)|（[^）]*）")
_CITATION_LEFT = re.compile(
    r"(?:\b(?:no|nos|vol|vols|pp|p|art|arts|ch|chap|sec|para|fig|figs|tab|ed|ibid|op|n)\.[ \t]*"
    r"|\b(?:No|Nos|Vol|Art|Article|Chapter|Section|Fig|Figure|Table|Page|Annex|Box|Phase|Tier|Level|Grade|Type|Class|Category|Model|Version|Room|Route|Flight|Unit|Block|Lot|Case|Resolution|Decree|Law|Order|Directive|Regulation|Item|Paragraph|Point|Step|Stage|Round|Season|Episode|Part)[ \t]+"
    r"|#[ \t]*|§[ \t]*|\b(?:no|number|nr)[ \t]+)$"
)
_MONTHS = MONTHS
# capitalised words that may stand right before a number without making it a name
_OK_BEFORE = frozenset(
    """a an about above across after all almost along also although among and another any
    approximately around as at because before below between both but by each either even
    every exactly fewer for from further however if in including into just last less
    like many more most much my nearly neither next nor not now of on only or other our over
    past per plus rather roughly since so some such than that the their these this those
    though through thus to together total under until up upon versus via was we were
    what when whereas which while who whose with within without yet year years estimated
    another its his her there here it they he she i you are is were was has have had
    today now then hence unless where some several few whose whom be been being will would
    can could may might must should did do does""".split()
)
_PREV_WORD = re.compile(r"([A-Za-z][A-Za-z'’.-]*)[ \t]*$")


# what every match of _URL_RE holds: "://" or "@" as written, or one of these in any case
_URL_WORDS = (
    "www.",
    ".com",
    ".org",
    ".net",
    ".gov",
    ".edu",
    ".int",
    ".cn",
    ".io",
    ".info",
    ".fr",
    ".de",
    ".uk",
    ".eu",
    ".htm",
    ".shtml",
    ".php",
    ".asp",
    ".pdf",
)


def _may_hold_url(text: str) -> bool:
    return "://" in text or "@" in text or has_any(ignorecase_fold(text), _URL_WORDS)


def _blocked_spans(text: str, footnote: bool) -> list[tuple[int, int]]:
    spans = [(m.start(), m.end()) for m in _URL_RE.finditer(text)] if _may_hold_url(text) else []
    spans += [(m.start(), m.end()) for m in _QUOTED_CJK.finditer(text)]
    if footnote:
        spans += [(m.start(), m.end()) for m in _FOOTNOTE_QUOTED.finditer(text)]
    spans.sort()
    return spans


def _inside(spans: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    i = bisect.bisect_right(starts, pos) - 1
    while i >= 0:
        s, e = spans[i]
        if s <= pos < e:
            return True
        if e <= pos and s < pos - 2000:
            break
        i -= 1
    return False


def _near_cjk(text: str, start: int, end: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i >= 0 and _CJK_RE.match(text[i]):
        return True
    j = end
    while j < len(text) and text[j] in " \t":
        j += 1
    return j < len(text) and bool(_CJK_RE.match(text[j])) and text[j] not in "元円（）"


def _left_ok(text: str, start: int) -> bool:
    """No identifier, citation detail, decimal list or time glued on the left."""
    if start == 0:
        return True
    c = text[start - 1]
    if c.isalnum() or c in "_@/\\.:'’":
        return False
    if c in "-‐‑–":
        b = text[start - 2] if start >= 2 else " "
        if b.isalnum() or b in ")'’":
            return False
    if c == "," and start >= 2 and text[start - 2].isdigit():
        return False
    cited = _CITATION_LEFT.search(text, max(0, start - 14), start)
    if cited:
        # "number" as a verb ("workers now number 1,150", "the pickets numbered ...") counts
        return cited.group(0).startswith("number") and bool(
            _NUMBER_AS_VERB.search(text, max(0, start - 40), cited.start())
        )
    return True


_NUMBER_AS_VERB = re.compile(r"(?:\b(?:now|still|already|then|today|only)|[a-z]{3,}s)[ \t]+$")


def _right_ok(text: str, end: int) -> bool:
    """Not followed by more digits of a list, time, date or version ("3,5", "2:00", "1.2.3")."""
    if end >= len(text):
        return True
    c = text[end]
    nxt = text[end + 1] if end + 1 < len(text) else ""
    if c in ",.:/" and nxt.isdigit():
        return False
    return True


#: a number written with thousands grouped ("43,000", "1,250,000"): a figure, never the
#: number of a name ("Mate 60", "Windows 11"), whatever capitalised word stands before it
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?![\d,])")


def _capitalised_before(text: str, start: int) -> bool:
    """A capitalised word right before the number names something: "Mate 60", "Document 60"."""
    m = _PREV_WORD.search(text, max(0, start - 40), start)
    if not m:
        return False
    word = m.group(1)
    if not word[0].isupper() or "'" in word or "’" in word:
        return False  # "I'm 1.8m", "She's 60", "China's 4 million": not a name
    low = word.lower().rstrip(".")
    if low in _OK_BEFORE:
        return False
    return True


# =========================================================================== units
def _alternation(forms: Iterable[str]) -> str:
    out = []
    for f in sorted(set(forms), key=lambda f: (-len(f), f)):  # one order in every process (a cached pattern)
        out.append(re.escape(f).replace(r"\ ", r"[ \t]+"))
    return "|".join(out)


_GLUED_ONLY = frozenset({"t", "g", "l", "s", "h"})
_SPACED_ONLY = frozenset({"yo", "y.o."})
_TIME_WORDS = {
    "decade": "decade",
    "decades": "decade",
    "century": "century",
    "centuries": "century",
    "millennium": "millennium",
    "millennia": "millennium",
}
_UNIT_WORD_FORMS = set(UNIT_WORDS) | set(_TIME_WORDS)
# "s" is left out: "1990s" and "the 90s" are decades, not seconds
_ABBR_FORMS = set(UNIT_ABBREVIATIONS) - {"bps", "bp", "pp", "s"}  # bps/bp/pp are matched as words
_UNIT_RE = re.compile(
    r"(?P<sq>(?i:square|sq\.?|cubic|cu\.?)[ \t]+)?"
    rf"(?:(?P<word>(?i:{_alternation(_UNIT_WORD_FORMS | {'bps', 'bp', 'pp'})}))|(?P<abbr>{_alternation(_ABBR_FORMS)}))"
    r"(?P<pow>[23²³](?![0-9]))?"
    r"(?=$|[^A-Za-z0-9_-]|-(?:old|long|high|wide|tall|deep|thick)\b|-(?![A-Za-z0-9])|"
    # a mass of a gas written with its formula: "1.8 MtCO2e", "310 ktCO₂", "5 tCO2eq"
    r"(?<=t)(?:CO2|CO₂)(?:e|eq)?\b)"
)
_PER_RE = re.compile(r"(?:[ \t]*/[ \t]*|[ \t]+per[ \t]+|[ \t]+an?[ \t]+(?=hour\b))", re.IGNORECASE)
_BRACKETED_UNIT = re.compile(r"[ \t]*[(\[{<][ \t]*")
_CLOSING = {"(": ")", "[": "]", "{": "}", "<": ">"}
_INCHES_AFTER = re.compile(r"[ \t]+(?:and[ \t]+)?(?P<n>\d{1,2}(?:\.\d+)?)[ \t]*(?:in|inch|inches|″|\")(?![A-Za-z])")
_TEMPERATURE_CONTEXT = re.compile(
    r"\b(?:temperature|thermostat|weather|hot|cold|warm|heat|degrees? outside|fever)\b", re.I
)
_AGE_BEFORE = re.compile(r"\b(?:aged?|age of)[ \t]+$", re.IGNORECASE)
# the percentage written before its number: "percent of 10", "per cent of twenty-two"
_PERCENT_OF_BEFORE = re.compile(r"\b(?P<pct>per[ \t]?cents?)[ \t]+of[ \t]+$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[ \t]*(?:$|[.,;:!?)\]])")
_SIGN_BEFORE = re.compile(r"(?:(?<![\w.])-|\b(?:minus|negative)[ \t]+|-[ \t]+)$", re.IGNORECASE)


#: a glued "m" before what is counted in millions, not measured in metres ("4.2m boxes",
#: "3.5m tonnes", "1.8m people"; not "a 5m wall", "12m boats", "5m waves": lengths)
_MILLIONS_OF = re.compile(
    r"m[ \t]+(?:of[ \t]+)?(?:[a-z]+[ \t]+)?(?:people|persons|passengers|visitors|tourists|users|customers|"
    r"subscribers|residents|households|homes|voters|viewers|listeners|readers|members|workers|jobs|employees|"
    r"patients|cases|doses|students|pupils|children|adults|farmers|migrants|refugees|tonnes|tons|barrels|"
    r"litres|liters|gallons|hectares|acres|units|boxes|containers|parcels|packages|vehicles|cars|trips|"
    r"journeys|downloads|views|copies|sales|shares|transactions|accounts|applications|claims|items|animals|"
    r"birds|cattle|sheep|pigs|chickens|bags|bottles|meals|tests|vaccinations|shots|calls|messages|votes)\b"
)

#: short unit symbols that stay units after a hyphen ("a 37,000-km cable", "a 50-MW plant")
_HYPHEN_ABBREVIATIONS = frozenset("km kg mm cm kW MW GW TW Mt Gt kt ha".split())


def _unit_at(text: str, pos: int, *, glued: bool, hyphen: bool) -> tuple[str, int, str] | None:
    """(pint unit, end, surface) of a unit written at ``pos``."""
    m = _UNIT_RE.match(text, pos)
    if not m:
        mod = _LENGTH_MODIFIER.match(text, pos) if not glued and not hyphen else None
        if mod is not None:
            # "4,500 route kilometres", "1,200 lane miles": a length of a kind of way
            found = _unit_at(text, mod.end(), glued=False, hyphen=False)
            if found is not None and found[0] in LENGTH_UNITS:
                return found[0], found[1], text[pos : found[1]]
        return None
    surface = m.group("word") or m.group("abbr")
    if not _unit_surface_ok(m, surface, glued=glued, hyphen=hyphen):
        return None
    if glued and m.group("abbr") == "m" and _MILLIONS_OF.match(text, m.start("abbr")):
        return None  # "4.2m boxes": millions of boxes, not metres
    if m.group("abbr") in _BYTES_OR_NAMES and _PLURAL_NOUN_AFTER.match(text, m.end("abbr")):
        return None  # "821,000 TB cases", "40 PB times": tuberculosis, a personal best, not bytes
    low = surface.lower()
    end = m.end("pow") if m.group("pow") else (m.end("word") if m.group("word") else m.end("abbr"))
    unit: str | None
    if low in _TIME_WORDS:
        unit = _TIME_WORDS[low]
    elif m.group("word"):
        unit = UNIT_WORDS.get(re.sub(r"[ \t]+", " ", low)) or UNIT_ABBREVIATIONS.get(low)
    else:
        unit = UNIT_ABBREVIATIONS.get(surface)
    if not unit:
        return None
    unit = _unit_power(unit, m)
    if unit is None:
        return None
    gas = _GAS_AFTER.match(text, end) if m.group("abbr") and surface.endswith("t") else None
    if gas is not None:
        end = gas.end()  # "1.8 MtCO2e": the gas's formula is a word of its unit
    rate = _rate_at(text, pos, end, unit)
    if rate is not None:
        return rate
    return unit, end, text[pos:end]


#: the symbols of data sizes that are also the short names of other things ("TB" for
#: tuberculosis, "PB" a personal best): a plural noun after one says what is counted
_BYTES_OR_NAMES = frozenset({"TB", "GB", "MB", "PB"})
_PLURAL_NOUN_AFTER = re.compile(r"[ \t]+[a-z]{3,}s\b")


#: a word naming the kind of way a length measures, between a figure and its unit
#: ("4,500 route kilometres", "1,200 lane miles", "300 track km")
_LENGTH_MODIFIER = re.compile(r"(?:route|track|lane|rail|road|trail|pipeline|cable|network)(?:[ \t]+|-)(?=[a-z])", re.I)


#: the formula of a gas written after a mass unit, glued or spaced ("MtCO2e", "ktCO₂",
#: "tCO2eq", "2.5 t CO2e", "40 Mt CO₂")
_GAS_AFTER = re.compile(r"[ \t]?(?:CO2|CO₂)(?:e|eq)?\b")


def _unit_surface_ok(m: re.Match[str], surface: str, *, glued: bool, hyphen: bool) -> bool:
    """The unit is written as a unit is: an abbreviation glued or spaced as it may be, a
    word in one case."""
    if m.group("abbr"):
        if surface in _GLUED_ONLY and not glued and not _GAS_AFTER.match(m.string, m.end("abbr")):
            return False  # (a tonne of a gas may stand apart: "42,000 tCO2")
        if surface in _SPACED_ONLY and glued:
            return False
        if hyphen and len(surface) <= 2 and surface not in _HYPHEN_ABBREVIATIONS:
            return False  # "9-h"? "F-5"? too ambiguous; "a 37,000-km cable" is not
    if m.group("word") and " " not in surface and not surface.islower() and not surface.istitle():
        # "PERCENT" is fine, "ToNs" is not a unit word
        if not surface.isupper():
            return False
    return not (m.group("word") and surface[0].isupper() and not surface.isupper() and glued)


def _unit_power(unit: str, m: re.Match[str]) -> str | None:
    """A length unit squared or cubed ("sq km", "m²", "cubic metres"); ``None`` for another
    unit with a power."""
    power = m.group("pow")
    if m.group("sq"):
        sq = m.group("sq").lower()
        if unit not in LENGTH_UNITS or power:
            return None
        return f"{unit} ** {3 if sq.startswith('cu') else 2}"
    if power:
        if unit not in LENGTH_UNITS:
            return None
        return f"{unit} ** {2 if power in '2²' else 3}"
    return unit


def _rate_at(text: str, pos: int, end: int, unit: str) -> tuple[str, int, str] | None:
    """A rate: "km/h" is in the table, "miles per hour", "meters per millisecond", "kg/m3"."""
    pm = _PER_RE.match(text, end)
    if not (pm and unit in _RATE_NUMERATORS_OK):
        return None
    m2 = _UNIT_RE.match(text, pm.end())
    if not m2:
        return None
    s2 = m2.group("word") or m2.group("abbr")
    u2 = UNIT_WORDS.get(re.sub(r"[ \t]+", " ", s2.lower())) if m2.group("word") else UNIT_ABBREVIATIONS.get(s2)
    if m2.group("pow") and u2 and " " not in u2:
        u2 = f"{u2} ** {2 if m2.group('pow') in '2²' else 3}"
    rate = compound_unit(unit, u2) if u2 and "/" not in unit else None
    return (rate, m2.end(), text[pos : m2.end()]) if rate else None


_RATE_NUMERATORS_OK = frozenset(
    u
    for u in set(UNIT_WORDS.values()) | set(UNIT_ABBREVIATIONS.values())
    if u
    not in (
        "percent",
        "percentage_point",
        "basis_point",
        "permille",
        "degree_Celsius",
        "degree_Fahrenheit",
        "kelvin",
        "degree",
    )
)


# =========================================================================== money
_ISO_UPPER = r"[A-Z]{3}"
_PREFIX_RE = re.compile(
    r"(?:(?<![A-Za-z.])(?P<dp>US|U\.S\.|U\.S|u\.s\.?|us|USD|usd|C|c|CA|CAD|cad|A|AU|AUD|aud|HK|hk|HKD|hkd|NZ|nz|NZD|nzd|S|SGD|sgd|NT|R|Mex|MEX|mex|MX|MXN|mxn|N|J|TT|RD|EC|FJ)?[ \t]?\$"
    r"|(?P<sym>JP¥|CN¥|GH₵|GH¢|E£|[€£¥￥₹₩₽₺₪₫₱₦₴₡₾₭₿₨₸฿₵৳₲₼₮]|(?<![A-Za-z])(?:Rs\.?|RM|Rp\.?|KSh|Ksh|USh|Ush|TSh|Tsh|Tk|MK|K|R|Br|S/\.?))"
    r"|(?<![A-Za-z])(?P<mcode>[MK])(?P<mcode_iso>USD|EUR|GBP|AUD|CAD|CHF|JPY|CNY)"
    rf"|(?<![A-Za-z])(?P<code>{_ISO_UPPER}|rmb|usd|eur|gbp|cny|jpy|chf|aud|hkd|inr|rub|krw|sgd|nzd|mxn|brl|zar|sek|nok|dkk|twd))"
    r"[ \t]?$"
)
_SUFFIX_SYMBOL_RE = re.compile(r"[ \t]?(?P<sym>[$€£¥￥₹₩₽₺₪₫₱₦₴₡₾₭₿₸฿₵৳₲₼₮元円]|ரூ|zł|Kč)(?![A-Za-z0-9])")
_SUFFIX_CODE_RE = re.compile(r"(?P<sp>[ \t]?)(?P<mag>[MK])?(?P<code>[A-Z]{3}|[a-z]{3})(?![A-Za-z0-9$])")
_SUFFIX_SCALE_WORD = re.compile(r"[ \t]+(?P<scale>thousand|million|billion|trillion)\b", re.IGNORECASE)
_MINOR_AFTER = re.compile(
    r"[ \t]+(?:and[ \t]+)?(?P<num>\d{1,2}|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ \t-]+(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))"
    r"(?P<unit>[ \t]*(?:cents?|pence|p|mao|jiao|fen)\b)?",
    re.IGNORECASE,
)
_MINOR_FOLLOW_OK = re.compile(
    r"(?:[ \t]*(?:$|[.,;:!?)\]]|(?:and|or|but|more|less|each|per|only|for|to|in|at|on)\b))",
    re.IGNORECASE,
)
_FEN_AFTER = re.compile(
    r"[ \t]+(?P<num>one|two|three|four|five|six|seven|eight|nine|\d)(?:[ \t]*fen)?\b", re.IGNORECASE
)
_EQUIV_OPEN = re.compile(
    r"[ \t]*[(\[][ \t]*(?:(?:about|approximately|approx\.|roughly|around|some|nearly|almost|or|i\.e\.,?|ie|equivalent[ \t]+to|equal[ \t]+to|c\.|ca\.|~|over|more[ \t]+than|less[ \t]+than|up[ \t]+to)[ \t]*)?",
    re.IGNORECASE,
)
# the conversion may say which rate it used before the bracket closes: "(about €240 million
# at 2023 exchange rates)", "(roughly $5 million at today's rates)", "(… at the time)", or
# its year: "(about €4,700 in 2023)"
_EQUIV_CLOSE = re.compile(
    r"(?:[ \t]*,?[ \t]+at[ \t]+(?:(?:the[ \t]+)?(?P<rate_year>(?:19|20)\d\d)(?:[ \t]+average)?(?:[ \t]+exchange)?[ \t]+rates?"
    r"|(?:the[ \t]+)?(?:current|today's|today’s|then|prevailing|present)(?:[ \t]+exchange)?[ \t]+rates?|the[ \t]+time)"
    # "(about €4,700 in 2023)": the year the conversion was made for
    r"|[ \t]+in[ \t]+(?P<in_year>(?:19|20)\d\d))?"
    r"[ \t]*[)\]]",
    re.IGNORECASE,
)
# an equivalent in another currency after a comma: "¥900 billion, equivalent to about $8.3
# billion", "€4 billion, or roughly $4.3 billion", "£2 billion, worth some $2.5 billion",
# "CHF 500 million, about $570 million at the time," -- ending the clause
_EQUIV_COMMA = re.compile(
    r"[ \t]*,[ \t]*(?:(?:or|equivalent[ \t]+to|equal[ \t]+to|worth|i\.e\.,?)[ \t]+)?"
    r"(?:(?:about|approximately|roughly|around|some|nearly|almost|just[ \t]+(?:over|under))[ \t]+)",
    re.IGNORECASE,
)
_EQUIV_COMMA_PLAIN = re.compile(
    r"[ \t]*,[ \t]*(?:or|equivalent[ \t]+to|equal[ \t]+to|worth|i\.e\.,?)[ \t]+", re.IGNORECASE
)
# ... or after the words that say what the amount is, with "equivalent to": "¥900 billion
# on farm subsidies in 2024, equivalent to about $5.9 billion"
_EQUIV_WORDS_COMMA = re.compile(
    r"(?:[ \t]+(?:[^\W\d_][\w'’-]*|(?:19|20)\d\d)){1,6}[ \t]*,[ \t]*(?:equivalent|equal)[ \t]+to[ \t]+"
    r"(?:(?:about|approximately|roughly|around|some|nearly|almost|just[ \t]+(?:over|under))[ \t]+)?",
    re.IGNORECASE,
)
# ... or after the words that say what the amount is and one aside between commas: "¥900
# billion in fiscal 2024 to Rapidus, the firm building a 2-nanometre fab in Hokkaido,
# equivalent to about $8.3 billion" (words only: no other figure stands between)
_EQUIV_WORD = r"(?:[^\W\d_][\w'’-]*|(?:19|20)\d\d|\d+-[^\W\d_][\w'’-]*)"
_EQUIV_ASIDE_COMMA = re.compile(
    rf"(?:[ \t]+{_EQUIV_WORD}){{1,8}}[ \t]*,(?:[ \t]+{_EQUIV_WORD}){{1,12}}[ \t]*,[ \t]*(?:equivalent|equal)[ \t]+to[ \t]+"
    r"(?:(?:about|approximately|roughly|around|some|nearly|almost|just[ \t]+(?:over|under))[ \t]+)?",
    re.IGNORECASE,
)
_EQUIV_COMMA_END = re.compile(
    r"[ \t]*(?:[,;.:)]|$|[ \t]*(?:at[ \t]+(?:the[ \t]+time|the[ \t]+then|then|today's|current|the[ \t]+current|the[ \t]+prevailing)"
    r"|in[ \t]+(?:today's|current)[ \t]+(?:money|terms|prices)))",
    re.IGNORECASE,
)
# ... or in brackets after the words that say what the amount is per, when and how it is
# counted: "£20 million a year (roughly €17 million)", "€2,000 in 2024 (about £1,200)",
# "€3.10 per meal on average in 2024 (roughly £3.60)" (words only, no other figure between;
# the year written there is the amount's)
#: the noun an amount qualifies, right after it: "a £160 million grant fund (about €184
#: million)" (one to three words, none a word that starts a clause or another phrase)
_EQUIV_NOUN_STOP = (
    r"and|or|but|while|whereas|than|of|to|for|in|on|at|by|from|with|which|that|who|whose|was|were|is|are|be|"
    r"been|has|had|have|will|would|could|can|may|might|more|less|fewer|up|down|out|over|under|into|as|per|a|an|"
    r"the|each|every|this|these|those|it|its|their|they|we|he|she|not|only|just|also|so|then|when|since|after|"
    r"before|if|plus|minus|extra|apiece|annually|monthly|weekly|daily|yearly|altogether|combined|total|all"
)
_EQUIV_NOUN = rf"(?:[ \t]+(?!(?:{_EQUIV_NOUN_STOP})\b)[a-z][a-z'’-]*){{1,3}}"
_EQUIV_RATE_GROUP = (
    r"(?:[ \t]+(?:(?:a|an|per|each|every)[ \t]+[^\W\d_][\w'’-]*|each|apiece|annually|monthly|weekly|daily|"
    r"on[ \t]+average|(?:for|on|to)(?:[ \t]+[a-z][a-z'’-]*){1,3}(?=[ \t]+(?:in|for|during|by)[ \t]+(?:fiscal|financial|FY|(?:19|20)\d\d)|[ \t]*\()|"
    r"(?:in|for|during|by|as[ \t]+of|at[ \t]+end-|(?:at|by)[ \t]+the[ \t]+(?:end|start|beginning|close)[ \t]+of)[ \t]+"
    r"(?:(?:fiscal|financial)[ \t]+(?:year[ \t]+)?|FY[ \t]?)?(?:(?:early|mid|late)[ \t-]*)?(?:(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)[ \t]+)?(?P<year>(?:19|20)\d\d)(?:[/–-](?P<year_to>(?:19|20)?\d\d))?(?![\d/–-])))"
)
_EQUIV_AFTER_RATE = re.compile(
    rf"(?=[ \t]+[^\s(])(?:{_EQUIV_NOUN})?{_EQUIV_RATE_GROUP}{{0,4}}"
    r"[ \t]*\([ \t]*(?:(?:about|approximately|approx\.|roughly|around|some|nearly|almost|or|i\.e\.,?|ie|equivalent[ \t]+to|"
    r"equal[ \t]+to|c\.|ca\.|~)[ \t]*)?",
    re.IGNORECASE,
)
#: the ways an amount's equivalent is written, tried in order: (what opens it, what closes
#: it, whether it may be in the same currency, whether the text goes on after it). After the
#: amount's own words the text goes on at the amount: the words between belong to the
#: sentence, and the year is read there.
_EQUIVALENTS = (
    (_EQUIV_OPEN, _EQUIV_CLOSE, True, True),
    (_EQUIV_COMMA, _EQUIV_COMMA_END, False, True),
    (_EQUIV_COMMA_PLAIN, _EQUIV_COMMA_END, False, True),
    (_EQUIV_WORDS_COMMA, _EQUIV_COMMA_END, False, False),
    (_EQUIV_ASIDE_COMMA, _EQUIV_COMMA_END, False, False),
    (_EQUIV_AFTER_RATE, _EQUIV_CLOSE, False, False),
)
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
_YEAR_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?:in|by|for|as[ \t]+of|as[ \t]+at|during|until|till|through|throughout|in[ \t]+fiscal|in[ \t]+FY)"
    r"[ \t]+(?:(?:early|mid|late|mid-|end[ \t]+of)[ \t-]*)?(?:the[ \t]+(?:year|end[ \t]+of)[ \t]+)?"
    rf"(?:(?P<month>{_MONTH_ALT})\.?[ \t]+)?(?P<year>1[89]\d\d|20\d\d|2100)\b(?![ \t]*[–—-][ \t]*\d)(?!s)",
    re.IGNORECASE,
)
_YEN_CONTEXT = re.compile(r"\b(?:yen|JPY|Japan|Japanese)\b")
_YUAN_CONTEXT = re.compile(r"\b(?:yuan|renminbi|RMB|CNY|China|Chinese|Beijing)\b")
_NAME_RE: re.Pattern[str] | None = None


def _name_re() -> re.Pattern[str]:
    """A currency's name after a figure ("12 Swiss francs"): every phrase of the lexicon."""
    global _NAME_RE
    if _NAME_RE is None:
        _NAME_RE = re.compile(_name_pattern(), re.IGNORECASE)
    return _NAME_RE


def _name_pattern() -> str:
    """The text of :func:`_name_re`, kept in the cache folder (``currency-names-*.marshal``)
    tied to pycountry's table and to the two files it is written from: the alternation of
    some 700 phrases is sorted and escaped, and the lexicon built, only once per installed
    version (docs/speed.md)."""
    from claimcheck import cache
    from claimcheck.extract import currency

    table = currency._iso4217_file()
    if table is None:
        return _build_name_pattern()
    return cache.load_or_build("currency-names", [table, currency.__file__, __file__], _build_name_pattern)


def _build_name_pattern() -> str:
    lex = currency_lexicon()
    forms = set(lex) | set(AMBIGUOUS_WORDS) | set(MINOR_UNITS) - {"p"}
    return rf"(?P<sep>[ \t]+|-)(?P<name>{_alternation(forms)})(?![A-Za-z])"


#: "of" after a weight word: "20 pounds of flour" weighs
_OF_AFTER = re.compile(r"[ \t]+of\b", re.IGNORECASE)
#: a verb of paying or costing right before a figure ("spent", "costs", "was fined", "raised
#: about"): "pounds" after it are money ("spent two hundred thousand pounds", "the plot costs
#: sixty-two pounds"), not a weight ("weighs 240 pounds", "lost 20 pounds", "20 pounds of flour")
_PAID_BEFORE = re.compile(
    r"\b(?:spen[dt]s?|spending|costs?|costing|paid|pays?|paying|charges?|charged|charging|raised|raising|"
    r"fined|earn(?:s|ed|ing)?|owe[sd]?|owing|donated|borrowed|worth)[ \t]+"
    r"(?:(?:about|around|some|nearly|almost|roughly|over|under|just|only|another|an[ \t]+extra|a[ \t]+further|"
    r"more[ \t]+than|less[ \t]+than)[ \t]+)?$",
    re.IGNORECASE,
)


def _ambiguous_money(name: str, value_scale: str | None, paid: bool = False) -> str | None:
    """The currency of an ambiguous word, or ``None`` when it is not money here: "pounds" are
    sterling with a scale ("£" aside, "4 million pounds") or after a verb of paying
    (``paid``: :data:`_PAID_BEFORE`), else a weight."""
    low = name.lower()
    if low in ("pound", "pounds"):
        if value_scale in ("million", "billion", "trillion") or paid:
            return "GBP"
        return None
    if low in ("rand",) and value_scale:
        return "ZAR"
    if low in ("won",) and value_scale:
        return "KRW"
    if low in CROWNS and not _PLAIN_CROWNS:
        return CROWNS[low][0]  # provisional: the document's own code decides (:func:`_document_currencies`)
    return None


#: how far after a crown an amount it held may stand ("840 million kroner (about €75 million)")
_BESIDE = 80
#: set while a text is read again with its crowns as no currency (:func:`_without_crowns`)
_PLAIN_CROWNS: list[bool] = []


def _without_crowns(text: str, footnote: bool) -> tuple[Mention, ...]:
    """The mentions of ``text`` read as if a crown were no currency (as before the document
    could say whose it is): the amount in another currency beside it stays its own."""
    _PLAIN_CROWNS.append(True)
    try:
        return tuple(_Scan(text if text.isascii() else text.translate(_SPACES), footnote).run())
    finally:
        _PLAIN_CROWNS.pop()


#: the crowns of the Nordic countries, named alike: "kroner" is Norway's or Denmark's, the
#: document's code for one of them ("NOK 19,742 billion") or its country says which
CROWNS = {
    "krone": ("NOK", "DKK"),
    "kroner": ("NOK", "DKK"),
    "krona": ("SEK", "ISK"),
    "kronor": ("SEK",),
}
_CROWN_COUNTRY = {"NOK": "Norw", "DKK": "Denmark|Danish", "SEK": "Swed", "ISK": "Iceland"}
#: the currencies whose hundredth is a cent ("54.8 cents per kilogram" in a text of euros)
_CENT_CURRENCIES = frozenset({"USD", "EUR", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD"})


#: ISO codes written glued to an amount in real use ("USD5m", "RMB100"); any other code
#: glued to digits is a name ("COP26" the climate conference, "SSP2" a scenario).
_GLUED_CODES_OK = frozenset({"USD", "EUR", "GBP", "JPY", "CNY", "RMB", "CHF", "AUD", "CAD", "HKD", "INR", "SGD", "NZD"})
# code written around an amount: assembly, C, shell, Liquid or JSON on the same line
_CODE_LINE = re.compile(r"/\*|\*/|\\[nt]|%[re]?[a-z]{2,3}\b|::|->|=>|[{}]|\bvoid\b|\breturn\b")


def _code_around(text: str, start: int, end: int) -> bool:
    """The line around ``text[start:end]`` (up to 60 characters each side) reads as code."""
    lo = max(text.rfind("\n", 0, start) + 1, start - 60)
    hi = text.find("\n", end)
    hi = min(hi if hi != -1 else len(text), end + 60)
    return bool(_CODE_LINE.search(text, lo, hi))


def _open_math(text: str, pos: int) -> bool:
    """Inside ``$...$`` math at ``pos``: the last "$" before it on its line opens math,
    glued to a letter or a backslash ("$q=16$", "$\\alpha = 0.5$"), not an amount's sign
    ("$16", "10 $ 30 $")."""
    lo = text.rfind("\n", 0, pos) + 1
    k = text.rfind("$", lo, pos)
    return k != -1 and k + 1 < len(text) and (text[k + 1].isalpha() or text[k + 1] in "\\{(")


def _prefix_currency(text: str, start: int) -> tuple[str, int, float] | None:
    """Currency written before the number: (code, where the prefix starts, magnitude)."""
    m = _PREFIX_RE.search(text, max(0, start - 8), start)
    if not m:
        return None
    if m.group("sym") is not None:
        sym = m.group("sym")
        code = SYMBOLS.get(sym.rstrip(".")) or SYMBOLS.get(sym)
        if code is None:
            return None
        if not letters_mark_amount(sym, text, start, glued=m.end("sym") == start):
            return None  # "the RM3 model", "the R5 road": letters before a plain number are a name
        return code, m.start("sym"), 1.0
    if m.group("mcode"):
        return m.group("mcode_iso"), m.start("mcode"), 1e6 if m.group("mcode") == "M" else 1e3
    if m.group("code") is not None:
        raw = m.group("code")
        if m.end("code") == start and raw.upper() not in _GLUED_CODES_OK:
            return None  # "COP26", "SSP2-4.5", "CMIP6": a name with a number, not an amount
        if raw.islower():
            if not lower_code_ok(raw):
                return None
            code = "CNY" if raw == "rmb" else raw.upper()
        else:
            code = "CNY" if raw == "RMB" else raw
            if wordlike_code(code) or not is_currency_code(code):
                return None
        return code, m.start("code"), 1.0
    # a dollar sign with its country letters
    letters = (m.group("dp") or "").lower()
    code = DOLLAR_PREFIXES.get(letters)
    if code is None:
        return None
    begin = m.start("dp") if m.group("dp") else m.start() + (m.group(0).index("$"))
    return code, begin, 1.0


def _suffix_currency(text: str, pos: int, scale: str | None, paid: bool = False) -> tuple[str, int, float] | None:
    """Currency written after the number at ``pos``: (code, end, factor to major units);
    ``paid``: a verb of paying stands before the number (:data:`_PAID_BEFORE`)."""
    m = _SUFFIX_SYMBOL_RE.match(text, pos)
    if m and m.group("sym") == "$" and _open_math(text, pos):
        m = None  # "$q=16$": the "$" closes LaTeX math
    if m:
        sym = m.group("sym")
        code = "USD" if sym == "$" else SYMBOLS.get(sym)
        if code:
            return code, m.end(), 1.0
    m = _SUFFIX_CODE_RE.match(text, pos)
    if m:
        raw = m.group("code")
        mag = 1e6 if m.group("mag") == "M" else 1e3 if m.group("mag") == "K" else 1.0
        if raw.isupper():
            code = {"RMB": "CNY", "BTC": "XBT"}.get(raw, raw)
            if is_currency_code(code) and not wordlike_code(code):
                return code, m.end(), mag
        elif lower_code_ok(raw) and not m.group("mag"):
            return ("CNY" if raw == "rmb" else raw.upper()), m.end(), 1.0
    m = _name_re().match(text, pos)
    if m:
        name = m.group("name")
        low = re.sub(r"[ \t]+", " ", name.lower())
        if low in MINOR_UNITS:
            code, frac = MINOR_UNITS[low]
            if low == "p":
                return None
            return (code or "USD"), m.end(), frac
        lex = currency_lexicon()
        code = lex.get(low)
        if code is None and low in AMBIGUOUS_WORDS:
            code = _ambiguous_money(low, scale, paid and not _OF_AFTER.match(text, m.end()))
        elif low in AMBIGUOUS_WORDS and low in lex and not scale and " " not in low:
            code = None
        if code is None:
            return None
        return code, m.end(), 1.0
    return None


# =========================================================================== counts
_STOP = frozenset(
    """a an the this that these those there their they them it its is are was were be been
    being am has have had having do does did will would shall should can could may might
    must of in on at by for from to into onto with within without about above across after
    against along among around as before behind below beneath beside besides between beyond
    during except inside near off out outside over past per since through throughout till
    toward towards under until up upon via than then so such and or nor but yet if while
    because although though whereas which who whom whose what when where why how all any
    each every either neither both some many much more most few fewer less least other
    others another own same i we you he she me us him her my our your his also only just
    even still already ago today now here not no never ever too very quite rather almost
    nearly about approximately roughly some like unlike versus vs per cent percent""".split()
) - {"most", "other", "more"}
_STOP_AFTER_NUMBER = _STOP  # first word after the number
#: stop words whose capitals are acronyms of names
_ACRONYM_NOT_STOP = frozenset({"US", "IT", "WHO", "AM"})
_NOT_COUNTED = frozenset(
    """times ways fold percent per cent ones others hundreds thousands millions billions
    dozens tens ago years months weeks days hours minutes seconds decades centuries
    odds ends pm am s th st nd rd""".split()
)
_IRREGULAR_PLURALS = frozenset(
    """people children men women staff personnel police cattle sheep fish deer aircraft
    spacecraft data media criteria phenomena feet teeth mice geese troops offspring species
    series crew salmon trout cod herring mackerel tuna haddock halibut carp bison moose swine
    livestock poultry reindeer elk grouse""".split()
)
#: Third-person verbs that end a counted phrase after a plural noun ("two nations enters").
_VERBS_S = frozenset(
    """enters remains makes takes shows seems becomes includes means needs says goes comes
    gets gives holds keeps leads lies looks plays puts runs sees sets stands starts tells
    turns uses wants works appears continues follows helps involves provides reflects
    represents requires suggests applies exists occurs emerges marks signals stays falls
    rises grows lags aims seeks plans hopes expects operates serves faces depends equals
    rests weighs exceeds outnumbers translates""".split()
)
#: verbs in the form a plural subject takes, that could be read as nouns of a compound
#: after a counted plural ("corner shops report sales", "the farms employ seasonal workers")
_VERBS_BASE = frozenset(
    """report sell pay employ own hold run serve face receive offer carry produce handle
    operate remain buy lose earn lack spend share need use live wait die attend visit depend
    rely""".split()
)
#: Fraction and ordinal plurals: "five ninths", "three twenty firsts" are not counts of things.
_FRACTION_PLURALS = re.compile(
    r"^(?:halves|thirds|quarters|firsts|seconds|\w*(?:fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|eleventh|twelfth|ieth|hundredth|thousandth|millionth|billionth|trillionth)s)$",
    re.IGNORECASE,
)
_CLASSIFIERS = frozenset(
    """types kinds sorts forms pairs sets groups batches rounds pieces units categories
    classes waves generations tranches lots packs rows layers phases stages series
    varieties models versions strains""".split()
)
_NP_WORD = re.compile(r"[ \t]+(?P<w>\(?[A-Za-z][A-Za-z'’&-]*\)?|\d+[A-Za-z][A-Za-z0-9]*)")
_ACRONYM_PAREN = re.compile(r"\([A-Z][A-Za-z0-9&-]*\)")


#: plurals that end like a singular ("-is", "-ics"): "214 clinics", "40 paramedics", "3,390 taxis"
#: (while "analysis", "physics" and "statistics" are no plurals of a counted thing)
_PLURALS_LIKE_SINGULARS = frozenset(
    """clinics polyclinics medics paramedics academics critics clerics mechanics topics relics
    antibiotics comics mosaics epidemics pandemics diagnostics sceptics skeptics taxis skis
    teu fte""".split()
)  # (counting units written as a singular acronym: "628,000 TEU" containers, "410 FTE" posts)


def _plural_like(word: str) -> bool:
    low = word.lower()
    if low in _IRREGULAR_PLURALS or low in _PLURALS_LIKE_SINGULARS:
        return True
    if not low.endswith("s") or len(low) < 3:
        return False
    return not low.endswith(("ss", "us", "is", "ics")) or low.endswith(("ies",))


def _counted_thing(text: str, pos: int, number_capitalised: bool, determined: bool = False) -> tuple[str, int] | None:
    """The noun phrase counted by the number ending at ``pos``: (thing, end offset);
    ``determined``: a determiner stands before the number (:data:`_DETERMINED_BEFORE`)."""
    words: list[tuple[str, int, int]] = []
    p = pos
    after_of = False
    while len(words) < 7:
        m = _NP_WORD.match(text, p)
        if not m:
            break
        w = m.group("w")
        # an acronym that spells a pronoun or a particle in lower case is a name ("28.8
        # million US adults", "40 IT firms", "120 WHO member states"): no stop word
        low = "" if w in _ACRONYM_NOT_STOP else w.lower()
        if w.startswith("("):
            if _ACRONYM_PAREN.fullmatch(w) and words:
                # "(ASAT)" inside "anti-satellite (ASAT) options"
                nxt = _NP_WORD.match(text, m.end())
                if nxt and not nxt.group("w").startswith("(") and nxt.group("w").lower() not in _STOP:
                    words.append((w, m.start("w"), m.end("w")))
                    p = m.end()
                    continue
            break
        if not words and low == "such":
            # "6.8 million such lines": lines of the kind just named
            words.append((w, m.start("w"), m.end("w")))
            p = m.end()
            continue
        if not words and (low in _STOP_AFTER_NUMBER or low in _NOT_COUNTED):
            return None
        if low in ("and", "or", "&") and words:
            prev = words[-1][0]
            nxt = _NP_WORD.match(text, m.end())
            if _plural_like(prev) or not nxt or nxt.group("w").lower() in _STOP:
                break
            words.append((w, m.start("w"), m.end("w")))
            p = m.end()
            continue
        if low == "of" and words and words[-1][0].lower() in _CLASSIFIERS and not after_of:
            after_of = True
            words.append((w, m.start("w"), m.end("w")))
            p = m.end()
            continue
        if low in _STOP:
            break
        if _is_number_word(low):
            break
        if (low in _VERBS_S or low in _VERBS_BASE) and any(_plural_like(x[0]) for x in words):
            # "23,000 corner shops report sales": the shops are counted, not the sales; so
            # past an adverb ("69,000 lives worldwide falls on"): the lives
            break
        if w.endswith(")") and "(" not in w:
            # "(… the ten strategic sectors)": the bracket closes after the noun
            w = w[:-1]
            words.append((w, m.start("w"), m.start("w") + len(w)))
            break
        words.append((w, m.start("w"), m.end("w")))
        p = m.end()
        if text[p : p + 1] in (",", ";", ":", ".", "!", "?", "—", "–", "”", '"', "(", ")"):
            break
    return _counted_words(text, words, number_capitalised, determined)


def _counted_words(
    text: str, words: list[tuple[str, int, int]], number_capitalised: bool, determined: bool = False
) -> tuple[str, int] | None:
    """The words after a number, cut after their last plural noun, as the thing counted
    (and its end), unless they are no counted thing. A word that is also a verb in -s
    ("works", "plays", "runs") opens no counted thing ("two nations enters"), unless a
    determiner before the number makes the phrase a noun's ("the 36 works that took part")."""
    # trim to the last plural noun
    while words and (words[-1][0].startswith("(") or not _plural_like(words[-1][0])):
        words.pop()
    if not words:
        return None
    if words[-1][0].lower() in _NOT_COUNTED or words[0][0].lower() in _NOT_COUNTED:
        return None
    if _FRACTION_PLURALS.match(words[-1][0]) or (words[0][0].lower() in _VERBS_S and not determined):
        return None
    if words[-1][0].lower() in ("of", "and", "or", "&"):
        return None
    first = words[0][0]
    if number_capitalised and first[:1].isupper() and words[-1][0][:1].isupper():
        return None  # "Two Bombs, One Satellite", "Thousand Sails": a name ("Twelve Baltic ports" counts ports)
    start, end = words[0][1], words[-1][2]
    return text[start:end], end


_NUMBER_WORDS = frozenset(
    """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
    eighty ninety hundred thousand million billion trillion dozen half""".split()
)


def _is_number_word(low: str) -> bool:
    return low in _NUMBER_WORDS or low.split("-")[0] in _NUMBER_WORDS


# =========================================================================== analysis
_LIST_BEFORE = re.compile(r"(?<![\w.])\d+[ \t]*,[ \t]*$")
_LIST_AFTER = re.compile(r"[ \t]*,[ \t]*\d")
#: a year that opens the sentence's lead-in ("In 2022, 8.1 million passengers"), not a list
_YEAR_LEAD = re.compile(
    r"(?:^|[.;:]\s+|\b(?:[Ii]n|[Bb]y|[Ss]ince|[Ff]or|[Uu]ntil|[Dd]uring|[Tt]hrough|[Ee]arly|[Ll]ate|[Mm]id|[Oo]f)\s+|"
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)"
    r"(?:1[89]\d\d|20\d\d)(?:[/–-](?:\d\d|20\d\d))?,[ \t]*$"
)
_RANGE_SEP = re.compile(r"[ \t]*(?:–|—|-|‐|to|through)[ \t]*", re.IGNORECASE)
_AND_SEP = re.compile(r"[ \t]+and[ \t]+", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"\bbetween[ \t]+(?:\S+[ \t]+)?$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom[ \t]+(?:\S+[ \t]+)?$", re.IGNORECASE)


def _prose_tokens(tokens: Iterable[Number], text: str = "") -> Iterator[Number]:
    """The recogniser's tokens as prose reads them: composites back to their parts.

    A sign, a scale letter, a decimal comma, a ratio or a join of digits and words ("-5",
    "10k", "5G" at the end of a sentence, "3,5", "1 in 5 households", "5 million and 300")
    is read here from its plain parts, with this module's own context rules (signs of
    temperatures, "$10k", "5G" never being 5 billion, lists of numbers, counted nouns).
    The base of a rate ("one in three farms", "six in ten premises", "3 out of 10 staff")
    is no figure of its own: it counts no farms (:func:`word_shares` reads the share).
    A fraction of a scale word ("a third of a million", "two-thirds of a billion pounds")
    is one figure, as "half a million" is: not a share of "a million".
    """
    for tok in tokens:
        if tok.parts and text and fraction_of_scale(text, tok):
            # a whole number of what it counts or measures: a third of a million is 333,333
            yield dataclasses.replace(tok, value=float(round(tok.value)), integer=True)
        elif tok.parts:
            parts = tok.parts
            if text and _rate_base(text, tok):
                parts = parts[:1]
            yield from _prose_tokens(parts, text)
        else:
            yield tok


#: the round bases of a rate said "N in M" ("one in four", "7 in 10", "3 out of 100")
_RATE_BASES = frozenset({2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 25, 50, 100, 1000})


def _rate_base(text: str, tok: Number) -> bool:
    """Is ``tok`` a rate "N in M" whose M is a round base, not a count of its own?"""
    if not _is_ratio(text, tok):
        return False
    num, den = tok.parts
    return num.integer and den.integer and 1 <= num.value < den.value and den.value in _RATE_BASES


class _Scan:
    """The state of one pass over a text."""

    def __init__(self, text: str, footnote: bool) -> None:
        self.text = text
        self.footnote = footnote
        self.tokens = list(_prose_tokens(find_numbers(text), text))
        self.by_start = {t.start: i for i, t in enumerate(self.tokens)}
        spans = _blocked_spans(text, footnote)
        self.spans = spans
        self.span_starts = [s for s, _ in spans]
        self.consumed = 0
        self.out: list[Mention] = []
        # what code around an amount needs (looked for once, not once per number: a long
        # paragraph of numbers was quadratic)
        self.codey = "$" in text or "\\" in text or "{" in text

    def blocked(self, pos: int) -> bool:
        return bool(self.spans) and _inside(self.spans, self.span_starts, pos)

    def token_at(self, pos: int) -> Number | None:
        i = self.by_start.get(pos)
        return self.tokens[i] if i is not None else None

    # ------------------------------------------------------------------ driver
    def run(self) -> list[Mention]:
        text = self.text
        for tok in self.tokens:
            if tok.start < self.consumed:
                continue
            if self.blocked(tok.start):
                continue
            if not _right_ok(text, tok.end):
                continue
            mention = self.money(tok)
            if mention is None:
                if not _left_ok(text, tok.start) or _near_cjk(text, tok.start, tok.end):
                    continue
                if _capitalised_before(text, tok.start) and not _GROUPED.match(text, tok.start):
                    continue  # ("Restoring 43,000 hectares": a name's number is no "43,000")
                mention = self.percent_of(tok) or self.quantity(tok) or self.count(tok)
            if mention is None:
                continue
            if _near_cjk(text, mention.start, mention.end) and text[mention.end - 1 : mention.end] not in "元円":
                continue
            self.out.append(mention)
            self.consumed = max(self.consumed, mention.end)
        return self.out

    # ------------------------------------------------------------------ ranges
    def range_after(
        self, tok: Number, pos: int, *, allow_symbol: str | None = None, lead: int | None = None
    ) -> tuple[Number, int] | None:
        """A second number making ``tok`` a range ("2–3", "5 to 10", "between 5 and 10").

        ``lead`` is where the first amount's writing starts (its currency symbol).
        """
        text = self.text
        lead = tok.start if lead is None else lead
        between = _BETWEEN_BEFORE.search(text, max(0, lead - 30), lead)
        if _FROM_BEFORE.search(text, max(0, lead - 30), lead):
            return None  # "from 5 to 10": a change, not a range
        m = (_AND_SEP if between else _RANGE_SEP).match(text, pos)
        if not m:
            return None
        sep = m.group(0)
        p = m.end()
        if allow_symbol and text.startswith(allow_symbol, p):
            p += len(allow_symbol)
            while p < len(text) and text[p] in " \t":
                p += 1
        second = self.token_at(p)
        if second is None:
            return None
        if sep.strip() in ("-", "‐") and tok.words != second.words:
            return None  # "eight-10": not how a range is written
        if not _right_ok(text, second.end):
            return None
        if second.value <= tok.value and not (tok.scale is None and second.scale):
            return None
        if tok.year_like and second.year_like:
            return None
        return second, second.end

    @staticmethod
    def _range_values(first: Number, second: Number) -> tuple[float, float]:
        """Both ends, the second's scale applied to the first: "2–3 million" is 2e6–3e6."""
        low, high = first.value, second.value
        if first.scale is None and second.scale:
            factor = 1.0
            for word in second.scale.split():
                factor *= SCALES.get(word, 1.0)
            low = first.value * factor
        return low, high

    # ------------------------------------------------------------------ money
    def money(self, tok: Number) -> Mention | None:
        text = self.text
        if self.codey and _code_around(text, tok.start, tok.end):
            return None  # "subq $16, %rsp", "{% capture %}(2 BTC)": code, not an amount
        prefix = _prefix_currency(text, tok.start)
        if prefix and self.blocked(prefix[1]):
            return None
        if prefix and prefix[1] < self.consumed:
            prefix = None  # "10 $ 30 $": that "$" belonged to the amount before
        if prefix:
            return self._money_after_symbol(tok, *prefix)
        return self._money_before_currency(tok)

    def _money_after_symbol(self, tok: Number, code: str, begin: int, magnitude: float) -> Mention | None:
        """An amount after its currency: "$5 million", "US$10bn", "¥300"."""
        text = self.text
        if _CITATION_LEFT.search(text, max(0, begin - 14), begin):
            return None
        value = tok.value * magnitude
        scale = tok.scale or ({1e6: "million", 1e3: "thousand"}.get(magnitude))
        end = tok.end
        if tok.scale is None:
            sc = match_scale(text, end)
            if sc:
                value *= sc[0]
                scale = sc[1]
                end = sc[2]
        if end < len(text) and (text[end].isalnum() and not text[end].isdigit()):
            return None
        if not _right_ok(text, end):
            return None
        low = high = None
        symbol = text[begin : tok.start].strip()
        rng = self.range_after(tok, end, allow_symbol=symbol or None, lead=begin)
        if rng:
            value, scale, span = self._symbol_range(tok, rng, magnitude, value, scale)
            if span is not None:
                low, high, end = span
        # a redundant name after the symbol: "$10 dollars", "US$5 million dollars"
        suf = _suffix_currency(text, end, scale)
        if suf and suf[0] == code and suf[2] == 1.0 and text[end : suf[1]].strip()[:1].isalpha():
            end = suf[1]
        if code == "CNY" and text[begin] in "¥￥" and self._yen(begin):
            code = "JPY"
        mention = Mention("money", begin, end, value, tok.written, low=low, high=high, scale=scale, currency=code)
        self.minor(mention, allow_bare=False)
        self.finish_money(mention, tok)
        return mention

    def _yen(self, at: int) -> bool:
        """Is "¥" at ``at`` the yen: its sentence names Japan or the yen, or the sentence
        before does and neither names China or its money ("Japan's government ... . It
        committed a further ¥900 billion")?"""
        sentence = self.sentence_of(at)
        if _YEN_CONTEXT.search(sentence):
            return True
        starts = sentence_bounds(self.text)
        i = bisect.bisect_right(starts, at) - 1
        if i < 1:
            return False
        before = self.text[starts[i - 1] : starts[i]]  # the sentence before
        return bool(_YEN_CONTEXT.search(before)) and not _YUAN_CONTEXT.search(before + sentence)

    def _symbol_range(
        self, tok: Number, rng: tuple[Number, int], magnitude: float, value: float, scale: str | None
    ) -> tuple[float, str | None, tuple[float, float, int] | None]:
        """ "$5-7 million": the value and scale the second end gives the first, and the range
        (low, high, end) when the second end is the higher."""
        second, end2 = rng
        hv = second.value * magnitude
        sc2 = match_scale(self.text, end2) if second.scale is None else None
        if sc2:
            hv *= sc2[0]
            end2 = sc2[2]
            if tok.scale is None and scale is None:
                value *= sc2[0]
                scale = sc2[1]
        elif second.scale and tok.scale is None and scale is None:
            value = self._range_values(tok, second)[0] * magnitude
            scale = second.scale
        if hv > value:
            return (value + hv) / 2, scale, (value, hv, end2)
        return value, scale, None

    def _money_before_currency(self, tok: Number) -> Mention | None:
        """An amount before its currency: "5 million euros", "300 yuan", "75 USD million"."""
        text = self.text
        if (
            not _left_ok(text, tok.start)
            or _near_cjk(text, tok.start, tok.end)
            and not text.startswith(("元", "円"), tok.end)
        ):
            return None
        value = tok.value
        scale = tok.scale
        end = tok.end
        sc = match_scale(text, end) if tok.scale is None and not tok.words else None
        if sc and sc[2] - end <= 3:
            suf = _suffix_currency(text, sc[2], sc[1])
            if suf and suf[2] == 1.0:
                value *= sc[0]
                scale = sc[1]
                end = sc[2]
        low = high = None
        first_value = value
        rng = self.range_after(tok, end)
        if rng and _suffix_currency(text, end, scale) is None:
            second, end2 = rng
            hv = second.value
            if tok.scale is None and second.scale and scale is None:
                lo_v, _ = self._range_values(tok, second)
                first_value = lo_v
                scale = second.scale
            if hv > first_value:
                low, high = first_value, hv
                end = end2
                value = (low + high) / 2
        suf = _suffix_currency(
            text, end, scale, paid=bool(_PAID_BEFORE.search(text, max(0, tok.start - 40), tok.start))
        )
        if suf is None:
            return None
        code, cur_end, factor = suf
        if tok.year_like and (
            text[end:cur_end].strip()[:1].isupper()
            or re.search(r"\bin[ \t]+$", text[max(0, tok.start - 4) : tok.start])
        ):
            return None  # "the 2009 Bitcoin software", "in 2015 dollars": a year
        # "75 USD million": a scale word after the code
        sw = _SUFFIX_SCALE_WORD.match(text, cur_end)
        if sw and scale is None and factor == 1.0:
            mult = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}[sw.group("scale").lower()]
            value *= mult
            if low is not None and high is not None:  # a range has both ends
                low, high = low * mult, high * mult
            scale = sw.group("scale").lower()
            cur_end = sw.end()
        value *= factor
        if low is not None:
            low, high = low * factor, high * factor  # type: ignore[operator]  # low and high are set together (a range)
        mention = Mention(
            "money", tok.start, cur_end, value, tok.written, low=low, high=high, scale=scale, currency=code
        )
        if factor == 1.0:
            self.minor(mention, allow_bare=True)
        self.finish_money(mention, tok)
        return mention

    def sentence_of(self, pos: int) -> str:
        text = self.text
        s = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos))
        e = text.find(". ", pos)
        return text[s + 1 : e if e != -1 else len(text)]

    def minor(self, mention: Mention, *, allow_bare: bool) -> None:
        """Cents after a major amount: "3 dollars 50 cents", "thirteen dollars and forty-five"."""
        if mention.scale or mention.low is not None or not float(mention.value).is_integer():
            return
        m = _MINOR_AFTER.match(self.text, mention.end)
        if not m:
            return
        raw = m.group("num")
        num = parse_number(raw)
        if num is None or not (1 <= num <= 99):
            return
        unit = (m.group("unit") or "").strip().lower()
        if unit:
            code, frac = MINOR_UNITS.get(unit, (None, 0.01))
            if code not in (None, mention.currency):
                return
            mention.value += num * frac
            mention.end = m.end()
            self._mao_fen(mention, unit)
            return
        if not allow_bare:
            return
        follow = _MINOR_FOLLOW_OK.match(self.text, m.end())
        if not follow:
            return
        # "15 USD 50 more": only when nothing else could own the number
        nxt = self.token_at(m.start("num"))
        if nxt is None:
            return
        mention.value += num * 0.01
        mention.end = m.end()

    def _mao_fen(self, mention: Mention, unit: str) -> None:
        if unit not in ("mao", "jiao"):
            return
        m = _FEN_AFTER.match(self.text, mention.end)
        if m:
            num = parse_number(m.group("num"))
            if num:
                mention.value += num * 0.01
                mention.end = m.end()

    def finish_money(self, mention: Mention, tok: Number) -> None:
        text = self.text
        q = match_qualifier(text, mention.start)
        if q:
            mention.qualifier = q[0]
        # an equivalent, in the first of the ways _EQUIVALENTS lists that reads one
        after = mention.end
        for opener, closer, same_currency, moves_on in _EQUIVALENTS:
            found = self._equivalent(mention, opener, closer, same_currency)
            if found > mention.end:
                after = found if moves_on else mention.end
                break
        ym = _YEAR_AFTER.match(text, after)
        if ym:
            mention.year = int(ym.group("year"))
            if ym.group("month"):
                mention.month = _MONTHS[ym.group("month").lower()]
        elif mention.equivalent is not None and (rm := _EQUIV_AFTER_RATE.match(text, mention.end)) and rm.group("year"):
            mention.year = int(rm.group("year"))  # "€3.10 per meal on average in 2024 (roughly £3.60)"
            if rm.group("year_to"):  # "₹36,000 crore in 2022-23 (about $4.5 billion)": a financial year
                mention.year_to = split_year_end(mention.year, rm.group("year_to"))

    def _equivalent(
        self, mention: Mention, opener: re.Pattern[str], closer: re.Pattern[str], same_currency: bool
    ) -> int:
        """Read an amount ``opener`` introduces right after ``mention`` and ``closer`` ends as
        its equivalent; where the text goes on (``mention.end`` when there is none). After a
        comma only an amount in another currency is an equivalent ("€4 billion, or €500 a
        head" is a second figure)."""
        text = self.text
        om = opener.match(text, mention.end)
        if not om:
            return mention.end
        split = om.groupdict().get("year_to")
        if split and split_year_end(int(om.group("year")), split) is None:
            return mention.end  # "in 2019-23 (…)": a range of years is no one year's amount
        inner = self.token_at_or_after(om.end())
        if inner is None or self.blocked(inner.start):
            return mention.end
        saved = self.consumed
        self.consumed = 0
        sub = self.money(inner)
        self.consumed = saved
        if sub is None or sub.start < om.end() - 1 or sub.start - om.end() > 8 or sub.value <= 0:
            return mention.end
        if not same_currency and (not sub.currency or sub.currency == mention.currency):
            return mention.end
        cm = closer.match(text, sub.end)
        if not cm:
            return mention.end
        mention.equivalent = (sub.value, sub.currency or "")  # a money mention has one
        year_said = cm.groupdict().get("rate_year") or cm.groupdict().get("in_year")
        if year_said and mention.year is None:
            mention.year = int(year_said)  # "(… at 2023 exchange rates)", "(… in 2023)": the rate's year
        after = cm.end() if same_currency else sub.end
        self.consumed = max(self.consumed, after)
        return after

    def token_at_or_after(self, pos: int) -> Number | None:
        for k in range(pos, min(pos + 10, len(self.text) + 1)):
            tok = self.token_at(k)
            if tok is not None:
                return tok
        return None

    # ------------------------------------------------------------------ quantities
    def quantity(self, tok: Number) -> Mention | None:
        text = self.text
        end = tok.end
        low = high = None
        value = tok.value
        start = tok.start
        # sign
        sm = _SIGN_BEFORE.search(text, max(0, start - 10), start)
        negative = bool(sm) and not _FROM_BEFORE.search(text, max(0, start - 40), start)
        rng = self.range_after(tok, end)
        if rng:
            second, end2 = rng
            if _unit_at(text, end, glued=False, hyphen=False) is None and (rng and _peek_unit(text, end2)):
                low, high = self._range_values(tok, second)
                end = end2
        scaled = self._glued_scale_of_unit(tok, end) if low is None else None
        scale: str | None
        if scaled is not None:
            factor, end, scale = scaled  # "3.5m tonnes", "1.5bn litres": the unit after the scale
            value *= factor
        else:
            scale = tok.scale
        written = self._unit_written(end)
        if written is None:
            return None
        u, glued, hyphen = written
        if not u:
            # "aged 87", "age 87"
            if _AGE_BEFORE.search(text, max(0, start - 12), start) and tok.integer and tok.value < 130:
                return Mention("quantity", start, end, value, tok.written, unit="year")
            return None
        unit, uend, surface = u
        if self._not_measured(tok, unit, surface, glued=glued, hyphen=hyphen):
            return None
        # "two decades" -> 20 year, "a quarter century" -> 25 year
        if unit in YEAR_MULTIPLES:
            mult = YEAR_MULTIPLES[unit]
            value *= mult
            if low is not None and high is not None:  # a range has both ends
                low, high = low * mult, high * mult
            unit = "year"
        # feet and inches: "5 ft 2 in", "5 feet and 2 inches"
        if unit == "foot" and not hyphen:
            im = _INCHES_AFTER.match(text, uend)
            if im:
                value += float(im.group("n")) / 12
                uend = im.end()
        if negative and self._minus(sm, start):
            value = -value
            if low is not None:
                low, high = -high, -low  # type: ignore[operator]  # low and high are set together (a range)
            start = sm.start() if sm else start
        if low is not None:
            value = (low + high) / 2  # type: ignore[operator]  # low and high are set together (a range)
        said = text[tok.start : end] if scaled is not None else tok.written
        mention = Mention("quantity", start, uend, value, said, low=low, high=high, scale=scale, unit=unit)
        q = match_qualifier(text, start)
        if q:
            mention.qualifier = q[0]
        return mention

    def _glued_scale_at(self, tok: Number, end: int) -> tuple[float, int, str] | None:
        """A scale abbreviated and glued to a number in digits, a word after it ("4.2m
        boxes", "1.5bn litres", "10k people"): (factor, where the scale ends, its name). A
        lower-case "m" is a metre before anything but what is counted in millions ("a 5m
        wall", "12m boats", "5m deep")."""
        text = self.text
        if tok.words or tok.scale is not None:
            return None
        sc = match_scale(text, end)
        if sc is None or sc[2] - end > 3 or sc[2] >= len(text) or text[sc[2]] not in " \t":
            return None
        if text[end] == "m" and not _MILLIONS_OF.match(text, end):
            return None
        factor, name, scale_end = sc
        return factor, scale_end, name

    def _glued_scale_of_unit(self, tok: Number, end: int) -> tuple[float, int, str] | None:
        """A glued scale before a unit word ("3.5m tonnes", "1.5bn litres", "40k hectares")."""
        sc = self._glued_scale_at(tok, end)
        return sc if sc is not None and _unit_at(self.text, sc[1] + 1, glued=False, hyphen=False) else None

    def _not_measured(self, tok: Number, unit: str, surface: str, *, glued: bool, hyphen: bool) -> bool:
        """A number and a unit word that are no measure: a name, a year, the weather."""
        if hyphen and tok.words and tok.written[:1].isupper() and surface[:1].isupper():
            return True  # "Five-Year Plan": a name
        if tok.year_like and not glued and unit in ("year", "day", "month", "week", "percent", "degree"):
            return True
        # "24 degrees" of weather: Celsius or Fahrenheit? not said
        return unit == "degree" and bool(_TEMPERATURE_CONTEXT.search(self.sentence_of(tok.start)))

    def _minus(self, sm: re.Match[str] | None, start: int) -> bool:
        """The sign before a quantity is a minus: "-5 °C", "minus 40 degrees"."""
        sign_start = sm.start() if sm else start
        return self.text[sign_start : sign_start + 1] == "-" or (
            sm is not None and sm.group(0).strip().lower() in ("minus", "negative", "-")
        )

    def _unit_written(self, end: int) -> tuple[tuple[str, int, str] | None, bool, bool] | None:
        """The unit written at ``end`` after a number: (unit, where it ends, as written) or
        ``None``, and whether it is glued to the number or joined by a hyphen; ``None`` when
        more than one space stands between them."""
        text = self.text
        glued = end < len(text) and text[end] not in " \t-([{<"
        hyphen = text[end : end + 1] in ("-", "‐")
        pos = end + 1 if hyphen else end
        if glued or hyphen:
            return _unit_at(text, pos, glued=glued, hyphen=hyphen), glued, hyphen
        while pos < len(text) and text[pos] in " \t":
            pos += 1
        if pos - end > 1:
            return None
        bracket = _BRACKETED_UNIT.match(text, end)
        if not (bracket and bracket.group(0).strip()):
            return _unit_at(text, pos, glued=glued, hyphen=hyphen), glued, hyphen
        u = _unit_at(text, bracket.end(), glued=True, hyphen=False)
        opener = bracket.group(0).strip()[0]
        # the bracket must close, with its own kind: "10 (km)", not "0[tonne" or "5 (km]"
        if u and u[1] < len(text) and text[u[1]] == _CLOSING[opener]:
            return (u[0], u[1] + 1, u[2]), glued, hyphen
        return None, glued, hyphen

    def percent_of(self, tok: Number) -> Mention | None:
        """The reversed percentage "percent of 10" (10 %), standing as a phrase of its own.

        Only when no number stands before "percent" ("50 percent of 10 countries" is 50 %)
        and the number ends the clause ("percent of 18-year-olds", "percent of 10 states"
        say what the share is of, not how large it is).
        """
        text = self.text
        m = _PERCENT_OF_BEFORE.search(text, max(0, tok.start - 20), tok.start)
        if m is None or not _CLAUSE_END.match(text, tok.end):
            return None
        before = text[: m.start("pct")].rstrip()
        if before and (
            before[-1].isdigit() or before[-1] in "%)" or _is_number_word(before.rsplit(None, 1)[-1].lower())
        ):
            return None
        if tok.year_like or (not tok.integer and tok.words):
            return None  # "percent of 2019", "percent of a half"
        mention = Mention("quantity", m.start("pct"), tok.end, tok.value, tok.written, scale=tok.scale, unit="percent")
        sm = _SIGN_BEFORE.search(text, max(0, m.start("pct") - 10), m.start("pct"))
        if sm and sm.group(0).strip().lower() in ("minus", "negative"):
            mention.value = -mention.value
            mention.start = sm.start()
        return mention

    # ------------------------------------------------------------------ counts
    def count(self, tok: Number) -> Mention | None:
        text = self.text
        if tok.end < len(text) and (glued := self._glued_scale(tok, tok.end)) is not None:
            return glued  # "4.2m boxes", "10k people", "1.5bn doses"
        if not _may_count(tok):
            return None
        end = tok.end
        low = high = None
        scale = tok.scale
        if (
            _LIST_BEFORE.search(text, max(0, tok.start - 12), tok.start)
            and not _YEAR_LEAD.search(text, max(0, tok.start - 30), tok.start)
        ) or _LIST_AFTER.match(text, end):
            return None  # "4, 5, 6 options": a list of numbers, not one count ("In 2022, 8 ships" is one)
        rng = self._count_range(tok)
        if rng:
            low, high, end, scale = rng
        if end < len(text) and text[end] == "-" and low is None and (odd := _ODD.match(text, end)):
            # "the 350-odd members", "forty-odd clinics": a hedge, the noun after it counted
            thing = _thing_of_count(text, tok, odd.end(), ranged=False)
            if thing is None or _AGO.match(text, thing[1]):
                return None  # "forty-odd years ago": a time
            mention = self._count_mention(tok, end, thing)
            mention.qualifier = mention.qualifier or "about"
            return mention
        if end < len(text) and text[end] == "-" and low is None and (not tok.words or tok.value >= _WORDS_COMPOUND):
            # (in words only from ten: "two-way", "three-point plan" and "four-wheel drive"
            # say a kind more often than a count; "a sixteen-station line" counts stations)
            return self._hyphenated_count(tok, end)
        if end < len(text) and text[end] not in " \t":
            if (
                low is None
                and text[end] in ".,;:)"
                and (thing := _thing_ending_phrase(text, tok.start, end) or self._thing_from_before(tok, end))
            ):
                return self._count_mention(tok, end, thing)
            return None  # "5G", "two-way", "1990s", "20th"
        # "fifteen hundred or so chargers", "1,200 or so boats": a hedge after the number
        or_so = _OR_SO.match(text, end) if low is None else None
        thing = _thing_of_count(text, tok, or_so.end() if or_so else end, ranged=low is not None)
        if or_so and thing is not None and not _AGO.match(text, thing[1]):
            mention = self._count_mention(tok, end, thing)
            mention.qualifier = mention.qualifier or "about"
            return mention
        if thing is None and low is None and (of_them := _OF_THEM_ARE.match(text, end)):
            # "1.1 million of them are children of school age": a count of the children
            found = _counted_thing(text, of_them.end() - 1, False)
            if found is not None and found[0].lower() not in _GENERIC_PEOPLE:
                return self._count_mention(tok, end, found)
        if (
            thing is None
            and low is None
            and (were := _WERE_AFTER.match(text, end))
            and _CLAUSE_START.search(text, 0, tok.start)
        ):
            # "Of the 640 cyclists hurt, 210 were children": a count of the children
            found = _counted_thing(text, were.end() - 1, False)
            if found is not None and found[0].lower() not in _GENERIC_PEOPLE and found[0][:1].islower():
                return self._count_mention(tok, end, found)
        if thing is None and low is None:
            thing = self._thing_from_before(tok, end)
        if thing is None or _AGO.match(text, thing[1]):
            return None  # "four newsletters ago", "two elections ago": a time, not a count
        return self._count_mention(tok, end, thing, low, high, scale)

    def _elided_thing(self, tok: Number, end: int) -> tuple[str, int] | None:
        """The thing of the count before, when this one leaves it out after a period and a
        coordinator: "delivered 1.4 billion letters in 2000 and 110 million in 2024", "from
        412 stations in 2019 to 388 in 2024". Only a number with a scale or of three or more
        figures, followed by its own period ("in 2024"), so that "3 ships in 2019 and 4 in
        the fleet" stays no count."""
        prev = self.out[-1] if self.out else None
        if prev is None or prev.kind != "count" or prev.thing is None or prev.thing_end is None or prev.low is not None:
            return None
        if tok.year_like:
            return None
        if _UP_FROM_GAP.fullmatch(self.text, prev.thing_end, tok.start):
            return prev.thing, end  # "1,480 burglaries in 2024, up from 1,210": burglaries again
        if not (tok.scale or tok.value >= 100):
            return None
        if not _ELIDED_GAP.fullmatch(self.text, prev.thing_end, tok.start) or not _OWN_PERIOD.match(self.text, end):
            return None
        return prev.thing, end

    def _thing_from_before(self, tok: Number, end: int) -> tuple[str, int] | None:
        """The thing of a number with no noun of its own, from the count before it or the
        group after it (see the three readings it tries)."""
        return self._elided_thing(tok, end) or self._part_of_group(tok, end) or self._new_total(tok, end)

    def _new_total(self, tok: Number, end: int) -> tuple[str, int] | None:
        """The thing of a total an addition or a cut leads to: "bringing the number of
        ferries to 31", or the thing of the count before in the sentence: "6 sensors were
        added in May, bringing the total to 124" (sensors)."""
        text = self.text
        m = _TOTAL_TO_BEFORE.search(text, max(0, tok.start - 110), tok.start)
        if m is None or (end < len(text) and (text[end].isalnum() or text[end] in "%-")):
            return None
        if m.group("of"):
            words = _phrase_words(m.group("of")[2:])
            thing = _plural_phrase(words, _phrase_head_start([w.lower() for w in words])[0])
            if thing is None or thing[-1].lower() in _MEASURE_NOUNS or thing[-1].lower() in _NOT_COUNTED:
                return None
            return " ".join(thing), end
        prev = self.out[-1] if self.out else None
        if prev is None or prev.kind != "count" or prev.thing is None or prev.low is not None:
            return None
        if _SENTENCE_END.search(text, prev.end, tok.start):
            return None
        return prev.thing, end

    def _part_of_group(self, tok: Number, end: int) -> tuple[str, int] | None:
        """What a number counts when it counts some of a group named right after it or just
        before: "14 of the 22 county councils" (councils), "4,020 applicants sat the test
        and 2,310 of them passed" (applicants, the count before in the sentence)."""
        text = self.text
        m = _OF_GROUP_AFTER.match(text, end)
        if m is None:
            return None
        whole = self.token_at(m.end())
        if whole is not None:
            if whole.year_like or whole.value <= tok.value:
                return None  # "3 of the 2024 entries", "the 12 of 12": no group of them
            found = _counted_thing(text, whole.end, False)
            return (found[0], end) if found is not None else None
        if not _THEM.match(text, m.end()):
            return None
        prev = self.out[-1] if self.out else None
        if prev is None or prev.kind != "count" or prev.thing is None or prev.value <= tok.value:
            return None
        ends = list(_SENTENCE_END.finditer(text, prev.end, tok.start))
        if ends and (
            len(ends) > 1
            or not _ENDS_ITS_SENTENCE.match(text, prev.thing_end or prev.end)
            or not _OPENING_PHRASE.fullmatch(text, ends[0].end(), tok.start)
        ):
            # the count before is in another sentence: "them" is its noun only when that
            # noun ended the sentence right before and the number opens its own sentence,
            # after a phrase of time or place at most ("… there are 81 bathing waters. In
            # 2024, 42 of them were rated excellent")
            return None
        return prev.thing, end

    def _glued_scale(self, tok: Number, end: int) -> Mention | None:
        """A count with its scale abbreviated and glued ("4.2m boxes", "10k people", "1.5bn
        doses", "3.1M users"): the noun after it counted in that scale."""
        sc = self._glued_scale_at(tok, end)
        if sc is None:
            return None
        factor, scale_end, name = sc
        thing = _thing_of_count(self.text, tok, scale_end, ranged=False)
        if thing is None:
            return None
        mention = self._count_mention(tok, scale_end, thing, scale=name)
        mention.value = tok.value * factor
        mention.written = self.text[tok.start : scale_end]
        return mention

    def _count_range(self, tok: Number) -> tuple[float, float, int, str | None] | None:
        """A count given as a range of whole numbers ("5 to 10 ships"): its ``(low, high,
        end, scale)``."""
        rng = self.range_after(tok, tok.end)
        if not rng:
            return None
        second, end = rng
        if second.year_like or not float(second.value).is_integer():
            return None
        low, high = self._range_values(tok, second)
        return low, high, end, tok.scale or second.scale

    def _count_mention(
        self,
        tok: Number,
        end: int,
        thing: tuple[str, int],
        low: float | None = None,
        high: float | None = None,
        scale: str | None = None,
    ) -> Mention:
        name, tend = thing
        value = tok.value if low is None else (low + high) / 2  # type: ignore[operator]  # low and high are set together (a range)
        mention = Mention(
            "count",
            tok.start,
            end,
            value,
            tok.written,
            low=low,
            high=high,
            scale=scale or tok.scale,
            thing=name,
            thing_end=tend,
        )
        q = match_qualifier(self.text, tok.start)
        if q:
            mention.qualifier = q[0]
        elif tend <= end and _PASSED_MARK.search(self.text, max(0, tok.start - 30), tok.start):
            mention.qualifier = "more than"  # "the waiting list passed 7,800": a bound
        return mention

    def _group_size(self, tok: Number, end: int) -> Mention | None:
        """ "the 164-strong mission": a count of the group's members, as "mission members"
        (whoever they are: observers, musicians); None when no group noun follows."""
        m = _GROUP_AFTER.match(self.text, end)
        if m is None:
            return None
        group = m.group("g").split()
        if any(w in _STOP or w in _NOT_COUNTED for w in group):
            return None
        # the thing ends at the number: the names before the group noun are its scope ("the
        # 69-strong Orsa orchestra")
        return self._count_mention(tok, end, (" ".join(group) + " members", end))

    def _hyphenated_count(self, tok: Number, end: int) -> Mention | None:
        """A count written as a compound before a noun: "a 269-ship navy", "the 27-member
        bloc" (269 ships, 27 members), also with its scale ("the 25-million-hook fleet":
        25 million hooks). Not when the word is a unit ("a 40-km road", "a 3-year plan":
        quantities) or a word that makes no count ("two-way", "24-hour")."""
        text = self.text
        value, scale = tok.value, tok.scale
        scaled = _HYPHEN_SCALE.match(text, end) if not tok.scale else None
        if scaled:
            value, scale, end = value * SCALES[scaled.group("s").lower()], scaled.group("s").lower(), scaled.end()
        m = _HYPHEN_COUNT.match(text, end)
        if m is None:
            return None
        word = m.group("w")
        if word == "strong":
            return self._group_size(tok, m.end())
        if (
            word in _NOT_COUNTED
            or word in _STOP
            or word in _NOT_COMPOUND_COUNTS
            or _is_number_word(word)  # "a fifty-fifty split", "the eighty-twenty rule"
            or _unit_at(text, end + 1, glued=False, hyphen=True) is not None
        ):
            return None
        mention = Mention(
            "count", tok.start, m.end(), value, tok.written, scale=scale, thing=_plural(word), thing_end=m.end()
        )
        q = match_qualifier(text, tok.start)
        if q:
            mention.qualifier = q[0]
        return mention


#: a verb that gives a count after the noun it counts: "orders came to 14,000", "workers
#: now number 1,150", "the number of schools stood at 4,300" (adverbs and hedges may
#: stand between it and the number)
#: verbs of a change in a count, in the past, present and perfect ("rose", "have fallen")
_CHANGE_VERB = (
    r"(?:(?:has|have|had)[ \t]+(?:(?:now|since|also|already)[ \t]+)?)?"
    r"(?:rose|rises?|risen|fell|falls?|fallen|grew|grows?|grown|dropped|drops?|climbed|climbs?|increased|increases?|"
    r"decreased|decreases?|declined|declines?|jumped|jumps?|shrank|shrinks?|shrunk|doubled|tripled|halved)"
)
_CHANGED = re.compile(_CHANGE_VERB, re.IGNORECASE)
_COUNT_HEDGE = (
    r"(?:about|around|some|nearly|almost|roughly|approximately|over|under|more[ \t]+than|"
    r"fewer[ \t]+than|less[ \t]+than|at[ \t]+least|close[ \t]+to|just[ \t]+(?:over|under))"
)
_COUNT_VERB_BEFORE = re.compile(
    r"(?:^|[ \t])(?P<verb>(?:came|come|comes|amounted|amounts|" + _CHANGE_VERB + r")"
    r"(?:[ \t]+by[ \t]+[\d.,]+(?:[ \t]+(?:per[ \t]?cent|percent))?[ \t]*,?)?[ \t]+to|" + _CHANGE_VERB + r"[ \t]+from|"
    r"total(?:l?ed|s)?|number(?:ed|s)?|(?:stood|stands?)[ \t]+at|reach(?:ed|es)?|was|were|"
    r"pass(?:ed|es)|top(?:ped|s)|exceed(?:ed|s)|surpass(?:ed|es))"
    r"(?:[ \t]+(?:only|just|already|still|then|now))?"
    r"(?:[ \t]+" + _COUNT_HEDGE + r")?[ \t]+$",
    re.IGNORECASE,
)
#: the second figure of a change written "from ... to ...", the first with no noun either:
#: "Licensed taxis rose from 2,800 in 2019 to 3,390" (the taxis are counted twice)
_CHANGE_FROM_TO_BEFORE = re.compile(
    r"(?:^|[ \t])(?P<verb>" + _CHANGE_VERB + r")[ \t]+from[ \t]+(?:" + _COUNT_HEDGE + r"[ \t]+)?"
    r"\d[\d.,]*(?:[ \t]+(?:thousand|million|billion))?"
    r"(?:[ \t]+(?:in|at[ \t]+the[ \t]+end[ \t]+of)[ \t]+(?:19|20)\d\d(?:[/–-]\d{2,4})?)?"
    r"[ \t]+to(?:[ \t]+" + _COUNT_HEDGE + r")?[ \t]+$",
    re.IGNORECASE,
)
_NP_BOUNDARY = re.compile(r"[.!?;:,()\[\]\"“”—–]|\b(?:and|but|or|while|when|as|that|which|who|where)\b")
_NP_LEAD = frozenset("the a an its their our his her this these those all".split())
_NP_ADVERBS = frozenset("now then still already only just also thus since".split())
#: "the number of schools", "orders of loitering munitions": the count is of what follows "of"
_COUNT_CONTAINERS = frozenset(
    "number total count tally list backlog queue orders deliveries purchases shipments sales imports exports arrivals".split()
)
#: plural nouns a number after a verb measures rather than counts ("prices rose to 390")
_MEASURE_NOUNS = frozenset(
    """prices costs rates levels figures numbers totals values shares scores temperatures
    fares tariffs revenues earnings profits losses savings returns yields wages salaries fees premiums taxes
    payments funds assets reserves sales emissions volumes speeds distances heights depths
    weights readings ratings rankings odds means averages estimates forecasts projections
    budgets bills debts spending expenses incomes balances stocks indices indexes""".split()
)


#: a group named before "of" and a number, and the members the number counts: "a population
#: of 140,000" (inhabitants), "a workforce of 1,540" (workers)
_COLLECTIVES = {
    "population": "inhabitants",
    "workforce": "workers",
    "headcount": "workers",
    "membership": "members",
    "electorate": "voters",
}
_COLLECTIVE_BEFORE = re.compile(
    r"\b(?P<c>" + "|".join(_COLLECTIVES) + r")[ \t]+of[ \t]+(?:about|around|some|nearly|almost|roughly|over|"
    r"under|just[ \t]+(?:over|under)|more[ \t]+than|fewer[ \t]+than|less[ \t]+than|at[ \t]+least|close[ \t]+to)?[ \t]*$",
    re.IGNORECASE,
)
#: counted words that say no more than the collective before them ("a workforce of 1,540 people")
_GENERIC_PEOPLE = frozenset("people persons individuals".split())


#: "of them are", "of whom were": what follows names what the number counts
#: a new total after an addition or a cut: "bringing the total to", "taking the number of
#: ferries to"
_TOTAL_TO_BEFORE = re.compile(
    r"\b(?:bring(?:s|ing)?|brought|tak(?:es|ing)|took|rais(?:es|ing)|raised|lift(?:s|ing|ed)|push(?:es|ing|ed)|"
    r"cut(?:s|ting)?|reduc(?:es|ing|ed)|swell(?:s|ing|ed))[ \t]+(?:the|its|their|our)[ \t]+(?:overall[ \t]+|new[ \t]+)?"
    r"(?:total|tally|count|number)(?:[ \t]+(?P<of>of[ \t]+[^.;:,()\d]{2,60}?))?[ \t]+to(?:[ \t]+"
    + _COUNT_HEDGE
    + r")?[ \t]+$",
    re.IGNORECASE,
)
#: a number that opens its clause and is said to be a group: "210 were children"
_WERE_AFTER = re.compile(r"[ \t]+(?:were|are)[ \t]+(?=[a-z])")
_CLAUSE_START = re.compile(
    r"(?:^|[.;:!?][ \t]+|,[ \t]*(?:(?:and|but|while)[ \t]+)?|[ \t]+(?:and|but|while)[ \t]+)"
    r"(?:(?:only|just|some|about|around|nearly|almost|roughly|another|a[ \t]+further)[ \t]+)?$",
    re.IGNORECASE,
)
#: "N of the M things", "N of them": some of a group
#: a scale inside a compound count: "the 25-million-hook fleet"
_HYPHEN_SCALE = re.compile(r"-(?P<s>thousand|million|billion)(?=-[a-z])", re.IGNORECASE)
_OR_SO = re.compile(r"[ \t]+or[ \t]+so(?=[ \t]+[a-z])")
#: "-odd" right after a number: a hedge ("the 350-odd members"), a noun after it
_ODD = re.compile(r"-odd(?=[ \t]+[a-z])")
_OF_GROUP_AFTER = re.compile(
    r"[ \t]+(?:out[ \t]+)?of[ \t]+(?:(?:the|its|their|our|his|her|all)[ \t]+)?"
    + OWNER
    + r"?(?=\d|them\b|these\b|those\b)"
)
#: what may stand between a counted noun and the end of its sentence: punctuation only
_ENDS_ITS_SENTENCE = re.compile(r"[ \t]*[)”\"’']?[ \t]*[.!?;]")
#: what may open a sentence before a number that counts some of the noun the sentence
#: before ended on: a phrase of time or place set off by a comma ("In the 2024
#: inspections, ", "Since 2020, "), a hedge
_OPENING_PHRASE = re.compile(
    r"\s*(?:(?:In|By|Since|During|At|Across|Among|Of|For|After|Before|Over|Last|This)\b[^,.;:!?]{0,60},\s*)?"
    r"(?:(?:only|just|some|about|around|nearly|almost|roughly)\s+)?",
    re.IGNORECASE,
)
_THEM = re.compile(r"(?:them|these|those)\b(?![ \t]+[a-z]+s\b)")
_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)")
_OF_THEM_ARE = re.compile(
    r"[ \t]+of[ \t]+(?:them|whom|these|those)[ \t]+(?:are|were|is|was)[ \t]+(?:now[ \t]+|still[ \t]+)?"
)


#: between a count and a second one that leaves out its noun: the first one's period and a
#: coordinator ("letters in 2000 and ", "stations in 2019, against ", "in 2019 to ")
_ELIDED_GAP = re.compile(
    r"[ \t]+(?:in|by|during|for)[ \t]+(?:(?:the[ \t]+)?(?:year|fiscal[ \t]+year|financial[ \t]+year)[ \t]+)?"
    r"(?:19|20)\d\d(?:[/–-]\d{2,4})?,?[ \t]+(?:and|to|against|compared[ \t]+with|versus|but)[ \t]+"
    r"(?:(?:about|around|some|nearly|almost|roughly|over|just|only|under|more[ \t]+than|fewer[ \t]+than|less[ \t]+than)[ \t]+)?"
)
#: between a count and its earlier value: "reached 1,480 in 2024, up from 1,210", "412 beds
#: (down from about 450)", "9,100 eggs from local farms in 2024, up from 7,800"
_UP_FROM_GAP = re.compile(
    # the noun's own short phrase first ("48,200 samples from wild birds in 2024, up from
    # 31,000"): words only, no figure, no comma
    r"(?:[ \t]+(?:of|from|in|at|on|across|among)[ \t]+(?:[A-Za-z'’-]+[ \t]+){0,3}?[A-Za-z'’-]+(?=[ \t]+(?:in|by|during|for)[ \t]|[ \t]*[,(]))?"
    r"(?:\s+(?:in|by|during|for)\s+(?:(?:the\s+)?(?:year|fiscal\s+year|financial\s+year)\s+|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?"
    r"(?:19|20)\d\d(?:[/–-]\d{2,4})?)?[ \t]*[,(]\s*(?:up|down)\s+from\s+(?:" + _COUNT_HEDGE + r"\s+)?"
)
#: the second count's own period right after it ("110 million in 2024")
_OWN_PERIOD = re.compile(
    r"[ \t]+(?:in|by|during|for)[ \t]+(?:(?:the[ \t]+)?(?:year|fiscal[ \t]+year|financial[ \t]+year)[ \t]+)?(?:19|20)\d\d\b"
)


#: what follows a verb in -s that stands where a counted noun would: its object's figure
#: or determiner ("generates about 4,500", "supports the", "needs 40")
_OBJECT_AFTER_VERB = re.compile(
    r"[ \t]+(?:about|around|some|nearly|almost|over|more[ \t]+than|an?|the|its|their|\d)", re.IGNORECASE
)
#: a determiner right before a number, or with one word between ("the 36", "its remaining
#: 12"): the words after the number are a noun phrase's, whatever verb they could also be
_DETERMINED_BEFORE = re.compile(r"\b(?:the|these|those|its|their|our)[ \t]+(?:[a-z]+[ \t]+)?$", re.IGNORECASE)
#: "all N of the ...", "all N of its ...": every one of a whole the number counts
_EVERY_ONE_BEFORE = re.compile(r"\ball[ \t]+$", re.IGNORECASE)
_OF_THE_WHOLE = re.compile(
    r"[ \t]+of[ \t]+(?:the|its|their|our|his|her|these|those)(?:[ \t]+[A-Za-z][\w-]*['’]s?(?=[ \t]+[a-z]))?(?=[ \t])"
)


def _thing_of_count(text: str, tok: Number, end: int, ranged: bool) -> tuple[str, int] | None:
    """What the number ``tok`` (ending at ``end``) counts: the noun phrase after it, the
    members of a collective before it when nothing more telling follows ("a workforce of
    1,540 people"), or (not for a range) a plural noun before its verb; never a day before
    its month ("on 12 August fires ...")."""
    number_capitalised = bool(tok.words and tok.written[:1].isupper())
    determined = bool(_DETERMINED_BEFORE.search(text, max(0, tok.start - 24), tok.start))
    thing = _counted_thing(text, end, number_capitalised, determined)
    if thing is None and _EVERY_ONE_BEFORE.search(text, max(0, tok.start - 8), tok.start):
        whole = _OF_THE_WHOLE.match(text, end)
        if whole is not None:  # "all nine hundred of the university's academics": the whole, counted
            thing = _counted_thing(text, whole.end(), False)
    if thing is not None and " " not in thing[0] and _OBJECT_AFTER_VERB.match(text, thing[1]):
        # "a workforce of 3,100 generates about 4,500 trips": a verb, no counted noun
        member = _collective_before(text, tok.start)
        if member is not None:
            return member, end
    if thing is None or thing[0].lower() in _GENERIC_PEOPLE:
        member = _collective_before(text, tok.start)
        if member is not None:
            thing = (member, thing[1] if thing else end)
    if thing is None and not ranged:
        thing = _thing_before(text, tok.start, end)
    if thing is None or _day_of_month(tok, thing[0]):
        return None
    return thing


def _thing_ending_phrase(text: str, start: int, end: int) -> tuple[str, int] | None:
    """What a number that ends its phrase counts: the members of a collective before it
    ("a population of 140,000."), or a plural noun before its verb ("Claims ... totalled
    38,000.")."""
    member = _collective_before(text, start)
    if member is not None:
        return member, end
    return _thing_before(text, start, end)


def _collective_before(text: str, start: int) -> str | None:
    """The members a number counts when a collective noun and "of" stand right before it
    ("a population of 140,000": "inhabitants"), or None."""
    m = _COLLECTIVE_BEFORE.search(text, max(0, start - 45), start)
    return _COLLECTIVES[m.group("c").lower()] if m else None


def _day_of_month(tok: Number, thing: str) -> bool:
    """ "on 12 August fires were burning": a day and its month, not a count of "August fires"."""
    first = thing.split(None, 1)[0]
    return first[:1].isupper() and first.rstrip(".").lower() in _MONTHS and not tok.words and tok.value <= 31


#: after a counted thing: the count says how long ago ("about four newsletters ago")
_AGO = re.compile(r"\s+ago\b")


def _may_count(tok: Number) -> bool:
    """Could the number count things at all: a whole number of at least two, not a year,
    not "a"/"one", not a label written with a leading zero ("01")?"""
    if not tok.integer and not tok.scale:
        return False
    if (
        tok.year_like
        or tok.value < 2
        or not math.isfinite(tok.value)
        or abs(tok.value - round(tok.value)) > 1e-9 * tok.value
    ):
        return False  # (a scaled decimal is whole within float error: 64.1 million is 64100000.00000001)
    if tok.words and tok.written.strip().lower() in ("a", "an", "one"):
        return False
    return not (tok.written[:1] in "0" and len(tok.written) > 1 and tok.written[1:2].isdigit())  # "01": a label


def _thing_before(text: str, start: int, end: int) -> tuple[str, int] | None:
    """A count written after the plural noun it counts, across a verb: "Claims filed after
    the floods totalled 38,000", "Workers on the site now number 1,150", "Germany's orders
    of loitering munitions came to 14,000", "the number of schools ... stood at 4,300".
    Only when the number ends its phrase (nothing counted after it) and the noun is a
    count, not a measure ("prices rose to 390"). ``(thing, end of the number)``."""
    m = _COUNT_VERB_BEFORE.search(text, max(0, start - 40), start) or _CHANGE_FROM_TO_BEFORE.search(
        text, max(0, start - 110), start
    )
    every = _ALL_BEFORE.search(text, max(0, start - 12), start)
    if m is not None:
        words: list[str] | None = _container_subject(text, m.start()) or _phrase_before(text, m.start())
    elif every is not None and _OF_THEM.match(text, end):
        words = _phrase_before(text, every.start())  # "the drivers, all 3,300 of them"
        # the last noun phrase: after the last "of" or article ("the transfer of the
        # company's drivers", "a fire code now binds the Prato workshops"), past a name
        # that owns it ("Harwick Buses' drivers": the drivers, Harwick Buses its scope)
        low = [w.lower() for w in words]
        cut = max((k for k, w in enumerate(low) if w == "of" or w in _NP_LEAD), default=-1)
        if cut >= 0:
            words = words[cut + (low[cut] == "of") :]
        owners = [k for k, w in enumerate(words) if w.endswith(("'", "’", "'s", "’s"))]
        if owners and owners[-1] < len(words) - 1:
            owner = words[owners[-1]]
            words = words[owners[-1] + 1 :]
            if not owner[:1].isupper():  # "the rival operator's ferries": the operator's, a qualifier
                words = [re.sub(r"['’]s?$", "", owner), *words][-3:]
    else:
        # (past a hedge: "Permits issued by June 2024: about 310")
        hedge = match_qualifier(text, start)
        at = hedge[1] if hedge else start
        label = _LABEL_COLON.search(text, max(0, at - 3), at)
        words = _label_before(text, label.start()) if label is not None else None
    if words is None:
        return None
    after = text[end : end + 1]  # "" when the number ends the text (a bullet, a table cell)
    if after.isalnum() or (after and after in "%-"):
        return None
    low = [w.lower() for w in words]
    if m is None and every is None and low and low[0] in _COLLECTIVES:
        return _COLLECTIVES[low[0]], end  # "Population served: 1.1 million", "Membership (2025): 56,300"
    at, contained = _phrase_head_start(low)
    # (a level, not a change: "the workforce had shrunk from 1,100 to 620" is not read so)
    group = (
        _collective_subject(low, at)
        if m is not None and m.group("verb").lower() not in ("was", "were") and not _CHANGED.match(m.group("verb"))
        else None
    )
    if group is not None:
        return group, end  # "Membership of the union reached 56,300", "The workforce now numbers 1,540"
    if m is not None and m.group("verb").lower() in ("was", "were") and not contained:
        return None  # "the total was 12": only "the number of X was …" counts X
    thing = _plural_phrase(words, at)
    if thing is None:
        return None
    head = thing[-1].lower()
    if not _plural_like(head) or head in _NOT_COUNTED or head in _MEASURE_NOUNS or _FRACTION_PLURALS.match(head):
        return None
    if not contained and head in _COUNT_CONTAINERS:
        return None  # "Sales reached 3.6 million": of what?
    rest = low[at + len(thing) :]
    if any(w in ("per", "each", "every", "average") for w in rest):
        return None  # "visitors per day reached 4,000": a rate
    return " ".join(thing), end


#: a count verb that says a mark was passed: the number after it is a lower bound ("the
#: waiting list passed 7,800", "applications topped 4,000")
_PASSED_MARK = re.compile(
    r"(?:^|[ \t])(?:pass(?:ed|es)|top(?:ped|s)|exceed(?:ed|s)|surpass(?:ed|es))"
    r"(?:[ \t]+(?:only|just|already|now))?[ \t]+$",
    re.IGNORECASE,
)
#: a container that heads a count verb's subject, its noun after "of": "the number of
#: households", "the waiting list of patients", "the backlog of cases"
_CONTAINER_OF = re.compile(
    r"\b(?:the|its|their|our|this|that)[ \t]+(?:(?:total|overall|combined|waiting)[ \t]+)?"
    r"(?:number|list|backlog|queue)[ \t]+of[ \t]+",
    re.IGNORECASE,
)
#: a finite verb (or a clause's end) between a container and the count verb: the count
#: verb has another subject ("The number of schools fell, and pupils reached 4,300")
_OWN_CLAUSE = re.compile(
    r"[.!?;:()\[\]]|\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|did|does|do|"
    r"said|says|while|but|whereas)\b|" + _CHANGE_VERB,
    re.IGNORECASE,
)


def _container_subject(text: str, verb: int) -> list[str] | None:
    """The words of a count verb's subject headed by a container ("the number of", "the
    list of") when asides, lists and qualifiers set off by commas, "and" or "or" stand
    between it and the verb: "the number of young people not in education, employment or
    training reached 987,000" counts young people, "the number of households in temporary
    housing, including those placed out of area, stood at 14,200" households. The words run
    from the container to the first boundary after its noun; None when no container leads
    the clause or another finite verb stands between it and the count verb."""
    region = text[max(0, verb - 200) : verb]
    found = None
    for c in _CONTAINER_OF.finditer(region):
        found = c
    if found is None or _OWN_CLAUSE.search(region, found.end()):
        return None
    rest = region[found.end() :]
    cut = _NP_BOUNDARY.search(rest)
    if cut is None:
        return None  # nothing set off: the phrase before the verb is the container's own
    return _phrase_words(region[found.start() : found.end() + cut.start()])


def _collective_subject(low: list[str], at: int) -> str | None:
    """The members a collective noun heading a count verb's subject counts ("membership of
    the union", "the club's membership", "the town's population": members, inhabitants),
    or None; the collective is the phrase's head (first, or before "of"; or last), not a
    word that qualifies another ("population growth")."""
    if at < len(low) and low[at] in _COLLECTIVES and (at + 1 == len(low) or low[at + 1] == "of"):
        return _COLLECTIVES[low[at]]
    if len(low) > at and low[-1] in _COLLECTIVES:
        return _COLLECTIVES[low[-1]]
    return None


#: a count in apposition after the noun it counts: "the drivers, all 3,300 of them", "its
#: vessels (all 41 of them)"
_ALL_BEFORE = re.compile(r"[ \t]*[,(—–][ \t]*all[ \t]+$", re.IGNORECASE)
_OF_THEM = re.compile(r"[ \t]+of[ \t]+(?:them|these|those)\b", re.IGNORECASE)


#: a label and its figure, as key facts and bullet lists write them ("Libraries closed since
#: 2016: 180"): the label is the whole text before the colon
_LABEL_COLON = re.compile(r":[ \t]*$")


def _label_before(text: str, colon: int) -> list[str] | None:
    """The words of a label ending at ``colon``: everything before it on its line (a
    bullet's own text), when that is one phrase; None for a colon inside a sentence ("the
    result: 40"), which introduces no label."""
    line = text[text.rfind("\n", 0, colon) + 1 : colon]
    if len(line) > 80 or re.search(r"[.;!?]", line):
        return None
    words = _phrase_words(line)
    return words if words == _phrase_before(text, colon) else None


def _phrase_before(text: str, at: int) -> list[str]:
    """The words of the phrase that ends at ``text[at]`` (from its last boundary, up to 160
    characters back), without the adverbs that end it ("Workers on the site now")."""
    region = text[max(0, at - 160) : at]
    cut = 0
    for b in _NP_BOUNDARY.finditer(region):
        cut = b.end()
    return _phrase_words(region[cut:])


def _phrase_words(phrase: str) -> list[str]:
    """The words of ``phrase`` without the adverbs that end it."""
    words = [w.group(0) for w in re.finditer(r"[A-Za-z][\w'’-]*", phrase)]
    while words and words[-1].lower() in _NP_ADVERBS:
        words.pop()
    return words


def _phrase_head_start(low: list[str]) -> tuple[int, bool]:
    """Where the counted noun phrase starts in the words ``low`` (lower case), past what
    leads it (articles, possessives such as "Germany's", "the number of"); and whether it
    stands in a container ("the number of schools")."""
    at = 0
    while at < len(low) and (low[at] in _NP_LEAD or low[at].endswith(("'s", "’s"))):
        at += 1
    if at + 1 < len(low) and low[at] in _COUNT_CONTAINERS and low[at + 1] == "of":
        at += 2
        while at < len(low) and low[at] in _NP_LEAD:
            at += 1
        return at, True
    return at, False


def _plural_phrase(words: list[str], at: int) -> list[str] | None:
    """The words from ``words[at]`` up to the first plural-like one (at most three), or None
    when a stop word or adverb comes first or no plural comes."""
    thing: list[str] = []
    for word in words[at:]:
        w = word.lower()
        if w in _STOP or w in _NP_ADVERBS:
            return None
        thing.append(word)
        if _plural_like(w):
            return thing
        if len(thing) >= 3:
            return None
    return None


#: after "N-strong": the group it sizes, up to two lower-case words after any names ("the
#: 164-strong observation mission", "the 69-strong Orsa orchestra", "the 40-strong
#: cross-party group")
_GROUP_AFTER = re.compile(
    r"(?:[ \t]+[A-Z][\w’'&-]*)*(?P<g>(?:[ \t]+[a-z]{3,}(?:-[a-z]+)*){1,2}?)(?=[ \t]*(?:[.,;:!?)]|$|[ \t]+(?:of|in|at|to|from|for|"
    r"with|on|that|which|who|was|were|is|are|has|had|have|will|would|can|could|may|and|or|but|"
    r"[a-z]+(?:ed|s)\b)))"
)
#: compounds that rate or approximate rather than count: "a 5-star hotel", "30-odd members"
_NOT_COMPOUND_COUNTS = frozenset("star odd something plus fold old strong".split())
#: the noun after a compound count may be a name, in capitals ("the 40-bed NHS ward") or
#: with capitals inside ("the 32-vehicle CallConnect service")
_HYPHEN_COUNT = re.compile(r"-(?P<w>[a-z]{3,})(?=[ \t]+(?:[a-z]{3,}|[A-Z][a-z]{2,}|[A-Z]+[a-z]*[A-Z][A-Za-z]*)\b)")
#: a number in words makes a compound count from this value ("a sixteen-station line")
_WORDS_COMPOUND = 10


def _plural(word: str) -> str:
    if re.search(r"(?:s|x|z|ch|sh)$", word):
        return word + "es"
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    return word + "s"


def _peek_unit(text: str, pos: int) -> bool:
    glued = pos < len(text) and text[pos] not in " \t-"
    p = pos
    hyphen = text[p : p + 1] == "-"
    if hyphen:
        p += 1
    while not glued and not hyphen and p < len(text) and text[p] in " \t":
        p += 1
    return _unit_at(text, p, glued=glued, hyphen=hyphen) is not None


@per_document
def analyse(text: str, footnote: bool = False) -> tuple[Mention, ...]:
    """Every money, quantity and count mention in ``text``, in order (cached per text)."""
    if not _has_numeric(text) and not word_opens_with_any(text, _NUMBER_WORDS_ANY):
        return ()
    # a no-break or thin space is a space here ("$163\u00a0million"); one for one, so
    # offsets stay those of the text
    return _compound_spans(text, tuple(_Scan(text if text.isascii() else text.translate(_SPACES), footnote).run()))


#: the units of a span of time, largest first, and the seconds in each: "1 hour 32
#: minutes", "2 days and 6 hours", "3 weeks, 2 days" are each one span
_SPAN_SECONDS = {"week": 604800.0, "day": 86400.0, "hour": 3600.0, "minute": 60.0, "second": 1.0}
#: what joins the parts of one span: a space, a comma or "and"
_SPAN_JOIN = re.compile(r"[ \t]*(?:,[ \t]*)?(?:and[ \t]+)?")


def _compound_spans(text: str, found: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """``found`` with a span of time written in parts read as one figure, in its smallest
    unit ("1 hour 32 minutes" is 92 minutes, "2 days and 6 hours" 54 hours): each part a
    whole number of a smaller unit than the one before it, right after it, neither a range
    and no hedge on a later part. Two spans of one unit ("8 minutes and 18 minutes") or a
    larger unit after a smaller ("30 minutes and 2 hours") stay two."""
    if len(found) < 2:
        return found
    out: list[Mention] = []
    for m in found:
        last = out[-1] if out else None
        if (
            last is not None
            and m.kind == "quantity"
            and last.kind == "quantity"
            and last.unit in _SPAN_SECONDS
            and m.unit in _SPAN_SECONDS
            and _SPAN_SECONDS[m.unit] < _SPAN_SECONDS[last.unit]
            and float(last.value).is_integer()
            and float(m.value).is_integer()
            and last.low is None
            and m.low is None
            and m.qualifier is None
            and _SPAN_JOIN.fullmatch(text, last.end, m.start)
        ):
            value = last.value * _SPAN_SECONDS[last.unit] / _SPAN_SECONDS[m.unit] + m.value
            out[-1] = dataclasses.replace(last, end=m.end, value=value, written=f"{value:g}", unit=m.unit)
            continue
        out.append(m)
    return tuple(out)


_DIGIT = re.compile(r"\d")


def _has_numeric(text: str) -> bool:
    """``any(ch.isnumeric() for ch in text)``, at the speed of a pattern: a decimal digit is
    numeric, and in ASCII text only digits are; other text asks each distinct character."""
    if _DIGIT.search(text):
        return True
    return not text.isascii() and any(ch.isnumeric() for ch in set(text))


_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " "})


_NUMBER_WORDS_ANY = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion dozen "
    "half quarter third fifth eighth"
).split()


# =========================================================================== claims
def _numeric_fields(m: Mention, text: str | None = None) -> dict[str, Any]:
    fields = {
        "value": m.value,
        "low": m.low,
        "high": m.high,
        "written": m.written,
        "scale": m.scale,
        "qualifier": m.qualifier,
    }
    if text is not None:
        fields["label"] = line_label(text, m.start)
    return fields


#: a key-figure line's label: the line's text up to a colon right before the figure (and
#: any hedge), one short phrase with no sentence's punctuation
_LINE_LABEL = re.compile(r"^[ \t]*(?P<label>[A-Z][^:.;!?\n]{0,70}?)[ \t]*:[ \t]*$")
_LABEL_PARENTHESIS = re.compile(r"[ \t]*\([^()]*\)")


def line_label(text: str, start: int) -> str | None:
    """The label a figure at ``text[start]`` stands under on a key-figure line ("Employer
    rate: 23.1%", "Population supplied: 1,150,000", "Budget (2025-26): about £3 million"),
    without its parentheses; None for a figure inside a sentence ("the result: 40" after
    other words of a sentence is a colon, not a label: the label must start its line)."""
    hedge = match_qualifier(text, start)
    at = hedge[1] if hedge else start
    line_start = text.rfind("\n", 0, at) + 1
    m = _LINE_LABEL.match(text[line_start:at])
    if m is None:
        return None
    label = _LABEL_PARENTHESIS.sub("", m.group("label")).strip()
    line_end = text.find("\n", start)
    rest = text[start : len(text) if line_end < 0 else line_end]
    if len(label.split()) > 6 or _SENTENCE_VERB.search(label) or len(rest) > 40 or _REST_SENTENCE.search(rest):
        return None  # "The result was clear: 40 people came to the opening and stayed": a sentence
    return label or None


#: words that make a line's opening a sentence, not a label
_SENTENCE_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|said|says|say|found|shows|showed|came|went)\b", re.IGNORECASE
)
_REST_SENTENCE = re.compile(r"[;!?]|\.[ \t]+[A-Z]")


def _mentions(units: Iterable[TextUnit], kind: str) -> Iterator[tuple[TextUnit, Mention]]:
    for unit in units:
        for m in analyse(unit.text, unit.in_footnote):
            if m.kind == kind:
                yield unit, m


def _subject(unit: TextUnit, m: Mention) -> ClaimSubject:
    s, e = unit.sentence_span(m.start)
    starts, spans = _spans(unit.text, unit.in_footnote)
    others = spans[bisect.bisect_left(starts, s) : bisect.bisect_left(starts, e)]
    return numeric_subject(unit.text, m.start, m.end, s, e, thing=m.thing, thing_end=m.thing_end, others=others)


@functools.lru_cache(maxsize=256)
def _spans(text: str, footnote: bool) -> tuple[list[int], list[tuple[int, int]]]:
    """The starts and spans (number to counted thing) of the mentions of a text, in order:
    the other figures a figure's subject shares its clause with."""
    spans = sorted((o.start, o.thing_end or o.end) for o in analyse(text, footnote))
    return [a for a, _ in spans], spans


_CONTEXT_YEAR = re.compile(
    # (not the last year of a range, "2025–2029" or "2019 – 2024": the range dates no amount)
    r"(?<![\d.,$€£¥/#\-–—])(?<!\d[ \t][-–—][ \t])\b(?P<year>1[89]\d\d|20\d\d)\b(?![\d%/-]|[ \t]*(?:[-–—][ \t]*\d|million|billion|trillion|thousand))"
)


def split_year_end(first: int, second: str) -> int | None:
    """The last calendar year of a split year ("2022-23" -> 2023, "2023/2024" -> 2024), or
    None when the two do not follow each other (a range of years is no financial year)."""
    end = int(second) if len(second) == 4 else (first // 100) * 100 + int(second)
    return end if end == first + 1 else None


#: a split year, a financial or academic year ("2022-23", "2023/24", "FY2024-25")
_CONTEXT_SPLIT_YEAR = re.compile(
    r"(?<![\d.,$€£¥/#-])\b(?P<year>(?:19|20)\d\d)[/–-](?P<to>(?:19|20)?\d\d)\b(?![\d%/–-])"
)


def context_split_year(text: str, start: int, end: int, sent_start: int, sent_end: int) -> tuple[int, int] | None:
    """The one split year ("In 2022-23, …", "in fiscal year 2023/24") an amount's sentence
    names when it names no plain year: (first, last) calendar year, else None."""
    if _CONTEXT_YEAR.search(text, sent_start, sent_end):
        return None
    found = {
        (int(m.group("year")), last)
        for m in _CONTEXT_SPLIT_YEAR.finditer(text, sent_start, sent_end)
        if not start <= m.start() < end and (last := split_year_end(int(m.group("year")), m.group("to")))
    }
    return found.pop() if len(found) == 1 else None


#: a year that starts a span up to now ("committed since 2008", "ever since 2015"): a total
#: gathered since then is no amount of that year, and its conversion is at no rate of it
_SINCE_BEFORE = re.compile(r"\bsince[ \t]+$", re.IGNORECASE)


def context_year(text: str, start: int, end: int, sent_start: int, sent_end: int) -> int | None:
    """The year a money amount without its own takes from its sentence, else its paragraph.

    In the sentence: its only year, or, when it names several, the nearest one written
    before the amount in the same clause ("In a report of 2012, revenue for 2011 was $163
    million": 2011). A sentence with years that cannot be told apart gives none. Only a
    sentence with no year at all looks at the paragraph, which must name exactly one. A year
    that starts a span up to now ("since 2008") dates no amount.
    """

    def years(lo: int, hi: int) -> list[tuple[int, int]]:
        return [
            (m.start(), int(m.group("year")))
            for m in _CONTEXT_YEAR.finditer(text, lo, hi)
            if not start <= m.start() < end and not _SINCE_BEFORE.search(text, max(0, m.start() - 12), m.start())
        ]

    in_sentence = years(sent_start, sent_end)
    if in_sentence:
        distinct = {y for _, y in in_sentence}
        if len(distinct) == 1:
            return distinct.pop()
        cs, _ = clause_bounds(text, sent_start, sent_end, start)
        before = [y for at, y in in_sentence if cs <= at < start]
        return before[-1] if before else None
    distinct = {y for _, y in years(0, len(text))}
    return distinct.pop() if len(distinct) == 1 else None


def _named_by(unit: TextUnit, m: Mention) -> str:
    """The currency word alone that an amount ends on ("17.7 trillion kroner", "54.8
    cents"), lower case, or "" (also when a symbol or a country's name says the currency:
    "Danish kroner", "$3 and 50 cents")."""
    text = unit.text[m.start : m.end]
    w = _BARE_NAME.fullmatch(text)
    return w.group("name").lower() if w else ""


_BARE_NAME = re.compile(
    r"[\d.,\s]*(?:(?-i:[a-z]+)[\s-]+)*?(?:(?:thousand|million|billion|trillion|bn|m)\s+)?(?P<name>kron(?:e|er|a|or)|cents?)",
    re.IGNORECASE,
)


def _document_currencies(found: list[tuple[TextUnit, Mention]]) -> list[tuple[TextUnit, Mention]]:
    """The amounts of one document with their currency said by the document where a word
    alone cannot say it: a crown ("17.7 trillion kroner") is the one of its kind whose code
    the document writes ("NOK 19,742 billion"), or whose country its paragraph names, else
    no amount; a bare cent ("54.8 cents per kilogram") is a hundredth of the currency with
    cents the other amounts are in (:func:`_cent_currency`: "58.4 euros"), else of a dollar."""
    found = _shared_symbols(found)
    named = [_named_by(u, m) for u, m in found]
    if not any(w in CROWNS or w in ("cent", "cents") for w in named):
        return found
    said = {m.currency for (u, m), w in zip(found, named) if w not in CROWNS and w not in ("cent", "cents")}
    # the amounts in currencies with cents, by paragraph ("the paragraph's euros")
    hundredths: dict[int, list[str]] = {}
    for (u, m), w in zip(found, named):
        if w not in CROWNS and w not in ("cent", "cents") and m.currency in _CENT_CURRENCIES:
            hundredths.setdefault(id(u), []).append(m.currency)
            hundredths.setdefault(0, []).append(m.currency)
    out = []
    for (u, m), w in zip(found, named):
        if w in CROWNS:
            kinds = [c for c in CROWNS[w] if c in said]
            if not kinds:
                kinds = [c for c in CROWNS[w] if re.search(rf"\b(?:{_CROWN_COUNTRY[c]})", u.text)]
            if len(kinds) != 1:
                # whose crown, the document does not say: no amount, and what it held
                # ("840 million kroner (about €75 million)") as it reads without it
                taken = {x.start for v, x in found if v is u}
                for x in _without_crowns(u.text, u.in_footnote):
                    if x.kind == "money" and x.start not in taken and m.start <= x.start < m.end + _BESIDE:
                        taken.add(x.start)
                        out.append((u, x))
                continue
            m = replace(m, currency=kinds[0])
        elif w in ("cent", "cents") and (code := _cent_currency(u, m, hundredths)) is not None:
            m = replace(m, currency=code)
        out.append((u, m))
    return out


def _written_symbol(unit: TextUnit, m: Mention) -> str | None:
    """The symbol of :data:`SHARED_SYMBOLS` an amount is written with ("K38.6 billion",
    "Rs 5 billion"), or ``None``."""
    head = unit.text[m.start : m.start + 4]
    for sym in SHARED_SYMBOLS:
        if head.startswith(sym) and not head[len(sym) : len(sym) + 1].isalpha():
            return sym
    return None


def _shared_symbols(found: list[tuple[TextUnit, Mention]]) -> list[tuple[TextUnit, Mention]]:
    """Amounts written with a symbol several countries use ("K", "Rs") in the currency of
    the one country of its kind their paragraph names, else the one the document's
    paragraphs with amounts name; "Rs" with no such country is India's, "K" no amount."""
    written = [_written_symbol(u, m) for u, m in found]
    if not any(written):
        return found
    document = "\n".join({id(u): u.text for u, _ in found}.values())

    def country(sym: str, text: str) -> str | None:
        kinds = [code for code, names in SHARED_SYMBOLS[sym] if re.search(rf"\b(?:{names})", text)]
        return kinds[0] if len(kinds) == 1 else None

    out = []
    for (u, m), sym in zip(found, written):
        if sym is not None:
            code = country(sym, u.text) or country(sym, document) or ("INR" if sym == "Rs" else None)
            if code is None:
                continue
            m = replace(m, currency=code)
        out.append((u, m))
    return out


def _cent_currency(unit: TextUnit, m: Mention, hundredths: dict[int, list[str]]) -> str | None:
    """The currency of a bare cent amount: the one currency with cents of its paragraph's
    other amounts, else the one of the document's, else the one most of them are in."""
    for said in (hundredths.get(id(unit), []), hundredths.get(0, [])):
        kinds = set(said)
        if len(kinds) == 1:
            return kinds.pop()
    said = hundredths.get(0, [])
    top = max(set(said), key=said.count, default=None)
    return top if top is not None and 2 * said.count(top) > len(said) else None


#: a heading's own numbering, no figure of its own: "3.2 ", "4. ", "IV. ", "B) "
_HEADING_NUMBER = re.compile(r"^[ \t]*(?:\d+(?:\.\d+)*\.?|[IVXLC]+\.|[A-Z][.)])[ \t]+")
_ANY_DIGIT = re.compile(r"\d")
_HEADING_COUNTER = re.compile(r"(?:^|(?<=[|]))[ \t]*\d[\d,.]*[ \t]+[A-Za-z]+(?:[ \t]+[A-Za-z]+)?[ \t]*(?=$|[|])")


def with_headings(units: list[TextUnit]) -> list[TextUnit]:
    """``units`` and the headings of their document that hold a figure ("A 10,240-student
    university", "Who pays for the 12% rise", "Charges for the plan's 65,000 members"): a
    heading states its figure as a sentence does, and says it where a reader sees it first.
    A heading's own numbering ("3.2 Funding") is blanked (offsets kept), not read."""
    if not units:
        return units
    doc = units[0].doc
    have = {(u.article, u.block) for u in units if u.footnote is None}
    heads = []
    for article in doc.articles:
        for i, block in enumerate(article.blocks):
            if block.kind is not BlockKind.heading or (article.index, i) in have or not _ANY_DIGIT.search(block.text):
                continue
            text = block.text
            number = _HEADING_NUMBER.match(text)
            if number is not None:
                text = " " * number.end() + text[number.end() :]
            # a counter set apart in the heading, no statement: "Gallery: … | 14 Photos", "12 Comments"
            text = _HEADING_COUNTER.sub(lambda m: " " * len(m.group(0)), text)
            heads.append(TextUnit(doc=doc, article=article.index, text=text, owner=block, block=i))
    return [*units, *heads] if heads else units


def document_money(units: list[TextUnit]) -> Iterator[MoneyClaim]:
    """:func:`extract_money` of the document's text units and its headings (:func:`with_headings`)."""
    return extract_money(with_headings(units))


def document_quantities(units: list[TextUnit]) -> Iterator[QuantityClaim]:
    """:func:`extract_quantities` of the text units and the headings (:func:`with_headings`)."""
    return extract_quantities(with_headings(units))


def document_counts(units: list[TextUnit]) -> Iterator[CountClaim]:
    """:func:`extract_counts` of the text units and the headings (:func:`with_headings`)."""
    return extract_counts(with_headings(units))


def extract_money(units: list[TextUnit]) -> Iterator[MoneyClaim]:
    """Amounts of money, with ISO currency, year and any equivalent in parentheses."""
    for unit, m in _document_currencies(list(_mentions(units, "money"))):
        date = None
        if m.year is not None:
            date = PartialDate(year=m.year, month=m.month)
        equivalent = None
        if m.equivalent is not None:
            equivalent = MoneyValue(amount=abs(m.equivalent[0]), currency=m.equivalent[1])
        s, e = unit.sentence_span(m.start)
        assert m.currency is not None  # a money mention always has its currency
        around = None if m.year is not None else context_year(unit.text, m.start, m.end, s, e)
        year_to = m.year_to
        if m.year is None and around is None and m.equivalent is not None:
            # "In 2022-23 the port earned ₹9,200 crore (about $1.1 billion)": a converted
            # amount's financial year, from its sentence
            split = context_split_year(unit.text, m.start, m.end, s, e)
            if split is not None:
                around, year_to = split
        yield MoneyClaim(
            **unit.common(m.start, m.end),
            **_numeric_fields(m, unit.text),
            currency=m.currency,
            year=m.year,
            year_to=year_to,
            date=date,
            context_year=around,
            equivalent=equivalent,
            subject=_subject(unit, m),
        )


def extract_quantities(units: list[TextUnit]) -> Iterator[QuantityClaim]:
    """Measured quantities with a pint unit string."""
    for unit, m in _mentions(units, "quantity"):
        assert m.unit is not None  # a quantity mention always has its unit
        yield QuantityClaim(
            **unit.common(m.start, m.end), **_numeric_fields(m, unit.text), unit=m.unit, subject=_subject(unit, m)
        )


def extract_counts(units: list[TextUnit]) -> Iterator[CountClaim]:
    """Counts of things, with the counted noun phrase as written."""
    for unit, m in _mentions(units, "count"):
        assert m.thing is not None  # a count mention always names what it counts
        yield CountClaim(
            **unit.common(m.start, m.end), **_numeric_fields(m, unit.text), thing=m.thing, subject=_subject(unit, m)
        )


# =========================================================================== shares in words
_RATIO_GAP = re.compile(r"[ \t]+(?:in|out[ \t]+of)[ \t]+", re.IGNORECASE)
#: what follows a share in words: "of" ("nearly half of the corals") or, after a ratio, a
#: noun ("nine in ten patients"); not a unit of time ("half an hour", "a third of a second")
_SHARE_AFTER = re.compile(
    r"[ \t]+of[ \t]+(?!(?:an?|one)[ \t]+(?:hour|minute|second|day|week|month|year|century|mile|metre|meter|kilometre|kilometer|percent|per[ \t]+cent)\b)"
)
_RATIO_AFTER = re.compile(r"[ \t]+(?:of[ \t]+)?[A-Za-z]")
#: odds, not a share of a group: "one in a million chance", "one in a hundred years' flood"
_ODDS_IDIOM = re.compile(r"[ \t-]+(?:chances?|shots?|odds|events?|floods?|storms?|years?['’]?)\b", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an)[ \t]+$", re.IGNORECASE)
#: "half" needs no "of" before a determiner ("roughly half its income", "half the
#: households"); not of a time or a distance ("half the time", "half the distance")
_HALF_AFTER = re.compile(
    r"[ \t]+(?:the|its|their|all)[ \t]+(?!(?:time|distance|way|day|week|month|year|season|century|story|battle|price)\b)[a-z]"
)


#: a change by a share in words: "rose by almost a quarter", "fell by roughly a third",
#: "cut by half" (a verb of change, "by" and a hedge right before the share)
_CHANGE_BY_BEFORE = re.compile(
    r"\b(?:rose|risen|rises|rise|grew|grown|grows|fell|fallen|falls|dropped|drops|declined|declines|increased|"
    r"increases|decreased|decreases|climbed|climbs|jumped|jumps|shrank|shrunk|shrinks|cut|cuts|reduced|reduces|"
    r"slashed|expanded|expands)[ \t]+by[ \t]+(?:(?:about|around|roughly|almost|nearly|some|over|under|more[ \t]+than|"
    r"less[ \t]+than|just[ \t]+(?:over|under)|close[ \t]+to|approximately|well[ \t]+over)[ \t]+)?$",
    re.IGNORECASE,
)
#: what may follow such a change: the clause's end, a time or a comparison; not a unit or
#: a noun ("by half an hour", "by a third of a second", "by a quarter point")
_CHANGE_BY_AFTER = re.compile(
    r"[ \t]*(?:[,.;:)]|$)|[ \t]+(?:in|on|over|since|from|between|during|after|before|last|this|compared|against|"
    r"and|but|while|as|when|year|to)\b(?![ \t]+(?:an?|one)[ \t]+(?:hour|minute|second|day|week|month|year|point)\b)"
)


def _is_ratio(text: str, tok: Number) -> bool:
    """Is ``tok`` "N in M" or "N out of M" ("nine in ten", "1 in 5")?"""
    return len(tok.parts) == 2 and bool(_RATIO_GAP.fullmatch(text, tok.parts[0].end, tok.parts[1].start))


def ratio_share(text: str, tok: Number) -> bool:
    """Is ``tok`` a share of a group said as a rate ("one in four adults say", "3 out of 10
    of the riders"), as :func:`word_shares` reads one: not odds ("a one in a million
    chance")? For readers of other texts than the document's (a source's title)."""
    if not (0 < tok.value < 1 and _is_ratio(text, tok)) or not _RATIO_AFTER.match(text, tok.end):
        return False
    return not (_ODDS_IDIOM.match(text, tok.end) or _ARTICLE_BEFORE.search(text, max(0, tok.start - 4), tok.start))


#: "one <group> in N": the group, one to three lower-case words, then "in" / "out of"
#: past tenses not in -ed, as a share's verb ("one small farm in four lost at least one
#: crop", "one clinic in five saw its waits double", "one household in three paid more")
_IRREGULAR_PAST = (
    r"(?:lost|grew|fell|rose|saw|paid|spent|kept|got|gave|found|felt|held|met|ran|sold|told|thought|went|came|"
    r"became|took|made|won|wrote|drove|chose|knew|began|bought|brought|fought|caught|taught|sought|fled|built|"
    r"heard|said|sat|stood|slept|spoke|broke|froze|drew|flew|threw|shrank|sank|drank|hid|rode|shook|stole|woke)"
    # its object or particle next, not a noun it qualifies ("one team in ten lost games")
    r"(?=[ \t]*[,.;:]|[ \t]+(?:a|an|the|its|their|his|her|our|at|up|out|in|on|to|from|over|more|less|no|"
    r"nothing|some|any|all|both|every|each|one|two|three|half|\d))"
)
_SPLIT_GROUP = re.compile(
    r"[ \t]+((?:[a-z][a-z-]*[ \t]+){0,2}[a-z][a-z-]*)[ \t]+(?:in|out[ \t]+of)[ \t]+(?:every[ \t]+)?$"
)
#: what may follow the N of a share ("... in six still lack", "... in twenty is under 25",
#: "... in five in the valley", "... in four, the survey found", "... in every twenty of the
#: world's", "... in five carry the"): punctuation, a preposition, a form of "be" or "have", a
#: modal, a relative, an adverb of time, a past verb, a verb before its object's determiner;
#: never a noun ("one patient in five hospitals", "one team in ten minutes"); a present
#: participle ("one departure in four leaving late", "one adult in six living alone") but not
#: a noun in -ing ("one school in ten buildings", "one in five housing units")
_AFTER_SPLIT = re.compile(
    r"[ \t]*(?:[,.;:)\]]|$)|[ \t]+(?:in|of|at|across|among|on|from|within|nationwide|overall|is|are|was|were|has|have|had|"
    r"will|would|can|could|may|might|must|should|does|did|do|who|that|which|still|now|already|currently|also|"
    r"behind|with|without|under|over|above|below|outside|inside|not|never|say|says|"
    r"(?!(?:hous|build|fund|train|meet|spend|morn|even|park|plann|nurs|lend|cloth|learn|screen|test|sett|"
    r"rat|rank|ceil|sitt|dwell|hold|land|offer|fill|open|clos|head|wedd|shipp|bank|timing)ing\b)[a-z]{2,}ing|"
    r"[a-z]+ed|"
    + _IRREGULAR_PAST
    + r"|[a-z]+[ \t]+(?:the|an?|its|their|our|his|her|this|these|those|no|any|some|every|each))\b"
)
_NOT_GROUP = frozenset("of the a an and or but per to for by with from at on as".split())
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|this|each|every|any|no)[ \t]+$", re.IGNORECASE
)  # ("that one" is mostly "show that one ...")


#: between the two figures of a share said in digits over a round whole: "64 in every 100",
#: "7 out of 10", "38 in 100"
_PER_HUNDRED_GAP = re.compile(r"[ \t]+(?:in|out[ \t]+of)[ \t]+(?:every[ \t]+)?", re.IGNORECASE)


def _per_hundred(text: str, tok: Number, nxt: Number | None) -> int | None:
    """The end of a share said in digits over ten, a hundred or a thousand ("64 in every 100
    families approached agreed", "7 out of 10 riders"), or None: a whole numerator below
    the whole, the group after it (as after "nine in ten"), not odds ("1 in 100 years", "a
    1 in 1,000 chance") nor a year."""
    if nxt is None or not (tok.integer and nxt.integer) or nxt.value not in (10, 100, 1000):
        return None
    if not 0 < tok.value < nxt.value or tok.year_like or tok.parts or nxt.parts:
        return None
    if not _PER_HUNDRED_GAP.fullmatch(text, tok.end, nxt.start) or not _RATIO_AFTER.match(text, nxt.end):
        return None
    if _ODDS_IDIOM.match(text, nxt.end) or _ARTICLE_BEFORE.search(text, max(0, tok.start - 4), tok.start):
        return None
    return nxt.end


def _split_ratio(text: str, tok: Number, nxt: Number | None) -> int | None:
    """The end of a share said "one <group> in N" ("one rural household in six", "fewer than
    one donor in twenty", "two patients out of five") starting at ``tok``, or None: a small
    whole numerator, a group of lower-case words (no number, no name), a larger whole N
    right after "in" / "out of" and no noun after N; not "the one ... in ten"."""
    if nxt is None or not (tok.integer and nxt.integer) or not 1 <= tok.value < nxt.value <= 1000:
        return None
    if tok.value > 20 or nxt.year_like or _DETERMINER_BEFORE.search(text, max(0, tok.start - 12), tok.start):
        return None
    group = _SPLIT_GROUP.match(text[tok.end : nxt.start])
    if not group or set(group.group(1).split()) & _NOT_GROUP:
        return None  # "one of the ... in ten", "one year to the next in five"
    if not _AFTER_SPLIT.match(text, nxt.end):
        return None
    return nxt.end


def word_shares(units: Iterable[TextUnit]) -> Iterator[QuantityClaim]:
    """Shares said in words, as percentages: "nine in ten patients" (90), "nearly half of
    the corals" (50, qualifier "nearly"), "two in five", "a third of", "three quarters
    of", "one tonne in every twenty of", "half its", and in digits over a round whole,
    "64 in every 100 families" (64). Not claims of their own (``extract``
    does not list them): NU003 compares one with a percentage of the same thing stated
    elsewhere."""
    for unit in units:
        text = unit.text
        low = text.lower()
        if not any(h in low for h in _SHARE_HINTS):
            continue
        tokens = list(find_numbers(text))
        for k, tok in enumerate(tokens):
            split = _split_ratio(text, tok, tokens[k + 1] if k + 1 < len(tokens) else None)
            if split is None:
                split = _per_hundred(text, tok, tokens[k + 1] if k + 1 < len(tokens) else None)
            if split is not None:  # "one rural household in six", "two donors out of five"
                qual = match_qualifier(text, tok.start)
                s, e = unit.sentence_span(tok.start)
                yield QuantityClaim(
                    **unit.common(tok.start, split),
                    value=round(tok.value / tokens[k + 1].value * 100, 6),
                    written=text[tok.start : split],
                    qualifier=qual[0] if qual else None,  # type: ignore[arg-type]  # the model's vocabulary
                    unit="percent",
                    subject=numeric_subject(text, tok.start, split, s, e),
                )
                continue
            if not 0 < tok.value < 1:
                continue
            if _is_ratio(text, tok):
                if not _RATIO_AFTER.match(text, tok.end) or _ODDS_IDIOM.match(text, tok.end):
                    continue
                if _ARTICLE_BEFORE.search(text, max(0, tok.start - 4), tok.start):
                    continue  # "a one in a million chance": odds said of one thing, no share of a group
            elif not (
                tok.words
                and (
                    _SHARE_AFTER.match(text, tok.end)
                    or (tok.written.lower().endswith("half") and _HALF_AFTER.match(text, tok.end))
                    or (
                        _CHANGE_BY_BEFORE.search(text, max(0, tok.start - 60), tok.start)
                        and _CHANGE_BY_AFTER.match(text, tok.end)
                    )
                )
            ):
                continue
            qual = match_qualifier(text, tok.start)
            s, e = unit.sentence_span(tok.start)
            yield QuantityClaim(
                **unit.common(tok.start, tok.end),
                value=round(tok.value * 100, 6),
                written=tok.written,
                qualifier=qual[0] if qual else None,  # type: ignore[arg-type]  # the model's vocabulary
                unit="percent",
                subject=numeric_subject(text, tok.start, tok.end, s, e),
            )


_SHARE_HINTS = (
    " in ",
    " out of ",
    "half",
    "third",
    "quarter",
    "fifth",
    "tenth",
)  # (" in " holds "one donor in twenty")


# =========================================================================== table cells
#: a column header's unit in parentheses: "2025 (£ million)", "Fleet (bikes)", "Capacity (MW)"
_HEADER_UNIT = re.compile(r"^(?P<head>[^()]*?)[ \t]*\((?P<unit>[^()]+)\)[ \t]*$")
#: a currency (symbol or code) and its scale in a header ("£ million", "US$ bn", "EUR m")
_HEADER_MONEY = re.compile(
    r"^(?P<cur>US\$|[£€$¥]|[A-Z]{3})[ \t]*(?P<scale>thousand|million|billion|trillion|k|m|mn|bn)?$"
)


def _header_money(unit_words: str) -> re.Match[str] | None:
    """The currency and scale a header gives (:data:`_HEADER_MONEY`), when its code is a
    currency's: "(TEU)" or "(GWh)" is a unit, not money."""
    m = _HEADER_MONEY.match(unit_words)
    cur = m.group("cur") if m else ""
    return m if m and (len(cur) < 3 or cur == "US$" or is_currency_code(cur)) else None


_HEADER_SCALES = {"k": "thousand", "m": "million", "mn": "million", "bn": "billion"}
_HEADER_SCALE_WORDS = frozenset(
    {*_HEADER_SCALES, "thousand", "thousands", "million", "millions", "billion", "billions"}
)
#: a cell that is a plain figure ("3,700", "12.5")
_PLAIN_CELL = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


#: one cell of a table: the text unit holding it and where the cell stands in its text
Cell = tuple[TextUnit, int, int]


def table_cells(units: list[TextUnit]) -> list[list[Cell]]:
    """The rows of one table (``units``, its blocks in order), each a list of cells, the
    header first: a reader that joins a row's cells with " | " (Markdown, Word) gives a
    block a row; one that gives each cell a block (HTML) gives the header's cells before the
    first figure's row label, and every row as many cells as the header. ``[]`` when the
    blocks do not make such rows."""
    if len(units) < 2:
        return []
    if " | " in units[0].text:
        rows = []
        for unit in units:
            cells, offset = [], 0
            for cell in unit.text.split(" | "):
                at = offset + len(cell) - len(cell.lstrip())
                cells.append((unit, at, at + len(cell.strip())))
                offset += len(cell) + 3
            rows.append(cells)
        return rows
    # one block a cell: the first figure stands in the first data row, after its label
    first = next((i for i, u in enumerate(units) if _PLAIN_CELL.fullmatch(u.text.strip())), None)
    if first is None:  # (figures with their own units: "40,368 t", "$285,000")
        width = _width_of_own_unit_cells([u.text.strip() for u in units])
    else:
        width = first - 1
        if width < 2 or len(units) % width or _PLAIN_CELL.fullmatch(units[width].text.strip()):
            return []
    if width < 2:
        return []
    cells = [(u, 0, len(u.text)) for u in units]
    return [cells[i : i + width] for i in range(0, len(cells), width)]


def _width_of_own_unit_cells(texts: list[str]) -> int:
    """The row width of a table read a cell a block whose figures carry their own unit or
    scale ("40,368 t", "$285,000", "4.9 million": no plain figure to find the first row
    by), or 0: the narrowest width of two columns or more that divides the cells, gives a
    header of no figures and makes each column figures in every row or in none."""
    figure = [_OWN_UNIT_CELL.fullmatch(t) is not None and not _HEADER_PERIOD.match(t) for t in texts]
    for width in range(2, len(texts) // 2 + 1):
        if len(texts) % width or any(figure[:width]):
            continue
        rows = [figure[i : i + width] for i in range(width, len(texts), width)]
        if any(rows[0]) and all(row == rows[0] for row in rows):
            return width
    return 0


def table_figures(rows: list[list[Cell]]) -> Iterator[tuple[Any, str]]:
    """The figures of table cells whose column header gives their unit in parentheses
    ("2025 (£ million)" over "3,700" is £3,700 million of 2025; "Fleet (bikes)" over
    "1,200" counts 1,200 bikes), each with the label of its row (the row's cells before
    it, of columns without a unit, that are no figures: "Submarine enterprise"). ``rows``
    are the rows of one table, header first (:func:`table_cells`). Not claims of their own
    (``extract`` does not list them): NU003 holds one to the text's figure of the same
    thing. The claim's text is the figure as its header makes it ("£3,700 million"), its
    sentence the row read as a clause ("Submarine enterprise, 2025: £3,700 million")."""

    def text(cell: Cell) -> str:
        return cell[0].text[cell[1] : cell[2]].strip()

    if len(rows) < 2:
        return
    header = [text(c) for c in rows[0]]
    columns: dict[int, tuple[str, str]] = {}
    for k, cell in enumerate(header):
        m = _HEADER_UNIT.match(cell)
        if m is not None and not _HEADER_PERIOD.fullmatch(m.group("unit").strip()):
            columns[k] = (m.group("head").strip(" ,"), m.group("unit").strip())
    if not columns:
        yield from _row_labelled_figures(rows, header, text)
        yield from _own_unit_figures(rows, header, text, set())
        yield from _noun_header_figures(rows, header, text, set())
        return
    for row in rows[1:]:
        cells = [text(c) for c in row]
        if len(cells) != len(header):
            continue
        for k, figure in enumerate(cells):
            if k not in columns or not _PLAIN_CELL.fullmatch(figure):
                continue
            label = ", ".join(c for j, c in enumerate(cells[:k]) if j not in columns and c and not c[0].isdigit())
            if not label:
                continue
            head, unit_words = columns[k]
            money = _header_money(unit_words)
            if money is not None:
                scale = money.group("scale")
                phrase = money.group("cur") + figure + (" " + _HEADER_SCALES.get(scale, scale) if scale else "")
            elif unit_words.lower() in _HEADER_SCALE_WORDS:
                # "Passengers (m)": millions of what the header names, not metres
                if not head:
                    continue
                scale = unit_words.lower()
                phrase, head = f"{figure} {_HEADER_SCALES.get(scale, scale)} {head.lower()}", ""
            else:
                phrase = f"{figure} {unit_words}"
            sentence = f"{label}, {head}: {phrase}" if head else f"{label}: {phrase}"
            found = [
                m
                for m in analyse(sentence)
                if m.start == len(sentence) - len(phrase) and (m.thing_end or m.end) == len(sentence)
            ]
            if len(found) != 1:
                continue
            unit, start, end = row[k]
            named = f"{label}, {head}" if head else label
            yield _cell_claim(unit, start, end, found[0], sentence, named), label
    yield from _own_unit_figures(rows, header, text, set(columns))
    yield from _noun_header_figures(rows, header, text, set(columns))


#: a column header that names a period: "2024", "2024-25", "2024/25", "FY2024", "Q3 2025",
#: "March 2025"; or a header's parenthesis that does ("Indicator (2024)")
_HEADER_PERIOD = re.compile(
    r"(?:(?:FY|CY)[ \t]?)?(?:19|20)\d\d(?:[-–/](?:\d\d){1,2})?"
    r"|Q[1-4][ \t]+(?:19|20)\d\d"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \t]+(?:19|20)\d\d",
    re.IGNORECASE,
)
#: the first header of a table whose rows are measures, each named by its label
_MEASURE_HEADERS = frozenset(
    {
        "",
        "indicator",
        "indicators",
        "measure",
        "measures",
        "metric",
        "metrics",
        "item",
        "key figures",
        "key facts",
        "statistic",
        "statistics",
        "figure",
        "figures",
    }
)
#: a row label that gives its figures' unit in parentheses: "Container throughput (TEU)",
#: "Cargo (tonnes)", "Budget (£m)"
_LABEL_UNIT = _HEADER_UNIT


def _row_labelled_figures(rows: list[list[Cell]], header: list[str], text: Any) -> Iterator[tuple[Any, str]]:
    """The figures of a table whose header gives no unit, read from their row: the row's
    label gives the unit in parentheses ("Container throughput (TEU) | 571,000 | 682,000"
    under "Indicator | 2023 | 2024": 682,000 TEU of 2024) or names the things counted
    ("Terminal passengers | 6,940,000" under "Indicator (2024) | Value"); the column's
    header, or the first header's parenthesis, gives the period when it is one. A figure
    whose row says neither, or whose column names no period when the table has several
    figure columns, is left alone."""
    first = _HEADER_UNIT.match(header[0]) if header else None
    table_period = (
        first.group("unit").strip() if first and _HEADER_PERIOD.fullmatch(first.group("unit").strip()) else ""
    )
    # a row's label is the things counted only in a table of measures ("Indicator", "Key
    # figures"); under "Cargo" or "Crop" a label names a kind ("Wood pellets | 2,300" is
    # thousand tonnes said elsewhere, no count of pellets)
    lead = (first.group("head") if first else header[0] if header else "").strip().lower()
    counts_named = lead in _MEASURE_HEADERS
    periods = {k: h for k, h in enumerate(header) if _HEADER_PERIOD.fullmatch(h)}
    for row in rows[1:]:
        cells = [text(c) for c in row]
        if len(cells) != len(header) or not cells[0] or _PLAIN_CELL.fullmatch(cells[0]):
            continue
        # (a figure with its scale, "2.31 million", is a figure too)
        figures = [k for k, c in enumerate(cells) if k and (_PLAIN_CELL.fullmatch(c) or _CELL_SCALE.fullmatch(c))]
        if not figures or len(figures) != len(cells) - 1:
            continue  # every cell after the label a figure: a row of one measure
        label = cells[0]
        # a label may say its own period: "Households connected, 2024 | 12,400"
        said = _LABEL_PERIOD.search(label) if label[-1:].isdigit() or label.endswith(")") else None
        own_period = said.group("period") if said else ""
        core = label[: said.start()] if said else label
        unit_m = _LABEL_UNIT.match(label)
        for k in figures:
            if own_period and periods.get(k):
                continue  # a period in the row and another in the column: whose?
            period = periods.get(k) or own_period or (table_period if len(figures) == 1 else "")
            if not period:
                continue
            figure = cells[k]
            if unit_m is not None:
                head, unit_words = unit_m.group("head").strip(" ,"), unit_m.group("unit").strip()
                if not head or _HEADER_PERIOD.fullmatch(unit_words):
                    continue
                money = _header_money(unit_words)
                if money is not None:
                    scale = money.group("scale")
                    phrase = money.group("cur") + figure + (" " + _HEADER_SCALES.get(scale, scale) if scale else "")
                elif unit_words.lower() in _HEADER_SCALE_WORDS:
                    scale = unit_words.lower()
                    phrase, head = f"{figure} {_HEADER_SCALES.get(scale, scale)} {head.lower()}", ""
                else:
                    phrase = f"{figure} {unit_words}"
                prefix = f"{head}: " if head else ""
            else:
                words = core.split()
                plural = bool(words) and (
                    _plural_like(words[-1]) or bool(own_period) and any(map(_plural_like, words[:3]))
                )
                if not counts_named or not plural or not core[:1].isupper():
                    continue  # ("States participating voluntarily, 2024": its period says it counts)
                phrase, prefix = f"{figure} {_participle_first(core[0].lower() + core[1:])}", ""
            sentence = f"{prefix}{phrase} in {period}"
            # (the label's things may be followed by what qualifies them: "households connected")
            found = [
                m
                for m in analyse(sentence)
                if m.start == len(prefix)
                and (
                    (m.thing_end or m.end) == len(prefix) + len(phrase)
                    or unit_m is None
                    and m.thing_end is not None
                    and m.end < m.thing_end <= len(prefix) + len(phrase)
                )
            ]
            if len(found) != 1:
                continue
            unit, start, end = row[k]
            named = _LABEL_PARENTHESIS.sub("", label).strip()
            yield _cell_claim(unit, start, end, found[0], sentence, named), label


#: a column header that names what its figures count, with the period they are of before or
#: after it: "Passengers, 2024", "Recreation visits 2023", "2024 arrivals", "Lead lines
#: remaining, Jan 2025", "Members" (the words: letters, hyphens, "and")
_NOUN_HEADER_PERIOD = (
    r"(?:(?:end|end[ \t]+of|mid|start[ \t]+of|early|late)[ \t-]+)?(?:" + _HEADER_PERIOD.pattern.replace("\n", "") + ")"
)
_NOUN_HEADER = re.compile(
    rf"^(?:(?P<before>{_NOUN_HEADER_PERIOD})[ \t]+)?(?P<head>[A-Za-z][A-Za-z’' -]{{2,60}}?)"
    rf"(?:[ \t]*(?:[,:]|\()?[ \t]*(?P<after>{_NOUN_HEADER_PERIOD})\)?)?$",
    re.IGNORECASE,
)
#: a row label's own period at its end: "Households connected, 2024", "Members (2025)"
_LABEL_PERIOD = re.compile(rf"[ \t]*(?:,|\(|\bin\b)?[ \t]*(?P<period>{_NOUN_HEADER_PERIOD})\)?$", re.IGNORECASE)
#: the words of a header that name no counted thing: "Share of exports", "Change since 2020",
#: "Rank", "Growth rate", "Year", "Notes"
_NOT_COUNT_HEADERS = frozenset(
    "share shares rate rates change changes growth rank ranking year years date dates note notes "
    "per percent percentage ratio index score average mean median total totals price prices cost costs "
    "value values amount amounts status".split()
)


#: past participles that do not end in -ed
_IRREGULAR_PARTICIPLES = frozenset(
    "built sold paid made held won lost taken given kept grown done seen shown spent sent bought caught "
    "taught brought written driven chosen frozen stolen broken hidden ridden struck cut put set run "
    "begun drawn known thrown flown".split()
)


def _participle_first(phrase: str) -> str:
    """A header's or label's things with the participles after them put before them, as a
    sentence would say them: "births screened" -> "screened births", "lead lines
    remaining" -> "remaining lead lines", "towers built" -> "built towers" (so that they
    qualify the things, as "affected births" does another group)."""
    words = phrase.split()
    nouns = [i for i, w in enumerate(words) if _plural_like(w)]
    if not nouns or nouns[-1] == len(words) - 1:
        return phrase
    i = nouns[-1]
    tail = words[i + 1 :]
    if not all(w.lower().endswith(("ed", "ing")) or w.lower() in _IRREGULAR_PARTICIPLES for w in tail):
        return phrase
    return " ".join([*tail, *words[: i + 1]])


def _noun_header_figures(
    rows: list[list[Cell]], header: list[str], text: Any, skip: set[int]
) -> Iterator[tuple[Any, str]]:
    """The figures of a column whose header names what they count, with or without its
    period ("Passengers, 2024" over "198,000" counts 198,000 passengers of 2024 on its
    row's route; "Applications approved" under a "Year" column counts the applications of
    each row's year): read as its row's clause ("Kelport–Sandholm, 2024: 198,000
    passengers"). Only a column of plain figures (no unit, no share, no total row's
    label), under a header whose every word is a word and one a plural noun; a total, a
    share, a rate, a rank, a price or a change is left alone (``_NOT_COUNT_HEADERS``), as
    are columns ``skip`` reads otherwise."""
    for k, head in enumerate(header):
        if not k or k in skip:
            continue
        m = _NOUN_HEADER.match(head.strip())
        if m is None:
            continue
        period = (m.group("before") or m.group("after") or "").strip()
        words = m.group("head").lower().split()
        if len(words) > 5 or _NOT_COUNT_HEADERS & set(words) or not any(_plural_like(w) for w in words):
            continue
        column = [text(row[k]) for row in rows[1:] if len(row) == len(header)]
        if not column or not all(_PLAIN_CELL.fullmatch(c) for c in column):
            continue
        head_words = m.group("head").strip()
        phrase_noun = _participle_first(head_words[0].lower() + head_words[1:])
        for row in rows[1:]:
            cells = [text(c) for c in row]
            if len(cells) != len(header):
                continue
            # (a figure with its own unit is another column's value, no part of the label:
            # "Uig to Tarbert | £7.25 a trip | 21")
            before = [c for c in cells[:k] if c and not _PLAIN_CELL.fullmatch(c) and not _OWN_UNIT_CELL.fullmatch(c)]
            label = ", ".join(c for c in before if not _HEADER_PERIOD.fullmatch(c))
            row_period = next((c for c in before if _HEADER_PERIOD.fullmatch(c)), "")
            if not label or label.lower() in ("total", "all", "overall") or (period and row_period):
                continue
            when = period or row_period
            phrase = f"{cells[k]} {phrase_noun}"
            sentence = f"{label}: {phrase} in {when}" if when else f"{label}: {phrase}"
            start_at = len(label) + 2
            found = [x for x in analyse(sentence) if x.start == start_at and x.kind == "count"]
            if len(found) != 1:
                continue
            unit, start, end = row[k]
            yield _cell_claim(unit, start, end, found[0], sentence, label), label


#: a cell that is one figure with its own unit, currency or scale: "40,368 t", "$285,000",
#: "€1.2 bn", "4.9 million", "63,811 fish", "12%", or a unit's symbol: "1,218 MW", "42 km",
#: "1,450 ha", "3.2 TWh" (never a month's: "12 May" is a date)
_OWN_UNIT_CELL = re.compile(
    r"(?:US\$|[£€$¥])?[ \t]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
    r"(?:[ \t]?%|[ \t]?(?:t|kt|Mt|[kMGT]W[hp]?|km[²2]?|m[²³23]|ha|mm|cm|kg|TEU)"
    r"|[ \t]+[a-z]+(?:[ \t]+[a-z]+)?)?"
)
#: a cell's scale after a figure: "4.9 million"
_CELL_SCALE = re.compile(r"(?P<figure>[\d.,]+)[ \t]+(?P<scale>thousand|million|billion|trillion)")
#: the rate a cell's amount or measure carries after it: "€22.50 per visit", "£4 a month"
#: (read with the figure, as the sentence after it would be)
_CELL_RATE = re.compile(r"[ \t]+(?:per|a|an)[ \t]+[a-z]+")
#: a cell's tonnes: "180,000 t" (a unit a sentence would spell out)
_CELL_TONNES = re.compile(r"(?P<figure>[\d.,]+)[ \t]?t")


def _own_unit_figures(
    rows: list[list[Cell]], header: list[str], text: Any, skip: set[int]
) -> Iterator[tuple[Any, str]]:
    """The figures of a table whose cells carry their own unit, currency or scale, read
    with their row and column: "Sprat | 201,000 t | 180,000 t" under "Stock | 2024 TAC |
    2025 TAC" is 180,000 tonnes of sprat in 2025 ("Sprat, 2025 TAC: 180,000 tonnes");
    "Ethiopia | March 2024 | 4.9 million" under "... | Children vaccinated" counts 4.9
    million children vaccinated (a scale alone takes its noun from the header). The label
    is the row's cells before the figure that are no figures. A cell of a share (12%), one
    whose header is empty or gives the column's unit (``skip``: read by :func:`table_figures`),
    or one read as anything but the one figure it is, is left alone."""
    for row in rows[1:]:
        cells = [text(c) for c in row]
        if len(cells) != len(header) or not cells[0] or _OWN_UNIT_CELL.fullmatch(cells[0]):
            continue
        for k, figure in enumerate(cells):
            head = header[k].strip()
            if (
                not k
                or k in skip
                or not head
                or _PLAIN_CELL.fullmatch(figure)
                or not _OWN_UNIT_CELL.fullmatch(figure)
                or figure.endswith("%")
            ):
                continue
            label = ", ".join(c for c in cells[:k] if c and not _OWN_UNIT_CELL.fullmatch(c) and not c[0].isdigit())
            if not label:
                continue
            phrase = figure
            if (m := _CELL_TONNES.fullmatch(figure)) is not None:
                phrase = f"{m.group('figure')} tonnes"
            sentence = f"{label}, {head}: {phrase}"
            if (m := _CELL_SCALE.fullmatch(figure)) is not None:
                if _HEADER_PERIOD.search(head) or not _plural_like(head.split()[0].lower()):
                    continue  # a scale with no noun to count
                phrase = f"{figure} {head[0].lower()}{head[1:]}"
                sentence = f"{label}: {phrase}"
            found = [
                m
                for m in analyse(sentence)
                if m.start == len(sentence) - len(phrase)
                and (
                    (m.thing_end or m.end) >= len(sentence) - len(phrase) + min(len(figure), len(phrase))
                    or m.kind != "count"
                    and _CELL_RATE.fullmatch(sentence, m.thing_end or m.end) is not None
                )
            ]
            if len(found) != 1 or found[0].kind == "quantity" and found[0].unit == "percent":
                continue
            unit, start, end = row[k]
            yield _cell_claim(unit, start, end, found[0], sentence, label), label


def _cell_claim(row: TextUnit, start: int, end: int, m: Mention, sentence: str, label: str) -> Any:
    """The claim of one table cell (:func:`table_figures`): placed at the cell, read from
    the row as a clause, labelled by its row (and its column's head)."""
    subject = numeric_subject(sentence, m.start, m.end, 0, len(sentence), thing=m.thing, thing_end=m.thing_end)
    fields = {
        **row.common(start, end),
        **_numeric_fields(m),
        "label": label,
        "text": sentence[m.start : m.thing_end or m.end],
        "sentence": sentence,
    }
    if m.kind == "money":
        assert m.currency is not None
        year = context_year(sentence, m.start, m.end, 0, len(sentence))
        return MoneyClaim(**fields, currency=m.currency, year=year, subject=subject)
    if m.kind == "quantity":
        assert m.unit is not None
        return QuantityClaim(**fields, unit=m.unit, subject=subject)
    assert m.thing is not None
    return CountClaim(**fields, thing=m.thing, subject=subject)
