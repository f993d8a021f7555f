"""AR003 on units of pressure (bar, psi, kilopascals: "350 bar (about 3,500 psi)") and on a
length named by the kind of way it measures ("4,500 route kilometres (about 3,800 miles)",
"1,200 lane miles"). Session 24, the lead's own words. Traps: the right conversions, bars
that are counted things, a route counted, not measured."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    "bar to psi": "The tanks store hydrogen at 350 bar (about 3,500 psi).",
    "psi to kilopascals": "Tyres are inflated to 35 psi (400 kPa) before each run.",
    "route kilometres": "The lines still on diesel total roughly 4,500 route kilometres (about 3,800 miles).",
    "lane miles": "The state maintains 1,200 lane miles (about 3,000 km) of highway.",
    "route-km": "The network electrified 7,188 route-km (about 5,900 miles) last year.",
}
TRAPS = {
    "bar to psi": "The tanks store hydrogen at 350 bar (about 5,100 psi).",
    "psi to kilopascals": "Tyres are inflated to 35 psi (240 kPa) before each run.",
    "route kilometres": "The lines still on diesel total roughly 4,500 route kilometres (about 2,800 miles).",
    "lane miles": "The state maintains 1,200 lane miles (about 1,930 km) of highway.",
    "bars counted": "The district has 350 bars (and 3,500 licensed premises in all).",
}

test_defect_found, test_trap_silent = variant_tests("AR003", DEFECTS, TRAPS)
