"""AR002 on the common ways of saying a change beside its two values (issue #14, family AR,
session 11): a noun of change after the percentage ("a 40% increase", "roughly a 15 per cent
fall"), a comparative ("30% higher", "35% lower than the 12.4 million of 2019"), "a loss of";
a hedged change read to the precision it implies ("some 40%" is 37.5–42.5%), not a tenth and
a point either side; a change said as an amount ("an increase of 25,000", "rose by 1,300,
from …"). Traps: the same sentences with a change that fits, a change of another
base, and a rate that is no change. Our own sentences, in domains outside the evaluation
set."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    "a N% increase": "Museum visits went from 640,000 in 2021 to 910,000 in 2024, a 60% increase.",
    "a N per cent fall": "The herd went from 18,200 head to 15,900 head, a 25 per cent fall.",
    "hedge before the article": "Broadband take-up went from 2.4 million homes to 3.1 million homes, "
    "roughly a 40% rise.",
    "N% higher after the pair": "Tuition fees rose from £6,100 to £7,300, 30% higher.",
    "N% lower than the value of a year": "Cod landings reached 41,000 tonnes in 2023, 35% lower than "
    "the 52,000 tonnes of 2018.",
    "a loss of": "Seagrass cover went from 860 hectares to 610 hectares, a loss of 40%.",
    "N times as high": "The share of late trains rose from 6.8% in 2019 to 12.1% in 2024, nearly three times as high.",
    "twice as many": "Wolf sightings went from 140 in 2020 to 230 in 2024, more than twice as many.",
    "N times the earlier level": "Ferry fares went from €18 to €31, three times the earlier level.",
    "an increase of an amount": "Rural broadband lines rose from 44,000 in 2021 to 69,000 in 2024, an "
    "increase of 35,000.",
    "rose by an amount, from": "Harbour seal counts rose by 1,900, from 3,400 to 4,700.",
    "a reduction of money": "The council's debt fell from €14.6 million to €12.8 million, a reduction of €2.8 million.",
    "a hedged amount, too far": "Library members went from 52,000 to 71,000, a gain of some 30,000.",
    "a hedged change, too far": "Tram ridership grew from 31.0 million to 42.2 million, a rise of some 40 per cent.",
}
TRAPS = {
    "a N% increase": "Museum visits went from 640,000 in 2021 to 910,000 in 2024, a 42% increase.",
    "a N per cent fall": "The herd went from 18,200 head to 15,900 head, a 13 per cent fall.",
    "hedge before the article": "Broadband take-up went from 2.4 million homes to 3.1 million homes, "
    "roughly a 30% rise.",
    "N% higher after the pair": "Tuition fees rose from £6,100 to £7,300, 20% higher.",
    "N% lower than the value of a year": "Cod landings reached 41,000 tonnes in 2023, 21% lower than "
    "the 52,000 tonnes of 2018.",
    "a loss of": "Seagrass cover went from 860 hectares to 610 hectares, a loss of 29%.",
    "N times as high": "The share of late trains rose from 6.8% in 2019 to 12.1% in 2024, nearly twice as high.",
    "twice as many": "Wolf sightings went from 140 in 2020 to 300 in 2024, more than twice as many.",
    "N times the earlier level": "Ferry fares went from €18 to €53, three times the earlier level.",
    "twice as many as another thing": "Wolf sightings went from 140 in 2020 to 230 in 2024, twice as many as "
    "in Sweden.",
    "an increase of an amount": "Rural broadband lines rose from 44,000 in 2021 to 69,000 in 2024, an "
    "increase of 25,000.",
    "rose by an amount, from": "Harbour seal counts rose by 1,300, from 3,400 to 4,700.",
    "a reduction of money": "The council's debt fell from €14.6 million to €12.8 million, a reduction of €1.8 million.",
    "a hedged amount that fits": "Library members went from 52,000 to 71,000, a gain of some 20,000.",
    "an amount that is a part": "Library members went from 52,000 to 71,000, with children making up 30,000.",
    "an amount in a smaller unit": "Bus fares went from €2.40 to €2.90, up 50 cents.",
    "an amount against another year": "Library members went from 52,000 to 71,000, up 30,000 on 2015.",
    "a hedged change that fits": "Tram ridership grew from 31.0 million to 42.2 million, a rise of some 35 per cent.",
    # a change against another base than the values given
    "another base": "Cod landings reached 41,000 tonnes in 2023 against 52,000 tonnes in 2018, "
    "and a 35% fall from the 1990 peak.",
    # a change of another thing, or in real terms, beside nominal values
    "a cut in something else": "Bus fares went from $2.10 to $2.60 despite a 15% cut in fuel duty.",
    "a change in real terms": "Teachers' pay went from £38,000 to £41,000, a fall of 6% in real terms.",
    "a noun of change in real terms": "Teachers' pay went from £38,000 to £41,000, a 6% cut in real terms.",
    # a rate, not a change between the values
    "a share after the pair": "Tuition fees rose from £6,100 to £7,300, a 30% share of average income.",
}

MISSED: set[str] = set()


test_defect_found, test_trap_silent = variant_tests("AR002", DEFECTS, TRAPS, MISSED)
