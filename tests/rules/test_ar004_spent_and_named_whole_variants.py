"""AR004 on three shapes of a total and its parts: the split word right after the total's comma
("£9.6 million, split between roads (£4.1 million), …"); where an amount went ("went on",
"was spent on", "was allocated to"), a list that may be a selection but cannot make more than
the amount; and a bullet list under a lead-in that names the whole the sentence before gave
("Three crops made up the total:"). Traps: the same shapes adding up, a selection that makes
less, a lead-in naming no whole. Our own sentences, outside the evaluation set's subjects."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    "comma divided": "The county's grant was £9.6 million, divided between roads (£4.1 million), "
    "bridges (£3.2 million) and cycle lanes (£1.8 million).",
    "comma split": "Ticket sales reached 84,000, split between adults (51,000), children (22,000) and "
    "pensioners (8,000).",
    "comma made up of": "The museum's budget was €3.4 million, made up of €2.1 million from the city, "
    "€0.8 million from the state and €0.9 million from donors.",
    "went on": "The parish's £480,000 went on the roof (£260,000), the organ (£150,000) and the heating (£110,000).",
    # (the amount names its whole before a colon; "€12 million was spent on dredging, €7.5 million on
    # the quay walls and …" is a list of three items, the verb left out of the later ones: a trap)
    "was spent on": "Last year €12 million was spent on the port: €7.5 million on the quay walls and "
    "€5.1 million on cranes.",
    "was allocated to": "A fund of $2.5 million was allocated to schools ($1.4 million), clinics "
    "($0.9 million) and wells ($0.6 million).",
    "named whole, bullets": "The estate harvested 1,900 tonnes of fruit in 2023. Three crops made up "
    "the total:\n\n- apples, 1,100 tonnes;\n- pears, 520 tonnes;\n- plums, the remaining 410 tonnes.",
    "named whole, it splits": "The charity raised £2.6 million last year. It splits as follows:\n\n"
    "- legacies, £1.2 million;\n- events, £0.9 million;\n- shops, £0.8 million.",
}
TRAPS = {
    "was spent on, a list of items": "Last year €12 million was spent on dredging, €7.5 million on the quay "
    "walls and €5.1 million on cranes.",
    "comma divided": "The county's grant was £9.1 million, divided between roads (£4.1 million), "
    "bridges (£3.2 million) and cycle lanes (£1.8 million).",
    "went on, a selection": "The parish's £480,000 went on the roof (£160,000) and the organ "
    "(£150,000), among other repairs.",
    "went on, less than the whole": "The parish's £480,000 went on the roof (£160,000), the organ "
    "(£150,000) and the heating (£110,000).",
    "was spent on, adds up": "Last year €24 million was spent on dredging, €11.5 million on the quay "
    "walls and €12.5 million on cranes.",
    "named whole, adds up": "The estate harvested 2,030 tonnes of fruit in 2023. Three crops made up "
    "the total:\n\n- apples, 1,100 tonnes;\n- pears, 520 tonnes;\n- plums, the remaining 410 tonnes.",
    "no whole named": "The estate harvested 2,300 tonnes of fruit in 2023. Three crops did best:\n\n"
    "- apples, 1,100 tonnes;\n- pears, 520 tonnes;\n- plums, 410 tonnes.",
    "each part repeats the verb": "Of this year's bursaries, 250 went to nurses, 180 went to midwives "
    "and 90 went to paramedics.",
    "two figures of the unit before": "The estate harvested 2,300 tonnes of fruit in 2023 and 2,100 "
    "tonnes in 2022. Three crops made up the total:\n\n- apples, 1,100 tonnes;\n- pears, 520 tonnes;\n"
    "- plums, 410 tonnes.",
}


test_defect_found, test_trap_silent = variant_tests("AR004", DEFECTS, TRAPS)
