"""The CSV files of an audit: safe to open in a spreadsheet, and read back exactly.

Texts in documents.csv, findings.csv and taxonomy.csv come from the audited
documents, so a cell like ``=HYPERLINK(...)`` must not reach a spreadsheet as
a formula; the escaping that prevents it must be undone by ``Audit.load``.
"""

from __future__ import annotations

import csv
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mt_audit.report.tables import FORMULA_STARTS, Audit, escape_cell, unescape_cell
from mt_audit.types import Finding

PREFIXES = ["", "=", "+", "-", "@", "\t", "\r", "'", "''", "'=", "''-", "'@", "-3", "=1+1", "'\t", " =", "\n="]
#: Any text (UTF-8), often starting like a formula or a quote.
TEXT = st.builds(
    str.__add__,
    st.sampled_from(PREFIXES),
    st.text(st.characters(codec="utf-8"), max_size=12) | st.text(alphabet="=+-@'\"\t\r\n,; aé中٣", max_size=8),
)
NONEMPTY = TEXT.filter(bool)  # an empty text cell reads back as missing, by design
NUMBER = st.floats(-1000, 1000, allow_nan=False).map(lambda x: round(x, 3))


@st.composite
def audits(draw: st.DrawFn) -> Audit:
    """An audit whose every text cell is drawn from TEXT, with negative numbers in numeric columns."""
    n = draw(st.integers(1, 4))
    documents = [
        {
            "doc_id": f"{i}{draw(TEXT)}",
            "path": draw(NONEMPTY),
            "lang": draw(NONEMPTY),
            "role": "article",
            "status": "ok",
            "notes": draw(NONEMPTY | st.none()),
            "error": draw(NONEMPTY | st.none()),
            "signature": draw(NONEMPTY),
            "n_words": draw(st.integers(0, 50)),
            "ter": draw(NUMBER),
            "quality": draw(NUMBER),
        }
        for i in range(n)
    ]
    findings = [
        Finding(
            doc_id=documents[draw(st.integers(0, n - 1))]["doc_id"],
            lang=draw(NONEMPTY),
            category=draw(NONEMPTY),
            severity=draw(NONEMPTY),
            detector=draw(NONEMPTY),
            start=draw(st.integers(0, 9)),
            end=draw(st.integers(0, 9)),
            span=draw(TEXT),
            sentence_index=0,
            source_span=draw(TEXT),
            message=draw(TEXT),
        )
        for _ in range(draw(st.integers(0, 4)))
    ]
    return Audit.from_records(documents, findings, [], {})


def _rows(path: Path) -> tuple[list[str], list[list[str]]]:
    with path.open(encoding="utf-8", newline="") as fh:
        header, *rows = list(csv.reader(fh))
    return header, rows


def _is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(audits())
def test_save_then_load_gives_back_every_text(audit: Audit) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        loaded = Audit.load(audit.save(tmp, report=False))
    for name in ("doc_id", "path", "lang", "notes", "error", "signature"):
        assert loaded.documents[name].tolist() == audit.documents[name].tolist(), name
    assert loaded.documents["ter"].tolist() == pytest.approx(audit.documents["ter"].tolist())
    for name in ("doc_id", "lang", "category", "severity", "detector", "span", "source_span", "message"):
        assert loaded.findings[name].tolist() == audit.findings[name].tolist(), name


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(audits())
def test_no_written_cell_starts_like_a_formula(audit: Audit) -> None:
    frames = {"documents.csv": audit.documents, "findings.csv": audit.findings, "taxonomy.csv": audit.taxonomy()}
    with tempfile.TemporaryDirectory() as tmp:
        audit.save(tmp, report=False)
        for name, frame in frames.items():
            header, rows = _rows(Path(tmp) / name)
            numeric = {c for c in frame.select_dtypes("number").columns}
            for row in rows:
                for col, cell in zip(header, row):
                    if cell.startswith(FORMULA_STARTS):
                        assert col in numeric and _is_number(cell), f"{name}:{col}: {cell!r}"


def test_numbers_stay_numbers_and_text_that_looks_like_one_is_protected(tmp_path: Path) -> None:
    doc = {"doc_id": "-3", "lang": "ar", "role": "article", "status": "ok", "n_words": 5, "ter": -3.5, "notes": "-3"}
    Audit.from_records([doc], [], [], {}).save(tmp_path, report=False)
    header, (row,) = _rows(tmp_path / "documents.csv")
    cells = dict(zip(header, row))
    assert cells["ter"] == "-3.5" and cells["doc_id"] == "'-3" and cells["notes"] == "'-3"
    loaded = Audit.load(tmp_path)
    assert loaded.documents.loc[0, "ter"] == -3.5 and loaded.documents.loc[0, "notes"] == "-3"


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1", "'+1"),
        ("-1+2", "'-1+2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("'=x", "''=x"),
        ("''@x", "'''@x"),
        ("'quoted'", "'quoted'"),
        ("'", "'"),
        ("''", "''"),
        ("a=b", "a=b"),
        (" =x", " =x"),
        ("", ""),
    ],
)
def test_escape_rule(text: str, written: str) -> None:
    assert escape_cell(text) == written
    assert unescape_cell(written) == text


@pytest.mark.parametrize("value", [None, -3.5, 7, float("nan")])
def test_escape_leaves_non_text_alone(value: Any) -> None:
    assert escape_cell(value) is value and unescape_cell(value) is value


@pytest.mark.slow
def test_parquet_keeps_types_and_is_deterministic(demo_audit, tmp_path) -> None:
    """The Parquet tables hold what the CSVs hold, ids as text, counts as integers; the same audit, the same bytes."""
    pq = pytest.importorskip("pyarrow.parquet")
    result, _ = demo_audit
    first, second = tmp_path / "a", tmp_path / "b"
    result.save(first, report=False, parquet=True)
    result.save(second, report=False, parquet=True)
    for name in ("documents.parquet", "findings.parquet", "taxonomy.parquet"):
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
    documents = pq.read_table(first / "documents.parquet").to_pandas()
    assert list(documents["doc_id"])[-5:] == ["000", "001", "002", "003", "004"]
    assert str(documents["n_findings"].dtype) == "Int64"
    findings = pq.read_table(first / "findings.parquet").to_pandas()
    from_csv = Audit.load(first).findings
    assert len(findings) == len(from_csv) and list(findings["span"]) == list(from_csv["span"])
    assert str(findings["start"].dtype) == "Int64"
