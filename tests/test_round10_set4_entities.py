"""Round 10, fourth story set: brands of common compounds, names kept by sound, names the language writes as names."""

from __future__ import annotations

import pytest

from mt_audit import lexicon
from mt_audit.entity_compare import name_word, named_first, plural_stem, stem_written
from mt_audit.entity_forms import by_meaning, native_rendered
from mt_audit.entity_literal import brand_like, kept, sounded

pytestmark = pytest.mark.skipif(not lexicon.available(), reason="WordNet not installed")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Grey Wolf Cycling", True),  # "grey wolf" is a common compound, no name
        ("Silver Birch Hiking", True),
        ("Red Cross Clinic", False),  # a WordNet name inside
        ("Milky Way Tours", False),
        ("Polish Football Association", False),  # a CLDR language inside
        ("White House", False),
    ],
)
def test_brand_like_borrows_common_compounds(name: str, expected: bool) -> None:
    assert brand_like(tuple(name.split())) is expected


@pytest.mark.parametrize(
    ("phrase", "name", "expected"),
    [
        ("마리아 실바는", "Maria Silva", True),  # a particle after the transliteration
        ("카를로스 산토스가", "Carlos Santos", True),
        ("マリア・シルバ", "Maria Silva", True),  # no spaces between the words
        ("Marie Silvová", "Marie Silva", True),  # a feminine ending
        ("Μαρία Σίλβα", "Maria Silva", True),
        ("灰狼骑行", "Grey Wolf Cycling", False),  # a translation sounds like none of the words
        ("Harmaa Susi Pyöräily", "Grey Wolf Cycling", False),
        ("Lobo Gris Ciclismo", "Grey Wolf Cycling", False),
    ],
)
def test_kept_by_sound_or_ending(phrase: str, name: str, expected: bool) -> None:
    assert kept(phrase, name.split()) is expected


@pytest.mark.parametrize(
    ("phrase", "expected"), [("Maria Silva", False), ("마리아 실바는", True), ("회색 늑대", False)]
)
def test_sounded_only_outside_latin(phrase: str, expected: bool) -> None:
    assert sounded(phrase, ["maria", "silva"]) is expected


@pytest.mark.parametrize(
    ("key", "lang", "expected"),
    [
        ("alps", "it", True),  # only capitalised in WordNet
        ("maria", "pl", True),  # written there as often as in English
        ("hill", "de", False),  # an English word, rarer in German text
        ("stone", "fr", False),
        ("maria", "en", False),
    ],
)
def test_name_word(key: str, lang: str, expected: bool) -> None:
    assert name_word(key, lang) is expected


@pytest.mark.parametrize(
    ("name", "other"), [("Netherlands", "holland"), ("Lisbon", "lisboa"), ("Germany", "deutschland")]
)
def test_proper_synonyms(name: str, other: str) -> None:
    assert other in lexicon.proper_synonyms(name)


@pytest.mark.parametrize(("key", "expected"), [("chicago", False), ("orion", True), ("sagittarius", True)])
def test_by_meaning_reads_the_first_sense_with_another_name(key: str, expected: bool) -> None:
    assert by_meaning(key) is expected


@pytest.mark.parametrize(
    ("key", "word", "expected"),
    [("alps", "alpen", True), ("alps", "alpler", True), ("alps", "alpha", False), ("alps", "alpinisme", False)],
)
def test_plural_name_stem_written(key: str, word: str, expected: bool) -> None:
    assert stem_written(plural_stem(key), word) is expected


@pytest.mark.parametrize(
    ("name", "words", "expected"),
    [
        ("anacosta", ["아나", "코스타는"], True),
        ("anacosta", ["아나", "코스타에서는"], False),
        ("marco", ["마르코는"], False),
    ],
)
def test_native_rendered_with_a_particle(name: str, words: list[str], expected: bool) -> None:
    assert native_rendered(name, words) is expected


@pytest.mark.parametrize(("name", "absent"), [("Berlin", "irving berlin"), ("Chicago", "michigan")])
def test_proper_synonyms_first_sense_only(name: str, absent: str) -> None:
    assert absent not in lexicon.proper_synonyms(name)


@pytest.mark.parametrize(
    ("key", "lang", "expected"), [("berlin", "ms", True), ("alps", "it", True), ("internet", "de", False)]
)
def test_named_first(key: str, lang: str, expected: bool) -> None:
    assert named_first(key, lang) is expected
