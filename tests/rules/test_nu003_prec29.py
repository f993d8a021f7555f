"""NU003 probes (session 29, prec29's own words, after reading a false alarm on an unseen
real post): a count of "people" says only that what it counts are human beings; which
people (who came, who entered, who answered) is said by the rest of its clause. Two such
counts a page apart, near in size, with no name and no word of their clauses in common
("over 300 people came to the party" / "57 teams with 166 people") are two groups, not a
figure restated. Near misses: two counts of people that share what they did or where
("people came to the celebration" / "the celebration drew ... people"), or that share a
name, stay flagged."""

from __future__ import annotations

from tests.rules._variants import variant_tests
from tests.rules.test_nu003_probes25 import apart

TRAPS = {
    "party against teams": apart(
        "To mark the tenth hack week we threw a party in the old depot, and over 300 people came.",
        "The contest itself had 57 teams with 166 people between them.",
    ),
    "dinner against entrants": apart(
        "More than 400 people sat down to the anniversary dinner.",
        "Entries came from 61 schools, 250 people in all.",
    ),
    "persons against volunteers' shifts": apart(
        "Roughly 1,500 persons signed the petition within a week.",
        "On the day of the vote, 900 persons staffed the polling stations.",
    ),
    "individuals, two programmes": apart(
        "Nearly 700 individuals enrolled in the evening courses.",
        "A separate mentoring scheme matched 420 individuals with local employers.",
    ),
}
DEFECTS = {
    "the celebration twice": apart(
        "To mark the tenth hack week we threw a party in the old depot, and over 300 people came to the celebration.",
        "The celebration drew 220 people, more than the organisers had planned for.",
    ),
    "deaths twice": apart(
        "The heatwave killed 2,400 people across the region.",
        "In all, 1,900 people were killed by the heatwave.",
    ),
    "a named town's evacuees": apart(
        "Officials in Marlow Bay moved 640 people out of their homes.",
        "In Marlow Bay, 520 people had to leave their homes.",
    ),
}

test_defect_found, test_trap_silent = variant_tests("NU003", DEFECTS, TRAPS)
