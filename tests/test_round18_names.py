"""Names, round 18: Thai writes "v" with the letter for "w" ("นาวาร์โร", Navarro) and glues a title to the
name it precedes ("นางเอเลนา", Mrs Elena): a person's name written so is there, not dropped. A Latin "ch" is
heard as continental Europe's "kh" ("Villach" is "Филлах", "विलाख"); ICU's Cyrillic "h" (х) is said wherever it
stands and its "j" (й) is a glide ("Рейні" for "Rhine"); the opening "w" of a word in Arabic script before a vowel
is a consonant ("ویلاخ"); a range's plural name is written without its English "-s" ("آند" for "Andes"); and a
German exonym opens with the name's first two consonants ("Venedig" for "Venice")."""

from __future__ import annotations

import pytest
from support import emitted

from mt_audit.checks.entities.rendering import rendered_natively
from mt_audit.entity_compare import plural_stem
from mt_audit.entity_forms import loose_skeleton, native_rendered
from mt_audit.wordnet_places import plural_place

MISMATCH = "accuracy/entity-mismatch"
MAYOR = "“We have not seen a drought like this in forty years,” said the mayor, Elena Navarro."
QUOTE_TH = "“เราไม่เคยเจอภัยแล้งแบบนี้มาสี่สิบปีแล้ว” "


@pytest.mark.parametrize(
    ("name", "written", "same"),
    [
        ("navarro", "นาวาร์โร", True),  # ว between vowels is "v"
        ("lava", "ลาวา", True),
        ("navarro", "นาร์โร", False),  # no "v" written
    ],
)
def test_thai_w_between_vowels_is_v(name: str, written: str, same: bool) -> None:
    assert (loose_skeleton(name) == loose_skeleton(written)) is same


@pytest.mark.parametrize(
    ("name", "words", "found"),
    [
        ("elena navarro", ["นางเอเลนา", "นาวาร์โร"], True),  # the title นาง glued before the given name
        ("elena navarro", ["เอเลนา", "นาวาร์โร"], True),
        ("elena navarro", ["นางสาว", "นาวาร์โร"], False),  # the title alone, no given name
        ("elena navarro", ["นางเอเลนา"], False),  # the given name alone
    ],
)
def test_name_glued_after_a_title(name: str, words: list[str], found: bool) -> None:
    assert native_rendered(name, words) is found


@pytest.mark.parametrize(
    ("article", "code"),
    [
        (QUOTE_TH + "นางเอเลนา นาวาร์โร นายกเทศมนตรี กล่าว", None),
        (QUOTE_TH + "นายกเทศมนตรี กล่าว", MISMATCH),
    ],
)
def test_thai_titled_name_kept(article: str, code: str | None) -> None:
    codes = {f.category for f in emitted(["entities"], article, "th", source=MAYOR)}
    assert codes == ({code} if code else set())


@pytest.mark.parametrize(
    ("name", "word", "lang", "heard"),
    [
        ("Villach", "Филлах", "ru", True),  # German "ch" is "x", Cyrillic "х" said at the end
        ("Villach", "विलाख", "hi", True),
        ("Villach", "ویلاخ", "fa", True),  # the opening "و" before a vowel is "v"
        ("Villach", "בפילאך", "he", True),
        ("Zurich", "Цюрих", "ru", True),
        ("Rhine", "Рейні", "uk", True),  # "й" is a glide, no consonant
        ("Rhine", "Рейны", "os", True),
        ("Dubai", "Дубай", "ru", True),
        ("Washington", "واشنطن", "ar", True),  # kept
        ("Wagner", "واغنر", "ar", True),
        ("Fischer", "Фихер", "ru", False),  # the over-reach: German "sch" is "sh", no "kh"
        ("Rhine", "Рим", "ru", False),
        ("Michigan", "Мичиган", "ru", True),
        ("Richard", "Рейн", "ru", False),
    ],
)
def test_heard_as_said_in_its_own_language(name: str, word: str, lang: str, heard: bool) -> None:
    assert rendered_natively(name, [word], lang) is heard


@pytest.mark.parametrize(
    ("word", "skeleton"),
    [("Схема", "skm"), ("Йемен", "mn"), ("Бах", "pk"), ("Москва", "mskp")],
)
def test_cyrillic_icu_letters(word: str, skeleton: str) -> None:
    assert loose_skeleton(word) == skeleton


@pytest.mark.parametrize(
    ("key", "plural", "stem"),
    [
        ("andes", True, "ande"),  # a "range of mountains" WordNet has no singular for
        ("pyrenees", True, "pyrene"),
        ("alps", True, "alp"),
        ("paris", False, ""),  # a city: its "s" is the name's own
        ("texas", False, ""),
        ("athens", False, ""),
    ],
)
def test_plural_place_names(key: str, plural: bool, stem: str) -> None:
    assert plural_place(key) is plural
    assert plural_stem(key) == stem


JOURNEY = "The journey of about 1,100 kilometres takes 14 hours, with stops in Villach and Venice."
RHINE = "The water level of the Rhine near Cologne fell to 45 centimetres this week, the lowest in a decade."
ANDES = "Could the same boats work on other high lakes in the Andes?"


@pytest.mark.parametrize(
    ("source", "article", "lang", "found"),
    [
        (
            JOURNEY,
            "Путь протяжённостью около 1100 километров занимает 14 часов, с остановками в Филлахе и Венеции.",
            "ru",
            False,
        ),
        (JOURNEY, "Путь протяжённостью около 1100 километров занимает 14 часов, с остановками в Венеции.", "ru", True),
        (
            JOURNEY,
            "Die Fahrt über rund 1.100 Kilometer dauert 14 Stunden, mit Halten in Villach und Venedig.",
            "de",
            False,
        ),
        (JOURNEY, "Die Fahrt über rund 1.100 Kilometer dauert 14 Stunden, mit Halten in Villach.", "de", True),
        (
            RHINE,
            "Цього тижня рівень води в Рейні біля Кельна впав до 45 сантиметрів — це найнижчий показник.",
            "uk",
            False,
        ),
        (RHINE, "Цього тижня рівень води біля Кельна впав до 45 сантиметрів — це найнижчий показник.", "uk", True),
        (ANDES, "آیا همین قایق‌ها می‌توانند در دیگر دریاچه‌های مرتفع رشته‌کوه آند هم کار کنند؟", "fa", False),
    ],
)
def test_sentences(source: str, article: str, lang: str, found: bool) -> None:
    codes = {f.category for f in emitted("entities", article, lang, source, source_lang="en")}
    assert (MISMATCH in codes) is found
