"""Units of measurement after a number, read with pint.

pint knows every unit and conversion (feet, mph, acres, °F, gallons, ...), so
we keep no hand table of factors; the target language's own unit words
("Meilen", "mètres carrés", "квадратных метра", "kilometriä tunnissa") come
from CLDR's unit patterns, so every language CLDR covers reads its units.
:mod:`mt_audit.numbers` turns a number followed by a unit into a "measure"
and compares measures by converting them. pint's side (its registry, which of its
units are compared, conversions) is :mod:`mt_audit.unit_pint`.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Mapping
from functools import cache, lru_cache
from itertools import permutations
from typing import Any

import regex

from mt_audit.languages.core import (
    after_figure,
    counted_patterns,
    either_name,
    pattern_name,
    plural_category,
    unit_display_names,
    unit_forms,
    unit_patterns,
)
from mt_audit.lexicon import edit_distance
from mt_audit.unit_pint import UNIT_LEAD, cldr_pint, pint_expr, pint_unit
from mt_audit.unit_pint import convert as convert  # re-exported: the numbers checks convert through this module
from mt_audit.unit_pint import convertible as convertible
from mt_audit.unit_spelling import (
    HANGUL_AND_AFTER,
    VIRAMA,
    letters,
    min_letters,
    spelling_key,
    syllabic,
    vowel_sign,
)

#: CLDR units of everyday measurement whose names are read in every language (CLDR's id: category-name).
CLDR_UNITS = (
    "length-kilometer length-meter length-centimeter length-millimeter length-mile length-yard length-foot "
    "length-inch length-nautical-mile length-mile-scandinavian mass-tonne mass-kilogram mass-gram mass-milligram "
    "mass-pound mass-ounce "
    "area-square-kilometer area-hectare area-square-meter area-square-mile area-acre area-square-foot area-dunam "
    "volume-cubic-meter volume-cubic-kilometer volume-cubic-centimeter volume-cubic-foot volume-cubic-yard "
    "volume-cubic-inch volume-cubic-mile volume-liter volume-milliliter volume-gallon temperature-celsius "
    "temperature-fahrenheit "
    "speed-kilometer-per-hour speed-mile-per-hour speed-meter-per-second speed-knot duration-century "
    "duration-decade duration-year duration-month duration-week duration-day duration-hour duration-minute "
    "duration-second duration-millisecond duration-microsecond duration-nanosecond mass-ton "
    "power-gigawatt power-megawatt power-kilowatt power-watt power-horsepower energy-kilowatt-hour"
).split()
#: Words pint reads as units that after a number mostly mean something else ("3 in 10").
NOT_UNITS = frozenset("in a at an has".split())
#: A word: letters with the marks and joiners inside it (Devanagari "मीटर", Persian "میلی‌متر" with its ZWNJ).
WORD = r"\p{L}(?:[\p{L}\p{M}]|[\u200c\u200d](?=\p{L}))*"
_UNIT_WORD = regex.compile(rf"[ \u00a0-]?(°[ \u00a0]?[CF](?![A-Za-z])|{WORD}(?:/{WORD})?\.?)")
_DEGREES = re.compile(r"^(?:degrees?|grad) (?=\w)")
_UNIT_NEXT = regex.compile(rf"[ \u00a0]({WORD}(?:/{WORD})?)")


@cache
def unit_of(word: str, lang: str) -> str:
    """pint's name for a unit word ("ft", "feet", "Meter", "Grad Celsius", "°F") of a compared dimension, or ""."""
    low = " ".join(word.lower().rstrip(".").split()).replace("° ", "°")
    low = _DEGREES.sub("", low)  # "degrees Fahrenheit", "Grad Celsius": the scale names the unit
    if not low or low in NOT_UNITS:
        return ""
    if low.startswith("°"):
        return pint_unit("deg" + low[1:].upper())
    names = local_units(lang) if lang != "en" else {}
    if len(low) == 1:  # a letter is a symbol in its own case only: "3D" is no 3 days
        low = word.strip()
    symbol = _symbol(word.strip().rstrip("."))
    if symbol:
        return symbol
    for cand in _stems(low) if lang != "en" else (low,):
        if cand in NOT_UNITS:
            continue
        unit = names.get(cand) or pint_unit(cand)
        if unit:
            return unit
    return _glued_unit(low, lang) if lang != "en" else ""


