"""DT001 (session 25): a place's start said by its first serving of those it serves.

"the terminal began handling freight", "the unit started taking patients", "the gallery
began admitting visitors": after a verb of a start, an "-ing" verb and whom it serves
(:data:`claimcheck.data.event_classes.SERVED`) is no object that starts; the subject starts,
as when it "opened". Not a widening ("began handling freight from Norway": a new trade),
another place of one kind, nor a building begun.

Our own sentences, in domains the evaluation drafts do not cover; each defect gives one
finding, each trap none. The same sentences are in ``benchmarks/cases/dt2b-own.yml``.
"""

from __future__ import annotations

from tests.rules._variants import apart, variant_tests

FRONT = "---\ndate: 2025-02-10\n---\n"

DEFECTS = {
    "e01-bus-station-serving-passengers": apart(
        "Leeds opened its new bus station on 3 May 2021.",
        "The new bus station began serving passengers in September 2021.",
    ),
    "e02-since-it-began-serving": apart(
        "Leeds opened its new bus station on 3 May 2021.",
        "The bus station has been busy since it began serving passengers in September 2021.",
    ),
    "e03-gallery-admitting-visitors": apart(
        "The museum opened its Roman gallery on 3 May 2021.",
        "Visitor numbers have doubled since the Roman gallery began admitting visitors in January 2022.",
    ),
    "e04-terminal-handling-freight": apart(
        "The port opened its new ferry terminal on 3 May 2021.",
        "The ferry terminal began handling freight in November 2021.",
    ),
}

TRAPS = {
    "t01-widening-from": apart(
        "The port opened its new ferry terminal on 3 May 2021.",
        "The ferry terminal began handling freight from Norway in November 2021.",
    ),
    "t02-other-place": apart(
        "The museum opened its Roman gallery on 3 May 2021.",
        "The Viking gallery began admitting visitors in January 2022.",
    ),
    "t03-building-begun": apart(
        "The firm began building the ferry terminal in March 2019.",
        "The port opened its new ferry terminal on 3 May 2021.",
    ),
    "t04-serving-agrees": apart(
        "Leeds opened its new bus station on 3 May 2021.",
        "The new bus station began serving passengers in May 2021.",
    ),
}

test_defect_found, test_trap_silent = variant_tests("DT001", DEFECTS, TRAPS, wrap=FRONT + "# Report\n\n{}\n")
