"""Two shapes ``benchmarks/extraction_audit.py --sides`` found read wrongly or not at all:
a span of time written in parts ("1 hour 32 minutes") is one figure, and a split year
("2024-25", "FY2023/24") is a date. Own-words cases, three phrasings or more each, and traps
that look alike and must stay as they were."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.document import Source
from claimcheck.extract.dates import find_dates
from claimcheck.extract.numeric import analyse, word_shares
from claimcheck.extract.text import iter_units, new_document
from claimcheck.ingest.markdown import read_markdown

REF = dt.date(2025, 6, 1)


def spans(text: str) -> list[tuple[str, float, str | None]]:
    return [(text[m.start : m.end], m.value, m.unit) for m in analyse(text) if m.kind == "quantity"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Average handling time rose to 2 hours 14 minutes last winter.", [("2 hours 14 minutes", 134, "minute")]),
        ("The ferry was held in port for 3 days and 5 hours.", [("3 days and 5 hours", 77, "hour")]),
        ("Repairs took 2 weeks, 4 days in all.", [("2 weeks, 4 days", 18, "day")]),
        ("A typical call lasts 1 hr 7 min on the night line.", [("1 hr 7 min", 67, "minute")]),
        ("The record lap was 1 minute 41 seconds.", [("1 minute 41 seconds", 101, "second")]),
    ],
)
def test_a_span_written_in_parts_is_one_figure(text: str, expected: list) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two spans of one unit: two figures
        (
            "Crews must arrive within 8 minutes and 19 minutes.",
            [("8 minutes", 8, "minute"), ("19 minutes", 19, "minute")],
        ),
        # the larger unit after the smaller: two figures
        ("It took 40 minutes and 2 hours.", [("40 minutes", 40, "minute"), ("2 hours", 2, "hour")]),
        # a sentence break between them
        ("The wait was 2 hours; 45 minutes is the target.", [("2 hours", 2, "hour"), ("45 minutes", 45, "minute")]),
        # a fraction of the larger unit is no part of a compound
        ("They waited 1.5 hours 10 minutes longer.", [("1.5 hours", 1.5, "hour"), ("10 minutes", 10, "minute")]),
    ],
)
def test_spans_that_are_not_one_compound_stay_apart(text: str, expected: list) -> None:
    assert spans(text) == expected


@given(st.integers(1, 23), st.integers(1, 59), st.sampled_from([" ", " and ", ", "]))
def test_a_compound_span_adds_up_in_its_smaller_unit(hours: int, minutes: int, join: str) -> None:
    text = f"The median wait was {hours} hours{join}{minutes} minutes in March."
    found = spans(text)
    assert found == [(f"{hours} hours{join}{minutes} minutes", hours * 60 + minutes, "minute")]


def dates(text: str) -> list[tuple[str, int, int | None]]:
    out = []
    for a in find_dates(text, reference_date=REF):
        assert a.date is not None
        out.append((text[a.start : a.end], a.date.year, a.end_date.year if a.end_date else None))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The grant budget for 2023-24 was cut.", [("2023-24", 2023, 2024)]),
        ("In 2021/22 the agency missed its target.", [("2021/22", 2021, 2022)]),
        ("Sales in FY2022/23 fell sharply.", [("FY2022/23", 2022, 2023)]),
        ("Losses narrowed in fiscal 2019-20.", [("fiscal 2019-20", 2019, 2020)]),
        ("Enrolment over 2024–25 was the highest yet.", [("2024–25", 2024, 2025)]),
    ],
)
def test_a_split_year_is_a_date(text: str, expected: list) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The plan for 2024-27 is out.",  # three years: no one year running into the next
        "See pages 2018-19 of the annex.",  # places in a text
        "Read paragraphs 2001/02 and on.",
        "The index rose by 2,024-25 points.",  # a figure, not a year
    ],
)
def test_what_only_looks_like_a_split_year_is_none(text: str) -> None:
    assert all(
        text[a.start : a.end] not in ("2024-27", "2018-19", "2001/02", "2,024-25")
        for a in find_dates(text, reference_date=REF)
    )
    assert not any(
        a.end_date is not None and a.end_date.year == a.date.year + 1
        for a in find_dates(text, reference_date=REF)
        if a.date
    )


@given(st.integers(1950, 2098).filter(lambda y: not 1 <= (y + 1) % 100 <= 12))
def test_every_split_year_reads_as_the_year_and_the_next(year: int) -> None:
    # (2000-01 to 2011-12 are read as a year and a month, as before: ISO writes them so)
    written = f"{year}-{(year + 1) % 100:02d}"
    assert dates(f"Spending in {written} rose.") == [(written, year, year + 1)]


@given(st.integers(1950, 2090), st.integers(2, 9))
def test_years_further_apart_are_no_split_year(year: int, gap: int) -> None:
    written = f"{year}-{(year + gap) % 100:02d}"
    found = find_dates(f"Spending in {written} rose.", reference_date=REF)
    assert not any(a.end_date is not None and a.date is not None and a.end_date.year == year + 1 for a in found)


# ----------------------------------------------------------------- "that July"
@pytest.mark.parametrize(
    ("text", "said", "year", "month"),
    [
        ("Reservoirs were low in March 2022 and ran dry that August.", "August", 2022, 8),
        ("The depot opened in 2019. That November the first buses left it.", "November", 2019, 11),
        ("Prices were capped in 2021; that October, suppliers failed.", "October", 2021, 10),
    ],
)
def test_that_month_is_the_month_of_the_year_in_context(text: str, said: str, year: int, month: int) -> None:
    found = [a for a in find_dates(text, reference_date=REF) if text[a.start : a.end].rstrip(".,") == said]
    assert len(found) == 1 and found[0].date is not None
    assert (found[0].date.year, found[0].date.month) == (year, month)


@pytest.mark.parametrize(
    "text",
    [
        "In 2020 she wrote that June Adeyemi had resigned.",  # a given name
        "In 2020 he argued that May was the wettest month.",  # a verb-like month name after 'that'
        "In 2020 the minister said that March would be hard.",
    ],
)
def test_that_before_a_name_or_a_verb_like_month_is_no_date(text: str) -> None:
    assert [text[a.start : a.end] for a in find_dates(text, reference_date=REF)] == ["2020"]


# ----------------------------------------------------------------- "350-odd"
def counts(text: str) -> list[tuple[float, str | None, str | None]]:
    return [(m.value, m.thing, m.qualifier) for m in analyse(text) if m.kind == "count"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 350-odd charities in the scheme report yearly.", [(350, "charities", "about")]),
        ("Some thirty-odd harbours still lack a crane.", [(30, "harbours", "about")]),
        ("The union's 1,200-odd members voted in May.", [(1200, "members", "about")]),
    ],
)
def test_a_number_hedged_with_odd_counts_its_noun(text: str, expected: list) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The shop closed forty-odd years ago.",  # a time
        "The 350-odd were angry.",  # no noun
        "Seven odd socks were found.",  # 'odd' an adjective of the noun, no hedge
    ],
)
def test_odd_that_hedges_no_count_of_a_noun_is_no_hedged_count(text: str) -> None:
    assert all(q != "about" for _, _, q in counts(text))


# ----------------------------------------------------------------- odds, not shares
def shares(text: str) -> list[tuple[str, float]]:
    new_document()
    doc = read_markdown(Source("t.md", text))
    return [(w.text, w.value) for w in word_shares(list(iter_units(doc)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One in eight of the county's bridges needs work.", [("One in eight", 12.5)]),
        ("Roughly one tenant in four is behind on rent.", [("one tenant in four", 25.0)]),
        ("Nearly one in twenty of the pumps failed.", [("one in twenty", 5.0)]),
    ],
)
def test_a_share_in_words_is_read(text: str, expected: list) -> None:
    assert shares(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Winning was a one in a million chance.",
        "It was called a one in a hundred years event.",
        "They had one in a thousand odds of finding it.",
    ],
)
def test_odds_are_no_share(text: str) -> None:
    assert shares(text) == []


# ----------------------------------------------------------------- a noun's own phrase before its period
def periods(text: str) -> list[tuple[float, str | None, tuple[str, ...]]]:
    from claimcheck.extract import extract

    doc = read_markdown(Source("t.md", text + "\n"))
    return [
        (c.value, getattr(c, "thing", None), c.subject.period if c.subject else ())
        for c in extract(doc, ("count", "quantity")).claims
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Inspectors took 6,300 swabs from dairy herds in 2024, up from 4,100 in 2023.",
            [(6300, "swabs", ("2024",)), (4100, "swabs", ("2023",))],
        ),
        (
            "The hotline logged 820 calls from worried parents in 2022, down from 1,050 in 2021.",
            [(820, "calls", ("2022",)), (1050, "calls", ("2021",))],
        ),
        (
            "The mill bought 7,400 tonnes from Ghana in 2023, compared with 6,900 tonnes in 2022.",
            [(7400, None, ("2023",)), (6900, None, ("2022",))],
        ),
    ],
)
def test_a_phrase_after_the_noun_keeps_the_period_and_the_earlier_value(text: str, expected: list) -> None:
    assert periods(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare "from" before a figure: a change from one figure to the other, both read
        ("Ridership rose from 8,200 trips to 9,900 trips in 2024.", [(8200, "trips"), (9900, "trips")]),
        ("The fund grew from 310 grants in 2021 to 450 grants.", [(310, "grants"), (450, "grants")]),
        ("The depot sent 40 vans from 3 towns in 2024.", [(40, "vans"), (3, "towns")]),
    ],
)
def test_from_before_a_figure_still_reads_both_figures(text: str, expected: list) -> None:
    assert [(v, t) for v, t, _ in periods(text)] == expected


# ----------------------------------------------------------------- ", according to ..."
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the source's cadence is no rate of the figure, its other dates not the figure's
        (
            "The fund paid for 2,750 boilers in 2024, according to the agency's weekly bulletin, "
            "its best year since it opened in 2019.",
            [(2750, "boilers", ("2024",))],
        ),
        (
            "Ferries carried 61,000 cars in 2023, according to quarterly figures from the port.",
            [(61000, "cars", ("2023",))],
        ),
        # the source's year dates a figure whose clause gives none
        ("The league trained 430 referees, according to its annual review for 2022.", [(430, "referees", ("2022",))]),
        ("Volunteers planted 9,800 trees, according to the council's 2021 report.", [(9800, "trees", ("2021",))]),
    ],
)
def test_an_attribution_gives_no_period_but_its_year(text: str, expected: list) -> None:
    assert periods(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The depot now runs 210 trams, according to the operator, and the city wants 400 by 2040.",
        "Growers planted 3,300 hectares, according to the ministry; the target for 2030 is higher.",
        "The clinic saw 9,400 patients, according to its staff, but funding ends in 2027.",
    ],
)
def test_a_year_after_the_attribution_s_clause_is_not_the_source_s(text: str) -> None:
    assert periods(text)[0][2] == ()


def test_a_period_said_before_the_attribution_is_still_the_figure_s() -> None:
    # (trap: an attribution opening the sentence stays in the figure's clause, as before)
    text = "According to the 2020 census, 5,400 people live in the valley."
    assert periods(text) == [(5400, "people", ("2020",))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "from" right before the next figure still sets the two apart, as before: the
        # period after the second figure stays the second's
        ("The ministry sent 90 vets from 14 provinces in 2023.", [(90, "vets", ()), (14, "provinces", ("2023",))]),
        (
            "The charity flew 35 nurses from 8 countries, deployed from early March.",
            [(35, "nurses", ()), (8, "countries", ("march",))],
        ),
        ("Rangers moved 60 rhinos from about 5 reserves in 2021.", [(60, "rhinos", ()), (5, "reserves", ("2021",))]),
    ],
)
def test_from_right_before_a_figure_still_parts_the_periods(text: str, expected: list) -> None:
    assert periods(text) == expected


# ----------------------------------------------------------------- troy ounces
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The refinery poured 640,000 troy ounces last year.", [(640000, "troy_ounce")]),
        ("Reserves stand at 1.8 million troy ounces of silver.", [(1.8e6, "troy_ounce")]),
        ("A bar weighs about 400 troy ounces.", [(400, "troy_ounce")]),
        # traps: other ounces keep their units
        ("The bottle holds 12 fluid ounces.", [(12, "fluid_ounce")]),
        ("The parcel weighed 9 ounces.", [(9, "ounce")]),
    ],
)
def test_a_troy_ounce_is_a_unit(text: str, expected: list) -> None:
    assert [(m.value, m.unit) for m in analyse(text) if m.kind == "quantity"] == expected
    assert [m for m in analyse(text) if m.kind == "count"] == []
