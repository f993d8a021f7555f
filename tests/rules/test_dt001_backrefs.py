"""DT001's back-references (issue 12): a presupposing clause ("Since / When / After /
Following / In the months after <the event> <date>", "the <date> <noun>", "<noun> of
<date>", "<noun>, granted in <date>") restates an event the document dated elsewhere, in
other words; it is compared with the one dated clause it can point at (a shared rare
participant, a head noun of a name, a pronoun subject's antecedent), and kept apart from
what is known to differ. Our own sentences: each defect gives one DT001 finding, each trap
(a timeline, two candidates, two stages, the same date) none.
"""

from __future__ import annotations

from tests.rules._variants import variant_tests

FRONT = "---\ndate: 2025-05-20\n---\n"

DEFECTS = {
    "b01-pronoun-subject": """
# Hedgerows

The provincial assembly approved the Hedgerow Protection Regulation on 7 November 2023. It became binding on 12 February 2024, after a consultation on its annexes.

Farmers have replanted forty kilometres of hedges. Since the hedgerow regulation took effect in April 2024, fines have been rare.
""",
    "b02-head-noun-of-a-name": """
# Footpaths

On 3 October 2022 the ministry published the Upland Footpath Renewal Plan, with a budget of €14 million.

Walkers' groups welcomed the money. Since the renewal plan got under way in January 2023, sixty kilometres of path have been resurfaced.
""",
    "b03-since-other-verb-name": """
# Glass

The Tolvern glassworks shut its furnaces on 18 August 2021 after gas prices tripled.

Unemployment in the district rose in 2022. Since Tolvern went dark in June 2021, the town has lost 300 jobs.
""",
    "b04-noun-of-date": """
# Hornets

An Asian hornet was sighted at the Larch mill on 2 September 2020, far north of its known range.

Traps were set along the river. The Larch mill sighting of September 2021 prompted the county to fund a warning service.
""",
    "b05-noun-granted-in": """
# Flood defences

The planning inspectorate approved the Saltmarsh barrier on 9 June 2019 after a public inquiry.

Construction took three years. The Saltmarsh barrier's consent, granted in June 2020, runs for fifteen years.
""",
    "b06-when-other-verb": """
# Chess

The Estrid chess federation expelled its president, Olaf Brandt, on 4 May 2018 over missing accounts.

Sponsors watched closely. When Brandt was thrown out in May 2019, the federation lost two of them.
""",
    "b07-months-after-comma-date": """
# Valley roads

A landslide cut the Morrow valley road on 22 January 2024, isolating two hamlets.

In the months after the Morrow road was severed, in March 2024, the bus company ran a detour over the pass.
""",
    "b08-dated-noun-before-name": """
# Dairies

Inspectors closed the Kessel cheese dairy on 11 April 2022 after finding listeria in a batch.

The March 2022 shutdown at Kessel cost the cooperative its export licence.
""",
    "b09-following-spring": """
# Canals

The Harrow canal was drained in 2021. Dredging of the Harrow basin began the following spring, once the silt had dried.

Barges returned in 2023. Since dredging of the Harrow basin started on 14 September 2022, the lock has been closed.
""",
    "b10-last-week-of": """
# Fisheries

The assembly rewrote the licensing rules in the Inshore Fisheries Act, which Governor Alves signed on 2 May 2021.

Licence fees rose. When Governor Alves signed the act in the last week of June 2021 he promised every skipper a fair quota.
""",
    "b11-note-own-prose": """
# Ferries

The Velden ferry service closed on 3 March 2021 after inspectors found a crack in its hull.[^1] Passenger numbers fell in 2022.

[^1]: Port of Velden, annual report 2021. The closure, ordered in May 2021, lasted nine weeks.
""",
    "b12-early-hours-of": """
# Viaducts

In the early hours of 4 February 2023, a span of the Wendle viaduct at Harrowgate fell into the river.

Since the Harrowgate collapse in March 2023, freight trains have taken a longer route.
""",
    "b13-pronoun-lowercase-antecedent": """
# Rivers

The water board adopted a new abstraction licence scheme for the Tarrow river in 2021. It came into force on 1 April 2022, after a year of consultation.

Farmers have applied for 300 licences. Since the abstraction scheme took effect in June 2022, summer flows have recovered.
""",
    "b14-relative-clause": """
# Heritage

The museum trust announced the Coastal Heritage Review on 22 October 2024. The review's first findings, published in February 2025, were mixed.

Curators wonder how the trust's chair, who set up the review last autumn, on 29 September, will respond to its final report.
""",
    "b16-yearless-comma-part": """
# River warnings

The river authority raised a red flood warning for the Tarne valley on 9 July 2024, closing two roads.

In the weeks after the flood warning went up, in late August, farmers moved 3,000 sheep to high ground.
""",
    "b17-key-facts-label": """
# Observatories

The Quarrel Hill observatory closed its public gallery on 30 November 2019 to save money.

At a glance:

- Quarrel Hill gallery shut: autumn 2020
- Staff in 2021: 14
""",
}
TRAPS = {
    "b01-timeline": """
# Glass

The Tolvern glassworks opened in 1962. It was sold to a Belgian group on 2 March 2020 and shut its furnaces on 18 August 2021.

Since Tolvern went dark in June 2021, the town has lost 300 jobs.
""",
    "b02-stage-apart": """
# Hedgerows

The provincial assembly approved the Hedgerow Protection Regulation on 3 November 2023 after a long debate.

Farmers have replanted forty kilometres of hedges. Since the hedgerow regulation took effect in February 2024, fines have been rare.
""",
    "b03-same-month": """
# Glass

The Tolvern glassworks shut its furnaces on 18 August 2021 after gas prices tripled.

Since Tolvern went dark in August 2021, the town has lost 300 jobs.
""",
    "b04-season-covers": """
# Glass

The Tolvern glassworks shut its furnaces on 18 August 2021 after gas prices tripled.

Since Tolvern went dark in the summer of 2021, the town has lost 300 jobs.
""",
    "b05-two-plans": """
# Footpaths

The ministry published the Upland Footpath Plan on 3 October 2022 and the Coastal Footpath Plan on 9 March 2023.

Since the footpath plan got under way in January 2023, sixty kilometres of path have been resurfaced.
""",
    "b06-pronoun-ambiguous": """
# Night venues

The council approved a noise ordinance and a parking ordinance for the old town. It came into effect on 1 March 2023.

When the parking ordinance became law in May 2023, twelve venues lost their terraces.
""",
    "b07-announced-vs-in-force": """
# Waterways

The minister announced the inland waterways reform on 4 March 2019 at the boat show.

After the waterways reform took effect in January 2020, licence fees doubled.
""",
    "b08-two-candidates": """
# Chess

The Estrid chess federation suspended its president, Olaf Brandt, in March 2018 and expelled him on 4 May 2018.

When Brandt was thrown out in May 2019, the federation lost two sponsors.
""",
    "b09-following-spring-agrees": """
# Canals

The Harrow canal was drained in 2021. Dredging of the Harrow basin began the following spring, once the silt had dried.

Barges returned in 2023. Since dredging of the Harrow basin started on 14 April 2022, the lock has been closed.
""",
    "b10-last-week-agrees": """
# Fisheries

The assembly rewrote the licensing rules in the Inshore Fisheries Act, which Governor Alves signed on 28 June 2021.

Licence fees rose. When Governor Alves signed the act in the last week of June 2021 he promised every skipper a fair quota.
""",
    "b11-note-cites-a-source": """
# Ferries

The Velden ferry service closed on 3 March 2021 after inspectors found a crack in its hull.[^1]

[^1]: Port of Velden, "Annual report", published in May 2021.
""",
    "b12-later-than-planned": """
# Ferries

The Velden ferry was relaunched on 3 March 2021, a month later than planned.

Since the ferry's relaunch in March 2021, crossings have been full.
""",
    "b13-pronoun-two-schemes": """
# Rivers

The water board adopted an abstraction scheme for the Tarrow and a drainage scheme for the Lisk in 2021. It came into force on 1 April 2022, after a year of consultation.

Farmers have applied for 300 licences. Since the Lisk scheme took effect in June 2022, summer flows have recovered.
""",
    "b14-relative-clause-agrees": """
# Heritage

The museum trust announced the Coastal Heritage Review on 22 October 2024. The review's first findings, published in February 2025, were mixed.

Curators wonder how the trust's chair, who set up the review last autumn, on 22 October, will respond to its final report.
""",
    "b15-two-editions-named-by-date": """
# Herring

"Quotas are a currency," said Ana Lind, who spoke for Norland in the 2024 herring quota talks.

In negotiations over the 2025 herring quota, the northern fleets asked for a larger share.
""",
    "b16-yearless-comma-part-agrees": """
# River warnings

The river authority raised a red flood warning for the Tarne valley on 9 July 2024, closing two roads.

In the weeks after the flood warning went up, in early July, farmers moved 3,000 sheep to high ground.
""",
    "b17-key-facts-label-agrees": """
# Observatories

The Quarrel Hill observatory closed its public gallery on 30 November 2019 to save money.

At a glance:

- Quarrel Hill gallery shut: autumn 2019
- Staff in 2021: 14
""",
    "b17-label-of-a-date-line": """
# Observatories

The Quarrel Hill observatory published its annual report on 30 November 2019.

- Last updated: March 2020
""",
}

