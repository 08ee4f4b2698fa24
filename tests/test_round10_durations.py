"""Round 10: durations in parts (a race time as a clock, "3:05:42", "3.05.42", or with the unit symbols, "3 h 05 min
42 s") read as hours, minutes and seconds that pair with a source spelling them out; cubic units beyond the cubic
metre; a ratio ("twice") that is no changed measurement; a figure whose scale word or unit word is one the language's
lexicon does not know or a loan of the unit's own name, which is no evidence of another scale or unit."""

from __future__ import annotations

import pytest
from support import count

from mt_audit.checks.numbers import number_mismatch
from mt_audit.numbers import extract

RACE = "The race took 3 hours, 5 minutes and 42 seconds."


def readings(text: str, lang: str) -> list[tuple[float, str, str]]:
    return [(q.value, q.kind, q.unit) for q in extract(text, lang)]


PARTS = [(3.0, "measure", "hour"), (5.0, "measure", "minute"), (42.0, "measure", "second")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("She won in 3:05:42.", "en", PARTS),
        ("Kilpailu kesti 3.05.42.", "fi", PARTS),
        ("La course a duré 3 h 05 min 42 s.", "fr", PARTS),
        ("Das Rennen dauerte 3:05:42 Stunden.", "de", PARTS),
        ("記録は3時間5分42秒だった。", "ja", PARTS),
        (
            "Her time was 1:02:33.5.",
            "en",
            [(1.0, "measure", "hour"), (2.0, "measure", "minute"), (33.5, "measure", "second")],
        ),
        # two parts are a duration too; one alone stays what it was
        ("Il a couru 12 min 9 s.", "fr", [(12.0, "measure", "minute"), (9.0, "measure", "second")]),
        # a dotted form padded as a date is one: the day as the month ("03.05.42"), or a month past twelve is none
        ("Am 03.05.42 begann es.", "de", [(3.0, "date", ""), (5.0, "date", ""), (42.0, "year", "")]),
        ("Er lief 2.19.08.", "de", [(2.0, "measure", "hour"), (19.0, "measure", "minute"), (8.0, "measure", "second")]),
        # a name of the second that is also a century's stays a century without hours or minutes before it
        ("Il est né au 5 s. av. J.-C.", "fr", [(5.0, "measure", "century")]),
        # a time of day without seconds stays one
        ("Um 14:05 Uhr begann es.", "de", [(14 + 5 / 60, "time", "")]),
    ],
)
def test_durations_read_as_their_parts(text: str, lang: str, expected: list[tuple[float, str, str]]) -> None:
    got = readings(text, lang)
    assert [(round(v, 6), k, u) for v, k, u in got] == [(round(v, 6), k, u) for v, k, u in expected]


@pytest.mark.parametrize(
    ("article", "lang", "expected"),
    [
        ("Das Rennen dauerte 3:05:42 Stunden.", "de", 0),
        ("Das Rennen dauerte 3:15:42 Stunden.", "de", 1),
        ("Kilpailu kesti 3.05.42.", "fi", 0),
        ("Kilpailu kesti 3.05.47.", "fi", 1),
        ("La course a duré 3 h 05 min 42 s.", "fr", 0),
        ("La course a duré 3 h 05 min 48 s.", "fr", 1),
        ("比赛用时3小时5分钟42秒。", "zh", 0),
        ("比赛用时3小时5分钟48秒。", "zh", 1),
    ],
)
def test_a_duration_in_parts_pairs_with_spelled_parts(article: str, lang: str, expected: int) -> None:
    assert count(number_mismatch, article, lang, RACE) == expected


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        ("Se exportaron 5 millones de pies cúbicos de gas.", "es", "foot ** 3"),
        ("Es flossen 40 Kubikkilometer Wasser ab.", "de", "kilometer ** 3"),
        ("Das Gefäß fasst 250 Kubikzentimeter.", "de", "centimeter ** 3"),
    ],
)
def test_cubic_units_beyond_the_metre(text: str, lang: str, unit: str) -> None:
    assert [q.unit for q in extract(text, lang) if q.kind == "measure"] == [unit]


@pytest.mark.parametrize(
    ("source", "article", "lang", "expected"),
    [
        ("Exports reached 5 million cubic metres of gas.", "Se exportaron 5 millones de pies cúbicos de gas.", "es", 1),
        (
            "Exports reached 5 million cubic metres of gas.",
            "Se exportaron 5 millones de metros cúbicos de gas.",
            "es",
            0,
        ),
        # "a decade" is not read in the source, "десять років" is: "twice" is no changed measurement
        ("Prices rose twice as fast as a decade ago.", "Ціни зросли удвічі швидше, ніж десять років тому.", "uk", 0),
        ("Prices rose twice as fast.", "Die Preise stiegen dreimal so schnell.", "de", 1),
        # a scale word the reader does not know, beside a word no lexicon knows: no changed value
        ("The dam will cost 3.7 billion dollars.", "Ka 3.7 piriona tāra te utu o te papuni.", "mi", 0),
        ("The dam will cost 3.7 billion dollars.", "Ka 3.9 piriona tāra te utu o te papuni.", "mi", 1),
        # every word known: the scale was dropped
        ("The dam will cost 3.7 billion dollars.", "Der Damm wird 3,7 Dollar kosten.", "de", 1),
        # a word ending in CLDR's name of the unit's base ("mita", metre) with a prefix of its own: a loan, no swap
        ("The river rose 60 millimetres.", "I piki te awa 60 mirimita.", "mi", 0),
        ("The river rose 60 millimetres.", "I piki te awa 60 īnihi.", "mi", 1),
        # a word naming no unit, on no base of the unit: another unit
        ("The farm covers 30 hectares.", "Die plaas beslaan 30 morge.", "af", 1),
        # a word the lexicon knows in the unit's place, naming none of CLDR's units: a swap
        ("The parcel weighs 5 kilograms.", "Paket itu beratnya 5 ons.", "id", 1),
        ("The parcel weighs 5 kilograms.", "Paket itu beratnya 5 kilogram.", "id", 0),
    ],
)
def test_evidence_of_another_unit_or_scale(source: str, article: str, lang: str, expected: int) -> None:
    assert count(number_mismatch, article, lang, source) == expected
