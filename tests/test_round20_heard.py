"""Round 20: names transliterated into Burmese are heard by sound (ICU's Burmese-Latin transcribes rhymes)."""

from __future__ import annotations

import pytest

from mt_audit.entity_forms import loose_skeleton, loose_skeletons, native_rendered
from mt_audit.languages import spoken_latin, to_latin


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("ပက်ထရော့စ်", "pktls"),  # Petros: a killed "k", "ht", "r", a killed "s"
        ("ဖယ်ရေးရား", "pll"),  # Ferreira: "ဖ" is "p", "ရ" a foreign "r"
        ("လန်ဒန်", "lntn"),  # London
        ("ဘိုင်ဒင်", "pntn"),  # Biden: a killed "င" is a nasal
        ("ဂျွန်ဆင်", "knsn"),  # Johnson: "ဂျ" an affricate
    ],
)
def test_burmese_heard_by_sound(word: str, expected: str) -> None:
    assert loose_skeleton(word) == expected


@pytest.mark.parametrize(
    ("name", "words", "expected"),
    [
        ("petros", ["ဒေသဆိုင်ရာ", "ပက်ထရော့စ်", "ပြောသည်"], True),
        ("alexiou", ["အလက်ဇီယိုက", "ပြောသည်"], True),  # a subject particle glued on
        ("ferreira", ["လယ်သမား", "ဖယ်ရေးရားက"], True),
        ("david", ["ဒေးဗစ်", "ပြောသည်"], True),  # by ICU's Latin: a killed "စ" writes "d"
        ("ingrid", ["ဂျော်ဂျီယာ", "ပြောသည်"], False),  # another name: Georgia
        ("petros", ["ဒေသဆိုင်ရာ", "အုပ်ချုပ်ရေးမှူး", "ပြောသည်"], False),  # dropped: the sentence without it
    ],
)
def test_burmese_names_rendered(name: str, words: list[str], expected: bool) -> None:
    assert native_rendered(name, words) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ပက်ထရော့စ်", "paktaras"),
        ("ဘော်နီယို", "banaya"),  # an asat after a vowel sign marks a tone, kills nothing
        ("Москва", "Moskva"),  # other scripts as ICU writes them
        ("abc", "abc"),
    ],
)
def test_spoken_latin(text: str, expected: str) -> None:
    assert spoken_latin(text) == expected


def test_icu_reading_kept_as_second() -> None:
    assert loose_skeletons("ဒေးဗစ်") == (loose_skeleton("ဒေးဗစ်"), "tpt")
    assert loose_skeletons("Москва") == (loose_skeleton("Москва"),)
    assert to_latin("ပက်ထရော့စ်") == "paathtarotit"  # ICU's Latin itself unchanged
