"""Round 13: a brand translated word for word where the source names a place or a person right after it.

"The trial is led by Blue Harbour Laboratories in Hyderabad": across a function word a longer title goes on
in everyday words ("Ministry of Environmental Protection and Water Management"); a proper name there is
another entity beside the brand, which stays a brand whose rendering may be read as literal.
"""

from __future__ import annotations

import pytest

from mt_audit.checks.base import make_input
from mt_audit.checks.entities import entities
from mt_audit.checks.entities.audit import Audit
from tests.vectors import slot_embed


def _longer_title(source: str, name: str) -> bool:
    audit = Audit(make_input("x", "es", source=source))
    names = [sn for sns in audit.source_names.values() for sn in sns if sn.text == name]
    assert names, f"{name!r} not read as a name of {source!r}"
    return audit._in_longer_title(names[0])


@pytest.mark.parametrize(
    ("source", "name", "expected"),
    [
        # a place after a preposition: another entity, the brand stands alone
        ("The trial is led by Blue Harbour Laboratories in Hyderabad.", "Blue Harbour Laboratories", False),
        ("A study by Quiet River Software in London was published.", "Quiet River Software", False),
        ("Last year Green Meadow Foods in Jakarta hired 40 people.", "Green Meadow Foods", False),
        ("Workers at Copper Hill Mining in Moscow went on strike.", "Copper Hill Mining", False),
        # a title going on in everyday words: a piece of a longer name
        ("He heads Quiet River Software and Cloud Services.", "Quiet River Software", True),
        ("The Ministry of Environmental Protection and Water Management said so.", "Water Management", True),
        # capitals right beside the name, with no function word: one longer name
        ("Shares of Copper Hill Bank Group fell.", "Copper Hill Bank Group", False),
    ],
)
def test_in_longer_title(source: str, name: str, expected: bool) -> None:
    assert _longer_title(source, name) is expected


SOURCE = "Doctors at Silent Orchard Laboratories in Hyderabad tested a new vaccine."
NAME = "Silent Orchard Laboratories"


@pytest.mark.parametrize(
    ("lang", "article", "near", "literal"),
    [
        # the head moved first, the place after the brand: the rendering is read as the brand translated
        (
            "es",
            "Los médicos de Laboratorios Huerto Silencioso en Hyderabad probaron una nueva vacuna.",
            {"Laboratorios Huerto Silencioso": 0.92},
            "Laboratorios Huerto Silencioso",
        ),
        (
            "pt",
            "Os médicos dos Laboratórios Pomar Silencioso em Hyderabad testaram uma nova vacina.",
            {"Laboratórios Pomar Silencioso": 0.92},
            "Laboratórios Pomar Silencioso",
        ),
        # nothing near the name stands in its place: nothing read
        ("es", "Los médicos de Hyderabad probaron una nueva vacuna.", {}, None),
    ],
)
def test_brand_before_a_place_read_as_literal(
    lang: str, article: str, near: dict[str, float], literal: str | None
) -> None:
    item = make_input(article, lang, source=SOURCE)
    item.embed = slot_embed(NAME, SOURCE, near)  # type: ignore[attr-defined]
    spans = [f.span for f in entities(item) if f.category == "accuracy/entity-literal"]
    assert spans == ([literal] if literal else [])
