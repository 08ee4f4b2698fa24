"""Round 18: copied English words the word lists excused.

A copy's longer forms in the article's list show it declined as the language's own word only with an ending the
language puts on its words (Danish "forestå" is "fore" + "stå", no "forest" declined); a copied three-letter word
where the article's language has no list is untranslated when most languages of the script, and the article's
kin, write it ten times less often than the source, and the article writes it only there.
"""

from __future__ import annotations

import pytest
from support import UNTRANSLATED_SPINNER, kind_spans

from mt_audit.checks.copied import copied_word_foreign
from mt_audit.word_forms import ending_zipf, language_endings


@pytest.mark.parametrize(
    ("word", "lang", "declined"),
    [
        ("forest", "da", False),  # "forestil", "forestå": other words that begin alike, no ending of Danish
        ("cost", "ro", True),  # "costul", "costă": Romanian declines the loan
        ("still", "de", True),  # "stille": German's own word
    ],
)
def test_only_the_languages_endings_decline_a_word(word: str, lang: str, declined: bool) -> None:
    assert (ending_zipf(word, lang) >= 3.5) == declined


@pytest.mark.parametrize(
    ("ending", "lang", "own"),
    [("en", "da", True), ("er", "da", True), ("å", "da", False), ("il", "da", False), ("ul", "ro", True)],
)
def test_the_endings_a_language_puts_on_its_words(ending: str, lang: str, own: bool) -> None:
    assert (ending in language_endings(lang)) == own


@pytest.mark.parametrize(
    ("lang", "article", "source", "expected"),
    [
        # A copy Danish writes under its core words, its relatives (Swedish, Norwegian, German) ten times less often.
        ("da", "“Det er som at plante en forest under vandet”, sagde dykkeren Kenji Arakaki.",
         "“It is like planting a forest under water,” said a diver, Kenji Arakaki.", [("untranslated", "forest", "")]),
        ("da", "“Det er som at plante en skov under vandet”, sagde dykkeren Kenji Arakaki.",
         "“It is like planting a forest under water,” said a diver, Kenji Arakaki.", []),
        # A loan the language declines stays its own word.
        ("ro", "Costul biletului a crescut, iar cost total a fost mare.", "The cost of the ticket rose, and the total "
         "cost was high.", []),
        # A three-letter copy in a language without a list (Hmong), that the languages of Latin script lack.
        ("hmn", "Thaum lub Yim Hli, dej sea nyob ntawd sov txog 31 qib Celsius.",
         "The sea there reached 31 degrees Celsius in August.", [("untranslated", "sea", "")]),
        ("hmn", "Thaum lub Yim Hli, dej hiav txwv nyob ntawd sov txog 31 qib Celsius.",
         "The sea there reached 31 degrees Celsius in August.", []),
        # Written twice in the article: a syllable of the language recurs, a copy stands where its source word does.
        ("hmn", "Dej sea nyob ntawd sov heev, thiab dej sea tsis txias.", "The sea there is warm, and the sea is "
         "not cold.", []),
        # A short word the Germanic languages write as often as English: Luxembourgish "man" is theirs.
        ("lb", "Wéi man et mécht, ass egal.", "How a man does it does not matter.", []),
    ],
)  # fmt: skip
def test_copies_the_word_lists_excused(
    lang: str, article: str, source: str, expected: list[tuple[str, str, str]]
) -> None:
    assert kind_spans(UNTRANSLATED_SPINNER, article, lang, source) == expected


@pytest.mark.parametrize(
    ("word", "lang", "text", "foreign"),
    [
        ("sea", "hmn", "dej sea nyob ntawd", True),
        ("sea", "hmn", "dej sea nyob ntawd, dej sea txias", False),  # twice: no copy of one source word
        ("sea", "es", "que sea así", False),  # a list to weigh it: Spanish writes "sea" as its own word
    ],
)
def test_a_short_copy_without_a_list(word: str, lang: str, text: str, foreign: bool) -> None:
    assert copied_word_foreign(word, lang, "en", text) == foreign
