"""Faithful human translations that the entities check once told a name missing from (clean-sentence false alarms),
beside the plants it must still catch."""

from __future__ import annotations

import pytest

from mt_audit.checks.base import make_input
from mt_audit.checks.entities import entities
from mt_audit.checks.entities.audit import Audit

MISMATCH = "accuracy/entity-mismatch"


@pytest.mark.parametrize(
    ("lang", "source", "article"),
    [
        # A person's name sharing a word with a country of several words ("Κόστα Ρίκα", Costa Rica).
        (
            "el",
            "“The road is closed,” said a driver, Eva Costa.",
            "«Ο δρόμος είναι κλειστός», είπε η οδηγός Εύα Κόστα.",
        ),
        ("el", "A farmer, Ana Costa, lost her crops.", "Μια αγρότισσα, η Άνα Κόστα, έχασε τη σοδειά της."),
        # A river's own name in the language, opening the sentence, with its class word capitalised after it.
        ("tr", "A ferry crosses the Danube twice a day.", "Tuna Nehri üzerinde günde iki kez bir feribot geçiyor."),
    ],
)
def test_names_rendered_are_not_told_missing(lang: str, source: str, article: str) -> None:
    found = [f.category for f in entities(make_input(article, lang, source=source))]
    assert MISMATCH not in found


@pytest.mark.parametrize(
    ("lang", "source", "article"),
    [
        # The place dropped; the capitalised words left are a translated name of the source ("Univerze").
        (
            "sl",
            "Students at the University of Ljubljana found a new kind of beetle in the forests of Borneo.",
            "Študenti Univerze v Ljubljani so v gozdovih našli novo vrsto hrošča.",
        ),
        # The person dropped: a word of a country's name standing alone is still no rendering of her.
        ("el", "The mayor, Maria Costa, opened the new school.", "Η δήμαρχος εγκαίνιασε το νέο σχολείο."),
    ],
)
def test_names_dropped_are_still_told(lang: str, source: str, article: str) -> None:
    found = [f.category for f in entities(make_input(article, lang, source=source))]
    assert MISMATCH in found


@pytest.mark.parametrize(
    ("lang", "sentence", "word", "native"),
    [
        ("el", "Ο Κόστα ήρθε.", "Κόστα", True),  # a word of "Κόστα Ρίκα", capitalised: no place alone
        ("el", "Ο Ιταλία ήρθε.", "Ιταλία", False),  # Italy, a country's whole name
        ("el", "Ο Δευτέρα ήρθε.", "Δευτέρα", False),  # Monday
        ("as", "উত্তৰ অঞ্চলত বৰষুণ হ'ল।", "উত্তৰ", False),  # north, of "উত্তৰ কোৰিয়া": no capital marks a name
    ],
)
def test_native_words_of_longer_place_names(lang: str, sentence: str, word: str, native: bool) -> None:
    audit = Audit(make_input(sentence, lang, source="It rained."))
    tok = next(t for t in audit.article.view.tokens if t.text == word)
    assert (audit._native_word(tok) == word) is native
