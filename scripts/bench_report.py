"""How a large audit's report renders and opens: write time, size, headless Chromium load time, reachability.

    python scripts/bench_report.py [--articles 1000] [--audit audit-out]

Builds an audit of ``--articles`` articles by repeating the demo audit's
articles under new ids (their texts, findings and alignment rows with them:
the page structure of a real audit, at that size), writes its report (paged
above ``mt_audit.report.html.PAGED_ARTICLES_MIN`` articles), times headless
Chromium loading the index page to the end of its script (``--dump-dom``),
and checks that every article's page the index links to exists and holds
that article. Needs Chromium (``CHROMIUM`` or on PATH). The demo audit is
run first when ``--audit`` holds none.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from screenshot_report import browser  # noqa: E402 - scripts/ is on the path of a script run from it

from mt_audit.report import Audit  # noqa: E402
from mt_audit.report.html import write  # noqa: E402


def grow(audit: Audit, n: int) -> Audit:
    """``n`` articles: the audit's articles repeated, each copy under its own id ("<id>~<k>")."""
    ids = [str(d) for d in audit.articles["doc_id"]]
    reps = -(-n // len(ids))
    keep = set([f"{d}~{k}" for k in range(reps) for d in ids][:n])

    def repeat(frame: pd.DataFrame) -> pd.DataFrame:
        if frame.empty or "doc_id" not in frame:
            return frame
        mine = frame["doc_id"].astype(str).isin(ids)
        parts = [frame[~mine]]
        for k in range(reps):
            part = frame[mine].assign(doc_id=frame.loc[mine, "doc_id"].astype(str) + f"~{k}")
            parts.append(part[part["doc_id"].isin(keep)])
        return pd.concat(parts, ignore_index=True)

    return Audit(repeat(audit.documents), repeat(audit.findings), repeat(audit.alignment), dict(audit.run),
                 repeat(audit.texts))  # fmt: skip


def load_time(page: Path) -> tuple[float, str]:
    """Seconds for headless Chromium to load ``page`` and run its script, and the DOM it ended with."""
    with tempfile.TemporaryDirectory(prefix="mt-audit-chromium-") as profile:
        cmd = [browser(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
               f"--user-data-dir={profile}", "--dump-dom", page.resolve().as_uri()]  # fmt: skip
        t = time.perf_counter()
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
        seconds = time.perf_counter() - t
    if done.returncode != 0:
        sys.exit(f"bench_report: chromium failed ({done.returncode}): {done.stderr.strip()[-300:]}")
    return seconds, done.stdout


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--audit", type=Path, default=ROOT / "audit-out", help="an output folder of mt-audit run")
    args = ap.parse_args()
    if not (args.audit / "documents.csv").is_file():
        subprocess.run([sys.executable, "-m", "mt_audit", "run", str(ROOT / "data" / "demo"), "--out",
                        str(args.audit), "-q"], check=True)  # fmt: skip
    big = grow(Audit.load(args.audit), args.articles)
    with tempfile.TemporaryDirectory() as out:
        t = time.perf_counter()
        index = write(big, out)
        written = time.perf_counter() - t
        folder = Path(out) / "report-articles"
        pages = sorted(folder.glob("*.html")) if folder.is_dir() else []
        size = index.stat().st_size
        _, dom = load_time(index)  # a first load warms Chromium's own files; the second is the figure
        seconds, dom = load_time(index)
        links = set(re.findall(r'href="(report-articles/[^"#]+)"', dom))
        missing = [h for h in links if not (Path(out) / h).is_file()]
    print(f"{len(big.articles)} articles: report written in {written:.1f} s; index page {size / 1e6:.2f} MB, "
          f"{len(pages)} article pages; headless Chromium load {seconds:.2f} s; "
          f"{len(links)} article links, {len(missing)} missing")  # fmt: skip
    return 1 if missing or len(links) < len(big.articles) else 0


if __name__ == "__main__":
    raise SystemExit(main())
