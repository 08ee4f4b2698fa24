"""Score HTML main-text extraction on the shared article-extraction benchmark, with its own measure.

The benchmark (``../shared/benchmarks/article-extraction/``, see its README)
holds real news pages (``html/<id>.html.gz``) and the article body people
wrote down for each (``ground-truth.dev.json``). Three extractors are scored
on the text mt-audit decodes from each page's bytes:

* ``trafilatura``: trafilatura as mt-audit calls it (:func:`mt_audit.extract.trafilatura_text`);
* ``builtin``: the built-in parser alone (:func:`mt_audit.extract.html_main_text`);
* ``mt-audit``: what ingestion really returns for the page saved as an .html
  file (:func:`mt_audit.ingest.read_document`: trafilatura, the built-in
  fallback, and every check after them), so the measured thing is the product.

The measure, as the README gives it: both texts lower-cased and split on
whitespace and punctuation into tokens; 4-token shingles counted with
multiplicity (a text of fewer than 4 tokens is one shorter shingle, as in the
benchmark's own code); per page precision = shared / predicted and recall =
shared / true, an empty prediction scoring 0 for both; precision and recall
are means over pages, F1 their harmonic mean; the interval is a seeded
percentile bootstrap over pages.

    python scripts/eval_extraction.py [--limit N] [--bootstrap 1000] [--json]
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mt_audit.extract import html_main_text, trafilatura_text  # noqa: E402
from mt_audit.ingest import decode_page, read_document  # noqa: E402

BENCHMARK = ROOT.parent / "shared" / "benchmarks" / "article-extraction"
SHINGLE = 4
TARGET_F1, TARGET_PRECISION = 0.93, 0.90
_TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int = SHINGLE) -> Counter[tuple[str, ...]]:
    """Lower-cased word-token n-grams of ``text``, counted with multiplicity."""
    tokens = _TOKEN.findall(text.lower())
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n])


def page_scores(true: str, predicted: str) -> tuple[float, float]:
    """(precision, recall) of one page; an empty prediction scores 0 for both."""
    want, got = shingles(true), shingles(predicted)
    if not got:
        return (1.0, 1.0) if not want else (0.0, 0.0)
    shared = sum((want & got).values())
    return shared / sum(got.values()), shared / sum(want.values()) if want else 0.0


def summary(scores: Sequence[tuple[float, float]]) -> tuple[float, float, float]:
    """(F1, precision, recall): F1 is the harmonic mean of the mean precision and the mean recall."""
    precision = sum(p for p, _ in scores) / len(scores)
    recall = sum(r for _, r in scores) / len(scores)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f1, precision, recall


def bootstrap(scores: Sequence[tuple[float, float]], n: int, seed: int) -> list[tuple[float, float]]:
    """95% percentile intervals of (F1, precision, recall) over ``n`` resamples of the pages."""
    rng = random.Random(seed)
    draws = [summary([scores[rng.randrange(len(scores))] for _ in scores]) for _ in range(n)]
    out = []
    for k in range(3):
        values = sorted(d[k] for d in draws)
        out.append((values[int(0.025 * (n - 1))], values[int(0.975 * (n - 1))]))
    return out


@dataclass
class Result:
    """One extractor's figures over the pages."""

    name: str
    pages: int
    f1: float
    precision: float
    recall: float
    interval: list[tuple[float, float]]
    empty: int
    seconds: float
    extractors: dict[str, int]

    @property
    def meets_target(self) -> bool:
        return self.f1 >= TARGET_F1 and self.precision >= TARGET_PRECISION


def load(folder: Path, limit: int | None) -> list[tuple[str, bytes, str]]:
    """(id, page bytes, true article body) for each page, sorted by id."""
    truth = json.loads((folder / "ground-truth.dev.json").read_text(encoding="utf-8"))
    ids = sorted(truth)[:limit] if limit else sorted(truth)
    return [(i, gzip.decompress((folder / "html" / f"{i}.html.gz").read_bytes()), truth[i]["articleBody"]) for i in ids]


def _on_decoded(extract: Callable[[str], str]) -> Callable[[str, bytes, Path], tuple[str, str]]:
    def run(page_id: str, data: bytes, tmp: Path) -> tuple[str, str]:
        return extract(decode_page(data)[0]), ""

    return run


def _ingested(page_id: str, data: bytes, tmp: Path) -> tuple[str, str]:
    """What mt-audit's ingestion returns for the page saved as an .html file ("" for an error document)."""
    path = tmp / f"{page_id}.html"
    path.write_bytes(data)
    (doc,) = read_document(path)
    return (doc.text if doc.ok else ""), doc.extractor or "error"


EXTRACTORS: dict[str, Callable[[str, bytes, Path], tuple[str, str]]] = {
    "trafilatura": _on_decoded(trafilatura_text),
    "builtin": _on_decoded(html_main_text),
    "mt-audit": _ingested,
}


def evaluate(pages: list[tuple[str, bytes, str]], n_bootstrap: int, seed: int) -> list[Result]:
    """Each extractor's figures over ``pages``."""
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, extract in EXTRACTORS.items():
            start = time.perf_counter()
            scores, used = [], Counter()
            for page_id, data, true in pages:
                text, extractor = extract(page_id, data, Path(tmp))
                scores.append(page_scores(true, text))
                used[extractor] += 1
            seconds = time.perf_counter() - start
            interval = bootstrap(scores, n_bootstrap, seed) if n_bootstrap else []
            empty = sum(1 for p, r in scores if p == r == 0)
            extractors = {k: v for k, v in sorted(used.items()) if k}
            results.append(Result(name, len(pages), *summary(scores), interval, empty, seconds, extractors))
    return results


def _cell(value: float, interval: list[tuple[float, float]], k: int) -> str:
    return f"{value:.3f} [{interval[k][0]:.3f}, {interval[k][1]:.3f}]" if interval else f"{value:.3f}"


def markdown(results: list[Result]) -> str:
    """The figures as a markdown table (95% bootstrap intervals in brackets)."""
    lines = [
        "| extractor | pages | F1 | precision | recall | scored 0 | extractor used | s |",
        "|---|---:|---|---|---|---:|---|---:|",
    ]
    for r in results:
        used = ", ".join(f"{k} {v}" for k, v in r.extractors.items()) or "-"
        lines.append(
            f"| {r.name} | {r.pages} | {_cell(r.f1, r.interval, 0)} | {_cell(r.precision, r.interval, 1)} "
            f"| {_cell(r.recall, r.interval, 2)} | {r.empty} | {used} | {r.seconds:.1f} |"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--benchmark", type=Path, default=BENCHMARK, help="the benchmark folder")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N pages (sorted by id)")
    parser.add_argument("--bootstrap", type=int, default=1000, help="bootstrap resamples (0: no interval)")
    parser.add_argument("--seed", type=int, default=0, help="bootstrap seed")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a markdown table")
    args = parser.parse_args(argv)
    results = evaluate(load(args.benchmark, args.limit), args.bootstrap, args.seed)
    if args.json:
        print(json.dumps([{**vars(r), "meets_target": r.meets_target} for r in results], indent=2))
    else:
        product = next(r for r in results if r.name == "mt-audit")
        print(markdown(results))
        print(f"\ntarget: F1 >= {TARGET_F1} at precision >= {TARGET_PRECISION}; "
              f"mt-audit {'meets' if product.meets_target else 'misses'} it")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
