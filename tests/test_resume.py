"""A killed run loses nothing and a rerun resumes it: tables identical to an uninterrupted run."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import SHARED

DEMETR = SHARED / "benchmarks" / "demetr" / "base_id35_reference.json"
TABLES = ("documents.csv", "findings.csv", "taxonomy.csv", "alignment.jsonl", "texts.jsonl")


def build_corpus(folder: Path, n_articles: int, per_article: int = 2) -> Path:
    """``n_articles`` articles of ``per_article`` consecutive DEMETR sentences, each with its own English source."""
    items = json.loads(DEMETR.read_text(encoding="utf-8"))
    (folder / "articles").mkdir(parents=True)
    (folder / "sources").mkdir()
    rows = ["id,path,presumed_source"]
    for k in range(n_articles):
        chunk = items[k * per_article : (k + 1) * per_article]
        (folder / "articles" / f"a{k:03d}.txt").write_text(" ".join(x["src_sent"] for x in chunk), encoding="utf-8")
        (folder / "sources" / f"s{k:03d}.en.txt").write_text(" ".join(x["eng_sent"] for x in chunk), encoding="utf-8")
        rows.append(f"a{k:03d},articles/a{k:03d}.txt,sources/s{k:03d}.en.txt")
    (folder / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


def journal_lines(out: Path) -> list[str]:
    path = out / "partial.jsonl"
    if not path.is_file():
        return []
    return [line for line in path.read_text(encoding="ascii").splitlines() if line.endswith("}")]


def run(corpus: Path, out: Path, *, kill_after: int | None = None) -> subprocess.CompletedProcess | None:
    """``mt-audit run``; with ``kill_after``, SIGKILLed once the journal holds that many finished articles."""
    cmd = [sys.executable, "-m", "mt_audit", "run", str(corpus), "--out", str(out), "-q", "--no-report"]
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    if kill_after is None:
        return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=900)
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    deadline = time.monotonic() + 900
    while len(journal_lines(out)) < kill_after and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    return None


@pytest.mark.slow
@pytest.mark.skipif(not DEMETR.is_file(), reason="needs ../shared/benchmarks/demetr")
def test_kill_twice_then_resume_gives_the_uninterrupted_tables(tmp_path: Path) -> None:
    corpus = build_corpus(tmp_path / "corpus", 200)
    whole = run(corpus, tmp_path / "whole")
    assert whole is not None and whole.returncode == 0, whole.stderr

    out = tmp_path / "resumed"
    run(corpus, out, kill_after=40)
    first = journal_lines(out)
    assert 40 <= len(first) < 200
    run(corpus, out, kill_after=len(first) + 60)
    second = journal_lines(out)
    assert second[: len(first)] == first, "a rerun must append to the journal, never rewrite it"
    assert len(first) + 60 <= len(second) < 200
    assert not (out / "documents.csv").exists()

    final = run(corpus, out)
    assert final is not None and final.returncode == 0, final.stderr
    counts = json.loads((out / "run.json").read_text(encoding="utf-8"))["counts"]
    assert counts["articles_resumed"] == len({json.loads(line)["article_key"] for line in second})
    assert counts["articles_computed"] == 200 - counts["articles_resumed"]
    for name in TABLES:
        assert (out / name).read_bytes() == (tmp_path / "whole" / name).read_bytes(), name
    assert not (out / "partial.jsonl").exists()
