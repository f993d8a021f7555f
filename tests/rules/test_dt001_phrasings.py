"""DT001 on the ways people date one event twice: a verb in one place, a noun in the other.

Our own sentences, in several domains (issue 12): each defect must give one DT001 finding,
each trap (two different happenings, things, parties or an as-of date) none.
"""

from __future__ import annotations


from tests.rules._variants import variant_tests
from tests.rules.test_cases import run_rule

DEFECTS = {
    "passed / passage": """
Parliament passed the water act in June 2019, after a long debate.

Since the 2018 passage of the water act, utilities have raised tariffs twice.
""",
    "adopted / possessive adoption of": """
The ministry adopted the Coastal Protection Plan on 3 April 2022.

Since the ministry's adoption of the plan in April 2021, four dunes have been rebuilt.
""",
    "came into force / when ... took effect": """
A ban on bottom trawling came into force on 1 July 2020, after a poor season.

Since May 2019, when the trawling ban took effect, catches of cod have recovered.
""",
    "entered into force / entry into force": """
The emissions directive entered into force in January 2018.

The directive's entry into force in 2017 changed how plants report.
""",
    "signed in a place / the dated place agreement": """
The five states signed the fisheries framework in Oslo on 4 May 2016, after a night of talks.

Since the May 2015 Oslo agreement, the parties have met every spring.
""",
    "approved / approval of a name": """
The medicines agency approved Velorix in March 2021 for adults over sixty.

Since the agency's approval of Velorix in March 2020, sales have doubled.
""",
    "recommended it / recommendation of a name": """
Zelbrin, made by a laboratory in Pune, followed; the regulator recommended it in May 2023.

Since the May 2022 recommendation of Zelbrin, two factories have been built.
""",
    "law of a date / the dated law": """
The national energy law of June 2021 caps retail prices.

Since the 2020 energy law, the grid operator has published its costs.
""",
    "announced / announcement of": """
The board announced the merger with Harlow Foods in 2019.

The 2020 announcement of the merger with Harlow Foods sent the shares up.
""",
    "launched (active, object) / launch of": """
The city launched the bike-share scheme in 2017 with 400 bicycles.

Since the 2016 launch of the bike-share scheme, car trips have fallen.
""",
    "the act was adopted / the act of a date": """
The tenancy act was adopted in 2018 after two readings.

The tenancy act of March 2019 lets tenants appeal rent rises.
""",
    "signed in a place (passive) / the dated place treaty": """
The treaty was signed in Oslo in May 2016 by the five coastal states.

Since the 2015 Oslo treaty, quotas have been set every autumn.
""",
    "approved by a body / the body's dated approval of": """
The harbour plan was approved by the city council in 2019.

The city council's approval of the harbour plan in 2020 was challenged in court.
""",
    "the date opening its clause / a participle": """
In 2019, Parliament passed the water act.

The water act, passed in 2018, set new limits for nitrates.
""",
    "takes effect / comes into force (present and future)": """
The carbon border levy takes effect on 1 January 2026.

When the carbon border levy comes into force in 2027, importers will pay for their emissions.
""",
    "construction of / work on": """
Construction of the desalination plant began in March 2021.

Work on the desalination plant started in 2020, the ministry says.
""",
    "in force since / came into force": """
The fishing ban, in force since 2021, covers every bay.

The fishing ban came into force in 2020 after a poor season.
""",
    "a relative clause / its opening": """
The Kessing bridge, which opened in 2019, carries 40,000 cars a day.

Since its opening in 2020, the Kessing bridge has cut journey times.
""",
    "commissioned / commissioning of": """
The Orsund gas plant was commissioned in 2015.

Since the commissioning of the Orsund gas plant in 2016, prices have fallen.
""",
    "published / publication of": """
The national water audit, published in March 2023, found leaks in every city.

Since the March 2022 publication of the national water audit, two cities have fixed their mains.
""",
    "scrapped / abolition of": """
The grain export ban was scrapped in 2021 after a good harvest.

Since the abolition of the grain export ban in 2020, prices have fallen.
""",
    "a law with its year in parentheses / passed": """
The Water Act (2019) sets limits for nitrates.

The Water Act, passed in 2018, also created a regulator.
""",
    "passed a chamber / signed into law": """
The pension bill passed the Senate in May 2023.

Since the Senate's adoption of the pension bill in May 2022, unions have protested.
""",
    "began operating / started": """
The Lisbon orbital metro line began operating in 2019.

Since the Lisbon orbital metro line started in 2020, car trips have fallen.
""",
    "the launch in a month of / launched": """
The city launched the bike-share scheme in March 2021.

Since the launch in March 2020 of the bike-share scheme, trips have risen.
""",
    "the date fronted without a comma / took effect": """
In March 2021 the groundwater moratorium came into force across the basin.

Since the groundwater moratorium took effect in March 2020, 600 wells have been sealed.
""",
}

