"""DT001 (session 15): one event dated twice in other words, by causes, not sentences.

- a year in a law's name is not a second date of its clause when the date's own year is
  that year ("the Harbour Safety Act 2019 received Royal Assent in March 2019", "the 2019
  Act became law in May of that year");
- a law is made when it "becomes law" or "receives Royal Assent", as when it is passed,
  approved or enacted (an adoption; an entry into force is another stage, and a bill that
  passes a chamber is no law yet);
- an event a date names ("the storm of March 2020", "the 2010 flood") that a verb then says
  did something to a thing ("… flattened the Carrick pier") has that thing among its
  participants: the other clause may name only what it befell ("the Carrick pier was
  destroyed on 4 February 2020");
- a thing named by its name and a generic head noun ("the Kelso facility", "the Orrin
  site") is the thing the document gives that name to with a specific one ("the Kelso
  desalination plant"), when it gives the name to no other thing ("the Orrin mine" and
  "the Orrin smelter": which one the site is, nothing says);
- a thing's running or being since a date ("the ferry has run since 2013", "has carried
  passengers since", "the agency, in place since June 2015", "has existed since") dates
  its start: running begins with a launch (not a founding: "set up in February, operating
  since June" is two stages), being in place or existing with a launch or a founding,
  whichever the document dates for the thing, and not when it agrees with the other one;
- a name's possessive opening a thing ("Halden's monitoring unit") says whose it is, as
  the doer of "the Halden water board set up a regional drought monitoring unit" does,
  not which one of a kind: other owners stay apart, and so does a thing whose owner the
  other clause never names ("Arden's levy" is not "the Wenlow health levy");
- a phrasal verb is read with an object as long as a single verb's ("switched on the
  Ardmore tidal power array", "set up a coastal erosion data centre");
- a start said right before "since" with no auxiliary ("the night bus services launched
  since 2018") dates each of several things since then, no one start: a window, not a date.

Our own sentences, in domains the evaluation drafts do not cover; each defect gives one
finding, each trap none.
"""

from __future__ import annotations

from tests.rules._variants import variant_tests

FRONT = "---\ndate: 2025-05-20\n---\n"

