"""pint's side of the units: its registry, which of its units are those of everyday measurement, conversions.

Split from :mod:`mt_audit.units` (which reads unit words in a language's text) so that the question "what unit
is this name, and does it measure a compared dimension" has one home; :mod:`mt_audit.units` re-exports
:func:`convert` and :func:`convertible`.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pint

#: Dimensions of the measurements compared: length, area, volume, mass, temperature, speed, durations
#: ("10000 nanoseconds" is "zehn Mikrosekunden"), power and energy ("900 MW", "5 kWh"); times of day and money
#: have their own readings.
UNIT_DIMENSIONS = frozenset(
    (
        "[length]",
        "[length] ** 2",
        "[length] ** 3",
        "[mass]",
        "[temperature]",
        "[length] / [time]",
        "[time]",
        "[power]",
        "[energy]",
    )
)
#: pint units whose names are ordinary words or far from everyday measurement ("5 points", "two quarters").
RARE_UNITS = frozenset(
    "are section quarter fifth bag shake barn stone cup point link rod pole chain league cable drop grain barrel "
    "pace thou speed_of_light unified_atomic_mass_unit astronomical_unit light_year parsec bushel peck dram gill "
    "slug darcy cicero fermi bohr dalton eon furlong carat pica line hand span perch teaspoon tablespoon "
    "square_survey_mile shot slinch lambda".split()
)
#: Words that may start a unit of two words ("square feet", "degrees Fahrenheit", "Grad Celsius").
UNIT_LEAD = frozenset("square sq sq. cubic cu degree degrees grad".split())


@cache
def unit_registry() -> pint.UnitRegistry:
    """pint's registry, loaded on first use (it takes half a second)."""
    import pint

    ureg = pint.UnitRegistry()
    for unit in CLDR_ONLY:
        ureg.define(unit)
    return ureg


#: CLDR's everyday units that pint lacks, with CLDR's own conversions (units.xml): the dunam of the Levant
#: and Turkey, the Swedish and Norwegian "mil".
CLDR_ONLY = ("dunam = 1000 * meter ** 2", "scandinavian_mile = 10000 * meter")


def pint_expr(cldr_id: str) -> str:
    """pint's expression for a CLDR unit id: "area-square-meter" → "meter**2", "speed-mile-per-hour" → "mile/hour"."""
    name = cldr_id.split("-", 1)[1].replace("-per-", "/")
    name = {
        "tonne": "metric_ton",
        "celsius": "degree_Celsius",
        "fahrenheit": "degree_Fahrenheit",
        "mile-scandinavian": "scandinavian_mile",
    }.get(name, name)
    for lead, power in (("square-", "**2"), ("cubic-", "**3")):
        if name.startswith(lead):
            name = name[len(lead) :] + power
    return name.replace("nautical-mile", "nautical_mile")


@cache
def cldr_pint(cldr_id: str) -> str:
    """The pint unit a CLDR unit id names ("length-kilometer" → "kilometer"), "" where pint reads none."""
    return pint_unit(pint_expr(cldr_id), spelt=False)


def pint_unit(expr: str, spelt: bool = True) -> str:
    """The unit ``expr`` names, if pint reads it, it measures a compared dimension and (``spelt``) each of its
    words is a unit written whole."""
    if not expr:
        return ""
    try:
        units = unit_registry().parse_units(expr)
    except Exception:  # pint raises several error types for words that are no unit
        return ""
    if units.dimensionality not in _dimensions() or any(u in RARE_UNITS for u in units._units):
        return ""
    words = expr.replace("/", " ").replace("*", " ").split()
    if spelt and not all(_spelt_out(w) for w in words if w not in UNIT_LEAD and w != "per"):
        return ""
    return TON_ALIKE.get(str(units), str(units))


#: Tons of every kind, read as the metric tonne: most languages call the tonne "ton" (CLDR's Korean "톤", Thai
#: "ตัน" name the US ton, the press means the tonne) and English news writes "tons" for either, so a figure in
#: tons and the same figure in tonnes are one measurement.
TON_ALIKE = {"ton": "metric_ton", "long_ton": "metric_ton"}


@cache
def _dimensions() -> frozenset[Any]:
    """pint's dimensionalities of :data:`UNIT_DIMENSIONS`, which pint may write in another order."""
    ureg = unit_registry()
    return frozenset(ureg.get_dimensionality(d) for d in UNIT_DIMENSIONS)


#: SI prefixes met in everyday measurements, and the units they are met on: pint reads many words as
#: prefixed units ("Haus": hecto-astronomical-units, "care": centi-ares, "nine": nano-inches).
_PREFIXES = frozenset(("kilo", "centi", "milli", "micro", "nano"))
_PREFIXABLE = frozenset(("meter", "gram", "liter", "second"))
#: The prefixes of power and energy, met on the watt and the watt-hour ("900 MW", "2 gigawatts", "5 kWh").
_POWER_PREFIXES = frozenset(("kilo", "mega", "giga", "tera"))
_POWER_UNITS = frozenset(("watt", "watt_hour"))


def _spelt_out(word: str) -> bool:
    """Whether ``word`` is a unit written whole: its name, with a prefix name ("kilometers", "feet"), or its symbol
    with a prefix symbol ("km", "ns"), not pint's mixtures of both ("Uhr": micro-hours, "has": hectares)."""
    ureg = unit_registry()
    w = word.lower()
    for prefix, name, _ in ureg.parse_unit_name(word):
        if prefix and not _prefixed(prefix, name) or name in RARE_UNITS:
            continue
        unit = ureg._units[name]
        longs = {prefix + a.lower() + end for a in (unit.name, *unit.aliases) if len(a) >= 3 for end in ("", "s", "es")}
        p = ureg._prefixes[prefix].symbol if prefix else ""
        if len(word) == 1 and word != p + (unit.symbol or "") and word not in unit.aliases:
            continue
        symbol = (p + (unit.symbol or "")).lower()
        if w in longs or w == symbol or len(symbol) > 1 and w == symbol + "s" or not prefix and w in unit.aliases:
            return True
    return False


def _prefixed(prefix: str, name: str) -> bool:
    """Whether ``prefix`` is one everyday measurements put on unit ``name`` ("kilometre", "megawatt")."""
    return prefix in _PREFIXES and name in _PREFIXABLE or prefix in _POWER_PREFIXES and name in _POWER_UNITS


@cache
def convertible(a: str, b: str) -> bool:
    """Whether units ``a`` and ``b`` measure the same dimension."""
    ureg = unit_registry()
    return bool(a and b) and ureg.parse_units(a).dimensionality == ureg.parse_units(b).dimensionality


def convert(value: float, unit: str, to: str) -> float:
    """``value`` in ``unit`` expressed in ``to`` (offset units such as °F to °C included)."""
    ureg = unit_registry()
    return float(ureg.Quantity(value, ureg.parse_units(unit)).to(ureg.parse_units(to)).magnitude)
