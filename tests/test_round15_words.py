"""Round 15: loans of languages without a frequency list, short ones included.

A word of four letters or fewer is many languages' own ("post"), so the world's use alone excuses it only
when the world writes it at least as often as English ("kilo", "taxi"); the listed languages of the article's
country writing it about as often also do (Indonesian for Sundanese). English's own words stay flagged.
"""

from __future__ import annotations

import pytest
from support import UNTRANSLATED_SPINNER, category_spans

from mt_audit.language_words import unlisted_loan, world_word

SPINNER = "accuracy/spinner-substitution"
UNTRANSLATED = "accuracy/untranslated"


@pytest.mark.parametrize(
    ("word", "lang", "expected"),
    [
        ("kilo", "lg", True),  # the world writes it more often than English
        ("taxi", "tn", False),  # the world only about as often as English
        ("lava", "su", True),  # Indonesian, a language of the country, writes it as often as English
        ("fans", "gl", False),  # Spanish and Catalan write it, but five times less often than English
        ("hotel", "st", True),  # longer words: the world's use alone, as before
        ("post", "lg", False),  # short, the world a little behind English, no listed kin: no loan
        ("chess", "st", False),  # English's own word
        ("coast", "su", False),
        ("lava", "id", False),  # a listed language: its list says, not the world
    ],
)
def test_unlisted_loan(word: str, lang: str, expected: bool) -> None:
    assert unlisted_loan(word, lang, "en") is expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [("kilo", True), ("gran", False), ("taxi", False), ("rider", False), ("status", False), ("chess", False)],
)
def test_world_word(word: str, expected: bool) -> None:
    assert world_word(word, "en") is expected


@pytest.mark.parametrize(
    ("lang", "article", "source", "expected"),
    [
        ("su", "Lava panas ngocor ka désa-désa di handapeun gunung.", "Hot lava flowed into the villages below.", []),
        ("lg", "Yagula kilo ttaano ez'omuceere mu katale.", "He bought five kilograms of rice at the market.", []),
        # English's own words are still left untranslated, or swapped.
        (
            "su",
            "Manéhna leumpang sapanjang coast unggal isuk.",
            "She walks along the coast every morning.",
            [(UNTRANSLATED, "coast")],
        ),
        ("lg", "Yagula omuceere mu shop ku makya.", "He bought rice in the store in the morning.", [(SPINNER, "shop")]),
        # A word the world writes a little less often than English is still English's, as a swap.
        (
            "ha",
            "Kowane rider ya biya kuɗi a tasha.",
            "Each passenger paid money at the station.",
            [(SPINNER, "rider")],
        ),
    ],
)
def test_loans_without_a_list(lang: str, article: str, source: str, expected: list[tuple[str, str]]) -> None:
    assert category_spans(UNTRANSLATED_SPINNER, article, lang, source) == expected
