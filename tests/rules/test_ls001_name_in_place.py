"""LS001 on members written with where they are in one list ("Hopgate in Leeds") and by
name alone in the other ("Hopgate"): one member, so the two lists are compared. Our own
sentences; each defect gives one finding, each trap none."""

from __future__ import annotations

import pytest

from tests.rules.test_cases import run_rule

DEFECTS = {
    "breweries with their towns, then by name, one swapped": """
In the spring we toured four breweries: Hopgate in Leeds, Maltby in York, Ravensworth in Hull and Cask Lane in Ripon.

All four breweries we toured (Hopgate, Maltby, Ravensworth and Tollgate) pay more for malt than in 2022.
""",
    "clinics by name first, then with their towns, one swapped": """
The trust runs three clinics: Elmwood, Sandgate and Millbrook.

The three clinics it runs (Elmwood in Hythe, Sandgate in Deal and Larkhill in Ramsgate) close at six.
""",
    "lighthouses with their islands, one swapped": """
The society restored four lighthouses: Skerrylight in Unst, Fethaland in Yell, Noss Head in Bressay and Muckle Ness in Fetlar.

The four lighthouses restored (Skerrylight, Fethaland, Noss Head and Holmsgarth) now open in summer.
""",
}

TRAPS = {
    "the same bodies with and without their towns": """
The charity funds three shelters: Harbour House in Dover, Northlight in Whitby and Greystones in Bray.

The three shelters it funds (Greystones, Harbour House and Northlight) share one kitchen budget.
""",
    "two bodies of one name told apart by their places, written alike": """
The society keeps three branches: Ashford in Kent, Ashford in Surrey and Dorking.

The three branches (Ashford in Kent, Ashford in Surrey and Dorking) each elect a chair.
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
