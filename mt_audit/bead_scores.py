"""An article scored bead by bead: lexical metrics of its back-translation against the source, and COMET."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from mt_audit.attribute import Attribution
    from mt_audit.checks import CheckInput
    from mt_audit.comet_score import CometScorer
    from mt_audit.corpus import Prepared
    from mt_audit.score import LexicalScorer


def score_beads(
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
        scores.update(comet_scores(column, model, records))
    return scores, records


def comet_scores(column: str, model: CometScorer, records: list[dict[str, Any]]) -> dict[str, Any]:
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
