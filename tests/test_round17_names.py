"""Names, round 17: an ordinary word capitalised only inside a longer name is no name alone at a sentence
start; a one-word name English writes after "the" (a river, a landmark) may stand in the language's own form;
ICU's "w" of Arabic or Hebrew script between vowels is a "v"; a Dutch month's skeleton alone does not make a
place a date; and one ordinary word of a brand, said for itself elsewhere in the sentence, does not hide the
brand's damaged mention."""

from __future__ import annotations

import pytest
from support import emitted

from mt_audit.checks.entities.unaccounted import _calendar_sound
from mt_audit.entities import names
from mt_audit.entity_forms import sound_renders

CORRUPTED = "accuracy/entity-corrupted"
MISMATCH = "accuracy/entity-mismatch"

COCOA = (
    "Cocoa farmers in Ghana expect a smaller harvest this year. "
    "The chocolate maker Sweet Harvest Cocoa has promised to pay them more."
)


@pytest.mark.parametrize(
    ("text", "word", "named"),
    [
        (COCOA, "Cocoa", False),  # only the last word of "Sweet Harvest Cocoa" elsewhere
        ("Harvest festivals begin in May. Prices at Sweet Harvest Cocoa rose.", "Harvest", False),
        ("Sales of Apple Music grew. Apple said it would hire more staff.", "Apple", True),  # a brand's first word
        ("Officials met the actor Sharon Stone. Stone said she would return.", "Stone", True),  # WordNet's surname
        ("Robotics students met. They visited Quiet Fox Robotics in Tallinn.", "Robotics", False),
    ],
)
def test_inner_word_of_a_name_at_sentence_start(text: str, word: str, named: bool) -> None:
    starts = {nm.text for nm in names(text, "en") if nm.start == 0 or text[nm.start - 2 : nm.start] == ". "}
    assert (word in starts) is named


BRIDGE = "A new tram bridge across the Vltava in Prague opened on Saturday after four years of work."
ROBOTS = "Small delivery robots built by Quiet Fox Robotics now bring groceries to homes in Tallinn."
STUDIO = "It was designed by Stone Arch Studio, an architecture firm that also built a bridge in Porto."


@pytest.mark.parametrize(
    ("source", "article", "lang", "code", "found"),
    [
        (BRIDGE, "Un nuevo puente de tranvía sobre el Moldava se inauguró el sábado en Praga.", "es", MISMATCH, False),
        (
            BRIDGE,
            "En ny sporvognsbro over Moldau i Prag blev indviet lørdag efter fire års arbejde.",
            "da",
            MISMATCH,
            False,
        ),
        (
            BRIDGE,
            "In Praag is zaterdag na vier jaar werk een nieuwe trambrug over de Moldau geopend.",
            "nl",
            MISMATCH,
            False,
        ),
        (
            BRIDGE,
            "Nowy most tramwajowy na Wełtawie w Pradze otwarto w sobotę po czterech latach prac.",
            "pl",
            MISMATCH,
            False,
        ),
        (
            BRIDGE,
            "یک پل جدید تراموا بر روی رود ولتاوا در پراگ روز شنبه پس از چهار سال کار افتتاح شد.",
            "fa",
            MISMATCH,
            False,
        ),
        (
            BRIDGE,
            "Un nuevo puente de tranvía se inauguró el sábado en Praga tras cuatro años de obras.",
            "es",
            MISMATCH,
            True,
        ),
        (BRIDGE, "In Praag is zaterdag na vier jaar werk een nieuwe trambrug geopend.", "nl", MISMATCH, True),
        (
            "A bridge built by Vltavsky opened in Prague on Saturday.",  # no "the": a person or a firm, kept as is
            "Un puente construido por Moldavski se inauguró el sábado en Praga.",
            "es",
            MISMATCH,
            True,
        ),
        (
            STUDIO,
            "È stato progettato da Stone Curve Studio, uno studio di architettura che ha costruito un ponte a Porto.",
            "it",
            CORRUPTED,
            True,
        ),
        (
            ROBOTS,
            "Roboți mici de livrare construiți de Hush Fox Robotics aduc acum cumpărăturile la domiciliu în Tallinn.",
            "ro",
            CORRUPTED,
            True,
        ),
        (
            STUDIO,
            "È stato progettato da Stone Arch Studio, uno studio di architettura che ha costruito un ponte a Porto.",
            "it",
            CORRUPTED,
            False,
        ),
        (
            ROBOTS,
            "Roboți mici de livrare construiți de Quiet Fox Robotics aduc acum cumpărăturile la domiciliu în Tallinn.",
            "ro",
            CORRUPTED,
            False,
        ),
    ],
)
def test_exonyms_and_damaged_brands(source: str, article: str, lang: str, code: str, found: bool) -> None:
    codes = {f.category for f in emitted("entities", article, lang, source, source_lang="en")}
    assert (code in codes) is found


@pytest.mark.parametrize(
    ("name", "word", "heard"),
    [
        ("vltava", "ولتاوا", True),  # ICU's "w" between vowels is the consonant
        ("havana", "هاوانا", True),
        ("java", "جاوا", True),
        ("vltava", "ولا", False),
    ],
)
def test_w_between_vowels_of_icu_latin(name: str, word: str, heard: bool) -> None:
    assert sound_renders(name, word) is heard


@pytest.mark.parametrize(
    ("word", "lang", "date"),
    [
        ("moldau", "nl", False),  # the skeleton of "maart", l and r merged, but spelt otherwise
        ("maart", "nl", True),
        ("juni", "lg", True),
    ],
)
def test_calendar_sound_needs_a_like_spelling(word: str, lang: str, date: bool) -> None:
    assert _calendar_sound(word, lang) is date
