"""Round 15: compound numerals read in part and fractions written as their parts are no changed number; units
in a form of the script CLDR names in another locale (Chinese Traditional "公斤"), one ideograph glued to the
next word, loans heard with "r" for "l" ("mayiro"), and unit names a concord word or two before the figure."""

from __future__ import annotations

import pytest
from support import messages

from mt_audit.checks.numbers import number_mismatch
from mt_audit.languages import cardinal_spellings
from mt_audit.numbers import extract
from mt_audit.unit_sounds import beside, heard, sounded_units, sounds_like


def findings(source: str, article: str, lang: str) -> list[str]:
    return messages(number_mismatch, article, lang, source)


@pytest.mark.parametrize(
    ("lang", "value", "spelling"),
    [
        ("he", 13, "שלושה עשר"),  # the masculine form as well as the feminine
        ("qu", 13, "chunka kinsa-yuq"),
        ("en", 13, "thirteen"),
    ],
)
def test_cardinal_spellings(lang: str, value: int, spelling: str) -> None:
    assert spelling in cardinal_spellings(lang, value)


@pytest.mark.parametrize(
    ("source", "article", "lang", "flagged"),
    [
        ("Thirteen boats left the port.", "Chunka kimsayuq wampukuna puertomanta lluqsirqanku.", "qu", False),
        ("Thirteen boats left the port.", "Chunka pusaqniyuq wampukuna puertomanta lluqsirqanku.", "qu", True),
        ("The strike lasted thirteen days.", "השביתה נמשכה שלושה-עשר ימים.", "he", False),
        ("Thirteen boats left the port.", "Tilu welas parahu angkat ti palabuhan.", "su", False),  # ICU: "tilu belas"
        ("Thirteen boats left the port.", "Opat welas parahu angkat ti palabuhan.", "su", True),
        ("A third of the fields flooded.", "畑の3分の1が浸水した。", "ja", False),
        ("A third of the fields flooded.", "밭의 3분의 1이 침수됐다.", "ko", False),
        ("A third of the fields flooded.", "밭의 4분의 1이 침수됐다.", "ko", True),
    ],
)
def test_numerals_read_whole(source: str, article: str, lang: str, flagged: bool) -> None:
    assert bool(findings(source, article, lang)) is flagged


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("每袋装有50公斤大米。", "kilogram"),  # Traditional Chinese's CLDR name, written alike in Simplified
        ("这块石头重7吨左右。", "metric_ton"),  # one ideograph, a word of its own by ICU's dictionary
        ("包裹重12磅多。", "pound"),
    ],
)
def test_chinese_units(text: str, unit: str) -> None:
    assert [q.unit for q in extract(text, "zh") if q.kind == "measure"] == [unit]


def test_time_ideograph_is_no_unit_before_a_word() -> None:
    assert all(q.kind != "measure" for q in extract("田んぼの3分の1が水没した。", "ja"))


@pytest.mark.parametrize(
    ("word", "unit", "expected"),
    [
        ("mayiro", "mile", True),  # r heard as l
        ("miglia", "mile", True),  # "gl" before "i" is one sound
        ("bulaya", "mile", False),
    ],
)
def test_heard_units(word: str, unit: str, expected: bool) -> None:
    assert (unit in sounded_units(word)) is expected


def test_heard_keeps_r_in_skeleton() -> None:
    assert heard("kilometre") == "klmtl"


@pytest.mark.parametrize(
    ("word", "unit", "expected"),
    [
        ("quadrate", "kilometer ** 2", False),  # the head every square's name shares tells none
        ("kilomitha", "kilometer", True),
    ],
)
def test_sounds_like_shared_head(word: str, unit: str, expected: bool) -> None:
    assert sounds_like(word, unit) is expected


def test_far_reaches_past_concord_words() -> None:
    text = "ba tsamaya dimaele tse di sekwere tse 12 kajeno"
    start = text.index("12")
    near = [text[s:e] for s, e in beside(text, start, start + 2)]
    far = [text[s:e] for s, e in beside(text, start, start + 2, far=True)]
    assert "dimaele" not in near
    assert "dimaele" in far


@pytest.mark.parametrize(
    ("source", "article", "lang", "flagged"),
    [
        ("They walked 12 kilometres.", "Ba tsamaile dikilometara tse 12 kajeno.", "tn", False),
        ("They walked 12 kilometres.", "Ba tsamaile dimaele tse 12 kajeno.", "tn", True),
        ("They walked 12 kilometres.", "Baatambudde kiromita 12 leero.", "lg", False),
        ("They walked 12 kilometres.", "Baatambudde mayiro 12 leero.", "lg", True),
        ("The farm covers 3 square kilometres.", "U poderu copre 3 chilometri quadrati.", "co", False),
        ("The farm covers 3 square kilometres.", "U poderu copre 3 miglia quadrate.", "co", True),
    ],
)
def test_unit_swaps_heard(source: str, article: str, lang: str, flagged: bool) -> None:
    assert bool([m for m in findings(source, article, lang) if "unit" in m or "says" in m]) is flagged


@pytest.mark.parametrize(
    ("article", "lang"),
    [
        # a spelled number one letter from the source's spelling is still another number: nearer its own
        ("Ayer llegaron treinta y siete barcos.", "es"),
        ("دیروز سی و هفت کشتی رسیدند.", "fa"),
    ],
)
def test_a_spelled_number_near_another_spelling_is_still_changed(article: str, lang: str) -> None:
    assert findings("Yesterday 38 ships arrived.", article, lang)


@pytest.mark.parametrize("word", ["kvadrat", "קוואַדראַט"])
def test_square_alone_names_no_square_unit(word: str) -> None:
    # the head of "kvadratkilometer" and "kvadratmil" alike: some locales write it alone for one of them
    assert not sounded_units(word)


def test_square_kilometres_joined_by_a_maqaf_are_no_other_unit() -> None:
    article = "די פֿלאַמען האָבן פֿאַרניכטעט אַרום 32 קוואַדראַט־קילאָמעטער וואַלד."
    assert not findings("The flames destroyed about 32 square kilometres of forest.", article, "yi")
