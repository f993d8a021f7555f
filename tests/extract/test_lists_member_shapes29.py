"""Members whose first word is the letters of an article ("An Giang", "A Coruña") and names
numbered in a series ("Estlink 1", "Terminal 2"): each is one member, so the list around them
is read (it was lost whole). Sentences written for these tests; near misses: an article that
opens a sentence's noun phrase, and plain figures, are no names."""

from __future__ import annotations

import pytest

from tests.extract.test_lists import lists_of


@pytest.mark.parametrize(
    ("text", "members", "count"),
    [
        (
            "One rota covers the four delta provinces (Can Tho, An Giang, Dong Thap and Soc Trang).",
            ("Can Tho", "An Giang", "Dong Thap", "Soc Trang"),
            4,
        ),
        ("An Giang, Dong Thap and Vinh Long are the three provinces.", ("An Giang", "Dong Thap", "Vinh Long"), 3),
        ("The three ports, A Coruña, Vigo and Ferrol, share one pilot service.", ("A Coruña", "Vigo", "Ferrol"), 3),
        (
            "The four cables that join the island grid to the mainland are Estlink 1, Estlink 2, NordBalt and LitPol Link.",
            ("Estlink 1", "Estlink 2", "NordBalt", "LitPol Link"),
            4,
        ),
        (
            "The three terminals, Terminal 1, Terminal 2 and Terminal 5, were shut for a day.",
            ("Terminal 1", "Terminal 2", "Terminal 5"),
            3,
        ),
    ],
)
def test_members_with_an_article_or_a_series_number(text, members, count):
    (c,) = lists_of(text + "\n")
    assert c.raw_members == members
    assert c.declared_count == count


@pytest.mark.parametrize(
    "text",
    [
        "The votes were 12, 14 and 9 in the three wards.",
        "A new port, a dry dock and an airstrip were planned.",
    ],
)
def test_near_misses_hold_no_named_members(text):
    assert all(not any(m[:1].isupper() for m in c.raw_members) for c in lists_of(text + "\n"))
