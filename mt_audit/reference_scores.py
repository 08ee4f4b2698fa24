"""An article scored against a human reference in its own language, beside its back-translation scores.

The reference is read like an article and aligned with the source the way
the article is; each article bead is then paired with the reference
sentences that render its source sentences. So BLEU, chrF and TER see the
same segments as the back-translation scores (an omission is an empty
hypothesis, an addition an empty reference), and reference-based COMET reads
each bead as sacrebleu's and COMET's users expect: source, article (the MT)
and reference.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

import numpy as np

from mt_audit.attribute import attribution
from mt_audit.corpus import prepare
from mt_audit.languages import language
from mt_audit.score import LexicalScorer
from mt_audit.types import Bead, Document

if TYPE_CHECKING:
    from mt_audit.attribute import Attribution
    from mt_audit.comet_score import CometScorer
    from mt_audit.corpus import Corpus, Prepared

#: Document columns this module fills: ``ref_`` + a lexical metric (with ``_low``/``_high``) or a COMET column.
PREFIX = "ref_"


@cache
def scorer_for(lang: str, n_bootstrap: int) -> LexicalScorer:
    """The lexical metrics with ``lang``'s tokenizers, built once per process and language."""
    return LexicalScorer(n_bootstrap, lang=lang)


def reference_groups(ref_beads: Sequence[Bead], beads: Sequence[Bead]) -> list[tuple[int, ...]]:
    """For each article bead, the reference sentences that render its source sentences.

    A reference bead belongs to the article bead holding its first source
    sentence, so no reference sentence is counted twice when the two
    translations split the source differently; reference sentences that
    render no source sentence are left out, as the source asks nothing of them.
    """
    owner = {i: n for n, bead in enumerate(beads) for i in bead.src}
    groups: list[list[int]] = [[] for _ in beads]
    for rb in ref_beads:
        n = owner.get(min(rb.src)) if rb.src and rb.tgt else None
        if n is not None:
            groups[n].extend(rb.tgt)
    return [tuple(sorted(g)) for g in groups]


def align_reference(doc: Document, lang: str, src: Prepared, corpus: Corpus) -> tuple[Prepared, Attribution]:
    """The reference read in the article's language and aligned with the source, as the article is."""
    assert doc.reference is not None
    ref_doc = Document(f"{doc.doc_id}:reference", f"<reference of {doc.doc_id}>", text=doc.reference, lang=lang)
    ref = prepare(ref_doc, corpus.embedder)
    vectors = corpus.source_index.vectors(src.doc.doc_id)
    att = attribution(vectors, ref.vectors, src.lengths, ref.lengths, corpus.settings.align_threshold,
                      lang=ref.lang, source_lang=src.lang)  # fmt: skip
    return ref, att


def score_reference(
    ref: Prepared,
    ref_att: Attribution,
    att: Attribution,
    records: list[dict[str, Any]],
    scorer: LexicalScorer,
    comets: dict[str, CometScorer],
) -> dict[str, Any]:
    """Document scores against the reference (``ref_*``), and each bead record's reference text and scores."""
    joiner = " " if language(ref.lang).spaced else ""
    groups = reference_groups(ref_att.alignment.beads, att.alignment.beads)
    for record, group in zip(records, groups):
        record["reference_text"] = joiner.join(ref.sentences[k].text for k in group)
    hyps = [r["article_text"] for r in records]
    document, segments = scorer.evaluate(hyps, [r["reference_text"] for r in records])
    for record, seg in zip(records, segments):
        record.update({PREFIX + k: v for k, v in seg.items()})
    scores: dict[str, Any] = {}
    for name, score in document.items():
        scores.update({PREFIX + name: score.value, f"{PREFIX}{name}_low": score.low,
                       f"{PREFIX}{name}_high": score.high})  # fmt: skip
    for column, model in comets.items():
        if not model.qe:  # QE reads no reference: its score is the article's already
            scores.update(_comet(PREFIX + column, model, records))
    return scores


def _comet(column: str, model: CometScorer, records: list[dict[str, Any]]) -> dict[str, Any]:
    """COMET of each bead with all three sides (source, article, reference), and their mean."""
    from mt_audit.comet_score import CometSegment

    todo = [r for r in records if r["source_text"] and r["article_text"] and r["reference_text"]]
    if not todo:
        return {}
    values = model.score([CometSegment(src=r["source_text"], mt=r["article_text"], ref=r["reference_text"])
                          for r in todo])  # fmt: skip
    for record, value in zip(todo, values):
        record[column] = round(float(value), 4)
    return {column: round(float(np.mean(values)), 4)}


def signatures(langs: Sequence[str], n_bootstrap: int) -> dict[str, str]:
    """``metric:ref_bleu[de]``-style signatures for the languages scored against references."""
    out: dict[str, str] = {}
    for lang in sorted(set(langs)):
        for name, sig in scorer_for(lang, n_bootstrap).signatures().items():
            out[f"metric:{PREFIX}{name}[{lang}]"] = sig
    return out
