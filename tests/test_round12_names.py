"""Round 12: a name word swapped for another English word or spelling is a damaged name, not an
inflection or the language's spelling; a capitalised noun of the language is no name glued to a suffix."""

from __future__ import annotations

import pytest

from mt_audit.checks.base import make_input
from mt_audit.checks.entities import entities
from mt_audit.checks.entities.swaps import _swap_kind
from mt_audit.checks.entities.words import _restemmed, english_respelt
from mt_audit.checks.punctuation import _own_word, _suffixes


@pytest.mark.parametrize(
    ("key", "other", "expected"),
    [
        ("marine", "maritime", True),  # the end of the word changed: another word
        ("harbour", "harbinger", True),
        ("institute", "insider", False),  # three letters in common: a chance start, no shared stem
        ("company", "companies", False),  # an English inflection of the word
        ("labor", "labour", False),  # an English spelling of the word
        ("river", "riverside", False),  # the word whole, more added: a derivative, told apart
        ("sun", "sunday", False),
        ("oak", "oat", False),  # too little shared to be built on the word
    ],
)
def test_restemmed(key: str, other: str, expected: bool) -> None:
    assert _restemmed(key, other) is expected


@pytest.mark.parametrize(
    ("s_keys", "t_keys", "lang", "expected"),
    [
        (["grey"], ["gray"], "pl", True),
        (["marine"], ["maritime"], "it", True),
        (["grey"], ["gray"], "en", False),  # English itself spells it either way
        (["louis"], ["luis"], "es", False),  # the language's own spelling, no English word
        (["system"], ["systems"], "da", False),  # the same English word
        (["harbor"], ["harbour"], "fi", False),  # the same word in the other English spelling
        (["grey", "owl"], ["gray"], "nl", False),
        (["chile"], ["chili"], "mg", False),  # French and CLDR's Malay name of the country, no swap
        (["turkey"], ["turquie"], "sw", False),
    ],
)
def test_english_respelt(s_keys: list[str], t_keys: list[str], lang: str, expected: bool) -> None:
    assert english_respelt(s_keys, t_keys, lang) is expected


@pytest.mark.parametrize(
    ("s_keys", "t_keys", "lang", "damaged"),
    [
        (["grey"], ["gray"], "fr", True),
        (["marine"], ["maritime"], "pt", True),
        (["colour"], ["colourful"], "da", True),
        (["louis"], ["luis"], "es", False),
        (["mideast"], ["middle", "east"], "en", False),
    ],
)
def test_swap_kind_english_respelling(s_keys: list[str], t_keys: list[str], lang: str, damaged: bool) -> None:
    assert (_swap_kind(s_keys, t_keys, lang) != "equivalent") is damaged


@pytest.mark.parametrize(
    ("word", "suffix", "own"),
    [
        ("Banka", "a", True),  # the language's noun, capitalised in a name of its words
        ("Ankarada", "da", False),  # a name glued to its suffix
        ("Googleda", "da", False),
    ],
)
def test_own_word_is_no_glued_name(word: str, suffix: str, own: bool) -> None:
    assert _own_word(word, suffix, _suffixes("tr"), "tr") is own


MISMATCH = "accuracy/entity-mismatch"
CORRUPTED = "accuracy/entity-corrupted"
GUIDE = "The walk was led by the guide Omar Al-Rashidi, who knows every path."
FIRM = "The contract went to the design firm Silver Pond Studios, based in Oslo."


@pytest.mark.parametrize(
    ("lang", "source", "article", "expected"),
    [
        # a hyphenated surname with a lower-case particle, read whole: no omission
        ("uk", GUIDE, "Прогулянку провів гід Омар аль-Рашиді, який знає кожну стежку.", []),
        ("uk", GUIDE, "Прогулянку провів гід, який знає кожну стежку.", [MISMATCH]),
        # a brand of everyday words dropped where common nouns are written in lower case
        ("pl", FIRM, "Kontrakt trafił do biura projektowego Silver Pond Studios z siedzibą w Oslo.", []),
        ("pl", FIRM, "Kontrakt trafił do biura projektowego z siedzibą w Oslo.", [MISMATCH]),
        ("pl", FIRM, "Kontrakt trafił do biura Studio Srebrnego Stawu z siedzibą w Oslo.", []),
        # a word of the brand swapped for another English word built on its start
        ("pt", FIRM, "O contrato foi para o estúdio Silver Pond Studios, com sede em Oslo.", []),
        ("pt", FIRM, "O contrato foi para o estúdio Silent Pond Studios, com sede em Oslo.", [CORRUPTED]),
        ("hu", FIRM, "A szerződést az oslói Silver Pond Studios tervezőcég kapta.", []),
        ("hu", FIRM, "A szerződést az oslói Silent Pond Studios tervezőcég kapta.", [CORRUPTED]),
        # a country written by another language's CLDR name (the French one), no respelling of the English
        ("mg", "Rain fell in Chile for three days.", "Nilatsaka tao Chili nandritra ny telo andro ny orana.", []),
    ],
)
def test_names_end_to_end(lang: str, source: str, article: str, expected: list[str]) -> None:
    assert [f.category for f in entities(make_input(article, lang, source=source))] == expected
