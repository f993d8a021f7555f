"""AR001 on shares said with a hedge or a bound, and on wholes named before the part (issues
#12 and #14, family AR, session 11): a hedge widens a share only to the precision it implies
("some 90 per cent" is 87.5–92.5%, "about a third" 29–38%, "roughly one in five" 17–23%); a
fraction set beside its part with "more than" or "under" is one side of it; a threshold inside
the counted thing ("people under 19", "three or more accounts") is no part; "Of those," and
"… of them, 19 in all" point back to the one count of the sentence before. Traps: the same
shapes with figures that fit, and shares of another base. Our own sentences, in domains
outside the evaluation set."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    # a hedged percentage, rounded to a multiple of five
    "some 90 per cent": "The treaty was signed by 118 of the 122 coastal states, some 90 per cent of them, within a year.",
    "roughly 40%": "Of the 860 ferry crossings in March, 410, roughly 40%, left late.",
    "about 70 per cent": "Inspectors passed 512 of the 640 grain silos, about 70 per cent, at the first visit.",
    "around 15%": "Of the 2,300 beehives on the island, 420, or around 15%, died over the winter.",
    # a hedged fraction word
    "about a third": "Of the 215 lighthouses on the coast, 88, about a third, are still staffed.",
    "roughly one in five": "Some 9,100 of the 31,000 tenants surveyed, roughly one in five, had missed a payment.",
    "around a quarter": "Of the 1,240 orchards in the valley, 410 were replanted after the frost, or around a quarter.",
    "about two-thirds": "Of the 96 libraries in the county, 52, about two-thirds, open on Sundays.",
    # a fraction with a bound, set beside its part
    "or more than a third": "Of the 2,600 apprentices who enrolled, 640 dropped out in the first year, or more than a third.",
    "or under a quarter": "Of the 180 ski lifts in the region, 61 run on renewable power, or under a quarter.",
    # a threshold inside the thing counted, between the part and its share
    "people under 25": "Of the 48,000 new loans in 2024, 14,500 went to people under 25, or 36 per cent.",
    "three or more": "About 52,000 of the 410,000 pensioners hold three or more savings accounts, roughly a quarter.",
    # the whole in the sentence before
    "Of those": "The coastguard logged 2,940 rescues last summer. Of those, 1,020 involved paddleboards, or about a fifth.",
    "of them, N in all": "The board approved 44 new bus routes. Almost two-thirds of them, 22 in all, serve villages.",
}
TRAPS = {
    "some 90 per cent": "The treaty was signed by 110 of the 122 coastal states, some 90 per cent of them, within a year.",
    "roughly 40%": "Of the 860 ferry crossings in March, 330, roughly 40%, left late.",
    "about 70 per cent": "Inspectors passed 452 of the 640 grain silos, about 70 per cent, at the first visit.",
    "around 15%": "Of the 2,300 beehives on the island, 330, or around 15%, died over the winter.",
    "about a third": "Of the 215 lighthouses on the coast, 70, about a third, are still staffed.",
    "roughly one in five": "Some 6,400 of the 31,000 tenants surveyed, roughly one in five, had missed a payment.",
    "around a quarter": "Of the 1,240 orchards in the valley, 300 were replanted after the frost, or around a quarter.",
    "about two-thirds": "Of the 96 libraries in the county, 64, about two-thirds, open on Sundays.",
    "or more than a third": "Of the 2,600 apprentices who enrolled, 940 dropped out in the first year, or more than a third.",
    "or under a quarter": "Of the 180 ski lifts in the region, 41 run on renewable power, or under a quarter.",
    "people under 25": "Of the 48,000 new loans in 2024, 14,500 went to people under 25, or 30 per cent.",
    "three or more": "About 52,000 of the 410,000 pensioners hold three or more savings accounts, roughly one in eight.",
    "Of those": "The coastguard logged 2,940 rescues last summer. Of those, 600 involved paddleboards, or about a fifth.",
    "of them, N in all": "The board approved 44 new bus routes. Almost two-thirds of them, 28 in all, serve villages.",
    # a share of another base: the group of the sentence before is not one count
    "two counts before": "The coastguard logged 2,940 rescues and 310 false alarms. Of those, 1,020 involved paddleboards, "
    "or about a fifth.",
    "of those who replied": "Of the 4,000 growers asked, 1,300 replied; 390 of those who replied, or 30%, had sold land.",
    "a bound on the share": "Of the 860 ferry crossings in March, 410, more than 40%, left late.",
    "an unrelated percent after a threshold": "Of the 500 clinics, 120 treat patients over 65, who make up 30% of visits.",
}

MISSED: set[str] = set()


test_defect_found, test_trap_silent = variant_tests("AR001", DEFECTS, TRAPS, MISSED)