#: Letters a unit's symbol may have ("MW", "kWh").
SYMBOL_MAX = 3


def _symbol(word: str) -> str:
    """The unit a symbol with a capital names, read in its own case ("MW" is a megawatt, "mW" a milliwatt), or
    ""."""
    if not 1 < len(word) <= SYMBOL_MAX or word.islower() or not word.isascii() or not word.isalpha():
        return ""
    return pint_unit(word)


#: Letters an ending glued to a unit's name may have ("hektáros", "dönümlük", Korean "온스도").
MAX_ENDING = 4


def _glued_unit(word: str, lang: str) -> str:
    """The unit whose CLDR name ``word`` is or starts with, else "": spelt with a long vowel for a short one
    (Gujarati "મિલીમીટર", CLDR "મિલિમીટર"); in a language that glues endings to words, with an ending of a few
    letters (the shortest wins: "hektáros", "dönümlük"); in any, the whole name with a postposition glued
    (see :func:`_postposed`). A number word is none ("milyon" is not "mil" + "yon"), nor a scale word's form
    ("მილიონს" is no "მილ" + "იონს")."""
    if _number_word(word, lang):
        return ""
    plain = spelling_key(word)
    if plain in _keyed_units(lang):
        return _keyed_units(lang)[plain]
    if plain in _solid_names(lang):
        return _solid_names(lang)[plain]
    lead = _leading_unit(word, lang)
    if lead:
        return lead
    if _glues(lang):
        names = _bare_units(lang)
        for cut in range(0, min(MAX_ENDING, len(plain) - 2) + 1):
            stem = plain[: len(plain) - cut]
            if stem in names and all(map(_word_char, stem)) and letters(stem) >= min_letters(stem):
                return names[stem]
    return _postposed(plain, lang)


def _leading_unit(run: str, lang: str) -> str:
    """In a script written without spaces, the unit whose name (written solid) opens ``run`` and ends where ICU's
    dictionary ends a word: Thai "กิโลเมตรท่ามกลาง" (kilometres amid), Japanese "トンの貨物" (tons of cargo). The
    longest such name wins; "" if none or the language spaces its words."""
    from mt_audit.languages import language

    if language(lang).spaced:
        return ""
    names = _solid_units(lang)
    for end in sorted(word_ends(run, lang), reverse=True):
        unit = names.get(spelling_key(run[:end]), "")
        if unit and (letters(run[:end]) >= min_letters(run[:end]) or _ideographs(run[:end], unit)):
            return unit
    return ""


def _ideographs(word: str, unit: str) -> bool:
    """Whether ``word`` is written in ideographs, each a word's worth of meaning: one makes a unit's whole name
    ("吨", ton; "磅", pound) where ICU's dictionary ends a word after it. Not a unit of time: its one ideograph
    ("分", minute; "月", month) is also a calendar's or a fraction's ("4分の1", a quarter), read by the clock."""
    cjk = all(unicodedata.name(c, "").startswith("CJK UNIFIED IDEOGRAPH") for c in word)
    return cjk and not convertible(unit, "second")


@cache
def _solid_units(lang: str) -> dict[str, str]:
    """:func:`_keyed_units` with the names of several words also written solid ("เมตริกตัน")."""
    out = dict(_keyed_units(lang))
    for name, unit in _keyed_units(lang).items():
        out.setdefault("".join(name.split()), unit)
    return out


def word_ends(run: str, lang: str) -> list[int]:
    """Where ICU's word breaker for ``lang`` ends the words of ``run`` (its dictionary segments Thai, Lao,
    Khmer, Myanmar, Chinese and Japanese)."""
    import icu

    breaker = icu.BreakIterator.createWordInstance(icu.Locale(lang))
    breaker.setText(run)
    return [end for end in breaker if 0 < end < len(run)]


def _number_word(word: str, lang: str) -> bool:
    """Whether ``word`` is one of the language's number words or a form of one of its scale words."""
    from mt_audit.numbers_words import bare, scale_stems, words

    low = word.lower()
    return low in words(lang) or any(bare(low).startswith(stem) for stem, _ in scale_stems(lang))


