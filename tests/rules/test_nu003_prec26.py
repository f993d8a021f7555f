"""NU003 probes (session 26, prec26's own words, after reading an unexplained finding of
the development set): two figures each inside a quotation of a different named person ("I
see thirty patients a day," said one nurse; another said "I see forty patients a day") are
each speaker's account of their own work, not one fact given twice. Traps: three domains,
the speakers named before or after their words; near misses: the same person quoted twice
with two values (also a name written family name first, then the family name alone), and
a quoted figure against the writer's own, stay flagged."""

from __future__ import annotations

from tests.rules._variants import variant_tests
from tests.rules.test_nu003_probes25 import apart

TRAPS = {
    "two nurses": apart(
        '"On a winter night I see thirty patients in the ward," said Ilse Marrow, a nurse in Dunmore.',
        'Her colleague Tomasz Brecht put it another way: "Some winter nights I see forty patients in the ward."',
    ),
    "two drivers": apart(
        'Ruth Okonjo, a bus driver, said: "I drive 180 kilometres on a normal shift."',
        '"On a normal shift I drive 240 kilometres," said Piet Laane, who drives the coast route.',
    ),
    "two farmers": apart(
        '"We lost 120 ewes to the snow," said Morag Innes, who farms above the loch.',
        'Her neighbour Callum Reid said: "We lost 90 ewes to the snow that week."',
    ),
}
DEFECTS = {
    "one speaker twice": apart(
        '"On a winter night I see thirty patients in the ward," said Ilse Marrow, a nurse in Dunmore.',
        'Marrow repeated the point: "Some winter nights I see forty patients in the ward."',
    ),
    "one speaker, family name first, then alone": apart(
        '"On a winter night I see thirty patients in the ward," said Lam Siu-fong, a nurse in Kowloon.',
        'Lam repeated the point: "Some winter nights I see forty patients in the ward."',
    ),
    "a quote against the writer's figure": apart(
        '"We lost 120 ewes to the snow," said Morag Innes, who farms above the loch.',
        "Innes's farm lost 90 ewes to the snow that winter, the estate's records show.",
    ),
}

test_defect_found, test_trap_silent = variant_tests("NU003", DEFECTS, TRAPS)
