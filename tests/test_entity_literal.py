"""Brands translated word for word, found by embeddings without a back-translation (``mt_audit.entity_literal``).

The embedding is faked: each test says how near the name each phrase is, so these tests need no model.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence

import numpy as np
import pytest

from mt_audit.checks.base import make_input
from mt_audit.checks.entities import entities
from mt_audit.entity_literal import (
    MIN_COSINE,
    brand_like,
    kept,
    literal_reading,
    name_cased,
    name_kept,
    nearest,
    phrases,
    press_named,
    runs,
    shortlist,
    slot_gains,
    slot_scores,
    titled,
    word_spans,
)

LITERAL = "accuracy/entity-literal"
DIM = 256
#: The source sentence without the name, in the tests of :func:`literal_reading`.
SOURCE_REST = "opened a new shop"


def fake_embed(name: str, near: Mapping[str, float], far: float = 0.80, source: str = ""):
    """Vectors whose cosine with ``name``'s is ``near[text]`` (``far`` for any other target text, 0.5
    for a phrase of ``source``, by default :data:`SOURCE_REST`), and with the source sentence's (any text starting with
    "opened") zero."""

    def vec(text: str) -> np.ndarray:
        e = np.zeros(DIM, dtype=np.float32)
        if text == name or text.startswith("opened"):
            e[0 if text == name else 1] = 1.0
            return e
        if text in (source or SOURCE_REST):  # a source phrase: half the name, and nothing of the target's
            e[0], e[2] = 0.5, np.sqrt(0.75)
            return e
        seed = int.from_bytes(hashlib.sha256(text.encode()).digest()[:4], "little")
        u = np.random.default_rng(seed).standard_normal(DIM).astype(np.float32)
        u[:3] = 0.0
        u /= np.linalg.norm(u)
        c = near.get(text, far)
        e = np.sqrt(1 - c * c) * u
        e[0] = c
        return e

    def embed(texts: Sequence[str]) -> np.ndarray:
        return np.stack([vec(t) for t in texts])

    return embed


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Quiet Harbor Software", True),
        ("Hidden Garden Music", True),
        ("Paper Moon Studios", True),
        ("Apple", False),  # one word is too often just a word
        ("Red Cross", False),  # WordNet lists it: translated by convention
        ("Polish Chess Federation", False),  # a CLDR language name in it
        ("Paris Light Media", False),  # a CLDR city in it
        ("Temple of Light", False),  # function words: a title, not a brand
        ("Harbor Bank", False),  # headed by an institution's word
        ("Silver Valley Bank", True),  # ... after an image from nature: a brand
        ("Central Election Commission", False),  # ... after words saying what it does: translated
        ("National Health Service", False),
        ("Federal Trade Bureau", False),
        ("Road Safety Agency", False),
        ("Clean Water Agency", False),  # water is a substance too
        ("Highly Toxic Mould", False),  # an adverb: a described term, not a noun phrase naming something
    ],
)
def test_brand_like(name: str, expected: bool) -> None:
    assert brand_like(tuple(name.split())) is expected


@pytest.mark.parametrize(
    "text, lang, words",
    [
        ("Der Hund schläft.", "de", ["Der", "Hund", "schläft"]),
        ("สุนัขนอนหลับ", "th", ["สุนัข", "นอน", "หลับ"]),
        ("犬が寝ている", "ja", ["犬", "が", "寝", "て", "いる"]),
        ("Il a 3 chats.", "fr", ["Il", "a", "chats"]),
    ],
)
def test_word_spans(text: str, lang: str, words: list[str]) -> None:
    assert [text[s:e] for s, e in word_spans(text, lang)] == words


def test_phrases_stop_at_clause_marks() -> None:
    text = "Lobo Gris, dijo ella"
    got = {text[s:e] for s, e in phrases(text, "es", 3)}
    assert {"Lobo Gris", "dijo ella", "Lobo"} <= got
    assert not any("," in p or ("Gris" in p and "dijo" in p) for p in got)


@pytest.mark.parametrize(
    "text, phrase, nouns, expected",
    [
        ("Ayer Jardín Oculto Música abrió", "Jardín Oculto Música", False, True),
        ("La Música del Lobo Gris abrió", "Música del Lobo Gris", False, True),
        ("Música abrió ayer", "Música", False, False),  # the sentence's first word: capitalised anyway
        ("Ayer la música abrió", "música", False, False),
        ("Gestern öffnete Grauer Wolf Musik", "Grauer Wolf Musik", True, True),
        ("Gestern öffnete die Musikschule", "Musikschule", True, False),  # one noun: capitals show nothing
    ],
)
def test_name_cased(text: str, phrase: str, nouns: bool, expected: bool) -> None:
    i = text.index(phrase)
    assert name_cased(text, i, i + len(phrase), nouns) is expected


@pytest.mark.parametrize(
    "phrase, name, expected",
    [
        ("Хидден Гарден", "Hidden Garden", True),  # transliterated: the name is kept
        ("Jardín Oculto", "Hidden Garden", False),
        ("Música do Jardim Escondido", "Hidden Garden Music", False),  # one cognate among translations
        ("Stille Haven", "Quiet Harbor", False),  # cognates in Latin letters are translations
        ("Quiet Harborin", "Quiet Harbor", True),  # the name with a case ending
        ("콰이어트 하버", "Quiet Harbor", True),  # transliterated in an uncased script
        ("조용한 항구 소프트웨어", "Quiet Harbor Software", False),  # translated, head transliterated
        ("Тихая Гавань Софтвэр", "Quiet Harbor Software", False),
        ("هتل ستاره آبی", "Blue Star Hotel", False),  # loan head moved first, cognate: translated word by word
        ("هتل بلو استار", "Blue Star Hotel", True),  # head moved first, the rest transliterated in order
        ("بلو استار هتل", "Blue Star Hotel", True),
        ("Гарден Тауэр", "Garden Tower", True),
        ("Окраина Тауэр", "Garden Tower", False),  # "kln" is one consonant off "garden", but opens with a vowel
    ],
)
def test_kept(phrase: str, name: str, expected: bool) -> None:
    assert kept(phrase, name.split()) is expected


def test_nearest_lead_is_over_spans_not_overlapping() -> None:
    spans = [(0, 4), (0, 9), (5, 9), (10, 14)]
    cos = np.array([0.90, 0.95, 0.85, 0.88])
    score = np.array([0.05, 0.09, 0.04, 0.06])
    r = nearest(cos, score - 0.01, score, spans)
    assert r is not None and (r.start, r.end) == (0, 9)
    assert r.margin == pytest.approx(0.09 - 0.06) and r.cosine == pytest.approx(0.95)


def test_nearest_only_among_eligible() -> None:
    spans = [(0, 4), (5, 9)]
    score = np.array([0.09, 0.05])
    r = nearest(np.array([0.9, 0.9]), score, score, spans, [False, True])
    assert r is not None and (r.start, r.end) == (5, 9) and r.margin < 0
    assert nearest(np.array([0.9, 0.9]), score, score, spans, [False, False]) is None


def unit(*xs: float) -> np.ndarray:
    v = np.array(xs, dtype=np.float32)
    return v / np.linalg.norm(v)


def test_slot_scores() -> None:
    """A phrase near the name but nearer a source phrase (what it translates) scores below one that
    means the name; cutting the name's slot out brings the target nearer the rest of the source."""
    name, context, text = unit(1, 0, 0, 0), unit(0, 1, 0, 0), unit(0.3, 0.9, 0.3, 0)
    phrases = np.stack([unit(0.9, 0, 0.4, 0), unit(0.9, 0, 0, 0.4)])  # both as near the name
    grams = np.stack([unit(0.8, 0, 0.6, 0)])  # a source phrase the first one translates
    cos, own = slot_scores(name, context, phrases, grams)
    assert cos[0] == pytest.approx(cos[1])
    assert own[0] < 0 < own[1]
    rests = np.stack([unit(0.2, 0.9, 0.3, 0), unit(0.1, 0.99, 0.1, 0)])  # without the second: the context
    gain = slot_gains(context, text, rests)
    assert gain[1] > 0 and gain[1] > gain[0]


