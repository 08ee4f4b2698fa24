"""Round 20, the thirteenth stories' new scripts: Tifinagh, Tibetan and Cherokee read in Latin letters.

ICU's Any-Latin leaves the three scripts as written, so no name or unit in them could be heard. Cherokee is read by
ICU's transform of the script's CLDR likely language to its sound (``chr-chr_FONIPA``); Tifinagh and Tibetan, which
ICU has no transform for, by the sounds their letters' Unicode names give. Words are this file's own, not rows of
``data/planted``.
"""

from __future__ import annotations

import pytest

from mt_audit.languages import to_latin, transliterates
from mt_audit.languages.letters import read_by_names
from mt_audit.unit_sounds import sounded_units


@pytest.mark.parametrize(
    ("text", "latin"),
    [
        ("ⴰⵎⴰⵣⵉⵖ", "amazigh"),  # Tifinagh: YA "a", YAM "m", YI "i", YAGH "gh"
        ("ⵜⵉⴼⵉⵏⴰⵖ", "tifinagh"),
        ("ⴽⵉⵍⵓⴳⵔⴰⵎ", "kilugram"),
        ("བོད་", "bod"),  # Tibetan: a vowel sign in place of the inherent vowel; the tsheg dropped
        ("ལྷ་ས", "lhasa"),  # a subjoined letter stacked under the last
        ("ཐིམ་ཕུ", "thimphu"),  # a final consonant says no vowel of its own
        ("ཀི་ལོ་གྲམ", "kilogram"),
        ("ᏣᎳᎩ", "tsalagi"),  # Cherokee, by ICU's chr-chr_FONIPA
        ("ᏂᏗᏍᏗ", "nidisdi"),
        ("Москва ⴰⵎⴰⵣⵉⵖ", "Moskva amazigh"),  # other scripts as ICU reads them
    ],
)
def test_unread_scripts_in_latin(text: str, latin: str) -> None:
    assert to_latin(text) == latin


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("abc", "abc"),  # letters ICU reads are left to it
        ("ⵎⵓⵔ 12", "mur 12"),
        ("ཨ་ཁུ", "akhu"),  # TIBETAN LETTER A carries the vowel alone
        ("ខ្មែរ", "ខ្មែរ"),  # Khmer names two series' vowels (KA, KO): not read, its coeng kept
        ("ພາສາ", "ພາສາ"),  # Lao names every consonant with "o": not read
        ("සිංහල", "සිංහල"),  # Sinhala: ICU has a transform ("si-si_Latn"), its readers' business
    ],
)
def test_read_by_names(text: str, read: str) -> None:
    assert read_by_names(text) == read


@pytest.mark.parametrize(("tag", "expected"), [("zgh", True), ("dz", True), ("chr", True)])
def test_new_scripts_transliterate(tag: str, expected: bool) -> None:
    assert transliterates(tag) is expected


@pytest.mark.parametrize(
    ("word", "unit"),
    [
        ("ⴽⵉⵍⵓⴳⵔⴰⵎ", "kilogram"),  # a loan in Tifinagh, heard
        ("ⵍⵉⵜⵔ", "liter"),
        ("ཀི་ལོ་གྲམ", "kilogram"),  # and in Tibetan
        ("ག་ལཱན", "gallon"),
    ],
)
def test_units_heard_in_new_scripts(word: str, unit: str) -> None:
    assert unit in sounded_units(word)


@pytest.mark.parametrize(
    ("text", "anchor", "present"),
    [
        ("ⴰⵎⴷⴰⵏ 12\u00a0500 ⵏ ⵓⵙⴽⵍⵓ", "#12500", True),  # grouped by CLDR's no-break space, as "12,500"
        ("sa 3\u202f400 kilos", "#3400", True),  # a narrow no-break space
        ("in 1,250 homes", "#1250", True),
        ("le 12 500 de plus", "#12500", False),  # a plain space parts two figures
    ],
)
def test_spaced_groups_are_one_anchor(text: str, anchor: str, present: bool) -> None:
    from mt_audit.align_length import anchors_of

    assert (anchor in anchors_of(text).tokens) is present


@pytest.mark.parametrize(
    ("text", "figure", "unit", "word"),
    [
        ("ཁང་པ་ལུ་ ག་ལཱན་ ༣༠ ཡོད།", "༣༠", "liter", "ག་ལཱན"),  # a gallon where litres were: the run's tail heard
        ("ལམ་ ཀི་ལོ་མི་ཊར་ ༡༢ ཡོད།", "༡༢", "kilometer", None),  # the unit itself: nothing else sounded
    ],
)
def test_tibetan_runs_beside_a_figure(text: str, figure: str, unit: str, word: str | None) -> None:
    from mt_audit.unit_sounds import sounded_word

    start = text.index(figure)
    span = sounded_word(text, start, start + len(figure), unit)
    assert (None if span is None else text[span[0] : span[1]].rstrip("་")) == word
