"""How a date's clause is read as a statement (``happenings.statement``): the event class
of the words that make a law or award a contract, what a relative clause or a participle
acts on, a law's topic, a date said from a happening, and an event's noun named by a date
alone."""

from __future__ import annotations

import pytest

from claimcheck.extract.happenings import bare_event, does_event, statement


def read(sentence: str, date: str):
    st = statement(sentence, date)
    assert st is not None, sentence
    return st


@pytest.mark.parametrize(
    "sentence, date",
    [
        ("The senate passed the water law on 3 May 2018.", "3 May 2018"),
        ("The act was passed in June 2016 after a long debate.", "June 2016"),
        ("The cabinet approved the pension decree on 2 February 2016.", "2 February 2016"),
        ("Parliament enacted the statute in 1999.", "1999"),
    ],
)
def test_passing_approving_or_enacting_a_law_is_its_adoption(sentence: str, date: str) -> None:
    assert read(sentence, date).event == "adoption"


@pytest.mark.parametrize(
    "sentence, date",
    [
        ("By 2024 the fleet had passed 110 ships, and it grew again in 2025.", "2025"),
        ("The lower house passed the bill on 3 March 2023.", "3 March 2023"),
        ("The agency approved the vaccine in May 2021.", "May 2021"),
    ],
)
def test_passing_or_approving_what_is_no_law_is_no_adoption(sentence: str, date: str) -> None:
    st = statement(sentence, date)
    assert st is None or st.event != "adoption"


@pytest.mark.parametrize(
    "sentence, date, theme, subject",
    [
        ("The law Ankara adopted in July 2023 relies on shelters.", "July 2023", {"law"}, {"turkey"}),
        ("The charter Velmora adopted in 2011 is short.", "2011", {"chart"}, {"velmora"}),
        ("The coastal law the assembly adopted in 2017 bans new homes.", "2017", {"coastal", "law"}, set()),
    ],
)
def test_what_a_subject_before_its_verb_acts_on(sentence: str, date: str, theme: set[str], subject: set[str]) -> None:
    st = read(sentence, date)
    assert st.theme == theme and st.subject_names == subject


def test_a_noun_of_a_class_after_a_name_is_no_relative_clause() -> None:
    st = read("Since the platform's Harwick launch in the spring of 2020, permits moved online.", "the spring of 2020")
    assert st.subject_names == frozenset() and st.event == "launch"


@pytest.mark.parametrize(
    "sentence, date",
    [
        ("The helicopter contract signed in the summer of 2021 runs for ten years.", "the summer of 2021"),
        ("The ferry contract awarded in March 2020 runs until 2030.", "March 2020"),
    ],
)
def test_a_participle_after_the_noun_phrase_it_is_done_to(sentence: str, date: str) -> None:
    assert "contract" in read(sentence, date).theme


@pytest.mark.parametrize(
    "sentence, date, event",
    [
        ("The ministry awarded the ferry contract to Nordline in March 2020.", "March 2020", "award"),
        ("The franchise was awarded to Coastal Rail on 4 June 2021.", "4 June 2021", "award"),
        ("The harbour master won an award for bravery in 2019.", "2019", None),
    ],
)
def test_awarding_a_contract(sentence: str, date: str, event: str | None) -> None:
    st = statement(sentence, date)
    assert (st.event if st else None) == event


def test_a_law_on_a_topic() -> None:
    st = read("In March 2023 parliament passed a law on dog shelters.", "March 2023")
    assert st.topic == {"dog", "shelt"}


@pytest.mark.parametrize(
    "sentence, date",
    [
        ("On 30 July 2025, a year after the water law was adopted, permits were issued.", "30 July 2025"),
        ("In May 2024, five years since the plant opened, it was sold.", "May 2024"),
        ("On 1 March 2020, the tenth anniversary of the ban, campaigners marched.", "1 March 2020"),
    ],
)
def test_a_date_said_from_a_happening_is_not_its_date(sentence: str, date: str) -> None:
    assert statement(sentence, date) is None


