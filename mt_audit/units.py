"""Units of measurement after a number, read with pint.

pint knows every unit and conversion (feet, mph, acres, °F, gallons, ...), so
we keep no hand table of factors; the target language's own unit words
("Meilen", "mètres carrés", "квадратных метра", "kilometriä tunnissa") come
from CLDR's unit patterns, so every language CLDR covers reads its units.
:mod:`mt_audit.numbers` turns a number followed by a unit into a "measure"
and compares measures by converting them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any

import regex

if TYPE_CHECKING:
    import pint

#: Dimensions of the measurements compared: length, area, volume, mass, temperature, speed and durations
#: ("10000 nanoseconds" is "zehn Mikrosekunden"); times of day and money have their own readings.
UNIT_DIMENSIONS = frozenset(
    ("[length]", "[length] ** 2", "[length] ** 3", "[mass]", "[temperature]", "[length] / [time]", "[time]")
)
#: CLDR units of everyday measurement whose names are read in every language (CLDR's id: category-name).
CLDR_UNITS = (
    "length-kilometer length-meter length-centimeter length-millimeter length-mile length-yard length-foot "
    "length-inch length-nautical-mile length-mile-scandinavian mass-tonne mass-kilogram mass-gram mass-milligram "
    "mass-pound mass-ounce "
    "area-square-kilometer area-hectare area-square-meter area-square-mile area-acre area-square-foot area-dunam "
    "volume-cubic-meter volume-liter volume-milliliter volume-gallon temperature-celsius temperature-fahrenheit "
    "speed-kilometer-per-hour speed-mile-per-hour speed-meter-per-second speed-knot duration-century "
    "duration-decade duration-year duration-month duration-week duration-day duration-hour duration-minute "
    "duration-second duration-millisecond duration-microsecond duration-nanosecond"
).split()
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
#: A word: letters with the marks and joiners inside it (Devanagari "मीटर", Persian "میلی‌متر" with its ZWNJ).
WORD = r"\p{L}(?:[\p{L}\p{M}]|[\u200c\u200d](?=\p{L}))*"
_UNIT_WORD = regex.compile(rf"[ \u00a0-]?(°[ \u00a0]?[CF](?![A-Za-z])|{WORD}(?:/{WORD})?\.?)")
_DEGREES = re.compile(r"^(?:degrees?|grad) (?=\w)")
_UNIT_NEXT = regex.compile(rf"[ \u00a0]({WORD}(?:/{WORD})?)")


@cache
def _ureg() -> pint.UnitRegistry:
    """pint's registry, loaded on first use (it takes half a second)."""
    import pint

    ureg = pint.UnitRegistry()
    for unit in CLDR_ONLY:
        ureg.define(unit)
    return ureg


#: CLDR's everyday units that pint lacks, with CLDR's own conversions (units.xml): the dunam of the Levant
#: and Turkey, the Swedish and Norwegian "mil".
CLDR_ONLY = ("dunam = 1000 * meter ** 2", "scandinavian_mile = 10000 * meter")


@cache
def unit_of(word: str, lang: str) -> str:
    """pint's name for a unit word ("ft", "feet", "Meter", "Grad Celsius", "°F") of a compared dimension, or ""."""
    low = " ".join(word.lower().rstrip(".").split()).replace("° ", "°")
    low = _DEGREES.sub("", low)  # "degrees Fahrenheit", "Grad Celsius": the scale names the unit
    if not low or low in NOT_UNITS:
        return ""
    if low.startswith("°"):
        return _pint_unit("deg" + low[1:].upper())
    names = local_units(lang) if lang != "en" else {}
    if len(low) == 1:  # a letter is a symbol in its own case only: "3D" is no 3 days
        low = word.strip()
    for cand in _stems(low) if lang != "en" else (low,):
        if cand in NOT_UNITS:
            continue
        unit = names.get(cand) or _pint_unit(cand)
        if unit:
            return unit
    return _glued_unit(low, lang) if lang != "en" else ""


#: Letters an ending glued to a unit's name may have ("hektáros", "dönümlük", Korean "온스도").
MAX_ENDING = 4


