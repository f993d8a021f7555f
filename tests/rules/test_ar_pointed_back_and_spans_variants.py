"""AR001, AR002, AR004 and AR005 on shapes read since session 20 (family AR): a share of a
group the sentence points back to past a difference beside it ("96 more than a year
earlier"), a share of the group named in words ("of the force"), a year inside the words
between a whole and its share, a unit word the figure reader does not know repeated after
part and whole, a figure glued to a word by a hyphen ("COVID-19", "over-65s") that is no
total, a bullet list's total in the bullets' unit (not "the five years to 2030"), a change
said in per cent "more" or "fewer than" a figure, and spans of years "since" a year or set
off after a dated thing. Traps: the same shapes with figures that fit, and groups listed
with another. Our own sentences, in domains outside the evaluation set."""

from __future__ import annotations

from tests.rules._variants import variant_tests

SHARE_DEFECTS = {
    "difference before, of the fleet": "The ferry company ran 240 vessels at the end of 2024, 12 more than a year "
    "before. Of these, 90 were built before 1990, or 45% of the fleet.",
    "difference before, of the herd": "The co-operative's members kept 5,600 dairy cows in May, 300 fewer than in "
    "spring. Of those, 1,400 grazed on upland farms, about a third of the herd.",
    "difference before, of the staff": "The archive employed 180 people in March, 15 up on last year. Of these, 72 "
    "work in conservation, or 30 per cent of the staff.",
    "year in the gap": "Ramps were fitted at 1,150 of the 2,300 rural and suburban stations by June 2025, a completion "
    "rate of 62%.",
    "year in the gap, share of": "Charging points served 3,300 of the 11,000 council and housing association homes "
    "by late 2024, a coverage rate of 41 per cent.",
    "unit repeated": "Rooftop panels supplied 42 MWp of the county's total capacity of 120 MWp in 2025, which is "
    "48 per cent.",
    "unit repeated, kbit": "Streaming took 640 GBd of the exchange's peak load of 1,600 GBd last winter, which is "
    "55 per cent.",
    "lead whole, of those eligible": "Of the 8,400 allotment holders in the borough, 3,600 had paid the new fee by "
    "the end of the 2024/25 season, just over half of those eligible.",
    "lead whole, of those registered": "Of the 2,900 boats on the register, 1,250 passed the safety check before "
    "the 2025 sailing season opened, roughly two thirds of those registered.",
    "one of the N before": "Marrow Lane Bakery, one of the four bakeries in the town, employs 60 people. Three in "
    "four of them, 30 staff, work nights.",
}
SHARE_TRAPS = {
    "difference before, of the fleet": "The ferry company ran 240 vessels at the end of 2024, 12 more than a year "
    "before. Of these, 108 were built before 1990, or 45% of the fleet.",
    "difference before, of the herd": "The co-operative's members kept 5,600 dairy cows in May, 300 fewer than in "
    "spring. Of those, 1,850 grazed on upland farms, about a third of the herd.",
    "year in the gap": "Ramps were fitted at 1,426 of the 2,300 rural and suburban stations by June 2025, a completion "
    "rate of 62%.",
    "unit repeated": "Rooftop panels supplied 58 MWp of the county's total capacity of 120 MWp in 2025, which is "
    "48 per cent.",
    "lead whole, of those eligible": "Of the 8,400 allotment holders in the borough, 4,500 had paid the new fee by "
    "the end of the 2024/25 season, just over half of those eligible.",
    "listed groups before": "The harbour logged 1,900 landings and 260 refusals. Of those, 700 were trawlers, or "
    "about a third.",
    "one of the N before": "Marrow Lane Bakery, one of the four bakeries in the town, employs 60 people. Three in "
    "four of them, 45 staff, work nights.",
}

CHANGE_DEFECTS = {
    "per cent fewer than": "The observatory counted 4,100 visitors in 2023, 20 per cent fewer than the 6,200 of 2019.",
    "per cent more than": "Freight reached 86,000 tonnes last year, 35% more than the 52,000 tonnes of 2020.",
    "about per cent higher than": "Rents averaged €1,600 in the city centre, about 10% higher than the €1,100 paid "
    "in the suburbs.",
}
CHANGE_TRAPS = {
    "per cent fewer than": "The observatory counted 4,100 visitors in 2023, 34 per cent fewer than the 6,200 of 2019.",
    "per cent more than": "Freight reached 86,000 tonnes last year, 65% more than the 52,000 tonnes of 2020.",
    "points, not per cent": "Turnout was 64%, 12% higher than the 52% of the last election.",
    "more than in a year": "Sales reached 4,300 units, 20% more than in 2022.",
}

