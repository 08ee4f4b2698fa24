"""A name dropped from a sentence is told dropped where the language keeps it: a place whose first sense is a
place and for which CLDR gives the language no name of its own; the proper words of a name with a class word
("Lake Malawi": "lago Malawi"); a city whose other WordNet name is also a cloth. A month written with its
doubled letters single is a date, no exonym standing in a place's slot; a compound opening with the name's
proper word renders it."""

from __future__ import annotations

import pytest

from mt_audit.checks.base import make_input
from mt_audit.checks.entities import entities
from mt_audit.checks.entities.unaccounted import _calendar_sound
from mt_audit.entity_forms import by_meaning
from mt_audit.wordnet_places import place_instance

MISMATCH = "accuracy/entity-mismatch"


@pytest.mark.parametrize(
    ("word", "place"),
    [
        ("india", True),  # a country, though "india" is also a letter of the radio alphabet
        ("madagascar", True),  # an island: a lifeless object, not a location in WordNet
        ("berlin", True),  # the city first, the carriage after
        ("keats", False),  # a poet: a person, no place
        ("dog", False),  # a kind, no instance
    ],
)
def test_place_instance(word: str, place: bool) -> None:
    assert place_instance(word) is place


@pytest.mark.parametrize(
    ("word", "meant"),
    [
        ("chennai", False),  # its other name, "Madras", names a state first: no cloth's meaning
        ("sagittarius", True),  # the Archer
        ("pisces", True),  # "Fish" names first another sense of Pisces itself
    ],
)
def test_another_place_name_is_no_meaning(word: str, meant: bool) -> None:
    assert by_meaning(word) is meant


@pytest.mark.parametrize(
    ("word", "lang", "date"),
    [
        ("juni", "lg", True),  # CLDR's Luganda "Juuni", June, its doubled vowel single
        ("mayi", "lg", True),
        ("kampala", "lg", False),
    ],
)
def test_calendar_sound_with_single_letters(word: str, lang: str, date: bool) -> None:
    assert _calendar_sound(word, lang) is date


@pytest.mark.parametrize(
    ("source", "article", "lang", "expected"),
    [
        # a frequent country in a language without CLDR's name of it nor word frequencies
        ("Prices rose sharply in India this year.", "Harga naek pisan taun ieu.", "su", [MISMATCH]),
        ("Prices rose sharply in India this year.", "Harga naek pisan di India taun ieu.", "su", []),
        ("Prices rose sharply in India this year.", "Harga naek pisan di Hindia taun ieu.", "su", []),  # an exonym
        # a name with a class word: its proper word is kept, in a compound too
        ("Boats crossed Lake Malawi at dawn.", "Los barcos cruzaron el lago al amanecer.", "es", [MISMATCH]),
        ("Boats crossed Lake Malawi at dawn.", "Los barcos cruzaron el lago Malawi al amanecer.", "es", []),
        ("Boats crossed Lake Malawi at dawn.", "Veneet ylittivät Malawinjärven aamunkoitteessa.", "fi", []),
        # a city WordNet also calls by a cloth's name
        ("A storm reached Chennai at night.", "Una tempesta hà righjuntu di notte.", "co", [MISMATCH]),
        ("A storm reached Chennai at night.", "Una tempesta hà righjuntu Chennai di notte.", "co", []),
        # the month's name is no exonym standing where the island was
        ("Fishermen sailed around Madagascar in May.", "Abavubi baavuga okwetooloola mu Mayi.", "lg", [MISMATCH]),
    ],
)
def test_dropped_name_is_found(source: str, article: str, lang: str, expected: list[str]) -> None:
    assert [f.category for f in entities(make_input(article, lang, source=source))] == expected


@pytest.mark.parametrize(
    ("article", "lang"),
    [
        # a place known by several names, in a language CLDR names the world in: another name is no drop
        ("Die Regierung von Großbritannien hat das Gesetz geändert.", "de"),
        ("Le gouvernement de Grande-Bretagne a changé la loi.", "fr"),
    ],
)
def test_a_place_known_by_several_names_is_not_dropped(article: str, lang: str) -> None:
    assert not [f for f in entities(make_input(article, lang, source="The government of Britain changed the law."))]
