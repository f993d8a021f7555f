"""Member lists: group, normalised members, asides stripped, declared count, as-of date."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter

from claimcheck.claims.models import Claim
from claimcheck.document import Source
from claimcheck.extract.lists import country_name, extract_member_lists, find_member_lists, recognise
from claimcheck.extract.text import iter_units
from claimcheck.ingest.markdown import read_markdown


def lists_of(body: str, front: str = ""):
    text = (f"---\n{front}\n---\n\n" if front else "") + body
    d = read_markdown(Source("draft.md", text))
    return list(extract_member_lists(list(iter_units(d))))


def test_list_before_joined():
    (c,) = lists_of("So far, Chile (hosting a tracking antenna), Laos, Mongolia, and Russia have joined the Lunar Alliance.\n")
    assert c.group == "the Lunar Alliance"
    assert c.raw_members == ("Chile", "Laos", "Mongolia", "Russia")
    assert c.members == ("Chile", "Laos", "Mongolia", "Russian Federation")
    assert c.declared_count is None
    assert c.as_of_text == "So far" and c.as_of is None


def test_so_far_takes_the_publication_date():
    (c,) = lists_of("So far, Peru, Chad, and Oman have joined the pact.\n", front="publication_date: 2025-03-01")
    assert c.as_of.iso() == "2025-03-01"


def test_group_before_list_with_count_and_as_of():
    (c,) = lists_of("As of March 2023, the satellite consortium included five member countries (Brazil, Iran, Turkey, Viet Nam, and Bolivia).\n")
    assert c.group == "the satellite consortium"
    assert c.declared_count == 5
    assert c.members == ("Brazil", "Iran", "Türkiye", "Vietnam", "Bolivia")
    assert c.as_of.iso() == "2023-03"
    assert c.text.startswith("the satellite consortium") and c.text.endswith("Bolivia)")


def test_organisations_count_as_members():
    (c,) = lists_of("ESA, JAXA, the Canadian Space Agency and the Korea Aerospace Research Institute are partners of the programme.\n")
    assert c.members == ("ESA", "JAXA", "Canadian Space Agency", "Korea Aerospace Research Institute")
    assert c.group == "the programme"


def test_list_in_footnote_prose_counts():
    body = "Text.[^1]\n\n[^1]: By 2022 the forum comprised four states: Fiji, Samoa, Tonga and Nauru. “A title,” Outlet, 2022, https://x.example/a.\n"
    (c,) = lists_of(body)
    assert c.footnote == "1" and c.declared_count == 4
    assert c.members == ("Fiji", "Samoa", "Tonga", "Nauru")


@pytest.mark.parametrize(
    "text",
    [
        "Companies such as Huawei, Xiaomi, and Oppo sell phones.",
        "The efforts of Europe, India, and Japan are ignored.",
        "Brazil, Chile and Peru export copper.",  # no membership
        "France and Spain have joined the pact.",  # fewer than three
        "Red, green, and blue teams have joined the exercise.",
    ],
)
def test_not_member_lists(text):
    # a partial list ("such as") may be read, but never as a whole group
    assert [r for r in find_member_lists(text) if r["complete"]] == []


def test_country_names():
    assert country_name("Russia") == "Russian Federation"
    assert country_name("the United Kingdom") == "United Kingdom"
    assert country_name("UK") == "United Kingdom"
    assert country_name("Venezuela") == "Venezuela"
    assert country_name("CAN") is None  # a code, not a name in text
    assert recognise("Atlantis") is None
    assert recognise("Bosnia and Herzegovina") == ("country", "Bosnia and Herzegovina")


def test_json_round_trip():
    adapter = TypeAdapter(Claim)
    for c in lists_of("As of June 2021, Kenya, Ghana, and Angola have joined the network.\n"):
        assert adapter.validate_json(adapter.dump_json(c)) == c


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["Chile", "Peru", "Mali", ", ", " and ", "have joined", " the ", "Union", "(", ")", "x", "."]), max_size=25).map("".join))
def test_never_raises_and_spans_hold(text):
    d = read_markdown(Source("d.md", text + "\n"))
    units = list(iter_units(d))
    for c in extract_member_lists(units):
        unit = next(u for u in units if u.block == c.block and u.footnote == c.footnote)
        assert c.text == unit.text[c.start : c.end]
        assert len(c.members) >= 3
