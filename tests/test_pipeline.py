"""The audit end to end: the demo's acceptance facts, bad input, determinism."""

from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd
import pytest
from conftest import DEMO
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import mt_audit

pytestmark = pytest.mark.slow
SOURCE = "musk-twitter-gpus.en"


def test_demo_attribution_and_siblings(demo_audit) -> None:
    result, _ = demo_audit
    docs = result.articles.set_index("doc_id")
    assert list(docs.index) == ["000", "001", "002", "003", "004"]
    assert docs.loc["000", "matched_source"] == SOURCE
    assert docs.loc["003", "matched_source"] == SOURCE
    for doc_id in ("001", "002", "004"):
        assert pd.isna(docs.loc[doc_id, "matched_source"])
        assert pd.isna(docs.loc[doc_id, "sibling_group"])
    assert docs.loc["000", "sibling_group"] == docs.loc["003", "sibling_group"] == "G1"
    mismatch = result.findings[result.findings.category == "source/mismatch"]
    assert sorted(mismatch.doc_id) == ["001", "002", "004"]


def test_demo_languages_and_scores(demo_audit) -> None:
    result, _ = demo_audit
    docs = result.articles.set_index("doc_id")
    assert docs["lang"].to_dict() == {"000": "ar", "001": "tr", "002": "ar", "003": "id", "004": "pl"}
    assert (docs["status"] == "ok").all()
    # derived articles' back-translations are far closer to the source than the others'
    assert docs.loc[["000", "003"], "chrf"].min() > docs.loc[["001", "002", "004"], "chrf"].max() + 20
    for doc_id in ("000", "003"):
        row = docs.loc[doc_id]
        assert row["bleu_low"] <= row["bleu"] <= row["bleu_high"]


def test_demo_layout_scars_in_the_hard_wrapped_article(demo_audit) -> None:
    result, _ = demo_audit
    layout = result.findings[(result.findings.category == "style/layout")]
    assert set(layout.doc_id) == {"004"}
    assert layout.message.str.contains("hard-wrapped").any()
    assert layout.message.str.contains("Justified").any()


def test_findings_point_into_the_original_text(demo_audit) -> None:
    result, _ = demo_audit
    texts = {p.stem[:3]: p.read_text(encoding="utf-8") for p in (DEMO / "articles").glob("*.txt")}
    for f in result.findings.itertuples():
        span = "" if pd.isna(f.span) else f.span
        assert texts[f.doc_id][f.start : f.end] == span


def test_output_files(demo_audit) -> None:
    result, out = demo_audit
    for name in ("documents.csv", "findings.csv", "alignment.jsonl", "run.json"):
        assert (out / name).stat().st_size > 0
    docs = pd.read_csv(out / "documents.csv", dtype={"doc_id": str})
    assert list(docs.columns[:17]) == [
        "doc_id", "path", "lang", "lang_confidence", "n_sentences", "n_words", "presumed_source",
        "matched_source", "source_score", "sibling_group", "verdict", "bleu", "chrf", "ter", "comet", "status", "error",
    ]  # fmt: skip
    beads = [json.loads(line) for line in (out / "alignment.jsonl").read_text().splitlines()]
    assert {"doc_id", "source_sentences", "article_sentences", "backtranslation", "similarity", "chrf"} <= set(beads[0])
    run = json.loads((out / "run.json").read_text())
    assert run["signatures"]["engine"].startswith("precomputed")
    assert "BLEU" not in run["signatures"]["metric:bleu"] and "version:" in run["signatures"]["metric:bleu"]
    assert run["counts"]["articles_ok"] == 5


def test_two_runs_are_byte_identical(demo_audit, tmp_path) -> None:
    """A second, independent run (fresh process, fresh model) writes the same bytes."""
    _, out = demo_audit
    cmd = [sys.executable, "-m", "mt_audit", "run", str(DEMO), "--out", str(tmp_path), "-q"]
    subprocess.run(cmd, check=True, capture_output=True)
    for name in ("documents.csv", "findings.csv", "alignment.jsonl"):
        assert (tmp_path / name).read_bytes() == (out / name).read_bytes()
    coverage = [json.loads((d / "run.json").read_text(encoding="utf-8"))["coverage"] for d in (out, tmp_path)]
    assert json.dumps(coverage[0]) == json.dumps(coverage[1])