TRAPS = {
    "adopted, then in force": """
The water act was passed in 2019.

Since the water act came into force in 2020, utilities have raised tariffs.
""",
    "signed, then ratified": """
The border treaty was signed in 2016.

Since its ratification in 2018, the border treaty has cut queues.
""",
    "announced, then launched": """
The bike-share scheme was announced in 2019.

Since the 2020 launch of the bike-share scheme, car trips have fallen.
""",
    "two agreements in two places": """
The five states signed the fisheries framework in Paris on 4 May 2016.

Since the May 2015 Oslo agreement, the parties have met every spring.
""",
    "since as the start of a period": """
Since 2020, rents have risen by a third.

The rent law was adopted in 2021.
""",
    "two different laws": """
The regional law of 2020 was struck down by the court.

The national housing law of May 2023 lets regions cap rents. Since the 2023 housing law, rents have fallen.
""",
    "an as-of date is no entry into force": """
As of March 2024, the fishing ban was in force in every bay.

The fishing ban came into force in 2022.
""",
    "one body adopts two things": """
The council adopted the budget in March 2023.

Since the council's adoption of the climate plan in 2022, emissions have fallen.
""",
    "two parties ratify one accord": """
Norway ratified the water accord in 2019.

Iceland ratified the water accord in 2021.
""",
    "one party signs, the signing of the accord": """
Norway signed the water accord in 2019.

Since the 2020 signing of the water accord, flows have been shared.
""",
    "the new agreement and the old one": """
The new London agreement was signed in 2024.

Since the 2023 London agreement, the parties have met on schedule.
""",
    "an unsafe pronoun": """
The minister, who met the regulator twice, said it was approved in 2020.

Since the 2021 approval of the vaccine, sales have doubled.
""",
    "a law dated twice by name, two laws": """
The 2019 energy law capped prices. The 2021 energy law lifted the cap.

The energy law of 2021 was challenged in court.
""",
    "two bodies approve one plan": """
The harbour plan was approved by the city council in 2019.

The harbour plan was approved by the port authority in 2020.
""",
    "one party's ratification and another's": """
Norway's 2019 ratification of the water accord was quick.

The water accord was ratified by Iceland in 2021.
""",
    "a date opening a clause about something else": """
In 2019, prices rose by a tenth.

The price law was passed in 2020.
""",
    "the amended law and the law": """
The amended tenancy law was passed in 2021.

Since the tenancy law was passed in 2016, evictions have fallen.
""",
    "an agreement named only by its year": """
The London agreement was signed in 2024 after a night of talks.

Since the 2023 agreement, the parties have met on schedule.
""",
    "passing through a place is no adoption": """
Most freight passed through Rotterdam in 2019.

Since the 2020 passage of the Rotterdam freight rules, checks are faster.
""",
    "agreed, then signed": """
The Paris climate accord was agreed in December 2015.

The Paris climate accord was signed in April 2016.
""",
    "a treaty's name before another noun": """
The Lisbon Treaty was signed in 2007.

The 2019 Lisbon Treaty reforms changed voting in the council.
""",
    "construction of two different terminals": """
Construction of the northern terminal began in 2019.

Construction of the southern terminal began in 2021.
""",
    "a yearly report of two years": """
The annual water report, published in March 2023, found leaks.

The annual water report, published in March 2024, found fewer.
""",
    "a range in parentheses is no document's date": """
The Water Act (2019–2021) phased in limits.

The Water Act was passed in 2018.
""",
    "adopted in one year, in place since the next": """
The coastal fishing ban was adopted in 2020.

The coastal fishing ban, in place since 2021, covers every bay.
""",
    "two versions of one program": """
- Harbor 2.1-beta released in February 2018 added a wallet.

- Harbor 2.2-beta released in October 2018 dropped the old index.
""",
}


