"""Results at the edge: tidy DataFrames and the files of an audit run.

Inside the pipeline results are plain records; here they become pandas
tables with a fixed column order, and files written atomically so that a
crash never leaves half a CSV behind.

The CSV files are safe to open in a spreadsheet: a cell that starts with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return would run as a formula
there (CSV injection: the texts are the audited documents, anyone's words).
The rule, reversible so :meth:`Audit.load` gives back the exact text: in a
text column, a string whose first character after any leading apostrophes
(``'``) is one of those six is written with one more apostrophe in front,
which spreadsheets read as "this is text"; reading removes one apostrophe
from exactly such a string. So ``=1+1`` is stored as ``'=1+1``, ``'=x`` as
``''=x``, while ``'quoted'`` and ``-3.5`` in a numeric column stay as they are.
Rows end in CRLF, so any text holding a carriage return or newline is quoted.
"""

from __future__ import annotations

import codecs
import io
import json
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol, TextIO

import pandas as pd

from mt_audit.frames import python_strings
from mt_audit.records import DOCUMENT_COLUMNS as DOCUMENT_COLUMNS  # the record owns its columns
from mt_audit.types import Finding

FINDING_COLUMNS = [
    "doc_id", "lang", "category", "severity", "detector", "start", "end", "span", "sentence_index",
    "source_span", "message",
]  # fmt: skip
INT_COLUMNS = ("n_sentences", "n_words", "scored_words", "n_findings", "start", "end", "sentence_index")
#: One row per document: its original text and its sentences as ``[start, end)`` offsets into it,
#: so a report can show findings in place without the input files.
TEXT_COLUMNS = ["doc_id", "role", "lang", "text", "sentences"]
#: Columns of documents.csv that hold text, even when every value looks like a number ("000").
TEXT_DOCUMENT_COLUMNS = (
    "doc_id", "path", "lang", "presumed_source", "matched_source", "sibling_group", "verdict", "status", "error",
    "role", "notes", "encoding", "extractor", "repairs", "signature",
)  # fmt: skip
FILES = (
    "documents.csv", "findings.csv", "taxonomy.csv", "alignment.jsonl", "texts.jsonl", "run.json", "report.html",
)  # fmt: skip
#: The tables also written as Parquet with ``parquet=True`` (typed: ids stay text, counts integers).
PARQUET_FILES = ("documents.parquet", "findings.parquet", "taxonomy.parquet")
PARQUET_INSTALL = 'pip install "mt-audit[parquet]"'


class Streamed(Protocol):
    """What writes a large run's per-article tables and report pages (:mod:`mt_audit.report.stream`)."""

    def write(self, folder: Path, parquet: bool) -> None: ...

    def report(self, index: Audit, folder: Path) -> None: ...


def _frame(rows: Sequence[dict[str, Any]], columns: list[str]) -> pd.DataFrame:
    df = pd.DataFrame(list(rows), columns=columns)
    for col in INT_COLUMNS:
        if col in df:
            df[col] = df[col].astype("Int64")
    return df


