"""Units of measurement after a number, read with pint.

pint knows every unit and conversion (feet, mph, acres, °F, gallons, ...), so
we keep no hand table of factors; only target-language unit words it cannot
read are aliased, in :data:`UNIT_ALIASES`. :mod:`mt_audit.numbers` turns a
number followed by a unit into a "measure" and compares measures by
converting them.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pint

#: Dimensions of the measurements compared: length, area, volume, mass, temperature, speed and durations
#: ("10000 nanoseconds" is "zehn Mikrosekunden"); times of day and money have their own readings.
UNIT_DIMENSIONS = frozenset(
    ("[length]", "[length] ** 2", "[length] ** 3", "[mass]", "[temperature]", "[length] / [time]", "[time]")
)
#: Unit words in languages other than English that pint does not read, lower-cased, to pint unit expressions.
#: Inflected forms are tried without an ending -n, -e, -s, -en, -es ("Metern", "Tagen", "Jahre").
UNIT_ALIASES: dict[str, dict[str, str]] = {
    "de": {
        "fuß": "foot",
        "fuss": "foot",
        "quadratfuß": "foot**2",
        "meile": "mile",
        "meilen": "mile",
        "zoll": "inch",
        "pfund": "pound",
        "unze": "ounce",
        "gallone": "gallon",
        "zentimeter": "centimeter",
        "kilogramm": "kilogram",
        "gramm": "gram",
        "tonne": "metric_ton",
        "hektar": "hectare",
        "quadratmeter": "meter**2",
        "quadratkilometer": "kilometer**2",
        "kubikmeter": "meter**3",
        "stundenkilometer": "kilometer/hour",
        "knoten": "knot",
        "sekunde": "second",
        "millisekunde": "millisecond",
        "mikrosekunde": "microsecond",
        "nanosekunde": "nanosecond",
        "stunde": "hour",
        "tag": "day",
        "woche": "week",
        "monat": "month",
        "jahr": "year",
        "jahrzehnt": "decade",
        "jahrhundert": "century",
    },
}
#: Words pint reads as units that after a number mostly mean something else ("3 in 10").
NOT_UNITS = frozenset("in a at an has".split())
#: pint units whose names are ordinary words or far from everyday measurement ("5 points", "two quarters").
RARE_UNITS = frozenset(
    "are section quarter fifth bag shake barn stone cup point link rod pole chain league cable drop grain barrel "
    "pace thou speed_of_light unified_atomic_mass_unit astronomical_unit light_year parsec bushel peck dram gill "
    "slug darcy cicero fermi bohr dalton eon furlong carat pica line hand span perch teaspoon tablespoon "
    "square_survey_mile shot slinch lambda".split()
)
#: Words that may start a unit of two words ("square feet", "degrees Fahrenheit", "Grad Celsius").
_UNIT_LEAD = frozenset("square sq sq. cubic cu degree degrees grad".split())
_UNIT_WORD = re.compile(r"[ \u00a0-]?(°[ \u00a0]?[CF](?![^\W\d_])|[^\W\d_]+(?:/[^\W\d_]+)?\.?)")
_DEGREES = re.compile(r"^(?:degrees?|grad) (?=\w)")
_UNIT_NEXT = re.compile(r"[ \u00a0]([^\W\d_]+(?:/[^\W\d_]+)?)")


@cache
def _ureg() -> pint.UnitRegistry:
    """pint's registry, loaded on first use (it takes half a second)."""
    import pint

    return pint.UnitRegistry()


@cache
def unit_of(word: str, lang: str) -> str:
    """pint's name for a unit word ("ft", "feet", "Meter", "Grad Celsius", "°F") of a compared dimension, or ""."""
    low = " ".join(word.lower().rstrip(".").split()).replace("° ", "°")
    low = _DEGREES.sub("", low)  # "degrees Fahrenheit", "Grad Celsius": the scale names the unit
    if not low or low in NOT_UNITS:
        return ""
    if low.startswith("°"):
        return _pint_unit("deg" + low[1:].upper())
    aliases = UNIT_ALIASES.get(lang, {})
    for cand in _stems(low) if lang != "en" else (low,):
        if cand in NOT_UNITS:
            continue
        unit = _pint_unit(aliases[cand], spelt=False) if cand in aliases else _pint_unit(cand)
        if unit:
            return unit
    return ""


