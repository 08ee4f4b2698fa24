"""Tenth round: names in Ethiopic script, a place named as another language names it, an organisation
told by its apposition, and a transliteration told from a translation by its first sound."""

from __future__ import annotations

import pytest

from mt_audit.checks import CHECKS
from mt_audit.checks.base import DEGRADED, WORKS, make_input
from mt_audit.checks.entities import entities
from mt_audit.entity_forms import borrowed_form
from mt_audit.entity_literal import apposition_heads, kept
from mt_audit.languages import writes_in_latin

MISMATCH = "accuracy/entity-mismatch"


@pytest.mark.parametrize(
    ("lang", "level"),
    [
        ("am", DEGRADED),  # ICU writes Ethiopic as accented Latin ("gǝrin"): names compare by sound
        ("ar", DEGRADED),
        ("de", WORKS),
        ("km", DEGRADED),  # no Khmer-Latin transform: corrupted and literal names only
        ("lo", DEGRADED),
        ("si", DEGRADED),
    ],
)
def test_entities_coverage(lang: str, level: str) -> None:
    assert CHECKS["entities"].covers(lang).level == level


@pytest.mark.parametrize(("lang", "expected"), [("am", True), ("ru", True), ("fr", True), ("km", False)])
def test_writes_in_latin(lang: str, expected: bool) -> None:
    assert writes_in_latin(lang) is expected


@pytest.mark.parametrize(
    ("name", "word", "expected"),
    [
        ("Cairo", "काहिरा", True),  # as Arabic, Persian and Czech name it, not as CLDR's Hindi "कैरो"
        ("Cairo", "Kahire", True),
        ("Cairo", "पेरिस", False),  # another city
        ("Cairo", "कार", False),  # two consonants: shared by chance
        ("Atlantis", "काहिरा", False),  # no place CLDR names
    ],
)
def test_borrowed_form(name: str, word: str, expected: bool) -> None:
    assert borrowed_form(name, word) is expected


TOMB = "Archaeologists have discovered a tomb more than 4,300 years old near Cairo."


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        ("पुरातत्वविदों ने काहिरा के पास 4,300 वर्ष से अधिक पुराना एक मकबरा खोजा है।", []),
        ("पुरातत्वविदों ने कैरो के पास 4,300 वर्ष से अधिक पुराना एक मकबरा खोजा है।", []),
        ("पुरातत्वविदों ने पेरिस के पास 4,300 वर्ष से अधिक पुराना एक मकबरा खोजा है।", [MISMATCH]),  # another city
        ("पुरातत्वविदों ने शहर के पास 4,300 वर्ष से अधिक पुराना एक मकबरा खोजा है।", [MISMATCH]),  # "the city"
    ],
)
def test_borrowed_city_name_not_dropped(article: str, expected: list[str]) -> None:
    assert [f.category for f in entities(make_input(article, "hi", source=TOMB))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("led by Bright Horizon Power, a group of three European energy companies.", ("group", "companies")),
        ("said Ana Ruiz, the mayor of the town.", ("mayor", "town")),
        ("owned by Blue Lake, a unit of Google.", ("unit",)),
        ("said Blue Lake on Monday.", ()),  # no apposition
        ("Blue Lake, which opened in May, said", ()),  # a relative clause, no article
    ],
)
def test_apposition_heads(text: str, expected: tuple[str, ...]) -> None:
    end = text.index(",") if "," in text else text.index(" on")
    assert apposition_heads(text, end) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("నార్తర్న్ స్టార్ బ్యాంక్", True),  # transliterated
        ("ఉత్తర నక్షత్ర బ్యాంక్", False),  # translated; "uttara" (north) shares letters with "star" only
        ("Нордерн Стар Банк", True),
    ],
)
def test_kept_by_first_sound(phrase: str, expected: bool) -> None:
    assert kept(phrase, ["Northern", "Star", "Bank"]) is expected


CORRUPTED = "accuracy/entity-corrupted"
ANALYSTS = "Analysts at Northern Star Bank said the results were “much better than expected”."


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        # an English word near "bank" in WordNet, with the Estonian genitive glued on: a spinner's swap
        ("Northern Star Canti analüütikute sõnul olid tulemused „oodatust palju paremad“.", [CORRUPTED]),
        ("Northern Star Banki analüütikute sõnul olid tulemused „oodatust palju paremad“.", []),  # the name
        ("Northern Star Panga analüütikute sõnul olid tulemused „oodatust palju paremad“.", []),  # head translated
    ],
)
def test_generic_head_swapped_with_case_ending(article: str, expected: list[str]) -> None:
    assert [f.category for f in entities(make_input(article, "et", source=ANALYSTS))] == expected


SHOP = "Quiet Harbor Software opened a new office near Lindberg on Monday, said Dr. Maria Lindqvist."


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        ("ኩዊት ሃርበር ሶፍትዌር ሰኞ እለት በሊንድበርግ አቅራቢያ አዲስ ቢሮ ከፈተ ብለዋል ዶክተር ማሪያ ሊንድክቪስት።", []),
        ("ኩባንያው ሰኞ እለት አዲስ ቢሮ ከፈተ ብለዋል ዶክተር።", []),  # Dr. Lindqvist gone, but ICU's Ethiopic Latin
        # is too rough to say so (in Arabic script, see below, it is told)
        ("Quiet Port Software ሰኞ እለት በሊንድበርግ አቅራቢያ አዲስ ቢሮ ከፈተ ብለዋል ዶክተር ማሪያ ሊንድክቪስት።", [CORRUPTED]),
    ],
)
def test_ethiopic_tells_what_stands_not_what_is_gone(article: str, expected: list[str]) -> None:
    assert [f.category for f in entities(make_input(article, "am", source=SHOP))] == expected


def test_arabic_script_tells_a_dropped_person() -> None:
    article = "افتتحت الشركة مكتبا جديدا يوم الاثنين، قال الدكتور."
    assert [f.category for f in entities(make_input(article, "ar", source=SHOP))] == [MISMATCH]
