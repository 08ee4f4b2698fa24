"""Back-translation inside audits: cached reruns, resumption after SIGKILL, no models offline."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from conftest import DEMO

from mt_audit.cli import main

ARTICLE = DEMO / "articles" / "001_7cb11347fd122b97.txt"  # Turkish
SOURCE = next((DEMO / "sources").glob("*.txt"))


def _run(tmp_path: Path, out: str, *extra: str) -> dict:
    argv = ["run", str(ARTICLE), "--source", str(SOURCE), "--out", str(tmp_path / out), "-q", *extra]
    assert main(argv) == 0
    return json.loads((tmp_path / out / "run.json").read_text())


@pytest.mark.slow
def test_ct2_run_caches_and_a_rerun_hits_every_sentence(tiny_marian, tmp_path) -> None:
    pytest.importorskip("ctranslate2")
    options = ("--engine", "ct2", "--model-dir", str(tiny_marian), "--cache", str(tmp_path / "c.sqlite"))
    first = _run(tmp_path, "o1", *options, "--max-length", "200")
    assert first["cache"]["hits"] == 0 and first["cache"]["misses"] > 10
    assert first["signatures"]["engine:tr"].startswith("ct2:") and "model:opus-mt-tiny@" in first["signature"]
    assert "tr" in first["engine_models"]
    docs = pd.read_csv(tmp_path / "o1" / "documents.csv")
    article = docs[docs.role == "article"].iloc[0]
    assert article.status == "ok" and pd.notna(article.bleu) and pd.notna(article.chrf)
    beads = [json.loads(line) for line in (tmp_path / "o1" / "alignment.jsonl").read_text().splitlines()]
    assert any(b["backtranslation"] for b in beads)

    second = _run(tmp_path, "o2", *options, "--max-length", "200")
    assert second["cache"]["misses"] == 0 and second["cache"]["hit_rate"] == 1.0
    # every sentence the first run translated is now a hit (the time this saves: scripts/bench_cache.py)
    assert second["cache"]["hits"] == first["cache"]["misses"]
    assert (tmp_path / "o1" / "alignment.jsonl").read_text() == (tmp_path / "o2" / "alignment.jsonl").read_text()

    third = _run(tmp_path, "o3", *options, "--max-length", "160")  # other settings: other cache entries
    assert third["cache"]["hits"] == 0


@pytest.mark.slow
def test_comet_and_comet_qe_per_bead_and_per_document(tiny_marian, tiny_comet, tmp_path) -> None:
    pytest.importorskip("ctranslate2")
    run = _run(
        tmp_path, "o", "--engine", "ct2", "--model-dir", str(tiny_marian), "--max-length", "24",
        "--comet", str(tiny_comet["ref"]), "--comet-qe", str(tiny_comet["qe"]), "--device", "cpu",
    )  # fmt: skip
    assert "kind:ref" in run["signatures"]["metric:comet"] and "kind:qe" in run["signatures"]["metric:comet_qe"]
    beads = [json.loads(line) for line in (tmp_path / "o" / "alignment.jsonl").read_text().splitlines()]
    scored = [b for b in beads if b.get("comet") is not None]
    assert scored and all(b["backtranslation"] and b["source_text"] for b in scored)
    assert all(b.get("comet") is None for b in beads if not (b["article_text"] and b["source_text"]))
    docs = pd.read_csv(tmp_path / "o" / "documents.csv")
    article = docs[docs.role == "article"].iloc[0]
    assert article.comet == pytest.approx(sum(b["comet"] for b in scored) / len(scored), abs=1e-3)
    qe = [b["comet_qe"] for b in beads if b.get("comet_qe") is not None]
    assert article.comet_qe == pytest.approx(sum(qe) / len(qe), abs=1e-3)


@pytest.mark.slow
def test_comet_qe_needs_no_backtranslation_and_kinds_are_checked(tiny_comet, tmp_path) -> None:
    _run(tmp_path, "o", "--engine", "none", "--comet-qe", str(tiny_comet["qe"]), "--device", "cpu")
    article = pd.read_csv(tmp_path / "o" / "documents.csv").query("role == 'article'").iloc[0]
    assert pd.notna(article.comet_qe) and pd.isna(article.comet) and pd.isna(article.bleu)
    argv = ["run", str(ARTICLE), "--source", str(SOURCE), "--out", str(tmp_path / "x"), "-q", "--engine", "none"]
    assert main([*argv, "--comet", str(tiny_comet["qe"])]) == 1  # a QE model where a reference-based one goes


def test_offline_without_models_the_audit_completes_with_one_message(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    monkeypatch.setenv("MT_AUDIT_HOME", str(tmp_path / "home"))
    argv = ["run", str(ARTICLE), "--source", str(SOURCE), "--out", str(tmp_path / "o"), "--engine", "ct2"]
    assert main(argv) == 3  # requested and missing: stops before any heavy work, with one line
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and ('pip install "mt-audit[mt]"' in err or "mt-audit models convert" in err)
    assert not (tmp_path / "o" / "documents.csv").exists()
    assert main([*argv, "--allow-missing"]) == 0
    err = capsys.readouterr().err
    skipped = [line for line in err.splitlines() if "skipped (--allow-missing)" in line]
    assert len(skipped) == 1 and "note:" not in err, "the cause is said once, at the end"
    if "ctranslate2" in skipped[0].lower():  # the mt extra is not installed
        assert 'pip install "mt-audit[mt]"' in skipped[0]
    else:
        assert "Helsinki-NLP/opus-mt-tr-en" in skipped[0] and "mt-audit models convert" in skipped[0]
    docs = pd.read_csv(tmp_path / "o" / "documents.csv")
    article = docs[docs.role == "article"].iloc[0]
    assert article.status == "ok" and pd.isna(article.bleu)
    assert (pd.read_csv(tmp_path / "o" / "findings.csv").doc_id == article.doc_id).any()
    run = json.loads((tmp_path / "o" / "run.json").read_text())
    assert run["missing"] and all(v["get"] for v in run["missing"].values())


def test_missing_ctranslate2_is_named_with_the_install_command(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setitem(sys.modules, "ctranslate2", None)  # as if the mt extra were not installed
    argv = ["run", str(ARTICLE), "--source", str(SOURCE), "--out", str(tmp_path / "o"), "--engine", "ct2"]
    assert main(argv) == 3
    err = capsys.readouterr().err
    assert "CTranslate2" in err and 'pip install "mt-audit[mt]"' in err and "--allow-missing" in err
    assert main([*argv, "--allow-missing"]) == 0
    err = capsys.readouterr().err
    assert err.count("CTranslate2") == 1 and 'pip install "mt-audit[mt]"' in err


def _sentences(n: int) -> list[str]:
    words = ARTICLE.read_text(encoding="utf-8").split()
    rng = random.Random(7)
    return [" ".join(rng.choice(words) for _ in range(rng.randint(4, 30))) for _ in range(n)]


def _translate(tmp_path: Path, model: Path, cache: str, out: str) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "mt_audit", "translate", str(tmp_path / "in.txt"), "--lang", "tr", "--engine",
           "ct2", "--model-dir", str(model), "--device", "cpu", "--max-length", "32", "--cache",
           str(tmp_path / cache), "--out", str(tmp_path / out), "-q"]  # fmt: skip
    return subprocess.Popen(cmd, env=os.environ.copy(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _rows(path: Path) -> int:
    try:
        with sqlite3.connect(path, timeout=5) as db:
            return int(db.execute("SELECT COUNT(*) FROM translations").fetchone()[0])
    except sqlite3.Error:
        return 0


@pytest.mark.slow
def test_sigkill_mid_translation_then_rerun_gives_identical_results(tiny_marian, tmp_path) -> None:
    pytest.importorskip("ctranslate2")
    lines = _sentences(2000)
    (tmp_path / "in.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    unique = len(set(lines))

    victim = _translate(tmp_path, tiny_marian, "killed.sqlite", "killed.txt")
    deadline = time.monotonic() + 240
    while _rows(tmp_path / "killed.sqlite") < 64 and victim.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    victim.send_signal(signal.SIGKILL)
    victim.wait()
    done_before = _rows(tmp_path / "killed.sqlite")
    assert victim.returncode == -signal.SIGKILL
    assert 0 < done_before < unique, "the kill should land mid-translation"
    assert not (tmp_path / "killed.txt").exists()

    resumed = _translate(tmp_path, tiny_marian, "killed.sqlite", "killed.txt")
    assert resumed.wait(300) == 0, resumed.stderr.read().decode() if resumed.stderr else ""
    clean = _translate(tmp_path, tiny_marian, "clean.sqlite", "clean.txt")
    assert clean.wait(300) == 0
    resumed_text = (tmp_path / "killed.txt").read_text(encoding="utf-8")
    assert resumed_text == (tmp_path / "clean.txt").read_text(encoding="utf-8")
    assert len(resumed_text.splitlines()) == 2000
    assert _rows(tmp_path / "killed.sqlite") == _rows(tmp_path / "clean.sqlite") == unique
