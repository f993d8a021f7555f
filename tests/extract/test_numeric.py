"""Money, count and quantity claims: what is read, what is not, and the records' integrity."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter

from claimcheck.claims.models import Claim, CountClaim, MoneyClaim, MoneyValue, PartialDate, QuantityClaim
from claimcheck.claims.units import parse_unit
from claimcheck.document import Source
from claimcheck.extract import extract
from claimcheck.extract.numeric import analyse, extract_counts, extract_money, extract_quantities
from claimcheck.extract.text import iter_units
from claimcheck.ingest import load_document
from claimcheck.ingest.pdftext import read_pdf_text

KINDS = ["money", "count", "quantity"]
CLAIM = TypeAdapter(Claim)


def claims_of(text: str) -> list:
    doc = read_pdf_text(Source("draft.txt", text))
    return list(extract(doc, kinds=KINDS))


def only(text: str, cls: type):
    found = claims_of(text)
    assert len(found) == 1, f"expected one claim in {text!r}, got {[(c.kind, c.text) for c in found]}"
    assert isinstance(found[0], cls), found[0]
    return found[0]


# ============================================================================ money
MONEY = [
    # text, span, value, currency, other fields
    (
        "The programme cost 580 billion euros in 2023.",
        "580 billion euros",
        5.8e11,
        "EUR",
        {"year": 2023, "scale": "billion"},
    ),
    (
        "Sales may climb to 6.6 trillion yuan (858 billion euros) by 2029.",
        "6.6 trillion yuan",
        6.6e12,
        "CNY",
        {"year": 2029, "equivalent": MoneyValue(amount=8.58e11, currency="EUR")},
    ),
    ("The ministry paid $1.5bn for the satellites.", "$1.5bn", 1.5e9, "USD", {"scale": "billion"}),
    ("A grant of €3m went to the laboratory.", "€3m", 3e6, "EUR", {}),
    ("It spent US$ 150 million on ground stations.", "US$ 150 million", 1.5e8, "USD", {}),
    ("Tickets cost £12.50 each.", "£12.50", 12.5, "GBP", {}),
    ("The loan came to 2 billion pounds sterling.", "2 billion pounds sterling", 2e9, "GBP", {}),
    ("Profits reached 361 million pounds.", "361 million pounds", 3.61e8, "GBP", {}),
    ("RMB 10 billion was set aside for launches.", "RMB 10 billion", 1e10, "CNY", {}),
    ("The province created a fund of 40 billion renminbi.", "40 billion renminbi", 4e10, "CNY", {}),
    ("Officials approved ¥300 million for the port.", "¥300 million", 3e8, "CNY", {}),
    ("The Japanese buyer offered ¥300 million.", "¥300 million", 3e8, "JPY", {}),
    ("The firm raised 500 million yen.", "500 million yen", 5e8, "JPY", {}),
    ("The club was fined 10,000 Swiss francs.", "10,000 Swiss francs", 1e4, "CHF", {}),
    ("The bank lent 2.5 billion rubles.", "2.5 billion rubles", 2.5e9, "RUB", {}),
    ("The dam cost 12,000 crore rupees.", "12,000 crore rupees", 1.2e11, "INR", {"scale": "crore"}),
    ("Contracts worth USD 200 million were signed.", "USD 200 million", 2e8, "USD", {}),
    ("They were worth 3 million USD at the time.", "3 million USD", 3e6, "USD", {}),
    ("The simulator sold for C$ 16 million.", "C$ 16 million", 1.6e7, "CAD", {}),
    ("Exports fell to HK$ 10.05 billion.", "HK$ 10.05 billion", 1.005e10, "HKD", {}),
    ("A ticket costs about 35 Australian dollars.", "35 Australian dollars", 35, "AUD", {"qualifier": "about"}),
    ("Bids came in at more than €2 billion.", "€2 billion", 2e9, "EUR", {"qualifier": "more than"}),
    (
        "The stake was worth 323 million euros in October 2014.",
        "323 million euros",
        3.23e8,
        "EUR",
        {"year": 2014, "date": PartialDate(year=2014, month=10)},
    ),
    ("The chipmaker invested 5 billion won.", "5 billion won", 5e9, "KRW", {}),
    ("Shares slipped 50 cents.", "50 cents", 0.5, "USD", {}),
    ("The bid was 470 pence a share.", "470 pence", 4.7, "GBP", {}),
    ("It only cost 3 dollars 50 cents.", "3 dollars 50 cents", 3.5, "USD", {}),
    ("The budget is 4.2 billion Brazilian reais.", "4.2 billion Brazilian reais", 4.2e9, "BRL", {}),
    ("A bond of 125 million Australian dollars was issued.", "125 million Australian dollars", 1.25e8, "AUD", {}),
    ("Trade reached 8 billion dollars in 2022.", "8 billion dollars", 8e9, "USD", {"year": 2022}),
]


@pytest.mark.parametrize(("text", "span", "value", "currency", "fields"), MONEY)
def test_money(text: str, span: str, value: float, currency: str, fields: dict) -> None:
    claim = only(text, MoneyClaim)
    assert claim.text == span
    assert claim.value == pytest.approx(value)
    assert claim.currency == currency
    for name, expected in fields.items():
        got = getattr(claim, name)
        if isinstance(expected, float):
            assert got == pytest.approx(expected)
        else:
            assert got == expected, name


@pytest.mark.parametrize(
    ("text", "low", "high", "currency"),
    [
        ("Costs ran between $5 million and $10 million.", 5e6, 1e7, "USD"),
        ("Costs ran to $5–10 million.", 5e6, 1e7, "USD"),
        ("The fund holds €2bn-€3bn.", 2e9, 3e9, "EUR"),
        ("It may cost 2-3 billion euros.", 2e9, 3e9, "EUR"),
    ],
)
def test_money_range(text: str, low: float, high: float, currency: str) -> None:
    claim = only(text, MoneyClaim)
    assert (claim.low, claim.high) == (pytest.approx(low), pytest.approx(high))
    assert claim.value == pytest.approx((low + high) / 2)
    assert claim.currency == currency


def test_equivalent_is_never_a_claim_of_its_own() -> None:
    found = claims_of("The market may reach 6.6 trillion yuan (about 858 billion euros) in 2029.")
    assert len(found) == 1
    assert found[0].equivalent == MoneyValue(amount=8.58e11, currency="EUR")
    assert found[0].year == 2029
    assert found[0].equivalent.amount > 0


@pytest.mark.parametrize(
    ("text", "amount", "currency", "year"),
    [
        ("The council paid £12 million a year (about €13.8 million) for the ferry.", 1.38e7, "EUR", None),
        ("Schools spent €450 per pupil on average in 2022 (roughly £384) on books.", 384, "GBP", 2022),
        ("Households paid around €4,000 in 2021 (about $4,700) for a heat pump.", 4700, "USD", 2021),
        ("The city bought buses at $520,000 each (roughly €480,000).", 4.8e5, "EUR", None),
        # a point in the year before the conversion: its end, its start, a month
        ("The reserve held over NZ$90 billion at the end of 2022 (about €53 billion).", 5.3e10, "EUR", 2022),
        ("Its debt was €7 billion by the end of 2021 (roughly £6 billion) on paper.", 6e9, "GBP", 2021),
        ("Deposits reached $4 billion in late June 2020 (some €3.6 billion) overall.", 3.6e9, "EUR", 2020),
        # the conversion names the rate it used before its bracket closes
        ("A grant of £70 million (about €80 million at 2022 exchange rates) was paid.", 8e7, "EUR", 2022),
        ("The prize of ¥500 million (roughly $3.4 million at today's rates) went unclaimed.", 3.4e6, "USD", None),
        ("A fee of CHF 40 (about €42 at the 2019 average rate) is charged.", 42, "EUR", 2019),
    ],
)
def test_equivalent_after_what_the_amount_is_per_and_when(
    text: str, amount: float, currency: str, year: int | None
) -> None:
    # the words between the amount and its conversion say what it is per, how it is counted
    # and when: the conversion is still the amount's, and the year written there its year
    found = claims_of(text)
    assert len(found) == 1
    assert found[0].equivalent == MoneyValue(amount=amount, currency=currency)
    assert found[0].year == year


@pytest.mark.parametrize(
    "text",
    [
        "The scheme cost €40 a month in 2024 (€32 in 2019) for each household.",
        "The port spent £9 million a year (€3 million from the EU fund) on dredging.",
        "The fund held £2 billion at the end of 2023 (€1 billion at the start of it) in bonds.",
        "A grant of £70 million (€80 million at 2022 prices) was paid.",
    ],
)
def test_an_amount_in_brackets_after_words_that_is_no_conversion(text: str) -> None:
    assert all(c.equivalent is None for c in claims_of(text) if isinstance(c, MoneyClaim))


def test_parenthesised_amount_without_a_money_claim_before_it_stands_alone() -> None:
    found = claims_of("A deficit of 1.6 billion ($2.54 billion) was expected.")
    assert [(c.text, c.currency) for c in found] == [("$2.54 billion", "USD")]


def test_year_is_only_taken_right_after_the_amount() -> None:
    claim = only("In 2016 the agency spent $4 billion on launchers.", MoneyClaim)
    assert claim.year is None


# ============================================================================ counts
COUNTS = [
    (
        "Engineers built more than 4 million 5G base stations last year.",
        "4 million",
        4e6,
        "5G base stations",
        "more than",
    ),
    (
        "The project included twelve developing and partner countries.",
        "twelve",
        12,
        "developing and partner countries",
        None,
    ),
    ("Three smartphones now offer satellite messaging.", "Three", 3, "smartphones", None),
    (
        "It sits beside approximately 100 other large state-owned firms.",
        "100",
        100,
        "other large state-owned firms",
        "about",
    ),
    ("A dozen ministries signed the plan.", "A dozen", 12, "ministries", None),
    ("Officials visited twenty-one provinces.", "twenty-one", 21, "provinces", None),
    ("China fought the two Gulf Wars of theory.", "two", 2, "Gulf Wars", None),
    ("The army fields two types of launch vehicles today.", "two", 2, "types of launch vehicles", None),
    ("The plant employs 1.5 million workers.", "1.5 million", 1.5e6, "workers", None),
    ("The survey covered 1,200 households.", "1,200", 1200, "households", None),
    ("Some 40 universities joined.", "40", 40, "universities", "about"),
    ("The ASF is one of only two independent space forces worldwide.", "two", 2, "independent space forces", None),
    ("Three new entities were created.", "Three", 3, "new entities", None),
    ("There are two historical turning points that matter.", "two", 2, "historical turning points", None),
    ("It has at least 30 people on board.", "30", 30, "people", "at least"),
    # new number forms that read as counts
    ("Some 60 000 volunteers took part.", "60 000", 60000, "volunteers", "about"),
    ("Four and a half million voters stayed home.", "Four and a half million", 4.5e6, "voters", None),
    ("Two million and a half residents moved.", "Two million and a half", 2.5e6, "residents", None),
    # a group's size: a count of its members
    ("The 164-strong mission arrived in May.", "164-strong", 164, "mission members", None),
    ("The 69-strong Orsa orchestra toured.", "69-strong", 69, "orchestra members", None),
    ("The 40-strong cross-party group was formed in May.", "40-strong", 40, "cross-party group members", None),
    # a count across a verb, at the very end of the text (a bullet, a table cell)
    ("Claims filed after the floods totalled 38,000", "38,000", 38000, "Claims", None),
    # a label and its figure, as a key-facts box or a bullet writes them
    ("Lighthouses still staffed: 14", "14", 14, "Lighthouses", None),
    ("Seed samples sent to the vault in 2024: 1.3 million", "1.3 million", 1.3e6, "Seed samples", None),
    ("Canal locks rebuilt since 2015: 212.", "212", 212, "Canal locks", None),
    # a collective before "of": its members
    ("The town has a population of 140,000.", "140,000", 140000, "inhabitants", None),
    ("The yard has a workforce of 1,540 people.", "1,540", 1540, "workers", None),
    ("It has a population of 140,000 sheep.", "140,000", 140000, "sheep", None),
]


@pytest.mark.parametrize(("text", "span", "value", "thing", "qualifier"), COUNTS)
def test_count(text: str, span: str, value: float, thing: str, qualifier: str | None) -> None:
    claim = only(text, CountClaim)
    assert claim.text == span
    assert claim.value == pytest.approx(value)
    assert claim.thing == thing
    assert claim.qualifier == qualifier


def test_count_range() -> None:
    claim = only("Between 2 and 3 million people moved.", CountClaim)
    assert (claim.low, claim.high, claim.thing) == (2e6, 3e6, "people")
    claim = only("Officials expect 2–3 million visitors.", CountClaim)
    assert (claim.low, claim.high, claim.scale) == (2e6, 3e6, "million")


# ============================================================================ quantities
QUANTITIES = [
    ("It could have a 2.5-meter optical resolution.", "2.5-meter", 2.5, "meter"),
    ("They returned after a nine-hour spacewalk.", "nine-hour", 9, "hour"),
    ("Output grew 12% last year.", "12%", 12, "percent"),
    ("Trains run at 300 km/h on that line.", "300 km/h", 300, "kilometer / hour"),
    ("Over the past quarter century, the sector grew.", "quarter century", 25, "year"),
    ("Two decades ago, the industry was small.", "Two decades", 20, "year"),
    ("In the past 12 months, the firm grew.", "12 months", 12, "month"),
    ("The plant sits on a 45-acre site.", "45-acre", 45, "acre"),
    ("Exports reached 16,000 metric tons.", "16,000 metric tons", 16000, "metric_ton"),
    ("The park adds 5.5 GW of capacity.", "5.5 GW", 5.5, "gigawatt"),
    ("Rates rose by 25 bps in March.", "25 bps", 25, "basis_point"),
    ("Turnout fell 3.5 percentage points.", "3.5 percentage points", 3.5, "percentage_point"),
    ("They proposed a 10 per cent cut.", "10 per cent", 10, "percent"),
    ("Temperatures reached 40 °C in July.", "40 °C", 40, "degree_Celsius"),
    ("A 1,500-kilometre pipeline is planned.", "1,500-kilometre", 1500, "kilometer"),
    ("The reserve covers 200 square kilometres.", "200 square kilometres", 200, "kilometer ** 2"),
    ("The statue is 5 feet 2 inches tall.", "5 feet 2 inches", 5 + 2 / 12, "foot"),
    ("The launch took about 3 hours.", "3 hours", 3, "hour"),
    ("It is a 20-year-old satellite.", "20-year", 20, "year"),
    ("The rule stood for half a century.", "half a century", 50, "year"),
    ("Cars may drive at 120 mph there.", "120 mph", 120, "mile / hour"),
    ("The probe weighs 8.2 tonnes.", "8.2 tonnes", 8.2, "metric_ton"),
    ("The dish is 500 metres wide.", "500 metres", 500, "meter"),
    ("Links run at 100 Mbps.", "100 Mbps", 100, "megabit / second"),
    ("The lake lies 1.6 km west of the station.", "1.6 km", 1.6, "kilometer"),
    # the percentage written before its number, standing as a phrase of its own
    ("The vote needed percent of 40.", "percent of 40", 40, "percent"),
    ("It came to per cent of eighty-five.", "per cent of eighty-five", 85, "percent"),
    ("Shares were percents of thirty, no more.", "percents of thirty", 30, "percent"),
    # signs read by the quantity rules, not by the number recogniser
    ("Nights drop to -12 °C there.", "-12 °C", -12, "degree_Celsius"),
    ("It was minus 8 °C at dawn.", "minus 8 °C", -8, "degree_Celsius"),
    # a mass of a gas with its formula a word apart: the tonne, spaced, is still a unit
    ("The kiln released 2.5 t CO2e in its first month.", "2.5 t CO2e", 2.5, "metric_ton"),
    ("Each return flight adds 1.2 t CO2eq to the total.", "1.2 t CO2eq", 1.2, "metric_ton"),
    ("Grid losses came to 310 kt CO₂e last year.", "310 kt CO₂e", 310, "kilometric_ton"),
]


@pytest.mark.parametrize(("text", "span", "value", "unit"), QUANTITIES)
def test_quantity(text: str, span: str, value: float, unit: str) -> None:
    claim = only(text, QuantityClaim)
    assert claim.text == span
    assert claim.value == pytest.approx(value)
    assert claim.unit == unit
    parse_unit(claim.unit)  # every unit string is a pint unit


@pytest.mark.parametrize(
    ("text", "qualifier", "low", "high"),
    [
        ("Prices rose between 5 and 10 percent.", None, 5, 10),
        ("The range is up to 40 km.", "up to", None, None),
        ("The range is 5-10 km.", None, 5, 10),
        ("Nearly 1,234.5 tonnes were shipped.", "nearly", None, None),
    ],
)
def test_quantity_qualifier_and_range(text: str, qualifier: str | None, low, high) -> None:
    claim = only(text, QuantityClaim)
    assert claim.qualifier == qualifier
    assert (claim.low, claim.high) == (low, high)


def test_reversed_percentage_after_a_number_is_the_number_s() -> None:
    found = claims_of("Only 50 percent of 10 states agreed.")
    assert [(c.text, c.value) for c in found if isinstance(c, QuantityClaim)] == [("50 percent", 50)]


@pytest.mark.parametrize(
    ("text", "span", "value", "thing"),
    [
        # "5G" before a noun stays a network generation
        ("More than 2 million 5G antennas work.", "2 million", 2e6, "5G antennas"),
    ],
)
def test_counts_read_composites_from_their_parts(text: str, span: str, value: float, thing: str) -> None:
    claim = only(text, CountClaim)
    assert (claim.text, claim.value, claim.thing) == (span, value, thing)


def test_money_scale_letters_are_money_s() -> None:
    claim = only("The firm raised $25k from donors.", MoneyClaim)
    assert (claim.text, claim.value, claim.scale) == ("$25k", 25_000, "thousand")
    claim = only("The budget is €1.2b this year.", MoneyClaim)
    assert (claim.text, claim.value) == ("€1.2b", 1.2e9)


def test_a_spaced_capital_k_is_no_thousand() -> None:
    # "300 K" is kelvin (no claim unit here), never 300,000 of anything
    assert all(c.value != 300_000 for c in claims_of("The sensor was cooled to 300 K for tests."))


def test_change_from_to_is_not_a_range() -> None:
    found = claims_of("The share rose from 5 to 10 percent.")
    assert [(c.text, c.low) for c in found] == [("10 percent", None)]


# ============================================================================ must not
MUST_NOT = [
    "See https://example.org/2024/0924/c90000-20222255.html for details.",
    "Archived at www.example.cn/news/2024/12/17/content_123.htm today.",
    "The LM-11 rocket and the Shijian-17 satellite flew together.",
    "Yaogan-41 watches the western Pacific.",
    "The Huawei Mate 60 Pro and the Xiaomi Mi 15 Ultra support it.",
    "Shenzhou 19 docked in October.",
    "The Tianwen-3 mission (2028–2031) follows Chang'e-5 samples.",
    "Document 60 opened the sector to private capital.",
    "The 14th Five-Year Plan names it.",
    "Delegates met at the 20th Party Congress.",
    "The SC-19 interceptor fits its A2/AD doctrine.",
    "The force was set up in 2016.",
    "The agreement was signed on December 17, 2020.",
    "The agreement was signed on 17 December 2020.",
    "The 1990s and the 90s saw reforms.",
    "It offers two-way voice calls from a two-staged missile.",
    "One way around the problem is lasers.",
    "He tried to call 3 times already.",
    "It was part of the “Two Bombs, One Satellite” project.",
    "Thousand Sails (千帆) is a constellation.",
    "The phone is sold as 小米15 Ultra手机 at home.",
    "卫星互联网低轨01组卫星发射成功",
    "Lessons of the 2003 Iraqi War shaped the 2024 reorganization.",
    "The briefing starts at 2:00 pm.",
    "Version 1.2.3 of the software shipped.",
    "The COVID-19 pandemic slowed launches.",
    "Support is available 24/7 in the region.",
    "It is one of the largest operators.",
    "The Made in China 2025 plan lists it.",
    "The first batch of satellites flew.",
    "Half the effort went to testing.",
    "It has 4, 5, 6 options.",
    "The ratio was 3,5 at most.",
    "In 2011, for example, it was excluded.",
    # hyphens in names and year spans are no minus signs, and no negative claims
    "Three Long March-5 rockets and two Dong Feng-4 launchers.",
    "The plan (2028-2031) and the 2028–2031 budget.",
    # a lone "5G" is giga only for the bare recogniser; never a claim
    "The country rolled out 5G.",
    "It moved from 4G to 5G.",
    # scale letters, decimal commas, dotted sequences, notation: no counted thing
    "The router at 192.168.1.2 answered.",
    "The ratio was 3,5 in the end.",
    "Values like 1e10 and 1.1^23 are rare.",
    # ordinals in digits and words
    "The 21st session met on May 4th.",
    "It is a twenty-first century navy.",
    "A fifth generation fighter is planned.",
    # the pronoun "one"; a ratio is not a count
    "The one you cited is wrong.",
    "One in three is enough.",
    # the reversed percentage needs to stand alone
    "The percent of 18-year-olds rose.",
    "It is a percent of 2019.",
    # a day and its month before a plural noun: a date, no count of "August fires"
    "On 12 August fires were burning in the hills.",
    "By 3 March ships were queuing outside the port.",
    # a colon inside a sentence introduces no label; a label that counts nothing is none
    "The canal reopened in May. Locks rebuilt: 212",
    "Budget year: 2024",
    "Phase: 2",
    # a spaced "t" is a tonne only with a gas's formula right after it
    "Rows 7 t and 8 u list the CO2 readings.",
    "Site 12 t: CO2e data is missing.",
]


@pytest.mark.parametrize("text", MUST_NOT)
def test_must_not_extract(text: str) -> None:
    assert [(c.kind, c.text) for c in claims_of(text)] == []


FOOTNOTED = (
    "Space spending reached 580 billion euros in 2023. 1\n"
    "\n"
    "1  Wong Wan-tse, “Three astronauts and 40 tonnes of cargo,” [Twelve ships sail in 2 hours], "
    "Military Abstracts 2023, no. 8 (2023): 33–37; as of 2024 the group counted eleven member "
    "states, https://example.org/2024/12/17/c_112.htm.\n"
)


def test_footnote_titles_citations_and_urls_are_not_read_but_prose_is() -> None:
    doc = read_pdf_text(Source("draft.txt", FOOTNOTED))
    found = list(extract(doc, kinds=KINDS))
    in_notes = [(c.kind, c.text, getattr(c, "thing", None)) for c in found if c.footnote]
    assert in_notes == [("count", "eleven", "member states")]
    body = [c for c in found if not c.footnote]
    assert [(c.text, c.footnotes) for c in body] == [("580 billion euros", ("1",))]


def test_footnote_reference_numbers_are_not_claims() -> None:
    doc = read_pdf_text(Source("draft.txt", FOOTNOTED))
    found = list(extract(doc, kinds=KINDS))
    assert all(c.text != "1" for c in found)
    assert all(c.value != 1 for c in found)


# ============================================================================ records
RICH = (
    "Chinese space firms reached 580 billion euros in 2023 and may reach 6.6 trillion yuan "
    "(858 billion euros) in 2029. More than 4 million 5G base stations exist; twelve partner "
    "countries joined over the past quarter century, after a nine-hour spacewalk and a "
    "2.5-meter resolution. Between 2 and 3 million people moved 300 km/h, and output rose 12%."
)


def test_json_round_trip_of_every_record() -> None:
    found = claims_of(RICH)
    assert {c.kind for c in found} == {"money", "count", "quantity"}
    assert len(found) == 10
    for claim in found:
        again = CLAIM.validate_json(CLAIM.dump_json(claim))
        assert again == claim
        assert type(again) is type(claim)


def test_extractors_split_kinds_without_overlap() -> None:
    doc = read_pdf_text(Source("draft.txt", RICH))
    units = list(iter_units(doc))
    money = list(extract_money(units))
    counts = list(extract_counts(units))
    quantities = list(extract_quantities(units))
    spans = [(c.block, c.start, c.end) for c in money + counts + quantities]
    assert len(spans) == len(set(spans)) == 10
    assert [c.text for c in money] == ["580 billion euros", "6.6 trillion yuan"]


def test_sentence_and_location_of_a_claim(tmp_path: Path) -> None:
    path = tmp_path / "draft.txt"
    path.write_text("Intro line.\n\nThe agency spent\n$4 billion in 2022 on rockets.\n", encoding="utf-8")
    (claim,) = [c for c in extract(load_document(path), kinds=KINDS)]
    assert claim.text == "$4 billion"
    assert (claim.location.line, claim.location.column) == (4, 1)
    assert claim.sentence == "The agency spent $4 billion in 2022 on rockets."
    assert claim.year == 2022


# ============================================================================ properties
FRAGMENTS = st.sampled_from(
    [
        "580 billion euros",
        "in 2023",
        "(858 billion euros)",
        "$1.5bn",
        "US$",
        "€",
        "¥",
        "£",
        "more than",
        "about",
        "up to",
        "between",
        "and",
        "to",
        "–",
        "-",
        "4 million",
        "5G",
        "base stations",
        "twelve",
        "twenty-one",
        "a dozen",
        "half a",
        "quarter century",
        "two decades",
        "nine-hour",
        "2.5-meter",
        "12%",
        "300 km/h",
        "per cent",
        "LM-11",
        "Mate 60 Pro",
        "December 17, 2020",
        "1990s",
        "https://x.org/2024/1.html",
        "小米15",
        "“",
        "”",
        "[",
        "]",
        "(",
        ")",
        ",",
        ".",
        ";",
        "no. 8",
        "33–37",
        "countries",
        "people",
        "years",
        "yen",
        "yuan",
        "RMB",
        "USD",
        "cents",
        "tonnes",
        "sq ft",
        "°C",
        "bps",
        "3/4",
        "½",
        "1,234.5",
        "Two",
        "Bombs",
        "One",
        "the",
        "of",
        "types",
        "0",
        "99",
        "-5",
    ]
)
TEXTS = st.one_of(
    st.text(max_size=120),
    st.lists(st.one_of(FRAGMENTS, st.text(max_size=6)), max_size=25).map(" ".join),
)


@given(TEXTS, st.booleans())
@settings(max_examples=400, deadline=None)
def test_analyse_never_raises_and_spans_hold(text: str, footnote: bool) -> None:
    for m in analyse(text, footnote):
        assert 0 <= m.start < m.end <= len(text)
        assert m.kind in ("money", "count", "quantity")
        if m.kind == "money":
            assert m.currency and len(m.currency) == 3
            assert m.equivalent is None or m.equivalent[0] >= 0
        if m.kind == "count":
            assert m.thing


@given(
    st.lists(
        st.lists(st.one_of(FRAGMENTS, st.text(alphabet="abc XYZ.,-", max_size=5)), min_size=1, max_size=15).map(
            " ".join
        ),
        min_size=1,
        max_size=4,
    )
)
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_claims_point_at_their_text_in_the_file(paragraphs: list[str]) -> None:
    content = "\n\n".join(" ".join(p.split()) or "x" for p in paragraphs) + "\n"
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "draft.txt"
        path.write_text(content, encoding="utf-8")
        doc = load_document(path)
        line_starts = [0] + [i + 1 for i, ch in enumerate(content) if ch == "\n"]
        for unit in iter_units(doc):
            for claim in list(extract_money([unit])) + list(extract_counts([unit])) + list(extract_quantities([unit])):
                assert claim.text == unit.text[claim.start : claim.end]
                offset = line_starts[claim.location.line - 1] + claim.location.column - 1
                assert content[offset] == claim.text[0]
                # a claim may run across lines the reader joined or furniture it dropped:
                # every character still maps to the same character in the file
                smap = unit.owner.source_map
                for i, ch in enumerate(claim.text):
                    if not ch.isspace():
                        assert content[smap.to_file(claim.start + i)] == ch
                CLAIM.validate_json(CLAIM.dump_json(claim))


# ============================================================================ peer benchmark tools
BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def test_peer_adapter_reports_case_offsets() -> None:
    import json
    import subprocess
    import sys

    cases = [
        {"id": "a", "text": "It cost $1.5bn and 300 km/h trains in 2023."},
        {"id": "b", "text": "   Some 40 universities joined, about 12% of them."},
        {"id": "c", "text": "The fund held\n6.6 trillion yuan (858 billion euros) in 2029."},
        {"id": "d", "text": ""},
    ]
    payload = "".join(json.dumps(c) + "\n" for c in cases)
    out = subprocess.run(
        [sys.executable, str(BENCHMARKS / "peer_adapter.py")],
        input=payload,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    replies = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["id"] for r in replies] == ["a", "b", "c", "d"]
    by_id = {r["id"]: r["predictions"] for r in replies}
    for case in cases:
        for pred in by_id[case["id"]]:
            assert case["text"][pred["start"] : pred["end"]] == pred["surface"]
    numeric = {
        (p["kind"], p["surface"], p.get("unit")) for r in replies for p in r["predictions"] if p["kind"] != "date"
    }
    assert numeric == {
        ("money", "$1.5bn", "USD"),
        ("quantity", "300 km/h", "kilometer / hour"),
        ("count", "40", None),
        ("quantity", "12%", "percent"),
        ("money", "6.6 trillion yuan", "CNY"),
    }
    assert by_id["d"] == []


def test_scorer_matching_rules() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("score_peers", BENCHMARKS / "score_peers.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    units = module.Units()
    rec = {
        "id": "x",
        "text": "about 16,000 tonnes and 5 km, plus $3",
        "scope": {"kinds": ["quantity"], "dims": {"exclude": ["currency"]}},
        "expected": [
            {"kind": "quantity", "start": 6, "end": 19, "value": 16000.0, "unit": "metric_ton"},
            {"kind": "quantity", "start": 24, "end": 28, "value": 5.0, "unit": "kilometer", "optional": True},
        ],
    }
    right = [
        {"kind": "quantity", "start": 6, "end": 19, "value": 16000.0, "unit": "tonne"},
        {"kind": "money", "start": 35, "end": 37, "value": 3.0, "unit": "USD"},
    ]
    assert module.score_case(rec, right, units, "strict")["fully_right"]
    wrong_unit = [{"kind": "quantity", "value": 16000.0, "unit": "ton"}]
    assert not module.score_case(rec, wrong_unit, units, "strict")["fully_right"]
    extra = right + [{"kind": "quantity", "start": 0, "end": 5, "value": 1.0, "unit": "meter"}]
    result = module.score_case(rec, extra, units, "strict")
    assert not result["fully_right"] and result["fp"] == 1
    optional_found = right + [{"kind": "quantity", "start": 24, "end": 28, "value": 5.0, "unit": "meter"}]
    assert module.score_case(rec, optional_found, units, "strict")["fully_right"]
    assert units.equal("EUR", "EUR") and not units.equal("EUR", "USD")


@pytest.mark.parametrize("text", ["0[tonne", "5 [tonne", "0(tonne", "5 (km]"])
def test_an_unclosed_bracket_before_a_unit_is_no_quantity(text: str) -> None:
    # found by hypothesis: an empty slice at the end of the text looked like a closing bracket
    assert [m for m in analyse(text) if m.end > len(text) or m.unit] == []


def test_a_unit_in_brackets_is_read() -> None:
    (m,) = analyse("10 (km)")
    assert (m.kind, m.value, m.unit, m.end) == ("quantity", 10.0, "kilometer", 7)


# ============================================================================ names, math and code are not money
@pytest.mark.parametrize(
    "text",
    [
        "Delegates gathered for the COP28 talks in the Gulf.",
        "Under SSP3-7.0 the basin warms fastest; SSP1-2.6 is the mildest path.",
        "The fit uses $k=12$ clusters and $\\alpha = 0.25$ throughout.",
        "The prologue runs subq $32, %rsp \\n\\t before the call.",
        "Prices are shown in 2015 dollars.",
        "The 2009 Bitcoin client had no such check.",
    ],
)
def test_names_math_and_code_are_not_money(text: str) -> None:
    assert not [c for c in claims_of(text) if c.kind == "money"], text


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2009"])
def test_a_no_break_space_before_the_scale_word_keeps_the_scale(space: str) -> None:
    m = only(f"Sales reached $71{space}million last quarter.", MoneyClaim)
    assert m.value == 71e6 and m.scale == "million"


def test_a_major_code_glued_to_the_amount_is_still_money() -> None:
    m = only("The fund raised USD40 million.", MoneyClaim)
    assert (m.value, m.currency) == (40e6, "USD")


# ============================================================================ year context
@pytest.mark.parametrize(
    "text, year",
    [
        ("In 2016, the mill sold for 2 billion rubles (about 31 million dollars).", 2016),
        ("The board met in 2019. It approved a budget of 40 million euros for the plant.", 2019),
        ("A 2012 report put revenue for 2011 at $90 million.", 2011),
    ],
)
def test_money_takes_its_year_from_its_sentence_or_paragraph(text: str, year: int) -> None:
    m = [c for c in claims_of(text) if c.kind == "money"][0]
    assert m.year is None and m.context_year == year


def test_a_paragraph_with_two_years_gives_no_context_year() -> None:
    m = [c for c in claims_of("Output rose in 2018 and fell in 2020. The plant cost $3 million.") if c.kind == "money"][
        0
    ]
    assert m.context_year is None


@pytest.mark.parametrize(
    "text, year, year_to, context",
    [
        # the split year written with a converted amount, words of purpose between
        ("The levy raised ₹4,000 crore in 2021-22 (about $540 million).", 2021, 2022, None),
        ("Councils spent £90 million on buses in 2023/24 (roughly €104 million).", 2023, 2024, None),
        ("Exports earned A$9 billion in fiscal 2019-20 (about US$6 billion).", 2019, 2020, None),
        # the split year its sentence names
        ("In 2020-21 the port earned ₹1,200 crore (about $160 million) from dues.", None, 2021, 2020),
    ],
)
def test_a_converted_amount_reads_its_financial_year(text: str, year, year_to: int, context) -> None:
    m = [c for c in claims_of(text) if c.kind == "money"][0]
    assert m.equivalent is not None
    assert (m.year, m.year_to, m.context_year) == (year, year_to, context)


@pytest.mark.parametrize(
    "text",
    [
        "The fund paid out £300 million in 2019-2023 (about €350 million across the period).",  # a range
        "In 2020-21 the port earned ₹1,200 crore from dues.",  # nothing converted: no year read
    ],
)
def test_a_range_of_years_or_an_unconverted_amount_gives_no_split_year(text: str) -> None:
    m = [c for c in claims_of(text) if c.kind == "money"][0]
    assert m.year_to is None and m.year is None


# ============================================================================ subjects
def test_count_subject_reads_thing_part_period_and_scope() -> None:
    text = "The top five public libraries are open late. Today Ferrovia runs 1,240 electric buses per day."
    claims = [c for c in claims_of(text) if c.kind == "count"]
    libraries, buses = claims
    assert libraries.subject.part == "top" and libraries.subject.what == "public library"
    assert buses.subject.part is None and buses.subject.what.startswith("electric bus")
    assert buses.subject.period == ("per day",) and buses.subject.scope == ("Ferrovia",)


def test_a_worked_example_is_hypothetical() -> None:
    counts = [c for c in claims_of("If you add 16 worker nodes, the queue drains faster.") if c.kind == "count"]
    assert counts and counts[0].subject.hypothetical


def test_counts_and_quantities_written_as_compounds():
    from claimcheck.document import Source
    from claimcheck.extract import extract
    from claimcheck.ingest.markdown import read_markdown

    doc = read_markdown(Source("d.md", "A 269-ship navy, the 27-member bloc and a 37,000-km cable; a 50-MW plant.\n"))
    got = {(c.kind, c.value, getattr(c, "thing", None) or getattr(c, "unit", None)) for c in extract(doc).claims}
    assert ("count", 269, "ships") in got and ("count", 27, "members") in got
    assert ("quantity", 37000, "kilometer") in got and ("quantity", 50, "megawatt") in got


def test_compounds_in_words_and_before_names():
    from claimcheck.document import Source
    from claimcheck.extract import extract
    from claimcheck.ingest.markdown import read_markdown

    text = (
        "A sixteen-station tram line, the eleven-member jury, a three-thousand-seat hall, "
        "the 32-vehicle RiverLink service and a 40-bed NHS ward.\n"
    )
    got = {(c.value, getattr(c, "thing", None)) for c in extract(read_markdown(Source("d.md", text))).claims}
    assert {(16, "stations"), (11, "members"), (3000, "seats"), (32, "vehicles"), (40, "beds")} <= got


def test_a_count_after_a_fiscal_year_lead_is_no_list():
    from claimcheck.document import Source
    from claimcheck.extract import extract
    from claimcheck.ingest.markdown import read_markdown

    text = "In 2024-25, 61,400 passengers crossed. By 2030/31, 900 berths will open. Bays 4, 5, 6 berths.\n"
    got = [(c.value, c.thing) for c in extract(read_markdown(Source("d.md", text))).claims if c.kind == "count"]
    assert got == [(61400, "passengers"), (900, "berths")]


@pytest.mark.parametrize(
    "text, thing",
    [
        ("Some 23,000 corner shops report sales to the panel.", "corner shops"),
        ("About 400 hill farms employ seasonal pickers.", "hill farms"),
        ("Its 55 lorries carry timber to the coast.", "lorries"),
        ("Officials opened 300 savings accounts.", "savings accounts"),
        ("Clerks filed 40 sales reports.", "sales reports"),
        ("Ministers signed 12 arms supply contracts.", "arms supply contracts"),
        ("The board reckons 6.8 million such pipes remain in use.", "such pipes"),
    ],
)
def test_a_count_before_its_verb_and_object(text, thing):
    from claimcheck.document import Source
    from claimcheck.extract import extract
    from claimcheck.ingest.markdown import read_markdown

    (c,) = [c for c in extract(read_markdown(Source("d.md", text + "\n"))).claims if c.kind == "count"]
    assert c.thing == thing


def test_compounds_in_words_that_count_nothing():
    from claimcheck.document import Source
    from claimcheck.extract import extract
    from claimcheck.ingest.markdown import read_markdown

    text = (
        "A fifty-fifty split, the eighty-twenty rule, a two-horse race, a three-point plan, "
        "four-wheel drive, a ten-fold rise and twenty-something graduates.\n"
    )
    doc = read_markdown(Source("d.md", text))
    assert [c for c in extract(doc).claims if c.kind == "count"] == []
    # "twenty-odd guests" is a hedged count of the guests (tests/extract/test_spans_and_split_years.py)


def test_compounds_that_count_nothing():
    from claimcheck.document import Source
    from claimcheck.extract import extract
    from claimcheck.ingest.markdown import read_markdown

    # ("30-odd members" is a hedged count of the members: tests/extract/test_spans_and_split_years.py)
    text = "A two-way street, a 5-star hotel, the COVID-19 wave, an F-16 jet and B-52 bombers.\n"
    doc = read_markdown(Source("d.md", text))
    assert [c for c in extract(doc).claims if c.kind == "count"] == []


@pytest.mark.parametrize(
    "text, written, thing",
    [
        ("Calls from climbers came to 9,100 last season.", "9,100", "Calls"),
        ("Pickers on the orchards now number 720, the manager says.", "720", "Pickers"),
        ("The number of licensed cabs stood at 251.", "251", "licensed cabs"),
        ("The city's orders of electric buses totalled 340 in 2024.", "340", "electric buses"),
        ("Night trains fell to 18 a week after the timetable change.", "18", "Night trains"),
    ],
)
def test_a_count_written_after_its_noun(text, written, thing):
    from claimcheck.extract.numeric import analyse

    got = [(m.kind, m.written, m.thing) for m in analyse(text)]
    assert ("count", written, thing) in got


@pytest.mark.parametrize(
    "text",
    [
        "Fares on the line rose to 390 after the discount.",  # a measure, not a count
        "The index reached 105 in May.",  # singular: no count
        "Sales reached 3,600 in March.",  # of what?
        "The total was 12.",  # "was" counts only after "the number of"
        "Visitors per day reached 25,000 on the Saturday.",  # a rate
        "See page number 12 of the report.",  # a label
    ],
)
def test_numbers_after_a_verb_that_count_nothing(text):
    from claimcheck.extract.numeric import analyse

    assert [m for m in analyse(text) if m.kind == "count"] == []


def test_a_second_noun_is_an_ordinal_not_a_period():
    from claimcheck.extract.subjects import numeric_subject

    for text, period in (
        ("The road's 18 kilometres will get a second lane by 2027.", ("2027",)),
        ("The cable carries 12 terabits a second across the strait.", ("per second",)),
    ):
        at = text.index("1")
        end = text.index(" ", at)
        assert numeric_subject(text, at, end, 0, len(text)).period == period


def test_a_scaled_decimal_count_is_whole():
    # 64.1 million is 64100000.00000001 in floating point: still a count
    got = [(m.kind, m.written, m.thing) for m in analyse("The port saw 64.1 million travellers and 4.1 million cars.")]
    assert ("count", "64.1 million", "travellers") in got and ("count", "4.1 million", "cars") in got


def test_through_is_a_period_only_before_a_date():
    from claimcheck.extract.subjects import numeric_subject

    text = "The 64 million travellers who passed through the terminals were counted."
    at = text.index("64")
    assert numeric_subject(text, at, at + 10, 0, len(text)).period == ()
    text = "The fund lent 300 loans through 2024."
    at = text.index("300")
    assert numeric_subject(text, at, at + 3, 0, len(text)).period == ("2024", "through")


def test_a_part_word_that_starts_a_name_is_no_part():
    from claimcheck.extract.subjects import numeric_subject

    text = "The tallest summit of New Zealand, at 3,724 metres, draws climbers."
    at = text.index("3,724")
    assert numeric_subject(text, at, at + 12, 0, len(text)).part is None
    text = "New plants add 400 megawatts to the grid."  # a sentence's first word is still a part word
    at = text.index("400")
    assert numeric_subject(text, at, at + 13, 0, len(text)).part == "new"


@pytest.mark.parametrize(
    ("text", "figure", "part"),
    [
        # "those" points back to a group already named, the subject of the verb before the figure
        ("In 2024 the trust's support for those stations totalled £8.3 million.", "£8.3 million", None),
        ("Grants to these clubs reached €410,000 last year.", "€410,000", None),
        # a demonstrative right before the figure, and a superlative subject, still make a part
        ("Of the county's harbours, those 14 have no lifeboat.", "14", "those"),
        ("Of the ferry companies, the largest firms employed 2,300 crew in 2024.", "2,300", "largest"),
    ],
)
def test_a_demonstrative_of_the_verb_s_subject_is_no_part(text: str, figure: str, part: str | None) -> None:
    from claimcheck.extract.subjects import numeric_subject

    at = text.index(figure)
    assert numeric_subject(text, at, at + len(figure), 0, len(text)).part == part


@pytest.mark.parametrize(
    ("text", "figure", "part"),
    [
        # a bound on another measure after the counted noun: those of a band
        ("The registry holds 1,790,210 transfers with a memo of 40 characters or less.", "1,790,210", "bounded"),
        ("Some 2,100 firms with more than 250 staff report their emissions.", "2,100", "bounded"),
        ("It found 52,300 transfers with memos between 41 and 140 characters.", "52,300", "bounded"),
        ("In 2024, 3,400 households aged 65 and over received the grant.", "3,400", "bounded"),
        # a bound after a comma, or no bound: the whole
        ("The trust employs 1,200 nurses, more than 300 of them new this year.", "1,200", None),
        ("The registry holds 1,842,510 transfers with a memo field.", "1,842,510", None),
        ("Ridership rose to 12,400 passengers in 2024.", "12,400", None),
    ],
)
def test_a_bound_on_another_measure_makes_a_part(text: str, figure: str, part: str | None) -> None:
    from claimcheck.extract.subjects import numeric_subject

    at = text.index(figure)
    assert numeric_subject(text, at, at + len(figure), 0, len(text)).part == part


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Of the inmates, 120 of them were juveniles held on remand.", "juveniles"),
        ("The camp held many families, and 400 of whom were children under five.", "children"),
    ],
)
def test_a_count_of_them_counts_what_they_are(text: str, thing: str) -> None:
    claim = only(text, CountClaim)
    assert claim.thing == thing


def test_a_count_of_them_with_no_noun_after_is_none() -> None:
    assert [c for c in claims_of("Many came, and 300 of them are in Leeds now.") if c.kind == "count"] == []


def test_kilotonnes_and_a_sum_that_is_no_bound() -> None:
    claim = only("For the year the quotas add up to 6,900 kilotonnes.", QuantityClaim)
    assert claim.unit == "kilometric_ton" and claim.qualifier is None


# ---------------------------------------------------------------- shares round their group
@pytest.mark.parametrize(
    ("text", "written", "value", "qualifier"),
    [
        ("Roughly one rural household in six still lacks a line.", "one rural household in six", 100 / 6, "about"),
        ("Fewer than one donor in twenty is under 25.", "one donor in twenty", 5.0, "less than"),
        ("Two apprentices out of five finished early.", "Two apprentices out of five", 40.0, None),
        ("One small farm in four in the county sells to shops.", "One small farm in four", 25.0, None),
        # a past tense not in -ed as the share's verb
        ("About one small dairy in four lost at least one herd.", "one small dairy in four", 25.0, "about"),
        ("One commuter in three rode a bicycle at least once a week.", "One commuter in three", 100 / 3, None),
        ("Two tenants in five paid at least one month late.", "Two tenants in five", 40.0, None),
    ],
)
def test_word_shares_read_a_share_written_round_its_group(text, written, value, qualifier) -> None:
    from claimcheck.extract.numeric import word_shares
    from claimcheck.extract.text import iter_units

    doc = read_pdf_text(Source("draft.txt", text + "\n"))
    shares = list(word_shares(iter_units(doc)))
    assert [(s.written, round(s.value, 3), s.qualifier) for s in shares] == [(written, round(value, 3), qualifier)]


@pytest.mark.parametrize(
    "text",
    [
        "One team in ten minutes cleared the site.",  # a span of time after N
        "The agency audits one clinic in five districts.",  # a noun after N
        "The one school in nine years that closed was rebuilt.",  # 'the one'
        "One of the ships in five ports was late.",  # 'of the' in the group
        "One project in 2024 was late.",  # a year
        "One team in ten lost games cleared the site.",  # an adjective after N, not its verb
    ],
)
def test_word_shares_leave_what_is_no_share(text: str) -> None:
    from claimcheck.extract.numeric import word_shares
    from claimcheck.extract.text import iter_units

    doc = read_pdf_text(Source("draft.txt", text + "\n"))
    assert list(word_shares(iter_units(doc))) == []


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # a second count that leaves out its noun after the first's year: the same thing
        (
            "The ferry line carried 2.3 million passengers in 2015 and 1.9 million in 2024.",
            [("2.3 million", "passengers", ("2015",)), ("1.9 million", "passengers", ("2024",))],
        ),
        # no year after the second figure: no count of it
        ("The hall has 400 seats in the stalls and 120 in the gallery.", [("400", "seats", ())]),
        # a key-facts label past a hedge
        ("- Permits issued by June 2024: about 310", [("310", "Permits", ("2024", "june"))]),
        # a year after "of" leads the sentence: no list of numbers
        (
            "At the end of 2024, 52,300 households had a meter.",
            [("52,300", "households", ("2024", "at the end"))],
        ),
    ],
)
def test_counts_restated_in_other_shapes(text: str, counts: list) -> None:
    got = [
        (c.written, c.thing, tuple(c.subject.period) if c.subject else ())
        for c in extract_counts(list(iter_units(read_pdf_text(Source("draft.txt", text + "\n")))))
    ]
    assert got == counts


def test_the_value_a_change_starts_from_keeps_its_own_year() -> None:
    doc = read_pdf_text(
        Source(
            "draft.txt",
            "Towns collected 8.2 million tonnes of sorted household packaging waste in 2022, up from 7.9 million tonnes in 2019.\n",
        )
    )
    got = [(q.text, tuple(q.subject.period) if q.subject else ()) for q in extract_quantities(list(iter_units(doc)))]
    assert got == [("8.2 million tonnes", ("2022",)), ("7.9 million tonnes", ("2019",))]


@pytest.mark.parametrize(
    "text",
    [
        "We covered the proposal about four newsletters ago, in issue 386.",
        "The party last won the seat three elections ago.",
        "It was first tried two budgets ago.",
    ],
)
def test_a_count_of_things_ago_is_a_time_not_a_count(text: str) -> None:
    assert [c for c in claims_of(text) if c.kind == "count"] == []


def test_a_count_of_things_before_ago_in_another_clause_is_still_a_count() -> None:
    (c,) = [c for c in claims_of("The ferry made four crossings, as it did a year ago.") if c.kind == "count"]
    assert (c.value, c.thing) == (4, "crossings")


def _table_figures(doc):
    """The table figures of ``doc``, with their rows' labels."""
    from claimcheck.extract.sections import table_cell_figures

    return [figure for table in table_cell_figures(doc) for figure in table]


