"""Citations in footnote bodies: split, parsed, dates at written precision, archive links."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter

from claimcheck.claims.models import CitationClaim, Claim
from claimcheck.document import Source
from claimcheck.extract.citations import extract_citations, footnote_parts, parse_citation
from claimcheck.extract.text import iter_units
from claimcheck.ingest.markdown import read_markdown


def cites(*notes: str) -> list[CitationClaim]:
    body = "Text." + "".join(f"[^{i}]" for i in range(1, len(notes) + 1)) + "\n\n"
    body += "".join(f"[^{i}]: {n}\n" for i, n in enumerate(notes, start=1))
    d = read_markdown(Source("draft.md", body))
    return list(extract_citations(list(iter_units(d))))


def test_english_citation_with_two_authors():
    (c,) = cites(
        "Li Wen and Maria Ortiz, “Orbital debris and the new launch race,” Space Policy Review, March 14, 2023, https://example.org/debris."
    )
    assert c.number == 1
    assert c.authors == ("Li Wen", "Maria Ortiz")
    assert c.title == "Orbital debris and the new launch race"
    assert c.outlet == "Space Policy Review"
    assert c.date.iso() == "2023-03-14" and c.date.precision == "day"
    assert c.url == "https://example.org/debris"
    assert c.archive_url is None


def test_cjk_title_with_translation_and_month_precision():
    (c,) = cites(
        "Zhou Ping, “卫星互联网的发展路径” [The development path of satellite internet], Economic Daily, August 2022, https://example.cn/a/2022_08/x.shtml."
    )
    assert c.title == "卫星互联网的发展路径"
    assert c.translated_title == "The development path of satellite internet"
    assert c.outlet == "Economic Daily"
    assert c.date.iso() == "2022-08" and c.date.precision == "month"
    assert c.url == "https://example.cn/a/2022_08/x.shtml"


def test_three_authors_and_institution_author():
    a, b = cites(
        "Han Lei, Guo Min, and Sun Yue, “A study of launch costs,” Journal of Aerospace Economics, 2021.",
        "National Bureau of Space Statistics, “Annual report,” NBSS, June 2, 2020, https://example.org/r.",
    )
    assert a.authors == ("Han Lei", "Guo Min", "Sun Yue")
    assert a.date.iso() == "2021" and a.url is None
    assert a.outlet == "Journal of Aerospace Economics"
    assert b.authors == ("National Bureau of Space Statistics",)


def test_semicolon_splits_two_citations_and_archive_link():
    cs = cites(
        "“First piece,” Outlet One, May 2, 2021, https://one.example/p; "
        "Ann Lee, “Second piece,” Outlet Two, 9 June 2022, "
        "https://web.archive.org/web/20230105123456/https://two.example/q.html."
    )
    assert [c.title for c in cs] == ["First piece", "Second piece"]
    first, second = cs
    assert first.date.iso() == "2021-05-02" and first.url == "https://one.example/p"
    assert second.date.iso() == "2022-06-09"
    assert second.url == "https://two.example/q.html"
    assert second.archive_url == "https://web.archive.org/web/20230105123456/https://two.example/q.html"
    # the capture time is not the publication date
    assert second.archive_captured == dt.datetime(2023, 1, 5, 12, 34, 56)
    assert all(c.number == 1 for c in cs)


def test_prose_before_the_citation_is_not_part_of_it():
    text = (
        "By late 2021 the ministry had licensed four operators: "
        "“Licensing notice,” Ministry Gazette, December 1, 2021, https://example.gov/n."
    )
    kinds = [(p.kind, text[p.start : p.end]) for p in footnote_parts(text)]
    assert kinds[0] == ("prose", "By late 2021 the ministry had licensed four operators")
    assert kinds[1][0] == "citation" and kinds[1][1].startswith("“Licensing notice,”")
    (c,) = cites(text)
    assert c.title == "Licensing notice" and c.date.iso() == "2021-12-01"


def test_see_and_quoted_passage_before_citation():
    (c,) = cites(
        "The agency says it will expand the fleet. See: Omar Haddad, “Fleet plans,” Orbit Weekly, April 4, 2024, https://ow.example/f."
    )
    assert c.authors == ("Omar Haddad",) and c.title == "Fleet plans"
    (d,) = cites(
        "“Satellites are the eyes of the army, not its hands”: “Inside the new doctrine,” The Monitor, January 8, 2024, https://mon.example/d."
    )
    assert d.title == "Inside the new doctrine" and d.outlet == "The Monitor"


def test_explanatory_note_without_source_gives_no_citation():
    assert cites("The agency was renamed twice before it merged with the ministry.") == []


def test_title_date_is_not_the_citation_date():
    (c,) = cites("“Statement of February 2, 2022,” Foreign Office, https://fo.example/s.")
    assert c.title == "Statement of February 2, 2022"
    assert c.date is None


def test_json_round_trip():
    adapter = TypeAdapter(Claim)
    for c in cites(
        "A. Writer, “T,” Outlet, May 5, 2020, https://web.archive.org/web/20200601000000/https://x.example/y."
    ):
        assert adapter.validate_json(adapter.dump_json(c)) == c


def test_parse_citation_direct():
    text = "Kim Jae, “Rockets,” Tech Daily, July 1, 2020, http://t.example/r."
    c = parse_citation(text, 0, len(text))
    assert (c.authors, c.title, c.outlet, c.date.iso(), c.url) == (
        ("Kim Jae",),
        "Rockets",
        "Tech Daily",
        "2020-07-01",
        "http://t.example/r",
    )


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=160))
def test_never_raises_and_spans_hold(text):
    text = text.replace("\n", " ").replace("\r", " ").replace("[^", "[")
    for p in footnote_parts(text):
        assert 0 <= p.start <= p.end <= len(text)
    d = read_markdown(Source("d.md", "x[^1]\n\n[^1]: " + text + "\n"))
    units = list(iter_units(d))
    for c in extract_citations(units):
        unit = next(u for u in units if u.footnote == c.footnote)
        assert c.text == unit.text[c.start : c.end]


@pytest.mark.parametrize(
    "note",
    [
        "“Plain title,” Outlet, 2019, https://a.example/x.",
        "Name Surname, “Title here,” Outlet, Sept. 3, 2018, https://b.example/y.",
    ],
)
def test_dates_in_several_shapes(note):
    (c,) = cites(note)
    assert c.date is not None and c.date.year in (2018, 2019)


def test_a_passage_quoted_in_a_discursive_note_is_not_a_title():
    from claimcheck.extract.citations import _is_excerpt

    assert _is_excerpt("...has little room for error when plans change.")
    assert _is_excerpt("…fell by a third")
    assert _is_excerpt("were conceived with the best case in mind")
    assert not _is_excerpt("Ports report record volumes")
    assert not _is_excerpt("iPhone sales climb in Asia")
    assert not _is_excerpt("2024 in review")
    assert not _is_excerpt("中国航天白皮书")


def test_access_and_archive_dates_are_not_publication_dates():
    (c,) = cites(
        '"Tidal power costs". Marine Desk. Archived from the original on 2 May 2015. Retrieved 2019-11-04. https://example.org/2014/10/01/tidal.'
    )
    assert c.date is None
    assert c.accessed is not None and c.accessed.iso() == "2019-11-04"
    assert c.outlet == "Marine Desk"
    (c,) = cites("“Harbour dues,” Port Weekly, March 2, 2023, accessed May 3, 2024, https://example.com/dues.")
    assert c.date.iso() == "2023-03-02" and c.accessed.iso() == "2024-05-03"
    assert c.outlet == "Port Weekly"


def test_iso_date_and_date_after_the_authors():
    (c,) = cites('"Bus lanes". City Paper. 2021-09-14. https://example.com/bus.')
    assert c.date.iso() == "2021-09-14"
    (c,) = cites('Moreau, Claire (March 8, 2018). "Wind auctions". Coast Gazette. https://example.com/wind.')
    assert c.title == "Wind auctions" and c.date.iso() == "2018-03-08"
    assert c.outlet == "Coast Gazette"
    (c,) = cites('"Bus lanes". City Paper. 2021-02-30. https://example.com/bus.')  # no such day
    assert c.date is None or c.date.iso() != "2021-02-30"


def test_a_link_target_is_the_url_of_a_citation_that_writes_none():
    body = 'Text.[^1]\n\n[^1]: Okafor, Ben (2 June 2020). ["Ferry fares"](https://example.com/2020/06/02/ferries). Lagos Review.\n'
    d = read_markdown(Source("draft.md", body))
    (c,) = extract_citations(list(iter_units(d)))
    assert c.url == "https://example.com/2020/06/02/ferries"
    assert c.date.iso() == "2020-06-02"


@pytest.mark.parametrize(
    "when, date",
    [
        ("fieldwork June–July 2025", None),  # the period surveyed, not a publication date
        ("data for January - March 2024", None),
        ("meeting of 1–3 July 2025", None),
        ("Harbour Weekly, 3 July 2025", "2025-07-03"),
        ("Harbour Weekly, pp. 12-14, July 2025", "2025-07"),
        ("Harbour Weekly, summer 2024 issue, 9 August 2024", "2024-08-09"),
    ],
)
def test_the_end_of_a_period_is_no_publication_date(when: str, date: str | None):
    (c,) = cites(f"Ines Varga, “Ferry use on the islands,” {when}, https://ferries.example.org/2025/09/04/survey.")
    assert (str(c.date) if c.date else None) == date


def _strptime_reading(ts: str) -> dt.datetime | None:
    fmt = "%Y%m%d%H%M%S"[: {4: 2, 6: 4, 8: 6, 10: 8, 12: 10, 14: 12}.get(len(ts), 12)]
    try:
        return dt.datetime.strptime(ts, fmt)
    except ValueError:
        return None


@pytest.mark.parametrize(
    "stamp, expected",
    [
        ("2019", dt.datetime(2019, 1, 1)),
        ("201911", dt.datetime(2019, 11, 1)),
        ("20190704", dt.datetime(2019, 7, 4)),
        ("20190704235959", dt.datetime(2019, 7, 4, 23, 59, 59)),
        ("20190230", None),  # no 30 February
        ("20191301", None),  # month 1, then "301" is no day: strptime leaves data over
        ("201907041260", None),  # minute 60
        ("2019074", None),  # an odd length: the whole format, and no digit left for the hour
        ("2019070412345", dt.datetime(2019, 7, 4, 12, 34, 5)),  # the whole format, a one-digit second
    ],
)
def test_archive_stamp_read_as_strptime_reads_it(stamp, expected):
    from claimcheck.extract.citations import _stamp_time

    assert _stamp_time(stamp) == expected == _strptime_reading(stamp)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="0123456789012٣٤", min_size=4, max_size=14))
def test_archive_stamp_matches_strptime_on_any_digits(stamp):
    from claimcheck.extract.citations import _stamp_time

    assert _stamp_time(stamp) == _strptime_reading(stamp)


def test_archive_link_time_read_without_strptime_module(tmp_path):
    import json
    import os
    import subprocess
    import sys

    from conftest import ROOT

    probe = (
        "import sys, json\n"
        "from claimcheck.extract.citations import _archive\n"
        "out = _archive('https://web.archive.org/web/20200102030405/https://example.org/a')\n"
        "print(json.dumps([out[2].isoformat(), '_strptime' in sys.modules]))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "CLAIMCHECK_CACHE_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True)
    assert json.loads(done.stdout) == ["2020-01-02T03:04:05", False]
