"""A cached rerun of the demo audit with ``--engine ct2``: how much of the first run it costs.

Why: reruns of an audit (new checks, other thresholds, a crashed batch) should
not pay for back-translation twice. This script builds a random model with
OPUS-MT's real shape (the builder of ``bench_translate.py``: 6+6 layers,
d_model 512, 58,101-token vocabulary) and audits ``data/demo`` twice with
``mt-audit run --engine ct2 --model-dir DIR``, each run in a fresh process as a
user would, sharing one new cache file. Random weights rarely emit
end-of-sentence, so every back-translation decodes to ``--max-length``
(default 64 tokens, about a long news sentence); the translation stage of the
first run is therefore a fair stand-in for a real model's, not a measurement
of one. Reported: per run, wall time, the ``translate`` stage, cache hits and
misses; and the second run's share of the first.

Reproduce (from the repository root, about two minutes on two cores)::

    python scripts/bench_cache.py
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))


def run_audit(model_dir: Path, cache: Path, out: Path, max_length: int, home: Path) -> dict:
    cmd = [sys.executable, "-m", "mt_audit", "run", str(ROOT / "data" / "demo"), "--engine", "ct2",
           "--model-dir", str(model_dir), "--cache", str(cache), "--max-length", str(max_length),
           "--device", "cpu", "--out", str(out), "-q"]  # fmt: skip
    env = {**os.environ, "MT_AUDIT_HOME": str(home)}
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, env=env)
    wall = time.perf_counter() - t0
    run = json.loads((out / "run.json").read_text())
    return {
        "wall_s": round(wall, 2),
        "translate_s": run["timings_s"]["translate"],
        "hits": run["cache"]["hits"],
        "misses": run["cache"]["misses"],
        "hit_rate": run["cache"]["hit_rate"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-length", type=int, default=64, help="decode length cap (default 64)")
    parser.add_argument("--json", metavar="PATH", help="write the figures here")
    args = parser.parse_args()

    from bench_translate import build_model

    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        model_dir = tmpdir / "opus-mt-shaped"
        build_model(model_dir, seed=0)
        first = run_audit(model_dir, tmpdir / "c.sqlite", tmpdir / "o1", args.max_length, tmpdir / "home")
        second = run_audit(model_dir, tmpdir / "c.sqlite", tmpdir / "o2", args.max_length, tmpdir / "home")
        same = (tmpdir / "o1" / "alignment.jsonl").read_text() == (tmpdir / "o2" / "alignment.jsonl").read_text()
    result = {
        "first": first,
        "second": second,
        "identical_alignment": same,
        "second_over_first_wall": round(second["wall_s"] / first["wall_s"], 3),
        "second_over_first_translate": round(second["translate_s"] / max(first["translate_s"], 1e-9), 4),
        "max_length": args.max_length,
    }
    for name in ("first", "second"):
        r = result[name]
        print(
            f"{name:<6} run: {r['wall_s']:6.1f} s wall, translate {r['translate_s']:6.2f} s, "
            f"cache {r['hits']} hits / {r['misses']} misses"
        )
    print(f"identical alignment.jsonl: {same}")
    print(f"second/first: wall {result['second_over_first_wall']}, translate {result['second_over_first_translate']}")
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
