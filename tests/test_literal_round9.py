"""Institutions named by a picture, and literal renderings that open a sentence (``mt_audit.entity_literal``).

The embedding is faked: each test says how near the name each phrase is, so these tests need no model.
"""

from __future__ import annotations

import pytest
from test_entity_literal import fake_embed  # one fake embedder for the entity-literal tests

from mt_audit.entity_literal import brand_like, concrete, literal_reading, opening, pictured
from mt_audit.lexicon import relational_adjective

NAME = "Quiet Meadow Council"
CONTEXT = "opened a new shop"


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Quiet Meadow Council", True),  # a descriptive adjective and a landscape: a picture
        ("Golden Hill Association", True),
        ("Bright Lake Institute", True),  # a lake is also a pigment, but first of all water
        ("Sun Valley Foundation Council", False),  # "Foundation" before the head: no picture right before it
        ("National Meadow Council", False),  # "national" relates to a nation: a scope, not a picture
        ("Community Garden Association", False),  # a noun that is no thing of nature qualifies the garden
        ("Mine Workers Union", False),  # workers are people first (an insect only in a rarer sense)
        ("Clean Water Agency", False),  # water is a substance
        ("Road Safety Agency", False),  # what the agency does
        ("Meadow Council", False),  # two words: the head and one word, too often a plain description
    ],
)
def test_brand_like_pictured_institutions(name: str, expected: bool) -> None:
    assert brand_like(tuple(name.split())) is expected


@pytest.mark.parametrize(
    "key, expected",
    [("meadow", True), ("orchards", True), ("lake", True), ("eagle", True), ("workers", False), ("water", False),
     ("safety", False), ("rifle", False)],
)  # fmt: skip
def test_concrete(key: str, expected: bool) -> None:
    assert concrete(key) is expected


@pytest.mark.parametrize(
    "qualifier, key, expected",
    [("quiet", "meadow", True), ("sun", "valley", True), ("financial", "meadow", False),
     ("community", "garden", False), ("quiet", "safety", False)],
)  # fmt: skip
def test_pictured(qualifier: str, key: str, expected: bool) -> None:
    assert pictured(qualifier, key) is expected


@pytest.mark.parametrize(
    "word, expected",
    [("national", True), ("financial", True), ("environmental", True), ("green", False), ("quiet", False),
     ("meadow", False)],
)  # fmt: skip
def test_relational_adjective(word: str, expected: bool) -> None:
    assert relational_adjective(word) is expected


@pytest.mark.parametrize(
    "text, phrase, expected",
    [
        ("Prado tranquilo abrió una tienda.", "Prado tranquilo", True),
        ("Ayer prado tranquilo abrió una tienda.", "prado tranquilo", False),
        ("«Prado tranquilo» abrió una tienda.", "Prado tranquilo", True),  # the first word, after a quotation mark
        ("prado tranquilo abrió una tienda.", "prado tranquilo", False),  # no capital at all
    ],
)
def test_opening(text: str, phrase: str, expected: bool) -> None:
    assert opening(text, text.index(phrase)) is expected


@pytest.mark.parametrize(
    "lang, text, phrase, organisation, found",
    [
        ("ky", "Тынч шалбаа кеңеши дүкөн ачты.", "Тынч шалбаа кеңеши", True, True),  # opens, one capital
        ("ky", "Тынч шалбаа кеңеши дүкөн ачты.", "Тынч шалбаа кеңеши", False, False),  # maybe an event, described
        ("ky", "Кечээ тынч шалбаа кеңеши дүкөн ачты.", "тынч шалбаа кеңеши", True, False),  # lower case within
        ("es", "Consejo del prado tranquilo abrió una tienda.", "Consejo", True, False),  # one word opening
        ("de", "Ruhige Wiesenrat eröffnete einen Laden.", "Ruhige Wiesenrat", True, False),  # nouns have capitals
    ],
)
def test_literal_reading_at_the_opening(lang: str, text: str, phrase: str, organisation: bool, found: bool) -> None:
    embed = fake_embed(NAME, {phrase: 0.93})
    r = literal_reading(NAME, NAME.split(), CONTEXT, text, lang, embed, titles=not organisation)
    assert (r is not None and text[r.start : r.end] == phrase) is found