#: Letters a postposition glued to a unit's whole name may have (Marathi "किलोमीटरपर्यंत", Telugu "గ్రాముల").
MAX_POSTPOSITION = 6


def _postposed(plain: str, lang: str) -> str:
    """The unit whose whole CLDR name, in a script of syllables, ``plain`` starts with, a postposition of a few
    letters glued after it ("ग्रॅमपेक्षा", "than a gram"; "그램으로"); a name whose last vowel sign the ending
    replaces (Telugu "హెక్టార్లు", "హెక్టార్ల") counts without it. The postposition starts a syllable of its own:
    a vowel sign or mark right after the name makes another word of it (Hindi "मिला", found, is no "मील", mile;
    Telugu "గ్రామం", village, no "గ్రాము", gram). The longest name wins; "" if none."""
    for name, unit in _postposable(lang):
        rest = plain[len(name) :]
        if not plain.startswith(name) or letters(rest) > MAX_POSTPOSITION:
            continue
        if name in _virama_names(lang):  # its virama replaced by the ending's vowel: Malayalam "മിനിറ്റായി"
            if rest and vowel_sign(rest[0]):
                return unit
        elif not rest or letters(rest[0]):
            return unit
    return ""


@cache
def _virama_names(lang: str) -> frozenset[str]:
    """The language's one-word unit names ending in a virama, as spelling keys less it: an ending that starts
    with a vowel sign takes the virama's place ("മിനിറ്റ്", "മിനിറ്റിൽ")."""
    return frozenset(_virama_dropped(lang))


#: Syllables a name needs before a glued postposition is read after it: "ਮੀਲ" (two) begins too many words.
POSTPOSED_NAME = 3


@cache
def _postposable(lang: str) -> tuple[tuple[str, str], ...]:
    """The language's one-word unit names in a script of syllables, as spelling keys, and those ending in a vowel
    sign also without it, longest first: names of :data:`POSTPOSED_NAME` syllables or more (two in Hangul). In a
    script written without spaces a name of several words is also written solid ("ဒီဂရီစင်တီဂရိတ်")."""
    from mt_audit.languages import language

    solid = not language(lang).spaced
    out: dict[str, str] = {}
    for spaced_name, unit in _keyed_units(lang).items():
        name = "".join(spaced_name.split()) if solid else spaced_name
        if " " in name or not syllabic(name):
            continue
        least = 2 if ord(name[0]) >= HANGUL_AND_AFTER else POSTPOSED_NAME
        last = vowel_sign(name[-1]) or unicodedata.combining(name[-1]) == VIRAMA
        for form in (name, name[:-1]) if last else (name,):
            if letters(form) >= least:
                out.setdefault(form, unit)
    return tuple(sorted(out.items(), key=lambda nu: -len(nu[0])))


@cache
def _keyed_units(lang: str) -> dict[str, str]:
    """:func:`local_units` by their spelling keys (see :func:`spelling_key`)."""
    out: dict[str, str] = {}
    for name, unit in local_units(lang).items():
        out.setdefault(spelling_key(name), unit)
    return out


@cache
def _solid_names(lang: str) -> dict[str, str]:
    """The language's unit names of several words written solid, their final virama dropped where they end in one
    (Odia "ବର୍ଗମିଟର" for CLDR's "ବର୍ଗ ମିଟର୍", square metre): the press of an Indic script writes a loan's name
    both ways (see :func:`_virama_dropped` for one word)."""
    out: dict[str, str] = {}
    for name, unit in _keyed_units(lang).items():
        if " " not in name:
            continue
        solid = "".join(name.split())
        out.setdefault(solid, unit)
        if unicodedata.combining(solid[-1]) == VIRAMA:
            out.setdefault(solid[:-1], unit)
    return out


@cache
def _bare_units(lang: str) -> dict[str, str]:
    """:func:`local_units` by their spelling keys (no accents: an ending may lengthen the vowel before it,
    "uncia", "unciát"), and less their last letter where an ending may replace it ("εκτάρια", "εκταρίων"; the
    language's citation ending, see :func:`_citation_ending`)."""
    out = dict(_keyed_units(lang))
    citation = _citation_ending(lang)
    for name, unit in list(out.items()):
        if name.isalpha() and not syllabic(name) and (len(name) > STEM_MIN or name[-1] == citation):
            out.setdefault(name[:-1], unit)
    return out


