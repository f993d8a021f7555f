"""DT001 on one happening dated twice and said in other words (issue 12, recall).

The second mention names the event with another verb of its class ("restored" / "came
back"), a noun sharing the verb's stem ("paying" / "payment", "registered" /
"registration"), a state since the date ("on the register since 1974" / "since its
registration in 1976"), a thing the date names ("the 12 May 2021 guidelines", "the 2016
congress in Tarvik") or a first edition dated after another. Our own sentences, in domains
the evaluation drafts do not cover: each defect must give one DT001 finding, each trap (the
same shapes, two facts) none.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.extract.happenings import EVENT_CLASSES, event_class, statement, stem
from claimcheck.extract import extract
from tests.rules._variants import variant_tests
from tests.rules.test_cases import SUFFIX, load_document, run_rule

DEFECTS = {
    # another verb of the class, the participants the same
    "fisheries: stopped reporting / missed its report": """
Norland's fishing agency missed its quarterly catch report to the commission in March 2021, a first in a decade.

Ever since Norland stopped reporting its catches to the commission in February 2021, inspectors have boarded more vessels.
""",
    "prisons: resumed / came back": """
The justice ministry resumed family visits at Holloway Park prison on 3 May 2021.

In the weeks since family visits came back at Holloway Park on 3 June 2021, complaints have fallen by a third.
""",
    "broadband: published / issued by": """
The telecoms regulator published its broadband coverage map on 9 February 2023.

The coverage map, issued by the telecoms regulator on 19 February 2023, shows gaps in the northern valleys.
""",
    "canals: suspended / halted since": """
The waterways board suspended night navigation on the Velmar Canal in August 2019 after two collisions.

Night navigation on the Velmar Canal has been halted since July 2019, and freight has moved to the roads.
""",
    "textile trade: restored a duty / the duty returned": """
Vietnam restored the duty on imported cotton yarn on 1 July 2022, citing a flood of cheap supplies.

In the months since the cotton yarn duty returned on 1 August 2022, mills have cut their orders.
""",
    "satellites: ceased transmissions / stopped transmitting": """
The operator ceased transmissions from the Kestrel weather satellite in April 2018 after a power fault.

Since the Kestrel weather satellite stopped transmitting in May 2018, forecasts for the islands have relied on radar.
""",
    "ports: adopted / agreed": """
The port authority adopted the dredging plan for the outer harbour on 2 May 2019.

The dredging plan for the outer harbour, agreed by the port authority on 12 May 2019, ran for six years.
""",
    "party congress: held / met": """
The party congress, held in Dunmore in March 2015, chose a new leader.

When the party congress met in Dunmore in April 2015, three candidates stood.
""",
    "broadband: was appointed / her appointment (a verb of no class, its noun)": """
Ilse Varga was appointed chair of the broadband regulator in March 2019, after a long search.

Since her appointment in March 2020, Ilse Varga has cut the licence backlog by half.
""",
    "a clause without its subject: since joining": """
Ola Berg joined the tide-gauge team in 2019.

Ola Berg has led the survey boat since joining the tide-gauge team in 2018.
""",
    "canals: a member since / joined": """
Estavia, a member of the inland waterways convention since 2012, dredges its stretch every decade.

Estavia joined the inland waterways convention in 2011, the last riparian state to do so.
""",
    "canals: joined / its accession": """
Estavia joined the inland waterways convention in 2011, the last riparian state to do so.

Since its accession in 2013, Estavia has dredged its stretch of the river twice a decade.
""",
    "textile trade: withdrew / its withdrawal": """
Korvia withdrew from the cotton export cartel in June 2016, citing low prices.

The cartel has lost a third of its members since Korvia's withdrawal in June 2017.
""",
    "prisons: was privatised / its privatisation": """
The Marlow Point prison was privatised in 1994 under a thirty-year contract.

Since its privatisation in 1996, Marlow Point prison has been inspected every year.
""",
    "fronted date: In DATE, X adopted / the X, agreed": """
In March 2019, the river commission adopted the Larn basin charter after a long debate.

The Larn basin charter, agreed by the river commission in March 2018, limits abstraction in dry years.
""",
    "fronted date without a comma": """
On 12 March 2025 the customs office restored the duty on imported steel wire.

In the months since the steel wire duty came back on 12 April 2025, shipments have fallen.
""",
    "entry into force: took effect / came into force": """
The ban on eel fishing in the Varn estuary took effect on 1 April 2022.

