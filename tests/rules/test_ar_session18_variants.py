"""The arithmetic rules on shapes other writers use (session 18), in our own words, three
phrasings per cause plus traps: a count inside a part's words ("for the 14 ferries") and
"one" as a pronoun ("had one that …") do not break a list of parts (AR004); a share "of
the total" of a part's own group ("910 of the 2024 complaints") and a share "of the
membership" take the whole the paragraph gave for that noun, past a figure that is itself
a part of another ("120 of the 180") (AR001); a share "of them" of a group with no part
of its own is not read against a count of something else (AR001); a change said as a
fraction is compared with the values' rounding errors taken as independent (AR002)."""

from __future__ import annotations

from tests.rules._variants import variant_tests

LABEL_DEFECTS = {
    "count after for the": "The refit cost €212 million: €150 million for the 14 ferries, €38 million for "
    "the repair docks and €12 million for crew training.",
    "count inside a made up list": "The upgrade budget of £96 million is made up of £61 million for the 40 "
    "stations, £22 million for signalling and £8 million for staff.",
    "count in a total called so": "Spending reached $75 million in all: $48 million on the 300 buses, $14 million "
    "on depots and $9 million on software.",
    "pronoun one": "We asked 1,000 residents about cycling. Of those, 580 owned a bike, 220 had one that was "
    "broken, and the remaining 130 had none.",
    "pronoun one which": "Of the 500 shops visited, 310 had a card reader, 95 had one which did not work and the "
    "other 60 had no reader at all.",
    "pronoun one, a lead whole": "Of the 2,400 homes surveyed, 1,300 had a new boiler, 700 had one that was older "
    "and the remaining 300 had a heat pump.",
}
LABEL_TRAPS = {
    "count after for the": "The refit cost €212 million: €162 million for the 14 ferries, €38 million for "
    "the repair docks and €12 million for crew training.",
    "count inside a made up list": "The upgrade budget of £96 million is made up of £66 million for the 40 "
    "stations, £22 million for signalling and £8 million for staff.",
    "count in a total called so": "Spending reached $75 million in all: $52 million on the 300 buses, $14 million "
    "on depots and $9 million on software.",
    "pronoun one": "We asked 1,000 residents about cycling. Of those, 650 owned a bike, 220 had one that was "
    "broken, and the remaining 130 had none.",
    "pronoun one, a lead whole": "Of the 2,400 homes surveyed, 1,400 had a new boiler, 700 had one that was older "
    "and the remaining 300 had a heat pump.",
    # parts that are a selection: nothing to add up
    "including": "Of the 500 shops visited, including 310 with a card reader, 95 had one which did not work.",
    # plain counts with a count in the label: the figures around it are no amounts
    "plain counts": "Of the 900 staff, 400 work in the 3 northern offices, 350 in the capital and the rest abroad.",
}

SHARE_DEFECTS = {
    "of the total after the part's group": "The ombudsman logged 2,600 complaints in 2024. Utilities drew 910 of "
    "the 2024 complaints, almost half of the total.",
    "of the total, plain group": "Hospitals reported 3,200 incidents last year. Falls made up 800 of the "
    "incidents, or 40 per cent of the total.",
    "of the total, earlier value passed over": "The agency approved 480 grants in 2023, up from 410. Farms "
    "received 150 of the grants, about half of the total.",
    "of the membership past a part": "Ratification needs 120 of the 180 member states. So far 70 member states "
    "have ratified, or 45 per cent of the membership.",
    "of the council past a part": "A quorum is 30 of the 90 councillors. At the last vote 52 councillors attended, "
    "or 64 per cent of the council.",
    "of the sample named after its figure": "We tested 640 samples from the river. Traces of the drug showed up in "
    "200 of them, or 45 per cent of the sample.",
}
SHARE_TRAPS = {
    "of the total after the part's group": "The ombudsman logged 2,600 complaints in 2024. Utilities drew 1,250 of "
    "the 2024 complaints, almost half of the total.",
    "of the total, plain group": "Hospitals reported 3,200 incidents last year. Falls made up 1,280 of the "
    "incidents, or 40 per cent of the total.",
    "two groups of that noun": "The ombudsman logged 2,600 complaints in 2024 and 2,100 complaints in 2023. "
    "Utilities drew 910 of the complaints, almost half of the total.",
    "of the membership past a part": "Ratification needs 120 of the 180 member states. So far 70 member states "
    "have ratified, or 39 per cent of the membership.",
    "of the council past a part": "A quorum is 30 of the 90 councillors. At the last vote 52 councillors attended, "
    "or 58 per cent of the council.",
    # a share of them of a group with no part: the count before it counts something else
    "share of them, count of places": "Inspectors found some 18,000 defects across four bridges in the region, "
    "nine in ten of them minor.",
    "share of them, count of sites": "The survey counted about 52,000 birds on two estuaries along the coast, two "
    "thirds of them waders.",
    "share of them, count of centres": "Researchers logged 3,000 calls from five call centres in the north, about "
    "half of them after midnight.",
}