def test_table_cells_take_their_unit_from_the_column_header():
    from claimcheck.document import Source
    from claimcheck.ingest.markdown import read_markdown

    text = (
        "| Plant | Capacity (MW) | 2023 (€ bn) | Staff (engineers) | Visitors (m) | Note |\n"
        "| --- | ---: | ---: | ---: | ---: | --- |\n"
        "| Lake Aral 2 | 410 | 1.6 | 38 | 0.4 | 12 |\n"
        "| Ostend Bay | 1,250 | n/a | 240 | 2.1 | - |\n"
    )
    got = [(c.kind, c.text, c.value, label) for c, label in _table_figures(read_markdown(Source("d.md", text)))]
    assert got == [
        ("quantity", "410 MW", 410, "Lake Aral 2"),
        ("money", "€1.6 billion", 1.6e9, "Lake Aral 2"),
        ("count", "38 engineers", 38, "Lake Aral 2"),
        ("count", "0.4 million visitors", 400000, "Lake Aral 2"),
        ("quantity", "1,250 MW", 1250, "Ostend Bay"),
        ("count", "240 engineers", 240, "Ostend Bay"),
        ("count", "2.1 million visitors", 2100000, "Ostend Bay"),
    ]


def test_table_cells_of_a_reader_that_gives_each_cell_a_block():
    from claimcheck.document import Source
    from claimcheck.ingest.html import read_html

    html = (
        "<html><body><article><h1>Depots</h1><p>Text.</p><table>"
        "<tr><th>Depot</th><th>Staff (drivers)</th><th>Budget (£m)</th></tr>"
        "<tr><td>Harwick</td><td>310</td><td>12.5</td></tr>"
        "<tr><td>Lowmoor</td><td>95</td><td>4.0</td></tr>"
        "</table></article></body></html>"
    )
    got = [(c.text, label) for c, label in _table_figures(read_html(Source("d.html", html)))]
    assert got == [
        ("310 drivers", "Harwick"),
        ("£12.5 million", "Harwick"),
        ("95 drivers", "Lowmoor"),
        ("£4.0 million", "Lowmoor"),
    ]