#: Letters a unit's name must keep when an ending replaces its last one (Greek "εκτάρια", "εκταρίων").
STEM_MIN = 5
#: The share of a language's one-word unit names that must end in one letter for it to be their citation ending.
CITATION_SHARE = 0.5


@cache
def _citation_ending(lang: str) -> str:
    """The last letter most of the language's one-word CLDR unit names share, the ending of the form they are
    cited in, which case endings replace (Georgian "გრამი", "გრამზე"; Lithuanian "-as"); "" if none is."""
    names = [n for n in _singular_names(lang) if n.isalpha() and len(n) > 2]
    if not names:
        return ""
    last, count = Counter(n[-1] for n in names).most_common(1)[0]
    return last if count >= CITATION_SHARE * len(names) else ""


@cache
def _singular_names(lang: str) -> tuple[str, ...]:
    """The language's CLDR long unit names for one ("{0} gramo"), as spelling keys."""
    longs = (unit_forms(lang, cldr_id).get("long", {}) for cldr_id in CLDR_UNITS)
    return tuple(spelling_key(pattern_name(p.get("one") or p.get("other", ""))) for p in longs if p)


@cache
def _glues(lang: str) -> bool:
    """Whether endings or particles glue to nouns: inflecting languages (CLDR facts), unspaced scripts, Hangul."""
    from mt_audit.languages import inflects_names

    return inflects_names(lang) or script_glues(lang)


def script_glues(lang: str) -> bool:
    """Whether the language's script lets the next word or a particle follow a word unspaced: a script without
    spaces, Hangul (Korean particles: "3시간을")."""
    from mt_audit.languages import language

    info = language(lang)
    return not info.spaced or info.script in ("Kore", "Hang")


@cache
def local_units(lang: str) -> dict[str, str]:
    """The language's own unit names and abbreviations from CLDR, lower-cased → pint unit.

    Long names in every plural form ("metr", "metry", "metrów"); abbreviations only when they cannot be a
    short word ("km/h", "Tg.", "kWh", not French "j" or Spanish "a"). Patterns that put the unit before
    the number (Japanese "時速 1 キロメートル") are left out, as the reader looks after the number, unless
    the language writes all its units first (Swahili "kilomita 3"): then they are its only names.
    """
    from mt_audit.languages import language

    patterns = unit_patterns(lang)
    if not patterns:  # CLDR has no locale for it (every locale inherits root's patterns)
        return {}
    out: dict[str, str] = {}
    first = language(lang).units_first
    for cldr_id in CLDR_UNITS:
        unit = cldr_pint(cldr_id) if cldr_id in patterns else ""
        if not unit:
            continue
        for length in ("long", "short"):
            for pattern in counted_patterns(patterns[cldr_id], (length,)):
                name = pattern_name(pattern, first)
                if name and (length == "long" or len(name) > 2 or not name.isalpha()):
                    out.setdefault(name.lower(), unit)
    for name, unit in _plurals(patterns).items():
        out.setdefault(name, unit)
    for name, unit in _display_names(unit_display_names(lang)).items():
        out.setdefault(name, unit)
    for name, unit in _script_variant_names(lang).items():
        out.setdefault(name, unit)
    return out


@cache
def _script_variant_names(lang: str) -> dict[str, str]:
    """The unit names CLDR gives the language in another form of its own script, converted by ICU's transform
    between the two: Chinese "公斤" (kilogram) of its Traditional locale, where the Simplified one has only "千克";
    the press of either form writes both words. Only names whose characters stay in one Unicode script (Han)
    through the transform, not Latin's (root's symbols): another script's names (Serbian Latin for Cyrillic) are
    another spelling, not these."""
    import icu
    from babel import localedata

    from mt_audit.languages import language

    if "_" in lang or "-" in lang:
        return {}
    own = language(lang).script
    out: dict[str, str] = {}
    for code in sorted(localedata.locale_identifiers()):
        base, _, variant = code.partition("_")
        if base != lang or len(variant) != len(own) or variant == own or "_" in variant:
            continue
        try:
            transform = icu.Transliterator.createInstance(f"{variant}-{own}")
        except icu.ICUError:
            continue
        for name, unit in local_units(code).items():
            new, scripts = transform.transliterate(name), _unicode_scripts(name)
            if scripts and "Latn" not in scripts and scripts == _unicode_scripts(new):
                out.setdefault(new, unit)
    return out


