"""Unit names a language writes beyond the CLDR list of its own (:func:`mt_audit.units.local_units`).

Names glued right after the figure ("{0}秒"), the root locale's symbols a language without names of its own
inherits, and the names it borrows from the other languages of its country. Split from :mod:`mt_audit.units`
by concern: these decide which names to trust, not how a name is read.
"""

from __future__ import annotations

from functools import cache

from mt_audit.languages.core import after_figure, base_tag, counted_patterns, either_name, unit_forms, unit_patterns
from mt_audit.unit_pint import cldr_pint, unit_registry
from mt_audit.units import CLDR_UNITS, convertible, local_units, spelling_key


@cache
def glued_names(lang: str, cldr_id: str) -> frozenset[str]:
    """The names of CLDR unit ``cldr_id`` that the language's patterns write right after the figure ("{0}秒",
    "{0}초", Japanese "{0} 秒"), every length and plural form, in a script of its own (not "s"): the names a
    text may glue to the figure. Empty where the patterns put the name first."""
    out = set()
    for pattern in counted_patterns(unit_forms(lang, cldr_id), ("long", "short", "narrow")):
        name = after_figure(pattern)
        if name.strip() and not name.isascii():
            out.add(name.strip())
    return frozenset(out)


@cache
def glued_unit_names(lang: str) -> tuple[str, ...]:
    """Every name the language's CLDR patterns glue after a figure, of any unit, longest first: "兆瓦" (megawatt)
    opens with the scale word "兆", which before it is a unit's prefix, not a scale."""
    names = {name for cldr_id in unit_patterns(lang) for name in glued_names(lang, cldr_id)}
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


@cache
def root_unit_names() -> frozenset[str]:
    """The unit names of CLDR's root locale (symbols: "km", "ha", "°C"): what a language CLDR gives no names of
    its own inherits, so they say nothing of the words its writers use ("kilometru", "гектар")."""
    return frozenset(local_units("root"))


@cache
def own_unit_patterns(lang: str, unit: str) -> bool:
    """Whether CLDR gives the language long patterns of its own for units of ``unit``'s dimension ("{0}
    kilomita", "kilomita {0}"), not only root's symbols ("{0} km"): only then does CLDR show which side of the
    figure it writes them on, and what it calls them."""
    for cldr_id in CLDR_UNITS:
        if not convertible(cldr_pint(cldr_id), unit):
            continue
        for pattern in counted_patterns(unit_forms(lang, cldr_id)):
            name = either_name(pattern)
            if name and name.lower() not in root_unit_names():
                return True
    return False


@cache
def neighbour_units(lang: str) -> dict[str, str]:
    """The unit names of the other languages of the language's country written in its script (see
    :func:`~mt_audit.languages.neighbour_languages`), root's symbols aside, those the neighbours agree on: the
    names a language CLDR gives none of its own borrows (Tajik "километр" from Russian, Maltese "pied" from
    French)."""
    from mt_audit.languages import language, neighbour_languages

    script = language(lang).script
    seen: dict[str, set[str]] = {}
    for other in neighbour_languages(lang):
        if language(other).script == script:
            for name, unit in local_units(other).items():
                if name not in root_unit_names():
                    seen.setdefault(name, set()).add(unit)
    return {name: units.pop() for name, units in sorted(seen.items()) if len(units) == 1}


#: Letters a prefix put before a unit's base name has at least ("heni" of "henimita").
PREFIX_LETTERS = 2


def prefixed_base(word: str, lang: str, unit: str) -> bool:
    """Whether ``word`` ends in the language's CLDR name of ``unit``'s base unit or of another unit on that base
    with a prefix of its own before it: "henimita" (CLDR's Maori "mita", metre) may be a loan of the centimetre
    that CLDR calls "mitarau", so it is no evidence of another unit."""
    base = unit_base(unit)
    if not base:
        return False
    w = spelling_key(word)
    for name, other in local_units(lang).items():
        n = spelling_key(name)
        if n.isalpha() and unit_base(other) == base and len(w) - len(n) >= PREFIX_LETTERS and w.endswith(n):
            return True
    return False


@cache
def unit_base(unit: str) -> str:
    """The unit a unit prefixes ("centimeter" -> "meter"), of its first word ("meter ** 3" -> "meter"); "" if none."""
    try:
        parsed = unit_registry().parse_unit_name(unit.split()[0])
    except Exception:  # pint raises several error types for names it does not read
        return ""
    return parsed[0][1] if parsed else ""


#: Letters of a unit's name too few to cut a case ending from and keep a stem ("κιλό").
SHORT_NAME = 4


def short_name_form(words_: str, lang: str, unit: str) -> bool:
    """Whether a word of ``words_`` starts with all but the last letter of a CLDR name of ``unit`` itself too short
    to cut a case ending from (:data:`SHORT_NAME` letters or fewer): an inflected form of a short name ("κιλών" of
    "κιλό"), no other unit."""
    keys = [spelling_key(w) for w in words_.split()]
    for name, other in local_units(lang).items():
        n = spelling_key(name)
        if other == unit and n.isalpha() and 2 < len(n) <= SHORT_NAME and any(k.startswith(n[:-1]) for k in keys):
            return True
    return False


@cache
def per_words(lang: str) -> frozenset[str]:
    """The words CLDR's long "per" patterns put between the figure and a unit ("{0} kwa kilomita", "{0} pro
    Stunde"), lower-cased: the word after a figure in a rate ("160 kwa ụbọchị", 160 a day) is that, no unit."""
    out = set()
    for forms in unit_patterns(base_tag(lang)).values():
        words = after_figure(forms.get("long", {}).get("per", "")).split()
        if len(words) > 1 and words[0].isalpha():
            out.add(words[0].lower())
    return frozenset(out)


@cache
def front_names(lang: str) -> tuple[tuple[str, str], ...]:
    """The unit names CLDR's patterns write before the figure in a language that writes its units after it
    ("攝氏{0}度", Celsius; "섭씨 {0}도"), longest first: only those of units whose every long pattern puts one name
    first, rates aside ("每小時{0}公里" names its length after the figure)."""
    from mt_audit.languages import language

    patterns = unit_patterns(base_tag(lang))
    if language(lang).units_first or not patterns:
        return ()
    out: dict[str, str] = {}
    for cldr_id in CLDR_UNITS:
        unit = cldr_pint(cldr_id) if cldr_id in patterns and "-per-" not in cldr_id else ""
        forms = patterns.get(cldr_id, {}).get("long", {}).values() if unit else ()
        heads = {p.split("{0}")[0].strip() for p in forms if "{0}" in p}
        if len(heads) == 1 and (head := heads.pop()) and not head.isascii():
            out.setdefault(head.lower(), unit)
    return tuple(sorted(out.items(), key=lambda nu: (-len(nu[0]), nu[0])))


def front_unit(text: str, pos: int, lang: str) -> tuple[str, int] | None:
    """The unit CLDR names before a figure starting at ``pos`` (see :func:`front_names`), glued to it or a space
    apart, and where its name starts; None if there is none."""
    before = text[max(0, pos - FRONT_LOOK_BACK) : pos]
    trimmed = before[:-1] if before[-1:] in (" ", "\u00a0") else before
    for name, unit in front_names(lang):
        if trimmed.lower().endswith(name):
            return unit, pos - (len(before) - len(trimmed)) - len(name)
    return None


#: Characters looked back over for a unit's name written before its figure.
FRONT_LOOK_BACK = 24
