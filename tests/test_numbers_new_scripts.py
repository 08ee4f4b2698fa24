"""Numbers in Nepali, Sinhala, Khmer, Burmese, Amharic and Malayalam: scale words after and (where units come
first) before a figure, a scale glued to its currency, unit names with particles glued after them or written
in two words, spelled numerals in scripts without spaces, and Amharic numerals as the press writes them."""

from __future__ import annotations

import pytest

from mt_audit.checks.base import make_input
from mt_audit.checks.numbers import number_mismatch
from mt_audit.numbers import extract


def quantities(text: str, lang: str) -> list[tuple[str, float, str, bool]]:
    return [(text[q.start : q.end], q.value, q.kind, q.weak) for q in extract(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "span", "value"),
    [
        ("बजेट ४ अर्ब रुपैयाँ पुगेको छ।", "ne", "४ अर्ब", 4e9),
        ("सरकारले ५ लाख रुपैयाँ दियो।", "ne", "५ लाख", 5e5),
        ("കമ്പനി 4 ബില്യൻ ഡോളർ നിക്ഷേപിക്കും.", "ml", "4 ബില്യൻ", 4e9),
        ("നഗരത്തിൽ 12 ലക്ഷം ആളുകൾ താമസിക്കുന്നു.", "ml", "12 ലക്ഷം", 1.2e6),
        ("ကုမ္ပဏီက ဒေါ်လာ ၅ ဘီလီယံ ရင်းနှီးမည်။", "my", "၅ ဘီလီယံ", 5e9),
        ("ក្រុមហ៊ុនវិនិយោគ ៤ សែន ដុល្លារ។", "km", "៤ សែន", 4e5),
        ("ኩባንያው 5 ሺህ ሰራተኞች አሉት።", "am", "5 ሺህ", 5e3),
    ],
)
def test_scale_words_after_figures(text: str, lang: str, span: str, value: float) -> None:
    assert [(s, v) for s, v, _, _ in quantities(text, lang)] == [(span, value)]


@pytest.mark.parametrize(
    ("text", "lang", "span", "value"),
    [
        ("රජය රුපියල් බිලියන 4ක් වෙන් කළේය.", "si", "බිලියන 4", 4e9),
        ("Kampuni ilipata faida ya dola milioni 45.", "sw", "milioni 45", 45e6),
        ("Ana kilo 5 tu.", "sw", "5", 5.0),  # a unit before the figure is no scale
    ],
)
def test_a_scale_word_before_the_figure_where_units_come_first(text: str, lang: str, span: str, value: float) -> None:
    assert [(s, v) for s, v, _, _ in quantities(text, lang)] == [(span, value)]


@pytest.mark.parametrize(
    ("text", "lang", "span", "value"),
    [
        ("ក្រុមហ៊ុនចំណេញ ៧៥ លានដុល្លារ។", "km", "៧៥ លាន", 75e6),  # glued to the currency's CLDR name
        ("ปลูกข้าว 5 พันธุ์ ในนา", "th", "5", 5.0),  # "พันธุ์" (breed) only begins like "พัน" (thousand)
    ],
)
def test_a_short_scale_glued_to_a_currency_in_unspaced_text(text: str, lang: str, span: str, value: float) -> None:
    assert [(s, v) for s, v, _, _ in quantities(text, lang)] == [(span, value)]


@pytest.mark.parametrize(
    ("text", "lang", "span", "unit"),
    [
        ("ကလေးသည် ၃ ကီလိုဂရမ်ထက် ပိုသည်။", "my", "၃ ကီလိုဂရမ်ထက်", "kilogram"),
        ("ရေသည် ၁၀ ဒီဂရီစင်တီဂရိတ်အောက် ကျသည်။", "my", "၁၀ ဒီဂရီစင်တီဂရိတ်အောက်", "degree_Celsius"),
        ("ቤቱ 8 ኪሎ ሜትር ይርቃል።", "am", "8 ኪሎ ሜትር", "kilometer"),
        ("അവൻ 5 കിലോമീറ്ററിൽ കൂടുതൽ നടന്നു.", "ml", "5 കിലോമീറ്ററിൽ", "kilometer"),  # chillu ർ before an ending
        ("യോഗം 40 മിനിറ്റായി നീണ്ടു.", "ml", "40 മിനിറ്റായി", "minute"),  # the ending's vowel for the virama
    ],
)
def test_unit_names_glued_to_particles_or_split_in_two(text: str, lang: str, span: str, unit: str) -> None:
    assert [(text[q.start : q.end], q.unit) for q in extract(text, lang) if q.kind == "measure"] == [(span, unit)]


