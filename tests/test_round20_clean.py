"""Clean sentences, round 20: a place's or a water's own name in the language ("Ostsee", "Østersjøen" for the Baltic
Sea; "호주" for Australia), which neither CLDR nor a likeness of sound gives, is read by word embeddings as the whole
name and is no dropped name; where the name was dropped, the words left stay unread as it and the drop is told."""

from __future__ import annotations

import numpy as np
import pytest
from support import kind_spans

from mt_audit.entity_alignment import phrase_nearest
from mt_audit.wordnet_places import geographic

BALTIC = "Could other routes in the Baltic Sea follow soon?"
SHIPS = "Two ships collided in the Baltic Sea on Monday night."
FIREFIGHTERS = "More than 600 firefighters, some of them from Australia, are fighting the flames."
LUXOR = "Archaeologists working near Luxor have found a tomb more than 3,000 years old."


@pytest.mark.parametrize(
    ("name", "geo"),
    [
        ("Baltic Sea", True),  # an instance of a sea: a body of water, which place_instance leaves out
        ("Danube", True),
        ("Gulf of Finland", True),
        ("Alps", True),
        ("Australia", True),
        ("Seville", True),
        ("Google", False),  # a company
        ("Amazon", False),  # first a warrior woman
        ("Victoria", False),  # first a queen
    ],
)
def test_geographic(name: str, geo: bool) -> None:
    assert geographic(name) is geo


def _toy_embed(vectors: dict[str, list[float]]):
    """Unit vectors: the given ones (3 dimensions, padded), and for any other text a dimension of its own."""

    def embed(texts):
        rows = np.zeros((len(texts), 3 + len(texts)))
        for k, t in enumerate(texts):
            rows[k, :3] = vectors.get(t, [0.0, 0.0, 0.0])
            rows[k, 3 + k] = 0.0 if t in vectors else 1.0
        return rows / np.linalg.norm(rows, axis=1, keepdims=True)

    return embed


@pytest.mark.parametrize(
    ("vectors", "expected"),
    [
        # the target word reads as the whole name and as nothing else of the sentence: found
        ({"baltic sea": [1, 0, 0], "Ostsee": [1, 0.1, 0], "routes": [0, 1, 0], "Routen": [0, 1, 0.1]}, 1),
        # the word nearest the name translates another word of the sentence better: claimed by it
        ({"baltic sea": [1, 0.6, 0], "Routen": [0.6, 1, 0], "routes": [0.55, 1, 0]}, None),
    ],
)
def test_phrase_nearest(vectors: dict[str, list[float]], expected: int | None) -> None:
    found = phrase_nearest(
        "Baltic Sea", ["routes", "the", "Baltic", "Sea"], ["Routen", "Ostsee", "folgen"], _toy_embed(vectors)
    )
    assert (None if found is None else found[0]) == expected


@pytest.mark.parametrize(
    ("lang", "source", "article", "expected"),
    [
        # the language's own name for the place stands there: no drop
        ("de", BALTIC, "Könnten bald weitere Routen in der Ostsee folgen?", []),
        ("no", BALTIC, "Kan andre ruter i Østersjøen snart følge etter?", []),
        ("ko", FIREFIGHTERS, "600명이 넘는 소방관이 불길과 싸우고 있으며, 이 중 일부는 호주에서 왔다.", []),
        ("de", SHIPS, "Zwei Schiffe sind am Montagabend in der Ostsee zusammengestoßen.", []),
        # the name dropped: the words left are read as no name, and the drop is told
        ("de", BALTIC, "Könnten bald weitere Routen in der folgen?", [("entity-mismatch", "Baltic Sea")]),
        ("no", BALTIC, "Kan andre ruter i snart følge etter?", [("entity-mismatch", "Baltic Sea")]),
        ("ko", FIREFIGHTERS, "600명이 넘는 소방관이 불길과 싸우고 있으며, 이 중 일부는 에서 왔다.",
         [("entity-mismatch", "Australia")]),
        # a lower-case word left beside the gap ("luce") reads a little like the name: no exonym
        ("it", LUXOR, "Alcuni archeologi al lavoro vicino a hanno portato alla luce una tomba di oltre 3.000 anni.",
         [("entity-mismatch", "Luxor")]),
    ],
)  # fmt: skip
def test_own_name_of_a_place_is_no_drop(
    embedder, lang: str, source: str, article: str, expected: list[tuple[str, str]]
) -> None:
    found = kind_spans("entities", article, lang, source=source, embed=embedder.encode)
    assert [(kind, src) for kind, _, src in found] == expected