SUM_DEFECTS = {
    "Of these after a threshold": "In all, 9,600 homes in the valley still lack a 100 Mbit/s line. Of these, 5,100 "
    "are in the hill villages, 2,900 along the river and 1,100 in the market town.",
    "Of those after a threshold": "In 2024, 3,200 bridges carried less than 40 tonnes. Of those, 1,800 are in the "
    "north, 900 in the west and 400 in the south.",
}
SUM_TRAPS = {
    "Of these after a threshold": "In all, 9,600 homes in the valley still lack a 100 Mbit/s line. Of these, 5,600 "
    "are in the hill villages, 2,900 along the river and 1,100 in the market town.",
    "two groups before": "The club sold 6,000 memberships and 9,000 guest passes. Of those, 3,100 went to adults, "
    "1,900 to students and 700 to the rest.",
}

BULLET_DEFECTS = {
    "span of years beside the total": "The trust will spend £64 million over the seven years to 2032, split as "
    "follows:\n\n- wards: £30 million\n- theatres: £21 million\n- equipment: £9 million\n",
    "hyphen label beside the total": "The 4,800 under-18s who were screened fall into three groups:\n\n- urban: "
    "2,600\n- rural: 1,400\n- coastal: 500\n",
}
BULLET_TRAPS = {
    "COVID-19 in the lead-in": "The board gave 12,400 COVID-19 boosters in three settings:\n\n- surgeries: 7,100\n"
    "- pharmacies: 4,300\n- other places: 1,000\n",
    "over-65s in the lead-in": "The over-65 doses were given in two settings:\n\n- surgeries: 9,300\n"
    "- pharmacies: 2,100\n",
    "post-16 in the lead-in": "Post-16 places are offered in three kinds of college:\n\n- sixth forms: 1,200\n"
    "- further education: 3,400\n- specialist: 300\n",
    "span of years beside the total": "The trust will spend £64 million over the seven years to 2032, split as "
    "follows:\n\n- wards: £30 million\n- theatres: £25 million\n- equipment: £9 million\n",
}

AGE_WRAP = "---\ndate: 2026-09-10\n---\n\n# Report\n\n{}\n"
AGE_DEFECTS = {
    "years have passed since": "Eight years have passed since the ferry link to the island closed in 2021.",
    "it is N years since": "It is now five years since the council adopted its cycling plan in 2018.",
    "it has been a decade since": "It has been a decade since the museum reopened in 2013 after the fire.",
    "before this report": "In 2019, a decade before this report was written, the port handled half as much cargo.",
    "before publication": "The survey was last run in 2020, three years before publication.",
    "set off after the thing": "The 2019 flood on the lower river, the most recent, four years ago, closed the road "
    "for a month.",
    "dash after the thing": "The 2015 strike at the depot — the last, nine years ago — lasted a week.",
}
AGE_TRAPS = {
    "years have passed since": "Five years have passed since the ferry link to the island closed in 2021.",
    "it is N years since": "It is now eight years since the council adopted its cycling plan in 2018.",
    "before this report": "In 2016, a decade before this report was written, the port handled half as much cargo.",
    "set off after the thing": "The 2022 flood on the lower river, the most recent, four years ago, closed the road "
    "for a month.",
    "compared with a span": "The 2024 count was higher than the one taken ten years ago.",
    "since a range": "Three years have passed since the 2019-2020 trial.",
}

MISSED: set[str] = set()

test_share_defect_found, test_share_trap_silent = variant_tests("AR001", SHARE_DEFECTS, SHARE_TRAPS, MISSED)
test_change_defect_found, test_change_trap_silent = variant_tests("AR002", CHANGE_DEFECTS, CHANGE_TRAPS, MISSED)
test_sum_defect_found, test_sum_trap_silent = variant_tests("AR004", SUM_DEFECTS, SUM_TRAPS, MISSED)
test_bullet_defect_found, test_bullet_trap_silent = variant_tests("AR004", BULLET_DEFECTS, BULLET_TRAPS, MISSED)
test_age_defect_found, test_age_trap_silent = variant_tests("AR005", AGE_DEFECTS, AGE_TRAPS, MISSED, wrap=AGE_WRAP)
