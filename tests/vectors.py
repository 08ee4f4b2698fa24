"""Synthetic sentence embeddings for alignment, attribution and entity tests (no model needed)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import numpy as np


def unit(rng: np.random.Generator, n: int, dim: int = 64) -> np.ndarray:
    x = rng.normal(size=(n, dim))
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def near(x: np.ndarray, rng: np.random.Generator, noise: float = 0.15) -> np.ndarray:
    """Rows close to ``x`` (cosine about 0.98): stand-ins for translations."""
    y = x + noise * rng.normal(size=x.shape) / np.sqrt(x.shape[1])
    return y / np.linalg.norm(y, axis=1, keepdims=True)


def slot_embed(
    name: str, source: str, near: Mapping[str, float], dim: int = 64
) -> Callable[[Sequence[str]], np.ndarray]:
    """A stand-in sentence embedder for a brand's slot: ``name`` on axis 0; a text of ``near`` at its cosine
    with the name; a phrase of ``source`` half the name's; any other text a direction of its own (seeded by
    its letters), at cosine 0.80 with the name."""

    def vec(text: str) -> np.ndarray:
        v = np.zeros(dim, dtype=np.float32)
        if text == name:
            v[0] = 1.0
            return v
        if text in source:
            v[0], v[1] = 0.5, np.sqrt(0.75)
            return v
        c = near.get(text, 0.80)
        k = 2 + sum(map(ord, text)) % (dim - 2)
        v[0], v[k] = c, np.sqrt(1 - c * c)
        return v

    def embed(texts: Sequence[str]) -> np.ndarray:
        return np.stack([vec(t) for t in texts])

    return embed