def _unicode_scripts(text: str) -> frozenset[str]:
    """The Unicode scripts of ``text``'s letters (ICU's short names: "Hani", "Latn")."""
    import icu

    return frozenset(icu.Script.getScript(c).getShortName() for c in text if c.isalpha())


def _display_names(names: Mapping[str, Any]) -> dict[str, str]:
    """CLDR's long display names of the units ("ektarya" in Filipino, whose patterns write "hektarya";
    Russian "гектары"): another everyday spelling or form."""
    out: dict[str, str] = {}
    for cldr_id in CLDR_UNITS:
        name = " ".join(str(names.get(cldr_id, {}).get("long", "")).lower().split())
        unit = cldr_pint(cldr_id) if name else ""
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
        unit = cldr_pint(cldr_id) if cldr_id in patterns else ""
        long = patterns[cldr_id].get("long", {}) if unit else {}
        one, other = pattern_name(long.get("one", "")).lower(), pattern_name(long.get("other", "")).lower()
        if not one.isalpha() or not other.isalpha():
            continue
        if one == other:
            alike.append((one, unit))
        elif other.startswith(one):
            endings[other[len(one) :]] = endings.get(other[len(one) :], 0) + 1
    common = [e for e, n in endings.items() if n >= PLURAL_EVIDENCE]
    return {name + e: unit for name, unit in alike for e in common}


def _stems(word: str) -> list[str]:
    """``word`` and, if long enough, itself without a plural or case ending."""
    out = [word]
    if len(word) > 3:
        out += [word[: -len(e)] for e in ("en", "es", "n", "e", "s") if word.endswith(e) and len(word) - len(e) > 2]
    return out


def unit_after(text: str, pos: int, lang: str) -> tuple[str, int] | None:
    """The unit written right after a number ending at ``pos``, and where it ends; None if there is none."""
    if pos >= len(text):
        return None
    phrase = _phrases(lang).match(text, pos) if lang != "en" else None
    unit = _phrase_unit(phrase.group(1), lang) if phrase else ""
    if phrase and unit:
        return unit, phrase.end(1)
    loose = _loose_phrase(text, pos, lang) if lang != "en" else None
    if loose:
        return _per(text, *loose, lang)
    m = _UNIT_WORD.match(text, pos)
    if m is None:
        return None
    first = m.group(1)
    cands = [(first, m.end(1))]
    nxt = _UNIT_NEXT.match(text, m.end(1))
    if nxt and first.lower() in UNIT_LEAD:
        cands.insert(0, (f"{first} {nxt.group(1)}", nxt.end(1)))
    elif nxt and lang != "en" and (first + nxt.group(1)).lower() in local_units(lang):
        cands.insert(0, (first + nxt.group(1), nxt.end(1)))  # a solid name written in two: Amharic "ኪሎ ሜትር"
    for phrase, end in cands:
        unit = unit_of(phrase, lang)
        if unit:
            return _per(text, unit, end - phrase.endswith("."), lang)
    return None


def two_word_unit(first: str, second: str, lang: str) -> str:
    """The unit two words name together, or "": a CLDR name written solid ("ኪሎ ሜትር" as "ኪሎሜትር") or spaced, as the
    squares and cubes are ("kilómetros cuadrados", "vierkante kilometer": the area, not the length its second
    word names). Not :func:`unit_of`, which reads a word with an ending ("saat de" would be hours, glued)."""
    units = local_units(lang)
    return units.get((first + second).lower()) or units.get(f"{first} {second}".lower(), "")


#: One or two words right before a figure, for languages that write units first.
_WORDS_BEFORE = regex.compile(rf"(?:({WORD})[ \u00a0])?({WORD})[ \u00a0]$")


