"""NU003 probes of session 27 (nu27b): a figure written as a fraction of a scale word ("a
third of a million", "two-thirds of a billion", "a quarter of a million"), in other domains
than the drafts they stand for.

The number reader joined the fraction and the scale into one number, but the claims were
read from its parts again: "a third of a million cubic metres" was one million cubic metres,
its fraction a word of its subject. A fraction of a scale with its article is one figure
(to the whole unit: a third of a million is 333,333), as "half a million" was.

Traps: a correct restatement (rounded as the fraction is), a share of a figure said after
"the" ("a third of the 1.2 million tenants"), a fraction of a span ("a third of a
million-year span"), another period, another named thing."""

from __future__ import annotations

from tests.rules._variants import variant_tests
from tests.rules.test_nu003_probes25 import apart

FORMS = {
    "reservoir volume, a third of a million": apart(
        "The Lac Vert reservoir holds 420,000 cubic metres of water for the snow cannons.",
        "Filling the Lac Vert reservoir, roughly a third of a million cubic metres of water, takes a month.",
    ),
    "petition signatures, two-thirds of a million": apart(
        "The petition against the hospital closure gathered 510,000 signatures in 2024.",
        "Two-thirds of a million signatures on the hospital petition in 2024 did not change the board's mind.",
    ),
    "bond issue, a quarter of a billion pounds": apart(
        "The harbour board issued a bond of £310 million in 2023 to pay for the new quays.",
        "The harbour board's 2023 bond of a quarter of a billion pounds paid for the new quays.",
    ),
    "households cut off, a third of a million": apart(
        "The ice storm of January 2024 left 460,000 households without power in the province.",
        "A third of a million households in the province lost power in the ice storm of January 2024.",
    ),
}

FORMS_TRAPS = {
    "a correct restatement": apart(
        "The Lac Vert reservoir holds 340,000 cubic metres of water for the snow cannons.",
        "Filling the Lac Vert reservoir, roughly a third of a million cubic metres of water, takes a month.",
    ),
    "a correct restatement, two-thirds": apart(
        "The petition against the hospital closure gathered 660,000 signatures in 2024.",
        "Two-thirds of a million signatures on the hospital petition in 2024 did not change the board's mind.",
    ),
    "a share of a figure after the": apart(
        "The province has 1.2 million households.",
        "A third of the 1.2 million households in the province lost power in the ice storm.",
    ),
    "another year": apart(
        "The petition against the hospital closure gathered 510,000 signatures in 2024.",
        "Two-thirds of a million signatures on the school petition in 2021 did not change the council's mind.",
    ),
    "another named thing": apart(
        "The Lac Vert reservoir holds 420,000 cubic metres of water for the snow cannons.",
        "The Col Blanc reservoir, roughly a third of a million cubic metres of water, fills in a month.",
    ),
}

FORMS_MISSED: dict[str, str] = {}

test_fraction_of_scale_found, test_fraction_of_scale_trap_silent = variant_tests(
    "NU003", FORMS, FORMS_TRAPS, FORMS_MISSED
)
