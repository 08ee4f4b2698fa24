"""Throughput of the full check suite: articles per second on one core, embeddings excluded.

The demo is audited once (embeddings, alignment: not timed); then 1,000
articles are synthesized by perturbing its articles inside their sentences
(English words slipped in, numbers changed, link hints, doubled words, double
spaces, lower-cased sentence starts), each keeping its demo alignment and
back-translation where the sentence count is unchanged. Only ``run_checks``
is timed, after one warm-up pass that loads the word lists and WordNet.

    python scripts/bench_checks.py [--n 1000] [--seed 7]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import re
import tempfile
import time
from collections import Counter
from pathlib import Path

import mt_audit
from mt_audit.checks import CHECKS, make_input, run_checks
from mt_audit.normalize import normalize
from mt_audit.segment import segment

DEMO = Path(__file__).resolve().parents[1] / "data" / "demo"
#: General English words for "untranslated" perturbations (not the demo's).
ENGLISH = ["however", "market", "people", "government", "already", "without", "because", "report", "weather"]
HINTS = ["(opens in new tab)", "Read more:", "(link is external)"]


def perturb(text: str, rng: random.Random) -> tuple[str, list[str]]:
    """Apply one to three in-sentence perturbations; returns the text and what was done."""
    done = []
    for _ in range(rng.randint(1, 3)):
        kind = rng.choice(["english", "number", "hint", "repeat", "spaces", "lower"])
        words = list(re.finditer(r"(?<=\s)\w{4,}(?=\s)", text))
        if not words:
            break
        m = rng.choice(words)
        if kind == "english":
            text = text[: m.start()] + rng.choice(ENGLISH) + text[m.end() :]
        elif kind == "number":
            nums = list(re.finditer(r"\d+", text))
            if not nums:
                continue
            n = rng.choice(nums)
            text = text[: n.start()] + str(int(n.group()) + rng.randint(1, 9)) + text[n.end() :]
        elif kind == "hint":
            text = text[: m.end()] + " " + rng.choice(HINTS) + text[m.end() :]
        elif kind == "repeat":
            text = text[: m.end()] + " " + m.group() + text[m.end() :]
        elif kind == "spaces":
            text = text[: m.end()] + "  " + text[m.end() :].lstrip(" ")
        elif kind == "lower":
            starts = list(re.finditer(r"(?<=\. )[A-ZÀ-Ž]", text))
            if not starts:
                continue
            s = rng.choice(starts)
            text = text[: s.start()] + s.group().lower() + text[s.end() :]
        done.append(kind)
    return text, done


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    with tempfile.TemporaryDirectory() as tmp:
        audit = mt_audit.audit([str(DEMO)], out=tmp, progress=False)
    docs = audit.articles.set_index("doc_id")
    source_id = audit.documents.loc[audit.documents["role"] == "source", "doc_id"].iloc[0]
    source = (DEMO / audit.documents.set_index("doc_id").loc[source_id, "path"]).read_text(encoding="utf-8")
    bases = []
    for doc_id, row in docs.iterrows():
        text = Path(row["path"]).read_text(encoding="utf-8")
        beads = audit.alignment[audit.alignment["doc_id"] == doc_id]
        bt: dict[int, str] = {}
        for b in beads.itertuples():
            if b.article_sentences and b.backtranslation:
                bt[b.article_sentences[0]] = b.backtranslation
        bead_list = [(b.source_sentences, b.article_sentences, b.similarity) for b in beads.itertuples()]
        n_sent = int(row["n_sentences"])
        bases.append((doc_id, row["lang"], text, bead_list, [bt.get(j, "") for j in range(n_sent)], n_sent))
    rng = random.Random(args.seed)
    items, kinds = [], Counter()
    for k in range(args.n):
        doc_id, lang, text, bead_list, bt, n_sent = bases[k % len(bases)]
        new, done = perturb(text, rng)
        kinds.update(done)
        same = len(segment(normalize(new).text, lang)) == n_sent
        item = make_input(
            new,
            lang,
            source=source,
            backtranslation=bt if same else None,
            beads=bead_list if same else None,
            doc_id=f"{doc_id}-{k}",
        )
        items.append(item)
    checks = list(CHECKS.values())
    t = time.perf_counter()
    for item in items[: len(bases)]:
        run_checks(item, checks)
    warm = time.perf_counter() - t
    per_check: Counter[str] = Counter()
    t0 = time.perf_counter()
    n_found = 0
    for item in items:
        n_found += len(run_checks(item, checks))
    elapsed = time.perf_counter() - t0
    for item in items[:200]:
        for c in checks:
            t = time.perf_counter()
            c(item)
            per_check[c.name] += time.perf_counter() - t
    chars = sum(len(i.doc.text) for i in items) / len(items)
    rate = len(items) / elapsed
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores; one process, one core")
    print(f"perturbations: {dict(kinds)}; mean article {chars:.0f} chars; {n_found} findings")
    print(f"warm-up (word lists, WordNet, lingua models): {warm:.2f} s")
    print("per check, ms per article (200 articles): " + ", ".join(
        f"{k} {1000 * v / 200:.2f}" for k, v in per_check.most_common()))  # fmt: skip
    print(f"checks: {len(items)} articles in {elapsed:.2f} s = {rate:.1f} articles/s/core")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
