"""NU003: a restated count whose noun is renamed ("kennels" / "boarding houses", "claims" /
"applications"). One of the two nouns is counted nowhere else in the draft, the two
sentences give the same year, the values are close and the contexts are tied by a name or
by much shared context. Traps of the same shape (a second thing the text keeps count of,
another year, another place, values far apart, no anchor at all) stay silent. Our own
sentences (dog kennels, river ferries, allotments, seed banks, museums, libraries), in the
report body of test_nu003_context."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.rules.test_nu003_context import _nu003


DEFECTS = {
    "kennels renamed boarding houses, a name and a year shared": (
        "Cornwall saw the closure of 214 kennels for working dogs since 2020, the breeders' guild says.",
        "The loss of more than 250 boarding houses for working dogs in Cornwall since 2020 hurts shepherds, "
        "the breeders' guild says.",
    ),
    "claims renamed applications, two digits swapped": (
        "Ferry users on the Tamar lodged 4,620 compensation claims in 2023 after cancelled crossings.",
        "For the Tamar crossings, the operator processed 4,260 applications for compensation from ferry users in 2023.",
    ),
}

TRAPS = {
    "two things the text keeps count of": (
        "Cornwall saw the closure of 214 kennels for working dogs since 2020, and of 90 boarding houses, "
        "the breeders' guild says.",
        "The loss of more than 250 boarding houses for working dogs in Cornwall since 2020 hurts shepherds, "
        "and 40 kennels went too.",
    ),
    "another year": (
        "Ferry users on the Tamar lodged 4,620 compensation claims in 2023 after cancelled crossings.",
        "For the Tamar crossings, the operator processed 4,260 applications for compensation from ferry users in 2024.",
    ),
    "another county": (
        "Cornwall saw the closure of 214 kennels for working dogs since 2020, the breeders' guild says.",
        "The loss of more than 250 boarding houses for working dogs in Devon since 2020 hurts shepherds, "
        "the breeders' guild says.",
    ),
    "values too far apart for a slip": (
        "Tenants in Leeds gave up 310 allotment plots in 2024.",
        "Leeds allotment societies re-let 420 garden strips to new tenants in 2024.",
    ),
    "no year said by either": (
        "The Kew seed bank holds 2,400 packets of wild orchid seed.",
        "The Kew seed bank sent 2,650 envelopes of wild orchid seed to partner gardens.",
    ),
    "little context in common": (
        "The city museums lent 1,150 objects to other institutions in 2024.",
        "Visitors borrowed 1,280 books from the museum library in 2024.",
    ),
}


@pytest.mark.parametrize(("first", "second"), list(DEFECTS.values()), ids=list(DEFECTS))
def test_renamed_count_found(first: str, second: str, tmp_path: Path) -> None:
    assert len(_nu003(first, second, tmp_path)) == 1


@pytest.mark.parametrize(("first", "second"), list(TRAPS.values()), ids=list(TRAPS))
def test_renamed_count_trap_silent(first: str, second: str, tmp_path: Path) -> None:
    assert _nu003(first, second, tmp_path) == []
