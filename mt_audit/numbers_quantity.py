"""A quantity read from a text, and when two quantities are the same.

Split from :mod:`mt_audit.numbers` so that both the digit reader and the
word readers build the same :class:`Quantity` without importing each other.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from functools import cached_property

from mt_audit.units import convert, convertible


@dataclass(frozen=True)
class Quantity:
    """One quantity found in a text.

    ``start``/``end`` index the text given to :func:`extract` and cover the
    whole expression ("$2.5 billion", "30 %", "dwa miliony"). ``value`` is the
    reading the language's conventions prefer; ``alternatives`` the other
    plausible readings (the other separator convention, the 12-hour clock,
    a percentage as a fraction). ``precision`` is the unit of the last written
    digit of a rounded form ("4.2 million": 100,000; "3.14": 0.01), so rounded
    restatements still match; a plain integer is exact (0).
    """

    start: int
    end: int
    value: float
    kind: str = "number"
    unit: str = ""
    alternatives: tuple[float, ...] = ()
    precision: float = 0.0
    weak: bool = False
    approx: bool = False

    @cached_property
    def readings(self) -> tuple[tuple[float, float], ...]:
        """Every (value, precision) this quantity may mean.

        An alternative that moves the decimal point (the other separator
        convention, a percentage as a fraction) scales the precision with it;
        any other (the 12-hour clock, a decade's century) keeps it.
        """
        out = [(self.value, self.precision)]
        for alt in self.alternatives:
            ratio = abs(alt / self.value) if self.value and alt else 1.0
            exp = math.log10(ratio)
            out.append((alt, self.precision * ratio if abs(exp - round(exp)) < 1e-9 else self.precision))
        return tuple(out)

    def matches(self, other: Quantity, convert: bool = True) -> bool:
        """Same quantity of a compatible kind, allowing either's alternatives and rounding to the coarser precision.

        Two measurements in different units of one dimension ("12 ft", "3,7 m") match only through a
        conversion (see :func:`converted_close`): the same figure in another unit ("5 miles", "5 km") is a
        mistake. ``convert=False`` refuses conversions, for a source that already gives the article's unit.
        A speed read as its length ("320 km/h" as "saatte 320 kilometre") is no conversion: its figure
        compares as written, so "300" is no rounded "320".
        """
        if not (compatible(self.kind, other.kind) or hours_either_way(self, other)):
            return False
        if _bare_weak(self, other) or _bare_weak(other, self) or _bare_scale(self, other) or _bare_scale(other, self):
            return False
        if self.kind == other.kind == "measure" and self.unit != other.unit:
            a, b = comparable_units(self.unit, other.unit)
            if convertible(a, b) and a != b:
                return convert and converted_close(replace(self, unit=a), replace(other, unit=b))
        return any(close(a, pa, b, pb) for a, pa in self.readings for b, pb in other.readings)


#: Kinds that may express the same quantity ("24th" and "24 July"; "1960s" and "1960"; "a third" and "33%";
#: "19th century" and "the 1800s" or "the 19th"; "the 1990s" and an ordinal's plural case, Ukrainian "1990-х").
_FAMILIES = {
    "date": {"d"},
    "multiple": {"f"},
    "ordinal": {"d", "y"},
    "month": {"d"},
    "decade": {"y"},
    "century": {"y", "d"},
    "fraction": {"f"},
    "percent": {"f"},
}
#: The kinds that belong to a family of kinds (calendar, share, era).
KIND_FAMILIES = frozenset(_FAMILIES)
#: Kinds that are only a guess ("1000" looks like a year), so may be anything; a "measure" carries a unit.
_ANY = frozenset(("number", "year"))


def comparable_units(a: str, b: str) -> tuple[str, str]:
    """``a`` and ``b``, or their lengths when one is a speed and the other not: "320 miles an hour" is written
    "320 ميلًا في الساعة" or "시속 320마일", the hour in words the unit reader does not take in."""
    if convertible(a, b):
        return a, b
    a, b = _head(a), _head(b)
    return (side(a), side(b)) if not convertible(a, b) and convertible(side(a), side(b)) else (a, b)


def side(unit: str) -> str:
    """The length a square or cube measures ("meter ** 2" → "meter"): a language may word "square" otherwise than
    CLDR (Hausa "murabba'in mita", CLDR "sikwaya mita"), so the reader takes in the length alone, and a square
    metre written with the word for feet is the unit swapped."""
    return unit.removesuffix(" ** 2").removesuffix(" ** 3")


def _head(unit: str) -> str:
    """The unit a rate counts: "kilometer / hour" → "kilometer"."""
    return unit.split(" / ")[0]


def _bare_weak(a: Quantity, b: Quantity) -> bool:
    """A weak word without a unit ("one", Korean "이") beside a measurement: too loose to stand for it."""
    return a.weak and a.kind == "number" and b.kind == "measure"


#: The smallest scale word ("thousand").
SCALE = 1000
#: Quarters: the parts of a scale word a numeral in words puts before it ("eine halbe", "dreiviertel").
QUARTERS = 4


def _bare_scale(a: Quantity, b: Quantity) -> bool:
    """A scale word standing alone ("millones": weak, as coarse as its value) beside a figure that is no whole
    number of quarters of it: "millones" is no "1.4 million" whose numeral was dropped, though it may be the
    scale of a fraction in words not read ("dreiviertel Millionen", 750,000)."""
    if not (a.weak and a.kind == "number" and a.value >= SCALE and a.precision == a.value):
        return False
    quarters = b.value / a.value * QUARTERS
    return abs(quarters - round(quarters)) > 1e-9


#: Kinds a counter word reads as, and the unit of the duration it also counts: French "4 heures" and Korean
#: "12시" are hours of the clock or a count of hours; Japanese "３日" is the 3rd or three days.
_COUNTERS = {"time": "hour", "date": "day"}


def hours_either_way(a: Quantity, b: Quantity) -> bool:
    """A clock time beside a duration in hours, or a day of the month beside a duration in days."""
    kinds = {a.kind: a, b.kind: b}
    return any(set(kinds) == {k, "measure"} and kinds["measure"].unit == u for k, u in _COUNTERS.items())


def compatible(a: str, b: str) -> bool:
    """Whether quantities of kinds ``a`` and ``b`` may be the same: a plain number may be anything."""
    if a == b or a in _ANY or b in _ANY:
        return True
    return bool(_FAMILIES.get(a, set()) & _FAMILIES.get(b, set()))


def close(a: float, pa: float, b: float, pb: float) -> bool:
    """Equal, or within half the coarser precision ("4.176 million" ~ "4.2 million", but 4.5 is not 5)."""
    diff = abs(a - b)
    return diff <= 1e-9 * max(abs(a), abs(b), 1.0) or diff < max(pa, pb) / 2 - 1e-12


def converted_close(target: Quantity, source: Quantity) -> bool:
    """Whether ``target`` restates ``source`` converted into its own unit, rounded as a translator would.

    Rule: convert the source into the target's unit; accept when the difference is at most half a unit
    in the target's last written digit (its precision, or the place of its last non-zero digit for a whole
    number: "60" is rounded to tens; capped at a quarter of the value, so "100" is not "anything from 50")
    plus 10% of the target for "about"-style rounding. 200 ft (61 m) ~ "60 m", 12 ft (3.66 m) ~ "3,7 m",
    but not "3,2 m"; 5 miles (8.05 km) ~ "8 km", not "5 km".
    """
    v = convert(source.value, source.unit, target.unit)
    step = target.precision or place(target.value)
    tolerance = min(step / 2, abs(target.value) / 4) + 0.1 * abs(target.value)
    return abs(v - target.value) <= tolerance + 1e-9


def place(n: float) -> float:
    """The place value of the lowest non-zero digit of an integer: 20 -> 10, 205 -> 1, 300 -> 100."""
    n = int(n)
    if n <= 0:
        return 1.0
    p = 1
    while n % (p * 10) == 0:
        p *= 10
    return float(p)