CHANGE_DEFECTS = {
    "a rise of a quarter": "The levy rose from $3.1 billion in 2021 to $3.7 billion in 2024, a rise of a quarter.",
    "an increase of a quarter": "A season ticket went from €310 to €370, an increase of a quarter.",
    "climbed by a third": "Output climbed by a third, from 6.1 to 7.6 tonnes a day.",
    "a third higher": "Bus fares were 2.4 euros in 2020 and 2.9 euros in 2024, a third higher.",
}
CHANGE_TRAPS = {
    "almost a quarter": "The levy rose from $3.1 billion in 2021 to $3.8 billion in 2024, a rise of almost a quarter.",
    "a drop of a quarter": "Membership fell from 2.4 million to 1.8 million, a drop of a quarter.",
    "a rise of a fifth": "Ridership grew from 1.5 million to 1.8 million, a rise of a fifth.",
    "a change of another base": "The levy rose from $3.1 billion in 2021 to $3.7 billion in 2024, a rise of a "
    "quarter from the 2019 low.",
}

test_label_defect_found, test_label_trap_silent = variant_tests("AR004", LABEL_DEFECTS, LABEL_TRAPS)
test_share_defect_found, test_share_trap_silent = variant_tests("AR001", SHARE_DEFECTS, SHARE_TRAPS)
test_change_defect_found, test_change_trap_silent = variant_tests("AR002", CHANGE_DEFECTS, CHANGE_TRAPS)


# -- the ratio range with independent rounding errors ---------------------------------------
from hypothesis import given, strategies as st  # noqa: E402

from claimcheck.extract.numbers import find_numbers  # noqa: E402
from claimcheck.rules._arithmetic import Figure  # noqa: E402
from claimcheck.rules.ar002_change_does_not_follow import _ratio_range  # noqa: E402


def _fig(value: float, decimals: int) -> Figure:
    written = f"{value:.{decimals}f}"
    num = next(iter(find_numbers(written)))
    return Figure(num=num, start=0, end=len(written), value=num.value, half=0.5 * 10.0**-decimals)


@given(
    st.floats(min_value=0.5, max_value=900, allow_nan=False),
    st.floats(min_value=0.5, max_value=900, allow_nan=False),
    st.integers(min_value=0, max_value=3),
)
def test_independent_ratio_range_inside_worst_case(x: float, y: float, decimals: int) -> None:
    """Independent rounding errors give a range holding the ratio as written and inside the
    range of both values at their worst."""
    a, b = _fig(x, decimals), _fig(y, decimals)
    if a.value <= a.half or b.value <= 0:
        return
    lo, hi = _ratio_range(a, b, independent=True)
    w_lo, w_hi = _ratio_range(a, b)
    ratio = b.value / a.value
    assert lo <= ratio <= hi
    assert w_lo <= lo * (1 + 1e-12) and hi <= w_hi * (1 + 1e-12)


