"""Round 13: spinner swaps behind narrower evidence, and copies a language writes as the head of its compounds.

Every English word here is a strict WordNet synonym of the source word it stands for ("bike" for "bicycle"),
and every clean row holds the language's own word: the check must tell the two apart.
"""

from __future__ import annotations

import pytest
from support import UNTRANSLATED_SPINNER, category_spans

from mt_audit.checks.copied import copied_word_foreign
from mt_audit.checks.spinner import _narrow_leak, _short_unlisted
from mt_audit.lexicon import zipf
from mt_audit.word_forms import head_zipf

SPINNER = "accuracy/spinner-substitution"
UNTRANSLATED = "accuracy/untranslated"


@pytest.mark.parametrize(
    ("lang", "article", "source", "expected"),
    [
        # A lower-case English noun where every noun takes a capital is no noun of the language.
        ("de", "Der Verein teilt diese position nicht.", "The club does not share this view.", [(SPINNER, "position")]),
        ("de", "Der Verein teilt diese Position nicht.", "The club does not share this view.", []),
        # Over five times rarer than in English, letters leaning English: a swap beside a strict synonym.
        (
            "nl",
            "Hij fietst elke dag met zijn oude bike naar kantoor.",
            "He rides his old bicycle to the office every day.",
            [(SPINNER, "bike")],
        ),
        ("nl", "Hij fietst elke dag met zijn oude fiets naar kantoor.", "He rides his old bicycle to the office.", []),
        ("sv", "Han ringde sin bästa pal i går kväll.", "He called his best buddy last night.", [(SPINNER, "pal")]),
        # A sentence's first word about as frequent in the language as in English opens no name.
        (
            "it",
            "I Physicians hanno curato i feriti sul posto.",
            "Doctors treated the injured at the scene.",
            [(SPINNER, "Physicians")],
        ),
        ("it", "I medici hanno curato i feriti sul posto.", "Doctors treated the injured at the scene.", []),
        # Three letters, no list, no lingua model: the languages of the script say the word is English's own.
        ("gd", "Fhuair e job ùr sa bhaile.", "He found a new task in the town.", [(SPINNER, "job")]),
        ("mt", "Huwa sab job ġdid fil-belt.", "He found a new task in the town.", [(SPINNER, "job")]),
        # A copy the language compounds as its own word is no untranslated text; a leaked one still is.
        ("nl", "Het lab mat veel dioxide in de lucht.", "The lab measured a lot of dioxide in the air.", []),
        ("nl", "Het lab mat veel chloride in het water.", "The lab measured a lot of chloride in the water.", []),
        (
            "nl",
            "In de oude kitchens werd gekookt.",
            "Food was cooked in the old kitchens.",
            [(UNTRANSLATED, "kitchens")],
        ),
    ],
)
def test_swaps_and_own_words(lang: str, article: str, source: str, expected: list[tuple[str, str]]) -> None:
    assert category_spans(UNTRANSLATED_SPINNER, article, lang, source) == expected


@pytest.mark.parametrize(
    ("word", "lang", "compounded"),
    [
        ("dioxide", "nl", True),  # "koolstofdioxide", "zwaveldioxide"
        ("chloride", "nl", True),
        ("doctors", "nl", False),  # one stray form ("spindoctors") makes no head
        ("raining", "nl", False),  # "proeftraining" is "proef" + "training": a listed word spans the seam
        ("stages", "de", False),  # ends in a listed word ("tages"): no seam to trust
        ("dioxide", "am", False),  # no list
    ],
)
def test_head_zipf(word: str, lang: str, compounded: bool) -> None:
    assert (head_zipf(word, lang) >= zipf(word, lang) > 0.0) is compounded


@pytest.mark.parametrize(
    ("word", "lang", "foreign"),
    [
        ("dioxide", "nl", False),
        ("monoxide", "nl", False),
        ("kitchens", "nl", True),
        ("villages", "nl", True),
    ],
)
def test_compounded_copy(word: str, lang: str, foreign: bool) -> None:
    assert copied_word_foreign(word, lang, "en") is foreign


@pytest.mark.parametrize(
    ("word", "lang", "expected"),
    [
        ("bike", "nl", True),
        ("Bike", "nl", False),  # a capital: a name's word, judged elsewhere
        ("puppy", "nl", False),  # under five times rarer than in English: a loan
        ("bike", "gd", False),  # no list to weigh it against
    ],
)
def test_narrow_leak(word: str, lang: str, expected: bool) -> None:
    assert _narrow_leak(word, lang) is expected


@pytest.mark.parametrize(
    ("word", "lang", "expected"),
    [
        ("job", "gd", True),  # lingua has no Scottish Gaelic: the script's languages decide
        ("Job", "gd", False),
        ("job", "de", False),  # a list says what German writes
        ("jobs", "gd", False),  # not three letters: the other tests' business
    ],
)
def test_short_unlisted(word: str, lang: str, expected: bool) -> None:
    assert _short_unlisted(word, lang) is expected
