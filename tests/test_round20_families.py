"""Round 20: recall per language family on the twelfth planted set's weakly read languages.

An article the embedder reads weakly (Yakut) is attributed by the agreement of its anchors with its source's
(:func:`mt_audit.attribute.by_anchors`). A name it writes in its own script ("Аслак Сара", "Хельсинкитээҕи", in
Helsinki) anchors its sentence as a Latin copy does, read in Latin letters by ICU; before, only Latin copies
counted, and an article whose one Latin name was dropped or translated fell under the attribution threshold, so
none of its names and figures were checked (a dropped "North Wind Cooperative", a changed "800").

A one-word place WordNet names by one word only ("Geneva", "Genf"; not "Britain", also "United Kingdom") is told
dropped in a language with capitals when no trace of it stands there, its exonym being one capitalised word: before,
the first sense of "geneva" (a gin) hid the city. A capitalised opener with a case ending set off by an apostrophe
("Cenevre'deki") may be that exonym.
"""

from __future__ import annotations

import pytest
from support import emitted

from mt_audit.anchors import heard_names, writes_name
from mt_audit.attribute import _shared_anchors, attribution
from mt_audit.lexicon import noun_senses
from mt_audit.segment import segment
from mt_audit.types import Bead
from mt_audit.wordnet_places import named_place, proper_noun_senses
from tests.test_round19_align import HERDERS, YAKUT, YAKUT_GLACIERS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("«Оҕолорбут бу үлэни үлэлиир», — диэтэ табаһыт Аслак Сара.", {"Aslak", "Sara"}),  # Cyrillic, read by ICU
        ("Табаһыттар сойуустара бу дьыаланы Хельсинкитээҕи суукка биэрдэ.", {"Helsinkiteegi"}),  # soft sign dropped
        ("The city bought 300 buses in Bogotá.", {"Bogota"}),  # accents fold alike on both sides
        ("Лапландия табаһыттара сүтэрэн эрэллэр.", set()),  # a sentence's first word names nothing
        ("ᐅᖃᓕᒫᒐᓂᒃ ᓂᐅᕕᕐᕕᒃ ᐅᒃᑯᐃᓚᐅᖅᓯᒪᔪᖅ 1892-ᒥ.", set()),  # a script without capitals shows no name
    ],
)
def test_heard_names(text: str, expected: set[str]) -> None:
    assert heard_names(text) == expected


@pytest.mark.parametrize(
    ("name", "words", "written"),
    [
        ("Helsinki", {"Helsinkiteegi"}, True),  # with a Yakut case ending
        ("Aslak", {"Aslak", "Sara"}, True),
        ("Sara", {"Saranov"}, True),
        ("Ana", {"Anatoli"}, False),  # three letters open other names by chance
        ("Helsinki", {"Helsing"}, False),  # shorter than the name: another word
    ],
)
def test_writes_name(name: str, words: set[str], written: bool) -> None:
    assert writes_name(name, frozenset(words)) is written


def test_shared_anchors_read_through_scripts() -> None:
    """The Yakut sentence writes the source's "Helsinki" with a case ending and its figures: three anchors shared
    ("North Wind Cooperative" dropped); before, none of the names."""
    src = ["The herders' union has taken the case to a court in Helsinki, with 800 and 200 members."]
    art = ["Табаһыттар сойуустара 800 уонна 200 бу дьыаланы Хельсинкитээҕи суукка биэрдэ."]
    tokens = [[heard_names(t) | {f"#{n}" for n in ("800", "200") if n in t} for t in side] for side in (src, art)]
    assert _shared_anchors(Bead((0,), (0,), 0.8), tokens) == 3


def _attributed(embedder, source: list[str], article: list[str], lang: str) -> float:
    src = [s.text for s in segment(" ".join(source), "en")]
    art = [s.text for s in segment(" ".join(article), lang)]
    att = attribution(
        embedder.encode(src), embedder.encode(art), [len(s) for s in src], [len(s) for s in art],
        lang=lang, texts=(src, art), anchors=True,
    )  # fmt: skip
    return att.score


NAME = "North Wind Cooperative"


@pytest.mark.parametrize(
    ("article", "derives"),
    [
        (YAKUT, True),  # 0.60 before, 0.73 now
        ([s.replace(f"{NAME} ", "") for s in YAKUT], True),  # the name dropped: 0.43 before (unattributed)
        ([s.replace(NAME, "Хотугу Тыал Кооператива") for s in YAKUT], True),  # translated: 0.46 before
        ([s.replace("800", "600") for s in YAKUT], True),  # a figure changed: 0.48 before
        (YAKUT_GLACIERS, False),  # another story in the same language: its names are other names
    ],
)
def test_weakly_read_article_attributed_by_names_in_its_script(embedder, article: list[str], derives: bool) -> None:
    assert (_attributed(embedder, HERDERS, article, "sah") >= 0.5) is derives


@pytest.mark.parametrize(
    ("word", "named"),
    [
        ("Geneva", True),  # first sense a gin; its city's other names "Geneve", "Genf"
        ("geneva", True),
        ("Florence", True),  # "Firenze"
        ("Helsinki", True),  # "Helsingfors"; "capital of Finland" is a description
        ("Britain", False),  # also "United Kingdom", "Great Britain": rendered word by word
        ("Rome", False),  # also "Eternal City"
        ("Danube", False),  # a river: no instance of a location
        ("herder", False),
    ],
)
def test_named_place(word: str, named: bool) -> None:
    assert named_place(word) is named


def test_a_names_senses_are_those_written_capitalised() -> None:
    assert noun_senses("geneva")[0] not in proper_noun_senses("geneva")
    assert proper_noun_senses("geneva")


MISMATCH = "accuracy/entity-mismatch"
GLACIERS = "Glaciologists in Geneva say that Swiss glaciers have lost a quarter of their ice in twenty years."


@pytest.mark.parametrize(
    ("lang", "article", "expected"),
    [
        ("ru", "По словам гляциологов из Женевы, за двадцать лет швейцарские ледники потеряли четверть своего льда.",
         []),
        ("ru", "По словам гляциологов из, за двадцать лет швейцарские ледники потеряли четверть своего льда.",
         [MISMATCH]),  # was not told: the gin
        ("tr", "Cenevre'deki buzul bilimciler, İsviçre buzullarının yirmi yılda buzlarının dörtte birini "
         "kaybettiğini söylüyor.", []),  # the exonym opens the sentence, its case ending set off
        ("tr", "Buzul bilimciler, İsviçre buzullarının yirmi yılda buzlarının dörtte birini kaybettiğini söylüyor.",
         [MISMATCH]),  # was not told
        ("fj", "Era kaya na dauvakadidike ni uciwai aisi mai Geneva ni sa yali e dua na ikava ni nodra aisi na "
         "uciwai aisi mai Switzerland ena rua na tini na yabaki.", []),
        ("fj", "Era kaya na dauvakadidike ni uciwai aisi ni sa yali e dua na ikava ni nodra aisi na "
         "uciwai aisi mai Switzerland ena rua na tini na yabaki.", [MISMATCH]),  # was not told
    ],
)  # fmt: skip
def test_a_place_named_by_one_word_dropped(lang: str, article: str, expected: list[str]) -> None:
    assert [f.category for f in emitted("entities", article, lang, source=GLACIERS)] == expected
