"""The dated-clause readers (session 24): a start said in other words, and a measure's
occasion dating its verb. Our own sentences."""

from __future__ import annotations

import pytest

from claimcheck.extract.happenings import mention, statement
from claimcheck.extract.linking import qualified_apart


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("Since the river service's debut in May 2016, farmers have moved stock earlier.", "May 2016"),
        (
            "Since the Orrin Fen plant came on stream in the spring of 2021, the farms sell slurry.",
            "the spring of 2021",
        ),
        ("Since the roll-out of the Selby lockers in March 2022, van trips have fallen.", "March 2022"),
        ("The Kessel ticket card was rolled out in June 2018.", "June 2018"),
    ],
)
def test_a_start_in_other_words(sentence: str, date: str) -> None:
    st = statement(sentence, date)
    assert st is not None and st.event == "launch"


def test_started_work_says_the_start_not_a_participant() -> None:
    st = statement("Since the rehabilitation unit started work in May 2018, stays have shortened.", "May 2018")
    assert st is not None and st.event == "launch"
    assert st.complement == frozenset({"work"}) and "work" not in st.words
    # work on something is what was begun, not how the start is said
    other = statement(
        "Since the centre started work on a new river model in April 2017, forecasts improved.", "April 2017"
    )
    assert other is not None and not other.complement


@pytest.mark.parametrize("kind", ["commercial", "regular", "full"])
def test_the_kind_of_a_service_entered(kind: str) -> None:
    m = mention(f"The Tarvik interconnector entered {kind} service in March 2020.", "March 2020")
    assert m is not None and m.event == "launch" and m.word == f"entered {kind} service"
    assert mention("The Tarvik interconnector entered the service of the state in March 2020.", "March 2020") is None


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("The plastic bag charge was announced in the March 2014 Budget.", "March 2014"),
        ("The apprenticeship levy was announced in the Autumn Statement of November 2015.", "November 2015"),
        ("A freeze on fuel duty was unveiled in the 2011 Budget.", "2011"),
    ],
)
def test_an_occasion_dates_its_verb(sentence: str, date: str) -> None:
    st = statement(sentence, date)
    assert st is not None and st.event == "publication" and st.relation == "in"


def test_a_summit_or_a_budget_that_acts_stays_a_named_thing() -> None:
    # a summit is an event of its own (another year's summit is another)
    st = statement("Of the pledges made at the 2016 summit in Nairobi, fewer than half were paid.", "2016")
    assert st is not None and st.relation == "named"
    # the budget as the subject: what it did is not an announcement in it
    st = statement("The 2018 Budget raised the sugar levy by a penny a litre.", "2018")
    assert st is not None and st.relation == "named"


def test_a_hyphenated_name_both_write_is_no_other_name() -> None:
    a = mention("The Tarvik-Osund interconnector entered commercial service in March 2020.", "March 2020")
    b = mention("Since the start of commercial operation on the Tarvik-Osund interconnector in 2019, use fell.", "2019")
    assert a is not None and b is not None and not qualified_apart(a, b)
    c = mention("Since the start of commercial operation on the Varn-Osund interconnector in 2019, use fell.", "2019")
    assert c is not None and qualified_apart(a, c)
