"""Round 14: a number or a name dropped from a kept sentence in scripts without capitals.

A square unit named without its figure, a year beside a figure whose scale word is unread, a percent beside a
month's numeral; a word split at a Hebrew geresh; a country CLDR names in an uncased script; a CLDR place name
glued inside a run of Han characters."""

from __future__ import annotations

import pytest

from mt_audit.checks.base import make_input
from mt_audit.checks.entities.names import _named_first
from mt_audit.checks.entities.rendering import written_in_han
from mt_audit.checks.numbers import number_mismatch
from mt_audit.entities import tokenize


def _number_spans(source: str, article: str, lang: str) -> list[str]:
    item = make_input(article, lang, source=source)
    return [f.source_span for f in number_mismatch(item)]


@pytest.mark.parametrize(
    ("source", "article", "lang", "dropped"),
    [
        (
            "The storm flattened some 15 square kilometres of maize fields.",
            "دمرت العاصفة نحو كيلومترًا مربعًا من حقول الذرة.",
            "ar",
            "15 square kilometres",
        ),
        (
            "Malaria kills up to 600 million birds a year, and losses have tripled since 2017.",
            "Malarya touye jiska 600 milyon zwazo chak ane, e pèt yo triple depi.",
            "ht",
            "2017",
        ),
        ("Since March, the price of rice has risen by 27 percent.", "自3月以来，大米价格已上涨%。", "zh", "27 percent"),
    ],
)
def test_number_dropped(source: str, article: str, lang: str, dropped: str) -> None:
    assert dropped in _number_spans(source, article, lang)


@pytest.mark.parametrize(
    ("source", "article", "lang"),
    [
        (
            "The storm flattened some 15 square kilometres of maize fields.",
            "دمرت العاصفة نحو 15 كيلومترًا مربعًا من حقول الذرة.",
            "ar",
        ),
        ("Since March, the price of rice has risen by 27 percent.", "自3月以来，大米价格已上涨27%。", "zh"),
        (
            "Malaria kills up to 600 million birds a year, and losses have tripled since 2017.",
            "Malarya touye jiska 600 milyon zwazo chak ane, e pèt yo triple depi 2017.",
            "ht",
        ),
    ],
)
def test_number_kept(source: str, article: str, lang: str) -> None:
    assert _number_spans(source, article, lang) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("שלג בצ'ילה ובפרו", ["שלג", "בצ'ילה", "ובפרו"]),
        ("שלג בצ׳ילה", ["שלג", "בצ׳ילה"]),
        ("ג' said 'שלום'", ["ג", "said", "שלום"]),
        ("O'Neill", ["O'Neill"]),
    ],
)
def test_geresh_inside_a_word(text: str, words: list[str]) -> None:
    assert [t.text for t in tokenize(text)] == words


@pytest.mark.parametrize(
    ("key", "lang", "expected"),
    [
        ("brazil", "yi", True),  # a country CLDR names in Hebrew letters
        ("brazil", "sd", True),
        ("chile", "he", True),
        ("cordoba", "ar", False),  # a time zone's city: Argentina's, no exonym of Spain's
        ("cordoba", "es", True),  # with capitals, any CLDR name counts
    ],
)
def test_named_first_own_name(key: str, lang: str, expected: bool) -> None:
    assert _named_first(key, lang) is expected


@pytest.mark.parametrize(
    ("article", "lang", "expected"),
    [
        ("内罗毕的医生测试了疫苗。", "zh", True),
        ("医生测试了疫苗。", "zh", False),
        ("แพทย์ในไนโรเบียทดสอบวัคซีน", "th", False),  # a script of letters is heard in its runs instead
    ],
)
def test_cldr_place_inside_han_run(article: str, lang: str, expected: bool) -> None:
    assert written_in_han("nairobi", article, lang) is expected
