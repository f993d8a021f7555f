"""AR001 and AR002 on shares and changes said in words other writers use (family AR,
session 17): a change bounded on one side ("a rise of more than 120 per cent", "down by
under 30%"), a fraction said "about" or "roughly" (nearer to it than to the fraction a
writer would have named instead: "roughly a quarter" is not 16%, which is about a sixth),
two values of which only the later has its year, reached after a verb of change ("…, about
$6 million before the deal, rose to $17 million in 2024, almost doubling"), a measure of the
thing priced beside the two amounts ("a 12-metre bus cost €550,000 in 2019 and €480,000 in
2024"), and a share "of them" a long clause after its part and whole ("1,140 of the 1,520 …, more than four in
five of them"). Traps: the same shapes with figures that fit, "about a third" for 32%,
"about half" for 44%, and a bound that holds. Our own sentences."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    "rise of more than": "Ticket prices at the zoo went from £14 in 2018 to £19 in 2024, a rise of more than "
    "60 per cent.",
    "fall of more than": "The ferry carried 820,000 passengers in 2019 and 610,000 in 2023, a fall of more than "
    "40 per cent.",
    "down by under": "Hospital admissions for asthma fell from 9,400 to 5,100, down by under 30 per cent.",
    "increase of at least": "Orders rose from 3,200 in 2021 to 4,100 in 2023, an increase of at least 45%.",
    "roughly a quarter": "Club membership went from 48,000 in 2015 to 55,500 in 2025, a rise of roughly a quarter.",
    "about a third": "The herd shrank from 2,600 to 2,150 head, a fall of about a third.",
    "around half": "Visitor numbers rose from 310,000 to 390,000, an increase of around half.",
    "one year, reached after a verb": "Funding for the trail, about €3 million a year before the merger, climbed "
    "to some €8 million in 2023, almost doubling.",
    "one year, percent": "The harbour's dredging budget, £4.0 million before the storm, was raised to "
    "£5.0 million in 2022, an increase of 40 per cent.",
    "one year, tripled": "Donations, roughly £2 million before the appeal, rose to £3 million in 2024, having tripled.",
    "share of them after a long clause": "In last spring's poll, 2,310 of the 3,080 bus drivers who replied said "
    "that a late timetable change had cost them a rest break at least once in the month, more than four in five "
    "of them.",
    "three in four of them": "Of the staff asked, 410 of the 1,020 nurses on night shifts reported that their "
    "ward had run short of basic supplies during the winter months, three in four of them.",
    "a measure of the thing priced": "A standard 40-tonne lorry cost about £90,000 in 2018 and about £120,000 in "
    "2024, a rise of nearly a fifth.",
    "a measure of the thing priced, percent": "A 12-metre fishing boat sold for €210,000 in 2015 and €260,000 in "
    "2023, an increase of 40 per cent.",
    "a measure of the thing priced, a fall": "A 3-bedroom flat let for £1,400 a month in 2022 and £1,150 in 2024, "
    "a fall of almost half.",
    "a sixth of them": "The inspectors found that 212 of the 460 lifts in council blocks had been out of "
    "service for longer than the week the contract allows, about a sixth of them.",
}
TRAPS = {
    "rise of more than, holds": "Ticket prices at the zoo went from £14 in 2018 to £19 in 2024, a rise of more "
    "than 30 per cent.",
    "fall of more than, holds": "The ferry carried 820,000 passengers in 2019 and 610,000 in 2023, a fall of more "
    "than 20 per cent.",
    "down by under, holds": "Hospital admissions for asthma fell from 9,400 to 7,100, down by under 30 per cent.",
    "roughly a quarter, holds": "Club membership went from 48,000 in 2015 to 60,500 in 2025, a rise of roughly "
    "a quarter.",
    "about a third for 32%": "The herd shrank from 2,600 to 1,770 head, a fall of about a third.",
    "about half for 44%": "Visitor numbers rose from 310,000 to 446,000, an increase of about half.",
    "one year, holds": "Funding for the trail, about €3 million a year before the merger, climbed to some "
    "€6 million in 2023, almost doubling.",
    "a measure of the thing priced, right": "A standard 40-tonne lorry cost about £90,000 in 2018 and about "
    "£120,000 in 2024, a rise of about a third.",
    "one year, two things": "Exports were worth £4.0 million in 2022, while imports rose to £5.6 million, an "
    "increase of 40 per cent on the year before.",
    "share of them, holds": "In last spring's poll, 2,560 of the 3,080 bus drivers who replied said that a late "
    "timetable change had cost them a rest break at least once in the month, more than four in five of them.",
    "share of them, another group": "The union counted 3,080 drivers, and in the spring 2,310 said that a late "
    "timetable change had cost them a rest break at least once in the month, with about nine in ten of them "
    "blaming the depot managers.",
}

test_defect_found, test_trap_silent = variant_tests(("AR001", "AR002"), DEFECTS, TRAPS)
