"""The one pint unit registry claimcheck uses, and the words that name its units.

Two halves, kept apart on purpose:

* :func:`normalise_unit` turns a unit *as written* ("km", "kilometres", "sq ft", "°C",
  "mph", "GW", "tonnes", "per cent", "bps") into a pint unit string ("kilometer",
  "foot ** 2", "degree_Celsius", "mile / hour", …). It is a plain table look-up: no pint
  import, so extractors can call it on the hot path.
* :func:`registry` builds the shared :class:`pint.UnitRegistry` lazily, once
  (``functools.cache``), from pint's bundled definitions only: nothing is downloaded; pint's
  parsed definitions are kept under claimcheck's cache folder (``--no-cache``: none).
  Importing pint and loading the registry costs about 0.2 s + 0.04 s with that cache
  (0.28 s without), so nothing imports pint at module level.
  :func:`parse_unit` and :func:`to_base` are cached on top of it for rules that compare
  quantities.

Conventions the table encodes (documented because they are choices):

* "ton"/"tons" is read as the metric ton, like "tonne"; "short ton"/"long ton" are explicit.
* decades and centuries are not pint units of time (pint's ``decade`` is a logarithmic
  factor of ten), so the extractor writes "two decades" as 20 ``year`` and "a quarter
  century" as 25 ``year``; :data:`YEAR_MULTIPLES` holds the factors.
* "bps" and "basis points" are :data:`basis_point` (defined here: 0.01 percent);
  "percentage points" are ``percentage_point`` (defined here as equal to a percent, so
  the string keeps what was written while pint still compares it).
* lower-case "mb"/"gb" are megabit/gigabit and upper-case "MB"/"GB" megabyte/gigabyte.
"""

from __future__ import annotations

import functools
from claimcheck import lazyre as re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import pint

__all__ = [
    "EXTRA_DEFINITIONS",
    "LENGTH_UNITS",
    "TIME_UNITS",
    "YEAR_MULTIPLES",
    "UNIT_ABBREVIATIONS",
    "UNIT_WORDS",
    "compound_unit",
    "normalise_unit",
    "parse_unit",
    "registry",
    "same_unit",
    "to_base",
]

#: Units claimcheck adds to pint's defaults. Every unit string the extractors write parses
#: in :func:`registry`; all but these also parse in a plain ``pint.UnitRegistry()``.
EXTRA_DEFINITIONS = (
    "basis_point = 0.01 * percent = bps_",
    "percentage_point = percent = ppt_",
)

#: Time spans written with a word pint lacks (or reads otherwise): value × factor years.
YEAR_MULTIPLES = {"decade": 10, "century": 100, "millennium": 1000}

#: pint strings of units of time (what a "duration" quantity may carry).
TIME_UNITS = frozenset({"second", "millisecond", "minute", "hour", "day", "week", "fortnight", "month", "year"})

