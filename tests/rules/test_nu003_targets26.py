"""NU003: a list of targets (under a heading of targets, or items opening with an aim verb,
"Achieve 12,000 monthly visitors") is not compared with a list of current levels; one
target said twice with two values still is."""

from __future__ import annotations

from tests.rules._variants import variant_tests

PAGE = "Traffic has grown since the redesign, and the search page is the most used part of the site.\n\n"

DEFECTS = {
    "one target twice": "## Targets\n\n- 12,000 monthly visitors\n- 120,000 monthly views\n\n## Method\n\n"
    + PAGE
    + "## Next steps\n\nThe target of 14,000 monthly visitors is set for the next quarter, and more.",
}
TRAPS = {
    "targets under their heading": "## Current levels\n\n- 10,000 monthly visitors\n- 100,000 monthly views\n\n"
    + PAGE
    + "## Targets\n\n- 12,000 monthly visitors\n- 120,000 monthly views\n",
    "targets said by their verbs": "## Levels\n\n- 10,000 monthly visitors\n- 100,000 monthly views\n\n"
    + PAGE
    + "## Plan\n\n- Achieve 12,000 monthly visitors\n- Reach 120,000 monthly views\n",
}

test_defect_found, test_trap_silent = variant_tests("NU003", DEFECTS, TRAPS)
