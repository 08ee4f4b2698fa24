"""A large run writes its files article by article from the journal: the same bytes as whole tables."""

from __future__ import annotations

import filecmp
import io
import json
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import mt_audit.pipeline as pipeline
import mt_audit.report.html as html
from mt_audit import audit
from mt_audit.records import ArticleResult, DocumentRow
from mt_audit.report import Audit, Journal
from mt_audit.report.stream import BeadColumns, Finished
from mt_audit.report.tables import _plain_row, _write_jsonl
from mt_audit.types import Finding

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "data" / "demo"


def whole_lines(beads: list[dict]) -> str:
    """alignment.jsonl as the whole-table path writes it: through one DataFrame of every bead."""
    buf = io.StringIO()
    _write_jsonl(buf, pd.DataFrame(beads), _plain_row)
    return buf.getvalue()


def streamed_lines(beads: list[dict], chunks: int = 2) -> str:
    columns = BeadColumns()
    columns.add(beads)
    widened = columns.widened()
    step = max(1, len(beads) // chunks)
    return "".join(line for k in range(0, len(beads), step) for line in columns.lines(beads[k : k + step], widened))


@pytest.mark.parametrize(
    "beads",
    [
        [{"bead": 0, "score": 1}, {"bead": 1, "score": 2}],  # integers everywhere stay integers
        [{"bead": 0, "score": 1}, {"bead": 1}],  # a key one bead lacks: pandas writes 1.0
        [{"bead": 0, "score": 1}, {"bead": 1, "score": None}],  # None too
        [{"bead": 0, "score": 1}, {"bead": 1, "score": 0.5}],  # ints beside floats
        [{"bead": 0, "flag": True}, {"bead": 1}],  # booleans are no numbers
        [{"bead": 0, "flag": True}, {"bead": 1, "flag": 3}],  # mixed: an object column
        [{"bead": 0, "sim": float("nan")}, {"bead": 1, "sim": 0.9}],  # NaN is null
        [{"bead": 0, "ref": "x", "ids": [1, 2]}, {"bead": 1, "ids": []}],  # text and lists as they are
    ],
)
def test_bead_lines_are_those_of_one_whole_table(beads: list[dict]) -> None:
    assert streamed_lines(beads) == whole_lines(beads)


VALUES = st.one_of(
    st.none(),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=True, allow_infinity=False, width=32),
    st.booleans(),
    st.text(max_size=5),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.dictionaries(st.sampled_from(["a", "b", "c"]), VALUES), min_size=1, max_size=8))
def test_bead_lines_match_pandas_for_any_beads(beads: list[dict]) -> None:
    beads = [{"bead": k, **b} for k, b in enumerate(beads)]
    assert streamed_lines(beads, chunks=3) == whole_lines(beads)


def result(doc_id: str, source: str | None, n: int) -> ArticleResult:
    findings = [Finding(doc_id, "de", "fluency/punctuation", "minor", "x", k, k + 1, ".", 0, "", "m") for k in range(n)]
    return ArticleResult(DocumentRow(doc_id, f"{doc_id}.txt", lang="de", matched_source=source), findings,
                         [{"doc_id": doc_id, "bead": 0}], {"doc_id": doc_id, "text": "t"})  # fmt: skip


@pytest.mark.parametrize(("out", "kept"), [(True, 0), (False, 3)])
def test_with_a_journal_memory_keeps_rows_and_a_tally_only(tmp_path: Path, out: bool, kept: int) -> None:
    journal = Journal(tmp_path if out else None, "run")
    finished = Finished(journal)
    for k, doc in enumerate(["a", "b"]):
        r = result(doc, "src" if k else None, 3)
        journal.record(doc, r.entry())
        finished.add(doc, r)
    assert [len(r.findings) for r in finished.results] == [kept, kept]
    assert len(finished.tally) == 6 and list(finished.tally_frame()["category"].unique()) == ["fluency/punctuation"]
    assert [len(r.findings) for r in finished.whole()] == [3, 3]  # read back whole, in input order
    journal.close()


