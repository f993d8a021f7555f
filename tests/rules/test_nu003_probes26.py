"""NU003 probes of session 26, written in other domains than the drafts they stand for, on
two causes the blind writers used.

1. A figure restated close by (the next sentence, the next paragraph or two) with another
   value, in a restating shape: a definite or possessive noun phrase that names the same
   thing and the same period ("the 2023 figure of", "the city's 2024 total of", "the N
   <noun> <participle> in <period>"). Traps: a comparison in one paragraph (two years, two
   places, before and after, "up from", "against", "while"), a part, another scope.
2. A figure restated with two neighbouring digits swapped ("3,180" / "3,810"), three or
   more significant digits, one unit and scale: a typing slip's own signature, linked by
   less context (one counted noun or a set of equivalent nouns; one currency or unit), a
   condition the sentence sets on a figure it names as known ("If the €381 million
   contract is renewed"), a currency's country code ("US$") or an opening gerund
   ("Watering the ...") being no name. Traps: another year, another named subject, a
   supposition, a figure to come, a comparison in one paragraph, two significant digits."""

from __future__ import annotations

from tests.rules._variants import variant_tests
from tests.rules.test_nu003_probes25 import apart

#: a close restatement: one paragraph or the next, with the period said again
RESTATED = {
    "the year's figure of, next sentence": (
        "The island ferry carried 3.4 million passengers in 2022, most of them in summer. The 2022 figure of "
        "3.1 million passengers was a record for the route, and the operator added a late sailing."
    ),
    "participle and period, same paragraph": (
        "By the end of 2021 the vaccination alliance counted 212 member clinics across the province. Staff at "
        "most of the 198 member clinics enrolled in the alliance at end-2021 had been trained in cold storage."
    ),
    "possessive total, next paragraph": (
        "The food bank handed out 46,000 emergency parcels in 2023, most of them between November and March."
        "\n\nThe food bank's 2023 total of 52,000 emergency parcels relied on 140 regular donors."
    ),
    "tonnes picked in a year, two sentences later": (
        "Growers in the valley harvested about 9,500 tonnes of olives in 2021. Prices were low after a wet "
        "spring. The 11,200 tonnes of olives picked in 2021 went mostly to the cooperative press."
    ),
    "the loss of N since, next paragraph": (
        "Since 2015, 342 rural post offices have closed across the region.\n\nThe loss of 371 rural post "
        "offices since 2015 has left many villages without a counter for pensions."
    ),
    "a restated figure a modal follows": (
        "The museum received 640,000 visitors in 2024, a record.\n\nThe 2024 figure of 590,000 visitors "
        "would make it the busiest museum in the region outside the capital."
    ),
}

RESTATED_TRAPS = {
    "a comparison in one paragraph": (
        "The island ferry carried 3.4 million passengers in 2023, up from 3.1 million passengers in 2022."
    ),
    "another period restated": (
        "The island ferry carried 3.4 million passengers in 2023. The 2022 figure of 3.1 million passengers "
        "was lower, because a vessel was in dry dock."
    ),
    "the base year restated alike": (
        "Olive exports rose to 7,400 tonnes in 2023 from 6,100 tonnes in 2022. The 2022 level of 6,100 "
        "tonnes was itself a record."
    ),
    "the base year, a level set against it": (
        "Olive exports rose to 7,400 tonnes in 2023 from 6,100 tonnes in 2022. Against the 2023 total of "
        "6,900 tonnes of table olives, oil was a small trade."
    ),
    "a narrower group restated": (
        "The port handled 9,400 ships in 2023. The 2023 total of 8,100 container ships was the highest on record."
    ),
    "a narrower kind of cargo restated": (
        "The port handled 9.4 million tonnes of cargo in 2023. The 2023 total of 8.1 million tonnes of "
        "containerised cargo was the highest on record."
    ),
    "a named part restated": (
        "Growers in the valley harvested about 9,500 tonnes of olives in 2021. Prices were low after a wet "
        "spring. The 8,700 tonnes of olives picked around Castellon in 2021 went mostly to the cooperative press."
    ),
    "a correct restatement": (
        "The museum received 640,000 visitors in 2024.\n\nThe 2024 figure of 640,000 visitors made it the "
        "busiest museum in the region."
    ),
    "another noun, one period": (
        "Since 2015, 342 rural post offices have closed across the region.\n\nThe loss of 371 rural bus "
        "routes since 2015 has left many villages without a service."
    ),
    "a supposed figure": (
        "The museum received 640,000 visitors in 2024.\n\nIf the 2024 figure had reached 700,000 "
        "visitors, the museum would have qualified for a grant."
    ),
}

