"""DT001 (issue 12, session 10): a back-reference that names its event with other words
than the clause it points at, and moves its date. Structural, never a synonym list:

- a past verb before "its <noun>" makes the noun its object, not the event ("the guild
  approved its charter in …");
- "was proposed in <date>" is a proposing, not a plan;
- a verb with the subject's own action noun ("tabled its proposal", "lodged their appeal")
  says the happening of that noun, and of several candidates the one that says the
  back-reference's happening is meant;
- "since / after <a clause>" after a main clause points back as "Since <clause>, …" does;
- a gerund's phrase that is the sentence's subject ("Scrapping tolls in the spring of 2018
  moved …") is a back-reference, tied by one rare word to the one candidate of its stage
  that holds all it names;
- a date in a reporting clause dates the saying ("The authority said in May 2024 that the
  quay opened in 2021": 2021 is the opening's; "announced that the banks would reopen" is
  an announcing that happened; "According to a report published in March 2023, …": the
  report's date is not the clause's).

Our own sentences, in domains the evaluation set does not have. The held-back half was
run only once, at the end of the work (see MISSED_HELD for what it does not find).
"""

from __future__ import annotations

from tests.rules._variants import variant_tests

FRONT = "---\ndate: 2025-05-20\n---\n"

DEFECTS = {
    "o01-tabled-its-proposal": """
# Drought

The Wenning water board tabled its proposal for a drought levy on 4 March 2021, with a rate of 3 pence per cubic metre.

Growers asked for exemptions. Since the drought levy was proposed in March 2022, farmers have cut their abstraction by a fifth.
""",
    "o02-lodged-their-appeal": """
# Oysters

The oyster growers of Carrick Sound lodged their appeal against the harvest quota on 9 June 2020.

The court has not yet ruled. Since the harvest quota was appealed in June 2021, the growers have kept to the old limit.
""",
    "o03-mid-sentence-since": """
# Parking

The borough council banned overnight parking on Harrow Quay on 2 May 2019, after complaints from residents.

Residents say the street is quieter. Complaints about noise have dropped since overnight parking on Harrow Quay was banned in May 2020.
""",
    "o04-mid-sentence-after": """
# Footbridge

The Corran footbridge closed on 14 October 2018, when engineers found cracks in its main girder.

Shops on the east bank lost trade. Visitor numbers at the market fell sharply after the Corran footbridge was closed in October 2019, by about a third.
""",
    "o05-verb-before-its-noun": """
# Weavers

The Lindholm weavers' guild adopted the Loom Safety Charter on 12 May 2019 at its annual meeting.

Accidents in the mills are now rare. Since the guild adopted its Loom Safety Charter in May 2020, no weaver has lost a finger.
""",
    "o06-timeline-picks-the-saying": """
# Timetables

The Skerra ferry operator set out its timetable proposal on 20 April 2023, cutting the winter crossings.

In September 2023 the operator set up a passenger forum to discuss the timetable with islanders.

Islanders objected at once. When the winter timetable was proposed in April 2022, the forum did not yet exist.
""",
    "o07-gerund-subject": """
# Tolls

Tolls on the Arvel ring road ended on 1 October 2018, after the concession was bought back.

Traffic on the ring road rose by a quarter. Scrapping tolls in the spring of 2018 moved lorries off the village streets.
""",
    "o08-gerund-subject-season": """
# Lighthouse

The keepers of the Holm Point lighthouse left on 30 April 2020, when the light was made automatic.

Automating the Holm Point light in the autumn of 2019 saved the trust £40,000 a year.
""",
    "r01-said-that-opened": """
# Quays

The Kestrel Quay at Pellmouth opened on 4 June 2020, after two years of building.

Cargo volumes grew quickly. The port authority said in May 2024 that the Kestrel Quay at Pellmouth opened in 2021.
""",
    "r02-according-to-a-report": """
# Quays

The Kestrel Quay at Pellmouth opened on 4 June 2020, after two years of building.

According to a report published in March 2023, the Kestrel Quay at Pellmouth opened in 2021.
""",
    "r03-announced-that-would": """
# Trawling

On 9 November 2021 the fisheries ministry announced that the Tarran Banks would reopen to trawling.

Skippers were sceptical. When the ministry announced the reopening of the Tarran Banks to trawling in November 2022, few boats were ready.
""",
    "y01-late-last-year": """
# Museum

The Ashdown Hall museum reopened on 12 March 2023 after a two-year refit.

School visits have doubled. Since Ashdown Hall reopened late last year, the café has hired four more staff.
""",
}

