"""Round 17: a literally translated name whose words the translation writes partly as loans ("石のアーチスタジオ"
for "Stone Arch Studio") or partly kept in English ("Kpeʋɔtru Studio"), see :class:`mt_audit.entity_literal.Slot`.

The word embedding is faked: a target word and the English word it translates share one axis, so the
word alignment (:func:`mt_audit.entity_alignment.word_alignment`) reads exactly the pairs a row gives.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence

import numpy as np
import pytest

from mt_audit.entity_literal import MIN_COSINE, Reading, Slot, kept

DIM = 64
#: Target words of "Stone Arch Studio" by meaning or by sound, and the name's words they write.
STONE = {
    "石": "stone",
    "돌": "stone",
    "스톤": "stone",
    "アーチ": "arch",
    "아치": "arch",
    "スタジオ": "studio",
    "스튜디오": "studio",
}
CONTEXT = "It was designed by , an architecture firm."


def word_embed(pairs: Mapping[str, str]):
    """Vectors in which each target word of ``pairs`` and its English word share an axis; any other text gets
    a fixed pseudo-random direction of the remaining axes (near nothing in particular)."""
    english = sorted(set(pairs.values()))

    def vec(text: str) -> np.ndarray:
        e = np.zeros(DIM, dtype=np.float32)
        key = pairs.get(text, text.lower())
        if key in english:
            e[english.index(key)] = 1.0
            return e
        seed = int.from_bytes(hashlib.sha256(text.encode()).digest()[:4], "little")
        u = np.random.default_rng(seed).standard_normal(DIM).astype(np.float32)
        u[: len(english)] = 0.0
        return u / np.linalg.norm(u)

    def embed(texts: Sequence[str]) -> np.ndarray:
        return np.stack([vec(t) for t in texts])

    return embed


@pytest.mark.parametrize(
    "lang, name, text, pairs, keeps",
    [
        # a word translated by meaning beside loans: the loans are the translation's (old code: kept)
        ("ja", "Stone Arch Studio", "石のアーチスタジオ", STONE, False),
        ("ko", "Stone Arch Studio", "돌 아치 스튜디오", STONE, False),
        # the name transliterated: kept
        ("ko", "Stone Arch Studio", "스톤 아치 스튜디오", STONE, True),
        # the head translated beside the name's own words transliterated: kept, as a translation may
        ("ko", "Green Valley Power", "그린 밸리 전력", {"전력": "power"}, True),
        # no word read as a translation of the name's: nothing shows the loans translate
        ("ja", "Stone Arch Studio", "石のアーチスタジオ", {"アーチ": "arch", "スタジオ": "studio"}, True),
    ],
)
def test_loans_beside_a_translated_word_do_not_keep_the_name(
    lang: str, name: str, text: str, pairs: dict[str, str], keeps: bool
) -> None:
    slot = Slot(name.split(), CONTEXT, text, lang, word_embed(pairs))
    assert slot.keeps(0, len(text)) is keeps


def test_old_rule_read_the_loans_as_the_name_kept() -> None:
    assert kept("石のアーチスタジオ", ["Stone", "Arch", "Studio"])


TEXT = "Kpeʋɔtru Studio, xɔtuɖaŋudɔwɔƒe si hã tu tɔdzimɔ."
SPANS = [(0, 8), (9, 15), (0, 15), (17, 31), (35, 49)]  # Kpeʋɔtru, Studio, both, and two words further on


@pytest.mark.parametrize(
    "wide_cos, others, widened",
    [
        (0.91, -0.01, (0, 15)),  # the English head kept, the rest translated before it: the whole phrase
        (0.80, -0.01, None),  # the phrase around it is not near the name
        (0.91, 0.012, None),  # ... nor clearly ahead of a phrase beside it
    ],
)
def test_widened_from_a_kept_head(wide_cos: float, others: float, widened: tuple[int, int] | None) -> None:
    slot = Slot(["Stone", "Arch", "Studio"], CONTEXT, TEXT, "ee", word_embed({}))
    cos = np.array([0.85, 0.92, wide_cos, 0.84, 0.84])
    own = np.array([0.01, 0.035, 0.027, -0.01, -0.01])
    score = np.array([0.0, 0.027, 0.025, others, others])
    r = slot.widened(Reading(9, 15, 0.92, 0.03, 0.035), SPANS, cos, own, score, [True] * len(SPANS))
    assert (None if r is None else (r.start, r.end)) == widened
    assert r is None or r.cosine >= MIN_COSINE
