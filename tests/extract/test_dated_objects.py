"""The dated object of a date (:mod:`claimcheck.extract.dated_objects`): the class of its
event and the thing the event is done to, read in our own sentences."""

from __future__ import annotations

import pytest

from claimcheck.extract.dated_objects import aliases_of, as_stage, dated_object
from claimcheck.extract.linking import same_object, things_apart
from claimcheck.ingest import load_document


@pytest.mark.parametrize(
    ("sentence", "date", "before", "event", "head"),
    [
        # an intransitive verb: its subject, past a parenthesis
        ("The toll credit, worth £5 a trip for carers, began on 2 May 2022.", "2 May 2022", "", "launch", "credit"),
        # "it" after "since": the main clause's subject
        (
            "Use has grown, and the toll credit has helped since it was introduced in May 2022.",
            "May 2022",
            "",
            "launch",
            "credit",
        ),
        # "It" opening the sentence: the first noun phrase of the sentence before
        (
            "It was published on 4 May 2021.",
            "4 May 2021",
            "In Wales, the coastal access plan sets out routes.",
            "publication",
            "plan",
        ),
        # a possessive before the event's noun; a plan's launch is its publication
        ("Since the plan's launch in June 2021, few routes have opened.", "June 2021", "", "publication", "plan"),
        # a participle after a name and a comma
        ("The Orrin Link, commissioned in 2019, carries power south.", "2019", "", "launch", "link"),
        # a relative clause: the noun phrase before it
        ("The Tay Panel, which reported in March 2020, urged caution.", "March 2020", "", "publication", "panel"),
        # an active verb: what it acts on
        ("Corvo took over the ferry contract on 1 June 2021.", "1 June 2021", "", "acquisition", "contract"),
        # the doer's own product: the doer
        ("The Tay Panel handed down its final report on 9 March 2020.", "9 March 2020", "", "publication", "panel"),
        # an agreement named by its date; reached, an agreement is made
        ("Since the river accord of May 2018, flows have held.", "May 2018", "", "signing", "agre"),
        ("The river agreement reached on 4 May 2017 set flows.", "4 May 2017", "", "signing", "agre"),
        # a state since a start, a part of a year before the date
        ("The Orrin Link, in service since the last months of 2019, runs full.", "2019", "", "launch", "link"),
        ("The quota, which has applied since 1 March 2021, caps catches.", "1 March 2021", "", "launch", "quota"),
        ("The EU quota rule became applicable on 1 March 2021.", "1 March 2021", "", "launch", "rule"),
    ],
)
def test_reads_the_event_and_its_object(sentence, date, before, event, head):
    found = dated_object(sentence, date, before)
    assert found is not None
    assert (found.event, found.head) == (event, head)


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("The toll credit will begin in 2026.", "2026"),  # a plan
        ("The toll credit ran until May 2024.", "May 2024"),  # the end of a state
        ("The ministry commissioned a study of tolls in 2019.", "2019"),  # an order, not a start
        ("Police reported 300 thefts in 2021.", "2021"),  # a figure, not a publication
        ("The tolls bill was introduced in Parliament in March 2022.", "March 2022"),  # a bill proposed
        ("The agency published its annual report on 3 May 2021.", "3 May 2021"),  # one edition of many
        ("Dunmore issued its own warning in May 2021.", "May 2021"),  # another's of a kind
        ("Tolls rose by a fifth in 2021.", "2021"),  # no event of a class
        ("The firm applied for a toll licence in 2021.", "2021"),  # an application, no start
        ("The toll came into force on 1 May 2021 and rose by 2% in 2022.", "2022"),  # another date's event
        ("The toll came into force on 1 May 2021 and rose in 2021.", "2021"),  # which "2021" is meant
        ("The toll credit began as a pilot in May 2019.", "May 2019"),  # one stage of several
        ("The toll rules were first published in 2019.", "2019"),
    ],
)
def test_no_object_where_none_is_dated(sentence, date):
    assert dated_object(sentence, date) is None


def _obj(sentence: str, date: str):
    found = dated_object(sentence, date)
    assert found is not None
    return found