DEFECTS = {
    # a law made, named with its year, said with other verbs
    "l01-assent-then-became-law-that-year": """
# Harbours

The Harbour Safety Act 2019 received Royal Assent on 12 March 2019, after a short debate in the Lords.

Pilots welcomed the new duties. Since the 2019 Act became law in May of that year, every harbour has had to name a safety officer.
""",
    "l02-became-law-then-assent": """
# Tenancies

The Tenancy Reform Act 2021 became law in June 2021, ending fixed-term evictions.

Landlords have sold about one flat in ten since the Tenancy Reform Act received Royal Assent in November 2021, agents say.
""",
    "l03-enacted-then-assent": """
# Wildfires

The Wildfire Prevention Act was enacted on 4 April 2016 and obliges landowners to keep firebreaks.

Fire crews say the firebreaks have halved the burnt area. The Wildfire Prevention Act, which received Royal Assent in August 2017, has been copied by two neighbouring states.
""",
    "l04-since-it-became-law": """
# Footpaths

The Coastal Access Act received Royal Assent on 2 June 2020, opening the cliff paths to walkers.

Farmers objected to the new stiles. Walkers have crossed grazing land on marked paths since the Coastal Access Act became law in September 2020.
""",
    "l05-year-in-both-names": """
# Rivers

The Rivers Restoration Act 2018 became law on 3 May 2018 and set targets for fish passes.

Anglers counted more salmon within two years. The Rivers Restoration Act 2018, which received Royal Assent in October 2018, also protects river banks from dredging.
""",
    # an event named by its date, and what it did to a thing
    "e01-storm-flattened-pier": """
# Ferries

The Carrick pier was destroyed on 4 February 2020; only a few of its piles still stand.

The ferry company moved its crossings to the slipway. Since the storm of March 2020 flattened the Carrick pier, passengers have waded ashore at low tide.
""",
    "e02-blaze-gutted-mill": """
# Mills

The Holm woollen mill burned down on 12 August 1931, and its looms were never replaced.

The village lost its largest employer. Two years after the blaze of September 1931 gutted the Holm mill, half of its weavers had left for the city.
""",
    "e03-flood-drowned-archive": """
# Archives

The Ostry county archive was ruined on 2 November 2009; three centuries of parish records were soaked.

Conservators froze what they could save. Since the 2010 flood drowned the Ostry county archive, its records have been kept in a salt mine.
""",
    # a generic head noun for a named thing
    "g01-facility-for-plant": """
# Water

The Kelso desalination plant opened in March 2021 after two years of building.

Tankers no longer call in summer. Since the Kelso facility began operating in the autumn of 2020, the town has had no water cuts.
""",
    "g02-site-for-mine": """
# Mining

The Orrin copper mine closed on 30 June 2016, after ninety years.

Most miners moved away. After the Orrin site shut in June 2017, the village lost its school.
""",
    "g03-facility-for-centre": """
# Waste

The Dunmore recycling centre opened on 2 April 2019 on the old gasworks.

Households sort less waste since the Dunmore facility opened in April 2020, the council says.
""",
    "g04-scheme-for-barrier": """
# Floods

The Calder flood barrier opened in August 2018 after four wet winters.

When the Calder scheme opened in the spring of 2019, insurers cut premiums in the valley.
""",
    # a state since a start
    "s01-has-run-since": """
# Ferries

The Harwick ferry service started in April 2012 with one boat.

Islanders now travel daily. The Harwick ferry service, which has run since the spring of 2013, now has three boats.
""",
    "s02-carried-passengers-since": """
# Trams

The Tarrow tramway extension opened on 3 May 2019 after two years of building.

The Tarrow tramway extension has carried passengers since the summer of 2020, and its trams are full at peak hours.
""",
    "s03-operated-since": """
# Lifeboats

The Kelso lifeboat station opened in June 1998 on the old pier.

The Kelso lifeboat station has operated since 1999 and has saved four hundred lives.
""",
    "s04-in-place-since-set-up": """
# Floods

Norland set up a national flood agency in February 2015 after the winter floods.

Norland's national flood agency, in place since June 2015, answers to the interior ministry.
""",
    "s05-existed-since-founded": """
# Choirs

The Wenlow choral society was founded in 1931 by a local brewer.

The Wenlow choral society has existed since 1932 and still sings at every harvest festival.
""",
    # a name's possessive is the thing's owner
    "p01-owner-and-doer": """
# Drought

The Halden water board set up a regional drought monitoring unit in March 2018.

Halden's regional monitoring unit, in place since September 2018, issues weekly alerts.
""",
    "p02-owner-then-opened": """
# Seeds

Marovia opened a national seed vault on 2 May 2016.

Since Marovia's seed vault opened in the spring of 2017, farmers have deposited ten thousand samples.
""",
    "p03-owner-of-a-centre": """
# Heritage

The Arden parish council opened a village heritage centre in July 2010.

Since Arden's village heritage centre opened in 2011, coach tours have stopped in the square.
""",
    "p04-other-owner-is-another-thing": """
# Levies

The Wenlow health levy took effect on 1 November 2023 and is charged on sugary drinks.

Arden's levy, introduced in February 2017, was the model for it. In the twelve months after the levy came in, in December 2023, sales of bottled water rose.
""",
    # a phrasal verb and a long object
    "r01-switched-on-array": """
# Tides

The utility switched on the Ardmore tidal power array in June 2016.

The Ardmore tidal power array, in service since 2017, powers four thousand homes.
""",
    "r02-set-up-data-centre": """
# Cliffs

The ministry set up a coastal erosion data centre in March 2016.

The coastal erosion data centre, in place since 2017, maps cliff falls along the whole coast.
""",
    "r03-set-up-care-team": """
# Dementia

The health board set up a rural dementia care team in May 2013.

The rural dementia care team, which has existed since 2014, visits four hundred patients.
""",
}