@pytest.mark.parametrize(
    "own, eligible, size, expected",
    [
        ([0.1, 0.3, 0.2, 0.0], [True] * 4, 2, [1, 2]),
        ([0.1, 0.3, 0.2, 0.0], [True, False, False, True], 1, [0, 1]),  # the best, and the best eligible
    ],
)
def test_shortlist(own: list[float], eligible: list[bool], size: int, expected: list[int]) -> None:
    assert shortlist(np.array(own), eligible, size) == expected


SENTENCE = "Ayer Jardín Oculto Música abrió una tienda nueva en el puerto."


@pytest.mark.parametrize(
    "near, found",
    [
        ({"Jardín Oculto Música": 0.93}, "Jardín Oculto Música"),
        ({"Jardín Oculto Música": MIN_COSINE - 0.02}, None),  # not near enough
        ({"Jardín Oculto Música": 0.93, "tienda nueva": 0.92}, None),  # no clear lead
        ({"tienda nueva": 0.93}, None),  # lower case: a rewording, not a name
        ({}, None),
    ],
)
def test_literal_reading(near: dict[str, float], found: str | None) -> None:
    embed = fake_embed("Hidden Garden Music", near)
    r = literal_reading(
        "Hidden Garden Music", ["Hidden", "Garden", "Music"], "opened a new shop", SENTENCE, "es", embed
    )
    assert (SENTENCE[r.start : r.end] if r else None) == found