# --------------------------------------------------------------------------- the table
# Words are matched case-insensitively; each entry lists singular forms and the pint
# string. Plurals are derived (s/es) unless irregular ones are listed.
_WORDS: list[tuple[str, str]] = [
    # length
    ("meter metre", "meter"),
    ("kilometer kilometre", "kilometer"),
    ("centimeter centimetre", "centimeter"),
    ("millimeter millimetre", "millimeter"),
    ("micrometer micrometre micron", "micrometer"),
    ("nanometer nanometre", "nanometer"),
    ("picometer picometre", "picometer"),
    ("decimeter decimetre", "decimeter"),
    ("hectometer hectometre", "hectometer"),
    ("mile", "mile"),
    ("nautical mile", "nautical_mile"),
    ("foot feet", "foot"),
    ("inch inches", "inch"),
    ("yard", "yard"),
    ("light-year light year", "light_year"),
    ("astronomical unit", "astronomical_unit"),
    # area
    ("hectare", "hectare"),
    ("acre", "acre"),
    # volume
    ("liter litre", "liter"),
    ("milliliter millilitre", "milliliter"),
    ("centiliter centilitre", "centiliter"),
    ("hectoliter hectolitre", "hectoliter"),
    ("kiloliter kilolitre", "kiloliter"),
    ("megaliter megalitre", "megaliter"),
    ("gigaliter gigalitre", "gigaliter"),
    ("gallon", "gallon"),
    ("barrel", "oil_barrel"),  # (the oil barrel, 42 US gallons: the barrel of energy and trade writing)
    ("cup", "cup"),
    ("tablespoon", "tablespoon"),
    ("teaspoon", "teaspoon"),
    ("fluid ounce", "fluid_ounce"),
    # mass
    ("gram gramme", "gram"),
    ("kilogram kilogramme kilo", "kilogram"),
    ("milligram milligramme", "milligram"),
    ("microgram microgramme", "microgram"),
    ("tonne metric ton metric tonne ton", "metric_ton"),
    ("kilotonne", "kilometric_ton"),
    ("megatonne", "megametric_ton"),
    ("short ton", "ton"),
    ("long ton", "long_ton"),
    ("pound", "pound"),
    ("ounce", "ounce"),
    ("troy ounce", "troy_ounce"),
    # time
    ("second", "second"),
    ("millisecond", "millisecond"),
    ("minute", "minute"),
    ("hour", "hour"),
    ("day", "day"),
    ("week", "week"),
    ("fortnight", "fortnight"),
    ("month", "month"),
    ("year", "year"),
    # energy, power, frequency
    ("watt", "watt"),
    ("kilowatt", "kilowatt"),
    ("megawatt", "megawatt"),
    ("gigawatt", "gigawatt"),
    ("terawatt", "terawatt"),
    ("kilowatt-hour kilowatt hour", "kilowatt_hour"),
    ("megawatt-hour megawatt hour", "megawatt_hour"),
    ("gigawatt-hour gigawatt hour", "gigawatt_hour"),
    ("terawatt-hour terawatt hour", "terawatt_hour"),
    ("joule", "joule"),
    ("kilojoule", "kilojoule"),
    ("calorie", "calorie"),
    ("kilocalorie", "kilocalorie"),
    ("horsepower", "horsepower"),
    ("hertz", "hertz"),
    ("kilohertz", "kilohertz"),
    ("megahertz", "megahertz"),
    ("gigahertz", "gigahertz"),
    # data
    ("bit", "bit"),
    ("byte", "byte"),
    ("kilobyte", "kilobyte"),
    ("megabyte", "megabyte"),
    ("gigabyte", "gigabyte"),
    ("terabyte", "terabyte"),
    ("petabyte", "petabyte"),
    ("kilobit", "kilobit"),
    ("megabit", "megabit"),
    ("gigabit", "gigabit"),
    # speed
    ("knot", "knot"),
    # pressure ("350 bar" has no plural: "bars" are counted things, not a unit)
    ("pascal", "pascal"),
    ("hectopascal", "hectopascal"),
    ("kilopascal", "kilopascal"),
    ("megapascal", "megapascal"),
    ("millibar", "millibar"),
    # temperature
    (
        "degree celsius degrees celsius degree centigrade degrees centigrade celsius centigrade "
        "celcius degree celcius degrees celcius deg celsius deg c degree c degrees c",
        "degree_Celsius",
    ),
    (
        "degree fahrenheit degrees fahrenheit fahrenheit farenheit degree farenheit "
        "degrees farenheit deg fahrenheit deg f degree f degrees f",
        "degree_Fahrenheit",
    ),
    ("kelvin", "kelvin"),
    # ratios
    ("percent per cent percentage pct", "percent"),
    ("percentage point percentage-point", "percentage_point"),
    ("basis point", "basis_point"),
    ("permille per mille", "permille"),
    # angles
    ("degree", "degree"),
    ("radian", "radian"),
    ("turn", "turn"),
]

