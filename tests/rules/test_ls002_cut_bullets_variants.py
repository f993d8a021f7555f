"""LS002 on item lines cut by a page break (session 22): in text taken from a PDF, item lines
that stop at one still ending with a semicolon or a comma, the next line a paragraph after a
blank line, were cut; their count is not compared. Defects are the near misses: the last
item read ends the list with a full stop. Our own text, in domains outside the evaluation set."""

from __future__ import annotations

from tests.rules._variants import variant_tests

WRAP = "Harbour news\n\nSpring meeting\n{}\nPlease write to the secretary if you would like to speak at the meeting.\n"
DEFECTS = [
    "The harbour board will meet in April at the yacht club. Members will hold round\n"
    "table talks covering 3 topics:\n"
    "Dredging of the inner basin;\n"
    "Mooring fees, visitor berths, winter storage.\n",
    "The rowing club will meet in May at the boathouse. Members will hold open\n"
    "talks covering 4 questions:\n"
    "Coaching for new rowers;\n"
    "Boat repairs, oars, trailers;\n"
    "Insurance for the regatta.\n",
]
TRAPS = [
    "The harbour board will meet in April at the yacht club. Members will hold round\n"
    "table talks covering 3 topics:\n"
    "Dredging of the inner basin;\n"
    "Mooring fees, visitor berths, winter storage;\n"
    "\n"
    "Lighting on the north pier - what the council will pay for and when.",
    "The rowing club will meet in May at the boathouse. Members will hold open\n"
    "talks covering 4 questions:\n"
    "Coaching for new rowers;\n"
    "Boat repairs, oars, trailers;\n"
    "\n"
    "Insurance for the regatta;\n"
    "The calendar for next season - who sets it and when it is published.",
]

test_defect_found, test_trap_silent = variant_tests("LS002", DEFECTS, TRAPS, reader="text", wrap=WRAP)
