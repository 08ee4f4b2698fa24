"""scripts/eval_mqm.py's bookkeeping on a tiny rated file: texts, offsets, findings to segments, scores."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from scripts_loader import load_script  # noqa: E402

from mt_audit.report.mqm import MQM_COLUMNS, read_tsv

ev = load_script("eval_mqm")

ROWS = [
    "A\tt1\t1\t1\tr1\tHello Zorblax.\tHallo <v>Zorblax</v>.\tAccuracy/Untranslated text\tMajor\t",
    "A\tt1\t2\t2\tr1\tGood bye.\tTschüss.\tNo-error\tNo-error\t",
    "ref\tt1\t2\t2\tr2\tGood bye.\t<v>Auf Wiedersehen\tFluency/Punctuation\tMinor\t",  # a <v> never closed
    "ref\tt1\t1\t1\tr2\tHello Zorblax.\tHallo Zorblax.\tNo-error\tNo-error\t",
    "ref\tt1\t2\t2\tr2\t<v>Good bye.</v>\tAuf Wiedersehen\tAccuracy/Omission\tMajor\t",
]


@pytest.fixture
def corpus(tmp_path: Path) -> Any:
    path = tmp_path / "rated.tsv"
    path.write_text("\n".join(["\t".join(MQM_COLUMNS), *ROWS]) + "\n", encoding="utf-8")
    return ev.build(read_tsv(path))


def findings(rows: list[tuple]) -> pd.DataFrame:
    columns = ["doc_id", "category", "detector", "start", "end", "source_span"]
    return pd.DataFrame(rows, columns=columns)


def test_texts_and_offsets(corpus: Any) -> None:
    assert corpus.sources == {"t1": "Hello Zorblax.\n\nGood bye."}
    assert {k: v[2] for k, v in corpus.articles.items()} == {
        "A__t1": "Hallo Zorblax.\n\nTschüss.",
        "ref__t1": "Hallo Zorblax.\n\nAuf Wiedersehen",
    }
    assert [(s.system, s.seg_id, s.src_start, s.src_end, s.start, s.end) for s in corpus.segs] == [
        ("A", 1, 0, 14, 0, 14), ("A", 2, 16, 25, 16, 24), ("ref", 1, 0, 14, 0, 14), ("ref", 2, 16, 25, 16, 31),
    ]  # fmt: skip
    errors = corpus.errors[["system", "seg_id", "mqm", "side", "start", "end", "span"]]
    errors = errors.astype(object).where(errors.notna(), None).values.tolist()
    assert errors == [
        ["A", 1, "Accuracy/Untranslated text", "target", 6, 13, "Zorblax"],
        ["ref", 2, "Fluency/Punctuation", "target", 16, 31, "Auf Wiedersehen"],
        ["ref", 2, "Accuracy/Omission", "source", None, None, ""],
    ]
    assert corpus.clean == {("A", "t1", 2), ("ref", "t1", 1)}


#: a finding (doc, code, start, end, source_span) and the segments it lands on
PLACED = [
    (("A__t1", "accuracy/untranslated", 6, 13, ""), [("A", 1, "target")]),
    (("A__t1", "style/layout", 10, 18, ""), [("A", 1, "target"), ("A", 2, "target")]),
    (("ref__t1", "accuracy/omission", 14, 14, "Good bye."), [("ref", 2, "source")]),
    (("ref__t1", "accuracy/omission", 14, 14, "not in the source"), [("ref", 1, "source")]),
]


@pytest.mark.parametrize(("finding", "segs"), PLACED)
def test_findings_land_on_their_segments(corpus: Any, finding: tuple, segs: list[tuple]) -> None:
    doc, code, start, end, src = finding
    found = ev.map_findings(findings([(doc, code, "d", start, end, src)]), corpus)
    assert found[["system", "seg_id", "side"]].values.tolist() == [list(s) for s in segs]


#: findings, level, span level?, (precision, recall) against the raters
SCORED = [
    ([("A__t1", "accuracy/untranslated", 6, 13, "")], "mqm", False, (1.0, 1 / 3)),
    ([("A__t1", "accuracy/untranslated", 6, 13, "")], "mqm", True, (1.0, 0.5)),
    ([("A__t1", "accuracy/untranslated", 0, 5, "")], "mqm", True, (0.0, 0.0)),
    ([("A__t1", "accuracy/untranslated", 0, 5, "")], "mqm", False, (1.0, 1 / 3)),
    ([("ref__t1", "accuracy/mistranslation", 20, 22, "")], "top", False, (1.0, 1 / 3)),
    ([("ref__t1", "accuracy/mistranslation", 20, 22, "")], "mqm", False, (0.0, 0.0)),
    ([("ref__t1", "accuracy/omission", 14, 14, "Good bye."), ("A__t1", "accuracy/addition", 16, 20, "")], "mqm",
     False, (0.5, 1 / 3)),
]  # fmt: skip


@pytest.mark.parametrize(("rows", "level", "span", "expected"), SCORED)
def test_precision_and_recall(corpus: Any, rows: list[tuple], level: str, span: bool, expected: tuple) -> None:
    found = ev.map_findings(findings([(d, c, "d", s, e, src) for d, c, s, e, src in rows]), corpus)
    p, r, _, _ = ev.pr(found, corpus.errors, level, span)
    assert (p, r) == pytest.approx(expected)


def test_baseline_rules(corpus: Any) -> None:
    base = ev.baseline(corpus, lambda w: 0.0 if w == "Zorblax" else 5.0)
    assert base[["detector", "system", "seg_id", "start", "end"]].values.tolist() == [
        ["baseline:untranslated", "A", 1, 6, 13],
        ["baseline:untranslated", "ref", 1, 6, 13],
    ]
    assert ev.false_alarms(base.iloc[:0], base, corpus.clean)[-1] == ["`baseline:untranslated`", 1, 2, 0.5]
