"""DT001: a plant's or a machine's first running named by the noun "start-up" ("since
its July 2022 start-up", "the furnace's start-up in March 2019") is the start the text
dates elsewhere with "began operating", "started running" or "came on stream". A start-up
that is a young firm ("a Tartu start-up founded in 2019"), a start-up of another thing and
dates that agree stay silent. Sentences written for these tests."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    "attributive_date": (
        "The Orsa biogas digester began operating in May 2022.\n\n"
        "The Orsa biogas digester has, since its July 2022 start-up, supplied gas to forty farms."
    ),
    "possessive_in": (
        "The Kalvik electric arc furnace started running in March 2019.\n\n"
        "Emissions fell by a third after the Kalvik electric arc furnace's start-up in October 2019."
    ),
    "came_on_stream": (
        "The Hessby desalination unit came on stream in April 2021.\n\n"
        "Since its start-up in January 2022, the Hessby desalination unit has met half the island's demand."
    ),
}

TRAPS = {
    "agrees": (
        "The Orsa biogas digester began operating in May 2022.\n\n"
        "The Orsa biogas digester has, since its May 2022 start-up, supplied gas to forty farms."
    ),
    "firm_founded": (
        "Veltro, a Tartu start-up founded in 2019, builds sensors for grain silos.\n\n"
        "Veltro began selling its first sensors in 2021."
    ),
    "other_thing_start_up": (
        "The Orsa biogas digester began operating in May 2022.\n\n"
        "The second digester at Mora had its start-up in July 2023."
    ),
}

test_defect_found, test_trap_silent = variant_tests("DT001", DEFECTS, TRAPS)
