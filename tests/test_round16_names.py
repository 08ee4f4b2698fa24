"""Names, round 16: a place called by its main part or by the whole it belongs to (WordNet), a name said in a
script with capitals however often the language writes it, a CLDR word whose marks differ, and a place's class
word said the language's way beside its own name are no dropped or replaced name; a word of another script that
says another source word is no mention of the name; an English synonym swapped into a name kept in English, also
where the language has the word too, or before the name's connectors kept as written, or in a sentence the
alignment gave a neighbour, is a corrupted name."""

from __future__ import annotations

import pytest
from support import emitted

from mt_audit import wordnet_places
from mt_audit.checks.entities.places import named_as_written

CORRUPTED = "accuracy/entity-corrupted"
MISMATCH = "accuracy/entity-mismatch"


@pytest.mark.parametrize(
    ("name", "other", "near"),
    [
        ("Spitsbergen", "svalbard", True),  # an island, and the archipelago it belongs to
        ("United Kingdom", "scotland", True),  # a kingdom and a country of it
        ("Chad", "n'djamena", False),  # a capital is another kind of place
        ("Germany", "berlin", False),
        ("Texas", "houston", False),  # a city is no part of the state's kind
    ],
)
def test_sibling_places(name: str, other: str, near: bool) -> None:
    assert (other in wordnet_places.sibling_places(name)) is near


@pytest.mark.parametrize(
    ("word", "kind"), [("fjord", True), ("plateau", True), ("glacier", True), ("lantern", False), ("films", False)]
)
def test_place_class(word: str, kind: bool) -> None:
    assert wordnet_places.place_class(word) is kind


@pytest.mark.parametrize(
    ("word", "lang", "named"),
    [
        ("Đông", "vi", True),  # east, a word of CLDR's "Đông Á"
        ("Đồng", "vi", False),  # other marks: another word, folded alike
        ("Anh", "vi", True),
        ("Germany", "de", True),  # an English name's word
    ],
)
def test_named_as_written(word: str, lang: str, named: bool) -> None:
    assert named_as_written(word, lang) is named


def _codes(source: str, article: str, lang: str) -> set[str]:
    return {f.category for f in emitted("entities", article, lang, source, source_lang="en")}


WALRUS = "Walruses rest on the beaches of Svalbard in summer."
MUSEUM = "The museum in Saint Petersburg opened a new hall."
DELTA = "Rice farmers in the Mekong Delta lost much of their harvest."
TOMB = "Visitors saw gold from the tomb of Akhenaten for the first time."


@pytest.mark.parametrize(
    ("source", "article", "lang", "code"),
    [
        # the archipelago called by its main island, in Latin letters and in Cyrillic
        (WALRUS, "Walrosse ruhen im Sommer an den Stränden Spitzbergens.", "de", None),
        (WALRUS, "Летом моржи отдыхают на пляжах Шпицбергена.", "ru", None),
        (WALRUS, "Летом моржи отдыхают на пляжах.", "ru", MISMATCH),
        (WALRUS, "Walrosse ruhen im Sommer an den Stränden Grönlands.", "de", MISMATCH),
        # a city a language writes often, capitalised inside the sentence
        (MUSEUM, "Музей в Санкт-Петербурге открыл новый зал.", "ru", None),
        # a delta's class word said the language's way beside its own name for the river
        (DELTA, "Nông dân trồng lúa ở Đồng bằng sông Cửu Long mất nhiều lúa.", "vi", None),
        # an English "kh" is one letter of the script; a long name spelt by several words of Arabic script
        (TOMB, "شاهد الزوار لأول مرة ذهبا من مقبرة أخ إن آتون.", "ar", None),
        (TOMB, "המבקרים ראו לראשונה זהב מקברו של אחנאתון.", "he", None),
    ],
)
def test_clean_place_renderings(source: str, article: str, lang: str, code: str | None) -> None:
    codes = _codes(source, article, lang)
    assert (code in codes) if code else MISMATCH not in codes


FERRY = "The ferries are run by Evening Star Lines, a firm from Chile."
PLANT = "The plant is run by Grey Heron Power, a firm from Chile."
BANK = "The Bank of Peru raised its rate on Monday."
FILM = "A film about the bridge is made by Red Fox Films, a studio in Lima."


@pytest.mark.parametrize(
    ("source", "article", "lang", "corrupted"),
    [
        # a word of the language that is also an English synonym of the name's word, beside words kept in English
        (FERRY, "Die Fähren betreibt Evening Prima Lines, eine Firma aus Chile.", "de", True),
        (FERRY, "Die Fähren betreibt Evening Star Lines, eine Firma aus Chile.", "de", False),
        (PLANT, "L'impianto è gestito da Grey Heron Magnate, una ditta cilena.", "it", True),
        (PLANT, "L'impianto è gestito da Grey Heron Energia, una ditta cilena.", "it", False),
        # the connector kept as written, the word before it swapped
        (BANK, "De Cant of Peru verhoogde maandag haar rente.", "nl", True),
        (BANK, "De Bank of Peru verhoogde maandag haar rente.", "nl", False),
        # the article's word for the source's "film" is no mention of the name "Films"
        (FILM, "Фільм про міст знімає студія Red Fox Picture з Ліми.", "uk", True),
        (FILM, "Фільм про міст знімає студія Red Fox Films з Ліми.", "uk", False),
    ],
)
def test_synonym_swapped_into_kept_name(source: str, article: str, lang: str, corrupted: bool) -> None:
    assert (CORRUPTED in _codes(source, article, lang)) is corrupted


NEIGHBOURS = "Ana Lopez won the race. Her sponsor, Grey Rock Sports, has backed her for years. She trains in Quito."
WON = "อานา โลเปซ ชนะการแข่งขัน"
BACKED = "ผู้สนับสนุนของเธอ ให้การสนับสนุนเธอมาหลายปี เธอฝึกซ้อมที่กีโต"


@pytest.mark.parametrize(
    ("article", "code"),
    [
        # Thai glues the name onto the sentence before: the alignment gives that one to the first source sentence
        (f"{WON} Gloomy Rock Sports {BACKED}", CORRUPTED),
        (f"{WON} Grey Rock Sports {BACKED}", None),
    ],
)
def test_damage_in_neighbour(article: str, code: str | None) -> None:
    beads = [((0,), (0, 1, 2)), ((1,), (3,)), ((2,), (4,))]  # the name's source sentence aligned past it
    found = emitted("entities", article, "th", NEIGHBOURS, source_lang="en", beads=beads)
    codes = {f.category for f in found}
    assert (code in codes) if code else not codes & {CORRUPTED, MISMATCH}


@pytest.mark.parametrize(
    ("name", "fewer"),
    [
        ("Alvik", True),  # Thai writes its "v" with a glide: two consonants are left to hear
        ("Grindavík", True),
        ("Oslo", False),
        ("Kiruna", False),
    ],
)
def test_glides_left_out_of_a_name_heard_in_runs(name: str, fewer: bool) -> None:
    """Scripts without a "v" write it with a glide the skeleton counts as a vowel: the name is heard without it."""
    from mt_audit.checks.entities.unheard import _without_glides
    from mt_audit.entity_forms import loose_skeleton

    assert (len(_without_glides(name)) < len(loose_skeleton(name))) is fewer