TRAPS = {
    "t12-late-last-year-agrees": """
# Museum

The Ashdown Hall museum reopened on 12 November 2024 after a two-year refit.

School visits have doubled. Since Ashdown Hall reopened late last year, the café has hired four more staff.
""",
    "t13-over-the-last-year": """
# Museum

The Ashdown Hall museum reopened on 12 March 2023 after a two-year refit.

Over the last year, school visits to Ashdown Hall have doubled.
""",
    "t10-said-later-no-date": """
# Quays

The Kestrel Quay at Pellmouth opened on 4 June 2020, after two years of building.

In a statement on 3 June 2021, the port authority said the Kestrel Quay at Pellmouth had handled a record tonnage.
""",
    "t11-said-that-agrees": """
# Quays

The Kestrel Quay at Pellmouth opened on 4 June 2020, after two years of building.

The port authority said in May 2024 that the Kestrel Quay at Pellmouth had opened in 2020 and handled a record tonnage.
""",
    "t07-gerund-other-stage": """
# Dam

The Kessock dam opened on 4 May 2016 after three years of work.

Building the Kessock dam in 2015 cost twice the estimate.
""",
    "t08-gerund-same-date": """
# Tolls

Tolls on the Arvel ring road ended on 1 October 2018, after the concession was bought back.

Scrapping tolls in the autumn of 2018 moved lorries off the village streets.
""",
    "t09-following-is-a-preposition": """
# Tolls

Tolls on the Arvel ring road ended on 1 October 2018, after the concession was bought back.

Following talks in the spring of 2018 the council agreed to buy the concession.
""",
    "t01-own-noun-other-happening": """
# Marsh

The conservation agency completed its survey of the Fenn marsh on 8 August 2021, counting forty bird species.

Since the Fenn marsh was drained in 2022, half of those species have gone.
""",
    "t02-same-date-mid-sentence": """
# Footbridge

The Corran footbridge closed on 14 October 2018, when engineers found cracks in its main girder.

Visitor numbers at the market fell sharply after the Corran footbridge was closed in October 2018, by about a third.
""",
    "t03-since-a-bare-date": """
# Parking

The borough council banned overnight parking on Harrow Quay on 2 May 2019, after complaints from residents.

Complaints about noise on the quay have dropped since the spring of 2021, the council says.
""",
    "t04-after-another-event": """
# Quay

A storm damaged the Pellan quay on 3 March 2020 and closed it to shipping.

The Pellan quay reopened on 2 June 2021 after repairs. Trade in the harbour fell after the storm damaged the Pellan quay in March 2020.
""",
    "t05-proposed-as-a-plan": """
# Depot

The Orrin bus depot closed on 30 June 2023 after forty years.

A proposed depot at Orrin for electric buses in 2026 would take the same site.
""",
    "t06-reporting-clause": """
# Footbridge

The Hollin footbridge opened on 3 June 2019, linking the two halves of the park.

The park trust said on 3 June 2020 that the Hollin footbridge had carried a million walkers in its first year.
""",
}

HELD_DEFECTS = {
    "h01-submitted-its-bid": """
# Games

The city of Varna Bay submitted its bid for the regional youth games on 15 January 2022.

The decision is due next year. Since Varna Bay bid for the youth games in January 2023, hotel building has picked up.
""",
    "h02-mid-sentence-since-closed": """
# Mills

The Ettrick paper mill closed on 31 March 2016, ending two centuries of paper making in the valley.

The village school has lost pupils every year since the Ettrick paper mill closed in March 2017, the council reports.
""",
    "h03-proposed-passive-note": """
# Zoning

On 2 February 2024 the planning office issued its proposal for the Marrow Hill zoning code.

Builders have waited for clarity. After the Marrow Hill zoning code was proposed in February 2023, land prices on the hill doubled.
""",
    "h04-verb-before-their-noun": """
# Bells

The bell ringers of St Aldric renewed the Tower Ringing Compact on 6 September 2020.

Peals have grown longer. Since the ringers renewed their Tower Ringing Compact in September 2021, Sunday peals have doubled.
""",
    "h05-mid-sentence-after-opened": """
# Archive

The Dunmore county archive opened its new reading room on 11 November 2019.

Requests for old maps doubled after the Dunmore reading room opened in November 2020, the archivist says.
""",
    "h06-made-their-complaint": """
# Noise

Residents of Kelso Row made their complaint about the night freight trains on 5 May 2022.

Network engineers installed a barrier. Since residents of Kelso Row complained about the freight trains in May 2023, two trains have been moved to daytime.
""",
    "h07-gerund-subject": """
# Nets

The ban on drift nets in the Solway firth came into force on 1 June 2019.

Outlawing drift nets in the summer of 2020 brought the salmon back to the river mouths.
""",
    "h08-told-that-founded": """
# Choirs

The Fennick youth choir was founded on 2 September 2011 by two music teachers.

Its director told the county paper in April 2023 that the Fennick youth choir was founded in 2012.
""",
    "h09-as-reported-in": """
# Choirs

The Fennick youth choir was founded on 2 September 2011 by two music teachers.

As the county paper reported in April 2023, the Fennick youth choir was founded in 2012 and now has ninety singers.
""",
    "h10-early-last-year": """
# Ferries

The Rona Sound ferry service began on 2 September 2022 with two boats a day.

When the Rona Sound ferry began early last year, islanders cancelled their car bookings.
""",
}

