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


# A table's cell is compared only with a sentence that names its row (NU003's table
# cells): held for a document whose quantities come in several units too (each figure is
# then compared as a copy in base units, which must keep its row). A prose figure of one
# row is not a restatement of another row's cell; a sentence that names the row and gives
# another value stays flagged.
_ROUNDS = (
    "The sector hopes a fleet of 1 GW can bring costs down.\n\n"
    "Capacity was first ring-fenced in the first round, whose results came out in 2021; "
    "the Kelda array won {prose} there.\n\n"
    "| Round | Year | Capacity awarded |\n|---|---|---|\n"
    "| R1 | 2021 | 30 MW |\n| R2 | 2022 | 36 MW |\n| R3 | 2023 | 26 MW |\n\n"
    "Later rounds favoured smaller projects.\n"
)
_DEPOTS = (
    "The network's battery buses need 2.4 MWh of storage each night.\n\n"
    "The northern depot draws {prose} from the grid on a winter night.\n\n"
    "| Depot | Buses | Night demand |\n|---|---|---|\n"
    "| Northern | 40 | 1,800 kWh |\n| Harbour | 52 | 2,100 kWh |\n| Hillside | 35 | 1,500 kWh |\n"
)
TABLE_TRAPS = {
    "first round's figure against the second round's row": _ROUNDS.format(prose="30 MW"),
    "northern depot against the harbour row": _DEPOTS.format(prose="1,800 kWh"),
}
TABLE_DEFECTS = {
    "a row named with another value": _ROUNDS.format(prose="30 MW").replace(
        "Later rounds favoured smaller projects.", "In R2 the Kelda array won 42 MW, its largest award."
    ),
}

test_table_defect_found, test_table_trap_silent = variant_tests("NU003", TABLE_DEFECTS, TABLE_TRAPS)


# A summary (or a conclusion) that rounds the body's figure to an open bound it keeps to
# ("more than two thousand" for 2,400; "fewer than 30" for 28) restates it; a bound the body's
# figure breaks, one said to be near ("just over"), or one far from the value stays flagged.
_HEAD = "---\ntitle: Brief\npublication_date: 2025-05-01\n---\n\n# A brief\n\n"
_FILLER = (
    "The service was reorganised twice in ten years, and its managers say the second change "
    "worked better than the first.\n\nStaff were consulted at every step, and the unions "
    "agreed the new rota in the spring.\n\n"
)


def _summary_and_body(summary: str, body: str, closing: bool = False) -> str:
    if closing:
        return _HEAD + "## The list\n\n" + body + "\n\n" + _FILLER + "## Conclusion\n\n" + summary + "\n"
    return _HEAD + "## Summary\n\n" + summary + "\n\n## The list\n\n" + _FILLER + body + "\n"


BOUND_TRAPS = {
    "more than, in words": _summary_and_body(
        "More than two thousand defendants are waiting for a lawyer to be assigned.",
        "By August the waiting list held 2,400 defendants, up from 1,500 in January.",
    ),
    "fewer than, in a conclusion": _summary_and_body(
        "Fewer than 30 heat wells and the region's 12 plants show the technique works.",
        "At the end of 2024 there were 28 heat wells registered in the region.",
        closing=True,
    ),
    "over, money": _summary_and_body(
        "The harbour spent over €40 million on dredging in 2024.",
        "Dredging cost the harbour €46 million in 2024, the accounts show.",
    ),
}
BOUND_DEFECTS = {
    "a bound the figure breaks": _summary_and_body(
        "More than three thousand defendants are waiting for a lawyer to be assigned.",
        "By August the waiting list held 2,600 defendants, up from 1,500 in January.",
    ),
    "just over, far past": _summary_and_body(
        "Just over two thousand defendants are waiting for a lawyer to be assigned.",
        "By August the waiting list held 2,450 defendants, up from 1,500 in January.",
    ),
}

test_bound_defect_found, test_bound_trap_silent = variant_tests("NU003", BOUND_DEFECTS, BOUND_TRAPS, wrap="{}")
