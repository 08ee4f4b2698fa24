"""More untranslated and spinner evidence: inflections too rare for the word lists, source compounds, and
languages without a wordfreq list (Swahili), read by lingua's letters and the copy."""

from __future__ import annotations

import pytest

from mt_audit.checks import CHECKS, make_input
from mt_audit.checks.copied import copied_word_foreign, source_words
from mt_audit.lexicon import available

needs_wordnet = pytest.mark.skipif(not available(), reason="WordNet is not installed")


def _found(lang: str, article: str, source: str) -> list[tuple[str, str, str]]:
    item = make_input(article, lang, source=source)
    return [(f.category, f.span, f.source_span or "") for c in ("untranslated", "spinner") for f in CHECKS[c](item)]


@needs_wordnet
@pytest.mark.parametrize(
    ("lang", "article", "source", "expected"),
    [
        # An inflection rarer than the frequency lists reach, of an ordinary base, swapped for a source synonym.
        ("da", "Han mends cyklen hver weekend.", "He repairs the bike every weekend.",
         [("accuracy/spinner-substitution", "mends", "repairs")]),
        ("pl", "Kot slumbers na kanapie.", "The cat sleeps on the sofa.",
         [("accuracy/untranslated", "slumbers", ""), ("accuracy/spinner-substitution", "slumbers", "sleeps")]),
        ("pl", "Kot śpi na kanapie.", "The cat sleeps on the sofa.", []),
    ],
)  # fmt: skip
def test_rare_inflections_are_swaps(lang: str, article: str, source: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(lang, article, source) == expected


HOUSE = "Ze hebben een kitchen achter het huis."


@needs_wordnet
@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # One word of a hyphenated source compound, copied alone: untranslated, and no word the source lacks.
        ("They have a kitchen-garden behind the house.", [("accuracy/untranslated", "kitchen", "")]),
        ("They have a garden behind the house.",
         [("accuracy/untranslated", "kitchen", ""), ("accuracy/spinner-substitution", "kitchen", "")]),
    ],
)  # fmt: skip
def test_compound_parts_are_copied(source: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found("nl", HOUSE, source) == expected


def test_compound_parts_are_source_words_and_names_by_their_own_capital() -> None:
    src = source_words("They sell sugar-free, anti-American sweets with Jean-Pierre.", "en")
    assert {"sugar", "free", "sugar-free", "anti", "american"} <= src.forms
    assert ("sugar", "free") in src.bigrams and "sugar" in src.parts
    assert "american" in src.names and "sugar" not in src.names and {"jean", "pierre"} <= src.names


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