#: Irregular or unwanted plurals: surface -> pint string.
_IRREGULAR = {
    "feet": "foot",
    "inches": "inch",
    "degrees": "degree",
    "percents": "percent",
    "celsius": "degree_Celsius",
    "kelvins": "kelvin",
    "hertz": "hertz",
    "horsepower": "horsepower",
}

#: Case-sensitive abbreviations and symbols.
UNIT_ABBREVIATIONS: dict[str, str] = {
    "km": "kilometer",
    "m": "meter",
    "cm": "centimeter",
    "mm": "millimeter",
    "µm": "micrometer",
    "μm": "micrometer",
    "nm": "nanometer",
    "dm": "decimeter",
    "mi": "mile",
    "ft": "foot",
    "yd": "yard",
    "nmi": "nautical_mile",
    "km2": "kilometer ** 2",
    "km²": "kilometer ** 2",
    "m2": "meter ** 2",
    "m²": "meter ** 2",
    "m3": "meter ** 3",
    "m³": "meter ** 3",
    "hm3": "hectometer ** 3",  # a reservoir's or a plant's yearly volume in Spain: "40 hm³"
    "hm³": "hectometer ** 3",
    # a billion cubic metres (a reservoir's, a gas field's or a pipeline's volume: "64 bcm")
    "bcm": "kilometer ** 3",
    "cm2": "centimeter ** 2",
    "cm3": "centimeter ** 3",
    "sq km": "kilometer ** 2",
    "sq. km": "kilometer ** 2",
    "sq ft": "foot ** 2",
    "sq. ft": "foot ** 2",
    "sq. ft.": "foot ** 2",
    "sq mi": "mile ** 2",
    "sq. mi": "mile ** 2",
    "sq m": "meter ** 2",
    "ha": "hectare",
    "l": "liter",
    "L": "liter",
    "ml": "milliliter",
    "mL": "milliliter",
    "cl": "centiliter",
    "bbl": "oil_barrel",
    "gal": "gallon",
    "kg": "kilogram",
    "g": "gram",
    "mg": "milligram",
    "µg": "microgram",
    "μg": "microgram",
    "mcg": "microgram",
    "t": "metric_ton",
    "Mt": "megametric_ton",
    "kt": "kilometric_ton",
    "Gt": "gigametric_ton",
    "lb": "pound",
    "lbs": "pound",
    "oz": "ounce",
    "s": "second",
    "sec": "second",
    "secs": "second",
    "ms": "millisecond",
    "min": "minute",
    "mins": "minute",
    "h": "hour",
    "hr": "hour",
    "hrs": "hour",
    "yr": "year",
    "yrs": "year",
    "yo": "year",
    "y.o.": "year",
    "km/h": "kilometer / hour",
    "km/hr": "kilometer / hour",
    "kph": "kilometer / hour",
    "kmph": "kilometer / hour",
    "kmh": "kilometer / hour",
    "mph": "mile / hour",
    "m/s": "meter / second",
    "kn": "knot",
    "kts": "knot",
    "bar": "bar",
    "mbar": "millibar",
    "psi": "psi",
    "hPa": "hectopascal",
    "kPa": "kilopascal",
    "MPa": "megapascal",
    "GPa": "gigapascal",
    "W": "watt",
    "kW": "kilowatt",
    "MW": "megawatt",
    "GW": "gigawatt",
    "TW": "terawatt",
    "Wh": "watt_hour",
    "kWh": "kilowatt_hour",
    "MWh": "megawatt_hour",
    "GWh": "gigawatt_hour",
    "TWh": "terawatt_hour",
    "MWe": "megawatt",
    "GWe": "gigawatt",
    "J": "joule",
    "kJ": "kilojoule",
    "MJ": "megajoule",
    "GJ": "gigajoule",
    "kcal": "kilocalorie",
    "hp": "horsepower",
    "Hz": "hertz",
    "kHz": "kilohertz",
    "MHz": "megahertz",
    "GHz": "gigahertz",
    "THz": "terahertz",
    "KB": "kilobyte",
    "kB": "kilobyte",
    "MB": "megabyte",
    "GB": "gigabyte",
    "TB": "terabyte",
    "PB": "petabyte",
    "kb": "kilobit",
    "Kb": "kilobit",
    "mb": "megabit",
    "Mb": "megabit",
    "gb": "gigabit",
    "Gb": "gigabit",
    "kbps": "kilobit / second",
    "Kbps": "kilobit / second",
    "Mbps": "megabit / second",
    "Mbit/s": "megabit / second",
    "Gbps": "gigabit / second",
    "Gbit/s": "gigabit / second",
    "%": "percent",
    "‰": "permille",
    "pp": "percentage_point",
    "bps": "basis_point",
    "bp": "basis_point",
    "°C": "degree_Celsius",
    "ºC": "degree_Celsius",
    "° C": "degree_Celsius",
    "℃": "degree_Celsius",
    "°F": "degree_Fahrenheit",
    "ºF": "degree_Fahrenheit",
    "° F": "degree_Fahrenheit",
    "℉": "degree_Fahrenheit",
    "°": "degree",
    "º": "degree",
    "° Celsius": "degree_Celsius",
    "°Celsius": "degree_Celsius",
    "° Fahrenheit": "degree_Fahrenheit",
    "°Fahrenheit": "degree_Fahrenheit",
    "rad": "radian",
}


