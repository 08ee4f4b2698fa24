"""Round 17: a fraction of a scale word ("a quarter of a million"), a count after a scale word that an unread word
parts from it ("miliɔn afã ene"), a join word the press leaves out of a numeral, Romanian's comma below, a unit CLDR
names before the figure ("攝氏5度"), open vowels in loans ("piɛ"), and a sound-alike word kept off the unit's place."""

from __future__ import annotations

import pytest
from support import messages

from mt_audit.checks.numbers import number_mismatch
from mt_audit.numbers import extract


def findings(source: str, article: str, lang: str) -> list[str]:
    return messages(number_mismatch, article, lang, source)


def values(text: str, lang: str) -> list[tuple[float, bool]]:
    return [(q.value, q.weak) for q in extract(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("They made a quarter of a million deliveries.", "en", 250_000),
        ("It cost three quarters of a billion dollars.", "en", 750_000_000),
        ("About a third of a million people left.", "en", 1e6 / 3),
        ("Some half of a million homes.", "en", 500_000),
        ("Aid for half a million people.", "en", 500_000),
        ("un quart de million de livraisons", "fr", 250_000),
        ("nuɖoɖo akpe alafa eve blaatɔ̃ tso", "ee", 250_000),  # ICU: "akpe alafa eve kple blaatɔ̃"
    ],
)
def test_fraction_of_a_scale(text: str, lang: str, value: float) -> None:
    assert any(abs(v - value) < 1 and not weak for v, weak in values(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        ("a quarter of the budget", "en", [0.25]),  # "of the": no scale word it is part of
        ("one of the million", "en", [1.0, 1e6]),
        ("ame akpe eve ene", "ee", [2000.0, 4.0]),  # a unit word past a join word left out: no 2004
    ],
)
def test_no_fraction_of_a_scale(text: str, lang: str, kept: list[float]) -> None:
    assert [v for v, _ in values(text, lang)][: len(kept)] == kept


@pytest.mark.parametrize(
    ("source", "article", "lang", "flagged"),
    [
        # every rendering of a quarter of a million agrees with the source now
        ("They made a quarter of a million deliveries.", "Wykonały ćwierć miliona dostaw.", "pl", False),
        ("They made a quarter of a million deliveries.", "Выполнили четверть миллиона доставок.", "ru", False),
        ("They made a quarter of a million deliveries.", "Đã thực hiện 250.000 lượt giao hàng.", "vi", False),
        ("They made a quarter of a million deliveries.", "已經完成咗25萬次送遞。", "yue", False),
        (
            "They made a quarter of a million deliveries.",
            "Ont effectué un quart de million de livraisons.",
            "fr",
            False,
        ),
        ("They made a quarter of a million deliveries.", "Wykonały 350 000 dostaw.", "pl", True),
        # Ewe writes the count after the scale word: "ene" parted from "miliɔn" by "afã" (half) is no four
        (
            "Aid agencies say about half a million people need food.",
            "Wogblɔ be ame abe miliɔn afã ene hiã nuɖuɖu.",
            "ee",
            False,
        ),
        ("Aid agencies say about 500,000 people need food.", "Wogblɔ be ame 400,000 hiã nuɖuɖu.", "ee", True),
    ],
)
def test_fraction_renderings(source: str, article: str, lang: str, flagged: bool) -> None:
    assert bool(findings(source, article, lang)) is flagged


@pytest.mark.parametrize(
    ("source", "article", "lang", "flagged"),
    [
        # Romanian: ICU spells six "şase" (cedilla), the press "șase" (comma below)
        ("It drives at six kilometres per hour.", "Merge cu șase mile pe oră.", "ro", True),
        ("It drives at six kilometres per hour.", "Merge cu șase kilometri pe oră.", "ro", False),
        # Cantonese: CLDR writes "攝氏{0}度", the scale before the figure
        ("The water is barely 5 degrees Celsius.", "海水得華氏5度左右。", "yue", True),
        ("The water is barely 5 degrees Celsius.", "海水得攝氏5度左右。", "yue", False),
        # Lingala writes French "pied" as "piɛ": an open vowel is a plain one to a loan
        ("The bridge is 450 metres long.", "Pont yango ezali na bolai ya piɛ 450.", "ln", True),
        ("The bridge is 450 metres long.", "Pont yango ezali na bolai ya mɛtɛlɛ 450.", "ln", False),
    ],
)
def test_unit_swaps(source: str, article: str, lang: str, flagged: bool) -> None:
    assert bool(findings(source, article, lang)) is flagged


def test_sound_alike_word_off_the_units_place() -> None:
    """Indonesian "beratnya" (its weight) sounds like "ton" past a prefix; CLDR writes units after the figure, where
    "pon" stands: the swap is there."""
    source = "A full sack weighs 64 kilograms."
    article = "Satu karung penuh beratnya 64 pon, dan kebun yang baik."
    assert findings(source, article, "id") == [
        "The article says 64 pon where the source says 64 kilograms: the unit differs, its figure unconverted."
    ]


def test_unknown_sound_alike_word_kept() -> None:
    """Akan writes its units before the figure, CLDR after it: "fiit", a loan no lexicon knows, is the swap."""
    source = "She trains at a camp in Iten, 2,400 metres above sea level."
    article = "Ɔtete ne ho wɔ atenae bi a ɛwɔ Iten, fiit 2,400 wɔ po ano soro."
    assert findings(source, article, "ak") == [
        "The article says fiit 2,400 where the source says 2,400 metres: the unit differs, its figure unconverted."
    ]