def test_literal_reading_needs_a_brand() -> None:
    embed = fake_embed("Red Cross", {"Cruz Roja": 0.95})
    assert literal_reading("Red Cross", ["Red", "Cross"], "helped", "La Cruz Roja ayudó.", "es", embed) is None


def test_literal_reading_uncased_script() -> None:
    text = "隐秘花园音乐昨天在港口开了一家新店。"
    embed = fake_embed("Hidden Garden Music", {"隐秘花园音乐": 0.92})
    r = literal_reading("Hidden Garden Music", ["Hidden", "Garden", "Music"], "opened a new shop", text, "zh", embed)
    assert r is not None and text[r.start : r.end] == "隐秘花园音乐"


SOURCE = "Hidden Garden Music opened a new shop in the harbour on Monday."


@pytest.mark.parametrize(
    "lang, article, literal, embedded",
    [
        ("es", "El lunes, Jardín Oculto Música abrió una tienda nueva en el puerto.", "Jardín Oculto Música", True),
        ("es", "El lunes, Hidden Garden Music abrió una tienda nueva en el puerto.", None, True),  # kept
        ("zh", "周一，隐秘花园音乐在港口开了一家新店。", "隐秘花园音乐", True),
        ("zh", "周一，隐秘花园音乐在港口开了一家新店。", None, False),  # no embedder: no evidence in Han
    ],
)
def test_entities_check_uses_the_embedding(lang: str, article: str, literal: str | None, embedded: bool) -> None:
    item = make_input(article, lang, source=SOURCE)
    if embedded:
        item.embed = fake_embed(  # type: ignore[attr-defined]
            "Hidden Garden Music", {"Jardín Oculto Música": 0.93, "隐秘花园音乐": 0.93}, source=SOURCE
        )
    spans = [f.span for f in entities(item) if f.category == LITERAL]
    assert len(spans) == (1 if literal else 0)
    assert not literal or literal in spans[0]  # a finding covers whole tokens: in Han, the clause