def unit_before(text: str, pos: int, lang: str) -> tuple[str, int] | None:
    """The unit written right before a number starting at ``pos`` where the language writes units first (CLDR's
    patterns: Swahili "kilomita 3", Sinhala "සෙල්සියස් අංශක 2"), and where it starts; None if there is none.
    A name whose final virama the word drops before its figure ("කිලෝමීටර 3", CLDR "කිලෝමීටර්") counts, and so does
    one before the language's link to its figure (Tongan "kilomita sikuea ʻe 40", see :func:`past_link`)."""
    pos = past_link(text, pos, lang)
    m = _WORDS_BEFORE.search(text, max(0, pos - 60), pos)
    if m is None:
        return None
    if m.group(1):
        unit = unit_of(f"{m.group(1)} {m.group(2)}", lang)
        if unit:
            return unit, m.start(1)
    word = m.group(2)
    unit = unit_of(word, lang) or _virama_dropped(lang).get(spelling_key(word), "")
    return (unit, m.start(2)) if unit else None


def past_link(text: str, pos: int, lang: str) -> int:
    """Where the words before a figure at ``pos`` end, past the language's link between a noun written first and
    its figure (Tongan "ʻe": "miliona ʻe 80", see :func:`~mt_audit.languages.front_link`); ``pos`` if none."""
    from mt_audit.languages import front_link

    link = front_link(lang)
    if not link:
        return pos
    m = regex.search(rf"[ \u00a0]{regex.escape(link)}[ \u00a0]$", text[max(0, pos - len(link) - 2) : pos], regex.I)
    return pos - len(m.group()) + 1 if m else pos


@cache
def _virama_dropped(lang: str) -> dict[str, str]:
    """The language's one-word unit names ending in a virama, as spelling keys without it."""
    names = _keyed_units(lang).items()
    return {n[:-1]: u for n, u in names if len(n) > 2 and unicodedata.combining(n[-1]) == VIRAMA and " " not in n}


#: Up to three words right after a figure, for unit names of several words.
_NEXT_WORDS = regex.compile(rf"[ \u00a0]?({WORD})(?:[ \u00a0\u202f]({WORD}))?(?:[ \u00a0\u202f]({WORD}))?")
#: Characters a word of a unit's name needs to be a content word that the press keeps ("ըստ", "á" it may drop).
CONTENT_WORD = 4
#: Letters a case ending may take off the end of a word of a unit's name ("ცელსიუსით" → "ცელსიუს" + "ამდე").
NAME_CASE_CUT = 2


def _loose_phrase(text: str, pos: int, lang: str) -> tuple[str, int] | None:
    """A unit name of several words written in another order or with other case endings than CLDR's, and where
    it ends: Kazakh "градус Цельсийге" for CLDR's "цельсий градусы", Georgian "გრადუს ცელსიუსამდე" for
    "გრადუსი ცელსიუსით". The words right after the figure must each match a distinct word of the name by its
    stem (see :func:`_stem_match`), every content word of it (four characters or more) matched; None otherwise."""
    m = _NEXT_WORDS.match(text, pos)
    if m is None or m.group(2) is None:
        return None
    said = [spelling_key(w) for w in m.groups() if w]
    for unit, need in _phrase_parts(lang):
        k = len(need)
        if k <= len(said) and _matched(said[:k], need):
            return unit, m.end(k)
    return None


