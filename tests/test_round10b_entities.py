"""Tenth round (b): names dropped in scripts without capitals, told by positive evidence of absence."""

from __future__ import annotations

import pytest

from mt_audit.checks.base import make_input
from mt_audit.checks.entities import MISMATCH, entities
from mt_audit.checks.entities.unheard import _ROMAJI, _shared, cldr_written_forms


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [("lps", "lps", 3), ("ktnplk", "tpl", 3), ("plt", "nlk", 1), ("", "abc", 0), ("abc", "cba", 1)],
)
def test_shared_sounds(a: str, b: str, expected: int) -> None:
    assert _shared(a, b) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [("sakamoto", True), ("shinji", True), ("kyoto", True), ("hattori", True), ("oslo", False), ("brandt", False)],
)
def test_japanese_syllables(word: str, expected: bool) -> None:
    assert bool(_ROMAJI.match(word)) is expected


@pytest.mark.parametrize(("phrase", "lang", "form"), [("kenya", "zh", "肯尼亚"), ("germany", "ja", "ドイツ")])
def test_cldr_written_forms(phrase: str, lang: str, form: str) -> None:
    assert form in cldr_written_forms(phrase, lang)


PLANE = "The plane from Kenya landed safely after a long delay on Friday evening."


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        ("来自肯尼亚的飞机在周五晚上长时间延误后安全降落。", []),
        ("这架飞机在周五晚上长时间延误后安全降落。", [MISMATCH]),  # CLDR's 肯尼亚 is not written
    ],
)
def test_cldr_place_dropped_in_unspaced_script(article: str, expected: list[str]) -> None:
    assert [f.category for f in entities(make_input(article, "zh", source=PLANE))] == expected


TRAIN = "Trains between Helsinki and Porto were halted for most of Tuesday morning, officials said."


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        ("ヘルシンキとポルトを結ぶ列車は火曜日の朝の大半にわたって運転を見合わせたと当局は述べた。", []),
        ("ヘルシンキと結ぶ列車は火曜日の朝の大半にわたって運転を見合わせたと当局は述べた。", [MISMATCH]),
    ],
)
def test_katakana_name_dropped(article: str, expected: list[str]) -> None:
    assert [f.category for f in entities(make_input(article, "ja", source=TRAIN))] == expected
