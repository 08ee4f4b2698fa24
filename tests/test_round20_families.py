"""Round 20: recall per language family on the twelfth planted set's weakly read languages.

An article the embedder reads weakly (Yakut) is attributed by the agreement of its anchors with its source's
(:func:`mt_audit.attribute.by_anchors`). A name it writes in its own script ("Аслак Сара", "Хельсинкитээҕи", in
Helsinki) anchors its sentence as a Latin copy does, read in Latin letters by ICU; before, only Latin copies
counted, and an article whose one Latin name was dropped or translated fell under the attribution threshold, so
none of its names and figures were checked (a dropped "North Wind Cooperative", a changed "800").
"""

from __future__ import annotations

import pytest

from mt_audit.anchors import heard_names, writes_name
from mt_audit.attribute import _shared_anchors, attribution
from mt_audit.segment import segment
from mt_audit.types import Bead
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
