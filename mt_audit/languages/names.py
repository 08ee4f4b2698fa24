"""The names a language gives: to territories, languages, cities, months and weekdays (CLDR), the languages of
its country, and how names take case endings or proclitics there.
"""

from __future__ import annotations

import unicodedata
from functools import cache

import icu
from babel import Locale, UnknownLocaleError

from mt_audit.languages.core import babel_locale, base_tag, exemplar_letters, in_script, transliterator


@cache
def territory_names(tag: str) -> dict[str, str]:
    """Region code → the language's name for it ("DE" → "Deutschland" in German)."""
    locale = babel_locale(base_tag(tag))
    return dict(locale.territories) if locale else {}


@cache
def language_names(tag: str) -> dict[str, str]:
    """Language code → the language's name for it ("en" → "Englisch" in German)."""
    locale = babel_locale(base_tag(tag))
    return dict(locale.languages) if locale else {}


@cache
def exonyms(tag: str) -> dict[str, frozenset[str]]:
    """English names of countries and languages → the language's own names for them.

    "Germany" → {"Deutschland"} in German, {"Allemagne"} in French; lets the
    entity checks accept a place or language written in its target-language form.
    """
    english_t, english_l = territory_names("en"), language_names("en")
    local_t, local_l = territory_names(tag), language_names(tag)
    pairs: dict[str, set[str]] = {}
    for english, local in ((english_t, local_t), (english_l, local_l)):
        for code, name in english.items():
            if code in local and local[code] != name:
                pairs.setdefault(name, set()).add(local[code])
    return {name: frozenset(forms) for name, forms in pairs.items()}


@cache
def calendar_words(tag: str, abbreviated: bool = True) -> frozenset[str]:
    """The language's month and day names (and their abbreviations), lower-cased, without a final dot.

    From CLDR's Gregorian calendar. Languages that capitalise them (English,
    German, Indonesian, Turkish) would otherwise have dates read as names.
    """
    locale = babel_locale(base_tag(tag))
    if locale is None:
        return frozenset()
    out: set[str] = set()
    widths = ("wide", "abbreviated") if abbreviated else ("wide",)
    for table in (locale.months, locale.days):
        for context in ("format", "stand-alone"):
            for width in widths:
                names = table.get(context, {}).get(width, {})
                out.update(str(v).lower().rstrip(".") for v in names.values())
    return frozenset(w for w in out if len(w) >= 3)


#: Languages whose case endings attach to names without an apostrophe or a hyphen
#: ("Netflixa", "Googlem", "Teslan"). CLDR's grammatical-case data is not shipped by
#: Babel or ICU, so this fact is recorded here from the languages' grammars.
_INFLECTS_NAMES = frozenset(
    "pl cs sk sl hr sr bs uk ru be bg mk lt lv et fi hu tr az uz kk ky tk eu is ga la el ro sq hy ka id ms "
    "de sv no da".split()
)


def inflects_names(tag: str) -> bool:
    """True when the language adds case or derivational endings to names ("Netflixa", "Teslan")."""
    return base_tag(tag) in _INFLECTS_NAMES


#: Words a language writes joined to the front of the next word, as slots in their fixed order, each
#: slot holding alternatives (one at most is used), from the languages' grammars; CLDR has no such
#: data. Names take them like any word: "بلندن" ("in London"), "ולונדון" ("and London").
#: Arabic: a conjunction (و "and", ف "so"), a preposition (ب "in, with", ك "like", ل "for"), the
#: article ال; Persian and Urdu write all of these apart ("به لندن", "لندن میں") and have none.
#: Hebrew, the letters of "משה וכלב": the conjunction ו, the subordinator ש or כש ("when"), a
#: preposition ב כ ל מ, the article ה ("וכשבלונדון", "and when in London"). No other claimed
#: language joins such words to a name in its standard spelling.
_PROCLITIC_SLOTS: dict[str, tuple[tuple[str, ...], ...]] = {
    "ar": (("و", "ف"), ("ب", "ك", "ل"), ("ال",)),
    "he": (("ו",), ("ש", "כש"), ("ב", "כ", "ל", "מ"), ("ה",)),
}


