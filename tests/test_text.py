"""The shared text helpers of claimcheck.text."""

from __future__ import annotations

import pytest

from claimcheck.text import singular


@pytest.mark.parametrize(
    ("plural", "expected"),
    [
        ("countries", "country"),
        ("boxes", "box"),
        ("churches", "church"),
        ("dishes", "dish"),
        ("classes", "class"),
        ("ports", "port"),
        ("glass", "glass"),  # -ss: not a plural
        ("status", "status"),  # -us
        ("analysis", "analysis"),  # -is
        ("gas", "gas"),  # three letters: left as written
        ("co2s", "co2s"),  # digits: left as written
        ("port", "port"),
    ],
)
def test_singular(plural: str, expected: str) -> None:
    assert singular(plural) == expected


def test_the_counted_thing_and_the_registry_key_share_the_singular() -> None:
    """The subject of a count and the registry's key of a thing agree on the head noun."""
    from claimcheck.extract.subjects import thing_key as subject_key
    from claimcheck.registry.matching import thing_key as registry_key

    assert subject_key("the new ports") == "new port"
    assert registry_key("the 5G base stations") == "5g base station"
    assert subject_key("boxes") == registry_key("boxes") == "box"