@pytest.mark.parametrize(
    "sentence, date, event",
    [
        ("The May 2025 announcement will bring England closer to Scotland.", "May 2025", "publication"),
        ("Fishermen still talk about the 2019 closure.", "2019", "closure"),
        ("The November 2021 suspension ended in spring.", "November 2021", "stop"),
    ],
)
def test_an_event_noun_named_by_its_date_alone(sentence: str, date: str, event: str) -> None:
    assert bare_event(read(sentence, date)) == event


@pytest.mark.parametrize(
    "sentence, date",
    [
        ("The 2020 closure at Brenn harbour cost jobs.", "2020"),
        ("The 2019 announcement of the review surprised nobody.", "2019"),
    ],
)
def test_an_event_noun_that_says_what_it_is_of_is_not_bare(sentence: str, date: str) -> None:
    st = statement(sentence, date)
    assert st is None or bare_event(st) is None


@pytest.mark.parametrize(
    "sentence, date, words",
    [
        (
            "The reasons for the keepers' departure from Skerry Point in 2002 were financial.",
            "2002",
            {"keep", "skerry", "point"},
        ),
        ("The row over the closure of the Mill Lane depot in 2019 went on.", "2019", {"mill", "lane", "depot"}),
    ],
)
def test_a_noun_phrase_framing_an_event_noun_is_no_participant(sentence: str, date: str, words: set[str]) -> None:
    assert read(sentence, date).words == words


def test_a_participle_after_an_owned_noun_acts_on_that_noun_not_its_owner() -> None:
    st = read("The review's interim findings, published in February, called for sea walls.", "February")
    assert st.theme == {"interim", "find"}


@pytest.mark.parametrize(
    ("sentence", "date", "main"),
    [
        ("This was Ines Vale’s last board meeting, as she retired in August from her role.", "August", "board"),
        ("It was the curator’s final public lecture, as he left the museum in May for a post abroad.", "May", "lect"),
        (
            "That was the last staff party at the old office, as we moved to the new building in March 2020.",
            "March 2020",
            "party",
        ),
    ],
)
def test_as_and_a_pronoun_open_the_dates_own_clause(sentence: str, date: str, main: str) -> None:
    """ "…, as she retired in August": the date is the retirement's, not the main clause's
    meeting, lecture or concert."""
    st = statement(sentence, date)
    assert st is None or (main not in st.words and st.event != "holding")


def test_as_without_a_pronoun_is_not_cut() -> None:
    # "as" before a noun ("such as", "served as the venue") opens no clause of its own
    st = statement("The hall served as the venue for the fair held in May 2019.", "May 2019")
    assert st is not None and st.event == "holding"


@pytest.mark.parametrize(
    "sentence, date",
    [
        ("Since the blaze of 2 June 2021, the depot has had sprinklers.", "2 June 2021"),
        ("After the inferno of 2 June 2021 the depot was rebuilt.", "2 June 2021"),
        ("Crews still talk about the 2 June 2021 fire.", "2 June 2021"),
    ],
)
def test_a_noun_of_a_happening_names_its_kind_whatever_the_synonym(sentence, date):
    st = statement(sentence, date)
    assert st is not None and bare_event(st) == bare_event(statement("The fire of 2 June 2021 spread.", "2 June 2021"))
    assert bare_event(st) is not None


@pytest.mark.parametrize(
    "sentence, date, says",
    [
        ("A fire at the bus depot on 9 May 2021 destroyed forty buses.", "9 May 2021", True),
        ("Flames and a blaze were seen at the depot on 9 May 2021.", "9 May 2021", True),
        ("The depot was repainted on 9 May 2021.", "9 May 2021", False),
        ("A fire at the depot is expected to be investigated in May 2021.", "May 2021", False),
    ],
)
def test_a_clause_says_a_fire_by_any_of_its_nouns(sentence, date, says):
    st = statement(sentence, date)
    assert st is not None
    kind = bare_event(statement("Since the blaze of 2 June 2021, the depot has had sprinklers.", "2 June 2021"))
    assert kind is not None and does_event(st, kind) is says