def test_runs_count_words() -> None:
    text = "Ayer Lobo Gris abrió"
    got = {(text[s:e], n) for s, e, n in runs(text, "es", 2)}
    assert ("Lobo Gris", 2) in got and ("Ayer", 1) in got and not any(n > 2 for _, n in got)


@pytest.mark.parametrize(
    "text, reading, size, expected",
    [
        ("Vimos la película «Luna de Papel» ayer.", "Luna de Papel", 2, True),  # a work's title
        ('Sie sahen den Film "Papiermond" gestern.', "Papiermond", 2, True),
        ("Luna de Papel abrió una tienda.", "Luna de Papel", 2, False),
        ("Dijo: «Luna de Papel abrió hoy una tienda enorme en el puerto».", "Luna de Papel", 2, False),  # a quote
    ],
)
def test_titled(text: str, reading: str, size: int, expected: bool) -> None:
    i = text.index(reading)
    assert titled(text, i, i + len(reading), size) is expected


def test_literal_reading_uncased_needs_two_words() -> None:
    """In an uncased script one word standing for a name of several is a paraphrase ("the company")."""
    text = "公司昨天在港口开了一家新店。"
    embed = fake_embed("Hidden Garden Music", {"公司": 0.95})
    r = literal_reading("Hidden Garden Music", ["Hidden", "Garden", "Music"], "opened a new shop", text, "zh", embed)
    assert r is None


def test_literal_reading_not_a_title() -> None:
    text = "Ayer vimos «Jardín Oculto Música» en el puerto."
    embed = fake_embed("Hidden Garden Music", {"Jardín Oculto Música": 0.95})
    r = literal_reading("Hidden Garden Music", ["Hidden", "Garden", "Music"], "opened a new shop", text, "es", embed)
    assert r is None


@pytest.mark.parametrize(
    "context, expected",
    [
        ("The study appeared last week in the journal .", True),
        ("A columnist of the daily newspaper  wrote on Friday that prices would fall.", True),
        ("The magazine  praised the film for its score.", False),  # a film too: a work's title
        ("Ticket sales for the movie  doubled over the weekend.", False),
        ("The company  opened a new shop.", False),  # nothing says periodical
    ],
)
def test_press_named(context: str, expected: bool) -> None:
    assert press_named(context) is expected


@pytest.mark.parametrize(
    "context, found",
    [
        ("opened its archive to the journal", True),  # a periodical keeps its name: the quotes hold it
        ("opened the film festival, the newspaper says", False),  # a film: a work's title, translated
        ("opened a new shop", False),
    ],
)
def test_literal_reading_quoted_periodical(context: str, found: bool) -> None:
    text = "El estudio salió ayer en la revista «Jardín Oculto Música»."
    embed = fake_embed("Hidden Garden Music", {"Jardín Oculto Música": 0.95}, source=context)
    r = literal_reading("Hidden Garden Music", ["Hidden", "Garden", "Music"], context, text, "es", embed)
    assert (r is not None and text[r.start : r.end] == "Jardín Oculto Música") is found


@pytest.mark.parametrize(
    "name, seen, lang, expected",
    [
        ("Quiet Hotel Garden", {"quiet", "hotel", "garden"}, "es", True),  # the name as written
        ("Quiet Hotel Garden", {"quiet", "hotel"}, "es", True),  # most of it
        ("Quiet Hotel Garden", {"quiet"}, "es", True),  # a word Spanish does not use: the name's own
        ("Quiet Hotel Garden", {"hotel"}, "es", False),  # a Spanish word too, among translations
        ("Quiet Hotel Garden", {"hotel"}, "gl", True),  # no word frequencies: any word kept keeps it
        ("Quiet Hotel Garden", set(), "es", False),
    ],
)
def test_name_kept(name: str, seen: set[str], lang: str, expected: bool) -> None:
    assert name_kept([w.lower() for w in name.split()], seen, lang) is expected
