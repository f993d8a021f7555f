"""NU003 close restatements the linker refused (session 25, second round), by cause:

* a collective noun heads a count verb's subject and says what the count counts
  ("Membership of the clubs reached 48,200", "The town's population reached 84,000": members,
  inhabitants), against the members counted by their own noun ("the clubs had 42,800
  members"): the first figure was no count at all (``extract.numeric._collective_subject``);
* a fiscal year written by its label ("FY2022/23", "FY 2024") against "fiscal year
  2022/23": the label was read as a name of another scope ("FY") and as no period
  (``extract.subjects.PERIOD_LABEL``, the year after "FY").

* a remark that the figure is a record ("a larger total than in any earlier year", "higher
  than ever") read as a comparison or change, its "previous year" as the figure's period
  (``extract.subjects.record_remarks``, ``linking.context`` "than any");
* an appositive giving the figure's equivalent in another figure ("14 TWh in 2022, roughly
  the yearly demand of 3 million homes") lent its period ("yearly") and flows ("demand") to
  the figure (``extract.subjects.EQUIVALENT_AFTER``).

Traps of the same shapes stay silent: another year or region, a part, a forecast, the two
ends of a change, a collective that only qualifies another noun ("population growth"),
another fiscal year, another quarter or half ("Q3 2023" / "Q2 2023", "H1" / "H2": a
label read as an ordinal period, ``linking.context._QUARTER_LABEL``)."""

from __future__ import annotations

from tests.rules._variants import variant_tests
from tests.rules.test_nu003_probes25 import apart

DEFECTS = {
    # a collective noun as a count's subject
    "membership clubs": apart(
        "Membership of the county's walking clubs reached 48,200 in 2022.",
        "In 2022 the county's walking clubs had 42,800 members.",
    ),
    "population town": apart(
        "The harbour town's population reached 84,000 in 2020.",
        "In 2020 the harbour town had 78,000 inhabitants.",
    ),
    "workforce shipyard": apart(
        "The workforce of the naval shipyard numbered 3,150 in 2021.",
        "In 2021 the naval shipyard had 3,510 workers.",
    ),
    "electorate island": apart(
        "The island's electorate totalled 61,400 at the 2019 referendum.",
        "At the 2019 referendum the island had 64,100 voters.",
    ),
    # a fiscal year by its label
    "fy roads": apart(
        "The ministry spent $3.4 billion on rural roads in fiscal year 2022/23.",
        "In FY2022/23 the ministry spent $3.1 billion on rural roads.",
    ),
    "fy hyphen containers": apart(
        "The port authority handled 2.6 million containers in financial year 2021-22.",
        "The 2.9 million containers handled in FY2021-22 strained the port authority's cranes.",
    ),
    "fy spaced permits": apart(
        "The licensing agency issued 41,000 fishing permits in fiscal year 2024.",
        "In FY 2024 the licensing agency issued 44,000 fishing permits.",
    ),
    # a record remarked
    "record wind": apart(
        "Offshore wind farms in Danish waters exported 14 TWh to neighbouring grids in 2022.",
        "Danish offshore wind farms sent 16 TWh to neighbouring grids in 2022, a larger total than in any earlier year.",
    ),
    "record ferries": apart(
        "The island ferries carried 2.3 million passengers in 2019.",
        "In 2019 the island ferries carried 2.7 million passengers, a higher number than in any previous year.",
    ),
    "record vineyards": apart(
        "The co-operative's vineyards produced 41,000 hectolitres of wine in 2021.",
        "In 2021 the co-operative's vineyards made 46,000 hectolitres of wine, more than ever before.",
    ),
    "record ever": apart(
        "The national park counted 1.9 million visitors in 2018.",
        "The national park drew 2.2 million visitors in 2018, higher than ever.",
    ),
    # an equivalent in an appositive
    "equivalent homes": apart(
        "Offshore wind farms in Danish waters exported 14 TWh to neighbouring grids in 2022, roughly the yearly demand of 3 million homes.",
        "In 2022 Danish offshore wind farms exported 16 TWh to neighbouring grids.",
    ),
    "equivalent per head": apart(
        "The province spent $2.4 billion on school buildings in 2020, or about $310 a pupil each year.",
        "In 2020 the province spent $2.9 billion on school buildings.",
    ),
    "equivalent pools": apart(
        "The reservoir released 48 million cubic metres of water in 2017, enough to fill 19,000 swimming pools.",
        "The reservoir released 55 million cubic metres of water in 2017.",
    ),
}

