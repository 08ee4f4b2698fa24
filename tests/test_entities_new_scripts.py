"""Names in scripts and languages nobody tuned on: Gurmukhi nasals, syllables parted by ICU or a
zero-width non-joiner, unsaid consonants, short skeletons, cognate translations, full names."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from mt_audit.checks.entities.sound import full_name, sound_size, witnesses
from mt_audit.entity_compare import relation
from mt_audit.entity_forms import loose_skeleton, native_rendered, sound_renders
from mt_audit.entity_literal import cognate_rendering
from mt_audit.languages import to_latin


@pytest.mark.parametrize(
    ("word", "latin"),
    [
        ("ਸਿੰਗਾਪੁਰ", "singapura"),  # tippi before a velar
        ("ਲੰਡਨ", "landana"),  # tippi before a dental
        ("ਕੰਪਨੀ", "kampani"),  # tippi before a labial: ICU's bindi reads it "m"
        ("സ്റ്റേഷൻ", "sttesan"),  # Malayalam doubled "റ" says "tt" ("station")
        ("ഇന്റർനെറ്റ്", "intarnett"),  # ... and "ന്റ" says "nt" ("internet")
    ],
)
def test_icu_reads_the_sound(word: str, latin: str) -> None:
    assert to_latin(word) == latin


@pytest.mark.parametrize(
    ("name", "word"),
    [
        ("Blackhurst", "ப்ளாக்ஹர்ஸ்ட்"),  # Tamil: ICU's apostrophe parts "k" and "h"
        ("Rockhampton", "ராக்ஹாம்ப்டனில்"),  # ... with a case ending
        ("Rockhampton", "రాక్‌హాంప్టన్‌లో"),  # Telugu: a zero-width non-joiner parts them
    ],
)
def test_parted_letters_keep_their_sounds(name: str, word: str) -> None:
    assert loose_skeleton(name) == loose_skeleton(word)[: len(loose_skeleton(name))]
    assert native_rendered(name, [word])


@pytest.mark.parametrize(
    ("name", "word", "heard"),
    [
        ("Lincoln", "लिंकनमध्ये", True),  # the second "l" unsaid, a postposition written on
        ("Lincoln", "లింకన్‌లో", True),
        ("Lincoln", "ലിങ്കൺ", True),
        ("Lincoln", "लंदनमध्ये", False),  # London: two consonants differ
    ],
)
def test_one_unsaid_consonant(name: str, word: str, heard: bool) -> None:
    assert native_rendered(name, [word]) is heard


@pytest.mark.parametrize(
    ("name", "word", "heard"),
    [
        ("Dakar", "takur", False),  # a short skeleton in a word opening with another sound
        ("Bali", "pale", False),
        ("Dakar", "Dakaru", True),
        ("Philip", "Filip", True),
        ("Carl", "Karl", True),
        ("Oslo", "Oslu", True),
    ],
)
def test_short_skeletons_keep_their_first_sound(name: str, word: str, heard: bool) -> None:
    assert sound_renders(name, word) is heard


@pytest.mark.parametrize(
    ("src", "tgt", "lang", "rel"),
    [
        ("river", "rover", "sq", "misspelt"),  # an English word put for the name's
        ("castle", "castel", "sq", "same"),  # a form of the language, no English word
        ("meadow", "meadows", "sq", "same"),
    ],
)
def test_english_swap_is_no_local_form(src: str, tgt: str, lang: str, rel: str) -> None:
    assert relation(src, tgt, lang) == rel


@pytest.mark.parametrize(
    ("keys", "swaps", "region", "lang", "literal"),
    [
        (["red", "bridge", "capital"], [("Red", "Rooi"), ("Bridge", "Brug"), ("Capital", "Kapitaal")],
         ["rooi", "brug", "kapitaal"], "af", True),
        (["red", "bridge", "capital"], [("Red", "Rooi"), ("Bridge", "Brug"), ("Capital", "Kapitaal")],
         ["rooi", "brug", "kapitaal"], "nl", True),
        (["red", "bridge"], [("Red", "Rod")], ["rod", "bridge"], "af", False),  # one word kept: a slip
        (["red", "bridge"], [("Red", "Redd"), ("Bridge", "Bridg")], ["redd", "bridg"], "af", False),  # typos
        (["kowalczyk", "media"], [("Kowalczyk", "Kovalcik")], ["kovalcik", "media"], "af", False),
    ],
)  # fmt: skip
def test_cognate_rendering(keys: list[str], swaps: list[tuple[str, str]], region: list[str], lang: str,
                           literal: bool) -> None:  # fmt: skip
    assert cognate_rendering(keys, swaps, region, lang) is literal


def _name(text: str) -> SimpleNamespace:
    return SimpleNamespace(keys=[w.lower() for w in text.split()], joined=text.replace(" ", ""))


@pytest.mark.parametrize(
    ("text", "full"),
    [
        ("Lena Oyelaran", True),  # a rare given name
        ("David Nakashima", True),  # a given name WordNet writes capitalised
        ("Blue Oyelaran", False),  # "blue" is an everyday word
        ("Lena Harbour", False),  # the last word is no surname
        ("Oyelaran", False),
    ],
)
def test_full_name(text: str, full: bool) -> None:
    assert full_name(_name(text)) is full  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "spaced", "needed"),
    [
        ("Rockhampton", True, 1),  # a long skeleton, in a script that spaces its words
        ("Rockhampton", False, 3),  # ... read inside a run of text
        ("Lena Oyelaran", True, 1),
        ("Lena Oyelaran", False, 1),
        ("Tolvik", True, 3),
    ],
)
def test_witnesses(text: str, spaced: bool, needed: int) -> None:
    assert witnesses(_name(text), spaced) == needed  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("Walbrook", 5),  # an opening "w" before a vowel is heard as a consonant
        ("Wendover", 5),
        ("Ottawa", 2),  # a "w" inside stays a vowel, as Arabic script writes it
        ("Nakuru", 3),
    ],
)
def test_sound_size(text: str, size: int) -> None:
    assert sound_size(_name(text.lower())) == size  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "word"),
    [
        ("Venture", "वेंचर"),  # English "t" before "ure" says "ch"
        ("Picture", "पिक्चर"),
        ("Capture", "ক্যাপচার"),
    ],
)
def test_ture_heard_as_cher(name: str, word: str) -> None:
    assert native_rendered(name, [word])
