"""Round 8: power and energy units with their SI prefixes (CLDR's names, pint's conversions), tons of any kind
read as the tonne, a whole figure after a scale word ("3万2000"), unit names glued to the next word in scripts
without spaces (ICU's word breaker), a homonym that ends a numeral ICU would not write, numerals after a
proclitic, and glued numerals of several words that ICU's dictionary cuts out whole."""

from __future__ import annotations

import pytest

from mt_audit.checks.base import make_input
from mt_audit.checks.numbers import number_mismatch
from mt_audit.numbers import extract
from mt_audit.units import name_form, spelling_key, unit_of


def measures(text: str, lang: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in extract(text, lang) if q.kind == "measure"]


def readings(text: str, lang: str) -> list[tuple[str, float, bool]]:
    return [(text[q.start : q.end], q.value, q.weak) for q in extract(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "value", "unit"),
    [
        ("The dam supplies 350 megawatts to the grid.", "en", 350, "megawatt"),
        ("A 12 MW solar park opened.", "en", 12, "megawatt"),
        ("The heater draws 2 kilowatts.", "en", 2, "kilowatt"),
        ("The reactor makes 1.6 GW at full load.", "en", 1.6, "gigawatt"),
        ("The house used 480 kWh last month.", "en", 480, "kilowatt_hour"),
        ("Das Werk liefert 350 Megawatt.", "de", 350, "megawatt"),
        ("Elektrownia ma moc 350 megawatów.", "pl", 350, "megawatt"),
        ("Voimala tuottaa 350 megawattia.", "fi", 350, "megawatt"),
        ("La centrale produce 350 kilowatt.", "it", 350, "kilowatt"),
    ],
)
def test_power_and_energy_units(text: str, lang: str, value: float, unit: str) -> None:
    assert measures(text, lang) == [(value, unit)]


@pytest.mark.parametrize(
    ("source", "article", "lang", "findings"),
    [
        ("The dam supplies 350 megawatts.", "Der Damm liefert 350 Megawatt.", "de", 0),
        ("The dam supplies 350 megawatts.", "Der Damm liefert 350 Kilowatt.", "de", 1),
        ("The dam supplies 350 megawatts.", "Le barrage fournit 350 mégawatts.", "fr", 0),
        ("The dam supplies 350 megawatts.", "Le barrage fournit 350 gigawatts.", "fr", 1),
        # a ton in the language's word for it is the source's tonne, an ending glued or not
        ("The barge carries 3,500 tonnes of grain.", "바지선은 곡물 3,500톤을 싣는다.", "ko", 0),
        ("The barge carries 3,500 tonnes of grain.", "Die Barke trägt 3.500 Tonnen Getreide.", "de", 0),
        ("The barge carries 3,500 tons of grain.", "La chiatta trasporta 3.500 tonnellate di grano.", "it", 0),
        ("The barge carries 3,500 tonnes of grain.", "Die Barke trägt 3.500 Pfund Getreide.", "de", 1),
        # the unit swapped in a script without spaces, the name glued to the next word
        ("The race covered 42 kilometres in the heat.", "การแข่งขันมีระยะทาง 42 กิโลเมตรท่ามกลางความร้อน", "th", 0),
        ("The race covered 42 kilometres in the heat.", "การแข่งขันมีระยะทาง 42 ไมล์ท่ามกลางความร้อน", "th", 1),
        ("Each ship carries 32,000 tonnes of ore.", "各船は3万2000トンの鉱石を運ぶ。", "ja", 0),
        ("Each ship carries 32,000 tonnes of ore.", "各船は3万2000ポンドの鉱石を運ぶ。", "ja", 1),
        # a figure that looks like a year, its unit swapped for another's word
        ("The pass lies at 1,950 metres.", "Sola on 1950 metrin korkeudessa.", "fi", 0),
        ("The pass lies at 1,950 metres.", "Sola on 1950 jalan korkeudessa.", "fi", 1),
        # Vietnamese "năm" is five and year: "ba mươi năm" is thirty years, ICU writing 35 "ba mươi lăm"
        ("It was the worst flood in thirty years.", "Ba mươi năm qua chưa có trận lũ nào tệ như vậy.", "vi", 0),
    ],
)
def test_the_check_on_units(source: str, article: str, lang: str, findings: int) -> None:
    assert len(list(number_mismatch(make_input(article, lang, source=source)))) == findings


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("各船は3万2000トンの鉱石を運ぶ。", "ja", 32000),
        ("人口は12万500人だ。", "ja", 120500),
        ("共有1万2000名观众。", "zh", 12000),
    ],
)
def test_a_whole_figure_after_the_last_scale_word(text: str, lang: str, value: float) -> None:
    assert any(q.value == value for q in extract(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        ("มีระยะทาง 42 กิโลเมตรตลอดเส้นทาง", "th", "kilometer"),
        ("各船は7000トンの鉄鋼を運ぶ", "ja", "metric_ton"),
        ("ຜະລິດໄດ້ 60 ເມກາວັດພຽງພໍ", "lo", "megawatt"),
        ("走了25公里的路程", "zh", "kilometer"),
    ],
)
def test_unit_names_glued_to_the_next_word_without_spaces(text: str, lang: str, unit: str) -> None:
    assert [u for _, u in measures(text, lang)] == [unit]