def test_a_bare_action_noun_is_read_from_its_written_form_not_its_stem():
    st = statement("A chase plane filmed the 19 April 2021 separation.", "19 April 2021")
    assert st is not None and st.noun == "separation" and bare_event(st) == st.head
    plain = statement("A chase plane filmed the 19 April 2021 booster.", "19 April 2021")
    assert plain is None or bare_event(plain) is None


@pytest.mark.parametrize(
    "noun, kind_of",
    [("walkout", "strike"), ("blaze", "inferno"), ("deluge", "flooding"), ("blast", "explosion")],
)
def test_nouns_of_one_kind_of_happening_share_it(noun, kind_of):
    from claimcheck.extract.happenings import happening_kind, stem

    assert happening_kind(stem(noun)) is not None
    assert happening_kind(stem(noun)) == happening_kind(stem(kind_of))
    assert happening_kind(stem("harbour")) is None


@pytest.mark.parametrize(
    "sentence, date",
    [
        ("The entry into force on 1 January 2024 cut duties.", "1 January 2024"),
        ("After the entry into force in March 2022, trade grew.", "March 2022"),
        ("Since the entry into force on 5 May 2021, duties have fallen.", "5 May 2021"),
    ],
)
def test_the_entry_into_force_named_alone_is_its_event_with_no_participant(sentence, date):
    st = read(sentence, date)
    assert st.event == "entry into force" and "entri" not in st.words and "entry" not in st.words
    assert bare_event(st) == "entry into force"


@pytest.mark.parametrize(
    "sentence, date, thing",
    [
        (
            "Onion routes use blinded paths, which were added to the relay specification in April, and more.",
            "April",
            {"blind", "path"},
        ),
        ("The pilots read tide tables, which were added to the harbour handbook in June.", "June", {"tide", "tabl"}),
        ("Most clinics stock rapid tests, which were added to the formulary in March 2022.", "March 2022", {"rapid"}),
    ],
)
def test_a_relative_clause_with_no_event_class_is_about_the_noun_before_which(
    sentence: str, date: str, thing: set[str]
) -> None:
    # "paths, which were added to the specification in April": what was added is part of
    # what the clause says, not any addition to the specification
    assert thing <= read(sentence, date).words


def test_a_relative_clause_of_the_verb_alone_keeps_its_words() -> None:
    st = read("The buoys were added to the harbour handbook in June.", "June")
    assert "buoy" in st.words


@pytest.mark.parametrize(
    "sentence, date",
    [
        ("The department moved its offices to Leeds in September 2018.", "September 2018"),
        ("The transport department ordered a review of fares in May 2020.", "May 2020"),
        ("The publisher cut its cover price in March 2021.", "March 2021"),
        ("The founders sold their stake in 2015.", "2015"),
    ],
)
def test_a_noun_whose_stem_looks_like_an_event_is_no_event(sentence: str, date: str) -> None:
    # "department" stems as "depart" (a leaving), "publisher" as "publish", "founders" as "found"
    assert read(sentence, date).event is None


@pytest.mark.parametrize(
    "sentence, date, event",
    [
        ("The department left its old building in September 2018.", "September 2018", "leaving"),
        ("The publisher released the atlas in March 2021.", "March 2021", "publication"),
    ],
)
def test_the_event_of_a_clause_with_such_a_noun_is_its_verb(sentence: str, date: str, event: str) -> None:
    assert read(sentence, date).event == event


@pytest.mark.parametrize(
    "sentence, date, subject_word",
    [
        (
            "Because harvesting stopped in the spring of 2020, a number of sites recovered.",
            "the spring of 2020",
            "numb",
        ),
        ("Since trading resumed in June 2020, several brokers have hired staff.", "June 2020", "broker"),
    ],
)
def test_a_gerund_opening_its_clause_is_its_own_subject(sentence: str, date: str, subject_word: str) -> None:
    assert subject_word not in read(sentence, date).words
