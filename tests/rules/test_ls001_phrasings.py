"""LS001 on member lists restated in other phrasings (issue 12): a bullet list under a
lead-in that counts the group after a date, items written as "the <name> mission", members
named by an acronym the issue defines, "those of A, B and C". Our own sentences; each
defect gives one finding, each trap none."""

from __future__ import annotations

import pytest

from tests.rules.test_cases import run_rule

DEFECTS = {
    "a bullet list of 'the <name> mission' items after a dated lead-in": """
Three other observer missions came, each with its own report: those of the Nordic Council, the Pacific Islands Forum (PIF) and the Arctic Council.

On 4 May the three other observer missions issued a joint statement, signed by the heads of:

- the Nordic Council mission,
- the PIF mission,
- the Andean Community delegation.
""",
    "a bullet list after a lead-in dated with a year": """
Four ports share the dredging bill: Rotterdam, Antwerp, Hamburg and Bremen.

In March 2024 the four ports agreed a new formula, proposed by:

- the Rotterdam port authority,
- the Antwerp port authority,
- the Hamburg port authority,
- the Le Havre port authority.
""",
    "members named by their acronym in the second list": """
Three regional banks fund the corridor: the Asian Development Bank (ADB), the European Investment Bank (EIB) and the World Bank.

The three regional banks (the ADB, the EIB and the African Development Bank) signed the loan in June.
""",
    "a counted list restated with 'those of'": """
Three delegations signed the accord: those of Chile, Peru and Ghana.

The three delegations (Chile, Peru and Kenya) met again a year later.
""",
}

TRAPS = {
    "the same members, one named by its acronym": """
Three regional banks fund the corridor: the Asian Development Bank (ADB), the European Investment Bank (EIB) and the World Bank.

The three regional banks (the ADB, the EIB and the World Bank) signed the loan in June.
""",
    "the same members in bullet items with a trailing noun": """
Three other observer missions came: those of the Nordic Council, the Pacific Islands Forum (PIF) and the Arctic Council.

On 4 May the three other observer missions issued a joint statement, signed by the heads of:

- the Nordic Council mission,
- the PIF mission,
- the Arctic Council delegation.
""",
    "a bullet list of another group's members": """
Three observer missions came: those of the Nordic Council, the Pacific Islands Forum and the Arctic Council.

On 4 May four donor agencies pledged new funds:

- the Nordic Development Fund,
- the Pacific Islands Forum secretariat,
- the Arctic Council secretariat,
- the Andean Community bank.
""",
    "an including list restated as bullets": """
Observer missions came from several bodies, including the Nordic Council, the Arctic Council and the Andean Community.

On 4 May the observer missions issued a joint statement, signed by the heads of:

- the Nordic Council mission,
- the Arctic Council mission,
- the Pacific Islands Forum mission.
""",
    "a dated lead-in for a later year that grows the list": """
As of 2022, three ports shared the dredging bill: Rotterdam, Antwerp and Hamburg.

In March 2024 the ports sharing the bill were, after Bremen joined:

- the Rotterdam port authority,
- the Antwerp port authority,
- the Hamburg port authority,
- the Bremen port authority.
""",
    "two of the three members": """
Three delegations signed the accord: those of Chile, Peru and Ghana.

Two of the three delegations (Chile and Kenya) met again a year later.
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