TRAPS = {
    # two stages of one law, or two laws
    "t01-assent-then-in-force": """
# Harbours

The Harbour Safety Act 2019 received Royal Assent on 12 March 2019, after a short debate in the Lords.

Pilots welcomed the new duties. Since the 2019 Act came into force in May of that year, every harbour has had to name a safety officer.
""",
    "t02-bill-passed-then-assent": """
# Tenancies

The tenancy reform bill passed the Commons on 3 February 2021 after a long debate.

The Tenancy Reform Act received Royal Assent in April 2021 and ended fixed-term evictions.
""",
    "t03-two-acts": """
# Coasts

The Harbour Safety Act 2019 received Royal Assent on 12 March 2019.

The Fisheries Act 2020 became law in June 2020 and set new quotas for inshore boats.
""",
    "t04-same-law-same-month": """
# Libraries

The Public Libraries Act 2022 received Royal Assent on 14 July 2022.

Since the 2022 Act became law in July of that year, councils have closed no branch.
""",
    "t05-year-names-another-law": """
# Water

The Water Act 2014 was amended on 3 March 2021 to cover private wells.

Since the 2014 Act became law in May of that year, every supplier has had to publish its test results.
""",
    # an event that did something to another thing, or again to the same
    "t06-storm-hit-another-thing": """
# Ferries

The Carrick pier was destroyed on 4 February 2020; only a few of its piles still stand.

The storm of March 2020 flattened the Lunan breakwater, and its repair took a year.
""",
    "t07-rebuilt-later": """
# Mills

The Holm woollen mill burned down on 12 August 1931, and its looms were never replaced.

The fire of August 1931 gutted the Holm mill, and a smaller mill was rebuilt on the site in 1934.
""",
    "t08-other-fire-other-building": """
# Archives

The Ostry county archive was destroyed on 2 November 2009, with three centuries of parish records.

Twelve years earlier, the fire of May 1997 gutted the Ostry town hall, where the archive had been kept until then.
""",
    # a generic head noun for another name, the same date, another happening, two things of the name
    "t09-facility-of-another-name": """
# Water

The Kelso desalination plant opened in March 2021 after two years of building.

Since the Arden facility began operating in the autumn of 2020, the town has had no water cuts.
""",
    "t10-facility-same-month": """
# Water

The Kelso desalination plant opened in March 2021 after two years of building.

Since the Kelso facility began operating in March 2021, the town has had no water cuts.
""",
    "t11-site-bought-before": """
# Water

The Kelso desalination plant opened in March 2021 after two years of building.

The Kelso site was bought by the water board in May 2019.
""",
    "t12-two-things-of-the-name": """
# Mining

The Orrin copper mine closed on 30 June 2016, after ninety years. The Orrin smelter closed in May 2018.

After the Orrin site shut in June 2017, the village lost its school.
""",
    # running is no founding; a state that agrees with the thing's other start; other things
    "t13-operating-after-set-up": """
# Floods

Norland set up a national flood agency in February 2015 after the winter floods.

Norland's national flood agency has operated since June 2015 and answers to the interior ministry.
""",
    "t14-in-place-agrees-with-start": """
# Floods

Norland set up a national flood agency in February 2015, and the agency began work in June 2015.

Norland's national flood agency, in place since June 2015, answers to the interior ministry.
""",
    "t15-run-since-same-month": """
# Ferries

The Harwick ferry service started in April 2012 with one boat.

The Harwick ferry service, which has run since April 2012, now has three boats.
""",
    "t16-run-since-other-service": """
# Ferries

The Harwick ferry service started in April 2012 with one boat.

The Arden ferry service, which has run since the spring of 2013, now has three boats.
""",
    "t17-run-at-a-loss-since": """
# Ferries

The Harwick ferry service started in April 2012 with one boat.

The Harwick ferry service has run at a loss since 2014, the council says.
""",
    # other owners; the same month
    "t18-other-owner-vault": """
# Seeds

Marovia opened a national seed vault on 2 May 2016.

Since Estavia's seed vault opened in the spring of 2017, farmers have deposited ten thousand samples.
""",
    "t19-other-owner-unit": """
# Drought

The Halden water board set up a regional drought monitoring unit in March 2018.

Arden's regional monitoring unit, in place since September 2018, issues weekly alerts.
""",
    "t24-owner-the-other-never-names": """
# Levies

The harbour levy took effect on 1 November 2023 and is charged on every cruise passenger.

Arden's harbour levy, introduced in February 2024, charges only ferries.
""",
    "t20-long-object-same-month": """
# Cliffs

The ministry set up a coastal erosion data centre in March 2016.

The coastal erosion data centre, in place since March 2016, maps cliff falls along the whole coast.
""",
    # a window of starts, not a start
    "t21-levies-introduced-since": """
# Levies

This note compares the harbour levies introduced since 2015 and what each has raised.

Halden's levy began on 1 March 2017 and charges every cruise passenger two euros.
""",
    "t22-services-launched-since": """
# Buses

The night bus services launched since 2018 carry mostly shift workers.

Arden's night bus service started on 4 May 2020 with two routes.
""",
    "t23-centres-opened-since": """
# Libraries

Of the reading rooms opened since 2019, the busiest is in Wenlow.

The Wenlow reading room opened in October 2021 in the old post office.
""",
}

test_defect_found, test_trap_silent = variant_tests(
    "DT001", {k: FRONT + v for k, v in DEFECTS.items()}, {k: FRONT + v for k, v in TRAPS.items()}, wrap="{}"
)
