"""AR003 on a figure restated in two more ways (family AR, session 17): a unit made an
adjective with a hyphen, its noun before the restatement in brackets ("a 4,400-horsepower
unit (about 2,300 kilowatts)"), and a restatement after "equal to", "equivalent to" or
"the equivalent of". Traps: the same shapes converted right, and "equivalent to" a thing
that is no unit. Our own sentences."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    "hyphenated power": "The yard built a 2,000-horsepower harbour tug (about 2,100 kilowatts) for the port.",
    "hyphenated length": "Walkers cross a 300-metre suspension footbridge (some 450 feet) over the gorge.",
    "hyphenated mass": "A 40-tonne articulated lorry (about 60,000 pounds) tipped over on the bend.",
    "equal to": "The reservoir's spare volume of 8.2 million litres is equal to 820 cubic metres.",
    "equivalent to": "The farm covers 600 hectares, equivalent to 60 square kilometres.",
    "the equivalent of": "The pipeline carries 3 billion cubic metres a year, the equivalent of 300 million "
    "litres a year.",
}
TRAPS = {
    "hyphenated power, right": "The yard built a 2,000-horsepower harbour tug (about 1,500 kilowatts) for the port.",
    "hyphenated length, right": "Walkers cross a 300-metre suspension footbridge (some 980 feet) over the gorge.",
    "equal to, right": "The reservoir's spare volume of 8.2 million litres is equal to 8,200 cubic metres.",
    "equivalent to, right": "The farm covers 600 hectares, equivalent to 6 square kilometres.",
    "equivalent to no unit": "The farm covers 600 hectares, equivalent to 840 football pitches.",
    "a noun and no bracket": "A 300-metre footbridge crosses the gorge, and 450 feet below runs the river.",
}

test_defect_found, test_trap_silent = variant_tests("AR003", DEFECTS, TRAPS)