def _stems(word: str) -> list[str]:
    """``word`` and, if long enough, itself without a plural or case ending."""
    out = [word]
    if len(word) > 3:
        out += [word[: -len(e)] for e in ("en", "es", "n", "e", "s") if word.endswith(e) and len(word) - len(e) > 2]
    return out


def _pint_unit(expr: str, spelt: bool = True) -> str:
    """The unit ``expr`` names, if pint reads it, it measures a compared dimension and (``spelt``) each of its
    words is a unit written whole."""
    if not expr:
        return ""
    try:
        units = _ureg().parse_units(expr)
    except Exception:  # pint raises several error types for words that are no unit
        return ""
    if str(units.dimensionality) not in UNIT_DIMENSIONS or any(u in RARE_UNITS for u in units._units):
        return ""
    words = expr.replace("/", " ").replace("*", " ").split()
    if spelt and not all(_spelt_out(w) for w in words if w not in _UNIT_LEAD and w != "per"):
        return ""
    return str(units)


#: SI prefixes met in everyday measurements, and the units they are met on: pint reads many words as
#: prefixed units ("Haus": hecto-astronomical-units, "care": centi-ares, "nine": nano-inches).
_PREFIXES = frozenset(("kilo", "centi", "milli", "micro", "nano"))
_PREFIXABLE = frozenset(("meter", "gram", "liter", "second"))


def _spelt_out(word: str) -> bool:
    """Whether ``word`` is a unit written whole: its name, with a prefix name ("kilometers", "feet"), or its symbol
    with a prefix symbol ("km", "ns"), not pint's mixtures of both ("Uhr": micro-hours, "has": hectares)."""
    ureg = _ureg()
    w = word.lower()
    for prefix, name, _ in ureg.parse_unit_name(word):
        if prefix and (prefix not in _PREFIXES or name not in _PREFIXABLE) or name in RARE_UNITS:
            continue
        unit = ureg._units[name]
        longs = {prefix + a.lower() + end for a in (unit.name, *unit.aliases) if len(a) > 3 for end in ("", "s", "es")}
        p = ureg._prefixes[prefix].symbol if prefix else ""
        symbol = (p + (unit.symbol or "")).lower()
        if w in longs or w == symbol or len(symbol) > 1 and w == symbol + "s" or not prefix and w in unit.aliases:
            return True
    return False


@cache
def convertible(a: str, b: str) -> bool:
    """Whether units ``a`` and ``b`` measure the same dimension."""
    ureg = _ureg()
    return bool(a and b) and ureg.parse_units(a).dimensionality == ureg.parse_units(b).dimensionality


def convert(value: float, unit: str, to: str) -> float:
    """``value`` in ``unit`` expressed in ``to`` (offset units such as °F to °C included)."""
    ureg = _ureg()
    return float(ureg.Quantity(value, ureg.parse_units(unit)).to(ureg.parse_units(to)).magnitude)


def unit_after(text: str, pos: int, lang: str) -> tuple[str, int] | None:
    """The unit written right after a number ending at ``pos``, and where it ends; None if there is none."""
    if pos >= len(text):
        return None
    m = _UNIT_WORD.match(text, pos)
    if m is None:
        return None
    first = m.group(1)
    cands = [(first, m.end(1))]
    nxt = _UNIT_NEXT.match(text, m.end(1))
    if nxt and first.lower() in _UNIT_LEAD:
        cands.insert(0, (f"{first} {nxt.group(1)}", nxt.end(1)))
    for phrase, end in cands:
        unit = unit_of(phrase, lang)
        if unit:
            return unit, end - phrase.endswith(".")
    return None