def _glued_unit(word: str, lang: str) -> str:
    """The unit whose CLDR name ``word`` starts with, in a language that glues endings to words, else "".

    The shortest ending wins; a word that is itself a number word ("milyon" is not "mil" + "yon") is none.
    """
    from mt_audit.numbers_words import words

    if not _glues(lang) or word in words(lang):
        return ""
    names = _bare_units(lang)
    plain = _bare(word)
    for cut in range(1, min(MAX_ENDING, len(plain) - 2) + 1):
        stem = plain[:-cut]
        if stem in names and stem.isalpha() and len(stem) >= (2 if _syllabic(stem) else 3):
            return names[stem]
    return ""


@cache
def _bare_units(lang: str) -> dict[str, str]:
    """:func:`local_units` without accents: an ending may lengthen the vowel before it ("uncia", "unciát"), or
    replace the name's last letter ("εκτάρια", "εκταρίων")."""
    out: dict[str, str] = {}
    for name, unit in local_units(lang).items():
        out.setdefault(_bare(name), unit)
    for name, unit in list(out.items()):
        if name.isalpha() and len(name) > STEM_MIN and not _syllabic(name):
            out.setdefault(name[:-1], unit)
    return out


#: Letters a unit's name must keep when an ending replaces its last one (Greek "εκτάρια", "εκταρίων").
STEM_MIN = 5


