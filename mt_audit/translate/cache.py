"""A sentence cache on disk, so reruns of an audit translate nothing twice.

SQLite in WAL mode: readers never block the writer, several runs (or
workers) may share one file, and a batch is committed the moment it is
translated, so a killed run loses at most the batch it was working on.
Entries are content-addressed: the key hashes the engine's full signature
(engine, model and its fingerprint, decoding settings), the source language
and the sentence, so a change to any of them is a miss, never a stale hit.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS translations (
    key TEXT PRIMARY KEY,
    engine TEXT NOT NULL,
    src_lang TEXT NOT NULL,
    source TEXT NOT NULL,
    translation TEXT NOT NULL,
    created REAL NOT NULL
)
"""


def home() -> Path:
    """mt-audit's own folder for caches and converted models (``$MT_AUDIT_HOME``, else the user cache)."""
    if os.environ.get("MT_AUDIT_HOME"):
        return Path(os.environ["MT_AUDIT_HOME"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "mt-audit"


def default_path() -> Path:
    return home() / "translations.sqlite"


def key(prefix: str, src_lang: str, sentence: str) -> str:
    """The content address of one sentence in one language under one engine signature.

    The language is part of the key here, not left to each engine's
    signature: a multilingual model (NLLB, M2M, mul-en) translates the same
    text differently per source language.
    """
    return hashlib.sha256(f"{prefix}\x00{src_lang}\x00{sentence}".encode()).hexdigest()


def open_store(path: Path, schema: str) -> sqlite3.Connection:
    """A WAL-mode SQLite file with ``schema``, shared safely by concurrent runs (the caches' one way in)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path, timeout=60.0, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute(schema)
    return db


def hit_stats(path: Path, hits: int, misses: int) -> dict[str, object]:
    """A cache's hits, misses and hit rate in this run, for ``run.json``."""
    total = hits + misses
    return {"path": str(path), "hits": hits, "misses": misses, "hit_rate": round(hits / total, 4) if total else None}


class TranslationCache:
    """Sentence → translation, per engine signature, with hit and miss counts for ``run.json``."""

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()
        self._db = open_store(self.path, SCHEMA)
        self.hits = 0
        self.misses = 0

    def get_many(self, prefix: str, src_lang: str, sentences: Sequence[str]) -> dict[str, str]:
        """The cached translations among ``sentences`` (in ``src_lang``)."""
        keys = {key(prefix, src_lang, s): s for s in sentences}
        found: dict[str, str] = {}
        items = list(keys)
        for i in range(0, len(items), 500):
            chunk = items[i : i + 500]
            marks = ",".join("?" * len(chunk))
            for k, text in self._db.execute(f"SELECT key, translation FROM translations WHERE key IN ({marks})", chunk):
                found[keys[k]] = text
        return found

    def put_many(self, prefix: str, src_lang: str, pairs: Sequence[tuple[str, str]]) -> None:
        """Store translations in one transaction (first writer wins: same key, same content)."""
        if not pairs:
            return
        now = time.time()
        rows = [(key(prefix, src_lang, s), prefix, src_lang, s, t, now) for s, t in pairs]
        with self._db:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.executemany("INSERT OR IGNORE INTO translations VALUES (?, ?, ?, ?, ?, ?)", rows)

    def count(self, *, hits: int = 0, misses: int = 0) -> None:
        self.hits += hits
        self.misses += misses

    def stats(self) -> dict[str, object]:
        """Hits, misses and the hit rate of this run, for ``run.json``."""
        return hit_stats(self.path, self.hits, self.misses)

    def __len__(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM translations").fetchone()[0])

    def close(self) -> None:
        self._db.close()
