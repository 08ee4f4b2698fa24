"""Words that CLDR gives for places, languages and dates, in English and in the article's language.

Such a word renders no other name (a month is no "Seville"), and one standing where a source name was
is positively another entity; the audit and the ``entities`` check both ask, so the word sets are
built once per language here.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from mt_audit.entities import compact
from mt_audit.languages import calendar_words, city_names, exonyms, language_names, territory_names


@lru_cache(maxsize=64)
def entity_words(lang: str) -> frozenset[str]:
    """Keys of every word of CLDR's names of countries, languages and major cities, in English and
    in the language: a word that positively names a place or a language."""
    names = [*territory_names("en").values(), *language_names("en").values()]
    for english, local in city_names(lang).items():
        names += [english, local]
    words = {compact(w) for name in names for w in name.split()}
    return frozenset(words | _place_words(lang)) - {""}


def named_as_written(word: str, lang: str) -> bool:
    """Whether the article word is a word of CLDR's names of places, languages and cities (:func:`entity_words`)
    as the language writes them, its marks kept and capitalised there, or of their English names: folding its
    marks away may make another word of it (Vietnamese "Đồng", a plain, is no "Đông", east, of "Đông Á"), and
    a word a name writes in lower case is a common one ("đồng", currency, of "Khu vực đồng Euro")."""
    key = compact(word)
    if key not in entity_words(lang):
        return False
    return key in _english_words(lang) or unicodedata.normalize("NFC", word.lower()) in _written_words(lang)


@lru_cache(maxsize=64)
def _english_words(lang: str) -> frozenset[str]:
    """Keys of the words of CLDR's English names of countries, languages and the language's cities."""
    names = [*territory_names("en").values(), *language_names("en").values(), *city_names(lang)]
    return frozenset(compact(w) for name in names for w in name.split())


@lru_cache(maxsize=64)
def _written_words(lang: str) -> frozenset[str]:
    """The words of the language's own CLDR names of places, languages and cities that do not open in lower case,
    and of its dates, lower-cased as written."""
    names = [form for forms in exonyms(lang).values() for form in forms] + list(city_names(lang).values())
    words = [w for name in names for w in name.split() if not w[:1].islower()] + list(calendar_words(lang))
    return frozenset(unicodedata.normalize("NFC", w.lower()) for w in words)


@lru_cache(maxsize=64)
def _place_words(lang: str) -> frozenset[str]:
    """Keys of every word of the language's CLDR names of countries and languages, and of its dates."""
    places = {compact(w) for forms in exonyms(lang).values() for form in forms for w in form.split()}
    return frozenset(places | {compact(w) for w in calendar_words(lang)})


@lru_cache(maxsize=64)
def _whole_place_words(lang: str) -> frozenset[str]:
    """Keys of the language's CLDR names of countries and languages written as one word, and of its dates."""
    places = {compact(form) for forms in exonyms(lang).values() for form in forms if len(form.split()) == 1}
    return frozenset(places | {compact(w) for w in calendar_words(lang)})


#: Place names a word must share with an English word to render it: once may be chance, twice is a class word.
CLASS_MIN_NAMES = 2


@lru_cache(maxsize=64)
def class_renderings(lang: str) -> dict[str, frozenset[str]]:
    """Word key in the language → keys of the English words it stands beside in CLDR's names of the same
    territories, in :data:`CLASS_MIN_NAMES` or more of them: Turkish "adasi" with "island" ("Norfolk Adası",
    "Norfolk Island"). Such a word in a name translates its English class word; it names no place itself."""
    english, local = territory_names("en"), territory_names(lang)
    together: dict[tuple[str, str], int] = {}
    for code, name in english.items():
        if code not in local:
            continue
        for pair in {(lw, ew) for lw in _keys(local[code]) for ew in _keys(name)}:
            together[pair] = together.get(pair, 0) + 1
    out: dict[str, set[str]] = {}
    for (lw, ew), n in sorted(together.items()):
        if n >= CLASS_MIN_NAMES:
            out.setdefault(lw, set()).add(ew)
    return {k: frozenset(v) for k, v in out.items()}


def _keys(name: str) -> set[str]:
    return {compact(w) for w in name.split()} - {""}
