"""Untranslated and spinner evidence that must hold in languages nobody tuned on.

A swap opening a sentence keeps its capital, as MT writes it, and is no name unless the source has it as
one; a spelling of the source word is the word itself; a short swap in a language without a frequency
list is told by its synonym anchor and its letters.
"""

from __future__ import annotations

import pytest
from support import UNTRANSLATED_SPINNER, kind_spans

from mt_audit.lexicon import same_word

CAR = "The car stands near the house."
TAXI = "We took a taxi to the airport."


@pytest.mark.parametrize(
    ("lang", "article", "source", "expected"),
    [
        # A capitalised English word opening a sentence in another script, absent from the source: a swap.
        ("uk", "Automobile стоїть біля будинку.", CAR, [("spinner-substitution", "Automobile", "car")]),
        ("ka", "Automobile სახლთან დგას.", CAR, [("spinner-substitution", "Automobile", "car")]),
        ("kk", "Journey үш күнге созылды.", "The trip lasted three days.",
         [("spinner-substitution", "Journey", "trip")]),
        # In a Latin-script language without a frequency list, judged as the lower-case word.
        ("sw", "Automobile ilisimama karibu na nyumba.", "The car stood near the house.",
         [("spinner-substitution", "Automobile", "car")]),
        # The source writes it as a name: in the aligned sentence, or capitalised elsewhere in the document.
        ("uk", "Apple представила новий телефон.", "Apple unveiled a new phone.", []),
        ("bg", "Automobile стои до къщата.", "The car stands near the house of the Automobile Club.", []),
        # No ordinary English word, or two capitalised words: a name.
        ("kk", "Volvo жаңа зауыт салады.", "The company will build a new factory.", []),
        ("kk", "Silver Lake жаңа зауыт салады.", "The company will build a new factory.", []),
        # Latin letters inside a Cyrillic word are a typo, not a word of their own.
        ("uk", "Meжду будинками росте дерево.", "A tree grows between the houses.", []),
        # Without a source nothing tells a name from a word.
        ("uk", "Automobile стоїть біля будинку.", None, []),
    ],
)  # fmt: skip
def test_a_capitalised_sentence_opener_is_judged_as_its_word(
    lang: str, article: str, source: str | None, expected: list[tuple[str, str, str]]
) -> None:
    assert kind_spans(UNTRANSLATED_SPINNER, article, lang, source) == expected


@pytest.mark.parametrize(
    ("lang", "article", "source", "expected"),
    [
        # The source word in another spelling is the word itself, not a synonym a spinner picked.
        ("af", "Die pad is 5 kilometer lank.", "The road is 5 kilometres long.", []),
        ("af", "Die pad is 5 kilometer lank en die automobile is rooi.",
         "The road is 5 kilometres long and the car is red.", [("spinner-substitution", "automobile", "car")]),
        # A three-letter swap where no list exists: a strict synonym of the source word, letters leaning English.
        ("sw", "Tulichukua cab hadi uwanja wa ndege.", TAXI, [("spinner-substitution", "cab", "taxi")]),
        ("sq", "Ne morëm një cab për në aeroport.", TAXI, [("spinner-substitution", "cab", "taxi")]),
        ("af", "Die man het die motor geneem.", "The man took the car.", []),
    ],
)  # fmt: skip
def test_spellings_and_short_swaps_without_a_frequency_list(
    lang: str, article: str, source: str, expected: list[tuple[str, str, str]]
) -> None:
    assert kind_spans(UNTRANSLATED_SPINNER, article, lang, source) == expected


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("millimeter", "millimetres", True),
        ("gray", "grey", True),
        ("analyze", "analysed", True),
        ("valuation", "evaluations", False),  # a prefix makes another word
        ("rip", "rim", False),  # short words that close are different words
        ("toad", "frog", False),
    ],
)
def test_same_word_up_to_inflection_and_spelling(a: str, b: str, same: bool) -> None:
    assert same_word(a, b) is same


@pytest.mark.parametrize(
    ("lang", "article", "source", "expected"),
    [
        # "green" is a word of the source's name: its synonym elsewhere in the article is no swap...
        ("af", "Gullible Hill Bank het 'n nuwe tak naby die park geopen.",
         "Green Hill Bank opened a new branch near the town square.", []),
        # ...though an English word all the same where its letters say so.
        ("sw", "Gullible Hill Bank ilifungua tawi jipya karibu na park.",
         "Green Hill Bank opened a new branch near the town square.", [("untranslated", "park", "")]),
    ],
)  # fmt: skip
def test_a_word_of_a_source_name_anchors_no_swap(
    lang: str, article: str, source: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [f for f in kind_spans(UNTRANSLATED_SPINNER, article, lang, source) if f[1] == "park"] == expected
