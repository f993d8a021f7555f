"""Front matter as site generators write it: YAML and TOML, dates in every common form,
and never a refusal over metadata (a notice instead)."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.document import BlockKind, Source
from claimcheck.ingest.common import read_date
from claimcheck.ingest.markdown import read_markdown


def md(text: str, path: str = "d.md"):
    return read_markdown(Source(path, text))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-02-18", dt.date(2025, 2, 18)),
        ("09-29-2022", dt.date(2022, 9, 29)),  # month first, as US sites write it
        ("07-12-2022", dt.date(2022, 7, 12)),  # ambiguous: read month first (documented)
        ("3-3-2025", dt.date(2025, 3, 3)),
        ("13-07-2022", dt.date(2022, 7, 13)),  # a first number over 12 can only be a day
        ("12.07.2022", dt.date(2022, 7, 12)),  # dotted dates are day first
        ("'2014-05-29T17:15:00-04:00'", dt.date(2014, 5, 29)),
        ("2016-03-21 12:00:00 -4", dt.date(2016, 3, 21)),
        ("2016-03-21 23:30:00 -4", dt.date(2016, 3, 21)),  # the day as written, not UTC's
        ("2013-04-19 11:45:50 -0400", dt.date(2013, 4, 19)),
        ("December 4, 2024", dt.date(2024, 12, 4)),
        ("4 Dec 2024", dt.date(2024, 12, 4)),
    ],
)
def test_yaml_dates_in_every_common_form(value, expected):
    doc = md(f"---\ntitle: Grid notes\ndate: {value}\n---\n\nStorage doubled.\n")
    assert doc.metadata.publication_date == expected
    assert doc.notices == ()


@pytest.mark.parametrize("value", ["last spring", "yesterday", "March 2024", "02-30-2022", "[1, 2]"])
def test_a_value_that_is_no_day_is_a_notice_and_the_draft_is_read(value):
    doc = md(f"---\ntitle: Grid notes\ndate: {value}\n---\n\nStorage doubled.\n")
    assert doc.metadata.publication_date is None
    (notice,) = doc.notices
    assert notice.location.line == 3 and "'date'" in notice.message
    assert [b.text for b in doc.iter_blocks(prose_only=True)] == ["Storage doubled."]


def test_read_date_directly():
    assert read_date(dt.datetime(2016, 3, 21, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-4)))) == dt.date(
        2016, 3, 21
    )
    assert read_date(dt.date(2020, 1, 2)) == dt.date(2020, 1, 2)
    assert read_date(20200102) is None
    assert read_date("07-12-2022", order="DMY") == dt.date(2022, 12, 7)


def test_toml_front_matter_is_metadata_not_body():
    doc = md(
        '+++\ntitle = "Release notes"\ndate = 2024-05-02\n\n[extra]\nflag = true\n+++\n\nThe release ships today.\n'
    )
    assert doc.metadata.title == "Release notes"
    assert doc.metadata.publication_date == dt.date(2024, 5, 2)
    assert [b.text for b in doc.iter_blocks(prose_only=True)] == ["The release ships today."]
    assert [b.kind for b in doc.iter_blocks()][0] is BlockKind.front_matter


def test_toml_offset_datetime_keeps_its_own_day():
    doc = md("+++\ndate = 2024-05-02T22:00:00-07:00\n+++\nText.\n")
    assert doc.metadata.publication_date == dt.date(2024, 5, 2)


@pytest.mark.parametrize(
    ("key", "found"),
    [("published", True), ("pubDate", True), ("publishDate", True), ("lastmod", False), ("updated", False)],
)
def test_which_keys_are_the_publication_date(key, found):
    doc = md(f"---\n{key}: 2021-06-01\n---\nText.\n")
    assert (doc.metadata.publication_date == dt.date(2021, 6, 1)) is found


def test_publication_date_key_wins_over_date():
    doc = md("---\ndate: 2021-06-01\npublication_date: 2021-06-03\n---\nText.\n")
    assert doc.metadata.publication_date == dt.date(2021, 6, 3)


def test_front_matter_is_never_body_text():
    doc = md("---\ntitle: Notes\nsummary: Costs fell 40% in 2023.\n---\n\nCosts fell.\n")
    assert [b.text for b in doc.iter_blocks(prose_only=True)] == ["Costs fell."]


def test_unclosed_front_matter_keeps_its_key_lines_and_reads_the_body():
    doc = md("---\ntitle: Notes\ndate: 2021-06-01\nCosts fell by half.\n")
    assert doc.metadata.publication_date == dt.date(2021, 6, 1)
    assert "never closed" in doc.notices[0].message
    assert [b.text for b in doc.iter_blocks(prose_only=True)] == ["Costs fell by half."]


def test_non_string_title_is_read_as_text():
    assert md("---\ntitle: 2024\n---\nText.\n").metadata.title == "2024"


def test_jekyll_file_name_and_dated_permalink_give_the_date_when_front_matter_does_not():
    assert md("---\ntitle: x\n---\nText.\n", "_posts/2014-11-26-a-post.md").metadata.publication_date == dt.date(
        2014, 11, 26
    )
    doc = md('+++\npath = "2021/07/29/a-release"\n+++\nText.\n')
    assert doc.metadata.publication_date == dt.date(2021, 7, 29)
    assert md("---\ndate: 2020-01-01\n---\nText.\n", "2014-11-26-a.md").metadata.publication_date == dt.date(2020, 1, 1)


def test_ymd_date_reads_groups_and_refuses_impossible_days():
    import datetime as dt
    import re

    from claimcheck.ingest.common import ymd_date

    pattern = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
    assert ymd_date(pattern.match("2024-2-29")) == dt.date(2024, 2, 29)
    assert ymd_date(pattern.match("2023-02-29")) is None