def test_the_journal_reads_back_any_line_a_rerun_finds(tmp_path: Path) -> None:
    first = Journal(tmp_path, "run")
    for doc in ("a", "b", "c"):
        first.record(doc, result(doc, None, 1).entry())
    first.close()
    again = Journal(tmp_path, "run")
    assert sorted(again.finished) == ["a", "b", "c"]
    assert again.read("b")["document"]["doc_id"] == "b" and "run_key" not in again.read("b")
    again.close()
    other = Journal(tmp_path, "another run")
    assert other.finished == {}
    other.close()


def tree(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


@pytest.mark.slow
def test_a_streamed_run_writes_the_bytes_of_whole_tables(tmp_path: Path, monkeypatch) -> None:
    """The demo written both ways, its report paged both ways: every file equal but the run's timings."""
    monkeypatch.setattr(html, "PAGED_ARTICLES_MIN", 0)
    whole = audit([str(DEMO)], out=tmp_path / "whole", progress=False, parquet=True)
    monkeypatch.setattr(pipeline, "STREAM_ARTICLES_MIN", 0)
    streamed = audit([str(DEMO)], out=tmp_path / "streamed", progress=False, parquet=True)
    a, b = tmp_path / "whole", tmp_path / "streamed"
    assert tree(a) == tree(b) and any(name.startswith("report-articles/") for name in tree(a))
    for name in tree(a):
        if name in ("run.json", "findings.parquet"):  # timings, cache hits; Parquet row groups (compared below)
            continue
        assert filecmp.cmp(a / name, b / name, shallow=False), name
    runs = [json.loads((d / "run.json").read_text(encoding="utf-8")) for d in (a, b)]
    for run in runs:
        run.pop("timings_s"), run.pop("embedding_cache")  # the second run reads the first's source vectors
    assert runs[0] == runs[1]
    assert pd.read_parquet(a / "findings.parquet").equals(pd.read_parquet(b / "findings.parquet"))
    # The audit returned reads its tables from the folder when first asked.
    assert "findings" not in vars(streamed) and streamed.findings.equals(whole.findings)
    assert len(streamed.alignment) == len(whole.alignment) and len(streamed.texts) == len(whole.texts)
    assert streamed.taxonomy().equals(whole.taxonomy())


def test_a_saved_audit_reads_nothing_until_asked(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    Audit.from_records([], [], [], {"counts": {}}).save(folder, report=False)
    tally = pd.DataFrame(columns=["doc_id", "lang", "category", "severity"])
    lazy = Audit.saved(folder, pd.DataFrame(columns=["doc_id", "role"]), {}, tally)
    assert lazy.tally is tally and "texts" not in vars(lazy)
    assert len(lazy.texts) == 0 and "texts" in vars(lazy) and "findings" not in vars(lazy)  # only what was asked
    with pytest.raises(AttributeError):
        lazy.nothing  # noqa: B018


@pytest.mark.slow
def test_a_streamed_run_resumed_after_a_crash_writes_what_an_uninterrupted_one_did(tmp_path: Path, monkeypatch) -> None:
    """Killed at the third article, rerun: the two journalled articles are read back, the files are unchanged."""
    from mt_audit import article

    monkeypatch.setattr(pipeline, "STREAM_ARTICLES_MIN", 0)
    clean = tmp_path / "clean"
    audit([str(DEMO)], out=clean, progress=False, n_bootstrap=0)
    real, calls = article.run_checks, {"n": 0}

    def dying(item, checks):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        return real(item, checks)

    monkeypatch.setattr(article, "run_checks", dying)
    crashed = tmp_path / "crashed"
    with pytest.raises(KeyboardInterrupt):
        audit([str(DEMO)], out=crashed, progress=False, n_bootstrap=0)
    monkeypatch.setattr(article, "run_checks", real)
    resumed = audit([str(DEMO)], out=crashed, progress=False, n_bootstrap=0)
    assert resumed.run["counts"]["articles_resumed"] == 2
    assert tree(clean) == tree(crashed)
    for name in tree(clean):
        if name != "run.json":
            assert filecmp.cmp(clean / name, crashed / name, shallow=False), name
