"""Dates, ranges and relative windows: find_dates on sentences, extract_dates on documents."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter

from claimcheck.claims.models import Claim, DateClaim
from claimcheck.document import Source
from claimcheck.extract import extract
from claimcheck.extract.dates import DATEPARSER_STATS, extract_dates, find_dates, range_iso
from claimcheck.extract.text import iter_units
from claimcheck.ingest.markdown import read_markdown


def doc_of(body: str, *, front: str = ""):
    text = (f"---\n{front}\n---\n\n" if front else "") + body
    return read_markdown(Source("draft.md", text))


def dates_in(text: str, **kw) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.iso()) for m in find_dates(text, **kw) if m.date is not None]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The probe is due to land in 2031.", [("2031", "2031")]),
        ("Talks resumed in March 2022 after a pause.", [("March 2022", "2022-03")]),
        ("The treaty was signed on June 5, 2019 in Geneva.", [("June 5, 2019", "2019-06-05")]),
        ("The summit opened on 14 November 2023.", [("14 November 2023", "2023-11-14")]),
        ("The programme (2026–2030) has five phases.", [("2026–2030", "2026/2030")]),
        ("Output fell between 2009 and 2012.", [("2009 and 2012", "2009/2012")]),
        ("It ran from 1961 to 1975 with breaks.", [("1961 to 1975", "1961/1975")]),
        ("Prices rose from May to August 2021.", [("May to August 2021", "2021-05/2021-08")]),
        ("The window ran Oct 3-Nov 12, 2018.", [("Oct 3-Nov 12, 2018", "2018-10-03/2018-11-12")]),
        ("Growth peaked in the 1980s.", [("1980s", "1980/1989")]),
        ("Reforms began in the mid-1970s.", [("mid-1970s", "1970/1979")]),
        ("The file is dated 2021-09-30.", [("2021-09-30", "2021-09-30")]),
        ("Deadline: 3/15/2024.", [("3/15/2024", "2024-03-15")]),
        ("He retired in 2004 and died in 2011.", [("2004", "2004"), ("2011", "2011")]),
        ("Sales in 2019 april were low.", [("2019 april", "2019-04")]),
        ("The reform of 1998 still matters.", [("1998", "1998")]),
        ("However, 2027 remains the target.", [("2027", "2027")]),
    ],
)
def test_find_dates_precision_as_written(text, expected):
    assert dates_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The factory can deliver 2000 pieces a day.",
        "The Made in China 2025 plan lists ten sectors.",
        "A LM-11 rocket and the Mate 60 phone were shown.",
        "Call +86 138-2010-2015 for details.",
        "The ratio was 4:3 and the score 30/4.85.",
        "May I ask what this is for? You may not.",
        "There were 1500 troops and 2100 km of border.",
        "Version 2.2021 of the file, item ABC-2019-X.",
        "We will march on, and the August committee agreed.",
        # numerals that belong to a proper noun: a rocket, an operation, a product
        "The crew watched Long March 5 lift off from the coast.",
        "Engineers prepared Long March 2F for its next crewed flight.",
        "Operation May 15 ended quietly.",
        "The Chang'e 6 mission and the Tianwen 3 probe share a team.",
        "Windows 10 and Python 3 run on the iPhone 15 lab bench.",
        "Rust 1.70 shipped; COVID-19 slowed work; Section 230 and Proposition 22 were debated at the G7.",
    ],
)
def test_find_dates_rejects_numbers_and_names(text):
    assert dates_in(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The rocket flew on March 5.", "March 5"),
        ("Monday March 5 was cold.", "March 5"),
        ("The March 5 deadline passed.", "March 5"),
        ("China's March 5 launch went well.", "March 5"),
        ("Updated March 5, the page said more.", "March 5"),
    ],
)
def test_month_day_after_a_lead_word_is_a_date(text, expected):
    found = find_dates(text, reference_date="2024-01-01")
    assert [text[a.start : a.end] for a in found] == [expected]


@pytest.mark.parametrize(
    "text, qualifier",
    [
        ("Since 2018, the unit has grown.", "since"),
        ("The pipeline must be built by 2030.", "by"),
        ("Nothing was known before 1990.", "before"),
        ("As of May 2024, the count was stable.", "as of"),
        ("Output doubled in early 2022.", "early"),
        ("Exports fell at the end of 2015.", "end"),
    ],
)
def test_qualifiers(text, qualifier):
    (m,) = [m for m in find_dates(text) if m.date is not None]
    assert m.qualifier == qualifier


@pytest.mark.parametrize(
    "text, amount, unit, direction, vague",
    [
        ("Prices rose in the past 12 months.", 12, "month", "past", False),
        ("Prices rose in just the past six months.", 6, "month", "past", False),
        ("Over the past ten years the sector grew.", 10, "year", "past", False),
        ("Three decades ago the plant opened.", 3, "decade", "past", False),
        ("Output fell last year.", 1, "year", "past", False),
        ("A winner may emerge within the next decade.", 1, "decade", "next", False),
        ("Over the past quarter century the firm expanded.", 25, "year", "past", False),
        ("The agency has recently changed course.", 1, "year", "past", True),
        ("In recent years the fleet has grown.", 1, "year", "past", True),
    ],
)
def test_relative_windows(text, amount, unit, direction, vague):
    rel = [m.relative for m in find_dates(text) if m.relative is not None]
    assert len(rel) == 1
    r = rel[0]
    assert (r.amount, r.unit, r.direction, r.vague, r.anchor) == (amount, unit, direction, vague, "publication")
    assert r.text.lower() in text.lower()


def test_day_first_and_month_first():
    assert dates_in("Due 04/05/2023.") == [("04/05/2023", "2023-04-05")]
    assert dates_in("Due 04/05/2023.", day_first=True) == [("04/05/2023", "2023-05-04")]
    # a first number above twelve can only be a day
    assert dates_in("Due 25/05/2023.") == [("25/05/2023", "2023-05-25")]


def test_two_digit_years_and_reference():
    assert dates_in("Seen on 7/4/41.", reference_date="2016-01-01") == [("7/4/41", "1941-07-04")]
    assert dates_in("Seen on 7/4/19.", reference_date="2016-01-01") == [("7/4/19", "2019-07-04")]
    # a yearless date takes the year written before it, else the reference year
    assert dates_in("In 2012 things moved. On July 3 the board met.") == [("2012", "2012"), ("July 3", "2012-07-03")]
    found = find_dates("On July 3 the board met.", reference_date=dt.date(2020, 5, 1))
    assert [(m.iso(), m.year_inferred) for m in found] == [("2020-07-03", True)]
    assert find_dates("On July 3 the board met.") == []


def test_range_iso_pads_the_start():
    from claimcheck.claims.models import PartialDate

    assert range_iso(PartialDate(year=2014), PartialDate(year=2018, month=5)) == "2014-01/2018-05"
    assert range_iso(PartialDate(year=2014), PartialDate(year=2018)) == "2014/2018"


def test_dateparser_only_for_unusual_orders():
    before = DATEPARSER_STATS["calls"]
    find_dates("In April 2024 and on 3 May 2024, and from 2001 to 2003, and on 2020-01-02.")
    assert DATEPARSER_STATS["calls"] == before
    assert dates_in("Filed 17-2021-March.") == [("17-2021-March", "2021-03-17")]
    assert DATEPARSER_STATS["calls"] == before + 1


# ----------------------------------------------------------------------------- documents
def test_extract_dates_events_and_supporting_footnotes():
    d = doc_of(
        "The Xuntian telescope (2027–2037) will survey the sky.[^1] The station was launched in 2021.\n\n"
        "The 2015 reform created new commands.\n\n"
        "[^1]: A. Author, “Sky survey plans,” Space Review, March 3, 2023, https://example.org/2023/03/03/sky.\n"
    )
    claims = list(extract_dates(list(iter_units(d))))
    got = [
        (c.text, c.date.iso() if c.date else None, c.end_date.iso() if c.end_date else None, c.event) for c in claims
    ]
    assert got == [
        ("2027–2037", "2027", "2037", "Xuntian telescope"),
        ("2021", "2021", None, "launched"),
        ("2015", "2015", None, "reform"),
    ]
    assert claims[0].footnotes == ("1",)


def test_footnotes_give_dates_only_from_prose():
    d = doc_of(
        "Text.[^1][^2]\n\n"
        "[^1]: As of July 2023, nine firms had filed: B. Writer, “Filings in 2022,” Daily, May 4, 2023, https://example.org/a.\n"
        "[^2]: C. Writer, “Report,” Weekly, 2021, https://example.org/2021/05/b.\n"
    )
    claims = [c for c in extract(d, kinds=["date"])]
    assert [(c.footnote, c.text, c.qualifier) for c in claims] == [("1", "July 2023", "as of")]


def test_no_dates_from_urls_cjk_or_identifiers():
    d = doc_of(
        "See https://example.org/2024/05/01/news for the 2024 figures and the 新基建2020 plan. "
        "The LM-11 and Mate 60 models shipped.\n"
    )
    claims = list(extract_dates(list(iter_units(d))))
    assert [c.text for c in claims] == ["2024"]


def test_publication_date_and_locale_from_metadata():
    d = doc_of(
        "The board met on 03/04/2024 and again on July 9.\n", front="publication_date: 2024-10-01\nlocale: en-GB"
    )
    claims = list(extract_dates(list(iter_units(d))))
    assert [(c.date.iso(), c.year_inferred) for c in claims] == [("2024-04-03", False), ("2024-07-09", True)]


def test_json_round_trip():
    d = doc_of("From 2001 to 2004, and in the past 12 months, and since June 2020.\n")
    adapter = TypeAdapter(Claim)
    claims = list(extract_dates(list(iter_units(d))))
    assert len(claims) == 3
    for c in claims:
        again = adapter.validate_json(adapter.dump_json(c))
        assert again == c and isinstance(again, DateClaim)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            list("0123456789 -/.,:()–年月ADJMNOSadejnory\n")
            + ["May ", "June ", "in ", "since ", "the ", "19", "20", "s"]
        ),
        max_size=40,
    ).map("".join)
)
def test_find_dates_never_raises(text):
    for m in find_dates(text, reference_date="2020-06-01"):
        assert 0 <= m.start < m.end <= len(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=120))
def test_claim_text_is_its_span(text):
    d = doc_of(text.replace("[^", "[").replace("\r", " ") + "\n")  # "\r\r0" crashes the markdown reader (reported)
    units = list(iter_units(d))
    for c in extract_dates(units):
        unit = next(u for u in units if u.block == c.block and u.footnote == c.footnote)
        assert c.text == unit.text[c.start : c.end]


def test_a_date_carries_the_happening_it_dates(tmp_path):
    """Issue 12: every date claim the event it dates, with its subject and who did it."""
    from claimcheck.extract import extract
    from claimcheck.ingest import load_document

    draft = tmp_path / "d.md"
    draft.write_text(
        "The Council adopted the Pact on Migration and Asylum on 14 May 2024.\n\n"
        "Since March 2020, when the well moratorium took effect, 600 wells were sealed.\n\n"
        "Since the 2022 housing law, rents have fallen.\n\n"
        "Since 2020, rents have risen.\n",
        encoding="utf-8",
    )
    dates = [c for c in extract(load_document(draft), ["date"]) if c.kind == "date"]
    got = {c.text: c.happening.model_dump(exclude_none=True) if c.happening else None for c in dates}
    assert got["14 May 2024"] == {"kind": "adoption", "what": "Pact on Migration and Asylum", "by": "Council"}
    assert got["March 2020"] == {"kind": "entry into force", "what": "well moratorium"}
    assert got["2022"] == {"kind": "adoption", "what": "housing law"}
    assert got["2020"] is None  # the start of a period dates no happening


@pytest.mark.parametrize(
    ("text", "shown", "iso"),
    [
        ("Since the downgrade last December, bonds have slid.", "last December", "2024-12"),
        ("The plant shut this March.", "this March", "2025-03"),
        ("A vote is due next May.", "next May", "2026-05"),
        ("The rally came last June.", "last June", "2025-06"),
    ],
)
def test_a_month_counted_from_the_publication_date(text: str, shown: str, iso: str) -> None:
    found = find_dates(text, reference_date="2025-07-10")
    assert [(text[m.start : m.end], m.date.iso()) for m in found] == [(shown, iso)]


@pytest.mark.parametrize(
    ("text", "shown", "part"),
    [
        ("The depot reopened late last year.", "late last year", "late"),
        ("Early last year the fund paid out.", "Early last year", "early"),
        ("It closed at the end of last year.", "the end of last year", "end"),
    ],
)
def test_a_part_of_last_year_is_the_year_before_publication(text: str, shown: str, part: str) -> None:
    found = find_dates(text, reference_date="2025-07-10")
    assert [(text[m.start : m.end], m.date.iso(), m.extra.get("part")) for m in found] == [(shown, "2024", part)]


def test_over_the_last_year_stays_a_window() -> None:
    found = find_dates("Over the last year, fares rose.", reference_date="2025-07-10")
    assert [m.kind for m in found] == ["relative"]


def test_last_december_of_a_year_is_that_year() -> None:
    text = "Prices peaked last December 2019."
    assert [text[m.start : m.end] for m in find_dates(text, reference_date="2025-07-10")] == ["December 2019"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("In 2019 the mill closed. That fall, the union sued.", ["2019", "That fall"]),
        ("In 2019 it closed and reopened that fall.", ["2019", "that fall"]),
        ("Calder has bonds that fall due in 2027.", ["2027"]),
        ("In 2019 it closed. Prices that fall sharply hurt.", ["2019"]),
    ],
)
def test_that_fall_is_a_season_only_where_no_verb_complement_follows(text: str, found: list[str]) -> None:
    assert [text[m.start : m.end] for m in find_dates(text, reference_date="2025-07-10")] == found


@pytest.mark.parametrize(
    "body, written, year, part",
    [
        # the first such season after the date before it in the paragraph
        (
            "The lease was signed in October 2022. Digging began the following spring.",
            "the following spring",
            2023,
            "spring",
        ),
        (
            "The grant came in January 2022. Planting began the following spring.",
            "the following spring",
            2022,
            "spring",
        ),
        ("The dam was finished in 2019. The previous winter had been wet.", "The previous winter", 2018, "winter"),
        ("The pier reopened in May 2021; the summer after, it burned.", "the summer after", 2021, "summer"),
        ("The study ended in March 2020. The next autumn, the team split.", "The next autumn", 2020, "autumn"),
    ],
)
def test_season_said_from_the_date_before(body, written, year, part):
    claims = [c for c in extract(doc_of(body), ["date"]).of_kind("date") if c.text == written]
    assert len(claims) == 1, [c.text for c in extract(doc_of(body), ["date"]).of_kind("date")]
    assert claims[0].date.year == year and claims[0].qualifier == part and claims[0].year_inferred


@pytest.mark.parametrize(
    "body",
    [
        "Prices rose over the following spring.",  # no date before it
        "The site closed in 2019. Visits fell during the following summer and beyond.",  # a window
        "The summer before the election was dry.",  # before what follows, not the date before
    ],
)
def test_season_from_a_date_needs_one(body):
    texts = [c.text for c in extract(doc_of(body), ["date"]).of_kind("date")]
    assert not any("summer" in t or "spring" in t for t in texts), texts


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Nine years after the panel's 2016 review, nothing had changed.", [("2016", "2016")]),
        ("Norway’s 2030 target is among the strictest.", [("2030", "2030")]),
        ("The authors' 2021 survey covered forty ports.", [("2021", "2021")]),
        ("The agency's 2019 annual report was late.", [("2019", "2019")]),
    ],
)
def test_a_year_after_a_possessive_names_what_the_owner_did(text, expected):
    """A year between a possessive and a noun ("the panel's 2016 review") is a date."""
    assert dates_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The firm's 2000 staff were paid late.",  # a round number: a count as often as a year
        "The plant's 2400 tonnes of steel were sold.",
        "The county's 2019 of them were counted.",  # no noun after it
        "The fleet's 1850 boats are old.",
    ],
)
def test_a_number_after_a_possessive_that_is_no_year(text):
    assert dates_in(text) == []


def _table_rows(tmp_path, markdown: str) -> list[tuple[int, str, str]]:
    from claimcheck.extract.dates import table_row_dates
    from claimcheck.ingest import load_document

    path = tmp_path / "t.md"
    path.write_text(markdown, encoding="utf-8")
    return [(c.location.line, c.text, c.sentence) for c in table_row_dates(load_document(path))]


def test_table_rows_with_a_label_and_one_date_read_as_the_label_happening(tmp_path):
    found = _table_rows(
        tmp_path,
        "| Stage | Date | Share |\n|---|---|---|\n| Commissioning | 5 May 2021 | 40% |\n"
        "| Entry into force | 1 July 2022 | 60% |\n| Final audit | March 2023 | 100% |\n",
    )
    assert found == [
        (3, "5 May 2021", "The commissioning on 5 May 2021"),
        (4, "1 July 2022", "The entry into force on 1 July 2022"),
        (5, "March 2023", "The final audit on March 2023"),
    ]


def test_table_rows_of_figures_by_year_or_two_dates_or_a_numbered_label_are_not_read(tmp_path):
    found = _table_rows(
        tmp_path,
        "| Item | 2021 | 2022 |\n|---|---|---|\n| Visitors | 9,100 | 9,800 |\n"
        "| Works | 3 May 2021 | 9 June 2022 |\n| Phase 2 | 3 May 2021 | |\n| 2020 | 4 June 2020 | |\n"
        "| Reopening | after the 2021 repairs | |\n",
    )
    assert found == []


def test_table_row_label_keeps_a_name_the_prose_writes_capitalised(tmp_path):
    found = _table_rows(
        tmp_path,
        "The agency built the Selene lander in Askvik.\n\n"
        "| Event | Date |\n|---|---|\n| Selene landing | 22 March 2024 |\n| Landing | 23 March 2024 |\n",
    )
    assert [s for _, _, s in found] == ["The Selene landing on 22 March 2024", "The landing on 23 March 2024"]


@pytest.mark.parametrize(
    "text, span",
    [
        ("A chase plane filmed the 19 April 2021 separation.", "19 April 2021"),
        ("Since the 4 May 2020 closure, trains stop at Orle.", "4 May 2020"),
        ("It reopened on the 19th of April 2021.", "the 19th of April 2021"),
        ("The pier was finished on the 3rd June 2019.", "the 3rd June 2019"),
        ("The vote was held on the 3 of June 2020.", "the 3 of June 2020"),
    ],
)
def test_the_before_a_day_is_the_dates_only_with_an_ordinal_or_of(text, span):
    assert [text[a.start : a.end] for a in find_dates(text)] == [span]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bank cut the crawl to 1% a month from 1 February 2025.", "2025-02-01"),
        ("Fees rose to €40 a year from 1 March 2024.", "2024-03-01"),
        ("Inspections ran twice a month from 3 June 2025.", "2025-06-03"),
        ("Prices rose 2 per cent a year from 1 January 2020.", "2020-01-01"),
        # near misses: an offset with no rate before it is still an offset
        ("The contract ends a month from 3 June 2025.", "2025-07-03"),
        ("Payment falls due 30 days from 1 March 2024.", "2024-03-31"),
    ],
)
def test_a_rate_before_a_month_is_no_offset_of_the_date(text, expected):
    assert [iso for _, iso in dates_in(text)] == [expected]