def write(path, data: bytes | str) -> str:
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return str(path)


def test_bad_inputs_get_a_status_and_the_run_goes_on(tmp_path, embedder) -> None:
    good = (DEMO / "articles" / "003_62a1bc63d3875251.txt").read_text(encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    write(folder / "good.txt", good)
    write(folder / "empty.txt", b"")
    write(folder / "binary.bin.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    write(folder / "undecodable.txt", b"\xff\xfe\xfa" * 10 + b"\x00\x81\x00" * 40)
    write(folder / "huge.txt", b"a" * 20_000_000)
    write(folder / "punct.txt", "!!! ... 123 456 ,,, ???")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text(
        "id,path,presumed_source\nm1,listed.txt,notenglish.txt\nm2,in/nowhere.txt,notenglish.txt\n",
        encoding="utf-8",
    )
    write(tmp_path / "listed.txt", good)
    write(tmp_path / "notenglish.txt", "To jest tekst po polsku, a nie po angielsku. Źródło musi być angielskie.")
    result = mt_audit.audit(
        [str(folder)], manifest=str(manifest), embedder=embedder, out=tmp_path / "out", allow_missing=True
    )
    docs = result.documents.set_index("doc_id")
    errors = docs[docs.status == "error"]["error"].to_dict()
    assert docs.loc["good", "status"] == "ok" and docs.loc["m1", "status"] == "ok"
    assert errors["empty"] == "empty document"
    assert "binary" in errors["binary.bin"]
    assert "decode" in errors["undecodable"] or "binary" in errors["undecodable"]
    assert "too large" in errors["huge"]
    assert "no text" in errors["punct"]
    assert "no such file" in errors["m2"]
    assert "not English" in errors["notenglish"]
    assert all("\n" not in e and "Traceback" not in e for e in errors.values())
    saved = pd.read_csv(tmp_path / "out" / "documents.csv", dtype={"doc_id": str})
    assert len(saved) == len(docs)


PIECES = st.sampled_from(["Musk ", " GPU ", "Twitter", "\u200b", "e\u0301", "  ", "\n", "\n\n", ". ", "؟ ", "، "])
TEXT = st.lists(st.text(st.characters(blacklist_categories=("Cs",)), max_size=20) | PIECES, max_size=25).map("".join)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(article=TEXT, source=TEXT)
def test_pipeline_never_raises_and_spans_hold(embedder, article: str, source: str) -> None:
    src = "Elon Musk bought ten thousand GPUs for Twitter. " + source
    result = mt_audit.audit(
        texts={"a": article}, source_texts={"s": src}, embedder=embedder, n_bootstrap=50, allow_missing=True
    )
    row = result.documents.set_index("doc_id").loc["a"]
    assert row["status"] in ("ok", "error")
    if row["status"] == "error":
        assert isinstance(row["error"], str) and "internal error" not in row["error"]
    for f in result.findings.itertuples():
        assert article[f.start : f.end] == f.span


def test_a_crash_keeps_finished_articles_in_the_journal(tmp_path, embedder, monkeypatch) -> None:
    """Kill the run while it checks the third article: the first two are on disk."""
    from mt_audit import article

    calls = {"n": 0}
    real = article.run_checks

    def dying(item, checks):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt  # not an Exception: the run really stops here
        return real(item, checks)

    monkeypatch.setattr(article, "run_checks", dying)
    with pytest.raises(KeyboardInterrupt):
        mt_audit.audit([str(DEMO)], out=tmp_path, embedder=embedder, n_bootstrap=0)
    lines = [json.loads(x) for x in (tmp_path / "partial.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [x["document"]["doc_id"] for x in lines] == ["000", "001"]
    assert lines[0]["beads"] and lines[1]["findings"][0]["category"] == "source/mismatch"
    assert not (tmp_path / "documents.csv").exists()
    monkeypatch.setattr(article, "run_checks", real)
    result = mt_audit.audit([str(DEMO)], out=tmp_path, embedder=embedder, n_bootstrap=0)
    assert not (tmp_path / "partial.jsonl").exists() and (tmp_path / "documents.csv").exists()
    assert result.run["counts"]["articles_resumed"] == 2 and result.run["counts"]["articles_computed"] == 3
    assert list(result.run["coverage"]) == ["000", "001", "002", "003", "004"]  # read back for resumed ones too
    assert result.run["coverage"]["000"]["lang"] == "ar" and result.run["coverage"]["000"]["degraded"]


def test_demo_scores_only_translations(demo_audit) -> None:
    """001, 002 and 004 do not derive from the source: no quality, a verdict saying why, out of the rates."""
    from mt_audit.taxonomy import NOT_TRANSLATIONS

    result, _ = demo_audit
    docs = result.articles.set_index("doc_id")
    for doc_id in ("000", "003"):
        assert docs.loc[doc_id, "verdict"] == f"translation of {SOURCE}"
        assert 0 < docs.loc[doc_id, "quality"] <= 100
        assert docs.loc[doc_id, "scored_words"] <= docs.loc[doc_id, "n_words"]
    for doc_id in ("001", "002", "004"):
        assert docs.loc[doc_id, "verdict"] == f"not a translation of {SOURCE}"
        assert pd.isna(docs.loc[doc_id, ["quality", "mqm_penalty", "mqm_per_100_words"]]).all()
        assert docs.loc[doc_id, "n_findings"] > 0
    tax = result.taxonomy()
    rates = tax[tax.category != NOT_TRANSLATIONS]
    assert sorted(rates.lang.unique()) == ["ar", "id"]
    assert (rates.groupby("lang")["n_articles"].max() == 1).all()
    apart = tax[tax.category == NOT_TRANSLATIONS].set_index("lang")
    assert apart["n_articles"].to_dict() == {"ar": 1, "pl": 1, "tr": 1}
    assert apart.loc["pl", "count"] == docs.loc["004", "n_findings"]
    assert rates["count"].sum() == docs.loc[["000", "003"], "n_findings"].sum()


def test_demo_run_json_lists_each_articles_coverage(demo_audit) -> None:
    """Per article, the checks that could not run or ran degraded in its language, with reasons."""
    from mt_audit.checks import CHECKS, plan

    result, out = demo_audit
    coverage = json.loads((out / "run.json").read_text(encoding="utf-8"))["coverage"]
    langs = result.articles.set_index("doc_id")["lang"].to_dict()
    assert list(coverage) == list(langs)  # every audited article, in input order
    for doc_id, lang in langs.items():
        assert coverage[doc_id] == plan(list(CHECKS.values()), lang)[1]
    assert "entities" in {x["check"] for x in coverage["000"]["degraded"]}  # Arabic has no capitals
    for doc_id, record in coverage.items():
        skipped = {x["check"] for x in record["cannot_run"]}
        assert not set(result.findings.loc[result.findings.doc_id == doc_id, "detector"]) & skipped


def test_a_check_that_cannot_run_is_skipped_and_listed(tmp_path, embedder, monkeypatch) -> None:
    """The hard-wrapped article has layout findings; declared unable to run, layout is skipped and said so."""
    from dataclasses import replace

    from mt_audit.checks import CANNOT_RUN, CHECKS, Coverage

    text = (DEMO / "articles" / "004_bd4aab96c5107eb8.txt").read_text(encoding="utf-8")
    source = (DEMO / "sources" / f"{SOURCE}.txt").read_text(encoding="utf-8")

    def run(out):
        return mt_audit.audit(texts={"p": text}, source_texts={"s": source}, embedder=embedder, out=out,
                              n_bootstrap=0, engine="none")  # fmt: skip

    assert (run(tmp_path / "a").findings.detector == "layout").any()
    why = "no <b>rule</b> & no data"
    layout = replace(CHECKS["layout"], coverage=lambda lang: Coverage(CANNOT_RUN, why))
    monkeypatch.setitem(CHECKS, "layout", layout)
    result = run(tmp_path / "b")
    assert not (result.findings.detector == "layout").any()
    record = json.loads((tmp_path / "b" / "run.json").read_text(encoding="utf-8"))["coverage"]["p"]
    assert record["lang"] == "pl" and record["cannot_run"] == [{"check": "layout", "reason": why}]
    page = (tmp_path / "b" / "report.html").read_text(encoding="utf-8")
    assert "not run: <b>layout</b>: no &lt;b&gt;rule&lt;/b&gt; &amp; no data" in page