def _plurals(word: str) -> list[str]:
    if word.endswith(("s", "x", "ch", "sh")):
        return [word, word + "es"]
    if word.endswith("y") and not word.endswith(("ay", "ey", "oy", "uy")):
        return [word, word[:-1] + "ies"]
    return [word, word + "s"]


def _build_words() -> dict[str, str]:
    out: dict[str, str] = {}
    for forms, pint_name in _WORDS:
        # multi-word forms are written with single spaces in the table; split on the
        # double role of the space: forms are separated by spaces, but known multi-word
        # forms are recognised greedily below.
        for form in _split_forms(forms):
            head, _, tail = form.rpartition(" ")
            if form.startswith(("degree ", "degrees ", "deg ")) or tail in {"celsius", "c", "f"}:
                out.setdefault(form, pint_name)
                continue
            for plural in _plurals(tail):
                out.setdefault(f"{head} {plural}".strip(), pint_name)
    out.update(_IRREGULAR)
    return out


_MULTI = (
    "nautical mile",
    "light year",
    "astronomical unit",
    "fluid ounce",
    "troy ounce",
    "metric ton",
    "metric tonne",
    "short ton",
    "long ton",
    "kilowatt hour",
    "megawatt hour",
    "gigawatt hour",
    "terawatt hour",
    "per cent",
    "percentage point",
    "basis point",
    "per mille",
    "degree celsius",
    "degrees celsius",
    "degree centigrade",
    "degrees centigrade",
    "degree celcius",
    "degrees celcius",
    "deg celsius",
    "deg c",
    "degree c",
    "degrees c",
    "degree fahrenheit",
    "degrees fahrenheit",
    "degree farenheit",
    "degrees farenheit",
    "deg fahrenheit",
    "deg f",
    "degree f",
    "degrees f",
)


def _split_forms(forms: str) -> list[str]:
    out: list[str] = []
    rest = f" {forms} "
    for multi in sorted(_MULTI, key=len, reverse=True):
        needle = f" {multi} "
        while needle in rest:
            out.append(multi)
            rest = rest.replace(needle, " ", 1)
    out.extend(rest.split())
    return out


def _unit_words() -> dict[str, str]:
    """:func:`_build_words`, kept in the cache folder (``unit-words-*.marshal``, tied to this
    file: the table is made from its lists alone): building it took about 6 M instructions,
    half a per cent of a short run (docs/speed.md, sixteenth pass)."""
    from claimcheck import cache

    words = cache.load_or_build("unit-words", [__file__], _build_words)
    return words if isinstance(words, dict) else _build_words()


#: Unit words (lower case, singular and plural) -> pint string.
UNIT_WORDS: dict[str, str] = _unit_words()

