"""NU003 (session 29, nu29): a figure a supposing sentence names as known is a record for
the general linker too ("If even a quarter of the 1.52 million containers that passed
through ... moved by rail, ..."), and a definite restatement that says its year again in
another noun ("Most of the 3,310 people seen at the clinic in 2023") restates the one
earlier count of that year. Near misses stay silent: a supposed value, another year, another
place, a rival count of the same year, a value too far, another role of the same body. Our
own sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.rules.test_nu003_context import _nu003

_QUAY = "Harlow Quay handled 1.38 million containers in 2024, a record for the port."
_ORSK = "In 2024 the Orsk forestry agency planted 41,000 saplings on the burnt slopes above the lake."
_CLINIC = "During 2023 the Lenmouth audiology clinic treated 2,940 patients with hearing loss."
_HOLLIN = "Hollin council received 5,820 planning applications in 2024."

DEFECTS = [
    pytest.param(
        _QUAY,
        "If even a quarter of the 1.52 million containers that passed through Harlow Quay in 2024 moved by rail, "
        "the ring road would be far quieter.",
        id="known figure in a supposing sentence ('a quarter of' is no rate)",
    ),
    pytest.param(
        _CLINIC,
        "Most of the 3,310 people seen at the Lenmouth audiology clinic in 2023 were over sixty.",
        id="renamed: patients restated as people, the year said again",
    ),
    pytest.param(
        "The Pellow museum counted 8,150 visitors in 2022, its first full year after the refit.",
        "Of the 9,020 guests who came through the Pellow museum doors in 2022, a third were children.",
        id="renamed: visitors restated as guests",
    ),
]

TRAPS = [
    pytest.param(
        _QUAY,
        "If Harlow Quay handled 1.52 million containers in 2024, the ring road would be far busier.",
        id="a supposed value, not a known one",
    ),
    pytest.param(
        _QUAY,
        "Suppose the 1.52 million containers of a good year passed through Harlow Quay: the ring road would jam.",
        id="an outright supposition",
    ),
    pytest.param(
        _QUAY,
        "If even a quarter of the 1.52 million containers that pass through Harlow Quay each quarter moved by rail, "
        "the ring road would be quieter.",
        id="a quarterly figure against a year's",
    ),
    pytest.param(
        _QUAY,
        "If a quarter of the port's traffic moved by rail, Harlow Quay could handle 1.52 million containers a year.",
        id="a capacity supposed",
    ),
    pytest.param(
        "In 2024 the Orsk forestry agency planted 41,000 saplings on the burnt slopes and trained 52,000 volunteers.",
        "Of the 46,000 young trees put in on the Orsk slopes during 2024, most were pines.",
        id="renamed: a rival count of the same year",
    ),
    pytest.param(
        "In 2023 the Orsk forestry agency planted 41,000 saplings on the burnt slopes above the lake.",
        "Of the 46,000 young trees put in on the Orsk slopes during 2024, most were pines.",
        id="renamed: another year",
    ),
    pytest.param(
        _ORSK,
        "Of the 46,000 young trees put in on the Varta slopes during 2024, most were pines.",
        id="renamed: another place",
    ),
    pytest.param(
        _ORSK,
        "Of the 66,000 young trees put in on the Orsk slopes during 2024, most were pines.",
        id="renamed: a value too far to be a slip",
    ),
    pytest.param(
        _CLINIC,
        "Most of the 3,310 people on the Lenmouth audiology clinic waiting list in 2022 were over sixty.",
        id="renamed: another year said again",
    ),
    pytest.param(
        _HOLLIN,
        "Of the 6,240 appeals against planning refusals that Hollin council heard in 2024, most failed.",
        id="renamed: another step of the same process",
    ),
    pytest.param(
        _HOLLIN,
        "Of the 6,240 households Hollin council rehoused in 2024, most had waited over a year.",
        id="renamed: another thing the same body counts",
    ),
]


@pytest.mark.parametrize(("first", "second"), DEFECTS)
def test_known_or_renamed_restatement_found(first: str, second: str, tmp_path: Path) -> None:
    assert len(_nu003(first, second, tmp_path)) == 1


@pytest.mark.parametrize(("first", "second"), TRAPS)
def test_near_miss_silent(first: str, second: str, tmp_path: Path) -> None:
    assert _nu003(first, second, tmp_path) == []
