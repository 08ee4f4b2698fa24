"""The same audit run locally and on Ray: wall time of each and whether their tables are byte-identical.

    python scripts/bench_executors.py [--n 1000] [--workers 2] [--json FILE]

The corpus is bench_scale's (DEMETR, ``n`` articles of 20 sentences, each with
its own English source, none presumed); no back-translation engine. Both runs
use the embedders' reuse cache (DEMETR's sentences repeat across articles).
Without ``--address`` Ray starts a local cluster of ``--workers`` CPUs, whose
start-up is included in its wall time.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench_demo import machine  # scripts/ is on the path of a script run from it
from bench_scale import corpus

ROOT = Path(__file__).resolve().parents[1]
TABLES = ("documents.csv", "findings.csv", "taxonomy.csv", "alignment.jsonl", "texts.jsonl")


def run(n: int, executor: str, out: Path, **options: Any) -> float:
    """Seconds to audit the corpus of ``n`` articles with ``executor`` into ``out``."""
    sys.path.insert(0, str(ROOT))
    import mt_audit

    articles, sources, _ = corpus(n, 0)
    t = time.perf_counter()
    mt_audit.audit(texts=articles, source_texts=sources, out=out, report=False, engine="none",
                   executor=executor, **options)  # fmt: skip
    return time.perf_counter() - t


def compare(n: int, workers: int, address: str | None = None) -> dict[str, Any]:
    """Both runs, their times, and the tables that differ (none, when the executors agree)."""
    with tempfile.TemporaryDirectory() as tmp:
        local, ray = Path(tmp) / "local", Path(tmp) / "ray"
        t_local = run(n, "local", local)
        t_ray = run(n, "ray", ray, workers=workers, ray_address=address)
        differ = [name for name in TABLES if (local / name).read_bytes() != (ray / name).read_bytes()]
    return {"articles": n, "workers": workers, "local_s": round(t_local, 1), "ray_s": round(t_ray, 1),
            "speedup": round(t_local / t_ray, 2), "differ": differ}  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--address", help="an existing Ray cluster (default: start a local one)")
    ap.add_argument("--json", type=Path, help="also write the row here")
    args = ap.parse_args()
    row = compare(args.n, args.workers, args.address)
    print(f"machine: {machine()}")
    print("| articles | Ray workers | local | Ray | local / Ray | tables that differ |")
    print("| --- | --- | --- | --- | --- | --- |")
    print(f"| {row['articles']:,} | {row['workers']} | {row['local_s']} s | {row['ray_s']} s | "
          f"{row['speedup']}× | {', '.join(row['differ']) or 'none'} |")  # fmt: skip
    if args.json:
        args.json.write_text(json.dumps(row, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