Since the eel fishing ban in the Varn estuary came into force on 1 April 2023, catches have been logged.
""",
    "a start: opened / began service": """
The Dunmore fibre exchange opened in September 2020 with 4,000 subscribers.

The Dunmore fibre exchange, which began service in September 2021, now serves the whole valley.
""",
    "water: began operating / started production": """
The Korrin desalination plant began operating in June 2018 and supplies a third of the city's water.

Since the Korrin plant started production in June 2017, groundwater levels have recovered.
""",
    "mining: shut down / closed since": """
The ministry shut down the Pell Creek mine in October 2015 after the flood.

The Pell Creek mine has been closed since November 2015, and its workers have moved south.
""",
    "food trade: bought / its acquisition of": """
Halvard Foods bought the Kestrel Mills bakery chain in 2012 for $40 million.

Since its acquisition of Kestrel Mills in 2013, Halvard Foods has closed nine bakeries.
""",
    "libraries: moved (active, no class) / their move": """
The national library moved its rare books to the new Lund annex in May 2019.

The rare books have been kept at the Lund annex since their move in May 2018.
""",
    "transport: approved / gave its approval": """
The city council approved the new bus depot on 14 February 2019 after a public hearing.

Work began a year after the council gave its approval in February 2018.
""",
    "fisheries: was lifted / ended": """
The fishing ban around the Selvik banks was lifted in March 2022.

Cod boats returned to the Selvik banks after the ban ended in May 2022.
""",
    "poultry trade: suspended imports / the suspension of imports": """
The agency suspended imports of live poultry from Norland in January 2021 after an outbreak of bird flu.

Live poultry from Norland has not entered the country since the suspension of imports in February 2021.
""",
    "archives: opened / since it opened ('it' the noun phrase before)": """
The national archive opened its new reading room in Harwick on 2 March 2015.

Visitors have used the Harwick reading room since it opened on 12 March 2015.
""",
    "ferries: resumed / returned, the subject named shorter": """
The Renby ferry service resumed on 3 July 2021 after a year without sailings.

When the Renby ferry returned on 13 July 2021, bookings exceeded the boat's capacity.
""",
    # a state since the date and the noun of its start
    "libraries: on the register since / since its registration": """
The Hartwell library has been on the national heritage register since 1974, which protects its reading room.

The Hartwell library has received state grants since its registration in 1976, most of them for its roof.
""",
    # a thing the date names, against its making
    "hydrogen: guidelines issued / the dated guidelines": """
The hydrogen storage guidelines issued by the energy agency on 4 March 2021 set limits for tank pressure.

Since the March 14, 2021 guidelines first required leak sensors, three depots have been refitted.
""",
    # a first edition dated after another
    "animal vaccines: the first summit / the earlier summit": """
At the first regional summit on rabies vaccines for livestock, held in Nairobi in June 2017, donors pledged money for cold chains.

Of the pledges made at the 2016 summit in Nairobi, fewer than half were paid.
""",
    "elections: the first congress / the congress of an earlier year": """
The first congress of the fishermen's union, held in Tarvik in May 2012, set the union's dues.

The congress of 2010 also elected the union's first secretary.
""",
}

TRAPS = {
    "another country, the same happening": """
Norland stopped paying its bondholders in March 2020, after copper prices fell.

Estavia stopped paying its bondholders in May 2021, after a drought.
""",
    "another place": """
The fisheries forum met in Bergen in May 2018 to set the mackerel quota.

The fisheries forum met in Tromsø in June 2018 to review the quota.
""",
    "the first and the second edition": """
The first hydrogen expo, held in Rotterdam in May 2019, drew 40 exhibitors.

The second hydrogen expo, held in Rotterdam in May 2021, drew twice as many.
""",
    "a later edition of a recurring event": """
The first canal heritage conference, held in Ghent in 2015, founded a network of museums.

The 2017 canal heritage conference in Ghent added a prize for restorations.
""",
    "a plan and the happening": """
The operator is due to resume broadcasts from the Kestrel satellite in March 2026.

Broadcasts from the Kestrel satellite resumed in January 2026, ahead of plan.
""",
    "since and until": """
Night ferries on the Velmar Canal were suspended until May 2019.

Night ferries on the Velmar Canal have been suspended since March 2018.
""",
    "a deadline": """
The telecoms regulator must publish the broadband coverage map by June 2024.