#: How two joined proclitics are spelt: Arabic ل before the article drops its alif ("لل", not "لال");
#: Hebrew ב כ ל absorb the article ה, written in their vowel alone ("בבית" is "in the house").
_PROCLITIC_JOINS: dict[str, dict[str, str]] = {
    "ar": {"لال": "لل"},
    "he": {"בה": "ב", "כה": "כ", "לה": "ל"},
}


@cache
def proclitics(tag: str) -> tuple[str, ...]:
    """Prefixes the language writes joined to the next word, alone or combined, longest first.

    Names take them as any word does ("بلندن", "ולונדון"), so a name compared with its source
    must be looked for with them taken off. Empty where the language writes them apart.
    """
    base = base_tag(tag)
    forms = {""}
    for slot in _PROCLITIC_SLOTS.get(base, ()):
        forms |= {f + p for f in forms for p in slot}
    joins = _PROCLITIC_JOINS.get(base, {})
    for joined, written in joins.items():
        forms = {f.replace(joined, written) for f in forms}
    return tuple(sorted(forms - {""}, key=lambda f: (-len(f), f)))


@cache
def city_names(tag: str) -> dict[str, str]:
    """English names of major cities → the language's names for them ("Vienna" → "Wien" in German).

    From CLDR's exemplar cities of time zones (about 450 cities, each named in
    the languages that name it their own way), so the entity checks accept
    "Wiedeń", "Bécs" or "Вена" for "Vienna".
    """
    locale = babel_locale(base_tag(tag))
    english = babel_locale("en")
    if locale is None or english is None:
        return {}
    return {name: local for name, local in _zone_cities(english, locale) if local and local != name}


@cache
def weekday_names(tag: str) -> frozenset[str]:
    """The language's full day names, lower-cased: several count the days ("יום שלישי", "Thứ Ba", "terça-feira").

    From CLDR's Gregorian calendar, so a reader of number words can tell Tuesday from "the third".
    """
    locale = babel_locale(base_tag(tag))
    if locale is None:
        return frozenset()
    return frozenset(
        str(v).lower()
        for context in ("format", "stand-alone")
        for v in locale.days.get(context, {}).get("wide", {}).values()
    )


#: The share of a country's people who speak a language for it to be one whose words the country's press meets
#: (Russian in Tajikistan, Italian in Malta).
NEIGHBOUR_SHARE = 10.0


@cache
def neighbour_languages(tag: str) -> tuple[str, ...]:
    """The other languages of the language's country (its likely territory, CLDR's territory language info):
    official there or spoken by :data:`NEIGHBOUR_SHARE` percent or more. A language borrows their names for
    units and scales ("километр" in Tajik, "pied" in Maltese, the crore in Odia)."""
    from babel.core import get_global
    from babel.languages import get_territory_language_info

    base = base_tag(tag)
    likely = str(get_global("likely_subtags").get(base, ""))
    if "_" not in likely:
        return ()
    out = []
    for other, info in sorted(get_territory_language_info(likely.rsplit("_", 1)[-1]).items()):
        share = info.get("population_percent") or 0.0
        if other != base and "_" not in other and (info.get("official_status") or share >= NEIGHBOUR_SHARE):
            out.append(other)
    return tuple(out)


