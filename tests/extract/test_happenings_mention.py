"""The scored event link's reading of a dated clause (DT001): one event word of a class, by
its base word and morphology, and the participants, "it" and "its" resolved."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.data.event_classes import LINK_CLASSES, LINK_NOT_BARE
from claimcheck.extract.happenings import derives, link_class, mention
from claimcheck.extract.linking import qualified_apart
from claimcheck.extract.linking import stem


@pytest.mark.parametrize(
    ("word", "cls"),
    [
        ("prohibition", "prohibition"),
        ("prohibited", "prohibition"),
        ("banned", "prohibition"),
        ("foundation", "creation"),
        ("founded", "creation"),
        ("closure", "closure"),
        ("approval", "adoption"),
        ("approved", "adoption"),
        ("presented", "publication"),
        ("lowered", "reduction"),
        ("cutting", "reduction"),
        ("opening", "launch"),
        ("suspension", "stop"),
    ],
)
def test_a_verb_and_its_noun_have_one_class(word: str, cls: str) -> None:
    assert link_class(word) == cls


@pytest.mark.parametrize("word", ["found", "present", "lower", "open", "government", "statement", "closet"])
def test_words_of_no_class(word: str) -> None:
    assert link_class(word) is None


@given(
    st.sampled_from([w for words in LINK_CLASSES.values() for w in words if " " not in w and w.isalpha()]),
    st.sampled_from(["ed", "ing", "s"]),
)
def test_an_inflection_keeps_the_class(base: str, suffix: str) -> None:
    word = (base[:-1] if base.endswith("e") and suffix[0] in "ei" else base) + suffix
    assert derives(word, base)
    if base not in LINK_NOT_BARE:
        assert link_class(word) == link_class(base)


@pytest.mark.parametrize(
    ("sentence", "date", "before", "event", "shared"),
    [
        # near-synonyms of one class, in three phrasings
        (
            "On 4 May 2022 Scope lowered Italy from A to A-, citing debt.",
            "4 May 2022",
            "",
            "reduction",
            {"scope", "italy"},
        ),
        (
            "After Scope's cut of Italy to A- in June 2022, yields rose.",
            "June 2022",
            "",
            "reduction",
            {"scope", "italy"},
        ),
        (
            "The Varden board adopted its grazing code in April 2019.",
            "April 2019",
            "",
            "adoption",
            {"grazing", "code", "varden"},
        ),
        # a pronoun resolved to what the paragraph named last
        (
            "In 2020 ministers chose to wind the levy down, and it ended on 1 April 2022.",
            "1 April 2022",
            "",
            "ending",
            {"levy"},
        ),
        (
            "Then, on 2 June 2021, it prohibited sales of raw milk.",
            "2 June 2021",
            "The Osterby council licensed six dairies.",
            "prohibition",
            {"council", "osterby"},
        ),
    ],
)
def test_a_dated_clause_read(sentence: str, date: str, before: str, event: str, shared: set[str]) -> None:
    m = mention(sentence, date, before)
    assert m is not None
    assert m.event == event
    assert {stem(w) for w in shared} <= m.words


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("The levy will end in 2026.", "2026"),  # a plan
        ("Fees were cut again in March 2023.", "March 2023"),  # repeated
        ("Prices rose at the end of 2024.", "2024"),  # part of a period
        ("Operators must register by June 2024.", "June 2024"),  # a deadline
        ("The agency announced the new code in May 2022.", "May 2022"),  # an announcement
        ("The opening and closure of the ferry berth in May 2022 drew crowds.", "May 2022"),  # two classes
        ("The guild published the results of its 2021 member survey.", "2021"),  # the date names which survey
        ("The board released the findings of its 2020 fleet audit in May.", "2020"),
        ("Voters backed the 2019 harbour plan, published last spring.", "2019"),
    ],
)
def test_no_one_happening(sentence: str, date: str) -> None:
    assert mention(sentence, date) is None


def test_one_noun_qualified_otherwise_is_two_things() -> None:
    a = mention("In March 2021 the ministry banned exports of yellow maize.", "March 2021")
    b = mention("In May 2021 the ministry banned exports of white maize.", "May 2021")
    c = mention("The May 2021 ban on yellow-maize exports hit farmers.", "May 2021")
    assert a is not None and b is not None and c is not None
    assert qualified_apart(a, b)
    assert not qualified_apart(a, c)