The telecoms regulator published the broadband coverage map in March 2024.
""",
    "a stop and a restart": """
The port suspended night pilotage on the Velmar Canal in 2018.

The port resumed night pilotage on the Velmar Canal in 2020.
""",
    "the same verb, another object": """
Norland stopped paying its bondholders in October 2020.

Norland stopped paying its bilateral lenders in April 2021.
""",
    "a repeat": """
The Hartwell library closed its reading room to the public in 2009.

The Hartwell library suspended its lending service in 1998 and again in 2016.
""",
    "a denied happening": """
The regional ministry published the cormorant census in April 2019.

The regional ministry did not publish the cormorant census in April 2020.
""",
    "a clause dating two things": """
The 2018 merger of the two pilot associations was announced in March.

The two pilot associations announced their merger in 2017.
""",
    "one bare noun on both sides": """
The cooperative was founded in 1998 in Arles.

A rival says the cooperative was founded in 2001.
""",
    "counted several times": """
The heritage board has considered registering the library as endangered three times since 2012.

The Hartwell library has been on the national heritage register since 1974.
""",
    "a person elected twice": """
Ilse Varga was elected mayor of Tarvik in 2015.

Ilse Varga was elected mayor of Tarvik in 2019, with a larger majority.
""",
    "an active verb with its object is no passive": """
Cod landings at the Tarvik harbour reached a record in 2019.

Cod landings at the Tarvik harbour reached a new low in 2021.
""",
    "another member joined": """
Estavia joined the inland waterways convention in 2011.

Korvia joined the inland waterways convention in 2014.
""",
    "a noun of another happening": """
The Marlow Point prison was privatised in 1994.

Since its renovation in 2001, Marlow Point prison has held 600 inmates.
""",
    "fronted dates of two acts of one body": """
In March 2019, the river commission adopted the Larn basin charter.

In May 2021, the river commission published its first drought report.
""",
    "a short name against another": """
The UK restored the steel levy on 1 March 2024.

The EU restored the steel levy on 1 June 2024.
""",
    "two plants starting": """
The Korrin desalination plant began operating in June 2018.

The Pell desalination plant started production in June 2017.
""",
    "two mines closed": """
The ministry shut down the Pell Creek mine in October 2015 after the flood.

The Varn Hill mine has been closed since November 2015.
""",
    "two acquisitions by one buyer": """
Halvard Foods bought the Kestrel Mills bakery chain in 2012.

Since its acquisition of Orla Bakeries in 2013, Halvard Foods has closed nine shops.
""",
    "another thing moved": """
The national library moved its maps to the Lund annex in May 2019.

The rare books have been kept at the Lund annex since their move in May 2018.
""",
    "a verb of no class twice: two happenings": """
The Hartwell library was renovated in 2001.

The Hartwell library was renovated in 2015.
""",
    "a start and a start of something else": """
The Varn lifeboat project started in 2015 with two boats.

The Varn lifeboat project started accepting donations in 2019.
""",
    "two people named by pronouns": """
She has been a member of the tide-gauge team since 2019, after a decade at sea.

He joined the tide-gauge team in 2018 and now leads its survey boat.
""",
    "another member": """
Estavia has been a member of the inland waterways convention since 2011.

Korvia joined the inland waterways convention in 2014.
""",
    "two people joining, one in a clause without its subject": """
Ola Berg joined the tide-gauge team in 2019.

Kari Lund has led the survey boat since joining the tide-gauge team in 2018.
""",
    "one owner's two things": """
Since the Korrin port stopped paying its lenders in 1990, its cranes have rusted.

Since the Korrin mine stopped paying its lenders in 1991, its shafts have flooded.
""",
    "two bans ended": """
The ban on bottom trawling around the Selvik banks ended in March 2022.

The ban on drift nets in the Varn estuary ended in May 2022.
""",
    "two suspensions of imports": """
The agency suspended imports of live poultry from Norland in January 2021.

Since the suspension of beef imports from Estavia in February 2021, prices have risen.
""",
    "'it' is another thing than the one dated": """
The national archive opened its new reading room in Harwick on 2 March 2015.

Visitors have used the Lund map room since it opened on 12 March 2015.
""",
    "two versions": """
The mapping team released the tide parser 1.2 on 3 May 2021.

The tide parser 1.3, released by the mapping team on 2 August 2021, reads older charts.
""",
    "another edition named by its year": """
The annual vaccine survey published in March 2022 found gaps in the north.

