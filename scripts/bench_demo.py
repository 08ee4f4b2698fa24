"""Wall time of the README's demo audit in a fresh process, model loading included.

    python scripts/bench_demo.py [--repeat 3]

Target: under 60 s on 2 cores. Prints the machine, each run and the median.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def machine() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{model}, {os.cpu_count()} cores, Python {platform.python_version()}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    print(f"machine: {machine()}")
    times = []
    for k in range(args.repeat):
        with tempfile.TemporaryDirectory() as out:
            t = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "mt_audit", "run", str(ROOT / "data" / "demo"), "--out", out, "-q"],
                check=True,
            )
            times.append(time.perf_counter() - t)
            run = json.loads((Path(out) / "run.json").read_text())
        stages = ", ".join(f"{k} {v:.1f}" for k, v in run["timings_s"].items() if v >= 0.05)
        print(f"run {k + 1}: {times[-1]:.1f} s wall ({stages})")
    print(f"demo audit: median {statistics.median(times):.1f} s over {len(times)} runs (target < 60 s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
