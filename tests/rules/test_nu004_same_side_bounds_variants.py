"""NU004 on a figure bounded on one side in both the text and the cited title (family NU,
session 17): "as much as 3°C" against a title's "up to 5°C", "more than 3 million" against
"over 4 million", "under 200" against "fewer than 250" name one limit each, and the two
limits differ. Traps: the same limit in other words, and a bound in the text only (a range
that holds the title's figure). Our own sentences."""

from __future__ import annotations

from tests.rules._variants import variant_tests


def _cited(sentence: str, title: str) -> str:
    return f'{sentence}[^1]\n\n[^1]: "{title}," Field Notes, 3 March 2025.'


DEFECTS = {
    "as much as / up to": _cited(
        "Shade trees can keep a playground as much as 4°C cooler in July.",
        "Shade trees keep playgrounds up to 7°C cooler in summer",
    ),
    "more than / over": _cited(
        "The scheme has planted more than 2 million hedgerow saplings.",
        "Farmers plant over 3 million hedgerow saplings under the scheme",
    ),
    "fewer than / under": _cited(
        "Fewer than 200 lighthouse keepers remain in service.",
        "Under 350 lighthouse keepers remain in service worldwide",
    ),
}
TRAPS = {
    "same limit in other words": _cited(
        "Shade trees can keep a playground as much as 7°C cooler in July.",
        "Shade trees keep playgrounds up to 7°C cooler in summer",
    ),
    "same lower limit": _cited(
        "The scheme has planted more than 3 million hedgerow saplings.",
        "Farmers plant over 3 million hedgerow saplings under the scheme",
    ),
    "a bound in the text only": _cited(
        "The scheme has planted more than 2 million hedgerow saplings.",
        "Farmers plant 3.1 million hedgerow saplings under the scheme",
    ),
}

test_defect_found, test_trap_silent = variant_tests("NU004", DEFECTS, TRAPS)
