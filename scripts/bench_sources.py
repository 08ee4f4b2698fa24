"""A rerun against the same sources: what keeping their sentence vectors on disk saves.

Builds 50 English sources of 20 DEMETR sentences each (its 1,000 distinct
English references, none shared between sources) and 5 articles (the same
sentences in DEMETR's other languages, one article per source), then audits
the articles against all the sources twice, each run a fresh process sharing
one new cache file (``--cache``), as a newsroom audits new articles against
the same sources. Reported per run: wall time, the ``prepare`` stage (reading
and embedding the sources) and the embedding cache's hits and misses; and
whether the tables are identical.

    python scripts/bench_sources.py [--sources 50]
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
DEMETR = ROOT.parent / "shared" / "benchmarks" / "demetr" / "base_id35_reference.json"
PER_SOURCE = 20


def build(folder: Path, n_sources: int) -> None:
    """``sources/`` and ``articles/`` with a manifest naming no presumed source (attribution must find it)."""
    rows = json.loads(DEMETR.read_text(encoding="utf-8"))
    (folder / "sources").mkdir()
    (folder / "articles").mkdir()
    for k in range(n_sources):
        chunk = rows[k * PER_SOURCE : (k + 1) * PER_SOURCE]
        (folder / "sources" / f"s{k:03d}.en.txt").write_text(" ".join(r["eng_sent"] for r in chunk), encoding="utf-8")
        if k % (n_sources // 5 or 1) == 0:
            text = " ".join(r["src_sent"] for r in chunk)
            (folder / "articles" / f"a{k:03d}.txt").write_text(text, encoding="utf-8")


def run(folder: Path, cache: Path, out: Path) -> tuple[float, dict]:
    sources = sorted(str(p) for p in (folder / "sources").glob("*.txt"))
    cmd = [sys.executable, "-m", "mt_audit", "run", str(folder / "articles"), "--engine", "none", "--cache",
           str(cache), "--out", str(out), "-q", "--no-report"]  # fmt: skip
    cmd += [a for s in sources for a in ("--source", s)]
    t = time.perf_counter()
    subprocess.run(cmd, check=True, env={**os.environ, "MT_AUDIT_HOME": str(folder / "home")})
    return time.perf_counter() - t, json.loads((out / "run.json").read_text(encoding="utf-8"))


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sources", type=int, default=50)
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        build(folder, args.sources)
        cache = folder / "cache.sqlite"
        results = [run(folder, cache, folder / f"out{k}") for k in (1, 2)]
        same = all((folder / "out1" / f).read_bytes() == (folder / "out2" / f).read_bytes()
                   for f in ("documents.csv", "findings.csv", "alignment.jsonl"))  # fmt: skip
    print(f"# {args.sources} sources × {PER_SOURCE} sentences, 5 articles, --engine none\n")
    print("| run | wall | prepare (sources) | embedding cache |")
    print("| --- | ---: | ---: | --- |")
    for name, (wall, rec) in zip(("first", "second"), results):
        c, prep = rec["embedding_cache"], rec["timings_s"]["prepare"]
        print(f"| {name} | {wall:.1f} s | {prep:.1f} s | {c['hits']} hits, {c['misses']} misses |")
    first, second = (r[1]["timings_s"]["prepare"] for r in results)
    ratio = results[1][0] / results[0][0]
    print(f"\nsecond/first: wall {ratio:.2f}, prepare {second / first:.3f}; tables identical: {same}")


if __name__ == "__main__":
    main()
