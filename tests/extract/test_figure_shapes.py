"""Shapes of writing whose figures the readers used to miss or misread: a bare fraction of a
scale, the base of a rate, a share with a participle after it, "all N of the ...", a
collective label before a colon, counting acronyms, and table rows that give their own unit
or name the things counted under period columns."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.claims.models import CountClaim
from claimcheck.extract import extract
from claimcheck.extract.numbers import find_numbers
from claimcheck.extract.numeric import analyse, table_cells, table_figures, word_shares
from claimcheck.extract.text import TextUnit, iter_units
from claimcheck.document import Source
from claimcheck.ingest.markdown import read_markdown
from claimcheck.ingest.pdftext import read_pdf_text


def _doc(text: str):
    return read_pdf_text(Source("draft.txt", text))


def _counts(text: str) -> list[tuple[float, str]]:
    return [(c.value, c.thing) for c in extract(_doc(text), kinds=["count"]) if isinstance(c, CountClaim)]


def _shares(text: str) -> list[tuple[float, str | None]]:
    return [(round(w.value, 1), w.qualifier) for w in word_shares(iter_units(_doc(text)))]


# ===================================================== a bare fraction of a scale
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The fund now looks after the quarter of a million dormant accounts.", 250_000),
        ("Its third of a billion pounds went on roads.", 1e9 / 3),
        ("They planted the tenth of a million saplings they had promised.", 100_000),
        ("Ministers promised a quarter of a million homes.", 250_000),  # the article form, as before
    ],
)
def test_a_bare_fraction_of_a_scale_is_that_fraction(text: str, value: float) -> None:
    got = [n.value for n in find_numbers(text)]
    assert got == [pytest.approx(value)]


@pytest.mark.parametrize(
    "text",
    [
        "Sales in the third quarter of a million-unit year were slow.",  # an ordinal quarter
        "Each quarter of a thousand-page report was read.",
        "The quarter of the year ended badly.",  # no scale: a period
    ],
)
def test_a_quarter_that_is_a_period_is_no_fraction(text: str) -> None:
    assert not any(n.value == pytest.approx(250) or 0 < n.value < 1 for n in find_numbers(text))
    assert not any(n.value in (250_000, 250) for n in find_numbers(text))


@given(st.sampled_from(["quarter", "third", "fifth", "tenth"]), st.sampled_from(["thousand", "million", "billion"]))
def test_the_fraction_of_a_scale_is_the_scale_over_the_denominator(frac: str, scale: str) -> None:
    den = {"quarter": 4, "third": 3, "fifth": 5, "tenth": 10}[frac]
    size = {"thousand": 1e3, "million": 1e6, "billion": 1e9}[scale]
    text = f"They counted the {frac} of a {scale} visitors."
    assert [n.value for n in find_numbers(text)] == [pytest.approx(size / den)]


# ===================================================== the base of a rate counts nothing
@pytest.mark.parametrize(
    "text",
    [
        "The survey found only one in three dairy farms had a covered store.",
        "Fewer than six in ten rural homes can order full fibre.",
        "Roughly 1 in 4 outpatients waited more than a month.",
        "About 3 out of 10 apprentices left in their first year.",
    ],
)
def test_the_base_of_a_rate_is_no_count(text: str) -> None:
    assert _counts(text) == []
    assert len(_shares(text)) == 1


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a base that is no round rate is a real group: "45 out of 120 beds" has 120 beds
        ("On the ward, 45 out of 120 beds were empty.", 120),
        ("Of 640 riders, 210 out of 640 riders paid the full fare.", 640),
    ],
)
def test_a_base_that_is_no_round_rate_still_counts(text: str, count: int) -> None:
    assert count in [v for v, _ in _counts(text)]


@given(st.integers(min_value=1, max_value=9), st.sampled_from([2, 3, 4, 5, 6, 8, 10, 100]))
def test_no_rate_base_is_ever_a_count(n: int, m: int) -> None:
    if n >= m:
        return
    text = f"Across the county, {n} in {m} households rent privately."
    assert _counts(text) == []


# ===================================================== a share with a participle after it
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Last winter roughly one departure in four leaving the depot ran late.", 25.0),
        ("One adult in six living alone reported loneliness.", 16.7),
        ("One pupil in five arriving after nine was marked late.", 20.0),
        ("Fewer than one borrower in ten behind on payments was contacted.", 10.0),
        ("One driver in four without a permit was fined.", 25.0),
    ],
)
def test_a_split_share_before_a_participle(text: str, value: float) -> None:
    assert [v for v, _ in _shares(text)] == [value]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Nearly two members in five voted.", "nearly"),
        ("More than half of the stations reopened.", "more than"),
        ("Roughly one household in three was renting.", "about"),
    ],
)
def test_a_hedge_before_a_share_sets_its_range(text: str, qualifier: str) -> None:
    assert [q for _, q in _shares(text)] == [qualifier]


@pytest.mark.parametrize(
    "text",
    [
        "One school in ten buildings had damp.",  # a noun in -ing after the base
        "Every one of the four depots reopened.",  # "one of the four" is no share
        "The bank completed a third round of funding.",  # an ordinal
        "Results for the half-year were flat.",
    ],
)
def test_no_share_where_the_words_say_none(text: str) -> None:
    assert _shares(text) == []


# ===================================================== "all N of the ..."
@pytest.mark.parametrize(
    ("text", "value", "thing"),
    [
        ("Training was opened to all nine hundred of the college's lecturers.", 900, "lecturers"),
        ("All 40 of its branches will close on Sundays.", 40, "branches"),
        ("Inspectors visited all 12 of the trust's hospitals.", 12, "hospitals"),
    ],
)
def test_all_n_of_the_whole_counts_the_whole(text: str, value: int, thing: str) -> None:
    assert (value, thing) in _counts(text)


@pytest.mark.parametrize("text", ["All three of them agreed to stay.", "All 40 of us went home early."])
def test_all_n_of_a_pronoun_counts_nothing(text: str) -> None:
    assert _counts(text) == []


# ===================================================== a collective label before a colon
@pytest.mark.parametrize(
    ("text", "value", "thing"),
    [
        ("## Key facts\n\n- Population served: 1,150,000\n- Reservoirs: 12\n", 1_150_000, "inhabitants"),
        ("## At a glance\n\n- Sites: 14\n- Workforce: about 2,400\n", 2400, "workers"),
        ("## Summary\n\n- Membership: 56,300\n- Funding level: 98%\n", 56_300, "members"),
    ],
)
def test_a_collective_label_counts_its_members(text: str, value: int, thing: str) -> None:
    assert (value, thing) in _md_counts(text)


def test_a_label_that_is_no_collective_counts_nothing() -> None:
    assert _md_counts("## Key facts\n\n- Turnover: 41,000\n- Opened: 1998\n") == []


def _md_counts(text: str) -> list[tuple[float, str]]:
    doc = read_markdown(Source("draft.md", text))
    return [(c.value, c.thing) for c in extract(doc, kinds=["count"]) if isinstance(c, CountClaim)]


# ===================================================== counting acronyms
@pytest.mark.parametrize(
    ("text", "value", "thing"),
    [
        ("The terminal handled 628,000 TEU last year.", 628_000, "TEU"),
        ("The service employs 410 FTE.", 410, "FTE"),
        ("It now has 95 FTE nurses.", 95, "FTE nurses"),
    ],
)
def test_counting_acronyms_are_counted_things(text: str, value: int, thing: str) -> None:
    assert (value, thing) in _counts(text)


# ===================================================== table rows
def _table(markdown: str) -> list[tuple[str, float, str]]:
    doc = read_markdown(Source("t.md", markdown))
    article = doc.articles[0]
    units = [
        TextUnit(doc=doc, article=article.index, text=b.text, owner=b, block=i)
        for i, b in enumerate(article.blocks)
        if b.kind.name == "table"
    ]
    out = []
    for claim, _label in table_figures(table_cells(units)):
        said = getattr(claim, "thing", None) or getattr(claim, "unit", None) or claim.currency
        out.append((claim.sentence, claim.value, said))
    return out


def test_a_row_label_gives_its_unit_under_year_columns() -> None:
    got = _table(
        "| Indicator | 2023 | 2024 |\n|---|---|---|\n| Freight moved (TEU) | 301,000 | 344,000 |\n"
        "| Fuel burnt (tonnes) | 1,200 | 1,350 |\n"
    )
    assert ("Freight moved: 344,000 TEU in 2024", 344_000, "TEU") in got
    assert ("Fuel burnt: 1,350 tonnes in 2024", 1350, "metric_ton") in got


def test_a_row_label_names_the_things_counted_in_a_table_of_measures() -> None:
    got = _table("| Indicator (2025) | Value |\n|---|---|\n| Visiting patients | 81,200 |\n| Budget (£m) | 14.5 |\n")
    assert ("81,200 visiting patients in 2025", 81_200, "visiting patients") in got
    assert any(s.startswith("Budget: £14.5 million") and v == 14.5e6 for s, v, _ in got)


def test_a_row_of_kinds_is_no_count() -> None:
    # under "Cargo" a label names a kind of cargo; its tonnes are said elsewhere
    got = _table("| Cargo | 2024 |\n|---|---|\n| Wood pellets | 2,300 |\n| Grain cargoes | 640 |\n")
    assert got == []


def test_a_figure_column_with_no_period_is_left_alone() -> None:
    got = _table("| Indicator | Low | High |\n|---|---|---|\n| Staff (FTE) | 120 | 140 |\n")
    assert got == []


def test_a_currency_like_unit_in_a_header_is_no_money() -> None:
    got = _table("| Berth | Capacity (TEU) |\n|---|---|\n| North quay | 90,000 |\n")
    assert got == [("North quay, Capacity: 90,000 TEU", 90_000, "TEU")]


def test_mentions_of_a_table_sentence_are_read_like_prose() -> None:
    # the row read as a clause is read by the same reader as prose
    assert [(m.kind, m.value) for m in analyse("Freight moved: 344,000 TEU in 2024")] == [("count", 344_000)]


# ===================================================== the label a figure stands under
def _labels(markdown: str) -> list[tuple[str, str | None]]:
    doc = read_markdown(Source("draft.md", markdown))
    return [(c.text, c.label) for c in extract(doc, kinds=["money", "quantity", "count"])]


@pytest.mark.parametrize(
    ("markdown", "text", "label"),
    [
        ("## Key figures\n\n- Employer rate: 23.1%\n- Staff: 310\n", "23.1%", "Employer rate"),
        ("## At a glance\n\n- Length of mains: 9,700 km\n- Sites: 4\n", "9,700 km", "Length of mains"),
        ("## Summary\n\n- Budget (2025-26): about £3.2 million\n- Posts: 12\n", "£3.2 million", "Budget"),
    ],
)
def test_a_key_figure_line_labels_its_figure(markdown: str, text: str, label: str) -> None:
    assert (text, label) in _labels(markdown)


@pytest.mark.parametrize(
    "markdown",
    [
        "The result was clear: 40 people came.\n",
        "One thing stands out: the port moved 41,000 tonnes more than planned in the spring of that year.\n",
        "The council spent £4 million on roads in 2024.\n",
    ],
)
def test_a_figure_in_a_sentence_has_no_label(markdown: str) -> None:
    assert all(label is None for _, label in _labels(markdown))


def test_a_table_figure_is_labelled_by_its_row() -> None:
    doc = read_markdown(
        Source("t.md", "| Indicator | 2023 | 2024 |\n|---|---|---|\n| Freight moved (TEU) | 301,000 | 344,000 |\n")
    )
    article = doc.articles[0]
    units = [
        TextUnit(doc=doc, article=article.index, text=b.text, owner=b, block=i)
        for i, b in enumerate(article.blocks)
        if b.kind.name == "table"
    ]
    assert {c.label for c, _ in table_figures(table_cells(units))} == {"Freight moved"}


# ===================================================== figures in headings
def _heading_counts(markdown: str) -> list[tuple[float, str]]:
    doc = read_markdown(Source("draft.md", markdown + "\nSome words of the body follow here.\n"))
    return [(c.value, c.thing) for c in extract(doc, kinds=["count"]) if isinstance(c, CountClaim)]


@pytest.mark.parametrize(
    ("heading", "value", "thing"),
    [
        ("## A 480-place school for the new estate", 480, "places"),
        ("## Why the trust's 3,200 nurses went on strike", 3200, "nurses"),
        ("## Key numbers: 65,000 members", 65_000, "members"),
    ],
)
def test_a_heading_states_its_figure(heading: str, value: int, thing: str) -> None:
    assert [(v, t) for v, t in _heading_counts(heading) if v == value] == [(value, thing)]


@pytest.mark.parametrize(
    "heading",
    ["## Gallery: the new bridge | 14 Photos", "## 12 Comments", "## 4 Results and discussion", "## 3.2 Funding"],
)
def test_a_heading_counter_or_numbering_is_no_figure(heading: str) -> None:
    assert _heading_counts(heading) == []
