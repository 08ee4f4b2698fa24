"""The article phase: read → embed → attribute → score → check one article against the corpus.

:func:`audit_article` is a pure function of one document and the corpus
phase's artefacts, so any executor (:mod:`mt_audit.executors`) may run it, in
this process or another, and get the same result.
"""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable, Sequence
from typing import Any

from mt_audit.align_length import length_alignment
from mt_audit.attribute import Attribution, attribution
from mt_audit.bead_scores import score_beads
from mt_audit.checks import CheckInput, SourceView, plan, run_checks
from mt_audit.checks.coverage import BLIND_REASON, LENGTH_NOTE, without_embeddings
from mt_audit.corpus import Corpus, Prepared, failure, read
from mt_audit.index import shortlist
from mt_audit.preflight import Shortfall
from mt_audit.records import ArticleResult, DocumentRow, doc_row, text_record
from mt_audit.reference_scores import align_reference, score_reference, scorer_for
from mt_audit.taxonomy import is_translation, penalty, quality, verdict
from mt_audit.translate.precomputed import AmbiguousBacktranslation
from mt_audit.types import Document, Finding

#: Seconds per stage, summed over articles (run.json ``timings_s``).
Timings = dict[str, float]


def audit_article(doc: Document, corpus: Corpus) -> tuple[ArticleResult, Timings]:
    """Read, embed, attribute, score and check one article; any failure stays inside its own row."""
    timings: Timings = {}
    p = _tick(timings, "read", lambda: _read_article(doc))
    row = doc_row(doc, p, "article")
    result = ArticleResult(row, text=text_record(doc, p, "article"))
    if p is None:
        return result, timings
    try:
        p.vectors = _tick(timings, "embed", lambda: corpus.embedder.encode([s.text for s in p.sentences]))
        _audit_prepared(doc, p, corpus, result, timings)
        if not result.row.matched_source:  # only sibling search among unattributed articles reads them
            result.vectors, result.lengths = p.vectors, [float(x) for x in p.lengths]
    except Exception as exc:  # keep every other document's results
        row.update(status="error", error=failure(exc))
        result.errors.append({"doc_id": doc.doc_id, "traceback": traceback.format_exc()})
        result.findings, result.beads = [], []
    return result, timings


def _read_article(doc: Document) -> Prepared | None:
    """The article read, or None with its error set (a document that cannot be read is a row, not a crash)."""
    if not doc.ok:
        return None
    try:
        return read(doc)
    except Exception as exc:
        doc.error = failure(exc)
        return None


def _tick(timings: Timings, stage: str, work: Callable[[], Any]) -> Any:
    t = time.perf_counter()
    try:
        return work()
    finally:
        timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - t


def _attribute(
    p: Prepared, corpus: Corpus, presumed: str | None, readable: bool = True
) -> tuple[str | None, float | None, dict[str, Attribution]]:
    """The source the article derives from (None: none reaches the threshold), its score, each candidate's.

    Only the shortlist of sentence-vector search (and the presumed source) is
    aligned: exact attribution of every pair is quadratic in the corpus. Anchors weigh in where the model
    reads the article weakly (:func:`mt_audit.attribute.by_anchors`), not where it cannot read its letters
    (``readable`` false): that article is the length fallback's, and unverified.
    """
    if p.vectors is None:
        return None, None, {}
    thr = corpus.settings.align_threshold
    ids = shortlist(corpus.source_index, p.vectors, corpus.settings.candidates, [presumed] if presumed else [])
    atts = {}
    for sid in ids:
        ps, vectors = corpus.sources[sid], corpus.source_index.vectors(sid)
        texts = ([s.text for s in ps.sentences], [p.norm.text[s.start : s.end] for s in p.sentences])
        atts[sid] = attribution(vectors, p.vectors, ps.lengths, p.lengths, thr, p.lang, ps.lang, texts, readable)
    if not atts:
        return None, None, atts
    best = max(atts, key=lambda sid: atts[sid].score)  # the first source of the highest score
    matched = best if atts[best].score >= corpus.settings.attribution_threshold else None
    return matched, atts[best].score, atts