@pytest.mark.parametrize(
    ("word", "unit"),
    [("tons", "metric_ton"), ("tonnes", "metric_ton"), ("short tons", ""), ("MW", "megawatt"), ("mw", "")],
)
def test_english_unit_words(word: str, unit: str) -> None:
    assert unit_of(word, "en") == unit


@pytest.mark.parametrize(
    ("word", "name", "same"),
    [
        ("megawaat", "meegawaat", True),  # one letter spelt otherwise
        ("톤을", "톤", True),  # a particle glued on
        ("kiilowaat", "meegawaat", False),  # another prefix
        ("kilowatt", "megawatt", False),
        ("pound", "tonne", False),
    ],
)
def test_a_unit_name_spelt_a_little_otherwise(word: str, name: str, same: bool) -> None:
    assert name_form(spelling_key(word), spelling_key(name)) is same


@pytest.mark.parametrize(
    ("text", "lang", "span", "value"),
    [
        ("Ba mươi năm trôi qua.", "vi", "Ba mươi năm", 30),  # thirty years, the year read as the unit
        ("ba mươi lăm người", "vi", "ba mươi lăm", 35),
        ("הם חיכו בארבעה תורים", "he", "ארבעה", 4),  # "in four": the proclitic taken off
        ("כשבעה אנשים נפצעו", "he", "שבעה", 7),  # "about seven"
        ("دو\u200cسوم رأی‌دهندگان", "fa", "دو\u200cسوم", 2 / 3),  # two-thirds, joined by a non-joiner
    ],
)
def test_spelled_numerals(text: str, lang: str, span: str, value: float) -> None:
    assert any(s == span and v == value for s, v, _ in readings(text, lang))


@pytest.mark.parametrize(
    ("text", "weak"),
    [
        ("สองล้านครัวเรือน", False),  # two million households: two words cut out whole
        ("ห้าสิบคนมาถึง", False),  # fifty people arrived
    ],
)
def test_glued_numerals_of_several_words(text: str, weak: bool) -> None:
    assert [w for _, _, w in readings(text, "th")][:1] == [weak]


@pytest.mark.parametrize(
    ("text", "lang", "span"),
    [
        ("Narxlar 7 foiz oshdi.", "uz", "7 foiz"),  # CLDR's word after the figure
        ("Qiymət 7 faiz artdı.", "az", "7 faiz"),
        ("Qiimaha ayaa kor u kacay boqolkiiba 7.", "so", "boqolkiiba 7"),  # and before it
        ("Bei kilipanda kwa asilimia 7.", "sw", "asilimia 7"),
    ],
)
def test_percent_words_from_cldr(text: str, lang: str, span: str) -> None:
    assert [text[q.start : q.end] for q in extract(text, lang) if q.kind == "percent"] == [span]
