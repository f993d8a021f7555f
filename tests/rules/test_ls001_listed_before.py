"""LS001 on a list whose own words say it repeats one given before ("all the values listed
in point 1: …", "the aforementioned collections (…)", "the measures named earlier — … —"):
it is compared with the nearest earlier list of the same members but one, whatever that
list's case or group noun. Our own sentences; each defect gives one finding, each trap none
(a partial mention, some picked, the same members reordered, no pointer, no earlier list
of those members, a partial earlier list)."""

from __future__ import annotations

import pytest

from tests.rules.test_cases import run_rule

DEFECTS = {
    "a colon list after 'listed in point 2', a member dropped": """
1. The orchard trust will publish rules that protect bees, hedgerows, ponds and old trees on every holding.

2. Each tenant must report yearly on all the habitats listed in point 1: bees, hedgerows and old trees.
""",
    "a bracketed list after 'the aforementioned', a member swapped": """
The archive keeps letters, ledgers, maps and photographs from the canal company.

Researchers may copy the aforementioned records (letters, ledgers, maps and posters) by appointment.
""",
    "a dashed list after 'named earlier', names, a member dropped": """
The observatory shares telescope time with Lund, Tartu, Aarhus and Turku.

This winter the universities named earlier — Lund, Tartu and Turku — each received ten nights.
""",
}

TRAPS = {
    "a partial mention after the pointer": """
The archive keeps letters, ledgers, maps and photographs from the canal company.

Some of the records mentioned above, such as maps and photographs, are fragile.
""",
    "some picked from the listed ones": """
The archive keeps letters, ledgers, maps and photographs from the canal company.

Two of the records listed above (maps and photographs) are fragile.
""",
    "the same members in another order": """
The observatory shares telescope time with Lund, Tartu, Aarhus and Turku.

This winter the universities named earlier — Turku, Aarhus, Tartu and Lund — each received ten nights.
""",
    "a shorter mention with no pointer": """
The archive keeps letters, ledgers, maps and photographs from the canal company.

Visitors most often ask for letters, maps and photographs.
""",
    "a pointer with no earlier list of those members": """
The archive keeps letters, ledgers, maps and photographs from the canal company.

The risks listed above: damp, mould and light, are checked each month.
""",
    "the earlier list is a partial one": """
The archive keeps papers, including letters, ledgers, maps and photographs, from the canal company.

The records mentioned above (letters, maps and photographs) are being scanned.
""",
}


@pytest.mark.parametrize("name", sorted(DEFECTS))
def test_defect_found(name: str, tmp_path) -> None:
    found = run_rule("LS001", DEFECTS[name].lstrip(), "markdown", tmp_path)
    assert len(found) == 1, [f.message for f in found]


@pytest.mark.parametrize("name", sorted(TRAPS))
def test_trap_silent(name: str, tmp_path) -> None:
    found = run_rule("LS001", TRAPS[name].lstrip(), "markdown", tmp_path)
    assert found == [], [f.message for f in found]
