"""Round 12: a spelled fraction's whole part, a myriad's count written with a smaller scale word ("9천500만"), a
loan of the source's scale word read as a unit ("milyon" as a mile), a particle or CLDR's "per" word after a
figure whose unit stands before it, a rate whose length the sentence names with its figure dropped, and a bare
scale word with no numeral of the whole count before it."""

from __future__ import annotations

import pytest
from support import messages

from mt_audit.checks.numbers import number_mismatch
from mt_audit.numbers import extract
from mt_audit.unit_names import per_words


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("예산은 3천200만 달러였다.", "ko", 32_000_000),  # 3,200 myriads
        ("모두 1천50만 명이 왔다.", "ko", 10_500_000),  # 1,050 myriads
        ("예산은 2억 5천만 원이었다.", "ko", 250_000_000),  # falling scales still summed
    ],
)
def test_myriad_count_with_a_smaller_scale(text: str, lang: str, value: float) -> None:
    assert [q.value for q in extract(text, lang) if q.value > 1000] == [value]


@pytest.mark.parametrize(
    ("source", "article", "lang"),
    [
        # the whole part of a spelled fraction, the half worded in a form not read or read apart
        ("The walk takes three and a half hours.", "La caminata dura tres horas y media.", "es"),
        ("The walk takes three and a half hours.", "Chuyến đi mất ba tiếng rưỡi.", "vi"),
        ("The walk takes one and a quarter hours.", "La marche dure une heure et quart.", "fr"),
        # a figure's part of a whole worded after its scale word, the source in digits
        ("They demanded 4.5 million euros.", "Au cerut patru milioane și jumătate de euro.", "ro"),
        ("The trip takes 2.5 hours.", "El viaje dura dos horas y media.", "es"),
        # a myriad's count written with a smaller scale word
        ("The bridge cost 32 million dollars.", "다리는 3천200만 달러가 들었다.", "ko"),
        # a loan of the source's scale word, in a language with no number words known
        ("The council spent 7.2 million dollars.", "Migasto ang konseho og 7.2 milyon ka dolyar.", "ceb"),
        # the unit before the figure; after it an elided particle or CLDR's "per" word
        ("He farms 25 hectares near the river.", "Ọ na-akọ ugbo hectare 25 n'akụkụ osimiri.", "ig"),
        ("Each family may use 90 litres a day.", "Ezinụlọ ọ bụla nwere ike iji lita 90 kwa ụbọchị.", "ig"),
    ],
)
def test_faithful_renderings_are_no_change(source: str, article: str, lang: str) -> None:
    assert messages(number_mismatch, article, lang, source) == []


@pytest.mark.parametrize(
    ("source", "article", "lang"),
    [
        # a changed whole part of a spelled fraction
        ("The walk takes three and a half hours.", "La caminata dura cuatro horas y media.", "es"),
        ("The trip takes 3.5 hours.", "El viaje dura dos horas y media.", "es"),
        # a changed myriad count
        ("The bridge cost 32 million dollars.", "다리는 3천700만 달러가 들었다.", "ko"),
        # the loan kept, the figure changed
        ("The council spent 7.2 million dollars.", "Migasto ang konseho og 7.8 milyon ka dolyar.", "ceb"),
        # the word before the figure names another unit of the dimension
        ("He farms 25 hectares near the river.", "Ọ na-akọ ugbo acre 25 n'akụkụ osimiri.", "ig"),
        # a rate's figure dropped, its length named without it
        ("The train runs at 90 kilometres per hour.", "Pociąg jedzie z prędkością kilometrów na godzinę.", "pl"),
        # a bare scale word, no numeral of the whole count before it: the figure was dropped
        ("They demanded 3.5 million euros.", "Au cerut milioane de euro.", "ro"),
    ],
)
def test_changes_are_still_told(source: str, article: str, lang: str) -> None:
    assert messages(number_mismatch, article, lang, source)


@pytest.mark.parametrize(
    ("lang", "word", "expected"),
    [("de", "pro", True), ("fr", "par", True), ("ig", "kwa", True), ("de", "/", False)],
)
def test_per_words_come_from_cldr(lang: str, word: str, expected: bool) -> None:
    assert (word in per_words(lang)) is expected
