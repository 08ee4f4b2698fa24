"""Finished articles kept out of memory, and the tables written from them one article at a time.

A run with an output folder journals every finished article
(:class:`~mt_audit.report.journal.Journal`); :class:`Finished` then keeps in
memory only what the end of the run needs (each article's documents.csv row,
the vectors of articles no source claims, for sibling search, and one small
tally row per finding, for the taxonomy, the charts and the closing summary),
and :func:`write_tables` streams findings.csv, alignment.jsonl and texts.jsonl
from the journal in input order. The files are byte for byte those
:meth:`~mt_audit.report.tables.Audit.save` writes from whole tables
(``tests/test_stream.py``): :class:`BeadColumns` widens numbers exactly as one
DataFrame of every bead would. Without an output folder (three articles in
Jupyter) every result stays whole in memory, as before.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import asdict, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from mt_audit.index import SentenceIndex
from mt_audit.records import ArticleResult
from mt_audit.report.journal import Journal
from mt_audit.report.tables import FINDING_COLUMNS, TEXT_COLUMNS, _frame, _plain, _plain_tree, csv_text
from mt_audit.taxonomy import VERDICT_UNREAD

if TYPE_CHECKING:
    from mt_audit.report.tables import Audit

#: The finding columns a tally row keeps: what the taxonomy, the charts and the summary count by.
TALLY_COLUMNS = ("doc_id", "lang", "category", "severity")
#: Findings written to findings.parquet per row group when it is streamed.
PARQUET_ROWS = 65_536


class BeadColumns:
    """The columns one DataFrame of every bead would have, and the numbers it would widen.

    pandas turns a column of integers into floats when any bead lacks the key
    or holds None there (``3`` is written ``3.0``); streaming bead by bead must
    write what the whole table would, so each key's kinds are counted as beads
    arrive.
    """

    def __init__(self) -> None:
        self.n = 0
        self.filled: Counter[str] = Counter()
        self.kinds: dict[str, set[str]] = {}

    def add(self, beads: Sequence[dict[str, Any]]) -> None:
        for bead in beads:
            self.n += 1
            for key, value in bead.items():
                kinds = self.kinds.setdefault(key, set())
                if value is None:
                    continue
                self.filled[key] += 1
                kinds.add(_kind(value))

    @property
    def columns(self) -> list[str]:
        return list(self.kinds)

    def widened(self) -> set[str]:
        """Keys whose integers a whole-table DataFrame holds as floats."""
        return {
            k for k, kinds in self.kinds.items()
            if "int" in kinds and kinds <= {"int", "float"} and ("float" in kinds or self.filled[k] < self.n)
        }  # fmt: skip

    def frame(self, beads: Sequence[dict[str, Any]]) -> pd.DataFrame:
        """Some beads as the whole table's rows: every column, missing keys NaN, widened numbers floats."""
        df = pd.DataFrame(list(beads), columns=self.columns)
        for key in self.widened():
            df[key] = df[key].astype("float64")
        return df

    def lines(self, beads: Sequence[dict[str, Any]], widened: set[str]) -> Iterator[str]:
        """alignment.jsonl lines of ``beads``, as the whole table writes them."""
        for bead in beads:
            row = {k: _plain(_widen(bead.get(k), k in widened)) for k in self.kinds}
            yield json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n"


def _kind(value: Any) -> str:
    """What pandas infers a value as: an integer, a float, or anything else (booleans included)."""
    if isinstance(value, (bool, np.bool_)):
        return "other"
    if isinstance(value, (int, np.integer)):
        return "int"
    return "float" if isinstance(value, (float, np.floating)) else "other"


def _widen(value: Any, widened: bool) -> Any:
    if value is None:
        return None
    if widened and _kind(value) == "int":
        return float(value)
    return None if isinstance(value, float) and math.isnan(value) else value


class Finished:
    """The finished articles of a run, in input order: whole in memory, or in the journal.

    ``results`` are whole when the journal has no file (no output folder);
    otherwise each is slimmed to its row, errors, shortfalls and coverage,
    and :meth:`whole` reads the rest back. The sentence vectors of the
    articles no source claims go into ``loose``, the index sibling search
    asks, which is where they are kept (once).
    """

    def __init__(self, journal: Journal) -> None:
        self.journal = journal
        self.streamed = journal.path is not None
        self.results: list[ArticleResult] = []
        self.keys: list[str] = []
        self.tally: list[tuple[str, Any, str, str]] = []
        self.beads = BeadColumns()
        self.loose = SentenceIndex()

    def add(self, key: str, result: ArticleResult) -> None:
        self.keys.append(key)
        self.tally += [(f.doc_id, f.lang, f.category, f.severity) for f in result.findings]
        self.beads.add(result.beads)
        if result.row.status == "ok" and not result.row.matched_source and result.vectors is not None:
            if result.row.verdict != VERDICT_UNREAD:  # vectors of unread letters are all alike: no siblings
                self.loose.add(result.row.doc_id, result.vectors)
        if self.streamed:
            result = replace(result, findings=[], beads=[], text={}, vectors=None)
        self.results.append(result)

    def whole(self) -> Iterator[ArticleResult]:
        """Every result whole, in input order."""
        if not self.streamed:
            yield from self.results
            return
        for key in self.keys:
            yield ArticleResult.from_entry(self.journal.read(key))

    def tally_frame(self) -> pd.DataFrame:
        """One row per finding with the columns :data:`TALLY_COLUMNS` (the others empty)."""
        rows = [dict(zip(TALLY_COLUMNS, t)) for t in self.tally]
        return _frame(rows, FINDING_COLUMNS)