def test_table_cells_that_carry_their_own_unit_are_read_with_row_and_column():
    from claimcheck.document import Source
    from claimcheck.ingest.markdown import read_markdown

    text = (
        "| Crop | 2024 harvest | 2025 harvest | Share of exports |\n"
        "| --- | ---: | ---: | ---: |\n"
        "| Barley | 310,000 t | 280,000 t | 12% |\n"
        "| Hops | $4.1 million | $3.8 million | 2% |\n"
    )
    got = [(c.kind, c.text, round(c.value), c.sentence) for c, _ in _table_figures(read_markdown(Source("d.md", text)))]
    assert got == [
        ("quantity", "310,000 tonnes", 310000, "Barley, 2024 harvest: 310,000 tonnes"),
        ("quantity", "280,000 tonnes", 280000, "Barley, 2025 harvest: 280,000 tonnes"),
        ("money", "$4.1 million", 4100000, "Hops, 2024 harvest: $4.1 million"),
        ("money", "$3.8 million", 3800000, "Hops, 2025 harvest: $3.8 million"),
    ]


def test_own_unit_cells_of_a_reader_that_gives_each_cell_a_block():
    from claimcheck.document import Source
    from claimcheck.ingest.html import read_html

    html = (
        "<html><body><article><h1>Rounds</h1><p>Text.</p><table>"
        "<tr><th>Region</th><th>Round</th><th>Women screened</th><th>Uptake (survey)</th></tr>"
        "<tr><td>North coast</td><td>May 2025</td><td>1.3 million</td><td>71%</td></tr>"
        "<tr><td>Plateau</td><td>June 2025</td><td>0.8 million</td><td>64%</td></tr>"
        "</table></article></body></html>"
    )
    got = [(c.kind, c.text, label) for c, label in _table_figures(read_html(Source("d.html", html)))]
    assert got == [
        ("count", "1.3 million women", "North coast, May 2025"),
        ("count", "0.8 million women", "Plateau, June 2025"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fund raised RM 86 billion last year.", [("MYR", 86e9)]),
        ("A meal cost RM5,000 at the gala.", [("MYR", 5000.0)]),
        ("The state spent RM2.5 billion on roads.", [("MYR", 2.5e9)]),
        ("The road cost Rp 9 trillion to build.", [("IDR", 9e12)]),
        ("Each village got Rp150,000,000 for wells.", [("IDR", 150e6)]),
        ("The RM3 prototype was shown in Kuala Lumpur.", []),  # letters glued to a small number: a name
    ],
)
def test_ringgit_and_rupiah_signs(text: str, expected: list[tuple[str, float]]) -> None:
    """ "RM" (the ringgit) and "Rp" (the rupiah) before an amount mark its currency, spaced or
    glued to an amount written as one; glued to a small bare number they name a thing."""
    found = [(c.currency, c.value) for c in claims_of(text) if isinstance(c, MoneyClaim)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Indonesia notified 821,000 TB cases in 2023.", "count"),
        ("The clinic treated 1,200 TB patients last year.", "count"),
        ("The archive holds 40 TB of scanned maps.", "quantity"),
        ("Each server has a 2 TB drive.", "quantity"),
    ],
)
def test_a_data_size_symbol_before_a_plural_noun_names_what_is_counted(text: str, kind: str) -> None:
    assert [m.kind for m in analyse(text) if m.value > 1] == [kind]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Herders paid ₸4.5 billion in grazing fees.", [("KZT", 4.5e9)]),
        ("Rubber exports earned ฿88 billion last season.", [("THB", 88e9)]),
        ("Cocoa farmers received GH₵3.1 billion and GH¢900 million in bonuses.", [("GHS", 3.1e9), ("GHS", 900e6)]),
        ("The bridge cost Tk 2,700 crore.", [("BDT", 27e9)]),
        ("Ranchers lost ₲650 million to the drought.", [("PYG", 650e6)]),
        ("The pipeline cost ₼410 million; the dam ₮1.4 trillion.", [("AZN", 410e6), ("MNT", 1.4e12)]),
        ("The canal earned E£9 billion in tolls.", [("EGP", 9e9)]),
        ("Lima budgeted S/ 2.4 billion for buses.", [("PEN", 2.4e9)]),
        ("Addis Ababa spent Br 7 billion on housing.", [("ETB", 7e9)]),
        ("The grant paid MK45 million to clinics.", [("MWK", 45e6)]),
        ("Pretoria paid R3.2 billion and R2,400 per pupil.", [("ZAR", 3.2e9), ("ZAR", 2400.0)]),
        ("Windhoek raised N$1.8 billion; Kingston J$6 billion.", [("NAD", 1.8e9), ("JMD", 6e9)]),
        ("The plant emits 40 billion zł worth of damage.", [("PLN", 40e9)]),
        # letters before a plain number are names, not currencies
        ("Traffic on the R5 road doubled.", []),
        ("The K9 unit searched 12 cars.", []),
        ("Model R2 scored 0.85 in the test.", []),
        ("Br 2 of the survey was cancelled.", []),
    ],
)
def test_currency_signs_of_many_countries(text: str, expected: list[tuple[str, float]]) -> None:
    """Local currency signs ("₸", "฿", "GH₵", "Tk", "S/", "E£", "N$", …) mark an amount's
    currency; a letter sign ("R", "K", "MK", "Br", "Tk") only before a number written as an
    amount (a thousands separator or a scale word): "the R5 road" is a name."""
    found = [(c.currency, c.value) for c in claims_of(text) if isinstance(c, MoneyClaim)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zambia's mines paid K38.6 billion in taxes in 2024.", [("ZMW", 38.6e9)]),
        ("Port Moresby spent K1.2 billion on roads, the Papua New Guinea treasury said.", [("PGK", 1.2e9)]),
        ("The ministry spent K4 billion on clinics.", []),  # whose kwacha, kina or kyat: no amount
        ("Nepal's budget set aside Rs 60 billion for schools.", [("NPR", 60e9)]),
        ("The scheme cost Rs 5,000 crore.", [("INR", 50e9)]),  # "Rs" with no other country: India's
    ],
)
def test_a_sign_several_countries_write_is_the_named_countrys(text: str, expected: list[tuple[str, float]]) -> None:
    found = [(c.currency, c.value) for c in claims_of(text) if isinstance(c, MoneyClaim)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        ("Each R21 dose, at $3.40, is cheap.", "R21", True),  # a name with a number
        ("The fund paid R1,200 to each family in Soweto.", "R1", False),  # the rand's letter
        ("Mines paid K38.6 billion to Zambia's treasury.", "K38.6", False),
    ],
)
def test_a_currency_letter_glued_to_an_amount_is_no_name(text: str, name: str, kept: bool) -> None:
    scopes = [c.subject.scope for c in claims_of(text) if isinstance(c, MoneyClaim)]
    assert scopes and (name in scopes[0]) is kept
