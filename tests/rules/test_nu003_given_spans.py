"""NU003: a figure restated with another value where the restatement's sentence used to
hide it. A figure the sentence takes as given under a modal ("At its yearly capacity of
9,000 tonnes, the mill could ..."; "all 412 branches should ..."), values more than half
apart in sentences that say the same thing for the same period, a bound said to be near
("just over 6.5 kilometres" is no 8 kilometres), and a span of time in minutes, hours,
days or weeks ("1 hour 12 minutes" / "64 minutes"). Drafts written for these tests (paper
mills, libraries, ferries, harbours, clinics); each cause has traps of the same shape."""

from __future__ import annotations

import pytest

from tests.rules.test_nu003_summary import _nu003

_HEAD = "---\ntitle: Brief\npublication_date: 2025-05-01\n---\n\n# A brief\n\n"
_PAD = (
    "## Background\n\nThe region has argued about this for a decade, and the arguments have not changed much.\n\n"
    "Officials say the rules are clear; operators say they are not. Ministers have promised a review. "
    "Councillors want one sooner. Unions want a seat at the table. Residents mostly want quiet.\n\n"
    "A review is due next spring, and both sides expect it to settle little. Lawyers will be busy. "
    "Consultants will write reports. Newspapers will print letters. Nobody will be surprised.\n\n"
    "Some history helps. The first charter was signed by a bishop. Merchants later bought it back. "
    "A fire burned the old records. Copies survived in a cathedral. Scholars still quarrel over them. "
    "Tourists rarely ask. Schoolchildren learn a simplified version.\n\n"
    "## Details\n\n"
)

GIVEN = {
    "a figure in an opening phrase closed by a comma, the modal after it": _HEAD
    + "## The mill\n\nThe Kessel pulping mill can recycle 9,000 tonnes of cardboard a year "
    + "from the valley's packaging firms.\n\n"
    + _PAD
    + "At its yearly capacity of 14,000 tonnes of cardboard, the Kessel pulping mill could take every "
    + "packaging firm's waste.\n",
    "the definite subject of a recommendation's modal": _HEAD
    + "## Branches\n\nThe county library service runs 412 lending branches, most of them in market towns.\n\n"
    + _PAD
    + "## Recommendations\n\nAll 441 lending branches of the county library service should open on "
    + "Saturdays.\n",
    "a possessive before the figure, the modal after its noun": _HEAD
    + "## Harbours\n\nThe Fjordline harbour authority keeps 236 mooring buoys along the northern channel.\n\n"
    + _PAD
    + "## What next\n\nThe Fjordline harbour authority's 263 mooring buoys along the northern channel "
    + "could be replaced by fixed pontoons.\n",
}

GIVEN_TRAPS = {
    "a figure to come under the modal": _HEAD
    + "## Branches\n\nThe county library service runs 412 lending branches, most of them in market towns.\n\n"
    + _PAD
    + "## Recommendations\n\nThe 441 new lending branches of the county library service should open on "
    + "Saturdays.\n",
    "a figure in a relative clause of the modal": _HEAD
    + "## Harbours\n\nThe Fjordline harbour authority keeps 236 mooring buoys along the northern channel.\n\n"
    + _PAD
    + "## What next\n\nThe Fjordline harbour authority listed the 263 mooring buoys that could be laid along "
    + "the northern channel.\n",
    "an indefinite opening phrase is a supposition": _HEAD
    + "## The mill\n\nThe Kessel pulping mill opened in 2019 and can recycle 9,000 tonnes of cardboard a year "
    + "from the valley's packaging firms.\n\n"
    + _PAD
    + "At a yearly capacity of 14,000 tonnes of cardboard, a second Kessel pulping mill could take every "
    + "packaging firm's waste.\n",
}

APART = {
    "money a year, sentences alike": _HEAD
    + "## Running costs\n\nEach automatic weather buoy costs about €17,000 a year to keep at sea, "
    + "covering calibration, batteries and the satellite link.\n\n"
    + _PAD
    + "Donors should fund the €27,000 yearly cost of keeping each automatic weather buoy at sea, "
    + "satellite link and calibration included.\n",
    "a measure for one year, the thing named otherwise": _HEAD
    + "## Dredging\n\nIn 2023 the Ostrava canal board took 31,000 cubic metres of silt out of the upper "
    + "locks of the Bečva cut.\n\n"
    + _PAD
    + "The 52,000 cubic metres of mud cleared from the Bečva cut's upper locks in 2023 went to farmland.\n",
    "a count for one year, the thing named otherwise": _HEAD
    + "## Crossings\n\nIn 2024 the Lindholm cable ferry made 3,100 night crossings of the Sund strait "
    + "for shift workers.\n\n"
    + _PAD
    + "In 2024 shift workers took 5,400 night trips across the Sund strait on the Lindholm cable ferry.\n",
}