# events named by a noun (the noun is the event: an election, a collision, a summit), the
# same event dated twice in other words and another order (issue 12, held-out drafts)
DEFECTS.update(
    {
        "an election held on a date / the election of a date": """
Norland's general election, held on 3 March 2023, was the closest in decades.

Observers who stayed after the general election of 5 March 2023 saw the recount.
""",
        "the date's election / an election held": """
The general election, held on 19 May 2022, brought a coalition to power.

Turnout in June 2022's general election was the lowest since the war.
""",
        "two participants collide, in the other order": """
In March 2011, the cargo ship Marisol and the ferry Bremen Star collided off the cape.

The 2010 collision of Bremen Star and Marisol led to new traffic lanes.
""",
        "collided in a year / the collision between": """
The satellites Ofeq 4 and Kosmos 2209 collided in 2014, scattering fragments.

After the collision between Ofeq 4 and Kosmos 2209 in 2015, operators shared orbits.
""",
        "a referendum took place / the referendum of another day": """
The independence referendum took place on 18 September 2014 in every district.

Since the independence referendum of 16 September 2014, the two parties have not governed together.
""",
        "a summit of a month / a summit held in another": """
The Lisbon summit of November 2010 agreed a new strategic concept.

The Lisbon summit, held in December 2010, is remembered for that concept.
""",
        "merged / the merger of, in the other order": """
Halvard Foods and Kestrel Mills merged in 2016 after two years of talks.

The 2017 merger of Kestrel Mills and Halvard Foods created the largest miller.
""",
        "launched as a pilot / since the pilot began": """
The meals scheme was launched in 2021 as a pilot in two towns.

Since the pilot began in 2020, food waste has fallen by a third.
""",
        "an election of one year, another day": """
The regional election, held on 14 March 2021, returned the coalition.

Since March 2021's regional election the coalition has lost two seats, and after the regional
election of 16 March 2021 three ministers resigned.
""",
        "a referendum on a thing, in a note": """
The referendum on the water charter, held on 4 May 2021, drew few voters.[^1]

[^1]: Turnout in the water charter referendum of 6 May 2021 was 41 per cent.
""",
        "the election in a country / the country's election": """
The general election in Norland, held on 3 March 2023, was close.

Norland's general election of 5 March 2023 ended a decade of coalitions.
""",
        "numbered parties collided / the collision of, in the other order": """
The satellites Ofeq 4 and Kosmos 2209 collided in March 2014 over the pole.

The 2015 collision of Kosmos 2209 and Ofeq 4 left a cloud of fragments.
""",
        "the election on a date / the election held on another": """
The municipal election in Vestria, held on 12 May 2024, was calm.

After the municipal election on 14 May 2024, the mayor resigned.
""",
        "the referendum on a question in a year / held on a day": """
The referendum on the lake charter, held on 2 June 2019, passed narrowly.

After the referendum on the lake charter in July 2019, the council set up a lake board.
""",
        "a census conducted / the census of": """
The national census, conducted in March 2022, counted 5.4 million people.

The national census of April 2022 found the capital had grown by a tenth.
""",
        "started / was launched": """
The cycle-lane programme started in April 2018 with six streets.

When the cycle-lane programme was launched in April 2019, only two streets were ready.
""",
    }
)
TRAPS.update(
    {
        "the inauguration after the election": """
The presidential election, held on 7 December 2024, was peaceful.

The president was sworn in on 7 January 2025, after the presidential election.
""",
        "the pilot and the national scheme": """
The pilot began in 2020 in three towns.

The national scheme was launched in 2022, two years after the pilot.
""",
        "another country's election": """
Norland's general election, held on 3 March 2023, was close.

Vestria's general election of 9 April 2024 was not.
""",
        "a first and a second round": """
The first round of the election, held on 5 May 2024, left two candidates.

The second round, held on 19 May 2024, was decided by 300 votes.
""",
        "two collisions with different ships": """
In March 2011, the cargo ship Marisol and the ferry Bremen Star collided off the cape.

The 2013 collision of Marisol and Northern Light closed the port for a week.
""",
        "a presidential and a parliamentary election": """
The presidential election, held on 4 May 2019, returned the incumbent.

The parliamentary election of 2 June 2019 gave him a majority.
""",
        "an election named only by its noun": """
The election, held on 4 May 2019, was calm.

The election of 2023 was not.
""",
        "a referendum proposed, then held": """
The government proposed the referendum in 2019.

The referendum took place on 18 September 2021.
""",
        "an election of another year": """
The presidential election, held in November 2024, was decided in five states.

Turnout in the 2020 presidential election was the highest in a century.
""",
        "a summit of another year in one city": """
The summit was held in Lisbon in November 2010.

The Lisbon summit of 2007 signed the treaty.
""",
        "a merger announced, then done": """
The 2018 merger of Kestrel Mills and Halvard Foods was announced in March.

Kestrel Mills and Halvard Foods announced the merger in 2017.
""",
        "a note citing a source of another date": """
The referendum on the water charter, held on 4 May 2021, drew few voters.[^1]

[^1]: Electoral Office, "Results of the water charter referendum", 9 June 2021.
""",
        "a referendum on another question": """
The referendum on the water charter, held on 4 May 2021, drew few voters.

The referendum on the new flag of 6 May 2021 drew more.
""",
        "construction started, the service launched": """
Construction of the tram line started in 2018.

The tram service was launched in 2021.
""",
        "an election called on one day and held on another": """
The prime minister called the general election on 3 May 2024.

The general election, held on 4 July 2024, ended fourteen years of one party.
""",
        "the first round of an election on a date": """
The presidential election, held on 5 May 2024, went to a second round.

The second round of the presidential election on 19 May 2024 was decided by 300 votes.
""",
        "two eruptions of one volcano in a year": """
The eruption of Mount Hekla in March 2021 closed two airports.

The June 2021 eruption of Mount Hekla was smaller.
""",
        "a second round in a country on a date": """
The presidential election in Vestria, held on 5 May 2024, went to a second round.

The second round of the presidential election in Vestria on 19 May 2024 was decided by 300 votes.
""",
        "two summits in one city": """
The 2010 Lisbon summit agreed a concept; the 2012 Lisbon summit revised it.
""",
    }
)


