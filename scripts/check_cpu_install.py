"""Check the README's GPU-free install of ``.[mt]``: in a fresh venv, no CUDA package is installed.

Follows the README's two lines in a new virtual environment:

1. ``pip install torch --index-url https://download.pytorch.org/whl/cpu``, first as
   ``--dry-run --report`` (what would be installed), then for real;
2. ``pip install -e ".[mt]"`` as ``--dry-run --report``.

and fails when either report holds a CUDA package (``nvidia-*``, ``triton``,
``cuda-*``) or a torch build other than the CPU one. Where PyTorch's index is
unreachable, pip resolves torch from the machine's own wheel folders (pip's
``find-links``), so the check says which file it would install.

    python scripts/check_cpu_install.py [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CPU_INDEX = "https://download.pytorch.org/whl/cpu"
#: Packages that only a CUDA build of torch brings.
CUDA = re.compile(r"^(nvidia-.*|triton|cuda-.*|cupy.*)$", re.I)


def pip(python: Path, *args: str) -> None:
    subprocess.run([str(python), "-m", "pip", "-q", *args], check=True)


def dry_run(python: Path, report: Path, *args: str) -> list[tuple[str, str, str]]:
    """(name, version, where from) of what ``pip install ARGS`` would install."""
    pip(python, "install", "--dry-run", "--report", str(report), *args)
    data = json.loads(report.read_text(encoding="utf-8"))
    return [(i["metadata"]["name"], i["metadata"]["version"], i["download_info"]["url"]) for i in data["install"]]


def cuda_in(installs: list[tuple[str, str, str]]) -> list[str]:
    bad = [f"{n} {v}" for n, v, _ in installs if CUDA.match(n)]
    bad += [f"{n} {v}" for n, v, _ in installs if n.lower() == "torch" and not v.endswith("+cpu")]
    return bad


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--keep", type=Path, help="make the venv here and keep it (default: a temporary folder)")
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        where = args.keep or Path(tmp)
        venv.EnvBuilder(with_pip=True, clear=True).create(where / "venv")
        python = where / "venv" / "bin" / "python"
        step1 = dry_run(python, where / "torch.json", "torch", "--index-url", CPU_INDEX)
        torch = [f"{n} {v} from {u}" for n, v, u in step1 if n.lower() == "torch"]
        print(f"1. pip install torch --index-url {CPU_INDEX}\n   would install {len(step1)}: {', '.join(torch)}")
        pip(python, "install", "torch", "--index-url", CPU_INDEX)
        step2 = dry_run(python, where / "mt.json", "-e", f"{ROOT}[mt]")
        print(f'2. pip install -e ".[mt]"\n   would install {len(step2)} more: {", ".join(n for n, _, _ in step2)}')
        bad = cuda_in(step1) + cuda_in(step2)
    print("CUDA packages: " + (", ".join(bad) if bad else "none"))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
