"""Round 12: untranslated and spinner evidence that leans less on a language's word list.

A noun's capital is CLDR's only where every word of its unit names has one; a frequent English word the article's
list records ten times less often than English is leaked text, and with a strict synonym of a source word the
sentence lacks, a swap; where no list exists, an ordinary English word with such a synonym is one too; a copy the
language declines with endings of its own is its word; a figure glued before a Latin word in text without spaces
counts it and is no part of it.
"""

from __future__ import annotations

import pytest
from support import UNTRANSLATED_SPINNER, kind_spans

from mt_audit.checks.copied import copied_word_foreign
from mt_audit.checks.foreign import words_of
from mt_audit.checks.spinner import _frequent_leak, _unlisted_english
from mt_audit.languages import capitalises_nouns
from mt_audit.word_forms import ending_zipf


@pytest.mark.parametrize(
    ("lang", "capitalised"), [("de", True), ("lb", True), ("ig", False), ("fr", False), ("en", False), ("ja", False)]
)
def test_capitalised_nouns_need_every_word_of_the_unit_names(lang: str, capitalised: bool) -> None:
    assert capitalises_nouns(lang) == capitalised


@pytest.mark.parametrize(
    ("word", "lang", "leak"),
    [
        ("house", "hu", True),  # English web text in the Hungarian list, far below English
        ("home", "ro", True),
        ("home", "pl", False),  # below the core bar: the leak rule under it (_english_leak) reads it
        ("Home", "pl", False),  # a capital: a name or a heading
        ("grave", "fr", False),  # French's own word, as frequent there as in English
        ("ten", "pl", False),  # three letters collide across languages
        ("house", "gd", False),  # no list to leak into
    ],
)
def test_frequent_leaks(word: str, lang: str, leak: bool) -> None:
    assert _frequent_leak(word, lang) == leak


@pytest.mark.parametrize(
    ("word", "lang", "english"),
    [
        ("buildings", "gd", True),
        ("summertime", "uz", True),
        ("proclamation", "mg", False),  # French, a language of Madagascar, writes it as often as English
        ("graves", "gl", False),  # Spanish too: a cognate of a synonym is the translation
        ("Buildings", "gd", False),  # a capital: the rule opening a sentence, or a name
        ("run", "gd", False),  # too short to tell from the language's own words
        ("taigh", "gd", False),  # no English word
        ("buildings", "de", False),  # a listed language: its list decides
    ],
)
def test_english_words_where_no_list_exists(word: str, lang: str, english: bool) -> None:
    assert _unlisted_english(word, lang) == english


@pytest.mark.parametrize(
    ("lang", "article", "source", "expected"),
    [
        # A swap whose English word leaks into the article language's corpus past its core words.
        ("pl", "Każdy home zużywa dziennie około stu litrów wody.", "Every household uses about a hundred litres "
         "of water a day.", [("spinner-substitution", "home", "household")]),
        # A swap in a language without a word list, its synonym in the source.
        ("gd", "Tha na physicians ag obair a-rithist air pàipear.", "The doctors are working on paper again.",
         [("spinner-substitution", "physicians", "doctors")]),
        # The language's own word for the source word: nothing.
        ("pl", "Każde gospodarstwo domowe zużywa dziennie około stu litrów wody.", "Every household uses about a "
         "hundred litres of water a day.", []),
    ],
)  # fmt: skip
def test_swaps_beyond_the_word_lists(
    lang: str, article: str, source: str, expected: list[tuple[str, str, str]]
) -> None:
    assert kind_spans(UNTRANSLATED_SPINNER, article, lang, source) == expected


@pytest.mark.parametrize(
    ("word", "lang", "declined"),
    [("cost", "ro", True), ("computer", "ro", True), ("street", "cs", False), ("group", "vi", False)],
)
def test_words_the_language_declines(word: str, lang: str, declined: bool) -> None:
    assert (ending_zipf(word, lang) >= 3.5) == declined


@pytest.mark.parametrize(
    ("word", "lang", "foreign"),
    [("cost", "ro", False), ("street", "ro", True)],
)
def test_a_declined_copy_is_the_languages_word(word: str, lang: str, foreign: bool) -> None:
    assert copied_word_foreign(word, lang, "en") == foreign


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("価格は、1kilogram当たり上がった", ["価格は", "kilogram", "当たり上がった"]),
        ("新型の5G端末", ["新型の5", "G", "端末"]),  # a name keeps its figure
        ("the 1kilogram bag", ["the", "1kilogram", "bag"]),  # spaced text: no count glued in
    ],
)
def test_a_figure_counting_a_glued_word(text: str, words: list[str]) -> None:
    assert [t.text for t in words_of(text, 0, len(text))] == words
