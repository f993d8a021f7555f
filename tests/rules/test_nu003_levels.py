"""NU003 on figures whose restatement the linker once missed for want of structure, not of
words: a count in apposition after its noun, a record a modal sentence measures against, a
level inside a sentence of change, and an amount of one unit for the same year said on both
sides. Our own sentences, in domains the evaluation set does not use (ferries, orchestras,
courts, satellites, mining, tourism, textiles, canals, vaccines for people, fisheries). Each
capability has twelve defects and six traps of the same shapes, written before the mechanism
was built and split in two: the even-numbered half was built with, the odd-numbered half run
only at the end. Cases the mechanism does not yet read are marked ``xfail`` with what is
missing, so that they are kept and counted rather than dropped."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.rules.test_nu003_context import _nu003

#: a count in apposition after its noun ("the drivers, all 3,300 of them")
K1_DEFECTS = [
    pytest.param(
        "The island operator runs 24 ferries on the northern routes.",
        "Its northern routes depend on the operator's ferries, all 27 of them, which are ageing.",
        id="ferries (built)",
    ),
    pytest.param(
        "The Linden orchestra employs 112 musicians under permanent contracts.",
        "A new pay deal covers the Linden orchestra's musicians, all 121 of them, from next season.",
        id="orchestras (held back)",
    ),
    pytest.param(
        "The county has 46 magistrates' courts still sitting.",
        "The county's magistrates' courts, all 64 of them, will be reviewed by a panel.",
        id="courts (built)",
        marks=pytest.mark.xfail(reason="a plural possessive ('magistrates' courts') is read as an owner", strict=True),
    ),
    pytest.param(
        "Orbitex operates 310 imaging satellites in low orbit.",
        "Orbitex must now deorbit its imaging satellites (all 340 of them) within five years.",
        id="satellites (held back)",  # a parenthesis that gives the whole ("(all 340 of them)") is no detail
    ),
    pytest.param(
        "The Kivu cooperative registered 1,850 artisanal miners in 2024.",
        "Training was offered to the Kivu cooperative's artisanal miners, all 1,580 of them, in 2024.",
        id="mining (built)",
    ),
    pytest.param(
        "Lake Orta has 92 licensed guesthouses, most of them family-run.",
        "Inspectors visited the Lake Orta guesthouses, all 98 of them, during the summer.",
        id="tourism (held back)",
    ),
    pytest.param(
        "The Prato district counts 2,300 knitwear workshops.",
        "A fire code now binds the Prato knitwear workshops, all 2,800 of them.",
        id="textiles (built)",
    ),
    pytest.param(
        "The Midi canal board maintains 63 locks between the two cities.",
        "Repairs to the Midi canal board's locks, all 68 of them, will take a decade.",
        id="canals (held back)",
        marks=pytest.mark.xfail(
            reason="a lowercase owner ('the Midi canal board's locks') is kept as a qualifier", strict=True
        ),
    ),
    pytest.param(
        "The clinic network employs 540 vaccinating nurses across the province.",
        "The province's vaccinating nurses, all 450 of them, were offered a bonus.",
        id="vaccines (built)",
    ),
    pytest.param(
        "The Shetland fleet numbers 180 whitefish trawlers.",
        "Quotas were cut for the Shetland fleet's whitefish trawlers, all 160 of them.",
        id="fisheries (held back)",
    ),
    pytest.param(
        "Brass bands in the valley have 37 conductors between them.",
        "The valley's brass-band conductors, all 33 of them, met in March.",
        id="orchestras2 (built)",
    ),
    pytest.param(
        "Northlink employs 720 deckhands on its crossings.",
        "A strike by Northlink's deckhands, all 770 of them, stopped the crossings.",
        id="ferries2 (held back)",
    ),
]
K1_TRAPS = [
    pytest.param(
        "The island operator runs 24 ferries on the northern routes.",
        "The rival operator's ferries, all 27 of them, sail the southern routes.",
        id="ferries: another fleet (built)",
    ),
    pytest.param(
        "The Linden orchestra employs 112 musicians under permanent contracts.",
        "A new pay deal covers the Linden orchestra's musicians, all 112 of them, from next season.",
        id="orchestras: same value (held back)",
    ),
    pytest.param(
        "In 2010 the county had 46 magistrates' courts.",
        "The county's magistrates' courts, all 64 of them in 1990, were reviewed by a panel.",
        id="courts: another year (built)",
    ),
    pytest.param(
        "The Kivu cooperative registered 1,850 artisanal miners in 2024.",
        "Of the Kivu cooperative's women miners, all 1,580 of them were trained in 2024.",
        id="mining: a part (held back)",
    ),
    pytest.param(
        "Lake Orta has 92 licensed guesthouses, most of them family-run.",
        "The Lake Orta guesthouses rose from 80 to 98 in ten years, all of them family-run.",
        id="tourism: a change (built)",
    ),
    pytest.param(
        "Orbitex operates 310 imaging satellites in low orbit.",
        "Orbitex must now deorbit all 340 tonnes of debris its imaging satellites left.",
        id="satellites: not 'of them' (held back)",
    ),
]

#: a past-dated figure in a sentence whose only supposition is a modal is a record
K2_DEFECTS = [
    pytest.param(
        "Ferry operators in the Hebrides carried 5.2 million passengers in 2023.",
        "A fare cap would be affordable against the 4.8 million passengers the Hebrides ferries carried in 2023.",
        id="ferries (built)",
    ),
    pytest.param(
        "The tribunal service spent £412 million on interpreters in 2022/23.",
        "A national contract could save much of the £458 million the tribunal service paid interpreters in 2022/23.",
        id="courts (held back)",
    ),
    pytest.param(
        "Visitors spent €2.8 billion on Lake Garda holidays in 2023.",
        "The €3.1 billion that Lake Garda visitors spent in 2023 would fund the new rail link many times over.",
        id="tourism (built)",
    ),
    pytest.param(
        "The Katanga mines exported 1.9 million tonnes of copper in 2023.",
        "The levy would apply to the 2.1 million tonnes of copper the Katanga mines shipped out in 2023.",
        id="mining (held back)",
    ),
    pytest.param(
        "Pharmacies gave 8.4 million flu jabs in England in 2023.",
        "A national booking site might have been simpler for the 8.9 million flu jabs pharmacies in England gave in 2023, officials admitted later.",
        id="vaccines (built)",
        marks=pytest.mark.xfail(
            reason="'might have been' reads as a counterfactual for the whole sentence", strict=True
        ),
    ),
    pytest.param(
        "Launch firms in Europe earned €1.4 billion from satellite launches in 2022.",
        "Such a subsidy could never match the €1.6 billion European launch firms earned from satellite launches in 2022.",
        id="satellites (held back)",
    ),
    pytest.param(
        "Bangladesh's garment exports were worth $38 billion in 2023.",
        "A tariff of that kind would hit the $34 billion of garments Bangladesh exported in 2023.",
        id="textiles (built)",
    ),
    pytest.param(
        "Freight on the Rhine canals reached 182 million tonnes in 2021.",
        "A toll could weigh on the 168 million tonnes of freight the Rhine canals moved in 2021.",
        id="canals (held back)",
    ),
    pytest.param(
        "Symphony orchestras in Germany drew 4.6 million listeners in the 2022/23 season.",
        "Free entry would matter less for the 4.2 million listeners German symphony orchestras drew in the 2022/23 season.",
        id="orchestras (built)",
    ),
    pytest.param(
        "Norwegian salmon farms produced 1.5 million tonnes of fish in 2023.",
        "The resource tax would fall on the 1.3 million tonnes of fish Norwegian salmon farms produced in 2023.",
        id="fisheries (held back)",  # a tax that would "fall on" them: no change
    ),
    pytest.param(
        "Crown courts in Wales heard 7,900 cases in 2023.",
        "A second judge would ease the load of the 7,300 cases Welsh crown courts heard in 2023.",
        id="courts2 (built)",
        marks=pytest.mark.xfail(reason="'a second judge' is read as the period 'per second'", strict=True),
    ),
    pytest.param(
        "Cruise ships brought 1.7 million visitors to Dubrovnik in 2019.",
        "The 1.9 million visitors cruise ships landed in Dubrovnik in 2019 would overwhelm any old town.",
        id="tourism2 (held back)",
    ),
]
K2_TRAPS = [
    # the modal's own figure, with a past year later in the sentence: a supposition still
    # (added after review, not part of either half)
    pytest.param(
        "The Tarn desalination plant cost £1.9 billion in 2019.",
        "The Tarn desalination plant could cost £2.1 billion more, after £0.8 billion in 2019.",
        id="desalination: the modal's own figure, a year after it",
    ),
    pytest.param(
        "The Tarn desalination plant cost £1.9 billion in 2019.",
        "Replacing the Tarn desalination plant might cost £2.1 billion at 2019 prices.",
        id="desalination: at a past year's prices",
    ),
    pytest.param(
        "Ferry operators in the Hebrides carried 5.2 million passengers in 2023.",
        "Without the strike, the Hebrides ferries would have carried 5.8 million passengers in 2023.",
        id="ferries: counterfactual (built)",
    ),
    pytest.param(
        "The tribunal service spent £412 million on interpreters in 2022/23.",
        "If rates had risen, the tribunal service would have paid £458 million for interpreters in 2022/23.",
        id="courts: conditional (held back)",
    ),
    pytest.param(
        "Visitors spent €2.8 billion on Lake Garda holidays in 2023.",
        "Visitors could spend €3.1 billion on Lake Garda holidays in 2030.",
        id="tourism: future year (built)",
    ),
    pytest.param(
        "The Katanga mines exported 1.9 million tonnes of copper in 2023.",
        "For example, a levy on 2.1 million tonnes of copper shipped in 2023 would raise a great deal.",
        id="mining: example (held back)",
    ),
    pytest.param(
        "Bangladesh's garment exports were worth $38 billion in 2023.",
        "A tariff of that kind would have hit the $34 billion of garments Bangladesh exported in 2021.",
        id="textiles: another year (built)",
    ),
    pytest.param(
        "Freight on the Rhine canals reached 182 million tonnes in 2021.",
        "A toll could weigh on the 168 million tonnes of freight the Danube canals moved in 2021.",
        id="canals: another place (held back)",
    ),
]

#: a level in a sentence of change ("X in 2024, up from Y", "fell by 12, to 57", "from its present X to Y")
K3_DEFECTS = [
    pytest.param(
        "Hotel stays in Porto reached 9.4 million nights in 2024.",
        "Porto counted 9.8 million hotel nights in 2024, up from 7.1 million in 2019.",
        id="tourism (built)",
    ),
    pytest.param(
        "The backlog of the family courts stood at 64,000 cases in 2024.",
        "Family courts ended 2024 with a backlog of 68,000 cases, up from 52,000 in 2021.",
        id="courts (held back)",
    ),
    pytest.param(
        "Ferries on the Solent carried 8.1 million passengers in 2023.",
        "Solent ferry traffic rose to 8.7 million passengers in 2023, up from 6.9 million in 2021.",
        id="ferries (built)",
    ),
    pytest.param(
        "Chile produced 5.3 million tonnes of copper in 2023.",
        "Chilean copper output slipped to 5.6 million tonnes in 2023, down from 5.8 million tonnes in 2021.",
        id="mining (held back)",
    ),
    pytest.param(
        "The agency tracks 9,100 active satellites.",
        "The number of active satellites the agency tracks rose by 2,300, to 9,600, in two years.",
        id="satellites (built)",
        marks=pytest.mark.xfail(reason="'active' is read as a part of the satellites", strict=True),
    ),
    pytest.param(
        "The harbour's fishing fleet numbers 143 vessels.",
        "The harbour's fishing fleet fell by 21, to 134 vessels, over the decade.",
        id="fisheries (held back)",
    ),
    pytest.param(
        "The canal is kept at a depth of 3.4 metres.",
        "The plan would deepen the canal from its present 3.8 metres to 4.5 metres.",
        id="canals (built)",
        marks=pytest.mark.xfail(reason="two depths of one canal share too few rare words", strict=True),
    ),
    pytest.param(
        "The mill's looms run at 420 picks a minute.",
        "The upgrade takes the mill's looms from their current 480 picks a minute to 600.",
        id="textiles (held back)",
        marks=pytest.mark.xfail(reason="not yet read", strict=True),
    ),
    pytest.param(
        "The vaccination centre has 38 booths in use.",
        "The centre will go from its present 34 booths to 50 by the spring.",
        id="vaccines (built)",
    ),
    pytest.param(
        "The festival's budget was €14.2 million in 2024.",
        "The festival spent €12.4 million in 2024, down from €15.0 million in 2022.",
        id="orchestras (held back)",
    ),
    pytest.param(
        "Iceland welcomed 2.2 million foreign visitors in 2023.",
        "Foreign arrivals in Iceland climbed to 2.4 million in 2023, up from 0.7 million in 2021.",
        id="tourism2 (built)",
        marks=pytest.mark.xfail(reason="'arrivals' and 'visitors' are two counted things", strict=True),
    ),
    pytest.param(
        "Probate registries issued 262,000 grants of probate in 2023.",
        "Grants of probate issued by the registries came to 286,000 in 2023, up from 241,000 in 2022.",
        id="courts2 (held back)",
    ),
]
K3_TRAPS = [
    pytest.param(
        "Hotel stays in Porto reached 9.8 million nights in 2024.",
        "Porto counted 9.8 million hotel nights in 2024, up from 9.1 million in 2019.",
        id="tourism: the old value (built)",
    ),
    pytest.param(
        "The backlog of the family courts stood at 64,000 cases in 2024.",
        "Family courts ended 2024 with a backlog of 64,000 cases, up from 61,000 in 2021.",
        id="courts: the earlier value (held back)",
    ),
    pytest.param(
        "The canal will be dredged to 4.2 metres.",
        "The plan would deepen the canal from its present 3.8 metres to 4.5 metres.",
        id="canals: the target (built)",
    ),
    pytest.param(
        "The harbour lost 19 vessels in the decade.",
        "The harbour's fishing fleet fell by 21, to 134 vessels, over the decade.",
        id="fisheries: the change (held back)",
    ),
    pytest.param(
        "Peru produced 2.6 million tonnes of copper in 2023.",
        "Chilean copper output slipped to 2.8 million tonnes in 2023, down from 5.8 million tonnes in 2021.",
        id="mining: another country (built)",
        marks=pytest.mark.xfail(
            reason="another country: compared by the restatement path before this session", strict=True
        ),
    ),
    pytest.param(
        "The agency expects to track 9,100 active satellites by 2030.",
        "The number of active satellites the agency tracks rose by 2,300, to 9,600, in two years.",
        id="satellites: a forecast (held back)",
    ),
]

#: an amount or a measure of one unit, the same year said on both sides, close values
K4_DEFECTS = [
    pytest.param(
        "Scottish vessels landed 412,000 tonnes of fish in 2023.",
        "Catches brought ashore by the Scottish fleet in 2023 came to some 453,000 tonnes.",
        id="fisheries (built)",
    ),
    pytest.param(
        "Legal aid cost the Scottish taxpayer £148 million in 2023/24.",
        "In 2023/24 the bill for publicly funded lawyers in Scotland was £162 million.",
        id="courts (held back)",  # found since "Scottish" and "Scotland" are one word to the links
    ),
    pytest.param(
        "Foreign tourists spent €9.1 billion in Croatia in 2023.",
        "Croatia took in €9.8 billion from visitors abroad in 2023.",
        id="tourism (built)",
        marks=pytest.mark.xfail(reason="'visitors abroad' reads as a group from abroad", strict=True),
    ),
    pytest.param(
        "Vietnam sold $44 billion of clothing abroad in 2023.",
        "Vietnamese garment exports were worth $40 billion in 2023.",
        id="textiles (held back)",
        marks=pytest.mark.xfail(reason="not yet read", strict=True),
    ),
    pytest.param(
        "Australian lithium mines produced 86,000 tonnes in 2023.",
        "In 2023 Australia dug up 94,000 tonnes of lithium.",
        id="mining (built)",
    ),
    pytest.param(
        "ESA's budget for 2024 was €7.8 billion.",
        "In 2024 the European Space Agency had €7.2 billion to spend.",
        id="satellites (held back)",
        marks=pytest.mark.xfail(reason="not yet read", strict=True),
    ),
    pytest.param(
        "The Panama Canal earned $4.9 billion in tolls in fiscal 2023.",
        "Ships paid $4.5 billion to cross the Panama Canal in fiscal 2023.",
        id="canals (built)",
        marks=pytest.mark.xfail(reason="not yet read", strict=True),
    ),
    pytest.param(
        "Scottish ferry subsidies reached £321 million in 2022/23.",
        "Public money for ferries in Scotland amounted to £348 million in 2022/23.",
        id="ferries (held back)",
    ),
    pytest.param(
        "The NHS paid £1.2 billion for covid vaccines in 2022.",
        "Covid jabs cost the health service £1.3 billion in 2022.",
        id="vaccines (built)",
        marks=pytest.mark.xfail(reason="not yet read", strict=True),
    ),
    pytest.param(
        "British orchestras received £48 million in public grants in 2023.",
        "In 2023 the state gave UK orchestras £53 million.",
        id="orchestras (held back)",
        marks=pytest.mark.xfail(reason="not yet read", strict=True),
    ),
    pytest.param(
        "Norway's cod quota for 2024 was 184,000 tonnes.",
        "Norwegian boats were allowed 168,000 tonnes of cod in 2024.",
        id="fisheries2 (built)",
        marks=pytest.mark.xfail(reason="a possessive name ('Norway's') is not the adjective's place", strict=True),
    ),
    pytest.param(
        "Hotels in Lisbon took €1.62 billion in 2023.",
        "Lisbon hoteliers earned €1.26 billion in 2023.",
        id="tourism2 (held back)",
    ),
]
K4_TRAPS = [
    pytest.param(
        "Scottish vessels landed 412,000 tonnes of fish in 2023.",
        "Catches brought ashore by the Scottish fleet in 2022 came to some 453,000 tonnes.",
        id="fisheries: other year (built)",
    ),
    pytest.param(
        "Legal aid cost the Scottish taxpayer £148 million in 2023/24.",
        "In 2023/24 the bill for publicly funded lawyers in Wales was £162 million.",
        id="courts: other country (held back)",
    ),
    pytest.param(
        "Foreign tourists spent €9.1 billion in Croatia in 2023.",
        "Croatia took in €14.8 billion from visitors abroad in 2023.",
        id="tourism: far apart (built)",
    ),
    pytest.param(
        "Vietnam sold $44 billion of clothing abroad in 2023.",
        "Vietnamese fabric imports were worth $40 billion in 2023.",
        id="textiles: other flow (held back)",
    ),
    pytest.param(
        "Australian lithium mines produced 86,000 tonnes in 2023.",
        "In 2023 Australia planned to dig up 94,000 tonnes of lithium in 2030.",
        id="mining: a forecast (built)",
    ),
    pytest.param(
        "ESA's budget for 2024 was €7.8 billion.",
        "In 2024 the European Space Agency spent €7.2 billion of it on launchers alone.",
        id="satellites: a part (held back)",
    ),
]


@pytest.mark.parametrize(("first", "second"), [*K1_DEFECTS, *K2_DEFECTS, *K3_DEFECTS, *K4_DEFECTS])
def test_restated_figure_found(first: str, second: str, tmp_path: Path) -> None:
    assert len(_nu003(first, second, tmp_path)) == 1


@pytest.mark.parametrize(("first", "second"), [*K1_TRAPS, *K2_TRAPS, *K3_TRAPS, *K4_TRAPS])
def test_trap_of_the_same_shape_silent(first: str, second: str, tmp_path: Path) -> None:
    assert _nu003(first, second, tmp_path) == []


#: the level a change reached, its start said with "from ... in <year>" before it ("rose
#: from 9.1 million in 2019 to 12.4 million in 2023"): the level is the later year's
K5_DEFECTS = [
    pytest.param(
        "Ticket sales at cinemas in Portugal rose from 9.1 million tickets in 2019 to 12.4 million in 2023.",
        "Cinemas in Portugal sold 14.2 million tickets in 2023, the film institute says.",
        id="tickets, digits swapped",
    ),
    pytest.param(
        "Pilgrims walking to Santiago from Porto grew from 41,000 walkers in 2018 to about 58,000 in 2024.",
        "The Porto route to Santiago drew 68,000 walking pilgrims in 2024, the cathedral office says.",
        id="pilgrims, a hedged level",
    ),
]

K5_TRAPS = [
    pytest.param(
        "Ticket sales at cinemas in Portugal rose from 9.1 million tickets in 2019 to 12.4 million in 2023.",
        "Cinemas in Portugal sold 11.2 million tickets in 2022, the film institute says.",
        id="the level of another year",
    ),
    pytest.param(
        "Ticket sales at cinemas in Portugal rose from 9.1 million tickets in 2019 to 12.4 million in 2023.",
        "Cinemas in Portugal sold 9.1 million tickets in 2019, the film institute says.",
        id="the start restated",
    ),
    pytest.param(
        "Ticket sales at cinemas in Portugal rose from 9.1 million tickets in 2019 to 12.4 million in 2023.",
        "Cinemas in Spain sold 14.2 million tickets in 2023, the film institute says.",
        id="another country",
    ),
]


@pytest.mark.parametrize(("first", "second"), K5_DEFECTS)
def test_level_reached_from_restated_found(first: str, second: str, tmp_path: Path) -> None:
    assert len(_nu003(first, second, tmp_path)) == 1


@pytest.mark.parametrize(("first", "second"), K5_TRAPS)
def test_level_reached_from_trap_silent(first: str, second: str, tmp_path: Path) -> None:
    assert _nu003(first, second, tmp_path) == []
