"""AR003 and a list of figures closed by ", or": the last figure is one more choice, not
the one before it restated ("wait 10 minutes, 20 minutes, or 2 hours"). A figure restated
after ", or" with no list before it is still checked. Our own sentences."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    # 12 km = 7.5 miles
    "restated after a comma and or": "The new cycle route runs 12 km, or 9 miles, from the station to the lake.",
    # 20 minutes = 0.33 hours
    "a wrong restatement with no list": "A lorry idled for 20 minutes, or 2 hours, at the depot.",
    # 12 km = 7.5 miles; the figure before is no list item (no comma between)
    "a figure before, not a list": "The trail climbs 300 metres in a walk of 12 km, or 9 miles, to the ridge.",
    # words and a comma between the figure before and the restated one: no list
    "a comma, but words between": "From the car park, 2 km away, the walk runs 12 km, or 9 miles, to the ridge.",
}
TRAPS = {
    "waiting times": "A lorry may idle for 10 minutes, 20 minutes, or 2 hours at the depot.",
    "pool lanes": "The club lets members book lanes of 25 metres, 50 metres, or 100 yards for training.",
    "loaf sizes": "The bakery sells its rye loaf at 400 grams, 800 grams, or two pounds, baked to order.",
    "hedged last choice": "Ferries wait 5 minutes, 15 minutes, or about 2 hours in a storm.",
}

test_defect_found, test_trap_silent = variant_tests("AR003", DEFECTS, TRAPS)
