"""Round 10b: unit swaps told only on positive evidence. A particle before the unit's name ("da" before "kubaj
metroj"), an inflected short name ("κιλών" of "κιλό"), a compound on the cube's side length where CLDR names no
cube ("metrekûp"), and a scale word not read paired with the figure it scales rather than another ("twice") are no
changed number; a solid compound whose rest names another unit ("kvadratmil") and a unit after an unread scale
word still are."""

from __future__ import annotations

import pytest
from support import messages

from mt_audit.checks.numbers import number_mismatch
from mt_audit.unit_names import short_name_form


@pytest.mark.parametrize(
    ("source", "article", "lang"),
    [
        # a particle between the scale word and the unit's name
        (
            "The lake lost 4 billion cubic metres of water.",
            "La lago perdis 4 miliardojn da kubaj metroj da akvo.",
            "eo",
        ),
        # the same name of two words, naming the unit
        ("The tank holds 20 cubic metres.", "टंकी में 20 घन मीटर पानी है।", "hi"),
        # a short name's inflected form
        ("She carried a sack of 30 kilograms.", "Κουβαλούσε ένα σακί 30 κιλών.", "el"),
        # the cube's side length compounded with a word for "cubic" that CLDR lacks
        ("The dam holds 7 billion cubic metres.", "Bend 7 milyar metrekûp digire.", "ku"),
        # the scale word not read stands beside the figure it scales; "twice" is worded in a form not read
        (
            "Prices rose twice as fast, to 5 billion dollars.",
            "I piki rearua te tere o ngā utu, ki te 5 piriona tāra.",
            "mi",
        ),
    ],
)
def test_clean_units_and_scales_are_no_change(source: str, article: str, lang: str) -> None:
    assert messages(number_mismatch, article, lang, source) == []


@pytest.mark.parametrize(
    ("source", "article", "lang"),
    [
        # a particle, then a word naming another unit only
        ("The lake lost 4 billion cubic metres of water.", "La lago perdis 4 miliardojn da kubaj futoj da akvo.", "eo"),
        # a solid compound: the shared head "kvadrat", then the Danish mile
        ("The fire burned 640 square kilometres.", "Branden hærgede 640 kvadratmil.", "da"),
        # a name of two words whose first word several units share ("घन", cubic): the second names the cube's side
        ("The tank holds 20 cubic metres.", "टंकी में 20 घन फुट पानी है।", "hi"),
        # the unit's place after a scale word not read
        ("The dam holds 7 billion cubic metres.", "E 7 piriona putu pūtoru te rahi o te wai.", "mi"),
    ],
)
def test_swapped_units_are_still_told(source: str, article: str, lang: str) -> None:
    assert any("unit differs" in m for m in messages(number_mismatch, article, lang, source))


@pytest.mark.parametrize(
    ("words", "lang", "unit", "expected"),
    [
        ("κιλών", "el", "kilogram", True),
        ("κιλού", "el", "kilogram", True),
        ("λιβρών", "el", "kilogram", False),
        ("τόνων", "el", "gram", False),
    ],
)
def test_short_name_form(words: str, lang: str, unit: str, expected: bool) -> None:
    assert short_name_form(words, lang, unit) is expected
