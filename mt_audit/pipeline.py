"""The audit, stage by stage: ingest → normalize → identify → segment → embed →
attribute → translate → align → score → check → report.

Each stage lives in its own module; this one wires them together in two
phases. The corpus phase checks everything the run was asked to use
(:mod:`mt_audit.preflight`), reads the sources and fixes what every article is
measured against. The article phase audits one article at a time, isolated
from the others, and appends each finished article to the run journal
(:mod:`mt_audit.report.journal`), so a rerun after a crash resumes instead of
recomputing. With an output folder, memory keeps each finished article's
documents.csv row and a tally of its findings, not its texts, findings or
beads: a large run writes its tables and report pages from the journal, one
article at a time (:mod:`mt_audit.report.stream`), into a staging folder that
replaces the previous run's files whole.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Mapping, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from mt_audit import __version__, preflight
from mt_audit.attribute import ATTRIBUTION_SIGNATURE, attribution, sibling_groups
from mt_audit.checks import Check, select
from mt_audit.corpus import Corpus, Prepared, failure, prepare, read
from mt_audit.embed import Embedder
from mt_audit.embed_store import EmbeddingStore
from mt_audit.executors import EXECUTORS, Executor, build_executor
from mt_audit.identify import detect, is_language_tag
from mt_audit.index import INDEX_SIGNATURE, SentenceIndex, shortlist
from mt_audit.ingest import attach_references, collect, from_text, read_source, unique_ids
from mt_audit.progress import Progress, Say, reporter
from mt_audit.records import ArticleResult, DocumentRow, doc_row, text_record, versions
from mt_audit.reference_scores import signatures as reference_signatures
from mt_audit.report import Audit, Journal
from mt_audit.report.html import PAGED_ARTICLES_MIN
from mt_audit.report.journal import check_out
from mt_audit.report.stream import Finished, RunTables
from mt_audit.score import LexicalScorer
from mt_audit.settings import RUN_ONLY_SETTINGS, Settings
from mt_audit.taxonomy import QUALITY_SIGNATURE, is_translation
from mt_audit.translate import Engine, Translation, TranslationCache
from mt_audit.types import Document, InputError, MissingResource

if TYPE_CHECKING:
    from mt_audit.comet_score import CometScorer

#: A source must look English to this degree (lingua confidence) to be used.
MIN_SOURCE_EN_CONFIDENCE = 0.5
#: Article pairs whose mean embeddings are this close are tested as siblings.
SIBLING_PREFILTER = 0.80
#: Above this many articles a run's files are written article by article from its journal (see ``_publish``).
STREAM_ARTICLES_MIN = PAGED_ARTICLES_MIN
#: Nearest articles (by sentence-vector search) each unattributed article is tested against as a sibling.
SIBLING_NEIGHBOURS = 10


def audit(
    paths: Sequence[str | os.PathLike[str]] = (),
    *,
    manifest: str | os.PathLike[str] | None = None,
    sources: Sequence[str | os.PathLike[str]] = (),
    texts: dict[str, str] | None = None,
    source_texts: dict[str, str] | None = None,
    backtranslations: str | os.PathLike[str] | None = None,
    references: str | os.PathLike[str] | Mapping[str, str] | None = None,
    settings: Settings | None = None,
    out: str | os.PathLike[str] | None = None,
    progress: Progress | Say | bool | None = None,
    embedder: Embedder | None = None,
    report: bool = True,
    parquet: bool = False,
    **overrides: Any,
) -> Audit:
    """Audit articles against their presumed or given English sources.

    ``paths`` are files, folders (a folder with ``manifest.csv`` is read as
    that manifest, its ``backtranslations/`` used by default) or globs.
    ``texts`` and ``source_texts`` add in-memory documents by id. When there is
    exactly one candidate source, articles without a presumed source presume it.
    ``references`` gives human reference translations in the articles'
    languages: a folder of ``<doc id>.<ext>`` files or texts by doc id (a
    manifest's ``reference`` column, or its ``references/`` folder, does too);
    each such article is also scored against its reference (BLEU, chrF, TER
    and reference-based COMET, columns ``ref_*``).
    Keyword ``overrides`` set :class:`Settings` fields. Returns an
    :class:`~mt_audit.report.Audit`; with ``out`` its files are written there
    (report.html too, unless ``report=False``; the tables as Parquet too with
    ``parquet=True``), and a rerun into the same
    ``out`` with the same settings resumes what an interrupted run finished.

    Before any heavy work, raises :class:`~mt_audit.types.InputError` for a
    path that does not exist, :class:`~mt_audit.types.OutputError` for an
    ``out`` that cannot be written and :class:`~mt_audit.preflight.RequiredMissing`
    for a requested engine, COMET model or source that is missing (unless
    ``allow_missing=True``, which records it in run.json ``missing`` instead).
    """
    str_paths = [os.fspath(p) for p in paths]
    settings = _settings(settings, overrides, backtranslations, str_paths)
    refs = references if isinstance(references, Mapping) else None
    if references is not None and refs is None:
        settings.references = os.fspath(references)
    say = reporter(progress)
    t0 = time.perf_counter()
    timings: dict[str, float] = {}
    checks = select(settings.checks, settings.skip_checks)
    EXECUTORS.get(settings.executor)  # a misspelt name ends the run before --out is made
    out_dir = check_out(out) if out is not None else None
    preflight.check_paths(str_paths)
    if parquet and out_dir is not None:
        preflight.parquet()
    executor = build_executor(settings.executor, address=settings.ray_address, workers=settings.workers)
    shortfalls = preflight.Shortfalls(settings.allow_missing)
    engine, engine_note = preflight.engine(settings, shortfalls)
    comets = preflight.comets(settings, shortfalls)
    articles, source_docs = _ingest(str_paths, manifest, sources, texts, source_texts, settings)
    _check_sources(source_docs, shortfalls)
    _attach_references(articles, refs, settings, shortfalls)
    if engine is not None:
        engine.expect(articles)
    timings["ingest"] = time.perf_counter() - t0

    t = time.perf_counter()
    embedder = embedder or preflight.embedder(settings.embedder)
    timings["load_embedder"] = time.perf_counter() - t
    scorer = LexicalScorer(settings.n_bootstrap)
    run_key = _run_key(settings, embedder, engine, comets, checks, scorer, source_docs)
    journal = Journal(out_dir, run_key)
    cache: TranslationCache | None = None
    store: EmbeddingStore | None = None
    try:
        keys = {a.doc_id: _article_key(a) for a in articles}  # before any stage writes into a document
        done = {i for i, k in keys.items() if k in journal.finished}
        t = time.perf_counter()
        sentence_engine = engine is not None and engine.sentence_level
        todo = [a for a in articles if a.doc_id not in done]
        to_translate = _sentences_by_language(todo, say) if sentence_engine else {}
        _prepare_engine(engine, settings, sorted(to_translate), shortfalls)
        store = _embedding_store(settings, say)
        with embedder.persisting(store):  # sources recur across runs: their vectors are kept on disk
            prepared_sources = _prepare_sources(source_docs, embedder, say)
        corpus = Corpus(settings, checks, embedder, engine, comets, scorer, prepared_sources)
        timings["prepare"] = time.perf_counter() - t
        t = time.perf_counter()
        cache = _cache(settings) if engine is not None and engine.sentence_level else None
        if engine is not None and engine.sentence_level:
            corpus.translated = _translate_all(corpus, to_translate, cache, shortfalls, say)
        timings["translate"] = time.perf_counter() - t
        notes = {k: v for k, v in shortfalls.items() if not v.requested}  # requested ones: the caller says them
        if notes:
            say.say(missing_message(notes))
        finished = _audit_articles(articles, keys, done, corpus, executor, journal, timings, say)
        timings["total"] = time.perf_counter() - t0
        for r in finished.results:
            for key, value in r.shortfalls.items():
                shortfalls.setdefault(key, preflight.Shortfall.from_record(value))
        tables = _assemble(source_docs, corpus, finished, shortfalls, engine_note, cache, timings, len(done))
        tables.run["embedding_cache"] = store.stats() if store is not None else None
        if out_dir is not None:
            result = _publish(tables, out_dir, report, parquet, say)
            journal.finish()
        else:
            result = tables.whole()
    finally:
        journal.close()
        executor.close()
        if cache is not None:
            cache.close()
        if store is not None:
            store.close()
    return result


def _settings(
    settings: Settings | None, overrides: dict[str, Any], backtranslations: Any, paths: Sequence[str]
) -> Settings:
    settings = Settings(**asdict(settings)) if settings is not None else Settings()
    for key, value in overrides.items():
        if not hasattr(settings, key):
            raise TypeError(f"unknown setting {key!r}")
        setattr(settings, key, value)
    if settings.lang is not None:
        settings.lang = settings.lang.strip()
        if not is_language_tag(settings.lang):
            raise InputError(f"--lang {settings.lang!r} is not a language tag (BCP 47, e.g. de, pt-BR)")
    if backtranslations is not None:
        settings.backtranslations = os.fspath(backtranslations)
    elif settings.backtranslations is None:
        settings.backtranslations = _companion(paths, "backtranslations")
    if settings.references is None:
        settings.references = _companion(paths, "references")
    return settings


def _companion(paths: Sequence[str], name: str) -> str | None:
    """A manifest folder's companion folder ``name`` (its back-translations, its references), if any."""
    for p in paths:
        if (Path(p) / "manifest.csv").is_file() and (Path(p) / name).is_dir():
            return str(Path(p) / name)
    return None


def _attach_references(
    articles: Sequence[Document], texts: Mapping[str, str] | None, settings: Settings,
    shortfalls: preflight.Shortfalls,
) -> None:  # fmt: skip
    """Human references onto their articles; one asked for and unreadable is a requested resource missing."""
    given = texts if texts is not None else settings.references
    if given is not None and not attach_references(articles, given, settings.max_chars):
        fix = ("name each reference file after its article's id: <doc id>.txt",)
        shortfalls.add("references", MissingResource(f"references {given}: no file matches an article", get=fix),
                       requested=True, label=f"--references {given}")  # fmt: skip
    for d in articles:
        if d.reference_error:
            fix = ("give a readable reference file in the article's language, or leave the row's reference empty",)
            shortfalls.add(f"reference:{d.doc_id}", MissingResource(d.reference_error, get=fix),
                           requested=True, label=f"reference of {d.doc_id}")  # fmt: skip


def _ingest(
    paths: list[str],
    manifest: Any,
    sources: Sequence[Any],
    texts: dict[str, str] | None,
    source_texts: dict[str, str] | None,
    settings: Settings,
) -> tuple[list[Document], list[Document]]:
    """Articles and sources, ids unique, each article's presumed source named by the source's id."""
    limit = settings.max_chars
    articles = collect(
        paths,
        manifest=os.fspath(manifest) if manifest else None,
        max_chars=limit,
        allow_outside_paths=settings.allow_outside_paths,
    )
    source_paths = [os.fspath(s) for s in sources]
    for d in articles:
        if d.presumed_source and d.presumed_source not in source_paths:
            source_paths.append(d.presumed_source)
    source_docs = [read_source(p, max_chars=limit) for p in source_paths]
    source_docs += [from_text(k, v, lang="en", max_chars=limit) for k, v in (source_texts or {}).items()]
    unique_ids(source_docs)
    by_path = dict(zip(source_paths, source_docs))
    for d in articles:
        if d.presumed_source:
            d.presumed_source = by_path[d.presumed_source].doc_id
    articles += [from_text(k, v, max_chars=limit) for k, v in (texts or {}).items()]
    for d in articles:
        d.lang = d.lang or settings.lang
    if len(source_docs) == 1:  # one candidate source: every article without its own presumes it
        for d in articles:
            d.presumed_source = d.presumed_source or source_docs[0].doc_id
    unique_ids([*source_docs, *articles])
    return articles, source_docs


def _check_sources(source_docs: Sequence[Document], shortfalls: preflight.Shortfalls) -> None:
    """Every source must be readable and English; one that is not is a requested resource missing."""
    for d in source_docs:
        if d.ok:
            d.error = _source_error(d)
        if not d.ok:
            fix = ("give a readable English source file, or leave it out",)
            shortfalls.add(f"source:{d.doc_id}", MissingResource(d.error or "", get=fix),
                           requested=True, label=f"source {d.path}")  # fmt: skip


def _source_error(doc: Document) -> str | None:
    lang, conf = detect(doc.text)
    if lang != "en" or conf < MIN_SOURCE_EN_CONFIDENCE:
        return f"source is not English (detected {lang or 'unknown'}, confidence {conf:.2f})"
    return None


def _sentences_by_language(articles: Sequence[Document], say: Progress) -> dict[str, list[str]]:
    """Every article sentence per language, for one batched back-translation pass; nothing else is kept.

    Reading is cheap next to the models, so the article phase reads each
    article again rather than holding every prepared article in memory.
    """
    out: dict[str, list[str]] = {}
    for d in articles:
        if not d.ok:
            continue
        try:
            p = read(d)
        except Exception as exc:  # one bad document must not end the run
            d.error = failure(exc)
            say.say(f"{d.doc_id}: {d.error}")
            continue
        out.setdefault(p.lang, []).extend(s.text for s in p.sentences)
    return out


def _prepare_engine(
    engine: Engine | None, settings: Settings, langs: Sequence[str], shortfalls: preflight.Shortfalls
) -> None:
    """Load the engine's model for each article language; a requested one that is missing stops the run here."""
    if engine is None or not engine.sentence_level:
        return
    for lang, exc in engine.prepare(langs).items():
        shortfalls.add(f"engine:{lang}", exc, requested=preflight.engine_requested(settings),
                       label=f"--engine {engine.name}, {lang}")  # fmt: skip


def _prepare_sources(source_docs: Sequence[Document], embedder: Embedder, say: Progress) -> dict[str, Prepared]:
    out: dict[str, Prepared] = {}
    with say.bar("sources", sum(d.ok for d in source_docs)) as bar:
        for d in source_docs:
            if not d.ok:
                continue
            try:
                out[d.doc_id] = prepare(d, embedder)
            except Exception as exc:  # one bad document must not end the run
                d.error = failure(exc)
            bar.update(note=f"source {d.doc_id}: " + (d.error or "prepared"))
    return out


def _run_key(
    settings: Settings,
    embedder: Embedder,
    engine: Engine | None,
    comets: dict[str, CometScorer],
    checks: Sequence[Check],
    scorer: LexicalScorer,
    sources: Sequence[Document],
) -> str:
    """What every article's result depends on besides its own input: a journal line is reused only under it."""
    key = {
        "mt_audit": __version__,
        "settings": {k: v for k, v in asdict(settings).items() if k not in RUN_ONLY_SETTINGS},
        "embedder": embedder.signature(),
        "engine": engine.signature() if engine is not None else None,
        "comet": {k: v.signature() for k, v in comets.items()},
        "checks": [c.name for c in checks],
        "rules": [ATTRIBUTION_SIGNATURE, QUALITY_SIGNATURE, margins_signature()],
        "metrics": scorer.signatures(),
        "sources": [
            (d.doc_id, d.error, hashlib.sha256(d.text.encode("utf-8", "surrogatepass")).hexdigest()) for d in sources
        ],  # fmt: skip
    }
    return _digest(key)


def _article_key(doc: Document) -> str:
    fields = {k: v for k, v in asdict(doc).items() if k not in ("text", "reference")}
    for name in ("text", "reference"):
        value = getattr(doc, name)
        fields[name] = None if value is None else hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()
    return _digest(fields)


def _digest(value: Any) -> str:
    text = json.dumps(value, sort_keys=True, ensure_ascii=True, default=str)
    return hashlib.sha256(text.encode("ascii")).hexdigest()[:32]


def _audit_articles(
    articles: Sequence[Document],
    keys: dict[str, str],
    done: set[str],
    corpus: Corpus,
    executor: Executor,
    journal: Journal,
    timings: dict[str, float],
    say: Progress,
) -> Finished:
    """Each article in input order: read back from the journal, or audited by the executor and journalled."""
    todo = [a for a in articles if a.doc_id not in done]
    computed = executor.map(todo, corpus) if todo else iter(())
    finished = Finished(journal)
    with say.bar("articles", len(articles)) as bar:
        for k, a in enumerate(articles, 1):
            key = keys[a.doc_id]
            if a.doc_id in done:
                finished.add(key, ArticleResult.from_entry(journal.read(key)))
                bar.update(note=f"[{k}/{len(articles)}] {a.doc_id}: finished by an earlier run")
                continue
            result, spent = next(computed)
            for stage, seconds in spent.items():
                timings[stage] = timings.get(stage, 0.0) + seconds
            journal.record(key, result.entry())
            finished.add(key, result)
            bar.update(note=f"[{k}/{len(articles)}] {a.doc_id}: " + _progress_line(result))
    return finished


def _progress_line(result: ArticleResult) -> str:
    row = result.row
    if row.status != "ok":
        return str(row.error)
    return (
        f"{row.lang}, {row.n_sentences} sentences, source {row.matched_source or '-'}, {len(result.findings)} findings"
    )


def _embedding_store(settings: Settings, say: Progress) -> EmbeddingStore | None:
    """Where source vectors persist: beside the translations (``--cache FILE`` holds both); none when it fails.

    A cache that cannot be opened (a read-only home) costs time, not results,
    so the run goes on without it and says so.
    """
    if settings.cache == "none":
        return None
    try:
        return EmbeddingStore(settings.cache)
    except (OSError, sqlite3.Error) as exc:
        say.say(f"note: embedding cache not used: {exc}")
        return None


def _cache(settings: Settings) -> TranslationCache | None:
    if settings.cache == "none":
        return None
    return TranslationCache(settings.cache)


def _translate_all(
    corpus: Corpus,
    by_lang: dict[str, list[str]],
    cache: TranslationCache | None,
    shortfalls: preflight.Shortfalls,
    say: Progress,
) -> dict[str, dict[str, Translation]]:
    """Every article sentence, per language, translated in one length-sorted pass.

    One pass per language batches sentences across articles (far faster than
    article by article) and fixes the batches before the cache is read, so an
    interrupted run resumes with exactly the batches it would have run. An
    engine that fails mid-run is recorded, never raised: finished work stays.
    """
    engine = corpus.engine
    assert engine is not None
    requested = preflight.engine_requested(corpus.settings)
    out: dict[str, dict[str, Translation]] = {}
    for lang in sorted(set(by_lang)):
        if f"engine:{lang}" in shortfalls or "engine" in shortfalls:
            continue
        texts = sorted({t.strip() for t in by_lang[lang] if t.strip()})
        say.say(f"back-translating {len(texts)} {lang} sentences with {engine.name}")
        try:
            out[lang] = dict(zip(texts, engine.translate_many(texts, lang, cache=cache, progress=say)))
        except MissingResource as exc:
            shortfalls.add(f"engine:{lang}", exc, requested=requested, label=f"{engine.name}, {lang}", strict=False)
        except Exception as exc:  # the engine died on this language: the others go on
            failed = MissingResource(failure(exc).removeprefix("internal error: "))
            shortfalls.add(f"engine:{lang}", failed, requested=requested, label=f"{engine.name}, {lang}", strict=False)
            continue
        failed = [t for t in out.get(lang, {}).values() if not t.ok]
        if failed:
            exc = MissingResource(f"{len(failed)} of {len(texts)} sentences failed, first: {failed[0].note}")
            shortfalls.add(f"engine:{lang}", exc, requested=requested, label=f"{engine.name}, {lang}", strict=False)
    return out


def missing_message(shortfalls: dict[str, preflight.Shortfall]) -> str:
    """One message for everything missing: what, what still ran, and the commands that get it."""
    lines = [f"{key}: {s.message}" for key, s in sorted(shortfalls.items())]
    lines.append("everything that needs no missing model still ran (attribution, alignment, similarity, checks)")
    gets = list(dict.fromkeys(g for s in shortfalls.values() for g in s.get))
    if gets:
        lines.append("to get what is missing:")
        lines.extend(f"    {g}" for g in gets)
    return "note: " + "\n  ".join(lines)


def _sibling_edges(finished: Finished, settings: Settings) -> list[tuple[str, str]]:
    """Pairs of articles that translate one original, given or not.

    An article attributed to a given source has that source as its original,
    so it is a sibling exactly of the other articles attributed to it. Among
    unattributed articles, each is tested against its nearest ones by
    sentence-vector search (a k-nearest-neighbour graph over
    ``finished.loose``, the index that also keeps their vectors), each pair
    once, the earlier article as the original: groups are its connected
    components.
    """
    ok = [r for r in finished.results if r.row.status == "ok"]
    first: dict[str, str] = {}
    edges = []
    for r in ok:
        doc, src = r.row.doc_id, r.row.matched_source
        if src:
            edges += [(first[src], doc)] if src in first else []
            first.setdefault(src, doc)
    index = finished.loose.build()
    loose = [r for r in ok if r.row.doc_id in index]
    means = [_mean_vector(index.vectors(r.row.doc_id)) for r in loose]
    pairs = set()
    for i, r in enumerate(loose):
        near = shortlist(index, index.vectors(r.row.doc_id), SIBLING_NEIGHBOURS + 1)  # + 1: it finds itself first
        pairs.update((min(i, j), max(i, j)) for j in map(index.position, near) if j != i)
    return edges + [(loose[i].row.doc_id, loose[j].row.doc_id) for i, j in sorted(pairs)
                    if float(means[i] @ means[j]) >= SIBLING_PREFILTER  # a cheap refusal first
                    and _siblings(loose[i], loose[j], index, settings)]  # fmt: skip


def _siblings(a: ArticleResult, b: ArticleResult, index: SentenceIndex, settings: Settings) -> bool:
    """Whether ``b`` derives from ``a`` as from a source (their vectors kept in ``index``)."""
    va, vb = index.vectors(a.row.doc_id), index.vectors(b.row.doc_id)
    att = attribution(va, vb, a.lengths, b.lengths, settings.align_threshold,
                      lang=b.row.lang, source_lang=a.row.lang)  # fmt: skip
    return att.score >= settings.attribution_threshold


def _mean_vector(v: np.ndarray) -> np.ndarray:
    m = v.mean(axis=0)
    return m / max(float(np.linalg.norm(m)), 1e-9)


def _assemble(
    source_docs: Sequence[Document],
    corpus: Corpus,
    finished: Finished,
    shortfalls: preflight.Shortfalls,
    engine_note: str,
    cache: TranslationCache | None,
    timings: dict[str, float],
    resumed: int,
) -> RunTables:
    """The rows and run record of the whole run, siblings and signature filled in."""
    results = finished.results
    groups = sibling_groups([r.row.doc_id for r in results if r.row.status == "ok"],
                            _sibling_edges(finished, corpus.settings))  # fmt: skip
    for r in results:
        r.row.sibling_group = groups.get(r.row.doc_id)
    signatures = _signatures(corpus)
    signatures.update(reference_signatures([r.row.lang for r in results if r.row.ref_chrf is not None],
                                           corpus.settings.n_bootstrap))  # fmt: skip
    signature = "|".join(f"{k}={v}" for k, v in signatures.items())
    short = hashlib.sha1(signature.encode()).hexdigest()[:12]
    rows = [doc_row(s, corpus.sources.get(s.doc_id), "source") for s in source_docs] + [r.row for r in results]
    for row in rows:
        row.signature = short
    engine = corpus.engine
    run = {
        "mt_audit": __version__,
        "signature": signature,
        "signature_id": short,
        "signatures": signatures,
        "settings": _settings_record(corpus.settings),
        "versions": versions(),
        "engine_note": engine_note,
        "missing": shortfalls.records(),
        "engine_models": engine.models() if engine is not None and hasattr(engine, "models") else {},
        "cache": cache.stats() if cache is not None else None,
        "backtranslation_files": getattr(engine, "used", {}),
        "timings_s": {k: round(v, 3) for k, v in timings.items()},
        "counts": _counts(rows, len(finished.tally), source_docs, corpus, resumed),
        "coverage": {r.row.doc_id: r.coverage for r in results if r.coverage},
        "errors": [e for r in results for e in r.errors],
    }
    sources = [text_record(d, corpus.sources.get(d.doc_id), "source") for d in source_docs]
    tables = RunTables(finished, [asdict(r) for r in rows], sources)
    tables.run = run
    return tables


def margins_signature() -> str:
    """The calibrated alignment margins a run used: a rerun after recalibration must not resume stale beads."""
    from mt_audit.align import MARGINS_FILE

    try:
        data = MARGINS_FILE.read_bytes()
    except OSError:
        return "margins:none"
    return f"margins:{hashlib.sha256(data).hexdigest()[:12]}"


def _signatures(corpus: Corpus) -> dict[str, str]:
    engine, settings = corpus.engine, corpus.settings
    return {
        "mt_audit": __version__,
        "embedder": corpus.embedder.signature(),
        "engine": engine.signature() if engine else "none",
        **{f"engine:{lang}": engine.signature(lang) for lang in sorted(corpus.translated) if engine is not None},
        **{f"metric:{k}": v.signature() for k, v in corpus.comets.items()},
        "align": f"dp-beads:1-1,1-2,2-1,1-0,0-1+figure-anchors+unanchored-strays+joint-where-read-weakly"
        f"|threshold:{settings.align_threshold}"
        f"|{margins_signature()}",
        "attribution": f"{ATTRIBUTION_SIGNATURE}|threshold:{settings.attribution_threshold}"
        f"|candidates:{settings.candidates}|{INDEX_SIGNATURE}",
        "quality": QUALITY_SIGNATURE,
        **{f"metric:{k}": v for k, v in corpus.scorer.signatures().items()},
        "checks": ",".join(c.name for c in corpus.checks),
    }


def _counts(
    rows: Sequence[DocumentRow],
    n_findings: int,
    source_docs: Sequence[Document],
    corpus: Corpus,
    resumed: int,
) -> dict[str, int]:
    articles = [r for r in rows if r.role == "article"]
    return {
        "articles": len(articles),
        "articles_ok": sum(1 for r in articles if r.status == "ok"),
        "articles_error": sum(1 for r in articles if r.status != "ok"),
        "articles_resumed": resumed,
        "articles_computed": len(articles) - resumed,
        "translations": sum(1 for r in articles if r.status == "ok" and is_translation(r.verdict)),
        "scored_against_reference": sum(1 for r in articles if r.ref_chrf is not None),
        "sources": len(source_docs),
        "sources_ok": len(corpus.sources),
        "findings": n_findings,
    }


def _settings_record(settings: Settings) -> dict[str, Any]:
    """Settings as run.json stores them: credentials in URLs redacted."""
    from mt_audit.backends import redact_url

    record = asdict(settings)
    if record.get("base_url"):
        record["base_url"] = redact_url(record["base_url"])
    return record


def _publish(tables: RunTables, out: Path, report: bool, parquet: bool, say: Progress) -> Audit:
    """The files, moved into place whole; a report that fails to render is a warning, the tables stay.

    A run of up to :data:`STREAM_ARTICLES_MIN` articles is written from whole
    tables and returned whole; a larger one is written article by article
    from its journal, and the audit returned reads its findings, alignment
    and texts from ``out`` when first used.
    """

    def warn(exc: Exception) -> None:
        say.say(f"warning: report.html not written: {failure(exc)}")

    if len(tables.finished.results) <= STREAM_ARTICLES_MIN or not tables.finished.streamed:
        result = tables.whole()
        result.save(out, report=report, parquet=parquet, on_report_error=warn)
        return result
    index = tables.index()
    index._save(out, report, parquet, warn, tables)
    return Audit.saved(out, index.documents, tables.run, index.findings)