test_defect_found, test_trap_silent = variant_tests(
    "DT001", {k: v.lstrip() for k, v in DEFECTS.items()}, {k: v.lstrip() for k, v in TRAPS.items()}, wrap="{}"
)


def _made_up(i: int) -> str:
    """A distinct made-up word for ``i`` ("Bace", "Dofi" …)."""
    out, i = "", i + 1
    while i:
        i, r = divmod(i, 16)
        out += "bcdfghklmnprstvz"[r] + "aeiou"[r % 5]
    return out.capitalize()


def test_things_sharing_a_word_are_not_compared_pairwise(tmp_path, monkeypatch) -> None:
    """Issue 18: many things of one kind and head noun sharing a word ("the Bace river
    terminal", "the Dofi river terminal" …) are not each compared with all the others:
    only the earlier ones whose words could contain or be contained in a new one's are
    (counted, not timed: the comparisons grew with the square of the dates before)."""
    from claimcheck.rules import dt001_event_dated_differently as dt001

    calls = 0
    same_happening = dt001.same_happening

    def counted(*args, **kwargs):
        nonlocal calls
        calls += 1
        return same_happening(*args, **kwargs)

    monkeypatch.setattr(dt001, "same_happening", counted)
    n = 300
    draft = "\n\n".join(
        f"The {_made_up(i)} river terminal opened in {1950 + i % 70}, after years of work." for i in range(n)
    )
    assert run_rule("DT001", draft + "\n", "markdown", tmp_path) == []
    assert calls < n, calls
