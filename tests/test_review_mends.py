"""The code review's mends: a figure without its scale word is excused only on evidence that a scale word not read
stands beside it (not where the source's currency or unit does); CLDR's exemplar cities, the written CLDR forms
of a place and the letters of an ending each have one home; a plural stem or a WordNet name of the place renders
a name only past the everyday-word guard; the duration reader and the unit reader share one script rule."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from support import count

from mt_audit import entity_forms
from mt_audit.checks.base import make_input
from mt_audit.checks.entities import MISMATCH, entities
from mt_audit.checks.entities.audit import Audit
from mt_audit.checks.entities.unheard import cldr_written_forms
from mt_audit.checks.numbers import number_mismatch
from mt_audit.checks.numbers_scale import scale_unread
from mt_audit.entity_compare import _ENDING, _STEM_ENDING
from mt_audit.languages import city_names, currency_name_words, world_place_names
from mt_audit.numbers import extract
from mt_audit.units import _glues, script_glues

DAM = "The dam will cost 3.7 billion dollars."
ROAD = "The road is 2.5 thousand kilometres long."
TOWN = "About 5 million people live in the valley."


@pytest.mark.parametrize(
    ("source", "article", "lang", "expected"),
    [
        # no word list: the word after the figure is a scale word not read, the currency after it
        (DAM, "Ka 3.7 piriona tāra te utu o te papuni.", "mi", 0),
        (DAM, "Idama iza kubiza i-3.7 yeebhiliyoni zeedola.", "xh", 0),
        # no word list: the currency CLDR names in the language (Māori "tāra") or in English stands beside it
        (DAM, "Ka 3.7 tāra te utu o te papuni.", "mi", 1),
        (DAM, "Idama iza kubiza 3.7 dollars.", "xh", 1),
        # the unit's CLDR name beside the figure ("manomita", kilometre); its head alone ("mano") is the scale
        (ROAD, "He 2.5 manomita te roa o te huarahi.", "mi", 1),
        (ROAD, "He 2.5 mano manomita te roa o te huarahi.", "mi", 0),
        # nothing tells a scale word from the noun counted: no evidence of a drop
        (TOWN, "Tata ki te 5 miriona tāngata e noho ana ki te raorao.", "mi", 0),
        # languages with word lists, as before
        (DAM, "Der Damm wird 3,7 Milliarden Dollar kosten.", "de", 0),
        (DAM, "Der Damm wird 3,7 Dollar kosten.", "de", 1),
        (DAM, "Le barrage coûtera 3,7 milliards de dollars.", "fr", 0),
        (DAM, "Le barrage coûtera 3,7 dollars.", "fr", 1),
        (DAM, "Zapora będzie kosztować 3,7 miliarda dolarów.", "pl", 0),
        (DAM, "Zapora będzie kosztować 3,7 dolarów.", "pl", 1),
        (DAM, "Bwawa litagharimu dola bilioni 3.7.", "sw", 0),
        (DAM, "Bwawa litagharimu dola 3.7.", "sw", 1),
    ],
)
def test_dropped_scale_needs_evidence(source: str, article: str, lang: str, expected: int) -> None:
    assert count(number_mismatch, article, lang, source) == expected


@pytest.mark.parametrize(
    ("article", "lang", "expected"),
    [
        ("Ka 3.7 piriona tāra te utu.", "mi", True),
        ("Ka 3.7 tāra te utu.", "mi", False),
        ("Ka 3.7 US tāra te utu.", "mi", False),
        ("Ka 3.7. Ko te utu tēnā.", "mi", False),  # nothing beside the figure in its own sentence
    ],
)
def test_scale_unread_reads_the_word_beside_the_figure(article: str, lang: str, expected: bool) -> None:
    (s,) = extract(DAM, "en")
    (a,) = [q for q in extract(article, lang) if q.value == 3.7]
    assert scale_unread(article, a, s, lang) is expected


@pytest.mark.parametrize(
    ("lang", "code", "word"),
    [("mi", "USD", "tāra"), ("fr", "EUR", "euros"), ("xh", "USD", "dollars"), ("de", "JPY", "yen")],
)
def test_currency_name_words(lang: str, code: str, word: str) -> None:
    assert word in currency_name_words(lang, code)


@pytest.mark.parametrize(("lang", "english", "local"), [("de", "Vienna", "Wien"), ("pl", "Vienna", "Wiedeń")])
def test_cities_have_one_home(lang: str, english: str, local: str) -> None:
    assert city_names(lang)[english] == local
    assert (english, local) in world_place_names()


@pytest.mark.parametrize(("phrase", "lang", "form"), [("kenya", "zh", "肯尼亚"), ("vienna", "de", "Wien")])
def test_written_forms_shared(phrase: str, lang: str, form: str) -> None:
    assert cldr_written_forms is entity_forms.cldr_written_forms
    assert form in cldr_written_forms(phrase, lang)
    folded = entity_forms._exonym_index(lang)[phrase]
    assert entity_forms._latin_key(form) in folded


@pytest.mark.parametrize(
    ("rest", "ending", "stem_ending"),
    [("en", True, True), ("ler", False, True), ("ist", True, True), ("x", False, False)],
)
def test_one_ending_alphabet(rest: str, ending: bool, stem_ending: bool) -> None:
    assert bool(_ENDING.fullmatch(rest)) is ending
    assert bool(_STEM_ENDING.fullmatch(rest)) is stem_ending


@pytest.mark.parametrize(
    ("lang", "word", "stem", "synonyms", "expected"),
    [
        ("de", "Alpen", "alp", frozenset(), True),
        ("de", "alpen", "alp", frozenset(), False),  # an everyday lower-case word of the language
        ("da", "Holland", "", frozenset({"holland"}), True),
        ("da", "Sverige", "", frozenset({"holland"}), False),
    ],
)
def test_plural_stem_and_synonym_pass_the_everyday_guard(
    lang: str, word: str, stem: str, synonyms: frozenset[str], expected: bool
) -> None:
    audit = SimpleNamespace(item=SimpleNamespace(lang=lang))
    audit._everyday = lambda script, w: Audit._everyday(audit, script, w)  # type: ignore[attr-defined]
    assert Audit._renamed(audit, "latin", word, stem, synonyms) is expected  # type: ignore[arg-type]


NETHERLANDS = "The team flew from the Netherlands to Spain on Monday, officials said."


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        ("Holdet fløj fra Holland til Spanien mandag, oplyste embedsmænd.", []),
        ("Holdet fløj fra Sverige til Spanien mandag, oplyste embedsmænd.", [MISMATCH]),
    ],
)
def test_wordnet_name_of_the_place_renders_it(article: str, expected: list[str]) -> None:
    assert [f.category for f in entities(make_input(article, "da", source=NETHERLANDS))] == expected


@pytest.mark.parametrize(("lang", "expected"), [("ja", True), ("ko", True), ("th", True), ("en", False), ("fr", False)])
def test_script_glues(lang: str, expected: bool) -> None:
    assert script_glues(lang) is expected
    assert _glues(lang) >= script_glues(lang)