The annual vaccine survey published in March 2023 found fewer.
""",
}


test_defect_found, test_trap_silent = variant_tests(
    "DT001", {k: v.lstrip() for k, v in DEFECTS.items()}, {k: v.lstrip() for k, v in TRAPS.items()}, wrap="{}"
)


@pytest.mark.parametrize(
    "words, stems",
    [
        (("listing", "listed", "List", "lists"), {"list"}),
        (("payment", "paying", "paid", "payments"), {"pay"}),
        (("transmission", "transmitting", "transmitted"), {"transmit"}),
        (("restored", "restore", "restoring"), {"restor"}),
        (("issued", "issue", "issues"), {"issu"}),
    ],
)
def test_stems_of_derived_words_agree(words, stems) -> None:
    assert {stem(w) for w in words} == stems


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("came back", "return"),
        ("was restored", "return"),
        ("stopped", "stop"),
        ("missed", "stop"),
        ("published", "publication"),
        ("was issued", "publication"),
        ("concluded", "adoption"),
        ("signed", "signing"),
        ("held", "holding"),
        ("took place", "holding"),
        ("withdrew", "leaving"),
        ("withdrawal", "leaving"),
        ("left", "leaving"),
        ("accession", "joining"),
        ("appointed", "appointment"),
        ("began", "launch"),
        ("raised", None),
    ],
)
def test_event_classes(phrase: str, expected: str | None) -> None:
    assert event_class(phrase) == expected


def test_event_classes_are_disjoint() -> None:
    seen: dict[str, str] = {}
    for name, stems in EVENT_CLASSES.items():
        for s in stems:
            assert s not in seen, (s, name, seen.get(s))
            seen[s] = name


def test_month_day_and_day_month_are_the_same_kind_of_date(tmp_path) -> None:
    """ "October 17, 2022" and "17 October 2022" are one date, in every reader."""
    draft = "The board met on October 17, 2022 in Oslo.\n\nThe board met again on 17 October 2022 in Bergen.\n"
    for reader in ("markdown", "text", "html"):
        path = tmp_path / f"draft{SUFFIX[reader]}"
        body = draft if reader != "html" else "".join(f"<p>{p}</p>" for p in draft.split("\n\n"))
        path.write_text(body, encoding="utf-8")
        dates = [c for c in extract(load_document(path, reader=reader)).of_kind("date") if c.date is not None]
        assert len(dates) == 2, (reader, dates)
        assert len({c.date for c in dates}) == 1, (reader, dates)


def test_a_plan_is_no_happening() -> None:
    st = statement("The operator is due to resume broadcasts in March 2026.", "March 2026")
    assert st is not None and st.plan


def test_many_dated_statements_are_not_compared_pairwise(tmp_path, monkeypatch) -> None:
    """Dates said in other words are compared only with the latest few earlier ones sharing
    one of their rarest words (counted, not timed)."""
    from claimcheck.rules import dt001_event_dated_differently as dt001
    from tests.rules.test_dt001_phrasings import _made_up

    calls = 0
    same_statement = dt001.same_statement

    def counted(*args, **kwargs):
        nonlocal calls
        calls += 1
        return same_statement(*args, **kwargs)

    monkeypatch.setattr(dt001, "same_statement", counted)
    n = 400
    draft = "\n\n".join(
        f"The {_made_up(i)} desalination plant resumed production in {1950 + i % 70}." for i in range(n)
    )
    assert run_rule("DT001", draft + "\n", "markdown", tmp_path) == []
    assert 0 < calls < n * dt001._LATEST, calls


@given(
    st.lists(
        st.sampled_from(
            [
                "the",
                "its",
                "Since",
                "in",
                "on",
                "of",
                "was",
                "restored",
                "listing",
                "Norland's",
                ",",
                ";",
                "2019",
                "first",
                "forum",
                "it",
                "came",
                "back",
                "by",
                "the 2018",
                "March",
                "(",
                "again",
                "x",
            ]
        ),
        max_size=12,
    ),
    st.sampled_from(["2019", "March 2020", "12 April"]),
)
@settings(max_examples=300, deadline=None)
def test_statement_reads_any_clause(words, date) -> None:
    """No clause around a date makes the reading fail (a one-word clause, a bare possessive …)."""
    for at in range(len(words) + 1):
        sentence = " ".join(words[:at] + [date] + words[at:]) + "."
        statement(sentence, date)
