"""Round 12: a unit swapped for another of its kind told by the sound of the word beside the figure, in languages
CLDR gives no unit names of their own: a loan of another unit's international name ("maily", "amamayela",
"galona") before or after the figure is a swap; a loan of the source's own unit, on either side of the figure,
is none, nor is an ordinary word beside it."""

from __future__ import annotations

import pytest

from mt_audit.checks.base import make_input
from mt_audit.checks.numbers import number_mismatch
from mt_audit.unit_sounds import skeleton, sounded_units, sounds_like


def swaps(source: str, article: str, lang: str) -> list[str]:
    return [f.message for f in number_mismatch(make_input(article, lang, source=source)) if "unit differs" in f.message]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("kilaometatra", "klmtr"),
        ("kilometre", "klmtr"),
        ("galọn", "gln"),
        ("intshi", "ns"),
        ("фут", "ft"),
    ],
)
def test_skeleton(word: str, expected: str) -> None:
    assert skeleton(word) == expected


@pytest.mark.parametrize(
    ("word", "unit", "expected"),
    [
        ("maily", "mile", True),
        ("amamayela", "mile", True),  # a noun-class prefix before the loan
        ("neeponti", "pound", True),
        ("galona", "gallon", True),
        ("nke", "inch", False),  # two consonants few locales share
        ("abantu", "pound", False),
        ("skwele", "kilogram", False),  # no prefix ending in a vowel
    ],
)
def test_sounded_units(word: str, unit: str, expected: bool) -> None:
    assert (unit in sounded_units(word)) is expected


@pytest.mark.parametrize(
    ("word", "unit", "expected"),
    [
        ("kilao", "kilogram", True),
        ("kilomita", "kilometer", True),
        ("amakhilomitha", "kilometer", True),
        ("iigram", "gram", True),
        ("maily", "kilometer", False),
    ],
)
def test_sounds_like(word: str, unit: str, expected: bool) -> None:
    assert sounds_like(word, unit) is expected


@pytest.mark.parametrize(
    ("source", "article", "lang"),
    [
        ("The tank holds 200 litres of water.", "Mahazaka rano 200 galona ny fitoerana.", "mg"),
        ("The road is 30 kilometres long.", "Umgwaqo ubude bawo amamayela angu-30.", "zu"),
        ("The field covers 12 hectares.", "Ala ahụ buru acre 12 n'ogologo.", "ig"),
        ("The town lies 20 kilometres away.", "Ìlú náà jìnnà ní máìlì 20 sí wa.", "yo"),
        ("She lifted 50 kilograms.", "Uphakamise iiponti ezingama-50.", "xh"),
    ],
)
def test_loaned_other_unit_is_a_swap(source: str, article: str, lang: str) -> None:
    assert swaps(source, article, lang)


@pytest.mark.parametrize(
    ("source", "article", "lang"),
    [
        # the source's unit, written before the figure where CLDR writes it after
        ("The field covers 12 hectares.", "Ala ahụ buru hectare 12 n'ogologo.", "ig"),
        ("The town lies 20 kilometres away.", "Ìlú náà jìnnà ní kìlómítà 20 sí wa.", "yo"),
        ("The road is 30 kilometres long.", "Umgwaqo ubude bawo bungamakhilomitha angu-30.", "zu"),
        # an ordinary word beside the figure, the unit said after it
        ("About 45 people walked 10 kilometres.", "Abantu abangu-45 bahamba amakhilomitha angu-10.", "zu"),
        # another prefix on the unit's own base
        ("The pipe is 30 centimetres wide.", "E 30 henimita te whānui o te paipa.", "mi"),
    ],
)
def test_own_unit_is_no_swap(source: str, article: str, lang: str) -> None:
    assert swaps(source, article, lang) == []
