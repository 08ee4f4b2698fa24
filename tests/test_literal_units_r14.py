"""Round 14: a quoted name the translation calls a company is no work's title; a unit swapped after a scale word
not read, told by its sound (``mt_audit.entity_literal.kind_named``, ``mt_audit.checks.numbers_swaps``)."""

from __future__ import annotations

import pytest

from mt_audit.checks.base import make_input
from mt_audit.checks.numbers import number_mismatch
from mt_audit.entity_literal import kind_named
from mt_audit.unit_sounds import sounded_units


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Spółka „Cicha Zatoka", True),  # a company: it keeps its name
        ("Компания «Тихая гавань", True),
        ("Bendrovė „Tylioji įlanka", True),
        ("Film „Cicha Zatoka", False),  # a work: its title is translated by convention
        ("Роман «Тихая гавань", False),
        ("Knyga „Tylioji įlanka", False),
        ("Cicha Zatoka", False),  # no quotation marks: no word before them
    ],
)
def test_the_word_before_the_quotes_names_the_kind(embedder, text: str, named: bool) -> None:
    start = len(text) - len(text.split("„")[-1].split("«")[-1])
    assert kind_named(text, start, embedder.encode) is named


MINE = "The mine produced 3.4 million tonnes of coal."


def unit_findings(source: str, article: str, lang: str) -> list[str]:
    return [f.message for f in number_mismatch(make_input(article, lang, source=source)) if "unit differs" in f.message]


@pytest.mark.parametrize(
    ("source", "article", "lang", "swapped"),
    [
        # a scale word not read after the figure, then a loan of another unit's name
        (MINE, "די מײַן האָט געגעבן 3.4 מיליאָן פֿונט קוילן.", "yi", True),
        (MINE, "די מײַן האָט געגעבן 3.4 מיליאָן טאָן קוילן.", "yi", False),
        # the scale word before the figure, the unit before it
        (MINE, "Mugodhi wakabudisa mapaundi anosvika mamiriyoni 3.4.", "sn", True),
        (MINE, "Mugodhi wakabudisa matani anosvika mamiriyoni 3.4.", "sn", False),
    ],
)
def test_a_unit_swapped_beside_a_scale_word_not_read(source: str, article: str, lang: str, swapped: bool) -> None:
    assert bool(unit_findings(source, article, lang)) is swapped


HEAT = "The water reached 38 degrees Celsius."


@pytest.mark.parametrize(
    ("article", "lang", "swapped"),
    [
        # the shared word ("degrees") kept, the scale beside it a loan of another's name
        ("ئاوەکە گەیشتە 38 پلەی فەهرەنهایت.", "ckb", True),
        ("ئاوەکە گەیشتە 38 پلەی سەدی.", "ckb", False),
        ("पानी 38 डिग्री फारेनहाइट तक पहुंच गया।", "hi", True),
        ("पानी 38 डिग्री सेल्सियस तक पहुंच गया।", "hi", False),
    ],
)
def test_a_temperature_scale_swapped_beside_the_shared_word(article: str, lang: str, swapped: bool) -> None:
    assert bool(unit_findings(HEAT, article, lang)) is swapped


@pytest.mark.parametrize(
    ("word", "unit", "sounds"),
    [
        ("فەهرەنهایت", "degree_Fahrenheit", True),
        ("Fahrenheit", "degree_Fahrenheit", True),
        ("degrees", "degree_Fahrenheit", False),
    ],
)
def test_the_scale_of_a_two_word_name_is_an_international_name(word: str, unit: str, sounds: bool) -> None:
    assert (unit in sounded_units(word)) is sounds