TRAPS = {
    "membership other year": apart(
        "Membership of the county's walking clubs reached 48,200 in 2022.",
        "In 2021 the county's walking clubs had 42,800 members.",
    ),
    "membership other region": apart(
        "Membership of walking clubs in the north reached 48,200 in 2022.",
        "In 2022 walking clubs in the south had 42,800 members.",
    ),
    "membership part": apart(
        "Membership of the county's walking clubs reached 48,200 in 2022.",
        "In 2022 the county's walking clubs had 6,300 junior members.",
    ),
    "membership forecast": apart(
        "Membership of the county's walking clubs was forecast to reach 52,000 in 2022.",
        "In 2022 the county's walking clubs had 48,200 members.",
    ),
    "membership change": apart(
        "Membership of the county's walking clubs rose from 40,100 in 2021 to 48,200 in 2022.",
        "In 2022 the county's walking clubs had 48,200 members.",
    ),
    "workforce change against a part": apart(
        "The shipyard's workforce had shrunk from 4,100 in 2010 to 2,600 in 2020, as orders dried up.",
        "Of the 1,900 workers laid off, fewer than half found work in the town.",
    ),
    "population qualifies growth": apart(
        "The harbour town's population growth reached 4,000 in 2020.",
        "In 2020 the harbour town had 84,000 inhabitants.",
    ),
    "population other town": apart(
        "Kirkwall's population reached 84,000 in 2020.",
        "In 2020 Stromness had 78,000 inhabitants.",
    ),
    "fy other year": apart(
        "In FY2022/23 the ministry spent $3.4 billion on rural roads.",
        "The ministry spent $3.1 billion on rural roads in fiscal year 2023/24.",
    ),
    "quarters": apart(
        "The regional airline carried 4.1 million passengers in Q3 2023.",
        "In Q2 2023 the regional airline carried 3.8 million passengers.",
    ),
    "halves": apart(
        "The regional airline carried 7.9 million passengers in H1 2023.",
        "In H2 2023 the regional airline carried 8.6 million passengers.",
    ),
    # a record remarked, or an equivalent, and another year or a real change
    "record other year": apart(
        "The island ferries carried 2.3 million passengers in 2018.",
        "In 2019 the island ferries carried 2.7 million passengers, a higher number than in any previous year.",
    ),
    "record than last year": apart(
        "The island ferries carried 2.3 million passengers in 2019.",
        "In 2019 the island ferries carried 400,000 more passengers than in 2018.",
    ),
    "record change": apart(
        "The national park counted 1.9 million visitors in 2018.",
        "Visitors to the national park rose from 1.9 million in 2018 to 2.2 million in 2019, higher than ever.",
    ),
    "equivalent other year": apart(
        "Offshore wind farms in Danish waters exported 14 TWh to neighbouring grids in 2022, roughly the yearly demand of 3 million homes.",
        "In 2021 Danish offshore wind farms exported 16 TWh to neighbouring grids.",
    ),
    "equivalent per head other year": apart(
        "The province spent $2.4 billion on school buildings in 2020, or about $310 a pupil.",
        "In 2019 the province spent $290 a pupil on school buildings.",
    ),
}

MISSED: dict[str, str] = {}

test_defect_found, test_trap_silent = variant_tests("NU003", DEFECTS, TRAPS, MISSED)
