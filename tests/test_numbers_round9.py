"""Round 9: scale words before the figure (CLDR's compact formats, or no number before them), the crore that a
language borrows from its country's other languages, seconds with their fraction after the unit ("9秒58"), "one
second" as no fraction, a month that is no changed share, and unit swaps judged where CLDR names no units of a
language (its neighbours' names, both sides of the figure) or where a unit's first word is shared ("градусов")."""

from __future__ import annotations

import pytest
from support import count

from mt_audit.checks.numbers import number_mismatch
from mt_audit.languages import neighbour_languages
from mt_audit.numbers import extract


def values(text: str, lang: str) -> list[tuple[float, str]]:
    return [(q.value, q.kind) for q in extract(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # Hausa's CLDR compact formats write the scale first ("Miliyan {0}")
        ("Gwamnati ta kashe naira biliyan 2.5 a shekarar.", "ha", [(2.5e9, "number")]),
        ("Sun tara dala miliyan 40 domin aikin.", "ha", [(40e6, "number")]),
        # no number before the scale word: it counts the figure after it
        ("Wọ́n ná mílíọ̀nù 45 náírà lórí ọ̀nà náà.", "yo", [(45e6, "number")]),
        # a number before it: the scale word is that number's
        ("About 3 million 200 people came.", "en", [(3000200.0, "number")]),
        # the crore, which the Odia and Assamese CLDR formats lack, as their country's other languages write it
        ("ସରକାର 250 କୋଟି ଟଙ୍କା ଖର୍ଚ୍ଚ କରିବ।", "or", [(2.5e9, "number")]),
        ("চৰকাৰে ৫ কোটি টকা দিব।", "as", [(5e7, "number")]),
    ],
)
def test_scale_words(text: str, lang: str, expected: list[tuple[float, str]]) -> None:
    assert values(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("Ein Minus in Millionen 2019 war es nicht.", "de", 2019.0),
        ("Zaidi ya watu milioni 3 2020 walipiga kura.", "sw", 3e6),
    ],
)
def test_a_year_is_not_scaled_by_a_word_before_it(text: str, lang: str, figure: float) -> None:
    assert figure in [q.value for q in extract(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("他以9秒58夺冠。", "zh", 9.58),
        ("그는 9초58로 우승했다.", "ko", 9.58),
        ("記録は1分2秒35だった。", "ja", 62.35 - 60),
    ],
)
def test_seconds_with_their_fraction_after_the_unit(text: str, lang: str, value: float) -> None:
    seconds = [q for q in extract(text, lang) if q.kind == "measure" and q.unit == "second"]
    assert [round(q.value, 2) for q in seconds] == [round(value, 2)]


@pytest.mark.parametrize(
    ("text", "fraction"),
    [("She was one second faster.", False), ("One third of the votes were cast.", True)],
)
def test_one_second_is_no_half(text: str, fraction: bool) -> None:
    assert any(q.kind == "fraction" for q in extract(text, "en")) == fraction


@pytest.mark.parametrize(
    ("source", "article", "lang", "expected"),
    [
        # a month is no changed share written in words not read
        ("A storm in May flattened about a third of the wheat.", "5月の嵐で小麦の約三分の一が倒れた。", "ja", 0),
        ("He won in 9 minutes and 58.3 seconds.", "他以9分58秒3获胜。", "zh", 0),
        ("He won in 9 minutes and 58.3 seconds.", "他以9分57秒3获胜。", "zh", 1),
        ("The state will spend 40 million dollars.", "Gwamnati za ta kashe dala miliyan 40.", "ha", 0),
        ("The state will spend 40 million dollars.", "Gwamnati za ta kashe dala miliyan 14.", "ha", 1),
        # no CLDR names of its own: the names of its country's other languages tell a swap, a word naming none is
        # no evidence
        ("The road is 30 kilometres long.", "It-triq hija twila 30 kilometru.", "mt", 0),
        ("The road is 30 kilometres long.", "It-triq hija twila 30 mil.", "mt", 1),
        ("The well is 20 metres deep.", "Il-bir huwa fond 20-il pied.", "mt", 1),
        ("The road is 30 kilometres long.", "Дарозии роҳ 30 километр аст.", "tg", 0),
        ("The road is 30 kilometres long.", "Дарозии роҳ 30 мил аст.", "tg", 1),
        ("The road is 30 kilometres long.", "Umgwaqo ungamakhilomitha angu-30 ubude.", "zu", 0),
        ("It was 4 degrees Celsius at dawn.", "Ó jẹ́ 4 ìwọ̀n Celsius ní òwúrọ̀.", "yo", 0),
        ("It was 4 degrees Celsius at dawn.", "Ó jẹ́ 4 ìwọ̀n Fahrenheit ní òwúrọ̀.", "yo", 1),
        # the word after a shared first word tells the units apart
        ("It was minus 4 degrees Celsius.", "Было минус 4 градуса по Цельсию.", "ru", 0),
        ("It was minus 4 degrees Celsius.", "Было минус 4 градуса по Фаренгейту.", "ru", 1),
        ("It was minus 4 degrees Celsius.", "Было минус 4 градуса ниже нуля.", "ru", 0),
        ("The flat has 90 square metres.", "फ्लैट 90 वर्ग मीटर का है।", "hi", 0),
        ("The flat has 90 square metres.", "फ्लैट 90 वर्ग फुट का है।", "hi", 1),
        ("The plot covers 500 square metres.", "Shamba lina ukubwa wa mita za mraba 500.", "sw", 0),
        ("The plot covers 500 square metres.", "Shamba lina ukubwa wa futi za mraba 500.", "sw", 1),
    ],
)
def test_the_check(source: str, article: str, lang: str, expected: int) -> None:
    assert count(number_mismatch, article, lang, source) == expected


@pytest.mark.parametrize(("lang", "neighbour"), [("tg", "ru"), ("mt", "it"), ("or", "bn"), ("zu", "en")])
def test_neighbour_languages(lang: str, neighbour: str) -> None:
    assert neighbour in neighbour_languages(lang)
