"""Untranslated and spinner evidence where the article's language has no word list, or only loan-laden ones.

Where neither wordfreq nor lingua knows the language (Galician, Uzbek), a copied word is untranslated when
lingua, weighing all the languages it knows, reads it as English first; the language's own words and the
words it shares with English (names of things every language writes alike) are left alone. An English word
that reads English letter by letter and is a strict WordNet synonym of a source word the sentence lacks is a
spinner's swap, even when the article's language's web corpus records it as a loan.
"""

from __future__ import annotations

import pytest
from support import UNTRANSLATED_SPINNER, kind_spans

from mt_audit.checks.copied import copied_word_foreign, leans_source
from mt_audit.identify import first_among_all


@pytest.mark.parametrize(
    ("lang", "article", "source", "expected"),
    [
        # Copied English words in languages neither wordfreq nor lingua knows.
        ("gl", "O novo building abriu o luns na praza.", "The new building opened on Monday in the square.",
         [("untranslated", "building", "")]),
        ("uz", "Bozorga juda koʻp visitors keldi.", "Very many visitors came to the market.",
         [("untranslated", "visitors", "")]),
        ("uz", "Fermerlar hosilni drought tufayli yoʻqotdi.", "The farmers lost the harvest because of the drought.",
         [("untranslated", "drought", "")]),
        # Words the language writes as English does, and the language's own words: nothing.
        ("gl", "O hospital abriu unha nova ala o luns.", "The hospital opened a new wing on Monday.", []),
        ("gl", "A cidade celebrou o festival local con música.",
         "The town celebrated the local festival with music.", []),
        ("uz", "Shaharda yangi hotel ochildi.", "A new hotel opened in the city.", []),
        # A swapped word the source lacks, with its WordNet anchor.
        ("gl", "Os traballadores recibiron os seus households onte.", "The workers received their homes yesterday.",
         [("spinner-substitution", "households", "homes")]),
    ],
)  # fmt: skip
def test_languages_without_a_list_or_a_lingua_model(
    lang: str, article: str, source: str, expected: list[tuple[str, str, str]]
) -> None:
    assert kind_spans(UNTRANSLATED_SPINNER, article, lang, source) == expected


@pytest.mark.parametrize(
    ("lang", "article", "source", "expected"),
    [
        # English-looking words the target's corpus holds as leaked English, each a strict synonym of a source
        # word the sentence lacks: swaps.
        ("id", "Dia menulis di journal setiap malam.", "She writes in her diary every night.",
         [("spinner-substitution", "journal", "diary")]),
        ("id", "Anak itu melempar stone ke sungai.", "The child threw a rock into the river.",
         [("spinner-substitution", "stone", "rock")]),
        # The language's own words for the source word, or a loan the source itself has: nothing.
        ("id", "Dia menulis di buku harian setiap malam.", "She writes in her diary every night.", []),
        ("id", "Perusahaan itu meluncurkan software baru.", "The company launched new software.", []),
        # A frequent word of the article's language that English also writes (a homograph), not a swap.
        ("de", "Im Wald war es ganz still.", "It was very quiet in the forest.", []),
        ("de", "Er wartet still auf den Zug.", "He is yet waiting for the train.", []),
    ],
)  # fmt: skip
def test_english_looking_loans_and_synonym_swaps(
    lang: str, article: str, source: str, expected: list[tuple[str, str, str]]
) -> None:
    assert kind_spans(UNTRANSLATED_SPINNER, article, lang, source) == expected


@pytest.mark.parametrize(
    ("word", "english_first"),
    [("building", True), ("drought", True), ("household", True), ("edificio", False), ("mehmonxona", False),
     ("hotel", False), ("festival", False)],
)  # fmt: skip
def test_english_first_among_all_languages(word: str, english_first: bool) -> None:
    assert (first_among_all(word, "en") > 0.0) == english_first


@pytest.mark.parametrize(
    ("word", "lang", "foreign"),
    [("building", "gl", True), ("visitors", "uz", True), ("hotel", "gl", False), ("local", "gl", False)],
)  # fmt: skip
def test_a_copy_in_a_language_lingua_does_not_know(word: str, lang: str, foreign: bool) -> None:
    assert copied_word_foreign(word, lang, "en") == foreign
    assert leans_source(word, lang, "en", 0.5) == foreign
