"""Untranslated words in languages without a frequency list or a lingua model, and the words CLDR says a
language writes the English way.

A hyphened or elided article is no part of the word it is written onto (Maltese "il-", Luxembourgish
"D’"); where lingua has no model of the article's language, the language it takes the article for stands
in; a currency or a large number as CLDR names it in the language is a word of that language.
"""

from __future__ import annotations

import pytest

from mt_audit.checks import CHECKS, make_input, run_checks
from mt_audit.checks.copied import leans_source
from mt_audit.checks.foreign import words_of
from mt_audit.identify import stand_in, supported
from mt_audit.languages import currency_words, international_currency_names, scale_words

SCHOOLS = "The minister said that the government will build ten new schools."


def _found(lang: str, article: str, source: str) -> list[tuple[str, str]]:
    item = make_input(article, lang, source=source)
    found = run_checks(item, [CHECKS["untranslated"], CHECKS["spinner"]])
    return [(f.category.split("/")[-1], f.span) for f in found]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Tkellem mal-ministru fil-belt.", ["Tkellem", "ministru", "belt"]),  # a hyphened article or preposition
        ("Il-gvern qal le.", ["gvern", "qal", "le"]),  # capitalised by the sentence rule
        ("D’Regierung huet d’Schoul opgemaach.", ["Regierung", "huet", "Schoul", "opgemaach"]),
        ("Anak-anak makan buah-buahan.", ["Anak-anak", "makan", "buah-buahan"]),  # a doubled word stays whole
        ("Sie traf Jean-Luc gestern.", ["Sie", "traf", "Jean-Luc", "gestern"]),  # a name's capital mid-sentence
        ("Il a dit l'accord.", ["Il", "a", "dit", "accord"]),
    ],
)
def test_clitics_written_onto_a_word_are_left_off(text: str, words: list[str]) -> None:
    assert [t.text for t in words_of(text, 0, len(text))] == words


@pytest.mark.parametrize(
    ("lang", "article", "expected"),
    [
        # A copy behind a hyphened article (Maltese, no list, no lingua model).
        ("mt", "Il-ministru qal li l-government se jibni għaxar skejjel ġodda.", [("untranslated", "government")]),
        ("mt", "Il-ministru qal li l-gvern se jibni għaxar skejjel ġodda.", []),
        # A copy behind an elided, capitalised article (Luxembourgish).
        ("lb", "D’Ministesch sot, datt d’Regierung zéng nei Schoulen baue wëll.", []),
        ("lb", "D’Ministesch sot, datt d’Regierung zéng nei schools baue wëll.", [("untranslated", "schools")]),
    ],
)
def test_copies_in_languages_lingua_does_not_model(lang: str, article: str, expected: list[tuple[str, str]]) -> None:
    assert _found(lang, article, SCHOOLS) == expected


HAUSA = "Ministan ya ce gwamnati za ta gina sababbin makarantu goma. Ya yi magana da manema labarai a cikin birnin."


@pytest.mark.parametrize(
    ("lang", "text", "other", "expect_self"),
    [
        ("de", "Die Regierung baut zehn neue Schulen.", "en", True),  # lingua knows the language: itself
        ("ha", HAUSA, "en", False),  # no model: another language lingua knows, never English
    ],
)
def test_a_stand_in_is_a_language_lingua_models(lang: str, text: str, other: str, expect_self: bool) -> None:
    proxy = stand_in(text, lang, other)
    assert proxy is not None and supported(proxy) and proxy != other
    assert (proxy == lang) is expect_self


@pytest.mark.parametrize(
    ("word", "leans"),
    [("government", True), ("reporters", True), ("gwamnati", False), ("makarantu", False)],
)
def test_a_word_is_weighed_against_the_stand_in(word: str, leans: bool) -> None:
    assert not supported("ha")
    assert leans_source(word, "ha", "en", 0.5, HAUSA) is leans


@pytest.mark.parametrize(
    ("lang", "word", "own"),
    [
        ("ga", "franc", True),  # CLDR's Irish names keep the English unit
        ("zu", "pound", True),  # Zulu: "i-British Pound"
        ("ha", "dollar", False),  # Hausa writes "dala"
        ("sw", "pound", False),  # Swahili writes "pauni"
        ("sw", "euro", True),  # written alike by a third of the Latin-script languages
        ("ja", "euro", True),
    ],
)
def test_currency_words_come_from_cldr(lang: str, word: str, own: bool) -> None:
    assert (word in currency_words(lang)) is own


def test_only_the_euro_is_named_alike_everywhere() -> None:
    assert international_currency_names() == frozenset({"euro"})


@pytest.mark.parametrize(
    ("lang", "word", "own"),
    [("uz", "milliard", True), ("de", "millionen", True), ("sw", "milioni", True), ("sw", "million", False)],
)
def test_scale_words_come_from_cldr(lang: str, word: str, own: bool) -> None:
    assert (word in scale_words(lang)) is own


@pytest.mark.parametrize(
    ("lang", "article", "source"),
    [
        ("ga", "Chosain an leabhar fiche franc sa siopa.", "The book cost twenty francs in the shop."),
        # A copy whose letters read English beside the stand-in, but Uzbek's own name of the number.
        ("uz", "Ko'prik qurilishi uch million so'mga tushdi. Yangi ko'prik ikki shaharni bog'laydi.",
         "Building the bridge cost three million soums. The new bridge links two cities."),
    ],
)  # fmt: skip
def test_named_quantities_are_no_untranslated_words(lang: str, article: str, source: str) -> None:
    assert _found(lang, article, source) == []
