"""Number words in every claimed language: ICU's spell-out, fractions, multiplicatives, units, clock vs price."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from mt_audit.languages import CLAIMED, parse_spelled, spell, spells_numbers
from mt_audit.numbers import extract
from mt_audit.numbers_spelled import vocabulary
from mt_audit.numbers_words import teen_tens, units_first

SPELLING = sorted(tag for tag in CLAIMED if spells_numbers(tag))


def strong(text: str, lang: str) -> list[tuple[float, str]]:
    return [(round(q.value, 4), q.kind) for q in extract(text, lang) if not q.weak]


def test_icu_spells_numbers_in_at_least_thirty_claimed_languages() -> None:
    assert len(SPELLING) >= 30


#: Spelled numbers ICU's own rules misread, so that the reading is refused (languages.parse_spelled).
ICU_MISREAD = frozenset({("ga", 2000), ("ga", 21000)})  # "dhá mhíle" parses as 11000


@pytest.mark.parametrize(
    ("lang", "value"),
    [
        pytest.param(lang, value, marks=[pytest.mark.xfail(strict=True)] if (lang, value) in ICU_MISREAD else [])
        for lang in SPELLING
        for value in (12, 23, 45, 99, 101, 250, 2000, 21000)
    ],
)
def test_icu_spelled_numbers_are_read_back(lang: str, value: int) -> None:
    words = spell(lang, value)
    assert words
    assert [(q.value, q.weak) for q in extract(f"— {words}.", lang)] == [(value, False)]


@pytest.mark.slow
@settings(max_examples=200, deadline=None)
@given(st.sampled_from(SPELLING), st.integers(min_value=2, max_value=999_999))
def test_any_number_icu_can_read_back_is_read_in_running_text(lang: str, value: int) -> None:
    words = spell(lang, value)
    assume(words and parse_spelled(lang, words) == value)
    found = [q.value for q in extract(f"({words})", lang)]
    assert found == [value]


@pytest.mark.parametrize("lang", SPELLING)
def test_the_vocabulary_is_icus_own_words(lang: str) -> None:
    vocab = vocabulary(lang)
    assert vocab
    assert all(parse_spelled(lang, spell(lang, n) or "") == n for n in (3, 40) if " " not in (spell(lang, n) or " "))


@pytest.mark.parametrize(
    ("lang", "tens"),
    [("fr", frozenset({60, 80})), ("de", frozenset()), ("es", frozenset()), ("en", frozenset())],
)
def test_tens_that_take_a_teen_come_from_icu(lang: str, tens: frozenset[int]) -> None:
    assert teen_tens(lang) == tens


@pytest.mark.parametrize(("lang", "expected"), [("ar", True), ("fa", False), ("en", False), ("sw", False)])
def test_units_before_tens_come_from_icu(lang: str, expected: bool) -> None:
    assert units_first(lang) is expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Zwei Drittel der Wähler stimmten zu.", "de"),
        ("Les deux tiers des électeurs ont voté pour.", "fr"),
        ("Dos tercios de los votantes apoyaron la ley.", "es"),
        ("Due terzi degli elettori hanno votato a favore.", "it"),
        ("Dois terços dos eleitores votaram a favor.", "pt"),
        ("Twee derde van de kiezers stemde voor.", "nl"),
        ("Två tredjedelar av väljarna röstade ja.", "sv"),
        ("To tredjedele af vælgerne stemte ja.", "da"),
        ("To tredjedeler av velgerne stemte ja.", "no"),
        ("Dwie trzecie wyborców głosowało za.", "pl"),
        ("Две трети избирателей проголосовали за.", "ru"),
        ("Дві третини виборців проголосували за.", "uk"),
        ("Dvě třetiny voličů hlasovaly pro.", "cs"),
        ("Kaksi kolmasosaa äänestäjistä kannatti lakia.", "fi"),
        ("Seçmenlerin üçte ikisi evet dedi.", "tr"),
        ("Dua pertiga pemilih mendukung undang-undang itu.", "id"),
        ("A választók kétharmada igennel szavazott.", "hu"),
        ("Τα δύο τρίτα των ψηφοφόρων ψήφισαν ναι.", "el"),
        ("दो तिहाई मतदाताओं ने समर्थन किया।", "hi"),
        ("Hai phần ba cử tri ủng hộ dự luật.", "vi"),
        ("שני שלישים מהמצביעים תמכו בחוק.", "he"),
        ("صوّت ثلثا الناخبين لصالح القانون.", "ar"),
        ("دو سوم رأی‌دهندگان موافق بودند.", "fa"),
        ("Dve tretjini volivcev je glasovalo za.", "sl"),
        ("Dvije trećine birača glasovalo je za.", "hr"),
        ("Две трети от избирателите гласуваха за.", "bg"),
        ("Two-thirds of voters backed the law.", "en"),
    ],
)
def test_two_thirds_in_real_sentences(text: str, lang: str) -> None:
    assert strong(text, lang) == [(0.6667, "fraction")]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Sales doubled last year.", "en", 2),
        ("Twice as many people came.", "en", 2),
        ("Der Umsatz hat sich verdoppelt.", "de", 2),
        ("Es kamen dreimal so viele Menschen.", "de", 3),
        ("Les ventes ont doublé l'an dernier.", "fr", 2),
        ("Las ventas se duplicaron el año pasado.", "es", 2),
        ("Le vendite sono raddoppiate.", "it", 2),
        ("Продажи выросли вдвое.", "ru", 2),
        ("Sprzedaż wzrosła dwukrotnie.", "pl", 2),
        ("Prodej vzrostl dvakrát.", "cs", 2),
        ("Satışlar iki katına çıktı.", "tr", 2),
        ("Penjualan naik dua kali lipat.", "id", 2),
        ("Az eladások kétszeresére nőttek.", "hu", 2),
        ("Myynti kaksinkertaistui viime vuonna.", "fi", 2),
        ("Οι πωλήσεις διπλασιάστηκαν.", "el", 2),
        ("बिक्री दोगुनी हो गई।", "hi", 2),
        ("Doanh số tăng gấp đôi.", "vi", 2),
    ],
)
def test_multiplicatives_in_real_sentences(text: str, lang: str, value: int) -> None:
    assert strong(text, lang) == [(value, "multiple")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [("a double room", "en"), ("the triple jump", "en"), ("une chambre double", "fr"), ("la mitad", "es")],
)
def test_words_of_another_sense_stay_weak(text: str, lang: str) -> None:
    assert strong(text, lang) == []


@pytest.mark.parametrize(
    ("source", "target", "lang"),
    [
        ("half of them", "die Hälfte", "de"),
        ("half of them", "50 %", "de"),
        ("twice as many", "zweimal so viele", "de"),
        ("twice as many", "doppelt so viele", "de"),
        ("doubled", "2-mal", "de"),
        ("two-thirds", "zwei Drittel", "de"),
        ("two-thirds", "67 %", "de"),
        ("three quarters", "tres cuartas partes", "es"),
        ("a third", "un tiers", "fr"),
    ],
)
def test_fractions_and_multiplicatives_match_their_renderings(source: str, target: str, lang: str) -> None:
    (s,) = extract(source, "en")
    (t,) = extract(target, lang)
    assert t.matches(s)


WALL = "The wall is 200 feet high."


@pytest.mark.parametrize(
    ("article", "lang"),
    [
        ("Le mur mesure 60 mètres de haut.", "fr"),
        ("El muro mide 60 metros de alto.", "es"),
        ("Il muro è alto 60 metri.", "it"),
        ("O muro tem 60 metros de altura.", "pt"),
        ("De muur is 60 meter hoog.", "nl"),
        ("Muren är 60 meter hög.", "sv"),
        ("Muren er 60 meter høj.", "da"),
        ("Mur ma 60 metrów wysokości.", "pl"),
        ("Высота стены 60 метров.", "ru"),
        ("Висота стіни 60 метрів.", "uk"),
        ("Zeď je vysoká 60 metrů.", "cs"),
        ("Muuri on 60 metriä korkea.", "fi"),
        ("A fal 60 méter magas.", "hu"),
        ("Zidul are 60 de metri înălțime.", "ro"),
        ("Стената е висока 60 метра.", "bg"),
        ("Ο τοίχος έχει ύψος 60 μέτρα.", "el"),
        ("Bức tường cao 60 mét.", "vi"),
        ("Duvar 60 metre yüksekliğinde.", "tr"),
    ],
)
def test_converted_units_are_read_in_the_target_language(article: str, lang: str) -> None:
    (s,) = extract(WALL, "en")
    (t,) = extract(article, lang)
    assert (t.kind, t.unit) == ("measure", "meter")
    assert t.matches(s)
    unconverted = extract(article.replace("60", "200"), lang)[0]
    assert not unconverted.matches(s)  # the figure kept, the unit changed: a wrong unit


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("He left at 4.28 pm.", "time", 16.4667),
        ("The shares rose to $5 and closed at 4.28.", "number", 4.28),
        ("Shares closed at 4.28 dollars.", "currency", 4.28),
        ("The meeting starts at 11:30.", "time", 11.5),
    ],
)
def test_prices_are_not_clock_times(text: str, kind: str, value: float) -> None:
    q = extract(text, "en")[-1]
    assert (q.kind, round(q.value, 4)) == (kind, value)
    assert kind == "time" or not q.alternatives  # a price has no reading as a time of day


def test_a_bare_decimal_after_at_may_still_be_a_time() -> None:
    (q,) = extract("The train left at 4.28.", "en")
    assert q.kind == "number" and q.value == 4.28
    assert any(abs(a - (4 + 28 / 60)) < 1e-9 for a in q.alternatives)


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("um 3.40 Uhr", "de", 3.6667),
        ("um 3.40", "de", 3.6667),
        ("pukul 17.00", "id", 17.0),
        ("o godz. 17.30", "pl", 17.5),
    ],
)
def test_a_separator_that_is_no_decimal_makes_a_time(text: str, lang: str, value: float) -> None:
    (q,) = extract(text, lang)
    assert (q.kind, round(q.value, 4)) == ("time", value)


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("1.234", "en", 1.234),  # English: a decimal point
        ("1.234", "de", 1234.0),  # German: a thousands dot
        ("1,234", "de", 1.234),
        ("1,234", "pt", 1.234),
        ("1.234", "id", 1234.0),
        ("1,234", "hi", 1234.0),
        ("10 000", "sv", 10000.0),
        ("10 000", "fi", 10000.0),
    ],
)
def test_separators_follow_the_languages_cldr_symbols(text: str, lang: str, value: float) -> None:
    assert extract(text, lang)[0].value == value


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Sei sicuro? Sono arrivati in sei.", "it", []),  # "sei": "you are" far more often than six
        ("Năm 2020 có năm người.", "vi", [(2020.0, "year")]),  # "năm": year, and five
        ("Sono arrivati in sette.", "it", [(7.0, "number")]),
    ],
)
def test_number_words_that_are_mostly_other_words_are_weak(
    text: str, lang: str, expected: list[tuple[float, str]]
) -> None:
    assert strong(text, lang) == expected


@pytest.mark.parametrize("lang", ["bn", "tl", "ur"])
def test_languages_icu_spells_in_english_read_no_english_words(lang: str) -> None:
    assert strong("three people", lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("fi", "Yhtiö sijoittaa 310 miljoonaa euroa uuteen tehtaaseen.", 310e6),
        ("hu", "A cég 310 millió eurót fektet be.", 310e6),
        ("el", "Η εταιρεία επένδυσε 2,3 δισεκατομμύρια δολάρια.", 2.3e9),
        ("da", "Selskabet investerer 310 millioner euro.", 310e6),
        ("ro", "Compania investește 310 milioane de euro.", 310e6),
        ("lt", "Projektui skirta 4 milijonai eurų.", 4e6),
        ("ca", "L'empresa invertirà 4,5 mil milions d'euros.", 4.5e9),  # a scale of two words
        ("sw", "Kampuni itawekeza bilioni 2 katika mradi huo.", None),
    ],
)
def test_scale_words_after_digits_come_from_icu(lang: str, text: str, value: float | None) -> None:
    """Scale words the table lacks are ICU's own ("miljoonaa", "δισεκατομμύρια"); a lakh is never a million."""
    values = [q.value for q in extract(text, lang)]
    if value is None:
        assert values  # the digit is read; the scale before it is not claimed
    else:
        assert value in values


