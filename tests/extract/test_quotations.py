"""Quotations of four words or more, with the speaker the sentence names."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter

from claimcheck.claims.models import Claim
from claimcheck.document import Source
from claimcheck.extract.quotations import DOCUMENTS, extract_quotations, find_quotations, is_framed
from claimcheck.extract.text import iter_units
from claimcheck.ingest.markdown import read_markdown


def quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q["quote"], q["speaker"]) for q in find_quotations(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "“We will land before the end of the decade,” according to Wu Hao.",
            [("We will land before the end of the decade,", "Wu Hao")],
        ),
        (
            "As Maria Costa argues: “the budget cannot carry two programmes at once.”",
            [("the budget cannot carry two programmes at once.", "Maria Costa")],
        ),
        (
            "Lin Bo, chief designer at the institute, noted that “reusability is the only way forward.”",
            [("reusability is the only way forward.", "Lin Bo")],
        ),
        (
            "NASA stated at the time that “the samples remain under review by several teams.”",
            [("the samples remain under review by several teams.", "NASA")],
        ),
        (
            "It is “a rare and lucid admission of weakness” in the words of Ana Ruiz and Tom Berg.",
            [("a rare and lucid admission of weakness", "Ana Ruiz and Tom Berg")],
        ),
        (
            "An official may call it “a poem written across the sky,” but it is policy.",
            [("a poem written across the sky,", None)],
        ),
        ("He said the plan was 'good enough for now' and left.", []),
        # straight single marks: a sentence's worth, past a plural's apostrophe
        (
            "'The pilots' union will not accept a rota that changes every week,' said Ana Ruiz.",
            [("The pilots' union will not accept a rota that changes every week,", "Ana Ruiz")],
        ),
        ("The pilots' union didn't sign, and the crews' leaders weren't asked either.", []),
        # a participle's clause before "he said": its first word is no name; "he" is the
        # person a role names by apposition in the sentence before
        (
            "The trade secretary, Ines Halvorsen, opened the fair. Welcoming the first exhibitors, she said "
            "that “the region has never exported more timber than it does today”.",
            [("the region has never exported more timber than it does today", "Ines Halvorsen")],
        ),
        # "likes to say": the role says it
        (
            "The commissioner likes to say that the tunnel is “the cheapest mile of track in Europe”.",
            [("the cheapest mile of track in Europe", "the commissioner")],
        ),
    ],
)
def test_quotes_and_speakers(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "It is “big but weak” by its own account.",  # scare quotes: three words
        "The “Sputnik moment” never came.",
        "The “Two Bombs, One Satellite” project began.",  # a name in quotes
        "The “Long March 5 Heavy” flew.",
        "China’s and Russia’s programmes differ; the firms’ costs don’t.",  # apostrophes
        '{% figure "media/2023/harbour-map-of-the-old-quay.png" "A map of the old quay" %}',  # template tag
        '{{< picture src="2020/05/a-b-c-d.jpg" alt="Three ferries moored side by side at dawn" >}}',
        '<img alt="Three ferries moored side by side at dawn" src="x.png">',  # markup attribute
        'Run `echo "hello from the build step now"` first.',  # code span
        'The parser reads b"GET /index.html HTTP/1.1" from the socket.',  # byte string
        'The entry point is "src/harbour/ferry/schedule.py" in the repository.',  # a path
        'It emits "movq $0x10, %rsi \\n\\t" for the call.',  # assembly
        'See [the guide](https://example.org/a "Ferry timetables for the whole coast") first.',  # link title
    ],
)
def test_not_quotations(text):
    assert find_quotations(text) == []


@pytest.mark.parametrize(
    "text, framed",
    [
        ("Officials repeat that the port is “open to every ship that follows the rules.”", True),
        ("“The port is open to every ship that follows the rules,” the minister said.", True),
        ("The mayor called the port “a gate to the world for every small trader.”", True),
        ("“The port is open to every ship that follows the rules.”", False),  # standing alone
        ("“So tired I could sleep for a week,” means you are tired.", False),  # an example phrase
        ('^ "Harbour statistics: ferry passengers by quarter". Port Office.', False),  # a title
        ("A pilot in the harbour put the risk bluntly: “one storm and the whole season is lost.”", True),
        ("In its words, “a ferry that runs half the year is worse than no ferry at all.”", True),
        ("The pilot's phrase has since reached the ministry: “one storm and the season is lost.”", True),
        ("The phrase “one storm and the whole season is lost” means a bad year.", False),
        # a speaker in apposition after the quotation
        ("“The quay stays open all winter,” the harbour master, Ole Brandvik, said on Monday.", True),
        # a full sentence after a colon; a lower-case fragment after a colon is not enough
        ("The minister ended the debate with one line: “Nobody will lose a single crown of their pension.”", True),
        ("The sign on the door reads: “closed until the ferry returns from the island.”", False),
        # a quotation standing as its own sentence after a sentence of saying, or of none
        ("Ines Vale says the problem is the dredging. “The channel silts up every spring and the boats wait.”", True),
        ("The channel was dredged in May. “The channel silts up every spring and the boats wait.”", False),
    ],
)
def test_framed_quotations(text, framed):
    q = find_quotations(text)[-1]
    assert is_framed(text, q["start"], q["end"] - 1, q["speaker"]) is framed


@pytest.mark.parametrize(
    "text, speakers",
    [
        ("“The quay stays open all winter,” the harbour master, Ole Brandvik, told reporters.", ["Ole Brandvik"]),
        (
            "“Nobody here wants the mine,” Tomas Berg told the hearing. “It would drain the lake every farm uses.”",
            ["Tomas Berg", "Tomas Berg"],
        ),
        (
            "Dr Ana Diallo, who runs the clinics, says the fourth dose is the problem. “Mothers come for the first three.”",
            ["Dr Ana Diallo"],
        ),
        (
            "The energy minister, Hanna Lind, replied that the tariff “will save every greenhouse its crop.”",
            ["Hanna Lind"],
        ),
        # a role in lower case right before the name, no comma between
        ("“The reef will not survive another decade of this,” said the marine biologist Lena Ortiz.", ["Lena Ortiz"]),
        # a title-case office, then the person who holds it: the person speaks
        (
            "The Chief Medical Officer, Dr Omar Haddad, told the committee: “Every winter the wards fill faster than before.”",
            ["Dr Omar Haddad"],
        ),
        # whose words they are, before them
        ("Ibarra's words, “the young ones left for the coast for good”, sum up the decade.", ["Ibarra"]),
        # a judge's style before the name is not counted among the name's words
        (
            "“The court cannot sit without twelve of them,” says His Honour Judge Ewan Mackie Dorr, who retired in May.",
            ["His Honour Judge Ewan Mackie Dorr"],
        ),
        ("Judge Dorr's warning bears repeating: “The court cannot sit without twelve jurors.”", ["Judge Dorr"]),
        # a quotation standing alone after a sentence that names nobody has no speaker
        ("The vote was close. “We will not give up the fight for the valley.”", [None]),
        # no name: the role that speaks
        ("The union said the contract “will cost hundreds of jobs in the yards.”", ["the union"]),
        (
            "“The toll will empty the old town of its shops,” the traders' association warned.",
            ["the traders' association"],
        ),
        ("The mayor had promised that “we will not raise any harbour fees this year.”", ["the mayor"]),
        ("The report says that “the harbour will need dredging every spring.”", [None]),
        # a role whose words they are, after or before the quotation
        (
            "“A ferry nobody maintains is just a wreck in waiting,” in the words of one marine surveyor.",
            ["the marine surveyor"],
        ),
        (
            "“A ferry nobody maintains is just a wreck in waiting,” in the words of a harbour pilot in Oban.",
            ["the harbour pilot"],
        ),
        (
            "According to a senior midwife at the unit, “the night rota has never been this thin.”",
            ["the senior midwife"],
        ),
        ("According to the survey, “most crews now work a six-day week on the islands.”", [None]),
        # a role of a body, then the person holding it: the person speaks
        (
            "The chair of the ORR, Maria Kessler Lund, told a select committee that “the regulator cannot close a line.”",
            ["Maria Kessler Lund"],
        ),
        ("The head of the Port Authority, Ana Ruiz, said that “the quay stays open all winter.”", ["Ana Ruiz"]),
        # a plural noun spelt like a verb of saying, then its own verb, is no one saying: the
        # person at the head of the sentence speaks
        (
            "Mele Tupou, who advised a coastal delegation, summed up what the smaller member states wanted: “We came for the reefs, not for the money.”",
            ["Mele Tupou"],
        ),
        (
            "Rangi Kora, a negotiator for the atoll nations, explained what the island states feared most: “Our boats cannot compete with theirs.”",
            ["Rangi Kora"],
        ),
        (
            "Ines Abara, the fleet's biologist, read out what the field notes had recorded: “The shoal left the bay within a week.”",
            ["Ines Abara"],
        ),
        # a role that states or notes something, with no verb of its own after it, still speaks
        (
            "The fisheries committee states in its letter that “the quota will empty the reefs.”",
            ["the fisheries committee"],
        ),
        ("The harbour master notes that “the quota will empty the reefs by the spring.”", ["the harbour master"]),
        # a saying told as the manner of another deed: the person opening the sentence speaks
        ("Senator Rhea Vance closed the debate by saying that “the vote can wait a week.”", ["Senator Rhea Vance"]),
        ("Piet Dral turned the offer down, warning that “the yard will close by May.”", ["Piet Dral"]),
        (
            "Dr Omar Sy, the clinic's head, ended the visit by telling reporters that “no ward will shut.”",
            ["Dr Omar Sy"],
        ),
        # a time and a pronoun before the verb are no role: the speaker is unknown here
        ("A month later she repeated the warning: “the yard will close by June.”", [None]),
        ("Two years on he restated it: “the fund is empty.”", [None]),
    ],
)
def test_speakers_around_and_before(text, speakers):
    assert [s for _, s in quotes(text)] == speakers


def test_pronoun_keeps_the_previous_speaker():
    text = "Kai Li describes it as a “slow and careful way of building rockets,” although he still estimates that “private firms will lead the market within ten years.”"
    assert [s for _, s in quotes(text)] == ["Kai Li", "Kai Li"]


def test_footnote_titles_are_not_quotations_but_prose_quotes_are():
    body = (
        "Text.[^1][^2]\n\n"
        "[^1]: Sam Ito, “Why the launch market is about to change,” Orbit News, May 1, 2024, https://x.example/a.\n"
        "[^2]: “Satellites are now the eyes of every army in the region”: “Eyes in orbit,” Defense Weekly, 2023.\n"
    )
    d = read_markdown(Source("d.md", body))
    claims = list(extract_quotations(list(iter_units(d))))
    assert [(c.footnote, c.quote) for c in claims] == [("2", "Satellites are now the eyes of every army in the region")]


def test_supporting_footnotes_and_round_trip():
    d = read_markdown(
        Source("d.md", "She said “the review will take at least two more years.”[^3]\n\n[^3]: Note text here.\n")
    )
    (c,) = list(extract_quotations(list(iter_units(d))))
    assert c.footnotes == ("3",)
    assert c.text == "“the review will take at least two more years.”"
    adapter = TypeAdapter(Claim)
    assert adapter.validate_json(adapter.dump_json(c)) == c


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["“", "”", '"', "‘", "’", "word ", "Wu Hao ", "said ", "according to ", ". ", ", ", "中文", "(", ")"]
        ),
        max_size=40,
    ).map("".join)
)
def test_never_raises_and_spans_hold(text):
    d = read_markdown(Source("d.md", text + "\n"))
    units = list(iter_units(d))
    for c in extract_quotations(units):
        unit = next(u for u in units if u.block == c.block and u.footnote == c.footnote)
        assert c.text == unit.text[c.start : c.end]


@pytest.mark.parametrize(
    ("sentence", "quoted", "document"),
    [
        (
            "The revised harbour plan says the quay “will be dredged to twelve metres by June”.",
            "“will be dredged to twelve metres by June”",
            "plan",
        ),
        (
            "“No vehicle over 7.5 tonnes may cross the bridge,” the bylaw notice reads.",
            "“No vehicle over 7.5 tonnes may cross the bridge,”",
            "notice",
        ),
        (
            "According to the 2031 budget, the fund “will pay for four new ambulances each year”.",
            "“will pay for four new ambulances each year”",
            "budget",
        ),
    ],
)
def test_a_document_named_as_what_says_the_words_is_their_source(sentence, quoted, document):
    from claimcheck.extract.quotations import document_source

    assert document_source(sentence, quoted) == document


@pytest.mark.parametrize(
    ("sentence", "quoted"),
    [
        # a person's words, a role's, and a person's words a document reports
        (
            "Marta Ruiz said the quay “will be dredged to twelve metres by June”.",
            "“will be dredged to twelve metres by June”",
        ),
        (
            "The harbour master said the quay “will be dredged to twelve metres by June”.",
            "“will be dredged to twelve metres by June”",
        ),
        (
            "The audit report says the harbour master told us the quay “will be dredged by June”.",
            "“will be dredged by June”",
        ),
        # a document of a named person's may be their words
        (
            "Ruiz's plan says the quay “will be dredged to twelve metres by June”.",
            "“will be dredged to twelve metres by June”",
        ),
    ],
)
def test_words_a_person_says_have_no_document_as_source(sentence, quoted):
    from claimcheck.extract.quotations import document_source

    assert document_source(sentence, quoted) is None


@given(
    st.sampled_from(sorted(DOCUMENTS)),
    st.sampled_from(["says", "states", "reads", "promised"]),
    st.sampled_from(["", "the mayor, Rui Pinto, told residents ", "the minister said "]),
)
def test_a_document_is_the_source_unless_it_reports_another_speaker(noun, verb, relayed):
    from claimcheck.extract.quotations import document_source

    quoted = "“the old pier will close for good at the end of the summer season”"
    sentence = f"The new {noun} {verb} {relayed}{quoted}."
    assert document_source(sentence, quoted) == (None if relayed else noun)


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a role in sentence case opens the sentence, the person's name follows it
        (
            "Senior ranger Talia Obuya closed the trail for the winter. “The bridge will not take a loaded cart again,” she said.",
            "Talia Obuya",
        ),
        (
            "Deputy head teacher Colm Reddy ran the survey. “Half of our pupils skip breakfast twice a week,” he said.",
            "Colm Reddy",
        ),
        (
            "Lighthouse keeper Anneke de Vries logged the storm. “The waves reached the lamp room for the first time,” she told us.",
            "Anneke de Vries",
        ),
        # a role, then the name set off by commas, then words that are no verb of saying, a colon
        (
            "The growers' cooperative treasurer, Imre Farkas, put the figures on the table: “We lose money on every crate we send north.”",
            "Imre Farkas",
        ),
        (
            "The town's archivist, Beatriz Salgado, went further: “Nobody has opened these boxes since the flood of 1967.”",
            "Beatriz Salgado",
        ),
        (
            "One of the pilots, Dawit Bekele, was blunter: “The runway lights fail every time it rains hard.”",
            "Dawit Bekele",
        ),
    ],
)
def test_the_person_after_a_role_at_a_sentence_head_speaks(text, speaker):
    assert [s for _, s in quotes(text)] == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a place or a time before the speaker is not the speaker
        (
            "In Tromsø, the harbour master, Siri Nilsen, said: “The new quay will take cruise ships from next May.”",
            "Siri Nilsen",
        ),
        (
            "At the inquiry in June, the airline's lawyer, Owen Price, said: “No passenger was ever told the flight was full.”",
            "Owen Price",
        ),
        (
            "From Nairobi, the charity's director Grace Wanjiru said: “We have enough maize in store to last until the rains.”",
            "Grace Wanjiru",
        ),
        # a name that is also a month or a word after a place is still a name
        (
            "Theresa May, the former prime minister, said: “No deal is better than a bad deal for this country.”",
            "Theresa May",
        ),
        (
            "Early in March, Ruth Ogden said: “We will open twelve new nurseries before the summer holidays begin.”",
            "Ruth Ogden",
        ),
    ],
)
def test_a_place_or_a_time_before_the_speaker_is_not_the_speaker(text, speaker):
    assert [s for _, s in quotes(text)] == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a sentence-case word opening a sentence before a name is no role when a verb or a
        # phrase follows it: the sentence's subject is read as before
        ("Rania Mahmoud teaches at the college. “We have no heating in half the rooms,” she said.", "Rania Mahmoud"),
        ("Okafor returned to the farm in May. “The well had run dry by the second week,” he said.", "Okafor"),
    ],
)
def test_a_sentence_head_without_a_role_reads_as_before(text, speaker):
    assert [s for _, s in quotes(text)] == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a person "of" or "at" a body, with more about them set off by commas, before the verb
        (
            "Later, Ines Barros of the Coastal Fishers' Guild (CFG), with 800 boats, said: “The quota will empty the harbour by spring.”",
            "Ines Barros",
        ),
        (
            "Tomasz Wrona at the county archive, who catalogued the letters, said: “Half the box was never opened.”",
            "Tomasz Wrona",
        ),
        (
            "Mei Ling from the water board, speaking for the first time, told us: “The pipes under the market are older than the market.”",
            "Mei Ling",
        ),
        # a body's role, then the person who holds it
        (
            "Harbourline Ferries' operations director, Pieter Jansen, said: “No crossing will be cancelled for lack of crew.”",
            "Pieter Jansen",
        ),
        (
            "Norvik Energy's chief engineer, Solveig Berg, led the tour. “The turbine hall was built for twice this load,” she said.",
            "Solveig Berg",
        ),
        (
            "The Dockworkers' Union's general secretary, Rafe Ode, wrote: “Every crane driver will keep a seat at the table.”",
            "Rafe Ode",
        ),
        # a role's words named as such right before them, whoever the sentence's subject is
        (
            "Analysts at Corbel Bank said the governor's pledge to hold rates “for at least the next two years” was new.",
            "the governor",
        ),
        ("Residents doubted the mayor's promise that the hall “will reopen before the winter fair”.", "the mayor"),
        (
            "Traders read the finance minister's warning that prices “will not come down this year” as a signal.",
            "the finance minister",
        ),
        # a role at a body: the role speaks, not the body
        (
            "A planner at the port put it simply: “we are paving the road before anyone has bought a truck.”",
            "the planner at the port",
        ),
        (
            "One nurse on the ward said that the rota “leaves nobody to cover a night of sickness”.",
            "the nurse on the ward",
        ),
    ],
)
def test_the_person_or_role_whose_words_they_are(text, speaker):
    assert [s for _, s in quotes(text)] == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a relation or a colleague named after a possessive pronoun (a given name alone too)
        ("Her husband, Rui, sees it differently. “The well will be dry by August,” he said.", "Rui"),
        ("His deputy, Sam Cole, was less sure: “The roof could hold for another winter.”", "Sam Cole"),
        ("Their lawyer, Anika Bose, went further: “No court will accept a contract signed at midnight.”", "Anika Bose"),
        # a new party opening a sentence that gives words after a colon
        ("A rival bakery makes a bolder promise: “Every loaf is baked within an hour of sale.”", "the rival bakery"),
        ("Another grower went further: “Half the valley will be planted with almonds by 2030.”", "the grower"),
        ("One shipping agent told us: “Nobody books a berth here without a week's notice.”", "the shipping agent"),
    ],
)
def test_a_relation_or_a_new_party_opening_the_sentence_speaks(text, speaker):
    assert [s for _, s in quotes(text)] == [speaker]
