"""AR003 on a figure restated after a comma and a hedge (an appositive: "…, some 4.7 million
kilograms"), on a bounded figure restated ("over 33 hectares (…)"), and on a duration restated
in months. Our own sentences, outside the evaluation set's subjects."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    # a mass, an area, a volume, a duration restated after ", about/some/roughly"
    "appos_mass": "The mill ground about 2,300 tonnes of barley for the distillery, some 230,000 kilograms of malt.",
    "appos_area": "The orchard covers 12 hectares, roughly 12,000 square metres, on the south slope.",
    "appos_volume": "Each tanker delivers 30,000 litres of milk, about 3 cubic metres, to the creamery.",
    "appos_duration": "Repairs took 120 days in 2023, roughly seven months, and closed the bridge.",
    # a bounded figure restated in brackets or after ", or"
    "bound_brackets": "The festival site spans more than 40 hectares (about 40,000 square metres).",
    "bound_or": "Farmers spread over 8 tonnes, or roughly 800 kilograms, of lime a season.",
    "bound_both": "The dam holds at least 2 million cubic metres (over 200 million litres).",
}
TRAPS = {
    # right restatements in the same shapes
    "appos_mass": "The mill ground about 2,300 tonnes of barley for the distillery, some 2.3 million kilograms of malt.",
    "appos_area": "The orchard covers 12 hectares, roughly 120,000 square metres, on the south slope.",
    "appos_duration": "Repairs took 120 days in 2023, roughly four months, and closed the bridge.",
    "bound_brackets": "The festival site spans more than 40 hectares (about 400,000 square metres).",
    # a part, a rate, a difference or another period after the comma: no restatement
    "part_of_it": "The quarry shipped 9,000 tonnes of stone, some 400 kilograms of it marble.",
    "part_of_which": "The barge carried 50 tonnes of coal, about 600 kilograms of which was lost.",
    "rate_after": "The quarry shipped 9,000 tonnes of stone, about 25 kilograms a day by rail.",
    "difference": "The quarry shipped 9,000 tonnes of stone, about 400 kilograms more than planned.",
    "other_period": "The turbines made 80 GWh in 2022, about 9,000 MWh in January alone.",
    "list": "The depot stores 3 tonnes of salt, about 500 kilograms of grit and 200 kilograms of sand.",
    # bounds on opposite sides are two figures, not one restated
    "opposite_bounds": "The pond holds less than 3 hectares (more than 100 square metres) of reed.",
}


test_defect_found, test_trap_silent = variant_tests("AR003", DEFECTS, TRAPS)
