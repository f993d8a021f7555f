"""NU004 when the note that supports a figure is marked at the end of the next sentence
(family NU, session 18): a sentence with no note mark takes the mark of the next sentence
of its paragraph, at most two sentences on, when no sentence up to it gives a figure of
its own, and each sentence up to it goes on about what was said ("It", "That" …). Traps: the
next sentence gives its own figure (the note is that figure's), a note
in the next paragraph, the same figure restated. Our own sentences."""

from __future__ import annotations

from tests.rules._variants import variant_tests

NOTE = '\n\n[^1]: City Housing Office, "{}", 2 February 2025.'

DEFECTS = {
    "the next sentence carries the mark": (
        "Outreach workers counted 3,200 rough sleepers in the city last winter. "
        "It was the highest count since the survey began.[^1]"
        + NOTE.format("4,100 rough sleepers counted in winter survey")
    ),
    "two sentences on": (
        "The council approved 640 new allotments in the spring. That was the largest release in a decade. "
        "It still leaves long waiting lists in the inner wards.[^1]"
        + NOTE.format("Council approves 460 new allotments")
    ),
    "a share, the mark on the next sentence": (
        "Bus punctuality fell by 18 per cent over the year. The fall is blamed on roadworks on the ring road.[^1]"
        + NOTE.format("Bus punctuality down 11% as roadworks bite")
    ),
}
TRAPS = {
    "the next sentence gives its own figure": (
        "Outreach workers counted 3,200 rough sleepers in the city last winter. "
        "The shelters added 900 beds over the same months.[^1]"
        + NOTE.format("4,100 rough sleepers counted in winter survey")
    ),
    "the same figure restated": (
        "Outreach workers counted about 4,100 rough sleepers in the city last winter. "
        "It was the highest count since the survey began.[^1]"
        + NOTE.format("4,100 rough sleepers counted in winter survey")
    ),
    "the mark in the next paragraph": (
        "Outreach workers counted 3,200 rough sleepers in the city last winter.\n\n"
        "It was the highest count since the survey began.[^1]"
        + NOTE.format("4,100 rough sleepers counted in winter survey")
    ),
    "the next sentence is about something else": (
        "Ireland's register lists about 1,900 small boats under 12 metres. "
        "Norway's coastal fleet works in colder water and longer darkness.[^1]"
        + NOTE.format("Inshore boats under 15 metres: inspections and accidents")
    ),
    "three sentences on": (
        "The council approved 640 new allotments in the spring. That was the largest release in a decade. "
        "It still leaves long waiting lists. They are longest in the inner wards.[^1]"
        + NOTE.format("Council approves 460 new allotments")
    ),
}

test_defect_found, test_trap_silent = variant_tests("NU004", DEFECTS, TRAPS)
