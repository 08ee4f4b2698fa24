"""Candidate search: which documents could an article derive from, without aligning it with all of them.

Exact attribution aligns an article with one candidate in ~4 ms, so aligning
every article with every source is quadratic in the corpus (10⁵ articles ×
10⁴ sources ≈ 50 core-days). Instead the sentences of the candidates (the
sources, or the articles in sibling search) go into one vector index; each
article sentence asks for its nearest indexed sentences, and every document
collects, per article sentence, its best similarity among the hits. The
documents with the highest sums are the shortlist that exact attribution then
decides among. A translation's sentences each find their own source sentence
near the top, so the source collects a vote from almost every sentence,
while a source on the same story collects fewer and weaker ones.

The index is FAISS (``faiss-cpu``). Measured on 200,000 multilingual-e5
sentence vectors on one core (``docs/BENCHMARKS.md``): an exact flat index
builds in 0.2 s and answers a 20-sentence article in 32 ms; FAISS's HNSW
answers in 3.3 ms at recall 0.996 but takes 37 s to build; usearch's HNSW
took 55 s to build and 11.6 ms to answer (f16). Below :data:`EXACT_LIMIT`
vectors the index is exact, so the shortlist is the same on every machine
and a small corpus gets the same answers as an exhaustive search; above it,
HNSW built on one thread (the same graph every run).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

#: Up to this many indexed vectors (≈ 50,000 documents of 20 sentences) the search is exact.
EXACT_LIMIT = 1_000_000
#: Nearest indexed sentences each article sentence asks for.
HITS_PER_SENTENCE = 32
#: HNSW graph degree and search breadth above EXACT_LIMIT (recall 0.996 at 200,000 vectors).
HNSW_M = 32
HNSW_EF = 64
INDEX_SIGNATURE = f"faiss:exact<={EXACT_LIMIT}|hnsw{HNSW_M}:ef{HNSW_EF}|hits{HITS_PER_SENTENCE}|sum-of-best"


@dataclass
class SentenceIndex:
    """The sentences of a set of documents, searchable by vector."""

    ids: list[str] = field(default_factory=list)
    _pos: dict[str, int] = field(default_factory=dict)
    #: One row per distinct vector (a sentence repeated across documents is indexed once) and its documents.
    _rows: dict[bytes, int] = field(default_factory=dict)
    _owners: list[list[int]] = field(default_factory=list)
    _parts: list[np.ndarray] = field(default_factory=list)
    #: Per document, its sentences' rows in order: the index is where a document's vectors are kept.
    _doc_rows: list[np.ndarray] = field(default_factory=list)
    _index: Any = None

    def add(self, doc_id: str, vectors: np.ndarray) -> None:
        """Index one document's sentence vectors (L2-normalized rows)."""
        if self._index is not None:
            raise RuntimeError("the index is built: add every document before the first search")
        if vectors is None or not len(vectors):
            return
        if doc_id in self._pos:
            raise ValueError(f"document {doc_id!r} is indexed already")
        doc = self._pos[doc_id] = len(self.ids)
        self.ids.append(doc_id)
        rows = []
        for row in np.ascontiguousarray(vectors, dtype=np.float32):
            key = row.tobytes()
            if key not in self._rows:
                self._rows[key] = len(self._owners)
                self._owners.append([])
                self._parts.append(row)
            rows.append(self._rows[key])
            owners = self._owners[rows[-1]]
            if not owners or owners[-1] != doc:
                owners.append(doc)
        self._doc_rows.append(np.array(rows, dtype=np.int64))

    def __len__(self) -> int:
        return len(self.ids)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._pos

    def build(self) -> SentenceIndex:
        """Fix the index: exact below :data:`EXACT_LIMIT` vectors, HNSW above."""
        if self._index is not None or not self._parts:
            return self
        import faiss

        data = np.stack(self._parts)
        self._parts, self._rows = [], {}
        dim = data.shape[1]
        if len(data) <= EXACT_LIMIT:
            index = faiss.IndexFlatIP(dim)
            index.add(data)
        else:
            index = faiss.IndexHNSWFlat(dim, HNSW_M, faiss.METRIC_INNER_PRODUCT)
            index.hnsw.efSearch = HNSW_EF
            threads = faiss.omp_get_max_threads()
            faiss.omp_set_num_threads(1)  # one thread inserts in one order: the same graph every run
            try:
                index.add(data)
            finally:
                faiss.omp_set_num_threads(threads)
        self._index = index
        return self

    def candidates(self, vectors: np.ndarray, k: int, exclude: str | None = None) -> list[str]:
        """The ``k`` documents whose sentences answer ``vectors`` best (sum over rows of the best hit)."""
        scores = self.scores(vectors, exclude)
        order = sorted(scores, key=lambda d: (-scores[d], d))  # ties by index order: deterministic
        return [self.ids[d] for d in order[:k]]

    def scores(self, vectors: np.ndarray, exclude: str | None = None) -> dict[int, float]:
        """Per document (index position): the sum over query rows of its best similarity among the hits."""
        self.build()
        if self._index is None or vectors is None or not len(vectors):
            return {}
        hits = min(HITS_PER_SENTENCE, self._index.ntotal)
        sims, rows = self._index.search(np.ascontiguousarray(vectors, dtype=np.float32), hits)
        skip = self._pos.get(exclude, -1) if exclude is not None else -1
        total: dict[int, float] = {}
        for sim_row, hit_row in zip(sims, rows):
            best: dict[int, float] = {}
            for sim, hit in zip(sim_row, hit_row):
                if hit < 0:
                    continue
                for doc in self._owners[hit]:
                    if doc != skip and doc not in best:  # hits come best first
                        best[doc] = float(sim)
            for doc, sim in best.items():
                total[doc] = total.get(doc, 0.0) + sim
        return total

    def position(self, doc_id: str) -> int:
        return self._pos[doc_id]

    def vectors(self, doc_id: str) -> np.ndarray:
        """The document's sentence vectors as added, bit for bit (exact and HNSW indexes store them flat)."""
        rows = self._doc_rows[self._pos[doc_id]]
        if self._index is None:
            return np.stack([self._parts[r] for r in rows])
        return self._index.reconstruct_batch(rows)

    def __getstate__(self) -> dict[str, Any]:
        """A built FAISS index travels as its own serialization (a worker process gets the same index)."""
        state = dict(self.__dict__)
        if self._index is not None:
            import faiss

            state["_index"] = faiss.serialize_index(self._index)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        if state.get("_index") is not None:
            import faiss

            index = state["_index"] = faiss.deserialize_index(state["_index"])
            if getattr(index, "hnsw", None) is not None:
                index.hnsw.efSearch = HNSW_EF
        self.__dict__.update(state)


def shortlist(index: SentenceIndex, vectors: np.ndarray, k: int, always: Sequence[str] = ()) -> list[str]:
    """Candidates for exact attribution, in index order: the top ``k`` (all when ``k`` ≤ 0) and ``always``.

    Index order keeps the exhaustive search's tie-breaking (the first of equal scores wins).
    """
    if k <= 0 or k >= len(index):
        return list(index.ids)
    found = set(index.candidates(vectors, k)) | {d for d in always if d in index}
    return sorted(found, key=index.position)