def write_tables(folder: Path, finished: Finished, sources: Sequence[dict[str, Any]], parquet: bool) -> None:
    """findings.csv, alignment.jsonl and texts.jsonl (findings.parquet too) from the journal, article by article."""
    widened = finished.beads.widened()
    writers = _open(folder, parquet)
    try:
        writers["findings.csv"].write(csv_text(_frame([], FINDING_COLUMNS)))
        for row in sources:
            writers["texts.jsonl"].write(_text_line(row))
        for result in finished.whole():
            findings = _frame([asdict(f) for f in result.findings], FINDING_COLUMNS)
            writers["findings.csv"].write(csv_text(findings, header=False))
            writers["alignment.jsonl"].writelines(finished.beads.lines(result.beads, widened))
            writers["texts.jsonl"].write(_text_line(result.text))
            if parquet:
                writers["parquet"].add(findings)
    finally:
        for w in writers.values():
            w.close()


def _open(folder: Path, parquet: bool) -> dict[str, Any]:
    """The streamed files, opened in the run's staging folder (moved into ``out`` whole when complete)."""
    out: dict[str, Any] = {
        name: (folder / name).open("w", encoding="utf-8", errors="mt_audit.fffd", newline="")
        for name in ("findings.csv", "alignment.jsonl", "texts.jsonl")
    }  # fmt: skip
    if parquet:
        out["parquet"] = _ParquetFindings(folder / "findings.parquet")
    return out


class _ParquetFindings:
    """findings.parquet in row groups, typed as :meth:`Audit.save` types the whole table."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.pending: list[pd.DataFrame] = []
        self.rows = 0
        self.writer: Any = None

    def add(self, findings: pd.DataFrame) -> None:
        if len(findings):
            self.pending.append(findings)
            self.rows += len(findings)
        if self.rows >= PARQUET_ROWS:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        from mt_audit.report.tables import _typed

        batch = pd.concat(self.pending, ignore_index=True) if self.pending else _frame([], FINDING_COLUMNS)
        table = pa.Table.from_pandas(_typed(batch), schema=_finding_schema(), preserve_index=False)
        if self.writer is None:  # the first batch's schema, pandas' dtypes in its metadata, for every group
            self.writer = pq.ParquetWriter(self.path, table.schema, compression="zstd")
        self.writer.write_table(table.replace_schema_metadata(self.writer.schema.metadata))
        self.pending, self.rows = [], 0

    def close(self) -> None:
        if self.pending or self.writer is None:
            self._flush()
        self.writer.close()


def _finding_schema() -> Any:
    import pyarrow as pa

    ints = ("start", "end", "sentence_index")
    return pa.schema([(c, pa.int64() if c in ints else pa.string()) for c in FINDING_COLUMNS])


def _text_line(record: dict[str, Any]) -> str:
    row = {c: record.get(c) for c in TEXT_COLUMNS}
    return json.dumps(_plain_tree(row), ensure_ascii=False, sort_keys=True) + "\n"


def article_audits(finished: Finished, documents: pd.DataFrame, run: dict[str, Any]) -> Iterator[Audit]:
    """Each article as an audit of its own (its row, findings, beads and text): one report page at a time."""
    from mt_audit.report.tables import Audit

    rows = {str(d): i for i, d in enumerate(documents["doc_id"])}
    for result in finished.whole():
        at = rows[str(result.row.doc_id)]
        findings = _frame([asdict(f) for f in result.findings], FINDING_COLUMNS)
        texts = pd.DataFrame([result.text], columns=TEXT_COLUMNS) if result.text else None
        yield Audit(documents.iloc[at : at + 1], findings, finished.beads.frame(result.beads), run,
                    texts if texts is not None else pd.DataFrame(columns=TEXT_COLUMNS))  # fmt: skip


class RunTables:
    """What a run's files are written from: every row, the run record, and the finished articles.

    A run of a few hundred articles is made :meth:`whole` (every table in
    memory, as in Jupyter); a larger one writes the :class:`Streamed` way,
    its per-article tables and report pages read from the journal.
    """

    def __init__(
        self, finished: Finished, documents: Sequence[dict[str, Any]], sources: Sequence[dict[str, Any]]
    ) -> None:
        self.finished = finished
        self.documents = documents
        self.sources = sources
        self.run: dict[str, Any] = {}

    def whole(self) -> Audit:
        """Every table in memory, as a run without a journal builds it."""
        from mt_audit.report.tables import Audit

        results = list(self.finished.whole())
        findings = [f for r in results for f in r.findings]
        beads = [b for r in results for b in r.beads]
        texts = [*self.sources, *(r.text for r in results)]
        return Audit.from_records(self.documents, findings, beads, self.run, texts)

    def index(self) -> Audit:
        """The audit documents.csv, taxonomy.csv, run.json and the report's index page are made from."""
        from mt_audit.report.tables import Audit

        index = Audit.from_records(self.documents, [], [], self.run, self.sources)
        index.findings = self.finished.tally_frame()
        return index

    def write(self, folder: Path, parquet: bool) -> None:
        write_tables(folder, self.finished, self.sources, parquet)

    def report(self, index: Audit, folder: Path) -> None:
        """The report paged, each article's page read from the journal."""
        from mt_audit.report.html import write

        write(index, folder, paged=True, articles=article_audits(self.finished, index.documents, index.run))
