"""Synthetic sentence embeddings for alignment and attribution tests (no model needed)."""

from __future__ import annotations

import numpy as np


def unit(rng: np.random.Generator, n: int, dim: int = 64) -> np.ndarray:
    x = rng.normal(size=(n, dim))
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def near(x: np.ndarray, rng: np.random.Generator, noise: float = 0.15) -> np.ndarray:
    """Rows close to ``x`` (cosine about 0.98): stand-ins for translations."""
    y = x + noise * rng.normal(size=x.shape) / np.sqrt(x.shape[1])
    return y / np.linalg.norm(y, axis=1, keepdims=True)
