"""Languages without a wordfreq list (Swahili): lingua's letters and the copy tell English words from their own."""

from __future__ import annotations

import pytest

from mt_audit.checks import CHECKS, make_input
from mt_audit.checks.copied import copied_word_foreign
from mt_audit.lexicon import available

needs_wordnet = pytest.mark.skipif(not available(), reason="WordNet is not installed")


def _found(lang: str, article: str, source: str) -> list[tuple[str, str, str]]:
    item = make_input(article, lang, source=source)
    return [(f.category, f.span, f.source_span or "") for c in ("untranslated", "spinner") for f in CHECKS[c](item)]


@needs_wordnet
@pytest.mark.parametrize(
    ("article", "expected"),
    [
        ("Watoto walicheza karibu na river jana.", [("accuracy/untranslated", "river", "")]),
        ("Watoto walicheza karibu na stream jana.",
         [("accuracy/untranslated", "stream", ""), ("accuracy/spinner-substitution", "stream", "river")]),
        ("Watoto walicheza karibu na mto jana.", []),
    ],
)  # fmt: skip
def test_a_language_without_a_frequency_list_is_read_by_its_letters(
    article: str, expected: list[tuple[str, str, str]]
) -> None:
    """Swahili has no wordfreq list: lingua's letters and the copy tell English words from its own."""
    assert _found("sw", article, "The children played near the river yesterday.") == expected


@pytest.mark.parametrize(
    ("word", "foreign"),
    [("building", True), ("river", True), ("kompyuta", False), ("serikali", False)],
)
def test_copies_into_an_unlisted_language(word: str, foreign: bool) -> None:
    assert copied_word_foreign(word, "sw", "en") is foreign


def test_an_english_word_opening_a_sentence_of_an_unlisted_language_is_found() -> None:
    """Not copied from the source ("school" became "Building"), and capitalised by its place only."""
    source = "The school was built near the river."
    item = make_input("Building ilijengwa karibu na mto mwaka jana.", "sw", source=source)
    assert [(f.category, f.span) for f in CHECKS["untranslated"](item)] == [("accuracy/untranslated", "Building")]
