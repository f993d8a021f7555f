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
}

MISSED: set[str] = set()

test_defect_found, test_trap_silent = variant_tests(
    "DT001",
    {k: v.lstrip() for k, v in DEFECTS.items()},
    {k: v.lstrip() for k, v in TRAPS.items()},
    MISSED,
    wrap=FRONT + "{}",
)