@pytest.mark.parametrize(
    ("text", "lang", "span", "weak"),
    [
        ("គាត់ចង់ទៅដើម្បីរៀន។", "km", None, True),  # "in order to" ends in "three": inside a word, no numeral
        ("สามีของเธอกลับบ้านเมื่อวาน", "th", None, True),  # "husband" opens with "three": no numeral either
        ("สหกรณ์จ่ายเงินให้สมาชิก", "th", None, True),  # "six" inside "cooperative"
        ("เธอมีลูกสามคน", "th", "สาม", True),  # "three children": a word of its own, weak before a classifier
        ("အိတ်က လေးတယ်။", "my", "လေး", True),  # "heavy", also "four"
        ("គាត់រត់បីគីឡូម៉ែត្រ។", "km", "បីគីឡូម៉ែត្រ", False),  # a unit after it: a count; no mark starts it
        ("သူသည် သုံးနာရီ စောင့်သည်။", "my", "သုံးနာရီ", False),
    ],
)
def test_spelled_numerals_in_unspaced_scripts_need_a_unit(text: str, lang: str, span: str | None, weak: bool) -> None:
    assert [(s, w) for s, _, _, w in quantities(text, lang)] == ([] if span is None else [(span, weak)])


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("ከሃያ አምስት ደቂቃ በኋላ ደረሰ።", "ከሃያ አምስት ደቂቃ", 25.0),
        ("ከአሥራ አምስት ዓመት በፊት", "ከአሥራ አምስት ዓመት", 15.0),
        ("ከአስራ አምስት ሰዓት በፊት", "ከአስራ አምስት ሰዓት", 15.0),
    ],
)
def test_amharic_numerals_as_the_press_writes_them(text: str, span: str, value: float) -> None:
    assert [(s, v) for s, v, _, _ in quantities(text, "am")] == [(span, value)]


@pytest.mark.parametrize(
    ("source", "article", "lang", "findings"),
    [
        ("The ministry set aside 4 billion rupees.", "අමාත්‍යාංශය රුපියල් බිලියන 4ක් වෙන් කළේය.", "si", 0),
        ("The ministry set aside 4 billion rupees.", "අමාත්‍යාංශය රුපියල් මිලියන 4ක් වෙන් කළේය.", "si", 1),
        ("The firm earned 75 million dollars.", "ក្រុមហ៊ុនរកចំណេញបាន ៧៥ លានដុល្លារ។", "km", 0),
        ("The firm earned 75 million dollars.", "ក្រុមហ៊ុនរកចំណេញបាន ៧៥ ពាន់ដុល្លារ។", "km", 1),
        ("The bag weighs less than 3 kilograms.", "အိတ်သည် ၃ ကီလိုဂရမ်အောက်သာ လေးသည်။", "my", 0),
        # the figure dropped: "လေး" (weighs, also four) with no unit after it renders no measurement
        ("The bag weighs less than 3 kilograms.", "အိတ်သည် ကီလိုဂရမ်အောက်သာ လေးသည်။", "my", 1),
        ("The village is 8 kilometres away.", "መንደሩ 8 ኪሎ ሜትር ይርቃል።", "am", 0),
        ("The village is 8 kilometres away.", "መንደሩ ኪሎ ሜትር ብቻ ይርቃል።", "am", 1),
        ("The bus arrived after fifteen hours.", "አውቶቡሱ ከአሥራ አምስት ሰዓት በኋላ ደረሰ።", "am", 0),
        ("The bus arrived after fifteen hours.", "አውቶቡሱ ከአሥራ ስድስት ሰዓት በኋላ ደረሰ።", "am", 1),
        ("The budget reached 4 billion rupees.", "बजेट ४ अर्ब रुपैयाँ पुगेको छ।", "ne", 0),
        ("The budget reached 4 billion rupees.", "बजेट ४ करोड रुपैयाँ पुगेको छ।", "ne", 1),
        ("The firm will invest 4 billion dollars.", "കമ്പനി 4 ബില്യൻ ഡോളർ നിക്ഷേപിക്കും.", "ml", 0),
        ("The firm will invest 4 billion dollars.", "കമ്പനി 4 മില്യൻ ഡോളർ നിക്ഷേപിക്കും.", "ml", 1),
        ("The firm will invest 5 billion dollars.", "ကုမ္ပဏီက ဒေါ်လာ ၅ ဘီလီယံ ရင်းနှီးမည်။", "my", 0),
        ("The firm will invest 5 billion dollars.", "ကုမ္ပဏီက ဒေါ်လာ ၅ သန်း ရင်းနှီးမည်။", "my", 1),
        ("He waited in order to learn 40 words.", "គាត់រង់ចាំដើម្បីរៀនពាក្យ ៤០។", "km", 0),  # Khmer digits kept
    ],
)
def test_the_check_in_the_new_scripts(source: str, article: str, lang: str, findings: int) -> None:
    assert len(list(number_mismatch(make_input(article, lang, source=source)))) == findings


@pytest.mark.parametrize(
    ("text", "lang", "span", "unit"),
    [
        ("ඔහු කිලෝමීටර 6ක් ඇවිද්දේය.", "si", "කිලෝමීටර 6", "kilometer"),  # CLDR's name less its final virama
        ("වතුර ෆැරන්හයිට් අංශක 50ක් විය.", "si", "ෆැරන්හයිට් අංශක 50", "degree_Fahrenheit"),
        ("Alitembea kilomita 7 jana.", "sw", "kilomita 7", "kilometer"),
    ],
)
def test_a_unit_before_the_figure_where_units_come_first(text: str, lang: str, span: str, unit: str) -> None:
    assert [(text[q.start : q.end], q.unit) for q in extract(text, lang) if q.kind == "measure"] == [(span, unit)]


@pytest.mark.parametrize("text", ["Ana watoto 3 nyumbani.", "Walikuja watu 40 jana."])
def test_a_word_before_the_figure_that_names_no_unit_is_none(text: str) -> None:
    assert [q.kind for q in extract(text, "sw")] == ["number"]


def test_a_word_that_only_begins_with_a_unit_less_its_virama_is_none() -> None:
    """Tamil "கிராமத்தில்" (in the village) begins with "கிராம்" (gram) less its virama, but no vowel sign follows."""
    assert [q.kind for q in extract("அவர் 3 கிராமத்தில் வசித்தார்.", "ta")] == ["number"]
