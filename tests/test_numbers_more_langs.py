"""Numbers and units in languages added late: unit names in the press's word order and case, postpositions glued
to unit names, Indic vowel length, scale words ICU lacks or misspells, and ordinals beside large counts."""

from __future__ import annotations

import pytest

from mt_audit.checks.base import make_input
from mt_audit.checks.numbers import number_mismatch, substitutions
from mt_audit.checks.numbers_swaps import _named_units
from mt_audit.numbers import Quantity, extract
from mt_audit.numbers_words import compact_scales, scale_stems
from mt_audit.units import spelling_key, unit_after


def measures(text: str, lang: str) -> list[tuple[str, float, str]]:
    return [(text[q.start : q.end], q.value, q.unit) for q in extract(text, lang) if q.kind == "measure"]


@pytest.mark.parametrize(
    ("text", "lang", "span", "unit"),
    [
        # the press's order and case endings, not CLDR's "цельсий градусы", "გრადუსი ცელსიუსით", ...
        ("Түнде ауа 7 градус Цельсийден төмен болды.", "kk", "7 градус Цельсийден", "degree_Celsius"),
        ("წყალი 15 გრადუს ცელსიუსს აღწევს.", "ka", "15 გრადუს ცელსიუსს", "degree_Celsius"),
        ("Утрово беше 4 степени Целзиусови.", "mk", "4 степени Целзиусови", "degree_Celsius"),
        ("Օդը տաքացավ մինչև 12 աստիճան Ցելսիուս։", "hy", "12 աստիճան Ցելսիուս", "degree_Celsius"),
        ("Օդը տաքացավ մինչև 54 աստիճան Ֆարենհայտ։", "hy", "54 աստիճան Ֆարենհայտ", "degree_Fahrenheit"),
        ("Uji ishte 30 gradë Fahrenheit.", "sq", "30 gradë Fahrenheit", "degree_Fahrenheit"),
        ("तापमान 40 अंश सेल्सिअसवर पोहोचले.", "mr", "40 अंश सेल्सिअसवर", "degree_Celsius"),
    ],
)
def test_unit_names_of_several_words_in_any_order_and_case(text: str, lang: str, span: str, unit: str) -> None:
    assert [(s, u) for s, _, u in measures(text, lang)] == [(span, unit)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Бұрыш 5 градус болды.", "kk"),  # "degree" alone names no temperature
        ("Ол 3 градус жылы киім алды.", "kk"),  # a word after "degree" that is no scale
    ],
)
def test_a_lone_degree_word_is_no_temperature(text: str, lang: str) -> None:
    assert not [u for _, _, u in measures(text, lang) if u.startswith("degree")]


