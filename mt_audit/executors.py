"""Executors: who runs the article phase, and where.

Every executor runs :func:`mt_audit.article.audit_article` on each article and
yields the results **in input order**; nothing else about the audit depends on
the executor, so the tables are byte-identical whichever runs it. ``local``
(the default) runs in this process; ``ray`` spreads articles over the actors
of a Ray cluster (``pip install "mt-audit[ray]"``), each loading the models
once.
"""

from __future__ import annotations

import logging
import os
import pickle
from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from typing import Any, ClassVar

from mt_audit.article import Timings, audit_article
from mt_audit.corpus import Corpus, PortableCorpus
from mt_audit.preflight import RequiredMissing
from mt_audit.records import ArticleResult
from mt_audit.registry import Registry
from mt_audit.types import Document

#: Articles per Ray Data batch: small, so that a worker's results reach the journal soon.
RAY_BATCH = 4
RAY_INSTALL = 'pip install "mt-audit[ray]"'


class Executor(ABC):
    """Runs the article phase over the articles; the pipeline calls only :meth:`map` and :meth:`close`."""

    name: ClassVar[str]

    @abstractmethod
    def map(self, articles: Sequence[Document], corpus: Corpus) -> Iterator[tuple[ArticleResult, Timings]]:
        """Each article's result and stage timings, in the order of ``articles``."""

    def close(self) -> None:  # noqa: B027 - most executors start nothing
        """Release what the executor started (a local Ray cluster)."""

    def __enter__(self) -> Executor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


EXECUTORS: Registry[type[Executor]] = Registry("executor")


@EXECUTORS.register("local")
class LocalExecutor(Executor):
    """One article after another in this process: the embedded choice, and the reference for the others."""

    name = "local"

    def __init__(self, **_: Any) -> None:
        pass

    def map(self, articles: Sequence[Document], corpus: Corpus) -> Iterator[tuple[ArticleResult, Timings]]:
        for doc in articles:
            yield audit_article(doc, corpus)


class _RayWorker:
    """A Ray actor: loads the corpus's models once, then audits batches of pickled articles."""

    def __init__(self, corpus: Any) -> None:
        import ray

        portable: PortableCorpus = ray.get(corpus) if isinstance(corpus, ray.ObjectRef) else corpus
        self.corpus = portable.load()

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        results = [pickle.dumps(audit_article(pickle.loads(blob), self.corpus)) for blob in batch["doc"]]
        return {"i": batch["i"], "result": results}


@EXECUTORS.register("ray")
class RayExecutor(Executor):
    """Ray Data ``map_batches`` over the articles, one actor per worker, order preserved.

    ``address`` is an existing cluster (``ray://host:10001`` or ``auto``);
    without it a local cluster is started with ``workers`` CPUs (default: all)
    and shut down by :meth:`close`. The corpus (sources, their index, the
    sentence translations) goes to the object store once; each actor loads
    its own embedder with one thread, as several share the machine.
    """

    name = "ray"

    def __init__(self, address: str | None = None, workers: int | None = None, **_: Any) -> None:
        self.ray = _import_ray()
        self.address, self.workers = address, workers
        self._started = False

    def map(self, articles: Sequence[Document], corpus: Corpus) -> Iterator[tuple[ArticleResult, Timings]]:
        if not articles:
            return
        self._connect()
        from ray import data

        ray = self.ray
        context = data.DataContext.get_current()
        context.execution_options.preserve_order = True  # results in input order: byte-identical tables
        context.enable_progress_bars = False  # the pipeline's own progress reports each article
        items = [{"i": i, "doc": pickle.dumps(doc)} for i, doc in enumerate(articles)]
        actors = max(1, min(len(articles), self._actors()))
        dataset = data.from_items(items, override_num_blocks=min(len(items), actors * 4))
        results = dataset.map_batches(
            _RayWorker,
            fn_constructor_kwargs={"corpus": ray.put(corpus.portable())},
            batch_size=RAY_BATCH,
            batch_format="numpy",
            concurrency=actors,
            num_cpus=1,
        )
        expected = 0
        for batch in results.iter_batches(batch_size=None, batch_format="numpy"):
            for i, blob in zip(batch["i"], batch["result"]):
                if int(i) != expected:
                    raise RuntimeError(f"ray returned article {int(i)} where {expected} was due")
                expected += 1
                yield pickle.loads(blob)

    def _connect(self) -> None:
        ray = self.ray
        if ray.is_initialized():
            return
        logging.getLogger("ray").setLevel(logging.WARNING)
        options: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False, "logging_level": logging.WARNING}
        if self.address:
            ray.init(address=self.address, **options)
        else:
            ray.init(num_cpus=self.workers or os.cpu_count() or 1, **options)
            self._started = True

    def _actors(self) -> int:
        if self.workers:
            return self.workers
        return max(1, int(self.ray.cluster_resources().get("CPU", 1)))

    def close(self) -> None:
        if self._started:
            self.ray.shutdown()
            self._started = False


def _import_ray() -> Any:
    try:
        import ray
    except ImportError:
        raise RequiredMissing("--executor ray needs Ray", missing=("ray",), get=(RAY_INSTALL,)) from None
    return ray


def build_executor(name: str, **options: Any) -> Executor:
    """The executor registered as ``name`` (an unknown name lists the valid ones)."""
    return EXECUTORS.get(name)(**options)