@pytest.mark.parametrize(("lang", "word"), [("hi", "लाख"), ("ta", "லட்சம்"), ("ta", "கோடி")])
def test_indian_scales_are_not_taken_for_millions(lang: str, word: str) -> None:
    from mt_audit.numbers_words import scale_words

    assert word not in scale_words(lang)


#: Languages ICU spells beyond the claimed ones, across scripts (Latin, Cyrillic, Armenian, Georgian, Indic,
#: Khmer, Lao, Myanmar).
UNCLAIMED = ["af", "az", "be", "cy", "eo", "hy", "is", "ka", "mk", "sq", "ne", "gu", "km", "lo", "my"]


@pytest.mark.parametrize(
    ("lang", "value"),
    [
        (lang, value)
        for lang in UNCLAIMED
        for value in (23, 45, 250, 2000)
        if spell(lang, value) and parse_spelled(lang, spell(lang, value) or "") == value
    ],
)
def test_numbers_are_read_in_every_language_icu_spells(lang: str, value: int) -> None:
    assert strong(f"({spell(lang, value)})", lang) == [(value, "number")]


@pytest.mark.parametrize("lang", ["cy", "af", "eo", "sw"])
def test_no_homonyms_from_a_neighbours_frequencies(lang: str) -> None:
    """wordfreq's "nearest" list (English for Welsh) says nothing of the language's own words."""
    from mt_audit.lexicon import has_frequencies
    from mt_audit.numbers_spelled import homonyms

    assert has_frequencies(lang) or homonyms(lang) == frozenset()
