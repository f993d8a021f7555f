"""NM001 on two shapes of one name written two ways (session 16): a name with an inner
capital written with a hyphen before it ("FloodSafe" / "Flood-Safe"), and a body's name of
three words or more with one word other than its last in the singular and in the plural
("Coastal Fisheries Council" / "Coastal Fishery Council"). Our own sentences; traps: one
form throughout, a plural last word (several bodies), a hyphened pair with no joined form,
two different bodies."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    "inner capital, then hyphen": (
        "The FloodSafe scheme lent pumps to 300 homes. FloodSafe staff visited each street twice.\n\n"
        "Flood-Safe crews were stood down in May."
    ),
    "hyphen first, then inner capital": (
        "Residents joined Blue-Path in March.\n\nBluePath now runs six routes, and BluePath buses are free."
    ),
    "inner capital in a longer name": (
        "The GreenLoop Dundee pilot ran for two years. GreenLoop Dundee recycled 40 tonnes.\n\n"
        "The Green-Loop Dundee team has since moved on."
    ),
    "plural inside a body's name": (
        "The Coastal Fisheries Council sets the quotas. The Coastal Fisheries Council met in May.\n\n"
        "A report by the Coastal Fishery Council found fewer boats."
    ),
    "singular inside a body's name, before 'and'": (
        "The Shipbrokers and Port Agents Association wrote to ministers. The Shipbrokers and Port Agents "
        "Association represents 200 firms.\n\nThe Shipbroker and Port Agents Association later withdrew its letter."
    ),
    "plural inside, with 'of'": (
        "The Board of Harbour Pilots Service trains new pilots. Members of the Board of Harbour Pilots Service "
        "vote each year.\n\nThe Board of Harbour Pilot Service publishes a journal."
    ),
}

TRAPS = {
    "inner capital throughout": (
        "The FloodSafe scheme lent pumps to 300 homes. FloodSafe staff visited each street twice."
    ),
    "hyphened pair alone": ("The Anglo-Irish agreement was signed in 1985. Anglo-Irish trade grew."),
    "plural last word: several bodies": (
        "The Regional Water Authority sets tariffs in the north. The Regional Water Authorities of the "
        "south set their own."
    ),
    "two bodies with different words": (
        "The Coastal Fisheries Council sets quotas, and the Inland Fisheries Council sets licences."
    ),
    "one form throughout": (
        "The Coastal Fisheries Council sets the quotas. A report by the Coastal Fisheries Council found fewer boats."
    ),
}

test_defect_found, test_trap_silent = variant_tests("NM001", DEFECTS, TRAPS)
