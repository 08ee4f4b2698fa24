"""Tenth round: false alarms on clean translations and untranslated words glued to a count.

A power of ten written with the numeral one before it (Japanese "一千") is a numeral; a word most languages
with a large frequency list have adopted is a loan where the article's language has no list to ask; a copy
with the capital every noun takes is a word of the language; a Latin word with a count glued on in a script
without spaces is a word of its own; and where nouns inflect at the front (CLDR's unit names), a scale word's
form before a concord glued to the figure scales it.
"""

from __future__ import annotations

import pytest
from support import UNTRANSLATED_SPINNER, spans

from mt_audit.checks.foreign import words_of
from mt_audit.language_words import unlisted_loan
from mt_audit.languages import front_inflection
from mt_audit.numbers import extract
from mt_audit.numbers_spelled import spelled_numbers


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ja", "一千年以上の歴史", [(0, 2, 1000.0, False)]),  # the formal "one thousand"
        ("ja", "一千万円", [(0, 3, 10_000_000.0, False)]),
        ("ja", "三千人", [(0, 2, 3000.0, False)]),
        ("fr", "un mille", [(0, 2, 1.0, True), (3, 8, 1000.0, False)]),  # words apart: no "one thousand"
    ],
)
def test_one_written_before_a_power_of_ten(lang: str, text: str, expected: list[tuple[int, int, float, bool]]) -> None:
    assert [(s.start, s.end, s.value, s.weak) for s in spelled_numbers(text, lang)] == expected


@pytest.mark.parametrize(
    ("word", "lang", "expected"),
    [
        ("software", "mt", True),  # no list in Maltese; the world's large lists write it as often as English
        ("festival", "ha", True),
        ("software", "de", False),  # a large list of its own answers for the language
        ("buildings", "mt", False),  # other languages write it far less often than English
        ("post", "ha", False),  # short: a word of its own in many languages
    ],
)
def test_unlisted_loan(word: str, lang: str, expected: bool) -> None:
    assert unlisted_loan(word, lang, "en") is expected


QUAKE = "A magnitude 6.8 earthquake struck southern Peru early on Tuesday, shaking buildings as far away as Lima."
LB = (
    "En Äerdbiewen vun der {0} 6,8 huet en Dënschdeg de Moie fréi de Süde vu Peru getraff an esouguer zu Lima "
    "nach {1} wackele gelooss."
)


@pytest.mark.parametrize(
    ("noun", "building", "expected"),
    [
        ("Magnitude", "Gebaier", []),  # the capital every Luxembourgish noun takes: adopted
        ("magnitude", "Gebaier", ["magnitude"]),  # lower case: left in English
        ("Magnitude", "buildings", ["buildings"]),
    ],
)
def test_copy_with_a_noun_capital(noun: str, building: str, expected: list[str]) -> None:
    assert spans(UNTRANSLATED_SPINNER, LB.format(noun, building), "lb", QUAKE) == expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("ベルクのpaintings85点", ["ベルクの", "paintings", "点"]),  # the count belongs to the Japanese
        ("GPT4は", ["GPT4", "は"]),  # a name keeps its figure
        ("mp3ファイル", ["mp3", "ファイル"]),  # too short to be told from a name
        ("see 85 points", ["see", "85", "points"]),
    ],
)
def test_count_glued_to_a_latin_word(text: str, words: list[str]) -> None:
    assert [t.text for t in words_of(text, 0, len(text))] == words


PAINTINGS = "The new exhibition shows 85 paintings by the Dutch artist Johannes van der Berg."


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        ("新しい展覧会では、画家ヨハネス・ファン・デル・ベルクのpaintings85点が展示されている。", ["paintings"]),
        ("新しい展覧会では、画家ヨハネス・ファン・デル・ベルクの絵画85点が展示されている。", []),
    ],
)
def test_untranslated_word_before_a_count(article: str, expected: list[str]) -> None:
    assert spans(UNTRANSLATED_SPINNER, article, "ja", PAINTINGS) == expected


@pytest.mark.parametrize(("lang", "front"), [("zu", True), ("sw", True), ("en", False), ("de", False), ("ha", False)])
def test_front_inflection(lang: str, front: bool) -> None:
    assert (front_inflection(lang) > 0) is front


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        ("zu", "kubize ama-euro ayizigidi ezingu-260.", [260_000_000.0]),  # "millions that are 260"
        ("zu", "amamitha angu-1,970", [1970.0]),
        ("en", "2 million covid-19 cases", [2_000_000.0, 19.0]),  # no concord in English
    ],
)
def test_scale_form_before_a_concord(lang: str, text: str, values: list[float]) -> None:
    assert [q.value for q in extract(text, lang)] == values


FROST = "Temperatures fell to minus 6 degrees Celsius on three nights in a row."
FACTORY = "The company will lease 18,000 square metres in a former textile factory."


@pytest.mark.parametrize(
    ("lang", "article", "source", "expected"),
    [
        # Units first, the scale's name after the figure tells Celsius from Fahrenheit (Swahili "nyuzi joto 6 za").
        ("sw", "Ilishuka hadi nyuzi joto 6 za Celsius chini ya sifuri.", FROST, []),
        (
            "sw",
            "Ilishuka hadi nyuzi joto 6 za Fahrenheit chini ya sifuri.",
            FROST,
            ["nyuzi joto 6 za Fahrenheit"],
        ),
        # "Square" worded otherwise than CLDR (Hausa "murabba'in", CLDR "sikwaya"): the length tells the unit.
        ("ha", "Zai yi hayar fili mai faɗin murabba'in mita 18,000 a wata masana'anta.", FACTORY, []),
        (
            "ha",
            "Zai yi hayar fili mai faɗin murabba'in ƙafa 18,000 a wata masana'anta.",
            FACTORY,
            ["ƙafa 18,000"],
        ),
        # A name of two words written solid, its final virama dropped (Odia "ବର୍ଗମିଟର", CLDR "ବର୍ଗ ମିଟର୍").
        ("or", "କମ୍ପାନୀ 18,000 ବର୍ଗମିଟର ସ୍ଥାନ ଭଡ଼ାରେ ନେବ।", FACTORY, []),
        ("or", "କମ୍ପାନୀ 18,000 ବର୍ଗଫୁଟ ସ୍ଥାନ ଭଡ଼ାରେ ନେବ।", FACTORY, ["18,000 ବର୍ଗଫୁଟ"]),
    ],
)
def test_unit_swaps_read_beside_the_figure(lang: str, article: str, source: str, expected: list[str]) -> None:
    assert spans(["number-mismatch"], article, lang, source) == expected