_SPACES = re.compile(r"\s+")
_SQUARE = re.compile(r"^(?:square|sq\.?)\s+(.+)$", re.IGNORECASE)
_CUBIC = re.compile(r"^(?:cubic|cu\.?)\s+(.+)$", re.IGNORECASE)
_PER = re.compile(r"^(.+?)\s*(?:/|\s+per\s+|\s+an?\s+)\s*(.+)$", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def normalise_unit(written: str) -> str | None:
    """The pint unit string for a unit as written, or ``None`` when it is not one we know.

    >>> normalise_unit("kilometres"), normalise_unit("sq ft"), normalise_unit("mph")
    ('kilometer', 'foot ** 2', 'mile / hour')
    """
    text = _SPACES.sub(" ", written.strip())
    if not text:
        return None
    if text in UNIT_ABBREVIATIONS:
        return UNIT_ABBREVIATIONS[text]
    low = text.lower()
    if low in UNIT_WORDS:
        return UNIT_WORDS[low]
    if low in YEAR_MULTIPLES or low.rstrip("s") in YEAR_MULTIPLES or low in ("centuries", "millennia"):
        return "year"
    m = _SQUARE.match(text)
    if m:
        base = normalise_unit(m.group(1))
        return f"{base} ** 2" if base and _is_simple(base) else None
    m = _CUBIC.match(text)
    if m:
        base = normalise_unit(m.group(1))
        return f"{base} ** 3" if base and _is_simple(base) else None
    m = _PER.match(text)
    if m:
        return compound_unit(normalise_unit(m.group(1)), normalise_unit(m.group(2)))
    return None


#: Units that may be squared or cubed ("square kilometres", "cubic feet").
LENGTH_UNITS = frozenset(
    {
        "meter",
        "kilometer",
        "hectometer",
        "centimeter",
        "millimeter",
        "decimeter",
        "mile",
        "foot",
        "inch",
        "yard",
        "nautical_mile",
    }
)


def _is_simple(unit: str | None) -> bool:
    return unit in LENGTH_UNITS


def compound_unit(numerator: str | None, denominator: str | None) -> str | None:
    """``"kilometer", "hour"`` -> ``"kilometer / hour"``; ``None`` if either part is missing."""
    if not numerator or not denominator or "/" in numerator or "/" in denominator:
        return None
    return f"{numerator} / {denominator}"


# --------------------------------------------------------------------------- pint side
@functools.cache
def registry() -> "pint.UnitRegistry[Any]":
    """The shared registry: pint's bundled definitions plus :data:`EXTRA_DEFINITIONS`.

    Built on first use only; pint reads its definition files from the installed package
    and never touches the network. pint keeps its parsed definitions in ``pint/`` under
    claimcheck's cache folder (:mod:`claimcheck.cache`; none with ``--no-cache``), which
    makes building the registry seven times faster after the first run.
    """
    import pint

    from claimcheck import cache

    base = cache.folder()
    reg: pint.UnitRegistry[Any] = pint.UnitRegistry(cache_folder=str(base / "pint") if base is not None else None)
    for definition in EXTRA_DEFINITIONS:
        reg.define(definition)
    return reg


#: checked before pint computes anything: a power whose exponent is not a plain number of at
#: most two digits, or a power of a power (``2**2**2**2**2**2`` never finishes)
_UNSAFE_POWER = re.compile(r"(?:\*\*|\^)\s*+(?!-?\d{1,2}(?:\.\d+)?(?!\s*(?:\*\*|\^|\d|\.)))")


@functools.lru_cache(maxsize=1024)
def parse_unit(unit: str) -> Any:
    """The pint ``Unit`` for a unit string (cached); raises ``ValueError`` if unknown."""
    if len(unit) > 200 or _UNSAFE_POWER.search(unit):
        raise ValueError(f"not a unit: {unit!r} (a power of a power, or an exponent beyond 99)")
    reg = registry()
    try:
        return reg.parse_units(unit)
    except Exception as exc:  # pint raises several error types
        raise ValueError(f"not a unit: {unit!r} ({exc})") from None


@functools.lru_cache(maxsize=1024)
def _factor(unit: str) -> tuple[float, str]:
    q = registry().Quantity(1.0, parse_unit(unit)).to_base_units()
    return float(q.magnitude), str(q.units)


def to_base(value: float, unit: str) -> tuple[float, str]:
    """``value unit`` in base units (``(2.5, "kilometer")`` -> ``(2500.0, "meter")``).

    Offset units (°C, °F) are converted through pint's offset arithmetic. A unit's factor
    (or that it is an offset unit, or not a unit) is kept in the cache folder
    (:func:`_base_of`), so a run that only converts units it met before imports no pint.
    """
    answer = _base_of(unit)
    if answer[0] == "factor":
        return value * answer[1], answer[2]
    if answer[0] == "error":
        raise ValueError(answer[1])
    reg = registry()  # offset unit: no plain factor
    q = reg.Quantity(value, parse_unit(unit)).to_base_units()
    return float(q.magnitude), str(q.units)


#: to_base's answer for each unit: ``("factor", factor, base unit)``, ``("offset",)`` or
#: ``("error", message)``; read from the cache folder on first use, new ones kept at exit
_BASES: dict[str, tuple[Any, ...]] | None = None
_NEW_BASES: dict[str, tuple[Any, ...]] = {}
_MAX_BASES = 2000  # unit strings come from drafts: the file must not grow for ever


def _base_of(unit: str) -> tuple[Any, ...]:
    """What :func:`to_base` needs of ``unit``, exactly as pint gives it: the factor and the
    base unit of :func:`_factor`, that it is an offset unit, or the message of
    :func:`parse_unit`'s ``ValueError``. Taken from the cache folder's table when there,
    else computed with pint (errors other than a unit pint cannot read are not kept)."""
    global _BASES
    if _BASES is None:
        from claimcheck import cache

        _BASES = cache.read_table(_bases_file())
    answer = _BASES.get(unit) or _NEW_BASES.get(unit)
    if answer is None:
        try:
            parsed = parse_unit(unit)
        except ValueError as exc:
            answer = ("error", str(exc))
        else:
            if registry().Quantity(1.0, parsed)._ok_for_muldiv():
                answer = ("factor", *_factor(unit))
            else:
                answer = ("offset",)
        _NEW_BASES[unit] = answer
    return answer


def _bases_file() -> Any:
    """The cache file of :func:`_base_of`'s table, tied to pint's installed definitions and
    code and to this module (its extra definitions), or None (no cache folder)."""
    from claimcheck import cache

    pint_files = [cache.package_file("pint", name) for name in ("__init__.py", "default_en.txt")]
    if any(f is None for f in pint_files):
        return None
    return cache.tied_file("unit-bases", [*(f for f in pint_files if f is not None), __file__])


def _forget_bases() -> None:
    global _BASES
    _BASES = None


def save_bases() -> None:
    """Keep the units converted in this process in the cache folder (done at exit)."""
    if not _NEW_BASES:
        return
    from claimcheck import cache

    path = _bases_file()
    if cache.save_table(path, cache.read_table(path), _NEW_BASES, _MAX_BASES):
        _NEW_BASES.clear()
        _forget_bases()


def _register() -> None:
    import atexit

    from claimcheck import cache

    cache.on_configure(_forget_bases)
    atexit.register(save_bases)


_register()


def same_unit(a: str, b: str) -> bool:
    """Whether two unit strings name the same unit (same dimension, factor 1)."""
    if a == b:
        return True
    try:
        pa, pb = parse_unit(a), parse_unit(b)
    except ValueError:
        return False
    if pa.dimensionality != pb.dimensionality:
        return False
    try:
        factor = registry().Quantity(1.0, pa).to(pb).magnitude
    except Exception:
        return False
    return abs(factor - 1.0) < 1e-9
