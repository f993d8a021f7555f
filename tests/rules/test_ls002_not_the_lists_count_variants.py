"""LS002 on counts that are no count of the list's items (session 22): a breakdown whose items
carry figures adding up to the count; a count of people or things over a list of their kinds
in the plural; and one item more than the count where an inner list of objects closes inside
an item. Traps are those; defects the near misses (a breakdown that does not add up, a count
of kinds, no inner list). Our own sentences, in domains outside the evaluation set."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = [
    "The marina fleet has 24 boats: 10 dinghies and 8 keelboats.",
    "The choir has three sections: sopranos, altos, tenors and basses.",
    "The shelter took in five species: foxes, badgers, hedgehogs and owls.",
    "The library runs four services: lending, archives, a reading room, a print shop, and a café.",
    "The board has three members: Ana Lopes, Ben Ortiz, Carla Smit and Dan Wu.",
]
TRAPS = [
    "The marina fleet has 18 boats: 10 dinghies and 8 keelboats.",
    "The depot keeps 18 buses: twelve double-deckers and six minibuses.",
    "We interviewed 31 people: shepherds, vets, hauliers and auctioneers.",
    "The survey reached 250 households: tenants, owner-occupiers and lodgers.",
    "The port tried three remedies: dredging and widening the channel, rules on landing timber, cement and steel at night, and, from May, a new pilot boat.",
    "The mill adopted two changes: limits on storing flour, oats and bran near the ovens, and a daily safety walk.",
]

test_defect_found, test_trap_silent = variant_tests("LS002", DEFECTS, TRAPS)