def test_one_thing_named_more_or_less_fully():
    a = _obj("Transport Wales's review of the fares, published on 6 June 2023, urged cuts.", "6 June 2023")
    b = _obj("The review that came out last summer also urged cuts.", "last summer")
    assert same_object(a, b)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # two things of one kind
        (
            ("The northern tramway opened on 1 May 2018.", "1 May 2018"),
            ("The southern tramway opened in May 2019.", "May 2019"),
        ),
        # two doers
        (
            ("Bolt Energy took over the heating licence on 1 March 2020.", "1 March 2020"),
            ("Varta Power took over the heating licence in March 2021.", "March 2021"),
        ),
        # two pairs of doers, one said after "by"
        (
            ("The timber pact was signed by Chile and Peru in March 2019.", "March 2019"),
            ("Bolivia and Ecuador signed the timber pact in February 2020.", "February 2020"),
        ),
        # two ordinals
        (
            ("The second tranche of the grant began on 1 March 2021.", "1 March 2021"),
            ("The third tranche of the grant began in March 2022.", "March 2022"),
        ),
        # two parties it opened to
        (
            ("The Elm Street bridge opened to pedestrians on 5 May 2018.", "5 May 2018"),
            ("The Elm Street bridge opened to cars in May 2019.", "May 2019"),
        ),
        # two version numbers
        (
            ("The mapping team released the tide parser 1.2 on 3 May 2021.", "3 May 2021"),
            ("The mapping team released the tide parser 1.3 on 2 August 2021.", "2 August 2021"),
        ),
        # two places
        (
            ("The reading club opened in Leeds on 3 May 2021.", "3 May 2021"),
            ("The reading club opened in York in June 2021.", "June 2021"),
        ),
    ],
)
def test_two_things_doers_numbers_or_places_are_not_one(first: tuple[str, str], second: tuple[str, str]) -> None:
    assert not same_object(_obj(*first), _obj(*second))


def test_one_thing_two_classes_are_not_one_event():
    start = _obj("The sugar levy took effect in April 2017.", "April 2017")
    published = _obj("The ministry published the sugar levy's rules in March 2016.", "March 2016")
    assert not same_object(start, published)
    # announcing is no class of this link: an announced plan is published later
    assert dated_object("The ministry announced the sugar levy in March 2016.", "March 2016") is None


def test_a_stage_said_as_one():
    assert as_stage("The fare cap began as a pilot in Kelso in May 2019.", "May 2019")
    assert as_stage("The ward opened on a trial basis on 2 March 2020.", "2 March 2020")
    # the pilot is the thing: its opening is no stage of another
    assert not as_stage("The remote hearing pilot opened at Dunmore in May 2021.", "May 2021")
    assert not as_stage("The fare cap began in May 2020.", "May 2020")


def _aliases(text: str, tmp_path):
    path = tmp_path / "draft.md"
    path.write_text(text, encoding="utf-8")
    return aliases_of(load_document(path))


def test_a_name_and_its_description_are_one_thing(tmp_path):
    aliases = _aliases(
        "# Water\n\nThe Drayton Board, the river authority, sets abstraction limits.\n\n"
        "From 2020 the summer cap, the Drayton Limit, applied to farms.\n",
        tmp_path,
    )
    board = _obj("The Drayton Board's review of the weirs came out on 3 May 2022.", "3 May 2022")
    authority = _obj("The authority's review, published in May 2023, named two weirs.", "May 2023")
    assert same_object(board, authority, aliases)
    assert not same_object(board, authority)  # without the document's aliases
    limit = _obj("The Drayton Limit took effect on 1 April 2016.", "1 April 2016")
    cap = _obj("Since the summer cap was introduced in April 2017, wells have recovered.", "April 2017")
    assert aliases.key(limit) == aliases.key(cap)
    assert same_object(limit, cap, aliases)


def test_a_description_of_two_names_is_no_alias(tmp_path):
    aliases = _aliases(
        "# Metro\n\nThe Kessel Line, the new metro, runs north. The Varn Line, the new metro, runs east.\n", tmp_path
    )
    assert aliases.pairs == ()


def test_things_apart_whatever_else_links_them():
    north = _obj("The northern tramway opened on 1 May 2018.", "1 May 2018")
    south = _obj("Since the southern tramway opened in May 2019, traffic fell.", "May 2019")
    assert things_apart(north, south)
    tramway = _obj("Since the tramway opened in May 2019, traffic fell.", "May 2019")
    assert not things_apart(north, tramway)  # one named more fully than the other
    kessel = dated_object(
        "The Kessel Line, the city's first metro, opened on 3 June 2011.", "3 June 2011", lenient=True
    )
    varn = dated_object("The Varn Line, the city's second metro, opened on 5 May 2015.", "5 May 2015", lenient=True)
    assert kessel is not None and varn is not None and things_apart(kessel, varn)


def test_a_doer_after_by_is_the_one_an_active_verb_names():
    passive = _obj("The timber pact was signed by Chile and Peru in March 2019.", "March 2019")
    active = _obj("Peru and Chile signed the timber pact in February 2020.", "February 2020")
    assert passive.doers == active.doers and len(passive.doers) == 2
    assert same_object(passive, active)
