"""NU003 on a figure restated in a summary-type block found by where it stands, not by its
heading (issue 12, session 9): short bullets or a standfirst before the first body section,
a closing section, a box of short bullets, a label and a colon, a heading run into its
paragraph; the summary's figure held to the one body figure of its dimension (a hedge, another
scale, a count of "people", a share in words, a key-facts label past a hedge). Traps: the
summary agrees within its hedge, two body figures it could be, another period, a plan.
Our own drafts, in domains outside the evaluation set."""

from __future__ import annotations

import pytest

from tests.rules._variants import variant_tests

#: a body sentence that gives the sections their length and no figure
F = "The programme began as a pilot and was widened after a review by the ministry. Officials visited each site twice before the first payments were made. "


def _doc(template: str) -> str:
    return template.replace("{F}", F)


# built with (the D and T numbered odd, and the probes of restated shapes)
DEFECTS = {
    "D1": _doc(
        "# Keeping the hives alive\n\n- Beekeepers lost some 61,000 colonies over the winter of 2023-24.\n- Most losses were blamed on varroa mites.\n\n## 1. The survey\n\nThe national association asked its members about the winter of 2023-24. {F}\n\n## 2. Losses\n\nWinter losses came to 48,300 colonies in 2023-24, the survey found. {F}\n\n## 3. Causes\n\nMembers named varroa mites most often, ahead of queen failure. {F}\n"
    ),
    "D3": _doc(
        "# Glacier monitoring in the Alps\n\n## Context\n\nThe monitoring network was set up in 1990. {F}\n\n## Measurements\n\nThe network's stakes recorded a mean thinning of 3.1 metres on the Rhone glacier in 2023. {F}\n\n## Staff\n\nThe survey employs 26 field technicians across five cantons. {F}\n\n## What this means\n\nWith close to 40 technicians on the ice each summer, the survey can keep its stakes read. {F}\n"
    ),
    "D5": _doc(
        "---\ntitle: Ferries for islanders\ndate: 2025-05-02\n---\n\n# Island ferry tickets\n\n**At the quayside**\n\n- Islanders bought just over 2.4 million discounted tickets last year.\n- The discount is paid by the county.\n\n## How the discount works\n\nThe county pays half of each fare. {F}\n\n## Take-up\n\nResidents bought 1.9 million discounted tickets in 2024. {F}\n\n## Costs\n\nThe scheme is reviewed each spring. {F}\n"
    ),
    "D7": _doc(
        "# Orchard grants\n\n## The grants\n\nThe orchard scheme paid growers €38.5 million in 2023. {F}\n\n## Who applied\n\nApplications came mostly from small farms. {F}\n\n## What we recommend\n\n1. Keep the €43.8 million that growers received in 2023 as the floor for the next budget.\n2. Publish the list of paid growers.\n"
    ),
    "D9": _doc(
        "# Community pharmacies\n\n- Some 14,100 pharmacies dispensed prescriptions in 2024.\n- One in four opened on Sundays.\n\n## Pharmacies\n\nThe register counted 11,700 pharmacies dispensing prescriptions in 2024. {F}\n\n## Opening hours\n\nSunday opening has spread in cities. {F}\n\n## Staff\n\nMost pharmacies employ two pharmacists. {F}\n"
    ),
    "D11": _doc(
        "# Tram depot\n\n## Summary of numbers\n\n- The depot will house 64 trams when it opens.\n\n## The depot\n\nThe new depot will hold 52 trams when it opens in 2027. {F}\n\n## The cost\n\nIts cost was set in the contract. {F}\n"
    ),
    "p1": _doc(
        "---\ntitle: Volunteer lifeboat crews\ndate: 2025-04-10\n---\n\n# Volunteer lifeboat crews\n\n## Summary\n\nAround 5,200 people volunteered as lifeboat crew last year, and most of them had another job.\n\n## Crews\n\nThe institution counted 4,650 volunteer crew members in 2024, down from 4,900 in 2019. {F}{F}\n\n## Training\n\nEach volunteer trains two evenings a month. {F}{F}\n\n## Stations\n\nStations are spread along the coast. {F}{F}\n"
    ),
    "p2": _doc(
        "# Museum loans\n\nAbstract. Regional museums lent nearly 8,000 objects to other institutions in 2023, many of them for the first time.\n\n## 1. Loans\n\nIn 2023 the regional museums lent 6,700 objects to other institutions, according to the register. {F}{F}\n\n## 2. Insurance\n\nInsurers cover objects on loan. {F}{F}\n\n## 3. Outlook\n\nLending is expected to grow. {F}{F}\n"
    ),
    "p3": _doc(
        "# Snow clearing\n\n## Background\n\n{F}{F}\n\n## The budget\n\nThe city spent €18.4 million on clearing snow in the winter of 2023/24. {F}{F}\n\n## Staff\n\nCrews work in shifts. {F}{F}\n\n## Conclusions\n\nWith roughly €21 million spent on snow clearing in the winter of 2023/24, the city cannot cut the budget further. The contracts should be retendered.\n"
    ),
    "p4": _doc(
        "# Harbour dredging permits\n\n## In short\n\n- Permits issued by the end of June 2024: about 310\n- Average wait: five months\n\n## Permits\n\nBy 30 June 2024 the agency had issued 268 dredging permits. {F}{F}\n\n## Waiting times\n\nApplicants wait five months on average. {F}{F}\n\n## Appeals\n\nAppeals are rare. {F}{F}\n"
    ),
    "p5": _doc(
        "# Cycle parking\n\n- The city added some 0.21 million cycle parking spaces in 2024.\n\n## Parking\n\nIn 2024 the city added 162,000 cycle parking spaces at stations and in streets. {F}{F}\n\n## Theft\n\nTheft fell slightly. {F}{F}\n\n## Costs\n\nRacks are cheap. {F}{F}\n"
    ),
    "p6": _doc(
        "# Water meters\n\n## What we found\n\n1. Fewer than 40,000 households had a smart water meter at the end of 2024.\n2. Bills did not fall.\n\n## Meters\n\nAt the end of 2024, 52,300 households had a smart water meter fitted. {F}{F}\n\n## Bills\n\nBills rose with inflation. {F}{F}\n\n## Next steps\n\nThe utility will keep installing. {F}{F}\n"
    ),
    "p7": _doc(
        "# Tram accidents\n\n## Key points\n\n- Trams were involved in almost 300 collisions with cars in 2023.\n\n## Collisions\n\nTrams collided with cars 241 times in 2023, the operator's safety report says. {F}{F}\n\n## Causes\n\nMost collisions happen at junctions. {F}{F}\n\n## Measures\n\nSignals will be changed. {F}{F}\n"
    ),
    "p8": _doc(
        "---\ntitle: Court interpreters\ndate: 2025-04-10\n---\n\n# Court interpreters\n\nCourt interpreters worked just over 61,000 hearings last year.\n\n## Hearings\n\nInterpreters attended 54,800 hearings in 2024. {F}{F}\n\n## Languages\n\nPolish and Romanian were the most requested. {F}{F}\n\n## Pay\n\nPay has not risen since 2019. {F}{F}\n"
    ),
    "s1": _doc(
        "# Hospital parking\n\n## Summary\n\n- The hospital trust pays roughly a fifth of the cost of the shuttle buses.\n\n## Funding\n\nThe shuttle costs £2.4 million a year. The trust pays about 11 per cent of the cost of the shuttle buses, and the council the rest. {F}{F}\n\n## Use\n\nMost riders are staff. {F}{F}\n\n## Options\n\nThe route may change. {F}{F}\n"
    ),
    "s2": _doc(
        "# Flood barriers\n\n## Key points\n\n- The barrier programme cost €0.18 billion in 2024.\n\n## Costs\n\nThe flood barrier programme cost €212 million in 2024, most of it on the river wall. {F}{F}\n\n## Works\n\nWorks continue. {F}{F}\n\n## Risks\n\nStorms are stronger. {F}{F}\n"
    ),
    "s3": _doc(
        "# Rail freight\n\n## At a glance\n\n- A 2,100-locomotive fleet hauls the country's freight.\n\n## Fleet\n\nThe state operator runs 1,850 locomotives on freight services. {F}{F}\n\n## Traffic\n\nTraffic fell in 2024. {F}{F}\n\n## Plans\n\nNew engines are on order. {F}{F}\n"
    ),
    "s4": _doc(
        "# Grain storage\n\n## In brief\n\nThe national reserve held 13.2 Mt of grain at the end of 2024.\n\n## Stocks\n\nAt the end of 2024, the national reserve held 11.6 million tonnes of grain in its silos. {F}{F}\n\n## Silos\n\nSilos are old. {F}{F}\n\n## Plans\n\nNew silos are planned. {F}{F}\n"
    ),
    "s5": _doc(
        "# Bridge repairs\n\n## Key facts\n\n- The repair backlog on federal bridges is more than twenty billion euros.\n\n## The backlog\n\nEngineers put the repair backlog on federal bridges at €16.2 billion in 2024. {F}{F}\n\n## Works\n\nWorks are slow. {F}{F}\n\n## Money\n\nThe budget rose. {F}{F}\n"
    ),
    "s6": _doc(
        "# Library opening hours\n\n## Summary\n\n- Branch libraries opened for just under half of the hours they opened in 2010.\n\n## Hours\n\nBranch libraries now open for 71 per cent of the hours they opened in 2010. {F}{F}\n\n## Staff\n\nStaff numbers fell. {F}{F}\n\n## Outlook\n\nMore cuts are planned. {F}{F}\n"
    ),
    "held D2": _doc(
        "# Lighthouse keepers' cottages\n\n## Numbers that matter\n\n- Cottages restored since 2019: 212\n- Visitors who stayed overnight in 2024: about 9,400\n\n## Background\n\nThe trust took over the cottages from the coastguard. {F}\n\n## Restoration\n\nVolunteers have restored 187 cottages since 2019, most of them on the western coast. {F}\n\n## Visitors\n\nOvernight guests numbered 9,350 in 2024. {F}\n"
    ),
    "held D4": _doc(
        "# Choir festivals after the pandemic\n\nRegional choir festivals drew almost 150,000 singers last year, and most of them paid no fee.\n\n## Attendance\n\nIn 2024 the festivals registered 118,000 singers, according to the federation. {F}\n\n## Funding\n\nSponsors paid for the halls. {F}\n\n## Outlook\n\nThe federation expects more entries. {F}\n"
    ),
    "held D6": _doc(
        "# Rural surgeries\n\n## Findings\n\n- There were roughly 730 single-handed surgeries in 2024.\n\n## Surgeries\n\nIn 2024 the register listed 912 single-handed surgeries, down from 1,040 in 2019. {F}\n\n## Staff\n\nMost of them employ one nurse. {F}\n"
    ),
    "held D8": _doc(
        "# Road salt\n\nKey facts:\n\n- Salt spread on trunk roads in the winter of 2023/24: 310,000 tonnes\n- Gritters in service: 1,100\n\n## The winter\n\nThe agency spread 262,000 tonnes of salt on trunk roads in the winter of 2023/24. {F}\n\n## The fleet\n\nThe agency runs 1,100 gritters from 96 depots. {F}\n\n## Stocks\n\nStocks are checked in October. {F}\n"
    ),
    "held D10": _doc(
        "# Harbour seals\n\n## Counts\n\nSurveyors counted 4,870 harbour seals on the estuary sandbanks in August 2024. {F}\n\n## Threats\n\nDisturbance by boats is the main threat. {F}\n\n## Looking ahead\n\n- The estuary's colony, just over 5,600 animals at the August 2024 count, should be surveyed twice a year.\n- Boat traffic should be limited in the pupping season.\n"
    ),
    "held D12": _doc(
        "# Night buses\n\nThe council's night buses carried more than 2.8 million passengers in 2024, twice what they carried in 2019.\n\n## Routes\n\nThere are 31 night routes. {F}\n\n## Passengers\n\nIn 2024 night buses carried 2.3 million passengers, up from 1.2 million in 2019. {F}\n\n## Fares\n\nFares are the same as by day. {F}\n"
    ),
}

