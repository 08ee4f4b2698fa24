"""Round 16: a name of common words before a generic head is a brand (its words kept, the head may be
translated), and a place in a name keeps its exonym (``mt_audit.entity_literal``, ``literal_names``).

The embedding is faked (see :func:`test_entity_literal.fake_embed`), so these tests need no model.
"""

from __future__ import annotations

import pytest
from test_entity_literal import fake_embed  # one fake embedder for the entity-literal tests

from mt_audit import lexicon, wordnet_places
from mt_audit.checks.base import make_input
from mt_audit.checks.entities import entities
from mt_audit.entity_literal import brand_like, painted

pytestmark = pytest.mark.skipif(not lexicon.available(), reason="WordNet not installed")

LITERAL = "accuracy/entity-literal"


@pytest.mark.parametrize(
    "word, expected",
    [("vienna", True), ("cologne", True), ("boston", True), ("kenya", True), ("sun", False), ("nice", False),
     ("reading", False), ("fox", False), ("harbor", False)],
)  # fmt: skip
def test_place_name(word: str, expected: bool) -> None:
    assert wordnet_places.place_name(word) is expected


@pytest.mark.parametrize(
    "qualifier, key, head, expected",
    [
        ("bright", "sand", "foundation", True),  # a descriptive adjective, a substance: a picture
        ("dark", "stone", "institute", True),
        ("clean", "air", "council", False),  # a state's body says what it does
        ("free", "software", "foundation", False),  # a subject of the mind: what the body works for
        ("national", "stone", "foundation", False),  # a relational adjective classifies
        ("mine", "stone", "foundation", False),  # no adjective
    ],
)
def test_painted(qualifier: str, key: str, head: str, expected: bool) -> None:
    assert painted(qualifier, key, head) is expected


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Bright Sand Foundation", True),
        ("Dark Stone Institute", True),
        ("Clean Air Council", False),
        ("Free Software Foundation", False),
        ("Cologne Marathon", False),  # a place (also a perfume) and a generic head: the exonym is the convention
        ("Vienna Marathon", False),
        ("Boston Harbor Films", False),
        ("Quiet Fox Films", True),
    ],
)
def test_brand_like_generic_heads_and_places(name: str, expected: bool) -> None:
    assert brand_like(tuple(name.split())) is expected


SOURCE = "On Monday, Quiet Fox Films opened a film studio in the harbour."
#: The source sentence without the name, read as a source phrase by the fake embedding.
REST = "On Monday, opened a film studio in the harbour."


@pytest.mark.parametrize(
    "lang, article, literal",
    [
        # the head's own word in another number, which the source also writes elsewhere ("a film")
        ("da", "Mandag åbnede Stille Ræv Film et filmstudie i havnen.", "Stille Ræv Film"),
        ("da", "Mandag åbnede Quiet Fox Films et filmstudie i havnen.", None),  # kept
        # the head kept alone, in a language without word frequencies: the name's own words are translated
        ("rm", "Glindesdi ha Films Vulp Quieta avert in studio da film en il port.", "Films Vulp Quieta"),
    ],
)
def test_generic_head_does_not_keep_or_hide_a_literal_name(lang: str, article: str, literal: str | None) -> None:
    item = make_input(article, lang, source=SOURCE)
    near = {"Stille Ræv Film": 0.93, "Films Vulp Quieta": 0.93}
    item.embed = fake_embed("Quiet Fox Films", near, source=f"{SOURCE} {REST}")  # type: ignore[attr-defined]
    spans = [f.span for f in entities(item) if f.category == LITERAL]
    assert len(spans) == (1 if literal else 0)
    assert not literal or literal in spans[0]


PLACE_SOURCE = "Cologne Marathon opened a new course in the park."


@pytest.mark.parametrize(
    "lang, article, rendering",
    [
        ("it", "La Maratona di Colonia ha aperto un nuovo percorso nel parco.", "Maratona di Colonia"),
        ("nl", "De Marathon van Keulen opende een nieuw parcours in het park.", "Marathon van Keulen"),
    ],
)
def test_place_name_with_generic_head_is_never_literal(lang: str, article: str, rendering: str) -> None:
    item = make_input(article, lang, source=PLACE_SOURCE)
    item.embed = fake_embed("Cologne Marathon", {rendering: 0.95}, source=PLACE_SOURCE)  # type: ignore[attr-defined]
    assert not [f for f in entities(item) if f.category == LITERAL]
