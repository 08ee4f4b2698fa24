"""Round 19: copied English words that names in the word lists excused, and a spinner's word quoted elsewhere.

A lower-case English plural in German is judged by the parts of speech its ending allows ("wells" is no adverb);
a loan the world took is one some language with a large list writes about as often as English ("valley", which
every one writes six to ten times less often, from "Silicon Valley", is none); a word another language with a
large list writes ten times as often as the article's is no word of the article's own ("vale" in French).
"""

from __future__ import annotations

import pytest
from support import UNTRANSLATED_SPINNER, kind_spans

from mt_audit.checks.copied import copied_word_foreign
from mt_audit.language_words import taken, unlisted_loan, written_elsewhere
from mt_audit.lexicon import mostly_noun


@pytest.mark.parametrize(
    ("word", "noun"),
    [
        ("wells", True),  # a plural or a verb: the adverb "well" counts not
        ("goods", True),  # no adjective "good" takes an -s
        ("well", False),  # as written, mostly the adverb
        ("warm", False),
        ("valley", True),
    ],
)
def test_a_noun_by_the_parts_of_speech_its_ending_allows(word: str, noun: bool) -> None:
    assert mostly_noun(word) == noun


@pytest.mark.parametrize(
    ("word", "took"),
    [
        ("valley", False),  # every large list six to ten times below English: names leaked ("Silicon Valley")
        ("summers", False),  # a surname's count
        ("wells", False),
        ("festival", True),
        ("hotel", True),
        ("data", True),  # Italian and Portuguese "data" (a date)
    ],
)
def test_a_word_some_language_took(word: str, took: bool) -> None:
    assert taken(word, "en") == took


@pytest.mark.parametrize(
    ("word", "lang", "loan"),
    [
        ("valley", "fj", False),  # the median gap is under ten times, yet no language took it
        ("summers", "bm", False),
        ("festival", "fj", True),
        ("software", "fj", True),
    ],
)
def test_a_loan_of_the_world_needs_a_language_that_took_it(word: str, lang: str, loan: bool) -> None:
    assert unlisted_loan(word, lang, "en") == loan


FJ = "Ena vo tale beka e so na aisi ena valley ni yacova na icavacava ni senitiuri?"
BM = "Duguw bɛ se ka nin ɲɔgɔn summers joli wɛrɛ muɲu?"
TS = "Xana ku ta va ku ri ni ayisi leyi saleke valley loko lembe-xidzana ri hela?"


@pytest.mark.parametrize(
    ("word", "lang", "text", "foreign"),
    [
        ("wells", "de", "Können die Höfe der Oase ohne neue wells weiterbestehen?", True),
        ("orange", "de", "Die Dächer sind orange gestrichen.", False),  # a German adjective, declined as its own
        ("warm", "de", "Das Wasser ist warm.", False),
        ("valley", "fj", FJ, True),
        ("summers", "bm", BM, True),
        ("valley", "ts", TS, True),
        ("festival", "fj", "Ena festival ni vakatagi.", False),
    ],
)
def test_a_copy_no_language_took(word: str, lang: str, text: str, foreign: bool) -> None:
    assert copied_word_foreign(word, lang, "en", text) == foreign


@pytest.mark.parametrize(
    ("word", "lang", "elsewhere"),
    [
        ("vale", "fr", True),  # Portuguese and Spanish write it a hundred times as often
        ("vale", "tr", True),
        ("vale", "es", False),  # Spanish's own word
        ("grave", "fr", False),  # French's own, as often as in its neighbours
        ("valley", "fr", False),
    ],
)
def test_a_word_written_ten_times_as_often_elsewhere(word: str, lang: str, elsewhere: bool) -> None:
    assert written_elsewhere(word, lang, "en") == elsewhere


VALLEY = "Will there be any ice left in the valley by the end of the century?"
WELLS = "Can the farms of the oasis keep going without new wells?"
SUMMERS = "How many more summers like this can the villages survive?"


@pytest.mark.parametrize(
    ("lang", "article", "source", "expected"),
    [
        ("de", "Können die Höfe der Oase ohne neue wells weiterbestehen?", WELLS, [("untranslated", "wells", "")]),
        ("de", "Können die Höfe der Oase ohne neue Brunnen weiterbestehen?", WELLS, []),
        ("fj", FJ, VALLEY, [("untranslated", "valley", "")]),
        ("fj", FJ.replace("valley", "buca"), VALLEY, []),
        ("ts", TS, VALLEY, [("untranslated", "valley", "")]),
        ("ts", TS.replace("valley", "enkoveni"), VALLEY, []),
        ("bm", BM, SUMMERS, [("untranslated", "summers", "")]),
        ("bm", BM.replace("summers", "tilema"), SUMMERS, []),
        # A spinner's "vale" for "valley": Portuguese's and Spanish's word in French and Turkish web text.
        ("fr", "Restera-t-il encore de la glace dans la vale d’ici à la fin du siècle ?", VALLEY,
         [("spinner-substitution", "vale", "valley")]),
        ("fr", "Restera-t-il encore de la glace dans la vallée d’ici à la fin du siècle ?", VALLEY, []),
        ("tr", "Yüzyılın sonunda vale hiç buz kalacak mı?", VALLEY, [("spinner-substitution", "vale", "valley")]),
        ("tr", "Yüzyılın sonunda vadide hiç buz kalacak mı?", VALLEY, []),
    ],
)  # fmt: skip
def test_untranslated_and_swapped_words(
    lang: str, article: str, source: str, expected: list[tuple[str, str, str]]
) -> None:
    assert kind_spans(UNTRANSLATED_SPINNER, article, lang, source) == expected
