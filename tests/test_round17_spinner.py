"""Round 17: spinner swaps told by letters a language's alphabet lacks (CLDR), by letters that read English where a
surname's count stands for the word in the article's list, and by a leak gap read to wordfreq's two decimals."""

from __future__ import annotations

import pytest
from support import UNTRANSLATED_SPINNER, kind_spans

from mt_audit.checks.spinner import _english_letters
from mt_audit.identify import supported
from mt_audit.languages import outside_alphabet
from mt_audit.lexicon import available, has_frequencies, zipf_gap

pytestmark = pytest.mark.skipif(
    not (has_frequencies("fr") and available() and supported("fr")), reason="wordfreq, WordNet or lingua missing"
)


@pytest.mark.parametrize(
    ("word", "lang", "outside"),
    [
        ("fry", "haw", True),  # Hawaiian writes no f, r or y
        ("vale", "haw", True),  # nor v
        ("keiki", "haw", False),
        ("ʻāina", "haw", False),  # the ʻokina and the kahakō are its own
        ("kilo", "haw", False),  # a loan spelt with its letters
        ("giants", "ln", False),  # Lingala's alphabet has every letter of it
        ("steel", "ms", False),  # a-z: every Latin word fits
        ("route", "bo", False),  # CLDR lists no Latin letters for Tibetan: nothing to say
    ],
)
def test_outside_alphabet(word: str, lang: str, outside: bool) -> None:
    assert outside_alphabet(word, lang) is outside


def test_gap_reads_two_decimals() -> None:
    assert zipf_gap(4.31, 3.31) == 1.0
    assert zipf_gap(4.31, 3.32) < 1.0


@pytest.mark.parametrize(
    ("word", "lang", "english"),
    [
        ("fisher", "fr", True),  # a surname's count in French; its letters read English
        ("fisher", "nl", True),
        ("area", "id", False),  # a loan Indonesian writes among its core words
        ("vale", "nl", False),  # Dutch "vaal", inflected: its letters read Dutch
        ("Fisher", "fr", False),  # capitalised: a name
        ("pêcheur", "fr", False),
        ("kilo", "lg", False),  # no list for Luganda: the unlisted rules judge, and the world writes "kilo"
    ],
)
def test_english_letters(word: str, lang: str, english: bool) -> None:
    assert _english_letters(word, lang) is english


SRC_FISH = "A fisherman said the water came into his house in minutes."
SRC_KIDS = "Our children no longer want to grow cocoa, said a farmer."
SRC_VALLEY = "How long can the valley below stay safe?"
SRC_WHALES = "Scientists counted 37 whales near the coast last month."


@pytest.mark.parametrize(
    ("article", "lang", "source", "found"),
    [
        (
            "Un fisher a dit que l'eau était entrée dans sa maison en quelques minutes.",
            "fr",
            SRC_FISH,
            [("spinner-substitution", "fisher", "fisherman")],
        ),
        (
            "Een fisher zei dat het water binnen enkele minuten zijn huis binnenkwam.",
            "nl",
            SRC_FISH,
            [("spinner-substitution", "fisher", "fisherman")],
        ),
        (
            "ʻAʻole makemake hou kā mākou fry e kanu i ke kakao, wahi a kekahi mahiʻai.",
            "haw",
            SRC_KIDS,
            [("spinner-substitution", "fry", "children")],
        ),
        (
            "Pehea ka lōʻihi e palekana ai ka vale ma lalo?",
            "haw",
            SRC_VALLEY,
            [],  # outside the alphabet, but Spanish, a language of its country, writes "vale" more than English
        ),
        (
            "Sanza eleki, bato ya siansi batangaki giants 37 pembeni ya libongo.",
            "ln",
            SRC_WHALES,
            [("spinner-substitution", "giants", "whales")],
        ),
        # clean twins: the language's own words
        ("Un pêcheur a dit que l'eau était entrée dans sa maison en quelques minutes.", "fr", SRC_FISH, []),
        ("Een visser zei dat het water binnen enkele minuten zijn huis binnenkwam.", "nl", SRC_FISH, []),
        ("ʻAʻole makemake hou kā mākou keiki e kanu i ke kakao, wahi a kekahi mahiʻai.", "haw", SRC_KIDS, []),
        ("Pehea ka lōʻihi e palekana ai ke awāwa ma lalo?", "haw", SRC_VALLEY, []),
        ("Sanza eleki, bato ya siansi batangaki balɛni 37 pembeni ya libongo.", "ln", SRC_WHALES, []),
        # a loan Indonesian writes as its own, where the source has a synonym
        ("Banjir melanda area itu minggu lalu.", "id", "Floods hit the region last week.", []),
    ],
)
def test_spinner_swaps(article: str, lang: str, source: str, found: list[tuple[str, str, str]]) -> None:
    assert kind_spans(UNTRANSLATED_SPINNER, article, lang, source) == found
