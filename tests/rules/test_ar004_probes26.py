"""AR004 probes (session 26, in other domains than the drafts whose shapes they follow):
parts that do not make the whole a sentence opens with, each part an outcome of its own
said by an intransitive verb beside passives ("Of the 240 cadets, 130 graduated …, 60
were held back … and 38 withdrew …"), and a duration split into phases joined by "then";
with traps: the parts right, a list of activities that may overlap, a selection
("including"), parts of another whole."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    "outcomes, mixed verbs": (
        "Of the 96 seals brought in, 41 were released at the estuary, 38 died in care and 12 were put down by vets."
    ),
    "outcomes, all intransitive": (
        "Of the 240 cadets, 130 graduated in June, 60 failed the final test and 38 withdrew before the exams."
    ),
    "outcomes, survived": (
        "Of the 1,150 patients treated, 980 survived to discharge, 95 died on the ward and 40 were moved to hospices."
    ),
    "phases of a term": ("The grant is paid for 52 weeks: eight weeks at the full rate, then 40 weeks at half rate."),
}
MISSED = {"phases of a term"}
TRAPS = {
    "outcomes right": (
        "Of the 96 seals brought in, 46 were released at the estuary, 38 died in care and 12 were put down by vets."
    ),
    "activities": "Of the 1,200 firms, 500 exported to Asia, 400 invested in China and 250 borrowed from banks.",
    "including": (
        "Of the 96 seals brought in, including 41 released at the estuary, 38 died in care and 12 were put down."
    ),
    "far short, a selection": "Of the 960 seals brought in, 41 were released at the estuary, 38 died in care and 12 were put down.",
    "phases right": "The grant is paid for 52 weeks: eight weeks at the full rate, then 44 weeks at half rate.",
}

test_defect_found, test_trap_silent = variant_tests("AR004", DEFECTS, TRAPS, missed=MISSED)
