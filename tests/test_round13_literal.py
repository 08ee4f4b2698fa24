"""Round 13: brands translated word for word where a small embedding reads the phrase only vaguely.

Word alignment by CSLS (``mt_audit.entity_alignment``), the reading it gives (``aligned_reading``), a run of
capitalised words in the name's slot confirmed as the name translated (``stands_literally``, ``_bridged_runs``),
and occasions, whose names a language translates as plain words (``happening``). Embeddings are faked.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pytest

from mt_audit.checks.entities.literal_spans import _bridged_runs
from mt_audit.entities import view
from mt_audit.entity_alignment import aligned_cluster, aligned_words, csls, word_alignment
from mt_audit.entity_literal import MIN_COSINE, aligned_reading, happening, runs, stands_literally
from tests.vectors import slot_embed

DIM = 64


def unit(*xs: float) -> np.ndarray:
    v = np.zeros(DIM, dtype=np.float32)
    v[: len(xs)] = xs
    return v / np.linalg.norm(v)


def axis_embed(axes: Mapping[str, int], shared: float = 0.8) -> object:
    """Every text shares one direction (cosine ``shared`` between any two), plus its own axis: texts given the
    same axis in ``axes`` (a word and its translation) are near each other; any other text gets an axis of its own."""
    own: dict[str, int] = {}

    def vec(text: str) -> np.ndarray:
        k = axes.get(text.lower())
        if k is None:
            k = own.setdefault(text.lower(), 40 + len(own) % 20)
        v = np.zeros(DIM, dtype=np.float32)
        v[0] = np.sqrt(shared)
        v[k] = np.sqrt(1 - shared)
        return v

    def embed(texts: Sequence[str]) -> np.ndarray:
        return np.stack([vec(t) for t in texts])

    return embed


def test_csls_takes_off_a_hub() -> None:
    # Target word 0 translates English word 1, but English word 0 ("the") is near every target word.
    sims = np.array([[0.90, 0.88], [0.89, 0.70], [0.88, 0.71]])
    assert int(np.argmax(sims[0])) == 0
    assert int(np.argmax(csls(sims, k=2)[0])) == 1


@pytest.mark.parametrize(
    "scores, names, expected",
    [
        ([[0.5, 0.0, 0.0], [0.0, 0.4, 0.0]], 2, {0: 0, 1: 1}),  # each the other's nearest
        ([[0.5, 0.0, 0.6], [0.0, 0.4, 0.0]], 2, {1: 1}),  # target 0 is nearer a context word
        ([[0.5, 0.0, 0.495], [0.0, 0.4, 0.0]], 2, {1: 1}),  # ... or too close to one to tell
        ([[0.5, 0.6, 0.0], [0.0, 0.0, 0.3]], 2, {1: 0}),  # target 0 renders the name's second word
    ],
)
def test_aligned_words(scores: list[list[float]], names: int, expected: dict[int, int]) -> None:
    got = aligned_words(np.array(scores), names)
    assert got == expected


@pytest.mark.parametrize(
    "aligned, size, widest, expected",
    [
        ({0: {3}, 1: {4}, 2: {5}}, 3, 5, (3, 4)),  # two of three side by side are enough
        ({0: {0}, 2: {2}}, 3, 5, (0, 2)),  # an unaligned word between
        ({0: {0}, 2: {9}}, 3, 5, None),  # too far apart: chance alignments
        ({0: {2, 9}, 1: {8}}, 2, 4, (8, 9)),  # a word written twice: the occurrence beside the other
        ({0: {1}}, 3, 5, None),  # one word is no rendering of a name
        ({0: {1}, 1: {2}}, 4, 6, None),  # a name of four words needs three
    ],
)
def test_aligned_cluster(
    aligned: dict[int, set[int]], size: int, widest: int, expected: tuple[int, int] | None
) -> None:
    assert aligned_cluster({i: frozenset(js) for i, js in aligned.items()}, size, widest) == expected


def test_word_alignment_claims_context_words() -> None:
    embed = axis_embed({"kruk": 1, "raven": 1, "mglisty": 2, "misty": 2, "sklep": 3, "shop": 3})
    target = ["Wczoraj", "Mglisty", "Kruk", "otworzył", "sklep"]
    got = word_alignment(["Misty", "Raven"], ["opened", "a", "shop", "yesterday"], target, embed)  # type: ignore[arg-type]
    assert got == {0: frozenset({1}), 1: frozenset({2})}  # "sklep" translates the source's "shop"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Wczoraj Mglisty Kruk otworzył sklep.", "Mglisty Kruk"),
        ("Wczoraj Mglisty otworzył duży nowy ładny Kruk.", None),  # the two words far apart
        ("Wczoraj ktoś otworzył sklep.", None),  # the name is not there at all
    ],
)
def test_aligned_reading(text: str, expected: str | None) -> None:
    embed = axis_embed({"misty raven": 1, "mglisty kruk": 1, "kruk": 2, "raven": 2, "mglisty": 3, "misty": 3})
    found = runs(text, "pl", 4)
    vecs = embed(["Misty Raven", *(text[s:e] for s, e, _ in found)])  # type: ignore[operator]
    cos = vecs[1:] @ vecs[0]
    eligible = [True] * len(found)
    r = aligned_reading(["Misty", "Raven"], "opened a shop yesterday", text, "pl", embed, found, cos, cos, eligible)  # type: ignore[arg-type]
    assert (text[r.start : r.end] if r else None) == expected
    if r is not None:
        assert r.cosine >= MIN_COSINE


@pytest.mark.parametrize(
    "phrase, near, grams, expected",
    [
        ("Vorondolo Volondavenona", 0.88, (), True),
        ("Vorondolo Volondavenona", MIN_COSINE - 0.03, (), False),  # not near enough the name
        ("Vorondolo Volondavenona", 0.88, ("the security firm",), False),  # a source phrase is nearer it
        ("Grey Owl Sistemoj", 0.95, (), False),  # the name kept, with an ending
    ],
)
def test_stands_literally(phrase: str, near: float, grams: tuple[str, ...], expected: bool) -> None:
    name = "Grey Owl Systems"
    side = np.sqrt(1 - near * near)
    vecs = {name: unit(1, 0, 0), phrase: unit(near, side, 0), "the security firm": unit(near, side, 0.1)}

    def embed(texts: Sequence[str]) -> np.ndarray:
        return np.stack([vecs[t] for t in texts])

    assert stands_literally(name, name.split(), phrase, embed, grams) is expected


def test_stands_literally_needs_a_brand() -> None:
    def embed(texts: Sequence[str]) -> np.ndarray:
        return np.stack([unit(1, 0) for _ in texts])

    assert not stands_literally("Red Cross", ["Red", "Cross"], "Cruz Roja", embed)


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Construită de Marina Poarta de Fier, cu un cost mare.",
            "ro",
            ["Marina Poarta", "Marina Poarta de Fier", "Fier"],
        ),
        ("Phà do Hàng hải Cổng Sắt đóng.", "vi", ["Hàng", "Hàng hải Cổng Sắt", "Cổng Sắt"]),
        ("Ieri Ana a vizitat Roma, de asemenea Parisul.", "ro", ["Ana", "Roma", "Parisul"]),  # no bridge over a comma
        ("Ieri Ana Maria vizitează Roma.", "ro", ["Ana Maria", "Roma"]),  # a long word is no connector
    ],
)
def test_bridged_runs(text: str, lang: str, expected: list[str]) -> None:
    v = view(text, lang)
    got = [text[v.tokens[a].start : v.tokens[b - 1].end] for a, b in _bridged_runs(v, 0, len(v.tokens), frozenset())]
    assert got == expected


@pytest.mark.parametrize(
    "key, expected",
    [
        ("parade", True),
        ("race", True),
        ("concert", True),
        ("energy", False),
        ("systems", False),
        ("engineering", False),
        ("union", False),
    ],
)
def test_happening(key: str, expected: bool) -> None:
    assert happening(key) is expected


BRAND_SOURCE = "Hidden Garden Music opened a new shop in the harbour on Monday."


@pytest.mark.parametrize(
    "article, near, literal",
    [
        # No phrase leads the sentence's others, but the capitals joined across "de" place the slot.
        (
            "Luni, Grădina Ascunsă de Muzică a deschis un magazin nou în port.",
            {"Grădina Ascunsă de Muzică": 0.90, "un magazin nou": 0.89, "magazin nou": 0.89},
            "Grădina Ascunsă de Muzică",
        ),
        # The capitalised run is no nearer the name than unrelated phrases are: nothing read.
        ("Luni, Marea Neagră a deschis un magazin nou în port.", {"un magazin nou": 0.89}, None),
    ],
)
def test_entities_check_reads_the_slot(article: str, near: dict[str, float], literal: str | None) -> None:
    from mt_audit.checks.base import make_input
    from mt_audit.checks.entities import entities

    item = make_input(article, "ro", source=BRAND_SOURCE)
    item.embed = slot_embed("Hidden Garden Music", BRAND_SOURCE, near)  # type: ignore[attr-defined]
    spans = [f.span for f in entities(item) if f.category == "accuracy/entity-literal"]
    assert spans == ([literal] if literal else [])
