"""Executors: the article phase gives the same tables wherever it runs."""

from __future__ import annotations

import pickle

import pytest
from conftest import DEMO, SHARED

import mt_audit
from mt_audit.executors import EXECUTORS, LocalExecutor, build_executor
from mt_audit.registry import UnknownNameError

TABLES = ("documents.csv", "findings.csv", "taxonomy.csv", "alignment.jsonl", "texts.jsonl")


def test_executors_are_registered_and_unknown_names_list_them() -> None:
    assert {"local", "ray"} <= set(EXECUTORS.names())
    assert isinstance(build_executor("local"), LocalExecutor)
    with pytest.raises(UnknownNameError, match="local"):
        build_executor("threads")


def test_an_unknown_executor_fails_before_any_work(tmp_path) -> None:
    with pytest.raises(UnknownNameError):
        mt_audit.audit(texts={"a": "Bonjour."}, source_texts={"s": "Hello."}, executor="nope", out=tmp_path)
    assert not any(tmp_path.iterdir())


@pytest.mark.slow
def test_the_portable_corpus_travels_and_audits_alike(demo_audit, embedder) -> None:
    """What a worker receives (pickled, models by name) audits an article exactly as the driver does."""
    from mt_audit import pipeline
    from mt_audit.article import audit_article
    from mt_audit.checks import select
    from mt_audit.corpus import Corpus
    from mt_audit.ingest import collect
    from mt_audit.preflight import Shortfalls, engine
    from mt_audit.score import LexicalScorer
    from mt_audit.settings import Settings

    settings = Settings(backtranslations=str(DEMO / "backtranslations"), n_bootstrap=50)
    articles = collect([str(DEMO)])
    sources = [pipeline.read_source(str(DEMO / "sources" / "musk-twitter-gpus.en.txt"))]
    prepared = pipeline._prepare_sources(sources, embedder, pipeline.reporter(False))
    eng, _ = engine(settings, Shortfalls(False))
    corpus = Corpus(settings, select(), embedder, eng, {}, LexicalScorer(50), prepared)
    worker = pickle.loads(pickle.dumps(corpus.portable())).load()
    for doc in articles[:2]:
        here, _ = audit_article(pickle.loads(pickle.dumps(doc)), corpus)
        there, _ = audit_article(pickle.loads(pickle.dumps(doc)), worker)
        assert pickle.dumps(here.entry()) == pickle.dumps(there.entry())


@pytest.fixture(scope="module")
def ray_cluster():
    """A local Ray cluster of 2 CPUs on 127.0.0.1, for this module only."""
    ray = pytest.importorskip("ray")
    pytest.importorskip("ray.data")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, _node_ip_address="127.0.0.1")
    yield ray
    ray.shutdown()


@pytest.mark.slow
def test_ray_gives_the_local_tables_byte_for_byte(demo_audit, embedder, ray_cluster, tmp_path) -> None:
    _, local = demo_audit
    result = mt_audit.audit([str(DEMO)], out=tmp_path, embedder=embedder, executor="ray", workers=2)
    assert result.run["counts"]["articles_ok"] == 5
    for name in TABLES:
        assert (tmp_path / name).read_bytes() == (local / name).read_bytes(), name
    assert ray_cluster.is_initialized()  # a cluster the caller started is left running


@pytest.mark.slow
@pytest.mark.skipif(not (SHARED / "benchmarks" / "demetr").is_dir(), reason="needs ../shared/benchmarks/demetr")
def test_ray_agrees_with_local_on_a_thousand_articles(ray_cluster) -> None:
    """bench_executors' corpus of 1,000 DEMETR articles: every table byte-identical between executors."""
    from scripts_loader import load_script

    load_script("bench_demo")
    load_script("bench_scale")
    row = load_script("bench_executors").compare(n=1000, workers=2)
    assert row["differ"] == []


@pytest.mark.parametrize(
    ("option", "message"),
    [(["--executor", "nope"], "unknown executor 'nope'"), (["--checks", "nope"], "nope")],
)
def test_a_misspelt_name_is_a_usage_error_that_writes_nothing(option, message, tmp_path, capsys) -> None:
    from mt_audit.cli import main

    out = tmp_path / "never-made"
    assert main(["run", str(DEMO), *option, "--out", str(out)]) == 1  # a usage error
    assert message in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.slow
def test_ray_with_a_sentence_engine_gives_the_local_tables(tiny_marian, embedder, ray_cluster, tmp_path) -> None:
    """Sentence translations are made once, in the corpus phase, and reach the actors with the corpus."""
    pytest.importorskip("ctranslate2")
    article = next((DEMO / "articles").glob("001_*.txt"))  # Turkish
    source = next((DEMO / "sources").glob("*.txt"))
    options = {"engine": "ct2", "model_dir": str(tiny_marian), "cache": "none", "max_decoding_length": 200}
    outs = {}
    for executor in ("local", "ray"):
        outs[executor] = tmp_path / executor
        mt_audit.audit([str(article)], sources=[str(source)], out=outs[executor], embedder=embedder,
                       executor=executor, workers=2, **options)  # fmt: skip
    for name in TABLES:
        assert (outs["ray"] / name).read_bytes() == (outs["local"] / name).read_bytes(), name