def _zone_cities(english: Locale, locale: Locale) -> list[tuple[str, str]]:
    """(English name, ``locale``'s name or "") of the exemplar city of each CLDR time zone."""
    from babel.core import get_global

    out = []
    for zone in get_global("zone_territories"):
        name = english.time_zones.get(zone, {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
        out.append((name, locale.time_zones.get(zone, {}).get("city", "")))
    return out


def world_place_names() -> tuple[tuple[str, str], ...]:
    """(English name, a language's name) of each time zone's exemplar city and each territory, in every base
    language CLDR has: the names other languages give a place, which a language may borrow rather than take
    from English (Hindi "काहिरा" for Cairo, as Arabic and Persian say it). Names a language lacks are ""."""
    from babel.localedata import locale_identifiers

    english = babel_locale("en")
    out: list[tuple[str, str]] = []
    for tag in sorted(t for t in locale_identifiers() if "_" not in t) if english else ():
        try:
            locale = Locale.parse(tag)
        except (UnknownLocaleError, ValueError):
            continue
        out += _zone_cities(english, locale)
        out += [(name, locale.territories.get(code, "")) for code, name in english.territories.items()]
    return tuple(out)


@cache
def _spelling_transforms() -> tuple[tuple[frozenset[str], icu.Transliterator], ...]:
    """(CLDR standard exemplar letters, ICU transform to IPA) of each language whose ICU has a transform
    from its own Latin spelling to its sound (``pl-pl_FONIPA``, ``es-es_FONIPA``), sorted by tag."""
    out: list[tuple[frozenset[str], icu.Transliterator]] = []
    for tid in sorted(icu.Transliterator.getAvailableIDs()):
        src, _, dst = tid.partition("-")
        if dst != f"{src}_FONIPA":
            continue
        exemplars = icu.LocaleData(src).getExemplarSet(0, icu.ULocaleDataExemplarSetType.ES_STANDARD)
        letters = frozenset(c for c in exemplars if len(c) == 1 and c.isalpha())
        if letters and all("LATIN" in unicodedata.name(c, "") for c in letters):
            out.append((letters, icu.Transliterator.createInstance(tid)))
    return tuple(out)


@cache
def native_readings(name: str) -> tuple[str, ...]:
    """How a name spelt with letters beyond English's ("Wrocław", "Kraków") sounds in each language whose CLDR
    letters write it all and whose spelling ICU reads aloud (IPA), written in Arabic letters by ICU's
    ``und_FONIPA-ar``: a consonantal spelling of the name's own sound, which the press of another script
    transliterates ("فروتسواف", "ヴロツワフ" for Polish "vrɔt͡swaf") rather than the English letters."""
    low = name.lower()
    if low.isascii() or not any(c.isalpha() for c in low):
        return ()
    letters = {c for c in low if c.isalpha()}
    arabic = transliterator("und_FONIPA-ar")
    out = [arabic.transliterate(t.transliterate(low)) for known, t in _spelling_transforms() if letters <= known]
    return tuple(dict.fromkeys(out))


#: Names of territories :func:`written_sample` joins: enough words to embed, few enough to embed fast.
SAMPLE_NAMES = 40


@cache
def written_sample(tag: str) -> str:
    """A line of the language's own writing from CLDR, to probe what a model reads of it.

    Its names of territories ("가나, 가봉, 가이아나"), real words in its script; where CLDR names
    none, its exemplar letters in groups of five.
    """
    own = [n for n in sorted(territory_names(tag).values()) if in_script(n, tag)]
    if own:
        return ", ".join(own[:SAMPLE_NAMES])
    letters = exemplar_letters(tag)
    return " ".join(letters[i : i + 5] for i in range(0, len(letters), 5))


@cache
def kept_place_names(tag: str) -> frozenset[str]:
    """English names of countries and time zones' exemplar cities, lower-cased, that CLDR gives the language as
    English spells them ("Chile", "London" in Danish): the translation keeps them, so their absence is no exonym.

    A city a locale in English's script does not list takes CLDR's fallback, its time zone's own name, which
    here is the English one; a locale in another script lists its names of cities, or has none to say."""
    locale, english = babel_locale(base_tag(tag)), babel_locale("en")
    if locale is None or english is None:
        return frozenset()
    local_t = territory_names(tag)
    kept = {name for code, name in english.territories.items() if local_t.get(code) == name}
    for name, local in _zone_cities(english, locale):
        if local == name or (not local and in_script(name, tag) and name in _zone_own_names()):
            kept.add(name)
    return frozenset(n.lower() for n in kept)


@cache
def _zone_own_names() -> frozenset[str]:
    """The cities time zones are named after ("Europe/London": "London"), CLDR's fallback exemplar cities."""
    from babel.core import get_global

    return frozenset(z.rsplit("/", 1)[-1].replace("_", " ") for z in get_global("zone_territories"))
