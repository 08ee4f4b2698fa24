"""Places a language names its own way (an exonym CLDR lacks) are not dropped names, and a word that
renders another of the source's names does not replace this one."""

from __future__ import annotations

import pytest

from mt_audit.checks.base import make_input
from mt_audit.checks.entities import entities
from mt_audit.entity_forms import stem_renders

MISMATCH = "accuracy/entity-mismatch"

FLOOD = "The flood on the Elbe reached its highest level on Monday."
BRIDGE = "A new bridge across the Elbe between Germany and Austria opened on Friday."
SHIPS = "Ships sail on the Danube every day of the year."


@pytest.mark.parametrize(
    ("lang", "source", "article", "expected"),
    [
        # the language's own name for the river, which CLDR does not list
        ("cs", FLOOD, "Povodeň na Labi dosáhla v pondělí nejvyšší úrovně.", []),
        ("pl", FLOOD, "Powódź na Łabie osiągnęła w poniedziałek najwyższy poziom.", []),
        ("ru", FLOOD, "Наводнение на Эльбе в понедельник достигло наивысшего уровня.", []),
        # the river's name gone, nothing in its place: dropped
        ("cs", FLOOD, "Povodeň dosáhla v pondělí nejvyšší úrovně.", [MISMATCH]),
        ("pl", FLOOD, "Powódź osiągnęła w poniedziałek najwyższy poziom.", [MISMATCH]),
        # "Niemcami", "Austrią" render the source's other names: neither stands in for the river
        ("pl", BRIDGE, "Nowy most na Łabie między Niemcami a Austrią otwarto w piątek.", []),
        ("nl", BRIDGE, "Vrijdag werd een nieuwe brug over de Laba tussen Duitsland en Oostenrijk geopend.", []),
        ("pl", BRIDGE, "Nowy most między Niemcami a Austrią otwarto w piątek.", [MISMATCH]),
        # a word for "river" before a shortened local form of the name
        ("jv", SHIPS, "Kapal-kapal lelayaran ing Kali Donau saben dina sajrone setaun.", []),
    ],
)
def test_exonym_not_dropped(lang: str, source: str, article: str, expected: list[str]) -> None:
    assert [f.category for f in entities(make_input(article, lang, source=source))] == expected


FLOODS = "Floods closed several roads near Cairo on Sunday."


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        # the name after a hyphened article, in the language's own spelling
        ("L-għargħar għalaq diversi toroq qrib il-Kajr nhar il-Ħadd.", []),
        # dropped: the capital of the day's name after its article is no name of a place
        ("L-għargħar għalaq diversi toroq nhar il-Ħadd.", [MISMATCH]),
    ],
)
def test_hyphened_article(article: str, expected: list[str]) -> None:
    assert [f.category for f in entities(make_input(article, "mt", source=FLOODS))] == expected


@pytest.mark.parametrize(
    ("form", "word", "expected"),
    [
        ("warasawa", "warsare", True),  # the last syllable said another way, a postposition after it
        ("warasawa", "warasawa", True),
        ("warasawa", "wardaro", False),
        ("moskva", "mosmara", False),  # the consonants part before the last
    ],
)
def test_end_respelt(form: str, word: str, expected: bool) -> None:
    assert stem_renders(form, word) is expected


HARVEST = "Frost destroyed much of the harvest in Spain last spring."


@pytest.mark.parametrize(
    ("lang", "article", "expected"),
    [
        # CLDR gives the language its name for the country: written, or dropped
        ("id", "Embun beku menghancurkan sebagian besar panen di Spanyol musim semi lalu.", []),
        ("id", "Embun beku menghancurkan sebagian besar panen musim semi lalu.", [MISMATCH]),
        ("sw", "Baridi kali iliharibu sehemu kubwa ya mavuno nchini Uhispania majira ya kuchipua yaliyopita.", []),
        ("sw", "Baridi kali iliharibu sehemu kubwa ya mavuno majira ya kuchipua yaliyopita.", [MISMATCH]),
    ],
)
def test_cldr_place_dropped(lang: str, article: str, expected: list[str]) -> None:
    assert [f.category for f in entities(make_input(article, lang, source=HARVEST))] == expected


COACH = "The team trained for a month in Bergamo. Its coach, Paolo Rossi, was pleased with the result."


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        # Japanese writes a foreign person's full name by sound, in katakana
        ("チームはベルガモで1か月間練習した。コーチのパオロ・ロッシは結果に満足していた。", []),
        ("チームはベルガモで1か月間練習した。コーチは結果に満足していた。", [MISMATCH]),
    ],
)
def test_full_name_in_katakana(article: str, expected: list[str]) -> None:
    assert [f.category for f in entities(make_input(article, "ja", source=COACH))] == expected


NORTH = "Frost destroyed much of the harvest in northern Austria."
NEAR = "Divers found an old ship near Lisbon last week."


@pytest.mark.parametrize(
    ("lang", "source", "article", "expected"),
    [
        # the name after a lower-case prefix: an Irish mutation, a Zulu locative
        ("ga", NORTH, "Scrios sioc cuid mhór den fhómhar i dtuaisceart na hOstaire.", []),
        ("ga", NORTH, "Scrios sioc cuid mhór den fhómhar sa tuaisceart.", [MISMATCH]),
        ("zu", NEAR, "Abatshuzi bathola umkhumbi omdala eduze kwaseLisbon ngesonto eledlule.", []),
    ],
)
def test_prefixed_name(lang: str, source: str, article: str, expected: list[str]) -> None:
    assert [f.category for f in entities(make_input(article, lang, source=source))] == expected
