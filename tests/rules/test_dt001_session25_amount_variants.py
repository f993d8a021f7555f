"""DT001 (session 25): a measure named with its amount; a year past a semicolon.

- a measure named with its amount between its start and its date:
"introduced its levy of two crowns per bottle on 1 March 2016": the amount ("of two crowns
per bottle", "of eight euros a day", "of 50 cents a trip") stands between the verb and the
date and pushed the verb out of reach, so the measure's start went unread. The amount is
read as the measure's number: a bare "the levy" elsewhere is the same measure when the
amount is said in words; two amounts in figures stay two measures, and a figure against
none stays silent (a fee of 10 cents may be a later rate of the fee);
- a date of the sentence that agrees with the other place keeps silent only when it stands
  in the date's own clause ("… in force since April 2018 and renewed in April 2019"), not
  past a semicolon, where it dates something else ("…; the fares of 2019 were …").

Our own sentences, in domains the evaluation drafts do not cover; each defect gives one
finding, each trap none. The same sentences are in ``benchmarks/cases/dt2b-own.yml``.
"""

from __future__ import annotations

from tests.rules._variants import apart, variant_tests

FRONT = "---\ndate: 2025-02-10\n---\n"

DEFECTS = {
    "c01-charge-of-euros-a-day": apart(
        "The city introduced a congestion charge of eight euros a day on 1 April 2019.",
        "Since the congestion charge took effect in April 2018, traffic in the centre has fallen.",
    ),
    "c02-tourist-tax-per-night": apart(
        "Lisbon launched its tourist tax of one euro per night on 1 January 2016.",
        "Lisbon's tourist tax, in force since January 2015, raises 30 million euros a year.",
    ),
    "c03-deposit-of-ten-pence": apart(
        "Wales started its deposit of twenty pence per can on 1 October 2023.",
        "Since the deposit began in March 2023, litter counts on beaches have fallen.",
    ),
    "d01-year-past-semicolon": apart(
        "The island's ferry subsidy began on 1 April 2019.",
        "The ferry subsidy, in force since April 2018, has cut fares by a third; the fares of 2019 were the lowest in a decade.",
    ),
    "d02-month-past-semicolon": apart(
        "The hospital opened its new maternity wing on 4 June 2021.",
        "The maternity wing, opened in June 2020, has 40 beds; staffing in June 2021 was still short.",
    ),
    "d03-year-past-semicolon-published": apart(
        "The regulator published its review of broadband speeds on 9 May 2022.",
        "The review of broadband speeds, published in May 2021, found rural lines slow; by 2022 little had changed.",
    ),
}

TRAPS = {
    "t01-two-amounts-two-fees": apart(
        "The state introduced a fee of 10 cents per bag on 1 March 2016.",
        "The state introduced a fee of 20 cents per bag in March 2017.",
    ),
    "t02-figure-against-bare": apart(
        "The state introduced a fee of 10 cents per bag on 1 March 2016.",
        "Since the fee was introduced in March 2017, bag use has fallen.",
    ),
    "t03-amount-agrees": apart(
        "Lisbon launched its tourist tax of one euro per night on 1 January 2016.",
        "Lisbon's tourist tax, in force since January 2016, raises 30 million euros a year.",
    ),
    "t04-other-city-tax": apart(
        "Lisbon launched its tourist tax of one euro per night on 1 January 2016.",
        "Porto's tourist tax, in force since March 2018, raises 10 million euros a year.",
    ),
    "t05-agrees-in-one-clause": apart(
        "The island's ferry subsidy began on 1 April 2019.",
        "The ferry subsidy, in force since April 2018 and renewed in April 2019, has cut fares by a third.",
    ),
    "t06-list-agrees": apart(
        "The island's ferry subsidy began on 1 April 2019 and the bus subsidy on 1 April 2018.",
        "The ferry subsidy, in force since April 2018, has cut fares by a third.",
    ),
}

test_defect_found, test_trap_silent = variant_tests("DT001", DEFECTS, TRAPS, wrap=FRONT + "# Report\n\n{}\n")