MISSED: set[str] = set()

test_defect_found, test_trap_silent = variant_tests(
    "DT001",
    {k: v.lstrip() for k, v in DEFECTS.items()},
    {k: v.lstrip() for k, v in TRAPS.items()},
    MISSED,
    wrap=FRONT + "{}",
)


# The held-back half (written with the ones above, run only once the mechanism was built;
# first run: 6 of 12 defects found, 9 of 12 traps silent; the three traps were fixed after,
# two of them pre-existing false alarms of the other links). Not found yet:
# - h01: "the waterways act" is one word short of "the Inland Waterways Act" named in the
#   sentence before the pronoun, and the act's two dated clauses are two candidates
# - h02: "retired its old reflector" / "the reflector was mothballed": the reflector is in
#   two dated clauses (the dome sold in 2018 is another)
# (h04, a key-facts bullet label, "Brannock chairlift removed: spring 2022", was missed at
# the first run and is found since a label and its colon is a back-reference shape)
# - h05: "the museums strategy" for "the Regional Museums Strategy": unveiled (an
#   announcement) and rolled out (a start) are two stages
# - h07: "Holloway's change of owner" is not read as a clause with a participant
# - h09: "the previous autumn" after a clause that dates May 2020 gives autumn 2019, and
#   "sold in March 2018" is two years from it
HELD_DEFECTS = {
    "h01-pronoun-it-act": """
# Waterways

Parliament passed the Inland Waterways Act in March 2019. It took effect on 1 January 2020, a year later than planned.

Barge operators complained about the paperwork. In the first year after the waterways act came into force in January 2021, licence fees doubled.
""",
    "h02-since-noun-name": """
# Observatory

The Tarrant observatory retired its old reflector on 30 November 2015, after forty years of service.

A new dome was built in 2018. Two years after the reflector was mothballed in November 2016, the dome was sold.
""",
    "h03-following-noun": """
# Vineyards

The Ardent wine cooperative merged its two cellars at Pomeroy on 1 July 2017.

Following the Pomeroy consolidation in July 2018, the cooperative's output doubled.
""",
    "h04-bullet-label": """
# Ski lifts

The Brannock chairlift was dismantled on 14 April 2021 after a cable snapped.

Key facts:

- Brannock chairlift removed: spring 2022
- Visitors in 2023: 41,000
""",
    "h05-head-noun-of-named-strategy": """
# Museums

The culture department unveiled the Regional Museums Strategy on 12 May 2022.

Since the museums strategy was rolled out in September 2023, four small museums have merged.
""",
    "h06-pronoun-other-verb": """
# Salt marsh

The wildlife trust bought the Fenwick salt marsh from a farming estate. It passed into the trust's hands on 28 February 2022.

Since the trust took over the salt marsh in the spring of 2023, avocets have returned.
""",
    "h07-after-noun-possessive": """
# Paper

The Holloway paper mill was sold to a Finnish group on 9 October 2020.

After Holloway's change of owner in October 2021, the mill switched to recycled pulp.
""",
    "h08-when-note": """
# Roastery

The Quillon coffee roastery moved its production to Harwick on 5 June 2019.

When Quillon relocated to Harwick in June 2020, forty staff followed.
""",
    "h09-previous-autumn": """
# Orchards

The Millbrook orchard was replanted in May 2020. The cider press had been sold the previous autumn, to a buyer in Kent.

Output recovered by 2022. Since the cider press was sold in March 2018, apples have gone to a cooperative.
""",
    "h10-month-day-order": """
# Archives

The Lindqvist archive reopened its reading room on 14 March 2022 after a flood.

Researchers came back slowly. Since the reading room reopened on April 14, 2022, it has issued 900 passes.
""",
    "h11-note-bare-noun": """
# Lighthouses

The Kestrel lighthouse was automated on 12 June 2018, ending a century of resident keepers.[^2] Visitor numbers doubled in 2020.

[^2]: Keepers' association newsletter. The automation, completed in June 2019, cost the board two million pounds.
""",
    "h12-night-of": """
# Sawmills

On the night of 8 November 2019, fire destroyed the Pellam sawmill at Brisk.

After the Pellam fire in December 2019, the village lost its largest employer.
""",
}
HELD_TRAPS = {
    "h01-repair-after-breach": """
# Flood defences

A storm breached the Saltmarsh barrier on 9 June 2019, flooding the marsh.

Since the Saltmarsh barrier was rebuilt in March 2020, no tide has come over it.
""",
    "h02-three-dated": """
# Observatory

The Tarrant observatory bought its reflector in 1975, repainted it in 2009 and retired it on 30 November 2015.

Two years after the reflector was mothballed in November 2016, the dome was sold.
""",
    "h03-same-date-other-words": """
# Vineyards

The Ardent wine cooperative merged its two cellars at Pomeroy on 1 July 2017.

Following the Pomeroy consolidation in July 2017, the cooperative's output doubled.
""",
    "h04-proposal-vs-adoption": """
# Museums

The culture department proposed the Regional Museums Strategy on 12 May 2022.

Since the museums strategy was adopted in September 2023, four small museums have merged.
""",
    "h05-two-marshes": """
# Salt marsh

The wildlife trust bought the Fenwick salt marsh on 28 February 2022 and the Orford salt marsh on 3 March 2023.

Since the trust took over the salt marsh in the spring of 2023, avocets have returned.
""",
    "h06-second-relocation": """
# Roastery

The Quillon coffee roastery moved its production to Harwick on 5 June 2019.

When Quillon relocated a second time, to Bramford in June 2020, forty staff followed.
""",
    "h07-pronoun-two-things": """
# Paper

The Holloway paper mill and its power station were offered for sale. It was sold to a Finnish group on 9 October 2020.

After the power station's change of owner in October 2021, the mill bought electricity from the grid.
""",
    "h08-years-apart": """
# Chess

The Estrid chess federation expelled its president, Olaf Brandt, on 4 May 2015.

When Brandt was thrown out in May 2019, the federation lost two sponsors.
""",
    "h09-previous-autumn-agrees": """
# Orchards

The Millbrook orchard was replanted in May 2020. The cider press had been sold the previous autumn, to a buyer in Kent.

Output recovered by 2022. Since the cider press was sold in October 2019, apples have gone to a cooperative.
""",
    "h10-same-day-two-orders": """
# Archives

The Lindqvist archive reopened its reading room on 14 March 2022 after a flood.

Since the reading room reopened on March 14, 2022, it has issued 900 passes.
""",
    "h11-note-source-date": """
# Lighthouses

The Kestrel lighthouse was automated on 12 June 2018, ending a century of resident keepers.[^2] Visitor numbers doubled in 2020.

[^2]: Keepers' association, "Newsletter", issued in June 2019.
""",
    "h12-second-fire": """
# Sawmills

On the night of 8 November 2019, fire destroyed the Pellam sawmill at Brisk. A second fire hit the Pellam timber yard on 2 December 2019.

After the Pellam fire in December 2019, the village lost its largest employer.
""",
}

HELD_MISSED = {
    "h02-since-noun-name",
    "h05-head-noun-of-named-strategy",
    "h07-after-noun-possessive",
    "h09-previous-autumn",
}

test_held_back_defect_found, test_held_back_trap_silent = variant_tests(
    "DT001",
    {k: v.lstrip() for k, v in HELD_DEFECTS.items()},
    {k: v.lstrip() for k, v in HELD_TRAPS.items()},
    HELD_MISSED,
    wrap=FRONT + "{}",
)
