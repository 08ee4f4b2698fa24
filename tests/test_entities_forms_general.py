"""Names in a language's own forms (CLDR, WordNet pertainyms, sound), and names damaged inside."""

from __future__ import annotations

import pytest

from mt_audit.checks.base import make_input
from mt_audit.checks.entities import CORRUPTED, MISMATCH, entities
from mt_audit.checks.entities.audit import Audit
from mt_audit.entity_compare import demonyms
from mt_audit.entity_forms import stem_renders


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("dutch", True),  # WordNet: of the Netherlands; CLDR: a language
        ("greek", True),
        ("french", True),
        ("pakistani", True),
        ("nairobi", False),  # a city with a demonym's ending
        ("helsinki", False),
        ("truman", False),
        ("milan", False),
    ],
)
def test_demonyms(word: str, expected: bool) -> None:
    assert (word in demonyms()) is expected


@pytest.mark.parametrize(
    ("form", "word", "expected"),
    [
        ("azja", "azji", True),  # a short form's final vowel gives way to a case ending
        ("azja", "azję", False),  # unfolded: callers fold first
        ("azja", "azje", True),
        ("lima", "limb", False),  # the ending must open with a vowel
        ("peru", "perl", False),
        ("bec", "becu", True),  # after a final consonant
        ("bec", "becki", False),
    ],
)
def test_short_case_forms(form: str, word: str, expected: bool) -> None:
    assert stem_renders(form, word) is expected


PAINTER = "The gallery bought a work by the painter Willem van den Broek."
HILL = "The painter Anouk van der Hill opened a studio in the harbour."


@pytest.mark.parametrize(
    ("lang", "source", "article", "expected"),
    [
        # a particle swapped for an English word by a spinner
        ("fr", PAINTER, "La galerie a acheté une œuvre du peintre Willem Caravan den Broek.", [CORRUPTED]),
        ("nl", PAINTER, "De galerie kocht een werk van de schilder Willem Vanguard den Broek.", [CORRUPTED]),
        ("fr", PAINTER, "La galerie a acheté une œuvre du peintre Willem van den Broek.", []),
        ("de", PAINTER, "Die Galerie kaufte ein Werk des Malers Willem Van den Broek.", []),
        # the last word swapped after the particles, kept as written
        ("es", HILL, "La pintora Anouk van der Mound abrió un estudio en el puerto.", [CORRUPTED]),
        ("es", HILL, "La pintora Anouk van der Hill abrió un estudio en el puerto.", []),
        # another word of the source moved between a title and the name
        (
            "id",
            "Oracle CEO Dana Whitfield spoke on Monday.",
            "CEO Oracle Dana Whitfield berbicara pada hari Senin.",
            [],
        ),
    ],
)
def test_words_swapped_inside_a_name(lang: str, source: str, article: str, expected: list[str]) -> None:
    assert [f.category for f in entities(make_input(article, lang, source=source))] == expected


@pytest.mark.parametrize(
    ("lang", "source", "article"),
    [
        # the language's own spelling, where wordfreq has no list: CLDR's form, or a sound spelling
        ("az", "Exports to Asia grew last year.", "Keçən il Asiyaya ixrac artdı."),
        ("cy", "The musician lived in Vienna for years.", "Bu'r cerddor yn byw yn Fienna am flynyddoedd."),
        ("uz", "The poet Jakob Lindqvist read a new poem.", "Shoir Yakob Lindqvist yangi sheʼrini oʻqidi."),
        # a short CLDR form with a case ending
        ("pl", "Exports to Asia grew last year.", "W zeszłym roku eksport do Azji wzrósł."),
        ("hi", "The conference in Copenhagen ended on Friday.", "कोपेनहेगन में सम्मेलन शुक्रवार को समाप्त हुआ।"),
        # a weekday is no rendering of a name that sounds like it ("সোমবার", Monday, and "Seville")
        ("bn", "Doctors in Seville began the trial on Monday.", "চিকিৎসকরা সোমবার পরীক্ষা শুরু করেছেন।"),
        # an adjective of a people, in the language's words
        ("pl", "He bought a painting by a Dutch master.", "Kupił obraz holenderskiego mistrza."),
        ("da", "He bought a painting by a Dutch master.", "Han købte et maleri af en hollandsk mester."),
        # an institution's translated name opening the sentence, in lower case but its first word
        (
            "cs",
            "The Regional Museum opened a new exhibition on Monday.",
            "Regionální muzeum v pondělí otevřelo novou výstavu.",
        ),
    ],
)
def test_own_forms_are_no_damage(lang: str, source: str, article: str) -> None:
    assert list(entities(make_input(article, lang, source=source))) == []


@pytest.mark.parametrize(
    ("lang", "source", "article"),
    [
        ("id", "The talks took place in Helsinki last week.", "Pembicaraan itu berlangsung pekan lalu."),
        ("pt", "The summit will be held in Helsinki in May.", "A cimeira realizar-se-á em maio."),
        # a place CLDR names in the language, in a script without capitals: neither its form nor its sound
        ("hi", "The conference in Copenhagen ended on Friday.", "सम्मेलन शुक्रवार को समाप्त हुआ।"),
        # a brand opening its sentence, dropped: the opener is an ordinary word
        ("pl", "Silver Meadow Foods reported higher sales.", "Firma odnotowała wyższą sprzedaż."),
    ],
)
def test_dropped_names(lang: str, source: str, article: str) -> None:
    assert [f.category for f in entities(make_input(article, lang, source=source))] == [MISMATCH]


def test_kept_brand_in_german_is_silent() -> None:
    source = "The deal was signed by Silver Meadow Foods on Monday."
    article = "Der Vertrag wurde am Montag von Silver Meadow Foods unterzeichnet."
    assert list(entities(make_input(article, "de", source=source))) == []


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        ("চিকিৎসকরা সোমবার পরীক্ষা শুরু করেছেন।", False),  # "সোমবার" (Monday) sounds like "Seville"
        ("সেভিলের চিকিৎসকরা সোমবার পরীক্ষা শুরু করেছেন।", True),
    ],
)
def test_calendar_words_render_no_name(article: str, expected: bool) -> None:
    audit = Audit(make_input(article, "bn", source="Doctors in Seville began the trial on Monday."))
    name = next(sn for sn in audit.source_names[0] if sn.text == "Seville")
    assert audit.rendered(name, [0]) is expected
