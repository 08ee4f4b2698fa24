"""Language facts come from CLDR/ICU: a table of expectations per language."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mt_audit import languages


@pytest.mark.parametrize(
    ("tag", "script", "rtl", "cased", "quotes", "decimal"),
    [
        ("de", "Latn", False, True, ("„", "“"), ","),
        ("de-AT", "Latn", False, True, ("„", "“"), ","),
        ("fr", "Latn", False, True, ("«", "»"), ","),
        ("ru", "Cyrl", False, True, ("«", "»"), ","),
        ("he", "Hebr", True, False, ("”", "”"), "."),
        ("ar", "Arab", True, False, ("”", "“"), "."),
        ("ja", "Jpan", False, False, ("「", "」"), "."),
        ("el", "Grek", False, True, ("«", "»"), ","),
        ("nb", "Latn", False, True, ("«", "»"), ","),
    ],
)
def test_language_facts(tag: str, script: str, rtl: bool, cased: bool, quotes: tuple[str, str], decimal: str) -> None:
    facts = languages.language(tag)
    assert (facts.script, facts.rtl, facts.cased, facts.quotes, facts.decimal) == (script, rtl, cased, quotes, decimal)


@pytest.mark.parametrize(
    ("tag", "decimal", "group"),
    [
        ("ba", ",", "\u00a0"),  # ICU's build lacks Bashkir: Babel's CLDR, not root's "." and ","
        ("de", ",", "."),  # ICU's own
        ("hi", ".", ","),
        ("dv", ".", ","),  # neither knows more than root
    ],
)
def test_number_symbols_where_icu_lacks_the_locale(tag: str, decimal: str, group: str) -> None:
    facts = languages.language(tag)
    assert (facts.decimal, facts.group) == (decimal, group)


@pytest.mark.parametrize(
    ("tag", "words", "value"),
    [
        ("de", "dreiundzwanzig", 23),
        ("de", "zwei Millionen", 2_000_000),
        ("fr", "soixante-douze", 72),
        ("es", "veintitrés", 23),
        ("ru", "двадцать три", 23),
        ("de", "drei Tage", None),
        ("de", "", None),
    ],
)
def test_parse_spelled(tag: str, words: str, value: float | None) -> None:
    assert languages.parse_spelled(tag, words) == value


#: Claimed languages for which ICU 77 has no spell-out rules of its own (it would fall back to English).
NO_ICU_SPELLOUT = frozenset(
    {"as", "bn", "eu", "gl", "ha", "jv", "kn", "ml", "mn", "mr", "or", "pa", "ps", "si", "so", "te", "tg", "tl", "ur"}
    | {"uz", "yo", "zu"}
    | {"ku", "mi", "xh"}
)


@pytest.mark.parametrize(
    ("tag", "words", "value"),
    [
        ("ga", "dhá mhíle", None),  # ICU's Irish rules read 11000: a large reading that does not spell back
        ("ga", "daichead a seacht", 47.0),
        ("de", "Zweitausend", 2000.0),  # case and ICU's own spelling
        ("th", "สองล้าน", 2_000_000.0),  # ICU writes a zero-width space between the words
        ("he", "ארבעה", 4.0),  # a small number in another gender than ICU writes reads as it is
    ],
)
def test_large_readings_spell_back(tag: str, words: str, value: float | None) -> None:
    assert languages.parse_spelled(tag, words) == value


@pytest.mark.parametrize("tag", languages.CLAIMED)
def test_every_claimed_language_spells_and_parses_its_numbers(tag: str) -> None:
    words = languages.spell(tag, 47)
    if tag in NO_ICU_SPELLOUT:
        assert words is None and not languages.spells_numbers(tag)
    else:
        assert words and languages.parse_spelled(tag, words) == 47


@pytest.mark.parametrize(
    ("tag", "english", "local"),
    [("de", "Germany", "Deutschland"), ("fr", "German", "allemand"), ("es", "Japan", "Japón")],
)
def test_exonyms(tag: str, english: str, local: str) -> None:
    assert local in languages.exonyms(tag)[english]


@pytest.mark.parametrize(
    ("tag", "first"), [("sw", True), ("ha", True), ("de", False), ("ja", False), ("ar", False), ("xx", False)]
)
def test_units_first_follows_cldrs_unit_patterns(tag: str, first: bool) -> None:
    assert languages.language(tag).units_first is first


@pytest.mark.parametrize(("text", "latin"), [("Москва", "Moskva"), ("Αθήνα", "Athena")])
def test_to_latin(text: str, latin: str) -> None:
    assert languages.to_latin(text) == latin


def test_claims_at_least_thirty_languages() -> None:
    assert len(languages.CLAIMED) >= 30
    assert all(languages.known(tag) for tag in languages.CLAIMED)


@pytest.mark.parametrize(
    "tag,expected",
    [
        ("de", True),
        ("fi", True),
        ("nb-NO", True),
        ("tr", True),
        ("en", False),
        ("fr", False),
        ("es", False),
        ("", False),
    ],
)
def test_ordinal_dot_follows_icu_digit_ordinals(tag: str, expected: bool) -> None:
    assert languages.ordinal_dot(tag) is expected


@pytest.mark.parametrize(
    ("tag", "has", "lacks"),
    [
        # Arabic: conjunction, preposition, article, in that order; ل before the article is "لل"
        ("ar", ("و", "ب", "ال", "وال", "بال", "لل", "فبال", "ولل"), ("لال", "الو", "بو")),
        # Hebrew: ו, then ש or כש, then ב כ ל מ, then ה; ב כ ל swallow the article
        ("he", ("ו", "ה", "ב", "וה", "ומ", "של", "כש", "וכשה", "ומה"), ("בה", "לה", "הו", "בו", "מב")),
        # Persian and Urdu write prepositions and conjunctions as words of their own
        ("fa", (), ("ب", "و")),
        ("ur", (), ("ب", "و")),
        ("iw", ("וב",), ()),
        ("de", (), ("ge",)),
    ],
)
def test_proclitics_follow_each_languages_order(tag: str, has: tuple[str, ...], lacks: tuple[str, ...]) -> None:
    found = languages.proclitics(tag)
    assert set(has) <= set(found)
    assert not set(lacks) & set(found)
    assert [len(p) for p in found] == sorted((len(p) for p in found), reverse=True)  # longest first


@pytest.mark.parametrize(
    ("tag", "words", "value"),
    [
        ("ka", "ასერთი", 101.0),
        ("ka", "ორასორმოცდაათი", 250.0),
        ("de", "dreihundertzwei", 302.0),
        ("de", "drei Tage", None),
    ],
)
def test_spelled_numbers_icu_formats_but_cannot_parse_are_read_back(tag: str, words: str, value: float | None) -> None:
    """ICU's Georgian rules parse "ას­ერთი" only with the soft hyphen they print inside it; text has none."""
    assert languages.parse_spelled(tag, words) == value


@given(st.text(max_size=40))
@settings(max_examples=300, deadline=None)
def test_any_text_as_a_tag_has_a_direction(tag: str) -> None:
    """The report asks for the direction of whatever an article's ``lang`` holds: never an error."""
    assert languages.right_to_left(tag) in (True, False)
