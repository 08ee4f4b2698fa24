"""Untranslated words and spinner swaps in Latin-script languages: short copies, a word's usual senses, and the
planted benchmark's rule against planting words the target language writes itself."""

from __future__ import annotations

import random

import pytest
from scripts_loader import load_script

from mt_audit.checks.copied import copied_word_foreign
from mt_audit.checks.foreign import words_of
from mt_audit.lexicon import available, bases_as, has_frequencies, main_parts_of_speech, usual_synonyms, zipf

pc = load_script("planted_corpus")
pp = load_script("planted_plants")

needs_wordnet = pytest.mark.skipif(not available(), reason="WordNet not installed")
needs_frequencies = pytest.mark.skipif(
    not all(has_frequencies(lang) for lang in ("en", "de", "sv", "da", "nl", "fr")), reason="wordfreq lists missing"
)


@needs_frequencies
@pytest.mark.parametrize(
    ("word", "lang", "foreign"),
    [
        ("war", "sv", True),  # English "war", ten times rarer in Swedish
        ("war", "de", False),  # German's own "war"
        ("use", "it", True),
        ("men", "de", True),  # an English noun in lower case where nouns take a capital
        ("Men", "de", False),  # ...written as the language writes its nouns: judged as any word
        ("set", "es", False),  # a loan a large list holds as a real word (tennis)
        ("men", "da", False),  # Danish "men" ("but")
        ("art", "de", False),  # German "Art"
        ("the", "fr", False),  # frequent in every list: English quoted everywhere
        ("be", "sv", False),  # two letters: never alone
    ],
)
def test_three_letter_copy_is_foreign_only_where_both_lists_say_so(word: str, lang: str, foreign: bool) -> None:
    assert copied_word_foreign(word, lang, "en") is foreign


@needs_wordnet
@pytest.mark.parametrize(
    ("word", "pos", "bases"),
    [
        ("building", "n", ("building",)),
        ("building", "v", ("build",)),
        ("children", "n", ("child",)),
        ("children", "v", ()),
    ],
)
def test_bases_follow_the_part_of_speech(word: str, pos: str, bases: tuple[str, ...]) -> None:
    assert bases_as(word, pos) == bases


@needs_wordnet
@pytest.mark.parametrize(
    ("word", "synonym", "usual"),
    [
        ("tomb", "grave", True),  # the first sense
        ("autumn", "fall", True),
        ("coach", "omnibus", False),  # a later sense (the vehicle)
        ("view", "see", False),  # a verb's sense, where "view" is mostly a noun
        ("five", "phoebe", False),  # written as a name in the synset
        ("building", "soma", False),  # a sense of "build", not of "building"
    ],
)
def test_usual_synonyms_keep_the_word_s_own_senses(word: str, synonym: str, usual: bool) -> None:
    assert (synonym in usual_synonyms(word)) is usual


@needs_wordnet
def test_main_part_of_speech_of_a_noun() -> None:
    assert main_parts_of_speech("tomb") == ("n",)


def _article(lang: str, tgt: str) -> object:
    return pc.Article(lang, f"{lang}-x00", "written", (pc.Pair("An English sentence.", tgt),))


@needs_frequencies
@pytest.mark.parametrize(
    ("word", "lang", "tgt", "writes"),
    [
        ("fall", "sv", "Ingenting här.", False),  # no frequency bar decides: only the reference
        ("fall", "sv", "Det är ett fall för polisen.", True),  # Swedish "fall" (a case), written by the reference
        ("kitchen", "de", "Nichts hier.", False),
        ("kitchen", "de", "Die kitchen ist neu.", True),  # the reference writes it
        ("woods", "fr", "Rien ici.", False),
    ],
)
def test_generator_plants_no_word_the_target_writes(word: str, lang: str, tgt: str, writes: bool) -> None:
    assert pp.target_writes(word, _article(lang, tgt)) is writes


@needs_wordnet
@needs_frequencies
@pytest.mark.parametrize(
    ("word", "lang", "en", "kept", "dropped"),
    [
        ("coach", "de", "The coach left.", "tutor", "omnibus"),
        ("better", "fr", "It is better.", None, "best"),  # another form of "good", as "better" is
        ("tomb", "fr", "The tomb is old.", "grave", "tombs"),  # "grave" kept: no frequency bar, "Rien." lacks it
        ("families", "de", "Families left their homes.", "household", "home"),  # a form of "homes": a copy
    ],
)
def test_swap_synonyms(word: str, lang: str, en: str, kept: str | None, dropped: str) -> None:
    options = pp.swap_synonyms(word, _article(lang, "Rien."), en)
    assert dropped not in options
    if kept is not None:
        assert kept in options


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("quest’autumn", ["autumn"]),  # Italian "quest'" elided onto the next word
        ("jusqu'aujourd'hui", ["aujourd'hui"]),
        ("Lorsqu'il", ["Lorsqu'il"]),  # two letters after the apostrophe: no word of its own
        ("l'agreement", ["agreement"]),
        ("don't", ["don't"]),  # an English contraction stays whole
        ("rock'n'roll", ["rock'n'roll"]),
    ],
)
def test_elided_words_are_left_off(text: str, words: list[str]) -> None:
    assert [t.text for t in words_of(text, 0, len(text))] == words


@needs_wordnet
@needs_frequencies
@pytest.mark.parametrize(
    ("en", "word", "tgt", "form", "lang", "plants"),
    [
        # "darks", "nighttimes": plurals no English text writes
        ("Three nights passed quietly.", "nights", "Drei Nächte vergingen ruhig.", "Nächte", "de", False),
        ("The children played outside.", "children", "Les enfants jouaient dehors.", "enfants", "fr", True),
        # "grave" is the only usual synonym, and the reference writes it as Italian
        ("The old tomb was opened.", "tomb", "La vecchia tomba, in grave stato, è stata aperta.", "tomba", "it", False),
    ],
)
@pytest.mark.parametrize("seed", range(3))
def test_planted_swap_is_a_common_english_form_the_target_does_not_write(
    en: str, word: str, tgt: str, form: str, lang: str, plants: bool, seed: int
) -> None:
    article = pc.Article(lang, f"{lang}-x00", "written", (pc.Pair(en, tgt, words=((word, form),)),))
    plant = pp.plant_spinner(article, random.Random(seed), [])
    assert (plant is not None) is plants
    if plant is not None:
        i, start, end = plant.marks[0]
        planted = plant.sentences[i][start:end]
        assert zipf(planted, "en") >= pp.SYNONYM_MIN_ZIPF
        assert not pp.target_writes(planted, article)