TRAPS = {
    "T1": _doc(
        "# Keeping the hives alive\n\n- Beekeepers lost some 48,000 colonies over the winter of 2023-24.\n- Most losses were blamed on varroa mites.\n\n## 1. The survey\n\nThe national association asked its members about the winter of 2023-24. {F}\n\n## 2. Losses\n\nWinter losses came to 48,300 colonies in 2023-24, the survey found. {F}\n\n## 3. Causes\n\nMembers named varroa mites most often, ahead of queen failure. {F}\n"
    ),
    "T3": _doc(
        "# Glacier monitoring in the Alps\n\n## Context\n\nThe monitoring network was set up in 1990. {F}\n\n## Measurements\n\nThe network's stakes recorded a mean thinning of 3.1 metres on the Rhone glacier in 2023. {F}\n\n## Staff\n\nThe survey employs 26 field technicians across five cantons, and 14 volunteers help them in summer. {F}\n\n## What this means\n\nWith close to 40 people on the ice each summer, the survey can keep its stakes read. {F}\n"
    ),
    "T5": _doc(
        "---\ntitle: Ferries for islanders\ndate: 2025-05-02\n---\n\n# Island ferry tickets\n\n**At the quayside**\n\n- Islanders bought just over 2.4 million discounted tickets in 2023.\n- The discount is paid by the county.\n\n## How the discount works\n\nThe county pays half of each fare. {F}\n\n## Take-up\n\nResidents bought 1.9 million discounted tickets in 2024. {F}\n\n## Costs\n\nThe scheme is reviewed each spring. {F}\n"
    ),
    "T7": _doc(
        "# Orchard grants\n\n## The grants\n\nThe orchard scheme paid growers €38.5 million in 2023 and €43.8 million in 2024. {F}\n\n## Who applied\n\nApplications came mostly from small farms. {F}\n\n## What we recommend\n\n1. Keep the €43.8 million that growers received in 2024 as the floor for the next budget.\n2. Publish the list of paid growers.\n"
    ),
    "T9": _doc(
        "# Community pharmacies\n\n- Some 11,700 pharmacies dispensed prescriptions in 2024.\n- One in four opened on Sundays.\n\n## Pharmacies\n\nThe register counted 11,690 pharmacies dispensing prescriptions in 2024. {F}\n\n## Opening hours\n\nSunday opening has spread in cities. {F}\n\n## Staff\n\nMost pharmacies employ two pharmacists. {F}\n"
    ),
    "T11": _doc(
        "# Tram depot\n\n## Summary of numbers\n\n- The depot will house 64 trams by 2035.\n\n## The depot\n\nThe new depot will hold 52 trams when it opens in 2027, and 64 after its extension in 2035. {F}\n\n## The cost\n\nIts cost was set in the contract. {F}\n"
    ),
    "held T4": _doc(
        "# Choir festivals after the pandemic\n\nRegional choir festivals drew almost 150,000 singers last year, and most of them paid no fee.\n\n## Attendance\n\nIn 2024 the festivals registered 118,000 singers from choirs and 29,000 solo singers, according to the federation. {F}\n\n## Funding\n\nSponsors paid for the halls. {F}\n\n## Outlook\n\nThe federation expects more entries. {F}\n"
    ),
    "held T6": _doc(
        "# Rural surgeries\n\n## Findings\n\n- There were roughly 900 single-handed surgeries in 2024.\n\n## Surgeries\n\nIn 2024 the register listed 912 single-handed surgeries, down from 1,040 in 2019. {F}\n\n## Staff\n\nMost of them employ one nurse. {F}\n"
    ),
    "held T8": _doc(
        "# Road salt\n\nKey facts:\n\n- Salt the agency plans to stock for the winter of 2025/26: 310,000 tonnes\n- Gritters in service: 1,100\n\n## The winter\n\nThe agency spread 262,000 tonnes of salt on trunk roads in the winter of 2023/24. {F}\n\n## The fleet\n\nThe agency runs 1,100 gritters from 96 depots. {F}\n\n## Stocks\n\nStocks are checked in October. {F}\n"
    ),
    "held T10": _doc(
        "# Harbour seals\n\n## Counts\n\nSurveyors counted 4,870 harbour seals on the estuary sandbanks in August 2024 and 5,610 grey seals on the outer banks. {F}\n\n## Threats\n\nDisturbance by boats is the main threat. {F}\n\n## Looking ahead\n\n- The estuary's colony, just over 5,600 animals at the August 2024 count, should be surveyed twice a year.\n- Boat traffic should be limited in the pupping season.\n"
    ),
    "held T12": _doc(
        "# Night buses\n\nThe council's night buses carried more than 2.8 million passengers in 2024, twice what they carried in 2019.\n\n## Routes\n\nThere are 31 night routes. {F}\n\n## Passengers\n\nIn 2024 night buses carried 2.9 million passengers, up from 1.2 million in 2019. {F}\n\n## Fares\n\nFares are the same as by day. {F}\n"
    ),
}