HELD_TRAPS = {
    "k10-early-last-year-agrees": """
# Ferries

The Rona Sound ferry service began on 2 February 2024 with two boats a day.

When the Rona Sound ferry began early last year, islanders cancelled their car bookings.
""",
    "k08-told-later-no-date": """
# Choirs

The Fennick youth choir was founded on 2 September 2011 by two music teachers.

Its director told the county paper on 2 September 2012 that the Fennick youth choir had ninety singers.
""",
    "k09-confirmed-that-will": """
# Choirs

The Fennick youth choir was founded on 2 September 2011 by two music teachers.

The council confirmed in March 2012 that the Fennick youth choir will receive a grant.
""",
    "k07-gerund-plan": """
# Nets

The ban on drift nets in the Solway firth came into force on 1 June 2019.

Extending the ban to the estuary in 2026 would close the last cockle beds.
""",
    "k01-same-month-mid-sentence": """
# Mills

The Ettrick paper mill closed on 31 March 2016, ending two centuries of paper making in the valley.

The village school has lost pupils every year since the Ettrick paper mill closed in March 2016, the council reports.
""",
    "k02-announced-its-closure": """
# Mills

The owners announced its closure on 3 November 2015, and the Ettrick paper mill stopped making paper on 31 March 2016.

The valley has lost jobs since the mill closed in March 2016.
""",
    "k03-two-bids": """
# Games

Varna Bay submitted its first bid for the youth games on 15 January 2018 and its second bid on 20 January 2022.

Since Varna Bay bid for the youth games in January 2023, hotel building has picked up.
""",
    "k04-since-date-only": """
# Archive

The Dunmore county archive opened its new reading room on 11 November 2019.

Requests for old maps have doubled since 2021, the archivist says.
""",
    "k05-reporting-clause-other-date": """
# Archive

The Dunmore county archive opened its new reading room on 11 November 2019.

The archivist said in March 2024 that the Dunmore reading room had welcomed ten thousand readers.
""",
    "k06-proposed-plan": """
# Zoning

The planning office adopted the Marrow Hill zoning code on 2 February 2024.

A proposed extension of the Marrow Hill zoning code to the river bank in 2026 is still under discussion.
""",
}

#: held-back variants the mechanisms do not find (each run once, after its mechanism was
#: built: 5 of 10 found, 10 of 10 traps silent); left as they were, not tuned on ("early
#: last year" is early 2024 here, more than a year from September 2022: out of reach).
#: The dated-object link (session 11) found h05 and h09 without being tuned on them; the
#: scored event link (session 16, which compares dates up to two years apart) found h10
#: without being tuned on it, and its agreeing trap k10 stays silent.
MISSED_HELD = {
    "h01-submitted-its-bid",
    "h03-proposed-passive-note",
}

test_defect_found, test_trap_silent = variant_tests(
    "DT001", {k: FRONT + v for k, v in DEFECTS.items()}, {k: FRONT + v for k, v in TRAPS.items()}, wrap="{}"
)

test_held_back_defect_found, test_held_back_trap_silent = variant_tests(
    "DT001",
    {k: FRONT + v for k, v in HELD_DEFECTS.items()},
    {k: FRONT + v for k, v in HELD_TRAPS.items()},
    missed=MISSED_HELD,
    wrap="{}",
)