APART_TRAPS = {
    "far apart, one sentence gives a year, the other none": _HEAD
    + "## Dredging\n\nIn 2023 the Ostrava canal board took 31,000 cubic metres of silt out of the upper "
    + "locks of the Bečva cut.\n\n"
    + _PAD
    + "The 52,000 cubic metres of mud cleared from the Bečva cut's upper locks each decade go to farmland.\n",
    "far apart, two years": _HEAD
    + "## Crossings\n\nIn 2024 the Lindholm cable ferry made 3,100 night crossings of the Sund strait "
    + "for shift workers.\n\n"
    + _PAD
    + "In 2019 shift workers took 5,400 night trips across the Sund strait on the Lindholm cable ferry.\n",
    "more than twice apart": _HEAD
    + "## Crossings\n\nIn 2024 the Lindholm cable ferry made 3,100 night crossings of the Sund strait "
    + "for shift workers.\n\n"
    + _PAD
    + "In 2024 shift workers took 6,900 night trips across the Sund strait on the Lindholm cable ferry.\n",
}

JUST = {
    "just over, restated well above": _HEAD
    + "## The tunnel\n\nThe Brenna road tunnel, at just over 6.5 kilometres, is the longest in the "
    + "province.\n\n"
    + _PAD
    + "Drivers in the 8-kilometre Brenna road tunnel, the longest in the province, may not overtake.\n",
    "just under, restated well below": _HEAD
    + "## The dam\n\nThe Selva reservoir holds just under 40 million cubic metres when full, the "
    + "water board says.\n\n"
    + _PAD
    + "When full, the Selva reservoir holds 31 million cubic metres, the water board says.\n",
    "slightly more than, in words": _HEAD
    + "## The pier\n\nThe Westholm pleasure pier, slightly more than four hundred metres long, "
    + "was rebuilt after the storm.\n\n"
    + _PAD
    + "The rebuilt Westholm pleasure pier is 520 metres long, and it survived the storm.\n",
}

JUST_TRAPS = {
    "just over, restated a little above": _HEAD
    + "## The tunnel\n\nThe Brenna road tunnel, at just over 6.5 kilometres, is the longest in the "
    + "province.\n\n"
    + _PAD
    + "Drivers in the 6.6-kilometre Brenna road tunnel, the longest in the province, may not overtake.\n",
    "just under, restated a little below": _HEAD
    + "## The dam\n\nThe Selva reservoir holds just under 40 million cubic metres when full, the "
    + "water board says.\n\n"
    + _PAD
    + "When full, the Selva reservoir holds 38 million cubic metres, the water board says.\n",
    "an open bound, restated well above": _HEAD
    + "## The tunnel\n\nThe Brenna road tunnel, at more than 6.5 kilometres, is the longest in the "
    + "province.\n\n"
    + _PAD
    + "Drivers in the 8-kilometre Brenna road tunnel, the longest in the province, may not overtake.\n",
}

SPANS = {
    "hours and minutes against minutes": _HEAD
    + "## Waits\n\nIn March 2024 the median wait for a Harlow urgent dental slot reached 1 hour 12 minutes.\n\n"
    + _PAD
    + "A March 2024 median of 84 minutes for Harlow urgent dental slots is the worst on record.\n",
    "days against weeks": _HEAD
    + "## The outage\n\nAfter the flood the Tarn valley signalling centre was out of action for 17 days, "
    + "and freight trains stood still.\n\n"
    + _PAD
    + "Three weeks without the Tarn valley signalling centre after the flood stood freight trains still.\n",
    "days against days": _HEAD
    + "## Repairs\n\nA broken Kestrel lift at the Dunmore flats waits 26 days for its spare part, "
    + "tenants say.\n\n"
    + _PAD
    + "Tenants say that a broken Kestrel lift at the Dunmore flats waits 34 days for its spare part.\n",
}

SPANS_TRAPS = {
    "a list of target times": _HEAD
    + "## Targets\n\nThe Harlow dental targets are: urgent slots 60 minutes, routine slots 90 minutes, "
    + "check-ups 120 minutes.\n\n"
    + _PAD
    + "In March 2024 the median wait for a Harlow urgent dental slot reached 75 minutes.\n",
    "a span of a programme in years": _HEAD
    + "## The plan\n\nThe Tarn valley signalling renewal will run for 7 years from 2026.\n\n"
    + _PAD
    + "The Tarn valley signalling renewal, which the operators fought for 9 years, begins in 2026.\n",
    "two spans of two things": _HEAD
    + "## Repairs\n\nA broken Kestrel lift at the Dunmore flats waits 23 days for its spare part, "
    + "the tenants' survey found.\n\n"
    + _PAD
    + "A blocked drain at the Dunmore flats waits 19 days for a plumber, the tenants' survey found.\n",
}

FOUND = {**GIVEN, **APART, **JUST, **SPANS}
SILENT = {**GIVEN_TRAPS, **APART_TRAPS, **JUST_TRAPS, **SPANS_TRAPS}


@pytest.mark.parametrize("text", list(FOUND.values()), ids=list(FOUND))
def test_restated_figure_found(text: str) -> None:
    assert len(_nu003(text)) == 1


@pytest.mark.parametrize("text", list(SILENT.values()), ids=list(SILENT))
def test_like_figure_silent(text: str) -> None:
    assert _nu003(text) == []