RESTATED_MISSED: dict[str, str] = {}

SWAPPED = {
    "swapped condition on a known figure": apart(
        "The county signed a road maintenance contract worth €318 million in 2023.",
        "If the €381 million road maintenance contract is renewed on the same terms, the county will pay "
        "for resurfacing it never orders.",
    ),
    "swapped gerund opening and US$": apart(
        "Volunteers planted 2,470 oak saplings along the river in 2022.",
        "Watering the 2,740 oak saplings planted in 2022 costs about US$9,000 a year.",
    ),
    "swapped litres restated": apart(
        "The dairy cooperative sold 524 million litres of milk to supermarkets in 2023.",
        "Supermarket chains took 542 million litres from the cooperative's farms in 2023, most of it "
        "for own-label cartons.",
    ),
    "swapped equivalent nouns": apart(
        "The haulage firm operated 1,350 lorries across the region in 2024.",
        "Across the region the haulage firm ran a fleet of 1,530 trucks in 2024, a third of them electric.",
    ),
    "swapped share of a known count": apart(
        "The courier delivered 3.26 million parcels in the capital in 2024.",
        "If even a tenth of the 3.62 million parcels the courier delivered in the capital in 2024 went to "
        "lockers, vans would make far fewer stops.",
    ),
    "swapped share of a known count, no comparative": apart(
        "The museum lent 1,730 paintings to regional galleries in 2023.",
        "If only half of the 1,370 paintings the museum lent to regional galleries in 2023 come back on time, "
        "the spring exhibition will open late.",
    ),
}

SWAPPED_TRAPS = {
    "swapped another year": apart(
        "The museum welcomed 124,000 visitors in 2022.",
        "In 2023 the museum welcomed 142,000 visitors.",
    ),
    "swapped another named subject": apart(
        "In 2023, police in Leeds recorded 1,530 burglaries.",
        "In 2023, police in Bristol recorded 1,350 burglaries.",
    ),
    "swapped supposition": apart(
        "The engineering firm employs 2,140 engineers in 2024.",
        "Suppose the engineering firm employed 2,410 engineers in 2024: payroll would rise by a tenth.",
    ),
    "swapped figure to come": apart(
        "The port authority operates 126 berths.",
        "If the 162 new berths the port authority has planned are built, queues will shorten.",
    ),
    "swapped comparison in one paragraph": (
        "Ridership on the ferry rose to 1,530 passengers a day in 2023, from 1,350 a day in 2022."
    ),
    "swapped route numbers": apart(
        "Route 214 carries commuters from the estate to the station.",
        "Route 241 carries commuters from the station to the hospital.",
    ),
    "swapped other measure": apart(
        "The orchard cooperative harvested 4,120 tonnes of apples in 2023.",
        "In 2023 the orchard cooperative stored 4,210 tonnes of pears for winter.",
    ),
}

#: misses by cause (the harness marks them strict xfail)
SWAPPED_MISSED: dict[str, str] = {
    "swapped share of a known count": "a comparative of the sentence's main clause ('far fewer stops') is read as "
    "the figure's own (its subject's words): two facts compared",
}

test_swapped_found, test_swapped_trap_silent = variant_tests("NU003", SWAPPED, SWAPPED_TRAPS, SWAPPED_MISSED)
test_restated_found, test_restated_trap_silent = variant_tests("NU003", RESTATED, RESTATED_TRAPS, RESTATED_MISSED)