def _bare(text: str) -> str:
    """``text`` without combining marks."""
    return unicodedata.normalize(
        "NFC", "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    )


@cache
def _glues(lang: str) -> bool:
    """Whether endings or particles glue to nouns: inflecting languages (CLDR facts), unspaced scripts, Hangul."""
    from mt_audit.languages import inflects_names, language

    info = language(lang)
    return inflects_names(lang) or not info.spaced or info.script in ("Kore", "Hang")


def _syllabic(word: str) -> bool:
    """Written in a script of syllables or ideographs, where two characters make a whole name ("그램")."""
    return all(ord(c) >= 0x1100 for c in word)


def _pint_expr(cldr_id: str) -> str:
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
def _cldr_pint(cldr_id: str) -> str:
    """The pint unit a CLDR unit id names ("length-kilometer" → "kilometer"), "" where pint reads none."""
    return _pint_unit(_pint_expr(cldr_id), spelt=False)


@cache
def local_units(lang: str) -> dict[str, str]:
    """The language's own unit names and abbreviations from CLDR, lower-cased → pint unit.

    Long names in every plural form ("metr", "metry", "metrów"); abbreviations only when they cannot be a
    short word ("km/h", "Tg.", "kWh", not French "j" or Spanish "a"). Patterns that put the unit before
    the number (Japanese "時速 1 キロメートル") are left out, as the reader looks after the number, unless
    the language writes all its units first (Swahili "kilomita 3"): then they are its only names.
    """
    from babel import Locale, UnknownLocaleError

    from mt_audit.languages import language

    try:
        data = Locale.parse(lang if lang != "no" else "nb")._data
        patterns = data["unit_patterns"]
    except (UnknownLocaleError, ValueError, KeyError):
        return {}
    out: dict[str, str] = {}
    first = language(lang).units_first
    for cldr_id in CLDR_UNITS:
        unit = _cldr_pint(cldr_id) if cldr_id in patterns else ""
        if not unit:
            continue
        for length in ("long", "short"):
            for count, pattern in patterns[cldr_id].get(length, {}).items():
                name = _unit_name(pattern, first) if count != "per" else ""
                if name and (length == "long" or len(name) > 2 or not name.isalpha()):
                    out.setdefault(name.lower(), unit)
    for name, unit in _plurals(patterns).items():
        out.setdefault(name, unit)
    for name, unit in _display_names(data.get("unit_display_names", {})).items():
        out.setdefault(name, unit)
    return out


def _display_names(names: Mapping[str, Any]) -> dict[str, str]:
    """CLDR's long display names of the units ("ektarya" in Filipino, whose patterns write "hektarya";
    Russian "гектары"): another everyday spelling or form."""
    out: dict[str, str] = {}
    for cldr_id in CLDR_UNITS:
        name = " ".join(str(names.get(cldr_id, {}).get("long", "")).lower().split())
        unit = _cldr_pint(cldr_id) if name else ""
        if unit and "{" not in name:
            out[name] = unit
    return out


#: How many of a language's CLDR unit names must take an ending for it to count as the language's plural.
PLURAL_EVIDENCE = 2


def _plurals(patterns: Mapping[str, Any]) -> dict[str, str]:
    """Plural forms of the unit names CLDR writes alike for every count, made with the endings its other unit
    names take: Hebrew "קילומטר", "קילומטרים" teaches "מיילים" where CLDR has only "מייל"."""
    endings: dict[str, int] = {}
    alike: list[tuple[str, str]] = []
    for cldr_id in CLDR_UNITS:
        unit = _cldr_pint(cldr_id) if cldr_id in patterns else ""
        long = patterns[cldr_id].get("long", {}) if unit else {}
        one, other = _unit_name(long.get("one", "")).lower(), _unit_name(long.get("other", "")).lower()
        if not one.isalpha() or not other.isalpha():
            continue
        if one == other:
            alike.append((one, unit))
        elif other.startswith(one):
            endings[other[len(one) :]] = endings.get(other[len(one) :], 0) + 1
    common = [e for e, n in endings.items() if n >= PLURAL_EVIDENCE]
    return {name + e: unit for name, unit in alike for e in common}


def _unit_name(pattern: str, first: bool = False) -> str:
    """The unit words of a CLDR pattern that puts the number first ("{0} Meilen" → "Meilen"), else "";
    with ``first``, of one that puts the number after the unit's first word ("maili {0} kwa saa" → "maili kwa
    saa")."""
    if first and not pattern.startswith("{0}"):
        words = pattern.replace("{0}", " ")  # "kilomita {0} kwa saa" names km/h by all its words
    elif not first and pattern.startswith("{0}"):
        words = pattern[3:]
    else:
        return ""
    return " ".join(words.replace("\u00a0", " ").replace("\u202f", " ").split())


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
        longs = {prefix + a.lower() + end for a in (unit.name, *unit.aliases) if len(a) >= 3 for end in ("", "s", "es")}
        p = ureg._prefixes[prefix].symbol if prefix else ""
        if len(word) == 1 and word != p + (unit.symbol or "") and word not in unit.aliases:
            continue
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
    phrase = _phrases(lang).match(text, pos) if lang != "en" else None
    unit = _phrase_unit(phrase.group(1), lang) if phrase else ""
    if phrase and unit:
        return unit, phrase.end(1)
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
            return _per(text, unit, end - phrase.endswith("."), lang)
    return None


def units_either_after(text: str, pos: int, lang: str) -> tuple[str, str, int] | None:
    """Two units of one dimension joined by a slash after a number ending at ``pos`` ("yards/meters"), and
    where they end: a ratio of like units is no measurement, so the slash offers a choice. None otherwise."""
    m = _UNIT_WORD.match(text, pos)
    if m is None or m.group(1).count("/") != 1:
        return None
    a, b = (unit_of(w, lang) for w in m.group(1).rstrip(".").split("/"))
    if not a or not b or a == b or not convertible(a, b):
        return None
    return a, b, m.end(1)


#: CLDR units that follow "per" in a rate ("kilometres per hour", "metres per second").
_PER_UNITS = ("duration-hour", "duration-minute", "duration-second")


@cache
def _per_suffixes(lang: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """CLDR's "per" patterns of the units of time ("{0} per hour", "{0} pro Stunde", "{0}/h"), read after a unit."""
    from babel import Locale, UnknownLocaleError

    try:
        patterns = Locale.parse(lang if lang != "no" else "nb")._data["unit_patterns"]
    except (UnknownLocaleError, ValueError, KeyError):
        return ()
    out = []
    for cldr_id in _PER_UNITS:
        for length in ("long", "short", "narrow"):
            per = patterns.get(cldr_id, {}).get(length, {}).get("per", "")
            tail = per[3:] if per.startswith("{0}") else ""
            if tail.strip():
                alt = re.escape(" ".join(tail.split())).replace(r"\ ", r"[ \u00a0\u202f]")
                lead = r"[ \u00a0\u202f]?" if not tail[0].isspace() else r"[ \u00a0\u202f]"
                out.append((re.compile(lead + alt + r"(?!\w)", re.IGNORECASE), _pint_expr(cldr_id)))
    return tuple(out)


def _per(text: str, unit: str, end: int, lang: str) -> tuple[str, int]:
    """``unit`` (ending at ``end``), or the rate it heads ("kilometres per hour") when a "per" pattern follows."""
    if "/" in unit:
        return unit, end
    for pattern, per in _per_suffixes(lang):
        m = pattern.match(text, end)
        if m:
            rate = _pint_unit(f"({unit})/{per}", spelt=False)
            if rate:
                return rate, m.end()
    return unit, end


@cache
def _phrases(lang: str) -> regex.Pattern[str]:
    """The language's unit names of several words or with signs ("Grad Celsius", "km/godz."), longest first;
    a name of several words with its free-standing marks optional (see :func:`_phrase_re`)."""
    names = sorted((n for n in local_units(lang) if not n.isalpha()), key=len, reverse=True)
    if not names:
        return regex.compile("(?!)")
    alts = "|".join(_phrase_re(n) + (r"(?![\p{L}\p{N}_])" if n[-1].isalnum() else "") for n in names)
    return regex.compile(rf"[ \u00a0\u202f-]?({alts})", regex.IGNORECASE)


def _phrase_re(name: str) -> str:
    """A pattern for a unit's name. In a name of several words the marks that stand as characters of their own
    (category Mn in NFC) are optional on both sides: running text drops the Persian ezafe of CLDR's "درجهٔ
    سلسیوس" or adds Arabic vowel signs, and the other word keeps the match specific. A one-word name is matched
    as written: its marks may tell words apart (Hindi "घंटे", hours, is no "घटे")."""
    if " " not in name:
        return regex.escape(name)
    parts = [r"[ \u00a0\u202f]" if c == " " else regex.escape(c) + r"\p{Mn}*" for c in free_marks(name)]
    return "".join(parts)


def free_marks(text: str) -> str:
    """``text`` without the marks that stand as characters of their own in NFC (category Mn: the Persian ezafe
    "ٔ", Arabic vowel signs); accents composed into their letters ("é") stay."""
    return "".join(c for c in unicodedata.normalize("NFC", text) if unicodedata.category(c) != "Mn")


def _phrase_unit(said: str, lang: str) -> str:
    """The unit a name :func:`_phrases` matched names, as written or without its free-standing marks, or ""."""
    said = " ".join(said.lower().split())
    return local_units(lang).get(said) or _marked_phrases(lang).get(free_marks(said), "")


@cache
def _marked_phrases(lang: str) -> dict[str, str]:
    """The language's unit names of several words without their free-standing marks → pint unit."""
    out: dict[str, str] = {}
    for name, unit in local_units(lang).items():
        if " " in name:
            out.setdefault(free_marks(name), unit)
    return out


@cache
def _cldr_ids() -> dict[str, str]:
    """pint's unit name → CLDR's unit id, for the units read here."""
    out: dict[str, str] = {}
    for cldr_id in CLDR_UNITS:
        unit = _cldr_pint(cldr_id)
        if unit:
            out.setdefault(unit, cldr_id)
    return out


def figureless(lang: str, unit: str, value: float) -> bool:
    """Whether the language names ``value`` of ``unit`` by the unit word alone: CLDR's pattern for its plural
    category has no figure (Arabic "ساعتان", Hebrew "שעתיים": two hours), so a missing figure is no loss."""
    from babel import Locale, UnknownLocaleError

    cldr_id = _cldr_ids().get(unit)
    try:
        locale = Locale.parse(lang if lang != "no" else "nb")
        patterns = locale._data["unit_patterns"].get(cldr_id, {}) if cldr_id else {}
        category = locale.plural_form(value)
    except (UnknownLocaleError, ValueError, KeyError):
        return False
    return any("{0}" not in (patterns.get(length, {}).get(category) or "{0}") for length in ("long", "short", "narrow"))
