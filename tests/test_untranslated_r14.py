"""Round 14: untranslated words where the article's language has a thin word list or none.

A word no list and no lingua model judges is untranslated only when the aligned source has it in some form; the
article's relatives settle a word the script's languages split on, and corroborate a narrow leak in a list.
"""

from __future__ import annotations

import pytest

from mt_audit.checks.copied import _kin_leak, copied_word_foreign
from mt_audit.checks.foreign import _foreign_runs, _source_form
from mt_audit.language_words import source_own
from mt_audit.lexicon import zipf

#: A Faroese paragraph of our own (no wordfreq list, no lingua model), one sentence per aligned source sentence.
FAROESE = (
    "Brúgvin yvir fjørðin er 300 metrar long og varð bygd í fjør.",
    "Fólkið í bygdini hevur bíðað eftir henni í mong ár.",
    "Nú kunnu børnini ganga í skúla uttan at taka bátin.",
)
SOURCE = (
    "The bridge over the fjord, 300 metres in length, was built last year.",
    "The people of the village have waited for it for many years.",
    "Now the children can walk to school without taking the boat.",
)
#: A Norwegian paragraph of our own: Danish and Swedish share its words.
NORWEGIAN = (
    "Bøndene i dalen venter den minste avlingen på mange år etter en tørr sommer uten regn. "
    "Kommunen har lovet hjelp til alle som trenger det."
)
#: A Dutch paragraph of our own: German shares its words.
DUTCH = (
    "De boeren in het dal verwachten de kleinste oogst in jaren na een droge zomer zonder regen. "
    "De gemeente heeft hulp beloofd aan iedereen die het nodig heeft."
)


def _runs(sentences: tuple[str, ...]) -> list[str]:
    text = " ".join(sentences)
    spans, at = [], 0
    for sentence in sentences:
        start = text.index(sentence, at)
        spans.append((start, start + len(sentence)))
        at = start + len(sentence)
    runs = _foreign_runs(text, "fo", "en", tuple(spans), frozenset(), SOURCE)
    return [text[r.start : r.end] for r in runs]


@pytest.mark.parametrize(
    ("sentences", "found"),
    [
        (FAROESE, []),  # "long" is Faroese; the source has "length"
        ((FAROESE[0], FAROESE[1], FAROESE[2].replace("bátin", "boat")), ["boat"]),
        ((FAROESE[0], FAROESE[1].replace("bygdini", "village"), FAROESE[2]), ["village"]),
    ],
)
def test_unmodelled_language_flags_copies_not_strangers(sentences: tuple[str, ...], found: list[str]) -> None:
    assert _runs(sentences) == found


@pytest.mark.parametrize(
    ("word", "source", "form"),
    [
        ("organizers", "The organisers of the fair said so.", True),
        ("Runners", "The runner won the race.", True),
        ("long", "The race, run over 42 km, began at dawn.", False),
        ("neat", "They left with nothing but their passports.", False),
    ],
)
def test_source_form(word: str, source: str, form: bool) -> None:
    assert _source_form(word, source) is form


@pytest.mark.parametrize(
    ("word", "lang", "own"),
    [
        ("museum", "ht", True),  # the script's languages split; French, Haiti's other language, writes it rarely
        ("ferry", "gd", False),  # French, a language of Britain, writes it about as often as English
        ("internet", "ku", False),  # the world's loan
        ("kitchen", "ku", True),
    ],
)
def test_kin_settle_a_split_word(word: str, lang: str, own: bool) -> None:
    assert source_own(word, "en", lang) is own


@pytest.mark.parametrize(
    ("word", "leak"),
    [
        ("harvest", True),  # Norwegian, Danish and Swedish lists all far below English
        ("partner", False),  # the relatives write it about as often: an adopted loan
        ("museum", False),
    ],
)
def test_relatives_corroborate_a_narrow_leak(word: str, leak: bool) -> None:
    assert _kin_leak(word, zipf(word, "en"), "no", "en", NORWEGIAN) is leak
    assert copied_word_foreign(word, "no", "en", NORWEGIAN) is leak


def test_a_word_a_large_list_holds_as_its_own_needs_no_relative() -> None:
    """Dutch writes "finish" (the finish line) though German does not: its large list holds it past LISTED_ZIPF."""
    assert not _kin_leak("finish", zipf("finish", "en"), "nl", "en", DUTCH)
