"""What a date dates, read from its own clause (claimcheck.extract.dated_event)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.extract.dated_event import dated_event, ongoing_since


def _cls(sentence: str, date: str) -> str | None:
    e = dated_event(sentence, date)
    return e.cls if e else None


@pytest.mark.parametrize(
    ("sentence", "date", "cls"),
    [
        # a verb before the date
        ("The Tolla footbridge opened to cyclists on 3 June 2015.", "3 June 2015", "opening"),
        ("The gallery was inaugurated in May 2009 by the mayor.", "May 2009", "opening"),
        ("The annex came into service in 2011 after long delays.", "2011", "opening"),
        # a noun before it, with a possessive or a pronoun
        ("Since the crossing's opening in October 2015, tolls have risen.", "October 2015", "opening"),
        ("The council has run the hall since its inauguration in 1999.", "1999", "opening"),
        # a noun the date qualifies
        ("Costs rose after the November 2016 groundbreaking.", "November 2016", "groundbreaking"),
        ("Prices fell in the week after the May 2022 vote.", "May 2022", "vote"),
        ("The tribunal's June 2020 decision left suppliers short.", "June 2020", "decision"),
        # a date that opens its clause: the verb after it
        ("In March 2019, the panel ruled that the levy was void.", "March 2019", "decision"),
        ("3 March 2022: the two lenders announce their merger", "3 March 2022", "announcement"),
        # the clause of its own, not the sentence's main verb
        ("Sales fell in the years before the merger was made public in April 2022.", "April 2022", "announcement"),
        ("Staff numbers fell after the deal closed in August 2023.", "August 2023", "completion"),
        # a state since a start
        ("Fines under the code (in force since 1 April 2022) rose.", "1 April 2022", "entry into force"),
        ("The levy took effect on 1 May 2020.", "1 May 2020", "entry into force"),
        # a participle set off after its noun
        ("In the ruling, delivered on 13 May 2024, the judges refused damages.", "13 May 2024", "decision"),
        # a clause of no class, then "when" and what happened that day
        ("The unit tripped on 4 May 2021 when its pump failed.", "4 May 2021", "failure"),
        # a fire station is no fire: its closing is a closure
        ("The Ossel fire station closed on 14 July 2020.", "14 July 2020", "closure"),
    ],
)
def test_the_clause_says_the_happening(sentence: str, date: str, cls: str) -> None:
    assert _cls(sentence, date) == cls


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        # the start of ongoing work is no happening
        ("Since November 2018, volunteers have been working on the app.", "November 2018"),
        # two classes in one clause: the date is ambiguous
        ("The mayor announced the opening of the pool in May 2020.", "May 2020"),
        # a verb that acts on an event's noun: the date is the verb's
        ("The appeal court overturned that ruling on 2 March 2023.", "2 March 2023"),
        ("The higher court upheld the ruling on 27 June 2024.", "27 June 2024"),
        # a closing price is no closure
        ("Shares in Penhallow Foods closed at 41 pence on 14 July 2020.", "14 July 2020"),
        ("Visitor numbers reached a peak in 2019.", "2019"),
    ],
)
def test_no_happening(sentence: str, date: str) -> None:
    assert dated_event(sentence, date) is None


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("A second footbridge, further upstream, opened in July 2018.", "July 2018"),
        ("The bridge is expected to open in 2027.", "2027"),
        ("Another fire broke out in the gym in March 2019.", "March 2019"),
        ("The second phase started in May 2021.", "May 2021"),
        ("The 2021 festival opened on 9 July 2021.", "9 July 2021"),
    ],
)
def test_what_keeps_a_happening_apart(sentence: str, date: str) -> None:
    e = dated_event(sentence, date)
    assert e is not None
    assert e.apart or e.ordinals


def test_ordinals_alike_on_both_sides_keep_nothing_apart() -> None:
    a = dated_event("Aya Brun was first elected in 2016 for the Mill ward.", "2016")
    b = dated_event("Since she first won the seat in 2017, Brun has pushed for parks.", "2017")
    assert a is not None and b is not None
    assert a.cls == b.cls == "vote"
    assert a.ordinals == b.ordinals == {"first"}
    assert not a.apart and not b.apart


@pytest.mark.parametrize(
    ("sentence", "date", "refers"),
    [
        ("Since its launch on 9 May 2022, the scheme has grown.", "9 May 2022", "pronoun"),
        ("Agnes averaged six metres a day from when she set off in 2021.", "2021", "pronoun"),
        ("Since the crossing's opening in October 2019, tolls rose.", "October 2019", "described"),
        ("Since the 7.4-kilometre bypass came into service in 2020, lanes filled.", "2020", "described"),
        ("The Kellmore Bridge opened to traffic on 4 May 2019.", "4 May 2019", ""),
        ("Its cafe opened in 2005 on the ground floor.", "2005", ""),
    ],
)
def test_how_the_thing_is_named(sentence: str, date: str, refers: str) -> None:
    e = dated_event(sentence, date)
    assert e is not None
    assert e.refers == refers


def test_a_range_of_works_dates_their_completion_by_its_end() -> None:
    e = dated_event("The tunnel was built between 2014 and 2018 at a cost of £640 million.", "between 2014 and 2018")
    assert e is not None
    assert (e.cls, e.end) == ("completion", True)
    assert dated_event("The festival ran between 2014 and 2018 in the park.", "between 2014 and 2018") is None


def test_ongoing_since() -> None:
    assert ongoing_since("Since November 2012, the community has been working on the app.", "November 2012")
    assert not ongoing_since("Since its launch in November 2012, the app has been growing.", "November 2012")
    assert not ongoing_since("In September 2013, the community released the app.", "September 2013")


_WORDS = st.sampled_from(["the", "bridge", "opened", "since", "its", "launch", "in", "on", ",", "when", "fire", "and"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, max_size=12), st.lists(_WORDS, max_size=12))
def test_any_clause_reads_without_error_and_never_names_the_date(left: list[str], right: list[str]) -> None:
    sentence = " ".join([*left, "4 May 2021", *right]) + "."
    e = dated_event(sentence, "4 May 2021")
    if e is not None:
        assert "4 May 2021" not in e.clause
        assert e.word.lower() in sentence.lower() or e.end


def test_a_heading_date_of_a_noun_is_read_as_that_happening() -> None:
    from pathlib import Path

    from claimcheck.extract.dates import heading_dates
    from claimcheck.ingest import load_document

    text = "## Two years after the 2019 vote\n\nThe act passed on 3 May 2020.\n\n## 2021\n\nMore text.\n"
    doc = load_document(Path("draft.md"), data=text.encode())
    got = [(c.text, c.sentence) for c in heading_dates(doc)]
    assert got == [("2019", "Two years after the 2019 vote")]
    e = dated_event(got[0][1], got[0][0])
    assert e is not None and e.cls == "vote"


@pytest.mark.parametrize(
    "sentence, date, names",
    [
        (
            "The Velm harbour speed regulation, which took effect on 1 June 2015, was the first.",
            "1 June 2015",
            {"velm"},
        ),
        ("Walkers praise the Harl Quay market hall, which opened on 2 March 2019.", "2 March 2019", {"harl", "quay"}),
    ],
)
def test_a_named_noun_phrase_before_which_is_the_clause_thing(sentence: str, date: str, names: set[str]) -> None:
    e = dated_event(sentence, date)
    assert e is not None and names <= e.names and e.refers != "pronoun"


@pytest.mark.parametrize(
    "sentence, date",
    [
        # which of "an amendment" and "the Audiovisual Act" took effect, not said
        (
            "The rules were rewritten in an amendment to the Audiovisual Act, which took effect on 1 May 2024.",
            "1 May 2024",
        ),
        # no name: "the mill" is read as a description of its thing, as before
        ("The mill, which shut in 2015, was sold.", "2015"),
    ],
)
def test_which_after_an_unnamed_or_attached_phrase_is_a_reference(sentence: str, date: str) -> None:
    e = dated_event(sentence, date)
    assert e is not None and not e.names
