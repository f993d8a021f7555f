"""Probes of session 27 for LS002 (a declared count against the items listed), written in
domains of our own, one test group per structural cause; traps of the same shape must stay
silent (a right count, a partial list, a share of another thing, a pair that is no list).

Cause 1: a clause that closes a list of things after its last item, opened by a comma and
"with", "while", "whereas" or "but" ("…, evening classes and online study, with students
free to mix them"), is said of the whole; it was read as one more item, so a right count
was flagged and a wrong count by one passed.

Cause 2: "most" in what a counted subject does is a degree ("Two habits matter most") or a
share of what the subject acts on ("Three groups bear most of the cost"), not a part of the
counted group; lists of names knew it, lists of things read it as a partial word and left
the count uncompared.

Cause 3: a clause of time or condition between a counted noun and its colon ("has four
powers at its disposal when a tenant falls behind: …") says when the things counted apply;
it hid the counted noun, and the list after the colon was not compared with its count.

Cause 4: a past participle alone after a counted noun ("the four ports studied (…)", "the
five councils surveyed, A, B, …,", "at the three farms visited:") says which of them the
writer's work took, as "we studied" or "involved" does; inside a sentence the counted noun
was not read, so the list had no count (or no group) to be held to."""

from __future__ import annotations

from tests.rules._variants import variant_tests

CLOSING_CLAUSE_DEFECTS = {
    "routes, with students free": (
        "The college now offers four routes: day release, evening classes and online study, with students "
        "free to mix them."
    ),
    "services, with patients booking": (
        "The surgery runs three services: dental checks, eye tests, hearing tests and flu jabs, with patients "
        "booking online."
    ),
    "tours, while guides": (
        "The museum runs two tours: the castle walk, the harbour trail and the night tour, while guides are "
        "paid by the hour."
    ),
    "menus, but no dessert": (
        "The canteen serves five dishes: soup, salad, stew and curry, but no dessert on Fridays."
    ),
}
CLOSING_CLAUSE_TRAPS = {
    "routes, with, right count": (
        "The college now offers three routes: day release, evening classes and online study, with students "
        "free to mix them."
    ),
    "services, with, right count": (
        "The surgery runs four services: dental checks, eye tests, hearing tests and flu jabs, with patients "
        "booking online."
    ),
    "with inside an item, right count": ("The kit holds three tools: a spade with a long handle, a rake and a hoe."),
    "including, with": ("The fund backs five crops, including barley, oats and rye, with farmers paid per hectare."),
}
test_ls002_closing_clause_found, test_ls002_closing_clause_trap_silent = variant_tests(
    "LS002", CLOSING_CLAUSE_DEFECTS, CLOSING_CLAUSE_TRAPS
)

MOST_DEFECTS = {
    "habits matter most": "Two habits matter most: sleep, exercise and diet.",
    "groups bear most of the cost": (
        "Three groups bear most of the cost: tenants, landlords, letting agents and councils."
    ),
    "pests cause most of the damage": ("Four pests cause most of the damage: aphids, slugs and vine weevils."),
    "skills count most": "Three skills count most: listening, patience, tact and stamina.",
}
MOST_TRAPS = {
    "matter most, right count": "Two habits matter most: sleep and exercise.",
    "bear most of the cost, right count": (
        "Three groups bear most of the cost: tenants, landlords and letting agents."
    ),
    "most of them, a part of the group": (
        "Four pests, most of them beetles, did the damage: aphids, slugs and vine weevils."
    ),
    "most shares, a count of another thing": (
        "Most of the damage comes from four pests, among them aphids, slugs and vine weevils."
    ),
}
test_ls002_most_found, test_ls002_most_trap_silent = variant_tests("LS002", MOST_DEFECTS, MOST_TRAPS)

WHEN_DEFECTS = {
    "options when a tenant falls behind": (
        "The board has four options at its disposal when a tenant falls behind: a warning, a payment plan, "
        "a court order, a fine and an eviction notice."
    ),
    "powers if a strike is called": (
        "The mayor can use three powers if a strike is called: a curfew, a ban on marches, a cordon and a fine."
    ),
    "checks once a lorry arrives": (
        "Inspectors make two checks once a lorry reaches the port: the weight of the load, the tyres and the brakes."
    ),
}
WHEN_TRAPS = {
    "options when, right count": (
        "The board has five options at its disposal when a tenant falls behind: a warning, a payment plan, "
        "a court order, a fine and an eviction notice."
    ),
    "count inside the clause": (
        "The board acts only when four members agree: the chair, the treasurer and the secretary must sign."
    ),
    "when, such as": (
        "The mayor can use four powers if a strike is called, such as a curfew, a ban on marches and a cordon."
    ),
}
test_ls002_when_found, test_ls002_when_trap_silent = variant_tests("LS002", WHEN_DEFECTS, WHEN_TRAPS)

PARTICIPLE_DEFECTS = {
    "ports studied, brackets mid-sentence": (
        "Across the four ports studied (Rotterdam, Antwerp, Hamburg, Bremen and Le Havre), volumes fell."
    ),
    "councils surveyed, apposition": (
        "The five councils surveyed, Ashby, Brill, Corran and Dunmore, replied within a month."
    ),
    "farms visited, colon": "Yields were lower at the three farms visited: Holm, Kettle, Lowther and Marsh.",
}
PARTICIPLE_TRAPS = {
    "ports studied, right count": (
        "Across the four ports studied (Rotterdam, Antwerp, Hamburg and Le Havre), volumes fell."
    ),
    "participle, then a part of them": (
        "Of the five councils surveyed, three (Ashby, Brill and Corran) replied within a month."
    ),
    "participle, such as": ("Yields were lower at the three farms visited, such as Holm and Kettle."),
    "a verb after a count, then another thing": ("Four firms bid: the tender was won by Ashcroft and Belling."),
}
test_ls002_participle_found, test_ls002_participle_trap_silent = variant_tests(
    "LS002", PARTICIPLE_DEFECTS, PARTICIPLE_TRAPS
)
