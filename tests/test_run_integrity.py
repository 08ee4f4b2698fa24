"""Runs that never lose work and never lie: pre-flight, output folders replaced whole, exit codes."""

from __future__ import annotations

import errno
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import DEMO

import mt_audit
from mt_audit.cli import EXIT_CODES, main
from mt_audit.preflight import RequiredMissing
from mt_audit.report import Audit
from mt_audit.types import InputError, OutputError

ARTICLE = DEMO / "articles" / "003_62a1bc63d3875251.txt"
SOURCE = DEMO / "sources" / "musk-twitter-gpus.en.txt"


def small_audit(out: Path, embedder, **kw):
    texts = {"a": ARTICLE.read_text(encoding="utf-8")}
    kw = {"n_bootstrap": 0, **kw}
    return mt_audit.audit(texts=texts, sources=[str(SOURCE)], out=out, embedder=embedder, report=False, **kw)


def test_a_path_that_does_not_exist_fails_before_any_work(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or folder: .*nowhere.txt"):
        mt_audit.audit([str(tmp_path / "nowhere.txt")], out=tmp_path / "out")
    assert not (tmp_path / "out" / "documents.csv").exists()


@pytest.mark.parametrize(
    ("overrides", "key", "needle"),
    [
        ({"sources": ["missing.en.txt"]}, "source:missing.en", "no such file"),
        ({"engine": "ct2"}, "engine", "ct2"),
        ({"comet": "wmt22-comet-da"}, "comet", "comet"),
    ],
)
def test_a_requested_resource_missing_stops_the_run_unless_allowed(
    tmp_path: Path, embedder, overrides: dict, key: str, needle: str
) -> None:
    if "engine" in overrides and importlib.util.find_spec("ctranslate2"):
        pytest.skip("ctranslate2 is installed: the engine is not missing")
    if "comet" in overrides and importlib.util.find_spec("comet"):
        overrides = {"comet": str(tmp_path / "no-such-checkpoint.ckpt")}
    kwargs = {"sources": [str(SOURCE), *overrides.pop("sources", [])], **overrides}
    texts = {"a": ARTICLE.read_text(encoding="utf-8")}
    with pytest.raises(RequiredMissing) as caught:
        mt_audit.audit(texts=texts, out=tmp_path / "strict", embedder=embedder, **kwargs)
    assert needle in str(caught.value).lower() and "\n" not in caught.value.line()
    assert not (tmp_path / "strict" / "documents.csv").exists()
    result = mt_audit.audit(
        texts=texts, out=tmp_path / "lenient", embedder=embedder, n_bootstrap=0, allow_missing=True, **kwargs
    )
    assert result.run["missing"][key]["requested"] is True
    assert result.articles.loc[0, "status"] == "ok"


def test_a_second_run_replaces_the_first_runs_files_whole(tmp_path: Path, embedder) -> None:
    out = tmp_path / "out"
    small_audit(out, embedder)
    (out / "report.html").write_text("<p>the previous run's report</p>", encoding="utf-8")
    (out / "notes.txt").write_text("the user's own file", encoding="utf-8")
    small_audit(out, embedder)
    assert not (out / "report.html").exists(), "a report of another run must not sit beside these tables"
    assert (out / "notes.txt").read_text(encoding="utf-8") == "the user's own file"
    assert not list(out.glob(".mt-audit-staging-*")) and not (out / "partial.jsonl").exists()


def test_a_full_disk_keeps_the_previous_files_and_the_finished_articles(tmp_path: Path, embedder, monkeypatch) -> None:
    out = tmp_path / "out"
    small_audit(out, embedder)
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    def full(self, folder, **_):
        (Path(folder) / "documents.csv").write_text("half", encoding="utf-8")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Audit, "_write_tables", full)
    with pytest.raises(OutputError, match="No space left on device"):
        small_audit(out, embedder, n_bootstrap=1)  # other settings: a real new run, not a resumed one
    after = {p.name: p.read_bytes() for p in out.iterdir() if p.name != "partial.jsonl"}
    assert after == before
    lines = (out / "partial.jsonl").read_text(encoding="ascii").splitlines()
    assert [json.loads(line)["document"]["doc_id"] for line in lines] == ["a"]
    monkeypatch.undo()
    result = small_audit(out, embedder, n_bootstrap=1)
    assert result.run["counts"]["articles_resumed"] == 1


