"""The shared pint registry and the unit-word table the numeric extractors read."""

from __future__ import annotations

import subprocess
import sys

import pytest

from claimcheck.claims import units
from claimcheck.claims.units import (
    UNIT_ABBREVIATIONS,
    UNIT_WORDS,
    normalise_unit,
    parse_unit,
    registry,
    same_unit,
    to_base,
)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("km", "kilometer"),
        ("kilometres", "kilometer"),
        ("Kilometers", "kilometer"),
        ("kilometre", "kilometer"),
        ("m", "meter"),
        ("metres", "meter"),
        ("sq ft", "foot ** 2"),
        ("square feet", "foot ** 2"),
        ("square kilometres", "kilometer ** 2"),
        ("km2", "kilometer ** 2"),
        ("km²", "kilometer ** 2"),
        ("cubic metres", "meter ** 3"),
        ("cubic hectometres", "hectometer ** 3"),
        ("hm³", "hectometer ** 3"),
        ("hm3", "hectometer ** 3"),
        ("°C", "degree_Celsius"),
        ("degrees Celsius", "degree_Celsius"),
        ("°F", "degree_Fahrenheit"),
        ("mph", "mile / hour"),
        ("km/h", "kilometer / hour"),
        ("kilometres per hour", "kilometer / hour"),
        ("miles an hour", "mile / hour"),
        ("barrels per day", "oil_barrel / day"),
        ("GW", "gigawatt"),
        ("gigawatts", "gigawatt"),
        ("TWh", "terawatt_hour"),
        ("tonnes", "metric_ton"),
        ("tons", "metric_ton"),
        ("metric tons", "metric_ton"),
        ("percent", "percent"),
        ("%", "percent"),
        ("per cent", "percent"),
        ("percentage points", "percentage_point"),
        ("bps", "basis_point"),
        ("basis points", "basis_point"),
        ("hours", "hour"),
        ("decades", "year"),
        ("MB", "megabyte"),
        ("mb", "megabit"),
        ("lbs", "pound"),
        ("feet", "foot"),
        ("inches", "inch"),
    ],
)
def test_normalise_unit(written: str, expected: str) -> None:
    assert normalise_unit(written) == expected


@pytest.mark.parametrize(
    "written", ["", "   ", "widgets", "G", "pm", "Ultra", "kilometre per widget", "square percent"]
)
def test_normalise_unit_unknown(written: str) -> None:
    assert normalise_unit(written) is None


def test_every_table_unit_parses_in_the_shared_registry() -> None:
    for unit in set(UNIT_WORDS.values()) | set(UNIT_ABBREVIATIONS.values()):
        parse_unit(unit)  # raises ValueError if pint does not know it


def test_table_units_other_than_ours_parse_in_a_plain_pint_registry() -> None:
    import pint

    plain = pint.UnitRegistry()
    ours = {d.split("=")[0].strip() for d in units.EXTRA_DEFINITIONS}
    for unit in set(UNIT_WORDS.values()) | set(UNIT_ABBREVIATIONS.values()):
        if unit in ours:
            continue
        plain.parse_units(unit)


def test_registry_is_built_once() -> None:
    assert registry() is registry()


def test_parse_unit_rejects_unknown() -> None:
    with pytest.raises(ValueError):
        parse_unit("widget")


def test_same_unit_and_to_base() -> None:
    assert same_unit("tonne", "metric_ton")
    assert same_unit("percentage_point", "percent")
    assert not same_unit("meter", "foot")
    assert not same_unit("meter", "widget")
    assert to_base(2.5, "kilometer") == pytest.approx((2500.0, "meter"))
    value, base = to_base(100.0, "degree_Celsius")
    assert value == pytest.approx(373.15) and base == "kelvin"
    assert to_base(25.0, "basis_point")[0] == pytest.approx(0.0025)


def test_decade_is_not_a_unit_of_time_in_pint() -> None:
    """Why the extractor writes decades as years: pint's 'decade' is a factor of ten."""
    assert str(parse_unit("decade").dimensionality) == "dimensionless"
    assert str(parse_unit("year").dimensionality) == "[time]"


def test_importing_units_does_not_import_pint() -> None:
    code = "import sys, claimcheck.claims.units as u; u.normalise_unit('km'); print('pint' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_extracting_numbers_does_not_import_pint_or_dateparser() -> None:
    code = (
        "import sys\n"
        "from claimcheck.extract.numeric import analyse\n"
        "analyse('It rose 12% to 300 km and $5bn, with three new sites.')\n"
        "print('pint' in sys.modules, 'dateparser' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False False"