@cache
def _phrase_parts(lang: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The language's unit names of several words, as the spelling keys of the words the press keeps (its
    content words if two or more, else all), longest first."""
    out: dict[tuple[str, ...], str] = {}
    for name, unit in local_units(lang).items():
        parts = tuple(spelling_key(w) for w in name.split())
        if len(parts) > 1 and all(len(w) > 1 and all(_word_char(c) for c in w) for w in name.split()):
            content = tuple(p for p in parts if len(p) >= CONTENT_WORD)
            out.setdefault(content if len(content) >= 2 else parts, unit)
    return tuple((unit, parts) for parts, unit in sorted(out.items(), key=lambda pu: -sum(map(len, pu[0]))))


def _matched(said: list[str], parts: tuple[str, ...]) -> bool:
    """Whether each of ``said`` matches a distinct one of ``parts`` (as many), in any order."""
    return any(all(_stem_match(w, p) for w, p in zip(said, order)) for order in permutations(parts))


def name_form(word: str, name: str) -> bool:
    """Whether ``word`` is the unit name ``name`` (both spelling keys) or a form of it: spelt a little otherwise
    ("megawaat" for CLDR's Somali "meegawaat", Pashto "ی" for CLDR's "ي"), with an ending glued ("톤을")."""
    return bool(word) and bool(name) and _stem_match(word, name)


@lru_cache(maxsize=8192)
def _stem_match(word: str, part: str) -> bool:
    """Whether ``word`` is ``part`` or a form of it: the word starts with the part, or with the part less a case
    ending of up to :data:`NAME_CASE_CUT` letters (four letters kept), spelt alike but for a letter in five
    ("ფარენჰაიტ", CLDR "ფარენჰეიტ"), with a postposition of a few letters after it. The first letters agree."""
    if word[:1] != part[:1]:
        return False
    for cut in range(NAME_CASE_CUT + 1):
        stem = part[: len(part) - cut]
        if cut and len(stem) < CONTENT_WORD:
            break
        slack = (len(stem) - 1) // SPELLING_SLACK
        for end in range(max(1, len(stem) - slack), min(len(word), len(stem) + slack) + 1):
            if letters(word[end:]) <= MAX_POSTPOSITION and edit_distance(word[:end], stem, slack) <= slack:
                return True
    return False


#: Letters of a word of a unit's name per spelling difference allowed, past the first ("farenhait": two).
SPELLING_SLACK = 4


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
    out = []
    for cldr_id in _PER_UNITS:
        for length in ("long", "short", "narrow"):
            tail = after_figure(unit_forms(lang, cldr_id).get(length, {}).get("per", ""))
            if tail.strip():
                alt = re.escape(" ".join(tail.split())).replace(r"\ ", r"[ \u00a0\u202f]")
                lead = r"[ \u00a0\u202f]?" if not tail[0].isspace() else r"[ \u00a0\u202f]"
                out.append((re.compile(lead + alt + r"(?!\w)", re.IGNORECASE), pint_expr(cldr_id)))
    return tuple(out)


def _per(text: str, unit: str, end: int, lang: str) -> tuple[str, int]:
    """``unit`` (ending at ``end``), or the rate it heads ("kilometres per hour") when a "per" pattern follows."""
    if "/" in unit:
        return unit, end
    for pattern, per in _per_suffixes(lang):
        m = pattern.match(text, end)
        if m:
            rate = pint_unit(f"({unit})/{per}", spelt=False)
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
    alts = "|".join(_phrase_re(n) + (r"(?![\p{L}\p{M}\p{N}_])" if _word_char(n[-1]) else "") for n in names)
    return regex.compile(rf"[ \u00a0\u202f-]?({alts})", regex.IGNORECASE)


def _word_char(ch: str) -> bool:
    """A letter, digit or mark: a name ending in one ends at a word's end (Marathi "मी" is no "मीटर")."""
    return unicodedata.category(ch)[0] in "LNM" or ch == "_"


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
        unit = cldr_pint(cldr_id)
        if unit:
            out.setdefault(unit, cldr_id)
    return out


def figureless(lang: str, unit: str, value: float) -> bool:
    """Whether the language names ``value`` of ``unit`` by the unit word alone: CLDR's pattern for its plural
    category has no figure (Arabic "ساعتان", Hebrew "שעתיים": two hours), so a missing figure is no loss."""
    cldr_id = _cldr_ids().get(unit)
    category = plural_category(lang, value)
    if category is None:
        return False
    patterns = unit_forms(lang, cldr_id) if cldr_id else {}
    return any("{0}" not in (patterns.get(length, {}).get(category) or "{0}") for length in ("long", "short", "narrow"))


@cache
def percent_names(lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The language's words for "percent" from CLDR's unit patterns, those written after the figure ("{0} foiz",
    "{0} хувь") and those before it ("boqolkiiba {0}", "yüzde {0}"), every plural form, lower-cased."""
    after, before = set(), set()
    for pattern in counted_patterns(unit_forms(lang, "concentr-percent"), ("long", "short")):
        name = either_name(pattern).lower().strip()
        if not name or "%" in name or "٪" in name or not any(c.isalpha() for c in name):
            continue
        (after if pattern.startswith("{0}") else before).add(name)
    return tuple(sorted(after)), tuple(sorted(before))
