"""Names dropped from sentences of scripts without capitals (round 12): a person's full name, said by sound
in every script, is missing where no word sounds like a word of it (spaced scripts) or no stretch of Han
characters or katakana like the whole; a brand of everyday words in Japanese where nothing sounds like it;
and a company's brand of everyday words in a cased language, whose absence is no translation."""

from __future__ import annotations

import pytest

from mt_audit.checks.base import make_input
from mt_audit.checks.entities import MISMATCH, entities
from mt_audit.checks.entities.audit import Audit
from mt_audit.checks.entities.matching import SourceName
from mt_audit.checks.entities.sound import kana_brand
from mt_audit.checks.entities.unheard import _opens_with, han_unheard, person_unheard

MAYOR = "The mayor, Ingrid Halvorsen, opened the new bridge over the river on Friday."
FILM = "The film Quiet Harbor opened on Monday in forty cinemas."
FIRM = "The shipping company Quiet Harbor Freight said on Monday that it would buy four new ships."


def _name(source: str, article: str, lang: str, name: str) -> tuple[Audit, SourceName]:
    audit = Audit(make_input(article, lang, source=source))
    return audit, next(sn for group in audit.source_names.values() for sn in group if sn.text == name)


def _dropped(source: str, article: str, lang: str) -> int:
    return sum(f.category == MISMATCH for f in entities(make_input(article, lang, source=source)))


@pytest.mark.parametrize(
    ("want", "skeleton", "expected"),
    [
        ("tlmpl", "tlmpl", True),  # the word itself
        ("tlmpl", "tlmplnk", True),  # with an ending after it
        ("tlmpl", "tlnpl", True),  # one sound heard otherwise (one of five)
        ("tnl", "tnlk", True),
        ("tnl", "tpnll", False),  # three consonants inside a longer word: chance
        ("tnltlmpl", "pltsk", False),
        ("pl", "kpl", False),
    ],
)
def test_opens_with(want: str, skeleton: str, expected: bool) -> None:
    assert _opens_with(want, skeleton) is expected


@pytest.mark.parametrize(
    ("article", "lang", "expected"),
    [
        ("महापौर इंग्रिड हाल्वोर्सन ने शुक्रवार को नदी पर बने नए पुल का उद्घाटन किया।", "hi", False),
        ("महापौर हाल्वोर्सन ने शुक्रवार को नदी पर बने नए पुल का उद्घाटन किया।", "hi", False),  # surname alone
        ("महापौर ने शुक्रवार को नदी पर बने नए पुल का उद्घाटन किया।", "hi", True),
        ("잉그리드 할보르센 시장은 금요일 강 위의 새 다리를 개통했다.", "ko", False),
        ("시장은 금요일 강 위의 새 다리를 개통했다.", "ko", True),
        ("市长周五为河上的新桥剪彩。", "zh", False),  # an unspaced script: see han_unheard
    ],
)
def test_person_unheard(article: str, lang: str, expected: bool) -> None:
    audit, sn = _name(MAYOR, article, lang, "Ingrid Halvorsen")
    assert person_unheard(audit, sn, [0]) is expected


@pytest.mark.parametrize(
    ("article", "lang", "expected"),
    [
        ("市长英格丽德·哈尔沃森周五为河上的新桥剪彩。", "zh", False),
        ("市长周五为河上的新桥剪彩。", "zh", True),
        ("イングリッド・ハルヴォルセン市長は金曜日、川に架かる新しい橋を開通させた。", "ja", False),
        ("市長は金曜日、川に架かる新しい橋を開通させた。", "ja", True),
        ("महापौर ने शुक्रवार को नदी पर बने नए पुल का उद्घाटन किया।", "hi", False),  # not Han: see person_unheard
    ],
)
def test_han_unheard(article: str, lang: str, expected: bool) -> None:
    audit, sn = _name(MAYOR, article, lang, "Ingrid Halvorsen")
    assert han_unheard(audit, sn, [0]) is expected


@pytest.mark.parametrize(
    ("source", "name", "lang", "expected"),
    [
        (FIRM, "Quiet Harbor Freight", "ja", True),
        (FIRM, "Quiet Harbor Freight", "zh", False),  # Han alone writes such a brand by meaning
        (MAYOR, "Ingrid Halvorsen", "ja", False),  # no brand of everyday words
    ],
)
def test_kana_brand(source: str, name: str, lang: str, expected: bool) -> None:
    audit, sn = _name(source, "橋。", lang, name)
    assert kana_brand(audit, sn) is expected


@pytest.mark.parametrize(
    ("source", "article", "lang", "expected"),
    [
        (MAYOR, "महापौर ने शुक्रवार को नदी पर बने नए पुल का उद्घाटन किया।", "hi", 1),
        (MAYOR, "महापौर इंग्रिड हाल्वोर्सन ने शुक्रवार को नदी पर बने नए पुल का उद्घाटन किया।", "hi", 0),
        (MAYOR, "市长周五为河上的新桥剪彩。", "zh", 1),
        (MAYOR, "市长英格丽德·哈尔沃森周五为河上的新桥剪彩。", "zh", 0),
        (FIRM, "海運会社は月曜日、新しい船を4隻購入すると発表した。", "ja", 1),
        (FIRM, "海運会社クワイエット・ハーバー・フレイトは月曜日、新しい船を4隻購入すると発表した。", "ja", 0),
        (FIRM, "海運会社Quiet Harbor Freightは月曜日、新しい船を4隻購入すると発表した。", "ja", 0),
        (FIRM, "La naviera anunció el lunes que compraría cuatro barcos nuevos.", "es", 1),
        (FIRM, "La naviera Quiet Harbor Freight anunció el lunes que compraría cuatro barcos nuevos.", "es", 0),
        (FIRM, "La naviera anunció el lunes en Madrid que compraría cuatro barcos nuevos.", "es", 1),
        (FILM, "La película se estrenó el lunes en cuarenta salas de Madrid.", "es", 0),  # a title may be translated
    ],
)
def test_dropped_name_found(source: str, article: str, lang: str, expected: int) -> None:
    assert _dropped(source, article, lang) == expected
