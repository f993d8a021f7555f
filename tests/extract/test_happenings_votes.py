"""Reading a body's vote (DT001): the verb and the noun with who voted, what a voting body
approved or passed, the bodies that voted, what the vote decided."""

from __future__ import annotations

import pytest

from claimcheck.extract.happenings import statement
from claimcheck.extract.linking.events import events_agree, kept_apart


@pytest.mark.parametrize(
    ("sentence", "date", "words"),
    [
        ("The regional assembly voted on 3 March 2023 to close the northern ferry route.", "3 March 2023", {"assemb"}),
        ("After the May 12, 2023 assembly vote, the operator sold two boats.", "May 12, 2023", {"assemb"}),
        ("Since the clubs' February 2017 vote to cap away tickets, prices fell.", "February 2017", {"club", "cap"}),
        ("Since the board's vote of May 2023 on the fares, numbers held.", "May 2023", {"board"}),
    ],
)
def test_a_vote_by_its_verb_or_its_noun(sentence: str, date: str, words: set[str]) -> None:
    st = statement(sentence, date)
    assert st is not None and st.event == "vote"
    assert words <= st.words


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("The provincial Senate passed the forestry bill on 9 November 2022.", "9 November 2022"),
        ("The cycle-lane plan was approved by the city council on 12 April 2022.", "12 April 2022"),
        ("The harbour board approved the new fare scale on 3 March 2023.", "3 March 2023"),
    ],
)
def test_what_a_voting_body_approved_is_its_vote(sentence: str, date: str) -> None:
    st = statement(sentence, date)
    assert st is not None and st.voted
    assert events_agree(st, statement("The board voted on 2 May 2022 to act.", "2 May 2022")) == "vote"


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("The competition regulator approved the dairy merger on 3 March 2023.", "3 March 2023"),
        ("Voters approved the rail levy in a referendum on 5 May 2022.", "5 May 2022"),
        ("Since the voting age was lowered in July 2020, turnout has risen.", "July 2020"),
    ],
)
def test_no_vote(sentence: str, date: str) -> None:
    st = statement(sentence, date)
    assert st is None or (st.event != "vote" and not st.voted)


def test_bodies_by_rank() -> None:
    senate = statement("The Senate passed the water bill on 3 March 2023.", "3 March 2023")
    upper = statement("After the upper house approved the water bill in May 2023, farmers asked for more.", "May 2023")
    lower = statement("The lower house voted on 3 March 2023 to adopt the water bill.", "3 March 2023")
    assert senate and upper and lower
    assert senate.bodies == upper.bodies == {"upper house"}
    assert not kept_apart(senate, upper, years=(2023, 2023))
    assert kept_apart(lower, upper, years=(2023, 2023))


def test_what_the_vote_decided_is_its_topic() -> None:
    a = statement("The town council voted on 14 June 2021 to pedestrianise the market square.", "14 June 2021")
    b = statement("The council voted in June 2022 to close the multistorey car park.", "June 2022")
    assert a and b and a.topic and b.topic
    assert kept_apart(a, b, years=(2021, 2022))
