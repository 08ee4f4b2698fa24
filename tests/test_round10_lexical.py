"""Round 10: copies in languages with no word list, lingua's code for a macrolanguage, stand-ins that are no
relatives, and Latin words looked up in a list wordfreq cannot tokenize here."""

from __future__ import annotations

import pytest

from mt_audit.checks.copied import _far_more_source, copied_word_foreign, leans_source
from mt_audit.identify import lingua_code, relative, supported, word_confidence
from mt_audit.language_words import article_kin, rarer_elsewhere, source_own
from mt_audit.lexicon import has_frequencies, listed_zipf

#: A Kurmanji paragraph of our own (no wordfreq list, no lingua model): lingua reads it as some other language.
KURMANJI = (
    "Zarok hatin malê û dayika wan ji wan re nan û penîr anî. Bavê wan got ku sibê dê here bajêr. "
    "Heke baran bibare, em ê li malê bimînin û pirtûkan bixwînin. Cîranê me jî dixwaze were mala me."
)
#: A Galician paragraph of our own: a relative of Spanish, whose list holds many of its words.
GALICIAN = (
    "Os veciños da vila reuníronse onte na praza para falar sobre a nova estrada. O alcalde dixo que as obras "
    "comezarán en primavera e que durarán case dous anos, aínda que moitos dubidan desa data."
)

#: An Afrikaans paragraph of our own: no wordfreq list, but Dutch's list holds many of its words.
AFRIKAANS = (
    "Die minister het gister in die parlement gesê dat die regering volgende jaar meer geld aan skole sal bestee. "
    "Baie ouers is bekommerd oor die hoë koste van boeke en vervoer, en die onderwysers wil beter salarisse hê."
)


@pytest.mark.parametrize(("lang", "code"), [("no", "nb"), ("nb", "nb"), ("de", "de"), ("ku", "ku")])
def test_lingua_code(lang: str, code: str) -> None:
    assert lingua_code(lang) == code


def test_norwegian_words_are_read_by_lingua() -> None:
    assert supported("no")
    assert word_confidence("weather", "no", "en") > 0.5 > word_confidence("været", "no", "en")


@pytest.mark.parametrize(
    ("word", "own"),
    [
        ("kitchen", True),
        ("shoulder", True),
        ("internet", False),
        ("hotel", False),
        ("festival", False),
        ("euro", False),
    ],
)
def test_source_own(word: str, own: bool) -> None:
    assert source_own(word, "en", "ku") is own


@pytest.mark.parametrize(("word", "lang", "own"), [("local", "gl", False), ("local", "ku", True)])
def test_a_word_the_country_shares_is_no_leak(word: str, lang: str, own: bool) -> None:
    assert source_own(word, "en", lang) is own


def test_too_few_languages_tell_nothing() -> None:
    assert rarer_elsewhere("kitchen", "en", "HANGUL") == 0.0


@pytest.mark.parametrize(
    ("word", "foreign"),
    [("kitchen", True), ("shoulder", True), ("internet", False), ("festival", False), ("hotel", False)],
)
def test_copy_in_a_language_without_a_list(word: str, foreign: bool) -> None:
    assert not has_frequencies("ku")
    assert copied_word_foreign(word, "ku", "en", KURMANJI) is foreign


@pytest.mark.parametrize(("text", "proxy", "related"), [(GALICIAN, "es", True), (KURMANJI, "tl", False)])
def test_relative(text: str, proxy: str, related: bool) -> None:
    assert relative(text, proxy, "en") is related


@pytest.mark.parametrize("word", ["were", "bike", "dike"])
def test_unlisted_language_keeps_its_own_words(word: str) -> None:
    assert not leans_source(word, "ku", "en", 0.75, KURMANJI)


@pytest.mark.parametrize(("word", "far"), [("Smoke", True), ("Kitchen", True), ("Google", False), ("Apple", False)])
def test_far_more_source_in_an_untokenized_list(word: str, far: bool) -> None:
    assert listed_zipf(word, "ko") is not None
    assert _far_more_source(word, "ko", "en") is far


def test_listed_zipf_without_a_list() -> None:
    assert listed_zipf("kitchen", "ku") is None


@pytest.mark.parametrize(("text", "kin"), [(AFRIKAANS, True), (KURMANJI, False)])
def test_article_kin(text: str, kin: bool) -> None:
    assert ("nl" in article_kin(text, "LATIN", "en")) is kin


@pytest.mark.parametrize(("word", "text", "own"), [("minister", AFRIKAANS, False), ("minister", KURMANJI, True)])
def test_a_word_the_article_kin_write_is_no_leak(word: str, text: str, own: bool) -> None:
    lang = "af" if text is AFRIKAANS else "ku"
    assert source_own(word, "en", lang, text) is own
