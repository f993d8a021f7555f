"""AR001 on figures that are no part of a share (session 22): a figure in digits right after
a noun it names one of ("rated level 3", "Phase 2", "a force 6 gale") is a label, not a
count; an amount after a currency sign that its claim did not take in ("£4.2 million (€4.96
million)") is money, never the whole of a count of things ("two weirs, three-quarters of
it"). Traps are those; defects the near misses whose part and whole are both counts or both
amounts. Our own sentences, in domains outside the evaluation set."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = [
    "Of the 512 ferry crossings logged in the decade, 24 ran in a force 6 gale, or 47 per cent.",
    "Of the 40 hospital wards inspected, 30 were rated grade 2, or 50%.",
    "Of the 64 lots offered at the sale, 20 sold above estimate, or 45 per cent.",
    "The museum raised £3.6 million (€4.2 million) for the roof, £0.6 million of it, or half, from members.",
    "Of the 300 schools in the scheme, 210, or 40 per cent, joined in Phase 2.",
]
TRAPS = [
    "Of the 512 ferry crossings logged in the decade, 240 ran when the sea was rated force 6, or 47 per cent.",
    "Of the 96 avalanche deaths in the period, 45 occurred at danger level 3, or 47 per cent.",
    "Of the 180 clinics, 90 were in Phase 2 of the rollout, or half.",
    "The trust won £4.2 million (€4.96 million) to repair the old mill and two weirs, three-quarters of it from the lottery.",
    "The club spent $2.5 million (A$3.8 million) on a stand and three pitches, two-thirds of it raised locally.",
    "Of the 220 patients triaged, 110 were placed in category 2, or half.",
]

test_defect_found, test_trap_silent = variant_tests("AR001", DEFECTS, TRAPS)
