"""NU001 probes (session 27, prec27's own words, after reading a trap of the development
set): a range of years in a paragraph ("the plan for 2026–2030", "over 2025–2028", "the
period 2026 – 2031") is a span, not the year of every amount in the paragraph; its last
year was read as one (the en dash before it was not taken for a range's), and a pledge
converted at a recent rate was checked at a future year's. An undated amount is then
converted at any recent year's rate. Near misses that stay flagged: a conversion far off
every recent rate, and a paragraph that names one plain year, whose rate is used.
Rates: ECB yearly averages (2024: 1.082 $/€; 2021: 1.183 $/€); published September 2025."""

from __future__ import annotations

from tests.rules._variants import variant_tests

FRONT = "---\ntitle: Costs\ndate: 2025-09-15\n---\n\n# Costs\n\n"

TRAPS = {
    "a river plan": FRONT + "The river programme for 2026–2030 is costed at US$22 million. The Nordic fund has "
    "pledged €10 million (about US$10.8 million) over five years, and the two provinces the rest.\n",
    "a school building programme": FRONT + "The building programme runs over 2025–2028 and needs US$9 million. "
    "A foundation has promised €2.5 million (roughly US$2.7 million) for the first two schools.\n",
    "a range with spaces": FRONT + "The forecast period 2026 – 2031 needs US$40 million in all. The Union has "
    "offered €6 million (about US$6.5 million) for the monitoring stations.\n",
}
DEFECTS = {
    "far off any rate": FRONT + "The river programme for 2026–2030 is costed at US$22 million. The Nordic fund has "
    "pledged €10 million (about US$14 million) over five years, and the two provinces the rest.\n",
    "one plain year in the paragraph": FRONT + "The river programme was costed in 2021 at US$22 million. The "
    "Nordic fund pledged €10 million (about US$10.8 million), and the two provinces the rest.\n",
}

test_defect_found, test_trap_silent = variant_tests("NU001", DEFECTS, TRAPS, wrap="{}")