@pytest.mark.parametrize(
    ("text", "lang", "span", "unit"),
    [
        # an ending in place of the name's citation ending (Georgian "-ი" of most unit names)
        ("ამანათი 5 გრამით მძიმეა.", "ka", "5 გრამით", "gram"),
        ("სოფელი 12 მილით შორსაა.", "ka", "12 მილით", "mile"),
        # postpositions glued to the whole name, and Telugu's oblique plural without the final vowel sign
        ("गाव 8 किलोमीटरवर आहे.", "mr", "8 किलोमीटरवर", "kilometer"),
        ("पाकिटात 200 ग्रॅमचे पीठ आहे.", "mr", "200 ग्रॅमचे", "gram"),
        ("ગામ 25 કિલોમીટરના અંતરે છે.", "gu", "25 કિલોમીટરના", "kilometer"),
        ("ఊరు 15 కిలోమీటర్ల దూరంలో ఉంది.", "te", "15 కిలోమీటర్ల", "kilometer"),
        ("రైతుకు 3 ఎకరాల పొలం ఉంది.", "te", "3 ఎకరాల", "acre"),
        # a vowel spelt long where CLDR writes it short
        ("વરસાદ 3 મીલીમીટર પડ્યો.", "gu", "3 મીલીમીટર", "millimeter"),
        # a case form that is a CLDR form less its last letter
        ("Veggurinn er 5 metra hár.", "is", "5 metra", "meter"),
    ],
)
def test_endings_and_spellings_of_unit_names(text: str, lang: str, span: str, unit: str) -> None:
    assert [(s, u) for s, _, u in measures(text, lang)] == [(span, unit)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("კომპანიამ 40 მილიონს მიაღწია.", "ka"),  # a case form of a million is no mile
        ("मंडळाकडे 5 मीडिया कंपन्या आहेत.", "mr"),  # "मी" (m) is no prefix of every word
        ("ਕੰਪਨੀ ਨੇ 12 ਮਿਲੀਅਨ ਡਾਲਰ ਕਮਾਏ।", "pa"),  # "ਮਿਲੀਅਨ" is a million, not "ਮੀਲ" (mile)
        ("पुलिस को 4 मिले।", "hi"),  # "found" takes a vowel sign where "मील" (mile) ends
        ("அங்கே 3 கிராமம் உள்ளது.", "ta"),  # a village, not "கிராம்" (gram): the virama tells them apart
        ("అక్కడ 3 గ్రామంలో నీరు లేదు.", "te"),  # "గ్రామం" (village) is no "గ్రాము" (gram)
        ("Ecco i 5 migliori ristoranti.", "it"),  # no postposition is glued in Italian
        ("Zbadano 5 większych miast.", "pl"),
    ],
)
def test_words_that_only_begin_like_a_unit_are_none(text: str, lang: str) -> None:
    assert measures(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("कंपनीने ७५ दशलक्ष रुपये गुंतवले.", "mr", 75e6),  # ten lakh: the international million
        ("ਕੰਪਨੀ ਨੇ 12 ਮਿਲੀਅਨ ਡਾਲਰ ਕਮਾਏ।", "pa", 12e6),
        ("કંપનીએ ૪૦ મિલિયન ડોલર ગુમાવ્યા.", "gu", 40e6),
        ("సంస్థ 60 మిలియన్ల డాలర్లు సేకరించింది.", "te", 60e6),
        ("ఆ పట్టణంలో 4 లక్షల మంది ఉన్నారు.", "te", 4e5),
        ("शहरात 5 लाख लोक राहतात.", "mr", 5e5),  # CLDR writes a million "00 लाख": a lakh is 10^5
        ("Salan nam 4,7 milljörðum króna.", "is", 4.7e9),  # ICU spells "milliarður"
        ("Verkið kostaði 1,5 milljarða evra.", "is", 1.5e9),
        ("Félagið tapaði 8 milljónum.", "is", 8e6),
        ("ბიუჯეტი 3,5 მილიარდ ლარს შეადგენს.", "ka", 3.5e9),
        ("Նախագիծն արժե 4 միլիոն դոլար։", "hy", 4e6),
        ("Жоба 6 миллиардқа бағаланды.", "kk", 6e9),
        ("Проектот чини 2 милијарди евра.", "mk", 2e9),
        ("Die projek kos 2,3 miljard rand.", "af", 2.3e9),
        ("Projekti kushton 5 milionë euro.", "sq", 5e6),
        ("कंपनी को 9 मिलियन डॉलर मिले।", "hi", 9e6),
        ("সংস্থাটি ৪৫ মিলিয়ন টাকা পেয়েছে।", "bn", 45e6),
        ("ادارے کو 45 ملین روپے ملے۔", "ur", 45e6),
        ("सरकारले ३ करोड रुपैयाँ दियो।", "ne", 3e7),  # CLDR's long and short formats disagree on its value
        ("A ponte custou 2,3 mil millóns de euros.", "gl", 2.3e9),
        ("Zubiak 45 milioi euroko kostua izan zuen.", "eu", 45e6),
    ],
)
def test_scale_words_after_figures_in_more_languages(text: str, lang: str, value: float) -> None:
    assert [q.value for q in extract(text, lang) if not q.weak and q.kind != "measure"] == [value]


@pytest.mark.parametrize(
    ("lang", "word", "value"),
    [("mr", "लाख", 1e5), ("mr", "कोटी", 1e7), ("bn", "কোটি", 1e7), ("hi", "करोड़", 1e7), ("de", "millionen", 1e6)],
)
def test_compact_scale_words_take_their_place_value(lang: str, word: str, value: float) -> None:
    assert compact_scales(lang)[word] == value


def test_a_compact_word_with_two_values_is_left_out() -> None:
    assert "करोड" not in compact_scales("ne") and compact_scales("ne")["लाख"] == 1e5


