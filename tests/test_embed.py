"""The embedder's reuse cache: bounded, oldest out first, never changing a vector."""

from __future__ import annotations

import numpy as np
import pytest

from mt_audit.embed import Embedder


class Counting(Embedder):
    """A stand-in model: a text's vector from its length; counts what it was asked to embed."""

    name = "counting"

    def __init__(self, cache_size: int) -> None:
        super().__init__(cache_size)
        self.asked: list[str] = []

    def _encode(self, texts: list[str]) -> np.ndarray:
        self.asked += texts
        return np.array([[len(t), 1.0, 0.0] for t in texts], dtype=np.float32)

    def signature(self) -> str:
        return "counting"


@pytest.mark.parametrize(
    ("cache_size", "calls", "asked"),
    [
        (10, [["a", "bb", "a"], ["bb", "ccc"]], ["a", "bb", "ccc"]),
        (0, [["a", "bb", "a"], ["bb", "ccc"]], ["a", "bb", "bb", "ccc"]),  # no reuse across calls, none within
        (1, [["a", "bb"], ["a"], ["bb"]], ["a", "bb", "a", "bb"]),  # "bb" pushed out by "a"
        (2, [["a", "bb"], ["ccc"], ["a"], ["bb"]], ["a", "bb", "ccc", "a", "bb"]),  # the oldest goes first
    ],
)
def test_reuse_is_bounded(cache_size: int, calls: list[list[str]], asked: list[str]) -> None:
    emb = Counting(cache_size)
    for texts in calls:
        vectors = emb.encode(texts)
        assert vectors.shape == (len(texts), 3)
        assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0)
    assert emb.asked == asked
    assert len(emb._cache) <= cache_size


def test_a_reused_vector_is_the_computed_one() -> None:
    fresh, cached = Counting(0), Counting(10)
    cached.encode(["abc", "de"])
    assert np.array_equal(fresh.encode(["de", "abc"]), cached.encode(["de", "abc"]))
