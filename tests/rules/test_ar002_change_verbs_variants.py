"""AR002 reads a change said with any common verb of rise or fall, not a handful
(session 24, the lead's own words in several domains): "surged 40% to …", "has shrunk by
15%", "dipped 12% to …", "were raised by 10%", "expanded by 20%", "slipped by 5 points";
the direction of a value said with such a verb and no amount ("eased from 4.8% to 5.1%",
"was reduced from 3,400 to 3,900", "narrowed to £4.1 billion from £3.2 billion"); a
multiple said as a noun ("a fourfold rise, from 20 to 60") or with the period between
it and its values ("doubled between 2019 and 2024, from …"). Traps: the same sentences
with values that agree, ranks, occasions counted ("cut three times"), a shortlist
narrowed, a participle used as an adjective, a plan rather than a change."""

from __future__ import annotations

from claimcheck.data.changewords import CUT, FALL_FORMS, RAISED, RISE_FORMS, alternation
from tests.rules._variants import variant_tests

AMOUNT_DEFECTS = {
    "surged": "Sales of heat pumps surged 40% to 7,000 units in 2024, from 6,000 the year before.",
    "soared by": "Wholesale prices soared by 50%, from $10 to $13 a kilo.",
    "dipped": "Grain exports dipped 12% to 880,000 tonnes, from 950,000 tonnes.",
    "has shrunk by": "The inspectorate's workforce has shrunk by 15%, from 2,000 to 1,800 officers.",
    "were raised by": "Court fees were raised by 10%, from £200 to £240.",
    "expanded by": "The ferry fleet expanded by 20%, from 40 to 52 vessels.",
    "contracted by": "Factory output contracted by 10%, from 500 to 470 units a week.",
    "slipped by points": "Turnout slipped by 5 points, from 60% to 57%.",
}
AMOUNT_TRAPS = {
    "surged": "Sales of heat pumps surged 17% to 7,000 units in 2024, from 6,000 the year before.",
    "soared by": "Wholesale prices soared by 30%, from $10 to $13 a kilo.",
    "dipped": "Grain exports dipped 7% to 880,000 tonnes, from 950,000 tonnes.",
    "has shrunk by": "The inspectorate's workforce has shrunk by 10%, from 2,000 to 1,800 officers.",
    "were raised by": "Court fees were raised by 20%, from £200 to £240.",
    "expanded by": "The ferry fleet expanded by 30%, from 40 to 52 vessels.",
    "occasions counted": "Policy rates were cut three times, from 5.25% to 4.5%.",
    "raised twice": "Court fees were raised twice, from £200 to £240.",
    "basis points": "Interest rates rose 25 basis points, from 4.25% to 4.5%.",
}

DIRECTION_DEFECTS = {
    "eased": "Inflation eased to 5.1% in May from 4.8% in April.",
    "was reduced": "The tribunal's backlog was reduced from 3,400 cases to 3,900.",
    "narrowed": "The trade deficit narrowed to £4.1 billion in 2024 from £3.2 billion in 2023.",
    "widened": "The pay gap between the two regions widened from 6 points to 4 points.",
    "slid": "The confidence index slid from 98 to 102 over the quarter.",
}
DIRECTION_TRAPS = {
    "eased": "Inflation eased to 4.8% in May from 5.1% in April.",
    "was reduced": "The tribunal's backlog was reduced from 3,900 cases to 3,400.",
    "narrowed": "The trade deficit narrowed to £3.2 billion in 2024 from £4.1 billion in 2023.",
    "widened": "The pay gap between the two regions widened from 4 points to 6 points.",
    "swelled": "Union membership swelled from 8,000 to 11,000.",
    "ranks": "The port climbed from 41st to 37th in the rankings.",
    "a shortlist narrowed": "The panel narrowed the shortlist from 12 candidates to 5.",
    "participle as adjective": "The expanded 40-bed ward replaced a 30-bed unit.",
    "trimmed forecast": "The bank trimmed its forecast from 4% growth to 3%.",
}

