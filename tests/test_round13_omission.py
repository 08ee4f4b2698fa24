"""Names dropped from a sentence (round 13): empty quotation marks where a name stood; a surname after a
particle ("van der Linden") that is an English word; a brand word spelt like Japanese syllables ("Union");
numerals that sound like a name by chance ("이십 년"); a word that renders another source word
("transport"); and a witness name said as an exonym in katakana."""

from __future__ import annotations

import pytest

from mt_audit.checks.base import make_input
from mt_audit.checks.entities import MISMATCH, entities
from mt_audit.checks.entities.audit import Audit
from mt_audit.checks.entities.matching import SourceName
from mt_audit.checks.entities.sound import after_particle, full_name
from mt_audit.checks.entities.unheard import unheard

FIRM = "The energy company Bright Meadow Power said on Tuesday that it will build a plant near Riga."
SHOW = "The new show presents 40 drawings by the Belgian painter Pieter van der Linden."
UNION = "The farmers' group Silver Pine Union asked the state for 40 million euros."
HARVEST = "Farmers in southern Spain expect their worst harvest in twenty years."
DOCTORS = "Doctors in Lusaka tested the drug. “It works,” said the lead researcher, Tomasz Kowalczyk."


def _name(source: str, article: str, lang: str, name: str, embed: object = None) -> tuple[Audit, SourceName]:
    audit = Audit(make_input(article, lang, source=source, embed=embed))  # type: ignore[arg-type]
    return audit, next(sn for group in audit.source_names.values() for sn in group if sn.text == name)


def _dropped(source: str, article: str, lang: str, embed: object = None) -> list[str]:
    item = make_input(article, lang, source=source, embed=embed)  # type: ignore[arg-type]
    return [f.message for f in entities(item) if f.category == MISMATCH]


@pytest.mark.parametrize(
    ("article", "lang", "expected"),
    [
        ("Uzņēmums “Bright Meadow Power” otrdien paziņoja, ka netālu no Rīgas uzbūvēs rūpnīcu.", "lv", 0),
        ("Uzņēmums “” otrdien paziņoja, ka netālu no Rīgas uzbūvēs rūpnīcu.", "lv", 1),
        ("Uzņēmums „” otrdien paziņoja, ka netālu no Rīgas uzbūvēs rūpnīcu.", "lv", 1),
        ("La société énergétique « » a annoncé mardi qu'elle construira une usine près de Riga.", "fr", 1),
        ("La société « Bright Meadow Power » a annoncé mardi qu'elle construira une usine près de Riga.", "fr", 0),
    ],
)
def test_empty_quotation_marks(article: str, lang: str, expected: int) -> None:
    found = _dropped(FIRM, article, lang)
    assert len(found) == expected
    assert all(m.startswith("Empty quotation marks stand where") for m in found)


@pytest.mark.parametrize(
    ("source", "name", "particle", "full"),
    [
        (SHOW, "Pieter van der Linden", True, True),  # "linden" is a tree: a surname after its particle
        (SHOW.replace("van der ", ""), "Pieter Linden", False, False),
        ("The boat crossed the Gulf of Finland at night.", "Gulf of Finland", False, True),  # "of": English
    ],
)
def test_surname_after_particle(source: str, name: str, particle: bool, full: bool) -> None:
    _, sn = _name(source, "x", "zh", name)
    assert after_particle(sn) is particle
    assert full_name(sn) is full


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        ("農家団体のSilver Pine Unionは、国に4000万ユーロを求めた。", False),
        ("農家団体のは、国に4000万ユーロを求めた。", True),  # "Union" is spelt like Japanese syllables
    ],
)
def test_english_word_is_no_japanese_name(article: str, expected: bool) -> None:
    audit, sn = _name(UNION, article, "ja", "Silver Pine Union")
    assert unheard(audit, sn, [0]) is expected


@pytest.mark.parametrize(
    ("article", "rendered", "dropped"),
    [
        ("스페인 남부 농민들은 이십 년 만에 최악의 수확을 예상한다.", True, 0),
        ("남부 농민들은 이십 년 만에 최악의 수확을 예상한다.", False, 1),  # "이십 년" is twenty years
    ],
)
def test_numeral_renders_no_name(article: str, rendered: bool, dropped: int) -> None:
    audit, sn = _name(HARVEST, article, "ko", "Spain")
    assert audit.rendered(sn, [0]) is rendered
    assert len(_dropped(HARVEST, article, "ko")) == dropped


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        ("ਟਰਾਂਸਪੋਰਟ ਮੰਤਰੀ ਐਲੇਨਾ ਸਪੋਰਟਾ ਨੇ ਕਿਹਾ ਕਿ ਕੰਮ ਬਸੰਤ ਵਿੱਚ ਸ਼ੁਰੂ ਹੋਵੇਗਾ।", True),
        ("ਟਰਾਂਸਪੋਰਟ ਮੰਤਰੀ ਨੇ ਕਿਹਾ ਕਿ ਕੰਮ ਬਸੰਤ ਵਿੱਚ ਸ਼ੁਰੂ ਹੋਵੇਗਾ।", False),  # "ਟਰਾਂਸਪੋਰਟ" sounds like it
    ],
)
def test_rendered_other_source_word(article: str, expected: bool) -> None:
    source = "Transport minister Elena Sporta said the work would start in spring."
    audit, sn = _name(source, article, "pa", "Elena Sporta")
    assert audit.rendered(sn, [0]) is expected
