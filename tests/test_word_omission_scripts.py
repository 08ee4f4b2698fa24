"""Names dropped from sentences in scripts without capitals: Japanese Han words are no sound renderings,
Japanese names are written by meaning, and runs of an unspaced script are searched by window."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import pytest

from mt_audit.checks.base import make_input
from mt_audit.checks.entities import MISMATCH, entities
from mt_audit.checks.entities.audit import Audit
from mt_audit.checks.entities.rendering import by_meaning_word
from mt_audit.checks.entities.sound import kana_full_name
from mt_audit.checks.entities.unheard import _heard_in, cldr_absent, japanese_name, meaning_absent, unheard_in_runs
from mt_audit.entities import names


@pytest.mark.parametrize(
    ("word", "lang", "expected"),
    [("展示", "ja", True), ("されている", "ja", True), ("ベルリン", "ja", False), ("展示", "zh", False)],
)
def test_by_meaning_word(word: str, lang: str, expected: bool) -> None:
    assert by_meaning_word(word, lang) is expected


def _names(source: str, article: str, lang: str) -> tuple[Audit, dict[str, object]]:
    audit = Audit(make_input(article, lang, source=source))
    return audit, {sn.text: sn for names in audit.source_names.values() for sn in names}


@pytest.mark.parametrize(
    ("source", "name", "expected"),
    [
        ("The mayor Hiroshi Tanaka opened the new bridge on Friday.", "Hiroshi Tanaka", True),
        ("The mayor Marco Bianchi opened the new bridge on Friday.", "Marco Bianchi", False),
        ("The mayor Ingrid Halvorsen opened the new bridge on Friday.", "Ingrid Halvorsen", False),
    ],
)
def test_japanese_name(source: str, name: str, expected: bool) -> None:
    _, names = _names(source, "市長は金曜日に新しい橋を開通させた。", "ja")
    assert japanese_name(names[name]) is expected  # type: ignore[arg-type]
    assert kana_full_name(_names(source, "橋。", "ja")[0], names[name]) is not expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("want", "skeleton", "expected"),
    [
        ("mln", "kttpstmln", True),
        ("mln", "mtln", True),
        ("mln", "mttln", False),
        ("kpnkn", "kpnk", True),
        ("kpnkn", "kpttk", False),
    ],
)
def test_heard_in_window(want: str, skeleton: str, expected: bool) -> None:
    assert _heard_in(want, skeleton) is expected


FLIGHT = "The airline said its first direct flight to Marseille would leave on Monday."


@pytest.mark.parametrize(
    ("article", "lang", "expected"),
    [
        ("สายการบินระบุว่าเที่ยวบินตรงเที่ยวแรกไปมาร์เซย์จะออกเดินทางในวันจันทร์", "th", False),
        ("สายการบินระบุว่าเที่ยวบินตรงเที่ยวแรกจะออกเดินทางในวันจันทร์", "th", True),
        ("这家航空公司说，首个直飞航班将于周一起飞。", "zh", False),  # Han writes names by meaning too
        ("The airline said its first direct flight would leave on Monday.", "en", False),
    ],
)
def test_unheard_in_runs(article: str, lang: str, expected: bool) -> None:
    audit, names = _names(FLIGHT, article, lang)
    assert unheard_in_runs(audit, names["Marseille"], [0]) is expected  # type: ignore[arg-type]


ART = (
    "The painter Ingrid Jens showed her work in Stockholm last spring.",
    "Critics in Stockholm praised the colours of the large canvases.",
)


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        ("画家イングリッド・イェンスは昨春、ストックホルムで作品を展示した。", []),
        ("画家は昨春、ストックホルムで作品を展示した。", [MISMATCH]),  # "展示" (zhan shi) does not say "Jens"
    ],
)
def test_katakana_full_name_dropped(first: str, expected: list[str]) -> None:
    article = first + "ストックホルムの批評家たちは大きなカンバスの色彩を称賛した。"
    item = make_input(article, "ja", source=" ".join(ART))
    assert [f.category for f in entities(item)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The survey was led by Ingrid Halvorsen of the University of Bergen.",
            ["Ingrid Halvorsen", "University of Bergen"],
        ),
        ("She works at the Museum of the City of Lisbon.", ["Museum of the City of Lisbon"]),
        ("The Bank of the North raised its rates.", ["Bank of the North"]),
    ],
)
def test_person_before_institution_is_two_names(text: str, expected: list[str]) -> None:
    assert [n.text for n in names(text, "en")] == expected


def _fake_embed(gain: float) -> Callable[[Sequence[str]], np.ndarray]:
    """An embedder whose article vector is ``gain`` closer to the source without the name than with it."""

    def embed(texts: Sequence[str]) -> np.ndarray:
        full = np.array([1.0, 0.0, 0.0])
        without = np.array([0.0, 1.0, 0.0])
        target = np.array([0.5, 0.5 + gain, 0.0])
        return np.stack([full, without, target / np.linalg.norm(target)])[: len(texts)]

    return embed


PLANT = "The firm Orchid Peak Robotics opened a factory near the harbour on Monday."


@pytest.mark.parametrize(
    ("lang", "gain", "expected"),
    [
        ("am", 0.1, True),  # ICU's Latin for Ethiopic is approximate: the embedding is the witness
        ("am", 0.0, False),  # the article reads as close to the source with the name as without it
        ("ru", 0.1, False),  # Cyrillic is read in Latin letters: the rendering test decides there
    ],
)
def test_meaning_absent(lang: str, gain: float, expected: bool) -> None:
    item = make_input("ኩባንያው ሰኞ ዕለት ፋብሪካ ከፈተ።", lang, source=PLANT, embed=_fake_embed(gain))
    audit = Audit(item)
    sn = next(s for group in audit.source_names.values() for s in group if s.text == "Orchid Peak Robotics")
    assert meaning_absent(audit, sn, [0]) is expected
    assert (sn.text in audit.read_absent) is expected


COFFEE = "Coffee prices rose after frost damaged farms near homes in Brazil last week."


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        ("ราคากาแฟพุ่งขึ้นหลังน้ำค้างแข็งทำลายไร่ใกล้บ้านในบราซิลเมื่อสัปดาห์ที่แล้ว", False),
        # CLDR's "บราซิล" is not written; its opening letter, which opens "บ้าน" too, proves nothing
        ("ราคากาแฟพุ่งขึ้นหลังน้ำค้างแข็งทำลายไร่ใกล้บ้านเมื่อสัปดาห์ที่แล้ว", True),
    ],
)
def test_cldr_place_absent_in_thai(article: str, expected: bool) -> None:
    audit, names_ = _names(COFFEE, article, "th")
    assert cldr_absent(audit, names_["Brazil"], [0]) is expected  # type: ignore[arg-type]
