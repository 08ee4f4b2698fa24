"""Names in scripts ICU cannot write in Latin letters, heard by their letters' Unicode names; one-word CLDR
place names apart from words of longer ones; the entities check's coverage there."""

from __future__ import annotations

import pytest

from mt_audit.checks import CHECKS
from mt_audit.checks.base import DEGRADED
from mt_audit.checks.entities.places import _whole_place_words
from mt_audit.checks.entities.rendering import heard, heard_kept
from mt_audit.checks.entities.words import _native_word, unprefixed
from mt_audit.entities import compact, view
from mt_audit.languages import sound_by_letter_names, writes_in_latin


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ក", "ka"),  # KHMER LETTER KA
        ("ກ", "ka"),  # LAO LETTER KO
        ("ඛ", "ka"),  # SINHALA LETTER MAHAAPRAANA KAYANNA: the qualifier, shared by many letters, is skipped
        ("ස", "sa"),  # SINHALA LETTER DANTAJA SAYANNA: a tie goes to the last word
        ("සිල්වර්", "salvar"),  # a virama kills the vowel before it; vowel signs are left out
        ("Москва", "Moskva"),  # ICU's transform where it has one
        ("Lake 12", "Lake 12"),  # Latin letters and digits as written
    ],
)
def test_sound_by_letter_names(text: str, expected: str) -> None:
    assert sound_by_letter_names(text) == expected


@pytest.mark.parametrize(
    ("phrase", "keys", "lang", "expected"),
    [
        ("සිල්වර් ලේක්", ["silver", "lake"], "si", True),  # transliterated: "salvar lak"
        ("සිල්වර් ලේක්වල", ["silver", "lake"], "si", True),  # with a case ending after the last word
        ("රිදී විල", ["silver", "lake"], "si", False),  # translated: "rada vala"
        ("Сильвер Лейк", ["silver", "lake"], "ru", False),  # ICU writes Cyrillic: heard elsewhere
    ],
)
def test_heard_kept(phrase: str, keys: list[str], lang: str, expected: bool) -> None:
    assert heard_kept(phrase, keys, lang) is expected


@pytest.mark.parametrize(("lang", "changed"), [("si", True), ("km", True), ("ru", False), ("am", False)])
def test_heard_only_where_icu_cannot(lang: str, changed: bool) -> None:
    words = ["ලේක්"] if lang == "si" else ["ក"] if lang == "km" else ["Лейк"] if lang == "ru" else ["ሌክ"]
    assert (heard(words, lang) != words) is changed
    assert writes_in_latin(lang) is not changed


@pytest.mark.parametrize("lang", ["km", "lo", "si"])
def test_entities_run_degraded_without_transform(lang: str) -> None:
    found = CHECKS["entities"].covers(lang)
    assert found.level == DEGRADED and "Unicode" in found.reason


@pytest.mark.parametrize(
    ("lang", "word", "expected"),
    [
        ("el", "Ιταλία", True),  # a whole CLDR country name
        ("el", "Κόστα", False),  # a word of "Κόστα Ρίκα" only: also a surname
        ("de", "Montag", True),  # a day's name
        ("de", "Rica", False),
    ],
)
def test_whole_place_words(lang: str, word: str, expected: bool) -> None:
    assert (compact(word) in _whole_place_words(lang)) is expected


@pytest.mark.parametrize(
    ("text", "key", "native"),
    [
        ("iGrim", "grim", False),  # a noun-class prefix on an English word: the English word was swapped in
        ("kwaseMntla", "mntla", True),  # ... on the language's own word
        ("Milão", "milao", True),  # no prefix: the language's own spelling, accents kept
        ("Milao", "milao", False),
    ],
)
def test_prefixed_name_word(text: str, key: str, native: bool) -> None:
    lang = "xh" if text[0].islower() else "pt"
    tok = view(f"Sithe {text} yena.", lang).tokens[1]
    assert unprefixed(tok) == key
    assert _native_word(tok, lang) is native