# -- a restated unit: a mass of a gas, and a figure set off before "is equal to" -------------
UNIT_DEFECTS = {
    "MtCO2e": "The fleet emitted 1.8 MtCO2e, or 180,000 tonnes, last year.",
    "ktCO2e in brackets": "Its footprint of 350 ktCO2e (3.5 million tonnes) fell in 2024.",
    "tCO2 appositive": "The plant captured 42,000 tCO2 in 2024, some 420 kilotonnes.",
    "set off before is equal to": "The region's water use, the 2.6 billion litres cited earlier, is equal to "
    "260,000 cubic metres a day.",
    "set off before is equivalent to": "Annual output, the 48 GWh reported above, is equivalent to 4.8 TWh.",
    "noted earlier": "The reservoir's volume, the 900 million litres noted earlier, is equal to 90,000 cubic metres.",
}
UNIT_TRAPS = {
    "MtCO2e": "The fleet emitted 1.8 MtCO2e, or 1.8 million tonnes, last year.",
    "tCO2 appositive": "The plant captured 42,000 tCO2 in 2024, some 42 kilotonnes.",
    "ktCO2e in brackets": "Its footprint of 350 ktCO2e (350,000 tonnes) fell in 2024.",
    "set off before is equal to": "The region's water use, the 2.6 billion litres cited earlier, is equal to "
    "2.6 million cubic metres a day.",
    "set off before is equivalent to": "Annual output, the 48 GWh reported above, is equivalent to 0.048 TWh.",
    # a rate after the second figure alone, with no word of equality: another figure
    "a rate after the second figure": "The tank holds 400 tonnes, about 20 tonnes a day.",
    # digits glued to a name are no figures
    "a pollutant's name": "PM2.5 levels reached 14 micrograms per cubic metre (0.014 milligrams per cubic metre).",
}
test_unit_defect_found, test_unit_trap_silent = variant_tests("AR003", UNIT_DEFECTS, UNIT_TRAPS)

# digits glued to a word ("CO2") are no part of a list of amounts
GLUED_DEFECTS = {
    "parts in MtCO2e": "Emissions of 9.0 MtCO2e split into 4.1 MtCO2e from power, 2.2 MtCO2e from transport "
    "and 1.9 MtCO2e from industry.",
    "parts after a formula": "The 640 NO2 monitors are made up of 300 in cities, 200 on roads and 100 in parks.",
    "a quarter's name": "Q3 sales of 5,400 units were made up of 2,100 cars, 1,900 vans and 900 lorries.",
}
GLUED_TRAPS = {
    "parts in MtCO2e": "Emissions of 8.2 MtCO2e split into 4.1 MtCO2e from power, 2.2 MtCO2e from transport "
    "and 1.9 MtCO2e from industry.",
    "parts after a formula": "The 600 NO2 monitors are made up of 300 in cities, 200 on roads and 100 in parks.",
    "a quarter's name": "Q3 sales of 4,900 units were made up of 2,100 cars, 1,900 vans and 900 lorries.",
}
test_glued_defect_found, test_glued_trap_silent = variant_tests("AR004", GLUED_DEFECTS, GLUED_TRAPS)


# -- a change between a dated value and the present one, across a semicolon or an "and" ----
NOW_DEFECTS = {
    "it now costs": "A tin of 40 cigars cost about $90 in 2019; it now costs about $130, a rise of roughly 20 per cent.",
    "today it costs": "A monthly pass cost €48 in 2019; today it costs €63, a rise of 45 per cent.",
    "and now stands at": "A season ticket stood at £620 in 2018 and now stands at £710, an increase of 30%.",
    "it is now": "The average fare was $2.10 in 2015; it is now $2.90, up 60 per cent.",
}
NOW_TRAPS = {
    "it now costs": "A tin of 40 cigars cost about $90 in 2019; it now costs about $130, a rise of roughly 45 per cent.",
    "today it costs": "A monthly pass cost €48 in 2019; today it costs €63, a rise of 31 per cent.",
    "and now stands at": "A season ticket stood at £620 in 2018 and now stands at £710, an increase of 15%.",
    # a change of another base
    "another base": "A monthly pass cost €48 in 2019; today it costs €63, a rise of 45 per cent on the 2010 price.",
    "since another date": "Petrol cost €1.40 a litre in 2019; it now costs €1.70, a rise of 5 per cent since January.",
    # three values: which two the change is between is a guess
    "three values": "The fare was $2.10 in 2015 and $2.40 in 2020; it is now $2.90, up 60 per cent.",
    # the present value first, correct
    "present first": "It now costs $52, against $34 in 2020, a rise of 53 per cent.",
}
test_now_defect_found, test_now_trap_silent = variant_tests("AR002", NOW_DEFECTS, NOW_TRAPS)