MULTIPLE_DEFECTS = {
    "a fourfold rise": "The scheme recorded a fourfold rise, from 20 to 60 sites.",
    "a threefold increase": "The network saw a threefold increase, from 150 to 300 clinics.",
    "doubled between years": "Ridership doubled between 2019 and 2024, from 1.2 million to 1.9 million trips.",
    "tripled in years": "Solar capacity tripled in five years, from 400 MW to 900 MW.",
}
MULTIPLE_TRAPS = {
    "a fourfold rise": "The scheme recorded a fourfold rise, from 15 to 60 sites.",
    "doubled between years": "Ridership doubled between 2019 and 2024, from 1.2 million to 2.4 million trips.",
    "a plan": "A threefold increase in clinics, from 150 in 2019, is planned by 2030.",
    "hedged": "The scheme recorded a nearly fourfold rise, from 20 to 70 sites.",
    "another clause": "Ridership doubled between 2019 and 2021, and from 2022 to 2024 went from 1.2 million to 1.9 million.",
}

#: the period said with a value: a month or quarter between the value and "from"; an
#: earlier period said relative to the other ("the year before"); the year written after
#: the first value's noun is that value's, not the next one's
PERIOD_DEFECTS = {
    "month after value": "Unemployment fell to 5.1% in May from 4.8% in April.",
    "quarter after value": "Freight volumes rose 20% to 9,600 containers in the third quarter, from 9,000 in the second.",
    "the year before": "Sales of heat pumps rose 40% to 7,000 units in 2024, from 6,000 the year before.",
    "a year earlier": "Arrivals climbed 25% to 1.3 million in 2023, up from 1.2 million a year earlier.",
}
PERIOD_TRAPS = {
    "month after value": "Unemployment fell to 4.8% in May from 5.1% in April.",
    "the year before": "Sales of heat pumps rose 17% to 7,000 units in 2024, from 6,000 the year before.",
    "a year earlier": "Arrivals climbed 8% to 1.3 million in 2023, up from 1.2 million a year earlier.",
    "two things of one year": "In 2024 the fleet had 7,000 vans, up 40%, and 6,000 trucks.",
}

test_amount_defect_found, test_amount_trap_silent = variant_tests("AR002", AMOUNT_DEFECTS, AMOUNT_TRAPS)
test_direction_defect_found, test_direction_trap_silent = variant_tests("AR002", DIRECTION_DEFECTS, DIRECTION_TRAPS)
test_multiple_defect_found, test_multiple_trap_silent = variant_tests("AR002", MULTIPLE_DEFECTS, MULTIPLE_TRAPS)
test_period_defect_found, test_period_trap_silent = variant_tests("AR002", PERIOD_DEFECTS, PERIOD_TRAPS)


def test_change_words_have_no_bare_form_and_no_overlap() -> None:
    """No bare verb (it reads as an adjective or a noun before a figure: "a narrow 51%
    majority", "the fall 2024 term"), no word both a rise and a fall, and the passives
    take an auxiliary."""
    bare = {"rise", "grow", "fall", "drop", "narrow", "ease", "cut", "increase", "decrease", "slip", "dip"}
    assert not bare & set(RISE_FORMS + FALL_FORMS)
    assert not set(RISE_FORMS) & set(FALL_FORMS)
    import re

    up = re.compile(rf"(?:{alternation(RISE_FORMS, RAISED)})\Z")
    down = re.compile(rf"(?:{alternation(FALL_FORMS, CUT)})\Z")
    assert up.match("was raised") and up.match("have been increased".split(" ", 1)[1])
    assert down.match("were cut") and not down.match("cut")
    assert up.match("soared") and not down.match("soared")


#: nouns of change from the same list ("a slide of nearly 48 percent")
NOUN_DEFECTS = {
    "a slide of": "Harvests fell from 1,050,000 tonnes in 2021 to 650,000 tonnes in 2024, a slide of nearly 48 percent.",
    "a slump of": "Bookings went from 2,000 to 1,700 a month, a slump of 30%.",
    "a surge of": "Applications went from 400 to 460, a surge of 40%.",
}
NOUN_TRAPS = {
    "a slide of": "Harvests fell from 1,050,000 tonnes in 2021 to 650,000 tonnes in 2024, a slide of nearly 38 percent.",
    "a surge of": "Applications went from 400 to 460, a surge of 15%.",
}
test_noun_defect_found, test_noun_trap_silent = variant_tests("AR002", NOUN_DEFECTS, NOUN_TRAPS)
