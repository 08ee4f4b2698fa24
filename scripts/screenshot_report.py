"""Screenshots of report.html as a reader sees it, rendered by headless Chromium.

Why: a report is for people; tests check its structure, but only a rendered
page shows whether it reads well (right-to-left Arabic, highlights, charts).
Writes two PNGs: the overview (top of the page) and one article's reading
view, by default the first right-to-left article (the page's
``?article=ID`` view shows that article alone).

Needs Chromium (Debian: ``apt-get install chromium``; or set ``CHROMIUM``).
Reproduce (from the repository root; audits the demo first when no report is
given)::

    python scripts/screenshot_report.py --out docs/screenshots
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.parse
from pathlib import Path

from mt_audit.report.view import encode_id

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def browser() -> str:
    """The Chromium binary: $CHROMIUM, else the first on PATH."""
    if os.environ.get("CHROMIUM"):
        return os.environ["CHROMIUM"]
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    sys.exit("screenshot_report: no Chromium found; apt-get install chromium (Debian), or set CHROMIUM")


def shoot(page: str, png: Path, width: int, height: int) -> None:
    """One headless Chromium screenshot of ``page`` (a file:// URL), after its script ran."""
    with tempfile.TemporaryDirectory(prefix="mt-audit-chromium-") as profile:
        cmd = [
            browser(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--no-first-run",
            f"--user-data-dir={profile}",
            f"--window-size={width},{height}",
            "--virtual-time-budget=3000",
            f"--screenshot={png}",
            page,
        ]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    if done.returncode != 0 or not png.is_file():
        sys.exit(f"screenshot_report: chromium failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    shrink(png)


def shrink(png: Path) -> None:
    """Re-save with a 256-colour palette: a page of text loses nothing visible and the file a third or more."""
    from PIL import Image

    with Image.open(png) as im:
        small = im.convert("RGB").quantize(256, dither=Image.Dither.NONE)
    small.save(png, optimize=True)


def rtl_article(report: Path) -> str | None:
    """The first article whose reading view is right to left, read from the report's saved audit."""
    from mt_audit.languages import right_to_left
    from mt_audit.report import Audit

    arts = Audit.load(report.parent).articles
    hits = arts[(arts["status"] == "ok") & arts["lang"].astype(str).map(right_to_left)]
    return str(hits["doc_id"].iloc[0]) if len(hits) else None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--report", type=Path, help="a report.html (default: audit the demo into a temporary folder)")
    ap.add_argument("--out", type=Path, default=Path("docs/screenshots"), help="folder for the PNGs")
    ap.add_argument("--article", help="article id for the reading view (default: the first right-to-left one)")
    ap.add_argument("--width", type=int, default=1400)
    ap.add_argument("--height", type=int, default=2400, help="window height: how much of each page is captured")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="mt-audit-shots-") as tmp:
        report = args.report
        if report is None:
            import mt_audit

            root = Path(__file__).resolve().parents[1]
            mt_audit.audit([root / "data" / "demo"], out=Path(tmp) / "audit")
            report = Path(tmp) / "audit" / "report.html"
        report = report.resolve()
        if not report.is_file():
            sys.exit(f"screenshot_report: {report} does not exist")
        article = args.article or rtl_article(report)
        args.out.mkdir(parents=True, exist_ok=True)
        overview = args.out / "report-overview.png"
        shoot(report.as_uri(), overview, args.width, args.height)
        print(overview)
        if article:
            view = args.out / f"report-article-{encode_id(article)}.png"
            shoot(f"{report.as_uri()}?article={urllib.parse.quote(article, safe='')}", view, args.width, args.height)
            print(view)
        else:
            print("no right-to-left article in this report; pass --article ID for a reading view")


if __name__ == "__main__":
    main()
