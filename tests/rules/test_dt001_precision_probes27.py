"""DT001 probes (session 27, prec27's own words, after reading a false alarm of unseen
seed 326): a chronicle of like happenings, each paragraph opening on its own month ("In
March, … announced the disclosure of a …"; "In July, … announced the disclosure of an
…"). The thing each announcement, recall or report is of is brought in by "a", "an" or a
count: a new thing each time, so the two dates are of two happenings even when the doer
and the verb are the same. Traps: three domains; near misses that stay flagged: the same
shape when the second names its thing again definitely ("the …"), or says the same thing
with the same words."""

from __future__ import annotations

from tests.rules._variants import variant_tests

FRONT = "---\ndate: 2025-12-20\n---\n"


def two(first: str, second: str) -> str:
    return FRONT + "\n# The year in review\n\n" + first + "\n\n" + second + "\n"


TRAPS = {
    "two recalls by one maker": two(
        "In March, Ortega announced the recall of a faulty brake valve fitted to older Corsa vans. "
        "Owners were told to book a free repair.",
        "In July, Ortega announced the recall of an airbag sensor used in the newer models. "
        "About 4,000 cars were affected.",
    ),
    "two discoveries by one botanist": two(
        "In April, Amaka Nkemelu reported the discovery of a new beetle species in the Cross River forest. "
        "The find was confirmed by the museum.",
        "In September, Nkemelu reported the discovery of a rare orchid near the Obudu plateau. "
        "It had not been seen there for decades.",
    ),
    "two findings by one inspectorate": two(
        "In February, the inspectorate published the findings of an inquiry into a fire at a Leeds warehouse. "
        "It blamed poor storage.",
        "In June, the inspectorate published the findings of an inquiry into a flood at a depot in Hull. "
        "It blamed a blocked culvert.",
    ),
    "two withdrawals by one regulator": two(
        "In March, the medicines agency announced the withdrawal of a blood-pressure tablet made in Pune. "
        "Pharmacies were told to stop selling it.",
        "In August, the medicines agency announced the withdrawal of an asthma inhaler sold online. "
        "Buyers were offered refunds.",
    ),
    "two sales by one club": two(
        "In January, Rovers confirmed the sale of a young winger to a Dutch side. The fee was not disclosed.",
        "In June, Rovers confirmed the sale of a veteran goalkeeper to a club in Cyprus. He had played there "
        "for nine years.",
    ),
    "a count of them the second time": two(
        "In May, Lindqvist announced the disclosure of a minor flaw in the ticketing app. It was fixed within a week.",
        "In October, Lindqvist published four minor flaws found in the booking system. Two were fixed at once.",
    ),
}
DEFECTS = {
    "the recall named again": two(
        "In March, Ortega announced the recall of a faulty brake valve fitted to older Corsa vans. "
        "Owners were told to book a free repair.",
        "In July, Ortega announced the recall of the faulty brake valve fitted to older Corsa vans. "
        "About 4,000 vans were affected.",
    ),
    "the discovery, definite": two(
        "In April, Amaka Nkemelu reported the discovery of a new beetle species in the Cross River forest. "
        "The find was confirmed by the museum.",
        "Nkemelu's discovery of the new beetle species in the Cross River forest, reported in September, "
        "was confirmed by the museum.",
    ),
    "the same recall, both brought in alike": two(
        "In March, Ortega announced the recall of a faulty brake valve fitted to older Corsa vans. "
        "Owners were told to book a free repair.",
        "The company's engineers found the fault early. In July, Ortega announced the recall of a faulty "
        "brake valve in older Corsa vans.",
    ),
    "the withdrawal of the same tablet": two(
        "In March, the medicines agency announced the withdrawal of a blood-pressure tablet made in Pune. "
        "Pharmacies were told to stop selling it.",
        "The agency's withdrawal of the Pune blood-pressure tablet, announced in May, left pharmacies short.",
    ),
}

test_defect_found, test_trap_silent = variant_tests("DT001", DEFECTS, TRAPS, wrap="{}")