def test_a_journal_that_cannot_be_written_ends_the_run_with_a_clear_error(
    tmp_path: Path, embedder, monkeypatch
) -> None:
    from mt_audit.report import journal

    calls: list[int] = []

    def failing_fsync(fd: int) -> None:
        calls.append(fd)
        if len(calls) > 1:  # the first is pre-flight's probe of --out
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(journal.os, "fsync", failing_fsync)
    with pytest.raises(OutputError, match="No space left on device.*rerun the same command to resume"):
        small_audit(tmp_path / "out", embedder)
    assert (tmp_path / "out" / "partial.jsonl").read_text(encoding="ascii") == ""


def test_a_cut_journal_line_is_skipped_and_the_article_recomputed(tmp_path: Path, embedder) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "partial.jsonl").write_text('{"run_key": "x", "article_key": "y", "document": {', encoding="ascii")
    result = small_audit(out, embedder)
    assert result.run["counts"]["articles_computed"] == 1
    assert (out / "partial.jsonl").read_text(encoding="ascii").startswith('{"run_key": "x"'), "other runs' lines stay"


def cli(*argv: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mt_audit", *argv], capture_output=True, text=True, timeout=600)


@pytest.mark.slow
def test_exit_codes_of_a_script(tmp_path: Path) -> None:
    """Each documented exit code, from the real command line, with one line naming the cause."""
    bad = tmp_path / "empty.txt"
    bad.write_text("", encoding="utf-8")
    out = str(tmp_path / "out")
    cases = [
        ((str(ARTICLE), "--source", str(SOURCE)), 0, ""),
        ((str(tmp_path / "nowhere.txt"),), 1, "no such file or folder"),
        ((str(ARTICLE), "--source", str(tmp_path / "missing.en.txt")), 3, "fix:"),
        ((str(ARTICLE), "--source", str(tmp_path / "missing.en.txt"), "--allow-missing"), 0, "skipped"),
        ((str(bad),), 2, "could not be audited"),
        ((str(ARTICLE), str(bad), "--source", str(SOURCE)), 4, "1 document(s) could not be audited"),
    ]
    for argv, code, needle in cases:
        proc = cli("run", *argv, "--out", out, "-q", "--no-report")
        assert proc.returncode == code, (argv, proc.stderr)
        assert code in EXIT_CODES and needle in proc.stderr and "Traceback" not in proc.stderr
        assert len([line for line in proc.stderr.splitlines() if "error" in line]) <= 1


def test_out_that_is_a_file_is_a_usage_error(tmp_path: Path, capsys) -> None:
    target = tmp_path / "file"
    target.write_text("x", encoding="utf-8")
    assert main(["run", str(ARTICLE), "--out", str(target)]) == 1
    assert "is a file, not a folder" in capsys.readouterr().err


def test_the_exit_codes_are_in_the_help(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["run", "--help"])
    out = capsys.readouterr().out
    for code in EXIT_CODES:
        assert f"  {code} " in out


BLOCKER = Path(__file__).parent / "data" / "block_imports"


@pytest.mark.parametrize(
    ("flags", "blocked", "needle"),
    [
        (("--engine", "ct2"), "ctranslate2", "pip install"),
        (("--comet", "wmt22-comet-da"), "comet", "pip install"),
    ],
)
def test_a_missing_extra_stops_the_run_before_any_heavy_work(
    tmp_path: Path, flags: tuple[str, ...], blocked: str, needle: str
) -> None:
    """As on a machine without the extra (its import blocked): exit 3 at once, one line; --allow-missing: 0."""
    env = {**os.environ, "PYTHONPATH": str(BLOCKER), "MT_AUDIT_TEST_BLOCK": blocked}
    argv = [sys.executable, "-m", "mt_audit", "run", str(ARTICLE), "--source", str(SOURCE), *flags, "--no-report"]
    strict = subprocess.run([*argv, "--out", str(tmp_path / "a")], capture_output=True, text=True, env=env)
    assert strict.returncode == 3, strict.stderr
    assert strict.stderr.count("\n") == 1 and needle in strict.stderr and "--allow-missing" in strict.stderr
    assert not (tmp_path / "a" / "run.json").exists()
    lenient = subprocess.run(
        [*argv, "--out", str(tmp_path / "b"), "--allow-missing"], capture_output=True, text=True, env=env
    )
    assert lenient.returncode == 0, lenient.stderr
    assert "skipped (--allow-missing)" in lenient.stderr and flags[0] in lenient.stderr
    missing = json.loads((tmp_path / "b" / "run.json").read_text(encoding="utf-8"))["missing"]
    assert any(v["requested"] for v in missing.values())