def _audit_prepared(a: Document, p: Prepared, corpus: Corpus, result: ArticleResult, timings: Timings) -> None:
    row = result.row
    presumed = a.presumed_source if a.presumed_source in corpus.sources else None
    readable = corpus.embedder.sees_letters(p.norm.text)
    matched, score, atts = _tick(timings, "attribute", lambda: _attribute(p, corpus, presumed, readable))
    ref_id = matched or presumed
    att = atts.get(ref_id) if ref_id else None
    by_length = None if readable or ref_id is None else _length_attribution(corpus.sources[ref_id], p)
    att = by_length or att
    row.update(matched_source=matched, source_score=score, verdict=verdict(matched, presumed, readable))
    bt, notes = _backtranslation(corpus, a, p, result)
    if notes:
        row.notes = "; ".join(notes)
    item = CheckInput(
        doc=a,
        lang=p.lang,
        norm=p.norm,
        sentences=p.sentences,
        source=_source_view(corpus.sources[ref_id]) if ref_id else None,
        attribution=att,
        derives=ref_id is not None and (ref_id == matched or by_length is not None),
        presumed_source=a.presumed_source,
        matched_source=matched,
        backtranslation=bt,
        embed=corpus.embedder.encode,
    )
    if att is not None and ref_id is not None:
        scores, result.beads = _tick(
            timings, "score", lambda: score_beads(item, corpus.sources[ref_id], att, corpus.scorer, bt, corpus.comets)
        )
        row.update(scores)
        if a.reference is not None:
            src = corpus.sources[ref_id]
            row.update(_tick(timings, "reference", lambda: _reference(a, p, src, att, corpus, result)))
    elif a.reference is not None:
        row.add_note("reference not scored: no source to align it with")
    checks, result.coverage = plan(corpus.checks, item.lang)  # a check that cannot run is skipped, and said so
    if not readable:
        checks = without_embeddings(checks, result.coverage, by_length is not None)
        aligned = f"not attributed: {BLIND_REASON}; {LENGTH_NOTE}"
        row.add_note(aligned if by_length else f"not attributed or aligned: {BLIND_REASON}")
    result.findings = _tick(timings, "check", lambda: run_checks(item, checks))
    row.update(n_findings=len(result.findings), **_quality(row, result.findings, p, att))


def _length_attribution(src: Prepared, p: Prepared) -> Attribution | None:
    """The article aligned with its presumed source by length and shared anchors, where the embedding model cannot
    read it (:func:`mt_audit.align_length.length_alignment`); None when the anchors do not bear the source out.
    It scores nothing (0): whether the article derives from the source stays unverified."""
    al = length_alignment([s.text for s in src.sentences], [p.norm.text[s.start : s.end] for s in p.sentences])
    return None if al is None else Attribution(0.0, 0.0, 0.0, al)


def _reference(
    doc: Document, p: Prepared, src: Prepared, att: Attribution, corpus: Corpus, result: ArticleResult
) -> dict[str, Any]:
    """The article scored against its human reference, the reference aligned with the source as the article is."""
    ref, ref_att = align_reference(doc, p.lang, src, corpus)
    scorer = scorer_for(p.lang, corpus.settings.n_bootstrap)
    return score_reference(ref, ref_att, att, result.beads, scorer, corpus.comets)


def _quality(row: DocumentRow, findings: Sequence[Finding], p: Prepared, att: Attribution | None) -> dict:
    """MQM penalty and quality of a translation; nothing for an article that translates no source.

    The words that count are those of article sentences aligned with the
    source, less any boilerplate among them: words the translation does not
    answer for (page chrome, added text) must not dilute its penalty.
    """
    if not is_translation(row.verdict) or att is None:
        return {"mqm_penalty": None, "scored_words": None, "mqm_per_100_words": None, "quality": None}
    aligned = sorted({j for b in att.alignment.beads if b.src and b.tgt for j in b.tgt})
    words = sum(len(p.sentences[j].text.split()) for j in aligned)
    chrome = sum(
        len(f.span.split()) for f in findings if f.category == "source/boilerplate" and f.sentence_index in aligned
    )
    scored_words = max(words - chrome, 0)
    total = penalty((f.category, f.severity) for f in findings)
    per_100, score = quality(total, scored_words)
    return {"mqm_penalty": round(total, 4), "scored_words": scored_words, "mqm_per_100_words": per_100,
            "quality": score}  # fmt: skip


def _backtranslation(
    corpus: Corpus, doc: Document, p: Prepared, result: ArticleResult
) -> tuple[list[str] | None, list[str]]:
    """The article's back-translation, sentence by sentence, and notes on what went wrong."""
    info = corpus.engine_info
    if info is None:
        return None, []
    if not info.sentence_level:
        assert corpus.engine is not None
        try:
            return corpus.engine.back_translate(doc, p.sentences, p.lang), []
        except AmbiguousBacktranslation as exc:
            shortfall = Shortfall(f"{info.name}: {exc}", requested=info.requested)
            result.shortfalls[f"backtranslation:{doc.doc_id}"] = shortfall.record()
            return None, [f"no back-translation: {exc}"]
    table = corpus.translated.get(p.lang)
    if table is None:
        return None, [f"no back-translation for {p.lang}"]
    found = [table.get(s.text.strip()) if s.text.strip() else None for s in p.sentences]
    failed = [(k, t.note) for k, t in enumerate(found) if t is not None and not t.ok]
    split = [k for k, t in enumerate(found) if t is not None and t.ok and t.note]
    notes = []
    if failed:
        notes.append(f"back-translation failed for {len(failed)} sentence(s), first #{failed[0][0]}: {failed[0][1]}")
        shortfall = Shortfall(f"{info.name}, {p.lang}: back-translation failed", requested=info.requested)
        result.shortfalls[f"engine:{p.lang}"] = shortfall.record()
    if split:
        notes.append(f"{len(split)} over-long sentence(s) back-translated in parts")
    return [t.text if t is not None else "" for t in found], notes


def _source_view(p: Prepared) -> SourceView:
    return SourceView(p.doc, p.norm, p.sentences)
