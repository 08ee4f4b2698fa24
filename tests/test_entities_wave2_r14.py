"""Names on new text: a people written in the language's own words is no dropped name; a word a language
without a list shares with its kin is no English word swapped into a name; a surname repeated alone, and
names in scripts without capitals, are told dropped; everyday words and function words heard like a
name by chance render nothing."""

from __future__ import annotations

import pytest

from mt_audit.checks.base import make_input
from mt_audit.checks.entities import entities
from mt_audit.checks.entities.audit import Audit
from mt_audit.checks.entities.rendering import everyday_sound, unglued
from mt_audit.checks.entities.sound import full_name, surname
from mt_audit.checks.entities.unheard import _word_heard
from mt_audit.checks.entities.words import _english_looking, is_soft
from mt_audit.entities import tokenize
from mt_audit.entity_compare import peoples

MISMATCH = "accuracy/entity-mismatch"


@pytest.mark.parametrize(
    ("word", "people"),
    [
        ("zulu", True),  # an ethnic group, its people and its language
        ("basque", True),
        ("hmong", True),
        ("jerry", False),  # a nickname of a nation's soldiers names no language
        ("laos", False),  # a country, though its base "Lao" is a people
        ("morales", False),
    ],
)
def test_peoples_are_soft(word: str, people: bool) -> None:
    assert (word in peoples()) is people
    assert is_soft(word) is people


@pytest.mark.parametrize(
    ("word", "lang", "english"),
    [
        ("en", "br", False),  # Breton "in", as French writes it
        ("normal", "oc", False),  # Occitan, French and Spanish "normal"
        ("lantern", "br", True),  # no word of Breton's kin
        ("lantern", "ny", True),  # no kin with a list: as before
        ("normal", "es", False),  # a listed language weighs its own list
    ],
)
def test_kin_words_are_no_english_leftovers(word: str, lang: str, english: bool) -> None:
    tok = next(iter(tokenize(word)))
    assert _english_looking(tok, lang) is english


@pytest.mark.parametrize(
    ("key", "word", "lang", "everyday"),
    [
        ("kessler", "کشور", "fa", True),  # "country", one consonant off and far more frequent
        ("mercer", "مسیر", "fa", True),  # "path"
        ("paris", "پاریس", "fa", False),  # the name's own sound, however frequent
        ("kessler", "Kessler", "fa", False),  # Latin letters are compared as written
    ],
)
def test_everyday_sound(key: str, word: str, lang: str, everyday: bool) -> None:
    assert everyday_sound(key, word, lang) is everyday


def test_unglued_takes_a_proclitic_off() -> None:
    assert ("other", "אלפים") in unglued([("other", "באלפים"), ("latin", "bAlps")], "he")
    assert unglued([("latin", "lAlps")], "he") == []


@pytest.mark.parametrize(
    ("want", "word", "heard"),
    [
        ("ls", "לספר", False),  # "to tell": a frequent word opening with a short name's two consonants
        ("ls", "ליסה", True),  # the given name itself
        ("klnts", "קלנצר", True),  # a long name opening a word
    ],
)
def test_short_name_in_a_function_word(want: str, word: str, heard: bool) -> None:
    assert _word_heard(want, word, "he") is heard


PEOPLE = "Divers found a carved Zulu shield near the river last spring."
TORRES = "The engineer Marta Torres designed the new bridge over the canal. “It will stand for a century,” Torres said."
ALPS = "The climbers spent a week in the Alps before the storm came."
BRENNAN = "“We were lucky this time,” said Lisa Brennan, who runs the animal shelter."
LONDON = "Will the exhibition travel to London next year?"


@pytest.mark.parametrize(
    ("lang", "source", "article", "expected"),
    [
        # a people in the language's own words: an adjective in lower case
        ("cs", PEOPLE, "Potápěči loni na jaře našli u řeky vyřezávaný zulský štít.", []),
        # a surname repeated alone, though it spells an English plural ("torr")
        (
            "nl",
            TORRES,
            "Ingenieur Marta Torres ontwierp de nieuwe brug over het kanaal. ‘Hij blijft een eeuw staan’, zei Torres.",
            [],
        ),
        (
            "nl",
            TORRES,
            "Ingenieur Marta Torres ontwierp de nieuwe brug over het kanaal. ‘Hij blijft een eeuw staan’, zei ze.",
            [MISMATCH],
        ),
        # a plural name with the plural ending and a proclitic of the language: "in the Alps"
        ("he", ALPS, "המטפסים בילו שבוע באלפים לפני שהסערה הגיעה.", []),
        # a city Japanese writes in katakana, as CLDR does
        ("ja", LONDON, "展覧会は来年ロンドンに巡回するのだろうか？", []),
        ("ja", LONDON, "展覧会は来年に巡回するのだろうか？", [MISMATCH]),
    ],
)
def test_names_on_new_text(lang: str, source: str, article: str, expected: list[str]) -> None:
    assert [f.category for f in entities(make_input(article, lang, source=source))] == expected


ONCE = "The engineer Marta Torres designed the new bridge over the canal."
FREQUENT = "The engineer Lisa Hernandez designed the new bridge over the canal."


@pytest.mark.parametrize(
    ("source", "name", "alone", "full"),
    [
        (TORRES, "Marta Torres", True, True),  # called by the surname alone: a person, whatever "torres" spells
        (ONCE, "Marta Torres", False, False),  # an English plural as last word, said once: maybe no surname
        (FREQUENT, "Lisa Hernandez", False, True),  # a frequent name is no dictionary word
    ],
)
def test_surname_and_full_name(source: str, name: str, alone: bool, full: bool) -> None:
    audit = Audit(make_input("工程师设计了运河上的新桥。", "zh", source=source))
    sn = next(o for group in audit.source_names.values() for o in group if o.text == name)
    assert surname(audit, sn.keys[-1]) is alone
    assert full_name(sn, audit) is full