@dataclass
class Audit:
    """The result of an audit: documents, findings, alignment and texts tables, and the run record."""

    documents: pd.DataFrame
    findings: pd.DataFrame
    alignment: pd.DataFrame
    run: dict[str, Any]
    texts: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=TEXT_COLUMNS))

    @classmethod
    @python_strings
    def from_records(
        cls,
        documents: Sequence[dict[str, Any]],
        findings: Sequence[Finding],
        beads: Sequence[dict[str, Any]],
        run: dict[str, Any],
        texts: Sequence[dict[str, Any]] = (),
    ) -> Audit:
        return cls(
            _frame(documents, DOCUMENT_COLUMNS),
            _frame([asdict(f) for f in findings], FINDING_COLUMNS),
            pd.DataFrame(list(beads)),
            run,
            pd.DataFrame(list(texts), columns=TEXT_COLUMNS),
        )

    @classmethod
    @python_strings
    def load(cls, out: str | os.PathLike[str]) -> Audit:
        """Read an audit back from the files :meth:`save` wrote (``texts.jsonl`` is optional)."""
        folder = Path(out)
        if not (folder / "documents.csv").is_file():
            raise FileNotFoundError(f"{folder} holds no documents.csv: not the output folder of an audit")
        documents = _read_csv(folder / "documents.csv", DOCUMENT_COLUMNS, TEXT_DOCUMENT_COLUMNS)
        tables = {name: read(folder) for name, read in _READERS.items()}
        run = json.loads((folder / "run.json").read_text(encoding="utf-8")) if (folder / "run.json").is_file() else {}
        return cls(documents, tables["findings"], tables["alignment"], run, tables["texts"])

    def taxonomy(self) -> pd.DataFrame:
        """The error taxonomy as a long table, one row per (language, category): count, per 1,000 words, penalty.

        Tidy, so it filters and groups as it is; for the language × category
        grid, pivot it: ``.pivot(index="lang", columns="category", values="count")``.
        """
        from mt_audit.taxonomy import table

        return table(self.documents, self.tally)

    @property
    def tally(self) -> pd.DataFrame:
        """The findings to count by: ``doc_id``, ``lang``, ``category`` and ``severity`` are all it needs to hold.

        An audit read from a large run's folder keeps only these in memory and
        reads the whole findings table when :attr:`findings` is first used.
        """
        kept = self.__dict__.get("_tally")
        return kept if kept is not None else self.findings

    @classmethod
    def saved(
        cls, out: str | os.PathLike[str], documents: pd.DataFrame, run: dict[str, Any], tally: pd.DataFrame
    ) -> Audit:
        """The audit a run just wrote into ``out``: findings, alignment and texts are read from there on first use."""
        audit = cls(documents, tally, pd.DataFrame(), run)
        del audit.findings, audit.alignment, audit.texts
        audit.__dict__.update(_tally=tally, _folder=Path(out))
        return audit

    def __getattr__(self, name: str) -> Any:
        """Tables of an audit made by :meth:`saved`, read from its folder on first use."""
        folder = self.__dict__.get("_folder")
        if folder is None or name not in ("findings", "alignment", "texts"):
            raise AttributeError(name)
        self.__dict__[name] = python_strings(_READERS[name])(folder)
        return self.__dict__[name]

    @property
    def articles(self) -> pd.DataFrame:
        """Document rows of the articles only (no sources)."""
        return self.documents[self.documents["role"] == "article"].reset_index(drop=True)

    def text_index(self) -> dict[str, tuple[str, list[list[int]]]]:
        """doc_id → (original text, sentences as ``[start, end)`` offsets into it), from the texts table."""
        return {str(r["doc_id"]): _text_entry(r) for r in self.texts.to_dict("records")}

    def text(self, doc_id: str) -> tuple[str, list[list[int]]]:
        """One document's original text and sentence offsets; ("", []) when the texts table lacks it."""
        hit = self.texts[self.texts["doc_id"].astype(str) == str(doc_id)]
        return _text_entry(hit.iloc[0]) if len(hit) else ("", [])

    def save(
        self,
        out: str | os.PathLike[str],
        *,
        report: bool = True,
        parquet: bool = False,
        on_report_error: Callable[[Exception], None] | None = None,
    ) -> Path:
        """Write the tables, texts.jsonl, run.json and (unless ``report=False``) report.html into ``out``.

        ``parquet=True`` writes the three tables as Parquet too (needs pyarrow).

        Everything is written into a staging folder inside ``out`` and then
        moved into place, so ``out`` holds this audit's files or the previous
        ones, never a mix (a file of the previous run that this one does not
        write is removed). A report that fails to render loses no table: the
        tables are published, then the error goes to ``on_report_error`` or
        is raised.
        """
        return self._save(out, report, parquet, on_report_error, None)

    def _save(
        self,
        out: str | os.PathLike[str],
        report: bool,
        parquet: bool,
        on_report_error: Callable[[Exception], None] | None,
        stream: Streamed | None,
    ) -> Path:
        """:meth:`save`; with ``stream``, the per-article tables and report pages come from it, not from ``self``."""
        from mt_audit.report.html import pages_dir
        from mt_audit.report.journal import staged

        failed: Exception | None = None
        with staged(out, [*FILES, *PARQUET_FILES, "findings.mqm.tsv", pages_dir()]) as tmp:
            self._write_tables(tmp, whole=stream is None)
            if stream is not None:
                stream.write(tmp, parquet)
            if parquet:
                self._write_parquet(tmp, whole=stream is None)
            if report:
                try:
                    stream.report(self, tmp) if stream is not None else self.report(tmp)
                except Exception as exc:  # noqa: BLE001 - reported below, after the tables are in place
                    failed = exc
        if failed is not None:
            if on_report_error is None:
                raise failed
            on_report_error(failed)
        return Path(out)

    def _write_tables(self, folder: Path, *, whole: bool = True) -> None:
        """Each file streamed to disk: a large audit's tables never exist twice in memory as one string.

        Not ``whole``: findings, alignment and texts are another writer's (:class:`Streamed`).
        """
        frames = [("documents.csv", self.documents), ("taxonomy.csv", self.taxonomy())]
        frames += [("findings.csv", self.findings)] if whole else []
        for name, df in frames:
            atomic_write(folder / name, lambda fh, df=df: write_csv(df, fh))
        if whole:
            atomic_write(folder / "alignment.jsonl", lambda fh: _write_jsonl(fh, self.alignment, _plain_row))
            atomic_write(folder / "texts.jsonl", lambda fh: _write_jsonl(fh, self.texts, _plain_tree))
        atomic_write(folder / "run.json", json.dumps(self.run, ensure_ascii=False, indent=2, default=str) + "\n")

    def _write_parquet(self, folder: Path, *, whole: bool = True) -> None:
        """The tables as Parquet: column types kept, for readers that should not guess them from CSV."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        for name, df in zip(PARQUET_FILES, (self.documents, self.findings if whole else None, self.taxonomy())):
            if df is None:
                continue
            table = pa.Table.from_pandas(_typed(df), preserve_index=False)
            pq.write_table(table, folder / name, compression="zstd")  # in the staging folder: moved in whole

    def report(self, out: str | os.PathLike[str], name: str = "report.html", *, charts: bool = True) -> Path:
        """Write the self-contained HTML report (see :mod:`mt_audit.report.html`) and return its path."""
        from mt_audit.report.html import write

        return write(self, out, name, charts=charts)

    def _repr_html_(self) -> str:
        """Jupyter: the overview, the article table and the taxonomy heatmap."""
        from mt_audit.report.html import summary_html

        return summary_html(self)

    def __repr__(self) -> str:
        c = self.run.get("counts", {})
        return (
            f"<Audit {c.get('articles_ok', 0)}/{c.get('articles', 0)} articles ok, "
            f"{c.get('findings', 0)} findings, signature {self.run.get('signature_id', '?')}>"
        )


def _read_findings(folder: Path) -> pd.DataFrame:
    text_columns = ("doc_id", "lang", "category", "severity", "detector", "span", "source_span", "message")
    findings = _read_csv(folder / "findings.csv", FINDING_COLUMNS, text_columns)
    for col in ("span", "source_span", "message"):
        findings[col] = findings[col].fillna("")
    return findings


def _read_alignment(folder: Path) -> pd.DataFrame:
    alignment = pd.DataFrame(_read_jsonl(folder / "alignment.jsonl"))
    for col in ("doc_id", "source_id"):
        if col in alignment:
            alignment[col] = alignment[col].astype(str)
    return alignment


def _read_texts(folder: Path) -> pd.DataFrame:
    return pd.DataFrame(_read_jsonl(folder / "texts.jsonl"), columns=TEXT_COLUMNS)


#: How each per-article table is read back from an output folder.
_READERS: dict[str, Callable[[Path], pd.DataFrame]] = {
    "findings": _read_findings,
    "alignment": _read_alignment,
    "texts": _read_texts,
}


def _typed(df: pd.DataFrame) -> pd.DataFrame:
    """Text columns as pandas strings (missing values as nulls), so Parquet stores them as text, not objects."""
    out = df.copy()
    for col in [c for c in out.columns if not pd.api.types.is_numeric_dtype(out[c])]:  # object or str (pandas 3)
        values = out[col].dropna()
        if all(isinstance(v, str) for v in values):
            out[col] = out[col].astype("string")
    return out


def _text_entry(r: Any) -> tuple[str, list[list[int]]]:
    text = r["text"]
    return ("" if text is None or text != text else str(text)), [list(x) for x in r["sentences"] or []]


def _read_csv(path: Path, columns: list[str], text_columns: Sequence[str]) -> pd.DataFrame:
    """A table as :meth:`Audit.save` wrote it: ids stay strings ("000"), counts stay integers."""
    # The python parser: some pandas builds' C parser ends a cell at a NUL character.
    df = pd.read_csv(path, dtype={c: str for c in text_columns}, keep_default_na=False, na_values=[""], engine="python")
    for col in columns:
        if col not in df:
            df[col] = None
    df = df[columns]
    for col in INT_COLUMNS:
        if col in df:
            df[col] = pd.to_numeric(df[col]).astype("Int64")
    for col in text_columns:
        if col in df:
            df[col] = df[col].astype(object).where(df[col].notna(), None)
    for col in df.select_dtypes(include=["object", "string"]).columns:
        df[col] = df[col].map(unescape_cell, na_action="ignore")
    return df


#: What makes a spreadsheet read a cell as a formula (OWASP's CSV injection list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _needs_quote(text: str) -> bool:
    """Whether ``text``, past its leading apostrophes, starts like a formula (see the module docstring)."""
    return text.lstrip("'").startswith(FORMULA_STARTS)


def escape_cell(value: Any) -> Any:
    """A text cell as written to CSV: one more leading apostrophe where it could run as a formula."""
    return "'" + value if isinstance(value, str) and _needs_quote(value) else value


def unescape_cell(value: Any) -> Any:
    """The inverse of :func:`escape_cell` for every cell it can write."""
    if isinstance(value, str) and value.startswith("'") and _needs_quote(value):
        return value[1:]
    return value


def csv_text(df: pd.DataFrame, *, header: bool = True) -> str:
    """``df`` as CSV text, as :func:`write_csv` writes it."""
    out = io.StringIO()
    write_csv(df, out, header=header)
    return out.getvalue()


def write_csv(df: pd.DataFrame, fh: TextIO, *, header: bool = True) -> None:
    """``df`` as CSV, its text columns escaped against formula injection (numeric columns as they are).

    Rows end in CRLF (RFC 4180): the csv writer quotes a field only if it holds a character of the line
    terminator, so with a bare LF a carriage return inside a text would split the row when read back.
    """
    safe = df.copy()
    for col in df.select_dtypes(include=["object", "string"]).columns:
        safe[col] = df[col].map(escape_cell, na_action="ignore")
    safe.to_csv(fh, index=False, header=header, lineterminator="\r\n")


def _plain_row(record: dict[str, Any]) -> dict[str, Any]:
    return {k: _plain(v) for k, v in record.items()}


def _write_jsonl(fh: TextIO, df: pd.DataFrame, plain: Callable[[dict[str, Any]], Any]) -> None:
    """One JSON object per row, keys sorted, row by row."""
    columns = list(df.columns)
    for values in df.itertuples(index=False, name=None):
        fh.write(json.dumps(plain(dict(zip(columns, values))), ensure_ascii=False, sort_keys=True) + "\n")


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _plain(value: Any) -> Any:
    """JSON-safe value: NaN and pandas NA become null, numpy scalars plain numbers."""
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if value is None or (isinstance(value, float) and value != value) or value is pd.NA:
        return None
    return value.item() if hasattr(value, "item") else value


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _umask()


def _replace_with_fffd(exc: UnicodeError) -> tuple[bytes, int]:
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    return "\ufffd".encode() * (exc.end - exc.start), exc.end  # the UTF-8 codec takes only ASCII str here


#: Lone surrogates (an undecodable byte of a file name) cannot be UTF-8: written as U+FFFD, visibly.
codecs.register_error("mt_audit.fffd", _replace_with_fffd)


def atomic_write(path: Path, text: str | Callable[[TextIO], None]) -> None:
    """Write via a temporary file and rename, so readers never see half a file (nor a file that failed).

    ``text`` is the content, or a function that writes it to the open file (streamed, for large tables).
    """
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", errors="mt_audit.fffd", newline="") as fh:
            if callable(text):
                text(fh)
            else:
                fh.write(text)
        os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes it private; results are meant to be shared
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _plain_tree(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain_tree(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain_tree(v) for v in value]
    return _plain(value)