# the held-back half ("held ...", the D and T numbered even) was written before the build and
# run once, at the end: D10 (a closing bullet list whose figure is 'just over 5,600' against
# 4,870: farther than the half the summary path keeps to), D12 (a standfirst whose figure has a
# change in its sentence), D4 (a standfirst of a document whose body is three short
# sections); among the probes, p7 (a count said as 'collided 241 times') and s6 (a share of
# hours, no group named) are not read; D3 ('close to 40' against 26) is farther than half.
MISSED = {"D3", "held D10", "held D12", "held D4", "p7", "s6"}

test_defect_found, test_trap_silent = variant_tests("NU003", DEFECTS, TRAPS, MISSED, wrap="{}")


#: a held-back trap the restatement path (not the summary's) reports: the whole ('212 in all')
#: is not read as a count, so its part ('187 cottages ... on the western coast') is compared
T2 = _doc(
    "# Lighthouse keepers' cottages\n\n## Numbers that matter\n\n- Cottages restored since 2019: 212\n- Visitors who stayed overnight in 2024: about 9,400\n\n## Background\n\nThe trust took over the cottages from the coastguard. {F}\n\n## Restoration\n\nVolunteers have restored 187 cottages since 2019 on the western coast and 25 on the eastern coast, 212 in all. {F}\n\n## Visitors\n\nOvernight guests numbered 9,350 in 2024. {F}\n"
)


@pytest.mark.xfail(strict=True, reason="'212 in all' is not read as a count; the part is compared")
def test_a_part_beside_its_whole_is_silent(tmp_path):
    from tests.rules.test_cases import run_rule

    assert run_rule("NU003", T2, "markdown", tmp_path) == []
