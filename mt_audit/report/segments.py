"""An article as the rows a reader (or an MQM rater) sees: aligned segments covering its text.

Each row is one alignment bead (source sentences ↔ article sentences), in
article order; an article with no source gets one row per sentence. Rows with
article sentences own the article's text from their first sentence up to the
next row's, so the rows together cover every character of the article once:
a finding anywhere in the text, even in the whitespace between sentences,
falls in a row. Rows without article sentences (omissions) are empty places
between two rows. The HTML report and the MQM export both read this, so a
finding sits in the same place in both.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

    from mt_audit.report.tables import Audit

#: Per-row scores copied from alignment.jsonl when present.
ROW_SCORES = ("similarity", "bleu", "chrf", "ter", "comet", "comet_qe", "ref_bleu", "ref_chrf", "ref_ter", "ref_comet")


@dataclass
class Segment:
    """One row: the article's ``text[start:end]`` and what it aligns to."""

    index: int
    kind: str
    start: int
    end: int
    article_sentences: list[int]
    source_sentences: list[int] = field(default_factory=list)
    source_text: str = ""
    backtranslation: str | None = None
    scores: dict[str, float] = field(default_factory=dict)
    #: The human reference's sentences for this row (None: the article has no reference).
    reference: str | None = None

    @property
    def empty(self) -> bool:
        """No article text: the source side is missing from the article (an omission)."""
        return not self.article_sentences


def segments(audit: Audit, doc_id: str) -> list[Segment]:
    """The rows of one article: aligned beads in article order, or its sentences when it has no source."""
    text, spans = audit.text(doc_id)
    beads = _beads(audit, doc_id)
    rows: list[Segment] = []
    if beads:
        for n, b in enumerate(beads):
            scores = {k: float(b[k]) for k in ROW_SCORES if _number(b.get(k))}
            rows.append(
                Segment(
                    n,
                    str(b.get("kind", "")),
                    0,
                    0,
                    [int(j) for j in b.get("article_sentences") or [] if int(j) < len(spans)],
                    [int(i) for i in b.get("source_sentences") or []],
                    str(b.get("source_text") or ""),
                    b.get("backtranslation"),
                    scores,
                    _text_or_none(b.get("reference_text")),
                )
            )
    else:
        rows = [Segment(j, "sentence", 0, 0, [j]) for j in range(len(spans))]
    _place(rows, spans, len(text))
    return rows


def _text_or_none(value: Any) -> str | None:
    """A table cell as text; a missing one (None, NaN from a frame) as None."""
    return value if isinstance(value, str) else None


def _place(rows: list[Segment], spans: list[list[int]], n_chars: int) -> None:
    """Give every row its ``[start, end)``: rows with sentences tile the text, empty rows sit between."""
    full = [r for r in rows if r.article_sentences]
    for k, r in enumerate(full):
        r.start = 0 if k == 0 else int(spans[r.article_sentences[0]][0])
    for k, r in enumerate(full):
        r.end = full[k + 1].start if k + 1 < len(full) else n_chars
    pos = 0
    for r in rows:
        if r.article_sentences:
            pos = int(spans[r.article_sentences[-1]][1])
        else:
            r.start = r.end = pos


def place_findings(rows: list[Segment], findings: pd.DataFrame) -> dict[int, list[int]]:
    """Which findings (row labels of ``findings``) each row shows.

    A finding with a span goes to every row its span overlaps. A zero-width
    one (an omission) goes to the empty row whose source text it names, else
    to the row holding its position.
    """
    out: dict[int, list[int]] = {r.index: [] for r in rows}
    used: set[int] = set()
    for label, f in findings.iterrows():
        start, end = int(f["start"]), int(f["end"])
        if end > start:
            for r in rows:
                if not r.empty and r.start < end and start < r.end:
                    out[r.index].append(label)
            continue
        source = str(f.get("source_span") or "")
        target = next((r for r in rows if r.empty and r.index not in used and source and r.source_text == source), None)
        if target is not None:
            used.add(target.index)
        else:
            target = next((r for r in rows if r.start <= start < r.end or r.start == start == r.end), None)
            target = target or (rows[-1] if rows else None)
        if target is not None:
            out[target.index].append(label)
    return out


def _beads(audit: Audit, doc_id: str) -> list[dict[str, Any]]:
    a = audit.alignment
    if a is None or not len(a) or "doc_id" not in a:
        return []
    rows = a[a["doc_id"] == doc_id]
    if "bead" in rows:
        rows = rows.sort_values("bead")
    return rows.to_dict("records")


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and not math.isnan(float(value))
