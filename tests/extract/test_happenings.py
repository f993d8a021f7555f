"""What a date is about (extract/happenings.py): the kinds, and the one place deciding
whether two dated happenings state one fact (issue 12). Our own sentences."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.extract.happenings import ThingKeys, fact_of, happening, kind_of
from claimcheck.extract.linking import same_happening


@pytest.mark.parametrize(
    ("event", "kind"),
    [
        ("adopted", "adoption"),
        ("took effect", "entry into force"),
        ("launch", "launch"),
        ("general election", "election"),
        ("the referendum", "referendum"),
        ("collided", "collision"),
        ("rolled out", None),
    ],
)
def test_kind_of_an_event_word(event: str, kind: str | None) -> None:
    assert kind_of(event) == kind


def test_a_launch_and_a_start_are_compared_as_one() -> None:
    assert fact_of("start") == fact_of("launch") == "launch"
    assert fact_of("announcement") != fact_of("launch")


def _read(sentence: str, date: str):
    h = happening(sentence, date)
    assert h is not None, sentence
    return h


def _same(a, b, years: tuple[int, int]) -> bool:
    keys = ThingKeys()
    keys.add(a)
    keys.add(b)
    return same_happening(a, b, keys, years=years)


def test_an_election_held_and_named_by_its_date_is_one_fact_within_a_year() -> None:
    held = _read("Vestria's general election, held on 6 October 2024, was calm.", "6 October 2024")
    named = _read("After the general election of 8 October 2024, two parties formed a coalition.", "8 October 2024")
    assert (held.kind, held.words) == ("election", ("vestria", "general", "election"))
    assert _same(held, named, (2024, 2024))
    assert not _same(held, named, (2024, 2020))  # the 2020 election is another election


def test_parties_in_either_order_name_one_collision() -> None:
    a = _read("In May 2012, the tanker Orla and the trawler Skua collided near the harbour.", "May 2012")
    b = _read("The 2013 collision of Skua and Orla led to a new traffic scheme.", "2013")
    assert a.key == b.key and not a.recurs
    assert _same(a, b, (2012, 2013))


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("The government called the general election on 3 May 2024.", "3 May 2024"),  # the calling
        ("The second round of the election on 19 May 2024 was close.", "19 May 2024"),  # the round
        ("The June 2021 eruption of Mount Hekla was smaller.", "June 2021"),  # by chance: no parties
        ("The 2019 merger talks between the two mills failed.", "2019"),  # the talks
    ],
)
def test_no_event_read(sentence: str, date: str) -> None:
    h = happening(sentence, date)
    assert h is None or h.kind not in ("election", "eruption", "merger"), tuple(h)


_TITLE_WORDS = st.sampled_from(["Soil", "Water", "Rivers", "Wetlands", "Harbours", "Ferries", "Forests", "Parks"])


@settings(max_examples=40, deadline=None)
@given(first=_TITLE_WORDS, second=_TITLE_WORDS, noun=st.sampled_from(["law", "Act", "decree", "Statute"]))
def test_a_title_with_and_is_one_name_of_a_law(first: str, second: str, noun: str) -> None:
    """ "The Soil and Water law, promulgated on …": a law's title with "and" in it is one
    name, and promulgating a law adopts it."""
    if first == second:
        return
    h = happening(f"The {first} and {second} {noun}, promulgated on 3 May 2012, set new fees.", "3 May 2012")
    assert h is not None and h.kind == "adoption"
    assert {first.lower(), second.lower()} <= set(h.words)


@pytest.mark.parametrize(
    ("sentence", "date", "words"),
    [
        ("Denmark and Norway signed the accord on 3 May 2021.", "3 May 2021", ("accord",)),
        ("Brandt and Sons, founded in 1921, still makes rope.", "1921", ("brandt",)),
    ],
)
def test_an_and_between_names_joins_no_title(sentence: str, date: str, words: tuple[str, ...]) -> None:
    """Two names joined by "and" with no law or agreement after them are two names."""
    h = happening(sentence, date)
    assert h is not None and h.words == words


def test_an_act_and_a_law_are_one_kind_of_document() -> None:
    act = happening("Critics spoke up after the 2020 Soil and Water Act cut the limits.", "2020")
    law = happening("The Soil and Water law, adopted on 14 March 2019, set limits.", "14 March 2019")
    assert act is not None and law is not None and act.head == law.head == "law"


@pytest.mark.parametrize(
    ("first", "second", "one"),
    [
        # two pairs of parties, active and passive
        (
            ("Denmark and Norway signed the fisheries accord on 3 May 2021.", "3 May 2021"),
            ("Sweden and Finland signed the fisheries accord in June 2022.", "June 2022"),
            False,
        ),
        (
            ("The timber pact was signed by Chile and Peru in March 2019.", "March 2019"),
            ("Bolivia, Ecuador and Peru ratified the timber pact in March 2020.", "March 2020"),
            False,
        ),
        (
            ("Ghana and Togo ratified the border treaty in June 2015.", "June 2015"),
            ("The border treaty was ratified by Benin and Niger in May 2016.", "May 2016"),
            False,
        ),
        # one pair, in either order
        (
            ("Denmark and Norway signed the fisheries accord on 3 May 2021.", "3 May 2021"),
            ("Norway and Denmark signed the fisheries accord in June 2022.", "June 2022"),
            True,
        ),
    ],
)
def test_parties_joined_by_and_are_who_did_it(first: tuple[str, str], second: tuple[str, str], one: bool) -> None:
    ha, hb = happening(*first), happening(*second)
    assert ha is not None and hb is not None and ha.actor and hb.actor
    keys = ThingKeys()
    keys.add(ha)
    keys.add(hb)
    assert same_happening(ha, hb, keys) is one
