"""NU003: a figure the sentence takes as given (claimcheck.extract.linking.taken_as_given)
is compared with its earlier statement though a future or a modal follows it ("the 1.6
million saunas counted in Finland will all need ..."; "Shared across its 96 inspectors, the
backlog ... could"); a figure to come (the object of "will", "new", a relative clause of the
future) is not. Our own sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.rules.test_nu003_context import _nu003

DEFECTS = [
    pytest.param(
        "Some 1.9 million Finnish saunas are heated with wood, most of them at summer cottages.",
        "The emissions rules are the bigger change: the 1.6 million wood-fired saunas counted in Finland "
        "will all need a certified stove by 2030.",
        id="saunas: a future after the participle",
    ),
    pytest.param(
        "In March 2025 the Orland food standards agency employed 84 field inspectors across the province.",
        "Shared across its 96 field inspectors as of March 2025, the Orland backlog of overdue visits is more "
        "than the agency could clear in a year.",
        id="inspectors: an opening phrase led by a participle",
    ),
    pytest.param(
        "The Tamsworth Viaduct, opened in 1849, carries the railway across the Lune valley on 27 brick arches.",
        "Repointing all 24 brick arches on the Tamsworth Viaduct will cost an estimated £2.1 million over five years.",
        id="viaduct: the object of a gerund subject",
    ),
]

TRAPS = [
    pytest.param(
        "The Marlow transit authority bought 350 electric buses in 2024.",
        "The Marlow transit authority will buy 400 electric buses under the second phase.",
        id="buses: the object of the future",
    ),
    pytest.param(
        "The Marlow transit authority bought 350 electric buses in 2024.",
        "The 400 new electric buses for Marlow will arrive under the second phase.",
        id="buses: new ones to come",
    ),
    pytest.param(
        "Dunmore finished 280 council homes on the old gasworks site between 2021 and 2024.",
        "The 320 council homes in Dunmore that will be built on the rail yard should be ready within five years.",
        id="homes: a relative clause of the future",
    ),
]


@pytest.mark.parametrize(("first", "second"), DEFECTS)
def test_given_figure_found(first: str, second: str, tmp_path: Path) -> None:
    assert len(_nu003(first, second, tmp_path)) == 1


@pytest.mark.parametrize(("first", "second"), TRAPS)
def test_figure_to_come_silent(first: str, second: str, tmp_path: Path) -> None:
    assert _nu003(first, second, tmp_path) == []