def test_a_stem_two_scales_share_is_not_used() -> None:
    stems = dict(scale_stems("is"))
    assert "millj" not in stems
    assert stems["milljon"] == 1e6 and stems["milljarða"] == 1e9


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("मीटर", "मिटर", True),  # Devanagari long and short i
        ("फॅरनहाइट", "फॅरनहाईट", True),  # independent i and ii
        ("મિલીમીટર", "મિલિમીટર", True),
        ("ਮੀਲ", "ਮਿਲ", True),
        ("ग्राम", "ग्रॅम", False),  # another vowel is another spelling
        ("Meter", "meter", True),
    ],
)
def test_spelling_keys_fold_vowel_length(a: str, b: str, same: bool) -> None:
    assert (spelling_key(a) == spelling_key(b)) is same


def test_a_unit_spelt_with_another_vowel_length_names_the_unit() -> None:
    assert "millimeter" in (_named_units("મીલીમીટર", "gu", "millimeter") or set())


def test_unit_after_reads_a_name_of_several_words_only_when_every_content_word_is_there() -> None:
    assert unit_after(" градус Цельсийге дейін", 0, "kk") == ("degree_Celsius", len(" градус Цельсийге"))
    assert unit_after(" градус бұрыш", 0, "kk") is None


def q(value: float, kind: str, start: int = 0) -> Quantity:
    return Quantity(start, start + 1, value, kind)


@pytest.mark.parametrize(
    ("article", "source", "pairs"),
    [
        (q(310, "number"), q(3, "ordinal"), False),  # "third quarter" is no "310" left over
        (q(2024, "year"), q(3, "ordinal"), False),
        (q(4, "number"), q(3, "ordinal"), True),  # "the 3rd" written "4"
        (q(12, "number"), q(10, "ordinal"), True),
        (q(4, "ordinal"), q(3, "ordinal"), True),
        (q(5, "ordinal"), q(500, "number"), False),
    ],
)
def test_an_ordinal_pairs_only_with_a_count_of_its_size(article: Quantity, source: Quantity, pairs: bool) -> None:
    assert bool(substitutions([article], [source], (0, 10), (0, 10))) is pairs


@pytest.mark.parametrize(
    ("source", "article", "lang"),
    [
        (
            "The firm earned 75 million dollars in the third quarter.",
            "कंपनीने तिसऱ्या तिमाहीत ७५ दशलक्ष डॉलर कमावले.",
            "mr",
        ),
        (
            "The firm earned 75 million dollars in the third quarter.",
            "ਕੰਪਨੀ ਨੇ ਤੀਜੀ ਤਿਮਾਹੀ ਵਿੱਚ 75 ਮਿਲੀਅਨ ਡਾਲਰ ਕਮਾਏ।",
            "pa",
        ),
        ("The bridge cost 1.5 billion euros.", "Brúin kostaði 1,5 milljarða evra.", "is"),
        ("The road is 25 kilometres long.", "રસ્તો 25 કિલોમીટર લાંબો છે.", "gu"),
        ("Rain reached 3 millimetres.", "વરસાદ 3 મીલીમીટર પડ્યો.", "gu"),
    ],
)
def test_faithful_sentences_in_more_languages_stay_silent(source: str, article: str, lang: str) -> None:
    assert list(number_mismatch(make_input(article, lang, source=source))) == []


@pytest.mark.parametrize(
    ("source", "article", "lang"),
    [
        ("The water reached 15 degrees Celsius.", "წყალი 15 გრადუს ფარენჰაიტს აღწევს.", "ka"),
        ("The night was 7 degrees Celsius.", "Түнде ауа 7 градус Фаренгейттен төмен болды.", "kk"),
        ("The village is 12 kilometres away.", "სოფელი 12 მილით შორსაა.", "ka"),
        ("The firm earned 75 million dollars.", "कंपनीने ७५ अब्ज डॉलर कमावले.", "mr"),
        ("The firm earned 75 million dollars.", "ਕੰਪਨੀ ਨੇ 75 ਬਿਲੀਅਨ ਡਾਲਰ ਕਮਾਏ।", "pa"),
    ],
)
def test_changed_units_and_scales_in_more_languages_fire(source: str, article: str, lang: str) -> None:
    assert len(list(number_mismatch(make_input(article, lang, source=source)))) == 1
